"""Unit tests of group.stories on hand-made articles (no trained model)."""

from __future__ import annotations

import json
import math
import random

from newsdesk.group.stories import (
    StoryIndex,
    StoryInput,
    StorySettings,
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


def settings(**changes: float | str) -> StorySettings:
    """Thresholds applied alike with and without embeddings, so each test names one pair."""
    chosen = {"event_threshold": 0.35, "story_threshold": 0.12} | changes
    text = {
        f"{name}_text": value
        for name, value in chosen.items()
        if name in ("event_threshold", "story_threshold")
    }
    return StorySettings(**(chosen | text))  # type: ignore[arg-type]


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


def test_snapshot_is_json_and_restore_continues_identically() -> None:
    items = [item(f"n{n}", pair) for n, pair in enumerate([TALKS, DEMANDS, IPHONE, TALKS_AGAIN])]
    straight = StoryIndex(settings())
    for each in items:
        straight.add(each)
    halfway = StoryIndex(settings())
    for each in items[:2]:
        halfway.add(each)
    resumed = StoryIndex.restore(json.loads(json.dumps(halfway.snapshot())))
    for each in items[2:]:
        resumed.add(each)
    assert resumed.stories() == straight.stories()


def test_time_window_keeps_distant_dates_apart() -> None:
    index = StoryIndex(settings())
    index.add(item("a", TALKS, "2025-01-01"))
    index.add(item("b", TALKS_AGAIN, "2025-03-15"))  # same words, 73 days later
    assert index.assignment("a").story_id != index.assignment("b").story_id  # type: ignore[union-attr]


def test_closed_groups_drop_their_state_but_keep_their_record() -> None:
    index = StoryIndex(settings())
    index.add(item("a", TALKS, "2025-01-01"))
    index.add(item("b", IPHONE, "2025-06-01"))
    state = index.snapshot()
    open_events = [e for e in state["events"] if e["centroid"] is not None]
    assert len(open_events) == 1 and len(state["events"]) == 2
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


def vector_only(**changes: float | str) -> StorySettings:
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


def test_snapshot_round_trips_members_and_merges() -> None:
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
    state = json.loads(json.dumps(halfway.snapshot()))
    resumed = StoryIndex.restore(state)
    assert json.loads(json.dumps(resumed.snapshot())) == state
    resumed.add(pointed(*points[3]))
    assert resumed.stories() == straight.stories()
    assert json.dumps(resumed.snapshot()) == json.dumps(straight.snapshot())


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
