"""Anachronism flags on the three real seed articles (April 2025): none may be raised.

Each seed is cleaned as the clean stage does and checked on every day of April 2025, once with
names found as capitalised runs and once with the real NER's PERSON mentions. The titled names
the seeds hold must be found, so that "no flag" cannot come from finding nothing.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import pytest

from newsdesk.annotate import annotate
from newsdesk.clean import clean_document
from newsdesk.config import default_settings
from newsdesk.fuse.offices import _find_titled_names, anachronisms, load_offices
from newsdesk.model import Article, InputKind, Mention, RawDocument

pytestmark = pytest.mark.quality

APRIL_2025 = [date(2025, 4, 1) + timedelta(days=n) for n in range(30)]
# Holders named with their title somewhere in the seeds.
EXPECTED = {"Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Sergei Lavrov"}


@lru_cache(maxsize=1)
def _seeds(folder: str) -> tuple[tuple[str, tuple[Mention, ...]], ...]:
    """(clean text, NER mentions) of each seed; annotating takes seconds: once per session."""
    texts = []
    for path in sorted(Path(folder).glob("0*.txt")):
        data = path.read_bytes()
        raw = RawDocument(str(path), data, data.decode("utf-8"), "utf-8", InputKind.TEXT)
        article = clean_document(raw, default_settings().clean)
        assert isinstance(article, Article)
        texts.append(article.text)
    annotations = annotate([(str(i), t) for i, t in enumerate(texts)], components="ner")
    return tuple((t, tuple(a.mentions)) for t, a in zip(texts, annotations, strict=True))


def test_no_seed_is_flagged_on_any_day_of_april_2025(seeds: Path) -> None:
    for text, mentions in _seeds(str(seeds)):
        for day in APRIL_2025:
            for given in (None, mentions):
                flags = anachronisms(text, day, given)
                assert not flags, (day, [f.reason for f in flags])


def test_the_titled_holders_in_the_seeds_are_found(seeds: Path) -> None:
    table = load_offices()
    found = set()
    for text, _ in _seeds(str(seeds)):
        for item in _find_titled_names(text, table):
            found |= table.people_named(item.name_words)
    assert found >= EXPECTED, EXPECTED - found
