"""When things happened: dates for quotes and claims, and publication dates for undated articles.

Two jobs, both pure functions of what the earlier extractors found:

- `date_events` gives each quote and claim the time expression that dates what it reports.
  For a claim that is the expression hanging off the trigger's clause in the parse ("Trump
  on Wednesday ramped up pressure"); for a quote it is when the words were said ("Lavrov
  said on Thursday ..."), so an expression inside the quoted content never counts: it is
  about the content, not the saying. An expression that qualifies some other noun ("Russia's
  2014 occupation of Crimea") dates that noun, not the item, and is left alone.
- `infer_publication_date` dates an article that came without a date, from the strongest
  evidence available: a dateline, a full date stated as today, the same happening dated by a
  sibling article, a lower bound from the dates the text reports as past, and last the
  siblings' own dates. It returns None rather than guess.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from newsdesk.extract.quotes import quoted_spans
from newsdesk.extract.time import find_time_expressions, resolve_expression, tense_hint_for
from newsdesk.model import Annotation, Claim, DateInference, Quote, TimeExpression, Token

# --- dating what an item reports ---------------------------------------------------------

_ATTACHED, _GOVERNING, _SENTENCE = 0, 1, 2  # strength ranks, strongest first
_CLAUSE_POS = frozenset({"VERB", "AUX"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
_AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ADVERBIAL_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod"})
_OCCASION_PREPOSITIONS = frozenset({"at", "in", "during", "on"})
_NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})  # a clause that describes a noun
_MAX_CLIMB = 30  # a guard against cycles in a malformed parse


@dataclass(frozen=True, slots=True)
class EventDate:
    """The expression that dates an item, and how it was chosen (rank 0 is strongest)."""

    expression: TimeExpression
    how: str
    rank: int


class _Parse:
    """Token look-ups over one annotation (tokens in text order, heads as indexes)."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self._starts = [t.start for t in tokens]

    def covering(self, start: int, end: int) -> list[int]:
        """Indexes of the non-space tokens overlapping [start, end)."""
        first = max(0, bisect_right(self._starts, start) - 1)
        found = []
        for i in range(first, len(self.tokens)):
            token = self.tokens[i]
            if token.start >= end:
                break
            if token.end > start and token.pos != "SPACE":
                found.append(i)
        return found

    def root_of(self, indexes: Sequence[int]) -> int | None:
        """The token of a span whose head lies outside it (the span's syntactic root)."""
        inside = set(indexes)
        for i in indexes:
            if self.tokens[i].head not in inside or self.tokens[i].head == i:
                return i
        return indexes[0] if indexes else None

    def ancestors(self, index: int) -> list[int]:
        """Heads from `index` up to the root, `index` excluded."""
        chain, current = [], index
        for _ in range(_MAX_CLIMB):
            head = self.tokens[current].head
            if head == current:
                break
            chain.append(head)
            current = head
        return chain

    def is_clause_head(self, index: int) -> bool:
        token = self.tokens[index]
        if token.dep == "ROOT":
            return True
        return token.pos in _CLAUSE_POS and token.dep not in _AUXILIARY_DEPS

    def clause_of(self, index: int) -> int:
        """The verb heading the clause `index` stands in (itself when it is one)."""
        if self.is_clause_head(index):
            return index
        return next((a for a in self.ancestors(index) if self.is_clause_head(a)), index)

    def word(self, text: str, index: int) -> str:
        return text[self.tokens[index].start : self.tokens[index].end]


