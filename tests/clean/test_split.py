from __future__ import annotations

import pytest

from newsdesk.clean.blocks import Block
from newsdesk.clean.split import split_leading_datelines

REST = "The talks on the harbour treaty ended without agreement late on Thursday, officials said."


def block(text: str) -> Block:
    return Block(text, 0, len(text), "p", True)


@pytest.mark.parametrize(
    "dateline",
    [
        "KESTRIA (Reuters) -",
        "KESTRIA, April 24 (Reuters) -",
        "NEW BROOKFIELD, Kestria, Jan. 17 (Reuters) -",
        "SANTA VARGA, Calif. (AP) --",
        "PORT ALDMOOR, Dec. 27 (UPI) --",
        "BROOKFIELD —",
        "BROOKFIELD, Kestria (dpa) –",
        "ST. ALDMOOR\u00a0(Reuters)\u00a0-",
        "Brookfield, April 24 (Kestria Wire) –",  # title case, as national agencies write
        "Port Aldmoor, Dec. 27 -",
        "KESTRIA, APRIL 24 (Reuters) -",  # a month in capitals, as some wires set it
        "Brookfield, Sept. 3 (Kestria Wire) -",
        "Brookfield (dpa) -",  # title case before a news agency's credit, as German wires write
        "Port Aldmoor (AFP) –",
    ],
)
def test_a_leading_dateline_becomes_a_block_of_its_own(dateline: str) -> None:
    parts = split_leading_datelines([block(f"{dateline} {REST}")])
    assert [p.text for p in parts] == [dateline, REST]


@pytest.mark.parametrize(
    "text",
    [
        REST,
        "NATO - the alliance - met on Thursday.",  # too short to be a lead after a dateline
        "KESTRIA (Reuters) - Talks ended.",
        "Brookfield (Kestria Wire) - " + REST,  # title case, no date, not a known news agency
        "Vasylenko (centre) - " + REST,
        "Brookfield - " + REST,
        "On April 24 - " + REST,  # a date, no place
        "Brookfield, Marchese 24 - " + REST,  # not a month: a name that starts like one
    ],
)
def test_a_paragraph_without_a_dateline_stays_whole(text: str) -> None:
    assert [p.text for p in split_leading_datelines([block(text)])] == [text]


def test_anchor_text_ranges_follow_the_split() -> None:
    text = f"KESTRIA (Reuters) - {REST}"
    start = text.index("harbour treaty")
    linked = Block(text, 0, len(text), "p", True, links=((start, start + len("harbour treaty")),))
    _, rest = split_leading_datelines([linked])
    assert [rest.text[s:e] for s, e in rest.links] == ["harbour treaty"]
