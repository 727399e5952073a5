"""The navigation the app draws in the sidebar: on a phone it gets out of the way once a page
is chosen; on a wide screen it stays open. Keyboard: no stops on heading anchors or chart
toolbars."""

from __future__ import annotations

import pytest
from appdriver import act, goto, open_tutorial, start, url_param
from playwright.sync_api import expect


def choose_page(page, title: str) -> None:
    act(page, page.get_by_test_id("stSidebar").get_by_role("link", name=title).click)


@pytest.mark.browser
def test_on_a_phone_the_sidebar_closes_after_choosing_a_page(app):
    page, base, _ = app
    page.set_viewport_size({"width": 390, "height": 844})
    start(page, base, "Phone")
    open_tutorial(page)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar).to_have_attribute("data-collapsed", "true")
    page.get_by_test_id("stExpandSidebarButton").click()
    expect(sidebar).to_have_attribute("data-collapsed", "false")
    choose_page(page, "2. Appraisal")
    expect(page.get_by_role("heading", name="Stage 2: Appraisal")).to_be_visible()
    expect(sidebar).to_have_attribute("data-collapsed", "true")
    assert "/appraisal?" in page.url


@pytest.mark.browser
def test_on_a_wide_screen_the_sidebar_stays_open(app):
    page, base, _ = app
    page.set_viewport_size({"width": 1280, "height": 900})
    start(page, base, "Desk")
    open_tutorial(page)
    choose_page(page, "Glossary")
    expect(page.get_by_role("heading", name="Glossary", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stSidebar")).to_have_attribute("data-collapsed", "false")
    # The link to the open page carries the session, so it also works in a new tab.
    href = (
        page.get_by_test_id("stSidebar").get_by_role("link", name="Glossary").get_attribute("href")
    )
    assert "session=" in href and "attempt=" in href


@pytest.mark.browser
def test_heading_anchors_and_chart_toolbars_are_not_keyboard_stops(app):
    page, base, _ = app
    start(page, base, "Keys")
    token, attempt = open_tutorial(page)
    goto(page, f"{base}/case_file?session={token}&attempt={attempt}")
    expect(page.get_by_role("heading", name="Case file")).to_be_visible()
    page.get_by_role("tab", name="Timeline").click()
    chart = page.locator(
        "[data-testid='stFullScreenFrame']:has(> * [data-testid='stVegaLiteChart'], "
        "> [data-testid='stVegaLiteChart'])"
    )
    expect(chart.first).to_be_visible()
    assert page.locator("[data-testid='stHeaderActionElements'] a").count() > 0
    expect(page.get_by_role("link", name="Link to heading")).to_have_count(0)
    # Nothing inside a chart's own frame is drawn and focusable (its toolbar is not shown).
    stops = chart.first.evaluate(
        """frame => [...frame.querySelectorAll(':scope > [data-testid="stElementToolbar"] button')]
            .filter(button => button.getClientRects().length).length"""
    )
    assert stops == 0
    assert url_param(page, "session") == token
