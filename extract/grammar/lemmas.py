"""A second opinion on lemmas, from spacy-lookups-data's lookup tables.

A trained lemmatizer sometimes returns a word form unchanged ("viel", "overlegen"
for "overlegde", "gewezen"); a relation is then lost because the lexicon lists the
infinitive. The lookup table of the language, where spacy-lookups-data has one,
gives the dictionary lemma of known forms; ``participles.<lang>.tsv`` adds the
(strong) participles it lacks, and a form that starts with a separable particle of
``particles.<lang>.txt`` is looked up without it ("teruggetrokken" -> "terug" +
"trekken"). Languages without these files simply get less of a second opinion.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache

import numpy
import srsly
from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Token

from extract.grammar.syntax import (
    LabelScheme,
    _is_speech_verb,
    _one_of,
    children,
    doc_lang,
    doc_tokens,
    has_infinitive_marker,
    last_document_memo,
    sentence_bounds,
    tokens_where,
    verb_lemmas,
)
from extract.lexicon import (
    DEFAULT_LEXICON_DIR,
    load_lexicon,
    read_table,
    read_word_list,
    text_field,
)

#: spacy-lookups-data's form -> lemma tables already in memory, by language (``share_lookup``).
_SHARED_LOOKUPS: dict[str, dict[str, str]] = {}


def share_lookup(lang: str, table: dict[str, str]) -> None:
    """Let :func:`lemma_table` take ``lang``'s spacy-lookups-data table from ``table`` instead of
    reading its file again: the Dutch model's word-class component loads the same table with the
    model (a sixth of a second to read; a test checks the two are the same). The table is not
    changed."""
    _SHARED_LOOKUPS.setdefault(lang, table)


@lru_cache(maxsize=None)
def lemma_table(lang: str) -> dict[str, str]:
    """Word form -> lemma for ``lang`` (empty when spacy-lookups-data has no table), with the
    language's ``participles`` lexicon on top."""
    table: dict[str, str] = _SHARED_LOOKUPS.get(lang, {})
    try:
        import spacy_lookups_data
    except ImportError:
        spacy_lookups_data = None
    if spacy_lookups_data is not None and lang not in _SHARED_LOOKUPS:
        path = os.path.join(
            os.path.dirname(spacy_lookups_data.__file__), "data", f"{lang}_lemma_lookup.json.gz"
        )
        if os.path.exists(path):
            table = srsly.read_gzip_json(path)
    extra = DEFAULT_LEXICON_DIR / f"participles.{lang}.tsv"
    if extra.is_file():
        table = dict(table)
        for _, row in read_table(extra, {"form": text_field, "lemma": text_field}):
            table[str(row["form"]).lower()] = str(row["lemma"]).lower()
    return table


@lru_cache(maxsize=None)
def particles(lang: str) -> tuple[str, ...]:
    """The separable particles of ``lang``, longest first (empty without a ``particles`` list)."""
    path = DEFAULT_LEXICON_DIR / f"particles.{lang}.txt"
    return tuple(sorted(read_word_list(path), key=len, reverse=True)) if path.is_file() else ()


@lru_cache(maxsize=1 << 16)
def lookup_lemma(lang: str, word: str) -> str | None:
    """The table lemma of ``word`` (lower-cased), or None.

    >>> lookup_lemma("nl", "overlegde")
    'overleggen'
    >>> lookup_lemma("nl", "gewezen"), lookup_lemma("nl", "teruggetrokken")
    ('wijzen', 'terugtrekken')

    A weak participle or past form with the inflection -e the table lacks is looked up without
    it: "de door Servië gelegerde troepen" (gelegerd), "beklaagde" (beklaagd), "ingezette"
    (ingezet).

    >>> lookup_lemma("nl", "gelegerde"), lookup_lemma("nl", "beklaagde")
    ('legeren', 'beklagen')
    >>> lookup_lemma("nl", "ingezette")
    'inzetten'
    """
    found = _table_lemma(lang, word)
    if found is None and word.lower().endswith(("de", "te")) and len(word) > 5:
        # "ingezette": the inflection doubles the final consonant of "ingezet"
        doubled = word[-3].lower() == word[-2].lower()
        found = _table_lemma(lang, word[:-1]) or (
            _table_lemma(lang, word[:-2]) if doubled else None
        )
    return found


