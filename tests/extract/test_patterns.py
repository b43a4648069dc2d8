"""Relation patterns on hand-built parses, in Dutch (UD labels) and English (ClearNLP labels).

Docs are built from words, heads, labels and POS, as spaCy's own syntax tests do,
so a new model cannot quietly change what these tests check.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from extract.grammar.lemmas import model_lemma, verb_lemmas_of
from extract.grammar.patterns import (
    copula_clause,
    means_clause_object,
    passive_with_agent,
    speech_with_content,
    subject_verb_object,
    subject_verb_oblique,
    title_of,
    titles_near,
    verb_final_clause,
)
from extract.grammar.syntax import (
    CLEAR,
    UD,
    acts_as_verb,
    agents,
    between_sides,
    copula_predicates,
    is_negated,
    is_subject,
    objects,
    prepositional_args,
    subjects,
    verb_lemmas,
    with_conjuncts,
)
from tests.extract.extraction_helpers import (
    EN_PREPS,
    NL_PREPS,
    RELATIVE_SANCTIONS,
    parse,
    relations,
    with_morph,
)


def pairs(candidates) -> list[tuple[str, str]]:
    return [(c.actor.text, c.recipient.text) for c in candidates]


NL_INVASION = """
Rusland 1 nsubj PROPN
viel 1 ROOT VERB vallen
Oekraïne 1 obj PROPN
binnen 1 compound:prt ADP
. 1 punct PUNCT
"""

EN_INVASION = """
Russia 1 nsubj PROPN
invaded 1 ROOT VERB invade
Ukraine 1 dobj PROPN
. 1 punct PUNCT
"""


@pytest.mark.parametrize("rows, scheme", [(NL_INVASION, UD), (EN_INVASION, CLEAR)])
def test_patterns_subject_verb_object_gives_actor_and_recipient(rows, scheme):
    doc = parse(rows)
    assert pairs(subject_verb_object(doc[1], scheme, NL_PREPS)) == [
        ("Rusland" if scheme is UD else "Russia", doc[2].text)
    ]


def test_patterns_separable_verb_joins_its_particle():
    doc = parse(NL_INVASION)
    assert verb_lemmas(doc[1], UD)[0] == "binnenvallen"


def test_patterns_phrasal_verb_joins_its_particle():
    doc = parse("""
Trump 1 nsubj PROPN
ruled 1 ROOT VERB rule
out 1 prt ADP
membership 1 dobj NOUN
""")
    assert "rule out" in verb_lemmas(doc[1], CLEAR)


@pytest.mark.parametrize(
    "rows, scheme, preps, expected",
    [
        (
            """
Het 1 det DET
lidmaatschap 5 nsubj:pass NOUN
werd 5 aux:pass AUX worden
door 4 case ADP
Trump 5 obl:agent PROPN
uitgesloten 5 ROOT VERB uitsluiten
""",
            UD,
            NL_PREPS,
            [("Trump", "lidmaatschap")],
        ),
        (
            """
Membership 2 nsubjpass NOUN
was 2 auxpass AUX be
ruled 2 ROOT VERB rule
out 2 prt ADP
by 2 agent ADP
Trump 4 pobj PROPN
""",
            CLEAR,
            EN_PREPS,
            [("Trump", "Membership")],
        ),
    ],
)
def test_patterns_passive_agent_becomes_actor(rows, scheme, preps, expected):
    doc = parse(rows)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert pairs(passive_with_agent(verb, scheme, preps)) == expected


@pytest.mark.parametrize(
    "rows, scheme, preps, expected",
    [
        # the tagger takes the Dutch participle for a past form; before its noun it is one
        (
            """
De 4 det DET
door 2 case ADP
Rusland 3 obl PROPN
bestookte 4 acl VERB bestoken Tense=Past|VerbForm=Fin
opslagplaats 5 nsubj NOUN
brandde 5 ROOT VERB branden
""",
            UD,
            NL_PREPS,
            [("Rusland", "opslagplaats")],
        ),
        # after its noun a participle describes it: "SpaceX, backed by Elon Musk, ..."
        (
            """
SpaceX 4 nsubj PROPN
backed 0 acl VERB back VerbForm=Part|Tense=Past
by 1 agent ADP
Musk 2 pobj PROPN
flew 4 ROOT VERB fly
""",
            CLEAR,
            EN_PREPS,
            [],
        ),
        # no agent phrase: a participle alone names no actor ("de gebombardeerde school")
        (
            """
De 2 det DET
gebombardeerde 2 amod VERB bombarderen VerbForm=Part
school 3 nsubj NOUN
brandde 3 ROOT VERB branden
""",
            UD,
            NL_PREPS,
            [],
        ),
    ],
)
def test_patterns_participle_with_agent_is_a_passive_of_its_noun(rows, scheme, preps, expected):
    """'de door Rusland bestookte opslagplaats': the noun a participle with an agent phrase
    describes is what its agent acted on (evtype16)."""
    doc = parse(rows)
    verb = next(t for t in doc if t.dep_ in ("acl", "amod"))
    assert pairs(passive_with_agent(verb, scheme, preps)) == expected


@pytest.mark.parametrize(
    "rows, scheme, preps",
    [
        (
            """
Zelenski 1 nsubj PROPN
sprak 1 ROOT VERB spreken
met 3 case ADP
Macron 1 obl PROPN
""",
            UD,
            NL_PREPS,
        ),
        (
            """
Zelensky 1 nsubj PROPN
met 1 ROOT VERB meet
with 1 prep ADP
Macron 2 pobj PROPN
""",
            CLEAR,
            EN_PREPS,
        ),
    ],
)
def test_patterns_oblique_with_recipient_preposition(rows, scheme, preps):
    doc = parse(rows)
    assert pairs(subject_verb_oblique(doc[1], scheme, preps)) == [(doc[0].text, "Macron")]


def test_patterns_oblique_clause_with_its_own_subject_is_no_recipient():
    # "attacked the plan, with Jansen calling it a coup": a circumstance, not a partner (prec13)
    doc = parse("""
Reda 1 nsubj PROPN
attacked 1 ROOT VERB attack
the 3 det DET
plan 1 dobj NOUN
, 1 punct PUNCT
with 1 prep ADP
Jansen 7 nsubj PROPN
calling 5 pcomp VERB call
it 7 dobj PRON
. 1 punct PUNCT
""")
    assert pairs(subject_verb_oblique(doc[1], CLEAR, EN_PREPS)) == []


def test_patterns_oblique_with_place_preposition_is_not_a_recipient():
    doc = parse("""
Zelenski 1 nsubj PROPN
sprak 1 ROOT VERB spreken
in 3 case ADP
Dublin 1 obl PROPN
""")
    assert pairs(subject_verb_oblique(doc[1], UD, NL_PREPS)) == []


@pytest.mark.parametrize(
    "rows, scheme",
    [
        (
            """
Witkoff 3 nsubj PROPN
en 2 cc CCONJ
Kushner 0 conj PROPN
ontmoetten 3 ROOT VERB ontmoeten
Poetin 3 obj PROPN
""",
            UD,
        ),
        (
            """
Witkoff 3 nsubj PROPN
and 0 cc CCONJ
Kushner 0 conj PROPN
met 3 ROOT VERB meet
Putin 3 dobj PROPN
""",
            CLEAR,
        ),
    ],
)
def test_patterns_coordinated_subjects_each_act(rows, scheme):
    doc = parse(rows)
    assert sorted(pairs(subject_verb_object(doc[3], scheme, NL_PREPS))) == [
        ("Kushner", doc[4].text),
        ("Witkoff", doc[4].text),
    ]


def test_patterns_verb_without_subject_borrows_its_governors():
    # "Rusland reageerde door de Krim te annexeren"
    doc = parse("""
Rusland 1 nsubj PROPN
reageerde 1 ROOT VERB reageren
door 6 mark SCONJ
de 4 det DET
Krim 6 obj PROPN
te 6 mark ADP
annexeren 1 advcl VERB annexeren
""")
    annex = doc[6]
    assert pairs(subject_verb_object(annex, UD, NL_PREPS)) == [("Rusland", "Krim")]


@pytest.mark.parametrize(
    "rows, scheme",
    [
        (
            """
Poetin 1 nsubj PROPN
zei 1 ROOT VERB zeggen
dat 4 mark SCONJ
Europa 4 nsubj PROPN
wil 1 ccomp VERB willen
""",
            UD,
        ),
        (
            """
Putin 1 nsubj PROPN
said 1 ROOT VERB say
that 4 mark SCONJ
Europe 4 nsubj PROPN
wants 1 ccomp VERB want
""",
            CLEAR,
        ),
    ],
)
def test_patterns_speech_verb_links_speaker_to_names_in_the_clause(rows, scheme):
    doc = parse(rows)
    assert pairs(speech_with_content(doc[1], scheme, NL_PREPS)) == [(doc[0].text, doc[3].text)]


@pytest.mark.parametrize(
    "rows, scheme, negators, expected",
    [
        (
            "Rusland 1 nsubj PROPN\nviel 1 ROOT VERB vallen\nOekraïne 1 obj PROPN\nniet 1 advmod "
            "ADV\nbinnen 1 compound:prt ADP",
            UD,
            {"niet"},
            True,
        ),
        (
            "Rusland 1 nsubj PROPN\nviel 1 ROOT VERB vallen\nOekraïne 1 obj PROPN\nbinnen 1 "
            "compound:prt ADP",
            UD,
            {"niet"},
            False,
        ),
        (
            "Zelensky 3 nsubj PROPN\ndid 3 aux AUX do\nnot 3 neg PART\naccept 3 ROOT VERB "
            "accept\nloss 3 dobj NOUN",
            CLEAR,
            {"not"},
            True,
        ),
        (
            "team 1 nsubj NOUN\ngaf 1 ROOT VERB geven\ngeen 3 det DET\ncommentaar 1 obj NOUN",
            UD,
            {"geen"},
            True,
        ),
    ],
)
def test_patterns_negation_is_a_flag(rows, scheme, negators, expected):
    doc = parse(rows)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert is_negated(verb, scheme, negators) is expected


@pytest.mark.parametrize(
    "rows, scheme, preps, title_index, expected",
    [
        (
            # "gezant van Trump Steve Witkoff"
            "gezant 0 ROOT NOUN\nvan 2 case ADP\nTrump 0 nmod PROPN\nSteve 0 appos PROPN\nWitkoff "
            "3 flat PROPN",
            UD,
            NL_PREPS,
            0,
            "Trump",
        ),
        (
            # "de Russische president Vladimir Poetin"
            "de 2 det DET\nRussische 2 amod ADJ\npresident 2 ROOT NOUN\nVladimir 2 appos "
            "PROPN\nPoetin 3 flat PROPN",
            UD,
            NL_PREPS,
            2,
            "Russische",
        ),
        (
            # "Jared Kushner, Trump's son-in-law"
            "Jared 1 compound PROPN\nKushner 1 ROOT PROPN\n, 1 punct PUNCT\nTrump 5 poss PROPN\n's "
            "3 case PART\nson-in-law 1 appos NOUN",
            CLEAR,
            EN_PREPS,
            5,
            "Trump",
        ),
        (
            # "an aide to Putin" has no possessor preposition in our English list, "aide of Putin"
            # does
            "an 1 det DET\naide 1 ROOT NOUN\nof 1 prep ADP\nPutin 2 pobj PROPN",
            CLEAR,
            EN_PREPS,
            1,
            "Putin",
        ),
    ],
)
def test_patterns_title_belongs_to_its_modifier(rows, scheme, preps, title_index, expected):
    doc = parse(rows)
    holder = title_of(doc[title_index], scheme, preps)
    assert holder is not None and holder.text == expected


@pytest.mark.parametrize(("prep", "expected"), [("van", "Trump"), ("met", None)])
def test_a_possessor_right_after_the_title_is_its_owner_wherever_it_hangs(prep, expected):
    # "gesprekken tussen Poetin en de onderhandelaar van Trump" with "van Trump" hung on "Poetin"
    doc = parse(f"""
gesprekken 0 ROOT NOUN
tussen 2 case ADP
Poetin 0 nmod PROPN
en 5 cc CCONJ
de 5 det DET
onderhandelaar 2 conj NOUN
{prep} 7 case ADP
Trump 2 nmod PROPN
""")
    owner = title_of(doc[5], UD, NL_PREPS)
    assert (owner.text if owner is not None else None) == expected


@pytest.mark.parametrize(("name_pos", "expected"), [("PROPN", "president"), ("NOUN", None)])
def test_a_possessor_right_after_the_title_may_be_a_title_with_its_name(name_pos, expected):
    # "tussen president Poetin en de onderhandelaar van de president Trump" with "van de president"
    # hung on the first "president": the second title stands for the name apposed to it
    doc = parse(f"""
gesprekken 0 ROOT NOUN
tussen 2 case ADP
president 0 nmod NOUN
Poetin 2 appos PROPN
en 6 cc CCONJ
de 6 det DET
onderhandelaar 2 conj NOUN
van 9 case ADP
de 9 det DET
president 2 nmod NOUN
Trump 9 appos {name_pos}
""")
    owner = title_of(doc[6], UD, NL_PREPS)
    assert (owner.i if owner is not None else None) == (9 if expected else None)


def test_names_joined_into_one_flat_group_by_a_coordinator_are_conjuncts():
    # "gesprekken tussen Vladimir Poetin en Steve Witkoff", parsed as today's LassySmall parses
    # "Bosnië en Herzegovina": everything after "tussen" is one flat name under "Vladimir".
    doc = parse("""
gesprekken 0 ROOT NOUN
tussen 2 case ADP
Vladimir 0 nmod PROPN
Poetin 2 flat PROPN
en 2 flat CCONJ
Steve 2 flat PROPN
Witkoff 2 flat PROPN
""")
    assert [t.text for t in with_conjuncts(doc[2], UD)] == ["Vladimir", "Steve"]
    plain = parse("""
Vladimir 0 ROOT PROPN
Poetin 0 flat PROPN
""")
    assert [t.text for t in with_conjuncts(plain[0], UD)] == ["Vladimir"]


def test_a_conjunct_hung_on_the_apposed_name_joins_the_noun_phrase():
    # "de president Vladimir Poetin en de onderhandelaar": a parser may hang "en de
    # onderhandelaar" on "Vladimir", the name in apposition, rather than on "president".
    doc = parse("""
