"""Time expressions in news text, normalised against the article's own publication date.

News writes time relative to the day it is published: "Bloomberg reported Thursday" in
a Thursday article means that very Thursday, "on Wednesday ramped up pressure" means the
Wednesday before, "will meet on Monday" the Monday after. General-purpose parsers
(dateparser) resolve weekdays without looking at tense or the publication weekday, miss
"late on Thursday night", and turn durations into dates; so finding and resolving is done
here with compiled patterns, one rule per kind of expression.

Values are ISO strings: "2025-04-24" (day), "2025-04" (month), "2025" (year),
"2025-W17" (week), or "START/END" for a range of days (precision "range").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, partial

from newsdesk.model import TimeExpression

Tense = str | None  # "past" | "future" | None (no cue)


@dataclass(frozen=True, slots=True)
class Resolution:
    """What an expression means: an ISO value, its precision and how it was derived."""

    value: str | None
    precision: str
    how: str
    confidence: float


class _Context:
    """What a resolver may consult: the publication date and, computed only if asked,
    the tense of the clause around the expression (most expressions never need it)."""

    def __init__(self, published: date | None, tense: Callable[[], Tense]) -> None:
        self.published = published
        self._tense = tense

    @cached_property
    def tense(self) -> Tense:
        return self._tense()


_Resolver = Callable[[re.Match[str], _Context], Resolution | None]

_NEEDS_DATE = Resolution(None, "unknown", "relative expression and no publication date", 0.5)

# --- vocabulary -----------------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A weekday's name in full; and as pages also write it in their date lines, short or full
# ("Thu", "Thurs.", "Thursday").
WEEKDAY_NAME = rf"(?:{'|'.join(WEEKDAYS)})"
WEEKDAY_WRITTEN = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# Prepositions that make a time a bound, not when something happened: "its borders before
# 2014", "after 2020". ("since", "until", "from" date a beginning or an end: TimeML's BEGINS
# and ENDS, which a timeline may show.)
BOUND_PREPOSITIONS = frozenset({"before", "after"})
# A month's written name, whole or shortened ("September", "Sept.", "Sep"): the one spelling
# the cleaner's date patterns and the resolver share. Lower case, as the resolver reads
# lower-cased text; other callers match it case-insensitively.
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
MONTH_NUMBERS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_NUMBERS |= {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
MONTH_NUMBERS |= {"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}


def month_number(word: str) -> int:
    """1-12 for a month's name as MONTH matches it: "March", "mar", "Sept." (KeyError if none)."""
    return MONTH_NUMBERS[word.lower().rstrip(".")]


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_NUMBER_WORDS |= {"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
_NUMBER_WORDS |= {"twelve": 12, "a couple of": 2}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
_ORDINALS |= {"4th": 4}
# Northern-hemisphere seasons as (first month, length in months).
_SEASONS = {"spring": (3, 3), "summer": (6, 3), "fall": (9, 3), "autumn": (9, 3)}
_SEASONS |= {"winter": (12, 3)}

_WD = rf"(?P<wd>{WEEKDAY_NAME})"
_MON = rf"(?P<month>{MONTH})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_EDGE = r"(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
_COUNT = (
    r"(?P<num>\d{1,3}|a\s+couple\s+of|a\s+few|several|an?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)"
)

# --- calendar helpers -------------------------------------------------------------------


def _day(d: date) -> str:
    return d.isoformat()


def _span(first: date, last: date) -> str:
    return f"{first.isoformat()}/{last.isoformat()}"


def _iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _month_shift(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _quarter_span(year: int, quarter: int) -> str:
    first_month = 3 * quarter - 2
    return _span(date(year, first_month, 1), _month_end(year, first_month + 2))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _count(word: str) -> int | None:
    """A small number written as digits or words; None for vague counts ("a few")."""
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


# --- weekdays ---------------------------------------------------------------------------


def _resolve_weekday(m: re.Match[str], ctx: _Context) -> Resolution | None:
    if ctx.published is None:
        return _NEEDS_DATE
    named = WEEKDAYS.index(m["wd"].lower())
    relation = " ".join((m["rel"] or "").lower().split())
    back = (ctx.published.weekday() - named) % 7
    ahead = (named - ctx.published.weekday()) % 7
    if relation in ("last", "past", "this past"):
        return _weekday_result(ctx.published, -(back or 7), f"last {m['wd']}", 0.85)
    if relation in ("next", "coming", "this coming"):
        return _weekday_result(ctx.published, ahead or 7, f"next {m['wd']}", 0.85)
    if back == 0:
        return _weekday_result(ctx.published, 0, "weekday of publication: that same day", 0.8)
    if ctx.tense == "future" or (relation == "this" and ctx.tense != "past"):
        return _weekday_result(ctx.published, ahead, "weekday, next one (future cue)", 0.75)
    why = "past cue" if ctx.tense == "past" else "no future cue"
    return _weekday_result(ctx.published, -back, f"weekday, most recent one ({why})", 0.75)


def _weekday_result(published: date, days: int, how: str, confidence: float) -> Resolution:
    return Resolution(_day(published + timedelta(days=days)), "day", how, confidence)


# --- deictic days: yesterday, today, tonight, last night ----------------------------------

_DEICTIC_OFFSETS = {
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
}


def _resolve_deictic(m: re.Match[str], ctx: _Context) -> Resolution | None:
    if ctx.published is None:
        return _NEEDS_DATE
    word = " ".join(m["word"].lower().split())
    day = ctx.published + timedelta(days=_DEICTIC_OFFSETS[word])
    return Resolution(_day(day), "day", f'"{word}" from the publication date', 0.9)


# --- this / last / next week, month, year, quarter, weekend ------------------------------


def _resolve_period(m: re.Match[str], ctx: _Context) -> Resolution | None:
    if ctx.published is None:
        return _NEEDS_DATE
    relation = " ".join(m["rel"].lower().split()).removeprefix("the ")
    relation = _PERIOD_RELATIONS.get(relation, relation)
    modifier = (m["mod"] or "").lower()
    unit = m["unit"].lower()
    if relation == "the" and unit in ("week", "month"):
        return None  # "the week", "the month": too often a duration or another anchor
    return _PERIOD_RESOLVERS[unit](ctx.published, relation, modifier, ctx.tense)


_PERIOD_RELATIONS = {"past": "last", "this past": "last", "previous": "last"}
_PERIOD_RELATIONS |= {"coming": "next", "current": "this", "most recent": "latest"}


def _week(published: date, relation: str, modifier: str, tense: Tense) -> Resolution:
    monday = _monday(published) + timedelta(weeks={"last": -1, "next": 1}.get(relation, 0))
    sunday = monday + timedelta(days=6)
    if relation == "this" and modifier == "earlier":
        first_day, last_day = monday, max(monday, published - timedelta(days=1))
        return Resolution(_span(first_day, last_day), "range", "earlier this week", 0.8)
    if relation == "this" and modifier == "later":
        first_day, last_day = min(sunday, published + timedelta(days=1)), sunday
        return Resolution(_span(first_day, last_day), "range", "later this week", 0.8)
    if relation == "this":
        return Resolution(_iso_week(published), "week", "the week of publication", 0.85)
    return Resolution(_span(monday, sunday), "range", f"{relation} week (Monday to Sunday)", 0.85)


def _weekend(published: date, relation: str, modifier: str, tense: Tense) -> Resolution:
    saturday = _monday(published) + timedelta(days=5)
    early_in_week = published.weekday() < 3  # "the weekend" on a Tuesday is the one just gone
    looks_back = relation == "last" or (relation == "the" and (early_in_week or tense != "future"))
    if published.weekday() < 5 and looks_back:
        saturday -= timedelta(weeks=1)
    elif relation == "next" and published.weekday() >= 5:
        saturday += timedelta(weeks=1)
    sunday = saturday + timedelta(days=1)
    return Resolution(_span(saturday, sunday), "range", f"{relation} weekend", 0.7)


def _month(published: date, relation: str, modifier: str, tense: Tense) -> Resolution:
    shift = {"last": -1, "next": 1}.get(relation, 0)
    year, month = _month_shift(published.year, published.month, shift)
    if relation == "this" and modifier == "earlier" and published.day > 1:
        first_day = date(year, month, 1)
        last_day = published - timedelta(days=1)
        return Resolution(_span(first_day, last_day), "range", "earlier this month", 0.8)
    if relation == "this" and modifier == "later":
        last_day = _month_end(year, month)
        first_day = min(last_day, published + timedelta(days=1))
        return Resolution(_span(first_day, last_day), "range", "later this month", 0.8)
    return Resolution(f"{year}-{month:02d}", "month", f"{relation} month", 0.85)


def _year(published: date, relation: str, modifier: str, tense: Tense) -> Resolution:
    year = published.year + {"last": -1, "next": 1}.get(relation, 0)
    how = f"{modifier} {relation} year".strip()
    return Resolution(str(year), "year", how, 0.4 if relation == "the" else 0.85)


def _quarter(published: date, relation: str, modifier: str, tense: Tense) -> Resolution:
    index = published.year * 4 + (published.month - 1) // 3
    # "the (latest) quarter" in a report is the last one completed, as in "last quarter"
    index += {"last": -1, "latest": -1, "the": -1, "next": 1}.get(relation, 0)
    year, quarter = index // 4, index % 4 + 1
    confidence = 0.5 if relation in ("the", "latest") else 0.8
    how = f"{relation} quarter (Q{quarter})"
    return Resolution(_quarter_span(year, quarter), "range", how, confidence)


_PERIOD_RESOLVERS: dict[str, Callable[[date, str, str, Tense], Resolution]] = {
    "week": _week,
    "weekend": _weekend,
    "month": _month,
    "year": _year,
    "quarter": _quarter,
}


# --- N days / weeks / months / years ago --------------------------------------------------


def _resolve_ago(m: re.Match[str], ctx: _Context) -> Resolution | None:
    if ctx.published is None:
        return _NEEDS_DATE
    unit = m["unit"].lower()
    count = _count(m["num"])
    if count is None:
        return _vague_ago(ctx.published, unit)
    if m["dir"].lower() == "earlier":
        return _earlier(ctx.published, unit, count)
    if unit == "day":
        return Resolution(_day(ctx.published - timedelta(days=count)), "day", "days ago", 0.85)
    if unit == "week":
        week = _iso_week(ctx.published - timedelta(weeks=count))
        return Resolution(week, "week", "weeks ago", 0.7)
    if unit == "month":
        year, month = _month_shift(ctx.published.year, ctx.published.month, -count)
        return Resolution(f"{year}-{month:02d}", "month", "months ago", 0.75)
    years = count * (10 if unit == "decade" else 1)
    return Resolution(str(ctx.published.year - years), "year", f"{unit}s ago", 0.7)


def _earlier(published: date, unit: str, count: int) -> Resolution | None:
    """'A year earlier' counts from a date said before, often publication: say so, weakly."""
    if unit != "year":
        return None
    how = "a year earlier, counted from publication (may count from another date)"
    return Resolution(str(published.year - count), "year", how, 0.4)


def _vague_ago(published: date, unit: str) -> Resolution:
    """'A few days ago': a window, not a day, and said with little confidence."""
    days_per_unit = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}[unit]
    first_day = published - timedelta(days=5 * days_per_unit)
    last_day = published - timedelta(days=2 * days_per_unit)
    return Resolution(_span(first_day, last_day), "range", f"a few {unit}s ago (vague)", 0.4)


def _resolve_recent(m: re.Match[str], ctx: _Context) -> Resolution | None:
    if ctx.published is None:
        return _NEEDS_DATE
    days = {"days": 4, "weeks": 28, "months": 180, "years": 5 * 365}[m["unit"].lower()]
    first_day = ctx.published - timedelta(days=days)
    last_day = ctx.published - timedelta(days=1)
    how = f"recent {m['unit'].lower()}: a vague window before publication"
    return Resolution(_span(first_day, last_day), "range", how, 0.3)


# --- calendar dates -------------------------------------------------------------------------


def _resolve_month_day(m: re.Match[str], ctx: _Context) -> Resolution | None:
    month = month_number(m["month"])
    day = int(m["day"])
    if m["year"]:
        found = _safe_date(int(m["year"]), month, day)
        return Resolution(_day(found), "day", "full date", 0.95) if found else None
    if ctx.published is None:
        return Resolution(None, "unknown", "day and month without a year or publication date", 0.5)
    return _day_of_month_near(ctx.published, month, day, ctx.tense)


def _day_of_month_near(published: date, month: int, day: int, tense: Tense) -> Resolution | None:
    """'On Oct. 23' without a year: the occurrence before or after publication, by tense."""
    candidates = [_safe_date(published.year + k, month, day) for k in (-1, 0, 1)]
    before = [c for c in candidates if c is not None and c <= published]
    after = [c for c in candidates if c is not None and c > published]
    if not before or not after:
        return None
    ahead, back = min(after), max(before)
    if _prefers_ahead((ahead - published).days, (published - back).days, tense):
        return Resolution(_day(ahead), "day", "day and month, next occurrence", 0.8)
    return Resolution(_day(back), "day", "day and month, last occurrence", 0.8)


def _resolve_month(m: re.Match[str], ctx: _Context) -> Resolution | None:
    month = month_number(m["month"])
    edge = " ".join((m["edge"] or "").lower().split())
    if m["year"]:
        return Resolution(
            f"{m['year']}-{month:02d}", "month", f"{edge} month and year".strip(), 0.9
        )
    if ctx.published is None:
        return Resolution(None, "unknown", "month without a year or publication date", 0.5)
    relation = (m["rel"] or "").lower()
    year, how = _year_of_month(month, ctx.published, relation, ctx.tense)
    return Resolution(f"{year}-{month:02d}", "month", f"{edge} {how}".strip(), 0.8)


_TENSE_WEIGHT = 3


def _year_of_month(month: int, published: date, relation: str, tense: Tense) -> tuple[int, str]:
    """Which year a bare month name means ("last May" in April 2025 is May 2024)."""
    ahead = (month - published.month) % 12
    back = (published.month - month) % 12
    if relation == "last":
        back = back or 12
    elif relation == "next":
        ahead = ahead or 12
    elif relation == "this" or month == published.month:
        return published.year, "month in the year of publication"
    looks_ahead = relation == "next" or (relation != "last" and _prefers_ahead(ahead, back, tense))
    if looks_ahead:
        return _month_shift(published.year, published.month, ahead)[0], "month, next one"
    return _month_shift(published.year, published.month, -back)[0], "month, last one"


def _prefers_ahead(ahead: int, back: int, tense: Tense) -> bool:
    """The nearer occurrence, unless the tense points the other way and that one is not far.

    Tense cues found by patterns are noisy (participles look past), so they only overrule
    distance when the other occurrence is within three times the distance.
    """
    if tense == "future":
        return ahead < _TENSE_WEIGHT * back
    if tense == "past":
        return _TENSE_WEIGHT * ahead < back
    return ahead < back


def _resolve_iso(m: re.Match[str], ctx: _Context) -> Resolution | None:
    found = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    return Resolution(_day(found), "day", "ISO date", 0.95) if found else None


def _resolve_year(m: re.Match[str], ctx: _Context) -> Resolution | None:
    year = int(m["year"])
    if m["decade"]:
        if year % 10:
            return None
        return Resolution(_span(date(year, 1, 1), date(year + 9, 12, 31)), "range", "decade", 0.8)
    how = "year" if not m["pre"] else f"{m['pre'].lower()} year"
    return Resolution(str(year), "year", how, 0.9)


def _resolve_quarter(m: re.Match[str], ctx: _Context) -> Resolution | None:
    ordinal = m.groupdict().get("ord")
    quarter = _ORDINALS[ordinal.lower()] if ordinal else int(m["qnum"])
    if m["year"]:
        return Resolution(_quarter_span(int(m["year"]), quarter), "range", "quarter of year", 0.9)
    if ctx.published is None:
        return Resolution(None, "unknown", "quarter without a year or publication date", 0.5)
    current = (ctx.published.month - 1) // 3 + 1
    year = ctx.published.year
    looks_ahead = ctx.tense == "future"
    if looks_ahead and quarter < current:
        year += 1
    elif not looks_ahead and quarter > current:
        year -= 1
    return Resolution(_quarter_span(year, quarter), "range", "quarter, nearest in tense", 0.75)


def _resolve_season(m: re.Match[str], ctx: _Context) -> Resolution | None:
    first_month, length = _SEASONS[m["season"].lower()]
    if m["year"]:
        year = int(m["year"])
    elif ctx.published is None:
        return Resolution(None, "unknown", "season without a year or publication date", 0.5)
    else:
        year = _season_year(first_month, ctx.published, (m["rel"] or "").lower(), ctx.tense)
    end_year, end_month = _month_shift(year, first_month, length - 1)
    value = _span(date(year, first_month, 1), _month_end(end_year, end_month))
    return Resolution(value, "range", f"{m['season'].lower()} (northern hemisphere)", 0.6)


def _season_year(first_month: int, published: date, relation: str, tense: Tense) -> int:
    """The year the meant season starts in ("last summer" in April 2025 is summer 2024)."""
    latest = published.year if published.month >= first_month else published.year - 1
    in_progress = _month_shift(latest, first_month, 3) > (published.year, published.month)
    if relation == "next":
        return latest + 1
    if relation == "last":
        return latest - 1 if in_progress else latest
    if in_progress or (tense == "past" and relation != "this"):
        return latest
    return latest + 1 if tense == "future" or relation == "this" else latest


# --- the patterns ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: _Resolver


def _rule(name: str, pattern: str, resolve: _Resolver) -> _Rule:
    # Rules run on lower-cased text: case-insensitive patterns are several times slower.
    return _Rule(name, re.compile(pattern), resolve)


_RULES = (
    _rule("iso", r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b", _resolve_iso),
    _rule(
        "month_day",
        rf"\b(?:{_WD},?\s+)?{_MON}\s+{_DAY}(?!\s*(?:%|percent|per\s+cent|\d))(?:,?\s+{_YEAR})?\b",
        _resolve_month_day,
    ),
    _rule(
        "day_month",
        rf"\b(?:{_WD},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR}\b)?",
        _resolve_month_day,
    ),
    _rule(
        "month",
        rf"\b(?:(?P<edge>{_EDGE})[\s-]+)?(?:(?P<rel>last|next|this)\s+)?{_MON}"
        rf"(?:,?\s+(?:of\s+)?{_YEAR}\b)?",
        _resolve_month,
    ),
    _rule(
        "weekday",
        rf"\b(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?"
        rf"(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past)\s+)?{_WD}\b{_PART}",
        _resolve_weekday,
    ),
    _rule(
        "deictic",
        r"\b(?:(?:early|late)\s+)?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+"
        r"tomorrow|yesterday|today|tomorrow|tonight|last\s+night|this\s+morning|"
        r"this\s+afternoon|this\s+evening)\b" + _PART,
        _resolve_deictic,
    ),
    _rule(
        "period",
        r"\b(?:(?P<mod>earlier|later|early|late)\s+)?(?P<rel>this\s+past|this|last|next|the\s+"
        r"current|the\s+coming|the\s+previous|the\s+latest|the\s+most\s+recent|the|"
        r"latest|most\s+recent)\s+(?P<unit>week|weekend|month|year|quarter)\b"
        r"(?!\s+(?:ago|earlier|before))",
        _resolve_period,
    ),
    _rule(
        "ago",
        rf"\b{_COUNT}\s+(?P<unit>day|week|month|year|decade)s?\s+(?P<dir>ago|earlier)\b",
        _resolve_ago,
    ),
    _rule(
        "recent",
        r"\b(?:recent|the\s+(?:past|last)\s+(?:few|several|couple\s+of))\s+"
        r"(?P<unit>days|weeks|months|years)\b",
        _resolve_recent,
    ),
    _rule(
        "year",
        r"(?<![\w$£€#.,/:-])(?:(?P<pre>fiscal|calendar|mid|early|late)[\s-]+)?"
        r"(?P<year>1[89]\d\d|20\d\d)(?P<decade>'?s)?(?![\w%'’]|[.,:/-]\d|-[a-z]|\s*(?:percent|per\s+cent))",
        _resolve_year,
    ),
    _rule(
        "quarter",
        rf"\b(?:(?:the|its|their)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
        rf"[\s-]+(?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?{_YEAR})?\b",
        _resolve_quarter,
    ),
    _rule("quarter_code", rf"\bq(?P<qnum>[1-4])\s+{_YEAR}\b", _resolve_quarter),
    _rule(
        "season",
        rf"\b(?:(?P<rel>last|next|this|early|late)\s+)?(?P<season>spring|summer|fall|autumn|winter)"
        rf"\b(?:\s+(?:of\s+)?{_YEAR}\b)?",
        _resolve_season,
    ),
)
_SEASON_CONTEXT_BEFORE = re.compile(r"\b(?:the|this|last|next)\s+$", re.IGNORECASE)
_RULES_BY_NAME = {rule.name: rule for rule in _RULES}
_MONTH_NEEDS_CONTEXT = {"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "dec"}
_MONTH_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|on|since|until|till|by|from|through|during|of|early|late|mid|last|next|this|"
    r"between|and|or|to|before|after)\W*$",
    re.IGNORECASE,
)


# --- tense of the clause around an expression -------------------------------------------

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_FUTURE_WORDS = frozenset({"will", "won't", "shall", "upcoming", "until", "till"})
_FUTURE_BEFORE_TO = frozenset(
    {"going", "expected", "scheduled", "set", "slated", "poised", "planning", "planned"}
    | {"plan", "plans", "intend", "intends", "hope", "hopes", "aim", "aims"}
)
_FORMS_OF_BE = frozenset({"is", "are", "was", "were", "be"})
_PAST_WORDS = frozenset(
    {"said", "told", "reported", "announced", "was", "were", "had", "did", "came", "went"}
    | {"met", "held", "took", "made", "began", "spoke", "wrote", "ago", "saw", "gave"}
)
# words ending in -ed that are not past-tense verbs (or say nothing about the past)
_NOT_PAST = frozenset(
    {"expected", "scheduled", "planned", "based", "united", "related", "proposed", "limited"}
    | {"need", "speed", "feed", "seed", "hundred", "indeed", "proceed", "exceed", "succeed"}
)
# "by Jan. 14", "payable Dec. 15": a deadline or schedule, whatever the main verb's tense
_DEADLINE_BEFORE = re.compile(
    r"\b(?:(?:by|until|till|through|payable|effective|due)\s+(?:the\s+end\s+of\s+|(?:early|mid|late)[\s-])?"
    r"|as\s+(?:early|soon)\s+as\s+(?:the\s+)?)$",  # "could take place as early as the weekend"
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n")
_CLAUSE_REACH = 160


def tense_hint_for(text: str, start: int, end: int) -> Tense:
    """'past', 'future' or None: the cue nearest to text[start:end] in its sentence wins."""
    if _DEADLINE_BEFORE.search(text, max(0, start - 20), start):
        return "future"
    first, last = _sentence_bounds(text, start, end)
    if text[end : end + 2] in ("'s", "’s"):
        first = end  # "Monday's meeting will ...": the noun it qualifies carries the tense
    nearest: tuple[int, Tense] = (len(text), None)
    for position, tense in _tense_cues(text, first, last):
        if start <= position < end:
            continue
        gap = start - position if position < start else position - end
        if gap < nearest[0]:
            nearest = (gap, tense)
    return nearest[1]


def _tense_cues(text: str, first: int, last: int) -> list[tuple[int, Tense]]:
    cues: list[tuple[int, Tense]] = []
    previous = ""
    for m in _WORD.finditer(text, first, last):
        word = m.group().lower()
        tense = _tense_of_word(word, previous)
        if tense is not None:
            cues.append((m.start(), tense))
        previous = word
    return cues


def _tense_of_word(word: str, previous: str) -> Tense:
    if word in _FUTURE_WORDS or word.endswith("'ll"):
        return "future"
    if (word == "to" and previous in _FUTURE_BEFORE_TO) or (
        word == "due" and previous in _FORMS_OF_BE
    ):
        return "future"
    if word in _PAST_WORDS or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST):
        # "will be held", "is to be signed": a participle after a bare "be" is not the past
        return None if previous == "be" else "past"
    return None


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    window_start = max(0, start - _CLAUSE_REACH)
    first = window_start
    for m in _SENTENCE_END.finditer(text, window_start, start):
        first = m.end()
    after = _SENTENCE_END.search(text, end, min(len(text), end + _CLAUSE_REACH))
    return first, (after.start() if after else min(len(text), end + _CLAUSE_REACH))


# --- finding ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: _Rule
    match: re.Match[str]


# Every rule's match contains one of these trigger words; each rule runs only in a short
# window around the triggers that can start it, which keeps long articles fast.
_TRIGGER = re.compile(
    r"(?<![a-z0-9])(?:(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"(?P<deictic>yesterday|today|tomorrow|tonight|night|morning|afternoon|evening)|"
    r"(?P<period>week|month|year|quarter|ago|earlier|days)|"
    r"(?P<season>spring|summer|fall|autumn|winter)|"
    r"(?P<number>q[1-4]|1[6-9]\d\d|20\d\d))"
)
_RULES_BY_TRIGGER = {
    "weekday": ("month_day", "day_month", "weekday"),
    "month": ("month_day", "day_month", "month"),
    "deictic": ("deictic",),
    "period": ("period", "ago", "recent", "quarter"),
    "season": ("season",),
    "number": ("iso", "month_day", "day_month", "month", "year", "quarter", "quarter_code"),
}
_WINDOW_REACH = 50


def _triggered_windows(lowered: str) -> Iterator[tuple[str, int, int]]:
    """(rule name, window start, window end) for every trigger word in the text."""
    for m in _TRIGGER.finditer(lowered):
        first = max(0, m.start() - _WINDOW_REACH)
        last = min(len(lowered), m.end() + _WINDOW_REACH)
        for name in _RULES_BY_TRIGGER[m.lastgroup or ""]:
            yield name, first, last


def _lowered(text: str) -> str:
    """`text` in lower case with every offset kept (a few letters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _candidates(text: str, strict: bool = True) -> list[_Candidate]:
    """Rule matches; `strict` rejects look-alikes, which a span known to be a date is not."""
    found: dict[tuple[str, int, int], _Candidate] = {}
    lowered = _lowered(text)
    for name, first, last in _triggered_windows(lowered):
        rule = _RULES_BY_NAME[name]
        for m in rule.pattern.finditer(lowered, first, last):
            key = (name, m.start(), m.end())
            if key not in found and (not strict or _plausible(rule, m, text)):
                found[key] = _Candidate(m.start(), m.end(), rule, m)
    return list(found.values())


def _plausible(rule: _Rule, m: re.Match[str], text: str) -> bool:
    """Reject look-alikes: lower-case month words ("may", "march"), bare ambiguous months,
    the verbs "fall" and "spring" ("prices fall") where a season needs "in the fall", and a
    weekday that is part of a day's name ("Super Tuesday", "Good Friday")."""
    if rule.name == "season":
        return _plausible_season(m, text)
    if rule.name == "weekday":
        return not _NAMED_DAY.search(text, max(0, m.start() - 16), m.start())
    if "month" not in rule.pattern.groupindex or m["month"] is None:
        return True
    word = m["month"]
    if word[0].isalpha() and not text[m.start("month")].isupper():
        return False
    if rule.name != "month" or m["year"] or m["rel"] or m["edge"]:
        return True
    if word.lower().rstrip(".") not in _MONTH_NEEDS_CONTEXT:
        return True
    return bool(_MONTH_CONTEXT_BEFORE.search(text, max(0, m.start() - 12), m.start()))


# The first word of a named day whose date is not the nearest such weekday: primaries, holy
# days, shopping days, days named for a crash or a massacre ("Black Monday in 1987").
_NAMED_DAY = re.compile(
    r"\b(?:Super|Black|Good|Holy|Maundy|Easter|Palm|Ash|Shrove|Fat|Cyber|Giving|Bloody)\s+$"
)


def _plausible_season(m: re.Match[str], text: str) -> bool:
    if m["rel"] or m["year"] or m["season"] not in ("fall", "spring"):
        return True
    return bool(_SEASON_CONTEXT_BEFORE.search(text, max(0, m.start() - 12), m.start()))


def _without_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest match wins; ties go to the rule listed first."""
    order = {rule.name: i for i, rule in enumerate(_RULES)}
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, order[c.rule.name], c.start))
    taken: list[_Candidate] = []
    for candidate in ranked:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def find_time_expressions(text: str, published: date | None) -> list[TimeExpression]:
    """Every time expression in `text`, resolved against the publication date.

    Without a publication date absolute dates still resolve; relative ones get
    value None and precision "unknown".
    """
    found = []
    for candidate in _without_overlaps(_candidates(text)):
        tense = partial(tense_hint_for, text, candidate.start, candidate.end)
        resolution = candidate.rule.resolve(candidate.match, _Context(published, tense))
        if resolution is None:
            continue
        found.append(_expression(text, candidate, resolution))
    return found


def _expression(text: str, candidate: _Candidate, resolution: Resolution) -> TimeExpression:
    return TimeExpression(
        start=candidate.start,
        end=candidate.end,
        text=text[candidate.start : candidate.end],
        value=resolution.value,
        precision=resolution.precision,
        confidence=resolution.confidence,
        how=resolution.how,
    )


def resolve_expression(
    expr: str, published: date | None, tense_hint: Tense = None
) -> tuple[str | None, str, str] | None:
    """(value, precision, how) for one expression, or None when it is not a date.

    The longest expression found inside `expr` is the one resolved; `tense_hint`
    ("past" / "future") stands in for the sentence the expression came from.
    """
    candidates = _without_overlaps(_candidates(expr, strict=False))
    if not candidates:
        return None
    best = max(candidates, key=lambda c: c.end - c.start)
    resolution = best.rule.resolve(best.match, _Context(published, lambda: tense_hint))
    if resolution is None:
        return None
    return resolution.value, resolution.precision, resolution.how


_LEAD = re.compile(r"[^.!?\n]+[.!?]?")
LEAD_SENTENCES = 2  # where news says what happened and when


def lead_day(text: str, published: date | None) -> str | None:
    """The day the happening an article's lead reports took place ("agreed on Friday to ..."):
    the first day-precise expression of its first sentences that is not after its date."""
    if published is None:
        return None
    sentences = [m for m in _LEAD.finditer(text) if m.group().strip()][:LEAD_SENTENCES]
    if not sentences:
        return None
    lead = text[: sentences[-1].end()]
    for expression in find_time_expressions(lead, published):
        if (
            expression.precision == "day"
            and expression.value
            and expression.value <= str(published)
        ):
            return expression.value
    return None
