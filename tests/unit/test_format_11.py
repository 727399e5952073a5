"""Format 1.1 (additions only) and the checker's warnings: each new key and each new message,
with its exact text and line, on the starter template."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from secondstory import casefile, loading
from secondstory.marking.rules import episode_overlap, scenario_index
from secondstory.models import TraineeEpisode
from tests.unit.test_loading import STARTER, line_of, problems

ROOT = Path(__file__).resolve().parents[2]

SECOND_AGENCY = (
    '  - {id: hvs, name: "Northbrook Health Visiting Service", type: health_visiting}\n'
    '  - {id: csc, name: "Northbrook Children\'s Services", type: childrens_social_care}\n'
)
TWO_AGENCIES = STARTER.replace(
    '  - {id: hvs, name: "Northbrook Health Visiting Service", type: health_visiting}\n',
    SECOND_AGENCY,
    1,
)
FAMILY = """
family_contribution:
  id: fam
  who: [mother]
  text: "Kerry said the heating had been off since Christmas."
"""


def load(text: str) -> loading.LoadResult:
    return loading.load_scenario_text(text, "case.yaml")


def warnings(text: str) -> list[str]:
    return [str(w) for w in load(text).warnings]


def test_v1_starter_loads_with_no_problems_and_no_warnings():
    result = load(STARTER)
    assert result.ok and result.warnings == []


# --- Evidence: a whole conversation, the family contribution ---


def test_expert_evidence_may_cite_a_whole_conversation():
    text = STARTER.replace("evidence: [e01, c-hv.thinking]", "evidence: [e01, c-hv]", 1)
    assert load(text).ok


def test_an_unknown_part_of_a_known_conversation_says_which_parts_exist():
    text = STARTER.replace("evidence: [e01, c-hv.thinking]", "evidence: [e01, c-hv.thoughts]", 1)
    line = line_of(text, "evidence: [e01, c-hv.thoughts]")
    assert problems(text) == [
        f"case.yaml:{line}: expert.episodes[0].factors[0].evidence[1]: unknown evidence "
        "'c-hv.thoughts': conversation 'c-hv' has no part 'thoughts' (its parts are overview, "
        "turning_points, thinking, influences, went_well, would_change)"
    ]


def test_the_family_contribution_can_be_cited_by_its_id():
    text = STARTER.replace("evidence: [e01, c-hv.thinking]", "evidence: [e01, fam]", 1)
    text = text.replace("\nexpert:\n", FAMILY + "\nexpert:\n", 1)
    assert load(text).ok


def test_a_family_contribution_without_an_id_cannot_be_cited():
    text = STARTER.replace("evidence: [e01, c-hv.thinking]", "evidence: [e01, fam]", 1)
    text = text.replace("\nexpert:\n", FAMILY.replace("  id: fam\n", "") + "\nexpert:\n", 1)
    line = line_of(text, "evidence: [e01, fam]")
    assert problems(text) == [
        f"case.yaml:{line}: expert.episodes[0].factors[0].evidence[1]: unknown evidence 'fam'"
    ]


def test_the_family_contribution_id_is_unique_in_the_file():
    text = STARTER.replace("\nexpert:\n", FAMILY.replace("id: fam", "id: e01") + "\nexpert:\n", 1)
    line = line_of(text, "  id: e01", 1 + STARTER.count("  id: e01"))
    assert problems(text) == [
        f"case.yaml:{line}: family_contribution.id: duplicate id 'e01' "
        "(already used at chronology[0].id)"
    ]


def test_citing_any_part_of_a_conversation_covers_an_expert_whole_conversation():
    from secondstory.marking.factors import _covered

    assert _covered(["c-hv"], {"c-hv.thinking"}) == ["c-hv"]
    assert _covered(["c-hv.thinking"], {"c-hv"}) == ["c-hv.thinking"]
    assert _covered(["c-hv"], {"c-gp.thinking", "e01"}) == []


# --- Entries and records made jointly ---


def test_an_entry_can_be_made_jointly():
    text = TWO_AGENCIES.replace("    agency: hvs\n", "    agency: hvs\n    joint_with: [csc]\n", 1)
    result = load(text)
    assert result.ok
    entry = result.scenario.chronology[0]
    assert casefile.knew_of(entry, "csc")
    view = casefile.visible_entries(result.scenario, casefile.ChronologyFilter(agencies=("csc",)))
    assert [e.id for e in view] == ["e01"]


def test_a_record_can_be_made_jointly():
    text = TWO_AGENCIES.replace(
        "    agency: hvs\n    date: 2025-01-10\n    author: hv",
        "    agency: hvs\n    joint_with: [csc]\n    date: 2025-01-10\n    author: hv",
        1,
    )
    assert load(text).ok


def test_a_list_of_agencies_says_where_the_others_go():
    text = TWO_AGENCIES.replace("    agency: hvs\n", "    agency: [hvs, csc]\n", 1)
    line = line_of(text, "agency: [hvs, csc]")
    assert problems(text) == [
        f"case.yaml:{line}: chronology[0].agency: write one agency id here (the agency that made "
        "it); when agencies made it jointly, name the others in 'joint_with', e.g. agency: "
        "police, joint_with: [csc]"
    ]


def test_joint_agencies_must_exist_and_differ_from_the_agency():
    text = STARTER.replace("    agency: hvs\n", "    agency: hvs\n    joint_with: [csc, hvs]\n", 1)
    line = line_of(text, "joint_with: [csc, hvs]")
    assert problems(text) == [
        f"case.yaml:{line}: chronology[0].joint_with[0]: unknown agency 'csc'",
        f"case.yaml:{line}: chronology[0].joint_with[1]: 'hvs' is already the agency",
    ]


# --- Core entries: at least one of these ---

CORE_ANY = STARTER.replace(
    "      entries: [e01]\n      why_key:",
    "      entries: [e01]\n      core_any: [e01]\n      why_key:",
    1,
)


def test_core_any_entries_must_be_in_the_episode():
    text = CORE_ANY.replace("core_any: [e01]", "core_any: [e01, e02]", 1)
    line = line_of(text, "core_any: [e01, e02]")
    assert problems(text) == [
        f"case.yaml:{line}: expert.episodes[0].core_any[1]: core entry 'e02' is not in the "
        "episode's entries"
    ]


def test_core_any_matches_an_episode_holding_at_least_one_of_them():
    text = STARTER.replace(
        "      entries: [e01]\n      why_key:",
        "      entries: [e01, e02]\n      core_any: [e01, e02]\n      why_key:",
        1,
    )
    scenario = load(text).scenario
    expert = scenario_index(scenario).episodes[0]
    assert episode_overlap(expert, TraineeEpisode(entries=["e02"])).matched
    assert episode_overlap(expert, TraineeEpisode(entries=["e01", "e02"])).matched


def test_core_any_refuses_an_episode_holding_none_of_them():
    text = STARTER.replace(
        "      entries: [e01]\n      why_key:",
        "      entries: [e01, e02]\n      core_any: [e02]\n      why_key:",
        1,
    )
    scenario = load(text).scenario
    expert = scenario_index(scenario).episodes[0]
    overlap = episode_overlap(expert, TraineeEpisode(entries=["e01"]))
    assert overlap.overlap > 0.5 and not overlap.matched


def test_a_missed_episode_names_the_core_any_entries():
    from secondstory.marking import score
    from secondstory.models import Analysis

    text = STARTER.replace(
        "      entries: [e01]\n      why_key:",
        "      entries: [e01, e02]\n      core_any: [e02]\n      why_key:",
        1,
    )
    scenario = load(text).scenario
    analysis = Analysis(scenario="demo", episodes=[TraineeEpisode(title="Visit", entries=["e01"])])
    [missed] = score(scenario, analysis).episodes.missed
    assert missed.reason == (
        "Your closest episode, 'Visit', includes none of e02: the expert's episode needs at "
        "least one of these."
    )


# --- Separate episodes, when the author says so ---


def test_separate_episodes_reports_an_entry_in_two_episodes():
    second = """    - id: kpe2
      title: "A second look at the visit"
      entries: [e01]
      why_key: "Why."
      appraisal: {rating: in_line, reasoning: "Judged at the time."}
      local_rationality: "Why it made sense."
      factors:
        - {id: f2, category: human_tool, prompt_area: role, statement: "A form.", evidence: [e01]}
      commentary: "What to learn."
  findings:
