"""The positions matrix from hand-built claims: one cell per actor, issue and stance, issues
grouped across wordings and actors, changes of mind over time."""

from __future__ import annotations

from dataclasses import replace

import pytest

from brief_builders import article, claim, evidence, fact
from newsdesk.compose.positions import positions_of
from newsdesk.model import Article, Claim, Position

TEXT = (
    "Russia demands recognition of Crimea as Russian before any deal. "
    "Moscow again demanded recognition of Crimea as Russian on Friday. "
    "Washington offered recognition of Russia's 2014 occupation of Crimea in its plan. "
    "Kyiv rejects recognition of Crimea as Russian outright. "
    "Kyiv rejected the prisoner exchange on Monday. "
    "Kyiv accepted the prisoner exchange on Thursday. "
    "Kyiv proposed an exchange of territory later. "
    "Russia threatened new strikes on the grid the same day. "
    "Russia did not accept the ceasefire terms. "
    "Russia did not demand sanctions relief. "
    "Russia assaulted the town of Pokrovsk overnight. "
    "Lisvania offered to send unarmed observers to the Varen valley. "
    "Orvenia rejected a withdrawal from the Varen valley."
)
NAMES = {"moscow": "Russia", "the kremlin": "Russia", "kyiv": "Ukraine"}


@pytest.fixture
def news() -> Article:
    return article("a1", TEXT, "The Ledger", "2026-03-11")


def table(positions: list[Position]) -> list[tuple[str, str, str, str | None]]:
    return [(p.actor, p.issue, p.stance, p.changed_from) for p in positions]


def test_the_same_actor_issue_and_stance_is_one_cell_with_all_its_evidence(news: Article) -> None:
    claims = [
        claim(news, "Russia", "DEMAND", "recognition of Crimea as Russian", date="2026-03-10"),
        claim(news, "Moscow", "DEMAND", "recognition of Crimea as Russian", date="2026-03-13"),
    ]
    claims[1] = _at_second(news, claims[1], "recognition of Crimea as Russian")
    (cell,) = positions_of(claims, NAMES)
    assert (cell.actor, cell.actor_name, cell.stance) == ("Russia", "Russia", "demands")
    assert cell.dates == ("2026-03-10", "2026-03-13")
    assert cell.articles == ("a1",)
    assert [news.text[c.start : c.end].split()[0] for c in cell.citations] == ["Russia", "Moscow"]


def _at_second(news: Article, item: Claim, issue: str) -> Claim:
    """The same claim read from the second sentence that holds `issue`."""
    first = news.text.index(issue)
    second = news.text.index(issue, first + 1)
    start = news.text.rindex(". ", 0, second) + 2
    end = news.text.index(". ", second) + 1
    return replace(item, start=start, end=end, issue_start=second)


def test_issues_worded_differently_are_one_column_across_actors(news: Article) -> None:
    claims = [
        claim(news, "Russia", "DEMAND", "recognition of Crimea as Russian"),
        claim(news, "Washington", "OFFER", "recognition of Russia's 2014 occupation of Crimea"),
        claim(news, "Kyiv", "REJECT", "recognition of Crimea as Russian"),
    ]
    found = table(positions_of(claims, NAMES))
    assert found == [
        ("Russia", "recognition of Crimea as Russian", "demands", None),
        ("Ukraine", "recognition of Crimea as Russian", "rejects", None),
        ("Washington", "recognition of Crimea as Russian", "offers", None),
    ]


def test_one_thing_asked_for_in_other_words_is_one_issue() -> None:
    text = (
        "Kyiv demanded that Russia return control of the Varen valley water pumping station. "
        "Kyiv demanded that the Russians leave the Varen pumping station."
    )
    item = article("a1", text)
    claims = [
        claim(item, "Kyiv", "DEMAND", "return control of the Varen valley water pumping station"),
        claim(item, "Kyiv", "DEMAND", "leave the Varen pumping station"),
    ]
    (one,) = positions_of(claims, NAMES)
    assert len(one.citations) == 2


