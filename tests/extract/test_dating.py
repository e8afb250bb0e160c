"""Dating quotes and claims from hand-built parses, and inferring publication dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsdesk.extract.dating import (
    DatedSibling,
    date_events,
    event_date_for,
    infer_publication_date,
)
from newsdesk.extract.time import find_time_expressions
from newsdesk.model import Annotation, Claim, Quote, Sentence, TimeExpression, Token

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
    _, (claim,) = date_events(text, annotation, times, [], [claim_at(text, "met")])
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
    _, (claim,) = date_events(text, annotation, times, [], [claim_at(text, "met")])
    assert claim.event_date is None and claim.event_date_how is None


def test_without_a_parse_the_nearest_expression_of_the_sentence_is_taken() -> None:
    text, annotation = build(MET_ROWS)
    bare = replace(annotation, tokens=())
    times = find_time_expressions(text, SATURDAY)
    found = event_date_for(text, bare, times, (text.index("met"), text.index("met") + 3), (0, 99))
    assert found is not None and found.expression.text == "yesterday"
    assert "no parse" in found.how


def test_unresolved_expressions_do_not_count() -> None:
    text, annotation = build(MET_ROWS)
    times = [t for t in find_time_expressions(text, None) if t.text == "yesterday"]
    assert times and times[0].value is None
    _, (claim,) = date_events(text, annotation, times, [], [claim_at(text, "met")])
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
    (quote,), _ = date_events(text, annotation, times, [lavrov_quote(text)], [])
    assert quote.event_date == "2025-04-24"
    assert text[quote.event_date_start : quote.event_date_end] == "Thursday"
    without_thursday = [t for t in times if t.text != "Thursday"]
    (quote,), _ = date_events(text, annotation, without_thursday, [lavrov_quote(text)], [])
    assert quote.event_date is None  # "Monday" is inside the quote: about the content


def test_items_come_back_unchanged_when_there_is_nothing_to_date() -> None:
    text, annotation = build(SAID_ROWS)
    quote, claim = lavrov_quote(text), claim_at(text, "met")
    assert date_events(text, annotation, [], [quote], [claim]) == ((quote,), (claim,))


# --- publication dates ------------------------------------------------------------------------


def test_a_dateline_gives_the_date() -> None:
    for text in (
        "KYIV, April 25, 2025 (Reuters) - Russia launched drones overnight.",
        "Moscow, 25.4.2025 - The Kremlin said talks went well.",
        "WASHINGTON (AP) — April 25, 2025 — The envoy left for Moscow.",
    ):
        found = infer_publication_date("a", text)
        assert found is not None and found.published == "2025-04-25", text
        assert found.how == "dateline" and found.confidence >= 0.9
        assert any("dateline" in e for e in found.evidence)


def test_a_dateline_without_a_year_takes_the_siblings_year() -> None:
    text = "TEHRAN, August 8 (Xinhua) --\n\nIran on Saturday condemned the bombings."
    assert infer_publication_date("a", text) is None  # no year anywhere: say nothing
    sibling = DatedSibling("b", "1998-08-07", "Bombs exploded.", ())
    found = infer_publication_date("a", text, [sibling])
    assert found is not None and found.published == "1998-08-08" and found.confidence < 0.9


def test_a_full_date_stated_as_today() -> None:
    text = "The talks resumed in Geneva. Today, April 25, 2025, both sides will sign the text."
    found = infer_publication_date("a", text)
    assert found is not None and (found.published, found.how) == ("2025-04-25", "text")
    assert "today" in found.evidence[0].lower()


def sibling(article_id: str, published: str, text: str) -> DatedSibling:
    times = tuple(find_time_expressions(text, date.fromisoformat(published)))
    return DatedSibling(article_id, published, text, times)


def test_a_sibling_dating_the_same_happening_fixes_a_relative_expression() -> None:
    text = "The US envoy Steve Witkoff met President Vladimir Putin yesterday in Moscow for talks."
    other = "Steve Witkoff met Vladimir Putin in Moscow on April 25 for talks, the Kremlin said."
    found = infer_publication_date("a", text, [sibling("b", "2025-04-27", other)])
    assert found is not None and found.published == "2025-04-26" and found.how == "corpus"
    assert found.confidence >= 0.5 and "yesterday" in found.evidence[0]


def test_the_same_wording_in_a_sibling_is_not_evidence() -> None:
    text = "Steve Witkoff met Vladimir Putin in Moscow on Friday for talks, the Kremlin said."
    found = infer_publication_date("a", text, [sibling("b", "2025-04-26", text)])
    assert found is not None and found.confidence < 0.5  # only the siblings' median


def test_a_past_full_date_is_a_lower_bound_and_a_future_one_is_not() -> None:
    text = "The treaty was signed on March 3, 2025. A vote will be held on June 9, 2025."
    found = infer_publication_date("a", text)
    assert found is not None and found.published == "2025-03-03" and found.how == "text"
    assert found.confidence < 0.5 and "lower bound" in found.evidence[0]


def test_siblings_median_when_it_respects_the_lower_bound() -> None:
    text = "The treaty was signed on March 3, 2025, and talks went on."
    siblings = [sibling(i, d, "Other news.") for i, d in (("b", "2025-04-24"), ("c", "2025-04-26"))]
    found = infer_publication_date("a", text, siblings)
    assert found is not None and (found.published, found.how) == ("2025-04-24", "corpus")
    early = [sibling("b", "2025-01-02", "Other news.")]
    found = infer_publication_date("a", text, early)
    assert found is not None and found.published == "2025-03-03"  # the bound wins


def test_nothing_to_go_on_gives_none() -> None:
    assert infer_publication_date("a", "The minister spoke on Friday about the budget.") is None
    assert infer_publication_date("a", "") is None


def test_every_value_is_an_iso_day() -> None:
    expression = TimeExpression(0, 5, "today", None, "unknown", 0.5, "")
    found = infer_publication_date("a", "KYIV, 2025-04-25 - Today it rained.")
    assert found is not None and date.fromisoformat(found.published)
    assert expression.value is None


def test_a_yearless_date_stated_as_today_takes_the_siblings_year_if_the_weekday_fits() -> None:
    text = "Brodnitsa held its first funerals today, Thursday 12 March, after the strike."
    sibling = DatedSibling("s", "2026-03-11", "Talks opened in Aldmoor on Wednesday.", ())
    found = infer_publication_date("a", text, [sibling])
    assert found is not None and (found.published, found.how) == ("2026-03-12", "text")
    wrong_weekday = infer_publication_date("a", text.replace("Thursday", "Friday"), [sibling])
    assert wrong_weekday is None or wrong_weekday.how == "corpus"
    assert infer_publication_date("a", text, []) is None
