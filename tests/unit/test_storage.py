"""Storage layer: saving as they go, resume codes, access rules, cohorts, retries, two processes.

Every test runs against a SQLite file and against PostgreSQL (see storage_backends).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import event, inspect, select, text, update
from sqlalchemy import exc as sa_exc

from secondstory.models import (
    Analysis,
    TraineeAppraisal,
    TraineeEpisode,
    TraineeFactor,
    TraineeFinding,
)
from secondstory.storage import (
    LATEST_VERSION,
    AccessDenied,
    Client,
    ConflictError,
    StorageError,
    StorageUnavailable,
    Store,
    TooManyAttempts,
    TrainerPass,
    database_url,
    normalise_url,
)
from secondstory.storage import store as store_module
from secondstory.storage.__main__ import main as storage_cli
from secondstory.storage.schema import trainer_sessions
from secondstory.storage.secrets_util import CODE_ALPHABET
from tests.unit import storage_backends as backends

REPO = Path(__file__).resolve().parents[2]


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


@pytest.fixture
def no_backoff(monkeypatch):
    monkeypatch.setattr(store_module, "_BACKOFF_SECONDS", (0, 0))


def full_analysis(scenario: str = "demo") -> Analysis:
    return Analysis(
        scenario=scenario,
        scenario_version="1",
        episodes=[
            TraineeEpisode(
                id="t1",
                title="Health visitor's home visit <b>not bold</b>",
                entries=["e03", "e04"],
                why_key="First sight of the baby's bruise — «see notes» 🙂",
                appraisal=TraineeAppraisal(
                    rating="below_expectations", reasoning="ليس كما هو متوقع"
                ),
                local_rationality="The mother's account fitted what she had seen before.",
                factors=[
                    TraineeFactor(
                        category="human_tool",
                        prompt_area=None,
                        statement="No body map form " + "x" * 4000,
                        evidence=["e03", "c-hv.influences"],
                    )
                ],
            )
        ],
        findings=[
            TraineeFinding(
                statement="Referral thresholds are read differently by each agency.",
                category="assessment_and_longer_term",
                questions=["How does the partnership know?"],
                episodes=["t1"],
            )
        ],
        hints_used=["episodes-1"],
        outcome_revealed=True,
    )


def new_trainee(store: Store, name: str = "Kestrel"):
    trainee, _code = store.create_trainee(name)
    return trainee


# --- saved as they go ---


def test_analysis_round_trips_exactly_and_survives_a_restart(store, db_url):
    trainee = new_trainee(store)
    attempt = store.start_attempt(trainee.id, "demo", "1", "guided")
    assert attempt.stage == "case"
    assert attempt.analysis == Analysis(scenario="demo", scenario_version="1")

    analysis = full_analysis()
    saved = store.save_analysis(trainee.id, attempt.id, analysis, stage="factors")

    assert saved.analysis == analysis
    assert saved.revision == attempt.revision + 1
    assert store.get_attempt(trainee.id, attempt.id) == saved
    with Store(db_url) as restarted:
        assert restarted.get_attempt(trainee.id, attempt.id) == saved


def test_stage_is_the_furthest_reached(store):
    trainee = new_trainee(store)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full")
    store.save_analysis(trainee.id, attempt.id, full_analysis(), stage="appraisal")
    back = store.save_analysis(trainee.id, attempt.id, full_analysis(), stage="episodes")
    kept = store.save_analysis(trainee.id, attempt.id, full_analysis())
    assert (back.stage, kept.stage, kept.revision) == ("appraisal", "appraisal", 3)


def test_invalid_stage_and_mode_are_programming_errors(store):
    trainee = new_trainee(store)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full")
    with pytest.raises(ValueError):
        store.save_analysis(trainee.id, attempt.id, full_analysis(), stage="submitted")
    with pytest.raises(ValueError):
        store.start_attempt(trainee.id, "demo", "1", "expert")


def test_an_analysis_for_another_case_is_not_saved(store):
    trainee = new_trainee(store)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full")
    with pytest.raises(StorageError, match="other-case"):
        store.save_analysis(trainee.id, attempt.id, full_analysis("other-case"))
    assert store.get_attempt(trainee.id, attempt.id).revision == 0


def test_submitted_attempt_is_kept_as_submitted(store):
    trainee = new_trainee(store)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full")
    store.save_analysis(trainee.id, attempt.id, full_analysis(), stage="findings")
    submitted = store.submit_attempt(trainee.id, attempt.id)
    assert submitted.stage == "submitted" and submitted.submitted
    assert store.submit_attempt(trainee.id, attempt.id) == submitted
    with pytest.raises(StorageError, match="submitted"):
        store.save_analysis(trainee.id, attempt.id, Analysis(scenario="demo"))
    assert store.get_attempt(trainee.id, attempt.id).analysis == full_analysis()


def test_the_marking_is_kept_with_the_submission(store):
    trainee = new_trainee(store)
    cohort, join_code, key = store.create_cohort("Day 1", ["demo"], "full")
    store.join_cohort(trainee.id, join_code)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full", cohort_id=cohort.id)
    assert attempt.feedback_json is None
    marking = json.dumps({"overall": 0.5, "note": "«kept» as given 🙂"})
    submitted = store.submit_attempt(trainee.id, attempt.id, marking)
    assert submitted.feedback_json == marking
    assert store.get_attempt(trainee.id, attempt.id).feedback_json == marking
    assert [a.feedback_json for a in store.list_attempts(trainee.id)] == [marking]
    assert [a.feedback_json for _, a in store.cohort_attempts(cohort.id, key)] == [marking]
    # Submitting again changes nothing, not even the stored marking.
    assert store.submit_attempt(trainee.id, attempt.id, "{}").feedback_json == marking


def test_a_submission_without_marking_keeps_none(store):
    trainee = new_trainee(store)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full")
    assert store.submit_attempt(trainee.id, attempt.id).feedback_json is None
    assert store.get_attempt(trainee.id, attempt.id).feedback_json is None
    with pytest.raises(TypeError):
        store.submit_attempt(trainee.id, attempt.id, {"overall": 1})


def test_a_save_over_a_newer_revision_is_refused(store):
    trainee = new_trainee(store)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full")
    first_tab = store.save_analysis(trainee.id, attempt.id, full_analysis(), expected_revision=0)
    with pytest.raises(ConflictError):
        store.save_analysis(trainee.id, attempt.id, Analysis(scenario="demo"), expected_revision=0)
    assert store.get_attempt(trainee.id, attempt.id) == first_tab


def test_attempts_are_listed_newest_first_and_by_scenario(store):
    trainee = new_trainee(store)
    first = store.start_attempt(trainee.id, "demo", "1", "full")
    second = store.start_attempt(trainee.id, "other", "2", "guided")
    third = store.start_attempt(trainee.id, "demo", "1", "guided")
    assert [a.id for a in store.list_attempts(trainee.id)] == [third.id, second.id, first.id]
    assert [a.id for a in store.list_attempts(trainee.id, "demo")] == [third.id, first.id]


def test_delete_removes_only_that_attempt(store):
    trainee = new_trainee(store)
    gone = store.start_attempt(trainee.id, "demo", "1", "full")
    kept = store.start_attempt(trainee.id, "demo", "1", "full")
    store.delete_attempt(trainee.id, gone.id)
    assert [a.id for a in store.list_attempts(trainee.id)] == [kept.id]
    with pytest.raises(AccessDenied):
        store.get_attempt(trainee.id, gone.id)


# --- trainees and resume codes ---


def test_resume_code_brings_back_the_trainee_however_it_is_typed(store):
    trainee, code = store.create_trainee("  Kestrel  ")
    assert trainee.display_name == "Kestrel"
    assert re.fullmatch(rf"[{CODE_ALPHABET}]{{4}}(-[{CODE_ALPHABET}]{{4}}){{2}}", code)
    assert store.trainee_by_resume_code(code) == trainee
    assert store.trainee_by_resume_code(f"  {code.lower().replace('-', ' ')} ") == trainee
    assert store.trainee_by_resume_code(code.replace("-", "")) == trainee


@pytest.mark.parametrize("typed", ["", "AAAA-BBBB-CCCC", "x" * 5000, None, "' OR '1'='1"])
def test_wrong_resume_code_is_denied_without_detail(store, typed):
    store.create_trainee("Kestrel")
    with pytest.raises(AccessDenied) as denied:
        store.trainee_by_resume_code(typed)
    assert str(denied.value) == store_module.NO_SUCH_TRAINEE


def test_resume_codes_differ_between_trainees(store):
    codes = {store.create_trainee(f"T{i}")[1] for i in range(20)}
    assert len(codes) == 20


@pytest.mark.parametrize(
    "name",
    [
        "<script>alert(1)</script>",
        "**bold** [x](javascript:1)",
        "שלום עולם",
        "🦅 Kestrel 👩‍👩‍👧",
        "a" * 60,
    ],
)
def test_display_names_are_kept_literally(store, name):
    trainee, code = store.create_trainee(name)
    assert store.trainee_by_resume_code(code).display_name == name


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("", "enter"),
        ("   ", "enter"),
        ("a" * 61, "too long"),
        ("tab\there", "control"),
        ("nul\x00", "control"),
    ],
)
def test_bad_display_names_are_refused_with_a_reason(store, name, why):
    with pytest.raises(StorageError, match=why):
        store.create_trainee(name)


# --- ownership: a trainee cannot reach another trainee's attempt by any id ---


def test_another_trainee_cannot_get_save_submit_list_or_delete_an_attempt(store):
    owner, intruder = new_trainee(store, "A"), new_trainee(store, "B")
    attempt = store.start_attempt(owner.id, "demo", "1", "full")
    saved = store.save_analysis(owner.id, attempt.id, full_analysis())

    for action in (
        lambda: store.get_attempt(intruder.id, attempt.id),
        lambda: store.save_analysis(intruder.id, attempt.id, Analysis(scenario="demo")),
        lambda: store.submit_attempt(intruder.id, attempt.id),
        lambda: store.delete_attempt(intruder.id, attempt.id),
    ):
        with pytest.raises(AccessDenied) as denied:
            action()
        assert str(denied.value) == store_module.NO_SUCH_ATTEMPT
    assert store.list_attempts(intruder.id) == []
    assert store.get_attempt(owner.id, attempt.id) == saved


def test_a_missing_attempt_and_someone_elses_look_the_same(store):
    owner, intruder = new_trainee(store, "A"), new_trainee(store, "B")
    attempt = store.start_attempt(owner.id, "demo", "1", "full")
    with pytest.raises(AccessDenied) as theirs:
        store.get_attempt(intruder.id, attempt.id)
    with pytest.raises(AccessDenied) as missing:
        store.get_attempt(intruder.id, "0" * 32)
    assert str(theirs.value) == str(missing.value)


@pytest.mark.parametrize("bad", [None, "", "x" * 1000, "' OR '1'='1", 42])
def test_implausible_ids_are_denied(store, bad):
    trainee = new_trainee(store)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full")
    with pytest.raises(AccessDenied):
        store.get_attempt(bad, attempt.id)
    with pytest.raises(AccessDenied):
        store.get_attempt(trainee.id, bad)
    with pytest.raises(AccessDenied):
        store.list_attempts(bad)
    with pytest.raises(AccessDenied):
        store.start_attempt(bad, "demo", "1", "full")


# --- single sign-on identities ---

SUBJECT = '["https://login.example.org/tenant/v2.0","00u-1234-abcd"]'


def test_first_sign_in_creates_the_trainee_and_later_ones_find_them(store):
    first = store.trainee_for_identity(SUBJECT, "Robin")
    assert first.display_name == "Robin"
    again = store.trainee_for_identity(SUBJECT, "Robin Renamed")
    assert (again.id, again.display_name) == (first.id, "Robin")
    other = store.trainee_for_identity(SUBJECT.replace("1234", "9999"), "Robin")
    assert other.id != first.id
    attempt = store.start_attempt(first.id, "demo", "1", "guided")
    assert [a.id for a in store.list_attempts(again.id)] == [attempt.id]
    with pytest.raises(AccessDenied):
        store.get_attempt(other.id, attempt.id)


def test_the_identity_is_stored_only_as_a_hash(store):
    store.trainee_for_identity(SUBJECT, "Robin")
    with store.engine.connect() as conn:
        rows = [str(v) for r in conn.execute(text("SELECT * FROM identities")) for v in r]
    assert len(rows) == 3
    dump = "\n".join(rows)
    assert "00u-1234-abcd" not in dump and "login.example.org" not in dump


@pytest.mark.parametrize("subject", ["", "   ", None, 42, "x" * 1001])
def test_an_unusable_identity_is_denied(store, subject):
    with pytest.raises(AccessDenied, match="did not say who you are"):
        store.trainee_for_identity(subject, "Robin")


def test_an_unusable_display_name_is_refused(store):
    with pytest.raises(StorageError, match="display name"):
        store.trainee_for_identity(SUBJECT, "   ")


def test_first_sign_ins_in_several_tabs_at_once_make_one_trainee(store):
    with ThreadPoolExecutor(max_workers=4) as pool:
        ids = set(pool.map(lambda _: store.trainee_for_identity(SUBJECT, "Robin").id, range(8)))
    assert len(ids) == 1
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM trainees")).scalar() == 1


def test_a_first_sign_in_that_loses_a_race_uses_the_winners_trainee(store, db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite writers queue (BEGIN IMMEDIATE), so two first sign-ins cannot race")
    winner = {}

    @event.listens_for(store.engine, "before_cursor_execute")
    def other_replica_first(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO IDENTITIES") and not winner:
            with Store(db_url) as other:
                winner["trainee"] = other.trainee_for_identity(SUBJECT, "Other replica")

    found = store.trainee_for_identity(SUBJECT, "This replica")
    assert found == winner["trainee"] and found.display_name == "Other replica"
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM trainees")).scalar() == 1


# --- cohorts ---


def test_cohort_create_and_join(store):
    cohort, join_code, key = store.create_cohort(
        " Induction, March ", ["demo", "other", "demo"], "guided"
    )
    assert cohort.name == "Induction, March"
    assert cohort.scenario_ids == ("demo", "other")
    assert re.fullmatch(rf"[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}", join_code)
    # 20 characters without look-alikes (about 98 bits), easy to copy by hand.
    assert re.fullmatch(rf"([{CODE_ALPHABET}]{{5}}-){{3}}[{CODE_ALPHABET}]{{5}}", key)

    trainee = new_trainee(store)
    assert store.trainee_cohorts(trainee.id) == []
    assert store.join_cohort(trainee.id, join_code.lower().replace("-", " ")) == cohort
    assert store.join_cohort(trainee.id, join_code) == cohort
    assert store.trainee_cohorts(trainee.id) == [cohort]
    assert store.cohort_for_key(f" {key}\n") == cohort
    assert store.cohort_for_key(key.lower().replace("-", "")) == cohort
    assert store.cohort_members(cohort.id, key) == [trainee]


@pytest.mark.parametrize("typed", ["", "AAAA-AAAA", None, "x" * 5000])
def test_wrong_join_code_is_denied(store, typed):
    store.create_cohort("Day 1", ["demo"], "full")
    trainee = new_trainee(store)
    with pytest.raises(AccessDenied) as denied:
        store.join_cohort(trainee.id, typed)
    assert str(denied.value) == store_module.NO_SUCH_JOIN_CODE
    assert store.trainee_cohorts(trainee.id) == []


def test_codes_do_not_cross_roles(store):
    cohort, join_code, key = store.create_cohort("Day 1", ["demo"], "full")
    trainee, resume_code = store.create_trainee("Kestrel")
    with pytest.raises(AccessDenied):
        store.trainee_by_resume_code(join_code)
    with pytest.raises(AccessDenied):
        store.cohort_for_key(join_code)
    with pytest.raises(AccessDenied):
        store.join_cohort(trainee.id, resume_code)
    with pytest.raises(AccessDenied):
        store.join_cohort(trainee.id, key)


@pytest.mark.parametrize("typed", ["", "not-the-key", None, "y" * 5000])
def test_wrong_facilitator_key_is_denied(store, typed):
    cohort, _join, _key = store.create_cohort("Day 1", ["demo"], "full")
    with pytest.raises(AccessDenied) as denied:
        store.cohort_for_key(typed)
    assert str(denied.value) == store_module.NO_SUCH_KEY
    with pytest.raises(AccessDenied):
        store.cohort_attempts(cohort.id, typed)
    with pytest.raises(AccessDenied):
        store.cohort_members(cohort.id, typed)


def test_facilitator_sees_only_their_cohort(store):
    mine, mine_join, mine_key = store.create_cohort("Mine", ["demo"], "full")
    theirs, theirs_join, theirs_key = store.create_cohort("Theirs", ["demo"], "full")
    ann, bob = new_trainee(store, "Ann"), new_trainee(store, "Bob")
    store.join_cohort(ann.id, mine_join)
    store.join_cohort(bob.id, theirs_join)
    in_mine = store.start_attempt(ann.id, "demo", "1", "full", cohort_id=mine.id)
    store.start_attempt(ann.id, "demo", "1", "full")  # her own practice, outside any cohort
    store.start_attempt(bob.id, "demo", "1", "full", cohort_id=theirs.id)

    rows = store.cohort_attempts(mine.id, mine_key)
    assert [(t.id, a.id) for t, a in rows] == [(ann.id, in_mine.id)]
    assert rows[0][0] == ann
    with pytest.raises(AccessDenied):
        store.cohort_attempts(theirs.id, mine_key)
    with pytest.raises(AccessDenied):
        store.cohort_members(theirs.id, mine_key)
    with pytest.raises(AccessDenied):
        store.rotate_facilitator_key(theirs.id, mine_key)
    assert store.cohort_for_key(theirs_key) == theirs


def test_key_rotation_retires_the_old_key(store):
    cohort, _join, old_key = store.create_cohort("Day 1", ["demo"], "full")
    new_key = store.rotate_facilitator_key(cohort.id, old_key)
    assert new_key != old_key
    assert store.cohort_for_key(new_key) == cohort
    assert store.cohort_attempts(cohort.id, new_key) == []
    with pytest.raises(AccessDenied):
        store.cohort_for_key(old_key)
    with pytest.raises(AccessDenied):
        store.rotate_facilitator_key(cohort.id, old_key)


def test_cohort_attempts_need_membership_and_an_assigned_case(store):
    cohort, join_code, _key = store.create_cohort("Day 1", ["demo"], "full")
    trainee = new_trainee(store)
    with pytest.raises(AccessDenied):
        store.start_attempt(trainee.id, "demo", "1", "full", cohort_id=cohort.id)
    store.join_cohort(trainee.id, join_code)
    with pytest.raises(StorageError, match="not one of the cohort's"):
        store.start_attempt(trainee.id, "other", "1", "full", cohort_id=cohort.id)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full", cohort_id=cohort.id)
    assert attempt.cohort_id == cohort.id


@pytest.mark.parametrize(
    ("name", "scenarios", "why"),
    [
        ("", ["demo"], "enter"),
        ("Day 1", [], "at least one"),
        ("Day 1", "demo", "list"),
        ("Day 1", [""], "short id"),
    ],
)
def test_bad_cohorts_are_refused_with_a_reason(store, name, scenarios, why):
    with pytest.raises(StorageError, match=why):
        store.create_cohort(name, scenarios, "full")


def test_codes_and_keys_are_stored_only_as_hashes(store):
    trainee, resume_code = store.create_trainee("Kestrel")
    cohort, join_code, key = store.create_cohort("Day 1", ["demo"], "full")
    rotated = store.rotate_facilitator_key(cohort.id, key)
    stored = []
    with store.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                stored.extend(str(value) for value in row)
    dump = "\n".join(stored).upper()
    for secret in (resume_code, join_code, key, rotated):
        assert secret.upper() not in dump
        assert secret.replace("-", "").upper() not in dump


# --- failures: retried, reported, never silently dropped ---


def _fail_updates(store: Store, times: int, error: type[sa_exc.DBAPIError]) -> list[str]:
    seen: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def flaky(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("UPDATE ATTEMPTS"):
            seen.append(statement)
            if len(seen) <= times:
                raise error(statement, parameters, Exception("server closed the connection"))

    return seen


def test_a_transient_failure_is_retried(store, no_backoff):
    trainee = new_trainee(store)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full")
    tries = _fail_updates(store, 2, sa_exc.OperationalError)
    saved = store.save_analysis(trainee.id, attempt.id, full_analysis())
    assert len(tries) == 3
    assert store.get_attempt(trainee.id, attempt.id) == saved
    assert saved.analysis == full_analysis()


def test_a_save_that_keeps_failing_is_reported(store, no_backoff):
    trainee = new_trainee(store)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full")
    tries = _fail_updates(store, 99, sa_exc.OperationalError)
    with pytest.raises(StorageError, match="could not be saved") as failed:
        store.save_analysis(trainee.id, attempt.id, full_analysis())
    assert not isinstance(failed.value, AccessDenied)
    assert len(tries) == store_module.TRIES
    assert store.get_attempt(trainee.id, attempt.id) == attempt


def test_a_permanent_failure_is_reported_at_once(store, no_backoff):
    trainee = new_trainee(store)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full")
    tries = _fail_updates(store, 99, sa_exc.IntegrityError)
    with pytest.raises(StorageError):
        store.save_analysis(trainee.id, attempt.id, full_analysis())
    assert len(tries) == 1


def test_unreachable_postgres_gives_a_clear_message_without_the_password():
    with pytest.raises(StorageUnavailable) as failed:
        Store("postgresql://reviewer:s3cret-pw@127.0.0.1:1/secondstory")
    message = str(failed.value)
    assert message.startswith(
        "Cannot reach the database at postgresql+psycopg://reviewer:***@127.0.0.1:1/secondstory: "
    )
    assert "s3cret-pw" not in message
    assert "\n" not in message


def test_unusable_sqlite_path_gives_storage_unavailable(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageUnavailable, match="Cannot reach the database at sqlite:///"):
        Store(f"sqlite:///{blocker}/secondstory.db")


def test_unknown_driver_gives_storage_unavailable():
    with pytest.raises(StorageUnavailable, match="Cannot reach the database"):
        Store("nosuchdb://somewhere/x")


def test_a_closed_store_says_so(db_url):
    opened = Store(db_url)
    opened.close()
    with pytest.raises(StorageError, match="closed"):
        opened.create_trainee("Kestrel")


# --- concurrency: one Store shared by many sessions, and several processes ---


def test_one_store_is_safe_to_share_between_threads(store):
    trainee = new_trainee(store)
    attempt = store.start_attempt(trainee.id, "demo", "1", "full")

    def work(n: int) -> str:
        other, code = store.create_trainee(f"Thread {n}")
        for _ in range(5):
            store.save_analysis(trainee.id, attempt.id, full_analysis())
        return store.trainee_by_resume_code(code).id == other.id

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(work, range(6)))
    assert results == [True] * 6
    assert store.get_attempt(trainee.id, attempt.id).revision == 30


CHILD = textwrap.dedent(
    """
    import json, sys
    from secondstory.models import Analysis, TraineeEpisode
    from secondstory.storage import Store

    request = json.loads(sys.stdin.read())
    with Store() as store:  # from SECONDSTORY_DATABASE_URL
        parent = store.trainee_by_resume_code(request["code"])
        seen = store.get_attempt(parent.id, request["attempt_id"])
        trainee, code = store.create_trainee("Written by the other process")
        attempt = store.start_attempt(trainee.id, "demo", "1", "full")
        analysis = Analysis(scenario="demo", episodes=[TraineeEpisode(title="from the child")])
        store.save_analysis(trainee.id, attempt.id, analysis, stage="episodes")
    print(json.dumps({"seen": seen.analysis.model_dump_json(), "code": code, "attempt_id": attempt.id}))
    """
)


def test_two_processes_share_one_database(store, db_url):
    trainee, code = store.create_trainee("Written by this process")
    attempt = store.start_attempt(trainee.id, "demo", "1", "guided")
    store.save_analysis(trainee.id, attempt.id, full_analysis(), stage="findings")

    env = {**os.environ, "SECONDSTORY_DATABASE_URL": db_url, "PYTHONPATH": str(REPO)}
    child = subprocess.run(
        [sys.executable, "-c", CHILD],
        input=json.dumps({"code": code, "attempt_id": attempt.id}),
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    reply = json.loads(child.stdout)

    assert Analysis.model_validate_json(reply["seen"]) == full_analysis()
    written_there = store.trainee_by_resume_code(reply["code"])
    read_here = store.get_attempt(written_there.id, reply["attempt_id"])
    assert read_here.analysis.episodes[0].title == "from the child"
    assert (read_here.stage, read_here.revision) == ("episodes", 1)


# --- configuration and operator commands ---


def test_database_url_defaults_to_a_sqlite_file_under_data(monkeypatch):
    monkeypatch.delenv("SECONDSTORY_DATABASE_URL", raising=False)
    url = database_url()
    assert url == f"sqlite:///{REPO / 'data' / 'secondstory.db'}"
    assert (REPO / "data").is_dir()
    monkeypatch.setenv("SECONDSTORY_DATABASE_URL", "   ")
    assert database_url() == url


def test_database_url_from_the_environment_uses_psycopg(monkeypatch):
    monkeypatch.setenv("SECONDSTORY_DATABASE_URL", "postgresql://u:p@db:5432/ss")
    assert database_url() == "postgresql+psycopg://u:p@db:5432/ss"
    assert normalise_url("postgres://db/ss") == "postgresql+psycopg://db/ss"
    assert normalise_url("postgresql+psycopg://db/ss") == "postgresql+psycopg://db/ss"
    assert normalise_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


def test_operator_can_reset_a_lost_key_and_list_cohorts(store, db_url, capsys):
    cohort, _join, lost_key = store.create_cohort("Day 1", ["demo", "other"], "full")
    assert storage_cli(["--url", db_url, "cohorts"]) == 0
    listing = capsys.readouterr().out
    assert cohort.id in listing and "Day 1" in listing and lost_key not in listing

    assert storage_cli(["--url", db_url, "reset-key", cohort.id]) == 0
    new_key = capsys.readouterr().out.strip().splitlines()[-1]
    assert store.cohort_for_key(new_key) == cohort
    with pytest.raises(AccessDenied):
        store.cohort_for_key(lost_key)

    assert storage_cli(["--url", db_url, "reset-key", "no-such-cohort"]) == 1
    assert "no cohort" in capsys.readouterr().err


def test_operator_upgrade_reports_the_version(db_url, capsys):
    assert storage_cli(["--url", db_url, "upgrade"]) == 0
    assert f"Schema version {LATEST_VERSION} at " in capsys.readouterr().out
    with Store(db_url) as opened:
        assert opened.schema_version() == LATEST_VERSION


# --- cohort states, trainers' cohorts, removing a trainee ---


def test_a_closed_cohort_refuses_new_joins_but_keeps_its_members(store):
    cohort, join_code, key = store.create_cohort("Day 1", ["demo"], "guided")
    member, newcomer = new_trainee(store), new_trainee(store)
    store.join_cohort(member.id, join_code)
    closed = store.set_cohort_state(cohort.id, key, "closed")
    assert closed.state == "closed"
    with pytest.raises(StorageError) as refused:
        store.join_cohort(newcomer.id, join_code)
    assert str(refused.value) == store_module.CLOSED_TO_JOINS
    assert store.trainee_cohorts(newcomer.id) == []
    # A member carries on in the cohort's mode.
    store.start_attempt(member.id, "demo", "1", "guided", cohort_id=cohort.id)
    store.set_cohort_state(cohort.id, key, "open")
    assert store.join_cohort(newcomer.id, join_code).state == "open"


def test_an_archived_cohort_leaves_the_list_but_is_kept(store):
    trainer = TrainerPass()
    old, _, key = store.create_cohort("Spring", ["demo"], "guided")
    new, _, _ = store.create_cohort("Summer", ["demo"], "guided")
    store.set_cohort_state(old.id, trainer, "archived")
    assert [c.name for c in store.trainer_cohorts(trainer)] == ["Summer"]
    assert [c.name for c in store.trainer_cohorts(trainer, archived=True)] == ["Summer", "Spring"]
    assert store.cohort_for_key(key).state == "archived"
    with pytest.raises(ValueError):
        store.set_cohort_state(new.id, trainer, "deleted")


def test_a_cohort_enforces_its_mode(store):
    cohort, join_code, _ = store.create_cohort("Induction", ["demo"], "guided")
    trainee = new_trainee(store)
    store.join_cohort(trainee.id, join_code)
    with pytest.raises(StorageError) as refused:
        store.start_attempt(trainee.id, "demo", "1", "full", cohort_id=cohort.id)
    assert "guided mode" in str(refused.value)
    assert store.list_attempts(trainee.id) == []


def test_a_trainer_account_manages_only_the_cohorts_it_set_up(store):
    mine = TrainerPass("Lead@Example.org")
    theirs = TrainerPass("other@example.org")
    cohort, _, _ = store.create_cohort("Mine", ["demo"], "full", trainer=mine)
    store.create_cohort("Theirs", ["demo"], "full", trainer=theirs)
    store.create_cohort("Keyholder's", ["demo"], "full")
    assert [c.name for c in store.trainer_cohorts(TrainerPass("lead@example.org"))] == ["Mine"]
    with pytest.raises(AccessDenied):
        store.set_cohort_state(cohort.id, theirs, "closed")
    with pytest.raises(AccessDenied):
        store.cohort_attempts(cohort.id, theirs)
    # The trainer key manages every cohort on the server.
    assert len(store.trainer_cohorts(TrainerPass())) == 3
    assert store.cohort_attempts(cohort.id, TrainerPass()) == []


def test_removing_a_trainee_takes_their_work_out_of_the_debrief_not_from_them(store):
    cohort, join_code, key = store.create_cohort("Day 1", ["demo"], "full")
    leaving, staying = new_trainee(store), new_trainee(store)
    for person in (leaving, staying):
        store.join_cohort(person.id, join_code)
        store.start_attempt(person.id, "demo", "1", "full", cohort_id=cohort.id)
    assert store.remove_member(cohort.id, key, leaving.id) == 1
    assert [p.id for p, _ in store.cohort_attempts(cohort.id, key)] == [staying.id]
    assert store.cohort_members(cohort.id, key) == [staying]
    [kept] = store.list_attempts(leaving.id)
    assert kept.cohort_id is None
    assert store.trainee_cohorts(leaving.id) == []
    with pytest.raises(StorageError):
        store.remove_member(cohort.id, key, leaving.id)


# --- trainer tokens: the trainer pages' address instead of the trainer key ---


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
