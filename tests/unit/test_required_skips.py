"""CI: a skipped PostgreSQL or browser test fails the run when CI requires them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIPPING = """
import pytest

@pytest.mark.postgres
def test_needs_postgres():
    pytest.skip("no server")

@pytest.mark.browser
def test_needs_a_browser():
    pytest.skip("no chromium")

def test_ordinary_skip():
    pytest.skip("not relevant here")
"""


def run(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    (tmp_path / "test_skips.py").write_text(SKIPPING)
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SECONDSTORY_REQUIRE_")}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "tests.required_skips",
            "-p",
            "no:cacheprovider",
            "-m",
            "",
            "--rootdir",
            str(tmp_path),
            "-c",
            os.devnull,
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**environment, "PYTHONPATH": str(ROOT), **env},
        timeout=120,
    )


def test_skips_are_skips_when_nothing_is_required(tmp_path):
    result = run(tmp_path)
    assert result.returncode == 0, result.stdout
    assert "3 skipped" in result.stdout


@pytest.mark.parametrize(
    ("variable", "failing"),
    [
        ("SECONDSTORY_REQUIRE_POSTGRES", "test_needs_postgres"),
        ("SECONDSTORY_REQUIRE_BROWSER", "test_needs_a_browser"),
    ],
)
def test_a_required_skip_fails_the_run(tmp_path, variable, failing):
    result = run(tmp_path, **{variable: "1"})
    assert result.returncode == 1, result.stdout
    assert "1 failed, 2 skipped" in result.stdout
    assert f"test_skips.py::{failing}" in result.stdout
    assert "skipped, but" in result.stdout and "are required here" in result.stdout
