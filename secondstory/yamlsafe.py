"""Safe YAML reading for files people write by hand, with the line of every key kept.

Only plain data is built (a SafeLoader subclass): tags that try to make Python objects are
refused, duplicate keys are an error instead of silently keeping the last, aliases are capped so
that an alias bomb cannot exhaust memory, and `10:30` stays a string rather than YAML 1.1's
base-60 integer. Every problem is raised as `YamlProblem` with a 1-based line.

Every YAML or JSON file the app or the CLI reads comes through here (`read_file` for a path,
`decode` for uploaded bytes, then `read_text`). Nesting depth is refused before the node tree is
built: libyaml's composer recurses once per level and overflows the C stack (a segfault that
takes the whole server down) on a file nested some thousands of levels deep. Its event parser
keeps its own stack on the heap, so a first pass over the events measures depth safely and stops
at the first level past `MAX_DEPTH`.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

MAX_BYTES = 2 * 1024 * 1024
MAX_NODES = 200_000
# The shipped scenarios nest 9 levels deep; the format never needs more than a dozen.
MAX_DEPTH = 50

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


def read_file(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> str:
    """The text of a regular file, read no further than the size limit. A device (/dev/zero),
    a named pipe or a socket is refused without waiting on it."""
    try:
        # O_NONBLOCK: opening a named pipe that has no writer must not wait for one.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        raise YamlProblem(1, f"cannot read the file: {err.strerror}") from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise YamlProblem(
                1, "not a regular file (a device, pipe or socket); name a YAML or JSON file"
            )
        try:
            raw = handle.read(max_bytes + 1)
        except OSError as err:
            raise YamlProblem(1, f"cannot read the file: {err.strerror}") from None
    return decode(raw, max_bytes)


def decode(raw: bytes, max_bytes: int = MAX_BYTES) -> str:
    """Bytes of a hand-written file to text, or a YamlProblem naming the first bad line."""
    if len(raw) > max_bytes:
        raise YamlProblem(
            1, f"file is too large; the limit is {max_bytes:,} bytes ({_mb(max_bytes)})"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise YamlProblem(line, "file is not UTF-8 text; save it as UTF-8") from None
    if not text.strip():
        raise YamlProblem(1, "file is empty")
    return text


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"


def nesting_depth(text: str, limit: int | None = None) -> int:
    """How deeply the document's sequences and mappings nest; a YamlProblem at the first value
    nested deeper than `limit`. Reads events only, so any depth is safe to measure."""
    depth = deepest = 0
    for event in yaml.parse(text, Loader=_Composer):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            deepest = max(deepest, depth)
            if limit is not None and depth > limit:
                raise YamlProblem(
                    event.start_mark.line + 1,
                    f"values are nested more than {limit} levels deep here; "
                    "a scenario or an analysis never needs so many",
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return deepest


# json.dumps writes a character outside the Basic Multilingual Plane as two escaped UTF-16
# halves ("\ud83d\ude42"), which YAML does not accept; an even run of backslashes before them
# means they are escapes, not literal text.
_SURROGATE_PAIR = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})"
)


def _join_surrogate_escapes(text: str) -> str:
    """In a JSON document, escaped surrogate pairs as one YAML escape (same line)."""
    if not text.lstrip("\ufeff \t\r\n").startswith(("{", "[")):
        return text

    def joined(match: re.Match) -> str:
        high, low = int(match.group(2), 16), int(match.group(3), 16)
        code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        return f"{match.group(1)}\\U{code:08x}"

    return _SURROGATE_PAIR.sub(joined, text)


def compose(text: str) -> Node:
    """Text to a YAML node tree, with friendly messages for syntax errors."""
    text = _join_surrogate_escapes(text)
    try:
        nesting_depth(text, MAX_DEPTH)
        node = yaml.compose(text, Loader=_Composer)
    except yaml.MarkedYAMLError as err:
        raise _syntax_problem(err, text) from None
    except yaml.reader.ReaderError as err:
        code = err.character if isinstance(err.character, int) else ord(err.character)
        # libyaml counts the position in bytes of UTF-8; PyYAML's own reader in characters.
        before = (
            text.encode("utf-8")[: err.position] if yaml.__with_libyaml__ else text[: err.position]
        )
        raise YamlProblem(
            before.count(b"\n" if isinstance(before, bytes) else "\n") + 1,
            f"the file holds a control character (U+{code:04X}) that text cannot hold; "
            "delete it (it usually comes from pasting from another program)",
        ) from None
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
