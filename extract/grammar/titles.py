"""Titles and kin words, which can span several tokens.

"Secretary of State", "minister van Buitenlandse Zaken" and "son-in-law" are
one title each. :func:`title_phrase` finds the longest one starting at a token,
so the name finder does not mistake "State" or "Buitenlandse Zaken" for an
organisation, and relations read the whole title.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc, Span, Token

from extract.grammar.syntax import doc_tokens, last_document_memo, plural_form, tokens_where
from extract.lexicon import Lexicon, tables_memo
from extract.name_words import name_words
from records.text import fold

#: What joins the items of a list: a comma, and the word before the last item ("and", "en", "&":
#: ``namewords.<lang>.tsv`` kind list_and).
LIST_JOINERS = frozenset({","}) | name_words()["list_and"]

MAX_TITLE_TOKENS = 7


@dataclass(frozen=True)
class Title:
    """A title at ``doc[start:end]``: its normalised role, or its kin relation."""

    start: int
    end: int
    role: str | None
    kin: str | None

    @property
    def detail(self) -> str:
        return self.kin or self.role or ""


_FIRST_WORDS: dict = {}


def _first_words(lexicon: Lexicon) -> frozenset[str]:
    """First words of every title and kin phrase, to skip tokens that cannot start one."""
    memo = tables_memo(_FIRST_WORDS, lexicon)
    found = memo.get("words")
    if found is None:
        found = memo["words"] = frozenset(
            key.split()[0] for key in (*lexicon.roles, *lexicon.family) if key.split()
        )
    return found


_PHRASE_ENDS = frozenset('.,;:!?()[]"“”«»')


def _ends_phrase(token: Token) -> bool:
    return token.is_space or token.text in _PHRASE_ENDS


def title_phrase(token: Token, lexicon: Lexicon) -> Title | None:
    """The longest title starting at ``token`` (or the token's own title), else None.

    Remembered for the last document: names, arguments and relations ask of the same tokens."""
    if "-" not in token.text and not may_start_title(token.lemma_, lexicon):
        return None  # most words: no title starts with them
    memo = last_document_memo(_LAST_TITLES, token.doc)
    key = (token.i, id(lexicon))
    if key in memo:
        return memo[key]
    found = memo[key] = _find_title_phrase(token, lexicon)
    return found


#: The memo of :func:`title_phrase`: {(token index, lexicon id): title or None}.
_LAST_TITLES: list = [None]


def title_starts(doc: Doc, lexicon: Lexicon) -> list[Token]:
    """The tokens of ``doc`` a title may start at, in text order (:func:`title_phrase` is None
    at every other): found from one array of the words and lemmas, so a walk over the whole
    document makes no Token or string of the words no title starts with."""
    joined = tokens_where(doc, ORTH, hyphened, hyphened)
    may_start = tokens_where(
        doc,
        LEMMA,
        lambda lemma: may_start_title(lemma, lexicon),
        # a bound method keys by the lexicon itself and keeps it alive: never by a table's id
        (may_start_title, lexicon.compound_role),
    )
    if not joined or not may_start:
        return joined or may_start
    # the two lists' tokens in text order, each once (no flag per word of the document)
    tokens = doc_tokens(doc)
    return [tokens[i] for i in sorted({t.i for t in joined}.union(t.i for t in may_start))]


def hyphened(text: str) -> bool:
    """Whether a word has a hyphen ("vice-premier", "VN-gezant"): a test of every distinct word,
    one function so that its answers are remembered (:func:`tokens_where`)."""
    return "-" in text


#: Per lexicon (:func:`tables_memo`): lemma -> whether the lemma's first folded word can start a
#: title or kin phrase (every token of every document is asked).
_MAY_START: dict = {}


def may_start_title(lemma: str, lexicon: Lexicon) -> bool:
    """Whether a title can start with a word of this lemma (folding each lemma once)."""
    known = tables_memo(_MAY_START, lexicon)
    found = known.get(lemma)
    if found is None:
        words = fold(lemma, articles=False).split()
        found = bool(words) and (
            words[0] in _first_words(lexicon)
            or (len(words) == 1 and lexicon.compound_role(words[0]) is not None)
        )
        if len(known) < 1 << 16:
            known[lemma] = found
    return found


def _find_title_phrase(token: Token, lexicon: Lexicon) -> Title | None:
    doc = token.doc
    if "-" not in token.text and not may_start_title(token.lemma_, lexicon):
        return None
    best = None
    text = token.lemma_.lower()
    tokens = doc_tokens(doc)  # made once: ``doc[i]`` makes a new Token at every look
    for j in range(token.i + 1, min(len(doc), token.i + MAX_TITLE_TOKENS) + 1):
        if j > token.i + 1 and _ends_phrase(tokens[j - 1]):
            # "Trump's son-in-law.\nYuri Ushakov": folding drops the stop, but a title never
            # runs on over the end of its sentence or a bracket onto the next name
            break
        if j > token.i + 1:
            previous = tokens[j - 2]
            text += previous.whitespace_ + tokens[j - 1].lower_
        role, kin = lexicon.role(text), lexicon.kin(text)
        if role or kin:
            best = Title(token.i, j, role, kin)
    if best is None and "-" in token.text:
        last = token.text.rsplit("-", 1)[1]
        role, kin = lexicon.role(last), lexicon.kin(last)
        if role or kin:
            best = Title(token.i, token.i + 1, role, kin)
    if best is None:
        # "de Amerikaanse districtsrechter Gray Miller": a compound headed by a role noun
        role = lexicon.compound_role(token.lemma_) or lexicon.compound_role(token.lower_)
        if role:
            best = Title(token.i, token.i + 1, role, None)
    return best


def whole_title(title: Title, doc: Doc, lexicon: Lexicon) -> Title:
    """The longest title that ends where ``title`` ends ("Foreign Secretary" for the "Secretary" a
    parse links to the name, "Solicitor General" for "General"): its first words may change the
    office ("foreign minister", "attorney general")."""
    for i in range(max(0, title.start - MAX_TITLE_TOKENS), title.start):
        longer = title_phrase(doc[i], lexicon)
        if longer is not None and longer.end == title.end:
            return longer
    return title


#: Normalised roles held for whoever the possessive or "of"/"for" names ("his lawyer", "advocaat
#: van Trump"), never for the country or place a word before them names ("a California lawyer",
#: "de Amerikaanse advocaat": where the lawyer is from).
COUNSEL = frozenset({"lawyer"})

#: Entity types a title can be held in or for (ROLE person -> organisation or country).
HOLDER_TYPES = ("ORG", "COUNTRY")
#: The marks of an English possessive after a name ("Trump's", "Paris'"), as tokens.
POSSESSIVE_MARKS = name_words()["possessive_mark"]
#: The prepositions that tie a title to its body ("voorzitter van", "director of", "minister for").
_OF = name_words()["of_preposition"] | name_words()["for_preposition"]


def holders_beside(title: Title, holder: Span, ents: Sequence[Span]) -> list[Span]:
    """Organisations and countries written against a title or its holder's name, when the
    parse does not link them: "Amerikaanse minister", "Ford's chief executive", "zijn
    Amerikaanse ambtgenoot X" (right before the title), "minister van Buitenlandse Zaken X"
    (inside the title), "minister X van Financiën" (the name, then "van" and the ministry)."""
    doc = holder.doc
    out: list[Span] = []
    i = title.start - 1
    while i >= 0 and doc[i].text in POSSESSIVE_MARKS:
        i -= 1
    for ent in ents:
        if ent.label_ not in HOLDER_TYPES or ent == holder:
            continue
        # not the last of a list ("his Greek, Cypriot and French counterparts"): whose is whose
        # is not said by the words' order
        before = (
            ent.end == i + 1
            and i >= 0
            and not (ent.start > 0 and doc[ent.start - 1].lower_ in LIST_JOINERS)
        )
        inside = title.start <= ent.start and ent.end <= title.end
        after = (
            ent.start > holder.end
            and ent.start - holder.end <= 2
            and doc[holder.end].lower_ in _OF
            and all(t.pos_ == "DET" for t in doc[holder.end + 1 : ent.start])
            and not _owns_next_noun(ent)
        )
        if before or inside or after:
            out.append(body_named_on(ent, ents) if after else ent)
    return out


def _owns_next_noun(ent: Span) -> bool:
    """Whether ``ent`` is only the possessor of the noun after it: "challenged President X for
    the Democratic Party's nomination" names a contest, not a body the title is held in (the
    text does not say X holds an office in that party)."""
    return ent.end < len(ent.doc) and ent.doc[ent.end].text in POSSESSIVE_MARKS


def body_named_on(place: Span, ents: Sequence[Span]) -> Span:
    """The organisation whose name follows ``place``'s right on: "Director X of the United States
    National Institute of Allergy ..." (the country is part of the body's name, and the body
    holds the title); else ``place``."""
    if place.label_ == "ORG":
        return place
    return next((e for e in ents if e.start == place.end and e.label_ == "ORG"), place)


def parenthetical_holders(holder: Span, ents: Sequence[Span]) -> list[Span]:
    """Organisations in brackets right after a name: "Eelco Heinen (Financiën, VVD)", "John
    McCain (R-AZ)"; the portfolio and the party are the person's ROLE."""
    doc = holder.doc
    if holder.end >= len(doc) or doc[holder.end].text != "(":
        return []
    close = next((t.i for t in doc[holder.end + 1 : holder.end + 12] if t.text == ")"), None)
    if close is None:
        return []
    return [e for e in ents if e.label_ == "ORG" and holder.end < e.start and e.end <= close]


