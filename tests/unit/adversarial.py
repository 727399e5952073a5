"""Adversarial analyses made from a scenario's own reference: its skeleton (the same episodes,
ratings, categories and evidence) with the text replaced. A marker that rewards structure alone
gives these nearly full marks; one that reads meaning gives them little for factors and findings.
"""

from __future__ import annotations

from itertools import cycle

from secondstory.models import Analysis, Scenario
from secondstory.reference import reference_analysis

# Method jargon that fits any case and says nothing about this one.
GENERIC = (
    "Communication between agencies was poor and information sharing was not effective.",
    "There were systemic issues in multi-agency working and a lack of professional curiosity.",
    "Workload pressures and organisational culture affected the quality of practice.",
    "Practitioners needed a better understanding of safeguarding risk and thresholds.",
    "The family's engagement with services affected how the case was managed.",
    "Partnership working and escalation processes were not robust enough.",
)
GENERIC_QUESTIONS = (
    "How can the partnership improve multi-agency working?",
    "What assurance does the board have about information sharing?",
)


def skeleton_with(scenario: Scenario, text: str | None, questions: tuple[str, ...]) -> Analysis:
    """The reference with every text replaced: by `text`, or (None) by generic jargon in turn."""
    reference = reference_analysis(scenario)
    lines = cycle(GENERIC)

    def say() -> str:
        return text if text is not None else next(lines)

    episodes = [
        e.model_copy(
            update={
                "why_key": say(),
                "local_rationality": say(),
                "appraisal": e.appraisal.model_copy(update={"reasoning": say()}),
                "factors": [f.model_copy(update={"statement": say()}) for f in e.factors],
            }
        )
        for e in reference.episodes
    ]
    findings = [
        f.model_copy(
            update={
                "statement": say(),
                "case_evidence": say(),
                "not_one_off": say(),
                "why_it_matters": say(),
                "questions": list(questions),
            }
        )
        for f in reference.findings
    ]
    return reference.model_copy(update={"episodes": episodes, "findings": findings})


def generic(scenario: Scenario) -> Analysis:
    return skeleton_with(scenario, None, GENERIC_QUESTIONS)


def blank(scenario: Scenario) -> Analysis:
    return skeleton_with(scenario, "x", ("x",))


def empty_text(scenario: Scenario) -> Analysis:
    return skeleton_with(scenario, "", ())
