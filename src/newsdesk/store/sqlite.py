"""The SQLite store (the default): raw documents byte for byte, articles, segments, search.

WAL mode so readers (the web app, a second CLI) never block the writer; ordered
migrations tracked in `PRAGMA user_version`; one transaction per article so a
failure never leaves half an article behind; FTS5 over title and text.
Stages never touch SQL: they hand model objects to the store and get them back.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, fields, replace
from pathlib import Path
from typing import Any, TypeVar

from newsdesk.config import StoreSettings
from newsdesk.errors import StoreError
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
from newsdesk.store.query import fts_match

MIGRATIONS: tuple[str, ...] = (
    # 1: raw documents, articles, segments, full-text search
    """
    CREATE TABLE raw_documents (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        kind TEXT NOT NULL,
        encoding TEXT NOT NULL,
        hints TEXT NOT NULL,
        data BLOB NOT NULL,
        added_at TEXT NOT NULL
    );
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE REFERENCES raw_documents(id),
        source TEXT NOT NULL,
        kind TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        published TEXT,
        published_how TEXT,
        language TEXT,
        machine_translated INTEGER NOT NULL DEFAULT 0,
        duplicate_of TEXT,
        text TEXT NOT NULL,
        offsets TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE TABLE segments (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        label TEXT NOT NULL,
        reason TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX segments_label ON segments(label);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
    # 2: outputs of later stages, keyed by article content hash and stage version
    """
    CREATE TABLE stage_outputs (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        stage TEXT NOT NULL,
        version TEXT NOT NULL,
        payload TEXT NOT NULL,
        PRIMARY KEY (article_id, stage, version)
    );
    """,
    # 3: per-article analysis (annotate + extract) and corpus-level results
    """
    ALTER TABLE articles ADD COLUMN translation_evidence TEXT NOT NULL DEFAULT '[]';
    CREATE TABLE analyses (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        annotation TEXT NOT NULL,
        problems TEXT NOT NULL,
        analysed_at TEXT NOT NULL
    );
    CREATE TABLE time_expressions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, start INTEGER, end INTEGER, text TEXT, value TEXT,
        precision TEXT, confidence REAL, how TEXT,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX time_expressions_value ON time_expressions(value);
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, start INTEGER, end INTEGER, text TEXT, direct INTEGER,
        speaker_name TEXT, speaker_start INTEGER, speaker_end INTEGER,
        name_start INTEGER, name_end INTEGER, cue TEXT, cue_start INTEGER, cue_end INTEGER,
        sentence_start INTEGER, sentence_end INTEGER, confidence REAL,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker_name);
    CREATE TABLE claims (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, start INTEGER, end INTEGER, actor TEXT,
        actor_start INTEGER, actor_end INTEGER, action TEXT, trigger TEXT,
        trigger_start INTEGER, trigger_end INTEGER, issue TEXT, issue_start INTEGER,
        issue_end INTEGER, modality TEXT, actor_state TEXT, target TEXT, target_start INTEGER,
        target_end INTEGER, attribution TEXT, confidence REAL,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX claims_actor ON claims(actor);
    CREATE TABLE quantities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, start INTEGER, end INTEGER, text TEXT, value REAL,
        qualifier TEXT, counted TEXT, counted_start INTEGER, counted_end INTEGER,
        sentence_start INTEGER, sentence_end INTEGER,
        PRIMARY KEY (article_id, seq)
    );
    CREATE TABLE attributions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, start INTEGER, end INTEGER, cue TEXT, cue_start INTEGER,
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
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL
    );
    CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);
    CREATE INDEX entity_mentions_article ON entity_mentions(article_id, start);
    CREATE TABLE copy_links (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, share REAL NOT NULL,
        PRIMARY KEY (article_id, source_id)
    );
    CREATE TABLE fingerprints (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data BLOB NOT NULL
    );
    CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT NOT NULL);
    CREATE TABLE events (
        id TEXT PRIMARY KEY, story_id TEXT NOT NULL, title TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL, event_id TEXT NOT NULL
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE corpus_state (name TEXT PRIMARY KEY, payload TEXT NOT NULL);
    """,
    # 4: when reported quotes and claims happened; inferred publication dates
    """
    ALTER TABLE quotes ADD COLUMN event_date TEXT;
    ALTER TABLE quotes ADD COLUMN event_date_start INTEGER;
    ALTER TABLE quotes ADD COLUMN event_date_end INTEGER;
    ALTER TABLE quotes ADD COLUMN event_date_how TEXT;
    ALTER TABLE claims ADD COLUMN event_date TEXT;
    ALTER TABLE claims ADD COLUMN event_date_start INTEGER;
    ALTER TABLE claims ADD COLUMN event_date_end INTEGER;
    ALTER TABLE claims ADD COLUMN event_date_how TEXT;
    CREATE TABLE embeddings (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        model TEXT NOT NULL, vector BLOB NOT NULL,
        PRIMARY KEY (article_id, model)
    );
    CREATE TABLE date_inferences (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        published TEXT NOT NULL, how TEXT NOT NULL, confidence REAL NOT NULL,
        evidence TEXT NOT NULL
    );
    """,
    # 5: annotation and extraction stored apart (extraction waits for the publication date);
    # split quotes as one quote with pieces; results per story (facts, briefs)
    """
    CREATE TABLE annotations (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        payload TEXT NOT NULL,
        annotated_at TEXT NOT NULL
    );
    INSERT INTO annotations
        SELECT article_id, substr(version, 1, instr(version || '|', '|') - 1), annotation,
               analysed_at
        FROM analyses;
    CREATE TABLE extractions (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        problems TEXT NOT NULL,
        extracted_at TEXT NOT NULL
    );
    DROP TABLE analyses;
    ALTER TABLE quotes ADD COLUMN pieces TEXT;
    CREATE TABLE story_results (
        story_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        inputs TEXT NOT NULL,
        payload TEXT NOT NULL,
        made_at TEXT NOT NULL,
        PRIMARY KEY (story_id, kind)
    );
    """,
    # 6: the story index's state as rows, written for what changed (group/stories.py): the
    # open groups, each hashed term's document frequency and posting list, merged events; the
    # old whole-state snapshot in corpus_state is migrated by the next grouping
    """
    CREATE TABLE story_groups (id TEXT PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL);
    CREATE TABLE story_keys (
        key INTEGER PRIMARY KEY, df INTEGER NOT NULL, postings TEXT NOT NULL
    );
    CREATE TABLE story_merged (event_id TEXT PRIMARY KEY, into_id TEXT NOT NULL);
    CREATE INDEX story_merged_into ON story_merged(into_id);
    CREATE INDEX events_story ON events(story_id);
    """,
    # 7: entities linked as articles arrive (link/index.py): each mention filed under its
    # name key, so a merge or a split moves keys, never re-reads mentions; the linker's state
    # as rows (nodes, links, articles, entities), written for what changed
    """
    ALTER TABLE entity_mentions ADD COLUMN name_key TEXT;
    CREATE INDEX entity_mentions_key ON entity_mentions(name_key);
    CREATE TABLE link_rows (
        tbl TEXT NOT NULL, id TEXT NOT NULL, payload TEXT NOT NULL, PRIMARY KEY (tbl, id)
    );
    """,
)
_STORY_STATE_TABLES = ("story_groups", "story_keys", "story_merged")
_T = TypeVar("_T")


