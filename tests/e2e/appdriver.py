"""Driving the real app in a browser: start and stop a `streamlit run` server, wait for script
runs to finish, pick options, and run axe. Shared by the browser tests and scripts/screenshots.py.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
import weakref
from collections.abc import Callable
from pathlib import Path

from google.protobuf.message import DecodeError
from playwright.sync_api import Locator, Page, WebSocket, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parents[2]
SERVE = ROOT / "serve.py"
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
TUTORIAL = "tutorial-nursery-concerns"
# The server secret key for test servers (never a real one), so that nothing writes data/.
TEST_SECRET_KEY = "test-secret-key-for-second-story-tests-only"
APP = "[data-testid='stApp']"
# Every wait for the server (a script run, a page, a restart) polls up to this long. A run takes
# about a second here and up to ten seen on a busy machine: a minute holds on one twice as slow.
TIMEOUT_MS = 60_000
# `choose` opens a list again if a rerun closed it: this often, waiting this long each time.
CHOOSE_TRIES = 3
CHOOSE_WAIT_MS = 10_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(
    database_url: str,
    port: int,
    log: Path | None = None,
    scenarios: Path | None = None,
    *,
    plain: bool = False,
) -> subprocess.Popen:
    """The app as `make run` starts it (serve.py), or with `plain` as `streamlit run app.py`,
    on the port, reading the scenario folder (the shipped one unless given); its output is
    appended to `log` (or discarded)."""
    env = dict(os.environ)
    env["SECONDSTORY_DATABASE_URL"] = database_url
    env["SECONDSTORY_SCENARIOS"] = str(scenarios or ROOT / "scenarios")
    env["SECONDSTORY_SECRET_KEY"] = TEST_SECRET_KEY
    output = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 - the child keeps it
    try:
        return subprocess.Popen(
            [
                sys.executable,
                *(["-m", "streamlit", "run", str(ROOT / "app.py")] if plain else [str(SERVE)]),
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
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    finally:
        if log:
            output.close()


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 2 * TIMEOUT_MS / 1000) -> None:
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


class RunWatcher:
    """Counts the script runs the server reports finished, from the app's websocket messages.

    Streamlit also sets data-test-script-state on the app root, but on a busy machine the
    browser may apply "running" and "notRunning" in one render, so the attribute alone cannot
    tell whether an action's rerun has happened yet; the server's messages can.
    """

    def __init__(self, page: Page) -> None:
        self.finished = 0
        page.on("websocket", self._watch)

    def _watch(self, socket: WebSocket) -> None:
        if socket.url.endswith("/_stcore/stream"):
            socket.on("framereceived", self._frame)

    def _frame(self, payload: str | bytes) -> None:
        if finished_run(payload):
            self.finished += 1


def finished_run(payload: str | bytes) -> bool:
    """Whether a websocket frame from the server says a script run finished. A run cut short
    by st.rerun() is followed by the run that matters, so it does not count."""
    if not isinstance(payload, bytes):
        return False
    try:
        message = ForwardMsg.FromString(payload)
    except DecodeError:
        return False
    return (
        message.WhichOneof("type") == "script_finished"
        and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN
    )


_watchers: weakref.WeakKeyDictionary[Page, RunWatcher] = weakref.WeakKeyDictionary()


def prepare(page: Page) -> None:
    """Call once on a fresh page, before the first navigation. A slow machine can take seconds
    over a script run, so actions and expectations wait up to TIMEOUT_MS."""
    _watchers[page] = RunWatcher(page)
    page.set_default_timeout(TIMEOUT_MS)
    expect.set_options(timeout=TIMEOUT_MS)


def wait_idle(page: Page) -> None:
    """Wait until the app is connected and no script run is in progress (after goto/reload)."""
    app = page.locator(APP)
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTED")
    expect(app).to_have_attribute("data-test-script-state", "notRunning")


def act(page: Page, action: Callable[[], object]) -> None:
    """Do something that makes Streamlit rerun the script, and wait until that run has finished."""
    watcher = _watchers[page]
    wait_idle(page)
    before = watcher.finished
    action()
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while watcher.finished == before:
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not finish a script run after the action")
        page.wait_for_timeout(25)  # also lets Playwright deliver the websocket events
    wait_idle(page)


# Everything the run drew in the window is painted: charts, data frames, answer boxes (shown once
# their script has filled them) and component frames included. Below the fold the browser paints data frames and placeholders only once they are
# scrolled to, as a user sees them; only what is in the window counts.
DRAWN = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  if (!app || app.getAttribute("data-test-script-state") !== "notRunning") return false;
  const shown = (e) => {  /* 40 px or more of it in the window, not in a closed tab or expander */
    if (!e.checkVisibility({visibilityProperty: true})) return false;
    const box = e.getBoundingClientRect();
    return Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0) >= 40;
  };
  for (const s of document.querySelectorAll("[data-testid='stSkeleton']"))
    if (shown(s)) return false;
  for (const c of document.querySelectorAll("[data-testid='stVegaLiteChart']"))
    if (shown(c) && !c.querySelector("canvas, svg")) return false;
  for (const d of document.querySelectorAll("[data-testid='stDataFrame']"))
    if (shown(d) && !d.querySelector("canvas")) return false;
  for (const c of document.querySelectorAll("[data-testid='stBidiComponentIsolated']")) {
    const box = c.shadowRoot && c.shadowRoot.querySelector(".box");
    if (box && box.hidden && c.checkVisibility({visibilityProperty: true})) return false;
  }
  for (const f of document.querySelectorAll("iframe")) {
    if (!shown(f)) continue;
    let doc = null;
    try { doc = f.contentDocument; } catch (e) { continue; }
    if (!doc || doc.readyState !== "complete" || !doc.body || !doc.body.children.length)
      return false;
  }
  return true;
}"""