president 0 ROOT NOUN
Vladimir 0 appos PROPN
Poetin 1 flat PROPN
en 5 cc CCONJ
de 5 det DET
onderhandelaar 1 conj NOUN
""")
    assert [t.text for t in with_conjuncts(doc[0], UD)] == ["president", "onderhandelaar"]
    # a conjunct of the name, when the name is the phrase asked about, is found as before
    assert [t.text for t in with_conjuncts(doc[1], UD)] == ["Vladimir", "onderhandelaar"]


NL_OPENERS = frozenset({"sinds", "dat", "omdat"})

# "Sinds Rusland Oekraïne op 24 februari 2022 binnenviel," as the shipped Dutch model parses it:
# the two countries joined into one name, the verb taken for a noun.
SINCE_INVASION = """
Sinds 1 case ADP
Rusland 7 obl PROPN
Oekraïne 1 flat PROPN
op 4 case ADP
24 7 obl NUM
februari 4 flat PROPN
2022 4 flat NUM
binnenviel 7 ROOT NOUN
, 7 punct PUNCT
"""


def with_names(doc: Doc, *indices: int) -> Doc:
    doc.ents = [Span(doc, i, i + 1, label="COUNTRY") for i in indices]
    return doc


def test_verb_final_clause_reads_subject_then_object_by_word_order():
    doc = with_names(parse(SINCE_INVASION), 1, 2)
    assert pairs(verb_final_clause(doc[7], NL_OPENERS)) == [("Rusland", "Oekraïne")]


def test_verb_final_clause_is_off_for_a_language_without_openers():
    doc = with_names(parse(SINCE_INVASION), 1, 2)
    assert pairs(verb_final_clause(doc[7], frozenset())) == []


def flat_clause(words: str) -> Doc:
    """A clause 'word/POS ...' hung from its last verb; which tokens are names is marked with
    '*'."""
    tokens = [w.split("/") for w in words.split()]
    verb = max(i for i, (_, pos) in enumerate(tokens) if pos in ("VERB", "NOUN"))
    rows = "\n".join(
        f"{word.strip('*')} {verb if i != verb else i} {'ROOT' if i == verb else 'dep'} {pos}"
        for i, (word, pos) in enumerate(tokens)
    )
    names = [i for i, (word, _) in enumerate(tokens) if word.startswith("*")]
    return with_names(parse(rows), *names)


@pytest.mark.parametrize(
    "words",
    [
        # a name after a preposition is no bare argument: one bare name is left
        "dat/SCONJ de/DET president/NOUN van/ADP *Rusland/PROPN *Oekraïne/PROPN aanviel/VERB "
        "./PUNCT",
        # the verb does not end the clause
        "dat/SCONJ *Rusland/PROPN *Oekraïne/PROPN aanviel/VERB gisteren/ADV ./PUNCT",
        # no opener: a main clause keeps its own order
        "*Rusland/PROPN *Oekraïne/PROPN aanviel/VERB ./PUNCT",
        # coordination and negation are the tree's to read
        "dat/SCONJ *Rusland/PROPN en/CCONJ *Belarus/PROPN *Oekraïne/PROPN aanvielen/VERB ./PUNCT",
        "dat/SCONJ *Rusland/PROPN *Oekraïne/PROPN niet/ADV aanviel/VERB ./PUNCT",
    ],
)
def test_verb_final_clause_reads_only_a_plain_clause(words):
    doc = flat_clause(words)
    verb = max(t.i for t in doc if t.pos_ in ("VERB", "NOUN"))
    assert pairs(verb_final_clause(doc[verb], NL_OPENERS, frozenset({"niet"}))) == []


def test_verb_final_clause_flat_helper_reads_a_plain_clause():
    doc = flat_clause("dat/SCONJ *Rusland/PROPN *Oekraïne/PROPN aanviel/VERB ./PUNCT")
    assert pairs(verb_final_clause(doc[3], NL_OPENERS)) == [("Rusland", "Oekraïne")]


@pytest.mark.parametrize(
    "rows, expected",
    [
        # "Steve Witkoff en Jared Kushner ontmoetten Vladimir Poetin" with the verb tagged as a noun
        # and both parties as its subjects: the second subject is read as the object
        ("Poetin 2 nsubj PROPN", [("Witkoff", "Poetin"), ("Kushner", "Poetin")]),
        # ... or with "Vladimir Poetin" hung on the noun-tagged verb as an apposition
        (
            "Vladimir 2 appos PROPN\nPoetin 3 flat PROPN",
            [("Witkoff", "Vladimir"), ("Kushner", "Vladimir")],
        ),
    ],
)
def test_a_noun_tagged_verb_with_a_subject_reads_its_object(rows, expected):
    doc = parse(f"""
Witkoff 2 nsubj PROPN
Kushner 0 conj PROPN
ontmoetten 2 ROOT NOUN
{rows}
. 2 punct PUNCT
""")
    assert acts_as_verb(doc[2], UD)
    assert pairs(subject_verb_object(doc[2], UD, NL_PREPS)) == expected


@pytest.mark.parametrize(
    "rows",
    [
        # one subject and nothing after it: a noun
        "de 1 det DET\npresident 1 ROOT NOUN\nPoetin 1 nsubj PROPN",
        # "Poetin is president, Vladimir ...": with a copula the noun stays a noun
        "Poetin 2 nsubj PROPN\nis 2 cop AUX\npresident 2 ROOT NOUN\nVladimir 2 appos PROPN",
        # a name in apposition before the noun is not read as its object
        "Witkoff 2 nsubj PROPN\nPoetin 2 appos PROPN\nontmoeting 2 ROOT NOUN",
    ],
)
def test_a_noun_stays_a_noun(rows):
    doc = parse(rows)
    noun = next(t for t in doc if t.dep_ == "ROOT")
    assert not acts_as_verb(noun, UD)


MEANS_ON_THE_GOVERNOR = """
Rusland 1 nsubj PROPN
reageerde 1 ROOT VERB reageren
door 4 case ADP
de 4 det DET
Krim 1 obl PROPN
te 6 mark ADP
annexeren 1 xcomp VERB annexeren
. 1 punct PUNCT
"""


def test_means_clause_takes_its_object_from_the_governors_door_oblique():
    doc = parse(MEANS_ON_THE_GOVERNOR)
    assert pairs(means_clause_object(doc[6], UD, NL_PREPS)) == [("Rusland", "Krim")]


def test_means_clause_reads_nothing_when_the_governor_is_passive_or_words_intervene():
    passive = parse("""
Oekraïne 1 nsubj:pass PROPN
werd 4 aux:pass AUX
door 3 case ADP
Rusland 4 obl:agent PROPN
gedwongen 4 ROOT VERB dwingen
te 6 mark ADP
onderhandelen 4 xcomp VERB onderhandelen
""")
    assert pairs(means_clause_object(passive[6], UD, NL_PREPS)) == []
    gap = parse("""
Rusland 1 nsubj PROPN
reageerde 1 ROOT VERB reageren
door 3 case ADP
Krim 1 obl PROPN
en 5 advmod ADV
probeerde 1 conj VERB proberen
te 7 mark ADP
annexeren 5 xcomp VERB annexeren
""")
    assert pairs(means_clause_object(gap[7], UD, NL_PREPS)) == []


BETWEEN_ON_THE_HEAD = """
gesprekken 0 ROOT NOUN
tussen 2 case ADP
Poetin 0 nmod PROPN
en 4 cc CCONJ
onderhandelaar 0 conj NOUN
"""


def test_between_takes_its_second_side_from_the_head_when_the_parser_hung_it_there():
    doc = parse(BETWEEN_ON_THE_HEAD)
    assert [t.text for t in between_sides(doc[0], UD, NL_PREPS.between)] == [
        "Poetin",
        "onderhandelaar",
    ]


def test_between_with_both_sides_under_it_adds_nothing():
    doc = parse("""
gesprekken 0 ROOT NOUN
tussen 2 case ADP
Poetin 0 nmod PROPN
en 4 cc CCONJ
Witkoff 2 conj PROPN
en 6 cc CCONJ
ontmoetingen 0 conj NOUN
""")
    assert [t.text for t in between_sides(doc[0], UD, NL_PREPS.between)] == ["Poetin", "Witkoff"]


@pytest.mark.parametrize("tussen_dep, name_dep", [("flat", "obj"), ("flat", "flat")])
def test_between_is_read_by_word_order_when_the_parser_did_not_make_it_a_case_marker(
    tussen_dep, name_dep
):
    # "gesprekken tussen Vladimir Poetin en Steve Witkoff" with "tussen" and "Vladimir" both on the
    # noun
    doc = parse(f"""
gesprekken 0 ROOT NOUN
tussen 0 {tussen_dep} ADP
Vladimir 0 {name_dep} PROPN
Poetin 2 flat PROPN
en 5 cc CCONJ
Steve 2 conj PROPN
Witkoff 5 flat PROPN
""")
    assert [t.text for t in between_sides(doc[0], UD, NL_PREPS.between)] == ["Vladimir", "Steve"]
    # another preposition, or a verb before the name, gives no sides
    assert (
        between_sides(
            parse(f"""
gesprekken 0 ROOT NOUN
met 0 {tussen_dep} ADP
Vladimir 0 {name_dep} PROPN
""")[0],
            UD,
            NL_PREPS.between,
        )
        == []
    )
    assert (
        between_sides(
            parse("""
gesprekken 0 ROOT NOUN
tussen 0 flat ADP
begonnen 0 acl VERB
Vladimir 0 obj PROPN
""")[0],
            UD,
            NL_PREPS.between,
        )
        == []
    )


def test_a_plural_verb_takes_the_coordination_before_it_as_subject_over_one_name_after_it():
    # "Witkoff en Kushner ontmoetten Poetin" parsed with the pair as obj and Poetin as nsubj
    rows = """
Witkoff 3 obj PROPN
en 2 cc CCONJ
Kushner 0 conj PROPN
ontmoetten 3 ROOT VERB
Poetin 3 nsubj PROPN
"""
    doc = parse(rows)
    doc[3].set_morph("Number=Plur|VerbForm=Fin")
    assert [t.text for t in subjects(doc[3], UD)] == ["Witkoff", "Kushner"]
    assert [t.text for t in objects(doc[3], UD)] == ["Poetin"]
    assert is_subject(doc[0], UD) and not is_subject(doc[4], UD)
    # a singular verb agrees with the name after it: the parse stands ("Witkoff en Kushner ontmoette
    # Poetin")
    singular = parse(rows)
    singular[3].set_morph("Number=Sing|VerbForm=Fin")
    assert [t.text for t in subjects(singular[3], UD)] == ["Poetin"]


def test_every_verb_pattern_has_a_confidence():
    from extract.components.relations import CONFIDENCE
    from extract.grammar.patterns import SPEECH_PATTERNS, VERB_PATTERNS

    assert [
        p.__name__ for p in VERB_PATTERNS + SPEECH_PATTERNS if p.__name__ not in CONFIDENCE
    ] == []


@pytest.mark.parametrize(
    ("verb_form", "subject", "shares"),
    [
        ("Inf", "", True),  # "reageerde ... te annexeren" with the infinitive parsed as ccomp
        ("Fin", "", False),  # "zei ... dat Rusland aanviel": a reported clause keeps its own time
        ("Inf", "Kiev 5 nsubj PROPN\n", False),  # an infinitive with a subject of its own
    ],
)
def test_an_infinitive_without_a_subject_shares_its_governors_time(verb_form, subject, shares):
    from extract.grammar.timing import time_span_of

    doc = parse(f"""
Rusland 1 nsubj PROPN
reageerde 1 ROOT VERB
in 3 case ADP
2014 1 obl NUM
{subject}annexeren 1 ccomp VERB
""")
    doc[-1].set_morph(f"VerbForm={verb_form}")
    spans = {1: (20, 24)}  # "2014", found in reageerde's clause
    assert (time_span_of(doc[-1], spans) == (20, 24)) is shares


#: "De burgemeester trad maandag af": the main clause of the split adverbial cases below.
NL_RESIGNED = """
De 1 det DET
burgemeester 2 nsubj NOUN
trad 2 ROOT VERB
maandag 2 obl NOUN
af 2 compound:prt ADP
"""


@pytest.mark.parametrize(
    ("lang", "rows", "shares"),
    [
        # "De burgemeester trad maandag af, nadat de nieuw gekozen raad hem had ontslagen" with
        # "ontslagen" (no subject, no "dat") parsed as ccomp of the adverbial "gekozen"
        (
            "nl",
            NL_RESIGNED
            + """nadat 8 mark SCONJ
de 8 nsubj DET
nieuw 8 advmod ADJ
gekozen 2 advcl VERB
raad 12 obj NOUN
hem 12 obj PRON
had 12 aux AUX
ontslagen 8 ccomp VERB
""",
            True,
        ),
        # "..., nadat de raad had gezegd dat hij loog": a reported clause keeps its own time
        (
            "nl",
            NL_RESIGNED
            + """nadat 9 mark SCONJ
de 7 det DET
raad 9 nsubj NOUN
had 9 aux AUX
gezegd 2 advcl VERB
dat 12 mark SCONJ
hij 12 nsubj PRON
loog 9 ccomp VERB
""",
            False,
        ),
        # "The mayor resigned on Monday after the council said he had lied": a subject of its own
        (
            "en",
            """
The 1 det DET
mayor 2 nsubj NOUN
resigned 2 ROOT VERB
on 2 prep ADP
Monday 3 pobj PROPN
after 8 mark SCONJ
the 7 det DET
council 8 nsubj NOUN
said 2 advcl VERB
he 11 nsubj PRON
had 11 aux AUX
lied 8 ccomp VERB
""",
            False,
        ),
    ],
)
def test_timing_a_complement_split_off_an_adverbial_clause_shares_its_time(lang, rows, shares):
    from extract.grammar.timing import clause_time_spans, time_span_of

    doc = parse(rows, lang)
    spans = clause_time_spans(doc, lang, {})
    assert list(spans) == [2]
    found = time_span_of(doc[-1], spans)
    assert (found is not None and doc.text[slice(*found)] in ("maandag", "Monday")) is shares


@pytest.mark.parametrize(
    ("lang", "rows", "verb"),
    [
        # "Donderdag vorige week waren ... bijeengekomen" with the time parsed under "waren"
        (
            "nl",
            """
