"""The outlet registry: which publication a name, a byline or a web host stands for.

Honest counts need one name per outlet: "AP", "The Associated Press" and apnews.com are one
outlet, and "BBC World Service" is counted with the BBC. The registry also says what kind of
outlet it is (a wire, a public broadcaster, a state-controlled outlet, a private one, an
aggregator), which the coverage shows beside its reports.

The team's table lives in `data/outlets.toml` (sources named there); users extend it with a
TOML file of the same shape (`load_outlets(extra)`; setting [outlets] registry), whose
entries win over ours of the same name.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsdesk.errors import ConfigError

KINDS = frozenset({"agency", "paper", "web", "broadcaster", "magazine"})
TYPES = frozenset({"wire", "public_broadcaster", "state_controlled", "private", "aggregator"})
_FIELDS = frozenset({"kind", "type", "country", "variants", "hosts", "group"})
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Outlet:
    """One publication as the registry knows it."""

    name: str  # the name counted
    kind: str  # agency | paper | web | broadcaster | magazine
    type: str  # wire | public_broadcaster | state_controlled | private | aggregator
    country: str | None = None
    variants: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    group: str | None = None  # the outlet it is counted with

    @property
    def counted_as(self) -> str:
        return self.group or self.name


class OutletRegistry:
    """Outlets by every spelling and host; lookups ignore case and a leading "The"."""

    def __init__(self, outlets: Mapping[str, Outlet]) -> None:
        self._outlets = dict(outlets)
        self._by_name: dict[str, Outlet] = {}
        self._by_host: dict[str, Outlet] = {}
        for outlet in self._outlets.values():
            for spelling in (outlet.name, *outlet.variants):
                self._by_name.setdefault(_name_key(spelling), outlet)
            for host in outlet.hosts:
                self._by_host.setdefault(host.casefold().removeprefix("www."), outlet)

    def __iter__(self) -> Iterator[Outlet]:
        return iter(self._outlets.values())

    def __len__(self) -> int:
        return len(self._outlets)

    def find(self, name: str) -> Outlet | None:
        """The outlet a name or variant stands for ("AP", "the Associated Press")."""
        return self._by_name.get(_name_key(name))

    def by_host(self, host: str) -> Outlet | None:
        """The outlet publishing on a host or any subdomain of one of its hosts."""
        parts = host.casefold().removeprefix("www.").split(".")
        for start in range(len(parts) - 1):
            found = self._by_host.get(".".join(parts[start:]))
            if found is not None:
                return found
        return None

    def by_url(self, url: str) -> Outlet | None:
        host = urlsplit(url).hostname if "://" in url else None
        return self.by_host(host) if host else None

    def spellings(self) -> dict[str, str]:
        """Every name and variant -> the outlet's kind (what attribution cues look names up in)."""
        return {s: o.kind for o in self for s in (o.name, *o.variants)}

    def canonical(self, name: str) -> str:
        """The registry's name for a spelling, or the spelling itself when unknown."""
        found = self.find(name)
        return found.name if found else name

    def counted_as(self, name: str) -> str:
        """The name one independent origin is counted under: canonical, then its group."""
        found = self.find(name)
        return found.counted_as if found else name

    def type_of(self, name: str) -> str | None:
        found = self.find(name)
        return found.type if found else None


def _name_key(name: str) -> str:
    return " ".join(_LEADING_THE.sub("", name.strip()).casefold().split())


def load_outlets(extra: str | None = None) -> OutletRegistry:
    """The team's registry, extended by a user's TOML file (its entries win)."""
    return _load(extra or None)


@lru_cache(maxsize=8)
def _load(extra: str | None) -> OutletRegistry:
    shipped = resources.files("newsdesk").joinpath("data", "outlets.toml").read_text("utf-8")
    outlets = _parse(tomllib.loads(shipped), "data/outlets.toml")
    if extra is not None:
        outlets = {**outlets, **_parse(_read(Path(extra)), extra)}
    return OutletRegistry(outlets)


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read outlet registry ({exc})") from exc


def _parse(data: dict[str, Any], origin: str) -> dict[str, Outlet]:
    unknown = set(data) - {"outlets"}
    if unknown:
        raise ConfigError(f"{origin}: unknown table(s) {sorted(unknown)} (only [outlets.NAME])")
    return {name: _outlet(name, entry, origin) for name, entry in data.get("outlets", {}).items()}


def _outlet(name: str, entry: dict[str, Any], origin: str) -> Outlet:
    unknown = set(entry) - _FIELDS
    if unknown:
        raise ConfigError(f"{origin}: outlet {name!r}: unknown field(s) {sorted(unknown)}")
    kind, kind_of = entry.get("kind", "paper"), entry.get("type", "private")
    if kind not in KINDS or kind_of not in TYPES:
        raise ConfigError(
            f"{origin}: outlet {name!r}: kind must be one of {sorted(KINDS)} and type one of"
            f" {sorted(TYPES)}"
        )
    return Outlet(
        name,
        kind,
        kind_of,
        entry.get("country"),
        tuple(entry.get("variants", ())),
        tuple(entry.get("hosts", ())),
        entry.get("group"),
    )
