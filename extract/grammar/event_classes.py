"""Classes of event nouns that name one event again (``eventclasses.<lang>.tsv``).

"On Monday sixteen states filed a lawsuit ... Becerra is joined in this legal action by ...": a
reader takes "this legal action" for the lawsuit, though the words differ, and "the incident"
after a stabbing for the stabbing. Each row puts a noun in a class (legal, mishap) and says
whether it is a ``general`` noun, which, definite, names the latest event of its class again
whatever word told it, or only ``names`` events of the class (crash, attack) that a general one
may then name again. :class:`extract.components.events.EventFinder` asks :meth:`EventClasses.of`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping

from extract.lexicon import (
    DEFAULT_LEXICON_DIR,
    MIN_COMPOUND_HEAD,
    MIN_COMPOUND_MODIFIER,
    one_of,
    read_table,
    text_field,
)

ROLES = ("general", "names")


@dataclass(frozen=True)
class EventClass:
    """The class a noun belongs to, and whether it is a ``general`` noun of it."""

    name: str
    general: bool


@dataclass(frozen=True)
class EventClasses:
    """The classed nouns of one language; keys are lower case lemmas or "adjective noun"."""

    words: Mapping[str, EventClass] = field(default_factory=lambda: MappingProxyType({}))
    #: Whether a word also stands for the closed compounds it heads ("vliegtuigongeluk").
    compounds: bool = False
    #: Each form asked of :meth:`_compound_head` and its answer: the event finder asks the same
    #: nouns' forms in every document, and each answer walked all the classed words.
    _heads: dict[str, EventClass | None] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    def of(self, forms: Iterable[str]) -> EventClass | None:
        """The class of the first of ``forms`` (longest first: "legal action", then "action")
        that is a classed noun, or heads one as a closed compound; None for none."""
        for form in forms:
            found = self.words.get(form)
            if found is None and self.compounds:
                found = self._compound_head(form)
            if found is not None:
                return found
        return None

    def _compound_head(self, form: str) -> EventClass | None:
        """The class of the first classed word that ``form`` ends with as a closed compound's
        head, or None (remembered per form; forgotten all at once past
        :data:`_HEADS_KEPT` forms)."""
        heads = self._heads
        found = heads.get(form, _UNSEEN)  # one read: another thread may clear it meanwhile
        if found is not _UNSEEN:
            return found
        found = next(
            (
                entry
                for word, entry in self.words.items()
                if len(word) >= MIN_COMPOUND_HEAD
                and len(form) - len(word) >= MIN_COMPOUND_MODIFIER
                and form.endswith(word)
            ),
            None,
        )
        if len(heads) >= _HEADS_KEPT:
            heads.clear()
        heads[form] = found
        return found


#: How many forms :meth:`EventClasses._compound_head` remembers before it starts again.
_HEADS_KEPT = 1 << 16
_UNSEEN = object()


@lru_cache(maxsize=None)
def load_event_classes(
    lang: str, compounds: bool = False, data_dir: Path | None = None
) -> EventClasses:
    """The classed nouns of ``lang`` (``compounds``: the language writes compounds as one word);
    none when the language has no ``eventclasses`` file."""
    path = (data_dir or DEFAULT_LEXICON_DIR) / f"eventclasses.{lang}.tsv"
    if not path.is_file():
        return EventClasses()
    columns = {"word": text_field, "class": text_field, "role": one_of("role", ROLES)}
    words = {
        str(row["word"]).lower(): EventClass(str(row["class"]), row["role"] == "general")
        for _, row in read_table(path, columns)
    }
    return EventClasses(MappingProxyType(words), compounds)
