"""Claims (actor-action-target) against ConfliBERT's CAMEO data and PETRARCH-2's gold records.

1. conflibert-cameo/cameo_class (test split, 451 sentences, 5 classes): action-type macro F1.
   The classes are ConfliBERT's coarse CAMEO groups, read from the data (train split): 0
   statements/appeals/intent (CAMEO 01-03), 1 consult/diplomatic cooperation (04-05),
   2 material cooperation (06-08), 3 verbal conflict (09-13, with sanctions), 4 material
   conflict (14-20). Our action types map to them through CLASS_OF (DEMAND's class was
   chosen on the train split, `--split train`; a demand proper, "demanded", "insisted",
   "must" (what a speaker says another must do),
   "ordered", is CAMEO 10, class 3, an appeal CAMEO 02, class 0: `class_of`); a sentence
   with no claim is class 0.
2. conflibert-cameo/cameo_ner (test split): source (S) and target (T) span F1, exact and
   overlapping (a predicted span counts when it shares a character with a gold span); the
   prediction is the first claim's actor and target spans.
3. petrarch-validation PETR2_GSR_validation.xml (79 real news sentences, 93 events): action
   macro F1 over CAMEO roots mapped by TYPE_OF_ROOT (per sentence, sets of types), and source
   / target country agreement: the gold actor code's first three letters against the ISO3
   code of our actor's state (ISO3_OF: the gazetteer's states, so others count as misses).
4. Throughput: sentences/s of find_claims alone and of parse + find_claims, 1 process.

Baseline, run the same way: the same verb lexicon on the first matching verb lemma (no
phrasal verbs, light verbs, nouns or syntax), source = the nearest named entity before the
verb, target = the nearest after it.

Run: .venv/bin/python bench/claims_eval.py [--sample N] [--split test|train]
Parses are cached under /tmp/newsdesk-claims-cache.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from newsdesk.annotate import annotate
from newsdesk.extract.claims import find_claims
from newsdesk.extract.claims.lexicon import VERBS
from newsdesk.extract.claims.triggers import find_triggers
from newsdesk.gazetteer import load_gazetteer
from newsdesk.model import Annotation, Claim, Mention
from newsdesk.parse import ParsedArticle
from newsdesk.referents import Referents

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
EVENTS = SHARED / "data" / "events"
CAMEO = EVENTS / "conflibert-cameo" / "data"
PETRARCH = EVENTS / "petrarch-validation" / "UniversalPetrarch" / "data" / "text"
CACHE = Path("/tmp/newsdesk-claims-cache")
RESULTS = REPO / "bench" / "results" / "claims.json"

CLASS_OF = {
    "PROPOSE": 0,
    "DEMAND": 0,
    "CONSULT": 1,
    "ACCEPT": 1,
    "SUPPORT": 1,
    "COOPERATE": 2,
    "AID": 2,
    "CONCEDE": 2,
    "DISAPPROVE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "SANCTION": 3,
    "INVESTIGATE": 3,
    "PROTEST": 4,
    "ASSAULT": 4,
    "COERCE": 4,
    "MOBILIZE": 4,
}
TYPE_OF_ROOT = {
    "02": "DEMAND",  # appeal
    "03": "PROPOSE",  # express intent to cooperate
    "04": "CONSULT",
    "05": "SUPPORT",  # diplomatic cooperation (praise, endorse, ...)
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",  # yield
    "09": "INVESTIGATE",
    "10": "DEMAND",
    "11": "DISAPPROVE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",  # exhibit force posture
    "16": "SANCTION",  # reduce relations
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",  # fight
    "20": "ASSAULT",  # mass violence
}  # 01 (make a public statement) is no claim type
# CAMEO splits what PLOVER calls DEMAND: an appeal ("urged", "called on", 02) is a statement,
# class 0; a demand proper ("demanded", "insisted", "ordered", 10) is verbal conflict, class 3.
DEMANDS_PROPER = ("demand", "insist", "order", "requir", "ultimatum", "deadline", "must")


# Denying what one is accused of is a statement (class 0 in the train split's labels), not a
# refusal of someone's demand or offer.
REBUTTED = ("accusation", "allegation", "charge", "claim", "report", "rumo")


def class_of(guess: Guess) -> int:
    if guess.action == "DEMAND" and guess.trigger.startswith(DEMANDS_PROPER):
        return 3
    if guess.action == "REJECT" and any(w.startswith(REBUTTED) for w in guess.issue.split()[:3]):
        return 0
    return CLASS_OF.get(guess.action or "", 0)


ISO3_OF = {
    "United States": "USA", "Russia": "RUS", "Ukraine": "UKR", "United Kingdom": "GBR",
    "France": "FRA", "Germany": "DEU", "China": "CHN", "Belarus": "BLR", "Turkey": "TUR",
    "Poland": "POL", "Czech Republic": "CZE", "Israel": "ISR", "Iran": "IRN",
    "Saudi Arabia": "SAU", "Qatar": "QAT", "United Arab Emirates": "ARE",
    "North Korea": "PRK", "European Union": "EUR", "NATO": "NATO",
    # the shipped table's other states (data/states.toml)
    "Afghanistan": "AFG", "Albania": "ALB", "Algeria": "DZA", "Andorra": "AND",
    "Angola": "AGO", "Argentina": "ARG", "Armenia": "ARM", "Australia": "AUS",
    "Austria": "AUT", "Azerbaijan": "AZE", "Bahrain": "BHR", "Bangladesh": "BGD",
    "Belgium": "BEL", "Bolivia": "BOL", "Bosnia and Herzegovina": "BIH", "Botswana": "BWA",
    "Brazil": "BRA", "Bulgaria": "BGR", "Burkina Faso": "BFA", "Burundi": "BDI",
    "Cambodia": "KHM", "Cameroon": "CMR", "Canada": "CAN", "Central African Republic": "CAF",
    "Chile": "CHL", "Colombia": "COL", "Costa Rica": "CRI", "Croatia": "HRV", "Cuba": "CUB",
    "Cyprus": "CYP", "Democratic Republic of the Congo": "COD", "Denmark": "DNK",
    "Djibouti": "DJI", "Dominican Republic": "DOM", "Ecuador": "ECU", "Egypt": "EGY",
    "El Salvador": "SLV", "Eritrea": "ERI", "Estonia": "EST", "Ethiopia": "ETH",
    "Finland": "FIN", "Gabon": "GAB", "Gambia": "GMB", "Ghana": "GHA", "Greece": "GRC",
    "Guatemala": "GTM", "Guinea": "GIN", "Haiti": "HTI", "Honduras": "HND", "Hungary": "HUN",
    "Iceland": "ISL", "India": "IND", "Indonesia": "IDN", "Iraq": "IRQ", "Ireland": "IRL",
    "Italy": "ITA", "Ivory Coast": "CIV", "Jamaica": "JAM", "Japan": "JPN", "Jordan": "JOR",
    "Kazakhstan": "KAZ", "Kenya": "KEN", "Kosovo": "XKX", "Kuwait": "KWT", "Kyrgyzstan": "KGZ",
    "Laos": "LAO", "Latvia": "LVA", "Lebanon": "LBN", "Liberia": "LBR", "Libya": "LBY",
    "Lithuania": "LTU", "Luxembourg": "LUX", "Madagascar": "MDG", "Malawi": "MWI",
    "Malaysia": "MYS", "Mali": "MLI", "Malta": "MLT", "Mauritania": "MRT", "Mexico": "MEX",
    "Moldova": "MDA", "Mongolia": "MNG", "Montenegro": "MNE", "Morocco": "MAR",
    "Mozambique": "MOZ", "Myanmar": "MMR", "Namibia": "NAM", "Nepal": "NPL",
    "Netherlands": "NLD", "New Zealand": "NZL", "Nicaragua": "NIC", "Niger": "NER",
    "Nigeria": "NGA", "North Macedonia": "MKD", "Norway": "NOR", "Oman": "OMN",
    "Pakistan": "PAK", "Palestine": "PSE", "Panama": "PAN", "Paraguay": "PRY", "Peru": "PER",
    "Philippines": "PHL", "Portugal": "PRT", "Republic of the Congo": "COG", "Romania": "ROU",
    "Rwanda": "RWA", "Senegal": "SEN", "Serbia": "SRB", "Sierra Leone": "SLE",
    "Singapore": "SGP", "Slovakia": "SVK", "Slovenia": "SVN", "Somalia": "SOM",
    "South Africa": "ZAF", "South Korea": "KOR", "South Sudan": "SSD", "Spain": "ESP",
    "Sri Lanka": "LKA", "Sudan": "SDN", "Sweden": "SWE", "Switzerland": "CHE", "Syria": "SYR",
    "Taiwan": "TWN", "Tajikistan": "TJK", "Tanzania": "TZA", "Thailand": "THA",
    "Tunisia": "TUN", "Turkmenistan": "TKM", "Uganda": "UGA", "Uruguay": "URY",
    "Uzbekistan": "UZB", "Venezuela": "VEN", "Vietnam": "VNM", "Yemen": "YEM", "Zambia": "ZMB",
    "Zimbabwe": "ZWE",
}  # fmt: skip

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Guess:
    action: str | None
    source: Span | None
    target: Span | None
    source_state: str | None
    target_state: str | None
    trigger: str = ""  # the trigger word, lower case (DEMAND's two CAMEO roots, see below)
    issue: str = ""


Predictor = Callable[[str, Annotation], Guess]


# --- the two systems ---------------------------------------------------------------------


def ours(text: str, annotation: Annotation) -> Guess:
    """The claim nearest the root of the parse (the sentence's main event); with no claim
    (no actor resolved), the action of the trigger nearest the root."""
    parsed = ParsedArticle(text, annotation)
    claims = find_claims(annotation.article_id, parsed, Referents(parsed, load_gazetteer()))
    depth = _depths(annotation)
    if claims:
        return _guess(min(claims, key=lambda c: (depth.get(c.trigger_start, 99), c.trigger_start)))
    triggers = find_triggers(parsed)
    if not triggers:
        return Guess(None, None, None, None, None)
    first = min(triggers, key=lambda t: (depth.get(t.start, 99), t.start))
    return Guess(first.action, None, None, None, None, text[first.start : first.end].lower())


def _depths(annotation: Annotation) -> dict[int, int]:
    """Token start offset -> number of heads above it."""
    depths = {}
    for index, token in enumerate(annotation.tokens):
        steps, current = 0, index
        while annotation.tokens[current].head != current and steps < 50:
            current, steps = annotation.tokens[current].head, steps + 1
        depths[token.start] = steps
    return depths


def _guess(claim: Claim) -> Guess:
    target = (
        (claim.target_start, claim.target_end)
        if claim.target_start is not None and claim.target_end is not None
        else None
    )
    gazetteer = load_gazetteer()
    target_state = gazetteer.state_named(claim.target) if claim.target else None
    return Guess(
        claim.action,
        (claim.actor_start, claim.actor_end),
        target,
        claim.actor_state,
        target_state,
        claim.trigger.lower(),
        claim.issue.lower(),
    )


_ENTITY = frozenset({"PERSON", "GPE", "ORG", "NORP"})


def baseline(text: str, annotation: Annotation) -> Guess:
    """First lexicon verb; nearest named entity before it (source) and after it (target)."""
    for token in annotation.tokens:
        action = VERBS.get(token.lemma.lower()) if token.pos == "VERB" else None
        if action is None:
            continue
        names = [m for m in annotation.mentions if m.label in _ENTITY]
        before = [m for m in names if m.end <= token.start]
        after = [m for m in names if m.start >= token.end]
        source = before[-1] if before else None
        target = after[0] if after else None
        return Guess(action, _span(source), _span(target), _state(source), _state(target))
    return Guess(None, None, None, None, None)


def _span(mention: Mention | None) -> Span | None:
    return (mention.start, mention.end) if mention else None


def _state(mention: Mention | None) -> str | None:
    if mention is None:
        return None
    gazetteer = load_gazetteer()
    return gazetteer.state_named(mention.text) or gazetteer.state_of_adjective(mention.text)


SYSTEMS: dict[str, Predictor] = {"newsdesk": ours, "baseline": baseline}


# --- parsing, cached -----------------------------------------------------------------------


def parsed(name: str, texts: list[str]) -> list[Annotation]:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{name}-{len(texts)}.pkl"
    if path.exists():
        cached: list[Annotation] = pickle.loads(path.read_bytes())
        return cached
    items = [(f"{name}-{i}", t) for i, t in enumerate(texts)]
    annotations = list(annotate(items, components="parse", n_process=1))
    path.write_bytes(pickle.dumps(annotations))
    return annotations


# --- scoring -------------------------------------------------------------------------------


def macro_f1(gold: list[set[str]], predicted: list[set[str]]) -> float:
    """Per-label F1 over sets of labels per item, averaged over labels seen in the gold."""
    tp, fp, fn = Counter[str](), Counter[str](), Counter[str]()
    for g, p in zip(gold, predicted, strict=True):
        tp.update(g & p)
        fp.update(p - g)
        fn.update(g - p)
    labels = {label for g in gold for label in g}
    scores = [_f1(tp[x], fp[x], fn[x]) for x in labels]
    return sum(scores) / len(scores) if scores else 0.0


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def span_f1(gold: list[list[Span]], predicted: list[Span | None], exact: bool) -> float:
    tp = fp = fn = 0
    for spans, guess in zip(gold, predicted, strict=True):
        hit = guess is not None and any(_match(guess, g, exact) for g in spans)
        tp += hit
        fp += guess is not None and not hit
        fn += len(spans) - hit
    return _f1(tp, fp, fn)


def _match(guess: Span, gold: Span, exact: bool) -> bool:
    return guess == gold if exact else guess[0] < gold[1] and gold[0] < guess[1]


# --- 1. conflibert classes -----------------------------------------------------------------


def read_classes(split: str) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for line in (CAMEO / "cameo_class" / f"{split}.tsv").read_text("utf-8").splitlines():
        text, _, label = line.rstrip("\r").rpartition("\t")
        if text and label.isdigit():
            texts.append(text.strip().strip('"').replace('""', '"'))
            labels.append(int(label))
    return texts, labels


def eval_classes(split: str, sample: int | None) -> dict[str, float]:
    texts, labels = read_classes(split)
    texts, labels = texts[:sample], labels[:sample]
    annotations = parsed(f"class-{split}", texts)
    metrics = {}
    for name, system in SYSTEMS.items():
        guesses = [system(t, a) for t, a in zip(texts, annotations, strict=True)]
        predicted = [{str(class_of(g))} for g in guesses]
        gold = [{str(label)} for label in labels]
        metrics[f"claims.cameo_class.{split}.{name}.macro_f1"] = macro_f1(gold, predicted)
        metrics[f"claims.cameo_class.{split}.{name}.accuracy"] = sum(
            g == p for g, p in zip(gold, predicted, strict=True)
        ) / len(gold)
    return metrics


# --- 2. conflibert source / target spans ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class SpanSentence:
    text: str
    sources: list[Span]
    targets: list[Span]


_NO_SPACE_BEFORE = re.compile(r"^([,.;:!?%)\]}]|'s|'|’s|n't|'re|'ve|'ll|'d|'m)$")


def read_spans(split: str) -> list[SpanSentence]:
    sentences, rows = [], []
    for line in (CAMEO / "cameo_ner" / f"{split}.txt").read_text("utf-8").splitlines():
        parts = line.rstrip("\r").split()
        if len(parts) >= 2:
            rows.append((" ".join(parts[:-1]), parts[-1]))
        elif rows:
            sentences.append(_detokenise(rows))
            rows = []
    if rows:
        sentences.append(_detokenise(rows))
    return sentences


def _detokenise(rows: list[tuple[str, str]]) -> SpanSentence:
    """Tokens joined with news spacing, keeping each token's offsets for the gold spans."""
    text, offsets = "", []
    for word, _ in rows:
        if text and not _NO_SPACE_BEFORE.match(word) and not text.endswith(("(", "$")):
            text += " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
    spans: dict[str, list[Span]] = {"S": [], "T": []}
    for (start, end), (_, tag) in zip(offsets, rows, strict=True):
        kind = tag[2:] if "-" in tag else ""
        if tag.startswith("B-") and kind in spans:
            spans[kind].append((start, end))
        elif tag.startswith("I-") and kind in spans and spans[kind]:
            spans[kind][-1] = (spans[kind][-1][0], end)
    return SpanSentence(text, spans["S"], spans["T"])


def eval_spans(split: str, sample: int | None) -> dict[str, float]:
    sentences = read_spans(split)[:sample]
    annotations = parsed(f"ner-{split}", [s.text for s in sentences])
    metrics = {}
    for name, system in SYSTEMS.items():
        guesses = [system(s.text, a) for s, a in zip(sentences, annotations, strict=True)]
        for role, gold in (
            ("source", [s.sources for s in sentences]),
            ("target", [s.targets for s in sentences]),
        ):
            predicted = [g.source if role == "source" else g.target for g in guesses]
            for exact in (True, False):
                key = (
                    f"claims.cameo_spans.{split}.{name}.{role}_f1_{'exact' if exact else 'overlap'}"
                )
                metrics[key] = span_f1(gold, predicted, exact)
    return metrics


# --- 3. petrarch gold records --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Record:
    text: str
    events: list[tuple[str, str, str]]  # (event code, source code, target code)


def read_petrarch() -> list[Record]:
    raw = (PETRARCH / "PETR2_GSR_validation.xml").read_text("utf-8")
    records = []
    for block in re.findall(r"<Sentence .*?</Text>", raw, flags=re.S):
        text = re.search(r"<Text>(.*?)</Text>", block, flags=re.S)
        codes = re.findall(r"<EventCoding ([^>]*)/?>", block)
        events = []
        for attributes in codes:
            found = dict(re.findall(r'(\w+)="([^"]*)"', attributes))
            if "eventcode" in found:
                events.append(
                    (found["eventcode"], found.get("sourcecode", ""), found.get("targetcode", ""))
                )
        if text is not None:
            records.append(Record(" ".join(text.group(1).split()), events))
    return records


def eval_petrarch(sample: int | None) -> dict[str, float]:
    records = read_petrarch()[:sample]
    annotations = parsed("petrarch", [r.text for r in records])
    gold = [{TYPE_OF_ROOT[e[0][:2]] for e in r.events if e[0][:2] in TYPE_OF_ROOT} for r in records]
    metrics: dict[str, float] = {"claims.petrarch.sentences": len(records)}
    for name, system in SYSTEMS.items():
        guesses = [system(r.text, a) for r, a in zip(records, annotations, strict=True)]
        predicted = [{g.action} if g.action else set() for g in guesses]
        metrics[f"claims.petrarch.{name}.action_macro_f1"] = macro_f1(gold, predicted)
        for role in ("source", "target"):
            metrics[f"claims.petrarch.{name}.{role}_country_f1"] = _country_f1(
                records, guesses, role
            )
    return metrics


def _country_f1(records: list[Record], guesses: list[Guess], role: str) -> float:
    tp = fp = fn = 0
    for record, guess in zip(records, guesses, strict=True):
        gold = {(e[1] if role == "source" else e[2])[:3] for e in record.events} - {""}
        state = guess.source_state if role == "source" else guess.target_state
        code = ISO3_OF.get(state or "")
        hit = code is not None and code[:3] in gold
        tp += hit
        fp += code is not None and not hit
        fn += len(gold) - hit
    return _f1(tp, fp, fn)


# --- 4. throughput -------------------------------------------------------------------------


def throughput(texts: list[str]) -> dict[str, float]:
    started = time.perf_counter()
    annotations = list(annotate([(str(i), t) for i, t in enumerate(texts)], components="parse"))
    parse_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for text, annotation in zip(texts, annotations, strict=True):
        parsed = ParsedArticle(text, annotation)
        find_claims(annotation.article_id, parsed, Referents(parsed, load_gazetteer()))
    claim_seconds = time.perf_counter() - started
    sentences = sum(len(a.sentences) for a in annotations)
    return {
        "claims.speed.sentences": sentences,
        "claims.speed.find_claims_sentences_per_s": sentences / claim_seconds,
        "claims.speed.parse_and_claims_sentences_per_s": sentences
        / (parse_seconds + claim_seconds),
    }


# --- main ----------------------------------------------------------------------------------


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=int, default=None, help="first N items of each set")
    parser.add_argument("--split", default="test", choices=("test", "train"))
    args = parser.parse_args(list(argv) if argv is not None else None)
    metrics: dict[str, float] = {}
    metrics |= eval_classes(args.split, args.sample)
    metrics |= eval_spans(args.split, args.sample)
    if args.split == "test":
        metrics |= eval_petrarch(args.sample)
        metrics |= throughput(read_classes("test")[0][: args.sample or 200])
    for key, value in metrics.items():
        print(f"{key:70s} {value:8.3f}")
    if args.sample is None and args.split == "test":
        RESULTS.write_text(json.dumps({"metrics": metrics}, indent=1) + "\n", "utf-8")
        print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
