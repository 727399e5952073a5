"""Checks across a whole scenario that the per-field models cannot make.

Each check returns problems as (key path, message); the loader turns the path into a line of the
author's file. Checks: ids unique, every reference resolves, dates in order and in the period,
at least one good-practice episode, categories of findings valid, synonyms and key points the
marking can use, conversation practice material that can be used (no wording twice, a guarded
reply wherever there are intents and the other way round), and, when the author asks, no entry in
two expert episodes (the models check the rest).

`warnings` finds what is probably a mistake but may be meant (a hindsight leak, a record hidden by
a later entry, an abbreviation nobody explains, practice material for only some parts of a
conversation, an intent that is not an open question, a distractor that is one); `shared_names`
warns across a library of scenarios. Warnings never stop a file
loading.
"""

from __future__ import annotations

from collections.abc import Iterator

from secondstory import learn
from secondstory.matching import compile_synonyms, content_words, words
from secondstory.models import Scenario
from secondstory.questions import classify
from secondstory.vocabulary import CONVERSATION_PARTS, HONORIFICS

Problem = tuple[tuple[str | int, ...], str]


def check(scenario: Scenario) -> list[Problem]:
    problems: list[Problem] = []
    problems += _unique_ids(scenario)
    problems += _references(scenario)
    problems += _dates(scenario)
    problems += _reference_balance(scenario)
    problems += _synonyms(scenario)
    problems += _key_points(scenario)
    problems += _separate_episodes(scenario)
    problems += _practice_material(scenario)
    return problems


def warnings(scenario: Scenario) -> list[Problem]:
    """What is probably a mistake in a scenario that loads: reported, never refused."""
    found: list[Problem] = []
    found += _incident_not_held_back(scenario)
    found += _records_hidden_by_later_entries(scenario)
    found += _outcome_named_early(scenario)
    found += _unexplained_abbreviations(scenario)
    found += _practice_incomplete(scenario)
    found += _practice_styles(scenario)
    return found


def _unexplained_abbreviations(scenario: Scenario) -> list[Problem]:
    return [
        (
            path,
            f"'{found}' looks like an abbreviation that neither the app's glossary nor this case "
            "explains: spell it out where it is first used, list it under `abbreviations`, or "
            "add it to the glossary (secondstory/learn.py)",
        )
        for path, found in learn.unexplained_abbreviations(scenario)
    ]


def _id_owners(scenario: Scenario) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every authored id with the path of the item that declares it."""
    for i, person in enumerate(scenario.people.family):
        yield ("people", "family", i, "id"), person.id
    for i, person in enumerate(scenario.people.practitioners):
        yield ("people", "practitioners", i, "id"), person.id
    for i, agency in enumerate(scenario.agencies):
        yield ("agencies", i, "id"), agency.id
    for i, entry in enumerate(scenario.chronology):
        yield ("chronology", i, "id"), entry.id
    for i, record in enumerate(scenario.records):
        yield ("records", i, "id"), record.id
    for i, conversation in enumerate(scenario.conversations):
        yield ("conversations", i, "id"), conversation.id
    if scenario.family_contribution and scenario.family_contribution.id:
        yield ("family_contribution", "id"), scenario.family_contribution.id
    for i, episode in enumerate(scenario.expert.episodes):
        yield ("expert", "episodes", i, "id"), episode.id
        for j, factor in enumerate(episode.factors):
            yield ("expert", "episodes", i, "factors", j, "id"), factor.id
    for i, finding in enumerate(scenario.expert.findings):
        yield ("expert", "findings", i, "id"), finding.id
    for i, pitfall in enumerate(scenario.expert.pitfalls):
        yield ("expert", "pitfalls", i, "id"), pitfall.id
    for i, sample in enumerate(scenario.samples):
        yield ("samples", i, "id"), sample.id


def _unique_ids(scenario: Scenario) -> list[Problem]:
    first_seen: dict[str, tuple[str | int, ...]] = {}
    problems: list[Problem] = []
    for path, ident in _id_owners(scenario):
        if ident in first_seen:
            where = _describe(first_seen[ident])
            problems.append((path, f"duplicate id '{ident}' (already used at {where})"))
        else:
            first_seen[ident] = path
    return problems


def _describe(path: tuple[str | int, ...]) -> str:
    return "".join(
        f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in enumerate(path)
    )


def evidence_ids(scenario: Scenario) -> set[str]:
    """Every id a factor may cite as evidence: entries, records, conversations and their parts,
    and the family contribution when it has an id."""
    ids = {entry.id for entry in scenario.chronology} | {record.id for record in scenario.records}
    for conversation in scenario.conversations:
        ids.add(conversation.id)
        ids.update(f"{conversation.id}.{part}" for part in CONVERSATION_PARTS)
    if scenario.family_contribution and scenario.family_contribution.id:
        ids.add(scenario.family_contribution.id)
    return ids


def _unknown_evidence(scenario: Scenario, ref: str) -> str:
    """The message for evidence that does not resolve, saying what a conversation's parts are."""
    conversation, _, part = ref.partition(".")
    if part and conversation in {c.id for c in scenario.conversations}:
        return (
            f"unknown evidence '{ref}': conversation '{conversation}' has no part '{part}' "
            f"(its parts are {', '.join(CONVERSATION_PARTS)})"
        )
    return f"unknown evidence '{ref}'"


