"""Take the README's screenshots: the tutorial's case file, the comparison of a submitted
analysis, a conversation in conversation practice, and a cohort's facilitator debrief.

Starts the app on a free loopback port with a throwaway database, drives Debian's chromium
(/usr/bin/chromium or SECONDSTORY_CHROMIUM) and writes docs/images/case-file.png,
comparison.png, conversation.png and debrief.png. Run from the repository:
`.venv/bin/python scripts/screenshots.py`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "e2e")]

from appdriver import (  # noqa: E402 - needs the paths above
    CHROMIUM,
    CHROMIUM_ARGS,
    TEST_SECRET_KEY,
    act,
    free_port,
    goto,
    open_tutorial,
    prepare,
    start,
    start_server,
    stop,
    wait_drawn,
    wait_until_up,
)
from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

from secondstory import interview, loading  # noqa: E402
from secondstory.models import Analysis, Scenario, TraineeAppraisal  # noqa: E402
from secondstory.reference import reference_analysis  # noqa: E402
from secondstory.storage import Store  # noqa: E402

IMAGES = ROOT / "docs" / "images"
VIEWPORT = {"width": 1400, "height": 1000}
COMPARED = "cumulative-neglect"


def trainee_like(scenario: Scenario) -> Analysis:
    """The expert's analysis with a trainee's gaps: two episodes missed, one appraisal rated
    more harshly after the outcome, a factor left out here and there, two findings not written."""
    reference = reference_analysis(scenario)
    episodes = []
    for number, episode in enumerate(reference.episodes[:-2]):
        update = {"factors": episode.factors[:-1] if number % 2 else episode.factors}
        if number == 1:
            update["appraisal_after_reveal"] = TraineeAppraisal(
                rating="below_expectations",
                reasoning="Knowing what happened next, this now looks like a missed chance.",
            )
        episodes.append(episode.model_copy(update=update))
    return reference.model_copy(
        update={
            "episodes": episodes,
            "findings": reference.findings[:3],
            "outcome_revealed": True,
        }
    )


def submitted_attempt(database_url: str, scenario: Scenario) -> tuple[str, str]:
    """A trainee with a submitted attempt at the scenario; returns (session token, attempt id)."""
    store = Store(database_url, secret_key=TEST_SECRET_KEY.encode())
    try:
        person, _code = store.create_trainee("Sam")
        token = store.open_session(person.id)
        attempt = store.start_attempt(person.id, scenario.id, scenario.version, "full")
        store.save_analysis(person.id, attempt.id, trainee_like(scenario), stage="findings")
        store.submit_attempt(person.id, attempt.id)
    finally:
        store.close()
    return token, attempt.id


def practising(database_url: str, scenario: Scenario) -> tuple[str, str]:
    """A trainee part way through conversation practice with the case's first practitioner:
    open questions, then a blaming one; returns (session token, attempt id)."""
    store = Store(database_url, secret_key=TEST_SECRET_KEY.encode())
    try:
        person, _code = store.create_trainee("Alex")
        token = store.open_session(person.id)
        attempt = store.start_attempt(person.id, scenario.id, scenario.version, "conversation")
        analysis = attempt.analysis
        first = scenario.conversations[0].id
        for choice in ("part:overview", "part:turning_points"):
            analysis, _ = interview.ask(analysis, scenario, first, choice=choice)
        analysis, _ = interview.ask(
            analysis, scenario, first, text="Why didn't you ring children's services sooner?"
        )
        store.save_analysis(person.id, attempt.id, analysis)
    finally:
        store.close()
    return token, attempt.id


def cohort(database_url: str, scenario: Scenario) -> str:
    """A cohort of four trainees who submitted analyses with different gaps; returns the
    facilitator key."""
    store = Store(database_url, secret_key=TEST_SECRET_KEY.encode())
    try:
        made, join_code, key = store.create_cohort("Panel induction", [scenario.id], "full")
        for number, name in enumerate(("Ash", "Robin", "Kit", "Jo")):
            person, _code = store.create_trainee(name)
            store.join_cohort(person.id, join_code)
            attempt = store.start_attempt(
                person.id, scenario.id, scenario.version, "full", cohort_id=made.id
            )
            analysis = trainee_like(scenario)
            analysis = analysis.model_copy(
                update={"episodes": analysis.episodes[number % 2 :], "findings": analysis.findings}
            )
            store.save_analysis(person.id, attempt.id, analysis, stage="findings")
            store.submit_attempt(person.id, attempt.id)
    finally:
        store.close()
    return key


def conversation(page: Page, base: str, token: str, attempt: str) -> None:
    goto(page, f"{base}/conversation?session={token}&attempt={attempt}")
    expect(page.get_by_role("heading", name="Conversation practice").first).to_be_visible()
    page.wait_for_timeout(500)
    page.screenshot(path=IMAGES / "conversation.png")


def debrief(page: Page, base: str, key: str) -> None:
    goto(page, f"{base}/facilitator")
    page.get_by_label("Facilitator key").fill(key)
    act(page, page.get_by_role("button", name="Open the debrief").click)
    expect(page.get_by_role("tab", name="Where we diverged")).to_be_visible()
    wait_drawn(page)
    page.wait_for_timeout(1000)
    page.screenshot(path=IMAGES / "debrief.png")


def case_file(page: Page, base: str) -> None:
    start(page, base, "Sam")
    open_tutorial(page)
    expect(page.get_by_test_id("stImage").locator("img")).to_be_visible()
    page.wait_for_timeout(1000)  # let the network picture finish its first paint
    page.screenshot(path=IMAGES / "case-file.png")


def comparison(page: Page, base: str, token: str, attempt: str) -> None:
    goto(page, f"{base}/comparison?session={token}&attempt={attempt}")
    expect(page.get_by_role("heading", name="Comparison with the expert")).to_be_visible()
    expect(page.get_by_test_id("stVegaLiteChart").first).to_be_visible()
    page.wait_for_timeout(1000)  # let the chart finish its first paint
    page.screenshot(path=IMAGES / "comparison.png")


def main() -> int:
    IMAGES.mkdir(parents=True, exist_ok=True)
    scenario = loading.load_library(ROOT / "scenarios").scenarios[COMPARED]
    with tempfile.TemporaryDirectory() as folder:
        database_url = f"sqlite:///{Path(folder) / 'screenshots.db'}"
        token, attempt = submitted_attempt(database_url, scenario)
        practice_token, practice_attempt = practising(database_url, scenario)
        facilitator_key = cohort(database_url, scenario)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(database_url, port)
        try:
            wait_until_up(base, server)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
                )
                page = browser.new_page(viewport=VIEWPORT)
                prepare(page)
                case_file(page, base)
                comparison(page, base, token, attempt)
                conversation(page, base, practice_token, practice_attempt)
                debrief(page, base, facilitator_key)
                browser.close()
        finally:
            stop(server)
    for name in ("case-file.png", "comparison.png", "conversation.png", "debrief.png"):
        print(f"{IMAGES / name}: {(IMAGES / name).stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
