"""Word classes from a Dutch lexicon, as a feature for the tagger and parser.

Half of the tagger's errors on Alpino test are on words the treebanks never show (15 % of the
tokens; 0.4.0 tags 77.5 % of them right, against 96.4 % of the others). Which classes a word can
have is what the tagger lacks there ("prijst" is a verb, "subtieler" an adjective,
"vakantieweekeinde" ends in a noun). spaCy's Dutch lemma tables (spacy-lookups-data, MIT) list
lemmas by part of speech, irregular forms, inflection rules and a form -> lemma table; this
component looks each word up in them and writes its possible classes to ``token.tag_`` (the
pipeline has no XPOS tagger), where the tok2vec reads it as one more hashed feature.

Codes: N noun, V verb, A adjective, P adposition, D determiner, n ends in a noun (a compound
the lexicon lacks), # has a digit, - nothing known:
``WordClasses.from_lookups_data().classes("prijst") == "V"``.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

CODES = {"noun": "N", "verb": "V", "adj": "A", "adp": "P", "det": "D"}
TABLES = ("index", "exc", "rules", "lookup")
TABLES_FILE = "nl_lemma_tables.json.gz"
LICENSE_FILE = "LICENSE.spacy-lookups-data-mit.txt"
MIN_COMPOUND_PART = 4  # shortest noun accepted as the end of a compound ("einde", "tocht")


class WordClasses:
    """The classes a Dutch word form can belong to, from lemma tables by part of speech."""

    def __init__(self, tables: dict, licence: str = "") -> None:
        self.tables = tables
        self.licence = licence  # the tables' MIT notice, which travels with them
        self.index = {pos: set(tables["index"].get(pos, ())) for pos in CODES}
        self.exc = {pos: set(tables["exc"].get(pos, {})) for pos in CODES}
        self.rules = {
            pos: [(old, new) for old, new in tables["rules"].get(pos, []) if old] for pos in CODES
        }
        self.lookup = tables["lookup"]
        self.classes = lru_cache(maxsize=200_000)(self._classes)

    @classmethod
    def from_lookups_data(cls) -> WordClasses:
        """The tables of the installed spacy-lookups-data (at training time only)."""
        import spacy_lookups_data

        folder = Path(spacy_lookups_data.__file__).parent / "data"
        tables = {}
        for name in TABLES:
            with gzip.open(folder / f"nl_lemma_{name}.json.gz", "rt", encoding="utf8") as source:
                tables[name] = json.load(source)
        return cls(tables, metadata.distribution("spacy-lookups-data").read_text("LICENSE") or "")

    def _classes(self, word: str) -> str:
        word = word.lower()
        lemmas = {word, self.lookup.get(word, word)}
        found = {
            code for pos, code in CODES.items() if lemmas & self.index[pos] or word in self.exc[pos]
        }
        if not found:  # an inflected form the tables do not list: undo a regular ending
            found = {
                code
                for pos, code in CODES.items()
                for old, new in self.rules[pos]
                if word.endswith(old) and word[: len(word) - len(old)] + new in self.index[pos]
            }
        if not found and _ends_in(word, self.index["noun"]):
            found = {"n"}
        return "".join(sorted(found)) or "-"

    def to_disk(self, path: Path) -> None:
        """Write the tables and their licence to the folder ``path`` (inside the pipeline)."""
        path.mkdir(parents=True, exist_ok=True)
        with gzip.open(path / TABLES_FILE, "wt", encoding="utf8") as out:
            json.dump(self.tables, out, ensure_ascii=False)
        (path / LICENSE_FILE).write_text(self.licence, encoding="utf8")

    @classmethod
    def from_disk(cls, path: Path) -> WordClasses:
        """The tables :meth:`to_disk` wrote to ``path``."""
        with gzip.open(path / TABLES_FILE, "rt", encoding="utf8") as source:
            tables = json.load(source)
        return cls(tables, (path / LICENSE_FILE).read_text(encoding="utf8"))


def _ends_in(word: str, nouns: set) -> bool:
    """Whether ``word`` is a compound ending in a known noun of ``MIN_COMPOUND_PART`` letters or
    more."""
    return any(word[i:] in nouns for i in range(3, len(word) - MIN_COMPOUND_PART + 1))


def token_classes(text: str, classes: Callable[[str], str]) -> str:
    """The classes of a token's text: a word's own, a hyphenated compound's by its last part
    ("GroenLinks-kamerlid" as "kamerlid"), ``#`` for anything with a digit ("U3.1.1", "1990"),
    ``-`` for the rest (punctuation)."""
    if text.isalpha():
        return classes(text)
    last = text.rsplit("-", 1)[-1]
    if last.isalpha() and len(last) > 1:
        return classes(last)
    if "'" in text and text.replace("'", "").isalpha():
        return classes(text)  # "auto's": the noun rules undo the 's
    if any(c.isdigit() for c in text):
        return "#"
    return "-"


@Language.factory("newsgraph_word_classes", assigns=["token.tag"], default_config={})
def make_word_classes(nlp: Language, name: str) -> WordClassesComponent:
    """Factory for the word-class feature (tables are loaded by ``initialize``/``from_disk``)."""
    return WordClassesComponent(name)


class WordClassesComponent:
    """Writes each token's possible word classes to ``token.tag_`` (see the module docstring)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lexicon: WordClasses | None = None

    def initialize(self, get_examples=None, *, nlp=None) -> None:
        self.lexicon = WordClasses.from_lookups_data()

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise ValueError(
                "newsgraph_word_classes: call initialize() or load the pipeline from disk first"
            )
        classes = self.lexicon.classes
        for token in doc:
            token.tag_ = token_classes(token.text, classes)
        return doc

    def to_disk(self, path, exclude=()) -> None:
        if self.lexicon is not None:
            self.lexicon.to_disk(Path(path))

    def from_disk(self, path, exclude=()) -> WordClassesComponent:
        self.lexicon = WordClasses.from_disk(Path(path))
        return self
