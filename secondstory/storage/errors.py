"""Errors raised by the storage layer. Every message is safe to show to a trainee or facilitator."""

from __future__ import annotations


class StorageError(Exception):
    """Something went wrong with stored work; the message says what, in plain words."""


class StorageUnavailable(StorageError):
    """The database cannot be used at start (unreachable, bad URL, or a newer schema)."""


class AccessDenied(StorageError):
    """A wrong or replaced code or key, or an attempt that is not the caller's.

    The message is the same whether the thing does not exist or belongs to someone else,
    so that it reveals nothing.
    """


class ConflictError(StorageError):
    """An attempt was changed elsewhere (another tab or device) since it was read."""
