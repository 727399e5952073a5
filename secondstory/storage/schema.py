"""The tables as they stand at the latest schema version (used for queries).

The migration steps in `migrations` build these tables step by step and do not use these
definitions (only the version table, which never changes), so that an old step keeps meaning what
it meant; a test checks that the steps end at exactly this shape.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

trainees = Table(
    "trainees",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("display_name", String(120), nullable=False),
    Column("resume_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

attempts = Table(
    "attempts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("trainee_id", String(32), ForeignKey("trainees.id", ondelete="CASCADE"), nullable=False),
    Column("scenario_id", String(64), nullable=False),
    Column("scenario_version", String(64), nullable=False),
    Column("mode", String(16), nullable=False),
    Column("stage", String(16), nullable=False),
    Column("analysis", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("submitted_at", DateTime(timezone=True), nullable=True),
    Column("revision", Integer, nullable=False),
    Column("cohort_id", String(32), ForeignKey("cohorts.id"), nullable=True),
    # What the debrief needs of the marking, as JSON, kept when the attempt is submitted.
    Column("feedback", Text, nullable=True),
    Index("ix_attempts_trainee", "trainee_id", "created_at"),
    Index("ix_attempts_cohort", "cohort_id"),
)

cohorts = Table(
    "cohorts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("scenario_ids", Text, nullable=False),  # a JSON list of scenario ids
    Column("mode", String(16), nullable=False),
    Column("join_hash", String(64), nullable=False, unique=True),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # open, closed (to new joins) or archived (see records.COHORT_STATES).
    Column("state", String(16), nullable=False, server_default="open"),
    # The trainer account that set the cohort up, as a keyed hash; NULL for the trainer key.
    Column("owner_hash", String(64), nullable=True),
    Index("ix_cohorts_owner", "owner_hash"),
)

cohort_members = Table(
    "cohort_members",
    metadata,
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

# A sign-in identity (OpenID Connect issuer and subject), kept only as a hash.
identities = Table(
    "identities",
    metadata,
    Column("subject_hash", String(64), primary_key=True),
    Column("trainee_id", String(32), ForeignKey("trainees.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_identities_trainee", "trainee_id"),
)

# A signed-in browser's token for the page address, kept only as a keyed hash, until it expires
# or the trainee signs out.
sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("trainee_id", String(32), ForeignKey("trainees.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Index("ix_sessions_expires", "expires_at"),
)

# A trainer's token for the trainer pages' address, given for the trainer key, kept only as a
# keyed hash, until it expires or the trainer signs out as trainer.
trainer_sessions = Table(
    "trainer_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Index("ix_trainer_sessions_expires", "expires_at"),
)

# Server settings: the fingerprint of the secret key the hashes were made with.
settings = Table(
    "settings",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Wrong codes and keys per scope (a keyed hash of kind and browser, address or "all").
throttle = Table(
    "throttle",
    metadata,
    Column("scope", String(64), primary_key=True),
    Column("window_start", DateTime(timezone=True), nullable=False),
    Column("failures", Integer, nullable=False),
    Column("locked_until", DateTime(timezone=True), nullable=True),
)
