"""Nothing typed is lost (issue 11, items 2-5), in a real browser: the first edit after a server
restart, typing saved while the cursor is still in the field, a warning before a reload loses
unsaved text, and two tabs on one attempt that do not overwrite each other."""

from __future__ import annotations

import pytest
from appdriver import act, add_episode, goto, open_tutorial, start, wait_idle
from playwright.sync_api import Page, expect

WHY = "Why is this episode key?"


def _open_episode(page: Page, title: str):
    expander = page.get_by_test_id("stExpander").filter(has_text=title)
    expander.locator("summary").click()
    return expander


def _episodes_page(page: Page, base: str, name: str) -> str:
    start(page, base, name)
    code, attempt = open_tutorial(page)
    query = f"code={code}&attempt={attempt}"
    goto(page, f"{base}/episodes?{query}")
    add_episode(page, "Nursery notices hunger", "e02")
    return query


@pytest.mark.browser
def test_first_edit_after_a_server_restart_is_saved(app):
    page, base, restart = app
    query = _episodes_page(page, base, "Restart")
    expander = _open_episode(page, "Nursery notices hunger")
    area = expander.get_by_label(WHY)
    restart()
    wait_idle(page)
    area.fill("Typed after the restart.")
    act(page, lambda: area.press("Tab"))
    goto(page, f"{base}/episodes?{query}")
    expander = _open_episode(page, "Nursery notices hunger")
    expect(expander.get_by_label(WHY)).to_have_value("Typed after the restart.")
