"""Finding and typing the names in a document (the ``newsgraph_names`` component).

Candidates come from three places: the statistical NER of the language's
pipeline, runs of capitalised tokens that the knowledge base knows, and
demonyms ("Russische", "Ukrainian") that point to a country. The component
keeps finding separate from writing, like spaCy's ``SpanRuler``: :meth:`find`
returns spans, ``__call__`` writes them to ``doc.ents`` with the newsgraph type
as label and the knowledge-base key (if any) as ``kb_id``.

Names inside a hyphenated token ("Poetin-assistent", "NAVO-lidmaatschap") cannot
be token spans; they go to ``doc._.inner_mentions``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.components.paragraphs import DASHES
from extract.grammar.argument_words import load_grammar
from extract.grammar.lemmas import (
    lemma_table,
    speech_phrase_governor,
    verb_lemmas_of,
)
from extract.grammar.name_compounds import head_splits
from extract.grammar.named_events import STORM_CLASSES, about_storms, opened_names
from extract.grammar.sides import is_side
from extract.grammar.syntax import (
    NAME_PART_LABELS,
    PASSIVE_SUBJECT_LABELS,
    POSSESSIVE_LABELS,
    SUBJECT_LABELS,
    UD,
    LabelScheme,
    children,
    doc_lang,
    doc_text,
    doc_tokens,
    last_document_memo,
    lemma_tokens,
    scheme_for,
    sentence_bounds,
    tagged_tokens,
    token_flags,
    tokens_where,
)
from extract.grammar.titles import hyphened, title_phrase, title_starts
from extract.kb import KBEntry, KnowledgeBase
from extract.lexicon import Lexicon
from extract.name_words import name_words, singulars
from records import ENTITY_TYPES
from records.ids import is_kb_id
from records.text import fold

#: Labels of the statistical NER models we load, mapped onto newsgraph types.
#: OntoNotes (English) and the project's Dutch PER/ORG/LOC labels both appear.
MODEL_LABELS = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "LOCATION": "LOCATION",
    "FAC": "LOCATION",
    "NORP": "NORP",
    "MISC": "MISC",  # typed from context, or left out
}

#: The words that find, cut and type names, of every language (data/lexicons/namewords.*.tsv,
#: whose header says what each kind does).
_WORDS = name_words()
NAME_CONNECTORS = _WORDS["connector"]
NAME_PARTICLES = _WORDS["particle"]
ARABIC_ARTICLES = _WORDS["arabic_article"]
NOT_FIRST_NAMES = _WORDS["not_first_name"]
HONORIFICS = _WORDS["honorific"]
OCCUPATIONS = _WORDS["occupation"]
#: words before a person's name that are no part of it: forms of address and occupations
NOT_OF_THE_NAME = HONORIFICS | OCCUPATIONS
ORG_HEADS = _WORDS["org_head"]
ORG_FIRSTS = _WORDS["org_first"]
ORG_PREFIXES = _WORDS["org_prefix"]
ORG_UNIT_HEADS = _WORDS["org_unit_head"]
CORP_SUFFIXES = _WORDS["corp_suffix"]
ORG_INTRODUCERS = tuple(sorted(_WORDS["org_introducer"]))  # for str.endswith
COMPOUND_ORG_HEADS = tuple(sorted(_WORDS["compound_org_head"]))  # for str.endswith
ORG_MEMBER_WORDS = _WORDS["org_member"]
#: Ends of one-word compounds that name a member of a body ("Lagerhuislid").
MEMBER_HEADS = tuple(sorted(_WORDS["member_head"]))
GENERIC_INSTITUTIONS = _WORDS["generic_institution"]
MINISTRY_WORDS = tuple(sorted(_WORDS["ministry"]))  # for str.endswith
SURNAME_PREFIXES = _WORDS["surname_prefix"]
CHAMBER_OPENERS = _WORDS["chamber_opener"]
PARTY_QUALIFIERS = _WORDS["party_qualifier"]
MEMBER_QUANTIFIERS = _WORDS["member_quantifier"]
PORTFOLIOS = _WORDS["portfolio"]
PLACE_HEADS = _WORDS["place_head"]
#: Nouns of a unit of land ("city", "provincie"): "the city of X" makes X a place.
LAND_UNITS = _WORDS["land_unit"]
PLACE_FIRSTS = _WORDS["place_first"]
FACILITY_HEADS = _WORDS["facility_head"]
DIRECTIONS = _WORDS["direction"]
#: Words after a town's name that name the region around it ("Davao Oriental").
PLACE_TAILS = _WORDS["place_tail"]
PLACE_ONLY_PREPOSITIONS = _WORDS["place_only_preposition"]
PLACE_PREPOSITIONS = _WORDS["place_preposition"]
EVENT_HEADS = _WORDS["event_head"]
GENERIC_TAIL_WORDS = _WORDS["generic_tail"]
POSSESSIVE_NAME_HEADS = _WORDS["possessive_head"]
SPEECH_VERBS = _WORDS["speech_verb"]
MEETING_VERBS = _WORDS["meeting_verb"]
#: Verbs (lemmas) whose subject is a person, never a body or a place ("X was sentenced").
PERSON_VERBS = _WORDS["person_verb"]
#: Verbs (lemmas) whose passive subject is a person ("X was convicted"; a court convicts).
PERSON_PASSIVE_VERBS = _WORDS["person_passive_verb"]
MATCH_VERBS = _WORDS["match_verb"]
MEDIA_VERBS = _WORDS["media_verb"]
#: Nouns of a hospital, clinic or university: see NameFinder._speaking_institutions.
INSTITUTION_NOUNS = tuple(sorted(_WORDS["institution_noun"]))
FLIGHT_WORDS = _WORDS["flight"]
NOT_NAMES = _WORDS["not_name"]
#: The tokens of a possessive after a name ("Trump 's", "the Beatles '").
POSSESSIVE_MARKS = _WORDS["possessive_mark"]
#: Nouns of things one maker makes and names ("capsule", "music player"), as word tuples.
PRODUCT_NOUNS = frozenset(tuple(w.split()) for w in _WORDS["product_noun"])
#: Verbs (lemmas) whose object an organisation that is their subject makes ("unveil").
PRODUCT_VERBS = _WORDS["product_verb"]
#: Colours ("White", "Zwart"): see :func:`_without_colours`.
COLOURS = _WORDS["colour"]
#: The last words of the product nouns: the lemmas a product noun's head has.
PRODUCT_LAST_WORDS = frozenset(noun[-1] for noun in PRODUCT_NOUNS)
WEB_DOMAINS = _WORDS["web_domain"]
QUOTES = set("\"'“”‘’«»„")
CURRENCY = set("$€£¥")
CURRENCY_WORDS = _WORDS["currency"]
DEFINITE_ARTICLES = _WORDS["definite_article"]
#: Words that count a crowd ("tienduizenden"): before a plural demonym, the country as an actor.
CROWD_COUNTS = _WORDS["crowd_count"]
COORDINATORS = _WORDS["coordinator"]
#: The word that joins the last item of a list ("and", "en", "&").
LIST_AND = _WORDS["list_and"]
#: words that never open or end a known name looked up in a run ("of", "van", "and", "en")
NO_NAME_EDGES = NAME_CONNECTORS | LIST_AND
#: The model's labels of two names it finds apart around "and" that a run of capitalised words
#: must not join (``NameFinder._model_coordinators``): organisations and facilities.
COORDINATED_MODEL_LABELS = frozenset({"ORG", "FAC"})
#: The model's labels of a time ("Tuesday"): a name right after one is a name of its own.
_DATE_LABELS = frozenset({"DATE", "TIME"})
OF_PREPOSITIONS = _WORDS["of_preposition"]
#: "of" and "for": the words after which a name's complement follows ("Court of Appeals for ...")
COMPLEMENT_PREPOSITIONS = OF_PREPOSITIONS | _WORDS["for_preposition"]
#: What a body's head may be about after it: "Commission on ...", "commissie inzake ...".
TOPIC_PREPOSITIONS = _WORDS["topic_preposition"]
REGION_NOUNS = _WORDS["region_noun"]
#: Normalised roles whose holder has a portfolio ("minister van Energie", "staatssecretaris van
#: Financiën").
MINISTER_ROLES = frozenset({"minister", "state secretary"})
ARTICLES = DEFINITE_ARTICLES | _WORDS["indefinite_article"]
NATIONAL_BODIES = _WORDS["national_body"]
NATIONAL_OPENERS = _WORDS["national_opener"]
ARMED_FORCES = _WORDS["armed_forces"]
LOCAL_BODIES = _WORDS["local_body"]
BODY_PREPOSITIONS = _WORDS["body_preposition"]
MISSION_NOUNS = _WORDS["mission_noun"]
MISSION_PREPOSITIONS = _WORDS["mission_preposition"]
PARTY_HEADS = _WORDS["party_head"]
#: What a mission's place may be: a place, or a country it is the embassy in.
PLACE_TYPES = frozenset({"LOCATION", "COUNTRY"})
HOLIDAY_HEADS = _WORDS["holiday_head"]
#: Words after a number that make it a quantity ("785 miles", "1.6%"), no part of a name.
MEASURE_UNITS = _WORDS["measure_unit"]
PLURAL_ENDINGS = tuple(sorted(_WORDS["plural_ending"]))  # for str.endswith
SINGULAR_ENDINGS = tuple(sorted(_WORDS["singular_ending"]))
#: Nouns of a family named by its surname ("the Imus family", "de familie Imus").
FAMILY_NOUNS = _WORDS["family_noun"]
#: words that may open a name of an organisation, a place or a body, written in lower case
#: elsewhere as well ("Rechtbank Amsterdam", "Gemeente Utrecht", "National Guard")
_NAME_OPENING_WORDS = (
    ORG_HEADS
    | ORG_FIRSTS
    | ORG_PREFIXES
    | PLACE_FIRSTS
    | PLACE_HEADS
    | FACILITY_HEADS
    | DIRECTIONS
    | GENERIC_INSTITUTIONS
    | NATIONAL_BODIES
    | LOCAL_BODIES
    | ARMED_FORCES
)


@dataclass(frozen=True)
class InnerMention:
    """A name inside a larger token, by character offsets into the document."""

    start_char: int
    end_char: int
    text: str
    label: str
    kb_key: str
    token_i: int


class NameFinder:
    """Writes typed name spans to ``doc.ents`` (see module docstring)."""

    def __init__(
        self, name: str, kb: KnowledgeBase, lexicon: Lexicon, scheme: LabelScheme = UD
    ) -> None:
        """``scheme``: the labels of the pipeline's parser (the factory passes
        :func:`~extract.grammar.syntax.scheme_for`'s), by which a verb's particle is read."""
        self.name = name
        self.kb = kb
        self.lexicon = lexicon
        self.scheme = scheme

    def __call__(self, doc: Doc) -> Doc:
        spans, inner = self.find(doc)
        doc.ents = spans
        doc._.inner_mentions = inner
        return doc

    # --- finding ---------------------------------------------------------------------------

    def find(self, doc: Doc) -> tuple[list[Span], list[InnerMention]]:
        """Typed, non-overlapping name spans, plus names found inside hyphenated tokens."""
        _read_model_people(doc)  # the model's people, as ``doc.ents`` has them until __call__
        in_titles = self._inside_titles(doc)
        words = _word_counts(doc)
        country = self._doc_country(doc)
        kb_spans = filter_spans(
            list(self._kb_runs(doc, words, country)) + list(self._demonyms(doc))
        )
        model_spans = [
            s
            for s in self._model_spans(doc, country)
            if not _is_junk(s, words) and not all(t.i in in_titles for t in s)
        ]
        model_spans = [
            _org_after_name(s)
            for s in model_spans
            if not self._inflected_opener(s) and not self._people_or_money(s)
        ]
        # organisation names by their head word, over the known names inside them, unless a
        # known or found name reaches beyond them ("De Partij voor de Dieren")
        phrases = [
            p
            for p in self._org_phrases(doc)
            if not any(
                _overlaps(p, o) and not (p.start <= _name_start(o) and o.end <= p.end)
                for o in kb_spans + model_spans
            )
        ]
        expansions = list(_bracketed_expansions(doc))
        kb_spans = filter_spans(
            kb_spans
            + phrases
            + list(self._bracketed_portfolios(doc))
            + list(self._ministries(doc))
            + list(self._national_bodies(doc))
            + list(self._missions(doc))
            + list(self._local_bodies(doc))
            + expansions
            + list(self._acronyms_before(doc, expansions))
            + list(self._acronym_long_forms(doc))
            + list(self._airlines(doc))
            + [a for a in self._defined_acronyms(doc) if not any(_overlaps(a, k) for k in kb_spans)]
        )
        kb_spans = filter_spans([self._named_after_place(k) for k in kb_spans])
        # A longer name the model found wins over a known name inside it ("Arno Rutte" over
        # "Rutte", "Swiss National Bank" over "Swiss", "Bank of Canada" over "Canada").
        model_spans = [self._typed_as_org_with_region(m, kb_spans) for m in model_spans]
        wider = [
            m
            for m in model_spans
            if m.label_ in ("PERSON", "ORG", "LOCATION")
            and not m.kb_id_
            and any(
                _name_start(k) >= m.start
                and k.end <= m.end
                and len(k) < len(m)
                and self._yields(k, m)
                for k in kb_spans
            )
            and (
                m.label_ == "PERSON"
                or not any(
                    k.label_ == "PERSON" and len(k) > 1 and k.start >= m.start and k.end <= m.end
                    for k in kb_spans
                )
            )  # "Vermont Bernie Sanders" is no organisation
            and not any(
                _name_start(k) < m.start < k.end or k.start < m.end < k.end for k in kb_spans
            )
        ]
        wide = {t.i for m in wider for t in m}
        kb_spans = [k for k in kb_spans if not any(t.i in wide for t in k)]
        taken = {t.i for s in kb_spans for t in s}
        model_spans = [s for s in model_spans if not any(t.i in taken for t in s)]
        # names the model missed, in this order, each only where no earlier name stands: by
        # any of its tokens, or (True) by its first token
        missed: list[tuple[Callable[[], Iterable[Span]], bool]] = [
            (lambda: self._first_name_runs(doc), False),
            (
                lambda: (
                    s
                    for s in self._titled_runs(doc)
                    if not all(t.i in in_titles for t in s)  # "Chief Executive *Officer*"
                ),
                False,
            ),
            (lambda: self._org_compounds(doc), True),
            (lambda: self._introduced_orgs(doc), False),
            (lambda: self._introduced_places(doc), False),
            (lambda: self._particle_surnames(doc), False),
            (lambda: self._groups_owning(doc), False),
            (lambda: (s for s in self._reporting_media(doc) if not _is_junk(s, words)), False),
            (lambda: _web_addresses(doc), True),
        ]
        model_taken = taken | {t.i for s in model_spans for t in s}
        for find, by_start in missed:
            found = [
                s
                for s in find()
                if (
                    s.start not in model_taken
                    if by_start
                    else not any(t.i in model_taken for t in s)
                )
            ]
            model_spans += found
            model_taken |= {t.i for s in found for t in s}
        kb_spans = [self._titled_place(s) for s in kb_spans if not _not_a_name(s)]
        # Knowledge-base matches win over model spans; among the rest, longer spans win.
        # an article alone is no name (the model's "The" before a known "New York Times")
        model_spans = [s for s in model_spans if not all(t.lower_ in ARTICLES for t in s)]
        spans = self._like_their_peers(kb_spans + filter_spans(model_spans))
        spans = self._short_org_names(spans)
        spans = _clubs_named_after_places(spans)
        spans = _teams_by_nickname(spans, words)
        spans = _families_by_surname(spans)
        spans = [
            s
            for s in spans
            if s.kb_id_
            or s.label_ == "PERSON"
            or not (self._only_a_title(s) or self._portfolio_of_a_title(s))
        ]
        spans = _without_names_in_holidays(_without_places_in_event_names(_without_events(spans)))
        spans = self._without_opened_event_names(doc, spans)
        spans = _without_named_products(spans)
        spans = _without_products(spans)
        spans = _bodies_of_places(_sites_of_places(spans))
        spans = _with_generic_tails(sorted(spans, key=lambda s: s.start))
        spans = self._orgs_named_with_a_region(spans)
        spans = [self._with_arabic_article(s) for s in spans]
        spans = _names_again(doc, spans)
        lower = _lower_case_words(doc)
        spans = sorted(spans + _orgs_written_again(doc, spans, lower), key=lambda s: s.start)
        spans = sorted(spans + _surnames_again(doc, spans, lower), key=lambda s: s.start)
        spans = sorted(spans + _org_ends_again(doc, spans), key=lambda s: s.start)
        spans = self._speaking_institutions(doc, spans)
        spans = _without_colours(_without_storms(spans))
        spans = self._regions_named_like_countries(spans)
        spans = self._regions_named_like_cities(spans)
        spans = self._people_listed_with_people(doc, spans)
        spans = self._without_name_noun_compounds(spans, country)
        spans = sorted(self._parties_of_countries(spans, country), key=lambda s: s.start)
        inner = [
            *self._inner(doc, spans, country),
            *self._countries_of_bodies(doc, spans),
            *self._name_compounds(doc, spans, country),
        ]
        return spans, inner

    def _speaking_institutions(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A hospital, clinic or university the knowledge base does not know, a name an
        ``institution_noun`` heads or introduces ("het academisch ziekenhuis Charité", "Kaldor
        Hospital", "the Kaldor clinic"), is a place people are taken to, but an organisation,
        every mention of it, where one mention is the subject of a speech verb ("Het Charité
        liet weten dat ..."): a place does not speak. Its one-word name written again after a
        definite article, where the model missed it, is a mention of it too."""
        named = {
            fold(s.text)
            for s in spans
            if not s.kb_id_ and s.label_ in ("LOCATION", "ORG") and _institution_named(s)
        }
        if not named:
            return spans
        covered = {t.i for s in spans for t in s}
        again = [
            Span(doc, t.i, t.i + 1, label="LOCATION")
            for t in doc
            if t.i not in covered
            and t.i > 0
            and _capitalised(t)
            and fold(t.text) in named
            and doc[t.i - 1].lower_ in DEFINITE_ARTICLES
            and not (t.i + 1 < len(doc) and _capitalised(doc[t.i + 1]))
        ]
        spans = sorted(spans + again, key=lambda s: s.start)
        speaking = {fold(s.text) for s in spans if fold(s.text) in named and self._speaks(s)}
        return [
            Span(doc, s.start, s.end, label="ORG", kb_id=s.kb_id_)
            if s.label_ == "LOCATION" and fold(s.text) in speaking
            else s
            for s in spans
        ]

    def _speaks(self, span: Span) -> bool:
        """Whether ``span`` is the subject of a speech verb, one with its separable particle
        ("gaf ... aan": aangeven) or a two-word one ("liet ... weten") included, by the lemmas
        every route reads (:func:`~extract.grammar.lemmas.verb_lemmas_of`)."""
        root = span.root
        if root.dep_ not in SUBJECT_LABELS or root.dep_ in PASSIVE_SUBJECT_LABELS:
            return False
        verb = root.head
        lemmas = verb_lemmas_of(verb, self.scheme, doc_lang(span.doc))
        return any(self.lexicon.is_speech_verb(lemma) for lemma in lemmas) or any(
            speech_phrase_governor(c) == verb for c in children(verb)
        )

    def _without_name_noun_compounds(
        self, spans: list[Span], country: str | None = None
    ) -> list[Span]:
        """A name the model found whose last word is a compound of a name and a common noun
        ("Air India Express-vlucht", "EU-lidstaat", "Brexit-deadline") is the name before the
        hyphen, not a name of its own, when the document names that one elsewhere or the
        knowledge base knows it: the span goes, and the name inside the compound becomes an
        inner mention of it (:meth:`_inner`), so the airline is one node, not two. A noun that
        heads a body's or place's name stays part of it ("het Arakan-leger"), and so does a
        compound whose name is nowhere else (the airline named only in its flight)."""
        named = {fold(s.text) for s in spans if not s.kb_id_}
        kept = []
        for s in spans:
            parts = s[-1].text.split("-")
            if (
                s.kb_id_
                or len(parts) != 2
                or not parts[0][:1].isupper()
                or not (parts[1].isalpha() and parts[1].islower() and len(parts[1]) >= 3)
                or parts[1] in ORG_HEADS | PLACE_HEADS | FACILITY_HEADS
                or parts[1].endswith(COMPOUND_ORG_HEADS)
            ):
                kept.append(s)
                continue
            before = (s[:-1].text + " " + parts[0]).strip()
            if fold(before) in named or self._lookup(parts[0], None, country) is not None:
                continue
            kept.append(s)
        return kept

    def _people_listed_with_people(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Two proper nouns no name covers, listed right beside a person's full name ("Oprah
        Winfrey, Whoopi Goldberg, Kevin Feige en Bob Iger reageerden", where only the first
        names of the last two are known): a person too, as a list names one kind of thing. Not
        a known name of another kind, nor a run with an organisation's, place's or building's
        word."""
        # a name of two such words the model called an organisation or a place is one too
        # ("from Ysolde Quarrington, Brisco Tannahill and Kevin Dorsett": the first as ORG)
        retyped = {
            (s.start, s.end): s
            for s in spans
            if not s.kb_id_
            and s.label_ in ("ORG", "LOCATION")
            and len(s) == 2
            and all(_unknown_name_word(t, self.kb) for t in s)
        }
        taken = {t.i for s in spans for t in s if (s.start, s.end) not in retyped}
        people = [s for s in spans if s.label_ == "PERSON" and len(s) > 1]
        starts = {s.start: s for s in people}
        ends = {s.end: s for s in people}
        runs = [
            (start, end)
            for start, end in _capitalised_runs(doc)
            if end - start == 2
            and not any(i in taken for i in range(start, end))
            and all(_unknown_name_word(t, self.kb) for t in doc[start:end])
        ]
        found: list[Span] = []
        grew = True
        while grew:  # "A B, C D, Kevin Feige": the list's names are people one by one
            grew = False
            for start, end in runs:
                if any(f.start == start for f in found):
                    continue
                person = Span(doc, start, end, label="PERSON")
                beside = [
                    ends.get(start - 1)
                    if start > 0 and doc[start - 1].lower_ in _LIST_MARKS
                    else None,
                    starts.get(end + 1)
                    if end < len(doc) and doc[end].lower_ in _LIST_MARKS
                    else None,
                ]
                if any(
                    b is not None and (_listed_together(person, b) or _ends_a_list(doc, end))
                    for b in beside
                ):
                    found.append(person)
                    starts[start] = ends[end] = person
                    grew = True
        if not found:
            return spans
        gone = {(f.start, f.end) for f in found}
        kept = [s for s in spans if (s.start, s.end) not in gone]
        return sorted(kept + found, key=lambda s: s.start)

    def _without_opened_event_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Without the names inside an event's name that opens with its kind ("Dorian" in
        "Hurricane Dorian", "Operation Fast" in "Operation Fast and Furious", "orkaan Dorian"),
        nor that name told again alone ("Dorian made landfall"): the event finder makes the
        event of them (:mod:`extract.grammar.named_events`). After an opener in lower case a
        name the knowledge base knows stays ("the operation Israel launched")."""
        found = opened_names(doc, self.lexicon.time_expression)
        if not found:
            return spans
        inside: set[int] = set()
        told: set[str] = set()
        for start, end in found:
            if not doc[start].text[:1].isupper() and any(
                s.kb_id_ and s.start < end and start < s.end for s in spans
            ):
                continue
            inside.update(range(start, end))
            told.add(doc[start + 1 : end].text)
        return [s for s in spans if not any(t.i in inside for t in s) and s.text not in told]

    def _people_or_money(self, span: Span) -> bool:
        """A demonym for people or money ("Britons voted", "US dollars"), which the model may
        call an organisation or a group: no name (:func:`_names_the_country`)."""
        return self.kb.demonym(
            span.text, doc_lang(span.doc)
        ) is not None and not _names_the_country(span.doc, span.start, span.end)

    def _inflected_opener(self, span: Span) -> bool:
        """Whether a lone unknown word opening a sentence or a quote is an inflected common word
        the tagger took for a name ("Hostages were freed", "'Troops must leave'", "Reasons
        given"): its lower case is a plural or verb form in the language's lemma table, and the
        document never writes it with a capital inside a sentence ("Jobs" after "Steve Jobs")."""
        if len(span) != 1 or span.kb_id_:
            return False
        token = span[0]
        if not (token.is_sent_start or (token.i > 0 and token.nbor(-1).text in QUOTES)):
            return False
        lower = token.lower_
        lemma = lemma_table(span.doc.lang_).get(lower)
        if lemma is None or lemma == lower or self.kb.lookup(token.text):
            return False
        if self._first_name_or_initial(token):
            return False
        return not any(
            t.text == token.text and not t.is_sent_start and t.i != token.i
            for t in doc_tokens(span.doc)
        )

    def _named_after_place(self, span: Span) -> Span:
        """A known town followed by one unknown capitalised word is an organisation named after
        it: "Cambridge Analytica", "Boston Globe" (not "Amsterdam Airport", "London Monday");
        followed by a word of direction, a place ("Davao Oriental")."""
        doc = span.doc
        end = span.end
        if (
            span.label_ != "LOCATION"
            or len(span) != 1
            or end >= len(doc)
            or self.kb.is_first_name(span.text)
        ):
            return span  # "Sydney Sweeney", "Victoria Beckham" are people
        tail = doc[end]
        after = doc[end + 1] if end + 1 < len(doc) else None
        if (
            tail.pos_ == "PROPN"
            and _capitalised(tail)
            and tail.is_alpha
            and not tail.is_sent_start
            and not span.doc[span.start].whitespace_ == ""  # "Cambridge-based"
            and tail.lower_ not in PLACE_HEADS
            and tail.lower_ not in NOT_NAMES
            and not self.kb.lookup(tail.text)
            and not self._first_name_or_initial(tail)
            and self.lexicon.time_expression(tail.text) is None
            and (after is None or not _capitalised(after))
            # last: doc.ents builds every span anew ("Tima Kurdi" beside "Abdullah Kurdi": the
            # surname of a person of the document makes a person, not a company of Tima)
            and tail.text not in _full_name_surnames(doc)
            and not any(start <= span.start and end < stop for start, stop in _model_people(doc))
        ):
            if tail.lower_ in PLACE_TAILS:
                # "Davao Oriental", "Misamis Occidental": a province named after its town
                return Span(doc, span.start, end + 1, label="LOCATION")
            return Span(doc, span.start, end + 1, label="ORG")
        return span

    def _titled_place(self, span: Span) -> Span:
        """A one-word known place right after a title is a person's name: "Captain Rochester",
        "minister Hamburg" (the linker then joins it to the full name in the document)."""
        doc = span.doc
        if len(span) == 1 and span.label_ == "LOCATION" and span.start > 0:
            before = doc[span.start - 1]
            if before.pos_ in ("NOUN", "PROPN") and self.lexicon.role(before.lower_):
                return Span(doc, span.start, span.end, label="PERSON")
        return span

    def _like_their_peers(self, spans: list[Span]) -> list[Span]:
        """An unknown one-word name in a list with known organisations is one too ("stores like
        Biedronka and LIDL"), whatever the model guessed."""
        at = {t.i: s for s in spans for t in s}
        out = []
        for span in spans:
            if not span.kb_id_ and len(span) == 1 and span.label_ in ("PERSON", "LOCATION"):
                token = span[0]
                peers = [c for c in children(token) if c.dep_ == "conj"]
                if token.dep_ == "conj":
                    peers.append(token.head)
                kinds = {at[p.i].label_ for p in peers if p.i in at and at[p.i].kb_id_}
                if kinds == {"ORG"}:
                    span = Span(span.doc, span.start, span.end, label="ORG")
            out.append(span)
        return out

    def _short_org_names(self, spans: list[Span]) -> list[Span]:
        """An unknown person's name that is the last word of an organisation the document names
        in full is that organisation's short name: "World Wonder Ring Stardom ... bij Stardom";
        "Fans van Stardom" (no first name before "van") is the organisation too. Not where the
        word is also a person's surname in the document ("Henry Ford ... Ford Foundation"), an
        organisation's head word ("Instituut"), a known place, or ends an organisation named
        "of" something ("Supreme Court of Puerto Rico" says nothing of a lone "Rico")."""
        orgs = {
            s[-1].text
            for s in spans
            if s.label_ == "ORG"
            and len(s) > 1
            and not any(t.lower_ in OF_PREPOSITIONS for t in s)  # "Universiteit van Genève"
        }
        if not orgs:
            return spans
        people = [s for s in spans if s.label_ == "PERSON" and not s.kb_id_]
        surnames = {s[-1].text for s in people if len(s) > 1 and not self._org_of_people(s)}
        short = {
            word
            for word in orgs - surnames
            if word.lower() not in ORG_HEADS
            and word not in CORP_SUFFIXES
            and not any(e.type in ("COUNTRY", "LOCATION") for e in self.kb.lookup(word))
        }
        return [
            Span(s.doc, s.end - 1, s.end, label="ORG")
            if s.label_ == "PERSON"
            and not s.kb_id_
            and s[-1].text in short
            and (len(s) == 1 or self._org_of_people(s))
            else s
            for s in spans
        ]

    def _org_of_people(self, span: Span) -> bool:
        """Whether a name is a plural or common word, particles and a name, with no first name
        ("Fans van Stardom", "Leden van Ringo"), as a person's name never is."""
        return (
            len(span) > 2
            and not self._first_name_or_initial(span[0])
            and all(t.lower_ in NAME_PARTICLES for t in span[1:-1])
        )

    def _yields(self, known: Span, wider: Span) -> bool:
        """Whether the known name ``known`` gives way to the model's ``wider`` name around it."""
        if wider.label_ == "PERSON":
            # a person's name around a known person or a place: "Arno Rutte", "A. Rutte",
            # "Paris Hilton", "Henry Ford", "Denzel Washington"
            return (
                len(wider) <= 4
                and (
                    self._first_name_or_initial(wider[0])
                    or self._other_first_name(known, wider)
                    or self._place_as_first_name(known, wider)
                    or self._article_name_as_surname(known, wider)
                )
                and (known.start > wider.start or known.label_ != "PERSON")
            )
        if _plural_region_noun_in_name(known, wider):
            return True  # "the Gulf States", "Baltic States": a bloc of states, not the USA
        last = wider[-1].lower_
        first = wider[0].lower_
        if wider.label_ == "LOCATION":
            # "Central Europe", "Northern Ireland", "Gaza City", "Davao del Sur": a region named
            # after a known place; "Moscone West Convention Center": a building the model calls
            # a place
            return (
                known.label_ in ("LOCATION", "COUNTRY")
                and (first in DIRECTIONS | PLACE_HEADS or last in PLACE_TAILS)
                or last in PLACE_HEADS
                or (last in FACILITY_HEADS and len(wider) > 2)
            )
        if self._org_named_with_region(known, wider):
            return True  # "EADS North America", "Vodafone Ireland"
        if (
            (last in ORG_HEADS and _capitalised(wider[-1]))
            or first in ORG_FIRSTS
            or (first in ORG_PREFIXES and len(wider) == 2)
        ):
            # "Swiss National Bank", "Bank of Canada", "Air France" (not "Air France Flight 447",
            # nor "Associated Press of bank", where the model ran on into a common noun)
            return True
        if known.label_ == "ORG":
            # a company inside a longer company name: "Apple Corps", "Apple Computer"
            return all(_capitalised(t) for t in wider if t.i >= known.end or t.i < known.start)
        if known.label_ in ("COUNTRY", "LOCATION") and len(wider) == 2 and len(known) == 1:
            # "China Eastern", "Cyprus Mail": a company named with a place, then one word that
            # is neither known (or, when the model says organisation, one such word before the
            # place: "Garuda Indonesia"), a first name, a place word, an institution nor a time ("US
            # Embassy" is the country's; "Netto Poland" is a company in a country)
            other = wider[1] if known.start == wider.start else wider[0]
            return (
                (known.start == wider.start or (wider.label_ == "ORG" and not other.text.isupper()))
                and other.pos_ == "PROPN"
                and other.is_alpha
                and _capitalised(other)
                and other.lower_ not in NOT_NAMES | PLACE_HEADS | GENERIC_INSTITUTIONS
                and not self.kb.lookup(other.text)
                and not self._first_name_or_initial(other)
                and self.lexicon.time_expression(other.text) is None
            )
        return known.label_ in ("COUNTRY", "LOCATION") and len(wider) > 2

    def _place_as_first_name(self, known: Span, wider: Span) -> bool:
        """Whether a known place opens a two-word person whose second word is the surname of
        another person of the document ("Tima Kurdi" beside "Abdullah Kurdi": Tima is also a
        town, but here the first name of a relative)."""
        return (
            known.label_ == "LOCATION"
            and len(wider) == 2
            and known.start == wider.start
            and len(known) == 1
            and wider[1].text in _full_name_surnames(wider.doc)
        )

    def _article_name_as_surname(self, known: Span, wider: Span) -> bool:
        """Whether a known place or bloc that is only ever named with its article ("the West",
        "het Westen") ends the model's two-word person without one, after a capitalised proper
        noun: "Kanye West" is a person, not the West (a bloc name never joins a person)."""
        if len(wider) != 2 or known.start != wider.start + 1 or len(known) != 1:
            return False
        key = known.kb_id_
        if known.label_ not in ("LOCATION", "ORG") or not key or key not in self.kb:
            return False
        first = wider[0]
        if not (first.pos_ == "PROPN" and _capitalised(first) and not first.text.isupper()):
            return False
        return only_named_with_article(self.kb.get(key), known.text)

    def _ends_in_article_name(self, span: Span) -> bool:
        """Whether a name of two words is a capitalised proper noun, then a word the knowledge
        base knows only with its article ("Kanye West"; see :meth:`_article_name_as_surname`)."""
        known = next((e for e in self.kb.lookup(span[-1].text) if e.type != "PERSON"), None)
        if known is None or not only_named_with_article(known, span[-1].text):
            return False
        first = span[0]
        return first.pos_ == "PROPN" and _capitalised(first) and not first.text.isupper()

    def _other_first_name(self, known: Span, wider: Span) -> bool:
        """Whether the model's person ``wider`` is a known person's surname after a first name
        that the list of first names lacks because it is also a word ("Hunter Biden", "Beau
        Biden" are not Joe Biden): one capitalised proper noun that is no title, honorific,
        known name, demonym or time. A tagger that takes a foreign first name for a common noun
        ("Hunter" in a Dutch text) is trusted no further than the capital: a noun written with
        one inside a sentence, or anywhere the document writes it so there, counts too."""
        if known.label_ != "PERSON" or len(wider) != 2 or known.start != wider.start + 1:
            return False
        token = wider[0]
        return (
            (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and _capitalised_inside(token)))
            and token.is_alpha
            and _capitalised(token)
            and not token.text.isupper()
            and token.lower_ not in HONORIFICS | NOT_FIRST_NAMES
            and not self._role_word(token)
            and not self.kb.lookup(token.text)
            and self.kb.demonym(token.text, doc_lang(token.doc)) is None
            and self.lexicon.time_expression(token.text) is None
        )

    def _first_name_or_initial(self, token: Token) -> bool:
        text = token.text
        initial = len(text) == 2 and text[0].isupper() and text[1] == "."
        return initial or (self.kb.is_first_name(text) and token.lower_ not in NOT_FIRST_NAMES)

    def _first_name_runs(self, doc: Doc) -> Iterable[Span]:
        """Person names the model missed, by a first name: "Jan de Vries", "Pieter van der Wal"."""
        for start, end in _capitalised_runs(doc):
            if (
                end - start < 2
                or not self._first_name_or_initial(doc[start])
                or len(doc[start].text) < 3
            ):
                continue
            tokens = doc[start:end]
            if any(
                t.lower_ in ORG_HEADS or t.lower_ in PLACE_HEADS or t.pos_ in ("VERB", "AUX")
                for t in tokens
            ) or (
                end - start > 2 and tokens[-1].lower_ in FACILITY_HEADS
            ):  # "Kennedy Space Center"
                continue
            if tokens[-1].lower_ in NAME_CONNECTORS or any(
                t.lower_ in ("of", "and", "the", "&", "for", "voor") for t in tokens
            ):
                continue
            if end - start <= 4:
                yield Span(doc, start, end, label="PERSON")

    def _titled_runs(self, doc: Doc) -> Iterable[Span]:
        """Person names the model missed, by a title before them: "minister Heinen van
        Financiën", "woordvoerder De Vries", "districtsrechter Gray Miller" (a compound title).
        The name stops before "van"/"of" and a portfolio or known name ("van Financiën"), and
        keeps a surname's particles ("van der Wal")."""
        n = len(doc)
        lexicon = self.lexicon
        # the role words only, each distinct word looked up once
        is_role = lambda w: lexicon.role(w) or lexicon.compound_role(w)  # noqa: E731
        for token in tokens_where(doc, LOWER, is_role, (lexicon.role, lexicon.compound_role)):
            if (
                token.i == n - 1
                or token.pos_ not in ("NOUN", "PROPN")
                or not _capitalised(token.nbor(1))
            ):
                continue
            end = token.i + 1
            while end < n and end - token.i <= 4:
                word = doc[end]
                if _capitalised(word) and word.lower_ not in NOT_NAMES and not word.is_punct:
                    end += 1
                elif (
                    word.lower_ in NAME_PARTICLES
                    and end + 1 < n
                    and _capitalised(doc[end + 1])
                    and end > token.i + 1
                ):
                    rest = doc[end + 1 : min(n, end + 5)]
                    tail = next(
                        (j for j in range(len(rest), 0, -1) if fold(rest[:j].text) in PORTFOLIOS), 0
                    )
                    if (
                        tail
                        or self.kb.lookup(doc[end + 1].text)
                        or doc[end + 1].lower_ in ORG_FIRSTS
                    ):
                        break
                    end += 1
                else:
                    break
            start = token.i + 1
            while start < end and self.lexicon.role(doc[start].lower_):
                start += 1  # "Governor General", "Secretary General": a title goes on
            span = doc[start:end]
            if not span or len(span) > 4 or span[-1].lower_ in NAME_PARTICLES:
                continue
            if any(t.lower_ in ORG_HEADS or t.lower_ in PLACE_HEADS for t in span):
                continue
            known = [e for e in self.kb.lookup(span.text)]
            people = [e for e in known if e.type == "PERSON"]
            if people:
                yield Span(doc, span.start, span.end, label="PERSON", kb_id=people[0].key)
            elif not known:
                yield Span(doc, span.start, span.end, label="PERSON")

    def _groups_owning(self, doc: Doc) -> Iterable[Span]:
        """A one-word name in the plural between a definite article and a possessive owns
        something as a group, a band or a team: "the Zelvons' label", "the Kaldor Rovers'
        coach" has its own name. The model misses it before another name ("the Zelvons'
        Apple Corps"). Not a name the knowledge base knows, a demonym ("the Americans'") nor
        a word that is no plural ("the Ross' house")."""
        tokens = doc_tokens(doc)
        for mark in tokens_where(doc, ORTH, POSSESSIVE_MARKS.__contains__):
            if mark.i < 2:
                continue  # the name needs an article before it
            token = tokens[mark.i - 1]
            if (
                tokens[token.i - 1].lower_ in DEFINITE_ARTICLES
                and token.is_alpha
                and _capitalised(token)
                and len(token.text) > 3
                and _singular_name(token.text) is not None
                and not self.kb.lookup(token.text)
                and self.kb.demonym(token.text) is None
            ):
                yield Span(doc, token.i, token.i + 1, label="ORG")

    def _reporting_media(self, doc: Doc) -> Iterable[Span]:
        """Names the model missed that report as a medium does ("Kathimerini reported", "Rudaw
        meldt", "Fars News meldde"): an organisation, unless the knowledge base knows the name.
        One word must be a proper noun; two or three capitalised words are a name whatever
        their tags."""
        found = [
            Span(doc, token.i, token.i + 1, label="ORG")
            for token in tagged_tokens(doc, ("PROPN",))
            if _capitalised(token)
            and token.lower_ not in NOT_NAMES
            and not self.kb.lookup(token.text)
            and self._reporting_medium(doc[token.i : token.i + 1])
        ]
        for start, end in _capitalised_runs(doc):
            if doc[start].lower_.endswith(ORG_INTRODUCERS):
                start += 1  # "Persbureau Reuters meldde": the noun opening the sentence
            if not 2 <= end - start <= 3:
                continue  # most runs: no span made for them
            span = Span(doc, start, end)
            if (
                self._reporting_medium(span, most=3)
                and not any(t.lower_ in NOT_NAMES for t in span)
                and not self.kb.lookup(span.text)
            ):
                found.append(Span(doc, start, end, label="ORG"))
        return filter_spans(found)

    def _reporting_medium(self, span: Span, most: int = 1) -> bool:
        """Whether a name of at most ``most`` words is the subject of a verb of reporting
        ("Rudaw reports", "de NOS meldt", "Business Insider meldde") and nothing makes it a
        person: no first name, and no person of the document has it as surname ("Sharif Hotak
        ... Hotak reported" stays a person)."""
        token = span.root
        return (
            len(span) <= most
            and token.dep_ in ("nsubj", "nsubj:pass")
            and token.head.lemma_.lower() in MEDIA_VERBS
            and not self._first_name_or_initial(token)
            and not self._first_name_or_initial(span[0])
            and span.text not in _full_name_surnames(span.doc)
        )

    def _particle_surnames(self, doc: Doc) -> Iterable[Span]:
        """Surnames that open with a capitalised particle, which the model misses: "De Vries
        zei", "volgens De Jonge", "Van der Wal stelt". A speech verb beside the name, or a
        capitalised particle inside a sentence (where only a name writes it so), makes it a
        person; a name the knowledge base knows ("De Telegraaf", "Den Haag") is left to it."""
        n = len(doc)
        for start, end in _capitalised_runs(doc):
            if end - start > 2 and doc[start].is_sent_start:
                start += doc[start].lower_ not in NAME_PARTICLES  # "Volgens De Jonge"
            first = doc[start]
            if (
                not _capitalised(first)
                or first.lower_ not in NAME_PARTICLES
                or first.lower_ in ARABIC_ARTICLES
            ):
                continue
            k = start + 1
            while k < end and doc[k].lower_ in NAME_PARTICLES:
                k += 1
            rest = doc[k:end]
            if len(rest) != 1 or not rest[0].is_alpha or rest[0].lower_ in NOT_NAMES:
                continue
            if (
                rest[0].lower_ in ORG_HEADS
                or rest[0].lower_ in PLACE_HEADS
                or rest[0].lower_.endswith(COMPOUND_ORG_HEADS)  # "De Kiesraad stelde"
            ):
                continue
            span = doc[start:end]
            if self.kb.lookup(span.text) or self.kb.lookup(rest.text):
                continue
            before = doc[start - 1] if start > 0 else None
            after = doc[end] if end < n else None
            inside = not first.is_sent_start and (before is None or before.text not in QUOTES)
            spoken = (before is not None and before.lemma_.lower() in SPEECH_VERBS) or (
                after is not None and after.lemma_.lower() in SPEECH_VERBS
            )
            if spoken or inside:
                yield Span(doc, start, end, label="PERSON")

    def _org_compounds(self, doc: Doc) -> Iterable[Span]:
        """One capitalised word after an article (and an adjective perhaps), a compound on an
        organisation's head, is an organisation the model missed: "de Staatsbrandweer", "de
        Kiesraad", "het Amerikaanse Hooggerechtshof". A Dutch noun is
        written in lower case, so the capital makes it a name."""
        tokens = doc_tokens(doc)  # made once: ``doc[i]`` makes a new Token at every look
        capital = _capital_flags(doc)
        for token in tokens[1:-1]:
            if not capital[token.i]:
                continue
            word = token.lower_
            if (
                not token.is_sent_start
                and (
                    tokens[token.i - 1].lower_ in DEFINITE_ARTICLES
                    or token.i > 1  # "het Amerikaanse Hooggerechtshof": an adjective between
                    and tokens[token.i - 1].pos_ == "ADJ"
                    and tokens[token.i - 2].lower_ in DEFINITE_ARTICLES
                )
                and not _capitalised(tokens[token.i + 1])
                and any(word.endswith(h) and len(word) >= len(h) + 3 for h in COMPOUND_ORG_HEADS)
                and word not in NOT_NAMES
                and not self.kb.lookup(token.text)
                and not self._known_org_before_hyphen(token.text)
            ):
                yield Span(doc, token.i, token.i + 1, label="ORG")

    def _known_org_before_hyphen(self, text: str) -> bool:
        """Whether a compound opens with a known organisation ("VN-organisatie", "EU-commissie"):
        the organisation inside it is the name (an inner mention), not the compound."""
        head, _, tail = text.rpartition("-")
        return bool(head) and tail.islower() and any(e.type == "ORG" for e in self.kb.lookup(head))

    def _introduced_orgs(self, doc: Doc) -> Iterable[Span]:
        """An unknown capitalised name right after a lower-case noun that introduces an
        organisation is one, where the model found nothing: "the Greek gas producer Energean",
        "supermarket Ocado", "het nieuwsmedium Daily Xtra". Not a first name ("producer Harvey
        Weinstein"), a function word ("the company Who Gives a Crap": no name the finder can
        bound), a known name (found as such), a time ("the company Monday") or a name that runs
        on past four words."""
        tokens = doc_tokens(doc)
        n = len(tokens)
        for token in tagged_tokens(doc, ("NOUN",)):
            if (
                token.i == n - 1
                or _capitalised(token)
                or not token.lower_.endswith(ORG_INTRODUCERS)
            ):
                continue
            start = end = token.i + 1
            while (
                end < n
                and end - start <= 4
                and _capitalised(tokens[end])
                and _one_name_word(tokens[end].text)
                and tokens[end].lower_ not in NOT_NAMES
                and self.lexicon.time_expression(tokens[end].text) is None
            ):
                end += 1
            if (
                end == start
                or end - start > 4
                or (end < n and _capitalised(tokens[end]))
                or tokens[start].pos_ in ("PRON", "DET", "ADP", "VERB", "AUX", "SCONJ", "CCONJ")
                or tokens[start].is_sent_start
                or self._first_name_or_initial(tokens[start])
                or self.kb.demonym(tokens[start].text, doc.lang_) is not None
                or self.kb.lookup(doc[start:end].text)
            ):
                continue
            yield Span(doc, start, end, label="ORG")

    def _introduced_places(self, doc: Doc) -> Iterable[Span]:
        """Unknown capitalised names right after a lower-case noun for a kind of place
        (data/lexicons/placenouns.*.tsv) are places, where the model found nothing: "het
        olieveld Khurais", "de velden Karish en Tanin", "het dorp Kleinzand". Not a first name
        or initial, a known name (found as such), a time, or a name that runs on past three
        words."""
        grammar = load_grammar(doc.lang_)
        if not grammar.place_nouns:
            return
        tokens = doc_tokens(doc)
        n = len(tokens)
        for token in tokens_where(doc, LEMMA, grammar.is_place_noun, grammar.is_place_noun):
            if token.pos_ != "NOUN" or _capitalised(token):
                continue
            start = token.i + 1
            while start < n:
                end = start
                while (
                    end < n
                    and end - start <= 3
                    and _capitalised(tokens[end])
                    and tokens[end].text.isalpha()
                    and tokens[end].lower_ not in NOT_NAMES
                ):
                    end += 1
                if (
                    end == start
                    or end - start > 3
                    or tokens[start].is_sent_start
                    or self._first_name_or_initial(tokens[start])
                    or self.kb.lookup(doc[start:end].text)
                    or self.kb.demonym(tokens[start].text, doc.lang_) is not None
                    or self.lexicon.time_expression(doc[start:end].text) is not None
                ):
                    break
                yield Span(doc, start, end, label="LOCATION")
                # "de velden Karish en Tanin": a second name joined by a coordinator
                if end + 1 < n and tokens[end].lower_ in COORDINATORS:
                    start = end + 1
                else:
                    break

    def _org_phrases(self, doc: Doc) -> Iterable[Span]:
        """Organisation names by their head or first word, over known names inside them:
        "Universiteit van Amsterdam", "Swiss National Bank", "Bank of Japan"."""
        for start, end in _listed_apart(doc, _capitalised_runs(doc), self._model_coordinators(doc)):
            while (
                start < end
                and doc[start].pos_ != "PROPN"
                and doc[start].lower_ not in ORG_FIRSTS
                and not self._opens_an_org_name(doc[start])
            ):
                start += 1  # a sentence opener ("Yesterday", "Volgens") is not part of it
            if start == end:
                continue  # no name word at all ("... Koehuiden" ending the text)
            title = title_phrase(doc[start], self.lexicon)
            if (
                title is not None
                and title.end - title.start > 1
                and title.end + 1 < end
                and doc[title.end].lower_ in OF_PREPOSITIONS
            ):
                # "Chief Operating Officer of AirTran Airways": the title, then the organisation
                start = title.end + 1
                while start < end and doc[start].lower_ in DEFINITE_ARTICLES:
                    start += 1
            elif (
                end - start > 3
                and doc[start + 1].lower_ in OF_PREPOSITIONS
                and self._role_word(doc[start])
            ):
                # "Lagerhuislid van de People's Party of Canada": a role, then the organisation
                start += 2
                while start < end and doc[start].lower_ in DEFINITE_ARTICLES:
                    start += 1
            elif end - start < 2 or self.lexicon.role(doc[start].lower_):
                continue  # "Member of Parliament", "President of the Court" are titles
            at = next((t.i for t in doc[start:end] if t.lower_ in COMPLEMENT_PREPOSITIONS), None)
            # "Professor Carl Lipo of Binghamton University": a form of address opens the person
            person = start + 1 if doc[start].lower_ in HONORIFICS else start
            if at is not None and (
                (at - person >= 2 and self._first_name_or_initial(doc[person]))
                or _name_then_org(doc, start, at, end)
            ):
                # "Jennifer Daskal of American University", "Ma Ngok van de Chinese Universiteit
                # van Hongkong": a person, then the organisation
                start = at + 1
                while start < end and doc[start].lower_ in DEFINITE_ARTICLES:
                    start += 1
            if end - start < 2 or end - start > 8:
                continue
            first, last = doc[start].lower_, doc[end - 1].lower_
            connected = any(t.lower_ in COMPLEMENT_PREPOSITIONS for t in doc[start:end])
            # "Institute of Technology", "Court of Appeals for the Third Circuit": a head, then "of"
            headed = any(
                doc[i].lower_ in ORG_HEADS
                and _capitalised(doc[i])
                and doc[i + 1].lower_ in COMPLEMENT_PREPOSITIONS
                for i in range(start, end - 1)
            )
            if (
                (first in ORG_FIRSTS and connected)
                or last in ORG_HEADS
                or _compound_org_head(last)  # "het Internationaal Atoomagentschap"
                or headed
                or (first in ORG_PREFIXES and end - start == 2)
            ):
                if (
                    title_phrase(doc[start], self.lexicon) is not None
                    and title_phrase(doc[start], self.lexicon).end >= end
                ):
                    continue
                if self.kb.lookup(doc[start:end].text):
                    continue  # the knowledge base knows it whole: found by _kb_runs
                yield self._without_country_before_national(Span(doc, start, end, label="ORG"))

    def _model_coordinators(self, doc: Doc) -> frozenset[int]:
        """The coordinators ("and", "en", "&") between two organisations or facilities the model
        found apart, one ending right before it and one starting right after it ("AP and NBC
        News", "the University of Miami and Apex Shark Expeditions"): a run of capitalised words
        reads them as one name. Not before a known place ("the High Court of England and
        Wales", which the model may cut there), and not where the model found a person or a
        people ("Salish and Kootenai Tribes"). Read before the name finder sets ``doc.ents``."""
        found = doc.ents  # builds every span anew: read once
        ends = {ent.end: ent for ent in found if ent.label_ in COORDINATED_MODEL_LABELS}
        return frozenset(
            ent.start - 1
            for ent in found
            if ent.start - 1 in ends
            and ent.label_ in COORDINATED_MODEL_LABELS
            and doc[ent.start - 1].lower_ in LIST_AND
            and not any(e.type in ("COUNTRY", "LOCATION") for e in self.kb.lookup(ent.text))
            and not self._one_body_of_two_crowds(ends[ent.start - 1], ent)
        )

    def _one_body_of_two_crowds(self, first: Span, second: Span) -> bool:
        """Whether two unknown names the model found apart around "and" are one body of two
        groups of people: "App Drivers and Couriers Union", where the first ends in a plural
        no organisation's head and the second is a plural and an organisation's head. Two
        companies ("Harbor Logistics and Delta Shipping Company") stay apart."""
        return (
            len(first) >= 2
            and len(second) >= 2
            and _plural_word(first[-1])
            and _plural_word(second[-2])
            and second[-1].lower_ in ORG_HEADS
            and not self.kb.lookup(first.text)
            and not self.kb.lookup(second.text)
        )

    def _opens_an_org_name(self, token: Token) -> bool:
        """Whether a capitalised adjective or noun inside a sentence opens the name after it
        ("het Europees Hof van Justitie", "de Medische Universiteit van Gdańsk"); a sentence's
        first word and a country's adjective ("de Amerikaanse Senaat") do not."""
        return (
            not token.is_sent_start
            and token.pos_ in ("ADJ", "NOUN")
            and token.doc[token.i - 1].lower_ in DEFINITE_ARTICLES
            and getattr(self.kb.demonym(token.text, doc_lang(token.doc)), "type", None) != "COUNTRY"
            and not self.kb.lookup(token.text)
        )

    def _airlines(self, doc: Doc) -> Iterable[Span]:
        """Airlines by the flight number after them: two or more capitalised words before a flight
        word and a number are one organisation, over a country or place inside them ("Garuda
        Indonesia vlucht 200", "Air India Flight 171")."""
        tokens = doc_tokens(doc)
        for start, end in _capitalised_runs(doc):
            # the flight word ends the run ("Flight 171") or follows it ("vlucht 200")
            flight = next(
                (
                    i
                    for i in (end, end - 1)
                    if start < i < len(tokens) - 1 and tokens[i].lower_ in FLIGHT_WORDS
                ),
                None,
            )
            if flight is None or not tokens[flight + 1].like_num:
                continue
            while start < flight and tokens[start].lower_ in DEFINITE_ARTICLES:
                start += 1
            # "Passengers of Malaysia Airlines Flight 17": the airline's name starts after "of"
            start = max(
                [start]
                + [i + 1 for i in range(start, flight) if tokens[i].lower_ in NAME_CONNECTORS]
            )
            if flight - start < 2:
                continue
            entry = self._lookup(doc[start:flight].text, "ORG")
            key = entry.key if entry is not None and entry.type == "ORG" else ""
            yield Span(doc, start, flight, label="ORG", kb_id=key)

    def _defined_acronyms(self, doc: Doc) -> Iterable[Span]:
        """An unknown acronym defined in brackets after a capitalised name ("United States Coast
        Guard (USCG)") is an organisation, there and wherever else the document uses it."""
        defined: set[str] = set()
        tokens = doc_tokens(doc)
        for bracket in tokens_where(doc, ORTH, "(".__eq__):
            if bracket.i + 2 >= len(tokens):
                continue
            token = tokens[bracket.i + 1]
            if (
                tokens[token.i + 1].text == ")"
                and token.i >= 2
                and _acronym(token.text)
                and token.text.isupper()
                and _capitalised(tokens[token.i - 2])
                and not self.kb.lookup(token.text)
                and not self._defines_a_title(tokens, token.i - 1)
            ):
                defined.add(token.text)
        if defined:
            for token in tokens_where(doc, ORTH, defined.__contains__):
                yield Span(doc, token.i, token.i + 1, label="ORG")

    def _acronym_long_forms(self, doc: Doc) -> Iterable[Span]:
        """The capitalised words before an unknown acronym in brackets that spell it are one
        organisation, over the commas and connectors inside it: "Institute of Epidemiology,
        Disease Control and Research (IEDCR)", which the model cuts at the comma. Only where the
        initials spell the acronym exactly, so a person or a place before the name stays apart.
        Not a place, a building or an event ("International Space Station (ISS)"), and not a
        compound on a common noun ("Maintenance, Repair and Overhaul-activiteiten (MRO)")."""
        tokens = doc_tokens(doc)
        heads = PLACE_HEADS | FACILITY_HEADS | EVENT_HEADS
        for bracket in tokens_where(doc, ORTH, "(".__eq__):
            if not 2 <= bracket.i < len(tokens) - 2 or tokens[bracket.i + 2].text != ")":
                continue
            acronym = tokens[bracket.i + 1].text
            letters = "".join(c for c in acronym if c.isalnum()).upper()
            if (
                len(letters) < 3
                or not (_acronym(acronym) and acronym.isupper())
                or self._defines_a_title(tokens, bracket.i)
            ):
                continue
            last = tokens[bracket.i - 1]
            if last.lower_ in heads or not last.text.rpartition("-")[2][:1].isupper():
                continue
            for start in range(bracket.i - 1, max(-1, bracket.i - 16), -1):
                token = tokens[start]
                if not (
                    _capitalised(token)
                    or token.lower_ in NAME_CONNECTORS | LIST_AND
                    or (token.text == "," and _capitalised(tokens[start + 1]))
                    or _in_hyphened_word(tokens, start)  # "Co-operation"
                ):
                    break
                if not _capitalised(token) or start >= bracket.i - 1:
                    continue
                words = [t.text for t in tokens[start : bracket.i] if _capitalised(t)]
                if letters in spelled_acronyms(words):
                    # a known long form as the knowledge base knows it, which the runs of
                    # known names miss when it is long or holds "en"/"and"
                    known = self._lookup(doc[start : bracket.i].text, None)
                    if known is None:
                        yield Span(doc, start, bracket.i, label="ORG")
                    elif known.type == "ORG":
                        yield Span(doc, start, bracket.i, label="ORG", kb_id=known.key)
                    break

    def _acronyms_before(self, doc: Doc, expansions: list[Span]) -> Iterable[Span]:
        """The acronym before its long form in brackets (:func:`_bracketed_expansions`) is a
        name too, where the model took it for a word ("CHOP (Capitol Hill Occupied Protest)");
        the linker joins it to its long form. Not a title's ("MP (Member of Parliament)")."""
        tokens = doc_tokens(doc)
        for long_form in expansions:
            acronym = long_form.start - 2
            if acronym >= 0 and not self._defines_a_title(tokens, long_form.end):
                yield Span(doc, acronym, acronym + 1, label="ORG")

    def _defines_a_title(self, tokens: list[Token], bracket: int) -> bool:
        """Whether the words before the bracket at ``bracket`` are a title ("Member of
        Parliament (MP)"): its acronym is a title too, no organisation."""
        return any(
            self.lexicon.role(" ".join(t.lower_ for t in tokens[bracket - k : bracket]))
            for k in range(1, min(4, bracket) + 1)
        )

    def _ministries(self, doc: Doc) -> Iterable[Span]:
        """A ministry written in lower case with its portfolio is one organisation: "het
        ministerie van Binnenlandse Zaken", "het staatsministerie van Volksgezondheid en Zorg"."""
        tokens = doc_tokens(doc)
        for token in tokens_where(doc, LOWER, _ministry_word, _ministry_word):
            if (
                token.i >= len(tokens) - 2
                or _capitalised(token)
                or tokens[token.i + 1].lower_ != "van"
            ):
                continue
            end = token.i + 2
            while end < len(tokens) and (
                _capitalised(tokens[end])
                or (
                    tokens[end].lower_ == "en"
                    and end + 1 < len(tokens)
                    and _capitalised(tokens[end + 1])
                    and end > token.i + 2
                )
            ):
                end += 1
            if end > token.i + 2 and _capitalised(tokens[end - 1]):
                yield Span(doc, token.i, end, label="ORG")

    def _national_bodies(self, doc: Doc) -> Iterable[Span]:
        """A country's one armed force or parliament, written in lower case after the country's
        adjective or name, is an organisation with the adjective in its name: "het Iraakse
        leger", "Amerikaanse strijdkrachten", "the U.S. military". Not after an indefinite
        article or another determiner ("een Oostenrijkse rechtbank", "every Iraqi army unit"),
        nor before a noun it describes ("U.S. military personnel")."""
        tokens = doc_tokens(doc)
        for token in tokens_where(doc, LOWER, _FIRST_BODY_WORDS.__contains__):
            end = _body_end(tokens, token.i, NATIONAL_BODIES)
            if end is None or _capitalised(token) or token.i == 0:
                continue
            if end < len(tokens) and tokens[end].pos_ in ("NOUN", "PROPN"):
                continue
            found = self._country_before(tokens, token.i)
            if found is None:
                continue
            start = found[0]
            before = tokens[start - 1] if start else None
            if (
                before is not None
                and before.pos_ == "DET"
                and before.lower_ not in DEFINITE_ARTICLES
            ):
                continue
            yield Span(doc, start, end, label="ORG")

    def _missions(self, doc: Doc) -> Iterable[Span]:
        """A country's embassy or consulate with the place it is in is one organisation, the
        country's adjective or name and the place in its name: "de Amerikaanse ambassade in
        Bagdad" (Dutch writes it in lower case), "the U.S. Embassy in Baghdad". Without the
        place ("the Myanma embassy") it stays the country's unnamed body; not after an
        indefinite article or another determiner ("een Franse ambassade in Afrika")."""
        tokens = doc_tokens(doc)
        n = len(tokens)
        for token in tokens_where(doc, LOWER, MISSION_NOUNS.__contains__):
            tie = token.i + 1
            if token.i == 0 or tie + 1 >= n or tokens[tie].lower_ not in MISSION_PREPOSITIONS:
                continue
            last = tie + 1
            while last < n and last - tie <= 3 and _capitalised(tokens[last]):
                last += 1
            if last == tie + 1 or not self._a_place_name(doc[tie + 1 : last]):
                continue
            found = self._country_before(tokens, token.i)
            if found is None:
                continue
            before = tokens[found[0] - 1] if found[0] else None
            if (
                before is not None
                and before.pos_ == "DET"
                and before.lower_ not in DEFINITE_ARTICLES
            ):
                continue
            yield Span(doc, found[0], last, label="ORG")

    def _country_before(self, tokens: list[Token], i: int) -> tuple[int, KBEntry] | None:
        """(where it starts, the country) of a country's adjective or name of one or two words
        that ends right before token ``i`` ("Iraakse", "South Korean", "U.S.", "United
        States"); None if none does."""
        lang = tokens[i].doc.lang_
        for k in (2, 1):
            if (
                i - k < 0
                or not all(_capitalised(t) for t in tokens[i - k : i])
                or tokens[i - k].lower_ in ARTICLES
            ):
                continue
            entry = self.kb.country_named(tokens[i - k].doc[i - k : i].text, lang)
            if entry is not None:
                return i - k, entry
        return None

    def _parties_of_countries(self, spans: list[Span], country: str | None) -> list[Span]:
        """A party (a ``party_head`` before "van"/"of") described by the known country it is
        of, with that country's article ("de Conservatieve Partij van het Verenigd
        Koninkrijk", "the Democratic Party of the United States"), is the party's name and the
        country apart, as the gold names them; the places route then puts the party in the
        country (LOCATED_IN, ``_owning_country``). A party whose own name holds the country,
        without the article, stays whole ("People's Party of Canada", "Communist Party of
        China"), and so does another body's ("the Supreme Court of the United Kingdom", as the
        gold names it)."""
        out: list[Span] = []
        for span in spans:
            out.extend(self._cut_before_country(span, country) or [span])
        return out

    def _cut_before_country(self, span: Span, country: str | None) -> list[Span] | None:
        """The party and the country of :meth:`_parties_of_countries`, or None. The party keeps a
        known name only where the knowledge base has it of that country; a name known as
        another country's ("Socialistische Partij", the Dutch SP) leaves the span whole."""
        if span.label_ != "ORG" or len(span) < 4:
            return None
        doc = span.doc
        for tie in range(span.start + 1, span.end - 2):
            if (
                doc[tie].lower_ not in OF_PREPOSITIONS
                or doc[tie - 1].lower_ not in PARTY_HEADS
                or doc[tie + 1].lower_ not in DEFINITE_ARTICLES
            ):
                continue
            entry = self.kb.country_named(doc[tie + 2 : span.end].text, doc.lang_)
            if entry is None or entry.type != "COUNTRY":
                return None
            known = self._lookup(doc[span.start : tie].text, "ORG", country)
            if known is None and span.kb_id_:
                return None  # known whole, not in part
            if known is not None and (
                known.country != entry.key or span.kb_id_ not in ("", known.key)
            ):
                return None
            return [
                Span(doc, span.start, tie, label="ORG", kb_id=known.key if known else ""),
                Span(doc, tie + 2, span.end, label="COUNTRY", kb_id=entry.key),
            ]
        return None

    def _countries_of_bodies(self, doc: Doc, spans: list[Span]) -> Iterable[InnerMention]:
        """The country named in front of its army, parliament or embassy ("Iraakse" in "het
        Iraakse parlement", :meth:`_national_bodies`; "Franse" in "de Franse ambassade in
        Nairobi", :meth:`_missions`) is a mention of that country too: the graph keeps
        the country, and a later "het land" can stand for it."""
        tokens = doc_tokens(doc)
        for span in spans:
            if span.label_ != "ORG" or span.kb_id_ or len(span) < 2:
                continue
            for body in (span.start + 2, span.start + 1):
                if body >= span.end or (
                    _body_end(tokens, body, NATIONAL_BODIES) != span.end
                    and tokens[body].lower_ not in MISSION_NOUNS
                ):
                    continue
                found = self._country_before(tokens, body)
                if found is not None and found[0] == span.start:
                    front, entry = doc[span.start : body], found[1]
                    yield InnerMention(
                        front.start_char,
                        front.end_char,
                        front.text,
                        "COUNTRY",
                        entry.key,
                        span.start,
                    )
                    if tokens[body].lower_ in MISSION_NOUNS:
                        yield from self._mission_places(doc[body + 2 : span.end])
                    break

    def _mission_places(self, place: Span) -> Iterable[InnerMention]:
        """The known place an embassy's name ends in ("Manila" in "the US Embassy in Manila")
        is a mention of that place too: the graph keeps where the mission is."""
        entry = next((e for e in self.kb.lookup(place.text) if e.type in PLACE_TYPES), None)
        if entry is not None:
            yield InnerMention(
                place.start_char, place.end_char, place.text, entry.type, entry.key, place.start
            )

    def _local_bodies(self, doc: Doc) -> Iterable[Span]:
        """A place's police or council, written in lower case, is an organisation with the
        place's name in it: after the body and "van" ("de politie van Toronto", "de
        provincieraad van Maidan Wardak"), for a court (data/lexicons/courts.*.tsv) also after
        a preposition of a town ("de rechtbank in Bradford"; a country is no town: "de rechtbank
        in Frankrijk"), or before it
        ("Northamptonshire police", "the Maidan Wardak provincial council"). The name is a
        place's: no person, time or title."""
        tokens = doc_tokens(doc)
        n = len(tokens)
        for token in tokens_where(doc, LOWER, _FIRST_BODY_WORDS.__contains__):
            end = _body_end(tokens, token.i, LOCAL_BODIES)
            if end is None or _capitalised(token):
                continue
            tie = tokens[end].lower_ if end + 1 < n and doc.lang_ != "en" else ""
            if tie in BODY_PREPOSITIONS and self.lexicon.courts.get(token.lower_) != "court":
                tie = ""  # "bij de politie in Londen": where one went, not the body's name
            if tie in OF_PREPOSITIONS or tie in BODY_PREPOSITIONS:
                last = end + 1
                while last < n and last - end <= 3 and _capitalised(tokens[last]):
                    last += 1
                place = doc[end + 1 : last]
                if (
                    last > end + 1
                    and self._a_place_name(place)
                    and (
                        tie in OF_PREPOSITIONS
                        or self.kb.country_named(place.text, doc.lang_) is None
                    )
                ):
                    yield Span(doc, token.i, last, label="ORG")
                continue
            if end < n and tokens[end].pos_ in ("NOUN", "PROPN"):
                continue  # "Kent police station", "New Zealand police force"
            first = token.i
            while (
                first > 0
                and token.i - first < 3
                and _capitalised(tokens[first - 1])
                and tokens[first - 1].lower_ not in ARTICLES
            ):
                first -= 1
            if first < token.i and self._a_place_name(doc[first : token.i]):
                yield Span(doc, first, end, label="ORG")

    def _a_place_name(self, span: Span) -> bool:
        """Whether capitalised words can be a place's name before or after a body's noun: a
        place the knowledge base knows, a place to the model, or proper nouns that are no
        person, time or title. A
        tagger may call a sentence's first word a noun or adjective ("Northamptonshire police
        said"): it counts when the document writes it with its capital elsewhere too."""
        entries = self.kb.lookup(span.text)
        if entries:
            return any(e.type in ("LOCATION", "COUNTRY") for e in entries)
        if all(MODEL_LABELS.get(t.ent_type_) == "LOCATION" for t in span):
            return True  # "de rechtbank in Bradford": a place to the model, a first name too
        return (
            all(t.pos_ == "PROPN" or _capital_kept_inside(t) for t in span)
            and not self._first_name_or_initial(span[0])
            and self.lexicon.time_expression(span.text) is None
            and title_phrase(span[0], self.lexicon) is None
        )

    def _bracketed_portfolios(self, doc: Doc) -> Iterable[Span]:
        """A cabinet portfolio in brackets is its ministry: "Eelco Heinen (Financiën, VVD)"."""
        tokens = doc_tokens(doc)
        for before in tokens_where(doc, ORTH, ("(", ",").__contains__):
            i = before.i + 1
            if i == len(tokens) or not _capitalised(tokens[i]):
                continue
            opened = next((t for t in reversed(tokens[max(0, i - 8) : i]) if t.text in "()"), None)
            if opened is None or opened.text != "(":
                continue
            for j in range(min(len(tokens) - 1, i + 6), i, -1):
                if tokens[j].text in (",", ")") and fold(doc[i:j].text) in PORTFOLIOS:
                    yield Span(doc, i, j, label="ORG")
                    break

    def _doc_country(self, doc: Doc) -> str | None:
        """The country a document is mostly about: its most named country (a Dutch text leans to
        the Netherlands), when one stands out; used to choose between acronyms' expansions."""
        counts: Counter[str] = Counter()
        lang = doc.lang_  # asks the vocabulary's language getter at every read
        if lang == "nl":
            counts["NLD"] += 1.5
        tokens = doc_tokens(doc)
        text = doc_text(doc)
        for start, end in _capitalised_runs(doc):
            i = start
            while i < end:
                for j in range(min(end, i + 4), i, -1):
                    # the candidate's text cut from the document's, rather than a Span's text
                    first, last = tokens[i], tokens[j - 1]
                    words = text[first.idx : last.idx + len(last.text)]
                    if j - i == 1 and _acronym(words):
                        continue
                    entries = self.kb.lookup(words) if first.lower_ not in NAME_CONNECTORS else []
                    entry = (
                        entries[0]
                        if entries
                        else (self.kb.demonym(words, lang) if j - i == 1 else None)
                    )
                    if entry is not None:
                        if entry.country:
                            counts[entry.country] += 1
                        i = j
                        break
                else:
                    i += 1
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _inside_titles(self, doc: Doc) -> set[int]:
        """Tokens after the first word of a multi-word title ("Secretary of *State*")."""
        inside: set[int] = set()
        for token in title_starts(doc, self.lexicon):
            title = title_phrase(token, self.lexicon)
            if title is not None and title.end - title.start > 1:
                inside.update(range(title.start + 1, title.end))
        return inside

    def _model_spans(self, doc: Doc, country: str | None = None) -> Iterable[Span]:
        words = None
        found = doc.ents  # builds every span anew: read once, also for the pieces' checks
        people = _full_named_people(found)
        for ent in self._first_names_of_couples(
            _places_the_parser_joins(_people_the_parser_joins(found, self._title_word))
        ):
            label = MODEL_LABELS.get(ent.label_)
            if not label:
                continue
            if label == "PERSON":
                ent = self._with_surname_head(ent)
            if (
                label == "PERSON"
                and ent.start > 0
                and (
                    doc[ent.start - 1].is_sent_start
                    and not any(self.kb.lookup(t.text) for t in ent)  # "(Luiz) Inácio Lula"
                    # a first name the model left out mid-sentence ("aunt, Gertrude Vanderbilt
                    # Whitney"): else "Vanderbilt" alone would open that name
                    or self.kb.is_first_name(doc[ent.start - 1].text)
                )
            ):
                words = words if words is not None else {t.text for t in doc}
                if self._opens_the_name(doc[ent.start - 1], words):
                    ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)
            for piece in self._coordinated(_pieces(ent), people, label):
                piece = _strip_edges(piece)
                if piece is None or _not_a_name(piece):
                    continue
                if label == "PERSON":
                    piece = self._with_capitalised_particles(piece)
                piece = self._without_country_before_national(self._without_demonym(piece))
                piece = self._without_opening_noun(piece)
                for part in self._place_then_person(piece, label):
                    yield from self._typed(
                        part, label if part.label_ in ("", label) else part.label_, country
                    )

    def _first_names_of_couples(self, ents: list[Span]) -> list[Span]:
        """A first name alone before "and"/"en" and a person's full name is a person who shares
        that surname ("David and Louise Turpin", "David en Louise Turpin"), whatever type the
        model gave it (the Dutch model reads "David" there as a place)."""
        out = list(ents)
        for k in range(len(out) - 1):
            first, person = out[k], out[k + 1]
            if (
                len(first) == 1
                and person.start == first.end + 1
                and len(person) >= 2
                and MODEL_LABELS.get(person.label_) == "PERSON"
                and MODEL_LABELS.get(first.label_) != "PERSON"
                and first.doc[first.end].lower_ in LIST_AND
                and self.kb.is_first_name(first.text)
                and self.kb.is_first_name(person[0].text)
                and first[0].lower_ not in NOT_FIRST_NAMES
                and not self.kb.lookup(first.text)
            ):
                out[k] = Span(first.doc, first.start, first.end, label="PERSON")
        return out

    def _with_surname_head(self, ent: Span) -> Span:
        """A person's name the model ended one word early is one name with the capitalised word
        the parser makes its head ("Wanda Vázquez Garced", "Gabriel García Márquez"): the word
        right after the name, in no name of the model's, the last of the run of capitals, no
        head of an organisation or a place, no title and no word the knowledge base knows; four
        words at most."""
        doc = ent.doc
        end = ent.end
        if end >= len(doc) or len(ent) > 3:
            return ent
        tail = doc[end]
        word = tail.lower_
        if not (
            ent[-1].dep_ == "compound"
            and ent[-1].head.i == end
            and tail.pos_ == "PROPN"
            and tail.is_alpha
            and _capitalised(tail)
            and not tail.ent_type_
            and not (end + 1 < len(doc) and _capitalised(doc[end + 1]))
            and word not in ORG_HEADS | PLACE_HEADS | FACILITY_HEADS | NOT_NAMES | ORG_UNIT_HEADS
            and not self.lexicon.role(word)
            and not self.kb.lookup(tail.text)
            and self.lexicon.time_expression(tail.text) is None
        ):
            return ent
        return Span(doc, ent.start, end + 1, label=ent.label_)

    def _with_capitalised_particles(self, ent: Span) -> Span:
        """A surname the model found without the capitalised particles before it is one name
        with them ("De Jonge zei", "Van der Wal"), unless the knowledge base knows the surname
        alone ("Van Poetin werd niets vernomen": a preposition)."""
        start = _particles_before(ent.doc, ent.start)
        if start == ent.start or any(self.kb.lookup(t.text) for t in ent):
            return ent
        return Span(ent.doc, start, ent.end, label=ent.label_)

    def _with_arabic_article(self, span: Span) -> Span:
        """A person's name and the surname with its article in one token after it ("Bashar
        al-Assad" where the Dutch tokenizer keeps "al-Assad" whole) are one name."""
        doc = span.doc
        if span.label_ != "PERSON" or span.end >= len(doc):
            return span
        article, dash, rest = doc[span.end].text.partition("-")
        if not (dash and article.lower() in ARABIC_ARTICLES and rest[:1].isupper()):
            return span
        entry = self._lookup(doc[span.start : span.end + 1].text, "PERSON")
        return Span(doc, span.start, span.end + 1, label="PERSON", kb_id=entry.key if entry else "")

    @staticmethod
    def _apposed_head(span: Span) -> Token | None:
        """The first word after a comma behind the name and up to three determiners, adjectives,
        numbers or pronouns: where an apposition to the name names what it is ("X, the
        company's chief executive", "X, a former boyfriend of Y"); None without a comma."""
        doc = span.doc
        k = span.end
        if k >= len(doc) or doc[k].text != ",":
            return None
        k += 1
        while k < len(doc) and doc[k].pos_ in ("DET", "ADJ", "NUM", "PRON") and k < span.end + 4:
            k += 1
        return doc[k] if k < len(doc) else None

    def _apposed_role(self, span: Span) -> bool:
        """Whether a comma and a role follow the name ("Okey Oramah, president van Afreximbank",
        "X, the company's chief executive")."""
        head = self._apposed_head(span)
        return head is not None and self._role_word(head)

    def _apposed_organisation(self, span: Span) -> bool:
        """Whether a comma and a noun phrase headed by an organisation noun follow the name
        ("UpGuard, a cybersecurity firm", "Energean, het Griekse gasbedrijf"); not "Smith, a
        bank employee", whose head is no organisation."""
        doc = span.doc
        k = span.end
        if k >= len(doc) or doc[k].text != ",":
            return False
        for token in doc[k + 1 : k + 6]:
            if token.pos_ not in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "ADV"):
                return False
            if token.pos_ == "NOUN" and token.lower_.endswith(ORG_INTRODUCERS):
                after = doc[token.i + 1] if token.i + 1 < len(doc) else None
                return after is None or after.pos_ not in ("NOUN", "PROPN")
        return False

    def _role_word(self, token: Token) -> bool:
        """A role noun, also inside a Dutch compound ("woordvoerder", "Lagerhuislid",
        "defensieanalist" is not one: the lexicon does not know "analist")."""
        word = token.lower_
        if self.lexicon.role(word) or self.lexicon.role(token.lemma_.lower()):
            return True
        if not word.isalpha() or len(word) < 6:
            return False
        return word.endswith(MEMBER_HEADS) or any(
            self.lexicon.role(word[i:]) for i in range(2, len(word) - 4)
        )

    def _title_word(self, token: Token) -> bool:
        """Whether one word is a role or an occupation, also as the head of a closed compound
        ("Labourleider", "Bedrijfsmeteoroloog"), as :meth:`_role_word` reads roles."""
        word = token.lower_
        return (
            self._role_word(token)
            or self._role_or_occupation(token)
            or any(word[i:] in OCCUPATIONS for i in range(2, len(word) - 4))
        )

    def _role_or_occupation(self, token: Token) -> bool:
        """Whether one word is a role or an occupation, also as a compound's head after a
        hyphen ("Protestor", "UCL-astronoom", "Airbus-topman"), or a member of a body by a Dutch
        compound on -lid ("Lagerhuislid", "Kamerlid"; not "Euclid")."""
        *_, head = token.lower_.split("-")
        return (
            bool(self.lexicon.role(token.lower_) or self.lexicon.role(head))
            or head in OCCUPATIONS
            or (head.isalpha() and len(head) > 6 and head.endswith(MEMBER_HEADS))
        )

    def _opens_the_name(self, token: Token, words: set[str]) -> bool:
        """Whether a sentence's first word, right before a person's name the model found, is the
        first name it left out ("Jusman Syafii Djamal, minister of transport, ..."): a proper noun
        in capitals that the document never writes in lower case and that is no known name, title,
        demonym or time."""
        text = token.text
        return (
            token.pos_ == "PROPN"
            and not token.ent_type_  # "Republican" (NORP) Kevin McCarthy
            and text.isalpha()
            and text[:1].isupper()
            and not text.isupper()
            and text.lower() not in words
            and text.lower() not in NOT_FIRST_NAMES
            and text.lower() not in OCCUPATIONS  # "Scientist Jane Roe, ..."
            and token.tag_ not in ("n", "N")  # a Dutch common noun ("Defensieanalist")
            and not self.kb.lookup(text)
            and not self.kb.lookup(text + "s")  # "Democrat", "Republican": a party's member
            and self.kb.demonym(text, doc_lang(token.doc)) is None
            and not self.lexicon.role(token.lower_)
            and title_phrase(token, self.lexicon) is None
            and self.lexicon.time_expression(text) is None
        )

    def _place_then_person(self, ent: Span, label: str) -> list[Span]:
        """ "(Senator from) Vermont Bernie Sanders" is a place and a person: a known place, then a
        first name and a surname; else the usual cuts of :meth:`_cut`. So is "(told) NPR Hamza
        bin Laden" an organisation and a person (:meth:`_organisation_before`). A first name the
        knowledge base does not list counts when the rest is a person it knows ("(Prime
        Minister of) India Narendra Modi"). A span the model took for one person is cut so only
        after a title and "of" ("Mayor of Koszalin Piotr Jedlinski"), where a place is held, not
        in a person's own name ("Georgia Ann Robinson")."""
        doc = ent.doc
        if (label != "PERSON" or self._after_title_of(ent)) and len(ent) >= 3:
            for k in range(ent.start + 1, ent.end - 1):
                if (
                    self._first_name_or_initial(doc[k]) or self._known_person(doc[k : ent.end].text)
                ) and not self.kb.lookup(doc[k].text):
                    known = self._lookup(doc[ent.start : k].text, None)
                    if known is not None and known.type in ("LOCATION", "COUNTRY"):
                        return [
                            Span(doc, ent.start, k, label=known.type),
                            Span(doc, k, ent.end, label="PERSON"),
                        ]
                    if self._organisation_before(ent, k, known):
                        return [
                            Span(doc, ent.start, k, label="ORG"),
                            Span(doc, k, ent.end, label="PERSON"),
                        ]
                    break
        return self._cut(ent, label)

    def _after_title_of(self, ent: Span) -> bool:
        """Whether ``ent`` follows a role word and "of"/"van" ("Mayor of", "burgemeester van"),
        the place a title is held in."""
        i = ent.start
        return (
            i >= 2 and ent.doc[i - 1].lower_ in OF_PREPOSITIONS and self._role_word(ent.doc[i - 2])
        )

    def _known_person(self, text: str) -> bool:
        """Whether the knowledge base knows ``text`` as a person's name."""
        return any(e.type == "PERSON" for e in self.kb.lookup(text))

    def _organisation_before(self, ent: Span, k: int, known: KBEntry | None) -> bool:
        """Whether the words of ``ent`` before token ``k`` (a first name) are an organisation
        glued to a person's name: a known organisation or an acronym nobody knows ("told NPR
        Hamza bin Laden had ..."), and the whole span is no known name ("JP Morgan Chase")."""
        first = ent.doc[ent.start : k]
        organisation = (
            known.type == "ORG"
            if known is not None
            else len(first) == 1 and _acronym(first.text) and first[0].is_alpha
        )
        return organisation and not self.kb.lookup(ent.text)

    def _coordinated(
        self, pieces: list[Span], people: list[_Person], label: str | None = None
    ) -> list[Span]:
        """A model span of two names joined by "and"/"en" is two names when either side is
        known on its own ("Crete and Cyprus") or both are the surnames of people the model found
        by their full names (the document's ``doc.ents`` before the name finder sets them:
        "Kelly and Baroni" after "Bridget Kelly" and "Bill Baroni"); "Procter and Gamble" stays
        whole. Two such surnames side by side are two names too
        (:func:`_two_surnames_side_by_side`, of ``people``: :func:`_full_named_people`)."""
        out = []
        for piece in pieces:
            if (
                label in ("PERSON", "MISC")
                and _two_surnames_side_by_side(piece, people)
                and not self.kb.lookup(piece.text)
            ):
                out += [piece[:1], piece[1:]]
                continue
            cut = next((t.i for t in piece[1:-1] if t.lower_ in LIST_AND), None)
            if cut is not None and not self.kb.lookup(piece.text):
                left, right = piece.doc[piece.start : cut], piece.doc[cut + 1 : piece.end]
                if (
                    self.kb.lookup(left.text)
                    or self.kb.lookup(right.text)
                    or {left.text, right.text} <= _full_name_surnames(piece.doc)
                ):
                    out += [left, right]
                    continue
            out.append(piece)
        return out

    def _without_demonym(self, ent: Span) -> Span:
        """A country's adjective before a generic institution is the country, not part of the
        name: "Libyan House of Representatives", "Turkish Foreign Ministry" ("Swiss National
        Bank" and "Turkish Airlines" keep theirs)."""
        if (
            len(ent) > 2
            and ent[1].lower_ in GENERIC_INSTITUTIONS
            and _capitalised(ent[1])
            and self.kb.demonym(ent[0].text, doc_lang(ent.doc)) is not None
        ):
            return ent.doc[ent.start + 1 : ent.end]
        return ent

    def _without_country_before_national(self, ent: Span) -> Span:
        """A country's name before an organisation whose name opens with "National" is the
        country, not part of the name: "the United States National Hurricane Center" is the
        National Hurricane Center, and the United States its owner (the country stays a name of
        its own). An adjective stays in the name ("Swiss National Bank")."""
        for k in (2, 1):
            if (
                len(ent) > k + 1
                and ent[k].lower_ in NATIONAL_OPENERS
                and _capitalised(ent[k])
                and all(_capitalised(t) for t in ent[:k])
                and any(e.type == "COUNTRY" for e in self.kb.lookup(ent[:k].text))
            ):
                return Span(ent.doc, ent.start + k, ent.end, label=ent.label_)
        return ent

    def _without_opening_noun(self, ent: Span) -> Span:
        """A common noun that opens a name the model found is no part of it: a compound whose
        head is written in lower case ("Airbus-eigenaar EADS", "XYZ-topman Jan Smit"), or a
        sentence's first word the document also writes in lower case before a known name
        ("Testvlucht Airbus A380 uitgesteld"). Words that open names of organisations and
        places ("Rechtbank", "Gemeente", "National") stay."""
        if len(ent) < 2 or not _capitalised(ent[1]):
            return ent
        first = ent[0]
        *_, head = first.text.split("-")
        if "-" in first.text and head.isalpha() and head.islower() and len(head) > 2:
            noun = first.pos_ == "NOUN" or self._role_word(first)  # not "Anti-corruption"
            if noun and not self.kb.lookup(first.text):
                return ent.doc[ent.start + 1 : ent.end]
            return ent
        if (
            first.is_sent_start
            and first.is_alpha
            and _capitalised_word(first.text)
            and first.lower_ not in _NAME_OPENING_WORDS
            and not self.kb.lookup(first.text)
            and self.kb.lookup(ent[1:].text)
            and _word_counts(ent.doc)[first.lower_] > 0
        ):
            return ent.doc[ent.start + 1 : ent.end]
        return ent

    def _member_word(self, span: Span) -> bool:
        """Whether one word names a member of an organisation: "Democrat", "Republikeinen"."""
        if len(span) != 1:
            return False
        # the one word's text: a Span joins its words' texts anew at every read (several us)
        entry = self.kb.demonym(span[0].text, doc_lang(span.doc))
        return entry is not None and entry.type == "ORG"

    def _typed(self, ent: Span, label: str, country: str | None) -> Iterable[Span]:
        entry = self._lookup(ent.text, label if label != "MISC" else None, country)
        if entry is None and not _written_as_a_name(ent):
            return  # "bison", "per cubic meter", "W]e": the model's guess, no name
        if entry is not None and _another_party(ent, entry, self._member_word(ent)):
            return
        if entry is None and (
            len(ent) == 1 and self._role_or_occupation(ent[0]) or self._only_a_title(ent)
        ):
            # a title or occupation alone ("General", "Members of Parliament", "Protestor",
            # "UCL-astronoom") names nobody by itself
            return
        if entry is not None and self._person_agrees(ent, entry):
            yield Span(ent.doc, ent.start, ent.end, label=entry.type, kb_id=entry.key)
            return
        if label == "NORP":
            return
        typed = self._type_from_context(ent, label)
        if typed in ENTITY_TYPES:
            yield Span(ent.doc, ent.start, ent.end, label=typed)

    def _listed_with_an_organisation(self, span: Span) -> bool:
        """Whether a name is coordinated with a name that is an organisation by the knowledge
        base or by its head word ("Douglas Aircraft and McDonnell Douglas")."""
        doc = span.doc
        root = span.root
        peers = [c for c in children(root) if c.dep_ == "conj"]
        if root.dep_ == "conj":
            peers.append(root.head)
        for peer in peers:
            if peer.i in range(span.start, span.end) or not _capitalised(peer):
                continue
            run = next(((a, b) for a, b in _capitalised_runs(doc) if a <= peer.i < b), None)
            if run is None:
                continue
            words = doc[run[0] : run[1]]
            if words[-1].lower_ in ORG_HEADS or any(
                e.type == "ORG" for e in self.kb.lookup(words.text)
            ):
                return True
        return False

    def _only_a_title(self, span: Span) -> bool:
        """Whether the span is a title and nothing more ("Members of Parliament")."""
        title = title_phrase(span[0], self.lexicon)
        if title is not None and title.end >= span.end:
            return True
        first, _, rest = span.text.lower().partition(" ")
        return (
            bool(rest) and first.endswith("s") and bool(self.lexicon.role(f"{first[:-1]} {rest}"))
        )

    def _portfolio_of_a_title(self, span: Span) -> bool:
        """Whether an unknown organisation name is a minister's portfolio, part of the title and
        no body of its own: right after "minister van" / "minister of" ("de minister van Energie
        Yuval Steinitz", "de ministers van Energie"). The ministry ("ministerie van
        Volksgezondheid"), a country ("Prime Minister of Iraq"), a portfolio after the name
        ("minister Eelco Heinen van Financiën") and a department ("Secretary of
        Transportation", "Treasury Secretary", as the yardstick and the title roles have them)
        stay names."""
        if span.label_ not in ("ORG", "MISC") or span.start < 2:
            return False
        doc = span.doc
        start = span.start
        # "minister van Economische Ontwikkeling": the model's name may leave out the adjective
        while start > 2 and doc[start - 1].pos_ == "ADJ" and _capitalised(doc[start - 1]):
            start -= 1
        title = doc[start - 2]
        words = (title.lower_, title.lemma_.lower())
        return doc[start - 1].lower_ in OF_PREPOSITIONS and any(
            self.lexicon.role(word) in MINISTER_ROLES for word in words
        )

    def _title_before_a_name(self, ent: Span, label: str) -> bool:
        """Whether an organisation's name the model found ends in a title that belongs to the
        name after it ("Coast Guard Commandant Karl Schultz"): the last word a role, the word
        before it no "of"/"the" ("Office of the Director" stays), a capitalised word next, and the
        whole no known name."""
        doc = ent.doc
        return (
            label in ("ORG", "MISC")
            and len(ent) > 2
            and ent.end < len(doc)
            and bool(self.lexicon.role(ent[-1].lower_))
            and _capitalised(ent[-1])
            and ent[-2].lower_ not in OF_PREPOSITIONS | ARTICLES
            and _capitalised(doc[ent.end])
            and doc[ent.end].pos_ == "PROPN"
            and not self.kb.lookup(ent.text)
        )

    def _person_agrees(self, span: Span, entry: KBEntry) -> bool:
        """A known person matches a written name only when the first names agree."""
        return entry.type != "PERSON" or len(span) < 2 or _first_names_agree(span.text, entry)

    def _cut(self, ent: Span, label: str) -> list[Span]:
        """The words around a name are not part of it: "Eelco Heinen van Financiën" is a person
        and a ministry; "David van Weel" and "Nicolien van Vroonhoven" stay whole. A lower-case
        "van"/"of" that opens a name is not part of it when the rest is a name the document writes
        alone ("het bestuur van CentOS" after "het project CentOS"); a surname without its first
        name is written "Van Vroonhoven"."""
        doc = ent.doc
        if (
            len(ent) > 1
            and ent[0].lower_ in OF_PREPOSITIONS
            and ent[0].text.islower()
            and _capitalised(ent[1])
            and _named_alone(ent[1:])
        ):
            return self._cut(Span(doc, ent.start + 1, ent.end, label=label), label)
        if len(ent) > 2 and ent[1].lower_ in OF_PREPOSITIONS and self.lexicon.role(ent[0].lower_):
            title = title_phrase(ent[0], self.lexicon)
            if title is None or title.end <= ent.start + 1:
                # "Archbishop of Gdańsk", "Mayor of London": a title, then the place it is held in
                return self._cut(Span(doc, ent.start + 2, ent.end, label=label), label)
        for k in range(ent.start + 1, ent.end - 1):
            if doc[k].lower_ in ("in", "uit") and label in ("ORG", "MISC"):
                place = self._lookup(doc[k + 1 : ent.end].text, None)
                if place is not None and place.type in ("COUNTRY", "LOCATION"):
                    # "Democratic Rally in Cyprus": the party, then where it is
                    return [
                        Span(doc, ent.start, k, label=label),
                        Span(doc, k + 1, ent.end, label=place.type),
                    ]
        if (
            len(ent) > 1
            and ent[0].pos_ in ("NOUN", "PROPN")
            and ent[0].lower_.endswith(ORG_INTRODUCERS)
            and _capitalised(ent[1])
        ):
            return [Span(doc, ent.start + 1, ent.end, label="ORG")]  # "Autofabrikant Lightyear"
        for k in range(ent.end - 2, ent.start - 1, -1):
            # "Spokeswoman Sandy Angers", "Presidential Spokesperson Harry Roque", "Dr Seager",
            # "Mayor de Blasio", "Scientist Jane Roe": the title or occupation is not the name
            name = k + 2 if doc[k + 1].lower_ in NAME_PARTICLES and k + 2 < ent.end else k + 1
            if (
                (self.lexicon.role(doc[k].lower_) or doc[k].lower_ in NOT_OF_THE_NAME)
                and _capitalised(doc[name])
                and (label == "PERSON" or self.kb.is_first_name(doc[k + 1].text))
            ):
                return self._cut(Span(doc, k + 1, ent.end, label="PERSON"), "PERSON")
        if self._title_before_a_name(ent, label):
            # "Coast Guard Commandant (Karl Schultz)": the organisation, then the title
            return [Span(doc, ent.start, ent.end - 1, label=label)]
        for k in range(ent.start + 1, ent.end - 1):
            if (
                doc[k].lower_ not in OF_PREPOSITIONS
                or not _capitalised(doc[k + 1])
                and doc[k + 1].lower_ not in DEFINITE_ARTICLES
            ):
                continue
            rest = doc[k + 1 : ent.end]
            rest = _strip_edges(rest) or rest
            folded = fold(rest.text, articles=True)
            known = self._lookup(rest.text, None)
            before = doc[k - 1]
            portfolio = folded in PORTFOLIOS or (known is not None and known.type == "ORG")
            # "Patrice Talon van Benin", "Jennifer Daskal of American University": a person, then
            # a known place or an organisation by its own words
            personal = (
                k - ent.start >= 2
                and self._first_name_or_initial(doc[ent.start])
                and label in ("PERSON", "ORG", "MISC")
            )
            if personal and known is not None and known.type in ("COUNTRY", "LOCATION"):
                person = doc[ent.start : k]
                return [
                    Span(doc, person.start, person.end, label="PERSON"),
                    Span(doc, rest.start, rest.end, label=known.type),
                ]
            if personal and (
                len(rest) > 1
                and (rest[-1].lower_ in ORG_HEADS or rest[0].lower_ in ORG_FIRSTS)
                or (known is None and not self.kb.is_first_name(before.text) and _named_alone(rest))
            ):
                # "Chris Wright van Red Hat" where the story also names Red Hat by itself (not
                # "Jan Peter van Dijk": a first name before "van" is followed by a surname)
                return [
                    Span(doc, ent.start, k, label="PERSON"),
                    Span(doc, rest.start, rest.end, label="ORG"),
                ]
            guess = (
                k - ent.start >= 2
                and not self.kb.is_first_name(before.text)
                and before.lower_ not in NAME_CONNECTORS
                and rest[0].pos_ in ("NOUN", "ADJ")
                and label in ("PERSON", "MISC")
            )
            if portfolio or guess:
                person = doc[ent.start : k]
                end = rest.end
                for stop in range(min(len(doc), rest.end + 6), rest.end, -1):
                    # the model may stop at "en": "van Justitie en Veiligheid"
                    if (
                        _capitalised(doc[stop - 1])
                        and fold(doc[rest.start : stop].text) in PORTFOLIOS
                    ):
                        end = stop
                        break
                return [
                    Span(doc, person.start, person.end, label=label),
                    Span(doc, rest.start, end, label="ORG"),
                ]
        return [ent]

    def _kb_runs(self, doc: Doc, words: Counter[str], country: str | None = None) -> Iterable[Span]:
        """Longest knowledge-base matches inside runs of capitalised tokens (``words``: the
        doc's word counts)."""
        tokens = doc_tokens(doc)
        text = doc_text(doc)
        runs = _particle_joined(doc, _hyphen_joined(doc, _capitalised_runs(doc)))
        runs = _possessive_joined(doc, runs, lambda word: bool(self.kb.lookup(word)))
        for start, end in _and_joined(doc, runs):
            i = start
            while i < end:
                for j in range(min(end, i + 9), i, -1):
                    first, last = tokens[i], tokens[j - 1]
                    if (
                        last.lower_ in NO_NAME_EDGES
                        or first.lower_ in NO_NAME_EDGES
                        or "-" in (first.text, last.text)
                        or POSSESSIVE_MARKS.intersection((first.text, last.text))
                    ):
                        continue
                    # the span's text cut from the document's (a Span only for a known name)
                    entry = self._lookup(text[first.idx : last.idx + len(last.text)], None, country)
                    if entry is None:
                        continue
                    span = doc[i:j]
                    if (
                        j - i == 1
                        and entry.type == "COUNTRY"
                        and _plural_region_noun_after_name(first)
                    ):
                        continue  # "Baltic States": no mention of the United States
                    if (
                        not (j - i == 1 and _is_junk(span, words, known=True))
                        and not _not_a_name(span)
                        and not _another_party(span, entry, self._member_word(span))
                    ):
                        # the knowledge base reads past an article ("het OM" is its alias, as
                        # "Het Lagerhuis" opening a sentence is "Lagerhuis"): no part of the name
                        opens = j - i > 1 and first.lower_ in DEFINITE_ARTICLES
                        yield Span(doc, i + opens, j, label=entry.type, kb_id=entry.key)
                        i = j
                        break
                else:
                    i += 1

    def _demonyms(self, doc: Doc) -> Iterable[Span]:
        """Adjectives of place and demonyms, of one word or two ("Saudi Arabian", "South
        African", not "Saudi" then "Arabian")."""
        skip = -1
        lang = doc.lang_  # asks the vocabulary's language getter at every read
        # the words with a capital first only, each distinct word tested once
        for token in tokens_where(doc, ORTH, _capital_initial, _capital_initial):
            if token.i <= skip:
                continue
            if token.pos_ in ("ADJ", "PROPN", "NOUN", "X") or token.is_title:
                if (
                    token.i + 1 < len(doc)
                    and _capitalised(doc[token.i + 1])
                    and token.pos_ != "DET"
                    and token.lower_ not in ARTICLES
                ):
                    two = doc[token.i : token.i + 2]
                    entry = self.kb.demonym(two.text, lang)
                    if entry is not None:
                        skip = token.i + 1
                        if _names_the_country(doc, two.start, two.end):
                            yield Span(doc, two.start, two.end, label=entry.type, kb_id=entry.key)
                        continue
                entry = self.kb.demonym(token.text, lang)
                if (
                    entry is not None
                    and not _another_party(doc[token.i : token.i + 1], entry, member_word=True)
                    and _names_the_country(doc, token.i, token.i + 1)
                ):
                    yield Span(doc, token.i, token.i + 1, label=entry.type, kb_id=entry.key)

    def _inner(
        self, doc: Doc, spans: list[Span], country: str | None = None
    ) -> Iterable[InnerMention]:
        covered = {t.i for s in spans for t in s}
        named = {fold(s.text): s.label_ for s in spans if not s.kb_id_}
        for token in tokens_where(doc, ORTH, hyphened, hyphened):
            if token.i in covered:
                continue
            offset = token.idx
            parts = token.text.split("-")
            if len(parts) == 2 and parts[0] in ORG_HEADS and _capitalised_word(parts[1]):
                # "kabinet-Schoof", "regering-Trump": the cabinet named after its leader is an
                # organisation, and the leader's name inside it is no mention of the person
                yield InnerMention(offset, offset + len(token.text), token.text, "ORG", "", token.i)
                continue
            if len(parts) == 2 and parts[1].islower() and parts[0][:1].isupper() and named:
                found = _named_before_hyphen(doc, token, parts[0], named, covered)
                if found is not None:
                    # "McDonnell Douglas-vliegtuigen", "RAF-contract": a name the document
                    # gives elsewhere, then a noun
                    yield found
                    continue
            for k, part in enumerate(parts):
                if part[:1].isupper():
                    entry = self._lookup(part, None, country) or self.kb.demonym(part, doc.lang_)
                    if entry is not None:
                        yield InnerMention(
                            offset, offset + len(part), part, entry.type, entry.key, token.i
                        )
                    elif k == 0 and len(parts) > 1 and _acronym(part) and self._org_word(parts[-1]):
                        # an unknown party or company before a role: "VVD-Kamerlid", "XYZ-topman"
                        yield InnerMention(offset, offset + len(part), part, "ORG", "", token.i)
                offset += len(part) + 1

    def _name_compounds(
        self, doc: Doc, spans: list[Span], country: str | None = None
    ) -> Iterable[InnerMention]:
        """The name that opens a one-word compound of a name and an acting noun: "Taliban" in
        "Talibanstrijders", "Kremlin" in "Kremlinwoordvoerder" (extract/grammar/name_compounds.py).
        The name is one of the knowledge base or one the document gives elsewhere, of an actor."""
        lang = doc.lang_
        candidates = tokens_where(
            doc, ORTH, lambda text: bool(head_splits(text, lang)), (head_splits, lang)
        )
        if not candidates:
            return
        covered = {t.i for s in spans for t in s}
        named = {fold(s.text): (s.label_, s.kb_id_) for s in spans}
        for token in candidates:
            if token.i in covered:
                continue
            for k in head_splits(token.text, lang):
                name = token.text[:k]
                label, key = named.get(fold(name), ("", ""))
                if not label:
                    entry = self._lookup(name, None, country)
                    label, key = (entry.type, entry.key) if entry is not None else ("", "")
                # "Talibanstrijders": a compound with an acting noun stands for a side
                if is_side(label, key or None, self.kb):
                    yield InnerMention(token.idx, token.idx + k, name, label, key, token.i)
                    break

    def _org_word(self, word: str) -> bool:
        """A role or group noun that an organisation's acronym can precede ("Kamerlid",
        "fractie")."""
        word = word.lower()
        return (
            bool(self.lexicon.role(word))
            or word in ORG_MEMBER_WORDS
            or word.endswith(ORG_INTRODUCERS)
        )

    # --- typing and filtering --------------------------------------------------------------

    # remembered: a pure function of its arguments and the knowledge base, asked about 170 times
    # a document (every word and run of capitals), mostly of the same few names
    @lru_cache(maxsize=1 << 16)  # noqa: B019 - the finder lives as long as its pipeline
    def _lookup(self, text: str, label: str | None, country: str | None = None) -> KBEntry | None:
        entries = self.kb.lookup(text)
        if not entries:
            return None
        # a region named like another country is the country here; only the words around a
        # name make it the region (_regions_named_like_countries)
        entries = [e for e in entries if _foreign_namesake(e, entries) is None] or entries
        if len({e.country for e in entries}) > 1 and (
            _acronym(text) or all(e.type == "ORG" for e in entries)
        ):
            # An acronym of several expansions stands for the one of the document's country
            # ("NSC" in a Dutch story is the Dutch party, in an American one the US council),
            # and so does an institution's name that several countries use ("House of Commons").
            if country is not None:
                entries = sorted(
                    entries, key=lambda e: (e.country != country, e.country is not None)
                )
        if label in ENTITY_TYPES:
            same = [e for e in entries if e.type == label]
            if same:
                return same[0]
            if label == "LOCATION":
                places = [e for e in entries if e.type in ("COUNTRY", "LOCATION", "ORG")]
                if places:
                    return places[0]
        return entries[0]

    def _typed_as_org_with_region(self, span: Span, kb_spans: list[Span]) -> Span:
        """The model's place ``span`` retyped ORG when it is an organisation's name and a known
        country or region after it ("EADS North America", "Vodafone Ireland": a company's
        branch, not a place), see :meth:`_org_named_with_region`."""
        if span.label_ not in ("LOCATION", "COUNTRY") or span.kb_id_:
            return span
        if any(
            span.start < k.start and k.end == span.end and self._org_named_with_region(k, span)
            for k in kb_spans
        ):
            return Span(span.doc, span.start, span.end, label="ORG")
        return span

    def _org_named_with_region(self, known: Span, wider: Span) -> bool:
        """Whether ``wider`` is an organisation's name, then the country or region ``known`` at
        its end: the words before it are one or two capitalised words that name a known
        organisation, end in an organisation's head word, or are an acronym the knowledge base
        knows as nothing else ("EADS North America"; not "Mainland China", "Greater London")."""
        if known.end != wider.end or known.start <= wider.start or known.start - wider.start > 2:
            return False
        if not self._names_a_region(known):
            return False
        head = wider[: known.start - wider.start]
        if not all(_capitalised(t) or t.is_upper for t in head):
            return False
        entries = self.kb.lookup(head.text)
        if entries:
            return all(e.type == "ORG" for e in entries)
        return head[-1].lower_ in ORG_HEADS or (
            len(head) == 1 and len(head.text) >= 2 and head.text.isupper() and head.text.isalpha()
        )

    def _orgs_named_with_a_region(self, spans: list[Span]) -> list[Span]:
        """An organisation's name right before a country or a region is one organisation
        ("Change UK", "Shell Nederland", "EADS North America": a party, a company's branch), not
        the organisation and a place, unless the region goes on into a common noun ("the UN
        Syria envoy", where a known body stands before a place that belongs to the title;
        "Change UK candidates" is the party's). The organisation is one word, a brand: a longer
        name before a country is most often a subject beside its object ("heeft Amnesty
        International Egypte bekritiseerd"), and the model takes in the country of a longer
        name itself."""
        out: list[Span] = []
        for span in self._with_bare_names_before_countries(spans):
            last = out[-1] if out else None
            if (
                last is not None
                and last.label_ == "ORG"
                and last.end == span.start
                and self._names_a_region(span)
                and not span[0].is_sent_start
                and all(_capitalised(t) or t.is_upper for t in span)
                and not (last.kb_id_ and _runs_on_into_a_noun(span))
                and len(last) == 1
            ):
                out[-1] = Span(span.doc, last.start, span.end, label="ORG")
                continue
            out.append(span)
        return out

    def _with_bare_names_before_countries(self, spans: list[Span]) -> list[Span]:
        """``spans`` with an organisation's one-word name that the model left out before a
        country ("tax preparer Mazars USA", where it found only "USA") as an organisation of
        its own, for :meth:`_orgs_named_with_a_region` to join: a capitalised proper noun, not
        opening its sentence, that the document names alone elsewhere as no person and no name
        the knowledge base knows ("Mazars said")."""
        alone = {
            s.text
            for s in spans
            if len(s) == 1 and not s.kb_id_ and s.label_ in ("ORG", "LOCATION", "MISC")
        }
        if not alone:
            return spans
        doc = spans[0].doc
        covered = {t.i for s in spans for t in s}
        added = [
            Span(doc, span.start - 1, span.start, label="ORG")
            for span in spans
            if span.label_ == "COUNTRY"
            and span.start > 0
            and span.start - 1 not in covered
            and doc[span.start - 1].text in alone
            and doc[span.start - 1].pos_ == "PROPN"
            and not doc[span.start - 1].is_sent_start
            and not self.kb.lookup(doc[span.start - 1].text)
        ]
        return sorted(spans + added, key=lambda s: s.start) if added else spans

    def _names_a_region(self, span: Span) -> bool:
        """Whether ``span`` is a country, a first-level region or a place of no one country (a
        continent, "North America"), not a town ("BBC London" stays the BBC in London)."""
        if span.label_ == "COUNTRY":
            return True
        if span.label_ != "LOCATION" or not span.kb_id_ or span.kb_id_ not in self.kb:
            return False
        return self.kb.is_region(span.kb_id_) or self.kb.get(span.kb_id_).country is None

    def _regions_named_like_countries(self, spans: list[Span]) -> list[Span]:
        """A country's name that is also the name of a region of another country (the US state
        of Georgia, Nigeria's Niger State) stands for the region where the words around it say
        so: after a place of the region's country and a comma ("Atlanta, Georgia"), before a
        comma and that country ("Georgia, USA"), or after a word for a region ("the state of
        Georgia", "de staat Georgia"). Elsewhere it stays the country, so the two never merge."""
        out = list(spans)
        for n, span in enumerate(spans):
            if span.label_ != "COUNTRY" or not span.kb_id_:
                continue
            entries = self.kb.lookup(span.text)
            region = next((e for e in entries if _foreign_namesake(e, entries)), None)
            if region is not None and self._says_region(spans, n, region.country):
                out[n] = Span(span.doc, span.start, span.end, label=region.type, kb_id=region.key)
        return out

    def _regions_named_like_cities(self, spans: list[Span]) -> list[Span]:
        """A city's name that is also a region's of its country, a region the knowledge base
        knows only with its region noun ("New York State", "staat New York"), stands for the
        region where it places the name before it ("White Plains, New York, ..."): a town is
        no part of a town. Where the document so names the region and writes the city by a
        longer name of its own ("New York City"), the bare name is the region everywhere, as
        such a writer uses it; elsewhere it stays the city, so the two never merge."""
        placed = {
            n: region
            for n, span in enumerate(spans)
            if self._places_the_name_before(spans, n)
            and (region := self._region_namesake(span)) is not None
        }
        if not placed:
            return spans
        # the city written by a longer name: the bare name is the region everywhere
        bare = {
            (spans[n].kb_id_, fold(spans[n].text)): region
            for n, region in placed.items()
            if any(
                s.kb_id_ == spans[n].kb_id_ and fold(s.text).startswith(fold(spans[n].text) + " ")
                for s in spans
            )
        }
        out = list(spans)
        for n, span in enumerate(spans):
            region = placed.get(n) or bare.get((span.kb_id_, fold(span.text)))
            if region is not None:
                out[n] = Span(span.doc, span.start, span.end, label=region.type, kb_id=region.key)
        return out

    def _region_namesake(self, span: Span) -> KBEntry | None:
        """The region of the city ``span`` is linked to that the knowledge base names by the
        city's name and a region noun ("New York State" of New York), else None."""
        if span.label_ != "LOCATION" or not span.kb_id_ or span.kb_id_ not in self.kb:
            return None
        city = self.kb.get(span.kb_id_)
        if city.country is None or self.kb.is_region(city.key):
            return None
        for noun in REGION_NOUNS:
            for text in (f"{span.text} {noun}", f"{noun} {span.text}"):
                region = next(
                    (
                        e
                        for e in self.kb.lookup(text)
                        if e.type == "LOCATION" and e.country == city.country and e.key != city.key
                    ),
                    None,
                )
                if region is not None:
                    return region
        return None

    @staticmethod
    def _places_the_name_before(spans: list[Span], n: int) -> bool:
        """Whether ``spans[n]`` follows another name and a comma and ends its phrase there, not
        a list of places: "White Plains, New York, cutting", "..., New York." (not "Chicago,
        New York and Boston", "Chicago, New York, Boston")."""
        span, doc = spans[n], spans[n].doc
        if not n or spans[n - 1].end + 1 != span.start or doc[spans[n - 1].end].text != ",":
            return False
        if spans[n - 1].label_ not in ("LOCATION", "ORG"):
            return False
        after = doc[span.end] if span.end < len(doc) else None
        if after is None or after.is_punct and after.text != ",":
            return True
        if after.text != ",":
            return False
        nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
        return nxt is None or not (
            nxt.lower_ in LIST_AND or any(s.start == span.end + 1 for s in spans)
        )

    def _says_region(self, spans: list[Span], n: int, country: str | None) -> bool:
        """Whether the words around ``spans[n]`` make it a region of ``country`` (see
        :meth:`_regions_named_like_countries`)."""
        span, doc = spans[n], spans[n].doc

        def comma_apart(first: Span, second: Span, other: Span, label: str) -> bool:
            """``first`` "," ``second``, where ``other`` (one of them) is a ``label`` of the
            region's country."""
            key = other.kb_id_
            return (
                first.end + 1 == second.start
                and doc[first.end].text == ","
                and other.label_ == label
                and bool(key)
                and (key == country or self.kb.get(key).country == country)
            )

        if n and comma_apart(spans[n - 1], span, spans[n - 1], "LOCATION"):
            return True  # "Atlanta, Georgia"
        if n + 1 < len(spans) and comma_apart(span, spans[n + 1], spans[n + 1], "COUNTRY"):
            return True  # "Georgia, USA"
        k = span.start - 1
        if k > 0 and doc[k].lower_ in OF_PREPOSITIONS:
            k -= 1
        return k >= 0 and doc[k].lower_ in REGION_NOUNS

    def _type_from_context(self, span: Span, label: str) -> str | None:
        """The type of a name the knowledge base does not know, from its own words and the words
        around it: a title or a first name makes a person ("minister X", "Mary Barra"), an
        organisation word an organisation ("Ford Motor Company", "autofabrikant Ford"), a place
        preposition or place noun a place. A name of no clear type (``MISC``) gets None unless
        one of these cues types it."""
        doc = span.doc
        words = [t.lower_ for t in span]
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.pos_ == "ADJ" and span.start > 1:
            before = doc[span.start - 2]  # "de Amerikaanse autofabrikant Ford": skip one adjective
        prev = before.lower_ if before is not None else ""
        after = doc[span.end] if span.end < len(doc) else None
        first_name = (
            1 < len(span) <= 4
            and self._first_name_or_initial(span[0])
            and span[-1].pos_ == "PROPN"
            and (not self.kb.lookup(span[0].text) or label in ("ORG", "MISC"))
            and all(t.lower_ in NAME_PARTICLES or _capitalised(t) for t in span)
            and not (len(span) > 2 and words[-1] in FACILITY_HEADS)  # "Kennedy Space Center"
        )
        if _dateline_place(span):
            return "LOCATION"  # "PALMA (ANP) - ...": where the story was filed
        if label in ("PERSON", "MISC") and self._reporting_medium(
            span, 3 if label == "MISC" else 1
        ):
            # "Rudaw reports ...": a medium, which the model took for a person; "Business
            # Insider meldde": a name of no clear type that reports
            return "ORG"
        if prev == "van" and fold(span.text) in PORTFOLIOS:
            return "ORG"  # "minister X van Financiën": the ministry, whatever the model guessed
        if label != "ORG" and not first_name and self._apposed_organisation(span):
            return "ORG"  # "UpGuard, a cybersecurity firm": what it is, said right after it
        if "." in span.text and span[-1].lower_.rsplit(".", 1)[-1] in WEB_DOMAINS:
            return "ORG"  # "news.com.au", "Portfolio.hu": a website is its publisher
        if (
            len(span) > 1
            and (
                words[-1] in PLACE_HEADS
                or words[0] in PLACE_FIRSTS
                and words[-1] not in ORG_HEADS  # "County Kerry", not "County Council"
            )
            and label in ("PERSON", "ORG", "MISC", "LOCATION")
        ):
            return "LOCATION"  # "John Radcliffe Hospital", "Jose Marti Airport"
        if len(span) > 1 and words[-1] in PLACE_TAILS and label in ("PERSON", "ORG", "MISC"):
            return "LOCATION"  # "Davao del Sur", "Misamis Oriental": a region after its town
        if (
            (len(span) > 2 or len(span) > 1 and _after_definite_article(span))
            and words[-1] in FACILITY_HEADS
            and label in ("PERSON", "LOCATION", "MISC")
        ):
            # "Kennedy Space Center", "het Chase Center": no person's name ends in a building
            # after three words or "the" ("Arsenio Hall" is a man)
            return "LOCATION"
        if len(span) > 1 and words[-1] in FACILITY_HEADS and label in ("ORG", "MISC"):
            k = span.start - 1
            while k >= 0 and doc[k].pos_ == "DET":
                k -= 1
            if k >= 0 and doc[k].lower_ in PLACE_ONLY_PREPOSITIONS:
                return "LOCATION"  # "in the Moscone West Convention Center": a building
        if len(span) > 1 and (words[-1] in ORG_HEADS or words[0] in ORG_FIRSTS):
            return "ORG"
        if (
            len(span) == 1
            and label != "ORG"
            and _compound_org_head(words[0])
            and not self._known_org_before_hyphen(span.text)  # "VN-organisatie": the UN inside
        ):
            return "ORG"  # "het Hooggerechtshof", "de Congrespartij": a compound on a body's head
        if (
            before is not None
            and before.pos_ == "NOUN"
            and prev in PLACE_HEADS
            and label in ("ORG", "PERSON", "MISC")
        ):
            return "LOCATION"  # "the island Crete", "de provincie Limburg"
        if (
            span.start >= 2
            and doc[span.start - 1].lower_ in OF_PREPOSITIONS
            and doc[span.start - 2].pos_ == "NOUN"
            and not _capitalised(doc[span.start - 2])
            and doc[span.start - 2].lower_ in LAND_UNITS
            and label in ("ORG", "PERSON", "MISC")
        ):
            # "the US city of White Plains", "de provincie van Limburg"; a building's name is
            # no place: "a base of Kataib Sayyid al-Shuhada", "de fabriek van Kaldor Chemie"
            return "LOCATION"
        if label in ("ORG", "PERSON", "MISC") and _owned_place_noun(span, after):
            return "LOCATION"  # "Afghanistan's Maidan Wardak province"
        if (
            label == "PERSON"
            and prev in PLACE_ONLY_PREPOSITIONS
            and not self.kb.is_first_name(span[0].text)
        ):
            return "LOCATION"  # "in Maidan Shahr": people are not in-ed
        if label == "ORG" and first_name:
            return "PERSON"  # "Morgan Ortagus", "Paris Hilton", "Pieter de Vries"
        if (
            label == "PERSON"
            and len(span) == 1
            and prev in ("the", "de")
            and before is not None
            and before.i == span.start - 1
            and words[0].endswith("s")
            and not self.kb.is_first_name(span.text)
        ):
            return "ORG"  # "the Beatles", "the Rolling Stones": a band or a group, no one person
        if len(span) > 1 and span[-1].text in CORP_SUFFIXES:
            return "ORG"
        if before is not None and self.lexicon.role(before.lemma_.lower()) and label != "ORG":
            return "PERSON"
        if (
            label == "LOCATION"
            and before is not None
            and before.i == span.start - 1
            and self.lexicon.kin(before.lemma_.lower())
        ):
            return "PERSON"  # "zijn kinderen Elizabeth en Susan": one's children are people
        if (
            label in ("LOCATION", "MISC")
            and len(span) == 1
            and span.root.dep_ in ("dobj", "obj")
            and span.root.head.lemma_.lower() in MEETING_VERBS
        ):
            return "PERSON"  # "Shoukry met Blinken": one meets people, never a place
        if first_name and label in ("LOCATION", "MISC"):
            return (
                "PERSON"  # "a French CEO" typed LOCATION by the model: a first name says otherwise
            )
        just = doc[span.start - 1] if span.start > 0 else None
        if (
            before is not None
            and before.pos_ in ("NOUN", "PROPN")
            and prev.endswith(ORG_INTRODUCERS)
            # "Greek daily Kathimerini": the model may call the noun an adjective
            or just is not None
            and just.lower_ in ("daily", "weekly")
        ) and (label != "PERSON" or not self._first_name_or_initial(span[0])):
            return "ORG"  # "electronics retailer Best Buy", even when the model says person
        if label == "LOCATION" and len(span) == 1 and _camel_case(span.text):
            return "ORG"  # "naar SkyHopper": a brand's spelling, not a place's
        if (
            label == "PERSON"
            and len(span) == 1
            and _brand_spelling(span.text)
            and not first_name
            and span.text not in _full_name_surnames(span.doc)
        ):
            return "ORG"  # "SpaceX launched", "JetBlue said": no person's name is spelled so
        if (
            label == "LOCATION"
            and len(span) == 1
            and span.text.isupper()
            and len(span.text) >= 3
            and _acronym(span.text)
        ):
            return "ORG"  # an unknown acronym is an organisation sooner than a place ("the GAO")
        if label in ("ORG", "LOCATION") and len(span) > 1 and self._told_as_a_person(span):
            return "PERSON"  # "Tynice Hall was convicted ... She", "Nils-Erik Haagenrud said"
        if label in ("ORG", "LOCATION", "MISC") and self._surname_told_as_a_person(span):
            return "PERSON"  # "Qandeel Baloch ... Baloch was murdered": the model's body is she
        if label == "MISC":
            if first_name or (len(span) > 1 and self._apposed_role(span)):
                return "PERSON"  # "Zabiullah Mujahid, woordvoerder van de taliban"
            if len(span) > 1 and self._told_as_a_person(span):
                return "PERSON"  # "Qandeel Baloch maakte video's waarin ze danste"
            if len(span) == 2 and self._ends_in_article_name(span):
                return "PERSON"  # "rapper Kanye West": no bloc ends a name without its article
            if len(span) == 2 and span[1].text in _full_name_surnames(doc):
                return "PERSON"  # "Tima Kurdi" after "Abdullah Kurdi": a relative of his
            if len(span) == 1 and span.text in _full_name_surnames(doc):
                return "PERSON"  # "Harris" cut from "Harris Biden", after "Kamala Harris"
            if self._members_before(span):
                return "ORG"  # "leden van Letzte Generation": what has members is a group
            if self._pronoun_after(span):
                return "PERSON"  # "Navalny begon een hongerstaking ..., dat hem zorg weigerde"
            if any(
                w in ORG_HEADS | FACILITY_HEADS | ORG_UNIT_HEADS
                and k + 1 < len(words)
                and words[k + 1] in COMPLEMENT_PREPOSITIONS | TOPIC_PREPOSITIONS
                for k, w in enumerate(words[:-1])
            ):
                return "ORG"  # "Johns Hopkins Center for Health Security" in a Dutch text
            if len(span) == 1 and (_acronym(span.text) or _camel_case(span.text)):
                return "ORG"  # "AirTanker", "JetBlue": a brand's spelling
            if self._listed_with_an_organisation(span):
                return "ORG"  # "Douglas Aircraft en McDonnell Douglas"
            if (before is not None and before.lemma_.lower() in SPEECH_VERBS) or (
                after is not None and after.lemma_.lower() in SPEECH_VERBS and len(span) > 1
            ):
                return "PERSON"
            if (
                prev in PLACE_PREPOSITIONS
                and before is not None
                and before.pos_ == "ADP"
                and len(span) == 1
            ):
                return "LOCATION"
            return None
        return label

    def _told_as_a_person(self, span: Span) -> bool:
        """Whether the text says of a name of two words or more, which the model took for a body
        or a place, what it says only of people: a first name joined by a hyphen
        ("Nils-Erik Haagenrud"), a verb only people are the subject of ("X died", "X was
        sentenced", "X werd geboren"), a role, kin or person noun after a comma ("X, a former
        employee of Y") or a personal pronoun that follows as a subject ("X ... She was
        granted clemency")."""
        if self._hyphened_first_name(span) or self._subject_of_a_person_verb(span.root):
            return True
        return (
            self._apposed_role(span)
            or self._apposed_person_noun(span)
            or self._subject_pronoun_after(span)
        )

    def _surname_told_as_a_person(self, span: Span) -> bool:
        """Whether the last word of a name of one to three capitalised words, which the
        knowledge base does not know, stands alone elsewhere in the document as the subject of a
        verb only people are the subject of ("Baloch was murdered", "Baloch werd vermoord"):
        then each mention of it, and a name it ends ("Qandeel Baloch"), is that person, though
        the model called it a body or a place."""
        if len(span) > 3 or not all(_capitalised(t) for t in span):
            return False
        if span[-1].text not in self._people_told_alone(span.doc):
            return False
        return not self.kb.lookup(span.text) and not self.kb.lookup(span[-1].text)

    def _people_told_alone(self, doc: Doc) -> frozenset[str]:
        """The proper nouns of ``doc`` that stand alone (no name word joined to them) where only
        a person stands: the subject of a verb only people are the subject of ("Baloch was
        murdered", "Smith died"), or whose kin a kin noun names ("the mother of Baloch",
        "Baloch's mother", "de moeder van Baloch"); read once per document."""
        memo = last_document_memo(_LAST_PEOPLE_TOLD_ALONE, doc)
        if "people" not in memo:
            # the proper nouns alone, from the document's array of tags, and their children
            # from its index: a walk over every token made each Token and its tag's string
            memo["people"] = frozenset(
                token.text
                for token in tagged_tokens(doc, ("PROPN",))
                if _capitalised(token)
                and token.dep_ not in NAME_PART_LABELS
                and not any(c.dep_ in NAME_PART_LABELS for c in children(token))
                and (self._subject_of_a_person_verb(token) or self._kin_of(token))
            )
        return memo["people"]

    @staticmethod
    def _subject_of_a_person_verb(token: Token) -> bool:
        """Whether ``token`` is the subject of a verb only people are the subject of."""
        head = token.head
        if head.pos_ not in ("VERB", "AUX"):
            return False
        verb = head.lemma_.lower()
        return (
            token.dep_ in SUBJECT_LABELS
            and verb in PERSON_VERBS
            or token.dep_ in PASSIVE_SUBJECT_LABELS
            and verb in PERSON_PASSIVE_VERBS
        )

    def _kin_of(self, token: Token) -> bool:
        """Whether ``token`` is whose kin the noun it hangs on names ("the mother of X", "X's
        mother"): a body or a place has no mother."""
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in OF_PREPOSITIONS:
            head = head.head  # ClearNLP: "mother" -> "of" -> X
        elif token.dep_ == "nmod":
            if not any(c.dep_ == "case" and c.lower_ in OF_PREPOSITIONS for c in token.children):
                return False  # UD: "moeder" -> X, with "van" as its case
        elif token.dep_ not in POSSESSIVE_LABELS:
            return False
        return (
            head.pos_ == "NOUN"
            and head.i != token.i
            and bool(self.lexicon.kin(head.lemma_.lower()))
        )

    def _subject_pronoun_after(self, span: Span) -> bool:
        """Whether the name is a subject and the first personal pronoun after it is the subject
        of another verb ("X was convicted ... She was released"); an object pronoun is someone
        else ("the House confirmed him"), and so is a pronoun after a name that is no subject
        ("diagnosed with Multiple Sclerosis. He ...")."""
        if span.root.dep_ not in SUBJECT_LABELS or not self._pronoun_after(span):
            return False
        pronouns = load_grammar(span.doc.lang_).pronouns
        for token in span.doc[span.end : span.sent.end + 1]:
            form = pronouns.get(token.lower_) if token.pos_ == "PRON" else None
            if form == ("sing", "person") and token.dep_ not in POSSESSIVE_LABELS:
                return token.dep_ in SUBJECT_LABELS and token.head != span.root.head
        return False

    def _hyphened_first_name(self, span: Span) -> bool:
        """Whether a name opens with first names joined by a hyphen, a surname after them
        ("Nils-Erik Haagenrud", "Jean-Pierre Dupont"), written as one token or three."""
        parts = span[0].text.split("-")
        k = 1
        while k + 1 < len(span) and span[k].text == "-":
            parts.append(span[k + 1].text)
            k += 2
        return len(parts) > 1 and k < len(span) and all(self.kb.is_first_name(p) for p in parts)

    def _apposed_person_noun(self, span: Span) -> bool:
        """Whether a comma and a noun of kin or of a person follow the name ("X, a former
        boyfriend of Y", "X, de zoon van Y"), as a role does (``_apposed_role``)."""
        head = self._apposed_head(span)
        if head is None or head.pos_ != "NOUN":
            return False
        lemma = head.lemma_.lower()
        return bool(self.lexicon.kin(lemma)) or load_grammar(head.doc.lang_).is_person_noun(lemma)

    def _members_before(self, span: Span) -> bool:
        """Whether a word for members and "van"/"of" come before the name ("leden van Letzte
        Generation", "supporters of the Kreni-Promeni"), and the three are no title ("Member of
        Parliament" names a role, not members of a "Parliament")."""
        doc = span.doc
        k = span.start - 1
        while k >= 0 and doc[k].pos_ == "DET":
            k -= 1
        return (
            k >= 1
            and doc[k].lower_ in OF_PREPOSITIONS
            and doc[k - 1].lower_ in ORG_MEMBER_WORDS
            and not self.lexicon.role(f"{doc[k - 1].lower_} {doc[k].lower_} {span.text.lower()}")
        )

    def _pronoun_after(self, span: Span) -> bool:
        """Whether a singular personal pronoun after the name, in its sentence or opening the
        next, stands for it: no other name or role comes between ("Sánchez reisde door naar
        Ramallah, waar hij Abbas opzocht"; a known place between is no person). A possessive
        is left out: Dutch writes "haar" for an organisation too ("Milieudefensie won haar
        zaak"), and a pronoun of things ("it") says the name is none."""
        doc = span.doc
        if len(span) == 1 and span[0].lower_.endswith(COMPOUND_ORG_HEADS + ORG_INTRODUCERS):
            return False  # "de Staatsbrandweer ... hij": a Dutch noun's pronoun, no person's
        # ``span.sent``, which walks the sentence at every call
        sentence_start, end = sentence_bounds(span[0])[0], sentence_bounds(span[-1])[1]
        if any(
            sentence_start <= start and stop <= span.start for start, stop in _model_people(doc)
        ):
            return False  # "Senator McCain zorgde dat ze in het Congressional Record kwamen,
            # waarin hij ...": the person named before it is the pronoun's nearer candidate
        pronouns = load_grammar(doc.lang_).pronouns
        if end < len(doc):
            end += 1  # "... Hij zei": the first word of the next sentence
        for token in doc[span.end : end]:
            form = pronouns.get(token.lower_) if token.pos_ == "PRON" else None
            if form is not None:
                if form[1] == "thing":
                    return False
                if form == ("sing", "person") and token.dep_ not in POSSESSIVE_LABELS:
                    return True
                continue
            if (
                (token.pos_ == "PROPN" or _capitalised(token))
                and not token.is_sent_start
                and not any(e.type != "PERSON" for e in self.kb.lookup(token.text))
            ) or self._role_word(token):
                return False
        return False


