"""Fixtures for store tests (the helpers themselves live in store_helpers.py)."""

from __future__ import annotations

import pytest

from store_helpers import build_records, comparable


@pytest.fixture
def records_of():
    """The records builder, as a fixture."""
    return build_records


@pytest.fixture
def as_comparable():
    """Sorts every list of a records dict, so two stores compare whatever their insertion order."""
    return comparable
