"""Time expressions in article text, resolved against the document date.

Weekday and month names come from babel's locale data, so a new language needs
no code; relative words ("gisteren", "vorige week", "last week") come from the
language's ``time`` lexicon. A weekday resolves to the latest such day on or
before the document date, which is how news uses "dinsdag" and "on Tuesday";
after "volgende"/"next" it is the next such day, after "vorige"/"last" that day of the
week before. Months, years and weekends ("vorig jaar", "this month", "dit weekend") resolve
to the month, year or Saturday they name; an explicit date ("24 februari 2022") needs no anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Mapping

from babel import Locale, UnknownLocaleError

from records.text import fold


@dataclass(frozen=True)
class TimeMention:
    """A time expression found at ``start:end`` of a text; ``value`` is ISO (YYYY, YYYY-MM or
    YYYY-MM-DD)."""

    start: int
    end: int
    text: str
    value: str | None
    #: Whether the time is counted from the one told before it ("three years later").
    counted: bool = False


@dataclass(frozen=True)
class _Names:
    weekdays: dict[str, int]
    months: dict[str, int]
    pattern: re.Pattern[str]
    #: "vorig jaar" -> ("year", -1), "this weekend" -> ("weekend", 0), from the time lexicon.
    periods: dict[str, tuple[str, int]]
    #: "vorige" -> -1, "next" -> +1: a weekday after such a word is the one before or after the
    #: anchor.
    modifiers: dict[str, int]
    #: "afgelopen", "jongstleden": a weekday after such a word is the latest one before the anchor.
    recents: frozenset[str] = frozenset()
    #: "vorige week" -> -1, "this week" -> 0: a weekday beside such words is that day of that week.
    weeks: Mapping[str, int] = field(default_factory=dict)
    #: Words after which a four-digit number is a count, not a year ("roughly 2000 stores", "ruim
    #: 2000 mensen"): the ``count`` rows of the time lexicon, lower-case.
    counts: frozenset[str] = frozenset()
    #: Whether the language writes month names with a capital (English: "March", "May"); there a
    #: lower-case "march" or "may" is a verb, not a month.
    capital_months: bool = False
    #: "three" -> 3, "years" -> 365 (a unit in days: 30 a month, 365 a year), "later" -> +1,
    #: "the following day" -> +1 day: a time counted from the one told before it.
    numbers: Mapping[str, int] = field(default_factory=dict)
    units: Mapping[str, int] = field(default_factory=dict)
    laters: Mapping[str, int] = field(default_factory=dict)
    sequels: Mapping[str, int] = field(default_factory=dict)
    #: "the next month" -> 30, "dat jaar" -> 365: the unit (in days) a sequel counts in, that of
    #: the ``unit`` word it holds; a day for one without ("daags daarna").
    sequel_units: Mapping[str, int] = field(default_factory=dict)


#: Kinds of the time lexicon that name a period, and that count a time from an earlier one.
_PERIOD_KINDS = ("month", "year", "weekend")
_COUNTED_KINDS = ("number", "unit", "later", "sequel")
#: Kinds that say which weekday a weekday name is: "vorige", "afgelopen", "vorige week".
_WEEKDAY_KINDS = ("modifier", "recent", "week")


@lru_cache(maxsize=None)
def _lexicon_terms(lang: str) -> tuple[tuple[str, str, int], ...]:
    """(expression, kind, value) of the language's time lexicon that are months, years, weekends
    or modifiers (days and weeks come in as ``relative``); empty for a language without one."""
    from extract.errors import NewsgraphError
    from extract.lexicon import load_lexicon

    try:
        times = load_lexicon(lang).times
    except NewsgraphError:
        return ()
    return tuple(
        (expr, t.kind, t.value)
        for expr, t in times.items()
        if t.kind in (*_PERIOD_KINDS, *_COUNTED_KINDS, *_WEEKDAY_KINDS, "count", "skip")
    )


def _locale(lang: str) -> Locale:
    """babel's locale of ``lang``; English's for a language babel does not know."""
    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def _wide_months(locale: Locale) -> list[str]:
    return [name.lower() for name in locale.months["format"]["wide"].values()]


@lru_cache(maxsize=None)
def month_names(lang: str) -> frozenset[str]:
    """The month names of ``lang`` written in full, lower-case ("januari", "march"): the words
    that name a month alone, here and wherever a rule asks whether a word is a time."""
    return frozenset(_wide_months(_locale(lang)))


@lru_cache(maxsize=None)
def _names(lang: str, relative: tuple[tuple[str, int], ...]) -> _Names:
    locale = _locale(lang)
    # Only full weekday names: the abbreviations are words of their own ("zo", "do", "ma" in
    # Dutch, "wed" and "sun" in English).
    weekdays = {name.lower(): index for index, name in locale.days["format"]["wide"].items()}
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for index, name in locale.months["format"][width].items():
            if len(name.rstrip(".")) >= 3:
                months.setdefault(name.lower().rstrip("."), index)
    # A month alone is named in full: an abbreviation needs a day or year beside it ("Jan" is a
    # first name, "mar" a word).
    wide_months = _wide_months(locale)

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    month_alt = alternation(list(months))
    terms = _lexicon_terms(lang)
    periods = {expr: (kind, value) for expr, kind, value in terms if kind in _PERIOD_KINDS}
    counted = {k: {e: v for e, kind, v in terms if kind == k} for k in _COUNTED_KINDS}
    # parts of the day a weekday may be joined to: "vrijdagmiddag", "dinsdagavond"
    day_parts = [expr for expr, kind, _ in terms if kind == "skip" and expr.isalpha()]
    day_parts = [p for p in day_parts if len(p) >= 4]
    counts = frozenset(expr for expr, kind, _ in terms if kind == "count")
    recents = frozenset(expr for expr, kind, _ in terms if kind == "recent")
    modifiers = {expr: value for expr, kind, value in terms if kind in ("modifier", "recent")}
    weeks = {expr: value for expr, kind, value in terms if kind == "week"}
    weekday_alt = alternation(list(weekdays))
    day_part = rf"(?:{alternation(day_parts)})?" if day_parts else ""
    weekday = rf"(?P<weekday>{weekday_alt}){day_part}"
    if modifiers:
        mod_alt = alternation(list(modifiers))
        weekday = rf"(?:(?P<wmod>{mod_alt})\s+)?{weekday}(?:\s+(?P<wpost>{mod_alt}))?"
    parts = [
        rf"(?P<dmy>(?P<day>\d{{1,2}})\.?\s+(?P<month>{month_alt})\.?(?:\s+(?P<year>(?:19|20)\d\d))?)",
        rf"(?P<mdy>(?P<month2>{month_alt})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?(?:\s+(?P<year2>(?:19|20)\d\d))?)",
        rf"(?P<my>(?P<month3>{month_alt})\s+(?P<year3>(?:19|20)\d\d))",
        r"(?P<iso>(?:19|20)\d\d-\d\d-\d\d)",
        # "(1930 UTC)", "om 2030 uur": a time of day, not a year
        r"(?P<yearonly>(?:19|20)\d\d)(?!\s*(?:UTC|GMT|BST|CET|CEST|EST|EDT|PST|PDT|hrs|hours|uur)\b)",
        weekday,
        rf"(?P<monthonly>{alternation(wide_months)})",
    ]
    if counted["number"] and counted["unit"] and counted["later"]:
        number = rf"(?:{alternation(list(counted['number']))}|\d{{1,3}})"
        unit, later = alternation(list(counted["unit"])), alternation(list(counted["later"]))
        parts.insert(0, rf"(?P<after>(?P<anum>{number})\s+(?P<aunit>{unit})\s+(?P<alater>{later}))")
    if counted["sequel"]:
        parts.insert(0, rf"(?P<sequel>{alternation(list(counted['sequel']))})")
    if periods:
        parts.insert(0, rf"(?P<period>{alternation(list(periods))})")
    if relative:
        parts.insert(0, rf"(?P<relative>{alternation([w for w, _ in relative])})")
    if weeks:
        # "vorige week dinsdag", "Tuesday last week": one day, before "vorige week" alone
        week_alt = alternation(list(weeks))
        parts.insert(
            0,
            rf"(?P<weekof>(?P<week1>{week_alt})\s+(?P<wday1>{weekday_alt}){day_part}"
            rf"|(?P<wday2>{weekday_alt}){day_part}\s+(?P<week2>{week_alt}))",
        )
    # every part starts with a digit or one of these words: a look at the next two characters
    # skips the other word starts before the parts are tried one by one (a third of the time)
    starts = [
        *(w for w, _ in relative),
        *periods,
        *counted["sequel"],
        *counted["number"],
        *months,
        *modifiers,
        *weekdays,
        *wide_months,
    ]
    gate = r"(?=\d|" + alternation(sorted({w[:2] for w in starts})) + ")" if all(starts) else ""
    pattern = re.compile(
        r"(?<![\w-])" + gate + "(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE
    )
    capital_months = locale.months["format"]["wide"][1][:1].isupper()
    return _Names(
        weekdays=weekdays,
        months=months,
        pattern=pattern,
        periods=periods,
        modifiers=modifiers,
        recents=recents,
        weeks=weeks,
        counts=counts,
        capital_months=capital_months,
        numbers=counted["number"],
        units=counted["unit"],
        laters=counted["later"],
        sequels=counted["sequel"],
        sequel_units={
            expr: next((counted["unit"][w] for w in expr.split() if w in counted["unit"]), 1)
            for expr in counted["sequel"]
        },
    )


def find_time_mentions(
    text: str,
    lang: str,
    doc_date: str | None,
    relative: Mapping[str, int] | None = None,
    *,
    forward: bool = False,
) -> list[TimeMention]:
    """Time expressions in ``text`` with their resolved dates.

    ``relative`` maps lower-case expressions to a day offset (``{"gisteren": -1}``). With
    ``forward`` (a planned act: "will meet on Tuesday", "zal in maart stemmen") a bare weekday is
    the next such day on or after the document date, and a month without a year the next such
    month, instead of the latest one before it.

    >>> [m.value for m in find_time_mentions("Eerder op dinsdag zei Poetin", "nl", "2025-12-03")]
    ['2025-12-02']
    >>> [
    ...     m.value
    ...     for m in find_time_mentions("Sinds 24 februari 2022 en in 2014", "nl", "2025-12-03")
    ... ]
    ['2022-02-24', '2014']
    >>> [m.value for m in find_time_mentions("On Monday he met Macron", "en", "2025-12-03")]
    ['2025-12-01']
    >>> [
    ...     m.value
    ...     for m in find_time_mentions(
    ...         "vorig jaar, volgende dinsdag, dit weekend", "nl", "2025-12-03"
    ...     )
    ... ]
    ['2024', '2025-12-09', '2025-12-06']
    >>> [m.text for m in find_time_mentions("They may march in May", "en", "2025-12-03")]
    ['May']
    >>> [m.value for m in find_time_mentions("at 8:30 p.m. (1930 UTC) in 2019", "en", None)]
    ['2019']
    >>> [m.value for m in find_time_mentions("vrijdag, in maart", "nl", "2025-12-03", forward=True)]
    ['2025-12-05', '2026-03']
    """
    return list(_time_mentions(text, lang, doc_date, _relative_key(relative), forward))


def open_direction(text: str, lang: str) -> bool:
    """Whether ``text`` begins with a time that says neither its year nor its direction (a bare
    weekday or month, "4 March"), so the tense of its clause says whether it lies ahead or back.

    >>> open_direction("vrijdag", "nl"), open_direction("in June", "en")
    (True, True)
    >>> open_direction("vorige vrijdag", "nl"), open_direction("in June 2024", "en")
    (False, False)
    """
    match = _names(lang, ()).pattern.search(text)
    if match is None:
        return False
    group = match.groupdict()
    if group.get("weekday"):
        return not (group.get("wmod") or group.get("wpost"))
    if group.get("dmy") or group.get("mdy"):
        return not (group.get("year") or group.get("year2"))
    return bool(group.get("monthonly"))


def _relative_key(relative: Mapping[str, int] | None) -> tuple[tuple[str, int], ...]:
    """``relative`` as a sorted tuple (a cache key), sorted once for as long as the same mapping
    with the same contents comes: every relation's date asks with the same one."""
    last = _LAST_RELATIVE[0]
    if last is not None and last[0] is relative and last[1] == relative:
        return last[2]
    key = tuple(sorted((k.lower(), int(v)) for k, v in (relative or {}).items()))
    _LAST_RELATIVE[0] = (relative, dict(relative or {}), key)
    return key


