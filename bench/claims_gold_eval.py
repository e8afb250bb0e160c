"""Claims against a hand-labelled gold: precision and recall of (actor + action + issue).

The gold (bench/claims_gold/tune.json and test.json, written to bench/claims_gold/guideline.md)
labels EVERY claim in whole passages of texts from ../shared: the three seeds, NeuS val
articles, PolNeAR dev texts and CAMEO / PETRARCH-2 sentences. "tune" is for whoever improves
the extractor; "test" is held apart (by source document and story) and only ever scored.

How a document's text is read (the gold's offsets index exactly this string):
- seeds, polnear: the whole file, `Path.read_text("utf-8")` (universal newlines; no BOM);
- neus: line `line` (0-based) of val.source, split on "[SEP]"; article `article` (0-based) is
  the text after "ARTICLE=>", stripped (as bench/stories_eval.py reads it);
- cameo: line `line` (0-based) of cameo_class/{train,test}.tsv, the text before the last
  tab, stripped, outer double quotes removed and doubled quotes undone (as
  bench/claims_eval.py reads it);
- petrarch: the <Text> of the <Sentence id="..."> record, whitespace runs joined by one space.

The extractor runs once per document on the whole text; its claims count when their trigger
lies inside a labelled passage (the passages are whole paragraphs or sentences, so every claim
the extractor may find there is in the gold).

Scoring, per split (the rules are in the guideline, section 6):
- a predicted claim is right when a gold claim of the same sentence (or with an overlapping
  trigger), not yet taken, has the actor, the action and the issue right;
  precision = right / predicted, recall = right / gold;
- actor right: the normalised names match (case, accents, punctuation, "the", possessives
  ignored; states through the gazetteer; a person by surname when first names do not clash;
  small spelling variants by edit ratio >= 0.85), or a name in the gold's "also" list;
- action right: the same type, a negated ACCEPT / CONCEDE / SUPPORT counting as REJECT;
- issue right: the predicted issue span overlaps one of the gold issue's head words and at
  least half of it lies inside the gold issue span (a gold issue of null wants an empty one);
- agreement on aligned claims (a predicted and a gold claim whose triggers overlap, or that
  match fully): actor, action, issue, target (both none, or the names match) and modality.

Baseline, run the same way: every verb whose lemma is in the claims lexicon, actor = the
nearest named entity before it in its sentence, target = the nearest after it, issue = the
next words (at most 8, up to a comma or the sentence's end); the logic of bench/claims_eval.py's
baseline, per verb instead of once per sentence.

Run: .venv/bin/python bench/claims_gold_eval.py [--split tune|test|all] [--errors]
`--errors` lists the tune split's errors by class; `--errors-on-test` lists the test split's
(for checking the gold, never while tuning the extractor).
Parses are cached under /tmp/newsdesk-claims-gold-cache.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import platform
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz.fuzz import ratio

from newsdesk.annotate import annotate
from newsdesk.extract.claims import find_claims
from newsdesk.extract.claims.lexicon import VERBS
from newsdesk.gazetteer import load_gazetteer
from newsdesk.model import Annotation, Claim, Mention
from newsdesk.parse import ParsedArticle
from newsdesk.referents import Referents

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
GOLD = REPO / "bench" / "claims_gold"
SPLITS = ("tune", "test")
CACHE = Path("/tmp/newsdesk-claims-gold-cache")
RESULTS = REPO / "bench" / "results" / "claims_gold.json"

MODALITIES = ("asserted", "reported", "proposed", "conditional", "expected")  # + negated
NEGATED_IS_REJECT = frozenset({"ACCEPT", "CONCEDE", "SUPPORT"})
KINDS = ("person", "state", "organisation", "group")
ELLIPSIS = " … "  # a long span's stored words: its first words, this, its last words


# --- documents -----------------------------------------------------------------------------


def document_text(document: dict[str, Any]) -> str:
    """The text of one source document, read as the module docstring says."""
    path = SHARED / document["path"]
    kind = document["set"]
    if kind in ("seeds", "polnear"):
        return path.read_text("utf-8")
    if kind == "neus":
        return _neus_article(path, document["line"], document["article"])
    if kind == "cameo":
        return _cameo_sentence(path, document["line"])
    if kind == "petrarch":
        return _petrarch_sentence(path, document["sentence"])
    raise ValueError(f"unknown document set {kind!r}")


@cache
def _lines(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines()


def _neus_article(path: Path, line: int, article: int) -> str:
    part = _lines(path)[line].split("[SEP]")[article]
    match = re.match(r"\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*(.*)", part.strip(), re.S)
    if match is None:
        raise ValueError(f"{path} line {line} article {article}: no ARTICLE=>")
    return match[2].strip()


def _cameo_sentence(path: Path, line: int) -> str:
    text, _, _ = _lines(path)[line].rstrip("\r").rpartition("\t")
    return text.strip().strip('"').replace('""', '"')


@cache
def _petrarch_records(path: Path) -> dict[str, str]:
    raw = path.read_text("utf-8")
    found = re.findall(r'<Sentence [^>]*id="([^"]+)"[^>]*>.*?<Text>(.*?)</Text>', raw, re.S)
    return {sentence: " ".join(text.split()) for sentence, text in found}


def _petrarch_sentence(path: Path, sentence: str) -> str:
    return _petrarch_records(path)[sentence]


def document_key(document: dict[str, Any]) -> str:
    """One string per source document: passages of one document share one extraction."""
    return json.dumps(document, sort_keys=True)


# --- gold ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class GoldClaim:
    passage: str
    actor: str
    actor_kind: str  # person, state, organisation, group
    actor_also: tuple[str, ...]
    actor_span: Span
    action: str
    trigger: Span
    issue: Span | None
    heads: tuple[Span, ...]
    target: str | None
    target_also: tuple[str, ...]
    modality: str  # apart from negation: asserted, reported, proposed, conditional, expected
    negated: bool


@dataclass(frozen=True, slots=True)
class Passage:
    id: str
    document: dict[str, Any]
    start: int
    end: int
    claims: tuple[GoldClaim, ...]


def load_gold(split: str) -> list[Passage]:
    data = json.loads((GOLD / f"{split}.json").read_text("utf-8"))
    return [_passage(item) for item in data["passages"]]


def _passage(item: dict[str, Any]) -> Passage:
    claims = tuple(_gold_claim(item["id"], c) for c in item["claims"])
    return Passage(item["id"], item["document"], item["start"], item["end"], claims)


def _gold_claim(passage: str, item: dict[str, Any]) -> GoldClaim:
    issue, target = item["issue"], item["target"]
    return GoldClaim(
        passage=passage,
        actor=item["actor"]["name"],
        actor_kind=item["actor"]["kind"],
        actor_also=tuple(item["actor"].get("also", ())),
        actor_span=_span(item["actor"]),
        action=item["action"],
        trigger=_span(item["trigger"]),
        issue=_span(issue) if issue else None,
        heads=tuple(_span(h) for h in issue["head"]) if issue else (),
        target=target["name"] if target else None,
        target_also=tuple(target.get("also", ())) if target else (),
        modality=item["modality"],
        negated=item["negated"],
    )


def _span(item: dict[str, Any]) -> Span:
    return Span(item["start"], item["end"])


def stored_words_match(text: str, start: int, end: int, words: str) -> bool:
    """A label's stored words are the span's text, or its first and last words around
    ELLIPSIS when the span is long (the article text is never copied whole)."""
    found = text[start:end]
    if ELLIPSIS not in words:
        return found == words
    first, last = words.split(ELLIPSIS, 1)
    return found.startswith(first) and found.endswith(last) and len(found) > len(words) - 3


# --- systems ----------------------------------------------------------------------------------


def extract(text: str, annotation: Annotation) -> list[Claim]:
    """The extractor under test, on one document's text and parse. The ONE place that calls
    it: find_claims' signature is being changed (issue 12), so adapt this call (and its
    imports) and nothing else."""
    parsed = ParsedArticle(text, annotation)
    return list(find_claims(annotation.article_id, parsed, Referents(parsed, load_gazetteer())))


_ENTITY = frozenset({"PERSON", "GPE", "ORG", "NORP"})
_BASELINE_ISSUE_WORDS = 8


def baseline(text: str, annotation: Annotation) -> list[Claim]:
    """Every lexicon verb; actor the nearest named entity before it in its sentence, target
    the nearest after it, issue the next words up to a comma or the sentence's end."""
    gazetteer = load_gazetteer()
    claims = []
    for index, token in enumerate(annotation.tokens):
        action = VERBS.get(token.lemma.lower()) if token.pos == "VERB" else None
        sentence = _sentence_at(annotation, token.start)
        if action is None or sentence is None:
            continue
        names = [m for m in annotation.mentions if m.label in _ENTITY]
        before = [m for m in names if sentence[0] <= m.start and m.end <= token.start]
        after = [m for m in names if token.end <= m.start and m.end <= sentence[1]]
        if not before:
            continue
        actor, target = before[-1], after[0] if after else None
        issue = _baseline_issue(text, annotation, index, sentence[1])
        claims.append(_baseline_claim(text, token, action, actor, target, issue, gazetteer))
    return claims


