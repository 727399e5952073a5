"""Reusable drawing functions for the Streamlit pages; they draw, the core decides."""
