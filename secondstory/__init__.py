"""Second Story: a practice simulator for the systems approach to safeguarding case reviews.

This core package holds everything but the drawing: content models, loading, marking, the
language coach, storage and reports. It never imports streamlit.
"""
