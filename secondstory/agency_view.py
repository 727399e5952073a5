"""The case "as one agency saw it": only what that agency held or was told at the time.

An agency holds the entries and records it made (alone or jointly), and the records sent to it
(`shared_with`). Of another agency's entry it knew of (`known_to`) it holds only what it was told:
the entry's `told` text for it when the author wrote one, otherwise the entry's one-line title;
never the other agency's full account nor what that agency recorded.
"""

from __future__ import annotations

from dataclasses import dataclass

from secondstory.models import Conversation, Entry, Record, Scenario
from secondstory.textsafe import shorten


@dataclass(frozen=True)
class SeenEntry:
    """An entry as shown in a view: the whole of it, or only what one agency was told."""

    title: str
    what_happened: str
    recorded: str
    told_only: bool  # True when this is another agency's entry, as the viewer was told of it


def made(item: Entry | Record, agency_id: str) -> bool:
    """Whether the agency made the entry or record (alone or jointly)."""
    return agency_id in (item.agency, *item.joint_with)


def as_seen(item: Entry, agency_id: str | None) -> SeenEntry:
    """The entry as the agency held it; the whole entry when no agency is chosen."""
    if agency_id is None or made(item, agency_id):
        return SeenEntry(item.title, item.what_happened, item.recorded, told_only=False)
    told = item.told.get(agency_id)
    if told:
        return SeenEntry(shorten(told, 90), told, "", told_only=True)
    return SeenEntry(item.title, "", "", told_only=True)


def holds_record(record: Record, agency_id: str | None) -> bool:
    """Whether the agency held the record at the time: its own, or one shared with it."""
    return agency_id is None or made(record, agency_id) or agency_id in record.shared_with


def conversation_seen(
    scenario: Scenario, conversation: Conversation, agency_id: str | None
) -> bool:
    """In one agency's view only the conversations with its own practitioners are shown."""
    if agency_id is None:
        return True
    return any(
        p.id == conversation.practitioner and p.agency == agency_id
        for p in scenario.people.practitioners
    )
