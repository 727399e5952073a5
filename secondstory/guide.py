"""Guided mode's teaching text, matched to the case: what each stage asks, how many episodes
suit this case, and a worked example.

The text is the product's own wording of the method (see docs and the Method page). A worked
example is the case's own when it has one for the stage (`expert.worked_examples`); otherwise it
is drawn from the tutorial's expert reference, so it stays consistent with it. The tutorial
itself needs its own: its expert reference is the answer the trainee is working towards.
"""

from __future__ import annotations

from dataclasses import dataclass

from secondstory.models import Scenario
from secondstory.vocabulary import CATEGORIES, PROMPT_AREAS, RATINGS

TUTORIAL_ID = "tutorial-nursery-concerns"

# What each stage asks; `stage_intro` fills in {size}, this case's episode count.
STAGE_INTROS: dict[str, str] = {
    "episodes": (
        "A key practice episode is a point, or a short period, that mattered to how the case "
        "developed or was handled. Episodes are neutral: good practice is as much a key episode "
        "as practice that fell short. Choose a selection, not the whole history: {size} suit "
        "this case. For each, say why it is key."
    ),
    "appraisal": (
        "Appraise practice in each episode against what could reasonably be expected, judged by "
        "what was known and the guidance in force at the time. Name good practice too. If you "
        "cannot judge yet, say so. Entries known only later stay hidden until every episode is "
        "appraised, to protect you from hindsight."
    ),
    "factors": (
        "Explain practice: what made it make sense at the time (the local rationality) and which "
        "contributory factors made good practice easier or harder. Look beyond the person nearest "
        "the event: the family, the worker's role and conditions, the team, the inter-agency "
        "network, management and culture, the wider context. Place each factor in one of the six "
        "categories of underlying patterns, and cite the evidence it rests on."
    ),
    "findings": (
        "Move from the case to the system. A finding names a pattern that will recur in other "
        "cases, not a verdict on a person. Give the finding statement, how it showed up in this "
        "case, how we know it is not a one-off, why it matters for children, and questions for "
        "the safeguarding partnership to consider rather than prescriptive recommendations."
    ),
}


_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _number(value: int) -> str:
    return _NUMBERS[value] if value < len(_NUMBERS) else str(value)


def episode_range(scenario: Scenario) -> tuple[int, int]:
    """How many key practice episodes suit this case: about as many as its expert chose, one
    either side (reviewers select differently, but a far longer list is a retelling)."""
    count = len(scenario.expert.episodes)
    return max(1, count - 1), count + 1


def episode_size(scenario: Scenario) -> str:
    """This case's episode count in words, e.g. 'about six to eight'."""
    low, high = episode_range(scenario)
    return f"about {_number(low)} to {_number(high)}"


def stage_intro(stage: str, scenario: Scenario) -> str:
    """What the stage asks, in the words of this case (stage 1 says how many episodes suit it)."""
    return STAGE_INTROS[stage].format(size=episode_size(scenario))


@dataclass(frozen=True)
class WorkedExample:
    heading: str
    lines: tuple[tuple[str, str], ...]  # (label, text) pairs, shown literally


def worked_example(
    stage: str, scenario: Scenario, tutorial: Scenario | None
) -> WorkedExample | None:
    """The case's own worked example for the stage, or else one from the tutorial's expert
    reference (never on the tutorial itself, where that would be the answer)."""
    own = next((w for w in scenario.expert.worked_examples if w.stage == stage), None)
    if own is not None:
        return WorkedExample(own.heading, tuple((p.label, p.text) for p in own.parts))
    if tutorial is None or tutorial.id == scenario.id or not tutorial.expert.episodes:
        return None
    episode = tutorial.expert.episodes[0]
    source = f"From the tutorial case '{tutorial.title}'"
    if stage == "episodes":
        return WorkedExample(
            source,
            (
                ("Episode", episode.title),
                ("Entries", ", ".join(episode.entries)),
                ("Why it is key", episode.why_key),
            ),
        )
    if stage == "appraisal":
        return WorkedExample(
            source,
            (
                ("Episode", episode.title),
                ("Appraisal", RATINGS[episode.appraisal.rating]),
                ("Reasoning at the time", episode.appraisal.reasoning),
            ),
        )
    if stage == "factors":
        factor = episode.factors[0]
        return WorkedExample(
            source,
            (
                ("Episode", episode.title),
                ("Local rationality", episode.local_rationality),
                ("Factor category", CATEGORIES[factor.category]),
                ("Prompt area", PROMPT_AREAS[factor.prompt_area]),
                ("Factor", factor.statement),
            ),
        )
    if stage == "findings" and tutorial.expert.findings:
        finding = tutorial.expert.findings[0]
        return WorkedExample(
            source,
            (
                ("Finding", finding.statement),
                ("Category", CATEGORIES[finding.category]),
                ("In this case", finding.case_evidence),
                ("Not a one-off", finding.not_one_off),
                ("Why it matters", finding.why_it_matters),
                ("Questions for the partnership", " / ".join(finding.questions)),
            ),
        )
    return None


def hint_keys(scenario: Scenario, stage: str) -> list[tuple[str, str]]:
    """The scenario's hints for a stage as (key recorded when used, text)."""
    return [
        (f"{stage}:{index}", hint.text)
        for index, hint in enumerate(h for h in scenario.expert.hints if h.stage == stage)
    ]
