"""Which entity a token stands for as an argument (extract/grammar/arguments.py), on hand-built
parses, and end to end in both languages."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.grammar.argument_words import load_grammar
from extract.grammar.arguments import ArgumentResolver, relative_antecedent
from tests.extract.extraction_helpers import hand_resolver, relations
from tests.extract.test_patterns import parse

# "Poetin sprak met Trumps schoonzoon Jared Kushner" as our Dutch parser reads it: the possessor
# heads the phrase, the title hangs from it and the name is its apposition
POSSESSOR_HEADS = """
Poetin 1 nsubj PROPN
sprak 1 ROOT VERB spreken
met 3 case ADP
Trumps 1 obl PROPN
schoonzoon 3 flat NOUN schoonzoon
Jared 4 appos PROPN
Kushner 5 flat PROPN
. 1 punct PUNCT
"""


def resolver_for(rows: str, names: list[tuple[int, int, str]]) -> tuple[ArgumentResolver, object]:
    return hand_resolver(rows, "nl", [(s, e, "PERSON", kb) for s, e, kb in names])


def test_arguments_the_named_person_not_the_possessor_that_heads_the_phrase():
    resolver, doc = resolver_for(
        POSSESSOR_HEADS, [(0, 1, "putin"), (3, 4, "trump"), (5, 7, "kushner")]
    )
    assert resolver.actors(doc[3]) == ["kushner"]


def test_arguments_a_possessor_without_a_title_and_name_after_it_stays_itself():
    resolver, doc = resolver_for(
        """