#: First words of the bodies that a country's or a place's name makes an organisation.
_FIRST_BODY_WORDS = frozenset(w.split()[0] for w in NATIONAL_BODIES | LOCAL_BODIES)


_LAST_PEOPLE_TOLD_ALONE: list = [None]


def _plural_region_noun_in_name(known: Span, wider: Span) -> bool:
    """Whether the known one-word country ``known`` ends the model's longer name ``wider`` as
    the plural of a region noun after a name word (:func:`_plural_region_noun_after_name`)."""
    return (
        known.label_ == "COUNTRY"
        and len(known) == 1
        and known.end == wider.end
        and known.start > wider.start
        and _plural_region_noun_after_name(known[0])
    )


def _plural_region_noun_after_name(token: Token) -> bool:
    """Whether ``token`` is the plural of a region noun ("States") after a capitalised word
    that is no article ("Gulf States", "Baltic States"): the plural head of a longer name of a
    group of states, no mention of the country the word alone names ("the States")."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return (
        _capitalised(before)
        and before.is_alpha
        and before.lower_ not in DEFINITE_ARTICLES
        and any(word in REGION_NOUNS for word in singulars(token.lower_))
    )


def only_named_with_article(entry: KBEntry, written: str) -> bool:
    """Whether ``entry`` is a bloc or a place, no country, each of whose names that ``written``
    is opens with a definite article ("the West", "het Westen" for "West"): written without it,
    the word is most likely a surname. A country is left out: "the States" is the United
    States, and "Gulf States" no person."""
    if entry.type == "COUNTRY":
        return False
    folded = fold(written)
    names = [a.split() for a in entry.aliases if fold(a) == folded]
    return bool(names) and all(len(n) > 1 and n[0].lower() in DEFINITE_ARTICLES for n in names)


def _capital_kept_inside(token: Token) -> bool:
    """Whether the document writes a sentence's capitalised first word inside a sentence too,
    with its capital, and never in lower case: then the capital is the name's, not the
    sentence's ("Kent police said ... the force in Kent", not "Local police said")."""
    if not token.is_sent_start:
        return False
    lower = token.lower_
    inside = lower_too = False
    for other in doc_tokens(token.doc):
        if other.text == token.text and not other.is_sent_start:
            inside = True
        elif other.text == lower:
            lower_too = True
    return inside and not lower_too


