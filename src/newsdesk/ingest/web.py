"""Fetching URLs safely: address checks on every hop, a size cap, one deadline per fetch.

Redirects are followed by hand so that each hop's address is checked before a
connection is made to it; a public page redirecting to 169.254.169.254 (the
cloud metadata service) is refused like a direct request would be. The connection then
goes to the addresses that were checked (`connect.CheckedBackend`), never to a second DNS
answer, and every read is cut to the fetch's deadline (`settings.timeout` in all, however
slowly the server sends). A body shorter or longer than its Content-Length is refused:
either way what was read is not the whole page.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

import httpx

from newsdesk.config import IngestSettings
from newsdesk.errors import (
    BinaryInputError,
    EmptyInputError,
    FetchError,
    ForbiddenAddressError,
    HTTPStatusError,
    TooLargeError,
)
from newsdesk.ingest.connect import (
    CheckedBackend,
    CheckedStream,
    Connector,
    FetchClock,
    Resolver,
    checked_client,
    resolve_within,
)
from newsdesk.ingest.decode import decode_bytes, looks_like_html
from newsdesk.ingest.memo import FetchMemo
from newsdesk.ingest.notices import Notices
from newsdesk.ingest.sizes import human_size
from newsdesk.model import InputKind, RawDocument, SourceHints

__all__ = ["Fetched", "Resolver", "SafeFetcher", "document_from_response", "is_url"]

MAX_REDIRECTS = 5

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})
_SNIFFED_TYPES = frozenset({"", "text/plain", "application/octet-stream"})

_ADDRESS_KINDS: tuple[tuple[str, str], ...] = (
    ("is_loopback", "a loopback"),
    ("is_unspecified", "an unspecified"),
    ("is_link_local", "a link-local"),
    ("is_private", "a private"),
    ("is_multicast", "a multicast"),
    ("is_reserved", "a reserved"),
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body read in full (within the cap), with what the server said it is."""

    url: str  # after redirects
    content_type: str  # lower case, without parameters ("" when not given)
    charset: str | None
    body: bytes
    unchanged: bool = False  # a conditional request answered 304: nothing new, no body


