"""Participants of an event told elsewhere in the article (eventroles.<lang>.tsv): "other victims
included X", "the final victim, X", "X claimed responsibility" join the event told before them."""

from __future__ import annotations

import pytest

from extract.grammar.event_roles import load_event_roles
from extract.lexicon import LexiconError
from tests.extract.test_events import described, events_of, parsed

RUSSIA, REDA, JANSEN = ("COUNTRY", "rusland"), ("PERSON", "reda"), ("PERSON", "jansen")

#: "Rusland pleegde een aanslag ." (the attack, Russia its source)
NL_ATTACK = """
Rusland 1 nsubj PROPN
pleegde 1 ROOT VERB plegen
een 3 det DET
aanslag 1 obj NOUN aanslag
. 1 punct PUNCT
"""


def test_the_names_among_the_victims_are_targets_of_the_attack_told_before(nl_events):
    # "Onder de slachtoffers waren Reda en Jansen": UD hangs the copula and the names on the noun
    doc = parsed(
        NL_ATTACK.strip()
        + """
Onder 7 case ADP onder
de 7 det DET
slachtoffers 7 ROOT NOUN slachtoffer
waren 7 cop AUX zijn
Reda 7 nsubj PROPN
en 11 cc CCONJ
Jansen 9 conj PROPN
. 7 punct PUNCT
""",
        {0: RUSSIA, 9: REDA, 11: JANSEN},
    )
    assert described(nl_events.find(doc)) == [
        (
            "attack",
            "ASSAULT",
            [("jansen", "target"), ("reda", "target"), ("rusland", "source")],
            None,
        )
    ]


def test_victims_without_an_attack_told_before_join_nothing(nl_events):
    doc = parsed(
        """
Onder 2 case ADP onder
de 2 det DET
slachtoffers 2 ROOT NOUN slachtoffer
waren 2 cop AUX zijn
Reda 2 nsubj PROPN
. 2 punct PUNCT
""",
        {4: REDA},
    )
    assert nl_events.find(doc) == []


def test_who_claims_responsibility_is_the_source_of_the_attack_told_before(nl_events):
    # "De Taliban hebben de verantwoordelijkheid opgeëist": the attack told before is theirs
    doc = parsed(
        """
Bij 2 case ADP bij
een 2 det DET
aanslag 6 obl NOUN aanslag
kwamen 6 aux AUX komen
twaalf 5 nummod NUM
soldaten 6 nsubj NOUN soldaat
om 6 ROOT VERB omkomen
. 6 punct PUNCT
De 9 det DET
Taliban 13 nsubj PROPN
hebben 13 aux AUX hebben
de 12 det DET
verantwoordelijkheid 13 obj NOUN verantwoordelijkheid
opgeëist 13 ROOT VERB opeisen
. 13 punct PUNCT
""",
        {9: ("ORG", "taliban")},
    )
    assert described(nl_events.find(doc)) == [("attack", "ASSAULT", [("taliban", "source")], None)]