#: The memo of :func:`_relative_key`: (the mapping, a copy of its contents, its key).
_LAST_RELATIVE: list = [None]


@lru_cache(maxsize=256)
def _time_mentions(
    text: str,
    lang: str,
    doc_date: str | None,
    rel: tuple[tuple[str, int], ...],
    forward: bool = False,
) -> tuple[TimeMention, ...]:
    """``find_time_mentions`` remembered: events, relations and records scan the same texts."""
    names = _names(lang, rel)
    anchor = date.fromisoformat(doc_date) if doc_date else None
    rel_map = dict(rel)
    matches = _scanned(text, lang, rel)
    found: list[TimeMention] = []
    for match in matches:
        value = _resolve(match, names, anchor, rel_map, forward)
        counted = bool(match.group("after") or match.group("sequel"))
        if counted:
            told = _counted_anchor(found, match, text, names)
            value = _counted_from(match, names, told.value if told else None)
        mention = TimeMention(match.start(), match.end(), match.group(0), value, counted)
        if found and _year_of_month(found[-1], mention, text, names):
            month = found.pop()
            mention = TimeMention(
                month.start,
                mention.end,
                text[month.start : mention.end],
                mention.value + month.value[4:] if mention.value and month.value else None,
            )
        found.append(mention)
    return tuple(found)


