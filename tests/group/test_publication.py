"""Inferring the publication dates of undated articles."""

from __future__ import annotations

from datetime import date

from newsdesk.group.publication import DatedSibling, infer_publication_date
from newsdesk.model import TimeExpression
from newsdesk.timex import find_time_expressions


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
