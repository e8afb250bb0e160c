"""Where the quotes' remaining errors lie, on PolNeAR train (dev and test stay held apart).

quotes_eval.py says how many gold attributions are found and how many match exactly; this
says why the rest are not, so that a proposed rule can be aimed at a kind of error and its
size known before it is written:

- a missed gold unit, by the prediction that shares the most characters with it: none; ours
  too long (ours holds at least half of the gold unit but it is under half of ours); ours
  too short (the reverse); matched to another gold unit; or each under half of the other.
  "Too long" and "too short" are a false positive as well when that prediction is unmatched.
- a matched unit that is not exact, by where the words differ: the gold starts earlier or
  ends later than ours, ours starts earlier or ends later, or only inside (a word one of
  the two leaves out in the middle).

Run: .venv/bin/python bench/quotes_errors.py [--limit N] [--examples K]
Parses come from the cache quotes_eval.py fills (--cache).
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from newsdesk.extract.quotes import find_quotes
from newsdesk.gazetteer import load_gazetteer
from newsdesk.parse import ParsedArticle
from newsdesk.referents import Referents
from quotes_eval import Unit, documents, match_units, parsed, read_gold, system_units, word_chars

MISSED_KINDS = (
    "nothing found",
    "ours too long",
    "ours too long, matched elsewhere",
    "ours too short",
    "ours too short, matched elsewhere",
    "matched to another gold unit",
    "each under half of the other",
)
PLACES = ("gold starts earlier", "gold ends later", "ours starts earlier", "ours ends later")


@dataclass(frozen=True)
class Example:
    article: str
    gold: str  # a missed unit's words, or what a matched gold unit has that ours has not
    ours: str
    whole: bool = False  # the units whole (a missed one), or only where they differ


def missed_kind(gold: Unit, predicted: list[Unit], matched: set[int]) -> tuple[str, Unit | None]:
    """Why a gold unit found no match, by the prediction sharing the most characters."""
    best = max(predicted, key=lambda unit: len(gold.chars & unit.chars), default=None)
    shared = len(gold.chars & best.chars) if best is not None else 0
    if best is None or not shared:
        return "nothing found", None
    holds_gold = shared >= 0.5 * len(gold.chars)
    holds_ours = shared >= 0.5 * len(best.chars)
    elsewhere = ", matched elsewhere" if id(best) in matched else ""
    if holds_gold and holds_ours:
        return "matched to another gold unit", best
    if holds_gold:
        return "ours too long" + elsewhere, best
    if holds_ours:
        return "ours too short" + elsewhere, best
    return "each under half of the other", best


def places(text: str, gold: Unit, ours: Unit) -> tuple[str, ...]:
    """Where two matched units' words differ: at either end, or only inside."""
    gold_words, our_words = (
        sorted(word_chars(text, gold.chars)),
        sorted(word_chars(text, ours.chars)),
    )
    found = []
    if gold_words[0] < our_words[0]:
        found.append("gold starts earlier")
    if gold_words[-1] > our_words[-1]:
        found.append("gold ends later")
    if our_words[0] < gold_words[0]:
        found.append("ours starts earlier")
    if our_words[-1] > gold_words[-1]:
        found.append("ours ends later")
    return tuple(found) or ("only inside",)


def runs(text: str, chars: frozenset[int]) -> str:
    """The characters as text, " | " between runs that are not adjacent."""
    pieces, current, last = [], "", None
    for i in sorted(chars):
        if last is not None and i != last + 1:
            pieces.append(current)
            current = ""
        current, last = current + text[i], i
    return " | ".join([*pieces, current] if current else pieces).replace("\n", " ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles")
    parser.add_argument("--examples", type=int, default=3, help="examples shown per kind")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsdesk-quotes-cache"))
    args = parser.parse_args()

    docs = documents("train", args.limit, 1)
    annotations, _ = parsed(docs, args.cache)
    gazetteer = load_gazetteer()
    missed: Counter[str] = Counter()
    differ: Counter[str] = Counter()
    examples: dict[str, list[Example]] = defaultdict(list)
    totals = Counter[str]()
    for (name, text, ann_path), annotation in zip(docs, annotations, strict=True):
        gold = read_gold(ann_path, text)
        parse = ParsedArticle(text, annotation)
        units = system_units(text, find_quotes(name, parse, Referents(parse, gazetteer)))
        pairs = match_units(gold, units)
        totals.update(gold=len(gold), predicted=len(units), matched=len(pairs))
        found, taken = {id(g) for g, _ in pairs}, {id(u) for _, u in pairs}
        for unit in gold:
            if id(unit) in found:
                continue
            kind, best = missed_kind(unit, units, taken)
            missed[kind] += 1
            ours = runs(text, best.chars) if best is not None else ""
            examples[kind].append(Example(name, runs(text, unit.chars), ours, whole=True))
        for g, ours in pairs:
            if word_chars(text, g.chars) == word_chars(text, ours.chars):
                continue
            key = " + ".join(places(text, g, ours))
            differ[key] += 1
            examples[key].append(
                Example(name, runs(text, g.chars - ours.chars), runs(text, ours.chars - g.chars))
            )
    print_tables(totals, missed, differ)
    print_examples(examples, [*MISSED_KINDS, *(k for k, _ in differ.most_common())], args.examples)


def print_tables(totals: Counter[str], missed: Counter[str], differ: Counter[str]) -> None:
    print(
        f"PolNeAR train: {totals['gold']} gold units, {totals['predicted']} predicted, "
        f"{totals['matched']} matched at overlap, {sum(differ.values())} of them not exact\n"
    )
    print(f"{'missed gold units, by why':<44}{'count':>7}{'share':>8}")
    for kind in MISSED_KINDS:
        print(f"{kind:<44}{missed[kind]:>7}{missed[kind] / max(1, sum(missed.values())):>8.1%}")
    print(f"\n{'matched, not exact: where the words differ':<44}{'count':>7}{'share':>8}")
    for key, count in differ.most_common():
        print(f"{key:<44}{count:>7}{count / max(1, sum(differ.values())):>8.1%}")


def print_examples(examples: dict[str, list[Example]], kinds: list[str], count: int) -> None:
    rng = random.Random(7)
    for kind in kinds:
        chosen = rng.sample(examples[kind], min(count, len(examples[kind])))
        if chosen:
            print(f"\n{kind}:")
        for example in chosen:
            gold, ours = ("gold", "ours") if example.whole else ("gold only", "ours only")
            print(f"  {example.article[:40]}")
            print(f"    {gold}: {example.gold[:160]}")
            print(f"    {ours}: {example.ours[:160]}")


if __name__ == "__main__":
    main()
