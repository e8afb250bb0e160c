"""The app factory: routes, templates (autoescaped), static files, errors and the guard.

    app = create_app("story.db")                          # loopback only, read and add
    app = create_app("story.db", token="s3cret", read_only=True)

Each request that reads the store opens its own `Desk` (an SQLite connection belongs to the
thread that opened it, and FastAPI runs each page in a worker thread), which costs about a
millisecond; page data is kept between requests until the store file changes (web/cache.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsdesk import __version__
from newsdesk.config import Settings
from newsdesk.desk import Desk
from newsdesk.errors import NewsdeskError, NotFoundError, StoreError
from newsdesk.web.cache import PageCache
from newsdesk.web.security import LOOPBACK_HOSTS, Guard, GuardMiddleware

T = TypeVar("T")
HERE = Path(__file__).resolve().parent
UPLOAD_ALLOWANCE = 4  # a request body may hold this many inputs at the size cap


@dataclass(slots=True)
class WebState:
    """What every route needs: how to open the store, the rules, the templates."""

    open_desk: Callable[[], Desk]
    guard: Guard
    read_only: bool
    templates: Jinja2Templates
    cache: PageCache
    adding: threading.Lock = field(default_factory=threading.Lock)  # one add at a time


def create_app(
    location: str | Path | None = None,
    *,
    settings: Settings | None = None,
    token: str | None = None,
    read_only: bool = False,
    allowed_hosts: frozenset[str] = LOOPBACK_HOSTS,
    open_desk: Callable[[], Desk] | None = None,
) -> FastAPI:
    """The web app over the store at `location` (or over the desks `open_desk` makes)."""
    custom = open_desk
    if open_desk is None:
        if location is None:
            raise ValueError("create_app needs a store location or an open_desk function")
        open_desk = _desk_opener(str(location), settings)
    max_bytes = (settings or _probe_settings(open_desk)).ingest.max_bytes
    guard = Guard(token, allowed_hosts, max_body=UPLOAD_ALLOWANCE * max_bytes + 1_000_000)
    app = FastAPI(
        title="newsdesk", version=__version__, docs_url=None, redoc_url=None, openapi_url=None
    )
    # page data is kept until the store file changes; only a store given by its location has
    # a file to watch (a custom `open_desk` may open anything: never cached)
    cache = PageCache(str(location) if location is not None and custom is None else None)
    app.state.web = WebState(open_desk, guard, read_only, _templates(guard, read_only), cache)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _add_error_pages(app)
    from newsdesk.web.routes import router  # the routes read WebState from the app

    app.include_router(router)
    app.add_middleware(GuardMiddleware, guard=guard)
    return app


def _desk_opener(location: str, settings: Settings | None) -> Callable[[], Desk]:
    def open_desk() -> Desk:
        return Desk(location, settings, create=False)

    return open_desk


def _probe_settings(open_desk: Callable[[], Desk]) -> Settings:
    with _closing(open_desk()) as desk:
        return desk.settings


def _templates(guard: Guard, read_only: bool) -> Jinja2Templates:
    environment = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its name: article text is data
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(
        read_only=read_only, form_token=guard.form_token, version=__version__
    )
    return Jinja2Templates(env=environment)


@contextmanager
def _closing(desk: Desk) -> Iterator[Desk]:
    try:
        yield desk
    finally:
        desk.close()


@contextmanager
def opened_desk(request: Request) -> Iterator[Desk]:
    """A Desk for this request, closed after it (open and use it in the same thread)."""
    with _closing(state_of(request).open_desk()) as desk:
        yield desk


def read_page(request: Request, key: Hashable, read: Callable[[Desk], T]) -> T:
    """A page's data: kept from an earlier request while the store is unchanged, else read
    through a Desk opened for this request."""

    def read_now() -> T:
        with opened_desk(request) as desk:
            return read(desk)

    return state_of(request).cache.get(key, read_now)


def state_of(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    response: HTMLResponse = state_of(request).templates.TemplateResponse(
        request, template, context, status_code=status
    )
    return response


def _add_error_pages(app: FastAPI) -> None:
    """Library errors become statuses and a page that says what went wrong."""

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return _error_page(request, 404, "Not found", str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return _error_page(request, 503, "The store cannot be read", str(exc))

    @app.exception_handler(NewsdeskError)
    async def newsdesk_error(request: Request, exc: NewsdeskError) -> Response:
        return _error_page(request, 400, "That did not work", str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/static/"):
            return PlainTextResponse(str(exc.detail), status_code=exc.status_code)
        return _error_page(request, exc.status_code, str(exc.detail), "")


def _error_page(request: Request, status: int, title: str, message: str) -> Response:
    return page(request, "error.html", status=status, title=title, message=message)