@lru_cache(maxsize=2048)
def _scanned(text: str, lang: str, rel: tuple[tuple[str, int], ...]) -> tuple[re.Match[str], ...]:
    """The time expressions of ``text`` as matches, before any is resolved: the same text is
    scanned with no document date (which clause each time belongs to: ``extract/grammar/timing``)
    and with one (dating), whose values differ but whose matches do not, and the scan is most
    of the work (about 1-2 ms per article). Kept for more texts than ``_time_mentions``: a batch
    of articles goes through the relations before any is dated."""
    names = _names(lang, rel)
    return tuple(
        match
        for match in names.pattern.finditer(text)
        if not (names.capital_months and _lower_case_month(match))
        and not (match.group("yearonly") and _counted(text, match.start(), names.counts))
    )


def _counted_anchor(
    found: list[TimeMention], match: re.Match[str], text: str, names: _Names
) -> TimeMention | None:
    """The time a counted one is counted from: the one told before it in the same paragraph
    ("In 2011 ... three years later"); for a day named after another ("that day", "the next
    day", "die dag") the last day told before it, in any paragraph ("On Thursday they met in
    Athens ... by 2025. <new paragraph> Earlier that day, Energean signed" is Thursday's), and
    likewise for a month or year named after another the last time told that names one ("withdrew
    in March 2019. The next month, ..." is April 2019's)."""
    sequel = match.groupdict().get("sequel")
    if sequel:
        unit = names.sequel_units.get(sequel.lower(), 1)
        need = 10 if unit < 28 else 7 if unit < 365 else 4  # a day, a month or a year
        return next((m for m in reversed(found) if m.value and len(m.value) >= need), None)
    if found and "\n" not in text[found[-1].end : match.start()]:
        return found[-1]
    return None


