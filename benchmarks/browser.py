"""Click-to-ready in a real chromium against a real server, beside a one-button Streamlit app
clicked in the same run, with the server's CPU time per action; then the growth table (case file,
stage 1 and comparison on generated cases of 60, 200 and 500 chronology entries).

The single-user journey clicks to each page and, on the stage pages, opens an episode's edit
form, rates an episode and opens a form to add a factor.
"Ready" means the script run the click started has finished and everything it drew is drawn:
every chart has its canvas or SVG, every data frame its canvas, every answer box its text, every
component frame its document. The first visit of a fresh browser (components not yet cached) and a repeat visit are
reported apart. Server CPU per action is the server process's user + system time over the action
(from /proc). Not part of `make test`; figures depend on what else the machine is doing.

Run: .venv/bin/python benchmarks/browser.py [--repeats 5] [--sizes 60,200,500]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from benchmarks.generate import scenario_data  # noqa: E402
from benchmarks.run import prepared_attempts  # noqa: E402
from benchmarks.soak import cpu_seconds  # noqa: E402
from secondstory import loading  # noqa: E402
from secondstory.reference import reference_analysis  # noqa: E402

# Attempts made ready to submit for each run of the journey (one is used per repeat).
SUBMISSIONS = 5
STAGES = ["1. Key practice episodes", "2. Appraisal", "3. Explaining practice", "4. Findings"]
BASELINE_APP = """import streamlit as st
if st.button("Click"):
    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
