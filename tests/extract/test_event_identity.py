"""One event node per happening: which earlier event a definite event noun joins (issue 17 item
8), on hand-built parses in both schemes. A bare definite ("the referendum") is the story's main
event of its kind; one with words of its own ("the independence election") the event named by
its word. Whoever narrows the first (see ``EventFinder._refers_back``) must keep both."""

from __future__ import annotations

from spacy.tokens import Doc

import extract.pipeline  # noqa: F401  (registers the Doc extensions the finder reads)
from extract.records import DOCUMENT_KEY
from tests.extract.extraction_helpers import parse, records_of


def parsed(rows: str) -> Doc:
    doc = parse(rows)
    doc.ents = []
    doc._.inner_mentions, doc._.inner_mention_ids = [], []
    return doc


def told(doc: Doc, finder) -> list[list[str]]:
    """The words that name each event the finder finds in ``doc`` (passing ones too)."""
    return [[doc[i].text for i in sorted(e.mentions)] for e in finder.find(doc, passing=True)]


# --- a definite noun refers back: to its kind's main event, or to the event of its own word -----

EN_ELECTION_THEN = """
Britain 1 nsubj PROPN
held 1 ROOT VERB hold
an 3 det DET
election 1 dobj NOUN election
. 1 punct PUNCT
The 7 det DET
{modifier} 7 compound NOUN {modifier}
{noun} 8 nsubj NOUN {noun}
ended 8 ROOT VERB end
. 8 punct PUNCT
"""


def test_a_bare_definite_noun_refers_back_to_the_event_of_its_kind(en_events):
    # "the referendum" after "an election": the story's election told again ("the new
    # referendum": an adjective says no more which one it is)
    rows = EN_ELECTION_THEN.format(modifier="new", noun="referendum")
    doc = parsed(rows.replace("new 7 compound NOUN", "new 7 amod ADJ"))
    assert told(doc, en_events) == [["election", "referendum"]]


def test_a_definite_noun_with_words_of_its_own_joins_an_event_of_its_word(en_events):
    # "an election ... the independence election": the election told before, named by the same word
    doc = parsed(EN_ELECTION_THEN.format(modifier="independence", noun="election"))
    assert told(doc, en_events) == [["election", "election"]]


NL_ELECTION_THEN = """
Nederland 1 nsubj PROPN
hield 1 ROOT VERB houden
een 3 det DET
verkiezing 1 obj NOUN verkiezing
. 1 punct PUNCT
De 6 det DET
{noun} 10 nsubj NOUN {noun}
over 9 case ADP
de 9 det DET
begroting 6 nmod NOUN begroting
verliep 10 ROOT VERB verlopen
. 10 punct PUNCT
"""

NL_BARE = """
Nederland 1 nsubj PROPN
hield 1 ROOT VERB houden
een 3 det DET
verkiezing 1 obj NOUN verkiezing
. 1 punct PUNCT
De 6 det DET
stemming 7 nsubj NOUN stemming
verliep 7 ROOT VERB verlopen
. 7 punct PUNCT
"""


def test_a_bare_definite_noun_refers_back_to_the_event_of_its_kind_nl(nl_events):
    # "een verkiezing ... de stemming": the story's election told again
    assert told(parsed(NL_BARE), nl_events) == [["verkiezing", "stemming"]]


def test_a_definite_noun_with_words_of_its_own_joins_an_event_of_its_word_nl(nl_events):
    # "een verkiezing ... de verkiezing over de begroting": the election told before
    doc = parsed(NL_ELECTION_THEN.format(noun="verkiezing"))
    assert told(doc, nl_events) == [["verkiezing", "verkiezing"]]


# --- words of its own tell a definite noun apart from its kind's main event ---------------------


def test_a_definite_noun_named_by_a_compound_of_its_own_is_another_event(en_events):
    # "an election ... the independence referendum": another vote than the election, though
    # "the referendum" alone would be the election told again
    doc = parsed(EN_ELECTION_THEN.format(modifier="independence", noun="referendum"))
    assert told(doc, en_events) == [["election"], ["referendum"]]


