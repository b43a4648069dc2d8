"""Find proper-name spans in a parsed Dutch Doc and type them PER / ORG / LOC / MISC.

Used twice:
- at training time, on the treebank's gold parses, to make silver NER labels;
- shipped inside the pipeline as the ``newsgraph_name_typer`` component, which reads the
  predicted parse and fills in the names the statistical ``ner`` missed.

A name is a group of tokens joined by ``flat`` (or 2017 ``flat:name``) arcs that contains a
PROPN token, or a run of adjacent PROPN tokens. Its type comes, in this order, from the name
table (lower-cased full name), organisation words and acronyms, a known first name, an
earlier mention in the same document, the words around it (titles such as "president"
before a person, "in/naar/uit" before a place), and otherwise MISC.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

NAME_ARCS = {"flat", "flat:name"}
MONTHS_AND_DAYS = {
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "pasen",
    "kerstmis",
    "pinksteren",
}
TITLES = {
    "president",
    "presidente",
    "vicepresident",
    "vice-president",
    "minister",
    "premier",
    "minister-president",
    "gezant",
    "woordvoerder",
    "woordvoerster",
    "ambassadeur",
    "koning",
    "koningin",
    "prins",
    "prinses",
    "paus",
    "kardinaal",
    "bisschop",
    "generaal",
    "kolonel",
    "luitenant",
    "kapitein",
    "senator",
    "burgemeester",
    "wethouder",
    "staatssecretaris",
    "kanselier",
    "secretaris-generaal",
    "commissaris",
    "voorzitter",
    "directeur",
    "topman",
    "topvrouw",
    "ceo",
    "oprichter",
    "leider",
    "partijleider",
    "fractievoorzitter",
    "kamerlid",
    "advocaat",
    "rechter",
    "professor",
    "prof.",
    "dr.",
    "drs.",
    "ir.",
    "mr.",
    "dhr.",
    "mevr.",
    "heer",
    "mevrouw",
    "meneer",
    "sir",
    "lord",
    "schrijver",
    "schrijfster",
    "zanger",
    "zangeres",
    "acteur",
    "actrice",
    "speler",
    "trainer",
    "coach",
    "analist",
    "onderhandelaar",
    "adviseur",
    "assistent",
    "schoonzoon",
    "zoon",
    "dochter",
    "vader",
    "moeder",
    "broer",
    "zus",
    "vrouw",
    "man",
    "echtgenote",
    "echtgenoot",
    "collega",
    "opvolger",
    "voorganger",
    "aartshertog",
    "keizer",
    "keizerin",
    "graaf",
    "gravin",
    "hertog",
    "hertogin",
    "sultan",
    "emir",
    "sjeik",
    "ayatollah",
    "dominee",
    "pastoor",
    "rabbijn",
    "journalist",
    "fotograaf",
    "kunstenaar",
    "schilder",
    "componist",
    "dirigent",
    "architect",
    "wetenschapper",
    "historicus",
    "dichter",
}
# nouns that introduce an organisation's name: "luchtvaartmaatschappij Ryanair", "de bank ING"
ORG_INTRODUCERS = (
    "maatschappij",
    "bedrijf",
    "fabrikant",
    "bouwer",
    "concern",
    "bank",
    "partij",
    "organisatie",
    "krant",
    "omroep",
    "club",
    "groep",
    "firma",
    "producent",
    "leverancier",
    "maker",
    "agentschap",
    "bureau",
    "vereniging",
    "stichting",
    "keten",
    "winkel",
    "uitgeverij",
    "zender",
    "dochter",
    "moederbedrijf",
    "ploeg",
    "team",
    "universiteit",
    "ministerie",
    "beweging",
    "militie",
)
# nouns that introduce a place's name: "de stad Kupyansk", "de provincie Limburg"
PLACE_INTRODUCERS = (
    "stad",
    "dorp",
    "provincie",
    "regio",
    "land",
    "eiland",
    "rivier",
    "gemeente",
    "staat",
    "hoofdstad",
    "havenstad",
    "grensstad",
    "plaats",
    "deelstaat",
    "republiek",
    "streek",
    "wijk",
)
PLACE_PREPOSITIONS = {"in", "naar", "uit", "te", "vanuit", "nabij", "richting"}
ORG_WORDS = {
    "nv",
    "n.v.",
    "bv",
    "b.v.",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "company",
    "co.",
    "ltd",
    "ltd.",
    "plc",
    "ag",
    "gmbh",
    "sa",
    "group",
    "groep",
    "bank",
    "airlines",
    "airways",
    "partij",
    "party",
    "unie",
    "union",
    "universiteit",
    "university",
    "fc",
    "raad",
    "ministerie",
    "commissie",
    "stichting",
    "vereniging",
    "instituut",
    "institute",
    "agency",
    "agentschap",
    "federatie",
    "bond",
    "council",
    "college",
    "ziekenhuis",
    "museum",
    "omroep",
    "force",
    "army",
    "leger",
    "navy",
    "marine",
    "motors",
    "technologies",
    "systems",
    "holding",
    "holdings",
    "associates",
    "foundation",
    "club",
    "orkest",
    "organisatie",
    "organization",
    "organisation",
    "department",
    "departement",
    "dienst",
    "rechtbank",
    "hof",
    "parlement",
    "senaat",
    "kamer",
    "regering",
    "kabinet",
    "congres",
    "associatie",
    "maatschappij",
    "fabriek",
    "industries",
    "research",
    "media",
    "news",
    "press",
    "records",
    "studios",
    "pictures",
    "entertainment",
    "electronics",
    "energy",
    "computer",
    "aircraft",
    "airways",
    "software",
    "telecom",
    "services",
    "inc.",
    "enterprises",
    "partners",
    "capital",
}
ORG_FIRST_WORDS = {
    "air",
    "aer",
    "bank",
    "banco",
    "universiteit",
    "university",
    "stichting",
    "vereniging",
}
LOC_WORDS = {"airport", "luchthaven", "vliegveld", "station", "haven"}
NAME_PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "ter",
    "ten",
    "von",
    "da",
    "di",
    "le",
    "la",
    "du",
    "del",
    "dos",
    "bin",
    "al",
}
NAME_CONNECTORS = NAME_PARTICLES | {
    "voor",
    "of",
    "the",
    "and",
    "for",
    "&",
    "op",
    "aan",
    "upon",
    "on",
}
PLACE_SUFFIXES = (
    "straat",
    "weg",
    "plein",
    "gracht",
    "laan",
    "kade",
    "dijk",
    "rivier",
    "gebergte",
    "eiland",
    "eilanden",
    "zee",
    "oceaan",
    "baai",
    "vallei",
    "provincie",
    "regio",
    "land",
)


INNER_PUNCT = {"&", "-", "'", "’", ".", "/"}
NOT_NAMES = {
    "utc",
    "gmt",
    "cet",
    "usd",
    "eur",
    "gbp",
    "jpy",
    "gb",
    "mb",
    "kb",
    "tv",
    "cd",
    "dvd",
    "pc",
    "ok",
}


def _is_cap(tok) -> bool:
    """A capitalised word (Title, ALLCAPS, or McName) that is not a number."""
    return tok.text[:1].isupper() and not tok.like_num


def _of_a_known_place(
    doc: Doc,
    i: int,
    first: int,
    last: int,
    known: Callable[[str], str | None] | None,
    first_names: set[str],
) -> bool:
    """Whether "van" at ``i`` joins a name to a known place after it, which is then a name of its
    own: "Oostelijke Militaire Commando van Oekraïne" -> "Oekraïne" (LOC). Not after a first name
    ("Jan van Gent", a person)."""
    if known is None or doc[i].lower_ != "van" or not first < i < last:
        return False
    return known(doc[i + 1 : last + 1].text) == "LOC" and doc[i - 1].lower_ not in first_names


def name_spans(
    doc: Doc, known: Callable[[str], str | None] | None = None, first_names: set[str] = frozenset()
) -> list[Span]:
    """Return the proper-name spans of a parsed ``doc``.

    A name is a run of tokens joined by ``flat`` arcs or adjacency that contains a PROPN (or
    a capitalised word ``known`` types), cut at verbs and punctuation, without leading titles,
    articles and prepositions, and without trailing product numbers ("Airbus A380" -> "Airbus").
    Requires POS and DEP annotation; raises ValueError naming what is missing otherwise.
    """
    if not doc.has_annotation("POS") or not doc.has_annotation("DEP"):
        raise ValueError(
            "name_spans needs a Doc with POS and DEP annotation (run tagger and parser)"
        )

    # one sense per discourse: a word tagged PROPN anywhere in the document is a name everywhere
    # ("Emmanuel Macron ... Macron zei", where the sentence-initial "Macron" was tagged NOUN)
    proper_words = {tok.text for tok in doc if tok.pos_ == "PROPN" and _is_cap(tok)}

    def is_namey(tok) -> bool:
        if tok.lower_ in NOT_NAMES or tok.lower_ in MONTHS_AND_DAYS:
            return False
        if tok.pos_ == "PROPN":
            return True
        if not _is_cap(tok) or tok.pos_ not in ("NOUN", "X", "ADJ"):
            return False
        if tok.text in proper_words:
            return True  # NOUN, X or ADJ here ("Apple" tagged ADJ at a headline's start)
        prev = doc[tok.i - 1] if tok.i > 0 else None
        mid_sentence = (
            prev is not None and not (prev.is_punct or prev.is_space) and not tok.is_sent_start
        )
        if mid_sentence and tok.pos_ in ("NOUN", "X"):
            return True  # Dutch nouns are lower case: a capitalised "noun" mid-sentence is a name
        if mid_sentence and not tok.lower_.endswith(("se", "sche", "s", "sch", "aans", "ees")):
            return (
                True  # 'Ryanair', 'Apple' tagged ADJ, but not an adjective of nationality ('Ierse')
            )
        if known is None or known(tok.text) is None:
            return False
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        # a known word tagged ADJ is a name unless a lower-case word other than a verb follows it
        # ("Franse wijn"); before a verb it is the subject ("Apple introduceert"), where no
        # adjective stands
        return (
            tok.pos_ != "ADJ"
            or after is None
            or not after.text[:1].islower()
            or after.pos_ in ("VERB", "AUX")
        )

    def starts_sentence(tok) -> bool:
        """A sentence start the parser predicted after punctuation or a line break (not inside a
        name)."""
        prev = doc[tok.i - 1]
        return tok.is_sent_start and (prev.is_punct or prev.is_space or "\n" in prev.whitespace_)

    group = list(range(len(doc)))

    def find(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    tokens = list(doc)
    caps = [_is_cap(tok) for tok in tokens]
    namey = [(caps[i] or tok.pos_ == "PROPN") and is_namey(tok) for i, tok in enumerate(tokens)]
    for tok in tokens:
        if tok.dep_ in NAME_ARCS and tok.head.i != tok.i:
            group[find(tok.i)] = find(tok.head.i)
    for i in range(1, len(tokens)):
        if (
            caps[i]
            and caps[i - 1]
            and (namey[i] or namey[i - 1])
            and not starts_sentence(tokens[i])
        ):
            group[find(i)] = find(i - 1)
        elif (
            known is not None
            and i >= 2
            and caps[i]
            and caps[i - 2]
            and tokens[i - 1].lower_ in NAME_CONNECTORS
            and known(doc[i - 2 : i + 1].text)
        ):  # "Ministerie van Defensie": a known name with a lower-case connector
            group[find(i)] = find(i - 1)
            group[find(i - 1)] = find(i - 2)
    members: dict[int, list[int]] = {}
    for i in range(len(tokens)):
        members.setdefault(find(i), []).append(i)
    spans = []
    for idx in members.values():
        if not any(namey[i] for i in idx):
            continue
        idx = sorted(idx)
        extent = doc[idx[0] : idx[-1] + 1]
        if (
            known is not None
            and len(idx) > 1
            and _is_cap(extent[0])
            and _is_cap(extent[-1])
            and not any(t.is_space or "\n" in t.whitespace_ for t in extent[:-1])
            and known(extent.text)
        ):
            spans.append(
                doc[idx[0] : idx[-1] + 1]
            )  # "Verenigd Koninkrijk": the table knows it whole
            continue
        # cut the group's extent into segments at verbs, clause punctuation and line breaks
        segment: list[int] = []
        segments = []
        for i in range(idx[0], idx[-1] + 1):
            tok = doc[i]
            breaks = (
                tok.pos_ in ("VERB", "AUX", "SCONJ", "PRON", "CCONJ")
                or (tok.is_punct and tok.text not in INNER_PUNCT)
                or tok.is_space
                or (i > idx[0] and starts_sentence(tok))
                or (tok.is_lower and tok.lower_ not in NAME_CONNECTORS)
                or (
                    known is not None
                    and tok.is_lower
                    and 0 < i - idx[0]
                    and i < idx[-1]
                    and known(doc[idx[0] : i].text)
                    and known(doc[i + 1 : idx[-1] + 1].text)
                )
                or _of_a_known_place(doc, i, idx[0], idx[-1], known, first_names)
            )
            if breaks:
                segments.append(segment)
                segment = []
            else:
                segment.append(i)
        segments.append(segment)
        for seg in segments:
            if not seg:
                continue
            start, end = seg[0], seg[-1] + 1
            while start < end and (
                not _is_cap(doc[start])
                or doc[start].lower_ in TITLES
                or doc[start].lower_.split("-")[-1] in TITLES
                or doc[start].pos_ in ("DET", "ADP")
                or doc[start].text in INNER_PUNCT
            ):
                start += 1
            while end > start and (
                not (_is_cap(doc[end - 1]) or doc[end - 1].pos_ == "PROPN")
                or any(c.isdigit() for c in doc[end - 1].text)
                or doc[end - 1].text in INNER_PUNCT
            ):
                end -= 1
            if start >= end or not any(namey[i] for i in range(start, end)):
                continue
            spans.extend(_split(doc[start:end], known, first_names))
    return filter_spans(spans)


def _split(
    span: Span, known: Callable[[str], str | None] | None, first_names: set[str]
) -> list[Span]:
    """Split a run of names that the parse glued together.

    "Trump Steve Witkoff" -> "Trump", "Steve Witkoff" (a first name starts a new name);
    "Rusland Oekraïne" -> "Rusland", "Oekraïne" (both halves are known, the whole is not).
    """
    if len(span) < 2 or (known is not None and known(span.text)):
        return [span]
    if known is not None:
        for k in range(len(span) - 1, 1, -1):
            if known(span[:k].text):  # "Buitenlandse Zaken | Marco Rubio": longest known beginning
                return [span[:k], *_split(span[k:], known, first_names)]
    first = span[0]
    headline_word = first.is_sent_start and (
        known is None or known(first.text) not in ("ORG", "PER")
    )
    if (
        first.pos_ in ("NOUN", "ADJ")
        and any(_is_cap(t) for t in span[1:])
        and first.lower_ not in first_names
        and (headline_word or first.lower_.endswith(("se", "sche", "ische", "aanse")))
    ):
        # "Vliegtuigfabrikant Boeing" (headline noun), "Engelse Royal Air Force" (demonym); not
        # "Marco Rubio" with "Marco" tagged NOUN at a sentence start the parser put there, nor
        # "Apple Computer" with the known "Apple" tagged ADJ
        return _split(span[1:], known, first_names)
    for k in range(1, len(span) - 1):
        if (
            span[k].is_lower
            and known is not None
            and known(span[:k].text)
            and known(span[k + 1 :].text)
        ):
            # "Washington van Donetsk": two known names around a connector
            return [span[:k], *_split(span[k + 1 :], known, first_names)]
    for k in range(1, len(span)):
        left, right = span[:k], span[k:]
        starts_person = (
            span[k].lower_ in first_names
            and span[k - 1].lower_ not in first_names
            and span[k - 1].lower_ not in NAME_PARTICLES
            and _is_cap(span[k])
            and len(right) >= 2
        )
        both_known = (
            known is not None
            and known(left.text)
            and known(right.text)
            and not (len(span) == 2 and span[0].lower_ in first_names)  # "Sandy Angers" is a person
        )
        if starts_person or both_known:
            return [left, *_split(right, known, first_names)]
    return [span]


def _near(word: str, known: dict[str, str]) -> str | None:
    """Label of a known name one edit away from ``word`` (Zelensky ~ Zelenski), if any."""
    if len(word) < 5:
        return None
    for other, label in known.items():
        if abs(len(other) - len(word)) > 1 or other[:2] != word[:2]:
            continue
        if len(other) == len(word):
            if sum(a != b for a, b in zip(other, word)) == 1:
                return label
        else:
            short, long_ = sorted((other, word), key=len)
            if any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_))):
                return label
    return None


class NameTyper:
    """Types name spans with a name table, first names and context words."""

    def __init__(self, names: dict[str, str], first_names: set[str]) -> None:
        self.names = names
        self.first_names = first_names

    @classmethod
    def from_dir(cls, path: Path) -> NameTyper:
        """Load ``names.tsv`` and ``first_names.txt`` from ``path``."""
        names = {}
        for line in (path / "names.tsv").read_text(encoding="utf8").splitlines():
            key, label = line.split("\t")
            names[key] = label
        first = set((path / "first_names.txt").read_text(encoding="utf8").split())
        return cls(names, first)

    def to_dir(self, path: Path) -> None:
        """Write the tables to ``path`` (the inverse of ``from_dir``)."""
        path.mkdir(parents=True, exist_ok=True)
        (path / "names.tsv").write_text(
            "".join(f"{k}\t{v}\n" for k, v in sorted(self.names.items())), encoding="utf8"
        )
        (path / "first_names.txt").write_text(
            "".join(f"{n}\n" for n in sorted(self.first_names)), encoding="utf8"
        )

    def lookup(self, text: str) -> str | None:
        """Type of a name by the table alone (tries without a trailing "'s")."""
        key = " ".join(text.lower().split())
        for cand in (key, key.removesuffix("'s"), key.removesuffix("’s")):
            if cand in self.names:
                return self.names[cand]
        return None

    def intrinsic(self, span: Span) -> str | None:
        """Type a span by its own words: table, organisation words, acronyms, first names."""
        label = self.lookup(span.text)
        if label:
            return label
        words = [t.text.lower() for t in span]
        if len(words) > 1 and words[-1] in LOC_WORDS:
            return "LOC"
        if any(w in ORG_WORDS for w in words[1:]) or (
            len(words) > 1 and words[0] in ORG_FIRST_WORDS
        ):
            return "ORG"
        if len(words) > 1 and (
            self.lookup(span[0].text) == "ORG" or self.lookup(span[-1].text) == "ORG"
        ):
            return "ORG"
        if (
            len(span) == 1
            and span[0].text.isupper()
            and 2 <= len(span[0].text) <= 6
            and span[0].text.isalpha()
        ):
            return "ORG"
        if words[0] in self.first_names and (len(words) >= 2 or words[0].capitalize() == span.text):
            if len(words) >= 2 and self.lookup(span[0].text) == "LOC":
                return None
            return "PER"
        if (
            len(words) >= 3
            and any(w in NAME_PARTICLES for w in words[1:-1])
            and span[-1].text[:1].isupper()
            and span[0].pos_ == "PROPN"
            and self.lookup(span[-1].text) is None
        ):
            return "PER"
        if len(span) == 1 and words[0].endswith(PLACE_SUFFIXES) and len(words[0]) > 6:
            return "LOC"
        return None

    def context(self, span: Span) -> str | None:
        """Type a span by the words just before it (titles, place prepositions)."""
        doc = span.doc
        i = span.start - 1
        while i >= 0 and doc[i].pos_ in ("ADJ",) and span.start - i <= 2:
            i -= 1
        if i >= 0:
            prev = doc[i].text.lower()
            last_part = prev.split("-")[-1]
            if prev in TITLES or last_part in TITLES:
                return "PER"
            if doc[i].pos_ == "NOUN" and prev.endswith(ORG_INTRODUCERS):
                return "ORG"
            if doc[i].pos_ == "NOUN" and prev.endswith(PLACE_INTRODUCERS):
                return "LOC"
            if (
                prev == "van"
                and i > 0
                and (doc[i - 1].lower_ in TITLES or doc[i - 1].lower_.endswith(ORG_INTRODUCERS))
            ):
                return "ORG"  # "topman van Airbus", "dochterbedrijf van EADS"
            if prev in PLACE_PREPOSITIONS and doc[i].pos_ == "ADP":
                return "LOC"
        head = span.root.head
        if span.root.dep_ in ("appos", "nmod", "flat") and head.lower_ in TITLES:
            return "PER"
        return None

    def type_spans(self, doc: Doc, spans: Iterable[Span]) -> list[tuple[Span, str]]:
        """Assign a label to every span; later bare surnames inherit earlier full names."""
        spans = list(spans)
        labels: list[str | None] = []
        for span in spans:
            label = self.intrinsic(span)
            if (
                label in (None, "LOC")
                and span[0].lower_ in self.first_names
                and self.context(span) == "PER"
            ):
                label = "PER"  # "woordvoerster Sandy Angers": the title beats the town of Sandy
            labels.append(label)
        known: dict[str, str] = {}
        for span, label in zip(spans, labels):
            if label in ("PER", "ORG") and len(span) >= 2:
                known.setdefault(span[-1].text.lower(), label)
        for k, (span, label) in enumerate(zip(spans, labels)):
            if label is None:
                label = (
                    known.get(span.text.lower())
                    or _near(span.text.lower(), known)
                    or self.context(span)
                )
            labels[k] = label or "MISC"
            if labels[k] in ("PER", "ORG"):
                known.setdefault(
                    span[-1].text.lower() if len(span) > 1 else span.text.lower(), labels[k]
                )
        return list(zip(spans, labels))  # type: ignore[arg-type]


@Language.factory(
    "newsgraph_name_typer",
    assigns=["doc.ents"],
    requires=["token.pos", "token.dep"],
    default_config={"mode": "fill", "keep_misc": True},
)
def make_name_typer(nlp: Language, name: str, mode: str, keep_misc: bool) -> NameTyperComponent:
    """Factory for the shipped name typer (tables are loaded by ``initialize``/``from_disk``)."""
    return NameTyperComponent(name, mode=mode, keep_misc=keep_misc)


class NameTyperComponent:
    """Adds typed proper-name spans from the parse to ``doc.ents``.

    mode "fill": keep the entities already set (by ``ner``) and add the parse's names that
    do not overlap them; mode "replace": use the parse's names only; mode "retype": as "fill",
    but entities the table types differently are relabelled.
    """

    def __init__(self, name: str, mode: str = "fill", keep_misc: bool = True) -> None:
        if mode not in ("fill", "replace", "retype"):
            raise ValueError(
                f"newsgraph_name_typer: mode must be fill, replace or retype, not {mode!r}"
            )
        self.name = name
        self.mode = mode
        self.keep_misc = keep_misc
        self.typer = NameTyper({}, set())

    def initialize(self, get_examples=None, *, nlp=None, tables_dir: str | None = None) -> None:
        """Load the tables from ``tables_dir`` (a folder with names.tsv and first_names.txt)."""
        if tables_dir is None:
            raise ValueError("newsgraph_name_typer: initialize needs tables_dir")
        self.typer = NameTyper.from_dir(Path(tables_dir))

    def __call__(self, doc: Doc) -> Doc:
        typed = self.typer.type_spans(
            doc, name_spans(doc, self.typer.lookup, self.typer.first_names)
        )
        new = [
            Span(doc, s.start, s.end, label=lab)
            for s, lab in typed
            if self.keep_misc or lab != "MISC"
        ]
        if self.mode == "replace":
            doc.ents = filter_spans(new)
            return doc
        ents = list(doc.ents)
        if self.mode == "retype":
            relabelled = []
            for ent in ents:
                label = self.typer.lookup(ent.text) or ent.label_
                relabelled.append(Span(doc, ent.start, ent.end, label=label))
            ents = relabelled
        taken = {i for e in ents for i in range(e.start, e.end)}
        ents += [s for s in new if not any(i in taken for i in range(s.start, s.end))]
        doc.ents = sorted(ents, key=lambda s: s.start)
        return doc

    def to_disk(self, path, exclude=tuple()) -> None:
        self.typer.to_dir(Path(path))

    def from_disk(self, path, exclude=tuple()) -> NameTyperComponent:
        self.typer = NameTyper.from_dir(Path(path))
        return self