def _references(scenario: Scenario) -> list[Problem]:
    people = {p.id for p in scenario.people.family} | {p.id for p in scenario.people.practitioners}
    practitioners = {p.id for p in scenario.people.practitioners}
    agencies = {a.id for a in scenario.agencies}
    entries = {e.id for e in scenario.chronology}
    evidence = evidence_ids(scenario)
    episodes = {e.id for e in scenario.expert.episodes}
    problems: list[Problem] = []

    def need(path: tuple[str | int, ...], value: str | None, known: set[str], what: str) -> None:
        if value is not None and value not in known:
            message = (
                _unknown_evidence(scenario, value)
                if what == "evidence"
                else f"unknown {what} '{value}'"
            )
            problems.append((path, message))

    def joint(path: tuple[str | int, ...], item) -> None:
        for j, agency in enumerate(item.joint_with):
            if agency == item.agency:
                problems.append(((*path, "joint_with", j), f"'{agency}' is already the agency"))
            else:
                need((*path, "joint_with", j), agency, agencies, "agency")

    for i, person in enumerate(scenario.people.practitioners):
        need(("people", "practitioners", i, "agency"), person.agency, agencies, "agency")
    for i, entry in enumerate(scenario.chronology):
        need(("chronology", i, "agency"), entry.agency, agencies, "agency")
        joint(("chronology", i), entry)
        for j, who in enumerate(entry.people):
            need(("chronology", i, "people", j), who, people, "person")
        for j, agency in enumerate(entry.known_to):
            need(("chronology", i, "known_to", j), agency, agencies, "agency")
        for agency in entry.told:
            if agency not in entry.known_to:
                problems.append(
                    (("chronology", i, "told", agency), f"'{agency}' is not in known_to")
                )
    for i, record in enumerate(scenario.records):
        need(("records", i, "agency"), record.agency, agencies, "agency")
        joint(("records", i), record)
        need(("records", i, "author"), record.author, practitioners, "practitioner")
        for j, agency in enumerate(record.shared_with):
            need(("records", i, "shared_with", j), agency, agencies, "agency")
        for j, ref in enumerate(record.entries):
            need(("records", i, "entries", j), ref, entries, "chronology entry")
    for i, conversation in enumerate(scenario.conversations):
        need(
            ("conversations", i, "practitioner"),
            conversation.practitioner,
            practitioners,
            "practitioner",
        )
        for part in CONVERSATION_PARTS:
            for j, ref in enumerate(getattr(conversation, part).cites):
                need(("conversations", i, part, "cites", j), ref, entries, "chronology entry")
    if scenario.family_contribution:
        for j, who in enumerate(scenario.family_contribution.who):
            need(("family_contribution", "who", j), who, people, "person")
    for i, episode in enumerate(scenario.expert.episodes):
        base = ("expert", "episodes", i)
        for j, ref in enumerate(episode.entries):
            need((*base, "entries", j), ref, entries, "chronology entry")
        for key in ("core_entries", "core_any"):
            for j, ref in enumerate(getattr(episode, key)):
                if ref not in episode.entries:
                    problems.append(
                        ((*base, key, j), f"core entry '{ref}' is not in the episode's entries")
                    )
        for j, factor in enumerate(episode.factors):
            for k, ref in enumerate(factor.evidence):
                need((*base, "factors", j, "evidence", k), ref, evidence, "evidence")
    for i, finding in enumerate(scenario.expert.findings):
        for j, ref in enumerate(finding.episodes):
            need(("expert", "findings", i, "episodes", j), ref, episodes, "episode")
    for i, sample in enumerate(scenario.samples):
        if sample.band.min > sample.band.max:
            problems.append((("samples", i, "band"), "band min is greater than max"))
        if sample.analysis.scenario and sample.analysis.scenario != scenario.id:
            problems.append(
                (
                    ("samples", i, "analysis", "scenario"),
                    f"sample is for '{sample.analysis.scenario}'",
                )
            )
        base = ("samples", i, "analysis")
        sample_episodes = {e.id for e in sample.analysis.episodes if e.id}
        citable = evidence | {c.id for c in scenario.conversations}
        for j, episode in enumerate(sample.analysis.episodes):
            for k, ref in enumerate(episode.entries):
                need((*base, "episodes", j, "entries", k), ref, entries, "chronology entry")
            for k, factor in enumerate(episode.factors):
                for m, ref in enumerate(factor.evidence):
                    need(
                        (*base, "episodes", j, "factors", k, "evidence", m),
                        ref,
                        citable,
                        "evidence",
                    )
        for j, finding in enumerate(sample.analysis.findings):
            for k, ref in enumerate(finding.episodes):
                need((*base, "findings", j, "episodes", k), ref, sample_episodes, "sample episode")
    return problems


