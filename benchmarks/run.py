"""Performance figures for Second Story, one line each with its target. Not part of `make test`.

Run: .venv/bin/python benchmarks/run.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import write_scenarios  # noqa: E402
from secondstory import loading  # noqa: E402
from secondstory.reference import reference_analysis  # noqa: E402

PAGES = ["library", "case_file", "episodes", "appraisal", "explanation", "findings", "comparison"]
# The case file draws only its open tab; the first screen is its Overview, these are the others.
CASE_FILE_TABS = ["Chronology", "Timeline", "Records", "Conversations"]


def line(name: str, value: str, target: str, ok: bool | None) -> None:
    verdict = "n/a" if ok is None else ("ok" if ok else "MISSED")
    print(f"{name:<48} {value:>14}   target {target:<22} {verdict}")


def bench_validation(folder: Path) -> None:
    write_scenarios(folder, 100, entries=60)
    started = time.perf_counter()
    results = [loading.load_scenario_file(p) for p in sorted(folder.glob("*.yaml"))]
    seconds = time.perf_counter() - started
    assert all(r.ok for r in results), [r.problems for r in results if not r.ok][:1]
    line("validate 100 scenarios of 60 entries", f"{seconds:.2f} s", "< 2 s", seconds < 2)


def largest_scenario():
    library = loading.load_library(ROOT / "scenarios")
    return max(library.scenarios.values(), key=lambda s: len(s.chronology))


def bench_scoring(scenario) -> None:
    from secondstory.marking import score
    from secondstory.marking.rules import scenario_index

    scenario_index(scenario)  # worked out once per scenario, when it is first marked
    analyses = [s.analysis for s in scenario.samples] or [reference_analysis(scenario)]
    first, again = [], []
    for analysis in analyses:
        for runs in (first, again):
            started = time.perf_counter()
            score(scenario, analysis)
            runs.append(time.perf_counter() - started)
    for label, runs in (("first time", first), ("again", again)):
        ms = statistics.median(runs) * 1000
        line(f"score one analysis, {label} ({scenario.id})", f"{ms:.1f} ms", "< 50 ms", ms < 50)


def prepared_attempts(store, scenario, mode: str):
    """A trainee with a session token, an attempt in progress (the reference, outcome revealed)
    and a submitted one: (token, the attempt in progress, the submitted attempt)."""
    person, _code = store.create_trainee("Bench")
    token = store.open_session(person.id)
    full = reference_analysis(scenario).model_copy(update={"outcome_revealed": True})
    working = store.start_attempt(person.id, scenario.id, scenario.version, mode)
    store.save_analysis(person.id, working.id, full)
    done = store.start_attempt(person.id, scenario.id, scenario.version, mode)
    store.save_analysis(person.id, done.id, full)
    store.submit_attempt(person.id, done.id)
    return token, working, done


def bench_pages(scenario, folder: Path) -> None:
    from streamlit.testing.v1 import AppTest

    from components.state import Key
    from secondstory.storage import Store

    url = f"sqlite:///{folder / 'bench.db'}"
    os.environ["SECONDSTORY_DATABASE_URL"] = url
    store = Store(url)
    token, working, done = prepared_attempts(store, scenario, "guided")
    empty = folder / "empty_page.py"
    empty.write_text("")
    floor_app = folder / "floor_app.py"
    floor_app.write_text(
        "import streamlit as st\n"
        "st.set_page_config(layout='wide')\n"
        f"st.navigation([st.Page({str(empty)!r})]).run()\n"
    )

    def median_ms(at: AppTest) -> float:
        times = []
        for _ in range(20):
            started = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - started)
        return statistics.median(times) * 1000

    floor_at = AppTest.from_file(str(floor_app), default_timeout=30)
    floor_at.run()
    floor = median_ms(floor_at)
    line("empty page in a multipage app (the floor)", f"{floor:.1f} ms", "reference", None)
    for page in PAGES:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
        at.query_params["session"] = token
        at.query_params["attempt"] = (done if page == "comparison" else working).id
        at.run()
        if page != "library":
            at.switch_page(str(ROOT / "screens" / f"{page}.py"))
            at.run()
        ms = median_ms(at)
        ok = ms < 100 and ms < 3 * floor
        line(f"page script: {page}", f"{ms:.1f} ms", "< 100 ms and < 3x floor", ok)
        if page == "comparison":  # only the open tab is drawn: the others, once opened
            for tab in ("Appraisal", "Factors", "Findings"):
                at.session_state[Key.COMPARISON_TAB] = tab
                at.run()
                ms = median_ms(at)
                ok = ms < 100 and ms < 3 * floor
                line(f"page script: comparison, {tab} tab", f"{ms:.1f} ms", "< 100 ms", ok)
        for tab in CASE_FILE_TABS if page == "case_file" else []:
            at.session_state["case_tab"] = tab
            at.run()
            ms = median_ms(at)
            ok = ms < 100 and ms < 3 * floor
            line(
                f"page script: case_file, {tab} tab", f"{ms:.1f} ms", "< 100 ms and < 3x floor", ok
            )
    store.close()


def _variations(scenario, count: int):
    """`count` analyses made from the reference: episodes dropped, ratings and categories moved."""
    from secondstory.models import TraineeAppraisal
    from secondstory.vocabulary import CATEGORIES, RATING_ORDER

    ref = reference_analysis(scenario)
    categories = list(CATEGORIES)
    out = []
    for n in range(count):
        episodes = []
        for i, episode in enumerate(ref.episodes):
            if (n + i) % 4 == 0:
                continue
            factors = [
                f.model_copy(update={"category": categories[(n + i + j) % len(categories)]})
                if (n + j) % 3 == 0
                else f
                for j, f in enumerate(episode.factors)
            ]
            rating = RATING_ORDER[(n + i) % len(RATING_ORDER)]
            reasoning = f"{episode.appraisal.reasoning} (trainee {n})" if episode.appraisal else ""
            episodes.append(
                episode.model_copy(
                    update={
                        "factors": factors,
                        "appraisal": TraineeAppraisal(rating=rating, reasoning=reasoning),
                    }
                )
            )
        out.append(ref.model_copy(update={"episodes": episodes, "findings": ref.findings[: n % 4]}))
    return out


def bench_debrief(scenario, folder: Path) -> None:
    """A cohort of 500 submitted attempts in a real store, each with its marking stored."""
    from secondstory import debrief
    from secondstory.debrief_charts import all_charts
    from secondstory.debrief_pack import debrief_docx, debrief_html
    from secondstory.divergence import diverged
    from secondstory.storage import Store

    with Store(f"sqlite:///{folder / 'debrief.db'}") as store:
        cohort, join_code, key = store.create_cohort("Bench", [scenario.id], "guided")
        marking = 0.0
        for n, analysis in enumerate(_variations(scenario, 500)):
            person, _code = store.create_trainee(f"Trainee {n}")
            store.join_cohort(person.id, join_code)
            attempt = store.start_attempt(
                person.id, scenario.id, scenario.version, "guided", cohort_id=cohort.id
            )
            store.save_analysis(person.id, attempt.id, analysis, stage="findings")
            started = time.perf_counter()
            digest = debrief.digest_json(scenario, analysis)
            marking += time.perf_counter() - started
            store.submit_attempt(person.id, attempt.id, digest)
        line("marking 500 attempts at submission, in all", f"{marking:.2f} s", "reported", None)
        started, cpu = time.perf_counter(), time.process_time()
        pairs = store.cohort_attempts(cohort.id, key)
        result = debrief.debrief(scenario, pairs)
        points = diverged(scenario, result)
        all_charts(result, points)
        debrief.cohort_rows(scenario, pairs)
        cold, cpu = time.perf_counter() - started, time.process_time() - cpu
        assert result.counted == 500, result.counted
        # The processor time beside the wall time: on a shared machine the wait for a processor
        # can be most of the wall time.
        line(
            "debrief of 500 stored attempts from cold (with where we diverged, the charts)",
            f"{cold:.2f} s (CPU {cpu:.2f} s)",
            "< 1 s",
            cold < 1,
        )
        started = time.perf_counter()
        debrief_html(scenario, cohort.name, result, points, dt.date.today())
        debrief_docx(scenario, cohort.name, result, points, dt.date.today())
        pack = time.perf_counter() - started
        line(
            "debrief pack of 500 attempts (Word and printable page)",
            f"{pack:.2f} s",
            "reported",
            None,
        )


def _rss_kib(pid: int) -> int:
    """Resident memory of a process and its children, from /proc (Linux)."""
    total = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
        ppid = int(fields.get("PPid", "0").strip())
        if int(status.parent.name) == pid or ppid == pid:
            total += int(fields.get("VmRSS", "0 kB").split()[0])
    return total


def bench_memory(folder: Path, sessions: int = 6) -> None:
    """Server memory added by each extra browser session (each opens the library)."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.appdriver import (
        CHROMIUM,
        CHROMIUM_ARGS,
        free_port,
        start_server,
        stop,
        wait_until_up,
    )

    if not Path(CHROMIUM).exists():
        line("server memory per extra browser session", "no chromium", "reported", None)
        return
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(f"sqlite:///{folder / 'memory.db'}", port)
    try:
        wait_until_up(base, proc)
        readings = []
        with sync_playwright() as play:
            browser = play.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            pages = []
            for _ in range(sessions + 1):
                page = browser.new_context().new_page()
                page.goto(base + "/")
                page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
                page.wait_for_timeout(500)
                pages.append(page)
                readings.append(_rss_kib(proc.pid))
            browser.close()
        per_session = (readings[-1] - readings[0]) / sessions / 1024
        line("server memory per extra browser session", f"{per_session:.1f} MiB", "reported", None)
    finally:
        stop(proc)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "gen").mkdir()
        bench_validation(folder / "gen")
        scenario = largest_scenario()
        bench_scoring(scenario)
        bench_pages(scenario, folder)
        bench_debrief(scenario, folder)
        bench_memory(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