def test_a_plural_or_a_verbs_ending_does_not_split_an_issue() -> None:
    text = (
        "Kyiv wants Russia to leave the valley. Kyiv wants that Russia leaves the whole valley. "
        "Kyiv insists on Russia leaving the valleys."
    )
    item = article("a1", text)
    claims = [
        claim(item, "Kyiv", "DEMAND", "leave the valley"),
        claim(item, "Kyiv", "DEMAND", "leaves the whole valley"),
        claim(item, "Kyiv", "DEMAND", "leaving the valleys"),
    ]
    (one,) = positions_of(claims, NAMES)
    assert len(one.citations) == 3


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("prisoner exchange", "exchange of territory", id="one_shared_word"),
        pytest.param(
            "Varen valley",
            "send unarmed observers to the Varen valley",
            id="a_place_is_not_an_issue",
        ),
    ],
)
def test_wordings_sharing_too_little_stay_apart(news: Article, first: str, second: str) -> None:
    claims = [claim(news, "Kyiv", "REJECT", first), claim(news, "Kyiv", "REJECT", second)]
    assert {p.issue for p in positions_of(claims, NAMES)} == {first, second}


def test_a_name_in_an_issue_is_compared_as_the_entity_it_spells() -> None:
    text = (
        "Kyiv demanded that Russia give back the Zaporizhzhia plant. "
        "Kyjev demanded that the Russians leave the Zaporozka plant."
    )
    item = article("a1", text)
    claims = [
        claim(item, "Kyiv", "DEMAND", "give back the Zaporizhzhia plant"),
        claim(item, "Kyjev", "DEMAND", "leave the Zaporozka plant"),
    ]
    spellings = {"zaporozka": "Zaporizhzhia", "zaporizhzhia": "Zaporizhzhia"}
    names = {**NAMES, "kyjev": "Ukraine"}
    assert len(positions_of(claims, names)) == 2  # "Zaporozka" is another word
    (one,) = positions_of(claims, names, spellings=spellings)
    assert one.actor == "Ukraine" and len(one.citations) == 2


def test_an_issue_is_labelled_by_its_most_reported_wording(news: Article) -> None:
    offered = "recognition of Russia's 2014 occupation of Crimea"
    claims = [
        claim(news, "Washington", "OFFER", offered),
        claim(news, "Russia", "DEMAND", "recognition of Crimea as Russian"),
        claim(news, "Kyiv", "REJECT", offered),
    ]
    assert {p.issue for p in positions_of(claims, NAMES)} == {offered}


def test_a_change_of_mind_is_visible(news: Article) -> None:
    claims = [
        claim(news, "Kyiv", "ACCEPT", "prisoner exchange", date="2026-03-12"),
        claim(news, "Kyiv", "REJECT", "prisoner exchange", date="2026-03-09"),
    ]
    found = positions_of(claims, NAMES)
    assert table(found) == [
        ("Ukraine", "prisoner exchange", "rejects", None),
        ("Ukraine", "prisoner exchange", "accepts", "rejects"),
    ]
    assert [p.dates for p in found] == [("2026-03-09",), ("2026-03-12",)]


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        pytest.param(("2026-03-09", "2026-03-09"), None, id="same_day_is_not_a_change"),
        pytest.param((None, "2026-03-12"), None, id="undated_tells_no_order"),
        pytest.param(("2026-W11", "2026-03-16"), "rejects", id="a_week_before_a_day"),
    ],
)
def test_what_is_not_a_change(
    news: Article, dates: tuple[str | None, str], expected: str | None
) -> None:
    claims = [
        claim(news, "Kyiv", "REJECT", "prisoner exchange", date=dates[0]),
        claim(news, "Kyiv", "ACCEPT", "prisoner exchange", date=dates[1]),
    ]
    accepted = next(p for p in positions_of(claims, NAMES) if p.stance == "accepts")
    assert accepted.changed_from == expected


def test_negated_acceptance_is_a_rejection_and_other_negations_no_position(news: Article) -> None:
    claims = [
        claim(news, "Russia", "ACCEPT", "ceasefire terms", modality="negated"),
        claim(news, "Russia", "DEMAND", "sanctions relief", modality="negated"),
    ]
    assert table(positions_of(claims, NAMES)) == [("Russia", "ceasefire terms", "rejects", None)]


def test_only_stances_with_an_issue_and_an_actor_are_positions(news: Article) -> None:
    claims = [
        claim(news, "Russia", "ASSAULT", "town of Pokrovsk"),
        claim(news, "Russia", "THREATEN", "new strikes on the grid"),
    ]
    blank_issue = replace(claims[1], issue="  ")
    no_actor = replace(claims[1], actor="")
    found = positions_of([*claims, blank_issue, no_actor], NAMES)
    assert table(found) == [("Russia", "new strikes on the grid", "threatens", None)]