def named_after_a_place(text: str) -> bool:
    """Whether a name is a body named after the place or country in it, written in lower case
    ("Northamptonshire police", "de politie van Toronto", "het Iraakse leger"): the place's name
    alone stands for the place, not for the body (the linker reads this)."""
    words = text.lower().split()
    return any(
        " ".join(words[-k:]) in NATIONAL_BODIES | LOCAL_BODIES
        or (" ".join(words[:k]) in LOCAL_BODIES and words[k : k + 1] == ["van"])
        for k in (1, 2)
    )


def _body_end(tokens: list[Token], i: int, bodies: frozenset[str]) -> int | None:
    """Where a body's noun of one or two words (``bodies``) that starts at token ``i`` ends."""
    for k in (2, 1):
        if i + k <= len(tokens) and " ".join(t.lower_ for t in tokens[i : i + k]) in bodies:
            return i + k
    return None


def _another_party(span: Span, entry: KBEntry, member_word: bool) -> bool:
    """Whether a known one-word organisation name does not name that organisation here: after a
    capitalised qualifier it is part of another party's name ("Social Democrats", "Christian
    Democrats" are not the Democrats); after a quantifier it counts members, people rather than
    the party ("every Democrat", "a lot of Republicans", "iedere Democraat", "heel wat
    Republikeinen"; ``member_word``: the word names a member, as the party's demonyms do; "the
    many Boeing employees" still names Boeing)."""
    doc = span.doc
    if entry.type != "ORG" or len(span) != 1 or span.start == 0:
        return False
    before = doc[span.start - 1]
    if _capitalised(before) and before.lower_ in PARTY_QUALIFIERS:
        return True
    if not member_word:
        return False
    if before.lower_ in OF_PREPOSITIONS and span.start > 1:
        before = doc[span.start - 2]
    if before.i > 0 and f"{doc[before.i - 1].lower_} {before.lower_}" in MEMBER_QUANTIFIERS:
        return True  # "heel wat Republikeinen", not "wat Republikeinen zeggen"
    return before.lower_ in MEMBER_QUANTIFIERS


