"""Page data kept between requests until the store changes.

A store changes only by writes (an `add`, an `update`, from this app or any other process),
and every write to an SQLite store in WAL mode touches the database file or its `-wal` file.
So the size and modification time of both are a signature of the store's content: page data
read under one signature is served again while the signature holds, and read anew the moment
it changes. A store that is not a local file (PostgreSQL) has no signature and is never cached.

Reading a story page of 200 articles decodes the story's facts and brief (a megabyte of JSON)
and 200 articles; a reader who comes back to the page, or a colleague who opens it, should not
wait for that again.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
Signature = tuple[int, ...]


def store_signature(location: str | None) -> Signature | None:
    """Size and modification time of the SQLite file and its write-ahead log; None when the
    store is not a local file."""
    if not location or "://" in location:
        return None
    parts: list[int] = []
    for path in (Path(location), Path(location + "-wal")):
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            parts += [-1, -1]
            continue
        parts += [stat.st_size, stat.st_mtime_ns]
    return tuple(parts) if parts[0] != -1 else None


class PageCache:
    """The last `size` pages' data, each kept with the store signature it was read under."""

    def __init__(self, location: str | None, size: int = 24) -> None:
        self.location = location
        self.size = size
        self._entries: OrderedDict[Hashable, tuple[Signature, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, build: Callable[[], T]) -> T:
        """The data for `key`: kept if the store has not changed since, else `build()`."""
        signature = store_signature(self.location)
        if signature is None:
            return build()
        with self._lock:
            kept = self._entries.get(key)
            if kept is not None and kept[0] == signature:
                self._entries.move_to_end(key)
                found: T = kept[1]
                return found
        value = build()
        if store_signature(self.location) == signature:  # nothing written while reading
            with self._lock:
                self._entries[key] = (signature, value)
                self._entries.move_to_end(key)
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
        return value
