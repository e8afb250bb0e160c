"""Dating quotes and claims from hand-built parses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsdesk.extract.dating import date_events, event_date_for
from newsdesk.model import Annotation, Claim, Quote, Sentence, Token
from newsdesk.parse import ParsedArticle
from newsdesk.timex import find_time_expressions

Row = tuple[str, str, str, str, int]  # word, lemma, pos, dep, head (index in the rows)
SATURDAY = date(2025, 4, 26)


def build(rows: list[Row]) -> tuple[str, Annotation]:
    """Words joined by single spaces (none before punctuation), with their parse."""
    text, tokens = "", []
    for word, lemma, pos, dep, head in rows:
        if text and pos != "PUNCT" and not word.startswith("'"):
            text += " "
        tokens.append(Token(len(text), len(text) + len(word), lemma, pos, dep, head))
        text += word
    return text, Annotation("a", "test", (Sentence(0, len(text)),), (), tuple(tokens))


def claim_at(text: str, trigger: str, actor: str = "Witkoff") -> Claim:
    start = text.index(trigger)
    return Claim(
        "a", 0, len(text), actor, 0, len(actor), "CONSULT", trigger, start,
        start + len(trigger), "Putin", 0, 0, "asserted",
    )  # fmt: skip


# "Witkoff met Putin yesterday after Russia's 2014 annexation of Crimea ."
MET_ROWS: list[Row] = [
    ("Witkoff", "Witkoff", "PROPN", "nsubj", 1),
    ("met", "meet", "VERB", "ROOT", 1),
    ("Putin", "Putin", "PROPN", "dobj", 1),
    ("yesterday", "yesterday", "NOUN", "npadvmod", 1),
    ("after", "after", "ADP", "prep", 1),
    ("Russia", "Russia", "PROPN", "poss", 8),
    ("'s", "'s", "PART", "case", 5),
    ("2014", "2014", "NUM", "nummod", 8),
    ("annexation", "annexation", "NOUN", "pobj", 4),
    ("of", "of", "ADP", "prep", 8),
    ("Crimea", "Crimea", "PROPN", "pobj", 9),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_claim_takes_the_expression_attached_to_its_trigger() -> None:
    text, annotation = build(MET_ROWS)
    times = find_time_expressions(text, SATURDAY)
    _, (claim,) = date_events(ParsedArticle(text, annotation), times, [], [claim_at(text, "met")])
    assert claim.event_date == "2025-04-25"
    assert text[claim.event_date_start : claim.event_date_end] == "yesterday"
    assert claim.event_date_how is not None and "modifies 'met'" in claim.event_date_how


def test_a_year_that_qualifies_another_noun_does_not_date_the_claim() -> None:
    rows = [r for r in MET_ROWS if r[0] != "yesterday"]
    rows = [
        (w, lemma, pos, dep, head - 1 if head > 3 else head) for w, lemma, pos, dep, head in rows
    ]
    text, annotation = build(rows)
    times = find_time_expressions(text, SATURDAY)
    assert any(t.value == "2014" for t in times)
    _, (claim,) = date_events(ParsedArticle(text, annotation), times, [], [claim_at(text, "met")])
    assert claim.event_date is None and claim.event_date_how is None


def test_a_bound_does_not_date_the_claim() -> None:
    for bound in ("before", "after"):
        rows: list[Row] = [
            ("Witkoff", "Witkoff", "PROPN", "nsubj", 1),
            ("met", "meet", "VERB", "ROOT", 1),
            ("Putin", "Putin", "PROPN", "dobj", 1),
            (bound, bound, "ADP", "prep", 1),
            ("2014", "2014", "NUM", "pobj", 3),
            (".", ".", "PUNCT", "punct", 1),
        ]
        text, annotation = build(rows)
        times = find_time_expressions(text, SATURDAY)
        assert [t.value for t in times] == ["2014"]
        parsed = ParsedArticle(text, annotation)
        _, (claim,) = date_events(parsed, times, [], [claim_at(text, "met")])
        assert claim.event_date is None, bound  # when they met, "before 2014" does not say


def test_a_time_inside_a_clause_describing_a_noun_does_not_date_the_claim() -> None:
    # "Orvenia rejected a pullback from positions it held since it moved there yesterday ."
    rows: list[Row] = [
        ("Orvenia", "Orvenia", "PROPN", "nsubj", 1),
        ("rejected", "reject", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("pullback", "pullback", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", 3),
        ("positions", "position", "NOUN", "pobj", 4),
        ("it", "it", "PRON", "nsubj", 7),
        ("held", "hold", "VERB", "relcl", 5),
        ("since", "since", "SCONJ", "mark", 10),
        ("it", "it", "PRON", "nsubj", 10),
        ("moved", "move", "VERB", "advcl", 7),
        ("there", "there", "ADV", "advmod", 10),
        ("yesterday", "yesterday", "NOUN", "npadvmod", 10),
        (".", ".", "PUNCT", "punct", 1),
    ]
    text, annotation = build(rows)
    times = find_time_expressions(text, SATURDAY)
    assert [t.text for t in times] == ["yesterday"]
    parsed = ParsedArticle(text, annotation)
    _, (claim,) = date_events(parsed, times, [], [claim_at(text, "rejected", "Orvenia")])
    assert claim.event_date is None  # the moving was yesterday, not the refusal
    # ... but a clause describing the anchor itself dates it: "the pullback ... yesterday"
    pullback = (text.index("pullback"), text.index("pullback") + len("pullback"))
    own = [(w, lemma, pos, dep, 3 if i == 7 else head) for i, (w, lemma, pos, dep, head) in
           enumerate(rows)]  # fmt: skip
    text, annotation = build(own)
    found = event_date_for(ParsedArticle(text, annotation), times, pullback, (0, len(text)))
    assert found is not None and found.expression.text == "yesterday"


def test_without_a_parse_the_nearest_expression_of_the_sentence_is_taken() -> None:
    text, annotation = build(MET_ROWS)
    bare = replace(annotation, tokens=())
    times = find_time_expressions(text, SATURDAY)
    found = event_date_for(
        ParsedArticle(text, bare), times, (text.index("met"), text.index("met") + 3), (0, 99)
    )
    assert found is not None and found.expression.text == "yesterday"
    assert "no parse" in found.how


def test_unresolved_expressions_do_not_count() -> None:
    text, annotation = build(MET_ROWS)
    times = [t for t in find_time_expressions(text, None) if t.text == "yesterday"]
    assert times and times[0].value is None
    _, (claim,) = date_events(ParsedArticle(text, annotation), times, [], [claim_at(text, "met")])
    assert claim.event_date is None


# 'Lavrov said on Thursday: "We met on Monday."'
SAID_ROWS: list[Row] = [
    ("Lavrov", "Lavrov", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("on", "on", "ADP", "prep", 1),
    ("Thursday", "Thursday", "PROPN", "pobj", 2),
    (":", ":", "PUNCT", "punct", 1),
    ('"We', "we", "PRON", "nsubj", 6),
    ("met", "meet", "VERB", "ccomp", 1),
    ("on", "on", "ADP", "prep", 6),
    ("Monday", "Monday", "PROPN", "pobj", 7),
    ('."', '."', "PUNCT", "punct", 1),
]


def lavrov_quote(text: str) -> Quote:
    start, end = text.index('"') + 1, text.rindex('"')
    cue = text.index("said")
    return Quote(
        "a", start, end, text[start:end], True, "Sergei Lavrov", 0, 6, 0, 6, "said", cue,
        cue + 4, 0, len(text),
    )  # fmt: skip


def test_a_quote_is_dated_when_said_never_by_its_content() -> None:
    text, annotation = build(SAID_ROWS)
    times = find_time_expressions(text, SATURDAY)
    (quote,), _ = date_events(ParsedArticle(text, annotation), times, [lavrov_quote(text)], [])
    assert quote.event_date == "2025-04-24"
    assert text[quote.event_date_start : quote.event_date_end] == "Thursday"
    without_thursday = [t for t in times if t.text != "Thursday"]
    (quote,), _ = date_events(
        ParsedArticle(text, annotation), without_thursday, [lavrov_quote(text)], []
    )
    assert quote.event_date is None  # "Monday" is inside the quote: about the content


def test_items_come_back_unchanged_when_there_is_nothing_to_date() -> None:
    text, annotation = build(SAID_ROWS)
    quote, claim = lavrov_quote(text), claim_at(text, "met")
    assert date_events(ParsedArticle(text, annotation), [], [quote], [claim]) == (
        (quote,),
        (claim,),
    )
