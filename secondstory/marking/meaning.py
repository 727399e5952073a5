"""How far a trainee's text says what the expert's text says: a likeness 0..1 with its reasons.

Two measures of the same idea, averaged, each scaled so that the expert's own text scores 1:
- **Key words**: each content word of the expert's text, weighted by how distinctive it is in
  this case (a word found in few of the case's documents weighs more than one found in many, and
  method jargon such as "multi-agency" or "communication" weighs little), is looked for in the
  trainee's text: the same word (after the scenario's synonyms) counts in full, a word whose
  meaning is close (by the static word vectors in `embedding`) counts in part. Recall (the share
  of the expert's weight covered) and precision (the same from the trainee's side) are combined
  with recall counting more (F-beta, beta squared 2): a short text that names the expert's
  main ideas should not lose much for leaving out detail.
- **Whole text**: the cosine of the two texts' weighted mean word vectors.
When the author gave key points, the share of them the trainee's text covers is a third measure.

Static vectors do not see negation or blame: `stance` and the language coach look at that, and
the stage modules combine the three. Everything is deterministic and offline.
"""

from __future__ import annotations

import math
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from secondstory.embedding import dimensions, word_vector
from secondstory.matching import STOP_WORDS, Synonyms, compile_synonyms, stem, words

# Below this many different content words a text is too short to say anything comparable.
MIN_CONTENT_WORDS = 3
# A word in the trainee's text whose vector is this close to an expert word's counts in part,
# rising to in full at WORD_FULL.
WORD_START, WORD_FULL = 0.45, 0.85
# Where each measure starts to count and where it counts in full (set on the shipped cases'
# strong samples against other factors of the same episode: see docs/marking.md).
KEYWORDS_START, KEYWORDS_FULL = 0.08, 0.35
COSINE_START, COSINE_FULL = 0.22, 0.50
KEY_POINT_WEIGHT = 0.5
# Recall counts sqrt(BETA2) times as much as precision in the key-word measure (F-beta, beta squared).
BETA2 = 2.0
# Method vocabulary that says nothing about this case: it counts for a quarter of its weight.
GENERIC_WEIGHT = 0.25
# fmt: off
GENERIC_WORDS = frozenset(stem(w) for w in ["agency", "agencies", "multi", "professional", "professionals", "practice", "practitioner", "practitioners", "system", "systems", "systemic", "issue", "issues", "communication", "communicate", "information", "sharing", "shared", "share", "safeguarding", "risk", "risks", "concern", "concerns", "working", "work", "worked", "factor", "factors", "partnership", "culture", "organisational", "organisation", "curiosity", "understanding", "effective", "effectively", "poor", "better", "lack", "lacked", "good", "case", "cases", "service", "services", "process", "processes", "procedure", "procedures", "policy", "policies", "need", "needed", "needs", "appropriate", "appropriately", "relevant", "various", "overall", "general", "generally", "aspects", "aspect", "level", "levels", "approach", "approaches"])  # noqa: SIM905
# fmt: on
# Everyday synonyms every case shares; a scenario's own synonyms come first.
COMMON_SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "mother": ("mum", "mam", "mummy", "mom"),
    "father": ("dad", "daddy"),
    "health visitor": ("hv",),
    "general practitioner": ("gp", "family doctor"),
    "social worker": ("sw",),
    "children's social care": ("csc", "children's services"),
    "caseload": ("workload", "too many cases", "case load"),
    "child protection": ("cp",),
    "domestic abuse": ("domestic violence", "dv"),
}
_CACHE_SIZE = 4096


@dataclass(frozen=True)
class Prepared:
    """A text made ready to compare: its content words, their weights and vectors."""

    text: str
    words: tuple[str, ...]  # the words as compared (synonyms replaced by their key word)
    stems: tuple[str, ...]
    ids: np.ndarray  # each stem's number in the space, for exact matches
    weights: np.ndarray
    vectors: np.ndarray  # one unit row per word
    sentence: np.ndarray | None  # the weighted mean vector, unit length


