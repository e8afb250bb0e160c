"""Copy detection on invented texts: exact copies, near-duplicates, reuse, and non-copies."""

from __future__ import annotations

import json

import pytest

from newsdesk.group.copies import (
    CopyIndex,
    CopySettings,
    duplicate_of,
    normalised_words,
    signature,
)
from newsdesk.model import CopyLink

HARBOUR = (
    "Harbour officials in the small coastal town of Brackwell confirmed on Tuesday that the "
    "old stone pier will close for repairs after storms damaged its foundations last winter. "
    "Engineers found deep cracks beneath the waterline and warned that boats should keep clear "
    "until the work is finished. The town council approved a budget of two million pounds for "
    "the project, which is expected to last eighteen months and employ local builders. "
    "Fishermen who rely on the pier said they would move their boats to a neighbouring village "
    "while the repairs continue through the spring and summer."
)
ORCHARD = (
    "A community orchard planted by volunteers on the edge of Millford produced its first "
    "harvest this autumn, with more than forty varieties of apples and pears picked by local "
    "schoolchildren. The organisers said the fruit would be pressed into juice and sold at the "
    "weekly market to pay for new trees. Several families who joined the planting five years "
    "ago returned to help, and the parish council promised to extend the footpath that leads "
    "to the orchard gate before next year's season begins in earnest."
)
LIBRARY = (
    "The county library service announced that its mobile book van will visit twelve more "
    "villages from next month, after a survey showed that older residents struggle to reach "
    "the main branches. Staff will also offer help with online forms and video calls to "
    "relatives during each stop. Funding comes from a charitable trust that supports rural "
    "services, and the van will run on electricity from a depot charger installed in March."
)


def kinds(links: list[CopyLink]) -> list[tuple[str, str]]:
    return [(link.source_id, link.kind) for link in links]


@pytest.fixture
def index() -> CopyIndex:
    built = CopyIndex()
    for article_id, text in (("harbour", HARBOUR), ("orchard", ORCHARD), ("library", LIBRARY)):
        assert built.add(article_id, text) == []
    return built


def test_normalisation_irons_out_case_quotes_punctuation_and_spacing() -> None:
    assert normalised_words("  Don’t  STOP, “now”!") == normalised_words('don\'t stop "now"')


@pytest.mark.parametrize(
    "copy",
    [
        HARBOUR,
        HARBOUR.upper(),
        HARBOUR.replace(" ", "   ").replace(",", " ,"),
    ],
)
def test_exact_copy_is_a_duplicate_with_full_share(index: CopyIndex, copy: str) -> None:
    assert index.add("copy", copy) == [CopyLink("copy", "harbour", "duplicate", 1.0)]


@pytest.mark.parametrize(
    "edited",
    [
        "Pier to close for repairs. " + HARBOUR,  # a title added
        HARBOUR.rsplit(" Fishermen", 1)[0],  # the last sentence dropped
        HARBOUR + " Subscribe to our newsletter for more local news every morning.",
        HARBOUR.replace("Tuesday", "Wednesday").replace("deep", "wide").replace("two", "three"),
        HARBOUR.replace("confirmed", "confrimed").replace("foundations", "foundatoins"),
    ],
)
def test_light_edits_are_duplicates_of_the_original(index: CopyIndex, edited: str) -> None:
    links = index.add("edited", edited)
    assert kinds(links) == [("harbour", "duplicate")]
    assert 0.75 <= links[0].share <= 1.0


def test_pasted_paragraph_is_reuse_with_its_share(index: CopyIndex) -> None:
    pasted = HARBOUR.split(". ")[0] + ". " + HARBOUR.split(". ")[1] + "."
    text = "Other news from the region. " + pasted + " " + ORCHARD.replace("Millford", "Dunmore")
    links = index.add("mixed", text)
    reuse = [link for link in links if link.source_id == "harbour"]
    assert [link.kind for link in reuse] == ["reuse"]
    expected = len(normalised_words(pasted)) / len(normalised_words(text))
    assert reuse[0].share == pytest.approx(expected, abs=0.03)
    assert "library" not in {link.source_id for link in links}


