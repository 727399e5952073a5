"""Schema versioning: the migration steps, the upgrade path from older databases, and its safety.

Every test runs against a SQLite file and against PostgreSQL (see storage_backends).
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import create_engine, inspect, select, text

from secondstory.storage import (
    LATEST_VERSION,
    StorageUnavailable,
    Store,
    TrainerPass,
    migrations,
    normalise_url,
)
from secondstory.storage.schema import metadata, schema_version
from secondstory.storage.secrets_util import legacy_hash, normalise_code
from tests.unit import storage_backends as backends


@pytest.fixture(scope="session")
def postgres():
    server = backends.ThrowawayPostgres()
    yield server
    server.drop()


@pytest.fixture(params=backends.BACKENDS)
def db_url(request, tmp_path, postgres):
    return backends.url_for(request.param, postgres, tmp_path)


def versions(url: str) -> list[tuple[int, dt.datetime]]:
    with Store(url) as store, store.engine.connect() as conn:
        rows = conn.execute(select(schema_version).order_by(schema_version.c.version))
        return [(row.version, row.applied_at) for row in rows]


def build_version_1(url: str) -> tuple[str, str, str]:
    """An old database at version 1 holding one trainee and one attempt; returns their ids."""
    engine = create_engine(normalise_url(url))
    try:
        with engine.begin() as conn:
            assert migrations.upgrade(conn, target=1) == 1
            now = dt.datetime.now(dt.UTC)
            conn.execute(
                text(
                    "INSERT INTO trainees (id, display_name, resume_hash, created_at) "
                    "VALUES ('t-old', 'Early bird', :hash, :now)"
                ),
                {"hash": legacy_hash("resume", normalise_code("AAAA-BBBB-CCCC")), "now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO attempts (id, trainee_id, scenario_id, scenario_version, mode, "
                    "stage, analysis, created_at, updated_at, submitted_at, revision) VALUES "
                    "('a-old', 't-old', 'demo', '1', 'guided', 'episodes', :analysis, :now, :now, "
                    "NULL, 4)"
                ),
                {
                    "analysis": '{"scenario": "demo", "episodes": [{"title": "kept"}]}',
                    "now": now,
                },
            )
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("attempts")}
            assert "cohort_id" not in columns
            assert not inspect(conn).has_table("cohorts")
    finally:
        engine.dispose()
    return "AAAA-BBBB-CCCC", "t-old", "a-old"


def build_version_2(url: str) -> tuple[str, str, str, str]:
    """A database at version 2: a trainee with a submitted attempt in a cohort; returns
    the resume code, the trainee's, the attempt's and the cohort's ids."""
    code, trainee_id, attempt_id = build_version_1(url)
    engine = create_engine(normalise_url(url))
    try:
        with engine.begin() as conn:
            assert migrations.upgrade(conn, target=2) == 2
            now = dt.datetime.now(dt.UTC)
            conn.execute(
                text(
                    "INSERT INTO cohorts (id, name, scenario_ids, mode, join_hash, key_hash, "
                    "created_at) VALUES ('c-old', 'Old cohort', '[\"demo\"]', 'guided', 'j', 'k', "
                    ":now)"
                ),
                {"now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO cohort_members (cohort_id, trainee_id, joined_at) "
                    "VALUES ('c-old', :trainee, :now)"
                ),
                {"trainee": trainee_id, "now": now},
            )
            conn.execute(
                text(
                    "UPDATE attempts SET cohort_id = 'c-old', submitted_at = :now, "
                    "stage = 'submitted' WHERE id = :attempt"
                ),
                {"attempt": attempt_id, "now": now},
            )
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("attempts")}
            assert "cohort_id" in columns and "feedback" not in columns
            assert not inspect(conn).has_table("identities")
    finally:
        engine.dispose()
    return code, trainee_id, attempt_id, "c-old"


def test_a_fresh_database_gets_every_step_once(db_url):
    applied = versions(db_url)
    assert [v for v, _ in applied] == list(range(1, LATEST_VERSION + 1))
    assert versions(db_url) == applied  # opening again applies nothing


