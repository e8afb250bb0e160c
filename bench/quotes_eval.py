"""Quotes against PolNeAR (political news attribution), beside a quotation-mark baseline.

Gold: the attributions of type quote/paraphrase. PolNeAR does not type its attributions, so:
a quote is an attribution whose content holds quotation marks; a paraphrase one whose cue holds
a reporting verb (SAYING, written for this evaluation) and no inner-state verb (think, want,
hope ...). Left out: beliefs, wishes, and acts ("ordered", "sided with", "focused on").
One gold unit = one attribution: its content fragments, its source span (None for
Attribution-no-source).

Predictions: `find_quotes` output, one unit per quote (a quote split in pieces, or reported
speech holding quoted words, is one quote: the union of its pieces).

Scores (content span): a prediction matches a gold unit when the characters they share are
at least half of the longer of the two (`overlap`), or when they hold the same letters and
digits (`exact`: PolNeAR cuts a content of several sentences into one fragment per sentence,
each without its full stop, so marks and spaces between sentences are not compared); spans
are compared after trimming spaces, quotation marks and end punctuation. One-to-one greedy
matching, precision / recall / F1. Speaker accuracy: over gold units matched at overlap with
a gold source, the predicted speaker phrase (or the name it resolved to) overlaps the gold
source span, or the resolved name's last word is in the gold source text.

Baseline ("marks+said"): text between straight or curly double quotes; speaker = the subject
of the nearest "said"/"says"/"say" in the quote's sentence (from the same parse), widened to
its named mention; no resolution, no reported speech.

Run: .venv/bin/python bench/quotes_eval.py --split dev      (full dev: the reported figures)
     .venv/bin/python bench/quotes_eval.py --split train --limit 100   (tuning sample)
     .venv/bin/python bench/quotes_eval.py --group-synthetic 20000   (time `group_quotes`)
Parses are cached under --cache (default /tmp/newsdesk-quotes-cache).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import random
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsdesk.annotate import annotate, annotation_model_key
from newsdesk.extract.quotes import find_quotes
from newsdesk.gazetteer import load_gazetteer
from newsdesk.group.quote_groups import group_quotes
from newsdesk.model import Annotation, Quote
from newsdesk.parse import ParsedArticle
from newsdesk.referents import Referents

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
POLNEAR = SHARED / "data" / "quotes" / "polnear" / "data"
RESULTS = REPO / "bench" / "results"

INNER_STATE = frozenset(
    [
        "think",
        "thinks",
        "thought",
        "thinking",
        "believe",
        "believes",
        "believed",
        "believing",
        "feel",
        "feels",
        "felt",
        "want",
        "wants",
        "wanted",
        "wanting",
        "hope",
        "hopes",
        "hoped",
        "hoping",
        "know",
        "knows",
        "knew",
        "like",
        "likes",
        "liked",
        "love",
        "loves",
        "loved",
        "hate",
        "hates",
        "hated",
        "expect",
        "expects",
        "expected",
        "expecting",
        "fear",
        "fears",
        "feared",
        "worry",
        "worries",
        "worried",
        "wonder",
        "wonders",
        "wondered",
        "consider",
        "considers",
        "considered",
        "doubt",
        "doubts",
        "doubted",
        "understand",
        "understands",
        "understood",
        "realize",
        "realizes",
        "realized",
        "seem",
        "seems",
        "seemed",
        "appear",
        "appears",
        "appeared",
        "remember",
        "remembers",
        "remembered",
        "assume",
        "assumes",
        "assumed",
        "wish",
        "wishes",
        "wished",
        "prefer",
        "prefers",
        "preferred",
        "intend",
        "intends",
        "intended",
        "plan",
        "plans",
        "planned",
    ]
)
# reporting verbs (surface forms), written for this evaluation, not taken from the system
SAYING = re.compile(
    r"(say|said|tell|told|add|stat|claim|argu|announc|writ|wrote|tweet|post|explain|not(e|ed|es|ing)$"
    r"|insist|warn|ask|report|suggest|declar|assert|acknowledg|admit|den(y|ied|ies)|repl|respond"
    r"|according|continu|describ|predict|promis|vow|urg|testif|comment|repeat|recall|stress"
    r"|emphasi|contend|maintain|confirm|complain|accus|charg|alleg|jok|boast|conced|caution"
    r"|observ|remark|conclud|mention|reveal|disclos|shout|yell|retort|proclaim|pledg|lament"
    r"|tout|brag|speak|spoke|talk|quot|cit|recount|reiterat|exclaim|quip|scoff|insist|:$)"
)
QUOTE_MARK = re.compile("[\"“”«»]|''")
Spans = frozenset[int]  # the characters of a unit's (trimmed) fragments


@dataclass(frozen=True, slots=True)
class Unit:
    chars: Spans
    source: tuple[int, int] | None = None
    speaker: tuple[tuple[int, int], ...] = ()
    speaker_name: str | None = None


# --- gold ------------------------------------------------------------------------------


def read_gold(path: Path, text: str) -> list[Unit]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    units = []
    for line in path.read_text("utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 3:
            kind, _, ranges = fields[1].partition(" ")
            pieces = [tuple(map(int, r.split())) for r in ranges.split(";")]
            spans[fields[0]] = (kind, [(a, b) for a, b in pieces], fields[2])
        elif line.startswith("E") and len(fields) >= 2:
            args = dict(a.split(":") for a in fields[1].split() if ":" in a)
            units.append(args)
    return [u for args in units if (u := _gold_unit(args, spans, text)) is not None]


def _gold_unit(args: dict[str, str], spans: dict, text: str) -> Unit | None:
    contents = [spans[v] for k, v in args.items() if k.startswith("Content") and v in spans]
    cues = [spans[v][2] for k, v in args.items() if k.startswith("Cue") and v in spans]
    if not contents or not _quote_or_paraphrase(" ".join(cues), contents):
        return None
    chars = _chars(text, [piece for _, pieces, _ in contents for piece in pieces])
    source = next((spans[v][1][0] for k, v in args.items() if k == "Source" and v in spans), None)
    return Unit(chars, source) if chars else None


def _quote_or_paraphrase(cue: str, contents: list) -> bool:
    """Quoted words (marks in the content), or a cue with a verb of saying and no inner state."""
    if any(QUOTE_MARK.search(content_text) for _, _, content_text in contents):
        return True
    words = re.findall(r"[a-z]+", cue.lower())
    return not set(words) & INNER_STATE and any(SAYING.match(w) for w in words)


_TRIM = " \t\n\"'“”„«»‘’‚.,;:!?()—–-…"


def _chars(text: str, pieces: Iterable[tuple[int, int]]) -> Spans:
    found: set[int] = set()
    for start, end in pieces:
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        found.update(range(start, end))
    return frozenset(found)


# --- predictions ------------------------------------------------------------------------


def system_units(text: str, quotes: Sequence[Quote]) -> list[Unit]:
    """One unit per quote (one attribution), its characters those of all its pieces."""
    return [_unit(text, quote) for quote in quotes]


def _unit(text: str, quote: Quote) -> Unit:
    speakers = []
    if quote.speaker_start is not None and quote.speaker_end is not None:
        speakers.append((quote.speaker_start, quote.speaker_end))
    if quote.name_start is not None and quote.name_end is not None:
        speakers.append((quote.name_start, quote.name_end))
    pieces = quote.pieces or ((quote.start, quote.end),)
    return Unit(_chars(text, pieces), None, tuple(speakers), quote.speaker_name)


_BASE_QUOTE = re.compile(r"“[^”\n]+”|\"[^\"\n]+\"")
_SAID = frozenset({"said", "says", "say"})


def baseline_units(text: str, annotation: Annotation) -> list[Unit]:
    """Quotation marks plus the subject of the nearest "said" in the quote's sentence."""
    tokens = annotation.tokens
    units = []
    for match in _BASE_QUOTE.finditer(text):
        sentence = [
            s for s in annotation.sentences if s.start < match.end() and match.start() < s.end
        ]
        said = [
            i
            for i, t in enumerate(tokens)
            if text[t.start : t.end].lower() in _SAID
            and any(s.start <= t.start < s.end for s in sentence)
            and not match.start() <= t.start < match.end()
        ]
        near = min(
            said, key=lambda i: _gap(tokens[i].start, match.start(), match.end()), default=None
        )
        speaker = _baseline_subject(text, annotation, near) if near is not None else None
        chars = _chars(text, [(match.start(), match.end())])
        units.append(Unit(chars, None, (speaker,) if speaker else (), None))
    return units


