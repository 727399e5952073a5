"""Scenario files to models, with problems an author can act on, and the library of scenarios.

Every problem is a `Problem(file, line, message)`, printed as `FILE:LINE: message`; the message
names the key path and, for an unknown key, the known key it most resembles. One bad file never
stops the others loading: the library keeps the failures beside the scenarios. Warnings (what is
probably a mistake but may be meant) have the same shape and never stop a file loading; the
library adds its own, across files (one full name used for different people).
"""

from __future__ import annotations

import difflib
import os
import typing
from dataclasses import dataclass, field, replace
from pathlib import Path

from pydantic import BaseModel, ValidationError

from secondstory import crosschecks, yamlsafe
from secondstory.models import Analysis, Scenario
from secondstory.textsafe import unsafe_character

SCENARIO_SUFFIXES = (".yaml", ".yml")
DEFAULT_SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class ContentError(Exception):
    """A file could not be loaded; `problems` says why, each with its line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class LoadResult:
    path: str
    scenario: Scenario | None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    lines: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.scenario is not None and not self.problems


def format_path(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _fields_at(model: type[BaseModel], path: tuple[str | int, ...]) -> list[str]:
    """The field names of the model found at path, for 'did you mean' hints."""
    current: object = model
    for part in path:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            return []
        current = _inner_model(fields[part].annotation)
    fields = getattr(current, "model_fields", None)
    return list(fields) if fields else []


def _inner_model(annotation: object) -> object:
    """The BaseModel inside list[...], X | None, dict[..., X] and the like."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _messages(err: ValidationError, model: type[BaseModel]) -> list[tuple[tuple, str]]:
    out = []
    for item in err.errors(include_url=False):
        loc = tuple(item["loc"])
        kind = item["type"]
        if kind == "extra_forbidden":
            key = str(loc[-1])
            known = _fields_at(model, loc[:-1])
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            hint = (
                f"; did you mean '{close[0]}'?"
                if close
                else (f"; known keys here: {', '.join(known)}" if known else "")
            )
            out.append((loc, f"{format_path(loc)}: unknown key '{key}'{hint}"))
        elif kind == "missing":
            out.append((loc, f"{format_path(loc[:-1])}: missing key '{loc[-1]}'"))
        else:
            msg = item["msg"].removeprefix("Value error, ")
            out.append((loc, f"{format_path(loc)}: {msg}"))
    return out


def parse(
    text: str, model: type[BaseModel], file: str
) -> tuple[BaseModel | None, list[Problem], dict]:
    """Text to a model, or the problems with lines; also returns the line index."""
    try:
        data, lines = yamlsafe.read_text(text)
    except yamlsafe.YamlProblem as problem:
        return None, [Problem(file, problem.line, problem.message)], {}
    if not isinstance(data, dict):
        return None, [Problem(file, 1, "the file must be a mapping of keys (key: value)")], lines
    unsafe = [
        Problem(file, yamlsafe.line_of(lines, path), f"{format_path(path)}: {message}")
        for path, message in _unsafe_text(data)
    ]
    if unsafe:
        return None, unsafe, lines
    try:
        return model.model_validate(data), [], lines
    except ValidationError as err:
        problems = [
            Problem(file, yamlsafe.line_of(lines, loc), message)
            for loc, message in _messages(err, model)
        ]
        return None, problems, lines


def _unsafe_text(data: object) -> list[tuple[tuple[str | int, ...], str]]:
    """Each string (key or value) holding a character XML cannot hold, by path: such text
    could not go into a Word report, so files are refused at the door."""
    found = []
    stack: list[tuple[tuple[str | int, ...], object]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            message = unsafe_character(value)
            if message is not None:
                found.append((path, message))
        elif isinstance(value, dict):
            for key, item in value.items():
                stack.append(((*path, str(key)), key))
                stack.append(((*path, str(key)), item))
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in enumerate(value))
    return sorted(found, key=lambda item: [str(part) for part in item[0]])


def load_scenario_text(text: str, file: str = "<text>", *, warnings: bool = True) -> LoadResult:
    """The scenario in the text, or its problems; with its warnings unless `warnings` is False
    (they read every text with the language coach: the app leaves them to the scenario check)."""
    scenario, problems, lines = parse(text, Scenario, file)
    if scenario is None:
        return LoadResult(file, None, problems)
    assert isinstance(scenario, Scenario)

    def located(found: list[crosschecks.Problem]) -> list[Problem]:
        return [
            Problem(file, yamlsafe.line_of(lines, path), f"{format_path(path)}: {message}")
            for path, message in found
        ]

    cross = located(crosschecks.check(scenario))
    if cross:
        return LoadResult(file, None, cross, lines=lines)
    found = located(crosschecks.warnings(scenario)) if warnings else []
    return LoadResult(file, scenario, [], found, lines)


