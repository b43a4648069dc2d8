"""Issue 17 item 1 and issue 18 (accuse3): a hostile act against another act is aimed at whoever
made that act ("a lawsuit against the decision that Ruritania took": ACCUSE towards Ruritania),
also when its makers are named with another mention of the contested event, and for every
source of the hostile event wherever the story names them. Checked on parses built by hand and
end to end on sentences of our own, in both languages.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.arguments import Arguments
from extract.components.relations.contested import ContestedEvents, _frame
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, typed

EN_LAWSUIT = """
Greenpeace 1 nsubj PROPN
filed 1 ROOT VERB file
a 3 det DET
lawsuit 1 dobj NOUN lawsuit
against 1 prep ADP
the 6 det DET
decision 4 pobj NOUN decision
that 9 dobj PRON
Ruritania 9 nsubj PROPN
took 6 relcl VERB take
. 1 punct PUNCT
"""

NL_RECHTSZAAK = """
Greenpeace 1 nsubj PROPN
spande 1 ROOT VERB aanspannen
een 3 det DET
rechtszaak 1 obj NOUN rechtszaak
aan 1 compound:prt ADP
tegen 7 case ADP
het 7 det DET
besluit 1 obl NOUN besluit
dat 10 obj PRON
Ruritanië 10 nsubj PROPN
nam 7 acl:relcl VERB nemen
. 1 punct PUNCT
"""

NAMES = [(0, 1, "ORG", "greenpeace"), (8, 9, "COUNTRY", "rur")]
NL_NAMES = [(0, 1, "ORG", "greenpeace"), (9, 10, "COUNTRY", "rur")]


class _Route(ContestedEvents, Arguments):
    """The contested-act route alone, with one language's lexicons."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lexicon = load_lexicon(lang)
        self.grammar = load_grammar(lang)
        self.preps = self.grammar.prepositions
        self.scheme = UD if lang == "nl" else CLEAR


def _makers(rows: str, lang: str, names, noun: int, act: str | None = None) -> list[str]:
    """The makers the route reads for the contest phrase of the hostile noun at ``noun``, with
    the contested noun's lemma and word replaced by ``act`` when given."""
    if act is not None:
        old = "decision 4 pobj NOUN decision" if lang == "en" else "besluit 1 obl NOUN besluit"
        word = old.split()[0]
        rows = rows.replace(old, old.replace(word, act))
    resolver, doc = hand_resolver(rows, lang, names)
    route = _Route(lang)
    ctx = SimpleNamespace(resolver=resolver, events={}, doc=doc, sources={}, reporters_asked=set())
    contested = list(route._contested(doc[noun]))
    return [m for n in contested for m in route._makers_of(n, None, ctx)]


@pytest.mark.parametrize(
    "rows, lang, names",
    [(EN_LAWSUIT, "en", NAMES), (NL_RECHTSZAAK, "nl", NL_NAMES)],
    ids=["en", "nl"],
)
def test_route_the_contested_acts_maker_is_the_subject_of_its_relative_clause(rows, lang, names):
    # the phrase hangs on the verb whose object the hostile noun is ("filed a lawsuit against")
    assert _makers(rows, lang, names, 3) == ["rur"]


@pytest.mark.parametrize(
    "rows, lang, names, thing",
    [(EN_LAWSUIT, "en", NAMES, "company"), (NL_RECHTSZAAK, "nl", NL_NAMES, "bedrijf")],
    ids=["en", "nl"],
)
def test_route_a_thing_that_is_no_act_has_no_maker(rows, lang, names, thing):
    # "a lawsuit against the company that Ruritania founded": Ruritania made no act contested
    assert _makers(rows, lang, names, 3, act=thing) == []


