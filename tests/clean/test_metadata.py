from __future__ import annotations

import pytest

from newsdesk.clean.blocks import PageMetadata
from newsdesk.clean.metadata import decide_metadata, normalise_date, outlet_from_url
from newsdesk.model import Segment, SegmentLabel, SourceHints

L = SegmentLabel


def segment(text: str, label: SegmentLabel = L.STORY) -> Segment:
    return Segment(0, len(text), text, label, "test")


STORY = [
    segment("Harbour Bridge Closed", L.TITLE),
    segment("The council voted on Monday to close the bridge."),
]


def test_hints_beat_page_metadata_beat_the_text() -> None:
    page = PageMetadata(title="Page title", outlet="Page Outlet", published="2025-03-01")
    hints = SourceHints(title="Hint title", outlet="Hint Outlet", published="March 2, 2025")
    meta = decide_metadata(STORY, page, hints, "a.txt")
    assert (meta.title, meta.outlet, meta.published, meta.published_how) == (
        "Hint title", "Hint Outlet", "2025-03-02", "metadata",
    )  # fmt: skip
    meta = decide_metadata(STORY, page, SourceHints(), "a.txt")
    assert (meta.title, meta.outlet, meta.published) == ("Page title", "Page Outlet", "2025-03-01")
    meta = decide_metadata(STORY, PageMetadata(), SourceHints(), "a.txt")
    assert (meta.title, meta.outlet, meta.published, meta.published_how) == (
        "Harbour Bridge Closed", None, None, None,
    )  # fmt: skip


def test_outlet_from_the_pages_own_appeals_not_from_outlets_cited_in_the_story() -> None:
    segments = [
        segment("Support The Brookfield Herald!", L.APPEAL),
        segment("The Daily Planet reported that the bridge would close."),
        segment("A Message from The Brookfield Herald:", L.APPEAL),
        segment("Never miss the latest news from Brookfield. Preview", L.APPEAL),
    ]
    meta = decide_metadata(segments, PageMetadata(), SourceHints(), "a.txt")
    assert meta.outlet == "The Brookfield Herald"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source: Harbour Herald and news agencies", "Harbour Herald"),
        ("Sources: Harbour Herald with agencies", "Harbour Herald"),
        ("Source: Meridian Wire and Reuters", None),  # wires named, not the page compiling them
    ],
)
def test_a_page_compiled_from_the_wires_names_itself_in_its_source_line(
    line: str, outlet: str | None
) -> None:
    segments = [segment("The bridge will close on Monday."), segment(line, L.NAVIGATION)]
    assert decide_metadata(segments, PageMetadata(), SourceHints(), "a.txt").outlet == outlet


@pytest.mark.parametrize(
    ("source", "outlet"),
    [
        ("https://www.example-news.com/2025/03/bridge", "example-news.com"),
        ("http://news.example.org:8080/x", "news.example.org"),
        ("articles/bridge.txt", None),
    ],
)
def test_outlet_falls_back_to_the_domain_of_a_url(source: str, outlet: str | None) -> None:
    assert outlet_from_url(source) == outlet


@pytest.mark.parametrize(
    ("text", "label", "date", "how"),
    [
        ("BROOKFIELD, March 3, 2025 (Reuters) -", L.DATELINE, "2025-03-03", "dateline"),
        ("Published: 3 March 2025", L.DATELINE, "2025-03-03", "dateline"),
        ("BROOKFIELD, March 3 (Reuters) -", L.DATELINE, None, None),
        (
            "BROOKFIELD, March 3, 2025 (Reuters) - The council voted to close the bridge.",
            L.STORY, "2025-03-03", "dateline",
        ),
        ("03.04.2025 - The council voted to close the bridge.", L.STORY, "2025-04-03", "text"),
        ("On 03.04.2025 the council voted to close the bridge.", L.STORY, None, None),
        ("The 9/11 panel named the September 11, 2001 attackers.", L.STORY, None, None),
        ("The council voted on March 3 to close the bridge.", L.STORY, None, None),
    ],
)  # fmt: skip
def test_date_from_datelines_and_text_only_when_fully_stated(
    text: str, label: SegmentLabel, date: str | None, how: str | None
) -> None:
    meta = decide_metadata([segment(text, label)], PageMetadata(), SourceHints(), "a.txt")
    assert (meta.published, meta.published_how) == (date, how)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-04-24T10:00:00+02:00", "2025-04-24"),
        ("April 24, 2025", "2025-04-24"),
        ("24 April 2025", "2025-04-24"),
        ("24.04.2025", "2025-04-24"),
        ("04/24/2025", "2025-04-24"),
        ("05/04/2025", None),  # day and month could be swapped
        ("April 24", None),  # no year: never guessed
        ("next week", None),
    ],
)
def test_normalise_date(value: str, iso: str | None) -> None:
    assert normalise_date(value) == iso


