from newsdesk.model import (
    Article,
    InputKind,
    OffsetPiece,
    RawDocument,
    Segment,
    SegmentLabel,
    content_id,
)


def test_content_id_is_stable_and_content_derived() -> None:
    assert content_id(b"abc") == content_id(b"abc")
    assert content_id(b"abc") != content_id(b"abd")
    raw = RawDocument("a.txt", b"x", "x", "utf-8", InputKind.TEXT)
    assert raw.id == content_id(b"x")


def test_only_story_and_subheadings_are_kept() -> None:
    assert SegmentLabel.STORY.kept and SegmentLabel.SUBHEADING.kept
    assert not any(
        label.kept
        for label in SegmentLabel
        if label not in {SegmentLabel.STORY, SegmentLabel.SUBHEADING}
    )


def _article(offsets: tuple[OffsetPiece, ...]) -> Article:
    segments = (
        Segment(0, 5, "Hello", SegmentLabel.STORY, "story"),
        Segment(6, 9, "Ads", SegmentLabel.ADVERTISEMENT, "ad"),
    )
    return Article(
        "id", "src", InputKind.TEXT, None, None, None, None, None, "Hello", segments, offsets
    )


def test_raw_range_maps_verbatim_pieces_exactly() -> None:
    article = _article((OffsetPiece(0, 5, 10, 15),))
    assert article.raw_range(1, 4) == (11, 14)
    assert article.raw_range(0, 5) == (10, 15)


def test_raw_range_of_a_rewritten_piece_covers_the_whole_piece() -> None:
    article = _article((OffsetPiece(0, 5, 10, 19),))  # e.g. "&amp;" decoded
    assert article.raw_range(0, 5) == (10, 19)


def test_removed_lists_only_dropped_segments() -> None:
    article = _article((OffsetPiece(0, 5, 0, 5),))
    assert [s.label for s in article.removed] == [SegmentLabel.ADVERTISEMENT]
