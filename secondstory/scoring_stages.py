"""The feedback on appraisal, contributory factors and findings, and the hindsight guard."""

from __future__ import annotations

import re
from collections.abc import Sequence

from secondstory.coach import coach
from secondstory.matching import likeness, normalise, stem, words
from secondstory.models import Analysis, ExpertEpisode, TraineeFactor, TraineeFinding
from secondstory.scoring_models import (
    AppraisalFeedback,
    AppraisalItem,
    CategoryCount,
    CoachNote,
    ExpertFactorView,
    FactorComparison,
    FactorsFeedback,
    FactorsItem,
    FindingPart,
    FindingReview,
    FindingsFeedback,
    HindsightChange,
    HindsightFlag,
    ReferenceFindingItem,
    UnpairedFactor,
)
from secondstory.scoring_pairing import Pairing, stage_score
from secondstory.scoring_report import band
from secondstory.scoring_rules import (
    ALTERNATIVE_CATEGORY_CREDIT,
    COUNTED_FINDING_FLAGS,
    FACTOR_CATEGORY_WEIGHT,
    FACTOR_EVIDENCE_WEIGHT,
    FINDING_FLAG_PENALTY,
    FINDING_PARTS,
    FINDINGS_COVERAGE_WEIGHT,
    FINDINGS_QUALITY_WEIGHT,
    ExpertEpisodeIndex,
    ScenarioIndex,
    appraisal_of,
    category_credit,
    finding_texts,
)
from secondstory.vocabulary import CATEGORIES, RATING_ORDER, RATINGS, STAGES

# --- Stage 2: appraisal ---

_AGREEMENT_TEXT = {
    "same": "The same rating as the expert's.",
    "alternative": (
        "The expert rated this '{expert}', and names your rating, '{yours}', as a defensible "
        "alternative: a reasonable reviewer could say the same. Full credit."
    ),
    "adjacent": (
        "One step from the expert's rating ('{expert}') on the scale good practice, in line, "
        "below expectations: half credit. Compare your reasons with the expert's."
    ),
    "cannot_say": (
        "'Cannot say yet' earns a quarter: a reviewer has to reach a judgement on what was "
        "known at the time. The expert rated this '{expert}'."
    ),
    "different": (
        "The other end of the scale from the expert's rating ('{expert}'). Read the expert's "
        "reasoning: what was known at the time, and what did guidance ask for?"
    ),
    "not_appraised": "You did not appraise this episode, so there is no rating to compare.",
    "not_paired": (
        "None of your episodes was paired with this one, so there is no rating to compare."
    ),
}


def _coach_notes(where: str, text: str, names: Sequence[str]) -> list[CoachNote]:
    if not text.strip():
        return []
    return [
        CoachNote(
            where=where,
            text=f.text,
            start=f.start,
            end=f.end,
            kind=f.kind,
            why=f.why,
            suggestion=f.suggestion,
        )
        for f in coach(text, names)
    ]


def _id_pattern(ident: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9_-]){re.escape(ident)}(?![a-z0-9_-])")


def hindsight_flags(
    expert: ExpertEpisodeIndex, reasoning: str, notes: Sequence[CoachNote]
) -> list[HindsightFlag]:
    """Signs that an appraisal leans on what was known only later."""
    flags = [
        HindsightFlag(
            kind="wording",
            text=n.text,
            why=f"{n.why} Judge the practice by what was known at the time.",
        )
        for n in notes
        if n.kind == "hindsight"
    ]
    lowered = reasoning.lower()
    for ident in expert.later_entries:
        if _id_pattern(ident).search(lowered):
            flags.append(
                HindsightFlag(
                    kind="known_later_entry",
                    text=ident,
                    why=(
                        f"You cite {ident}, which was known only after the outcome. An appraisal "
                        "asks what could reasonably be done with what was known then."
                    ),
                )
            )
    seen: set[str] = set()
    for word in words(reasoning):
        stemmed = stem(word)
        if stemmed in expert.later_words and stemmed not in seen:
            seen.add(stemmed)
            flags.append(
                HindsightFlag(
                    kind="known_later_word",
                    text=word,
                    why=(
                        f"'{word}' appears only in what was known later (the outcome). Check "
                        "that your judgement rests on what the practitioners could know then."
                    ),
                )
            )
    return flags


