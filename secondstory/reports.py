"""Exports: a trainee's report (Markdown and Word) for a CPD portfolio, and cohort results as CSV.

The trainee report opens with a title page (the case, the trainee, the date and the mode), then
follows the shape a CPD portfolio asks for: the learning activity; what the trainee did (the key
practice episodes in the table reviewers use: episode, entries and dates, appraisal,
contributory factors, local rationality; then the findings in their five parts; the
practice conversations when the trainee held them: parts drawn out and missed, each question's
style and a better wording); the feedback
(the comparison with the expert, stage by stage, with the scenario version); next steps; and
prompts for reflection. Both formats use the same headings; the Word report is A4, with the
product as its author. Characters XML cannot hold are replaced in every export. The CSV is safe
to open in a spreadsheet: text that a spreadsheet would read as a formula is prefixed with a
single quote.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from secondstory.interview_review import reviews
from secondstory.marking.models import Feedback
from secondstory.models import Analysis, Scenario, TraineeEpisode, TraineeFinding
from secondstory.textsafe import xml_safe, xml_safe_data
from secondstory.vocabulary import CATEGORY_SHORT, MODE_NAMES, RATINGS

EPISODE_COLUMNS = (
    "Episode",
    "Entries and dates",
    "Appraisal",
    "Contributory factors",
    "Local rationality",
)
FINDING_PARTS = (
    ("statement", "Finding"),
    ("case_evidence", "How it showed up in this case"),
    ("not_one_off", "How we know it is not a one-off"),
    ("why_it_matters", "Why it matters"),
    ("questions", "Questions for the partnership"),
)
QUESTION_COLUMNS = ("Question", "Style", "What it got", "A better wording")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>#|~])")


PRODUCT = "Second Story"
REPORT_TITLE = "Second Story practice report"
ACTIVITY = (
    "Practice in the systems approach to multi-agency safeguarding case reviews (Learning "
    "Together), on a fictional case: choosing key practice episodes, appraising and explaining "
    "practice, and writing systemic findings, then comparing the analysis with an expert's."
)
REFLECTION_PROMPTS = (
    "What did this practice show me about how I analyse a case?",
    "What will I do differently in my own practice or in my next review?",
)
# The report's sections, in order: the same headings in Markdown and Word, worded for the
# "activity, what I did, feedback, reflection" shape a CPD portfolio asks for.
HEADINGS = {
    "activity": "Learning activity",
    "episodes": "What I did: key practice episodes",
    "findings": "What I did: findings",
    "comparison": "Feedback: comparison with the expert reference",
    "next_steps": "Next steps for my learning",
    "reflection": "Reflection",
}


@dataclass(frozen=True)
class _Report:
    """The report's content, once, for both formats."""

    case: str
    lines: list[tuple[str, str]]
    episode_rows: list[list[str]]
    findings: list[list[tuple[str, str]]]
    profile_rows: list[list[str]]
    summary: str
    next_steps: list[str]
    # Conversation practice, when the trainee held any: per practitioner, a heading, the lines
    # (parts drawn out and missed) and a row per question.
    conversations: list[tuple[str, list[tuple[str, str]], list[list[str]]]]


def _rating(value: str | None) -> str:
    return RATINGS.get(value, value) if value else "No rating chosen"


def _episode_row(scenario: Scenario, episode: TraineeEpisode, position: int) -> list[str]:
    dates = {entry.id: entry.date for entry in scenario.chronology}
    entries = "; ".join(
        f"{ident} ({dates[ident]:%d %b %Y})" if ident in dates else ident
        for ident in episode.entries
    )
    appraisal = ""
    if episode.appraisal is not None:
        appraisal = _rating(episode.appraisal.rating)
        if episode.appraisal.reasoning.strip():
            appraisal += f": {episode.appraisal.reasoning.strip()}"
    factors = "; ".join(
        f"{CATEGORY_SHORT.get(f.category, f.category)}: {f.statement.strip()}"
        for f in episode.factors
    )
    title = episode.title.strip() or f"Episode {position + 1}"
    return [title, entries, appraisal, factors, episode.local_rationality.strip()]


