"""Caching of work derived from one scenario: by the object's identity, or by its version.

Scenario models hold lists, so they cannot be hashed (nor weakly referenced) for
`functools.lru_cache`. `per_object` keeps the object alive beside its result, so its id cannot
be reused while cached, and forgets the oldest entries past `size`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from threading import Lock
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def per_object(size: int = 64) -> Callable[[Callable[[T], R]], Callable[[T], R]]:
    def decorate(fn: Callable[[T], R]) -> Callable[[T], R]:
        cache: OrderedDict[int, tuple[T, R]] = OrderedDict()
        lock = Lock()

        @wraps(fn)
        def wrapper(obj: T) -> R:
            key = id(obj)
            with lock:
                hit = cache.get(key)
                if hit is not None and hit[0] is obj:
                    cache.move_to_end(key)
                    return hit[1]
            result = fn(obj)
            with lock:
                cache[key] = (obj, result)
                while len(cache) > size:
                    cache.popitem(last=False)
            return result

        return wrapper

    return decorate


def per_version(size: int = 256) -> Callable[..., Callable[..., R]]:
    """Cache work on a scenario by its id and version (and any further hashable arguments):
    a scenario's content changes only with its version, whichever object holds it."""

    def decorate(fn: Callable[..., R]) -> Callable[..., R]:
        cache: OrderedDict[tuple, R] = OrderedDict()
        lock = Lock()

        @wraps(fn)
        def wrapper(scenario, *args: object) -> R:
            key = (scenario.id, scenario.version, *args)
            with lock:
                if key in cache:
                    cache.move_to_end(key)
                    return cache[key]
            result = fn(scenario, *args)
            with lock:
                cache[key] = result
                while len(cache) > size:
                    cache.popitem(last=False)
            return result

        return wrapper

    return decorate
