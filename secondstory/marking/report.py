"""The words around the marks: the summary and the plain-text report (next steps: `next_steps`).

Everything here reads the stage feedback already worked out by `scoring`; nothing here changes
a score.
"""

from __future__ import annotations

from collections.abc import Mapping

from secondstory.marking.models import (
    AppraisalFeedback,
    EpisodesFeedback,
    FactorsFeedback,
    Feedback,
    FindingsFeedback,
    StageFeedback,
)
from secondstory.vocabulary import CATEGORIES, RATINGS

AGREEMENT_NOTE = (
    "Trained reviewers agree on the category of a contributory factor only about 70% of the time. "
    "The reference is one defensible reading of this case, not the truth: where you differ, the "
    "question is whether you can defend your reading from the evidence, not whether it matches."
)


def summary_text(stages: Mapping[str, StageFeedback], overall: float, expert_episodes: int) -> str:
    """A plain-language paragraph about the whole comparison."""
    ranked = sorted(stages.values(), key=lambda s: s.score)
    parts = [
        f"Overall {overall:.2f}: the mean of the four stages, best read with the profile "
        "rather than on its own."
    ]
    if ranked[0].score == ranked[-1].score:
        parts.append(f"All four stages score {ranked[0].score:.2f} ({ranked[0].band}).")
    else:
        strongest, weakest = ranked[-1], ranked[0]
        parts.append(
            f"Strongest: {strongest.label} ({strongest.score:.2f}, {strongest.band}); "
            f"to work on: {weakest.label} ({weakest.score:.2f}, {weakest.band})."
        )
    episodes = stages["episodes"]
    appraisal = stages["appraisal"]
    findings = stages["findings"]
    if isinstance(episodes, EpisodesFeedback):
        found = f"You found {len(episodes.matched)} of the expert's {expert_episodes} key practice episodes"
        if episodes.extra:
            found += f" and chose {len(episodes.extra)} the reference does not have"
        parts.append(found + ".")
    if isinstance(appraisal, AppraisalFeedback):
        agreed = sum(1 for i in appraisal.items if i.agreement in ("same", "alternative"))
        flags = sum(len(i.hindsight) for i in appraisal.items)
        text = f"Your ratings agreed with the expert's, or a defensible alternative, for {agreed} of them"
        if flags:
            text += f", with {flags} sign(s) of hindsight in your reasoning"
        parts.append(text + ".")
    if isinstance(findings, FindingsFeedback):
        covered = sum(1 for c in findings.reference_categories if c in findings.your_categories)
        parts.append(
            f"Your findings covered {covered} of the reference's "
            f"{len(findings.reference_categories)} finding categories."
        )
    return " ".join(parts)


# --- The plain-text report ---


def _title(ref) -> str:
    return f"your episode {ref.index + 1} '{ref.title}'"


def _render_episodes(stage: EpisodesFeedback) -> list[str]:
    lines = []
    for m in stage.matched:
        extra = " (carried forward from the reference)" if m.carried_forward else ""
        lines.append(
            f"  Matched: '{m.expert_title}' with {_title(m.trainee)}{extra}: overlap "
            f"{m.overlap:.2f}, credit {m.credit:.2f}"
        )
        if m.expert_only_entries:
            lines.append(f"    The expert also includes: {', '.join(m.expert_only_entries)}")
    for m in stage.missed:
        lines.append(f"  Missed: '{m.expert_title}'. {m.reason}")
        lines.append(f"    Why it is key: {m.why_key}")
        lines.append(f"    Commentary: {m.commentary}")
    for x in stage.extra:
        lines.append(f"  Your episode {x.trainee.index + 1} '{x.trainee.title}': {x.explanation}")
    for s in stage.split:
        lines.append(f"  Split: {s.explanation}")
    for m in stage.merged:
        lines.append(f"  Merged: {_title(m.trainee)}. {m.explanation}")
    return lines


