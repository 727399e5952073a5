"""Precision and recall of the language coach on a labelled set of sentences.

A set is a list of dicts: `text`, `kinds` (the kinds an experienced trainer of reviewers would
flag; empty when the sentence is fine), `field` ("analysis" or "finding") and `names` (the case's
people, passed to the coach only for finding text, where names do not belong). A sentence counts
as flagged when the coach gives it any flag; `kind_agreement` is the share of rightly flagged
sentences where one of the coach's kinds is one of the labelled kinds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from secondstory.coach import coach


@dataclass(frozen=True)
class Measure:
    sentences: int
    true_positives: int
    false_positives: int
    false_negatives: int
    kind_agreement: float

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def measure(sentences: Iterable[Mapping]) -> Measure:
    total = tp = fp = fn = agree = 0
    for item in sentences:
        total += 1
        names = item.get("names", []) if item.get("field") == "finding" else []
        kinds = {f.kind for f in coach(item["text"], names)}
        wanted = set(item["kinds"])
        if kinds and wanted:
            tp += 1
            agree += bool(kinds & wanted)
        elif kinds:
            fp += 1
        elif wanted:
            fn += 1
    return Measure(total, tp, fp, fn, agree / tp if tp else 1.0)
