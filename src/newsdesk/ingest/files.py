"""Local inputs: files and folders of text, Markdown, HTML, JSON, JSON lines and feeds.

Sizes are checked before reading (stat for files, a capped read for gzip), so a
huge or hostile file costs nothing but the check.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newsdesk.config import IngestSettings
from newsdesk.errors import EmptyInputError, InputError, TooLargeError
from newsdesk.ingest.decode import decode, looks_like_html
from newsdesk.ingest.feeds import sniff_feed
from newsdesk.ingest.records import iter_json_records, iter_jsonl_records
from newsdesk.ingest.sizes import human_size
from newsdesk.model import InputKind, RawDocument, Rejection

FeedReader = Callable[[bytes, str], Iterable[RawDocument | Rejection]]
"""(feed bytes, source) -> the feed's documents; raises InputError for a bad feed."""

_KIND_BY_SUFFIX = {
    ".txt": InputKind.TEXT,
    ".text": InputKind.TEXT,
    ".md": InputKind.MARKDOWN,
    ".markdown": InputKind.MARKDOWN,
    ".html": InputKind.HTML,
    ".htm": InputKind.HTML,
    ".xhtml": InputKind.HTML,
}
_FEED_SUFFIXES = (".xml", ".rss", ".atom")


def iter_path(
    given: str, settings: IngestSettings, read_feed: FeedReader
) -> Iterator[RawDocument | Rejection]:
    """The documents in a file or (recursively) a folder, as given on the command line."""
    path = Path(given)
    if path.is_dir():
        yield from _iter_folder(given, path, settings, read_feed)
    elif path.exists():
        yield from iter_file(given, path, settings, read_feed)
    else:
        yield Rejection(given, "no such file or folder")


def folder_files(folder: Path, extensions: tuple[str, ...]) -> list[str]:
    """Relative paths of the files to read, sorted; hidden files and folders skipped."""
    endings = tuple(extension.lower() for extension in extensions)
    found: list[str] = []
    for directory, subdirectories, names in os.walk(folder):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        relative = os.path.relpath(directory, folder)
        found.extend(
            os.path.normpath(os.path.join(relative, name))
            for name in names
            if not name.startswith(".") and name.lower().endswith(endings)
        )
    return sorted(found)


def iter_file(
    source: str, path: Path, settings: IngestSettings, read_feed: FeedReader
) -> Iterator[RawDocument | Rejection]:
    """The documents in one file: one, or one per record or feed entry."""
    try:
        data = read_capped(path, source, settings.max_bytes)
        name = path.name.lower()
        if name.endswith(".gz"):
            data, name = gunzip_capped(data, source, settings.max_bytes), name[:-3]
        yield from _documents_in(data, source, name, read_feed)
    except InputError as exc:
        yield Rejection(exc.source, exc.problem)
    except OSError as exc:
        yield Rejection(source, f"cannot read: {(exc.strerror or str(exc)).lower()}")


def read_capped(path: Path, source: str, limit: int) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise TooLargeError(
            source, f"file is {human_size(size)}, over the {human_size(limit)} limit"
        )
    with path.open("rb") as file:
        data = file.read(size + 1)  # not limit + 1: that would allocate the whole cap each time
        if len(data) > size:  # it grew since stat; read on, within the cap
            data += file.read(limit + 1 - len(data))
    if len(data) > limit:
        raise TooLargeError(source, f"file is over the {human_size(limit)} limit")
    return data


def gunzip_capped(data: bytes, source: str, limit: int) -> bytes:
    """Decompress, refusing output over `limit` (a gzip bomb stops at the cap)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as file:
            out = file.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(source, f"not a valid gzip file ({exc})") from exc
    if len(out) > limit:
        raise TooLargeError(source, f"decompresses to over the {human_size(limit)} limit")
    return out


def _iter_folder(
    given: str, folder: Path, settings: IngestSettings, read_feed: FeedReader
) -> Iterator[RawDocument | Rejection]:
    relative_paths = folder_files(folder, settings.extensions)
    if not relative_paths:
        endings = ", ".join(settings.extensions)
        yield Rejection(given, f"folder holds no files to read (looked for {endings})")
    for relative in relative_paths:
        yield from iter_file(os.path.join(given, relative), folder / relative, settings, read_feed)


def _documents_in(
    data: bytes, source: str, name: str, read_feed: FeedReader
) -> Iterable[RawDocument | Rejection]:
    """Dispatch on the file name's ending (after .gz), sniffing when it says nothing."""
    if not data:
        raise EmptyInputError(source, "empty file")
    suffix = os.path.splitext(name)[1]
    if suffix in _FEED_SUFFIXES or (suffix not in _KIND_BY_SUFFIX and sniff_feed(data)):
        return read_feed(data, source)
    text, encoding = decode(data, source)
    if not text.strip():
        raise EmptyInputError(source, "empty file (only whitespace)")
    if suffix == ".json":
        return iter_json_records(text, source)
    if suffix in (".jsonl", ".ndjson"):
        return iter_jsonl_records(text, source)
    return [_single_document(data, text, encoding, source, suffix)]


def _single_document(
    data: bytes, text: str, encoding: str, source: str, suffix: str
) -> RawDocument:
    kind = _KIND_BY_SUFFIX.get(suffix, InputKind.TEXT)
    if kind is InputKind.TEXT and looks_like_html(text):
        kind = InputKind.HTML
    return RawDocument(source, data, text, encoding, kind)
