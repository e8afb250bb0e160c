"""Conflicts among hand-built units: numbers, dates, stances, disputes and denials."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from newsdesk.fuse.conflicts import (
    counted_thing,
    cross_number_conflicts,
    date_conflicts,
    denials,
    disputes,
    interval,
    number_conflicts,
    stance_conflicts,
)
from newsdesk.fuse.stance import Stance
from newsdesk.fuse.units import SAID_BY, SentenceOrigin, Unit
from newsdesk.model import Claim, Quantity


def unit(article: str, sentence: str = "a report of the strike on the town", **fields: Any) -> Unit:
    terms = tuple(fields.pop("terms", sentence.split()))
    return Unit(
        article_id=article, index=0, start=0, end=len(sentence), sentence=sentence,
        kind=fields.pop("kind", "event"), actors=fields.pop("actors", frozenset({"e-town"})),
        terms=terms, **fields,
    )  # fmt: skip


def figure(
    written: str, value: float, qualifier: str = "exact", counted: str = "killed"
) -> Quantity:
    return Quantity("a", 0, len(written), written, value, qualifier, counted, 0, 1)


def claim(actor: str, action: str, issue: str = "reopening the bridge to aid convoys") -> Claim:
    return Claim("a", 0, 1, actor, 0, 1, action, action.lower(), 0, 1, issue, 0, 1, "asserted")


@pytest.mark.parametrize(
    ("written", "value", "qualifier", "low", "high"),
    [("at least 12", 12, "at least", 12, 12), ("about 5,000", 5000, "about", 4750, 5250),
     ("dozens", 24, "exact", 24, 99.6), ("1", 1, "exact", 0.5, 1.5),
     ("1.2", 1.2, "exact", 1.15, 1.25)],
    ids=["at_least_is_the_figure", "about_stretches", "dozens", "one_trillion_rounds",
         "a_decimal_is_written_closer"],
)  # fmt: skip
def test_what_a_figure_allows(
    written: str, value: float, qualifier: str, low: float, high: float
) -> None:
    counted = "trillion" if written[0].isdigit() and value < 2 else "killed"
    assert interval(figure(written, value, qualifier, counted)) == pytest.approx((low, high))


def test_a_round_sum_and_a_sum_that_rounds_to_it_agree() -> None:
    units = [
        unit("a", "a vote on a $1 trillion bill", quantities=(figure("1", 1, counted="trillion"),)),
        unit(
            "b",
            "a vote on the $1.2 trillion bill",
            quantities=(figure("1.2", 1.2, counted="trillion"),),
        ),
        unit(
            "c",
            "a vote on the $1.6 trillion bill",
            quantities=(figure("1.6", 1.6, counted="trillion"),),
        ),
    ]
    assert number_conflicts(units, [0, 1]) == []
    assert number_conflicts(units, [1, 2]) != []


def test_soldiers_and_troops_are_one_count() -> None:
    assert counted_thing(figure("40", 40, counted="soldiers")) == "troops"
    assert counted_thing(figure("12", 12, counted="women dead")) == "killed"


def test_a_rate_is_no_count_of_the_total() -> None:
    assert counted_thing(figure("1,500", 1500, counted="deaths per day")) == "killed per day"
    assert counted_thing(figure("5,000", 5000, counted="soldiers per week")) == "troops per week"
    units = [
        unit("a", quantities=(figure("1,500", 1500, "more than", counted="deaths per day"),)),
        unit("b", quantities=(figure("651,690", 651690, counted="deaths"),)),
    ]
    assert number_conflicts(units, [0, 1]) == []


def test_two_sources_giving_different_tolls_conflict() -> None:
    units = [
        unit("a", quantities=(figure("12", 12, "at least"),)),
        unit("b", quantities=(figure("14", 14),)),
    ]
    (found,) = number_conflicts(units, [0, 1])
    assert found.kind == "number" and [s.value for s in found.sides] == ["at least 12", "14"]


def test_one_article_giving_two_figures_reports_two_counts_not_a_conflict() -> None:
    units = [
        unit("a", quantities=(figure("6", 6, counted="feet"), figure("3", 3, counted="feet"))),
        unit("b", quantities=(figure("3", 3, counted="feet"),)),
    ]
    assert number_conflicts(units, [0, 1]) == []


def test_two_facts_of_one_event_with_different_tolls_conflict_across() -> None:
    units = [
        unit("a", "the strike killed people in the town", quantities=(figure("12", 12),)),
        unit("b", "the strike killed people in the town", quantities=(figure("14", 14),)),
    ]
    ((first, second, found),) = cross_number_conflicts(units, [[0], [1]])
    assert (first, second, found.kind) == (0, 1, "number")


def test_two_weekdays_do_not_make_a_date_conflict_but_a_date_in_full_does() -> None:
    wednesday = unit("a", date=("2026-03-11", "day"), date_trusted=True)
    friday = unit("b", date=("2026-03-13", "day"), date_trusted=True)
    in_full = unit("c", date=("2026-03-10", "day"), date_trusted=True, date_in_full=True)
    assert date_conflicts([wednesday, friday], [0, 1]) == []
    (found,) = date_conflicts([wednesday, in_full], [0, 1])
    assert [s.value for s in found.sides] == ["2026-03-10", "2026-03-11"]


def test_a_statement_repeated_on_another_day_is_no_date_conflict() -> None:
    said = "Vrana said Orvenia will never give up the valley"
    wednesday = unit("a", said, kind="statement", date=("2026-03-11", "day"), date_trusted=True)
    in_full = unit(
        "c", said, kind="statement", date=("2026-03-10", "day"), date_trusted=True,
        date_in_full=True,
    )  # fmt: skip
    assert date_conflicts([wednesday, in_full], [0, 1]) == []


def test_one_actor_offering_and_refusing_within_days_is_one_conflict_per_pair_of_facts() -> None:
    offer = ["orvenia", "offer", "reopen", "brodnitsa", "bridge", "aid", "convoy"]
    units = [
        unit("a", claim=claim("Orvenia", "PROPOSE"), terms=offer, published="2026-03-12"),
        unit("b", claim=claim("Orvenia", "PROPOSE"), terms=offer, published="2026-03-12"),
        unit(
            "c",
            claim=claim("Orvenia", "REJECT"),
            terms=offer[:1] + offer[2:],
            published="2026-03-12",
        ),
    ]
    ((first, second, found),) = stance_conflicts(units, [[0, 1], [2]])
    assert (first, second) == (0, 1)
    assert [s.units for s in found.sides] == [(0, 1), (2,)]


def test_two_actors_opposite_positions_are_no_stance_conflict() -> None:
    units = [
        unit("a", claim=claim("Lisvania", "PROPOSE")),
        unit("b", claim=claim("Orvenia", "REJECT")),
    ]
    assert stance_conflicts(units, [[0], [1]]) == []


def test_one_place_word_in_common_is_no_issue_in_common() -> None:
    agreed = "72 hour ceasefire along the Varen river"
    truce = ["agree", "friday", "ceasefire", "varen", "river", "begin", "saturday"]
    speech = ["kharlan", "tell", "parliament", "leader", "give", "river", "welcome"]
    units = [
        unit("a", claim=claim("Kestria", "ACCEPT", agreed), terms=truce),
        unit("b", claim=claim("Kestria", "REJECT", "give up the river"), terms=speech),
        unit("c", claim=claim("Kestria", "REJECT", "a ceasefire along the Varen river")),
    ]
    found = stance_conflicts(units, [[0], [1], [2]])
    assert [(first, second) for first, second, _ in found] == [(0, 2)]  # not the river


def test_two_issues_read_well_that_share_no_word_are_two_issues() -> None:
    shared = ["manchin", "trillion", "democrats", "package", "bill", "thursday", "biden"]
    units = [
        unit("a", claim=claim("Joe Manchin", "SUPPORT", "$1.2 trillion infrastructure bill"),
             terms=shared),
        unit("b", claim=claim("Joe Manchin", "REJECT", "back a massive social spending package"),
             terms=shared),
    ]  # fmt: skip
    assert stance_conflicts(units, [[0], [1]]) == []
    # an issue read in one word still leans on the sentences' words
    units[0] = unit("a", claim=claim("Joe Manchin", "SUPPORT", "it"), terms=shared)
    units[1] = unit("b", claim=claim("Joe Manchin", "REJECT", "the package"), terms=shared)
    assert len(stance_conflicts(units, [[0], [1]])) == 1


def test_a_sentence_where_the_blamed_party_answers_is_a_dispute() -> None:
    units = [unit("a", dispute=("Kestria", "Orvenia")), unit("b")]
    (found,) = disputes(units, [0, 1])
    assert found.kind == "denial" and found.about == "Kestria blames Orvenia"
    # one sentence carries both accounts: each side is its party's, not the sentence's origin
    assert [side.parties for side in found.sides] == [("Kestria",), ("Orvenia",)]


def judge_all_disagree(pairs: Sequence[tuple[str, str]]) -> list[Stance]:
    return [Stance("disagree", 0.9, (0.0, 0.9, 0.1, 0.0)) for _ in pairs]


def test_a_denial_needs_words_that_call_the_report_untrue() -> None:
    units = [
        unit("a", "Kestria demands that all troops leave the valley."),
        unit("b", "Orvenia rejected the demand within hours."),  # a position, no denial
        unit("c", "Orvenia denied that any demand had been made."),
    ]
    (found,) = denials(units, [0, 1, 2], 0, judge_all_disagree)
    assert [s.units for s in found.sides] == [(0, 1), (2,)]


def test_a_copy_never_denies_its_original() -> None:
    units = [
        unit("a", "The report is false, officials said."),
        unit("b", "The report is false, officials said."),
    ]
    assert denials(units, [0, 1], 0, judge_all_disagree) == []


def test_refusing_consent_and_a_speakers_own_words_deny_no_report() -> None:
    units = [
        unit("a", "McConnell tried to approve the measure by a unanimous vote."),
        unit("b", "The Democratic caucus denied unanimous consent to the bill."),
    ]
    assert denials(units, [0, 1], 0, judge_all_disagree) == []
    barr = SentenceOrigin(0, 1, "William Barr", SAID_BY, "e-barr")
    units = [
        unit("a", "Barr said he would appoint no special counsel.", origin=barr),
        unit("b", "Barr rejected unfounded claims, saying he would appoint none.", origin=barr),
    ]
    assert denials(units, [0, 1], 0, judge_all_disagree) == []


def test_a_rise_and_a_fall_are_two_movements_not_two_counts() -> None:
    units = [
        unit(
            "a",
            "Dow futures were up more than 200 points.",
            quantities=(figure("200", 200, "more than", "points"),),
        ),
        unit(
            "b",
            "The Dow closed down over 1,400 points.",
            quantities=(figure("1,400", 1400, "more than", "points"),),
        ),
        unit(
            "c",
            "The Dow closed down 900 points.",
            quantities=(figure("900", 900, counted="points"),),
        ),
    ]
    assert number_conflicts(units, [0, 1]) == []
    assert number_conflicts(units, [1, 2]) != []  # two falls of different sizes do conflict


def test_a_revised_figure_and_the_one_first_given_are_no_conflict() -> None:
    units = [
        unit("a", quantities=(figure("8.3", 8.3, counted="%"),)),
        unit("b", quantities=(figure("8.7", 8.7, counted="%"),)),
    ]
    assert number_conflicts(units, [0, 1]) != []
    revised = "Sales sank by a revised 8.3% in March."
    units[0] = unit("a", revised, quantities=(figure("8.3", 8.3, counted="%"),))
    assert number_conflicts(units, [0, 1]) == []
