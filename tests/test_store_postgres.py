"""The PostgreSQL store beyond the protocol tests it shares with SQLite (tests/test_store.py):
its schema against the SQLite store's, the same search hits, the same order under another
collation, several writers at once, and a whole pipeline run giving what SQLite gives."""

from __future__ import annotations

import inspect
import json
import multiprocessing
import os
import random
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.store_backends import PostgresServer, postgres_server, postgres_url  # noqa: F401

from newsdesk.config import Settings
from newsdesk.errors import StoreError
from newsdesk.model import (
    Article,
    Entity,
    EntityMention,
    Event,
    InputKind,
    OffsetPiece,
    RawDocument,
    Segment,
    SegmentLabel,
    Story,
)
from newsdesk.store import SQLiteStore, Store, StoreReader, StoreWriter

psycopg = pytest.importorskip("psycopg", reason="PostgreSQL tests need psycopg")

from newsdesk.store.postgres import (  # noqa: E402  (only once psycopg is known to be there)
    MIGRATIONS,
    OWN_COLUMNS,
    PostgresStore,
    _without_password,
)


def _raw(title: str, body: str) -> RawDocument:
    text = f"{title}\n{body}\n"
    return RawDocument(f"{title[:20]}.txt", text.encode(), text, "utf-8", InputKind.TEXT)


def _article(raw: RawDocument, published: str | None = "2025-04-22") -> Article:
    title, _, body = raw.text.partition("\n")
    body = body.strip()
    segments = (
        Segment(0, len(title), title, SegmentLabel.TITLE, "headline line"),
        Segment(len(title) + 1, len(title) + 1 + len(body), body, SegmentLabel.STORY, "story"),
    )
    offsets = (OffsetPiece(0, len(body), len(title) + 1, len(title) + 1 + len(body)),)
    return Article(
        raw.id, raw.source, raw.kind, title, "The Valley Post", published,
        "metadata" if published else None, "en", body, segments, offsets,
    )  # fmt: skip


def _put(store: Store, title: str, body: str, published: str | None = "2025-04-22") -> str:
    raw = _raw(title, body)
    store.put(raw, _article(raw, published))
    return raw.id


# --- schema and connection ---------------------------------------------------------------


def test_an_empty_database_is_migrated_to_every_table_and_column_of_the_sqlite_store(
    postgres_server: PostgresServer,  # noqa: F811
    tmp_path: Path,
    settings: Settings,
) -> None:
    name = postgres_server.create_database("empty")
    try:
        with PostgresStore(postgres_server.url(name), settings.store) as store:
            assert store.schema_version == len(MIGRATIONS)
            found = _postgres_columns(store)
    finally:
        postgres_server.drop_database(name)
    with SQLiteStore(tmp_path / "t.db", settings.store) as reference:
        expected = _sqlite_columns(reference)
    assert set(found) == {*expected, "newsdesk_schema"}
    for table, columns in expected.items():  # a new SQLite migration needs its PostgreSQL twin
        assert found[table] - (OWN_COLUMNS - columns) == columns, table


def _postgres_columns(store: PostgresStore) -> dict[str, set[str]]:
    columns: dict[str, set[str]] = {}
    for table, column in store._db.execute(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema()"
    ):
        columns.setdefault(table, set()).add(column)
    return columns


def _sqlite_columns(store: SQLiteStore) -> dict[str, set[str]]:
    tables = [
        row[0]
        for row in store._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not row[0].startswith(("sqlite_", "articles_fts"))  # FTS5 is a tsvector here
    ]
    return {
        t: {r[1] for r in store._db.execute(f"PRAGMA table_info({t})")} - {"rowid"}  # is seq
        for t in tables
    }


def test_a_newer_schema_is_refused(postgres_url: str, settings: Settings) -> None:  # noqa: F811
    with PostgresStore(postgres_url, settings.store) as store:
        store._db.execute("UPDATE newsdesk_schema SET version = %s", (len(MIGRATIONS) + 3,))
    with pytest.raises(StoreError, match="newer than this newsdesk"):
        PostgresStore(postgres_url, settings.store)


def test_several_processes_opening_a_new_store_at_once_migrate_it_once(
    postgres_url: str,  # noqa: F811
    settings: Settings,
) -> None:
    assert _at_once(6, lambda store: None, postgres_url, settings) == []
    with PostgresStore(postgres_url, settings.store, create=False) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store._db.execute("SELECT count(*) FROM newsdesk_schema").fetchone()[0] == 1