def _foreign_namesake(entry: KBEntry, entries: list[KBEntry]) -> KBEntry | None:
    """The country of the same name as ``entry`` when ``entry`` is a place of another country
    ("Georgia", the US state, beside Georgia the country), else None."""
    if entry.type != "LOCATION" or entry.country is None:
        return None
    return next((e for e in entries if e.type == "COUNTRY" and e.key != entry.country), None)


def _names_the_country(doc: Doc, start: int, end: int) -> bool:
    """Whether the demonym at ``doc[start:end]`` stands for its country: not before a currency
    ("Amerikaanse dollar" is money), and not a noun for people that no definite article makes
    an actor ("Russians would be paid", "contact with Europeans", "een Amerikaan" are people;
    "the Americans agreed" and "Iranian officials" keep the country, and so does a crowd that a
    word of ``crowd_count`` counts: "tienduizenden Georgiërs demonstreerden")."""
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lower_ in CURRENCY_WORDS:
        return False
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return True  # a modifier: "Russian troops", "Iraakse luchtmachtbasis"
    k, conjuncts = end, 0
    while k < len(doc) and k - end < 6 and (doc[k].pos_ == "CCONJ" or doc[k].text == ","):
        k += 1  # "his Ugandan and Tanzanian counterparts": a modifier coordinated with another
        while k < len(doc) and doc[k].pos_ in ("ADJ", "PROPN") and doc[k].text[:1].isupper():
            k, conjuncts = k + 1, conjuncts + 1
    if conjuncts and k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN"):
        return True  # not "Chinezen en mensen die ...": people and people
    if doc[start].pos_ not in ("NOUN", "PROPN"):
        return True  # "the company is Mexican": an adjective, left as it was
    k = start - 1
    while k >= 0 and doc[k].pos_ == "ADJ":
        k -= 1
    return k >= 0 and (doc[k].lower_ in DEFINITE_ARTICLES or doc[k].lower_ in CROWD_COUNTS)