st.write(st.session_state.get("clicks", 0))
"""


class Timer:
    """Click-to-ready and server CPU per action, kept by name."""

    def __init__(self, page, pid: int) -> None:
        self.page, self.pid = page, pid
        self.ready: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    def measure(self, name: str, action: Callable[[], object], *, reruns: bool = True) -> None:
        from appdriver import act, wait_drawn, wait_idle

        if self.page.url != "about:blank":
            wait_idle(self.page)
        cpu = cpu_seconds(self.pid)
        started = time.perf_counter()
        if reruns:
            act(self.page, action)
        else:
            action()
            wait_idle(self.page)
        wait_drawn(self.page)
        self.ready.setdefault(name, []).append(time.perf_counter() - started)
        # The server may still be finishing its side of the run: let it settle before reading.
        self.page.wait_for_timeout(150)
        self.cpu.setdefault(name, []).append(cpu_seconds(self.pid) - cpu)

    def click(self, name: str, label: str) -> None:
        link = self.page.get_by_role("link", name=label, exact=True).first
        self.measure(name, link.click)


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def prepared_store(database_url: str, scenario) -> tuple[str, str, str, list[str]]:
    """The benchmark's trainee (see `prepared_attempts`): (token, working id, submitted id,
    ids of attempts complete and ready to submit, one for each submission measured). Stored
    with the key the test server is given, or the server would refuse the database."""
    from appdriver import TEST_SECRET_KEY

    from secondstory.storage import Store

    store = Store(database_url, secret_key=TEST_SECRET_KEY.encode())
    token, working, done = prepared_attempts(store, scenario, "full")
    person = store.trainee_by_session(token)
    complete = reference_analysis(scenario).model_copy(update={"outcome_revealed": True})
    ready = []
    for _ in range(SUBMISSIONS):
        attempt = store.start_attempt(person.id, scenario.id, scenario.version, "full")
        store.save_analysis(person.id, attempt.id, complete)
        ready.append(attempt.id)
    store.close()
    return token, working.id, done.id, ready


def baseline(browser, folder: Path, repeats: int) -> dict[str, float]:
    """A one-button Streamlit app's medians in ms: `click` to ready, `open` (a fresh browser's
    first load) and `reopen` (loading the address again in the same browser)."""
    from appdriver import free_port, prepare, stop, wait_until_up

    app = folder / "baseline_app.py"
    app.write_text(BASELINE_APP)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(port)]
        + ["--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base, proc)
        page = browser.new_context().new_page()
        prepare(page)
        timer = Timer(page, proc.pid)
        timer.measure("open", lambda: page.goto(base), reruns=False)
        for _ in range(repeats):
            timer.measure("click", page.get_by_role("button", name="Click").click)
            timer.measure("reopen", lambda: page.goto(base), reruns=False)
        page.context.close()
        return {name: median_ms(values) for name, values in timer.ready.items()}
    finally:
        stop(proc)


def signed_in(page) -> None:
    """The prepared trainee is signed in and their work shown: a benchmark of pages that only
    say the database cannot be used measures nothing."""
    from playwright.sync_api import expect

    expect(page.get_by_text("Signed in as Bench")).to_be_visible()
    expect(page.get_by_text("cannot be reached")).to_have_count(0)


def journey(
    browser,
    base: str,
    pid: int,
    token: str,
    working: str,
    done: str,
    ready: list[str],
    repeats: int,
):
    """The actions of the issue on one case, first visit and repeats, in a fresh browser."""
    from appdriver import prepare

    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    prepare(page)
    timer = Timer(page, pid)
    timer.measure(
        "library, first load",
        lambda: page.goto(f"{base}/?session={token}&attempt={working}"),
        reruns=False,
    )
    signed_in(page)
    timer.click("case file, first visit", "Case file")
    timer.click("library", "Library")
    for _ in range(repeats):
        timer.click("case file", "Case file")
        for stage in STAGES:
            timer.click(f"stage page: {stage}", stage)
    stage_actions(timer, page, repeats)
    timer.measure(
        "comparison, first visit",
        lambda: page.goto(f"{base}/?session={token}&attempt={done}"),
        reruns=False,
    )
    timer.click("comparison, first click", "Comparison")
    for _ in range(repeats):
        timer.click("library", "Library")
        timer.click("comparison", "Comparison")
    for attempt in ready[:repeats]:
        timer.measure(
            "stage 4, by address",
            lambda attempt=attempt: page.goto(f"{base}/findings?session={token}&attempt={attempt}"),
            reruns=False,
        )
        submit = page.get_by_role("button", name="Submit my analysis")
        timer.measure("submit, to the comparison (the attempt is marked)", submit.click)
    page.context.close()
    return timer


def stage_actions(timer: Timer, page, repeats: int) -> None:
    """Actions within the stage pages: opening an episode's edit form (drawn only when open),
    rating an episode (saved at once) and opening a form to add a contributory factor."""
    ratings = ["Below expectations", "In line with expectations"]
    for number in range(repeats):
        timer.click("stage page: 1. Key practice episodes", STAGES[0])
        summary = page.get_by_test_id("stExpander").filter(has_text="Edit this episode").first
        timer.measure("stage 1: open an episode's edit form", summary.locator("summary").click)
        timer.measure("stage 1: close it", summary.locator("summary").click)
        timer.click("stage page: 2. Appraisal", STAGES[1])
        rating = page.get_by_test_id("stRadio").first.get_by_text(ratings[number % 2], exact=True)
        timer.measure("stage 2: rate an episode", rating.click)
        timer.click("stage page: 3. Explaining practice", STAGES[2])
        adder = page.get_by_test_id("stExpander").filter(has_text="Add a contributory factor")
        timer.measure(
            "stage 3: open the form to add a factor", adder.first.locator("summary").click
        )
        timer.measure("stage 3: close it", adder.first.locator("summary").click)


def first_visits(browser, folder: Path, scenario, plain: bool, name: str):
    """A freshly started server's first visits (nobody has visited it yet): the Library, the
    case file, stage 1, the comparison by its address and My work. Returns (timer, seconds
    from starting the server to its first answer)."""
    from appdriver import prepare, stop

    started = time.perf_counter()
    proc, base, (token, working, done, _ready) = served(
        folder, ROOT / "scenarios", scenario, name, plain=plain
    )
    up = time.perf_counter() - started
    try:
        page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        prepare(page)
        timer = Timer(page, proc.pid)
        timer.measure(
            "library", lambda: page.goto(f"{base}/?session={token}&attempt={working}"), reruns=False
        )
        signed_in(page)
        timer.click("case file", "Case file")
        timer.click(f"stage page: {STAGES[0]}", STAGES[0])
        timer.measure(
            "comparison, by address",
            lambda: page.goto(f"{base}/?session={token}&attempt={done}"),
            reruns=False,
        )
        timer.click("my work", "My work")
        page.context.close()
        return timer, up
    finally:
        stop(proc)


def report_first_visits(browser, folder: Path, scenario, rounds: int) -> None:
    """First visits on fresh servers, started both ways, `rounds` servers each (medians)."""
    ways = {"streamlit run app.py": True, "serve.py (make run)": False}
    timers, ups = {}, {}
    for round_ in range(rounds):
        for way, plain in ways.items():
            timer, up = first_visits(browser, folder, scenario, plain, f"fresh{round_}{plain}")
            ups.setdefault(way, []).append(up)
            if way in timers:
                for key in timer.ready:
                    timers[way].ready[key] += timer.ready[key]
                    timers[way].cpu[key] += timer.cpu[key]
            else:
                timers[way] = timer
    print("| first visit | " + " | ".join(f"{way}: ready (CPU) ms" for way in ways) + " |")
    print("|---|" + "---|" * len(ways))
    print(
        "| server start to first answer | "
        + " | ".join(f"{median_ms(ups[w]):.0f}" for w in ways)
        + " |"
    )
    for key in timers[next(iter(ways))].ready:
        cells = [
            f"{median_ms(timers[w].ready[key]):.0f} ({median_ms(timers[w].cpu[key]):.0f})"
            for w in ways
        ]
        print(f"| {key} | " + " | ".join(cells) + " |")


def served(folder: Path, scenarios: Path, scenario, name: str, *, plain: bool = False):
    """A real app server on its own database with the prepared attempts; (proc, base, ids).
    Started as `make run` starts it, or with `plain` as `streamlit run app.py`."""
    from appdriver import free_port, start_server, wait_until_up

    url = f"sqlite:///{folder / f'{name}.db'}"
    ids = prepared_store(url, scenario)
    port = free_port()
    proc = start_server(url, port, folder / f"{name}.log", scenarios, plain=plain)
    base = f"http://127.0.0.1:{port}"
    wait_until_up(base, proc)
    return proc, base, ids


def report(timer: Timer, floor: float) -> None:
    print("| action | ready (ms) | x baseline | server CPU (ms) |")
    print("|---|---|---|---|")
    for name, values in timer.ready.items():
        ms = median_ms(values)
        print(f"| {name} | {ms:.0f} | {ms / floor:.1f} | {median_ms(timer.cpu[name]):.0f} |")


def main() -> int:
    from appdriver import CHROMIUM, CHROMIUM_ARGS, stop
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sizes", default="60,200,500")
    parser.add_argument(
        "--fresh", type=int, default=2, help="fresh servers per way of starting (first visits)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    library = loading.load_library(ROOT / "scenarios")
    largest = max(library.scenarios.values(), key=lambda s: len(s.chronology))
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as play:
        folder = Path(tmp)
        browser = play.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        floors = baseline(browser, folder, args.repeats)
        floor = floors["click"]
        print(
            f"baseline: one-button app, click to ready {floor:.0f} ms, first load in a fresh "
            f"browser {floors['open']:.0f} ms, loading it again {floors['reopen']:.0f} ms\n"
        )
        print(f"## {largest.id}: first visits to a freshly started server\n")
        report_first_visits(browser, folder, largest, args.fresh)
        print()
        print(f"## {largest.id} ({len(largest.chronology)} entries), single user\n")
        proc, base, ids = served(folder, ROOT / "scenarios", largest, "shipped")
        try:
            report(journey(browser, base, proc.pid, *ids, args.repeats), floor)
        finally:
            stop(proc)
        print("\n## Growth: generated cases, repeat visits (ms, median)\n")
        print("| entries | case file | stage 1 | comparison | server CPU, case file |")
        print("|---|---|---|---|---|")
        for size in sizes:
            scenarios = folder / f"gen{size}"
            scenarios.mkdir()
            ident = f"generated-{size}"
            (scenarios / f"{ident}.yaml").write_text(
                yaml.safe_dump(scenario_data(ident, size), sort_keys=False)
            )
            scenario = loading.load_library(scenarios).scenarios[ident]
            proc, base, ids = served(folder, scenarios, scenario, ident)
            try:
                timer = journey(browser, base, proc.pid, *ids, max(2, args.repeats // 2))
            finally:
                stop(proc)
            cells = [
                median_ms(timer.ready[k])
                for k in ("case file", f"stage page: {STAGES[0]}", "comparison")
            ]
            cpu = median_ms(timer.cpu["case file"])
            print(f"| {size} | " + " | ".join(f"{c:.0f}" for c in cells) + f" | {cpu:.0f} |")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
