"""Words that name a participant of an event told elsewhere (``eventroles.<lang>.tsv``).

"Other victims included X", "the final victim, X", "X claimed responsibility" name no event, yet a
reader knows which one: the attack the article is about. These words say which kinds of event
they belong to and in which role; :mod:`extract.components.events` finds the event and the names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from extract.lexicon import DEFAULT_LEXICON_DIR, LexiconError, one_of, read_table, text_field
from records import EVENT_KINDS

POS = (
    "noun",
    "near",
    "phrase",
    "result",
    "link",
    "among",
    "attend",
    "judge",
    "comment",
    "ascribe",
    "apart",
    "sequel",
    "partner",
    "naming",
    "harm",
    "reach",
    "declared",
    "report",
    "responder",
    "scene",
    "count",
    "vehicle",
    "holder",
    "held",
    "call",
    "host",
)
ROLES = ("source", "target")
#: The sorts of vehicle a ``vehicle`` row may name in its kinds column: an air crash is one whose
#: vehicle is an aircraft, which a flight number told apart names ("Flight 1344 came from Dubai").
VEHICLE_SORTS = ("aircraft", "watercraft", "road", "rail")
#: Rows of two words and the shape each must have ("report" rows: "verb noun").
PAIR_SHAPES = {
    "report": "verb noun",
    "holder": "noun preposition",
    "held": "noun preposition",
    "ascribe": "verb preposition",
    "naming": "verb preposition",
}


@dataclass(frozen=True)
class EventRole:
    """The kinds of event a participant word belongs to, and the part its names play."""

    kinds: frozenset[str]
    role: str
    #: a result ("win seat"): whoever it is told of took part, negated or not ("failed to win
    #: any seats": the party stood)
    result: bool = False
    #: a noun that stands in an event only one its own sentence names ("candidate", "nominee"):
    #: the event of its kinds named in its phrase, or the only one its sentence names, never one
    #: told elsewhere in the story (a candidate for a job is no candidate in the story's vote)
    near: bool = False


@dataclass(frozen=True)
class EventRoles:
    """The participant words of one language; keys are lower case lemmas."""

    #: "victim" -> its event kinds and role
    nouns: Mapping[str, EventRole] = field(default_factory=lambda: MappingProxyType({}))
    #: ("claim", "responsibility") -> the role of the verb's subject
    phrases: Mapping[tuple[str, str], EventRole] = field(
        default_factory=lambda: MappingProxyType({})
    )
    #: the verbs of ``phrases`` ("claim")
    phrase_verbs: frozenset[str] = frozenset()
    #: the ``phrases`` that tell a result ("win seat", "zetel behalen"): their subject stood in
    #: the event whether the clause is negated or not ("failed to win any seats", "won geen
    #: enkele zetel"), where "did not claim responsibility" names no attacker
    results: frozenset[tuple[str, str]] = frozenset()
    #: verbs through which a participant noun names its holders ("include", "be")
    links: frozenset[str] = frozenset()
    #: prepositions that put a clause's names among the participants ("among", "onder")
    among: frozenset[str] = frozenset()
    #: relative adverbs that open a clause on an event noun telling what happened at or in it
    #: ("een top, waar X en Y het verdrag tekenden", "een akkoord waarmee X en Y ..."): the
    #: clause's subjects take part in the event
    scenes: frozenset[str] = frozenset()
    #: (verb, object noun or "", preposition) whose subject takes part in the event of the
    #: preposition's phrase: ("nemen", "deel", "aan"), ("deelnemen", "", "aan")
    attend: frozenset[tuple[str, str, str]] = frozenset()
    #: verbs whose subject or agent judges the event they govern and takes no part in it
    #: ("supported the attack", "het akkoord werd verwelkomd door")
    judges: frozenset[str] = frozenset()
    #: the judging verbs (among ``judges``) whose subject or agent only comments on the event
    #: ("described the attacks as", "condemned the attack", "justified the strike"): no
    #: participant at all, while one who approves or backs an event takes part in it, unpaired
    comments: frozenset[str] = frozenset()
    #: (verb, preposition) that lay an event at the door of the preposition's names, who then
    #: did it: ("ascribe", "to"), ("blame", "on"), ("toeschrijven", "aan")
    ascribes: frozenset[tuple[str, str]] = frozenset()
    #: nouns that name something apart from the event hanging on them, its cause or the blame
    #: for it ("de oorzaak van de crash"): a verb reaching the event only through one takes no
    #: part in it
    apart: frozenset[str] = frozenset()
    #: prepositions that put the event told in their phrase before or after the noun it hangs on
    #: ("een verklaring na de aanval", "the weeks since the election"): that noun is no part of it
    sequel: frozenset[str] = frozenset()
    #: (verb, preposition) through which a participant noun, its subject, names its holders in
    #: the preposition's phrase: ("list", "as") of "the plaintiffs were listed as X and Y"
    namings: frozenset[tuple[str, str]] = frozenset()
    #: verbs whose passive subject takes part on the side of whoever joins or accompanies it
    #: ("Becerra is joined in the lawsuit by X", "X werd vergezeld door Y"): a source, not one
    #: the event happened to
    partners: frozenset[str] = frozenset()
    #: verbs whose object undergoes the event that is their subject ("a bombing killed X",
    #: "een bomaanslag doodde X"): a target of it
    harms: frozenset[str] = frozenset()
    #: (verb, object noun or "", preposition or "") by which a happening that is the verb's
    #: subject reaches the places of the preposition's phrase, or of its object without one
    #: ("reached the Bahamas", "spread to Kenya", "made landfall in Cuba", "kwam aan land in
    #: Cuba"): each is a place of the happening, never a side of it (``reach`` rows)
    reaches: frozenset[tuple[str, str, str]] = frozenset()
    #: event nouns of a state declared over a happening ("declared a state of emergency",
    #: "riep de noodtoestand uit"): its declarers speak of the happening
    declared: frozenset[str] = frozenset()
    #: (verb, object noun) by which the verb's subject gives a count or warning of a happening
    #: ("raised the death toll", "issued a warning", "verhoogde het dodental"): it speaks of
    #: the happening
    reports: frozenset[tuple[str, str]] = frozenset()
    #: words in an organisation's name that make it a responder to happenings of their kinds
    #: ("fire and rescue", "brandweer": a fire): a named responder that acts in a story of such
    #: a happening takes part in it (``responder`` rows)
    responders: Mapping[str, EventRole] = field(default_factory=lambda: MappingProxyType({}))
    #: nouns that count a happening's dead, hurt or sick ("cases", "casualties", "gevallen"): a
    #: country the count is placed in ("1,035 casualties in Turkey") takes part in it
    counts: frozenset[str] = frozenset()
    #: nouns that name a vehicle ("plane", "boat", "toestel"): its owner or operator, told in
    #: another clause, takes part in the story's crash or fire (``vehicle`` rows)
    vehicles: frozenset[str] = frozenset()
    #: the ``vehicle`` nouns of aircraft ("plane", "toestel"; the row's kinds column says the
    #: vehicle's sort, ``VEHICLE_SORTS``): a story's crash whose sentences name one is an air
    #: crash, which a flight number told in another sentence names
    aircraft: frozenset[str] = frozenset()
    #: (noun, preposition) a copula says of a vehicle's owner, its phrase naming the vehicle
    #: ("X was the owner of the plane", "X was eigenaar van het toestel"; ``holder`` rows)
    holders: frozenset[tuple[str, str]] = frozenset()
    #: (noun, preposition) a copula says of a vehicle, its phrase naming the owner ("the plane
    #: was the property of X", "het toestel was eigendom van X"; ``held`` rows)
    held: frozenset[tuple[str, str]] = frozenset()
    #: verb -> the event kinds whose event its subject or agent calls, sets off or puts off
    #: without taking part in it ("the prime minister called a snap election", "het kabinet
    #: schreef verkiezingen uit"; ``call`` rows): a candidate takes part by what else is told
    callers: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    #: verb -> the event kinds a country or place that is its subject holds without standing in
    #: them ("Canada held a general election", "Nederland houdt verkiezingen"; ``host`` rows):
    #: such a subject is where the event is held; a party or person subject keeps its part
    hosts: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))


def _kinds(value: str) -> str:
    known = set(EVENT_KINDS) | set(VEHICLE_SORTS)
    unknown = [k for k in value.split(",") if k and k.strip() not in known]
    if unknown:
        raise ValueError(
            f"unknown event kind {unknown[0]!r}", "expected kinds of EVENT_KINDS (or VEHICLE_SORTS)"
        )
    return value


def _reach_row(word: str, name: str, lineno: int) -> tuple[str, str, str]:
    """(verb, object noun or "", preposition or "") of a ``reach`` row, "verb [object]
    preposition" with "-" for the verb's own object ("reach -", "make landfall in")."""
    parts = word.split()
    if len(parts) not in (2, 3):
        raise LexiconError(
            f"reach {word!r} in {name}, line {lineno} is not 'verb [object] preposition'; "
            "expected two or three words ('-' for the object)"
        )
    prep = "" if parts[-1] == "-" else parts[-1]
    return parts[0], parts[1] if len(parts) == 3 else "", prep


