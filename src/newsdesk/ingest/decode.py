"""Bytes to text: what the bytes themselves say, then what is declared, then UTF-8, then a guess.

The order follows the WHATWG encoding sniffing rules in spirit:

1. a byte order mark wins;
2. UTF-16 and UTF-32 without a mark are recognised by where their zero bytes fall, and an XML
   declaration written in EBCDIC by its first four bytes (no ASCII-based sniff would see it);
3. bytes opening like an image or archive, or full of NULs and control bytes (counted over
   the whole input, not its first kilobytes), are not text; the odd stray NUL in a page
   (4 of 3,800 real pages have some) is read as U+FFFD, one character for one, and noted;
4. a charset the transport (an HTTP header) or the document (meta tag, XML declaration)
   declares, when it is one we may decode: never UTF-7 or the escape codecs, which turn
   harmless-looking ASCII (`+ADw-script+AD4-`) into markup, and never a UTF-16/32 label on
   bytes that are not (a page could not declare that in ASCII otherwise);
5. UTF-8, which also overrides a declared single-byte charset when the bytes are valid UTF-8
   with non-ASCII in them (a server's default "ISO-8859-1" on a UTF-8 page); a page that is
   UTF-8 but for a few stray Latin-1 bytes (a template pasted in from an older site: 4 of
   990 trafilatura-eval pages) is read as UTF-8 with each stray byte read as windows-1252,
   one character for one, and noted;
6. a guess among the legacy charsets news sites use, scored by `charsets.score`; when another
   reading comes close, the guess says so (`Decoded.doubt`), so a Czech ISO-8859-2 text never
   turns into windows-1252 garble without a word.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from newsdesk.errors import BinaryInputError, DecodeError
from newsdesk.ingest.charsets import Reading, best_readings, score

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

# Browsers read these labels as the charset on the right, a superset: do the same when the
# narrower one does not fit the bytes (WHATWG Encoding, "labels").
_WHATWG_ALIASES = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}
_SUPERSETS = {
    "shift_jis": "cp932",
    "euc_jp": "cp932",  # not a superset: tried only when EUC-JP itself fails
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "euc_kr": "cp949",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
}
# Codecs Python knows that must never decode a document: UTF-7 and the escape codecs make
# markup of plain ASCII; WHATWG maps ISO-2022-KR and HZ to "replacement" for the same reason.
NEVER_DECODED = frozenset(
    {"utf_7", "unicode_escape", "raw_unicode_escape", "punycode", "idna", "hz", "iso2022_kr",
     "undefined", "mbcs", "oem", "palmos"}
)  # fmt: skip
_WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
_EBCDIC_XML = b"\x4c\x6f\xa7\x94"  # "<?xm" in every EBCDIC code page (XML 1.0, appendix F)
_EBCDIC = frozenset({"cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140"})

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(r"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")

# C0 controls that never occur in text (tab, newlines, form feed and escape do); NUL among them
_CONTROL_BYTES = bytes(byte for byte in range(0x20) if byte not in b"\t\n\r\f\x0b\x1b")
_MAX_NUL_SHARE = 0.01  # more NULs than this and it is not text (pages with a stray one are)
_STRAY_NULS = 8  # a short text with a NUL or two is still text
REPLACEMENT = "\ufffd"
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.1  # more control characters than this and it is not text
# In UTF-16 text with some ASCII in it, zero bytes fall on one side of each pair only.
_WIDE_MIN_ZERO_SHARE = 0.1  # of the units: fewer zeros than this are stray NULs in 8-bit text
_WIDE_MAX_STRAY_SHARE = 0.02  # zeros on the other side, as a share of all zeros

# Legacy charsets in use on news sites, commonest first (codecs' canonical names).
WEB_CHARSETS = (
    "cp1252", "cp1251", "iso8859-2", "cp1250", "shift_jis", "cp932", "gb18030", "gbk", "gb2312",
    "big5", "euc_kr", "cp949", "euc_jp", "iso2022_jp", "cp1256", "cp1253", "cp1254", "cp1255",
    "cp1257", "cp874", "tis-620", "koi8-r", "koi8-u", "iso8859-5", "iso8859-7",
    "iso8859-9", "iso8859-15", "iso8859-6", "iso8859-8", "mac-cyrillic", "mac-roman",
)  # fmt: skip
_SAMPLE_BYTES = 16_384  # scored per candidate: lines holding non-ASCII bytes, up to this much
_SAMPLE_LINE = 2_048
_NON_ASCII_LINE = re.compile(rb"[^\n]*[\x80-\xff][^\n]*")
# A guess is refused when its reading still shows this many traces per non-ASCII word.
MAX_TRACES_PER_WORD = 1.5
# A runner-up reading within this many traces (or this share of the best's) is a real doubt.
DOUBT_MARGIN = 2.0
DOUBT_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text read from bytes, how, and whether another reading was nearly as likely."""

    text: str
    encoding: str  # data.decode(encoding) == text, but for NULs, read as U+FFFD
    note: str | None = None  # what may be wrong with the reading, in words; None: nothing


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) with data.decode(encoding) == text; see `decode_bytes`."""
    decoded = decode_bytes(data, source, declared)
    return decoded.text, decoded.encoding


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """Decode `data` in the order of the module docstring.

    `declared` is a charset named outside the bytes (an HTTP header). Raises
    BinaryInputError for data that is not text and DecodeError when no encoding fits.
    """
    return _without_nul(_decoded(data, source, declared))


def _decoded(data: bytes, source: str, declared: str | None) -> Decoded:
    if data.startswith(_BINARY_MAGIC):
        raise BinaryInputError(source, "binary file, not text")
    intrinsic = intrinsic_encoding(data)
    if intrinsic is not None:
        text = _decode_strictly(data, intrinsic, source)
        if _mostly_controls(text[:_SNIFF_BYTES]):
            raise BinaryInputError(source, f"binary file, not text (not {intrinsic} either)")
        return Decoded(text, intrinsic)
    refuse_binary(data, source)
    notes: list[str] = []
    for label, where in ((declared, "the server"), (declared_in_document(data), "the document")):
        decoded = _declared(data, label, where, notes)
        if decoded is not None:
            return decoded
    if (utf8 := _try_decode(data, "utf-8")) is not None:
        return Decoded(utf8, "utf-8", _joined(notes))
    if (repaired := _mostly_utf8(data, notes)) is not None:
        return repaired
    return _guess(data, source, notes)


def _mostly_utf8(data: bytes, notes: list[str]) -> Decoded | None:
    """UTF-8 with a few stray single bytes (read as windows-1252), when the valid multi-byte
    characters outnumber the stray bytes; else None."""
    replaced = data.decode("utf-8", errors="replace")
    stray = replaced.count(REPLACEMENT) - data.count(b"\xef\xbf\xbd")
    non_ascii = len(replaced) - len(replaced.encode("ascii", errors="ignore"))
    valid = non_ascii - stray
    if stray <= 0 or valid < max(stray, _MIN_UTF8_EVIDENCE):
        return None
    text = data.decode("utf-8", errors=_STRAY_BYTES)
    note = f"{stray} byte(s) not valid UTF-8 in a UTF-8 text, read as windows-1252"
    return Decoded(text, "utf-8", _joined([*notes, note]))


def _stray_bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """A decoding error handler: one stray byte -> its windows-1252 character (U+FFFD for a
    longer broken sequence), so the text is as long as the store's errors="replace" view."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    piece = error.object[error.start : error.end]
    if len(piece) == 1:
        return piece.decode("cp1252", errors="replace"), error.end
    return REPLACEMENT, error.end


