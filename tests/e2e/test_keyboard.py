"""Keyboard focus in a real browser: after adding an episode, focus is back on the form (not
dropped to the page body), so a keyboard user can add the next one at once."""

from __future__ import annotations

import pytest
from appdriver import act, add_episode, open_tutorial, start
from playwright.sync_api import expect


@pytest.mark.browser
def test_after_adding_an_episode_focus_is_on_the_form(app):
    page, base, _ = app
    start(page, base, "Kit")
    open_tutorial(page)
    act(page, page.get_by_role("link", name="1. Key practice episodes").click)
    form = page.locator("[data-testid='stForm']").filter(has_text="Add a key practice episode")
    for title, entry in (("Nursery notices hunger", "e02"), ("Health visitor review", "e05")):
        add_episode(page, title, entry)
        title_box = form.get_by_label("Episode title")
        expect(title_box).to_be_focused()
        expect(title_box).to_have_value("")
    page.keyboard.type("Typed straight away")
    expect(form.get_by_label("Episode title")).to_have_value("Typed straight away")
