"""Versioned schema: an ordered list of migration steps and the runner that applies them.

Version N is reached by applying steps 1..N in order; the `schema_version` table holds one row
per applied step. Each step is self-contained (it declares the tables as they were at that
version), so adding a step never changes what an older one does. To change the schema, append a
step here and update `schema.py` to the new shape; `tests/unit/test_migrations.py` checks both.

The runner works inside the caller's transaction, so an upgrade is all or nothing on both back
ends (SQLite and PostgreSQL have transactional DDL). On PostgreSQL an advisory lock makes app
replicas that start together upgrade one at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    insert,
    inspect,
    select,
    text,
)

from secondstory.storage.errors import StorageUnavailable
from secondstory.storage.schema import schema_version

# Any fixed 64-bit number, the same in every process of every replica.
_ADVISORY_LOCK_KEY = 0x5EC0_4D57_0127


def _v1_trainees_and_attempts(conn: Connection) -> None:
    """Trainees with their resume-code hash, and their attempts with the analysis as JSON."""
    md = MetaData()
    Table(
        "trainees",
        md,
        Column("id", String(32), primary_key=True),
        Column("display_name", String(120), nullable=False),
        Column("resume_hash", String(64), nullable=False, unique=True),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
    Table(
        "attempts",
        md,
        Column("id", String(32), primary_key=True),
        Column(
            "trainee_id",
            String(32),
            ForeignKey("trainees.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("scenario_id", String(64), nullable=False),
        Column("scenario_version", String(64), nullable=False),
        Column("mode", String(16), nullable=False),
        Column("stage", String(16), nullable=False),
        Column("analysis", Text, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("updated_at", DateTime(timezone=True), nullable=False),
        Column("submitted_at", DateTime(timezone=True), nullable=True),
        Column("revision", Integer, nullable=False),
        Index("ix_attempts_trainee", "trainee_id", "created_at"),
    )
    md.create_all(conn, checkfirst=False)


def _v2_cohorts(conn: Connection) -> None:
    """Cohorts (join-code and facilitator-key hashes), their members, and attempts' cohort."""
    md = MetaData()
    # Stand-in for the existing table, so that the foreign keys below resolve; not created.
    Table("trainees", md, Column("id", String(32), primary_key=True))
    cohorts = Table(
        "cohorts",
        md,
        Column("id", String(32), primary_key=True),
        Column("name", String(200), nullable=False),
        Column("scenario_ids", Text, nullable=False),
        Column("mode", String(16), nullable=False),
        Column("join_hash", String(64), nullable=False, unique=True),
        Column("key_hash", String(64), nullable=False, unique=True),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
    members = Table(
        "cohort_members",
        md,
        Column("cohort_id", String(32), ForeignKey("cohorts.id"), primary_key=True),
        Column(
            "trainee_id",
            String(32),
            ForeignKey("trainees.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("joined_at", DateTime(timezone=True), nullable=False),
        Index("ix_cohort_members_trainee", "trainee_id"),
    )
    md.create_all(conn, tables=[cohorts, members], checkfirst=False)
    conn.execute(
        text("ALTER TABLE attempts ADD COLUMN cohort_id VARCHAR(32) REFERENCES cohorts (id)")
    )
    conn.execute(text("CREATE INDEX ix_attempts_cohort ON attempts (cohort_id)"))


def _v3_feedback_and_identities(conn: Connection) -> None:
    """Attempts' marking kept at submission, and sign-in identities (subject hash -> trainee)."""
    md = MetaData()
    # Stand-in for the existing table, so that the foreign key below resolves; not created.
    Table("trainees", md, Column("id", String(32), primary_key=True))
    identities = Table(
        "identities",
        md,
        Column("subject_hash", String(64), primary_key=True),
        Column(
            "trainee_id",
            String(32),
            ForeignKey("trainees.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Index("ix_identities_trainee", "trainee_id"),
    )
    md.create_all(conn, tables=[identities], checkfirst=False)
    conn.execute(text("ALTER TABLE attempts ADD COLUMN feedback TEXT"))


def _v4_sessions_settings_and_throttle(conn: Connection) -> None:
    """Session tokens for the page address (hashes, with an expiry), the server settings (the
    secret key's fingerprint), and the counts of wrong codes behind the lockouts.

    The stored hashes become keyed hashes when the store first opens the database with its
    secret key (`server_key.ensure_keyed`), which needs the key and so is not a step here.
    """
    md = MetaData()
    # Stand-in for the existing table, so that the foreign key below resolves; not created.
    Table("trainees", md, Column("id", String(32), primary_key=True))
    sessions = Table(
        "sessions",
        md,
        Column("token_hash", String(64), primary_key=True),
        Column(
            "trainee_id",
            String(32),
            ForeignKey("trainees.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("expires_at", DateTime(timezone=True), nullable=False),
        Index("ix_sessions_expires", "expires_at"),
    )
    settings = Table(
        "settings",
        md,
        Column("name", String(64), primary_key=True),
        Column("value", Text, nullable=False),
    )
    throttle = Table(
        "throttle",
        md,
        Column("scope", String(64), primary_key=True),
        Column("window_start", DateTime(timezone=True), nullable=False),
        Column("failures", Integer, nullable=False),
        Column("locked_until", DateTime(timezone=True), nullable=True),
    )
    md.create_all(conn, tables=[sessions, settings, throttle], checkfirst=False)


def _v5_cohort_states_and_owners(conn: Connection) -> None:
    """Cohorts' state (open, closed to new joins, archived: the existing ones stay open) and the
    trainer account that set each up (a keyed hash; none when it was set up with the trainer key).
    """
    conn.execute(text("ALTER TABLE cohorts ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'open'"))
    conn.execute(text("ALTER TABLE cohorts ADD COLUMN owner_hash VARCHAR(64)"))
    conn.execute(text("CREATE INDEX ix_cohorts_owner ON cohorts (owner_hash)"))


def _v6_trainer_sessions(conn: Connection) -> None:
    """Trainer session tokens for the trainer pages' address (keyed hashes, with an expiry), so
    that a trainer who gave the trainer key stays in after a reload. Existing rows are untouched.
    """
    md = MetaData()
    trainer_sessions = Table(
        "trainer_sessions",
        md,
        Column("token_hash", String(64), primary_key=True),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("expires_at", DateTime(timezone=True), nullable=False),
        Index("ix_trainer_sessions_expires", "expires_at"),
    )
    md.create_all(conn, tables=[trainer_sessions], checkfirst=False)


STEPS: tuple[Callable[[Connection], None], ...] = (
    _v1_trainees_and_attempts,
    _v2_cohorts,
    _v3_feedback_and_identities,
    _v4_sessions_settings_and_throttle,
    _v5_cohort_states_and_owners,
    _v6_trainer_sessions,
)
LATEST_VERSION = len(STEPS)


def current_version(conn: Connection) -> int:
    """The schema version of the database; 0 for an empty database."""
    if not inspect(conn).has_table(schema_version.name):
        return 0
    return conn.execute(select(func.max(schema_version.c.version))).scalar() or 0


def upgrade(conn: Connection, target: int | None = None) -> int:
    """Apply the missing steps up to `target` (default: the latest); return the version reached.

    Raises StorageUnavailable when the database is newer than this code understands.
    """
    target = LATEST_VERSION if target is None else target
    if not 0 <= target <= LATEST_VERSION:
        raise ValueError(f"no schema version {target}; the latest is {LATEST_VERSION}")
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_LOCK_KEY})
    schema_version.create(conn, checkfirst=True)
    version = current_version(conn)
    if version > LATEST_VERSION:
        raise StorageUnavailable(
            f"The database uses schema version {version}, which is newer than this version of "
            f"Second Story understands ({LATEST_VERSION}). Update the app before using it."
        )
    for number in range(version + 1, target + 1):
        STEPS[number - 1](conn)
        conn.execute(
            insert(schema_version).values(version=number, applied_at=dt.datetime.now(dt.UTC))
        )
    return max(version, target)
