"""Views of a case for reading it: filters, what one agency knew, the hindsight guard.

All functions are pure: they take a scenario (and filter choices) and return what to show.
The hindsight guard is one rule used everywhere: entries (and records) known only later stay
hidden until the trainee has appraised every episode and chosen to reveal the outcome.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from secondstory.agency_view import as_seen, holds_record
from secondstory.memo import per_object, per_version
from secondstory.models import Conversation, Entry, Record, Scenario
from secondstory.vocabulary import CONVERSATION_PARTS


@dataclass(frozen=True)
class ChronologyFilter:
    """What the trainee chose to see. Empty fields mean 'no filter'."""

    text: str = ""
    agencies: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    seen_by: str | None = None  # "as one agency saw it": only what this agency knew at the time
    known_at: dt.date | None = None  # "known at the time": hide everything after this date
    show_later: bool = False  # the hindsight guard: entries known only later


@per_object()
def _index(scenario: Scenario) -> dict:
    people = {p.id: p.name for p in scenario.people.family}
    people.update({p.id: p.name for p in scenario.people.practitioners})
    return {
        "agency_names": {a.id: a.name for a in scenario.agencies},
        "people_names": people,
        "entries": {e.id: e for e in scenario.chronology},
        "records_by_entry": _records_by_entry(scenario),
        "conversations_by_entry": _conversations_by_entry(scenario),
        "search_text": {e.id: _search_text(e, people) for e in scenario.chronology},
    }


def _records_by_entry(scenario: Scenario) -> dict[str, list[Record]]:
    found: dict[str, list[Record]] = {}
    for record in scenario.records:
        for ref in record.entries:
            found.setdefault(ref, []).append(record)
    return found


def _conversations_by_entry(scenario: Scenario) -> dict[str, list[tuple[Conversation, str]]]:
    found: dict[str, list[tuple[Conversation, str]]] = {}
    for conversation in scenario.conversations:
        for part in CONVERSATION_PARTS:
            for ref in getattr(conversation, part).cites:
                pairs = found.setdefault(ref, [])
                if (conversation, part) not in pairs:
                    pairs.append((conversation, part))
    return found


def _search_text(entry: Entry, people: dict[str, str]) -> str:
    names = " ".join(people.get(p, p) for p in entry.people)
    return f"{entry.title} {entry.what_happened} {entry.recorded} {names}".casefold()


def agency_name(scenario: Scenario, agency_id: str) -> str:
    return _index(scenario)["agency_names"].get(agency_id, agency_id)


def person_name(scenario: Scenario, person_id: str) -> str:
    return _index(scenario)["people_names"].get(person_id, person_id)


def entry(scenario: Scenario, entry_id: str) -> Entry | None:
    return _index(scenario)["entries"].get(entry_id)


def knew_of(entry: Entry, agency_id: str) -> bool:
    """Whether an agency knew of an entry at the time (the agencies that made it always did)."""
    return agency_id in (entry.agency, *entry.joint_with, *entry.known_to)


def visible_entries(scenario: Scenario, choice: ChronologyFilter) -> list[Entry]:
    """The chronology entries to show for the trainee's filter choices, oldest first."""
    search = _index(scenario)["search_text"]
    needle = choice.text.strip().casefold()
    shown = []
    for item in scenario.chronology:
        if item.known_later and not choice.show_later:
            continue
        if choice.agencies and not set(choice.agencies) & {item.agency, *item.joint_with}:
            continue
        if choice.people and not set(choice.people) & set(item.people):
            continue
        if choice.start and item.date < choice.start:
            continue
        if choice.end and item.date > choice.end:
            continue
        if choice.known_at and item.date > choice.known_at:
            continue
        if choice.seen_by and not knew_of(item, choice.seen_by):
            continue
        if needle and needle not in _searched(item, choice.seen_by, search):
            continue
        shown.append(item)
    return shown


@per_version()
def readable_ids(scenario: Scenario, show_later: bool) -> frozenset[str]:
    """The ids of the entries a trainee may read now (the hindsight guard)."""
    return frozenset(e.id for e in scenario.chronology if show_later or not e.known_later)


def _searched(item: Entry, seen_by: str | None, search: dict[str, str]) -> str:
    """The text a search looks in: in one agency's view, only what that agency held."""
    seen = as_seen(item, seen_by)
    if not seen.told_only:
        return search[item.id]
    return f"{seen.title} {seen.what_happened}".casefold()


def hidden_later_count(scenario: Scenario) -> int:
    return sum(1 for item in scenario.chronology if item.known_later)


