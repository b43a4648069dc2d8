"""Names of events that open with the kind of event they are: "Hurricane Dorian", "orkaan
Dorian", "Operation Inherent Resolve", "Typhoon Hagibis".

The opening words (``event_first`` in ``namewords.<lang>.tsv``) come before the event's own
name, so the name finder would take the words after them for a person or an organisation
("Dorian", "Operation Fast"). The name finder leaves such a name to the event finder, which
makes it one named EVENT, and the bare name told again later ("Dorian made landfall") is a
mention of that event (:func:`opened_names`).
"""

from __future__ import annotations

from typing import Callable

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from extract.grammar.syntax import tokens_where
from extract.name_words import name_words

#: Words that open an event's name, the name after them: "Hurricane Dorian", "orkaan Dorian".
EVENT_FIRSTS = name_words()["event_first"]
#: Words that, inside the run after an opener, make it the name of a body or a place instead
#: ("Hurricane Center", "Operation Centre"): organisation, place and facility heads.
_NOT_EVENT = name_words()["org_head"] | name_words()["place_head"] | name_words()["facility_head"]
#: Words that may join two capitalised words inside such a name ("Operation Fast and Furious").
_JOINERS = name_words()["connector"] | name_words()["coordinator"]
#: Words before a storm's name ("Hurricane", "Tropical Storm", "orkaan"): the storm is an event.
#: "Storm" is also a first name ("Storm Reid"): see :func:`about_storms`.
STORM_CLASSES = name_words()["storm_class"]
#: Tokens before an opener that make it part of a longer name ("Task Force – Operation ...").
_DASHES = frozenset({"-", "–", "—"})


def about_storms(doc: Doc) -> bool:
    """Whether ``doc`` writes a storm word in lower case somewhere ("the storm", "a hurricane"),
    so is about a storm; else a capitalised "Storm" may be a first name ("Storm Reid"). Looked
    up in the document's words, not read off every token."""
    return bool(tokens_where(doc, ORTH, STORM_CLASSES.__contains__))


def name_word(text: str) -> bool:
    """A word that may stand in a proper name: a capital or a number first ("Civil", "2019",
    "H1N1", "COVID-19")."""
    return text[:1].isupper() or text[:1].isdigit()


def opened_name(doc: Doc, i: int, is_time: Callable[[str], object] | None = None) -> int | None:
    """The end (token index) of the event name that the opener at token ``i`` starts, or None.

    The opener is a word of :data:`EVENT_FIRSTS` that no capitalised word or dash comes right
    before in its sentence (so not "National Hurricane Center"); after it come capitalised words
    of the same sentence, joined at most by a connector ("Fast and Furious"), none the head of
    an organisation or place. After an opener in lower case ("the storm Saturday") the first of
    them must be no time expression (``is_time``). A storm's opener inside a name the model read
    as a person's ("Storm Reid") names an event only in a document about a storm.
    """
    opener = doc[i]
    if opener.lower_ not in EVENT_FIRSTS:
        return None
    # "Storm Reid" read as a person's name names no storm unless the document is about one
    if opener.ent_type_ == "PERSON" and opener.lower_ in STORM_CLASSES and not about_storms(doc):
        return None
    sent = opener.sent
    if i > sent.start and (
        doc[i - 1].text in _DASHES or doc[i - 1].text[:1].isupper() and i - 1 > sent.start
    ):
        return None
    end = i + 1
    while end < sent.end:
        word = doc[end]
        if name_word(word.text):
            end += 1
        elif (
            word.lower_ in _JOINERS
            and end > i + 1
            and end + 1 < sent.end
            and doc[end + 1].text[:1].isupper()
        ):
            end += 1
        else:
            break
    if end == i + 1:
        return None
    if any(doc[k].lower_ in _NOT_EVENT for k in range(i + 1, end)):
        return None
    if not opener.text[:1].isupper() and is_time is not None and is_time(doc[i + 1].text):
        return None
    return end


def opened_names(doc: Doc, is_time: Callable[[str], object] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each event name in ``doc`` that opens with its kind (:func:`opened_name`),
    the opener included."""
    found = []
    i = 0
    # the openers only, looked up in the document's words rather than read off every token
    for opener in tokens_where(doc, LOWER, EVENT_FIRSTS.__contains__):
        if opener.i < i:
            continue  # inside the name found before
        end = opened_name(doc, opener.i, is_time)
        if end is not None:
            found.append((opener.i, end))
            i = end
    return found