def title_before(
    name: Span, lexicon: Lexicon, portfolio: Collection[str] = frozenset()
) -> Token | None:
    """The first word of a multi-word title that ends right before ``name`` ("de Amerikaanse
    minister van Buitenlandse Zaken Marco Rubio": minister), which a parse seldom links; with
    ``portfolio`` (the possessor prepositions) also a title and the capitalised name of its
    portfolio that the lexicon does not list ("minister van Energie Yuval Steinitz", "minister
    van Handel en Industrie X")."""
    doc = name.doc
    for i in range(name.start - 2, max(-1, name.start - MAX_TITLE_TOKENS - 1), -1):
        title = title_phrase(doc[i], lexicon)
        if title is None:
            continue
        if title.end == name.start and title.end - title.start > 1:
            return doc[i]
        if _portfolio(doc[title.end : name.start], portfolio):
            return doc[i]
    return None


def _portfolio(words: Span, portfolio: Collection[str]) -> bool:
    """Whether ``words`` are a preposition of ``portfolio`` and a capitalised name that is no
    entity of its own ("van Energie", "van Handel en Industrie")."""
    if len(words) < 2 or words[0].lower_ not in portfolio:
        return False
    rest = list(words[1:])
    return (
        rest[0].is_title
        and rest[-1].is_title
        and all((t.is_title or t.pos_ == "CCONJ") and not t.ent_type_ for t in rest)
    )


