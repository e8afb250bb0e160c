"""Publication dates for undated articles, inferred from the text and the other articles of
their event (a corpus step: it needs the siblings' dates).

`infer_publication_date` dates an article that came without a date, from the strongest
evidence available: a dateline, a full date stated as today, the same happening dated by a
sibling article, a lower bound from the dates the text reports as past, and last the
siblings' own dates. It returns None rather than guess.

Moved unchanged from `extract/dating.py`, which keeps the per-article event dates.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from newsdesk.model import DateInference, TimeExpression
from newsdesk.timex import (
    MONTH,
    WEEKDAY_NAME,
    WEEKDAYS,
    find_time_expressions,
    month_number,
    resolve_expression,
    tense_hint_for,
)

# --- publication dates for undated articles ------------------------------------------------


class Dated(Protocol):
    """Anything with a publication date a yearless date can be placed near."""

    @property
    def published(self) -> str: ...


@dataclass(frozen=True, slots=True)
class DatedSibling:
    """An article of the same event whose publication date is known."""

    article_id: str
    published: str  # ISO date YYYY-MM-DD
    text: str
    times: tuple[TimeExpression, ...]  # resolved against `published`


_MONTHS = rf"(?P<month>{MONTH})"
_YEAR_PART = r"(?P<year>(?:19|20)\d\d)"
_DATELINE_DATE = (
    rf"(?:{_MONTHS}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+{_YEAR_PART})?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTHS.replace('month', 'month2')}"
    rf"(?:,?\s+{_YEAR_PART.replace('year', 'year2')})?"
    rf"|(?P<nday>[0-3]?\d)\.\s?(?P<nmonth>[01]?\d)\.\s?(?P<nyear>(?:19|20)\d\d)"
    rf"|(?P<iyear>(?:19|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d))"
)
# "KYIV, April 25, 2025 (Reuters) -", "Moscow, 25.4.2025 -", "WASHINGTON (AP) April 25, 2025 —"
_DATELINE = re.compile(
    rf"^[^\S\n]*(?:(?-i:[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,3}}(?:,\s*[A-Z][\w.'’ -]{{1,20}})?)"
    rf"(?:\s*\([^)\n]{{1,30}}\))?\s*[,:–—-]?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"{_DATELINE_DATE}\s*(?:\([^)\n]{{1,30}}\)\s*)?(?:[-–—_:/|]|\n)",
    re.IGNORECASE | re.MULTILINE,
)
# "Published: April 25, 2025", "Updated on 25 April 2025"
_STAMP = re.compile(
    rf"^[^\S\n]*(?:published|posted|updated|last\s+updated|date)(?:\s+on)?\s*:?\s*"
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?{_DATELINE_DATE}",
    re.IGNORECASE | re.MULTILINE,
)
_DATELINE_REACH = 400  # a dateline or date stamp opens the article
_TODAY_WORD = r"(?:today|tonight|this\s+morning|this\s+afternoon|this\s+evening)"
_JOIN = r"[\s,()\[\]–—-]*(?:(?:is|was)\s+)?[\s,()\[\]–—-]*"
# only punctuation (or "is") between the date and "today"
_TODAY_BEFORE = re.compile(rf"\b{_TODAY_WORD}{_JOIN}$", re.IGNORECASE)
_TODAY_AFTER = re.compile(rf"{_JOIN}{_TODAY_WORD}\b", re.IGNORECASE)
_TODAY_REACH = 12
_MIN_AGREEMENT = 0.6
_SIBLING_WINDOW = 10  # days around the sibling's date a relative expression is tried at
_MIN_SHARED_WORDS = 4
_MIN_OVERLAP = 0.3  # Jaccard of the two sentences' content words
_STOPWORD_TEXT = (
    "a an the and or but of to in on at for by with from as is are was were be been has have had "
    "it its this that these those he she they his her their we our you i not no will would could "
    "should said says say told also after before over about into than then there which who what "
    "when where while more most some any all one two new other"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_TIME_WORDS = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|yesterday|today|tomorrow|tonight|"
    r"night|morning|afternoon|evening|week|weekend|month|year|ago|last|next|earlier|later|"
    r"early|late)$"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def infer_publication_date(
    article_id: str,
    text: str,
    siblings: Sequence[DatedSibling] = (),
    *,
    lines: Sequence[str] = (),
    around: date | None = None,
) -> DateInference | None:
    """The publication date of an undated article, with its evidence, or None when unsure.

    `lines` are the datelines and date stamps the cleaning took out of the text (they are read
    first); `around` is a day near which a date written without its year is placed when there
    are no siblings (the dates of the other articles of the store, when they agree).
    A guess from the siblings' dates alone comes with a confidence under 0.5: callers show it
    but never use it as the article's date.
    """
    times = find_time_expressions(text, None)
    years: list[Dated] = list(siblings) or ([_Anchor(around)] if around else [])
    head = "\n".join((*lines, text[:_DATELINE_REACH]))
    found = _from_dateline(article_id, head, times, years) or _from_today(
        article_id, text, times, years
    )
    if found is not None:
        return found
    return _from_siblings(article_id, text, times, siblings) or _from_bound_or_corpus(
        article_id, text, times, siblings
    )


@dataclass(frozen=True, slots=True)
class _Anchor:
    """A day to place a yearless date near, standing in for the siblings' dates."""

    day: date

    @property
    def published(self) -> str:
        return self.day.isoformat()


