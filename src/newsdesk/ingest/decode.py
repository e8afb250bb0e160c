"""Bytes to text: the charset a source declares, then UTF-8, then a careful guess.

The order follows the WHATWG encoding sniffing rules in spirit: a byte order
mark wins, then what the transport or the document declares, then UTF-8 (most
of the web), and only then charset-normalizer's guess, which is refused when it
is not plausible rather than turned into mojibake.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from newsdesk.errors import BinaryInputError, DecodeError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_BINARY_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",  # zip, docx, epub
    b"\x1f\x8b",  # gzip where plain text was expected
    b"\x7fELF",
    b"RIFF",
    b"OggS",
    b"ID3",
)

# Browsers treat these labels as windows-1252, and so do real pages that use them.
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")

# C0 controls that never occur in text (tab, newlines, form feed and escape do)
_CONTROL_BYTES = bytes(byte for byte in range(0x20) if byte not in b"\t\n\r\f\x0b\x1b")
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.1  # more control characters than this and it is not text
# Legacy charsets in use on news sites, commonest first (codecs' canonical names).
_WEB_CHARSETS = [
    "cp1252", "cp1251", "iso8859-2", "cp1250", "shift_jis", "gb18030", "gbk", "gb2312",
    "big5", "euc_kr", "cp949", "euc_jp", "iso2022_jp", "cp1256", "cp1253", "cp1254", "cp1255",
    "cp1257", "cp1258", "cp874", "tis-620", "koi8-r", "koi8-u", "iso8859-5", "iso8859-7",
    "iso8859-9", "iso8859-15", "iso8859-6", "iso8859-8", "mac-cyrillic",
]  # fmt: skip
_TIE = 0.01


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode `data`; return (text, encoding) such that data.decode(encoding) == text.

    `declared` is a charset named outside the bytes (an HTTP header). Raises
    BinaryInputError for data that is not text and DecodeError when no
    encoding fits.
    """
    bom_encoding = _bom_encoding(data)
    if bom_encoding is not None:
        return _decode_with(data, bom_encoding, source)
    if looks_binary(data):
        raise BinaryInputError(source, "binary file, not text")
    named = (declared, declared_in_document(data), "utf-8")
    for encoding in (_canonical(name) for name in named if name):
        text = _try_decode(data, encoding)
        if text is not None:
            return text, encoding
    return _guess(data, source)


def looks_binary(data: bytes) -> bool:
    """True for data that is an image, archive or program rather than text."""
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) * _MAX_CONTROL_SHARE


def looks_like_html(text: str) -> bool:
    """Text that opens as an HTML document, whatever its file name says."""
    return text.lstrip("\ufeff \t\r\n")[:14].lower().startswith(("<!doctype html", "<html"))


def declared_in_document(data: bytes) -> str | None:
    """The charset an HTML meta tag or an XML declaration names, if any."""
    head = data[:_SNIFF_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _bom_encoding(data: bytes) -> str | None:
    return next((name for bom, name in _BOMS if data.startswith(bom)), None)


def _decode_with(data: bytes, encoding: str, source: str) -> tuple[str, str]:
    text = _try_decode(data, encoding)
    if text is None:
        raise DecodeError(source, f"starts with a {encoding} byte order mark but is not {encoding}")
    return text, encoding


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _canonical(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return _WHATWG_ALIASES.get(name, name)


def _guess(data: bytes, source: str) -> tuple[str, str]:
    """charset-normalizer's candidates, narrowed to the charsets news sites actually use.

    Its own ranking often prefers an exotic charset (mac_turkish for German, cp1250 for
    French) whose decoding is as "coherent" by its measure; among near-ties, the charset
    more widely used on the web wins. Its chaos threshold refuses byte soup outright.
    """
    matches = list(from_bytes(data))
    candidates = [
        (match.chaos, match.coherence, _canonical(name))
        for match in matches
        for name in match.could_be_from_charset
        if _canonical(name) in _WEB_CHARSETS
    ]
    if not candidates:
        guess = f" (closest guess: {matches[0].encoding})" if matches else ""
        raise DecodeError(source, f"not valid UTF-8 and no text encoding fits{guess}")
    least_chaos = min(chaos for chaos, _, _ in candidates)
    calm = [c for c in candidates if c[0] <= least_chaos + _TIE]
    most_coherent = max(coherence for _, coherence, _ in calm)
    tied = [name for _, coherence, name in calm if coherence >= most_coherent - _TIE]
    encoding = min(tied, key=_WEB_CHARSETS.index)
    return data.decode(encoding), encoding
