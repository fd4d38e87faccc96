#!/usr/bin/env bash
# Installs what the browser test (tests/test_report_browser.py) needs on a fresh
# Debian machine: Debian's own Chromium (driven by the `playwright` package via
# executable_path, so no browser download) and a Korean font so Hangul in the
# report renders instead of showing empty boxes in screenshots.
set -euo pipefail

if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi nanum; then
    echo "install-browser: chromium and fonts already present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-liberation2 fonts-nanum
/usr/bin/chromium --version
