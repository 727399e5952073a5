"""The method and glossary pages: every section shown, the glossary search, links from every stage."""

from __future__ import annotations

import pytest

from secondstory.learn import ABBREVIATIONS, GLOSSARY, METHOD_SECTIONS
from secondstory.vocabulary import CATEGORIES
from tests.app.conftest import run_page


def _terms(at):
    bold = [m.value.split("**")[1] for m in at.markdown if m.value.startswith("**")]
    return [t for t in bold if t not in CATEGORIES.values()]


def test_the_method_page_shows_every_section(store):
    at = run_page("method")
    assert not at.exception
    assert [h.value for h in at.header] == [heading for heading, _ in METHOD_SECTIONS]
    assert any(link.proto.page.rsplit("/", 1)[-1] == "glossary" for link in at.get("page_link"))


def test_the_glossary_lists_every_term_in_order(store):
    at = run_page("glossary")
    assert not at.exception
    assert _terms(at) == sorted(GLOSSARY, key=str.casefold)


def test_the_glossary_search_matches_terms_and_definitions(store):
    at = run_page("glossary")
    at.text_input[0].input("HINDSIGHT").run()
    terms = _terms(at)
    assert "Hindsight bias" in terms
    assert all("hindsight" in (t + GLOSSARY[t]).casefold() for t in terms)
    assert len(terms) < len(GLOSSARY)


def test_the_glossary_explains_the_six_categories_with_an_example_each(store):
    at = run_page("glossary")
    shown = {m.value.split("**")[1]: m.value for m in at.markdown if m.value.startswith("**")}
    for label in CATEGORIES.values():
        assert label in shown and "*For example:*" in shown[label]


def test_the_glossary_spells_out_the_abbreviations_in_the_cases(store):
    at = run_page("glossary")
    table = at.table[0]
    rows = table.value
    assert list(rows["Abbreviation"]) == list(ABBREVIATIONS)
    at.text_input[0].input("IDVA").run()
    assert list(at.table[0].value["Abbreviation"]) == ["IDVA"]


def test_a_search_with_no_match_says_so(store):
    at = run_page("glossary")
    at.text_input[0].input("zzzz-no-such-term").run()
    assert _terms(at) == []
    assert [i.value for i in at.info] == ["No term matches that search."]


@pytest.mark.parametrize("page", ["episodes", "appraisal", "explanation", "findings"])
def test_every_stage_links_to_the_method_and_glossary(signed_in, page):
    _, code, attempt = signed_in
    at = run_page(page, code, attempt.id)
    targets = {link.proto.page.rsplit("/", 1)[-1] for link in at.get("page_link")}
    assert {"method", "glossary"} <= targets


def test_the_glossary_shows_what_one_case_explains_for_itself(store, library):
    at = run_page("glossary")
    assert "Abbreviations and initials one case uses" in [s.value for s in at.subheader]
    rows = at.table[1].value
    expected = [
        (scenario.title, a, full)
        for scenario in library.scenarios.values()
        for a, full in scenario.abbreviations.items()
    ]
    assert expected, "a shipped case lists its own abbreviations"
    assert list(zip(rows["Case"], rows["Abbreviation"], rows["In full"], strict=True)) == expected
    at.text_input[0].input("county drugs line").run()
    assert list(at.table[0].value["Abbreviation"]) == ["KB"]
