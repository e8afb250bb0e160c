"""Page data kept until the store changes: the store file's signature decides."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsdesk.web.cache import PageCache, store_signature


def store(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE IF NOT EXISTS t (x)")
    return db


def test_no_signature_without_a_local_file(tmp_path: Path) -> None:
    assert store_signature(None) is None
    assert store_signature("postgresql://host/db") is None
    assert store_signature(str(tmp_path / "missing.db")) is None


def test_a_write_changes_the_signature(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    db = store(path)
    before = store_signature(str(path))
    db.execute("INSERT INTO t VALUES (1)")
    assert store_signature(str(path)) != before
    db.close()


def test_kept_while_unchanged_and_read_anew_after_a_write(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    db = store(path)
    cache = PageCache(str(path))
    reads: list[int] = []

    def read() -> int:
        reads.append(1)
        return len(reads)

    assert cache.get("page", read) == 1
    assert cache.get("page", read) == 1  # kept
    assert cache.get("other", read) == 2  # another key is another page
    db.execute("INSERT INTO t VALUES (1)")
    assert cache.get("page", read) == 3  # the store changed: read anew
    db.close()


def test_a_page_read_while_the_store_changed_is_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    db = store(path)
    cache = PageCache(str(path))
    counter = iter(range(10))

    def read_during_a_write() -> int:
        db.execute("INSERT INTO t VALUES (1)")
        return next(counter)

    assert cache.get("page", read_during_a_write) == 0
    assert cache.get("page", lambda: 99) == 99
    db.close()


def test_only_the_last_pages_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store(path).close()
    cache = PageCache(str(path), size=2)
    for key in ("a", "b", "c"):
        cache.get(key, lambda key=key: key)
    assert cache.get("a", lambda: "read again") == "read again"
    assert cache.get("c", lambda: "read again") == "c"


def test_without_a_file_every_request_reads(tmp_path: Path) -> None:
    cache = PageCache(None)
    values = iter(range(3))
    assert [cache.get("page", lambda: next(values)) for _ in range(3)] == [0, 1, 2]