@dataclass(frozen=True)
class Likeness:
    """How alike two texts are, and why: the expert's key words found and missing."""

    value: float
    keywords: float
    whole: float
    key_points: float | None
    shared: tuple[str, ...]
    missing: tuple[str, ...]
    too_short: bool

    @staticmethod
    def none() -> Likeness:
        """Nothing comparable: the trainee's text is too short (or the expert's is empty)."""
        return Likeness(0.0, 0.0, 0.0, None, (), (), True)


def _ramp(value: float, start: float, full: float) -> float:
    return min(1.0, max(0.0, (value - start) / (full - start)))


class TextSpace:
    """The words of one case: how much each weighs, and its synonyms. Prepared texts are kept
    (a bounded number) so that the same text is not worked out twice."""

    def __init__(self, documents: Iterable[str], synonyms: Mapping[str, Sequence[str]]):
        merged: dict[str, list[str]] = {k: list(v) for k, v in COMMON_SYNONYMS.items()}
        for key, alternatives in synonyms.items():
            merged[key] = [*merged.get(key, []), *alternatives]
        self.synonyms: Synonyms = compile_synonyms(merged)
        counts: dict[str, int] = {}
        total = 0
        for document in documents:
            total += 1
            for s in {s for _, s in self._tokens(document)}:
                counts[s] = counts.get(s, 0) + 1
        self._total = total
        self._counts = counts
        self._cache: OrderedDict[str, Prepared] = OrderedDict()
        self._ids: dict[str, int] = {}
        self._lock = threading.Lock()

    def weight(self, stemmed: str) -> float:
        idf = math.log((self._total + 1) / (self._counts.get(stemmed, 0) + 0.5))
        idf = max(idf, 0.1)
        return idf * GENERIC_WEIGHT if stemmed in GENERIC_WORDS else idf

    def _tokens(self, text: str) -> list[tuple[str, str]]:
        """(word, stem) pairs of the content words, each synonym phrase replaced by its key."""
        short = self.synonyms.short_words
        tokens = [
            (w, stem(w)) for w in words(text) if w not in STOP_WORDS and (len(w) > 2 or w in short)
        ]
        table = self.synonyms.table
        if not table:
            return tokens
        longest = max(len(source) for source in table)
        out: list[tuple[str, str]] = []
        i = 0
        while i < len(tokens):
            for size in range(min(longest, len(tokens) - i), 0, -1):
                target = table.get(tuple(s for _, s in tokens[i : i + size]))
                if target is not None:
                    out.extend((t, t) for t in target)
                    i += size
                    break
            else:
                out.append(tokens[i])
                i += 1
        return out

    def prepare(self, text: str) -> Prepared:
        with self._lock:
            found = self._cache.get(text)
            if found is not None:
                self._cache.move_to_end(text)
                return found
        tokens = self._tokens(text)
        dims = dimensions()
        if tokens:
            weights = np.array([self.weight(s) for _, s in tokens], dtype=np.float32)
            vectors = np.stack([word_vector(w) for w, _ in tokens])
            total = weights @ vectors
            norm = float(np.linalg.norm(total))
            sentence = total / norm if norm else None
        else:
            weights = np.zeros(0, dtype=np.float32)
            vectors = np.zeros((0, dims), dtype=np.float32)
            sentence = None
        with self._lock:
            ids = np.array(
                [self._ids.setdefault(s, len(self._ids)) for _, s in tokens], dtype=np.int64
            )
        prepared = Prepared(
            text=text,
            words=tuple(w for w, _ in tokens),
            stems=tuple(s for _, s in tokens),
            ids=ids,
            weights=weights,
            vectors=vectors,
            sentence=sentence,
        )
        with self._lock:
            self._cache[text] = prepared
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return prepared

    def covers(self, text: Prepared, phrase: str) -> bool:
        """Whether every content word of `phrase` is in `text` (by stem, after synonyms)."""
        wanted = {s for _, s in self._tokens(phrase)}
        return bool(wanted) and wanted <= set(text.stems)


