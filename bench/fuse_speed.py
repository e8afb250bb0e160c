"""Fuse speed: the facts of one story of 50, 100, 200 and 400 articles, on one core.

The story is built from the sample corpus (src/newsdesk/samples/corpus, one fictional story
told by 13 articles), varied: the corpus goes once through the library (`Desk.add`) into a
temporary store, and each article's fuse inputs are read back as the pipeline reads them
(`pipeline.StoryReader`: sentences, entities, quotes, claims, quantities, time expressions,
origins, copy links, stored sentence embeddings; plus the parse's tokens). Each synthetic
article then takes one corpus article's sentences (each kept with probability 0.75, in
order), slips in three sentences of other articles, and carries every annotation of those
sentences at its new offsets; one in twenty is a duplicate of an earlier one (a copy the
store linked). Outlets rotate over 60 names, so origins are many and facts large: a sentence
of the corpus is reported by about n/13 articles, the shape of a big story many outlets cover.

Only `fuse_story` is timed (best of `--repeat` runs, process CPU time and wall time), with the
embeddings already stored (as they are after an update). BLAS is held to one thread. Cost per
story should grow no faster than n log n: the table gives each size's time over the
smallest's and the same ratio for n log n.

    .venv/bin/python bench/fuse_speed.py [--sizes 50 100 200 400] [--repeat 3]

Writes bench/results/fuse_speed.json ({"metrics": {...}}).
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")  # one core, before numpy loads its BLAS

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

from newsdesk.config import default_settings  # noqa: E402
from newsdesk.fuse import StoryArticle, fuse_story  # noqa: E402
from newsdesk.fuse.offices import load_offices  # noqa: E402
from newsdesk.fuse.units import SentenceOrigin  # noqa: E402
from newsdesk.model import Sentence, Token  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "src" / "newsdesk" / "samples" / "corpus"
RESULTS = REPO / "bench" / "results" / "fuse_speed.json"
OUTLETS = 60
KEEP = 0.75  # share of its base article's sentences a synthetic article keeps
BORROWED = 3  # sentences slipped in from other articles
COPY_EVERY = 20  # one article in this many is a duplicate of an earlier one
TARGET_SECONDS = 2.0  # the facts of a 200-article story (issue 14)


# --- the base: the sample corpus as fuse reads it ---------------------------------------------


def base_articles(folder: Path) -> list[StoryArticle]:
    """Every corpus article's fuse inputs, embeddings and parse included."""
    from newsdesk import pipeline
    from newsdesk.desk import Desk

    settings = default_settings()
    with Desk(folder / "fuse-speed.db", settings) as desk:
        desk.add([str(CORPUS)], workers=1)
        store = desk.store
        reader = pipeline.StoryReader.of(store, settings)
        found = []
        for story in store.stories():
            for item in reader.articles(story):
                annotation = store.annotation(item.article.id)
                tokens = annotation.tokens if annotation else ()
                vectors = item.vectors
                if vectors is None and item.copy_of is None:
                    item_id = item.article.id
                    row = pipeline._embed_batch([(item_id, item.article.text, item.sentences)])
                    vectors = np.frombuffer(row[item_id], np.float32).reshape(-1, 384)
                found.append(dataclasses.replace(item, tokens=tokens, vectors=vectors))
    return [a for a in found if a.sentences]


# --- synthetic articles -----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Piece:
    """One sentence of a base article, to be placed in a synthetic one."""

    base: StoryArticle
    index: int  # the sentence's position in its base article


def synthetic_story(
    bases: Sequence[StoryArticle], count: int, seed: int = 7, distinct: bool = False
) -> list[StoryArticle]:
    """`count` articles varied from the bases (the same seed gives the same story). With
    `distinct`, no two sentences are the same text (each ends in a word of its own), so no
    copy is recognised as one before the similarities are compared: the grouping's worst
    case."""
    rng = random.Random(seed)
    originals = [b for b in bases if b.copy_of is None]
    made: list[StoryArticle] = []
    for number in range(count):
        if number % COPY_EVERY == COPY_EVERY - 1 and made:
            made.append(_duplicate(rng.choice(made), number))
            continue
        base = rng.choice(originals)
        pieces = [Piece(base, i) for i in range(len(base.sentences)) if rng.random() < KEEP]
        for _ in range(BORROWED):
            other = rng.choice(originals)
            pieces.insert(
                rng.randrange(len(pieces) + 1), Piece(other, rng.randrange(len(other.sentences)))
            )
        made.append(_assemble(pieces, base, number, distinct))
    return made


