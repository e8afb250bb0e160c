"""Copy detection quality on labelled pairs built from real articles.

Articles come from ../shared/data/clustering/neus-allsides (each line: one story told by three
outlets); hosts for pasted passages also from semeval2022-task8-sample (English pairs). The
originals of every sampled story are added first (the other outlets' takes on the same story
are the hard negatives), then derived articles:

  exact      the same article, byte for byte or with case/quote/spacing changed
  edit       light edits: new title, a sentence dropped or added, words changed, boilerplate
             appended, typos, or two of these at once            -> gold "duplicate"
  reuse      2-3 sentences (>= 30 words) of an article pasted into an article of another
             story                                               -> gold "reuse", with share
  quote      one short sentence (<= 20 words) pasted likewise   -> must not be a copy

Scored per link (article, source, kind); "any" ignores the kind. The baseline is TF-IDF
cosine of whole texts against every earlier article (>= 0.8 duplicate, >= 0.5 reuse).

    .venv/bin/python bench/copies_eval.py [--stories 600] [--seed 7]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse

from newsdesk.config import default_settings
from newsdesk.group.copies import CopyIndex, normalised_words
from newsdesk.model import CopyLink

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
NEUS = "data/clustering/neus-allsides/data"
SEMEVAL = "data/clustering/semeval2022-task8-sample/data"
KINDS = ("duplicate", "reuse")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘']?[A-Z0-9])")
TITLES = (
    "Here is what we know so far",
    "Breaking: officials respond as the story develops",
    "What happened today and why it matters for you",
)
BOILERPLATE = (
    "Follow us on Twitter and Facebook for the latest updates.",
    "Sign up for our newsletter to get the day's top stories delivered to your inbox.",
    "Copyright 2021 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
)


@dataclass(frozen=True, slots=True)
class Story:
    articles: tuple[str, ...]  # "title\n\nbody"


@dataclass(slots=True)
class Case:
    article_id: str
    text: str
    group: str  # original | exact | edit:<how> | reuse | quote
    gold: set[tuple[str, str]] = field(default_factory=set)  # (source id, kind)
    gold_share: float | None = None


# --- data -------------------------------------------------------------------------------


def read_neus(shared: Path) -> list[Story]:
    stories = []
    for name in ("train.source", "val.source"):
        for line in (shared / NEUS / name).read_text("utf-8").splitlines():
            parts = [_neus_article(part) for part in line.split("[SEP]")]
            if len(parts) == 3 and all(parts):
                stories.append(Story(tuple(parts)))
    return stories


def _neus_article(part: str) -> str:
    match = re.match(r"\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*(.*)", part.strip(), re.S)
    return f"{match.group(1)}\n\n{match.group(2).strip()}" if match else ""


def read_semeval_english(shared: Path) -> list[str]:
    csv.field_size_limit(10**8)
    texts: set[str] = set()
    for name in ("training_set.csv", "testing_set.csv"):
        with (shared / SEMEVAL / name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["lang1"] == row["lang2"] == "en":
                    texts.update(t.strip() for t in (row["text1"], row["text2"]))
    return sorted(t for t in texts if len(t.split()) >= 60)


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.replace("\n\n", " ")) if s.strip()]


def title_and_body(article: str) -> tuple[str, list[str]]:
    title, _, body = article.partition("\n\n")
    return title, sentences(body)


# --- derived articles -------------------------------------------------------------------


def exact_copy(article: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return article
    styled = article.replace("'", "\u2019").replace('"', "\u201c")
    return re.sub(r" ", "  ", styled.upper() if rng.random() < 0.5 else styled)


def _retitle(article: str, rng: random.Random, other: str) -> str:
    return f"{rng.choice(TITLES)}\n\n{article.partition(chr(10) * 2)[2]}"


def _drop_sentence(article: str, rng: random.Random, other: str) -> str:
    title, body = title_and_body(article)
    if len(body) >= 3:
        del body[rng.randrange(1, len(body))]
    return f"{title}\n\n{' '.join(body)}"


def _add_sentence(article: str, rng: random.Random, other: str) -> str:
    return f"{article} {rng.choice(sentences(other))}"


def _change_words(article: str, rng: random.Random, other: str) -> str:
    words, pool = article.split(" "), other.split()
    for _ in range(3):
        words[rng.randrange(len(words))] = rng.choice(pool)
    return " ".join(words)


def _boilerplate(article: str, rng: random.Random, other: str) -> str:
    return f"{article}\n\n{' '.join(BOILERPLATE[: rng.randint(1, 3)])}"


def _typos(article: str, rng: random.Random, other: str) -> str:
    words = article.split(" ")
    for _ in range(max(2, len(words) // 25)):
        i = rng.randrange(len(words))
        if len(words[i]) > 3:
            j = rng.randrange(len(words[i]) - 1)
            w = words[i]
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


Edit = Callable[[str, random.Random, str], str]
EDITS: dict[str, Edit] = {
    "title": _retitle,
    "drop": _drop_sentence,
    "add": _add_sentence,
    "words": _change_words,
    "boilerplate": _boilerplate,
    "typos": _typos,
}


def light_edit(article: str, rng: random.Random, other: str, how: str) -> str:
    if how != "two":
        return EDITS[how](article, rng, other)
    first, second = rng.sample(sorted(EDITS), 2)
    return EDITS[second](EDITS[first](article, rng, other), rng, other)


def paste(host: str, passage: str, rng: random.Random) -> str:
    parts = sentences(host)
    cut = rng.randint(1, max(1, len(parts) - 1))
    return " ".join([*parts[:cut], passage, *parts[cut:]])


def passage_of(article: str, rng: random.Random, min_words: int, max_words: int) -> str | None:
    body = title_and_body(article)[1]
    spans = [
        " ".join(body[i : i + n]) for n in (1, 2, 3) for i in range(len(body) - n + 1)
    ]  # fmt: skip
    fits = [s for s in spans if min_words <= len(normalised_words(s)) <= max_words]
    return rng.choice(fits) if fits else None


# --- building the case list -------------------------------------------------------------


def build_cases(stories: list[Story], hosts: list[str], count: int, seed: int) -> list[Case]:
    """Originals first, then derived articles; every host text is used once, never indexed."""
    rng = random.Random(seed)
    shuffled = rng.sample(stories, len(stories))
    chosen, spare = shuffled[:count], shuffled[count:]
    pool = hosts + [article for story in spare for article in story.articles]
    hosts = rng.sample(pool, len(pool))
    originals = [
        Case(f"s{n}a{k}", text, "original")
        for n, story in enumerate(chosen)
        for k, text in enumerate(story.articles)
    ]
    return originals + list(_derived(chosen, hosts, rng))


def _derived(chosen: list[Story], hosts: list[str], rng: random.Random) -> Iterator[Case]:
    hows = [*EDITS, "two"]
    for n, story in enumerate(chosen):
        pick = rng.randrange(3)
        source, article = f"s{n}a{pick}", story.articles[pick]
        # a text never indexed: words and sentences from it are noise, not reuse
        other = hosts.pop()
        if n % 2 == 0:
            yield Case(f"s{n}x", exact_copy(article, rng), "exact", {(source, "duplicate")}, 1.0)
        how = hows[n % len(hows)]
        edited = light_edit(article, rng, other, how)
        yield Case(f"s{n}e", edited, f"edit:{how}", {(source, "duplicate")})
        yield from _pasted(n, story, hosts, rng)


def _pasted(n: int, story: Story, hosts: list[str], rng: random.Random) -> Iterator[Case]:
    pick = rng.randrange(3)
    source = f"s{n}a{pick}"
    long = passage_of(story.articles[pick], rng, 30, 90)
    if long is not None:
        text = paste(hosts.pop(), long, rng)
        share = len(normalised_words(long)) / len(normalised_words(text))
        yield Case(f"s{n}r", text, "reuse", {(source, "reuse")}, share)
    short = passage_of(story.articles[pick], rng, 8, 20)
    if short is not None:
        yield Case(f"s{n}q", paste(hosts.pop(), short, rng), "quote")


# --- detectors --------------------------------------------------------------------------


def run_copies(cases: list[Case]) -> tuple[list[list[CopyLink]], float]:
    index = CopyIndex(default_settings().copies)
    started = time.perf_counter()
    found = [index.add(case.article_id, case.text) for case in cases]
    return found, (time.perf_counter() - started) / len(cases)


def run_tfidf(cases: list[Case], dup: float = 0.8, reuse: float = 0.5) -> list[list[CopyLink]]:
    """Whole-text TF-IDF cosine against every earlier article (quadratic: a baseline only)."""
    matrix = _tfidf([case.text for case in cases])
    found: list[list[CopyLink]] = []
    for row, case in enumerate(cases):
        scores = (matrix[:row] @ matrix[row].T).toarray().ravel() if row else np.zeros(0)
        best = int(scores.argmax()) if scores.size else -1
        if best < 0 or scores[best] < reuse:
            found.append([])
            continue
        kind = "duplicate" if scores[best] >= dup else "reuse"
        found.append([CopyLink(case.article_id, cases[best].article_id, kind, float(scores[best]))])
    return found


def _tfidf(texts: list[str]) -> sparse.csr_matrix:
    vocabulary: dict[str, int] = {}
    rows, cols, values = [], [], []
    for row, text in enumerate(texts):
        for word, tf in Counter(normalised_words(text)).items():
            rows.append(row)
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
            values.append(1.0 + np.log(tf))
    counts = sparse.csr_matrix((values, (rows, cols)), shape=(len(texts), len(vocabulary)))
    df = np.bincount(cols, minlength=len(vocabulary))
    weighted = counts.multiply(np.log((1 + len(texts)) / (1 + df)) + 1).tocsr()
    norms = np.sqrt(weighted.multiply(weighted).sum(axis=1)).A.ravel()
    return sparse.diags(1 / np.maximum(norms, 1e-12)) @ weighted


# --- scoring ----------------------------------------------------------------------------


def score(cases: list[Case], found: list[list[CopyLink]]) -> dict[str, object]:
    table: dict[str, object] = {}
    for kind in (*KINDS, "any"):
        table[kind] = _precision_recall(cases, found, kind)
    table["by_group"] = _recall_by_group(cases, found)
    table["false_links_by_group"] = _false_by_group(cases, found)
    table["reuse_share_mae"] = _share_error(cases, found)
    return table


def _pairs(links: list[CopyLink] | set[tuple[str, str]], kind: str) -> set[tuple[str, str]]:
    pairs = {(x.source_id, x.kind) for x in links} if isinstance(links, list) else links
    if kind == "any":
        return {(source, "any") for source, _ in pairs}
    return {p for p in pairs if p[1] == kind}


def _precision_recall(cases: list[Case], found: list[list[CopyLink]], kind: str) -> dict:
    tp = fp = fn = 0
    for case, links in zip(cases, found, strict=True):
        predicted, gold = _pairs(links, kind), _pairs(case.gold, kind)
        tp, fp, fn = (
            tp + len(predicted & gold),
            fp + len(predicted - gold),
            fn + len(gold - predicted),
        )
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def _recall_by_group(cases: list[Case], found: list[list[CopyLink]]) -> dict[str, float]:
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for case, links in zip(cases, found, strict=True):
        if case.gold:
            totals[case.group] += 1
            hits[case.group] += case.gold <= {(x.source_id, x.kind) for x in links}
    return {group: round(hits[group] / totals[group], 3) for group in sorted(totals)}


def _false_by_group(cases: list[Case], found: list[list[CopyLink]]) -> dict[str, int]:
    false: Counter[str] = Counter()
    for case, links in zip(cases, found, strict=True):
        false[case.group] += len({(x.source_id, x.kind) for x in links} - case.gold)
    return dict(sorted(false.items()))


def _share_error(cases: list[Case], found: list[list[CopyLink]]) -> float | None:
    errors = [
        abs(link.share - case.gold_share)
        for case, links in zip(cases, found, strict=True)
        for link in links
        if case.gold_share is not None and (link.source_id, link.kind) in case.gold
        and case.group == "reuse"
    ]  # fmt: skip
    return round(float(np.mean(errors)), 4) if errors else None


def same_story_pairs(cases: list[Case]) -> int:
    return sum(1 for c in cases if c.group == "original" and not c.article_id.endswith("a0"))


def evaluate(shared: Path = SHARED, stories: int = 600, seed: int = 7) -> dict[str, object]:
    cases = build_cases(read_neus(shared), read_semeval_english(shared), stories, seed)
    found, seconds_per_article = run_copies(cases)
    return {
        "articles": len(cases),
        "groups": dict(Counter(case.group.split(":")[0] for case in cases)),
        "same_story_negative_pairs": sum(range(3)) * stories,
        "copies": score(cases, found) | {"ms_per_article": round(1000 * seconds_per_article, 3)},
        "tfidf_baseline": score(cases, run_tfidf(cases)),
    }


def metrics(result: dict) -> dict[str, float]:
    """Gated figures (higher is better): precision and recall of every kind, share accuracy."""
    out = {
        f"copies.{kind}.{measure}": result["copies"][kind][measure]
        for kind in (*KINDS, "any")
        for measure in ("precision", "recall")
    }
    false = result["copies"]["false_links_by_group"]
    # different outlets' articles on one story (the hard negatives) and pasted short quotes
    pairs = result["same_story_negative_pairs"]
    out["copies.same_story.clean_share"] = round(1 - false.get("original", 0) / pairs, 4)
    quotes = max(1, result["groups"].get("quote", 1))
    out["copies.quote.clean_share"] = round(1 - false.get("quote", 0) / quotes, 4)
    return out


def print_table(result: dict) -> None:
    print(f"{result['articles']} articles: {result['groups']}")
    print(f"{'method':<16}{'kind':<11}{'precision':>10}{'recall':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
    for method in ("copies", "tfidf_baseline"):
        for kind in (*KINDS, "any"):
            row = result[method][kind]
            print(
                f"{method:<16}{kind:<11}{row['precision']:>10.3f}{row['recall']:>8.3f}"
                f"{row['tp']:>6}{row['fp']:>6}{row['fn']:>6}"
            )
        print(f"{'':<16}recall by group: {result[method]['by_group']}")
        print(f"{'':<16}false links by group: {result[method]['false_links_by_group']}")
        print(f"{'':<16}reuse share MAE: {result[method]['reuse_share_mae']}")
    print(f"copies: {result['copies']['ms_per_article']} ms per article")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not (SHARED / NEUS).is_dir():
        print(f"no evaluation data at {SHARED / NEUS}", file=sys.stderr)
        return 2
    result = evaluate(SHARED, args.stories, args.seed)
    print_table(result)
    out = REPO / "bench" / "results" / "copies.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    summary = {"metrics": metrics(result), "stories": args.stories, "seed": args.seed}
    out.write_text(json.dumps(result | summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
