"""My work: every attempt, reopening one, and exporting or importing an analysis file."""

import streamlit as st

from components import session
from components.my_work_views import attempt_table, export_import

person = session.trainee()
st.title("My work")
if person is None:
    if not session.database_notice():
        st.info("Start or resume your work in the Library first.")
        st.page_link("screens/library.py", label="Go to the Library", icon=":material/menu_book:")
    st.stop()

attempts = session.read(lambda s: s.list_attempts(person.id), None)
if session.database_notice():
    st.stop()
current = session.attempt()
if session.database_notice():
    st.stop()
attempt_table(attempts)
if current is not None:
    export_import(current)