def appraisal_stage(work: Pairing) -> AppraisalFeedback:
    index = work.index
    items = []
    flag_count = 0
    for e, expert in enumerate(index.episodes):
        appraisal = expert.episode.appraisal
        t = work.pair_appraisal.get(e)
        given = appraisal_of(work.trainee[t]) if t is not None else None
        agreement, credit = work.ratings[e][t] if t is not None else ("not_paired", 0.0)
        reasoning = given.reasoning if given else ""
        language = _coach_notes("reasoning", reasoning, index.names)
        hindsight = hindsight_flags(expert, reasoning, language) if reasoning.strip() else []
        flag_count += len(hindsight)
        items.append(
            AppraisalItem(
                expert_id=expert.episode.id,
                expert_title=expert.episode.title,
                trainee=work.ref(t) if t is not None else None,
                expert_rating=appraisal.rating,
                expert_alternative=appraisal.alternative,
                trainee_rating=given.rating if given else None,
                agreement=agreement,
                credit=credit,
                explanation=_AGREEMENT_TEXT[agreement].format(
                    expert=RATINGS[appraisal.rating],
                    yours=RATINGS[given.rating] if given else "",
                ),
                expert_reasoning=appraisal.reasoning,
                trainee_reasoning=reasoning,
                hindsight=hindsight,
                language=[n for n in language if n.kind != "hindsight"],
                paired_as_in_episodes=work.pair_episodes.get(e) == t,
            )
        )
    notes = []
    expert_good = sum(1 for x in index.episodes if x.episode.appraisal.rating == "good_practice")
    yours = [a for a in map(appraisal_of, work.trainee) if a is not None]
    if yours and not any(a.rating == "good_practice" for a in yours):
        notes.append(
            f"You rated no episode as good practice; the expert rated {expert_good}. Key "
            "practice episodes are neutral: say what went well and what supported it."
        )
    if flag_count:
        notes.append(
            f"{flag_count} sign(s) of hindsight in your reasoning. They are pointers, not "
            "deductions: the score counts the ratings only."
        )
    if any(not item.paired_as_in_episodes and item.trainee for item in items):
        notes.append(
            "Where one of your episodes could stand for more than one of the expert's, each "
            "stage pairs them in the way that gives you most credit, so a pairing here can "
            "differ from the episodes stage."
        )
    value = stage_score(work.pair_appraisal, lambda e, t: work.ratings[e][t][1], len(items))
    return AppraisalFeedback(
        label=STAGES["appraisal"],
        score=value,
        band=band(value),
        how_marked=(
            "For each expert episode, the rating of your paired episode against the expert's: "
            "the same rating, or the one the expert names as a defensible alternative, earns 1; "
            "one step away on the scale good practice, in line, below expectations earns 0.5; "
            "'cannot say yet' earns 0.25; the opposite rating, or no paired episode, earns 0. "
            "The score is the mean over the expert's episodes. Hindsight is flagged, not deducted."
        ),
        notes=notes,
        items=items,
    )


# --- Stage 3: contributory factors ---


def _expert_factor_views(expert: ExpertEpisode) -> list[ExpertFactorView]:
    return [
        ExpertFactorView(
            id=f.id,
            category=f.category,
            category_label=CATEGORIES[f.category],
            alternative_categories=list(f.alternative_categories),
            prompt_area=f.prompt_area,
            statement=f.statement,
            evidence=list(f.evidence),
        )
        for f in expert.factors
    ]


def _closest_factor(
    index: ScenarioIndex, candidates: Sequence[tuple[ExpertEpisodeIndex, int]], text: str
) -> tuple[ExpertEpisodeIndex, int, float] | None:
    prepared = normalise(text, index.synonyms)
    best = None
    for expert, i in candidates:
        value = likeness(prepared, expert.factor_texts[i])
        if best is None or value > best[2]:
            best = (expert, i, value)
    return best if prepared else None


