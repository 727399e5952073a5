"""Nothing typed is lost (issue 11, items 2-5), in a real browser: the first edit after a server
restart, typing saved while the cursor is still in the field, a warning before a reload loses
unsaved text, and two tabs on one attempt that do not overwrite each other."""

from __future__ import annotations

import re

import pytest
from appdriver import (
    APP,
    act,
    add_episode,
    answer_box,
    box_status,
    choose,
    expect_tag,
    goto,
    item_box,
    open_episode,
    open_tutorial,
    prepare,
    start,
    wait_idle,
)
from playwright.sync_api import Page, expect

WHY = "Why is this episode key?"
EPISODE = "Nursery notices hunger"


def _episodes_page(page: Page, base: str, name: str) -> str:
    start(page, base, name)
    token, attempt = open_tutorial(page)
    query = f"session={token}&attempt={attempt}"
    goto(page, f"{base}/episodes?{query}")
    add_episode(page, EPISODE, "e02")
    return query


def _why_after_reload(page: Page, url: str):
    goto(page, url)
    return answer_box(open_episode(page, EPISODE), WHY)


@pytest.mark.browser
def test_first_edit_after_a_server_restart_is_saved(app):
    page, base, restart = app
    query = _episodes_page(page, base, "Restart")
    area = answer_box(open_episode(page, EPISODE), WHY)
    restart()
    wait_idle(page)
    area.fill("Typed after the restart.")
    area.press("Tab")
    expect(box_status(area)).to_have_text("Saved")
    area = _why_after_reload(page, f"{base}/episodes?{query}")
    expect(area).to_have_value("Typed after the restart.")
    # The same holds for Streamlit's own widgets: a new title typed first after a restart.
    title = item_box(page, EPISODE).get_by_label("Episode title")
    restart()
    wait_idle(page)
    title.fill("Renamed after the restart")
    act(page, lambda: title.press("Enter"))
    goto(page, f"{base}/episodes?{query}")
    expect(
        open_episode(page, "Renamed after the restart").get_by_label("Episode title")
    ).to_have_value("Renamed after the restart")


@pytest.mark.browser
def test_typing_while_the_server_is_down_is_saved_once_it_is_back(app):
    """Streamlit drops what a page sends while it is disconnected and, on reconnecting, asks for
    no script run; the box sends its text again once the page is connected."""
    page, base, restart = app
    query = _episodes_page(page, base, "Outage")
    area = answer_box(open_episode(page, EPISODE), WHY)

    def type_while_down() -> None:
        expect(page.locator(APP)).not_to_have_attribute("data-test-connection-state", "CONNECTED")
        area.fill("")
        area.press_sequentially("Typed while the server was down.", delay=0)
        area.press("Tab")
        expect(box_status(area)).to_contain_text("Not saved yet: no connection to the server")

    restart(while_down=type_while_down)
    expect(box_status(area)).to_have_text("Saved")
    area = _why_after_reload(page, f"{base}/episodes?{query}")
    expect(area).to_have_value("Typed while the server was down.")


@pytest.mark.browser
def test_typing_is_saved_while_the_cursor_is_still_in_the_field(app):
    page, base, _ = app
    query = _episodes_page(page, base, "Typist")
    area = answer_box(open_episode(page, EPISODE), WHY)
    area.click()
    area.press("Control+a")
    area.press_sequentially("Saved without leaving the field.")
    # No blur, no Ctrl+Enter: the box says saved once the app has confirmed the write.
    expect(box_status(area)).to_have_text("Saved")
    expect(area).to_be_focused()
    expect(page.get_by_text("All changes saved")).to_be_visible()
    area = _why_after_reload(page, f"{base}/episodes?{query}")
    expect(area).to_have_value("Saved without leaving the field.")


@pytest.mark.browser
def test_a_reload_with_unsaved_typing_asks_first(app):
    page, base, _ = app
    query = _episodes_page(page, base, "Hasty")
    area = answer_box(open_episode(page, EPISODE), WHY)
    asked = []

    def answer(dialog):
        asked.append(dialog.type)
        dialog.accept()

    page.on("dialog", answer)
    area.click()
    area.press("End")
    area.press_sequentially(" More.", delay=0)
    page.reload()
    wait_idle(page)
    assert asked == ["beforeunload"]
    # What is typed in the last moment before leaving is sent as the page goes, but that is
    # best effort (docs/saving.md: 8 of 20 at 0 ms on a loaded machine); what is promised is
    # the text once the box has had a second, which test_typing_is_saved_while_the_cursor_is_still_in_the_field
    # checks. Here: the page came back with the text saved before the last keystrokes, at least.
    area = _why_after_reload(page, f"{base}/episodes?{query}")
    expect(area).to_have_value(re.compile(f"^{re.escape(EPISODE)} shaped what happened next\\."))


