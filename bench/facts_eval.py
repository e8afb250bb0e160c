"""Facts against a hand-labelled gold: alignment, status, verbatim evidence, honest counts.

The gold (bench/facts_gold/, written to bench/facts_gold/guideline.md) names, for each story,
every fact its articles report: the sentences (evidence units) of each article that report it,
the origins they rest on, its status and its conflicts. Stories:
- sample: the fictional sample corpus shipped in src/newsdesk/samples (one story, 13 articles);
- neus_tune / neus_test: 44 NeuS-AllSides val lines (three outlets each), 22 each (by line);
  tune for whoever improves the fuse stage, test held apart (only ever scored);
- any other gold file in the same format (`--gold FILE`): the held-out gold of real stories.

Each story's articles go into a fresh temporary store through the library (`Desk.add`: NeuS
articles as JSON-lines records with title, text and outlet; the sample as its corpus folder),
then `Desk.facts()` is read. Scores, per split (guideline, section 8):
- pairwise precision / recall / F1 over evidence-unit pairs: a unit is an (article, gold fact)
  slot; predicted pairs are slots of different articles whose sentences are evidence of one
  predicted fact, gold pairs slots of one gold fact; only units of the gold count;
- status accuracy: each gold fact against the predicted fact holding most of its units
  (`status_multi`: the gold facts of two or more articles only);
- verbatim: predicted evidence whose cited span lies in its `sentence` as found in the article's
  text (`evidence_verbatim`), facts whose `text` lies in their first evidence's cited span;
- double counting: predicted facts, all of whose evidence maps to gold units, whose
  `independent_sources` is at most the number of distinct gold origins of those units
  (`origins_count_exact`: exactly that number, neither inflated nor merged away).
- dated share: the articles given a publication date (NeuS records carry none and say none
  in their text that the gold knows: every date given there is a guess shown as a fact).
The baseline, in the same run: sentences (the stored spaCy sentences) of different articles
joined when their TF-IDF cosine is >= 0.5 (connected groups, no entities, no constraint), status
by the number of outlets (never contested).

Run: .venv/bin/python bench/facts_eval.py [--split sample,neus_tune] [--gold FILE ...] [--errors]
`--errors` prints the tune and sample splits' alignment and status errors (never the test's);
`--config FILE` runs the Desk with a settings file. Writes bench/results/facts.json unless
`--split`, `--gold` or `--config` narrows or changes the run (about a minute in all).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from newsdesk.config import Settings, load_settings
from newsdesk.model import Article, Evidence, Fact, FactOrigin

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
GOLD_DIR = REPO / "bench" / "facts_gold"
DEFAULT_GOLD = (GOLD_DIR / "sample.json", GOLD_DIR / "neus_val.json")
RESULTS = REPO / "bench" / "results" / "facts.json"
SAMPLE_CORPUS = REPO / "src" / "newsdesk" / "samples" / "corpus"
BASELINE_COSINE = 0.5
_UNNAMED = re.compile(r"^unnamed sources \((?P<outlet>.*)\)$")
_ARTICLE_PART = re.compile(r"\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*(.*)", re.S)


# --- the gold -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldUnit:
    """One sentence of one article reporting a gold fact."""

    article: str  # the gold's article reference ("0", "corpus/01_....txt")
    key: str  # the sentence's first characters, as in the article's clean text
    length: int
    origins: tuple[str, ...]
    fact: str  # the gold fact's id


@dataclass(frozen=True, slots=True)
class GoldFact:
    id: str
    kind: str
    status: str
    units: tuple[GoldUnit, ...]

    @property
    def articles(self) -> set[str]:
        return {u.article for u in self.units}


@dataclass(frozen=True, slots=True)
class GoldStory:
    id: str
    split: str  # the metric name's split: "sample", "neus_tune", "neus_test", ...
    facts: tuple[GoldFact, ...]
    outlets: dict[str, str | None]  # article reference -> outlet
    source: str | None = None  # NeuS-format file under ../shared/data (None: the sample corpus)
    line: int | None = None
    sha256: str | None = None

    @property
    def units(self) -> list[GoldUnit]:
        return [u for f in self.facts for u in f.units]


def load_gold(path: Path) -> list[GoldStory]:
    """The stories of one gold file, each with its metric split name."""
    doc = json.loads(path.read_text("utf-8"))
    prefix = doc.get("prefix")
    return [parse_story(raw, doc.get("source"), prefix) for raw in doc["stories"]]


def parse_story(
    raw: dict[str, Any], source: str | None = None, prefix: str | None = None
) -> GoldStory:
    """One story of a gold file (the format of guideline.md, section 7)."""
    facts = tuple(_fact(f) for f in raw["facts"])
    outlets = {_ref(a.get("article", a.get("index"))): a.get("outlet") for a in raw["articles"]}
    split = f"{prefix}_{raw['split']}" if prefix else raw["split"]
    return GoldStory(
        raw["id"], split, facts, outlets, raw.get("source", source), raw.get("line"),
        raw.get("sha256"),
    )  # fmt: skip


def _fact(raw: dict[str, Any]) -> GoldFact:
    units = tuple(
        GoldUnit(_ref(e["article"]), e["key"], int(e["length"]), tuple(e["origins"]), raw["id"])
        for e in raw["evidence"]
    )
    return GoldFact(raw["id"], raw["kind"], raw["status"], units)


def _ref(article: object) -> str:
    return str(article)


def counted_as(origin: str) -> str:
    """Unnamed sources count with their outlet (guideline, section 4)."""
    match = _UNNAMED.match(origin)
    return (match["outlet"] if match else origin).casefold()


# --- the articles of a story --------------------------------------------------------------


def neus_articles(story: GoldStory, shared: Path) -> list[dict[str, str]]:
    """The story's articles as JSON-lines records (title, text, outlet), checked against the
    hash the gold stores: the gold must be read against the line it was written on."""
    assert story.source is not None and story.line is not None
    rows = (shared / "data" / story.source).read_text("utf-8").splitlines()
    line = rows[story.line]
    if story.sha256 and hashlib.sha256(line.encode("utf-8")).hexdigest() != story.sha256:
        raise ValueError(f"{story.id}: line {story.line} of {story.source} has changed")
    records = []
    for k, part in enumerate(line.split("[SEP]")):
        match = _ARTICLE_PART.match(part.strip())
        if match is None:
            raise ValueError(f"{story.id}: article {k} has no TITLE=> / ARTICLE=>")
        outlet = story.outlets.get(str(k)) or f"NeuS outlet {k + 1}"
        records.append({"title": match[1], "text": match[2].strip(), "outlet": outlet})
    return records


def sample_reference(source: str, corpus: Path) -> str | None:
    """The gold's name for a stored article of the sample corpus: its corpus path, with
    '#line' for a record of a JSON-lines file (found by the record's URL)."""
    name = Path(source.split("#")[0]).name
    if (corpus / name).is_file() and not name.endswith(".jsonl"):
        return f"corpus/{name}"
    if "#" in source and name.endswith(".jsonl"):
        return f"corpus/{name}#{source.rsplit('#', 1)[1]}"
    for feed in sorted(corpus.glob("*.jsonl")):
        for number, line in enumerate(feed.read_text("utf-8").splitlines(), 1):
            if line.strip() and json.loads(line).get("url") == source:
                return f"corpus/{feed.name}#{number}"
    return None


def neus_reference(article: Article, records: Sequence[dict[str, str]]) -> str | None:
    """Which record (its index) a stored NeuS article came from."""
    if "#" in article.source:
        tail = article.source.rsplit("#", 1)[1]
        if tail.isdigit() and 1 <= int(tail) <= len(records):
            return str(int(tail) - 1)
    for k, record in enumerate(records):
        if record["text"] == article.text or record["title"] == article.title:
            return str(k)
    for k, record in enumerate(records):
        if article.text[:200] and article.text[:200] in record["text"]:
            return str(k)
    return None


# --- the system: the one place that calls the library --------------------------------------


@dataclass(slots=True)
class Stored:
    """What the library kept of a story's articles and the facts it found."""

    texts: dict[str, str] = field(default_factory=dict)  # gold reference -> clean text
    refs: dict[str, str] = field(default_factory=dict)  # article id -> gold reference
    outlets: dict[str, str | None] = field(default_factory=dict)  # gold reference -> outlet
    sentences: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    dated: int = 0  # articles given a publication date


def run_desk(
    story: GoldStory, shared: Path, folder: Path, settings: Settings | None = None
) -> Stored:
    """Add the story's articles to a fresh store, read its articles, sentences and facts."""
    from newsdesk.desk import Desk, sample_settings

    records: list[dict[str, str]] = []
    if story.source is None:
        inputs = [str(SAMPLE_CORPUS)]
        settings = sample_settings(settings)
    else:
        records = neus_articles(story, shared)
        path = folder / "story.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
        inputs = [str(path)]
    stored = Stored()
    started = time.perf_counter()
    with Desk(folder / "facts.db", settings) as desk:
        report = desk.add(inputs, workers=1)
        stored.problems += [f"{r.source}: {r.reason}" for r in report.failed]
        update = getattr(report, "update", None)
        stored.problems += [f"{p.stage}: {p.message}" for p in getattr(update, "problems", [])]
        for article in desk.articles():
            ref = _reference(article, story, records)
            if ref is None:
                stored.problems.append(f"article {article.id} ({article.source}) not in the gold")
                continue
            annotation = desk.annotation(article.id)
            stored.dated += article.published is not None
            stored.refs[article.id] = ref
            stored.texts[ref] = article.text
            stored.outlets[ref] = article.outlet
            stored.sentences[ref] = (
                [(s.start, s.end) for s in annotation.sentences] if annotation else []
            )
        stored.facts = desk.facts()
    stored.seconds = time.perf_counter() - started
    return stored


def _reference(article: Article, story: GoldStory, records: Sequence[dict[str, str]]) -> str | None:
    if story.source is None:
        return sample_reference(article.source, SAMPLE_CORPUS)
    return neus_reference(article, records)


# --- gold units in the stored texts --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Located:
    unit: GoldUnit
    start: int
    end: int


def locate_units(story: GoldStory, texts: dict[str, str]) -> tuple[dict[str, list[Located]], int]:
    """Each gold unit's place in its article's clean text; and how many keys were not found."""
    found: dict[str, list[Located]] = defaultdict(list)
    missing = 0
    for unit in story.units:
        start = find_key(texts.get(unit.article, ""), unit.key)
        if start is None:
            missing += 1
            continue
        found[unit.article].append(Located(unit, start, start + unit.length))
    return found, missing


def find_key(text: str, key: str) -> int | None:
    """Where a sentence key starts: exactly, else with any run of whitespace for a space
    (the gold's keys are immune to how a page wrapped its lines)."""
    position = text.find(key)
    if position >= 0:
        return position
    words = key.split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return match.start() if match else None


def unit_of(evidence: Evidence, located: Sequence[Located]) -> GoldUnit | None:
    """The gold unit whose sentence the evidence overlaps most (None: outside the gold)."""
    best, most = None, 0
    for place in located:
        overlap = min(evidence.end, place.end) - max(evidence.start, place.start)
        if overlap > most:
            best, most = place.unit, overlap
    return best


# --- scoring -------------------------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    """Sums over the stories of a split (metrics are ratios of these)."""

    stories: int = 0
    predicted_pairs: int = 0
    gold_pairs: int = 0
    shared_pairs: int = 0
    status_right: int = 0
    status_total: int = 0
    multi_right: int = 0
    multi_total: int = 0
    evidence_ok: int = 0
    evidence_total: int = 0
    text_ok: int = 0
    facts_total: int = 0
    honest_ok: int = 0
    honest_checked: int = 0
    origins_exact: int = 0  # of the checked facts, those counting exactly their gold origins
    keys_missing: int = 0
    keys_total: int = 0
    articles: int = 0
    dated_articles: int = 0  # NeuS records carry no date: any date given them is a guess
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))


