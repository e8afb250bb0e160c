"""Quotes on the sample corpus against the truth of its MANIFEST.json (the fictional story).

Each quote the truth lists, in each file it lists, must be found as one quote (a split quote
is one quote in pieces) with its speaker, however the article spells the name. The wrong
readings issue 12 reported must not come back.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from tests.quality.sample_articles import TRUTH, Sample, sample, samples

from newsdesk.extract.quotes import find_quotes
from newsdesk.model import Quote

pytestmark = pytest.mark.quality

VARIANTS = {e["name"]: {v.split()[-1] for v in e["variants"]} for e in TRUTH["entities"]}
VARIANTS["Pavel Vrana"] |= {"Crow"}


@cache
def quotes_of(name: str) -> tuple[Quote, ...]:
    found: Sample = sample(name)
    return find_quotes(found.article.id, found.parsed, found.referents)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


_ATTRIBUTION = re.compile(r"^\w+ (?:added|said|says|told)\s+")  # the truth's "She added that ..."


def _holds(quote: Quote, expected: str) -> bool:
    """The quote holds the expected words (the truth writes a split quote's gap as '...',
    and may open with the attribution, which a quote's text never holds)."""
    expected = _ATTRIBUTION.sub("", expected)
    found = " ".join(_words(quote.text))
    return all(" ".join(_words(part)) in found for part in expected.split("...") if part.strip())


def _spoken_by(quote: Quote, speaker: str) -> bool:
    names = VARIANTS.get(speaker, {speaker.split()[-1]})
    return quote.speaker_name is not None and quote.speaker_name.split()[-1] in names


CASES = [(q["speaker"], q["text"], f) for q in TRUTH["quotes"] for f in q["files"]]


@pytest.mark.parametrize(("speaker", "text", "name"), CASES)
def test_every_true_quote_is_one_quote_with_its_speaker(speaker: str, text: str, name: str) -> None:
    found = [q for q in quotes_of(name) if _holds(q, text)]
    assert found, f"no quote holds {text!r} in {name}"
    assert any(_spoken_by(q, speaker) for q in found), [(q.speaker_name, q.text) for q in found]


def test_one_side_blaming_the_other_is_not_the_others_quote() -> None:
    """ "Kestria blamed Orvenian artillery; Orvenia said its forces had fired only at ...":
    Orvenia's words are its own, and Kestria's blame is not given to Orvenia."""
    quotes = quotes_of("corpus/01_meridian_wire_talks_open.txt")
    assert not [q for q in quotes if "Kestria blamed" in q.text]
    own = [q for q in quotes if q.text.startswith("its forces had fired")]
    assert own and own[0].speaker_name == "Orvenia"


def test_no_quote_cites_a_source_or_holds_its_own_attribution() -> None:
    for found in samples():
        text = found.article.text
        for quote in quotes_of(found.name):
            assert quote.cue != "citing", quote
            pieces = quote.pieces or ((quote.start, quote.end),)
            assert quote.text == " … ".join(text[s:e] for s, e in pieces)
            for start, end in pieces:
                for span in (
                    (quote.cue_start, quote.cue_end),
                    (quote.speaker_start, quote.speaker_end),
                ):
                    if span[0] is not None and span[1] is not None:
                        assert not (start < span[1] and span[0] < end), quote


def test_every_speaker_is_someone_who_can_speak() -> None:
    """A person, an organisation, a state or an outlet: never a place or a thing."""
    places = {"Brodnitsa", "Varen valley", "Varen", "Aldmoor"}
    for found in samples():
        for quote in quotes_of(found.name):
            assert quote.speaker_name not in places, quote
