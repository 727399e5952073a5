"""Starts Second Story as `streamlit run app.py` does, after loading what the first visitors of a
freshly started server would otherwise wait for.

A new server process has imported nothing of the app: the first trainee to open the Library
waited seconds while the scenario library was read and the app's modules imported, and the
first to open a case file or a comparison waited again for the chart and table libraries and the
marking's word vectors (docs/performance.md has the figures). Here that work is done once,
before the server takes its first connection: Streamlit's settings and secrets are read by then
(the warm-up runs just before Streamlit starts its server), so the scenario folder and the
database are the ones the app will use.

Usage: `python serve.py [streamlit run options]`, for example
`python serve.py --server.port 8501` (`make run` does this; docs/deployment.md for servers).
`streamlit run app.py` still works the same, only with slower first visits.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import pkgutil
import sys
import time
from pathlib import Path

from streamlit.web import bootstrap, cli

ROOT = Path(__file__).resolve().parent
APP = ROOT / "app.py"
# Imported by the pages only when a chart or a table is first drawn.
LIBRARIES = ("pandas", "pyarrow", "altair", "altair.vegalite.v6")
# The core only: a module of the app's components that declares a v1 custom component (one
# drawn in a frame from files) must first be imported inside a script run, where Streamlit
# registers the component's files; imported here, the component would never load in the browser.
PACKAGES = ("secondstory",)
# Streamlit warns once per cached call made outside a script run; the warm-up makes several.
QUIET = "streamlit.runtime.scriptrunner_utils.script_run_context"


def import_modules() -> None:
    """The libraries the pages draw with, and every module of the core."""
    for name in LIBRARIES:
        importlib.import_module(name)
    for package in PACKAGES:
        module = importlib.import_module(package)
        for found in pkgutil.walk_packages(module.__path__, package + "."):
            if found.name.rsplit(".", 1)[-1] != "__main__":  # the command line, which would run
                importlib.import_module(found.name)


def load_shared() -> None:
    """What every visitor shares: settings from secrets, the scenario library, the database,
    the marking's models and its readings of the expert's texts (each cached for the process,
    as the pages cache them)."""
    from components import session
    from secondstory import coach_model, embedding
    from secondstory.marking import score
    from secondstory.reference import reference_analysis
    from secondstory.storage import StorageError

    session.apply_secrets()
    session.library()
    with contextlib.suppress(StorageError):  # logged; the pages tell whoever visits
        session.store()
    embedding.model()
    coach_model.read("Warming up the language coach with a sentence of eight words or more.")
    # The expert's texts of each case, read once, so that no trainee's first comparison of a
    # case waits for them (the marking keeps each text's vectors and readings).
    for scenario in session.library().scenarios.values():
        score(scenario, reference_analysis(scenario))


def warm() -> float:
    """Import and load what the first visitors need; returns the seconds it took."""
    started = time.perf_counter()
    quiet = logging.getLogger(QUIET)
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        import_modules()
        load_shared()
    finally:
        quiet.setLevel(level)
    return time.perf_counter() - started


def _warm_then_serve(*args, **kwargs) -> None:
    seconds = warm()
    print(f"  Second Story loaded in {seconds:.1f} s; starting the server.", flush=True)
    _serve(*args, **kwargs)


_serve = bootstrap.run


def main(argv: list[str]) -> None:
    bootstrap.run = _warm_then_serve
    cli.main(["run", str(APP), *argv], prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
