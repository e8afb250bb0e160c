"""The SQLite store: raw documents byte for byte, articles, segments, full-text search.

WAL mode so readers (the web app, a second CLI) never block the writer; ordered
migrations tracked in `PRAGMA user_version`; one transaction per article so a
failure never leaves half an article behind; FTS5 over title and text.
Stages never touch SQL: they hand model objects to the store and get them back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk.config import StoreSettings
from newsdesk.errors import StoreError
from newsdesk.model import (
    Article,
    InputKind,
    OffsetPiece,
    RawDocument,
    Segment,
    SegmentLabel,
    SourceHints,
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
)


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
               language, machine_translated, duplicate_of, text, offsets, added_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
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

    # --- reading ----------------------------------------------------------------------

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