@pytest.mark.parametrize(
    ("other", "date"),
    [
        ("Published Tuesday 4 March 2025 at 10:00.", "2025-03-03"),
        ("The bridge opened on 2 March 2025 after a week of repairs.", "2025-03-03"),
        ("The bridge was built in 12 June 1921 by a local firm.", None),  # too far to borrow from
        ("", None),  # no full date anywhere: the year is never guessed
    ],
)
def test_a_yearless_dateline_borrows_the_year_of_a_full_date_near_it(
    other: str, date: str | None
) -> None:
    segments = [
        segment("BROOKFIELD, March 3 (Harbour Wire) -", L.DATELINE),
        segment("The council voted to close the bridge."),
        segment(other),
    ]
    meta = decide_metadata(segments, PageMetadata(), SourceHints(), "a.txt")
    assert (meta.published, meta.published_how) == (date, "dateline" if date else None)


def test_a_borrowed_year_can_be_the_year_before() -> None:
    segments = [
        segment("BROOKFIELD, Dec. 30 (Harbour Wire) -", L.DATELINE),
        segment("The new fares apply from 2 January 2026, the council said."),
    ]
    meta = decide_metadata(segments, PageMetadata(), SourceHints(), "a.txt")
    assert meta.published == "2025-12-30"


@pytest.mark.parametrize(
    ("byline", "date"),
    [
        ("By Anna Varga | Published April 25, 2025, 9:14 am", "2025-04-25"),
        ("By Anna Varga, posted on Friday, 25 April 2025", "2025-04-25"),
        ("Updated April 26, 2025 | First published April 25, 2025", "2025-04-25"),
        ("By Anna Varga | Updated April 26, 2025", None),  # a later day, not the publication's
        ("By Anna Varga, who covered the April 25, 2025 vote", None),  # no word of publishing
    ],
)
def test_a_byline_stating_when_the_page_was_published_dates_it(
    byline: str, date: str | None
) -> None:
    segments = [segment(byline, L.BYLINE), *STORY]
    meta = decide_metadata(segments, PageMetadata(), SourceHints(), "a.txt")
    assert (meta.published, meta.published_how) == (date, "byline" if date else None)


def test_a_byline_date_beats_the_dateline_and_metadata_beats_both() -> None:
    segments = [
        segment("By Anna Varga | Published April 25, 2025", L.BYLINE),
        segment("BROOKFIELD, April 24, 2025 (Harbour Wire) -", L.DATELINE),
        *STORY,
    ]
    meta = decide_metadata(segments, PageMetadata(), SourceHints(), "a.txt")
    assert (meta.published, meta.published_how) == ("2025-04-25", "byline")
    meta = decide_metadata(segments, PageMetadata(published="2025-04-26"), SourceHints(), "a")
    assert (meta.published, meta.published_how) == ("2025-04-26", "metadata")


def test_a_dotted_date_with_spaces_dates_the_article() -> None:
    meta = decide_metadata(
        [segment("3. 4. 2025 10:15", L.DATELINE)], PageMetadata(), SourceHints(), "a"
    )
    assert (meta.published, meta.published_how) == ("2025-04-03", "dateline")


WRITTEN_FORMS = [
    "March 11, 2026",
    "Sept. 9th 2008",
    "11 March 2026",
    "11th of March, 2026",
    "MARCH 11,  2026",
    "12.3.2026",
    "12. 3. 2026",
    "29 February 2008",
]


@pytest.mark.parametrize("value", WRITTEN_FORMS)
def test_common_written_dates_are_read_as_dateparser_reads_them(value: str) -> None:
    from newsdesk.clean import metadata

    read_here = metadata._written_date(value)
    settings = metadata._date_settings(value)
    by_dateparser = metadata._dateparser().parse(value, settings=settings)
    assert read_here is not None and by_dateparser is not None
    assert read_here == by_dateparser.date().isoformat()


@pytest.mark.parametrize("value", ["30 February 2026", "31.4.2026", "March 11, 2026, 10:00"])
def test_impossible_or_longer_dates_are_left_to_dateparser(value: str) -> None:
    from newsdesk.clean import metadata

    assert metadata._written_date(value) is None


def test_a_byline_naming_a_publication_is_the_outlet() -> None:
    from newsdesk.clean.metadata import outlet_from_text
    from newsdesk.model import Segment, SegmentLabel

    byline = Segment(0, 19, "Varen Valley Herald", SegmentLabel.BYLINE, "byline line")
    person = Segment(0, 12, "By Anna Kell", SegmentLabel.BYLINE, "byline line")
    assert outlet_from_text([byline]) == "Varen Valley Herald"
    assert outlet_from_text([person]) is None
