"""How a store target is read and named, without SQLAlchemy.

The explorer lists and labels its configured stores on every run, including runs that open
none; importing SQLAlchemy for that would cost a new server about 0.34 s CPU (issue 20). Only
a URL's password-hiding rendering needs SQLAlchemy's URL parser, and a URL store needs
SQLAlchemy anyway.
"""

from __future__ import annotations

from pathlib import Path


def is_url(target: str | Path) -> bool:
    """True for a SQLAlchemy URL (``postgresql+psycopg://...``), False for a file path."""
    return "://" in str(target)


def display_name(target: str | Path) -> str:
    """How messages name the store: the path, or the URL without its password."""
    if is_url(target):
        from sqlalchemy import exc
        from sqlalchemy.engine import make_url

        try:
            return make_url(str(target)).render_as_string(hide_password=True)
        except exc.ArgumentError:
            return str(target)
    return str(target)
