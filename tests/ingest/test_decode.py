"""Bytes to text: intrinsic encodings, declarations we refuse, detection and its doubt, NULs."""

from __future__ import annotations

import codecs

import pytest

from newsdesk.errors import BinaryInputError, DecodeError
from newsdesk.ingest.decode import declared_in_document, decode_bytes, wide_unicode

CZECH = (
    "Prezident České republiky řekl novinářům, že jednání o příměří budou pokračovat "
    "příští týden v Istanbulu. Ministr zahraničí uvedl, že Rusko musí uznat právo "
    "Ukrajiny na vlastní armádu a že žádná dohoda nebude uzavřena bez účasti Kyjeva."
)
FRENCH = (
    "Le café de la gare a été fermé à cause de la grève. Les élèves ont réussi leurs "
    "examens malgré tout, déclare le maître d'école à Besançon."
)
RUSSIAN = "Президент России заявил журналистам, что переговоры продолжатся на следующей неделе."
JAPANESE = "東京で開かれた会議で、外務大臣は停戦の交渉が来週も続くと述べました。"
CHINESE = "外交部长周五表示，停火谈判将于下周在伊斯坦布尔继续举行。"
TRADITIONAL = "外交部長週五表示，停火談判將於下週在伊斯坦堡繼續舉行。"
KOREAN = "외교부 장관은 휴전 협상이 다음 주에도 계속될 것이라고 말했다."
GREEK = "Ο υπουργός Εξωτερικών δήλωσε ότι οι διαπραγματεύσεις θα συνεχιστούν την επόμενη εβδομάδα."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (JAPANESE, "shift_jis"),
        (JAPANESE, "euc_jp"),
        (JAPANESE, "iso2022_jp"),
        (CHINESE, "gb2312"),
        (CHINESE, "gb18030"),
        (TRADITIONAL, "big5"),
        (KOREAN, "euc_kr"),
        (GREEK, "iso8859-7"),
        (RUSSIAN, "koi8-r"),
        (RUSSIAN, "cp1251"),
        (CZECH, "iso8859-2"),
        (CZECH, "cp1250"),
        (FRENCH, "cp1252"),
    ],
)
def test_html_declaring_its_charset_is_read_in_it(text: str, encoding: str) -> None:
    page = f'<html><head><meta charset="{encoding}"></head><body><p>{text}</p></body></html>'
    decoded = decode_bytes(page.encode(encoding), "page.html")
    assert text in decoded.text
    assert decoded.note is None


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (JAPANESE, "shift_jis"),
        (JAPANESE, "euc_jp"),
        (CHINESE, "gb18030"),
        (RUSSIAN, "koi8-r"),
        (RUSSIAN, "cp1251"),
        (GREEK, "cp1253"),
        (FRENCH, "cp1252"),
    ],
)
def test_undeclared_legacy_charset_is_detected(text: str, encoding: str) -> None:
    document = (text + "\n") * 3
    assert decode_bytes(document.encode(encoding), "x.txt").text == document


def test_czech_iso_8859_2_is_never_silent_windows_1252_garble() -> None:
    data = CZECH.encode("iso8859-2")
    decoded = decode_bytes(data, "czech.txt")
    assert decoded.text == CZECH
    assert decoded.encoding == "iso8859-2"
    garble = data.decode("cp1252", errors="replace")
    assert decoded.text != garble


def test_a_close_call_is_reported_as_doubt() -> None:
    # one accented letter: "ñ" in windows-1252 is "ń" in ISO-8859-2, both plausible
    decoded = decode_bytes("El niño juega en la calle.".encode("cp1252"), "short.txt")
    assert decoded.text == "El niño juega en la calle."
    assert decoded.note is not None and "nearly as likely" in decoded.note


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_text(encoding: str) -> None:
    text = "Kyjev – Zelenskyj řekl: talks resume on Friday. " * 4
    data = text.encode(encoding)
    assert wide_unicode(data) == encoding
    decoded = decode_bytes(data, "wide.txt")
    assert (decoded.text, decoded.encoding) == (text, encoding)


def test_plain_8bit_text_is_not_taken_for_utf16() -> None:
    assert wide_unicode(FRENCH.encode("cp1252")) is None
    assert wide_unicode(b"") is None


