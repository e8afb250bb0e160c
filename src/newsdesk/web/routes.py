"""The routes: each reads its page's data (web/pages/) and renders its template. Nothing else.

GET  /                              stories
GET  /stories/{id}[?since=DATE]     a story: brief, timeline, matrices, facts, copies
GET  /stories/{id}/brief.{md|json|html}   the brief as the library renders it
GET  /articles[?page=N]             articles, a page at a time
GET  /articles/{id}                 an article: clean text, removed noise in place
GET  /articles/{id}/raw             its source text as received, as plain text
GET  /entities[?type=&name=]        entities
GET  /entities/{id}                 an entity: aliases, why merged, mentions, quotes, claims
GET  /search?q=                     full-text search
GET  /problems                      what a stage could not do
GET  /add, POST /add                paste, upload, URLs and feeds (not in read-only mode)
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from starlette.datastructures import UploadFile  # what request.form() holds (not FastAPI's)

from newsdesk.errors import NotFoundError
from newsdesk.web.adding import MOST_UPLOADS, Outcome, Submission, Upload, add_submission
from newsdesk.web.app import opened_desk, page, read_page, state_of
from newsdesk.web.briefs import BRIEF_FORMATS, brief_of, rendered_brief
from newsdesk.web.pages.article import article_page, raw_text
from newsdesk.web.pages.articles import articles_page, problems_page
from newsdesk.web.pages.entities import entities_page, entity_page
from newsdesk.web.pages.search import search_page
from newsdesk.web.pages.stories import stories_page
from newsdesk.web.pages.story import story_page
from newsdesk.web.security import check_form

router = APIRouter()
_SINCE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+\-Z]{2,30})?$")


@router.get("/", response_class=HTMLResponse)
def stories(request: Request) -> HTMLResponse:
    data = read_page(request, ("stories",), stories_page)
    return page(request, "stories.html", data=data)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str, since: str | None = None) -> HTMLResponse:
    since = since if since and _SINCE.match(since) else None
    data = read_page(request, ("story", story_id, since), lambda d: story_page(d, story_id, since))
    return page(request, "story.html", data=data, since=since)


@router.get("/stories/{story_id}/brief.{fmt}")
def brief_download(request: Request, story_id: str, fmt: str) -> Response:
    if fmt not in BRIEF_FORMATS:
        raise NotFoundError("brief format", fmt, tuple(BRIEF_FORMATS))
    with opened_desk(request) as desk:
        found = desk.story(story_id)
        brief = brief_of(desk, found.id)
        text = rendered_brief(desk, brief, fmt) if brief is not None else None
    if text is None:
        raise NotFoundError("brief (not yet made) of story", found.id)
    media = BRIEF_FORMATS[fmt]
    return Response(text, media_type=f"{media}; charset=utf-8")


@router.get("/articles", response_class=HTMLResponse)
def articles(
    request: Request, page_number: Annotated[int, Query(alias="page")] = 1
) -> HTMLResponse:
    data = read_page(request, ("articles", page_number), lambda d: articles_page(d, page_number))
    return page(request, "articles.html", data=data)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    data = read_page(request, ("article", article_id), lambda d: article_page(d, article_id))
    return page(request, "article.html", data=data)


@router.get("/articles/{article_id}/raw", response_class=PlainTextResponse)
def article_raw(request: Request, article_id: str) -> PlainTextResponse:
    """The source as received, as text/plain (with nosniff, a browser never runs it)."""
    with opened_desk(request) as desk:
        _, text = raw_text(desk, article_id)
    return PlainTextResponse(text)


@router.get("/entities", response_class=HTMLResponse)
def entities(
    request: Request,
    entity_type: Annotated[str | None, Query(alias="type")] = None,
    name: str | None = None,
) -> HTMLResponse:
    chosen, named = (entity_type or "").strip() or None, (name or "").strip() or None
    data = read_page(
        request, ("entities", chosen, named), lambda d: entities_page(d, chosen, named)
    )
    return page(request, "entities.html", data=data)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str) -> HTMLResponse:
    data = read_page(request, ("entity", entity_id), lambda d: entity_page(d, entity_id))
    return page(request, "entity.html", data=data)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "") -> HTMLResponse:
    data = read_page(request, ("search", q), lambda d: search_page(d, q))
    return page(request, "search.html", data=data)


@router.get("/problems", response_class=HTMLResponse)
def problems(request: Request) -> HTMLResponse:
    rows = read_page(request, ("problems",), problems_page)
    return page(request, "problems.html", rows=rows)


@router.get("/add", response_class=HTMLResponse)
def add_form(request: Request) -> HTMLResponse:
    if state_of(request).read_only:
        return _read_only(request)
    return page(request, "add.html", outcome=None, refused=None)


@router.post("/add", response_class=HTMLResponse)
async def add(request: Request) -> HTMLResponse:
    state = state_of(request)
    if state.read_only:
        return _read_only(request)
    form = await request.form(max_files=MOST_UPLOADS + 1, max_fields=20)
    headers = {k.lower(): v for k, v in request.headers.items()}
    refused = check_form(state.guard, _field(form.get("form_token")), headers)
    if refused is not None:
        return page(request, "add.html", status=403, outcome=None, refused=refused)
    submission = Submission(
        text=_field(form.get("text")),
        text_format=_field(form.get("text_format")) or "text",
        uploads=[
            Upload(f.filename or "", f.file)
            for f in form.getlist("files")
            if isinstance(f, UploadFile) and (f.filename or f.size)
        ],
        addresses=_field(form.get("addresses")),
    )
    outcome = await run_in_threadpool(_add_one_at_a_time, request, submission)
    await form.close()
    status = 200 if outcome.tried else 400  # nothing given: say so, as a bad request
    return page(request, "add.html", status=status, outcome=outcome, refused=None)


def _add_one_at_a_time(request: Request, submission: Submission) -> Outcome:
    state = state_of(request)
    with state.adding, opened_desk(request) as desk:
        return add_submission(desk, submission)


def _field(value: object) -> str:
    return value if isinstance(value, str) else ""


def _read_only(request: Request) -> HTMLResponse:
    message = "This newsdesk is served read-only: nothing can be added here."
    return page(request, "error.html", status=403, title="Read-only", message=message)