Slot = tuple[str, str]  # (article reference, gold fact id)


def score_story(
    story: GoldStory, texts: dict[str, str], refs: dict[str, str], facts: Sequence[Fact]
) -> Counts:
    """Every figure of one story: `texts` by gold reference, `refs` article id -> reference."""
    located, missing = locate_units(story, texts)
    mapped = [_mapped(fact, refs, located) for fact in facts]
    counts = Counts(stories=1, keys_missing=missing, keys_total=len(story.units))
    predicted, gold = _predicted_pairs(mapped), _gold_pairs(story)
    counts.predicted_pairs, counts.gold_pairs = len(predicted), len(gold)
    counts.shared_pairs = len(predicted & gold)
    counts.errors += _pair_errors(story, predicted, gold)
    _score_status(story, facts, mapped, counts)
    _score_verbatim(facts, refs, texts, counts)
    _score_honesty(facts, mapped, counts)
    return counts


def _mapped(
    fact: Fact, refs: dict[str, str], located: dict[str, list[Located]]
) -> list[GoldUnit | None]:
    """The gold unit of each evidence of a fact (None where it lies outside the gold)."""
    units: list[GoldUnit | None] = []
    for evidence in fact.evidence:
        ref = refs.get(evidence.article_id)
        units.append(unit_of(evidence, located.get(ref, [])) if ref is not None else None)
    return units