#: what stands between two names of a list ("A, B en C")
_LIST_MARKS = frozenset({","}) | LIST_AND


def _listed_together(a: Span, b: Span) -> bool:
    """Whether the parser makes two names conjuncts of one list (one the other's conjunct, or
    both of one word): "Whoopi Goldberg, Kevin Feige en Bob Iger"; not an apposition ("Colin
    Sutherland, Lord Carloway, the Lord President")."""
    x, y = a.root, b.root

    def conjuncts(t: Token) -> set[int]:
        head = t.head if t.dep_ == "conj" else t
        return {head.i, *(c.i for c in children(head) if c.dep_ == "conj")}

    return x.i != y.i and bool({x.i, y.i} <= conjuncts(x) or {x.i, y.i} <= conjuncts(y))


def _ends_a_list(doc: Doc, i: int) -> bool:
    """Whether the names from token ``i`` on run, over commas and names only, into "and"/"en"
    and one more name ("..., Kevin Feige, Bob Iger en anderen"): a list, which an apposition
    ("Colin Sutherland, Lord Carloway, the Lord President") is not."""
    sent_end = doc[i].sent.end if i < len(doc) else len(doc)
    for token in doc[i:sent_end]:
        if token.lower_ in LIST_AND:
            return True
        if not (token.text == "," or _capitalised(token) or token.lower_ in _NAME_SUFFIXES):
            return False
    return False


