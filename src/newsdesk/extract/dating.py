"""When the things an article reports happened: event dates for its quotes and claims.

`date_events` gives each quote and claim the time expression that dates what it reports.
For a claim that is the expression hanging off the trigger's clause in the parse ("Trump
on Wednesday ramped up pressure"); for a quote it is when the words were said ("Lavrov
said on Thursday ..."), so an expression inside the quoted content never counts: it is
about the content, not the saying. An expression that qualifies some other noun ("Russia's
2014 occupation of Crimea") dates that noun, not the item, and is left alone.

Publication dates for undated articles are a corpus step: `group/publication.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from newsdesk.extract.quotes import quoted_spans
from newsdesk.model import Claim, Quote, TimeExpression
from newsdesk.parse import ParsedArticle
from newsdesk.timex import BOUND_PREPOSITIONS

# --- dating what an item reports ---------------------------------------------------------

_ATTACHED, _GOVERNING, _SENTENCE = 0, 1, 2  # strength ranks, strongest first
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ADVERBIAL_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod"})
_OCCASION_PREPOSITIONS = frozenset({"at", "in", "during", "on"})
_NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})  # a clause that describes a noun


@dataclass(frozen=True, slots=True)
class EventDate:
    """The expression that dates an item, and how it was chosen (rank 0 is strongest)."""

    expression: TimeExpression
    how: str
    rank: int


def event_date_for(
    parsed: ParsedArticle,
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
    ranked = _ranked(parsed, candidates, anchor) if parsed.has_parse else None
    if ranked is None:
        nearest = min(candidates, key=lambda e: _distance(e, anchor))
        return EventDate(nearest, "same sentence, nearest (no parse)", _SENTENCE)
    return min(ranked, key=lambda d: (d.rank, _distance(d.expression, anchor)), default=None)


def _distance(expression: TimeExpression, anchor: tuple[int, int]) -> int:
    if expression.end <= anchor[0]:
        return anchor[0] - expression.end
    return max(0, expression.start - anchor[1])


def _ranked(
    parse: ParsedArticle,
    candidates: Sequence[TimeExpression],
    anchor: tuple[int, int],
) -> list[EventDate] | None:
    anchor_tokens = parse.covering(*anchor)
    anchor_root = parse.root_of(anchor_tokens)
    if anchor_root is None:
        return None
    anchor_clause = parse.clause_of(anchor_root)
    governing = set(parse.ancestors(anchor_clause))
    dated = (
        _attachment(parse, e, set(anchor_tokens), anchor_clause, governing) for e in candidates
    )
    return [d for d in dated if d is not None]


def _attachment(
    parse: ParsedArticle,
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
    above = parse.head(root)
    if above is not None and above not in inside and parse.lemma(above) in BOUND_PREPOSITIONS:
        return None  # "borders before 2014", "a document from 2018": a bound, not a date
    for head in parse.ancestors(root):
        if head in inside or parse.tokens[head].pos == "ADP":
            child = head
            continue
        if head in anchor_tokens or head == anchor_clause:
            return EventDate(expression, f"modifies '{parse.word(head)}'", _ATTACHED)
        if parse.is_clause_head(head):
            stops = governing | {anchor_clause}
            return _clause_attachment(parse, expression, head, stops, anchor_tokens)
        if parse.tokens[head].pos in _NOMINAL_POS and not (
            adverbial or _dates_its_clause(parse, head, child, expression)
        ):
            return None  # "Russia's 2014 occupation": it dates the noun, not the item
        child = head
    return EventDate(expression, "same sentence", _SENTENCE)


def _clause_attachment(
    parse: ParsedArticle,
    expression: TimeExpression,
    verb: int,
    above: set[int],
    anchor_tokens: set[int],
) -> EventDate | None:
    """`above`: the anchor's clause and the clauses governing it."""
    word = parse.word(verb)
    if verb in above:
        return EventDate(expression, f"modifies '{word}', which governs it", _GOVERNING)
    if _describes_a_noun(parse, verb, above, anchor_tokens):
        return None  # "the plant, which it seized in 2022": it dates the plant's seizure
    return EventDate(expression, f"same sentence (modifies '{word}')", _SENTENCE)


def _describes_a_noun(parse: ParsedArticle, verb: int, above: set[int], anchor: set[int]) -> bool:
    """Whether the clause of `verb` is, or lies inside, a clause describing a noun other than
    a subject or the anchor itself ("positions it has held since it moved troops there last
    month": the moving is the positions' story, not the refusal's; "the attack, which began
    on Tuesday": the attack's own)."""
    for clause in (verb, *parse.ancestors(verb)):
        if clause in above:
            return False
        token = parse.tokens[clause]
        if token.dep not in _NOUN_CLAUSE_DEPS or token.head in anchor:
            continue
        if parse.tokens[token.head].dep not in _SUBJECT_DEPS:
            return True
    return False


def _dates_its_clause(
    parse: ParsedArticle, noun: int, child: int, expression: TimeExpression
) -> bool:
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
    parsed: ParsedArticle,
    times: Sequence[TimeExpression],
    quotes: Sequence[Quote],
    claims: Sequence[Claim],
) -> tuple[tuple[Quote, ...], tuple[Claim, ...]]:
    """Copies of `quotes` and `claims` with their event_date fields set (None when undated)."""
    valued = [e for e in times if e.value is not None]
    marks = [(q.mark_start, q.mark_end) for q in quoted_spans(parsed.text)] if valued else []
    dated_quotes = tuple(_dated_quote(parsed, valued, marks, q) for q in quotes)
    dated_claims = tuple(_dated_claim(parsed, valued, marks, c) for c in claims)
    return dated_quotes, dated_claims


def _dated_quote(
    parsed: ParsedArticle,
    times: Sequence[TimeExpression],
    marks: Sequence[tuple[int, int]],
    quote: Quote,
) -> Quote:
    if not times:
        return quote
    region = _quote_region(parsed, quote)
    anchor = _quote_anchor(quote)
    # the content, and any other quotation the saying is not inside, is about something else
    excluded = [*_content_of(quote), *_quotations_around_not(marks, anchor, region)]
    found = event_date_for(parsed, times, anchor, region, excluded)
    return _with_date(quote, found)


def _content_of(quote: Quote) -> tuple[tuple[int, int], ...]:
    return quote.pieces or ((quote.start, quote.end),)


def _quote_region(parsed: ParsedArticle, quote: Quote) -> tuple[int, int]:
    if quote.sentence_end > quote.sentence_start:
        return quote.sentence_start, quote.sentence_end
    return parsed.sentence_around(quote.start, quote.end)


def _quote_anchor(quote: Quote) -> tuple[int, int]:
    if quote.cue_start is not None and quote.cue_end is not None:
        return quote.cue_start, quote.cue_end
    if quote.speaker_start is not None and quote.speaker_end is not None:
        return quote.speaker_start, quote.speaker_end
    return quote.start, quote.end


def _dated_claim(
    parsed: ParsedArticle,
    times: Sequence[TimeExpression],
    marks: Sequence[tuple[int, int]],
    claim: Claim,
) -> Claim:
    if not times:
        return claim
    anchor = (claim.trigger_start, claim.trigger_end)
    region = (claim.start, claim.end) if claim.end > claim.start else anchor
    if region == anchor:
        region = parsed.sentence_around(*anchor)
    excluded = _quotations_around_not(marks, anchor, region)
    found = event_date_for(parsed, times, anchor, region, excluded)
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
