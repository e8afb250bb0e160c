"""Stance (agree / disagree / discuss / unrelated) on FNC-1 and Emergent; trains the shipped model.

Data (../shared/data/crosscheck, read in place):
  fnc-1      headline vs article body, 4 labels (train split only; its test split is held out
             from this project). Scored by the FNC-1 weighted score (0.25 for related vs
             unrelated right, +0.75 for the right stance of a related pair; shown as a share of
             the best possible) and macro F1 over the four labels.
  emergent   claim vs article headline: for / against / observing (= agree / disagree /
             discuss; all related). Scored by accuracy and macro F1.

Split. FNC-1's headlines and bodies come from Emergent's claims and articles, so the two sets
share topics. A topic is a connected component of: FNC headline - body for every related pair,
and Emergent claim - article headline (the same headline string joins the two sets). A fixed
20% of topics (seed 14) is held apart, in both sets at once; everything here is trained and
tuned on the other 80%. An FNC pair goes with its body (as the official FNC-1 hold-out
does, which splits by body, not topic); a train pair whose headline belongs to a held-apart
topic is dropped, so no held-apart text is seen in training. Held-apart unrelated pairs may
pair a held-apart body with a train headline, which keeps FNC's class balance there.

Systems, scored on the held-apart part only, trained in the same run on the train part:
  newsdesk   newsdesk.fuse.stance: relatedness logistic regression, then a stance logistic
             regression (cue features + bag of words of the sentences nearest the claim) trained
             on FNC related pairs and Emergent together; "disagree" needs P(disagree | related)
             at the operating point chosen on out-of-fold predictions of the train part (best
             disagree F0.5: precision counts twice as much as recall).
  baseline   the official FNC-1 baseline's features, reimplemented (claim-word co-occurrence in
             the body and its first 255 characters, char and word n-gram hits, refuting words
             in the headline and polarity parity, word Jaccard; lowercase instead of WordNet
             lemmas, which need a download) + GradientBoostingClassifier(200 trees); trained
             on FNC for FNC and on Emergent for Emergent.
  majority   the most frequent label of the train part.

Also reported: disagree precision and recall (at the operating point and at the plain argmax),
related/unrelated accuracy (FNC; and Emergent claims against their own headlines and against
another held-apart topic's), and throughput of the shipped model (pairs per second of CPU time,
one process) on claim-vs-headline pairs and claim-vs-body pairs.

    .venv/bin/python bench/crosscheck_eval.py            # train, write the model, score (~5 min)
    .venv/bin/python bench/crosscheck_eval.py --no-save  # score without writing model or results

The shipped model (src/newsdesk/fuse/data/stance.npz) is trained from the train part only, so
the held-apart figures stay honest; training uses fixed seeds and lbfgs, yet a retrain on
another install gave slightly different arrays (the same scores to the third decimal,
2026-12-02): rerunning rewrites the shipped model, so check the scores before committing it.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import os
import platform
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from newsdesk.fuse import stance as st

if TYPE_CHECKING:
    from scipy import sparse
# scikit-learn and scipy are imported where training needs them: scoring the shipped model
# (tests/quality/test_stance_quality.py) needs neither.

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
CROSSCHECK = SHARED / "data" / "crosscheck"
RESULTS = REPO / "bench" / "results" / "crosscheck.json"
MODEL = REPO / "src" / "newsdesk" / "fuse" / "data" / "stance.npz"

SEED = 14
HELD_APART = 0.2
EMERGENT_LABELS = {"for": "agree", "against": "disagree", "observing": "discuss"}
# Chosen by 5-fold cross-validation over train-part topics (out_of_fold), never on the
# held-apart part: C in 0.03-0.3, disagree weight 1 or 3, word blocks of the nearest sentences,
# the lead, the whole passage and the claim compared.
RELATED_C = 1.0
STANCE_C = 0.03
DISAGREE_WEIGHT = 3.0  # disagree is rare (6% of related FNC pairs): weigh it up in training
EMERGENT_WEIGHT = 2.0  # Emergent is small; its short passages are closest to sentence use
MIN_WORD_DF = 5  # bag-of-words stems: seen in at least this many train texts
MAX_WORDS = 4000
F_BETA = 0.5  # the disagree operating point maximises F0.5

Matrix = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Pair:
    claim: str
    passage: str
    label: str  # one of st.LABELS
    topic: int
    source: str  # "fnc", "emergent", or "emergent_unrelated" (built: see unrelated_pairs)


# --- data ----------------------------------------------------------------------------------


def read_fnc() -> tuple[list[dict[str, str]], dict[str, str]]:
    folder = CROSSCHECK / "fnc-1"
    with (folder / "train_bodies.csv").open(encoding="utf-8") as handle:
        bodies = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(handle)}
    with (folder / "train_stances.reconstructed.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle)), bodies


def read_emergent() -> list[dict[str, str]]:
    path = CROSSCHECK / "emergent" / "data" / "url-versions-2015-06-14-clean.csv"
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


class Topics:
    """Union-find over node names; a topic is a component."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, node: str) -> str:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def load_pairs() -> tuple[list[Pair], list[Pair]]:
    """(train part, held-apart part)."""
    stances, bodies = read_fnc()
    emergent = read_emergent()
    topics = Topics()
    for row in stances:
        topics.find(f"b:{row['Body ID']}")
        if row["Stance"] != "unrelated":
            topics.join(f"h:{row['Headline']}", f"b:{row['Body ID']}")
    for row in emergent:
        topics.join(f"c:{row['claimId']}", f"h:{row['articleHeadline']}")
    ids = {root: n for n, root in enumerate(sorted({topics.find(x) for x in list(topics.parent)}))}
    held = _held_topics(len(ids))
    pairs: list[Pair] = []
    for row in stances:
        head, body = (
            ids[topics.find(f"h:{row['Headline']}")],
            ids[topics.find(f"b:{row['Body ID']}")],
        )
        if body in held or head not in held:  # see the module docstring
            pairs.append(Pair(row["Headline"], bodies[row["Body ID"]], row["Stance"], body, "fnc"))
    for row in emergent:
        label = EMERGENT_LABELS[row["articleHeadlineStance"]]
        topic = ids[topics.find(f"c:{row['claimId']}")]
        pairs.append(Pair(row["claimHeadline"], row["articleHeadline"], label, topic, "emergent"))
    return [p for p in pairs if p.topic not in held], [p for p in pairs if p.topic in held]


