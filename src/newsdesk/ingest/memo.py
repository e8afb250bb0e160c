"""What a watch remembers between two polls, so each poll costs only what changed.

- `validators`: the ETag and Last-Modified each polled URL (a feed, a page) answered with.
  The next poll sends them back (If-None-Match, If-Modified-Since); a server with nothing
  new answers 304 and nothing is downloaded.
- `known`: the addresses of pages already stored. A feed entry linking to one is not fetched
  again (its content is stored; a changed page at the same address is a new poll's concern
  only when the feed says so by a new link).

The caller keeps the validators between runs (the pipeline stores them in the store).
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

import httpx


@dataclass(slots=True)
class FetchMemo:
    validators: dict[str, dict[str, str]] = field(default_factory=dict)  # url -> header: value
    known: Container[str] = frozenset()

    def conditional_headers(self, url: str) -> dict[str, str]:
        """The headers asking `url` only for what changed since its last answer."""
        remembered = self.validators.get(url, {})
        headers = {}
        if "etag" in remembered:
            headers["If-None-Match"] = remembered["etag"]
        if "last-modified" in remembered:
            headers["If-Modified-Since"] = remembered["last-modified"]
        return headers

    def remember(self, url: str, response: httpx.Response) -> None:
        """Keep the validators of a full answer (a 200); an answer without any forgets them."""
        found = {
            name: response.headers[name]
            for name in ("etag", "last-modified")
            if response.headers.get(name)
        }
        if found:
            self.validators[url] = found
        else:
            self.validators.pop(url, None)