def wait_drawn(page: Page) -> None:
    """Wait until the last run's charts, data frames, answer boxes and component frames are
    painted (what a user sees as ready, beyond the script run having finished)."""
    page.wait_for_function(DRAWN, polling="raf")


def goto(page: Page, url: str) -> None:
    """Open an address and wait for its run, and for the navigation links: their code is
    fetched on first use, so on a heavy page they can be drawn after the run has finished."""
    page.goto(url)
    wait_idle(page)
    expect(page.get_by_test_id("stSidebar").get_by_role("link").first).to_be_attached()


def choose(page: Page, widget: Locator, option: str) -> None:
    """Pick the option whose label starts with `option` in a selectbox or multiselect.

    The option is clicked, not chosen with Enter: Streamlit's multiselect offers "Select all
    matches" as the first option, so Enter would pick every entry that matches the typed text.
    """
    box = widget.get_by_role("combobox")
    wanted = page.get_by_role("option", name=re.compile("^" + re.escape(option))).first
    several = widget.get_attribute("data-testid") == "stMultiSelect"
    for tries_left in range(CHOOSE_TRIES - 1, -1, -1):
        box.click()
        box.press_sequentially(option)
        wait = CHOOSE_WAIT_MS if tries_left else TIMEOUT_MS
        try:
            wanted.click(timeout=wait)
            if several:
                # A click that lands as the list is redrawn can pick nothing (seen in CI: the
                # typed text stayed in the box and no tag appeared).
                expect(_tag(widget, option)).to_be_visible(timeout=wait)
            break
        except (PlaywrightTimeoutError, AssertionError):
            # A rerun that lands while the list is open (another tab's change merged in, an
            # autosave) redraws the widget and closes the list: open it and type again.
            box.press("Escape")
            box.fill("")
    if box.get_attribute("aria-expanded") == "true":
        box.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")


def _tag(widget: Locator, option: str) -> Locator:
    """The tag of `option` among a multiselect's chosen options."""
    return widget.locator("[data-tag]").filter(has_text=re.compile("^" + re.escape(option)))


def expect_tag(widget: Locator, option: str) -> None:
    """The multiselect shows `option` as chosen."""
    expect(_tag(widget, option)).to_be_visible()


