from __future__ import annotations

import pytest

from newsdesk.clean.offtopic import find_offtopic, gather_evidence, same_name

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


MENU = ["Football", "Cricket", "Rugby union", "Motor sport", "Golf", "Tennis", "Search all jobs"]


def test_menu_lines_before_the_story_do_not_make_the_core() -> None:
    # The core is the first paragraphs, not the menu items the extractor kept above the lead.
    assert find_offtopic(MENU + ARTICLE, THRESHOLD) == {}


def test_a_paragraph_naming_people_named_above_is_never_a_run_start() -> None:
    ending = (
        "Varga added that the vote was the hardest of her two terms, and that residents of "
        "the old quarter had written hundreds of letters asking for a ferry while it is shut."
    )
    quote = '"We will not reopen it until it is safe," she said.'
    assert find_offtopic([*ARTICLE[:3], ending, quote], THRESHOLD) == {}


@pytest.mark.parametrize(
    "opening",
    [
        "He was first elected in 2009 and has since overseen the rebuilding of two schools, a "
        "library and the covered market, which traders had demanded for almost twenty years.",
        "The magazine had claimed he had spent some fifteen million dollars of public money on "
        "private flights, a figure the auditors of the regional government later disputed.",
        '"It was a long night for everyone who lives here and for the crews working on the '
        'steel," a resident of the old quarter told reporters on the morning after the vote.',
    ],
)
def test_a_paragraph_referring_back_never_opens_a_run(opening: str) -> None:
    assert find_offtopic([*ARTICLE, opening], THRESHOLD) == {}


def test_a_paragraph_ending_in_a_wire_credit_or_trailer_is_not_cut_off() -> None:
    credited = (
        "Astronomers observing distant galaxies detected an unusual burst of radio waves whose "
        "origin remains unexplained; telescopes on three continents recorded the signal "
        "(Reporting by Jane Doe; Editing by Tom Reed)"
    )
    trailer = TEASERS[1] + " the season ends. - Sapa"
    assert not gather_evidence([credited])[0].truncated
    assert not gather_evidence([trailer])[0].truncated
    assert not gather_evidence(["„Kopf hoch, Krone richten und weiter geht’s.“ " * 5])[0].truncated


def test_a_story_paragraph_inside_an_apparent_run_cancels_it() -> None:
    # A loose paragraph followed by more of the story (naming its people) is not appended.
    loose = (
        "Voters were given five choices in each category of the online poll, and more than "
        "three million ballots were cast before the deadline on Sunday night across the region."
    )
    more = "Brookfield engineers said the harbour bridge supports would be tested again in May."
    assert find_offtopic([*ARTICLE, loose, more], THRESHOLD) == {}


# A closing paragraph that names no one named above, but goes on with the story's actors.
CLOSING_BY_DEMONYM = (
    "Kestrian President Dmytro Kharlan, who told parliament earlier this week that no Kestrian "
    "leader would give up the river, welcomed the agreement in a short statement."
)
CEASEFIRE = [
    "Kestria and Orvenia agreed on Friday to a 72-hour ceasefire in the Varen valley, the "
    "Lisvanian mediator Marit Ensdal said after two days of talks in the capital Aldmoor.",
    "Kestria accepted the Lisvanian plan for a demilitarised strip along the river on condition "
    "that observers are posted on both banks, its foreign minister Teodor Vasylenko said.",
    "Orvenian negotiator Pavel Vrana said his delegation could sign the text with Kestria on "
    "Saturday morning, as long as the map of the strip was not redrawn at the last minute.",
    "Ensdal told a news conference that the ceasefire could be extended if it held, and that "
    "both delegations had promised to keep their troops behind the agreed lines.",
]


@pytest.mark.parametrize(
    "closing",
    [
        CLOSING_BY_DEMONYM,
        "The president welcomed the deal in a short statement on Friday evening, and said he "
        "would ask lawmakers to back it when they meet in the new session next month.",
    ],
)
def test_a_paragraph_going_on_with_the_actors_by_role_or_demonym_stays(closing: str) -> None:
    assert find_offtopic([*CEASEFIRE, closing], THRESHOLD) == {}


def test_demonyms_and_place_names_are_one_name() -> None:
    assert same_name("kestria", "kestrian")
    assert same_name("ukraine", "ukrainian")
    assert not same_name("mark", "market")
    assert not same_name("bell", "bellamy")


def test_a_tail_that_outweighs_the_story_is_a_page_of_posts_kept_whole() -> None:
    posts = [*ARTICLE[:3], *TEASERS * 4]
    assert find_offtopic(posts, THRESHOLD) != {}  # without a limit: taken as appended stories
    assert find_offtopic(posts, THRESHOLD, max_run_share=1.25) == {}
    assert sorted(find_offtopic(ARTICLE + TEASERS, THRESHOLD, max_run_share=1.25)) == [
        len(ARTICLE),
        len(ARTICLE) + 1,
    ]
