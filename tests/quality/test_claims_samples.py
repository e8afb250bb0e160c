"""Claims on the sample corpus against the truth of its MANIFEST.json (the fictional story).

The truth lists who demands, rejects, proposes, offers and accepts what, and in which files.
Precision first: the wrong readings issue 12 reported must not come back (an outlet or a
capital as actor, a negated act read as done, a want about nothing); the truth's claims must
be found at least as often as the floor says.
"""

from __future__ import annotations

from functools import cache

import pytest
from tests.quality.sample_articles import MANIFEST, TRUTH, sample, samples

from floors import floor
from newsdesk.extract.claims import find_claims
from newsdesk.model import Claim

pytestmark = pytest.mark.quality

ACTIONS = {"demands": "DEMAND", "rejects": "REJECT", "proposes": "PROPOSE", "offers": "PROPOSE"}
ACTIONS |= {"accepts": "ACCEPT", "accept": "ACCEPT"}
OUTLETS = {entry["outlet"] for entry in MANIFEST["files"] if entry.get("outlet")}
NEEDS_ISSUE = {"DEMAND", "PROPOSE", "ACCEPT", "REJECT", "THREATEN", "SUPPORT", "DISAPPROVE"}


@cache
def claims_of(name: str) -> tuple[Claim, ...]:
    found = sample(name)
    return find_claims(found.article.id, found.parsed, found.referents)


def _actors(truth: str) -> set[str]:
    """ "Kestria (Teodor Vasylenko)" -> {"Kestria", "Vasylenko"}; "Kestria and Orvenia" both."""
    names = truth.replace("(", " and ").replace(")", "").split(" and ")
    return {n.strip().split()[-1] for n in names if n.strip()}


def _matches(claim: Claim, actors: set[str], action: str) -> bool:
    names = {
        claim.actor.split()[-1],
        (claim.actor_state or "").split()[-1:][0] if claim.actor_state else "",
    }
    return claim.action == action and bool(names & actors)


def test_the_true_claims_are_found() -> None:
    cases = [(c, f) for c in TRUTH["claims"] for f in c["files"]]
    found = sum(
        any(_matches(k, _actors(c["actor"]), ACTIONS[c["action"]]) for k in claims_of(f))
        for c, f in cases
    )
    recall = found / len(cases)
    print(f"claims_sample.manifest.recall {recall:.3f} ({found} of {len(cases)})")
    assert recall >= floor("claims_sample.manifest.recall")


def test_no_outlet_place_or_thing_acts() -> None:
    places = {"Ravnik", "Tessary", "Brodnitsa", "Varen", "Aldmoor"}
    for item in samples():
        for claim in claims_of(item.name):
            assert claim.actor not in OUTLETS, claim  # an outlet never acts in what it reports
            assert claim.actor.split()[-1] not in places, claim  # a capital is its state
            assert claim.action not in NEEDS_ISSUE or claim.issue, claim


def test_no_leader_would_sign_away_the_river_is_a_refusal() -> None:
    claims = claims_of("corpus/06_northgate_observer_prisoners.txt")
    river = [c for c in claims if c.issue == "sign away the river"]
    assert river and all(c.action == "REJECT" for c in river), river
    assert all(c.actor_state == "Kestria" for c in river), river