def _assemble(
    pieces: Sequence[Piece], base: StoryArticle, number: int, distinct: bool = False
) -> StoryArticle:
    """An article made of these sentences, every annotation moved to its new offset."""
    parts: list[str] = []
    sentences: list[Sentence] = []
    carried: dict[str, list[Any]] = {
        k: [] for k in ("entities", "quotes", "claims", "quantities", "times", "origins")
    }
    tokens: list[Token] = []
    rows = []
    position = 0
    for piece in pieces:
        source = piece.base
        sentence = source.sentences[piece.index]
        text = source.article.text[sentence.start : sentence.end]
        if distinct:
            text += f" variant{number}n{len(sentences)}"  # no parse: no term, but no copy either
        shift = position - sentence.start
        sentences.append(Sentence(position, position + len(text)))
        _carry(source, sentence, shift, carried)
        tokens += _moved_tokens(source.tokens, sentence, shift, len(tokens))
        rows.append(_row(source, piece.index))
        parts.append(text)
        position += len(text) + 1
    article_id = f"synthetic-{number:04d}"
    article = dataclasses.replace(
        base.article,
        id=article_id,
        source=f"{article_id}.txt",
        outlet=f"Outlet {number % OUTLETS}",
        text=" ".join(parts),
        duplicate_of=None,
    )
    return StoryArticle(
        article=article,
        sentences=tuple(sentences),
        entities=tuple(carried["entities"]),
        quotes=tuple(_retag(q, article_id) for q in carried["quotes"]),
        claims=tuple(_retag(c, article_id) for c in carried["claims"]),
        quantities=tuple(_retag(q, article_id) for q in carried["quantities"]),
        times=tuple(carried["times"]),
        origins=tuple(_own_outlet(o, base, article.outlet) for o in carried["origins"]),
        seen=number,
        event_id=base.event_id,
        vectors=np.vstack(rows).astype(np.float32) if rows else None,
        tokens=tuple(tokens),
    )


def _carry(
    source: StoryArticle, sentence: Sentence, shift: int, carried: dict[str, list[Any]]
) -> None:
    inside = lambda start, end: sentence.start <= start and end <= sentence.end  # noqa: E731
    carried["entities"] += [
        (s + shift, e + shift, i) for s, e, i in source.entities if inside(s, e)
    ]
    for name in ("quotes", "claims", "quantities", "times", "origins"):
        for item in getattr(source, name):
            if inside(item.start, item.end):
                carried[name].append(_shifted(item, shift))


def _shifted(item: Any, shift: int) -> Any:
    """A copy of an annotation with every offset field moved by `shift`."""
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(item):
        value = getattr(item, field.name)
        offset = field.name in ("start", "end") or field.name.endswith(("_start", "_end"))
        if offset and isinstance(value, int):
            changes[field.name] = value + shift
        elif field.name == "pieces" and value:
            changes[field.name] = tuple((s + shift, e + shift) for s, e in value)
    return dataclasses.replace(item, **changes)


def _retag(item: Any, article_id: str) -> Any:
    return dataclasses.replace(item, article_id=article_id)


def _own_outlet(origin: SentenceOrigin, base: StoryArticle, outlet: str | None) -> SentenceOrigin:
    """A sentence its base outlet reported itself is the synthetic outlet's own reporting."""
    if origin.kind == "own" and outlet:
        return dataclasses.replace(origin, name=outlet, counted_as=outlet)
    return origin


def _moved_tokens(
    tokens: Sequence[Token], sentence: Sentence, shift: int, first: int
) -> list[Token]:
    """The sentence's tokens at their new offsets, heads renumbered (a head outside the
    sentence becomes the token itself: a root)."""
    inside = [i for i, t in enumerate(tokens) if sentence.start <= t.start < sentence.end]
    number = {old: first + new for new, old in enumerate(inside)}
    return [
        dataclasses.replace(
            tokens[i],
            start=tokens[i].start + shift,
            end=tokens[i].end + shift,
            head=number.get(tokens[i].head, number[i]),
        )
        for i in inside
    ]


