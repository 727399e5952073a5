"""Conversation practice in a real browser: open a case in the mode, hold a conversation (a
question from the list, a blaming one typed), see the guarded signal, reload without losing
anything, and find only what was drawn out open in the case file; an axe scan of the page."""

from __future__ import annotations

import pytest
from appdriver import act, serious_violations, start, url_param, wait_idle
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

CASE = "cumulative-neglect"
OVERVIEW_QUESTION = "How would you describe the children and the case as you saw it from school?"
OVERVIEW_REPLY = "Nothing dramatic ever happened."
THINKING_REPLY = "I didn't think of it as child protection"


@pytest.mark.browser
def test_one_conversation_from_the_library_to_the_case_file(app):
    page, base, _ = app
    start(page, base, "Robin")
    act(page, page.locator(f".st-key-open_{CASE} button").first.click)
    act(page, page.get_by_text("Conversation practice: hold the practitioner").click)
    act(page, page.get_by_role("button", name="I have read the content notes: start").click)
    expect(page.get_by_role("heading", name="Case file")).to_be_visible()
    url_param(page, "attempt")

    act(page, page.get_by_role("link", name="Conversation practice").click)
    expect(page.get_by_role("heading", name="Conversation practice")).to_be_visible()
    expect(page.get_by_text("Drawn out so far: 0 of 6 parts")).to_be_visible()
    page.get_by_text(OVERVIEW_QUESTION, exact=True).click()  # in a form: no run until Ask
    act(page, page.get_by_role("button", name="Ask").click)
    expect(page.get_by_text(OVERVIEW_REPLY)).to_be_visible()
    expect(page.get_by_text("Drawn out so far: 1 of 6 parts")).to_be_visible()

    page.get_by_role("textbox", name="Or write your own question").fill(
        "Why didn't you read the file?"
    )
    act(page, page.get_by_role("button", name="Ask").click)
    expect(page.get_by_text("Greg Tolley is sounding more guarded.")).to_be_visible()
    assert serious_violations(page, Axe()) == []

    page.get_by_role("textbox", name="Or write your own question").fill(
        "What was going through your mind about the children at the time?"
    )
    act(page, page.get_by_role("button", name="Ask").click)
    expect(page.get_by_text(THINKING_REPLY)).to_have_count(0)  # guarded: a brief reply only

    page.reload()
    wait_idle(page)
    expect(page.get_by_text(OVERVIEW_REPLY)).to_be_visible()
    expect(page.get_by_text("You: Why didn't you read the file?")).to_be_visible()

    act(page, page.get_by_role("link", name="Case file").click)
    page.get_by_role("tab", name="Conversations").click()
    expect(page.get_by_text(OVERVIEW_REPLY)).to_be_visible()
    expect(
        page.get_by_text("Not drawn out yet: ask about it in Conversation practice.")
    ).to_have_count(5)
