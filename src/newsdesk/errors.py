"""The errors newsdesk raises.

Library code raises these; only the CLI turns them into messages and exit codes,
and only the web app into HTTP statuses. A normal drop of one article (a
duplicate, an empty page) is data, a `model.Rejection`, not an exception.

    NewsdeskError
    ├── ConfigError            settings file unreadable, unknown key, bad value
    ├── InputError             one input could not be read          (.source names it)
    │   ├── EmptyInputError        nothing in it
    │   ├── BinaryInputError       not text, HTML, JSON or a feed
    │   ├── TooLargeError          over the configured size cap
    │   ├── DecodeError            no text encoding fits
    │   ├── MalformedRecordError   a JSON / JSON lines record that cannot be used
    │   ├── UnsafeInputError       hostile content refused (XML entity bombs, ...)
    │   └── FetchError             a URL could not be fetched (unreachable, refused, too slow)
    │       ├── ForbiddenAddressError  private, loopback or link-local address
    │       └── HTTPStatusError        the server answered with an error status
    ├── StoreError             the store is missing, unreadable or refused a write
    ├── NotFoundError          no story, article, entity or choice of that name  (.choices)
    └── ModelMissingError      an NLP model package is not installed (says how to install it)
"""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base of every error newsdesk raises on purpose."""


class ConfigError(NewsdeskError):
    pass


class InputError(NewsdeskError):
    """An input could not be turned into a document."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class TooLargeError(InputError):
    pass


class DecodeError(InputError):
    pass


class MalformedRecordError(InputError):
    pass


class UnsafeInputError(InputError):
    pass


class FetchError(InputError):
    """A URL could not be fetched (unreachable, refused, timed out, too large)."""


class ForbiddenAddressError(FetchError):
    pass


class HTTPStatusError(FetchError):
    pass


class StoreError(NewsdeskError):
    pass


class NotFoundError(NewsdeskError):
    """Nothing of that name; `choices` lists valid ones when they are few enough to show."""

    def __init__(self, what: str, given: str, choices: tuple[str, ...] = ()) -> None:
        listed = f" (one of: {', '.join(choices)})" if choices else ""
        super().__init__(f"no {what} {given!r}{listed}")
        self.what = what
        self.given = given
        self.choices = choices


class ModelMissingError(NewsdeskError):
    pass
