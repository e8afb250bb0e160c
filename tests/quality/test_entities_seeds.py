"""Canonical entities on the three real seed articles, through the real pipeline.

Clean each seed (as the clean stage does), flag machine translation, annotate with the real
spaCy model, then link. Every variant of one name that occurs must end in one entity, and none
of the wrong merges may happen. The seeds are read at test time, never copied.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from newsdesk.annotate import annotate
from newsdesk.clean import clean_document
from newsdesk.config import default_settings
from newsdesk.language import machine_translation_signals
from newsdesk.link import LinkInput, link_entities
from newsdesk.model import Article, Entity, InputKind, RawDocument

pytestmark = pytest.mark.quality

# Each set: variants of one entity (substrings of mention texts). At least two must occur.
SAME = {
    "Zelensky": ["Zelensky", "Zelenskiy", "Zelenskyj", "Greenya", "Greeny"],
    "Zaporizhzhia": ["Zaporizhzhia", "Zaporožská", "Zaporozka", "Zaporoza"],
    "Kharkiv": ["Kharkiv", "Kharkov"],
    "Dnipro": ["Dnipro", "Dneper"],
    "Kherson": ["Kherson", "Charson"],
    "Kyiv": ["Kyiv", "Kiev"],
    "Putin": ["Vladimir Putin", "Putin", "the Russian leader"],
    "Witkoff": ["Steve Witkoff", "Witkoff"],
    "Trump": ["Donald Trump", "Trump"],
}
APART = [("Putin", "Zelensk"), ("Kherson", "Kharkiv"), ("Trump", "Putin"), ("Kyiv", "Moscow")]
STATES = {"Donald Trump": "United States", "Sergei Lavrov": "Russia", "Vladimir Putin": "Russia"}


@pytest.fixture
def entities(seeds: Path) -> list[Entity]:
    return _linked(str(seeds))


@lru_cache(maxsize=1)
def _linked(seeds: str) -> list[Entity]:
    """Annotating takes seconds: once per test session."""
    articles = [_clean(path) for path in sorted(Path(seeds).glob("0*.txt"))]
    texts = {a.id: a.text for a in articles}
    inputs = [
        LinkInput(
            ann.article_id,
            texts[ann.article_id],
            ann.mentions,
            ann.sentences,
            machine_translation_signals(texts[ann.article_id])[0],
        )
        for ann in annotate(list(texts.items()), components="ner")
    ]
    return link_entities(inputs)


def _clean(path: Path) -> Article:
    data = path.read_bytes()
    raw = RawDocument(str(path), data, data.decode("utf-8"), "utf-8", InputKind.TEXT)
    article = clean_document(raw, default_settings().clean)
    assert isinstance(article, Article)
    return article


def _holders(entities: list[Entity], fragment: str) -> set[str]:
    return {e.id for e in entities for m in e.mentions if fragment in m.text}


@pytest.mark.parametrize("name", sorted(SAME))
def test_every_variant_present_is_one_entity(entities: list[Entity], name: str) -> None:
    present = [v for v in SAME[name] if _holders(entities, v)]
    assert len(present) >= 2, f"fewer than two variants of {name} were found: {present}"
    holders = set().union(*(_holders(entities, v) for v in present))
    assert len(holders) == 1, f"{name} split over {len(holders)} entities ({present})"


@pytest.mark.parametrize(("a", "b"), APART)
def test_wrong_merges_do_not_happen(entities: list[Entity], a: str, b: str) -> None:
    assert not _holders(entities, a) & _holders(entities, b)


def test_people_act_for_their_states(entities: list[Entity]) -> None:
    states = {e.name: e.state for e in entities if e.type == "PERSON"}
    assert {name: states.get(name) for name in STATES} == STATES


def test_seats_stand_for_their_states(entities: list[Entity]) -> None:
    states = {e.name: e.state for e in entities}
    assert states["Kremlin"] == "Russia"
    assert states["Moscow"] == "Russia"
    assert states["Washington"] == "United States"
