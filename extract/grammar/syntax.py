"""Dependency-label schemes and the small helpers that relation patterns share.

Our Dutch pipeline speaks Universal Dependencies (``obj``, ``obl``,
``nsubj:pass``); spaCy's English pipeline speaks ClearNLP (``dobj``, ``pobj``,
``nsubjpass``, ``agent``). Patterns ask the scheme, never a raw label, so a new
language with a UD parser needs no code. The scheme is chosen from the labels
the parser declares.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Collection, Hashable, Iterable, Iterator, Mapping
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from extract.lexicon import (
    DEFAULT_LEXICON_DIR,
    load_lexicon,
    read_table,
    read_word_list,
    text_field,
)
from extract.name_words import name_words


@dataclass(frozen=True)
class LabelScheme:
    """Named sets of dependency labels, so patterns read as grammar, not as label strings."""

    name: str
    subject: frozenset[str]
    passive_subject: frozenset[str]
    object: frozenset[str]
    oblique: frozenset[str]
    agent: frozenset[str]
    conj: frozenset[str]
    appos: frozenset[str]
    particle: frozenset[str]
    negation: frozenset[str]
    complement: frozenset[str]
    open_clause: frozenset[str]
    name_part: frozenset[str]
    modifier: frozenset[str]
    possessive: frozenset[str]
    #: ClearNLP hangs the noun under its preposition (prep -> pobj); UD hangs the preposition under
    #: the noun (case).
    preposition_heads_noun: bool
    case: frozenset[str] = frozenset({"case"})
    #: UD hangs a copula under its predicate; ClearNLP makes the copula the head.
    copula: frozenset[str] = frozenset()
    #: ClearNLP's label of a noun predicated by the copula it hangs on ("is a critic": attr).
    predicate: frozenset[str] = frozenset()


UD = LabelScheme(
    name="ud",
    subject=frozenset({"nsubj", "csubj"}),
    passive_subject=frozenset({"nsubj:pass", "csubj:pass"}),
    object=frozenset({"obj", "iobj"}),
    oblique=frozenset({"obl", "obl:arg", "nmod", "obl:tmod", "nmod:poss"}),
    agent=frozenset({"obl:agent"}),
    conj=frozenset({"conj"}),
    appos=frozenset({"appos"}),
    particle=frozenset({"compound:prt"}),
    negation=frozenset(),
    complement=frozenset({"ccomp", "parataxis"}),
    open_clause=frozenset({"xcomp", "advcl", "conj", "acl"}),
    name_part=frozenset({"flat", "flat:name", "compound"}),
    modifier=frozenset({"amod", "nmod", "compound", "flat", "flat:name", "appos", "det"}),
    possessive=frozenset({"nmod:poss"}),
    preposition_heads_noun=False,
    copula=frozenset({"cop"}),
)

CLEAR = LabelScheme(
    name="clear",
    subject=frozenset({"nsubj", "csubj"}),
    passive_subject=frozenset({"nsubjpass", "csubjpass"}),
    object=frozenset({"dobj", "dative", "attr"}),
    oblique=frozenset({"prep", "agent", "dative"}),
    agent=frozenset({"agent"}),
    conj=frozenset({"conj"}),
    appos=frozenset({"appos"}),
    particle=frozenset({"prt"}),
    negation=frozenset({"neg"}),
    complement=frozenset({"ccomp", "parataxis"}),
    open_clause=frozenset({"xcomp", "advcl", "conj", "acl", "pcomp"}),
    name_part=frozenset({"compound"}),
    modifier=frozenset({"amod", "compound", "appos", "nmod", "poss", "det"}),
    possessive=frozenset({"poss"}),
    preposition_heads_noun=True,
    predicate=frozenset({"attr"}),
)


#: The possessive labels of every scheme, for code that reads a parse without knowing its scheme
#: ("his son", "zijn zoon": a possessor says whose a thing is, not who acts).
POSSESSIVE_LABELS = UD.possessive | CLEAR.possessive

#: A noun's determiners in any scheme, possessives included ("the", "his", "onze": Dutch hangs a
#: possessive pronoun as a determiner).
DETERMINER_LABELS = POSSESSIVE_LABELS | {"det"}

#: Determiners of a definite noun phrase: the definite articles and the demonstratives of every
#: language (``definite_article`` and ``demonstrative`` rows of ``namewords.<lang>.tsv``).
DEFINITE_DETERMINERS = name_words()["definite_article"] | name_words()["demonstrative"]

#: A clause's subject in any scheme, active or passive ("the overthrow was a coup").
SUBJECT_LABELS = UD.subject | UD.passive_subject | CLEAR.subject | CLEAR.passive_subject

#: A passive clause's subject in any scheme ("X was sentenced", "X werd veroordeeld").
PASSIVE_SUBJECT_LABELS = UD.passive_subject | CLEAR.passive_subject

#: A word that is part of the name of the word it hangs on in any scheme ("Qandeel" <- "Baloch").
NAME_PART_LABELS = UD.name_part | CLEAR.name_part

#: What makes a clause copular in any scheme: UD's copula under its predicate, ClearNLP's
#: predicate under its copula ("was a coup": attr).
COPULAR_LABELS = UD.copula | CLEAR.predicate

#: A case marker in any scheme ("van" of "de aanval van maandag", the "'s" of "2016's").
CASE_LABELS = UD.case | CLEAR.case


def plural_form(token: Token) -> bool:
    """Whether ``token`` is written in the plural, by its morphology (UD's Number=Plur) or its
    English tag (NNS, NNPS): "both senators", "beide leden", "the president's lawyers"."""
    return "Plur" in morph_values(token, "Number") or token.tag_ in ("NNS", "NNPS")


def possessive_pronoun(token: Token) -> bool:
    """Whether ``token`` is a possessive pronoun on its head ("his lawsuit", "haar rechtszaak",
    "whose case"): a pronoun or determiner under a possessive label of any scheme. The label
    says it, not the morphology, which the Dutch model leaves out now and then ("haar zaak"
    with Case=Acc and no Poss=Yes)."""
    return token.dep_ in POSSESSIVE_LABELS and token.pos_ in ("PRON", "DET")


def scheme_for(nlp: Language) -> LabelScheme:
    """The label scheme of ``nlp``'s parser: ClearNLP when it declares ``dobj``, else UD."""
    labels: set[str] = set()
    for name in ("parser", "trainable_parser"):
        if nlp.has_pipe(name):
            labels |= set(nlp.get_pipe(name).labels)
    return CLEAR if "dobj" in labels else UD


def _remembered(answer: str) -> Callable:
    """Remember a walk of the parse for the document, keyed by the token's index, the scheme's
    name and any further arguments (hashable): the patterns, events and relations ask the same
    questions of the same words many times, and a parse does not change once made. ``answer``
    says what the walk gives: "tokens" (a list of tokens) or "pairs" (an iterator of (word,
    token) pairs). Each call gets a fresh list.

    The answers are kept in the document's index (:func:`_document_index`), beside its tokens,
    so one check of the document finds both, and an answer is kept as the tokens themselves,
    copied out at each call (a hundred thousand calls over sixty articles: a second check and a
    token looked up per index in every answer were about half of each one)."""

    def wrap(walk: Callable) -> Callable:
        @functools.wraps(walk)
        def remembered(token: Token, scheme: LabelScheme, *args):
            doc = token.doc
            index = _LAST_CHILDREN[0]  # the check of _document_index inline
            if index is None or index[0] is not doc or index[1] != len(doc):
                index = _document_index(doc)
            memo = index[4]
            key = (walk, token.i, scheme.name, *args)
            found = memo.get(key)
            if found is None:
                tokens = index[3]  # the document's own Token objects, as every answer gives
                if answer == "tokens":
                    found = tuple(tokens[t.i] for t in walk(token, scheme, *args))
                else:
                    found = tuple((word, tokens[t.i]) for word, t in walk(token, scheme, *args))
                memo[key] = found
            return list(found) if answer == "tokens" else iter(found)

        return remembered

    return wrap


def is_definite(noun: Token) -> bool:
    """Whether ``noun`` has a definite article or demonstrative (``DEFINITE_DETERMINERS``: "the
    talks", "those talks", "dat besluit", "deze juridische procedure"), so it may name again
    something told before. The article of a name compounded before the noun is the noun's ("The
    El Paso shooting": the parser hangs "The" on "Paso"). The words, not the tagger's
    Definite=Def, which marks the articles only."""
    return any(
        c.dep_ in DETERMINER_LABELS
        and c.lower_ in DEFINITE_DETERMINERS
        or c.dep_ == "compound"
        and c.i < noun.i
        and any(
            d.dep_ in DETERMINER_LABELS and d.lower_ in DEFINITE_DETERMINERS for d in children(c)
        )
        for c in children(noun)
    )


def children(token: Token) -> list[Token]:
    """``token.children`` in text order, from an index of the whole document built once per
    document: spaCy walks a token's left and right edges for every ``.children``, and the
    patterns ask for the same tokens' children many times."""
    doc = token.doc
    last = _LAST_CHILDREN[0]  # one read: another thread may replace it meanwhile
    if last is None or last[0] is not doc or last[1] != len(doc):
        last = _document_index(doc)
    return last[2][token.i]


def doc_tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, made once per document: spaCy makes a new Token object for every
    ``doc[i]``, and the remembered walks hand back the same tokens many times."""
    last = _LAST_CHILDREN[0]  # one read: another thread may replace it meanwhile
    if last is None or last[0] is not doc or last[1] != len(doc):
        last = _document_index(doc)
    return last[3]


def morph_values(token: Token, field: str) -> list[str]:
    """``token.morph.get(field)`` (a new list), read once per distinct analysis and field: spaCy
    makes an array and every feature's string at each ``morph.get`` (about 2 us), and the
    patterns ask the same few fields of the same words many times. An analysis's key is the hash
    of its features, so its values never change for its key, in any document or language."""
    morph = token.morph
    asked = (morph.key, field)
    found = _MORPH_VALUES.get(asked)
    if found is None:
        if len(_MORPH_VALUES) > _MORPH_VALUES_KEPT:
            _MORPH_VALUES.clear()
        found = _MORPH_VALUES[asked] = tuple(morph.get(field))
    return list(found)


#: {(analysis key, field): its values}, for every document; emptied beyond this many.
_MORPH_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}
_MORPH_VALUES_KEPT = 50_000


def tagged_tokens(doc: Doc, tags: tuple[str, ...]) -> list[Token]:
    """The tokens of ``doc`` whose coarse tag (``pos_``) is one of ``tags``, in text order: the
    routes that look at every verb or noun of a document skip the other words without making
    their strings (indices remembered per document, from one array of the tags)."""
    memo = last_document_memo(_LAST_TAGGED, doc)
    found = memo.get(tags)
    if found is None:
        tagged = memo.get(POS)  # the document's tags, read once for every set of tags
        if tagged is None:
            tagged = memo[POS] = doc.to_array(POS)
        wanted = [int(POS_IDS[tag]) for tag in tags]
        found = memo[tags] = tuple(numpy.flatnonzero(_one_of(tagged, wanted)).tolist())
    tokens = doc_tokens(doc)
    return [tokens[i] for i in found]


#: The memo of :func:`tagged_tokens`: {tags: token indices; POS: the document's tags}.
_LAST_TAGGED: list = [None]


def _one_of(values: numpy.ndarray, wanted: Iterable[int]) -> numpy.ndarray:
    """Which of ``values`` (one array of a document's tags or labels) are one of ``wanted``, as
    ``numpy.isin`` says: one comparison per wanted value, several times quicker than ``isin``
    (which sorts both) for the few tags or labels a route asks for, once per document."""
    mask = numpy.zeros(len(values), dtype=bool)
    for value in wanted:
        mask |= values == value
    return mask


def lemma_tokens(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens of ``doc`` whose lemma, in lower case, is one of ``words``, in text order: a
    route that looks for a few words ("based", "gevestigd") skips the others without making
    their strings (each distinct lemma of the document is read once; of every document once,
    where ``words`` is a frozenset, as a lexicon's are)."""
    remember = (lemma_tokens, words) if isinstance(words, frozenset) else None
    return tokens_where(doc, LEMMA, lambda lemma: lemma.lower() in words, remember)


def tokens_where(
    doc: Doc, attr: int, test: Callable[[str], bool], remember: Hashable | None = None
) -> list[Token]:
    """The tokens of ``doc`` whose string of ``attr`` (spaCy's ``ORTH``, ``LOWER``, ``LEMMA``)
    passes ``test``, in text order.

    A route that looks at a few words of every document asks ``test`` once per distinct value
    (from one array of the document) and skips the other tokens without making a Token or its
    string, which a walk over every token does. ``test`` must read nothing but its string.

    ``remember`` names a test whose answer for a string never changes (the test itself where it
    is the same object at every call: a module's function, a loaded lexicon's method; else a key
    such as ("name", language)): its answers are then kept for every later document, which asks
    it only of the words no earlier document had.
    """
    values, positions, passed = _values_passing(doc, attr, test, remember)
    if not passed:
        return []
    tokens = doc_tokens(doc)
    if len(passed) <= _FEW_PASSING:
        if len(passed) == 1:
            return [tokens[i] for i in positions[next(iter(passed))]]
        return [tokens[i] for i in sorted(i for h in passed for i in positions[h])]
    # many words pass ("capitalised"): one look at every token's hash beats one per word
    return [tokens[i] for i, value in enumerate(values) if value in passed]


#: Up to this many passing words, :func:`tokens_where` finds each one's tokens by itself.
_FEW_PASSING = 8


class _Positions(dict):
    """{hash: the indices of the tokens with that hash}, each found when first asked, by one
    comparison over the document's array of the attribute: most questions of a document pass a
    few of its words, so an index of every distinct word (a Python step per token, for each
    attribute of each document) was mostly never read."""

    __slots__ = ("array",)

    def __init__(self, array: numpy.ndarray) -> None:
        super().__init__()
        self.array = array

    def __missing__(self, value: int) -> list[int]:
        found = self[value] = numpy.flatnonzero(self.array == value).tolist()
        return found


def token_flags(
    doc: Doc, attr: int, test: Callable[[str], bool], remember: Hashable | None = None
) -> list[bool]:
    """Whether each token's string of ``attr`` passes ``test``, one flag per token, with
    ``test`` asked once per distinct value (see :func:`tokens_where`, also for ``remember``)."""
    values, _, passed = _values_passing(doc, attr, test, remember)
    return [v in passed for v in values]


def _values_passing(
    doc: Doc, attr: int, test: Callable[[str], bool], remember: Hashable | None
) -> tuple[list[int], dict[int, list[int]], set[int]]:
    """(each token's hash of ``attr``, the token indices of each distinct hash, the hashes whose
    strings pass ``test``).

    The hashes and the distinct ones' strings are read once per document and attribute: the name
    finder alone asks a dozen questions of the same document's words, and reading the array and
    the strings was most of each answer. A remembered test (:func:`tokens_where`) is asked only
    of the strings it has not seen; the rest is two set operations."""
    memo = last_document_memo(_LAST_VALUES, doc)
    found = memo.get(attr)
    if found is None:
        array = doc.to_array(attr)
        values = array.tolist()
        distinct = dict.fromkeys(values)
        texts = dict(zip(distinct, map(doc.vocab.strings.__getitem__, distinct)))
        found = memo[attr] = (values, _Positions(array), texts)
    values, positions, texts = found
    if remember is None:
        words = _literal_words(test)
        if words is None or len(words) > len(texts) or not all(type(w) is str for w in words):
            return values, positions, {h for h, text in texts.items() if test(text)}
        # a test that is only "one of these few strings": look them up rather than test every
        # word of the document
        by_text = memo.get((attr, "by text"))
        if by_text is None:
            by_text = memo[attr, "by text"] = {text: h for h, text in texts.items()}
        return values, positions, {by_text[w] for w in words if w in by_text}
    answers = _ANSWERS.get(remember)
    if answers is None or len(answers[1]) > _ANSWERS_KEPT:
        if len(_ANSWERS) >= _TESTS_KEPT and remember not in _ANSWERS:
            _ANSWERS.clear()
        answers = _ANSWERS[remember] = (set(), set())
    passing, seen = answers
    new = texts.keys() - seen
    if new:
        # the passing ones first: another thread may read the seen ones meanwhile
        passing.update([h for h in new if test(texts[h])])
        seen.update(new)
    return values, positions, texts.keys() & passing


def _literal_words(test: Callable[[str], bool]) -> Collection[str] | None:
    """The things ``test`` passes where it is a membership test of a plain collection
    (``words.__contains__``, ``"(".__eq__``), else None: of strings, such a test passes a string
    exactly when it is one of them, so :func:`_values_passing` looks the few up in the
    document's words instead of asking the test of every distinct word."""
    owner = getattr(test, "__self__", None)
    name = getattr(test, "__name__", None)
    if name == "__contains__" and type(owner) in (set, frozenset, tuple, list, dict):
        return owner
    if name == "__eq__" and type(owner) is str:
        return (owner,)
    return None


#: The memo of :func:`_values_passing`: {attribute: (hashes, {hash: token indices} as asked,
#: {hash: string}); (attribute, "by text"): {string: hash}}.
_LAST_VALUES: list = [None]

#: The answers of the remembered tests (:func:`tokens_where`): {key: (the hashes of the strings
#: that passed, the hashes of the strings asked)}. A string's hash is the same in every document
#: of a vocabulary and for every attribute, so the answers hold for all. Bounded: a test that
#: has seen more strings than :data:`_ANSWERS_KEPT` starts again, and so do all when more than
#: :data:`_TESTS_KEPT` tests are remembered (a key made anew at each call never comes back).
_ANSWERS: dict[Hashable, tuple[set[int], set[int]]] = {}
_ANSWERS_KEPT = 1 << 18
_TESTS_KEPT = 64


def sentence_bounds(token: Token) -> tuple[int, int]:
    """(start, end) of ``token``'s sentence, from one list per document: ``token.sent`` makes
    two spans and walks the sentence at every call."""
    memo = last_document_memo(_LAST_SENTENCES, token.doc)
    bounds = memo.get("bounds")
    if bounds is None:
        doc = token.doc
        if not doc.has_annotation("SENT_START"):
            sent = token.sent
            return sent.start, sent.end
        # one (start, end) per sentence, repeated for its tokens, not a tuple made per token
        bounds = []
        for sent in doc.sents:
            start, end = sent.start, sent.end
            bounds += [(start, end)] * (end - start)
        memo["bounds"] = bounds
    return bounds[token.i]


#: The memo of :func:`sentence_bounds`: {"bounds": (start, end) of each token's sentence}.
_LAST_SENTENCES: list = [None]


def _document_index(doc: Doc) -> tuple:
    """(doc, its length, one list of children per token, the tokens, the answers of the
    remembered walks (:func:`_remembered`)) of ``doc``, made once per document while it is among
    the recent ones (:data:`_RECENT_INDEXES`)."""
    last = _LAST_CHILDREN[0]
    if last is not None and last[0] is doc and last[1] == len(doc):
        return last
    # the entry holds its document, so no other document can take the id while it is kept
    last = _RECENT_INDEXES.get(id(doc))
    if last is None or last[0] is not doc or last[1] != len(doc):
        tokens = list(doc)
        index: list[list[Token]] = [[] for _ in tokens]
        # the heads as offsets from one array (uint64, a negative offset wrapped: read as int64)
        # rather than a Token object per ``t.head``
        for i, offset in enumerate(doc.to_array("HEAD").view("int64").tolist()):
            if offset:
                index[i + offset].append(tokens[i])
        last = (doc, len(doc), index, tokens, {})
        _keep_index(last)
    _LAST_CHILDREN[0] = last
    return last


def _keep_index(entry: tuple) -> None:
    """Keep a document's index among the recent ones, dropping the oldest beyond the bounds."""
    _RECENT_INDEXES[id(entry[0])] = entry
    size = sum(e[1] for e in list(_RECENT_INDEXES.values()))
    while len(_RECENT_INDEXES) > 1 and (
        len(_RECENT_INDEXES) > _RECENT_DOCUMENTS or size > _RECENT_TOKENS
    ):
        try:
            _, dropped = _RECENT_INDEXES.popitem(last=False)
        except KeyError:  # another thread emptied it meanwhile
            break
        size -= dropped[1]


def forget_documents() -> None:
    """Drop the indexes of the recent documents (:data:`_RECENT_INDEXES`), once a run's records
    are written and its documents done with: the indexes hold the documents, and with them every
    parse, memo and mention of the chunk, which each pass of the garbage collector then walked
    (about 2-3 ms per Dutch article, in a full pass after the run) and which stayed in memory
    until the next run. The next document asked of makes its index again."""
    _RECENT_INDEXES.clear()
    _LAST_CHILDREN[0] = None


#: The memo of :func:`children`, :func:`doc_tokens` and the remembered walks: (the last document,
#: its length, one list of children per token, the tokens, the walks' answers).
_LAST_CHILDREN: list = [None]

#: The indexes of the recent documents, oldest first: {id(doc): (doc, length, children, tokens,
#: answers)}.
#: The pipeline runs one component over a chunk of documents, then the next (``extract`` cuts
#: chunks of 128), and names, events and relations each walk every document: made once per
#: document instead of once per component, the Token objects of a hundred Dutch articles cost a
#: third as much. Bounded by documents and tokens (Token objects hold their document); a chunk
#: whose records are written lets them go (:func:`forget_documents`, called by extract/api.py).
_RECENT_INDEXES: OrderedDict = OrderedDict()
_RECENT_DOCUMENTS = 128
_RECENT_TOKENS = 200_000


@_remembered("tokens")
def with_conjuncts(token: Token, scheme: LabelScheme) -> list[Token]:
    """``token`` and the tokens coordinated with it ("X en Y", "X, Y and Z").

    A parser trained on names such as "Bosnië en Herzegovina" may hang "Steve" of "Vladimir
    Poetin en Steve Witkoff" under "Vladimir" as one more name part; a proper noun right after
    a coordinator among the name parts counts as a conjunct too. A conjunct may also hang on
    the name in apposition ("de president Vladimir Poetin en de onderhandelaar": "en de
    onderhandelaar" under "Vladimir"); it is coordinated with the whole noun phrase.
    """
    out = [token, *_conjuncts_on_verb(token, scheme), *_coordinated_subjects(token, scheme)]
    queue = list(out)
    while queue:
        head = queue.pop()
        apposed = [c for c in children(head) if c.dep_ in scheme.appos and c.pos_ == "PROPN"]
        for child in [*children(head), *(g for name in apposed for g in children(name))]:
            if (
                child.dep_ in scheme.conj
                and child.pos_ in ("PROPN", "NOUN", "PRON", "ADJ", "X", "NUM")
            ) or _coordinated_name_part(child, scheme):
                out.append(child)
                queue.append(child)
    return out


def _conjuncts_on_verb(token: Token, scheme: LabelScheme) -> list[Token]:
    """The nouns the parser coordinated with the verb where they continue the list that ends at
    ``token``, an argument of that verb: "werd bijgewoond door premier X en minister Y, en
    president Z" with "president" as a conjunct of "bijgewoond", "was attended by X, and
    president Z" (a noun cannot be the conjunct of a verb). Only the verb's argument nearest
    before the noun takes it, and only where no verb follows the noun in its sentence (then the
    noun is that verb's subject: :func:`_stranded_subject`) and the noun heads no clause of its
    own (no subject, no copula)."""
    if token.dep_ in scheme.conj or token.pos_ not in ("NOUN", "PROPN"):
        return []
    verb = token.head
    if scheme.preposition_heads_noun and token.dep_ == "pobj" and verb.pos_ == "ADP":
        verb = verb.head
    if verb == token or verb.pos_ not in ("VERB", "AUX"):
        return []
    after = [
        c
        for c in children(verb)
        if c.dep_ in scheme.conj and c.pos_ in ("NOUN", "PROPN") and c.i > token.i
    ]
    if not after:
        return []
    tokens = doc_tokens(token.doc)
    end = sentence_bounds(token)[1]
    found = []
    for noun in after:
        between = tokens[token.i + 1 : noun.i]
        if any(t.head == verb and t.pos_ in ("NOUN", "PROPN", "ADP") for t in between):
            continue  # another argument of the verb stands nearer
        if any(t.pos_ in ("VERB", "AUX") for t in tokens[noun.i + 1 : end]):
            continue
        if any(c.dep_ in scheme.subject | scheme.copula for c in children(noun)):
            continue
        found.append(noun)
    return found


def _coordinated_subjects(token: Token, scheme: LabelScheme) -> list[Token]:
    """The later subjects of the verb that ``token`` is the subject of, where the parser made one
    coordinated subject two: "De NTSB en de luchtvaartautoriteit FAA zijn een onderzoek begonnen"
    with "luchtvaartautoriteit" a second nsubj that carries the "en". A second subject opened by
    its own coordinator right after ``token``'s phrase, with no verb between, is a conjunct of
    it, not the verb's object (:func:`_find_own_subjects`)."""
    verb = token.head
    if token.dep_ not in scheme.subject or verb == token or verb.pos_ not in ("VERB", "AUX"):
        return []
    tokens = doc_tokens(token.doc)
    found = []
    last = token
    for other in children(verb):  # in text order
        if other.i <= last.i or other.dep_ not in scheme.subject:
            continue
        coordinator = next(
            (c for c in children(other) if c.dep_ == "cc" and c.i < other.i and c.pos_ == "CCONJ"),
            None,
        )
        if coordinator is None or coordinator.i - 1 not in range(
            last.left_edge.i, last.right_edge.i + 1
        ):
            break
        if any(t.pos_ in ("VERB", "AUX") for t in tokens[last.i : other.i]):
            break
        found.append(other)
        last = other
    return found


def _coordinated_name_part(token: Token, scheme: LabelScheme) -> bool:
    if token.dep_ not in scheme.name_part or token.pos_ != "PROPN" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.pos_ == "CCONJ" and before.head == token.head


@_remembered("tokens")
def subjects(verb: Token, scheme: LabelScheme, depth: int = 2) -> list[Token]:
    """Active subjects of ``verb``, coordinated ones included.

    A verb without its own subject borrows the one of the clause it hangs from
    ("Rusland reageerde door de Krim te annexeren": Rusland annexes).
    """
    found = (
        _fronted_before_relative_clause(verb, scheme)
        or _own_subjects(verb, scheme)[:1]
        or _auxiliary_arguments(verb, scheme, scheme.subject)[:1]
        or _stranded_subject(verb, scheme)
        or [t for t in stranded_in_clause(verb) if t.pos_ == "PROPN"][:1]
        or _name_heading_clause(verb, scheme)
    )
    if not found and depth > 0 and verb.dep_ == "xcomp":
        found = (
            []
            if _says_to_object(verb, scheme, depth) or commits_own_subject(verb, scheme)
            else _controlling_objects(verb, scheme)
        )
    if not found and depth > 0 and object_controlled(verb, scheme):
        found = _controlling_objects(verb, scheme)
    if not found and depth > 0 and borrows_subject(verb, scheme) and verb.head != verb:
        # "responded by annexing": a gerund hangs from its preposition, which hangs from the verb.
        governor = verb.head.head if verb.head.pos_ == "ADP" else verb.head
        governor = _finite_conjunct_governor(verb, governor, scheme)
        if governor.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in scheme.passive_subject for c in children(verb)
        ):
            borrowed = (
                _object_doers(verb, governor, scheme)
                or subjects(governor, scheme, depth - 1)
                or _committed_subjects(verb, governor, scheme)
            )
            if borrowed:
                return [t for s in borrowed for t in with_conjuncts(s, scheme)]
        if not is_passive(verb, scheme):
            found = _raised_subjects(verb, scheme, depth) or _participle_subjects(
                verb, scheme, depth
            )
    if not found and depth > 0 and not is_passive(verb, scheme):
        if verb.dep_ == "acl" or _gerund_on_noun(verb):
            found = _planning_subjects(verb, scheme, depth)
    return [t for s in found for t in with_conjuncts(s, scheme)]


#: Dashes after a dateline's place ("VILNIUS - Litouwen, dat ..., beschuldigde").
_DATELINE_DASHES = frozenset({"-", "–", "—"})


def _fronted_before_relative_clause(verb: Token, scheme: LabelScheme) -> list[Token]:
    """The noun phrase opening the sentence when a relative clause on it ends with a comma right
    before ``verb``: "Ghana, dat vorig jaar met grensincidenten kampte, ondertekende met Togo een
    verdrag", "Premier Boris Johnson, die de kiezers een akkoord had beloofd, ondertekende ...".
    The parser loses the main clause's subject across the clause (it made "Ghana" the root and
    "vrijdag" the subject); by word order the phrase before the clause is the finite verb's
    subject. Only for a finite verb with no subject of its own before it, a clause opened by a
    relative pronoun (``PronType=Rel``) right after the comma that follows the phrase, and a
    phrase (after a dateline's place) of nouns, names, articles and adjectives with one head."""
    tokens = doc_tokens(verb.doc)
    if (  # the comma first: the verb's morphology is the dearest to read
        verb.i < 4
        or tokens[verb.i - 1].text != ","
        or verb.pos_ not in ("VERB", "AUX")
        or "Fin" not in morph_values(verb, "VerbForm")
    ):
        return []
    own = _own_subjects(verb, scheme) + _auxiliary_arguments(verb, scheme, scheme.subject)
    if any(t.i < verb.i for t in own):
        return []
    start = sentence_bounds(verb)[0]
    first = tokens[start : min(start + 4, verb.i)]
    dash = next((t for t in first if t.text in _DATELINE_DASHES), None)
    if dash is not None:
        start = dash.i + 1
    comma = next((t for t in tokens[start : verb.i - 1] if t.text == ","), None)
    if comma is None or comma.i == start:
        return []
    pronoun = tokens[comma.i + 1]
    if "Rel" not in morph_values(pronoun, "PronType"):
        return []
    phrase = tokens[start : comma.i]
    if any(t.pos_ not in _FRONTED_PHRASE_TAGS for t in phrase):
        return []
    heads = [t for t in phrase if not start <= t.head.i < comma.i or t.head == t]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return []
    return heads


#: The tags of the words of a phrase :func:`_fronted_before_relative_clause` reads as a subject.
_FRONTED_PHRASE_TAGS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM"})


def _planning_subjects(verb: Token, scheme: LabelScheme, depth: int) -> list[Token]:
    """Who does what an infinitive on a noun of planning says ("Siemens announced plans to pull
    out of Iran", "made an effort to reach Iran": the subject of the verb whose object the noun
    is; "Britain's plan to leave the EU": the noun's possessor, unless a pronoun on the object of
    a verb with a subject of its own: "Tesco stated its intention to leave" is Tesco's). Only
    nouns the modality lexicon lists as planning governors (plan, effort, intention; plan,
    poging): in "rejected calls to sanction Iran" the one who rejects does not sanction."""
    noun = verb.head
    if _gerund_on_noun(verb):
        noun = noun.head  # "has no intention of leaving Thailand": the gerund's preposition
    elif not has_infinitive_marker(verb):
        return []
    if noun == verb or noun.pos_ != "NOUN" or verb.i < noun.i:
        return []
    if noun.lemma_.lower() not in planning_nouns(doc_lang(verb.doc)):
        return []
    owners = [c for c in children(noun) if c.dep_ in scheme.possessive]
    if owners and owners[0].pos_ != "PRON":
        return owners[:1]
    governor = noun.head
    if noun.dep_ not in scheme.object or governor == noun or governor.pos_ != "VERB":
        return owners[:1]
    if owners:
        # "Tesco stated its intention to leave": a possessive pronoun on the object stands for
        # the verb's own subject (not one the verb borrows from another clause)
        return _own_subjects(governor, scheme)[:1] or owners[:1]
    return subjects(governor, scheme, depth - 1)[:1]


def _gerund_on_noun(verb: Token) -> bool:
    """Whether ``verb`` is a gerund in a prepositional phrase on a noun ("no intention of
    leaving", "plans for merging"): the noun governs it as it governs an infinitive."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and prep != verb
        and prep.pos_ == "ADP"
        and prep.head != prep
        and prep.head.pos_ == "NOUN"
    )


def _committed_subjects(verb: Token, governor: Token, scheme: LabelScheme) -> list[Token]:
    """The passive subject of a participle of planning that governs ``verb`` through a
    preposition ("Britain is committed to leaving the EU": Britain leaves); only a planning
    governor of the modality lexicon, so "was accused of attacking" borrows no subject here."""
    if verb.head == governor or governor.lower_ not in planning_nouns(doc_lang(verb.doc)):
        return []
    return [c for c in children(governor) if c.dep_ in scheme.passive_subject][:1]


@functools.lru_cache(maxsize=None)
def planning_nouns(lang: str) -> frozenset[str]:
    """The words the modality lexicon of ``lang`` lists as governors of a planned act ("plan",
    "effort", "poging"); none for a language without lexicons."""
    if not (DEFAULT_LEXICON_DIR / f"modality.{lang}.tsv").is_file():
        return frozenset()
    modes = load_lexicon(lang).modes
    return frozenset(
        word for (place, word), mode in modes.items() if place == "governor" and mode == "planned"
    )


def _finite_conjunct_governor(verb: Token, governor: Token, scheme: LabelScheme) -> Token:
    """The verb a finite conjunct shares its subject with. "Raab urged the embassy to reconsider
    and spoke with Pompeo": the parser hangs "spoke" on the infinitive "reconsider", but a
    finite verb is no part of an infinitive clause; it is coordinated with "urged"."""
    if (
        governor.dep_ == "xcomp"
        and governor.head != governor
        and finite_beside_infinitive(verb, governor, scheme)
    ):
        return governor.head
    return governor


def finite_beside_infinitive(verb: Token, governor: Token, scheme: LabelScheme) -> bool:
    """Whether ``verb`` is a finite conjunct the parser hung on a form that is not finite
    (``governor``): a misparse, as no finite verb is part of an infinitive clause ("urged the
    embassy to reconsider and spoke with Pompeo")."""
    return (
        verb.dep_ in scheme.conj
        and "Fin" in morph_values(verb, "VerbForm")
        and "Fin" not in morph_values(governor, "VerbForm")
    )


def _participle_subjects(verb: Token, scheme: LabelScheme, depth: int) -> list[Token]:
    """Who does what a present participle on a noun says: the noun when it is a subject
    ("Mitsotakis, speaking to the Atlantic Council, called ..."), else the subject of the verb
    the noun's phrase hangs from ("Pompeo posted a message on Twitter blaming Iran", "Johnson
    joined the calls by officials asking the US to ...")."""
    noun = verb.head
    if verb.dep_ != "acl" or noun == verb or "Prog" not in morph_values(verb, "Aspect"):
        return []
    if noun.dep_ in scheme.subject:
        return [noun]
    head = noun
    for _ in range(4):
        if head.head == head:
            return []
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return subjects(head, scheme, depth - 1)[:1]
    return []


def _object_doers(verb: Token, governor: Token, scheme: LabelScheme) -> list[Token]:
    """The governor's object that does what ``verb``'s clause says, where the clause follows it:
    a gerund after a preposition of the deed ("Ukraine accused Russia of attacking Poland",
    prepositions ``deed``: Russia attacks) or an infinitive complement ("Oekraïne beschuldigde
    Rusland ervan Polen te hebben aangevallen"), unless the governor commits its own subject
    ("beloofde Oekraïne wapens te leveren", a planning governor of the modality lexicon). A
    means or purpose ("responded by annexing", "stuurden een vliegdekschip om Iran af te
    schrikken") stays the subject's."""
    lang = doc_lang(verb.doc)
    if verb.head.pos_ == "ADP":
        if verb.head.lower_ not in deed_prepositions(lang):
            return []
        before = verb.head.i
    elif verb.dep_ in scheme.complement or _bare_infinitive_clause(verb, scheme):
        if governor.lemma_.lower() in planning_nouns(lang) or opened_clause(verb):
            return []
        before = verb.left_edge.i
    else:
        return []
    return object_before(governor, before, scheme) or _object_taken_for_subject(
        governor, before, scheme
    )


def _bare_infinitive_clause(verb: Token, scheme: LabelScheme) -> bool:
    """Whether ``verb`` opens an infinitive clause with no opener but its marker that the parser
    hung on its governor as an adverbial clause ("beschuldigde Avenatti ervan te hebben
    geprobeerd ...": advcl): a complement, as "ervan" shows, not a means or purpose, which has
    an opener of its own ("door", "om": :func:`opened_clause`)."""
    return (
        verb.dep_ in scheme.open_clause
        and verb.dep_ not in ("xcomp", "conj", "acl")
        and has_infinitive_marker(verb)
    )


def _object_taken_for_subject(governor: Token, before: int, scheme: LabelScheme) -> list[Token]:
    """The governor's object that the parser took for a second subject: of two subjects, one
    before the finite verb and one after it ("De regering beschuldigde Avenatti ervan ...": both
    nsubj), the later is the object, when it stands before token ``before``."""
    found = [c for c in children(governor) if c.dep_ in scheme.subject]
    if len(found) < 2 or found[0].i > governor.i:
        return []
    return [c for c in found[1:] if governor.i < c.i < before][:1]


def object_before(governor: Token, before: int, scheme: LabelScheme) -> list[Token]:
    """The governor's direct object before token ``before`` (not a dative: "beloofde Oekraïne"),
    as a one-item list, or []: the one a deed phrase or clause after it is about ("accused Russia
    of the attack")."""
    return [
        c
        for c in children(governor)
        if c.dep_ in scheme.object and c.dep_ not in ("iobj", "dative") and c.i < before
    ][:1]


def opened_clause(verb: Token) -> bool:
    """Whether an infinitive clause has an opener besides its infinitive marker ("om Iran af te
    schrikken", "door de Krim te annexeren"): an adverbial clause of purpose or means."""
    markers = infinitive_markers(doc_lang(verb.doc))
    return any(c.dep_ == "mark" and c.lower_ not in markers for c in children(verb))


@functools.lru_cache(maxsize=None)
def deed_prepositions(lang: str) -> frozenset[str]:
    """The prepositions of ``lang`` before a gerund that its verb's object does (role ``deed`` of
    ``data/lexicons/prepositions.<lang>.tsv``); none for a language without that file."""
    if not (DEFAULT_LEXICON_DIR / f"prepositions.{lang}.tsv").is_file():
        return frozenset()
    # argument_words reads the patterns' Prepositions, whose module imports this one
    from extract.grammar.argument_words import load_grammar

    return load_grammar(lang).deed


def _says_to_object(verb: Token, scheme: LabelScheme, depth: int) -> bool:
    """Whether ``verb`` is the infinitive of a two-word speech verb ("De minister liet Rusland
    weten"), whose governor's object is spoken to, not the doer: the governor's own subject
    speaks. Without one ("Via Twitter liet de premier weten"), or with a demonstrative that
    stands for what was said ("Dat liet de woordvoerder weten"), the parser took the speaker
    for the object, who then speaks as the open clause's controller."""
    from extract.grammar.lemmas import speech_phrase_governor  # it reads this module's helpers

    governor = speech_phrase_governor(verb)
    return governor is not None and bool(speaking_subjects(governor, scheme, depth - 1))


def speaking_subjects(verb: Token, scheme: LabelScheme, depth: int = 2) -> list[Token]:
    """:func:`subjects` of ``verb`` but a demonstrative pronoun, which before a speech verb
    stands for what was said ("Dat liet de woordvoerder weten", "Dit zei de minister")."""
    return [s for s in subjects(verb, scheme, depth) if "Dem" not in s.morph.get("PronType")]


def _controlling_objects(verb: Token, scheme: LabelScheme) -> list[Token]:
    """The object that does what an open clause says: "Trump urged Germany to sanction Iran"
    (Germany sanctions, not Trump). The object must stand before the clause, as the verb's own
    argument; without one, a prepositional object right before the clause does ("Greece called
    on Turkey to halt its drilling": Turkey halts, not Greece)."""
    governor = verb.head
    if governor == verb or governor.pos_ not in ("VERB", "AUX"):
        return []
    if _free_participle(verb):
        return []
    found = [c for c in children(governor) if c.dep_ in scheme.object and c.i < verb.i][:1]
    if found:
        return found
    start = verb.left_edge.i
    return [
        noun
        for _, noun in prepositional_args(governor, scheme)
        if noun.i < verb.i and noun.right_edge.i == start - 1 and noun.ent_type_
    ][:1]


def _free_participle(verb: Token) -> bool:
    """Whether ``verb`` is a present participle set off from its clause by a comma ("signed
    the order, disregarding the ruling"): a free adjunct, whose doer is the clause's subject,
    not its object ("would use an executive order ..., disregarding the ruling": the order
    disregards nothing)."""
    start = verb.left_edge.i
    return verb.tag_ == "VBG" and start == verb.i and start > 0 and verb.doc[start - 1].text == ","


def _raised_subjects(verb: Token, scheme: LabelScheme, depth: int) -> list[Token]:
    """The subject an open clause takes from a raising or control word without an active subject
    of its own: the passive subject of its verb ("Kenya is expected / was asked to sanction
    Uganda": Kenya sanctions) or the subject of its adjective, or of the adjective's copula
    ("Kenya is likely / due / ready to sanction Uganda")."""
    governor = verb.head
    if verb.dep_ != "xcomp" or governor == verb or depth <= 0:
        return []
    if governor.pos_ == "ADJ":
        own = subjects(governor, scheme, depth - 1)
        if own or governor.head == governor or governor.head.pos_ not in ("VERB", "AUX"):
            return own[:1]
        return subjects(governor.head, scheme, depth - 1)[:1]
    if governor.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in children(governor) if c.dep_ in scheme.passive_subject][:1]


#: The labels of a passive auxiliary, in either scheme ("was" of "was sanctioned": auxpass).
PASSIVE_AUXILIARIES = frozenset({"auxpass", "aux:pass"})


def is_passive(verb: Token, scheme: LabelScheme) -> bool:
    """Whether ``verb`` has a passive auxiliary ("to be sanctioned", "worden gestraft"): a
    look-up in the document's heads of such auxiliaries (:func:`labelled_arcs`), as every verb
    of every route is asked."""
    return verb.i in labelled_arcs(verb.doc, PASSIVE_AUXILIARIES)[1]


def labelled_arcs(doc: Doc, labels: frozenset[str]) -> tuple[frozenset[int], frozenset[int]]:
    """(the indices of the tokens of ``doc`` whose dependency label is one of ``labels``, the
    indices of the tokens they hang on), found once per document and label set from its arrays:
    a pattern asked of every verb ("has it a passive auxiliary", "is it coordinated") answers
    from them without walking any token's children."""
    last = _LAST_ARCS[0]  # the check of last_document_memo inline: every verb asks
    memo = last[2] if last is not None and last[0] is doc and last[1] == len(doc) else None
    if memo is None:
        memo = last_document_memo(_LAST_ARCS, doc)
    found = memo.get(labels)
    if found is None:
        wanted = [doc.vocab.strings[label] for label in labels]
        arrays = doc.to_array([DEP, HEAD])  # a negative head offset wrapped: read as int64
        offsets = arrays[:, 1].view("int64")
        dependents = numpy.flatnonzero(_one_of(arrays[:, 0], wanted) & (offsets != 0))
        found = memo[labels] = (
            frozenset(dependents.tolist()),
            frozenset((dependents + offsets[dependents]).tolist()),
        )
    return found


#: The memo of :func:`labelled_arcs`: {labels: (dependents, their heads)}.
_LAST_ARCS: list = [None]


def reads_as_passive(verb: Token, scheme: LabelScheme) -> bool:
    """Whether ``verb``, with an agent phrase its parser did not label as one, reads as a passive
    all the same: an auxiliary and no object ("Drie steunpunten zijn door het leger ontruimd" with
    "zijn" labelled aux and the subject active). An active clause with a "door" phrase ("heeft door
    de sancties olie verloren") has its object."""
    return any(c.dep_ in ("aux", "aux:pass", "auxpass") for c in children(verb)) and not any(
        c.dep_ in scheme.object for c in children(verb)
    )


def _name_heading_clause(verb: Token, scheme: LabelScheme) -> list[Token]:
    """A name the parser made the head of its own verb: "Tomasz Kubiak, woordvoerder van de
    brandweer, zei tegen AFP" with "zei" as parataxis of "Tomasz". A verb without a subject
    that hangs that way on a proper noun before it has that noun as its subject."""
    head = verb.head
    if verb.dep_ != "parataxis" or head == verb or head.i > verb.i or head.pos_ != "PROPN":
        return []
    if any(c.dep_ in scheme.subject or c.dep_ in scheme.passive_subject for c in children(verb)):
        return []
    return [head]


def is_subject(token: Token, scheme: LabelScheme) -> bool:
    """Whether ``token`` is the subject of the word it hangs on, read as :func:`subjects` reads it
    (of two subjects the first; a bare name before the verb rather than a subject after it)."""
    return token.head != token and token in _own_subjects(token.head, scheme)[:1]


def borrows_subject(verb: Token, scheme: LabelScheme) -> bool:
    """Open clauses, and infinitives in a clausal complement ("reageerde door de Krim te
    annexeren")."""
    if verb.dep_ in scheme.open_clause:
        return True
    infinitive = "Inf" in morph_values(verb, "VerbForm") or has_infinitive_marker(verb)
    return verb.dep_ in scheme.complement and infinitive


@functools.lru_cache(maxsize=None)
def object_control_verbs(lang: str) -> frozenset[tuple[str, str]]:
    """(lemma, word) of the verbs of ``lang`` whose infinitive clause their object does
    (``objectcontrol.<lang>.tsv``; word "*" for none that must hang on the verb); none without
    the file."""
    path = DEFAULT_LEXICON_DIR / f"objectcontrol.{lang}.tsv"
    if not path.exists():
        return frozenset()
    rows = read_table(path, {"lemma": text_field, "word": text_field})
    return frozenset((str(r["lemma"]).lower(), str(r["word"]).lower()) for _, r in rows)


def object_controlled(verb: Token, scheme: LabelScheme) -> bool:
    """Whether ``verb`` is an infinitive clause (not an open clause, which
    :func:`_controlling_objects` reads anyway) on a verb whose object does it: "Frankrijk vroeg
    Italië om een onderzoek te openen", "zette Polen onder druk om ... te beginnen", with the
    "om"-clause hung as advcl (:func:`object_control_verbs`)."""
    governor = verb.head
    if (
        verb.dep_ == "xcomp"
        or governor == verb
        or governor.pos_ != "VERB"
        or not has_infinitive_marker(verb)
    ):
        return False
    rows = object_control_verbs(doc_lang(verb.doc))
    if not rows:
        return False
    from extract.grammar.lemmas import verb_lemmas_of  # it reads this module's helpers

    words = [c for c in children(governor) if c.i < verb.i]
    lemmas = verb_lemmas_of(governor, scheme, doc_lang(verb.doc))
    return any(
        row in lemmas and (word == "*" or any(c.lemma_.lower() == word for c in words))
        for row, word in rows
    )


@functools.lru_cache(maxsize=None)
def infinitive_markers(lang: str) -> frozenset[str]:
    """The words that mark an infinitive in ``lang`` ('to', 'te'), from
    ``data/lexicons/infinitive.<lang>.txt``; none for a language without that file."""
    path = DEFAULT_LEXICON_DIR / f"infinitive.{lang}.txt"
    return read_word_list(path) if path.exists() else frozenset()


def has_infinitive_marker(verb: Token, deps: Iterable[str] = ("mark", "aux")) -> bool:
    """Whether ``verb`` has its language's infinitive marker ("to protest", "te annexeren")
    hanging on it with one of ``deps`` (the parsers hang it as ``mark`` or ``aux``)."""
    markers = infinitive_markers(doc_lang(verb.doc))
    return any(c.dep_ in deps and c.lower_ in markers for c in children(verb))


def _stranded_subject(verb: Token, scheme: LabelScheme) -> list[Token]:
    """A name the parser coordinated with the previous verb instead of making it this verb's
    subject.

    "... werd omvergeworpen en Rusland reageerde": a noun cannot be the conjunct of
    a verb, so "Rusland" is read as the subject of the next verb without one.
    """
    for token in reversed(doc_tokens(verb.doc)[sentence_bounds(verb)[0] : verb.i]):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in (
            "aux",
            "aux:pass",
            "auxpass",
            "cop",
        ):
            return []
        if (
            token.dep_ in scheme.conj
            and token.pos_ == "PROPN"
            and token.head.pos_ in ("VERB", "AUX")
        ):
            return [token]
    return []


def stranded_in_clause(clause: Token) -> list[Token]:
    """Words between a subordinate clause's conjunction and its verb that the parser hung on the
    clause's governor instead ("zei dat Rusland Oekraïne aanviel" with "Rusland" on "zei"): by
    word order they belong to the clause."""
    governor = clause.head
    if not governor.i < clause.i:
        return []
    tokens = doc_tokens(clause.doc)
    opener = next((t for t in tokens[governor.i + 1 : clause.i] if t.pos_ == "SCONJ"), None)
    if opener is None:
        return []
    return [t for t in tokens[opener.i + 1 : clause.i] if t.head == governor and not t.is_punct]


@_remembered("tokens")
def passive_subjects(verb: Token, scheme: LabelScheme) -> list[Token]:
    """Subjects of a passive ``verb`` (they are its recipients), and the raised subject of a
    passive open clause ("Kenya is expected to be sanctioned by Uganda")."""
    own = [c for c in children(verb) if c.dep_ in scheme.passive_subject]
    if not own and is_passive(verb, scheme):
        own = _raised_subjects(verb, scheme, 2)
    return [t for c in own for t in with_conjuncts(c, scheme)]


@_remembered("tokens")
def objects(verb: Token, scheme: LabelScheme) -> list[Token]:
    """Direct and indirect objects of ``verb``, coordinated ones included.

    A UD ``obl`` name without a preposition is a bare argument too ("viel Oekraïne binnen").
    """
    own_subjects = _own_subjects(verb, scheme)
    found = [
        c
        for c in children(verb)
        if (c.dep_ in scheme.object or _bare_oblique_name(c, scheme)) and c not in own_subjects[:1]
    ]
    found += [
        s
        for s in own_subjects[1:]
        # a noun of a relative clause the parser lost, or the name a title subject stands
        # right before ("Biden's running mate Kamala Harris visited"), is no object of the verb
        if not lost_relative_predicate(s) and titled_name(own_subjects[0]) != s
    ]
    found += _correlative_objects(verb)
    found += _second_auxiliary_subjects(verb, scheme, own_subjects[:1])
    found += _passive_labelled_objects(verb, scheme, own_subjects[:1])
    found += _apposed_objects(verb, scheme)
    found += _object_after_dative(verb, scheme, found)
    found += _name_before_final_verb(verb, scheme)
    found += [
        t for t in _auxiliary_arguments(verb, scheme, scheme.object) if t.pos_ in ("PROPN", "NOUN")
    ]
    if not found or commits_own_subject(verb, scheme):
        # "dreigde Iran sancties op te leggen": the name on the governor is the recipient
        found += [t for t in _raised_objects(verb, scheme) if t not in found]
    if not found:
        found += _infinitive_clause_subjects(verb, scheme)
    if not found:
        found += _joined_names(own_subjects[:1], scheme)
    found = [t for t in found if not _trailing_speaker(t)]
    return [t for c in sorted(found, key=lambda t: t.i) for t in with_conjuncts(c, scheme)]


#: The labels of the first word of a correlative pair ("both", "zowel"), in either scheme.
_PRECONJ = frozenset({"cc:preconj", "preconj"})


def _correlative_objects(verb: Token) -> list[Token]:
    """A noun after ``verb`` that opens a correlative pair, which the parser left as a loose
    ``dep`` of the verb: "gaf X zowel Israël als de Verenigde Staten de schuld" (Israël a
    ``dep``, "zowel" its ``cc:preconj``). The pair is known by its labels, not by its words."""
    return [
        c
        for c in children(verb)
        if c.dep_ == "dep"
        and c.i > verb.i
        and c.pos_ in ("NOUN", "PROPN")
        and any(g.dep_ in _PRECONJ for g in children(c))
    ]


def _trailing_speaker(noun: Token) -> bool:
    """Whether ``noun`` is the speaker of an attribution after a comma that the parser hung on
    the clause's verb as an object, with the speech verb as its modifier ("stuurt een schip naar
    de kust, zei minister X": "minister" as a second object of "stuurt", "zei" on "minister")."""
    doc = noun.doc
    return any(
        c.i < noun.i
        and c.pos_ in ("VERB", "AUX")
        and c.i > 0
        and doc[c.i - 1].text == ","
        and _is_speech_verb(doc_lang(doc), c.lemma_.lower())
        for c in children(noun)
    )


@functools.lru_cache(maxsize=1 << 12)
def _is_speech_verb(lang: str, lemma: str) -> bool:
    """Whether ``lemma`` is a speech verb of ``lang``'s lexicon; no for a language without one."""
    if not (DEFAULT_LEXICON_DIR / f"speech.{lang}.tsv").is_file():
        return False
    return load_lexicon(lang).is_speech_verb(lemma)


def _raised_objects(verb: Token, scheme: LabelScheme) -> list[Token]:
    """The object of an infinitive that the parser made a second subject of the modal or raising
    verb it depends on: "Kenia wil / gaat Oeganda straffen" with "Oeganda" as nsubj of "wil" (a
    clause has one subject, see :func:`_find_own_subjects`), standing between the two verbs."""
    governor = verb.head
    if governor == verb or governor.i > verb.i:
        return []
    if verb.dep_ != "xcomp":
        # "Frankrijk dreigde Italië aan te vallen" with the infinitive hung as advcl
        if verb.dep_ != "advcl" or not commits_own_subject(verb, scheme):
            return []
    raised = [s for s in _own_subjects(governor, scheme)[1:] if governor.i < s.i < verb.i]
    if raised or not commits_own_subject(verb, scheme):
        return raised
    # "Frankrijk dreigde Italië aan te vallen": the object the parser hung on the governor
    return [c for c in children(governor) if c.dep_ in scheme.object and governor.i < c.i < verb.i]


def commits_own_subject(verb: Token, scheme: LabelScheme) -> bool:
    """Whether the infinitive ``verb`` is done by its governor's subject although the parser hung
    a name as object on the governor, which is then the infinitive's: a planning governor of the
    modality lexicon ("Frankrijk dreigde Italië aan te vallen", "beloofde Oekraïne te steunen")
    in a language that lists the verbs whose object does their infinitive
    (``objectcontrol.<lang>.tsv``, "vroeg Italië ... te openen"), and not one of those. Where a
    language has no such list, an object before the infinitive does it ("urged Germany to
    sanction Iran")."""
    governor = verb.head
    lang = doc_lang(verb.doc)
    rows = object_control_verbs(lang)
    if not rows or governor == verb or governor.pos_ != "VERB" or not has_infinitive_marker(verb):
        return False
    if opened_clause(verb):
        return False  # "stuurde troepen om Iran af te schrikken": a purpose
    if any(
        c.dep_ in scheme.object and c.i < verb.i and c.pos_ != "PROPN" for c in children(governor)
    ):
        return False  # "beloofde steun Kenia te helpen": what is promised is the noun
    from extract.grammar.lemmas import verb_lemmas_of  # it reads this module's helpers

    lemmas = verb_lemmas_of(governor, scheme, lang)
    if any(row in lemmas for row, _ in rows):
        return False
    return any(lemma in planning_nouns(lang) for lemma in lemmas)


def _infinitive_clause_subjects(verb: Token, scheme: LabelScheme) -> list[Token]:
    """The subject the parser gave an infinitive complement right after ``verb``: "Israel allowed
    the Red Cross to visit the prisoners", "pledged to let Bolivia use the port" (the Red Cross,
    Bolivia as nsubj of "visit", "use"). An infinitive has no subject of its own: the one it
    names is whom the verb allows, lets or asks, its object. Not a clause with an opener ("demanded
    that Iran stop") nor a finite one."""
    found = []
    for clause in children(verb):
        if clause.dep_ not in scheme.complement or clause.i < verb.i:
            continue
        if "Inf" not in morph_values(clause, "VerbForm") and not has_infinitive_marker(clause):
            continue
        if any(c.pos_ == "SCONJ" for c in children(clause)):
            continue
        found += [
            c for c in children(clause) if c.dep_ in scheme.subject and verb.i < c.i < clause.i
        ]
    return found


def _joined_names(subjects_: list[Token], scheme: LabelScheme) -> list[Token]:
    """A second name the parser joined to the subject's name as one more name part, where the name
    finder starts a new name: "heeft Amnesty International Saoedi-Arabië bekritiseerd" with
    "Saoedi-Arabië" as flat of "Amnesty". Read in UD only (verb-second clauses put them side by
    side)."""
    if scheme.name != "ud":
        return []
    return [
        c
        for s in subjects_
        for c in children(s)
        if c.dep_ in scheme.name_part and c.i > s.i and c.ent_iob_ == "B" and s.ent_type_
    ]


def _auxiliary_arguments(verb: Token, scheme: LabelScheme, labels: frozenset[str]) -> list[Token]:
    """Arguments the parser hung on the verb's auxiliary instead of the verb: "Macron heeft Xi
    Jinping ontmoet" with "Xi" as object of "heeft", "De Verenigde Staten hebben een akkoord
    bereikt" with the subject on "hebben", "The US has been encouraging allies" with the subject
    on "been". An auxiliary has no arguments of its own."""
    return [
        g
        for c in children(verb)
        if c.dep_ in ("aux", "aux:pass") and c.i < verb.i
        for g in children(c)
        if g.dep_ in labels
    ]


def clause_subjects(verb: Token, scheme: LabelScheme) -> list[Token]:
    """The subjects, active or passive, that ``verb``'s own clause names: hung on the verb, or,
    where it has none, on its auxiliary ('"Hij heeft een stempel gedrukt"', the Dutch parser
    hanging "Hij" on "heeft"); none borrowed from another clause."""
    labels = scheme.subject | scheme.passive_subject
    own = [c for c in children(verb) if c.dep_ in labels]
    return own or _auxiliary_arguments(verb, scheme, labels)


def _second_auxiliary_subjects(
    verb: Token, scheme: LabelScheme, subject: list[Token]
) -> list[Token]:
    """A second subject the parser hung on the verb's auxiliary: "Kenia heeft Oeganda
    aangeklaagd" with both names as nsubj of "heeft". A clause has one subject (the first, see
    :func:`_find_own_subjects`); a name after the auxiliary and before the verb is its object."""
    return [
        s
        for s in _auxiliary_arguments(verb, scheme, scheme.subject)
        if s not in subject and s.head.i < s.i < verb.i and s.pos_ == "PROPN"
    ]


def _passive_labelled_objects(
    verb: Token, scheme: LabelScheme, subject: list[Token]
) -> list[Token]:
    """The object of an active verb that the parser labelled a passive subject: "De PKK heeft een
    staakt-het-vuren uitgeroepen", "Greenpeace heeft Shell gesommeerd" with the object as
    nsubj:pass. A clause without a passive auxiliary whose active subject (its own or on its
    auxiliary) comes first is active, so what follows that subject is its object."""
    if is_passive(verb, scheme):
        return []
    active = subject or _auxiliary_arguments(verb, scheme, scheme.subject)[:1]
    if not active:
        return []
    return [c for c in children(verb) if c.dep_ in scheme.passive_subject and c.i > active[0].i]


def _apposed_objects(verb: Token, scheme: LabelScheme) -> list[Token]:
    """Names in apposition after a verb the tagger took for a noun: "ontmoetten/NOUN Vladimir
    Poetin" may come out as the noun's appos. A noun with a subject and no copula is no noun."""
    if verb.pos_ != "NOUN" or any(c.dep_ in scheme.copula for c in children(verb)):
        return []
    if not _own_subjects(verb, scheme):
        return []
    return [
        c for c in children(verb) if c.dep_ in scheme.appos and c.pos_ == "PROPN" and c.i > verb.i
    ]


#: Labels a parser gives the direct object of a verb with a name for indirect object when
#: it loses it: an apposition of the name, a bare noun phrase of the verb (ClearNLP).
_LOST_SECOND_OBJECT = frozenset({"appos", "npadvmod"})


def _object_after_dative(verb: Token, scheme: LabelScheme, found: list[Token]) -> list[Token]:
    """The direct object of a verb with two objects that the parser hung elsewhere: "granted
    Angela Stanton a full pardon", "gave Stanton a pardon" come out with the name as the
    dative and "pardon" as its apposition or as a bare noun phrase of the verb. The noun right
    after the name's phrase, with no comma between (a real apposition is set off by one), and
    only where the verb has no direct object of its own."""
    datives = [c for c in found if c.dep_ == "dative" and c.head == verb]
    if len(datives) != 1 or any(c.dep_ in ("dobj", "obj") for c in found):
        return []
    name, doc = datives[0], verb.doc
    end = name.i + 1  # after the name's last word
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    lost = [
        c
        for c in (*children(name), *children(verb))
        if c.dep_ in _LOST_SECOND_OBJECT
        and c.pos_ == "NOUN"
        and c.i > name.i
        and c.left_edge.i == end
    ]
    return lost[:1]


def indirect_recipients(noun: Token, scheme: LabelScheme) -> list[Token]:
    """The indirect objects of the verb whose direct object ``noun`` is ("granted Milken a
    pardon", "gave Ukraine aid", "verleende hem gratie"), also where the parser lost that object
    (:func:`_object_after_dative`): whom the act the noun names is done to."""
    verb = noun.head
    if noun.dep_ == "appos" and verb.dep_ == "dative":
        verb = verb.head
    if verb == noun or verb.pos_ not in ("VERB", "AUX"):
        return []
    if not any(c.dep_ in _INDIRECT_OBJECTS for c in children(verb)):
        # every answer is a dative the verb itself governs: without one, the verb's objects (a
        # costly walk, asked here of the head of every event noun) need not be read
        return []
    found = objects(verb, scheme)
    if noun not in found or noun.dep_ in ("dative", "iobj"):
        return []
    return [o for o in found if o.dep_ in _INDIRECT_OBJECTS and o.head == verb and o != noun]


#: The labels of an indirect object in either scheme (ClearNLP's dative, UD's iobj).
_INDIRECT_OBJECTS = frozenset({"dative", "iobj"})


def _name_before_final_verb(verb: Token, scheme: LabelScheme) -> list[Token]:
    """A name the parser hung in apposition on the prepositional phrase before it, right before
    the verb, where a verb-final clause puts its object: "heeft bij een luchtaanval Qasem
    Soleimani gedood" with "Soleimani" as appos of "luchtaanval". A real apposition is set off by
    a comma, so the name must follow the phrase's noun at once. Read in UD only (verb-final
    clauses)."""
    if scheme.preposition_heads_noun:
        return []
    return [
        name
        for phrase in children(verb)
        if phrase.dep_ in scheme.oblique
        and phrase.i < verb.i
        and any(c.dep_ in scheme.case for c in children(phrase))
        for name in children(phrase)
        if name.dep_ in scheme.appos
        and name.pos_ == "PROPN"
        and name.i == phrase.i + 1
        and name.right_edge.i == verb.i - 1
    ]


def last_document_memo(slot: list, doc: Doc) -> dict:
    """A dict of things computed for ``doc``, emptied when this document is retokenised:
    components ask the same questions of one document many times, and the parse does not
    change once made. ``slot`` is a one-item list owned by the caller; it holds the last
    document's dict for a quick answer, and every document's dicts live as long as the
    document does (the pipeline runs one component over a batch of documents, then the next,
    which asks again). Keep only plain values in it (indices, strings), never tokens or spans:
    they hold their document, which would then never be freed."""
    last = slot[0]  # one read: another thread may replace it meanwhile
    if last is not None and last[0] is doc and last[1] == len(doc):
        return last[2]
    memos = _DOCUMENT_MEMOS.get(doc)
    if memos is None:
        memos = _DOCUMENT_MEMOS[doc] = {}
    kept = memos.get(id(slot))
    if kept is None or kept[0] != len(doc):
        kept = memos[id(slot)] = (len(doc), {})
    slot[0] = (doc, len(doc), kept[1])
    return kept[1]


#: Every live document's memos: {doc: {id(slot): (document length, memo)}}.
_DOCUMENT_MEMOS: WeakKeyDictionary = WeakKeyDictionary()


def doc_lang(doc: Doc) -> str:
    """``doc.lang_``, asked of the vocabulary once: spaCy calls the language's getter at every
    read (about 1.5 us), and the walks ask it of every noun and verb they look at. A vocabulary's
    language never changes, so the last one's answer stands while its documents come."""
    vocab = doc.vocab
    last = _LAST_LANG[0]  # one read: another thread may replace it meanwhile
    if last is not None and last[0] is vocab:
        return last[1]
    lang = doc.lang_
    _LAST_LANG[0] = (vocab, lang)
    return lang


#: The last vocabulary :func:`doc_lang` was asked of, and its language.
_LAST_LANG: list = [None]


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy joins every token's text on each read, and
    events, time spans and records all read it. Kept in ``doc.user_data`` (a Doc's text never
    changes, retokenising included), checked against the end of the last token."""
    found = doc.user_data.get(_TEXT_KEY)
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if found is None or len(found) != end:
        found = doc.user_data[_TEXT_KEY] = doc.text
    return found


def remember_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the string ``doc`` was tokenised from (which is ``doc.text``), for
    :func:`doc_text`: joining it again from the tokens took half a millisecond a document."""
    doc.user_data[_TEXT_KEY] = text


_TEXT_KEY = "newsgraph_text"


def _own_subjects(verb: Token, scheme: LabelScheme) -> list[Token]:
    """The verb's subject children in text order (:func:`_find_own_subjects`), remembered for
    the last document: patterns, events and arguments ask for the same verbs many times."""
    memo = last_document_memo(_LAST_SUBJECTS, verb.doc)
    key = (verb.i, scheme.name)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(t.i for t in _find_own_subjects(verb, scheme))
    tokens = doc_tokens(verb.doc)
    return [tokens[i] for i in found]


#: The memo of :func:`_own_subjects`: {(verb index, scheme name): subject indices}.
_LAST_SUBJECTS: list = [None]


def _find_own_subjects(verb: Token, scheme: LabelScheme) -> list[Token]:
    """The verb's subject children in text order.

    A clause has one subject; when a parser gives a verb two ("Rusland viel
    Oekraïne binnen" with Oekraïne as nsubj), the first is the subject and the
    others are read as objects. Likewise a bare name hung on the verb as an oblique
    before it, when the verb's subjects all follow it: "Zelenski ontmoette Macron"
    parsed with Zelenski as obl and Macron as nsubj. And a plural verb agrees with a
    coordination before it rather than with one word after it: "Witkoff en Kushner ontmoetten
    Poetin" parsed with the pair as obj and Poetin as nsubj.
    """
    own = sorted((c for c in children(verb) if c.dep_ in scheme.subject), key=lambda t: t.i)
    # "Venezuela heeft waarnemers ... de toegang geweigerd": the subject on the auxiliary is the
    # clause's subject, and a "subject" of the verb after it is one more argument.
    own = sorted(_auxiliary_arguments(verb, scheme, scheme.subject), key=lambda t: t.i)[:1] + own
    if own and own[0].i > verb.i:
        fronted = [c for c in children(verb) if c.i < verb.i and _bare_oblique_name(c, scheme)]
        if (
            not fronted
            and "Plur" in morph_values(verb, "Number")
            and not _is_coordinated(own[0], scheme)
        ):
            fronted = [
                c
                for c in children(verb)
                if c.i < verb.i and c.dep_ in scheme.object and _is_coordinated(c, scheme)
            ]
        own = fronted[:1] + own
    own = _apposed_subject_name(verb, own, scheme)
    if own:
        joined = _coordinated_subjects(own[0], scheme)
        own = [s for s in own if s not in joined]
    if own:
        own = [c for c in children(own[0]) if article_as_pronoun(c, scheme)][:1] + own
        own = _agreeing_relative_subject(verb, own[0], scheme)[:1] + own
    return own


#: Labels of a verb that heads a main clause (verb-second in Dutch).
_MAIN_CLAUSE = frozenset({"ROOT", "conj", "parataxis"})


def _apposed_subject_name(verb: Token, own: list[Token], scheme: LabelScheme) -> list[Token]:
    """``own`` with a name the parser made a second subject, right after a common noun before a
    main clause's verb, standing for that noun: "De Britse aanklagersdienst CPS vervolgde de
    negen" (CPS as nsubj beside "aanklagersdienst"). A verb-second clause has one constituent
    before its verb, so the two are one phrase and the name is its subject, not an object; a
    clause opened by a subordinator ("dat de regering Rusland steunt") keeps both."""
    if (
        len(own) < 2
        or own[0].pos_ != "NOUN"
        or own[1].pos_ != "PROPN"
        or own[1].i != own[0].i + 1
        or own[1].i > verb.i
        or verb.dep_ not in _MAIN_CLAUSE
        or any(c.dep_ == "mark" for c in children(verb))
    ):
        return own
    return own[1:]


#: Labels of the finite auxiliary or copula that carries a clause's number.
_FINITE_HELPERS = frozenset({"aux", "aux:pass", "cop"})


def _agreeing_relative_subject(verb: Token, subject: Token, scheme: LabelScheme) -> list[Token]:
    """The real subject of a verb-final relative clause whose relative pronoun the parser made
    the subject although the finite verb does not agree with the noun the pronoun stands for:
    "sancties die de Europese Unie tegen Iran heeft ingesteld" (plural "sancties", singular
    "heeft": the EU imposed them), "het verdrag dat Rusland en China hebben getekend". The
    object before the verb that agrees is the subject; the pronoun is then the object. Read in
    UD only (Dutch relative pronouns are subject or object by agreement, not by place)."""
    if (
        scheme.preposition_heads_noun
        or verb.dep_ != "acl:relcl"
        or morph_values(subject, "PronType") != ["Rel"]
        or not verb.head.i < subject.i < verb.i
        or verb.head.pos_ not in ("NOUN", "PROPN")
    ):
        return []
    finite = [c for c in children(verb) if c.dep_ in _FINITE_HELPERS] + [verb]
    number = next(
        (morph_values(t, "Number") for t in finite if "Fin" in morph_values(t, "VerbForm")), None
    )
    if number not in (["Sing"], ["Plur"]) or _number(verb.head, scheme) in (None, number[0]):
        return []
    return [
        c
        for c in children(verb)
        if c.dep_ in scheme.object
        and subject.i < c.i < verb.i
        and c.pos_ in ("NOUN", "PROPN")
        and _number(c, scheme) in (None, number[0])
    ][:1]


def _number(noun: Token, scheme: LabelScheme) -> str | None:
    """A noun phrase's grammatical number: plural when coordinated, else its morphology's (None
    when it gives none, as for many names)."""
    if _is_coordinated(noun, scheme):
        return "Plur"
    found = morph_values(noun, "Number")
    return found[0] if len(found) == 1 else None


@functools.lru_cache(maxsize=None)
def article_pronouns(lang: str) -> frozenset[str]:
    """The words of ``lang`` that are an article and a subject pronoun ('het'), from
    ``data/lexicons/articlepronouns.<lang>.txt``; none for a language without that file."""
    path = DEFAULT_LEXICON_DIR / f"articlepronouns.{lang}.txt"
    return read_word_list(path) if path.exists() else frozenset()


def article_as_pronoun(token: Token, scheme: LabelScheme) -> bool:
    """Whether ``token`` is the subject pronoun of a clause that the parser hung as the article of
    the subject noun after it: a word of ``articlepronouns.<lang>.txt`` right after the clause's
    subordinator, on a plural noun right after it, which it cannot be the article of ("zei dat
    het troepen naar de grens had gestuurd": "het" sends the troops). The noun is then one more
    argument of the verb (:func:`objects`)."""
    noun = token.head
    if (
        token.dep_ != "det"
        or token.i == 0
        or noun.i != token.i + 1
        or noun.pos_ != "NOUN"
        or noun.dep_ not in scheme.subject
        or token.lower_ not in article_pronouns(doc_lang(token.doc))
    ):
        return False
    if "Plur" not in morph_values(noun, "Number"):
        # common gender would do too, but the tagger guesses gender (and sometimes number: "het
        # nieuwe, zuinige vliegtuig") for words it does not know; hence also no adjective between
        return False
    before = doc_tokens(token.doc)[token.i - 1]
    return before.dep_ == "mark" and before.head == noun.head


def _is_coordinated(token: Token, scheme: LabelScheme) -> bool:
    """Whether ``token`` heads a coordination, as :func:`with_conjuncts` finds one."""
    return len(with_conjuncts(token, scheme)) > 1


def _bare_oblique_name(token: Token, scheme: LabelScheme) -> bool:
    """A name the parser made an oblique without a preposition: a bare argument ("viel Oekraïne
    binnen")."""
    return (
        token.dep_ == "obl"
        and token.pos_ == "PROPN"
        and not any(c.dep_ in scheme.case for c in children(token))
    )


def is_nominalised(token: Token) -> bool:
    """An infinitive used as a noun, with an article of its own: "dreigde met het uitzetten van
    inspecteurs", "threatened the closing of the border" (its phrase holds whom the act is aimed
    at, as a noun's does); or a plural noun the tagger took for a verb, with a number before it
    ("de vrijlating van dertig Armeense gevangenen", lemma 'vangen'): no verb takes a number."""
    return token.pos_ == "VERB" and any(
        c.i < token.i and (c.dep_ == "det" and c.pos_ == "DET" or c.dep_ == "nummod")
        for c in children(token)
    )


def acts_as_verb(token: Token, scheme: LabelScheme) -> bool:
    """A verb, or a word the tagger mistook for a noun that still heads a clause: it has a
    subject and an object (or a name in apposition after it, see :func:`_apposed_objects`), or
    two subjects (no noun has two; see :func:`_own_subjects`)."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    if token.pos_ != "NOUN":
        return False
    n_subjects = sum(
        1 for c in children(token) if c.dep_ in scheme.subject or c.dep_ in scheme.passive_subject
    )
    if n_subjects != 1:
        return n_subjects >= 2  # most nouns have no subject: no need to look for an object
    return any(c.dep_ in scheme.object for c in children(token)) or bool(
        _apposed_objects(token, scheme)
    )


def between_sides(head: Token, scheme: LabelScheme, between: Iterable[str]) -> list[Token]:
    """The sides of "tussen X en Y", "between X and Y" under ``head``, coordinated ones included.

    "Between" needs two sides, so when the parser hangs "en Y" on the head noun instead of on X
    ("gesprekken tussen X en de onderhandelaar van Y"), the head's conjuncts after X are the other
    side.
    """
    words = set(between)
    sides = [arg for prep, arg in prepositional_args(head, scheme) if prep in words]
    if not sides:
        sides = _between_by_order(head, words, scheme)
    if len(sides) == 1:
        sides += [c for c in children(head) if c.dep_ in scheme.conj and c.i > sides[0].i]
    return sides


def _between_by_order(head: Token, words: set[str], scheme: LabelScheme) -> list[Token]:
    """The first side of "gesprekken tussen X ..." read by word order, when the parser hung both
    "tussen" and X on the noun without making "tussen" X's case marker (as flat, obj, ...)."""
    after = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if after is None or after.lower_ not in words or after.head != head:
        return []
    for token in head.doc[after.i + 1 : head.sent.end]:
        if token.pos_ in ("PROPN", "NOUN"):
            return with_conjuncts(token, scheme) if token.head in (head, after) else []
        if token.pos_ not in ("DET", "ADJ", "NUM"):
            return []
    return []


@_remembered("pairs")
def prepositional_args(head: Token, scheme: LabelScheme) -> Iterator[tuple[str, Token]]:
    """(preposition, noun) pairs hanging from ``head``: "met Macron" -> ("met", Macron).

    Coordinated nouns share the preposition ("tussen Moskou en Kiev").
    """
    if scheme.preposition_heads_noun:
        for prep in _verb_prepositions(head, scheme):
            for noun in children(prep):
                if noun.dep_ in ("pobj", "pcomp"):
                    for t in with_conjuncts(noun, scheme):
                        yield prep.lower_, t
    else:
        for noun in children(head):
            if noun.dep_ in scheme.oblique or noun.dep_ in scheme.agent:
                prep = preposition_of(noun, scheme)
                if prep is not None:
                    for t in with_conjuncts(noun, scheme):
                        yield prep.lower_, t
                    yield from _phrases_inside_name(noun, scheme)
        if head.pos_ in ("VERB", "AUX"):
            yield from _phrases_before_their_noun(head, scheme)
            yield from _phrases_on_time_nouns(head, scheme)


def _phrases_inside_name(noun: Token, scheme: LabelScheme) -> Iterator[tuple[str, Token]]:
    """Phrases the parser hung inside the name of ``noun``'s phrase as part of it (UD labels):
    "het protest van Greenpeace tegen Shell", with "Shell" as flat of "Greenpeace" and "tegen"
    as its case marker. A part of a name with a preposition of its own that the name finder
    starts a name of its own at is a phrase of the same head, not part of the first name."""
    for part in children(noun):
        if part.i < noun.i or part.dep_ not in ("flat", "flat:name") or part.ent_iob_ != "B":
            continue
        prep = preposition_of(part, scheme)
        if prep is not None and noun.i < prep.i < part.i:
            yield prep.lower_, part


def _verb_prepositions(head: Token, scheme: LabelScheme) -> Iterator[Token]:
    """The prepositions of ``head`` where a preposition heads its noun (ClearNLP labels), also
    those the parser hung on a particle or a first preposition of the verb: "handed the villages
    back to Armenia" ("to" on "back"), "pulled its troops out of Syria" ("of" on "out")."""
    for prep in children(head):
        if prep.dep_ in scheme.oblique and prep.pos_ == "ADP":
            yield prep
            if any(g.dep_ in ("pobj", "pcomp") for g in children(prep)):
                # "in Baghdad and through the south of Iraq", "sanctions on Iran and on Syria":
                # a preposition coordinated with this one is a phrase of the same head
                yield from _coordinated_prepositions(prep, scheme)
                continue
        elif not (prep.dep_ in ("advmod", *scheme.particle) and prep.pos_ in ("ADV", "ADP")):
            continue
        for inner in children(prep):
            if inner.dep_ in scheme.oblique and inner.pos_ == "ADP" and inner.i > prep.i:
                yield inner


def _coordinated_prepositions(prep: Token, scheme: LabelScheme) -> Iterator[Token]:
    """The prepositions with a noun of their own that the parser coordinated with ``prep``
    (ClearNLP hangs "through" of "in Baghdad and through the south" on "in" as its conjunct)."""
    for other in children(prep):
        if (
            other.dep_ in scheme.conj
            and other.pos_ == "ADP"
            and any(g.dep_ in ("pobj", "pcomp") for g in children(other))
        ):
            yield other
            yield from _coordinated_prepositions(other, scheme)


def _phrases_before_their_noun(verb: Token, scheme: LabelScheme) -> Iterator[tuple[str, Token]]:
    """The phrases of ``verb``'s clause that the parser hung on a noun of the verb after them
    ("heeft met Haïti afspraken gemaakt": "met Haïti" on "afspraken"): a noun's own phrases follow
    it, so one before it belongs to the clause (UD labels only)."""
    for arg in children(verb):
        if arg.pos_ not in ("NOUN", "PROPN"):
            continue
        for noun in children(arg):
            if noun.i < arg.i and (noun.dep_ in scheme.oblique or noun.dep_ in scheme.agent):
                prep = preposition_of(noun, scheme)
                if prep is not None:
                    for t in with_conjuncts(noun, scheme):
                        yield prep.lower_, t


@functools.lru_cache(maxsize=None)
def time_nouns(lang: str) -> frozenset[str]:
    """The words that name a time by themselves: the weekdays, units and durations of the
    language's time lexicon ("maandag", "week", "jaar", "uur") and its month names ("januari");
    empty for a language without a time lexicon."""
    from extract.dates import month_names
    from extract.errors import NewsgraphError

    try:
        times = load_lexicon(lang).times
    except NewsgraphError:
        return frozenset()
    words = {expr for expr, t in times.items() if t.kind in ("weekday", "unit", "duration")}
    return frozenset(words) | month_names(lang)


def _phrases_on_time_nouns(verb: Token, scheme: LabelScheme) -> Iterator[tuple[str, Token]]:
    """The phrases of ``verb``'s clause that the parser hung on a bare time noun of the verb
    before them ("werkt sinds januari met Spanje samen": "met Spanje" on "januari"): a weekday,
    month or unit of time names no one, so a phrase after it belongs to the clause (UD labels
    only)."""
    nouns = time_nouns(doc_lang(verb.doc))
    for arg in children(verb):
        if arg.pos_ not in ("NOUN", "PROPN") or arg.lower_ not in nouns:
            continue
        if not (arg.dep_ in scheme.oblique or arg.dep_ in scheme.object):
            continue
        for noun in children(arg):
            if noun.i > arg.i and (noun.dep_ in scheme.oblique or noun.dep_ in scheme.name_part):
                prep = preposition_of(noun, scheme)
                if prep is not None:
                    for t in with_conjuncts(noun, scheme):
                        yield prep.lower_, t


def titled_name(noun: Token) -> Token | None:
    """The root of the person's name that starts right after the common noun ``noun``, when the
    parser hung ``noun`` on that name or made both subjects (or objects) of one verb: "Biden's
    running mate Kamala Harris visited Ohio" ("mate" and "Harris" both subjects of "visited").
    The noun is then the name's title, not a second argument; None otherwise."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(doc):
        return None
    first = doc[noun.i + 1]
    if first.ent_iob_ != "B" or first.ent_type_ != "PERSON":
        return None
    end = noun.i + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    roots = [t for t in doc[noun.i + 1 : end] if not noun.i < t.head.i < end or t.head == t]
    if len(roots) != 1:
        return None
    root = roots[0]
    if noun.head == root or (noun.head == root.head and noun.dep_ == root.dep_ != "ROOT"):
        return root
    return None


def lost_relative_predicate(noun: Token) -> bool:
    """Whether ``noun`` is what a relative clause the parser lost says of the phrase before it:
    "Jan de Vries, die woordvoerder van Shell was, vloog naar Parijs", which the Dutch model
    reads as a second subject "woordvoerder" of "vloog" (or "die" its subject) and "was" an
    auxiliary of the main verb. Read by word order: a comma, a relative pronoun
    (``PronType=Rel``), articles and adjectives, the common noun and its phrase, then one
    auxiliary hung outside the clause and a comma; no other verb in the clause."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    tokens = doc_tokens(doc)
    i = noun.i - 1
    while i > 0 and tokens[i].pos_ in ("DET", "ADJ", "NUM") and noun.i - i < 4:
        i -= 1
    if i < 1 or tokens[i - 1].text != "," or "Rel" not in morph_values(tokens[i], "PronType"):
        return False
    start = i + 1
    end = next((t.i for t in tokens[noun.i + 1 : noun.i + 16] if t.text == ","), None)
    if end is None or end - 1 <= noun.i:
        return False
    verb = tokens[end - 1]
    return (
        verb.pos_ == "AUX"
        and not start <= verb.head.i < end
        and noun.right_edge.i < end - 1
        and not any(t.pos_ in ("VERB", "AUX") for t in tokens[start : end - 1])
    )


def listed_between(first: Token, name: Span, is_word: Callable[[Token], bool]) -> bool:
    """Whether a word that ``is_word`` accepts stands between ``first`` and the ``name`` after
    it, after another name and a comma or coordinator: in a list of titled names the nearer
    title is the name's, however the parser hung the name ("de Nederlandse premier X en
    minister van Financiën Y" with Y in apposition to "premier"; not "his father, Sultan Said":
    no name before the comma)."""
    named = listed = False
    for token in doc_tokens(name.doc)[first.i + 1 : name.start]:
        if token.ent_type_:
            named = True
        elif named and (token.pos_ == "CCONJ" or token.text == ","):
            listed = True
        elif listed and is_word(token):
            return True
    return False


def copula_predicates(clause: Token, scheme: LabelScheme) -> list[Token]:
    """The words a copula says of the subject of the clause ``clause`` heads ("X is a critic",
    "X, who was Trump's envoy" -> [critic], [envoy]), by the parse, whatever the copula's
    word: UD hangs the copula under the predicate, which heads the clause; ClearNLP makes the
    copula (an AUX) the head, with the predicate as ``attr``. Empty for a clause of another
    verb ("who became envoy")."""
    if any(c.dep_ in scheme.copula for c in children(clause)):
        return [clause]
    if clause.pos_ == "AUX":
        return [c for c in children(clause) if c.dep_ in scheme.predicate]
    return []


def predicate_nouns(subject: Token, scheme: LabelScheme) -> list[Token]:
    """The nouns a copula says of ``subject``: "ABS-CBN is the largest broadcaster" ->
    [broadcaster] (:func:`copula_predicates` of its clause)."""
    head = subject.head
    if subject.dep_ not in scheme.subject or head == subject:
        return []
    return [n for n in copula_predicates(head, scheme) if n.pos_ == "NOUN"]


def preposition_of(noun: Token, scheme: LabelScheme) -> Token | None:
    """The preposition of ``noun``'s own phrase ("in" of "a base in Kandahar"), also of a
    conjunct that repeats it ("in Londen en in Berlijn": each its own "in"), or None: the head
    where the preposition heads the noun (ClearNLP), else the noun's first case marker (UD)."""
    if scheme.preposition_heads_noun:
        return noun.head if noun.dep_ == "pobj" and noun.head.pos_ == "ADP" else None
    return next((c for c in children(noun) if c.dep_ in scheme.case), None) or _stray_case(noun)


def _stray_case(noun: Token) -> Token | None:
    """The preposition right before ``noun`` that the parser hung on ``noun``'s head as part of
    a name instead of on ``noun`` ("Activisten van Amnesty International", with "van" as flat of
    "Activisten" and "Amnesty" as its nmod), or None."""
    if noun.i == 0 or noun.dep_ != "nmod":
        return None
    before = noun.doc[noun.i - 1]
    if before.pos_ == "ADP" and before.head == noun.head and before.dep_ in ("flat", "flat:name"):
        return before
    return None


def phrase_of(noun: Token, scheme: LabelScheme) -> tuple[Token, Token] | None:
    """(the word a prepositional phrase hangs on, its preposition) for the noun of the phrase
    ("a base in Kandahar": base, in), or None when ``noun`` heads no prepositional phrase."""
    prep = preposition_of(noun, scheme)
    hung = prep if scheme.preposition_heads_noun else noun  # the phrase's word on its head
    if prep is None or hung.head == hung:
        return None
    if not scheme.preposition_heads_noun and noun.dep_ not in scheme.oblique | scheme.agent:
        return None
    return hung.head, prep


def phrase_nouns_after(
    span: Span, head: Token, scheme: LabelScheme, preps: Collection[str]
) -> list[Token]:
    """The nouns of the phrases of ``preps`` on ``head`` that start right after ``span`` (a comma
    between them allowed): "a base in Kandahar in Afghanistan" -> [Afghanistan] after Kandahar.
    Coordinated nouns of a phrase are left to its first."""
    doc = span.doc
    start = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end
    found = []
    for prep, noun in prepositional_args(head, scheme):
        if prep not in preps or noun.dep_ in scheme.conj:
            continue
        phrase = phrase_of(noun, scheme)
        if phrase is not None and phrase[1].i == start:
            found.append(noun)
    return found


def speech_adjunct_addressees(
    verb: Token, scheme: LabelScheme, adjuncts: Mapping[tuple[str, str], frozenset[str]]
) -> list[Token]:
    """Whom a speech verb's speaker addressed, named in a phrase beside the verb: "Speaking to
    the BBC, X said", "X, speaking on CNN, said", "In an interview with Time, X said", "In a DW
    report, X stated", "In een interview met CNN zei X".

    ``adjuncts`` maps ("verb", lemma) of a participle (beside the verb or on its subject) and
    ("noun", lemma) of a phrase's noun (beside the verb, or set off by commas on its subject:
    "X, in remarks to UOL, said") to the prepositions that mark the addressee; "-" takes a name
    on the noun itself ("a DW report").
    """
    found: list[Token] = []
    speaker = _own_subjects(verb, scheme)[:1]
    clauses = [c for c in children(verb) if c.dep_ == "advcl" and c.pos_ == "VERB"]
    clauses += [c for s in speaker for c in children(s) if c.dep_ == "acl" and c.pos_ == "VERB"]
    for clause in clauses:
        preps = adjuncts.get(("verb", clause.lemma_.lower()), frozenset())
        found += [
            named
            for prep, noun in prepositional_args(clause, scheme)
            if prep in preps
            for named in [noun, *classified_names(noun, scheme)]
        ]
    phrases = list(prepositional_args(verb, scheme))
    phrases += [phrase for s in speaker for phrase in _asides(s, scheme)]
    for _prep, noun in phrases:
        preps = adjuncts.get(("noun", noun.lemma_.lower()), frozenset())
        if not preps:
            continue
        found += [
            named
            for prep, arg in prepositional_args(noun, scheme)
            if prep in preps
            for named in [arg, *classified_names(arg, scheme)]
        ]
        if "-" in preps:
            found += [
                c
                for c in children(noun)
                if c.i < noun.i
                and c.pos_ == "PROPN"
                and (c.dep_ in scheme.name_part or c.dep_ in scheme.possessive)
            ]
    return found


def _asides(name: Token, scheme: LabelScheme) -> list[tuple[str, Token]]:
    """(preposition, noun) of the phrases set off by a comma after ``name``: an aside on a
    speaker ("Alencar, in remarks to UOL, said", "Rutte, in een reactie tegenover de NOS, zei",
    which UD labels an apposition with a preposition), not a phrase of the name itself ("the
    interview with X")."""
    found = list(prepositional_args(name, scheme))
    for child in children(name):
        prep = preposition_of(child, scheme) if child.dep_ in scheme.appos else None
        if prep is not None:
            found.append((prep.lower_, child))
    doc = name.doc
    return [
        (prep, noun)
        for prep, noun in found
        if noun.i > name.i and any(t.text == "," for t in doc[name.i : noun.i])
    ]


def classified_names(noun: Token, scheme: LabelScheme) -> list[Token]:
    """The name a common noun of kind stands beside: "Time magazine", "the Atlantic Council think
    tank" (a proper noun compounded before the noun), "het tijdschrift Time", "de krant De
    Telegraaf" (a name in apposition right after the noun, also where the parser hung it on the
    word the noun's phrase hangs from). The noun alone names no one an entity can be found for.
    """
    if noun.pos_ != "NOUN":
        return []
    found = [
        c
        for c in children(noun)
        if c.i < noun.i and c.pos_ == "PROPN" and c.dep_ in scheme.name_part
    ]
    after = noun.i + 1
    doc = noun.doc
    while after < len(doc) and doc[after].pos_ == "DET":
        after += 1
    if after < len(doc) and after < sentence_bounds(noun)[1]:
        name = doc[after]
        name = name if name.dep_ in scheme.appos else name.head
        if name.dep_ in scheme.appos and name.head in (noun, noun.head) and name.i >= after:
            found.append(name)
    return found


def adjacent_possessor(
    noun: Token, scheme: LabelScheme, possessor_preps: Iterable[str]
) -> Token | None:
    """The name after a possessive preposition right behind ``noun``, wherever the parser hung it.

    "tussen Vladimir Poetin en de onderhandelaar van Donald Trump" with "van Donald Trump" on
    "Vladimir": a "van" right after "onderhandelaar" belongs to it. The name may stand in
    apposition to a title ("van de Amerikaanse president Donald Trump"): then the title is
    returned, which resolves to the name as an actor does.
    """
    after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if after is None or after.dep_ not in scheme.case or after.lower_ not in set(possessor_preps):
        return None
    owner = after.head
    if owner.i < after.i:
        return None
    if owner.pos_ == "PROPN":
        return owner
    named = any(child.dep_ in scheme.appos and child.pos_ == "PROPN" for child in children(owner))
    return owner if owner.pos_ == "NOUN" and named else None


def agents(
    verb: Token, scheme: LabelScheme, agent_preps: Iterable[str], hosts: Iterable[str] = ()
) -> list[Token]:
    """The actors of a passive verb ("door Trump", "by Trump"). With ``hosts`` (prepositions
    of the verb's own arguments), a passive without an agent of its own also takes a "by" name
    the parser hung on the noun of such a phrase (:func:`_agents_on_arguments`)."""
    preps = set(agent_preps)
    if scheme.preposition_heads_noun:
        # "was sent to Syria by Turkey last week": in a passive, a "by" phrase the parser
        # labelled a plain preposition is the agent all the same
        passive = is_passive(verb, scheme)
        found = [
            t
            for prep in children(verb)
            if prep.dep_ in scheme.agent
            or (passive and prep.dep_ in scheme.oblique and prep.lower_ in preps)
            for noun in children(prep)
            if noun.dep_ == "pobj"
            for t in with_conjuncts(noun, scheme)
        ]
        if found or not hosts or not passive:
            return found
        return _agents_on_arguments(verb, scheme, preps, set(hosts))
    # "door X" hung on a noun after it is the clause's agent only in a passive (see
    # _phrases_before_their_noun): "Hij verloor door Covid zijn baan" has none
    hung = [
        (prep, noun) for prep, noun in _phrases_before_their_noun(verb, scheme) if prep in preps
    ]
    found = [
        noun
        for prep, noun in prepositional_args(verb, scheme)
        if prep in preps and (prep, noun) not in hung
    ]
    if found or not (
        is_passive(verb, scheme) or any(c.dep_ in scheme.passive_subject for c in children(verb))
    ):
        return found
    return [noun for _, noun in hung]


def _agents_on_arguments(
    verb: Token, scheme: LabelScheme, preps: set[str], hosts: set[str]
) -> list[Token]:
    """The names of a "by" phrase the parser hung on the noun of one of a passive verb's own
    argument phrases ("was threatened with a lawsuit by Elon Musk", "were imposed on Lithuania
    by China" with "by ..." on "lawsuit", "Lithuania"): a verb's argument does not take an agent
    of its own in front of the verb's, so the phrase is the verb's. Only names: "was charged
    with the killing of a man by a gang" keeps its "by a gang" on "killing"."""
    found = []
    for prep in children(verb):
        if prep.dep_ not in scheme.oblique or prep.lower_ not in hosts:
            continue
        for noun in children(prep):
            if noun.dep_ != "pobj":
                continue
            for by in children(noun):
                if by.dep_ not in scheme.oblique or by.lower_ not in preps:
                    continue
                found += [
                    t
                    for name in children(by)
                    if name.dep_ == "pobj" and name.pos_ == "PROPN"
                    for t in with_conjuncts(name, scheme)
                ]
    return found


def verb_lemmas(
    verb: Token,
    scheme: LabelScheme,
    lookup: Callable[[str], str | None] = lambda form: None,
    lemma: str | None = None,
) -> list[str]:
    """Lemmas to look up for ``verb``, most specific first.

    Separable and phrasal verbs join their particle: Dutch "woonden ... bij" ->
    "bijwonen", English "ruled out" -> "rule out". ``lookup`` gives a second
    opinion for a word form (a lemma table), tried after the model's lemma:
    "viel ... binnen" -> lookup("binnenviel") -> "binnenvallen". ``lemma`` stands for the
    model's lemma when the caller has a better one.
    """
    lemmas = [(lemma or verb.lemma_).lower().replace("_", "")]
    particles = [c.lower_ for c in children(verb) if c.dep_ in scheme.particle]
    forms = []
    for particle in particles:
        forms += [particle + lemmas[0], f"{lemmas[0]} {particle}"]
        joined = lookup(particle + verb.lower_)
        if joined:
            forms.append(joined.lower())
    second = lookup(verb.lower_)
    if second and second.lower() not in lemmas:
        lemmas.append(second.lower())
        for particle in particles:
            forms += [particle + second.lower(), f"{second.lower()} {particle}"]
    return list(dict.fromkeys(forms + lemmas))


def clause_verb(token: Token) -> Token:
    """The verb whose clause ``token`` belongs to (``token`` itself for a verb).

    Walked on the document's arrays of heads and tags (read once per document), not on a Token
    made per step: the routes ask it of most names of every sentence."""
    doc = token.doc
    memo = last_document_memo(_LAST_CLAUSE_VERBS, doc)
    arrays = memo.get("arrays")
    if arrays is None:
        heads = doc.to_array(HEAD).view("int64") + numpy.arange(len(doc))
        verbs = _one_of(doc.to_array(POS), _CLAUSE_VERB_TAGS)
        arrays = memo["arrays"] = (heads.tolist(), verbs.tolist())
    heads, verbs = arrays
    current = token.i
    for _ in range(12):
        if verbs[current] or heads[current] == current:
            break
        current = heads[current]
    return doc_tokens(doc)[current]


#: The memo of :func:`clause_verb`: {"arrays": (each token's head's index, whether it is a verb)}.
_LAST_CLAUSE_VERBS: list = [None]
#: The tags of a clause's verb (:func:`clause_verb`).
_CLAUSE_VERB_TAGS = (int(POS_IDS["VERB"]), int(POS_IDS["AUX"]))


def is_negated(
    verb: Token, scheme: LabelScheme, negators: Iterable[str], *, on_objects: bool = True
) -> bool:
    """True when ``verb`` or its auxiliaries carry a negation ("niet", "never", "n't"), or, with
    ``on_objects``, its object does ("signed no deal", "maakt geen deel uit")."""
    words = set(negators)
    candidates = [verb] + [
        c for c in children(verb) if c.dep_ in ("aux", "aux:pass", "auxpass", "cop")
    ]
    for token in candidates:
        for child in children(token):
            if child.dep_ in scheme.negation or (
                child.dep_ in ("advmod", "det", "neg") and child.lower_ in words
            ):
                return True
    for obj in objects(verb, scheme) if on_objects else ():
        if any(c.lower_ in words and c.dep_ in ("det", "advmod", "neg") for c in children(obj)):
            return True
    return False


#: Hyphen characters that join a prefix to a name ("pro-Beijing").
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def name_start(token: Token) -> Token:
    """The first word of the name ``token`` is part of ("Nations" -> "United" of "United
    Nations"); ``token`` itself outside a name or at its start."""
    doc, i = token.doc, token.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return doc[i]


def after_stance(token: Token, stance: frozenset[str]) -> bool:
    """Whether the name is joined by a hyphen to a ``stance`` prefix (prepositions.<lang>.tsv:
    "pro-Beijing candidates", "anti-Moscow protests"): one stands for or against its
    government, not the city, and a position "pro-Israel" is no one's but its holder's."""
    doc, start = token.doc, name_start(token).i  # the name's first word ("pro-Hong Kong")
    if start < 2 or doc[start - 1].text not in HYPHENS or doc[start - 1].whitespace_:
        return False
    return doc[start - 2].lower_ in stance and not doc[start - 2].whitespace_
