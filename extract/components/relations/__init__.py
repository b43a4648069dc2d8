"""Typed relations between entities (the ``newsgraph_relations`` component).

Runs the syntactic patterns of :mod:`extract.grammar.patterns` over every
verb, types what they find with the language's lexicon (PLOVER verbs, speech
verbs -> STATEMENT), adds titles and kinship (ROLE, FAMILY), places
(LOCATED_IN), event participation (PARTICIPANT, plus actor-to-actor relations
typed by the event) and same-sentence co-occurrence (CO_OCCURS), and writes
them to ``doc._.relations``.

One module per kind of relation; the component's class gathers their routes as mixins:

- ``tagger``: the component (``RelationTagger``, ``make_relation_tagger``), the order of the
  routes, and keeping one relation per pair, type and sentence;
- ``relation``: the ``Relation`` record and each route's confidence;
- ``context``: the per-document lookups, and building a relation (time, mode, reporter);
- ``arguments``: who acts and whom an act is aimed at, shared by the routes below;
- ``verbs``: verb relations (subject, object, oblique, phrases, protest, verb-final clauses);
- ``speech``: speech and stance (statements, reporters, governed acts, stances on events);
- ``judgements``: judging adjectives and nouns ("called the plan unacceptable");
- ``nominal``: event nouns and relational nouns ("Russia's attack on Kyiv", "a critic of");
- ``titles``: titles, kinship, offices and affiliation (ROLE, FAMILY);
- ``places``: LOCATED_IN;
- ``contested``: the makers of an act that a hostile event contests ("a lawsuit against the
  decision that X took") as that event's targets;
- ``events``: PARTICIPANT and the actor pairs an event links;
- ``cooccurrence``: CO_OCCURS.
"""

from extract.components.relations.relation import CONFIDENCE, Relation
from extract.components.relations.speech import event_makers, stance_targets
from extract.components.relations.tagger import RelationTagger, make_relation_tagger

__all__ = [
    "CONFIDENCE",
    "Relation",
    "RelationTagger",
    "event_makers",
    "make_relation_tagger",
    "stance_targets",
]
