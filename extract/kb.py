"""The knowledge base: known people, organisations, countries, places and events.

The data lives in ``data/kb/`` (built by ``data/build/build_kb.py``): ``entities.jsonl`` holds one
entry per line, ``index.tsv`` maps every folded alias to its keys (best first), and
``curated/demonyms.tsv`` maps adjectives of place to their entries. The knowledge base helps the
linker; it is not a whitelist: a name it does not know is still an entity. Read and checked once,
the files' contents are kept in the cache folder (:func:`_cached_parts`), from which a fresh
process loads them, and each entry is parsed when first asked for.

>>> kb = load_kb()
>>> [e.key for e in kb.lookup("Poetin")]
['vladimir_putin']
>>> kb.demonym("Oekraïense").label
'Ukraine'
"""

from __future__ import annotations

import csv
import hashlib
import json
import marshal
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import records.text
from extract.cache import cache_dir
from extract.errors import KnowledgeBaseError
from records import ENTITY_TYPES
from records.files import write_atomic
from records.text import LEADING_ARTICLES, fold

DEFAULT_KB_DIR = Path(__file__).resolve().parent.parent / "data" / "kb"
ROLE_KINDS: tuple[str, ...] = ("position", "family", "metonym")
_LONG_VOWELS = ("aa", "ee", "oo", "uu")
_ENTRY_FIELDS = frozenset({"key", "label", "type", "country", "aliases", "roles"})
_ISO_DATE = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


@dataclass(frozen=True)
class Role:
    """A position (president, envoy, aide), family tie, or metonymy, held for another entry.

    ``kind`` is one of ROLE_KINDS: ``position``, ``family`` (son-in-law of), or ``metonym`` (the
    Kremlin, Kyiv: a place standing for a government). ``of`` is the key of the other entry;
    ``start``/``end`` are ``None`` when unknown or ongoing.
    """

    role: str
    of: str
    start: date | None = None
    end: date | None = None
    kind: str = "position"

    def active_on(self, day: date) -> bool:
        """True if the role was held on ``day`` (unknown bounds count as open).

        >>> Role("president", "USA", date(2025, 1, 20)).active_on(date(2025, 12, 2))
        True
        """
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class KBEntry:
    """One real-world entity; ``country`` is an ISO 3166 alpha-3 code or ``None``."""

    key: str
    label: str
    type: str
    country: str | None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...] = ()
    #: what kind of body an ORG is, where a rule needs it (``party``: curated/parties.tsv)
    kind: str | None = None


#: The ``source`` of knowledge-base entries that are first-level regions of a country.
REGION_SOURCE = "iso3166-2:"
#: Names whose ``KnowledgeBase.lookup`` is remembered before the memory starts afresh.
LOOKUP_CACHE_SIZE = 100_000
#: What a memo holds for a question not asked yet (None is an answer).
_UNSEEN = object()