def event_date_for(
    text: str,
    annotation: Annotation,
    times: Sequence[TimeExpression],
    anchor: tuple[int, int],
    region: tuple[int, int],
    excluded: Sequence[tuple[int, int]] = (),
) -> EventDate | None:
    """The time expression that dates the word(s) at `anchor` (a trigger, a cue verb).

    Candidates are the valued expressions inside `region` (the sentence) and outside every
    `excluded` span (quoted content). With a parse, an expression attached to the anchor's
    clause wins over one attached to a clause governing it, which wins over the nearest one
    elsewhere in the sentence; an expression that qualifies another noun is not a candidate.
    """
    candidates = [
        e
        for e in times
        if e.value is not None
        and region[0] <= e.start
        and e.end <= region[1]
        and not any(s <= e.start and e.end <= t for s, t in excluded)
    ]
    if not candidates:
        return None
    ranked = _ranked(text, annotation, candidates, anchor) if annotation.tokens else None
    if ranked is None:
        nearest = min(candidates, key=lambda e: _distance(e, anchor))
        return EventDate(nearest, "same sentence, nearest (no parse)", _SENTENCE)
    return min(ranked, key=lambda d: (d.rank, _distance(d.expression, anchor)), default=None)


def _distance(expression: TimeExpression, anchor: tuple[int, int]) -> int:
    if expression.end <= anchor[0]:
        return anchor[0] - expression.end
    return max(0, expression.start - anchor[1])


def _ranked(
    text: str,
    annotation: Annotation,
    candidates: Sequence[TimeExpression],
    anchor: tuple[int, int],
) -> list[EventDate] | None:
    parse = _Parse(annotation.tokens)
    anchor_tokens = parse.covering(*anchor)
    anchor_root = parse.root_of(anchor_tokens)
    if anchor_root is None:
        return None
    anchor_clause = parse.clause_of(anchor_root)
    governing = set(parse.ancestors(anchor_clause))
    dated = (
        _attachment(text, parse, e, set(anchor_tokens), anchor_clause, governing)
        for e in candidates
    )
    return [d for d in dated if d is not None]


def _attachment(
    text: str,
    parse: _Parse,
    expression: TimeExpression,
    anchor_tokens: set[int],
    anchor_clause: int,
    governing: set[int],
) -> EventDate | None:
    own = parse.covering(expression.start, expression.end)
    root = parse.root_of(own)
    if root is None:
        return None
    inside, child = set(own), root
    adverbial = parse.tokens[root].dep in _ADVERBIAL_DEPS
    for head in parse.ancestors(root):
        if head in inside or parse.tokens[head].pos == "ADP":
            child = head
            continue
        if head in anchor_tokens or head == anchor_clause:
            return EventDate(expression, f"modifies '{parse.word(text, head)}'", _ATTACHED)
        if parse.is_clause_head(head):
            return _clause_attachment(text, parse, expression, head, governing)
        if parse.tokens[head].pos in _NOMINAL_POS and not (
            adverbial or _dates_its_clause(parse, head, child, expression)
        ):
            return None  # "Russia's 2014 occupation": it dates the noun, not the item
        child = head
    return EventDate(expression, "same sentence", _SENTENCE)


def _clause_attachment(
    text: str, parse: _Parse, expression: TimeExpression, verb: int, governing: set[int]
) -> EventDate | None:
    word = parse.word(text, verb)
    if verb in governing:
        return EventDate(expression, f"modifies '{word}', which governs it", _GOVERNING)
    token = parse.tokens[verb]
    if token.dep in _NOUN_CLAUSE_DEPS and parse.tokens[token.head].dep not in _SUBJECT_DEPS:
        return None  # "the plant, which it seized in 2022": it dates the plant's seizure
    return EventDate(expression, f"same sentence (modifies '{word}')", _SENTENCE)


def _dates_its_clause(parse: _Parse, noun: int, child: int, expression: TimeExpression) -> bool:
    """Whether an expression reached through `noun` still dates the clause around it.

    A bare time word hanging off a noun is mostly a parser's choice ("found explosives
    Sunday"), and so is one on the subject ("The US leader on Thursday said", "third-quarter
    profit jumped"); a recent day qualifying a noun dates it as an occasion ("Thursday's
    ruling", "At Thursday's press conference, Trump said"). A year or month qualifying an
    object does not ("recognition of Russia's 2014 occupation").
    """
    if parse.tokens[noun].dep in _SUBJECT_DEPS:
        return True
    if expression.precision == "day":
        return True
    token = parse.tokens[noun]
    if token.dep != "pobj" or token.head == noun:
        return False
    preposition = parse.tokens[token.head]
    return preposition.lemma.lower() in _OCCASION_PREPOSITIONS and parse.is_clause_head(
        preposition.head
    )


