"""Case file views: filters, what one agency knew, the hindsight guard, the network diagram."""

import datetime as dt

from secondstory import casefile
from secondstory.textsafe import escape_markdown, shorten
from tests.unit.starter import starter


def test_known_later_entries_hidden_until_revealed():
    scenario = starter()
    hidden = casefile.visible_entries(scenario, casefile.ChronologyFilter())
    shown = casefile.visible_entries(scenario, casefile.ChronologyFilter(show_later=True))
    assert [e.id for e in hidden] == ["e01"]
    assert [e.id for e in shown] == ["e01", "e02"]


def test_text_agency_and_date_filters():
    scenario = starter()
    every = casefile.ChronologyFilter(show_later=True)
    assert [
        e.id
        for e in casefile.visible_entries(scenario, every.__class__(text="COLD", show_later=True))
    ] == ["e01"]
    assert casefile.visible_entries(scenario, casefile.ChronologyFilter(agencies=("nope",))) == []
    early = casefile.ChronologyFilter(show_later=True, known_at=dt.date(2025, 2, 1))
    assert [e.id for e in casefile.visible_entries(scenario, early)] == ["e01"]


def test_as_one_agency_saw_it():
    scenario = starter()
    entry = scenario.chronology[0]
    assert casefile.knew_of(entry, "hvs")
    assert not casefile.knew_of(entry, "police")
    seen = casefile.ChronologyFilter(seen_by="police", show_later=True)
    assert casefile.visible_entries(scenario, seen) == []


def test_records_and_conversations_reachable_from_entries():
    scenario = starter()
    assert [r.id for r in casefile.records_citing(scenario, "e01")] == ["r01"]
    assert {part for _, part in casefile.conversations_citing(scenario, "e01")} == {
        "overview",
        "turning_points",
    }


def test_evidence_options_cover_entries_records_and_conversation_parts():
    options = casefile.evidence_options(starter(), show_later=False)
    assert "e01" in options and "e02" not in options
    assert "r01" in options and "c-hv.influences" in options


def test_network_dot_quotes_names():
    dot = casefile.network_dot(starter())
    assert dot.startswith("graph network {") and '"Ava\\nsubject child, 3 years"' in dot


def test_escape_markdown_shows_text_literally():
    assert escape_markdown(
        "**bold** <b>x</b> [a](b)"
    ) == r"\*\*bold\*\* \<b\>x\<\/b\> \[a\]\(b\)".replace(r"\/", "/")
    assert shorten("word " * 40, 20).endswith("…")
