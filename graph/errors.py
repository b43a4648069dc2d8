"""Errors raised by graph/: each message names the file or value and what was expected.

Records that cannot be read or do not follow the contract raise :class:`records.RecordsError`.
"""


class GraphError(Exception):
    """Base class for expected, user-facing errors in graph/."""


class FilterError(GraphError, ValueError):
    """A filter value is invalid (unknown type, reversed period, negative radius, ...)."""


class ExportError(GraphError, ValueError):
    """An export was asked for in an unknown format or could not be produced."""