Poetin 1 nsubj PROPN
sprak 1 ROOT VERB spreken
met 3 case ADP
Trump 1 obl PROPN
. 1 punct PUNCT
""",
        [(0, 1, "putin"), (3, 4, "trump")],
    )
    assert resolver.actors(doc[3]) == ["trump"]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, person, possessor",
    [
        (
            "nl",
            "Poetin sprak met Trumps schoonzoon Jared Kushner.",
            "Jared Kushner",
            "Donald Trump",
        ),
        (
            "en",
            "Putin held talks with Trump's son-in-law Jared Kushner.",
            "Jared Kushner",
            "Donald Trump",
        ),
        ("nl", "Poetin sprak met Trumps gezant Steve Witkoff.", "Steve Witkoff", "Donald Trump"),
    ],
)
def test_arguments_end_to_end_the_named_person_is_the_party(lang, text, person, possessor):
    found = relations(text, lang)
    assert ("Vladimir Putin", "CONSULT", person) in found, sorted(found)
    assert ("Vladimir Putin", "CONSULT", possessor) not in found, sorted(found)


# "Rutte, die Zelensky steunt, sprak met Poetin" (UD): the relative clause hangs from Rutte
NL_RELATIVE = """
Rutte 6 nsubj PROPN
, 4 punct PUNCT
die 4 nsubj PRON
Zelensky 4 obj PROPN
steunt 0 acl:relcl VERB steunen
, 0 punct PUNCT
sprak 6 ROOT VERB spreken
met 8 case ADP
Poetin 6 obl PROPN
. 6 punct PUNCT
"""

# "Russia, whose troops attacked Ukraine, ..." (ClearNLP): "whose" is a possessor, not the subject
EN_WHOSE = """
Russia 0 ROOT PROPN
, 0 punct PUNCT
whose 3 poss PRON
troops 4 nsubj NOUN
attacked 0 relcl VERB attack
Ukraine 4 dobj PROPN
"""


def test_arguments_a_relative_pronoun_stands_for_the_noun_its_clause_describes():
    resolver, doc = resolver_for(
        NL_RELATIVE, [(0, 1, "rutte"), (3, 4, "zelensky"), (8, 9, "putin")]
    )
    doc[2].set_morph("PronType=Rel")
    assert relative_antecedent(doc[2]) == doc[0]
    assert resolver.actors(doc[2]) == ["rutte"]


def test_arguments_a_pronoun_outside_a_relative_clause_or_a_possessive_one_is_no_relative():
    doc = parse(NL_RELATIVE)  # "die" without PronType=Rel: a demonstrative, not a relative
    assert relative_antecedent(doc[2]) is None
    doc = parse(EN_WHOSE)
    doc[2].tag_ = "WP$"
    assert relative_antecedent(doc[2]) is None


# "Op de basis zijn troepen gelegerd die IS moeten uitschakelen": the relative clause, moved
# after the verb-final participle, hung on the participle
NL_EXTRAPOSED = """
Op 2 case ADP
de 2 det DET
basis 5 obl NOUN basis
zijn 5 aux AUX zijn
troepen 5 obj NOUN troep
gelegerd 5 ROOT VERB legeren
die 9 nsubj PRON die
IS 9 obj PROPN
moeten 9 aux AUX moeten
uitschakelen 5 acl:relcl VERB uitschakelen
"""


def test_arguments_a_relative_clause_moved_after_the_verb_describes_its_argument():
    doc = parse(NL_EXTRAPOSED)
    doc[4].set_morph("Number=Plur")
    doc[6].set_morph("PronType=Rel")
    assert relative_antecedent(doc[6], load_grammar("nl").relatives) == doc[4]
    # "dat" (neuter singular) cannot stand for the plural troops: no antecedent
    dat = parse(NL_EXTRAPOSED.replace("die 9 nsubj PRON die", "dat 9 nsubj PRON dat"))
    dat[4].set_morph("Number=Plur")
    dat[6].set_morph("PronType=Rel")
    assert relative_antecedent(dat[6], load_grammar("nl").relatives) is None


# "een verdrag met de groep Mercosur, dat van Brazilië naleving verlangt" as our Dutch parser
# reads it: the relative clause hangs from "groep" (common gender), but "dat" is neuter
NL_DAT = """
een 1 det DET
verdrag 1 ROOT NOUN verdrag
met 4 case ADP
de 4 det DET
groep 1 nmod NOUN groep
Mercosur 4 appos PROPN
, 10 punct PUNCT
dat 10 nsubj PRON dat
van 9 case ADP
Brazilië 10 obl PROPN
verlangt 4 acl:relcl VERB verlangen
"""


def _nl_dat(noun_morph: str = "Gender=Com|Number=Sing"):
    resolver, doc = resolver_for(NL_DAT, [(5, 6, "mercosur"), (9, 10, "brazil")])
    doc[1].set_morph("Gender=Neut|Number=Sing")
    doc[4].set_morph(noun_morph)
    doc[7].set_morph("PronType=Rel")
    return resolver, doc


def test_arguments_a_neuter_relative_stands_for_the_neuter_noun_above_a_common_one():
    resolver, doc = _nl_dat()
    assert relative_antecedent(doc[7], load_grammar("nl").relatives) == doc[1]
    # the treaty is no actor: the clause's act is not Mercosur's
    assert "mercosur" not in resolver.actors(doc[7])
    # without the agreement words the clause's own noun is taken, as before
    assert relative_antecedent(doc[7]) == doc[4]


def test_arguments_a_relative_that_agrees_with_its_noun_or_with_none_above_keeps_it():
    _, doc = _nl_dat("Gender=Neut|Number=Sing")  # "het lid Mercosur, dat ..."
    assert relative_antecedent(doc[7], load_grammar("nl").relatives) == doc[4]
    _, doc = _nl_dat()
    doc[1].set_morph("Gender=Com|Number=Sing")  # nothing above agrees: the noun itself
    assert relative_antecedent(doc[7], load_grammar("nl").relatives) == doc[4]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "Brazilië maakt deel uit van een verdrag tussen de Europese Unie en de "
            "Zuid-Amerikaanse groep Mercosur, dat van Brazilië verlangt dat het zich aan het "
            "klimaatakkoord houdt.",
            ("Mercosur", "REQUEST", "Brazil"),
        ),
        (
            # the group hangs from the union, a name without gender: the treaty is above both
            "Brazilië is geen lid van de G7, maar maakt wel deel uit van een verdrag tussen de "
            "Europese Unie en de Zuid-Amerikaanse groep Mercosur, dat van Brazilië verlangt dat "
            "het zich aan het klimaatakkoord van Parijs houdt.",
            ("European Union", "REQUEST", "Brazil"),
        ),
    ],
)
def test_arguments_end_to_end_a_neuter_relative_does_not_act_for_a_common_noun(text, wrong):
    found = relations(text, "nl")
    assert wrong not in found, sorted(found)
    assert not any(r[1] == "REQUEST" for r in found), sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, relation",
    [
        (
            "en",
            "Russia, which attacked Ukraine in 2022, denied the report.",
            ("Russia", "ASSAULT", "Ukraine"),
        ),
        (
            "en",
            "The court ruled against Apple, which had sued Samsung.",
            ("Apple", "ACCUSE", "Samsung"),
        ),
        (
            "nl",
            "Rutte, die Zelensky steunt, sprak met Poetin.",
            ("Mark Rutte", "SUPPORT", "Volodymyr Zelensky"),
        ),
    ],
)
def test_arguments_end_to_end_the_relative_clause_acts_for_its_noun(lang, text, relation):
    found = relations(text, lang)
    assert relation in found, sorted(found)


# --- owners named by a participle: "facilities belonging to Saudi Aramco" ---------------------

EN_BELONGING = """
Rebels 1 nsubj NOUN rebel
attacked 1 ROOT VERB attack
facilities 1 dobj NOUN facility
belonging 2 acl VERB belong
to 3 prep ADP
Aramco 4 pobj PROPN
. 1 punct PUNCT
"""

EN_CLOSE_TO = """
Rebels 1 nsubj NOUN rebel
attacked 1 ROOT VERB attack
facilities 1 dobj NOUN facility
close 2 amod ADJ close
to 3 prep ADP
Aramco 4 pobj PROPN
. 1 punct PUNCT
"""

NL_TOEBEHOREN = """
Rebellen 1 nsubj NOUN rebel
vielen 1 ROOT VERB vallen
installaties 1 obj NOUN installatie
aan 1 compound:prt ADP
die 5 nsubj PRON
toebehoren 2 acl:relcl VERB toebehoren
aan 7 case ADP
Aramco 5 obl PROPN
. 1 punct PUNCT
"""


def _org_resolver(rows: str, lang: str, name: int) -> tuple[ArgumentResolver, object]:
    return hand_resolver(rows, lang, [(name, name + 1, "ORG", "aramco")])


@pytest.mark.parametrize(
    "rows, lang, name, expected",
    [
        (EN_BELONGING, "en", 5, ["aramco"]),
        (EN_CLOSE_TO, "en", 5, []),  # a place beside it, not its owner
        (NL_TOEBEHOREN, "nl", 7, ["aramco"]),
    ],
)
def test_arguments_an_owner_named_by_a_participle_is_inside_the_noun_phrase(
    rows, lang, name, expected
):
    resolver, doc = _org_resolver(rows, lang, name)
    assert resolver.within(doc[2]) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, target",
    [
        ("en", "Houthi rebels attacked oil facilities belonging to Saudi Aramco.", "Saudi Aramco"),
        ("en", "Houthi rebels attacked oil facilities owned by Saudi Aramco.", "Saudi Aramco"),
    ],
)
def test_arguments_an_attack_on_what_an_owner_owns_is_aimed_at_the_owner(lang, text, target):
    """English only end to end: our Dutch parser hangs such a relative clause ("installaties die
    toebehoren aan Aramco") on the verb, not on the noun; the hand-built parse above checks it."""
    found = relations(text, lang)
    assert ("Houthis", "ASSAULT", target) in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, relation",
    [
        ("en", "Russia vetoed a resolution drafted by France.", ("Russia", "REJECT", "France")),
        (
            "en",
            "Russia vetoed a resolution put forward by France.",
            ("Russia", "REJECT", "France"),
        ),
        ("en", "Russia rejected a plan proposed by France.", ("Russia", "REJECT", "France")),
        (
            "nl",
            "Rusland verwierp de door Frankrijk ingediende resolutie.",
            ("Russia", "REJECT", "France"),
        ),
        (
            "nl",
            "Rusland verwierp een resolutie die door Frankrijk was opgesteld.",
            ("Russia", "REJECT", "France"),
        ),
    ],
)
def test_arguments_a_stance_on_a_proposal_is_aimed_at_its_author(lang, text, relation):
    """The author a participle names ("drafted by", "put forward by", "door ... ingediend") owns
    the proposal as "France's resolution" does: rejecting it is aimed at the author."""
    found = relations(text, lang)
    assert relation in found, sorted(found)