def _dates(scenario: Scenario) -> list[Problem]:
    period = scenario.setting.period
    problems: list[Problem] = []
    if period.start > period.end:
        problems.append((("setting", "period", "end"), "the period ends before it starts"))
    previous = None
    for i, entry in enumerate(scenario.chronology):
        stamp = (entry.date, entry.time or "")
        if previous is not None and stamp < previous:
            problems.append(
                (
                    ("chronology", i, "date"),
                    f"entry '{entry.id}' is out of date order (entries go oldest first)",
                )
            )
        previous = stamp
        if entry.date < period.start and not entry.background:
            problems.append(
                (
                    ("chronology", i, "date"),
                    f"entry '{entry.id}' is before the review period; mark it 'background: true'",
                )
            )
        if entry.date > period.end and not entry.known_later:
            problems.append(
                (
                    ("chronology", i, "date"),
                    f"entry '{entry.id}' is after the review period; mark it 'known_later: true'",
                )
            )
    seen_later = False
    for i, entry in enumerate(scenario.chronology):
        if entry.known_later:
            seen_later = True
        elif seen_later:
            problems.append(
                (
                    ("chronology", i, "known_later"),
                    f"entry '{entry.id}' comes after an entry known only later; mark it 'known_later: true'",
                )
            )
    return problems


def _reference_balance(scenario: Scenario) -> list[Problem]:
    ratings = [episode.appraisal.rating for episode in scenario.expert.episodes]
    if "good_practice" not in ratings:
        return [
            (
                ("expert", "episodes"),
                "no episode is appraised as good practice; the method asks for good practice too",
            )
        ]
    return []


def _synonyms(scenario: Scenario) -> list[Problem]:
    """A synonym the matcher cannot use (only common words such as 'the' or 'of')."""
    problems: list[Problem] = []
    for key, alternatives in scenario.expert.synonyms.items():
        for text in [key, *alternatives]:
            if not compile_synonyms({text: []}).table:
                problems.append(
                    (
                        ("expert", "synonyms", key),
                        f"synonym '{text}' has only common words, so marking cannot use it",
                    )
                )
    return problems


def _key_points(scenario: Scenario) -> list[Problem]:
    """A key point none of whose wordings is in the expert's own text: the marking counts a
    point only where the reference itself makes it, so the reference still scores 1."""
    problems: list[Problem] = []
    items: list[tuple[tuple[str | int, ...], str, list]] = []
    for e, episode in enumerate(scenario.expert.episodes):
        for f, factor in enumerate(episode.factors):
            path = ("expert", "episodes", e, "factors", f, "key_points")
            items.append((path, factor.statement, factor.key_points))
    for f, finding in enumerate(scenario.expert.findings):
        items.append(
            (("expert", "findings", f, "key_points"), finding.statement, finding.key_points)
        )
    for path, statement, points in items:
        said = set(content_words(statement))
        for k, point in enumerate(points):
            if not any(
                set(content_words(w)) <= said and content_words(w) for w in point.wordings()
            ):
                problems.append(
                    (
                        (*path, k),
                        f"key point '{point.point}' is not worded in the statement, so the "
                        "marking cannot use it: use the statement's own words (other wordings "
                        "go in its synonyms)",
                    )
                )
    return problems


