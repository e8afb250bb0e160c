"""Every kind of bad input becomes one Rejection with a one-line reason; the batch goes on."""

from __future__ import annotations

import gzip
import random
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsdesk.errors import TooLargeError
from newsdesk.ingest.files import gunzip_capped
from newsdesk.model import InputKind

Ingest = Callable[..., Any]

ADVICE = "(use --allow-private to fetch it)"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>x</title><link>https://news.example/a</link></item></channel></rss>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&secret;</title></channel></rss>"""

FRENCH = (
    "Le café de la gare a été fermé à cause de la grève. Les élèves ont réussi leurs "
    "examens malgré tout, déclare le maître d'école à Besançon."
)


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def byte_soup(seed: int = 7, size: int = 4000) -> bytes:
    """High bytes and ASCII punctuation: no NULs or controls, but no encoding makes text of it."""
    rng = random.Random(seed)
    alphabet = list(range(0x21, 0x30)) + list(range(0x80, 0x100))
    return bytes(rng.choice(alphabet) for _ in range(size))


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n", "empty file (only whitespace)"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file, not text"),
        ("random.txt", random.Random(1).randbytes(5000), "binary file, not text"),
        ("soup.txt", byte_soup(), "not valid UTF-8 and no text encoding fits"),
        ("bad.gz", b"\x1f\x8b\x08\x00garbage", "not a valid gzip file"),
        ("bad.json", b'{"text": "unterminated', "not valid JSON (Unterminated string"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "not valid JSON (nested too deeply)"),
        ("scalar.json", b"42", "JSON is neither an object nor a list of objects"),
        ("notext.json", b'{"title": "No body"}', "no text or html field"),
        ("list.json", b'[{"text": 5}]', "item 0: field text is not a string"),
    ],
)
def test_bad_file(tmp_path: Path, ingest: Ingest, name: str, data: bytes, reason: str) -> None:
    source = write(tmp_path, name, data)
    rejection = ingest([source]).only_rejection()
    assert rejection.source == source
    assert rejection.reason.startswith(reason)
    assert "\n" not in rejection.reason


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", FRENCH),
        ("cp1252", "Die Bürger in München äußerten große Überraschung."),
        # shorter Czech text is read as cp1252: charset-normalizer scores both the same
        (
            "cp1250",
            "Prezident České republiky řekl novinářům, že jednání o příměří budou "
            "pokračovat příští týden v Istanbulu.",
        ),
        ("cp1251", "Президент России заявил журналистам, что переговоры продолжатся."),
        ("iso8859-2", "Zażółć gęślą jaźń, powiedział minister w Warszawie w czwartek."),
    ],
)
def test_legacy_charset_is_decoded_by_detection(
    tmp_path: Path, ingest: Ingest, encoding: str, text: str
) -> None:
    source = write(tmp_path, "legacy.txt", text.encode(encoding))
    document = ingest([source]).only_document()
    assert document.text == text
    assert document.encoding == encoding
    assert document.data == text.encode(encoding)