# --- a country's adjective on a group it only describes: "Iraqi militias" are not Iraq ---------


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, wrong, kept",
    [
        (
            "en",
            "Some Iraqi militias had made threats against U.S. personnel. "
            "Russian troops attacked Ukraine.",
            ("Iraq", "THREATEN", "United States"),
            ("Russia", "ASSAULT", "Ukraine"),
        ),
        (
            "nl",
            "Enkele Iraakse milities hadden dreigementen geuit tegen Amerikaans personeel. "
            "Russische troepen vielen Oekraïne aan.",
            ("Iraq", "THREATEN", "United States"),
            ("Russia", "ASSAULT", "Ukraine"),
        ),
        (
            "nl",
            "Iraakse milities vielen de Amerikaanse ambassade aan.",
            ("Iraq", "ASSAULT", "United States"),
            None,
        ),
    ],
)
def test_arguments_end_to_end_a_militia_is_not_the_country_of_its_adjective(
    lang, text, wrong, kept
):
    found = relations(text, lang)
    assert wrong not in found, sorted(found)
    # troops act for their country (an agent noun), militias do not
    assert kept is None or kept in found, sorted(found)


# "United States Senator from Vermont Jane Miller endorsed Biden": the parser hangs the name on
# the title's place phrase
EN_TITLE_FROM = """
United 1 compound PROPN
States 2 compound PROPN
Senator 7 nsubj PROPN senator
from 2 prep ADP
Vermont 6 compound PROPN
Jane 6 compound PROPN
Miller 3 pobj PROPN
endorsed 7 ROOT VERB endorse
Biden 7 dobj PROPN
. 7 punct PUNCT
"""


