"""The articles list (a page at a time) and the problems page (what a stage could not do)."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.desk import Desk
from newsdesk.web.pages.common import ArticleInfo, info_of

PAGE_SIZE = 50


@dataclass(frozen=True, slots=True)
class ArticlesPage:
    articles: tuple[ArticleInfo, ...]
    page: int  # 1-based
    pages: int
    total: int


@dataclass(frozen=True, slots=True)
class ProblemRow:
    subject: str  # an article id, a story id or an input
    article: ArticleInfo | None  # when the subject is a stored article
    stage: str
    message: str


def articles_page(desk: Desk, page: int) -> ArticlesPage:
    total = desk.count()
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), pages)
    found = desk.articles(limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return ArticlesPage(tuple(map(info_of, found)), page, pages, total)


def problems_page(desk: Desk) -> tuple[ProblemRow, ...]:
    problems = desk.problems()
    articles = desk.articles_by_id([p.subject for p in problems])
    return tuple(
        ProblemRow(
            p.subject,
            info_of(articles[p.subject]) if p.subject in articles else None,
            p.stage,
            p.message,
        )
        for p in problems
    )
