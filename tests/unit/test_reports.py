"""Exports: the trainee report in Markdown and Word, and the cohort CSV against formula injection."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from docx import Document

from secondstory.marking import score
from secondstory.models import TraineeAppraisal, TraineeEpisode, TraineeFactor
from secondstory.reference import reference_analysis
from secondstory.reports import (
    EPISODE_COLUMNS,
    HEADINGS,
    cohort_csv,
    trainee_report_docx,
    trainee_report_markdown,
)
from tests.unit.factories import make_scenario

WHEN = dt.datetime(2026, 3, 4, 10, 30)


@pytest.fixture(scope="module")
def scenario():
    return make_scenario(entries=12, episodes=3)


@pytest.fixture(scope="module")
def analysis(scenario):
    base = reference_analysis(scenario)
    piped = TraineeEpisode(
        title="Visit | home",
        entries=["e01"],
        appraisal=TraineeAppraisal(rating="in_line", reasoning="Seen at the time\nwith care"),
        local_rationality="It made sense | then",
        factors=[TraineeFactor(category="human_tool", statement="Form | layout")],
    )
    return base.model_copy(update={"episodes": [*base.episodes, piped]})


def test_markdown_has_the_episode_table_findings_and_profile(scenario, analysis):
    feedback = score(scenario, analysis)
    text = trainee_report_markdown(scenario, analysis, feedback, "Robin", WHEN)
    lines = text.splitlines()
    header = "| " + " | ".join(EPISODE_COLUMNS) + " |"
    assert header in lines
    start = lines.index(header)
    rows = [ln for ln in lines[start + 2 :] if ln.startswith("|")][: len(analysis.episodes)]
    assert len(rows) == len(analysis.episodes)
    # A pipe in trainee text is escaped, so every row keeps five cells.
    for row in rows:
        assert len([c for c in row.split(" | ")]) == len(EPISODE_COLUMNS)
    assert "Visit \\| home" in text and "Seen at the time with care" in text
    assert "04 March 2026" in text
    assert f"version {scenario.version}" in text
    for label in ("Finding 1", "How it showed up in this case", "Questions for the partnership"):
        assert label in text
    for profile in feedback.profile:
        assert profile.label in text
    assert "(01 Jan 2025)" in text  # entries are shown with their dates


def test_docx_has_a_real_episode_table(scenario, analysis):
    feedback = score(scenario, analysis)
    data = trainee_report_docx(scenario, analysis, feedback, "Robin", WHEN)
    document = Document(io.BytesIO(data))
    episodes, profile = document.tables
    assert [c.text for c in episodes.rows[0].cells] == list(EPISODE_COLUMNS)
    assert len(episodes.rows) == 1 + len(analysis.episodes)
    last = [c.text for c in episodes.rows[-1].cells]
    assert last[0] == "Visit | home"
    assert last[4] == "It made sense | then"
    assert "Human-tool: Form | layout" in last[3]
    assert len(profile.rows) == 1 + len(feedback.profile)
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Robin" in body and "04 March 2026" in body and feedback.summary in body


def test_docx_is_a4_by_the_product_with_a_title_page(scenario, analysis):
    from docx.shared import Mm

    feedback = score(scenario, analysis)
    when = dt.datetime(2026, 3, 4, 10, 30, tzinfo=dt.UTC)
    data = trainee_report_docx(scenario, analysis, feedback, "Robin", when, "guided")
    document = Document(io.BytesIO(data))
    for section in document.sections:
        assert abs(section.page_width - Mm(210)) < Mm(1)
        assert abs(section.page_height - Mm(297)) < Mm(1)
    assert document.core_properties.author == "Second Story"
    assert document.core_properties.last_modified_by == "Second Story"
    assert scenario.title in document.core_properties.title
    paragraphs = document.paragraphs
    # The title page: the case, the date and the mode, then a page break before the first heading.
    first_heading = next(i for i, p in enumerate(paragraphs) if p.style.name == "Heading 1")
    title_page = "\n".join(p.text for p in paragraphs[:first_heading])
    assert scenario.title in title_page
    assert "04 March 2026" in title_page
    assert "Mode: Guided (panel member induction)" in title_page
    assert 'w:type="page"' in paragraphs[first_heading - 1]._p.xml


def test_word_and_markdown_share_the_portfolio_headings_in_order(scenario, analysis):
    feedback = score(scenario, analysis)
    document = Document(
        io.BytesIO(trainee_report_docx(scenario, analysis, feedback, "Robin", WHEN, "full"))
    )
    word = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    text = trainee_report_markdown(scenario, analysis, feedback, "Robin", WHEN, "full")
    markdown = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert word == markdown == list(HEADINGS.values())
    assert "- **Mode:** Full (reviewer practice)" in text
    for step in feedback.next_steps:
        assert step in [p.text for p in document.paragraphs]


def test_reasoning_without_a_rating_says_no_rating_was_chosen(scenario):
    unrated = TraineeEpisode(
        title="Visit",
        entries=["e01"],
        appraisal=TraineeAppraisal(rating=None, reasoning="Seen at the time"),
    )
    analysis = reference_analysis(scenario).model_copy(update={"episodes": [unrated]})
    text = trainee_report_markdown(scenario, analysis, score(scenario, analysis), "Robin", WHEN)
    assert "No rating chosen: Seen at the time" in text


@pytest.mark.parametrize(
    "value",
    ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tTAB", "\rCR", '=HYPERLINK("http://x")'],
)
def test_csv_neutralises_formula_cells(value):
    text = cohort_csv([{"trainee": value, "score": 0.5}])
    [header, row] = list(csv.reader(io.StringIO(text)))
    assert header == ["trainee", "score"]
    assert row[0] == "'" + value
    assert row[1] == "0.5"


def test_csv_keeps_ordinary_text_and_quotes_commas():
    rows = [{"trainee": "Robin, the first", "stage": "Findings"}, {"trainee": "Ash", "extra": "x"}]
    parsed = list(csv.reader(io.StringIO(cohort_csv(rows))))
    assert parsed == [
        ["trainee", "stage", "extra"],
        ["Robin, the first", "Findings", ""],
        ["Ash", "", "x"],
    ]


def test_csv_headers_are_neutralised_too():
    parsed = list(csv.reader(io.StringIO(cohort_csv([{"=bad": "ok"}]))))
    assert parsed[0] == ["'=bad"]


# Characters XML cannot hold (a pasted vertical tab, a form feed, a NUL) were stored before
# input refused them: every export must still be written.
UNSAFE = "Seen\x0bat the\x0ctime\x00by the HV"


@pytest.fixture(scope="module")
def stored_with_controls(scenario, analysis):
    episode = analysis.episodes[-1]
    dirty = episode.model_copy(
        update={
            "title": "Visit\x0bhome",
            "local_rationality": UNSAFE,
            "appraisal": TraineeAppraisal(rating="in_line", reasoning=UNSAFE),
        }
    )
    return analysis.model_copy(update={"episodes": [*analysis.episodes[:-1], dirty]})


def test_docx_of_text_with_control_characters_is_written(scenario, stored_with_controls):
    feedback = score(scenario, stored_with_controls)
    data = trainee_report_docx(scenario, stored_with_controls, feedback, "Ro\x0bbin", WHEN)
    document = Document(io.BytesIO(data))
    last = [c.text for c in document.tables[0].rows[-1].cells]
    assert last[0] == "Visit home"
    assert last[4] == "Seen at the time by the HV"
    assert "Ro bin" in "\n".join(p.text for p in document.paragraphs)


def test_markdown_of_text_with_control_characters_holds_none(scenario, stored_with_controls):
    feedback = score(scenario, stored_with_controls)
    text = trainee_report_markdown(scenario, stored_with_controls, feedback, "Robin", WHEN)
    assert not any(ch in text for ch in "\x0b\x0c\x00")
    assert "Seen at the time by the HV" in text


def test_csv_of_text_with_control_characters_holds_none():
    text = cohort_csv([{"trainee": "Ro\x0bbin", "note": "a\x00b"}])
    assert list(csv.reader(io.StringIO(text))) == [["trainee", "note"], ["Ro bin", "a b"]]