Donderdag 2 det PROPN
vorige 2 amod ADJ
week 3 obl NOUN
waren 6 aux AUX
de 5 det DET
delegaties 6 nsubj NOUN
bijeengekomen 6 ROOT VERB
""",
            6,
        ),
        # "The talks were on Monday held" with "on Monday" under the passive auxiliary
        (
            "en",
            """
The 1 det DET
talks 5 nsubjpass NOUN
were 5 auxpass AUX
on 2 prep ADP
Monday 3 pobj PROPN
held 5 ROOT VERB
""",
            5,
        ),
    ],
)
def test_a_time_under_an_auxiliary_is_the_time_of_its_verbs_clause(lang, rows, verb):
    from extract.grammar.timing import clause_time_spans, time_span_of

    doc = parse(rows, lang)
    spans = clause_time_spans(doc, lang, {})
    assert list(spans) == [verb]
    assert doc.text[slice(*time_span_of(doc[verb], spans))] in ("Donderdag vorige week", "Monday")


@pytest.mark.parametrize(
    ("dep", "expected"),
    # "nmod": a verb the parser hung from the noun as a modifier
    [("acl", (56, 62)), ("acl:relcl", (56, 62)), ("nmod", (56, 62)), ("ccomp", None)],
)
def test_a_noun_takes_the_time_of_the_clause_that_describes_it(dep, expected):
    from extract.grammar.timing import described_time_span

    # "Ethiopia criticised the sanctions announced by Kenya on Sunday": "announced" describes
    # the sanctions, and its clause's time is theirs (a clause of another kind is no description)
    doc = parse(f"""
Ethiopia 1 nsubj PROPN
criticised 1 ROOT VERB
the 3 det DET
sanctions 1 dobj NOUN
announced 3 {dep} VERB
by 4 agent ADP
Kenya 5 pobj PROPN
on 4 prep ADP
Sunday 7 pobj PROPN
""")
    spans = {4: (56, 62)}
    assert doc.text[56:62] == "Sunday"
    assert described_time_span(doc[3], spans) == expected


def test_an_infinitive_that_hangs_from_a_noun_says_what_it_is_for_not_when():
    from extract.grammar.timing import described_time_span

    # "Kenya called the summit to sign a deal by 2025": the summit is not 2025's
    doc = parse("""
Kenya 1 nsubj PROPN
called 1 ROOT VERB
the 3 det DET
summit 1 dobj NOUN
to 5 aux PART
sign 3 acl VERB
a 7 det DET
deal 5 dobj NOUN
by 5 prep ADP
2025 8 pobj NUM
""")
    spans = {5: (42, 46)}
    assert doc.text[42:46] == "2025"
    assert described_time_span(doc[3], spans) == (42, 46)  # read as a participle
    doc[5].set_morph("VerbForm=Inf")
    assert described_time_span(doc[3], spans) is None


def test_a_bare_name_before_the_verb_is_its_subject_when_the_parsed_subject_follows():
    # "Zelenski ontmoette Macron" parsed with Zelenski as a bare oblique and Macron as the subject
    main = parse("""
Zelenski 1 obl PROPN
ontmoette 1 ROOT VERB
Macron 1 nsubj PROPN
""")
    assert [t.text for t in subjects(main[1], UD)] == ["Zelenski"]
    assert [t.text for t in objects(main[1], UD)] == ["Macron"]
    assert is_subject(main[0], UD) and not is_subject(main[2], UD)
    # verb last, subject first as parsed: nothing changes ("dat Rusland Oekraïne binnenviel")
    final = parse("""
dat 3 mark SCONJ
Rusland 3 nsubj PROPN
Oekraïne 3 obl PROPN
binnenviel 3 ROOT VERB
""")
    assert [t.text for t in subjects(final[3], UD)] == ["Rusland"]
    assert [t.text for t in objects(final[3], UD)] == ["Oekraïne"]


def test_a_name_between_the_conjunction_and_the_verb_of_a_reported_clause_belongs_to_it():
    # "Hij zei dat Rusland Oekraïne aanviel" with "dat" and "Rusland" hung on "zei" as punct
    doc = parse("""
Hij 1 nsubj PRON
zei 1 ROOT VERB
dat 1 punct SCONJ
Rusland 1 punct PROPN
Oekraïne 5 obj PROPN
aanviel 1 xcomp VERB
. 1 punct PUNCT
""")
    assert [t.text for t in subjects(doc[5], UD)] == ["Rusland"]
    assert pairs(speech_with_content(doc[1], UD, NL_PREPS)) == [
        ("Hij", "Oekraïne"),
        ("Hij", "Rusland"),
    ]
    # without the conjunction the clause is an open one and borrows "Hij"
    open_clause = parse("""
Hij 1 nsubj PRON
probeerde 1 ROOT VERB
Oekraïne 3 obj PROPN
aanvallen 1 xcomp VERB
""")
    assert [t.text for t in subjects(open_clause[3], UD)] == ["Hij"]


# --- phrases, complements, addressees, modes (issue 18) --------------------------------------

from extract.grammar.patterns import speech_addressee, subject_verb_complement  # noqa: E402
from extract.grammar.phrases import mode_of, phrase_type, reporter_of  # noqa: E402
from extract.lexicon import load_lexicon  # noqa: E402

EN_THREAT = """
Beijing 1 nsubj PROPN
threatened 1 ROOT VERB threaten
to 3 aux PART
halt 1 xcomp VERB halt
exports 3 dobj NOUN export
to 3 prep ADP
Japan 5 pobj PROPN
. 1 punct PUNCT
"""


def test_subject_verb_complement_finds_the_target_in_the_complement():
    doc = parse(EN_THREAT)
    assert pairs(subject_verb_complement(doc[1], CLEAR, EN_PREPS)) == [
        ("Beijing", "exports"),
        ("Beijing", "Japan"),
    ]


EN_ENCOURAGED = """
Trump 1 nsubj PROPN
encouraged 1 ROOT VERB encourage
Zelensky 1 dobj PROPN
to 4 aux PART
investigate 1 xcomp VERB investigate
Biden 4 dobj PROPN
. 1 punct PUNCT
"""


def test_subject_verb_complement_not_past_the_governing_verbs_own_object():
    # "encouraged Zelensky to investigate Biden": Zelensky is asked (subject_verb_object), and
    # Biden is what he is asked to investigate, not whom Trump's request is aimed at
    doc = parse(EN_ENCOURAGED)
    assert pairs(subject_verb_complement(doc[1], CLEAR, EN_PREPS)) == []


# "De bond beschuldigde Frankrijk ervan Duitsland te steunen": the Dutch parser makes the
# accused a second subject
NL_ACCUSED_OF_SUPPORTING = """
bond 1 nsubj NOUN bond
beschuldigde 1 ROOT VERB beschuldigen
Frankrijk 1 nsubj PROPN
ervan 1 dep ADV
Duitsland 6 obj PROPN
te 6 mark ADP
steunen 1 ccomp VERB steunen
. 1 punct PUNCT
"""

# "Oslo verweet Rome dat het Wenen steunde": a finite complement after the accused
NL_BLAMED_THAT = """
Oslo 1 nsubj PROPN
verweet 1 ROOT VERB verwijten
Rome 1 obj PROPN
dat 6 mark SCONJ
het 6 nsubj PRON
Wenen 6 obj PROPN
steunde 1 ccomp VERB steunen
. 1 punct PUNCT
"""


@pytest.mark.parametrize("rows", [NL_ACCUSED_OF_SUPPORTING, NL_BLAMED_THAT])
def test_subject_verb_complement_not_past_an_accused_object_or_second_subject(rows):
    # the accused is whom the act is aimed at; the complement says what they did, and the names
    # in it (Germany, Vienna) are not accused
    doc = parse(rows)
    assert pairs(subject_verb_complement(doc[1], UD, NL_PREPS)) == []


def test_subject_verb_complement_a_finite_complement_without_object_keeps_its_subject():
    # "Kenya complained that Somalia had sold ...": no object of its own, so the complement's
    # subject is whom the complaint is about
    doc = parse(
        """
Kenia 1 nsubj PROPN
klaagde 1 ROOT VERB klagen
dat 4 mark SCONJ
Somalië 4 nsubj PROPN
verkocht 1 ccomp VERB verkopen
. 1 punct PUNCT
"""
    )
    assert pairs(subject_verb_complement(doc[1], UD, NL_PREPS)) == [("Kenia", "Somalië")]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, kept, dropped",
    [
        (
            "nl",
            "Het Chinese ministerie van Handel beschuldigde Nederland ervan te zwichten voor "
            "Amerikaanse druk.",
            ("Netherlands", "ACCUSE"),
            ("ACCUSE", "United States"),
        ),
        (
            "nl",
            "Minister Sikorski verweet Moskou en Peking dat zij Pyongyang in bescherming nemen.",
            ("Russia", "ACCUSE"),
            ("ACCUSE", "Pyongyang"),
        ),
        (
            "en",
            "The Chinese trade ministry accused the Netherlands of yielding to American pressure.",
            ("Netherlands", "ACCUSE"),
            ("ACCUSE", "United States"),
        ),
    ],
)
def test_end_to_end_an_accusation_is_aimed_at_the_accused_not_at_names_of_the_deed(
    lang, text, kept, dropped
):
    found = relations(text, lang)
    assert any((r[2], r[1]) == kept for r in found), sorted(found)
    assert not any(r[1:] == dropped for r in found), sorted(found)


@pytest.mark.model
def test_end_to_end_a_request_is_aimed_at_whom_it_asks_not_at_the_object_of_the_deed():
    found = relations("Trump encouraged Zelensky to investigate Hunter Biden.", "en")
    assert ("Donald Trump", "REQUEST", "Volodymyr Zelensky") in found, sorted(found)
    assert ("Donald Trump", "REQUEST", "Hunter Biden") not in found, sorted(found)


def test_phrase_threaten_to_wins_over_the_embedded_verb():
    doc = parse(EN_THREAT)
    lex = load_lexicon("en")
    assert phrase_type(doc[1], ["threaten"], CLEAR, lex, lambda n: None)[:2] == ("THREATEN", "comp")


EN_SANCTIONS = """
Washington 1 nsubj PROPN
imposed 1 ROOT VERB impose
sanctions 1 dobj NOUN sanction
on 1 prep ADP
Iran 3 pobj PROPN
"""


def test_phrase_object_noun_types_the_verb():
    doc = parse(EN_SANCTIONS)
    lex = load_lexicon("en")
    assert phrase_type(doc[1], ["impose"], CLEAR, lex, lambda n: None)[:2] == ("SANCTION", "obj")


EN_DESCRIBE = """
Wang 1 nsubj PROPN
described 1 ROOT VERB describe
talks 1 dobj NOUN talk
as 1 prep ADP
useful 3 amod ADJ
"""


def test_describe_as_is_no_event():
    doc = parse(EN_DESCRIBE)
    lex = load_lexicon("en")
    assert phrase_type(doc[1], ["describe"], CLEAR, lex, lambda n: None)[0] == "NONE"


EN_TOLD = """
Ghana 1 nsubj PROPN
told 1 ROOT VERB tell
IMF 1 dative PROPN
it 4 nsubj PRON
was 1 ccomp AUX be
ready 4 acomp ADJ
"""


def test_speech_addressee_is_the_dative_not_the_reported_clause():
    doc = parse(EN_TOLD)
    assert pairs(speech_addressee(doc[1], CLEAR, EN_PREPS)) == [("Ghana", "IMF")]


EN_WROTE_ON = """
Haley 1 nsubj PROPN
wrote 1 ROOT VERB write
on 1 prep ADP
Twitter 2 pobj PROPN
"""

EN_SAID_TO = """
Putin 1 nsubj PROPN
said 1 ROOT VERB say
to 1 prep ADP
Macron 2 pobj PROPN
"""

NL_SCHREEF_OP = """
Haley 1 nsubj PROPN
schreef 1 ROOT VERB schrijven
op 3 case ADP
Twitter 1 obl PROPN
"""

NL_ZEI_TEGEN = """
Sanders 1 nsubj PROPN
zei 1 ROOT VERB zeggen
tegen 3 case ADP
Biden 1 obl PROPN
"""


@pytest.mark.parametrize(
    "rows, scheme, preps, expected",
    [
        (EN_WROTE_ON, CLEAR, EN_PREPS, []),
        (EN_SAID_TO, CLEAR, EN_PREPS, [("Putin", "Macron")]),
        (NL_SCHREEF_OP, UD, NL_PREPS, []),
        (NL_ZEI_TEGEN, UD, NL_PREPS, [("Sanders", "Biden")]),
    ],
)
def test_speech_addressee_only_behind_an_addressee_preposition(rows, scheme, preps, expected):
    # "wrote on Twitter", "schreef op Twitter": a recipient preposition elsewhere, but the
    # speaker addresses no one there; "said to", "zei tegen" name whom it speaks to
    doc = parse(rows)
    assert pairs(speech_addressee(doc[1], scheme, preps)) == expected


EN_SAID_ABOUT = """
Boon 1 nsubj PROPN
said 1 ROOT VERB say
about 1 prep ADP
Amman 2 pobj PROPN
"""

# about a thing: no one spoken of by name
EN_SAID_ABOUT_TALKS = """
Boon 1 nsubj PROPN
said 1 ROOT VERB say
about 1 prep ADP
the 4 det DET
talks 2 pobj NOUN talk
"""

NL_ZEI_OVER = """
Boon 1 nsubj PROPN
zei 1 ROOT VERB zeggen
over 3 case ADP
Amman 1 obl PROPN
"""


@pytest.mark.parametrize(
    "rows, scheme, lang, expected",
    [
        (EN_SAID_ABOUT, CLEAR, "en", [("Boon", "Amman")]),
        (EN_SAID_ABOUT_TALKS, CLEAR, "en", []),
        (NL_ZEI_OVER, UD, "nl", [("Boon", "Amman")]),
    ],
)
def test_speech_addressee_a_name_spoken_about(rows, scheme, lang, expected):
    # "said about Amman", "zei over Amman": the topic preposition with a name of its own
    from extract.grammar.argument_words import load_grammar

    doc = parse(rows)
    preps = load_grammar(lang).prepositions
    assert pairs(speech_addressee(doc[1], scheme, preps)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, wanted",
    [
        ("en", 'Anna Lopez said about Mark Rutte: "He has failed."', ("Anna Lopez", "Mark Rutte")),
        ("nl", 'Anna Lopez zei over Mark Rutte: "Hij faalde."', ("Anna Lopez", "Mark Rutte")),
    ],
)
def test_speech_a_name_spoken_about_end_to_end(lang, text, wanted):
    from tests.extract.extraction_helpers import relations

    assert (wanted[0], "STATEMENT", wanted[1]) in relations(text, lang)


EN_REPORTED = """
Zelensky 1 nsubj PROPN
said 1 ROOT VERB say
Russia 3 nsubj PROPN
attacked 1 ccomp VERB attack
Ukraine 3 dobj PROPN
"""


def test_reporter_of_a_complement_clause_is_the_speech_verb():
    doc = parse(EN_REPORTED)
    assert reporter_of(doc[3], CLEAR, lambda t: t.lemma_ == "say").text == "said"
    assert reporter_of(doc[1], CLEAR, lambda t: t.lemma_ == "say") is None


# "Russia attacked Ukraine, Zelensky said" hung the other way round: said a ccomp of attacked
EN_REPORTED_AFTER = """
Russia 1 nsubj PROPN
attacked 1 ROOT VERB attack
Ukraine 1 dobj PROPN
, 1 punct PUNCT
Zelensky 5 nsubj PROPN
said 1 ccomp VERB say
"""

# "Lopez requested Trump declare an emergency": the speech verb is what is asked, no reporter
EN_REQUESTED_DECLARATION = """
Lopez 1 nsubj PROPN
requested 1 ROOT VERB request
Trump 3 nsubj PROPN
declare 1 ccomp VERB declare
an 5 det DET
emergency 3 dobj NOUN
"""


def test_reporter_of_a_clause_is_a_speech_verb_set_apart_after_it():
    def is_speech(t):
        return t.lemma_ in ("say", "declare")

    after = parse(EN_REPORTED_AFTER)
    assert reporter_of(after[1], CLEAR, is_speech).text == "said"
    requested = parse(EN_REQUESTED_DECLARATION)
    assert reporter_of(requested[1], CLEAR, is_speech) is None


@pytest.mark.parametrize(
    "aux, mode",
    [("will", "planned"), ("may", "possible"), ("must", "demanded"), ("did", "asserted")],
)
def test_mode_from_the_auxiliary(aux, mode):
    doc = parse(f"""