def test_positions_are_ordered_by_actor_then_issue_then_when_taken(news: Article) -> None:
    claims = [
        claim(news, "Orvenia", "REJECT", "withdrawal from the Varen valley", date="2026-03-11"),
        claim(news, "Lisvania", "OFFER", "send unarmed observers", date="2026-03-12"),
        claim(news, "Kyiv", "PROPOSE", "exchange of territory", date="2026-03-14"),
        claim(news, "Kyiv", "REJECT", "prisoner exchange", date="2026-03-09"),
    ]
    assert [(p.actor, p.issue) for p in positions_of(claims, NAMES)] == [
        ("Lisvania", "send unarmed observers"),
        ("Orvenia", "withdrawal from the Varen valley"),
        ("Ukraine", "prisoner exchange"),
        ("Ukraine", "exchange of territory"),
    ]


def test_dates_keep_their_precision_in_time_order(news: Article) -> None:
    claims = [
        claim(news, "Kyiv", "REJECT", "prisoner exchange", date="2026-03-16"),
        claim(news, "Kyiv", "REJECT", "prisoner exchange", date="2026-W11"),
        claim(news, "Kyiv", "REJECT", "prisoner exchange", date="2026-03-10/2026-03-12"),
    ]
    (cell,) = positions_of(claims, NAMES)
    assert cell.dates == ("2026-W11", "2026-03-10/2026-03-12", "2026-03-16")


def test_conditional_stances_and_bare_names_are_no_positions(news: Article) -> None:
    claims = [
        claim(news, "Russia", "ACCEPT", "ceasefire terms", modality="conditional"),
        claim(news, "Kyiv", "REJECT", "Moscow"),  # "Moscow" says whom, not what
        claim(news, "Russia", "THREATEN", "new strikes on the grid"),
    ]
    assert table(positions_of(claims, NAMES)) == [
        ("Russia", "new strikes on the grid", "threatens", None)
    ]


def test_claims_of_one_fact_are_one_issue_however_worded() -> None:
    wire = article("w", "Washington wants Moscow to return control of the Kharkiv plant.", "Wire")
    garbled = article("g", "The US also wants to withdraw from Russia at the Harkov plant.", "MT")
    garbled = replace(garbled, machine_translated=True)
    claims = [
        claim(wire, "Washington", "DEMAND", "return control of the Kharkiv plant"),
        claim(garbled, "US", "DEMAND", "withdraw from Russia"),
    ]
    names = {"washington": "United States", "us": "United States"}
    apart = positions_of(claims, names)
    assert len(apart) == 2  # the words alone do not make them one
    one = fact("f1", [evidence(wire, "return control"), evidence(garbled, "withdraw from")])
    (cell,) = positions_of(claims, names, [one], frozenset({"g"}))
    # labelled by the wording an article wrote, not the machine's
    assert (cell.actor, cell.issue) == ("United States", "return control of the Kharkiv plant")
    assert set(cell.articles) == {"w", "g"}


def test_two_demands_in_one_sentence_keep_their_issues() -> None:
    text = "Kyiv demands a ceasefire and demands the return of the prisoners."
    news = article("n", text, "The Ledger")
    claims = [
        claim(news, "Kyiv", "DEMAND", "a ceasefire"),
        claim(news, "Kyiv", "DEMAND", "the return of the prisoners"),
    ]
    one = fact("f1", [evidence(news, "a ceasefire")])
    assert len(positions_of(claims, NAMES, [one])) == 2


def test_a_stance_on_someone_elses_word_alone_says_whose(news: Article) -> None:
    issue = "recognition of Crimea as Russian"
    theirs = replace(claim(news, "Russia", "DEMAND", issue), attribution="Kyiv")
    (cell,) = positions_of([theirs], NAMES)
    assert cell.according_to == ("Ukraine",)  # Kyiv's reading of Russia's demand
    own = replace(theirs, attribution="Moscow")  # Russia's own word
    written = replace(theirs, attribution=None)  # the writer's own report
    assert positions_of([own], NAMES)[0].according_to == ()
    assert positions_of([theirs, written], NAMES)[0].according_to == ()


def test_a_stance_on_the_word_of_one_who_speaks_for_the_actor_is_its_own(news: Article) -> None:
    issue = "recognition of Crimea as Russian"
    minister = replace(claim(news, "Russia", "DEMAND", issue), attribution="Sergei Lavrov")
    sides = {"sergei lavrov": "Russia", "vladimir putin": "Russia"}
    (cell,) = positions_of([minister], NAMES, sides=sides)
    assert cell.according_to == ()  # Russia's foreign minister speaks for Russia
    putin = replace(minister, actor="Vladimir Putin")
    assert positions_of([putin], NAMES, sides=sides)[0].according_to == ()  # same side
    foreign = replace(minister, attribution="Dmytro Kuleba")
    assert positions_of([foreign], NAMES, sides=sides)[0].according_to == ("Dmytro Kuleba",)


