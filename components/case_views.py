"""Drawing the case file: overview, filters, entry detail, records and conversations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Set

import streamlit as st

from components.text import labelled, literal
from secondstory import casefile
from secondstory.models import Analysis, Scenario
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import AGENCY_TYPES, CONVERSATION_PARTS, RECORD_TYPES, REVIEW_KINDS


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
        if analysis.outcome_revealed and scenario.outcome:
            st.subheader("Outcome")
            literal(scenario.outcome)
        if analysis.outcome_revealed and scenario.family_contribution:
            st.subheader("The family's contribution to the review")
            literal(scenario.family_contribution.text)
    with right:
        st.subheader("Family and professional network")
        st.graphviz_chart(casefile.network_dot(scenario))
        st.caption(
            "Diagram of the family and the practitioners around them. The same people are listed "
            "under 'The family' and in the table of practitioners below."
        )
        st.dataframe(
            [
                {
                    "name": p.name,
                    "role": p.role,
                    "agency": casefile.agency_name(scenario, p.agency),
                }
                for p in scenario.people.practitioners
            ],
            hide_index=True,
            width="stretch",
        )
        st.subheader("Agencies")
        for agency in scenario.agencies:
            st.markdown(
                f"- **{escape_markdown(agency.name)}** ({AGENCY_TYPES.get(agency.type, agency.type)})"
            )


def chronology_filters(
    scenario: Scenario, analysis: Analysis, key: str
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
        cols = st.columns(2)
        seen_by = cols[0].selectbox(
            "As one agency saw it",
            [None, *agency_names],
            format_func=lambda a: (
                "All agencies (the whole picture)" if a is None else agency_names[a]
            ),
            key=f"{key}_seen_by",
            help="Only what the chosen agency knew of at the time.",
        )
        known_at = cols[1].slider(
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


def entry_detail(
    scenario: Scenario, entries: list, analysis: Analysis, closed: Set[str] = frozenset()
) -> None:
    """The chosen entry in full, with its records and the conversation parts that refer to it
    (parts still `closed` in conversation practice are left out)."""
    if not entries:
        return
    labels = {e.id: casefile.entry_label(scenario, e) for e in entries}
    chosen = st.selectbox(
        "Read an entry in full", list(labels), format_func=labels.get, key="entry_detail"
    )
    item = casefile.entry(scenario, chosen)
    if item is None:
        return
    with st.container(border=True):
        st.markdown(f"**{escape_markdown(item.title)}**")
        when = f"{item.date:%A %d %B %Y}" + (f", {item.time}" if item.time else "")
        st.caption(f"{when} · {escape_markdown(casefile.made_by(scenario, item))}")
        literal(item.what_happened)
        if item.recorded:
            labelled("Recorded at the time", item.recorded)
        if item.known_to:
            labelled(
                "Known at the time to",
                ", ".join(casefile.agency_name(scenario, a) for a in item.known_to),
            )
        records = [
            r
            for r in casefile.records_citing(scenario, item.id)
            if r in casefile.visible_records(scenario, analysis.outcome_revealed)
        ]
        for record in records:
            with st.expander(f"Record: {escape_markdown(record.title)}"):
                literal(record.text)
        for conversation, part in casefile.conversations_citing(scenario, item.id):
            if f"{conversation.id}.{part}" in closed:
                continue
            who = casefile.person_name(scenario, conversation.practitioner)
            with st.expander(
                f"Conversation with {escape_markdown(who)}: {CONVERSATION_PARTS[part]}"
            ):
                literal(getattr(conversation, part).text)


def record_view(scenario: Scenario, analysis: Analysis) -> None:
    records = casefile.visible_records(scenario, analysis.outcome_revealed)
    if not records:
        st.info("No agency records are available yet.")
        return
    labels = {r.id: f"{r.date:%d %b %Y} · {RECORD_TYPES[r.type]} · {r.title}" for r in records}
    chosen = st.selectbox("Agency record", list(labels), format_func=labels.get, key="record_pick")
    record = next(r for r in records if r.id == chosen)
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
        literal(record.text)
        st.caption("Relates to entries: " + ", ".join(record.entries))


def conversation_view(scenario: Scenario, closed: Set[str] = frozenset()) -> None:
    """Each conversation's parts; in conversation practice, parts not drawn out yet (`closed`)
    are named but not shown."""
    if not scenario.conversations:
        st.info("This case has no practitioner conversations.")
        return
    labels = {
        c.id: f"{casefile.person_name(scenario, c.practitioner)} ({_role(scenario, c.practitioner)})"
        for c in scenario.conversations
    }
    chosen = st.selectbox(
        "Conversation with", list(labels), format_func=labels.get, key="conversation_pick"
    )
    conversation = next(c for c in scenario.conversations if c.id == chosen)
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
    for part, label in CONVERSATION_PARTS.items():
        section = getattr(conversation, part)
        st.markdown(f"#### {label}")
        if f"{conversation.id}.{part}" in closed:
            st.caption("Not drawn out yet: ask about it in Conversation practice.")
            continue
        literal(section.text)
        if section.cites:
            st.caption("Refers to entries: " + ", ".join(section.cites))


def _role(scenario: Scenario, person_id: str) -> str:
    for person in scenario.people.practitioners:
        if person.id == person_id:
            return f"{person.role}, {casefile.agency_name(scenario, person.agency)}"
    return ""