def test_arguments_a_name_in_a_titles_place_phrase_holds_the_title():
    resolver, doc = hand_resolver(
        EN_TITLE_FROM,
        "en",
        [
            (0, 2, "COUNTRY", "USA"),
            (4, 5, "LOCATION", "vermont"),
            (5, 7, "PERSON", "miller"),
            (8, 9, "PERSON", "biden"),
        ],
    )
    # a title is from a place or a body, never from a person: the person holds it
    assert resolver.actors(doc[2]) == ["miller"]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, place",
    [
        ("en", "The mayor of Rotterdam criticised Mark Rutte.", "Rotterdam"),
        ("nl", "De burgemeester van Leiden bekritiseerde Mark Rutte.", "Leiden"),
    ],
)
def test_arguments_an_unnamed_title_holder_of_a_place_is_not_the_place(lang, text, place):
    """'The mayor of X' acts, not the town X: who acts is not clear, so no relation."""
    found = relations(text, lang)
    assert not any(source == place for source, _, _ in found), sorted(found)


@pytest.mark.model
def test_arguments_a_place_named_as_itself_may_act():
    found = relations("KLM werd door Schiphol gevraagd de nachtvluchten te schrappen.", "nl")
    assert ("Schiphol", "REQUEST", "KLM") in found, sorted(found)


# "He ... he ... he": a subject pronoun continues its chain

CHAIN_PARSE = """
Quaety 1 nsubj PROPN
died 1 ROOT VERB die
. 1 punct PUNCT
He 4 nsubj PRON he
left 4 ROOT VERB leave
. 4 punct PUNCT
He 7 nsubj PRON he
was 7 ROOT AUX be
a 9 det DET
friend 7 attr NOUN
of 9 prep ADP
Saleh 10 pobj PROPN
. 7 punct PUNCT
He 14 nsubj PRON he
criticised 14 ROOT VERB criticise
Iran 14 dobj PROPN
. 14 punct PUNCT
"""


def test_arguments_a_subject_pronoun_continues_its_chain_past_a_name_in_passing():
    """'Quaety died. He left. He was a friend of Saleh. He criticised Iran.': the last "He" is
    Quaety, whom the chain of "He" stands for, not Saleh, the latest person named (wn2020-062: "In
    2019 he survived a drone attack" after "he was a 2016 Rory Peck Awards finalist")."""
    resolver, doc = hand_resolver(
        CHAIN_PARSE,
        "en",
        [(0, 1, "PERSON", "quaety"), (11, 12, "PERSON", "saleh"), (15, 16, "COUNTRY", "IRN")],
    )
    for i in (3, 6, 13):
        doc[i].set_morph("Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs")
    assert resolver.actors(doc[13]) == ["quaety"]


# "Russia accused Trump's daughter" / "Rusland beschuldigde de dochter van Trump"
EN_KIN_POSSESSOR = """
Russia 1 nsubj PROPN
accused 1 ROOT VERB accuse
Trump 4 poss PROPN
's 2 possessive PART
daughter 1 dobj NOUN daughter
. 1 punct PUNCT
"""
NL_KIN_POSSESSOR = """
Rusland 1 nsubj PROPN
beschuldigde 1 ROOT VERB beschuldigen
de 3 det DET
dochter 1 obj NOUN dochter
van 5 case ADP
Trump 3 nmod PROPN
. 1 punct PUNCT
"""