def test_a_definite_noun_named_by_a_name_of_its_own_is_another_event(en_events):
    # "an election ... the Scotland referendum": a name says which vote it is
    rows = EN_ELECTION_THEN.format(modifier="Scotland", noun="referendum")
    doc = parsed(rows.replace("Scotland 7 compound NOUN", "Scotland 7 compound PROPN"))
    assert told(doc, en_events) == [["election"], ["referendum"]]


def test_both_events_told_apart_stay_though_each_is_named_once(en_events):
    # neither the election nor the referendum has anyone taking part or is named twice, yet the
    # text tells them apart: both are events of their own, not passing words
    doc = parsed(EN_ELECTION_THEN.format(modifier="independence", noun="referendum"))
    found = en_events.find(doc)
    assert [[doc[i].text for i in e.mentions] for e in found] == [["election"], ["referendum"]]


def test_the_first_noun_with_words_of_its_own_names_an_event_a_verb_told(en_events):
    # "Leaders met. The Biarritz summit ended.": the meeting the verb told, now named; no noun
    # has named that event before, so its own words tell it apart from nothing
    rows = """
Leaders 1 nsubj NOUN leader
met 1 ROOT VERB meet
. 1 punct PUNCT
The 5 det DET
Biarritz 5 compound PROPN Biarritz
summit 6 nsubj NOUN summit
ended 6 ROOT VERB end
. 6 punct PUNCT
"""
    assert told(parsed(rows), en_events) == [["met", "summit"]]


NL_NUMBERED = """
Nederland 1 nsubj PROPN
hield 1 ROOT VERB houden
een 3 det DET
verkiezing 1 obj NOUN verkiezing
. 1 punct PUNCT
De 7 det DET
{number} 7 amod ADJ {number}
stemming 8 nsubj NOUN stemming
verliep 8 ROOT VERB verlopen
. 8 punct PUNCT
"""


def test_a_definite_noun_with_a_number_of_its_own_is_another_event_nl(nl_events):
    # "een verkiezing ... de tweede stemming": a second vote, not the election told again
    doc = parse(NL_NUMBERED.format(number="tweede"), lang="nl")
    doc.ents = []
    doc._.inner_mentions, doc._.inner_mention_ids = [], []
    assert told(doc, nl_events) == [["verkiezing"], ["stemming"]]


def test_a_definite_noun_with_an_adjective_refers_back_nl(nl_events):
    # "een verkiezing ... de nieuwe stemming": an adjective says no more which one it is
    doc = parse(NL_NUMBERED.format(number="nieuwe"), lang="nl")
    doc.ents = []
    doc._.inner_mentions, doc._.inner_mention_ids = [], []
    assert told(doc, nl_events) == [["verkiezing", "stemming"]]


# --- end to end: the sentences a user would paste ------------------------------------------------


def event_aliases(text: str, lang: str) -> list[list[str]]:
    """The words that name each EVENT node extracted from ``text``."""
    records = records_of(text, lang)
    return sorted(e["aliases"] for e in records["entities"] if e["type"] == "EVENT")


def test_end_to_end_the_elections_and_the_independence_referendum_are_two_events():
    text = (
        "The elections were calm, observers said. "
        "Months later, the independence referendum divided the country."
    )
    assert event_aliases(text, "en") == [["elections"], ["referendum"]]


def test_end_to_end_de_verkiezingen_en_de_tweede_stemming_zijn_twee_gebeurtenissen():
    text = (
        "De verkiezingen verliepen rustig, zeiden waarnemers. "
        "Maanden later verdeelde de tweede stemming het land."
    )
    assert event_aliases(text, "nl") == [["stemming"], ["verkiezingen"]]


