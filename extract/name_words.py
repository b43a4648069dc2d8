"""The words that find, cut and type names, read from ``data/lexicons/namewords.<lang>.tsv``.

Each row gives a word and its ``kind`` (:data:`NAME_WORD_KINDS`): "company" ends an organisation's
name (org_head), "zei" beside a name marks a person (speech_verb), "Financiën" after a minister's
name is a portfolio. The name finder reads the words of every language at once, because names
cross languages: a Dutch story writes "Goldman Sachs Group Inc" and "Financial Times" as an
English one does. Adding a language adds a file, not code.

>>> words = name_words()
>>> "company" in words["org_head"], "partij" in words["org_head"]
(True, True)
>>> "GmbH" in words["corp_suffix"], "financien" in words["portfolio"]
(True, True)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from extract.errors import LexiconError
from extract.lexicon import DEFAULT_LEXICON_DIR, one_of, read_table, supported_languages, text_field
from records.text import fold

#: What a name word does; described in the header of ``namewords.en.tsv``.
NAME_WORD_KINDS: tuple[str, ...] = (
    "connector",
    "particle",
    "arabic_article",
    "not_first_name",
    "honorific",
    "female_honorific",
    "male_honorific",
    "occupation",
    "org_head",
    "org_first",
    "org_prefix",
    "org_unit_head",
    "subunit_head",
    "chamber_word",
    "chamber_head",
    "chamber_opener",
    "corp_suffix",
    "company_word",
    "org_introducer",
    "compound_org_head",
    "org_member",
    "member_head",
    "generic_institution",
    "party_qualifier",
    "member_quantifier",
    "crowd_count",
    "portfolio",
    "place_head",
    "place_first",
    "facility_head",
    "direction",
    "place_tail",
    "place_only_preposition",
    "place_preposition",
    "event_head",
    "event_first",
    "generic_tail",
    "possessive_head",
    "speech_verb",
    "meeting_verb",
    "person_verb",
    "person_passive_verb",
    "match_verb",
    "flight",
    "not_name",
    "web_domain",
    "currency",
    "definite_article",
    "media_verb",
    "coordinator",
    "list_and",
    "of_preposition",
    "for_preposition",
    "topic_preposition",
    "region_noun",
    "indefinite_article",
    "national_body",
    "national_opener",
    "armed_forces",
    "local_body",
    "body_preposition",
    "mission_noun",
    "institution_noun",
    "mission_preposition",
    "party_head",
    "holiday_head",
    "storm_class",
    "measure_unit",
    "dropped_place_head",
    "plural_ending",
    "genitive_ending",
    "singular_ending",
    "family_noun",
    "alias_verb",
    "alias_filler",
    "alias_or",
    "alias_as",
    "alias_name_verb",
    "alias_name_unless",
    "ministry",
    "surname_prefix",
    "demonstrative",
    "name_suffix",
    "possessive_mark",
    "product_noun",
    "product_verb",
    "colour",
    "land_unit",
)
#: Kinds matched against the folded text of a phrase ("Volksgezondheid, Welzijn en Sport").
FOLDED_KINDS = frozenset({"portfolio"})


@dataclass(frozen=True)
class NameWords:
    """The name words of all languages, by kind: ``words["org_head"]`` is a frozenset."""

    by_kind: Mapping[str, frozenset[str]]

    def __getitem__(self, kind: str) -> frozenset[str]:
        if kind not in self.by_kind:
            raise KeyError(f"unknown name word kind {kind!r}; expected one of the NAME_WORD_KINDS")
        return self.by_kind[kind]


def name_words(data_dir: Path | None = None) -> NameWords:
    """The words of every ``namewords.<lang>.tsv`` of the languages in ``languages.tsv``.

    A language without the file adds no words; a row with an unknown kind raises LexiconError
    naming the file and line.
    """
    return _name_words(Path(data_dir or DEFAULT_LEXICON_DIR).resolve())


@lru_cache(maxsize=4)
def _name_words(data_dir: Path) -> NameWords:
    found: dict[str, set[str]] = {kind: set() for kind in NAME_WORD_KINDS}
    columns = {"word": text_field, "kind": one_of("name word kind", NAME_WORD_KINDS)}
    for lang in sorted(supported_languages(data_dir)):
        path = data_dir / f"namewords.{lang}.tsv"
        if not path.is_file():
            continue
        for _, row in read_table(path, columns):
            word, kind = str(row["word"]), str(row["kind"])
            found[kind].add(fold(word) if kind in FOLDED_KINDS else word)
    if not any(found.values()):
        raise LexiconError(f"no namewords.<lang>.tsv in {data_dir}; the name finder needs one")
    return NameWords(MappingProxyType({k: frozenset(v) for k, v in found.items()}))


#: The shortest stem a plural keeps once its ending is cut: "en" is no plural of "", "lies" none
#: of "ly".
_SHORTEST_STEM = 3


def plural_endings(data_dir: Path | None = None) -> tuple[tuple[str, str], ...]:
    """(plural ending, singular ending) of every ``plurals.<lang>.tsv`` of the languages in
    ``languages.tsv``, in the order written ("ies"/"y", "s"/"", ..., "en"/""); a language
    without the file adds none."""
    return _plural_endings(Path(data_dir or DEFAULT_LEXICON_DIR).resolve())


@lru_cache(maxsize=4)
def _plural_endings(data_dir: Path) -> tuple[tuple[str, str], ...]:
    columns = {"plural": text_field, "singular": str}
    found: dict[tuple[str, str], None] = {}
    for lang in sorted(supported_languages(data_dir)):
        path = data_dir / f"plurals.{lang}.tsv"
        if path.is_file():
            for _, row in read_table(path, columns):
                found[str(row["plural"]).lower(), str(row["singular"]).lower()] = None
    return tuple(found)


def transliterations(data_dir: Path | None = None) -> tuple[tuple[str, str], ...]:
    """(spelling, common spelling) of ``transliterations.tsv``, in the order written ("tsj"/"ch",
    ..., "x"/"ks"): the spellings that transliterations of one name differ by (Poetin ~ Putin)."""
    return _transliterations(Path(data_dir or DEFAULT_LEXICON_DIR).resolve())


@lru_cache(maxsize=4)
def _transliterations(data_dir: Path) -> tuple[tuple[str, str], ...]:
    columns = {"spelling": text_field, "common": text_field}
    rows = read_table(data_dir / "transliterations.tsv", columns)
    return tuple((str(row["spelling"]).lower(), str(row["common"]).lower()) for _, row in rows)


@lru_cache(maxsize=4096)
def singulars(word: str) -> tuple[str, ...]:
    """The words a folded ``word`` may be the plural of, by every language's plural endings
    (:func:`plural_endings`), the first by the first ending that fits: "industries" ->
    ("industry", "industrie", "industri"); empty for a word no ending fits, or one whose stem
    would keep fewer than three letters ("en").

    >>> singulars("industries")[0], singulars("rechten"), singulars("en")
    ('industry', ('recht',), ())
    """
    found: dict[str, None] = {}
    for plural, singular in plural_endings():
        stem = word[: len(word) - len(plural)]
        if word.endswith(plural) and len(stem) >= _SHORTEST_STEM:
            found[stem + singular] = None
    return tuple(found)
