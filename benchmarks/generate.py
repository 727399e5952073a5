"""Generated scenarios for benchmarks: valid cases of any size, built from the starter template."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
STARTER = ROOT / "secondstory" / "templates" / "starter.yaml"


def scenario_data(ident: str, entries: int = 60, episodes: int = 8) -> dict:
    data = yaml.safe_load(STARTER.read_text().replace("__ID__", ident))
    start = dt.date(2024, 1, 1)
    data["setting"]["period"] = {"start": start, "end": start + dt.timedelta(days=entries * 5)}
    template = data["chronology"][0]
    data["chronology"] = [
        {**template, "id": f"e{i:03d}", "date": start + dt.timedelta(days=i * 5), "time": "10:00"}
        for i in range(entries)
    ]
    data["records"][0]["entries"] = ["e000"]
    for part in ("overview", "turning_points"):
        data["conversations"][0][part]["cites"] = ["e000"]
    first = data["expert"]["episodes"][0]
    span = max(1, entries // episodes)
    data["expert"]["episodes"] = [
        {
            **first,
            "id": f"kpe{n}",
            "entries": [f"e{i:03d}" for i in range(n * span, (n + 1) * span)],
            "factors": [{**first["factors"][0], "id": f"f{n}", "evidence": [f"e{n * span:03d}"]}],
        }
        for n in range(episodes)
    ]
    data["expert"]["findings"][0]["episodes"] = ["kpe0"]
    return data


def write_scenarios(folder: Path, count: int, entries: int = 60) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"generated-{n:03d}.yaml"
        path.write_text(
            yaml.safe_dump(scenario_data(f"generated-{n:03d}", entries), sort_keys=False)
        )
        paths.append(path)
    return paths
