"""Fixtures for the ingest tests: settings, a DNS table and a mock web. No network."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Callable, Sequence

import httpx
import pytest

from newsdesk.config import IngestSettings, default_settings
from newsdesk.ingest import iter_documents
from newsdesk.model import RawDocument, Rejection

Route = httpx.Response | Callable[[httpx.Request], httpx.Response]

DNS = {
    "news.example": ["93.184.216.34"],
    "feeds.example": ["93.184.216.35"],
    "evil.example": ["127.0.0.1"],
    "metadata.example": ["169.254.169.254"],
    "mixed.example": ["93.184.216.36", "10.1.2.3"],  # one private answer is enough to refuse
}


def fake_resolve(host: str, port: int) -> list[str]:
    if host in DNS:
        return DNS[host]
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


@pytest.fixture
def ingest_settings() -> IngestSettings:
    return default_settings().ingest


def with_settings(settings: IngestSettings, **changes: object) -> IngestSettings:
    return dataclasses.replace(settings, **changes)  # type: ignore[arg-type]


class MockWeb:
    """A table of URL -> response; unknown URLs fail to connect. Records every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[httpx.Request] = []

    def add(self, url: str, route: Route) -> None:
        self.routes[url] = route

    def page(self, url: str, body: str | bytes, content_type: str = "text/html") -> None:
        content = body.encode("utf-8") if isinstance(body, str) else body
        self.add(url, httpx.Response(200, content=content, headers={"content-type": content_type}))

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        route = self.routes.get(str(request.url))
        if route is None:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        return route(request) if callable(route) else route

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handle))


@pytest.fixture
def web() -> MockWeb:
    return MockWeb()


class Results(list[RawDocument | Rejection]):
    """What iter_documents yielded, with the views the tests ask for."""

    @property
    def documents(self) -> list[RawDocument]:
        return [item for item in self if isinstance(item, RawDocument)]

    @property
    def rejections(self) -> list[Rejection]:
        return [item for item in self if isinstance(item, Rejection)]

    def only_document(self) -> RawDocument:
        assert len(self) == 1 and isinstance(self[0], RawDocument), self
        return self[0]

    def only_rejection(self) -> Rejection:
        assert len(self) == 1 and isinstance(self[0], Rejection), self
        return self[0]


Ingest = Callable[..., Results]


@pytest.fixture
def ingest(ingest_settings: IngestSettings, web: MockWeb) -> Ingest:
    """ingest(inputs, **setting_changes) -> everything iter_documents yields."""

    def run(inputs: Sequence[str], **changes: object) -> Results:
        chosen = with_settings(ingest_settings, **changes) if changes else ingest_settings
        with web.client() as client:
            return Results(iter_documents(inputs, chosen, client=client, resolve=fake_resolve))

    return run
