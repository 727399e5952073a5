"""Feedback on practice conversations, in the app's terms, the exports, the CLI and the debrief."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

from docx import Document

from secondstory import exchange, interview, loading, workflow
from secondstory.interview_review import review, reviews, unopened_evidence
from secondstory.marking import score
from secondstory.practice_debrief import practice_debrief
from secondstory.reports import trainee_report_docx, trainee_report_markdown
from secondstory.storage.records import Attempt, Trainee

ROOT = Path(__file__).resolve().parents[2]
CASE = loading.load_scenario_file(ROOT / "scenarios" / "cumulative-neglect.yaml").scenario
WHEN = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)


def held():
    analysis = workflow.new_analysis(CASE)
    analysis, _ = interview.ask(analysis, CASE, "c-teacher", choice="part:overview")
    analysis, _ = interview.ask(analysis, CASE, "c-teacher", "Did you log what Lacey said?")
    analysis, _ = interview.ask(analysis, CASE, "c-teacher", choice="distractor:0")
    return analysis


def test_the_review_names_parts_drawn_out_and_missed_and_better_wordings():
    found = review(CASE, held(), "c-teacher")
    assert found.practitioner == "Greg Tolley"
    assert found.drawn_out == ("Their overview of the case",)
    assert len(found.missed) == 5
    first, closed, distractor = found.questions
    assert (first.style, first.better) == ("Open", "")
    assert closed.style == "Closed" and closed.better
    assert distractor.style == "Blaming" and "made sense at the time" in distractor.better
    assert [label for label, _ in found.reviewer_path][0] == "Their overview of the case"
    assert found.reviewer_path[2][1] == CASE.conversations[0].thinking.intents[0]
    assert found.guarding_questions == 1


def test_only_conversations_with_questions_are_reviewed():
    assert [r.conversation for r in reviews(CASE, held())] == ["c-teacher"]
    assert reviews(CASE, workflow.new_analysis(CASE)) == []


def test_unopened_evidence_lists_expert_factors_resting_on_closed_parts():
    everything = unopened_evidence(CASE, workflow.new_analysis(CASE))
    cited = [
        f
        for e in CASE.expert.episodes
        for f in e.factors
        if any(ref.startswith("c-") for ref in f.evidence)
    ]
    assert len(everything) == len(cited) > 0
    analysis = workflow.new_analysis(CASE)
    for item in CASE.conversations:
        for part in ("overview", "turning_points", "thinking", "influences", "went_well"):
            analysis, _ = interview.ask(analysis, CASE, item.id, choice=f"part:{part}")
        analysis, _ = interview.ask(analysis, CASE, item.id, choice="part:would_change")
    assert unopened_evidence(CASE, analysis) == []


def test_exports_carry_the_conversation():
    analysis = held()
    feedback = score(CASE, analysis)
    markdown = trainee_report_markdown(CASE, analysis, feedback, "Robin", WHEN)
    assert "## Conversation practice" in markdown
    assert "### Conversation with Greg Tolley" in markdown
    assert "Did you log what Lacey said?" in markdown
    document = Document(io.BytesIO(trainee_report_docx(CASE, analysis, feedback, "Robin", WHEN)))
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert "Did you log what Lacey said?" in cells and "Closed" in cells
    again = loading.load_analysis_text(exchange.to_json(analysis), "a.json")
    assert again.interviews == analysis.interviews
    plain = workflow.new_analysis(CASE)
    assert "Conversation practice" not in trainee_report_markdown(
        CASE, plain, score(CASE, plain), "Robin", WHEN
    )


def test_cli_score_reports_the_conversation(tmp_path):
    path = tmp_path / "analysis.yaml"
    path.write_text(exchange.to_yaml(held()))
    run = subprocess.run(
        [sys.executable, "-m", "secondstory", "score", "cumulative-neglect", str(path), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert set(data["stages"]) == {"episodes", "appraisal", "factors", "findings"}
    [conversation] = data["conversations"]
    assert conversation["conversation"] == "c-teacher"
    assert conversation["drawn_out"] == ["Their overview of the case"]


def _attempt(n: int, analysis, mode="conversation") -> tuple[Trainee, Attempt]:
    person = Trainee(id=f"t{n}", display_name=f"Trainee {n}", created_at=WHEN)
    return person, Attempt(
        id=f"a{n}",
        trainee_id=person.id,
        scenario_id=CASE.id,
        scenario_version=CASE.version,
        mode=mode,
        cohort_id="c",
        analysis=analysis,
        stage="submitted",
        created_at=WHEN,
        updated_at=WHEN,
        submitted_at=WHEN,
        revision=1,
    )


def test_the_debrief_counts_parts_drawn_out_most_and_least():
    first = held()
    second, _ = interview.ask(
        workflow.new_analysis(CASE), CASE, "c-teacher", choice="part:overview"
    )
    second, _ = interview.ask(second, CASE, "c-teacher", choice="part:went_well")
    pairs = [_attempt(1, first), _attempt(2, second), _attempt(3, second, mode="full")]
    found = practice_debrief(CASE, pairs)
    assert found.practised == 2
    top = [(p.practitioner, p.part, p.trainees, p.of) for p in found.parts[:2]]
    assert top == [
        ("Greg Tolley", "Their overview of the case", 2, 2),
        ("Greg Tolley", "What went well", 1, 2),
    ]
    assert found.parts[-1].trainees == 0
    assert dict(found.styles) == {
        "Open": 3,
        "Closed": 1,
        "Leading": 0,
        "Hindsight": 0,
        "Blaming": 1,
    }
    assert dataclasses.asdict(practice_debrief(CASE, [pairs[2]]))["practised"] == 0