_STRAY_BYTES = "newsdesk-stray-bytes-as-cp1252"
codecs.register_error(_STRAY_BYTES, _stray_bytes_as_cp1252)
_MIN_UTF8_EVIDENCE = 5  # valid multi-byte characters needed before stray bytes are forgiven


def _mostly_controls(text: str) -> bool:
    """Whether a decoded head is control characters more than text (binary read as UTF-16)."""
    controls = sum(1 for char in text if unicodedata.category(char) in _NOT_TEXT)
    return controls > _MAX_CONTROL_SHARE * max(len(text), 1)


_NOT_TEXT = frozenset({"Cc", "Cn", "Co", "Cs"})


def _without_nul(decoded: Decoded) -> Decoded:
    """NUL characters read as U+FFFD: no parser downstream takes them (lxml refuses the page)."""
    nuls = decoded.text.count("\x00")
    if not nuls:
        return decoded
    note = f"{nuls} NUL character(s) read as U+FFFD"
    notes = [decoded.note, note] if decoded.note else [note]
    return Decoded(decoded.text.replace("\x00", REPLACEMENT), decoded.encoding, _joined(notes))


def intrinsic_encoding(data: bytes) -> str | None:
    """The encoding the bytes announce by their shape: a BOM, zero-byte patterns, EBCDIC XML."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if data.startswith(_EBCDIC_XML):
        return _ebcdic_codec(data)
    return wide_unicode(data)


def wide_unicode(data: bytes) -> str | None:
    """'utf-32-le', 'utf-16-be', ... for UTF-16/32 text without a BOM, else None.

    Text in these encodings that holds any ASCII (spaces, digits, markup) has zero bytes in
    fixed places of each unit: UTF-32 in the top byte(s) of every unit, UTF-16 on one side of
    the pairs that are ASCII. Bytes of any 8-bit text have no zeros at all.
    """
    head = data[:_SNIFF_BYTES]
    if 0 not in head:
        return None
    for name, unit in (("utf-32", 4), ("utf-16", 2)):
        if len(data) % unit == 0 and len(head) >= unit:
            endian = _zero_side(head[: len(head) - len(head) % unit], unit)
            if endian and _try_decode(data, f"{name}-{endian}") is not None:
                return f"{name}-{endian}"
    return None


def refuse_binary(data: bytes, source: str) -> None:
    """Raise BinaryInputError for data that is an image, archive or program rather than text.

    NULs and control bytes are counted over the whole input, so a file passes or fails the
    same wherever they lie in it.
    """
    if data.startswith(_BINARY_MAGIC):
        raise BinaryInputError(source, "binary file, not text")
    size = max(len(data), 1)
    if data.count(0) > max(_MAX_NUL_SHARE * size, _STRAY_NULS):
        raise BinaryInputError(source, "binary file, not text (NUL bytes)")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * size:
        raise BinaryInputError(source, "binary file, not text")


def looks_binary(data: bytes) -> bool:
    """True for data that is an image, archive or program rather than text."""
    if intrinsic_encoding(data) is not None:
        return False
    try:
        refuse_binary(data, "")
    except BinaryInputError:
        return True
    return False


def looks_like_html(text: str) -> bool:
    """Text that opens as an HTML document, whatever its file name says."""
    return text.lstrip("\ufeff \t\r\n")[:14].lower().startswith(("<!doctype html", "<html"))


def declared_in_document(data: bytes) -> str | None:
    """The charset an HTML meta tag or an XML declaration names, if any."""
    head = data[:_SNIFF_BYTES]
    xml = _XML_ENCODING.match(head.decode("latin-1"))
    if xml:
        return xml.group(1)
    meta = _META_CHARSET.search(head)
    return meta.group(1).decode("ascii") if meta else None


def usable_codec(label: str | None) -> str | None:
    """The codec a declared charset label names, or None when it must not (or cannot) be used."""
    if not label:
        return None
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    name = _WHATWG_ALIASES.get(info.name, info.name)
    if name.replace("-", "_") in NEVER_DECODED or not getattr(info, "_is_text_encoding", True):
        return None
    return name


def _declared(data: bytes, label: str | None, where: str, notes: list[str]) -> Decoded | None:
    """The declared charset's reading, or None (with a note saying why) when it is not used."""
    if not label:
        return None
    codec = usable_codec(label)
    if codec is None or codec in _WIDE:
        notes.append(f"{where} declares {label!r}, which is not read (as browsers do)")
        return None
    for name in filter(None, (codec, _SUPERSETS.get(codec))):
        text = _try_decode(data, name)
        if text is None:
            continue
        if not text.isascii() and _single_byte(name) and _try_decode(data, "utf-8") is not None:
            notes.append(f"{where} declares {label!r} but the bytes are UTF-8: read as UTF-8")
            return Decoded(data.decode("utf-8"), "utf-8", _joined(notes))
        return Decoded(text, name, _joined(notes))
    if codec != "utf-8":  # UTF-8 with a few stray bytes is read below, and said so there
        notes.append(f"{where} declares {label!r}, which does not fit the bytes")
    return None