def _table_lemma(lang: str, word: str) -> str | None:
    """The table lemma of ``word`` itself, or of its rest after a separable particle."""
    table = lemma_table(lang)
    found = table.get(word.lower()) or table.get(word)
    if found:
        return found
    lower = word.lower()
    for particle in particles(lang):
        rest = lower[len(particle) :]
        if lower.startswith(particle) and len(rest) >= 4 and rest in table:
            return particle + table[rest]
    return None


def verb_lemmas_of(verb: Token, scheme: LabelScheme, lang: str) -> list[str]:
    """:func:`extract.grammar.syntax.verb_lemmas` with ``lang``'s lemma table as the second
    opinion, remembered per document: events and relations ask it of the same verbs."""
    memo = last_document_memo(_LAST_VERB_LEMMAS, verb.doc)
    key = (verb.i, scheme.name, lang)
    found = memo.get(key)
    if found is None:
        lemmas = verb_lemmas(
            verb, scheme, lambda form: lookup_lemma(lang, form), model_lemma(verb, lang)
        )
        found = memo[key] = tuple(
            _speech_phrase_verbs(verb, scheme, lang, lemmas)
            + _stray_particle_verbs(verb, scheme, lang, lemmas)
            + _misplaced_particle_verbs(verb, scheme, lang, lemmas)
            + lemmas
        )
    return list(found)


def _speech_phrase_verbs(
    verb: Token, scheme: LabelScheme, lang: str, lemmas: list[str]
) -> list[str]:
    """The two-word speech verb of ``speech.<lang>.tsv`` ("laten weten") that ``verb`` makes with
    a verb the parser split from it, as the parses of "De minister liet weten dat ..." and "heeft
    laten weten dat ..." have it: ``verb`` a bare infinitive that the verb before it governs as
    an open clause (the reported clause hangs on "weten", which borrows the governor's subject),
    or that verb hung as an auxiliary on ``verb`` ("liet via X weten: ..."); or ``verb`` the
    governor of such an infinitive (or of "weten" taken for its particle, which joins
    "wetenlaten" first) when the reported clause hangs on the governor. An infinitive with
    "te" ("weet te melden") is another construction; a pair the speech list lacks adds none, so
    other verbs keep their lemmas."""
    pairs = []
    if _bare_infinitive_of(verb, verb.head):
        pairs.append((_lemma_forms(verb.head, lang), lemmas))
    pairs += [
        (_lemma_forms(c, lang), lemmas)
        for c in children(verb)
        if c.dep_ == "aux" and c.i < verb.i and c.pos_ in ("VERB", "AUX")
    ]
    if any(c.dep_ in scheme.complement for c in children(verb)):
        # the infinitive as an open clause, or taken for the governor's particle ("laten weten")
        pairs += [
            (lemmas, _lemma_forms(c, lang))
            for c in children(verb)
            if _bare_infinitive_of(c, verb, scheme.particle)
        ]
    found = [
        f"{first} {second}"
        for firsts, seconds in pairs
        for first in firsts
        for second in seconds
        if " " not in first + second and _is_speech_verb(lang, f"{first} {second}")
    ]
    return list(dict.fromkeys(found))


