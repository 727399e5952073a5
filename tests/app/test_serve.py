"""serve.py, the launcher `make run` uses: before the server takes its first connection it loads
what the first visitors would otherwise wait for, into the very caches the pages read."""

from __future__ import annotations

import logging
import sys

import serve
from components import session
from secondstory import loading


def test_the_warm_up_fills_the_caches_the_pages_read(store, monkeypatch):
    session.reload_library()
    quiet = logging.getLogger(serve.QUIET)
    level = quiet.level
    serve.warm()

    def read_again(*args, **kwargs):
        raise AssertionError("the scenario library was read again after the warm-up")

    monkeypatch.setattr(loading, "load_library", read_again)
    assert "tutorial-nursery-concerns" in session.library().scenarios
    # The chart and table libraries and the app's own modules are imported already.
    for name in ("pandas", "altair", "components.timeline", "secondstory.marking.findings"):
        assert name in sys.modules
    assert "secondstory.__main__" not in sys.modules  # the command line was not run
    # Streamlit's warnings outside a script run were quietened for the warm-up only.
    assert quiet.level == level