def test_huge_file_is_refused_by_size_without_reading(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(200 * 1024 * 1024)  # sparse: nothing is written
    rejection = ingest([str(path)]).only_rejection()
    assert rejection.reason == "file is 209.7 MB, over the 20.0 MB limit"


def test_gzip_bomb_is_stopped_at_the_cap(tmp_path: Path, ingest: Ingest) -> None:
    source = write(tmp_path, "bomb.txt.gz", gzip.compress(b"\0" * 30_000_000))
    rejection = ingest([source]).only_rejection()
    assert rejection.reason == "decompresses to over the 20.0 MB limit"


def test_gzip_bomb_is_never_decompressed_in_full() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)  # 50 MB of zeros in ~50 kB
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError):
            gunzip_capped(bomb, "bomb.gz", limit=1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10_000_000


def test_broken_html_still_yields_a_document(tmp_path: Path, ingest: Ingest) -> None:
    source = write(tmp_path, "broken.html", b"<html><body><p>Talks resumed <b>on Fri")
    document = ingest([source]).only_document()
    assert document.kind is InputKind.HTML
    assert document.text.endswith("on Fri")


def test_malformed_jsonl_line_is_rejected_alone(tmp_path: Path, ingest: Ingest) -> None:
    lines = [
        '{"text": "First."}',
        '{"text": "Second."}',
        '{"text": "Third", oops}',
        '{"title": "Fourth without a body"}',
        '{"text": "Fifth."}',
    ]
    source = write(tmp_path, "batch.jsonl", "\n".join(lines).encode("utf-8"))
    results = ingest([source])
    assert [d.text for d in results.documents] == ["First.", "Second.", "Fifth."]
    bad_json, no_text = results.rejections
    assert (bad_json.source, no_text.source) == (source, source)
    assert bad_json.reason.startswith("line 3: not valid JSON (Expecting")
    assert no_text.reason == "line 4: no text or html field"


def test_nonexistent_path(tmp_path: Path, ingest: Ingest) -> None:
    missing = str(tmp_path / "nowhere" / "story.txt")
    rejection = ingest([missing]).only_rejection()
    assert (rejection.source, rejection.reason) == (missing, "no such file or folder")


def test_unreadable_file(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("secret", encoding="utf-8")
    path.chmod(0)
    try:
        if _can_read(path):
            pytest.skip("running as root: permissions are not enforced")
        assert ingest([str(path)]).only_rejection().reason == "cannot read: permission denied"
    finally:
        path.chmod(0o644)


def _can_read(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


def test_unsafe_feed_file(tmp_path: Path, ingest: Ingest, web: Any) -> None:
    source = write(tmp_path, "bomb.rss", BILLION_LAUGHS)
    rejection = ingest([source]).only_rejection()
    assert rejection.reason == "unsafe XML refused: entity declarations"
    assert web.requests == []  # nothing in the feed was fetched


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (BILLION_LAUGHS, "unsafe XML refused: entity declarations"),
        (EXTERNAL_ENTITY, "unsafe XML refused: entity declarations"),
        # malformed before the DTD: expat stops early, the byte scan still refuses
        (b'<?xml version="1.0"?><rss><<<!DOCTYPE x [<!ENTITY a "b">]>', "unsafe XML refused"),
    ],
)
def test_unsafe_feed_url(web: Any, ingest: Ingest, body: bytes, reason: str) -> None:
    web.page("https://feeds.example/rss", body, "application/rss+xml")
    rejection = ingest(["https://feeds.example/rss"]).only_rejection()
    assert rejection.reason.startswith(reason)


def test_unreachable_url(ingest: Ingest) -> None:
    rejection = ingest(["https://news.example/nothing-here"]).only_rejection()
    assert rejection.reason == "cannot connect: [Errno 111] Connection refused"


def test_unknown_host(ingest: Ingest) -> None:
    rejection = ingest(["https://no-such-host.example/"]).only_rejection()
    assert rejection.reason.startswith("cannot connect: cannot resolve host no-such-host.example")


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://127.0.0.1/", "127.0.0.1 is a loopback address"),
        ("http://10.0.0.1/", "10.0.0.1 is a private address"),
        ("http://169.254.169.254/latest/", "169.254.169.254 is a link-local address"),
        ("http://[::1]/", "::1 is a loopback address"),
        ("http://[::ffff:127.0.0.1]/", "::ffff:7f00:1 is a loopback address"),
        ("http://0.0.0.0/", "0.0.0.0 is an unspecified address"),
        ("http://100.64.0.1/", "100.64.0.1 is a non-public address"),
        ("http://evil.example/", "evil.example resolves to 127.0.0.1, a loopback address"),
        ("http://metadata.example/", "resolves to 169.254.169.254, a link-local address"),
        ("http://mixed.example/", "mixed.example resolves to 10.1.2.3, a private address"),
    ],
)
def test_refused_address(web: Any, ingest: Ingest, url: str, problem: str) -> None:
    web.page(url, "<p>private</p>")
    rejection = ingest([url]).only_rejection()
    assert rejection.reason.startswith("refused: ")
    assert problem in rejection.reason
    assert rejection.reason.endswith(ADVICE)
    assert web.requests == []


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (404, "HTTP 404 Not Found"),
        (500, "HTTP 500 Internal Server Error"),
        (403, "HTTP 403 Forbidden"),
    ],
)
def test_http_error_status(web: Any, ingest: Ingest, status: int, reason: str) -> None:
    web.add("https://news.example/x", httpx.Response(status, text="error page"))
    assert ingest(["https://news.example/x"]).only_rejection().reason == reason


@pytest.mark.parametrize("error", [httpx.ReadTimeout, httpx.ConnectTimeout])
def test_timeout(web: Any, ingest: Ingest, error: type[httpx.TimeoutException]) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise error("timed out", request=request)

    web.add("https://news.example/slow", slow)
    rejection = ingest(["https://news.example/slow"], timeout=3.0).only_rejection()
    assert rejection.reason == "timed out after 3 s"


def test_empty_response(web: Any, ingest: Ingest) -> None:
    web.page("https://news.example/empty", b"")
    assert ingest(["https://news.example/empty"]).only_rejection().reason == "empty response"


def test_the_batch_goes_on(tmp_path: Path, web: Any, ingest: Ingest) -> None:
    good = write(tmp_path, "good.txt", b"Talks resumed.")
    empty = write(tmp_path, "empty.txt", b"")
    web.page("https://news.example/ok", "<p>ok</p>")
    inputs = [
        empty,
        "http://127.0.0.1/",
        good,
        str(tmp_path / "missing"),
        "https://news.example/ok",
    ]
    results = ingest(inputs)
    assert [item.source for item in results] == inputs
    assert len(results.documents) == 2
