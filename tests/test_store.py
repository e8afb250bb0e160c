"""The store protocol's tests, run on every backend (SQLite; PostgreSQL where it can run),
and the SQLite store's own (WAL, migrations from old files)."""

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from tests.store_backends import postgres_server, postgres_url  # noqa: F401  (fixtures)

from newsdesk.config import Settings
from newsdesk.errors import StoreError
from newsdesk.model import (
    Annotation,
    Article,
    Attribution,
    Claim,
    CopyLink,
    Entity,
    EntityChanges,
    EntityMention,
    Event,
    Extraction,
    InputKind,
    Mention,
    OffsetPiece,
    Quantity,
    Quote,
    RawDocument,
    Segment,
    SegmentLabel,
    Sentence,
    SourceHints,
    Story,
    TimeExpression,
    Token,
)
from newsdesk.store import ITEM_TABLES, MIGRATIONS, SQLiteStore, Store, open_store

BACKENDS = ("sqlite", "postgres")

RAW_TEXT = "Headline here\nThe council voted on Tuesday to reopen the bridge.\nAdvertisement\n"


def _raw() -> RawDocument:
    data = RAW_TEXT.encode()
    return RawDocument(
        "story.txt", data, RAW_TEXT, "utf-8", InputKind.TEXT, SourceHints(outlet="The Valley Post")
    )