def test_unrelated_and_same_topic_articles_are_not_copies(index: CopyIndex) -> None:
    other_take = (
        "Boats will have to find another mooring: Brackwell's pier shuts for a year and a half "
        "while builders fix storm damage, the council said, at a cost of about two million. "
        "Local fishing crews told reporters they were worried about the longer trip each day."
    )
    assert index.add("other-take", other_take) == []


def test_a_shared_quote_is_not_reuse_but_the_same_words_unquoted_are(index: CopyIndex) -> None:
    quote = (
        '"We cannot let the pier fall into the sea, because this whole town was built around '
        'it and every family here has a story about it," the mayor said.'
    )
    first = "The mayor spoke at a packed meeting in the town hall on Monday night. " + quote
    second = quote + " Residents then asked questions about parking and the new bus timetable."
    assert index.add("first", first) == []
    assert index.add("second", second) == []
    prose = quote.replace('"', "") + " The weather stayed dry for the rest of the week."
    assert kinds(index.add("prose", prose)) == [("first", "reuse")]


def test_the_earliest_article_is_the_source_when_several_match(index: CopyIndex) -> None:
    index.add("copy-1", HARBOUR + " Updated at noon.")
    links = index.add("copy-2", HARBOUR + " Updated in the evening.")
    assert kinds(links) == [("harbour", "duplicate")]
    assert duplicate_of(links) == "harbour"


def test_duplicate_of_ignores_reuse_links() -> None:
    links = [CopyLink("x", "a", "reuse", 0.3), CopyLink("x", "b", "duplicate", 0.9)]
    assert duplicate_of(links) == "b"
    assert duplicate_of([CopyLink("x", "a", "reuse", 0.3)]) is None
    assert duplicate_of([]) is None


def test_an_article_added_twice_gives_no_links(index: CopyIndex) -> None:
    assert index.add("harbour", HARBOUR) == []
    assert len(index) == 3


def test_empty_texts_are_not_copies_of_each_other() -> None:
    index = CopyIndex()
    assert index.add("a", "  ...  ") == []
    assert index.add("b", "") == []


def test_state_round_trips_through_json_and_keeps_finding_copies(index: CopyIndex) -> None:
    index.add("copy", HARBOUR.lower())
    state = json.loads(json.dumps(index.state()))
    rebuilt = CopyIndex.from_state(state)
    assert len(rebuilt) == 4 and "copy" in rebuilt
    links = rebuilt.add("edited", HARBOUR.replace("Tuesday", "Friday"))
    assert kinds(links) == [("harbour", "duplicate")]


def test_rebuilt_index_answers_like_the_original(index: CopyIndex) -> None:
    rebuilt = CopyIndex.from_state(json.loads(json.dumps(index.state())))
    probe = "Breaking. " + HARBOUR.split(". ")[1] + ". " + ORCHARD
    assert rebuilt.add("probe", probe) == index.add("probe", probe)


def test_signatures_are_deterministic_and_replace_the_text(index: CopyIndex) -> None:
    assert signature(HARBOUR) == signature(HARBOUR)
    links = index.add_signature("sig", signature(HARBOUR + " Corrected."))
    assert kinds(links) == [("harbour", "duplicate")]


def test_a_signature_from_other_settings_is_refused() -> None:
    other = CopySettings(shingle_words=6)
    with pytest.raises(ValueError, match="other copy settings"):
        CopyIndex().add_signature("x", signature(HARBOUR, other))


FOOTER = (
    " This story was produced by the regional news desk and may be shared freely by member "
    "papers with credit, under the cooperative licence agreed by all of the members last year."
)
BAKERY = "A new bakery opened on the high street with a queue around the corner."


@pytest.mark.parametrize(("cap", "expected"), [(50, ["reuse"]), (3, [])])
def test_a_footer_in_many_articles_is_capped_and_stops_counting_as_reuse(
    cap: int, expected: list[str]
) -> None:
    index = CopyIndex(CopySettings(max_postings=cap))
    for n, body in enumerate((HARBOUR, ORCHARD, LIBRARY, HARBOUR[:300])):
        index.add(f"b{n}", body + FOOTER)
    assert [link.kind for link in index.add("bakery", BAKERY + FOOTER)] == expected
