"""The trainee's whole journey in a real browser, a reload and a server restart that lose nothing,
deep links to every page, and an axe accessibility scan of the main pages."""

from __future__ import annotations

import re

import pytest
from appdriver import (
    act,
    add_episode,
    answer_box,
    box_status,
    choose,
    goto,
    item_box,
    open_expander,
    open_tutorial,
    serious_violations,
    start,
    url_param,
    wait_idle,
)
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

PAGES = [
    "",
    "my_work",
    "case_file",
    "conversation",
    "episodes",
    "appraisal",
    "explanation",
    "findings",
    "comparison",
    "method",
    "glossary",
    "authoring",
    "facilitator",
]
REASONING = "Judged by what was known then, staff noticed and recorded the change."
RATIONALITY = "Staff saw a loving parent under strain and aimed to keep her engaged."


def type_and_save(area, text: str) -> None:
    """Type into a long-answer box and wait until it says the app has saved it."""
    area.fill(text)
    expect(box_status(area)).to_have_text("Saved")


def assert_accessible(page: Page, axe: Axe, where: str) -> None:
    found = serious_violations(page, axe)
    assert found == [], f"{where}: {found}"


@pytest.mark.browser
def test_whole_journey_with_reload_and_restart(app):
    page, base, restart = app
    axe = Axe()
    start(page, base, "Robin")
    token, attempt = open_tutorial(page)
    query = f"session={token}&attempt={attempt}"
    page.get_by_role("tab", name="Chronology").click()
    expect(page.get_by_text(re.compile(r"\d+ of \d+ entries shown"))).to_be_visible()

    act(page, page.get_by_role("link", name="1. Key practice episodes").click)
    add_episode(page, "Nursery notices hunger", "e02")
    add_episode(page, "Health visitor review", "e05")

    page.reload()
    wait_idle(page)
    for title in ("Nursery notices hunger", "Health visitor review"):
        expect(item_box(page, title)).to_be_visible()

    act(page, page.get_by_role("link", name="2. Appraisal").click)
    for index in range(2):
        group = page.get_by_role("radiogroup").nth(index)
        act(page, group.get_by_text("Good practice", exact=True).click)
        area = answer_box(page, "Reasoning, as practice could be judged at the time", index)
        type_and_save(area, REASONING)

    restart()
    goto(page, f"{base}/appraisal?{query}")
    for index in range(2):
        expect(
            answer_box(page, "Reasoning, as practice could be judged at the time", index)
        ).to_have_value(REASONING)
        expect(
            page.get_by_role("radiogroup").nth(index).get_by_role("radio", name="Good practice")
        ).to_be_checked()
    assert_accessible(page, axe, "appraisal with two appraisals")

    goto(page, f"{base}/explanation?{query}")
    for index, title in enumerate(("Nursery notices hunger", "Health visitor review")):
        adder = open_expander(item_box(page, title), "Add a contributory factor")
        form = adder.get_by_test_id("stForm")
        choose(page, form.get_by_test_id("stSelectbox").first, "Family-professional")
        form.get_by_label("The factor, in a sentence or two").fill(
            f"The parent's warmth reassured staff ({index + 1})."
        )
        act(page, form.get_by_role("button", name="Add factor").click)
        # Drawn as text (the factor's edit form holds it too, in a text area).
        expect(
            page.get_by_test_id("stMarkdownContainer").get_by_text(
                f"The parent's warmth reassured staff ({index + 1})."
            )
        ).to_be_visible()
        area = answer_box(
            page,
            "Local rationality: why did practice make sense to the people involved at the time?",
            index,
        )
        type_and_save(area, RATIONALITY)
    assert_accessible(page, axe, "explanation with two factors")

    goto(page, f"{base}/findings?{query}")
    form = page.locator("[data-testid='stForm']").filter(has_text="Add a finding")
    form.get_by_label(re.compile("Finding statement")).fill(
        "Nursery staff's small observations are not routinely brought together across agencies."
    )
    form.get_by_label("How it showed up in this case").fill(
        "Hunger and falls were noted separately."
    )
    form.get_by_label("How we know it is not a one-off").fill("Staff said this is usual.")
    form.get_by_label(re.compile("Why it matters")).fill("Cumulative harm stays unseen.")
    form.get_by_label(re.compile("Questions for the safeguarding partnership")).fill(
        "How does the partnership know small concerns are pieced together?"
    )
    act(page, form.get_by_role("button", name="Add finding").click)
    expect(item_box(page, "Finding 1")).to_be_visible()
    submit = page.get_by_role("button", name="Submit my analysis")
    expect(submit).to_be_enabled()
    act(page, submit.click)
    expect(page.get_by_role("heading", name="Comparison with the expert")).to_be_visible()
    assert_accessible(page, axe, "comparison, Episodes tab")
    for tab in ("Appraisal", "Factors", "Findings"):
        act(page, page.get_by_role("tab", name=tab).click)  # only the open tab is drawn
        expect(page.get_by_role("tab", name=tab)).to_have_attribute("aria-selected", "true")
        assert_accessible(page, axe, f"comparison, {tab} tab")
    expect(page.get_by_role("button", name="Download report (Word)")).to_be_visible()
    expect(page.get_by_text("Key practice episodes").first).to_be_visible()


@pytest.mark.browser
def test_deep_links_to_every_page(app):
    page, base, _ = app
    start(page, base, "Deep")
    token = url_param(page, "session")
    for path in PAGES:
        goto(page, f"{base}/{path}?session={token}")
        expect(page.get_by_text("Page not found")).to_have_count(0)
        assert not page.get_by_test_id("stException").count(), path


@pytest.mark.browser
def test_accessibility_of_main_pages(app):
    page, base, _ = app
    start(page, base, "Axe")
    token, attempt = open_tutorial(page)
    axe = Axe()
    problems = {}
    for path in PAGES:
        goto(page, f"{base}/{path}?session={token}&attempt={attempt}")
        found = serious_violations(page, axe)
        if found:
            problems[path or "library"] = found
    # The case file's other tabs (chronology table, timeline chart, records, conversations).
    goto(page, f"{base}/case_file?session={token}&attempt={attempt}")
    for tab in ("Chronology", "Timeline", "Records", "Conversations"):
        page.get_by_role("tab", name=tab).click()
        expect(page.get_by_role("tab", name=tab)).to_have_attribute("aria-selected", "true")
        found = serious_violations(page, axe)
        if found:
            problems[f"case_file {tab}"] = found
    assert problems == {}
