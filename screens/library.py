"""Library: start or resume, then choose a case (content notes first) and a mode."""

import streamlit as st

from components import session
from components.cohort_join import cohort_join
from components.library_cards import (
    new_code_notice,
    open_case_panel,
    scenario_card,
    scenario_order,
    sign_in_panel,
)
from components.state import Key

st.title("Second Story")
st.markdown(
    "Practise the systems approach to multi-agency case reviews on fictional cases: pick out key "
    "practice episodes, appraise practice as it could be judged at the time, explain it, write "
    "systemic findings, then compare your analysis with an expert's. **Every case is fictional.**"
)

library = session.library()
person = session.trainee()
if person is None:
    if session.database_notice():
        # The resume code could not be checked: the cases are still listed, to read about.
        for scenario in scenario_order(library):
            scenario_card(scenario, None, can_open=False)
    else:
        sign_in_panel()
    st.stop()

new_code_notice()
cohort_join(person)
library = session.library()
attempts = session.read(lambda s: s.list_attempts(person.id), None)
session.database_notice()
opening = st.session_state.get(Key.OPENING)
if opening in library.scenarios:
    open_case_panel(library.scenarios[opening], person)
    st.stop()

st.header("Cases")
if not library.scenarios:
    st.warning("No cases are available yet. A trainer can add them (see Scenario check).")
for scenario in scenario_order(library):
    mine = None if attempts is None else [a for a in attempts if a.scenario_id == scenario.id]
    scenario_card(scenario, mine)