def speech_phrase_governor(verb: Token) -> Token | None:
    """The verb that ``verb``, its bare infinitive, makes a two-word speech verb of
    ``speech.<lang>.tsv`` with ("De minister liet Rusland weten dat ..."): the governor's
    subject speaks and its object is spoken to, where under another verb the object does what
    the infinitive says ("liet Jansen gaan"). None when ``verb`` makes no such pair."""
    governor = verb.head
    if not _bare_infinitive_of(verb, governor):
        return None
    lang = doc_lang(verb.doc)
    pairs = (
        f"{first} {second}"
        for first in _lemma_forms(governor, lang)
        for second in _lemma_forms(verb, lang)
        if " " not in first + second
    )
    return governor if any(_is_speech_verb(lang, pair) for pair in pairs) else None


def _bare_infinitive_of(verb: Token, governor: Token, labels: Iterable[str] = ()) -> bool:
    """Whether ``verb`` is an infinitive without "te" that ``governor``, a verb before it, governs
    as an open clause ("liet weten") or with one of ``labels``."""
    return (
        (verb.dep_ == "xcomp" or verb.dep_ in labels)
        and verb.head == governor
        and governor != verb
        and governor.i < verb.i
        and governor.pos_ in ("VERB", "AUX")
        and verb.morph.get("VerbForm") == ["Inf"]
        and not has_infinitive_marker(verb)
    )


def _lemma_forms(verb: Token, lang: str) -> list[str]:
    """The model's lemma of ``verb`` and the lemma table's."""
    forms = [model_lemma(verb, lang), (lookup_lemma(lang, verb.lower_) or "").lower()]
    return [f for f in dict.fromkeys(forms) if f]


def model_lemma(verb: Token, lang: str) -> str:
    """The model's lemma of ``verb`` without a separable particle it made up: the Dutch
    lemmatizer sometimes puts one before a bare verb ("om Iran af te schrikken": "uitschrikken",
    "sloot de klinieken": "aansluiten"), and the verb then joins its real particle to the wrong
    lemma ("afuitschrikken"). A particle is made up when the form does not start with it, no word
    of the sentence is that particle, and the rest is a verb of the lemma table ("schrikken").
    A lemma that neither the lemma table nor the verb lexicons hold ("twitterde": "twittren")
    gives way to the table's lemma of the form where a verb lexicon holds that ("twitteren", a
    speech verb), so every route reads the verb the lexicon knows; a lemma a lexicon holds stays
    ("annexed": "annex", where the English table has "annexe")."""
    lemma = verb.lemma_.lower()
    form = verb.lower_
    known = _known_verb_of_form(lang, lemma, form)
    if known:
        return known
    for particle in _leading_particles(lang, lemma):
        rest = lemma[len(particle) :]
        if not form.startswith(particle) and len(rest) >= 4:
            if rest in _infinitives(lang) and not _sentence_has_word(verb, particle):
                return rest
            break
    return lemma


@lru_cache(maxsize=1 << 14)
def _known_verb_of_form(lang: str, lemma: str, form: str) -> str | None:
    """The lemma table's lemma of ``form`` when the lexicons know it as a verb and know
    neither ``lemma`` (the model's) nor does the table hold it: the model made up a word."""
    infinitives = _infinitives(lang)
    if not infinitives or lemma in infinitives or _lexicon_verb(lang, lemma):
        return None
    found = (_table_lemma(lang, form) or "").lower()
    return found if found in infinitives and _lexicon_verb(lang, found) else None


def _lexicon_verb(lang: str, lemma: str) -> bool:
    """Whether ``lang``'s verb or speech lexicon holds ``lemma``."""
    return _is_speech_verb(lang, lemma) or _has_verb_type(lang, lemma)


@lru_cache(maxsize=1 << 14)
def _has_verb_type(lang: str, lemma: str) -> bool:
    """Whether ``lang``'s verb lexicon holds ``lemma``; no for a language without one."""
    if not (DEFAULT_LEXICON_DIR / f"verbs.{lang}.tsv").is_file():
        return False
    return load_lexicon(lang).verb_type(lemma) is not None


