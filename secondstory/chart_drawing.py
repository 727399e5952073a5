"""Drawing a debrief `Chart` (secondstory/debrief_charts.py) as SVG, for the printable page, or
as PNG, for the Word pack, from one layout: horizontal bars, labels wrapped (never cut, never
rotated), a legend on top, the total at the end of each bar and the scale below.

PNG is drawn with Pillow (a dependency of Streamlit) and its built-in font: nothing is fetched.
"""

from __future__ import annotations

import html
import io
import textwrap
from dataclasses import dataclass
from typing import Literal

from secondstory.debrief_charts import Chart

# Okabe-Ito colours: told apart with the common kinds of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
WIDTH = 900
FONT = 14
LINE = 18
LABEL_CHARS = 40
_PNG_SCALE = 2


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    fill: str
    tip: str


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # the first line's baseline
    lines: tuple[str, ...]
    anchor: Literal["start", "end", "middle"] = "start"


@dataclass(frozen=True)
class Layout:
    title: str
    width: int
    height: int
    boxes: tuple[Box, ...]
    texts: tuple[Text, ...]
    rule: tuple[float, float, float]  # x from, x to, y


def number(value: float) -> str:
    return f"{value:g}"


def _lines(text: str) -> tuple[str, ...]:
    return tuple(textwrap.wrap(text, LABEL_CHARS, break_long_words=True) or [""])


def layout(chart: Chart) -> Layout:
    label_width = min(LABEL_CHARS, max((len(b.label) for b in chart.bars), default=1)) * 8 + 16
    plot_left, plot_width = label_width, WIDTH - label_width - 60
    top = 44
    heights = [max(30, LINE * len(_lines(b.label)) + 12) for b in chart.bars]
    height = top + sum(heights) + 40
    scale = chart.scale_max or max((b.total for b in chart.bars), default=0) or 1
    colour = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(chart.segments)}
    boxes: list[Box] = []
    texts: list[Text] = []
    x = 0.0
    used = [s for s in chart.segments if any(n == s for b in chart.bars for n, _ in b.segments)]
    for name in used:
        boxes.append(Box(x, 8, 14, 14, colour[name], name))
        texts.append(Text(x + 20, 20, (name,)))
        x += 40 + 8 * len(name)
    y = float(top)
    for bar, row_height in zip(chart.bars, heights, strict=True):
        lines = _lines(bar.label)
        first = y + (row_height - LINE * len(lines)) / 2 + 14
        texts.append(Text(plot_left - 8, first, lines, "end"))
        left = float(plot_left)
        for name, value in bar.segments:
            width = plot_width * value / scale
            tip = f"{name}: {number(value)}"
            boxes.append(
                Box(left, y + 5, width, row_height - 10, colour.get(name, PALETTE[-1]), tip)
            )
            left += width
        texts.append(Text(left + 6, y + row_height / 2 + 5, (number(bar.total),)))
        y += row_height
    texts += [
        Text(plot_left, y + 18, ("0",)),
        Text(plot_left + plot_width, y + 18, (number(scale),), "end"),
        Text(plot_left + plot_width / 2, y + 34, (chart.measure,), "middle"),
    ]
    return Layout(
        chart.title,
        WIDTH,
        int(height),
        tuple(boxes),
        tuple(texts),
        (plot_left, plot_left + plot_width, y),
    )


def svg(chart: Chart) -> str:
    """The chart as inline SVG (every text escaped)."""
    e = html.escape
    drawn = layout(chart)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{drawn.width}" '
        f'height="{drawn.height}" viewBox="0 0 {drawn.width} {drawn.height}" '
        f'font-family="sans-serif" font-size="{FONT}"><title>{e(drawn.title)}</title>'
    ]
    parts += [
        f'<rect x="{b.x:.1f}" y="{b.y:.1f}" width="{b.width:.1f}" height="{b.height:.1f}" '
        f'fill="{b.fill}"><title>{e(b.tip)}</title></rect>'
        for b in drawn.boxes
    ]
    for t in drawn.texts:
        spans = "".join(
            f'<tspan x="{t.x:.1f}" dy="{0 if i == 0 else LINE}">{e(line)}</tspan>'
            for i, line in enumerate(t.lines)
        )
        parts.append(f'<text x="{t.x:.1f}" y="{t.y:.0f}" text-anchor="{t.anchor}">{spans}</text>')
    x1, x2, y = drawn.rule
    parts.append(f'<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="#555"/></svg>')
    return "".join(parts)


def png(chart: Chart) -> bytes:
    """The chart as a PNG image, drawn at twice the size for print."""
    from PIL import Image, ImageDraw, ImageFont

    k = _PNG_SCALE
    drawn = layout(chart)
    image = Image.new("RGB", (drawn.width * k, drawn.height * k), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=FONT * k)
    for b in drawn.boxes:
        if b.width > 0:
            draw.rectangle(
                [b.x * k, b.y * k, (b.x + b.width) * k, (b.y + b.height) * k], fill=b.fill
            )
    anchors = {"start": "ls", "end": "rs", "middle": "ms"}
    for t in drawn.texts:
        for i, line in enumerate(t.lines):
            draw.text(
                (t.x * k, (t.y + i * LINE) * k),
                line,
                fill="#111",
                font=font,
                anchor=anchors[t.anchor],
            )
    x1, x2, y = drawn.rule
    draw.line([x1 * k, y * k, x2 * k, y * k], fill="#555", width=k)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
