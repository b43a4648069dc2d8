"""Errors raised by graph/: each message names the file or value and what was expected."""


class GraphError(Exception):
    """Base class for expected, user-facing errors in graph/."""


class GraphInputError(GraphError):
    """Records could not be read, or do not follow extract/records.schema.json."""


class FilterError(GraphError, ValueError):
    """A filter value is invalid (unknown type, reversed period, negative radius, ...)."""


class ExportError(GraphError, ValueError):
    """An export was asked for in an unknown format or could not be produced."""
