"""Every third-party package the code imports directly is pinned (==) in requirements*.txt."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = (
    "app.py",
    "serve.py",
    "components",
    "screens",
    "secondstory",
    "scripts",
    "benchmarks",
    "tests",
)
# The project's own packages, and test modules that import each other by name.
OWN = {"components", "screens", "secondstory", "tests", "benchmarks", "serve"} | {
    p.stem for p in (ROOT / "tests").rglob("*.py")
}


def imported_top_level_modules() -> set[str]:
    found: set[str] = set()
    for item in FOLDERS:
        path = ROOT / item
        for file in [path] if path.is_file() else path.rglob("*.py"):
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - OWN - {"__future__"}


def pinned() -> dict[str, str]:
    pins = {}
    for name in ("requirements.txt", "requirements-dev.txt"):
        for line in (ROOT / name).read_text().splitlines():
            match = re.match(r"^([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?==(\S+)", line.strip())
            if match:
                pins[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(2)
    return pins


def test_every_directly_imported_package_is_pinned():
    distributions = packages_distributions()
    pins = pinned()
    missing = []
    for module in sorted(imported_top_level_modules()):
        names = [re.sub(r"[-_.]+", "-", d).lower() for d in distributions.get(module, [module])]
        if not any(name in pins for name in names):
            missing.append(f"{module} ({', '.join(names)})")
    assert not missing, f"imported but not pinned: {missing}"
