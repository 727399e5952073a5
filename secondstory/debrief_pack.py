"""The debrief pack: the facilitator's debrief to keep or hand out, as a printable HTML page and as
a Word document (A4).

Both hold the same content (`_pack`): the discussion points ordered by disagreement with their
example answers, every chart with its table, the findings beside the reference's in full, and the
language-coach flags by name. The HTML page is self-contained: inline CSS and inline SVG charts,
no scripts, nothing fetched, every piece of trainee and scenario text HTML-escaped; it prints on
A4. The Word document has each chart as a PNG image above its table (secondstory/chart_drawing.py).
"""

from __future__ import annotations

import datetime as dt
import html
import io
from dataclasses import dataclass

from secondstory.chart_drawing import png, svg
from secondstory.debrief import Debrief, flag_name
from secondstory.debrief_charts import Chart, all_charts
from secondstory.divergence import Point
from secondstory.models import Scenario
from secondstory.reports import finding_parts, word_table
from secondstory.textsafe import xml_safe
from secondstory.vocabulary import CATEGORY_SHORT


@dataclass(frozen=True)
class _Pack:
    title: str
    lines: list[tuple[str, str]]
    points: list[Point]
    charts: list[Chart]
    findings: list[tuple[str, str, list[tuple[str, list[tuple[str, str]]]]]]
    unmatched: list[tuple[str, list[tuple[str, str]]]]
    flags: list[dict[str, object]]


def _pack(
    scenario: Scenario, cohort_name: str, result: Debrief, points: list[Point], when: dt.date
) -> _Pack:
    return _Pack(
        title=f"Debrief: {cohort_name}",
        lines=[
            ("Case", f"{scenario.title} (version {scenario.version})"),
            ("Date", f"{when:%d %B %Y}"),
            ("Trainees on the case", str(result.trainees)),
            ("Attempts in the group views", str(result.counted)),
            ("Trainees shown", "by name" if result.named else "anonymised (Trainee 1, 2, ...)"),
        ],
        points=points,
        charts=all_charts(result, points),
        findings=[
            (
                f"{CATEGORY_SHORT.get(row.category, row.category)}: {row.statement}",
                row.finding_id,
                [(a.label, finding_parts(a.finding)) for a in row.matched],
            )
            for row in result.reference_findings
        ],
        unmatched=[(a.label, finding_parts(a.finding)) for a in result.unmatched_findings],
        flags=[
            {"flag": flag_name(p.kind), "phrase": p.phrase, "times": p.count}
            for p in result.flag_phrases
        ],
    )


# --- HTML ---

_CSS = """
@page { size: A4; margin: 15mm; }
body { font-family: sans-serif; font-size: 11pt; line-height: 1.4; max-width: 60em; margin: auto;
       color: #111; }
h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 1.5em; } h3 { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { border: 1px solid #888; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eee; }
td, li, p { overflow-wrap: anywhere; white-space: pre-wrap; }
svg { max-width: 100%; height: auto; }
section, figure { break-inside: avoid; }
.answer { border-left: 4px solid #0072B2; padding-left: 8px; margin: 0.4em 0; }
.muted { color: #444; }
"""


def _html_table(rows: tuple[dict[str, object], ...] | list[dict[str, object]]) -> str:
    e = html.escape
    if not rows:
        return '<p class="muted">Nothing to show yet.</p>'
    columns = list(dict.fromkeys(k for row in rows for k in row))
    head = "".join(f"<th scope='col'>{e(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{e(str(row.get(c, '')))}</td>" for c in columns) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _html_parts(label: str, parts: list[tuple[str, str]]) -> str:
    e = html.escape
    inner = "".join(f"<p><strong>{e(k)}:</strong> {e(v or '(not written)')}</p>" for k, v in parts)
    return f'<div class="answer"><h4>{e(label)}</h4>{inner}</div>'