def test_ebcdic_xml_is_read_by_its_first_bytes() -> None:
    xml = '<?xml version="1.0" encoding="IBM037"?><rss><channel><title>Wire</title></channel></rss>'
    decoded = decode_bytes(xml.encode("cp037"), "feed.xml")
    assert (decoded.text, decoded.encoding) == (xml, "cp037")


@pytest.mark.parametrize("label", ["UTF-7", "utf7", "unicode_escape", "raw-unicode-escape", "hz"])
def test_escape_codecs_are_never_used(label: str) -> None:
    page = f'<html><head><meta charset="{label}"></head><body>+ADw-script+AD4-</body></html>'
    decoded = decode_bytes(page.encode("ascii"), "utf7.html")
    assert "+ADw-script+AD4-" in decoded.text  # read as the ASCII it is, as browsers do
    assert "<script>" not in decoded.text
    assert decoded.note is not None and "not read" in decoded.note


def test_transport_declaring_utf7_is_ignored_too() -> None:
    decoded = decode_bytes(b"+ADw-script+AD4-alert(1)", "u", declared="utf-7")
    assert decoded.text == "+ADw-script+AD4-alert(1)"


def test_declared_latin1_on_utf8_bytes_reads_utf8() -> None:
    decoded = decode_bytes("Zelenskyj řekl".encode(), "page", declared="ISO-8859-1")
    assert decoded.text == "Zelenskyj řekl"
    assert decoded.note is not None and "bytes are UTF-8" in decoded.note


def test_meta_utf16_on_8bit_bytes_is_ignored() -> None:
    page = '<html><head><meta charset="utf-16"></head><body>café</body></html>'
    decoded = decode_bytes(page.encode("utf-8"), "page.html")
    assert "café" in decoded.text


def test_utf8_with_stray_latin1_bytes_keeps_both() -> None:
    data = "Zelenskyj řekl, že jednání pokračují.".encode() + b" K\xfcchenblog"
    decoded = decode_bytes(data, "mixed.html")
    assert decoded.text.endswith("Küchenblog")
    assert "Zelenskyj řekl" in decoded.text
    # one character for one byte, as the store's errors="replace" view of the same bytes
    assert len(decoded.text) == len(data.decode("utf-8", errors="replace"))
    assert decoded.note is not None and "1 byte(s) not valid UTF-8" in decoded.note


def test_stray_nul_anywhere_reads_as_replacement_character() -> None:
    head, tail = b"<p>" + b"x" * 20_000, b"</p>"
    for data in (b"\x00" + head + tail, head + b"\x00" + tail):  # before and past 8 kB alike
        decoded = decode_bytes(data, "nul.html")
        assert "\x00" not in decoded.text
        assert decoded.text.count("\ufffd") == 1
        assert len(decoded.text) == len(data)
        assert decoded.note == "1 NUL character(s) read as U+FFFD"


def test_nul_heavy_data_is_binary_wherever_the_nuls_are() -> None:
    text = b"Talks resumed in Istanbul on Friday. " * 300
    for data in (b"\x00" * 400 + text, text + b"\x00" * 400):
        with pytest.raises(BinaryInputError, match="binary file"):
            decode_bytes(data, "bin.txt")


def test_byte_soup_is_refused() -> None:
    soup = bytes(range(0xA1, 0xFF)) * 20
    with pytest.raises(DecodeError, match="no text encoding fits"):
        decode_bytes(soup.replace(b"\xad", b""), "soup.txt")


def test_xml_declaration_is_read_past_a_bom_less_ascii_head() -> None:
    assert declared_in_document(b'<?xml version="1.0" encoding="Shift_JIS"?><rss/>') == "Shift_JIS"
    assert declared_in_document(b'<meta charset="koi8-r">') == "koi8-r"


def test_bom_wins_over_declaration() -> None:
    data = codecs.BOM_UTF8 + '<meta charset="cp1251">Переговоры'.encode()
    assert decode_bytes(data, "bom.html").text.endswith("Переговоры")


def test_binary_that_looks_like_utf16_is_still_binary() -> None:
    data = bytes(byte for n in range(3_000) for byte in (1 + n % 30, 0))  # controls, as UTF-16
    with pytest.raises(BinaryInputError, match="not utf-16-le either"):
        decode_bytes(data, "fake.txt")


def test_all_zero_bytes_are_not_utf32() -> None:
    assert wide_unicode(b"\x00" * 10_000) is None
    with pytest.raises(BinaryInputError):
        decode_bytes(b"\x00" * 10_000, "zeros.txt")