def _gap(position: int, start: int, end: int) -> int:
    return start - position if position < start else position - end


def _baseline_subject(text: str, annotation: Annotation, verb: int) -> tuple[int, int] | None:
    tokens = annotation.tokens
    subject = next(
        (
            i
            for i, t in enumerate(tokens)
            if t.head == verb and t.dep in {"nsubj", "nsubjpass"} and i != verb
        ),
        None,
    )
    if subject is None:
        return None
    token = tokens[subject]
    named = Referents(ParsedArticle(text, annotation), load_gazetteer()).named_in(
        token.start, token.end
    )
    return (named.start, named.end) if named else (token.start, token.end)


# --- scoring ----------------------------------------------------------------------------


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    overlap: int = 0
    exact: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    speaker_given: int = 0  # of speaker_total: a speaker was given (not left unknown)

    def add(self, text: str, gold: list[Unit], predicted: list[Unit]) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        for g, p in match_units(gold, predicted):
            self.overlap += 1
            self.exact += word_chars(text, g.chars) == word_chars(text, p.chars)
            if g.source is not None:
                self.speaker_total += 1
                self.speaker_given += bool(p.speaker or p.speaker_name)
                self.speaker_right += _speaker_right(text, g, p)

    def metrics(self) -> dict[str, float]:
        return {
            "overlap.f1": _f1(self.overlap, self.gold, self.predicted),
            "overlap.precision": _ratio(self.overlap, self.predicted),
            "overlap.recall": _ratio(self.overlap, self.gold),
            "exact.f1": _f1(self.exact, self.gold, self.predicted),
            "speaker.accuracy": _ratio(self.speaker_right, self.speaker_total),
            # of the speakers given, how many are right: a wrong speaker misleads, none does not
            "speaker.precision": _ratio(self.speaker_right, self.speaker_given),
            "gold": self.gold,
            "predicted": self.predicted,
        }


