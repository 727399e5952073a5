"""The server's secret key, which every stored code, key and token hash is keyed with.

`SECONDSTORY_SECRET_KEY` (at least 32 characters; the app also reads it from
`.streamlit/secrets.toml`) is the key. Without it, the embedded default generates a random key
once and keeps it in `data/secret_key` (readable by its owner only); an in-memory database gets a
key that lives as long as the process. Every replica of a deployment needs the same key.

The database keeps the key's fingerprint. Opening a database hashed with another key is refused
with a clear message (a replica with a different key, or a lost key file) instead of every code
silently failing. A database from before keyed hashes has no fingerprint: its hashes are keyed
once, in the same transaction as the schema upgrade.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.engine import make_url

from secondstory.storage.errors import StorageUnavailable
from secondstory.storage.schema import cohorts, identities, settings, trainees
from secondstory.storage.secrets_util import Hasher, same_hash
from secondstory.storage.urls import REPO_ROOT

ENV_VAR = "SECONDSTORY_SECRET_KEY"
KEY_FILE = REPO_ROOT / "data" / "secret_key"
MIN_KEY_LENGTH = 32
_FINGERPRINT = "key_fingerprint"
# Every column that holds a hash of a code, key or identity (the sessions table began keyed).
_HASHED = ((trainees, "resume_hash"), (cohorts, "join_hash"), (cohorts, "key_hash"))


def server_key(url: str, key_file: Path = KEY_FILE) -> bytes:
    """The key from the environment, else from (or newly into) the key file."""
    configured = os.environ.get(ENV_VAR, "").strip()
    if configured:
        if len(configured) < MIN_KEY_LENGTH:
            raise StorageUnavailable(
                f"{ENV_VAR} is too short: use at least {MIN_KEY_LENGTH} random characters, "
                'for example the output of python -c "import secrets; '
                'print(secrets.token_urlsafe(48))".'
            )
        return configured.encode()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
        return secrets.token_bytes(32)
    return _key_from_file(key_file)


def _key_from_file(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = path.read_text(encoding="ascii").strip()
        if len(key) < MIN_KEY_LENGTH:
            raise StorageUnavailable(
                f"The secret key file {path} is damaged (too short). Restore it from a backup, "
                f"or set {ENV_VAR}."
            ) from None
        return key.encode()
    with os.fdopen(handle, "w", encoding="ascii") as out:
        key = secrets.token_urlsafe(48)
        out.write(key + "\n")
    return key.encode()


def ensure_keyed(conn: Connection, hasher: Hasher) -> None:
    """Check the database's key fingerprint; key a database's legacy hashes the first time."""
    stored = conn.execute(select(settings.c.value).where(settings.c.name == _FINGERPRINT)).first()
    if stored is not None:
        if not same_hash(stored.value, hasher.fingerprint()):
            raise StorageUnavailable(
                "This database's codes were stored with a different secret key. Give this app "
                f"the same {ENV_VAR} as the other replicas (or restore data/secret_key)."
            )
        return
    for table, column in _HASHED:
        for row in conn.execute(select(table.c.id, table.c[column])).all():
            conn.execute(
                update(table).where(table.c.id == row.id).values({column: hasher.rehash(row[1])})
            )
    for row in conn.execute(select(identities.c.subject_hash)).all():
        conn.execute(
            update(identities)
            .where(identities.c.subject_hash == row.subject_hash)
            .values(subject_hash=hasher.rehash(row.subject_hash))
        )
    conn.execute(insert(settings).values(name=_FINGERPRINT, value=hasher.fingerprint()))
