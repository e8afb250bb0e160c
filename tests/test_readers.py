"""The light readers the Desk shows: coverage of stories and events, and the origin of every
sentence, read through a store made by hand (only the calls the readers make)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from brief_builders import article, sentences
from newsdesk.config import Settings
from newsdesk.group.coverage import ArticleCoverage
from newsdesk.model import (
    Annotation,
    Article,
    Attribution,
    Coverage,
    Entity,
    Event,
    Story,
)
from newsdesk.readers import SourceReader, article_coverage, coverages, story_coverage

OWN = "Talks between Kestria and Orvenia opened in Aldmoor on Wednesday."
CITED = "The strike killed 14 people, according to Bloomberg."
SAID = "The ceasefire cannot come first, Wasylenko said."


@dataclass
class HandStore:
    """The store calls the readers make, over lists."""

    articles: list[Article]
    stories_: list[Story] = field(default_factory=list)
    stored: dict[str, Coverage] = field(default_factory=dict)
    attributions: list[Attribution] = field(default_factory=list)
    entities_: list[Entity] = field(default_factory=list)
    unannotated: frozenset[str] = frozenset()

    def iter_articles(self) -> Iterator[Article]:
        return iter(self.articles)

    def annotation(self, article_id: str) -> Annotation | None:
        if article_id in self.unannotated:
            return None
        found = next(a for a in self.articles if a.id == article_id)
        return Annotation(article_id, "hand", sentences(found), ())

    def articles_by_id(self, article_ids: list[str]) -> dict[str, Article]:
        return {a.id: a for a in self.articles if a.id in article_ids}

    def items(self, table: str, article_id: str | None = None) -> list[Any]:
        assert table == "attributions"
        return [a for a in self.attributions if article_id in (None, a.article_id)]

    def entities(self) -> list[Entity]:
        return self.entities_

    def stories(self) -> list[Story]:
        return self.stories_

    def coverage(self) -> dict[str, Coverage]:
        return dict(self.stored)


def cue(item: Article, sentence: str, words: str, origin: str) -> Attribution:
    start = item.text.index(sentence)
    cue_start = item.text.index(words, start)
    return Attribution(
        item.id, start, start + len(sentence), words, cue_start, cue_start + len(words), origin
    )


@pytest.fixture
def store() -> HandStore:
    ledger = article("a1", f"{OWN} {CITED}", "The Ledger", "2026-03-11")
    copy = article("a2", f"{OWN} {CITED}", "Harbourline News", "2026-03-12", duplicate_of="a1")
    wire = article("a3", f"{OWN} {SAID}", "Meridian Wire", "2026-03-13")
    lone = article("a4", OWN, "Glas Orvena", None)
    event = Event("e1", "s1", "Talks open", ("a1", "a2"))
    return HandStore(
        articles=[ledger, copy, wire, lone],
        stories_=[
            Story("s1", "Talks", ("a1", "a2", "a3"), (event,)),
            Story("s2", "Elsewhere", ("a4",)),
        ],
        attributions=[
            cue(ledger, CITED, "according to Bloomberg", "Bloomberg"),
            cue(copy, CITED, "according to Bloomberg", "Bloomberg"),
            cue(wire, SAID, "Wasylenko said", "Wasylenko"),
        ],
        entities_=[Entity("p1", "Teodor Vasylenko", "PERSON", ("Wasylenko",), ())],
        unannotated=frozenset({"a4"}),
    )


def test_each_sentence_rests_on_its_origin(store: HandStore, settings: Settings) -> None:
    reader = SourceReader.of(store, settings)  # type: ignore[arg-type]
    ledger, copy, wire, _ = store.articles
    assert [(s.name, s.kind) for *_, s in reader.of_article(ledger)] == [
        ("The Ledger", "own"),
        ("Bloomberg", "reported_by"),
    ]
    # a copy's own reporting is its original's outlet's
    assert [s.name for *_, s in reader.of_article(copy)] == ["The Ledger", "Bloomberg"]
    # a party speaks for itself under its canonical name
    assert [(s.name, s.kind) for *_, s in reader.of_article(wire)] == [
        ("Meridian Wire", "own"),
        ("Teodor Vasylenko", "said_by"),
    ]


def test_a_sentence_a_copy_adds_is_its_own_outlets(store: HandStore, settings: Settings) -> None:
    added = "Harbourline understands the talks will resume on Monday."
    copy = article("a5", f"{OWN} {added}", "Harbourline News", "2026-03-12", duplicate_of="a1")
    store.articles.append(copy)
    reader = SourceReader.of(store, settings)  # type: ignore[arg-type]
    assert [s.name for *_, s in reader.of_article(copy)] == ["The Ledger", "Harbourline News"]


def test_an_article_without_annotation_has_no_sentences(
    store: HandStore, settings: Settings
) -> None:
    reader = SourceReader.of(store, settings)  # type: ignore[arg-type]
    assert reader.of_article(store.articles[3]) == []


def test_article_coverage_holds_independent_origins_only(
    store: HandStore, settings: Settings
) -> None:
    found = article_coverage(store, settings)  # type: ignore[arg-type]
    assert found["a1"] == ArticleCoverage(
        "The Ledger", "2026-03-11", None, ("Bloomberg", "The Ledger")
    )
    assert found["a2"].duplicate_of == "a1"
    assert found["a2"].origins == ("Bloomberg", "The Ledger")
    assert found["a3"].origins == ("Meridian Wire",)  # a party's word is no independent origin
    assert found["a4"].origins == ()


def test_coverage_of_stories_and_their_events_counts_copies_apart(
    store: HandStore, settings: Settings
) -> None:
    found = coverages(store.stories(), article_coverage(store, settings))  # type: ignore[arg-type]
    assert set(found) == {"s1", "e1", "s2"}
    story = found["s1"]
    assert (story.articles, story.copies) == (3, 1)
    assert story.outlets == ("The Ledger", "Meridian Wire")  # by count, then without "The"
    assert set(story.origins) == {"Bloomberg", "The Ledger", "Meridian Wire"}
    assert (story.first, story.last) == ("2026-03-11", "2026-03-13")
    assert (found["e1"].articles, found["e1"].copies, found["e1"].outlets) == (
        2,
        1,
        ("The Ledger",),
    )
    assert (found["s2"].first, found["s2"].origins) == (None, ())


def test_story_coverage_reads_what_is_stored_and_computes_the_rest(
    store: HandStore, settings: Settings
) -> None:
    kept = Coverage("s1", 99, 0, ("stored",), (), None, None)
    store.stored = {"s1": kept}
    found = story_coverage(store, settings)  # type: ignore[arg-type]
    assert found["s1"] is kept
    assert "e1" not in found  # s1 is fused: its events come with it from the store
    assert found["s2"].outlets == ("Glas Orvena",)


def test_story_coverage_reads_only_the_articles_of_stories_not_stored(
    store: HandStore, settings: Settings
) -> None:
    """Each annotation read is an article's origins worked out: the fused stories' are stored."""
    read: list[str] = []
    annotation = store.annotation

    def counted(article_id: str) -> Annotation | None:
        read.append(article_id)
        return annotation(article_id)

    store.annotation = counted  # type: ignore[method-assign]
    store.stored = {"s1": Coverage("s1", 3, 1, (), (), None, None)}
    story_coverage(store, settings)  # type: ignore[arg-type]
    assert read == ["a4"]
