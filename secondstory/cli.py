"""The command line: `python -m secondstory validate|schema|new|score|reference|coach`.

Output shapes are contracts (see the README): other tools and the checks parse them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from pathlib import Path

from secondstory import exchange, loading
from secondstory.models import Scenario
from secondstory.summary import scenario_counts

TEMPLATE = Path(__file__).resolve().parent / "templates" / "starter.yaml"


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def cmd_validate(args: argparse.Namespace) -> int:
    paths = args.paths or [str(loading.scenarios_folder())]
    missing = [p for p in paths if not Path(p).exists()]
    files = loading.scenario_files([p for p in paths if p not in missing])
    results = loading.with_library_warnings([loading.load_scenario_file(f) for f in files])
    results += [
        loading.LoadResult(p, None, [loading.Problem(p, 1, "no such file or folder")])
        for p in missing
    ]
    if args.json:
        _print_json([_result_json(r) for r in results])
    else:
        for result in results:
            for problem in result.problems:
                print(problem)
            for warning in result.warnings:
                print(f"{warning.file}:{warning.line}: warning: {warning.message}")
        warned = sum(len(r.warnings) for r in results)
        if not results:
            print("no scenario files found", file=sys.stderr)
        elif all(r.ok for r in results):
            also = f", with {warned} warning(s)" if warned else ""
            print(f"{len(results)} scenario file(s) valid{also}", file=sys.stderr)
    return 0 if results and all(r.ok for r in results) else 1


def _result_json(result: loading.LoadResult) -> dict:
    scenario = result.scenario
    return {
        "id": scenario.id if scenario else Path(result.path).stem,
        "path": result.path,
        "ok": result.ok,
        "errors": [str(p) for p in result.problems],
        "warnings": [str(w) for w in result.warnings],
        "counts": scenario_counts(scenario) if scenario else None,
    }


def cmd_schema(args: argparse.Namespace) -> int:
    _print_json(Scenario.model_json_schema())
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    ident = args.id
    if re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,63}", ident) is None:
        print(
            f"'{ident}' is not a valid id: use lower-case letters, digits, '-' and '_'",
            file=sys.stderr,
        )
        return 2
    folder = Path(args.folder) if args.folder else loading.scenarios_folder()
    target = folder / f"{ident}.yaml"
    if target.exists():
        print(f"{target} already exists; choose another id", file=sys.stderr)
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(
        TEMPLATE.read_text(encoding="utf-8").replace("__ID__", ident), encoding="utf-8"
    )
    print(target)
    return 0


def _load_or_exit(name: str) -> Scenario | None:
    result = loading.resolve_scenario(name)
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return None
    return result.scenario


def cmd_reference(args: argparse.Namespace) -> int:
    from secondstory.reference import reference_analysis

    scenario = _load_or_exit(args.scenario)
    if scenario is None:
        return 1
    analysis = reference_analysis(scenario)
    sys.stdout.write(exchange.to_yaml(analysis))
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from secondstory.interview_review import review_lines, reviews
    from secondstory.marking import render_text, score

    scenario = _load_or_exit(args.scenario)
    if scenario is None:
        return 1
    try:
        analysis = loading.load_analysis_file(args.analysis)
    except loading.ContentError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return 1
    feedback = score(scenario, analysis)
    held = reviews(scenario, analysis)
    if args.json:
        data = feedback.model_dump(mode="json")
        if held:
            data["conversations"] = [dataclasses.asdict(r) for r in held]
        _print_json(data)
    else:
        print(render_text(feedback))
        for review in held:
            print()
            print("\n".join(review_lines(review)))
    return 0


def cmd_coach(args: argparse.Namespace) -> int:
    from secondstory.coach import coach

    text = sys.stdin.read()
    if args.lines:
        _print_json(
            [[f.model_dump(mode="json") for f in coach(line)] for line in text.splitlines()]
        )
    else:
        _print_json([f.model_dump(mode="json") for f in coach(text)])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m secondstory", description="Second Story: scenarios, marking and coaching."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="validate scenario files or folders")
    p.add_argument("paths", nargs="*", help="files or folders (default: the scenario folder)")
    p.add_argument("--json", action="store_true", help="one JSON object per scenario")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("schema", help="print the JSON Schema of the scenario format")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("new", help="write a commented starter scenario that validates")
    p.add_argument("id", help="the new scenario's id")
    p.add_argument("--folder", help="where to write it (default: the scenario folder)")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("score", help="compare an analysis file with the expert reference")
    p.add_argument("scenario", help="a scenario id or a path to a scenario file")
    p.add_argument("analysis", help="an analysis file (YAML or JSON) as the app exports")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("reference", help="write the expert reference as an analysis file")
    p.add_argument("scenario", help="a scenario id or a path to a scenario file")
    p.set_defaults(func=cmd_reference)

    p = sub.add_parser("coach", help="flag hindsight and blame wording in text on standard input")
    p.add_argument("--lines", action="store_true", help="check each line on its own")
    p.set_defaults(func=cmd_coach)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