def test_a_role_that_may_only_read_and_write_rows_opens_a_current_store(
    postgres_server: PostgresServer,  # noqa: F811
    settings: Settings,
) -> None:
    name, role = postgres_server.create_database("grants"), f"writer_{os.getpid()}"
    try:
        with PostgresStore(postgres_server.url(name), settings.store) as owner:
            owner._db.execute(
                f"CREATE ROLE {role} LOGIN; GRANT USAGE ON SCHEMA public TO {role};"
                f" GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};"
                f" GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}"
            )
        url = postgres_server.url(name).replace(f"//{postgres_server.role}@", f"//{role}@")
        with PostgresStore(url, settings.store) as store:
            article_id = _put(store, "Council votes", "The council voted to reopen the bridge.")
            assert [hit.article.id for hit in store.search("bridge")] == [article_id]
    finally:
        postgres_server.drop_database(name)
        postgres_server._admin(f"DROP ROLE IF EXISTS {role}")


def test_an_unreachable_server_is_a_store_error_that_hides_the_password(
    settings: Settings,
) -> None:
    url = "postgresql://reader:s3cret@127.0.0.1:1/newsdesk"  # port 1: nothing listens
    with pytest.raises(StoreError, match="cannot connect") as raised:
        PostgresStore(url, settings.store)
    assert "s3cret" not in str(raised.value)
    assert "reader:***@127.0.0.1:1/newsdesk" in str(raised.value)


def test_without_psycopg_a_postgresql_url_says_how_to_install_it(settings: Settings) -> None:
    hidden = "import sys; sys.modules['psycopg'] = None\n"  # as if it were not installed
    opening = (
        "from newsdesk.config import default_settings\n"
        "from newsdesk.errors import StoreError\n"
        "from newsdesk.store import open_store\n"
        "try:\n"
        "    open_store('postgresql://u@h/db', default_settings().store)\n"
        "except StoreError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", hidden + opening], capture_output=True, text=True, check=True
    )
    assert "pip install 'psycopg[binary]" in done.stdout


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://u:pw@h:5432/db", "postgresql://u:***@h:5432/db"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
        ("postgres://h/db?password=pw&sslmode=require", "postgres://h/db?password=***&sslmode=require"),
        ("postgresql://u:p%40ss@h/db", "postgresql://u:***@h/db"),
    ],
)  # fmt: skip
def test_the_location_never_shows_a_password(url: str, shown: str) -> None:
    assert _without_password(url) == shown


def _protocol_methods() -> dict[str, inspect.Signature]:
    methods: dict[str, inspect.Signature] = {}
    for protocol in (StoreReader, StoreWriter, Store):
        for name, member in vars(protocol).items():
            if not name.startswith("_") and callable(member):
                methods[name] = inspect.signature(member)
    return methods


@pytest.mark.parametrize("name", sorted(_protocol_methods()))
def test_every_protocol_method_is_there_with_the_protocols_signature(name: str) -> None:
    assert inspect.signature(getattr(PostgresStore, name)) == _protocol_methods()[name]


def test_the_protocols_attributes_are_there(postgres_url: str, settings: Settings) -> None:  # noqa: F811
    with PostgresStore(postgres_url, settings.store) as store:
        for name in StoreReader.__annotations__:
            assert isinstance(getattr(store, name), str), name


# --- search: what SQLite's FTS5 finds -----------------------------------------------------

SEARCH_CORPUS = {
    "truce": ("Kestria agrees to a 72-hour truce", "The ceasefire starts at dawn, officials said."),
    "bridge": ("Council votes", "The council voted on Tuesday to reopen the bridge."),
    "zurich": ("Talks move to Zürich", "Negotiators from Kyiv (Київ) met in Zürich's old town."),
    "web": ("Statement online", "The ministry posted it at example.com/news on Monday."),
    "hour": ("Hour by hour", "Negotiations continued for an hour; the mayor's office was closed."),
}

SEARCHES = [
    ("bridge", {"bridge"}),
    ("council bridge", {"bridge"}),
    ("council zebra", set()),
    ('"reopen the bridge"', {"bridge"}),
    ('"bridge the reopen"', set()),
    ("72-hour", {"truce"}),
    ('"72 hour truce"', {"truce"}),
    ("hour", {"truce", "hour"}),
    ("zebra OR bridge", {"bridge"}),
    ("truce OR bridge", {"truce", "bridge"}),
    ("hour NOT truce", {"hour"}),
    ("bridge NOT council", set()),
    ("(truce OR bridge) NOT ceasefire", {"bridge"}),
    ("negotiat*", {"zurich", "hour"}),
    ("reop*", {"bridge"}),
    ("title:hour", {"hour", "truce"}),
    ("title:ceasefire", set()),
    ("title:bridge", set()),
    ("title:zur*", {"zurich"}),
    ("zurich", {"zurich"}),
    ("ZÜRICH", {"zurich"}),
    ("київ", {"zurich"}),
    ("example", {"web"}),
    ("example.com", {"web"}),
    ("mayor's", {"hour"}),
    ('"unbalanced', set()),
    ("(", set()),
    ("title:", set()),
    ("officials said", {"truce"}),
    ('"dawn officials"', {"truce"}),  # punctuation is no word: a phrase runs over it
]


