"""Hostile files: deep nesting, devices and pipes, JSON escapes. Each reader of YAML or JSON
(scenario files, the scenario folder, `validate`, `score`, analysis imports) refuses them with a
`FILE:LINE: message` instead of crashing the process. Crashes are reproduced in a subprocess so
that a segfault fails the test instead of killing the test run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from secondstory import exchange, loading, yamlsafe
from tests.unit.factories import make_scenario

ROOT = Path(__file__).resolve().parents[2]
STARTER = (
    (ROOT / "secondstory" / "templates" / "starter.yaml").read_text().replace("__ID__", "good")
)
DEEP = 30_000
NESTED = f"nested more than {yamlsafe.MAX_DEPTH} levels deep"


def deep_block_mapping(levels: int) -> str:
    return "".join("  " * level + "a:\n" for level in range(levels)) + "  " * levels + "x\n"


STYLES = {
    "flow sequence": "[" * DEEP,
    "block sequence": "- " * DEEP + "x\n",
    "flow mapping": "{a: " * DEEP,
    "json": '{"a": ' * DEEP + "1" + "}" * DEEP,
    "block mapping": deep_block_mapping(300),
}


def run_python(code: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def validate(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "secondstory", "validate", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


@pytest.mark.parametrize("style", list(STYLES))
def test_validate_refuses_deep_nesting_and_still_checks_the_other_files(tmp_path, style):
    deep = tmp_path / "deep.yaml"
    deep.write_text(STYLES[style])
    good = tmp_path / "good.yaml"
    good.write_text(STARTER)
    run = validate(deep, good)
    assert run.returncode == 1, run.stderr
    [line] = run.stdout.splitlines()
    expected_line = yamlsafe.MAX_DEPTH + 1 if style == "block mapping" else 1
    assert line.startswith(f"{deep}:{expected_line}: ") and NESTED in line


def test_scenario_folder_with_a_deep_file_still_loads_the_others(tmp_path):
    (tmp_path / "deep.yaml").write_text("[" * DEEP)
    (tmp_path / "good.yaml").write_text(STARTER)
    run = run_python(
        """
        import sys
        from secondstory import loading
        library = loading.load_library(sys.argv[1])
        print(sorted(library.scenarios))
        for failure in library.failures:
            print(*failure.problems)
        """,
        str(tmp_path),
    )
    assert run.returncode == 0, run.stderr
    listed, problem = run.stdout.splitlines()
    assert listed == "['good']"
    assert problem.startswith(f"{tmp_path / 'deep.yaml'}:1: ") and NESTED in problem


@pytest.mark.parametrize("style", ["flow sequence", "json", "block sequence"])
def test_analysis_import_refuses_deep_nesting(style):
    run = run_python(
        """
        import sys
        from secondstory import exchange, loading
        from tests.unit.factories import make_scenario
        raw = sys.stdin.buffer.read()
        try:
            exchange.import_analysis(raw, make_scenario(), "deep.json")
        except loading.ContentError as err:
            print(*err.problems)
        """,
        stdin="episodes:\n  " + STYLES[style],
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("deep.json:") and NESTED in run.stdout, run.stdout


def test_score_refuses_a_deep_analysis_file(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * DEEP)
    run = subprocess.run(
        [sys.executable, "-m", "secondstory", "score", "tutorial-nursery-concerns", str(deep)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert run.returncode == 1
    assert run.stderr.startswith(f"{deep}:1: ") and NESTED in run.stderr


def test_the_deepest_file_each_size_cap_allows_is_refused(tmp_path):
    """A file of nothing but '[' is as deep as a file can be: 2 MB for a scenario, 1 MB for an
    imported analysis. Both are refused cleanly."""
    run = run_python(
        """
        import sys
        from pathlib import Path
        from secondstory import exchange, loading, yamlsafe
        from tests.unit.factories import make_scenario
        path = Path(sys.argv[1])
        path.write_text("[" * yamlsafe.MAX_BYTES)
        print(*loading.load_scenario_file(path).problems)
        try:
            exchange.import_analysis(b"[" * exchange.MAX_IMPORT_BYTES, make_scenario(), "a.json")
        except loading.ContentError as err:
            print(*err.problems)
        """,
        str(tmp_path / "deepest.yaml"),
    )
    assert run.returncode == 0, run.stderr
    scenario, analysis = run.stdout.splitlines()
    assert scenario.startswith(f"{tmp_path / 'deepest.yaml'}:1: ") and NESTED in scenario
    assert analysis.startswith("a.json:1: ") and NESTED in analysis


def nested_list(levels: int) -> str:
    return "[" * levels + "]" * levels


def test_nesting_up_to_the_limit_is_read():
    data, _ = yamlsafe.read_text(nested_list(yamlsafe.MAX_DEPTH))
    for _ in range(yamlsafe.MAX_DEPTH - 1):
        [data] = data
    assert data == []
    with pytest.raises(yamlsafe.YamlProblem, match=NESTED):
        yamlsafe.read_text(nested_list(yamlsafe.MAX_DEPTH + 1))


def test_shipped_scenarios_are_far_from_the_depth_limit():
    for path in sorted((ROOT / "scenarios").glob("*.yaml")):
        assert yamlsafe.nesting_depth(path.read_text()) <= yamlsafe.MAX_DEPTH // 2, path


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_validate_on_a_device_gives_a_message():
    run = validate(Path("/dev/zero"))
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        "/dev/zero:1: not a regular file (a device, pipe or socket); name a YAML or JSON file"
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_validate_on_a_named_pipe_gives_a_message(tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    run = validate(fifo)
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        f"{fifo}:1: not a regular file (a device, pipe or socket); name a YAML or JSON file"
    ]


def test_score_on_a_device_gives_a_message():
    run = subprocess.run(
        [sys.executable, "-m", "secondstory", "score", "tutorial-nursery-concerns", "/dev/zero"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert run.returncode == 1
    assert "/dev/zero:1: not a regular file" in run.stderr


def test_json_with_surrogate_pair_escapes_imports():
    scenario = make_scenario()
    data = {
        "format": "secondstory-analysis",
        "episodes": [{"title": "Smile 🙂 café", "why_key": "a literal \\ud83d\\ude42 stays"}],
    }
    text = json.dumps(data)  # ensure_ascii: the emoji is written as \\ud83d\\ude42
    assert "\\ud83d\\ude42" in text
    analysis = exchange.import_analysis(text.encode(), scenario)
    assert analysis.episodes[0].title == "Smile 🙂 café"
    assert analysis.episodes[0].why_key == "a literal \\ud83d\\ude42 stays"


def test_a_lone_surrogate_escape_is_a_problem_not_a_crash():
    text = json.dumps({"format": "secondstory-analysis", "episodes": [{"title": "\ud83d"}]})
    with pytest.raises(loading.ContentError) as raised:
        exchange.import_analysis(text.encode(), make_scenario(), "a.json")
    assert str(raised.value.problems[0]).startswith("a.json:1: ")
