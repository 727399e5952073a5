"""The records the storage layer hands out: trainees, attempts and cohorts (immutable), and the
clock (UTC) they are stamped with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from secondstory.models import Analysis


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive datetimes (stored as UTC); PostgreSQL aware ones."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


# "conversation": conversation practice (secondstory.interview), the stages as in full mode.
MODES: tuple[str, ...] = ("guided", "full", "conversation")
# The order matters: an attempt's stage is the furthest one reached.
ATTEMPT_STAGES: tuple[str, ...] = (
    "case",
    "episodes",
    "appraisal",
    "factors",
    "findings",
    "submitted",
)


@dataclass(frozen=True)
class Trainee:
    id: str
    display_name: str
    created_at: dt.datetime


@dataclass(frozen=True)
class Attempt:
    id: str
    trainee_id: str
    scenario_id: str
    scenario_version: str
    mode: str
    cohort_id: str | None
    analysis: Analysis
    stage: str
    created_at: dt.datetime
    updated_at: dt.datetime
    submitted_at: dt.datetime | None
    revision: int
    # Set at submission: what the debrief needs of the marking, as JSON (see secondstory.debrief).
    feedback_json: str | None = None

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None


# A cohort is open to new trainees, closed to them (its members carry on), or archived (kept,
# with its debrief, but out of the trainer's list and the trainees' cohort cases).
COHORT_STATES: tuple[str, ...] = ("open", "closed", "archived")


@dataclass(frozen=True)
class Cohort:
    id: str
    name: str
    scenario_ids: tuple[str, ...]
    mode: str
    created_at: dt.datetime
    state: str = "open"


@dataclass(frozen=True)
class TrainerPass:
    """A trainer the app has let into the trainer pages. `account` is their organisation e-mail
    address: they manage the cohorts they set up. None stands for the trainer key, which manages
    every cohort on the server."""

    account: str | None = None