def _from_dateline(
    article_id: str, text: str, times: Sequence[TimeExpression], siblings: Sequence[Dated]
) -> DateInference | None:
    head = text[:_DATELINE_REACH]
    for pattern, what in ((_DATELINE, "dateline"), (_STAMP, "date stamp")):
        m = pattern.search(head)
        if m is None:
            continue
        found = _dateline_day(m, siblings)
        if found is not None:
            day, year_how = found
            line = " ".join(m.group().split())
            evidence = (f"{what}: '{line}'",) + ((year_how,) if year_how else ())
            confidence = 0.95 if not year_how else 0.6
            return DateInference(article_id, day.isoformat(), "dateline", confidence, evidence)
    return None


def _dateline_day(m: re.Match[str], siblings: Sequence[Dated]) -> tuple[date, str | None] | None:
    """The dateline's day; a dateline without a year takes it from siblings or the text."""
    groups = m.groupdict()
    if groups["nday"]:
        return _checked(int(groups["nyear"]), int(groups["nmonth"]), int(groups["nday"]), None)
    if groups["iyear"]:
        return _checked(int(groups["iyear"]), int(groups["imonth"]), int(groups["iday"]), None)
    month_word = groups["month"] or groups["month2"]
    day = int(groups["day"] or groups["day2"])
    month = month_number(month_word)
    year_text = groups["year"] or groups["year2"]
    if year_text:
        return _checked(int(year_text), month, day, None)
    return _year_for(month, day, siblings)


def _checked(year: int, month: int, day: int, how: str | None) -> tuple[date, str | None] | None:
    try:
        return date(year, month, day), how
    except ValueError:
        return None


def _year_for(month: int, day: int, siblings: Sequence[Dated]) -> tuple[date, str | None] | None:
    """A year for a dateline that gives only day and month, from the siblings' dates.

    Not from the years the text mentions: those are mostly of earlier events (measured on
    TBAQ: both Xinhua datelines dated that way got a year two years early).
    """
    if not siblings:
        return None
    middle = _median_day(siblings)
    options = [_checked(middle.year + k, month, day, None) for k in (-1, 0, 1)]
    best = min((o[0] for o in options if o), key=lambda d: abs((d - middle).days))
    return best, f"year from the dates of the other articles (around {middle.isoformat()})"