@pytest.fixture(scope="module")
def search_stores(
    postgres_server: PostgresServer,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[dict[str, str], SQLiteStore, PostgresStore]]:
    from newsdesk.config import default_settings

    settings = default_settings().store
    url = postgres_server.create_schema()
    sqlite = SQLiteStore(tmp_path_factory.mktemp("search") / "s.db", settings)
    postgres = PostgresStore(url, settings)
    ids = {}
    for key, (title, body) in SEARCH_CORPUS.items():
        ids[key] = _put(sqlite, title, body)
        _put(postgres, title, body)
    yield ids, sqlite, postgres
    sqlite.close()
    postgres.close()
    postgres_server.drop_schema(url)


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_search_finds_what_sqlite_finds(
    search_stores: tuple[dict[str, str], SQLiteStore, PostgresStore], query: str, expected: set[str]
) -> None:
    ids, sqlite, postgres = search_stores
    keys = {article_id: key for key, article_id in ids.items()}
    found = {keys[hit.article.id] for hit in postgres.search(query)}
    assert found == {keys[hit.article.id] for hit in sqlite.search(query)}
    assert found == expected


def test_a_title_hit_ranks_above_a_body_hit(
    search_stores: tuple[dict[str, str], SQLiteStore, PostgresStore],
) -> None:
    ids, _, postgres = search_stores
    assert [hit.article.id for hit in postgres.search("hour")] == [ids["hour"], ids["truce"]]


def test_search_marks_the_matched_words_in_the_snippet(
    search_stores: tuple[dict[str, str], SQLiteStore, PostgresStore],
) -> None:
    _, _, postgres = search_stores
    (hit,) = postgres.search("negotiators zürich")
    assert [hit.snippet[s:e] for s, e in hit.marks] == ["Negotiators", "Zürich"]
    assert hit.snippet == hit.article.text


@pytest.mark.slow
def test_a_text_too_long_for_one_tsvector_is_stored_and_found_by_its_first_words(
    postgres_url: str,  # noqa: F811
    settings: Settings,
) -> None:
    pick = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(pick.choice(letters) for _ in range(10)) for _ in range(120_000)]
    with PostgresStore(postgres_url, settings.store) as store:
        article_id = _put(store, "A very long document", " ".join(words))
        assert [hit.article.id for hit in store.search(words[0])] == [article_id]
        assert store.search(words[-1]) == []  # past the tsvector's room: not indexed


def test_search_respects_the_limit(
    search_stores: tuple[dict[str, str], SQLiteStore, PostgresStore],
) -> None:
    _, _, postgres = search_stores
    assert len(postgres.search("the", limit=2)) == 2


# --- order: byte order and NULL first, as SQLite, whatever the collation ---------------------


def test_entities_and_stories_come_back_in_sqlites_order(
    postgres_url: str,  # noqa: F811
    tmp_path: Path,
    settings: Settings,
) -> None:
    with (
        PostgresStore(postgres_url, settings.store) as postgres,
        SQLiteStore(tmp_path / "t.db", settings.store) as sqlite,
    ):
        for store in (sqlite, postgres):
            dated = _put(store, "Dated", "It happened on Monday.")
            undated = _put(store, "Undated", "It happened one day.", published=None)
            names = ["Zeta", "alpha", "Émile", "beta", "Beta", "_under"]
            store.replace_entities(
                [
                    Entity(f"e{n}", name, "PERSON", (), (EntityMention(dated, 0, 2, "It"),))
                    for n, name in enumerate(names)
                ]
            )
            event = Event("ev", "s", "One", (dated, undated))
            store.replace_stories([Story("s", "One", (dated, undated), (event,))], None)
        assert postgres.entities() == sqlite.entities()
        assert [e.name for e in postgres.entities()] == sorted(names)  # code point order
        assert postgres.stories() == sqlite.stories()
        assert postgres.stories()[0].article_ids[0] == undated  # undated first, as SQLite


# --- several writers --------------------------------------------------------------------------


