"""Marking against the expert reference: each stage's itemised feedback, the report and the CLI.

Most tests use `make_scenario(entries=14, episodes=3)`, laid out as:
kpe1 = e01-e03 (good practice, no core), kpe2 = e05-e07 (in line, alternative good practice,
core e05), kpe3 = e09-e11 (below expectations, no core); e04, e08, e12 belong to no episode;
e13 and e14 are known only later ("Baby admitted with an injury").
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from secondstory import loading
from secondstory.cli import TEMPLATE
from secondstory.models import (
    Analysis,
    SampleAnalysis,
    ScoreBand,
    TraineeAppraisal,
    TraineeEpisode,
    TraineeFactor,
    TraineeFinding,
)
from secondstory.reference import expert_episode_as_trainee, reference_analysis
from secondstory.scoring import render_text, sample_scores, score
from secondstory.scoring_models import Feedback
from tests.unit.factories import episode_spans, make_scenario

ROOT = Path(__file__).resolve().parents[2]
STAGE_KEYS = ["episodes", "appraisal", "factors", "findings"]


@pytest.fixture(scope="module")
def case():
    return make_scenario(entries=14, episodes=3, findings=3)


@pytest.fixture(scope="module")
def starter():
    result = loading.load_scenario_text(
        TEMPLATE.read_text(encoding="utf-8").replace("__ID__", "demo")
    )
    assert result.ok, result.problems
    return result.scenario


def episode(entries, rating=None, reasoning="", factors=(), **more) -> TraineeEpisode:
    appraisal = TraineeAppraisal(rating=rating, reasoning=reasoning) if rating else None
    return TraineeEpisode(entries=list(entries), appraisal=appraisal, factors=list(factors), **more)


def analysis(*episodes, findings=()) -> Analysis:
    return Analysis(episodes=list(episodes), findings=list(findings))


def test_factory_layout_is_as_documented():
    assert episode_spans(14, 3) == [
        ["e01", "e02", "e03"],
        ["e05", "e06", "e07"],
        ["e09", "e10", "e11"],
    ]


# --- The contract ---


@pytest.mark.parametrize("which", ["starter", "case"])
def test_reference_scores_one_and_empty_scores_zero(which, request):
    scenario = request.getfixturevalue(which)
    full = score(scenario, reference_analysis(scenario))
    empty = score(scenario, Analysis())
    assert {k: s.score for k, s in full.stages.items()} == dict.fromkeys(STAGE_KEYS, 1.0)
    assert full.overall == 1.0
    assert {k: s.score for k, s in empty.stages.items()} == dict.fromkeys(STAGE_KEYS, 0.0)
    assert empty.overall == 0.0


SHIPPED = loading.load_library(ROOT / "scenarios").scenarios


@pytest.mark.parametrize("scenario_id", sorted(SHIPPED))
def test_shipped_scenarios_score_their_reference_one_and_nothing_zero(scenario_id):
    scenario = SHIPPED[scenario_id]
    assert score(scenario, reference_analysis(scenario)).overall == 1.0
    assert score(scenario, Analysis()).overall == 0.0


def test_json_has_the_contract_shape_and_round_trips(case):
    feedback = score(case, reference_analysis(case))
    data = json.loads(json.dumps(feedback.model_dump(mode="json")))
    assert list(data["stages"]) == STAGE_KEYS
    for key in STAGE_KEYS:
        assert data["stages"][key]["score"] == 1.0
    assert Feedback.model_validate(data) == feedback


def test_profile_summary_and_agreement_note(case):
    feedback = score(case, analysis(episode(["e01", "e02", "e03"], "good_practice")))
    assert [p.stage for p in feedback.profile] == STAGE_KEYS
    assert (feedback.profile[0].score, feedback.profile[0].band) == (0.3333, "early")
    assert "1 of the expert's 3 key practice episodes" in feedback.summary
    assert "70%" in feedback.agreement_note
    assert feedback.next_steps
    assert feedback.overall == pytest.approx(sum(p.score for p in feedback.profile) / 4, abs=1e-4)


# --- Stage 1: episodes ---


def test_overlap_gives_partial_credit(case):
    feedback = score(case, analysis(episode(["e01", "e02"])))
    (pair,) = feedback.episodes.matched
    assert pair.expert_id == "kpe1"
    assert pair.overlap == 0.8  # 2 x 2 shared / (2 + 3)
    assert pair.credit == 0.9  # half for finding it, half x overlap
    assert pair.expert_only_entries == ["e03"]
    assert feedback.episodes.score == pytest.approx(0.9 / 3, abs=1e-4)


def test_missed_episodes_carry_the_expert_commentary(case):
    feedback = score(case, analysis(episode(["e01", "e02", "e03"])))
    missed = {m.expert_id: m for m in feedback.episodes.missed}
    assert set(missed) == {"kpe2", "kpe3"}
    assert missed["kpe2"].why_key == "Why episode 2 is key."
    assert missed["kpe2"].commentary == "What to learn from episode 2."
    assert missed["kpe2"].reason == "None of your episodes includes any of its entries."
    assert any("Look again at 'Expert episode 2'" in s for s in feedback.next_steps)


def test_core_entries_are_needed_for_a_match(case):
    feedback = score(case, analysis(episode(["e06", "e07"])))
    assert feedback.episodes.matched == []
    missed = {m.expert_id: m for m in feedback.episodes.missed}
    assert "leaves out e05" in missed["kpe2"].reason
    assert feedback.episodes.score == 0.0


def test_extra_episode_is_not_in_the_reference_but_not_called_wrong(case):
    feedback = score(case, analysis(episode(["e04"], title="Housing visit")))
    (extra,) = feedback.episodes.extra
    assert extra.trainee.title == "Housing visit"
    assert extra.explanation.startswith("Not in the reference.")
    assert "not the same as wrong" in extra.explanation
    assert feedback.episodes.score == 0.0


def test_one_expert_episode_split_across_two_of_yours(case):
    feedback = score(case, analysis(episode(["e01", "e02"]), episode(["e03"], title="Second half")))
    (split,) = feedback.episodes.split
    assert split.expert_id == "kpe1"
    assert sorted(r.index for r in split.trainee) == [0, 1]
    (extra,) = feedback.episodes.extra
    assert extra.trainee.title == "Second half"
    assert "split one episode into several" in extra.explanation


def test_two_expert_episodes_merged_into_one_of_yours(case):
    merged_episode = episode(["e01", "e02", "e03", "e04", "e05", "e06", "e07"], title="All of it")
    feedback = score(case, analysis(merged_episode))
    (merged,) = feedback.episodes.merged
    assert merged.expert_ids == ["kpe1", "kpe2"]
    assert len(feedback.episodes.matched) == 1
    missed = {m.expert_id: m for m in feedback.episodes.missed}
    other = ({"kpe1", "kpe2"} - {feedback.episodes.matched[0].expert_id}).pop()
    assert "can stand for only one of the expert's" in missed[other].reason


def test_episode_carried_forward_from_the_reference_matches(case):
    carried = expert_episode_as_trainee(case.expert.episodes[1], full=False)
    feedback = score(case, analysis(carried))
    (pair,) = feedback.episodes.matched
    assert pair.expert_id == "kpe2"
    assert pair.carried_forward
    assert pair.credit == 1.0
    assert feedback.episodes.notes


# --- Stage 2: appraisal ---


def _spans_with_ratings(case, ratings, reasoning=""):
    return analysis(
        *[
            episode(span, rating, reasoning)
            for span, rating in zip(episode_spans(14, 3), ratings, strict=True)
        ]
    )


def test_ratings_same_alternative_adjacent_and_opposite(case):
    feedback = score(case, _spans_with_ratings(case, ["in_line", "good_practice", "good_practice"]))
    items = {i.expert_id: i for i in feedback.appraisal.items}
    assert (items["kpe1"].agreement, items["kpe1"].credit) == ("adjacent", 0.5)
    assert (items["kpe2"].agreement, items["kpe2"].credit) == ("alternative", 1.0)
    assert "defensible alternative" in items["kpe2"].explanation
    assert (items["kpe3"].agreement, items["kpe3"].credit) == ("different", 0.0)
    assert items["kpe3"].expert_reasoning.startswith("Judged by what was known then")
    assert feedback.appraisal.score == 0.5


def test_cannot_say_earns_a_quarter(case):
    feedback = score(case, _spans_with_ratings(case, ["cannot_say"] * 3))
    assert {i.agreement for i in feedback.appraisal.items} == {"cannot_say"}
    assert feedback.appraisal.score == 0.25


def test_unappraised_and_unpaired_episodes_earn_nothing(case):
    feedback = score(case, analysis(episode(["e01", "e02", "e03"])))
    items = {i.expert_id: i for i in feedback.appraisal.items}
    assert items["kpe1"].agreement == "not_appraised"
    assert items["kpe2"].agreement == "not_paired"
    assert items["kpe2"].trainee is None
    assert feedback.appraisal.score == 0.0


def test_reasoning_that_leans_on_what_was_known_later_is_flagged_not_deducted(case):
    plain = score(
        case, _spans_with_ratings(case, ["good_practice", "in_line", "below_expectations"])
    )
    leaning = score(
        case,
        _spans_with_ratings(
            case,
            ["good_practice", "in_line", "below_expectations"],
            "Given the injuries in e13, the visits were not enough.",
        ),
    )
    flags = leaning.appraisal.items[0].hindsight
    assert {(f.kind, f.text) for f in flags} >= {
        ("known_later_entry", "e13"),
        ("known_later_word", "injuries"),
    }
    assert plain.appraisal.items[0].hindsight == []
    assert leaning.appraisal.score == plain.appraisal.score == 1.0
    assert any("hindsight" in n for n in leaning.appraisal.notes)


def test_hindsight_wording_found_by_the_coach_is_flagged(case):
    reasoning = "With hindsight it was obvious that the baby was at risk."
    feedback = score(case, _spans_with_ratings(case, ["good_practice"] * 3, reasoning))
    assert any(f.kind == "wording" for f in feedback.appraisal.items[0].hindsight)


def test_no_good_practice_is_noted(case):
    feedback = score(case, _spans_with_ratings(case, ["in_line"] * 3))
    assert any(
        n.startswith("You rated no episode as good practice") for n in feedback.appraisal.notes
    )


def test_hindsight_changes_show_before_and_after(case):
    changed = episode(
        ["e05", "e06", "e07"],
        "in_line",
        appraisal_after_reveal=TraineeAppraisal(rating="below_expectations"),
    )
    held = episode(
        ["e01", "e02", "e03"],
        "good_practice",
        appraisal_after_reveal=TraineeAppraisal(rating="good_practice"),
    )
    feedback = score(case, analysis(changed, held))
    changes = {c.trainee.index: c for c in feedback.hindsight_changes}
    assert (changes[0].before, changes[0].after, changes[0].direction) == (
        "in_line",
        "below_expectations",
        "harsher",
    )
    assert "outcome bias" in changes[0].explanation
    assert changes[0].expert_rating == "in_line"
    assert changes[1].direction == "same"
    # The appraisal made before the outcome is the one marked.
    assert feedback.appraisal.items[1].agreement == "same"


# --- Stage 3: factors ---


def test_alternative_category_earns_part_credit(case):
    # kpe1: incidents_and_crises, and assessment_and_longer_term (alternative human_management).
    factors = [
        TraineeFactor(category="incidents_and_crises", statement="Pressure of the duty rota."),
        TraineeFactor(category="human_management", statement="Waiting lists for assessment."),
    ]
    feedback = score(case, analysis(episode(["e01", "e02", "e03"], factors=factors)))
    item = feedback.factors.items[0]
    assert item.recall == 0.75
    assert item.precision == 0.75
    assert item.categories_alternative == ["human_management"]
    assert item.categories_missed == ["assessment_and_longer_term"]
    assert item.evidence_shared == ["e01", "e03"]  # the episode's own entries count as cited
    assert item.credit == pytest.approx(0.8 * 0.75 + 0.2 * 0.5)
    assert [f.category_credit for f in item.your_factors] == [1.0, 0.5]


def test_citing_a_conversation_covers_its_parts(case):
    factors = [TraineeFactor(category="incidents_and_crises", evidence=["c-hv", "r01"])]
    feedback = score(case, analysis(episode(["e01", "e02", "e03"], factors=factors)))
    assert feedback.factors.items[0].evidence_recall == 1.0


def test_closest_expert_factor_is_shown_with_its_own_words(case):
    factors = [TraineeFactor(category="human_tool", statement="Too many cases: no time to visit.")]
    feedback = score(case, analysis(episode(["e01", "e02", "e03"], factors=factors)))
    (mine,) = feedback.factors.items[0].your_factors
    assert mine.closest_expert_factor == "f1a"  # "caseload" via the scenario's synonyms
    assert mine.expert_statement == case.expert.episodes[0].factors[0].statement
    assert 0 < mine.likeness <= 1
    assert mine.category_credit == 0.0
    assert "reviewers disagree" in mine.category_note


def test_episode_without_factors_earns_no_factor_credit(case):
    feedback = score(case, analysis(episode(["e01", "e02", "e03"])))
    assert feedback.factors.items[0].trainee is not None
    assert feedback.factors.items[0].credit == 0.0
    assert feedback.factors.score == 0.0


def test_category_counts_and_unpaired_factors(case):
    factors = [TraineeFactor(category="human_tool", statement="A heavy caseload.")]
    feedback = score(case, analysis(episode(["e04"], factors=factors)))
    counts = {c.category: (c.yours, c.expert) for c in feedback.factors.category_counts}
    assert counts["human_tool"] == (1, 2)
    assert counts["incidents_and_crises"] == (0, 1)
    (unpaired,) = feedback.factors.unpaired
    assert unpaired.comparison.closest_expert_factor is not None
    assert unpaired.comparison.category_credit == 0.0


# --- Stage 4: findings ---

GOOD = {
    "case_evidence": "The health visitor's notes.",
    "not_one_off": "Staff say it is usual.",
    "why_it_matters": "Children's needs can go unseen.",
    "questions": ["How does the partnership know?"],
}


def test_missing_finding_parts_each_have_a_message(case):
    finding = TraineeFinding(
        statement="Agencies read engagement as safety.", category="human_reasoning"
    )
    feedback = score(case, analysis(findings=[finding]))
    (review,) = feedback.findings.yours
    missing = [p for p in review.parts if not p.present]
    assert [p.part for p in missing] == [
        "case_evidence",
        "not_one_off",
        "why_it_matters",
        "questions",
    ]
    assert all(p.message for p in missing)
    assert review.quality == 0.2
    assert not review.category_in_reference
    assert "does not make yours wrong" in review.explanation


def test_finding_coverage_and_quality(case):
    finding = TraineeFinding(
        statement="Agencies respond to each crisis alone.", category="incidents_and_crises", **GOOD
    )
    feedback = score(case, analysis(findings=[finding]))
    assert feedback.findings.coverage == pytest.approx(1 / 3, abs=1e-4)
    items = {i.finding_id: i for i in feedback.findings.items}
    assert items["fd1"].covered and items["fd1"].yours == 0 and items["fd1"].quality == 1.0
    assert not items["fd2"].covered and items["fd2"].quality == 0.0
    assert feedback.findings.score == pytest.approx(0.6 / 3 + 0.4 / 3, abs=1e-4)


def test_case_specific_finding_is_flagged_and_counted(case):
    finding = TraineeFinding(
        statement="Jo Marsh was not listened to when she asked for help.",
        category="incidents_and_crises",
        **GOOD,
    )
    (review,) = score(case, analysis(findings=[finding])).findings.yours
    assert any(f.kind == "case_specific" and f.counted for f in review.flags)
    assert review.quality == pytest.approx(0.8)


def test_reflexive_fix_is_flagged_and_counted(case):
    finding = TraineeFinding(
        statement="Agencies respond to each crisis alone.",
        category="incidents_and_crises",
        **{**GOOD, "why_it_matters": "Staff need more training on referrals."},
    )
    feedback = score(case, analysis(findings=[finding]))
    (review,) = feedback.findings.yours
    assert any(f.kind == "reflexive_fix" and f.counted for f in review.flags)
    assert review.quality == pytest.approx(0.8)
    assert "reflexive fix" in review.explanation


# --- Report, samples, speed-independent details ---


def test_render_text_walks_every_stage(case):
    text = render_text(score(case, analysis(episode(["e04"], title="Housing visit"))))
    for heading in ["Key practice episodes", "Appraisal", "Contributory factors", "Findings"]:
        assert f"== {heading}:" in text
    assert "Not in the reference" in text
    assert "Next steps:" in text


def test_sample_scores_check_the_bands(case):
    samples = [
        SampleAnalysis(
            id="perfect",
            description="The reference itself.",
            band=ScoreBand(min=0.9, max=1.0),
            analysis=reference_analysis(case),
        ),
        SampleAnalysis(
            id="blank",
            description="Nothing written.",
            band=ScoreBand(min=0.5, max=1.0),
            stage_bands={"findings": ScoreBand(min=0.0, max=0.1)},
            analysis=Analysis(),
        ),
    ]
    scenario = case.model_copy(update={"samples": samples})
    assert sample_scores(scenario) == [("perfect", 1.0, True), ("blank", 0.0, False)]


# --- CLI ---


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "secondstory", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_reference_scored_against_its_scenario_is_one(tmp_path):
    made = _run("new", "demo", "--folder", str(tmp_path))
    assert made.returncode == 0, made.stderr
    scenario = tmp_path / "demo.yaml"
    reference = _run("reference", str(scenario))
    assert reference.returncode == 0, reference.stderr
    answer = tmp_path / "f.yaml"
    answer.write_text(reference.stdout, encoding="utf-8")
    scored = _run("score", str(scenario), str(answer), "--json")
    assert scored.returncode == 0, scored.stderr
    data = json.loads(scored.stdout)
    assert {key: data["stages"][key]["score"] for key in STAGE_KEYS} == dict.fromkeys(
        STAGE_KEYS, 1.0
    )
    text = _run("score", str(scenario), str(answer))
    assert text.returncode == 0
    assert "== Key practice episodes: 1.00 (strong) ==" in text.stdout


def test_cli_empty_analysis_scores_zero(tmp_path):
    assert _run("new", "demo", "--folder", str(tmp_path)).returncode == 0
    answer = tmp_path / "empty.yaml"
    answer.write_text("format: secondstory-analysis\n", encoding="utf-8")
    scored = _run("score", str(tmp_path / "demo.yaml"), str(answer), "--json")
    assert scored.returncode == 0, scored.stderr
    data = json.loads(scored.stdout)
    assert {key: data["stages"][key]["score"] for key in STAGE_KEYS} == dict.fromkeys(
        STAGE_KEYS, 0.0
    )