def _sentence_at(annotation: Annotation, offset: int) -> tuple[int, int] | None:
    for sentence in annotation.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return None


def _baseline_issue(text: str, annotation: Annotation, verb: int, end: int) -> Span:
    tokens = [t for t in annotation.tokens[verb + 1 :] if t.end <= end]
    words = []
    for token in tokens[:_BASELINE_ISSUE_WORDS]:
        if text[token.start : token.end] in (",", ";", ".", ":"):
            break
        words.append(token)
    start = annotation.tokens[verb].end
    return Span(words[0].start, words[-1].end) if words else Span(start, start)


def _baseline_claim(
    text: str,
    verb: Any,
    action: str,
    actor: Mention,
    target: Mention | None,
    issue: Span,
    gazetteer: Any,
) -> Claim:
    def name(mention: Mention) -> str:
        return str(
            gazetteer.state_named(mention.text)
            or gazetteer.state_of_adjective(mention.text)
            or mention.text
        )

    return Claim(
        article_id="baseline",
        start=verb.start,
        end=verb.end,
        actor=name(actor),
        actor_start=actor.start,
        actor_end=actor.end,
        action=action,
        trigger=text[verb.start : verb.end],
        trigger_start=verb.start,
        trigger_end=verb.end,
        issue=text[issue.start : issue.end],
        issue_start=issue.start,
        issue_end=issue.end,
        modality="asserted",
        target=name(target) if target else None,
        target_start=target.start if target else None,
        target_end=target.end if target else None,
    )


