"""The SQLite store: raw documents byte for byte, articles, segments, full-text search.

WAL mode so readers (the web app, a second CLI) never block the writer; ordered
migrations tracked in `PRAGMA user_version`; one transaction per article so a
failure never leaves half an article behind; FTS5 over title and text.
Stages never touch SQL: they hand model objects to the store and get them back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk.config import StoreSettings
from newsdesk.errors import StoreError
from newsdesk.model import (
    Analysis,
    Annotation,
    Article,
    Attribution,
    Claim,
    CopyLink,
    DateInference,
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
)

# Per-article extracted items: table -> the model class whose fields are its columns.
ITEM_TABLES: dict[str, type] = {
    "time_expressions": TimeExpression,
    "quotes": Quote,
    "claims": Claim,
    "quantities": Quantity,
    "attributions": Attribution,
}


class Store:
    """One SQLite database file. Use as a context manager or call `close()`."""

    def __init__(self, path: str | Path, settings: StoreSettings) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(
                self.path, timeout=settings.busy_timeout, isolation_level=None
            )
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc
        self._db.row_factory = sqlite3.Row
        self._configure()
        self._migrate()

    def __enter__(self) -> Store:
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

    def put(self, raw: RawDocument, article: Article) -> None:
        """Store a raw document and its article atomically (all or nothing)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction():
            self._insert_raw(raw, now)
            self._insert_article(article, now)
            self._insert_segments(article)

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
        offsets = json.dumps([list(_piece_tuple(p)) for p in article.offsets])
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

    # --- analysis (annotate + extract) ------------------------------------------------

    def analysed_ids(self, version: str) -> set[str]:
        rows = self._db.execute("SELECT article_id FROM analyses WHERE version = ?", (version,))
        return {row[0] for row in rows}

    def put_analysis(self, analysis: Analysis, version: str) -> None:
        """Replace an article's analysis and everything extracted from it, atomically."""
        with self._transaction():
            self._write_analysis(analysis, version)

    def _write_analysis(self, analysis: Analysis, version: str) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        article_id = analysis.article_id
        self._db.execute(
            "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?)",
            (article_id, version, json.dumps(_annotation_payload(analysis.annotation)),
             json.dumps(list(analysis.problems)), now),
        )  # fmt: skip
        for table, items in _items_by_table(analysis).items():
            self._replace_items(table, article_id, items)

    def _replace_items(self, table: str, article_id: str, items: tuple[Any, ...]) -> None:
        self._db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        if not items:
            return
        columns = _columns(ITEM_TABLES[table])
        marks = ", ".join("?" * (len(columns) + 2))
        self._db.executemany(
            f"INSERT INTO {table} (article_id, seq, {', '.join(columns)}) VALUES ({marks})",
            [
                (article_id, seq, *(getattr(item, c) for c in columns))
                for seq, item in enumerate(items)
            ],
        )

    def annotation(self, article_id: str) -> Annotation | None:
        row = self._db.execute(
            "SELECT annotation FROM analyses WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        return _annotation_from_payload(article_id, json.loads(row["annotation"]))

    def items(self, table: str, article_id: str | None = None) -> list[Any]:
        """Extracted items of one kind (quotes, claims, ...), for one article or all."""
        cls = ITEM_TABLES[table]
        columns = _columns(cls)
        where, params = ("WHERE article_id = ?", (article_id,)) if article_id else ("", ())
        rows = self._db.execute(
            f"SELECT article_id, {', '.join(columns)} FROM {table} {where}"
            " ORDER BY article_id, seq",
            params,
        )
        with_id = "article_id" in {f.name for f in fields(cls)}
        return [cls(*row) if with_id else cls(*row[1:]) for row in rows]

    def times_by_article(self) -> dict[str, list[TimeExpression]]:
        """Time expressions carry no article id of their own: grouped by article here."""
        grouped: dict[str, list[TimeExpression]] = {}
        columns = _columns(TimeExpression)
        for row in self._db.execute(
            f"SELECT article_id, {', '.join(columns)} FROM time_expressions"
            " ORDER BY article_id, seq"
        ):
            grouped.setdefault(row[0], []).append(TimeExpression(*row[1:]))
        return grouped

    def problems(self) -> list[tuple[str, str]]:
        rows = self._db.execute("SELECT article_id, problems FROM analyses WHERE problems != '[]'")
        return [(row[0], problem) for row in rows for problem in json.loads(row[1])]

    # --- corpus-level results -----------------------------------------------------------

    def replace_entities(self, entities: list[Entity], state: Any | None = None) -> None:
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
            self._db.executemany(
                "INSERT INTO entity_mentions VALUES (?, ?, ?, ?, ?)",
                [
                    (e.id, m.article_id, m.start, m.end, m.text)
                    for e in entities
                    for m in e.mentions
                ],
            )

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

    def put_copy_links(self, links: list[CopyLink]) -> None:
        """Record copy links and mark near-identical copies as duplicates of their original."""
        with self._transaction():
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

    def put_fingerprints(self, fingerprints: list[tuple[str, bytes]]) -> None:
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

    def put_date_inferences(self, inferences: Sequence[DateInference]) -> None:
        for inference in inferences:
            self.put_date_inference(inference)

    def put_date_inference(
        self, inference: DateInference, analysis: Analysis | None = None, version: str = ""
    ) -> None:
        """An inferred publication date (never over a stated one), with the article's analysis
        redone against it, all or nothing."""
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO date_inferences VALUES (?, ?, ?, ?, ?)",
                (inference.article_id, inference.published, inference.how,
                 inference.confidence, json.dumps(list(inference.evidence))),
            )  # fmt: skip
            self._db.execute(
                "UPDATE articles SET published = ?, published_how = 'inferred'"
                " WHERE id = ? AND (published IS NULL OR published_how = 'inferred')",
                (inference.published, inference.article_id),
            )
            if analysis is not None:
                self._write_analysis(analysis, version)

    def undated_ids(self) -> list[str]:
        rows = self._db.execute("SELECT id FROM articles WHERE published IS NULL ORDER BY rowid")
        return [row[0] for row in rows]

    def date_inferences(self) -> list[DateInference]:
        return [
            DateInference(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])))
            for row in self._db.execute("SELECT * FROM date_inferences ORDER BY rowid")
        ]

    def replace_stories(self, stories: list[Story], state: dict[str, Any] | None) -> None:
        """Store the story/event assignment and the grouping index state, all or nothing."""
        with self._transaction():
            for table in ("story_articles", "events", "stories"):
                self._db.execute(f"DELETE FROM {table}")
            for story in stories:
                self._insert_story(story)
            if state is not None:
                self._db.execute(
                    "INSERT OR REPLACE INTO corpus_state VALUES ('stories', ?)",
                    (json.dumps(state),),
                )

    def _insert_story(self, story: Story) -> None:
        self._db.execute("INSERT INTO stories VALUES (?, ?)", (story.id, story.title))
        for event in story.events:
            self._db.execute(
                "INSERT INTO events VALUES (?, ?, ?)", (event.id, story.id, event.title)
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO story_articles VALUES (?, ?, ?)",
                [(article_id, story.id, event.id) for article_id in event.article_ids],
            )

    def stories(self) -> list[Story]:
        members: dict[str, list[str]] = {}
        for row in self._db.execute(
            "SELECT sa.event_id, sa.article_id FROM story_articles sa"
            " JOIN articles a ON a.id = sa.article_id ORDER BY a.published, a.rowid"
        ):
            members.setdefault(row[0], []).append(row[1])
        events: dict[str, list[Event]] = {}
        for row in self._db.execute("SELECT * FROM events ORDER BY rowid"):
            event = Event(
                row["id"], row["story_id"], row["title"], tuple(members.get(row["id"], ()))
            )
            events.setdefault(row["story_id"], []).append(event)
        return [
            Story(row["id"], row["title"],
                  tuple(a for e in events.get(row["id"], ()) for a in e.article_ids),
                  tuple(events.get(row["id"], ())))
            for row in self._db.execute("SELECT * FROM stories ORDER BY rowid")
        ]  # fmt: skip

    def count_stories(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM stories").fetchone()[0])

    def grouped_ids(self) -> set[str]:
        """Articles placed in a story and event."""
        return {row[0] for row in self._db.execute("SELECT article_id FROM story_articles")}

    def corpus_state(self, name: str) -> Any | None:
        row = self._db.execute(
            "SELECT payload FROM corpus_state WHERE name = ?", (name,)
        ).fetchone()
        return None if row is None else json.loads(row[0])

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

    def iter_articles(self) -> Iterator[Article]:
        for row in self._db.execute("SELECT * FROM articles ORDER BY rowid"):
            yield self._article_from_row(row)

    def article(self, id_or_prefix: str) -> Article | None:
        """An article by id, or by a unique prefix of its id (at least 4 characters)."""
        rows = self._db.execute(
            "SELECT * FROM articles WHERE id = ? OR (length(?) >= 4 AND id LIKE ? || '%') LIMIT 2",
            (id_or_prefix, id_or_prefix, id_or_prefix),
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

    def search(self, query: str, *, limit: int = 20) -> list[tuple[Article, str]]:
        """Full-text search; each hit with a snippet of the matching text."""
        try:
            rows = self._db.execute(
                """SELECT articles.*, snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snip
                   FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid
                   WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot search for {query!r}: {exc}") from exc
        return [(self._article_from_row(row), row["snip"]) for row in rows]

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


def _piece_tuple(piece: OffsetPiece) -> tuple[int, int, int, int]:
    return piece.clean_start, piece.clean_end, piece.raw_start, piece.raw_end


def _statements(script: str) -> list[str]:
    """Split a migration into statements; sqlite3.complete_statement keeps triggers whole."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s]


def _columns(cls: type) -> list[str]:
    """The item's fields stored as columns (article_id is always a column of its own)."""
    return [f.name for f in fields(cls) if f.name != "article_id"]


def _items_by_table(analysis: Analysis) -> dict[str, tuple[Any, ...]]:
    return {
        "time_expressions": analysis.times,
        "quotes": analysis.quotes,
        "claims": analysis.claims,
        "quantities": analysis.quantities,
        "attributions": analysis.attributions,
    }


def _annotation_payload(annotation: Annotation) -> dict[str, Any]:
    """Compact JSON: positional lists, not objects (a parse has thousands of tokens)."""
    return {
        "model": annotation.model,
        "sentences": [[s.start, s.end] for s in annotation.sentences],
        "mentions": [[m.start, m.end, m.text, m.label] for m in annotation.mentions],
        "tokens": [[t.start, t.end, t.lemma, t.pos, t.dep, t.head] for t in annotation.tokens],
    }


def _annotation_from_payload(article_id: str, payload: dict[str, Any]) -> Annotation:
    return Annotation(
        article_id=article_id,
        model=payload["model"],
        sentences=tuple(Sentence(*s) for s in payload["sentences"]),
        mentions=tuple(Mention(*m) for m in payload["mentions"]),
        tokens=tuple(Token(*t) for t in payload["tokens"]),
    )


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    """Slices small enough for SQLite's limit on bound parameters."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
