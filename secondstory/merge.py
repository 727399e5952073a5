"""Combining two versions of one analysis saved from different tabs or devices (three-way merge).

`merge(base, mine, theirs)`: `base` is the version this tab last saw, `mine` its edit, and
`theirs` the version saved elsewhere since. A field changed on one side only takes that change;
lists of choices (chronology entries, linked episodes, factors, questions, hints) keep what either
side added and drop what either side removed. Where both sides changed the same answer
differently, the merged analysis keeps the version saved elsewhere and the conflict carries both,
so the trainee can choose (or keep both texts). Nothing is dropped: an episode or finding deleted
on one side but changed on the other is kept, as a conflict.

Episodes and findings are matched by id (by position when an older analysis has no ids).
Practice conversations (`interviews`) only grow: the questions asked in both places are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from secondstory.models import (
    Analysis,
    Interview,
    TraineeAppraisal,
    TraineeEpisode,
    TraineeFinding,
)

Choice = Literal["mine", "theirs", "both"]

# Lists merged as sets of choices (order kept), never a conflict.
_LIST_FIELDS = {"entries", "factors", "questions", "episodes", "hints_used"}
# Flags that only ever go from False to True in the app.
_FLAGS = ("revealed_expert_episodes", "outcome_revealed")
FIELD_NAMES = {
    "title": "title",
    "why_key": "why it is key",
    "local_rationality": "local rationality",
    "appraisal": "appraisal",
    "appraisal_after_reveal": "revised appraisal",
    "rating": "rating",
    "reasoning": "reasoning",
    "from_reference": "link to the expert's episode",
    "statement": "finding statement",
    "category": "category",
    "case_evidence": "how it showed up in this case",
    "not_one_off": "how we know it is not a one-off",
    "why_it_matters": "why it matters",
}
# Free-text answers: for these, both versions can be kept, one after the other.
_TEXT_FIELDS = {
    "title",
    "why_key",
    "local_rationality",
    "reasoning",
    "statement",
    "case_evidence",
    "not_one_off",
    "why_it_matters",
}
BOTH_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Conflict:
    """One answer changed differently in two places.

    `path` locates it: ("episodes", KEY, FIELD[, SUBFIELD]) or ("findings", KEY, FIELD), or
    ("episodes", KEY) / ("findings", KEY) for an item deleted on one side and changed on the
    other (then the deleted side's value is None). `where` says it in words.
    """

    path: tuple[str, ...]
    where: str
    mine: object
    theirs: object

    @property
    def text(self) -> bool:
        """Both versions are free text, so keeping both (one after the other) makes sense."""
        return self.path[-1] in _TEXT_FIELDS


@dataclass(frozen=True)
class Merged:
    analysis: Analysis
    conflicts: tuple[Conflict, ...]


def merge(base: Analysis, mine: Analysis, theirs: Analysis) -> Merged:
    conflicts: list[Conflict] = []
    episodes = _merge_items(
        "episodes", base.episodes, mine.episodes, theirs.episodes, conflicts, _episode_name
    )
    findings = _merge_items(
        "findings", base.findings, mine.findings, theirs.findings, conflicts, _finding_name
    )
    kept_ids = {e.id for e in episodes}
    findings = [
        f.model_copy(update={"episodes": [e for e in f.episodes if e in kept_ids]})
        for f in findings
    ]
    update: dict[str, object] = {
        "episodes": episodes,
        "findings": findings,
        "hints_used": _merge_list(base.hints_used, mine.hints_used, theirs.hints_used),
        "interviews": _merge_interviews(base, mine, theirs),
    }
    for flag in _FLAGS:
        update[flag] = getattr(mine, flag) or getattr(theirs, flag)
    merged = theirs.model_copy(update=update)
    return Merged(Analysis.model_validate(merged.model_dump()), tuple(conflicts))


def resolve(analysis: Analysis, conflict: Conflict, choice: Choice) -> Analysis:
    """The analysis with the trainee's choice for one conflict applied."""
    if choice == "both" and not conflict.text:
        raise ValueError("only two texts can both be kept")
    value = {
        "mine": conflict.mine,
        "theirs": conflict.theirs,
        "both": f"{conflict.theirs}{BOTH_SEPARATOR}{conflict.mine}",
    }[choice]
    kind, key, *fields = conflict.path
    items = list(getattr(analysis, kind))
    index = _find(items, key)
    if not fields:  # an item deleted on one side, changed on the other
        if value is None and index is not None:
            items.pop(index)
        elif value is not None and index is None:
            items.append(value)
        elif value is not None:
            items[index] = value
    elif index is not None:
        items[index] = _set_path(items[index], fields, value)
    updated = analysis.model_copy(update={kind: items})
    return Analysis.model_validate(updated.model_dump())


def _key(item: TraineeEpisode | TraineeFinding, index: int) -> str:
    return item.id or f"#{index + 1}"


def _find(items: list, key: str) -> int | None:
    for index, item in enumerate(items):
        if _key(item, index) == key:
            return index
    return None


def _episode_name(item: TraineeEpisode) -> str:
    return f"Episode '{item.title or 'untitled'}'"


def _finding_name(item: TraineeFinding) -> str:
    return f"Finding '{_short(item.statement) or 'with no statement yet'}'"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _merge_items(kind, base, mine, theirs, conflicts, name) -> list:
    """Episodes or findings, matched by key: theirs' order, then items new in this tab."""
    base_by = {_key(x, i): x for i, x in enumerate(base)}
    mine_by = {_key(x, i): x for i, x in enumerate(mine)}
    theirs_by = {_key(x, i): x for i, x in enumerate(theirs)}
    order = _merge_order(list(base_by), list(mine_by), list(theirs_by))
    result = []
    for key in order:
        b, m, t = base_by.get(key), mine_by.get(key), theirs_by.get(key)
        if m is None or t is None:
            kept = _one_side_missing(kind, key, b, m, t, conflicts, name)
            if kept is not None:
                result.append(kept)
            continue
        where = name(t)
        result.append(_merge_model((kind, key), where, b, m, t, conflicts))
    return result


def _one_side_missing(kind, key, b, m, t, conflicts, name):
    present = m if m is not None else t
    if b is None:  # added on one side only
        return present
    if present == b:  # deleted on one side, untouched on the other
        return None
    conflicts.append(
        Conflict(path=(kind, key), where=name(present), mine=m, theirs=t)
    )  # deleted on one side, changed on the other: keep it and ask
    return present


def _merge_order(base: list[str], mine: list[str], theirs: list[str]) -> list[str]:
    """Theirs' order (or mine, if only this tab reordered), then keys new in this tab."""
    common = [k for k in base if k in mine and k in theirs]
    mine_moved = [k for k in mine if k in common] != common
    theirs_moved = [k for k in theirs if k in common] != common
    first, second = (mine, theirs) if mine_moved and not theirs_moved else (theirs, mine)
    # Keys only in `second` are new there, or deleted in `first` (the caller decides those).
    return first + [k for k in second if k not in first]


def _merge_model(path, where, b, m, t, conflicts):
    if m == t:
        return m
    if b == m:
        return t
    if b == t:
        return m
    if b is None:
        b = type(t)()
    update = {}
    for field in type(t).model_fields:
        bv, mv, tv = getattr(b, field), getattr(m, field), getattr(t, field)
        update[field] = _merge_field((*path, field), where, field, bv, mv, tv, conflicts)
    return t.model_copy(update=update)


def _merge_field(path, where, field, b, m, t, conflicts):
    if m == t:
        return m
    if b == m:
        return t
    if b == t:
        return m
    if field in _LIST_FIELDS:
        return _merge_list(b, m, t)
    if isinstance(m, TraineeAppraisal) and isinstance(t, TraineeAppraisal):
        label = f"{where}: {FIELD_NAMES[field]}"
        return _merge_model(path, label, b, m, t, conflicts)
    conflicts.append(
        Conflict(path=path, where=f"{where}: {FIELD_NAMES.get(field, field)}", mine=m, theirs=t)
    )
    return t


def _merge_interviews(base: Analysis, mine: Analysis, theirs: Analysis) -> list[Interview]:
    """Practice conversations only grow: each keeps the questions saved elsewhere, then the
    ones asked in this tab since (matched by question id)."""
    seen = {q.id for i in base.interviews for q in i.questions}
    theirs_by = {i.conversation: i for i in theirs.interviews}
    result = []
    for item in theirs.interviews:
        mine_item = next((m for m in mine.interviews if m.conversation == item.conversation), None)
        known = {q.id for q in item.questions} | seen
        new = [q for q in (mine_item.questions if mine_item else []) if q.id not in known]
        result.append(item.model_copy(update={"questions": [*item.questions, *new]}))
    result += [i for i in mine.interviews if i.conversation not in theirs_by]
    return result


def _merge_list(base: list, mine: list, theirs: list) -> list:
    removed = [x for x in base if x in theirs and x not in mine]
    kept = [x for x in theirs if x not in removed]
    return kept + [x for x in mine if x not in base and x not in kept]


def _set_path(item: BaseModel, fields: list[str], value: object) -> BaseModel:
    field, *rest = fields
    if rest:
        inner = getattr(item, field) or TraineeAppraisal()
        value = _set_path(inner, rest, value)
    return item.model_copy(update={field: value})