def resolve_host(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to, as the connection will see them."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


class SafeFetcher:
    """GETs URLs with the checks above; one per batch, so connections are reused.

    A client given by the caller (tests: httpx.MockTransport) gets the address checks before
    each hop and the deadline between body chunks; a client made here also connects only to
    checked addresses and cuts every socket read and write to the deadline.
    """

    def __init__(
        self,
        settings: IngestSettings,
        client: httpx.Client | None = None,
        resolve: Resolver | None = None,
        notices: Notices | None = None,
        connect: Connector | None = None,
        memo: FetchMemo | None = None,
    ) -> None:
        """`resolve` and `connect` replace the DNS lookup and the TCP connection (tests);
        `memo` makes `get(url, conditional=True)` ask only for what changed."""
        self._settings = settings
        self.memo = memo
        self._client = client
        self._owns_client = client is None
        self._resolve = resolve or resolve_host
        self._notices = notices
        self._clock = FetchClock()
        check = None if settings.allow_private else self._refuse_at_connect
        self._backend = CheckedBackend(self._clock, self._resolve, check, connect)

    def get(self, url: str, *, conditional: bool = False) -> Fetched:
        """Fetch `url`; raises FetchError (or TooLargeError) naming `url` when it fails.

        `conditional` (with a memo) sends the validators of the last answer and keeps the new
        ones; a 304 comes back as `Fetched(unchanged=True)` without a body.
        """
        self._clock.start(self._settings.timeout)
        try:
            return self._follow(url, conditional and self.memo is not None)
        except ForbiddenAddressError as exc:  # refused when connecting: name the URL given
            if exc.source == url:
                raise
            raise ForbiddenAddressError(url, exc.problem) from exc
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out after {self._settings.timeout:g} s") from exc
        except httpx.ConnectError as exc:
            raise FetchError(url, f"cannot connect: {str(exc) or type(exc).__name__}") from exc
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise FetchError(url, f"not a valid URL ({exc})") from exc
        except httpx.RemoteProtocolError as exc:
            raise FetchError(url, f"incomplete or malformed response ({exc})") from exc
        except httpx.HTTPError as exc:
            raise FetchError(url, f"network error: {str(exc) or type(exc).__name__}") from exc

    def document(self, url: str) -> RawDocument:
        """Fetch `url` as one document (a page or a text); feeds are not expanded here."""
        return document_from_response(self.get(url), url, self._notices)

    def close(self) -> None:
        if self._owns_client and self._client is not None:
            self._client.close()
            self._client = None

    def _follow(self, url: str, conditional: bool) -> Fetched:
        current = httpx.URL(url)
        for hop in range(MAX_REDIRECTS + 1):
            self._check_address(current, source=url, redirected=hop > 0)
            fetched, location = self._get_once(current, source=url, conditional=conditional)
            if fetched is not None:
                return fetched
            current = current.join(location)
        raise FetchError(url, f"too many redirects (more than {MAX_REDIRECTS})")

    def _get_once(
        self, url: httpx.URL, source: str, conditional: bool
    ) -> tuple[Fetched | None, str]:
        """One request: the body, or (None, location) for a redirect."""
        headers = {"User-Agent": self._settings.user_agent}
        if conditional and self.memo is not None:
            headers |= self.memo.conditional_headers(source)
        request = self._http().build_request(
            "GET",
            url,
            headers=headers,
            timeout=self._settings.timeout,  # also when the caller brought its own client
        )
        response = self._http().send(request, stream=True, follow_redirects=False)
        try:
            if response.is_redirect:
                return None, response.headers["location"]
            if conditional and response.status_code == httpx.codes.NOT_MODIFIED:
                return Fetched(str(url), "", None, b"", unchanged=True), ""
            _raise_for_status(response, source)
            fetched = _read_body(response, source, self._settings, self._clock)
            if conditional and self.memo is not None:
                self.memo.remember(source, response)
            return fetched, ""
        finally:
            response.close()

    def _check_address(self, url: httpx.URL, source: str, redirected: bool) -> None:
        if url.scheme not in ("http", "https"):
            raise FetchError(source, f"unsupported URL scheme {url.scheme!r} (only http and https)")
        if self._settings.allow_private:
            return
        port = url.port or (443 if url.scheme == "https" else 80)
        problem = self._address_problem(url.host, port, source)
        if problem is None and url.host in self._backend.pinned:
            # httpcore connects by the ASCII (punycode) name: the pin must hold under it too
            self._backend.pin(url.raw_host.decode("ascii"), self._backend.pinned[url.host])
        if problem:
            refused = f"redirect to {url} refused" if redirected else "refused"
            raise ForbiddenAddressError(
                source, f"{refused}: {problem} (use --allow-private to fetch it)"
            )

    def _address_problem(self, host: str, port: int, source: str) -> str | None:
        """Why `host` must not be fetched, or None. Every address it resolves to must be public;
        those checked are the ones connected to (pinned)."""
        literal = _parse_ip(host)
        if literal is not None:
            kind = address_kind(literal)
            return f"{literal} is {kind} address" if kind else None
        try:
            addresses = resolve_within(self._resolve, host, port, self._clock)
        except OSError as exc:
            raise FetchError(source, f"cannot connect: cannot resolve host {host} ({exc})") from exc
        for address in addresses:
            kind = address_kind(ipaddress.ip_address(address))
            if kind:
                return f"{host} resolves to {address}, {kind} address"
        self._backend.pin(host, addresses)
        return None

    def _refuse_at_connect(self, host: str, address: str) -> None:
        """The check at connection time, for a host that was not checked before (or changed)."""
        kind = address_kind(ipaddress.ip_address(address))
        if kind:
            raise ForbiddenAddressError(
                host,
                f"refused: {host} resolves to {address}, {kind} address, when connecting "
                "(use --allow-private to fetch it)",
            )

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = checked_client(self._backend, self._settings.timeout)
        return self._client


def address_kind(address: IPAddress) -> str | None:
    """'a loopback', 'a private', ... for addresses not on the public internet, else None."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for attribute, kind in _ADDRESS_KINDS:
        if getattr(address, attribute):
            return kind
    return None if address.is_global else "a non-public"


def document_from_response(
    fetched: Fetched, source: str, notices: Notices | None = None
) -> RawDocument:
    """A RawDocument from a fetched page or text; its kind comes from the content type."""
    if not fetched.body.strip():
        raise EmptyInputError(source, "empty response")
    kind = _kind_for(fetched.content_type, source)
    decoded = decode_bytes(fetched.body, source, declared=fetched.charset)
    if decoded.note and notices is not None:
        notices.add(source, decoded.note)
    if kind is InputKind.TEXT and looks_like_html(decoded.text):
        kind = InputKind.HTML
    hints = SourceHints(url=fetched.url)
    return RawDocument(source, fetched.body, decoded.text, decoded.encoding, kind, hints)


def parse_content_type(header: str) -> tuple[str, str | None]:
    """'text/html; charset=ISO-8859-1' -> ('text/html', 'ISO-8859-1')."""
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _kind_for(content_type: str, source: str) -> InputKind:
    if content_type in _HTML_TYPES:
        return InputKind.HTML
    if content_type in _MARKDOWN_TYPES:
        return InputKind.MARKDOWN
    if content_type in _SNIFFED_TYPES or content_type.startswith("text/"):
        return InputKind.TEXT
    raise BinaryInputError(source, f"unsupported content type {content_type}")


def _parse_ip(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _raise_for_status(response: httpx.Response, source: str) -> None:
    if not response.is_success:
        reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
        raise HTTPStatusError(source, f"HTTP {response.status_code} {reason}".strip())


def _declared_length(response: httpx.Response) -> int | None:
    """The Content-Length the body is held to; None when absent, malformed or chunked."""
    if "transfer-encoding" in response.headers:
        return None  # chunked: a Content-Length beside it means nothing (RFC 9112, 6.3)
    try:
        length = int(response.headers.get("content-length", ""))
    except ValueError:
        return None  # a malformed header is ignored: the streamed count still caps the body
    return length if length >= 0 else None


def _read_body(
    response: httpx.Response, source: str, settings: IngestSettings, clock: FetchClock
) -> Fetched:
    """Stream the body, stopping at the size cap and at the deadline; then hold it to its
    Content-Length."""
    limit = settings.max_bytes
    declared = _declared_length(response)
    if declared is not None and declared > limit:
        raise TooLargeError(source, f"response is over the {human_size(limit)} limit")
    chunks: list[bytes] = []
    received = 0
    for chunk in response.iter_bytes():
        received += len(chunk)
        if received > limit:
            raise TooLargeError(source, f"response is over the {human_size(limit)} limit")
        if clock.remaining() <= 0:
            raise FetchError(source, f"timed out after {settings.timeout:g} s")
        chunks.append(chunk)
    if declared is not None:
        _hold_to_declared_length(response, declared, received, source)
    media, charset = parse_content_type(response.headers.get("content-type", ""))
    return Fetched(str(response.url), media, charset, b"".join(chunks))


def _hold_to_declared_length(
    response: httpx.Response, declared: int, decoded: int, source: str
) -> None:
    """Refuse a body shorter than its Content-Length, or one the server sent more of."""
    # as sent, before any content decoding (a response built in memory counts none: then
    # what was read is what was sent, unless it was compressed)
    arrived = response.num_bytes_downloaded
    if not arrived and "content-encoding" not in response.headers:
        arrived = decoded
    if arrived < declared:
        raise FetchError(
            source, f"truncated: {arrived:,} of the {declared:,} bytes its Content-Length announced"
        )
    stream = response.extensions.get("network_stream")
    surplus = stream.surplus(declared) if isinstance(stream, CheckedStream) else 0
    if surplus:
        raise FetchError(
            source,
            f"the server sent more than the {declared:,} bytes its Content-Length announced: "
            "what was read is cut short",
        )
