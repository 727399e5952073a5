"""'As one agency saw it': only what that agency held or was told, entries and records alike."""

from functools import cache
from pathlib import Path

from secondstory import casefile, loading
from secondstory.agency_view import as_seen, conversation_seen, holds_record

ROOT = Path(__file__).resolve().parents[2]


@cache
def tutorial():
    return loading.load_scenario_file(
        ROOT / "scenarios" / "tutorial-nursery-concerns.yaml"
    ).scenario


def test_the_nursery_sees_the_health_visitors_visit_only_as_it_was_told():
    entry = casefile.entry(tutorial(), "e08")
    seen = as_seen(entry, "nursery")
    assert seen.told_only
    assert seen.what_happened.startswith("Hannah rang Claire after her visit")
    assert "early help" not in f"{seen.title} {seen.what_happened} {seen.recorded}".lower()
    assert seen.recorded == ""


def test_an_agency_sees_its_own_entry_whole():
    entry = casefile.entry(tutorial(), "e08")
    assert as_seen(entry, "hvs") == as_seen(entry, None)
    assert "Early help assessment offered" in as_seen(entry, "hvs").recorded


def test_without_a_told_text_only_the_headline_is_shown():
    entry = casefile.entry(tutorial(), "e13")  # known to the police, no told text
    seen = as_seen(entry, "police")
    assert (seen.title, seen.what_happened, seen.recorded) == (entry.title, "", "")


def test_records_held_are_the_agencys_own_and_those_shared_with_it():
    scenario = tutorial()
    held = {
        agency: [r.id for r in casefile.visible_records(scenario, True, agency)]
        for agency in ("nursery", "gp", "hvs", "police")
    }
    assert held == {"nursery": ["r01", "r04"], "gp": ["r02", "r03"], "hvs": ["r02"], "police": []}
    letter = next(r for r in scenario.records if r.id == "r02")
    assert holds_record(letter, "gp") and not holds_record(letter, "nursery")
    assert holds_record(letter, None)


def test_a_search_in_an_agency_view_finds_nothing_the_agency_was_not_told():
    scenario = tutorial()
    search = casefile.ChronologyFilter(text="declined", seen_by="nursery")
    assert casefile.visible_entries(scenario, search) == []
    whole = casefile.ChronologyFilter(text="declined")
    assert [e.id for e in casefile.visible_entries(scenario, whole)] == ["e08"]


def test_conversations_in_an_agency_view_are_with_its_own_practitioners():
    scenario = tutorial()
    shown = {c.id for c in scenario.conversations if conversation_seen(scenario, c, "nursery")}
    assert shown == {"c-dsl"}
    assert all(conversation_seen(scenario, c, None) for c in scenario.conversations)


def test_agency_labels_in_pickers_follow_the_view():
    scenario = tutorial()
    entry = casefile.entry(scenario, "e08")
    assert "declined" in casefile.entry_label(scenario, entry)
    assert "declined" not in casefile.entry_label(scenario, entry, "nursery")


def test_told_and_shared_with_name_agencies_that_exist_and_knew():
    text = (ROOT / "scenarios" / "tutorial-nursery-concerns.yaml").read_text()
    bad = text.replace("    shared_with: [gp]", "    shared_with: [nobody]").replace(
        "    told:\n      nursery: >-\n        Hannah rang Claire after",
        "    told:\n      police: >-\n        Hannah rang Claire after",
    )
    problems = [str(p) for p in loading.load_scenario_text(bad, "case.yaml").problems]
    assert any("shared_with" in p and "unknown agency 'nobody'" in p for p in problems)
    assert any("told" in p and "'police' is not in known_to" in p for p in problems)