def test_other_victims_included_names_targets_of_the_attack(en_events):
    doc = parsed(
        """
Russia 1 nsubj PROPN
attacked 1 ROOT VERB attack
Kyiv 1 dobj PROPN
. 1 punct PUNCT
Other 5 amod ADJ
victims 6 nsubj NOUN victim
included 6 ROOT VERB include
Reda 6 dobj PROPN
and 7 cc CCONJ
Jansen 7 conj PROPN
. 6 punct PUNCT
""",
        {0: ("COUNTRY", "russia"), 2: ("LOCATION", "kyiv"), 7: REDA, 9: JANSEN},
    )
    [(kind, type_, parts, _)] = described(en_events.find(doc))
    assert (kind, type_) == ("attack", "ASSAULT")
    assert ("reda", "target") in parts and ("jansen", "target") in parts
    assert ("russia", "source") in parts


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "A car bomb exploded at an army base in Kabul on Monday, in an attack that killed "
            "twelve soldiers. The Taliban have claimed responsibility.",
            [("attack in Kabul", "2025-12-01", [("Taliban", "source")])],
        ),
        (
            "nl",
            "Bij een aanslag op een legerbasis in Kaboel kwamen maandag twaalf soldaten om. De "
            "Taliban hebben de verantwoordelijkheid opgeëist.",
            [("attack", "2025-12-01", [("Taliban", "source")])],
        ),
        # claimed in the passive: the agent claims it
        (
            "en",
            "A car bomb exploded at an army base in Kabul on Monday, in an attack that killed "
            "twelve soldiers. Responsibility was claimed by the Taliban.",
            [("attack in Kabul", "2025-12-01", [("Taliban", "source")])],
        ),
        # a negated claim claims nothing
        (
            "en",
            "A car bomb exploded at an army base in Kabul on Monday, in an attack that killed "
            "twelve soldiers. The Taliban did not claim responsibility.",
            [("attack in Kabul", "2025-12-01", [])],
        ),
        (
            "en",
            "The United States killed Ahmad Karimi in an airstrike in Baghdad on Friday. Other "
            "victims included Omar Nasser, a local driver.",
            [
                (
                    "attack in Baghdad",
                    "2025-11-28",
                    [
                        ("Ahmad Karimi", "target"),
                        ("Omar Nasser", "target"),
                        ("United States", "source"),
                    ],
                )
            ],
        ),
        (
            "nl",
            "De Verenigde Staten doodden vrijdag Ahmad Karimi bij een luchtaanval in Bagdad. "
            "Andere slachtoffers waren Omar Nasser en Ali Hassan.",
            [
                (
                    "attack in Baghdad",
                    "2025-11-28",
                    [
                        ("Ahmad Karimi", "target"),
                        ("Ali Hassan", "target"),
                        ("Omar Nasser", "target"),
                        ("United States", "source"),
                    ],
                )
            ],
        ),
        # the victim's owner is the attacker
        (
            "en",
            "Peter Holt admitted six murders on Tuesday. Holt's first victim was Anna Berg, a "
            "nurse.",
            [("attack", "2025-12-02", [("Anna Berg", "target"), ("Peter Holt", "source")])],
        ),
        (
            "nl",
            "Peter Holt bekende dinsdag zes moorden. Het eerste slachtoffer van Holt was Anna "
            "Berg.",
            [("attack", "2025-12-02", [("Anna Berg", "target"), ("Peter Holt", "source")])],
        ),
        # "among the victims"; the victims of a named event are that event's
        (
            "en",
            "Rebels attacked a convoy in Goma on Monday. Marie Dubois was among the victims.",
            [("attack in Goma", "2025-12-01", [("Marie Dubois", "target")])],
        ),
        (
            "en",
            "Rebels attacked a convoy in Goma on Monday. Ten days later a fire in a hotel in "
            "Kinshasa killed three people. The victims of the fire included Marie Dubois.",
            [
                ("attack in Goma", "2025-12-01", []),
                ("fire in Kinshasa", "2025-12-11", [("Marie Dubois", "target")]),
            ],
        ),
        # no event told before: the victim joins nothing
        ("en", "Other victims included Omar Nasser, a local driver.", []),
    ],
)
def test_participants_told_in_a_later_sentence(lang, text, expected):
    assert events_of(text, lang) == expected


def test_the_attack_gives_its_attacker_an_edge_to_each_victim_named_later():
    from tests.extract.extraction_helpers import relations

    found = relations(
        "The United States killed Ahmad Karimi in an airstrike in Baghdad on Friday. Other "
        "victims included Omar Nasser, a local driver.",
        "en",
    )
    assert ("United States", "ASSAULT", "Omar Nasser") in found


