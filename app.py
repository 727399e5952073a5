"""Second Story: the router. Sets up the page, the navigation and the shared sidebar."""

import streamlit as st

from components import session
from components.sidebar import sidebar
from components.text import page_style

st.set_page_config(page_title="Second Story", page_icon=":material/menu_book:", layout="wide")
session.apply_secrets()
page_style()

pages = {
    "Start": [
        st.Page("pages/library.py", title="Library", icon=":material/menu_book:", default=True),
        st.Page("pages/my_work.py", title="My work", icon=":material/folder_open:"),
    ],
    "Case": [
        st.Page("pages/case_file.py", title="Case file", icon=":material/description:"),
    ],
    "Analysis": [
        st.Page("pages/episodes.py", title="1. Key practice episodes", icon=":material/flag:"),
        st.Page("pages/appraisal.py", title="2. Appraisal", icon=":material/balance:"),
        st.Page("pages/explanation.py", title="3. Explanation", icon=":material/psychology:"),
        st.Page("pages/findings.py", title="4. Findings", icon=":material/lightbulb:"),
        st.Page("pages/comparison.py", title="Comparison", icon=":material/compare:"),
    ],
    "Learn": [
        st.Page("pages/method.py", title="The method", icon=":material/school:"),
        st.Page("pages/glossary.py", title="Glossary", icon=":material/dictionary:"),
    ],
    "Trainers": [
        st.Page("pages/authoring.py", title="Scenario check", icon=":material/fact_check:"),
        st.Page("pages/facilitator.py", title="Facilitator debrief", icon=":material/groups:"),
    ],
}
current = st.navigation(pages)
session.keep_in_url()
sidebar()
current.run()
