"""The relation record and how much each route that finds one is trusted."""

from __future__ import annotations

from dataclasses import dataclass, replace

#: How much a relation found by each route is trusted: about the share of its relations between
#: gold entities that the dev split of the yardstick judges right, in both languages (python -m
#: bench.quality --wrong; a route with fewer than 10 such relations keeps its value). Only routes
#: right at least 90% of the time there (titles, places) reach 0.8; verb and event readings stay
#: below. Figures are right/all on the dev split, en + nl, measured for issue 18.
CONFIDENCE = {
    "subject_verb_object": 0.75,
    "passive_with_agent": 0.75,
    "passive_from_body": 0.6,  # "was suspended from the AU": as subject_verb_oblique
    "court_in_place": 0.6,  # "was sentenced in Federal Court", "pleaded guilty at the court"
    "shared_passive": 0.7,  # "was attacked and occupied by Iraq": one verb's arguments borrowed
    "shared_object": 0.7,  # "attacked and occupied Kuwait"
    # right 21 times in 39 (en 15/32, nl 6/7); at 0.7 the full-weight ones were right half the time
    "subject_verb_oblique": 0.6,
    "phrase_preposition": 0.6,  # as subject_verb_oblique: "staat achter Zelenski"
    "predicate_subject": 0.75,  # as subject_verb_object: "found Peter Otieno guilty"
    "speech_with_content": 0.6,
    "speech_addressee": 0.8,  # right 17 times in 17 (en 13, nl 4)
    "speech_topic": 0.6,
    "speech_clause_event": 0.5,  # an organisation on its clause's event: right 6 of 6 (en 3, nl 3)
    "according_to": 0.65,  # "according to X": right 3 of 5 (en 2 of 2, nl 1 of 3)
    # an outlet on the named subject of the clause it reports: right 9 of 12 (dev and fresh)
    "reported_subject": 0.6,
    "story_happening": 0.5,  # an agency reporting in a disaster story, on the disaster
    "declared_over": 0.5,  # who declares an emergency over a disaster speaks of it
    "reported_count": 0.5,  # who raises a death toll or issues a warning speaks of the disaster
    "subject_verb_complement": 0.6,
    # as subject_verb_object, times the verb's weight: right 29 times in 36 (en 21/27, nl 8/9)
    "coordinated_subjects": 0.75,
    "coactor": 0.6,  # "together with X", "samen met X": as subject_verb_oblique
    "any_phrase": 0.5,
    "partner_below": 0.5,  # as any_phrase: a "with" phrase the parser hung below the object
    "threat_met": 0.5,  # as any_phrase: a deployment against the maker of a threat it answers
    "purpose_clause_object": 0.6,
    "protest_purpose": 0.6,  # as subject_verb_oblique: "uit protest tegen Shell"
    "nominal": 0.7,
    "received": 0.7,  # as nominal: "kreeg steun van Japan", the act is its object's noun
    "judgement": 0.6,
    "relational_noun": 0.7,
    "inside_argument": 0.8,  # factor for a target found inside the argument's noun phrase
    "governed": 0.9,  # factor for an act only agreed, promised or threatened to (_governed_acts)
    "verb_final_clause": 0.5,
    "means_clause_object": 0.6,  # the parse is repaired, as in verb_final_clause
    "title": 0.9,
    "title_shared": 0.6,
    "title_kb": 0.8,  # right 25 times in 26 at 0.6 (en 15/15, nl 10/11)
    "title_document": 0.75,  # right 33 times in 42 at 0.6 (en 23/30, nl 10/12)
    # a successor's name to the offices its predecessor's titles hold ("his successor, X")
    "successor": 0.7,
    "affiliation": 0.7,
    "office": 0.7,
    "located": 0.8,
    "participant": 0.7,
    # a fire service acting in a story of a fire (EventRelations._responders), named in the
    # sentence of its act or not
    "responder": 0.6,
    # a backer towards the name its participle describes ("an Iranian-backed militia"), as a
    # title's apposition is read
    "backed": 0.7,
    # right 21 times in 40 (en 12/26, nl 9/14), as the band 0.5-0.7 says; not 0.5, where a verb's
    # weaker reading of the same two would outrank the event's type ("banned by FIFA": SANCTION)
    "event_pair": 0.6,
    # a name in the first sentence of an event the story returns to (extract.retold): right 15
    # times in 18 on the dev split (en 6 of 8, nl 9 of 10 between gold entities)
    "retold_participant": 0.7,
    # factor for an act inside what a named speaker said ("NATO said Russia attacked Ukraine"):
    # on the English dev split such relations were right 8 times in 16, half of them at 0.7-0.75
    "reported": 0.8,
    # factor for an end carried from another sentence: the speaker of a quotation a first-person
    # pronoun stands for, named only in the quote's attribution (extract.grammar.quotations)
    "carried": 0.85,
    "co_occurs": 0.2,
}

#: Event types where every pair of participants interacts, whatever their role.
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE"}

#: What a planned act is coded as, by the PLOVER manual: an announced future retreat is a
#: verbal concession (CONCEDE), and promised cooperation, aid, support or meetings are a
#: commitment to cooperate (AGREE). Other planned acts keep their type; all keep mode planned.
PLANNED_AS = {
    "RETREAT": "CONCEDE",
    "AID": "AGREE",
    "COOPERATE": "AGREE",
    "CONSULT": "AGREE",
    "SUPPORT": "AGREE",
}


def coded_as_planned(relation: "Relation") -> "Relation":
    """``relation`` typed as PLOVER codes it when its mode is planned.

    >>> leaving = Relation("us", "syr", "RETREAT", "leave", 3, 4, 0, 0.8, mode="planned")
    >>> coded_as_planned(leaving).type
    'CONCEDE'
    """
    new_type = PLANNED_AS.get(relation.type) if relation.mode == "planned" else None
    return replace(relation, type=new_type) if new_type else relation


@dataclass(frozen=True)
class Relation:
    """A typed link between two entity ids, traced to one sentence of the document."""

    source: str
    target: str
    type: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: int
    confidence: float
    negated: bool = False
    detail: str = ""
    role: str | None = None
    time_span: tuple[int, int] | None = None
    #: The event an actor-to-actor relation was derived from (two of its participants).
    event: str | None = None
    #: asserted, negated, possible, planned, demanded or conditional (see
    #: extract.grammar.phrases).
    mode: str = "asserted"
    #: Who the text cites for the relation (the speaker's entity id), and the speech verb.
    reported_by: str | None = None
    speech_verb: str | None = None
    #: Whether ``time_span`` is the speech verb's (the relation's own clause has none): it says
    #: when the act was reported, so it is read back from the document date whatever the mode.
    reported_time: bool = False
    #: The time the sentence before told, for an asserted or negated act without a time of its
    #: own or its speech verb's: the date when neither the clause nor an event gives one.
    told_span: tuple[int, int] | None = None
    #: False for a standing link the route tells undated (a title, a kin word, a place): it takes
    #: no date from an event of its clause, nor a mode from such a date ("Avenatti represented
    #: Daniels in her lawsuit against the American president Trump" in a story of a verdict
    #: due in June: Trump's office is no plan).
    dated: bool = True