def test_the_same_article_stored_by_several_writers_at_once_is_stored_once(
    postgres_url: str,  # noqa: F811
    settings: Settings,
) -> None:
    raw = _raw("Council votes", "The council voted on Tuesday to reopen the bridge.")
    with PostgresStore(postgres_url, settings.store):
        pass  # migrated before the race
    errors = _at_once(8, lambda store: store.put(raw, _article(raw)), postgres_url, settings)
    assert errors == []
    with PostgresStore(postgres_url, settings.store) as store:
        assert store.article_ids() == [raw.id]
        assert store.article(raw.id) == _article(raw)
        segments = store._db.execute("SELECT count(*) FROM segments").fetchone()[0]
        assert segments == len(_article(raw).segments)


def test_corpus_results_swapped_by_two_updates_at_once_stay_whole(
    postgres_url: str,  # noqa: F811
    settings: Settings,
) -> None:
    with PostgresStore(postgres_url, settings.store) as store:
        ids = [_put(store, f"Article {n}", f"Body number {n} of the story.") for n in range(6)]

    def swap(store: PostgresStore) -> None:
        for round_ in range(10):
            members = tuple(random.sample(ids, 4))
            event = Event(f"ev{round_}", f"s{round_}", "Event", members)
            store.replace_stories(
                [Story(f"s{round_}", "Story", members, (event,))], {"header": {"r": round_}}
            )
            mentions = tuple(EntityMention(a, 0, 7, "Article") for a in members)
            store.replace_entities([Entity(f"e{round_}", "Name", "ORG", (), mentions)])

    assert _at_once(3, swap, postgres_url, settings) == []
    with PostgresStore(postgres_url, settings.store) as store:
        (story,) = store.stories()
        assert len(story.article_ids) == 4
        assert store.corpus_state("stories") == {"r": int(story.id[1:])}
        (entity,) = store.entities()
        assert len(entity.mentions) == 4


def _at_once(writers: int, work: Any, url: str, settings: Settings) -> list[BaseException]:
    """Run `work(store)` on `writers` threads, each with its own connection, started together."""
    start = threading.Barrier(writers)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            with PostgresStore(url, settings.store) as store:
                start.wait(timeout=60)
                work(store)
        except BaseException as exc:  # collected: the test reports them
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


# --- several `add` processes -------------------------------------------------------------------

PROCESSES = 4
PER_PROCESS = 50


def _news_text(n: int) -> str:
    """A made-up local news article, different for every n."""
    pick = random.Random(n)
    town = pick.choice(["Aldmoor", "Brenholt", "Carrow", "Dunmere", "Estel", "Fenwick"])
    thing = pick.choice(["bridge", "harbour", "school", "railway", "hospital", "library"])
    verb = pick.choice(["reopen", "rebuild", "close", "inspect", "expand", "repair"])
    person = pick.choice(["Mayor Ana Lee", "Councillor Tom Reyes", "Minister Jo Park"])
    sentences = [
        f"The council of {town} voted on Tuesday to {verb} the {thing} after"
        f" {pick.randint(2, 40)} weeks of talks.",
        f'"We owe it to the people of {town}," {person} said on Wednesday.',
        f"Residents said the {thing} had been a concern since {pick.randint(1990, 2024)}, and"
        f" {pick.randint(10, 900)} of them signed a petition.",
        f"{person} told reporters the plan would cost {pick.randint(2, 90)} million and take"
        f" {pick.randint(1, 6)} years.",
    ]
    paragraphs = [" ".join(pick.sample(sentences, 4)) for _ in range(3)]
    return "\n\n".join([f"{town} council votes to {verb} the {thing} (report {n})", *paragraphs])


def _inputs_of_each_process(files: list[str]) -> list[list[str]]:
    """50 files each out of 100: two processes get the same ones in the same order (every
    article raced for), one the other half, one straddling both halves."""
    return [files[:50], files[:50], files[50:], files[25:75]]


def _add_at_once(url: str, warm_up: str, paths: list[str], start: Any, results: Any) -> None:
    """One `add` process: open the store with the others (a new database: they race to
    migrate it), warm up (imports, models), then add its articles together with the others."""
    from newsdesk.desk import Desk

    try:
        start.wait(timeout=120)
        with Desk(url) as desk:
            desk.add([warm_up], analyse=False, workers=1)
            start.wait(timeout=300)
            report = desk.add(paths, analyse=False, workers=1)
        skipped = [r.source for r in report.skipped]
        results.put((report.added, skipped, [f"{r.source}: {r.reason}" for r in report.failed]))
    except BaseException as exc:
        start.abort()  # the others stop waiting for this one
        results.put(([], [], [f"process failed: {type(exc).__name__}: {exc}"]))
        raise


