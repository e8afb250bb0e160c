"""Claims and quantities on the three real seed articles (read at test time, never copied).

What the seeds really say: the US demands that Russia recognise Ukraine's right to its own
military (000, 001, 002); Putin pushes for recognition of Russian sovereignty over four
Ukrainian regions (000; the recognition of Crimea is a US proposal in these texts, not a
Russian demand); Zelenskiy "would not cede territory" (002) and refuses to accept Moscow's
occupation of Crimea (000).
"""

from __future__ import annotations

import pytest
from tests.quality.test_seeds_clean import clean_seed

from newsdesk.annotate import annotate
from newsdesk.extract.claims import find_claims
from newsdesk.extract.numbers import find_quantities
from newsdesk.gazetteer import load_gazetteer
from newsdesk.model import Claim, Quantity
from newsdesk.parse import ParsedArticle
from newsdesk.referents import Referents

pytestmark = pytest.mark.quality


def seed_claims(prefix: str) -> tuple[str, tuple[Claim, ...], tuple[Quantity, ...]]:
    article, _ = clean_seed(prefix)
    (annotation,) = annotate([(article.id, article.text)], components="parse")
    parsed = ParsedArticle(article.text, annotation)
    claims = find_claims(article.id, parsed, Referents(parsed, load_gazetteer()))
    return article.text, claims, find_quantities(article.id, parsed)


def has(claims: tuple[Claim, ...], actor: str, action: str, issue_part: str) -> Claim:
    for claim in claims:
        if actor in claim.actor and claim.action == action and issue_part in claim.issue:
            return claim
    raise AssertionError(f"no {actor} {action} '{issue_part}' in {claims}")


def test_us_demands_russia_accept_ukraines_own_military() -> None:
    text, claims, _ = seed_claims("000")
    claim = has(claims, "United States", "DEMAND", "Ukraine's right to maintain its own military")
    assert claim.target == "Russia" and claim.attribution == "Bloomberg"
    assert claim.modality == "expected"
    assert text[claim.issue_start : claim.issue_end].startswith("recognize Ukraine")
    _, claims, _ = seed_claims("002")
    has(claims, "United States", "DEMAND", "right to develop its own army")


def test_putin_pushes_for_recognition_and_zelensky_rejects() -> None:
    _, claims, _ = seed_claims("000")
    has(claims, "Vladimir Putin", "DEMAND", "recognition of Russian sovereignty")
    refusal = has(claims, "Zelensky", "REJECT", "occupation of Crimea")
    assert refusal.actor_state == "Ukraine"
    _, claims, _ = seed_claims("002")
    cede = has(claims, "Zelenskiy", "REJECT", "territory to Moscow")
    assert cede.actor == "Volodymyr Zelenskiy" and cede.actor_state == "Ukraine"


def test_every_claim_offset_is_exact() -> None:
    for prefix in ("000", "001", "002"):
        text, claims, quantities = seed_claims(prefix)
        for claim in claims:
            assert text[claim.trigger_start : claim.trigger_end] == claim.trigger
            assert claim.start <= claim.trigger_start < claim.trigger_end <= claim.end
        for quantity in quantities:
            assert text[quantity.start : quantity.end] == quantity.text


def test_casualty_counts() -> None:
    _, _, quantities = seed_claims("000")
    found = {(q.value, q.qualifier, q.counted) for q in quantities}
    assert (12.0, "at least", "killed") in found
    assert (5000.0, "exact", "soldiers dead per week") in found
