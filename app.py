"""Second Story: the router. Sets up the page, the navigation and the shared sidebar.

The screens live in `screens/`, not `pages/`: with a `pages/` folder, Streamlit's old automatic
pages run a deep-linked page before this router has ever run on a freshly started server.
The favicon is a local file (assets/), so that nothing is fetched from the internet: the app
works offline.
"""

from pathlib import Path

import streamlit as st

from components import session
from components.sidebar import sidebar
from components.text import page_style
from secondstory.vocabulary import STAGES

FAVICON = Path(__file__).resolve().parent / "assets" / "favicon.svg"

st.set_page_config(page_title="Second Story", page_icon=str(FAVICON), layout="wide")
session.apply_secrets()
page_style()

pages = {
    "Start": [
        st.Page("screens/library.py", title="Library", icon=":material/menu_book:", default=True),
        st.Page("screens/my_work.py", title="My work", icon=":material/folder_open:"),
    ],
    "Case": [
        st.Page("screens/case_file.py", title="Case file", icon=":material/description:"),
        st.Page("screens/conversation.py", title="Conversation practice", icon=":material/forum:"),
    ],
    "Analysis": [
        st.Page("screens/episodes.py", title="1. Key practice episodes", icon=":material/flag:"),
        st.Page("screens/appraisal.py", title="2. Appraisal", icon=":material/balance:"),
        st.Page(
            "screens/explanation.py", title=f"3. {STAGES['factors']}", icon=":material/psychology:"
        ),
        st.Page("screens/findings.py", title="4. Findings", icon=":material/lightbulb:"),
        st.Page("screens/comparison.py", title="Comparison", icon=":material/compare:"),
    ],
    "Learn": [
        st.Page("screens/method.py", title="The method", icon=":material/school:"),
        st.Page("screens/glossary.py", title="Glossary", icon=":material/dictionary:"),
    ],
    "Trainers": [
        st.Page("screens/authoring.py", title="Scenario check", icon=":material/fact_check:"),
        st.Page("screens/facilitator.py", title="Facilitator debrief", icon=":material/groups:"),
    ],
}
current = st.navigation(pages)
session.keep_in_url()
sidebar()
current.run()