SYSTEMS = {"newsdesk": extract, "baseline": baseline}


# --- running the systems on the gold's documents ------------------------------------------


@dataclass(frozen=True, slots=True)
class Document:
    key: str
    text: str
    annotation: Annotation
    passages: tuple[Passage, ...]


def documents(passages: Sequence[Passage]) -> list[Document]:
    """The gold's source documents, each parsed once (cached by content)."""
    grouped: dict[str, list[Passage]] = defaultdict(list)
    for passage in passages:
        grouped[document_key(passage.document)].append(passage)
    keys = list(grouped)
    texts = [document_text(grouped[key][0].document) for key in keys]
    annotations = parsed(texts)
    return [
        Document(key, text, annotation, tuple(grouped[key]))
        for key, text, annotation in zip(keys, texts, annotations, strict=True)
    ]


def parsed(texts: Sequence[str]) -> list[Annotation]:
    """Parses of `texts`, from the cache when the same texts were parsed before."""
    digest = hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()[:16]
    path = CACHE / f"gold-{digest}.pkl"
    if path.exists():
        cached: list[Annotation] = pickle.loads(path.read_bytes())
        return cached
    items = [(f"gold-{i}", text) for i, text in enumerate(texts)]
    annotations = list(annotate(items, components="parse", n_process=1))
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(annotations))
    return annotations


def predictions_in(passage: Passage, claims: Sequence[Claim]) -> list[Claim]:
    """The claims whose trigger starts inside a labelled passage."""
    return [c for c in claims if passage.start <= c.trigger_start < passage.end]


# --- matching --------------------------------------------------------------------------------

_POSSESSIVE = re.compile(r"['’]s\b")
_NOT_WORD = re.compile(r"[^\w\s]")
_SIMILAR = 85  # rapidfuzz ratio (0-100) above which two spellings are one name


