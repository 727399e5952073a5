"""Drawing the case file: overview, filters, the chronology as cards, an entry in full, records
and conversations; each view shows the whole picture or what one agency held or was told."""

from __future__ import annotations

import datetime as dt
from collections.abc import Set

import streamlit as st

from components.entry_links import linked, linked_text
from components.text import labelled, literal
from secondstory import casefile
from secondstory.agency_view import as_seen, conversation_seen
from secondstory.models import Analysis, Entry, Scenario
from secondstory.network import network_svg
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import AGENCY_TYPES, CONVERSATION_PARTS, RECORD_TYPES, REVIEW_KINDS

WHOLE_PICTURE = "All agencies (the whole picture)"


def hindsight_banner(scenario: Scenario, analysis: Analysis) -> None:
    hidden = casefile.hidden_later_count(scenario)
    if analysis.outcome_revealed:
        st.warning(
            "The outcome has been revealed: entries known only later are now shown. Remember that "
            "the practitioners did not know them at the time."
        )
    elif hidden:
        st.info(
            f"Hindsight guard: {hidden} entries known only later (the incident and after) are "
            "hidden until you have appraised your episodes. Judge practice by what was known then."
        )


def overview(scenario: Scenario, analysis: Analysis) -> None:
    left, right = st.columns([3, 2])
    with left:
        st.subheader("The review")
        labelled("Review", REVIEW_KINDS[scenario.review_context.kind])
        literal(scenario.review_context.description)
        period = scenario.setting.period
        labelled("Area", scenario.setting.area)
        labelled("Period under review", f"{period.start:%d %B %Y} to {period.end:%d %B %Y}")
        if scenario.setting.description:
            literal(scenario.setting.description)
        if analysis.outcome_revealed and scenario.outcome:
            st.subheader("Outcome")
            literal(scenario.outcome)
        if analysis.outcome_revealed and scenario.family_contribution:
            st.subheader("The family's contribution to the review")
            literal(scenario.family_contribution.text)
    with right:
        st.subheader("The family")
        for member in scenario.people.family:
            age = f", {member.age}" if member.age else ""
            st.markdown(
                f"**{escape_markdown(member.name)}** · {escape_markdown(member.relationship + age)}"
            )
            if member.description:
                literal(member.description, caption=True)
            for words in member.child_voice:
                st.markdown(f"> {escape_markdown(words)}")
    st.subheader("Family and professional network")
    st.image(
        network_svg(scenario),
        width="content",
        alt="Diagram of the family and of each agency with its practitioners; the same people "
        "are listed in the table below.",
    )
    st.caption(
        "The family, and each agency with its practitioners. Enlarge the picture with its "
        "full-screen button; the same people are listed under 'The family' and in the table."
    )
    st.markdown(_practitioners_table(scenario))
    st.subheader("Agencies")
    for agency in scenario.agencies:
        st.markdown(
            f"- **{escape_markdown(agency.name)}** ({AGENCY_TYPES.get(agency.type, agency.type)})"
        )


def _practitioners_table(scenario: Scenario) -> str:
    """The practitioners as a Markdown table (light: no data-grid component on the first tab)."""
    lines = ["| Practitioner | Role | Agency |", "| --- | --- | --- |"]
    for p in scenario.people.practitioners:
        cells = (p.name, p.role, casefile.agency_name(scenario, p.agency))
        lines.append("| " + " | ".join(escape_markdown(c) for c in cells) + " |")
    return "\n".join(lines)


def agency_picker(scenario: Scenario) -> str | None:
    """The view 'as one agency saw it', for the whole case file."""
    names = {a.id: a.name for a in scenario.agencies}
    return st.selectbox(
        "As one agency saw it",
        [None, *names],
        format_func=lambda a: WHOLE_PICTURE if a is None else names[a],
        key="seen_by",
        help="Only what the chosen agency held or was told at the time: its own entries and "
        "records, records shared with it, and what it was told of other agencies' work.",
    )