Russia 2 nsubj PROPN
{aux} 2 aux AUX
attack 2 ROOT VERB attack
Ukraine 2 dobj PROPN
""")
    assert mode_of(doc[2], CLEAR, load_lexicon("en")) == mode


def test_mode_remembered_per_document_is_each_documents_own():
    """The mode is remembered per document: the same verb index of another document (or of the
    same one again, after another) gets that document's mode, not the last answer."""
    lex = load_lexicon("en")
    docs = {
        aux: parse(f"""
Russia 2 nsubj PROPN
{aux} 2 aux AUX
attack 2 ROOT VERB attack
Ukraine 2 dobj PROPN
""")
        for aux in ("will", "may")
    }
    asked = [(aux, mode_of(docs[aux][2], CLEAR, lex)) for aux in ("will", "may", "will", "may")]
    assert asked == [
        ("will", "planned"),
        ("may", "possible"),
        ("will", "planned"),
        ("may", "possible"),
    ]


def test_mode_negated_and_conditional():
    lex = load_lexicon("en")
    doc = parse("""
Russia 3 nsubj PROPN
did 3 aux AUX do
not 3 neg PART
attack 3 ROOT VERB attack
""")
    assert mode_of(doc[3], CLEAR, lex) == "negated"
    doc = parse("""
if 2 mark SCONJ
Russia 2 nsubj PROPN
attacks 4 advcl VERB attack
Kyiv 2 dobj PROPN
NATO 5 nsubj PROPN
responds 5 ROOT VERB respond
""")
    assert mode_of(doc[2], CLEAR, lex) == "conditional"


@pytest.mark.parametrize("adjective, mode", [("unable", "negated"), ("able", "asserted")])
def test_mode_an_act_one_is_unable_to_do_is_negated(adjective, mode):
    """An act one was unable to do did not happen ("was unable to reach an agreement")."""
    doc = parse(f"""
Kenya 1 nsubj PROPN
was 1 ROOT AUX be
{adjective} 1 acomp ADJ
to 4 aux PART
reach 2 xcomp VERB reach
an 6 det DET
agreement 4 dobj NOUN agreement
""")
    assert mode_of(doc[4], CLEAR, load_lexicon("en")) == mode


def test_mode_be_plans_only_an_infinitive():
    """A copula plans only an infinitive ("Kenya is to meet Uganda"), not a clause the parser
    hung on it ("Kenya was met by Uganda. Uganda was the host" read as one sentence)."""
    lex = load_lexicon("en")
    doc = parse("""
Kenya 1 nsubj PROPN
is 1 ROOT AUX be
to 3 aux PART
meet 1 xcomp VERB meet
Uganda 3 dobj PROPN
""")
    assert mode_of(doc[3], CLEAR, lex) == "planned"
    doc = parse("""
Kenya 2 nsubjpass PROPN
was 2 auxpass AUX be
met 6 ccomp VERB meet
by 2 agent ADP
Uganda 3 pobj PROPN
Uganda 6 nsubj PROPN
was 6 ROOT AUX be
the 8 det DET
host 6 attr NOUN host
""")
    assert mode_of(doc[2], CLEAR, lex) == "asserted"


NL_AUX_OBJECT = """
Macron 4 nsubj PROPN
heeft 4 aux AUX hebben
Xi 1 obj PROPN
Jinping 2 flat PROPN
ontmoet 4 ROOT VERB ontmoeten
"""


def test_dutch_object_hung_on_the_auxiliary_belongs_to_the_verb():
    doc = parse(NL_AUX_OBJECT)
    assert [t.text for t in objects(doc[4], UD)] == ["Xi"]
    assert [t.text for t in objects(doc[4], CLEAR)] == []


NL_AUX_SUBJECT = """
Staten 1 nsubj PROPN
hebben 4 aux VERB hebben
een 3 det DET
akkoord 4 obj NOUN
bereikt 4 ROOT VERB bereiken
"""


def test_dutch_subject_hung_on_the_auxiliary_belongs_to_the_verb():
    doc = parse(NL_AUX_SUBJECT)
    assert [t.text for t in subjects(doc[4], UD)] == ["Staten"]
    assert phrase_type(doc[4], ["bereiken"], UD, load_lexicon("nl"), lambda n: None)[:2] == (
        "AGREE",
        "obj",
    )


NL_PASSIVE_RECIPIENT = """
Beelden 4 nsubj PROPN
zijn 4 aux AUX
door 3 case ADP
Australië 4 obl:agent PROPN
doorgegeven 4 ROOT VERB doorgeven
"""


def test_passive_agent_makes_the_active_labelled_subject_the_recipient():
    doc = parse(NL_PASSIVE_RECIPIENT)
    assert pairs(passive_with_agent(doc[4], UD, NL_PREPS)) == [("Australië", "Beelden")]


@pytest.mark.parametrize(
    "rows, expected",
    [
        # "door Ecuador" hung on the passive subject after it, as its owner
        (
            """
Assange 5 nsubj:pass PROPN
werd 5 aux:pass AUX worden
door 3 case ADP
Ecuador 4 nmod:poss PROPN
asiel 5 nsubj:pass NOUN
verleend 5 ROOT VERB verlenen
""",
            [("Ecuador", "Assange"), ("Ecuador", "asiel")],
        ),
        # hung on the passive subject as its agent; the recipient phrase of the verb counts too
        (
            """
werden 6 aux:pass AUX worden
door 2 case ADP
Rusland 3 obl:agent PROPN
wapens 6 nsubj:pass NOUN wapen
aan 5 case ADP
Armenië 6 obl PROPN
geleverd 6 ROOT VERB leveren
""",
            [("Rusland", "wapens"), ("Rusland", "Armenië")],
        ),
    ],
)
def test_patterns_passive_agent_hung_on_a_later_noun_of_the_clause_is_the_actor(rows, expected):
    doc = parse(rows)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert agents(verb, UD, NL_PREPS.agent) == [t for t in doc if t.text == expected[0][0]]
    assert pairs(passive_with_agent(verb, UD, NL_PREPS)) == expected


@pytest.mark.parametrize(
    "rows",
    [
        # an active clause: "door Covid" is a cause, not an agent
        """
Hij 1 nsubj PRON
verloor 1 ROOT VERB verliezen
door 3 case ADP
Covid 5 nmod PROPN
zijn 5 nmod:poss PRON
baan 1 obj NOUN
""",
        # a passive whose noun has its own agent phrase after it: the act of that noun, not
        # the clause's ("na de inzet door China")
        """
Troepen 7 nsubj:pass NOUN troep
werden 7 aux:pass AUX worden
na 4 case ADP
de 4 det DET
inzet 7 obl NOUN
door 6 case ADP
China 4 nmod PROPN
teruggetrokken 7 ROOT VERB terugtrekken
""",
    ],
)
def test_patterns_door_phrase_on_a_noun_is_no_agent_outside_a_passive_or_after_its_noun(rows):
    doc = parse(rows)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert agents(verb, UD, NL_PREPS.agent) == []
    assert pairs(passive_with_agent(verb, UD, NL_PREPS)) == []


# "zijn" labelled aux (not aux:pass), the subject active and "door het leger" an obl
NL_PASSIVE_LABELLED_ACTIVE = """
Steunpunten 5 nsubj NOUN steunpunt
zijn 5 aux AUX zijn
door 4 case ADP
het 4 det DET
leger 5 obl NOUN
ontruimd 5 ROOT VERB ontruimen
"""

# an active clause with an auxiliary and a "door" phrase: it has its object
NL_ACTIVE_WITH_DOOR = """
Rusland 5 nsubj PROPN
heeft 5 aux AUX hebben
door 3 case ADP
Oekraïne 5 obl PROPN
olie 5 obj NOUN
verloren 5 ROOT VERB verliezen
"""


def test_patterns_auxiliary_without_object_and_door_phrase_reads_as_passive():
    doc = parse(NL_PASSIVE_LABELLED_ACTIVE)
    assert pairs(passive_with_agent(doc[5], UD, NL_PREPS)) == [("leger", "Steunpunten")]


def test_patterns_door_phrase_of_an_active_clause_with_an_object_is_no_agent():
    doc = parse(NL_ACTIVE_WITH_DOOR)
    assert pairs(passive_with_agent(doc[5], UD, NL_PREPS)) == []


NL_AUX_SUBJECT_FIRST = """
Venezuela 1 nsubj PROPN
heeft 4 aux AUX hebben
waarnemers 4 nsubj NOUN waarnemer
toegang 4 obj NOUN
geweigerd 4 ROOT VERB weigeren
"""


def test_dutch_subject_on_the_auxiliary_comes_first_and_a_later_subject_is_an_argument():
    doc = parse(NL_AUX_SUBJECT_FIRST)
    assert [t.text for t in subjects(doc[4], UD)] == ["Venezuela"]
    assert [t.text for t in objects(doc[4], UD)] == ["waarnemers", "toegang"]


NL_JOINED_NAMES = """
Amnesty 2 nsubj PROPN
Saoedi-Arabië 0 flat PROPN
bekritiseerd 2 ROOT VERB bekritiseren
"""


def test_dutch_second_name_joined_to_the_subject_is_the_object():
    doc = parse(NL_JOINED_NAMES)
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 1, 2, label="COUNTRY")]
    assert [t.text for t in objects(doc[2], UD)] == ["Saoedi-Arabië"]


def test_mode_planned_under_a_noun_of_intention():
    # English: "to" is its infinitive marker, which makes "complete" the noun's complement
    doc = parse(
        """
his 1 poss PRON
efforts 1 ROOT NOUN effort
to 3 aux PART
complete 1 acl VERB complete
the 5 det DET
withdrawal 3 dobj NOUN withdrawal
""",
        "en",
    )
    assert mode_of(doc[3], CLEAR, load_lexicon("en")) == "planned"


EN_PARTICIPLE_ON_A_CALL = """
Johnson 1 nsubj PROPN
joined 1 ROOT VERB join
calls 1 dobj NOUN call
asking 2 acl VERB ask
Ireland 3 dobj PROPN
to 6 aux PART
waive 3 xcomp VERB waive
"""


def test_mode_a_participle_on_a_noun_of_demand_is_no_complement_of_it():
    # "the calls asking Ireland to waive": the asking is what the calls are, not what they demand
    doc = parse(EN_PARTICIPLE_ON_A_CALL, "en")
    lex = load_lexicon("en")
    assert mode_of(doc[3], CLEAR, lex) == "asserted"
    assert mode_of(doc[6], CLEAR, lex) == "demanded"  # the asking asks for the waiving


EN_FINITE_CONJUNCT_OF_INFINITIVE = """
Raab 1 nsubj PROPN
urged 1 ROOT VERB urge
embassy 1 dobj NOUN
to 4 aux PART
reconsider 1 xcomp VERB reconsider
and 4 cc CCONJ
{verb} 4 conj VERB {lemma}
with 6 prep ADP
Pompeo 7 pobj PROPN
"""


@pytest.mark.parametrize(
    "verb, lemma, form, mode",
    [
        ("spoke", "speak", "Fin", "asserted"),  # he urged and spoke: no part of the infinitive
        ("talk", "talk", "Inf", "demanded"),  # to reconsider and (to) talk: both urged
    ],
)
def test_mode_a_finite_conjunct_the_parser_hung_on_an_infinitive_is_not_governed(
    verb, lemma, form, mode
):
    doc = parse(EN_FINITE_CONJUNCT_OF_INFINITIVE.format(verb=verb, lemma=lemma), "en")
    doc[6].set_morph(f"VerbForm={form}")
    doc[4].set_morph("VerbForm=Inf")
    assert mode_of(doc[6], CLEAR, load_lexicon("en")) == mode


