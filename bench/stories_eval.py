"""Story and event grouping quality, beside a TF-IDF + agglomerative baseline run the same way.

Data (../shared/data/clustering, read in place):
  neus      NeuS-AllSides train + val pooled: each line is one news item told by three outlets
            (gold: the line). No dates. Scored at event level (an AllSides roundup is one news
            item) and at story level.
  ecbplus   ECB+ topics 1-35: documents into topics (story level) and sub-topics (event level;
            the `ecb` and `ecbplus` documents of a topic are two real events). No dates.
  uci       UCI News Aggregator sample: 6,367 headlines into 88 stories (dated by timestamp).
  semeval   SemEval-2022 task 8 sample (testing_set.csv): Pearson between the pair similarity
            and -Overall (Overall is 1 = same story ... 4 = unrelated), all pairs and en-en.

Tuning (thresholds of both systems) uses only the TUNE split: 500 NeuS train lines (fixed seed)
and ECB+ odd-numbered topics. Held-out figures: NeuS val, ECB+ even topics, UCI, SemEval test.
The pooled figures the issue asks for (NeuS train+val, ECB+ 1-35) include the tuning part.

Systems:
  newsdesk        StoryIndex.rebuild (incremental, canonical order), with MiniLM embeddings
  newsdesk_noemb  the same without embeddings
  newsdesk_dense  with embeddings and local scaling (density_weight 0.5), thresholds tuned on
                  all of NeuS train pooled + ECB+ odd topics: the setting for crowded batches
  baseline        TF-IDF (title + body, batch IDF over the set) cosine, average-linkage
                  agglomerative clustering cut at a tuned distance (scipy)

    .venv/bin/python bench/stories_eval.py            # tune, then every set (~15 min loaded)
    .venv/bin/python bench/stories_eval.py --quick    # smaller NeuS pool, no saving
    .venv/bin/python bench/stories_eval.py --diagnose # how separable pooled NeuS is at all

The pooled NeuS set is embedded too (8,277 texts, ~8 min the first time, then cached).
`--diagnose` explains the NeuS ceiling: how often an article's nearest neighbour (embedding,
TF-IDF, both) is one of its own line, and the best B-cubed F1 a *batch* average- or
complete-linkage clustering reaches on the pooled set when its cut is chosen on the gold labels
themselves (an upper bound for any threshold on these similarities, not a result).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.stats import pearsonr

from newsdesk.config import StoriesSettings, default_settings
from newsdesk.group import embeddings
from newsdesk.group.stories import StoryIndex, StoryInput, terms

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
CACHE = Path(os.environ.get("NEWSDESK_BENCH_CACHE", Path.home() / ".cache" / "newsdesk-bench"))
CLUSTERING = SHARED / "data" / "clustering"
EVENT_GRID = [round(float(x), 3) for x in np.arange(0.20, 0.62, 0.03)]
STORY_GRID = [round(float(x), 3) for x in np.arange(0.10, 0.50, 0.04)]
DENSE_WEIGHT = 0.5  # local scaling of the "newsdesk_dense" variant (chosen on NeuS train pooled)
BASELINE_GRID = [round(float(x), 3) for x in np.arange(0.30, 0.99, 0.02)]


@dataclass(frozen=True, slots=True)
class Doc:
    item: StoryInput
    story: str  # gold storyline
    event: str  # gold event


# --- data -------------------------------------------------------------------------------


def _id(*parts: object) -> str:
    return hashlib.blake2b(repr(parts).encode(), digest_size=6).hexdigest()


def read_neus(split: str, lines: Sequence[int] | None = None) -> list[Doc]:
    rows = (CLUSTERING / "neus-allsides/data" / f"{split}.source").read_text("utf-8").splitlines()
    chosen = range(len(rows)) if lines is None else lines
    docs = []
    for n in chosen:
        for k, part in enumerate(rows[n].split("[SEP]")):
            match = re.match(r"\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*(.*)", part.strip(), re.S)
            if match:
                item = StoryInput(_id("neus", split, n, k), match[1], match[2].strip())
                docs.append(Doc(item, f"{split}{n}", f"{split}{n}"))
    return docs


def neus_tune_lines() -> list[int]:
    count = len((CLUSTERING / "neus-allsides/data/train.source").read_text("utf-8").splitlines())
    return sorted(random.Random(11).sample(range(count), 500))


def read_ecbplus(topics: Sequence[int]) -> list[Doc]:
    root = _unpack_ecbplus()
    docs = []
    for topic in topics:
        for path in sorted((root / str(topic)).glob("*.xml")):
            title, body = _ecb_text(path.read_text("utf-8"))
            sub = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
            item = StoryInput(_id("ecb", path.name), title, body)
            docs.append(Doc(item, str(topic), f"{topic}{sub}"))
    return docs


def _unpack_ecbplus() -> Path:
    target = CACHE / "ecbplus"
    if not (target / "ECB+").is_dir():
        import tarfile

        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(CLUSTERING / "ecbplus/ecbplus-topics-1-35.tar.xz") as archive:
            archive.extractall(target, filter="data")
    return target / "ECB+"


def _ecb_text(xml: str) -> tuple[str, str]:
    sentences: dict[int, list[str]] = {}
    for sentence, word in re.findall(r'<token [^>]*sentence="(\d+)"[^>]*>([^<]*)</token>', xml):
        sentences.setdefault(int(sentence), []).append(word)
    texts = [_detokenise(words) for _, words in sorted(sentences.items())]
    # ecbplus files open with a headline; ecb files with the first sentence of the story
    return (texts[0] if texts else ""), " ".join(texts[1:])


def _detokenise(words: list[str]) -> str:
    text = " ".join(words).replace("&amp;", "&").replace("&quot;", '"').replace("&apos;", "'")
    return re.sub(r" ([.,;:!?%)'])", r"\1", text)


def read_uci() -> list[Doc]:
    path = CLUSTERING / "uci-news-aggregator-sample/uci-news-aggregator.first6367.csv"
    docs = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not (row["TIMESTAMP"] or "").isdigit() or not row["STORY"]:
                continue  # a few rows of the sample are cut short
            day = datetime.fromtimestamp(int(row["TIMESTAMP"]) / 1000, UTC).date().isoformat()
            item = StoryInput(_id("uci", row["ID"]), row["TITLE"], "", day)
            docs.append(Doc(item, row["STORY"], row["STORY"]))
    return docs


def read_semeval() -> list[tuple[StoryInput, StoryInput, float, bool]]:
    csv.field_size_limit(10**8)
    path = CLUSTERING / "semeval2022-task8-sample/data/testing_set.csv"
    pairs = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            a, b = (_semeval_item(row[f"text{n}"], row["pair_id"], n) for n in (1, 2))
            english = row["lang1"] == row["lang2"] == "en"
            pairs.append((a, b, float(row["Overall"]), english))
    return pairs


def _semeval_item(text: str, pair: str, n: int) -> StoryInput:
    title, _, body = text.strip().partition("  ")
    return StoryInput(_id("semeval", pair, n), title, body)


# --- embeddings (cached by text hash; the model is the slow part) -------------------------


def with_embeddings(docs: list[Doc], name: str) -> list[Doc]:
    vectors = embed_items([d.item for d in docs], name)
    return [
        replace(d, item=replace(d.item, embedding=tuple(map(float, v))))
        for d, v in zip(docs, vectors, strict=True)
    ]


def embed_items(items: Sequence[StoryInput], name: str) -> npt.NDArray[np.float32]:
    """Vectors of title + lead, cached per text in CACHE/stories-emb.npz."""
    texts = [embeddings.lead(i.title, i.text) for i in items]
    keys = [hashlib.blake2b(t.encode(), digest_size=12).hexdigest() for t in texts]
    path = CACHE / "stories-emb.npz"
    cache: dict[str, npt.NDArray[np.float32]] = {}
    if path.exists():
        stored = np.load(path)
        cache = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in cache}.items())
    if missing:
        started = time.perf_counter()
        fresh = embeddings.embed([t for _, t in missing])
        seconds = time.perf_counter() - started
        print(f"  embedded {len(missing)} {name} texts in {seconds:.0f} s", file=sys.stderr)
        cache.update(zip([k for k, _ in missing], fresh, strict=True))
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(path, keys=np.array(list(cache)), vectors=np.array(list(cache.values())))
    return np.array([cache[k] for k in keys], dtype=np.float32)


# --- scoring ----------------------------------------------------------------------------


def bcubed(predicted: Sequence[str], gold: Sequence[str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 over items."""
    pairs = list(zip(predicted, gold, strict=True))
    by_pred: dict[str, list[str]] = {}
    by_gold: dict[str, list[str]] = {}
    for p, g in pairs:
        by_pred.setdefault(p, []).append(g)
        by_gold.setdefault(g, []).append(p)
    precision = sum(by_pred[p].count(g) / len(by_pred[p]) for p, g in pairs) / len(pairs)
    recall = sum(by_gold[g].count(p) / len(by_gold[g]) for p, g in pairs) / len(pairs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def run_newsdesk(docs: list[Doc], settings: StoriesSettings) -> tuple[list[str], list[str]]:
    index = StoryIndex.rebuild([d.item for d in docs], settings)
    found = [index.assignment(d.item.id) for d in docs]
    return [a.story_id for a in found if a], [a.event_id for a in found if a]


def tfidf_matrix(items: Sequence[StoryInput]) -> sparse.csr_matrix:
    """Plain batch TF-IDF (sublinear tf, smooth idf, unit rows) of title + body."""
    vocabulary: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, item in enumerate(items):
        counts: dict[int, int] = {}
        for term in terms(f"{item.title or ''} {item.text}"):
            col = vocabulary.setdefault(term, len(vocabulary))
            counts[col] = counts.get(col, 0) + 1
        rows += [r] * len(counts)
        cols += list(counts)
        vals += [1.0 + np.log(c) for c in counts.values()]
    matrix = sparse.csr_matrix((vals, (rows, cols)), shape=(len(items), max(1, len(vocabulary))))
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    matrix = matrix.multiply(np.log((1 + len(items)) / (1 + df)) + 1).tocsr()
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A.ravel()
    return sparse.csr_matrix(sparse.diags(1 / np.maximum(norms, 1e-12)) @ matrix)


def baseline_tree(docs: list[Doc]) -> npt.NDArray[np.float64]:
    matrix = tfidf_matrix([d.item for d in docs])
    similarity = (matrix @ matrix.T).toarray().astype(np.float32)
    distance = 1.0 - similarity
    condensed = distance[np.triu_indices(len(docs), k=1)].astype(np.float64)
    del similarity, distance
    return linkage(np.clip(condensed, 0.0, 2.0), method="average")


def cut(tree: npt.NDArray[np.float64], threshold: float) -> list[str]:
    return [str(label) for label in fcluster(tree, t=threshold, criterion="distance")]


# --- tuning (TUNE split only) ---------------------------------------------------------------


def tune_newsdesk(
    sets: dict[str, tuple[list[Doc], str]],
    base: StoriesSettings,
    suffix: str = "",
    grid: Sequence[float] = EVENT_GRID,
) -> StoriesSettings:
    """Coordinate search: the event threshold (story = event - 0.1), then the story threshold.

    `suffix` "_text" tunes the thresholds used for articles without an embedding.
    Objective: mean B-cubed F1 over the tuning sets and their levels.
    """
    event_name, story_name = f"event_threshold{suffix}", f"story_threshold{suffix}"

    def score(settings: StoriesSettings) -> float:
        return _objective(sets, lambda docs: run_newsdesk(docs, settings))

    def at(settings: StoriesSettings, **values: float) -> StoriesSettings:
        return replace(settings, **values)  # type: ignore[arg-type]

    events = [at(base, **{event_name: t, story_name: max(0.05, t - 0.1)}) for t in grid]
    best = max(events, key=score)
    top = getattr(best, event_name)
    stories = [at(best, **{story_name: t}) for t in STORY_GRID if t <= top]
    return max([best, *stories], key=score)


def tune_options(sets: dict[str, tuple[list[Doc], str]], base: StoriesSettings) -> StoriesSettings:
    """Keep the structural option (member links, merging) that raises the TUNE objective most,
    if any does.

    Each is tried with the event threshold at the tuned value and one grid step either side
    (its scores run higher or lower than the centroid's), the story threshold moved alike.
    """
    options: list[dict[str, float]] = [{"member_weight": 0.3}, {"merge_threshold": 0.6}]
    best, best_score = base, _objective(sets, _system(base))
    for option in options:
        for step in (-0.03, 0.0, 0.03):
            event = round(base.event_threshold + step, 3)
            trial = replace(
                base,
                event_threshold=event,
                story_threshold=round(base.story_threshold + step, 3),
                **option,  # type: ignore[arg-type]
            )
            score = _objective(sets, _system(trial))
            print(f"  option {option} at event threshold {event}: {score:.4f}", file=sys.stderr)
            if score > best_score:
                best, best_score = trial, score
    return best


def _system(settings: StoriesSettings) -> Callable[[list[Doc]], tuple[list[str], list[str]]]:
    return lambda docs: run_newsdesk(docs, settings)


def _objective(
    sets: dict[str, tuple[list[Doc], str]],
    system: Callable[[list[Doc]], tuple[list[str], list[str]]],
) -> float:
    scores = []
    for docs, levels in sets.values():
        stories, events = system(docs)
        if "event" in levels:
            scores.append(bcubed(events, [d.event for d in docs])["f1"])
        if "story" in levels:
            scores.append(bcubed(stories, [d.story for d in docs])["f1"])
    return float(np.mean(scores))


def tune_baseline(sets: dict[str, tuple[list[Doc], str]]) -> tuple[float, float]:
    """Separate cut distances for the event and the story level, as the baseline's two levels."""
    trees = {name: baseline_tree(docs) for name, (docs, _) in sets.items()}
    result = []
    for level in ("event", "story"):
        scored = []
        for t in BASELINE_GRID:
            f1s = [
                bcubed(cut(trees[name], t), [getattr(d, level) for d in docs])["f1"]
                for name, (docs, levels) in sets.items()
                if level in levels
            ]
            scored.append((float(np.mean(f1s)), t))
        result.append(max(scored)[1])
    return result[0], result[1]


# --- evaluation -------------------------------------------------------------------------------


def evaluate_set(
    name: str,
    docs_of: dict[str, list[Doc]],
    systems: dict[str, StoriesSettings],
    cuts: tuple[float, float],
    metrics: dict[str, float],
    table: list[list[str]],
) -> None:
    """Each newsdesk variant on its own inputs (with or without vectors); the baseline once."""
    docs = next(iter(docs_of.values()))
    golds = {"event": [d.event for d in docs], "story": [d.story for d in docs]}
    outputs: dict[str, dict[str, list[str]]] = {}
    for system, settings in systems.items():
        started = time.process_time()
        stories, events = run_newsdesk(docs_of[system], settings)
        outputs[system] = {"story": stories, "event": events}
        elapsed = 1000 * (time.process_time() - started) / len(docs)
        metrics[f"stories.{name}.{system}.ms_per_article"] = round(elapsed, 3)
    tree = baseline_tree(docs)
    outputs["baseline"] = {"event": cut(tree, cuts[0]), "story": cut(tree, cuts[1])}
    for level in ("event", "story"):
        for system, levels in outputs.items():
            scores = bcubed(levels[level], golds[level])
            for key, value in scores.items():
                metrics[f"stories.{name}.{level}.{system}.{key}"] = value
            f1s = (f"{scores[k]:.3f}" for k in ("precision", "recall", "f1"))
            table.append([name, level, system, *f1s, str(len(set(levels[level])))])


def evaluate_semeval(
    systems: dict[str, StoriesSettings], metrics: dict[str, float], table: list[list[str]]
) -> None:
    pairs = read_semeval()
    items = [p[0] for p in pairs] + [p[1] for p in pairs]
    vectors = embed_items(items, "semeval")
    n = len(pairs)
    target = np.array([-p[2] for p in pairs])
    english = np.array([p[3] for p in pairs])
    sims: dict[str, npt.NDArray[np.float64]] = {}
    for system, settings in systems.items():
        index = StoryIndex(settings)
        index.observe(items)
        with_vec = system == "newsdesk"
        sims[system] = np.array(
            [
                index.similarity(
                    _vec(a, vectors[i]) if with_vec else a,
                    _vec(b, vectors[n + i]) if with_vec else b,
                )
                for i, (a, b, _, _) in enumerate(pairs)
            ]
        )
    matrix = tfidf_matrix(items)
    sims["baseline"] = np.asarray(matrix[:n].multiply(matrix[n:]).sum(axis=1)).ravel()
    for system, sim in sims.items():
        for subset, mask in (("all", np.ones(n, bool)), ("en", english)):
            r = float(pearsonr(sim[mask], target[mask])[0])
            metrics[f"stories.semeval.{subset}.{system}.pearson"] = round(r, 4)
            table.append(
                ["semeval", f"{subset} ({int(mask.sum())} pairs)", system, "", "", f"r={r:.3f}", ""]
            )


def _vec(item: StoryInput, vector: npt.NDArray[np.float32]) -> StoryInput:
    return replace(item, embedding=tuple(map(float, vector)))


def tune_dense(tuned: StoriesSettings) -> StoriesSettings:
    """The local-scaling variant for crowded, undated batches, tuned where crowding is: all of
    NeuS train pooled (event level) and ECB+ odd topics (both levels). NeuS val stays held out
    only on its own; the pooled train+val figure includes this tuning part."""
    saved = CACHE / "stories-tuning-dense.json"
    if saved.exists() and json.loads(saved.read_text()).get("from") == asdict(tuned):
        return _settings_with(**json.loads(saved.read_text())["settings"])
    sets = {
        "neus_train": (with_embeddings(read_neus("train"), "neus-train"), "event"),
        "ecb": (with_embeddings(read_ecbplus(range(1, 36, 2)), "ecb-odd"), "event story"),
    }
    grid = [round(t, 3) for t in np.arange(0.24, 0.40, 0.03)]
    dense = tune_newsdesk(sets, replace(tuned, density_weight=DENSE_WEIGHT), grid=grid)
    saved.write_text(json.dumps({"from": asdict(tuned), "settings": asdict(dense)}))
    return dense


def tune_all(reuse: bool) -> tuple[StoriesSettings, tuple[float, float]]:
    """Both systems' thresholds from the TUNE split (kept in CACHE for --reuse-tuning)."""
    saved = CACHE / "stories-tuning.json"
    if reuse and saved.exists():
        state = json.loads(saved.read_text())
        cuts = state["cuts"]
        return _settings_with(**state["settings"]), (float(cuts[0]), float(cuts[1]))
    tune_neus = with_embeddings(read_neus("train", neus_tune_lines()), "neus-tune")
    tune_ecb = with_embeddings(read_ecbplus(range(1, 36, 2)), "ecb-odd")
    tune_sets = {"neus": (tune_neus, "event"), "ecb": (tune_ecb, "event story")}
    tuned = tune_newsdesk(tune_sets, default_settings().stories)
    tuned = tune_options(tune_sets, tuned)
    text_only = {
        name: ([replace(d, item=replace(d.item, embedding=None)) for d in docs], levels)
        for name, (docs, levels) in tune_sets.items()
    }
    tuned = tune_newsdesk(text_only, tuned, "_text")
    cuts = tune_baseline(tune_sets)
    saved.write_text(json.dumps({"settings": asdict(tuned), "cuts": cuts}))
    return tuned, cuts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="NeuS val only as the NeuS pool; not saved"
    )
    parser.add_argument(
        "--reuse-tuning", action="store_true", help="take the thresholds of the last tuning run"
    )
    parser.add_argument(
        "--no-embed-neus-all",
        action="store_true",
        help="skip the embedding of all 8,277 NeuS articles (~8 min on one loaded core, cached)",
    )
    parser.add_argument(
        "--diagnose", action="store_true", help="separability of pooled NeuS only, then stop"
    )
    args = parser.parse_args()
    if not CLUSTERING.is_dir():
        sys.exit(f"needs the shared data at {CLUSTERING} (set NEWSDESK_SHARED)")
    if args.diagnose:
        diagnose_neus()
        return
    started = time.perf_counter()
    tuned, cuts = tune_all(args.reuse_tuning)
    dense = tune_dense(tuned)
    print(f"dense variant: event {dense.event_threshold}, story {dense.story_threshold}")
    print(
        f"tuned on NeuS train sample + ECB+ odd topics: {tuned}; baseline event/story cuts {cuts}"
    )
    metrics: dict[str, float] = {
        "stories.tuned.event_threshold": tuned.event_threshold,
        "stories.tuned.story_threshold": tuned.story_threshold,
        "stories.tuned.event_threshold_text": tuned.event_threshold_text,
        "stories.tuned.story_threshold_text": tuned.story_threshold_text,
        "stories.tuned.dense.event_threshold": dense.event_threshold,
        "stories.tuned.dense.story_threshold": dense.story_threshold,
        "stories.tuned.baseline.event_distance": cuts[0],
        "stories.tuned.baseline.story_distance": cuts[1],
    }
    table: list[list[str]] = []
    sets = {
        "neus_val": read_neus("val"),
        "ecb_even": read_ecbplus(range(2, 36, 2)),
        "ecb_all": read_ecbplus(range(1, 36)),
        "uci": read_uci(),
    }
    if not args.quick:
        sets["neus_all"] = read_neus("train") + read_neus("val")
    for name, docs in sets.items():
        docs_of = {"newsdesk_noemb": docs}
        if name != "neus_all" or not args.no_embed_neus_all:
            embedded = with_embeddings(docs, name)
            docs_of = {"newsdesk": embedded, "newsdesk_dense": embedded} | docs_of
        systems = {system: dense if system == "newsdesk_dense" else tuned for system in docs_of}
        evaluate_set(name, docs_of, systems, cuts, metrics, table)
    evaluate_semeval({"newsdesk": tuned, "newsdesk_noemb": tuned}, metrics, table)
    print_table(table)
    print(f"total {time.perf_counter() - started:.0f} s (wall, loaded machine)")
    if not args.quick:
        out = REPO / "bench/results/stories.json"
        out.write_text(
            json.dumps(
                {
                    "metrics": metrics,
                    "settings": asdict(tuned),
                    "tuned_on": "NeuS train (500 lines, seed 11) + ECB+ odd topics",
                },
                indent=1,
            )
            + "\n"
        )
        print(f"wrote {out}")


