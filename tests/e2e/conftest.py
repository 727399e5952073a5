"""Browser tests: a real `streamlit run` on a free loopback port, driven by Debian's chromium.

Skipped with a clear reason when chromium is missing, unless SECONDSTORY_REQUIRE_BROWSER=1
(CI), which turns that into a failure.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("SECONDSTORY_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


def start_server(tmp_path: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ)
    env["SECONDSTORY_DATABASE_URL"] = f"sqlite:///{tmp_path / 'e2e.db'}"
    env["SECONDSTORY_SCENARIOS"] = str(ROOT / "scenarios")
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("streamlit exited before it served the app")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:  # noqa: S310 - loopback only
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not start in time")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """(base URL, restart function) of a real app server with its own database."""
    folder = tmp_path_factory.mktemp("e2e")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    state = {"proc": start_server(folder, port)}
    wait_until_up(url, state["proc"])

    def restart() -> None:
        stop(state["proc"])
        state["proc"] = start_server(folder, port)
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


@pytest.fixture
def app(page, server):
    """A page opened on the running app, with a generous default timeout for Streamlit."""
    page.set_default_timeout(20_000)
    return page, server[0], server[1]