def test_a_bad_event_role_row_is_named_with_its_file_and_line(tmp_path):
    (tmp_path / "eventroles.xx.tsv").write_text(
        "word\tpos\tkinds\trole\nvictim\tnoun\tbattle\ttarget\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"battle.*eventroles\.xx\.tsv, line 2"):
        load_event_roles("xx", tmp_path)


def test_a_comment_row_is_a_judge_that_takes_no_part(tmp_path):
    (tmp_path / "eventroles.xx.tsv").write_text(
        "word\tpos\tkinds\trole\nnoemen\tcomment\t\t\nsteunen\tjudge\t\t\n", encoding="utf-8"
    )
    roles = load_event_roles("xx", tmp_path)
    assert roles.judges == {"noemen", "steunen"}
    assert roles.comments == {"noemen"}


def test_vehicle_and_owner_rows_are_read_and_a_one_word_holder_is_named(tmp_path):
    (tmp_path / "eventroles.xv.tsv").write_text(
        "word\tpos\tkinds\trole\ntoestel\tvehicle\taircraft\t\nbus\tvehicle\troad\t\n"
        "eigenaar van\tholder\t\t\neigendom van\theld\t\t\n",
        encoding="utf-8",
    )
    roles = load_event_roles("xv", tmp_path)
    assert roles.vehicles == {"toestel", "bus"}
    assert roles.aircraft == {"toestel"}
    assert roles.holders == {("eigenaar", "van")}
    assert roles.held == {("eigendom", "van")}
    (tmp_path / "eventroles.xw.tsv").write_text(
        "word\tpos\tkinds\trole\neigenaar\tholder\t\t\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"eigenaar.*eventroles\.xw\.tsv, line 2"):
        load_event_roles("xw", tmp_path)


def test_a_language_without_event_roles_has_none(tmp_path):
    roles = load_event_roles("xx", tmp_path)
    assert not roles.nouns and not roles.phrases


def test_a_comment_verb_is_a_judge_that_takes_no_part(tmp_path):
    (tmp_path / "eventroles.xy.tsv").write_text(
        "word\tpos\tkinds\trole\napprove\tjudge\t\t\ncondemn\tcomment\t\t\n", encoding="utf-8"
    )
    roles = load_event_roles("xy", tmp_path)
    assert roles.judges == {"approve", "condemn"}
    assert roles.comments == {"condemn"}


# --- verbs whose prepositional object is an event: "nam deel aan het overleg" -------------------


def test_taking_part_through_a_dutch_light_verb_and_its_preposition(nl_events):
    # "Holt nam deel aan het overleg": "deel" is the object of "nemen", the event hangs by "aan"
    doc = parsed(
        """
Holt 1 nsubj PROPN
nam 1 ROOT VERB nemen
deel 1 obj NOUN deel
aan 5 case ADP aan
het 5 det DET
overleg 1 obl:arg NOUN overleg
. 1 punct PUNCT
""",
        {0: ("PERSON", "holt")},
    )
    assert described(nl_events.find(doc)) == [("talks", "CONSULT", [("holt", "source")], None)]


def test_the_preposition_alone_does_not_make_a_participant(nl_events):
    # "Holt nam het besluit aan het eind van het overleg": another object, no taking part
    doc = parsed(
        """
Holt 1 nsubj PROPN
nam 1 ROOT VERB nemen
besluit 1 obj NOUN besluit
aan 5 case ADP aan
het 5 det DET
overleg 1 obl NOUN overleg
. 1 punct PUNCT
""",
        {0: ("PERSON", "holt")},
    )
    assert nl_events.find(doc) == []


def _present_at(adjective: str, preposition: str):
    """A hand parse of "Holt was bij het overleg ADJECTIVE" as the Dutch model makes it: the
    adjective heads the clause, the copula and the event noun hang on it."""
    return parsed(
        f"""
Holt 5 nsubj PROPN
was 5 cop AUX zijn
{preposition} 4 case ADP {preposition}
het 4 det DET
overleg 5 obl NOUN overleg
{adjective} 5 ROOT ADJ {adjective}
. 5 punct PUNCT
""",
        {0: ("PERSON", "holt")},
    )


def test_one_present_at_an_event_by_a_copula_takes_part_in_it(nl_events):
    # "Holt was bij het overleg aanwezig": the adjective and its preposition are an attend row
    found = nl_events.find(_present_at("aanwezig", "bij"))
    assert [(e.kind, [p.entity for p in e.participants]) for e in found] == [("talks", ["holt"])]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "Peter Holt was bij de begrafenis van Anna Berg niet aanwezig."),
        ("nl", "Peter Holt was niet aanwezig bij de begrafenis van Anna Berg."),
    ],
)
def test_one_not_present_at_an_event_takes_no_part(lang, text):
    assert [p for _label, _date, ps in events_of(text, lang) for p, _role in ps] == ["Anna Berg"]