@pytest.mark.parametrize(
    "lang, rows, mode",
    [
        # "called off": not the governor "call"
        (
            "en",
            """
Kenya 1 nsubj PROPN
called 1 ROOT VERB call
off 1 prt ADP
talks 1 dobj NOUN talk
to 5 aux PART
sanction 1 xcomp VERB sanction
""",
            "asserted",
        ),
        (
            "en",
            """
Kenya 1 nsubj PROPN
called 1 ROOT VERB call
on 1 prep ADP
Uganda 2 pobj PROPN
to 5 aux PART
sanction 1 xcomp VERB sanction
""",
            "demanded",
        ),
        # "riep ... op": the separable verb oproepen, a governor of demands
        (
            "nl",
            """
Kenia 1 nsubj PROPN
riep 1 ROOT VERB roepen
Oeganda 5 obj PROPN
op 1 compound:prt ADP
te 5 mark ADP
steunen 1 xcomp VERB steunen
""",
            "demanded",
        ),
    ],
)
def test_mode_a_phrasal_governor_is_looked_up_whole(lang, rows, mode):
    doc = parse(rows, lang)
    scheme = CLEAR if lang == "en" else UD
    assert mode_of(doc[5], scheme, load_lexicon(lang)) == mode


@pytest.mark.parametrize(
    "rows, mode",
    [
        # "wezen op de aanval als voorbeeld": "als" before a noun is "as", not "if"
        (
            """
Staten 1 nsubj PROPN
wezen 1 ROOT VERB wijzen
op 3 case ADP
aanval 1 obl NOUN
als 5 mark SCONJ
voorbeeld 1 advcl NOUN
""",
            "asserted",
        ),
        (
            """
Staten 1 nsubj PROPN
wijzen 1 ROOT VERB wijzen
op 3 case ADP
aanval 1 obl NOUN
als 6 mark SCONJ
Kenia 6 nsubj PROPN
aanvalt 1 advcl VERB aanvallen
""",
            "conditional",
        ),
    ],
)
def test_mode_only_a_clause_states_a_condition(rows, mode):
    doc = parse(rows, "nl")
    assert mode_of(doc[1], UD, load_lexicon("nl")) == mode


@pytest.mark.parametrize(
    "owner, owner_pos, expected",
    [
        # "Tesco stated its intention to leave": the pronoun stands for the verb's subject
        ("its", "PRON", "Tesco"),
        # "Tesco stated Salling's intention to leave": the named possessor intends
        ("Salling", "PROPN", "Salling"),
    ],
)
def test_subjects_of_an_intention_on_an_object(owner, owner_pos, expected):
    doc = parse(
        f"""
Tesco 1 nsubj PROPN
stated 1 ROOT VERB state
{owner} 3 poss {owner_pos}
intention 1 dobj NOUN intention
to 5 aux PART
leave 3 acl VERB leave
market 5 dobj NOUN
""",
        "en",
    )
    assert [t.text for t in subjects(doc[5], CLEAR)] == [expected]


NL_NAME_HEADS_SPEECH = """
Tomasz 0 ROOT PROPN
Kubiak 0 flat PROPN
, 3 punct PUNCT
woordvoerder 0 appos NOUN
, 5 punct PUNCT
zei 0 parataxis VERB zeggen
tegen 7 case ADP
AFP 5 obl PROPN
. 0 punct PUNCT
"""


def test_subjects_name_the_parser_made_head_of_its_verb():
    """ "Tomasz Kubiak, woordvoerder, zei tegen AFP" with "zei" hung on the name as parataxis:
    the name is the speaker."""
    doc = parse(NL_NAME_HEADS_SPEECH)
    assert [t.text for t in subjects(doc[5], UD)] == ["Tomasz"]


def test_subjects_parataxis_with_own_subject_keeps_it():
    doc = parse("""
Poetin 0 ROOT PROPN
, 3 punct PUNCT
Zelenski 3 nsubj PROPN
zei 0 parataxis VERB zeggen
. 0 punct PUNCT
""")
    assert [t.text for t in subjects(doc[3], UD)] == ["Zelenski"]


def test_syntax_children_index_matches_spacy_and_follows_a_new_document():
    from extract.grammar.syntax import children

    first = parse(NL_INVASION)
    assert [[c.i for c in children(t)] for t in first] == [[c.i for c in t.children] for t in first]
    second = parse(EN_INVASION)
    assert [c.text for c in children(second[1])] == ["Russia", "Ukraine", "."]
    with second.retokenize() as retokenizer:
        retokenizer.merge(second[2:4])
    assert [c.text for c in children(second[1])] == ["Russia", "Ukraine ."]


def test_syntax_walks_hand_back_the_tokens_of_the_document_asked_when_documents_alternate():
    """The walks keep one list of tokens per document (doc_tokens): asking of two documents in
    turn, and of one retokenised, answers with the tokens of the document asked about."""
    from extract.grammar.syntax import doc_tokens

    nl, en = parse(NL_INVASION), parse(EN_INVASION)
    assert [(t.i, t.text) for t in doc_tokens(nl)] == [(t.i, t.text) for t in nl]
    for _ in range(2):
        assert [(t.text, t.doc is nl) for t in objects(nl[1], UD)] == [("Oekraïne", True)]
        assert [(t.text, t.doc is en) for t in objects(en[1], CLEAR)] == [("Ukraine", True)]
    with en.retokenize() as retokenizer:
        retokenizer.merge(en[2:4])
    assert [t.text for t in doc_tokens(en)] == ["Russia", "invaded", "Ukraine ."]
    assert [t.text for t in objects(en[1], CLEAR)] == ["Ukraine ."]


def test_syntax_walks_make_the_tokens_of_a_document_once_while_components_take_turns():
    """The pipeline runs one component over a chunk of documents, then the next: a document's
    tokens are made once, not once per component, and only the recent documents are kept."""
    from extract.grammar import syntax

    nl, en = parse(NL_INVASION), parse(EN_INVASION)
    first = syntax.doc_tokens(nl)
    assert [t.text for t in syntax.doc_tokens(en)] == ["Russia", "invaded", "Ukraine", "."]
    assert syntax.doc_tokens(nl) is first
    assert [c.text for c in syntax.children(nl[1])] == ["Rusland", "Oekraïne", "binnen", "."]
    more = [parse(NL_INVASION) for _ in range(syntax._RECENT_DOCUMENTS + 1)]
    for doc in more:
        syntax.doc_tokens(doc)
    assert len(syntax._RECENT_INDEXES) == syntax._RECENT_DOCUMENTS
    assert syntax.doc_tokens(nl) is not first  # the oldest were dropped: made again
    assert [t.text for t in syntax.doc_tokens(nl)] == [t.text for t in nl]


NL_TWO_SUBJECTS_ON_THE_AUXILIARY = """
Kenia 1 nsubj PROPN
heeft 4 aux AUX hebben
Oeganda 1 nsubj PROPN
niet 4 advmod ADV
aangeklaagd 4 ROOT VERB aanklagen
"""


def test_dutch_second_subject_on_the_auxiliary_is_the_object():
    # "Kenia heeft Oeganda niet aangeklaagd" parsed with both names as subjects of "heeft": a
    # clause has one subject, and the name between the auxiliary and the verb is what Kenia did
    # (not) charge
    doc = parse(NL_TWO_SUBJECTS_ON_THE_AUXILIARY)
    assert [t.text for t in subjects(doc[4], UD)] == ["Kenia"]
    assert [t.text for t in objects(doc[4], UD)] == ["Oeganda"]
    assert pairs(subject_verb_object(doc[4], UD, NL_PREPS)) == [("Kenia", "Oeganda")]


NL_PARTICLE_ON_THE_APPOSITION = """
Duitsland 1 nsubj PROPN
zette 1 ROOT VERB zette
Rahimi 1 obj PROPN
, 5 punct PUNCT
een 5 det DET
veroordeelde 1 parataxis VERB veroordelen
Afghaan 5 obj PROPN
uit 5 compound:prt ADP
naar 9 case ADP
Kabul 5 obl PROPN
"""

NL_PARTICLE_ON_ITS_OWN_VERB = """
Rusland 1 nsubj PROPN
zag 1 ROOT VERB zien
hoe 5 mark SCONJ
Kiev 5 nsubj PROPN
troepen 5 obj NOUN troep
trok 1 ccomp VERB trekken
terug 5 compound:prt ADP
"""


def test_dutch_particle_hung_on_a_later_verb_joins_the_verb_it_makes_a_verb_with():
    # "Duitsland zette X, een ... veroordeelde Afghaan, uit": "uitveroordelen" is no verb, the
    # nearest verb before the particle that makes one with it is "zette" (uitzetten)
    doc = parse(NL_PARTICLE_ON_THE_APPOSITION)
    assert verb_lemmas_of(doc[1], UD, "nl")[0] == "uitzetten"
    # a particle that makes a verb with its own head stays there: Kiev withdrew, Rusland saw
    doc = parse(NL_PARTICLE_ON_ITS_OWN_VERB)
    assert "terugzien" not in verb_lemmas_of(doc[1], UD, "nl")
    assert verb_lemmas_of(doc[5], UD, "nl")[0] == "terugtrekken"


# "Japan stuurde schepen om China af te schrikken": the lemmatizer put a particle of its own
# before the bare verb (uitschrikken), which then joined the real one ("afuitschrikken")
NL_MADE_UP_PARTICLE = """
Japan 1 nsubj PROPN
stuurde 1 ROOT VERB sturen
schepen 1 obj NOUN schip
om 7 mark ADP
China 7 obj PROPN
af 7 compound:prt ADP
te 7 mark ADP
schrikken 1 advcl VERB uitschrikken
"""

NL_REAL_PARTICLE_LEMMA = """
Hij 1 nsubj PRON hij
merkte 1 ROOT VERB opmerken
op 1 compound:prt ADP
"""


def test_dutch_particle_the_lemmatizer_made_up_gives_way_to_the_real_one():
    doc = parse(NL_MADE_UP_PARTICLE)
    lemmas = verb_lemmas_of(doc[7], UD, "nl")
    assert lemmas[0] == "afschrikken"
    assert not any("uit" in lemma for lemma in lemmas)
    # a particle that is in the sentence is the model's to join, not a made-up one
    assert model_lemma(parse(NL_REAL_PARTICLE_LEMMA)[1], "nl") == "opmerken"
    assert model_lemma(doc[7], "nl") == "schrikken"


def test_made_up_lemma_gives_way_to_the_lexicon_verb_of_the_form():
    # "Smit twitterde dat ...": the lemmatizer's "twittren" is no lemma of the table nor of a
    # lexicon; the table's lemma of "twitterde" is "twitteren", a speech verb of the lexicon
    doc = parse("""
Smit 1 nsubj PROPN
twitterde 1 ROOT VERB twittren
""")
    assert model_lemma(doc[1], "nl") == "twitteren"
    assert verb_lemmas_of(doc[1], UD, "nl")[0] == "twitteren"


def test_lemma_a_lexicon_holds_stays_where_the_table_has_another():
    # "Russia annexed Crimea": the English table's lemma of "annexed" is "annexe", which no
    # lexicon holds; the model's "annex" is a verb of the lexicon and stays
    doc = parse("""
Russia 1 nsubj PROPN
annexed 1 ROOT VERB annex
Crimea 1 dobj PROPN
""")
    assert model_lemma(doc[1], "en") == "annex"
    assert verb_lemmas_of(doc[1], CLEAR, "en")[0] == "annex"


# "Iran zei dat het troepen naar Irak stuurde": "het" hung as the article of "troepen"
NL_ARTICLE_AS_PRONOUN = """
Iran 1 nsubj PROPN
zei 1 ROOT VERB zeggen
dat 7 mark SCONJ
het 4 det DET
{noun} 7 nsubj NOUN
naar 6 case ADP
Irak 7 obl PROPN
stuurde 1 ccomp VERB sturen
"""


@pytest.mark.parametrize(
    "noun, morph, reads_pronoun",
    [("troepen", "Number=Plur", True), ("leger", "Gender=Neut|Number=Sing", False)],
)
def test_dutch_article_on_a_plural_after_a_subordinator_is_the_subject_pronoun(
    noun, morph, reads_pronoun
):
    doc = parse(NL_ARTICLE_AS_PRONOUN.format(noun=noun), lang="nl")
    doc[4].set_morph(morph)
    if reads_pronoun:  # "het" sends the troops, which are the verb's argument
        assert subjects(doc[7], UD) == [doc[3]]
        assert doc[4] in objects(doc[7], UD)
    else:  # "dat het leger ... stuurde": the army sends
        assert subjects(doc[7], UD) == [doc[4]]


def test_article_as_pronoun_needs_the_language_word_list():
    # English has no article that is also a pronoun: the same tree keeps its noun subject
    doc = parse(NL_ARTICLE_AS_PRONOUN.format(noun="troepen"), lang="en")
    doc[4].set_morph("Number=Plur")
    assert subjects(doc[7], UD) == [doc[4]]


# "... hebben bij een luchtaanval Qasem Soleimani gedood": the name hung in apposition on the
# prepositional phrase before the verb-final participle
NL_NAME_ON_THE_PHRASE_BEFORE_THE_VERB = """
Troepen 7 nsubj NOUN troep
hebben 7 aux AUX hebben
bij 4 case ADP
een 4 det DET
luchtaanval 7 obl NOUN
Qasem 4 appos PROPN
Soleimani 5 flat PROPN
gedood 7 ROOT VERB doden
"""

NL_NAME_SET_OFF_BY_A_COMMA = """
Troepen 8 nsubj NOUN troep
hebben 8 aux AUX hebben
bij 4 case ADP
een 4 det DET
luchtaanval 8 obl NOUN
, 6 punct PUNCT
Qasem 4 appos PROPN
Soleimani 6 flat PROPN
gedood 8 ROOT VERB doden
"""


def test_dutch_name_on_the_phrase_right_before_a_final_verb_is_its_object():
    doc = parse(NL_NAME_ON_THE_PHRASE_BEFORE_THE_VERB)
    assert objects(doc[7], UD) == [doc[5]]
    assert pairs(subject_verb_object(doc[7], UD, NL_PREPS)) == [("Troepen", "Qasem")]
    # a real apposition is set off by a comma: it names the phrase's noun
    doc = parse(NL_NAME_SET_OFF_BY_A_COMMA)
    assert objects(doc[8], UD) == []


# "Trump urged Germany to sanction Iran" (ClearNLP): the object does what the open clause says
EN_URGED = """
Trump 1 nsubj PROPN
urged 1 ROOT VERB urge
Germany 1 dobj PROPN
to 4 aux PART
sanction 1 xcomp VERB sanction
Iran 4 dobj PROPN
. 1 punct PUNCT
"""