def finding_parts(finding: TraineeFinding) -> list[tuple[str, str]]:
    """A finding's parts as (label, text), questions joined, its category after the statement."""
    parts = []
    for attribute, label in FINDING_PARTS:
        value = getattr(finding, attribute)
        if attribute == "questions":
            value = "; ".join(q.strip() for q in value if q.strip())
        parts.append((label, str(value).strip()))
    if finding.category:
        parts.insert(1, ("Category", CATEGORY_SHORT.get(finding.category, finding.category)))
    return parts


def _report(
    scenario: Scenario,
    analysis: Analysis,
    feedback: Feedback,
    display_name: str,
    when: dt.date,
    mode: str | None,
) -> _Report:
    """The report's content, with characters XML cannot hold replaced (text stored before
    input refused them must still export)."""
    lines = [
        ("Trainee", display_name),
        ("Date", f"{when:%d %B %Y}"),
        ("Case", f"{scenario.title} (fictional)"),
    ]
    if mode:
        lines.append(("Mode", MODE_NAMES.get(mode, mode)))
    lines.append(("Scenario", f"{scenario.id}, version {feedback.scenario_version}"))
    report = _Report(
        case=scenario.title,
        lines=lines,
        episode_rows=[_episode_row(scenario, e, i) for i, e in enumerate(analysis.episodes)],
        findings=[finding_parts(f) for f in analysis.findings],
        profile_rows=[[p.label, f"{p.score:.0%}", p.band] for p in feedback.profile],
        summary=feedback.summary,
        next_steps=list(feedback.next_steps),
        conversations=[
            (
                f"Conversation with {r.practitioner}",
                [
                    ("Drawn out", "; ".join(r.drawn_out) or "nothing"),
                    ("Missed", "; ".join(r.missed) or "nothing"),
                ],
                [[q.text, q.style, q.reply, q.better] for q in r.questions],
            )
            for r in reviews(scenario, analysis)
        ],
    )
    return _Report(**xml_safe_data(vars(report)))


def _md(text: str) -> str:
    """Inline Markdown that shows the text literally; line breaks become spaces."""
    return _MARKDOWN_INLINE.sub(r"\\\1", " ".join(text.split()))


def _md_row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(_md(c) for c in cells) + " |"


def trainee_report_markdown(
    scenario: Scenario,
    attempt_analysis: Analysis,
    feedback: Feedback,
    display_name: str,
    when: dt.date,
    mode: str | None = None,
) -> str:
    """The trainee's report as Markdown; `when` is the date (or time) the report is for and
    `mode` the attempt's mode ("guided" or "full")."""
    report = _report(scenario, attempt_analysis, feedback, display_name, when, mode)
    out = [f"# {REPORT_TITLE}", "", f"**{_md(report.case)}**", ""]
    out += [f"- **{label}:** {_md(value)}" for label, value in report.lines]
    out += ["", f"## {HEADINGS['activity']}", "", ACTIVITY]
    out += ["", f"## {HEADINGS['episodes']}", ""]
    if report.episode_rows:
        out.append(_md_row(EPISODE_COLUMNS))
        out.append("|" + "---|" * len(EPISODE_COLUMNS))
        out += [_md_row(row) for row in report.episode_rows]
    else:
        out.append("No episodes were chosen.")
    out += ["", f"## {HEADINGS['findings']}", ""]
    if not report.findings:
        out.append("No findings were written.")
    for number, parts in enumerate(report.findings, start=1):
        out += [f"### Finding {number}", ""]
        out += [f"- **{label}:** {_md(value) or '(not written)'}" for label, value in parts]
        out.append("")
    if report.conversations:
        out += ["", "## Conversation practice", ""]
    for heading, lines, rows in report.conversations:
        out += [f"### {_md(heading)}", ""]
        out += [f"- **{label}:** {_md(value)}" for label, value in lines]
        out += ["", _md_row(QUESTION_COLUMNS), "|" + "---|" * len(QUESTION_COLUMNS)]
        out += [_md_row(row) for row in rows]
        out.append("")
    out += ["", f"## {HEADINGS['comparison']}", ""]
    out.append(_md_row(("Stage", "Score", "Band")))
    out.append("|---|---|---|")
    out += [_md_row(row) for row in report.profile_rows]
    out += ["", _md(report.summary)]
    out += ["", f"## {HEADINGS['next_steps']}", ""]
    out += [f"- {_md(step)}" for step in report.next_steps] or ["None suggested."]
    out += ["", f"## {HEADINGS['reflection']}", ""]
    out += [f"- {prompt}" for prompt in REFLECTION_PROMPTS]
    out.append("")
    return "\n".join(out)


