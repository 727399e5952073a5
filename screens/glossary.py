"""Glossary: the words reviewers use, defined in plain English."""

import streamlit as st

from secondstory.learn import GLOSSARY

st.title("Glossary")
search = st.text_input("Find a term", max_chars=60)
needle = search.strip().casefold()
shown = {
    term: text
    for term, text in sorted(GLOSSARY.items(), key=lambda item: item[0].casefold())
    if not needle or needle in term.casefold() or needle in text.casefold()
}
if not shown:
    st.info("No term matches that search.")
for term, text in shown.items():
    st.markdown(f"**{term}**: {text}")
st.page_link("screens/method.py", label="The method", icon=":material/school:")
