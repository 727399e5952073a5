"""Limits on wrong resume codes, join codes, facilitator keys, trainer keys and trainer tokens.

Each wrong try counts against three scopes: the browser session, the network address, and the
whole server (per kind of code). A scope with too many wrong tries in its window is locked for a
while; every try in a locked scope is refused before the code is even looked at, right or
wrong. The counts are in the database, so the limits hold across processes and replicas; the
scope names are keyed hashes, so no address is stored in clear.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from secondstory.storage.errors import StorageError
from secondstory.storage.records import as_utc
from secondstory.storage.schema import throttle
from secondstory.storage.secrets_util import Hasher

KINDS = {
    "resume": "resume codes",
    "join": "join codes",
    "facilitator": "facilitator keys",
    "trainer": "trainer keys",
    "trainer-session": "trainer sign-in addresses",
}


@dataclass(frozen=True)
class Limit:
    failures: int
    window: dt.timedelta
    lockout: dt.timedelta


_QUARTER = dt.timedelta(minutes=15)
# A browser gets a few typos; a training room behind one address a few each; the server as a
# whole far fewer than a guessing run needs (a resume code has 59 bits, a join code 39).
LIMITS = {
    "browser": Limit(5, _QUARTER, _QUARTER),
    "address": Limit(30, _QUARTER, _QUARTER),
    "server": Limit(100, _QUARTER, _QUARTER),
}
WHERE = {
    "browser": "from this browser",
    "address": "from this network",
    "server": "on this server",
}


class TooManyAttempts(StorageError):
    """Tries are refused for a while after too many wrong codes or keys."""


@dataclass(frozen=True)
class Client:
    """Who is trying: the browser session and the network address, where known."""

    session: str | None = None
    address: str | None = None


def scopes(hasher: Hasher, kind: str, client: Client | None) -> list[tuple[str, str]]:
    """(scope name, stored scope hash) for each scope this try counts against."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {sorted(KINDS)}, not {kind!r}")
    client = client or Client()
    found = [("server", "")]
    if client.address:
        found.append(("address", client.address))
    if client.session:
        found.append(("browser", client.session))
    return [(name, hasher.hash("throttle", f"{kind}:{name}:{value}")) for name, value in found]


def refuse_if_locked(
    conn: Connection, kind: str, found: list[tuple[str, str]], now: dt.datetime
) -> None:
    for name, scope in found:
        row = conn.execute(select(throttle.c.locked_until).where(throttle.c.scope == scope)).first()
        until = as_utc(row.locked_until) if row is not None else None
        if until is not None and until > now:
            minutes = max(1, round((until - now).total_seconds() / 60))
            raise TooManyAttempts(
                f"Too many wrong {KINDS[kind]} have been tried {WHERE[name]}. For everyone's "
                f"safety, trying is paused: please try again in {minutes} minute(s)."
            )


def record_failure(conn: Connection, found: list[tuple[str, str]], now: dt.datetime) -> None:
    dialect_insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    for name, scope in found:
        limit = LIMITS[name]
        conn.execute(
            dialect_insert(throttle)
            .values(scope=scope, window_start=now, failures=0, locked_until=None)
            .on_conflict_do_nothing()
        )
        row = conn.execute(
            select(throttle).where(throttle.c.scope == scope).with_for_update()
        ).one()
        failures, start = row.failures + 1, as_utc(row.window_start)
        if now - start > limit.window:
            failures, start = 1, now
        locked = now + limit.lockout if failures >= limit.failures else as_utc(row.locked_until)
        conn.execute(
            update(throttle)
            .where(throttle.c.scope == scope)
            .values(window_start=start, failures=failures, locked_until=locked)
        )
