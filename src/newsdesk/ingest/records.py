"""JSON and JSON lines: each record with a text or html field becomes one document.

Field names vary between scrapers and datasets, so each hint is looked up under
the names seen in the wild, first match wins.

JSON may carry characters no text can hold: a lone surrogate (`"\ud800"`, valid JSON but
not encodable) or a NUL (`"\u0000"`, which a file read as text is refused for). Each is
replaced by U+FFFD, one character for one so offsets stay put, and reported as a notice.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from newsdesk.errors import MalformedRecordError
from newsdesk.ingest.notices import Notices
from newsdesk.model import InputKind, RawDocument, Rejection, SourceHints

URL_FIELDS = ("url", "link", "source")
TITLE_FIELDS = ("title", "headline")
TEXT_FIELDS = ("text", "body", "content", "maintext", "article")
HTML_FIELDS = ("html", "raw_html")
PUBLISHED_FIELDS = ("published", "date", "pubDate", "date_publish", "published_at")
OUTLET_FIELDS = ("outlet", "source_name", "site", "publisher", "source_domain")
LANGUAGE_FIELDS = ("language", "lang")

# A lone surrogate or a NUL: a JSON string can hold them, text cannot.
_UNUSABLE = re.compile("[\ud800-\udfff\x00]")
REPLACEMENT = "\ufffd"


def iter_json_records(
    text: str, source: str, notices: Notices | None = None
) -> Iterator[RawDocument | Rejection]:
    """A .json file: one object, or a list of objects (sources path#0, path#1, ...)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as exc:
        yield Rejection(source, f"not valid JSON ({_json_problem(exc)})")
        return
    if isinstance(value, dict):
        yield _record_or_rejection(value, source, f"{source}#0", "", notices)
    elif isinstance(value, list) and not value:
        yield Rejection(source, "JSON file holds no records (an empty list)")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            where = f"item {index}: "
            yield _record_or_rejection(item, source, f"{source}#{index}", where, notices)
    else:
        yield Rejection(source, "JSON is neither an object nor a list of objects")


def iter_jsonl_records(
    text: str, source: str, notices: Notices | None = None
) -> Iterator[RawDocument | Rejection]:
    """A .jsonl file: one object per line (line numbers from 1; blank lines skipped)."""
    # split on "\n" only: str.splitlines would also split inside strings at U+2028
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"line {number}: "
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield Rejection(source, f"{where}not valid JSON ({_json_problem(exc)})")
            continue
        yield _record_or_rejection(value, source, f"{source}#{number}", where, notices)


@dataclass(frozen=True, slots=True)
class RecordDocument:
    """A record's document and what had to be replaced in it to make it text."""

    document: RawDocument
    replaced: dict[str, int]  # field -> characters replaced by U+FFFD


def record_document(record: Any, fallback_source: str) -> RawDocument:
    """The document a record holds; raises MalformedRecordError naming what is missing."""
    return read_record(record, fallback_source).document


def read_record(record: Any, fallback_source: str) -> RecordDocument:
    """The document a record holds, with unusable characters replaced (and counted)."""
    if not isinstance(record, dict):
        raise MalformedRecordError(fallback_source, "not a JSON object")
    body, kind = _body(record, fallback_source)
    fields = {
        "body": body,
        "url": _url(record),
        "title": _first_text(record, TITLE_FIELDS),
        "outlet": _outlet(record),
        "published": _first_text(record, PUBLISHED_FIELDS),
        "language": _first_text(record, LANGUAGE_FIELDS),
    }
    usable = {name: usable_text(value) for name, value in fields.items()}
    replaced = {name: count for name, (_, count) in usable.items() if count}
    body, url = usable["body"][0] or "", usable["url"][0]
    hints = SourceHints(
        title=usable["title"][0],
        outlet=usable["outlet"][0],
        published=usable["published"][0],
        url=url,
        language=usable["language"][0],
    )
    document = RawDocument(url or fallback_source, body.encode("utf-8"), body, "utf-8", kind, hints)
    return RecordDocument(document, replaced)


def usable_text(value: str | None) -> tuple[str | None, int]:
    """`value` with lone surrogates and NULs replaced by U+FFFD, and how many there were."""
    if value is None or (value.isascii() and "\x00" not in value):
        return value, 0
    return _UNUSABLE.subn(REPLACEMENT, value)


def _record_or_rejection(
    record: Any, file_source: str, fallback_source: str, where: str, notices: Notices | None
) -> RawDocument | Rejection:
    try:
        read = read_record(record, fallback_source)
    except MalformedRecordError as exc:
        return Rejection(file_source, f"{where}{exc.problem}")
    if read.replaced and notices is not None:
        notices.add(read.document.source, _replaced_message(read.replaced))
    return read.document


def _replaced_message(replaced: dict[str, int]) -> str:
    fields = ", ".join(f"{count} in {name}" for name, count in replaced.items())
    return f"characters no text can hold (lone surrogates, NUL) replaced by U+FFFD: {fields}"


def _body(record: dict[str, Any], source: str) -> tuple[str, InputKind]:
    """The html field when there is one (it is the rawer form), else the text field."""
    for names, kind in ((HTML_FIELDS, InputKind.HTML), (TEXT_FIELDS, InputKind.TEXT)):
        for name in names:
            value = record.get(name)
            if value is None:
                continue
            if not isinstance(value, str):
                raise MalformedRecordError(source, f"field {name} is not a string")
            if value.strip():
                return value, kind
    raise MalformedRecordError(source, "no text or html field")


def _url(record: dict[str, Any]) -> str | None:
    for name in URL_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.lower().startswith(("http://", "https://")):
            return value.strip()
    return None


def _outlet(record: dict[str, Any]) -> str | None:
    """outlet-like fields; "source" counts when it is a name or a {"name": ...} object."""
    named = _first_text(record, OUTLET_FIELDS)
    if named:
        return named
    source = record.get("source")
    if isinstance(source, dict):
        return _first_text(source, ("name", "title"))
    if isinstance(source, str) and not source.lower().startswith(("http://", "https://")):
        return source.strip() or None
    return None


def _first_text(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            text = str(value).strip()
            if text:
                return text
    return None


def _json_problem(exc: Exception) -> str:
    return "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
