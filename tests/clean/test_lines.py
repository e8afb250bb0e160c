"""Plain text: which lines of a scraped page are the article (clean.lines)."""

from __future__ import annotations

from newsdesk.clean.blocks import Block
from newsdesk.clean.lines import (
    LineKind,
    line_kind,
    line_shapes,
    main_text_flags,
    mark_main_lines,
    table_rows,
    teaser_lines,
)
from newsdesk.clean.offtopic import content_terms

MENU = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Weather", "Log in"]
ARTICLE = [
    "The council of Brookfield voted on Monday to close the old harbour bridge after engineers "
    "found deep cracks in the steel supports of its eastern span.",
    "Mayor Elena Varga said the harbour bridge would stay closed until the council approves "
    "repairs, which engineers expect to take at least six months.",
    "Commuters will be sent to the northern ring road, where the council plans extra buses "
    "while the bridge is closed for the repairs.",
    "Engineers said the steel supports of the bridge had corroded faster than expected because "
    "of salt spray from the harbour.",
]
FOOTER = ["About us", "Contact", "Privacy", "Terms of use", "© 2026 Brookfield Herald"]
# Other stories' headlines and summaries, each about something else.
TEASERS = [
    "Orchestra opens its winter season",
    "The city orchestra played to a full house at the concert hall with a programme of "
    "Russian symphonies and a new violin concerto.",
    "Farmers warn of a poor apple harvest",
    "Growers across the valley say late frost destroyed most blossoms in April, and prices "
    "of cider apples are expected to double this autumn.",
    "School cafeterias switch to local bread",
    "Twelve primary schools now buy their loaves from two family bakeries, the education "
    "office said, ending a contract with a national supplier.",
]


def flags_of(lines: list[str]) -> dict[str, bool]:
    return dict(zip(lines, main_text_flags(lines), strict=True))


def test_the_article_between_a_menu_and_a_footer_is_the_main_text() -> None:
    flags = flags_of([*MENU, *ARTICLE, *FOOTER])
    assert all(flags[line] for line in ARTICLE)
    assert not any(flags[line] for line in MENU + FOOTER)


def test_a_clean_article_keeps_every_paragraph() -> None:
    assert all(main_text_flags(ARTICLE))


def test_teasers_after_a_related_heading_are_not_the_article() -> None:
    flags = flags_of([*MENU, *ARTICLE, "Related stories", *TEASERS, *FOOTER])
    assert all(flags[line] for line in ARTICLE)
    assert not any(flags[line] for line in TEASERS)


def test_a_teaser_list_counts_for_little_even_when_it_is_longer() -> None:
    lines = [*MENU, *ARTICLE[:2], "Share", "Print", "Email", *TEASERS, *TEASERS[:4]]
    flags = main_text_flags(lines)
    assert all(flags[len(MENU) : len(MENU) + 2])
    assert not any(flags[len(MENU) + 5 :])


def test_headline_and_summary_pairs_about_other_things_are_teasers() -> None:
    shapes = line_shapes(TEASERS)
    kinds = [line_kind(shape) for shape in shapes]
    assert teaser_lines(shapes, kinds, [content_terms(t) for t in TEASERS]) == set(range(6))


def test_sub_headings_over_paragraphs_of_one_story_are_not_teasers() -> None:
    lines = [
        "Cracks in the eastern span",
        ARTICLE[0],
        "Repairs to the harbour bridge",
        ARTICLE[1],
        "Buses while the bridge is closed",
        ARTICLE[2],
    ]
    shapes = line_shapes(lines)
    kinds = [line_kind(shape) for shape in shapes]
    assert teaser_lines(shapes, kinds, [content_terms(t) for t in lines]) == set()


def test_readers_comments_after_a_comments_heading_are_not_the_article() -> None:
    comments = [
        "Comments (2)",
        "I drive over that bridge every day and the council knew about the cracks for years.",
        "Posted by: harbourfan | March 3, 2026 10:41 AM",
        "The repairs should have started last summer, the bridge has been rusting for a decade.",
        "Posted by: ann_b | March 3, 2026 11:02 AM",
    ]
    flags = flags_of([*MENU, *ARTICLE, *comments, *FOOTER])
    assert all(flags[line] for line in ARTICLE)
    assert not any(flags[line] for line in comments)


def test_a_results_table_right_after_the_article_is_kept() -> None:
    table = [
        "Final standings",
        "1. Brookfield Rowing Club\t12:41",
        "2. Harbour Oars\t12:58",
        "3. Varen Valley Eights\t13:05",
    ]
    flags = flags_of([*MENU, *ARTICLE, *table, *FOOTER])
    assert all(flags[line] for line in table)
    assert not any(flags[line] for line in FOOTER)


def test_headlines_after_an_appeal_closing_the_article_are_teasers_not_its_list() -> None:
    appeal = "We have covered Brookfield since 1990. Help us keep doing it: become a member today."
    teasers = [
        "Harbour bridge latest: engineers find more cracks",
        "Explainer: who pays for bridge repairs?",
    ]
    flags = flags_of([*MENU, *ARTICLE, appeal, *teasers])
    assert all(flags[line] for line in ARTICLE)
    assert not any(flags[line] for line in teasers)


def test_a_paragraph_past_a_photo_credit_that_goes_on_with_the_story_is_kept() -> None:
    credit = ["Photo: Harbour Press Agency", "The bridge at dawn", "Advertisement"]
    flags = flags_of([*MENU, *ARTICLE[:3], *credit, ARTICLE[3], *FOOTER])
    assert all(flags[line] for line in ARTICLE)


def test_lines_repeated_on_the_page_are_menu_like() -> None:
    shapes = line_shapes(["Share this story", ARTICLE[0], "Share this story"])
    assert line_kind(shapes[0]) is LineKind.MENU
    assert line_kind(shapes[1]) is LineKind.RUNNING


def test_lines_with_the_same_cells_in_a_row_are_a_table() -> None:
    rows = ["Name\tSeats", "Greens\t12", "Liberals\t9", "A line without cells"]
    assert table_rows(rows) == {0, 1, 2}


def test_mark_main_lines_sets_the_flag_and_keeps_offsets() -> None:
    lines = [*MENU, *ARTICLE]
    blocks = [Block(text, 10 * i, 10 * i + len(text), "line") for i, text in enumerate(lines)]
    marked = mark_main_lines(blocks)
    assert [block.in_main for block in marked] == [False] * len(MENU) + [True] * len(ARTICLE)
    assert [(b.start, b.end, b.text) for b in marked] == [(b.start, b.end, b.text) for b in blocks]