def test_end_to_end_a_summit_named_after_leaders_met_is_their_meeting():
    text = (
        "Leaders from seven countries met in France on Saturday. "
        "The Biarritz summit ended without a statement."
    )
    assert event_aliases(text, "en") == [["met", "summit"]]


# --- a time within the event's time: the story tells its event more closely as it goes --------

NL_ELECTION_DATED = """
De 1 det DET
verkiezingen 4 nsubj NOUN verkiezing Number=Plur
van 3 case ADP
{first} 1 nmod NUM {first}
verliepen 4 ROOT VERB verlopen
. 4 punct PUNCT
Labour 7 nsubj PROPN
verloor 7 ROOT VERB verliezen
bij 10 case ADP
de 10 det DET
verkiezingen 7 obl NOUN verkiezing Number=Plur
van 12 case ADP
{second} 10 nmod NOUN {second}
. 7 punct PUNCT
"""


def dated(rows: str, date: str) -> Doc:
    """A Dutch hand-built parse of an article of ``date``."""
    doc = parse(rows, lang="nl")
    doc.ents = []
    doc._.inner_mentions, doc._.inner_mention_ids = [], []
    doc.user_data[DOCUMENT_KEY] = {"date": date}
    return doc


def test_a_definite_noun_dated_within_the_events_year_refers_back_nl(nl_events):
    # "de verkiezingen van 2019 ... de verkiezingen van donderdag" in December 2019: Thursday
    # lies in 2019, the same elections told more closely
    doc = dated(NL_ELECTION_DATED.format(first="2019", second="donderdag"), "2019-12-16")
    assert told(doc, nl_events) == [["verkiezingen", "verkiezingen"]]


def test_a_definite_noun_dated_in_another_year_is_another_event_nl(nl_events):
    # "de verkiezingen van 2017 ... de verkiezingen van donderdag" in December 2019: another vote
    doc = dated(NL_ELECTION_DATED.format(first="2017", second="donderdag"), "2019-12-16")
    assert told(doc, nl_events) == [["verkiezingen"], ["verkiezingen"]]


def test_a_year_after_a_day_names_a_larger_event_nl(nl_events):
    # "de verkiezingen van donderdag ... de verkiezingen van 2019": the year says less than the
    # day told first, so it may be another vote of that year; the two stay apart
    doc = dated(NL_ELECTION_DATED.format(first="donderdag", second="2019"), "2019-12-16")
    assert told(doc, nl_events) == [["verkiezingen"], ["verkiezingen"]]


def event_dates(text: str, lang: str, date: str) -> list[tuple[list[str], str | None]]:
    """The words and the date of each EVENT node extracted from ``text``, an article of
    ``date``."""
    records = records_of(text, lang, date)
    return sorted(
        (e["aliases"], e["event"].get("date")) for e in records["entities"] if e["type"] == "EVENT"
    )


def test_end_to_end_the_headlines_elections_of_a_year_are_the_leads_elections_of_a_day():
    text = (
        "Britse parlementsverkiezingen van 2019\n\n"
        "De Conservatieve Partij heeft bij de verkiezingen van donderdag veel zetels gewonnen. "
        "Labour verloor zetels."
    )
    assert event_dates(text, "nl", "2019-12-16") == [
        (["parlementsverkiezingen", "verkiezingen"], "2019-12-12")
    ]


def test_end_to_end_thursdays_election_is_the_years_election_told_before():
    text = (
        "The 2019 election drew many voters in Britain. "
        "The Conservative Party won many seats in Thursday's election."
    )
    assert event_dates(text, "en", "2019-12-16") == [(["election"], "2019-12-12")]


def test_end_to_end_thursdays_election_after_another_years_election_is_another():
    text = (
        "The 2017 election drew many voters in Britain. "
        "The Conservative Party won many seats in Thursday's election."
    )
    assert len(event_dates(text, "en", "2019-12-16")) == 2


# --- the article of a name compounded before the noun is the noun's ------------------------------

