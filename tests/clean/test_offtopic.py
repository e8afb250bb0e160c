from __future__ import annotations

from newsdesk.clean.offtopic import find_offtopic

THRESHOLD = 0.08

ARTICLE = [
    "The city council of Brookfield voted on Monday to close the old harbour bridge after "
    "engineers found deep cracks in its steel supports during a routine inspection.",
    "Mayor Elena Varga said the harbour bridge would stay closed until the council approves "
    "funds for repairs, which engineers estimate at twelve million dollars.",
    "Commuters who cross the bridge each morning will be sent to the northern ring road, where "
    "the council plans extra buses and longer green lights.",
    "Repairs",
    "Engineers told the council that the steel supports had corroded faster than expected "
    "because of salt spray from the harbour and heavier trucks.",
    "Varga said the council would ask the regional government to share the cost of the bridge.",
    "The bridge was last repaired in 1998, when Brookfield replaced its deck and railings.",
]
TEASERS = [
    "SPACE RACE: A private company launched its third lunar lander from a desert pad on "
    "Saturday, hoping to become the first to land near the south pole of the moon after two "
    "earlier attempts ended when the landers tipped over on arrival and the",
    "Farmers in the southern valleys expect the smallest olive harvest in two decades after a "
    "dry spring and a late frost damaged the blossoms across thousands of hectares of groves, "
    "and cooperatives warn that prices for oil will rise sharply before",
]


def test_appended_teasers_are_found_and_the_article_stays() -> None:
    found = find_offtopic(ARTICLE + TEASERS, THRESHOLD)
    assert sorted(found) == [len(ARTICLE), len(ARTICLE) + 1]
    assert "teaser shape" in found[len(ARTICLE)]
    assert "cut off mid-sentence" in found[len(ARTICLE) + 1]


def test_an_article_alone_loses_nothing() -> None:
    assert find_offtopic(ARTICLE, THRESHOLD) == {}


def test_a_related_closing_paragraph_before_the_run_stays() -> None:
    closing = (
        "Also on Monday, Brookfield police said a truck had struck a lamp post near the harbour, "
        "the third such accident on the northern ring road this year, officials said."
    )
    found = find_offtopic([*ARTICLE, closing, *TEASERS], THRESHOLD)
    assert len(ARTICLE) not in found
    assert sorted(found) == [len(ARTICLE) + 1, len(ARTICLE) + 2]


def test_a_teaser_in_the_middle_is_not_a_trailing_run() -> None:
    middle = [*ARTICLE[:3], TEASERS[0], *ARTICLE[3:]]
    assert find_offtopic(middle, THRESHOLD) == {}


def test_a_complete_unrelated_story_at_the_end_is_found_by_overlap_alone() -> None:
    unrelated = (
        "Astronomers observing distant galaxies detected an unusual burst of radio waves whose "
        "origin remains unexplained, according to a paper published in a scientific journal; "
        "telescopes on three continents recorded the signal within minutes."
    )
    found = find_offtopic([*ARTICLE, unrelated], THRESHOLD)
    assert list(found) == [len(ARTICLE)]