class SQLiteStore:
    """One SQLite database file. Use as a context manager or call `close()`.

    `create=False` refuses a file that does not exist (reading commands must not leave an
    empty store behind a typo).
    """

    def __init__(self, path: str | Path, settings: StoreSettings, *, create: bool = True) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        if not create and not self.path.is_file():
            raise StoreError(f"{self.path}: no such store (add articles first: newsdesk add ...)")
        try:
            self._db = sqlite3.connect(
                self.path, timeout=settings.busy_timeout, isolation_level=None
            )
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc
        self._db.row_factory = sqlite3.Row
        self._configure()
        self._migrate()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # --- schema ---------------------------------------------------------------------

    def _configure(self) -> None:
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a newsdesk store ({exc})") from exc

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: store schema {current} is newer than this newsdesk "
                f"({len(MIGRATIONS)}); upgrade newsdesk"
            )
        for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
            with self._transaction():
                if self.schema_version >= version:  # another process migrated meanwhile
                    continue
                for statement in _statements(script):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- writing ----------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM articles WHERE id = ?", (document_id,)).fetchone()
        return row is not None

    def put(self, raw: RawDocument, article: Article) -> bool:
        """Store a raw document and its article atomically (all or nothing). An article
        another process stored meanwhile (same content, same id) is left as it is: False."""
        now = utc_now()
        with self._transaction():
            if self.has_document(article.id):  # checked under the write lock
                return False
            self._insert_raw(raw, now)
            self._insert_article(article, now)
            self._insert_segments(article)
        return True

    def _insert_raw(self, raw: RawDocument, now: str) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO raw_documents VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                raw.id,
                raw.source,
                raw.kind.value,
                raw.encoding,
                json.dumps(asdict(raw.hints)),
                raw.data,
                now,
            ),
        )

    def _insert_article(self, article: Article, now: str) -> None:
        offsets = json.dumps([list(piece_tuple(p)) for p in article.offsets])
        self._db.execute(
            """INSERT INTO articles (id, source, kind, title, outlet, published, published_how,
               language, machine_translated, duplicate_of, text, offsets, added_at,
               translation_evidence)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.id,
                article.source,
                article.kind.value,
                article.title,
                article.outlet,
                article.published,
                article.published_how,
                article.language,
                int(article.machine_translated),
                article.duplicate_of,
                article.text,
                offsets,
                now,
                json.dumps(list(article.translation_evidence)),
            ),
        )

    def _insert_segments(self, article: Article) -> None:
        self._db.executemany(
            "INSERT INTO segments VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (article.id, seq, s.start, s.end, s.label.value, s.reason, s.text)
                for seq, s in enumerate(article.segments)
            ],
        )

    def put_stage_output(self, article_id: str, stage: str, version: str, payload: Any) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO stage_outputs VALUES (?, ?, ?, ?)",
                (article_id, stage, version, json.dumps(payload)),
            )

    def stage_output(self, article_id: str, stage: str, version: str) -> Any | None:
        row = self._db.execute(
            "SELECT payload FROM stage_outputs WHERE article_id=? AND stage=? AND version=?",
            (article_id, stage, version),
        ).fetchone()
        return None if row is None else json.loads(row["payload"])

    # --- annotation and extraction ------------------------------------------------------

    def annotated_ids(self, version: str) -> set[str]:
        rows = self._db.execute("SELECT article_id FROM annotations WHERE version = ?", (version,))
        return {row[0] for row in rows}

    def put_annotation(self, annotation: Annotation, version: str) -> None:
        now = utc_now()
        payload = json.dumps(annotation_payload(annotation))
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO annotations VALUES (?, ?, ?, ?)",
                (annotation.article_id, version, payload, now),
            )

    def annotation(self, article_id: str) -> Annotation | None:
        row = self._db.execute(
            "SELECT payload FROM annotations WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        return annotation_from_payload(article_id, json.loads(row["payload"]))

    def extracted_ids(self, version: str) -> set[str]:
        rows = self._db.execute("SELECT article_id FROM extractions WHERE version = ?", (version,))
        return {row[0] for row in rows}

    def put_extraction(self, extraction: Extraction, version: str) -> None:
        """Replace everything extracted from an article, atomically."""
        article_id = extraction.article_id
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?)",
                (article_id, version, json.dumps(list(extraction.problems)), utc_now()),
            )
            for table, items in items_by_table(extraction).items():
                self._replace_items(table, article_id, items)

    def _replace_items(self, table: str, article_id: str, items: tuple[Any, ...]) -> None:
        self._db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        if not items:
            return
        columns = item_columns(ITEM_TABLES[table])
        marks = ", ".join("?" * (len(columns) + 2))
        self._db.executemany(
            f"INSERT INTO {table} (article_id, seq, {', '.join(columns)}) VALUES ({marks})",
            [
                (article_id, seq, *(column_value(getattr(item, c)) for c in columns))
                for seq, item in enumerate(items)
            ],
        )

    def items(self, table: str, article_id: str | None = None) -> list[Any]:
        """Extracted items of one kind (quotes, claims, ...), for one article or all."""
        cls = ITEM_TABLES[table]
        columns = item_columns(cls)
        where, params = ("WHERE article_id = ?", (article_id,)) if article_id else ("", ())
        rows = self._db.execute(
            f"SELECT article_id, {', '.join(columns)} FROM {table} {where}"
            " ORDER BY article_id, seq",
            params,
        )
        with_id = "article_id" in {f.name for f in fields(cls)}
        return [cls(*_row_values(row, cls)) if with_id else cls(*row[1:]) for row in rows]

    def times_by_article(self) -> dict[str, list[TimeExpression]]:
        """Time expressions carry no article id of their own: grouped by article here."""
        grouped: dict[str, list[TimeExpression]] = {}
        columns = item_columns(TimeExpression)
        for row in self._db.execute(
            f"SELECT article_id, {', '.join(columns)} FROM time_expressions"
            " ORDER BY article_id, seq"
        ):
            grouped.setdefault(row[0], []).append(TimeExpression(*row[1:]))
        return grouped

    def problems(self) -> list[tuple[str, str]]:
        """(article id, what failed) for every extractor that failed on a stored article."""
        rows = self._db.execute(
            "SELECT article_id, problems FROM extractions WHERE problems != '[]'"
        )
        return [(row[0], problem) for row in rows for problem in json.loads(row[1])]

    # --- corpus-level results -----------------------------------------------------------

    def replace_entities(self, entities: Sequence[Entity], state: Any | None = None) -> None:
        """Entities are recomputed over the whole corpus: swap them in one transaction."""
        with self._transaction():
            if state is not None:
                self._db.execute(
                    "INSERT OR REPLACE INTO corpus_state VALUES ('entities', ?)",
                    (json.dumps(state),),
                )
            self._db.execute("DELETE FROM entity_mentions")
            self._db.execute("DELETE FROM entities")
            self._db.executemany(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?)",
                [(e.id, e.name, e.type, e.state, json.dumps(list(e.aliases)),
                  json.dumps(list(e.why))) for e in entities],
            )  # fmt: skip
            self._db.execute("DELETE FROM link_rows")
            self._db.execute("DELETE FROM corpus_state WHERE name = 'link_index'")
            self._db.executemany(
                "INSERT INTO entity_mentions (entity_id, article_id, start, end, text)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (e.id, m.article_id, m.start, m.end, m.text)
                    for e in entities
                    for m in e.mentions
                ],
            )

    def put_entity_changes(self, changes: EntityChanges, state: dict[str, Any]) -> None:
        """What one link update changed, all or nothing: entity rows written, mentions of
        merged or split entities moved by their name keys, new mentions filed, the linker's
        state rows written; `changes.reset` replaces everything linked before."""
        with self._transaction():
            if changes.reset:
                for table in ("entity_mentions", "entities", "link_rows"):
                    self._db.execute(f"DELETE FROM {table}")
            self._db.executemany(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " name = excluded.name, type = excluded.type, state = excluded.state,"
                " aliases = excluded.aliases, why = excluded.why",
                [(e.id, e.name, e.type, e.state, json.dumps(list(e.aliases)),
                  json.dumps(list(e.why))) for e in changes.changed],
            )  # fmt: skip
            for entity_id, keys in changes.keys:
                for chunk in _chunks(list(keys), 900):
                    marks = ", ".join("?" * len(chunk))
                    self._db.execute(
                        f"UPDATE entity_mentions SET entity_id = ? WHERE name_key IN ({marks})"
                        " AND entity_id != ?",
                        (entity_id, *chunk, entity_id),
                    )
            entity_of = {key: e for e, keys in changes.keys for key in keys}
            self._db.executemany(
                "INSERT INTO entity_mentions VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (entity_of[k], m.article_id, m.start, m.end, m.text, k)
                    for k, m in changes.mentions
                ],
            )
            self._db.executemany(
                "DELETE FROM entities WHERE id = ?", [(i,) for i in changes.removed]
            )
            header, rows = link_state_parts(state)
            self._db.execute(
                "INSERT OR REPLACE INTO corpus_state VALUES ('link_index', ?)",
                (json.dumps(header),),
            )
            self._db.executemany("INSERT OR REPLACE INTO link_rows VALUES (?, ?, ?)", rows)

    def link_state(self) -> dict[str, Any] | None:
        """The linker's state as `put_entity_changes` wrote it (None: nothing linked yet)."""
        header = self.corpus_state("link_index")
        if not isinstance(header, dict):
            return None
        return link_state_from(header, self._db.execute("SELECT * FROM link_rows"))

    def entities(self) -> list[Entity]:
        mentions: dict[str, list[EntityMention]] = {}
        for row in self._db.execute(
            "SELECT * FROM entity_mentions ORDER BY entity_id, article_id, start"
        ):
            mentions.setdefault(row["entity_id"], []).append(
                EntityMention(row["article_id"], row["start"], row["end"], row["text"])
            )
        return [
            Entity(row["id"], row["name"], row["type"], tuple(json.loads(row["aliases"])),
                   tuple(mentions.get(row["id"], ())), row["state"], tuple(json.loads(row["why"])))
            for row in self._db.execute("SELECT * FROM entities ORDER BY name, id")
        ]  # fmt: skip

    def put_copy_links(self, links: Sequence[CopyLink]) -> None:
        """Record copy links and mark near-identical copies as duplicates of their original."""
        with self._transaction():
            self._insert_copy_links(links)

    def replace_copy_links(self, article_ids: Sequence[str], links: Sequence[CopyLink]) -> None:
        """Swap every link touching these articles for `links`, and their duplicate marks."""
        with self._transaction():
            for chunk in _chunks(list(article_ids), 400):
                marks = ", ".join("?" * len(chunk))
                self._db.execute(
                    f"DELETE FROM copy_links WHERE article_id IN ({marks})"
                    f" OR source_id IN ({marks})",
                    (*chunk, *chunk),
                )
                self._db.execute(
                    f"UPDATE articles SET duplicate_of = NULL WHERE id IN ({marks})", chunk
                )
            self._insert_copy_links(links)

    def _insert_copy_links(self, links: Sequence[CopyLink]) -> None:
        for link in links:
            self._db.execute(
                "INSERT OR REPLACE INTO copy_links VALUES (?, ?, ?, ?)",
                (link.article_id, link.source_id, link.kind, link.share),
            )
            if link.kind == "duplicate":
                self._db.execute(
                    "UPDATE articles SET duplicate_of = ? WHERE id = ?",
                    (link.source_id, link.article_id),
                )

    def copy_links(self) -> list[CopyLink]:
        rows = self._db.execute("SELECT * FROM copy_links ORDER BY article_id, source_id")
        return [CopyLink(r["article_id"], r["source_id"], r["kind"], r["share"]) for r in rows]

    def put_fingerprints(self, fingerprints: Sequence[tuple[str, bytes]]) -> None:
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO fingerprints VALUES (?, ?)", fingerprints)

    def fingerprinted_ids(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT article_id FROM fingerprints")}

    def fingerprints(self) -> Iterator[tuple[str, bytes]]:
        rows = self._db.execute(
            "SELECT f.article_id, f.data FROM fingerprints f JOIN articles a ON a.id = f.article_id"
            " ORDER BY f.rowid"  # the order they were indexed in: a rebuild replays it
        )
        for row in rows:
            yield row[0], bytes(row[1])

    def put_embeddings(self, model: str, vectors: dict[str, bytes]) -> None:
        with self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)",
                [(article_id, model, data) for article_id, data in vectors.items()],
            )

    def embeddings(self, model: str, article_ids: Sequence[str]) -> dict[str, bytes]:
        """The stored vectors (float32 bytes) of those articles that have one."""
        found: dict[str, bytes] = {}
        for chunk in _chunks(list(article_ids), 500):
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT article_id, vector FROM embeddings"
                f" WHERE model = ? AND article_id IN ({marks})",
                (model, *chunk),
            )
            found.update((row[0], bytes(row[1])) for row in rows)
        return found

    def put_date_inference(self, inference: DateInference, *, apply: bool = True) -> None:
        """An inferred publication date, kept with its evidence; with `apply` it becomes the
        article's date (never over a stated one) and the article's extraction is dropped,
        since its relative dates were read against no date or another one."""
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO date_inferences VALUES (?, ?, ?, ?, ?)",
                (inference.article_id, inference.published, inference.how,
                 inference.confidence, json.dumps(list(inference.evidence))),
            )  # fmt: skip
            if not apply:
                return
            changed = self._db.execute(
                "UPDATE articles SET published = ?, published_how = 'inferred'"
                " WHERE id = ? AND (published IS NULL OR published_how = 'inferred')"
                " AND published IS NOT ?",
                (inference.published, inference.article_id, inference.published),
            ).rowcount
            if changed:
                self._db.execute(
                    "DELETE FROM extractions WHERE article_id = ?", (inference.article_id,)
                )

    def undated_ids(self) -> list[str]:
        rows = self._db.execute("SELECT id FROM articles WHERE published IS NULL ORDER BY rowid")
        return [row[0] for row in rows]

    def date_inferences(self) -> list[DateInference]:
        return [
            DateInference(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])))
            for row in self._db.execute("SELECT * FROM date_inferences ORDER BY rowid")
        ]

    def replace_stories(self, stories: Sequence[Story], state: dict[str, Any] | None) -> None:
        """Store every story and event (the ones stored before go) and, when given, the
        grouping index state rows (`StoryIndex.state()`), all or nothing."""
        with self._transaction():
            for table in ("story_articles", "events", "stories"):
                self._db.execute(f"DELETE FROM {table}")
            for story in stories:
                self._upsert_story(story)
            if state is not None:
                self._write_story_state({**state, "reset": True})

    def put_stories(
        self, changed: Sequence[Story], removed: Sequence[str], state: dict[str, Any] | None
    ) -> None:
        """Write what one grouping changed, all or nothing: `changed` stories whole (a story or
        event stored before keeps its place in the order; new ones follow in the order given),
        the stories and events `removed` (merged away) with their memberships, and the state
        rows of `StoryIndex.take_changes()`."""
        with self._transaction():
            for chunk in _chunks(list(removed), 400):
                marks = ", ".join("?" * len(chunk))
                self._db.execute(
                    f"DELETE FROM story_articles WHERE event_id IN ({marks})"
                    f" OR story_id IN ({marks})",
                    (*chunk, *chunk),
                )
                self._db.execute(f"DELETE FROM events WHERE id IN ({marks})", chunk)
                self._db.execute(f"DELETE FROM stories WHERE id IN ({marks})", chunk)
            for story in changed:
                self._upsert_story(story)
            if state is not None:
                self._write_story_state(state)

    def _upsert_story(self, story: Story) -> None:
        # an upsert, not INSERT OR REPLACE: the row keeps its rowid, so its place in the order
        self._db.execute(
            "INSERT INTO stories VALUES (?, ?)"
            " ON CONFLICT (id) DO UPDATE SET title = excluded.title",
            (story.id, story.title),
        )
        for event in story.events:
            self._db.execute(
                "INSERT INTO events VALUES (?, ?, ?) ON CONFLICT (id)"
                " DO UPDATE SET story_id = excluded.story_id, title = excluded.title",
                (event.id, story.id, event.title),
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO story_articles VALUES (?, ?, ?)",
                [(article_id, story.id, event.id) for article_id in event.article_ids],
            )

    def _write_story_state(self, state: dict[str, Any]) -> None:
        if state.get("reset"):
            for table in _STORY_STATE_TABLES:
                self._db.execute(f"DELETE FROM {table}")
        self._db.execute(
            "INSERT OR REPLACE INTO corpus_state VALUES ('stories', ?)",
            (json.dumps(state["header"]),),
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO story_groups VALUES (?, ?, ?)",
            [(g["id"], g["kind"], json.dumps(g)) for g in state.get("groups", ())],
        )
        self._db.executemany(
            "DELETE FROM story_groups WHERE id = ?", [(i,) for i in state.get("closed", ())]
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO story_keys VALUES (?, ?, ?)",
            [(k, df, json.dumps(p)) for k, df, p in state.get("keys", ())],
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO story_merged VALUES (?, ?)", state.get("merged", ())
        )

    def story_state(self) -> dict[str, Any] | None:
        """What restoring the story index reads first: the header and the merged events that
        live on in an open event. Open groups: `story_groups`; term rows: `story_keys`."""
        header = self.corpus_state("stories")
        if header is None:
            return None
        merged = self._db.execute(
            "SELECT m.event_id, m.into_id FROM story_merged m"
            " JOIN story_groups g ON g.id = m.into_id ORDER BY m.event_id"
        )
        return {"header": header, "merged": [[r[0], r[1]] for r in merged]}

    def story_groups(self, group_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """The state rows of these open groups (of every open one when None), oldest first."""
        if group_ids is None:
            rows = list(self._db.execute("SELECT payload FROM story_groups"))
        else:
            rows = []
            for chunk in _chunks(list(group_ids), 900):
                marks = ", ".join("?" * len(chunk))
                query = f"SELECT payload FROM story_groups WHERE id IN ({marks})"
                rows += self._db.execute(query, chunk)
        return sorted((json.loads(r[0]) for r in rows), key=lambda g: int(g["seq"]))

    def story_keys(self, keys: Sequence[int]) -> list[tuple[int, int, list[str]]]:
        """The stored (term, document frequency, posting list) rows of these hashed terms."""
        found = []
        for chunk in _chunks(list(keys), 900):
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT * FROM story_keys WHERE key IN ({marks})", chunk)
            found += [(int(r[0]), int(r[1]), list(json.loads(r[2]))) for r in rows]
        return found

    def stories(self) -> list[Story]:
        return self._stories_where("", [])

    def stories_by_id(self, story_ids: Sequence[str]) -> list[Story]:
        """These stories (those stored), in the order of all stories."""
        found: list[Story] = []
        for chunk in _chunks(list(story_ids), 400):
            found += self._stories_where(f"IN ({', '.join('?' * len(chunk))})", chunk)
        rowids = self._rowids("stories", [s.id for s in found])
        return sorted(found, key=lambda s: rowids[s.id])

    def _rowids(self, table: str, ids: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(ids, 400):
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT id, rowid FROM {table} WHERE id IN ({marks})", chunk)
            found.update((r[0], r[1]) for r in rows)
        return found

    def _stories_where(self, story_in: str, params: Sequence[str]) -> list[Story]:
        """Stories with their events and members; `story_in` ("IN (?, ...)" or "") picks some."""

        def where(column: str) -> str:
            return f" WHERE {column} {story_in}" if story_in else ""

        members: dict[str, list[str]] = {}
        for row in self._db.execute(
            "SELECT sa.event_id, sa.article_id FROM story_articles sa"
            f" JOIN articles a ON a.id = sa.article_id{where('sa.story_id')}"
            " ORDER BY a.published, a.rowid",
            params,
        ):
            members.setdefault(row[0], []).append(row[1])
        events: dict[str, list[Event]] = {}
        for row in self._db.execute(
            f"SELECT * FROM events{where('story_id')} ORDER BY rowid", params
        ):
            event = Event(
                row["id"], row["story_id"], row["title"], tuple(members.get(row["id"], ()))
            )
            events.setdefault(row["story_id"], []).append(event)
        return [
            Story(row["id"], row["title"],
                  tuple(a for e in events.get(row["id"], ()) for a in e.article_ids),
                  tuple(events.get(row["id"], ())))
            for row in self._db.execute(
                f"SELECT * FROM stories{where('id')} ORDER BY rowid", params
            )
        ]  # fmt: skip

    def count_stories(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM stories").fetchone()[0])

    def grouped_ids(self) -> set[str]:
        """Articles placed in a story and event."""
        return {row[0] for row in self._db.execute("SELECT article_id FROM story_articles")}

    def ungrouped_ids(self) -> list[str]:
        """Articles placed in no story yet, in the order stored."""
        # no ORDER BY: sorting by rowid in SQL walks the table's pages, texts and all (150 ms
        # at 100k articles); without it the scan stays in the index of ids (20 ms)
        rows = self._db.execute(
            "SELECT rowid, id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)"
        )
        return [id_ for _, id_ in sorted((row[0], row[1]) for row in rows)]

    def story_placements(self, article_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """The (story, event) each of these articles is placed in, for those placed."""
        found: dict[str, tuple[str, str]] = {}
        for chunk in _chunks(list(article_ids), 400):
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT * FROM story_articles WHERE article_id IN ({marks})", chunk
            )
            found.update((r["article_id"], (r["story_id"], r["event_id"])) for r in rows)
        return found

    def duplicate_sources(self, article_ids: Sequence[str]) -> dict[str, str]:
        """The original each of these articles duplicates, for those that are duplicates."""
        found: dict[str, str] = {}
        for chunk in _chunks(list(article_ids), 400):
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT article_id, source_id FROM copy_links WHERE kind = 'duplicate'"
                f" AND article_id IN ({marks}) ORDER BY article_id, source_id",
                chunk,
            )
            found.update((r[0], r[1]) for r in rows)  # as copy_links(): the last link wins
        return found

    def article_heads(self, article_ids: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
        """(title, published) of each of these articles (those stored): all that naming a
        group by its headlines needs, without reading the texts."""
        found: dict[str, tuple[str | None, str | None]] = {}
        for chunk in _chunks(list(article_ids), 400):
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT id, title, published FROM articles WHERE id IN ({marks})", chunk
            )
            found.update((r[0], (r[1], r[2])) for r in rows)
        return found

    def corpus_state(self, name: str) -> Any | None:
        row = self._db.execute(
            "SELECT payload FROM corpus_state WHERE name = ?", (name,)
        ).fetchone()
        return None if row is None else json.loads(row[0])

    def put_corpus_state(self, name: str, payload: Any) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO corpus_state VALUES (?, ?)", (name, json.dumps(payload))
            )

    def story_inputs(self, story_id: str, kind: str) -> str | None:
        """The key of the inputs a story's stored result ("facts", "brief") was made from."""
        row = self._db.execute(
            "SELECT inputs FROM story_results WHERE story_id = ? AND kind = ?", (story_id, kind)
        ).fetchone()
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
        rows = self._db.execute(
            "SELECT e.*, m.start, m.end, m.text AS mention FROM entity_mentions m"
            " JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?"
            " ORDER BY e.name, e.id, m.start",
            (article_id,),
        ).fetchall()
        found: dict[str, Entity] = {}
        for row in rows:
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
        rows = self._db.execute("SELECT id FROM articles WHERE added_at >= ?", (since,))
        return {row[0] for row in rows}

    def _put_result(self, story_id: str, kind: str, inputs: str, payload: Any) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO story_results VALUES (?, ?, ?, ?, ?)",
                (story_id, kind, inputs, json.dumps(payload, ensure_ascii=False), utc_now()),
            )

    def _results(self, kind: str, story_id: str | None) -> list[Any]:
        where, params = ("AND story_id = ?", (kind, story_id)) if story_id else ("", (kind,))
        rows = self._db.execute(
            f"SELECT payload FROM story_results WHERE kind = ? {where} ORDER BY rowid", params
        )
        return [json.loads(row[0]) for row in rows]

    def drop_story_results(self, keep: Sequence[str]) -> None:
        """Forget the results of stories that no longer exist."""
        with self._transaction():
            current = [
                r[0] for r in self._db.execute("SELECT DISTINCT story_id FROM story_results")
            ]
            gone = [s for s in current if s not in set(keep)]
            for chunk in _chunks(gone, 400):
                marks = ", ".join("?" * len(chunk))
                self._db.execute(f"DELETE FROM story_results WHERE story_id IN ({marks})", chunk)

    # --- reading ----------------------------------------------------------------------

    def article_ids(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT id FROM articles ORDER BY rowid")]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def articles(self, *, limit: int | None = None, offset: int = 0) -> list[Article]:
        rows = self._db.execute(
            "SELECT * FROM articles ORDER BY published IS NULL, published, rowid LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        ).fetchall()
        return [self._article_from_row(row) for row in rows]

    def articles_by_id(self, article_ids: Sequence[str]) -> dict[str, Article]:
        """The stored ones of `article_ids`, in the order asked (a caller's order is kept)."""
        found: dict[str, Article] = {}
        for chunk in _chunks(list(article_ids), 500):
            marks = ", ".join("?" * len(chunk))
            for row in self._db.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk):
                found[row["id"]] = self._article_from_row(row)
        return {i: found[i] for i in article_ids if i in found}

    def sources(self) -> set[str]:
        """The source (path or URL) of every stored article."""
        return {row[0] for row in self._db.execute("SELECT source FROM articles")}

    def iter_articles(self) -> Iterator[Article]:
        for row in self._db.execute("SELECT * FROM articles ORDER BY rowid"):
            yield self._article_from_row(row)

    def article(self, id_or_prefix: str) -> Article | None:
        """An article by id, or by a unique prefix of its id (at least 4 characters)."""
        prefix = re.sub(r"([\\%_])", r"\\\1", id_or_prefix)  # a prefix, never a pattern
        rows = self._db.execute(
            "SELECT * FROM articles WHERE id = ?"
            " OR (length(?) >= 4 AND id LIKE ? || '%' ESCAPE '\\') LIMIT 2",
            (id_or_prefix, id_or_prefix, prefix),
        ).fetchall()
        exact = [r for r in rows if r["id"] == id_or_prefix]
        if exact or len(rows) == 1:
            return self._article_from_row((exact or rows)[0])
        return None

    def raw_document(self, document_id: str) -> RawDocument | None:
        row = self._db.execute(
            "SELECT * FROM raw_documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            return None
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
        match = fts_match(query)
        if not match:
            return []
        try:
            rows = self._db.execute(
                f"""SELECT articles.*, snippet(articles_fts, 1, '{_HIT}', '{_END}', ' … ', 16)
                   AS snip FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid
                   WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""",
                (match, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot search for {query!r}: {exc}") from exc
        return [SearchHit(self._article_from_row(row), *_marked(row["snip"])) for row in rows]

    def _article_from_row(self, row: sqlite3.Row) -> Article:
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
            segments=self._segments(row["id"]),
            offsets=tuple(OffsetPiece(*p) for p in json.loads(row["offsets"])),
            machine_translated=bool(row["machine_translated"]),
            duplicate_of=row["duplicate_of"],
            translation_evidence=tuple(json.loads(row["translation_evidence"])),
        )

    def _segments(self, article_id: str) -> tuple[Segment, ...]:
        rows = self._db.execute(
            "SELECT start, end, text, label, reason FROM segments"
            " WHERE article_id = ? ORDER BY seq",
            (article_id,),
        ).fetchall()
        return tuple(
            Segment(r["start"], r["end"], r["text"], SegmentLabel(r["label"]), r["reason"])
            for r in rows
        )


# Snippet markers: private-use characters inside control characters, which no cleaned text holds.
_HIT, _END = "\x02\ue000", "\ue001\x03"


def _marked(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A snippet without its markers, and where the marked words are."""
    plain, marks, rest = [], [], snippet
    while (opened := rest.find(_HIT)) >= 0 and (closed := rest.find(_END, opened)) >= 0:
        plain.append(rest[:opened])
        start = sum(map(len, plain))
        plain.append(rest[opened + len(_HIT) : closed])
        marks.append((start, start + closed - opened - len(_HIT)))
        rest = rest[closed + len(_END) :]
    plain.append(rest)
    return "".join(plain), tuple(marks)


def _row_values(row: sqlite3.Row, cls: type) -> list[Any]:
    """Columns back to field values: JSON tuples (a quote's pieces) and SQLite's 0/1 booleans."""
    values = list(row)
    for position, f in enumerate(fields(cls)):
        if str(f.type).startswith("tuple"):
            values[position] = tuple(tuple(v) for v in json.loads(values[position] or "[]"))
        elif str(f.type) == "bool" and values[position] is not None:
            values[position] = bool(values[position])
    return values


def _statements(script: str) -> list[str]:
    """Split a migration into statements; sqlite3.complete_statement keeps triggers whole."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s]


def _chunks(items: list[_T], size: int) -> Iterator[list[_T]]:
    """Slices small enough for SQLite's limit on bound parameters."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
