"""Work a freshly started server does once, in the background, so that the first trainee after
a restart does not wait for it: importing the charting and table libraries (about a second of
CPU, which the first visit to the case file used to pay) and loading the marking's word vectors
(which the first comparison used to pay). Started by the router on the first page run; later
calls do nothing."""

from __future__ import annotations

import contextlib
import threading

_lock = threading.Lock()
_started = False


def start() -> None:
    global _started
    with _lock:
        if _started:
            return
        _started = True
    threading.Thread(target=_warm, name="secondstory-warm-up", daemon=True).start()


def _warm() -> None:
    import altair  # noqa: F401 - imported for its side effect: the module is then loaded
    import pandas  # noqa: F401

    from secondstory.embedding import ModelMissing, model

    # Without the model files the marking says so itself when it is first asked.
    with contextlib.suppress(ModelMissing):
        model()
