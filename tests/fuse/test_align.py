"""Alignment on hand-built units: the similarity of two reports, and grouping by average
linkage (checked against a plain, slow implementation of it)."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from newsdesk.config import default_settings
from newsdesk.fuse.align import Similarity, align, centrality
from newsdesk.fuse.units import REPORTED_BY, SAID_BY, SentenceOrigin, Unit
from newsdesk.model import Claim

SETTINGS = default_settings().fuse


def unit(article: str, words: str, *, vector: list[float] | None = None, **fields: Any) -> Unit:
    terms = tuple(words.split())
    row = None if vector is None else np.asarray(vector, dtype=np.float32) / np.linalg.norm(vector)
    return Unit(
        article_id=article, index=0, start=0, end=len(words), sentence=words, kind="event",
        actors=frozenset(), terms=terms, keys=frozenset(terms), vector=row, **fields,
    )  # fmt: skip


def claim(actor: str, action: str, modality: str = "asserted") -> Claim:
    return Claim("a", 0, 1, actor, 0, 1, action, action.lower(), 0, 1, "the plan", 0, 1, modality)


def said_by(name: str) -> SentenceOrigin:
    return SentenceOrigin(0, 1, name, SAID_BY, name.casefold())


def score(first: Unit, second: Unit) -> float:
    similarity = Similarity.of([first, second], SETTINGS)
    return float(similarity.pairs(np.array([0]), np.array([1]))[0])


WORDS = "kestria accept lisvanian plan strip twenty kilometre"


def test_one_actors_one_action_in_other_words_is_closer() -> None:
    plain = score(unit("a", WORDS), unit("b", "kestria agree plan river"))
    same = score(
        unit("a", WORDS, claim=claim("Kestria", "ACCEPT")),
        unit("b", "kestria agree plan river", claim=claim("Kestria", "ACCEPT")),
    )
    other = score(
        unit("a", WORDS, claim=claim("Kestria", "ACCEPT")),
        unit("b", "kestria agree plan river", claim=claim("Lisvania", "PROPOSE")),
    )
    assert same == pytest.approx(plain + SETTINGS.claim_bonus)
    assert other == pytest.approx(plain - SETTINGS.claim_bonus)


def test_one_actors_one_action_at_two_named_parties_is_no_closer() -> None:
    def aimed(first: str | None, second: str | None) -> float:
        demand = claim("Kestria", "DEMAND")
        return score(
            unit("a", WORDS, claim=demand, claim_target=first),
            unit("b", "kestria agree plan river", claim=demand, claim_target=second),
        )

    plain = score(unit("a", WORDS), unit("b", "kestria agree plan river"))
    assert aimed("e-orvenia", "e-lisvania") == pytest.approx(plain)
    assert aimed("e-orvenia", "e-orvenia") == pytest.approx(plain + SETTINGS.claim_bonus)
    assert aimed(None, "e-orvenia") == pytest.approx(plain + SETTINGS.claim_bonus)


@pytest.mark.parametrize(
    ("first", "second", "penalty"),
    [("David Paterson", "Kathy Hochul", SETTINGS.speaker_penalty),
     ("Pavel Vrana", "Pavel Crow", 0.0),
     ("Wolodymyr Selenskyj", "Volodymyr Zelenskiy", 0.0),
     ("Kestria", "Teodor Vasylenko", SETTINGS.statement_penalty)],
    ids=["two_people", "one_translated_name", "one_transliterated_name", "a_party_and_a_person"],
)  # fmt: skip
def test_two_statements_of_others_are_further_apart(
    first: str, second: str, penalty: float
) -> None:
    plain = score(unit("a", WORDS), unit("b", WORDS))
    spoken = score(
        unit("a", WORDS, origin=said_by(first)), unit("b", WORDS, origin=said_by(second))
    )
    assert spoken == pytest.approx(plain - penalty)


def test_a_persons_statement_and_the_writers_own_sentence_are_further_apart() -> None:
    plain = score(unit("a", WORDS), unit("b", WORDS))
    said = score(unit("a", WORDS, origin=said_by("Kathy Hochul")), unit("b", WORDS))
    assert said == pytest.approx(plain - SETTINGS.statement_penalty)
    assert SETTINGS.statement_penalty > 0


def test_a_persons_words_carried_by_a_medium_are_her_statement() -> None:
    carried = SentenceOrigin(0, 1, "CBS News", REPORTED_BY, "CBS News", "Kathy Hochul", None, "e-h")
    plain = score(unit("a", WORDS), unit("b", WORDS))
    interview = score(unit("a", WORDS, origin=carried), unit("b", WORDS))
    assert interview == pytest.approx(plain - SETTINGS.statement_penalty)
    other = score(unit("a", WORDS, origin=carried), unit("b", WORDS, origin=said_by("Paterson D")))
    assert other == pytest.approx(plain - SETTINGS.speaker_penalty)
    medium = SentenceOrigin(0, 1, "CBS News", REPORTED_BY, "CBS News")
    assert score(unit("a", WORDS, origin=medium), unit("b", WORDS)) == pytest.approx(plain)


def test_happenings_surely_dated_to_two_days_are_further_apart() -> None:
    words = "ceasefire kestria orvenia saturday morning"
    plain = score(unit("a", words), unit("b", words))
    friday, saturday = ("2026-03-13", "day"), ("2026-03-14", "day")
    two_days = score(
        unit("a", words, date=friday, date_trusted=True),
        unit("b", words, date=saturday, date_trusted=True),
    )
    one_day = score(
        unit("a", words, date=friday, date_trusted=True),
        unit("b", words, date=friday, date_trusted=True),
    )
    guessed = score(
        unit("a", words, date=friday, date_trusted=True), unit("b", words, date=saturday)
    )
    assert two_days == pytest.approx(plain - SETTINGS.day_penalty)
    assert one_day == pytest.approx(plain) and guessed == pytest.approx(plain)


def test_a_copy_without_an_embedding_borrows_its_originals() -> None:
    original = unit("a", WORDS, vector=[1.0, 0.0, 0.0])
    copy = replace(unit("b", WORDS), sentence=original.sentence)
    similarity = Similarity.of([original, copy], SETTINGS)
    assert similarity.embedded.tolist() == [True, True]


def test_paraphrases_meet_by_meaning_and_an_unrelated_report_stays_apart() -> None:
    units = [
        unit("a", "delegation sit aldmoor wednesday", vector=[1.0, 0.1, 0.0]),
        unit("b", "negotiator meet capital yesterday", vector=[0.95, 0.15, 0.0]),
        unit("c", "river rise highland sea", vector=[0.0, 0.0, 1.0]),
    ]
    assert sorted(align(units, SETTINGS)) == [[0, 1], [2]]


def test_the_report_the_others_are_most_alike_is_the_most_central() -> None:
    units = [
        unit("a", "witkoff meeting putin fourth ceasefire"),
        unit("b", "witkoff meeting putin moscow expected raise issue"),
        unit("c", "witkoff moscow arrived meeting putin expected"),
    ]
    central = centrality(Similarity.of(units, SETTINGS), [0, 1, 2])
    assert max(central, key=central.__getitem__) in (1, 2)
    assert central[0] < min(central[1], central[2])  # the fourth meeting is one report's
    assert centrality(Similarity.of(units, SETTINGS), [0]) == {0: 0.0}


def test_copies_are_one_group_whatever_their_neighbours() -> None:
    units = [unit(article, "strike hit ferry landing market tuesday") for article in "abcdef"]
    assert align(units, SETTINGS) == [[0, 1, 2, 3, 4, 5]]


def test_an_article_gives_a_group_one_unit_unless_it_says_the_same_twice() -> None:
    said = "strike kill twelve brodnitsa tuesday"
    units = [
        unit("a", said, vector=[1.0, 0.0]),
        replace(unit("a", said, vector=[1.0, 0.05]), sentence=f"As we said: {said}"),  # a repeat
        unit("a", "strike kill twelve wound thirty", vector=[1.0, 0.1]),  # another report
        unit("b", said, vector=[1.0, 0.0]),
    ]
    assert sorted(sorted(g) for g in align(units, SETTINGS)) == [[0, 1, 3], [2]]


def test_an_offer_and_its_refusal_are_two_facts_however_alike_their_words() -> None:
    words = "orvenia reopen brodnitsa bridge aid convoys"
    offered = unit("a", words, claim=claim("Orvenia", "PROPOSE"))
    assert align([offered, unit("b", words, claim=claim("Orvenia", "PROPOSE"))], SETTINGS) == [
        [0, 1]
    ]
    refused = replace(unit("b", words, claim=claim("Orvenia", "REJECT")), sentence="no")
    assert sorted(align([offered, refused], SETTINGS)) == [[0], [1]]
    other_party = replace(refused, claim=claim("Kestria", "REJECT"))
    assert align([offered, other_party], SETTINGS) == [[0, 1]]


def slow_average_linkage(units: list[Unit], threshold: float) -> list[list[int]]:
    """Average linkage the plain way: score every pair of groups after every join."""
    similarity = Similarity.of(units, SETTINGS)
    block = similarity.block(list(range(len(units))), list(range(len(units))))
    articles = [u.article_id for u in units]
    groups = [[i] for i in range(len(units))]
    while True:
        best = None
        for x, first in enumerate(groups):
            for y in range(x + 1, len(groups)):
                second = groups[y]
                if {articles[i] for i in first} & {articles[j] for j in second}:
                    continue  # no unit of these repeats another
                pairs = [block[i, j] for i in first for j in second]
                value = sum(pairs) / len(pairs)
                if value >= threshold and (best is None or value > best[0]):
                    best = (value, x, y)
        if best is None:
            return sorted(sorted(g) for g in groups)
        _, x, y = best
        groups[x] += groups.pop(y)


@pytest.mark.parametrize("seed", range(6))
def test_average_linkage_matches_the_plain_way(seed: int) -> None:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(18)]
    topics = [np.asarray([rng.gauss(0, 1) for _ in range(8)]) for _ in range(4)]
    units = []
    for number in range(24):
        topic = rng.randrange(len(topics))
        words = " ".join([*rng.sample(vocabulary[topic * 4 : topic * 4 + 8], 4), f"u{number}"])
        vector = topics[topic] + np.asarray([rng.gauss(0, 0.6) for _ in range(8)])
        units.append(unit(f"article-{number % 6}", words, vector=vector.tolist()))
    everything = replace(
        SETTINGS, pair_threshold=-1.0, embedding_neighbours=len(units), max_postings=len(units)
    )
    found = sorted(sorted(g) for g in align(units, everything))
    assert found == slow_average_linkage(units, SETTINGS.group_threshold)


def test_a_surname_speaks_for_the_full_name_its_article_gives() -> None:
    # "Zelensky said" in an article that names Volodymyr Zelensky: his word, not Trump's
    zelensky = SentenceOrigin(0, 1, "Zelensky", SAID_BY, "e-zelensky", "Volodymyr Zelensky")
    plain = score(unit("a", WORDS), unit("b", WORDS))
    spoken = score(
        unit("a", WORDS, origin=zelensky), unit("b", WORDS, origin=said_by("Donald Trump"))
    )
    assert spoken == pytest.approx(plain - SETTINGS.speaker_penalty)


def test_a_surname_speaks_for_the_full_name_another_report_gives() -> None:
    surname = SentenceOrigin(0, 1, "Zelensky", SAID_BY, "e-zelensky")
    full = SentenceOrigin(0, 1, "Volodymyr Zelensky", SAID_BY, "e-zelensky")
    units = [
        unit("a", WORDS, origin=surname),
        unit("b", WORDS, origin=said_by("Donald Trump")),
        unit("c", "ferry crossing calm week", origin=full),
    ]
    similarity = Similarity.of(units, SETTINGS)
    spoken = float(similarity.pairs(np.array([0]), np.array([1]))[0])
    assert spoken == pytest.approx(
        score(unit("a", WORDS), unit("b", WORDS)) - SETTINGS.speaker_penalty
    )