def test_a_copula_adjective_with_any_preposition_takes_no_part(nl_events):
    # "Holt was op het overleg kritisch": judged, not attended (no attend row)
    found = nl_events.find(_present_at("kritisch", "op"))
    assert [p.entity for e in found for p in e.participants] == []


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "nl",
            "Canada en Mexico voerden maandag in Ottawa overleg. Peter Holt nam deel aan het "
            "overleg.",
            [
                (
                    "talks in Ottawa",
                    "2025-12-01",
                    [("Canada", "source"), ("Mexico", "source"), ("Peter Holt", "source")],
                )
            ],
        ),
        (
            "nl",
            "Brazilië maakt deel uit van een verdrag tussen de Europese Unie en Mercosur.",
            [
                (
                    "agreement",
                    "2025-12-03",
                    [("Brazil", "source"), ("European Union", "source"), ("Mercosur", "source")],
                )
            ],
        ),
        # English reads taking part from the preposition or the object already
        (
            "en",
            "Canada and Mexico held talks in Ottawa on Monday. Peter Holt took part in the talks.",
            [
                (
                    "talks in Ottawa",
                    "2025-12-01",
                    [("Canada", "source"), ("Mexico", "source"), ("Peter Holt", "source")],
                )
            ],
        ),
    ],
)
def test_a_verb_whose_object_is_an_event_adds_its_subject(lang, text, expected):
    assert events_of(text, lang) == expected


def test_one_who_took_no_part_consults_nobody():
    from tests.extract.extraction_helpers import typed

    found = typed(
        "Canada en Mexico voerden maandag in Ottawa overleg. Peter Holt nam niet deel aan het "
        "overleg.",
        "nl",
    )
    # he is named among the talks' participants (negated), not paired with those who held them
    assert not {k for k in found if "Peter Holt" in (k[0], k[2]) and k[1] == "CONSULT"}
    assert found[("Canada", "CONSULT", "Mexico")]["mode"] == "asserted"


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Peter Holt admitted six murders on Tuesday. One of the victims was Anna Berg, a "
            "nurse.",
        ),
        (
            "en",
            "Peter Holt admitted six murders on Tuesday. The first of the six victims was Anna "
            "Berg, a nurse.",
        ),
        (
            "nl",
            "Peter Holt bekende dinsdag zes moorden. Het eerste van de zes slachtoffers van Holt "
            "was Anna Berg.",
        ),
    ],
)
def test_a_victim_named_as_one_of_the_victims(lang, text):
    assert events_of(text, lang) == [
        ("attack", "2025-12-02", [("Anna Berg", "target"), ("Peter Holt", "source")])
    ]


# --- an event laid at someone's door: "another attack ascribed to the Taliban" ------------------

TALIBAN = ("ORG", "taliban")


@pytest.mark.parametrize(
    "rows, names",
    [
        (  # "an attack ascribed to the Taliban": a participle on the event
            """
an 1 det DET
attack 1 ROOT NOUN attack
ascribed 1 acl VERB ascribe
to 2 prep ADP to
the 5 det DET
Taliban 3 pobj PROPN
. 1 punct PUNCT
""",
            {5: TALIBAN},
        ),
        (  # "The bombing was blamed on the Taliban": the event is the passive subject
            """
The 1 det DET
bombing 3 nsubjpass NOUN bombing
was 3 auxpass AUX be
blamed 3 ROOT VERB blame
on 3 prep ADP on
the 6 det DET
Taliban 4 pobj PROPN
. 3 punct PUNCT
""",
            {6: TALIBAN},
        ),
        (  # "Kabul blamed the attack on the Taliban": who blames takes no part
            """
Kabul 1 nsubj PROPN
blamed 1 ROOT VERB blame
the 3 det DET
attack 1 dobj NOUN attack
on 1 prep ADP on
the 6 det DET
Taliban 4 pobj PROPN
. 1 punct PUNCT
""",
            {0: ("COUNTRY", "kabul"), 6: TALIBAN},
        ),
        (  # the same, parsed with "on the Taliban" hung on the noun: still its source
            """
Kabul 1 nsubj PROPN
blamed 1 ROOT VERB blame
the 3 det DET
attack 1 dobj NOUN attack
on 3 prep ADP on
the 6 det DET
Taliban 4 pobj PROPN
. 1 punct PUNCT
""",
            {0: ("COUNTRY", "kabul"), 6: TALIBAN},
        ),
    ],
)
def test_events_ascribed_to_someone_make_them_its_source_en(en_events, rows, names):
    assert described(en_events.find(parsed(rows, names))) == [
        ("attack", "ASSAULT", [("taliban", "source")], None)
    ]