EN_NAMED_PLACE_THEN = """
The 1 det DET
shootings 2 nsubj NOUN shooting Number=Plur
began 2 ROOT VERB begin
. 2 punct PUNCT
{article} 6 det DET
El 6 compound PROPN El
Paso 7 compound PROPN Paso
shootings 8 nsubj NOUN shooting Number=Plur
ended 8 ROOT VERB end
. 8 punct PUNCT
"""


def test_a_definite_article_hung_on_a_compounded_name_makes_the_noun_definite(en_events):
    # "The shootings began. The El Paso shootings ended.": the parser hangs "The" on "Paso",
    # yet it is the article of "the El Paso shootings", which name the shootings told before
    doc = parsed(EN_NAMED_PLACE_THEN.format(article="The"))
    assert told(doc, en_events) == [["shootings", "shootings"]]


def test_an_indefinite_article_hung_on_a_compounded_name_tells_a_new_event(en_events):
    # "The shootings began. Some El Paso shootings ended.": no definite article, other shootings
    doc = parsed(EN_NAMED_PLACE_THEN.format(article="Some"))
    assert told(doc, en_events) == [["shootings"], ["shootings"]]


def test_end_to_end_the_el_paso_shooting_is_the_shooting_told_before():
    text = (
        "The shooting began at a store on Saturday, police said. "
        "Prosecutors charged the suspect in the shooting with murder. "
        "The El Paso shooting preceded another one in Dayton, Ohio."
    )
    assert event_aliases(text, "en") == [["shooting"]]


# --- an act told as planned at another time is not the act done: "staat gepland voor juli" -------


def test_end_to_end_a_sentencing_planned_for_another_month_is_another_sentencing():
    text = (
        "Judge John Smith sentenced Peter Jones to life on Friday. "
        "The sentencing of Jones by the state is scheduled for July."
    )
    assert event_dates(text, "en", "2019-06-29") == [
        (["sentenced"], "2019-06-28"),
        (["sentencing"], "2019-07"),
    ]


def test_end_to_end_een_strafoplegging_gepland_voor_juli_is_een_andere_strafoplegging():
    text = (
        "Rechter Jan de Vries heeft vrijdag Piet Jansen veroordeeld tot levenslang. "
        "De strafoplegging van Jansen door de provincie staat gepland voor juli."
    )
    assert event_dates(text, "nl", "2019-06-29") == [
        (["strafoplegging"], "2019-07"),
        (["veroordeeld"], "2019-06-28"),
    ]


def test_end_to_end_a_sentencing_told_as_done_is_the_sentencing_told_before():
    text = (
        "Judge John Smith sentenced Peter Jones to life on Friday. "
        "The sentencing of Jones was held in a crowded courtroom."
    )
    assert event_dates(text, "en", "2019-06-29") == [(["sentenced", "sentencing"], "2019-06-28")]


def test_end_to_end_a_sentencing_expected_in_the_month_that_holds_it_is_the_sentencing_told():
    # the plan's time holds the act's day: it tells the same sentencing, not a later one
    text = (
        "Judge John Smith sentenced Peter Jones to life on Friday. "
        "The sentencing of Jones was expected this month."
    )
    assert event_dates(text, "en", "2019-06-29") == [(["sentenced", "sentencing"], "2019-06-28")]


# --- an event of a catch-all kind ("other") named again by another word: only when it fits ------


def test_end_to_end_the_death_of_someone_named_is_no_campaign_told_before():
    # "the death of Tom Rivers" names someone the campaign has not: another event, whatever the
    # catch-all kind they share
    text = (
        "Senator Maria Lopez began her campaign on Monday. Crowds mourned the death of Tom Rivers."
    )
    assert event_aliases(text, "en") == [["campaign"], ["death"]]


def test_end_to_end_de_dood_van_iemand_is_geen_eerder_genoemde_campagne():
    text = (
        "Senator Maria Lopez begon maandag haar campagne. "
        "Veel mensen rouwden om de dood van Tom Rivers."
    )
    assert event_aliases(text, "nl") == [["campagne"], ["dood"]]