def _row(source: StoryArticle, index: int) -> np.ndarray:
    if source.vectors is None or index >= len(source.vectors):
        return np.zeros(384, dtype=np.float32)
    return source.vectors[index]


def _duplicate(original: StoryArticle, number: int) -> StoryArticle:
    """A copy of an earlier article under another outlet, linked to it (no embeddings: the
    store embeds originals only)."""
    article_id = f"synthetic-{number:04d}"
    article = dataclasses.replace(
        original.article,
        id=article_id,
        source=f"{article_id}.txt",
        outlet=f"Outlet {number % OUTLETS}",
    )
    return dataclasses.replace(
        original,
        article=article,
        quotes=tuple(_retag(q, article_id) for q in original.quotes),
        claims=tuple(_retag(c, article_id) for c in original.claims),
        quantities=tuple(_retag(q, article_id) for q in original.quantities),
        copy_of=original.article.id,
        seen=number,
        vectors=None,
    )


# --- timing -----------------------------------------------------------------------------------


def measure(articles: Sequence[StoryArticle], repeat: int) -> dict[str, float]:
    """Best-of-`repeat` CPU and wall time of the story's facts."""
    settings = default_settings().fuse
    offices = load_offices(settings.offices_file or None)  # read once, as the pipeline does
    cpu, wall, facts = [], [], 0
    for _ in range(repeat):
        started, ticked = time.process_time(), time.perf_counter()
        facts = len(fuse_story("story-speed", articles, settings, offices))
        cpu.append(time.process_time() - started)
        wall.append(time.perf_counter() - ticked)
    sentences = sum(len(a.sentences) for a in articles)
    return {"cpu": min(cpu), "wall": min(wall), "facts": facts, "sentences": sentences}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 400])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--distinct", action="store_true", help="no two sentences the same text (worst case)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsdesk-fuse-speed-") as folder:
        bases = base_articles(Path(folder))
    rows = {
        n: measure(synthetic_story(bases, n, distinct=args.distinct), args.repeat)
        for n in args.sizes
    }
    metrics = _table(rows, "distinct" if args.distinct else "")
    # the other variant's figures stay: the file holds both runs
    earlier = json.loads(RESULTS.read_text("utf-8"))["metrics"] if RESULTS.is_file() else {}
    kept = {k: v for k, v in earlier.items() if (".distinct." in k) != args.distinct}
    RESULTS.write_text(json.dumps({"metrics": kept | metrics}, indent=2, sort_keys=True) + "\n")
    print(f"wrote {RESULTS.relative_to(REPO)}")
    slow = [v for k, v in metrics.items() if ".n200.cpu" in k and v >= TARGET_SECONDS]
    return 1 if slow else 0


# (column title, width, format) of the printed table
COLUMNS = (
    ("articles", 8, "d"), ("sentences", 9, "d"), ("facts", 6, "d"), ("cpu s", 7, ".2f"),
    ("wall s", 7, ".2f"), ("x first", 8, ".2f"), ("x nlogn", 8, ".2f"),
)  # fmt: skip


def _table(rows: dict[int, dict[str, float]], variant: str = "") -> dict[str, float]:
    machine = f"{platform.node()} {platform.machine()}"
    kind = "no two sentences alike" if variant else "copies as a story has them"
    print(f"fuse speed | {machine} | {date.today()} | one core, embeddings stored | {kind}")
    print(" ".join(f"{title:>{width}}" for title, width, _ in COLUMNS))
    first = min(rows)
    metrics: dict[str, float] = {}
    for n, row in sorted(rows.items()):
        grown = row["cpu"] / rows[first]["cpu"] if rows[first]["cpu"] else 0.0
        nlogn = (n * math.log(n)) / (first * math.log(first))
        cells = (n, int(row["sentences"]), int(row["facts"]), row["cpu"], row["wall"], grown, nlogn)
        print(" ".join(f"{v:>{w}{f}}" for v, (_, w, f) in zip(cells, COLUMNS, strict=True)))
        prefix = f"fuse_speed{'.' + variant if variant else ''}.n{n}"
        metrics[f"{prefix}.cpu_seconds"] = round(row["cpu"], 3)
        metrics[f"{prefix}.wall_seconds"] = round(row["wall"], 3)
        metrics[f"{prefix}.over_nlogn"] = round(grown / nlogn, 3)
    return metrics


if __name__ == "__main__":
    sys.exit(main())