#: Words between a month and the year it is in: "March of last year", "maart van vorig jaar".
_MONTH_YEAR_GLUE = frozenset({"", "of", "van", ","})


def _year_of_month(month: TimeMention, year: TimeMention, text: str, names: _Names) -> bool:
    """Whether ``year`` (a year said in words: "last year", "vorig jaar") says which year
    ``month`` ("March", "5 maart") is in, so the two are one expression: "March of last year".

    Read from the words, not the resolved values: without a document date (when clauses are
    matched to their time expressions) neither has a value, and the clause's expression must
    still be the whole "March of last year", or it is later dated as the latest March."""
    if names.periods.get(year.text.lower(), ("",))[0] != "year":
        return False
    if re.search(r"\d{4}", month.text):
        return False  # the month already has its year: "March 2019, like last year"
    words = [w.rstrip(".").lower() for w in month.text.split()]
    if not any(w in names.months for w in words):
        return False
    glue = text[month.end : year.start].strip().lower()
    return glue in _MONTH_YEAR_GLUE


def _counted(text: str, start: int, counts: frozenset[str]) -> bool:
    """Whether the number at ``start`` follows a word that makes it a count ("roughly 2000",
    "more than 2000", "ruim 2000"), so it is no year."""
    words = fold(text[max(0, start - 40) : start], articles=False).split()
    return bool(words) and (words[-1] in counts or " ".join(words[-2:]) in counts)


