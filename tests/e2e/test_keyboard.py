"""Keyboard focus in a real browser: after adding an episode, a factor or a finding, focus is
back on its form (not dropped to the page body), so a keyboard user can add the next one at once;
after deleting a factor, focus goes to its episode's add form, however many are deleted in a row."""

from __future__ import annotations

import re

import pytest
from appdriver import (
    act,
    add_episode,
    choose,
    goto,
    item_box,
    open_expander,
    open_tutorial,
    start,
)
from playwright.sync_api import expect

STATEMENT = re.compile("^Finding statement")


def _form(page, heading: str):
    return page.locator("[data-testid='stForm']").filter(has_text=heading)


@pytest.mark.browser
def test_after_adding_an_episode_focus_is_on_the_form(app):
    page, base, _ = app
    start(page, base, "Kit")
    open_tutorial(page)
    act(page, page.get_by_role("link", name="1. Key practice episodes").click)
    form = _form(page, "Add a key practice episode")
    for title, entry in (("Nursery notices hunger", "e02"), ("Health visitor review", "e05")):
        add_episode(page, title, entry)
        title_box = form.get_by_label("Episode title")
        expect(title_box).to_be_focused()
        expect(title_box).to_have_value("")
    page.keyboard.type("Typed straight away")
    expect(form.get_by_label("Episode title")).to_have_value("Typed straight away")


@pytest.mark.browser
def test_after_adding_a_factor_or_a_finding_focus_is_on_its_form(app):
    page, base, _ = app
    start(page, base, "Lee")
    token, attempt = open_tutorial(page)
    query = f"session={token}&attempt={attempt}"
    act(page, page.get_by_role("link", name="1. Key practice episodes").click)
    add_episode(page, "Nursery notices hunger", "e02")
    add_episode(page, "Health visitor review", "e05")

    goto(page, f"{base}/explanation?{query}")
    # The second episode's form: focus must come back to that one, not the first.
    form = open_expander(item_box(page, "Health visitor review"), "Add a contributory factor")
    form = form.get_by_test_id("stForm")
    category = form.get_by_test_id("stSelectbox").first.get_by_role("combobox")
    for number in (1, 2):
        choose(page, form.get_by_test_id("stSelectbox").first, "Family-professional")
        form.get_by_label("The factor, in a sentence or two").fill(f"Warmth reassured ({number}).")
        act(page, form.get_by_role("button", name="Add factor").click)
        expect(page.get_by_text(f"Warmth reassured ({number}).").first).to_be_visible()
        expect(category).to_be_focused()
    # Two deletes in a row: each puts focus back on the form. The focus script is drawn in the
    # same place both times (after the first episode's form), so this fails unless the second
    # script differs from the first and so runs again.
    deletes = page.get_by_role("button", name="Delete this factor")
    for left in (1, 0):
        act(page, deletes.first.click)
        expect(deletes).to_have_count(left)
        expect(category).to_be_focused()
    # With the add form closed, focus goes to the expander that opens it.
    choose(page, form.get_by_test_id("stSelectbox").first, "Family-professional")
    form.get_by_label("The factor, in a sentence or two").fill("Warmth reassured (3).")
    act(page, form.get_by_role("button", name="Add factor").click)
    adder = item_box(page, "Health visitor review").get_by_test_id("stExpander")
    summary = adder.filter(has_text="Add a contributory factor").locator("summary")
    act(page, summary.click)
    expect(form).to_have_count(0)
    act(page, deletes.first.click)
    expect(deletes).to_have_count(0)
    expect(summary).to_be_focused()

    goto(page, f"{base}/findings?{query}")
    form = _form(page, "Add a finding")
    for number in (1, 2):
        form.get_by_label(STATEMENT).fill(f"Small observations are not pieced together ({number}).")
        act(page, form.get_by_role("button", name="Add finding").click)
        expect(item_box(page, f"Finding {number}")).to_be_visible()
        expect(form.get_by_label(STATEMENT)).to_be_focused()
        expect(form.get_by_label(STATEMENT)).to_have_value("")
