"""The web app: `newsdesk serve` opens a store in a browser.

    from newsdesk.web import serve
    serve("story.db")                                   # http://127.0.0.1:8765/
    serve("story.db", host="0.0.0.0", allow_remote=True, token="...", read_only=True)

Server-rendered pages (FastAPI, Jinja2 with autoescaping, uvicorn), charts drawn as SVG on the
server, every asset shipped in the package, a little plain JavaScript. The app calls only the
library API (`newsdesk.desk.Desk`) and `newsdesk.escape`. FastAPI and uvicorn are imported
when the app is made, so importing this package costs nothing.

Safety: it binds 127.0.0.1 unless told otherwise; any other address needs `allow_remote` and
a token; `read_only` hides and refuses the add page; every response carries a
Content-Security-Policy without inline script (see web/security.py).
"""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

from newsdesk.errors import ConfigError

if TYPE_CHECKING:
    from fastapi import FastAPI

    from newsdesk.config import Settings

__all__ = ["create_app", "serve"]

MIN_TOKEN_LENGTH = 16


def create_app(location: str, **options: object) -> FastAPI:
    """The ASGI app over the store at `location` (see `newsdesk.web.app.create_app`)."""
    from newsdesk.web.app import create_app as make

    return make(location, **options)  # type: ignore[arg-type]


def serve(
    location: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    read_only: bool = False,
    allow_remote: bool = False,
    settings: Settings | None = None,
) -> None:
    """Serve the store at `location` until interrupted.

    ConfigError when the address is not a loopback one and `allow_remote` or a token of at
    least 16 characters is missing, or the port is out of range. StoreError when there is no
    store at `location` (the app never creates one).
    """
    check_address(host, port, token=token, allow_remote=allow_remote)
    import uvicorn

    from newsdesk.web.app import create_app as make

    app = make(location, settings=settings, token=token, read_only=read_only)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def check_address(host: str, port: int, *, token: str | None, allow_remote: bool) -> None:
    """Refuse a port out of range, and a non-loopback address without both an explicit
    allow_remote and a token (anyone who can reach it could read the store otherwise)."""
    if not 0 < port < 65536:
        raise ConfigError(f"port {port}: must be between 1 and 65535")
    if is_loopback(host):
        return
    if not allow_remote:
        raise ConfigError(
            f"host {host}: serving beyond this machine needs --allow-remote and --token"
        )
    if token is None or len(token) < MIN_TOKEN_LENGTH:
        raise ConfigError(
            f"host {host}: serving beyond this machine needs a token of at least "
            f"{MIN_TOKEN_LENGTH} characters (--token)"
        )


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