@pytest.mark.parametrize(
    "rows, lang, names, noun",
    [
        (EN_KIN_POSSESSOR, "en", [(0, 1, "COUNTRY", "RUS"), (2, 3, "PERSON", "trump")], 4),
        (NL_KIN_POSSESSOR, "nl", [(0, 1, "COUNTRY", "RUS"), (5, 6, "PERSON", "trump")], 3),
    ],
)
def test_arguments_a_relative_is_not_whose_relative_they_are(rows, lang, names, noun):
    resolver, doc = hand_resolver(rows, lang, names)
    # the daughter is a person of her own: neither she nor her phrase stands for Trump
    assert resolver.actors(doc[noun]) == []
    assert resolver.within(doc[noun]) == []


def test_arguments_a_noun_acting_for_its_possessor_still_stands_for_it():
    # "Russia accused Trump's government": the government acts for Trump
    rows = EN_KIN_POSSESSOR.replace("daughter 1 dobj NOUN daughter", "government 1 dobj NOUN")
    names = [(0, 1, "COUNTRY", "RUS"), (2, 3, "PERSON", "trump")]
    resolver, doc = hand_resolver(rows, "en", names)
    assert resolver.actors(doc[4]) == ["trump"]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, wrong",
    [
        (
            "en",
            "Russia accused Donald Trump's daughter of lying.",
            ("Russia", "ACCUSE", "Donald Trump"),
        ),
        (
            "en",
            "Police arrested Joe Biden's son in Chicago.",
            ("Joe Biden", "PARTICIPANT", "arrest"),
        ),
        (
            "nl",
            "Rusland beschuldigde de dochter van Donald Trump van liegen.",
            ("Russia", "ACCUSE", "Donald Trump"),
        ),
        (
            "nl",
            "Oekraïne opende een onderzoek naar de zoon van Joe Biden.",
            ("Ukraine", "ACCUSE", "Joe Biden"),
        ),
    ],
)
def test_arguments_a_relatives_act_is_not_their_kins(lang, text, wrong):
    found = relations(text, lang)
    assert not any(
        r[0] == wrong[0] and r[1] == wrong[1] and r[2].startswith(wrong[2]) for r in found
    ), sorted(found)


# --- an abbreviated honorific the parser made the head of the name after it -----------------------

HONORIFIC_HEADS = """
zei 0 ROOT VERB zeggen
dr. 0 nsubj PROPN
Gary 1 flat PROPN
Mortimer 1 flat PROPN
dat 6 mark SCONJ
winkels 6 nsubj NOUN winkel
vol 0 ccomp ADJ
"""

# a word without the abbreviation's full stop is no honorific: it names no one here
UNABBREVIATED_HEAD = HONORIFIC_HEADS.replace("dr. 0 nsubj PROPN", "Dokter 0 nsubj PROPN")
assert UNABBREVIATED_HEAD != HONORIFIC_HEADS


@pytest.mark.parametrize("rows, expected", [(HONORIFIC_HEADS, ["gary"]), (UNABBREVIATED_HEAD, [])])
def test_arguments_an_honorific_heading_a_name_stands_for_it(rows, expected):
    resolver, doc = resolver_for(rows, [(2, 4, "gary")])
    assert resolver.actors(doc[1]) == expected


@pytest.mark.model
def test_arguments_an_honorific_heading_a_name_end_to_end():
    found = relations("Dr. Gary Mortimer zei tegen de NOS dat de winkels vol zijn.", "nl")
    assert ("Gary Mortimer", "STATEMENT", "NOS") in found


EN_PRO_POSITION = """
Lee 1 nsubj PROPN
opposed 1 ROOT VERB oppose
Kennedy 7 poss PROPN
's 2 case PART
pro 7 amod ADJ
- 7 amod ADJ
Israel 7 amod ADJ
position 1 dobj NOUN position
. 1 punct PUNCT
"""


