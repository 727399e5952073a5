"""Glossary: the words reviewers use, defined in plain English, and the abbreviations in the
cases (those every case may use, then those one case explains for itself)."""

import streamlit as st

from components import session
from secondstory.learn import ABBREVIATIONS, CATEGORY_GUIDE, GLOSSARY
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import CATEGORIES

st.title("Glossary")
search = st.text_input("Find a term", max_chars=60)
needle = search.strip().casefold()


def matches(*texts: str) -> bool:
    return not needle or any(needle in t.casefold() for t in texts)


shown = {
    term: text
    for term, text in sorted(GLOSSARY.items(), key=lambda item: item[0].casefold())
    if matches(term, text)
}
categories = {
    CATEGORIES[c]: guide for c, guide in CATEGORY_GUIDE.items() if matches(CATEGORIES[c], *guide)
}
abbreviations = {a: full for a, full in ABBREVIATIONS.items() if matches(a, full)}
in_one_case = [
    {"Case": scenario.title, "Abbreviation": a, "In full": full}
    for scenario in session.library().scenarios.values()
    for a, full in scenario.abbreviations.items()
    if matches(a, full)
]
if not (shown or categories or abbreviations or in_one_case):
    st.info("No term matches that search.")
for term, text in shown.items():
    st.markdown(f"**{term}**: {text}")
if categories:
    st.subheader("The six categories of underlying patterns")
    for name, (definition, example) in categories.items():
        st.markdown(f"**{name}**: {definition}  \n*For example:* {escape_markdown(example)}")
if abbreviations:
    st.subheader("Abbreviations used in the cases")
    st.table([{"Abbreviation": a, "In full": full} for a, full in abbreviations.items()])
if in_one_case:
    st.subheader("Abbreviations and initials one case uses")
    st.table(in_one_case)
st.page_link("screens/method.py", label="The method", icon=":material/school:")