_MONTH_GROUPS = ("month", "month2", "month3", "monthonly")


def _lower_case_month(match: re.Match[str]) -> bool:
    """Whether the match names its month in lower case ("march", "may"), which in a language
    that capitalises months is another word: "protesters march on", "talks may resume"."""
    month = next((match.group(g) for g in _MONTH_GROUPS if match.group(g)), None)
    return month is not None and month[:1].islower()


def _resolve(
    match: re.Match[str],
    names: _Names,
    anchor: date | None,
    relative: dict[str, int],
    forward: bool = False,
) -> str | None:
    group = match.groupdict()
    if group.get("weekof"):
        if not anchor:
            return None
        week = names.weeks[(group.get("week1") or group["week2"]).lower()]
        weekday = names.weekdays[(group.get("wday1") or group["wday2"]).lower()]
        monday = anchor - timedelta(days=anchor.weekday())
        return (monday + timedelta(days=7 * week + weekday)).isoformat()
    if group.get("relative"):
        return (
            (anchor + timedelta(days=relative[group["relative"].lower()])).isoformat()
            if anchor
            else None
        )
    if group.get("period"):
        kind, value = names.periods[group["period"].lower()]
        return _period(kind, value, anchor) if anchor else None
    if group.get("iso"):
        return group["iso"]
    for day_key, month_key, year_key in (("day", "month", "year"), ("day2", "month2", "year2")):
        if group.get(day_key) and group.get(month_key):
            month = names.months[group[month_key].lower().rstrip(".")]
            year = (
                int(group[year_key])
                if group.get(year_key)
                else _nearest_year(anchor, month, forward, int(group[day_key]))
            )
            if year is None:
                return None
            try:
                return date(year, month, int(group[day_key])).isoformat()
            except ValueError:
                return None
    if group.get("month3"):
        return f"{int(group['year3']):04d}-{names.months[group['month3'].lower()]:02d}"
    if group.get("yearonly"):
        return group["yearonly"]
    if group.get("weekday"):
        if not anchor:
            return None
        weekday = names.weekdays[group["weekday"].lower()]
        modifier = group.get("wmod") or group.get("wpost")
        direction = names.modifiers.get(modifier.lower(), 0) if modifier else 0
        if modifier and modifier.lower() in names.recents:  # "afgelopen maandag": the latest
            return (anchor - timedelta(days=(anchor.weekday() - weekday) % 7 or 7)).isoformat()
        if direction > 0:  # "volgende dinsdag", "next Tuesday": after the document date
            return (anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)).isoformat()
        if direction < 0:  # "vorige dinsdag", "last Tuesday": that day of the week before
            return (anchor - timedelta(days=anchor.weekday() + 7 - weekday)).isoformat()
        if forward:  # "will meet on Tuesday": the coming Tuesday (today's when it is Tuesday)
            return (anchor + timedelta(days=(weekday - anchor.weekday()) % 7)).isoformat()
        return (anchor - timedelta(days=(anchor.weekday() - weekday) % 7)).isoformat()
    if group.get("monthonly"):
        month = names.months[group["monthonly"].lower()]
        year = _nearest_year(anchor, month, forward, 1)
        return f"{year:04d}-{month:02d}" if year else None
    return None


