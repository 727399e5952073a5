"""Where the database is: `SECONDSTORY_DATABASE_URL`, else a SQLite file under `data/`.

Streamlit secrets are read by the app, which passes the URL in; this module reads only the
environment.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

ENV_VAR = "SECONDSTORY_DATABASE_URL"
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATABASE = REPO_ROOT / "data" / "secondstory.db"


def database_url() -> str:
    """The configured database URL, normalised; the default SQLite file's folder is created."""
    configured = os.environ.get(ENV_VAR, "").strip()
    if configured:
        return normalise_url(configured)
    DEFAULT_DATABASE.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DEFAULT_DATABASE}"


def normalise_url(url: str) -> str:
    """Point plain PostgreSQL URLs (as hosting providers write them) at the psycopg 3 driver."""
    url = url.strip()
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def masked_url(url: str) -> str:
    """The URL with its password replaced by `***`, fit for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<a database URL that could not be read>"
