"""What newsdesk says about NeuS stories, one line per item, for diffing two versions.

Not a score: a reading aid. Each NeuS line (three outlets' articles of one story) goes into a
fresh store through the library, and the script prints, per line, every fact (status,
independent origins, origins, text), quote (speaker, words) and claim (actor, action, issue,
modality). Run it on two commits and `diff` the outputs: every changed line is a behaviour
change to read before it lands (a speaker gained or lost, an origin counted apart or folded).

Run: .venv/bin/python bench/snapshot.py [--file train] [--lines 0:100] [--step 1]
                                        [--what facts,quotes,claims] > snap.txt
Only train and the val lines outside the facts gold (1, 3, 5 mod 7) are for reading;
the held-apart gold's lines are refused.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
NEUS = SHARED / "data" / "clustering" / "neus-allsides" / "data"
GOLD = REPO / "bench" / "facts_gold" / "neus_val.json"
_ARTICLE_PART = re.compile(r"\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*(.*)", re.S)
_SPACE = re.compile(r"\s+")


def records_of(line: str) -> list[dict[str, str]]:
    """A NeuS line's articles as JSON-lines records; outlets are numbered (NeuS names none)."""
    records = []
    for k, part in enumerate(line.split("[SEP]")):
        match = _ARTICLE_PART.match(part.strip())
        if match:
            records.append(
                {"title": match[1], "text": match[2].strip(), "outlet": f"NeuS outlet {k + 1}"}
            )
    return records


def gold_lines() -> set[int]:
    """The val lines the facts gold labels: never read here, tune or test alike."""
    if not GOLD.is_file():
        return set()
    stories = json.loads(GOLD.read_text("utf-8"))
    stories = stories.get("stories", stories) if isinstance(stories, dict) else stories
    return {int(s["line"]) for s in stories if s.get("line") is not None}


def _short(text: str | None, width: int) -> str:
    return _SPACE.sub(" ", text or "")[:width]


def describe(number: int, records: Sequence[dict[str, str]], what: set[str]) -> Iterator[str]:
    """Every item newsdesk gives for one story, as sorted printable lines."""
    from newsdesk.desk import Desk

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
        with Desk(Path(folder) / "snap.db") as desk:
            desk.add([str(path)], workers=1)
            order = {a.id: str(k) for k, a in enumerate(desk.articles())}
            lines: list[str] = []
            if "facts" in what:
                for fact in desk.facts():
                    origins = "; ".join(
                        f"{o.name}/{o.kind}/{len(o.articles)}" for o in fact.origins
                    )
                    lines.append(
                        f"L{number} F {fact.status} {fact.independent_sources} [{origins}] "
                        f"{_short(fact.text, 90)}"
                    )
            if "quotes" in what:
                for quote in desk.quotes():
                    lines.append(
                        f"L{number} Q a{order.get(quote.article_id, '?')} "
                        f"{quote.speaker_name} | {_short(quote.text, 80)}"
                    )
            if "claims" in what:
                for claim in desk.claims():
                    lines.append(
                        f"L{number} C a{order.get(claim.article_id, '?')} {claim.actor} | "
                        f"{claim.action} | {_short(claim.issue, 60)} | {claim.modality}"
                    )
    yield from sorted(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default="train", choices=("train", "val"))
    parser.add_argument("--lines", default="0:50", help="A:B, NeuS line numbers (0-based)")
    parser.add_argument("--step", type=int, default=1)
    parser.add_argument("--what", default="facts,quotes,claims")
    args = parser.parse_args(argv)
    source = NEUS / f"{args.file}.source"
    if not source.is_file():
        print(f"snapshot: {source} not found (set NEWSDESK_SHARED)", file=sys.stderr)
        return 2
    first, last = (int(x) for x in args.lines.split(":"))
    refused = gold_lines() if args.file == "val" else set()
    what = set(args.what.split(","))
    rows = source.read_text("utf-8").splitlines()
    for number in range(first, min(last, len(rows)), args.step):
        if number in refused:
            continue
        for printed in describe(number, records_of(rows[number]), what):
            print(printed, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
