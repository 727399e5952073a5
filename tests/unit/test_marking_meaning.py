"""What reads meaning under the marking: the embedding model (offline, from its package), the
likeness of two texts with its reasons, authored key points, the stance check, and the marking
version that decides when a stored digest is re-marked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from secondstory import crosschecks
from secondstory.embedding import package_folder, word_vector
from secondstory.marking import MARKING_VERSION
from secondstory.marking.meaning import TextSpace, compare, is_question, too_short
from secondstory.marking.stance import excuses_system

ROOT = Path(__file__).resolve().parents[2]
EXPERT = (
    "When the named health visitor was on leave, the duty system stored messages for her return "
    "unless marked urgent, and high caseloads left little slack to review them."
)
DOCS = [
    EXPERT,
    "The nursery recorded a bruise on the shin and spoke to the mother.",
    "The GP saw the mother about low mood and increased her medication.",
    "The health visitor offered early help, which the mother declined.",
]


@pytest.fixture(scope="module")
def space():
    return TextSpace(DOCS, {})


def likeness(space, trainee: str, expert: str = EXPERT, points=()) -> float:
    return compare(space, space.prepare(trainee), space.prepare(expert), points).value


def test_the_model_ships_in_its_package_and_loads_without_the_network():
    assert (package_folder() / "weights" / "l2_supercat_256.safetensors").is_file()
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from secondstory.embedding import word_vector\n"
        "print(word_vector('caseload').shape)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "(256,)" in done.stdout


def test_word_vectors_are_unit_length_and_the_same_every_time():
    first, again = word_vector("supervision"), word_vector("supervision")
    assert first.tolist() == again.tolist()
    assert abs(float(first @ first) - 1) < 1e-5


def test_the_same_text_is_one_and_a_faithful_paraphrase_is_close(space):
    assert likeness(space, EXPERT) == 1.0
    paraphrase = (
        "While she was on leave her messages waited in the duty system for her return, as they "
        "were not marked urgent, and heavy caseloads meant nobody had time to review them."
    )
    assert likeness(space, paraphrase) >= 0.6


def test_generic_unrelated_and_stub_texts_are_far(space):
    generic = "Communication between agencies was poor and there were systemic issues."
    unrelated = "The GP increased the mother's medication for her low mood."
    assert likeness(space, generic) < 0.15
    assert likeness(space, unrelated) < 0.25
    assert likeness(space, "x") == 0.0
    assert likeness(space, "Yes.") == 0.0


def test_the_reasons_name_the_expert_words_found_and_missing(space):
    found = compare(
        space, space.prepare("Messages were stored in the duty system."), space.prepare(EXPERT)
    )
    assert {"messages", "stored"} <= set(found.shared)
    assert "leave" in found.missing
    assert not set(found.missing) & {"messages", "stored", "duty", "system"}
    assert len(found.missing) <= 5


def test_key_points_count_only_where_the_expert_makes_them(space):
    points = [["messages stored for her return", "messages waited"], ["high caseloads"]]
    with_points = compare(
        space,
        space.prepare("Her messages waited in the duty system; high caseloads too."),
        space.prepare(EXPERT),
        points,
    )
    assert with_points.key_points == 1.0
    missing_one = compare(
        space,
        space.prepare("Her messages waited in the duty system."),
        space.prepare(EXPERT),
        points,
    )
    assert missing_one.key_points == 0.5
    # A point the expert's own text does not word is left out, so the expert's text scores 1.
    assert likeness(space, EXPERT, points=[["nothing of the sort"]]) == 1.0


def test_a_key_point_not_worded_in_the_statement_is_reported():
    from tests.unit.factories import make_scenario

    case = make_scenario()
    factor = case.expert.episodes[0].factors[0]
    from secondstory.models import KeyPoint

    broken = factor.model_copy(update={"key_points": [KeyPoint(point="pressure of court work")]})
    episode = case.expert.episodes[0].model_copy(update={"factors": [broken]})
    expert = case.expert.model_copy(update={"episodes": [episode, *case.expert.episodes[1:]]})
    problems = crosschecks.check(case.model_copy(update={"expert": expert}))
    assert any("key point 'pressure of court work' is not worded" in m for _, m in problems)


@pytest.mark.parametrize(
    ("trainee", "expert", "excuses"),
    [
        (
            "There were no systemic issues; this was individual error.",
            "Supervision was rare.",
            True,
        ),
        (
            "Supervision was adequate and caseloads were manageable.",
            "High caseloads left no time.",
            True,
        ),
        ("The worker's own carelessness caused this.", "The form had no space for history.", True),
        # Good practice described as well supported is what the expert says too.
        ("A small caseload gave him time to look wider.", "A small caseload gave him time.", False),
        (
            "Supervision was good at deadlines but not at thinking.",
            "Supervision checked deadlines only.",
            False,
        ),
        ("The form left no room for doubt.", "The form pushed a yes or no answer.", False),
    ],
)
def test_excusing_the_system_is_read_from_the_wording(trainee, expert, excuses):
    assert (excuses_system(trainee, expert) is not None) == excuses


def test_stubs_and_questions():
    assert too_short("Yes.") and too_short("x") and not too_short("Referrers get no feedback.")
    assert is_question("How does the partnership know whether referrers hear back?")
    assert is_question("Whether step-down meetings happen before cases close")
    assert not is_question("Yes?")
    assert not is_question("Referrers get no feedback at all from the MASH.")


def test_a_digest_marked_under_another_version_is_marked_again():
    import dataclasses
    import datetime as dt

    from secondstory import debrief
    from secondstory.reference import reference_analysis
    from secondstory.storage.records import Attempt
    from tests.unit.factories import make_scenario

    case = make_scenario()
    analysis = reference_analysis(case)
    stored = debrief.digest_json(case, analysis)
    when = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    attempt = Attempt(
        id="a1",
        trainee_id="t1",
        scenario_id=case.id,
        scenario_version=case.version,
        mode="full",
        cohort_id=None,
        analysis=analysis,
        stage="submitted",
        created_at=when,
        updated_at=when,
        submitted_at=when,
        revision=1,
        feedback_json=stored,
    )
    assert debrief.stored_digest(case, attempt).marking_version == MARKING_VERSION
    older = stored.replace(f'"marking_version":{MARKING_VERSION}', '"marking_version":1')
    assert debrief.stored_digest(case, dataclasses.replace(attempt, feedback_json=older)) is None
