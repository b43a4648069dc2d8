"""Modules imported on first use, so a start does not wait for what its first page does not need.

The Tables and Export tabs pull in pandas and the exporters (about 1.5 s on a fresh server);
the first page draws the graph without them. :func:`lazy_import` returns a stand-in whose first
attribute access imports the module. The stand-in is not put in ``sys.modules``: Streamlit
calls ``inspect.stack()``, which touches every module there and would import it at once.
"""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """Forwards attribute access to the module ``name``, importing it the first time."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def lazy_import(name: str) -> Any:
    """A stand-in for module ``name`` that imports it on first use.

    >>> import sys
    >>> sys.modules.pop("colorsys", None) and None
    >>> m = lazy_import("colorsys")
    >>> "colorsys" in sys.modules
    False
    >>> m.rgb_to_hsv(1.0, 0.0, 0.0), "colorsys" in sys.modules
    ((0.0, 1.0, 1.0), True)
    """
    return LazyModule(name)
