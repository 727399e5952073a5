"""The trainee's whole journey in a real browser, a reload and a server restart that lose nothing,
deep links to every page, and an axe accessibility scan of the main pages."""

from __future__ import annotations

import os
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

PAGES = [
    "",
    "my_work",
    "case_file",
    "episodes",
    "appraisal",
    "explanation",
    "findings",
    "comparison",
    "method",
    "glossary",
    "authoring",
]


def wait_idle(page: Page) -> None:
    """Wait until Streamlit has finished its current run."""
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=20_000
    )
    page.wait_for_timeout(300)


def go(page: Page, label: str) -> None:
    page.get_by_role("link", name=label).first.click()
    wait_idle(page)


def pick(page: Page, label: str, option_text: str) -> None:
    """Choose an option in a Streamlit selectbox or multiselect by typing and pressing Enter."""
    box = page.get_by_label(label, exact=False).first
    box.click()
    box.fill(option_text) if box.evaluate("e => e.tagName") == "INPUT" else page.keyboard.type(
        option_text
    )
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")


def start(page: Page, base: str, name: str = "Robin") -> str:
    page.goto(base)
    wait_idle(page)
    page.get_by_label("Display name").fill(name)
    page.get_by_role("button", name="Start practising").click()
    expect(page.get_by_role("button", name="I have noted my code")).to_be_visible()
    page.wait_for_url(re.compile("code="))
    code = re.search(r"code=([A-Z0-9-]+)", page.url).group(1)
    page.get_by_role("button", name="I have noted my code").click()
    wait_idle(page)
    return code


def open_tutorial(page: Page) -> None:
    page.locator(".st-key-open_tutorial-nursery-concerns button").first.click()
    wait_idle(page)
    expect(page.get_by_role("heading", name="Content notes")).to_be_visible()
    page.get_by_role("button", name="I have read the content notes: start").click()
    expect(page.get_by_role("heading", name="Case file")).to_be_visible()
    page.wait_for_url(re.compile("attempt="))
    wait_idle(page)


def add_episode(page: Page, title: str, entry_id: str) -> None:
    form = page.locator("[data-testid='stForm']").filter(has_text="Add a key practice episode")
    form.get_by_label("Episode title").fill(title)
    pick(page, "Chronology entries in this episode", entry_id)
    form.get_by_label("Why is this episode key?").fill(f"{title} shaped what happened next.")
    form.get_by_role("button", name="Add episode").click()
    wait_idle(page)
    expect(page.get_by_text(title).first).to_be_visible()


NOT_YET = pytest.mark.skipif(
    os.environ.get("SECONDSTORY_E2E_FULL") != "1",
    reason="not yet reliable (see issue 3): run with SECONDSTORY_E2E_FULL=1",
)


@pytest.mark.browser
@NOT_YET
def test_whole_journey_with_reload_and_restart(app):
    page, base, restart = app
    start(page, base)
    open_tutorial(page)
    page.get_by_role("tab", name="Chronology").click()
    expect(page.get_by_text("entries shown")).to_be_visible()

    go(page, "1. Key practice episodes")
    add_episode(page, "Nursery notices hunger", "e02")
    add_episode(page, "Health visitor review", "e05")

    page.reload()
    wait_idle(page)
    expect(page.get_by_text("Nursery notices hunger").first).to_be_visible()
    expect(page.get_by_text("Health visitor review").first).to_be_visible()

    go(page, "2. Appraisal")
    for index in range(2):
        page.get_by_role("radiogroup").nth(index).get_by_text("Good practice", exact=True).click()
        wait_idle(page)
        area = page.get_by_label("Reasoning, as practice could be judged at the time").nth(index)
        area.fill("Judged by what was known then, staff noticed and recorded the change.")
        area.press("Tab")
        wait_idle(page)

    query = page.url.split("?", 1)[1]
    restart()
    page.goto(f"{base}/appraisal?{query}")
    wait_idle(page)
    expect(page.get_by_text("Judged by what was known then").first).to_be_visible()

    page.goto(f"{base}/explanation?{query}")
    wait_idle(page)
    forms = page.locator("[data-testid='stForm']").filter(has_text="Add a contributory factor")
    for index in range(2):
        form = forms.nth(index)
        form.get_by_label("Category of underlying pattern").click()
        page.keyboard.type("Family-professional")
        page.keyboard.press("Enter")
        form.get_by_label("The factor, in a sentence or two").fill(
            "The parent's warmth reassured staff."
        )
        form.get_by_role("button", name="Add factor").click()
        wait_idle(page)
        area = page.get_by_label(re.compile("Local rationality")).nth(index)
        area.fill("Staff saw a loving parent under strain and aimed to keep her engaged.")
        area.press("Tab")
        wait_idle(page)

    page.goto(f"{base}/findings?{query}")
    wait_idle(page)
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
    form.get_by_role("button", name="Add finding").click()
    wait_idle(page)
    page.get_by_role("button", name="Submit my analysis").click()
    wait_idle(page)
    expect(page.get_by_role("heading", name="Comparison with the expert")).to_be_visible()
    expect(page.get_by_text("Key practice episodes").first).to_be_visible()


@pytest.mark.browser
def test_deep_links_to_every_page(app):
    page, base, _ = app
    code = start(page, base, "Deep")
    for path in PAGES:
        page.goto(f"{base}/{path}?code={code}")
        wait_idle(page)
        expect(page.get_by_text("Page not found")).to_have_count(0)
        assert not page.locator("[data-testid='stException']").count(), path


@pytest.mark.browser
@NOT_YET
def test_accessibility_of_main_pages(app):
    page, base, _ = app
    start(page, base, "Axe")
    open_tutorial(page)
    code = re.search(r"code=([A-Z0-9-]+)", page.url).group(1)
    attempt = re.search(r"attempt=([a-z0-9]+)", page.url).group(1)
    axe = Axe()
    problems = {}
    for path in [
        "",
        "case_file",
        "episodes",
        "appraisal",
        "explanation",
        "findings",
        "method",
        "glossary",
    ]:
        page.goto(f"{base}/{path}?code={code}&attempt={attempt}")
        wait_idle(page)
        results = axe.run(page)
        serious = [
            v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")
        ]
        if serious:
            problems[path or "library"] = [(v["id"], v["help"], len(v["nodes"])) for v in serious]
    assert problems == {}
