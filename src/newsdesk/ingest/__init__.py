"""Ingest: files, folders, URLs and feeds in; RawDocuments (and Rejections) out.

A bad input never stops the batch: it becomes one `Rejection` whose reason is a
single line naming the problem, and the next input is read. What ingest must tell about a
document it still yields (an encoding guessed with doubt, characters replaced) goes to the
caller's `on_problem` as a `model.Problem` of stage "ingest". Every HTML document, wherever
it came from (file, URL, feed entry, JSON record), is measured against the HTML bounds
(`bounds.py`) before anything parses it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import partial

import httpx

from newsdesk.config import IngestSettings
from newsdesk.errors import InputError
from newsdesk.ingest.bounds import HtmlBounds, bounds_from, html_problem
from newsdesk.ingest.feeds import is_feed, iter_feed
from newsdesk.ingest.files import iter_path
from newsdesk.ingest.memo import FetchMemo
from newsdesk.ingest.notices import Notices, ProblemCallback
from newsdesk.ingest.web import Resolver, SafeFetcher, document_from_response, is_url
from newsdesk.model import InputKind, RawDocument, Rejection

__all__ = ["FetchMemo", "ProblemCallback", "Resolver", "fetch", "iter_documents"]

_OTHER_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def iter_documents(
    inputs: Sequence[str],
    settings: IngestSettings,
    *,
    client: httpx.Client | None = None,
    resolve: Resolver | None = None,
    on_problem: ProblemCallback | None = None,
    memo: FetchMemo | None = None,
) -> Iterator[RawDocument | Rejection]:
    """Every document in `inputs` (paths, folders, URLs, feeds), in order.

    `client` and `resolve` replace the HTTP client and the DNS lookup (tests use
    httpx.MockTransport and a table). A client made here is closed at the end.
    `on_problem` hears what is noted about documents that are still yielded (logged when None).
    `memo` (a watch's) asks the URLs given only for what changed since their last answer and
    skips feed entries whose page is stored already; both come back as non-failures.
    """
    notices = Notices(on_problem)
    fetcher = SafeFetcher(settings, client, resolve, notices, memo=memo)
    bounds = bounds_from(settings)
    try:
        for given in inputs:
            for item in _iter_input(given, settings, fetcher, notices):
                yield _one_line(item) if isinstance(item, Rejection) else _bounded(item, bounds)
    finally:
        fetcher.close()


def fetch(
    url: str,
    settings: IngestSettings,
    client: httpx.Client | None = None,
    *,
    resolve: Resolver | None = None,
) -> RawDocument:
    """One URL as one document (a feed is returned as its XML). Raises InputError."""
    fetcher = SafeFetcher(settings, client, resolve)
    try:
        return fetcher.document(url)
    finally:
        fetcher.close()


def _iter_input(
    given: str, settings: IngestSettings, fetcher: SafeFetcher, notices: Notices
) -> Iterator[RawDocument | Rejection]:
    read_feed = partial(_read_feed, settings=settings, fetcher=fetcher, notices=notices)
    if is_url(given):
        yield from _iter_url(given, settings, fetcher, notices)
    elif match := _OTHER_SCHEME.match(given):
        yield Rejection(given, f"unsupported URL scheme {match.group(1)!r} (only http and https)")
    else:
        yield from iter_path(given, settings, read_feed, notices)


def _iter_url(
    url: str, settings: IngestSettings, fetcher: SafeFetcher, notices: Notices
) -> Iterator[RawDocument | Rejection]:
    try:
        fetched = fetcher.get(url, conditional=True)
        if fetched.unchanged:
            yield Rejection(url, "unchanged since the last poll", failed=False)
        elif is_feed(fetched.content_type, fetched.body):
            yield from _read_feed(
                fetched.body, url, settings, fetcher, notices, declared=fetched.charset
            )
        else:
            yield document_from_response(fetched, url, notices)
    except InputError as exc:
        yield Rejection(exc.source, exc.problem)


def _read_feed(
    data: bytes,
    source: str,
    settings: IngestSettings,
    fetcher: SafeFetcher,
    notices: Notices,
    declared: str | None = None,
) -> Iterator[RawDocument | Rejection]:
    known = fetcher.memo.known if fetcher.memo is not None else frozenset()
    return iter_feed(
        data, source, settings, fetcher.document, declared=declared, notices=notices, known=known
    )


def _bounded(document: RawDocument, bounds: HtmlBounds) -> RawDocument | Rejection:
    """An HTML document past the bounds becomes a rejection before any parser sees it."""
    if document.kind is not InputKind.HTML:
        return document
    problem = html_problem(document.text, bounds)
    return document if problem is None else Rejection(document.source, problem)


def _one_line(rejection: Rejection) -> Rejection:
    """The CLI prints "source: reason" on one line; exception texts may span several."""
    reason = " ".join(rejection.reason.split())
    return rejection if reason == rejection.reason else Rejection(rejection.source, reason)