def trainee_report_docx(
    scenario: Scenario,
    attempt_analysis: Analysis,
    feedback: Feedback,
    display_name: str,
    when: dt.date,
    mode: str | None = None,
) -> bytes:
    """The same report as a Word document on A4: a title page (case, date, mode), then the
    same headings, with the episodes in a real table. The product is its author."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Mm

    report = _report(scenario, attempt_analysis, feedback, display_name, when, mode)
    document = Document()
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
    properties = document.core_properties
    properties.author = properties.last_modified_by = PRODUCT
    properties.title = f"{REPORT_TITLE}: {report.case}"
    properties.subject = report.case
    properties.keywords = "CPD; safeguarding case review; systems approach"
    stamp = when if isinstance(when, dt.datetime) else dt.datetime.combine(when, dt.time())
    properties.created = properties.modified = stamp
    document.add_heading(REPORT_TITLE, level=0)
    document.add_paragraph(report.case, style="Subtitle")
    for label, value in report.lines:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    document.add_heading(HEADINGS["activity"], level=1)
    document.add_paragraph(ACTIVITY)
    document.add_heading(HEADINGS["episodes"], level=1)
    if report.episode_rows:
        word_table(document, EPISODE_COLUMNS, report.episode_rows)
    else:
        document.add_paragraph("No episodes were chosen.")
    document.add_heading(HEADINGS["findings"], level=1)
    if not report.findings:
        document.add_paragraph("No findings were written.")
    for number, parts in enumerate(report.findings, start=1):
        document.add_heading(f"Finding {number}", level=2)
        for label, value in parts:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(value or "(not written)")
    if report.conversations:
        document.add_heading("Conversation practice", level=1)
    for heading, lines, rows in report.conversations:
        document.add_heading(heading, level=2)
        for label, value in lines:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(value)
        word_table(document, QUESTION_COLUMNS, rows)
    document.add_heading(HEADINGS["comparison"], level=1)
    word_table(document, ("Stage", "Score", "Band"), report.profile_rows)
    document.add_paragraph(report.summary)
    document.add_heading(HEADINGS["next_steps"], level=1)
    for step in report.next_steps:
        document.add_paragraph(step, style="List Bullet")
    if not report.next_steps:
        document.add_paragraph("None suggested.")
    document.add_heading(HEADINGS["reflection"], level=1)
    for prompt in REFLECTION_PROMPTS:
        document.add_paragraph(prompt, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def word_table(document, header: Iterable[str], rows: list[list[str]]) -> None:
    header = list(header)
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str):
        value = xml_safe(value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def cohort_csv(rows: Iterable[Mapping[str, object]]) -> str:
    """Rows (dicts sharing their keys) as CSV, with formula-like text neutralised."""
    rows = list(rows)
    columns: list[str] = []
    for row in rows:
        columns += [key for key in row if key not in columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_csv_cell(c) for c in columns])
    for row in rows:
        writer.writerow([_csv_cell(row.get(c)) for c in columns])
    return buffer.getvalue()
