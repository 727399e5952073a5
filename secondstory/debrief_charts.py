"""The debrief's charts as data: horizontal bars, stacked by segment, each with its table.

The page draws them with Altair (components/debrief_views.py) and the debrief pack as SVG
(secondstory/debrief_pack.py), from the same `Chart`: labels are horizontal and whole, so they
can be read when projected, and every chart has a table with the same figures.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from secondstory.debrief import Debrief
from secondstory.divergence import Point
from secondstory.vocabulary import CATEGORY_SHORT, RATINGS


@dataclass(frozen=True)
class Bar:
    label: str
    segments: tuple[tuple[str, float], ...]

    @property
    def total(self) -> float:
        return sum(value for _, value in self.segments)


@dataclass(frozen=True)
class Chart:
    title: str
    caption: str
    measure: str
    bars: tuple[Bar, ...]
    segments: tuple[str, ...]
    table: tuple[dict[str, object], ...]
    scale_max: float | None = None


def found_chart(result: Debrief) -> Chart:
    return Chart(
        title="Expert episodes found",
        caption="How many of the group chose each of the expert's key practice episodes.",
        measure="Trainees",
        bars=tuple(
            Bar(f.title, (("Found", f.found), ("Not found", f.of - f.found))) for f in result.found
        ),
        segments=("Found", "Not found"),
        table=tuple(
            {"expert episode": f.title, "found by": f.found, "of": f.of} for f in result.found
        ),
    )


def ratings_chart(result: Debrief) -> Chart:
    titles = list(dict.fromkeys(r.title for r in result.ratings))
    given = Counter({(r.title, RATINGS.get(r.rating, r.rating)): r.count for r in result.ratings})
    segments = tuple(RATINGS.values())
    expert = {
        r.title: RATINGS.get(r.expert_rating, r.expert_rating)
        + (f" (or {RATINGS[r.expert_alternative]})" if r.expert_alternative else "")
        for r in result.ratings
    }
    return Chart(
        title="Appraisal ratings against the expert's",
        caption="The ratings the group gave each expert episode; the table gives the expert's.",
        measure="Trainees",
        bars=tuple(
            Bar(t, tuple((s, given[(t, s)]) for s in segments if given[(t, s)])) for t in titles
        ),
        segments=segments,
        table=tuple(
            {
                "expert episode": r.title,
                "rating given": RATINGS.get(r.rating, r.rating),
                "trainees": r.count,
                "expert's rating": expert[r.title],
            }
            for r in result.ratings
        ),
    )


HINDSIGHT_SEGMENTS = {
    "same": "Rating held",
    "harsher": "Harsher",
    "kinder": "Kinder",
    "other": "Other change",
}


def hindsight_chart(result: Debrief) -> Chart:
    return Chart(
        title="Ratings after the outcome was revealed",
        caption="Per expert episode, the trainees who re-appraised it once they knew the outcome, "
        "and which way their rating moved. Harsher ratings after a bad outcome are the mark of "
        "outcome (hindsight) bias.",
        measure="Trainees",
        bars=tuple(
            Bar(
                row.title,
                tuple(
                    (label, getattr(row, field))
                    for field, label in HINDSIGHT_SEGMENTS.items()
                    if getattr(row, field)
                ),
            )
            for row in result.hindsight
        ),
        segments=tuple(HINDSIGHT_SEGMENTS.values()),
        table=tuple(
            {
                "expert episode": row.title,
                "re-appraised": row.revised,
                **{label: getattr(row, field) for field, label in HINDSIGHT_SEGMENTS.items()},
            }
            for row in result.hindsight
        ),
    )


def confusion_chart(result: Debrief) -> Chart:
    short = CATEGORY_SHORT.get
    experts = list(
        dict.fromkeys(short(c.expert_category, c.expert_category) for c in result.confusion)
    )
    cells = Counter(
        {
            (
                short(c.expert_category, c.expert_category),
                short(c.trainee_category, c.trainee_category),
            ): c.count
            for c in result.confusion
        }
    )
    segments = tuple(CATEGORY_SHORT.values())
    return Chart(
        title="Category confusion",
        caption="For the factors paired with the expert's, by the expert factor's category: the "
        "category the group put them in.",
        measure="Factors",
        bars=tuple(
            Bar(e, tuple((s, cells[(e, s)]) for s in segments if cells[(e, s)])) for e in experts
        ),
        segments=segments,
        table=tuple(
            {
                "expert category": short(c.expert_category, c.expert_category),
                "trainees' category": short(c.trainee_category, c.trainee_category),
                "factors": c.count,
            }
            for c in result.confusion
        ),
    )


def findings_chart(result: Debrief) -> Chart:
    return Chart(
        title="Findings by category",
        caption="How many of the group wrote a finding in each category, beside the number of "
        "the reference's findings in it.",
        measure="Trainees",
        bars=tuple(
            Bar(
                CATEGORY_SHORT[row.category],
                (("Wrote one", row.trainees), ("Did not", row.of - row.trainees)),
            )
            for row in result.finding_categories
        ),
        segments=("Wrote one", "Did not"),
        table=tuple(
            {
                "category": CATEGORY_SHORT[row.category],
                "reference findings": row.reference,
                "trainees with a finding in it": row.trainees,
                "of": row.of,
                "findings": row.findings,
            }
            for row in result.finding_categories
        ),
    )


def diverged_chart(points: list[Point]) -> Chart:
    return Chart(
        title="Where we diverged",
        caption="Each discussion point's disagreement, most first (0 to 100%: see the table for "
        "what it measures).",
        measure="Disagreement (%)",
        bars=tuple(
            Bar(f"{p.kind_label}: {p.title}", (("Disagreement", round(100 * p.disagreement)),))
            for p in points
        ),
        segments=("Disagreement",),
        table=tuple(
            {
                "kind": p.kind_label,
                "about": p.title,
                "figure": p.detail,
                "disagreement": f"{p.disagreement:.0%}",
            }
            for p in points
        ),
        scale_max=100,
    )


def all_charts(result: Debrief, points: list[Point]) -> list[Chart]:
    """Every chart of the debrief, in the order of the page and the pack."""
    return [
        diverged_chart(points),
        found_chart(result),
        ratings_chart(result),
        hindsight_chart(result),
        confusion_chart(result),
        findings_chart(result),
    ]