"""
    text = STARTER.replace("  findings:\n", second, 1)
    assert load(text).ok
    text = text.replace("  hints:\n", "  separate_episodes: true\n  hints:\n", 1)
    line = line_of(text, "- id: kpe2") + 2
    assert problems(text) == [
        f"case.yaml:{line}: expert.episodes[1].entries[0]: entry 'e01' is also in episode "
        "'kpe1'; this scenario says no entry belongs to two episodes (separate_episodes: true)"
    ]


# --- Warnings: they never stop a file loading ---


def test_an_entry_on_the_incident_date_that_is_not_held_back_is_warned():
    text = STARTER.replace(
        "period: {start: 2025-01-01, end: 2025-06-30}",
        "period: {start: 2025-01-01, end: 2025-07-02}",
        1,
    )
    text = text.replace(
        "    known_later: true             # held back while the trainee appraises\n", "", 1
    )
    line = line_of(text, "- id: e02")
    result = load(text)
    assert result.ok
    assert [str(w) for w in result.warnings] == [
        f"case.yaml:{line}: chronology[1].known_later: entry 'e02' is dated 2025-07-02, on or "
        "after the incident (2025-07-02), but is not held back, so trainees see it from the "
        "start; mark it 'known_later: true' if it was known only later"
    ]


def test_an_entry_on_the_day_of_a_held_back_incident_is_warned():
    text = (
        STARTER.replace(
            "  - id: e02\n    date: 2025-07-02\n",
            '  - id: e02\n    date: 2025-07-02\n    time: "09:00"\n',
            1,
        )
        .replace(
            "    known_later: true             # held back while the trainee appraises\n",
            "",
            1,
        )
        .replace(
            "\nrecords:\n",
            """  - id: e03
    date: 2025-07-02
    time: "15:00"
    agency: hvs
    title: "Admission"
    what_happened: "Ava was admitted."
    known_later: true

