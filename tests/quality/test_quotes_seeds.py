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
from newsdesk.gazetteer import load_gazetteer
from newsdesk.model import Article, InputKind, Quote, RawDocument
from newsdesk.parse import ParsedArticle
from newsdesk.referents import Referents

pytestmark = pytest.mark.quality


@cache
def seed_quotes(path: Path) -> tuple[Article, tuple[Quote, ...]]:
    data = path.read_bytes()
    raw = RawDocument(str(path), data, data.decode("utf-8"), "utf-8", InputKind.TEXT)
    article = clean_document(raw, default_settings().clean)
    assert isinstance(article, Article)
    (annotation,) = annotate([(article.id, article.text)], components="parse")
    parsed = ParsedArticle(article.text, annotation)
    return article, find_quotes(article.id, parsed, Referents(parsed, load_gazetteer()))


def quote_with(seeds: Path, prefix: str, fragment: str) -> Quote:
    article, quotes = seed_quotes(next(seeds.glob(f"{prefix}_*.txt")))
    for quote in quotes:
        pieces = quote.pieces or ((quote.start, quote.end),)
        assert quote.text == " … ".join(article.text[s:e] for s, e in pieces)
    return next(q for q in quotes if fragment in q.text)


def test_trump_stop_post_with_its_speaker(seeds: Path) -> None:
    quote = quote_with(seeds, "000", "Vladimir, STOP!")
    assert quote.speaker_name == "Donald Trump" and quote.direct


def test_lavrov_translated_words(seeds: Path) -> None:
    quote = quote_with(seeds, "001", "We are ready to reach an agreement")
    assert quote.text.endswith("dealing with") and quote.direct
    assert quote.speaker_name == "Sergei Lavrov" and quote.cue == "said"


def test_he_added_is_resolved_to_trump(seeds: Path) -> None:
    quote = quote_with(seeds, "002", "understands that")
    article, _ = seed_quotes(next(seeds.glob("002_*.txt")))
    assert article.text[quote.speaker_start : quote.speaker_end] == "He"  # type: ignore[misc]
    assert quote.speaker_name == "Donald Trump" and quote.cue == "added"


def test_partial_quote_by_the_us_leader_is_one_reported_quote(seeds: Path) -> None:
    quote = quote_with(seeds, "002", "a lot of pressure on both")
    article, _ = seed_quotes(next(seeds.glob("002_*.txt")))
    assert article.text[quote.speaker_start : quote.speaker_end] == "The US leader"  # type: ignore[misc]
    assert quote.speaker_name == "Donald Trump" and not quote.direct
    assert quote.text.startswith("that he is putting")


def test_truth_social_cue_and_lavrov_on_cbs(seeds: Path) -> None:
    crimea = quote_with(seeds, "001", "Crimea has been lost")
    assert crimea.speaker_name == "Donald Trump" and crimea.cue is not None
    assert crimea.cue.startswith("wrote")
    signs = quote_with(seeds, "002", "several signs")
    assert signs.speaker_name == "Sergei Lavrov"


def test_a_question_put_to_trump_is_not_his_quote(seeds: Path) -> None:
    _, quotes = seed_quotes(next(seeds.glob("002_*.txt")))
    assert not [q for q in quotes if "what concessions Russia has offered" in q.text]
    answer = quote_with(seeds, "002", "pretty big concession")
    assert answer.speaker_name == "Donald Trump"  # the answer is his


def test_citing_names_a_source_not_a_quote(seeds: Path) -> None:
    _, quotes = seed_quotes(next(seeds.glob("000_*.txt")))
    assert not [q for q in quotes if q.cue == "citing"]


def test_no_quote_holds_its_own_attribution(seeds: Path) -> None:
    for path in sorted(seeds.glob("0*.txt")):
        _, quotes = seed_quotes(path)
        for quote in quotes:
            for start, end in quote.pieces or ((quote.start, quote.end),):
                if quote.cue_start is not None and quote.cue_end is not None:
                    assert not (start < quote.cue_end and quote.cue_start < end), quote
                if quote.speaker_start is not None and quote.speaker_end is not None:
                    assert not (start < quote.speaker_end and quote.speaker_start < end), quote