def word_chars(text: str, chars: Spans) -> Spans:
    """The letters and digits of a span: PolNeAR cuts a content of several sentences into one
    fragment per sentence, each without its full stop, so the marks and spaces between its
    sentences say nothing about whether two spans hold the same words."""
    return frozenset(i for i in chars if text[i].isalnum())


def match_units(gold: list[Unit], predicted: list[Unit]) -> list[tuple[Unit, Unit]]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            shared = len(g.chars & p.chars)
            score = shared / max(len(g.chars), len(p.chars)) if shared else 0.0
            if score >= 0.5:
                pairs.append((score, gi, pi))
    used_g, used_p, matched = set(), set(), []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gold[gi], predicted[pi]))
    return matched


def _speaker_right(text: str, gold: Unit, predicted: Unit) -> bool:
    assert gold.source is not None
    start, end = gold.source
    if any(s < end and start < e for s, e in predicted.speaker):
        return True
    name = predicted.speaker_name
    return bool(name) and name.split()[-1].lower() in text[start:end].lower()


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _f1(hits: int, gold: int, predicted: int) -> float:
    p, r = (hits / predicted if predicted else 0.0), (hits / gold if gold else 0.0)
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


# --- running ----------------------------------------------------------------------------


def documents(split: str, limit: int | None, step: int) -> list[tuple[str, str, Path]]:
    texts = sorted((POLNEAR / split / "text").glob("*.txt"))[::step]
    texts = texts[:limit] if limit else texts
    return [(p.stem, p.read_text("utf-8"), _annotations_of(split, p.stem)) for p in texts]


def _annotations_of(split: str, stem: str) -> Path:
    """The first annotator's file (a few articles were annotated by several)."""
    return sorted((POLNEAR / split / "attributions").glob(f"{stem}_*.ann"))[0]


def parsed(docs: list[tuple[str, str, Path]], cache: Path) -> tuple[list[Annotation], float]:
    """Annotations with a parse, from the cache when present; and the parse time (s)."""
    # keyed by every document's name: --limit and --step choose other documents from one first
    names = hashlib.sha256("\n".join(name for name, _, _ in docs).encode()).hexdigest()[:16]
    key = f"{annotation_model_key('parse')}-{len(docs)}-{names}"
    path = cache / (re.sub(r"[^\w.-]", "_", key) + ".pkl")
    if path.exists():
        stored = pickle.loads(path.read_bytes())
        return stored["annotations"], stored["seconds"]
    began = time.perf_counter()
    annotations = list(annotate([(name, text) for name, text, _ in docs], components="parse"))
    seconds = time.perf_counter() - began
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps({"annotations": annotations, "seconds": seconds}))
    return annotations, seconds


def evaluate(
    docs: list[tuple[str, str, Path]], annotations: list[Annotation]
) -> tuple[dict[str, Tally], float]:
    tallies = {"newsdesk": Tally(), "baseline": Tally()}
    extract_seconds = 0.0
    systems: dict[str, Callable[[str, str, Annotation], list[Unit]]] = {
        "baseline": lambda name, text, ann: baseline_units(text, ann),
    }
    for (name, text, ann_path), annotation in zip(docs, annotations, strict=True):
        gold = read_gold(ann_path, text)
        began = time.perf_counter()
        parsed_article = ParsedArticle(text, annotation)
        quotes = find_quotes(name, parsed_article, Referents(parsed_article, load_gazetteer()))
        extract_seconds += time.perf_counter() - began
        tallies["newsdesk"].add(text, gold, system_units(text, quotes))
        for system, run in systems.items():
            tallies[system].add(text, gold, run(name, text, annotation))
    return tallies, extract_seconds