def test_route_the_state_of_an_event_frames_it():
    en = hand_resolver(
        "the 1 det DET\nstate 1 ROOT NOUN\nof 1 prep ADP\nemergency 2 pobj NOUN", "en", []
    )[1]
    nl = hand_resolver(
        "de 1 det DET\nstaat 1 ROOT NOUN\nvan 3 case ADP\nbeleg 1 nmod NOUN", "nl", []
    )[1]
    assert _frame(en[3], frozenset({"of"}), CLEAR) == en[1]
    assert _frame(nl[3], frozenset({"van"}), UD) == nl[1]
    assert _frame(en[1], frozenset({"of"}), CLEAR) == en[1]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "The European Union imposed sanctions over Russia's annexation of Crimea.",
         ("European Union", "SANCTION", "Russia")),
        ("nl", "Greenpeace spande maandag een rechtszaak aan tegen het besluit dat de regering "
         "van Nederland nam.", ("Greenpeace", "ACCUSE", "Netherlands")),
        # the maker is named with another mention of the contested event, and the lawsuit's
        # other source in a sentence of its own
        ("en", "Donald Trump's state of emergency took effect on Friday. On Monday, Greenpeace "
         "filed a lawsuit against the state of emergency. Oxfam joined the lawsuit on Tuesday.",
         ("Oxfam", "ACCUSE", "Donald Trump")),
        ("nl", "De noodtoestand van Donald Trump ging vrijdag in. Maandag spande Greenpeace een "
         "rechtszaak aan tegen de noodtoestand.", ("Greenpeace", "ACCUSE", "Donald Trump")),
    ],
)  # fmt: skip
def test_sentences_an_act_against_an_act_reaches_its_maker(lang, text, expected):
    assert expected in typed(text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Greenpeace filed a lawsuit against the company that Elon Musk founded."),
        ("nl", "Greenpeace spande maandag een rechtszaak aan tegen het bedrijf dat Elon Musk "
         "oprichtte."),
    ],
)  # fmt: skip
def test_sentences_a_thing_contested_is_no_act(lang, text):
    assert not [k for k in typed(text, lang) if k[1] == "ACCUSE" and k[2] == "Elon Musk"]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "On Monday, Amnesty International held protests against Alexei Navalny's arrest."),
        ("nl", "Amnesty International hield maandag protesten tegen de arrestatie van Aleksej "
         "Navalny."),
    ],
)  # fmt: skip
def test_sentences_whom_the_contested_act_befell_is_not_its_maker(lang, text):
    # the arrest befell Navalny: the protests are not aimed at him as its maker
    assert not [k for k in typed(text, lang) if k[1] == "PROTEST"]


EN_ARREST = """
Navalny 2 poss PROPN
's 0 case PART
arrest 2 ROOT NOUN arrest
"""

EN_ANNEXATION = """
Russia 2 poss PROPN
's 0 case PART
annexation 2 ROOT NOUN annexation
of 2 prep ADP
Crimea 3 pobj PROPN
"""

NL_ARRESTATIE = """
de 1 det DET
arrestatie 1 ROOT NOUN arrestatie
van 3 case ADP
Navalny 1 nmod PROPN
"""


@pytest.mark.parametrize(
    "rows, lang, names, type_, expected",
    [
        (EN_ARREST, "en", [(0, 1, "PERSON", "navalny")], "COERCE", {"navalny"}),
        (NL_ARRESTATIE, "nl", [(3, 4, "PERSON", "navalny")], "COERCE", {"navalny"}),
        # with a phrase for whom it is done to, the possessor made it
        (EN_ANNEXATION, "en", [(0, 1, "COUNTRY", "rus"), (4, 5, "LOCATION", "crimea")],
         "COERCE", set()),
        # an act that befalls no one: its owner made it ("Trump's state of emergency")
        (EN_ARREST, "en", [(0, 1, "PERSON", "navalny")], "CO_OCCURS", set()),
    ],
    ids=["en", "nl", "en-of-phrase", "en-no-force"],
)  # fmt: skip
def test_route_whom_an_act_of_force_befell_is_no_maker(rows, lang, names, type_, expected):
    resolver, doc = hand_resolver(rows, lang, names)
    noun = next(t for t in doc if t.dep_ == "ROOT")
    event = SimpleNamespace(type=type_)
    ctx = SimpleNamespace(resolver=resolver, events={}, doc=doc, sources={}, reporters_asked=set())
    assert _Route(lang)._befallen(noun, event, ctx) == expected
