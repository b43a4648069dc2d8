"""One node per real-world entity (the ``newsgraph_linker`` component).

Each name span in ``doc.ents`` gets a global entity id in ``kb_id``: ``kb:<key>``
when the knowledge base knows it (exactly, or by a close transliteration such as
Zelenski/Zelenskyy), otherwise ``<type>:<slug>`` of the fullest form seen in the
document, so a surname after a full name ("Poetin" after "Vladimir Poetin")
joins it. ``doc._.entities`` maps every id to an :class:`EntityInfo`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.components.names import (
    ARMED_FORCES,
    ARTICLES,
    COMPLEMENT_PREPOSITIONS,
    COORDINATORS,
    CORP_SUFFIXES,
    DEFINITE_ARTICLES,
    FACILITY_HEADS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    MINISTRY_WORDS,
    MISSION_NOUNS,
    NAME_PARTICLES,
    OF_PREPOSITIONS,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_ONLY_PREPOSITIONS,
    PLACE_PREPOSITIONS,
    QUOTES,
    SINGULAR_ENDINGS,
    _first_names_agree,
    named_after_a_place,
    only_named_with_article,
    spelled_acronyms,
)
from extract.grammar.outlets import load_outlet_words
from extract.grammar.syntax import POSSESSIVE_LABELS, children, tokens_where
from extract.grammar.titles import POSSESSIVE_MARKS
from extract.kb import KBEntry, KnowledgeBase
from extract.lexicon import Lexicon
from extract.name_words import name_words, singulars, transliterations
from records.ids import kb_entity_id
from records.text import fold, slug

FUZZY_TYPES = ("PERSON", "LOCATION", "COUNTRY", "ORG")

#: Words a company is named with or without after its name ("Apple Computer", "NPD Group").
COMPANY_WORDS = name_words()["company_word"]
#: Words a place is named with or without after its name ("Abaco Islands", "Atlantic Ocean").
DROPPED_PLACE_HEADS = name_words()["dropped_place_head"]
#: Words of a unit, building or square named after the organisation or place its name opens with
#: ("Boston University School of ...", "Alachua Sheriff's Office", "Parliament Square").
SUBUNIT_HEADS = name_words()["subunit_head"]

#: A word alone for the one chamber of a parliament the document names ("de Kamer" after "het
#: Huis van Afgevaardigden"), and the last words of such chambers' names.
CHAMBER_WORDS = name_words()["chamber_word"]
CHAMBER_HEADS = name_words()["chamber_head"]
#: A word alone for the one chamber whose name it heads ("House": "House of Representatives").
CHAMBER_OPENERS = name_words()["chamber_opener"]
#: The words for a public body that, alone, name the one the story is about ("Senate", "Senaat").
INSTITUTION_WORDS = name_words()["generic_institution"]

#: The words after which a body's complement follows in its name, the head before them: "of" and
#: "for" ("Court of Appeals for ...") and what it is about ("Commission on Presidential Debates").
HEAD_COMPLEMENTS = COMPLEMENT_PREPOSITIONS | name_words()["topic_preposition"]

#: Endings a surname takes before the noun it owns, written as one word ("Khans slachtoffers"),
#: longest first.
GENITIVE_ENDINGS = tuple(sorted(name_words()["genitive_ending"], key=len, reverse=True))

#: Forms of address that say a woman or a man is meant ("Mrs", "mevrouw"; "Mr", "meneer").
TITLE_GENDERS = {w: "f" for w in name_words()["female_honorific"]} | {
    w: "m" for w in name_words()["male_honorific"]
}

#: An ordinal number written with digits ("116th", "43e", "2nd").
ORDINAL = re.compile(r"^\d+(st|nd|rd|th|e|ste|de)$", re.IGNORECASE)

#: (knowledge-base key or None, type, display label, ISO alpha-3 country or None)
Resolved = tuple[str | None, str, str, str | None]


@dataclass
class EntityInfo:
    """What a document says about one entity: its display label, type, country and the forms
    seen."""

    id: str
    label: str
    type: str
    country: str | None = None
    kb_key: str | None = None
    aliases: list[str] = field(default_factory=list)

    def add_alias(self, text: str) -> None:
        if text not in self.aliases:
            self.aliases.append(text)


def entity_id(kb_key: str | None, type_: str, label: str) -> str:
    """The global id of an entity: knowledge-base entities by key, others by type and name.

    >>> entity_id(None, "PERSON", "Volodymyr Zelenski"), entity_id("RUS", "COUNTRY", "Rusland")
    ('person:volodymyr-zelenski', 'kb:RUS')
    """
    return kb_entity_id(kb_key) if kb_key else f"{type_.lower()}:{slug(label, sep='-') or 'x'}"


class EntityLinker:
    """Assigns global entity ids to ``doc.ents`` and collects ``doc._.entities``.

    Linking never merges two people: a different first name or an initial that disagrees is a
    different person; a bare surname joins the one full name of that surname in the document;
    an acronym joins its expansion in the document; fuzzy matching (transliterations) stays
    within a type, skips short names and keeps a high bar. ``fuzzy_merges`` records every
    fuzzy match made (written form, knowledge-base key), for reporting.
    """

    FUZZY_MIN_LETTERS = 6
    FUZZY_CUTOFF = 90

    def __init__(self, name: str, kb: KnowledgeBase, lexicon: Lexicon | None = None) -> None:
        self.name = name
        self.kb = kb
        self.lexicon = lexicon
        self.fuzzy_merges: list[tuple[str, str]] = []

    def __call__(self, doc: Doc) -> Doc:
        entities: dict[str, EntityInfo] = {}
        resolved = self.resolve(doc)
        spans = []
        by_text: dict[str, str] = {}
        for ent, (key, type_, label, country) in zip(doc.ents, resolved):
            info = self._register(entities, key, type_, label, country)
            text = ent.text  # once: a Span joins its words' texts anew at every read
            info.add_alias(text)
            by_text.setdefault(fold(text), info.id)
            spans.append(Span(doc, ent.start, ent.end, label=info.type, kb_id=info.id))
        doc.ents = spans
        inner_ids = []
        for mention in doc._.inner_mentions:
            if mention.kb_key:
                entry = self.kb.get(mention.kb_key)
                info = self._register(entities, entry.key, entry.type, entry.label, entry.country)
            elif fold(mention.text) in by_text:
                info = entities[by_text[fold(mention.text)]]
            else:
                info = self._register(entities, None, mention.label, mention.text, None)
            info.add_alias(mention.text)
            inner_ids.append(info.id)
        doc._.inner_mention_ids = inner_ids
        doc._.entities = entities
        return doc

    def resolve(self, doc: Doc) -> list[Resolved]:
        """For each span in ``doc.ents``: (knowledge-base key or None, type, display label,
        country)."""
        ents = list(doc.ents)
        out: list[Resolved] = []
        for ent in ents:
            if ent.kb_id_:
                entry = self._without_legal_suffix(self.kb.get(ent.kb_id_))
                out.append((entry.key, entry.type, entry.label, entry.country))
            else:
                out.append(self._resolve_text(ent.text, ent.label_))
        out = self._unfuzzed_name_words(ents, self._named_in_full(ents, out))
        written = list(out)
        out = self._join_after_comma(ents, out)
        out = self._join_second_surnames(ents, out)
        out = self._join_nicknames(ents, out)
        out = self._join_middle_names(ents, out)
        out = self._join_short_first_names(ents, out)
        out = self._join_misspelled_surnames(ents, out)
        out = self._join_spelled_alike(ents, out)
        out = self._join_surnames(
            ents,
            out,
            self._relatives(ents, out),
            self._particle_first_names(ents),
            self.kb.first_name_gender,
            self._article_names_written_bare(ents, out),
        )
        out = self._join_first_names(ents, out)
        out = self._first_names_named_like_places(ents, out)
        out = self._join_company_suffixes(ents, out)
        out = self._acronyms_spelled_otherwise(doc, ents, out)
        out = self._join_acronyms(ents, out)
        out = _join_person_initials(ents, out)
        out = self._join_acronym_fronts(ents, out)
        out = self._join_country_words(ents, out)
        out = self._join_country_tails(ents, out)
        out = self._join_chamber_words(ents, out)
        out = _join_short_ministries(ents, _join_plural_bodies(ents, out))
        out = self._join_missions(ents, out)
        out = self._join_heads(ents, out, self._opening_with_country(ents, out))
        out = self._join_same_text(ents, written, _join_bare_place_heads(ents, out))
        out = _join_glosses(ents, _join_place_tails(ents, out))
        out = _join_institution_owners(ents, out)
        out = _join_institution_short_names(ents, out, self.kb.is_first_name)
        return self._one_label(self._one_type(self._one_known_name(ents, out)))

    def _named_in_full(self, ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """A name the knowledge base gives two entries of one type is the one the document names
        by another name too ("Congo" in a story of "the Democratic Republic of the Congo" is that
        country, in one of "the Republic of the Congo" the other); where the document names
        neither or both otherwise, the knowledge base's first stays."""
        named: dict[str, set[str]] = {}  # key -> the folded names the document gives it
        for ent, res in zip(ents, out):
            if res[0] is not None:
                named.setdefault(res[0], set()).add(fold(ent.text))
        joined = list(out)
        for i, (ent, res) in enumerate(zip(ents, out)):
            if res[0] is None:
                continue
            text = fold(ent.text)
            keys = [e.key for e in self.kb.lookup(ent.text) if e.type == res[1]]
            if len(keys) < 2 or res[0] not in keys:
                continue
            otherwise = [k for k in keys if named.get(k, set()) - {text}]
            if len(otherwise) == 1 and otherwise[0] != res[0]:
                entry = self.kb.get(otherwise[0])
                joined[i] = (entry.key, entry.type, entry.label, entry.country)
        return joined

    def _resolve_text(self, text: str, label: str) -> Resolved:
        entry = self._fuzzy(text, label) if label in FUZZY_TYPES else None
        first, _, rest = text.partition(" ")
        if entry is None and label == "ORG" and rest and ORDINAL.match(first):
            # "116th U.S. Congress", "43e Canadese parlement": one sitting of a known body
            entry = next((e for e in self.kb.lookup(rest) if e.type == "ORG"), None)
        if entry is not None:
            entry = self._without_legal_suffix(entry)
            return entry.key, entry.type, entry.label, entry.country
        return None, label, text, None

    def _without_legal_suffix(self, entry: KBEntry) -> KBEntry:
        """A company the knowledge base knows twice, once with its legal suffix, is the entry
        without it: "Chevron Corp", "Barclays PLC" and "Unilever NV" are the Chevron, Barclays
        and Unilever the knowledge base also knows, one node in every document and across the
        store. Only a legal suffix (Inc, Corporation, PLC, NV), never a company word ("Rolls
        Royce Group", "Washington Post Company" stay as they are), and only when the name
        without it is one organisation ("CBS Corporation" stays: CBS is two)."""
        if entry.type != "ORG":
            return entry
        words = entry.label.replace(",", " ").split()
        if len(words) < 2 or words[-1] not in CORP_SUFFIXES:
            return entry
        others = {e.key: e for e in self.kb.lookup(" ".join(words[:-1])) if e.type == "ORG"}
        others.pop(entry.key, None)
        return next(iter(others.values())) if len(others) == 1 else entry

    def _fuzzy(self, text: str, label: str) -> KBEntry | None:
        exact = [e for e in self.kb.lookup(text) if e.type == label]
        if exact:
            entry = exact[0]
        elif len(fold(text).replace(" ", "")) < self.FUZZY_MIN_LETTERS:
            return None
        else:
            entry = self.kb.fuzzy_lookup(text, type=label, score_cutoff=self.FUZZY_CUTOFF)
            if entry is None and label == "PERSON":
                entry = self._by_surname(text)
            if entry is None:
                return None
            if label == "PERSON" and not _same_surname(text, entry):
                return None
            if label != "PERSON" and not _same_words(text, entry):
                return None
            self.fuzzy_merges.append((text, entry.key))
        if label == "PERSON" and not _first_names_agree(text, entry):
            return None
        return entry

    def _by_surname(self, text: str) -> KBEntry | None:
        """The one known person of this surname whose first name agrees ("M. Rutte" -> Mark Rutte;
        "Arno Rutte" -> nobody)."""
        words = text.split()
        if len(words) < 2:
            return None
        people = [e for e in self.kb.lookup(words[-1]) if e.type == "PERSON"]
        if len(people) != 1:
            return None
        first = fold(words[0], articles=False)
        for alias in (people[0].label, *people[0].aliases):
            theirs = fold(alias, articles=False).split()
            if len(theirs) >= 2 and theirs[-1] == fold(words[-1], articles=False):
                if first == theirs[0] or (len(first) == 1 and theirs[0].startswith(first)):
                    return people[0]
        return None

    def _join_after_comma(self, ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """An unknown name written after a known one and a comma is that one when the knowledge
        base knows the two without the comma as its name ("Washington, D.C.": the city, not an
        organisation "D.C."); "Portland, Oregon" stays a city and a state."""
        joined = list(out)
        for k in range(1, len(ents)):
            ent, before = ents[k], ents[k - 1]
            if (
                out[k][0] is None
                and out[k - 1][0] is not None
                and ent.start == before.end + 1
                and ent.doc[before.end].text == ","
                and any(e.key == out[k - 1][0] for e in self.kb.lookup(f"{before.text} {ent.text}"))
            ):
                joined[k] = joined[k - 1]
        return joined

    def _unfuzzed_name_words(self, ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """A one-word name that only a close spelling links to a known place or organisation is
        the word of a person's name the document writes in full, when it writes one ("Valeria"
        after "Valeria Gazzola" is she, not Valera in Venezuela): the document's own spelling
        beats a guess. The surname and first-name joins then take it to the person."""
        words: set[str] = set()
        for ent, res in zip(ents, out):
            if res[1] == "PERSON" and len(ent) >= 2:
                words.update(
                    (fold(ent[0].text, articles=False), fold(ent[-1].text, articles=False))
                )
        if not words:
            return out
        unfuzzed = []
        for ent, res in zip(ents, out):
            if (
                len(ent) == 1
                and res[0] is not None
                and res[1] in ("LOCATION", "ORG")
                and fold(ent.text, articles=False) in words
                and all(e.key != res[0] for e in self.kb.lookup(ent.text))
            ):
                res = (None, "PERSON", ent.text, None)
            unfuzzed.append(res)
        return unfuzzed

    def _join_second_surnames(self, ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """A name with two surnames, as Spanish and Portuguese names are written ("Ricardo
        Rosselló Nevares", "Pedro R. Pierluisi Urrutia"), is called by its first surname: the
        full name joins the one shorter name of that person in the document that drops the
        second surname ("Pedro Pierluisi"), and a bare first surname ("Rosselló") joins the
        one full name it stands in, when no other person's name ends in it, also where the model
        typed it otherwise ("Vázquez said" as an organisation after "Wanda Vázquez Garced"), as
        a bare surname joins a person's name that ends in it. The first surname must be no first
        name ("Mary Elizabeth Smith" is no "Elizabeth"), and the first names must agree as
        always. The name without its last word is the full name also when the word before the
        last is a first name or the knowledge base knows the full name ("John Luk" is the known
        "John Luk Jok", and the known name stands for both)."""
        people: dict[str, Resolved] = {}  # folded words -> the person of a name of 2+ words
        ends: set[str] = set()  # folded last words of names of 2+ words
        for ent, res in zip(ents, out):
            if res[1] == "PERSON" and len(ent) >= 2:
                people.setdefault(fold(ent.text, articles=False), res)
                ends.add(fold(ent[-1].text, articles=False))
        firsts: dict[str, set[str]] = {}  # first surname -> keys of the full names holding it
        shorter: dict[int, Resolved] = {}
        known_full: dict[str, Resolved] = {}  # key of a shorter name -> the known full name
        for k, (ent, res) in enumerate(zip(ents, out)):
            words = [t for t in ent if not _initial(t.text)]
            if res[1] != "PERSON" or len(words) < 3:
                continue
            surname = words[-2]
            if (
                not surname.is_alpha
                or not surname.text[0].isupper()
                or surname.lower_ in NAME_PARTICLES
            ):
                continue
            short = fold(" ".join(t.text for t in words[:-1]), articles=False)
            if short in people and _key_of(people[short]) != _key_of(res):
                # the name without its last word, also when the knowledge base knows the full
                # name and the word before it is also a first name ("John Luk" of "John Luk
                # Jok"): the same first names and the same word after them; the known one names
                # both
                if res[0] is not None and people[short][0] is None:
                    known_full[_key_of(people[short])] = res
                else:
                    shorter[k] = people[short]
            if res[0] is None and not self.kb.is_first_name(surname.text):
                firsts.setdefault(fold(surname.text, articles=False), set()).add(_key_of(res))
        joined = []
        for k, (ent, res) in enumerate(zip(ents, out)):
            if k in shorter:
                res = shorter[k]
            elif known_full and _key_of(res) in known_full:
                res = known_full[_key_of(res)]
            elif len(ent) == 1 and res[0] is None and firsts:
                word = fold(ent.text, articles=False)
                keys = firsts.get(word, set())
                if len(keys) == 1 and word not in ends:
                    key = next(iter(keys))
                    res = next(r for r in out if _key_of(r) == key)
            joined.append(res)
        return joined

    @staticmethod
    def _join_nicknames(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """A person's name with a nickname in quotes ('Jeremy "Spike" Cohen') is the person the
        document also names by the nickname and the rest ("Spike Cohen") or without the
        nickname ("Jeremy Cohen"), when no other such name gives that form; a known person
        keeps their entry and the unknown name joins it. A nickname alone ("Spike") is left to
        the first-name join."""
        forms: dict[str, dict[str, Resolved]] = {}  # folded shorter form -> key -> full name
        for ent, res in zip(ents, out):
            if res[1] != "PERSON":
                continue
            quotes = [t.i - ent.start for t in ent if t.text in QUOTES]
            if len(quotes) != 2:
                continue
            words = [t.text for t in ent]
            opening, closing = quotes
            if opening == 0 or closing - opening < 2 or closing == len(words) - 1:
                continue
            rest = words[closing + 1 :]
            for short in (words[:opening] + rest, words[opening + 1 : closing] + rest):
                forms.setdefault(fold(" ".join(short), articles=False), {})[_key_of(res)] = res
        if not forms:
            return out
        moved: dict[str, Resolved] = {}  # key -> the entity it is
        for ent, res in zip(ents, out):
            found = forms.get(fold(ent.text, articles=False), {}) if len(ent) >= 2 else {}
            if res[1] != "PERSON" or len(found) != 1:
                continue
            full = next(iter(found.values()))
            if _key_of(full) == _key_of(res):
                continue
            if res[0] is None:
                moved[_key_of(res)] = full
            elif full[0] is None:
                moved[_key_of(full)] = res
        return [moved.get(_key_of(res), res) for res in out] if moved else out

    @staticmethod
    def _join_middle_names(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """A person's first name and surname join the one fuller name in the document with the
        same first name and surname and middle names or initials between ("Elijah Cummings" and
        "Elijah Eugene Cummings", "Brian Carroll" and "Brian T. Carroll"; particles do not count:
        "Jan de Vries" and "Jan Pieter de Vries"); a known person keeps
        their entry and the unknown name joins it. With two such fuller names ("George Bush",
        "George W. Bush", "George H. W. Bush") the short name stays apart."""
        fuller: dict[tuple[str, str], dict[str, Resolved]] = {}
        for ent, res in zip(ents, out):
            words = _name_words(ent)
            if res[1] == "PERSON" and len(words) >= 3:
                fuller.setdefault((words[0], words[-1]), {})[_key_of(res)] = res
        if not fuller:
            return out
        moved: dict[str, Resolved] = {}  # key -> the entity it is
        for ent, res in zip(ents, out):
            words = _name_words(ent)
            found = fuller.get((words[0], words[-1]), {}) if len(words) == 2 else {}
            if res[1] != "PERSON" or len(found) != 1:
                continue
            full = next(iter(found.values()))
            if res[0] is None:
                moved[_key_of(res)] = full
            elif full[0] is None:
                moved[_key_of(full)] = res
        once = [moved.get(_key_of(res), res) for res in out]
        return [moved.get(_key_of(res), res) for res in once]  # a short name of a moved one

    @staticmethod
    def _join_misspelled_surnames(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """Two unknown people's names of the document with the same first names whose surnames
        are one written two ways (:func:`_other_spelling`) are one person, named by the
        spelling written more often, or first ("Frido Welker" and "Frido Walker", "Hamza bin
        Laden" and "Hamza bin Ladin"): letters swapped or mistyped, not added ("Rutte" and
        "Rutten", "Jansen" and "Janssen" are other names). A different first name is always
        another person."""
        names: dict[tuple[str, ...], dict[str, list]] = {}  # first names -> surname -> [n, res]
        for ent, res in zip(ents, out):
            words = fold(ent.text, articles=False).split()
            if res[0] is None and res[1] == "PERSON" and len(words) >= 2:
                seen = names.setdefault(tuple(words[:-1]), {}).setdefault(words[-1], [0, res])
                seen[0] += 1
        moved: dict[str, Resolved] = {}  # key -> the spelling it is
        for surnames in names.values():
            if len(surnames) < 2:
                continue
            ranked = sorted(surnames.items(), key=lambda kv: -kv[1][0])  # stable: first on a tie
            for k, (surname, (_, res)) in enumerate(ranked):
                for other, (_, kept) in ranked[:k]:
                    if (
                        _key_of(kept) not in moved
                        and len(other) == len(surname)  # "Rutte" and "Rutten" are two names
                        and _other_spelling(other, surname)
                    ):
                        moved[_key_of(res)] = kept
                        break
        return [moved.get(_key_of(res), res) for res in out] if moved else out

    def _join_short_first_names(self, ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """A person's name whose first name is the short form of another's in the document, the
        rest the same, is that person ("Mitch Stoltz" and "Mitchell Stoltz", "Stan Novak" and
        "Stanislav Novak"): the short first name, three letters or more, opens the longer one,
        and both are first names of one gender ("Paul" and "Paula", "Jan" and "Janet" are two
        people). With two such fuller names ("Dan Smith", "Daniel Smith", "Danielle Smith") it
        stays apart. As with middle names, a known person keeps their entry."""
        people: dict[tuple[str, ...], dict[str, Resolved]] = {}  # rest of the name -> people
        firsts: dict[str, str] = {}  # key -> folded first name
        for ent, res in zip(ents, out):
            words = _name_words(ent)
            if res[1] == "PERSON" and len(words) >= 2 and len(words[0]) >= 3:
                people.setdefault(tuple(words[1:]), {})[_key_of(res)] = res
                firsts[_key_of(res)] = words[0]
        moved: dict[str, Resolved] = {}
        for names in people.values():
            for key, res in names.items():
                mine = firsts[key]
                longer = [
                    other
                    for k, other in names.items()
                    if firsts[k] != mine and firsts[k].startswith(mine)
                ]
                if len(longer) != 1 or not self._one_gender(mine, firsts[_key_of(longer[0])]):
                    continue
                full = longer[0]
                if res[0] is None:
                    moved[key] = full
                elif full[0] is None:
                    moved[_key_of(full)] = res
        return [moved.get(_key_of(res), res) for res in out] if moved else out

    def _one_gender(self, first: str, other: str) -> bool:
        """Whether two first names are both known and of one gender ("Mitch", "Mitchell")."""
        gender = self.kb.first_name_gender(first)
        return gender is not None and gender == self.kb.first_name_gender(other)

    def _join_spelled_alike(self, ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """Two unknown names of one type and two words or more that are one name written two
        ways word for word (:func:`_words_alike`: "Mysore Division Railway" and "Mysore
        Divisional Railway", "Hagia Sophia" and "Haghia Sophia") are one entity, named by the
        form written more often, or first (:meth:`_misspelled` says which differences count: a
        person keeps their surname, as "Jansen" and "Janssen" are two names, and
        :meth:`_join_misspelled_surnames` takes mistyped ones; two first names are two people,
        "Daniel Smith" and "Daniela Smith")."""
        forms: dict[str, list] = {}  # key -> [mentions, res, folded words], in document order
        for ent, res in zip(ents, out):
            if res[0] is not None or res[1] not in FUZZY_TYPES:
                continue  # known or of another type: its text is not read (a Span joins it anew)
            words = fold(ent.text, articles=False).split()
            if len(words) >= 2:
                seen = forms.setdefault(_key_of(res), [0, res, words])
                seen[0] += 1
        if len(forms) < 2:
            return out
        # only names of one type whose words keep their first letters can be one (_misspelled):
        # comparing within those groups keeps a long text's many names from meeting pairwise
        groups: dict[tuple[str, ...], list[list]] = {}
        for form in sorted(forms.values(), key=lambda f: -f[0]):  # stable: first on a tie
            groups.setdefault((form[1][1], *(w[0] for w in form[2])), []).append(form)
        moved: dict[str, Resolved] = {}
        for ranked in groups.values():
            for k, (_, res, words) in enumerate(ranked):
                for _, kept, theirs in ranked[:k]:
                    if (
                        _key_of(kept) not in moved
                        and words != theirs
                        and _words_alike(words, theirs, plurals=True)
                        and self._misspelled(words, theirs, res[1])
                    ):
                        moved[_key_of(res)] = kept
                        break
        return [moved.get(_key_of(res), res) for res in out] if moved else out

    def _misspelled(self, words: list[str], theirs: list[str], type_: str) -> bool:
        """Whether two names written alike word for word (:func:`_words_alike`) may be one name:
        each word that differs keeps its first letter ("Eastern" and "Western" are two) and is
        no place, demonym or other name the knowledge base knows ("Austrian" and "Australian");
        a person keeps their surname, and a first name is not written as another first name."""
        if type_ == "PERSON" and words[-1] != theirs[-1]:
            return False
        for a, b in zip(words, theirs):
            if a == b:
                continue
            if a[0] != b[0] or any(self.kb.lookup(w) or self.kb.demonym(w) for w in (a, b)):
                return False
            if type_ == "PERSON" and self.kb.is_first_name(a) and self.kb.is_first_name(b):
                return False
        return True

    def _relatives(self, ents: list[Span], out: list[Resolved]) -> set[str]:
        """Keys of the people the document names as someone's relative (:func:`_named_as_kin`:
        "his son Abhijit Mukherjee"); without a lexicon, nobody."""
        if self.lexicon is None:
            return set()
        is_kin = self.lexicon.kin
        return {
            _key_of(res)
            for ent, res in zip(ents, out)
            if res[1] == "PERSON" and len(ent) >= 2 and _named_as_kin(ent, is_kin)
        }

    def _article_names_written_bare(self, ents: list[Span], out: list[Resolved]) -> frozenset[int]:
        """The indices of the one-word names the knowledge base knows only with a definite
        article ("the West", "het Westen"), written here without it ("West"): a surname, where a
        person of that surname is named (see :meth:`_join_surnames`)."""
        found = set()
        for k, (ent, res) in enumerate(zip(ents, out)):
            if len(ent) != 1 or res[0] is None or res[1] not in ("LOCATION", "ORG"):
                continue
            if ent.start and ent.doc[ent.start - 1].lower_ in DEFINITE_ARTICLES:
                continue
            if only_named_with_article(self.kb.get(res[0]), ent.text):
                found.add(k)
        return frozenset(found)

    def _particle_first_names(self, ents: list[Span]) -> frozenset[int]:
        """Where a person's name of two words opens with a particle that is also a first name
        ("Al Jorden", "Del Shannon"): the name may be a first name and surname, so a bare
        surname the document writes alone ("Jorden") may join it."""
        return frozenset(
            k
            for k, ent in enumerate(ents)
            if len(ent) == 2
            and ent[0].lower_ in NAME_PARTICLES
            and ent[0].text[:1].isupper()
            and ent[1].text[:1].isupper()
            and self.kb.first_name_gender(ent[0].text) is not None
        )

    @staticmethod
    def _join_surnames(
        ents: list[Span],
        out: list[Resolved],
        relatives: set[str] | frozenset[str] = frozenset(),
        first_named: frozenset[int] = frozenset(),
        gender: Callable[[str], str | None] = lambda first: None,
        bare_article_names: frozenset[int] = frozenset(),
    ) -> list[Resolved]:
        """A person's name that ends another, fuller person's name in the document joins it
        ("Rutte" after "Arno Rutte", "Van Vroonhoven" after "Nicolien van Vroonhoven"), when that
        fuller name is the only one of its kind, or the only one the reader has met when the
        surname first stands alone ("Mugabe" after "Robert Mugabe" is he, though "Grace Mugabe"
        comes later), or the only one met that is not named as the relative of someone
        (``relatives``: "Pranab Mukherjee ... his son Abhijit Mukherjee ... Mukherjee was" is
        Pranab, as news names a relative by first name). Two known people stay apart: "Trump"
        stays Donald Trump next to "Ivanka Trump"; two people met, neither a relative, leave the
        surname to neither. A name that opens with a particle is a surname ("De Blasio"), unless
        the particle is also a first name (``first_named``: "Al Jorden ... Jorden said"). A
        surname after a form of address is a bare surname ("Dr Martisius", which the model may
        call an organisation), unless the form says another gender than the fuller name's first
        name (``gender``: "Mrs Kaldor" is no Teodor Kaldor). A known name said only with its
        article, written without it (``bare_article_names``: "West" for "the West"), is a
        surname too: "Kanye West ... contacted West" is the rapper, never the bloc."""
        fuller: dict[str, Resolved | None] = {}
        #: surname -> where each fuller name of it first stands, in document order
        firsts: dict[str, dict[str, tuple[int, Resolved]]] = {}
        for k, (ent, res) in enumerate(zip(ents, out)):
            if res[1] != "PERSON" or len(ent) < 2:
                continue
            if ent[0].lower_ in NAME_PARTICLES and k not in first_named:
                continue  # "De Blasio" is a surname, no fuller name
            for k in range(1, len(ent)):
                # "Blasio" and "de Blasio" both end "Bill de Blasio"
                part = fold(ent[k:].text, articles=False)
                firsts.setdefault(part, {}).setdefault(_key_of(res), (ent.start, res))
                if (
                    part in fuller
                    and fuller[part] is not None
                    and _key_of(fuller[part]) != _key_of(res)
                ):
                    fuller[part] = None
                elif part not in fuller:
                    fuller[part] = res
        # a surname after a form of address stands alone too ("Dr Martisius", "Prof. Kaldor")
        untitled = [_untitled(ent) for ent in ents]
        bare: dict[str, int] = {}  # surname -> where it first stands alone
        for ent, name, res in zip(ents, untitled, out):
            if len(name) == 1 and res[0] is None and res[1] == "PERSON":
                bare.setdefault(fold(name.text, articles=False), ent.start)
        for part, at in bare.items():
            if fuller.get(part, 0) is None:
                met = [r for start, r in firsts[part].values() if start < at]
                if len(met) > 1:
                    met = [r for r in met if _key_of(r) not in relatives]
                if len(met) == 1:
                    fuller[part] = met[0]
        # a known place's or organisation's name that is once the subject of a clause after a
        # person of that surname is the person ("Sudesh Amman ... Amman had been released"), and
        # so are its other mentions, not after a preposition of place ("said about Amman"); an
        # object alone stays the place ("Denzel Washington visited Washington")
        subjects = {
            fold(ent.text, articles=False)
            for ent, res in zip(ents, out)
            if ent.root.dep_ in SUBJECTS and _known_word_as_surname(ent, res)
        }
        joined = []
        for k, (whole, ent, res) in enumerate(zip(ents, untitled, out)):
            # the form of address in the name, or the one the name finder cut off before it
            title = TITLE_GENDERS.get(whole.doc[ent.start - 1].lower_) if ent.start else None
            # a bare surname the model typed otherwise ("Jobs" as ORG after "Steve Jobs") joins too,
            # also one written with a hyphen ("Al-Quaety" after "Nabil Hasan al-Quaety") or after
            # a form of address ("Dr Martisius" as ORG after "Naomi Martisius")
            loose = res[1] == "PERSON" or (
                res[0] is None and (" " not in ent.text or _particle_surname(ent))
            )
            part = fold(ent.text, articles=False)
            if loose and part not in fuller:
                part = _genitive_stem(ent) or part  # "Khans slachtoffers" after "Usman Khan"
            if not loose and part in subjects and _known_word_as_surname(ent, res, again=True):
                loose = any(start < ent.start for start, _ in firsts.get(part, {}).values())
            loose = loose or k in bare_article_names
            full = fuller.get(part) if loose else None
            if full is None and loose and res[0] is None and len(ent) == 1:
                full = _spelled_like(fold(ent.text, articles=False), fuller)
            if full is not None and title and gender(full[2].split()[0]) not in (None, title):
                full = None  # "Mrs Kaldor" after "Teodor Kaldor"
            if (
                full is not None
                and _key_of(full) != _key_of(res)
                and not (res[0] and full[0] and k not in bare_article_names)
            ):
                if not (
                    len(ent) > 1
                    and res[0] is None
                    and full[0] is None
                    and len(ent.text) >= len(full[2])
                ):
                    res = full
            joined.append(res)
        return joined

    @staticmethod
    def _join_first_names(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """A lone unknown name that opens exactly one person's fuller name in the document joins
        it ("Hardeep" after "Hardeep Singh Puri", "Tuilaepa" after "Tuilaepa Sailele
        Malielegaoi"); with two such people it stays apart, and so does a word that ends another
        person's name there: it is their surname ("Vanderbilt" after "Gloria Vanderbilt" is no
        first name of "Vanderbilt Whitney")."""
        opens: dict[str, set[str]] = {}
        ends: dict[str, set[str]] = {}
        full: dict[str, Resolved] = {}
        for ent, res in zip(ents, out):
            if res[1] == "PERSON" and len(ent) >= 2:
                first = fold(ent[0].text, articles=False)
                opens.setdefault(first, set()).add(_key_of(res))
                ends.setdefault(fold(ent[-1].text, articles=False), set()).add(_key_of(res))
                full[first] = res
        joined = []
        for ent, res in zip(ents, out):
            if (
                res[0] is None
                and len(ent) == 1
                and res[1] in ("PERSON", "ORG")
                and not ent.text.isupper()
            ):
                first = fold(ent.text, articles=False)
                if len(opens.get(first, ())) == 1 and not ends.get(first, set()) - opens[first]:
                    res = full[first]
            joined.append(res)
        return joined

    def _first_names_named_like_places(
        self, ents: list[Span], out: list[Resolved]
    ) -> list[Resolved]:
        """A one-word name the knowledge base takes for a place that is also a first name, and
        the first name or its short form of exactly one person the document names in full, is
        that person ("Chad" after "Chadwick Boseman", "Georgia" after "Georgia Meloni"): the
        same gender, three letters or more, and every mention of it is a subject or stands after
        "as"/"als" ("in Chad" or "visited Chad" is the country, and then every "Chad" stays it)."""
        people: dict[str, dict[str, Resolved]] = {}  # folded first name -> key -> person
        for ent, res in zip(ents, out):
            if res[1] == "PERSON" and len(ent) >= 2 and len(ent[0].text) >= 3:
                people.setdefault(ent[0].text, {})[_key_of(res)] = res
        if not people:
            return out
        placed = {ent.text for ent in ents if len(ent) == 1 and not _named_as_a_person(ent)}
        moved: dict[int, Resolved] = {}
        for k, (ent, res) in enumerate(zip(ents, out)):
            word = ent.text
            if (
                len(ent) != 1
                or res[0] is None
                or res[1] not in ("COUNTRY", "LOCATION")
                or len(word) < 3
                or word in placed
                or not self.kb.is_first_name(word)
            ):
                continue
            found = {
                key: person
                for first, found in people.items()
                if first == word or (first.startswith(word) and self._one_gender(word, first))
                for key, person in found.items()
            }
            if len(found) == 1:
                moved[k] = next(iter(found.values()))
        return [moved.get(k, res) for k, res in enumerate(out)] if moved else out

    def _join_company_suffixes(self, ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """A company named with and without a company suffix or word is one company: an unknown
        name of it joins the organisation the knowledge base or the document names without them
        ("Apple Computer" and "Apple Computer, Inc." are the Apple the knowledge base knows, "NPD
        Group" is the "NPD" of the document), and an unknown short name joins the one company in
        the document named by it and a suffix ("ABS-CBN" after "ABS-CBN Corporation", "Shell"
        after "Shell plc"); the acronyms and short names that :meth:`_join_heads` leaves alone
        are what this joins. "Apple Corps" stays another company: "Corps" is no company word."""
        bases = [_company_base(ent) if res[1] == "ORG" else "" for ent, res in zip(ents, out)]
        companies: dict[str, dict[str, Resolved]] = {}
        for base, res in zip(bases, out):
            if base:
                companies.setdefault(base, {})[_key_of(res)] = res
        if not companies:
            return out
        #: base -> the known organisations the document or the knowledge base names by it alone
        known: dict[str, dict[str, Resolved]] = {}
        for ent, res in zip(ents, out):
            if res[0] is not None and res[1] == "ORG" and fold(ent.text) in companies:
                known.setdefault(fold(ent.text), {})[_key_of(res)] = res
        for base in companies.keys() - known.keys():
            entries = [e for e in self.kb.lookup(base) if e.type == "ORG"]
            if len(entries) == 1:
                entry = entries[0]
                known[base] = {entry.key: (entry.key, entry.type, entry.label, entry.country)}
        joined = []
        for ent, base, res in zip(ents, bases, out):
            if res[0] is None and base and len(known.get(base, ())) == 1:
                res = next(iter(known[base].values()))
            elif res[0] is None and res[1] in ("ORG", "MISC"):
                found = companies.get(fold(ent.text), {})
                if len(found) == 1:
                    res = next(iter(found.values()))
            joined.append(res)
        return joined

    def _acronyms_spelled_otherwise(
        self, doc: Doc, ents: list[Span], out: list[Resolved]
    ) -> list[Resolved]:
        """A bare acronym the knowledge base knows as an organisation's is not that organisation
        when the document spells its letters with capitalised words and none of them is a word
        of the organisation's names ("GM" after "Grand Master" is no General Motors; after
        "General Motors" it is, and "NATO" after "North Atlantic Treaty Organization" is NATO
        however its name is spelled). It stays an unknown name, free to join what it spells."""
        acronyms = [
            _acronym(ent) if res[0] is not None and res[1] == "ORG" else ""
            for ent, res in zip(ents, out)
        ]
        wanted = set(filter(None, acronyms))
        if not wanted:
            return [res for _, res in zip(ents, out)]
        # only the runs whose initials a known acronym spells: folding every run was most of
        # the rule's cost
        spellings = _capitalised_spellings(doc, wanted)
        found: list[Resolved] = []
        for ent, res, letters in zip(ents, out, acronyms):
            if letters:
                runs = spellings.get(letters, set())
                names = {w for a in self.kb.get(res[0]).aliases for w in fold(a).split()}
                if runs and not any(set(run.split()) & names for run in runs):
                    res = (None, res[1], ent.text, None)
            found.append(res)
        return found

    @staticmethod
    def _join_acronyms(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """An unknown acronym joins an organisation in the document whose initials it spells
        ("NSC" after "Nieuw Sociaal Contract") or a place's of three letters or more ("NSW" after
        "New South Wales", "ISS" after "International Space Station"), or the name of any type
        it stands in brackets after ("Los Angeles (LA)"); an unknown organisation joins the
        known acronym in the document that spells its initials ("Organisation of Islamic
        Cooperation (OIC)" is the OIC the knowledge base knows). An acronym that spells a country
        the document names and then an organisation's initials joins that organisation, when
        it is the one the letters spell ("USAF" after "the U.S." and "the Air Force"), and such
        an organisation joins such a known acronym ("the Department of Agriculture" is the
        USDA)."""
        initials: dict[str, Resolved] = {}
        known: dict[str, set[str]] = {}  # letters -> keys of the known acronyms that spell them
        known_res: dict[str, Resolved] = {}
        orgs: dict[str, dict[str, Resolved]] = {}  # initials -> the organisations they spell
        countries: set[str] = set()  # the letters of the countries named ("US", "UK")
        for ent, res in zip(ents, out):
            letters = _acronym(ent)
            if letters and res[0] is not None and res[1] == "ORG":
                known.setdefault(letters, set()).add(_key_of(res))
                known_res[letters] = res
            if res[1] == "COUNTRY" and res[0] is not None:
                # as written and as labelled: "USAF" in a Dutch text naming "Verenigde Staten"
                label = [w for w in res[2].split() if w[:1].isupper()]
                countries.update([letters] if letters else _initials(ent))
                countries.update(c for c in spelled_acronyms(label) if len(c) >= 2)
            if len(ent) < 2:
                continue
            if res[1] == "ORG":
                for caps in _initials(ent):
                    orgs.setdefault(caps, {})[_key_of(res)] = res
            for caps in _initials(ent):
                if (
                    res[1] == "ORG"
                    or (res[1] == "LOCATION" and len(caps) >= 3)
                    or _bracketed_after(ent, caps)
                ):
                    initials.setdefault(caps, res)
        joined: list[Resolved] = []
        for k, (ent, res) in enumerate(zip(ents, out)):
            letters = _acronym(ent)
            if res[0] is None and letters and letters not in initials:
                res = _country_and_initials(letters, countries, orgs) or res
            elif res[0] is None and letters:
                res = initials.get(letters, res)
            elif res[0] is None and res[1] == "ORG" and len(ent) >= 2:
                own = _initials(ent)
                with_country = [country + c for c in own for country in countries]
                spelled = [
                    c for c in own + with_country if len(c) >= 3 and len(known.get(c, ())) == 1
                ]
                if spelled:
                    res = known_res[spelled[0]]
            elif res[0] is None and k > 0 and _short_form_in_brackets(ent, ents[k - 1]):
                res = joined[k - 1]  # "het Europees Hof van Justitie (HvJ)"
            if res[0] is None and res[1] == "ORG":
                # "het Hooggerechtshof (Oberster Gerichtshof)": one court, named in two languages
                if (
                    k + 1 < len(ents)
                    and out[k + 1][0] is not None
                    and out[k + 1][1] == "ORG"
                    and _in_brackets_after(ents[k + 1], ent)
                ):
                    res = out[k + 1]  # the known one
                elif k > 0 and joined[k - 1][1] == "ORG" and _in_brackets_after(ent, ents[k - 1]):
                    res = joined[k - 1]  # neither known (or the first): named after the first
            joined.append(res)
        return joined

    @staticmethod
    def _join_acronym_fronts(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """An unknown organisation named by an acronym and more words joins the one
        organisation in the document whose first words the acronym spells and whose other words
        are the same ("UC Davis" is the "University of California, Davis"; "UC Irvine" is not:
        two universities of one system stay two)."""
        fronts: dict[tuple[str, str], dict[str, Resolved]] = {}
        for ent, res in zip(ents, out):
            if res[1] != "ORG" or len(ent) < 3:
                continue
            words = [t.text for t in ent if t.is_alpha or t.like_num]
            for k in range(2, len(words)):
                rest = fold(" ".join(words[k:]))
                for caps in spelled_acronyms(w for w in words[:k] if w[:1].isupper()):
                    if len(caps) >= 2:
                        fronts.setdefault((caps, rest), {})[_key_of(res)] = res
        if not fronts:
            return out
        joined = []
        for ent, res in zip(ents, out):
            letters = _acronym(ent[:1]) if len(ent) >= 2 else ""
            if res[0] is None and res[1] == "ORG" and letters:
                found = fronts.get((letters, fold(ent[1:].text)), {})
                if len(found) == 1 and _key_of(res) not in found:
                    res = next(iter(found.values()))
            joined.append(res)
        return joined

    def _join_country_words(self, ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """An organisation named with its country in front is the organisation of that name in
        the document, whichever way the country is written: "United States Navy" and "U.S.
        Navy" are one; "United States Democratic Party" is the Democratic Party the knowledge
        base knows in the United States; "US Green Party" and "Green Party" are one when no
        other country's or longer "Green Party" is named. The country may also follow the name
        ("Parliament of the United Kingdom" is the "UK parliament" and the "British Parliament"),
        and a body named by its country and head alone is the one longer body of that country
        and head in the document ("Iranian Federation" after "Iranian Chess Federation"; not
        when an "Iranian Football Federation" is named too). The name without its country is
        that organisation only after the name with it, unless the country is the one the
        document is mostly about, or none is: "the Senate" in a story on Puerto Rico that later
        names "the U.S. Senate" is Puerto Rico's senate; "Congress" in an American story is the
        U.S. Congress."""
        lang = ents[0].doc.lang_ if ents else ""
        split = [
            self._country_and_rest(ent, lang, after=r[0] is None) if r[1] == "ORG" else None
            for ent, r in zip(ents, out)
        ]
        if not any(split):
            return out
        by_name: dict[tuple[str, str], Resolved] = {}  # (country, rest) -> the first such
        countries: dict[str, set[str]] = {}  # rest -> countries written in front of it
        for parts, res in zip(split, out):
            if parts:
                by_name.setdefault(parts, res)
                countries.setdefault(parts[1], set()).add(parts[0])
        wider = _one_wider(by_name)
        known = {}
        for country, rest in by_name:
            entry = next(
                (e for e in self.kb.lookup(rest) if e.type == "ORG" and e.country == country),
                None,
            )
            if entry is not None:
                known[(country, rest)] = (entry.key, entry.type, entry.label, entry.country)
        names = {fold(ent.text): ent.text for ent, res in zip(ents, out) if res[1] == "ORG"}
        first_at: dict[str, int] = {}  # rest -> where a name of it with its country is first
        main = _main_country(out)  # the story's own country's bodies are named bare any time
        for ent, parts in zip(ents, split):
            if parts:
                first_at.setdefault(parts[1], -1 if main in (None, parts[0]) else ent.start)
        joined = []
        for ent, parts, res in zip(ents, split, out):
            if res[0] is None and parts:
                parts = wider.get(parts, parts)
                res = known.get(parts) or by_name[parts]
            elif (
                res[0] is None
                and res[1] == "ORG"
                and len(countries.get(fold(ent.text), ())) == 1
                # named with its country before: "the Senate" before "the U.S. Senate" is
                # another senate (Puerto Rico's)
                and first_at[fold(ent.text)] < ent.start
            ):
                rest = fold(ent.text)
                longer = [t for n, t in names.items() if n != rest and n.endswith(" " + rest)]
                country = next(iter(countries[rest]))
                if all(self._country_and_rest_text(t, lang) == (country, rest) for t in longer):
                    res = known.get((country, rest)) or by_name[(country, rest)]
            joined.append(res)
        return joined

    def _join_country_tails(self, ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """An organisation named with a country's name after it ("Mazars USA", "ABC Australia")
        is the organisation the document names without it: its bare name ("Mazars", which the
        model may call a place), and, when that bare name is a news outlet's, the one name of it
        with an outlet's word ("ABC News"). The document gives no sign of two: it names the
        organisation with one country only ("Shell Nederland" beside "Shell UK" stay apart),
        and with one outlet's word only ("ABC News" beside "ABC Radio" stay apart)."""
        bases: dict[str, dict[str, Resolved]] = {}  # folded bare name -> country -> first such
        for ent, res in zip(ents, out):
            if res[0] is None and res[1] == "ORG" and len(ent) >= 2:
                for n in (2, 1):
                    tail = ent[-n:].text if len(ent) > n else ""
                    country = next(
                        (e.key for e in self.kb.lookup(tail) if e.type == "COUNTRY"), None
                    )
                    if country is not None:
                        bases.setdefault(fold(ent[:-n].text), {}).setdefault(country, res)
                        break
        bases = {b: c for b, c in bases.items() if len(c) == 1}
        if not bases:
            return out
        outlets = load_outlet_words()
        heads: dict[str, set[str]] = {}  # bare name -> the outlet names of it in the document
        for ent, res in zip(ents, out):
            words = fold(ent.text).split()
            for n in (1, 2):
                base = " ".join(words[:-n])
                if res[1] == "ORG" and base in bases and " ".join(words[-n:]) in outlets.heads:
                    heads.setdefault(base, set()).add(" ".join(words))
        joined = []
        for ent, res in zip(ents, out):
            name = fold(ent.text)
            base = next(
                (
                    b
                    for b in bases
                    if name == b
                    and res[1] != "PERSON"
                    or len(heads.get(b, ())) == 1
                    and name in heads[b]
                    and outlets.names_an_outlet(b)
                ),
                None,
            )
            if res[0] is None and base is not None:
                res = next(iter(bases[base].values()))
            joined.append(res)
        return joined

    def _country_and_rest(self, ent: Span, lang: str, after: bool) -> tuple[str, str] | None:
        """(ISO code, folded rest) of an organisation name that opens with a country's name or
        adjective ("U.S. Navy" -> ("USA", "navy")), or, when ``after``, ends in "of" and one
        ("Parliament of the United Kingdom" -> ("GBR", "parliament")), else None. A known name
        is not taken apart after "of": "Bank of America" is no American bank."""
        return self._country_and_rest_text(ent.text, lang, after) if len(ent) >= 2 else None

    def _country_and_rest_text(
        self, text: str, lang: str, after: bool = False
    ) -> tuple[str, str] | None:
        words = text.split()
        # "Parliament of the United Kingdom", "Parlement van het Verenigd Koninkrijk"
        at = next((i for i, w in enumerate(words) if w.lower() in OF_PREPOSITIONS and i), None)
        if after and at is not None:
            country_words = words[at + 1 :]
            if country_words and country_words[0].lower() in DEFINITE_ARTICLES:
                country_words = country_words[1:]
            if 0 < len(country_words) <= 3:
                country = self.kb.country_named(" ".join(country_words), lang)
                if country is not None:
                    return country.key, fold(" ".join(words[:at]))
        for n in range(min(3, len(words) - 1), 0, -1):
            country = self.kb.country_named(" ".join(words[:n]), lang)
            if country is not None:
                rest = " ".join(words[n:])
                # "het Amerikaanse leger" and "de Amerikaanse strijdkrachten": one armed force
                return country.key, fold("armed forces" if rest.lower() in ARMED_FORCES else rest)
        return None

    def _join_missions(self, ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """A country's embassy named with a city and with the city's country ("de Amerikaanse
        ambassade in Bagdad", "... in Irak") is one mission: same country, same noun, the same
        country it is in (the knowledge base's country of the city); "the US Embassy in London"
        and "... in Paris" stay two."""
        first: dict[tuple[str, str, str], Resolved] = {}
        joined = []
        for ent, res in zip(ents, out):
            mission = self._mission(ent) if res[0] is None and res[1] == "ORG" else None
            if mission is not None:
                res = first.setdefault(mission, res)
            joined.append(res)
        return joined

    def _mission(self, ent: Span) -> tuple[str, str, str] | None:
        """(the sending country, the mission noun, the country it is in) of a mission's name
        "<country> <noun> <preposition> <place>" (names.py ``_missions``), or None."""
        noun = next((t.i for t in ent if t.lower_ in MISSION_NOUNS), None)
        if noun is None or noun == ent.start or noun + 2 >= ent.end:
            return None
        lang = ent.doc.lang_
        sender = self.kb.country_named(ent.doc[ent.start : noun].text, lang)
        place = ent.doc[noun + 2 : ent.end].text
        host = self.kb.country_named(place, lang)
        where = host.key if host else next((e.country for e in self.kb.lookup(place)), None)
        if sender is None or where is None:
            return None
        return sender.key, ent.doc[noun].lower_, where

    @staticmethod
    def _join_chamber_words(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """A chamber word alone ("Kamer", "Chamber"), which the model called an organisation, is
        the one chamber of a parliament the document names by a longer name that ends in a
        chamber's word ("de Kamer" after "het Huis van Afgevaardigden": the US House, as
        a Dutch text calls it); with two such chambers ("Tweede Kamer", "Eerste Kamer") it stays
        apart. Only a name of two words or more counts as naming a chamber in full: a bare
        "Senaat" may be any body, and the bare word itself names none. A word that heads a
        chamber's name ("House", "Huis") alone is the one chamber whose name it heads ("the
        House" after "the House of Representatives", also beside "the Senate"), never another
        name that ends in it ("the White House", "House Judiciary Committee")."""
        chambers: dict[str, Resolved] = {}
        heads: dict[str, dict[str, Resolved]] = {}  # head word -> the chambers it heads
        for ent, res in zip(ents, out):
            words = fold(ent.text).split()
            if res[1] == "ORG" and len(words) >= 2 and words[-1] in CHAMBER_HEADS:
                chambers[_key_of(res)] = res
                heads.setdefault(_head_word(" ".join(words)), {})[_key_of(res)] = res
        if not chambers:
            return out
        chamber = next(iter(chambers.values())) if len(chambers) == 1 else None
        joined = []
        for ent, res in zip(ents, out):
            if res[0] is None and res[1] == "ORG" and len(ent) == 1:
                word = ent[0].lower_
                headed = heads.get(word, {}) if word in CHAMBER_OPENERS else {}
                if len(headed) == 1:
                    res = next(iter(headed.values()))
                elif chamber is not None and word in CHAMBER_WORDS:
                    res = chamber
            joined.append(res)
        return joined

    def _opening_with_country(self, ents: list[Span], out: list[Resolved]) -> frozenset[int]:
        """The indices of the names that open with the name of a country of one or two words
        and go on ("U.S. Senate"; not its adjective), a country other than the one the document
        is mostly about (:func:`_main_country`): in an American story "Congress" before "the U.S.
        Congress" is that Congress, and so is "Air Force" before "the United States Air Force"
        in a story that names no other country."""
        main = _main_country(out)
        if main is None:
            return frozenset()  # no country the story is about: a bare name is its body
        return frozenset(
            i
            for i, ent in enumerate(ents)
            if any(
                len(ent) > k
                and any(e.type == "COUNTRY" and e.key != main for e in self.kb.lookup(ent[:k].text))
                for k in (1, 2)
            )
        )

    @staticmethod
    def _join_heads(
        ents: list[Span], out: list[Resolved], countries: frozenset[int] = frozenset()
    ) -> list[Resolved]:
        """An unknown short organisation name (up to three words) that heads or ends the one
        longer organisation name in the document joins it ("Parliament" after "Parliament of
        Iraq", "Congress" after "US Congress", "Mahan" after "Mahan Air", "Court of Justice" after
        "European Court of Justice", "Port Authority" after "Port Authority of New York and New
        Jersey"; not "House of Commons" before "House of Commons Library"); one word the model
        called an organisation joins the one airport or port it opens ("Payam" after "Payam
        International Airport"; "Calicut" the town stays apart from "Calicut International
        Airport"). A surname already joined to a person's full name stays with the person ("Day"
        after "Doris Day" and "Doris Day Animal Foundation" is Doris Day). A name with "and" in
        it ends a longer one that holds the same "and" ("Oversight and Reform Committee" after
        "House Oversight and Reform Committee"); a longer name that joins two names ("Kelly and
        Baroni") is no name a shorter one stands for otherwise. One word the model called an
        organisation is the one college, hospital or university of the document it opens
        ("Ithaca" after "Ithaca College", :func:`_institution_of`); a name with its word for a
        party joins no longer body ending in the name ("Congress Party" is not the United States
        Congress). A word the model called a person opens a body the knowledge base knows
        only as one of the names it lists for it ("White" is a surname, not "the White House").
        A name that opens with its
        country (``countries``, indices: "U.S. Senate") is what a short name stands for only once
        it is written: "the Senate" before "the U.S. Senate" in a story on Puerto Rico is Puerto
        Rico's."""
        joined = list(out)
        longer = {
            i: fold(ent.text.replace("-", " "))
            for i, (ent, res) in enumerate(zip(ents, out))
            if (
                res[1] == "ORG"
                or (res[1] == "LOCATION" and ent[-1].lower_ in PLACE_HEADS | DROPPED_PLACE_HEADS)
            )
            and (len(ent) >= 2 or res[1] == "ORG")
            and not named_after_a_place(ent.text)  # "Kent" the county, not "Kent police"
        }
        paired = {i for i in longer if _coordinated(ents[i])}
        written_at: dict[str, int] = {}  # folded name -> where the document first writes it
        for ent in ents:
            written_at.setdefault(fold(ent.text), ent.start)
        # longest first, so that a short name sees the longer ones as already joined ("Court"
        # after "United States Supreme Court" and "Supreme Court", which joined it: one court)
        for i in sorted(range(len(ents)), key=lambda i: -len(ents[i])):
            ent, res = ents[i], joined[i]
            if res[1] == "PERSON" and _ends_name(ent.text, res[2]):
                continue  # a surname that joined a person's full name stays that person
            ands = sum(t.lower_ in COORDINATORS for t in ent)
            if res[0] is None and len(ent) - ands <= 3 and not ent.text.isupper():
                short = fold(ent.text)
                hits: dict[str, Resolved] = {}
                written: dict[str, set[str]] = {}  # key -> the longer names written for it
                first: dict[str, int] = {}  # key -> where a longer name of it is first written
                opened: dict[str, int] = {}  # key -> where any longer name of it is first written
                for j, text in longer.items():
                    r = joined[j]
                    if j in paired and not (ands and text.endswith(" " + short)):
                        continue  # two names joined, unless the short one holds the "and" too
                    compound = len(ent) == 1 and _compound_on(short, _head_word(text))
                    if " " not in text and not compound:
                        continue  # one word is a longer name only as a compound on the short one
                    if res[1] == "PERSON" and r[0] is not None and text.startswith(short + " "):
                        continue  # the knowledge base lists a known body's short names
                    if (
                        text != short
                        and (r[1] == "ORG" or (len(ent) == 1 and res[1] == "ORG"))
                        and (compound or _heads_or_ends(short, text, len(ent)))
                    ) or (
                        (res[1] == r[1] == "LOCATION" and _place_without_head(short, text))
                        or (res[1] == r[1] == "ORG" and _institution_of(short, text))
                    ):
                        hits[_key_of(r)] = r
                        written.setdefault(_key_of(r), set()).add(text)
                        at = ents[j].start if j in countries else -1
                        first[_key_of(r)] = min(first.get(_key_of(r), at), at)
                        opened[_key_of(r)] = min(
                            opened.get(_key_of(r), ents[j].start), ents[j].start
                        )
                if len(hits) > 1:
                    hits = _narrowed(short, hits, written)
                if len(hits) > 1 and _after_the(ent):
                    some = hits
                    hits = _most_named(hits, joined)
                    if not hits and len(ent) == 1:
                        hits = _named_before(some, opened, written_at[short])
                if (
                    len(hits) == 1
                    and (res[1] == "ORG" or len(ent) == 1)
                    and first[next(iter(hits))] < ent.start
                ):
                    joined[i] = next(iter(hits.values()))
        return joined

    @staticmethod
    def _join_same_text(
        ents: list[Span], written: list[Resolved], out: list[Resolved]
    ) -> list[Resolved]:
        """One unknown name, one entity in a document: when some mentions of a name joined a
        fuller one and all of those joined the same, its other mentions join it too ("Payam"
        the model called a place, after "Payam" it called an organisation joined "Payam
        International Airport"). A name whose mentions joined two different ones stays as it
        is."""
        targets: dict[str, set[str]] = {}
        first: dict[str, Resolved] = {}
        for ent, was, res in zip(ents, written, out):
            if was[0] is None and res != was:
                name = fold(ent.text)
                targets.setdefault(name, set()).add(_key_of(res))
                first.setdefault(name, res)
        if not targets:
            return out
        joined = []
        for ent, was, res in zip(ents, written, out):
            name = fold(ent.text)
            if was[0] is None and res == was and len(targets.get(name, ())) == 1:
                res = first[name]
            joined.append(res)
        return joined

    @staticmethod
    def _one_known_name(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
        """One name, one entity: where the knowledge base names most mentions of a written name
        as one entry, its other mentions, which the model typed otherwise and nothing named,
        are that entry too ("Victoria" the state, which the model once called an organisation
        and the head join took for a "Victoria Rowing Club", or a person in "Melbourne 0.5%,
        Victoria 1.6%"). A mention that became a person stays one when a person's longer name
        in the document holds it (a surname: "Washington" after "George Washington")."""
        # only an unknown mention can change: without one, no name is read (each ``ent.text``
        # joins the span's words anew), and each is folded once
        if all(res[0] is not None for res in out):
            return out
        names = [fold(ent.text) for ent in ents]
        in_people = {
            word
            for name, res in zip(names, out)
            if res[1] == "PERSON" and " " in name
            for word in name.split()
        }
        known: dict[str, dict[str, Resolved]] = {}  # folded name -> the entries named by it
        counts: Counter[tuple[str, bool]] = Counter()  # (folded name, known) -> mentions
        for name, res in zip(names, out):
            counts[(name, res[0] is not None)] += 1
            if res[0] is not None:
                known.setdefault(name, {})[res[0]] = res
        if not known:
            return out
        joined = []
        for name, res in zip(names, out):
            entries = known.get(name, {})
            if (
                res[0] is None
                and (res[1] != "PERSON" or (" " not in name and name not in in_people))
                and len(entries) == 1
                and counts[(name, True)] > counts[(name, False)]
            ):
                res = next(iter(entries.values()))
            joined.append(res)
        return joined

    @staticmethod
    def _one_type(out: list[Resolved]) -> list[Resolved]:
        """One entity, one type: an unknown name gets the type most of its mentions have (the
        longest name's type on a tie)."""
        votes: dict[str, Counter[str]] = {}
        for key, type_, label, _ in out:
            if key is None:
                votes.setdefault(fold(label), Counter())[type_] += 1
        best = {
            name: counts.most_common(1)[0][0] for name, counts in votes.items() if len(counts) > 1
        }
        if not best:
            return out
        return [
            (k, best.get(fold(label), t) if k is None else t, label, c) for k, t, label, c in out
        ]

    @staticmethod
    def _one_label(out: list[Resolved]) -> list[Resolved]:
        """One name, one node: unknown names of one type that are the same name but for case,
        dots, hyphens and spaces ("U.S. Air Force", "US Air Force"; "D.C.", "DC"; "Marine
        Traffic", "MarineTraffic") take the label seen first, so they get one id (an id is
        spelled from the label, dots and all)."""
        first: dict[tuple[str, str], str] = {}
        for key, type_, label, _ in out:
            if key is None:
                first.setdefault((type_, _unspaced(label)), label)
        return [
            (k, t, first[(t, _unspaced(label))] if k is None else label, c)
            for k, t, label, c in out
        ]

    @staticmethod
    def _register(
        entities: dict[str, EntityInfo],
        key: str | None,
        type_: str,
        label: str,
        country: str | None,
    ) -> EntityInfo:
        eid = entity_id(key, type_, label)
        info = entities.get(eid)
        if info is None:
            info = entities[eid] = EntityInfo(
                id=eid, label=label, type=type_, country=country, kb_key=key
            )
        elif not key and len(label) > len(info.label):
            info.label = label
        return info


def _main_country(out: list[Resolved]) -> str | None:
    """The country the document is mostly about: the one its known names (countries, places,
    people, bodies) belong to most often; None on a tie or none."""
    counts = Counter(res[3] for res in out if res[3] is not None)
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _unspaced(label: str) -> str:
    """A name's folded letters without the spaces between its words, so that one name written
    apart or together ("Marine Traffic", "MarineTraffic") has one key."""
    return fold(label).replace(" ", "")


def _name_words(ent: Span) -> list[str]:
    """The folded words of a person's name without its particles ("Jan de Vries" -> jan,
    vries), so that a middle name is told from a particle."""
    return [w for t in ent for w in fold(t.text, articles=False).split() if w not in NAME_PARTICLES]


def _ends_name(short: str, name: str) -> bool:
    """Whether ``short`` is the last words of the longer ``name`` ("Day" of "Doris Day")."""
    mine, theirs = fold(short, articles=False).split(), fold(name, articles=False).split()
    return 0 < len(mine) < len(theirs) and theirs[-len(mine) :] == mine


def _particle_surname(ent: Span) -> bool:
    """Whether a name of two words or more is a surname with its particles ("De La Fuente", "van
    der Wal"), which the model may call an organisation: particles, then one capitalised word."""
    return (
        len(ent) >= 2
        and all(t.lower_ in NAME_PARTICLES for t in ent[:-1])
        and ent[-1].text[:1].isupper()
    )


def _genitive_stem(ent: Span) -> str:
    """The folded name without the genitive ending of its last word, when it stands before the
    noun it owns ("Khans" in "Khans slachtoffers", "Van der Wals" in "Van der Wals advocaat":
    "khan", "van der wal"; ``namewords.<lang>.tsv`` kind genitive_ending), else ""."""
    doc, last = ent.doc, ent[-1].text
    after = doc[ent.end] if ent.end < len(doc) else None
    if (
        after is None
        or not after.is_alpha
        or not after.is_lower
        or after.pos_ not in ("NOUN", "ADJ")
        or last.endswith(SINGULAR_ENDINGS)
    ):
        return ""
    ending = next((e for e in GENITIVE_ENDINGS if last.endswith(e) and len(last) > len(e) + 1), "")
    if not ending:
        return ""
    return fold(ent.text[: -len(ending)], articles=False)


def _initial(text: str) -> bool:
    """A first name's or middle name's initial ("R.", "J")."""
    return len(text.rstrip(".")) == 1 and text[:1].isupper()


def _company_base(ent: Span) -> str:
    """The folded name of a company without the suffixes and company words after it ("Apple
    Computer, Inc." -> "apple"), or "" when it ends in none."""
    end = len(ent)
    while end > 1 and (
        ent[end - 1].text in CORP_SUFFIXES
        or ent[end - 1].lower_ in COMPANY_WORDS
        or (ent[end - 1].text == "," and end < len(ent))
    ):
        end -= 1
    return fold(ent[:end].text) if end < len(ent) and ent[end - 1].text != "," else ""


def _acronym(ent: Span) -> str:
    """The letters of a one-token name in capitals ("NSC", "PG&E" -> "PGE"), else ""."""
    if len(ent) != 1:
        return ""  # before spelling out the text: most names are longer
    # the one word's text: a Span joins its words' texts anew at every read (several us)
    letters = "".join(c for c in ent[0].text if c.isalnum())
    return letters if letters.isupper() and len(letters) >= 2 else ""


def _capitalised_spellings(doc: Doc, wanted: Collection[str]) -> dict[str, set[str]]:
    """The runs of two to six capitalised words in the text, folded, by their initials
    ("Grand Master" under "GM"), so that an acronym can be told apart from a name it spells;
    only the runs whose initials are ``wanted``."""
    out: dict[str, set[str]] = {}
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha]
        run: list[str] = []
        for t in list(words) + [None]:
            if t is not None and t.text[:1].isupper() and not t.is_upper:
                run.append(t.text)
                continue
            for i in range(len(run)):
                for j in range(i + 2, min(i + 6, len(run)) + 1):
                    caps = "".join(w[0] for w in run[i:j]).upper()
                    if caps in wanted:
                        out.setdefault(caps, set()).add(fold(" ".join(run[i:j])))
            run = []
    return out


def _initials(ent: Span) -> list[str]:
    """The acronyms a longer name may go by: the initials of its capitalised words, and without
    an organisation's head ("Pacific Gas and Electric Company" is PG&E, with or without its
    "Company")."""
    words = [t.text for t in ent if t.text[:1].isupper()]
    out = [c for c in spelled_acronyms(words) if len(c) >= 2]  # "Sociaal-Economische Raad": SER
    if len(words) > 2 and words[-1].lower() in ORG_HEADS:
        out.append(spelled_acronyms(words[:-1])[0])
    return out


def _person_initials(ent: Span) -> str:
    """The initials of a person's full name of two or three capitalised words, each part of a
    hyphenated one counted ("AOC" of "Alexandria Ocasio-Cortez"), else ""."""
    words = ent.text.replace("-", " ").split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return ""
    return spelled_acronyms(words)[0]


def _join_person_initials(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
    """An unknown name in capitals the model called a person is the one person of the document
    whose full name of two or three words it spells ("MS" answering an interview after "Michael
    Siegel", "AOC" after "Alexandria Ocasio-Cortez"), when no organisation or place of the
    document has those initials too; with two such people it stays apart."""
    people: dict[str, dict[str, Resolved]] = {}  # initials -> the people they spell
    others: set[str] = set()  # initials of the organisations and places
    for ent, res in zip(ents, out):
        if len(ent) < 2:
            continue
        if res[1] == "PERSON":
            letters = _person_initials(ent)
            if letters:
                people.setdefault(letters, {})[_key_of(res)] = res
        else:
            others.update(_initials(ent))
    if not people:
        return out
    joined = []
    for ent, res in zip(ents, out):
        letters = _acronym(ent) if res[0] is None and res[1] == "PERSON" else ""
        found = people.get(letters, {}) if letters not in others else {}
        joined.append(next(iter(found.values())) if len(found) == 1 else res)
    return joined


def _country_and_initials(
    letters: str, countries: set[str], orgs: dict[str, dict[str, Resolved]]
) -> Resolved | None:
    """The one organisation whose initials (two letters at least) follow a named country's
    letters in ``letters`` ("USAF": "US" and the "Air Force"), else None."""
    hits: dict[str, Resolved] = {}
    for country in countries:
        rest = letters[len(country) :]
        if letters.startswith(country) and len(rest) >= 2:
            hits.update(orgs.get(rest, {}))
    return next(iter(hits.values())) if len(hits) == 1 else None


def _untitled(ent: Span) -> Span:
    """The name without the forms of address before it ("Dr Martisius": "Martisius"), or the
    whole name when nothing else is left."""
    start = ent.start
    while start + 1 < ent.end and ent.doc[start].lower_ in HONORIFICS:
        start += 1
    return Span(ent.doc, start, ent.end)  # doc[start:end] without the slice's checks


def _bracketed_after(ent: Span, letters: str) -> bool:
    """Whether the name is followed by its acronym in brackets: "International Space Station
    (ISS)"."""
    doc = ent.doc
    opening = _word_at(doc, ent.end)
    inside = _word_at(doc, opening + 1)
    closing = _word_at(doc, inside + 1)
    return (
        closing < len(doc)
        and doc[opening].text == "("
        and doc[closing].text == ")"
        and "".join(c for c in doc[inside].text if c.isalnum()) == letters
    )


def _word_at(doc: Doc, i: int) -> int:
    """The index of the first token from ``i`` on that is no whitespace (a thin or double
    space the tokeniser keeps as a token: "Oberster Gerichtshof\u2009)"), or ``len(doc)``."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _in_brackets(ent: Span, name: Span, marks: tuple[str, str] = ("(", ")")) -> bool:
    """Whether ``ent`` stands alone in brackets (``marks``, round by default) right after
    ``name``, whitespace tokens aside."""
    doc = ent.doc
    opening = _word_at(doc, name.end)
    closing = _word_at(doc, ent.end)
    return (
        opening < len(doc)
        and doc[opening].text == marks[0]
        and _word_at(doc, opening + 1) == ent.start
        and closing < len(doc)
        and doc[closing].text == marks[1]
    )


def _join_place_tails(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
    """An unknown acronym alone is the known place whose name, as the document writes it, ends
    in it: "D.C." (which the Dutch model calls an organisation) after "Washington D.C.", when no
    other known place of the document ends so."""
    tails: dict[str, dict[str, Resolved]] = {}  # letters -> the places written ending in them
    for ent, res in zip(ents, out):
        if res[0] is not None and res[1] == "LOCATION" and len(ent) >= 2:
            letters = _acronym(ent[-1:])
            if letters:
                tails.setdefault(letters, {})[res[0]] = res
    if not tails:
        return out
    joined = []
    for ent, res in zip(ents, out):
        places = tails.get(_acronym(ent), {}) if res[0] is None else {}
        joined.append(next(iter(places.values())) if len(places) == 1 else res)
    return joined


def _join_glosses(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
    """A name the text gives right after a name as another name of it is one entity with it:
    the editor's gloss in square brackets ("Ayasofya [Haghia Sophia]", "UTT [University of
    Texas at Tyler]", "Cindy [Pinhal]") and a name introduced as the other one's
    (:func:`_introduced_as`: "Jane Doe, known professionally as Jaybird", "Kaldon Falls,
    better known as Kaldon"; :func:`_or_as_known`: "the Kaldon Liberation Front, or KLF as it
    is known") or as the name its subject is known by
    (:func:`_named_as_subject`: "Jane Doe is better known as Jaybird"). Every mention of the
    second entity joins the first (the known one, if only the second is known). A gloss the
    model did not find as a name is one where the text names it so elsewhere
    (:func:`_glosses_named_elsewhere`). A country joins only a country: a demonym before a
    bracket ("Indian [Railways]") names no gloss."""
    # both introductions need a word of naming: most documents have none
    naming = bool(ents) and _has_alias_verb(ents[0].doc)
    glossed = [
        (k - 1, k)
        for k in range(1, len(ents))
        if _in_brackets(ents[k], ents[k - 1], ("[", "]"))
        or (naming and (_introduced_as(ents[k], ents[k - 1]) or _or_as_known(ents[k], ents[k - 1])))
    ]
    pairs = [
        (before, inside)
        for before, inside in glossed + _named_as_subject(ents) + _glosses_named_elsewhere(ents)
        if out[inside] != out[before]
        and ((out[inside][1] == "COUNTRY") == (out[before][1] == "COUNTRY"))
    ]
    if not pairs:
        return out
    into: dict[Resolved, Resolved] = {}
    for before, inside in pairs:
        keep, gone = out[before], out[inside]
        if keep[0] is None and gone[0] is not None:
            keep, gone = gone, keep
        into[gone] = into.get(keep, keep)
    return [into.get(res, res) for res in out]


def _glosses_named_elsewhere(ents: list[Span]) -> list[tuple[int, int]]:
    """(name, other) for an editor's gloss in square brackets after a name that the model did
    not find there but found where the text writes it again ("Ayasofya [Haghia Sophia] will"
    and later "It [Haghia Sophia] is": the first gloss names the mosque's other name, the index
    ``other`` one of its mentions elsewhere). The gloss is written with a capital: a word in
    brackets in lower case is the editor's, no name ("working with Ashodaya [community]")."""
    if not ents:
        return []
    doc = ents[0].doc
    at = {fold(ent.text): k for k, ent in enumerate(ents)}
    starts = {ent.start for ent in ents}
    pairs = []
    for k, ent in enumerate(ents):
        opening = _word_at(doc, ent.end)
        if opening >= len(doc) or doc[opening].text != "[" or opening + 1 in starts:
            continue
        closing = next(
            (i for i in range(opening + 1, min(opening + 6, len(doc))) if doc[i].text == "]"), None
        )
        if closing is None or not doc[opening + 1].text[:1].isupper():
            continue  # no closing bracket near, or a word the editor adds ("Ashodaya [community]")
        other = at.get(fold(doc[opening + 1 : closing].text))
        if other is not None and other != k:
            pairs.append((k, other))
    return pairs


#: Words that give another name of the name before them ("known", "called", "bekend"), and the
#: other words their phrase may hold ("as", "also", "better", "als").
ALIAS_VERBS = name_words()["alias_verb"]
ALIAS_FILLERS = name_words()["alias_filler"]
#: "or" between a name and its other name, and the "as" of the clause after it ("or KLF as it
#: is known", "of KLF zoals het heet").
ALIAS_OR = name_words()["alias_or"]
ALIAS_AS = name_words()["alias_as"]
#: Verbs whose active subject carries the name after them ("Jan Smit heette vroeger Piet").
ALIAS_NAME_VERBS = name_words()["alias_name_verb"]
#: Words that make such a verb another verb in its clause ("heette Merkel welkom": a greeting).
ALIAS_NAME_UNLESS = name_words()["alias_name_unless"]


def _has_alias_verb(doc: Doc) -> bool:
    """Whether a word of :data:`ALIAS_VERBS` ("known", "called", "bekend") is in ``doc``:
    :func:`_introduced_as` and :func:`_or_as_known` each need one, so without it neither reads
    the words between every two names."""
    return bool(tokens_where(doc, LOWER, ALIAS_VERBS.__contains__))


def _or_as_known(ent: Span, name: Span) -> bool:
    """Whether ``ent`` follows ``name`` after "or" and is then said to be its name: "the Kaldon
    Liberation Front, or KLF as it is known,", "CHAZ (Capitol Hill Autonomous Zone) or CHOP
    (Capitol Hill Occupied Protest) as it was later known"; a long form in brackets may
    follow either. The clause after it holds a pronoun, a word of naming and nothing but
    auxiliaries and :data:`ALIAS_FILLERS` up to its punctuation mark: not "Iran or Iraq, as
    the report says"."""
    doc = ent.doc
    between = [t for t in doc[name.end : ent.start] if not t.is_space]
    if [t.lower_ for t in between if t.text not in (")", ",")] not in ([w] for w in ALIAS_OR):
        return False
    i = _word_at(doc, ent.end)
    if i < len(doc) and doc[i].text == "(":  # the long form of "CHOP (...)"
        i = next((j + 1 for j in range(i, min(len(doc), i + 12)) if doc[j].text == ")"), i)
    i = _word_at(doc, i)
    if i < len(doc) and doc[i].text == ",":
        i = _word_at(doc, i + 1)
    if i >= len(doc) or doc[i].lower_ not in ALIAS_AS:
        return False
    clause = []
    for t in doc[i + 1 : i + 8]:
        if t.is_punct:
            break
        clause.append(t)
    return (
        any(t.pos_ == "PRON" for t in clause)
        and any(t.lower_ in ALIAS_VERBS for t in clause)
        and all(
            t.pos_ in ("PRON", "AUX") or t.lower_ in ALIAS_VERBS | ALIAS_FILLERS for t in clause
        )
    )


#: The dependencies of the other name in "X is known as Y", "X was named Y", "X staat bekend als
#: Y" (the object predicate, the object of "as", the "als" clause or phrase).
_OTHER_NAME_DEPS = frozenset({"oprd", "pobj", "advcl", "obl", "xcomp", "obj"})
#: The subjects of such a clause: passive ("is known", "werd geboren als"), or any subject when
#: the word of naming is the verb's particle ("staat bekend als") or a verb of bearing a name
#: (:data:`ALIAS_NAME_VERBS`, "heette").
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})
_SUBJECTS = _PASSIVE_SUBJECTS | {"nsubj"}
#: The dependents a name may have outside it and still be the whole other name.
_NAME_ONLY_DEPS = frozenset({"case", "mark", "punct", "det", "flat", "compound"})


def _named_as_subject(ents: list[Span]) -> list[tuple[int, int]]:
    """(subject, other name) of the clauses that give their subject's other name: "Jane Doe is
    better known as Jaybird", "Doe was named Ann Berg at birth", "Jane Doe staat beter bekend
    als Jaybird", "werd geboren als Ann Berg", "Jan Smit heette vroeger Piet de Vries". The
    subject of a passive (or of "staat bekend", or of a verb of bearing a name, "heette") only:
    an active "Kaldor called Zaldor Sleepy Joe" names no other name of Kaldor. Not a
    name that is part of a longer description ("was called the Kim Kardashian of Pakistan")."""
    at = {i: k for k, ent in enumerate(ents) for i in range(ent.start, ent.end)}
    pairs = []
    for k, ent in enumerate(ents):
        root = ent.root
        verb = root.head
        bears = _bearing_verb(verb)
        # after the verb, the parser may make the other name a second subject ("Bij haar
        # geboorte heette Joke Kramer Anna Bos")
        inverted = bears and root.dep_ == "nsubj"
        if not (root.dep_ in _OTHER_NAME_DEPS or inverted) or any(
            c.dep_ not in _NAME_ONLY_DEPS and not ent.start <= c.i < ent.end for c in children(root)
        ):
            continue
        if root.dep_ == "obj" and not bears:
            continue  # "Kaldor named Zaldor": an object names no other name of the subject
        if root.dep_ == "pobj":
            if verb.lower_ not in ALIAS_FILLERS:
                continue
            verb = verb.head  # "known as Y"
        elif root.dep_ in ("advcl", "obl") and not any(
            c.dep_ in ("mark", "case") and c.lower_ in ALIAS_FILLERS for c in children(root)
        ):
            continue  # "bekend als Y", not "bekend in Y"
        particle = any(c.dep_ == "compound:prt" and c.lower_ in ALIAS_VERBS for c in children(verb))
        if not (particle or bears or verb.lower_ in ALIAS_VERBS):
            continue
        allowed = _SUBJECTS if particle or bears else _PASSIVE_SUBJECTS
        subjects = [
            at[c.i]
            for c in children(verb)
            if c.dep_ in allowed
            and c.i in at
            and at[c.i] != k
            and not (inverted and c.i > ent.start)
        ]
        if len(subjects) == 1:
            pairs.append((subjects[0], k))
    return pairs + _glued_to_bearer(ents, at)


def _bearing_verb(verb: Token) -> bool:
    """Whether ``verb`` is a verb of bearing a name (:data:`ALIAS_NAME_VERBS`, "heette") and
    no word of its clause makes it another verb ("heette Merkel welkom")."""
    return verb.lower_ in ALIAS_NAME_VERBS and not any(
        t.lower_ in ALIAS_NAME_UNLESS for t in verb.subtree
    )


def _glued_to_bearer(ents: list[Span], at: dict[int, int]) -> list[tuple[int, int]]:
    """(subject, other name) where the parser hung the other name on the subject of a verb of
    bearing a name right before it, as its apposition or the rest of one name ("Bij haar
    geboorte heette Kramer Anna Bos"): the two names stand side by side after the verb."""
    pairs = []
    for k, ent in enumerate(ents):
        root = ent.root
        if root.dep_ not in ("appos", "flat") or root.head.i not in at or at[root.head.i] == k:
            continue
        j = at[root.head.i]
        subject = ents[j]
        between = ent.doc[subject.end : ent.start]
        if (
            subject.end <= ent.start
            and all(t.pos_ == "ADV" for t in between)
            and subject.root.dep_ == "nsubj"
            and subject.root.head.i < subject.start
            and _bearing_verb(subject.root.head)
        ):
            pairs.append((j, k))
    return pairs


def _introduced_as(ent: Span, name: Span) -> bool:
    """Whether ``ent`` follows ``name`` as another name of it, after a comma or an opening
    bracket and a phrase of :data:`ALIAS_VERBS` and :data:`ALIAS_FILLERS` ("Jane Doe, known
    professionally as Jaybird", "Kaldon (also called Kaldon Falls)", "Jan Smit, beter bekend
    als DJ Kaldon"), an article or a quotation mark before it, a punctuation mark after it. Not
    without the comma ("Kaldon Corp named Smith its chief": a verb and its object), and not
    when the second name is part of a longer description ("Zaldor, called Kaldon's rival";
    "bijgenaamd de Kim Kardashian van Pakistan": a likeness, no name of hers)."""
    doc = ent.doc
    i = _word_at(doc, name.end)
    if i >= ent.start or doc[i].text not in (",", "("):
        return False
    words = [t for t in doc[i + 1 : ent.start] if not t.is_space]
    while words and (words[-1].lower_ in ARTICLES or words[-1].text in QUOTES):
        words.pop()
    after = _word_at(doc, ent.end)
    return (
        bool(words)
        and all(t.lower_ in ALIAS_VERBS | ALIAS_FILLERS for t in words)
        and any(t.lower_ in ALIAS_VERBS for t in words)
        and (after >= len(doc) or doc[after].is_punct)
    )


#: Last words of a place, building or body named after a person ("Hospital", "Airport").
INSTITUTION_HEADS = PLACE_HEADS | FACILITY_HEADS | ORG_HEADS


def _join_institution_owners(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
    """A person's name that owns a body or place right after it, where the document names one
    institution by that name and a head ("Tupua Tamasese Meaole's Acute Primary Care Clinic"
    after "Tupua Tamasese Meaole Hospital"), is that institution, not the person it is named
    after. Only that mention moves: the person named elsewhere stays the person ("Henry Ford's
    grandson" is Henry Ford), and with two such institutions it stays as it is."""
    named: dict[str, dict[str, Resolved]] = {}  # folded name -> the institutions named by it
    for ent, res in zip(ents, out):
        if res[1] in ("ORG", "LOCATION") and len(ent) >= 2:
            k = len(ent)
            while k > 1 and ent[k - 1].lower_ in INSTITUTION_HEADS:
                k -= 1
            if k < len(ent):
                named.setdefault(fold(ent[:k].text, articles=False), {})[_key_of(res)] = res
    if not named:
        return out
    joined = list(out)
    for i, (ent, res) in enumerate(zip(ents, out)):
        if res[0] is not None or res[1] != "PERSON" or i + 1 == len(ents):
            continue
        found = named.get(fold(ent.text, articles=False), {})
        owned = ents[i + 1]
        if (
            len(found) == 1
            and ent.end < len(ent.doc)
            and ent.doc[ent.end].text in POSSESSIVE_MARKS
            and owned.start == ent.end + 1
            and out[i + 1][1] in ("ORG", "LOCATION")
        ):
            joined[i] = next(iter(found.values()))
    return joined


def _join_institution_short_names(
    ents: list[Span], out: list[Resolved], is_first_name: Callable[[str], bool]
) -> list[Resolved]:
    """A one-word name after a preposition of place that is the surname in the name of the one
    place or body the document names after a person ("transferred to Meyers" after "Thomas J.
    Meyers Correctional Facility") is that place, when nobody of that name is named in full:
    it stays a node of its own otherwise ("Meyers said" is a person). The surname is the word
    after the first names and initials the name opens with (``is_first_name``), or the last of
    them. Only the mentions after the preposition move."""
    named: dict[str, dict[str, Resolved]] = {}  # the surname -> institutions named after it
    for ent, res in zip(ents, out):
        if res[1] not in ("ORG", "LOCATION") or ent[-1].lower_ not in INSTITUTION_HEADS:
            continue
        k = 0
        while k < len(ent) - 1 and (is_first_name(ent[k].text) or _initial(ent[k].text)):
            k += 1
        # the surname: the last of the first names (a surname may be one: "Richard J.
        # Donovan") or the word after them ("John Kaldor Memorial Hospital")
        surnames = [] if k == 0 else [ent[k]] if k == 1 else [ent[k - 1], ent[k]]
        for word in surnames:
            if not _initial(word.text) and word.lower_ not in INSTITUTION_HEADS:
                named.setdefault(fold(word.text), {})[_key_of(res)] = res
    if not named:
        return out
    joined = list(out)
    for i, (ent, res) in enumerate(zip(ents, out)):
        found = named.get(fold(ent.text), {})
        before = ent.doc[ent.start - 1].lower_ if ent.start else ""
        if (
            len(found) == 1
            and len(ent) == 1
            and res[0] is None
            and " " not in res[2]
            and before in PLACE_PREPOSITIONS | PLACE_ONLY_PREPOSITIONS
        ):
            joined[i] = next(iter(found.values()))
    return joined


#: Dependency labels of a clause's subject (English and Dutch models).
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def _named_as_kin(ent: Span, kin: Callable[[str], str | None]) -> bool:
    """Whether a person's name stands in apposition to a kin noun that a possessive pronoun
    ties to someone named before ("his son Abhijit Mukherjee", "Nettie Baker, his daughter",
    "His parents, Robert Cummings and Ruth Cummings", "zijn zoon Karel Vos"): the relative of
    the one the story is about. "The wife of Donald Trump" names nobody's relative by pronoun.
    ``kin`` gives a kin noun's relation (:meth:`Lexicon.kin`), None for other words."""
    root = ent.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    nouns = [t for t in root.children if t.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return any(
        (kin(noun.lemma_) or kin(noun.lower_))
        and any(t.dep_ in POSSESSIVE_LABELS and t.pos_ == "PRON" for t in noun.children)
        for noun in nouns
    )


def _known_word_as_surname(ent: Span, res: Resolved, again: bool = False) -> bool:
    """Whether a one-word name the knowledge base knows as a place or an organisation may be a
    surname said again: not after a preposition of place or "of" ("in Amman", "mayor of
    Amman"). Once the document has made it the person (``again``: it was the subject of a
    clause after the person's full name), only a preposition hardly ever said of a person, or
    "of", keeps it the place ("reached out to Richardson" is the person), and not before a
    possessive, which the preposition does not govern ("in Richardson's usual place"). After a
    definite article it is never the person ("the West" beside "Kanye West")."""
    if len(ent) != 1 or res[0] is None or res[1] not in ("LOCATION", "ORG"):
        return False
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in DEFINITE_ARTICLES:
        return False  # "accused the West": a person is not named after an article
    if not again:
        return before not in PLACE_PREPOSITIONS | PLACE_ONLY_PREPOSITIONS | OF_PREPOSITIONS
    if ent.end < len(doc) and doc[ent.end].text in POSSESSIVE_MARKS:
        return True
    return before not in PLACE_ONLY_PREPOSITIONS | OF_PREPOSITIONS


def _in_brackets_after(ent: Span, name: Span) -> bool:
    """Whether ``ent`` stands alone in brackets right after ``name``: "Hooggerechtshof (Oberster
    Gerichtshof)", the name in another language."""
    return _in_brackets(ent, name)


def _short_form_in_brackets(ent: Span, name: Span) -> bool:
    """Whether one word in brackets right after a longer name is its short form, written with
    small letters inside ("Europees Hof van Justitie (HvJ)", "Ministerie van Buitenlandse Zaken
    (BuZa)"): its capitals, at least two, are the initials of some of the name's capitalised
    words, in order."""
    if not (
        len(ent) == 1 and len(name) >= 2 and _in_brackets(ent, name) and ent.text[:1].isupper()
    ):
        return False
    capitals = iter(t.text[0] for t in name if t.text[:1].isupper())
    wanted = [c for c in ent.text if c.isupper()]
    return len(wanted) >= 2 and all(c in capitals for c in wanted)


def _heads_or_ends(short: str, text: str, words: int) -> bool:
    """Whether the folded short name (of ``words`` words) can stand for the longer ``text``: it
    opens it (two words at most, or all of it before of/for/van: "Max Planck Institute" of "Max
    Planck Institute for Evolutionary Anthropology", not of "Max Planck Institute Library"),
    unless a word of a unit, building or square named after it follows ("Boston University" is
    not its "School of Public Health", "Alachua" not the "Alachua Sheriff's Office", "Navy" not the
    "Navy Information Agency", "Parliament" not "Parliament Square"), ends it, follows a country
    word ("House" in "US House of Representatives"), or is, as one word, its head before
    of/for/van ("House" in "United States House of Representatives"). A name that ends the
    longer one after "in" or "near" is where it stands, not it ("Cahors" of "Cahors Abbey in
    Cahors"). A word alone for the chamber whose name it heads ("House", "Huis") never stands
    for a name it ends ("the House" is not "the White House")."""
    parts, mine = text.split(), short.split()
    if not mine:
        return False  # a mention of punctuation only, which folds to nothing
    if short in CHAMBER_OPENERS and parts[-1] == short:
        return False
    if (
        parts[-len(mine) :] == mine
        and len(parts) > len(mine)
        and parts[-len(mine) - 1] in PLACE_ONLY_PREPOSITIONS
    ):
        return False  # the place where the longer one stands
    return (
        (
            text.startswith(short + " ")
            and (words <= 2 or parts[len(mine)] in HEAD_COMPLEMENTS)
            and not SUBUNIT_HEADS.intersection(parts[len(mine) :])
            and _extended_by_kind(parts[len(mine) :], len(mine))
        )
        or text.endswith(" " + short)
        or (len(parts) <= 5 and parts[1:].count(mine[0]) == 1 and parts[1 : len(mine) + 1] == mine)
        or (words == 1 and len(parts) <= 6 and _head_word(text) == short)
    )


def _compound_on(short: str, text: str) -> bool:
    """Whether the folded word ``text`` (a longer name's head) is a compound on the folded
    ``short``, an organisation's head word, with three letters before it at least ("het Hof"
    after "het Hooggerechtshof (van Kenia)", "de Raad" after "de Veiligheidsraad"; "Bank" is no
    "Eubank")."""
    return short in ORG_HEADS and text.endswith(short) and len(text) >= len(short) + 3


#: words where the name a short one opens ends and its complement or place begins
_CUT_AT = HEAD_COMPLEMENTS | PLACE_PREPOSITIONS | PLACE_ONLY_PREPOSITIONS
#: words that say what kind of body a name is, as its folded text writes them
_KIND_WORDS = ORG_HEADS | COMPANY_WORDS | frozenset(fold(w) for w in CORP_SUFFIXES)


def _extended_by_kind(rest: list[str], words: int = 1) -> bool:
    """Whether the folded words after a short name of ``words`` words that opens a longer one
    let the short name stand for it, read up to a preposition ("Mayo Clinic in Rochester",
    "Parliament of Iraq"): words that say what kind of body it is ("Saha Airlines", "Zaldor
    Motor Company"), a place's or building's word last ("Payam International Airport"), or,
    after a one-word name, any one word ("Mahan Air", "Burisma Holdings"). Other words make it
    another thing named after the short one: a company's product ("Red Hat" is neither "Red Hat
    Linux" nor "Red Hat Enterprise Linux"), a party's government ("Labor" is not the "Labor
    State Government")."""
    cut = next((k for k, w in enumerate(rest) if w in _CUT_AT), None)
    rest = rest[:cut]
    if not rest or (len(rest) == 1 and words == 1):
        return True
    return all(w in _KIND_WORDS for w in rest) or rest[-1] in PLACE_HEADS | FACILITY_HEADS


def _place_without_head(short: str, text: str) -> bool:
    """Whether the folded place name ``short`` is the folded ``text`` without a last word that
    a place is named with or without ("Abaco" of "Abaco Islands", "Atlantic" of "Atlantic
    Ocean"; not "Calicut" of "Calicut International Airport", a town and its airport)."""
    rest, _, head = text.rpartition(" ")
    return rest == short and head in DROPPED_PLACE_HEADS


def _institution_of(short: str, text: str) -> bool:
    """Whether the folded one-word ``short`` names the folded two-word ``text``, the college,
    hospital or university named after it ("Ithaca" of "Ithaca College"; not "Navy" of "Navy
    Press", a unit of the body it names)."""
    parts = text.split()
    return len(parts) == 2 and parts[0] == short and parts[1] in INSTITUTION_NOUNS


def _coordinated(ent: Span) -> bool:
    """Two names joined ("Kelly and Baroni"), not one name whose complement holds a pair ("Port
    Authority of New York and New Jersey")."""
    words = [t.lower_ for t in ent]
    for i, w in enumerate(words):
        if w in COORDINATORS and not any(x in HEAD_COMPLEMENTS for x in words[:i]):
            return True
    return False


def _spelled_like(word: str, fuller: dict[str, Resolved | None]) -> Resolved | None:
    """The one fuller person's name whose surname is another spelling of ``word`` ("Saree" after
    "Yahya Sarea"; :func:`_other_spelling`); None when there is no such name or more than one."""
    hits = {
        _key_of(res): res
        for part, res in fuller.items()
        if res is not None and " " not in part and _other_spelling(part, word)
    }
    return next(iter(hits.values())) if len(hits) == 1 else None


def _other_spelling(a: str, b: str) -> bool:
    """Whether two folded surnames may be one written two ways: one letter or so apart, the same
    first letter, five letters or more ("Sarea" and "Saree", "Walker" and "Welker")."""
    from rapidfuzz import fuzz

    return (
        a != b
        and len(a) >= 5
        and len(b) >= 5
        and b.isalpha()
        and a[0] == b[0]
        and fuzz.ratio(a, b) >= 80
    )


def _narrowed(
    short: str, hits: dict[str, Resolved], written: dict[str, set[str]]
) -> dict[str, Resolved]:
    """Of several longer names a short one could stand for, the ones it is the head word of, as
    the document writes them or as they are labelled ("House" is "House of Representatives",
    also when the knowledge base labels that "United States Congress", not "House Judiciary
    Committee"; "Parliament" is "Parliament of Iraq", not "Sunni Members of Parliament"). Two
    that both end in it ("United States Congress", "116th U.S. Congress") stay apart from it:
    which one is meant is not said."""
    head = _head_word(short)
    return {
        k: r
        for k, r in hits.items()
        if any(_head_word(text) == head for text in (fold(r[2]), *written.get(k, ())))
    }


def _after_the(ent: Span) -> bool:
    """Whether a short name stands after "the"/"de"/"het" ("Writing for the Court", "the Court
    of Justice answers"), not after "this" ("this Court finds": the court that speaks, which
    may be another)."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in DEFINITE_ARTICLES


def _most_named(hits: dict[str, Resolved], joined: list[Resolved]) -> dict[str, Resolved]:
    """Of several longer names a short name after "the" could stand for, the one the document
    names more often than all the others together ("the Court" after four "Supreme Court" and
    one "Court of Appeals" is the Supreme Court, "the Court of Justice" after two "European
    Court of Justice" and one "Supreme Court of Justice" the European one); else none of
    them."""
    counts = Counter(_key_of(r) for r in joined)
    best = max(hits, key=lambda k: counts[k])
    others = sum(counts[k] for k in hits if k != best)
    return {best: hits[best]} if counts[best] > others else {}


def _named_before(
    hits: dict[str, Resolved], opened: dict[str, int], at: int
) -> dict[str, Resolved]:
    """Of several longer names a one-word name after "the" could stand for, named equally
    often, the one the document names before it first writes the short name (``at``), when
    only one is ("the Post" after "the New York Post", before "The Washington Post" is named,
    is the New York Post; "the Constitution Party" written before "the Constitution Party of
    Idaho" is neither); else none of them."""
    before = {k: r for k, r in hits.items() if opened.get(k, at) < at}
    return before if len(before) == 1 else {}


def _join_bare_place_heads(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
    """A place's head word alone after "the"/"de"/"het" is the one place of the document named
    before it with that head ("the Channel" after "the English Channel", "the Strait" after "the
    Strait of Hormuz", "de Golf" after "de Perzische Golf"), whatever type the model gave the
    word; after two such places ("the Sea" after "the North Sea" and "the Black Sea") it stays
    apart. Only a word no earlier step linked or joined, written with a capital."""
    places = [
        (ents[j].start, fold(ents[j].text.replace("-", " ")), r)
        for j, r in enumerate(out)
        if r[1] == "LOCATION" and len(ents[j]) >= 2
    ]
    joined = list(out)
    for i, (ent, res) in enumerate(zip(ents, out)):
        short = fold(ent.text)
        if (
            len(ent) != 1
            or res[0] is not None
            or res[1] not in ("ORG", "LOCATION")
            or fold(res[2]) != short
            or not ent.text[:1].isupper()
            or not _after_the(ent)
        ):
            continue
        hits = {
            _key_of(r): r
            for at, text, r in places
            if at < ent.start and text != short and _head_word(text) == short
        }
        if len(hits) == 1:
            joined[i] = next(iter(hits.values()))
    return joined


def _one_wider(names: dict[tuple[str, str], Resolved]) -> dict[tuple[str, str], tuple[str, str]]:
    """(country, rest) -> the one longer (country, rest) of that country whose rest ends in it
    ("federation" -> "chess federation"); a rest that ends two longer ones maps to neither."""
    wider: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for country, rest in names:
        for other_country, other in names:
            if other_country == country and other.endswith(" " + rest):
                wider.setdefault((country, rest), set()).add((other_country, other))
    return {short: next(iter(longer)) for short, longer in wider.items() if len(longer) == 1}


def _head_word(text: str) -> str:
    """The head of an English or Dutch organisation name: the word before its first of/for/
    van/voor ("court of appeals for ..." -> court), else its last word."""
    words = text.split()
    at = next((i for i, w in enumerate(words) if w in HEAD_COMPLEMENTS and i), None)
    return words[at - 1] if at is not None else (words[-1] if words else "")


def _join_plural_bodies(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
    """A body's word written in the plural ("Senates", "Senaten"), where the document names
    the body by the word in the singular, is that body (a slip of the pen: "if the Senates does
    not confirm me" after "the Senate"; the endings: ``plurals.<lang>.tsv``); a chamber's
    opener ("Houses") and a word of no public body ("Times" beside "Time") stay apart."""
    singular: dict[str, Resolved] = {}
    for ent, res in zip(ents, out):
        word = fold(ent.text)
        if res[1] == "ORG" and len(ent) == 1 and word in INSTITUTION_WORDS - CHAMBER_OPENERS:
            singular[word] = res
    if not singular:
        return out
    joined = []
    for ent, res in zip(ents, out):
        word = fold(ent.text)
        if res[0] is None and res[1] == "ORG" and len(ent) == 1:
            res = next((singular[w] for w in singulars(word) if w in singular), res)
        joined.append(res)
    return joined


def _ministry_words(text: str) -> tuple[str, ...] | None:
    """The words of a ministry's name that say what it is for, each in the singular by the first
    plural ending of ``plurals.<lang>.tsv`` that fits ("Emergencies Ministry" -> emergency;
    "Ministry of Emergency Situations" -> emergency, situation), or None when the name is no
    ministry's."""
    words = fold(text).split()
    if not any(w.endswith(MINISTRY_WORDS) for w in words):
        return None
    rest = [w for w in words if not w.endswith(MINISTRY_WORDS) and w not in HEAD_COMPLEMENTS]
    singular = [next(iter(singulars(w)), w) for w in rest]
    return tuple(singular) if singular else None


def _join_short_ministries(ents: list[Span], out: list[Resolved]) -> list[Resolved]:
    """A ministry named short, its words the first words of the one longer ministry's name in
    the document, is that ministry ("the Emergencies Ministry" after "the Emergency Situations
    Ministry", "the Foreign Ministry" after "the Foreign Affairs Ministry"); with two such
    longer names it stays apart, and so does one whose first words differ ("the Russian
    Defence Ministry" is no "Defence Ministry" of another country)."""
    ministries: dict[tuple[str, ...], dict[str, Resolved]] = {}
    for ent, res in zip(ents, out):
        words = _ministry_words(ent.text) if res[1] == "ORG" else None
        if words:
            ministries.setdefault(words, {})[_key_of(res)] = res
    if len(ministries) < 2:
        return out
    moved: dict[str, Resolved] = {}
    for words, named in ministries.items():
        longer = {
            key: res
            for other, found in ministries.items()
            if len(other) > len(words) and other[: len(words)] == words
            for key, res in found.items()
        }
        if len(longer) != 1:
            continue
        full = next(iter(longer.values()))
        for key, res in named.items():
            if res[0] is None:
                moved[key] = full
            elif full[0] is None:
                moved[_key_of(full)] = res
    return [moved.get(_key_of(res), res) for res in out] if moved else out


def _named_as_a_person(ent: Span) -> bool:
    """Whether a one-word name stands where a person's first name may: the subject of its
    clause, or after "as"/"als" ("known as Chad"), never after another preposition or as an
    object."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ("as", "als"):
        return True
    if before is not None and before.pos_ == "ADP":
        return False
    return ent.root.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")


def _key_of(res: Resolved) -> str:
    return entity_id(res[0], res[1], res[2])


def _same_words(text: str, entry: KBEntry) -> bool:
    """A fuzzy match of a place or organisation must match word for word ("Wal-Mart" ~ "Walmart",
    "Jeruzalem" ~ "Jerusalem"), so that "Deutsche Bahn" is not "Deutsche Bank" and "House of
    Representatives" not "US House of Representatives"."""
    mine = fold(text).split()
    for alias in (entry.label, *entry.aliases):
        theirs = fold(alias).split()
        if "".join(mine) == "".join(theirs) or _words_alike(mine, theirs):
            return True
    return False


def _words_alike(mine: list[str], theirs: list[str], plurals: bool = False) -> bool:
    """Whether two names' folded words are one name written two ways, word for word: each pair
    the same or, both of five letters or more, close ("jeruzalem" ~ "jerusalem", "divisional" ~
    "division"; not "bahn" ~ "bank"). Close is not the same: "eastern" ~ "western" passes, so
    a join within a document asks more (:meth:`EntityLinker._misspelled`). With ``plurals``, a
    word and its plural are close too (:func:`_plural_of`)."""
    from rapidfuzz import fuzz

    return len(mine) == len(theirs) and all(
        a == b
        or (min(len(a), len(b)) >= 5 and (fuzz.ratio(a, b) >= 85 or (plurals and _plural_of(a, b))))
        for a, b in zip(mine, theirs)
    )


def _plural_of(a: str, b: str) -> bool:
    """Whether one folded word is the other in the plural ("industries" ~ "industry",
    "nations" ~ "nation", "rechten" ~ "recht"; :func:`~extract.name_words.singulars`):
    "Recording Industries Association of America" is the "Recording Industry Association of
    America" written again."""
    short, long = sorted((a, b), key=len)
    return short in singulars(long)


#: Spellings that transliterations of one name differ by (Dutch, English, German): Poetin ~
#: Putin, Zelenskyy ~ Zelenski, Sjojgoe ~ Shoigu, Peskow ~ Peskov (``transliterations.tsv``).
_TRANSLITERATIONS = transliterations()


def surname_key(surname: str) -> str:
    """A surname with its transliteration differences folded away, so spellings of one name
    meet and different names stay apart ("Rutte" and "Rutten" differ by a letter, not by a
    transliteration).

    >>> [surname_key(name) for name in ("Zelenskyy", "Zelenski", "Poetin", "Putin")]
    ['zelenski', 'zelenski', 'putin', 'putin']
    >>> surname_key("Rutten") == surname_key("Rutte")
    False
    """
    key = fold(surname, articles=False).replace("-", "").replace(" ", "")
    for spelling, common in _TRANSLITERATIONS:
        key = key.replace(spelling, common)
    return re.sub(r"(.)\1+", r"\1", key)


def _same_surname(text: str, entry: KBEntry) -> bool:
    """A fuzzy person match must keep the surname, up to transliteration (Zelenskyi ~ Zelensky),
    not only the whole: "Mark Rutten" is not Mark Rutte."""
    last = surname_key(fold(text, articles=False).split()[-1])
    names = [fold(a, articles=False).split() for a in (entry.label, *entry.aliases)]
    return any(n and surname_key(n[-1]) == last for n in names)


def make_linker(
    nlp: Language, name: str, kb: KnowledgeBase, lexicon: Lexicon | None = None
) -> EntityLinker:
    """Factory body for ``newsgraph_linker`` (registered in :mod:`extract.pipeline`)."""
    return EntityLinker(name, kb=kb, lexicon=lexicon)
