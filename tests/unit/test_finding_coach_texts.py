"""Which parts of a finding the language coach reads with the case's names (its framing) and
which without (the case evidence, where names belong)."""

from __future__ import annotations

from secondstory.marking.findings import coach_texts
from secondstory.models import TraineeFinding


def test_names_are_looked_for_in_the_framing_not_in_the_case_evidence():
    finding = TraineeFinding(
        statement="Messages wait in a duty inbox.",
        case_evidence="Hannah's message waited two weeks.",
        not_one_off="Staff said this is usual.",
        why_it_matters="Concerns stay unseen.",
        questions=["How does the partnership know?", "Who reads the inbox?"],
    )
    (framed, names), (case, none) = coach_texts(finding, ["Hannah"])
    assert framed == (
        "Messages wait in a duty inbox.\nConcerns stay unseen.\n"
        "How does the partnership know?\nWho reads the inbox?"
    )
    assert names == ["Hannah"]
    assert case == "Hannah's message waited two weeks.\nStaff said this is usual."
    assert none == []


def test_empty_parts_are_left_out():
    (framed, _), (case, _) = coach_texts(TraineeFinding(statement="Only this."), ["Jo"])
    assert (framed, case) == ("Only this.", "")