def _comparison(
    index: ScenarioIndex,
    position: int,
    factor: TraineeFactor,
    candidates: Sequence[tuple[ExpertEpisodeIndex, int]],
    paired: ExpertEpisodeIndex | None,
) -> FactorComparison:
    label = CATEGORIES[factor.category]
    if paired is None:
        credit = 0.0
        note = (
            "This episode of yours is not paired with one of the expert's, so its factors do "
            "not count; the closest expert factor is shown for comparison."
        )
    else:
        credit = category_credit(paired, factor.category)
        if credit == 1.0:
            note = f"The expert also names a factor under '{label}' here."
        elif credit > 0:
            note = (
                f"The expert filed a related factor under another category but accepts "
                f"'{label}' as an alternative: part credit."
            )
        else:
            note = (
                f"The expert names no factor under '{label}' here. The categories overlap and "
                "reviewers disagree; check the expert's factors beside yours."
            )
    closest = _closest_factor(index, candidates, factor.statement)
    expert_factor = closest[0].episode.factors[closest[1]] if closest else None
    return FactorComparison(
        position=position,
        category=factor.category,
        statement=factor.statement,
        category_credit=credit,
        category_note=note,
        closest_expert_factor=expert_factor.id if expert_factor else None,
        expert_statement=expert_factor.statement if expert_factor else "",
        expert_category=expert_factor.category if expert_factor else None,
        likeness=closest[2] if closest else 0.0,
    )


def factors_stage(work: Pairing) -> FactorsFeedback:
    index = work.index
    items = []
    for e, expert in enumerate(index.episodes):
        t = work.pair_factors.get(e)
        views = _expert_factor_views(expert.episode)
        expert_cats = list(expert.main_categories)
        numbers = work.factors[e][t] if t is not None else None
        if t is None or numbers is None:
            items.append(
                FactorsItem(
                    expert_id=expert.episode.id,
                    expert_title=expert.episode.title,
                    trainee=None,
                    credit=0.0,
                    recall=0.0,
                    precision=0.0,
                    f1=0.0,
                    evidence_recall=0.0,
                    expert_categories=expert_cats,
                    trainee_categories=[],
                    categories_shared=[],
                    categories_alternative=[],
                    categories_missed=expert_cats,
                    categories_extra=[],
                    evidence_shared=[],
                    evidence_missed=list(expert.evidence),
                    expert_factors=views,
                    your_factors=[],
                    expert_local_rationality=expert.episode.local_rationality,
                    trainee_local_rationality="",
                    paired_as_in_episodes=work.pair_episodes.get(e) is None,
                )
            )
            continue
        episode = work.trainee[t]
        yours = list(dict.fromkeys(f.category for f in episode.factors))
        candidates = [(expert, i) for i in range(len(expert.episode.factors))]
        items.append(
            FactorsItem(
                expert_id=expert.episode.id,
                expert_title=expert.episode.title,
                trainee=work.ref(t),
                credit=round(numbers.credit, 4),
                recall=round(numbers.recall, 4),
                precision=round(numbers.precision, 4),
                f1=round(numbers.f1, 4),
                evidence_recall=round(numbers.evidence_recall, 4),
                expert_categories=expert_cats,
                trainee_categories=yours,
                categories_shared=[c for c in expert_cats if c in yours],
                categories_alternative=[
                    c
                    for c in yours
                    if c not in expert.alternatives and c in expert.all_alternatives
                ],
                categories_missed=[c for c in expert_cats if c not in yours],
                categories_extra=[
                    c
                    for c in yours
                    if c not in expert.alternatives and c not in expert.all_alternatives
                ],
                evidence_shared=list(numbers.evidence_shared),
                evidence_missed=[r for r in expert.evidence if r not in numbers.evidence_shared],
                expert_factors=views,
                your_factors=[
                    _comparison(index, i, f, candidates, expert)
                    for i, f in enumerate(episode.factors)
                ],
                expert_local_rationality=expert.episode.local_rationality,
                trainee_local_rationality=episode.local_rationality,
                paired_as_in_episodes=work.pair_episodes.get(e) == t,
            )
        )
    paired = set(work.pair_factors.values())
    everything = [(x, i) for x in index.episodes for i in range(len(x.episode.factors))]
    unpaired = []
    for t in sorted(set(range(len(work.trainee))) - paired, key=lambda t: work.order[t]):
        for i, factor in enumerate(work.trainee[t].factors):
            comparison = _comparison(index, i, factor, everything, None)
            owner = next(
                (
                    x.episode.id
                    for x in index.episodes
                    if any(f.id == comparison.closest_expert_factor for f in x.episode.factors)
                ),
                None,
            )
            unpaired.append(
                UnpairedFactor(trainee=work.ref(t), comparison=comparison, expert_episode=owner)
            )
    counts = [
        CategoryCount(
            category=c,
            label=label,
            yours=sum(1 for ep in work.trainee for f in ep.factors if f.category == c),
            expert=sum(1 for x in index.episodes for f in x.episode.factors if f.category == c),
        )
        for c, label in CATEGORIES.items()
    ]
    value = stage_score(
        work.pair_factors,
        lambda e, t: work.factors[e][t].credit if work.factors[e][t] else 0.0,
        len(items),
    )
    return FactorsFeedback(
        label=STAGES["factors"],
        score=value,
        band=band(value),
        how_marked=(
            "For each expert episode, your paired episode's factors: recall (the share of the "
            "expert's categories you named; a category the expert accepts as an alternative "
            f"counts {ALTERNATIVE_CATEGORY_CREDIT:g}) and precision (the share of your categories "
            "the expert used, alternatives counting the same part), combined as F1; and evidence "
            "recall (the share of the expert's evidence your factors or your episode cite). "
            f"Credit = {FACTOR_CATEGORY_WEIGHT:g} x F1 + {FACTOR_EVIDENCE_WEIGHT:g} x evidence "
            "recall; an episode with no factors earns 0. The score is the mean over the expert's "
            "episodes. The text likeness of each factor is shown as a pointer only; it does not "
            "count."
        ),
        notes=[],
        items=items,
        unpaired=unpaired,
        category_counts=counts,
    )


