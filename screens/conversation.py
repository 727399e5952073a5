"""Conversation practice: hold each practitioner's conversation; what is drawn out opens in the
case file."""

import streamlit as st

from components import session
from components.conversation_views import (
    feedback,
    parts_progress,
    practice_intro,
    question_form,
    transcript,
)
from components.text import literal
from secondstory import casefile, interview

person, attempt, scenario = session.work_or_stop()

st.title("Conversation practice")
literal(scenario.title, caption=True)
if attempt.mode != interview.PRACTICE_MODE:
    st.info(
        "This attempt is not in conversation practice mode: the conversations are in the case "
        "file. To practise holding them, open a case in the Library and choose Conversation "
        "practice."
    )
    st.page_link("screens/case_file.py", label="Case file", icon=":material/description:")
    st.stop()

roles = {p.id: p.role for p in scenario.people.practitioners}
labels = {
    c.id: f"{casefile.person_name(scenario, c.practitioner)} ({roles.get(c.practitioner, '')})"
    for c in scenario.conversations
}
chosen = st.selectbox(
    "Conversation with", list(labels), format_func=labels.get, key="practice_pick"
)
item = interview.conversation(scenario, chosen)
practice_intro(scenario, item)
left, right = st.columns([3, 1])
with right:
    parts_progress(scenario, attempt.analysis, item)
with left:
    transcript(scenario, attempt.analysis, item)
    if attempt.submitted_at:
        st.caption("This attempt has been submitted: the conversation can be read, not continued.")
    else:
        question_form(scenario, attempt, item)
    feedback(scenario, attempt.analysis, item)