def date_events(
    text: str,
    annotation: Annotation,
    times: Sequence[TimeExpression],
    quotes: Sequence[Quote],
    claims: Sequence[Claim],
) -> tuple[tuple[Quote, ...], tuple[Claim, ...]]:
    """Copies of `quotes` and `claims` with their event_date fields set (None when undated)."""
    valued = [e for e in times if e.value is not None]
    marks = [(q.mark_start, q.mark_end) for q in quoted_spans(text)] if valued else []
    dated_quotes = tuple(_dated_quote(text, annotation, valued, marks, q) for q in quotes)
    dated_claims = tuple(_dated_claim(text, annotation, valued, marks, c) for c in claims)
    return dated_quotes, dated_claims


def _dated_quote(
    text: str,
    annotation: Annotation,
    times: Sequence[TimeExpression],
    marks: Sequence[tuple[int, int]],
    quote: Quote,
) -> Quote:
    if not times:
        return quote
    region = _quote_region(annotation, quote)
    anchor = _quote_anchor(quote)
    # the content, and any other quotation the saying is not inside, is about something else
    excluded = [(quote.start, quote.end), *_quotations_around_not(marks, anchor, region)]
    found = event_date_for(text, annotation, times, anchor, region, excluded)
    return _with_date(quote, found)


def _quote_region(annotation: Annotation, quote: Quote) -> tuple[int, int]:
    if quote.sentence_end > quote.sentence_start:
        return quote.sentence_start, quote.sentence_end
    return _sentence_around(annotation, quote.start, quote.end)


def _quote_anchor(quote: Quote) -> tuple[int, int]:
    if quote.cue_start is not None and quote.cue_end is not None:
        return quote.cue_start, quote.cue_end
    if quote.speaker_start is not None and quote.speaker_end is not None:
        return quote.speaker_start, quote.speaker_end
    return quote.start, quote.end


def _dated_claim(
    text: str,
    annotation: Annotation,
    times: Sequence[TimeExpression],
    marks: Sequence[tuple[int, int]],
    claim: Claim,
) -> Claim:
    if not times:
        return claim
    anchor = (claim.trigger_start, claim.trigger_end)
    region = (claim.start, claim.end) if claim.end > claim.start else anchor
    if region == anchor:
        region = _sentence_around(annotation, *anchor)
    excluded = _quotations_around_not(marks, anchor, region)
    found = event_date_for(text, annotation, times, anchor, region, excluded)
    return _with_date(claim, found)


def _quotations_around_not(
    marks: Sequence[tuple[int, int]], anchor: tuple[int, int], region: tuple[int, int]
) -> list[tuple[int, int]]:
    """Quotations overlapping `region` that do not contain the anchor."""
    return [
        (s, e)
        for s, e in marks
        if s < region[1] and e > region[0] and not (s <= anchor[0] and anchor[1] <= e)
    ]


def _sentence_around(annotation: Annotation, start: int, end: int) -> tuple[int, int]:
    for sentence in annotation.sentences:
        if sentence.start <= start < sentence.end:
            return sentence.start, max(sentence.end, end)
    return start, end


_Item = TypeVar("_Item", Quote, Claim)


def _with_date(item: _Item, found: EventDate | None) -> _Item:
    if found is None:
        return item
    return replace(
        item,
        event_date=found.expression.value,
        event_date_start=found.expression.start,
        event_date_end=found.expression.end,
        event_date_how=f"{found.how}: '{found.expression.text}'",
    )