def test_a_stance_says_whom_it_is_aimed_at_when_its_issue_does_not(news: Article) -> None:
    names = {**NAMES, "putin": "Vladimir Putin", "vladimir putin": "Vladimir Putin"}
    sides = {"putin": "Russia", "vladimir putin": "Russia", "russia": "Russia"}
    demand = replace(claim(news, "Kyiv", "DEMAND", "the prisoner exchange"), target="Putin")
    (cell,) = positions_of([demand], names, sides=sides)
    assert cell.aimed_at == ("Vladimir Putin",)
    assert cell.aimed_phrase == "of Vladimir Putin"
    named = replace(demand, issue="recognition of Crimea as Russian", target="Russia")
    assert positions_of([named], names, sides=sides)[0].aimed_at == ()  # the issue names it
    self_aimed = replace(demand, target="Kyiv")
    assert positions_of([self_aimed], names, sides=sides)[0].aimed_at == ()


def test_a_place_or_an_adjective_is_whom_no_stance_is_aimed_at(news: Article) -> None:
    names = {**NAMES, "varen": "Varen", "lisvanian": "Lisvanian", "lisvania": "Lisvania"}
    sides = {"marit ensdal": "Lisvania"}
    offer = claim(news, "Kestria", "PROPOSE", "send unarmed observers")
    for target in ("Varen", "Lisvanian", "Moscow"):
        cell = positions_of([replace(offer, target=target)], names, sides=sides)[0]
        assert cell.aimed_at == (), target
    to_a_state = positions_of([replace(offer, target="Lisvania")], names, sides=sides)[0]
    assert to_a_state.aimed_phrase == "to Lisvania"  # a state someone acts for


def test_a_description_that_opened_its_sentence_reads_mid_sentence_after_per(
    news: Article,
) -> None:
    issue = "recognition of Crimea as Russian"
    said = "Three people familiar with the talks"
    theirs = replace(claim(news, "Russia", "DEMAND", issue), attribution=said)
    assert positions_of([theirs], NAMES)[0].according_to == (
        "three people familiar with the talks",
    )


def test_an_act_in_other_words_and_names_the_longer_wording_adds_are_one_issue() -> None:
    text = (
        "Kyiv demanded that the Russians leave the valley. "
        "Kyiv demanded a full Russian withdrawal from the Varen valley. "
        "Kyiv accepted a swap of prisoners. Kyiv accepted the prisoner exchange."
    )
    item = article("a1", text)
    claims = [
        claim(item, "Kyiv", "DEMAND", "leave the valley"),
        claim(item, "Kyiv", "DEMAND", "a full Russian withdrawal from the Varen valley"),
        claim(item, "Kyiv", "ACCEPT", "a swap of prisoners"),
        claim(item, "Kyiv", "ACCEPT", "the prisoner exchange"),
    ]
    assert [len(p.citations) for p in positions_of(claims, NAMES)] == [2, 2]


def test_without_their_names_two_wordings_still_share_most_words_to_be_one_issue() -> None:
    text = (
        "Trump demanded that Kyiv accept a peace deal. "
        "Kyiv rejected to accept Moscow's occupation of Crimea as a condition for peace. "
        "Putin demanded recognition of Russian sovereignty over Luhansk and Donetsk. "
        "Washington proposed to recognize Crimea as Russian."
    )
    item = article("a1", text)
    rejected = "accept Moscow's occupation of Crimea as a condition for peace"
    sovereignty = "recognition of Russian sovereignty over Luhansk and Donetsk"
    claims = [
        claim(item, "Trump", "DEMAND", "accept a peace deal"),
        claim(item, "Kyiv", "REJECT", rejected),
        claim(item, "Putin", "DEMAND", sovereignty),
        claim(item, "Washington", "PROPOSE", "recognize Crimea as Russian"),
    ]
    assert len({p.issue for p in positions_of(claims, NAMES)}) == 4


