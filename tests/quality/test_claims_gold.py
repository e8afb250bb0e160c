"""The hand-labelled claims gold (bench/claims_gold/) and its scorer (bench/claims_gold_eval.py).

Three kinds of test: the scorer's matching rules on hand-built claims (no data needed); the
labels are well-formed against the texts in ../shared (offsets in range, the stored words are
the file's words at those offsets, types and modalities known, one split per document); and,
marked quality, the extractor's precision on each split holds the floor pinned in
bench/baseline.json (skipped while no floor is pinned).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsdesk.extract.claims.lexicon import ACTION_TYPES
from newsdesk.model import Claim

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "bench" / "claims_gold"
BASELINE = REPO / "bench" / "baseline.json"
SPLITS = ("tune", "test")
MIN_CLAIMS = 320  # issue 12: "a labelled sample of at least 300 claims"


@cache
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_claims_gold_eval", REPO / "bench" / "claims_gold_eval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def raw(split: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD / f"{split}.json").read_text("utf-8"))
    return data


def claim(issue: tuple[int, int], actor: str = "Russia", action: str = "DEMAND") -> Claim:
    return Claim(
        article_id="a",
        start=0,
        end=100,
        actor=actor,
        actor_start=0,
        actor_end=6,
        action=action,
        trigger="demands",
        trigger_start=7,
        trigger_end=14,
        issue="x" * (issue[1] - issue[0]),
        issue_start=issue[0],
        issue_end=issue[1],
        modality="asserted",
    )


def gold_claim(
    issue: tuple[int, int] | None, heads: tuple[tuple[int, int], ...] = (), **changes: Any
) -> Any:
    module = bench()
    fields: dict[str, Any] = {
        "passage": "p",
        "actor": "Russia",
        "actor_kind": "state",
        "actor_also": (),
        "actor_span": module.Span(0, 6),
        "action": "DEMAND",
        "trigger": module.Span(7, 14),
        "issue": module.Span(*issue) if issue else None,
        "heads": tuple(module.Span(*h) for h in heads),
        "target": None,
        "target_also": (),
        "modality": "asserted",
        "negated": False,
    }
    return module.GoldClaim(**(fields | changes))


# --- the scorer's rules --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "gold", "person", "same"),
    [
        ("Zelenskiy", "Volodymyr Zelensky", True, True),  # spelling, surname only
        ("Volodymyr Zelenskyj", "Volodymyr Zelenskiy", True, True),
        ("Bill Clinton", "Hillary Clinton", True, False),  # two first names
        ("the Kremlin", "Russia", False, True),  # through the gazetteer
        ("U.S.", "United States", False, True),
        ("Senate Republicans", "Republicans", False, True),  # one within the other
        ("Democratic leaders", "Republican leaders", False, False),
        ("Trump", "United States", False, False),  # a person is not their state
        ("Bloomberg", "United States", False, False),
    ],
    ids=lambda value: str(value),
)
def test_names_match(predicted: str, gold: str, person: bool, same: bool) -> None:
    assert bench().names_match(predicted, gold, (), person) is same


def test_a_name_in_also_is_accepted() -> None:
    assert bench().names_match("Justice Department", "United States", ("Justice Department",))


@pytest.mark.parametrize(
    ("issue", "right"),
    [
        ((20, 40), True),  # over the head, inside the gold issue
        ((25, 32), True),  # the head alone
        ((20, 90), False),  # mostly outside: a whole-sentence issue
        ((20, 24), False),  # inside, but misses the head
        ((14, 14), False),  # empty
    ],
    ids=["inside_over_head", "head_alone", "whole_sentence", "misses_head", "empty"],
)
def test_issue_right(issue: tuple[int, int], right: bool) -> None:
    gold = gold_claim((20, 50), heads=((26, 31),))
    assert bench().issue_right(claim(issue), gold) is right


def test_a_gold_issue_of_null_wants_an_empty_one() -> None:
    gold = gold_claim(None)
    assert bench().issue_right(claim((14, 14)), gold)
    assert not bench().issue_right(claim((20, 30)), gold)


def test_a_negated_acceptance_is_a_rejection() -> None:
    gold = gold_claim((20, 50), action="ACCEPT", negated=True)
    assert bench().action_right(claim((20, 30), action="REJECT"), gold)
    assert not bench().action_right(claim((20, 30), action="DEMAND"), gold)


def test_matching_is_one_to_one_and_prefers_full_matches() -> None:
    module = bench()
    gold = gold_claim((20, 50), heads=((26, 31),))
    passage = module.Passage("p", {}, 0, 100, (gold,))
    wrong, right = claim((60, 90)), claim((20, 40))
    result = module.score_passage(passage, [wrong, right], _one_sentence())
    assert [p.claim for p in result.right] == [right]
    assert result.spurious == [wrong] and result.missed == []


def _one_sentence() -> Any:
    from newsdesk.model import Annotation, Sentence

    return Annotation("a", "m", (Sentence(0, 100),), ())


# --- the labels ----------------------------------------------------------------------------


def test_labels_are_well_formed(shared: Path) -> None:
    module = bench()
    for split in SPLITS:
        for passage in raw(split)["passages"]:
            text = module.document_text(passage["document"])
            start, end = passage["start"], passage["end"]
            assert 0 <= start < end <= len(text), passage["id"]
            assert module.stored_words_match(
                text, start, min(end, start + 40), passage["first_words"]
            )
            for item in passage["claims"]:
                _check_claim(module, text, passage, item)


def _check_claim(
    module: ModuleType, text: str, passage: dict[str, Any], item: dict[str, Any]
) -> None:
    where = f"{passage['id']}: {item['trigger']['text']!r}"
    trigger = item["trigger"]
    assert passage["start"] <= trigger["start"] < passage["end"], where
    spans = [item["actor"], trigger, item["issue"], item["target"], item["attribution"]]
    issue = item["issue"]
    heads = issue["head"] if issue else []
    for span in [s for s in spans if s] + heads:
        assert 0 <= span["start"] < span["end"] <= len(text), where
        assert module.stored_words_match(text, span["start"], span["end"], span["text"]), where
    for head in heads:
        assert issue["start"] <= head["start"] and head["end"] <= issue["end"], where
    assert issue is None or heads, f"{where}: an issue needs its head words"
    assert item["action"] in ACTION_TYPES, where
    assert item["modality"] in module.MODALITIES, where
    assert item["actor"]["kind"] in module.KINDS, where
    target = item["target"]
    assert target is None or target["name"] != item["actor"]["name"], f"{where}: target is actor"


def test_enough_claims_split_by_document(shared: Path) -> None:
    documents = {
        split: {json.dumps(p["document"], sort_keys=True) for p in raw(split)["passages"]}
        for split in SPLITS
    }
    assert not documents["tune"] & documents["test"], "a document in both splits"
    counts = {split: sum(len(p["claims"]) for p in raw(split)["passages"]) for split in SPLITS}
    assert sum(counts.values()) >= MIN_CLAIMS, counts
    assert min(counts.values()) >= 0.4 * sum(counts.values()), counts


# --- the extractor against the gold --------------------------------------------------------


def _pinned(key: str) -> float | None:
    """A floor from bench/baseline.json ("floors" or "test_floors"), None while unpinned."""
    floors = json.loads(BASELINE.read_text("utf-8"))
    for table in ("floors", "test_floors"):
        if key in floors.get(table, {}):
            return float(floors[table][key])
    return None


@pytest.mark.quality
@pytest.mark.parametrize("split", SPLITS)
def test_precision_holds_its_floor(shared: Path, split: str) -> None:
    prefix = f"claims.gold.{split}.newsdesk"
    floors = {m: _pinned(f"{prefix}.{m}") for m in ("precision", "recall")}
    if floors["precision"] is None:
        pytest.skip(f"no floor pinned for {prefix}.precision in {BASELINE}")
    module = bench()
    docs = module.documents(module.load_gold(split))
    metrics = module.metrics_of(module.evaluate("newsdesk", docs), prefix)
    for name, floor in floors.items():
        if floor is not None:
            assert metrics[f"{prefix}.{name}"] >= floor, (name, metrics)
