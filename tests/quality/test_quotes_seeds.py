"""Quotes in the three real seed articles (../shared/seeds), cleaned and parsed for real.

The seeds are read at test time and never copied into the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from newsdesk.annotate import annotate
from newsdesk.clean import clean_document
from newsdesk.config import default_settings
from newsdesk.extract.quotes import find_quotes
from newsdesk.model import Article, InputKind, Quote, RawDocument

pytestmark = pytest.mark.quality


@cache
def seed_quotes(path: Path) -> tuple[Article, tuple[Quote, ...]]:
    data = path.read_bytes()
    raw = RawDocument(str(path), data, data.decode("utf-8"), "utf-8", InputKind.TEXT)
    article = clean_document(raw, default_settings().clean)
    assert isinstance(article, Article)
    (annotation,) = annotate([(article.id, article.text)], components="parse")
    return article, find_quotes(article.id, article.text, annotation)


def quote_with(seeds: Path, prefix: str, fragment: str) -> Quote:
    article, quotes = seed_quotes(next(seeds.glob(f"{prefix}_*.txt")))
    for quote in quotes:
        assert quote.text == article.text[quote.start : quote.end]
    return next(q for q in quotes if fragment in q.text and q.direct)


def test_trump_stop_post_with_its_speaker(seeds: Path) -> None:
    quote = quote_with(seeds, "000", "Vladimir, STOP!")
    assert quote.speaker_name == "Trump"


def test_lavrov_translated_words(seeds: Path) -> None:
    quote = quote_with(seeds, "001", "We are ready to reach an agreement")
    assert quote.text.endswith("dealing with")
    assert quote.speaker_name == "Sergei Lavrov" and quote.cue == "said"


def test_he_added_is_resolved_to_trump(seeds: Path) -> None:
    quote = quote_with(seeds, "002", "understands that")
    article, _ = seed_quotes(next(seeds.glob("002_*.txt")))
    assert article.text[quote.speaker_start : quote.speaker_end] == "He"  # type: ignore[misc]
    assert quote.speaker_name == "Trump" and quote.cue == "added"


def test_partial_quote_by_the_us_leader(seeds: Path) -> None:
    quote = quote_with(seeds, "002", "a lot of pressure on both")
    assert quote.text == "a lot of pressure on both"
    assert quote.speaker_name is not None and quote.speaker_name.endswith("Trump")


def test_truth_social_cue_and_lavrov_on_cbs(seeds: Path) -> None:
    crimea = quote_with(seeds, "001", "Crimea has been lost")
    assert crimea.speaker_name == "Trump" and crimea.cue is not None
    assert crimea.cue.startswith("wrote")
    signs = quote_with(seeds, "002", "several signs")
    assert signs.speaker_name == "Sergei Lavrov"
