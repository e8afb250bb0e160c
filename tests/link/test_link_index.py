"""LinkIndex on hand-built articles: batches agree with linking at once, ids stay, state saves.

The quality test at the end links real articles (ELEVANT Reuters-128 and MSNBC, real NER) in
batches and at once, and measures their B-cubed agreement.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from pathlib import Path

import pytest

from floors import floor
from newsdesk.config import default_settings
from newsdesk.link import (
    EntityTable,
    LinkIndex,
    LinkInput,
    LinkSettings,
    LinkUpdate,
    link_entities,
)
from newsdesk.model import Entity, Mention

Key = tuple[str, int, int]


def article(article_id: str, text: str, labels: dict[str, str], mt: bool = False) -> LinkInput:
    """Mentions are every occurrence of each given name (the longest match wins, as in NER)."""
    found = sorted(
        (Mention(m.start(), m.end(), m.group(0), label)
         for name, label in labels.items()
         for m in re.finditer(rf"\b{re.escape(name)}\b", text)),
        key=lambda m: (m.start, -m.end),
    )  # fmt: skip
    kept: list[Mention] = []
    for m in found:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return LinkInput(article_id, text, tuple(kept), machine_translated=mt)


@pytest.fixture
def link() -> LinkSettings:
    return default_settings().link


def partition(entities: list[Entity]) -> set[frozenset[Key]]:
    """The entities as sets of mentions (ids aside)."""
    return {frozenset((m.article_id, m.start, m.end) for m in e.mentions) for e in entities}


def in_batches(items: list[LinkInput], sizes: list[int], link: LinkSettings) -> list[Entity]:
    index, table = LinkIndex(link), EntityTable()
    start = 0
    for size in sizes:
        table.apply(index.add(items[start : start + size]))
        start += size
    return table.all()


A = article(
    "a",
    "U.S. President Donald Trump spoke to Russian President Vladimir Putin. Putin said no. "
    "Trump's envoy flew to Kiev. Later the Russian leader left.",
    {"Donald Trump": "PERSON", "Vladimir Putin": "PERSON", "Putin": "PERSON", "Kiev": "GPE"},
)
B = article(
    "b",
    "Ukrainian President Volodymyr Zelenskyy met Russian Foreign Minister Sergei Lavrov in Kyiv. "
    "Zelenskyy and Vladimir Putin did not meet.",
    {
        "Volodymyr Zelenskyy": "PERSON",
        "Zelenskyy": "PERSON",
        "Sergei Lavrov": "PERSON",
        "Kyiv": "GPE",
        "Vladimir Putin": "PERSON",
    },
)
C = article(
    "c",
    "Volodymyr Zelenskiy visited Kharkov and Kherson. Kharkiv is not Kherson.",
    {"Volodymyr Zelenskiy": "PERSON", "Kharkov": "GPE", "Kherson": "GPE", "Kharkiv": "GPE"},
)
GARBLED = article(
    "t",
    "Ukrainian President Volodymyr Zelenskyj said he would follow the Constitution. "
    "It defines Crimea as part of Ukraine. Donald Trump criticised Greeny for it. "
    "Greenya responded by publishing a declaration.",
    {
        "Volodymyr Zelenskyj": "PERSON",
        "Donald Trump": "PERSON",
        "Greeny": "PERSON",
        "Greenya": "PERSON",
        "Crimea": "GPE",
    },
    mt=True,
)
# two states the gazetteer does not know, one name the start of the other (as "Niger" of
# "Nigeria", which the shipped table now tells apart)
NIGER = article(
    "n1",
    "Dravo signed with Kestria, Orvenia and Lisvania.",
    {"Dravo": "GPE", "Kestria": "GPE", "Orvenia": "GPE", "Lisvania": "GPE"},
)
NIGERIA = article(
    "n2",
    "Dravonia signed with Kestria, Orvenia and Lisvania.",
    {"Dravonia": "GPE", "Kestria": "GPE", "Orvenia": "GPE", "Lisvania": "GPE"},
)
BOTH = article("n3", "Dravo and Dravonia met.", {"Dravo": "GPE", "Dravonia": "GPE"})
TRUMPS = [
    article("y1", "Donald Trump spoke.", {"Donald Trump": "PERSON"}),
    article("y2", "Melania Trump spoke.", {"Melania Trump": "PERSON"}),
    article("y3", "Trump agreed.", {"Trump": "PERSON"}),
]
MORE_DONALD = [
    article(f"z{i}", "Donald Trump spoke again.", {"Donald Trump": "PERSON"}) for i in range(3)
]
GREENYA_ELSEWHERE = article("u", "Greenya is a painter.", {"Greenya": "PERSON"})
CORPUS = [A, B, C, NIGER, NIGERIA, BOTH, *TRUMPS, *MORE_DONALD, GARBLED, GREENYA_ELSEWHERE]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_batches_in_any_order_give_the_entities_of_linking_at_once(
    seed: int, link: LinkSettings
) -> None:
    items = list(CORPUS)
    random.Random(seed).shuffle(items)
    sizes = [1, 3, 2, 4, 1, len(items)]
    once = link_entities(CORPUS, link)
    batched = in_batches(items, sizes, link)
    assert partition(batched) == partition(once)
    assert [(e.name, e.type, e.aliases, e.state, e.why) for e in batched] == [
        (e.name, e.type, e.aliases, e.state, e.why) for e in once
    ]


def test_a_fresh_index_gives_every_mention_in_one_update(link: LinkSettings) -> None:
    update = LinkIndex(link).add([A, B, C])
    assert update.removed == ()
    assert sum(len(e.mentions) for e in update.changed) == len(update.mentions)
    assert list(update.changed) == link_entities([A, B, C], link)


def test_an_entity_keeps_its_id_as_it_grows(link: LinkSettings) -> None:
    index = LinkIndex(link)
    first = {e.name: e.id for e in index.add([A]).changed}
    update = index.add([B])
    putin = next(e for e in update.changed if e.name == "Vladimir Putin")
    assert putin.id == first["Vladimir Putin"]
    assert {m.article_id for m in putin.mentions} == {"b"}  # the new mentions only
    assert update.removed == ()


def test_only_the_entities_a_batch_touches_change(link: LinkSettings) -> None:
    index = LinkIndex(link)
    index.add([A, B, C])
    update = index.add([article("d", "Sergei Lavrov left.", {"Sergei Lavrov": "PERSON"})])
    assert [e.name for e in update.changed] == ["Sergei Lavrov"]


def test_when_two_entities_merge_the_older_id_survives(link: LinkSettings) -> None:
    index = LinkIndex(link)
    ids = {e.name: e.id for e in index.add(TRUMPS).changed}  # "Trump" undecided: two Trumps
    update = index.add(MORE_DONALD)  # now Donald dominates: the lone "Trump" is his
    assert [e.id for e in update.changed] == [ids["Donald Trump"]]
    assert update.removed == (ids["Trump"],)
    assert (ids["Trump"], ()) not in update.keys
    assert dict(update.keys)[ids["Donald Trump"]] == ("donald trump", "trump")


def test_new_evidence_splits_an_entity_and_the_oldest_name_keeps_the_id(
    link: LinkSettings,
) -> None:
    index = LinkIndex(link)
    first = index.add([NIGER, NIGERIA])  # alike and in the same company: one place
    assert len([e for e in first.changed if "Dravo" in e.name]) == 1
    joined = next(e for e in first.changed if "Dravo" in e.name)
    update = index.add([BOTH])  # one English article names both: two places
    assert {e.name for e in update.changed} == {"Dravo", "Dravonia"}
    niger = next(e for e in update.changed if e.name == "Dravo")
    assert niger.id == joined.id
    assert update.removed == ()


def test_a_garble_is_let_go_when_its_name_turns_up_elsewhere(link: LinkSettings) -> None:
    index, table = LinkIndex(link), EntityTable()
    table.apply(index.add([GARBLED]))
    zelensky = next(e for e in table.all() if e.name == "Volodymyr Zelenskyj")
    assert "Greenya" in {m.text for m in zelensky.mentions}
    table.apply(index.add([GREENYA_ELSEWHERE]))
    zelensky = next(e for e in table.all() if e.name == "Volodymyr Zelenskyj")
    assert "Greenya" not in {m.text for m in zelensky.mentions}
    assert partition(table.all()) == partition(link_entities([GARBLED, GREENYA_ELSEWHERE], link))


def test_an_article_added_twice_is_linked_once(link: LinkSettings) -> None:
    index = LinkIndex(link)
    once = index.add([A])
    assert index.add([A]) == LinkUpdate((), ())
    assert len(LinkIndex(link).add([A, A]).mentions) == len(once.mentions)


def test_the_snapshot_is_json_without_article_text_and_restores(link: LinkSettings) -> None:
    items = list(CORPUS)
    index, table = LinkIndex(link), EntityTable()
    table.apply(index.add(items[:8]))
    state = json.loads(json.dumps(index.snapshot()))
    assert "said no" not in json.dumps(state)  # names and counts, never the text
    restored, straight = LinkIndex.restore(state, link), EntityTable()
    straight.entities = dict(table.entities)
    straight.entity_of_key = dict(table.entity_of_key)
    straight.mentions_of_key = {k: list(v) for k, v in table.mentions_of_key.items()}
    table.apply(index.add(items[8:]))
    straight.apply(restored.add(items[8:]))
    assert straight.all() == table.all()
    assert restored.snapshot() == index.snapshot()


def test_changes_carry_only_what_an_add_touched_and_merge_into_the_snapshot(
    link: LinkSettings,
) -> None:
    index = LinkIndex(link)
    index.add(CORPUS[:10])
    saved = index.snapshot()
    index.add([article("d", "Sergei Lavrov left.", {"Sergei Lavrov": "PERSON"})])
    changes = index.changes()
    assert [(i, len(nodes)) for i, nodes in changes["articles"].values()] == [("d", 1)]
    assert len(changes["nodes"]) < len(saved["nodes"]) / 4
    saved = LinkIndex.merge_state(saved, changes)
    for batch in (CORPUS[10:12], CORPUS[12:]):
        index.add(batch)
        saved = LinkIndex.merge_state(saved, index.changes())
    assert saved == index.snapshot()
    assert LinkIndex.restore(saved, link).snapshot() == saved


def test_a_state_made_with_other_settings_is_refused(link: LinkSettings) -> None:
    state = LinkIndex(link).snapshot()
    other = LinkSettings(**{**state["settings"], "labels": tuple(link.labels), "context_min": 0.9})
    with pytest.raises(ValueError, match="other settings"):
        LinkIndex.restore(state, other)


# --- real articles ------------------------------------------------------------------------


def _elevant(shared: Path, name: str) -> list[LinkInput]:
    """The detected mentions (real NER) of one ELEVANT benchmark, one input per document."""
    from newsdesk.annotate import annotate  # the model loads only for this test

    path = shared / "data" / "entities" / "elevant" / "benchmarks" / f"{name}.benchmark.jsonl"
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    texts = [(f"{name}:{r['id']}", r["text"]) for r in records]
    found = {a.article_id: a.mentions for a in annotate(texts)}
    return [LinkInput(i, text, tuple(found[i])) for i, text in texts]


def _bcubed_f1(pred: dict[Key, int], gold: dict[Key, int]) -> float:
    by_pred: dict[int, set[Key]] = defaultdict(set)
    by_gold: dict[int, set[Key]] = defaultdict(set)
    for item in gold:
        by_pred[pred[item]].add(item)
        by_gold[gold[item]].add(item)
    p = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_pred[pred[i]]) for i in gold)
    r = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in gold)
    p, r = p / len(gold), r / len(gold)
    return 2 * p * r / (p + r)


def _labels(entities: list[Entity]) -> dict[Key, int]:
    return {(m.article_id, m.start, m.end): n for n, e in enumerate(entities) for m in e.mentions}


@pytest.mark.quality
def test_real_articles_in_batches_agree_with_linking_at_once(
    shared: Path, link: LinkSettings
) -> None:
    items = _elevant(shared, "reuters-128") + _elevant(shared, "msnbc-updated")
    random.Random(5).shuffle(items)
    once = link_entities(items, link)
    for size in (1, 10):
        batched = in_batches(items, [size] * (len(items) // size + 1), link)
        agreement = _bcubed_f1(_labels(batched), _labels(once))
        assert agreement >= floor("link_index.batches_vs_once.bcubed_f1"), size