def _held_topics(count: int) -> frozenset[int]:
    order = list(range(count))
    random.Random(SEED).shuffle(order)
    return frozenset(order[: round(count * HELD_APART)])


def unrelated_pairs(pairs: Sequence[Pair], seed: int) -> list[Pair]:
    """Emergent has no unrelated pairs; build them as FNC-1 did, a claim against a headline of
    another topic (one per related pair), so relatedness also learns short passages."""
    emergent = [p for p in pairs if p.source == "emergent"]
    rng = random.Random(seed)
    built = []
    for pair in emergent:
        other = rng.choice(emergent)
        while other.topic == pair.topic:
            other = rng.choice(emergent)
        built.append(Pair(pair.claim, other.passage, "unrelated", pair.topic, "emergent_unrelated"))
    return built


# --- the newsdesk model --------------------------------------------------------------------


def fit_vocabulary(pairs: Sequence[Pair]) -> st.Vocabulary:
    """IDF over the distinct train texts; bag-of-words stems by document frequency."""
    texts = {p.claim for p in pairs} | {p.passage for p in pairs}
    df: Counter[str] = Counter()
    for text in texts:
        read = st.read_words(text)
        df.update(frozenset(s for sentence in read.sentences for s in sentence))
    n = len(texts)
    idf = {s: float(np.log((1 + n) / (1 + c)) + 1) for s, c in df.items() if c >= 2}
    ranked = sorted(df.items(), key=lambda item: (-item[1], item[0]))  # ties by name: reproducible
    frequent = [s for s, c in ranked if c >= MIN_WORD_DF and s.isalpha() and len(s) > 1]
    words = {s: i for i, s in enumerate(sorted(frequent[:MAX_WORDS]))}
    return st.Vocabulary(idf, words, float(np.log((1 + n) / 2) + 1))


