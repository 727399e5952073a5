"""Conversation practice: script time to answer one question (the core's part of the page run:
cleaning, the question's style, matching by meaning to every intent and distractor, the reply,
recording it). Target: under 50 ms a question, judged on the 95th percentile of 24 questions per
conversation (the worst is printed too: on a shared machine one run can wait for the CPU).
Not part of `make test`.

Run: .venv/bin/python benchmarks/conversation.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from secondstory import interview, loading, workflow  # noqa: E402

QUESTIONS = [
    "Can you tell me what the children were like at breakfast club?",
    "What moments changed the way you saw things?",
    "What did you think was happening for Tanya and the children back then?",
    "What made it easier or harder to record your worries?",
    "Why didn't you refer them to social care?",
    "Looking back, wasn't it obvious they were neglected?",
    "Did you speak to the social worker about the log?",
    "What's your favourite football team?",
]
TARGET_MS = 50


def main() -> int:
    library = loading.load_library(ROOT / "scenarios")
    cases = [s for s in library.scenarios.values() if interview.practice_available(s)]
    missed = False
    for scenario in cases:
        for item in scenario.conversations:
            analysis = workflow.new_analysis(scenario)
            first_started = time.perf_counter()
            interview.ask(analysis, scenario, item.id, QUESTIONS[0])  # the first question
            first = (time.perf_counter() - first_started) * 1000
            runs = []
            for number, question in enumerate(QUESTIONS * 3):
                # A new wording each time, so that no cached reading of the text is reused.
                started = time.perf_counter()
                analysis, _ = interview.ask(analysis, scenario, item.id, f"{question} ({number})")
                runs.append((time.perf_counter() - started) * 1000)
            p95 = statistics.quantiles(runs, n=20)[-1]
            verdict = "ok" if p95 < TARGET_MS else "MISSED"
            missed |= p95 >= TARGET_MS
            print(
                f"{scenario.id:<30} {item.id:<10} first {first:5.1f} ms  median "
                f"{statistics.median(runs):5.1f}  p95 {p95:5.1f}  worst {max(runs):5.1f} ms   "
                f"target p95 < {TARGET_MS} ms {verdict}"
            )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
