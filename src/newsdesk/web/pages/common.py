"""What several pages show the same way: an article's line, a citation link, a safe link.

Page modules read the store only through `newsdesk.desk.Desk` and hand the templates plain
dataclasses; the templates escape every string they print.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from newsdesk.model import Article
from newsdesk.web.marks import citation_anchor

PASSAGE_TOOLTIP = 100  # characters of the cited passage shown when hovering a citation


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """An article's line in a list: enough to name it without its text."""

    id: str
    title: str
    outlet: str | None
    published: str | None
    duplicate_of: str | None
    machine_translated: bool
    source: str
    source_link: str | None  # the source as a link, only when it is an http(s) URL

    @property
    def href(self) -> str:
        return article_href(self.id)

    @property
    def name(self) -> str:
        """Who published it, or its short id: the label of a citation."""
        return self.outlet or self.id[:8]


@dataclass(frozen=True, slots=True)
class CiteLink:
    """A link to a cited passage: the article opens scrolled to it, highlighted."""

    href: str
    label: str
    title: str


def info_of(article: Article) -> ArticleInfo:
    return ArticleInfo(
        id=article.id,
        title=article.title or "(untitled)",
        outlet=article.outlet,
        published=article.published,
        duplicate_of=article.duplicate_of,
        machine_translated=article.machine_translated,
        source=article.source,
        source_link=safe_link(article.source),
    )


def article_href(article_id: str) -> str:
    return f"/articles/{quote(article_id, safe='')}"


def cite_link(article_id: str, start: int, end: int, articles: dict[str, Article]) -> CiteLink:
    """A link to `#c-{start}-{end}` of the article, labelled with its outlet, the start of the
    passage as its tooltip (a story page holds a thousand of these: each kept short)."""
    href = f"{article_href(article_id)}#{citation_anchor(start, end)}"
    article = articles.get(article_id)
    if article is None:
        return CiteLink(href, article_id[:8], f"article {article_id} (not in the store)")
    passage = article.text[start:end]
    if len(passage) > PASSAGE_TOOLTIP:
        passage = passage[: PASSAGE_TOOLTIP - 1] + "…"
    label = article.outlet or article_id[:8]
    return CiteLink(href, label, f"“{passage}”")


def safe_link(address: str | None) -> str | None:
    """`address` when it is an http(s) URL a browser may follow, else None: a source may be a
    path, or a hostile `javascript:` or `data:` address, which is shown as text only."""
    if not address:
        return None
    try:
        parts = urlsplit(address.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in address.strip()):
        return None  # whitespace or control inside a URL: not something to follow
    return address.strip()