def _from_today(
    article_id: str, text: str, times: Sequence[TimeExpression], siblings: Sequence[Dated]
) -> DateInference | None:
    """'Today, April 25, 2025, ...' / 'April 25, 2025 (today)': a full date said to be today.

    'today, Thursday 12 March' (no year) takes the year from the siblings, and only when the
    weekday, if named, falls on that date.
    """
    for expression in times:
        before = text[max(0, expression.start - _TODAY_REACH) : expression.start]
        after = text[expression.end : expression.end + _TODAY_REACH]
        if not (_TODAY_BEFORE.search(before) or _TODAY_AFTER.match(after)):
            continue
        quoted = _quote_around(text, expression)
        if expression.precision == "day" and expression.value is not None:
            return DateInference(
                article_id,
                expression.value,
                "text",
                0.85,
                (f"a full date stated as today: '{quoted}'",),
            )
        found = _yearless_day(expression.text, siblings)
        if found is not None:
            day, year_how = found
            evidence = (f"a date stated as today: '{quoted}'", year_how)
            return DateInference(article_id, day.isoformat(), "text", 0.75, evidence)
    return None


_DAY_MONTH = re.compile(
    rf"^(?:(?P<weekday>{WEEKDAY_NAME}),?\s+)?(?:the\s+)?"
    rf"(?:{_MONTHS}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS.replace('month', 'month2')})$",
    re.IGNORECASE,
)


def _yearless_day(phrase: str, siblings: Sequence[Dated]) -> tuple[date, str] | None:
    m = _DAY_MONTH.match(" ".join(phrase.split()))
    if m is None or not siblings:
        return None
    month = month_number(m["month"] or m["month2"])
    found = _year_for(month, int(m["day"] or m["day2"]), siblings)
    if found is None:
        return None
    day, how = found[0], found[1] or "year from the other articles of the event"
    if m["weekday"] and day.weekday() != WEEKDAYS.index(m["weekday"].lower()):
        return None  # the weekday contradicts the year the siblings suggest
    return day, how


def _quote_around(text: str, expression: TimeExpression) -> str:
    """The sentence holding the expression, on one line (cut short when long)."""
    sentence = " ".join(_sentence_text(text, expression).split())
    return sentence if len(sentence) <= 160 else sentence[:157] + "..."


# --- from siblings that date the same happening --------------------------------------------


@dataclass(frozen=True, slots=True)
class _Match:
    """One relative expression here matched to a sibling's dated expression."""

    days: frozenset[date]  # publication dates under which the expression means that day
    weight: float
    evidence: str


def _from_siblings(
    article_id: str, text: str, times: Sequence[TimeExpression], siblings: Sequence[DatedSibling]
) -> DateInference | None:
    relative = [e for e in times if e.value is None]
    if not relative or not siblings:
        return None
    matches = list(_sibling_matches(text, relative, siblings))
    if not matches:
        return None
    votes: dict[date, float] = defaultdict(float)
    for match in matches:
        for day in match.days:
            votes[day] += match.weight
    best = max(votes.values())
    winners = sorted(d for d, v in votes.items() if v == best)
    if len(winners) != 1:
        return None  # the matches leave several days open: say nothing rather than guess
    (winner,) = winners
    agreeing = [m for m in matches if winner in m.days]
    share = best / sum(m.weight for m in matches)
    if share < _MIN_AGREEMENT:
        return None  # the matches disagree
    confidence = round(0.85 * share, 3)
    evidence = tuple(m.evidence for m in agreeing[:3])
    return DateInference(article_id, winner.isoformat(), "corpus", confidence, evidence)


def _sibling_matches(
    text: str, relative: Sequence[TimeExpression], siblings: Sequence[DatedSibling]
) -> Iterable[_Match]:
    for expression in relative:
        here = _content_words(_sentence_text(text, expression))
        if len(here) < _MIN_SHARED_WORDS:
            continue
        tense = tense_hint_for(text, expression.start, expression.end)
        for sibling in siblings:
            match = _best_sibling_match(expression, here, tense, sibling)
            if match is not None:
                yield match