def _counted_from(match: re.Match[str], names: _Names, told: str | None) -> str | None:
    """The time "three years later", "a week earlier" or "the following day" names, counted from
    the time told before it (``told``, ISO): as precise as both allow ("2011" and three years
    later is "2014"; three days after "2011" is no date)."""
    if told is None:
        return None
    if match.group("sequel"):
        count = names.sequels[match.group("sequel").lower()]
        unit = names.sequel_units.get(match.group("sequel").lower(), 1)
    else:
        number = match.group("anum").lower()
        count = int(number) if number.isdigit() else names.numbers[number]
        count *= names.laters[match.group("alater").lower()]
        unit = names.units[match.group("aunit").lower()]
    if unit >= 365:
        return f"{int(told[:4]) + count * (unit // 365):04d}"
    if unit >= 28:
        if len(told) < 7:
            return None
        index = int(told[:4]) * 12 + int(told[5:7]) - 1 + count * (unit // 28)
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if len(told) < 10:
        return None
    return (date.fromisoformat(told) + timedelta(days=count * unit)).isoformat()


def _period(kind: str, value: int, anchor: date) -> str:
    """A month, year or weekend ``value`` units from ``anchor`` ("vorig jaar", "this weekend").

    A weekend is dated by its Saturday: "this weekend" is the one under way or just past on a
    Saturday, Sunday or Monday, else the coming one; "komend"/"next" is the first one after the
    anchor, "afgelopen"/"last" the last one before the anchor's own."""
    if kind == "year":
        return f"{anchor.year + value:04d}"
    if kind == "month":
        index = anchor.year * 12 + anchor.month - 1 + value
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    weekday = anchor.weekday()
    if value > 0:
        saturday = anchor + timedelta(days=(5 - weekday) % 7 or 7) + timedelta(days=7 * (value - 1))
    elif value < 0:
        back = (weekday - 5) % 7 + (7 if weekday >= 5 else 0)
        saturday = anchor - timedelta(days=back) + timedelta(days=7 * (value + 1))
    elif weekday >= 5 or weekday == 0:
        saturday = anchor - timedelta(days=(weekday - 5) % 7)
    else:
        saturday = anchor + timedelta(days=5 - weekday)
    return saturday.isoformat()


def relative_days(times: Mapping[str, Any]) -> dict[str, int]:
    """Day offsets of a lexicon's relative expressions ("gisteren" -1, "vorige week" -7)."""
    unit = {"day": 1, "week": 7}
    return {expr: t.value * unit[t.kind] for expr, t in times.items() if t.kind in unit}


#: How many days after the document date a day named without its year may lie and still be read
#: as the coming one: "on 2 August" in an article of 28 July is next week's, not last year's.
#: Six weeks: a past act told by a day some months ahead ("closed the border on 4 March" in a
#: December article) is last March's; a future one is read forward by its clause anyway.
AHEAD_DAYS = 45


def _nearest_year(
    anchor: date | None, month: int, forward: bool = False, day: int | None = None
) -> int | None:
    """The year of the latest ``month`` up to the anchor's month, or with ``forward`` of the
    first one from it on. A ``day`` of that month that lies less than ``AHEAD_DAYS`` after the
    anchor is the coming one whatever the tense: news names a day of the past year with its
    year, so "op 2 augustus" told on 28 July is a date ahead (a day earlier in the anchor's own
    month was always this year's). A month alone is asked by its first day: "for parts of
    September and October" told on 29 August are this autumn's."""
    if anchor is None:
        return None
    ahead = anchor.year if month >= anchor.month else anchor.year + 1
    if forward:
        return ahead
    if day is not None:
        try:
            coming = date(ahead, month, day)
        except ValueError:
            coming = None
        if coming is not None and 0 < (coming - anchor).days <= AHEAD_DAYS:
            return ahead
    return anchor.year if month <= anchor.month else anchor.year - 1