def synthetic_quotes(count: int, seed: int = 7) -> list[Quote]:
    """Quotes over a Zipf-like vocabulary, about a third of them variants of an earlier
    one (a part of it, or a few words dropped or changed), as several outlets give them."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = ["".join(rng.choices(letters, k=rng.randint(2, 10))) for _ in range(8000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    speakers = [f"Speaker{i} Name{i}" for i in range(300)]
    made: list[tuple[list[str], str]] = []
    for _ in range(count):
        if made and rng.random() < 0.35:
            words, speaker = rng.choice(made)
            words = _variant_of(rng, words, vocabulary)
        else:
            words = rng.choices(vocabulary, weights, k=rng.randint(6, 30))
            speaker = rng.choice(speakers)
        made.append((words, speaker))
    return [_synthetic_quote(" ".join(words), speaker) for words, speaker in made]


def _variant_of(rng: random.Random, words: list[str], vocabulary: list[str]) -> list[str]:
    if rng.random() < 0.5 and len(words) > 4:
        start = rng.randrange(len(words) - 3)
        return words[start : rng.randint(start + 3, len(words))]
    changed = list(words)
    for _ in range(rng.randint(1, 2)):
        changed[rng.randrange(len(changed))] = rng.choice(vocabulary)
    return changed


def _synthetic_quote(text: str, speaker: str) -> Quote:
    return Quote(
        article_id="a", start=0, end=len(text), text=text, direct=True, speaker_name=speaker
    )


def time_grouping(count: int) -> None:
    quotes = synthetic_quotes(count)
    began = time.perf_counter()
    groups = group_quotes(quotes)
    seconds = time.perf_counter() - began
    print(f"group_quotes: {count} synthetic quotes, {len(set(groups))} groups, {seconds:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--limit", type=int, default=None, help="first N articles (after --step)")
    parser.add_argument("--step", type=int, default=1, help="every Nth article")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsdesk-quotes-cache"))
    parser.add_argument("--no-save", action="store_true")
    parser.add_argument("--group-synthetic", type=int, default=0, help="time group_quotes only")
    args = parser.parse_args()
    if args.group_synthetic:
        time_grouping(args.group_synthetic)
        return
    docs = documents(args.split, args.limit, args.step)
    annotations, parse_seconds = parsed(docs, args.cache)
    tallies, extract_seconds = evaluate(docs, annotations)
    sentences = sum(len(a.sentences) for a in annotations)
    metrics: dict[str, float] = {}
    print(f"PolNeAR {args.split}: {len(docs)} articles, {sentences} sentences")
    columns = (
        "overlap.f1",
        "overlap.precision",
        "overlap.recall",
        "exact.f1",
        "speaker.accuracy",
        "speaker.precision",
    )
    print(
        f"{'system':10} {'F1@0.5':>8} {'P@0.5':>8} {'R@0.5':>8} {'F1 exact':>8} {'speaker':>8}"
        f" {'spk prec':>8}"
    )
    for system, tally in tallies.items():
        m = tally.metrics()
        print(f"{system:10} " + " ".join(f"{m[c]:8.3f}" for c in columns))
        metrics |= {f"quotes.polnear_{args.split}.{system}.{k}": v for k, v in m.items()}
    extract_rate = sentences / extract_seconds if extract_seconds else 0.0
    article_rate = len(docs) / extract_seconds if extract_seconds else 0.0
    total_rate = sentences / (parse_seconds + extract_seconds)
    print(f"gold units {tallies['newsdesk'].gold}; sentences/s (1 process, loaded machine):")
    print(f"  find_quotes alone {extract_rate:,.0f} ({article_rate:,.0f} articles/s);")
    print(f"  with the parse it needs {total_rate:,.0f}")
    metrics |= {
        "quotes.speed.extract_sentences_per_s": round(extract_rate, 1),
        "quotes.speed.extract_articles_per_s": round(article_rate, 1),
        "quotes.speed.with_parse_sentences_per_s": round(total_rate, 1),
    }
    if not args.no_save and args.limit is None and args.step == 1:
        RESULTS.mkdir(exist_ok=True)
        out = RESULTS / f"quotes_{args.split}.json"
        out.write_text(
            json.dumps(
                {"metrics": metrics, "articles": len(docs), "sentences": sentences}, indent=2
            )
            + "\n"
        )
        print(f"wrote {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()