# --- publication dates for undated articles ------------------------------------------------


@dataclass(frozen=True, slots=True)
class DatedSibling:
    """An article of the same event whose publication date is known."""

    article_id: str
    published: str  # ISO date YYYY-MM-DD
    text: str
    times: tuple[TimeExpression, ...]  # resolved against `published`


_MONTHS = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
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
    article_id: str, text: str, siblings: Sequence[DatedSibling] = ()
) -> DateInference | None:
    """The publication date of an undated article, with its evidence, or None when unsure."""
    times = find_time_expressions(text, None)
    for infer in (_from_dateline, _from_today):
        found = infer(article_id, text, times, siblings)
        if found is not None:
            return found
    return _from_siblings(article_id, text, times, siblings) or _from_bound_or_corpus(
        article_id, text, times, siblings
    )


def _from_dateline(
    article_id: str, text: str, times: Sequence[TimeExpression], siblings: Sequence[DatedSibling]
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


def _dateline_day(
    m: re.Match[str], siblings: Sequence[DatedSibling]
) -> tuple[date, str | None] | None:
    """The dateline's day; a dateline without a year takes it from siblings or the text."""
    groups = m.groupdict()
    if groups["nday"]:
        return _checked(int(groups["nyear"]), int(groups["nmonth"]), int(groups["nday"]), None)
    if groups["iyear"]:
        return _checked(int(groups["iyear"]), int(groups["imonth"]), int(groups["iday"]), None)
    month_word = groups["month"] or groups["month2"]
    day = int(groups["day"] or groups["day2"])
    month = _MONTH_NUMBER[month_word.lower()[:3]]
    year_text = groups["year"] or groups["year2"]
    if year_text:
        return _checked(int(year_text), month, day, None)
    return _year_for(month, day, siblings)


def _checked(year: int, month: int, day: int, how: str | None) -> tuple[date, str | None] | None:
    try:
        return date(year, month, day), how
    except ValueError:
        return None


def _year_for(
    month: int, day: int, siblings: Sequence[DatedSibling]
) -> tuple[date, str | None] | None:
    """A year for a dateline that gives only day and month, from the siblings' dates.

    Not from the years the text mentions: those are mostly of earlier events (measured on
    TBAQ: both Xinhua datelines dated that way got a year two years early).
    """
    if not siblings:
        return None
    middle = _median_day(siblings)
    options = [_checked(middle.year + k, month, day, None) for k in (-1, 0, 1)]
    best = min((o[0] for o in options if o), key=lambda d: abs((d - middle).days))
    return best, f"year from the other articles of the event (around {middle.isoformat()})"


def _from_today(
    article_id: str, text: str, times: Sequence[TimeExpression], siblings: Sequence[DatedSibling]
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
    rf"^(?:(?P<weekday>mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?"
    rf"(?:{_MONTHS}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS.replace('month', 'month2')})$",
    re.IGNORECASE,
)
_WEEKDAY_NUMBER = {
    w: i for i, w in enumerate(("mon", "tues", "wednes", "thurs", "fri", "satur", "sun"))
}


def _yearless_day(phrase: str, siblings: Sequence[DatedSibling]) -> tuple[date, str] | None:
    m = _DAY_MONTH.match(" ".join(phrase.split()))
    if m is None or not siblings:
        return None
    month = _MONTH_NUMBER[(m["month"] or m["month2"]).lower()[:3]]
    found = _year_for(month, int(m["day"] or m["day2"]), siblings)
    if found is None:
        return None
    day, how = found[0], found[1] or "year from the other articles of the event"
    if m["weekday"] and day.weekday() != _WEEKDAY_NUMBER[m["weekday"].lower()]:
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


def _median_day(siblings: Sequence[DatedSibling]) -> date:
    ordinals = sorted(date.fromisoformat(s.published).toordinal() for s in siblings)
    return date.fromordinal(int(statistics.median_low(ordinals)))
