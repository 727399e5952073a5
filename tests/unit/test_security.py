"""Codes, keys and tokens at rest and in use: keyed hashes with the server's secret key, the
upgrade of databases that stored plain SHA-256, session tokens that end, lockouts after
repeated wrong codes, and join-code rotation.

Every test runs against a SQLite file and against PostgreSQL (see storage_backends).
"""

from __future__ import annotations

import datetime as dt
import stat

import pytest
from sqlalchemy import create_engine, select, text

from secondstory.storage import (
    AccessDenied,
    Client,
    StorageUnavailable,
    Store,
    TooManyAttempts,
    migrations,
    normalise_url,
)
from secondstory.storage import server_key as server_key_module
from secondstory.storage import store as store_module
from secondstory.storage.schema import cohorts, identities, sessions, trainees
from secondstory.storage.secrets_util import legacy_hash, normalise_code
from tests.unit import storage_backends as backends

OTHER_KEY = b"another-secret-key-of-at-least-32-characters"


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
    with Store(db_url) as opened:
        yield opened


def stored(store: Store, table, column) -> list[str]:
    with store.engine.connect() as conn:
        return [row[0] for row in conn.execute(select(table.c[column]))]


# --- keyed hashes ---


def test_no_stored_hash_is_a_plain_sha256_of_the_code(store):
    _, resume_code = store.create_trainee("Kestrel")
    _, join_code, key = store.create_cohort("Day 1", ["demo"], "guided")
    store.trainee_for_identity('["https://idp.example","s-1"]', "Wren")
    plain = {
        legacy_hash("resume", normalise_code(resume_code)),
        legacy_hash("join", normalise_code(join_code)),
        legacy_hash("facilitator", normalise_code(key)),
        legacy_hash("identity", '["https://idp.example","s-1"]'),
    }
    kept = (
        stored(store, trainees, "resume_hash")
        + stored(store, cohorts, "join_hash")
        + stored(store, cohorts, "key_hash")
        + stored(store, identities, "subject_hash")
    )
    assert len(kept) == 5  # the identity's trainee has a resume hash too
    assert not plain & set(kept)


def test_a_database_opened_with_another_key_is_refused_clearly(db_url):
    with Store(db_url) as first:
        first.create_trainee("Kestrel")
    with pytest.raises(StorageUnavailable, match="different secret key"):
        Store(db_url, secret_key=OTHER_KEY)


def build_legacy_database(url: str) -> dict[str, str]:
    """A version 3 database whose codes are stored as plain SHA-256, as the first versions did."""
    secrets = {
        "resume": "AAAA-BBBB-CCCC",
        "join": "JJJJ-KKKK",
        "facilitator": "Old-Case-Sensitive_key_0123456789abc",
        "identity": '["https://idp.example","old-subject"]',
    }
    engine = create_engine(normalise_url(url))
    now = dt.datetime.now(dt.UTC)
    try:
        with engine.begin() as conn:
            assert migrations.upgrade(conn, target=3) == 3
            conn.execute(
                text(
                    "INSERT INTO trainees (id, display_name, resume_hash, created_at) "
                    "VALUES ('t-old', 'Early bird', :hash, :now)"
                ),
                {"hash": legacy_hash("resume", normalise_code(secrets["resume"])), "now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO identities (subject_hash, trainee_id, created_at) "
                    "VALUES (:hash, 't-old', :now)"
                ),
                {"hash": legacy_hash("identity", secrets["identity"]), "now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO cohorts (id, name, scenario_ids, mode, join_hash, key_hash, "
                    "created_at) VALUES ('c-old', 'Old cohort', '[\"demo\"]', 'guided', :join, "
                    ":key, :now)"
                ),
                {
                    "join": legacy_hash("join", normalise_code(secrets["join"])),
                    "key": legacy_hash("facilitator", secrets["facilitator"]),
                    "now": now,
                },
            )
    finally:
        engine.dispose()
    return secrets


def test_codes_stored_as_plain_sha256_still_work_and_are_keyed_at_upgrade(db_url):
    secrets = build_legacy_database(db_url)
    with Store(db_url) as store:
        trainee = store.trainee_by_resume_code(secrets["resume"])
        assert trainee.id == "t-old"
        assert store.trainee_for_identity(secrets["identity"], "Someone") == trainee
        assert store.cohort_for_key(secrets["facilitator"]).id == "c-old"
        assert store.join_cohort("t-old", secrets["join"].lower()).id == "c-old"
        legacy = {legacy_hash(p, s) for p, s in secrets.items()} | {
            legacy_hash("resume", normalise_code(secrets["resume"])),
            legacy_hash("join", normalise_code(secrets["join"])),
        }
        kept = (
            stored(store, trainees, "resume_hash")
            + stored(store, cohorts, "join_hash")
            + stored(store, cohorts, "key_hash")
            + stored(store, identities, "subject_hash")
        )
        assert not legacy & set(kept)
    with Store(db_url) as again:  # keyed once: opening again changes nothing
        assert again.trainee_by_resume_code(secrets["resume"]).id == "t-old"


def test_without_a_configured_key_one_is_generated_and_kept_private(tmp_path, monkeypatch):
    monkeypatch.delenv("SECONDSTORY_SECRET_KEY")
    key_file = tmp_path / "data" / "secret_key"
    url = f"sqlite:///{tmp_path / 'x.db'}"
    first = server_key_module.server_key(url, key_file)
    assert len(first) >= server_key_module.MIN_KEY_LENGTH
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert server_key_module.server_key(url, key_file) == first


def test_a_short_configured_key_is_refused(monkeypatch):
    monkeypatch.setenv("SECONDSTORY_SECRET_KEY", "too-short")
    with pytest.raises(StorageUnavailable, match="at least 32"):
        server_key_module.server_key("sqlite://")