def _best_sibling_match(
    expression: TimeExpression, here: set[str], tense: str | None, sibling: DatedSibling
) -> _Match | None:
    best: _Match | None = None
    for dated in sibling.times:
        if dated.precision != "day" or dated.value is None or dated.confidence < 0.7:
            continue
        if _same_words(dated.text, expression.text):
            continue  # the same wording: copied text, or each article's own "Thursday"
        there = _content_words(_sentence_text(sibling.text, dated))
        shared = here & there
        overlap = len(shared) / len(here | there)
        if len(shared) < _MIN_SHARED_WORDS or overlap < _MIN_OVERLAP:
            continue
        days = _publication_days(expression.text, tense, date.fromisoformat(dated.value))
        if not days or (best is not None and overlap <= best.weight):
            continue
        evidence = (
            f"'{expression.text}' here and '{dated.text}' ({dated.value}) in {sibling.article_id} "
            f"report the same happening (shared words: {', '.join(sorted(shared)[:6])})"
        )
        best = _Match(frozenset(days), overlap, evidence)
    return best


def _same_words(a: str, b: str) -> bool:
    return a.lower().split() == b.lower().split()


def _publication_days(expression: str, tense: str | None, happened: date) -> list[date]:
    """The publication dates under which `expression` resolves to the day `happened`."""
    days = []
    for offset in range(-_SIBLING_WINDOW, _SIBLING_WINDOW + 1):
        published = happened + timedelta(days=offset)
        resolved = resolve_expression(expression, published, tense)
        if resolved is not None and resolved[1] == "day" and resolved[0] == happened.isoformat():
            days.append(published)
    return days


def _sentence_text(text: str, expression: TimeExpression) -> str:
    start = max(text.rfind(". ", 0, expression.start), text.rfind("\n", 0, expression.start))
    end_candidates = [i for i in (text.find(". ", expression.end), text.find("\n", expression.end))]
    ends = [i for i in end_candidates if i >= 0]
    return text[start + 1 : min(ends) if ends else len(text)]


def _content_words(sentence: str) -> set[str]:
    words = (w.lower().strip("'’-") for w in _WORD.findall(sentence))
    return {w[:6] for w in words if w not in _STOPWORDS and not _TIME_WORDS.match(w) and len(w) > 2}


# --- a lower bound from the text, and the corpus ------------------------------------------


def _from_bound_or_corpus(
    article_id: str, text: str, times: Sequence[TimeExpression], siblings: Sequence[DatedSibling]
) -> DateInference | None:
    bound = _latest_past_full_date(text, times)
    middle = _median_day(siblings) if siblings else None
    bound_day = date.fromisoformat(bound.value) if bound and bound.value else None
    if middle is not None and (bound_day is None or middle >= bound_day):
        evidence: tuple[str, ...] = (
            f"median publication date of {len(siblings)} other article(s) of the event",
        )
        if bound is not None:
            evidence += (f"not before the latest past date the text reports: '{bound.text}'",)
        return DateInference(article_id, middle.isoformat(), "corpus", 0.35, evidence)
    if bound is None or bound.value is None:
        return None
    evidence = (
        f"latest full date the text reports in the past: '{_quote_around(text, bound)}' "
        "(a lower bound)",
    )
    return DateInference(article_id, bound.value, "text", 0.25, evidence)


def _latest_past_full_date(text: str, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The latest explicit day-month-year the text reports in past tense."""
    past = [
        e
        for e in times
        if e.precision == "day"
        and e.value is not None
        and tense_hint_for(text, e.start, e.end) == "past"
    ]
    return max(past, key=lambda e: e.value or "", default=None)


def _median_day(siblings: Sequence[Dated]) -> date:
    ordinals = sorted(date.fromisoformat(s.published).toordinal() for s in siblings)
    return date.fromordinal(int(statistics.median_low(ordinals)))
