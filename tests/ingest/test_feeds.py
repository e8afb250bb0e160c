"""RSS and Atom: entries fetched through the safe fetcher, hints from the feed, fallbacks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsdesk.ingest.feeds import iso_date, sniff_feed
from newsdesk.model import InputKind

Ingest = Callable[..., Any]

LONG_SUMMARY = "<p>" + "Delegations met again in Istanbul to discuss a ceasefire. " * 8 + "</p>"


def rss(*items: str, title: str = "Example News") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://news.example/</link><language>en</language>"
        + "".join(items)
        + "</channel></rss>"
    )


def item(link: str | None, title: str = "Talks", summary: str = "Short teaser.") -> str:
    link_tag = f"<link>{link}</link>" if link else ""
    return (
        f"<item><title>{title}</title>{link_tag}"
        "<pubDate>Thu, 24 Apr 2025 23:30:00 -0400</pubDate>"
        f"<description><![CDATA[{summary}]]></description></item>"
    )


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Atom story</title><link href="https://news.example/atom1"/>
<updated>2025-04-25T08:00:00+02:00</updated><summary>Teaser</summary></entry></feed>"""


@pytest.mark.parametrize("content_type", ["application/rss+xml", "text/xml", "application/xml"])
def test_rss_entries_are_fetched_with_hints(web: Any, ingest: Ingest, content_type: str) -> None:
    web.page("https://feeds.example/rss", rss(item("https://news.example/a")), content_type)
    web.page("https://news.example/a", "<html><body><p>Full story.</p></body></html>")
    document = ingest(["https://feeds.example/rss"]).only_document()
    assert document.source == "https://news.example/a"
    assert document.kind is InputKind.HTML
    assert "Full story." in document.text
    hints = document.hints
    assert (hints.title, hints.outlet, hints.language) == ("Talks", "Example News", "en")
    assert hints.published == "2025-04-24"  # the publisher's own date, not the UTC one
    assert hints.url == "https://news.example/a"


def test_atom_feed(web: Any, ingest: Ingest) -> None:
    web.page("https://feeds.example/atom", ATOM, "application/atom+xml")
    web.page("https://news.example/atom1", "<p>Atom page</p>")
    document = ingest(["https://feeds.example/atom"]).only_document()
    assert document.hints.outlet == "Atom Wire"
    assert document.hints.published == "2025-04-25"


def test_entry_hint_url_is_the_final_url(web: Any, ingest: Ingest) -> None:
    import httpx

    web.page("https://feeds.example/rss", rss(item("https://news.example/short")), "text/xml")
    web.add("https://news.example/short", httpx.Response(301, headers={"location": "/long"}))
    web.page("https://news.example/long", "<p>Story</p>")
    document = ingest(["https://feeds.example/rss"]).only_document()
    assert document.source == "https://news.example/short"
    assert document.hints.url == "https://news.example/long"


def test_unfetchable_entry_falls_back_to_its_own_text(web: Any, ingest: Ingest) -> None:
    feed = rss(item("https://news.example/down", summary=LONG_SUMMARY))
    web.page("https://feeds.example/rss", feed, "application/rss+xml")
    document = ingest(["https://feeds.example/rss"]).only_document()
    assert document.kind is InputKind.HTML
    assert "Delegations met again" in document.text
    assert document.hints.outlet == "Example News"


def test_unfetchable_entry_with_a_teaser_is_rejected(web: Any, ingest: Ingest) -> None:
    feed = rss(item("https://news.example/down"), item("https://news.example/up"))
    web.page("https://feeds.example/rss", feed, "application/rss+xml")
    web.page("https://news.example/up", "<p>Up</p>")
    results = ingest(["https://feeds.example/rss"])
    [rejection] = results.rejections
    assert rejection.source == "https://news.example/down"
    assert rejection.reason == (
        "cannot connect: [Errno 111] Connection refused; "
        "the feed entry's own text is too short to use"
    )
    assert [document.source for document in results.documents] == ["https://news.example/up"]


def test_entry_links_get_the_address_check(web: Any, ingest: Ingest) -> None:
    web.page("https://feeds.example/rss", rss(item("http://10.0.0.1/admin")), "text/xml")
    rejection = ingest(["https://feeds.example/rss"]).only_rejection()
    assert "10.0.0.1 is a private address" in rejection.reason
    assert len(web.requests) == 1


def test_max_feed_entries(web: Any, ingest: Ingest) -> None:
    items = [item(f"https://news.example/{n}") for n in range(5)]
    web.page("https://feeds.example/rss", rss(*items), "application/rss+xml")
    for n in range(5):
        web.page(f"https://news.example/{n}", f"<p>Story {n}</p>")
    results = ingest(["https://feeds.example/rss"], max_feed_entries=3)
    assert [d.source for d in results.documents] == [f"https://news.example/{n}" for n in range(3)]


@pytest.mark.parametrize("name", ["feed.xml", "feed.rss", "feed.atom", "feed-without-ending"])
def test_local_feed_file(tmp_path: Path, web: Any, ingest: Ingest, name: str) -> None:
    (tmp_path / name).write_text(rss(item("https://news.example/a")), encoding="utf-8")
    web.page("https://news.example/a", "<p>Full story.</p>")
    document = ingest([str(tmp_path / name)]).only_document()
    assert document.source == "https://news.example/a"
    assert document.hints.outlet == "Example News"


def test_feed_without_entries(web: Any, ingest: Ingest) -> None:
    web.page("https://feeds.example/rss", rss(), "application/rss+xml")
    assert ingest(["https://feeds.example/rss"]).only_rejection().reason == "feed has no entries"


def test_sniffing_feeds() -> None:
    assert sniff_feed(b'<?xml version="1.0"?>\n<rss version="2.0">')
    assert sniff_feed(b"<feed xmlns='http://www.w3.org/2005/Atom'>")
    assert not sniff_feed(b"<html><body>feed the cat</body></html>")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Thu, 24 Apr 2025 23:30:00 -0400", "2025-04-24"),
        ("2025-04-25T08:00:00Z", "2025-04-25"),
        ("2025-04-25", "2025-04-25"),
        ("last Thursday", "last Thursday"),
        (None, None),
    ],
)
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected
