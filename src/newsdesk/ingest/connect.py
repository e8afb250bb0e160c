"""Connections for fetching: to the address that was checked, within one deadline per fetch.

httpx resolves a host name again when it connects, so checking the name's addresses first
leaves a window (DNS rebinding: public when checked, 127.0.0.1 when connected). Here the
connection layer under httpx (an httpcore network backend) connects to the very addresses
the check passed, pinned per host, while the request keeps its host name for the Host header
and TLS (SNI and certificate). A host that was not checked beforehand is resolved and checked
here, at connection time.

Every read and write is cut to what is left of the fetch's deadline, so a server trickling
its headers a byte a second cannot hold a fetch past it (httpx's own timeouts are per read).
The streams also count what they read, so a body longer than its Content-Length (which
HTTP/1.1 would silently cut to the announced length) can be told apart.
"""

from __future__ import annotations

import ipaddress
import math
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

import httpcore
import httpx

Resolver = Callable[[str, int], list[str]]
"""(host, port) -> the IP addresses the host resolves to; raises OSError when it does not."""

AddressCheck = Callable[[str, str], None]
"""(host, address) -> None, or raises ForbiddenAddressError for an address not to connect to."""

Connector = Callable[..., httpcore.NetworkStream]
"""httpcore's connect_tcp(host, port, timeout, local_address, socket_options)."""

_HEAD_BYTES = 65_536  # of each response, kept to find where its headers end


class FetchClock:
    """The deadline of the fetch under way (one per fetcher; fetches run one at a time)."""

    def __init__(self) -> None:
        self.deadline = math.inf

    def start(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def cut(self, timeout: float | None, error: type[Exception]) -> float:
        """`timeout` shortened to the time left; raises `error` when none is left."""
        left = self.remaining()
        if left <= 0:
            raise error("the fetch's deadline has passed")
        return left if timeout is None else min(timeout, left)


def resolve_within(resolve: Resolver, host: str, port: int, clock: FetchClock) -> list[str]:
    """`resolve(host, port)` within the deadline (a lookup is not interruptible: it is left to
    finish in a daemon thread); raises OSError (socket.timeout) when it takes too long."""
    found: list[list[str]] = []
    failed: list[BaseException] = []

    def lookup() -> None:
        try:
            found.append(resolve(host, port))
        except BaseException as exc:  # handed to the caller's thread
            failed.append(exc)

    thread = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    thread.start()
    thread.join(max(0.0, min(clock.remaining(), 3600.0)))
    if failed:
        raise failed[0]
    if not found:
        raise TimeoutError(f"no answer for {host} within the deadline")
    return found[0]


class CheckedStream(httpcore.NetworkStream):
    """A network stream cut to the fetch's deadline, counting the bytes of each response."""

    def __init__(self, inner: httpcore.NetworkStream, clock: FetchClock) -> None:
        self._inner = inner
        self._clock = clock
        self.received = 0  # bytes read since the last request was written
        self.head = bytearray()  # the first of them

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self._inner.read(max_bytes, self._clock.cut(timeout, httpcore.ReadTimeout))
        self.received += len(data)
        if len(self.head) < _HEAD_BYTES:
            self.head += data[: _HEAD_BYTES - len(self.head)]
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.received = 0
        self.head.clear()
        self._inner.write(buffer, self._clock.cut(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        cut = self._clock.cut(timeout, httpcore.ConnectTimeout)
        return CheckedStream(self._inner.start_tls(ssl_context, server_hostname, cut), self._clock)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)

    def surplus(self, declared: int) -> int:
        """Body bytes beyond `declared` that arrived with the response (0 when none did)."""
        body_start = _body_start(bytes(self.head))
        if body_start is None:
            return 0
        extra = self.received - body_start - declared
        return max(extra, 0) or (1 if self._more_waiting() else 0)

    def _more_waiting(self) -> bool:
        sock = self._inner.get_extra_info("socket")
        if isinstance(sock, ssl.SSLSocket):
            return sock.pending() > 0
        if not isinstance(sock, socket.socket):
            return False
        try:
            return bool(sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT))
        except OSError:  # nothing waiting (EAGAIN), or the connection is gone
            return False


class CheckedBackend(httpcore.NetworkBackend):
    """Connects to checked addresses only (see the module docstring)."""

    def __init__(
        self,
        clock: FetchClock,
        resolve: Resolver,
        check: AddressCheck | None,
        connect: Connector | None = None,
    ) -> None:
        self._clock = clock
        self._resolve = resolve
        self._check = check  # None: every address may be fetched (--allow-private)
        self._connect = connect or httpcore.SyncBackend().connect_tcp
        self.pinned: dict[str, list[str]] = {}  # host -> the addresses its check passed

    def pin(self, host: str, addresses: list[str]) -> None:
        """Connections to `host` go to these (checked) addresses and no others."""
        self.pinned[host.lower()] = list(addresses)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        failure: Exception | None = None
        for address in self._addresses(host, port):
            try:
                cut = self._clock.cut(timeout, httpcore.ConnectTimeout)
                stream = self._connect(address, port, cut, local_address, socket_options)
            except httpcore.ConnectError as exc:  # the next address may answer
                failure = exc
                continue
            return CheckedStream(stream, self._clock)
        raise failure or httpcore.ConnectError(f"{host} has no address to connect to")

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, max(0.0, self._clock.remaining())))

    def _addresses(self, host: str, port: int) -> list[str]:
        if _is_ip(host):
            addresses = [host.strip("[]")]
        elif host.lower() in self.pinned:
            return self.pinned[host.lower()]  # checked just before this request
        else:
            try:
                addresses = resolve_within(self._resolve, host, port, self._clock)
            except OSError as exc:
                raise httpcore.ConnectError(f"cannot resolve host {host} ({exc})") from exc
        if self._check is not None:
            for address in addresses:
                self._check(host, address)
        return addresses


def checked_client(backend: CheckedBackend, timeout: float) -> httpx.Client:
    """An httpx client whose connections all go through `backend`."""
    transport = httpx.HTTPTransport()
    pool = transport._pool  # httpx<1 builds an httpcore.ConnectionPool and gives no other way in
    if not hasattr(pool, "_network_backend"):
        raise RuntimeError("this httpcore has no network backend to check connections with")
    pool._network_backend = backend
    return httpx.Client(transport=transport, timeout=timeout, follow_redirects=False)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _body_start(head: bytes) -> int | None:
    """Where the final response's body begins in `head` (past any 1xx interim responses)."""
    start = 0
    while True:
        end = head.find(b"\r\n\r\n", start)
        if end < 0:
            return None
        if not head.startswith(b"HTTP/1.1 1", start) and not head.startswith(b"HTTP/1.0 1", start):
            return end + 4
        start = end + 4
