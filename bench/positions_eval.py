"""The positions matrix (who demands, proposes, accepts, rejects what) against a gold.

Gold in bench/positions_gold/ (guideline.md says how it was labelled and how it is scored):
- sample: the fictional sample corpus shipped in src/newsdesk/samples (the tuning set);
- seeds: the three real seed articles in ../shared/seeds (held apart: scored, never tuned on).

Each corpus goes through the library as a user's would (`Desk.add`, then `Desk.brief` of every
story), and every row of the positions matrix is matched against the gold positions: a row
matches when its actor is one of the position's actors, its stance one of the position's
stances, and one of its citations lies in a sentence the position's evidence names.

Scored: precision (rows that match a gold position), recall (required positions found),
rows per found position (1.0: one row per position however many wordings report it) and
evidence recall (of the found positions' evidence sentences, the share their rows cite).
Baseline in the same run: the claims table read as positions (one row per claim of a stance
action, its actor the state it acts for when known), what an analyst has without grouping.

    .venv/bin/python bench/positions_eval.py [--errors]

`--errors` prints the sample's unmatched rows and missed positions (never the seeds').
Prints a table and writes bench/results/positions.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
GOLD_DIR = REPO / "bench" / "positions_gold"
SAMPLE_CORPUS = REPO / "src" / "newsdesk" / "samples" / "corpus"
RESULTS = REPO / "bench" / "results" / "positions.json"
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


@dataclass(frozen=True, slots=True)
class GoldPosition:
    id: str
    actors: frozenset[str]  # folded names
    stances: frozenset[str]
    required: bool
    evidence: tuple[str, ...]  # opening words of the sentences that state it (straight quotes)


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a positions matrix, reduced to what the scorer reads."""

    story: str
    actor: str
    stance: str
    issue: str
    sentences: frozenset[str]  # the cited sentences, straight quotes


def read_gold(path: Path) -> list[GoldPosition]:
    from newsdesk.gazetteer import fold

    raw = json.loads(path.read_text("utf-8"))
    return [
        GoldPosition(
            item["id"],
            frozenset(fold(a) for a in item["actors"]),
            frozenset(item["stances"]),
            bool(item["required"]),
            tuple(e.translate(_STRAIGHT) for e in item["evidence"]),
        )
        for item in raw["positions"]
    ]


def analyse(inputs: Sequence[str], *, sample: bool) -> tuple[list[Row], list[Row], float]:
    """The positions rows and the baseline's rows of a corpus run through a fresh store."""
    from newsdesk.compose.positions import STANCE_OF
    from newsdesk.desk import Desk, sample_settings
    from newsdesk.gazetteer import fold

    settings = sample_settings(None) if sample else None
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, Desk(Path(folder) / "p.db", settings) as desk:
        desk.add(list(inputs), workers=1)
        sentences = _sentences(desk)
        rows = []
        for story in desk.stories():
            for position in desk.brief(story.id).positions:
                cited = {_sentence_of(sentences, c.article_id, c.start) for c in position.citations}
                rows.append(
                    Row(
                        story.id,
                        fold(position.actor_name),
                        position.stance,
                        position.issue,
                        frozenset(cited),
                    )
                )
        seconds = time.perf_counter() - started
        baseline = [
            Row(
                "claims table",
                fold(claim.actor_state or claim.actor),
                STANCE_OF[claim.action],
                claim.issue,
                frozenset({_sentence_of(sentences, claim.article_id, claim.start)}),
            )
            for claim in desk.claims()
            if claim.action in STANCE_OF and claim.modality != "negated"
        ]
    return rows, baseline, seconds


def _sentences(desk: object) -> dict[str, list[tuple[int, int, str]]]:
    found: dict[str, list[tuple[int, int, str]]] = {}
    for article in desk.articles():  # type: ignore[attr-defined]
        annotation = desk.annotation(article.id)  # type: ignore[attr-defined]
        spans = annotation.sentences if annotation else ()
        found[article.id] = [
            (s.start, s.end, article.text[s.start : s.end].translate(_STRAIGHT)) for s in spans
        ]
    return found