def _guess(data: bytes, source: str, notes: list[str]) -> Decoded:
    """The legacy charset whose reading looks most like writing; refused when none does."""
    sample = _sample(data)
    readings = best_readings(
        Reading(name, text, score(text, name))
        for name in WEB_CHARSETS
        if (text := _try_decode_prefix(sample, name)) is not None
    )
    words = max(1, sum(1 for word in sample.split() if not word.isascii()))
    for rank, reading in enumerate(readings[:1]):
        if reading.traces > MAX_TRACES_PER_WORD * words:
            break
        doubt = _doubt(reading, readings[rank + 1 :])
        text = _try_decode(data, reading.encoding)
        if text is None:  # a few bytes the charset leaves undefined: as browsers, U+FFFD
            text = data.decode(reading.encoding, errors="replace")
            unread = f"{text.count(REPLACEMENT)} byte(s) {reading.encoding} cannot read: U+FFFD"
            doubt = f"{doubt}; {unread}" if doubt else unread
        return Decoded(text, reading.encoding, _joined([*notes, doubt] if doubt else notes))
    closest = f" (closest: {readings[0].encoding})" if readings else ""
    raise DecodeError(source, f"not valid UTF-8 and no text encoding fits{closest}")


def _doubt(best: Reading, others: list[Reading]) -> str | None:
    """Why the guess may be wrong: a reading with other letters that scores nearly as well."""
    margin = max(DOUBT_MARGIN, DOUBT_SHARE * best.traces)
    rival = next((r for r in others if _letters_differ(best.text, r.text)), None)
    if rival is None or rival.traces - best.traces > margin:
        return None
    pairs = [(a, b) for a, b in zip(best.text, rival.text, strict=False) if a != b]
    examples = ", ".join(f"{a!r} as {b!r}" for a, b in dict.fromkeys(pairs) if a.isalpha())
    return (
        f"encoding guessed as {best.encoding}; {rival.encoding} is nearly as likely and would "
        f"read {len(pairs)} character(s) differently ({examples[:80]})"
    )