# --- Stage 4: findings ---


def review_finding(index: ScenarioIndex, position: int, finding: TraineeFinding) -> FindingReview:
    present = {
        "statement": bool(finding.statement.strip()),
        "case_evidence": bool(finding.case_evidence.strip()),
        "not_one_off": bool(finding.not_one_off.strip()),
        "why_it_matters": bool(finding.why_it_matters.strip()),
        "questions": any(q.strip() for q in finding.questions),
    }
    parts = [
        FindingPart(
            part=key, label=label, present=present[key], message="" if present[key] else msg
        )
        for key, (label, msg) in FINDING_PARTS.items()
    ]
    flags = []
    texts = finding_texts(finding.statement, finding.why_it_matters, finding.questions)
    for where, text in texts:
        for note in _coach_notes(where, text, index.names):
            counted = (
                note.kind in COUNTED_FINDING_FLAGS
                and (note.kind, note.text.lower()) not in index.reference_flags
            )
            flags.append(note.model_copy(update={"counted": counted}))
    counted_kinds = {f.kind for f in flags if f.counted}
    quality = sum(present.values()) / len(present) - FINDING_FLAG_PENALTY * len(counted_kinds)
    quality = round(max(0.0, quality), 4)
    missing = [FINDING_PARTS[p][0].lower() for p, ok in present.items() if not ok]
    explanation = []
    if missing:
        explanation.append(f"Missing: {', '.join(missing)}.")
    if "case_specific" in counted_kinds:
        explanation.append(
            "It is framed around this case's people: name the pattern that would recur with "
            "other families and other workers."
        )
    if "reflexive_fix" in counted_kinds:
        explanation.append(
            "It reaches for a reflexive fix: ask what made the work hard to do well, and put "
            "that as a question for the partnership."
        )
    if not explanation:
        explanation.append("All five parts are there, framed as a pattern in the system.")
    in_reference = finding.category in {f.category for f in index.scenario.expert.findings}
    if finding.category is None:
        explanation.append("Choose a category so that the finding can be compared.")
    elif not in_reference:
        explanation.append(
            f"The reference has no finding under '{CATEGORIES[finding.category]}'. That does "
            "not make yours wrong: a reviewer may defend a pattern the reference did not pick."
        )
    return FindingReview(
        position=position,
        statement=finding.statement,
        category=finding.category,
        category_in_reference=in_reference,
        parts=parts,
        flags=flags,
        quality=quality,
        explanation=" ".join(explanation),
    )


