"""The timeline's chart spec: every agency keeps its name on its lane; its data and the
entries table are built as Arrow once."""

from __future__ import annotations

from components.timeline import LANE_LINE_HEIGHT, chart_spec


def _lane_axes(spec: dict) -> list[dict]:
    found = []
    for layer in spec.get("layer", []):
        y = layer.get("encoding", {}).get("y", {})
        if y.get("field") == "lane":
            found.append(y.get("axis", {}))
    return found


def test_every_lane_keeps_its_name_on_a_case_of_many_agencies(library):
    largest = max(library.scenarios.values(), key=lambda s: len(s.agencies))
    assert len(largest.agencies) >= 10
    entries = tuple(e.id for e in largest.chronology)
    spec = chart_spec(largest, entries, (), None, True)
    axes = _lane_axes(spec)
    assert axes, "the spec has no lane axis"
    # Vega hides labels it thinks overlap; wrapped agency names were hidden on alternate lanes.
    assert all(axis.get("labelOverlap") is False for axis in axes)


def test_each_lane_is_tall_enough_for_its_wrapped_name(library):
    largest = max(library.scenarios.values(), key=lambda s: len(s.agencies))
    entries = tuple(e.id for e in largest.chronology)
    spec = chart_spec(largest, entries, (), None, True)
    lanes = [
        row["lane"]
        for data in spec.get("datasets", {}).values()
        for row in data
        if isinstance(row, dict) and "lane" in row
    ]
    names = set(lanes)
    assert names
    longest = max(name.count("\n") + 1 for name in names)
    # The band scale's padding of 1 adds a step above and below the lanes.
    step = spec["height"] / (len(names) + 2)
    assert step >= LANE_LINE_HEIGHT * longest + 8


def test_the_chart_is_handed_its_data_already_in_arrow(library):
    import pyarrow as pa

    from components.timeline import _drawn_spec

    scenario = max(library.scenarios.values(), key=lambda s: len(s.chronology))
    entries = tuple(e.id for e in scenario.chronology)
    spec = chart_spec(scenario, entries, (), None, True)
    drawn = _drawn_spec(scenario, entries, (), None, True)
    assert set(drawn["datasets"]) == set(spec["datasets"])
    for name, rows in spec["datasets"].items():
        table = pa.ipc.open_stream(drawn["datasets"][name]).read_all()
        assert table.select(list(rows[0])).to_pylist() == rows
    assert drawn is _drawn_spec(scenario, entries, (), None, True)  # built once
    assert "datasets" in spec and not isinstance(next(iter(spec["datasets"].values())), bytes)


def test_the_entries_table_is_the_case_files_rows_built_once(library):
    from components.timeline import entry_table
    from secondstory import casefile

    scenario = max(library.scenarios.values(), key=lambda s: len(s.chronology))
    shown = scenario.chronology[:5]
    ids = tuple(e.id for e in shown)
    table = entry_table(scenario, ids, None)
    assert table.to_pylist() == casefile.entry_rows(scenario, shown, None)
    assert entry_table(scenario, ids, None) is table