def listed_title_before(name: Span, lexicon: Lexicon) -> Token | None:
    """The first word of the title listed before the title right before ``name``: "Conservative
    Party leader and Prime Minister Boris Johnson", "PG&E President and CEO Andy Vesey",
    "partijleider en premier X" (leader). Singular titles joined by "and"/"en" before one name
    are all that person's; parsers seldom link the first one to the name (a second subject, an
    apposition elsewhere), so it is read by word order. None when the words before the name
    are no such list."""
    doc = name.doc
    near = _title_ending_at(doc, name.start, lexicon)
    if near is None or near < 2 or doc[near - 1].lower_ not in LIST_JOINERS - {","}:
        return None
    first = _title_ending_at(doc, near - 1, lexicon)
    last = doc[near - 2]
    if plural_form(last):
        # "the president's lawyers and District Attorney X's office": not one person's
        return None
    return doc[first] if first is not None else None


def _title_ending_at(doc: Doc, end: int, lexicon: Lexicon) -> int | None:
    """Where the longest title that ends right before ``doc[end]`` starts, not inside a name
    ("Labour Party leader": leader, not "Party leader"), else None."""
    tokens = doc_tokens(doc)  # made once: ``doc[i]`` makes a new Token at every look
    for i in range(max(0, end - MAX_TITLE_TOKENS), end):
        if tokens[i].ent_type_:
            continue
        title = title_phrase(tokens[i], lexicon)
        if title is not None and title.end == end:
            return i
    return None