def _slot(unit: GoldUnit) -> Slot:
    return unit.article, unit.fact


def _pairs(slots: Iterable[Slot]) -> set[tuple[Slot, Slot]]:
    """Pairs of slots of different articles (an article's repeats are one slot)."""
    unique = sorted(set(slots))
    return {(a, b) for a, b in combinations(unique, 2) if a[0] != b[0]}


def _predicted_pairs(mapped: Sequence[Sequence[GoldUnit | None]]) -> set[tuple[Slot, Slot]]:
    pairs: set[tuple[Slot, Slot]] = set()
    for units in mapped:
        pairs |= _pairs(_slot(u) for u in units if u is not None)
    return pairs


def _gold_pairs(story: GoldStory) -> set[tuple[Slot, Slot]]:
    pairs: set[tuple[Slot, Slot]] = set()
    for fact in story.facts:
        pairs |= _pairs(_slot(u) for u in fact.units)
    return pairs


def _pair_errors(
    story: GoldStory, predicted: set[tuple[Slot, Slot]], gold: set[tuple[Slot, Slot]]
) -> list[str]:
    wrong = [f"{story.id}: merged {a} with {b}" for a, b in sorted(predicted - gold)]
    return wrong + [f"{story.id}: missed {a} with {b}" for a, b in sorted(gold - predicted)]


