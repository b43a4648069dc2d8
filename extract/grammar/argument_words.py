"""Words that give arguments their part: prepositions, acting-for nouns, place nouns, clause
openers, pronouns and descriptions, per language.

Read from ``data/lexicons/prepositions.<lang>.tsv``, ``agents.<lang>.tsv``,
``placenouns.<lang>.tsv``, ``subordinators.<lang>.tsv``, (optional: without them no word is
resolved to an earlier name) ``pronouns.<lang>.tsv``, ``possessives.<lang>.tsv`` and
``descriptions.<lang>.tsv``, and
(optional) ``seats.<lang>.tsv``, ``sites.<lang>.tsv``, ``speechadjuncts.<lang>.tsv``,
``leading.<lang>.tsv``, ``offices.<lang>.tsv``, ``owners.<lang>.tsv``, ``backers.<lang>.tsv``,
``deals.<lang>.tsv``,
``relationalnouns.<lang>.tsv``, ``relatives.<lang>.tsv``, ``groups.<lang>.tsv``,
``actnouns.<lang>.tsv``, ``chainnouns.<lang>.tsv``, ``respectively.<lang>.txt``,
``tickets.<lang>.txt``, ``successors.<lang>.txt``, ``coworkers.<lang>.tsv``,
``publicbodies.<lang>.txt``, ``things.<lang>.tsv``,
``nationaltitles.<lang>.tsv``,
``subnational.<lang>.txt``, ``formertitles.<lang>.txt``, ``platforms.txt`` and
``publicoffices.tsv`` with the lexicons' validating reader, so adding a language stays adding files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

from extract.grammar.patterns import Prepositions
from extract.lexicon import (
    DEFAULT_LEXICON_DIR,
    _by_longest_head,
    load_lexicon,
    one_of,
    read_table,
    read_word_list,
    text_field,
)
from records.text import fold
from records.vocabulary import PLOVER_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

PREPOSITION_ROLES = (
    "capacity",
    "recipient",
    "agent",
    "place",
    "within",
    "inside",
    "possessor",
    "between",
    "attend",
    "example",
    "affiliation",
    "origin",
    "deed",
    "partner",
    "addressee",
    "beneficiary",
    "channel",
    "topic",
    "stance",
    "contest",
    "scrutiny",
    "expelling",
    "dispossessed",
    "constituency",
    "noun_target",
    "befallen",
    "designation",
)


#: The parts a noun of ``chainnouns.<lang>.tsv`` gives the phrase that passes through it.
CHAIN_ROLES = ("count", "beneficiary")


@dataclass(frozen=True)
class Grammar:
    """Prepositions by role, and nouns that act for the country or organisation modifying them."""

    prepositions: Prepositions
    agent_nouns: frozenset[str]
    place_nouns: frozenset[str] = frozenset()
    #: Agent nouns of the sector ``activist`` (activists, demonstrators): whose acts are protests.
    activist_nouns: frozenset[str] = frozenset()
    #: True where the language writes compounds as one word: an agent noun heads its compounds.
    closed_compounds: bool = False
    #: Agent nouns of the sector ``member`` ("lid"): they act for a body a phrase names ("leden van
    #: Hezbollah"), not for one they are compounded with ("Lagerhuisleden" are not the House).
    member_nouns: frozenset[str] = frozenset()
    #: Conjunctions opening a verb-final clause ("dat", "sinds"); empty where clauses keep SVO
    #: order.
    subordinators: frozenset[str] = frozenset()
    #: Personal pronoun -> (number: sing, plur or any; kind: person, thing or any), for coreference.
    pronouns: Mapping[str, tuple[str, str]] = field(default_factory=dict, hash=False, compare=False)
    #: Possessive pronoun -> (number, kind), as ``pronouns``: whose title follows it ("his
    #: sister").
    possessives: Mapping[str, tuple[str, str]] = field(
        default_factory=dict, hash=False, compare=False
    )
    #: Personal or possessive pronoun -> the gender (m, f) of the person it stands for when
    #: singular ("she", "his").
    pronoun_genders: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Noun that stands for an earlier name when definite ("the company") -> that name's entity
    #: type.
    descriptions: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Descriptions that stand only for a name they head ("the court": "the Supreme Court", never
    #: any other organisation).
    named_descriptions: frozenset[str] = frozenset()
    #: Descriptions of a business ("the company", "het bedrijf"), which never stand for a public
    #: body.
    firm_descriptions: frozenset[str] = frozenset()
    #: Description -> the nouns that introduce a name it may stand for, with that name after
    #: their "of" or in apposition ("the city" after "the city of Port Vel" or "the capital, Port
    #: Vel"); optional column ``introduced_by``.
    description_introducers: Mapping[str, frozenset[str]] = field(
        default_factory=dict, hash=False, compare=False
    )
    #: Words that make an organisation's name a public body ("Senate", "Commission", "ministerie";
    #: ``publicbodies.<lang>.txt``).
    public_bodies: frozenset[str] = frozenset()
    #: Prepositions that tie a person to the organisation or country they work for ("Maria Lopez
    #: of UNICEF", "een woordvoerder van de VVD", "a spokesman for the Red Cross").
    affiliation: frozenset[str] = frozenset()
    #: Affiliation words that also say where one comes from ("an economist from Leiden University",
    #: "a refugee from Syria"): after them only an organisation is whom one works for.
    origin: frozenset[str] = frozenset()
    #: Prepositions whose gerund after a verb's object tells what that object did or is kept from
    #: doing ("accused Russia of attacking Poland", "barred Iran from flying"): the object does it,
    #: not the subject (as against "responded by annexing", a means of the subject's own).
    deed: frozenset[str] = frozenset()
    #: Participles that say where an organisation sits ("UK-based", "in Kenia gevestigde").
    seats: frozenset[str] = frozenset()
    #: Nouns for the premises of an organisation ("store", "headquarters", "hoofdkantoor"): its
    #: owner is where they are.
    sites: frozenset[str] = frozenset()
    #: Knowledge-base keys of platforms one speaks or acts through (Twitter, Instagram, Telegram):
    #: named after a ``channel`` preposition they are the channel, not a party (one list for every
    #: language, ``platforms.txt``).
    platforms: frozenset[str] = frozenset()
    #: Nouns of force whose "of"/"van" phrase or possessor names whom the act befell, not its maker
    #: ("the poisoning of X", "de moord van X"; not "Putin's attack"; ``victimnouns.<lang>.txt``).
    victim_nouns: frozenset[str] = frozenset()
    #: Normalised role of a public office -> where it is held when nothing else says:
    #: "country" (the country the document is about: "prime minister", "attorney general"),
    #: "place" (the place it names most: "mayor") or "region" (that place when it leads its
    #: country, else the country: "governor"); one list for every language,
    #: ``publicoffices.tsv``.
    public_offices: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Folded title -> knowledge-base key of the one country whose officials hold it ("foreign
    #: secretary": GBR, "taoiseach": IRL).
    national_titles: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Words that, before a title, make it an office of a region or town ("regional governor",
    #: "provinciale gedeputeerde"), not of the country the story is about.
    subnational: frozenset[str] = frozenset()
    #: Words that, before a title or joined to it by a hyphen, say its holder no longer holds it
    #: ("former governor", "ex-governor", "oud-gouverneur"): no region acts through such a holder.
    former_titles: frozenset[str] = frozenset()
    #: Participles that make a group act for its leader ("the U.S.-led coalition", "een door de VS
    #: geleide coalitie").
    leading: frozenset[str] = frozenset()
    #: Verbs whose subject holds a position in what it governs ("Trudeau heads the Liberal Party",
    #: "Trudeau leidt de Liberale Partij").
    offices: frozenset[str] = frozenset()
    #: Participle lemma -> the prepositions after which it names the owner of the noun it
    #: modifies ("facilities belonging to Saudi Aramco", "een ziekenhuis beheerd door AZG").
    owners: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False, compare=False)
    #: Participle (lemma or form) -> the PLOVER type of its backer towards the name it describes
    #: ("an Iranian-backed militia", "een door Iran gesteunde militie": SUPPORT).
    backing: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: (kind, lemma) -> prepositions that mark whom a speaker addressed in a phrase beside the
    #: speech verb ("speaking to the BBC", "in een interview met CNN"); "-" for a name on the noun
    #: itself ("in a DW report"). kind is "verb" or "noun"; "author" marks the makers of a
    #: statement in a passive act's phrase, "source" who says a clause ("according to").
    speech_adjuncts: Mapping[tuple[str, str], frozenset[str]] = field(
        default_factory=dict, hash=False, compare=False
    )
    #: Noun that, said of someone, names a stance towards the owner of its "of" phrase ("X is a
    #: critic of Y", "X, een bondgenoot van Y,") -> PLOVER type.
    relational_nouns: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Verb lemma of a business deal -> the PLOVER type it has between two organisations (or a
    #: country and an organisation): "Facebook acquired WhatsApp", "Shell fuseerde met BG" (see
    #: VerbRelations._reading).
    deals: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Words that pair two lists in order ("respectively", "respectievelijk").
    respectively: frozenset[str] = frozenset()
    #: Nouns of a party's pair of candidates ("ticket"; ``tickets.<lang>.txt``): "the Liberty
    #: Party ticket of X for president and Y for vice president" gives each a ROLE in the party,
    #: and COOPERATE between them.
    tickets: frozenset[str] = frozenset()
    #: Nouns of one who takes over another's office ("successor", "opvolger";
    #: ``successors.<lang>.txt``): "his successor, X" holds the offices of the possessor.
    successors: frozenset[str] = frozenset()
    #: Nouns of those who made one work together ("co-author", "medeauteur": ``joint``) and of
    #: its maker ("lead author": ``lead``; ``coworkers.<lang>.tsv``) -> their kind: the people
    #: they name cooperate.
    coworkers: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Nouns for groups that a country's adjective only describes ("Iraqi militias" are not Iraq).
    described_groups: frozenset[str] = frozenset()
    #: Nouns for people of no body ("cyclist", "passer-by", "fietser"; ``people.<lang>.txt``):
    #: an act on them is not aimed at the place they were in.
    people: frozenset[str] = frozenset()
    #: Nouns a name compounded before makes a thing ("the Minetest release", "a DRM licence";
    #: role ``head`` of ``things.<lang>.tsv``).
    thing_heads: frozenset[str] = frozenset()
    #: Verbs whose object is a thing, whatever the model typed it ("YouTube implements DRM"; role
    #: ``use`` of ``things.<lang>.tsv``).
    thing_verbs: frozenset[str] = frozenset()
    #: Nouns that only count or classify the act noun of their phrase ("a wave of attacks",
    #: "een reeks aanslagen", "a form of pressure"; role ``count`` of ``chainnouns.<lang>.tsv``).
    act_counts: frozenset[str] = frozenset()
    #: Nouns whose phrase marks on whose behalf one acts ("on behalf of the Senate"; role
    #: ``beneficiary`` of ``chainnouns.<lang>.tsv``).
    beneficiary_nouns: frozenset[str] = frozenset()
    #: Relative pronoun -> the (gender, number) pairs of the nouns it may stand for, as spaCy's
    #: morphology writes them ("-": any): "dat" -> (("Neut", "Sing"),).
    relatives: Mapping[str, tuple[tuple[str, str], ...]] = field(
        default_factory=dict, hash=False, compare=False
    )
    #: Noun that, definite, may refer back to an act told before it whatever its verb ("the
    #: move", "het besluit") -> the PLOVER types of the acts it may stand for.
    act_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False, compare=False)

    def is_place_noun(self, lemma: str) -> bool:
        """'stad', 'border town': a noun for a kind of place."""
        return fold(lemma, articles=False) in self.place_nouns

    def is_described_group(self, lemma: str) -> bool:
        """'militias', 'milities': a group a country's adjective only describes."""
        return fold(lemma, articles=False) in self.described_groups

    def is_person_noun(self, lemma: str) -> bool:
        """'cyclist', 'fietser': a noun for people, whose place is no target of what is done to
        them (``people.<lang>.txt``)."""
        return fold(lemma, articles=False) in self.people

    def makes_thing(self, head: str, verb: bool) -> bool:
        """'release', 'version' (a noun a name is compounded before), or with ``verb`` 'use',
        'implement' (a verb whose object it is): a word that makes an organisation's name a thing
        that takes no side of an act (``things.<lang>.tsv``)."""
        return fold(head, articles=False) in (self.thing_verbs if verb else self.thing_heads)

    def counts_acts(self, lemma: str) -> bool:
        """'wave', 'reeks': a noun that only counts or classifies the act noun of its phrase, so
        the act's own phrases say whom it is aimed at (``chainnouns.<lang>.tsv``)."""
        return fold(lemma, articles=False) in self.act_counts

    def marks_beneficiary(self, lemma: str) -> bool:
        """'behalf': a noun whose phrase names on whose behalf one acts ("on behalf of the
        Senate"), never whom the act is aimed at (``chainnouns.<lang>.tsv``)."""
        return fold(lemma, articles=False) in self.beneficiary_nouns

    def is_agent_noun(self, lemma: str) -> bool:
        """'leger', 'troops': a noun that acts for whoever modifies it; in a language that
        writes compounds as one word also a compound it heads ('veiligheidstroepen',
        'regeringsfunctionaris', as English 'security forces', 'government official')."""
        key = fold(lemma, articles=False)
        if key in self.agent_nouns:
            return True
        return self.closed_compounds and _agent_head(key, self.agent_nouns)


