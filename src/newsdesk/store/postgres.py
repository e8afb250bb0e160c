"""The PostgreSQL store: the SQLite store's tables on a server a team shares.

`PostgresStore("postgresql://user@host/newsdesk", settings.store)` implements the store
protocol as `SQLiteStore` does, so the pipeline and the Desk run on either unchanged:

- The same tables and columns (a test compares them with the SQLite store's), created by
  ordered migrations tracked in `newsdesk_schema`. Migrations run under an advisory lock, so
  several processes opening a new database migrate it once.
- SQLite's rowid order (articles in the order they were stored, a fingerprint index replayed
  in its order) is a `seq` column fed by one sequence; a replaced row takes a new one, as
  SQLite's INSERT OR REPLACE gives it a new rowid. Text is ordered byte by byte (COLLATE "C")
  and NULL first, as SQLite orders, whatever the database's own collation.
- Full-text search is a tsvector column written from Python (`store.tsearch`): the same words,
  the same friendly query syntax, the same hits as FTS5 on SQLite.
- Several writers at once: every writer is one transaction. Storing an article another process
  stored meanwhile changes nothing (overlapping `add`s keep each article once); the writers of
  corpus-level results (entities, copies, stories, facts, briefs) take one advisory lock, so
  two updates never interleave their swaps of whole tables.

psycopg 3 is imported here and nowhere else: SQLite users need not install it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, fields, replace
from typing import Any

from newsdesk.config import StoreSettings
from newsdesk.errors import StoreError

try:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo
    from psycopg.rows import DictRow, dict_row
except ImportError as missing:  # an optional dependency: say how to get it
    raise StoreError(
        "a postgresql:// store needs psycopg 3: pip install 'psycopg[binary]>=3.1,<4'"
    ) from missing
from newsdesk.model import (
    Annotation,
    Article,
    Brief,
    CopyLink,
    Coverage,
    DateInference,
    Entity,
    EntityChanges,
    EntityMention,
    Event,
    Extraction,
    Fact,
    InputKind,
    OffsetPiece,
    RawDocument,
    SearchHit,
    Segment,
    SegmentLabel,
    SourceHints,
    Story,
    TimeExpression,
)
from newsdesk.store.codec import (
    ITEM_TABLES,
    annotation_from_payload,
    annotation_payload,
    column_value,
    dump,
    item_columns,
    items_by_table,
    link_state_from,
    link_state_parts,
    load,
    piece_tuple,
    utc_now,
)
from newsdesk.store.tsearch import document_vector, snippet, ts_query

MIGRATIONS: tuple[str, ...] = (
    # 1: the SQLite store's schema as its migrations 1-5 leave it, and the search vector
    """
    CREATE SEQUENCE row_order;
    CREATE TABLE raw_documents (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, kind TEXT NOT NULL, encoding TEXT NOT NULL,
        hints TEXT NOT NULL, data BYTEA NOT NULL, added_at TEXT NOT NULL
    );
    CREATE TABLE articles (
        seq BIGINT NOT NULL UNIQUE DEFAULT nextval('row_order'),
        id TEXT PRIMARY KEY REFERENCES raw_documents(id),
        source TEXT NOT NULL, kind TEXT NOT NULL, title TEXT, outlet TEXT, published TEXT,
        published_how TEXT, language TEXT, machine_translated BOOLEAN NOT NULL DEFAULT FALSE,
        duplicate_of TEXT, text TEXT NOT NULL, offsets TEXT NOT NULL, added_at TEXT NOT NULL,
        translation_evidence TEXT NOT NULL DEFAULT '[]',
        search TSVECTOR NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_added_at ON articles(added_at);
    CREATE INDEX articles_id_prefix ON articles(id text_pattern_ops);
    CREATE INDEX articles_undated ON articles(seq) WHERE published IS NULL;
    CREATE INDEX articles_search ON articles USING GIN (search);
    CREATE TABLE segments (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        label TEXT NOT NULL, reason TEXT NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX segments_label ON segments(label);
    CREATE TABLE stage_outputs (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        stage TEXT NOT NULL, version TEXT NOT NULL, payload TEXT NOT NULL,
        PRIMARY KEY (article_id, stage, version)
    );
    CREATE TABLE annotations (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL, payload TEXT NOT NULL, annotated_at TEXT NOT NULL
    );
    CREATE INDEX annotations_version ON annotations(version);
    CREATE TABLE extractions (
        seq BIGINT NOT NULL DEFAULT nextval('row_order'),
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL, problems TEXT NOT NULL, extracted_at TEXT NOT NULL
    );
    CREATE INDEX extractions_version ON extractions(version);
    CREATE TABLE time_expressions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT, value TEXT,
        precision TEXT, confidence DOUBLE PRECISION, how TEXT,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX time_expressions_value ON time_expressions(value);
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT, direct BOOLEAN,
        speaker_name TEXT, speaker_start INTEGER, speaker_end INTEGER,
        name_start INTEGER, name_end INTEGER, cue TEXT, cue_start INTEGER, cue_end INTEGER,
        sentence_start INTEGER, sentence_end INTEGER, confidence DOUBLE PRECISION,
        event_date TEXT, event_date_start INTEGER, event_date_end INTEGER, event_date_how TEXT,
        pieces TEXT,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker_name);
    CREATE TABLE claims (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, start INTEGER, "end" INTEGER, actor TEXT,
        actor_start INTEGER, actor_end INTEGER, action TEXT, trigger TEXT,
        trigger_start INTEGER, trigger_end INTEGER, issue TEXT, issue_start INTEGER,
        issue_end INTEGER, modality TEXT, actor_state TEXT, target TEXT, target_start INTEGER,
        target_end INTEGER, attribution TEXT, confidence DOUBLE PRECISION,
        event_date TEXT, event_date_start INTEGER, event_date_end INTEGER, event_date_how TEXT,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX claims_actor ON claims(actor);
    CREATE TABLE quantities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT, value DOUBLE PRECISION,
        qualifier TEXT, counted TEXT, counted_start INTEGER, counted_end INTEGER,
        sentence_start INTEGER, sentence_end INTEGER,
        PRIMARY KEY (article_id, seq)
    );
    CREATE TABLE attributions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, start INTEGER, "end" INTEGER, cue TEXT, cue_start INTEGER,
        cue_end INTEGER, origin TEXT, via TEXT,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX attributions_origin ON attributions(origin);
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, state TEXT,
        aliases TEXT NOT NULL, why TEXT NOT NULL
    );
    CREATE INDEX entities_name ON entities(name);
    CREATE TABLE entity_mentions (
        seq BIGINT NOT NULL DEFAULT nextval('row_order'),
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
    );
    CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);
    CREATE INDEX entity_mentions_article ON entity_mentions(article_id, start);
    CREATE TABLE copy_links (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, share DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (article_id, source_id)
    );
    CREATE INDEX copy_links_source ON copy_links(source_id);
    CREATE TABLE fingerprints (
        seq BIGINT NOT NULL DEFAULT nextval('row_order'),
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data BYTEA NOT NULL
    );
    CREATE TABLE stories (
        seq BIGINT NOT NULL DEFAULT nextval('row_order'),
        id TEXT PRIMARY KEY, title TEXT NOT NULL
    );
    CREATE TABLE events (
        seq BIGINT NOT NULL DEFAULT nextval('row_order'),
        id TEXT PRIMARY KEY, story_id TEXT NOT NULL, title TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL, event_id TEXT NOT NULL
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE corpus_state (name TEXT PRIMARY KEY, payload TEXT NOT NULL);
    CREATE TABLE embeddings (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        model TEXT NOT NULL, vector BYTEA NOT NULL,
        PRIMARY KEY (article_id, model)
    );
    CREATE TABLE date_inferences (
        seq BIGINT NOT NULL DEFAULT nextval('row_order'),
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        published TEXT NOT NULL, how TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL,
        evidence TEXT NOT NULL
    );
    CREATE TABLE story_results (
        seq BIGINT NOT NULL DEFAULT nextval('row_order'),
        story_id TEXT NOT NULL, kind TEXT NOT NULL, inputs TEXT NOT NULL,
        payload TEXT NOT NULL, made_at TEXT NOT NULL,
        PRIMARY KEY (story_id, kind)
    );
    """,
    # 2: the SQLite store's migration 6: the story index's state as rows
    """
    CREATE TABLE story_groups (id TEXT PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL);
    CREATE TABLE story_keys (key BIGINT PRIMARY KEY, df BIGINT NOT NULL, postings TEXT NOT NULL);
    CREATE TABLE story_merged (event_id TEXT PRIMARY KEY, into_id TEXT NOT NULL);
    CREATE INDEX story_merged_into ON story_merged(into_id);
    CREATE INDEX events_story ON events(story_id);
    """,
    # 3: the SQLite store's migration 7: mentions filed by name key, the linker's state rows
    """
    ALTER TABLE entity_mentions ADD COLUMN name_key TEXT;
    CREATE INDEX entity_mentions_key ON entity_mentions(name_key);
    CREATE TABLE link_rows (
        tbl TEXT NOT NULL, id TEXT NOT NULL, payload TEXT NOT NULL, PRIMARY KEY (tbl, id)
    );
    """,
)
_STORY_STATE_TABLES = ("story_groups", "story_keys", "story_merged")

# Columns the PostgreSQL store adds to the SQLite store's (its rowid order, its search vector).
OWN_COLUMNS = frozenset({"seq", "search"})

_ARTICLE_COLUMNS = (
    "id", "source", "kind", "title", "outlet", "published", "published_how", "language",
    "machine_translated", "duplicate_of", "text", "offsets", "translation_evidence",
)  # fmt: skip
_ARTICLE_SELECT = ", ".join(_ARTICLE_COLUMNS)
# one lock per schema and purpose; advisory locks are already per database
_LOCK = "SELECT pg_advisory_xact_lock(hashtext(coalesce(current_schema(), '') || %s))"
_PAGE = 500  # rows fetched at a time when iterating a whole table
_BYTES = 'COLLATE "C"'  # SQLite compares text byte by byte; so must every ORDER BY here


class PostgresStore:
    """One PostgreSQL database (or one schema of it: `?options=-csearch_path%3Dname`).

    `create=False` refuses a database holding no newsdesk store (reading commands must not
    leave an empty store behind a typo). The database itself must exist (`createdb NAME`).
    Use as a context manager or call `close()`.
    """

    def __init__(self, url: str, settings: StoreSettings, *, create: bool = True) -> None:
        self.location = _without_password(url)
        self._db = self._connect(url, settings)
        try:
            self._migrate(create=create)
        except BaseException:
            self._db.close()
            raise

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # --- connection and schema ----------------------------------------------------------

    def _connect(self, url: str, settings: StoreSettings) -> psycopg.Connection[Any]:
        given = conninfo_to_dict(url)
        extra: dict[str, str | int] = {
            "application_name": "newsdesk",
            "connect_timeout": max(2, int(settings.busy_timeout)),
        }
        conninfo = make_conninfo(url, **{k: v for k, v in extra.items() if k not in given})
        try:
            db = psycopg.connect(conninfo, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"{self.location}: cannot connect ({_first_line(exc)})") from exc
        # as SQLite's busy timeout: how long a writer waits for another one before failing
        lock_wait = f"{int(settings.busy_timeout * 1000)}ms"
        db.execute("SELECT set_config('lock_timeout', %s, false)", (lock_wait,))
        return db

    @property
    def schema_version(self) -> int:
        return self._stored_version() or 0

    def _stored_version(self) -> int | None:
        """The schema version, None when the database holds no newsdesk store."""
        if self._one("SELECT to_regclass('newsdesk_schema') IS NOT NULL")[0] is not True:
            return None
        row = self._rows("SELECT version FROM newsdesk_schema")
        return int(row[0][0]) if row else 0

    def _migrate(self, *, create: bool) -> None:
        version = self._stored_version()
        if version is None and not create:
            raise StoreError(
                f"{self.location}: no such store (add articles first: newsdesk add ...)"
            )
        if version is not None:
            self._refuse_newer(version)
            if version == len(MIGRATIONS):
                return  # current: a role that may only read and write rows opens it too
        while self._migrate_one():
            pass

    def _refuse_newer(self, version: int) -> None:
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.location}: store schema {version} is newer than this newsdesk "
                f"({len(MIGRATIONS)}); upgrade newsdesk"
            )

    def _migrate_one(self) -> bool:
        """Apply the next migration, if one is due; False when the schema is current."""
        with self._transaction(lock="migrate"):  # a second process waits, then finds it done
            self._execute("CREATE TABLE IF NOT EXISTS newsdesk_schema (version INTEGER NOT NULL)")
            current = self._stored_version() or 0
            self._refuse_newer(current)
            if current == len(MIGRATIONS):
                return False
            self._execute(MIGRATIONS[current])
            self._execute("DELETE FROM newsdesk_schema")
            self._execute("INSERT INTO newsdesk_schema VALUES (%s)", (current + 1,))
            return True

    @contextmanager
    def _transaction(self, lock: str | None = None) -> Iterator[None]:
        """One transaction; with `lock`, held alone against every process using this store."""
        try:
            with self._db.transaction():
                if lock is not None:
                    self._execute(_LOCK, (f":newsdesk:{lock}",))
                yield
        except psycopg.Error as exc:
            raise StoreError(f"{self.location}: {_first_line(exc)}") from exc

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> psycopg.Cursor[Any]:
        try:
            return self._db.execute(sql, params or None)
        except psycopg.Error as exc:
            raise StoreError(f"{self.location}: {_first_line(exc)}") from exc

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            try:
                self._db.cursor().executemany(sql, rows)
            except psycopg.Error as exc:
                raise StoreError(f"{self.location}: {_first_line(exc)}") from exc

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self._execute(sql, params).fetchall()

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._execute(sql, params).fetchone()

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[DictRow]:
        try:
            cursor = self._db.cursor(row_factory=dict_row)
            return cursor.execute(sql, params or None).fetchall()
        except psycopg.Error as exc:
            raise StoreError(f"{self.location}: {_first_line(exc)}") from exc

    # --- articles -----------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        return self._one("SELECT 1 FROM articles WHERE id = %s", (document_id,)) is not None

    def put(self, raw: RawDocument, article: Article) -> bool:
        """Store a raw document and its article atomically (all or nothing). An article
        another process stored meanwhile (same content, same id) is left as it is: False."""
        now = utc_now()
        with self._transaction():
            self._execute(
                "INSERT INTO raw_documents VALUES (%s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT (id) DO NOTHING",
                (raw.id, raw.source, raw.kind.value, raw.encoding, json.dumps(asdict(raw.hints)),
                 raw.data, now),
            )  # fmt: skip
            inserted = self._insert_article(article, now)
            if inserted:
                self._insert_segments(article)
        return inserted

    def _insert_article(self, article: Article, now: str) -> bool:
        """Insert the article; False when it was there already."""
        offsets = json.dumps([list(piece_tuple(p)) for p in article.offsets])
        inserted = self._one(
            f"""INSERT INTO articles ({_ARTICLE_SELECT}, added_at, search)
                VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,
                        CAST(%s AS tsvector))
                ON CONFLICT (id) DO NOTHING RETURNING seq""",
            (
                article.id, article.source, article.kind.value, article.title, article.outlet,
                article.published, article.published_how, article.language,
                article.machine_translated, article.duplicate_of, article.text, offsets,
                json.dumps(list(article.translation_evidence)), now,
                document_vector(article.title, article.text),
            ),
        )  # fmt: skip
        return inserted is not None

    def _insert_segments(self, article: Article) -> None:
        self._executemany(
            "INSERT INTO segments VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [
                (article.id, seq, s.start, s.end, s.label.value, s.reason, s.text)
                for seq, s in enumerate(article.segments)
            ],
        )

    def put_stage_output(self, article_id: str, stage: str, version: str, payload: Any) -> None:
        with self._transaction():
            self._execute(
                "INSERT INTO stage_outputs VALUES (%s, %s, %s, %s) ON CONFLICT"
                " (article_id, stage, version) DO UPDATE SET payload = EXCLUDED.payload",
                (article_id, stage, version, json.dumps(payload)),
            )

    def stage_output(self, article_id: str, stage: str, version: str) -> Any | None:
        row = self._one(
            "SELECT payload FROM stage_outputs WHERE article_id = %s AND stage = %s"
            " AND version = %s",
            (article_id, stage, version),
        )
        return None if row is None else json.loads(row[0])

    def article_ids(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT id FROM articles ORDER BY seq")]

    def count(self) -> int:
        return int(self._one("SELECT count(*) FROM articles")[0])

    def articles(self, *, limit: int | None = None, offset: int = 0) -> list[Article]:
        return self._articles(
            f"SELECT {_ARTICLE_SELECT} FROM articles"
            f" ORDER BY published IS NULL, published {_BYTES}, seq LIMIT %s OFFSET %s",
            (limit, offset),
        )

    def articles_by_id(self, article_ids: Sequence[str]) -> dict[str, Article]:
        found: dict[str, Article] = {}
        for chunk in _id_slices(article_ids):
            for article in self._articles(
                f"SELECT {_ARTICLE_SELECT} FROM articles WHERE id = ANY(%s) ORDER BY id {_BYTES}",
                (chunk,),
            ):
                found[article.id] = article
        return {i: found[i] for i in article_ids if i in found}

    def sources(self) -> set[str]:
        """The source (path or URL) of every stored article."""
        return {row[0] for row in self._rows("SELECT source FROM articles", ())}

    def iter_articles(self) -> Iterator[Article]:
        """Every article in the order stored, a page at a time (no transaction held open)."""
        last = -1
        while page := self._dicts(
            f"SELECT seq, {_ARTICLE_SELECT} FROM articles WHERE seq > %s ORDER BY seq LIMIT %s",
            (last, _PAGE),
        ):
            yield from self._articles_from_rows(page)
            last = page[-1]["seq"]

    def article(self, id_or_prefix: str) -> Article | None:
        """An article by id, or by a unique prefix of its id (at least 4 characters)."""
        prefix = re.sub(r"([\\%_])", r"\\\1", id_or_prefix) + "%"  # a prefix, never a pattern
        sql = f"SELECT {_ARTICLE_SELECT} FROM articles WHERE id = %s"
        params: tuple[str, ...] = (id_or_prefix,)
        if len(id_or_prefix) >= 4:
            sql, params = sql + " OR id LIKE %s", (id_or_prefix, prefix)
        found = self._articles(sql + " LIMIT 2", params)
        exact = [a for a in found if a.id == id_or_prefix]
        if exact or len(found) == 1:
            return (exact or found)[0]
        return None

    def raw_document(self, document_id: str) -> RawDocument | None:
        rows = self._dicts("SELECT * FROM raw_documents WHERE id = %s", (document_id,))
        if not rows:
            return None
        row = rows[0]
        data = bytes(row["data"])
        return RawDocument(
            source=row["source"],
            data=data,
            text=data.decode(row["encoding"], errors="replace"),
            encoding=row["encoding"],
            kind=InputKind(row["kind"]),
            hints=SourceHints(**json.loads(row["hints"])),
        )

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search in the friendly syntax of `query.fts_match`; best first."""
        found = ts_query(query)
        if found is None:
            return []
        try:
            articles = self._articles(
                f"""SELECT {_ARTICLE_SELECT} FROM articles,
                    (SELECT CAST(%s AS tsquery) AS q) AS given WHERE search @@ given.q
                    ORDER BY ts_rank(search, given.q) DESC, seq LIMIT %s""",
                (found.text, limit),
            )
        except StoreError as exc:
            raise StoreError(f"cannot search for {query!r}: {exc}") from exc
        return [SearchHit(a, *snippet(a.text, found.marked)) for a in articles]

    def _articles(self, sql: str, params: Sequence[Any]) -> list[Article]:
        return self._articles_from_rows(self._dicts(sql, params))

    def _articles_from_rows(self, rows: list[DictRow]) -> list[Article]:
        segments = self._segments([row["id"] for row in rows])
        return [_article_from_row(row, segments.get(row["id"], ())) for row in rows]

    def _segments(self, article_ids: list[str]) -> dict[str, tuple[Segment, ...]]:
        """The segments of several articles in one query (not one query per article)."""
        found: dict[str, list[Segment]] = {}
        for row in self._rows(
            'SELECT article_id, start, "end", text, label, reason FROM segments'
            " WHERE article_id = ANY(%s) ORDER BY article_id, seq",
            (article_ids,),
        ):
            segment = Segment(row[1], row[2], row[3], SegmentLabel(row[4]), row[5])
            found.setdefault(row[0], []).append(segment)
        return {article_id: tuple(items) for article_id, items in found.items()}

    # --- annotation and extraction ------------------------------------------------------

    def annotated_ids(self, version: str) -> set[str]:
        rows = self._rows("SELECT article_id FROM annotations WHERE version = %s", (version,))
        return {row[0] for row in rows}

    def put_annotation(self, annotation: Annotation, version: str) -> None:
        payload = json.dumps(annotation_payload(annotation))
        with self._transaction():
            self._execute(
                "INSERT INTO annotations VALUES (%s, %s, %s, %s) ON CONFLICT (article_id)"
                " DO UPDATE SET version = EXCLUDED.version, payload = EXCLUDED.payload,"
                " annotated_at = EXCLUDED.annotated_at",
                (annotation.article_id, version, payload, utc_now()),
            )

    def annotation(self, article_id: str) -> Annotation | None:
        row = self._one("SELECT payload FROM annotations WHERE article_id = %s", (article_id,))
        return None if row is None else annotation_from_payload(article_id, json.loads(row[0]))

    def extracted_ids(self, version: str) -> set[str]:
        rows = self._rows("SELECT article_id FROM extractions WHERE version = %s", (version,))
        return {row[0] for row in rows}

    def put_extraction(self, extraction: Extraction, version: str) -> None:
        """Replace everything extracted from an article, atomically. The extraction row is
        written first: a second writer of the same article waits on it, then replaces all."""
        article_id = extraction.article_id
        with self._transaction():
            self._execute(
                "INSERT INTO extractions (article_id, version, problems, extracted_at)"
                " VALUES (%s, %s, %s, %s) ON CONFLICT (article_id) DO UPDATE SET"
                " version = EXCLUDED.version, problems = EXCLUDED.problems,"
                " extracted_at = EXCLUDED.extracted_at, seq = nextval('row_order')",
                (article_id, version, json.dumps(list(extraction.problems)), utc_now()),
            )
            for table, items in items_by_table(extraction).items():
                self._replace_items(table, article_id, items)

    def _replace_items(self, table: str, article_id: str, items: tuple[Any, ...]) -> None:
        self._execute(f"DELETE FROM {table} WHERE article_id = %s", (article_id,))
        columns = item_columns(ITEM_TABLES[table])
        marks = ", ".join(["%s"] * (len(columns) + 2))
        self._executemany(
            f"INSERT INTO {table} (article_id, seq, {_quoted(columns)}) VALUES ({marks})",
            [
                (article_id, seq, *(column_value(getattr(item, c)) for c in columns))
                for seq, item in enumerate(items)
            ],
        )

    def items(self, table: str, article_id: str | None = None) -> list[Any]:
        """Extracted items of one kind (quotes, claims, ...), for one article or all."""
        cls = ITEM_TABLES[table]
        columns = item_columns(cls)
        where, params = ("WHERE article_id = %s", (article_id,)) if article_id else ("", ())
        rows = self._rows(
            f"SELECT article_id, {_quoted(columns)} FROM {table} {where}"
            f" ORDER BY article_id {_BYTES}, seq",
            params,
        )
        with_id = "article_id" in {f.name for f in fields(cls)}
        return [cls(*_item_values(row, cls)) if with_id else cls(*row[1:]) for row in rows]

    def times_by_article(self) -> dict[str, list[TimeExpression]]:
        """Time expressions carry no article id of their own: grouped by article here."""
        grouped: dict[str, list[TimeExpression]] = {}
        columns = _quoted(item_columns(TimeExpression))
        for row in self._rows(
            f"SELECT article_id, {columns} FROM time_expressions ORDER BY article_id {_BYTES}, seq"
        ):
            grouped.setdefault(row[0], []).append(TimeExpression(*row[1:]))
        return grouped

    def problems(self) -> list[tuple[str, str]]:
        """(article id, what failed) for every extractor that failed on a stored article."""
        rows = self._rows(
            "SELECT article_id, problems FROM extractions WHERE problems != '[]' ORDER BY seq"
        )
        return [(row[0], problem) for row in rows for problem in json.loads(row[1])]

    # --- corpus-level results -----------------------------------------------------------

    def replace_entities(self, entities: Sequence[Entity], state: Any | None = None) -> None:
        """Entities are recomputed over the whole corpus: swap them in one transaction."""
        with self._transaction(lock="corpus"):
            if state is not None:
                self._upsert_state("entities", state)
            self._execute("DELETE FROM entity_mentions")
            self._execute("DELETE FROM entities")
            self._execute("DELETE FROM link_rows")
            self._execute("DELETE FROM corpus_state WHERE name = 'link_index'")
            self._executemany(
                "INSERT INTO entities VALUES (%s, %s, %s, %s, %s, %s)",
                [(e.id, e.name, e.type, e.state, json.dumps(list(e.aliases)),
                  json.dumps(list(e.why))) for e in entities],
            )  # fmt: skip
            self._executemany(
                'INSERT INTO entity_mentions (entity_id, article_id, start, "end", text)'
                " VALUES (%s, %s, %s, %s, %s)",
                [
                    (e.id, m.article_id, m.start, m.end, m.text)
                    for e in entities
                    for m in e.mentions
                ],
            )

    def put_entity_changes(self, changes: EntityChanges, state: dict[str, Any]) -> None:
        """What one link update changed, all or nothing (see the SQLite store)."""
        with self._transaction(lock="corpus"):
            if changes.reset:
                for table in ("entity_mentions", "entities", "link_rows"):
                    self._execute(f"DELETE FROM {table}")
            self._executemany(
                "INSERT INTO entities VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE"
                " SET name = EXCLUDED.name, type = EXCLUDED.type, state = EXCLUDED.state,"
                " aliases = EXCLUDED.aliases, why = EXCLUDED.why",
                [(e.id, e.name, e.type, e.state, json.dumps(list(e.aliases)),
                  json.dumps(list(e.why))) for e in changes.changed],
            )  # fmt: skip
            for entity_id, keys in changes.keys:
                self._execute(
                    "UPDATE entity_mentions SET entity_id = %s"
                    " WHERE name_key = ANY(%s) AND entity_id != %s",
                    (entity_id, list(keys), entity_id),
                )
            entity_of = {key: e for e, keys in changes.keys for key in keys}
            self._executemany(
                'INSERT INTO entity_mentions (entity_id, article_id, start, "end", text, name_key)'
                " VALUES (%s, %s, %s, %s, %s, %s)",
                [
                    (entity_of[k], m.article_id, m.start, m.end, m.text, k)
                    for k, m in changes.mentions
                ],
            )
            self._executemany("DELETE FROM entities WHERE id = %s", [(i,) for i in changes.removed])
            header, rows = link_state_parts(state)
            self._upsert_state("link_index", header)
            self._executemany(
                "INSERT INTO link_rows VALUES (%s, %s, %s)"
                " ON CONFLICT (tbl, id) DO UPDATE SET payload = EXCLUDED.payload",
                rows,
            )

    def link_state(self) -> dict[str, Any] | None:
        """The linker's state as `put_entity_changes` wrote it (None: nothing linked yet)."""
        header = self.corpus_state("link_index")
        if not isinstance(header, dict):
            return None
        return link_state_from(header, self._rows("SELECT tbl, id, payload FROM link_rows"))

    def entities(self) -> list[Entity]:
        mentions: dict[str, list[EntityMention]] = {}
        for row in self._rows(
            'SELECT entity_id, article_id, start, "end", text FROM entity_mentions'
            f" ORDER BY entity_id {_BYTES}, article_id {_BYTES}, start, seq"
        ):
            mentions.setdefault(row[0], []).append(EntityMention(*row[1:]))
        return [
            Entity(row["id"], row["name"], row["type"], tuple(json.loads(row["aliases"])),
                   tuple(mentions.get(row["id"], ())), row["state"], tuple(json.loads(row["why"])))
            for row in self._dicts(f"SELECT * FROM entities ORDER BY name {_BYTES}, id {_BYTES}")
        ]  # fmt: skip

    def put_copy_links(self, links: Sequence[CopyLink]) -> None:
        """Record copy links and mark near-identical copies as duplicates of their original."""
        with self._transaction(lock="corpus"):
            self._insert_copy_links(links)

    def replace_copy_links(self, article_ids: Sequence[str], links: Sequence[CopyLink]) -> None:
        """Swap every link touching these articles for `links`, and their duplicate marks."""
        ids = list(article_ids)
        with self._transaction(lock="corpus"):
            self._execute(
                "DELETE FROM copy_links WHERE article_id = ANY(%s) OR source_id = ANY(%s)",
                (ids, ids),
            )
            self._execute("UPDATE articles SET duplicate_of = NULL WHERE id = ANY(%s)", (ids,))
            self._insert_copy_links(links)

    def _insert_copy_links(self, links: Sequence[CopyLink]) -> None:
        self._executemany(
            "INSERT INTO copy_links VALUES (%s, %s, %s, %s) ON CONFLICT (article_id, source_id)"
            " DO UPDATE SET kind = EXCLUDED.kind, share = EXCLUDED.share",
            [(k.article_id, k.source_id, k.kind, k.share) for k in links],
        )
        self._executemany(  # in link order, as SQLite applies them: the last one wins
            "UPDATE articles SET duplicate_of = %s WHERE id = %s",
            [(k.source_id, k.article_id) for k in links if k.kind == "duplicate"],
        )

    def copy_links(self) -> list[CopyLink]:
        rows = self._rows(
            "SELECT article_id, source_id, kind, share FROM copy_links"
            f" ORDER BY article_id {_BYTES}, source_id {_BYTES}"
        )
        return [CopyLink(*row) for row in rows]

    def put_fingerprints(self, fingerprints: Sequence[tuple[str, bytes]]) -> None:
        with self._transaction():
            self._executemany(
                "INSERT INTO fingerprints (article_id, data) VALUES (%s, %s)"
                " ON CONFLICT (article_id) DO UPDATE SET data = EXCLUDED.data,"
                " seq = nextval('row_order')",
                list(fingerprints),
            )

    def fingerprinted_ids(self) -> set[str]:
        return {row[0] for row in self._rows("SELECT article_id FROM fingerprints")}

    def fingerprints(self) -> Iterator[tuple[str, bytes]]:
        """In the order they were indexed in (a rebuild replays it), a page at a time."""
        last = -1
        while page := self._rows(
            "SELECT f.seq, f.article_id, f.data FROM fingerprints f"
            " JOIN articles a ON a.id = f.article_id WHERE f.seq > %s ORDER BY f.seq LIMIT %s",
            (last, _PAGE),
        ):
            for _, article_id, data in page:
                yield article_id, bytes(data)
            last = page[-1][0]

    def put_embeddings(self, model: str, vectors: dict[str, bytes]) -> None:
        with self._transaction():
            self._executemany(
                "INSERT INTO embeddings VALUES (%s, %s, %s) ON CONFLICT (article_id, model)"
                " DO UPDATE SET vector = EXCLUDED.vector",
                [(article_id, model, data) for article_id, data in vectors.items()],
            )

    def embeddings(self, model: str, article_ids: Sequence[str]) -> dict[str, bytes]:
        """The stored vectors (float32 bytes) of those articles that have one."""
        found: dict[str, bytes] = {}
        for chunk in _id_slices(article_ids):
            rows = self._rows(
                "SELECT article_id, vector FROM embeddings WHERE model = %s"
                f" AND article_id = ANY(%s) ORDER BY article_id {_BYTES}",
                (model, chunk),
            )
            found.update((row[0], bytes(row[1])) for row in rows)
        return found

    def put_date_inference(self, inference: DateInference, *, apply: bool = True) -> None:
        """An inferred publication date, kept with its evidence; with `apply` it becomes the
        article's date (never over a stated one) and the article's extraction is dropped,
        since its relative dates were read against no date or another one."""
        with self._transaction():
            self._execute(
                "INSERT INTO date_inferences (article_id, published, how, confidence, evidence)"
                " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (article_id) DO UPDATE SET"
                " published = EXCLUDED.published, how = EXCLUDED.how,"
                " confidence = EXCLUDED.confidence, evidence = EXCLUDED.evidence,"
                " seq = nextval('row_order')",
                (inference.article_id, inference.published, inference.how,
                 inference.confidence, json.dumps(list(inference.evidence))),
            )  # fmt: skip
            if not apply:
                return
            changed = self._execute(
                "UPDATE articles SET published = %s, published_how = 'inferred'"
                " WHERE id = %s AND (published IS NULL OR published_how = 'inferred')"
                " AND published IS DISTINCT FROM %s",
                (inference.published, inference.article_id, inference.published),
            ).rowcount
            if changed:
                self._execute(
                    "DELETE FROM extractions WHERE article_id = %s", (inference.article_id,)
                )

    def undated_ids(self) -> list[str]:
        return [
            r[0] for r in self._rows("SELECT id FROM articles WHERE published IS NULL ORDER BY seq")
        ]

    def date_inferences(self) -> list[DateInference]:
        return [
            DateInference(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])))
            for row in self._rows(
                "SELECT article_id, published, how, confidence, evidence FROM date_inferences"
                " ORDER BY seq"
            )
        ]

    def replace_stories(self, stories: Sequence[Story], state: dict[str, Any] | None) -> None:
        """Store every story and event (the ones stored before go) and, when given, the
        grouping index state rows (`StoryIndex.state()`), all or nothing."""
        with self._transaction(lock="corpus"):
            for table in ("story_articles", "events", "stories"):
                self._execute(f"DELETE FROM {table}")
            self._upsert_stories(stories)
            if state is not None:
                self._write_story_state({**state, "reset": True})

    def put_stories(
        self, changed: Sequence[Story], removed: Sequence[str], state: dict[str, Any] | None
    ) -> None:
        """Write what one grouping changed, all or nothing: `changed` stories whole (a story or
        event stored before keeps its place in the order; new ones follow in the order given),
        the stories and events `removed` (merged away) with their memberships, and the state
        rows of `StoryIndex.take_changes()`."""
        with self._transaction(lock="corpus"):
            if removed:
                gone = list(removed)
                self._execute(
                    "DELETE FROM story_articles WHERE event_id = ANY(%s) OR story_id = ANY(%s)",
                    (gone, gone),
                )
                self._execute("DELETE FROM events WHERE id = ANY(%s)", (gone,))
                self._execute("DELETE FROM stories WHERE id = ANY(%s)", (gone,))
            self._upsert_stories(changed)
            if state is not None:
                self._write_story_state(state)

    def _upsert_stories(self, stories: Sequence[Story]) -> None:
        # upserts keep a row's seq, so its place in the order
        self._executemany(
            "INSERT INTO stories (id, title) VALUES (%s, %s)"
            " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title",
            [(story.id, story.title) for story in stories],
        )
        events = [event for story in stories for event in story.events]
        self._executemany(
            "INSERT INTO events (id, story_id, title) VALUES (%s, %s, %s) ON CONFLICT (id)"
            " DO UPDATE SET story_id = EXCLUDED.story_id, title = EXCLUDED.title",
            [(event.id, event.story_id, event.title) for event in events],
        )
        self._executemany(  # an article in two events stays in the last, as on SQLite
            "INSERT INTO story_articles VALUES (%s, %s, %s) ON CONFLICT (article_id)"
            " DO UPDATE SET story_id = EXCLUDED.story_id, event_id = EXCLUDED.event_id",
            [(a, event.story_id, event.id) for event in events for a in event.article_ids],
        )

    def _write_story_state(self, state: dict[str, Any]) -> None:
        if state.get("reset"):
            for table in _STORY_STATE_TABLES:
                self._execute(f"DELETE FROM {table}")
        self._upsert_state("stories", state["header"])
        self._executemany(
            "INSERT INTO story_groups VALUES (%s, %s, %s)"
            " ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, payload = EXCLUDED.payload",
            [(g["id"], g["kind"], json.dumps(g)) for g in state.get("groups", ())],
        )
        if state.get("closed"):
            self._execute("DELETE FROM story_groups WHERE id = ANY(%s)", (list(state["closed"]),))
        self._executemany(
            "INSERT INTO story_keys VALUES (%s, %s, %s)"
            " ON CONFLICT (key) DO UPDATE SET df = EXCLUDED.df, postings = EXCLUDED.postings",
            [(k, df, json.dumps(p)) for k, df, p in state.get("keys", ())],
        )
        self._executemany(
            "INSERT INTO story_merged VALUES (%s, %s)"
            " ON CONFLICT (event_id) DO UPDATE SET into_id = EXCLUDED.into_id",
            [tuple(pair) for pair in state.get("merged", ())],
        )

    def story_state(self) -> dict[str, Any] | None:
        """What restoring the story index reads first: the header and the merged events that
        live on in an open event. Open groups: `story_groups`; term rows: `story_keys`."""
        header = self.corpus_state("stories")
        if header is None:
            return None
        merged = self._rows(
            "SELECT m.event_id, m.into_id FROM story_merged m"
            f" JOIN story_groups g ON g.id = m.into_id ORDER BY m.event_id {_BYTES}"
        )
        return {"header": header, "merged": [[r[0], r[1]] for r in merged]}

    def story_groups(self, group_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """The state rows of these open groups (of every open one when None), oldest first."""
        if group_ids is None:
            rows = self._rows("SELECT payload FROM story_groups")
        else:
            rows = self._rows(
                "SELECT payload FROM story_groups WHERE id = ANY(%s)", (list(group_ids),)
            )
        return sorted((json.loads(r[0]) for r in rows), key=lambda g: int(g["seq"]))

    def story_keys(self, keys: Sequence[int]) -> list[tuple[int, int, list[str]]]:
        """The stored (term, document frequency, posting list) rows of these hashed terms."""
        rows = self._rows(
            "SELECT key, df, postings FROM story_keys WHERE key = ANY(%s)", (list(keys),)
        )
        return [(int(r[0]), int(r[1]), list(json.loads(r[2]))) for r in rows]

    def stories(self) -> list[Story]:
        return self._stories_where("", ())

    def stories_by_id(self, story_ids: Sequence[str]) -> list[Story]:
        """These stories (those stored), in the order of all stories."""
        return self._stories_where("= ANY(%s)", (list(story_ids),))

    def _stories_where(self, story_in: str, params: Sequence[Any]) -> list[Story]:
        """Stories with their events and members; `story_in` ("= ANY(%s)" or "") picks some."""

        def where(column: str) -> str:
            return f" WHERE {column} {story_in}" if story_in else ""

        members: dict[str, list[str]] = {}
        for row in self._rows(
            "SELECT sa.event_id, sa.article_id FROM story_articles sa"
            f" JOIN articles a ON a.id = sa.article_id{where('sa.story_id')}"
            f" ORDER BY a.published {_BYTES} NULLS FIRST, a.seq",
            params,
        ):
            members.setdefault(row[0], []).append(row[1])
        events: dict[str, list[Event]] = {}
        for row in self._rows(
            f"SELECT id, story_id, title FROM events{where('story_id')} ORDER BY seq", params
        ):
            event = Event(row[0], row[1], row[2], tuple(members.get(row[0], ())))
            events.setdefault(row[1], []).append(event)
        return [
            Story(row[0], row[1],
                  tuple(a for e in events.get(row[0], ()) for a in e.article_ids),
                  tuple(events.get(row[0], ())))
            for row in self._rows(
                f"SELECT id, title FROM stories{where('id')} ORDER BY seq", params
            )
        ]  # fmt: skip

    def count_stories(self) -> int:
        return int(self._one("SELECT count(*) FROM stories")[0])

    def grouped_ids(self) -> set[str]:
        """Articles placed in a story and event."""
        return {row[0] for row in self._rows("SELECT article_id FROM story_articles")}

    def ungrouped_ids(self) -> list[str]:
        """Articles placed in no story yet, in the order stored."""
        rows = self._rows(
            "SELECT id FROM articles a WHERE NOT EXISTS"
            " (SELECT 1 FROM story_articles s WHERE s.article_id = a.id) ORDER BY seq"
        )
        return [row[0] for row in rows]

    def story_placements(self, article_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """The (story, event) each of these articles is placed in, for those placed."""
        rows = self._rows(
            "SELECT article_id, story_id, event_id FROM story_articles WHERE article_id = ANY(%s)",
            (list(article_ids),),
        )
        return {r[0]: (r[1], r[2]) for r in rows}

    def duplicate_sources(self, article_ids: Sequence[str]) -> dict[str, str]:
        """The original each of these articles duplicates, for those that are duplicates."""
        rows = self._rows(
            "SELECT article_id, source_id FROM copy_links WHERE kind = 'duplicate'"
            f" AND article_id = ANY(%s) ORDER BY article_id {_BYTES}, source_id {_BYTES}",
            (list(article_ids),),
        )
        return {r[0]: r[1] for r in rows}  # as copy_links(): the last link wins

    def article_heads(self, article_ids: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
        """(title, published) of each of these articles (those stored): all that naming a
        group by its headlines needs, without reading the texts."""
        rows = self._rows(
            "SELECT id, title, published FROM articles WHERE id = ANY(%s)", (list(article_ids),)
        )
        return {r[0]: (r[1], r[2]) for r in rows}

    def corpus_state(self, name: str) -> Any | None:
        row = self._one("SELECT payload FROM corpus_state WHERE name = %s", (name,))
        return None if row is None else json.loads(row[0])

    def put_corpus_state(self, name: str, payload: Any) -> None:
        with self._transaction(lock="corpus"):
            self._upsert_state(name, payload)

    def _upsert_state(self, name: str, payload: Any) -> None:
        self._execute(
            "INSERT INTO corpus_state VALUES (%s, %s)"
            " ON CONFLICT (name) DO UPDATE SET payload = EXCLUDED.payload",
            (name, json.dumps(payload)),
        )

    def story_inputs(self, story_id: str, kind: str) -> str | None:
        """The key of the inputs a story's stored result ("facts", "brief") was made from."""
        row = self._one(
            "SELECT inputs FROM story_results WHERE story_id = %s AND kind = %s", (story_id, kind)
        )
        return None if row is None else str(row[0])

    def put_facts(self, story_id: str, inputs: str, facts: Sequence[Fact]) -> None:
        """A story's facts, replacing the ones made from older inputs."""
        self._put_result(story_id, "facts", inputs, [dump(f) for f in facts])

    def facts(self, story_id: str | None = None) -> list[Fact]:
        return [
            load(Fact, item) for payload in self._results("facts", story_id) for item in payload
        ]

    def put_coverage(self, story_id: str, inputs: str, found: Sequence[Coverage]) -> None:
        """The coverage of a story and of each of its events."""
        self._put_result(story_id, "coverage", inputs, [dump(c) for c in found])

    def coverage(self) -> dict[str, Coverage]:
        """The stored coverage of every story and event, by id."""
        found = (load(Coverage, c) for payload in self._results("coverage", None) for c in payload)
        return {c.group_id: c for c in found}

    def entities_of(self, article_id: str) -> list[Entity]:
        """The entities mentioned in one article, each with its mentions there only."""
        found: dict[str, Entity] = {}
        for row in self._dicts(
            'SELECT e.*, m.start, m."end", m.text AS mention FROM entity_mentions m'
            " JOIN entities e ON e.id = m.entity_id WHERE m.article_id = %s"
            f" ORDER BY e.name {_BYTES}, e.id {_BYTES}, m.start, m.seq",
            (article_id,),
        ):
            mention = EntityMention(article_id, row["start"], row["end"], row["mention"])
            known = found.get(row["id"])
            if known is None:
                found[row["id"]] = Entity(
                    row["id"], row["name"], row["type"], tuple(json.loads(row["aliases"])),
                    (mention,), row["state"], tuple(json.loads(row["why"])),
                )  # fmt: skip
            else:
                found[row["id"]] = replace(known, mentions=(*known.mentions, mention))
        return list(found.values())

    def put_brief(self, story_id: str, inputs: str, brief: Brief) -> None:
        self._put_result(story_id, "brief", inputs, dump(brief))

    def brief(self, story_id: str) -> Brief | None:
        found = self._results("brief", story_id)
        return load(Brief, found[0]) if found else None

    def added_since(self, since: str) -> set[str]:
        """Articles stored at or after an ISO date-time (UTC when it names no zone)."""
        rows = self._rows(f"SELECT id FROM articles WHERE added_at {_BYTES} >= %s", (since,))
        return {row[0] for row in rows}

    def _put_result(self, story_id: str, kind: str, inputs: str, payload: Any) -> None:
        with self._transaction(lock="corpus"):
            self._execute(
                "INSERT INTO story_results (story_id, kind, inputs, payload, made_at)"
                " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (story_id, kind) DO UPDATE SET"
                " inputs = EXCLUDED.inputs, payload = EXCLUDED.payload,"
                " made_at = EXCLUDED.made_at, seq = nextval('row_order')",
                (story_id, kind, inputs, json.dumps(payload, ensure_ascii=False), utc_now()),
            )

    def _results(self, kind: str, story_id: str | None) -> list[Any]:
        where, params = ("AND story_id = %s", (kind, story_id)) if story_id else ("", (kind,))
        rows = self._rows(
            f"SELECT payload FROM story_results WHERE kind = %s {where} ORDER BY seq", params
        )
        return [json.loads(row[0]) for row in rows]

    def drop_story_results(self, keep: Sequence[str]) -> None:
        """Forget the results of stories that no longer exist."""
        with self._transaction(lock="corpus"):
            self._execute("DELETE FROM story_results WHERE story_id <> ALL(%s)", (list(keep),))


def _article_from_row(row: DictRow, segments: tuple[Segment, ...]) -> Article:
    return Article(
        id=row["id"],
        source=row["source"],
        kind=InputKind(row["kind"]),
        title=row["title"],
        outlet=row["outlet"],
        published=row["published"],
        published_how=row["published_how"],
        language=row["language"],
        text=row["text"],
        segments=segments,
        offsets=tuple(OffsetPiece(*p) for p in json.loads(row["offsets"])),
        machine_translated=bool(row["machine_translated"]),
        duplicate_of=row["duplicate_of"],
        translation_evidence=tuple(json.loads(row["translation_evidence"])),
    )


def _item_values(row: tuple[Any, ...], cls: type) -> list[Any]:
    """Columns back to field values: JSON tuples (a quote's pieces) back to tuples."""
    values = list(row)
    for position, f in enumerate(fields(cls)):
        if str(f.type).startswith("tuple"):
            values[position] = tuple(tuple(v) for v in json.loads(values[position] or "[]"))
    return values


def _id_slices(article_ids: Sequence[str]) -> Iterator[list[str]]:
    """Ids in slices of 500 (a bounded parameter per query)."""
    ids = list(article_ids)
    for start in range(0, len(ids), 500):
        yield ids[start : start + 500]


def _quoted(columns: list[str]) -> str:
    """Column names quoted: `end` is a reserved word in PostgreSQL."""
    return ", ".join(f'"{column}"' for column in columns)


def _without_password(url: str) -> str:
    """The URL as shown to people: any password replaced by ***."""
    url = re.sub(r"(://[^/@:]*):[^/@]*@", r"\1:***@", url)
    return re.sub(r"(?i)(password=)[^&\s]*", r"\1***", url)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
