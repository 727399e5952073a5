"""Marking figures: the adversarial table of docs/marking.md, agreement with the human bands,
the language coach on its labelled sets, and timings. Not part of `make test`.

Run: .venv/bin/python benchmarks/marking.py
"""

from __future__ import annotations

import importlib
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from secondstory import loading  # noqa: E402
from secondstory.coach_measure import measure  # noqa: E402
from secondstory.marking import score  # noqa: E402
from secondstory.marking.rules import scenario_index  # noqa: E402
from tests.unit.adversarial import blank, generic  # noqa: E402

LOAD = "import time; t=time.perf_counter(); from secondstory.embedding import model; "
LOAD += "model(); print(time.perf_counter()-t)"


def cell(feedback) -> str:
    s = feedback.stages
    return f"{feedback.overall:.2f} / {s['factors'].score:.2f} / {s['findings'].score:.2f}"


def adversarial_table(library) -> None:
    print('| scenario | generic | blank "x" | inverted | paraphrase |')
    print("|---|---|---|---|---|")
    for sid, scenario in sorted(library.scenarios.items()):
        stored = {s.id: s.analysis for s in scenario.samples}
        cells = [cell(score(scenario, a)) for a in (generic(scenario), blank(scenario))]
        cells += [
            cell(score(scenario, stored[k])) if k in stored else "-"
            for k in ("inverted", "paraphrase")
        ]
        print(f"| {sid} | " + " | ".join(cells) + " |")


def band_agreement(library) -> None:
    inside = total = 0
    for scenario in library.scenarios.values():
        for sample in scenario.samples:
            feedback = score(scenario, sample.analysis)
            checks = [(feedback.overall, sample.band)]
            checks += [(feedback.stages[k].score, b) for k, b in sample.stage_bands.items()]
            total += len(checks)
            inside += sum(1 for value, b in checks if b.min <= value <= b.max)
    print(f"\nhuman bands met exactly: {inside} of {total}")


def coach_sets() -> None:
    print()
    from tests.unit.test_coach_sets import SETS

    for name in SETS:
        found = measure(importlib.import_module(f"tests.unit.{name}").SENTENCES)
        print(
            f"coach on {name:<26} precision {found.precision:.3f}  recall {found.recall:.3f}  "
            f"kinds agree {found.kind_agreement:.3f}  ({found.sentences} sentences)"
        )


def timings(library) -> None:
    seconds = float(
        subprocess.run(
            [sys.executable, "-c", LOAD], capture_output=True, text=True, cwd=ROOT, check=True
        ).stdout
    )
    print(f"\nmodel load (once per process): {seconds:.2f} s (target < 1 s)")
    largest = max(library.scenarios.values(), key=lambda s: len(s.chronology))
    scenario_index(largest)
    first, again, first_cpu = [], [], []
    for sample in largest.samples:
        started, cpu = time.perf_counter(), time.thread_time()
        score(largest, sample.analysis)
        first.append(time.perf_counter() - started)
        first_cpu.append(time.thread_time() - cpu)
        started = time.perf_counter()
        score(largest, sample.analysis)
        again.append(time.perf_counter() - started)
    print(
        f"score one analysis of {largest.id}: first time {statistics.median(first) * 1000:.0f} ms"
        f" (max {max(first) * 1000:.0f} ms; CPU {statistics.median(first_cpu) * 1000:.0f} ms,"
        f" max {max(first_cpu) * 1000:.0f} ms), again {statistics.median(again) * 1000:.0f} ms"
        " (target < 50 ms; CPU time is the figure that holds on a busy machine)"
    )


def main() -> None:
    library = loading.load_library(ROOT / "scenarios")
    adversarial_table(library)
    band_agreement(library)
    coach_sets()
    timings(library)


if __name__ == "__main__":
    main()
