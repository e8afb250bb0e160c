"""Who copied whom: the original chosen by evidence, never by arrival order."""

from __future__ import annotations

import pytest

from newsdesk.group.provenance import Copy, credits_in, orient, original_of
from newsdesk.model import CopyLink

WIRE_TEXT = (
    "ALDMOOR, March 11 (Meridian Wire) - Delegations from Kestria and Orvenia sat down on "
    "Wednesday for their first direct talks. (Reporting by Lena Hartvig; Editing by Piet Morrow)"
)
PAPER_TEXT = WIRE_TEXT  # a verbatim republication keeps the credit
EDITED_TEXT = "Delegations from Kestria and Orvenia sat down on Wednesday for direct talks."


def copy(name: str, text: str, *, outlet: str | None, published: str | None, seen: int) -> Copy:
    return Copy(name, published, outlet, text, seen)


def test_the_earlier_published_article_is_the_original() -> None:
    late = copy("a", WIRE_TEXT, outlet="Meridian Wire", published="2026-03-12", seen=0)
    early = copy("b", PAPER_TEXT, outlet="Courier", published="2026-03-11", seen=1)
    assert original_of(late, early)[0] is early


def test_on_the_same_day_the_wire_its_text_credits_is_the_original() -> None:
    paper = copy("paper", PAPER_TEXT, outlet="The Aldmoor Courier", published="2026-03-11", seen=0)
    wire = copy("wire", WIRE_TEXT, outlet="Meridian Wire", published="2026-03-11", seen=1)
    original, why = original_of(paper, wire)
    assert original is wire and "credits" in why


def test_an_edited_copy_without_the_credit_loses_to_the_one_carrying_it() -> None:
    edited = copy("edited", EDITED_TEXT, outlet=None, published=None, seen=0)
    carrying = copy("carrying", WIRE_TEXT, outlet=None, published=None, seen=1)
    assert original_of(edited, carrying)[0] is carrying


def test_the_one_the_other_cites_is_the_original() -> None:
    citing = copy(
        "c", "As The Ledger wrote, the talks began.", outlet="Post", published=None, seen=0
    )
    cited = copy("l", "The talks began on Wednesday.", outlet="The Ledger", published=None, seen=1)
    assert original_of(citing, cited)[0] is cited


def test_without_other_evidence_the_fuller_text_then_the_first_seen() -> None:
    short = copy("s", "one two three", outlet=None, published=None, seen=0)
    full = copy("f", "one two three four five six", outlet=None, published=None, seen=1)
    assert original_of(short, full)[0] is full
    same = copy("t", "one two three", outlet=None, published=None, seen=2)
    assert original_of(same, short)[0] is short


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        (WIRE_TEXT, {"Meridian Wire"}),
        ("KYIV, April 25 (Reuters) - Text.", {"Reuters"}),
        ("By Lena Hartvig and Samir Odu, Meridian Wire\nText.", {"Meridian Wire"}),
        (EDITED_TEXT, set()),
    ],
)
def test_credits_are_read_from_datelines_and_bylines(text: str, credits: set[str]) -> None:
    assert credits_in(text) == credits


def test_a_republication_seen_first_points_to_the_wire_and_so_does_the_edited_copy() -> None:
    copies = {
        "paper": copy("paper", PAPER_TEXT, outlet="Courier", published="2026-03-11", seen=0),
        "edited": copy("edited", EDITED_TEXT, outlet="Herald", published="2026-03-11", seen=1),
        "wire": copy("wire", WIRE_TEXT, outlet="Meridian Wire", published="2026-03-11", seen=2),
    }
    arrived = [
        CopyLink("edited", "paper", "duplicate", 0.9),  # the index saw the paper first
        CopyLink("wire", "paper", "duplicate", 1.0),
    ]
    assert orient(arrived, copies) == [
        CopyLink("edited", "wire", "duplicate", 0.9),
        CopyLink("paper", "wire", "duplicate", 1.0),
    ]


def test_a_copy_only_ever_linked_as_a_source_points_to_the_wire_too() -> None:
    copies = {
        "edited": copy("edited", EDITED_TEXT, outlet="Herald", published="2026-03-11", seen=0),
        "paper": copy("paper", PAPER_TEXT, outlet="Courier", published="2026-03-11", seen=1),
        "wire": copy("wire", WIRE_TEXT, outlet="Meridian Wire", published="2026-03-11", seen=2),
    }
    arrived = [
        CopyLink("paper", "edited", "duplicate", 0.9),  # the edited copy came first
        CopyLink("wire", "paper", "duplicate", 1.0),  # the wire matched the paper best
    ]
    assert orient(arrived, copies) == [
        CopyLink("edited", "wire", "duplicate", 0.9),
        CopyLink("paper", "wire", "duplicate", 1.0),
    ]


def test_a_reuse_link_is_turned_when_the_evidence_says_so() -> None:
    copies = {
        "wire": copy("wire", WIRE_TEXT, outlet="Meridian Wire", published="2026-03-11", seen=1),
        "ledger": copy("ledger", EDITED_TEXT, outlet="Ledger", published="2026-03-12", seen=0),
    }
    assert orient([CopyLink("wire", "ledger", "reuse", 0.3)], copies) == [
        CopyLink("ledger", "wire", "reuse", 0.3)
    ]