# "Trump wants to sanction Iran": no object, so the open clause borrows the subject
EN_WANTS = """
Trump 1 nsubj PROPN
wants 1 ROOT VERB want
to 3 aux PART
sanction 1 xcomp VERB sanction
Iran 3 dobj PROPN
. 1 punct PUNCT
"""


def test_subjects_an_open_clause_after_an_object_is_done_by_the_object():
    assert [t.text for t in subjects(parse(EN_URGED)[4], CLEAR)] == ["Germany"]
    assert [t.text for t in subjects(parse(EN_WANTS)[3], CLEAR)] == ["Trump"]


# "Greece called on Turkey to halt drilling" (ClearNLP): the named prepositional object right
# before the open clause does what it says
EN_CALLED_ON = """
Greece 1 nsubj PROPN
called 1 ROOT VERB call
on 1 prep ADP
Turkey 2 pobj PROPN
to 5 aux PART
halt 1 xcomp VERB halt
drilling 5 dobj NOUN
. 1 punct PUNCT
"""


def test_subjects_an_open_clause_after_a_named_prepositional_object_is_done_by_it():
    unnamed = parse(EN_CALLED_ON)
    assert [t.text for t in subjects(unnamed[5], CLEAR)] == ["Greece"]  # no name: as before
    doc = parse(EN_CALLED_ON)
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 3, 4, "GPE")]
    assert [t.text for t in subjects(doc[5], CLEAR)] == ["Turkey"]


# "Pompeo posted a message on Twitter blaming Iran" (ClearNLP, the participle hung on Twitter)
EN_POSTED = """
Pompeo 1 nsubj PROPN
posted 1 ROOT VERB post
a 3 det DET
message 1 dobj NOUN
on 3 prep ADP
Twitter 4 pobj PROPN
blaming 5 acl VERB blame
Iran 6 dobj PROPN
. 1 punct PUNCT
"""

# "Mitsotakis speaking to the Council called it void" (ClearNLP, the participle on the subject)
EN_SPEAKING = """
Mitsotakis 5 nsubj PROPN
speaking 0 acl VERB speak
to 1 prep ADP
the 4 det DET
Council 2 pobj PROPN
called 5 ROOT VERB call
it 5 dobj PRON
void 5 oprd ADJ
"""

# "the coalition led by Saudi Arabia attacked Yemen": a past participle is not done by its noun
EN_LED = """
the 1 det DET
coalition 5 nsubj NOUN
led 1 acl VERB lead
by 2 agent ADP
Arabia 3 pobj PROPN
attacked 5 ROOT VERB attack
Yemen 5 dobj PROPN
"""


def test_subjects_a_present_participle_on_a_noun_is_done_by_the_clause_subject():
    posted = parse(EN_POSTED)
    posted[6].set_morph("Aspect=Prog|Tense=Pres|VerbForm=Part")
    assert [t.text for t in subjects(posted[6], CLEAR)] == ["Pompeo"]
    speaking = parse(EN_SPEAKING)
    speaking[1].set_morph("Aspect=Prog|Tense=Pres|VerbForm=Part")
    assert [t.text for t in subjects(speaking[1], CLEAR)] == ["Mitsotakis"]
    led = parse(EN_LED)
    led[2].set_morph("Aspect=Perf|Tense=Past|VerbForm=Part")
    assert subjects(led[2], CLEAR) == []


# "Raab urged the embassy to reconsider and met Pompeo" (ClearNLP, "met" hung on the infinitive)
EN_URGED_AND_MET = """
Raab 1 nsubj PROPN
urged 1 ROOT VERB urge
the 3 det DET
embassy 1 dobj NOUN
to 5 aux PART
reconsider 1 xcomp VERB reconsider
and 5 cc CCONJ
met 5 conj VERB meet
Pompeo 7 dobj PROPN
"""


def test_subjects_a_finite_verb_on_an_infinitive_shares_the_subject_of_the_main_clause():
    doc = parse(EN_URGED_AND_MET)
    doc[5].set_morph("VerbForm=Inf")
    doc[7].set_morph("Tense=Past|VerbForm=Fin")
    assert [t.text for t in subjects(doc[5], CLEAR)] == ["embassy"]
    assert [t.text for t in subjects(doc[7], CLEAR)] == ["Raab"]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, kept, dropped",
    [
        (
            "en",
            "China threatened to halt its exports to Japan.",
            ("China", "THREATEN", "Japan"),
            None,
        ),
        ("en", "Germany voted to leave the European Union.", None, ("Germany", "AGREE")),
        (
            "en",
            "Kenya complained that Somalia had sold oil blocks in disputed waters.",
            ("Kenya", "ACCUSE", "Somalia"),
            None,
        ),
        (
            "nl",
            "China dreigde de export naar Japan stop te zetten.",
            ("China", "THREATEN", "Japan"),
            None,
        ),
    ],
)
def test_end_to_end_only_a_governing_verb_aims_its_act_into_the_complement(
    lang, text, kept, dropped
):
    # threaten to, dreigen te: the threat is aimed at the complement's target; a complaint is
    # about what the complement's subject did; voting to leave the EU is no agreement with it
    # (subject_verb_complement only for comp rows, speech verbs, accusations and requests)
    found = relations(text, lang)
    if kept:
        assert kept in found, sorted(found)
    if dropped:
        assert not any(r[:2] == dropped for r in found), sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Emmanuel Macron wrote on Twitter that Russia attacked Ukraine."),
        ("nl", "Emmanuel Macron schreef op Twitter dat Rusland Oekraïne aanviel."),
    ],
)
def test_end_to_end_a_statement_is_not_addressed_to_where_it_was_written(lang, text):
    found = relations(text, lang)
    assert not any(r[0] == "Emmanuel Macron" and r[1] == "STATEMENT" for r in found), sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Emmanuel Macron wrote to the French embassy in Germany about the talks."),
        ("nl", "Emmanuel Macron schreef aan de Franse ambassade in Duitsland over de gesprekken."),
    ],
)
def test_end_to_end_a_statement_is_not_addressed_to_a_name_inside_the_addressee(lang, text):
    # whom one writes to is the embassy (an ORG of its own since the embassy names were
    # found), never a country named inside its phrase
    found = relations(text, lang)
    statements = [r for r in found if r[:2] == ("Emmanuel Macron", "STATEMENT")]
    assert not any(r[2] in ("Germany", "France") for r in statements), sorted(found)


@pytest.mark.parametrize(
    "rows, tags, expected",
    [
        (NL_INVASION, ("VERB",), ["viel"]),
        (NL_INVASION, ("PROPN", "ADP"), ["Rusland", "Oekraïne", "binnen"]),
        (EN_INVASION, ("NOUN",), []),
    ],
)
def test_syntax_tagged_tokens_are_the_words_of_those_tags_in_text_order(rows, tags, expected):
    from extract.grammar.syntax import tagged_tokens

    doc = parse(rows)
    assert [t.text for t in tagged_tokens(doc, tags)] == expected
    assert [t.text for t in tagged_tokens(doc, tags)] == expected  # asked again: remembered


EN_SEATED = """
The 3 det DET the
Luxembourg 2 npadvmod PROPN Luxembourg
based 3 amod VERB Based
court 4 nsubj NOUN court
ruled 4 ROOT VERB rule
"""


@pytest.mark.parametrize(
    "rows, words, expected",
    [
        (EN_SEATED, {"based"}, ["based"]),  # "Based" as a lemma counts in lower case
        (EN_SEATED, {"luxembourg", "court"}, ["Luxembourg", "court"]),
        (EN_SEATED, {"gevestigd"}, []),
        (NL_INVASION, {"vallen"}, ["viel"]),
    ],
)
def test_syntax_lemma_tokens_are_the_words_of_those_lemmas_in_text_order(rows, words, expected):
    from extract.grammar.syntax import lemma_tokens

    assert [t.text for t in lemma_tokens(parse(rows), words)] == expected


@pytest.mark.parametrize(
    "attr, test, expected",
    [
        ("ORTH", str.istitle, ["The", "Luxembourg"]),
        ("LOWER", lambda word: word.startswith("lux"), ["Luxembourg"]),  # by its lower case
        ("LEMMA", {"rule"}.__contains__, ["ruled"]),  # by its lemma, not its form
        ("ORTH", "court".__eq__, ["court"]),
        ("ORTH", "Court".__eq__, []),  # the written word as it is
        ("ORTH", ("court", "Court", "ruling").__contains__, ["court"]),  # a word it lacks
        ("LOWER", {"the", "court"}.__contains__, ["The", "court"]),
        # more words than the document has: each of its words is tested instead
        (
            "ORTH",
            frozenset({"The", "ruled", "a", "b", "c", "d", "e"}).__contains__,
            ["The", "ruled"],
        ),
    ],
)
def test_syntax_tokens_where_are_the_words_that_pass_in_text_order(attr, test, expected):
    from spacy import attrs

    from extract.grammar.syntax import token_flags, tokens_where

    doc = parse(EN_SEATED)
    assert [t.text for t in tokens_where(doc, getattr(attrs, attr), test)] == expected
    flags = token_flags(doc, getattr(attrs, attr), test)
    assert [t.text for t, flag in zip(doc, flags) if flag] == expected


@pytest.mark.parametrize(
    "rows, word, verb",
    [
        (EN_SEATED, "court", "ruled"),  # a subject: its clause's verb
        (EN_SEATED, "The", "ruled"),  # up through its noun
        (EN_SEATED, "Luxembourg", "based"),  # the participle's own clause
        (EN_SEATED, "ruled", "ruled"),  # a verb is its own
        # no verb above: the root
        ("de 1 det DET\nstad 3 nsubj NOUN\nen 3 cc CCONJ\nland 3 ROOT NOUN", "de", "land"),
    ],
)
def test_syntax_clause_verb_is_the_nearest_verb_above_a_word(rows, word, verb):
    from extract.grammar.syntax import clause_verb

    doc = parse(rows)
    token = next(t for t in doc if t.text == word)
    assert clause_verb(token).text == verb


def test_syntax_tokens_where_finds_many_passing_words_in_text_order():
    from spacy.attrs import ORTH

    from extract.grammar.syntax import tokens_where

    words = ["Anna", "en", "Bert", "Cees", "Dirk", "en", "Eva", "Fem", "Gijs", "Hans", "Ida", "Jan"]
    rows = "\n".join(f"{w} 0 {'ROOT' if i == 0 else 'conj'} PROPN" for i, w in enumerate(words))
    doc = parse(rows + "\nBert 0 conj PROPN")
    found = tokens_where(doc, ORTH, str.istitle)  # ten distinct names, one twice
    assert [t.i for t in found] == [0, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]


def test_syntax_tokens_where_asks_each_distinct_word_once():
    from spacy.attrs import ORTH

    from extract.grammar.syntax import tokens_where

    doc = parse("de 1 det DET\nstad 2 nsubj NOUN\nen 3 cc CCONJ\nde 4 det DET\nstad 4 ROOT NOUN")
    asked: list[str] = []
    found = tokens_where(doc, ORTH, lambda word: asked.append(word) or word == "stad")
    assert [t.i for t in found] == [1, 4]
    assert sorted(asked) == ["de", "en", "stad"]


def test_syntax_tokens_where_remembers_a_named_tests_answers_for_later_documents():
    from spacy.attrs import LOWER, ORTH

    from extract.grammar.syntax import token_flags, tokens_where

    asked: list[str] = []

    def city(word: str) -> bool:
        asked.append(word)
        return word in ("stad", "Stad")

    first = parse("de 1 det DET\nstad 2 nsubj NOUN\nen 3 cc CCONJ\nde 4 det DET\nstad 4 ROOT NOUN")
    second = parse("Stad 1 nsubj NOUN\nen 2 cc CCONJ\nland 2 ROOT NOUN\nstad 2 conj NOUN")
    assert [t.i for t in tokens_where(first, ORTH, city, city)] == [1, 4]
    # the second document asks only of its new words, by any attribute of the same strings
    assert [t.text for t in tokens_where(second, ORTH, city, city)] == ["Stad", "stad"]
    assert [t.text for t in tokens_where(second, LOWER, city, city)] == ["Stad", "stad"]
    assert token_flags(second, ORTH, city, city) == [True, False, False, True]
    assert sorted(asked) == ["Stad", "de", "en", "land", "stad"]
    # a test without a name is asked again in every document
    assert [t.text for t in tokens_where(second, ORTH, lambda w: w == "land")] == ["land"]


# a typed verb without a target takes one from any phrase (VerbRelations._any_phrase); in a
# passive its agent is the actor and the place phrase may hang on its subject, the patient
NL_PASSIVE_DEPLOYED = """
Oorlogsschepen 6 nsubj:pass NOUN
werden 6 aux:pass AUX worden
door 3 case ADP
China 6 obl:agent PROPN
bij 5 case ADP
Taiwan 6 obl PROPN
ingezet 6 ROOT VERB inzetten
"""

EN_PASSIVE_DISMANTLED = """
Posts 5 nsubjpass NOUN post
near 0 prep ADP
the 3 det DET
border 1 pobj NOUN
were 5 auxpass AUX be
dismantled 5 ROOT VERB dismantle
by 5 agent ADP
Israel 6 pobj PROPN
"""


@pytest.mark.parametrize(
    "rows, scheme, preps, expected",
    [
        (NL_PASSIVE_DEPLOYED, UD, NL_PREPS, [("China", "Taiwan")]),
        (EN_PASSIVE_DISMANTLED, CLEAR, EN_PREPS, [("Israel", "border")]),
    ],
)
def test_patterns_any_phrase_of_a_passive_has_its_agent_as_actor(rows, scheme, preps, expected):
    from extract.components.relations.verbs import VerbRelations

    doc = parse(rows)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert pairs(VerbRelations._any_phrase(verb, scheme, preps)) == expected


@pytest.mark.parametrize(
    "aux, number, subject, object_",
    [
        # "heeft" cannot agree with "sancties": the EU imposed them
        ("heeft", "Sing", ["EU"], ["die"]),
        # "hebben" agrees with "sancties": the pronoun stays the subject
        ("hebben", "Plur", ["die"], ["EU"]),
    ],
)
def test_relative_clause_subject_is_the_noun_the_finite_verb_agrees_with(
    aux, number, subject, object_
):
    doc = with_morph(
        parse(RELATIVE_SANCTIONS.format(aux=aux)),
        t0="Number=Plur",
        t1="PronType=Rel",
        t6=f"Number={number}|VerbForm=Fin",
        t7="VerbForm=Part",
    )
    assert [t.text for t in subjects(doc[7], UD)] == subject
    assert [t.text for t in objects(doc[7], UD)] == object_


