"""The JSON export: the contract other tools and our evaluations read (docs/output.md).

Fields may be added; none may be renamed or dropped without bumping EXPORT_VERSION.
Lists for stages not built yet are present and empty.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsdesk.model import Article

EXPORT_VERSION = 1
COLLECTIONS = ("stories", "entities", "quotes", "claims", "facts", "positions", "timeline")


def article_record(article: Article) -> dict[str, Any]:
    """One article as exported. `removed` offsets point into the raw text as received."""
    return {
        "id": article.id,
        "source": article.source,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "published_how": article.published_how,
        "language": article.language,
        "machine_translated": article.machine_translated,
        "kind": article.kind.value,
        "text": article.text,
        "duplicate_of": article.duplicate_of,
        "removed": [
            {
                "text": s.text,
                "reason": s.label.value,
                "detail": s.reason,
                "start": s.start,
                "end": s.end,
            }
            for s in article.removed
        ],
    }


def export_document(articles: Iterable[Article], newsdesk_version: str) -> dict[str, Any]:
    document: dict[str, Any] = {
        "newsdesk_version": newsdesk_version,
        "export_version": EXPORT_VERSION,
        "articles": [article_record(a) for a in articles],
    }
    document.update({name: [] for name in COLLECTIONS})
    return document


def export_lines(articles: Iterable[Article], newsdesk_version: str) -> Iterator[str]:
    """JSON lines: a header line, then one line per item, each with its "type"."""
    yield json.dumps(
        {"type": "header", "newsdesk_version": newsdesk_version, "export_version": EXPORT_VERSION}
    )
    for article in articles:
        yield json.dumps({"type": "article", **article_record(article)}, ensure_ascii=False)
