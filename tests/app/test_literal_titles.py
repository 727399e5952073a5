"""Scenario titles, and every scenario or trainee string, are shown literally on every page:
Markdown in a title must not turn into bold, italics or a link."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondstory import workflow
from secondstory.loading import load_library
from secondstory.textsafe import escape_markdown
from tests.app.conftest import ROOT, TUTORIAL, click, run_page

TITLE = "**bold** _x_ [link](http://e.x)"
PAGES = ["library", "my_work", "case_file", "episodes", "appraisal", "comparison"]


@pytest.fixture
def marked_up(tmp_path: Path, monkeypatch, store):
    """The tutorial case under a Markdown title, with a signed-in trainee's attempt on it."""
    text = (ROOT / "scenarios" / f"{TUTORIAL}.yaml").read_text(encoding="utf-8")
    original = 'title: "Small worries at nursery (tutorial)"'
    assert original in text
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / f"{TUTORIAL}.yaml").write_text(text.replace(original, f'title: "{TITLE}"', 1))
    monkeypatch.setenv("SECONDSTORY_SCENARIOS", str(folder))
    scenario = load_library(folder).scenarios[TUTORIAL]
    assert scenario.title == TITLE
    person, code = store.create_trainee("Robin")
    attempt = store.start_attempt(person.id, scenario.id, scenario.version, "guided")
    analysis, _ = workflow.add_episode(
        workflow.new_analysis(scenario), "An episode", [scenario.chronology[0].id]
    )
    store.save_analysis(person.id, attempt.id, analysis)
    return code, attempt


def drawn_texts(at) -> list[str]:
    """Everything drawn as Markdown: text elements, and the labels of expanders and tabs."""
    texts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error"):
        texts.extend(str(e.value) for e in getattr(at, kind))
    texts.extend(str(e.label) for e in at.expander)
    texts.extend(str(e.label) for e in at.tabs)
    return texts


@pytest.mark.parametrize("page", PAGES)
def test_a_markdown_title_is_shown_literally(marked_up, page):
    code, attempt = marked_up
    at = run_page(page, code, attempt.id)
    assert not at.exception
    showing = [t for t in drawn_texts(at) if "bold" in t]
    assert showing, f"the title is not shown on {page}"
    for text in showing:
        assert escape_markdown(TITLE) in text, (page, text)


def test_an_import_error_quoting_a_file_name_and_key_is_shown_literally(marked_up):
    code, attempt = marked_up
    at = run_page("my_work", code, attempt.id)
    name = "**mine** [x](http://e.x).yaml"
    at.file_uploader[0].upload(name, b"format: secondstory-analysis\n__x__: 1\n", "text/yaml")
    at = click(at.run(), "Import this file")
    assert not at.exception
    [error] = [e.value for e in at.error]
    assert error.startswith(escape_markdown(f"{name}:2: "))
    assert escape_markdown("'__x__'") in error
