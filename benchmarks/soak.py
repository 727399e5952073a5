"""Server CPU per trainee action and memory over a long run, with a real server and chromium.

A trainee opens the largest case (their attempt holds the expert's reference analysis, so
every stage has its answer boxes, factors and findings) and walks its pages (case file, the
four stages, My work, the Library) again and again for the given minutes, rewriting one
appraisal on each round (typed, saved, confirmed) and loading the address afresh every few
rounds (a new session; the old one ends), as trainees come and go. The server's CPU time per
action is read from /proc (user + system time of the server process), and its resident memory
is sampled as it goes, so a growing footprint shows. Run it with Streamlit's after-run garbage
collection on and off to compare (the app's config turns it off). Not part of `make test`.

Run: .venv/bin/python benchmarks/soak.py --minutes 30 [--new-session-every 10] [--post-script-gc]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from benchmarks.run import _rss_kib  # noqa: E402

PAGES = [
    "Case file",
    "1. Key practice episodes",
    "2. Appraisal",
    "3. Explaining practice",
    "4. Findings",
    "My work",
    "Library",
]
TYPED_ON = "2. Appraisal"
REASONING = "Reasoning, as practice could be judged at the time"


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    from playwright.sync_api import expect, sync_playwright

    from benchmarks.browser import served
    from secondstory import loading
    from tests.e2e.appdriver import (
        CHROMIUM,
        CHROMIUM_ARGS,
        act,
        answer_box,
        box_status,
        goto,
        prepare,
        stop,
    )

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--new-session-every", type=int, default=10, help="rounds")
    parser.add_argument("--post-script-gc", action="store_true", help="Streamlit's default")
    args = parser.parse_args()
    os.environ["STREAMLIT_RUNNER_POST_SCRIPT_GC"] = "true" if args.post_script_gc else "false"
    library = loading.load_library(ROOT / "scenarios")
    largest = max(library.scenarios.values(), key=lambda s: len(s.chronology))
    with tempfile.TemporaryDirectory() as tmp:
        proc, base, (token, working, _done, _ready) = served(
            Path(tmp), ROOT / "scenarios", largest, "soak"
        )
        address = f"{base}/?session={token}&attempt={working}"
        try:
            per_action: list[float] = []
            memory: list[tuple[float, int]] = []
            rounds = sessions = 0
            with sync_playwright() as play:
                browser = play.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
                prepare(page)
                began = time.monotonic()
                while time.monotonic() - began < args.minutes * 60:
                    if rounds % args.new_session_every == 0:
                        goto(page, address)
                        sessions += 1
                    for name in PAGES:
                        link = page.get_by_role("link", name=name).first
                        before = cpu_seconds(proc.pid)
                        act(page, link.click)
                        per_action.append(cpu_seconds(proc.pid) - before)
                        if name == TYPED_ON:
                            area = answer_box(page, REASONING)
                            area.fill(f"Round {rounds}: judged by what was known at the time.")
                            area.press("Tab")
                            expect(box_status(area)).to_have_text("Saved")
                    rounds += 1
                    memory.append((time.monotonic() - began, _rss_kib(proc.pid)))
                browser.close()
        finally:
            stop(proc)
    print(f"{largest.id}: {rounds} rounds, {sessions} sessions, an appraisal saved each round")
    gc = "on" if args.post_script_gc else "off"
    ms = statistics.median(per_action) * 1000
    print(f"after-run GC {gc}: {len(per_action)} actions in {args.minutes:g} min")
    print(f"server CPU per action: median {ms:.0f} ms (target <= 50 ms)")
    third = max(1, len(memory) // 3)
    early = statistics.median(kib for _, kib in memory[:third]) / 1024
    late = statistics.median(kib for _, kib in memory[-third:]) / 1024
    print(f"server memory: {early:.0f} MiB in the first third, {late:.0f} MiB in the last third")
    return 0


if __name__ == "__main__":
    sys.exit(main())