#: words that say a name is an organisation, a place or a building, or no name
_NOT_A_PERSONS_WORD = ORG_HEADS | PLACE_HEADS | FACILITY_HEADS | NOT_NAMES

#: what may end a person's name in a list ("Robert Downey jr."; namewords kind name_suffix)
_NAME_SUFFIXES = _WORDS["name_suffix"]


def _unknown_name_word(token: Token, kb: KnowledgeBase) -> bool:
    """Whether ``token`` is a proper noun of letters that names no known thing other than a
    person, and no organisation's, place's or building's word ("Winfrey"; not "Paris",
    "Studios")."""
    word = token.lower_
    return (
        token.pos_ == "PROPN"
        and token.is_alpha
        and _capitalised(token)
        and word not in _NOT_A_PERSONS_WORD
        and all(e.type == "PERSON" for e in kb.lookup(token.text))
    )


def _after_definite_article(span: Span) -> bool:
    """Whether "the"/"de"/"het" stands right before ``span`` ("in het Chase Center")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in DEFINITE_ARTICLES


def _plural_word(token: Token) -> bool:
    """Whether a capitalised word reads as a plural noun and no organisation's word ("Drivers",
    "Couriers"; not "Motors", "Holdings")."""
    word = token.lower_
    return (
        _capitalised(token)
        and word.endswith("s")
        and len(word) > 3
        and word not in ORG_HEADS
        and word not in ORG_FIRSTS
        and not word.endswith("ss")
    )


def _compound_org_head(word: str) -> bool:
    """Whether a lower-case word is a compound on an organisation's head, with three letters
    before it at least ("atoomagentschap", "onafhankelijkheidsleger", "arakan-leger")."""
    return any(word.endswith(h) and len(word) >= len(h) + 3 for h in COMPOUND_ORG_HEADS)


def _event_head(token: Token) -> bool:
    """Whether ``token`` ends the name of an event, law or treaty (:data:`EVENT_HEADS`): a
    capitalised head ("Syrian Civil War") or a hyphenated compound's head ("Vande
    Bharat-missie", "G7-top")."""
    if not _capitalised(token):
        return False
    return token.lower_ in EVENT_HEADS or token.lower_.rsplit("-", 1)[-1] in EVENT_HEADS


def _without_events(spans: list[Span]) -> list[Span]:
    """Unknown names of events, laws and treaties ("Worldwide Developers Conference", "United
    States Constitution") and the acronyms defined for them ("(WWDC)") are no entities."""
    doc = spans[0].doc if spans else None
    events, acronyms = [], set()
    for s in spans:
        if not s.kb_id_ and len(s) > 1 and _event_head(s[-1]):
            events.append(s)
            if s.end + 2 < len(doc) and doc[s.end].text == "(" and doc[s.end + 2].text == ")":
                acronyms.add(doc[s.end + 1].text)
    if not events:
        return spans
    return [
        s for s in spans if not any(s is e for e in events) and (s.kb_id_ or s.text not in acronyms)
    ]


#: A product's model code after its maker's name: letters with digits or three digits at least,
#: with a variant or a plural ("737", "A300's", "A400M", "G4", "F-16", "737-800", "787-machines");
#: no score ("2-1"), no channel number ("RTL 4").
_MODEL_CODE = re.compile(r"(?:[A-Z]{1,3}-?\d+[A-Za-z]*|\d{3,}[A-Za-z]*)(?:-\w+)?(?:'s)?")


def _model_code(token: Token) -> bool:
    """Whether ``token`` is a product's model code (:data:`_MODEL_CODE`), not a year ("Airbus
    2019" is the company's year)."""
    text = token.text
    return _MODEL_CODE.fullmatch(text) is not None and not (
        len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2099
    )


def _without_products(spans: list[Span]) -> list[Span]:
    """A company's name with a model code is a product, whose one name is its maker's ("de
    Airbus A400M", "de Apple PowerBook G4"): a name with a code after its first word is cut to
    the words before the code, and an unknown name right after a maker's code is the product's
    too, no entity ("de Boeing 737 Max", not the person Max). The maker stays a mention, as
    MEANTIME counts it ("vijf [Boeing] 737-machines"). A name with an organisation's head keeps
    its number ("Malaysia Airlines MH17" is the airline's flight)."""
    doc = spans[0].doc if spans else None
    kept: list[Span] = []
    after_codes: set[int] = set()  # where the words after a product's code start
    for s in spans:
        code = next((t.i for t in s[1:] if _model_code(t)), None)
        if s.label_ != "ORG" or any(t.lower_ in ORG_HEADS for t in s):
            kept.append(s)
            continue
        end = s.end if code is None else code
        while end < len(doc) and _model_code(doc[end]):
            end += 1
        if end > s.end or code is not None:
            after_codes.add(max(end, s.end))
        kept.append(s if code is None else Span(doc, s.start, code, label=s.label_))
    return [s for s in kept if not (s.start in after_codes and not is_kb_id(s.kb_id_))]


def _product_names(doc: Doc) -> list[str]:
    """The folded names that a product noun (``product_noun`` rows) heading their phrase says
    are made things: "the Crew Dragon capsule", "an iPod portable music player"; none in "a
    Kaldor phone call", a call. A name with an organisation's head is the maker's ("a Kaldor
    Motors sedan"), and so is one before a model code ("a Nexon N5 smartphone": the maker
    Nexon, as :func:`_without_products` cuts it)."""
    names = []
    # only a noun that ends a product noun can head one: the other tokens are not walked
    for head in lemma_tokens(doc, PRODUCT_LAST_WORDS):
        after = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if head.pos_ != "NOUN" or (after is not None and after.pos_ == "NOUN"):
            continue
        start = head.i
        while start > 0 and doc[start - 1].pos_ in ("ADJ", "NOUN") and doc[start - 1].is_lower:
            start -= 1
        words = tuple(t.lemma_.lower() for t in doc[start : head.i + 1])
        if not any(words[-len(noun) :] == noun for noun in PRODUCT_NOUNS) or (
            start > 0 and _model_code(doc[start - 1])
        ):
            continue
        end = start
        while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].is_title):
            start -= 1
        if start < end and not any(t.lower_ in ORG_HEADS for t in doc[start:end]):
            names.append(f" {fold(doc[start:end].text)}")
    return names


def _launched_products(spans: list[Span]) -> set[str]:
    """The folded names of what an organisation makes, told by a product verb (``product_verb``
    rows) with the organisation as subject: a name that is the object ("Kaldor unveils the
    Zenphone and the Zenbook Air"), or one before the object's noun ("Kaldor introduced the new
    Zenbook line"), whether or not the model found it there. No person ("Kaldor introduced Jane
    Doe as its chief") and no name after a preposition ("launched a bid for Nexon")."""
    doc = spans[0].doc
    typed = {t.i: s.label_ for s in spans for t in s}
    orgs = {t.i: s for s in spans if s.label_ == "ORG" for t in s}
    names = set()
    for verb in lemma_tokens(doc, PRODUCT_VERBS):  # only the product verbs are walked
        if not any(c.dep_ == "nsubj" and typed.get(c.i) == "ORG" for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        for obj in objects:
            objects += [c for c in obj.children if c.dep_ in ("conj", "nmod", "appos")]
        for obj in objects:
            if obj.i in orgs:  # the object's noun inside the model's name ("the Kaldor Pad")
                names.add(fold(orgs[obj.i].text))
            end = obj.i + 1 if obj.pos_ == "PROPN" else obj.i
            start = end
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ != "poss":
                start -= 1
            if start < end and not any(typed.get(i) == "PERSON" for i in range(start, end)):
                names.add(fold(doc[start:end].text))
    return names


def _without_named_products(spans: list[Span]) -> list[Span]:
    """A name the knowledge base does not know that names a made thing (:func:`_product_names`,
    :func:`_launched_products`) is no person, organisation or place: its every mention in the
    story goes ("the Crew Dragon was launched", "Dragon", after "the Kaldor Crew Dragon
    capsule"), and so does a name it opens ("Zenbook Pro" after "the Zenbook line"). A known
    name before the noun is its maker and stays ("a Tesla convertible"), and so does a name that
    only opens the product's ("Kaldor" alone, its maker). A launched product named after its
    known maker is the maker's mention ("Kaldor unveils the Kaldor Pad": Kaldor)."""
    if not spans:
        return spans
    products = _product_names(spans[0].doc)
    makers = {fold(s.text): s.kb_id_ for s in spans if s.label_ == "ORG" and s.kb_id_}
    # a known name is no product, nor does it open one ("Kaldor introduces the Zenphone and
    # Kaldor TV" leaves "Kaldor Bank" alone)
    launched = _launched_products(spans) - {fold(s.text) for s in spans if s.kb_id_}
    if not products and not launched:
        return spans
    kept = []
    for s in spans:
        name = fold(s.text)
        if s.kb_id_ or not (
            any(p.endswith(f" {name}") for p in products)
            or any(name == p or name.startswith(f"{p} ") for p in launched)
        ):
            kept.append(s)
            continue
        maker = next((m for m in makers if name.startswith(f"{m} ")), None)
        if maker is not None and name in launched:
            size = len(next(k for k in spans if fold(k.text) == maker))
            kept.append(Span(s.doc, s.start, s.start + size, label="ORG", kb_id=makers[maker]))
    return kept


def _clubs_named_after_places(spans: list[Span]) -> list[Span]:
    """A town that beats or is beaten is its club ("University verslaat Maroochydore", "Zwolle
    beat Heerenveen"), and so is every mention of that name in the story but its dateline
    ("Maroochydore speelde ...", "coach X van Maroochydore"): an organisation the knowledge base
    does not know, since it knows the town."""
    clubs = {
        s.text
        for s in spans
        if s.label_ == "LOCATION"
        and s.root.dep_ in ("nsubj", "obj", "dobj")
        and s.root.head.lemma_.lower() in MATCH_VERBS
    }
    if not clubs:
        return spans
    return [
        Span(s.doc, s.start, s.end, label="ORG")
        if s.label_ == "LOCATION" and s.text in clubs and not _dateline_place(s)
        else s
        for s in spans
    ]


def _singular_name(name: str) -> str | None:
    """The singular of a one-word name written in the plural ("Lakers": "Laker", "Turpins":
    "Turpin"; ``namewords.<lang>.tsv`` kinds plural_ending and singular_ending), or None for a
    name that is no plural ("Ross")."""
    if name.endswith(SINGULAR_ENDINGS):
        return None
    ending = next((e for e in PLURAL_ENDINGS if name.endswith(e)), None)
    return None if ending is None else name[: -len(ending)]


def _teams_by_nickname(spans: list[Span], words: Counter[str]) -> list[Span]:
    """A one-word name in the plural after a definite article is a team or band, not a person
    ("de Lakers", "de Hornets", "the Celtics"): a person's name takes no article, and a family
    is the plural of a surname the story also writes alone ("de Turpins"; ``words`` counts the
    document's words) or describes a noun ("the Socoolas family"). Every mention of such a name
    is then the team: a name ending in it is its full name ("de Charlotte Hornets"), and a place
    right before it is part of it ("de Los Angeles Lakers"). A word that ends a person's full
    name the story gives without an article is that person's surname, no nickname ("nominee Phil
    Collins ... the Collins/Parker ticket")."""
    if not spans:
        return spans
    doc = spans[0].doc
    surnames = {
        s[-1].text
        for s in spans
        if s.label_ == "PERSON"
        and len(s) > 1
        and not (s.start > 0 and doc[s.start - 1].lower_ in DEFINITE_ARTICLES)
    }
    nicknames = {
        s.text
        for s in spans
        if s.label_ in ("PERSON", "ORG")
        and len(s) == 1
        and not s.kb_id_
        and s.start > 0
        and doc[s.start - 1].lower_ in DEFINITE_ARTICLES
        and len(s.text) > 3
        and (singular := _singular_name(s.text)) is not None
        and not words[singular]
        and (s.end == len(doc) or doc[s.end].pos_ not in ("NOUN", "PROPN"))
    } - surnames
    if not nicknames:
        return spans
    teams = []
    for s in spans:
        if s.label_ == "PERSON" and s[-1].text in nicknames:
            s = Span(doc, s.start, s.end, label="ORG")
        elif s.label_ == "LOCATION" and s.end < len(doc) and doc[s.end].text in nicknames:
            s = Span(doc, s.start, s.end + 1, label="ORG")
        teams.append(s)
    return filter_spans(teams)


def _families_by_surname(spans: list[Span]) -> list[Span]:
    """A one-word name between a definite article and a family noun ("the Imus family") or right
    after "the family" ("de familie Imus") is a surname: a person's family, never the town the
    knowledge base spells alike (Imus in the Philippines). A country's name takes this reading
    only when the story also gives a person of that surname ("Michael Jordan ... the Jordan
    family"), as "the Gaza family" may still be a family from a place. Every one-word mention of
    that name becomes a person's name, which the resolver then joins to the person of that
    surname ("Imus" alone after "Don Imus")."""
    if not spans:
        return spans
    doc = spans[0].doc
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}

    def before_family_noun(s: Span) -> bool:
        return (
            s.start > 0
            and doc[s.start - 1].lower_ in DEFINITE_ARTICLES
            and s.end < len(doc)
            and doc[s.end].lower_ in FAMILY_NOUNS
            and (s.end + 1 == len(doc) or doc[s.end + 1].pos_ not in ("NOUN", "PROPN"))
        )

    def after_family_noun(s: Span) -> bool:
        return (
            s.start > 1
            and doc[s.start - 1].lower_ in FAMILY_NOUNS
            and doc[s.start - 2].lower_ in DEFINITE_ARTICLES
        )

    families = {
        s.text
        for s in spans
        if len(s) == 1
        and (s.label_ == "LOCATION" or (s.label_ == "COUNTRY" and s.text in surnames))
        and _capitalised(s[0])
        and (before_family_noun(s) or after_family_noun(s))
    }
    if not families:
        return spans
    return [
        Span(doc, s.start, s.end, label="PERSON")
        if len(s) == 1 and s.label_ in PLACE_TYPES and s.text in families
        else s
        for s in spans
    ]


def _without_places_in_event_names(spans: list[Span]) -> list[Span]:
    """A known town at the start of an event's name is part of that name, no mention of its own,
    as "Canada" in "Bank of Canada" ("Paris Air Show", "2008 Beijing Olympic Games", "Munich
    Security Conference"); a country stays ("EU-China Summit": the summit's sides)."""
    if not spans:
        return spans
    doc = spans[0].doc
    run_end: dict[int, int] = {}  # token -> end of the event name it opens or continues
    for start, end in _capitalised_runs(doc):
        if end - start >= 2 and _event_head(doc[end - 1]):
            run_end.update((i, end) for i in range(start, end - 1))
    if not run_end:
        return spans
    return [
        s
        for s in spans
        if not (s.label_ == "LOCATION" and s.kb_id_ and s.end < run_end.get(s.start, 0))
    ]