class KnowledgeBase:
    """Read-only lookups over the entries; build it with :func:`load_kb`."""

    def __init__(
        self,
        entries: Mapping[str, KBEntry],
        index: dict[str, tuple[str, ...]],
        demonyms: dict[str, str],
        demonym_langs: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        self._entries = entries
        self._index = index
        self._demonyms = demonyms
        self._demonym_langs = demonym_langs or {}
        self._fuzzy_choices: dict[str | None, tuple[list[str], list[str]]] = {}
        self._first_names: frozenset[str] = frozenset()
        self._genders_file: Path | None = None
        self._genders: dict[str, str] | None = None
        #: ``lookup`` remembered per name: the name finder asks for the same words again and again.
        self._lookups: dict[str, tuple[KBEntry, ...]] = {}
        #: ``fuzzy_lookup``'s scans over every alias remembered: names recur across articles.
        self._fuzzy_found: dict[tuple[str, str | None, float], KBEntry | None] = {}
        #: ``demonym`` remembered per (word, language): the name finder asks it of every
        #: capitalised word, and a real demonym folds all its country's aliases (a few us).
        self._demonyms_found: dict[tuple[str, str | None], KBEntry | None] = {}

    def is_region(self, key: str | None) -> bool:
        """Whether ``key`` is a first-level region of a country (a US state, a province: an
        ISO 3166-2 subdivision), not a town: where a governor's office is held (prec10). A
        curated entry names its other sources after a "+" ("curated+iso3166-2:US-HI": Hawaii).
        A dependent territory (a place with its own country code: Puerto Rico, Hong Kong) holds
        a governor's office too."""
        source_of = getattr(self._entries, "source_of", None)
        if key not in self._entries or source_of is None:
            return False
        if any(part.startswith(REGION_SOURCE) for part in source_of(key).split("+")):
            return True
        return self.is_territory(key)

    def is_territory(self, key: str | None) -> bool:
        """Whether ``key`` is a dependent territory: a place with its own country code
        (data/kb/curated/territories.tsv: Puerto Rico, Hong Kong), no sovereign state."""
        entry = self.get(key) if key in self._entries else None
        return entry is not None and entry.type == "LOCATION" and entry.country == key

    def is_party(self, key: str | None) -> bool:
        """Whether ``key`` is a political party (kind ``party``, from curated/parties.tsv),
        whether or not its names say so ("CDA", "Sinn Féin")."""
        return key in self._entries and self.get(key).kind == "party"

    def is_first_name(self, word: str) -> bool:
        """True if ``word`` is a first name that is not also an ordinary word ("Arno", not "Will").

        >>> load_kb().is_first_name("Arno"), load_kb().is_first_name("Financiën")
        (True, False)
        """
        return fold(word, articles=False) in self._first_names

    def first_name_gender(self, word: str) -> str | None:
        """ "m" or "f" for a first name whose gender is known ("Amy": f), else None; read on first
        use from ``first_name_genders.tsv``.

        >>> load_kb().first_name_gender("Amy"), load_kb().first_name_gender("Financiën")
        ('f', None)
        """
        if self._genders is None:
            genders: dict[str, str] = {}
            if self._genders_file is not None and self._genders_file.exists():
                for line in self._genders_file.read_text(encoding="utf-8").splitlines():
                    name, _, gender = line.partition("\t")
                    if gender and not name.startswith("#"):
                        genders[name] = gender
            # published only when filled: the knowledge base is shared by the app's sessions,
            # and another thread may ask meanwhile
            self._genders = genders
        return self._genders.get(fold(word, articles=False))

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def get(self, key: str) -> KBEntry:
        """The entry with this key; raises KnowledgeBaseError naming an unknown key."""
        try:
            return self._entries[key]
        except KeyError:
            raise KnowledgeBaseError(f"no knowledge-base entry with key {key!r}") from None

    def lookup(self, name: str) -> list[KBEntry]:
        """Entries with an alias equal to ``name`` after folding, best first.

        Folding ignores case, diacritics, hyphens and a leading article; a genitive 's or a
        Dutch genitive -s on a person or country is dropped. An entry known only
        by an acronym needs the acronym's capitals: "US" and "Navo" match, "us" and "Un" do not.

        >>> [e.key for e in load_kb().lookup("het Witte Huis")]
        ['white_house']
        >>> [e.key for e in load_kb().lookup("us")]
        []
        """
        found = self._lookups.get(name)
        if found is None:
            if len(self._lookups) >= LOOKUP_CACHE_SIZE:
                self._lookups.clear()
            found = self._lookups[name] = tuple(self._lookup(name))
        return list(found)

    def _lookup(self, name: str) -> list[KBEntry]:
        folded = fold(name)
        keys = self._index.get(folded)
        genitive = False
        if keys is None and name[-2:] in ("'s", "\u2019s"):
            name = name[:-2]
            folded = fold(name)
            keys = self._index.get(folded)
        elif keys is None and name[-1:] == "s" and len(folded) > 4:
            # Dutch genitive without apostrophe: 'Ruslands invasie', 'Poetins eisen'
            keys = self._index.get(folded[:-1])
            genitive = keys is not None
            name, folded = name[:-1], folded[:-1]
        entries = [self._entries[k] for k in keys or ()]
        if genitive:
            entries = [e for e in entries if e.type in ("PERSON", "COUNTRY")]
        head, _, rest = name.strip().partition(" ")
        if rest and head.casefold() in LEADING_ARTICLES:
            name = rest  # 'de VS': the article says nothing about the acronym
        if entries and not _capitalised_like_acronym(name):
            entries = [e for e in entries if not _known_only_as_acronym(e, folded)]
        letters = _letters(name)
        if entries and letters.isupper() and 2 <= len(letters) <= 3 and " " not in name.strip():
            # a short acronym is no town written in capitals: "GAO" is not Gao in Mali
            entries = [
                e
                for e in entries
                if e.type != "LOCATION" or any(a.isupper() and fold(a) == folded for a in e.aliases)
            ]
        return entries

    def fuzzy_lookup(
        self, name: str, type: str | None = None, score_cutoff: float = 90
    ) -> KBEntry | None:
        """The best entry whose alias is close to ``name`` (for transliterations), or None.

        Exact matches win; otherwise rapidfuzz's ``ratio`` on folded strings must reach
        ``score_cutoff``. Names shorter than four letters are only matched exactly.

        >>> load_kb().fuzzy_lookup("Zelenskyi", type="PERSON").key
        'volodymyr_zelensky'
        """
        if type is not None and type not in ENTITY_TYPES:
            raise KnowledgeBaseError(
                f"unknown entity type {type!r}; expected one of {', '.join(ENTITY_TYPES)}"
            )
        exact = [e for e in self.lookup(name) if type is None or e.type == type]
        if exact:
            return exact[0]
        folded = fold(name)
        if len(folded) < 4:
            return None
        memo_key = (folded, type, score_cutoff)
        if memo_key in self._fuzzy_found:
            return self._fuzzy_found[memo_key]
        from rapidfuzz import fuzz, process

        aliases, keys = self._choices(type)
        best = process.extractOne(folded, aliases, scorer=fuzz.ratio, score_cutoff=score_cutoff)
        found = None if best is None else self._entries[keys[best[2]]]
        if len(self._fuzzy_found) >= LOOKUP_CACHE_SIZE:
            self._fuzzy_found.clear()
        self._fuzzy_found[memo_key] = found
        return found

    def demonym(self, word: str, lang: str | None = None) -> KBEntry | None:
        """The country or region an adjective or demonym points to, or None.

        Handles Dutch -e and English -s inflection. With ``lang``, only the forms of that
        language count: Dutch "Let" (a Latvian) and "Fin" are no demonyms in English ("Let's",
        "fine"). A form the country is known by only as an acronym needs its capitals: "US" and
        "U.S." are American, "Us" and "USS" are not.

        >>> load_kb().demonym("Russische").key
        'RUS'
        """
        asked = (word, lang)
        found = self._demonyms_found.get(asked, _UNSEEN)
        if found is _UNSEEN:
            if len(self._demonyms_found) >= LOOKUP_CACHE_SIZE:
                self._demonyms_found.clear()
            found = self._demonyms_found[asked] = self._demonym(word, lang)
        return found

    def _demonym(self, word: str, lang: str | None) -> KBEntry | None:
        folded = fold(word)
        key = self._demonyms.get(folded)
        if key is None or (
            lang is not None and lang not in self._demonym_langs.get(folded, (lang,))
        ):
            return None
        entry = self._entries.get(key)
        if entry is not None and not _capitalised_like_acronym(word):
            if _known_only_as_acronym(entry, folded):
                return None  # "US troops", but "All of Us" names no country
        return entry

    def demonyms_of(self, key: str) -> list[str]:
        """The folded demonyms and adjectives of the country ``key`` ("british", "britse")."""
        return sorted(word for word, country in self._demonyms.items() if country == key)

    def country_named(self, text: str, lang: str | None = None) -> KBEntry | None:
        """The country a name or adjective stands for ("Iraakse", "U.S.", "South Korean"), or
        None: the country of its demonym (in ``lang``, as :meth:`demonym` reads it), else the
        first country it is a name of.

        >>> kb = load_kb()
        >>> kb.country_named("Iraakse", "nl").key, kb.country_named("United States").key
        ('IRQ', 'USA')
        """
        entry = self.demonym(text, lang)
        if entry is not None and entry.type == "COUNTRY":
            return entry
        return next((e for e in self.lookup(text) if e.type == "COUNTRY"), None)

    def roles_of(self, key: str, on: date | None = None) -> list[Role]:
        """Roles of the entry ``key``, only those held on ``on`` when a date is given."""
        roles = self.get(key).roles
        return [r for r in roles if on is None or r.active_on(on)]

    def _choices(self, type: str | None) -> tuple[list[str], list[str]]:
        """(aliases, the first key of each of ``type``): what fuzzy matching scans, made on
        the first fuzzy lookup of a type, over all 42,000 aliases (each key's type read from
        the entries' table, not asked through a method: this is part of a first article's time)."""
        if type not in self._fuzzy_choices:
            aliases: list[str] = []
            keys: list[str] = []
            entries = self._entries
            types = entries._types if isinstance(entries, _Entries) else None
            for alias, alias_keys in self._index.items():
                for k in alias_keys:
                    if type is None or (types[k] if types is not None else entries[k].type) == type:
                        aliases.append(alias)
                        keys.append(k)
                        break
            self._fuzzy_choices[type] = (aliases, keys)
        return self._fuzzy_choices[type]


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


def _capitalised_like_acronym(name: str) -> bool:
    """'US', 'U.S.', 'NAVO' and, from four letters on, 'Navo' or 'Nato' (as Dutch and British
    papers write them); not 'us', 'Un', 'nato'."""
    letters = _letters(name)
    return letters.isupper() or (len(letters) >= 4 and letters[0].isupper())


def _known_only_as_acronym(entry: KBEntry, folded: str) -> bool:
    """True if every alias of ``entry`` that folds to ``folded`` is an acronym (US, VN, EU)."""
    matching = [a for a in entry.aliases if fold(a) == folded]
    return bool(matching) and all(
        2 <= len(_letters(a)) <= 5 and _letters(a).isupper() for a in matching
    )


def load_kb(data_dir: Path | None = None) -> KnowledgeBase:
    """Load (once per folder) the knowledge base from ``data_dir`` (default ``data/kb``)."""
    return _load_kb(Path(data_dir or DEFAULT_KB_DIR).resolve())


@lru_cache(maxsize=4)
def _load_kb(kb_dir: Path) -> KnowledgeBase:
    digest = _digest(kb_dir)
    parts = _cached_parts(digest) if digest else None
    if parts is None:
        parts = _read_parts(kb_dir)
        if digest:
            _cache_parts(digest, parts)
    lines, types, sources, index, demonyms, demonym_langs, first_names = parts
    entries = _Entries(lines, types, sources, kb_dir / "entities.jsonl")
    kb = KnowledgeBase(entries, index, demonyms, demonym_langs)
    kb._genders_file = kb_dir / "first_name_genders.tsv"  # optional, read on first use
    kb._first_names = first_names
    return kb


#: What a knowledge base is read from, in the order its parts are hashed (the first two needed).
_KB_FILES = ("entities.jsonl", "index.tsv", "curated/demonyms.tsv", "first_names.txt")
#: Bump when what :func:`_read_parts` returns changes shape (the source of this module is
#: hashed too, so a change to the reading or checking code misses as well).
_CACHE_FORMAT = 1
_Parts = tuple[
    dict[str, str],
    dict[str, str],
    dict[str, str],
    dict[str, tuple[str, ...]],
    dict[str, str],
    dict[str, frozenset[str]],
    frozenset[str],
]


def _read_parts(kb_dir: Path) -> _Parts:
    """Everything a knowledge base holds, read from its files and checked: (key -> its line of
    ``entities.jsonl``, key -> type, key -> source, index, demonyms, the demonyms' languages,
    first names)."""
    lines, types, sources = _read_entries(kb_dir / "entities.jsonl")
    index = _read_index(kb_dir / "index.tsv", lines)
    demonyms, demonym_langs = _read_demonyms(kb_dir / "curated" / "demonyms.tsv", lines)
    first_names: frozenset[str] = frozenset()
    path = kb_dir / "first_names.txt"
    if path.exists():  # optional: a knowledge base without it knows no first names
        first_names = frozenset(
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")
        )
    return lines, types, sources, index, demonyms, demonym_langs, first_names


def _digest(kb_dir: Path) -> str | None:
    """A hash of the knowledge base's files, of the code that reads and checks them (this
    module, the folding of ``records.text``, the entity types and role kinds) and of the
    Python version (the cache is marshalled), or None when a file cannot be read (the reading
    then says why)."""
    digest = hashlib.blake2b(
        f"{_CACHE_FORMAT} {sys.version} {marshal.version} {ENTITY_TYPES} {ROLE_KINDS}".encode()
    )
    try:
        for source in (__file__, records.text.__file__):
            digest.update(Path(source).read_bytes())
        for name in _KB_FILES:
            path = kb_dir / name
            data = path.read_bytes() if path.exists() or name in _KB_FILES[:2] else b"\0missing"
            digest.update(b"\x1e%d\x1f" % len(data) + data)
    except OSError:
        return None
    return digest.hexdigest()


def _cache_path(digest: str) -> Path:
    """Where the parts of files of ``digest`` are kept: beside the extraction cache's entries
    (``$NEWSGRAPH_CACHE``, else the user's cache folder)."""
    return cache_dir() / f"kb-{digest}.marshal"


def _cached_parts(digest: str) -> _Parts | None:
    """The parts :func:`_read_parts` gave for files of this digest, kept in the cache folder:
    reading and checking ``entities.jsonl`` (23,000 JSON lines) was a fifth of a fresh Dutch
    pipeline's load, and an entry is only parsed when asked for. None when absent, unreadable
    or of the wrong shape, or when an index or demonym row points at no entry (a damaged
    file would raise KeyError on a lookup: the files are read again instead)."""
    try:
        parts = marshal.loads(_cache_path(digest).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(parts, tuple) and len(parts) == 7 and isinstance(parts[6], frozenset)):
        return None
    if not all(isinstance(part, dict) for part in parts[:6]):
        return None
    lines, types, sources, index, demonyms = parts[:5]
    if not (lines.keys() == types.keys() == sources.keys()):
        return None
    try:
        targets = {key for keys in index.values() for key in keys} | set(demonyms.values())
    except TypeError:  # a row that is no tuple of keys
        return None
    if not targets <= lines.keys():
        return None
    return parts


def _cache_parts(digest: str, parts: _Parts) -> None:
    """Keep ``parts`` for the next process (the four newest knowledge bases; a folder that
    cannot be written only means no caching)."""
    path = _cache_path(digest)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, marshal.dumps(parts), fsync=True)
        older = sorted(path.parent.glob("kb-*.marshal"), key=lambda p: p.stat().st_mtime)
        for old in older[:-4]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def _open_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise KnowledgeBaseError(
            f"knowledge-base file {path} is missing; run data/build/build_kb.py"
        ) from None