def test_end_to_end_a_ceremony_for_the_one_a_funeral_was_of_is_the_funeral():
    # another word, but it names someone the funeral has: the funeral told again
    text = (
        "The funeral of Anna Kovac was held on Monday. "
        "Thousands attended the ceremony for Anna Kovac."
    )
    assert event_aliases(text, "en") == [["ceremony", "funeral"]]


def test_end_to_end_een_plechtigheid_voor_wie_de_begrafenis_gold_is_de_begrafenis():
    text = (
        "De begrafenis van Anna Kovac vond maandag plaats. "
        "Duizenden mensen woonden de plechtigheid voor Anna Kovac bij."
    )
    assert event_aliases(text, "nl") == [["begrafenis", "plechtigheid"]]


def test_end_to_end_a_bare_ceremony_after_a_funeral_is_the_funeral():
    # nothing of its own tells it apart: the funeral told again
    text = "The funeral of Anna Kovac was held in Oslo on Monday. Thousands attended the ceremony."
    assert event_aliases(text, "en") == [["ceremony", "funeral"]]


# --- a noun of a class (eventclasses.<lang>.tsv) names again only an event of its class --------


def test_end_to_end_a_debate_after_a_campaign_is_another_event():
    # "the debate" (debate) names no campaign told before: two events
    text = (
        "Senator Maria Lopez began her campaign in Ohio on Monday. Polls said she won the debate."
    )
    assert event_aliases(text, "en") == [["campaign"], ["debate"]]


def test_end_to_end_een_shutdown_na_een_conventie_is_een_andere_gebeurtenis():
    # "de shutdown" (closure) names no convention told before, though it names Trump, who
    # opened it
    text = (
        "President Trump opende maandag zijn conventie in Denver. "
        "De shutdown van Trump trof werknemers."
    )
    assert event_aliases(text, "nl") == [["conventie"], ["shutdown"]]


def test_end_to_end_the_shutdown_after_a_lockdown_is_the_lockdown():
    # a word of its own class: the closure told again
    text = (
        "The government ordered a lockdown of Apia on Monday. "
        "Officials said the shutdown would last two days."
    )
    assert event_aliases(text, "en") == [["lockdown", "shutdown"]]


def test_end_to_end_de_shutdown_na_een_lockdown_is_de_lockdown():
    text = "De regering van Samoa begon maandag een lockdown. De shutdown duurde twee dagen."
    assert event_aliases(text, "nl") == [["lockdown", "shutdown"]]


def test_end_to_end_the_campaign_after_a_bid_is_the_bid():
    text = (
        "Senator Maria Lopez launched her bid for the presidency on Monday. "
        "Donors gave millions to the campaign."
    )
    assert event_aliases(text, "en") == [["bid", "campaign"]]


def test_end_to_end_het_debat_na_een_campagne_is_een_ander_gebeuren():
    # "het debat" (debate) names no campaign told before
    text = (
        "Senator Maria Lopez begon maandag haar campagne in Ohio. "
        "Volgens peilingen won zij het debat."
    )
    assert event_aliases(text, "nl") == [["campagne"], ["debat"]]


# --- evjoin2: one kind, words of different acts (eventclasses.<lang>.tsv) -----------------------


def test_end_to_end_the_ban_after_sanctions_is_another_event():
    text = (
        "The European Union imposed sanctions on Iran on Monday. "
        "Germany announced the ban on the airline on Friday."
    )
    assert event_aliases(text, "en") == [["ban"], ["sanctions"]]


def test_end_to_end_het_verbod_na_sancties_is_een_andere_gebeurtenis():
    text = (
        "De Europese Unie legde maandag sancties op aan Iran. "
        "Duitsland kondigde vrijdag het verbod op de luchtvaartmaatschappij aan."
    )
    assert event_aliases(text, "nl") == [["sancties"], ["verbod"]]


