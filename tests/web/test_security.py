"""The guard in front of every request: hosts, token, body cap, headers, form checks."""

from __future__ import annotations

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse
from fastapi.testclient import TestClient

from newsdesk.web.security import (
    CONTENT_SECURITY_POLICY,
    TOKEN_COOKIE,
    Guard,
    GuardMiddleware,
    check_form,
)

TOKEN = "correct-horse-battery-staple"


def guarded(guard: Guard) -> FastAPI:
    app = FastAPI()

    @app.get("/hello")
    def hello() -> PlainTextResponse:
        return PlainTextResponse("hello")

    @app.post("/echo")
    async def echo(request: Request) -> PlainTextResponse:
        return PlainTextResponse(str(len(await request.body())))

    @app.get("/boom")
    def boom() -> PlainTextResponse:
        raise RuntimeError("boom")

    app.add_middleware(GuardMiddleware, guard=guard)
    return app


def client(guard: Guard, base_url: str = "http://127.0.0.1:8765") -> TestClient:
    return TestClient(guarded(guard), base_url=base_url, raise_server_exceptions=False)


def test_every_answer_carries_the_security_headers() -> None:
    for response in (client(Guard()).get("/hello"), client(Guard()).get("/missing")):
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_the_policy_forbids_inline_script_and_framing() -> None:
    directives = dict(d.split(" ", 1) for d in CONTENT_SECURITY_POLICY.split("; "))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert directives["frame-ancestors"] == "'none'"
    assert directives["default-src"] == "'none'"


def test_an_internal_error_is_answered_with_the_headers_too() -> None:
    response = client(Guard()).get("/boom")
    assert response.status_code == 500
    assert "boom" not in response.text
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "localhost"])
def test_loopback_host_names_are_answered(host: str) -> None:
    assert client(Guard()).get("/hello", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "10.0.0.5:8765", ""])
def test_other_host_names_are_refused_without_a_token(host: str) -> None:
    # a page that rebinds its own name to 127.0.0.1 still sends its own name as Host
    assert client(Guard()).get("/hello", headers={"host": host}).status_code == 400


def test_a_token_is_needed_on_every_request_when_set() -> None:
    guard = Guard(token=TOKEN)
    anyone = client(guard, "http://192.0.2.10:8765")
    assert anyone.get("/hello").status_code == 401
    assert anyone.get("/static/newsdesk.css").status_code == 401
    wrong = {"authorization": "Bearer nope"}
    assert anyone.get("/hello", headers=wrong).status_code == 401
    right = {"authorization": f"Bearer {TOKEN}"}
    assert anyone.get("/hello", headers=right).text == "hello"


def test_a_token_in_the_address_becomes_a_cookie_and_leaves_the_address() -> None:
    browser = client(Guard(token=TOKEN), "http://192.0.2.10:8765")
    response = browser.get(f"/hello?token={TOKEN}&q=x", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/hello?q=x"
    cookie = response.headers["set-cookie"]
    assert f"{TOKEN_COOKIE}={TOKEN}" in cookie
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert browser.get("/hello").text == "hello"  # the cookie is sent from now on


def test_a_wrong_token_in_the_address_is_refused() -> None:
    browser = client(Guard(token=TOKEN), "http://192.0.2.10:8765")
    assert browser.get("/hello?token=guess", follow_redirects=False).status_code == 401


def test_a_body_over_the_cap_is_refused_by_its_length() -> None:
    response = client(Guard(max_body=1000)).post("/echo", content=b"x" * 2000)
    assert response.status_code == 413


def test_a_streamed_body_over_the_cap_is_refused_while_it_streams() -> None:
    def chunks():  # no Content-Length: the cap must count what arrives
        for _ in range(10):
            yield b"x" * 500

    response = client(Guard(max_body=1000)).post("/echo", content=chunks())
    assert response.status_code == 413
    assert client(Guard(max_body=1000)).post("/echo", content=b"x" * 900).text == "900"


def test_a_form_needs_the_app_form_token_and_its_own_origin() -> None:
    guard = Guard()
    own = {"host": "127.0.0.1:8765", "origin": "http://127.0.0.1:8765"}
    assert check_form(guard, guard.form_token, own) is None
    assert check_form(guard, guard.form_token, {"host": "127.0.0.1:8765"}) is None
    assert check_form(guard, None, own) is not None
    assert check_form(guard, "forged", own) is not None
    other = {"host": "127.0.0.1:8765", "origin": "https://evil.example"}
    assert check_form(guard, guard.form_token, other) == "the form was sent from another site"
    cross = {"host": "127.0.0.1:8765", "sec-fetch-site": "cross-site"}
    assert check_form(guard, guard.form_token, cross) is not None


def test_each_app_has_its_own_form_token() -> None:
    assert Guard().form_token != Guard().form_token
