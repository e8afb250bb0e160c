"""The outlet registry: spellings, hosts, groups, types, and a user's extension."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.errors import ConfigError
from newsdesk.outlets import KINDS, TYPES, load_outlets


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("AP", "Associated Press"),
        ("the Associated Press", "Associated Press"),
        ("THE GUARDIAN", "The Guardian"),
        ("Guardian", "The Guardian"),
        ("Bloomberg News", "Bloomberg"),
        ("RFE/RL", "Radio Free Europe/Radio Liberty"),
    ],
)
def test_every_spelling_finds_its_outlet(spelling: str, name: str) -> None:
    found = load_outlets().find(spelling)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.bbc.co.uk/news/world-europe-1", "BBC"),
        ("https://edition.cnn.com/2025/04/24/europe/x", "CNN"),
        ("https://apnews.com/article/abc", "Associated Press"),
        ("https://www.themoscowtimes.com/2025/04/24/a", "The Moscow Times"),
    ],
)
def test_a_host_or_its_subdomain_finds_the_outlet(url: str, name: str) -> None:
    found = load_outlets().by_url(url)
    assert found is not None and found.name == name


def test_unknown_hosts_and_names_find_nothing() -> None:
    registry = load_outlets()
    assert registry.by_url("https://example.org/news") is None
    assert registry.find("Varen Valley Herald") is None
    assert registry.counted_as("Varen Valley Herald") == "Varen Valley Herald"


def test_a_member_is_counted_with_its_group() -> None:
    registry = load_outlets()
    assert registry.counted_as("BBC World Service") == "BBC"
    assert registry.counted_as("Bloomberg Businessweek") == "Bloomberg"


def test_every_shipped_entry_has_a_known_kind_and_type() -> None:
    outlets = list(load_outlets())
    assert len(outlets) > 100
    assert all(o.kind in KINDS and o.type in TYPES for o in outlets)
    names = {o.name for o in outlets}
    assert all(o.group is None or o.group in names for o in outlets)


def test_a_users_file_adds_and_replaces_entries(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[outlets."Meridian Wire"]\nkind = "agency"\ntype = "wire"\nvariants = ["MW"]\n'
        '[outlets."Reuters"]\nkind = "agency"\ntype = "private"\n'
    )
    registry = load_outlets(str(extra))
    assert registry.find("MW") is not None and registry.type_of("Meridian Wire") == "wire"
    assert registry.type_of("Reuters") == "private"
    assert registry.find("AP") is not None  # ours are still there


def test_a_broken_users_file_is_a_clear_error(tmp_path: Path) -> None:
    extra = tmp_path / "bad.toml"
    extra.write_text('[outlets."X"]\nkind = "blog"\n')
    with pytest.raises(ConfigError, match="kind must be one of"):
        load_outlets(str(extra))