def test_end_to_end_the_verdict_after_a_trial_is_another_event():
    text = (
        "The trial of Tom Rivers began in Boston in May. "
        "The verdict against Tom Rivers came in July."
    )
    assert event_aliases(text, "en") == [["trial"], ["verdict"]]


def test_end_to_end_het_vonnis_na_een_proces_is_een_andere_gebeurtenis():
    text = (
        "Het proces tegen Tom Rivers begon in mei in Boston. "
        "Het vonnis tegen Tom Rivers volgde in juli."
    )
    assert event_aliases(text, "nl") == [["proces"], ["vonnis"]]


def test_end_to_end_the_nomination_after_the_election_is_another_event():
    text = (
        "Maria Lopez won the election in Ohio on Tuesday. "
        "She hopes to win the nomination of the Democratic Party in August."
    )
    assert event_aliases(text, "en") == [["election"], ["nomination"]]


def test_end_to_end_de_nominatie_na_de_voorverkiezingen_is_een_andere_gebeurtenis():
    text = (
        "Maria Lopez won dinsdag de voorverkiezingen in Ohio. "
        "Zij hoopt in augustus de nominatie van de Democratische Partij te winnen."
    )
    assert event_aliases(text, "nl") == [["nominatie"], ["voorverkiezingen"]]


def test_end_to_end_de_luchtaanvallen_na_een_aanval_zijn_de_aanval():
    # one act under two words of one class: the attack told again
    text = (
        "Een aanval trof dinsdag een raffinaderij in Abqaiq. "
        "De luchtaanvallen legden de raffinaderij stil."
    )
    assert event_aliases(text, "nl") == [["aanval", "luchtaanvallen"]]


def test_end_to_end_the_airstrikes_after_an_attack_are_the_attack():
    text = "An attack hit a refinery in Abqaiq on Tuesday. The airstrikes shut the refinery down."
    assert event_aliases(text, "en") == [["airstrikes", "attack"]]


# --- a bare event noun compounded before another noun names the event of its word again ---------


def test_end_to_end_a_murder_weapon_after_the_murders_is_of_those_murders():
    # "an alleged murder weapon" after "three murders": the weapon of the murders told, not a
    # murder of its own that "the murders" after it would join instead
    text = (
        "Tom Reyes admitted his guilt in three murders on Monday. "
        "Police had found an alleged murder weapon in his car. "
        "Two of the murders took place in Kelby."
    )
    assert event_aliases(text, "en") == [["murder", "murders"]]


def test_end_to_end_mondays_attack_is_the_attack_told_on_monday():
    # the attack's own sentence names no time, the one before it does: "Monday's attack" is that
    # attack, not one of its own
    text = (
        "A car bomb was rammed into an army base in Kelby on Monday. "
        "Dozens died in the attack. "
        "Officials called Monday's attack the deadliest this year."
    )
    assert event_aliases(text, "en") == [["attack"]]


def test_end_to_end_a_murder_weapon_found_on_friday_does_not_date_the_murders():
    # the modifier names the murders; its clause tells when the weapon was found
    text = (
        "Police are investigating three murders in Leeds.\n\n"
        "Officers found an alleged murder weapon near the river on Friday."
    )
    records = records_of(text, "en", "2025-12-07")
    events = [e for e in records["entities"] if e["type"] == "EVENT"]
    assert [sorted(e["aliases"]) for e in events] == [["murder", "murders"]]
    assert events[0]["event"]["date"] == "2025-12-07"


def test_end_to_end_attack_drones_do_not_make_their_shooter_take_part_in_the_attack():
    text = (
        "Russia launched an attack on Kharkiv on Monday. "
        "Ukraine said it had shot down attack drones over Kyiv on Tuesday."
    )
    records = records_of(text, "en", "2025-12-07")
    label = {e["id"]: e["label"] for e in records["entities"]}
    parts = {label[r["source"]] for r in records["relations"] if r["type"] == "PARTICIPANT"}
    assert "Russia" in parts
    assert "Ukraine" not in parts
