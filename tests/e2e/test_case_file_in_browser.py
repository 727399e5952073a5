"""What only a browser shows about the case file: the chronology read on a phone (390 px),
an entry address (?entry=) and an entry link opening the entry, and a click on the timeline."""

from __future__ import annotations

import pytest
from appdriver import (
    TEST_SECRET_KEY,
    TUTORIAL,
    act,
    free_port,
    goto,
    prepare,
    start_server,
    stop,
    wait_until_up,
)
from playwright.sync_api import expect

from secondstory import loading, workflow
from secondstory.storage import Store

PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def case_server(tmp_path_factory):
    """A server, and a maker of trainees with an attempt on the tutorial and a session token
    made straight in its database: (base URL, make)."""
    folder = tmp_path_factory.mktemp("case_file")
    database_url = f"sqlite:///{folder / 'case.db'}"
    scenario = loading.load_library(loading.DEFAULT_SCENARIOS).scenarios[TUTORIAL]

    def make() -> str:
        with Store(database_url, secret_key=TEST_SECRET_KEY.encode()) as store:
            person, _ = store.create_trainee("Robin")
            attempt = store.start_attempt(person.id, scenario.id, scenario.version, "guided")
            analysis = workflow.new_analysis(scenario)
            store.save_analysis(person.id, attempt.id, analysis, stage="case")
            token = store.open_session(person.id)
        return f"session={token}&attempt={attempt.id}"

    port = free_port()
    proc = start_server(database_url, port, folder / "server.log")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, proc)
        yield base, make
    finally:
        stop(proc)


def _tab(page, name: str) -> None:
    act(page, page.get_by_role("tab", name=name).click)
    expect(page.get_by_role("tab", name=name)).to_have_attribute("aria-selected", "true")


@pytest.mark.browser
def test_the_chronology_reads_on_a_phone(page, case_server):
    base, make = case_server
    prepare(page)
    page.set_viewport_size(PHONE)
    goto(page, f"{base}/case_file?{make()}")
    _tab(page, "Chronology")
    card = page.locator("p").filter(has_text="Bruise on Maisie's knee, explained as a fall")
    expect(card).to_be_visible()
    expect(card).to_contain_text("e05 · Tue 04 Feb 2025, 16:05 · Little Acorns Nursery, Halbury")
    box = card.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.browser
def test_an_entry_address_and_an_entry_link_open_the_entry(page, case_server):
    base, make = case_server
    prepare(page)
    params = make()
    goto(page, f"{base}/case_file?{params}&entry=e05")
    expect(page.get_by_role("tab", name="Chronology")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Priya completed a body map", exact=False)).to_be_visible()
    _tab(page, "Records")
    with page.context.expect_page() as opened:
        page.get_by_role("link", name="e10", exact=True).first.click()
    other = opened.value
    other.wait_for_load_state()
    expect(other.get_by_text("Hannah was on two weeks' annual leave", exact=False)).to_be_visible(
        timeout=60_000
    )
    assert "entry=" not in other.url  # taken from the address once


@pytest.mark.browser
def test_a_click_on_the_timeline_opens_the_entry(page, case_server):
    base, make = case_server
    prepare(page)
    goto(page, f"{base}/case_file?{make()}")
    _tab(page, "Timeline")
    point = page.locator("[data-testid='stVegaLiteChart'] path[aria-label*='e07']").first
    expect(point).to_be_visible()
    act(page, lambda: point.click(force=True))
    expect(page.get_by_text("Claire invited Jade into the office", exact=False)).to_be_visible()