class _Entries(Mapping[str, KBEntry]):
    """Checked entries kept as their JSON lines, each parsed into a KBEntry on first use (keeps
    loading fast); their types and sources are at hand without parsing."""

    def __init__(
        self, lines: dict[str, str], types: dict[str, str], sources: dict[str, str], path: Path
    ) -> None:
        self._lines = lines
        self._types = types
        self._sources = sources
        self._built: dict[str, KBEntry] = {}
        self._path = path

    def __getitem__(self, key: str) -> KBEntry:
        entry = self._built.get(key)
        if entry is None:
            raw = json.loads(self._lines[key])
            roles = tuple(
                Role(role, of, _date(start), _date(end), kind)
                for kind, role, of, start, end in raw["roles"]
            )
            entry = self._built[key] = KBEntry(
                raw["key"],
                raw["label"],
                raw["type"],
                raw["country"],
                tuple(raw["aliases"]),
                roles,
                raw.get("kind"),
            )
        return entry

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines)

    def __len__(self) -> int:
        return len(self._lines)

    def __contains__(self, key: object) -> bool:
        return key in self._lines

    def type_of(self, key: str) -> str:
        return self._types[key]

    def source_of(self, key: str) -> str:
        return self._sources[key]


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _read_entries(path: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(key -> its line, key -> type, key -> source) of the checked entries of ``path`` (a key
    given twice: its last line)."""
    lines = _open_lines(path)
    try:
        raws = json.loads("[" + ",".join(lines) + "]")
    except ValueError:
        raws = None
    if raws is None or len(raws) != len(lines):
        raws = []
        for lineno, line in enumerate(lines, start=1):
            try:
                raws.append(json.loads(line))
            except ValueError as exc:
                raise KnowledgeBaseError(
                    f"bad entry in {path}, line {lineno}: {exc}; expected one JSON object a line"
                ) from None
    by_key: dict[str, str] = {}
    types: dict[str, str] = {}
    sources: dict[str, str] = {}
    for lineno, (raw, line) in enumerate(zip(raws, lines), start=1):
        _check_entry(raw, path, lineno)
        key = raw["key"]
        by_key[key] = line
        types[key] = raw["type"]
        sources[key] = str(raw.get("source") or "")
    return by_key, types, sources


def _check_entry(raw: object, path: Path, lineno: int) -> None:
    """Raise KnowledgeBaseError naming file and line unless ``raw`` is a well-formed entry."""
    where = f"in {path}, line {lineno}"
    if not isinstance(raw, dict) or not _ENTRY_FIELDS <= raw.keys():
        raise KnowledgeBaseError(
            f"bad entry {where}; expected a JSON object with {', '.join(sorted(_ENTRY_FIELDS))}"
        )
    if raw["type"] not in ENTITY_TYPES:
        raise KnowledgeBaseError(
            f"unknown entity type {raw['type']!r} {where}; "
            f"expected one of {', '.join(ENTITY_TYPES)}"
        )
    if not isinstance(raw["aliases"], list) or not isinstance(raw["roles"], list):
        raise KnowledgeBaseError(f"bad entry {where}; expected lists of aliases and roles")
    for role in raw["roles"]:
        if not isinstance(role, list) or len(role) != 5:
            raise KnowledgeBaseError(
                f"bad role {role!r} {where}; expected [kind, role, of, start, end]"
            )
        if role[0] not in ROLE_KINDS:
            raise KnowledgeBaseError(
                f"unknown role kind {role[0]!r} {where}; expected one of {', '.join(ROLE_KINDS)}"
            )
        for day in role[3:]:
            if day is not None and not _ISO_DATE.fullmatch(str(day)):
                raise KnowledgeBaseError(f"bad date {day!r} {where}; expected YYYY-MM-DD")


def _read_index(path: Path, entries: Mapping[str, object]) -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for lineno, line in enumerate(_open_lines(path), start=1):
        if not line or line.startswith("#"):
            continue
        alias, sep, keys = line.partition("\t")
        if not sep or not keys:
            raise KnowledgeBaseError(
                f"bad row in {path}, line {lineno}; expected 'alias<TAB>key,key,...'"
            )
        index[alias] = tuple(keys.split(","))
    unknown = {k for keys in index.values() for k in keys} - entries.keys()
    if unknown:
        raise KnowledgeBaseError(
            f"{path} names keys missing from entities.jsonl: {', '.join(sorted(unknown)[:5])}"
        )
    return index


def dutch_inflections(adjective: str) -> list[str]:
    """The attributive form of a Dutch adjective of place.

    >>> dutch_inflections("Europees"), dutch_inflections("Russisch"), dutch_inflections("Frans")
    (['Europese'], ['Russische'], ['Franse'])
    """
    stem = adjective
    if len(stem) > 3 and stem[-3:-1] in _LONG_VOWELS and stem[-1] not in "aeiou":
        stem = stem[:-2] + stem[-1]
    return [] if adjective.endswith("e") else [stem + "e"]


def dutch_plurals(noun: str) -> list[str]:
    """The plural of a Dutch noun for a people that ends in a vowel other than e, written with
    an apostrophe ("Saudi's", "Israëli's"; the apostrophe folds away).

    >>> dutch_plurals("Saudi"), dutch_plurals("Saudiër")
    (["Saudi's"], [])
    """
    return [noun + "'s"] if noun and noun[-1] in "aiouy" else []


def _read_demonyms(
    path: Path, entries: Mapping[str, object]
) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(folded form -> key, folded form -> the languages it is written in)."""
    lines = [ln for ln in _open_lines(path) if ln.strip() and not ln.startswith("#")]
    out: dict[str, str] = {}
    langs: dict[str, set[str]] = {}
    for lineno, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
        key, lang, forms = row.get("key"), row.get("lang"), row.get("forms")
        if not key or not lang or not forms:
            raise KnowledgeBaseError(
                f"bad row in {path}, line {lineno}; expected key, lang and forms"
            )
        if key not in entries:
            raise KnowledgeBaseError(f"unknown key {key!r} in {path}, line {lineno}")
        for form in forms.split("|"):
            variants = [form]
            if lang == "nl":
                variants += dutch_inflections(form) + dutch_plurals(form)
            elif lang == "en" and not form.endswith("s") and not _letters(form).isupper():
                variants.append(form + "s")  # "Russians"; an acronym has none ("USS" a ship's)
            for v in variants:
                out.setdefault(fold(v), key)
                if out[fold(v)] == key:
                    langs.setdefault(fold(v), set()).add(lang)
    return out, {k: frozenset(v) for k, v in langs.items()}
