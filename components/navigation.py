"""The app's pages and the navigation the app draws itself in the sidebar.

Streamlit's own sidebar menu puts each section's heading and links in a <div> directly inside
its <ul>, which screen readers and axe reject (`list`, `listitem`). The router therefore runs
`st.navigation(..., position="hidden")` and this module draws the same sections with
`st.page_link`: each a plain link with the page's own title. Page files, titles and so the
addresses are unchanged.

The trainer token (`?trainer=`, components/trainer_gate.py) and the open cohort stay on the
trainer pages: a trainee page drops them from its address, and only links drawn on a trainer page
carry the token (to the trainer pages), so a trainee who follows a link copied from a trainer's
address, or from a page a trainer had open, does not become a trainer.

On a narrow screen the sidebar lies over the page; Streamlit does not close it after a page
link is followed, so a small static script (no user text) closes it once the new page is drawn.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from components.session import ATTEMPT_PARAM, SESSION_PARAM
from components.state import Key
from components.trainer_gate import COHORT_PARAM, TRAINER_PARAM
from secondstory.vocabulary import STAGES

# (section, [(file, title, icon)]): the pages in menu order. The Library is the default page.
SECTIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Start",
        [
            ("screens/library.py", "Library", ":material/menu_book:"),
            ("screens/my_work.py", "My work", ":material/folder_open:"),
        ],
    ),
    (
        "Case",
        [
            ("screens/case_file.py", "Case file", ":material/description:"),
            ("screens/conversation.py", "Conversation practice", ":material/forum:"),
        ],
    ),
    (
        "Analysis",
        [
            ("screens/episodes.py", "1. Key practice episodes", ":material/flag:"),
            ("screens/appraisal.py", "2. Appraisal", ":material/balance:"),
            ("screens/explanation.py", f"3. {STAGES['factors']}", ":material/psychology:"),
            ("screens/findings.py", "4. Findings", ":material/lightbulb:"),
            ("screens/comparison.py", "Comparison", ":material/compare:"),
        ],
    ),
    (
        "Learn",
        [
            ("screens/method.py", "The method", ":material/school:"),
            ("screens/glossary.py", "Glossary", ":material/dictionary:"),
        ],
    ),
    (
        "Trainers",
        [
            ("screens/authoring.py", "Scenario check", ":material/fact_check:"),
            ("screens/facilitator.py", "Facilitator debrief", ":material/groups:"),
        ],
    ),
]

DEFAULT_PAGE = "screens/library.py"
TRAINER_PAGES = {path for path, _, _ in dict(SECTIONS)["Trainers"]}
_TRAINER_URLS = frozenset(Path(path).stem for path in TRAINER_PAGES)

# Streamlit's breakpoint below which the sidebar lies over the page (its `md`, 768 px). The
# script runs again only when its text changes, so it names the page it was drawn for.
_CLOSE_ON_NARROW = """<script>
/* {page} */
(() => {{
  if (window.innerWidth >= 768) return;
  const sidebar = document.querySelector('[data-testid="stSidebar"]');
  if (!sidebar || sidebar.dataset.collapsed === "true") return;
  document.querySelector('[data-testid="stSidebarCollapseButton"] button')?.click();
}})();
</script>"""


def pages() -> dict[str, list[st.Page]]:
    """The pages for `st.navigation`, by section."""
    return {
        section: [
            st.Page(path, title=title, icon=icon, default=(path == DEFAULT_PAGE))
            for path, title, icon in items
        ]
        for section, items in SECTIONS
    }


def _trainer_url(url_path: str) -> bool:
    return url_path in _TRAINER_URLS


def _on_trainer_page(current: st.Page) -> bool:
    return _trainer_url(current.url_path)


def keep_trainer_address_off_trainee_pages(current: st.Page) -> None:
    """A trainee page drops the trainer token and the open cohort from its address."""
    if not _on_trainer_page(current):
        for name in (TRAINER_PARAM, COHORT_PARAM):
            st.query_params.pop(name, None)


def links(current: st.Page, pages: dict[str, list[st.Page]]) -> None:
    """The navigation in the sidebar: each section's name, then a link to each of its pages.
    Links carry the session and the open attempt, so a link opened in a new tab works too; on a
    trainer page, the links to the trainer pages carry the trainer token as well. `pages` are
    the Page objects this run registered: a link given the Page is found by its hash, where a
    link given a file path costs a path resolution each (a millisecond a link)."""
    params = {}
    for name, key in ((SESSION_PARAM, Key.SESSION_TOKEN), (ATTEMPT_PARAM, Key.ATTEMPT_ID)):
        if st.session_state.get(key):
            params[name] = st.session_state[key]
    trainer_params = dict(params)
    token = st.session_state.get(Key.TRAINER_TOKEN)
    if token and _on_trainer_page(current):
        trainer_params[TRAINER_PARAM] = token
    with st.sidebar:
        for section, items in pages.items():
            st.caption(section)
            for page in items:
                chosen = trainer_params if _trainer_url(page.url_path) else params
                st.page_link(page, label=page.title, icon=page.icon, query_params=chosen)
        st.html(
            _CLOSE_ON_NARROW.format(page=current.url_path or "library"),
            unsafe_allow_javascript=True,
            width="content",
        )
