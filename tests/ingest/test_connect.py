"""Connections: to the checked address only, within one deadline, held to Content-Length.

The deadline and length tests talk to a server on 127.0.0.1 (allow_private on), in a thread.
"""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import pytest

from newsdesk.config import IngestSettings
from newsdesk.errors import FetchError, ForbiddenAddressError
from newsdesk.ingest import iter_documents
from newsdesk.ingest.connect import CheckedBackend, FetchClock, _body_start
from newsdesk.ingest.web import SafeFetcher
from newsdesk.model import RawDocument, Rejection

PAGE = b"<html><body><p>Talks resumed in Istanbul on Friday.</p></body></html>"
Serve = Callable[[socket.socket], None]


@contextmanager
def local_server(serve: Serve) -> Iterator[str]:
    """A one-connection-at-a-time TCP server on 127.0.0.1; yields its base URL."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                try:
                    connection.recv(65536)  # the request
                    serve(connection)
                except OSError:
                    pass  # the client gave up: what the test wanted

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/page"
    finally:
        stop.set()
        thread.join(2)
        listener.close()


def _fetch(url: str, settings: IngestSettings) -> RawDocument | Rejection:
    local = dataclasses.replace(settings, allow_private=True, timeout=1.0)
    [item] = iter_documents([url], local)
    return item


def _response(body: bytes, length: int | None = None) -> bytes:
    declared = len(body) if length is None else length
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {declared}\r\n\r\n"
    return head.encode() + body


def test_a_whole_response_is_read(ingest_settings: IngestSettings) -> None:
    with local_server(lambda c: c.sendall(_response(PAGE))) as url:
        document = _fetch(url, ingest_settings)
    assert isinstance(document, RawDocument)
    assert document.data == PAGE


def test_trickled_headers_cannot_stretch_the_deadline(ingest_settings: IngestSettings) -> None:
    def trickle(connection: socket.socket) -> None:
        for byte in _response(PAGE):
            connection.sendall(bytes([byte]))
            time.sleep(0.05)  # ~10 s in all; each read is quick, so per-read timeouts never fire

    with local_server(trickle) as url:
        started = time.monotonic()
        rejection = _fetch(url, ingest_settings)
        elapsed = time.monotonic() - started
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "timed out after 1 s"
    assert elapsed < 2.5


def test_trickled_body_cannot_stretch_the_deadline(ingest_settings: IngestSettings) -> None:
    def trickle(connection: socket.socket) -> None:
        connection.sendall(_response(PAGE * 200)[:200])
        for _ in range(100):
            connection.sendall(b"<p>more</p>")
            time.sleep(0.05)

    with local_server(trickle) as url:
        started = time.monotonic()
        rejection = _fetch(url, ingest_settings)
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "timed out after 1 s"
    assert time.monotonic() - started < 2.5


def test_body_shorter_than_its_content_length_is_refused(ingest_settings: IngestSettings) -> None:
    with local_server(lambda c: c.sendall(_response(PAGE, len(PAGE) + 500))) as url:
        rejection = _fetch(url, ingest_settings)
    assert isinstance(rejection, Rejection)
    assert rejection.reason.startswith("incomplete or malformed response")


def test_body_longer_than_its_content_length_is_refused(ingest_settings: IngestSettings) -> None:
    with local_server(lambda c: c.sendall(_response(PAGE + b"<p>cut off</p>", len(PAGE)))) as url:
        rejection = _fetch(url, ingest_settings)
    assert isinstance(rejection, Rejection)
    assert "sent more than the" in rejection.reason


def test_mock_body_short_of_its_content_length_is_refused(web: Any, ingest: Any) -> None:
    import httpx

    headers = {"content-type": "text/html", "content-length": str(len(PAGE) + 10)}
    web.add("https://news.example/short", httpx.Response(200, content=PAGE, headers=headers))
    rejection = ingest(["https://news.example/short"]).only_rejection()
    expected = f"truncated: {len(PAGE)} of the {len(PAGE) + 10} bytes its Content-Length announced"
    assert rejection.reason == expected


class Recorder:
    """A connector that records where it was asked to connect, and connects nowhere."""

    def __init__(self) -> None:
        self.addresses: list[str] = []

    def __call__(self, host: str, port: int, *args: Any) -> httpcore.NetworkStream:
        self.addresses.append(host)
        raise httpcore.ConnectError("recorded, not connected")


class Rebinding:
    """DNS that answers public first and 127.0.0.1 after (a rebinding attack)."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls += 1
        return ["93.184.216.34"] if self.calls == 1 else ["127.0.0.1"]