def chronology_filters(
    scenario: Scenario, analysis: Analysis, key: str, seen_by: str | None
) -> casefile.ChronologyFilter:
    """Filter controls; the hindsight guard is applied from the analysis, not chosen here."""
    agency_names = {a.id: a.name for a in scenario.agencies}
    people = {p.id: p.name for p in scenario.people.family + scenario.people.practitioners}
    period = scenario.setting.period
    first = min(e.date for e in scenario.chronology)
    shown = [e.date for e in scenario.chronology if analysis.outcome_revealed or not e.known_later]
    last = max(shown, default=first)
    last = max(last, first + dt.timedelta(days=1))  # a slider needs two different ends
    with st.expander("Search and filter", expanded=False):
        text = st.text_input("Search the text", key=f"{key}_text", max_chars=100)
        cols = st.columns(2)
        agencies = cols[0].multiselect(
            "Agencies", list(agency_names), format_func=agency_names.get, key=f"{key}_agencies"
        )
        chosen_people = cols[1].multiselect(
            "People", list(people), format_func=people.get, key=f"{key}_people"
        )
        known_at = st.slider(
            "Known at the time: show entries up to",
            min_value=first,
            max_value=last,
            value=last,
            format="DD MMM YYYY",
            key=f"{key}_known_at",
            help=f"The review period runs from {period.start:%d %b %Y} to {period.end:%d %b %Y}.",
        )
    return casefile.ChronologyFilter(
        text=text,
        agencies=tuple(agencies),
        people=tuple(chosen_people),
        seen_by=seen_by,
        known_at=known_at if known_at < last else None,
        show_later=analysis.outcome_revealed,
    )


def chronology_cards(scenario: Scenario, entries: list[Entry], seen_by: str | None) -> None:
    """The chronology as stacked cards, one short paragraph per entry: readable on a phone."""
    cards = []
    for item in entries:
        when = casefile.day(item.date) + (f", {item.time}" if item.time else "")
        note = " · *background*" if item.background else ""
        note = " · *known only later*" if item.known_later else note
        cards.append(
            f"**{escape_markdown(item.id)}** · {escape_markdown(when)} · "
            f"{escape_markdown(casefile.made_by(scenario, item))}{note}  \n"
            f"{escape_markdown(as_seen(item, seen_by).title)}"
        )
    st.markdown("\n\n".join(cards))


def entry_picker(
    scenario: Scenario, entries: list[Entry], seen_by: str | None, key: str
) -> Entry | None:
    """Choose one of the entries shown, to read in full."""
    if not entries:
        return None
    labels = {e.id: casefile.entry_label(scenario, e, seen_by) for e in entries}
    if st.session_state.get(key) not in labels:
        st.session_state.pop(key, None)  # an entry the filters no longer show
    chosen = st.selectbox("Read an entry in full", list(labels), format_func=labels.get, key=key)
    return casefile.entry(scenario, chosen)


def entry_card(
    scenario: Scenario,
    item: Entry,
    analysis: Analysis,
    seen_by: str | None,
    closed: Set[str] = frozenset(),
) -> None:
    """One entry in full, or in one agency's view only what that agency held or was told."""
    show_later = analysis.outcome_revealed
    seen = as_seen(item, seen_by)
    with st.container(border=True):
        st.markdown(f"**{escape_markdown(item.id)} · {escape_markdown(seen.title)}**")
        when = f"{item.date:%A %d %B %Y}" + (f", {item.time}" if item.time else "")
        st.caption(f"{when} · {escape_markdown(casefile.made_by(scenario, item))}")
        if seen.told_only:
            viewer = casefile.agency_name(scenario, seen_by)
            st.caption(
                escape_markdown(
                    f"Another agency's entry, shown as {viewer} was told of it at the time."
                    if seen.what_happened
                    else f"{viewer} knew of this at the time; the case does not say what it was "
                    "told, so only the headline is shown."
                )
            )
        if seen.what_happened:
            linked_text(seen.what_happened, scenario, show_later)
        if seen.recorded:
            st.markdown(f"**Recorded at the time:** {linked(seen.recorded, scenario, show_later)}")
        if item.known_to:
            labelled(
                "Known at the time to",
                ", ".join(casefile.agency_name(scenario, a) for a in item.known_to),
            )
        held = {r.id for r in casefile.visible_records(scenario, show_later, seen_by)}
        for record in casefile.records_citing(scenario, item.id):
            if record.id in held:
                with st.expander(f"Record: {escape_markdown(record.title)}"):
                    linked_text(record.text, scenario, show_later)
        for conversation, part in casefile.conversations_citing(scenario, item.id):
            # Parts still `closed` in conversation practice are left out.
            if f"{conversation.id}.{part}" in closed or not conversation_seen(
                scenario, conversation, seen_by
            ):
                continue
            who = casefile.person_name(scenario, conversation.practitioner)
            with st.expander(
                f"Conversation with {escape_markdown(who)}: {CONVERSATION_PARTS[part]}"
            ):
                linked_text(getattr(conversation, part).text, scenario, show_later)


