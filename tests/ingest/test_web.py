"""URLs: kinds from content types, redirects checked hop by hop, caps, the user agent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from newsdesk.config import IngestSettings
from newsdesk.errors import ForbiddenAddressError, HTTPStatusError
from newsdesk.ingest import fetch
from newsdesk.ingest.web import MAX_REDIRECTS, parse_content_type
from newsdesk.model import InputKind

Ingest = Callable[..., Any]

PAGE = "<!doctype html><html><head><title>Talks</title></head><body><p>Talks.</p></body></html>"


def redirect(location: str, status: int = 302) -> httpx.Response:
    return httpx.Response(status, headers={"location": location})


def test_page_is_html_with_final_url(web: Any, ingest: Ingest) -> None:
    web.page("https://news.example/story", PAGE)
    document = ingest(["https://news.example/story"]).only_document()
    assert document.kind is InputKind.HTML
    assert document.source == "https://news.example/story"
    assert document.hints.url == "https://news.example/story"
    assert document.data == PAGE.encode("utf-8")


@pytest.mark.parametrize(
    ("content_type", "body", "kind"),
    [
        ("text/plain; charset=utf-8", "Plain story.", InputKind.TEXT),
        ("text/plain", "<!DOCTYPE html><html>sniffed</html>", InputKind.HTML),
        ("text/markdown", "# Heading", InputKind.MARKDOWN),
        ("application/xhtml+xml", "<html>x</html>", InputKind.HTML),
        ("", "No content type at all.", InputKind.TEXT),
    ],
)
def test_content_type_decides_kind(
    web: Any, ingest: Ingest, content_type: str, body: str, kind: InputKind
) -> None:
    web.page("https://news.example/x", body, content_type)
    assert ingest(["https://news.example/x"]).only_document().kind is kind


def test_http_charset_is_used(web: Any, ingest: Ingest) -> None:
    body = "<p>Café à Paris, l'été</p>".encode("cp1252")
    web.page("https://news.example/fr", body, "text/html; charset=ISO-8859-1")
    document = ingest(["https://news.example/fr"]).only_document()
    assert "Café à Paris, l'été" in document.text
    assert document.encoding == "cp1252"  # browsers read ISO-8859-1 labels as windows-1252


def test_user_agent_is_sent(web: Any, ingest: Ingest, ingest_settings: IngestSettings) -> None:
    web.page("https://news.example/story", PAGE)
    ingest(["https://news.example/story"])
    assert web.requests[0].headers["user-agent"] == ingest_settings.user_agent


def test_redirects_are_followed_and_final_url_kept(web: Any, ingest: Ingest) -> None:
    web.add("http://news.example/old", redirect("https://news.example/mid", 301))
    web.add("https://news.example/mid", redirect("/new"))
    web.page("https://news.example/new", PAGE)
    document = ingest(["http://news.example/old"]).only_document()
    assert document.source == "http://news.example/old"
    assert document.hints.url == "https://news.example/new"
    assert len(web.requests) == 3


def test_redirect_to_private_address_is_refused(web: Any, ingest: Ingest) -> None:
    web.add("https://news.example/go", redirect("http://169.254.169.254/latest/meta-data/"))
    rejection = ingest(["https://news.example/go"]).only_rejection()
    assert rejection.reason == (
        "redirect to http://169.254.169.254/latest/meta-data/ refused: "
        "169.254.169.254 is a link-local address (use --allow-private to fetch it)"
    )
    assert len(web.requests) == 1  # the metadata service was never asked


def test_too_many_redirects(web: Any, ingest: Ingest) -> None:
    for hop in range(MAX_REDIRECTS + 1):
        web.add(f"https://news.example/{hop}", redirect(f"https://news.example/{hop + 1}"))
    web.page(f"https://news.example/{MAX_REDIRECTS + 1}", PAGE)
    rejection = ingest(["https://news.example/0"]).only_rejection()
    assert rejection.reason == f"too many redirects (more than {MAX_REDIRECTS})"


def test_exactly_max_redirects_is_fine(web: Any, ingest: Ingest) -> None:
    for hop in range(MAX_REDIRECTS):
        web.add(f"https://news.example/{hop}", redirect(f"https://news.example/{hop + 1}"))
    web.page(f"https://news.example/{MAX_REDIRECTS}", PAGE)
    ingest(["https://news.example/0"]).only_document()


def test_redirect_to_other_scheme_is_refused(web: Any, ingest: Ingest) -> None:
    web.add("https://news.example/f", redirect("file:///etc/passwd"))
    rejection = ingest(["https://news.example/f"]).only_rejection()
    assert rejection.reason == "unsupported URL scheme 'file' (only http and https)"


def test_allow_private_fetches_loopback(web: Any, ingest: Ingest) -> None:
    web.page("http://127.0.0.1:8000/page", PAGE)
    document = ingest(["http://127.0.0.1:8000/page"], allow_private=True).only_document()
    assert document.kind is InputKind.HTML


def test_body_is_capped_while_streaming(web: Any, ingest: Ingest) -> None:
    def endless(request: httpx.Request) -> httpx.Response:
        chunks = (b"x" * 1000 for _ in range(10_000))  # 10 MB if read to the end
        return httpx.Response(200, content=chunks, headers={"content-type": "text/plain"})

    web.add("https://news.example/big", endless)
    rejection = ingest(["https://news.example/big"], max_bytes=5000).only_rejection()
    assert rejection.reason == "response is over the 5.0 kB limit"


def test_declared_length_over_cap_is_refused_before_reading(web: Any, ingest: Ingest) -> None:
    headers = {"content-type": "text/html", "content-length": "30000000"}
    web.add("https://news.example/huge", httpx.Response(200, headers=headers, content=b"x"))
    rejection = ingest(["https://news.example/huge"]).only_rejection()
    assert rejection.reason == "response is over the 20.0 MB limit"


def test_unsupported_content_type(web: Any, ingest: Ingest) -> None:
    web.page("https://news.example/photo.png", b"\x89PNG\r\n\x1a\n", "image/png")
    rejection = ingest(["https://news.example/photo.png"]).only_rejection()
    assert rejection.reason == "unsupported content type image/png"


def test_other_schemes_are_refused(ingest: Ingest) -> None:
    rejection = ingest(["ftp://news.example/story.txt"]).only_rejection()
    assert rejection.reason == "unsupported URL scheme 'ftp' (only http and https)"


def public_resolver(host: str, port: int) -> list[str]:
    return ["93.184.216.34"]


def test_fetch_one_url(web: Any, ingest_settings: IngestSettings) -> None:
    web.page("https://news.example/story", PAGE)
    with web.client() as client:
        document = fetch(
            "https://news.example/story", ingest_settings, client, resolve=public_resolver
        )
    assert document.kind is InputKind.HTML
    assert document.hints.url == "https://news.example/story"


def test_fetch_raises_for_status(web: Any, ingest_settings: IngestSettings) -> None:
    web.add("https://news.example/gone", httpx.Response(410))
    with web.client() as client, pytest.raises(HTTPStatusError, match="HTTP 410 Gone"):
        fetch("https://news.example/gone", ingest_settings, client, resolve=public_resolver)


def test_fetch_refuses_loopback(ingest_settings: IngestSettings) -> None:
    with pytest.raises(ForbiddenAddressError):
        fetch("http://localhost/", ingest_settings, resolve=lambda host, port: ["127.0.0.1"])


def test_parse_content_type() -> None:
    assert parse_content_type('Text/HTML; Charset="ISO-8859-1"') == ("text/html", "ISO-8859-1")
    assert parse_content_type("") == ("", None)
