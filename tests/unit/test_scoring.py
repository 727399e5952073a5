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
from secondstory.marking import render_text, sample_scores, score
from secondstory.marking.appraisal import RATING_WEIGHT
from secondstory.marking.models import Feedback
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
from tests.unit.factories import episode_spans, make_scenario

ROOT = Path(__file__).resolve().parents[2]


def load_shipped(scenario_id: str):
    return loading.load_scenario_file(ROOT / "scenarios" / f"{scenario_id}.yaml").scenario


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


def test_core_entries_are_needed_for_a_match(case):
    # kpe2 spans e05-e07 with e05 as core; e06 alone leaves out the core and overlaps little.
    feedback = score(case, analysis(episode(["e06"])))
    assert feedback.episodes.matched == []
    missed = {m.expert_id: m for m in feedback.episodes.missed}
    assert "leaves out e05" in missed["kpe2"].reason
    assert feedback.episodes.score == 0.0


def test_a_near_miss_is_paired_for_part_credit_with_its_reason(case):
    # Two of kpe2's three entries, without its core entry e05: a large overlap, one core left out.
    feedback = score(case, analysis(episode(["e06", "e07"], "below_expectations", "Fine.")))
    (pair,) = feedback.episodes.matched
    assert pair.expert_id == "kpe2" and pair.near_miss == ["e05"]
    assert pair.credit == pytest.approx(0.5 * (0.5 + 0.5 * 0.8), abs=0.01)
    assert "leaves out e05" in pair.explanation
    # The trainee's own work on it is shown beside the expert's.
    assert pair.yours is not None and pair.yours.rating == "below_expectations"
    assert feedback.appraisal.items[1].trainee is not None


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


def test_episodes_inside_an_expert_episode_none_of_yours_stands_for_are_not_a_split(case):
    # kpe2's heart is e05: neither of these holds it, so neither is paired with kpe2.
    feedback = score(case, analysis(episode(["e06"], title="A"), episode(["e07"], title="B")))
    assert feedback.episodes.split == []
    assert len(feedback.episodes.extra) == 2
    for extra in feedback.episodes.extra:
        assert "split" not in extra.explanation
        assert extra.overlaps_expert == ["kpe2"]


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
    assert (items["kpe1"].agreement, items["kpe1"].rating_credit) == ("adjacent", 0.5)
    assert (items["kpe2"].agreement, items["kpe2"].rating_credit) == ("alternative", 1.0)
    assert "defensible alternative" in items["kpe2"].explanation
    assert (items["kpe3"].agreement, items["kpe3"].rating_credit) == ("different", 0.0)
    assert items["kpe3"].expert_reasoning.startswith("Judged by what was known then")
    # With no reasoning or local rationality, only the rating's share of each episode counts.
    assert feedback.appraisal.score == pytest.approx(RATING_WEIGHT * (0.5 + 1 + 0) / 3, abs=1e-4)


def test_reasoning_and_local_rationality_count_beside_the_rating(case):
    expert = case.expert.episodes
    rated = [
        episode(
            span,
            x.appraisal.rating,
            x.appraisal.reasoning,
            local_rationality=x.local_rationality,
        )
        for span, x in zip(episode_spans(14, 3), expert, strict=True)
    ]
    bare = [
        episode(span, x.appraisal.rating)
        for span, x in zip(episode_spans(14, 3), expert, strict=True)
    ]
    assert score(case, analysis(*rated)).appraisal.score == 1.0
    assert score(case, analysis(*bare)).appraisal.score == pytest.approx(RATING_WEIGHT)


def test_cannot_say_earns_a_quarter(case):
    feedback = score(case, _spans_with_ratings(case, ["cannot_say"] * 3))
    assert {i.agreement for i in feedback.appraisal.items} == {"cannot_say"}
    assert {i.rating_credit for i in feedback.appraisal.items} == {0.25}
    assert feedback.appraisal.score == pytest.approx(0.25 * RATING_WEIGHT, abs=1e-4)


def test_reasoning_without_a_rating_earns_nothing_until_a_rating_is_chosen(case):
    expert = case.expert.episodes
    unrated = [
        TraineeEpisode(
            entries=span, appraisal=TraineeAppraisal(rating=None, reasoning=x.appraisal.reasoning)
        )
        for span, x in zip(episode_spans(14, 3), expert, strict=True)
    ]
    feedback = score(case, analysis(*unrated))
    assert {i.agreement for i in feedback.appraisal.items} == {"not_appraised"}
    assert feedback.appraisal.score == 0.0
    # The trainee's own words are still shown beside the expert's.
    assert [i.trainee_reasoning for i in feedback.appraisal.items] == [
        x.appraisal.reasoning for x in expert
    ]


def test_unappraised_and_unpaired_episodes_earn_nothing(case):
    feedback = score(case, analysis(episode(["e01", "e02", "e03"])))
    items = {i.expert_id: i for i in feedback.appraisal.items}
    assert items["kpe1"].agreement == "not_appraised"
    assert items["kpe2"].agreement == "not_paired"
    assert items["kpe2"].trainee is None
    assert feedback.appraisal.score == 0.0


def test_reasoning_that_leans_on_what_was_known_later_is_flagged_and_keeps_less(case):
    ratings = ["good_practice", "in_line", "below_expectations"]
    fair = "Judged by what was known then, episode 1 was reasonable: the visits were regular."
    plain = score(case, _spans_with_ratings(case, ratings, fair))
    leaning = score(
        case,
        _spans_with_ratings(case, ratings, fair + " Given the injuries in e13, it was not enough."),
    )
    flags = leaning.appraisal.items[0].hindsight
    assert {(f.kind, f.text) for f in flags} >= {
        ("known_later_entry", "e13"),
        ("known_later_word", "injuries"),
    }
    assert plain.appraisal.items[0].hindsight == []
    assert plain.appraisal.items[0].reasoning.credit > 0.5
    assert leaning.appraisal.items[0].reasoning.credit < plain.appraisal.items[0].reasoning.credit
    assert [x.kind for x in leaning.appraisal.items[0].reasoning.lowered_by] == ["hindsight"]
    assert leaning.appraisal.score < plain.appraisal.score
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


