"""How many trainees one server carries: simulated trainees that speak Streamlit's own websocket
protocol, without a browser, so that the machine's cores go to the server (benchmarks/users.py
does the same with real browsers, which on this two-core machine run out of CPU long before the
server does).

The server is started as `make run` starts it. Each simulated trainee has their own attempt (the
expert reference, outcome revealed) and a submitted one, each open in a tab of its own (a
session on its own websocket, connected as a browser connects, with the session token and the
attempt in the address); they open the Library, then walk the case file, the four stages, My
work and the comparison of their submitted attempt, over and over, pausing
between actions (a think time drawn around `--think` seconds; a real trainee reads and types
for far longer). An action's time runs from the request to the server's "script finished"
message. Printed for each crowd size: actions done, their median and 95th percentile time, the
server's CPU per action (user + system time of the server process over the run, from /proc)
and how busy that kept it (its CPU time over the wall time: 100% is one core). Not part of
`make test`.

Run: .venv/bin/python benchmarks/capacity.py [--users 25,50,100] [--think 5] [--seconds 60]
With `--pages N`, one trainee asks for each page N times instead: the server CPU of one run of
each page.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from benchmarks.run import prepared_attempts  # noqa: E402
from benchmarks.soak import cpu_seconds  # noqa: E402
from secondstory import loading  # noqa: E402

# Pages by their address (st.Page's default url path: the file name in screens/).
WALK = ["case_file", "episodes", "appraisal", "explanation", "findings", "my_work", "comparison"]
ACTION_SECONDS = 60


class Tab:
    """One browser tab's session on its own websocket: asks for script runs and times them."""

    def __init__(self, socket, query: str, hashes: dict[str, str]) -> None:
        self.socket, self.query, self.hashes = socket, query, hashes
        self.times: list[float] = []
        self.timeouts = 0
        self.signed_in = False
        self.messages = 0  # messages the server sent for the last run

    async def run(self, page: str) -> None:
        """Ask for a run of `page` (as a click on its link does, or opening the address when it
        is "") and wait until the run finishes."""
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        message = BackMsg()
        message.rerun_script.query_string = self.query
        message.rerun_script.page_name = page
        message.rerun_script.page_script_hash = self.hashes.get(page, "")
        started = time.perf_counter()
        await self.socket.send(message.SerializeToString())
        self.messages = 0
        while True:
            try:
                frame = await asyncio.wait_for(self.socket.recv(), ACTION_SECONDS)
            except TimeoutError:
                self.timeouts += 1
                return
            reply = ForwardMsg.FromString(frame)
            self.messages += 1
            kind = reply.WhichOneof("type")
            if kind == "delta" and "Signed in as" in reply.delta.new_element.markdown.body:
                self.signed_in = True
            if kind == "navigation":  # the pages' hashes, which a link click sends
                for app_page in reply.navigation.app_pages:
                    self.hashes[app_page.url_pathname] = app_page.page_script_hash
            elif kind == "script_finished" and (
                reply.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN
            ):
                self.times.append(time.perf_counter() - started)
                return


async def trainee(port: int, ids, think: float, until: float, seed: int) -> list[Tab]:
    """One trainee with two tabs: their attempt in progress (Library, case file, stages, My
    work) and their submitted attempt (the comparison), as a trainee keeps both open."""
    import websockets

    pause = random.Random(seed)  # noqa: S311 - think times, not secrets
    token, working, done = ids
    address = f"ws://127.0.0.1:{port}/_stcore/stream"
    await asyncio.sleep(pause.uniform(0, think))  # trainees arrive spread out
    options = {"subprotocols": ["streamlit"], "max_size": None, "open_timeout": ACTION_SECONDS}
    async with (
        websockets.connect(address, **options) as work_socket,
        websockets.connect(address, **options) as review_socket,
    ):
        hashes: dict[str, str] = {}
        work = Tab(work_socket, f"session={token}&attempt={working.id}", hashes)
        review = Tab(review_socket, f"session={token}&attempt={done.id}", hashes)
        await work.run("")  # the Library, as opening the address does
        if not work.signed_in:
            raise RuntimeError("the trainee is not signed in: the benchmark would measure nothing")
        step = 0
        while time.perf_counter() < until:
            await asyncio.sleep(pause.uniform(0.5 * think, 1.5 * think))
            page = WALK[step % len(WALK)]
            await (review if page == "comparison" else work).run(page)
            step += 1
        return [work, review]