# --- session tokens ---


def test_a_session_token_signs_in_until_sign_out(store):
    trainee, _ = store.create_trainee("Kestrel")
    token = store.open_session(trainee.id)
    assert store.trainee_by_session(token) == trainee
    assert stored(store, sessions, "token_hash") != [token]
    store.close_session(token)
    with pytest.raises(AccessDenied, match="session has ended"):
        store.trainee_by_session(token)


def test_a_session_token_expires(store, monkeypatch):
    trainee, _ = store.create_trainee("Kestrel")
    token = store.open_session(trainee.id)
    later = dt.datetime.now(dt.UTC) + store_module.SESSION_LIFETIME + dt.timedelta(minutes=1)
    monkeypatch.setattr(store_module, "_now", lambda: later)
    with pytest.raises(AccessDenied, match="session has ended"):
        store.trainee_by_session(token)


def test_a_resume_code_is_not_a_session_token(store):
    _, code = store.create_trainee("Kestrel")
    with pytest.raises(AccessDenied):
        store.trainee_by_session(code)


# --- lockouts ---


def guesses(check, count: int = 200) -> tuple[int, int]:
    """(wrong guesses that were looked at, guesses refused by the lockout) out of `count`."""
    looked_at = refused = 0
    for _ in range(count):
        try:
            check()
        except TooManyAttempts:
            refused += 1
        except AccessDenied:
            looked_at += 1
    return looked_at, refused


def test_200_wrong_resume_codes_from_one_browser_are_stopped(store):
    _, real = store.create_trainee("Kestrel")
    browser = Client(session="browser-1", address="10.0.0.7")
    looked_at, refused = guesses(lambda: store.trainee_by_resume_code("ZZZZ-ZZZZ-ZZZZ", browser))
    assert (looked_at, refused) == (5, 195)
    # Locked means locked: even the right code waits, so guessing cannot go on.
    with pytest.raises(TooManyAttempts, match="from this browser"):
        store.trainee_by_resume_code(real, browser)
    # Another browser elsewhere is not locked out.
    assert store.trainee_by_resume_code(real, Client(session="browser-2", address="10.0.0.8"))


def test_new_browser_sessions_from_one_address_are_stopped_too(store):
    count = iter(range(1000))
    looked_at, refused = guesses(
        lambda: store.trainee_by_resume_code(
            "ZZZZ-ZZZZ-ZZZZ", Client(session=f"s{next(count)}", address="10.0.0.7")
        )
    )
    assert (looked_at, refused) == (30, 170)


def test_guesses_from_everywhere_are_stopped_for_the_server(store):
    count = iter(range(1000))

    def from_a_new_place():
        n = next(count)
        store.join_cohort(trainee.id, "AAAA-AAAA", Client(session=f"s{n}", address=f"10.1.{n}"))

    store.create_cohort("Day 1", ["demo"], "guided")
    trainee, _ = store.create_trainee("Kestrel")
    looked_at, refused = guesses(from_a_new_place)
    assert (looked_at, refused) == (100, 100)
    with pytest.raises(TooManyAttempts, match="on this server"):
        store.join_cohort(trainee.id, "AAAA-AAAA")


@pytest.mark.parametrize("kind", ["join", "facilitator", "trainer"])
def test_200_wrong_join_codes_facilitator_and_trainer_keys_are_stopped(store, kind):
    trainee, _ = store.create_trainee("Kestrel")
    store.create_cohort("Day 1", ["demo"], "guided")
    browser = Client(session="browser-1")
    check = {
        "join": lambda: store.join_cohort(trainee.id, "AAAA-AAAA", browser),
        "facilitator": lambda: store.cohort_for_key("not-the-key", browser),
        "trainer": lambda: store.check_trainer_key("not-the-key", "the-trainer-key", browser),
    }[kind]
    assert guesses(check) == (5, 195)


def test_the_lockout_holds_across_processes_and_ends(db_url, monkeypatch):
    browser = Client(session="browser-1")
    with Store(db_url) as first:
        _, real = first.create_trainee("Kestrel")
        assert guesses(lambda: first.trainee_by_resume_code("ZZZZ-ZZZZ-ZZZZ", browser), 5) == (5, 0)
    with Store(db_url) as second:  # another process (or replica) sees the same counts
        with pytest.raises(TooManyAttempts, match="15 minute"):
            second.trainee_by_resume_code(real, browser)
        later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=16)
        monkeypatch.setattr(store_module, "_now", lambda: later)
        assert second.trainee_by_resume_code(real, browser)


def test_the_right_trainer_key_opens(store):
    store.check_trainer_key(" the-trainer-key ", "the-trainer-key")
    with pytest.raises(AccessDenied):
        store.check_trainer_key("", "the-trainer-key")


# --- join codes ---


def test_rotating_the_join_code_stops_the_old_one_and_keeps_members(store):
    cohort, old_code, key = store.create_cohort("Day 1", ["demo"], "guided")
    member, _ = store.create_trainee("Kestrel")
    store.join_cohort(member.id, old_code)
    new_code = store.rotate_join_code(cohort.id, key)
    assert normalise_code(new_code) != normalise_code(old_code)
    latecomer, _ = store.create_trainee("Wren")
    with pytest.raises(AccessDenied):
        store.join_cohort(latecomer.id, old_code)
    assert store.join_cohort(latecomer.id, new_code) == cohort
    assert store.cohort_members(cohort.id, key) == [member, latecomer]
    with pytest.raises(AccessDenied):
        store.rotate_join_code(cohort.id, "not-the-key")