def test_an_attack_reported_to_someone_is_not_theirs(en_events):
    doc = parsed(
        """
an 1 det DET
attack 1 ROOT NOUN attack
reported 1 acl VERB report
to 2 prep ADP to
the 5 det DET
Taliban 3 pobj PROPN
. 1 punct PUNCT
""",
        {5: TALIBAN},
    )
    assert en_events.find(doc) == []  # nobody takes part: a passing word


def test_an_attack_ascribed_to_someone_in_a_dutch_relative_clause(nl_events):
    # "een aanslag die aan de Taliban wordt toegeschreven"
    doc = parsed(
        """
een 1 det DET
aanslag 1 ROOT NOUN aanslag
die 7 nsubj:pass PRON die
aan 5 case ADP aan
de 5 det DET
Taliban 7 obl PROPN
wordt 7 aux:pass AUX worden
toegeschreven 1 acl:relcl VERB toeschrijven
. 1 punct PUNCT
""",
        {5: TALIBAN},
    )
    assert described(nl_events.find(doc)) == [("attack", "ASSAULT", [("taliban", "source")], None)]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "A bomb exploded in Kabul on Monday. The attack was blamed on the Taliban."),
        ("nl", "Maandag ontplofte een bom in Kabul. De aanslag werd aan de Taliban toegeschreven."),
    ],
)
def test_the_one_an_attack_is_ascribed_to_takes_part_in_it(lang, text):
    [(_, _, parts)] = [e for e in events_of(text, lang) if e[0].startswith("attack")]
    assert ("Taliban", "source") in parts