def visible_records(
    scenario: Scenario, show_later: bool, seen_by: str | None = None
) -> list[Record]:
    """The records to show: the hindsight guard, and in one agency's view only what it held."""
    entries = _index(scenario)["entries"]
    return [
        record
        for record in scenario.records
        if (
            show_later
            or not (record.known_later or any(entries[ref].known_later for ref in record.entries))
        )
        and holds_record(record, seen_by)
    ]


def records_citing(scenario: Scenario, entry_id: str) -> list[Record]:
    return _index(scenario)["records_by_entry"].get(entry_id, [])


def conversations_citing(scenario: Scenario, entry_id: str) -> list[tuple[Conversation, str]]:
    return _index(scenario)["conversations_by_entry"].get(entry_id, [])


def entry_rows(scenario: Scenario, entries: list[Entry], seen_by: str | None = None) -> list[dict]:
    """Rows for the chronology table and its accessible alternative to the timeline; in one
    agency's view, another agency's entry reads as that agency was told of it."""
    return [
        {
            "id": item.id,
            "date": item.date.isoformat(),
            "time": item.time or "",
            "agency": agency_name(scenario, item.agency),
            "what happened": as_seen(item, seen_by).title,
            "people": ", ".join(person_name(scenario, p) for p in item.people),
            "known to": ", ".join(agency_name(scenario, a) for a in item.known_to),
            "note": "background"
            if item.background
            else ("known only later" if item.known_later else ""),
        }
        for item in entries
    ]


def day(date: dt.date) -> str:
    """A date as people read it in a list: "Tue 21 Jan 2025"."""
    return f"{date:%a %d %b %Y}"


# Colour-blind-safe colours first (Okabe-Ito), then distinct extras for cases with many agencies.
AGENCY_PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C6D1F", "#000000",
    "#7F3C8D", "#11A579", "#3969AC", "#E73F74", "#80BA5A", "#A5AA99", "#F2B701", "#6F4E7C",
)  # fmt: skip


def agency_colours(scenario: Scenario) -> dict[str, str]:
    """One colour per agency (id -> hex), the same in every chart of the case."""
    return {a.id: AGENCY_PALETTE[i % len(AGENCY_PALETTE)] for i, a in enumerate(scenario.agencies)}


def made_by(scenario: Scenario, item: Entry | Record) -> str:
    """The agency that made an entry or record, with any that made it jointly."""
    names = [agency_name(scenario, a) for a in (item.agency, *item.joint_with)]
    return " with ".join(names)


def entry_label(scenario: Scenario, item: Entry, seen_by: str | None = None) -> str:
    """A one-line label for pickers: date, agency (and any joint agencies), title (as the
    agency of the view, if any, was told of it)."""
    title = as_seen(item, seen_by).title
    return f"{item.id} · {item.date:%d %b %Y} · {made_by(scenario, item)} · {title}"


def evidence_options(
    scenario: Scenario, show_later: bool, closed: Collection[str] = ()
) -> dict[str, str]:
    """Every citable piece of evidence (id -> label): entries, records, conversation parts (but
    the `closed` ones, not yet drawn out in conversation practice), and the family contribution
    (when it has an id) once the outcome is revealed."""
    options = {
        item.id: entry_label(scenario, item)
        for item in scenario.chronology
        if show_later or not item.known_later
    }
    for record in visible_records(scenario, show_later):
        options[record.id] = f"{record.id} · record · {record.title}"
    for conversation in scenario.conversations:
        who = person_name(scenario, conversation.practitioner)
        for part, label in CONVERSATION_PARTS.items():
            if f"{conversation.id}.{part}" not in closed:
                options[f"{conversation.id}.{part}"] = f"Conversation with {who} · {label}"
    family = scenario.family_contribution
    if show_later and family and family.id:
        options[family.id] = "The family's contribution to the review"
    return options


def episode_spans(scenario: Scenario, episodes: list[tuple[str, str, list[str]]]) -> list[dict]:
    """Date spans of episodes for the timeline: (whose, title, entry ids) -> the span's dates
    (`start`, `end` for the chart; `from`, `to` as people read them) and its size."""
    spans = []
    for whose, title, entry_ids in episodes:
        dates = [found.date for ref in entry_ids if (found := entry(scenario, ref)) is not None]
        if not dates:
            continue
        spans.append(
            {
                "whose": whose,
                "episode": title,
                "start": min(dates).isoformat(),
                "end": (max(dates) + dt.timedelta(days=1)).isoformat(),
                "from": day(min(dates)),
                "to": day(max(dates)),
                "entries": len(entry_ids),
            }
        )
    return spans


def names_in_case(scenario: Scenario) -> list[str]:
    """Names of the people in the case (full and first names), for case-specific wording."""
    names: list[str] = []
    for person in [*scenario.people.family, *scenario.people.practitioners]:
        for name in (person.name, person.name.split()[0]):
            if len(name) > 2 and name not in names:
                names.append(name)
    return names
