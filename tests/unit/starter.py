"""The starter template as a scenario, for tests that need a small valid case."""

from pathlib import Path

from secondstory import loading

ROOT = Path(__file__).resolve().parents[2]
STARTER_TEXT = (
    (ROOT / "secondstory" / "templates" / "starter.yaml").read_text().replace("__ID__", "demo")
)


def starter():
    return loading.load_scenario_text(STARTER_TEXT).scenario
