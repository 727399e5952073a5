"""What only a browser shows about addresses and the network: a deep link into a server nobody has
visited yet gets the whole app; Back after sign-out signs no one in; the resume code is in no
address; and no request leaves 127.0.0.1 while the main pages are walked (the app works offline).
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from appdriver import (
    TEST_SECRET_KEY,
    TUTORIAL,
    act,
    free_port,
    goto,
    open_tutorial,
    prepare,
    start,
    start_server,
    stop,
    wait_idle,
    wait_until_up,
)
from playwright.sync_api import expect
from test_journey import PAGES

from secondstory import loading, workflow
from secondstory.storage import Store

ROOT_SCENARIOS = loading.DEFAULT_SCENARIOS


@pytest.fixture(params=[False, True], ids=["serve.py", "streamlit run app.py"])
def fresh_server(tmp_path, request):
    """A server that nobody has visited, started as `make run` starts it and as
    `streamlit run app.py`, and a trainee with an attempt and a session token made straight in
    its database: (base URL, token, attempt id)."""
    database_url = f"sqlite:///{tmp_path / 'fresh.db'}"
    scenario = loading.load_library(ROOT_SCENARIOS).scenarios[TUTORIAL]
    with Store(database_url, secret_key=TEST_SECRET_KEY.encode()) as store:
        person, _ = store.create_trainee("Robin")
        attempt = store.start_attempt(person.id, scenario.id, scenario.version, "guided")
        store.save_analysis(person.id, attempt.id, workflow.new_analysis(scenario), stage="case")
        token = store.open_session(person.id)
    port = free_port()
    proc = start_server(database_url, port, tmp_path / "server.log", plain=request.param)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, proc)
        yield base, token, attempt.id
    finally:
        stop(proc)


@pytest.mark.browser
def test_a_deep_link_into_a_fresh_server_gets_the_whole_app(page, fresh_server):
    base, token, attempt = fresh_server
    prepare(page)
    goto(page, f"{base}/episodes?session={token}&attempt={attempt}")
    sidebar = page.get_by_test_id("stSidebar")
    # The router ran: its navigation (page titles, not file names), the sign-in and sign-out.
    expect(sidebar.get_by_role("link", name="1. Key practice episodes")).to_be_visible()
    expect(sidebar.get_by_role("link", name="episodes", exact=True)).to_have_count(0)
    expect(sidebar.get_by_text("Signed in as Robin")).to_be_visible()
    expect(sidebar.get_by_role("button", name="Sign out")).to_be_visible()
    # The next click keeps the session in the address, so a reload keeps the trainee signed in.
    act(page, sidebar.get_by_role("link", name="2. Appraisal").click)
    page.wait_for_url(re.compile(rf"/appraisal\?.*session={re.escape(token)}"))
    page.reload()
    wait_idle(page)
    expect(sidebar.get_by_text("Signed in as Robin")).to_be_visible()


@pytest.mark.browser
def test_back_after_sign_out_signs_no_one_in(app):
    page, base, _ = app
    visited = []
    page.on("framenavigated", lambda frame: visited.append(frame.url))
    code = start(page, base, "Leaving")
    open_tutorial(page)
    sidebar = page.get_by_test_id("stSidebar")
    act(page, sidebar.get_by_role("button", name="Sign out").click)
    expect(sidebar.get_by_text("Not signed in. Start or resume in the Library.")).to_be_visible()
    page.go_back()
    wait_idle(page)
    expect(sidebar.get_by_text("Not signed in. Start or resume in the Library.")).to_be_visible()
    expect(sidebar.get_by_role("button", name="Sign out")).to_have_count(0)
    visited.append(page.url)
    assert not [url for url in visited if code in url or "code=" in url]


@pytest.mark.browser
def test_no_request_leaves_the_machine_while_the_main_pages_are_walked(app):
    page, base, _ = app
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    start(page, base, "Offline")
    token, attempt = open_tutorial(page)
    for path in PAGES:
        goto(page, f"{base}/{path}?session={token}&attempt={attempt}")
    icon = page.locator("link[rel~='icon']").first.get_attribute("href")
    assert urlparse(icon).scheme in ("data", "") or icon.startswith(base), icon
    outside = {
        url
        for url in requests
        if urlparse(url).scheme not in ("data", "blob")
        and urlparse(url).hostname not in ("127.0.0.1",)
    }
    assert outside == set()
