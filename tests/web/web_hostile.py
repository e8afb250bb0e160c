"""Hostile articles, as a scraper brings them home: markup and script in the text, the title
and the outlet, a `javascript:` address, console markup (`[/b]`), template syntax, and a 5 MB
single line."""

from __future__ import annotations

import json
from pathlib import Path

INJECTIONS = (
    "<script>alert('script')</script>",
    "<img src=x onerror=\"alert('img')\">",
    "<a href=\"javascript:alert('link')\">click here</a>",
    "<svg onload=alert('svg')></svg>",
    "\" onmouseover=\"alert('attr')",
    "</p></div></span><script>alert('close')</script>",
    "[/b] [bold]loud[/bold] [/nope]",
    "{{ 7 * 7 }} {% raw %}",
)
HOSTILE_TITLE = "Council <script>alert('title')</script> votes [/b] on {{ 7 * 7 }} bridge"
LONG_LINE_BYTES = 5_000_000


def hostile_text() -> str:
    """A plain-text article whose paragraphs carry every injection as ordinary words."""
    paragraphs = [HOSTILE_TITLE]
    for number, injection in enumerate(INJECTIONS, start=1):
        paragraphs.append(
            f"The Estel town council met on Tuesday for the {number} time this month and "
            f"members read out a leaflet that said {injection} before the vote on the bridge, "
            f"the council's spokeswoman Ilse Marrow said on Wednesday."
        )
    return "\n\n".join(paragraphs) + "\n"


def hostile_html() -> str:
    """An HTML page whose decoded title and text are markup (entity-encoded in the source)."""
    body = "".join(
        f"<p>The harbour board of Norby said on Monday that notice {i} read "
        f"{_entities(injection)} and that the ferries would run again by Friday, "
        f"according to the board's chairman Tomas Vell.</p>"
        for i, injection in enumerate(INJECTIONS, start=1)
    )
    return (
        "<!doctype html><html><head><title>&lt;script&gt;alert('head')&lt;/script&gt; Harbour"
        "</title><script>alert('page script')</script></head><body><article>"
        "<h1>&lt;img src=x onerror=alert('h1')&gt; Harbour board reopens the ferries</h1>"
        f"{body}<a href=\"javascript:alert('a')\">Read more</a></article></body></html>"
    )


def _entities(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hostile_record() -> str:
    """A JSON lines record with a `javascript:` URL and markup in every field."""
    text = "\n\n".join(
        f"The mayor of Brodnitsa, Anna Kell, said on Thursday that the bridge repairs in "
        f"district {i} would cost more than planned, and that {injection} was not the answer."
        for i, injection in enumerate(INJECTIONS, start=1)
    )
    record = {
        "url": "javascript:alert('source')",
        "title": "<svg onload=alert('record')> Brodnitsa bridge repairs",
        "outlet": "<b>Evil Outlet</b> [/b]",
        "published": "2026-03-13",
        "text": text,
    }
    return json.dumps(record) + "\n"


def long_line() -> str:
    """About 5 MB on one line: sentences with an injection now and then, no newline."""
    sentence = "The river ferry crossed again at dawn while the council argued about the fares. "
    pieces, size, number = [], 0, 0
    while size < LONG_LINE_BYTES:
        piece = sentence if number % 50 else f"Notice {number}: {INJECTIONS[0]} was posted. "
        pieces.append(piece)
        size += len(piece)
        number += 1
    return "".join(pieces)


def write_hostile(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "text": folder / "hostile.txt",
        "html": folder / "hostile.html",
        "record": folder / "hostile.jsonl",
    }
    files["text"].write_text(hostile_text(), "utf-8")
    files["html"].write_text(hostile_html(), "utf-8")
    files["record"].write_text(hostile_record(), "utf-8")
    return files