def record_view(scenario: Scenario, analysis: Analysis, seen_by: str | None) -> None:
    records = casefile.visible_records(scenario, analysis.outcome_revealed, seen_by)
    if not records:
        st.info("No agency records are available in this view yet.")
        return
    labels = {r.id: f"{r.date:%d %b %Y} · {RECORD_TYPES[r.type]} · {r.title}" for r in records}
    chosen = st.selectbox("Agency record", list(labels), format_func=labels.get, key="record_pick")
    record = next(r for r in records if r.id == chosen)
    show_later = analysis.outcome_revealed
    with st.container(border=True):
        st.markdown(f"**{escape_markdown(record.title)}**")
        author = (
            f" · written by {casefile.person_name(scenario, record.author)}"
            if record.author
            else ""
        )
        st.caption(
            f"{RECORD_TYPES[record.type]} · {escape_markdown(casefile.made_by(scenario, record))} · "
            f"{record.date:%d %B %Y}{escape_markdown(author)}"
        )
        linked_text(record.text, scenario, show_later)
        st.markdown(
            "Relates to entries: " + linked(", ".join(record.entries), scenario, show_later)
        )


def conversation_view(
    scenario: Scenario, analysis: Analysis, seen_by: str | None, closed: Set[str] = frozenset()
) -> None:
    """Each conversation's parts; in conversation practice, parts not drawn out yet (`closed`)
    are named but not shown."""
    conversations = [c for c in scenario.conversations if conversation_seen(scenario, c, seen_by)]
    if not conversations:
        st.info("There are no practitioner conversations in this view.")
        return
    labels = {
        c.id: f"{casefile.person_name(scenario, c.practitioner)} ({_role(scenario, c.practitioner)})"
        for c in conversations
    }
    chosen = st.selectbox(
        "Conversation with", list(labels), format_func=labels.get, key="conversation_pick"
    )
    conversation = next(c for c in conversations if c.id == chosen)
    st.caption(
        "Conversations are held after the events, to see the work through the practitioner's eyes. "
        "Memories are shaped by hindsight; records by what the form asked for."
    )
    if closed:
        st.page_link(
            "screens/conversation.py",
            label="Hold the conversations in Conversation practice: each part opens once drawn out",
            icon=":material/forum:",
        )
    show_later = analysis.outcome_revealed
    for part, label in CONVERSATION_PARTS.items():
        section = getattr(conversation, part)
        st.markdown(f"#### {label}")
        if f"{conversation.id}.{part}" in closed:
            st.caption("Not drawn out yet: ask about it in Conversation practice.")
            continue
        linked_text(section.text, scenario, show_later)
        if section.cites:
            st.markdown(
                "Refers to entries: " + linked(", ".join(section.cites), scenario, show_later)
            )


def _role(scenario: Scenario, person_id: str) -> str:
    for person in scenario.people.practitioners:
        if person.id == person_id:
            return f"{person.role}, {casefile.agency_name(scenario, person.agency)}"
    return ""