records:
""",
            1,
        )
        .replace(
            "period: {start: 2025-01-01, end: 2025-06-30}",
            "period: {start: 2025-01-01, end: 2025-07-31}",
            1,
        )
    )
    line = line_of(text, "- id: e02")
    assert warnings(text) == [
        f"case.yaml:{line}: chronology[1].known_later: entry 'e02' is dated 2025-07-02, on or "
        "after the incident (2025-07-02), but is not held back, so trainees see it from the "
        "start; mark it 'known_later: true' if it was known only later"
    ]


def test_a_record_hidden_by_a_later_entry_is_warned():
    text = STARTER.replace("    entries: [e01]\n    text:", "    entries: [e01, e02]\n    text:", 1)
    line = line_of(text, "entries: [e01, e02]")
    assert warnings(text) == [
        f"case.yaml:{line}: records[0].entries[1]: record 'r01' stays hidden until the outcome "
        "is revealed, because it is linked to entry 'e02', known only later; mark the record "
        "'known_later: true' to say so, or link it to earlier entries only"
    ]
    held = text.replace(
        "    entries: [e01, e02]\n", "    entries: [e01, e02]\n    known_later: true\n", 1
    )
    assert warnings(held) == []


def test_the_starter_does_not_list_the_recording_agency_in_known_to():
    scenario = load(STARTER).scenario
    assert all(e.agency not in e.known_to for e in scenario.chronology)


def _outcome_told(text: str) -> str:
    """The starter's held-back entry and outcome naming the outcome (a fractured wrist)."""
    return text.replace(
        'what_happened: "Describe, without sensational detail, what led to the review."',
        'what_happened: "Ava was admitted to hospital with a fractured wrist."',
        1,
    ).replace(
        'outcome: "What happened in the end, revealed with the entries known only later."',
        'outcome: "Ava had a fractured wrist; she recovered in hospital."',
        1,
    )


def _outcome_in_summary(text: str) -> str:
    return text.replace(
        "  One or two sentences a trainee reads in the library before opening the case.",
        "  A toddler's fractured wrist, and the months before it.",
        1,
    )


def test_an_always_visible_text_naming_the_outcome_is_warned():
    text = _outcome_told(STARTER)
    assert warnings(text) == []
    leaky = _outcome_in_summary(text)
    line = line_of(leaky, "summary: >-")
    assert warnings(leaky) == [
        f"case.yaml:{line}: summary: 'fractured', 'wrist' appear only in what is known later "
        "(entries known only later and the outcome), so this always-visible text gives the "
        "outcome away"
    ]


def test_what_an_agency_was_told_of_a_visible_entry_counts_as_read_before_the_reveal():
    leaky = _outcome_in_summary(_outcome_told(TWO_AGENCIES))
    assert len(warnings(leaky)) == 1
    told = leaky.replace(
        "    # known_to: [gp]              # other agencies that knew of it then (never its own agency)\n",
        "    known_to: [csc]\n"
        '    told: {csc: "A call about a fall last year: a fractured wrist, now healed."}\n',
        1,
    )
    assert told != leaky
    assert warnings(told) == []


# --- The command line and the library ---