def _sentence_of(sentences: dict[str, list[tuple[int, int, str]]], article: str, at: int) -> str:
    for start, end, text in sentences.get(article, ()):
        if start <= at < end:
            return text.strip()
    return ""


def matches(row: Row, gold: GoldPosition) -> bool:
    return (
        row.actor in gold.actors
        and row.stance in gold.stances
        and any(s.startswith(e) for s in row.sentences for e in gold.evidence)
    )


def score(rows: Sequence[Row], gold: Sequence[GoldPosition]) -> dict[str, float]:
    matched_rows = [r for r in rows if any(matches(r, g) for g in gold)]
    required = [g for g in gold if g.required]
    found = [g for g in required if any(matches(r, g) for r in rows)]
    # a position taken in two stories is a row in each: count the rows per story it is in
    per_found = [
        sum(matches(r, g) for r in rows) / len({r.story for r in rows if matches(r, g)})
        for g in found
    ]
    cited = [
        sum(
            any(s.startswith(e) for r in rows if matches(r, g) for s in r.sentences)
            for e in g.evidence
        )
        / len(g.evidence)
        for g in found
    ]
    return {
        "rows": len(rows),
        "precision": round(len(matched_rows) / max(len(rows), 1), 4),
        "recall": round(len(found) / max(len(required), 1), 4),
        "f1": round(
            _f1(len(matched_rows) / max(len(rows), 1), len(found) / max(len(required), 1)), 4
        ),
        "rows_per_position": round(sum(per_found) / max(len(found), 1), 3),
        "evidence_recall": round(sum(cited) / max(len(cited), 1), 4),
        "required": len(required),
    }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def errors(rows: Sequence[Row], gold: Sequence[GoldPosition]) -> None:
    for row in rows:
        if not any(matches(row, g) for g in gold):
            first = sorted(row.sentences)[0][:90] if row.sentences else ""
            print(f"  UNMATCHED row: {row.actor} | {row.stance} | {row.issue!r}  <- {first!r}")
    for g in gold:
        hits = [r for r in rows if matches(r, g)]
        if g.required and not hits:
            print(f"  MISSED: {g.id}")
        elif len(hits) > 1:
            print(
                f"  SPLIT {g.id} into {len(hits)}: "
                + "; ".join(f"{r.actor}|{r.issue}" for r in hits)
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--errors", action="store_true", help="the sample's errors (not the seeds')"
    )
    args = parser.parse_args()
    corpora = {"sample": ([str(SAMPLE_CORPUS)], GOLD_DIR / "sample.json", True)}
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        corpora["seeds"] = ([str(seeds)], GOLD_DIR / "seeds.json", False)
    else:
        print(f"no seeds at {seeds}: only the sample is scored", file=sys.stderr)
    table: dict[str, dict[str, dict[str, float]]] = {}
    for name, (inputs, gold_path, is_sample) in corpora.items():
        gold = read_gold(gold_path)
        rows, baseline, seconds = analyse(inputs, sample=is_sample)
        table[name] = {"newsdesk": score(rows, gold), "claims_table": score(baseline, gold)}
        table[name]["newsdesk"]["seconds"] = round(seconds, 1)
        if args.errors and is_sample:
            print(f"# {name} errors")
            errors(rows, gold)
    when = f"{datetime.now(UTC):%Y-%m-%d}"
    print(f"# positions matrix against bench/positions_gold on {platform.node()}, {when}")
    keys = ("rows", "precision", "recall", "f1", "rows_per_position", "evidence_recall")
    print(
        "{:<8} {:<13} {:>5} {:>9} {:>7} {:>6} {:>13} {:>9}".format(
            "corpus", "system", *["rows", "precision", "recall", "F1", "rows/position", "evidence"]
        )
    )
    for name, systems in table.items():
        for system, row in systems.items():
            print(
                "{:<8} {:<13} {:>5} {:>9} {:>7} {:>6} {:>13} {:>9}".format(
                    name, system, *(row[k] for k in keys)
                )
            )
    metrics = {
        f"positions.{name}.{system}.{k}": v
        for name, systems in table.items()
        for system, row in systems.items()
        for k, v in row.items()
    }
    RESULTS.write_text(json.dumps({"metrics": metrics}, indent=2) + "\n")


if __name__ == "__main__":
    main()