def diagnose_neus() -> None:
    """Nearest-neighbour accuracy and an oracle-cut batch upper bound on pooled NeuS."""
    docs = with_embeddings(read_neus("train") + read_neus("val"), "neus_all")
    vectors = np.array([d.item.embedding for d in docs], dtype=np.float32)
    matrix = tfidf_matrix([d.item for d in docs])
    gold = np.array([d.event for d in docs])
    mates = gold[:, None] == gold[None, :]
    np.fill_diagonal(mates, False)
    by_embedding = vectors @ vectors.T
    by_tfidf = (matrix @ matrix.T).toarray().astype(np.float32)
    print(f"pooled NeuS: {len(docs)} articles, {len(set(gold))} lines")
    for name, weight in (("tf-idf", 0.0), ("embedding", 1.0), ("0.6 emb + 0.4 tf-idf", 0.6)):
        similarity = weight * by_embedding + (1.0 - weight) * by_tfidf
        np.fill_diagonal(similarity, -9.0)
        nearest_is_mate = mates[np.arange(len(docs)), similarity.argmax(axis=1)].mean()
        worst_mate = np.where(mates, similarity, 9.0).min(axis=1)
        best_other = np.where(mates, -9.0, similarity).max(axis=1)
        separable = (worst_mate > best_other).mean()
        print(
            f"  {name}: nearest neighbour from the same line {nearest_is_mate:.3f}; "
            f"both line mates closer than every other article {separable:.3f}"
        )
        np.fill_diagonal(similarity, 1.0)
        condensed = 1.0 - similarity[np.triu_indices(len(docs), k=1)].astype(np.float64)
        del similarity
        for method in ("average", "complete"):
            tree = linkage(np.clip(condensed, 0.0, 2.0), method=method)
            best = max(
                (bcubed(cut(tree, float(t)), list(gold))["f1"], round(float(t), 2))
                for t in np.arange(0.2, 1.0, 0.02)
            )
            print(f"    batch {method} linkage, cut chosen on gold: F1 {best[0]:.3f} at {best[1]}")


def print_table(table: list[list[str]]) -> None:
    header = ["set", "level", "system", "B3 P", "B3 R", "B3 F1", "clusters"]
    widths = [max(len(str(r[i])) for r in [header, *table]) for i in range(len(header))]
    for row in [header, *table]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))


def _settings_with(**values: object) -> StoriesSettings:
    """The shipped [stories] settings with some values changed."""
    return replace(default_settings().stories, **values)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