def _letters_differ(one: str, other: str) -> bool:
    """Whether two readings differ in letters (not only in punctuation or symbols)."""
    if one == other:
        return False
    if len(one) != len(other):
        return True
    return any(a != b and (a.isalpha() or b.isalpha()) for a, b in zip(one, other, strict=True))


def _sample(data: bytes) -> bytes:
    """Lines holding non-ASCII bytes, each cut short at a space, up to _SAMPLE_BYTES.

    Cuts fall at line breaks and spaces, which are never part of a multi-byte character in
    any of the legacy charsets (their trail bytes are all 0x40 or above).
    """
    if len(data) <= _SAMPLE_BYTES:
        return data
    lines: list[bytes] = []
    size = 0
    for match in _NON_ASCII_LINE.finditer(data):
        line = match.group(0)
        if len(line) > _SAMPLE_LINE:
            line = line[: line.rfind(b" ", 0, _SAMPLE_LINE) + 1 or _SAMPLE_LINE]
        lines.append(line)
        size += len(line) + 1
        if size >= _SAMPLE_BYTES:
            break
    return b"\n".join(lines)


def _try_decode_prefix(sample: bytes, encoding: str) -> str | None:
    """The sample decoded, allowing a character cut at its very end; bytes the charset leaves
    undefined read as U+FFFD (which the score counts against the charset)."""
    try:
        return codecs.getincrementaldecoder(encoding)("replace").decode(sample, final=False)
    except (LookupError, UnicodeDecodeError):
        return None


def _zero_side(head: bytes, unit: int) -> str | None:
    """'le' or 'be' when the zero bytes of `head` sit where UTF-16/32 puts them, else None."""
    units = len(head) // unit
    zeros = [head[offset::unit].count(0) for offset in range(unit)]
    total = sum(zeros)
    if total < _WIDE_MIN_ZERO_SHARE * units or min(zeros) > units // 2:
        return None  # too few zeros to tell, or zeros everywhere: no text at all
    if unit == 4:  # the top byte is always zero; the one below it nearly always
        if zeros[3] == units and zeros[2] >= 0.5 * units:
            return "le"
        if zeros[0] == units and zeros[1] >= 0.5 * units:
            return "be"
        return None
    if min(zeros) > _WIDE_MAX_STRAY_SHARE * total:
        return None
    return "le" if zeros[1] > zeros[0] else "be"


def _ebcdic_codec(data: bytes) -> str:
    """The EBCDIC code page an XML declaration in EBCDIC names (cp037 when it names another)."""
    declared = _XML_ENCODING.match(data[:200].decode("cp037"))
    codec = usable_codec(declared.group(1)) if declared else None
    return codec if codec in _EBCDIC else "cp037"


def _single_byte(encoding: str) -> bool:
    return encoding.startswith(("cp12", "iso8859", "koi8", "mac-", "cp874", "tis-"))


def _decode_strictly(data: bytes, encoding: str, source: str) -> str:
    text = _try_decode(data, encoding)
    if text is None:
        raise DecodeError(source, f"starts like {encoding} but is not {encoding}")
    return text


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _joined(notes: list[str]) -> str | None:
    return "; ".join(notes) if notes else None