def _score_status(
    story: GoldStory,
    facts: Sequence[Fact],
    mapped: Sequence[Sequence[GoldUnit | None]],
    counts: Counts,
) -> None:
    """Each gold fact against the predicted fact holding most of its units."""
    for gold in story.facts:
        holding = [sum(1 for u in units if u is not None and u.fact == gold.id) for units in mapped]
        best = max(range(len(facts)), key=lambda i: (holding[i], -i), default=None)
        status = facts[best].status if best is not None and holding[best] > 0 else "unmatched"
        right = status == gold.status
        counts.status_total += 1
        counts.status_right += right
        if len(gold.articles) > 1:
            counts.multi_total += 1
            counts.multi_right += right
        if not right:
            counts.errors.append(f"{story.id}: {gold.id} is {gold.status}, predicted {status}")


def _score_verbatim(
    facts: Sequence[Fact], refs: dict[str, str], texts: dict[str, str], counts: Counts
) -> None:
    for fact in facts:
        counts.facts_total += 1
        for evidence in fact.evidence:
            counts.evidence_total += 1
            counts.evidence_ok += evidence_is_verbatim(
                evidence, texts.get(refs.get(evidence.article_id, ""), "")
            )
        first = fact.evidence[0] if fact.evidence else None
        text = texts.get(refs.get(first.article_id, ""), "") if first else ""
        counts.text_ok += bool(first and fact.text and fact.text in text[first.start : first.end])


def evidence_is_verbatim(evidence: Evidence, text: str) -> bool:
    """The cited span lies in the article's text, inside an occurrence of `sentence`."""
    start, end, sentence = evidence.start, evidence.end, evidence.sentence
    if not (0 <= start < end <= len(text)) or not sentence:
        return False
    position = text.find(sentence, max(0, end - len(sentence)))
    while 0 <= position <= start:
        if position + len(sentence) >= end:
            return True
        position = text.find(sentence, position + 1)
    return False


def _score_honesty(
    facts: Sequence[Fact], mapped: Sequence[Sequence[GoldUnit | None]], counts: Counts
) -> None:
    """No fact may count more origins than its units' gold origins (copies and repeats of one
    origin count once)."""
    for fact, units in zip(facts, mapped, strict=True):
        if not units or any(u is None for u in units):
            continue
        origins = {counted_as(o) for u in units if u is not None for o in u.origins}
        counts.honest_checked += 1
        counts.origins_exact += fact.independent_sources == len(origins)
        if fact.independent_sources <= len(origins):
            counts.honest_ok += 1
        else:
            counts.errors.append(
                f"{fact.id}: {fact.independent_sources} independent sources, gold {len(origins)}"
                f" ({', '.join(sorted(origins))}); counted: "
                + "; ".join(f"{o.name} [{o.kind}, {len(o.articles)}]" for o in fact.origins)
            )


