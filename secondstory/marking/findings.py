"""Stage 4, findings: each of the trainee's findings is matched one-to-one with the reference
finding it says most nearly the same as, part by part (statement, how it showed up in this case,
how we know it is not a one-off, why it matters, questions for the partnership). A part earns
credit for saying what the expert's part says, with substance (a stub such as "Yes." is not a
part; a question must be a question); blame, hindsight, counterfactual wording, reflexive fixes
(asked as questions too) and case-specific framing keep only part of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from secondstory.marking.appraisal import coach_notes
from secondstory.marking.meaning import is_question, too_short
from secondstory.marking.models import (
    FindingPart,
    FindingReview,
    FindingsFeedback,
    ReferenceFindingItem,
)
from secondstory.marking.rules import (
    MIN_LIKENESS,
    ScenarioIndex,
    TextMark,
    band,
    mark_text,
    mean_credit,
    units,
)
from secondstory.marking.texts import text_credit
from secondstory.matching import best_assignment
from secondstory.memo import per_object
from secondstory.models import Analysis, Finding, TraineeFinding
from secondstory.vocabulary import CATEGORIES, STAGES

# The five parts: label, what to add when it is missing, and its share of a finding's credit.
FINDING_PARTS = {
    "statement": (
        "Finding statement",
        "Add a one-sentence finding statement naming a pattern in the system, not a person.",
        0.3,
    ),
    "case_evidence": (
        "How it showed up in this case",
        "Say how the pattern showed up in this case: the evidence from the records and "
        "conversations.",
        0.2,
    ),
    "not_one_off": (
        "Not a one-off",
        "Say how you know it is not a one-off: what staff say is usual, local data, audits "
        "or research.",
        0.15,
    ),
    "why_it_matters": (
        "Why it matters",
        "Say why it matters: the risk it creates for children, or how it makes the system less "
        "reliable.",
        0.15,
    ),
    "questions": (
        "Questions for the partnership",
        "Pose at least one question for the safeguarding partnership about the system, rather "
        "than a prescriptive recommendation.",
        0.2,
    ),
}
# A match under another category keeps this share (the categories overlap).
OTHER_CATEGORY = 0.8
# Where names and remedies matter (not in the case evidence, which is meant to be about the case).
_FRAMED = ("statement", "why_it_matters", "questions")
_FRAMING_KINDS = ("blame", "counterfactual", "hindsight", "reflexive_fix", "case_specific")
_EVIDENCE_KINDS = ("blame", "hindsight")
# Each kind of framing flag takes this off the quality shown for a finding on its own.
FLAG_PENALTY = 0.2


def _part_text(finding: Finding | TraineeFinding, part: str, questions_only: bool) -> str:
    if part == "questions":
        asked = [q for q in finding.questions if is_question(q)] if questions_only else []
        return "\n".join(asked if questions_only else finding.questions)
    return getattr(finding, part)


def coach_texts(finding: Finding | TraineeFinding, names: list[str]) -> list[tuple[str, list[str]]]:
    """The finding's texts as the language coach reads them, each with the names it should
    flag: names belong in the case evidence, not in the statement, why it matters or the
    questions (the parts the marking reads for framing)."""
    framed = [_part_text(finding, part, False) for part in _FRAMED]
    case = [_part_text(finding, part, False) for part in FINDING_PARTS if part not in _FRAMED]
    return [
        ("\n".join(t for t in framed if t.strip()), names),
        ("\n".join(t for t in case if t.strip()), []),
    ]


@per_object()
def _reference_parts(scenario) -> tuple[dict[str, str], ...]:
    return tuple(
        {part: _part_text(f, part, False) for part in FINDING_PARTS}
        for f in scenario.expert.findings
    )


@dataclass(frozen=True)
class FindingMark:
    parts: dict[str, TextMark]
    category_weight: float
    likeness: float
    credit: float


def mark_finding(index: ScenarioIndex, mine: TraineeFinding, r: int) -> FindingMark:
    reference = index.scenario.expert.findings[r]
    theirs = _reference_parts(index.scenario)[r]
    parts = {}
    for part in FINDING_PARTS:
        framed = part in _FRAMED
        expert_text = theirs[part]
        key_points = [p.wordings() for p in reference.key_points] if part == "statement" else []
        # The expert's own questions count as questions however they are worded.
        text = _part_text(mine, part, questions_only=mine.questions != reference.questions)
        parts[part] = mark_text(
            index,
            text,
            index.space.prepare(expert_text),
            key_points,
            names=index.names if framed else (),
            counted=_FRAMING_KINDS if framed else _EVIDENCE_KINDS,
        )
    likeness = sum(FINDING_PARTS[p][2] * m.likeness.value for p, m in parts.items())
    weight = 1.0 if mine.category == reference.category else OTHER_CATEGORY
    credit = weight * sum(FINDING_PARTS[p][2] * m.credit for p, m in parts.items())
    return FindingMark(parts, weight, round(likeness, 4), round(credit, 4))


def _present(finding: TraineeFinding) -> dict[str, bool]:
    return {
        "statement": not too_short(finding.statement),
        "case_evidence": not too_short(finding.case_evidence),
        "not_one_off": not too_short(finding.not_one_off),
        "why_it_matters": not too_short(finding.why_it_matters),
        "questions": any(is_question(q) for q in finding.questions),
    }


def review_finding(
    index: ScenarioIndex,
    position: int,
    finding: TraineeFinding,
    matched: tuple[int, FindingMark] | None,
) -> FindingReview:
    present = _present(finding)
    parts = []
    for key, (label, message, _) in FINDING_PARTS.items():
        if present[key]:
            text = ""
        elif key == "questions" and any(q.strip() for q in finding.questions):
            text = (
                "Your questions are too short or not put as questions: ask the partnership "
                "something about the system (How..., What..., Whether...)."
            )
        elif getattr(finding, key, "") and key != "questions":
            text = f"Too short to count as a part (a few words at least). {message}"
        else:
            text = message
        parts.append(FindingPart(part=key, label=label, present=present[key], message=text))
    flags = []
    for where, text in [
        ("statement", finding.statement),
        ("why_it_matters", finding.why_it_matters),
        *((f"questions[{i}]", q) for i, q in enumerate(finding.questions)),
    ]:
        for note in coach_notes(where, text, index.names):
            flags.append(note.model_copy(update={"counted": note.kind in _FRAMING_KINDS}))
    counted_kinds = {f.kind for f in flags if f.counted}
    quality = sum(present.values()) / len(present) - FLAG_PENALTY * len(counted_kinds)
    quality = round(max(0.0, quality), 4)
    explanation = []
    missing = [FINDING_PARTS[p][0].lower() for p, ok in present.items() if not ok]
    if missing:
        explanation.append(f"Missing or too thin: {', '.join(missing)}.")
    if "case_specific" in counted_kinds:
        explanation.append(
            "It is framed around this case's people: name the pattern that would recur with "
            "other families and other workers."
        )
    if "reflexive_fix" in counted_kinds:
        explanation.append(
            "It reaches for a reflexive fix (asked as a question or not): ask what made the work "
            "hard to do well, and put that as a question for the partnership."
        )
    if counted_kinds & {"blame", "counterfactual", "hindsight"}:
        explanation.append(
            "It judges people or leans on hindsight: a finding names a pattern in the system."
        )
    reference = index.scenario.expert.findings
    if matched is not None:
        r, mark = matched
        explanation.append(
            f"Matched by meaning with the reference finding '{reference[r].statement}' "
            f"(likeness {mark.likeness:.2f}, credit {mark.credit:.2f})."
        )
    else:
        explanation.append(
            "Not matched with a reference finding: it says something the reference does not. "
            "That does not make it wrong: a reviewer may defend a pattern the reference did not "
            "pick, if this case's evidence shows it."
        )
    if not explanation[:-1] and quality == 1:
        explanation.insert(0, "All five parts are there, framed as a pattern in the system.")
    in_reference = finding.category in {f.category for f in reference}
    if finding.category is None:
        explanation.append("Choose a category so that the finding can be compared.")
    return FindingReview(
        position=position,
        statement=finding.statement,
        category=finding.category,
        category_in_reference=in_reference,
        parts=parts,
        flags=flags,
        quality=quality,
        explanation=" ".join(explanation),
        matched_reference=reference[matched[0]].id if matched else None,
        credit=matched[1].credit if matched else 0.0,
    )


def findings_stage(index: ScenarioIndex, analysis: Analysis) -> FindingsFeedback:
    reference = index.scenario.expert.findings
    # Canonical order, so that the order of the trainee's findings changes nothing.
    order = sorted(
        range(len(analysis.findings)), key=lambda i: analysis.findings[i].model_dump_json()
    )
    marks = {
        (i, r): mark_finding(index, analysis.findings[i], r)
        for i in order
        for r in range(len(reference))
    }
    weights = [
        [units(marks[i, r].credit) if marks[i, r].likeness >= MIN_LIKENESS else 0 for i in order]
        for r in range(len(reference))
    ]
    chosen = {r: order[k] for r, k in best_assignment(weights).items()}
    by_trainee = {i: (r, marks[i, r]) for r, i in chosen.items()}
    reviews = [
        review_finding(index, i, f, by_trainee.get(i)) for i, f in enumerate(analysis.findings)
    ]
    yours = list(dict.fromkeys(f.category for f in analysis.findings if f.category))
    reference_categories = list(dict.fromkeys(f.category for f in reference))
    items = []
    for r, finding in enumerate(reference):
        i = chosen.get(r)
        mark = marks[i, r] if i is not None else None
        label = CATEGORIES[finding.category]
        closest = max(order, key=lambda k: (marks[k, r].likeness, -k), default=None)
        if mark is not None:
            explanation = (
                f"Your finding {i + 1} says most nearly what this one says (likeness "
                f"{mark.likeness:.2f}); credit {mark.credit:.2f}. Set your wording beside the "
                "expert's, part by part."
            )
            if mark.category_weight < 1:
                explanation += (
                    f" You filed it under another category than '{label}': "
                    f"{OTHER_CATEGORY:.0%} of the credit; the categories overlap."
                )
        else:
            explanation = (
                "None of your findings was matched with this one. The expert's is shown in full."
            )
        items.append(
            ReferenceFindingItem(
                finding_id=finding.id,
                statement=finding.statement,
                category=finding.category,
                category_label=label,
                case_evidence=finding.case_evidence,
                not_one_off=finding.not_one_off,
                why_it_matters=finding.why_it_matters,
                questions=list(finding.questions),
                covered=finding.category in yours,
                yours=i,
                your_statement=analysis.findings[i].statement if i is not None else "",
                likeness=mark.likeness if mark else 0.0,
                quality=reviews[i].quality if i is not None else 0.0,
                credit=mark.credit if mark else 0.0,
                category_weight=mark.category_weight if mark else 0.0,
                parts=[text_credit(m, FINDING_PARTS[p][0].lower()) for p, m in mark.parts.items()]
                if mark
                else [],
                closest_other=closest if mark is None else None,
                closest_other_likeness=marks[closest, r].likeness
                if mark is None and closest is not None
                else 0.0,
                explanation=explanation,
            )
        )
    coverage = sum(1 for c in reference_categories if c in yours) / len(reference_categories)
    quality = sum(item.quality for item in items) / len(items)
    value = mean_credit((marks[i, r].credit for r, i in chosen.items()), len(reference))
    return FindingsFeedback(
        label=STAGES["findings"],
        score=value,
        band=band(value),
        how_marked=(
            "Each of your findings is matched with at most one reference finding, the one it "
            "says most nearly the same as. A match earns, part by part (statement "
            f"{FINDING_PARTS['statement'][2]:g}, how it showed up in this case "
            f"{FINDING_PARTS['case_evidence'][2]:g}, not a one-off "
            f"{FINDING_PARTS['not_one_off'][2]:g}, why it matters "
            f"{FINDING_PARTS['why_it_matters'][2]:g}, questions for the partnership "
            f"{FINDING_PARTS['questions'][2]:g}), how far that part says what the expert's "
            "says; a stub is not a part, and only real questions count. Blame, hindsight, "
            "counterfactual wording, reflexive fixes and case-specific framing keep only part "
            f"of a part's credit; another category keeps {OTHER_CATEGORY:.0%}. The score is "
            "the sum of the matches' credit divided by the number of reference findings. "
            "Findings the reference does not have cost nothing."
        ),
        notes=[],
        coverage=round(coverage, 4),
        quality=round(quality, 4),
        reference_categories=reference_categories,
        your_categories=yours,
        items=items,
        yours=reviews,
    )
