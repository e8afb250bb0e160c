"""Canonical entities vs gold: ELEVANT (News-Fair v1, MSNBC, Reuters-128) and ECB+ topics 1-35.

Each benchmark is one corpus. Mentions are grouped by entity and scored with B-cubed
precision/recall/F1 against the gold ids (Wikidata QIDs; ECB+ cross-document chains), beside
the exact-string baseline (mentions with the same text are one entity), run on the same
mentions. Two mention sets:

- gold: the gold spans, each labelled with the NER label of the detected mention on that span
  (UNKNOWN when NER found none there);
- detected: our NER mentions, scored on those whose span equals a gold span.

NER mention F1 is exact-span over named gold mentions (NIL included, QUANTITY/DATETIME not).
RSS-500 is the tuning set (thresholds in LinkSettings were chosen on it and on the seeds);
the others were never used for tuning.

    .venv/bin/python bench/entities_eval.py [--sample 20] [--skip-ecb]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tarfile
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
ELEVANT = SHARED / "data" / "entities" / "elevant" / "benchmarks"
ECB = SHARED / "data" / "clustering" / "ecbplus" / "ecbplus-topics-1-35.tar.xz"
RESULTS = REPO / "bench" / "results" / "entities.json"
BENCHMARKS = {
    "rss500_tuning": "rss-500",
    "news_fair": "news-fair-no-coref",
    "msnbc": "msnbc-updated",
    "reuters128": "reuters-128",
}
NOT_NAMES = ("QUANTITY", "DATETIME")

sys.path.insert(0, str(REPO / "src"))

from newsdesk.annotate import annotate  # noqa: E402
from newsdesk.config import default_settings  # noqa: E402
from newsdesk.link import LinkInput, link_entities  # noqa: E402
from newsdesk.model import Mention, Sentence  # noqa: E402


@dataclass(frozen=True)
class Doc:
    id: str
    text: str
    gold: dict[tuple[int, int], str]  # span -> gold entity id
    named: set[tuple[int, int]]  # every named gold span (for NER F1)
    window: tuple[int, int]  # the annotated part of the text
    sentences: tuple[Sentence, ...] = ()


def bcubed(pred: dict[object, str], gold: dict[object, str]) -> tuple[float, float, float]:
    """B-cubed over the items both dicts share: pred and gold map item -> cluster id."""
    items = [i for i in gold if i in pred]
    if not items:
        return 0.0, 0.0, 0.0
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for i in items:
        by_pred[pred[i]].add(i)
        by_gold[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        same = len(by_pred[pred[i]] & by_gold[gold[i]])
        p += same / len(by_pred[pred[i]])
        r += same / len(by_gold[gold[i]])
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --- data ---------------------------------------------------------------------------------


def elevant_docs(name: str, sample: int | None) -> list[Doc]:
    docs = []
    lines = (ELEVANT / f"{name}.benchmark.jsonl").read_text("utf-8").splitlines()
    for line in lines[:sample]:
        record = json.loads(line)
        gold, named = {}, set()
        for label in record["labels"]:
            span = tuple(label["span"])
            entity = label["entity_id"]
            if entity.startswith("Q"):
                gold[span] = entity
            if not any(entity.startswith(x) for x in NOT_NAMES):
                named.add(span)
        window = tuple(record.get("evaluation_span") or (0, len(record["text"])))
        docs.append(Doc(str(record["id"]), record["text"], gold, named, window))
    return docs


def ecb_docs(sample: int | None) -> list[Doc]:
    """ECB+ documents with HUMAN and LOC mentions that take part in cross-document chains."""
    docs = []
    with tarfile.open(ECB) as archive:
        members = sorted(
            (m for m in archive.getmembers() if m.name.endswith(".xml")), key=lambda m: m.name
        )
        for member in members[:sample]:
            handle = archive.extractfile(member)
            if handle is not None:
                docs.append(_ecb_doc(member.name, ElementTree.parse(handle).getroot()))
    return docs


def _ecb_doc(name: str, root: ElementTree.Element) -> Doc:
    pieces, offsets, sentences = [], {}, []
    position, current, sentence_start = 0, None, 0
    for token in root.iter("token"):
        sentence = token.get("sentence")
        if current is not None and sentence != current:
            sentences.append(Sentence(sentence_start, position - 1))
            pieces[-1] = "\n"
            sentence_start = position
        current = sentence
        text = token.text or ""
        offsets[token.get("t_id")] = (position, position + len(text))
        pieces += [text, " "]
        position += len(text) + 1
    sentences.append(Sentence(sentence_start, position))
    spans = {}
    markables = root.find("Markables")
    for markable in markables if markables is not None else []:
        if markable.tag.startswith(("HUMAN", "LOC")):
            anchors = [offsets[a.get("t_id")] for a in markable.iter("token_anchor")]
            if anchors:
                spans[markable.get("m_id")] = (anchors[0][0], anchors[-1][1])
    gold = {}
    for relation in root.iter("CROSS_DOC_COREF"):
        for source in relation.iter("source"):
            if source.get("m_id") in spans:
                gold[spans[source.get("m_id")]] = relation.get("note") or ""
    text = "".join(pieces)
    return Doc(name, text, gold, set(gold), (0, len(text)), tuple(sentences))


# --- runs ---------------------------------------------------------------------------------


def ner(docs: list[Doc]) -> dict[str, tuple[Mention, ...]]:
    return {a.article_id: a.mentions for a in annotate([(d.id, d.text) for d in docs])}


def gold_inputs(docs: list[Doc], found: dict[str, tuple[Mention, ...]]) -> list[LinkInput]:
    inputs = []
    for doc in docs:
        labels = {(m.start, m.end): m.label for m in found[doc.id]}
        mentions = tuple(
            Mention(s, e, doc.text[s:e], labels.get((s, e), "UNKNOWN")) for s, e in sorted(doc.gold)
        )
        inputs.append(LinkInput(doc.id, doc.text, mentions, doc.sentences))
    return inputs


def detected_inputs(docs: list[Doc], found: dict[str, tuple[Mention, ...]]) -> list[LinkInput]:
    return [
        LinkInput(
            d.id,
            d.text,
            tuple(m for m in found[d.id] if d.window[0] <= m.start and m.end <= d.window[1]),
            d.sentences,
        )
        for d in docs
    ]


def scores(inputs: list[LinkInput], docs: list[Doc]) -> dict[str, float]:
    gold = {(d.id, *span): entity for d in docs for span, entity in d.gold.items()}
    started = time.perf_counter()
    entities = link_entities(inputs)
    seconds = time.perf_counter() - started
    ours = {(m.article_id, m.start, m.end): e.id for e in entities for m in e.mentions}
    named = {(i.article_id, m.start, m.end): m.text for i in inputs for m in i.mentions}
    ours = {k: ours.get(k, f"single:{k}") for k in named if k in gold}
    exact = {k: text for k, text in named.items() if k in gold}
    p, r, f = bcubed(ours, gold)
    bp, br, bf = bcubed(exact, gold)
    return {
        "mentions": len(ours), "p": p, "r": r, "f1": f,
        "baseline.p": bp, "baseline.r": br, "baseline.f1": bf, "seconds": seconds,
    }  # fmt: skip


def ner_f1(docs: list[Doc], found: dict[str, tuple[Mention, ...]]) -> dict[str, float]:
    named = set(default_settings().link.labels) - {"UNKNOWN"}
    pred = {
        (d.id, m.start, m.end)
        for d in docs
        for m in found[d.id]
        if m.label in named and d.window[0] <= m.start and m.end <= d.window[1]
    }
    gold = {(d.id, *span) for d in docs for span in d.named}
    hits = len(pred & gold)
    p, r = hits / max(len(pred), 1), hits / max(len(gold), 1)
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate(name: str, docs: list[Doc]) -> dict[str, float]:
    found = ner(docs)
    metrics = {}
    for mode, inputs in (
        ("gold", gold_inputs(docs, found)),
        ("detected", detected_inputs(docs, found)),
    ):
        for key, value in scores(inputs, docs).items():
            metrics[f"entities.{name}.{mode}.{key}"] = value
    for key, value in ner_f1(docs, found).items():
        metrics[f"entities.{name}.ner.{key}"] = value
    metrics[f"entities.{name}.docs"] = len(docs)
    return metrics


def table(metrics: dict[str, float], names: Iterable[str]) -> str:
    rows = [
        f"{'corpus':14} {'mentions':>8} {'mode':9} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'exact P':>8} {'exact R':>8} {'exact F1':>8}  NER F1"
    ]
    for name in names:
        for mode in ("gold", "detected"):
            k = f"entities.{name}.{mode}."
            rows.append(
                f"{name:14} {int(metrics[k + 'mentions']):8d} {mode:9} {metrics[k + 'p']:6.3f} "
                f"{metrics[k + 'r']:6.3f} {metrics[k + 'f1']:6.3f} "
                f"{metrics[k + 'baseline.p']:8.3f} {metrics[k + 'baseline.r']:8.3f} "
                f"{metrics[k + 'baseline.f1']:8.3f}  "
                f"{metrics[f'entities.{name}.ner.f1']:.3f}"
            )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=None, help="first N documents of each")
    parser.add_argument("--skip-ecb", action="store_true")
    parser.add_argument("--only", nargs="*", default=None, help="corpora to run")
    args = parser.parse_args()
    if not ELEVANT.is_dir():
        sys.exit(f"needs {ELEVANT} (set NEWSDESK_SHARED)")
    corpora: dict[str, list[Doc]] = {}
    for name, file in BENCHMARKS.items():
        if args.only is None or name in args.only:
            corpora[name] = elevant_docs(file, args.sample)
    if not args.skip_ecb and (args.only is None or "ecbplus" in args.only):
        corpora["ecbplus"] = ecb_docs(args.sample)
    metrics: dict[str, float] = {}
    for name, docs in corpora.items():
        metrics |= evaluate(name, docs)
    print(table(metrics, corpora))
    if args.sample is not None or args.only is not None:
        print("a partial run: not written (its metrics would shadow the full run's)")
        return
    out = RESULTS
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps({"metrics": metrics, "tuned_on": "rss500_tuning + seeds"}, indent=2) + "\n"
    )
    print(f"wrote {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()
