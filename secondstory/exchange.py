"""Analysis files in and out: the YAML/JSON format the app exports, imports and the CLI scores."""

from __future__ import annotations

import json

import yaml

from secondstory import loading, yamlsafe
from secondstory.models import Analysis, Scenario
from secondstory.textsafe import xml_safe_data

MAX_IMPORT_BYTES = 1024 * 1024


def _exported(analysis: Analysis) -> dict:
    """The analysis as plain data; characters XML cannot hold (in text stored before input
    refused them) are replaced, so that the file imports again."""
    return xml_safe_data(analysis.model_dump(mode="json", exclude_none=True))


def to_yaml(analysis: Analysis) -> str:
    return yaml.safe_dump(
        _exported(analysis),
        sort_keys=False,
        allow_unicode=True,
        width=100,
    )


def to_json(analysis: Analysis) -> str:
    return json.dumps(_exported(analysis), indent=2, ensure_ascii=False)


def import_analysis(raw: bytes, scenario: Scenario, file: str = "uploaded file") -> Analysis:
    """Bytes of an uploaded analysis to a model for this scenario; ContentError says why not."""
    try:
        text = yamlsafe.decode(raw, MAX_IMPORT_BYTES)
    except yamlsafe.YamlProblem as problem:
        raise loading.ContentError([loading.Problem(file, problem.line, problem.message)]) from None
    analysis = loading.load_analysis_text(text, file)
    if analysis.scenario and analysis.scenario != scenario.id:
        raise loading.ContentError(
            [
                loading.Problem(
                    file,
                    1,
                    f"this analysis is for the case '{analysis.scenario}', not '{scenario.id}'",
                )
            ]
        )
    return analysis.model_copy(
        update={"scenario": scenario.id, "scenario_version": scenario.version}
    )
