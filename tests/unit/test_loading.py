"""The loader: every shipped scenario validates, and each bad input gets its exact message and line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from secondstory import loading
from secondstory.models import Scenario

ROOT = Path(__file__).resolve().parents[2]
STARTER = (
    (ROOT / "secondstory" / "templates" / "starter.yaml").read_text().replace("__ID__", "demo")
)
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))


def problems(text: str) -> list[str]:
    result = loading.load_scenario_text(text, "case.yaml")
    return [str(p) for p in result.problems]


def line_of(text: str, needle: str, nth: int = 1) -> int:
    count = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            count += 1
            if count == nth:
                return number
    raise AssertionError(f"{needle!r} not found")


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_shipped_scenario_validates(path):
    result = loading.load_scenario_file(path)
    assert result.problems == []
    assert result.scenario.id == path.stem


def test_starter_template_validates():
    result = loading.load_scenario_text(STARTER)
    assert result.ok, result.problems


def test_unknown_key_names_line_and_suggests_the_known_key():
    text = STARTER.replace("what_happened: >-", "whta_happened: >-", 1)
    line = line_of(text, "whta_happened")
    assert (
        f"case.yaml:{line}: chronology[0].whta_happened: unknown key 'whta_happened'; did you mean 'what_happened'?"
        in problems(text)
    )


def test_missing_key_names_the_item():
    text = STARTER.replace('    title: "Health visitor\'s review at home"\n', "", 1)
    found = problems(text)
    assert any("chronology[0]: missing key 'title'" in p for p in found), found


def test_wrong_type_names_the_key():
    text = STARTER.replace("minutes: 30", "minutes: thirty", 1)
    line = line_of(text, "minutes: thirty")
    assert any(
        p.startswith(f"case.yaml:{line}: minutes: Input should be a valid integer")
        for p in problems(text)
    )


def test_tabs_are_reported_with_their_line():
    text = STARTER.replace("  area:", "\tarea:", 1)
    line = line_of(text, "\tarea:")
    assert problems(text) == [f"case.yaml:{line}: a tab is used for indentation; YAML needs spaces"]


def test_malformed_yaml_reports_a_syntax_error_line():
    text = STARTER.replace('title: "A new case (change this title)"', 'title: "unclosed', 1)
    found = problems(text)
    assert len(found) == 1 and "YAML syntax error" in found[0]


def test_duplicate_ids_are_reported_at_the_second():
    text = STARTER.replace("  - id: e02", "  - id: e01", 1)
    line = line_of(text, "- id: e01", 2)
    assert (
        f"case.yaml:{line}: chronology[1].id: duplicate id 'e01' (already used at chronology[0].id)"
        in problems(text)
    )


def test_dangling_reference_is_reported():
    text = STARTER.replace("people: [child, mother, hv]", "people: [child, mother, hx]", 1)
    line = line_of(text, "people: [child, mother, hx]")
    assert f"case.yaml:{line}: chronology[0].people[2]: unknown person 'hx'" in problems(text)


def test_dangling_evidence_is_reported():
    text = STARTER.replace("evidence: [e01, c-hv.thinking]", "evidence: [e01, c-hv.feelings]", 1)
    assert any("unknown evidence 'c-hv.feelings'" in p for p in problems(text))


def test_dates_out_of_order_are_reported():
    text = STARTER.replace("date: 2025-07-02", "date: 2024-12-01", 1).replace(
        "known_later: true             # held back while the trainee appraises",
        "background: true",
        1,
    )
    found = problems(text)
    assert any("entry 'e02' is out of date order" in p for p in found), found


def test_entry_after_the_period_must_be_known_later():
    text = STARTER.replace(
        "    known_later: true             # held back while the trainee appraises\n", "", 1
    )
    assert any(
        "entry 'e02' is after the review period; mark it 'known_later: true'" in p
        for p in problems(text)
    )


def test_reference_needs_good_practice():
    text = STARTER.replace("rating: good_practice     #", "rating: in_line     #", 1)
    assert any("no episode is appraised as good practice" in p for p in problems(text))


def test_unknown_category_is_reported():
    text = STARTER.replace(
        "category: family_professional\n      case_evidence",
        "category: family_work\n      case_evidence",
        1,
    )
    assert any("expert.findings[0].category: Input should be" in p for p in problems(text))


def test_finding_without_questions_is_reported():
    text = STARTER.replace(
        '        - "A question for the safeguarding partnership to consider."\n', "", 1
    ).replace("      questions:\n", "      questions: []\n", 1)
    assert any(
        "expert.findings[0].questions: List should have at least 1 item" in p
        for p in problems(text)
    )


def test_unquoted_time_stays_text_and_is_checked():
    text = STARTER.replace('time: "10:00"', "time: 10:00", 1)
    assert loading.load_scenario_text(text).ok
    bad = STARTER.replace('time: "10:00"', 'time: "25:00"', 1)
    assert any("time must be 24-hour" in p for p in problems(bad))


def test_python_tags_are_refused(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text('id: !!python/object/apply:os.system ["echo pwned"]\n')
    result = loading.load_scenario_file(path)
    assert [str(p) for p in result.problems] == [
        f"{path}:1: tags that build objects (like !!python/...) are not allowed"
    ]


def test_alias_bomb_is_refused(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    result = loading.load_scenario_file(path)
    assert "alias bomb" in str(result.problems[0])


def test_empty_file(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("")
    assert [str(p) for p in loading.load_scenario_file(path).problems] == [
        f"{path}:1: file is empty"
    ]


def test_non_utf8_names_the_line(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"id: x\ntitle: caf\xe9\n")
    assert [str(p) for p in loading.load_scenario_file(path).problems] == [
        f"{path}:2: file is not UTF-8 text; save it as UTF-8"
    ]


def test_oversize_file(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * (2 * 1024 * 1024 + 10))
    assert "the limit is 2,097,152 bytes (2 MB)" in str(
        loading.load_scenario_file(path).problems[0]
    )


def test_duplicate_yaml_keys(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("id: a\ntitle: b\nid: c\n")
    assert [str(p) for p in loading.load_scenario_file(path).problems] == [
        f"{path}:3: key 'id' appears twice here"
    ]


def test_not_a_mapping():
    assert problems("- a\n- b\n") == [
        "case.yaml:1: the file must be a mapping of keys (key: value)"
    ]


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "good.yaml").write_text(STARTER.replace("id: demo", "id: good", 1))
    (tmp_path / "bad.yaml").write_text("id: [unclosed\n")
    library = loading.load_library(tmp_path)
    assert list(library.scenarios) == ["good"]
    assert [Path(f.path).name for f in library.failures] == ["bad.yaml"]


def test_cli_validate_lines_and_exit_code(tmp_path):
    (tmp_path / "bad.yaml").write_text(STARTER.replace("minutes: 30", "minutes: -1", 1))
    run = subprocess.run(
        [sys.executable, "-m", "secondstory", "validate", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 1
    line = line_of(STARTER, "minutes: 30")
    assert run.stdout.splitlines() == [
        f"{tmp_path / 'bad.yaml'}:{line}: minutes: Input should be greater than or equal to 5"
    ]


def test_cli_validate_json_contract(tmp_path):
    (tmp_path / "demo.yaml").write_text(STARTER)
    run = subprocess.run(
        [sys.executable, "-m", "secondstory", "validate", "--json", str(tmp_path / "demo.yaml")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0
    [item] = json.loads(run.stdout)
    assert item["id"] == "demo" and item["ok"] is True and item["errors"] == []
    counts = item["counts"]
    assert {k: counts[k] for k in counts if k != "categories"} == {
        "events": 2,
        "documents": 1,
        "conversations": 1,
        "people": 3,
        "agencies": 1,
        "expert_episodes": 1,
        "expert_factors": 1,
        "findings": 1,
        "practice_conversations": 0,
    }
    assert counts["categories"] == ["family_professional"]


def test_cli_new_writes_a_valid_starter(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "secondstory", "new", "my-case", "--folder", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0
    assert loading.load_scenario_file(tmp_path / "my-case.yaml").ok


def test_cli_schema_is_json_schema():
    run = subprocess.run(
        [sys.executable, "-m", "secondstory", "schema"], capture_output=True, text=True, cwd=ROOT
    )
    schema = json.loads(run.stdout)
    assert schema["title"] == "Scenario" and "chronology" in schema["properties"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_gives_a_model_or_problems(text):
    result = loading.load_scenario_text(text)
    assert (result.scenario is not None) or result.problems


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=10), children, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_arbitrary_yaml_data_gives_a_model_or_problems(data):
    text = yaml.safe_dump({"format_version": 1, "id": "x", "stuff": data})
    result = loading.load_scenario_text(text)
    assert result.problems and result.scenario is None


def test_models_are_frozen():
    scenario = loading.load_scenario_text(STARTER).scenario
    assert isinstance(scenario, Scenario)
    with pytest.raises(ValidationError):
        scenario.title = "changed"


def test_impossible_date_is_reported_with_its_line():
    text = STARTER.replace("date: 2025-01-10\n    time", "date: 2025-06-31\n    time", 1)
    line = line_of(text, "date: 2025-06-31")
    assert problems(text) == [f"case.yaml:{line}: '2025-06-31' is not a real date (use YYYY-MM-DD)"]


def test_synonym_of_only_common_words_is_reported():
    text = STARTER.replace(
        "  hints:\n", '  synonyms:\n    "health visitor": ["hv", "the"]\n  hints:\n', 1
    )
    found = problems(text)
    assert any("synonym 'the' has only common words" in p for p in found), found
    assert not any("'hv'" in p for p in found)


def test_sample_finding_must_link_to_a_sample_episode():
    sample = """
samples:
  - id: s1
    description: "A sample"
    band: {min: 0, max: 1}
    analysis:
      scenario: demo
      episodes:
        - {id: a1, title: "Visit", entries: [e01], factors: [{category: human_tool, evidence: [r09]}]}
      findings:
        - {statement: "A pattern", episodes: [a9]}
"""
    found = problems(STARTER + sample)
    assert any("unknown evidence 'r09'" in p for p in found), found
    assert any("unknown sample episode 'a9'" in p for p in found), found