def test_the_steps_end_at_the_declared_schema(db_url):
    with Store(db_url) as store, store.engine.connect() as conn:
        found = inspect(conn)
        assert set(found.get_table_names()) == set(metadata.tables)
        for table in metadata.tables.values():
            reflected = {c["name"]: c for c in found.get_columns(table.name)}
            assert set(reflected) == set(table.columns.keys()), table.name
            for column in table.columns:
                there = reflected[column.name]
                assert there["nullable"] == column.nullable, (table.name, column.name)
                assert there["type"].python_type is column.type.python_type, column.name
                assert getattr(there["type"], "length", None) == getattr(
                    column.type, "length", None
                ), column.name
            indexes = {i["name"]: i["column_names"] for i in found.get_indexes(table.name)}
            declared = {i.name: [c.name for c in i.columns] for i in table.indexes}
            assert {k: v for k, v in indexes.items() if k.startswith("ix_")} == declared
            foreign = {
                (tuple(fk["constrained_columns"]), fk["referred_table"])
                for fk in found.get_foreign_keys(table.name)
            }
            assert foreign == {
                ((fk.parent.name,), fk.column.table.name) for fk in table.foreign_keys
            }, table.name


def test_a_version_1_database_is_upgraded_with_its_data(db_url):
    code, trainee_id, attempt_id = build_version_1(db_url)

    with Store(db_url) as store:
        assert store.schema_version() == LATEST_VERSION
        trainee = store.trainee_by_resume_code(code)
        assert (trainee.id, trainee.display_name) == (trainee_id, "Early bird")
        old = store.get_attempt(trainee_id, attempt_id)
        assert old.cohort_id is None
        assert (old.stage, old.revision, old.analysis.episodes[0].title) == ("episodes", 4, "kept")

        cohort, join_code, key = store.create_cohort("After the upgrade", ["demo"], "guided")
        store.join_cohort(trainee_id, join_code)
        new = store.start_attempt(trainee_id, "demo", "1", "guided", cohort_id=cohort.id)
        assert [a.id for _, a in store.cohort_attempts(cohort.id, key)] == [new.id]
    assert [v for v, _ in versions(db_url)] == list(range(1, LATEST_VERSION + 1))


def test_a_version_2_database_is_upgraded_with_its_data(db_url):
    code, trainee_id, attempt_id, cohort_id = build_version_2(db_url)

    with Store(db_url) as store:
        assert store.schema_version() == LATEST_VERSION
        assert store.trainee_by_resume_code(code).id == trainee_id
        old = store.get_attempt(trainee_id, attempt_id)
        assert (old.cohort_id, old.submitted, old.feedback_json) == (cohort_id, True, None)
        assert old.analysis.episodes[0].title == "kept"
        assert [c.id for c in store.trainee_cohorts(trainee_id)] == [cohort_id]
        # A cohort from before the states is open, and the trainer key manages it.
        [cohort] = store.trainer_cohorts(TrainerPass())
        assert (cohort.id, cohort.state) == (cohort_id, "open")

        newcomer = store.trainee_for_identity('["https://idp.example","s-1"]', "Wren")
        assert store.trainee_for_identity('["https://idp.example","s-1"]', "Wren") == newcomer
        fresh = store.start_attempt(newcomer.id, "demo", "1", "full")
        done = store.submit_attempt(newcomer.id, fresh.id, '{"marked": true}')
        assert store.get_attempt(newcomer.id, done.id).feedback_json == '{"marked": true}'
    assert [v for v, _ in versions(db_url)] == list(range(1, LATEST_VERSION + 1))


def test_a_failing_step_leaves_the_database_as_it_was(db_url, monkeypatch):
    def broken_step(conn):
        conn.execute(text("CREATE TABLE half_done (id INTEGER)"))
        raise RuntimeError("step failed half-way")

    with Store(db_url) as store:
        monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, broken_step))
        monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
        with pytest.raises(RuntimeError), store.engine.begin() as conn:
            migrations.upgrade(conn)
        assert store.schema_version() == LATEST_VERSION
        with store.engine.connect() as conn:
            assert not inspect(conn).has_table("half_done")


def test_a_newer_database_is_refused_clearly(db_url):
    with Store(db_url) as store, store.engine.begin() as conn:
        conn.execute(schema_version.insert().values(version=99, applied_at=dt.datetime.now(dt.UTC)))
    with pytest.raises(StorageUnavailable, match="schema version 99, which is newer"):
        Store(db_url)


def test_an_unknown_target_version_is_an_error(db_url):
    with Store(db_url) as store, store.engine.begin() as conn, pytest.raises(ValueError):
        migrations.upgrade(conn, target=LATEST_VERSION + 1)


def test_replicas_starting_together_upgrade_once(db_url):
    def start(_n: int) -> int:
        with Store(db_url) as store:
            return store.schema_version()

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(start, range(4))) == [LATEST_VERSION] * 4
    assert [v for v, _ in versions(db_url)] == list(range(1, LATEST_VERSION + 1))


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