def test_a_bad_ascribe_row_is_named_with_its_file_and_line(tmp_path):
    (tmp_path / "eventroles.xx.tsv").write_text(
        "word\tpos\tkinds\trole\nascribe\tascribe\t\t\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"ascribe.*eventroles\.xx\.tsv, line 2"):
        load_event_roles("xx", tmp_path)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # winning or losing seats is taking part in the election told before; a number for the
        # object takes the noun of the clause it goes on from
        (
            "en",
            "Voters in Ruritania chose a new parliament on Thursday in a general election. The "
            "Green Party gained 13 seats and the Liberal League lost 12.",
            [
                (
                    "election",
                    "2025-11-27",
                    [("Green Party", "source"), ("Liberal League", "source")],
                )
            ],
        ),
        (
            "nl",
            "Kiezers in Ruritanië kozen donderdag bij de verkiezingen een nieuw parlement. De "
            "Groene Partij won 13 zetels en de Liberale Liga verloor er 12.",
            [
                (
                    "election",
                    "2025-11-27",
                    [("Groene Partij", "source"), ("Liberale Liga", "source")],
                )
            ],
        ),
        # the seats of a quantity: "a net of 20 seats"
        (
            "en",
            "Voters in Ruritania chose a new parliament on Thursday in a general election. The "
            "Liberal Party lost a net of 20 seats.",
            [("election", "2025-11-27", [("Liberal Party", "source")])],
        ),
        # seats without an election told: nothing to join
        ("en", "The Green Party gained 13 seats on the board of the company.", []),
        # a protester, voter or plaintiff named with the word joins the story's event of its kind,
        # also where the word comes before the event is named
        (
            "en",
            '"We will not stop," wrote student protester Karl Smit on Monday. The protests in '
            "Zenda began in May.",
            [("protest in Zenda", "2025-05", [("Karl Smit", "source")])],
        ),
        (
            "nl",
            "Dinsdag begon in Zenda een rechtszaak tegen de krant Zenda Post. De eiseres, Maria "
            "Holm, was tevreden.",
            [("trial", "2025-12-02", [("Maria Holm", "source"), ("Zenda Post", "target")])],
        ),
        (
            "en",
            "On Tuesday a lawsuit against the newspaper Zenda Post began in Zenda. The plaintiff, "
            "Maria Holm, was satisfied.",
            [("accusation", "2025-12-02", [("Maria Holm", "source"), ("Zenda Post", "target")])],
        ),
        # the one who did it, named in apposition to the word
        (
            "en",
            "Karl Smit, the suspect in a shooting at a school in Zenda on Monday, was released on "
            "Friday.",
            [("attack in Zenda", "2025-12-01", [("Karl Smit", "source")])],
        ),
        (
            "nl",
            "Maandag werd een aanslag gepleegd op een school in Zenda. De dader, Karl Smit, werd "
            "later gearresteerd.",
            [
                ("attack in Zenda", "2025-12-01", [("Karl Smit", "source")]),
                ("arrest", "2025-12-01", [("Karl Smit", "target")]),
            ],
        ),
        # the names a participant noun is listed or identified as
        (
            "en",
            "On Thursday, two groups filed a lawsuit against the state of Montana. The plaintiffs "
            "were listed as Western Native Voice and the Crow Tribe.",
            [
                (
                    "accusation",
                    "2025-11-27",
                    [
                        ("Crow Tribe", "source"),
                        ("Western Native Voice", "source"),
                    ],
                )
            ],
        ),
        (
            "nl",
            "Maandag verwoestte een brand een hotel in Zenda. De slachtoffers werden "
            "geïdentificeerd als Anna Berg en Karl Smit.",
            [
                (
                    "fire in Zenda",
                    "2025-12-01",
                    [("Anna Berg", "target"), ("Karl Smit", "target")],
                )
            ],
        ),
        # the guests of a meeting told before attend it, as in English ("Guests at the summit
        # included X")
        (
            "nl",
            "Op maandag hielden Canada en Mexico een top in Ottawa. Onder de gasten bij de top "
            "waren Anna Berg en Karl Smit.",
            [
                (
                    "summit in Ottawa",
                    "2025-12-01",
                    [
                        ("Anna Berg", "source"),
                        ("Canada", "source"),
                        ("Karl Smit", "source"),
                        ("Mexico", "source"),
                    ],
                )
            ],
        ),
        # listed as something that is no participant's name: nothing joins (the fire keeps the
        # place it destroyed a hotel in, so it stays an event with nobody in it)
        (
            "en",
            "A fire destroyed a hotel in Zenda on Monday. The cause was listed as unknown.",
            [("fire in Zenda", "2025-12-01", [])],
        ),
    ],
)
def test_participants_named_by_their_part_in_an_event_told_elsewhere(lang, text, expected):
    assert events_of(text, lang) == expected


#: "Voters elected a parliament in an election . Greens gained 13 seats", the lead of the two
#: tests below.
ELECTION_LEAD = """
Voters 1 nsubj NOUN voter
elected 1 ROOT VERB elect
a 3 det DET
parliament 1 dobj NOUN parliament
in 1 prep ADP
an 6 det DET
election 4 pobj NOUN election
. 1 punct PUNCT
Greens 9 nsubj PROPN
gained 9 ROOT VERB gain
13 11 nummod NUM
seats 9 dobj NOUN seat
"""


def test_a_number_for_the_object_goes_on_with_the_noun_before_it(en_events):
    # "Voters elected a parliament in an election . Greens gained 13 seats and Reds lost 12 ."
    doc = parsed(
        ELECTION_LEAD
        + """and 9 cc CCONJ
Reds 14 nsubj PROPN
lost 9 conj VERB lose
12 14 dobj NUM
. 9 punct PUNCT
""",
        {8: ("ORG", "greens"), 13: ("ORG", "reds")},
    )
    assert [p for e in described(en_events.find(doc)) for p in e[2]] == [
        ("greens", "source"),
        ("reds", "source"),
    ]


def test_a_number_alone_names_no_seats(en_events):
    # "Greens gained 13 seats . Reds lost 12 ." : the second is a sentence of its own
    doc = parsed(
        ELECTION_LEAD
        + """. 9 punct PUNCT
Reds 14 nsubj PROPN
lost 14 ROOT VERB lose
12 14 dobj NUM
. 14 punct PUNCT
""",
        {8: ("ORG", "greens"), 13: ("ORG", "reds")},
    )
    assert [p for e in described(en_events.find(doc)) for p in e[2]] == [("greens", "source")]