def design(features: Sequence[st.PairFeatures], width: int, part: str) -> sparse.csr_matrix:
    """Dense features, then (for the stance model) binary word columns; sparse."""
    from scipy import sparse

    dense = sparse.csr_matrix(np.array([getattr(f, part) for f in features], dtype=np.float64))
    if part == "related":
        return dense
    rows = [row for row, f in enumerate(features) for _ in f.words]
    columns = [c for f in features for c in f.words]
    words = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(len(features), width))
    return sparse.hstack([dense, words], format="csr")


def fit_linear(
    x: sparse.csr_matrix,
    y: Sequence[str],
    classes: Sequence[str],
    c: float,
    weights: Matrix,
    dense: int,
) -> st.Linear:
    """A logistic regression on standardised dense columns (word columns stay binary)."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    values = x[:, :dense].toarray()
    mean = values.mean(axis=0)
    scale = np.where(values.std(axis=0) > 1e-9, values.std(axis=0), 1.0)
    scaled = sparse.hstack([sparse.csr_matrix((values - mean) / scale), x[:, dense:]], "csr")
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(scaled, [classes.index(label) for label in y], sample_weight=weights)
    # two classes: one column, the log-odds of the second ("related")
    return st.Linear(mean, scale, model.coef_.T.copy(), model.intercept_.copy())


def sample_weights(pairs: Sequence[Pair], disagree: float = 1.0) -> Matrix:
    source = np.array([EMERGENT_WEIGHT if p.source != "fnc" else 1.0 for p in pairs])
    return source * np.array([disagree if p.label == "disagree" else 1.0 for p in pairs])


@dataclass(frozen=True, slots=True)
class Featurized:
    pairs: list[Pair]
    features: list[st.PairFeatures]


def featurize(pairs: Sequence[Pair], vocabulary: st.Vocabulary) -> Featurized:
    return Featurized(list(pairs), st.featurize([(p.claim, p.passage) for p in pairs], vocabulary))


def train(
    data: Featurized, vocabulary: st.Vocabulary, disagree_min_p: float = 0.5
) -> st.StanceModel:
    """Relatedness on every pair; stance on the related ones (Emergent among them)."""
    width = 2 * len(vocabulary.words)
    rel_x = design(data.features, width, "related")
    rel_y = ["related" if p.label != "unrelated" else "unrelated" for p in data.pairs]
    related = fit_linear(
        rel_x,
        rel_y,
        ("unrelated", "related"),
        RELATED_C,
        sample_weights(data.pairs),
        rel_x.shape[1],
    )
    keep = [i for i, p in enumerate(data.pairs) if p.label != "unrelated"]
    stance_x = design([data.features[i] for i in keep], width, "stance")
    kept = [data.pairs[i] for i in keep]
    stance = fit_linear(
        stance_x,
        [p.label for p in kept],
        st.STANCES,
        STANCE_C,
        sample_weights(kept, DISAGREE_WEIGHT),
        len(st.STANCE_FEATURES),
    )
    return st.StanceModel(vocabulary, related, stance, disagree_min_p)


def out_of_fold(data: Featurized, vocabulary: st.Vocabulary, folds: int = 5) -> Matrix:
    """Probabilities of each train pair from a model that did not see its topic."""
    from sklearn.model_selection import GroupKFold

    out = np.zeros((len(data.pairs), 4))
    groups = [p.topic for p in data.pairs]
    for fit_rows, test_rows in GroupKFold(folds).split(data.pairs, groups=groups):
        part = Featurized([data.pairs[i] for i in fit_rows], [data.features[i] for i in fit_rows])
        model = train(part, vocabulary)
        out[test_rows] = model.probabilities([data.features[i] for i in test_rows])
    return out


def operating_point(pairs: Sequence[Pair], probabilities: Matrix) -> float:
    """The P(disagree | related) threshold whose "disagree" verdicts on the related pairs have
    the best F-beta (beta < 1: precision first), by the shipped decision rule."""
    related = [i for i, p in enumerate(pairs) if p.label != "unrelated"]
    gold = np.array([pairs[i].label == "disagree" for i in related])
    best, best_f = 0.5, -1.0
    for threshold in np.arange(0.3, 0.951, 0.025):
        verdicts = [st.decide(probabilities[i], float(threshold), True).label for i in related]
        chosen = np.array([v == "disagree" for v in verdicts])
        tp = float((chosen & gold).sum())
        p, r = tp / max(chosen.sum(), 1), tp / max(gold.sum(), 1)
        beta2 = F_BETA * F_BETA
        f = (1 + beta2) * p * r / (beta2 * p + r) if p + r else 0.0
        if f > best_f:
            best, best_f = round(float(threshold), 3), f
    return best


# --- the official baseline's features, reimplemented --------------------------------------

_REFUTING = ("fake", "fraud", "hoax", "false", "deny", "denies", "not", "despite", "nope",
             "doubt", "doubts", "bogus", "debunk", "pranks", "retract")  # fmt: skip


def _clean(text: str) -> str:
    return " ".join(re.findall(r"\w+", text)).lower()


def baseline_features(claim: str, passage: str) -> list[float]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    head, body = _clean(claim), _clean(passage)
    head_words, body_words = head.split(), body.split()
    content = [w for w in head_words if w not in ENGLISH_STOP_WORDS]
    row: list[float] = [
        sum(w in body for w in head_words),
        sum(w in body[:255] for w in head_words),
        sum(w in body for w in content),
        sum(w in body[:255] for w in content),
    ]
    stripped = " ".join(content)
    for size in (2, 8, 4, 16):
        grams = [stripped[i : i + size] for i in range(len(stripped) - size + 1)]
        row += [sum(g in body for g in grams), sum(g in body[:255] for g in grams)]
        row.append(sum(g in body[:100] for g in grams))
    for size in (2, 3, 4, 5, 6):
        grams = [" ".join(head_words[i : i + size]) for i in range(len(head_words) - size + 1)]
        row += [sum(g in body for g in grams), sum(g in body[:255] for g in grams)]
    row += [
        sum(w in _REFUTING for w in head_words) % 2,
        sum(w in _REFUTING for w in body_words) % 2,
    ]
    row += [float(w in head_words) for w in _REFUTING]
    union = set(head_words) | set(body_words)
    row.append(len(set(head_words) & set(body_words)) / len(union) if union else 0.0)
    return row


def baseline_predict(train_pairs: Sequence[Pair], test_pairs: Sequence[Pair]) -> list[str]:
    from sklearn.ensemble import GradientBoostingClassifier

    x = np.array([baseline_features(p.claim, p.passage) for p in train_pairs])
    model = GradientBoostingClassifier(n_estimators=200, random_state=14128)
    model.fit(x, [p.label for p in train_pairs])
    test_x = np.array([baseline_features(p.claim, p.passage) for p in test_pairs])
    return [str(label) for label in model.predict(test_x)]


# --- scoring -------------------------------------------------------------------------------


def fnc_score(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """The FNC-1 weighted score as a share of the best possible."""

    def points(g: str, p: str) -> float:
        score = 0.25 if (g == "unrelated") == (p == "unrelated") else 0.0
        return score + (0.75 if g != "unrelated" and g == p else 0.0)

    best = sum(points(g, g) for g in gold)
    return sum(points(g, p) for g, p in zip(gold, predicted, strict=True)) / best


def per_label(gold: Sequence[str], predicted: Sequence[str], label: str) -> dict[str, float]:
    tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
    fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def scores(
    gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> dict[str, float]:
    f1s = {label: per_label(gold, predicted, label)["f1"] for label in labels}
    disagree = per_label(gold, predicted, "disagree")
    out = {
        "accuracy": sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold),
        "macro_f1": sum(f1s.values()) / len(f1s),
        "disagree_precision": disagree["precision"],
        "disagree_recall": disagree["recall"],
    } | {f"f1_{label}": f for label, f in f1s.items()}
    if "unrelated" in labels:
        out["fnc_score"] = fnc_score(gold, predicted)
        related = [
            (g == "unrelated") == (p == "unrelated") for g, p in zip(gold, predicted, strict=True)
        ]
        out["related_accuracy"] = sum(related) / len(related)
    return out


def newsdesk_predict(
    model: st.StanceModel, data: Featurized, known_related: bool, disagree_min_p: float
) -> list[str]:
    """Labels by the shipped decision rule; on Emergent (all related) among the stances only,
    as `stances(..., known_related=True)` gives them."""
    probabilities = model.probabilities(data.features)
    return [st.decide(row, disagree_min_p, known_related).label for row in probabilities]


# --- speed ---------------------------------------------------------------------------------


def pairs_per_second(model: st.StanceModel, pairs: Sequence[tuple[str, str]]) -> float:
    """Pairs per second of CPU time of this process (the machine is shared: wall time would
    measure the neighbours), with the objects already alive frozen out of the garbage
    collector's way, as in a fresh process."""
    gc.collect()
    gc.freeze()
    start = time.process_time()
    st.stances(pairs, model=model)
    seconds = time.process_time() - start
    gc.unfreeze()
    return len(pairs) / seconds