def findings_stage(index: ScenarioIndex, analysis: Analysis) -> FindingsFeedback:
    reference = index.scenario.expert.findings
    reviews = [review_finding(index, i, f) for i, f in enumerate(analysis.findings)]
    prepared = [normalise(f.statement, index.synonyms) for f in analysis.findings]
    reference_categories = list(dict.fromkeys(f.category for f in reference))
    yours = list(dict.fromkeys(f.category for f in analysis.findings if f.category))
    items = []
    for r, finding in enumerate(reference):
        alike = [likeness(p, index.finding_texts[r]) for p in prepared]
        same = [i for i, f in enumerate(analysis.findings) if f.category == finding.category]
        best = max(same, key=lambda i: (reviews[i].quality, alike[i], -i), default=None)
        others = [i for i in range(len(prepared)) if i not in same]
        closest = max(others, key=lambda i: (alike[i], -i), default=None)
        label = CATEGORIES[finding.category]
        if best is not None:
            explanation = (
                f"Your finding {best + 1} is under the same category, '{label}' "
                f"(quality {reviews[best].quality:.2f}). Set your wording beside the expert's."
            )
        else:
            explanation = f"You wrote no finding under '{label}'. The expert's is shown in full."
            if closest is not None and alike[closest] >= 0.5:
                explanation += (
                    f" Your finding {closest + 1} reads closest to it (likeness "
                    f"{alike[closest]:.2f}) but you filed it under another category: the "
                    "categories overlap, so check which fits best."
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
                yours=best,
                your_statement=analysis.findings[best].statement if best is not None else "",
                likeness=alike[best] if best is not None else 0.0,
                quality=reviews[best].quality if best is not None else 0.0,
                closest_other=closest if best is None else None,
                closest_other_likeness=alike[closest]
                if best is None and closest is not None
                else 0.0,
                explanation=explanation,
            )
        )
    coverage = sum(1 for c in reference_categories if c in yours) / len(reference_categories)
    quality = sum(item.quality for item in items) / len(items)
    value = round(
        min(1.0, FINDINGS_COVERAGE_WEIGHT * coverage + FINDINGS_QUALITY_WEIGHT * quality), 4
    )
    return FindingsFeedback(
        label=STAGES["findings"],
        score=value,
        band=band(value),
        how_marked=(
            f"{FINDINGS_COVERAGE_WEIGHT:g} x coverage (the share of the reference's finding "
            f"categories you wrote a finding under) + {FINDINGS_QUALITY_WEIGHT:g} x quality (for "
            "each reference finding, the best of your findings in its category: a fifth for each "
            f"of the five parts present, less {FINDING_FLAG_PENALTY:g} for case-specific framing "
            f"and {FINDING_FLAG_PENALTY:g} for a reflexive fix; then the mean)."
        ),
        notes=[],
        coverage=round(coverage, 4),
        quality=round(quality, 4),
        reference_categories=reference_categories,
        your_categories=yours,
        items=items,
        yours=reviews,
    )


# --- The hindsight guard ---


def hindsight_changes(work: Pairing) -> list[HindsightChange]:
    paired = {t: e for e, t in work.pair_appraisal.items()}
    out = []
    for t in sorted(range(len(work.trainee)), key=lambda t: work.order[t]):
        episode = work.trainee[t]
        after = episode.appraisal_after_reveal
        if after is None:
            continue
        before = episode.appraisal.rating if episode.appraisal else None
        if before == after.rating:
            direction = "same"
        elif before in RATING_ORDER and after.rating in RATING_ORDER:
            harsher = RATING_ORDER.index(after.rating) > RATING_ORDER.index(before)
            direction = "harsher" if harsher else "kinder"
        else:
            direction = "other"
        expert = work.index.episodes[paired[t]].episode if t in paired else None
        out.append(
            HindsightChange(
                trainee=work.ref(t),
                before=before,
                after=after.rating,
                reasoning_before=episode.appraisal.reasoning if episode.appraisal else "",
                reasoning_after=after.reasoning,
                direction=direction,
                expert_rating=expert.appraisal.rating if expert else None,
                explanation=_CHANGE_TEXT[direction],
            )
        )
    return out


_CHANGE_TEXT = {
    "same": (
        "Your rating held once the outcome was known: a sign that you judged the practice by "
        "what was known at the time."
    ),
    "harsher": (
        "Your rating became harsher once you knew the outcome. The practice did not change, only "
        "what you knew: that is outcome bias. Judge the decision by what could be known then."
    ),
    "kinder": (
        "Your rating became kinder after the outcome was revealed. Check what moved you: new "
        "information about the practice itself, or the outcome?"
    ),
    "other": (
        "You moved to or from 'cannot say yet'. Knowing the outcome should not be what settles "
        "a judgement of practice at the time."
    ),
}
