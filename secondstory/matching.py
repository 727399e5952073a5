"""The deterministic matching under the marking: episode overlap, one-to-one pairing, text likeness.

Everything here is plain arithmetic a trainer can redo by hand: the overlap of two sets of
chronology entries, a best one-to-one pairing (the Hungarian method on whole numbers, so no
rounding can change a result), and a likeness of two short texts after normalising their words
(lower case, no punctuation, no common words, crude suffix stripping, the scenario's synonyms
mapped onto their key word) and comparing them with rapidfuzz.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

# fmt: off
STOP_WORDS = frozenset((
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because",
    "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from",
    "had", "has", "have", "he", "her", "hers", "him", "his", "how", "i", "if", "in", "into", "is",
    "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "out", "she", "so", "some",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
    "to", "too", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "whom", "why", "will", "with", "would", "you", "your",
))
# fmt: on

# Longest first; a suffix is only stripped when at least four letters remain.
_SUFFIXES = ("ies", "ied", "ing", "ed", "es", "e", "s", "y")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Synonyms:
    """A scenario's synonyms: a table from a phrase's stems to its key word's stems, and the
    short words (two letters or fewer, like 'hv' or 'gp') that count only because a synonym
    names them."""

    table: dict[tuple[str, ...], tuple[str, ...]]
    short_words: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.table)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude stem so that 'injury', 'injuries' and 'injured' compare equal."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    """Lower-case words without punctuation (apostrophes dropped, so "mother's" is one word)."""
    return _WORD.findall(text.lower().replace("'", "").replace("\u2019", ""))


def content_words(text: str, short_words: frozenset[str] = frozenset()) -> list[str]:
    """The stems of the words that carry meaning: no common words, none shorter than three
    letters unless it is one of `short_words` (abbreviations a scenario's synonyms name)."""
    return [
        stem(w) for w in words(text) if w not in STOP_WORDS and (len(w) > 2 or w in short_words)
    ]


def _phrase_words(phrase: str) -> list[str]:
    return [stem(w) for w in words(phrase) if w not in STOP_WORDS]


def compile_synonyms(synonyms: Mapping[str, Iterable[str]]) -> Synonyms:
    """The scenario's synonyms as a table from a phrase's stems to its key word's stems."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    short: set[str] = set()
    for key, alternatives in sorted(synonyms.items()):
        target = tuple(_phrase_words(key))
        if not target:
            continue
        for phrase in [key, *alternatives]:
            source = tuple(_phrase_words(phrase))
            if source:
                table.setdefault(source, target)
                short.update(w for w in source if len(w) <= 2)
    return Synonyms(table, frozenset(short))


def normalise(text: str, synonyms: Synonyms | None = None) -> str:
    """Text as the words compared: content stems, each synonym phrase replaced by its key word."""
    if not synonyms:
        return " ".join(content_words(text))
    tokens = content_words(text, synonyms.short_words)
    table = synonyms.table
    longest = max(len(source) for source in table)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            target = table.get(tuple(tokens[i : i + size]))
            if target is not None:
                out.extend(target)
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return " ".join(out)


def likeness(a: str, b: str) -> float:
    """How alike two normalised texts read, 0..1: the mean of rapidfuzz's token-set ratio
    (shared words, whatever else is said) and token-sort ratio (the whole wording)."""
    if not a or not b:
        return 0.0
    ratio = (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 200
    return round(ratio, 2)


def dice(a: set[str], b: set[str]) -> float:
    """Overlap of two sets: twice the shared items over the sizes added (0 none, 1 the same)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def best_assignment(weights: Sequence[Sequence[int]]) -> dict[int, int]:
    """A one-to-one pairing of rows with columns that maximises the total weight.

    Weights are whole numbers; a pair with weight 0 or less is never made. The Hungarian method
    (O(rows² × columns)); when two pairings tie, the result depends only on the order of rows
    and columns, so callers put their items in a canonical order first.
    """
    rows = len(weights)
    if rows == 0:
        return {}
    real_columns = len(weights[0])
    columns = max(real_columns, rows)
    cost = [[-row[j] if j < real_columns else 0 for j in range(columns)] for row in weights]
    infinity = float("inf")
    u = [0] * (rows + 1)
    v = [0] * (columns + 1)
    owner = [0] * (columns + 1)
    way = [0] * (columns + 1)
    for i in range(1, rows + 1):
        owner[0] = i
        j0 = 0
        min_value = [infinity] * (columns + 1)
        used = [False] * (columns + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            row = cost[i0 - 1]
            delta = infinity
            j1 = 0
            for j in range(1, columns + 1):
                if not used[j]:
                    current = row[j - 1] - u[i0] - v[j]
                    if current < min_value[j]:
                        min_value[j] = current
                        way[j] = j0
                    if min_value[j] < delta:
                        delta = min_value[j]
                        j1 = j
            for j in range(columns + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    min_value[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return {
        owner[j] - 1: j - 1
        for j in range(1, real_columns + 1)
        if owner[j] and weights[owner[j] - 1][j - 1] > 0
    }
