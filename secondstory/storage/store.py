"""The Store: trainees, attempts and cohorts in SQLite (default) or PostgreSQL.

One Store per process is shared by every Streamlit session, so it is thread-safe: each method
runs in its own short transaction on a pooled connection. On SQLite, transactions start with
`BEGIN IMMEDIATE` (so two writers queue on the busy timeout instead of failing on a lock
upgrade) and a process-wide lock keeps threads from sharing one in-memory connection at once.

Access rules live here, not in the pages: every attempt call takes the trainee id and finds the
attempt only by both ids, and every facilitator call checks the key against the cohort again.
Wrong codes, wrong keys and other people's attempts all raise the same AccessDenied messages.

Writes that fail for a transient reason (a dropped connection, a locked database) are retried;
after the last try a StorageError tells the caller, who tells the trainee. Nothing is dropped
silently.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, create_engine, delete, event, select, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from secondstory.models import Analysis
from secondstory.storage import migrations, server_key, throttle
from secondstory.storage.errors import (
    AccessDenied,
    ConflictError,
    StorageError,
    StorageUnavailable,
)
from secondstory.storage.records import (
    ATTEMPT_STAGES,
    COHORT_STATES,
    MODES,
    Attempt,
    Cohort,
    Trainee,
    TrainerPass,
)
from secondstory.storage.records import as_utc as _utc
from secondstory.storage.records import now as _now
from secondstory.storage.schema import (
    attempts,
    cohort_members,
    cohorts,
    identities,
    sessions,
    trainees,
    trainer_sessions,
)
from secondstory.storage.secrets_util import (
    MAX_SECRET_INPUT,
    Hasher,
    new_facilitator_key,
    new_id,
    new_join_code,
    new_resume_code,
    new_session_token,
    normalise_code,
    normalise_key,
    same_hash,
)
from secondstory.storage.throttle import Client
from secondstory.storage.urls import database_url, masked_url, normalise_url

logger = logging.getLogger(__name__)
T = TypeVar("T")

TRIES = 3
_BACKOFF_SECONDS = (0.05, 0.25)
_CONNECT_TIMEOUT_SECONDS = 5
_SQLITE_BUSY_TIMEOUT_MS = 10_000
MAX_DISPLAY_NAME = 60
MAX_COHORT_NAME = 100
MAX_ID_INPUT = 64
MAX_SUBJECT = 1000
# A session token in the page address lasts a training day; sign-out ends it at once.
SESSION_LIFETIME = dt.timedelta(hours=12)
_TRANSIENT = (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.TimeoutError)

NO_SUCH_TRAINEE = "That resume code was not recognised. Check it and try again, or start afresh."
NO_SUCH_ATTEMPT = "That attempt could not be found."
NO_SUCH_JOIN_CODE = "That join code was not recognised. Ask your facilitator for the current code."
NO_SUCH_KEY = (
    "That facilitator key was not recognised. It may have been replaced; "
    "ask whoever holds the current key."
)
NOT_A_MEMBER = "You have not joined that cohort."
NO_SUCH_COHORT = "That cohort could not be found among the cohorts you manage."
CLOSED_TO_JOINS = (
    "That cohort is closed to new trainees. If you should be in it, ask your facilitator."
)
ARCHIVED = "That cohort has been archived: its cases are no longer set for practice."
SESSION_ENDED = (
    "Your session has ended (you signed out, or it expired). "
    "Resume with your resume code to carry on."
)
TRAINER_SESSION_ENDED = (
    "Your trainer sign-in in this address has ended (you signed out as trainer, or it expired). "
    "Enter the trainer key to carry on."
)
NO_IDENTITY = "Your organisation's sign-in did not say who you are. Please try signing in again."
SUBMITTED = (
    "This attempt has been submitted and can no longer be changed. "
    "Start a new attempt to work the case again."
)
CHANGED_ELSEWHERE = (
    "This attempt was changed in another tab or on another device. "
    "Reload it to see the latest version before saving again."
)


def _set_wal(cursor: Any) -> None:
    """Switch a SQLite file to WAL. The switch needs a moment with no other writer and does not
    wait on busy_timeout, so processes starting together retry briefly; WAL is a property of
    the file, so once any of them has set it the others need not."""
    for _ in range(100):
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err):
                raise
            time.sleep(0.05)


def _short_reason(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    reason = lines[0] if lines else type(original).__name__
    return reason if len(reason) <= 200 else reason[:197] + "..."


def clean_text(value: object, *, what: str, max_chars: int) -> str:
    """Strip and check a name typed by a person: 1..max_chars characters, no control characters.

    Any other Unicode is kept as typed (emoji, right-to-left text, markup shown literally).
    """
    if not isinstance(value, str):
        raise StorageError(f"The {what} must be text.")
    cleaned = unicodedata.normalize("NFC", value.strip())
    if not cleaned:
        raise StorageError(f"Please enter a {what}.")
    if len(cleaned) > max_chars:
        raise StorageError(f"The {what} is too long: at most {max_chars} characters, please.")
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in cleaned):
        raise StorageError(
            f"The {what} contains a control character (such as a tab or line break); "
            "please use ordinary characters."
        )
    return cleaned


def _check_mode(mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    return mode


def _check_content_id(value: object, *, what: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > MAX_ID_INPUT:
        raise StorageError(f"The {what} must be a short id (1 to {MAX_ID_INPUT} characters).")
    return value.strip()


def _plausible_id(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_ID_INPUT


def _trainee(row: Any) -> Trainee:
    return Trainee(id=row.id, display_name=row.display_name, created_at=_utc(row.created_at))


def _cohort(row: Any) -> Cohort:
    return Cohort(
        id=row.id,
        name=row.name,
        scenario_ids=tuple(json.loads(row.scenario_ids)),
        mode=row.mode,
        created_at=_utc(row.created_at),
        state=row.state,
    )


def wrong_mode(cohort: Cohort) -> str:
    return f"Your cohort {cohort.name!r} works its cases in {cohort.mode} mode."


def _attempt(row: Any) -> Attempt:
    try:
        analysis = Analysis.model_validate_json(row.analysis)
    except ValidationError as error:
        logger.error("attempt %s holds an analysis that no longer validates: %s", row.id, error)
        raise StorageError(
            "This attempt was saved in a form this version of Second Story cannot read."
        ) from error
    return Attempt(
        id=row.id,
        trainee_id=row.trainee_id,
        scenario_id=row.scenario_id,
        scenario_version=row.scenario_version,
        mode=row.mode,
        cohort_id=row.cohort_id,
        analysis=analysis,
        stage=row.stage,
        created_at=_utc(row.created_at),
        updated_at=_utc(row.updated_at),
        submitted_at=_utc(row.submitted_at),
        revision=row.revision,
        feedback_json=row.feedback,
    )


def _with(row: Any, values: dict[str, Any]) -> SimpleNamespace:
    """The row as it reads after an UPDATE of `values`, without reading it again."""
    return SimpleNamespace(**{**row._asdict(), **values})


def _furthest(current: str, reached: str | None) -> str:
    if reached is None:
        return current
    return max(current, reached, key=ATTEMPT_STAGES.index)


class Store:
    """Trainees, attempts and cohorts. Create one per process and share it; close it at exit."""

    def __init__(self, url: str | None = None, secret_key: bytes | None = None) -> None:
        """`secret_key` keys every stored hash; default: `server_key.server_key`."""
        self._url = normalise_url(url if url is not None else database_url())
        self._engine: Engine | None = None
        try:
            self._hasher = Hasher(secret_key or server_key.server_key(self._url))
            self._engine = self._make_engine()
            self._lock = (
                threading.RLock()
                if self._engine.dialect.name == "sqlite"
                else contextlib.nullcontext()
            )
            with self._lock, self._engine.begin() as conn:
                migrations.upgrade(conn)
                server_key.ensure_keyed(conn, self._hasher)
        except StorageError:
            self.close()
            raise
        except (sa_exc.SQLAlchemyError, OSError) as error:
            self.close()
            raise StorageUnavailable(
                f"Cannot reach the database at {masked_url(self._url)}: {_short_reason(error)}"
            ) from error

    def _make_engine(self) -> Engine:
        parsed = make_url(self._url)
        if parsed.get_backend_name() == "sqlite":
            return self._make_sqlite_engine(parsed.database)
        if parsed.get_backend_name() == "postgresql":
            return create_engine(
                parsed,
                pool_pre_ping=True,
                connect_args={"connect_timeout": _CONNECT_TIMEOUT_SECONDS},
            )
        return create_engine(parsed, pool_pre_ping=True)

    def _make_sqlite_engine(self, database: str | None) -> Engine:
        in_memory = database in (None, "", ":memory:")
        if in_memory:
            engine = create_engine(
                self._url, connect_args={"check_same_thread": False}, poolclass=StaticPool
            )
        else:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(self._url, connect_args={"check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: Any) -> None:
            # Take transaction control from the sqlite3 module so that "begin" below decides.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA busy_timeout = {_SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if not in_memory:
                _set_wal(cursor)
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine

    @property
    def url_for_display(self) -> str:
        """The database URL with the password masked."""
        return masked_url(self._url)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise StorageError("The store has been closed.")
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- transactions ---

    def _run(self, operation: Callable[[Connection], T], failure: str) -> T:
        """Run `operation` in one transaction, retrying transient failures; else StorageError."""
        engine = self.engine
        for try_number in range(1, TRIES + 1):
            try:
                with self._lock, engine.begin() as conn:
                    return operation(conn)
            except StorageError:
                raise
            except _TRANSIENT as error:
                logger.warning(
                    "database operation failed (try %d of %d): %s",
                    try_number,
                    TRIES,
                    _short_reason(error),
                )
                if try_number == TRIES:
                    raise StorageError(failure) from error
                time.sleep(_BACKOFF_SECONDS[try_number - 1])
            except sa_exc.SQLAlchemyError as error:
                logger.exception("database operation failed")
                raise StorageError(failure) from error
        raise AssertionError("unreachable")  # pragma: no cover

    def schema_version(self) -> int:
        return self._run(migrations.current_version, "Could not read the database version.")

    def _hash(self, purpose: str, secret: str) -> str:
        return self._hasher.hash(purpose, secret)

    def _guarded(
        self, kind: str, client: Client | None, check: Callable[[Connection], T], failure: str
    ) -> T:
        """Run a code or key check unless its scopes are locked; count it when it is wrong."""
        scopes = throttle.scopes(self._hasher, kind, client)

        def op(conn: Connection) -> T:
            throttle.refuse_if_locked(conn, kind, scopes, _now())
            return check(conn)

        try:
            return self._run(op, failure)
        except AccessDenied:
            self._run(lambda conn: throttle.record_failure(conn, scopes, _now()), failure)
            raise

    def check_trainer_key(self, typed: str, expected: str, client: Client | None = None) -> None:
        """AccessDenied unless `typed` is the trainer key; wrong keys count towards a lockout."""

        def check(_conn: Connection) -> None:
            given = normalise_key(typed) if isinstance(typed, str) else ""
            if not given or not same_hash(
                self._hash("trainer", given), self._hash("trainer", expected)
            ):
                raise AccessDenied("That trainer key was not recognised.")

        self._guarded("trainer", client, check, "Could not check the trainer key just now.")

    # --- trainer sessions: what the trainer pages' address carries instead of the trainer key ---

    def open_trainer_session(self) -> str:
        """A new trainer token, given once the trainer key is accepted (only its hash is kept, with
        its expiry); expired ones are purged. It stands for the trainer key: every cohort."""
        token = new_session_token()
        now = _now()

        def op(conn: Connection) -> None:
            conn.execute(delete(trainer_sessions).where(trainer_sessions.c.expires_at <= now))
            conn.execute(
                trainer_sessions.insert().values(
                    token_hash=self._hash("trainer-session", token),
                    created_at=now,
                    expires_at=now + SESSION_LIFETIME,
                )
            )

        self._run(op, "Could not keep your trainer sign-in just now. Please try again.")
        return token

    def trainer_by_session(self, token: str, client: Client | None = None) -> TrainerPass:
        """The trainer pass of a live trainer token; AccessDenied(TRAINER_SESSION_ENDED) once it
        has ended. Wrong tokens count towards a lockout like wrong keys (TooManyAttempts)."""

        def check(conn: Connection) -> TrainerPass:
            if not isinstance(token, str) or not token or len(token) > MAX_SECRET_INPUT:
                raise AccessDenied(TRAINER_SESSION_ENDED)
            wanted = self._hash("trainer-session", token)
            row = conn.execute(
                select(trainer_sessions.c.token_hash).where(
                    trainer_sessions.c.token_hash == wanted,
                    trainer_sessions.c.expires_at > _now(),
                )
            ).first()
            if row is None or not same_hash(row.token_hash, wanted):
                raise AccessDenied(TRAINER_SESSION_ENDED)
            return TrainerPass()

        return self._guarded(
            "trainer-session", client, check, "Could not check your trainer sign-in just now."
        )

    def close_trainer_session(self, token: str) -> None:
        """End a trainer token (sign-out as trainer): its address no longer opens the pages."""
        if not isinstance(token, str) or not token:
            return
        wanted = self._hash("trainer-session", token)
        self._run(
            lambda conn: conn.execute(
                delete(trainer_sessions).where(trainer_sessions.c.token_hash == wanted)
            ),
            "The server could not end your trainer sign-in just now.",
        )

    # --- trainees ---

    def create_trainee(self, display_name: str) -> tuple[Trainee, str]:
        """A new trainee and their private resume code (shown once; only its hash is kept)."""
        name = clean_text(display_name, what="display name", max_chars=MAX_DISPLAY_NAME)
        code = new_resume_code()
        trainee = Trainee(id=new_id(), display_name=name, created_at=_now())

        def op(conn: Connection) -> None:
            conn.execute(
                trainees.insert().values(
                    id=trainee.id,
                    display_name=trainee.display_name,
                    resume_hash=self._hash("resume", normalise_code(code)),
                    created_at=trainee.created_at,
                )
            )

        self._run(op, "Could not start your record just now. Please try again in a moment.")
        return trainee, code

    def trainee_by_resume_code(self, code: str, client: Client | None = None) -> Trainee:
        """The trainee with this resume code; wrong codes count towards a lockout (TooManyAttempts)."""

        def op(conn: Connection) -> Trainee:
            if not isinstance(code, str) or len(code) > MAX_SECRET_INPUT:
                raise AccessDenied(NO_SUCH_TRAINEE)
            wanted = self._hash("resume", normalise_code(code))
            row = conn.execute(select(trainees).where(trainees.c.resume_hash == wanted)).first()
            if row is None or not same_hash(row.resume_hash, wanted):
                raise AccessDenied(NO_SUCH_TRAINEE)
            return _trainee(row)

        return self._guarded(
            "resume", client, op, "Could not check your resume code just now. Please try again."
        )

    # --- sessions: what the page address carries instead of the resume code ---

    def open_session(self, trainee_id: str) -> str:
        """A new session token for the trainee (only its hash is kept); expired ones are purged."""
        token = new_session_token()
        now = _now()

        def op(conn: Connection) -> None:
            self._trainee_row(conn, trainee_id)
            conn.execute(delete(sessions).where(sessions.c.expires_at <= now))
            conn.execute(
                sessions.insert().values(
                    token_hash=self._hash("session", token),
                    trainee_id=trainee_id,
                    created_at=now,
                    expires_at=now + SESSION_LIFETIME,
                )
            )

        self._run(op, "Could not sign you in just now. Please try again in a moment.")
        return token

    def trainee_by_session(self, token: str) -> Trainee:
        """The trainee of a live session token; AccessDenied(SESSION_ENDED) once it has ended."""
        if not isinstance(token, str) or not token or len(token) > MAX_SECRET_INPUT:
            raise AccessDenied(SESSION_ENDED)
        wanted = self._hash("session", token)

        def op(conn: Connection) -> Trainee:
            row = conn.execute(
                select(trainees, sessions.c.token_hash)
                .join(sessions, sessions.c.trainee_id == trainees.c.id)
                .where(sessions.c.token_hash == wanted, sessions.c.expires_at > _now())
            ).first()
            if row is None or not same_hash(row.token_hash, wanted):
                raise AccessDenied(SESSION_ENDED)
            return _trainee(row)

        return self._run(op, "Could not check your session just now. Please try again.")

    def close_session(self, token: str) -> None:
        """End a session token (sign-out): the address that carries it no longer signs anyone in."""
        if not isinstance(token, str) or not token:
            return
        wanted = self._hash("session", token)
        self._run(
            lambda conn: conn.execute(delete(sessions).where(sessions.c.token_hash == wanted)),
            "The server could not end your session just now.",
        )

    def get_trainee(self, trainee_id: str) -> Trainee:
        return self._run(
            lambda conn: self._trainee_row(conn, trainee_id),
            "Could not load your record just now. Please try again.",
        )

    def trainee_for_identity(self, subject: str, display_name: str) -> Trainee:
        """The trainee this sign-in identity belongs to, created as `display_name` the first time.

        `subject` names the person at their identity provider (see secondstory.identity); only its
        hash is kept. The trainee also gets a resume code that is never shown: they sign in
        through their organisation.
        """
        if not isinstance(subject, str) or not subject.strip() or len(subject) > MAX_SUBJECT:
            raise AccessDenied(NO_IDENTITY)
        wanted = self._hash("identity", subject)
        name = clean_text(display_name, what="display name", max_chars=MAX_DISPLAY_NAME)

        def known(conn: Connection) -> Trainee | None:
            row = conn.execute(
                select(trainees)
                .join(identities, identities.c.trainee_id == trainees.c.id)
                .where(identities.c.subject_hash == wanted)
            ).first()
            return None if row is None else _trainee(row)

        def op(conn: Connection) -> Trainee:
            found = known(conn)
            if found is not None:
                return found
            trainee = Trainee(id=new_id(), display_name=name, created_at=_now())
            conn.execute(
                trainees.insert().values(
                    id=trainee.id,
                    display_name=trainee.display_name,
                    resume_hash=self._hash("resume", normalise_code(new_resume_code())),
                    created_at=trainee.created_at,
                )
            )
            dialect_insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
            added = conn.execute(
                dialect_insert(identities)
                .values(subject_hash=wanted, trainee_id=trainee.id, created_at=trainee.created_at)
                .on_conflict_do_nothing()
                .returning(identities.c.trainee_id)
            ).first()
            if added is not None:
                return trainee
            # A first sign-in in another tab or replica got there first: use its trainee.
            conn.execute(delete(trainees).where(trainees.c.id == trainee.id))
            found = known(conn)
            if found is None:  # pragma: no cover - the conflicting row is committed by now
                raise StorageError(NO_IDENTITY)
            return found

        return self._run(op, "Could not sign you in just now. Please try again in a moment.")

    def _trainee_row(self, conn: Connection, trainee_id: object) -> Trainee:
        if not _plausible_id(trainee_id):
            raise AccessDenied(NO_SUCH_TRAINEE)
        row = conn.execute(select(trainees).where(trainees.c.id == trainee_id)).first()
        if row is None:
            raise AccessDenied(NO_SUCH_TRAINEE)
        return _trainee(row)

    # --- attempts ---

    def _attempt_row(
        self, conn: Connection, trainee_id: object, attempt_id: object, *, for_update: bool = False
    ) -> Any:
        if not (_plausible_id(trainee_id) and _plausible_id(attempt_id)):
            raise AccessDenied(NO_SUCH_ATTEMPT)
        query = select(attempts).where(
            attempts.c.id == attempt_id, attempts.c.trainee_id == trainee_id
        )
        row = conn.execute(query.with_for_update() if for_update else query).first()
        if row is None:
            raise AccessDenied(NO_SUCH_ATTEMPT)
        return row

    def start_attempt(
        self,
        trainee_id: str,
        scenario_id: str,
        scenario_version: str,
        mode: str,
        cohort_id: str | None = None,
    ) -> Attempt:
        """A new, empty attempt at the "case" stage; with a cohort the trainee must have joined."""
        _check_mode(mode)
        scenario_id = _check_content_id(scenario_id, what="scenario id")
        scenario_version = _check_content_id(scenario_version, what="scenario version")
        analysis = Analysis(scenario=scenario_id, scenario_version=scenario_version)
        now = _now()
        attempt = Attempt(
            id=new_id(),
            trainee_id=trainee_id,
            scenario_id=scenario_id,
            scenario_version=scenario_version,
            mode=mode,
            cohort_id=cohort_id,
            analysis=analysis,
            stage=ATTEMPT_STAGES[0],
            created_at=now,
            updated_at=now,
            submitted_at=None,
            revision=0,
        )

        def op(conn: Connection) -> Attempt:
            self._trainee_row(conn, trainee_id)
            if cohort_id is not None:
                cohort = self._member_cohort(conn, trainee_id, cohort_id)
                if scenario_id not in cohort.scenario_ids:
                    raise StorageError("This case is not one of the cohort's assigned cases.")
                if cohort.state == "archived":
                    raise StorageError(ARCHIVED)
                if mode != cohort.mode:
                    raise StorageError(wrong_mode(cohort))
            conn.execute(
                attempts.insert().values(
                    id=attempt.id,
                    trainee_id=trainee_id,
                    scenario_id=scenario_id,
                    scenario_version=scenario_version,
                    mode=mode,
                    cohort_id=cohort_id,
                    stage=attempt.stage,
                    analysis=analysis.model_dump_json(),
                    created_at=now,
                    updated_at=now,
                    submitted_at=None,
                    revision=0,
                )
            )
            return attempt

        return self._run(op, "Could not start the attempt just now. Please try again.")

    def save_analysis(
        self,
        trainee_id: str,
        attempt_id: str,
        analysis: Analysis,
        stage: str | None = None,
        *,
        expected_revision: int | None = None,
    ) -> Attempt:
        """Write the analysis at once and return the saved attempt (revision + 1).

        `stage` is the stage the trainee is working on; the attempt keeps the furthest one reached.
        With `expected_revision`, a save over a newer revision raises ConflictError.
        Transient failures are retried; after the last try a StorageError is raised.
        """
        if not isinstance(analysis, Analysis):
            raise TypeError("save_analysis needs a secondstory.models.Analysis")
        if stage is not None and stage not in ATTEMPT_STAGES[:-1]:
            raise ValueError(f"stage must be one of {ATTEMPT_STAGES[:-1]}, not {stage!r}")
        payload = analysis.model_dump_json()

        def op(conn: Connection) -> Attempt:
            row = self._attempt_row(conn, trainee_id, attempt_id, for_update=True)
            if row.submitted_at is not None:
                raise StorageError(SUBMITTED)
            if expected_revision is not None and expected_revision != row.revision:
                raise ConflictError(CHANGED_ELSEWHERE)
            if analysis.scenario and analysis.scenario != row.scenario_id:
                raise StorageError(
                    f"This analysis is for the case {analysis.scenario!r}, "
                    f"not {row.scenario_id!r}; it was not saved."
                )
            values = {
                "analysis": payload,
                "stage": _furthest(row.stage, stage),
                "updated_at": _now(),
                "revision": row.revision + 1,
            }
            conn.execute(update(attempts).where(attempts.c.id == row.id).values(**values))
            return _attempt(_with(row, values))

        return self._run(
            op,
            f"Your work could not be saved just now (the database did not respond after "
            f"{TRIES} tries). What you wrote is still on the screen; please try saving again.",
        )

    def submit_attempt(
        self, trainee_id: str, attempt_id: str, feedback_json: str | None = None
    ) -> Attempt:
        """Mark the attempt submitted (idempotent); it can no longer be changed.

        `feedback_json` is the marking computed at submission (see secondstory.debrief), kept with
        the attempt so that a debrief need not mark it again. Submitting again changes nothing.
        """
        if feedback_json is not None and not isinstance(feedback_json, str):
            raise TypeError("feedback_json must be a JSON string or None")

        def op(conn: Connection) -> Attempt:
            row = self._attempt_row(conn, trainee_id, attempt_id, for_update=True)
            if row.submitted_at is not None:
                return _attempt(row)
            now = _now()
            values = {
                "stage": ATTEMPT_STAGES[-1],
                "submitted_at": now,
                "updated_at": now,
                "revision": row.revision + 1,
                "feedback": feedback_json,
            }
            conn.execute(update(attempts).where(attempts.c.id == row.id).values(**values))
            return _attempt(_with(row, values))

        return self._run(op, "Could not submit the attempt just now. Please try again.")

    def get_attempt(self, trainee_id: str, attempt_id: str) -> Attempt:
        return self._run(
            lambda conn: _attempt(self._attempt_row(conn, trainee_id, attempt_id)),
            "Could not load the attempt just now. Please try again.",
        )

    def list_attempts(self, trainee_id: str, scenario_id: str | None = None) -> list[Attempt]:
        """The trainee's own attempts, newest first, optionally for one scenario."""

        def op(conn: Connection) -> list[Attempt]:
            self._trainee_row(conn, trainee_id)
            query = select(attempts).where(attempts.c.trainee_id == trainee_id)
            if scenario_id is not None:
                query = query.where(attempts.c.scenario_id == scenario_id)
            query = query.order_by(attempts.c.created_at.desc(), attempts.c.id.desc())
            return [_attempt(row) for row in conn.execute(query)]

        return self._run(op, "Could not load your attempts just now. Please try again.")

    def delete_attempt(self, trainee_id: str, attempt_id: str) -> None:
        def op(conn: Connection) -> None:
            row = self._attempt_row(conn, trainee_id, attempt_id, for_update=True)
            conn.execute(delete(attempts).where(attempts.c.id == row.id))

        self._run(op, "Could not delete the attempt just now. Please try again.")

    # --- cohorts ---

    def create_cohort(
        self,
        name: str,
        scenario_ids: Iterable[str],
        mode: str,
        trainer: TrainerPass | None = None,
    ) -> tuple[Cohort, str, str]:
        """A new cohort, its join code and its facilitator key (both shown once, kept as hashes);
        a `trainer` with an account manages it from then on."""
        name = clean_text(name, what="cohort name", max_chars=MAX_COHORT_NAME)
        _check_mode(mode)
        if isinstance(scenario_ids, str):
            raise StorageError("Choose the cases as a list of scenario ids.")
        chosen = tuple(
            dict.fromkeys(_check_content_id(s, what="scenario id") for s in scenario_ids)
        )
        if not chosen:
            raise StorageError("Choose at least one case for the cohort.")
        join_code, key = new_join_code(), new_facilitator_key()
        cohort = Cohort(id=new_id(), name=name, scenario_ids=chosen, mode=mode, created_at=_now())

        def op(conn: Connection) -> None:
            conn.execute(
                cohorts.insert().values(
                    id=cohort.id,
                    name=cohort.name,
                    scenario_ids=json.dumps(list(chosen)),
                    mode=mode,
                    join_hash=self._hash("join", normalise_code(join_code)),
                    key_hash=self._hash("facilitator", normalise_code(key)),
                    created_at=cohort.created_at,
                    state=cohort.state,
                    owner_hash=self._owner_hash(trainer),
                )
            )

        self._run(op, "Could not create the cohort just now. Please try again.")
        return cohort, join_code, key

    def join_cohort(self, trainee_id: str, join_code: str, client: Client | None = None) -> Cohort:
        """Add the trainee to the cohort with this join code (joining twice is harmless).
        Wrong codes count towards a lockout (TooManyAttempts)."""

        def op(conn: Connection) -> Cohort:
            self._trainee_row(conn, trainee_id)
            if not isinstance(join_code, str) or len(join_code) > MAX_SECRET_INPUT:
                raise AccessDenied(NO_SUCH_JOIN_CODE)
            wanted = self._hash("join", normalise_code(join_code))
            row = conn.execute(select(cohorts).where(cohorts.c.join_hash == wanted)).first()
            if row is None or not same_hash(row.join_hash, wanted):
                raise AccessDenied(NO_SUCH_JOIN_CODE)
            if row.state != "open":
                raise StorageError(CLOSED_TO_JOINS)
            dialect_insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
            conn.execute(
                dialect_insert(cohort_members)
                .values(cohort_id=row.id, trainee_id=trainee_id, joined_at=_now())
                .on_conflict_do_nothing()
            )
            return _cohort(row)

        return self._guarded(
            "join", client, op, "Could not join the cohort just now. Please try again."
        )

    def trainee_cohorts(self, trainee_id: str) -> list[Cohort]:
        def op(conn: Connection) -> list[Cohort]:
            self._trainee_row(conn, trainee_id)
            query = (
                select(cohorts)
                .join(cohort_members, cohort_members.c.cohort_id == cohorts.c.id)
                .where(cohort_members.c.trainee_id == trainee_id)
                .order_by(cohort_members.c.joined_at)
            )
            return [_cohort(row) for row in conn.execute(query)]

        return self._run(op, "Could not load your cohorts just now. Please try again.")

    def _member_cohort(self, conn: Connection, trainee_id: str, cohort_id: object) -> Cohort:
        if not _plausible_id(cohort_id):
            raise AccessDenied(NOT_A_MEMBER)
        row = conn.execute(
            select(cohorts)
            .join(cohort_members, cohort_members.c.cohort_id == cohorts.c.id)
            .where(cohorts.c.id == cohort_id, cohort_members.c.trainee_id == trainee_id)
        ).first()
        if row is None:
            raise AccessDenied(NOT_A_MEMBER)
        return _cohort(row)

    def _cohort_row_for_key(
        self, conn: Connection, key: object, cohort_id: object = None, *, for_update: bool = False
    ) -> Any:
        """The cohort this key opens; with `cohort_id`, it must be that cohort.

        Keys are compared as codes (any case, dashes optional), and as typed for the
        case-sensitive keys the first versions issued."""
        if not isinstance(key, str) or len(key) > MAX_SECRET_INPUT:
            raise AccessDenied(NO_SUCH_KEY)
        candidates = {
            self._hash("facilitator", normalise_code(key)),
            self._hash("facilitator", normalise_key(key)),
        }
        query = select(cohorts).where(cohorts.c.key_hash.in_(candidates))
        # Locked for a rotation, so that two rotations with the same old key cannot both succeed.
        row = conn.execute(query.with_for_update() if for_update else query).first()
        if row is None or not any(same_hash(row.key_hash, wanted) for wanted in candidates):
            raise AccessDenied(NO_SUCH_KEY)
        if cohort_id is not None and not (
            isinstance(cohort_id, str) and same_hash(row.id, cohort_id)
        ):
            raise AccessDenied(NO_SUCH_KEY)
        return row

    def _owner_hash(self, trainer: TrainerPass | None) -> str | None:
        if trainer is None or trainer.account is None:
            return None
        return self._hash("trainer-account", trainer.account.strip().lower())

    def _cohort_row(
        self,
        conn: Connection,
        access: str | TrainerPass,
        cohort_id: object,
        *,
        for_update: bool = False,
    ) -> Any:
        """The cohort, if `access` opens it: its facilitator key, the trainer key (every cohort),
        or the account of the trainer who set it up."""
        if not isinstance(access, TrainerPass):
            return self._cohort_row_for_key(conn, access, cohort_id, for_update=for_update)
        if not _plausible_id(cohort_id):
            raise AccessDenied(NO_SUCH_COHORT)
        query = select(cohorts).where(cohorts.c.id == cohort_id)
        if access.account is not None:
            query = query.where(cohorts.c.owner_hash == self._owner_hash(access))
        row = conn.execute(query.with_for_update() if for_update else query).first()
        if row is None:
            raise AccessDenied(NO_SUCH_COHORT)
        return row

    def cohort_for_key(self, facilitator_key: str, client: Client | None = None) -> Cohort:
        """The cohort this key opens; wrong keys count towards a lockout (TooManyAttempts)."""
        return self._guarded(
            "facilitator",
            client,
            lambda conn: _cohort(self._cohort_row_for_key(conn, facilitator_key)),
            "Could not check the facilitator key just now. Please try again.",
        )

    def cohort_attempts(
        self, cohort_id: str, access: str | TrainerPass
    ) -> list[tuple[Trainee, Attempt]]:
        """Every attempt made in this cohort with its trainee (the access is checked again)."""

        def op(conn: Connection) -> list[tuple[Trainee, Attempt]]:
            self._cohort_row(conn, access, cohort_id)
            query = (
                select(
                    attempts,
                    trainees.c.display_name,
                    trainees.c.created_at.label("trainee_created_at"),
                )
                .join(trainees, trainees.c.id == attempts.c.trainee_id)
                .where(attempts.c.cohort_id == cohort_id)
                .order_by(trainees.c.created_at, trainees.c.id, attempts.c.created_at)
            )
            return [
                (
                    Trainee(
                        id=row.trainee_id,
                        display_name=row.display_name,
                        created_at=_utc(row.trainee_created_at),
                    ),
                    _attempt(row),
                )
                for row in conn.execute(query)
            ]

        return self._run(op, "Could not load the cohort's work just now. Please try again.")

    def cohort(self, cohort_id: str, access: str | TrainerPass) -> Cohort:
        """The cohort, if `access` opens it (AccessDenied otherwise): how a debrief reopens after
        a reload, from the cohort id in the address and the trainer's pass."""
        return self._run(
            lambda conn: _cohort(self._cohort_row(conn, access, cohort_id)),
            "Could not load the cohort just now. Please try again.",
        )

    def cohort_members(self, cohort_id: str, access: str | TrainerPass) -> list[Trainee]:
        """The trainees who joined this cohort, including those who have not started yet."""

        def op(conn: Connection) -> list[Trainee]:
            self._cohort_row(conn, access, cohort_id)
            query = (
                select(trainees)
                .join(cohort_members, cohort_members.c.trainee_id == trainees.c.id)
                .where(cohort_members.c.cohort_id == cohort_id)
                .order_by(cohort_members.c.joined_at, trainees.c.id)
            )
            return [_trainee(row) for row in conn.execute(query)]

        return self._run(op, "Could not load the cohort's members just now. Please try again.")

    def rotate_facilitator_key(self, cohort_id: str, access: str | TrainerPass) -> str:
        """Replace the facilitator key: the new one is returned once; the old one stops working."""
        new_key = new_facilitator_key()

        def op(conn: Connection) -> None:
            row = self._cohort_row(conn, access, cohort_id, for_update=True)
            conn.execute(
                update(cohorts)
                .where(cohorts.c.id == row.id)
                .values(key_hash=self._hash("facilitator", normalise_code(new_key)))
            )

        self._run(op, "Could not replace the facilitator key just now. Please try again.")
        return new_key

    def rotate_join_code(self, cohort_id: str, access: str | TrainerPass) -> str:
        """Replace the join code: the new one is returned once; the old one stops working.
        Trainees who have joined stay in the cohort."""
        new_code = new_join_code()

        def op(conn: Connection) -> None:
            row = self._cohort_row(conn, access, cohort_id, for_update=True)
            conn.execute(
                update(cohorts)
                .where(cohorts.c.id == row.id)
                .values(join_hash=self._hash("join", normalise_code(new_code)))
            )

        self._run(op, "Could not replace the join code just now. Please try again.")
        return new_code

    def set_cohort_state(self, cohort_id: str, access: str | TrainerPass, state: str) -> Cohort:
        """Open the cohort to new joins, close it to them, or archive it (kept, out of the list)."""
        if state not in COHORT_STATES:
            raise ValueError(f"state must be one of {COHORT_STATES}, not {state!r}")

        def op(conn: Connection) -> Cohort:
            row = self._cohort_row(conn, access, cohort_id, for_update=True)
            conn.execute(update(cohorts).where(cohorts.c.id == row.id).values(state=state))
            return _cohort(_with(row, {"state": state}))

        return self._run(op, "Could not change the cohort just now. Please try again.")

    def remove_member(self, cohort_id: str, access: str | TrainerPass, trainee_id: str) -> int:
        """Take a trainee out of the cohort: their attempts leave its debrief but stay theirs.
        Returns how many of their attempts left it."""

        def op(conn: Connection) -> int:
            row = self._cohort_row(conn, access, cohort_id, for_update=True)
            removed = conn.execute(
                delete(cohort_members).where(
                    cohort_members.c.cohort_id == row.id,
                    cohort_members.c.trainee_id == trainee_id,
                )
            ).rowcount
            if removed != 1:
                raise StorageError("That trainee is not in this cohort.")
            return conn.execute(
                update(attempts)
                .where(attempts.c.cohort_id == row.id, attempts.c.trainee_id == trainee_id)
                .values(cohort_id=None)
            ).rowcount

        return self._run(op, "Could not remove the trainee just now. Please try again.")

    def trainer_cohorts(self, trainer: TrainerPass, *, archived: bool = False) -> list[Cohort]:
        """The cohorts this trainer manages, newest first; archived ones only when asked."""

        def op(conn: Connection) -> list[Cohort]:
            query = select(cohorts).order_by(cohorts.c.created_at.desc(), cohorts.c.id)
            if trainer.account is not None:
                query = query.where(cohorts.c.owner_hash == self._owner_hash(trainer))
            if not archived:
                query = query.where(cohorts.c.state != "archived")
            return [_cohort(row) for row in conn.execute(query)]

        return self._run(op, "Could not list your cohorts just now. Please try again.")

    # --- operator tasks (the command line, never the app) ---

    def list_cohorts(self) -> list[Cohort]:
        """Every cohort, oldest first. For operators; shows no codes or keys."""
        return self._run(
            lambda conn: [
                _cohort(row) for row in conn.execute(select(cohorts).order_by(cohorts.c.created_at))
            ],
            "Could not list the cohorts.",
        )

    def reset_facilitator_key(self, cohort_id: str) -> str:
        """Issue a new facilitator key without the old one (lost or leaked). For operators."""
        new_key = new_facilitator_key()

        def op(conn: Connection) -> None:
            changed = conn.execute(
                update(cohorts)
                .where(cohorts.c.id == cohort_id)
                .values(key_hash=self._hash("facilitator", normalise_code(new_key)))
            ).rowcount
            if changed != 1:
                raise StorageError(f"There is no cohort with the id {cohort_id!r}.")

        self._run(op, "Could not replace the facilitator key.")
        return new_key
