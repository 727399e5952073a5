"""Many trainees at once on one server: each walks the largest case in a browser of their own
(one chromium, a context each) at the same time, against one real server started as `make run`
starts it.

Each trainee has their own attempt (the expert reference, outcome revealed) and a submitted one.
A journey opens the Library, then for each round visits the case file, the four stages and My
work, and finally opens the comparison of the submitted attempt and clicks back to it once. An
action counts as done when the script run it started has finished (the server's own message);
one that takes over a minute fails the journey. Printed for each number of trainees: journeys
finished, click times (median and 95th percentile), page loads (opening an address: the first
Library and the comparison) and the server's CPU per action (user + system time of the server
process over the whole run, from /proc, divided by the actions done) and how busy that kept the
server (its CPU time over the wall time: 100% is one core; the rest went to the browsers).
The browsers share the server's two cores here, so the times are pessimistic. Not part of
`make test`.

Trainees start spread over the first ten seconds (`--arrive`), as a cohort arrives.

Run: .venv/bin/python benchmarks/users.py [--users 10,30] [--rounds 2] [--arrive 10]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from benchmarks.browser import STAGES  # noqa: E402
from benchmarks.run import prepared_attempts  # noqa: E402
from benchmarks.soak import cpu_seconds  # noqa: E402
from secondstory import loading  # noqa: E402

ACTION_SECONDS = 60
PAGES = ["Case file", *STAGES, "My work"]
# Whole page loads (an address opened), reported apart from the clicks.
LOADS = ("open the Library", "open the comparison")


class Trainee:
    """One trainee's browser page, counting the script runs the server reports finished."""

    def __init__(self, page) -> None:
        self.page = page
        self.finished = 0
        self.failed = ""  # what timed out, if anything did
        self.times: dict[str, list[float]] = {}
        page.on("websocket", self._watch)

    def _watch(self, socket) -> None:
        if socket.url.endswith("/_stcore/stream"):
            socket.on("framereceived", self._frame)

    def _frame(self, payload) -> None:
        from appdriver import finished_run

        if finished_run(payload):
            self.finished += 1

    async def act(self, name: str, action) -> None:
        before = self.finished
        started = time.perf_counter()
        await action()
        while self.finished == before:
            if time.perf_counter() - started > ACTION_SECONDS:
                raise TimeoutError(name)
            await asyncio.sleep(0.025)
        self.times.setdefault(name, []).append(time.perf_counter() - started)

    async def click(self, label: str) -> None:
        link = self.page.get_by_role("link", name=label, exact=True).first
        await link.wait_for(timeout=ACTION_SECONDS * 1000)
        await self.act(label, link.click)


async def journey(
    browser, base: str, token: str, working: str, done: str, rounds: int, delay: float
):
    """One trainee's walk, starting after `delay` seconds; returns their Trainee (with times,
    and what timed out if anything did)."""
    from playwright.async_api import TimeoutError as PageTimeout

    await asyncio.sleep(delay)
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(ACTION_SECONDS * 1000)
    trainee = Trainee(await context.new_page())
    try:
        await trainee.act(
            LOADS[0], lambda: trainee.page.goto(f"{base}/?session={token}&attempt={working}")
        )
        for _ in range(rounds):
            for label in PAGES:
                await trainee.click(label)
        await trainee.act(
            LOADS[1], lambda: trainee.page.goto(f"{base}/?session={token}&attempt={done}")
        )
        await trainee.click("Library")
        await trainee.click("Comparison")
        return trainee
    except (TimeoutError, PageTimeout) as err:
        trainee.failed = str(err).splitlines()[0][:80]
        return trainee
    finally:
        await context.close()


def arrivals(count: int, seconds: float) -> list[float]:
    """When each trainee starts, spread evenly over the first `seconds` (a cohort arriving)."""
    return [seconds * index / count for index in range(count)]


async def crowd(count: int, rounds: int, arrive: float, folder: Path, scenario) -> None:
    from appdriver import (
        CHROMIUM,
        CHROMIUM_ARGS,
        TEST_SECRET_KEY,
        free_port,
        start_server,
        stop,
        wait_until_up,
    )
    from playwright.async_api import async_playwright

    from secondstory.storage import Store

    url = f"sqlite:///{folder / f'users{count}.db'}"
    store = Store(url, secret_key=TEST_SECRET_KEY.encode())
    people = [prepared_attempts(store, scenario, "full") for _ in range(count)]
    store.close()
    port = free_port()
    proc = start_server(url, port, folder / f"users{count}.log")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, proc)
        async with async_playwright() as play:
            browser = await play.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            cpu = cpu_seconds(proc.pid)
            started = time.perf_counter()
            walks = await asyncio.gather(
                *(
                    journey(browser, base, token, working.id, done.id, rounds, delay)
                    for (token, working, done), delay in zip(
                        people, arrivals(count, arrive), strict=True
                    )
                )
            )
            wall = time.perf_counter() - started
            cpu = cpu_seconds(proc.pid) - cpu
            await browser.close()
    finally:
        stop(proc)
    finished = sum(1 for walk in walks if not walk.failed)
    failures = Counter(walk.failed for walk in walks if walk.failed)

    def times(loads: bool) -> list[float]:
        """Every action done, in finished journeys or before a time-out."""
        return [
            t
            for walk in walks
            for name, values in walk.times.items()
            if (name in LOADS) == loads
            for t in values
        ]

    clicks, loads = times(False), times(True)
    actions = (len(clicks) + len(loads)) or 1
    p95 = statistics.quantiles(clicks, n=20)[-1] if len(clicks) > 1 else float("nan")
    print(
        f"| {count} | {finished} of {count} | {statistics.median(clicks) * 1000:.0f} | "
        f"{p95 * 1000:.0f} | {statistics.median(loads) * 1000:.0f} | "
        f"{cpu / actions * 1000:.0f} | {cpu / wall:.0%} | {wall:.0f} |"
    )
    for failure, times_seen in failures.items():
        print(f"<!-- timed out ({times_seen}): {failure} -->")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", default="10,30")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument(
        "--arrive", type=float, default=10.0, help="seconds over which the trainees start"
    )
    args = parser.parse_args()
    library = loading.load_library(ROOT / "scenarios", warnings=False)
    largest = max(library.scenarios.values(), key=lambda s: len(s.chronology))
    print(
        f"{largest.id} ({len(largest.chronology)} entries), {args.rounds} rounds each, "
        f"trainees starting over {args.arrive:.0f} s\n"
    )
    print(
        "| trainees | journeys finished | click median (ms) | click 95th pct (ms) "
        "| page load median (ms) | server CPU per action (ms) | server busy | wall (s) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for count in (int(c) for c in args.users.split(",") if c):
            asyncio.run(crowd(count, args.rounds, args.arrive, Path(tmp), largest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
