"""Safe YAML reading for files people write by hand, with the line of every key kept.

Only plain data is built (a SafeLoader subclass): tags that try to make Python objects are
refused, duplicate keys are an error instead of silently keeping the last, aliases are capped so
that an alias bomb cannot exhaust memory, and `10:30` stays a string rather than YAML 1.1's
base-60 integer. Every problem is raised as `YamlProblem` with a 1-based line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

MAX_BYTES = 2 * 1024 * 1024
MAX_NODES = 200_000

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class YamlProblem(Exception):
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class _Loader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1's base-60 numbers (so '10:30' is text)."""


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$"),
    list("-+0123456789"),
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
        r"|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)


# libyaml's parser (when PyYAML was built with it) composes nodes several times faster; it uses
# the same resolvers, so the rules above still hold.
_Composer = (
    type(
        "_CComposer",
        (yaml.CSafeLoader,),
        {"yaml_implicit_resolvers": _Loader.yaml_implicit_resolvers},
    )
    if yaml.__with_libyaml__
    else _Loader
)


def _timestamp(loader: yaml.SafeLoader, node: ScalarNode) -> object:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        raise YamlProblem(
            node.start_mark.line + 1, f"'{node.value}' is not a real date (use YYYY-MM-DD)"
        ) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def decode(raw: bytes) -> str:
    """Bytes of a hand-written file to text, or a YamlProblem naming the first bad line."""
    if len(raw) > MAX_BYTES:
        raise YamlProblem(1, f"file is {len(raw):,} bytes; the limit is {MAX_BYTES:,} bytes (2 MB)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise YamlProblem(line, "file is not UTF-8 text; save it as UTF-8") from None
    if not text.strip():
        raise YamlProblem(1, "file is empty")
    return text


def compose(text: str) -> Node:
    """Text to a YAML node tree, with friendly messages for syntax errors."""
    try:
        node = yaml.compose(text, Loader=_Composer)
    except yaml.MarkedYAMLError as err:
        raise _syntax_problem(err, text) from None
    except yaml.YAMLError as err:
        raise YamlProblem(1, f"YAML error: {err}") from None
    if node is None:
        raise YamlProblem(1, "file is empty")
    _check_size(node)
    return node


def _syntax_problem(err: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    mark = err.problem_mark or err.context_mark
    line = mark.line + 1 if mark else 1
    problem = err.problem or "syntax error"
    lines = text.splitlines()
    if "\t" in problem or (0 < line <= len(lines) and lines[line - 1].startswith("\t")):
        return YamlProblem(line, "a tab is used for indentation; YAML needs spaces")
    context = f" ({err.context})" if err.context else ""
    return YamlProblem(line, f"YAML syntax error: {problem}{context}")


def _check_size(root: Node) -> None:
    """Refuse trees that expand (through aliases) to more than MAX_NODES nodes."""
    seen = 0
    stack = [root]
    while stack:
        node = stack.pop()
        seen += 1
        if seen > MAX_NODES:
            raise YamlProblem(
                root.start_mark.line + 1,
                "file expands to too many values (an alias bomb?); simplify the anchors and aliases",
            )
        if isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                stack.extend((key, value))


def construct(node: Node) -> object:
    """A node tree to plain Python data; duplicate keys and unsafe tags are YamlProblems."""
    _check_duplicate_keys(node)
    loader = _Loader("")
    try:
        return loader.construct_document(node)
    except yaml.constructor.ConstructorError as err:
        line = err.problem_mark.line + 1 if err.problem_mark else 1
        tag = getattr(err, "problem", "") or ""
        if "could not determine a constructor" in tag:
            raise YamlProblem(
                line, "tags that build objects (like !!python/...) are not allowed"
            ) from None
        raise YamlProblem(line, f"YAML error: {tag}") from None
    finally:
        loader.dispose()


def _check_duplicate_keys(root: Node) -> None:
    stack = [root]
    visited: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in visited:
            continue
        visited.add(id(node))
        if isinstance(node, MappingNode):
            keys: set[str] = set()
            for key, value in node.value:
                if isinstance(key, ScalarNode):
                    if key.value in keys:
                        raise YamlProblem(
                            key.start_mark.line + 1, f"key '{key.value}' appears twice here"
                        )
                    keys.add(key.value)
                stack.append(value)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)


def line_index(root: Node) -> dict[Path, int]:
    """Map each key path (as pydantic reports locations) to its 1-based line."""
    lines: dict[Path, int] = {(): root.start_mark.line + 1}
    stack: list[tuple[Path, Node]] = [((), root)]
    visited: set[int] = set()
    while stack:
        path, node = stack.pop()
        if id(node) in visited:
            continue
        visited.add(id(node))
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if isinstance(key, ScalarNode):
                    child = (*path, key.value)
                    lines[child] = key.start_mark.line + 1
                    stack.append((child, value))
        elif isinstance(node, SequenceNode):
            for index, item in enumerate(node.value):
                child = (*path, index)
                lines[child] = item.start_mark.line + 1
                stack.append((child, item))
    return lines


def line_of(lines: dict[Path, int], path: Path) -> int:
    """The line of the longest known prefix of path."""
    for end in range(len(path), -1, -1):
        found = lines.get(tuple(path[:end]))
        if found is not None:
            return found
    return 1


def read_text(text: str) -> tuple[object, dict[Path, int]]:
    """Text of a YAML document to plain data and its line index."""
    node = compose(text)
    return construct(node), line_index(node)
