"""RSS and Atom feeds: refuse hostile XML, then fetch each entry's page.

defusedxml reads the feed first because feedparser's XML parser would expand
entity declarations ("billion laughs") before we could see the size.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from xml.etree.ElementTree import ParseError

import feedparser
from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring as defused_fromstring

from newsdesk.config import IngestSettings
from newsdesk.errors import InputError, UnsafeInputError
from newsdesk.model import InputKind, RawDocument, Rejection, SourceHints

PageFetcher = Callable[[str], RawDocument]
"""url -> the page as a RawDocument; raises InputError when it cannot be had."""

FALLBACK_MIN_CHARS = 280  # an entry's own text shorter than this is a teaser, not an article

_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_MAYBE_FEED_TYPES = frozenset(
    {"", "application/xml", "text/xml", "text/plain", "application/octet-stream"}
)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")
_TAG = re.compile(r"<[^>]*>")


def is_feed(content_type: str, data: bytes) -> bool:
    """True when the content type says RSS/Atom, or says little and the bytes look like a feed."""
    if content_type in _FEED_TYPES:
        return True
    return content_type in _MAYBE_FEED_TYPES and sniff_feed(data)


def sniff_feed(data: bytes) -> bool:
    """True when an RSS, RDF or Atom root element opens within the first kilobytes."""
    return _FEED_ROOT.search(data[:4096]) is not None


def check_safe_xml(data: bytes, source: str) -> None:
    """Raise UnsafeInputError for entity declarations and external references."""
    try:
        defused_fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden as exc:
        raise UnsafeInputError(source, "unsafe XML refused: entity declarations") from exc
    except ExternalReferenceForbidden as exc:
        raise UnsafeInputError(source, "unsafe XML refused: external references") from exc
    except DefusedXmlException as exc:
        raise UnsafeInputError(source, f"unsafe XML refused: {type(exc).__name__}") from exc
    except ParseError:
        # Malformed feeds are common and feedparser copes with them; an entity declaration
        # that expat never reached must still not pass.
        if b"<!ENTITY" in data:
            raise UnsafeInputError(source, "unsafe XML refused: entity declarations") from None


def iter_feed(
    data: bytes, source: str, settings: IngestSettings, fetch_page: PageFetcher
) -> Iterator[RawDocument | Rejection]:
    """One document (or Rejection) per entry, at most settings.max_feed_entries."""
    check_safe_xml(data, source)
    parsed = feedparser.parse(io.BytesIO(data))  # a stream, never a string it might fetch
    entries = parsed.entries[: settings.max_feed_entries]
    if not entries:
        yield Rejection(source, _empty_feed_reason(parsed))
        return
    outlet = parsed.feed.get("title") or None
    language = parsed.feed.get("language") or None
    for number, entry in enumerate(entries, start=1):
        hints = entry_hints(entry, outlet, language)
        yield _entry_document(entry, f"{source}#entry{number}", hints, fetch_page)


def entry_hints(entry: Any, outlet: str | None, language: str | None) -> SourceHints:
    return SourceHints(
        title=entry.get("title") or None,
        outlet=outlet,
        published=iso_date(entry.get("published") or entry.get("updated")),
        url=entry.get("link") or None,
        language=language,
    )


def iso_date(value: str | None) -> str | None:
    """An RFC 822 or ISO 8601 timestamp as its own (local) date, YYYY-MM-DD; else as given."""
    if not value:
        return None
    for parse in (parsedate_to_datetime, datetime.fromisoformat):
        try:
            return parse(value.strip()).date().isoformat()
        except (TypeError, ValueError, IndexError):
            continue
    return value


def _entry_document(
    entry: Any, fallback_source: str, hints: SourceHints, fetch_page: PageFetcher
) -> RawDocument | Rejection:
    link = entry.get("link")
    if not link:
        return _from_entry_text(entry, fallback_source, hints, "entry has no link")
    try:
        page = fetch_page(link)
    except InputError as exc:
        return _from_entry_text(entry, link, hints, exc.problem)
    hints = SourceHints(hints.title, hints.outlet, hints.published, page.hints.url, hints.language)
    return RawDocument(link, page.data, page.text, page.encoding, page.kind, hints)


def _from_entry_text(
    entry: Any, source: str, hints: SourceHints, failure: str
) -> RawDocument | Rejection:
    """The entry's own content when its page cannot be had and it is long enough to use."""
    html = _entry_html(entry)
    visible = " ".join(_TAG.sub(" ", html).split())
    if len(visible) < FALLBACK_MIN_CHARS:
        return Rejection(source, f"{failure}; the feed entry's own text is too short to use")
    data = html.encode("utf-8")
    return RawDocument(source, data, html, "utf-8", InputKind.HTML, hints)


def _entry_html(entry: Any) -> str:
    contents = entry.get("content") or []
    values = [part.get("value", "") for part in contents]
    return max([*values, entry.get("summary") or ""], key=len)


def _empty_feed_reason(parsed: Any) -> str:
    if parsed.get("bozo") and not parsed.get("feed"):
        problem = " ".join(str(parsed.get("bozo_exception", "")).split())
        return f"not a readable RSS or Atom feed ({problem})"
    return "feed has no entries"
