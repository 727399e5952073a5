"""The debrief pack: a printable, self-contained HTML page and a Word document on A4."""

from __future__ import annotations

import datetime as dt
import io
import re
from html.parser import HTMLParser

import pytest
from docx import Document
from PIL import Image

from secondstory import debrief as db
from secondstory.chart_drawing import layout, png, svg
from secondstory.debrief_charts import Bar, Chart, all_charts
from secondstory.debrief_pack import debrief_docx, debrief_html
from secondstory.divergence import diverged
from secondstory.reference import reference_analysis
from tests.unit.factories import make_scenario
from tests.unit.test_debrief import attempt, only_first_episode, person

WHEN = dt.date(2026, 3, 4)
HOSTILE = "<script>alert('x')</script> & <img src=http://example.org/x.png>"


@pytest.fixture(scope="module")
def scenario():
    return make_scenario(entries=12, episodes=3)


@pytest.fixture(scope="module")
def result(scenario):
    ref = reference_analysis(scenario)
    hostile = ref.findings[0].model_copy(update={"statement": HOSTILE})
    mine = ref.model_copy(update={"findings": [hostile, *ref.findings[1:]]})
    pairs = [
        (person(1), attempt(1, mine, minute=700)),
        (person(2), attempt(2, only_first_episode(scenario), minute=700)),
    ]
    return db.debrief(scenario, pairs)


@pytest.fixture(scope="module")
def page(scenario, result):
    return debrief_html(scenario, "Panel <induction>", result, diverged(scenario, result), WHEN)


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_the_page_is_self_contained_with_no_scripts_and_nothing_fetched(page):
    parser = Tags()
    parser.feed(page)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "img", "link", "iframe", "object", "embed", "a"}
    attributes = {name for _, attrs in parser.tags for name in attrs}
    assert not attributes & {"src", "href", "srcset", "onload", "onclick", "style"}
    assert "url(" not in page and "@import" not in page
    # The one address in a tag is the SVG namespace, which names the format and fetches nothing.
    assert {a["xmlns"] for t, a in parser.tags if "xmlns" in a} == {"http://www.w3.org/2000/svg"}


def test_trainee_and_cohort_text_is_escaped(page):
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;img" in page
    assert "Panel &lt;induction&gt;" in page


def test_the_page_prints_on_a4_with_every_chart_as_an_image_and_a_table(scenario, result, page):
    assert "size: A4" in page
    charts = all_charts(result, diverged(scenario, result))
    assert page.count("<svg") == len(charts) == page.count("<figure>")
    for chart in charts:
        assert f"<h2>{chart.title}</h2>".replace("'", "&#x27;") in page
    assert page.count("<table>") >= len(charts)


def test_the_page_holds_the_discussion_points_and_anonymised_labels(scenario, result, page):
    points = diverged(scenario, result)
    assert page.index("Where we diverged") < page.index(points[-1].title.replace("'", "&#x27;"))
    assert "Trainee 1" in page and "Name1" not in page and "Name2" not in page


def test_long_labels_are_wrapped_whole_not_cut():
    words = [f"word{n}" for n in range(30)]
    svg_text = svg(
        Chart(
            title="T",
            caption="",
            measure="Trainees",
            bars=(Bar(" ".join(words), (("Found", 2.0),)),),
            segments=("Found",),
            table=(),
        )
    )
    label = re.search(r'<text[^>]*text-anchor="end">((?:<tspan[^>]*>[^<]*</tspan>)+)', svg_text)
    shown = " ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", label.group(1)))
    assert len(re.findall("<tspan", label.group(1))) > 1
    assert shown.split() == words
    assert 'transform="rotate' not in svg_text


def test_the_word_pack_is_a4_and_holds_the_findings_in_full(scenario, result):
    data = debrief_docx(scenario, "Panel induction", result, diverged(scenario, result), WHEN)
    document = Document(io.BytesIO(data))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Where we diverged" in text and "Findings beside the reference's" in text
    assert HOSTILE in text
    assert "Name1" not in text
    charts = all_charts(result, diverged(scenario, result))
    # Each chart as an image, above its table.
    assert len(document.inline_shapes) == len(charts)
    assert len(document.tables) >= len(charts)


def test_a_chart_as_png_is_an_image_of_the_charts_size():
    chart = Chart(
        title="T",
        caption="",
        measure="Trainees",
        bars=(Bar("Found by", (("Found", 3.0), ("Not found", 1.0))),),
        segments=("Found", "Not found"),
        table=(),
    )
    image = Image.open(io.BytesIO(png(chart)))
    assert image.format == "PNG"
    drawn = layout(chart)
    assert image.size == (2 * drawn.width, 2 * drawn.height)
    # The first segment's colour is in the image (the bar was drawn).
    assert (0, 114, 178) in {colour for _, colour in image.getcolors(maxcolors=100_000)}
