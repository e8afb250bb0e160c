"""Who may talk to the app and what every response forbids the browser to do.

One ASGI middleware in front of every route and static file:
- Host check: without a token the app answers only to loopback host names, so a web page that
  rebinds its own domain to 127.0.0.1 (DNS rebinding) cannot read the store through the
  visitor's browser.
- Token: when the app serves another address it needs a token on every request, given as
  `Authorization: Bearer TOKEN`, or once as `?token=TOKEN`, which sets an HttpOnly,
  SameSite=Strict cookie and redirects to the same address without it (so the token leaves
  the address bar and the history).
- Body cap: a request body past the cap is refused (413) while it streams, not after.
- Headers: a Content-Security-Policy that allows scripts, styles and images from the app
  only (no inline script, no inline style), never framed; no MIME sniffing; no referrer.

Forms that change the store also carry a per-app form token and must come from the app's own
origin (`check_form`): another site cannot post into a store the browser can reach.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})
TOKEN_COOKIE = "newsdesk_token"
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


@dataclass(frozen=True, slots=True)
class Guard:
    """The access rules of one app."""

    token: str | None = None  # required on every request when set
    allowed_hosts: frozenset[str] = LOOPBACK_HOSTS  # Host names answered without a token
    max_body: int = 100_000_000  # bytes
    form_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    def token_matches(self, given: str | None) -> bool:
        return bool(self.token and given) and hmac.compare_digest(
            str(given).encode(), str(self.token).encode()
        )


class BodyTooLarge(Exception):
    pass


class GuardMiddleware:
    """Applies a `Guard` to every HTTP request and adds the security headers to every answer."""

    def __init__(self, app: ASGIApp, guard: Guard) -> None:
        self.app = app
        self.guard = guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send)
        refusal = self._refusal(scope)
        if refusal is not None:
            await refusal(send)
            return
        await self._guarded(scope, receive, send)

    def _refusal(self, scope: Scope) -> Callable[[Send], Awaitable[None]] | None:
        headers = _headers(scope)
        if self.guard.token is None:
            if _host_name(headers.get("host", "")) not in self.guard.allowed_hosts:
                return _plain(400, "This server answers only to its loopback address.")
        elif not self._authorised(headers):
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            if self.guard.token_matches(query.get("token")):
                return self._set_cookie_and_redirect(scope, query)
            return _plain(401, "A token is needed: open the address with ?token=YOUR_TOKEN.")
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.guard.max_body:
            return _plain(413, f"Request body over {self.guard.max_body:,} bytes.")
        return None

    def _authorised(self, headers: dict[str, str]) -> bool:
        scheme, _, given = headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and self.guard.token_matches(given.strip()):
            return True
        cookie: SimpleCookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # a malformed cookie header is no token
            return False
        morsel = cookie.get(TOKEN_COOKIE)
        return morsel is not None and self.guard.token_matches(morsel.value)

    def _set_cookie_and_redirect(
        self, scope: Scope, query: dict[str, str]
    ) -> Callable[[Send], Awaitable[None]]:
        rest = urlencode({k: v for k, v in query.items() if k != "token"})
        location = scope.get("path", "/") + (f"?{rest}" if rest else "")
        cookie = f"{TOKEN_COOKIE}={self.guard.token}; Path=/; HttpOnly; SameSite=Strict"

        async def respond(send: Send) -> None:
            await send(
                {
                    "type": "http.response.start",
                    "status": 303,
                    "headers": [
                        (b"location", location.encode("latin-1", "replace")),
                        (b"set-cookie", cookie.encode("latin-1")),
                        (b"content-length", b"0"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": b""})

        return respond

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app with a body that stops at the cap (a chunked upload has no length)."""
        received = 0
        started = False

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.guard.max_body:
                raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, capped_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _plain(413, f"Request body over {self.guard.max_body:,} bytes.")(send)
        except Exception:
            # answered here, inside the headers, then passed on for the server to log
            if not started:
                await _plain(500, "Internal error: the server log says more.")(send)
            raise


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _host_name(host: str) -> str:
    """The name of a Host header without its port ("127.0.0.1:8765" -> "127.0.0.1")."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _with_headers(send: Send) -> Send:
    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {k.lower() for k, _ in message.get("headers", [])}
            extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
            if b"cache-control" not in names:
                extra.append((b"cache-control", b"no-store"))
            message["headers"] = [*message.get("headers", []), *extra]
        await send(message)

    return send_with_headers


def _plain(status: int, text: str) -> Callable[[Send], Awaitable[None]]:
    body = text.encode() + b"\n"

    async def respond(send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    return respond


def check_form(guard: Guard, form_token: str | None, headers: dict[str, str]) -> str | None:
    """Why a form post that changes the store is refused, or None when it may go on: it must
    carry the app's form token and, when the browser says where it comes from, come from the
    app's own origin."""
    if not form_token or not hmac.compare_digest(form_token.encode(), guard.form_token.encode()):
        return "the form is out of date or not this app's: reload the page and send it again"
    origin = headers.get("origin")
    if (
        origin
        and origin != "null"
        and urlsplit(origin).netloc.lower() != headers.get("host", "").lower()
    ):
        return "the form was sent from another site"
    if headers.get("sec-fetch-site", "same-origin") not in {"same-origin", "none"}:
        return "the form was sent from another site"
    return None