# --- the run -------------------------------------------------------------------------------


def run(save: bool) -> dict[str, float]:
    train_pairs, held_pairs = load_pairs()
    train_pairs += unrelated_pairs(train_pairs, SEED)
    print(_describe(train_pairs, held_pairs), file=sys.stderr)
    vocabulary = fit_vocabulary(train_pairs)
    t0 = time.perf_counter()
    train_data, held_data = featurize(train_pairs, vocabulary), featurize(held_pairs, vocabulary)
    print(f"features: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    threshold = operating_point(train_pairs, out_of_fold(train_data, vocabulary))
    model = train(train_data, vocabulary, threshold)
    metrics = evaluate(model, train_pairs, held_data)
    metrics["crosscheck.newsdesk.disagree_min_p"] = threshold
    metrics |= speed(model, held_pairs)
    if save:
        model.save(MODEL)
    return metrics


CURVE = (0.5, 0.6, 0.7, 0.8, 0.9)
SETS = (("fnc_held", "fnc", st.LABELS), ("emergent_held", "emergent", st.STANCES))


def evaluate(model: st.StanceModel, train_pairs: list[Pair], held: Featurized) -> dict[str, float]:
    """Every system on each held-apart set."""
    metrics = score_newsdesk(model, held)
    for name, source, labels in SETS:
        data = only(held, source)
        gold = [p.label for p in data.pairs]
        train_part = [p for p in train_pairs if p.source == source]
        majority = Counter(p.label for p in train_part).most_common(1)[0][0]
        systems = {
            "baseline": baseline_predict(train_part, data.pairs),
            "majority": [majority] * len(gold),
        }
        for system, predicted in systems.items():
            for key, value in scores(gold, predicted, labels).items():
                metrics[f"crosscheck.{name}.{system}.{key}"] = value
    return metrics


def score_newsdesk(model: st.StanceModel, held: Featurized) -> dict[str, float]:
    """The model's figures on each held-apart set (tests/quality re-measures the shipped one)."""
    metrics: dict[str, float] = {}
    for name, source, labels in SETS:
        data = only(held, source)
        gold = [p.label for p in data.pairs]
        known = source == "emergent"
        systems = {
            "newsdesk": newsdesk_predict(model, data, known, model.disagree_min_p),
            "newsdesk_argmax": newsdesk_predict(model, data, known, 0.0),
        }
        metrics[f"crosscheck.{name}.pairs"] = len(gold)
        for system, predicted in systems.items():
            for key, value in scores(gold, predicted, labels).items():
                metrics[f"crosscheck.{name}.{system}.{key}"] = value
        for threshold in CURVE:  # for choosing another operating point knowingly
            predicted = newsdesk_predict(model, data, known, threshold)
            found = per_label(gold, predicted, "disagree")
            for key in ("precision", "recall"):
                metrics[f"crosscheck.{name}.disagree_at_{threshold}.{key}"] = found[key]
    metrics["crosscheck.emergent_held.newsdesk.related_accuracy"] = short_relatedness(model, held)
    return metrics


def only(data: Featurized, source: str) -> Featurized:
    rows = [i for i, p in enumerate(data.pairs) if p.source == source]
    return Featurized([data.pairs[i] for i in rows], [data.features[i] for i in rows])


def short_relatedness(model: st.StanceModel, held: Featurized) -> float:
    """Related vs unrelated on short passages: held-apart Emergent claims against their own
    headlines and against a headline of another held-apart topic (built as in training)."""
    own = [p for p in held.pairs if p.source == "emergent"]
    pairs = own + unrelated_pairs(own, SEED + 1)
    probabilities = model.probabilities(
        st.featurize([(p.claim, p.passage) for p in pairs], model.vocabulary)
    )
    right = [
        (row[3] >= 0.5) == (p.label == "unrelated")
        for row, p in zip(probabilities, pairs, strict=True)
    ]
    return sum(right) / len(right)


def speed(model: st.StanceModel, held: Sequence[Pair]) -> dict[str, float]:
    """Claim vs headline (Emergent: 565 pairs, ~100 claims) and claim vs body (the first 3,000
    FNC pairs: ~330 bodies, each read once and scored against ~9 headlines)."""
    st.stem.cache_clear()
    short = [(p.claim, p.passage) for p in held if p.source == "emergent"]
    bodies = [(p.claim, p.passage) for p in held if p.source == "fnc"][:3000]
    return {
        "crosscheck.speed.headline_pairs_per_s": pairs_per_second(model, short),
        "crosscheck.speed.body_pairs_per_s": pairs_per_second(model, bodies),
        "crosscheck.speed.bodies": len({b for _, b in bodies}),
    }


def _describe(train_pairs: Sequence[Pair], held_pairs: Sequence[Pair]) -> str:
    lines = []
    for name, part in (("train", train_pairs), ("held apart", held_pairs)):
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for p in part:
            counts[p.source][p.label] += 1
        for source, c in sorted(counts.items()):
            lines.append(f"{name:10} {source:18} {sum(c.values()):6}  {dict(sorted(c.items()))}")
    return "\n".join(lines)


def print_table(metrics: dict[str, float]) -> None:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(
        f"crosscheck stance  {when}  {platform.node()} {platform.processor() or platform.machine()}"
        f"  python {platform.python_version()}"
    )
    keys = ("fnc_score", "macro_f1", "accuracy", "disagree_precision", "disagree_recall")
    for name in ("fnc_held", "emergent_held"):
        print(f"\n{name} ({int(metrics[f'crosscheck.{name}.pairs'])} pairs)")
        print(f"{'system':16}" + "".join(f"{k:>20}" for k in keys))
        for system in ("newsdesk", "newsdesk_argmax", "baseline", "majority"):
            values = [metrics.get(f"crosscheck.{name}.{system}.{k}") for k in keys]
            print(
                f"{system:16}" + "".join(f"{'-' if v is None else f'{v:.3f}':>20}" for v in values)
            )
    threshold = metrics["crosscheck.newsdesk.disagree_min_p"]
    print(f"\ndisagree operating point: P(disagree | related) >= {threshold}")
    print("disagree precision / recall at other points:")
    for name in ("fnc_held", "emergent_held"):
        cells = [
            f"{t}: {metrics[f'crosscheck.{name}.disagree_at_{t}.precision']:.2f}"
            f" / {metrics[f'crosscheck.{name}.disagree_at_{t}.recall']:.2f}"
            for t in CURVE
        ]
        print(f"  {name:14} " + "   ".join(cells))
    related = metrics["crosscheck.emergent_held.newsdesk.related_accuracy"]
    print(f"related accuracy, Emergent claims vs own and other topics' headlines: {related:.3f}")
    for key in ("headline_pairs_per_s", "body_pairs_per_s"):
        print(f"{key}: {metrics[f'crosscheck.speed.{key}']:.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--no-save", action="store_true", help="write neither model nor results")
    args = parser.parse_args(argv)
    if not (CROSSCHECK / "fnc-1").is_dir():
        print(f"needs {CROSSCHECK} (set NEWSDESK_SHARED)", file=sys.stderr)
        return 2
    metrics = run(save=not args.no_save)
    print_table(metrics)
    if not args.no_save:
        RESULTS.write_text(json.dumps({"metrics": metrics}, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
