"""The router's background warm-up: started once however often it is asked, and it loads the
marking's word vectors."""

from __future__ import annotations

import threading

from components import warmup


def test_the_warm_up_runs_once_and_loads_the_word_vectors(monkeypatch):
    monkeypatch.setattr(warmup, "_started", False)
    started = []
    real_thread = threading.Thread

    def counting_thread(*args, **kwargs):
        started.append(kwargs.get("name"))
        return real_thread(*args, **kwargs)

    monkeypatch.setattr(warmup.threading, "Thread", counting_thread)
    warmup.start()
    warmup.start()
    assert started == ["secondstory-warm-up"]
    warmup._warm()
    from secondstory import embedding

    assert embedding._model is not None