@pytest.mark.slow
def test_several_add_processes_at_once_lose_and_duplicate_nothing(
    postgres_server: PostgresServer,  # noqa: F811
    tmp_path: Path,
    settings: Settings,
) -> None:
    from newsdesk.desk import Desk

    files = []
    for n in range(PER_PROCESS * 2):
        path = tmp_path / f"report_{n:03}.txt"
        path.write_text(_news_text(n), encoding="utf-8")
        files.append(str(path))
    warm_ups = []
    for n in range(PROCESSES):
        path = tmp_path / f"warm_up_{n}.txt"
        path.write_text(_news_text(1000 + n), encoding="utf-8")
        warm_ups.append(str(path))
    inputs = _inputs_of_each_process(files)
    assert all(len(given) == PER_PROCESS for given in inputs)

    name = postgres_server.create_database("writers")
    url = postgres_server.url(name)
    try:
        reports = _run_processes(url, warm_ups, inputs)
        with Desk(url, create=False) as desk:
            stored = {a.id: a for a in desk.articles()}
            counts = _row_counts(desk.store)
    finally:
        postgres_server.drop_database(name)

    with Desk(tmp_path / "reference.db") as reference:
        assert not reference.add([*files, *warm_ups], analyse=False, workers=1).failed
        expected = {a.id: a for a in reference.articles()}
        expected_counts = _row_counts(reference.store)
    for (added, skipped, failed), given in zip(reports, inputs, strict=True):
        assert failed == []
        assert len(added) + len(skipped) == len(given)  # each input stored or found stored
    assert set().union(*(added for added, _, _ in reports)) <= set(expected)
    assert stored == expected  # every article, once, whole (segments and offsets included)
    assert counts == expected_counts


def _run_processes(url: str, warm_ups: list[str], inputs: list[list[str]]) -> list[Any]:
    context = multiprocessing.get_context("spawn")  # psycopg connections do not survive fork
    start = context.Barrier(len(inputs))
    results = context.Queue()
    processes = [
        context.Process(target=_add_at_once, args=(url, warm_up, given, start, results))
        for warm_up, given in zip(warm_ups, inputs, strict=True)
    ]
    for process in processes:
        process.start()
    try:
        reports = [results.get(timeout=600) for _ in processes]
    finally:
        for process in processes:
            process.join(timeout=60)
            if process.is_alive():
                process.terminate()
    return sorted(reports, key=lambda report: json.dumps(report))


def _row_counts(store: Any) -> dict[str, int]:
    counts = {}
    for table in ("raw_documents", "articles", "segments"):
        counts[table] = int(store._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    return counts


# --- a whole pipeline run ----------------------------------------------------------------------


@pytest.mark.slow
def test_the_sample_corpus_gives_the_same_stories_copies_and_facts_as_on_sqlite(
    postgres_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    from newsdesk.desk import Desk, sample_corpus

    corpus = str(sample_corpus())
    exports = []
    for location in (str(tmp_path / "reference.db"), postgres_url):
        with Desk(location) as desk:
            report = desk.add([corpus], workers=1)
            assert not report.failed, report.failed
            exports.append(desk.export())
    on_sqlite, on_postgres = exports

    def ids(export: dict[str, Any], key: str) -> list[str]:
        return [item["id"] for item in export[key]]

    assert on_postgres["stories"] and on_postgres["facts"]  # something to compare
    for key in ("articles", "stories", "entities", "quotes", "facts"):
        assert ids(on_postgres, key) == ids(on_sqlite, key), key
    assert _copies(on_postgres) == _copies(on_sqlite)
    assert on_postgres == on_sqlite  # and everything else, to the last citation


def _copies(export: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(a["id"], a["duplicate_of"]) for a in export["articles"]]


def test_replacing_an_inferred_date_moves_the_inference_last(
    postgres_url: str,  # noqa: F811
    settings: Settings,
) -> None:
    from newsdesk.model import DateInference

    with PostgresStore(postgres_url, settings.store) as store:
        first = _put(store, "First", "One.", published=None)
        second = _put(store, "Second", "Two.", published=None)
        store.put_date_inference(DateInference(first, "2025-04-01", "text", 0.5))
        store.put_date_inference(DateInference(second, "2025-04-02", "text", 0.5))
        store.put_date_inference(DateInference(first, "2025-04-03", "text", 0.5))
        inferences = store.date_inferences()
        assert [(i.article_id, i.published) for i in inferences] == [
            (second, "2025-04-02"),
            (first, "2025-04-03"),  # replaced: last, as SQLite's INSERT OR REPLACE puts it
        ]