def metrics_of(counts: Counts) -> dict[str, float]:
    precision = _ratio(counts.shared_pairs, counts.predicted_pairs)
    recall = _ratio(counts.shared_pairs, counts.gold_pairs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairwise.precision": round(precision, 4),
        "pairwise.recall": round(recall, 4),
        "pairwise.f1": round(f1, 4),
        "status.accuracy": round(_ratio(counts.status_right, counts.status_total), 4),
        "status_multi.accuracy": round(_ratio(counts.multi_right, counts.multi_total), 4),
        "evidence_verbatim": round(_ratio(counts.evidence_ok, counts.evidence_total, 1.0), 4),
        "text_verbatim": round(_ratio(counts.text_ok, counts.facts_total, 1.0), 4),
        "no_double_count": round(_ratio(counts.honest_ok, counts.honest_checked, 1.0), 4),
        "origins_count_exact": round(_ratio(counts.origins_exact, counts.honest_checked, 1.0), 4),
        "dated_share": round(_ratio(counts.dated_articles, counts.articles), 4),
        "keys_found": round(1 - _ratio(counts.keys_missing, counts.keys_total), 4),
    }


def _ratio(part: int, whole: int, empty: float = 0.0) -> float:
    return part / whole if whole else empty


# --- the baseline --------------------------------------------------------------------------


def baseline_facts(
    story_id: str,
    texts: dict[str, str],
    sentences: dict[str, list[tuple[int, int]]],
    outlets: dict[str, str | None],
    threshold: float = BASELINE_COSINE,
) -> tuple[list[Fact], dict[str, str]]:
    """Sentences of different articles joined by TF-IDF cosine >= threshold (connected
    groups), one fact per group, status by its number of outlets. Article ids are the gold
    references themselves (returned as the id -> reference map)."""
    units = [
        (ref, s, e)
        for ref in sorted(texts)
        for s, e in sentences.get(ref, [])
        if texts[ref][s:e].strip()
    ]
    groups = _tfidf_groups(
        [texts[r][s:e] for r, s, e in units], [r for r, _, _ in units], threshold
    )
    facts = [_baseline_fact(story_id, [units[i] for i in g], texts, outlets) for g in groups]
    return facts, {ref: ref for ref in texts}