def test_connection_goes_to_the_address_that_was_checked(ingest_settings: IngestSettings) -> None:
    dns, connector = Rebinding(), Recorder()
    fetcher = SafeFetcher(ingest_settings, resolve=dns, connect=connector)
    try:
        with pytest.raises(FetchError, match="cannot connect"):
            fetcher.get("http://rebind.example/page")
    finally:
        fetcher.close()
    assert connector.addresses == ["93.184.216.34"]  # never the second answer
    assert dns.calls == 1


def test_unchecked_host_is_checked_when_connecting() -> None:
    backend = CheckedBackend(FetchClock(), lambda host, port: ["127.0.0.1"], _refuse_loopback)
    backend._clock.start(5)
    with pytest.raises(ForbiddenAddressError):
        backend.connect_tcp("sneaky.example", 80)


def test_pinned_addresses_are_used_without_a_new_lookup() -> None:
    connector = Recorder()
    backend = CheckedBackend(FetchClock(), _no_lookup, _refuse_loopback, connect=connector)
    backend._clock.start(5)
    backend.pin("news.example", ["93.184.216.34", "93.184.216.35"])
    with pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("news.example", 443)
    assert connector.addresses == ["93.184.216.34", "93.184.216.35"]  # each tried in turn


def test_a_spent_deadline_refuses_to_connect() -> None:
    backend = CheckedBackend(FetchClock(), _no_lookup, None, connect=Recorder())
    backend._clock.start(0)
    with pytest.raises(httpcore.ConnectTimeout):
        backend.connect_tcp("93.184.216.34", 80)


def test_body_start_skips_interim_responses() -> None:
    head = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    assert _body_start(head) == len(head) - 2
    assert _body_start(b"HTTP/1.1 200 OK\r\nContent-") is None


def _refuse_loopback(host: str, address: str) -> None:
    if address.startswith("127."):
        raise ForbiddenAddressError(host, f"refused: {host} resolves to {address}")


def _no_lookup(host: str, port: int) -> list[str]:
    raise AssertionError("no DNS lookup expected")


def test_an_international_name_is_pinned_as_it_is_connected_to(
    ingest_settings: IngestSettings,
) -> None:
    connector = Recorder()
    fetcher = SafeFetcher(
        ingest_settings, resolve=lambda host, port: ["93.184.216.34"], connect=connector
    )
    try:
        with pytest.raises(FetchError):
            fetcher.get("http://zprávy.example/článek")
    finally:
        fetcher.close()
    assert connector.addresses == ["93.184.216.34"]
    assert "xn--zprvy-zqa.example" in fetcher._backend.pinned  # what httpcore connects by


def test_refusal_at_connection_time_names_the_url(ingest_settings: IngestSettings) -> None:
    dns = Rebinding()
    fetcher = SafeFetcher(ingest_settings, resolve=dns, connect=Recorder())
    fetcher._backend.pinned.clear()  # as if the host had not been checked first
    fetcher._address_problem = lambda host, port, source: None  # type: ignore[method-assign]
    dns.calls = 1  # the lookup at connection time answers 127.0.0.1
    try:
        with pytest.raises(ForbiddenAddressError) as refused:
            fetcher.get("http://rebind.example/page")
    finally:
        fetcher.close()
    assert refused.value.source == "http://rebind.example/page"
    assert "resolves to 127.0.0.1, a loopback address, when connecting" in refused.value.problem