def fold(name: str) -> str:
    """Lower case, no accents, no possessive, no punctuation, no leading article."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = _NOT_WORD.sub(" ", _POSSESSIVE.sub("", plain.replace("’", "'")))
    words = plain.split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _state(name: str) -> str | None:
    gazetteer = load_gazetteer()
    return gazetteer.state_named(name) or gazetteer.state_of_adjective(name)


def names_match(predicted: str, gold: str, also: Iterable[str] = (), person: bool = False) -> bool:
    """Whether a predicted actor (or target) name is the gold one, or one of its `also`."""
    return any(_same_name(predicted, name, person) for name in (gold, *also))


def _same_name(predicted: str, gold: str, person: bool) -> bool:
    a, b = fold(predicted), fold(gold)
    if not a or not b:
        return False
    if a == b or ratio(a, b) >= _SIMILAR:
        return True
    states = _state(predicted), _state(gold)
    if states[0] is not None and states[0] == states[1]:
        return True
    if person:
        return _same_person(a.split(), b.split())
    return _one_within_other(a.split(), b.split())


def _same_person(a: list[str], b: list[str]) -> bool:
    """Surnames alike, and no two different first names ("Zelensky" ~ "Volodymyr
    Zelenskiy"; "Bill Clinton" is not "Hillary Clinton")."""
    if ratio(a[-1], b[-1]) < _SIMILAR:
        return False
    if len(a) < 2 or len(b) < 2:
        return True
    return a[0][0] == b[0][0]


def _one_within_other(a: list[str], b: list[str]) -> bool:
    """ "Senate Republicans" ~ "Republicans": one's words all in the other, same head."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return ratio(small[-1], large[-1]) >= _SIMILAR and set(small) <= set(large)


def actor_right(claim: Claim, gold: GoldClaim) -> bool:
    return names_match(claim.actor, gold.actor, gold.actor_also, gold.actor_kind == "person")


def action_right(claim: Claim, gold: GoldClaim) -> bool:
    """The same type; a negated acceptance, concession or support is a rejection."""
    if claim.action == gold.action:
        return True
    if gold.negated and gold.action in NEGATED_IS_REJECT:
        return claim.action == "REJECT"
    negated = claim.modality == "negated"
    return gold.action == "REJECT" and negated and claim.action in NEGATED_IS_REJECT


def issue_right(claim: Claim, gold: GoldClaim) -> bool:
    """Over a gold head word, and at least half of it inside the gold issue span."""
    predicted = Span(claim.issue_start, claim.issue_end)
    empty = predicted.end <= predicted.start or not claim.issue.strip()
    if gold.issue is None:
        return empty
    if empty or not any(predicted.overlaps(head) for head in gold.heads):
        return False
    inside = min(predicted.end, gold.issue.end) - max(predicted.start, gold.issue.start)
    return inside * 2 >= predicted.end - predicted.start


def target_agrees(claim: Claim, gold: GoldClaim) -> bool:
    if gold.target is None or claim.target is None:
        return gold.target is None and claim.target is None
    return names_match(claim.target, gold.target, gold.target_also)


def modality_agrees(claim: Claim, gold: GoldClaim) -> bool:
    """ "negated" against the gold's flag; otherwise the same value, a rejection read from
    a negated acceptance keeping the modality it has without the negation."""
    if claim.modality == "negated":
        return gold.negated
    converted = gold.negated and claim.action == "REJECT" and gold.action != "REJECT"
    return (converted or not gold.negated) and claim.modality == gold.modality


@dataclass
class Pair:
    claim: Claim
    gold: GoldClaim
    actor: bool
    action: bool
    issue: bool

    @property
    def right(self) -> bool:
        return self.actor and self.action and self.issue


@dataclass
class PassageResult:
    passage: Passage
    predicted: list[Claim]
    right: list[Pair] = field(default_factory=list)  # actor + action + issue all right
    aligned: list[Pair] = field(default_factory=list)  # same trigger, something wrong
    spurious: list[Claim] = field(default_factory=list)
    missed: list[GoldClaim] = field(default_factory=list)


def score_passage(
    passage: Passage, claims: Sequence[Claim], annotation: Annotation
) -> PassageResult:
    """One-to-one matching of a passage's predicted and gold claims: fully right pairs
    first (triggers overlapping before mere same-sentence pairs), then pairs whose
    triggers overlap."""
    result = PassageResult(passage, list(claims))
    pairs = [
        _pair(claim, gold)
        for claim in claims
        for gold in passage.claims
        if _candidates(claim, gold, annotation)
    ]
    taken_claims: set[int] = set()
    taken_golds: set[int] = set()
    for pair in sorted(pairs, key=lambda p: (not p.right, not _overlap(p), _distance(p))):
        if id(pair.claim) in taken_claims or id(pair.gold) in taken_golds:
            continue
        if not pair.right and not _overlap(pair):
            continue
        (result.right if pair.right else result.aligned).append(pair)
        taken_claims.add(id(pair.claim))
        taken_golds.add(id(pair.gold))
    result.spurious = [c for c in claims if id(c) not in taken_claims]
    result.missed = [g for g in passage.claims if id(g) not in taken_golds]
    return result


def _pair(claim: Claim, gold: GoldClaim) -> Pair:
    return Pair(
        claim,
        gold,
        actor_right(claim, gold),
        action_right(claim, gold),
        issue_right(claim, gold),
    )


def _candidates(claim: Claim, gold: GoldClaim, annotation: Annotation) -> bool:
    trigger = Span(claim.trigger_start, claim.trigger_end)
    if trigger.overlaps(gold.trigger):
        return True
    ours = _sentence_at(annotation, claim.trigger_start)
    return ours is not None and ours == _sentence_at(annotation, gold.trigger.start)


def _overlap(pair: Pair) -> bool:
    return Span(pair.claim.trigger_start, pair.claim.trigger_end).overlaps(pair.gold.trigger)


def _distance(pair: Pair) -> int:
    return abs(pair.claim.trigger_start - pair.gold.trigger.start)


# --- metrics ---------------------------------------------------------------------------------


def evaluate(system: str, docs: Sequence[Document]) -> list[PassageResult]:
    results = []
    for doc in docs:
        claims = SYSTEMS[system](doc.text, doc.annotation)
        for passage in doc.passages:
            inside = predictions_in(passage, claims)
            results.append(score_passage(passage, inside, doc.annotation))
    return results


def metrics_of(results: Sequence[PassageResult], prefix: str) -> dict[str, float]:
    right = sum(len(r.right) for r in results)
    predicted = sum(len(r.predicted) for r in results)
    gold = sum(len(r.passage.claims) for r in results)
    pairs = [p for r in results for p in (*r.right, *r.aligned)]
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    metrics = {
        f"{prefix}.precision": precision,
        f"{prefix}.recall": recall,
        f"{prefix}.f1": 2 * precision * recall / (precision + recall) if right else 0.0,
        f"{prefix}.predicted": float(predicted),
        f"{prefix}.gold": float(gold),
        f"{prefix}.right": float(right),
        f"{prefix}.aligned": float(len(pairs)),
    }
    agreements = {
        "actor": lambda p: p.actor,
        "action": lambda p: p.action,
        "issue": lambda p: p.issue,
        "target": lambda p: target_agrees(p.claim, p.gold),
        "modality": lambda p: modality_agrees(p.claim, p.gold),
    }
    for name, agrees in agreements.items():
        value = sum(agrees(p) for p in pairs) / len(pairs) if pairs else 0.0
        metrics[f"{prefix}.{name}_agreement"] = value
    return metrics


# --- error classes ---------------------------------------------------------------------------

_PRONOUNS = frozenset(
    {"it", "its", "this", "that", "these", "those", "them", "they", "he", "she", "him"}
    | {"her", "his", "which", "who", "what", "one"}
)
Errors = dict[str, list[tuple[Claim | None, GoldClaim | None]]]
Kept = dict[str, tuple[list[PassageResult], list[Document]]]


def error_classes(results: Sequence[PassageResult]) -> Errors:
    """Every wrong prediction and missed gold claim under the part(s) it gets wrong."""
    found: Errors = defaultdict(list)
    for result in results:
        for pair in result.aligned:
            for name in _wrong_parts(pair):
                found[name].append((pair.claim, pair.gold))
        for claim in result.spurious:
            found["spurious: no gold claim at this trigger"].append((claim, None))
        for gold in result.missed:
            found["missed: no prediction at this trigger"].append((None, gold))
    return dict(found)


def _wrong_parts(pair: Pair) -> list[str]:
    parts = []
    if not pair.actor:
        parts.append("actor wrong")
    if not pair.action:
        parts.append(f"action wrong ({pair.gold.action} read as {pair.claim.action})")
    if not pair.issue:
        parts.append(f"issue wrong: {_issue_error(pair.claim, pair.gold)}")
    if not target_agrees(pair.claim, pair.gold):
        parts.append("target wrong")
    return parts


def _issue_error(claim: Claim, gold: GoldClaim) -> str:
    words = claim.issue.strip().lower().split()
    if claim.issue_end <= claim.issue_start or not words:
        return "empty"
    if gold.issue is None:
        return "given where the text has none"
    if all(w.strip(".,\"'“”’") in _PRONOUNS for w in words):
        return "a pronoun only"
    if not any(Span(claim.issue_start, claim.issue_end).overlaps(h) for h in gold.heads):
        return "misses the head words"
    return "mostly outside the gold issue"


def print_errors(results: Sequence[PassageResult], docs: Sequence[Document], examples: int) -> None:
    texts = {id(p): d for d in docs for p in d.passages}
    by_passage = {id(c): r for r in results for c in (*r.predicted, *r.passage.claims)}
    for name, items in sorted(error_classes(results).items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {name}: {len(items)}")
        for claim, gold in items[:examples]:
            anchor = claim if claim is not None else gold
            doc = texts[id(by_passage[id(anchor)].passage)]
            print("  " + _sentence_text(doc, claim, gold))
            if claim is not None:
                issue = doc.text[claim.issue_start : claim.issue_end]
                print(
                    f"    predicted: {claim.actor} | {claim.action} | {issue[:70]!r} | "
                    f"{claim.target} | {claim.modality}"
                )
            if gold is not None:
                issue = doc.text[gold.issue.start : gold.issue.end] if gold.issue else ""
                print(
                    f"    gold:      {gold.actor} | {gold.action} | {issue[:70]!r} | "
                    f"{gold.target} | {gold.modality}{' negated' if gold.negated else ''}"
                )


def _sentence_text(doc: Document, claim: Claim | None, gold: GoldClaim | None) -> str:
    start = claim.trigger_start if claim is not None else gold.trigger.start  # type: ignore[union-attr]
    sentence = _sentence_at(doc.annotation, start) or (start, start + 120)
    return " ".join(doc.text[sentence[0] : sentence[1]].split())[:220]


# --- main --------------------------------------------------------------------------------------


def run(splits: Sequence[str]) -> tuple[dict[str, float], Kept]:
    """Both systems on the gold of `splits`: the metrics, and the results kept per
    "split.system" for the error listing."""
    metrics: dict[str, float] = {}
    kept: Kept = {}
    for split in splits:
        docs = documents(load_gold(split))
        for system in SYSTEMS:
            results = evaluate(system, docs)
            metrics |= metrics_of(results, f"claims.gold.{split}.{system}")
            kept[f"{split}.{system}"] = (results, docs)
    return metrics, kept


def print_table(metrics: dict[str, float], splits: Sequence[str]) -> None:
    print(f"claims gold | {platform.node()} {platform.machine()} | {date.today()}")
    columns = ["precision", "recall", "f1", "predicted", "gold", "aligned"]
    columns += ["actor_agreement", "action_agreement", "issue_agreement"]
    columns += ["target_agreement", "modality_agreement"]
    print(f"{'split':6} {'system':9} " + " ".join(f"{c.split('_')[0][:9]:>9}" for c in columns))
    for split in splits:
        for system in SYSTEMS:
            prefix = f"claims.gold.{split}.{system}"
            cells = [metrics[f"{prefix}.{c}"] for c in columns]
            print(f"{split:6} {system:9} " + " ".join(_cell(v) for v in cells))


def _cell(value: float) -> str:
    return f"{value:9.0f}" if value > 1 else f"{value:9.3f}"


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="all", choices=("all", *SPLITS))
    parser.add_argument("--errors", action="store_true", help="list the tune split's errors")
    parser.add_argument("--examples", type=int, default=3, help="examples per error class")
    parser.add_argument(
        "--errors-on-test", action="store_true", help="list test errors (never while tuning)"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    splits = SPLITS if args.split == "all" else (args.split,)
    metrics, kept = run(splits)
    print_table(metrics, splits)
    if args.split == "all":
        # when and where it ran: a rerun on new code is a new file even when the figures hold
        ran = {"utc": datetime.now(UTC).isoformat(timespec="seconds"), "machine": platform.node()}
        RESULTS.write_text(json.dumps({"metrics": metrics, "run": ran}, indent=1) + "\n", "utf-8")
        print(f"wrote {RESULTS}")
    error_split = "test" if args.errors_on_test else "tune"
    if (args.errors or args.errors_on_test) and f"{error_split}.newsdesk" in kept:
        print_errors(*kept[f"{error_split}.newsdesk"], args.examples)


if __name__ == "__main__":
    main()
