"""Browser tests: a real `streamlit run` on a free loopback port, driven by Debian's chromium.

Skipped with a clear reason when chromium is missing, unless SECONDSTORY_REQUIRE_BROWSER=1
(CI), which turns that into a failure. A failing browser test's report ends with the tail of
the server's log, where an app exception's traceback is (trainees see no details).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from appdriver import CHROMIUM, CHROMIUM_ARGS, free_port, prepare, start_server, stop, wait_until_up


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("SECONDSTORY_REQUIRE_BROWSER") == "1":
        raise pytest.UsageError(f"Browser tests are required but {CHROMIUM} is missing.")
    skip = pytest.mark.skip(
        reason=f"browser tests skipped: {CHROMIUM} not found (apt-get install chromium)"
    )
    for item in items:
        if "e2e" in item.nodeid:
            item.add_marker(skip)


SERVER_LOG = pytest.StashKey[Path]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    log = item.config.stash.get(SERVER_LOG, None)
    if report.failed and log is not None and log.exists():
        tail = log.read_text(errors="replace").splitlines()[-60:]
        report.sections.append(("streamlit server log (last lines)", "\n".join(tail)))
    return report


@pytest.fixture(scope="session")
def server(tmp_path_factory, pytestconfig):
    """(base URL, restart function) of a real app server with its own database."""
    folder = tmp_path_factory.mktemp("e2e")
    database_url = f"sqlite:///{folder / 'e2e.db'}"
    log = pytestconfig.stash[SERVER_LOG] = folder / "server.log"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    state = {"proc": start_server(database_url, port, log)}
    wait_until_up(url, state["proc"])

    def restart(while_down: Callable[[], None] | None = None) -> None:
        """Stop the server and start it again; `while_down` runs while it is stopped."""
        stop(state["proc"])
        if while_down is not None:
            while_down()
        state["proc"] = start_server(database_url, port, log)
        wait_until_up(url, state["proc"])

    yield url, restart
    stop(state["proc"])


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1400, "height": 1000}}


@pytest.fixture
def app(page, server):
    """A page ready to open the running app: (page, base URL, restart function)."""
    prepare(page)
    return page, server[0], server[1]