def _separate_episodes(scenario: Scenario) -> list[Problem]:
    """When the author says so (`separate_episodes: true`), no entry is in two expert episodes."""
    if not scenario.expert.separate_episodes:
        return []
    owner: dict[str, str] = {}
    problems: list[Problem] = []
    for i, episode in enumerate(scenario.expert.episodes):
        for j, ref in enumerate(episode.entries):
            if ref in owner and owner[ref] != episode.id:
                problems.append(
                    (
                        ("expert", "episodes", i, "entries", j),
                        f"entry '{ref}' is also in episode '{owner[ref]}'; this scenario says no "
                        "entry belongs to two episodes (separate_episodes: true)",
                    )
                )
            owner.setdefault(ref, episode.id)
    return problems


# --- Warnings ---


def _incident_not_held_back(scenario: Scenario) -> list[Problem]:
    """The incident is the first entry known only later or, failing one, the period's end:
    an entry on or after it that is not held back is a hindsight leak."""
    later = [entry.date for entry in scenario.chronology if entry.known_later]
    incident = min([scenario.setting.period.end, *later])
    return [
        (
            ("chronology", i, "known_later"),
            f"entry '{entry.id}' is dated {entry.date:%Y-%m-%d}, on or after the incident "
            f"({incident:%Y-%m-%d}), but is not held back, so trainees see it from the start; "
            "mark it 'known_later: true' if it was known only later",
        )
        for i, entry in enumerate(scenario.chronology)
        if entry.date >= incident and not entry.known_later and not entry.background
    ]


def _records_hidden_by_later_entries(scenario: Scenario) -> list[Problem]:
    later = {entry.id for entry in scenario.chronology if entry.known_later}
    problems: list[Problem] = []
    for i, record in enumerate(scenario.records):
        if record.known_later:
            continue
        for j, ref in enumerate(record.entries):
            if ref in later:
                problems.append(
                    (
                        ("records", i, "entries", j),
                        f"record '{record.id}' stays hidden until the outcome is revealed, "
                        f"because it is linked to entry '{ref}', known only later; mark the "
                        "record 'known_later: true' to say so, or link it to earlier entries only",
                    )
                )
                break
    return problems


def _words_known_only_later(scenario: Scenario) -> set[str]:
    """Words of the entries known only later that the outcome also uses (which keeps out
    procedural words such as 'review') and that nothing a trainee reads before the reveal uses:
    visible entries (with what each agency was told of them) and records, conversations, the
    people, the agencies and the setting."""
    visible: set[str] = set()
    later: set[str] = set()
    for entry in scenario.chronology:
        words_here = content_words(f"{entry.title} {entry.what_happened} {entry.recorded}")
        (later if entry.known_later else visible).update(words_here)
        if not entry.known_later:
            visible.update(content_words(" ".join(entry.told.values())))
    hidden = {entry.id for entry in scenario.chronology if entry.known_later}
    for record in scenario.records:
        if not record.known_later and not hidden & set(record.entries):
            visible.update(content_words(f"{record.title} {record.text}"))
    for conversation in scenario.conversations:
        for part in CONVERSATION_PARTS:
            visible.update(content_words(getattr(conversation, part).text))
    for member in scenario.people.family:
        about = [member.name, member.relationship, member.description, *member.child_voice]
        visible.update(content_words(" ".join(about)))
    for practitioner in scenario.people.practitioners:
        visible.update(content_words(f"{practitioner.name} {practitioner.role}"))
    for agency in scenario.agencies:
        visible.update(content_words(f"{agency.name} {agency.description}"))
    visible.update(content_words(f"{scenario.setting.area} {scenario.setting.description}"))
    outcome = set(content_words(scenario.outcome))
    if outcome:
        later &= outcome
    return {word for word in later - visible if len(word) >= 4}


def _framing_texts(scenario: Scenario) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """The texts that frame the case, which a trainee reads before anything else: the library
    card and the review's reason and aims (content notes must name the subject, so they are
    left out)."""
    yield ("title",), scenario.title
    yield ("summary",), scenario.summary
    for i, objective in enumerate(scenario.learning_objectives):
        yield ("learning_objectives", i), objective
    yield ("review_context", "description"), scenario.review_context.description


