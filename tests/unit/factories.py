"""Valid scenarios of any size for tests: `make_scenario(entries=40, episodes=8)`.

The scenario is built from plain data, validated by the models and the cross-checks (so a change
to the format that the factory does not follow fails loudly), and is deterministic. Layout:
entries run one a day from the start of the period; the last two are known only later (an
injury and the hospital's response). Expert episodes are contiguous runs of entries with one
entry left out between them; every second episode names its first entry as core. Ratings cycle
good practice, in line, below expectations; in-line episodes accept good practice as an
alternative. Each episode has two factors (the second with an alternative category); findings
cycle through the categories.
"""

from __future__ import annotations

import datetime as dt

from secondstory import crosschecks
from secondstory.models import Scenario
from secondstory.vocabulary import CATEGORIES, RATING_ORDER

CATEGORY_IDS = list(CATEGORIES)
LATER_ENTRIES = 2
START = dt.date(2025, 1, 1)


def episode_spans(entries: int, episodes: int) -> list[list[str]]:
    """The entry ids of each expert episode, as `make_scenario` lays them out."""
    usable = entries - LATER_ENTRIES
    if usable < 2 * episodes - 1:
        raise ValueError(f"{entries} entries cannot hold {episodes} separate episodes")
    size = (usable + 1) // episodes - 1
    spans, cursor = [], 0
    for _ in range(episodes):
        spans.append([f"e{i + 1:02d}" for i in range(cursor, cursor + size)])
        cursor += size + 1
    return spans


def make_scenario(
    entries: int = 12, episodes: int = 3, findings: int = 3, ident: str = "generated"
) -> Scenario:
    spans = episode_spans(entries, episodes)
    usable = entries - LATER_ENTRIES
    period_end = START + dt.timedelta(days=usable + 1)
    chronology = []
    for i in range(entries):
        later = i >= usable
        title = (
            ["Baby admitted with an injury", "Hospital safeguarding referral"][i - usable]
            if later
            else f"Contact {i + 1} with the family about feeding and sleep"
        )
        chronology.append(
            {
                "id": f"e{i + 1:02d}",
                "date": (START + dt.timedelta(days=i + (3 if later else 0))).isoformat(),
                "agency": "hv" if i % 2 == 0 else "csc",
                "people": ["mia", "jo"],
                "title": title,
                "what_happened": f"What happened at contact {i + 1}.",
                "known_later": later,
            }
        )
    expert_episodes = []
    for k, span in enumerate(spans):
        rating = RATING_ORDER[k % 3]
        expert_episodes.append(
            {
                "id": f"kpe{k + 1}",
                "title": f"Expert episode {k + 1}",
                "entries": span,
                "core_entries": [span[0]] if k % 2 == 1 else [],
                "why_key": f"Why episode {k + 1} is key.",
                "appraisal": {
                    "rating": rating,
                    "alternative": "good_practice" if rating == "in_line" else None,
                    "reasoning": f"Judged by what was known then, episode {k + 1} was reasonable.",
                },
                "local_rationality": "Why it made sense at the time.",
                "factors": [
                    {
                        "id": f"f{k + 1}a",
                        "category": CATEGORY_IDS[k % 6],
                        "prompt_area": "working_conditions",
                        "statement": f"A heavy caseload left little time for visit {k + 1}.",
                        "evidence": [span[0], "c-hv.influences"],
                    },
                    {
                        "id": f"f{k + 1}b",
                        "category": CATEGORY_IDS[(k + 1) % 6],
                        "alternative_categories": [CATEGORY_IDS[(k + 3) % 6]],
                        "prompt_area": "family",
                        "statement": f"The mother's warmth reassured the team in episode {k + 1}.",
                        "evidence": [span[-1], "r01"],
                    },
                ],
                "commentary": f"What to learn from episode {k + 1}.",
            }
        )
    data = {
        "format_version": 1,
        "id": ident,
        "title": "A generated case",
        "summary": "A case generated for tests.",
        "difficulty": "introductory",
        "minutes": 30,
        "content_notes": ["Physical injury to an infant"],
        "learning_objectives": ["Practise the method"],
        "review_context": {"kind": "learning_exercise", "description": "For tests."},
        "setting": {
            "area": "Testbridge (fictional)",
            "period": {"start": START.isoformat(), "end": period_end.isoformat()},
        },
        "people": {
            "family": [
                {"id": "mia", "name": "Mia", "relationship": "subject child", "subject": True},
                {"id": "jo", "name": "Jo Marsh", "relationship": "mother"},
            ],
            "practitioners": [
                {"id": "hvp", "name": "Priya Shah", "role": "Health visitor", "agency": "hv"},
                {"id": "swp", "name": "Dr Tom Reed", "role": "Social worker", "agency": "csc"},
            ],
        },
        "agencies": [
            {"id": "hv", "name": "Testbridge Health Visiting", "type": "health_visiting"},
            {
                "id": "csc",
                "name": "Testbridge Children's Services",
                "type": "childrens_social_care",
            },
        ],
        "chronology": chronology,
        "records": [
            {
                "id": "r01",
                "type": "case_note",
                "title": "Case note",
                "agency": "hv",
                "date": START.isoformat(),
                "author": "hvp",
                "entries": ["e01"],
                "text": "Visit completed; mother engaged well.",
            }
        ],
        "conversations": [
            {
                "id": "c-hv",
                "practitioner": "hvp",
                **{
                    part: {"text": f"The health visitor on {part}."}
                    for part in (
                        "overview",
                        "turning_points",
                        "thinking",
                        "influences",
                        "went_well",
                        "would_change",
                    )
                },
            }
        ],
        "outcome": "The baby was admitted to hospital with an injury and recovered.",
        "expert": {
            "episodes": expert_episodes,
            "findings": [
                {
                    "id": f"fd{j + 1}",
                    "statement": f"Workers across agencies tend to read pattern {j + 1} as reassurance.",
                    "category": CATEGORY_IDS[j % 6],
                    "case_evidence": "How it showed up in this case.",
                    "not_one_off": "Staff say this is usual; the audit agrees.",
                    "why_it_matters": "Risk to children can go unseen.",
                    "questions": ["How does the partnership know this is happening?"],
                    "episodes": [expert_episodes[j % len(expert_episodes)]["id"]],
                }
                for j in range(findings)
            ],
            "synonyms": {"caseload": ["workload", "too many cases"]},
        },
    }
    scenario = Scenario.model_validate(data)
    problems = crosschecks.check(scenario)
    if problems:
        raise AssertionError(f"factory scenario is not valid: {problems}")
    return scenario
