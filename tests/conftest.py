"""Shared test set-up: every test gets its own database and, unless it asks, the shipped scenarios."""

from __future__ import annotations

from pathlib import Path

import pytest

# Where CI requires PostgreSQL or the browser, a skipped test of either fails the run.
from tests.required_skips import pytest_runtest_makereport  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
# The server secret key for tests (never a real one): no test writes data/secret_key.
TEST_SECRET_KEY = "test-secret-key-for-second-story-tests-only"


@pytest.fixture(autouse=True)
def _isolated_database(tmp_path, monkeypatch):
    """No test touches data/: each gets a fresh SQLite file unless it sets its own URL, and the
    test secret key."""
    monkeypatch.setenv("SECONDSTORY_DATABASE_URL", f"sqlite:///{tmp_path / 'test.db'}")
    monkeypatch.setenv("SECONDSTORY_SECRET_KEY", TEST_SECRET_KEY)
    monkeypatch.setenv("SECONDSTORY_SCENARIOS", str(ROOT / "scenarios"))
