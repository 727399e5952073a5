"""Two app processes against one PostgreSQL database: work saved through one server is read
back through the other, as with two replicas behind a load balancer."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.appdriver import (
    free_port,
    goto,
    open_tutorial,
    prepare,
    start,
    start_server,
    stop,
    wait_until_up,
)
from tests.unit.storage_backends import ThrowawayPostgres


@pytest.fixture
def postgres_url():
    server = ThrowawayPostgres()
    yield server.fresh_url()
    server.drop()


@pytest.mark.browser
@pytest.mark.postgres
def test_work_saved_on_one_server_is_read_on_another(page, postgres_url, tmp_path):
    prepare(page)
    servers = []
    try:
        for _ in range(2):
            port = free_port()
            proc = start_server(postgres_url, port, tmp_path / f"server-{port}.log")
            servers.append((f"http://127.0.0.1:{port}", proc))
        for base, proc in servers:
            wait_until_up(base, proc)
        first, second = servers[0][0], servers[1][0]
        start(page, first, "Replica")
        token, attempt = open_tutorial(page)
        goto(page, f"{second}/my_work?session={token}&attempt={attempt}")
        expect(page.get_by_text("Small worries at nursery (tutorial)").first).to_be_visible()
        expect(page.get_by_role("heading", name="My work")).to_be_visible()
    finally:
        for _, proc in servers:
            stop(proc)