@lru_cache(maxsize=1 << 14)
def _leading_particles(lang: str, lemma: str) -> tuple[str, ...]:
    """The separable particles of ``lang`` that ``lemma`` starts with, in the order of
    :func:`particles` (remembered: every verb of every document asks, most of none)."""
    return tuple(p for p in particles(lang) if lemma.startswith(p))


def _sentence_has_word(token: Token, word: str) -> bool:
    """Whether a word of ``token``'s sentence is ``word`` (lower case)."""
    start, end = sentence_bounds(token)
    return any(t.lower_ == word for t in doc_tokens(token.doc)[start:end])


#: Labels the Dutch model gives a separable particle it takes for an adverb ("werkt nauw samen
#: met", "trok troepen samen": advmod, advcl); a real particle is ``scheme.particle``.
_STRAY_PARTICLE_DEPS = frozenset({"advmod", "advcl", "xcomp"})


def _stray_particle_verbs(
    verb: Token, scheme: LabelScheme, lang: str, lemmas: list[str]
) -> list[str]:
    """The separable verbs ``verb`` forms with a particle of ``particles.<lang>.txt`` that the
    parser hung under it as an adverb after it ("India trok twee divisies samen": samentrekken,
    not trekken), also with an adverb of its own ("werkt nauw samen met": samenwerken), when the
    lemma table knows the joined verb; most specific first, like the particles
    :func:`verb_lemmas` joins."""
    known = particles(lang)
    if not known:
        return []
    out = []
    for child in children(verb):
        if (
            child.i > verb.i
            and child.dep_ in _STRAY_PARTICLE_DEPS
            and child.dep_ not in scheme.particle
            and child.pos_ in ("ADV", "ADJ", "ADP")
            and all(_particle_dependent(g, child, scheme) for g in children(child))
            and child.lower_ in known
        ):
            out += [
                child.lower_ + lemma
                for lemma in lemmas
                if " " not in lemma and child.lower_ + lemma in _infinitives(lang)
            ]
    return list(dict.fromkeys(out))


def _particle_dependent(word: Token, particle: Token, scheme: LabelScheme) -> bool:
    """Whether ``word``, hung on a stray ``particle``, leaves it a particle: an adverb of its
    own before it ("werkt nauw samen"), or a phrase after it that belongs to the verb ("werkt
    samen bij het opsporen van ...": "bij het opsporen" on "samen")."""
    if word.dep_ == "advmod" and word.i < particle.i:
        return True
    return (
        word.i > particle.i
        and word.dep_ in scheme.oblique
        and any(c.dep_ in scheme.case for c in children(word))
    )


def _misplaced_particle_verbs(
    verb: Token, scheme: LabelScheme, lang: str, lemmas: list[str]
) -> list[str]:
    """The separable verbs ``verb`` forms with a particle the parser hung on a later verb or noun
    of its sentence ("Duitsland zette X, een voor een mesaanval veroordeelde Afghaan, uit": "uit"
    on "veroordeelde"), when the particle makes no verb with its own head ("uitveroordelen"), or
    that head has a particle already ("terug te trekken af": :func:`_has_other_particle`), and
    ``verb`` is the nearest word before it that it does make one with ("uitzetten"). Only a verb
    without a particle of its own takes one; the lemma table decides which verbs exist."""
    known = particles(lang)
    if not known or any(c.dep_ in scheme.particle for c in children(verb)):
        return []
    infinitives = _infinitives(lang)
    # the document's Token objects, made once (a ``doc[a:b]`` makes new ones at every look)
    tokens = doc_tokens(verb.doc)
    sent_start, sent_end = sentence_bounds(verb)
    out = []
    # the particles only, from one list per document, not every word of the rest of the sentence
    for i in _particle_indices(verb.doc, scheme):
        if i <= verb.i:
            continue
        if i >= sent_end:
            break
        particle = tokens[i]
        if (
            particle.head == verb
            or particle.lower_ not in known
            or _joins(particle, particle.head, lang, infinitives)
            and not _has_other_particle(particle, particle.head, scheme)
        ):
            continue
        before = tokens[sent_start : particle.i]
        nearest = next(
            (
                t
                for t in reversed(before)
                if t.pos_ == "VERB"
                and _joins(particle, t, lang, infinitives)
                and not _has_other_particle(particle, t, scheme)
            ),
            None,
        )
        if nearest == verb:
            out += [
                particle.lower_ + lemma
                for lemma in lemmas
                if " " not in lemma and particle.lower_ + lemma in infinitives
            ]
    return list(dict.fromkeys(out))