def test_arguments_a_name_after_pro_or_anti_is_a_stance_not_an_owner():
    # "Kennedy's pro-Israel position": Kennedy's position, about Israel, not Israel's
    resolver, doc = hand_resolver(
        EN_PRO_POSITION,
        "en",
        [(0, 1, "PERSON", "lee"), (2, 3, "PERSON", "kennedy"), (6, 7, "COUNTRY", "ISR")],
        spaces=[True, True, False, True, False, False, True, False, False],  # "pro-Israel"
    )
    assert resolver.within(doc[7]) == ["kennedy"]


@pytest.mark.model
def test_arguments_opposing_a_pro_israel_position_rejects_its_holder_only():
    found = relations("Mara Quist opposed Senator Olaf Brenner's pro-Israel position.", "en")
    assert not any(s == "Mara Quist" and t == "Israel" for s, _, t in found), sorted(found)


# --- a name that is a whole hyphened token ("kabinet-Schoof") ---------------------------------

CABINET = """
Spanje 1 nsubj PROPN
steunde 1 ROOT VERB steunen
het 3 det DET
kabinet-Jansen 1 obj PROPN
en 5 cc CCONJ
EU-diplomaten 3 conj NOUN
. 1 punct PUNCT
"""


def _inner_resolver() -> tuple[ArgumentResolver, object]:
    """The resolver of CABINET with the two names the name finder puts inside tokens: the whole
    of "kabinet-Jansen" and "EU" in "EU-diplomaten"."""
    from extract.components.names import InnerMention

    resolver, doc = hand_resolver(CABINET, "nl", [(0, 1, "COUNTRY", "spain")])
    cabinet, diplomats = doc[3], doc[5]
    doc._.inner_mentions = [
        InnerMention(cabinet.idx, cabinet.idx + len(cabinet.text), cabinet.text, "ORG", "", 3),
        InnerMention(diplomats.idx, diplomats.idx + 2, "EU", "ORG", "eu", 5),
    ]
    doc._.inner_mention_ids = ["org:kabinet-jansen", "eu"]
    grammar = load_grammar("nl")
    return ArgumentResolver(doc, resolver.scheme, resolver.lexicon, grammar), doc


def test_arguments_a_whole_token_name_is_the_tokens_own_name():
    resolver, doc = _inner_resolver()
    assert resolver.entity(doc[3]) == "org:kabinet-jansen"
    assert resolver.actors(doc[3]) == ["org:kabinet-jansen"]


def test_arguments_a_name_inside_a_token_is_not_the_tokens_own_name():
    resolver, doc = _inner_resolver()
    assert resolver.entity(doc[5]) is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Frankrijk bekritiseerde het kabinet-Jansen.", ("France", "ACCUSE", "kabinet-Jansen")),
        (
            "De vakbond FNV deed een beroep op de regering-Jansen.",
            ("FNV", "REQUEST", "regering-Jansen"),
        ),
        ("Het kabinet-Jansen steunde Oekraïne.", ("kabinet-Jansen", "SUPPORT", "Ukraine")),
    ],
)
def test_arguments_end_to_end_a_cabinet_named_after_its_leader_is_a_party(text, expected):
    found = relations(text, "nl")
    assert expected in found, sorted(found)


def test_arguments_a_remembered_answer_is_a_new_list_each_time():
    # actors() keeps its answer per token: a caller that extends the list it got must not change
    # what the next caller hears
    resolver, doc = resolver_for(
        POSSESSOR_HEADS, [(0, 1, "putin"), (3, 4, "trump"), (5, 7, "kushner")]
    )
    first = resolver.actors(doc[0])
    first.append("someone else")
    assert resolver.actors(doc[0]) == ["putin"]


def test_arguments_an_event_told_after_an_answer_is_heard():
    # the relation component tells the resolver its events before its routes ask; an answer kept
    # before an event was told is not given after it
    resolver, doc = resolver_for(
        POSSESSOR_HEADS, [(0, 1, "putin"), (3, 4, "trump"), (5, 7, "kushner")]
    )
    assert resolver.actors(doc[1]) == []
    resolver.events[1] = "event-1"
    assert resolver.actors(doc[1]) == ["event-1"]


def test_arguments_the_prepositions_after_an_event_noun_that_name_its_target_are_data():
    # "the withdrawal from the treaty", "een onderzoek naar Shell": what the noun is aimed at
    assert {"from", "into", "over"} <= load_grammar("en").prepositions.noun_target
    assert {"uit", "naar", "tegen", "op"} <= load_grammar("nl").prepositions.noun_target