def test_validate_prints_warnings_and_still_passes(tmp_path):
    text = STARTER.replace("    entries: [e01]\n    text:", "    entries: [e01, e02]\n    text:", 1)
    (tmp_path / "demo.yaml").write_text(text)
    run = subprocess.run(
        [sys.executable, "-m", "secondstory", "validate", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    line = line_of(text, "entries: [e01, e02]")
    assert run.returncode == 0
    assert run.stdout.splitlines() == [
        f"{tmp_path / 'demo.yaml'}:{line}: warning: records[0].entries[1]: record 'r01' stays "
        "hidden until the outcome is revealed, because it is linked to entry 'e02', known only "
        "later; mark the record 'known_later: true' to say so, or link it to earlier entries only"
    ]
    assert run.stderr == "1 scenario file(s) valid, with 1 warning(s)\n"
    run = subprocess.run(
        [sys.executable, "-m", "secondstory", "validate", "--json", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    [item] = json.loads(run.stdout)
    assert item["ok"] is True and item["errors"] == []
    assert item["warnings"] == [
        run_line
        for run_line in [
            f"{tmp_path / 'demo.yaml'}:{line}: records[0].entries[1]: record 'r01' stays hidden "
            "until the outcome is revealed, because it is linked to entry 'e02', known only later; "
            "mark the record 'known_later: true' to say so, or link it to earlier entries only"
        ]
    ]


def _two_cases(tmp_path: Path, name: str) -> None:
    (tmp_path / "a-case.yaml").write_text(STARTER.replace("id: demo", "id: a-case", 1))
    (tmp_path / "b-case.yaml").write_text(
        STARTER.replace("id: demo", "id: b-case", 1).replace(
            'name: "Sam Okafor"', f'name: "{name}"', 1
        )
    )


def test_the_library_warns_of_one_name_for_different_people(tmp_path):
    _two_cases(tmp_path, "Sam Okafor")
    library = loading.load_library(tmp_path)
    line = line_of(STARTER, 'name: "Sam Okafor"')
    assert sorted(library.scenarios) == ["a-case", "b-case"]
    assert [str(w) for w in library.warnings] == [
        f"{tmp_path / 'b-case.yaml'}:{line}: people.practitioners[0].name: 'Sam Okafor' is also "
        f"the name of someone in {tmp_path / 'a-case.yaml'} (people.practitioners[0]); give "
        "different people different names across the library"
    ]


def test_the_apps_library_leaves_the_warnings_to_the_scenario_check(tmp_path):
    _two_cases(tmp_path, "Sam Okafor")
    (tmp_path / "c-case.yaml").write_text(
        STARTER.replace("id: demo", "id: c-case", 1).replace("Sam Okafor", "Ola Bright")
        + "unknown_key: 1\n"
    )
    checked = loading.load_library(tmp_path)
    quick = loading.load_library(tmp_path, warnings=False)
    assert checked.warnings and quick.warnings == []
    # The same cases load and the same files fail: only the warnings are left out.
    assert quick.scenarios == checked.scenarios
    assert [f.path for f in quick.failures] == [f.path for f in checked.failures]
    assert [str(p) for p in quick.failures[0].problems] == [
        str(p) for p in checked.failures[0].problems
    ]


def test_the_library_accepts_different_names(tmp_path):
    _two_cases(tmp_path, "Sam Adebayo")
    assert loading.load_library(tmp_path).warnings == []


def test_validate_warns_of_one_name_across_the_files_it_checks(tmp_path):
    _two_cases(tmp_path, "Sam Okafor")
    run = subprocess.run(
        [sys.executable, "-m", "secondstory", "validate", "--json", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0
    first, second = json.loads(run.stdout)
    assert first["warnings"] == []
    assert len(second["warnings"]) == 1 and "'Sam Okafor' is also the name" in second["warnings"][0]


def test_an_entry_label_names_the_agencies_that_made_it_jointly():
    text = TWO_AGENCIES.replace("    agency: hvs\n", "    agency: hvs\n    joint_with: [csc]\n", 1)
    scenario = load(text).scenario
    assert casefile.entry_label(scenario, scenario.chronology[0]) == (
        "e01 · 10 Jan 2025 · Northbrook Health Visiting Service with Northbrook Children's "
        "Services · Health visitor's review at home"
    )


def test_the_family_contribution_is_citable_once_the_outcome_is_revealed():
    text = STARTER.replace("\nexpert:\n", FAMILY + "\nexpert:\n", 1)
    scenario = load(text).scenario
    assert "fam" not in casefile.evidence_options(scenario, show_later=False)
    assert casefile.evidence_options(scenario, show_later=True)["fam"] == (
        "The family's contribution to the review"
    )


def test_the_shipped_library_has_no_warnings():
    library = loading.load_library(ROOT / "scenarios")
    assert [str(w) for w in library.warnings] == []