@lru_cache(maxsize=1 << 14)
def _agent_head(key: str, agent_nouns: frozenset[str]) -> bool:
    """Whether the closed compound ``key`` ends in an agent noun of at least MIN_COMPOUND_HEAD
    letters after at least MIN_COMPOUND_MODIFIER ("veiligheidstroep": troep)."""
    if not key.isalpha():
        return False
    return _by_longest_head(key, lambda head: True if head in agent_nouns else None) is not None


@lru_cache(maxsize=None)
def victim_noun(noun: Token, grammar: Grammar) -> bool:
    """Whether ``noun`` is a noun of force whose "of"/"van" phrase or possessor names whom the act
    befell rather than its maker ("the poisoning of X"; not "Putin's attack")."""
    return noun.lemma_.lower() in grammar.victim_nouns or noun.lower_ in grammar.victim_nouns


def load_grammar(lang: str, data_dir: Path | None = None) -> Grammar:
    """The grammar lexicon of ``lang`` (cached)."""
    folder = Path(data_dir or DEFAULT_LEXICON_DIR)
    rows = read_table(
        folder / f"prepositions.{lang}.tsv",
        {"preposition": text_field, "role": one_of("role", PREPOSITION_ROLES)},
    )
    roles: dict[str, set[str]] = {role: set() for role in PREPOSITION_ROLES}
    for _, row in rows:
        roles[str(row["role"])].add(str(row["preposition"]).lower())
    agents = read_table(folder / f"agents.{lang}.tsv", {"noun": text_field})
    places = read_table(folder / f"placenouns.{lang}.tsv", {"noun": text_field})
    openers = read_table(folder / f"subordinators.{lang}.tsv", {"word": text_field})
    pronoun_genders: dict[str, str] = {}
    pronouns = _pronoun_table(folder / f"pronouns.{lang}.tsv", pronoun_genders)
    possessives = _pronoun_table(folder / f"possessives.{lang}.tsv", pronoun_genders)
    descriptions: dict[str, str] = {}
    named_descriptions: set[str] = set()
    firm_descriptions: set[str] = set()
    introducers: dict[str, frozenset[str]] = {}
    if (folder / f"descriptions.{lang}.tsv").exists():
        for _, row in read_table(
            folder / f"descriptions.{lang}.tsv",
            {
                "noun": text_field,
                "type": one_of("type", ("PERSON", "ORG", "COUNTRY", "LOCATION")),
                "refers": one_of("refers", ("type", "name", "firm")),
            },
        ):
            descriptions[str(row["noun"]).lower()] = str(row["type"])
            if row["refers"] == "name":
                named_descriptions.add(str(row["noun"]).lower())
            elif row["refers"] == "firm":
                firm_descriptions.add(str(row["noun"]).lower())
            if words := str(row.get("introduced_by") or "").lower().split():
                introducers[str(row["noun"]).lower()] = frozenset(words)
    public_bodies: frozenset[str] = frozenset()
    if (folder / f"publicbodies.{lang}.txt").exists():
        public_bodies = read_word_list(folder / f"publicbodies.{lang}.txt")
    affiliation = frozenset(roles.pop("affiliation"))
    origin = frozenset(roles.pop("origin"))
    deed = frozenset(roles.pop("deed"))
    seats: frozenset[str] = frozenset()
    if (folder / f"seats.{lang}.tsv").exists():
        rows_ = read_table(folder / f"seats.{lang}.tsv", {"lemma": text_field})
        seats = frozenset(str(row["lemma"]).lower() for _, row in rows_)
    platforms: frozenset[str] = frozenset()
    if (folder / "platforms.txt").exists():
        platforms = read_word_list(folder / "platforms.txt")
    victim_nouns: frozenset[str] = frozenset()
    if (folder / f"victimnouns.{lang}.txt").exists():
        victim_nouns = read_word_list(folder / f"victimnouns.{lang}.txt")
    public_offices: dict[str, str] = {}
    if (folder / "publicoffices.tsv").exists():
        for _, row in read_table(
            folder / "publicoffices.tsv",
            {
                "role": text_field,
                "held": one_of("held", ("country", "place", "region", "organisation")),
            },
        ):
            public_offices[str(row["role"]).lower()] = str(row["held"])
    national: dict[str, str] = {}
    if (folder / f"nationaltitles.{lang}.tsv").exists():
        rows_ = read_table(
            folder / f"nationaltitles.{lang}.tsv", {"title": text_field, "country": text_field}
        )
        national = {
            fold(str(row["title"]), articles=False): str(row["country"]) for _, row in rows_
        }
    subnational: frozenset[str] = frozenset()
    if (folder / f"subnational.{lang}.txt").exists():
        subnational = read_word_list(folder / f"subnational.{lang}.txt")
    former_titles: frozenset[str] = frozenset()
    if (folder / f"formertitles.{lang}.txt").exists():
        former_titles = read_word_list(folder / f"formertitles.{lang}.txt")
    sites: frozenset[str] = frozenset()
    if (folder / f"sites.{lang}.tsv").exists():
        rows_ = read_table(folder / f"sites.{lang}.tsv", {"noun": text_field})
        sites = frozenset(str(row["noun"]).lower() for _, row in rows_)
    leading: frozenset[str] = frozenset()
    if (folder / f"leading.{lang}.tsv").exists():
        rows_ = read_table(folder / f"leading.{lang}.tsv", {"lemma": text_field})
        leading = frozenset(str(row["lemma"]).lower() for _, row in rows_)
    offices: frozenset[str] = frozenset()
    if (folder / f"offices.{lang}.tsv").exists():
        rows_ = read_table(folder / f"offices.{lang}.tsv", {"lemma": text_field})
        offices = frozenset(str(row["lemma"]).lower() for _, row in rows_)
    owners: dict[str, set[str]] = {}
    if (folder / f"owners.{lang}.tsv").exists():
        for _, row in read_table(
            folder / f"owners.{lang}.tsv", {"lemma": text_field, "preposition": text_field}
        ):
            owners.setdefault(str(row["lemma"]).lower(), set()).add(str(row["preposition"]).lower())
    backing: dict[str, str] = {}
    if (folder / f"backers.{lang}.tsv").exists():
        for _, row in read_table(
            folder / f"backers.{lang}.tsv",
            {"lemma": text_field, "type": one_of("type", tuple(sorted(PLOVER_TYPES)))},
        ):
            backing[str(row["lemma"]).lower()] = str(row["type"])
    adjuncts: dict[tuple[str, str], set[str]] = {}
    if (folder / f"speechadjuncts.{lang}.tsv").exists():
        for _, row in read_table(
            folder / f"speechadjuncts.{lang}.tsv",
            {
                "word": text_field,
                "kind": one_of("kind", ("verb", "noun", "author", "source", "report", "venue")),
                "preposition": text_field,
            },
        ):
            key = (str(row["kind"]), str(row["word"]).lower())
            adjuncts.setdefault(key, set()).add(str(row["preposition"]).lower())
    relational = _typed_words(folder / f"relationalnouns.{lang}.tsv", "noun")
    deals = _typed_words(folder / f"deals.{lang}.tsv", "lemma")
    relatives: dict[str, list[tuple[str, str]]] = {}
    if (folder / f"relatives.{lang}.tsv").exists():
        for _, row in read_table(
            folder / f"relatives.{lang}.tsv",
            {
                "form": text_field,
                "gender": one_of("gender", ("Neut", "Com", "Masc", "Fem", "-")),
                "number": one_of("number", ("Sing", "Plur", "-")),
            },
        ):
            key = str(row["form"]).lower()
            relatives.setdefault(key, []).append((str(row["gender"]), str(row["number"])))
    groups: frozenset[str] = frozenset()
    if (folder / f"groups.{lang}.tsv").exists():
        rows_ = read_table(folder / f"groups.{lang}.tsv", {"noun": text_field})
        groups = frozenset(fold(str(row["noun"]), articles=False) for _, row in rows_)
    act_nouns = _act_nouns(folder / f"actnouns.{lang}.tsv")
    respectively: frozenset[str] = frozenset()
    if (folder / f"respectively.{lang}.txt").exists():
        respectively = read_word_list(folder / f"respectively.{lang}.txt")
    tickets: frozenset[str] = frozenset()
    if (folder / f"tickets.{lang}.txt").exists():
        tickets = read_word_list(folder / f"tickets.{lang}.txt")
    successors: frozenset[str] = frozenset()
    if (folder / f"successors.{lang}.txt").exists():
        successors = read_word_list(folder / f"successors.{lang}.txt")
    coworkers: dict[str, str] = {}
    if (folder / f"coworkers.{lang}.tsv").exists():
        for _, row in read_table(
            folder / f"coworkers.{lang}.tsv",
            {"word": text_field, "kind": one_of("kind", ("joint", "lead", "bare"))},
        ):
            coworkers[str(row["word"]).lower()] = str(row["kind"])
    people: frozenset[str] = frozenset()
    if (folder / f"people.{lang}.txt").exists():
        people = frozenset(
            fold(w, articles=False) for w in read_word_list(folder / f"people.{lang}.txt")
        )
    things: dict[str, set[str]] = {"head": set(), "use": set()}
    if (folder / f"things.{lang}.tsv").exists():
        for _, row in read_table(
            folder / f"things.{lang}.tsv",
            {"word": text_field, "role": one_of("role", tuple(things))},
        ):
            things[str(row["role"])].add(fold(str(row["word"]), articles=False))
    chain_nouns: dict[str, set[str]] = {role: set() for role in CHAIN_ROLES}
    if (folder / f"chainnouns.{lang}.tsv").exists():
        for _, row in read_table(
            folder / f"chainnouns.{lang}.tsv",
            {"noun": text_field, "role": one_of("role", CHAIN_ROLES)},
        ):
            chain_nouns[str(row["role"])].add(fold(str(row["noun"]), articles=False))
    return Grammar(
        people=people,
        thing_heads=frozenset(things["head"]),
        thing_verbs=frozenset(things["use"]),
        act_counts=frozenset(chain_nouns["count"]),
        beneficiary_nouns=frozenset(chain_nouns["beneficiary"]),
        leading=leading,
        offices=offices,
        owners=MappingProxyType({k: frozenset(v) for k, v in owners.items()}),
        backing=MappingProxyType(backing),
        respectively=respectively,
        tickets=tickets,
        successors=successors,
        coworkers=MappingProxyType(coworkers),
        described_groups=groups,
        act_nouns=MappingProxyType(act_nouns),
        relatives=MappingProxyType({k: tuple(v) for k, v in relatives.items()}),
        relational_nouns=MappingProxyType(relational),
        deals=MappingProxyType(deals),
        speech_adjuncts=MappingProxyType({k: frozenset(v) for k, v in adjuncts.items()}),
        prepositions=Prepositions(**{role: frozenset(words) for role, words in roles.items()}),
        affiliation=affiliation,
        origin=origin,
        deed=deed,
        seats=seats,
        sites=sites,
        platforms=platforms,
        victim_nouns=victim_nouns,
        public_offices=MappingProxyType(public_offices),
        national_titles=MappingProxyType(national),
        subnational=subnational,
        former_titles=former_titles,
        agent_nouns=frozenset(fold(str(row["noun"]), articles=False) for _, row in agents),
        closed_compounds=load_lexicon(lang, data_dir).closed_compounds,
        place_nouns=frozenset(fold(str(row["noun"]), articles=False) for _, row in places),
        activist_nouns=frozenset(
            fold(str(row["noun"]), articles=False)
            for _, row in agents
            if row.get("sector") == "activist"
        ),
        member_nouns=frozenset(
            fold(str(row["noun"]), articles=False)
            for _, row in agents
            if row.get("sector") == "member"
        ),
        subordinators=frozenset(str(row["word"]).lower() for _, row in openers),
        pronouns=MappingProxyType(pronouns),
        possessives=MappingProxyType(possessives),
        pronoun_genders=MappingProxyType(pronoun_genders),
        descriptions=MappingProxyType(descriptions),
        named_descriptions=frozenset(named_descriptions),
        firm_descriptions=frozenset(firm_descriptions),
        description_introducers=MappingProxyType(introducers),
        public_bodies=public_bodies,
    )


