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
    [left_out] = results.rejections  # what the cap left out is said, not dropped in silence
    assert left_out.source == "https://feeds.example/rss"
    assert left_out.reason.startswith("2 of the feed's 5 entries left out")
    assert len(web.requests) == 4  # the feed and three pages: nothing over the cap is fetched


def test_a_thousand_entries_over_the_cap_say_how_many(web: Any, ingest: Ingest) -> None:
    items = [item(None, title=f"T{n}", summary=f"Teaser {n}") for n in range(1_000)]
    web.page("https://feeds.example/rss", rss(*items), "application/rss+xml")
    results = ingest(["https://feeds.example/rss"])
    assert len(results) == 201  # 200 entries (rejected: teasers, no link) and the count
    assert results[-1].reason.startswith("800 of the feed's 1,000 entries left out")


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


def test_plain_text_description_without_link_is_kept_as_text(web: Any, ingest: Ingest) -> None:
    story = "Delegations met again in Istanbul to discuss a ceasefire. " * 8
    web.page("https://feeds.example/rss", rss(item(None, summary=story)), "application/rss+xml")
    document = ingest(["https://feeds.example/rss"]).only_document()
    assert document.kind is InputKind.TEXT
    assert document.text == story.strip()
    assert document.hints.title == "Talks"


ENCODED_TITLE = "Переговоры — 東京 — Zelenskyj řekl"


def _feed_in(encoding: str, title: str = "Wire") -> bytes:
    label = encoding.replace("-le", "").replace("-be", "")
    xml = (
        f'<?xml version="1.0" encoding="{label}"?><rss version="2.0"><channel>'
        f"<title>{title}</title><item><title>{title}</title>"
        "<link>https://news.example/a</link></item></channel></rss>"
    )
    return xml.encode(encoding)


@pytest.mark.parametrize(
    ("encoding", "title"),
    [
        ("shift_jis", "東京の会議"),
        ("euc_jp", "東京の会議"),
        ("gb2312", "外交部长表示"),
        ("big5", "外交部長表示"),
        ("utf-16-le", ENCODED_TITLE),
        ("utf-16", ENCODED_TITLE),
        ("utf-32", ENCODED_TITLE),
        ("utf-32-be", ENCODED_TITLE),
        ("koi8-r", "Переговоры"),
        ("cp037", "Talks resume"),
    ],
)
def test_feed_in_any_encoding_is_read(
    tmp_path: Path, web: Any, ingest: Ingest, encoding: str, title: str
) -> None:
    web.page("https://feeds.example/rss", _feed_in(encoding, title), "application/rss+xml")
    web.page("https://news.example/a", "<p>Full story.</p>")
    (tmp_path / "feed.xml").write_bytes(_feed_in(encoding, title))
    for source in ("https://feeds.example/rss", str(tmp_path / "feed.xml")):
        document = ingest([source]).only_document()
        assert (document.source, document.hints.title) == ("https://news.example/a", title)
        assert document.hints.outlet == title


def test_feed_declaring_utf7_is_read_as_ascii(web: Any, ingest: Ingest) -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-7"?><rss version="2.0"><channel><title>W</title>'
        "<item><title>+ADw-script+AD4-</title><link>https://news.example/a</link></item>"
        "</channel></rss>"
    ).encode("ascii")
    web.page("https://feeds.example/rss", xml, "application/rss+xml")
    web.page("https://news.example/a", "<p>Full story.</p>")
    assert ingest(["https://feeds.example/rss"]).only_document().hints.title == "+ADw-script+AD4-"


BOMB = (
    '<?xml version="1.0" encoding="{label}"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{n} "' + f"&lol{n - 1 if n > 2 else ''};" * 10 + '">\n' for n in range(2, 10)
    )
    + ']>\n<rss version="2.0"><channel><title>&lol9;</title>'
    "<item><title>x</title><link>https://news.example/a</link></item></channel></rss>"
)


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-16", "utf-16-le", "utf-32", "utf-32-be", "cp037", "shift_jis"]
)
def test_entity_bomb_is_refused_in_every_encoding(
    tmp_path: Path, web: Any, ingest: Ingest, encoding: str
) -> None:
    label = {"cp037": "IBM037"}.get(encoding, encoding.replace("-le", "").replace("-be", ""))
    bomb = BOMB.format(label=label).encode(encoding)
    web.page("https://feeds.example/rss", bomb, "application/rss+xml")
    (tmp_path / "bomb.xml").write_bytes(bomb)
    for source in ("https://feeds.example/rss", str(tmp_path / "bomb.xml")):
        rejection = ingest([source]).only_rejection()
        assert rejection.reason == "unsafe XML refused: entity declarations"
    assert [str(r.url) for r in web.requests] == ["https://feeds.example/rss"]  # no entry fetched


@pytest.mark.parametrize("reference", ["&#2000000;", "&#xD800;", "&#0;", "&#x110000;"])
def test_character_reference_to_no_character_is_no_crash(
    web: Any, ingest: Ingest, reference: str
) -> None:
    story = "Delegations met again in Istanbul to discuss a ceasefire. " * 8
    feed = rss(item(None, title=f"Talks {reference}", summary=story))
    web.page("https://feeds.example/rss", feed, "application/rss+xml")
    document = ingest(["https://feeds.example/rss"]).only_document()
    assert document.hints.title == "Talks \ufffd"


def test_sniffing_feeds() -> None:
    assert sniff_feed(b'<?xml version="1.0"?>\n<rss version="2.0">')
    assert sniff_feed(b"<feed xmlns='http://www.w3.org/2005/Atom'>")
    assert not sniff_feed(b"<html><body>feed the cat</body></html>")
    assert sniff_feed('<?xml version="1.0"?><rss version="2.0">'.encode("utf-32"))
    assert sniff_feed('<?xml version="1.0" encoding="IBM037"?><rss>'.encode("cp037"))


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