def test_relative_clause_with_coordinated_object_agrees_in_the_plural():
    # "het verdrag dat Rusland en China hebben getekend": two names are plural, "verdrag" is not
    rows = """
verdrag 0 ROOT NOUN
dat 6 nsubj PRON
Rusland 6 obj PROPN
en 4 cc CCONJ
China 2 conj PROPN
hebben 6 aux AUX
getekend 0 acl:relcl VERB tekenen
"""
    plural = "Number=Plur|VerbForm=Fin"
    doc = with_morph(parse(rows), t0="Number=Sing", t1="PronType=Rel", t5=plural)
    assert [t.text for t in subjects(doc[6], UD)] == ["Rusland", "China"]
    assert [t.text for t in objects(doc[6], UD)] == ["dat"]
    # without a number on the finite verb nothing is changed
    doc = with_morph(parse(rows), t0="Number=Sing", t1="PronType=Rel", t5="VerbForm=Fin")
    assert [t.text for t in subjects(doc[6], UD)] == ["dat"]


def _named(doc: Doc, *names: tuple[int, int]) -> Doc:
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in names]
    return doc


def test_in_a_list_of_titled_names_the_nearer_title_is_the_names():
    # "de Nederlandse premier Mark Rutte en minister Sigrid Kaag" with Kaag in apposition to
    # "premier", as the Dutch model hangs such lists
    doc = _named(
        parse("""
de 2 det DET
Nederlandse 2 amod ADJ
premier 2 ROOT NOUN
Mark 2 appos PROPN
Rutte 3 flat PROPN
en 6 cc CCONJ
minister 2 conj NOUN
Sigrid 2 appos PROPN
Kaag 7 flat PROPN
"""),
        (3, 5),
        (7, 9),
    )
    is_title = lambda t: t.lower_ in ("premier", "minister")  # noqa: E731
    assert [t.text for t in titles_near(doc.ents[1], UD, is_title)] == ["minister"]
    assert [t.text for t in titles_near(doc.ents[0], UD, is_title)] == ["premier"]


PROFESSOR_DIRECTOR = """
Professor 9 nsubj NOUN
Jan 0 appos PROPN
Smit 1 flat PROPN
, 4 punct PUNCT
directeur 0 appos NOUN
van 6 case ADP
Greenpeace 4 nmod PROPN
, 0 punct PUNCT
{after}
zei 9 ROOT VERB
"""


def test_titles_near_a_title_beside_the_name_on_the_word_before_it():
    # "Professor Jan Smit, directeur van Greenpeace, zei": the Dutch model hangs "directeur"
    # on "Professor", beside the name
    doc = _named(parse(PROFESSOR_DIRECTOR.format(after="toen 9 advmod ADV")), (1, 3))
    is_title = lambda t: t.lower_ == "directeur"  # noqa: E731
    assert [t.text for t in titles_near(doc.ents[0], UD, is_title)] == ["directeur"]


def test_titles_near_not_a_title_beside_the_name_that_another_name_follows():
    # "Burgemeester Jan Smit, directeur van Greenpeace Karel Dijk zei": Dijk's title
    rows = PROFESSOR_DIRECTOR.replace(", 0 punct PUNCT", "Karel 6 flat PROPN").format(
        after="Dijk 7 flat PROPN"
    )
    doc = _named(parse(rows), (1, 3), (7, 9))
    is_title = lambda t: t.lower_ == "directeur"  # noqa: E731
    assert list(titles_near(doc.ents[0], UD, is_title)) == []


def test_a_title_of_its_own_after_a_comma_does_not_hide_the_title_before_it():
    # "his father, Sultan Said bin Taimur": no other name before the comma, so no list
    doc = _named(
        parse("""
his 1 poss PRON
father 1 ROOT NOUN
, 1 punct PUNCT
Sultan 5 compound PROPN
Said 5 compound PROPN
Taimur 1 appos PROPN
"""),
        (4, 6),
    )
    is_title = lambda t: t.lower_ in ("father", "sultan")  # noqa: E731
    assert [t.text for t in titles_near(doc.ents[0], CLEAR, is_title)] == ["father", "Sultan"]


def test_a_name_across_a_coordinator_is_not_whose_title_it_is():
    # "Emmanuel Macron and agriculture minister Marc Fesneau" with Macron on "minister"
    rows = """
Emmanuel 1 compound PROPN
Macron 4 nmod PROPN
and 4 cc CCONJ
agriculture 4 compound NOUN
minister 6 compound NOUN
Marc 6 compound PROPN
Fesneau 6 ROOT PROPN
"""
    assert title_of(parse(rows)[4], CLEAR, EN_PREPS) is None
    # "Obama adviser Ben Rhodes": right before the title, the name is whose it is
    adviser = parse("""
Obama 1 compound PROPN
adviser 3 compound NOUN
Ben 3 compound PROPN
Rhodes 3 ROOT PROPN
""")
    assert title_of(adviser[1], CLEAR, EN_PREPS).text == "Obama"


# an active clause whose object the parser labelled nsubj:pass, with the subject on the verb
NL_ACTIVE_OBJECT_AS_PASSIVE_SUBJECT = """
Hamas 3 nsubj PROPN
heeft 3 aux AUX hebben
Israël 3 nsubj:pass PROPN
gewaarschuwd 3 ROOT VERB waarschuwen
"""

# ... and with the subject on the auxiliary
NL_ACTIVE_OBJECT_AS_PASSIVE_SUBJECT_ON_AUX = """
Greenpeace 1 nsubj PROPN
heeft 3 aux AUX hebben
Exxon 3 nsubj:pass PROPN
gesommeerd 3 ROOT VERB sommeren
"""

# a real passive: "wordt" is aux:pass, so nsubj:pass is its recipient, not an object
NL_REAL_PASSIVE = """
Israël 2 nsubj:pass PROPN
wordt 2 aux:pass AUX worden
gewaarschuwd 2 ROOT VERB waarschuwen
"""


@pytest.mark.parametrize(
    "rows, expected",
    [
        (NL_ACTIVE_OBJECT_AS_PASSIVE_SUBJECT, [("Hamas", "Israël")]),
        (NL_ACTIVE_OBJECT_AS_PASSIVE_SUBJECT_ON_AUX, [("Greenpeace", "Exxon")]),
        (NL_REAL_PASSIVE, []),
    ],
)
def test_patterns_passive_subject_of_an_active_clause_is_its_object(rows, expected):
    doc = parse(rows)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert pairs(subject_verb_object(verb, UD, NL_PREPS)) == expected
    assert [t.text for t in objects(verb, UD)] == [r for _, r in expected]


# "met Marokko" hung by the parser on "afspraken" after it: a phrase of the clause
NL_PHRASE_BEFORE_ITS_NOUN = """
Spanje 5 nsubj PROPN
heeft 5 aux AUX hebben
met 3 case ADP
Marokko 4 nmod PROPN
afspraken 5 obj NOUN afspraak
gemaakt 5 ROOT VERB maken
"""

# "afspraken met Marokko": the noun's own phrase, after it
NL_PHRASE_AFTER_ITS_NOUN = """
Spanje 5 nsubj PROPN
heeft 5 aux AUX hebben
afspraken 5 obj NOUN afspraak
met 4 case ADP
Marokko 2 nmod PROPN
gemaakt 5 ROOT VERB maken
"""


def test_syntax_a_phrase_hung_on_a_later_noun_of_the_verb_is_the_clauses():
    doc = parse(NL_PHRASE_BEFORE_ITS_NOUN)
    assert [(p, t.text) for p, t in prepositional_args(doc[5], UD)] == [("met", "Marokko")]
    assert pairs(subject_verb_oblique(doc[5], UD, NL_PREPS)) == [("Spanje", "Marokko")]


def test_syntax_a_phrase_after_its_noun_stays_the_nouns():
    doc = parse(NL_PHRASE_AFTER_ITS_NOUN)
    assert list(prepositional_args(doc[5], UD)) == []
    assert [(p, t.text) for p, t in prepositional_args(doc[2], UD)] == [("met", "Marokko")]


@pytest.mark.parametrize(
    ("lang", "rows", "time", "limit"),
    [
        # "It was the first launch since the mission in July 2011": the mission is July's
        (
            "en",
            """
It 1 nsubj PRON
was 1 ROOT AUX
the 4 det DET
first 4 amod ADJ
launch 1 attr NOUN
since 4 prep ADP
the 7 det DET
mission 5 pobj NOUN
in 7 prep ADP
July 8 pobj PROPN
2011 9 nummod NUM
""",
            (9, 11),
            True,
        ),
        # "The Taliban controlled the district since 2011": the control began then
        (
            "en",
            """
Taliban 1 nsubj PROPN
controlled 1 ROOT VERB
the 3 det DET
district 1 dobj NOUN
since 1 prep ADP
2011 4 pobj NUM
""",
            (5, 6),
            False,
        ),
        # "Het was de dodelijkste aanslag sinds een aanval in augustus 2018"
        (
            "nl",
            """
Het 4 nsubj PRON
was 4 cop AUX
de 4 det DET
dodelijkste 4 amod ADJ
aanslag 4 ROOT NOUN
sinds 7 case ADP
een 7 det DET
aanval 4 nmod NOUN
in 9 case ADP
augustus 7 nmod NOUN
2018 9 nummod NUM
""",
            (9, 11),
            True,
        ),
        # "De Taliban beheersen het district sinds 2018"
        (
            "nl",
            """
Taliban 1 nsubj PROPN
beheersen 1 ROOT VERB
het 3 det DET
district 1 obj NOUN
sinds 5 case ADP
2018 1 obl NUM
""",
            (5, 6),
            False,
        ),
    ],
)
def test_timing_a_time_inside_a_since_phrase_is_a_limit_not_the_time_of_the_act(
    lang, rows, time, limit
):
    from extract.grammar.timing import bounding_words, limit_time

    doc = parse(rows, lang)
    assert limit_time(doc[time[0] : time[1]], bounding_words(lang)) is limit


@pytest.mark.parametrize(("lang", "text"), [("en", "since Monday"), ("nl", "sinds maandag")])
def test_a_bounding_word_before_a_weekday_leaves_it_a_time_expression(lang, text):
    from extract.lexicon import load_lexicon

    assert load_lexicon(lang).time_expression(text).kind == "weekday"


@pytest.mark.parametrize(
    ("shares", "breaks", "expected"),
    [
        (True, [], (0, 6)),  # Kenya goes on: Monday's, over the sentence that tells no time
        (False, [], None),  # another actor's act: not Monday's
        (True, [30], None),  # a new paragraph after Monday's sentence: not Monday's
    ],
)
def test_timing_a_time_told_before_reaches_over_sentences_that_tell_none(shares, breaks, expected):
    from extract.grammar.timing import told_time_span

    # "Monday Kenya accused Somalia . The border is long . Kenya criticised Ethiopia ."
    doc = parse("""
Monday 2 npadvmod PROPN
Kenya 2 nsubj PROPN
accused 2 ROOT VERB
Somalia 2 dobj PROPN
. 2 punct PUNCT
The 6 det DET
border 7 nsubj NOUN
is 7 ROOT AUX
long 7 acomp ADJ
. 7 punct PUNCT
Kenya 11 nsubj PROPN
criticised 11 ROOT VERB
Ethiopia 11 dobj PROPN
. 11 punct PUNCT
""")
    assert doc.text[0:6] == "Monday" and doc[5].idx == 31
    found = told_time_span(doc[11], [(0, 6)], breaks, lambda sentence: shares)
    assert found == expected


# "Monday Kenya accused Somalia . They criticised Ethiopia . Kenya closed borders ."
_TOLD_EN = """
Monday 2 npadvmod PROPN
Kenya 2 nsubj PROPN
accused 2 ROOT VERB
Somalia 2 dobj PROPN
. 2 punct PUNCT
They 6 nsubj PRON
criticised 6 ROOT VERB
Ethiopia 6 dobj PROPN
. 6 punct PUNCT
Kenya 10 nsubj PROPN
closed 10 ROOT VERB
borders 10 dobj NOUN
. 10 punct PUNCT
"""
# "Maandag beschuldigde Kenia Somalië . Zij bekritiseerden Ethiopië ."
_TOLD_NL = """
Maandag 1 obl PROPN
beschuldigde 1 ROOT VERB
Kenia 1 nsubj PROPN
Somalië 1 obj PROPN
. 1 punct PUNCT
Zij 6 nsubj PRON
bekritiseerden 6 ROOT VERB
Ethiopië 6 obj PROPN
. 6 punct PUNCT
"""


# "Monday Kenya accused Somalia . Uganda accused Ethiopia ." and the same with "criticised"
_TOLD_AGAIN_EN = """
Monday 2 npadvmod PROPN
Kenya 2 nsubj PROPN
accused 2 ROOT VERB accuse
Somalia 2 dobj PROPN
. 2 punct PUNCT
Uganda 6 nsubj PROPN
{verb} 6 ROOT VERB {lemma}
Ethiopia 6 dobj PROPN
. 6 punct PUNCT
"""
# "Maandag beschuldigde Kenia Somalië . Oeganda beschuldigde Ethiopië ." and with "bekritiseerde"
_TOLD_AGAIN_NL = """
Maandag 1 obl PROPN
beschuldigde 1 ROOT VERB beschuldigen
Kenia 1 nsubj PROPN
Somalië 1 obj PROPN
. 1 punct PUNCT
Oeganda 6 nsubj PROPN
{verb} 6 ROOT VERB {lemma}
Ethiopië 6 obj PROPN
. 6 punct PUNCT
"""


@pytest.mark.parametrize(
    ("rows", "verb", "lemma", "breaks", "expected"),
    [
        # a new paragraph that tells Monday's act again, with other names: Monday's
        (_TOLD_AGAIN_EN, "accused", "accuse", [30], (0, 6)),
        (_TOLD_AGAIN_NL, "beschuldigde", "beschuldigen", [36], (0, 7)),
        # one that tells another act is a new story
        (_TOLD_AGAIN_EN, "criticised", "criticise", [30], None),
        (_TOLD_AGAIN_NL, "bekritiseerde", "bekritiseren", [36], None),
        # a word that only looks like "accused" (another lemma) tells no act again over a break
        (_TOLD_AGAIN_EN, "accuser", "accuser", [30], None),
        # two paragraph breaks back: too far, act or not
        (_TOLD_AGAIN_EN, "accused", "accuse", [20, 30], None),
    ],
)
def test_timing_a_paragraph_that_tells_the_act_again_goes_on_with_its_time(
    rows, verb, lemma, breaks, expected
):
    from extract.grammar.timing import told_time_span

    doc = parse(rows.format(verb=verb, lemma=lemma))
    assert all(doc.text[b] == " " for b in breaks)
    assert told_time_span(doc[6], [(0, len(doc[0].text))], breaks) == expected


@pytest.mark.parametrize(
    ("rows", "time", "trigger", "breaks", "personal", "expected"),
    [
        # a paragraph that opens with "They" goes on with the one before: Monday's
        (_TOLD_EN, (0, 6), 6, [30], True, (0, 6)),
        (_TOLD_NL, (0, 7), 6, [36], True, (0, 7)),
        # and so does its next sentence
        (_TOLD_EN, (0, 6), 10, [30], True, (0, 6)),
        # "They" read as no personal pronoun: a new story
        (_TOLD_EN, (0, 6), 6, [30], False, None),
        (_TOLD_NL, (0, 7), 6, [36], False, None),
        # a paragraph that opens with a name is a new story
        (_TOLD_EN, (0, 6), 10, [57], True, None),
        # two paragraph breaks back: too far
        (_TOLD_EN, (0, 6), 10, [30, 57], True, None),
    ],
)
def test_timing_a_paragraph_that_opens_with_a_pronoun_goes_on_with_the_time_told_before(
    rows, time, trigger, breaks, personal, expected
):
    from extract.grammar.timing import told_time_span

    doc = parse(rows)
    assert doc.text[time[0] : time[1]] in ("Monday", "Maandag")
    assert all(doc.text[b] == " " for b in breaks)
    if personal:
        doc[5].set_morph("Case=Nom|Person=3|PronType=Prs")
    assert told_time_span(doc[trigger], [time], breaks) == expected


@pytest.mark.parametrize(
    ("lang", "rows", "expected"),
    [
        # "Kenya met Uganda on Monday . They rejected the November 27 agreement . Egypt signed
        # after the hearing on 4 March ."
        (
            "en",
            """
Kenya 1 nsubj PROPN
met 1 ROOT VERB
Uganda 1 dobj PROPN
on 1 prep ADP
Monday 3 pobj PROPN
. 1 punct PUNCT
They 7 nsubj PRON
rejected 7 ROOT VERB
the 11 det DET
November 11 nmod PROPN
27 9 nummod NUM
agreement 7 dobj NOUN
. 7 punct PUNCT
Egypt 14 nsubj PROPN
signed 14 ROOT VERB
after 14 prep ADP
the 17 det DET
hearing 15 pobj NOUN
on 17 prep ADP
4 20 nummod NUM
March 18 pobj PROPN
. 14 punct PUNCT
""",
            ["Monday", "4 March"],
        ),
        # "Kenia sprak maandag Oeganda . Zij verwierpen de overeenkomst van 27 november . Egypte
        # tekende na een hoorzitting op 4 maart ."
        (
            "nl",
            """
Kenia 1 nsubj PROPN
sprak 1 ROOT VERB
maandag 1 obl NOUN
Oeganda 1 obj PROPN
. 1 punct PUNCT
Zij 6 nsubj PRON
verwierpen 6 ROOT VERB
de 8 det DET
overeenkomst 6 obj NOUN
van 10 case ADP
27 8 nmod NUM
november 10 flat NOUN
. 6 punct PUNCT
Egypte 14 nsubj PROPN
tekende 14 ROOT VERB
na 17 case ADP
een 17 det DET
hoorzitting 14 obl NOUN
op 19 case ADP
4 17 nmod NUM
maart 19 flat NOUN
. 14 punct PUNCT
""",
            ["maandag", "4 maart"],
        ),
    ],
)
def test_timing_a_time_of_a_subject_or_object_is_no_time_told_for_what_follows(
    lang, rows, expected
):
    """ "The November 27 agreement" was then, the story is not; a hearing on 4 March sets its
    clause's time."""
    from extract.grammar.timing import told_times

    doc = parse(rows, lang)
    assert [doc.text[a:b] for a, b in told_times(doc, lang, {})] == expected


def test_a_name_right_after_the_subject_noun_before_a_main_verb_is_the_subject():
    # "De Britse aanklagersdienst CPS vervolgde de negen" parsed with CPS as a second subject: a
    # verb-second clause has one phrase before its verb, so CPS names the service, it is no object
    main = parse("""
De 2 det DET
Britse 2 amod ADJ
aanklagersdienst 4 nsubj NOUN
CPS 4 nsubj PROPN
vervolgde 4 ROOT VERB vervolgen
de 6 det DET
verdachten 4 obj NOUN
""")
    assert [t.text for t in subjects(main[4], UD)] == ["CPS"]
    assert [t.text for t in objects(main[4], UD)] == ["verdachten"]
    # a clause opened by "dat" has its verb last: the name there is the object
    final = parse("""
dat 4 mark SCONJ
de 2 det DET
regering 4 nsubj NOUN
Rusland 4 nsubj PROPN
steunt 4 ROOT VERB steunen
""")
    assert [t.text for t in subjects(final[4], UD)] == ["regering"]
    assert [t.text for t in objects(final[4], UD)] == ["Rusland"]


# "Wang Yi zegde zijn bezoek aan Japan af na uitspraken van de premier": the parser took the
# particle for a second preposition of "uitspraken"
NL_PARTICLE_BEFORE_A_PREPOSITION = """
Wang 2 nsubj PROPN
Yi 0 flat PROPN
zegde 2 ROOT VERB zegen
zijn 4 nmod:poss PRON
bezoek 2 obj NOUN
aan 6 case ADP
Japan 4 nmod PROPN
af 9 case ADP
na 9 case ADP
uitspraken 2 obl NOUN uitspraak
"""


def test_dutch_particle_taken_for_a_second_preposition_joins_its_verb():
    doc = parse(NL_PARTICLE_BEFORE_A_PREPOSITION, lang="nl")
    assert verb_lemmas_of(doc[2], UD, "nl")[0] == "afzeggen"
    # a preposition with its noun right after it is one ("aan Japan"): no "aanzeggen"
    single = parse(NL_PARTICLE_BEFORE_A_PREPOSITION.replace("af 9 case", "snel 2 advmod"), "nl")
    lemmas = verb_lemmas_of(single[2], UD, "nl")
    assert not any(lemma.startswith(("aan", "snel")) for lemma in lemmas)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "De minister Li Qiang zegde zijn reis naar Japan af na kritiek van de regering.",
            ("Li Qiang", "REJECT", "Japan"),
        ),
        (
            "De Britse premier Keir Starmer diende zijn ontslag in bij koning Charles.",
            ("Keir Starmer", "RETREAT", "Charles"),
        ),
    ],
)
def test_end_to_end_dutch_particle_before_a_preposition(text, expected):
    assert expected in relations(text, "nl"), sorted(relations(text, "nl"))


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "nl",
            "De rebellen van de ELN hebben dinsdag de gijzelaar Pedro Salazar vrijgelaten.",
            ("ELN", "RETREAT", "Pedro Salazar"),
        ),
        (
            "nl",
            "Wit-Rusland heeft zaterdag de Poolse gevangene Andrzej Poczobut vrijgelaten.",
            ("Belarus", "RETREAT", "Andrzej Poczobut"),
        ),
    ],
)
def test_end_to_end_a_phrase_noun_stands_for_the_name_in_apposition(lang, text, expected):
    # "liet de gijzelaar X vrij": the hostage is the phrase's own noun, X the one released
    assert expected in relations(text, lang), sorted(relations(text, lang))


# "Iran stuurt schepen naar de golf, zei minister Araghchi", parsed as the Dutch model parses it:
# the attribution's speaker as a second object of "stuurt", its speech verb as his modifier
NL_TRAILING_SPEAKER = """
Iran 1 nsubj PROPN
stuurt 1 ROOT VERB sturen
schepen 1 obj NOUN schip
naar 5 case ADP
de 5 det DET
golf 1 obl NOUN
, 7 punct PUNCT
zei 8 amod VERB zeggen
minister 1 obj NOUN
Araghchi 8 appos PROPN
"""


def test_dutch_speaker_of_a_trailing_attribution_is_no_object():
    doc = parse(NL_TRAILING_SPEAKER, lang="nl")
    assert [t.text for t in objects(doc[1], UD)] == ["schepen"]
    # without the comma the verb on the noun is no attribution ("stuurt schepen, zei minister")
    doc = parse(NL_TRAILING_SPEAKER.replace(", 7 punct PUNCT", "ook 7 advmod ADV"), lang="nl")
    assert [t.text for t in objects(doc[1], UD)] == ["schepen", "minister"]


@pytest.mark.model
def test_end_to_end_dutch_trailing_speaker_is_not_acted_on():
    text = (
        "Frankrijk stuurt een vliegdekschip naar de kust van Libanon, zei minister Sébastien "
        "Lecornu woensdag."
    )
    found = relations(text, "nl")
    assert ("France", "MOBILIZE", "Lebanon") in found, sorted(found)
    assert ("France", "MOBILIZE", "Sébastien Lecornu") not in found, sorted(found)


#: "Lithuania was threatened with a lawsuit by Musk", with "by Musk" hung on "lawsuit".
EN_BY_ON_ARGUMENT = """
Lithuania 2 nsubjpass PROPN
was 2 auxpass AUX be
threatened 2 ROOT VERB threaten
with 2 prep ADP
a 5 det DET
lawsuit 3 pobj NOUN
by 5 prep ADP
Musk 6 pobj PROPN
"""


def test_patterns_passive_agent_hung_on_an_argument_noun():
    doc = parse(EN_BY_ON_ARGUMENT)
    assert ("Musk", "Lithuania") in pairs(passive_with_agent(doc[2], CLEAR, EN_PREPS))


def test_patterns_passive_agent_not_taken_from_a_time_phrase_or_a_common_noun():
    after = EN_BY_ON_ARGUMENT.replace("with 2 prep", "after 2 prep")
    assert pairs(passive_with_agent(parse(after)[2], CLEAR, EN_PREPS)) == []
    common = EN_BY_ON_ARGUMENT.replace("Musk 6 pobj PROPN", "gangs 6 pobj NOUN")
    assert "gangs" not in [
        a for a, _ in pairs(passive_with_agent(parse(common)[2], CLEAR, EN_PREPS))
    ]


def test_patterns_passive_agent_of_its_own_wins_over_one_on_an_argument():
    rows = EN_BY_ON_ARGUMENT + "by 2 agent ADP\nTrump 8 pobj PROPN\n"
    actors = {a for a, _ in pairs(passive_with_agent(parse(rows)[2], CLEAR, EN_PREPS))}
    assert actors == {"Trump"}


# "Oekraïne werd aangevallen en Rusland reageerde. Later zweeg Kiev." with "Rusland" hung on the
# first verb as its conjunct, and the second sentence's verb without a subject of its own
STRANDED_THEN_NONE = """
Oekraïne 2 nsubj:pass PROPN
werd 2 aux:pass AUX
aangevallen 2 ROOT VERB aanvallen
en 5 cc CCONJ
Rusland 2 conj PROPN
reageerde 2 conj VERB reageren
. 2 punct PUNCT
Later 8 advmod ADV
zweeg 8 ROOT VERB zwijgen
. 8 punct PUNCT
"""


def test_a_name_coordinated_with_the_verb_before_is_the_next_verbs_subject_in_its_sentence():
    doc = parse(STRANDED_THEN_NONE)
    assert [t.text for t in subjects(doc[5], UD)] == ["Rusland"]
    # the name of the sentence before is no subject of a verb after it
    assert [t.text for t in subjects(doc[8], UD)] == []


# "Ida Kernow, who was Tesla's envoy": the copula read by its part of speech, whatever its lemma
# (here the form itself, as a lemmatiser that missed it leaves it); "who became" is no copula
RELATIVE_COPULA_EN = """
Ida 1 compound PROPN
Kernow 1 ROOT PROPN
, 1 punct PUNCT
who 4 nsubj PRON
was 1 relcl AUX was
Tesla 7 poss PROPN
's 5 case PART
envoy 4 attr NOUN
"""

# "Ida Kernow, die gezant van Tesla was": UD hangs the copula under the noun
RELATIVE_COPULA_NL = """
Ida 1 compound PROPN
Kernow 1 ROOT PROPN
, 1 punct PUNCT
die 4 nsubj PRON
gezant 1 acl:relcl NOUN
van 6 case ADP
Tesla 4 nmod PROPN
was 4 cop AUX zijn
"""


@pytest.mark.parametrize(
    "rows, scheme, clause, noun, expected",
    [
        (RELATIVE_COPULA_EN, CLEAR, 4, 7, ["envoy"]),
        (RELATIVE_COPULA_EN.replace("relcl AUX", "relcl VERB"), CLEAR, 4, 7, []),
        (RELATIVE_COPULA_NL, UD, 4, 4, ["gezant"]),
    ],
    ids=["en", "en-no-copula", "nl"],
)
def test_the_words_a_copula_says_come_from_the_parse_not_the_copulas_lemma(
    rows, scheme, clause, noun, expected
):
    doc = parse(rows)
    assert [t.text for t in copula_predicates(doc[clause], scheme)] == expected
    said = copula_clause(doc[noun], scheme)
    assert (said.i if said is not None else None) == (clause if expected else None)


def test_an_extraction_run_lets_its_documents_go_once_their_records_are_written():
    """The walks' indexes hold their documents (and with them every parse and memo of a chunk):
    a run that has written its records keeps none of them for the next run, whose documents are
    new ones, and the records are still whole."""
    from extract.api import extract
    from extract.documents import Document
    from extract.grammar import syntax

    text = "Russia attacked Ukraine on Monday. Kenya criticised the attack."
    result = extract(
        [Document(id="a", title="a", text=text, source="a", date="2025-12-03", language="en")],
        lang="en",
    )
    assert not result.errors
    assert {r["type"] for r in result.records["relations"]} & {"ASSAULT", "FIGHT", "ATTACK"}
    assert not syntax._RECENT_INDEXES
    assert syntax._LAST_CHILDREN[0] is None