@lru_cache(maxsize=None)
def load_event_roles(lang: str, data_dir: Path | None = None) -> EventRoles:
    """The participant words of ``lang``; none when the language has no ``eventroles`` file."""
    path = (data_dir or DEFAULT_LEXICON_DIR) / f"eventroles.{lang}.tsv"
    if not path.is_file():
        return EventRoles()
    nouns: dict[str, EventRole] = {}
    phrases: dict[tuple[str, str], EventRole] = {}
    links: set[str] = set()
    among: set[str] = set()
    scenes: set[str] = set()
    judges: set[str] = set()
    comments: set[str] = set()
    apart: set[str] = set()
    sequel: set[str] = set()
    partners: set[str] = set()
    harms: set[str] = set()
    declared: set[str] = set()
    counts: set[str] = set()
    vehicles: set[str] = set()
    aircraft: set[str] = set()
    holders: set[tuple[str, str]] = set()
    held: set[tuple[str, str]] = set()
    attend: set[tuple[str, str, str]] = set()
    reaches: set[tuple[str, str, str]] = set()
    ascribes: set[tuple[str, str]] = set()
    namings: set[tuple[str, str]] = set()
    reports: set[tuple[str, str]] = set()
    results: set[tuple[str, str]] = set()
    responders: dict[str, EventRole] = {}
    callers: dict[str, frozenset[str]] = {}
    hosts: dict[str, frozenset[str]] = {}
    pairs = {"report": reports, "holder": holders, "held": held}
    pairs.update(ascribe=ascribes, naming=namings)
    columns = {
        "word": text_field,
        "pos": one_of("part of speech", POS),
        "kinds": _kinds,
        "role": one_of("role", ROLES + ("",)),
    }
    for lineno, row in read_table(path, columns):
        word, pos = str(row["word"]).lower(), str(row["pos"])
        kinds = frozenset(k.strip() for k in str(row["kinds"]).split(",") if k.strip())
        if (pos == "vehicle") != bool(kinds & set(VEHICLE_SORTS)) and kinds:
            raise LexiconError(
                f"{pos} {word!r} in {path.name}, line {lineno}: the kinds column of a vehicle "
                f"row holds one sort of {', '.join(VEHICLE_SORTS)}, of any other row event kinds"
            )
        if pos == "vehicle" and "aircraft" in kinds:
            aircraft.add(word)
        if pos in (
            "link",
            "among",
            "judge",
            "comment",
            "apart",
            "sequel",
            "partner",
            "harm",
            "declared",
            "scene",
            "count",
            "vehicle",
        ):
            words = {"link": links, "among": among, "judge": judges, "apart": apart}
            words.update(sequel=sequel, comment=comments, partner=partners, harm=harms)
            words.update(declared=declared, scene=scenes, count=counts, vehicle=vehicles)
            words[pos].add(word)
            continue
        if pos == "attend":
            parts = word.split()
            if len(parts) not in (2, 3):
                raise LexiconError(
                    f"attend {word!r} in {path.name}, line {lineno} is not 'verb [object] "
                    "preposition'; expected two or three words"
                )
            attend.add((parts[0], parts[1] if len(parts) == 3 else "", parts[-1]))
            continue
        if pos == "reach":
            reaches.add(_reach_row(word, path.name, lineno))
            continue
        if pos in PAIR_SHAPES:
            first, _, second = word.partition(" ")
            if not second or " " in second:
                raise LexiconError(
                    f"{pos} {word!r} in {path.name}, line {lineno} is not '{PAIR_SHAPES[pos]}'; "
                    "expected two words"
                )
            pairs[pos].add((first, second))
            continue
        if pos in ("call", "host"):
            if not kinds:
                raise LexiconError(
                    f"{pos} {word!r} in {path.name}, line {lineno} lacks its kinds; "
                    f"expected the kinds of event the verb {'calls' if pos == 'call' else 'holds'}"
                )
            verbs = callers if pos == "call" else hosts
            verbs[word] = verbs.get(word, frozenset()) | kinds
            continue
        if not kinds or not row["role"]:
            raise LexiconError(
                f"{pos} {word!r} in {path.name}, line {lineno} lacks its kinds or role; "
                "expected both for a noun or phrase"
            )
        entry = EventRole(kinds, str(row["role"]), result=pos == "result", near=pos == "near")
        if pos in ("noun", "near"):
            nouns[word] = entry
        elif pos == "responder":
            responders[word] = entry
        else:
            verb, _, noun = word.partition(" ")
            if not noun:
                raise LexiconError(
                    f"phrase {word!r} in {path.name}, line {lineno} has no object noun; "
                    "expected 'verb noun'"
                )
            phrases[(verb, noun)] = entry
            if pos == "result":
                results.add((verb, noun))
    return EventRoles(
        nouns=MappingProxyType(nouns),
        phrases=MappingProxyType(phrases),
        phrase_verbs=frozenset(verb for verb, _ in phrases),
        results=frozenset(results),
        links=frozenset(links),
        among=frozenset(among),
        scenes=frozenset(scenes),
        attend=frozenset(attend),
        judges=frozenset(judges | comments),
        comments=frozenset(comments),
        ascribes=frozenset(ascribes),
        namings=frozenset(namings),
        apart=frozenset(apart),
        sequel=frozenset(sequel),
        partners=frozenset(partners),
        harms=frozenset(harms),
        reaches=frozenset(reaches),
        declared=frozenset(declared),
        reports=frozenset(reports),
        responders=MappingProxyType(responders),
        counts=frozenset(counts),
        vehicles=frozenset(vehicles),
        aircraft=frozenset(aircraft),
        holders=frozenset(holders),
        held=frozenset(held),
        callers=MappingProxyType(callers),
        hosts=MappingProxyType(hosts),
    )
