"""A trainer's cohort end to end in real browsers: the trainer sets up a guided cohort (trainer
key) and copies its join code; two trainees, each in their own browser, join, open the case (in
the cohort's mode, no choice) and submit; the trainer opens the debrief from their list and
downloads the debrief pack (Word and printable page)."""

from __future__ import annotations

import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from docx import Document
from playwright.sync_api import Page, expect

from secondstory.loading import load_library
from secondstory.reference import reference_analysis
from secondstory.storage import Store
from tests.e2e.appdriver import (
    ROOT,
    TEST_SECRET_KEY,
    TUTORIAL,
    act,
    choose,
    free_port,
    goto,
    prepare,
    serious_violations,
    start,
    start_server,
    stop,
    url_param,
    wait_idle,
    wait_until_up,
)

TRAINER_KEY = "trainer-key-for-the-cohort-browser-test"


@pytest.fixture
def trainer_server(tmp_path, monkeypatch):
    """(base URL, database URL) of a server with a trainer key and its own database."""
    monkeypatch.setenv("SECONDSTORY_TRAINER_KEY", TRAINER_KEY)
    monkeypatch.setenv("SECONDSTORY_SECRET_KEY", TEST_SECRET_KEY)
    database_url = f"sqlite:///{tmp_path / 'cohort.db'}"
    port = free_port()
    proc = start_server(database_url, port, tmp_path / "server.log")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, proc)
        yield base, database_url
    finally:
        stop(proc)


def new_page(browser, *, clipboard: bool = False) -> Page:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    if clipboard:
        context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    prepare(page)
    return page


def set_up_cohort(page: Page, base: str) -> str:
    """As the trainer: unlock, create the cohort, copy the join code; returns the code."""
    goto(page, f"{base}/facilitator")
    page.get_by_label("Trainer key").fill(TRAINER_KEY)
    act(page, page.get_by_role("button", name="Open the trainer pages").click)
    form = page.locator("[data-testid='stForm']").filter(has_text="Set up a cohort")
    form.get_by_label("Cohort name").fill("Panel induction, March")
    choose(page, form.get_by_test_id("stMultiSelect"), "Small worries at nursery")
    act(page, form.get_by_role("button", name="Create the cohort").click)
    join_code = page.get_by_test_id("stCode").first.inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", join_code)
    copy = page.frame_locator("iframe[title='st.iframe']").first
    copy.get_by_role("button", name="Copy the join code").click()
    expect(copy.get_by_role("status")).to_have_text("Copied.")
    assert page.evaluate("navigator.clipboard.readText()") == join_code
    act(page, page.get_by_role("button", name="I have noted the code and key").click)
    return join_code


def join_and_submit(page: Page, base: str, database_url: str, name: str, join_code: str) -> None:
    """As a trainee: sign up, join with the code, open the case in the cohort's mode, and
    submit (the analysis itself is written through the store, as the journey test types one)."""
    start(page, base, name)
    page.get_by_text("Join a cohort").click()
    page.get_by_label("Join code").fill(join_code)
    act(page, page.get_by_role("button", name="Join", exact=True).click)
    expect(page.get_by_text("You joined Panel induction, March")).to_be_visible()
    expect(page.get_by_text(re.compile("Your cohort Panel induction, March set"))).to_be_visible()
    act(page, page.locator(f".st-key-open_{TUTORIAL} button").first.click)
    expect(page.get_by_text(re.compile("in its mode: Guided"))).to_be_visible()
    expect(page.get_by_role("radiogroup", name="Mode")).to_have_count(0)
    token, attempt_id = open_tutorial_after_notes(page)
    with Store(database_url) as store:
        person = store.trainee_by_session(token)
        found = store.get_attempt(person.id, attempt_id)
        assert (found.mode, found.cohort_id is not None) == ("guided", True)
        scenario = load_library(ROOT / "scenarios").scenarios[TUTORIAL]
        analysis = reference_analysis(scenario).model_copy(update={"outcome_revealed": True})
        store.save_analysis(person.id, attempt_id, analysis, stage="findings")
    goto(page, f"{base}/findings?session={token}&attempt={attempt_id}")
    act(page, page.get_by_role("button", name="Submit my analysis").click)
    expect(page.get_by_role("heading", name="Comparison with the expert")).to_be_visible()