def _tfidf_groups(
    sentences: Sequence[str], articles: Sequence[str], threshold: float
) -> list[list[int]]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not sentences:
        return []
    vectors = TfidfVectorizer(sublinear_tf=True).fit_transform(sentences)
    similar = (vectors @ vectors.T).tocoo()
    parent = list(range(len(sentences)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, value in zip(similar.row, similar.col, similar.data, strict=True):
        if i < j and value >= threshold and articles[i] != articles[j]:
            parent[root(int(j))] = root(int(i))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(sentences)):
        groups[root(i)].append(i)
    return sorted(groups.values(), key=min)


def _baseline_fact(
    story_id: str,
    members: Sequence[tuple[str, int, int]],
    texts: dict[str, str],
    outlets: dict[str, str | None],
) -> Fact:
    evidence = tuple(
        Evidence(ref, s, e, texts[ref][s:e], outlets.get(ref) or ref) for ref, s, e in members
    )
    sources = {outlets.get(ref) or ref for ref, _, _ in members}
    origins = tuple(
        FactOrigin(
            name, "reported_by", tuple(r for r, _, _ in members if (outlets.get(r) or r) == name)
        )
        for name in sorted(sources)
    )
    first = members[0]
    return Fact(
        id=f"baseline-{first[0]}-{first[1]}", story_id=story_id, event_id=None, kind="event",
        text=texts[first[0]][first[1]:first[2]], actors=(), event_date=None,
        event_date_precision=None, article_ids=tuple(dict.fromkeys(r for r, _, _ in members)),
        evidence=evidence, origins=origins, independent_sources=len(sources),
        status="corroborated" if len(sources) >= 2 else "single_source",
    )  # fmt: skip


# --- the run ---------------------------------------------------------------------------------


def evaluate(
    stories: Sequence[GoldStory],
    shared: Path,
    *,
    settings: Settings | None = None,
    verbose: bool = False,
) -> dict[str, dict[str, Counts]]:
    """Counts per split, for newsdesk and the baseline."""
    results: dict[str, dict[str, Counts]] = defaultdict(lambda: defaultdict(Counts))
    for story in stories:
        with tempfile.TemporaryDirectory(prefix="newsdesk-facts-") as folder:
            stored = run_desk(story, shared, Path(folder), settings)
        for problem in stored.problems:
            print(f"  {story.id}: {problem}", file=sys.stderr)
        system = score_story(story, stored.texts, stored.refs, stored.facts)
        system.seconds = stored.seconds
        system.articles, system.dated_articles = len(stored.refs), stored.dated
        facts, refs = baseline_facts(story.id, stored.texts, stored.sentences, stored.outlets)
        baseline = score_story(story, stored.texts, refs, facts)
        results[story.split]["newsdesk"].add(system)
        results[story.split]["baseline"].add(baseline)
        if verbose:
            print(
                f"  {story.id}: {len(stored.facts)} facts, {stored.seconds:.1f} s", file=sys.stderr
            )
    return results


# (column title, metric, width) of the printed table
COLUMNS = (
    ("P", "pairwise.precision", 6), ("R", "pairwise.recall", 6), ("F1", "pairwise.f1", 6),
    ("status", "status.accuracy", 7), ("multi", "status_multi.accuracy", 6),
    ("verb.", "evidence_verbatim", 6), ("text", "text_verbatim", 6),
    ("honest", "no_double_count", 7), ("keys", "keys_found", 6),
)  # fmt: skip


def print_table(results: dict[str, dict[str, Counts]]) -> dict[str, float]:
    """The table (one row per split and system); returns the metrics it printed."""
    print(f"facts gold | {platform.node()} {platform.machine()} | {date.today()}")
    titles = " ".join(f"{title:>{width}}" for title, _, width in COLUMNS)
    print(f"{'split':<11} {'system':<9} {'n':>3} {titles} {'s':>6}")
    metrics: dict[str, float] = {}
    for split in sorted(results):
        for system in ("newsdesk", "baseline"):
            counts = results[split][system]
            found = metrics_of(counts)
            cells = " ".join(f"{found[key]:>{width}.3f}" for _, key, width in COLUMNS)
            seconds = f"{counts.seconds:>6.1f}" if system == "newsdesk" else ""
            print(f"{split:<11} {system:<9} {counts.stories:>3} {cells} {seconds}")
            prefix = f"facts.{split}" + ("" if system == "newsdesk" else ".baseline")
            metrics |= {f"{prefix}.{k}": v for k, v in found.items()}
        metrics[f"facts.{split}.seconds"] = round(results[split]["newsdesk"].seconds, 1)
    return metrics


def print_errors(results: dict[str, dict[str, Counts]]) -> None:
    for split in sorted(results):
        if split.endswith("test"):
            continue  # held apart: its errors are not for reading while tuning
        for line in results[split]["newsdesk"].errors:
            print(f"  [{split}] {line}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, action="append", help="a gold file (repeatable)")
    parser.add_argument("--split", help="only these splits (comma-separated metric names)")
    parser.add_argument("--errors", action="store_true", help="list errors (not of test splits)")
    parser.add_argument("--verbose", action="store_true", help="one line per story")
    parser.add_argument("--config", type=Path, help="a settings file for the Desk (not saved)")
    args = parser.parse_args(argv)
    stories = [s for path in (args.gold or DEFAULT_GOLD) for s in load_gold(path)]
    if args.split:
        wanted = set(args.split.split(","))
        stories = [s for s in stories if s.split in wanted]
    if any(s.source is not None for s in stories) and not (SHARED / "data").is_dir():
        print(
            f"no evaluation data at {SHARED / 'data'}: only the sample is scored", file=sys.stderr
        )
        stories = [s for s in stories if s.source is None]
    settings = load_settings(args.config) if args.config else None
    results = evaluate(stories, SHARED, settings=settings, verbose=args.verbose)
    metrics = print_table(results)
    if args.errors:
        print_errors(results)
    if not (args.split or args.gold or args.config):
        RESULTS.write_text(json.dumps({"metrics": metrics}, indent=2, sort_keys=True) + "\n")
        print(f"wrote {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
