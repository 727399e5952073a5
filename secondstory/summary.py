"""Facts about a scenario used by the library, the validator's JSON and the benchmarks."""

from __future__ import annotations

from secondstory.models import Scenario


def scenario_counts(scenario: Scenario) -> dict:
    """The `counts` object of `validate --json` (a contract: keys and types are fixed)."""
    expert = scenario.expert
    factors = [factor for episode in expert.episodes for factor in episode.factors]
    categories: list[str] = []
    for category in [f.category for f in factors] + [f.category for f in expert.findings]:
        if category not in categories:
            categories.append(category)
    return {
        "events": len(scenario.chronology),
        "documents": len(scenario.records),
        "conversations": len(scenario.conversations),
        "people": len(scenario.people.family) + len(scenario.people.practitioners),
        "agencies": len(scenario.agencies),
        "expert_episodes": len(expert.episodes),
        "expert_factors": len(factors),
        "findings": len(expert.findings),
        "categories": categories,
        "practice_conversations": sum(1 for c in scenario.conversations if c.practice_ready),
    }
