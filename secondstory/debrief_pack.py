"""The debrief pack: the facilitator's debrief to keep or hand out, as a printable HTML page and as
a Word document (A4).

Both hold the same content (`_pack`): the discussion points ordered by disagreement with their
example answers, every chart with its table, the findings beside the reference's in full, and the
language-coach flags by name. The HTML page is self-contained: inline CSS and inline SVG charts,
no scripts, nothing fetched, every piece of trainee and scenario text HTML-escaped; it prints on
A4. The Word document has the tables, and each chart drawn as a table of text bars (python-docx
cannot place SVG, and no image renderer is a dependency).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import textwrap
from dataclasses import dataclass

from secondstory.debrief import Debrief, flag_name
from secondstory.debrief_charts import Chart, all_charts
from secondstory.divergence import Point
from secondstory.models import Scenario
from secondstory.reports import _finding_parts, _table
from secondstory.textsafe import xml_safe
from secondstory.vocabulary import CATEGORY_SHORT

# Okabe-Ito colours: told apart with the common kinds of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
_WIDTH = 900
_FONT = 14
_LABEL_CHARS = 40


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
                [(a.label, _finding_parts(a.finding)) for a in row.matched],
            )
            for row in result.reference_findings
        ],
        unmatched=[(a.label, _finding_parts(a.finding)) for a in result.unmatched_findings],
        flags=[
            {"flag": flag_name(p.kind), "phrase": p.phrase, "times": p.count}
            for p in result.flag_phrases
        ],
    )


# --- SVG ---


def _lines(text: str) -> list[str]:
    return textwrap.wrap(text, _LABEL_CHARS, break_long_words=True) or [""]


def _number(value: float) -> str:
    return f"{value:g}"


def chart_svg(chart: Chart) -> str:
    """The chart as inline SVG: horizontal bars, labels wrapped (never cut), a legend on top."""
    e = html.escape
    label_width = min(_LABEL_CHARS, max((len(b.label) for b in chart.bars), default=1)) * 8 + 16
    plot_left, plot_width = label_width, _WIDTH - label_width - 60
    top = 44
    heights = [max(30, 18 * len(_lines(b.label)) + 12) for b in chart.bars]
    height = top + sum(heights) + 40
    scale = chart.scale_max or max((b.total for b in chart.bars), default=0) or 1
    colour = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(chart.segments)}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{_WIDTH}" '
        f'height="{height}" viewBox="0 0 {_WIDTH} {height}" font-family="sans-serif" '
        f'font-size="{_FONT}"><title>{e(chart.title)}</title>'
    ]
    x = 0
    used = [s for s in chart.segments if any(n == s for b in chart.bars for n, _ in b.segments)]
    for name in used:
        parts.append(
            f'<rect x="{x}" y="8" width="14" height="14" fill="{colour[name]}"/>'
            f'<text x="{x + 20}" y="20">{e(name)}</text>'
        )
        x += 40 + 8 * len(name)
    y = top
    for bar, row_height in zip(chart.bars, heights, strict=True):
        lines = _lines(bar.label)
        first = y + (row_height - 18 * len(lines)) / 2 + 14
        parts.append(f'<text x="{plot_left - 8}" y="{first:.0f}" text-anchor="end">')
        parts += [
            f'<tspan x="{plot_left - 8}" dy="{0 if i == 0 else 18}">{e(line)}</tspan>'
            for i, line in enumerate(lines)
        ]
        parts.append("</text>")
        left = plot_left
        for name, value in bar.segments:
            width = plot_width * value / scale
            parts.append(
                f'<rect x="{left:.1f}" y="{y + 5}" width="{width:.1f}" height="{row_height - 10}" '
                f'fill="{colour.get(name, PALETTE[-1])}"><title>{e(name)}: {_number(value)}'
                "</title></rect>"
            )
            left += width
        parts.append(
            f'<text x="{left + 6:.1f}" y="{y + row_height / 2 + 5:.0f}">{_number(bar.total)}</text>'
        )
        y += row_height
    parts.append(
        f'<line x1="{plot_left}" y1="{y}" x2="{plot_left + plot_width}" y2="{y}" stroke="#555"/>'
        f'<text x="{plot_left}" y="{y + 18}">0</text>'
        f'<text x="{plot_left + plot_width}" y="{y + 18}" text-anchor="end">{_number(scale)}</text>'
        f'<text x="{plot_left + plot_width / 2}" y="{y + 34}" text-anchor="middle">'
        f"{e(chart.measure)}</text></svg>"
    )
    return "".join(parts)


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
            f"<figure>{chart_svg(chart)}</figure>{_html_table(chart.table)}</section>"
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


def _text_bar(value: float, scale: float, width: int = 20) -> str:
    return "█" * round(width * value / scale) if scale else ""


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
        scale = chart.scale_max or max((b.total for b in chart.bars), default=0)
        _table(
            document,
            (chart.title, chart.measure, ""),
            [[xml_safe(b.label), _number(b.total), _text_bar(b.total, scale)] for b in chart.bars],
        )
        if chart.table:
            columns = list(dict.fromkeys(k for row in chart.table for k in row))
            _table(
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
        _table(
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
