"""The family and professional network as an SVG picture, laid out by agency.

The family sits across the top; below it each agency is a box in its own colour (the timeline's)
listing its practitioners with their roles, joined to the family. The picture is drawn by our own
code, so the case file needs no diagram component, and it is made once per scenario version.
Every piece of text is escaped for XML.
"""

from __future__ import annotations

import textwrap
from xml.sax.saxutils import escape, quoteattr

from secondstory.casefile import agency_colours
from secondstory.memo import per_version
from secondstory.models import Scenario
from secondstory.textsafe import xml_safe
from secondstory.vocabulary import AGENCY_TYPES

WIDTH = 960
COLUMNS = 3
GAP = 24
FONT = 15
LINE = 20  # line height
PAD = 12
WRAP = 34  # characters per line in an agency box (about the box width at this font)


def _lines(text: str, width: int = WRAP) -> list[str]:
    return textwrap.wrap(xml_safe(text), width) or [""]


def _text(x: float, y: float, text: str, weight: str = "normal", fill: str = "#1f2933") -> str:
    return (
        f'<text x="{x:.0f}" y="{y:.0f}" font-weight="{weight}" fill="{fill}">{escape(text)}</text>'
    )


def _box(lines: list[tuple[str, str]], x: float, y: float, width: float, colour: str) -> list[str]:
    """A rounded box with a coloured band on top holding the first line(s) of `lines`
    (text, weight); the band covers the lines marked "head"."""
    head = [t for t, kind in lines if kind == "head"]
    body = [(t, kind) for t, kind in lines if kind != "head"]
    band = PAD + LINE * len(head)
    height = band + PAD + LINE * len(body) + PAD // 2
    parts = [
        f'<rect x="{x:.0f}" y="{y:.0f}" width="{width:.0f}" height="{height}" rx="8" '
        f'fill="#ffffff" stroke={quoteattr(colour)} stroke-width="2"/>',
        f'<rect x="{x:.0f}" y="{y:.0f}" width="{width:.0f}" height="{band + PAD // 2}" rx="8" '
        f"fill={quoteattr(colour)}/>",
    ]
    ink = _ink_on(colour)
    for n, text in enumerate(head):
        parts.append(_text(x + PAD, y + PAD + LINE * n + FONT - 2, text, "bold", ink))
    for n, (text, kind) in enumerate(body):
        top = y + band + PAD + LINE * n + FONT - 2
        parts.append(_text(x + PAD, top, text, "bold" if kind == "name" else "normal"))
    return parts


def _ink_on(colour: str) -> str:
    """Black or white text, whichever reads better on the colour (WCAG relative luminance)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if luminance > 0.18 else "#ffffff"


def _height(lines: list[tuple[str, str]]) -> int:
    head = sum(1 for _, kind in lines if kind == "head")
    return PAD + LINE * head + PAD + LINE * (len(lines) - head) + PAD // 2


@per_version()
def network_svg(scenario: Scenario) -> str:
    """The network picture as an SVG document (scalable, readable when enlarged)."""
    family: list[tuple[str, str]] = [("Family", "head")]
    for member in scenario.people.family:
        age = f", {member.age}" if member.age else ""
        family.append(
            (f"{member.name}: {member.relationship}{age}", "name" if member.subject else "text")
        )
    family_lines = [(line, kind) for text, kind in family for line in _lines(text, 110)]

    colours = agency_colours(scenario)
    boxes = []
    for agency in scenario.agencies:
        lines = [(line, "head") for line in _lines(agency.name, WRAP - 4)]
        lines += [(line, "text") for line in _lines(AGENCY_TYPES.get(agency.type, agency.type))]
        for person in scenario.people.practitioners:
            if person.agency == agency.id:
                lines += [(line, "name") for line in _lines(person.name)]
                lines += [(line, "text") for line in _lines(person.role)]
        boxes.append((lines, colours[agency.id]))

    parts: list[str] = []
    family_height = _height(family_lines)
    parts += _box(family_lines, GAP, GAP, WIDTH - 2 * GAP, "#1d5c8c")
    box_width = (WIDTH - GAP * (COLUMNS + 1)) / COLUMNS
    top = GAP + family_height + 2 * GAP
    joins: list[str] = []
    for row in range(0, len(boxes), COLUMNS):
        row_boxes = boxes[row : row + COLUMNS]
        for col, (lines, colour) in enumerate(row_boxes):
            x = GAP + col * (box_width + GAP)
            centre = x + box_width / 2
            joins.append(
                f'<line x1="{centre:.0f}" y1="{GAP + family_height}" x2="{centre:.0f}" '
                f'y2="{top:.0f}" stroke={quoteattr(colour)} stroke-width="1.5" '
                'stroke-dasharray="4 4"/>'
            )
            parts += _box(lines, x, top, box_width, colour)
        top += max(_height(lines) for lines, _ in row_boxes) + GAP
    height = int(top)
    title = escape(xml_safe(f"Family and professional network: {scenario.title}"))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" font-family="Helvetica, Arial, sans-serif" '
        f'font-size="{FONT}"><title>{title}</title>' + "".join(joins + parts) + "</svg>"
    )
