"""Checks across a whole scenario that the per-field models cannot make.

Each check returns problems as (key path, message); the loader turns the path into a line of the
author's file. Checks: ids unique, every reference resolves, dates in order and in the period,
at least one good-practice episode, categories of findings valid, synonyms and key points the
marking can use (the models check the rest).
"""

from __future__ import annotations

from collections.abc import Iterator

from secondstory.matching import compile_synonyms, content_words
from secondstory.models import Scenario
from secondstory.vocabulary import CONVERSATION_PARTS

Problem = tuple[tuple[str | int, ...], str]


def check(scenario: Scenario) -> list[Problem]:
    problems: list[Problem] = []
    problems += _unique_ids(scenario)
    problems += _references(scenario)
    problems += _dates(scenario)
    problems += _reference_balance(scenario)
    problems += _synonyms(scenario)
    problems += _key_points(scenario)
    return problems


def _id_owners(scenario: Scenario) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every authored id with the path of the item that declares it."""
    for i, person in enumerate(scenario.people.family):
        yield ("people", "family", i, "id"), person.id
    for i, person in enumerate(scenario.people.practitioners):
        yield ("people", "practitioners", i, "id"), person.id
    for i, agency in enumerate(scenario.agencies):
        yield ("agencies", i, "id"), agency.id
    for i, entry in enumerate(scenario.chronology):
        yield ("chronology", i, "id"), entry.id
    for i, record in enumerate(scenario.records):
        yield ("records", i, "id"), record.id
    for i, conversation in enumerate(scenario.conversations):
        yield ("conversations", i, "id"), conversation.id
    for i, episode in enumerate(scenario.expert.episodes):
        yield ("expert", "episodes", i, "id"), episode.id
        for j, factor in enumerate(episode.factors):
            yield ("expert", "episodes", i, "factors", j, "id"), factor.id
    for i, finding in enumerate(scenario.expert.findings):
        yield ("expert", "findings", i, "id"), finding.id
    for i, pitfall in enumerate(scenario.expert.pitfalls):
        yield ("expert", "pitfalls", i, "id"), pitfall.id
    for i, sample in enumerate(scenario.samples):
        yield ("samples", i, "id"), sample.id


def _unique_ids(scenario: Scenario) -> list[Problem]:
    first_seen: dict[str, tuple[str | int, ...]] = {}
    problems: list[Problem] = []
    for path, ident in _id_owners(scenario):
        if ident in first_seen:
            where = _describe(first_seen[ident])
            problems.append((path, f"duplicate id '{ident}' (already used at {where})"))
        else:
            first_seen[ident] = path
    return problems


def _describe(path: tuple[str | int, ...]) -> str:
    return "".join(
        f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in enumerate(path)
    )


def evidence_ids(scenario: Scenario) -> set[str]:
    """Every id a factor may cite as evidence: entries, records and conversation parts."""
    ids = {entry.id for entry in scenario.chronology} | {record.id for record in scenario.records}
    for conversation in scenario.conversations:
        ids.update(f"{conversation.id}.{part}" for part in CONVERSATION_PARTS)
    return ids


def _references(scenario: Scenario) -> list[Problem]:
    people = {p.id for p in scenario.people.family} | {p.id for p in scenario.people.practitioners}
    practitioners = {p.id for p in scenario.people.practitioners}
    agencies = {a.id for a in scenario.agencies}
    entries = {e.id for e in scenario.chronology}
    evidence = evidence_ids(scenario)
    episodes = {e.id for e in scenario.expert.episodes}
    problems: list[Problem] = []

    def need(path: tuple[str | int, ...], value: str | None, known: set[str], what: str) -> None:
        if value is not None and value not in known:
            problems.append((path, f"unknown {what} '{value}'"))

    for i, person in enumerate(scenario.people.practitioners):
        need(("people", "practitioners", i, "agency"), person.agency, agencies, "agency")
    for i, entry in enumerate(scenario.chronology):
        need(("chronology", i, "agency"), entry.agency, agencies, "agency")
        for j, who in enumerate(entry.people):
            need(("chronology", i, "people", j), who, people, "person")
        for j, agency in enumerate(entry.known_to):
            need(("chronology", i, "known_to", j), agency, agencies, "agency")
    for i, record in enumerate(scenario.records):
        need(("records", i, "agency"), record.agency, agencies, "agency")
        need(("records", i, "author"), record.author, practitioners, "practitioner")
        for j, ref in enumerate(record.entries):
            need(("records", i, "entries", j), ref, entries, "chronology entry")
    for i, conversation in enumerate(scenario.conversations):
        need(
            ("conversations", i, "practitioner"),
            conversation.practitioner,
            practitioners,
            "practitioner",
        )
        for part in CONVERSATION_PARTS:
            for j, ref in enumerate(getattr(conversation, part).cites):
                need(("conversations", i, part, "cites", j), ref, entries, "chronology entry")
    if scenario.family_contribution:
        for j, who in enumerate(scenario.family_contribution.who):
            need(("family_contribution", "who", j), who, people, "person")
    for i, episode in enumerate(scenario.expert.episodes):
        base = ("expert", "episodes", i)
        for j, ref in enumerate(episode.entries):
            need((*base, "entries", j), ref, entries, "chronology entry")
        for j, ref in enumerate(episode.core_entries):
            if ref not in episode.entries:
                problems.append(
                    (
                        (*base, "core_entries", j),
                        f"core entry '{ref}' is not in the episode's entries",
                    )
                )
        for j, factor in enumerate(episode.factors):
            for k, ref in enumerate(factor.evidence):
                need((*base, "factors", j, "evidence", k), ref, evidence, "evidence")
    for i, finding in enumerate(scenario.expert.findings):
        for j, ref in enumerate(finding.episodes):
            need(("expert", "findings", i, "episodes", j), ref, episodes, "episode")
    for i, sample in enumerate(scenario.samples):
        if sample.band.min > sample.band.max:
            problems.append((("samples", i, "band"), "band min is greater than max"))
        if sample.analysis.scenario and sample.analysis.scenario != scenario.id:
            problems.append(
                (
                    ("samples", i, "analysis", "scenario"),
                    f"sample is for '{sample.analysis.scenario}'",
                )
            )
        base = ("samples", i, "analysis")
        sample_episodes = {e.id for e in sample.analysis.episodes if e.id}
        citable = evidence | {c.id for c in scenario.conversations}
        for j, episode in enumerate(sample.analysis.episodes):
            for k, ref in enumerate(episode.entries):
                need((*base, "episodes", j, "entries", k), ref, entries, "chronology entry")
            for k, factor in enumerate(episode.factors):
                for m, ref in enumerate(factor.evidence):
                    need(
                        (*base, "episodes", j, "factors", k, "evidence", m),
                        ref,
                        citable,
                        "evidence",
                    )
        for j, finding in enumerate(sample.analysis.findings):
            for k, ref in enumerate(finding.episodes):
                need((*base, "findings", j, "episodes", k), ref, sample_episodes, "sample episode")
    return problems


def _dates(scenario: Scenario) -> list[Problem]:
    period = scenario.setting.period
    problems: list[Problem] = []
    if period.start > period.end:
        problems.append((("setting", "period", "end"), "the period ends before it starts"))
    previous = None
    for i, entry in enumerate(scenario.chronology):
        stamp = (entry.date, entry.time or "")
        if previous is not None and stamp < previous:
            problems.append(
                (
                    ("chronology", i, "date"),
                    f"entry '{entry.id}' is out of date order (entries go oldest first)",
                )
            )
        previous = stamp
        if entry.date < period.start and not entry.background:
            problems.append(
                (
                    ("chronology", i, "date"),
                    f"entry '{entry.id}' is before the review period; mark it 'background: true'",
                )
            )
        if entry.date > period.end and not entry.known_later:
            problems.append(
                (
                    ("chronology", i, "date"),
                    f"entry '{entry.id}' is after the review period; mark it 'known_later: true'",
                )
            )
    seen_later = False
    for i, entry in enumerate(scenario.chronology):
        if entry.known_later:
            seen_later = True
        elif seen_later:
            problems.append(
                (
                    ("chronology", i, "known_later"),
                    f"entry '{entry.id}' comes after an entry known only later; mark it 'known_later: true'",
                )
            )
    return problems


def _reference_balance(scenario: Scenario) -> list[Problem]:
    ratings = [episode.appraisal.rating for episode in scenario.expert.episodes]
    if "good_practice" not in ratings:
        return [
            (
                ("expert", "episodes"),
                "no episode is appraised as good practice; the method asks for good practice too",
            )
        ]
    return []


def _synonyms(scenario: Scenario) -> list[Problem]:
    """A synonym the matcher cannot use (only common words such as 'the' or 'of')."""
    problems: list[Problem] = []
    for key, alternatives in scenario.expert.synonyms.items():
        for text in [key, *alternatives]:
            if not compile_synonyms({text: []}).table:
                problems.append(
                    (
                        ("expert", "synonyms", key),
                        f"synonym '{text}' has only common words, so marking cannot use it",
                    )
                )
    return problems


def _key_points(scenario: Scenario) -> list[Problem]:
    """A key point none of whose wordings is in the expert's own text: the marking counts a
    point only where the reference itself makes it, so the reference still scores 1."""
    problems: list[Problem] = []
    items: list[tuple[tuple[str | int, ...], str, list]] = []
    for e, episode in enumerate(scenario.expert.episodes):
        for f, factor in enumerate(episode.factors):
            path = ("expert", "episodes", e, "factors", f, "key_points")
            items.append((path, factor.statement, factor.key_points))
    for f, finding in enumerate(scenario.expert.findings):
        items.append(
            (("expert", "findings", f, "key_points"), finding.statement, finding.key_points)
        )
    for path, statement, points in items:
        said = set(content_words(statement))
        for k, point in enumerate(points):
            if not any(
                set(content_words(w)) <= said and content_words(w) for w in point.wordings()
            ):
                problems.append(
                    (
                        (*path, k),
                        f"key point '{point.point}' is not worded in the statement, so the "
                        "marking cannot use it: use the statement's own words (other wordings "
                        "go in its synonyms)",
                    )
                )
    return problems
