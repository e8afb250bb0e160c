import sqlite3
from dataclasses import fields
from pathlib import Path

import pytest

from newsdesk.config import Settings
from newsdesk.errors import StoreError
from newsdesk.model import (
    Analysis,
    Annotation,
    Article,
    Attribution,
    Claim,
    CopyLink,
    Entity,
    EntityMention,
    Event,
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
from newsdesk.store import ITEM_TABLES, MIGRATIONS, Store

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


@pytest.fixture
def store(tmp_path: Path, settings: Settings) -> Store:
    with Store(tmp_path / "t.db", settings.store) as opened:
        yield opened


def test_new_store_is_migrated_and_in_wal_mode(store: Store) -> None:
    assert store.schema_version == len(MIGRATIONS)
    mode = store._db.execute("PRAGMA journal_mode").fetchone()[0]
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
    assert [a.id for a, _ in hits] == [raw.id]
    assert "[bridge]" in hits[0][1]
    assert store.search("nonexistentword") == []


def test_bad_search_syntax_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="cannot search"):
        store.search('"unbalanced')


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


def test_reopening_keeps_data_and_does_not_remigrate(tmp_path: Path, settings: Settings) -> None:
    raw = _raw()
    with Store(tmp_path / "t.db", settings.store) as first:
        first.put(raw, _article(raw))
    with Store(tmp_path / "t.db", settings.store) as second:
        assert second.count() == 1


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        Store(path, settings.store)


def test_newer_schema_is_refused(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "future.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.close()
    with pytest.raises(StoreError, match="newer than this newsdesk"):
        Store(path, settings.store)


def test_stage_outputs_are_cached_by_version(store: Store) -> None:
    raw = _raw()
    store.put(raw, _article(raw))
    store.put_stage_output(raw.id, "annotate", "v1", {"sentences": [[0, 5]]})
    assert store.stage_output(raw.id, "annotate", "v1") == {"sentences": [[0, 5]]}
    assert store.stage_output(raw.id, "annotate", "v2") is None


# --- analyses and corpus-level results ----------------------------------------------


def _analysis(article_id: str) -> Analysis:
    annotation = Annotation(
        article_id,
        "en_core_web_sm-3.8.0:ner",
        (Sentence(0, 51),),
        (Mention(4, 11, "council", "ORG"),),
        (Token(0, 3, "the", "DET", "det", 1),),
    )
    return Analysis(
        article_id,
        annotation,
        times=(TimeExpression(24, 31, "Tuesday", "2025-04-22", "day", 0.9, "weekday"),),
        quotes=(Quote(article_id, 4, 11, "council", False, "Mayor Lee", 0, 3, 0, 3, "said"),),
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
    columns = {row[1] for row in store._db.execute(f"PRAGMA table_info({table})")}
    assert columns == {"article_id", "seq", *(f.name for f in fields(ITEM_TABLES[table]))}


def test_analysis_round_trips_and_replaces_the_previous_one(store: Store) -> None:
    raw = _raw()
    store.put(raw, _article(raw))
    analysis = _analysis(raw.id)
    store.put_analysis(analysis, "v1")
    store.put_analysis(analysis, "v1")  # again: replaced, not doubled
    assert store.analysed_ids("v1") == {raw.id}
    assert store.analysed_ids("v2") == set()
    assert store.annotation(raw.id) == analysis.annotation
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
    store.replace_stories([story], {"next": 2})
    assert store.stories() == [story]
    assert store.corpus_state("stories") == {"next": 2}


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
    store.put_date_inferences([inference])
    article = store.article(raw.id)
    assert (article.published, article.published_how) == ("2025-04-23", "inferred")
    assert store.date_inferences() == [inference]
    store.put_date_inferences([replace(inference, published="2025-04-24")])
    assert store.article(raw.id).published == "2025-04-24"  # a new inference replaces the old


def test_an_inferred_date_never_replaces_a_stated_one(store: Store) -> None:
    from newsdesk.model import DateInference

    raw = _raw()
    store.put(raw, _article(raw))
    store.put_date_inferences([DateInference(raw.id, "2025-01-01", "corpus", 0.3)])
    assert store.article(raw.id).published == "2025-04-22"