def open_tutorial_after_notes(page: Page) -> tuple[str, str]:
    act(page, page.get_by_role("button", name="I have read the content notes: start").click)
    expect(page.get_by_role("heading", name="Case file")).to_be_visible()
    return url_param(page, "session"), url_param(page, "attempt")


@pytest.mark.browser
def test_two_trainees_through_to_the_debrief_pack(browser, trainer_server, tmp_path):
    base, database_url = trainer_server
    trainer = new_page(browser, clipboard=True)
    join_code = set_up_cohort(trainer, base)
    for name in ("Robin", "Ash"):
        join_and_submit(new_page(browser), base, database_url, name, join_code)

    # The trainer's page still shows the new cohort: back to the list, then open it from there.
    act(trainer, trainer.get_by_role("button", name=re.compile("^Back to the start")).click)
    expect(trainer.get_by_text("Panel induction, March")).to_be_visible()
    act(trainer, trainer.get_by_role("button", name="Open its debrief").click)
    expect(trainer.get_by_role("heading", name="Panel induction, March")).to_be_visible()
    progress = trainer.get_by_test_id("stDataFrame").first
    expect(progress).to_be_visible()
    expect(trainer.get_by_text("2 trainee(s) on this case; 2 attempt(s)")).to_be_visible()
    expect(trainer.get_by_role("tab", name="Where we diverged")).to_be_visible()
    assert "Robin" not in trainer.locator("[data-testid='stMain']").inner_text()
    axe = Axe()
    for tab in ("Where we diverged", "Episodes and ratings", "Factors and findings"):
        trainer.get_by_role("tab", name=tab).click()
        expect(trainer.get_by_role("tab", name=tab)).to_have_attribute("aria-selected", "true")
        assert serious_violations(trainer, axe) == [], tab

    with trainer.expect_download() as download:
        trainer.get_by_role("button", name="Download the debrief pack (printable page)").click()
    page_path = tmp_path / "pack.html"
    download.value.save_as(page_path)
    html = page_path.read_text(encoding="utf-8")
    assert "Where we diverged" in html and html.count("<svg") >= 5
    assert "<script" not in html and "Trainee 2" in html and "Robin" not in html

    with trainer.expect_download() as download:
        trainer.get_by_role("button", name="Download the debrief pack (Word)").click()
    word = tmp_path / "pack.docx"
    download.value.save_as(word)
    document = Document(io.BytesIO(word.read_bytes()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Debrief: Panel induction, March" in text and "Where we diverged" in text
    assert round(document.sections[0].page_width.mm) == 210


@pytest.mark.browser
def test_a_reload_keeps_the_trainer_and_the_open_debrief(browser, trainer_server):
    base, _ = trainer_server
    trainer = new_page(browser, clipboard=True)
    set_up_cohort(trainer, base)
    heading = trainer.get_by_role("heading", name="Panel induction, March")
    expect(heading).to_be_visible()
    url_param(trainer, "cohort")
    assert TRAINER_KEY not in trainer.url
    address = trainer.url

    trainer.reload()
    wait_idle(trainer)
    expect(heading).to_be_visible()
    expect(trainer.get_by_label("Trainer key")).to_have_count(0)

    # The same address in a new browser (a new session) opens the debrief too, until the
    # trainer signs out: then it asks for the key and says why.
    other = new_page(browser)
    goto(other, address)
    expect(other.get_by_role("heading", name="Panel induction, March")).to_be_visible()
    act(trainer, trainer.get_by_role("button", name="Sign out as trainer").click)
    expect(trainer.get_by_label("Trainer key")).to_be_visible()
    goto(other, address)
    expect(other.get_by_label("Trainer key")).to_be_visible()
    expect(
        other.get_by_text(re.compile("trainer sign-in in this address has ended"))
    ).to_be_visible()
    expect(other.get_by_role("heading", name="Panel induction, March")).to_have_count(0)
