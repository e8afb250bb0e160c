"""Storage at the edge: the protocol the pipeline writes through, and the stores behind it.

`open_store("story.db")` opens (or creates) an SQLite file, the default;
`open_store("postgresql://...")` a PostgreSQL database shared by a team.
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.config import StoreSettings
from newsdesk.store.protocol import Store, StoreReader, StoreWriter
from newsdesk.store.sqlite import ITEM_TABLES, MIGRATIONS, SQLiteStore

__all__ = [
    "ITEM_TABLES",
    "MIGRATIONS",
    "SQLiteStore",
    "Store",
    "StoreReader",
    "StoreWriter",
    "open_store",
]


def open_store(location: str | Path, settings: StoreSettings, *, create: bool = True) -> Store:
    """The store at `location`: a PostgreSQL URL, else an SQLite file path."""
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        from newsdesk.store.postgres import PostgresStore  # psycopg only when asked for

        return PostgresStore(text, settings, create=create)
    return SQLiteStore(Path(text), settings, create=create)
