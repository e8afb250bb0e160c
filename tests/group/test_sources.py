"""Independent sources: one origin per outlet, cited media, parties apart, unnamed sources."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdesk.group.sources import (
    OWN,
    REPORTED_BY,
    SAID_BY,
    UNKNOWN,
    Folding,
    Source,
    independent_origins,
    span_source,
)
from newsdesk.model import Attribution
from newsdesk.outlets import load_outlets

FOLDING = Folding(
    load_outlets(),
    lambda name: {"the kremlin": "Russia", "kremlin": "Russia"}.get(name.casefold()),
    {"continental ledger": "The Continental Ledger"},
)


def cue(origin: str, via: str | None = None, start: int = 0) -> Attribution:
    return Attribution("a1", 0, 100, f"cue naming {origin}", start, start + 5, origin, via)


def source(*cues: Attribution, outlet: str | None = "Northgate Observer") -> Source:
    return span_source(cues, 10, 50, outlet, "a1-article-id", FOLDING)


def test_a_sentence_without_a_cue_is_its_outlets_own_reporting() -> None:
    assert source() == Source("Northgate Observer", OWN)


def test_without_an_outlet_own_reporting_is_the_articles_own() -> None:
    assert source(outlet=None) == Source("own reporting (a1-article-i)", OWN)  # 12 characters


@pytest.mark.parametrize(
    ("origin", "name"),
    [
        ("AP", "Associated Press"),
        ("the Associated Press", "Associated Press"),
        ("BBC World Service", "BBC"),
        ("Continental Ledger", "The Continental Ledger"),  # spelled as the store's outlet
        ("Meridian Wire", "Meridian Wire"),  # unknown to the registry, but a medium's name
    ],
)
def test_a_cited_medium_is_the_origin_folded(origin: str, name: str) -> None:
    found = source(cue(origin))
    assert (found.name, found.kind) == (name, REPORTED_BY)


def test_a_chain_gives_the_cited_end() -> None:
    found = source(cue("Meridian Wire", via="The Continental Ledger"))
    assert found.name == "Meridian Wire"


def test_unnamed_sources_count_with_their_outlet() -> None:
    found = source(cue("anonymous sources", via="The Aldmoor Courier"))
    assert found.kind == UNKNOWN and found.name == "unnamed sources (The Aldmoor Courier)"
    assert found.counted_as == "The Aldmoor Courier"
    assert source(cue("anonymous sources")).counted_as == "Northgate Observer"


def test_a_party_speaking_for_itself_is_said_by_and_not_independent() -> None:
    found = source(cue("the Kremlin"))
    assert (found.name, found.kind) == ("Russia", SAID_BY)
    assert not found.independent


def test_the_outlet_naming_itself_is_its_own_reporting() -> None:
    found = source(cue("the Herald"), outlet="Varen Valley Herald")
    assert found == Source("Varen Valley Herald", OWN)


def test_a_named_medium_wins_over_a_party_in_one_sentence() -> None:
    found = source(cue("the Kremlin", start=0), cue("Reuters", start=30))
    assert found.name == "Reuters"


def test_independent_origins_count_each_outlet_once_and_leave_parties_out() -> None:
    sources = [
        Source("Northgate Observer", OWN),
        Source("Northgate Observer", OWN),
        Source("unnamed sources (Northgate Observer)", UNKNOWN, "Northgate Observer"),
        Source("Russia", SAID_BY, "Northgate Observer"),
        Source("Reuters", REPORTED_BY, "Northgate Observer"),
    ]
    assert independent_origins(sources) == ["Northgate Observer", "Reuters"]


def test_a_persons_own_staff_or_office_is_one_party_with_the_person() -> None:
    people = {"ilse morrow": "Ilse Morrow", "morrow": "Ilse Morrow"}
    folding = replace(FOLDING, canonical=lambda name: people.get(name.casefold()))

    def party(name: str) -> str:
        return span_source([cue(name)], 10, 50, "Northgate Observer", "a1", folding).name

    assert party("Ilse Morrow's Staff") == party("Morrow") == "Ilse Morrow"
    assert party("Ilse Morrow's Office") == "Ilse Morrow"
    # an owner the story does not know as anyone keeps the office's own name
    assert party("Tennessee Governor's Office") == "Tennessee Governor's Office"
