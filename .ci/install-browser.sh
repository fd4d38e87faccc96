#!/usr/bin/env bash
# Installs what the browser test (tests/test_report_browser.py) needs on a fresh
# Debian machine: Debian's own Chromium (driven by the `playwright` package via
# executable_path, so no browser download) and a Korean font so Hangul in the
# report renders instead of empty boxes in screenshots.
set -euo pipefail

PACKAGES=(chromium fonts-liberation2 fonts-nanum)

missing=()
for package in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [ "$status" != "install ok installed" ]; then
        missing+=("$package")
    fi
done
if [ "${#missing[@]}" -eq 0 ] && [ -x /usr/bin/chromium ]; then
    echo "install-browser: ${PACKAGES[*]} already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${PACKAGES[@]}"
/usr/bin/chromium --version