async def crowd(count: int, think: float, seconds: float, folder: Path, scenario) -> None:
    from appdriver import TEST_SECRET_KEY, free_port, start_server, stop, wait_until_up

    from secondstory.storage import Store

    url = f"sqlite:///{folder / f'capacity{count}.db'}"
    store = Store(url, secret_key=TEST_SECRET_KEY.encode())
    people = [prepared_attempts(store, scenario, "full") for _ in range(count)]
    store.close()
    port = free_port()
    proc = start_server(url, port, folder / f"capacity{count}.log")
    try:
        wait_until_up(f"http://127.0.0.1:{port}", proc)
        cpu = cpu_seconds(proc.pid)
        started = time.perf_counter()
        walkers = await asyncio.gather(
            *(trainee(port, ids, think, started + seconds, seed) for seed, ids in enumerate(people))
        )
        wall = time.perf_counter() - started
        cpu = cpu_seconds(proc.pid) - cpu
    finally:
        stop(proc)
    tabs = [tab for pair in walkers for tab in pair]
    times = sorted(t for tab in tabs for t in tab.times)
    timeouts = sum(tab.timeouts for tab in tabs)
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else float("nan")
    print(
        f"| {count} | {len(times)} | {len(times) / wall:.1f} | {timeouts} | "
        f"{statistics.median(times) * 1000:.0f} | {p95 * 1000:.0f} | "
        f"{cpu / max(len(times), 1) * 1000:.0f} | {cpu / wall:.0%} |"
    )


async def per_page(repeats: int, folder: Path, scenario, only: list[str]) -> None:
    """One trainee asks for each page `repeats` times in a row: the server CPU of one run of
    each page (its expanders closed, as a page is first drawn)."""
    import websockets
    from appdriver import TEST_SECRET_KEY, free_port, start_server, stop, wait_until_up

    from secondstory.storage import Store

    url = f"sqlite:///{folder / 'pages.db'}"
    store = Store(url, secret_key=TEST_SECRET_KEY.encode())
    token, working, done = prepared_attempts(store, scenario, "full")
    store.close()
    port = free_port()
    proc = start_server(url, port, folder / "pages.log")
    options = {"subprotocols": ["streamlit"], "max_size": None}
    print("| page | server CPU per run (ms) | run time, median (ms) | messages per run |")
    print("|---|---|---|---|")
    try:
        wait_until_up(f"http://127.0.0.1:{port}", proc)
        async with websockets.connect(f"ws://127.0.0.1:{port}/_stcore/stream", **options) as ws:
            hashes: dict[str, str] = {}
            tab = Tab(ws, f"session={token}&attempt={working.id}", hashes)
            await tab.run("")
            if not tab.signed_in:
                raise RuntimeError("the trainee is not signed in: nothing would be measured")
            for page in only or ["", *WALK]:
                tab.query = (
                    f"session={token}&attempt={(done if page == 'comparison' else working).id}"
                )
                await tab.run(page)  # the first run of a page fills its caches
                tab.times.clear()
                cpu = cpu_seconds(proc.pid)
                for _ in range(repeats):
                    await tab.run(page)
                cpu = cpu_seconds(proc.pid) - cpu
                median = statistics.median(tab.times) * 1000
                print(
                    f"| {page or 'library'} | {cpu / repeats * 1000:.0f} | {median:.0f} "
                    f"| {tab.messages} |"
                )
    finally:
        stop(proc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", default="25,50,100")
    parser.add_argument("--think", type=float, default=5.0, help="seconds between actions")
    parser.add_argument("--seconds", type=float, default=60.0, help="length of each run")
    parser.add_argument(
        "--pages", type=int, default=0, help="instead: one trainee, each page this many times"
    )
    parser.add_argument("--only", default="", help="with --pages: these pages, by address")
    args = parser.parse_args()
    library = loading.load_library(ROOT / "scenarios", warnings=False)
    largest = max(library.scenarios.values(), key=lambda s: len(s.chronology))
    with tempfile.TemporaryDirectory() as tmp:
        if args.pages:
            print(f"{largest.id} ({len(largest.chronology)} entries)\n")
            only = [p for p in args.only.split(",") if p]
            asyncio.run(per_page(args.pages, Path(tmp), largest, only))
            return 0
        print(
            f"{largest.id} ({len(largest.chronology)} entries); think time about "
            f"{args.think:.0f} s; {args.seconds:.0f} s a run\n"
        )
        print(
            "| trainees | actions | actions per second | timed out | median (ms) "
            "| 95th pct (ms) | server CPU per action (ms) | server busy |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for count in (int(c) for c in args.users.split(",") if c):
            asyncio.run(crowd(count, args.think, args.seconds, Path(tmp), largest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
