"""Trainer tokens: what the trainer pages' address carries so that a trainer who gave the trainer
key stays in after a reload, and reopening a cohort by id only through a trainer's pass.

Every test runs against a SQLite file and against PostgreSQL (see storage_backends).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, select, text, update

from secondstory.storage import (
    LATEST_VERSION,
    AccessDenied,
    Client,
    Store,
    TooManyAttempts,
    TrainerPass,
    migrations,
    normalise_url,
)
from secondstory.storage.schema import trainer_sessions
from tests.unit import storage_backends as backends


@pytest.fixture(scope="session")
def postgres():
    server = backends.ThrowawayPostgres()
    yield server
    server.drop()


@pytest.fixture(params=backends.BACKENDS)
def db_url(request, tmp_path, postgres):
    return backends.url_for(request.param, postgres, tmp_path)


@pytest.fixture
def store(db_url):
    with Store(db_url) as found:
        yield found


def test_a_trainer_token_opens_the_trainer_key_pass_after_a_restart(store, db_url):
    token = store.open_trainer_session()
    with Store(db_url) as restarted:
        assert restarted.trainer_by_session(token) == TrainerPass()


def test_the_token_is_stored_only_as_a_hash_with_its_expiry(store):
    before = dt.datetime.now(dt.UTC)
    token = store.open_trainer_session()
    with store.engine.connect() as conn:
        [row] = conn.execute(select(trainer_sessions)).all()
    assert token not in row.token_hash
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=dt.UTC)
    # A training day, as for trainees' sessions.
    assert (
        dt.timedelta(hours=11, minutes=59) < expires - before <= dt.timedelta(hours=12, seconds=5)
    )


def test_signing_out_ends_the_token_for_every_tab(store):
    token = store.open_trainer_session()
    other = store.open_trainer_session()
    store.close_trainer_session(token)
    with pytest.raises(AccessDenied, match="ended"):
        store.trainer_by_session(token)
    assert store.trainer_by_session(other) == TrainerPass()


def test_an_expired_token_is_refused_and_purged_by_the_next_sign_in(store):
    token = store.open_trainer_session()
    with store.engine.begin() as conn:
        conn.execute(
            update(trainer_sessions).values(
                expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
            )
        )
    with pytest.raises(AccessDenied, match="expired"):
        store.trainer_by_session(token)
    store.open_trainer_session()
    with store.engine.connect() as conn:
        assert len(conn.execute(select(trainer_sessions)).all()) == 1


@pytest.mark.parametrize("typed", ["", "not-a-token", "x" * 5000, None])
def test_a_wrong_token_is_denied(store, typed):
    with pytest.raises(AccessDenied):
        store.trainer_by_session(typed)


def test_wrong_tokens_lock_the_browser_out_like_wrong_keys(store):
    token = store.open_trainer_session()
    browser = Client(session="tab-1", address="10.0.0.9")
    for guess in range(5):
        with pytest.raises(AccessDenied):
            store.trainer_by_session(f"guess-{guess}", browser)
    with pytest.raises(TooManyAttempts):
        store.trainer_by_session(token, browser)
    # Another browser on another network is not locked out by this one.
    assert store.trainer_by_session(token, Client(session="tab-2", address="10.0.0.8"))


def test_a_trainee_session_token_is_not_a_trainer_token(store):
    person, _ = store.create_trainee("Robin")
    with pytest.raises(AccessDenied):
        store.trainer_by_session(store.open_session(person.id))
    with pytest.raises(AccessDenied):
        store.trainee_by_session(store.open_trainer_session())


def test_a_cohort_reopens_by_id_only_through_a_pass_that_manages_it(store):
    cohort, _, key = store.create_cohort("Day 1", ["demo"], "guided")
    mine = store.create_cohort("Mine", ["demo"], "guided", trainer=TrainerPass("a@example.org"))[0]
    assert store.cohort(cohort.id, TrainerPass()).name == "Day 1"
    assert store.cohort(cohort.id, key).id == cohort.id
    assert store.cohort(mine.id, TrainerPass("A@example.org")).name == "Mine"
    with pytest.raises(AccessDenied):
        store.cohort(cohort.id, TrainerPass("a@example.org"))
    with pytest.raises(AccessDenied):
        store.cohort(mine.id, key)
    with pytest.raises(AccessDenied):
        store.cohort("no-such-cohort", TrainerPass())


def test_a_version_5_database_gains_trainer_sessions_and_keeps_its_rows(db_url):
    engine = create_engine(normalise_url(db_url))
    try:
        with engine.begin() as conn:
            assert migrations.upgrade(conn, target=5) == 5
    finally:
        engine.dispose()
    with Store(db_url) as old:
        person, code = old.create_trainee("Before")
        cohort, _, key = old.create_cohort("Kept", ["demo"], "full")
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM schema_version WHERE version = 6"))
        conn.execute(text("DROP TABLE trainer_sessions"))
    engine.dispose()

    with Store(db_url) as store:
        assert store.schema_version() == LATEST_VERSION
        assert store.trainee_by_resume_code(code) == person
        assert store.cohort_for_key(key) == cohort
        assert store.trainer_by_session(store.open_trainer_session()) == TrainerPass()
