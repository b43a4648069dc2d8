"""Streamlit-facing helpers for ``app.py``: the graph component, details and corpus glue.

Everything here is importable and tested without a browser; ``app.py`` only lays out the page.
"""
