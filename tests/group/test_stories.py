"""Unit tests of group.stories on hand-made articles (no trained model)."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from typing import Any

import numpy as np
import pytest

from newsdesk.config import StoriesSettings, default_settings
from newsdesk.group.stories import (
    SNAPSHOT_FORMAT,
    STATE_FORMAT,
    KeyRow,
    StoryIndex,
    StoryInput,
    _group_state,
    canonical_key,
    entity_keys,
    terms,
)
from newsdesk.model import Mention

TALKS = (
    "Witkoff meets Putin in Moscow",
    "US envoy Steve Witkoff met Vladimir Putin in the Kremlin on Friday for talks on ending the "
    "war in Ukraine, the Kremlin said. Witkoff and Putin discussed a ceasefire plan.",
)
TALKS_AGAIN = (
    "Putin receives Witkoff at the Kremlin",
    "Vladimir Putin received Steve Witkoff in the Kremlin for talks about a ceasefire in Ukraine; "
    "Kremlin aide Yuri Ushakov said the meeting in Moscow was constructive.",
)
DEMANDS = (
    "Russia lists demands for Ukraine ceasefire",
    "Russia demanded recognition of Crimea as part of a ceasefire in Ukraine, Kremlin officials "
    "said, days before Witkoff was due in Moscow for new talks with Putin.",
)
IPHONE = (
    "Apple unveils a cheaper iPhone",
    "Apple introduced a cheaper iPhone model with a faster chip and a better camera at its "
    "September event in Cupertino, California, with sales starting next week.",
)


def item(key: str, pair: tuple[str, str], day: str | None = "2025-04-25") -> StoryInput:
    return StoryInput(key, pair[0], pair[1], day)


def settings(**changes: float | str) -> StoriesSettings:
    """Thresholds applied alike with and without embeddings, so each test names one pair."""
    chosen = {"event_threshold": 0.35, "story_threshold": 0.12} | changes
    text = {
        f"{name}_text": value
        for name, value in chosen.items()
        if name in ("event_threshold", "story_threshold")
    }
    return replace(default_settings().stories, **(chosen | text))  # type: ignore[arg-type]


def grouped(index: StoryIndex, *ids: str) -> set[tuple[str, str]]:
    return {(a.story_id, a.event_id) for i in ids if (a := index.assignment(i))}


def test_terms_drop_stop_words_and_plural_s() -> None:
    assert terms("The talks on ceasefires in Ukraine") == ["talk", "ceasefire", "ukraine"]


def test_entity_keys_use_labelled_mentions_when_given() -> None:
    mentions = (Mention(0, 5, "Putin", "PERSON"), Mention(10, 14, "2025", "DATE"))
    assert entity_keys("Putin met in 2025", mentions) == ["putin"]


def test_entity_keys_without_mentions_skip_sentence_initial_common_words() -> None:
    keys = entity_keys("Then Steve Witkoff flew to Moscow. Later he met Putin.", ())
    assert "steve witkoff" in keys and "moscow" in keys and "putin" in keys
    assert "then" not in keys and "later" not in keys


def test_same_event_joins_and_unrelated_article_opens_a_new_story() -> None:
    index = StoryIndex(settings())
    index.add(item("a", TALKS))
    index.add(item("b", TALKS_AGAIN))
    index.add(item("c", IPHONE))
    assert grouped(index, "a") == grouped(index, "b")
    assert index.assignment("c").story_id != index.assignment("a").story_id  # type: ignore[union-attr]


def test_related_article_opens_an_event_in_the_same_story() -> None:
    index = StoryIndex(settings(event_threshold=0.6, story_threshold=0.1))
    first = index.add(item("a", TALKS))
    second = index.add(item("b", DEMANDS, "2025-04-22"))
    assert first[0] == second[0] and first[1] != second[1]


def test_stories_export_events_inside_stories() -> None:
    index = StoryIndex(settings(event_threshold=0.6, story_threshold=0.1))
    for key, pair in (("a", TALKS), ("b", DEMANDS), ("c", IPHONE)):
        index.add(item(key, pair))
    stories = index.stories()
    assert sorted(len(s.events) for s in stories) == [1, 2]
    talks = next(s for s in stories if "a" in s.article_ids)
    assert {e.story_id for e in talks.events} == {talks.id}
    assert sorted(a for e in talks.events for a in e.article_ids) == ["a", "b"]


def test_adding_news_never_renames_existing_groups() -> None:
    index = StoryIndex(settings())
    before = index.add(item("a", TALKS))
    for n in range(20):
        index.add(item(f"x{n}", (f"{IPHONE[0]} {n}", IPHONE[1])))
        index.add(item(f"y{n}", TALKS_AGAIN))
    assert index.assignment("a") is not None
    assert (index.assignment("a").story_id, index.assignment("a").event_id) == before  # type: ignore[union-attr]


def test_adding_the_same_id_twice_is_a_no_op() -> None:
    index = StoryIndex(settings())
    assert index.add(item("a", TALKS)) == index.add(item("a", IPHONE))
    assert sum(len(s.article_ids) for s in index.stories()) == 1


def test_rebuild_equals_adding_in_canonical_order() -> None:
    items = [
        item(f"n{n}", pair, f"2025-04-{20 + n % 7:02d}")
        for n, pair in enumerate([TALKS, TALKS_AGAIN, DEMANDS, IPHONE] * 4)
    ]
    shuffled = items[:]
    random.Random(3).shuffle(shuffled)
    rebuilt = StoryIndex.rebuild(shuffled, settings())
    one_by_one = StoryIndex(settings())
    for each in sorted(items, key=canonical_key):
        one_by_one.add(each)
    assert rebuilt.stories() == one_by_one.stories()


def test_state_is_json_and_restore_continues_identically() -> None:
    items = [item(f"n{n}", pair) for n, pair in enumerate([TALKS, DEMANDS, IPHONE, TALKS_AGAIN])]
    straight = StoryIndex(settings())
    for each in items:
        straight.add(each)
    halfway = StoryIndex(settings())
    for each in items[:2]:
        halfway.add(each)
    resumed = StoryIndex.restore(json.loads(json.dumps(halfway.state())))
    for each in items[2:]:
        resumed.add(each)
    assert grouped(resumed, *(i.id for i in items)) == grouped(straight, *(i.id for i in items))
    assert json.dumps(resumed.state()) == json.dumps(straight.state())


class RowStore:
    """The store's side of the story rows, in memory: it applies `take_changes` as a store's
    `put_stories` does and hands back what `story_state` and `story_keys` would."""

    def __init__(self) -> None:
        self.header: dict[str, Any] = {}
        self.groups: dict[str, dict[str, Any]] = {}
        self.keys: dict[int, KeyRow] = {}
        self.merged: dict[str, str] = {}
        self.looked_up: list[int] = []
        self.groups_read: list[str] = []

    def write(self, state: dict[str, Any]) -> None:
        state = json.loads(json.dumps(state))  # what a store keeps is JSON
        if state["reset"]:
            self.groups, self.keys, self.merged = {}, {}, {}
        self.header = state["header"]
        self.groups |= {g["id"]: g for g in state["groups"]}
        for closed in state["closed"]:
            self.groups.pop(closed, None)
        self.keys |= {k: (k, df, postings) for k, df, postings in state["keys"]}
        self.merged |= dict(state["merged"])

    def state(self) -> dict[str, Any]:
        """What `story_state` gives (the open groups come through `read_groups`)."""
        live = [[e, into] for e, into in sorted(self.merged.items()) if into in self.groups]
        return {"header": self.header, "merged": live}

    def whole_state(self) -> dict[str, Any]:
        """The state with every open group in it (as a store before lazy reading gave it)."""
        return {**self.state(), "groups": self.read_groups(None)}

    def read_groups(self, ids: Sequence[str] | None) -> list[dict[str, Any]]:
        self.groups_read += list(self.groups) if ids is None else ids
        rows = [self.groups[i] for i in (self.groups if ids is None else ids) if i in self.groups]
        return sorted(rows, key=lambda g: int(g["seq"]))

    def lookup(self, keys: Sequence[int]) -> list[KeyRow]:
        self.looked_up += keys
        return [self.keys[k] for k in keys if k in self.keys]


def spread_items(count: int, seed: int) -> list[StoryInput]:
    """Four kinds of news over a season: groups open, grow, go idle and close."""
    rng = random.Random(seed)
    pairs = [TALKS, TALKS_AGAIN, DEMANDS, IPHONE]
    return [
        item(
            f"s{n:03d}",
            rng.choice(pairs),
            f"2025-{1 + n * 9 // count:02d}-{rng.randint(1, 28):02d}",
        )
        for n in range(count)
    ]


def merging_items(count: int, seed: int) -> list[StoryInput]:
    rng = random.Random(seed)
    return [
        replace(
            pointed(f"p{n:03d}", 1.0, rng.uniform(0.0, 0.6)),
            published=f"2025-0{1 + n * 6 // count}-15",
        )
        for n in range(count)
    ]


@pytest.mark.parametrize(
    ("make_items", "chosen"),
    [
        (spread_items, lambda: settings()),
        (
            merging_items,
            lambda: vector_only(event_threshold=0.97, story_threshold=0.5, merge_threshold=0.95),
        ),
    ],
    ids=["text_signals_groups_closing", "vectors_with_merges"],
)
@pytest.mark.parametrize("lazy", [True, False], ids=["groups_read_when_needed", "groups_all_read"])
def test_restoring_open_groups_and_looked_up_terms_assigns_as_an_unbroken_run(
    make_items: Callable[[int, int], list[StoryInput]],
    chosen: Callable[[], StoriesSettings],
    lazy: bool,
) -> None:
    items = sorted(make_items(60, 3), key=canonical_key)
    straight = StoryIndex(chosen())
    for each in items:
        straight.add(each)
    rows, placed = RowStore(), dict[str, tuple[str, str]]()
    index = StoryIndex(chosen())
    for start in range(0, len(items), 7):
        if start and lazy:
            index = StoryIndex.restore(rows.state(), rows.lookup, rows.read_groups)
        elif start:
            index = StoryIndex.restore(rows.whole_state(), rows.lookup)
        batch = items[start : start + 7]
        index.prefetch(batch)
        for each in batch:
            index.add(each)
        changes = index.take_changes()
        placed |= {a: (x.story_id, x.event_id) for a, x in changes.assigned.items()}
        placed = {a: (s, changes.merged.get(e, e)) for a, (s, e) in placed.items()}
        rows.write(changes.state)
    assert placed == {i.id: grouped(straight, i.id).pop() for i in items}
    assert rows.state()["header"] == straight.state()["header"]
    open_ids = {g["id"] for g in straight.state()["groups"]}
    assert set(rows.groups) == open_ids and len(open_ids) < len(straight.stories()) + len(items)


def apart(n: int, key: str) -> StoryInput:
    """An article on a topic of its own: its own words, an embedding along its own axis."""
    axis = tuple(1.0 if i == n else 0.0 for i in range(48))
    word = "".join(chr(ord("k") + int(d)) for d in f"{n:03d}")  # words share no term
    return StoryInput(
        f"{key}{n}", f"Quorx{word}", f"Plex{word} vant{word}.", "2025-04-25", (), axis
    )


def test_a_restored_index_reads_only_the_open_groups_it_compares_with() -> None:
    """Many open groups, one of them near the new article: the few it compares with are read."""
    chosen = vector_only(recent_events=2)
    index, straight = StoryIndex(chosen), StoryIndex(chosen)
    for n in range(40):
        index.add(apart(n, "far"))
        straight.add(apart(n, "far"))
    rows = RowStore()
    rows.write(index.take_changes().state)
    restored = StoryIndex.restore(rows.state(), rows.lookup, rows.read_groups)
    restored.add(apart(0, "near"))
    straight.add(apart(0, "near"))
    assert 0 < len(set(rows.groups_read)) <= 8 < len(rows.groups)
    changes = restored.take_changes()
    assert changes.assigned["near0"] == straight.assignment("near0")
    assert changes.state["header"] == straight.state()["header"]


def test_a_header_without_its_open_groups_has_them_all_read() -> None:
    index = StoryIndex(settings())
    for n, pair in enumerate([TALKS, DEMANDS, IPHONE]):
        index.add(item(f"n{n}", pair))
    rows = RowStore()
    rows.write(index.take_changes().state)
    del rows.header["open"]  # as states written before the list was kept
    StoryIndex.restore(rows.state(), rows.lookup, rows.read_groups)
    assert sorted(rows.groups_read) == sorted(rows.groups)


def test_changes_name_only_what_one_article_touched() -> None:
    index = StoryIndex(settings())
    for n, pair in enumerate([TALKS, DEMANDS, IPHONE]):
        index.add(item(f"n{n}", pair))
    rows = RowStore()
    rows.write(index.take_changes().state)
    restored = StoryIndex.restore(rows.state(), rows.lookup, rows.read_groups)
    restored.add(item("again", TALKS_AGAIN))
    changes = restored.take_changes()
    assert list(changes.assigned) == ["again"]
    joined = changes.assigned["again"]
    assert {g["id"] for g in changes.state["groups"]} == {joined.story_id, joined.event_id}
    assert {k for k, _, _ in changes.state["keys"]} <= set(rows.looked_up)
    assert not changes.state["reset"] and changes.opened == ()
    assert restored.take_changes().assigned == {}  # taken once


def test_a_restored_index_fetches_each_term_row_once() -> None:
    index = StoryIndex(settings())
    index.add(item("a", TALKS))
    rows = RowStore()
    rows.write(index.take_changes().state)
    restored = StoryIndex.restore(rows.state(), rows.lookup, rows.read_groups)
    restored.prefetch([item("b", TALKS_AGAIN), item("c", TALKS_AGAIN)])
    fetched = len(rows.looked_up)
    restored.add(item("b", TALKS_AGAIN))
    restored.add(item("c", TALKS_AGAIN))
    assert len(rows.looked_up) == fetched == len(set(rows.looked_up))


def legacy_snapshot(index: StoryIndex) -> dict[str, Any]:
    """The whole state in one blob, as newsdesk-stories/3 stored it."""
    return {
        "format": SNAPSHOT_FORMAT,
        "settings": asdict(index.settings),
        "docs": index._docs,
        "seq": index._seq,
        "df": sorted(index._df.items()),
        "events": [_group_state(g) for g in index._events.values()],
        "stories": [_group_state(g) for g in index._stories.values()],
        "postings": [[k, list(v)] for k, v in index._postings.items()],
        "recent": list(index._recent),
        "merged": sorted(index._merged.items()),
        "assigned": [[a, x.story_id, x.event_id, x.score] for a, x in index._assigned.items()],
        "expiry": {kind: [list(e) for e in heap] for kind, heap in index._expiry.items()},
    }


def test_an_old_snapshot_is_read_and_handed_over_as_rows() -> None:
    items = sorted(spread_items(30, 5), key=canonical_key)
    straight = StoryIndex(settings())
    for each in items:
        straight.add(each)
    old = StoryIndex(settings())
    for each in items[:20]:
        old.add(each)
    migrated = StoryIndex.restore({"header": json.loads(json.dumps(legacy_snapshot(old)))})
    for each in items[20:]:
        migrated.add(each)
    changes = migrated.take_changes()
    assert changes.state["reset"] and changes.state["header"]["format"] == STATE_FORMAT
    handed = json.loads(json.dumps(changes.state))
    whole = json.loads(json.dumps(straight.state()))
    closed = handed.pop("closed")  # groups closed since: their rows go, as ever
    assert whole.pop("closed") == [] and not set(closed) & {g["id"] for g in whole["groups"]}
    assert handed == whole
    assert grouped(migrated, *(i.id for i in items)) == grouped(straight, *(i.id for i in items))


def test_an_unknown_state_format_is_refused() -> None:
    with pytest.raises(ValueError, match="not a stories state"):
        StoryIndex.restore({"header": {"format": "newsdesk-stories/2"}})


def test_time_window_keeps_distant_dates_apart() -> None:
    index = StoryIndex(settings())
    index.add(item("a", TALKS, "2025-01-01"))
    index.add(item("b", TALKS_AGAIN, "2025-03-15"))  # same words, 73 days later
    assert index.assignment("a").story_id != index.assignment("b").story_id  # type: ignore[union-attr]


def test_closed_groups_drop_their_state_but_keep_their_record() -> None:
    index = StoryIndex(settings())
    index.add(item("a", TALKS, "2025-01-01"))
    index.take_changes()
    index.add(item("b", IPHONE, "2025-06-01"))
    closed = index.take_changes().state["closed"]
    assert {g["kind"] for g in index.state()["groups"]} == {"event", "story"}
    assert len(index.state()["groups"]) == 2 and len(closed) == 2
    assert any("a" in s.article_ids for s in index.stories())


def test_embeddings_pull_paraphrases_together() -> None:
    index = StoryIndex(settings(event_threshold=0.4))
    index.add(StoryInput("a", "Quake hits city", "Buildings fell.", None, (), (1.0, 0.0, 0.1)))
    index.add(
        StoryInput("b", "Earthquake strikes town", "Homes collapsed.", None, (), (0.9, 0.1, 0.1))
    )
    assert index.assignment("a").event_id == index.assignment("b").event_id  # type: ignore[union-attr]


def test_similarity_is_high_for_same_event_and_low_for_unrelated() -> None:
    index = StoryIndex(settings())
    index.observe([item("a", TALKS), item("b", TALKS_AGAIN), item("c", IPHONE)])
    same = index.similarity(item("a", TALKS), item("b", TALKS_AGAIN))
    other = index.similarity(item("a", TALKS), item("c", IPHONE))
    assert same > 0.2 > other


def test_candidates_stay_bounded_as_the_index_grows() -> None:
    index = StoryIndex(settings(max_candidates=5, postings_cap=10))
    for n in range(60):
        index.add(item(f"n{n}", (f"Talks round {n}", TALKS[1] + f" Round {n}."), None))
    assert all(len(posting) <= 10 for posting in index._postings.values())


def vector_only(**changes: float | str) -> StoriesSettings:
    """Scores from the embedding alone, so a test can place articles by their vectors.

    Centroid linkage without local scaling unless a test asks: the geometry of the older tests
    (merging, member links) is worked out for plain centroid cosines.
    """
    base = {"weight_title": 0.0, "weight_body": 0.0, "weight_entities": 0.0}
    plain = {"linkage": "centroid", "density_weight": 0.0}
    return settings(**(base | plain | changes))  # type: ignore[arg-type]


def pointed(key: str, x: float, y: float) -> StoryInput:
    return StoryInput(key, "Storm", "Storm news.", "2025-04-25", (), (x, y, 0.0))


def test_an_event_grown_close_to_an_older_one_merges_into_it() -> None:
    index = StoryIndex(vector_only(event_threshold=0.95, story_threshold=0.1, merge_threshold=0.9))
    first = index.add(pointed("a", 1.0, 0.0))
    second = index.add(pointed("b", 0.9, 0.436))  # 0.90 to "a": same story, a new event
    assert second[0] == first[0] and second[1] != first[1]
    third = index.add(pointed("c", 0.97, 0.243))  # joins "b", whose centroid is then 0.94 to "a"
    assert third == first
    assert {index.assignment(k).event_id for k in "abc"} == {first[1]}  # type: ignore[union-attr]
    assert index.merged_into(second[1]) == first[1]
    (story,) = index.stories()
    assert [sorted(e.article_ids) for e in story.events] == [["a", "b", "c"]]


def test_without_merging_the_grown_event_stays_apart() -> None:
    index = StoryIndex(vector_only(event_threshold=0.95, story_threshold=0.1))
    first = index.add(pointed("a", 1.0, 0.0))
    index.add(pointed("b", 0.9, 0.436))
    assert index.add(pointed("c", 0.97, 0.243))[1] != first[1]


def test_member_links_keep_a_bounded_number_of_members() -> None:
    index = StoryIndex(vector_only(event_threshold=0.5, member_weight=0.5, members_kept=2))
    for n in range(5):
        index.add(pointed(f"n{n}", 1.0, 0.1 * n))
    (event,) = index._events.values()
    assert event.centroid is not None and len(event.centroid.members) == 2
    assert len(event.article_ids) == 5


def test_member_link_lifts_an_article_close_to_one_member() -> None:
    # the centroid of "a" and "b" is 0.87 to "c", its member "b" is 0.95 to it
    chosen = {"event_threshold": 0.9, "story_threshold": 0.1, "time_weight": 0.0}
    members = StoryIndex(vector_only(member_weight=0.5, **chosen))
    centroid_only = StoryIndex(vector_only(**chosen))
    for index in (members, centroid_only):
        index.add(pointed("a", 1.0, 0.0))
        index.add(pointed("b", 0.92, 0.39))
        index.add(pointed("c", 0.75, 0.661))
    joined = {members.assignment(k).event_id for k in "abc"}  # type: ignore[union-attr]
    apart = {centroid_only.assignment(k).event_id for k in "abc"}  # type: ignore[union-attr]
    assert len(joined) < len(apart)


def test_state_round_trips_members_and_merges() -> None:
    chosen = vector_only(
        event_threshold=0.95, story_threshold=0.1, merge_threshold=0.9, member_weight=0.3
    )
    points = [("a", 1.0, 0.0), ("b", 0.9, 0.436), ("c", 0.97, 0.243), ("d", 0.95, 0.3)]
    straight = StoryIndex(chosen)
    for key, x, y in points:
        straight.add(pointed(key, x, y))
    halfway = StoryIndex(chosen)
    for key, x, y in points[:3]:
        halfway.add(pointed(key, x, y))
    state = json.loads(json.dumps(halfway.state()))
    resumed = StoryIndex.restore(state)
    assert json.loads(json.dumps(resumed.state())) == state
    resumed.add(pointed(*points[3]))
    assert grouped(resumed, *"abcd") == grouped(straight, *"abcd")
    assert json.dumps(resumed.state()) == json.dumps(straight.state())


def unit(*values: float) -> tuple[float, ...]:
    norm = math.sqrt(sum(v * v for v in values))
    return tuple(v / norm for v in values)


def at(key: str, vector: tuple[float, ...]) -> StoryInput:
    return StoryInput(key, "Storm", "Storm news.", "2025-04-25", (), vector)


def test_average_linkage_does_not_let_a_diffuse_event_pull_in_a_newcomer() -> None:
    # "a" and "b" are 0.62 apart: one event. "c" is 0.66 to their centroid's direction but only
    # 0.594 to each of them: the centroid cosine says join, the mean similarity says not.
    half = math.sqrt((1 + 0.62) / 2)
    b = (0.62, math.sqrt(1 - 0.62**2), 0.0)
    bisector = ((1 + b[0]) / (2 * half), b[1] / (2 * half), 0.0)
    c = (0.66 * bisector[0], 0.66 * bisector[1], math.sqrt(1 - 0.66**2))
    results = {}
    for linkage in ("centroid", "average"):
        index = StoryIndex(vector_only(event_threshold=0.61, story_threshold=0.1, linkage=linkage))
        first = index.add(at("a", (1.0, 0.0, 0.0)))
        assert index.add(at("b", b)) == first
        results[linkage] = index.add(at("c", c))[1] == first[1]
    assert results == {"centroid": True, "average": False}


def test_local_scaling_asks_more_of_a_match_in_a_crowded_neighbourhood() -> None:
    # "x" is 0.7 to "y" in both indexes. In the quiet one "y" came first, with no neighbours;
    # in the crowded one it came among four articles 0.49 to it, so a match with it must be
    # closer: there "x" opens an event of its own (it joins "y" again without scaling).
    def axis(n: int, weight: float = 1.0) -> tuple[float, ...]:
        return tuple(weight if d == n else 0.0 for d in range(8))

    y = axis(0)
    x = tuple(a + b for a, b in zip(axis(0, 0.7), axis(7, math.sqrt(1 - 0.49)), strict=True))
    crowd = [
        tuple(a + b for a, b in zip(axis(0, 0.49), axis(n, math.sqrt(1 - 0.49**2)), strict=True))
        for n in range(1, 5)
    ]
    chosen = {"event_threshold": 0.5, "story_threshold": 0.1, "linkage": "average"}

    def joins_y(density_weight: float, crowded: bool) -> bool:
        index = StoryIndex(vector_only(density_weight=density_weight, **chosen))
        for n, vector in enumerate(crowd if crowded else []):
            index.add(at(f"c{n}", vector))
        return index.add(at("y", y))[1] == index.add(at("x", x))[1]

    assert joins_y(0.5, crowded=False)
    assert not joins_y(0.5, crowded=True)
    assert joins_y(0.0, crowded=True)


def test_vectors_in_the_state_are_exact_and_old_float_lists_still_read() -> None:
    from newsdesk.group.stories import _array_from_state, _array_state

    vector = np.array([0.1, -2.5e-300, 1 / 3, 7.0])
    written = _array_state(vector)
    assert isinstance(written, str)
    assert np.array_equal(_array_from_state(json.loads(json.dumps(written))), vector)
    assert np.array_equal(_array_from_state([0.1, 2.0]), np.array([0.1, 2.0]))
    assert _array_from_state(None) is None and _array_state(None) is None


def test_sparse_vectors_in_the_state_keep_keys_values_and_order() -> None:
    from newsdesk.group.stories import _vector_from_state, _vector_state

    vector = {905: 0.25, 3: 1 / 3, 1_048_575: -1e-12}
    back = _vector_from_state(json.loads(json.dumps(_vector_state(vector))))
    assert back == vector and list(back) == list(vector)
    assert _vector_from_state(_vector_state({})) == {}
    assert _vector_from_state([[7, 0.5], [2, 1.0]]) == {7: 0.5, 2: 1.0}  # written before