def _matches(a: Prepared, b: Prepared) -> tuple[np.ndarray, np.ndarray]:
    """How well each word of `a` is covered by `b`, and each word of `b` by `a`: 1 for the same
    stem, else by the closeness of their vectors."""
    closeness = a.vectors @ b.vectors.T
    found = np.clip((closeness - WORD_START) / (WORD_FULL - WORD_START), 0.0, 1.0)
    found[a.ids[:, None] == b.ids[None, :]] = 1.0
    return found.max(axis=1), found.max(axis=0)


def _weighted(weights: np.ndarray, found: np.ndarray) -> float:
    total = float(weights.sum())
    return float(weights @ found) / total if total else 0.0


def _key_words(expert: Prepared, found: np.ndarray, present: bool) -> tuple[str, ...]:
    """Up to five of the expert's words, heaviest first, that the trainee's text has (or lacks)."""
    chosen = np.nonzero((found >= 0.5) if present else (found < 0.5))[0]
    ranked = chosen[np.argsort(-expert.weights[chosen], kind="stable")]
    out: list[str] = []
    for i in ranked:
        word = expert.words[i]
        if word not in out:
            out.append(word)
            if len(out) == 5:
                break
    return tuple(out)


def compare(
    space: TextSpace,
    trainee: Prepared,
    expert: Prepared,
    key_points: Sequence[Sequence[str]] = (),
) -> Likeness:
    """The likeness of the trainee's text to the expert's, 0..1 (1 for the same text).

    `key_points` are the author's key points, each as its wordings (the point and its
    synonyms); a point counts when the trainee's text holds every content word of one wording.
    Points the expert's own text does not hold are left out, so the expert's text scores 1."""
    if trainee.text.strip() and trainee.text.strip() == expert.text.strip():
        return Likeness(1.0, 1.0, 1.0, 1.0 if key_points else None, expert.words[:5], (), False)
    # A text needs some substance; no more than the expert's own text has.
    needed = min(MIN_CONTENT_WORDS, len(set(expert.stems)))
    if not expert.words or len(set(trainee.stems)) < needed:
        return Likeness.none()
    expert_found, trainee_found = _matches(expert, trainee)
    recall = _weighted(expert.weights, expert_found)
    precision = _weighted(trainee.weights, trainee_found)
    fbeta = (
        (1 + BETA2) * precision * recall / (BETA2 * precision + recall)
        if precision + recall
        else 0.0
    )
    keywords = _ramp(fbeta, KEYWORDS_START, KEYWORDS_FULL)
    cosine = (
        float(trainee.sentence @ expert.sentence)
        if trainee.sentence is not None and expert.sentence is not None
        else 0.0
    )
    whole = _ramp(cosine, COSINE_START, COSINE_FULL)
    value = (keywords + whole) / 2
    points: float | None = None
    own = [p for p in key_points if any(space.covers(expert, a) for a in p)]
    if own:
        points = sum(1 for p in own if any(space.covers(trainee, a) for a in p)) / len(own)
        value = (1 - KEY_POINT_WEIGHT) * value + KEY_POINT_WEIGHT * points
    return Likeness(
        value=round(value, 4),
        keywords=round(keywords, 4),
        whole=round(whole, 4),
        key_points=None if points is None else round(points, 4),
        shared=_key_words(expert, expert_found, True),
        missing=_key_words(expert, expert_found, False),
        too_short=False,
    )


def too_short(text: str) -> bool:
    """Fewer than MIN_CONTENT_WORDS different content words (a stub such as "Yes." or "x")."""
    return len({stem(w) for w in words(text) if w not in STOP_WORDS and len(w) > 2}) < (
        MIN_CONTENT_WORDS
    )


_QUESTION_START = re.compile(
    r"^\s*(?:how|what|whether|why|where|when|which|who|is|are|does|do|did|can|could|should|would"
    r"|will|has|have|to what extent|in what ways?)\b",
    re.IGNORECASE,
)


def is_question(text: str) -> bool:
    """A real question: ends with a question mark or opens as one, and has substance."""
    stripped = text.strip()
    return not too_short(stripped) and (
        stripped.endswith("?") or bool(_QUESTION_START.match(stripped))
    )
