"""Does typed work survive? Figures for issue 11 (not part of `make test`; needs chromium).

1. Survival of typed text: a trainee types a sentence into a long-answer box (stage 1's "Why is
   this episode key?") and then, 0 ms, 200 ms or 1 s after the last keystroke, reloads the page,
   closes the tab, or the server is killed with SIGKILL (kill -9). Afterwards the database is
   read: a trial survives when the whole sentence was saved; the share of typed characters saved
   is also reported. A reload or close that would lose text asks first (beforeunload); here the
   trainee leaves anyway.
2. Lost updates with two tabs: two tabs on one attempt, each behind the other's last save, write
   alternately to different answers; a round is a lost update if either write is not in the
   database afterwards.

Run: .venv/bin/python benchmarks/lost_work.py [--trials 20] [--rounds 100]
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from appdriver import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    TEST_SECRET_KEY,
    TUTORIAL,
    answer_box,
    box_status,
    free_port,
    goto,
    open_episode,
    prepare,
    start_server,
    stop,
    wait_until_up,
)
from playwright.sync_api import expect, sync_playwright  # noqa: E402

from secondstory import loading, workflow  # noqa: E402
from secondstory.storage import Store  # noqa: E402

WHY = "Why is this episode key?"
DELAYS_MS = (0, 200, 1000)
ACTIONS = ("reload", "tab close", "kill -9")
KEY_DELAY_MS = 30  # a quick typist: about 33 characters a second
SETTLE_S = 1.0  # time for the server to finish what it received before the database is read


class App:
    """A real app server on a throwaway SQLite database, and a direct handle on that database."""

    def __init__(self, folder: Path, browser) -> None:
        self.browser = browser
        self.url_db = f"sqlite:///{folder / 'bench.db'}"
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = folder / "server.log"
        self.store = Store(self.url_db, secret_key=TEST_SECRET_KEY.encode())
        self.proc = None
        self.start()

    def start(self) -> None:
        """Start the server and load "/" once, as a trainee would before any deep link."""
        self.proc = start_server(self.url_db, self.port, self.log)
        wait_until_up(self.base, self.proc)
        page = self.browser.new_page()
        prepare(page)
        goto(page, self.base)
        page.close()

    def kill9(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def attempt(self, titles: list[str]) -> tuple[str, str, str]:
        """A new trainee and attempt with these episodes: (person id, attempt id, page query)."""
        scenario = loading.load_library(ROOT / "scenarios").scenarios[TUTORIAL]
        person, _ = self.store.create_trainee("Bench")
        attempt = self.store.start_attempt(person.id, scenario.id, scenario.version, "guided")
        analysis = workflow.new_analysis(scenario)
        for number, title in enumerate(titles):
            analysis, _ = workflow.add_episode(analysis, title, [scenario.chronology[number].id])
        self.store.save_analysis(person.id, attempt.id, analysis)
        token = self.store.open_session(person.id)
        return person.id, attempt.id, f"session={token}&attempt={attempt.id}"

    def why_keys(self, person_id: str, attempt_id: str) -> list[str]:
        return [e.why_key for e in self.store.get_attempt(person_id, attempt_id).analysis.episodes]

    def close(self) -> None:
        stop(self.proc)
        self.store.close()


def survival_trial(app: App, browser, action: str, delay_ms: int, number: int) -> float:
    """Share of the typed characters found in the database after the action (0..1)."""
    person_id, attempt_id, query = app.attempt(["Episode"])
    context = browser.new_context()
    page = context.new_page()
    prepare(page)
    page.on("dialog", lambda dialog: dialog.accept())  # the trainee leaves anyway
    goto(page, f"{app.base}/episodes?{query}")
    area = answer_box(open_episode(page, "Episode"), WHY)
    typed = f"Trial {number}: the nursery saw hunger and told nobody else."
    area.click()
    area.press_sequentially(typed, delay=KEY_DELAY_MS)
    page.wait_for_timeout(delay_ms)
    if action == "reload":
        page.reload()
    elif action == "tab close":
        page.close(run_before_unload=True)
    else:
        app.kill9()
    time.sleep(SETTLE_S)
    if action == "kill -9":
        app.start()
    context.close()
    saved = app.why_keys(person_id, attempt_id)[0]
    kept = len(saved) if typed.startswith(saved) else 0
    return kept / len(typed)


def survival(app: App, browser, trials: int) -> None:
    print(
        f"Survival of typed text ({trials} trials each; whole sentence saved / typed chars saved)"
    )
    print(f"{'after the last keystroke':<26}" + "".join(f"{a:>22}" for a in ACTIONS))
    shares: dict[tuple[str, int], list[float]] = {}
    for delay in DELAYS_MS:
        cells = []
        for action in ACTIONS:
            found = [survival_trial(app, browser, action, delay, n) for n in range(trials)]
            shares[(action, delay)] = found
            whole = sum(1 for s in found if s == 1.0)
            mean = 100 * sum(found) / len(found)
            cells.append(f"{whole:>3}/{trials} ({mean:5.1f}% chars)")
        print(f"{f'{delay} ms':<26}" + "".join(f"{c:>22}" for c in cells), flush=True)
    reload_1s = shares[("reload", 1000)]
    print(
        f"Typed characters surviving a reload 1 s after the last keystroke: "
        f"{100 * sum(reload_1s) / len(reload_1s):.1f}% (target 100%)"
    )


def two_tabs(app: App, browser, rounds: int) -> None:
    person_id, attempt_id, query = app.attempt(["First", "Second"])
    context = browser.new_context()
    tabs = [context.new_page(), context.new_page()]
    for tab in tabs:
        prepare(tab)
        goto(tab, f"{app.base}/episodes?{query}")
    lost = 0
    for number in range(rounds):
        for tab, (index, title) in zip(tabs, enumerate(("First", "Second")), strict=True):
            area = answer_box(open_episode(tab, title), WHY)
            area.fill(f"Round {number}, written in tab {index + 1}.")
            area.press("Tab")
            expect(box_status(area)).to_have_text("Saved")
        saved = app.why_keys(person_id, attempt_id)
        expected = [f"Round {number}, written in tab {i + 1}." for i in range(2)]
        lost += saved != expected
    context.close()
    print(f"Lost updates with two tabs: {lost} of {rounds} rounds (target 0)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        app = App(Path(folder), browser)
        try:
            if args.rounds:
                two_tabs(app, browser, args.rounds)
            if args.trials:
                survival(app, browser, args.trials)
        finally:
            browser.close()
            app.close()


if __name__ == "__main__":
    main()
