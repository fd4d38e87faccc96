"""`python -m extract._llama_server ARGS`: llama.cpp's OpenAI-compatible server, made safe
for CPUs with Intel AMX.

On an AMX CPU, llama.cpp keeps the weights in its AMX "extra buffer type" and multiplies
them with AMX tile instructions. On the 2-core VMs this project runs on, that path dies
with a general protection fault (`ldtilecfg`) on the first prompt, so the server answers
`/models` and then vanishes. With extra buffer types off, the weights stay in plain CPU
buffers and the AVX-512 kernels do the work. Elsewhere nothing changes, so AVX2 machines
keep llama.cpp's weight repacking.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

_CPUINFO = Path("/proc/cpuinfo")


def cpu_has_amx(cpuinfo: Path = _CPUINFO) -> bool:
    """True when the kernel lists the AMX tile feature among the CPU's flags."""
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(
        line.startswith("flags") and "amx_tile" in line.split() for line in text.splitlines()
    )


def without_extra_buffers(default_params: Callable[[], Any]) -> Callable[[], Any]:
    """`llama_model_default_params` with the extra (AMX, repacked) buffer types turned off."""

    def params() -> Any:
        value = default_params()
        value.use_extra_bufts = False
        return value

    return params


def main(argv: Sequence[str] | None = None) -> None:
    from llama_cpp import llama_cpp as bindings  # the [local] extra; imported only here
    from llama_cpp.server.__main__ import main as serve

    if cpu_has_amx():
        # `Llama.__init__` reads the defaults through this module attribute at load time.
        bindings.llama_model_default_params = without_extra_buffers(
            bindings.llama_model_default_params
        )
    sys.argv = ["llama_cpp.server", *(sys.argv[1:] if argv is None else argv)]
    serve()  # type: ignore[no-untyped-call]  # llama_cpp ships no annotations


if __name__ == "__main__":
    main()
