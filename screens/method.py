"""The method: the systems approach to case reviews, in the product's own words."""

import streamlit as st

from secondstory.learn import METHOD_SECTIONS

st.title("The method")
st.markdown(
    "Second Story follows the systems approach to multi-agency case reviews (the "
    "'Learning Together' model). This page explains the stages you practise."
)
for heading, text in METHOD_SECTIONS:
    st.header(heading)
    st.markdown(text)
st.page_link("screens/glossary.py", label="Glossary of terms", icon=":material/dictionary:")