def _sites_of_places(spans: list[Span]) -> list[Span]:
    """A site's name that ends in a place's head and goes on with "van" and a place is one name
    with that place: "Internationale Luchthaven van Bagdad", "Centraal Station van Antwerpen"
    (the tagger and the knowledge base give the two halves apart)."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: s.start):
        before = out[-1] if out else None
        if (
            before is not None
            and s.label_ in ("LOCATION", "COUNTRY")
            and before.label_ == "LOCATION"
            and not before.kb_id_
            and len(before) >= 2
            and before[-1].lower_ in PLACE_HEADS
            and _capitalised(before[-1])
            and s.start == before.end + 1
            and s.doc[before.end].lower_ in OF_PREPOSITIONS
        ):
            out[-1] = Span(s.doc, before.start, s.end, label="LOCATION")
            continue
        out.append(s)
    return out


def _bodies_of_places(spans: list[Span]) -> list[Span]:
    """A body's name of one word on an organisation's head that goes on with "van" or "of", an
    article perhaps, and a place or a country is one name with it: "Hooggerechtshof van
    Wisconsin", "het Hooggerechtshof van de Verenigde Staten", as "Supreme Court of the United
    Kingdom" (the compound finder and the knowledge base give the two halves apart). A name the
    knowledge base knows stays itself."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: s.start):
        before = out[-1] if out else None
        if before is not None and before.label_ == "ORG" and not before.kb_id_ and len(before) == 1:
            doc = s.doc
            word = before[0].lower_
            gap = s.start - before.end
            if (
                s.label_ in ("LOCATION", "COUNTRY")
                and _capitalised(before[0])
                and (word in ORG_HEADS or word.endswith(COMPOUND_ORG_HEADS))
                and gap in (1, 2)
                and doc[before.end].lower_ in OF_PREPOSITIONS
                and (gap == 1 or doc[before.end + 1].lower_ in DEFINITE_ARTICLES)
            ):
                out[-1] = Span(doc, before.start, s.end, label="ORG")
                continue
        out.append(s)
    return out


def _without_names_in_holidays(spans: list[Span]) -> list[Span]:
    """A name at the start of a holiday's name is part of it, no mention of its own: "Labour"
    in "Labour Day" is no party, "Australia" in "Australia Day" no actor."""
    if not spans:
        return spans
    doc = spans[0].doc
    inside: set[int] = set()
    for start, end in _capitalised_runs(doc):
        if end - start >= 2 and doc[end - 1].lower_ in HOLIDAY_HEADS and _capitalised(doc[end - 1]):
            inside.update(range(start, end))
    if not inside:
        return spans
    return [s for s in spans if not all(t.i in inside for t in s)]


#: Particles inside a place's name that no language's names use as a connector ("Davao del
#: Sur", "Reggio di Calabria"; not "van", which may open a portfolio or another place).
PLACE_PARTICLES = NAME_PARTICLES - NAME_CONNECTORS - DEFINITE_ARTICLES


def _places_the_parser_joins(ents: list[Span]) -> list[Span]:
    """The model's places, with two places one particle apart that the parser reads as one name
    made one: "Davao del Sur", which the Dutch model cuts into "Davao" and "Sur" around "del";
    the particle and the second place are flat parts of the first."""
    out: list[Span] = []
    for ent in ents:
        before = out[-1] if out else None
        if (
            before is not None
            and before.end + 1 == ent.start
            and MODEL_LABELS.get(before.label_) == MODEL_LABELS.get(ent.label_) == "LOCATION"
            and ent.doc[before.end].lower_ in PLACE_PARTICLES
            and all(
                t.dep_ == "flat" and before.start <= t.head.i < before.end
                for t in (ent.doc[before.end], ent[0])
            )
        ):
            out[-1] = Span(ent.doc, before.start, ent.end, label=before.label_)
        else:
            out.append(ent)
    return out


def _people_the_parser_joins(
    ents: Iterable[Span], no_name: Callable[[Token], bool] = lambda token: False
) -> list[Span]:
    """The model's names, with two persons side by side that the parser reads as one name made
    one: nothing between them, and the second's first word a flat part of the first
    ("directeur Meerjady Sabrina Flora", which the Dutch model cuts before the first name it
    knows, "Sabrina"), or the first's last word a compound of the second's ("Judge Amy Berman
    Jackson", which the English model cuts before the surname), four words at most. A first
    name the model typed as a name of no kind is the person's too ("aartsbisschop Sławoj Leszek
    Głódź", "Sławoj" MISC, "Leszek" its flat part), unless ``no_name`` says the word is none
    ("Labourleider Jeremy Corbyn": a title). A comma, "and" or any word between keeps them
    two."""
    out: list[Span] = []
    for ent in ents:
        before = out[-1] if out else None
        if (
            before is not None
            and before.end == ent.start
            and MODEL_LABELS.get(ent.label_) == "PERSON"
            and (
                MODEL_LABELS.get(before.label_) == "PERSON"
                or len(before) == 1
                and before.label_ == "MISC"
                and before[0].pos_ == "PROPN"
                and ent[0].head == before[0]
                and not no_name(before[0])
            )
            and (
                ent[0].dep_ == "flat"
                and before.start <= ent[0].head.i < before.end
                or before[-1].dep_ == "compound"
                and ent.start <= before[-1].head.i < ent.end
                and ent.end - before.start <= 4
            )
        ):
            out[-1] = Span(ent.doc, before.start, ent.end, label=ent.label_)
        else:
            out.append(ent)
    return out


def _without_storms(spans: list[Span]) -> list[Span]:
    """A storm named with its class word ("Hurricane Dorian", "Tropical Storm Hagibis", "orkaan
    Dorian") is an event, which the event finder keeps, no person, organisation or place; so is
    its name alone anywhere in the document ("Dorian weakened"). Left in, the model types the
    forms apart ("Hurricane Lorenzo" an organisation, "Storm Lorenzo" a person): two nodes for
    one storm, neither of them right. A name the knowledge base knows stays ("Florida" after
    "the hurricane")."""
    if not spans:
        return spans
    names = _storm_names(spans[0].doc)
    if not names:
        return spans
    # a name only ever written after a class word in lower case may be a person's surname in a
    # storm of another kind ("the storm Kaldor faced" after "Teodor Kaldor"): it stays then
    people = {
        fold(t.text)
        for s in spans
        if s.label_ == "PERSON" and len(s) >= 2 and _storm_words_cut(s) not in names
        for t in s
    }
    names = {name for name, capitalised in names.items() if capitalised or name not in people}
    return [s for s in spans if s.kb_id_ or _storm_words_cut(s) not in names]


def _without_colours(spans: list[Span]) -> list[Span]:
    """A colour written with a capital beside another one in its sentence names a colour, no
    person or place ("comes in Black (2 GHz) and White", "in Zwart en Wit"): a one-word name
    the knowledge base does not know that is a colour (``colour`` rows of namewords) goes when
    its sentence writes another colour with a capital outside a longer name. That other colour
    is a one-word name of its own or a conjunct of this one, never the word that opens the
    sentence: its capital says nothing ('"Red lines have been crossed," Brown said' keeps
    Brown). One that ends or opens a longer name in the document stays (Jack White ...
    White), and so does a lone colour, which may be a surname ("White said")."""
    if not spans:
        return spans
    longer = {fold(t.text) for s in spans if len(s) > 1 for t in s}
    in_long = {t.i for s in spans if len(s) > 1 for t in s}
    alone = {s.start for s in spans if len(s) == 1}

    def colour(token: Token) -> bool:
        return _capitalised(token) and token.lower_ in COLOURS and token.i not in in_long

    def opens(token: Token) -> bool:
        return token.i == next((t.i for t in token.sent if not t.is_punct), token.i)

    def conjoined(a: Token, b: Token) -> bool:
        return (a.head.i == b.i and a.dep_ == "conj") or (b.head.i == a.i and b.dep_ == "conj")

    def other_colour(token: Token, word: Token) -> bool:
        return (
            colour(token)
            and token.lower_ != word.lower_
            and not opens(token)
            and (token.i in alone or conjoined(token, word))
        )

    def a_colour(span: Span) -> bool:
        if span.kb_id_ or len(span) != 1 or not colour(span[0]) or fold(span.text) in longer:
            return False
        return any(other_colour(t, span[0]) for t in span[0].sent)

    return [s for s in spans if not a_colour(s)]


def _storm_names(doc: Doc) -> dict[str, bool]:
    """The folded names the document gives storms: the one capitalised word after a class word
    (:data:`STORM_CLASSES`) that heads no organisation, place or event and goes on no longer
    name ("the National Hurricane Center", "Storm Street Bridge" name no storm). Only in a
    document that writes a class word in lower case somewhere ("the storm", "a hurricane"), so
    about a storm: "Storm" is also a first name. Each name says whether a class word written
    with a capital ("Hurricane Dorian", "Storm Ciara") names it somewhere."""
    if not about_storms(doc):
        return {}  # no storm as a common noun: "Storm Reid" is an actress
    names: dict[str, bool] = {}
    for t in doc[:-1]:
        word = doc[t.i + 1]
        if t.lower_ not in STORM_CLASSES or not word.is_alpha or not _capitalised(word):
            continue
        if word.lower_ in ORG_HEADS | PLACE_HEADS | FACILITY_HEADS | EVENT_HEADS | STORM_CLASSES:
            continue
        if word.i + 1 < len(doc) and _capitalised(doc[word.i + 1]) and doc[word.i + 1].is_alpha:
            continue
        name = fold(word.text)
        names[name] = names.get(name, False) or t.text[:1].isupper()
    return names


def _storm_words_cut(span: Span) -> str:
    """The folded text of ``span`` without the class words it opens with ("Hurricane")."""
    i = 0
    while i < len(span) - 1 and span[i].lower_ in STORM_CLASSES:
        i += 1
    return fold(span[i:].text)


def _runs_on_into_a_noun(span: Span) -> bool:
    """Whether the word after ``span`` is a common noun it modifies ("Syria envoy")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.pos_ == "NOUN" or (after.text == "-" and span.end + 1 < len(doc))


def _with_generic_tails(spans: list[Span]) -> list[Span]:
    """A span of generic words only ("International Airport") right after a name ("Chiang Mai")
    is the end of one longer name: a place by a place head, else an organisation by its head."""
    out: list[Span] = []
    for span in spans:
        words = [t.lower_ for t in span]
        if (
            out
            and not span.kb_id_
            and out[-1].end == span.start
            and out[-1].label_ in ("LOCATION", "ORG", "COUNTRY")
            and (words[-1] in PLACE_HEADS or words[-1] in ORG_HEADS)
            and all(w in GENERIC_TAIL_WORDS | PLACE_HEADS | ORG_HEADS for w in words)
            # "the United States National Guard": a country, then its National Guard
            and not (out[-1].label_ == "COUNTRY" and words[0] in NATIONAL_OPENERS)
        ):
            label = "LOCATION" if words[-1] in PLACE_HEADS else "ORG"
            out[-1] = Span(span.doc, out[-1].start, span.end, label=label)
            continue
        out.append(span)
    return out


def _named_before_hyphen(
    doc: Doc, token: Token, part: str, named: dict[str, str], covered: set[int]
) -> InnerMention | None:
    """The name before the hyphen of ``token`` ("Douglas" in "Douglas-vliegtuigen"), with up to
    three capitalised words before the token ("McDonnell"), when the document names it elsewhere
    (``named``: folded text -> type of the names found without the knowledge base)."""
    start = token.i
    best = None
    while True:
        text = (doc[start : token.i].text + " " + part).strip()
        label = named.get(fold(text))
        if label is not None:
            best = InnerMention(doc[start].idx, token.idx + len(part), text, label, "", token.i)
        start -= 1
        if (
            start < max(0, token.i - 3)
            or start in covered
            or not _capitalised(doc[start])
            or doc[start].lower_ in ARTICLES
        ):
            return best


def _names_again(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name of two words or more that the document writes again, where the model cut it into
    pieces or cut it short, is that name again: the pieces inside its words give way to it,
    with its type ("Rogaland Fire and Rescue" found once, then "Rogaland Fire" and "Rescue";
    "the League of Women Voters ... the League of Women voters"). Words are compared in lower
    case but for the first; a piece that reaches beyond the name's words keeps its place."""
    fulls: dict[str, dict[tuple[str, ...], Span]] = {}  # first word -> words -> the name
    for s in sorted(spans, key=len, reverse=True):  # longest first
        if len(s) > 1:
            fulls.setdefault(s[0].text, {}).setdefault(tuple(t.lower_ for t in s), s)
    if not fulls:
        return spans
    at = {t.i: k for k, s in enumerate(spans) for t in s}
    replaced: dict[int, Span] = {}  # index in spans of the first piece -> the name again
    gone: set[int] = set()  # indices of the other pieces
    for token in tokens_where(doc, ORTH, fulls.__contains__):
        for words, full in fulls[token.text].items():
            end = token.i + len(words)
            if tuple(t.lower_ for t in doc[token.i : end]) != words:
                continue
            pieces = sorted({at[i] for i in range(token.i, end) if i in at})
            if (
                pieces
                and not gone.intersection(pieces)
                and not replaced.keys() & set(pieces)
                and all(token.i <= spans[k].start and spans[k].end <= end for k in pieces)
                and not (len(pieces) == 1 and len(spans[pieces[0]]) == len(words))
            ):
                replaced[pieces[0]] = Span(doc, token.i, end, label=full.label_, kb_id=full.kb_id_)
                gone.update(pieces[1:])
            break  # the longest name written here decides
    if not replaced:
        return spans
    return [replaced.get(k, s) for k, s in enumerate(spans) if k not in gone]


def _lower_case_words(doc: Doc) -> set[str]:
    """The words the document writes in lower case (``lower`` of :func:`_orgs_written_again` and
    :func:`_surnames_again`): a capital there is no sign of a name."""
    return {t.text for t in doc_tokens(doc) if t.text.islower()}


def _orgs_written_again(doc: Doc, spans: list[Span], lower: set[str]) -> list[Span]:
    """An organisation's name the document found, written again with the same capitals where
    no name stands, is that organisation again: the model may leave it untagged inside a
    compound ("a founding Civic Platform member", "per WHO guidelines"), after "of"/"van" ("told
    Star of Mysore", "de oprichters van Burgerplatform") or opening a sentence. Only a name of two
    words or more, one the knowledge base knows, or one word the document never writes in lower
    case; a one-word name opening a sentence only in capitals throughout ("WHO said", not "Rice
    prices rose"); and not where a capitalised word or hyphen beside it makes
    it part of a longer name ("the United States House of Representatives", "the Republican
    National Convention"). Nor a one-word name that is also a person's surname in the document
    ("Ford" beside "Bill Ford"): :func:`_surnames_again` reads that one."""
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}
    names: dict[str, dict[tuple[str, ...], Span]] = {}  # first word -> words -> the name
    for s in sorted(spans, key=len, reverse=True):  # longest first
        if s.label_ != "ORG" or len(s) == 1 and s.text in surnames:
            continue
        if len(s) > 1 or s.kb_id_ or s.text.lower() not in lower:
            names.setdefault(s[0].text, {}).setdefault(tuple(t.text for t in s), s)
    if not names:
        return []
    covered = {t.i for s in spans for t in s}
    found: list[Span] = []
    for token in tokens_where(doc, ORTH, names.__contains__):
        for words, name in names[token.text].items():
            end = token.i + len(words)
            if (
                tuple(t.text for t in doc[token.i : end]) != words
                or covered.intersection(range(token.i, end))
                or _continued(doc, token.i - 1)
                or _continued(doc, end)
                or (len(words) == 1 and _opens_sentence(token) and not token.text.isupper())
            ):
                continue
            found.append(Span(doc, token.i, end, label="ORG", kb_id=name.kb_id_))
            covered.update(range(token.i, end))
            break  # the longest name written here decides
    return found


def _continued(doc: Doc, i: int) -> bool:
    """Whether the token at ``i``, beside a name, carries it on: a hyphen or a capitalised
    proper noun or adjective ("United States" before "House of Representatives"), not an
    article or a sentence's first word that only opens it ("The Lost 52 Project")."""
    if i < 0 or i >= len(doc):
        return False
    t = doc[i]
    if t.ent_type_ in _DATE_LABELS:
        return False
    return t.text == "-" or (_capitalised(t) and t.pos_ in ("PROPN", "ADJ", "NOUN", "NUM"))


def _surnames_again(doc: Doc, spans: list[Span], lower: set[str]) -> list[Span]:
    """A person's surname alone elsewhere in the document, which the model missed ("Jusman
    Syafii Djamal ... quoted Djamal as saying"): a proper noun on its own, with no other proper
    noun or hyphen beside it, is that person again (the linker joins it to the full name).
    Opening a sentence, where the tagger may call it a common noun or an adverb, it is the
    person before a verb of saying ("Jobs said") or where the document never writes the word
    in lower case ("Tremble, the founder of Tremble Construction, was ...", "Kesselring sprak"; not
    "May" in a text that says "may") and it describes no noun after it ("Rice prices rose")."""
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}
    if not surnames:
        return []
    covered = {t.i for s in spans for t in s}

    def beside(i: int) -> bool:
        if i < 0 or i >= len(doc):
            return False
        t = doc[i]
        # a date the model found is no part of a name: "on Tuesday Mitsotakis met"
        if t.ent_type_ in _DATE_LABELS:
            return False
        return t.text == "-" or (_capitalised(t) and t.pos_ == "PROPN")

    return [
        Span(doc, _particles_before(doc, t.i), t.i + 1, label="PERSON")  # "De Jonge zei"
        for t in tokens_where(doc, ORTH, surnames.__contains__)
        if t.i not in covered
        and (
            # "Jobs said" opening a sentence (the tagger may call it a plural noun), not "May saw"
            (
                _says(doc, t.i + 1)
                or (
                    t.lower_ not in lower
                    and t.ent_type_ not in _DATE_LABELS
                    and not _modifies_next_noun(t)
                )
            )
            if t.is_sent_start
            else t.pos_ == "PROPN"
        )
        and not beside(t.i - 1)  # "Glawischnig-Piesczek", "Ford Motor"
        and not beside(t.i + 1)
    ]


def _modifies_next_noun(token: Token) -> bool:
    """Whether ``token`` hangs on the common noun right after it, as a word that describes it
    does ("Rice prices rose"), which a person's name opening a sentence never does."""
    head = token.head
    return head.i == token.i + 1 and head.pos_ == "NOUN" and not _capitalised(head)


def _institution_named(span: Span) -> bool:
    """Whether an ``institution_noun`` heads ``span`` ("Kaldor Hospital") or stands right before
    ("ziekenhuis Charité", also as a compound's end: "universiteitsziekenhuis X") or after it
    ("the Kaldor clinic")."""
    doc = span.doc
    if len(span) > 1 and span[-1].lower_ in INSTITUTION_NOUNS:
        return True
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return bool(before) and before.endswith(INSTITUTION_NOUNS) or after in INSTITUTION_NOUNS


def _org_ends_again(doc: Doc, spans: list[Span]) -> list[Span]:
    """The last word of an organisation's name of two words or more, alone after a definite
    article elsewhere in the document, where the model missed it ("de Times" after "The New
    York Times" in a Dutch text), is a name of an organisation again (the linker joins it to
    the one name it ends, and leaves it apart when two end in it). A body's word ("het Huis"
    after "het Witte Huis") may be another body: it is left to the chamber rules."""
    ends = {
        s[-1].text
        for s in spans
        if s.label_ == "ORG"
        and len(s) > 1
        and s[-1].lower_ not in GENERIC_INSTITUTIONS | CHAMBER_OPENERS
    }
    if not ends:
        return []
    covered = {t.i for s in spans for t in s}
    return [
        Span(doc, t.i, t.i + 1, label="ORG")
        for t in tokens_where(doc, ORTH, ends.__contains__)
        if t.i not in covered
        and t.i > 0
        and _capitalised(t)  # "the military" after "the Iraqi military" is no name
        and doc[t.i - 1].lower_ in DEFINITE_ARTICLES
        and not (t.i + 1 < len(doc) and _capitalised(doc[t.i + 1]))  # "the Times Group"
    ]


def _web_addresses(doc: Doc) -> Iterable[Span]:
    """Web addresses the model missed ("UOL.com.br", "oe24.at", "News.com.au"): news gives a
    site's address as the name of the site that reported, so it is an organisation. The
    address is one token whose last part is a known domain, written in lower case, and whose
    first part holds a letter; an e-mail address is none, nor two sentences written without a
    space ("huis.De"). Found in the text by one pattern, not by a look at every token."""
    text = doc_text(doc)
    for match in _WEB_ADDRESS.finditer(text):
        if match.group(1) not in WEB_DOMAINS or not any(c.isalpha() for c in match.group(0)):
            continue
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1:
            yield Span(doc, span.start, span.end, label="ORG")


#: A web address without its scheme: dotted parts, the last in lower case ("UOL.com.br").
_WEB_ADDRESS = re.compile(r"(?<![\w@./-])[\w-]+(?:\.[\w-]+)*\.([a-z]{2,4})(?![\w@/-]|\.\w)")


def _says(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is a verb of saying ("said", "zei")."""
    return i < len(doc) and doc[i].lemma_.lower() in SPEECH_VERBS


#: Opening brackets and their closing ones: round, and the square ones an editor glosses with.
BRACKETS = {"(": ")", "[": "]"}


def _bracketed_expansions(doc: Doc) -> Iterable[Span]:
    """The long form in brackets after an acronym is one organisation's name, whatever names
    are inside it: "CERB (Canada Emergency Response Benefit)", "de SER (Sociaal-Economische
    Raad)", an editor's "the OECD [Organisation for Economic Co-operation and Development]".
    Its capitalised words (and their hyphenated parts) must spell the acronym."""
    tokens = doc_tokens(doc)
    n = len(doc)
    # the brackets first, from one array of the words, rather than a test of every token
    for bracket in tokens_where(doc, ORTH, BRACKETS.__contains__):
        if not 0 < bracket.i < n - 2:
            continue
        token = tokens[bracket.i - 1]
        if not (_acronym(token.text) and token.text.isupper()):
            continue
        letters = "".join(c for c in token.text if c.isalnum())
        start = token.i + 2
        closing = BRACKETS[bracket.text]
        end = next((j for j in range(start, min(n, start + 12)) if tokens[j].text == closing), None)
        if end is None or end - start < 2 or not _capitalised(tokens[start]):
            continue
        words = [t.text for t in tokens[start:end] if _capitalised(t)]
        # not a form of address ("HM [Her Majesty]"): its last word is never a name
        if letters.upper() in spelled_acronyms(words) and tokens[end - 1].lower_ not in NOT_NAMES:
            yield Span(doc, start, end, label="ORG")


def _in_hyphened_word(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word ("Co-operation", tokenised "Co", "-",
    "operation") or the part after it."""
    if tokens[i].text == "-":
        return i > 0 and not tokens[i - 1].whitespace_ and not tokens[i].whitespace_
    return i > 0 and tokens[i - 1].text == "-" and _in_hyphened_word(tokens, i - 1)


def spelled_acronyms(words: Iterable[str]) -> list[str]:
    """The acronyms capitalised words spell, in capitals: their initials, and the initials of
    the parts of their hyphenated words when these differ ("Sociaal-Economische Raad" and
    "Sociaal-economische Raad" spell SR and SER). Used by the name finder for a long form in
    brackets and by the linker to join an acronym to its long form."""
    words = list(words)
    whole = "".join(w[0] for w in words if w).upper()
    out = [whole] if whole else []
    parts = "".join(p[0] for w in words for p in w.split("-") if p).upper()
    if parts != whole:
        out.append(parts)
    return out


def _particles_before(doc: Doc, start: int) -> int:
    """Where a surname starting at ``start`` begins with the particles before it, when the first
    of them is capitalised ("De Jonge", "Van der Wal"); else ``start``."""
    k = start
    while k > 0 and doc[k - 1].lower_ in NAME_PARTICLES:
        k -= 1
    if k == start or not _capitalised(doc[k]) or doc[k].lower_ in ARABIC_ARTICLES:
        return start
    return k


def _brand_spelling(text: str) -> bool:
    """A company's spelling: camel case (:func:`_camel_case`), or one word of four or more
    lower-case letters after its capital that ends in another capital ("SpaceX"); no person's
    name is written either way ("McCain", "DeSantis" have their capital after two letters)."""
    return _camel_case(text) or (
        text.isalpha()
        and len(text) >= 6
        and text[0].isupper()
        and text[-1].isupper()
        and text[1:-1].islower()
    )


def _camel_case(text: str) -> bool:
    """One word with a capital inside after three or more lower-case letters: "AirTran",
    "JetBlue", "PayPal" (brands and companies), not "McCain", "MacArthur", "DeSantis"."""
    if not text.isalpha() or not text[:1].isupper():
        return False
    inner = next((i for i, c in enumerate(text[1:], 1) if c.isupper()), None)
    return (
        inner is not None
        and inner >= 3
        and text[1:inner].islower()
        and text[inner + 1 :].islower()
        and len(text) - inner >= 3
        and text[:inner].lower() not in SURNAME_PREFIXES
    )


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _name_then_org(doc: Doc, start: int, at: int, end: int) -> bool:
    """Whether the words before ``at`` (an of-word and an article) are proper nouns or compounds
    on a common noun, and no organisation word, while those after it hold one: a name or a part,
    then the organisation it belongs to ("Ma Ngok van de Chinese Universiteit van Hongkong",
    "A-klasse van de Sunshine Coast Rugby Union"), not one name ("Hof van Justitie", "Faculteit
    der Geneeskunde van de Universiteit", "House of Commons Library")."""
    org_words = ORG_HEADS | ORG_FIRSTS
    return (
        start < at
        and at + 1 < end
        and doc[at + 1].lower_ in DEFINITE_ARTICLES
        and all(
            (t.pos_ == "PROPN" or ("-" in t.text and t.text.rpartition("-")[2].islower()))
            and t.lower_ not in org_words
            for t in doc[start:at]
        )
        and any(t.lower_ in org_words and _capitalised(t) for t in doc[at + 1 : end])
    )


