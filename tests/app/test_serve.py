"""serve.py, the launcher `make run` uses: before the server takes its first connection it loads
what the first visitors would otherwise wait for, into the very caches the pages read."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import serve
from components import session
from secondstory import embedding, loading
from secondstory.marking import score
from secondstory.reference import reference_analysis

ROOT = Path(__file__).resolve().parents[2]


def test_the_warm_up_fills_the_caches_the_pages_read(store, monkeypatch):
    session.reload_library()
    quiet = logging.getLogger(serve.QUIET)
    level = quiet.level
    serve.warm()

    def read_again(*args, **kwargs):
        raise AssertionError("the scenario library was read again after the warm-up")

    monkeypatch.setattr(loading, "load_library", read_again)
    assert "tutorial-nursery-concerns" in session.library().scenarios
    # The chart and table libraries and the core's modules are imported already.
    for name in ("pandas", "altair", "secondstory.marking.findings"):
        assert name in sys.modules
    assert "secondstory.__main__" not in sys.modules  # the command line was not run
    # The expert's texts were read: marking a case's reference again looks up no new word.
    case = session.library().scenarios["tutorial-nursery-concerns"]
    misses = embedding.word_vector.cache_info().misses
    score(case, reference_analysis(case))
    assert embedding.word_vector.cache_info().misses == misses
    # Streamlit's warnings outside a script run were quietened for the warm-up only.
    assert quiet.level == level


def test_the_warm_up_declares_no_custom_component():
    """Streamlit registers a v1 custom component's files only when it is declared inside a
    script run: declared by the warm-up, such a component would never load in the browser."""
    check = (
        "import sys, serve; serve.warm(); "
        "from streamlit.components.v1.custom_component import CustomComponent; "
        "print([name for name, module in list(sys.modules.items()) "
        "if any(isinstance(v, CustomComponent) for v in vars(module).values())])"
    )
    done = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
