"""Case file views: filters, what one agency knew, the hindsight guard, the network diagram."""

import datetime as dt
from pathlib import Path
from xml.etree import ElementTree

from secondstory import casefile, loading
from secondstory.network import network_svg
from secondstory.textsafe import escape_markdown, shorten
from tests.unit.starter import starter

ROOT = Path(__file__).resolve().parents[2]


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


def test_network_svg_names_everyone_and_escapes_text():
    scenario = starter()
    family = scenario.people.family[0]
    odd = family.model_copy(update={"name": "Ava <b>&</b>"})
    people = scenario.people.model_copy(update={"family": [odd, *scenario.people.family[1:]]})
    svg = network_svg(scenario.model_copy(update={"people": people, "version": "odd"}))
    ElementTree.fromstring(svg)  # well-formed XML
    assert "Ava &lt;b&gt;&amp;&lt;/b&gt;" in svg and "<b>" not in svg
    for person in scenario.people.practitioners:
        assert person.name in svg
    for agency in scenario.agencies:
        assert casefile.agency_colours(scenario)[agency.id] in svg


def test_network_svg_is_made_once_per_scenario_version():
    scenario = starter()
    assert network_svg(scenario) is network_svg(scenario.model_copy())


def test_every_agency_of_every_shipped_case_has_its_own_colour():
    for scenario in loading.load_library(ROOT / "scenarios").scenarios.values():
        colours = casefile.agency_colours(scenario)
        assert len(set(colours.values())) == len(scenario.agencies), scenario.id


def test_readable_days_and_episode_spans():
    scenario = starter()
    assert casefile.day(dt.date(2025, 1, 21)) == "Tue 21 Jan 2025"
    (span,) = casefile.episode_spans(scenario, [("Yours", "First", ["e01"])])
    assert span["whose"] == "Yours" and "owner" not in span
    assert span["from"] == span["to"] == casefile.day(scenario.chronology[0].date)


def test_escape_markdown_shows_text_literally():
    assert escape_markdown(
        "**bold** <b>x</b> [a](b)"
    ) == r"\*\*bold\*\* \<b\>x\<\/b\> \[a\]\(b\)".replace(r"\/", "/")
    assert shorten("word " * 40, 20).endswith("…")
