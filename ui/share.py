"""The link that reopens the current view: the app's address plus the view's query parameters.

The app shows it in ``st.code`` (plain text with a copy button), so nothing in it, not even
a search text typed from an article, is ever rendered as markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import urlencode, urlsplit, urlunsplit


def share_link(page_url: str, params: Mapping[str, Sequence[str]]) -> str:
    """``page_url`` with its query replaced by ``params`` (lists become repeated keys).

    >>> share_link("http://localhost:8501/?old=1#top",
    ...            {"actors": ["kb:putin", "kb:trump"], "text": ["a&b"]})
    'http://localhost:8501/?actors=kb%3Aputin&actors=kb%3Atrump&text=a%26b'
    >>> share_link("", {})
    '/'
    """
    parts = urlsplit(page_url or "/")
    query = urlencode({k: list(v) for k, v in params.items()}, doseq=True)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))