def load_scenario_file(path: str | os.PathLike, *, warnings: bool = True) -> LoadResult:
    file = str(path)
    try:
        text = yamlsafe.read_file(path)
    except yamlsafe.YamlProblem as problem:
        return LoadResult(file, None, [Problem(file, problem.line, problem.message)])
    return load_scenario_text(text, file, warnings=warnings)


def load_analysis_text(text: str, file: str = "<analysis>") -> Analysis:
    """A trainee's analysis (YAML or JSON, which is YAML) to a model; ContentError if not valid."""
    analysis, problems, _ = parse(text, Analysis, file)
    if analysis is None:
        raise ContentError(problems)
    assert isinstance(analysis, Analysis)
    return analysis


def load_analysis_file(path: str | os.PathLike) -> Analysis:
    file = str(path)
    try:
        text = yamlsafe.read_file(path)
    except yamlsafe.YamlProblem as problem:
        raise ContentError([Problem(file, problem.line, problem.message)]) from None
    return load_analysis_text(text, file)


def scenario_files(paths: list[str | os.PathLike]) -> list[Path]:
    """The scenario files named, or found directly inside the folders named, sorted."""
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found += sorted(
                p for p in path.iterdir() if p.suffix in SCENARIO_SUFFIXES and p.is_file()
            )
        else:
            found.append(path)
    return found


def with_library_warnings(results: list[LoadResult]) -> list[LoadResult]:
    """The results, each with a warning for every full name that a scenario loaded before it
    uses too: different people in different cases should not share a name."""
    first: dict[str, tuple[str, str]] = {}
    out = []
    for result in results:
        found = []
        for path, name, person in crosschecks.named_people(result.scenario) if result.ok else []:
            where = format_path(path)
            if name in first and first[name][0] != result.path:
                other, other_where = first[name]
                found.append(
                    Problem(
                        result.path,
                        yamlsafe.line_of(result.lines, (*path, "name")),
                        f"{where}.name: '{person}' is also the name of someone in {other} "
                        f"({other_where}); give different people different names across the "
                        "library",
                    )
                )
            first.setdefault(name, (result.path, where))
        out.append(replace(result, warnings=[*result.warnings, *found]) if found else result)
    return out


@dataclass(frozen=True)
class Library:
    """All scenarios in a folder: those that loaded, the files that did not, and the warnings
    (each file's own and the library's, across files)."""

    folder: str
    scenarios: dict[str, Scenario]
    paths: dict[str, str]
    failures: list[LoadResult]
    warnings: list[Problem] = field(default_factory=list)

    def relative(self, text: str) -> str:
        """`text` with the scenario folder's own path left out of every file path in it, so
        that people see `case.yaml:12`, never where the server keeps its files."""
        root = Path(self.folder)
        for prefix in {str(root.resolve()), str(root)}:
            text = text.replace(prefix + os.sep, "")
        return text


def scenarios_folder() -> Path:
    return Path(os.environ.get("SECONDSTORY_SCENARIOS") or DEFAULT_SCENARIOS)


def load_library(folder: str | os.PathLike | None = None, *, warnings: bool = True) -> Library:
    """Every scenario file in the folder (the configured one unless given); with the warnings
    of each file and across files unless `warnings` is False."""
    root = Path(folder) if folder is not None else scenarios_folder()
    scenarios: dict[str, Scenario] = {}
    paths: dict[str, str] = {}
    failures: list[LoadResult] = []
    files = scenario_files([root]) if root.is_dir() else []
    results = [load_scenario_file(path, warnings=warnings) for path in files]
    if warnings:
        results = with_library_warnings(results)
    found = [warning for result in results for warning in result.warnings]
    for result in results:
        path = result.path
        if result.ok and result.scenario.id in scenarios:
            failures.append(
                LoadResult(
                    str(path),
                    None,
                    [
                        Problem(
                            str(path),
                            1,
                            f"scenario id '{result.scenario.id}' is also used by {paths[result.scenario.id]}",
                        )
                    ],
                )
            )
        elif result.ok:
            scenarios[result.scenario.id] = result.scenario
            paths[result.scenario.id] = str(path)
        else:
            failures.append(result)
    return Library(str(root), scenarios, paths, failures, found)


def resolve_scenario(name: str) -> LoadResult:
    """A SCENARIO argument: a path to a file, or an id from the scenario folder."""
    path = Path(name)
    if path.suffix in SCENARIO_SUFFIXES or path.exists():
        return load_scenario_file(path)
    library = load_library(warnings=False)
    if name in library.scenarios:
        return LoadResult(library.paths[name], library.scenarios[name])
    known = ", ".join(sorted(library.scenarios)) or "none"
    return LoadResult(
        name, None, [Problem(name, 1, f"no scenario with id '{name}' (known: {known})")]
    )
