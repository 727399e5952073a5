"""Random ids, resume and join codes, facilitator keys, and the hashes that are stored instead.

Codes are high-entropy random strings from `secrets`, so an unsalted SHA-256 is enough to keep
them out of the database; lookups go by hash and are confirmed with `hmac.compare_digest`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid

# No 0/O, 1/I/L or U: nothing a trainee can misread when copying a code from paper.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
RESUME_CODE_LENGTH = 12
JOIN_CODE_LENGTH = 8
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
    return secrets.token_urlsafe(24)


def normalise_code(text: str) -> str:
    """A typed resume or join code without spaces and dashes, in capitals."""
    return _SEPARATORS.sub("", text).upper()


def normalise_key(text: str) -> str:
    """A pasted facilitator key without surrounding white space (keys are case-sensitive)."""
    return text.strip()


def hash_secret(purpose: str, secret: str) -> str:
    """SHA-256 of the secret, separated by purpose so a join code never works as a resume code."""
    return hashlib.sha256(f"secondstory:{purpose}:{secret}".encode()).hexdigest()


def same_hash(stored: str, candidate: str) -> bool:
    return hmac.compare_digest(stored.encode(), candidate.encode())