def test_the_same_idea_under_an_alternative_category_earns_most_of_the_credit(case):
    # kpe1's factors: a heavy caseload (f1a) and the mother's warmth (f1b, which accepts an
    # alternative category). The same statements, one under the alternative category.
    f1a, f1b = case.expert.episodes[0].factors
    factors = [
        TraineeFactor(category=f1a.category, statement=f1a.statement, evidence=f1a.evidence),
        TraineeFactor(
            category=f1b.alternative_categories[0], statement=f1b.statement, evidence=f1b.evidence
        ),
    ]
    feedback = score(case, analysis(episode(["e01", "e02", "e03"], factors=factors)))
    item = feedback.factors.items[0]
    assert [f.category_credit for f in item.your_factors] == [1.0, 0.8]
    assert [f.matched for f in item.your_factors] == [True, True]
    assert item.credit == pytest.approx(min(1.0, (1.0 + 0.8) / (0.75 * 2)))
    assert item.categories_alternative == [f1b.alternative_categories[0]]


def test_generic_or_inverted_text_under_the_right_category_earns_little(case):
    f1a, f1b = case.expert.episodes[0].factors
    generic = [
        TraineeFactor(
            category=f.category,
            statement="Communication between agencies was poor and there were systemic issues.",
            evidence=f.evidence,
        )
        for f in (f1a, f1b)
    ]
    inverted = [
        TraineeFactor(
            category=f1a.category,
            statement="Caseloads were manageable; the worker was careless and lazy about visits.",
            evidence=f1a.evidence,
        )
    ]
    for factors in (generic, inverted):
        feedback = score(case, analysis(episode(["e01", "e02", "e03"], factors=factors)))
        assert feedback.factors.items[0].credit < 0.2


def test_citing_a_conversation_covers_its_parts(case):
    statement = case.expert.episodes[0].factors[0].statement
    factors = [
        TraineeFactor(
            category="incidents_and_crises", statement=statement, evidence=["c-hv", "r01"]
        )
    ]
    feedback = score(case, analysis(episode(["e01", "e02", "e03"], factors=factors)))
    assert feedback.factors.items[0].evidence_recall == 1.0


def test_closest_expert_factor_is_shown_with_its_own_words(case):
    factors = [TraineeFactor(category="human_tool", statement="Too many cases: no time to visit.")]
    feedback = score(case, analysis(episode(["e01", "e02", "e03"], factors=factors)))
    (mine,) = feedback.factors.items[0].your_factors
    assert mine.closest_expert_factor == "f1a"  # "caseload" via the scenario's synonyms
    assert mine.expert_statement == case.expert.episodes[0].factors[0].statement
    assert 0 < mine.likeness <= 1
    assert mine.text is not None and "caseload" in mine.text.shared


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
    "case_evidence": "The health visitor's notes record each contact.",
    "not_one_off": "Staff across teams say it is usual.",
    "why_it_matters": "Children's needs can go unseen for months.",
    "questions": ["How does the partnership know whether referrers hear back?"],
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
    assert "does not make it wrong" in review.explanation


def test_a_finding_is_matched_by_what_it_says_not_its_category():
    tutorial = load_shipped("tutorial-nursery-concerns")
    first, second = tutorial.expert.findings[:2]
    same_words = TraineeFinding(
        statement=second.statement,
        category=first.category,  # filed under the other finding's category
        case_evidence=second.case_evidence,
        not_one_off=second.not_one_off,
        why_it_matters=second.why_it_matters,
        questions=list(second.questions),
    )
    feedback = score(tutorial, analysis(findings=[same_words]))
    items = {i.finding_id: i for i in feedback.findings.items}
    assert items[second.id].yours == 0 and items[second.id].credit == pytest.approx(0.8)
    assert items[first.id].yours is None
    n = len(tutorial.expert.findings)
    assert feedback.findings.score == pytest.approx(0.8 / n, abs=1e-4)


def test_a_well_formed_finding_about_something_else_earns_little(case):
    finding = TraineeFinding(
        statement="School transport contracts are renewed without asking parents.",
        category=case.expert.findings[0].category,
        case_evidence="The bus company changed its timetable twice in the spring term.",
        not_one_off="Three other schools raised the same complaint with the council.",
        why_it_matters="Pupils arrive late and miss the start of lessons.",
        questions=["How does the council consult families before changing routes?"],
    )
    feedback = score(case, analysis(findings=[finding]))
    assert feedback.findings.score < 0.1


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
    for heading in ["Key practice episodes", "Appraisal", "Explaining practice", "Findings"]:
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


def test_a_reflexive_fix_asked_as_a_question_lowers_the_finding(case):
    reference = case.expert.findings[0]
    fair = TraineeFinding(
        statement=reference.statement,
        category=reference.category,
        case_evidence=reference.case_evidence,
        not_one_off=reference.not_one_off,
        why_it_matters=reference.why_it_matters,
        questions=list(reference.questions),
    )
    retrain = fair.model_copy(update={"questions": ["Should all health visitors be retrained?"]})
    fair_score = score(case, analysis(findings=[fair])).findings
    retrain_score = score(case, analysis(findings=[retrain])).findings
    (review,) = retrain_score.yours
    assert any(f.kind == "reflexive_fix" and f.counted for f in review.flags)
    assert retrain_score.score < fair_score.score
