"""Canonical entities vs gold Wikidata ids on ELEVANT news benchmarks (each one corpus).

Gold mention spans, labelled by the real NER model, are linked; mentions are grouped by
entity and scored with B-cubed against the gold QIDs, beside exact-string matching run on
the same mentions. Thresholds sit a little under the measured figures (bench/entities_eval.py);
these corpora were not used for tuning (RSS-500 and the seeds were).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from newsdesk.annotate import annotate
from newsdesk.link import LinkInput, link_entities
from newsdesk.model import Mention

pytestmark = pytest.mark.quality

# benchmark file -> (minimum B-cubed F1, minimum gain over exact-string F1, minimum precision)
FLOORS = {"reuters-128": (0.86, 0.02, 0.97), "msnbc-updated": (0.90, 0.05, 0.97)}
Key = tuple[str, int, int]


def bcubed(pred: dict[Key, str], gold: dict[Key, str]) -> tuple[float, float, float]:
    by_pred: dict[str, set[Key]] = defaultdict(set)
    by_gold: dict[str, set[Key]] = defaultdict(set)
    for item in gold:
        by_pred[pred[item]].add(item)
        by_gold[gold[item]].add(item)
    p = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_pred[pred[i]]) for i in gold)
    r = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in gold)
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r)


def gold_corpus(path: Path) -> tuple[list[LinkInput], dict[Key, str]]:
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    texts = [(str(r["id"]), r["text"]) for r in records]
    labels = {
        a.article_id: {(m.start, m.end): m.label for m in a.mentions} for a in annotate(texts)
    }
    inputs, gold = [], {}
    for record in records:
        doc_id, text = str(record["id"]), record["text"]
        spans = sorted(
            (tuple(lab["span"]), lab["entity_id"])
            for lab in record["labels"]
            if lab["entity_id"].startswith("Q")
        )
        mentions = tuple(
            Mention(s, e, text[s:e], labels[doc_id].get((s, e), "UNKNOWN")) for (s, e), _ in spans
        )
        inputs.append(LinkInput(doc_id, text, mentions))
        gold |= {(doc_id, s, e): qid for (s, e), qid in spans}
    return inputs, gold


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_entities_beat_exact_string_matching(shared: Path, name: str) -> None:
    path = shared / "data" / "entities" / "elevant" / "benchmarks" / f"{name}.benchmark.jsonl"
    if not path.is_file():
        pytest.skip(f"needs {path}")
    inputs, gold = gold_corpus(path)
    ours = {(m.article_id, m.start, m.end): e.id for e in link_entities(inputs) for m in e.mentions}
    texts = {(i.article_id, m.start, m.end): m.text for i in inputs for m in i.mentions}
    pred = {k: ours.get(k, f"single:{k}") for k in gold}
    p, _, f1 = bcubed(pred, gold)
    _, _, exact_f1 = bcubed({k: texts[k] for k in gold}, gold)
    least_f1, least_gain, least_p = FLOORS[name]
    assert p >= least_p, f"B-cubed precision {p:.3f}"
    assert f1 >= least_f1, f"B-cubed F1 {f1:.3f}"
    assert f1 >= exact_f1 + least_gain, f"F1 {f1:.3f} vs exact-string {exact_f1:.3f}"