def test_a_wording_of_one_fact_and_like_another_issue_joins_the_two() -> None:
    text = (
        "Kyiv accepted the offer to exchange prisoners. "
        "Kyiv accepted an offer to exchange 40 captured soldiers on each side. "
        "Kyiv accepted an offer to exchange 40 prisoners each."
    )
    item = article("a1", text)
    claims = [
        claim(item, "Kyiv", "ACCEPT", "exchange prisoners"),
        claim(item, "Kyiv", "ACCEPT", "exchange 40 captured soldiers on each side"),
        claim(item, "Kyiv", "ACCEPT", "exchange 40 prisoners each"),
    ]
    one = fact(
        "f1", [evidence(item, "exchange 40 captured"), evidence(item, "exchange 40 prisoners")]
    )
    assert len(positions_of(claims, NAMES)) == 2  # by words alone, "captured soldiers" apart
    (cell,) = positions_of(claims, NAMES, [one])
    assert len(cell.citations) == 3


def test_a_modal_verb_is_no_word_of_the_issue() -> None:
    text = "Kyiv warned it could abandon its efforts in the peace talks. It vowed to abandon talks."
    item = article("a1", text)
    claims = [
        claim(item, "Kyiv", "THREATEN", "could abandon its efforts in the peace talks"),
        claim(item, "Kyiv", "THREATEN", "abandon talks"),
    ]
    (one,) = positions_of(claims, NAMES)
    assert len(one.citations) == 2


def test_a_minister_taking_the_states_stance_is_the_states_row() -> None:
    text = (
        "Kestria demanded that the troops leave the valley. "
        "Vasylenko demanded that the troops leave the valley at once. "
        "Vasylenko rejected the plan. Kharlan welcomed the truce."
    )
    item = article("a1", text)
    claims = [
        claim(item, "Kestria", "DEMAND", "leave the valley"),
        claim(item, "Vasylenko", "DEMAND", "leave the valley at once"),
        claim(item, "Vasylenko", "REJECT", "the plan"),
        claim(item, "Kharlan", "SUPPORT", "the truce"),
    ]
    sides = {"vasylenko": "Kestria", "kharlan": "Kestria"}
    rows = [(p.actor, p.stance, len(p.citations)) for p in positions_of(claims, NAMES, sides=sides)]
    # the demand is Kestria's, told twice; a stance the state takes nowhere stays the person's
    assert rows == [
        ("Kestria", "demands", 2),
        ("Kharlan", "supports", 1),
        ("Vasylenko", "rejects", 1),
    ]


def test_an_issue_of_one_word_is_the_actors_one_fuller_issue_holding_it() -> None:
    text = (
        "Orvenia offered to reopen the Brodnitsa bridge. Orvenia was offering the bridge. "
        "Orvenia offered an exchange of prisoners. Kestria offered the ferry. "
        "Kestria offered to reopen the Varen ferry. Kestria offered to guard the Brodnitsa ferry."
    )
    item = article("a1", text)
    claims = [
        claim(item, "Orvenia", "PROPOSE", "reopen the Brodnitsa bridge"),
        claim(item, "Orvenia", "PROPOSE", "the bridge"),
        claim(item, "Orvenia", "PROPOSE", "an exchange of prisoners"),
        claim(item, "Kestria", "PROPOSE", "the ferry"),
        claim(item, "Kestria", "PROPOSE", "reopen the Varen ferry"),
        claim(item, "Kestria", "PROPOSE", "guard the Brodnitsa ferry"),
    ]
    rows = [(p.actor, p.issue, len(p.citations)) for p in positions_of(claims, NAMES)]
    assert ("Orvenia", "reopen the Brodnitsa bridge", 2) in rows
    assert ("Kestria", "the ferry", 1) in rows  # two fuller issues hold it: either could be meant


def test_ending_what_an_issue_names_is_the_opposite_issue() -> None:
    text = (
        "Kyiv refused to recognize the occupation of the Varen valley. "
        "Lisvania demanded that Orvenia end the occupation of the Varen valley."
    )
    item = article("a1", text)
    claims = [
        claim(item, "Kyiv", "REJECT", "recognize the occupation of the Varen valley"),
        claim(item, "Lisvania", "DEMAND", "end the occupation of the Varen valley"),
    ]
    issues = {p.stance: p.issue for p in positions_of(claims, NAMES)}
    assert issues["demands"] == "end the occupation of the Varen valley"
    assert issues["rejects"] == "recognize the occupation of the Varen valley"


def test_a_concession_names_what_is_given_up_by_its_verb() -> None:
    # "sanctions against Orvenia" alone under "accepts" would read as the opposite
    item = article("a1", "Kestria would lift sanctions against Orvenia, the paper writes.")
    conceded = replace(
        claim(item, "Kestria", "CONCEDE", "sanctions against Orvenia"), trigger="lift"
    )
    (position,) = positions_of([conceded], {})
    assert (position.issue, position.stance) == ("lift sanctions against Orvenia", "concedes")