def _outcome_named_early(scenario: Scenario) -> list[Problem]:
    later = _words_known_only_later(scenario)
    problems: list[Problem] = []
    for path, text in _framing_texts(scenario):
        named = list(dict.fromkeys(w for w in words(text) if set(content_words(w)) & later))
        if named:
            quoted = ", ".join(f"'{w}'" for w in named)
            problems.append(
                (
                    path,
                    f"{quoted} {'appears' if len(named) == 1 else 'appear'} only in what is "
                    "known later (entries known only later and the outcome), so this "
                    "always-visible text gives the outcome away",
                )
            )
    return problems


def full_name(name: str) -> str | None:
    """A person's full name for comparing across scenarios (no titles, any case), or None for
    a single name such as 'Ava', which different cases may well share."""
    parts = [w for w in name.casefold().split() if w.strip(".") not in HONORIFICS]
    return " ".join(parts) if len(parts) >= 2 else None


def named_people(scenario: Scenario) -> Iterator[tuple[tuple[str | int, ...], str, str]]:
    """(path of the person, full name to compare, name as written) for everyone in the
    scenario with a full name."""
    for group in ("family", "practitioners"):
        for i, person in enumerate(getattr(scenario.people, group)):
            name = full_name(person.name)
            if name:
                yield ("people", group, i), name, person.name


def _practice_material(scenario: Scenario) -> list[Problem]:
    problems: list[Problem] = []
    for i, conversation in enumerate(scenario.conversations):
        questions: list[tuple[tuple[str | int, ...], str]] = []
        for part in CONVERSATION_PARTS:
            section = conversation.part(part)
            path: tuple[str | int, ...] = ("conversations", i, part)
            questions += [((*path, "intents", j), w) for j, w in enumerate(section.intents)]
            if section.intents and not section.guarded_reply:
                problems.append(
                    (
                        (*path, "intents"),
                        "add a 'guarded_reply' beside the intents: what the practitioner says to "
                        "a leading, closed or blaming question about this part",
                    )
                )
            if section.guarded_reply and not section.intents:
                problems.append(
                    (
                        (*path, "guarded_reply"),
                        "add 'intents' beside the guarded reply: a few wordings of an open "
                        "question that draws this part out",
                    )
                )
        questions += [
            (("conversations", i, "distractors", j, "question"), d.question)
            for j, d in enumerate(conversation.distractors)
        ]
        seen: dict[str, tuple[str | int, ...]] = {}
        for path, wording in questions:
            key = " ".join(wording.casefold().split())
            if key in seen:
                where = _describe(seen[key])
                problems.append((path, f"'{wording}' is already a question at {where}"))
            seen.setdefault(key, path)
    return problems


def _practice_incomplete(scenario: Scenario) -> list[Problem]:
    problems: list[Problem] = []
    for i, conversation in enumerate(scenario.conversations):
        has = [p for p in CONVERSATION_PARTS if conversation.part(p).intents]
        if has and not conversation.practice_ready:
            missing = ", ".join(p for p in CONVERSATION_PARTS if p not in has)
            problems.append(
                (
                    ("conversations", i, "id"),
                    f"practice material is missing for {missing}: the case is offered for "
                    "conversation practice only when every part of every conversation has "
                    "intents and a guarded reply",
                )
            )
    return problems


def _practice_styles(scenario: Scenario) -> list[Problem]:
    problems: list[Problem] = []
    for i, conversation in enumerate(scenario.conversations):
        for part in CONVERSATION_PARTS:
            for j, wording in enumerate(conversation.part(part).intents):
                style = classify(wording)
                if style.style != "open":
                    problems.append(
                        (
                            ("conversations", i, part, "intents", j),
                            f"this reads as a {style.style} question ({style.reason.lower()}); "
                            "an intent should be an open question that draws the part out",
                        )
                    )
        for j, distractor in enumerate(conversation.distractors):
            if classify(distractor.question).style == "open":
                problems.append(
                    (
                        ("conversations", i, "distractors", j, "question"),
                        "this reads as an open question; a distractor should be one a reviewer "
                        "would avoid (closed, leading, hindsight or blaming)",
                    )
                )
    return problems
