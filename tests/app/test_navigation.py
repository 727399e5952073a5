"""The navigation drawn in the sidebar: every page under its section, with the titles (and so
the addresses) the pages always had, carrying the session once signed in."""

from __future__ import annotations

from urllib.parse import parse_qs

from tests.app.conftest import run_page

SECTIONS = {
    "Start": ["Library", "My work"],
    "Case": ["Case file", "Conversation practice"],
    "Analysis": [
        "1. Key practice episodes",
        "2. Appraisal",
        "3. Explaining practice",
        "4. Findings",
        "Comparison",
    ],
    "Learn": ["The method", "Glossary"],
    "Trainers": ["Scenario check", "Facilitator debrief"],
}


def sidebar_links(at):
    return list(at.sidebar.get("page_link"))


def test_every_page_is_linked_under_its_section_in_order(store):
    at = run_page("library")
    assert not at.exception
    assert [link.proto.label for link in sidebar_links(at)] == [
        title for titles in SECTIONS.values() for title in titles
    ]
    assert [c.value for c in at.sidebar.caption][: len(SECTIONS)] == list(SECTIONS)
    pages = [link.proto.page for link in sidebar_links(at)]
    assert pages[0] == "" and "episodes" in pages and "comparison" in pages


def test_signed_in_links_carry_the_session_and_the_attempt(signed_in):
    _, code, attempt = signed_in
    at = run_page("glossary", code, attempt.id)
    assert not at.exception
    for link in sidebar_links(at):
        query = parse_qs(link.proto.query_string)
        assert query["attempt"] == [attempt.id]
        assert len(query["session"][0]) > 20