def debrief_html(
    scenario: Scenario, cohort_name: str, result: Debrief, points: list[Point], when: dt.date
) -> str:
    """The pack as one printable, self-contained HTML page (no scripts, nothing fetched)."""
    e = html.escape
    pack = _pack(scenario, cohort_name, result, points, when)
    out = [
        "<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>",
        f"<title>{e(pack.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(pack.title)}</h1><table><tbody>",
        *(f"<tr><th scope='row'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in pack.lines),
        "</tbody></table>",
        "<section><h2>Where we diverged</h2><ol>",
    ]
    for point in pack.points:
        examples = "".join(
            f"<li><strong>{e(x.label)}:</strong> {e(x.text)}</li>" for x in point.examples
        )
        out.append(
            f"<li><strong>{e(point.kind_label)}: {e(point.title)}</strong> "
            f"({e(point.detail)}; disagreement {point.disagreement:.0%})"
            + (f"<ul>{examples}</ul>" if examples else "")
            + "</li>"
        )
    out.append("</ol></section>")
    for chart in pack.charts:
        out.append(
            f"<section><h2>{e(chart.title)}</h2><p class='muted'>{e(chart.caption)}</p>"
            f"<figure>{svg(chart)}</figure>{_html_table(chart.table)}</section>"
        )
    out.append("<section><h2>Findings beside the reference's</h2>")
    for statement, _, answers in pack.findings:
        out.append(f"<h3>Reference: {e(statement)}</h3>")
        out += [_html_parts(label, parts) for label, parts in answers] or [
            "<p class='muted'>No one's finding was matched with this one.</p>"
        ]
    if pack.unmatched:
        out.append("<h3>Findings not matched with a reference finding</h3>")
        out += [_html_parts(label, parts) for label, parts in pack.unmatched]
    out.append("</section><section><h2>Language-coach flags seen most</h2>")
    out.append(_html_table(pack.flags))
    out.append("</section></body></html>")
    return "".join(out)


# --- Word ---


def debrief_docx(
    scenario: Scenario, cohort_name: str, result: Debrief, points: list[Point], when: dt.date
) -> bytes:
    """The pack as a Word document on A4."""
    from docx import Document
    from docx.shared import Mm

    pack = _pack(scenario, cohort_name, result, points, when)
    document = Document()
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(18)
        section.top_margin = section.bottom_margin = Mm(18)
    document.add_heading(xml_safe(pack.title), level=0)
    for label, value in pack.lines:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(xml_safe(value))
    document.add_heading("Where we diverged", level=1)
    for point in pack.points:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(xml_safe(f"{point.kind_label}: {point.title}")).bold = True
        paragraph.add_run(xml_safe(f" ({point.detail}; disagreement {point.disagreement:.0%})"))
        for example in point.examples:
            line = document.add_paragraph(style="List Bullet 2")
            line.add_run(xml_safe(f"{example.label}: ")).bold = True
            line.add_run(xml_safe(example.text))
    for chart in pack.charts:
        document.add_heading(xml_safe(chart.title), level=1)
        document.add_paragraph(xml_safe(chart.caption))
        document.add_picture(io.BytesIO(png(chart)), width=Mm(170))
        if chart.table:
            columns = list(dict.fromkeys(k for row in chart.table for k in row))
            word_table(
                document,
                columns,
                [[xml_safe(str(row.get(c, ""))) for c in columns] for row in chart.table],
            )
    document.add_heading("Findings beside the reference's", level=1)
    for statement, _, answers in pack.findings:
        document.add_heading(xml_safe(f"Reference: {statement}"), level=2)
        if not answers:
            document.add_paragraph("No one's finding was matched with this one.")
        for label, parts in answers:
            _docx_parts(document, label, parts)
    if pack.unmatched:
        document.add_heading("Findings not matched with a reference finding", level=2)
        for label, parts in pack.unmatched:
            _docx_parts(document, label, parts)
    document.add_heading("Language-coach flags seen most", level=1)
    if pack.flags:
        word_table(
            document,
            ("Flag", "Phrase", "Times"),
            [
                [xml_safe(str(f["flag"])), xml_safe(str(f["phrase"])), str(f["times"])]
                for f in pack.flags
            ],
        )
    else:
        document.add_paragraph("No flags.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_parts(document, label: str, parts: list[tuple[str, str]]) -> None:
    document.add_paragraph().add_run(xml_safe(label)).bold = True
    for name, value in parts:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{name}: ").bold = True
        paragraph.add_run(xml_safe(value or "(not written)"))