def url_param(page: Page, name: str) -> str:
    """A query parameter of the page's address, once it is there."""
    page.wait_for_url(re.compile(f"[?&]{name}="))
    return re.search(f"[?&]{name}=([^&#]+)", page.url).group(1)


def start(page: Page, base: str, name: str) -> str:
    """Sign up from the Library; returns the resume code (shown once, never in the address)."""
    goto(page, base)
    page.get_by_label("Display name").fill(name)
    act(page, lambda: page.get_by_role("button", name="Start practising").click())
    noted = page.get_by_role("button", name="I have noted my code")
    expect(noted).to_be_visible()
    code = page.get_by_test_id("stMarkdownContainer").locator("h3 code").first.inner_text().strip()
    url_param(page, "session")
    assert code not in page.url
    act(page, noted.click)
    return code


def open_tutorial(page: Page) -> tuple[str, str]:
    """Open the tutorial case from the Library, past its content notes; returns the session
    token and the attempt id from the address."""
    act(page, page.locator(f".st-key-open_{TUTORIAL} button").first.click)
    expect(page.get_by_role("heading", name="Content notes")).to_be_visible()
    act(page, page.get_by_role("button", name="I have read the content notes: start").click)
    expect(page.get_by_role("heading", name="Case file")).to_be_visible()
    return url_param(page, "session"), url_param(page, "attempt")


def add_episode(page: Page, title: str, entry_id: str) -> None:
    """Add a key practice episode with the stage 1 form (on the episodes page)."""
    form = page.locator("[data-testid='stForm']").filter(has_text="Add a key practice episode")
    form.get_by_label("Episode title").fill(title)
    entries = form.get_by_test_id("stMultiSelect")
    choose(page, entries, entry_id)
    expect_tag(entries, entry_id)
    form.get_by_label("Why is this episode key?").fill(f"{title} shaped what happened next.")
    act(page, form.get_by_role("button", name="Add episode").click)
    expect(item_box(page, title)).to_be_visible()


def item_box(scope, heading: str):
    """The bordered box of an episode or a finding, found by the text of its heading: the
    innermost block holding that text and an expander."""
    return (
        scope.get_by_test_id("stVerticalBlock")
        .filter(has=scope.get_by_text(heading))
        .filter(has=scope.get_by_test_id("stExpander"))
        .last
    )


def open_expander(scope, label: str):
    """The expander with this label in `scope`, opened (a click on an open one would close it);
    what it holds may be drawn only once it is open (components/lazy.py), so wait for it with
    the returned locator."""
    expander = scope.get_by_test_id("stExpander").filter(has_text=label).first
    details = expander.locator("details").first
    if details.get_attribute("open") is None:
        expander.locator("summary").click()
    expect(details).to_have_attribute("open", re.compile(".*"))
    return expander


def open_episode(page: Page, title: str):
    """The edit form of the episode titled `title` on stage 1, opened."""
    return open_expander(item_box(page, title), "Edit this episode")


ANSWER_BOX = "[data-testid='stBidiComponentIsolated']"


def answer_box(scope: Page | Locator, label: str, index: int = 0) -> Locator:
    """The text area of the `index`-th long-answer box labelled `label` in `scope` (each box is
    a v2 custom component with a shadow root of its own; Playwright's locators look inside)."""
    area = scope.locator(ANSWER_BOX).get_by_label(label, exact=True).nth(index)
    expect(area).to_be_attached()
    return area


def box_status(area: Locator) -> Locator:
    """The "Saved" / "Saving…" line of the answer box whose text area this is."""
    return area.locator("xpath=ancestor::div[@class='box']").get_by_role("status")


def serious_violations(page: Page, axe) -> list[tuple[str, str, list[str]]]:
    """Serious and critical axe violations on the page, as (rule, help, node HTML)."""
    found = []
    for violation in axe.run(page).response["violations"]:
        if violation.get("impact") not in ("serious", "critical"):
            continue
        nodes = [node["html"][:120] for node in violation["nodes"]]
        found.append((violation["id"], violation["help"], nodes))
    return found