@pytest.mark.browser
@pytest.mark.parametrize("leaving", ["pointer", "shortcut"])
def test_typing_is_sent_as_the_pointer_leaves_the_page_or_a_shortcut_key_goes_down(app, leaving):
    """Closing or reloading starts outside the page (the browser's buttons, Ctrl+W, F5): the box
    sends what it holds then, rather than 500 ms after the last keystroke or only as the page
    goes (which a closing page seldom gets out)."""
    page, base, _ = app
    query = _episodes_page(page, base, f"Leaving by {leaving}")
    area = answer_box(open_episode(page, EPISODE), WHY)
    area.fill("")
    area.press_sequentially("Typed just before heading for the close button.", delay=0)
    page.mouse.move(200, 200)
    if leaving == "pointer":
        page.mouse.move(-5, -5)
    else:
        page.keyboard.down("Control")
    # Sent there and then (read without waiting; on a slow machine the debounce may have fired
    # already, which also says "Saving…").
    assert box_status(area).text_content() != "Typing… saved automatically"
    page.keyboard.up("Control")
    expect(box_status(area)).to_have_text("Saved")
    area = _why_after_reload(page, f"{base}/episodes?{query}")
    expect(area).to_have_value("Typed just before heading for the close button.")


@pytest.mark.browser
def test_a_refused_answer_keeps_its_text_and_says_why_once(app):
    page, base, _ = app
    query = _episodes_page(page, base, "Careful")
    expander = open_episode(page, EPISODE)
    area = answer_box(expander, WHY)
    area.fill("Seen as it was\x0bat the time.")
    act(page, lambda: area.press("Tab"))
    refused = page.get_by_test_id("stAlert").filter(has_text="vertical tab")
    expect(refused).to_have_count(1)
    expect(box_status(area)).to_have_text("Not saved yet: see the message on the page")
    # Another tab's save, merged in by this tab's next change, redraws the page's answers:
    # the refused text stays in the box.
    other = page.context.new_page()
    prepare(other)
    goto(other, f"{base}/episodes?{query}")
    add_episode(other, "Health visitor review", "e05")
    entries = expander.get_by_test_id("stMultiSelect")
    choose(page, entries, "e03")
    expect_tag(entries, "e03")
    expect(page.get_by_text("Both changes are kept")).to_be_visible()
    expect(refused).to_have_count(1)
    wait_idle(page)  # the merge's redraw has landed
    if not area.is_visible():  # the redraw may close the episode
        area = answer_box(open_episode(page, EPISODE), WHY)
    expect(area).to_have_value("Seen as it was\x0bat the time.")
    area.fill("Seen as it was at the time.")
    area.press("Tab")
    expect(box_status(area)).to_have_text("Saved")
    expect(refused).to_have_count(0)
    area = _why_after_reload(page, f"{base}/episodes?{query}")
    expect(area).to_have_value("Seen as it was at the time.")


@pytest.mark.browser
def test_two_tabs_on_one_attempt_keep_both_changes_and_show_a_clash(app):
    page, base, _ = app
    query = _episodes_page(page, base, "Twin")
    other = page.context.new_page()
    prepare(other)
    goto(other, f"{base}/episodes?{query}")
    # Tab 1 writes why the episode is key; tab 2, which has not seen that, adds an episode.
    area = answer_box(open_episode(page, EPISODE), WHY)
    area.fill("Written in tab 1.")
    area.press("Tab")
    expect(box_status(area)).to_have_text("Saved")
    add_episode(other, "Health visitor review", "e05")
    expect(other.get_by_text("Both changes are kept")).to_be_visible()
    # Both tabs now change the same answer: tab 2 is told and shown both versions.
    area.fill("Tab 1's second thoughts.")
    area.press("Tab")
    expect(box_status(area)).to_have_text("Saved")
    other_area = answer_box(open_episode(other, EPISODE), WHY)
    other_area.fill("Tab 2's view.")
    act(other, lambda: other_area.press("Tab"))
    panel = other.get_by_text("Changed in two places: choose what to keep")
    expect(panel).to_be_visible()
    expect(other.get_by_text("Tab 1's second thoughts.").first).to_be_visible()
    expect(other.get_by_text("Tab 2's view.").first).to_be_visible()
    # Until the trainee chooses, tab 2's version lives only in that tab: leaving asks first.
    with other.expect_event("dialog") as asked:
        other.evaluate("() => setTimeout(() => location.reload(), 0)")
    assert asked.value.type == "beforeunload"
    asked.value.dismiss()
    act(other, other.get_by_role("button", name="Keep both, one after the other").click)
    expect(panel).to_have_count(0)
    area = _why_after_reload(page, f"{base}/episodes?{query}")
    expect(area).to_have_value("Tab 1's second thoughts.\n\nTab 2's view.")
    expect(item_box(page, "Health visitor review")).to_be_visible()
