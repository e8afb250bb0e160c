"""Local inputs: files and folders of text, Markdown, HTML, JSON, JSON lines and feeds.

Sizes are checked before reading (stat for files, a capped read for gzip), so a
huge or hostile file costs nothing but the check. Only regular files are read: a FIFO
or a device given as a file (or swapped in for one) is refused without blocking on it.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import os
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newsdesk.config import IngestSettings
from newsdesk.errors import EmptyInputError, InputError, TooLargeError
from newsdesk.ingest.decode import decode_bytes, looks_like_html
from newsdesk.ingest.feeds import sniff_feed
from newsdesk.ingest.notices import Notices
from newsdesk.ingest.records import iter_json_records, iter_jsonl_records
from newsdesk.ingest.sizes import human_size
from newsdesk.model import LEFT_OUT, InputKind, RawDocument, Rejection

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
_FILE_TYPES = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)
# Opened without waiting for a writer (FIFOs) or taking a terminal (O_NOCTTY).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def iter_path(
    given: str, settings: IngestSettings, read_feed: FeedReader, notices: Notices | None = None
) -> Iterator[RawDocument | Rejection]:
    """The documents in a file or (recursively) a folder, as given on the command line."""
    path = Path(given)
    if path.is_dir():
        yield from _iter_folder(given, path, settings, read_feed, notices)
    elif path.exists() or path.is_symlink():
        yield from iter_file(given, path, settings, read_feed, notices)
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
    source: str,
    path: Path,
    settings: IngestSettings,
    read_feed: FeedReader,
    notices: Notices | None = None,
) -> Iterator[RawDocument | Rejection]:
    """The documents in one file: one, or one per record or feed entry."""
    try:
        data = read_capped(path, source, settings.max_bytes)
        name = path.name.lower()
        if name.endswith(".gz"):
            data, name = gunzip_capped(data, source, settings.max_bytes), name[:-3]
        yield from _documents_in(data, source, name, read_feed, notices)
    except InputError as exc:
        yield Rejection(exc.source, exc.problem)
    except OSError as exc:
        yield Rejection(source, f"cannot read: {(exc.strerror or str(exc)).lower()}")


def read_capped(path: Path, source: str, limit: int) -> bytes:
    """The bytes of a regular file within `limit`; raises InputError (TooLargeError) else.

    The type is checked before opening (opening a FIFO would wait for a writer, a device
    may act on being opened) and again on the open file, in case the path changed between.
    """
    _refuse_irregular(os.stat(path).st_mode, source)
    descriptor = os.open(path, _OPEN_FLAGS)
    with os.fdopen(descriptor, "rb") as file:
        info = os.fstat(file.fileno())
        _refuse_irregular(info.st_mode, source)
        size = info.st_size
        if size > limit:
            raise TooLargeError(
                source, f"file is {human_size(size)}, over the {human_size(limit)} limit"
            )
        data = file.read(size + 1)  # not limit + 1: that would allocate the whole cap each time
        if len(data) > size:  # it grew since stat; read on, within the cap
            data += file.read(limit + 1 - len(data))
    if len(data) > limit:
        raise TooLargeError(source, f"file is over the {human_size(limit)} limit")
    return data


def _refuse_irregular(mode: int, source: str) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _FILE_TYPES if test(mode)), "a special file")
        raise InputError(source, f"not a regular file ({kind}): not read")


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
    given: str,
    folder: Path,
    settings: IngestSettings,
    read_feed: FeedReader,
    notices: Notices | None,
) -> Iterator[RawDocument | Rejection]:
    relative_paths = folder_files(folder, settings.extensions)
    if not relative_paths:
        endings = ", ".join(settings.extensions)
        yield Rejection(given, f"folder holds no files to read (looked for {endings})")
    for relative in relative_paths:
        source = os.path.join(given, relative)
        if _left_out(relative, settings.folder_skip):
            yield Rejection(source, LEFT_OUT, failed=False)
            continue
        yield from iter_file(source, folder / relative, settings, read_feed, notices)


def _left_out(relative: str, patterns: tuple[str, ...]) -> bool:
    name = os.path.basename(relative).casefold()
    return any(fnmatch.fnmatchcase(name, pattern.casefold()) for pattern in patterns)


def _documents_in(
    data: bytes, source: str, name: str, read_feed: FeedReader, notices: Notices | None
) -> Iterable[RawDocument | Rejection]:
    """Dispatch on the file name's ending (after .gz), sniffing when it says nothing."""
    if not data:
        raise EmptyInputError(source, "empty file")
    suffix = os.path.splitext(name)[1]
    if suffix in _FEED_SUFFIXES or (suffix not in _KIND_BY_SUFFIX and sniff_feed(data)):
        return read_feed(data, source)
    decoded = decode_bytes(data, source)
    if decoded.note and notices is not None:
        notices.add(source, decoded.note)
    if not decoded.text.strip():
        raise EmptyInputError(source, "empty file (only whitespace)")
    if suffix == ".json":
        return iter_json_records(decoded.text, source, notices)
    if suffix in (".jsonl", ".ndjson"):
        return iter_jsonl_records(decoded.text, source, notices)
    return [_single_document(data, decoded.text, decoded.encoding, source, suffix)]


def _single_document(
    data: bytes, text: str, encoding: str, source: str, suffix: str
) -> RawDocument:
    kind = _KIND_BY_SUFFIX.get(suffix, InputKind.TEXT)
    if kind is InputKind.TEXT and looks_like_html(text):
        kind = InputKind.HTML
    return RawDocument(source, data, text, encoding, kind)
