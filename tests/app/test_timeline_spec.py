"""The timeline's chart spec: every agency keeps its name on its lane."""

from __future__ import annotations

from components.timeline import chart_spec


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
