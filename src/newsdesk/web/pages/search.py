"""The search page: the CLI's friendly query syntax, snippets as data with the matches marked."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.desk import Desk
from newsdesk.errors import NewsdeskError
from newsdesk.web.marks import Mark, Marker, Token
from newsdesk.web.pages.common import ArticleInfo, info_of

HITS = 50
LONGEST_QUERY = 500  # characters: a query is words, not a document


@dataclass(frozen=True, slots=True)
class Hit:
    article: ArticleInfo
    snippet: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class SearchPage:
    query: str
    hits: tuple[Hit, ...]
    message: str | None  # why there are no hits, when it is not just "none found"


def search_page(desk: Desk, query: str) -> SearchPage:
    query = query.strip()
    if not query:
        return SearchPage("", (), None)
    if len(query) > LONGEST_QUERY:
        return SearchPage(
            query[:LONGEST_QUERY], (), f"a query is at most {LONGEST_QUERY} characters"
        )
    try:
        found = desk.search(query, limit=HITS)
    except NewsdeskError as exc:  # a query the store cannot read, named
        return SearchPage(query, (), str(exc))
    hits = tuple(
        Hit(
            info_of(h.article),
            tuple(Marker(h.snippet, [Mark(s, e, "hit") for s, e in h.marks]).tokens()),
        )
        for h in found
    )
    return SearchPage(query, hits, None)
