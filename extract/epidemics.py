"""Countries that take part in an epidemic through its measures and counts.

"Portugal extended its state of emergency", "Saudi Arabia extended curfews", "the United States
recorded 5,900 deaths" in a story of a pandemic: the event finder makes the emergency, the curfew
and the deaths events of their own, with the country as their participant. A reader counts the
country among the epidemic's participants (docs/annotation.md, settled case "An epidemic"). Here,
over the records of the whole document, a country taking part in a measure or count event joins
the one epidemic the story tells of. The words: ``epidemics.<lang>.tsv``; without the file,
nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.components.relations.relation import CONFIDENCE
from extract.lexicon import DEFAULT_LEXICON_DIR, words_by_role
from records import Records
from records.ids import relation_id

ROLES = ("epidemic", "measure")

#: How a country stands towards a measure or count that makes it a party of the epidemic: it
#: takes part in it ("Saudi Arabia extended curfews"), also as the place it holds for ("in the
#: United States, 5,900 deaths"), or gives it ("Bangladesh has confirmed five
#: new deaths", a STATEMENT of the count by eventroles.<lang>.tsv's report rows).
TAKING_PART = frozenset({"PARTICIPANT", "STATEMENT"})


@dataclass(frozen=True)
class EpidemicWords:
    """The words of one language that name an epidemic and a measure or count of it."""

    epidemics: frozenset[str] = frozenset()  # "outbreak", "pandemic"
    measures: frozenset[str] = frozenset()  # "curfew", "emergency", "death"


@lru_cache(maxsize=None)
def load_epidemic_words(lang: str, data_dir: Path | None = None) -> EpidemicWords:
    """The words of ``epidemics.<lang>.tsv``; none without the file."""
    path = (data_dir or DEFAULT_LEXICON_DIR) / f"epidemics.{lang}.tsv"
    if not path.is_file():
        return EpidemicWords()
    found = words_by_role(path, ROLES)
    return EpidemicWords(found["epidemic"], found["measure"])


def _named_by(entity: dict, words: frozenset[str]) -> bool:
    """Whether an EVENT entity's label or one of its aliases is one of ``words`` (or ends in
    one: "the COVID-19 pandemic")."""
    names = {entity.get("label", ""), *entity.get("aliases", ())}
    return any(name.lower().split()[-1] in words for name in names if name.strip())


def epidemic_countries(records: Records) -> Records:
    """``records`` with a PARTICIPANT relation (asserted) from each country that takes part in
    or gives a measure or count event (``measure`` words, :data:`TAKING_PART`; not negated) to
    the epidemic the story tells of (``epidemic`` words: the one most mentioned, when several
    are), where the country is not yet its participant; returns ``records``.

    dev en: Portugal, Saudi Arabia, Thailand and the United States of a COVID-19 round-up
    (pairs .507 -> .510, relation precision unchanged); pairs_fresh5_en: Bangladesh, which
    confirmed deaths due to COVID-19 (.346 -> .356, precision .814 -> .818)."""
    document = records["documents"][0]
    words = load_epidemic_words(document.get("language") or "")
    if not words.epidemics:
        return records
    events = [e for e in records["entities"] if e["type"] == "EVENT"]
    epidemics = [e for e in events if _named_by(e, words.epidemics)]
    if not epidemics:
        return records
    epidemic = max(epidemics, key=lambda e: e.get("mentions", 0))["id"]
    measures = {e["id"] for e in events if _named_by(e, words.measures)}
    types = {e["id"]: e["type"] for e in records["entities"]}
    present = {
        r["source"]
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and r["target"] == epidemic
    }
    for rel in list(records["relations"]):
        if (
            rel["type"] not in TAKING_PART
            or rel["target"] not in measures
            or rel.get("negated")
            or types.get(rel["source"]) != "COUNTRY"
            or rel["source"] in present
        ):
            continue
        present.add(rel["source"])
        records["relations"].append(
            {
                **rel,
                "id": relation_id(document["id"], len(records["relations"])),
                "target": epidemic,
                "confidence": min(rel["confidence"], CONFIDENCE["participant"]),
                "type": "PARTICIPANT",
                "role": "source",
                "mode": "asserted",  # "planned to implement a curfew": it takes part all the same
            }
        )
    return records
