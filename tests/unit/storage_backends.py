"""Database back ends for the storage tests: a SQLite file, and PostgreSQL when a server answers.

PostgreSQL: a throwaway database `secondstory_test_<random>` is created on 127.0.0.1:5432 (trust
authentication, user `postgres` or `root`) the first time a test needs it, emptied before each
test, and dropped at the end of the session. Without a server the PostgreSQL cases are skipped,
unless SECONDSTORY_REQUIRE_POSTGRES=1, which turns the skip into a failure (CI sets it).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

HOST, PORT = "127.0.0.1", 5432
USERS = ("postgres", "root")
REQUIRED = os.environ.get("SECONDSTORY_REQUIRE_POSTGRES") == "1"

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


def _connect(user: str, dbname: str) -> psycopg.Connection:
    return psycopg.connect(
        host=HOST, port=PORT, user=user, dbname=dbname, connect_timeout=3, autocommit=True
    )


class ThrowawayPostgres:
    """A throwaway PostgreSQL database, created on first use."""

    def __init__(self) -> None:
        self.user: str | None = None
        self.dbname: str | None = None
        self.problem: str | None = None

    def _create(self) -> None:
        reasons = []
        for user in USERS:
            try:
                with _connect(user, "postgres") as admin:
                    name = f"secondstory_test_{secrets.token_hex(6)}"
                    admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            except psycopg.Error as error:
                reasons.append(f"{user}: {str(error).strip().splitlines()[0]}")
                continue
            self.user, self.dbname = user, name
            return
        self.problem = (
            f"no PostgreSQL server usable on {HOST}:{PORT} ({'; '.join(reasons)}); "
            "set SECONDSTORY_REQUIRE_POSTGRES=1 to make this a failure"
        )

    def fresh_url(self) -> str:
        """The database's URL, emptied; skips (or fails when required) without a server."""
        if self.dbname is None and self.problem is None:
            self._create()
        if self.problem is not None:
            if REQUIRED:
                pytest.fail(f"PostgreSQL is required: {self.problem}")
            pytest.skip(self.problem)
        with _connect(self.user, self.dbname) as conn:
            conn.execute("DROP SCHEMA public CASCADE")
            conn.execute("CREATE SCHEMA public")
        return f"postgresql://{self.user}@{HOST}:{PORT}/{self.dbname}"

    def drop(self) -> None:
        if self.dbname is None:
            return
        with _connect(self.user, "postgres") as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    sql.Identifier(self.dbname)
                )
            )
        self.dbname = None


def url_for(backend: str, postgres: ThrowawayPostgres, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'secondstory.db'}"
    return postgres.fresh_url()