def _article(raw: RawDocument) -> Article:
    body = "The council voted on Tuesday to reopen the bridge."
    segments = (
        Segment(0, 13, "Headline here", SegmentLabel.TITLE, "headline line"),
        Segment(14, 14 + len(body), body, SegmentLabel.STORY, "story text"),
        Segment(65, 78, "Advertisement", SegmentLabel.ADVERTISEMENT, "ad slot label"),
    )
    return Article(
        raw.id,
        raw.source,
        raw.kind,
        "Headline here",
        "The Valley Post",
        "2025-04-22",
        "metadata",
        "en",
        body,
        segments,
        (OffsetPiece(0, len(body), 14, 14 + len(body)),),
    )


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a new, empty store goes: an SQLite file, or a PostgreSQL database of its own."""
    if request.param == "sqlite":
        yield str(tmp_path / "t.db")
        return
    pytest.importorskip("psycopg", reason="PostgreSQL tests need psycopg (pip install psycopg)")
    yield request.getfixturevalue("postgres_url")


@pytest.fixture
def store(location: str, settings: Settings) -> Iterator[Store]:
    with open_store(location, settings.store) as opened:
        yield opened


@pytest.fixture
def sqlite_store(tmp_path: Path, settings: Settings) -> Iterator[SQLiteStore]:
    with SQLiteStore(tmp_path / "t.db", settings.store) as opened:
        yield opened


def test_new_store_is_migrated_and_in_wal_mode(sqlite_store: SQLiteStore) -> None:
    assert sqlite_store.schema_version == len(MIGRATIONS)
    mode = sqlite_store._db.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_article_round_trips_with_segments_and_raw_bytes(store: Store) -> None:
    raw = _raw()
    article = _article(raw)
    store.put(raw, article)
    assert store.article(article.id) == article
    assert store.raw_document(raw.id).data == raw.data
    assert store.has_document(raw.id)


def test_article_by_unique_prefix(store: Store) -> None:
    raw = _raw()
    store.put(raw, _article(raw))
    assert store.article(raw.id[:6]).id == raw.id
    assert store.article("zz") is None


def test_full_text_search_finds_words_ignoring_diacritics(store: Store) -> None:
    raw = _raw()
    store.put(raw, _article(raw))
    hits = store.search("bridge")
    assert [hit.article.id for hit in hits] == [raw.id]
    start, end = hits[0].marks[0]
    assert hits[0].snippet[start:end] == "bridge"
    assert store.search("nonexistentword") == []


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "72-hour", "hour:", "(", "NOT", "a OR", "[/b]", "title:", "bridge)"],
)
def test_whatever_is_typed_searches_without_error(store: Store, query: str) -> None:
    raw = _raw()
    store.put(raw, _article(raw))
    store.search(query)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("council bridge", True),
        ("council zebra", False),
        ('"reopen the bridge"', True),
        ('"bridge the reopen"', False),
        ("zebra OR bridge", True),
        ("bridge NOT council", False),
        ("reop*", True),
        ("title:headline", True),
        ("title:bridge", False),
    ],
)
def test_friendly_search_syntax(store: Store, query: str, found: bool) -> None:
    raw = _raw()
    store.put(raw, _article(raw))
    assert bool(store.search(query)) is found


def test_a_missing_store_is_refused_when_not_creating(location: str, settings: Settings) -> None:
    for _ in range(2):  # and the refusal leaves nothing behind that a second try would open
        with pytest.raises(StoreError, match="no such store"):
            open_store(location, settings.store, create=False)


def test_failed_article_leaves_nothing_half_written(store: Store) -> None:
    raw = _raw()
    broken = _article(raw)
    bad_segments = (*broken.segments, broken.segments[0])  # fine
    object.__setattr__(broken, "segments", bad_segments)
    object.__setattr__(broken, "offsets", (object(),))  # not serialisable: fails mid-way
    with pytest.raises(AttributeError):
        store.put(raw, broken)
    assert store.count() == 0
    assert store.raw_document(raw.id) is None
    assert store._db.execute("SELECT count(*) FROM segments").fetchone()[0] == 0


def test_reopening_keeps_data_and_does_not_remigrate(location: str, settings: Settings) -> None:
    raw = _raw()
    with open_store(location, settings.store) as first:
        first.put(raw, _article(raw))
        version = first.schema_version
    with open_store(location, settings.store, create=False) as second:
        assert second.count() == 1
        assert second.schema_version == version


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        SQLiteStore(path, settings.store)


def test_newer_schema_is_refused(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "future.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.close()
    with pytest.raises(StoreError, match="newer than this newsdesk"):
        SQLiteStore(path, settings.store)


def test_stage_outputs_are_cached_by_version(store: Store) -> None:
    raw = _raw()
    store.put(raw, _article(raw))
    store.put_stage_output(raw.id, "annotate", "v1", {"sentences": [[0, 5]]})
    assert store.stage_output(raw.id, "annotate", "v1") == {"sentences": [[0, 5]]}
    assert store.stage_output(raw.id, "annotate", "v2") is None


# --- analyses and corpus-level results ----------------------------------------------


def _annotation(article_id: str) -> Annotation:
    return Annotation(
        article_id,
        "en_core_web_sm-3.8.0:ner",
        (Sentence(0, 51),),
        (Mention(4, 11, "council", "ORG"),),
        (Token(0, 3, "the", "DET", "det", 1),),
    )


def _extraction(article_id: str) -> Extraction:
    return Extraction(
        article_id,
        times=(TimeExpression(24, 31, "Tuesday", "2025-04-22", "day", 0.9, "weekday"),),
        quotes=(
            Quote(article_id, 4, 11, "council", False, "Mayor Lee", 0, 3, 0, 3, "said"),
            Quote(article_id, 0, 3, "The … bridge", True, None, pieces=((0, 3), (45, 51))),
        ),
        claims=(
            Claim(
                article_id,
                0,
                51,
                "council",
                4,
                11,
                "AGREE",
                "voted",
                12,
                17,
                "reopening",
                36,
                50,
                "asserted",
            ),
        ),
        quantities=(Quantity(article_id, 0, 1, "1", 1.0, "exact", "bridge", 45, 51),),
        attributions=(Attribution(article_id, 0, 51, "said", 0, 4, "Reuters"),),
    )


@pytest.mark.parametrize("table", sorted(ITEM_TABLES))
def test_item_tables_have_a_column_per_model_field(store: Store, table: str) -> None:
    columns = _table_columns(store, table)
    assert columns == {"article_id", "seq", *(f.name for f in fields(ITEM_TABLES[table]))}


def _table_columns(store: Store, table: str) -> set[str]:
    if isinstance(store, SQLiteStore):
        return {row[1] for row in store._db.execute(f"PRAGMA table_info({table})")}
    rows = store._db.execute(  # type: ignore[attr-defined]
        "SELECT column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = %s",
        (table,),
    )
    return {row[0] for row in rows}


def test_annotation_round_trips_per_version(store: Store) -> None:
    raw = _raw()
    store.put(raw, _article(raw))
    store.put_annotation(_annotation(raw.id), "m1")
    assert store.annotated_ids("m1") == {raw.id}
    assert store.annotated_ids("m2") == set()
    assert store.annotation(raw.id) == _annotation(raw.id)


def test_extraction_round_trips_and_replaces_the_previous_one(store: Store) -> None:
    raw = _raw()
    store.put(raw, _article(raw))
    analysis = _extraction(raw.id)
    store.put_extraction(analysis, "v1")
    store.put_extraction(analysis, "v1")  # again: replaced, not doubled
    assert store.extracted_ids("v1") == {raw.id}
    assert store.extracted_ids("v2") == set()
    assert store.items("quotes") == list(analysis.quotes)
    assert store.items("claims", raw.id) == list(analysis.claims)
    assert store.items("time_expressions") == list(analysis.times)
    assert store.items("quantities") == list(analysis.quantities)
    assert store.items("attributions") == list(analysis.attributions)


def test_entities_and_stories_are_swapped_whole(store: Store) -> None:
    raw = _raw()
    store.put(raw, _article(raw))
    mention = EntityMention(raw.id, 4, 11, "council")
    entity = Entity("e1", "Council", "ORG", ("council",), (mention,), None, ("why",))
    store.replace_entities([entity])
    store.replace_entities([entity])
    assert store.entities() == [entity]
    event = Event("ev1", "s1", "Vote", (raw.id,))
    story = Story("s1", "Bridge", (raw.id,), (event,))
    store.replace_stories([story], {"header": {"next": 2}})
    assert store.stories() == [story]
    assert store.corpus_state("stories") == {"next": 2}


def test_link_updates_move_mentions_by_name_key(store: Store) -> None:
    raw = _raw()
    store.put(raw, _article(raw))
    council = EntityMention(raw.id, 4, 11, "council")
    bridge = EntityMention(raw.id, 40, 46, "bridge")
    first = EntityChanges(
        (Entity("e1", "Council", "ORG", (), ()), Entity("e2", "Bridge", "FAC", (), ())),
        (),
        (("e1", ("council",)), ("e2", ("bridge",))),
        (("council", council), ("bridge", bridge)),
        reset=True,
    )
    state = {"format": "f", "births": 2, "nodes": {"0": {"a": 1}}, "links": {}, "articles": {},
             "entities": {"e1": 0, "e2": 1}}  # fmt: skip
    store.put_entity_changes(first, state)
    found = sorted((e.id, [m.text for m in e.mentions]) for e in store.entities())
    assert found == [("e1", ["council"]), ("e2", ["bridge"])]
    # e2 merges into e1: its key moves, its mentions follow; only changed rows are written
    merged = EntityChanges(
        (Entity("e1", "Council", "ORG", ("Bridge",), (), None, ("why",)),),
        ("e2",),
        (("e1", ("bridge", "council")),),
        (),
    )
    later = {"format": "f", "births": 2, "nodes": {"1": {"b": 2}}, "links": {}, "articles": {},
             "entities": {"e2": None}}  # fmt: skip
    store.put_entity_changes(merged, later)
    (entity,) = store.entities()
    assert (entity.id, entity.aliases, entity.why) == ("e1", ("Bridge",), ("why",))
    assert sorted(m.text for m in entity.mentions) == ["bridge", "council"]
    linked = store.link_state()
    assert linked is not None and linked["births"] == 2
    assert linked["nodes"] == {"0": {"a": 1}, "1": {"b": 2}}
    assert linked["entities"] == {"e1": 0, "e2": None}
    store.replace_entities([])  # linking everything anew forgets the state
    assert store.link_state() is None and store.entities() == []


def _stored(store: Store, *titles: str) -> list[str]:
    """Articles with these titles (a day apart), their ids in that order."""
    ids = []
    for n, title in enumerate(titles):
        text = f"{title}\nBody {n}.\n"
        raw = RawDocument(f"{n}.txt", text.encode(), text, "utf-8", InputKind.TEXT)
        article = _article(raw)
        store.put(raw, _with(article, title=title, published=f"2025-04-{10 + n:02d}"))
        ids.append(raw.id)
    return ids


def _with(article: Article, **changes: object) -> Article:
    return article.__class__(**{**_fields(article), **changes})


def _story(story_id: str, title: str, *events: tuple[str, str, tuple[str, ...]]) -> Story:
    members = tuple(a for _, _, ids in events for a in ids)
    return Story(story_id, title, members, tuple(Event(e, story_id, t, i) for e, t, i in events))


def test_put_stories_writes_what_changed_and_keeps_the_order(store: Store) -> None:
    a, b, c, d = _stored(store, "One", "Two", "Three", "Four")
    first = _story("s1", "One", ("e1", "One", (a,)))
    second = _story("s2", "Two", ("e2", "Two", (b,)))
    store.replace_stories([first, second], None)
    grown = _story("s1", "One again", ("e1", "One", (a,)), ("e3", "Three", (c,)))
    newer = _story("s3", "Four", ("e4", "Four", (d,)))
    store.put_stories([newer, grown], [], None)
    assert store.stories() == [grown, second, newer]  # stored ones keep their place
    assert store.stories_by_id(["s3", "s1", "nope"]) == [grown, newer]
    merged = _story("s1", "One again", ("e1", "One", (a, c)))
    store.put_stories([merged], ["e3"], None)
    assert store.stories() == [merged, second, newer]
    assert store.story_placements([c, "nope"]) == {c: ("s1", "e1")}


def test_ungrouped_ids_are_the_articles_in_no_story(store: Store) -> None:
    a, b, c = _stored(store, "One", "Two", "Three")
    assert store.ungrouped_ids() == [a, b, c]
    store.put_stories([_story("s1", "One", ("e1", "One", (a, c)))], [], None)
    assert store.ungrouped_ids() == [b]
    assert store.article_heads([c, "nope"]) == {c: ("Three", "2025-04-12")}


def test_duplicate_sources_name_the_original_of_each_copy(store: Store) -> None:
    a, b, c = _stored(store, "One", "Two", "Three")
    store.put_copy_links([CopyLink(b, a, "duplicate", 0.99), CopyLink(c, a, "copy", 0.6)])
    assert store.duplicate_sources([a, b, c]) == {b: a}


def _group(group_id: str, kind: str, seq: int) -> dict[str, object]:
    return {"id": group_id, "kind": kind, "seq": seq, "centroid": {"size": 1}}


def test_story_state_rows_are_written_for_what_changed(store: Store) -> None:
    assert store.story_state() is None
    header = {"format": "newsdesk-stories/4", "docs": 2}
    whole = {
        "header": header,
        "groups": [_group("event-b", "event", 1), _group("story-a", "story", 0)],
        "closed": [],
        "keys": [[7, 2, ["event-b"]], [8, 1, []]],
        "merged": [["event-x", "event-b"], ["event-y", "event-gone"]],
    }
    store.replace_stories([], whole)
    state = store.story_state()
    assert state is not None and state["header"] == header
    assert [g["id"] for g in store.story_groups()] == ["story-a", "event-b"]  # creation order
    assert [g["id"] for g in store.story_groups(["event-b", "event-gone"])] == ["event-b"]
    assert state["merged"] == [["event-x", "event-b"]]  # only those living on in an open event
    assert sorted(store.story_keys([8, 7, 9])) == [(7, 2, ["event-b"]), (8, 1, [])]
    delta = {
        "header": header | {"docs": 3},
        "groups": [_group("event-c", "event", 2)],
        "closed": ["event-b"],
        "keys": [[7, 3, ["event-b", "event-c"]]],
        "merged": [],
        "reset": False,
    }
    store.put_stories([], [], delta)
    state = store.story_state()
    assert state is not None and state["header"]["docs"] == 3
    assert [g["id"] for g in store.story_groups()] == ["story-a", "event-c"]
    assert state["merged"] == []
    assert sorted(store.story_keys([7, 8])) == [(7, 3, ["event-b", "event-c"]), (8, 1, [])]


def test_a_failed_story_write_leaves_the_stories_as_they_were(store: Store) -> None:
    (a,) = _stored(store, "One")
    story = _story("s1", "One", ("e1", "One", (a,)))
    store.put_stories([story], [], {"header": {"docs": 1}, "groups": [], "keys": []})
    broken = _story("s1", "Renamed", ("e1", "Renamed", ("not-an-article",)))
    with pytest.raises(Exception):  # noqa: B017  (each backend raises its own)
        store.put_stories([broken], [], {"header": {"docs": 2}})
    assert store.stories() == [story]
    assert store.corpus_state("stories") == {"docs": 1}


def test_a_duplicate_link_marks_the_copy(store: Store) -> None:
    first, second = _raw(), RawDocument("b.txt", b"copy", "copy", "utf-8", InputKind.TEXT)
    store.put(first, _article(first))
    store.put(second, _article(second).__class__(**{**_fields(_article(first)), "id": second.id}))
    store.put_copy_links([CopyLink(second.id, first.id, "duplicate", 0.98)])
    assert store.article(second.id).duplicate_of == first.id
    assert store.copy_links() == [CopyLink(second.id, first.id, "duplicate", 0.98)]


def _fields(article: Article) -> dict[str, object]:
    return {f.name: getattr(article, f.name) for f in fields(article)}


def test_embeddings_round_trip_per_model(store: Store) -> None:
    raw = _raw()
    store.put(raw, _article(raw))
    store.put_embeddings("m1", {raw.id: b"\x00\x00\x80?"})
    assert store.embeddings("m1", [raw.id, "missing"]) == {raw.id: b"\x00\x00\x80?"}
    assert store.embeddings("m2", [raw.id]) == {}


def test_an_inferred_date_fills_only_an_undated_article(store: Store) -> None:
    from dataclasses import replace

    from newsdesk.model import DateInference

    raw = _raw()
    store.put(raw, replace(_article(raw), published=None, published_how=None))
    inference = DateInference(
        raw.id, "2025-04-23", "dateline", 0.9, ("'ESTEL, April 23' opens it",)
    )
    store.put_date_inference(inference)
    article = store.article(raw.id)
    assert (article.published, article.published_how) == ("2025-04-23", "inferred")
    assert store.date_inferences() == [inference]
    store.put_date_inference(replace(inference, published="2025-04-24"))
    assert store.article(raw.id).published == "2025-04-24"  # a new inference replaces the old


def test_an_inferred_date_never_replaces_a_stated_one(store: Store) -> None:
    from newsdesk.model import DateInference

    raw = _raw()
    store.put(raw, _article(raw))
    store.put_date_inference(DateInference(raw.id, "2025-01-01", "corpus", 0.3))
    assert store.article(raw.id).published == "2025-04-22"


def test_migration_5_keeps_parses_and_asks_for_extraction_again(
    tmp_path: Path, settings: Settings
) -> None:
    from newsdesk.store.codec import annotation_payload
    from newsdesk.store.sqlite import _statements

    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    for version, script in enumerate(MIGRATIONS[:4], start=1):
        for statement in _statements(script):
            db.execute(statement)
        db.execute(f"PRAGMA user_version = {version}")
    raw = _raw()
    db.close()
    with SQLiteStore(path, settings.store) as store:  # migrates 4 -> 5 on open, then adds
        store.put(raw, _article(raw))
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA user_version = 4")
    db.execute("DROP TABLE annotations")
    db.execute("DROP TABLE extractions")
    db.execute("DROP TABLE story_results")
    db.execute("ALTER TABLE quotes DROP COLUMN pieces")
    for table in ("story_groups", "story_keys", "story_merged"):  # migration 6's, run again
        db.execute(f"DROP TABLE {table}")
    db.execute("DROP INDEX events_story")
    db.execute("DROP INDEX entity_mentions_key")  # migration 7's, run again
    db.execute("ALTER TABLE entity_mentions DROP COLUMN name_key")
    db.execute("DROP TABLE link_rows")
    db.execute(
        "CREATE TABLE analyses (article_id TEXT PRIMARY KEY, version TEXT NOT NULL,"
        " annotation TEXT NOT NULL, problems TEXT NOT NULL, analysed_at TEXT NOT NULL)"
    )
    payload = json.dumps(annotation_payload(_annotation(raw.id)))
    db.execute(
        "INSERT INTO analyses VALUES (?, ?, ?, '[]', 'now')",
        (raw.id, "m:parse|extract-2", payload),
    )
    db.close()
    with SQLiteStore(path, settings.store) as store:
        assert store.annotated_ids("m:parse") == {raw.id}
        assert store.annotation(raw.id) == _annotation(raw.id)
        assert store.extracted_ids("m:parse|extract-2") == set()
