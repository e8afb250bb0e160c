"""RSS and Atom feeds: decode, refuse hostile XML, then fetch each entry's page.

A feed is decoded by ingest's own decoder first (BOM, UTF-16/32 without one, EBCDIC, the
declared charset, UTF-8, a guess) and checked for entity declarations in the decoded text:
a check on the raw bytes would miss `<!ENTITY` spelled in UTF-32 or EBCDIC, which the feed
parser would then expand (a 25 kB feed can grow to gigabytes). What the parsers see is the
checked text re-encoded as UTF-8, so no parser ever decodes a multi-byte charset itself.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable, Container, Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from xml.etree.ElementTree import ParseError

import feedparser
from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring as defused_fromstring

from newsdesk.config import IngestSettings
from newsdesk.errors import InputError, UnsafeInputError
from newsdesk.ingest.decode import decode_bytes, intrinsic_encoding
from newsdesk.ingest.notices import Notices
from newsdesk.model import InputKind, RawDocument, Rejection, SourceHints

PageFetcher = Callable[[str], RawDocument]
"""url -> the page as a RawDocument; raises InputError when it cannot be had."""

FALLBACK_MIN_CHARS = 280  # an entry's own text shorter than this is a teaser, not an article

_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_MAYBE_FEED_TYPES = frozenset(
    {"", "application/xml", "text/xml", "text/plain", "application/octet-stream"}
)
_SNIFF_BYTES = 4096
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]")
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)
_XML_DECLARED_ENCODING = re.compile(r"""^(\s*<\?xml[^>]{0,200}?encoding\s*=\s*["'])[^"']*""")
_TAG = re.compile(r"<[^>]*>")
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9A-Fa-f]{1,16})|([0-9]{1,16}));")


def is_feed(content_type: str, data: bytes) -> bool:
    """True when the content type says RSS/Atom, or says little and the bytes look like a feed."""
    if content_type in _FEED_TYPES:
        return True
    return content_type in _MAYBE_FEED_TYPES and sniff_feed(data)


def sniff_feed(data: bytes) -> bool:
    """True when an RSS, RDF or Atom root element opens within the first kilobytes.

    The head is read in the encoding its bytes announce (UTF-16/32, EBCDIC), so a feed in
    one of those is recognised as a feed, and checked as one.
    """
    encoding = intrinsic_encoding(data) or "latin-1"
    head = codecs.getincrementaldecoder(encoding)("ignore").decode(data[:_SNIFF_BYTES])
    return _FEED_ROOT.search(head) is not None


def safe_feed_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[bytes, str]:
    """The feed as checked UTF-8 bytes (its XML declaration saying so), and how it was read.

    Raises UnsafeInputError for entity declarations and external references, DecodeError or
    BinaryInputError when the bytes are no text.
    """
    decoded = decode_bytes(data, source, declared)
    text = decoded.text.lstrip("\ufeff")
    if _ENTITY_DECLARATION.search(text):
        raise UnsafeInputError(source, "unsafe XML refused: entity declarations")
    text = _CHARACTER_REFERENCE.sub(_usable_reference, text)
    utf8 = _XML_DECLARED_ENCODING.sub(r"\1utf-8", text, count=1).encode("utf-8")
    check_safe_xml(utf8, source)
    return utf8, decoded.note or ""


def _usable_reference(match: re.Match[str]) -> str:
    """A character reference to no character (&#2000000;, a surrogate, NUL) as U+FFFD:
    feedparser's loose parser raises on them, and no text can hold them."""
    value = int(match.group(1), 16) if match.group(1) else int(match.group(2))
    unusable = value == 0 or value > 0x10FFFF or 0xD800 <= value <= 0xDFFF
    return "&#xFFFD;" if unusable else match.group(0)


def check_safe_xml(data: bytes, source: str) -> None:
    """Raise UnsafeInputError for entity declarations and external references (UTF-8 bytes)."""
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
        if _ENTITY_DECLARATION.search(data.decode("utf-8", "replace")):
            raise UnsafeInputError(source, "unsafe XML refused: entity declarations") from None


def iter_feed(
    data: bytes,
    source: str,
    settings: IngestSettings,
    fetch_page: PageFetcher,
    *,
    declared: str | None = None,
    notices: Notices | None = None,
    known: Container[str] = frozenset(),
) -> Iterator[RawDocument | Rejection]:
    """One document (or Rejection) per entry, at most settings.max_feed_entries; entries over
    the cap are reported as one Rejection saying how many were left out. An entry whose page
    is `known` (stored already) is not fetched: it comes back as a non-failure."""
    utf8, doubt = safe_feed_bytes(data, source, declared)
    if doubt and notices is not None:
        notices.add(source, doubt)
    try:
        parsed = feedparser.parse(io.BytesIO(utf8))  # a stream, never a string it might fetch
    except Exception as exc:  # its loose parser trips on some hostile markup: name it, go on
        yield Rejection(source, f"not a readable RSS or Atom feed ({type(exc).__name__}: {exc})")
        return
    entries = parsed.entries
    if not entries:
        yield Rejection(source, _empty_feed_reason(parsed))
        return
    outlet = parsed.feed.get("title") or None
    language = parsed.feed.get("language") or None
    for number, entry in enumerate(entries[: settings.max_feed_entries], start=1):
        link = entry.get("link")
        if link and link in known:
            yield Rejection(link, "already stored (not fetched again)", failed=False)
            continue
        hints = entry_hints(entry, outlet, language)
        yield _entry_document(entry, f"{source}#entry{number}", hints, fetch_page)
    if len(entries) > settings.max_feed_entries:
        yield Rejection(source, _left_out(len(entries), settings.max_feed_entries))


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
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
    return value


def _left_out(found: int, cap: int) -> str:
    return (
        f"{found - cap:,} of the feed's {found:,} entries left out "
        f"(over the limit of {cap:,} entries per feed, max_feed_entries)"
    )


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
    """The entry's own content when its page cannot be had and it is long enough to use.

    Plain text (a description with no markup) stays plain text: read as HTML, a single run of
    text outside any paragraph would not count as a page's main text.
    """
    content = _entry_content(entry)
    visible = " ".join(_TAG.sub(" ", content).split())
    if len(visible) < FALLBACK_MIN_CHARS:
        return Rejection(source, f"{failure}; the feed entry's own text is too short to use")
    kind = InputKind.HTML if _TAG.search(content) else InputKind.TEXT
    return RawDocument(source, content.encode("utf-8"), content, "utf-8", kind, hints)


def _entry_content(entry: Any) -> str:
    contents = entry.get("content") or []
    values = [part.get("value", "") for part in contents]
    return str(max([*values, entry.get("summary") or ""], key=len))


def _empty_feed_reason(parsed: Any) -> str:
    if parsed.get("bozo") and not parsed.get("feed"):
        problem = " ".join(str(parsed.get("bozo_exception", "")).split())
        return f"not a readable RSS or Atom feed ({problem})"
    return "feed has no entries"