# --- a participle clause the parser hung on the verb, right after the event noun ----------------

#: "Dozens died in the attack , conducted by the Taliban ." with the participle on "died"
TRAILING_PARTICIPLE = """
Dozens 1 nsubj NOUN dozen
died 1 ROOT VERB die
in 1 prep ADP in
the 4 det DET
attack 2 pobj NOUN attack
, 1 punct PUNCT
conducted 1 advcl VERB conduct VerbForm=Part
by 6 agent ADP by
the 9 det DET
Taliban 7 pobj PROPN
. 1 punct PUNCT
"""


def test_a_participle_after_the_event_noun_and_a_comma_tells_who_did_it(en_events):
    doc = parsed(TRAILING_PARTICIPLE, {9: TALIBAN})
    assert described(en_events.find(doc)) == [("attack", "ASSAULT", [("taliban", "source")], None)]


def test_a_reporting_participle_after_the_event_noun_tells_nothing_of_it(en_events):
    # "Dozens died in the attack , reported by Reuters ."
    rows = TRAILING_PARTICIPLE.replace(
        "conducted 1 advcl VERB conduct", "reported 1 advcl VERB report"
    )
    assert en_events.find(parsed(rows, {9: ("ORG", "reuters")})) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "A car bomb exploded at an army base in Kabul on Monday. Dozens died in the attack, "
            "reportedly conducted by the Taliban.",
        ),
        (
            "nl",
            "Maandag ontplofte een autobom bij een legerbasis in Kaboel. Tientallen mensen kwamen "
            "om bij de aanslag, uitgevoerd door de Taliban.",
        ),
        (
            "en",
            "A car bomb exploded in Kabul on Monday. Officials blamed the bombing on the Taliban.",
        ),
    ],
)
def test_who_did_an_attack_told_in_a_clause_after_it(lang, text):
    [(_, _, parts)] = events_of(text, lang)
    assert parts == [("Taliban", "source")]