def _render_appraisal(stage: AppraisalFeedback) -> list[str]:
    lines = []
    for i in stage.items:
        yours = RATINGS[i.trainee_rating] if i.trainee_rating else "-"
        lines.append(
            f"  '{i.expert_title}': yours {yours}; expert {RATINGS[i.expert_rating]} "
            f"(credit {i.credit:.2f}). {i.explanation}"
        )
        if i.trainee_reasoning:
            lines.append(f"    Your reasoning: {i.trainee_reasoning}")
        lines.append(f"    Expert's reasoning: {i.expert_reasoning}")
        for flag in i.hindsight:
            lines.append(f"    Hindsight? '{flag.text}': {flag.why}")
        for note in i.language:
            lines.append(f"    Wording: '{note.text}' ({note.kind}): {note.suggestion}")
    return lines


def _render_factors(stage: FactorsFeedback) -> list[str]:
    lines = []
    for i in stage.items:
        if i.trainee is None:
            lines.append(f"  '{i.expert_title}': no paired episode (credit 0).")
        else:
            lines.append(
                f"  '{i.expert_title}' with {_title(i.trainee)}: recall {i.recall:.2f}, "
                f"precision {i.precision:.2f}, evidence {i.evidence_recall:.2f}, credit "
                f"{i.credit:.2f}"
            )
        if i.categories_missed:
            missed = ", ".join(CATEGORIES[c] for c in i.categories_missed)
            lines.append(f"    Expert categories you did not name: {missed}")
        for f in i.your_factors:
            lines.append(f"    Yours ({CATEGORIES[f.category]}): {f.statement}")
            if f.closest_expert_factor:
                lines.append(
                    f"      Expert's closest (likeness {f.likeness:.2f}): {f.expert_statement}"
                )
        if i.trainee is None:
            for f in i.expert_factors:
                lines.append(f"    Expert ({f.category_label}): {f.statement}")
    lines.append("  Categories (yours / expert's):")
    for c in stage.category_counts:
        lines.append(f"    {c.label}: {c.yours} / {c.expert}")
    return lines


def _render_findings(stage: FindingsFeedback) -> list[str]:
    lines = [f"  Coverage {stage.coverage:.2f}, quality {stage.quality:.2f}"]
    for item in stage.items:
        lines.append(f"  Reference ({item.category_label}): {item.statement}")
        lines.append(f"    {item.explanation}")
    for review in stage.yours:
        lines.append(
            f"  Your finding {review.position + 1} (quality {review.quality:.2f}): {review.explanation}"
        )
        for p in review.parts:
            if not p.present:
                lines.append(f"    - {p.message}")
        for flag in review.flags:
            counted = " (counted)" if flag.counted else ""
            lines.append(f"    Wording{counted}: '{flag.text}' ({flag.kind}): {flag.suggestion}")
    return lines


def render_text(feedback: Feedback) -> str:
    """A readable plain-text report for the terminal, stage by stage."""
    renderers = {
        "episodes": _render_episodes,
        "appraisal": _render_appraisal,
        "factors": _render_factors,
        "findings": _render_findings,
    }
    lines = [
        f"Second Story: comparison with the expert reference for '{feedback.scenario}' "
        f"(version {feedback.scenario_version})",
        "",
        "Profile:",
    ]
    lines += [f"  {p.label:<28} {p.score:.2f}  {p.band}" for p in feedback.profile]
    lines += [f"  {'Overall':<28} {feedback.overall:.2f}", "", feedback.summary, ""]
    lines += [f"Note: {n}" for n in feedback.notes]
    for key, stage in feedback.stages.items():
        lines += ["", f"== {stage.label}: {stage.score:.2f} ({stage.band}) =="]
        lines += [f"  How it is marked: {stage.how_marked}"]
        lines += [f"  Note: {n}" for n in stage.notes]
        lines += renderers[key](stage)
    if feedback.hindsight_changes:
        lines += ["", "== Before and after the outcome was revealed =="]
        for change in feedback.hindsight_changes:
            before = RATINGS[change.before] if change.before else "-"
            lines.append(
                f"  {_title(change.trainee)}: {before} -> {RATINGS[change.after]}. "
                f"{change.explanation}"
            )
    lines += ["", "Next steps:"]
    lines += [f"  - {step}" for step in feedback.next_steps]
    lines += ["", feedback.agreement_note]
    return "\n".join(lines)
