"""Storage of trainees, attempts and cohorts: SQLite by default, PostgreSQL by URL.

    store = Store()                      # SECONDSTORY_DATABASE_URL or data/secondstory.db
    trainee, code = store.create_trainee("Kestrel")
    attempt = store.start_attempt(trainee.id, "scenario-id", "1", "guided")
    store.save_analysis(trainee.id, attempt.id, analysis, stage="episodes")

Errors are StorageError (message safe to show), StorageUnavailable at start, AccessDenied for
wrong codes, keys and other people's work, ConflictError for a save over a newer revision,
TooManyAttempts while a lockout after too many wrong codes lasts.
"""

from secondstory.storage.errors import (
    AccessDenied,
    ConflictError,
    StorageError,
    StorageUnavailable,
)
from secondstory.storage.migrations import LATEST_VERSION
from secondstory.storage.records import (
    ATTEMPT_STAGES,
    COHORT_STATES,
    MODES,
    Attempt,
    Cohort,
    Trainee,
    TrainerPass,
)
from secondstory.storage.store import Store
from secondstory.storage.throttle import Client, TooManyAttempts
from secondstory.storage.urls import database_url, masked_url, normalise_url

__all__ = [
    "ATTEMPT_STAGES",
    "COHORT_STATES",
    "LATEST_VERSION",
    "MODES",
    "AccessDenied",
    "Attempt",
    "Client",
    "Cohort",
    "ConflictError",
    "StorageError",
    "StorageUnavailable",
    "Store",
    "Trainee",
    "TrainerPass",
    "TooManyAttempts",
    "database_url",
    "masked_url",
    "normalise_url",
]