def _has_other_particle(particle: Token, verb: Token, scheme: LabelScheme) -> bool:
    """Whether ``particle`` comes after ``verb`` while another particle of the verb comes before
    it: a verb takes one, its own before it when it is an infinitive ("terug te trekken"), so of
    "wees de eis om terug te trekken af" the "af" the parser hung on "trekken" too belongs to an
    earlier verb (afwijzen), though "aftrekken" is a verb as well."""
    return particle.i > verb.i and any(
        c.dep_ in scheme.particle and c.i < verb.i for c in children(verb)
    )


def _particle_indices(doc: Doc, scheme: LabelScheme) -> tuple[int, ...]:
    """The indices of the tokens with a particle's label (``scheme.particle``), and of the
    particles of ``particles.<lang>.txt`` the parser took for an adverb of a later verb ("kwamen
    woensdag overeen de banden te herstellen": "overeen" on "herstellen"), in text order;
    remembered per document."""
    memo = last_document_memo(_LAST_PARTICLES, doc)
    found = memo.get(scheme.name)
    if found is None:
        known = frozenset(particles(doc_lang(doc)))
        # only a token with a particle's label or a particle's word can be one: those from
        # the document's arrays, not a look at every token's strings
        labels = [doc.vocab.strings[label] for label in scheme.particle]
        labelled = numpy.flatnonzero(_one_of(doc.to_array(DEP), labels)).tolist()
        words = [t.i for t in tokens_where(doc, LOWER, known.__contains__)]
        tokens = doc_tokens(doc)
        found = memo[scheme.name] = tuple(
            t.i
            for t in (tokens[i] for i in sorted({*labelled, *words}))
            if t.dep_ in scheme.particle
            or t.dep_ in _STRAY_PARTICLE_DEPS
            and t.pos_ == "ADV"
            and t.head.i > t.i
            and t.lower_ in known
            or t.lower_ in known
            and _stacked_on_preposition(t, scheme)
        )
    return found


def _stacked_on_preposition(token: Token, scheme: LabelScheme) -> bool:
    """Whether the parser took a particle for the preposition of the phrase right after it,
    which has a preposition of its own ("zegde zijn bezoek af na uitspraken", "diende zijn ontslag
    in bij de president": "af" and "in" as a second preposition of "uitspraken", "president"):
    a phrase has one preposition, so the first ends the clause as its verb's particle."""
    doc = token.doc
    if token.dep_ not in scheme.case or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    return after.pos_ == "ADP" and after.dep_ in scheme.case and after.head == token.head


#: The memo of :func:`_particle_indices`: {scheme name: token indices}.
_LAST_PARTICLES: list = [None]


def _joins(particle: Token, head: Token, lang: str, infinitives: frozenset[str]) -> bool:
    """Whether ``particle`` and ``head`` make a verb of the lemma table ("uit" + "zette")."""
    lemmas = {head.lemma_.lower(), (lookup_lemma(lang, head.lower_) or "").lower()} - {""}
    return any(particle.lower_ + lemma in infinitives for lemma in lemmas)


@lru_cache(maxsize=None)
def _infinitives(lang: str) -> frozenset[str]:
    """The lemmas of ``lang``'s lemma table: the verbs a stray particle may join."""
    return frozenset(lemma_table(lang).values())


#: The memo of :func:`verb_lemmas_of`: {(verb index, scheme name, language): lemmas}.
_LAST_VERB_LEMMAS: list = [None]
