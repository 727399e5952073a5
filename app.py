"""Second Story: the router. Sets up the page, the navigation and the shared sidebar.

The pages and the navigation drawn in the sidebar are in components/navigation.py.

The screens live in `screens/`, not `pages/`: with a `pages/` folder, Streamlit's old automatic
pages run a deep-linked page before this router has ever run on a freshly started server.
The favicon is a local file (assets/), so that nothing is fetched from the internet: the app
works offline.
"""

from pathlib import Path

import streamlit as st

from components import navigation, session
from components.sidebar import sidebar
from components.text import page_style

FAVICON = Path(__file__).resolve().parent / "assets" / "favicon.svg"

st.set_page_config(page_title="Second Story", page_icon=str(FAVICON), layout="wide")
session.apply_secrets()
page_style()

pages = navigation.pages()
current = st.navigation(pages, position="hidden")
session.follow_go_to()
session.keep_in_url()
navigation.keep_trainer_address_off_trainee_pages(current)
navigation.links(current, pages)
sidebar()
current.run()
