"""`newsdesk.web.serve`: loopback by default; another address needs allow_remote and a token."""

from __future__ import annotations

from pathlib import Path

import pytest
from web_browser import free_port

from newsdesk.errors import ConfigError, StoreError
from newsdesk.web import check_address, is_loopback, serve

TOKEN = "a-token-of-enough-length"


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.1", "localhost", "::1", "[::1]"])
def test_loopback_addresses(host: str) -> None:
    assert is_loopback(host)
    check_address(host, 8765, token=None, allow_remote=False)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.4", "example.org", "::"])
def test_another_address_needs_allow_remote(host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(ConfigError, match="--allow-remote"):
        check_address(host, 8765, token=TOKEN, allow_remote=False)


@pytest.mark.parametrize("token", [None, "", "short"])
def test_another_address_needs_a_real_token(token: str | None) -> None:
    with pytest.raises(ConfigError, match="token"):
        check_address("0.0.0.0", 8765, token=token, allow_remote=True)


def test_another_address_with_both_is_allowed() -> None:
    check_address("0.0.0.0", 8765, token=TOKEN, allow_remote=True)


@pytest.mark.parametrize("port", [0, -1, 65536])
def test_ports_out_of_range_are_refused(port: int) -> None:
    with pytest.raises(ConfigError, match="port"):
        check_address("127.0.0.1", port, token=None, allow_remote=False)


def test_serve_refuses_before_starting_anything(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--allow-remote"):
        serve(str(tmp_path / "any.db"), host="0.0.0.0", token=TOKEN)


def test_serve_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        serve(str(tmp_path / "missing.db"), port=free_port())
    assert not (tmp_path / "missing.db").exists()  # never creates one
