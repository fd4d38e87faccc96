"""The embedded server's entry point turns llama.cpp's AMX path off on AMX CPUs.

On the VMs this project runs on (Xeon with AMX), llama.cpp's AMX buffer type crashed
the server with a general protection fault on its first prompt, so the embedded model
answered nothing. The end-to-end test (`test_embedded_e2e.py`) runs the real server;
these tests pin the decision and the patch without loading a model.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from extract import _llama_server
from extract._llama_server import cpu_has_amx, without_extra_buffers

_XEON_AMX = (
    "processor\t: 0\nflags\t\t: fpu sse2 avx2 avx512f avx512_vnni amx_bf16 amx_tile amx_int8\n"
)
_EPYC = "processor\t: 0\nflags\t\t: fpu sse2 avx2 avx512f avx512_vnni\nbugs\t\t: amx_tile_like\n"


def test_amx_is_read_from_the_cpu_flags(tmp_path: Path) -> None:
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text(_XEON_AMX)
    assert cpu_has_amx(cpuinfo)
    cpuinfo.write_text(_EPYC)  # a word that merely contains the flag, on another line
    assert not cpu_has_amx(cpuinfo)
    assert not cpu_has_amx(tmp_path / "missing")  # no /proc (macOS): nothing to guard


def test_the_patched_defaults_turn_extra_buffers_off_and_keep_the_rest() -> None:
    def defaults() -> SimpleNamespace:
        return SimpleNamespace(use_extra_bufts=True, use_mmap=True, n_gpu_layers=0)

    params = without_extra_buffers(defaults)()
    assert params.use_extra_bufts is False
    assert params.use_mmap is True
    assert params.n_gpu_layers == 0


@pytest.mark.parametrize(("amx", "expected"), [(True, False), (False, True)])
def test_main_patches_llama_cpp_only_on_amx_cpus(
    monkeypatch: pytest.MonkeyPatch, amx: bool, expected: bool
) -> None:
    pytest.importorskip("llama_cpp.server.__main__")
    from llama_cpp import llama_cpp as bindings

    seen: dict[str, object] = {}

    def fake_serve() -> None:  # what llama_cpp.server would do: load with the defaults
        seen["argv"] = list(sys.argv)
        seen["extra"] = bindings.llama_model_default_params().use_extra_bufts

    monkeypatch.setattr("llama_cpp.server.__main__.main", fake_serve)
    monkeypatch.setattr(bindings, "llama_model_default_params", bindings.llama_model_default_params)
    monkeypatch.setattr(_llama_server, "cpu_has_amx", lambda: amx)
    monkeypatch.setattr(sys, "argv", list(sys.argv))

    _llama_server.main(["--model", "m.gguf", "--port", "8001"])

    assert seen["argv"] == ["llama_cpp.server", "--model", "m.gguf", "--port", "8001"]
    assert seen["extra"] is expected