def test_a_naming_row_needs_a_verb_and_its_preposition(tmp_path):
    (tmp_path / "eventroles.xx.tsv").write_text(
        "word\tpos\tkinds\trole\nlist\tnaming\t\t\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"naming 'list' in eventroles\.xx\.tsv, line 2"):
        load_event_roles("xx", tmp_path)


def test_victims_named_in_a_dutch_noun_predicate_take_part_as_no_side():
    # "Onder de slachtoffers waren een functionaris van X en Y": UD makes "functionaris" the
    # predicate and hangs Y on X; both join the attack, neither gets an edge from its attacker
    from tests.extract.extraction_helpers import relations

    text = (
        "De Verenigde Staten doodden vrijdag Ahmad Karimi bij een luchtaanval in Bagdad. Onder "
        "de andere slachtoffers waren een functionaris van Kataib Hezbollah en Mohammed Reda, een "
        "medewerker van de luchthaven."
    )
    [(_, _, parts)] = events_of(text, "nl")
    assert ("Kataib Hezbollah", "target") in parts and ("Mohammed Reda", "target") in parts
    found = relations(text, "nl")
    assert ("United States", "ASSAULT", "Ahmad Karimi") in found
    assert (
        not {
            ("United States", "ASSAULT", "Kataib Hezbollah"),
            ("United States", "ASSAULT", "Mohammed Reda"),
        }
        & found
    )


@pytest.mark.model
def test_a_plural_attack_noun_the_lemmatiser_leaves_as_it_is_is_an_attack():
    # "aanslagen": the Dutch lemmatiser keeps the plural; nouns.nl.tsv lists it
    from tests.extract.extraction_helpers import typed

    found = typed(
        "Bij de aanslagen in Sousse kwamen vrijdag twee agenten om. Hamas heeft de aanslagen "
        "opgeëist.",
        "nl",
        participants=True,
    )
    assert ("Hamas", "PARTICIPANT", "attack in Sousse") in found, sorted(found)


def test_who_joins_an_election_in_a_dutch_relative_clause_takes_part(nl_events):
    # "Holt, die meedeed aan de verkiezing, stopte": meedoen aan (eventroles.nl.tsv, attend)
    doc = parsed(
        """
Holt 8 nsubj PROPN
, 3 punct PUNCT
die 3 nsubj PRON die
meedeed 0 acl:relcl VERB meedoen
aan 6 case ADP aan
de 6 det DET
verkiezing 3 obl NOUN verkiezing
, 3 punct PUNCT
stopte 8 ROOT VERB stoppen
. 8 punct PUNCT
""",
        {0: ("PERSON", "holt")},
    )
    [(kind, _, parts, _)] = described(nl_events.find(doc))
    assert (kind, parts) == ("election", [("holt", "source")])


#: "Er was een top , waar Reda en Jansen zaten ." (the clause on "top" opened by "waar")
NL_SCENE = """
Er 1 expl ADV er
was 1 ROOT AUX zijn
een 3 det DET
top 1 nsubj NOUN top
, 9 punct PUNCT
{word} 9 advmod ADV {word}
Reda 9 nsubj PROPN
en 8 cc CCONJ
Jansen 6 conj PROPN
zaten 3 acl:relcl VERB zitten
. 1 punct PUNCT
"""


def test_the_subjects_of_a_clause_opened_by_where_on_an_event_take_part_unpaired(nl_events):
    # "een top, waar Reda en Jansen zaten": both take part, as attendees (no pairs between them)
    doc = parsed(NL_SCENE.format(word="waar"), {6: REDA, 8: JANSEN})
    [event] = nl_events.find(doc)
    assert described([event]) == [
        ("summit", "CONSULT", [("jansen", "source"), ("reda", "source")], None)
    ]
    assert not any(p.paired for p in event.participants)


def test_a_clause_opened_by_another_adverb_names_no_participant(nl_events):
    # "een top, toen Reda en Jansen zaten": "toen" is no scene word
    doc = parsed(NL_SCENE.format(word="toen"), {6: REDA, 8: JANSEN})
    assert all(not e.participants for e in nl_events.find(doc))


def test_who_joins_talks_takes_no_part_in_the_event_they_are_about(nl_events):
    # "Holt, die meedeed aan de gesprekken over de wapenstilstand, stopte": the ceasefire hangs
    # on the talks, not on "meedoen aan" (as an election on the primary held for it, on
    # pairs_fresh_nl): Holt took part in the talks only
    doc = parsed(
        """
Holt 11 nsubj PROPN
, 3 punct PUNCT
die 3 nsubj PRON die
meedeed 0 acl:relcl VERB meedoen
aan 6 case ADP aan
de 6 det DET
gesprekken 3 obl NOUN gesprek
over 9 case ADP over
de 9 det DET
wapenstilstand 6 nmod NOUN wapenstilstand
, 3 punct PUNCT
stopte 11 ROOT VERB stoppen
. 11 punct PUNCT
""",
        {0: ("PERSON", "holt")},
    )
    taking_part = {e.kind: described([e])[0][2] for e in nl_events.find(doc, passing=True)}
    assert taking_part["talks"] == [("holt", "source")], taking_part
    assert ("holt", "source") not in taking_part["ceasefire"], taking_part


def test_who_attends_talks_takes_no_part_in_the_event_they_are_about(en_events):
    # "Holt attended the talks on the ceasefire": the ceasefire hangs on the talks, not on the verb
    doc = parsed(
        """
Holt 1 nsubj PROPN
attended 1 ROOT VERB attend
the 3 det DET
talks 1 dobj NOUN talks
on 3 prep ADP
the 6 det DET
ceasefire 4 pobj NOUN ceasefire
. 1 punct PUNCT
""",
        {0: ("PERSON", "holt")},
    )
    taking_part = {e.kind: described([e])[0][2] for e in en_events.find(doc, passing=True)}
    assert taking_part["talks"] == [("holt", "source")], taking_part
    assert ("holt", "source") not in taking_part["ceasefire"], taking_part


@pytest.mark.parametrize(
    "row", ["toestel\tvehicle\tcrash\t", "slachtoffer\tnoun\taircraft\ttarget"]
)
def test_a_vehicle_sort_only_in_a_vehicle_row(tmp_path, row):
    (tmp_path / "eventroles.xs.tsv").write_text(
        f"word\tpos\tkinds\trole\n{row}\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match="sort"):
        load_event_roles("xs", tmp_path)