def _typed_words(path: Path, column: str) -> dict[str, str]:
    """Word (lower-cased, from ``column``) -> PLOVER type of a table of typed words
    (``relationalnouns``, ``deals``); empty when the language has none."""
    if not path.exists():
        return {}
    return {
        str(row[column]).lower(): str(row["type"])
        for _, row in read_table(
            path, {column: text_field, "type": one_of("relation type", PLOVER_TYPES)}
        )
    }


def _act_nouns(path: Path) -> dict[str, frozenset[str]]:
    """Noun (lower-cased) -> the PLOVER types of the acts it may refer back to, of an
    ``actnouns`` table (noun, fits: space-separated types or "any"); empty when the language has
    none."""
    if not path.exists():
        return {}
    return {
        str(row["noun"]).lower(): row["fits"]  # type: ignore[misc]
        for _, row in read_table(path, {"noun": text_field, "fits": _fits_field})
    }


def _fits_field(value: str) -> frozenset[str]:
    """Validator: "any" (every PLOVER type) or space-separated PLOVER types."""
    if value == "any":
        return frozenset(PLOVER_TYPES)
    unknown = [t for t in value.split() if t not in PLOVER_TYPES]
    if unknown or not value:
        raise ValueError(
            f"unknown relation type {(unknown or [value])[0]!r}",
            f"expected 'any' or PLOVER types ({', '.join(PLOVER_TYPES)})",
        )
    return frozenset(value.split())


def _pronoun_table(path: Path, genders: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Form -> (number, kind) of a pronoun table (``pronouns``, ``possessives``: form, number,
    kind, gender), adding each form's gender to ``genders``; empty when the language has none."""
    found: dict[str, tuple[str, str]] = {}
    if not path.exists():
        return found
    for _, row in read_table(
        path,
        {
            "form": text_field,
            "number": one_of("number", ("sing", "plur", "any")),
            "kind": one_of("kind", ("person", "thing", "any")),
            "gender": one_of("gender", ("m", "f", "-")),
        },
    ):
        found[str(row["form"]).lower()] = (str(row["number"]), str(row["kind"]))
        if row["gender"] != "-":
            genders[str(row["form"]).lower()] = str(row["gender"])
    return found