def _org_after_name(span: Span) -> Span:
    """A model's organisation that opens with a name and an of-word or a for-word, cut to the
    organisation ("Wen van de Technische Universiteit": "Technische Universiteit"; "De La
    Fuente for the Reform Party": "Reform Party"; :func:`_name_then_org`)."""
    if span.label_ != "ORG":
        return span
    doc = span.doc
    at = next((t.i for t in span if t.lower_ in COMPLEMENT_PREPOSITIONS), None)
    if at is None or not _name_then_org(doc, span.start, at, span.end):
        return span
    start = at + 1
    while start < span.end and doc[start].lower_ in DEFINITE_ARTICLES:
        start += 1
    return Span(doc, start, span.end, label="ORG", kb_id=span.kb_id_)


def _capitalised_inside(token: Token) -> bool:
    """Whether the document writes ``token``'s word with its capital inside a sentence (at
    ``token`` or elsewhere), so the capital is not only the one a sentence opens with."""
    return any(
        t.text == token.text and not t.is_sent_start and (t.i == 0 or t.nbor(-1).text not in QUOTES)
        for t in doc_tokens(token.doc)
    )


def _name_start(span: Span) -> int:
    """Where a found name's words begin, after an article it was found with ("het Beijing"
    inside "het Beijing Gender Health Education Institute" begins at "Beijing")."""
    return span.start + (len(span) > 1 and span[0].lower_ in DEFINITE_ARTICLES)


def _one_name_word(text: str) -> bool:
    """Letters and digits, or parts of them joined by hyphens that each open with a capital or
    a digit ("Wrestle-1", "Sea-Eye"); not a compound on a common noun ("NAVO-lid")."""
    parts = text.split("-")
    return all(p.isalnum() for p in parts) and all(
        p[0].isupper() or p[0].isdigit() for p in parts[1:]
    )


def _owned_place_noun(span: Span, after: Token | None) -> bool:
    """Whether ``span`` is the name of the lower-case place noun right after it that a named
    place owns ("Afghanistan's Maidan Wardak province", "Seattle's Capitol Hill neighborhood"):
    no person or body is named so."""
    return (
        after is not None
        and after.pos_ == "NOUN"
        and after.lower_ in PLACE_HEADS
        and span.root.head == after
        and any(
            c.dep_ in POSSESSIVE_LABELS and c.ent_type_ in ("LOCATION", "COUNTRY", "GPE")
            for c in after.children
            if c.i < span.start
        )
    )


def _dateline_place(span: Span) -> bool:
    """Whether the name is the place of a dateline: capitals opening a sentence that ends at the
    dateline's dash, with only the source in brackets between ("PALMA (Wikinews) -", "DEN HAAG
    -"). The sentence marker (extract/components/paragraphs.py) ends a dateline at its dash."""
    if not span.text.isupper() or span.start != span.sent.start:
        return False
    rest = span.doc[span.end : span.sent.end]
    return len(rest) > 0 and rest[-1].text in DASHES and (len(rest) == 1 or rest[0].text == "(")


@lru_cache(maxsize=1 << 16)
def _acronym(text: str) -> bool:
    """'NSC', 'VVD', 'D66', 'PvdA' (capitals, digits, a few lower-case letters inside)."""
    letters = [c for c in text if c.isalnum()]
    uppers = sum(c.isupper() for c in letters)
    return (
        2 <= len(letters) <= 6
        and uppers >= 2
        and uppers + sum(c.isdigit() for c in letters) >= len(letters) - 2
        and text[:1].isupper()
    )


def _not_a_name(span: Span) -> bool:
    """Time zones, currencies and amounts ("UTC", "US $", "EUR", "US dollars") are no names,
    nor words without a Latin letter: the languages we read write names in Latin letters, and a
    Hindi or Greek passage quoted in a story ("है", "नहीं") is words the model cannot read."""
    # the document's tokens and each word's text once: a span makes new Tokens at every walk,
    # and its text joins them anew (no letter of a name is a space, so its words' texts do)
    doc = span.doc
    every = doc_tokens(doc)
    start, end = span.start, span.end
    tokens = every[start:end]
    texts = [t.text for t in tokens]
    if (
        any(text in CURRENCY for text in texts)
        or all(t.lower_ in NOT_NAMES or t.like_num for t in tokens)
        or not any(map(_has_latin_letter, texts))
    ):
        return True
    if end >= len(every):
        return False
    after = every[end]
    return ((len(tokens) == 1 or span.label_ == "COUNTRY") and after.text in CURRENCY) or (
        span.label_ == "COUNTRY" and after.lower_ in CURRENCY_WORDS
    )


def _has_latin_letter(text: str) -> bool:
    """Whether ``text`` has a letter of the Latin script ("Zelensky", "Łódź"; not "है")."""
    return any(ch.isascii() and ch.isalpha() or ch.isalpha() and _latin(ch) for ch in text)


@lru_cache(maxsize=4096)
def _latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


def _written_as_a_name(span: Span) -> bool:
    """Whether the words are written as a name: with a capital ("bison", "per cubic meter", "el
    mandato del pueblo" or words of a script without capitals are not), and with no editor's
    bracket inside a word ("[W]e must", "[I]t's")."""
    return any(c.isupper() for c in span.text) and not any(
        len(t.text) > 1 and ("[" in t.text or "]" in t.text) for t in span
    )


def _first_names_agree(written: str, entry: KBEntry) -> bool:
    """True if the first name of ``written`` ("Arno Rutte", "M. Rutte") fits one of the entry's
    full names ("Mark Rutte"): the same word, or an initial of it."""
    first = fold(written, articles=False).split()
    if len(first) < 2:
        return True
    last = first[-1]
    full = [fold(a, articles=False).split() for a in (entry.label, *entry.aliases)]
    full = [a for a in full if len(a) >= 2 and a[-1] == last]
    if not full:
        return True  # no full name with this surname to compare with
    mine = first[0]
    for other in full:
        theirs = other[0]
        if (
            mine == theirs
            or (len(mine) == 1 and theirs.startswith(mine))
            or (len(theirs) == 1 and mine.startswith(theirs))
        ):
            return True
    return False


def _is_junk(span: Span, words: Counter[str], known: bool = False) -> bool:
    """A lone sentence-initial capitalised word that is not a name ("Gevraagd", "Ondertussen").

    ``words`` counts the doc's words: a tagger may call a capitalised sentence opener PROPN,
    and the word written lower case elsewhere in the doc gives it away. A ``known`` name (a
    knowledge-base alias) opening a sentence counts even when the tagger did not call it PROPN
    ("Zelensky had maandag ..." with Zelensky tagged ADV), and so does one in apposition to a
    noun later in the sentence.
    """
    if len(span) != 1:
        return False
    token = span[0]
    initial = token.is_sent_start or (token.i > 0 and token.nbor(-1).text in QUOTES)
    if not initial:
        # "op het Spaanse eiland Mallorca" with Mallorca tagged ADV: a known name in apposition
        # to a noun (or hung on it with no preposition) names what the noun says
        if known and _apposed_to_noun(token):
            return False
        return token.pos_ in ("ADV", "VERB", "AUX", "SCONJ", "CCONJ", "DET", "PRON", "ADP")
    if token.pos_ != "PROPN" and not known:
        return True
    return words[token.lower_] > (token.text == token.lower_)


def _apposed_to_noun(token: Token) -> bool:
    """Whether ``token`` follows the noun it hangs on as its apposition or as a bare modifier
    without a preposition ("eiland Mallorca")."""
    head = token.head
    if head.pos_ != "NOUN" or head.i >= token.i:
        return False
    if token.dep_ in ("appos", "nmod"):
        return not any(c.dep_ == "case" for c in children(token))
    return False


class _Person(NamedTuple):
    """A person the model found by two words or more, as :func:`_two_surnames_side_by_side`
    reads it: where the name starts, its first and last words, its text."""

    start: int
    first: str
    last: str
    text: str


def _full_named_people(model_ents: Iterable[Span]) -> list[_Person]:
    """The people of ``model_ents`` (the document's ``doc.ents``) named by two words or more,
    read once per document: every two-word name the name finder cuts asks after them, and a
    span's words and text are made anew at each read."""
    return [
        _Person(e.start, e[0].text, e[-1].text, e.text)
        for e in model_ents
        if MODEL_LABELS.get(e.label_) == "PERSON" and len(e) > 1
    ]


def _two_surnames_side_by_side(span: Span, people: list[_Person]) -> bool:
    """Whether a two-word name is the surnames of two people the model found by their full
    names (``people``: :func:`_full_named_people`), written side by side where a verb comes last
    ("volgens hem had Harris Biden aangevallen" after "Kamala Harris" and "Joe Biden"): each
    word ends another person's name of two words or more, and neither opens one ("Harris" is no
    first name of the document's)."""
    if len(span) != 2:
        return False
    first, last = span[0].text, span[1].text
    others = [p for p in people if p.start != span.start]
    ends = {p.last: p.start for p in others}
    opens = {p.first for p in others}
    return (
        first in ends
        and last in ends
        and ends[first] != ends[last]
        and not {first, last} & opens
        and span.text not in {p.text for p in others}
    )


def _full_name_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the people the model found by more than one word ("Kelly" of "Bridget
    Kelly"), read once per :meth:`NameFinder.find` (:func:`_read_model_people`)."""
    return _model_people_memo(doc)[1]


def _model_people(doc: Doc) -> tuple[tuple[int, int], ...]:
    """(start, end) of each person the model found (``doc.ents`` labelled PERSON or PER, before
    the name finder sets its own), read once per :meth:`NameFinder.find`."""
    return _model_people_memo(doc)[0]


def _model_people_memo(doc: Doc) -> tuple[tuple[tuple[int, int], ...], frozenset[str]]:
    """The model's people and their surnames as :func:`_read_model_people` last read them for
    ``doc``, or read now."""
    found = last_document_memo(_LAST_MODEL_PEOPLE, doc).get("people")
    return found if found is not None else _read_model_people(doc)


def _read_model_people(doc: Doc) -> tuple[tuple[tuple[int, int], ...], frozenset[str]]:
    """Read the model's people of ``doc`` afresh (:func:`_model_people`, their surnames
    :func:`_full_name_surnames`) and remember them for the document: ``doc.ents`` builds every
    span anew, and the typing of each name asked for them (a few milliseconds per article).
    :meth:`NameFinder.find` reads them first, so a document whose names were set meanwhile is
    read again."""
    people = [ent for ent in doc.ents if ent.label_ in ("PERSON", "PER")]
    found = (
        tuple((ent.start, ent.end) for ent in people),
        frozenset(ent[-1].text for ent in people if len(ent) > 1),
    )
    last_document_memo(_LAST_MODEL_PEOPLE, doc)["people"] = found
    return found


#: The memo of :func:`_model_people`: {"people": (their spans, their surnames)}.
_LAST_MODEL_PEOPLE: list = [None]


def _pieces(span: Span) -> list[Span]:
    """A model span cut at commas, brackets, dashes and possessives inside it: "Karipur, Kerala"
    is two places, "National Hurricane Center (NHC" a name and its acronym, "Apple Computer's Mac
    OS" a company and what it owns (but "People's Party", "Tigray People's Liberation Front" and
    "Public Prosecutor's Office" are one name each)."""
    doc = span.doc
    out, start = [], span.start
    for t in span:
        if t.lower_ in FLIGHT_WORDS and t.i > start:
            out.append(doc[start : t.i])  # "Adam Air Flight 574": the airline, not the flight
            return out
        spaced_dash = (
            t.text in ("—", "–")
            and (bool(t.whitespace_) or (t.i > 0 and bool(doc[t.i - 1].whitespace_)))
        ) or _dash_before_a_number(t)
        # "Apple Computer's", not "People's Party" or "McDonald's"
        possessive = (
            t.lower_ in ("'s", "’s")
            and sum(x.pos_ != "DET" for x in doc[start : t.i]) >= 2
            and not any(x.lower_ in ORG_HEADS | POSSESSIVE_NAME_HEADS for x in doc[t.i : span.end])
        )
        if t.text in (",", "(", ")", ";", "/") or spaced_dash or possessive:
            if t.i > start:
                out.append(doc[start : t.i])
            start = t.i + 1
    if start < span.end:
        out.append(doc[start : span.end])
    return out


def _dash_before_a_number(token: Token) -> bool:
    """A hyphen between spaces before a number is a dash, not a hyphen inside a name: "Scottish
    National Party - 48" (but "Wal - Mart", as tokenised text writes "Wal-Mart", is one name)."""
    doc = token.doc
    return (
        token.text == "-"
        and bool(token.whitespace_)
        and token.i > 0
        and bool(doc[token.i - 1].whitespace_)
        and token.i + 1 < len(doc)
        and doc[token.i + 1].like_num
    )


#: Words after a number that make it a quantity, no part of the name before it.
_QUANTITY_UNITS = MEASURE_UNITS | CURRENCY_WORDS


def _named_alone(name: Span) -> bool:
    """Whether the document writes ``name``'s words elsewhere as a name of its own, not after a
    preposition or particle and not inside a longer capitalised run ("het softwarebedrijf Red Hat"
    for "van Red Hat"; "Van Vroonhoven zei" is the surname again, no name of its own)."""
    doc, words = name.doc, [t.text for t in name]
    n = len(words)
    for i in range(len(doc) - n + 1):
        if i == name.start or doc[i].text != words[0]:
            continue
        if [t.text for t in doc[i : i + n]] != words:
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[i + n] if i + n < len(doc) else None
        if before is not None and (
            before.lower_ in OF_PREPOSITIONS
            or before.lower_ in NAME_PARTICLES
            or (_capitalised(before) and not before.is_sent_start)
        ):
            continue
        if after is not None and _capitalised(after):
            continue
        return True
    return False


def _strip_edges(span: Span) -> Span | None:
    """Drop leading articles and trailing punctuation the NER sometimes includes, the verb that
    opens a question ("Has Zaldor Motors paid?", "Heeft Zaldor Motors betaald?": :func:`_asks`),
    the sentence's adverb before the article (:func:`_opening_adverb`), and a quantity after
    the name (numbers and their unit or currency: :data:`MEASURE_UNITS`,
    :data:`CURRENCY_WORDS`)."""
    start, end = span.start, span.end
    doc = span.doc
    tokens = doc_tokens(doc)  # made once: ``doc[i]`` makes a new Token at every look
    while start < end and (
        tokens[start].pos_ in ("DET", "PUNCT")
        or tokens[start].text in QUOTES
        or tokens[start].is_space
        or (end - start > 1 and _asks(tokens[start]))
        or _opening_adverb(tokens, start, end)
    ):
        start += 1
    unit = next(
        (  # "(placed) Humberto 785 miles (west)", "Victoria 1.6%": a quantity after the name
            i
            for i in range(start + 1, end - 1)
            if tokens[i].like_num and tokens[i + 1].lower_ in _QUANTITY_UNITS
        ),
        None,
    )
    if unit is not None:
        end = unit
        while end - 1 > start and tokens[end - 1].like_num:
            end -= 1  # "(lend) Ukraine 4.5 billion dollars": the whole amount, its scale word too
    while end > start and (
        tokens[end - 1].pos_ == "PUNCT"
        or tokens[end - 1].is_space  # a name on a line of its own ("Naruto\n\n")
        or tokens[end - 1].text in QUOTES
        or tokens[end - 1].text == "'s"
        or (end - start > 1 and tokens[end - 1].lower_ in NAME_CONNECTORS)  # "Patrice Talon of"
    ):
        end -= 1
    # Span(doc, ...) is doc[start:end] without the slice's checks (a third of the cost)
    return Span(doc, start, end) if end > start else None


def _opening_adverb(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the span opens with its sentence's adverb before an article ("Later the
    Emergencies Ministry said"), which the model takes into the name: a name goes on after its
    article, it does not open before it."""
    return (
        end - start > 2
        and tokens[start].pos_ == "ADV"
        and tokens[start + 1].pos_ == "DET"
        and _opens_sentence(tokens[start])
    )


def _asks(token: Token) -> bool:
    """Whether a token is the auxiliary that opens a question, put before its subject ("Will
    Rocky Linux replace it?", "Zal Zaldor Bank betalen?"): no word of the name after it."""
    if token.pos_ != "AUX":
        return False
    return _opens_sentence(token) and any(t.text == "?" for t in token.sent[-2:])


def _opens_sentence(token: Token) -> bool:
    """Whether a token is its sentence's first word, after punctuation, spaces and a bracketed
    speaker's tag ("((WN))  Will Rocky Linux ...?", as Wikinews writes its interviews)."""
    depth = 0
    for before in token.doc[token.sent.start : token.i]:
        if before.text in ("(", "["):
            depth += 1
        elif before.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth == 0 and not (before.is_punct or before.is_space):
            return False
    return depth == 0


def _listed_apart(
    doc: Doc, runs: Iterable[tuple[int, int]], apart: frozenset[int] = frozenset()
) -> Iterable[tuple[int, int]]:
    """Runs cut where "and"/"en" follows an organisation's head word and a name of two words
    or more follows: "Shanghai Airlines and Xiamen Airlines" is two companies ("Procter and
    Gamble", "Citizens Bank and Trust Company" are not cut there, nor the "GitHub Trust and
    Safety" team: "Safety" names nothing alone); and at each coordinator of ``apart``, between
    two names the model found (``NameFinder._model_coordinators``: "the University of Miami and
    Apex Shark Expeditions")."""
    for start, end in runs:
        for k in range(start + 1, end - 1):
            if doc[k].lower_ in LIST_AND and (
                (
                    doc[k - 1].lower_ in ORG_HEADS
                    and doc[k + 1].lower_ not in ORG_HEADS
                    and end - k > 2
                )
                or k in apart
            ):
                yield start, k
                start = k + 1
        yield start, end


def _joined_across(
    runs: Iterable[tuple[int, int]], joins: Callable[[range], bool]
) -> Iterable[tuple[int, int]]:
    """Runs joined where the tokens between two of them (their indices, never none) pass
    ``joins``."""
    pending: tuple[int, int] | None = None
    for start, end in runs:
        if pending is not None and start > pending[1] and joins(range(pending[1], start)):
            pending = (pending[0], end)
            continue
        if pending is not None:
            yield pending
        pending = (start, end)
    if pending is not None:
        yield pending


def _hyphen_joined(doc: Doc, runs: Iterable[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """Runs joined across a hyphen written without spaces, which the tokeniser splits off:
    "Agence France-Presse" is one run, so the known name is found whole and "France" in it is
    no mention of France ("Trump - Kim" written with spaces stays two runs)."""
    return _joined_across(
        runs,
        lambda gap: (
            len(gap) == 1
            and doc[gap[0]].text == "-"
            and not doc[gap[0] - 1].whitespace_
            and not doc[gap[0]].whitespace_
        ),
    )


def _and_joined(doc: Doc, runs: Iterable[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """Runs joined across one "and" of any language ("en"), where the runs stop, so that a
    known name that holds it is found whole: "Bosnië en Herzegovina", "Organisatie voor
    Economische Samenwerking en Ontwikkeling". Only for looking names up: a name is a known
    one, or the runs' own names are found as before."""
    return _joined_across(runs, lambda gap: len(gap) == 1 and doc[gap[0]].lower_ in LIST_AND)


def _possessive_joined(
    doc: Doc, runs: Iterable[tuple[int, int]], known: Callable[[str], bool]
) -> Iterable[tuple[int, int]]:
    """Runs joined across a possessive "'s" that stops them, so that a known name that holds
    one is found whole ("People's Republic of China" is China, one mention, not "China" and a
    stray "People"). Only for looking names up, like :func:`_and_joined`; a name never opens
    or ends at the mark ("Putin's Russia" stays two names). Not after a word that is a
    ``known`` name itself, which owns what follows ("Syria's Government", a Phoenix alias of
    Assad, is Syria's), nor across a bare apostrophe, the possessive of a plural owner: "the
    United Nations' Food and Agriculture Organization" names two bodies, though one folded name
    of the knowledge base reads so."""
    return _joined_across(
        runs,
        lambda gap: (
            len(gap) == 1
            and doc[gap[0]].text in POSSESSIVE_MARKS
            and doc[gap[0]].lower_.endswith("s")
            and not known(doc[gap[0] - 1].text)
        ),
    )


def _particle_joined(doc: Doc, runs: Iterable[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """Runs joined across the particles of a person's name, which stop them ("Ursula von der
    Leyen": "von der" between "Ursula" and "Leyen"), so that a known name that holds them is
    found whole. Only for looking names up, like :func:`_and_joined`."""
    return _joined_across(
        runs, lambda gap: len(gap) <= 3 and all(doc[k].lower_ in NAME_PARTICLES for k in gap)
    )


def _capitalised_runs(doc: Doc) -> Iterable[tuple[int, int]]:
    """Maximal runs of capitalised tokens, allowing name connectors inside ("Ministerie van
    Defensie").

    The name finder asks four times per document: the runs of the last document are remembered
    (tokens never change once a document is made, only its entities do)."""
    memo = last_document_memo(_LAST_RUNS, doc)
    if "runs" not in memo:
        memo["runs"] = tuple(_find_capitalised_runs(doc))
    return memo["runs"]


#: The memo of :func:`_capitalised_runs` (see ``last_document_memo``).
_LAST_RUNS: list = [None]


def _find_capitalised_runs(doc: Doc) -> Iterable[tuple[int, int]]:
    # one Token object and one test per token, rather than a ``doc[j]`` at every look
    tokens = doc_tokens(doc)
    capital = _capital_flags(doc)
    i = 0
    n = len(doc)
    while i < n:
        if capital[i]:
            j = i + 1
            while j < n:
                if capital[j] or (
                    (
                        tokens[j].lower_ in NAME_CONNECTORS
                        # "Voedsel- en Landbouworganisatie": a compound's first half, cut
                        # short before "en", and its second half are one name
                        or (tokens[j - 1].text.endswith("-") and tokens[j].lower_ in COORDINATORS)
                    )
                    and j + 1 < n
                    and capital[j + 1]
                ):
                    j += 1
                elif (
                    tokens[j].lower_ in COMPLEMENT_PREPOSITIONS
                    and j + 2 < n
                    and tokens[j + 1].lower_ in DEFINITE_ARTICLES
                    and capital[j + 2]
                ):
                    j += 2  # "Court of Appeals for the Third Circuit"
                elif (
                    tokens[j].lower_ in ARABIC_ARTICLES
                    and j + 2 < n
                    and tokens[j + 1].text == "-"
                    and capital[j + 2]
                ):
                    j += 2  # "Bashar al-Assad", tokenised "al", "-", "Assad"
                else:
                    break
            yield i, j
            i = j
        else:
            i += 1


def _capital_flags(doc: Doc) -> list[bool]:
    """``_capitalised`` of every token, remembered per document: the runs and the organisation
    compounds test every token of the document."""
    memo = last_document_memo(_LAST_CAPITALS, doc)
    found = memo.get("capital")
    if found is None:
        found = memo["capital"] = token_flags(doc, ORTH, _capital_first, _capital_first)
    return found


#: The memo of :func:`_capital_flags` (see ``last_document_memo``).
_LAST_CAPITALS: list = [None]


def _capitalised(token: Token) -> bool:
    return _capital_first(token.text)


def _capital_initial(text: str) -> bool:
    """Whether a word starts with a capital (a test of every distinct word, remembered)."""
    return text[:1].isupper()


def _ministry_word(word: str) -> bool:
    """Whether a word in lower case ends in a ministry noun ("ministerie", "staatsministerie";
    namewords kind ``ministry``; a test of every distinct word, remembered)."""
    return word.endswith(MINISTRY_WORDS)


def _capital_first(text: str) -> bool:
    """Whether ``text`` starts with a capital and has a letter ("Poetin", "NAVO", "G7"), or
    with an Arabic article before a capital ("al-Qaida")."""
    # a capital letter first: no need to look further for a letter
    if text[:1].islower() and "-" in text:
        # "al-Qaida", "el-Sisi": an Arabic article before a capitalised name
        article, _, rest = text.partition("-")
        return article in ARABIC_ARTICLES and rest[:1].isupper()
    return (
        bool(text) and text[0].isupper() and (text[0].isalpha() or any(c.isalpha() for c in text))
    )


def _word_counts(doc: Doc) -> Counter[str]:
    """How often each word (``token.text``) occurs in ``doc``, counted from one array of the
    words rather than a string made per token."""
    strings = doc.vocab.strings
    return Counter({strings[h]: n for h, n in Counter(doc.to_array(ORTH).tolist()).items()})


def _capitalised_word(text: str) -> bool:
    """A word of letters with a capital first ("Schoof"), no acronym or number ("NAVO", "19")."""
    return text.isalpha() and text[:1].isupper() and not text.isupper()


def make_name_finder(nlp: Language, name: str, kb: KnowledgeBase, lexicon: Lexicon) -> NameFinder:
    """Factory body for ``newsgraph_names`` (registered in :mod:`extract.pipeline`)."""
    return NameFinder(name, kb=kb, lexicon=lexicon, scheme=scheme_for(nlp))
