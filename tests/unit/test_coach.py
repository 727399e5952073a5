"""The language coach: recall and precision on a written corpus, span guarantees, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from secondstory.coach import (
    _GUIDE_CUES,
    _GUIDED,
    _OTHER_REPORTING_VERBS,
    _REPORT_CUES,
    _REPORT_TAG,
    _REPORTED,
    _RULES,
    KINDS,
    coach,
)
from tests.unit import coach_sentences as corpus

ROOT = Path(__file__).resolve().parents[2]

SINGLES = [
    (kind, sentence, phrase)
    for kind, rows in (
        ("counterfactual", corpus.COUNTERFACTUAL),
        ("blame", corpus.BLAME),
        ("hindsight", corpus.HINDSIGHT),
        ("reflexive_fix", corpus.REFLEXIVE_FIX),
        ("case_specific", corpus.CASE_SPECIFIC),
    )
    for sentence, phrase in rows
]


def _id(text: str) -> str:
    return text[:50].replace("\n", " ")


def _phrase_span(sentence: str, phrase: str) -> tuple[int, int]:
    start = sentence.index(phrase)
    return start, start + len(phrase)


def _assert_well_formed(text: str, flags: list) -> None:
    previous_end = 0
    for flag in flags:
        assert 0 <= flag.start < flag.end <= len(text)
        assert flag.text == text[flag.start : flag.end]
        assert flag.start >= previous_end, "flags overlap or are out of order"
        previous_end = flag.end
        assert flag.kind in KINDS
        assert flag.why.strip() and flag.suggestion.strip()


def test_corpus_is_big_enough():
    sizes = {kind: sum(1 for k, _, _ in SINGLES if k == kind) for kind in KINDS}
    assert min(sizes["counterfactual"], sizes["blame"], sizes["hindsight"]) >= 60
    assert sizes["reflexive_fix"] >= 60
    assert sizes["case_specific"] + len(corpus.CASE_SPECIFIC_WITH_NAMES) >= 20
    assert len(corpus.NOT_FLAGGED) >= 80
    assert len(set(corpus.NOT_FLAGGED)) == len(corpus.NOT_FLAGGED)


@pytest.mark.parametrize(
    ("kind", "sentence", "phrase"), SINGLES, ids=[_id(s) for _, s, _ in SINGLES]
)
def test_flagged_with_the_right_kind(kind, sentence, phrase):
    assert sentence.count(phrase) == 1, "the expected phrase must be unambiguous"
    flags = coach(sentence)
    _assert_well_formed(sentence, flags)
    assert [f.kind for f in flags] == [kind], [(f.kind, f.text) for f in flags]
    start, end = _phrase_span(sentence, phrase)
    assert flags[0].start <= start and end <= flags[0].end, flags[0].text


@pytest.mark.parametrize(
    ("sentence", "phrase", "names"),
    corpus.CASE_SPECIFIC_WITH_NAMES,
    ids=[_id(s) for s, _, _ in corpus.CASE_SPECIFIC_WITH_NAMES],
)
def test_names_make_a_finding_case_specific(sentence, phrase, names):
    flags = coach(sentence, names)
    _assert_well_formed(sentence, flags)
    assert [f.kind for f in flags] == ["case_specific"]
    start, end = _phrase_span(sentence, phrase)
    assert flags[0].start <= start and end <= flags[0].end


@pytest.mark.parametrize(
    ("sentence", "expected", "names"), corpus.MIXED, ids=[_id(s) for s, _, _ in corpus.MIXED]
)
def test_several_flags_in_one_text(sentence, expected, names):
    flags = coach(sentence, names)
    _assert_well_formed(sentence, flags)
    assert [f.kind for f in flags] == [kind for kind, _ in expected]
    for flag, (_, phrase) in zip(flags, expected, strict=True):
        start, end = _phrase_span(sentence, phrase)
        assert flag.start <= start and end <= flag.end


@pytest.mark.parametrize("sentence", corpus.NOT_FLAGGED, ids=[_id(s) for s in corpus.NOT_FLAGGED])
def test_not_flagged(sentence):
    assert coach(sentence) == [], [(f.kind, f.text) for f in coach(sentence)]


@pytest.mark.parametrize("separator", [" ", "\n", "\n\n", "  \r\n"])
def test_sentences_are_judged_on_their_own_in_a_long_text(separator):
    sentences = [s for _, s, _ in SINGLES] + corpus.NOT_FLAGGED
    sentences += [s for s, _, names in corpus.MIXED if not names]
    expected = len(SINGLES) + sum(len(e) for _, e, names in corpus.MIXED if not names)
    text = separator.join(sentences)
    flags = coach(text)
    _assert_well_formed(text, flags)
    assert len(flags) == expected


def test_names_are_only_flagged_when_given():
    text = "Children like Jay are rarely asked what they think."
    assert coach(text) == []
    assert [f.text for f in coach(text, ["Jay", "  ", "Jay Smith"])] == ["Jay"]
    assert coach(text, ["Kai"]) == []


def test_a_single_name_string_is_one_name():
    assert [f.text for f in coach("Jay should be seen weekly.", "Jay")] == ["Jay should"]


def test_offsets_hold_when_lower_case_changes_length():
    text = "\u0130stanbul: the GP should have referred."
    flags = coach(text)
    assert [f.text for f in flags] == ["should have referred"]
    assert text[flags[0].start : flags[0].end] == "should have referred"


def test_curly_apostrophes_keep_the_original_text():
    text = "The GP shouldn\u2019t have closed it. The nurse couldn\u2019t be bothered to call."
    flags = coach(text)
    assert [(f.kind, f.text) for f in flags] == [
        ("counterfactual", "shouldn\u2019t have closed"),
        ("blame", "couldn\u2019t be bothered"),
    ]


def test_why_and_suggestion_explain_in_the_method_s_terms():
    flags = coach("In hindsight the social worker failed to visit, so more training is needed.")
    assert [f.kind for f in flags] == ["hindsight", "blame", "reflexive_fix"]
    assert len({f.why for f in flags}) == 3
    for flag in flags:
        assert flag.why.endswith(".") and flag.suggestion.endswith((".", ".'", "'"))


def test_empty_text_and_kinds():
    assert coach("") == []
    assert set(KINDS) == {"counterfactual", "blame", "hindsight", "reflexive_fix", "case_specific"}
    assert all(label.strip() for label in KINDS.values())


def test_flags_are_frozen():
    flag = coach("The GP should have referred.")[0]
    with pytest.raises(ValidationError):
        flag.kind = "blame"


def test_every_match_holds_one_of_its_rule_s_triggers():
    """Rules only run on sentences holding a trigger word, so a match without one would be lost."""
    texts = [s for _, s, _ in SINGLES] + corpus.NOT_FLAGGED + [s for s, _, _ in corpus.MIXED]
    for text in texts:
        for _, _, rule in _RULES:
            for match in rule.pattern.finditer(text):
                found = match.group()
                assert any(t in (found.lower() if t.islower() else found) for t in rule.triggers), (
                    rule.pattern.pattern[:60],
                    found,
                )


def test_sentences_without_a_cue_cannot_report_speech_or_cite_guidance():
    """A sentence with no cue word skips the reported-speech and guidance checks."""
    texts = [s for _, s, _ in SINGLES] + corpus.NOT_FLAGGED + [s for s, _, _ in corpus.MIXED]
    texts += [f"She {verb} that it was." for verb in _OTHER_REPORTING_VERBS.split("|")]
    assert all(
        _REPORTED.search(f"She {verb} that it was.") for verb in _OTHER_REPORTING_VERBS.split("|")
    )
    for text in texts:
        for pattern, cues in (
            (_REPORTED, _REPORT_CUES),
            (_REPORT_TAG, _REPORT_CUES),
            (_GUIDED, _GUIDE_CUES),
        ):
            for match in pattern.finditer(text):
                assert any(cue in match.group().lower() for cue in cues), match.group()


def _run_cli(*args: str, text: str) -> list:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "secondstory", "coach", *args],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_cli_lines_gives_one_list_per_line():
    lines = [
        "The GP should have referred the baby.",
        "The mother missed the appointment.",
        "",
        "In hindsight it was obvious, the health visitor\u2019s manager must act.",
    ]
    data = _run_cli("--lines", text="\n".join(lines) + "\n")
    assert len(data) == len(lines)
    assert [[f["kind"] for f in line] for line in data] == [
        ["counterfactual"],
        [],
        [],
        ["hindsight", "hindsight", "case_specific"],
    ]
    for line, flags in zip(lines, data, strict=True):
        for flag in flags:
            assert set(flag) == {"text", "start", "end", "kind", "why", "suggestion"}
            assert line[flag["start"] : flag["end"]] == flag["text"]


def test_cli_without_lines_uses_offsets_in_the_whole_input():
    text = "No strategy discussion was held.\nThe police failed to share the log.\n"
    data = _run_cli(text=text)
    assert [(f["kind"], f["text"]) for f in data] == [("blame", "failed to")]
    assert text[data[0]["start"] : data[0]["end"]] == "failed to"


_FRAGMENTS = st.sampled_from(
    [
        "should have ",
        "shouldn\u2019t have been ",
        "failed to ",
        "The mother ",
        "the health visitor ",
        "missed ",
        "In hindsight",
        "clearly at risk",
        "more training ",
        "remind staff",
        "the social worker should ",
        "Child A's ",
        "Had they known, they would have ",
        "If only ",
        "She told us ",
        "The protocol says ",
        "?",
        ". ",
        ", ",
        "\n",
        "\n\n- ",
        "\u2019",
        "\u0130",  # lower-cases to two characters
        "Jay",
    ]
)
_TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_FRAGMENTS, st.text(max_size=4)), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, names=st.lists(st.text(min_size=1, max_size=8), max_size=3))
def test_any_text_gives_sorted_non_overlapping_exact_spans(text, names):
    _assert_well_formed(text, coach(text, names))


@pytest.mark.parametrize(
    "sentence",
    [
        'The partnership\'s 2020 "Was Not Brought" guidance has not been audited.',
        "A dip sample by the MASH manager found that 4 of 30 closed contacts had late replies.",
        "The threshold guidance was audited in 2023 and found to be little used.",
    ],
)
def test_an_audit_reported_as_a_fact_is_not_a_reflexive_fix(sentence):
    assert coach(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["The guidance should be audited every year.", "Managers should dip sample closed contacts."],
)
def test_an_audit_asked_for_is_still_a_reflexive_fix(sentence):
    assert [f.kind for f in coach(sentence)] == ["reflexive_fix"]
