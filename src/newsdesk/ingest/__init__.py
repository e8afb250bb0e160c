"""Ingest: files, folders, URLs and feeds in; RawDocuments (and Rejections) out.

A bad input never stops the batch: it becomes one `Rejection` whose reason is a
single line naming the problem, and the next input is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import partial

import httpx

from newsdesk.config import IngestSettings
from newsdesk.errors import InputError
from newsdesk.ingest.feeds import is_feed, iter_feed
from newsdesk.ingest.files import iter_path
from newsdesk.ingest.web import Resolver, SafeFetcher, document_from_response, is_url
from newsdesk.model import RawDocument, Rejection

__all__ = ["Resolver", "fetch", "iter_documents"]

_OTHER_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def iter_documents(
    inputs: Sequence[str],
    settings: IngestSettings,
    *,
    client: httpx.Client | None = None,
    resolve: Resolver | None = None,
) -> Iterator[RawDocument | Rejection]:
    """Every document in `inputs` (paths, folders, URLs, feeds), in order.

    `client` and `resolve` replace the HTTP client and the DNS lookup (tests use
    httpx.MockTransport and a table). A client made here is closed at the end.
    """
    fetcher = SafeFetcher(settings, client, resolve)
    try:
        for given in inputs:
            for item in _iter_input(given, settings, fetcher):
                yield _one_line(item) if isinstance(item, Rejection) else item
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
    given: str, settings: IngestSettings, fetcher: SafeFetcher
) -> Iterator[RawDocument | Rejection]:
    read_feed = partial(_read_feed, settings=settings, fetcher=fetcher)
    if is_url(given):
        yield from _iter_url(given, settings, fetcher)
    elif match := _OTHER_SCHEME.match(given):
        yield Rejection(given, f"unsupported URL scheme {match.group(1)!r} (only http and https)")
    else:
        yield from iter_path(given, settings, read_feed)


def _iter_url(
    url: str, settings: IngestSettings, fetcher: SafeFetcher
) -> Iterator[RawDocument | Rejection]:
    try:
        fetched = fetcher.get(url)
        if is_feed(fetched.content_type, fetched.body):
            yield from _read_feed(fetched.body, url, settings, fetcher)
        else:
            yield document_from_response(fetched, url)
    except InputError as exc:
        yield Rejection(exc.source, exc.problem)


def _read_feed(
    data: bytes, source: str, settings: IngestSettings, fetcher: SafeFetcher
) -> Iterator[RawDocument | Rejection]:
    return iter_feed(data, source, settings, fetcher.document)


def _one_line(rejection: Rejection) -> Rejection:
    """The CLI prints "source: reason" on one line; exception texts may span several."""
    reason = " ".join(rejection.reason.split())
    return rejection if reason == rejection.reason else Rejection(rejection.source, reason)
