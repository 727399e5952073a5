"""Random ids, resume and join codes, facilitator keys, session tokens, and their keyed hashes.

Codes are random strings from `secrets`. Only a keyed hash of each is stored: HMAC-SHA256 with the
server's secret key (see `server_key`) over the purpose-separated SHA-256 the first versions
stored. A stolen database without the key is then of no use for guessing codes offline, and a
database from before the key can be brought up to date without knowing any code (see
`server_key.ensure_keyed`). Lookups go by hash and are confirmed with `hmac.compare_digest`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid
from dataclasses import dataclass

# No 0/O, 1/I/L or U: nothing a trainee or trainer can misread when copying a code from paper.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
RESUME_CODE_LENGTH = 12
JOIN_CODE_LENGTH = 8
# 20 characters of 30: 98 bits, as strong as the 24-byte keys of the first versions.
FACILITATOR_KEY_LENGTH = 20
MAX_SECRET_INPUT = 200
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")


def new_id() -> str:
    """A random id (uuid4, 122 random bits), so that ids cannot be guessed."""
    return uuid.uuid4().hex


def _random_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def group_code(code: str, size: int = 4) -> str:
    """`K7QM4TXP9RWD` -> `K7QM-4TXP-9RWD`."""
    return "-".join(code[i : i + size] for i in range(0, len(code), size))


def new_resume_code() -> str:
    return group_code(_random_code(RESUME_CODE_LENGTH))


def new_join_code() -> str:
    return group_code(_random_code(JOIN_CODE_LENGTH))


def new_facilitator_key() -> str:
    return group_code(_random_code(FACILITATOR_KEY_LENGTH), size=5)


def new_session_token() -> str:
    """A token for the page address (URL-safe, 192 bits)."""
    return secrets.token_urlsafe(24)


def normalise_code(text: str) -> str:
    """A typed code or key without spaces and dashes, in capitals."""
    return _SEPARATORS.sub("", text).upper()


def normalise_key(text: str) -> str:
    """A pasted facilitator key of the first versions (case-sensitive), without white space."""
    return text.strip()


def legacy_hash(purpose: str, secret: str) -> str:
    """SHA-256 of the secret, separated by purpose so a join code never works as a resume code.
    What the first versions stored; now only the inside of the keyed hash."""
    return hashlib.sha256(f"secondstory:{purpose}:{secret}".encode()).hexdigest()


@dataclass(frozen=True)
class Hasher:
    """Keyed hashes with the server's secret key."""

    key: bytes

    def rehash(self, stored_legacy: str) -> str:
        """The keyed hash of a value stored by the first versions (a legacy SHA-256)."""
        return hmac.new(self.key, stored_legacy.encode(), hashlib.sha256).hexdigest()

    def hash(self, purpose: str, secret: str) -> str:
        return self.rehash(legacy_hash(purpose, secret))

    def fingerprint(self) -> str:
        """A value that tells whether a database was hashed with this key (reveals nothing of it)."""
        return self.hash("key-check", "secondstory")


def same_hash(stored: str, candidate: str) -> bool:
    return hmac.compare_digest(stored.encode(), candidate.encode())
