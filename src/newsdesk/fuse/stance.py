"""Stance of a passage toward a claim: agree, disagree, discuss (reports it) or unrelated.

The detector behind facts' "reported vs denied" conflicts: a passage that disagrees with a
fact's text (denies it, calls it false or a hoax) is a candidate conflict; one that only
reports it ("reportedly", "claims") discusses it. Two small models over cheap features, plain
numpy at run time (trained by bench/crosscheck_eval.py on FNC-1 and Emergent, shipped as
data/stance.npz, no pickle):

1. relatedness: is the passage about the claim at all (TF-IDF cosine; how much of the claim's
   words, names and numbers the passage, its lead and its closest sentence hold);
2. stance given relatedness: cue words (denial, hedging, confirmation, negation) in the
   sentences closest to the claim, in the lead and in the whole passage, the claim's own cues,
   numbers that disagree, the strongest cues again for a short passage (a sentence or a
   headline, the way facts use it), and bags of words of the closest sentences and of the
   whole passage.

English only: the cue words are English, and so were the texts it was trained on.

P(unrelated) = 1 - P(related); P(agree) = P(related) * P(agree | related), and so on. The
label is "disagree" only when its probability reaches an operating point (the model's own,
chosen on training data for precision, or the caller's `disagree_min_p`): a false conflict
misleads an analyst more than a missed one. Otherwise it is the next most probable label.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

LABELS = ("agree", "disagree", "discuss", "unrelated")
STANCES = LABELS[:3]  # the stance model's classes, given that the passage is related
MODEL_FILE = "data/stance.npz"
NEAR_SENTENCES = 3  # the sentences closest to the claim, where its stance is usually said
LEAD_SENTENCES = 2

Vector = npt.NDArray[np.float64]

# --- reading a text ------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"'“‘(]?[A-Z0-9])|\s*\n\s*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTE_MARKS = re.compile(r"[\"“”]")
# suffixes stripped so that "denies", "denied" and "deny" meet; longest first
_SUFFIXES = (("edly", ""), ("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""))
_FUNCTION_WORDS_TEXT = """
    a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself yourselves s t said says say
    also new one two year years like get got just now
"""  # negations are not function words here: they carry the stance


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude English stem (lowercase, a few inflections off): enough for word overlap."""
    word = word.lower().replace("’", "'")
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    if word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh")):
        return word[:-2]
    if word.endswith("ly") and len(word) > 5:
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words.split())


_STOPWORDS = frozenset(_FUNCTION_WORDS_TEXT.split()) | _stems(_FUNCTION_WORDS_TEXT)


# Cue lexicons, generic English stance words (stems). Denial: the passage says the claim is
# false; hedging: it reports without vouching; confirmation: it vouches.
REFUTE = _stems(
    """fake faked fakes fraud hoax hoaxes false falsely deny denies denied denial debunk debunked
    bogus untrue baseless myth refute refuted incorrect misleading fabricate fabricated satire
    satirical parody spoof prank pranks phony phoney lie lies lied wrong retract retracted
    retraction dismiss dismissed reject rejected disprove disproved discredit discredited
    nonsense unfounded doubt doubted doubtful skeptical sceptical contrary despite however
    erroneous mistaken bullshit figment"""
)  # inflected forms listed: the crude stem of "faked" is not that of "fake"
REFUTE_PHRASES = frozenset(
    {("not", "true"), ("no", "evidence"), ("made", "up"), ("no", "truth"), ("not", "real"),
     ("turn", "out"), ("turned", "out"), ("no", "such"), ("never", "happen"), ("not", "happen")}
)  # fmt: skip
HEDGE = _stems(
    """reportedly allegedly alleged allege claim claimed rumor rumour rumored rumoured unconfirmed
    unverified apparently purportedly purported supposedly possibly may might could perhaps
    suggest appear believe speculation speculate according report reported whether unclear
    if probably likely seem source sources anonymous insider"""
)
CONFIRM = _stems(
    """confirm confirmed official officially announce announced indeed verified verify proof
    proven prove revealed reveal statement actually true authentic genuine"""
)
NEGATION = frozenset({"not", "no", "never", "none", "nobody", "nothing", "neither", "nor"})


@dataclass(frozen=True, slots=True)
class Words:
    """A text cut into sentences of stems, before any vocabulary is known."""

    sentences: tuple[tuple[str, ...], ...]  # all stems of each sentence, in order
    questions: tuple[bool, ...]  # whether each sentence asks
    names: frozenset[str]  # stems of capitalised words inside sentences (a cheap name proxy)
    numbers: frozenset[str]
    quote_marks: int


def read_words(text: str) -> Words:
    """Split into sentences and stems; "didn't" becomes "did" + "not"."""
    sentences: list[tuple[str, ...]] = []
    questions: list[bool] = []
    names: set[str] = set()
    for piece in _SENTENCE_END.split(text):
        words = _TOKEN.findall(piece)
        if not words:
            continue
        sentences.append(tuple(s for w in words for s in _word_stems(w)))
        questions.append("?" in piece)
        names.update(stem(w) for w in words[1:] if w[:1].isupper() and not w.isupper())
    numbers = frozenset(n.replace(",", "") for n in _NUMBER.findall(text))
    quotes = len(_QUOTE_MARKS.findall(text))
    return Words(tuple(sentences), tuple(questions), frozenset(names), numbers, quotes)


@lru_cache(maxsize=1 << 16)
def _word_stems(word: str) -> tuple[str, ...]:
    """A word's stems: "didn't" is "did" + "not"; "Kyiv's" is "kyiv"."""
    lower = word.lower().replace("’", "'")
    if lower.endswith("n't"):
        return stem(lower[:-3]), "not"
    return (stem(lower.split("'")[0]),)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Inverse document frequencies of stems, and the stems the stance model reads as words."""

    idf: dict[str, float]
    words: dict[str, int]  # stem -> column of the bag of words
    unseen_idf: float  # a stem never seen in training is rare: it weighs like the rarest

    def weight(self, stem_: str) -> float:
        return self.idf.get(stem_, self.unseen_idf)


@dataclass(frozen=True, slots=True)
class Weighted:
    """Sparse TF-IDF of some stems, with its norm."""

    weights: dict[str, float]
    norm: float

    def cosine(self, other: Weighted) -> float:
        if not self.norm or not other.norm:
            return 0.0
        small, large = sorted((self.weights, other.weights), key=len)
        dot = sum(w * large[s] for s, w in small.items() if s in large)
        return dot / (self.norm * other.norm)


def _weighted(stems: Iterable[str], vocabulary: Vocabulary) -> Weighted:
    idf, unseen = vocabulary.idf, vocabulary.unseen_idf
    weights = {s: (1 + math.log(n)) * idf.get(s, unseen) for s, n in Counter(stems).items()}
    return Weighted(weights, math.sqrt(sum(w * w for w in weights.values())))


@dataclass(frozen=True, slots=True)
class Text:
    """A claim or passage read once against a vocabulary: all that does not depend on the other
    side of a pair, so one body scored against many claims is read once."""

    words: Words
    vector: Weighted  # TF-IDF of the content stems of the whole text
    postings: dict[str, list[tuple[int, float]]]  # content stem -> (sentence, its TF-IDF there)
    sentence_norms: tuple[float, ...]
    idf: dict[str, float]  # idf of each content stem (how much of a claim a passage holds)
    stems: frozenset[str]  # every content stem
    lead: frozenset[str]  # content stems of the first sentences
    bigrams: frozenset[tuple[str, str]]  # adjacent content stems
    cue_counts: tuple[tuple[int, int, int, int], ...]  # refute, hedge, confirm, negation
    lead_counts: tuple[int, int, int, int]
    total_counts: tuple[int, int, int, int]
    columns: tuple[tuple[int, ...], ...]  # bag-of-words columns of each sentence
    all_columns: tuple[int, ...]  # of the whole text, in the second block of columns
    tokens: int


def read_text(text: str, vocabulary: Vocabulary) -> Text:
    words = read_words(text)
    content = [[s for s in sent if s not in _STOPWORDS] for sent in words.sentences]
    sentence_vectors = [_weighted(c, vocabulary) for c in content]
    postings: dict[str, list[tuple[int, float]]] = {}
    for index, vector in enumerate(sentence_vectors):
        for s, weight in vector.weights.items():
            postings.setdefault(s, []).append((index, weight))
    cue_counts = tuple(_cue_counts(sent) for sent in words.sentences)
    columns = tuple(_columns(sent, vocabulary) for sent in words.sentences)
    width = len(vocabulary.words)
    return Text(
        words=words,
        vector=_weighted((s for c in content for s in c), vocabulary),
        postings=postings,
        sentence_norms=tuple(v.norm for v in sentence_vectors),
        idf={s: vocabulary.weight(s) for s in postings},
        stems=frozenset(postings),
        lead=frozenset(s for c in content[:LEAD_SENTENCES] for s in c),
        bigrams=frozenset(b for c in content for b in pairwise(c)),
        cue_counts=cue_counts,
        lead_counts=_sum_counts(cue_counts[:LEAD_SENTENCES]),
        total_counts=_sum_counts(cue_counts),
        columns=columns,
        all_columns=tuple(sorted({width + c for sentence in columns for c in sentence})),
        tokens=sum(len(sent) for sent in words.sentences),
    )


def _columns(sentence: tuple[str, ...], vocabulary: Vocabulary) -> tuple[int, ...]:
    return tuple(sorted({vocabulary.words[s] for s in sentence if s in vocabulary.words}))


def _cue_counts(sentence: tuple[str, ...]) -> tuple[int, int, int, int]:
    phrases = sum(1 for pair in pairwise(sentence) if pair in REFUTE_PHRASES)
    return (
        phrases + sum(1 for s in sentence if s in REFUTE),
        sum(1 for s in sentence if s in HEDGE),
        sum(1 for s in sentence if s in CONFIRM),
        sum(1 for s in sentence if s in NEGATION),
    )


# --- features ------------------------------------------------------------------------------

RELATED_FEATURES = (
    "cos_all", "cos_best", "cover_all", "cover_lead", "cover_best", "bigram_cover",
    "name_cover", "number_cover", "claim_has_numbers", "log_claim_words", "log_passage_words",
)  # fmt: skip
CUE_FEATURES = (
    "refute_near", "hedge_near", "confirm_near", "negation_near", "refute_lead", "hedge_lead",
    "refute_rate", "hedge_rate", "confirm_rate", "negation_rate", "claim_refute", "claim_hedge",
    "claim_negated", "claim_question", "best_negated", "negation_mismatch", "question_near",
    "quote_rate", "short_passage", "number_conflict", "refute_cover", "hedge_cover",
    "negation_cover",
)  # fmt: skip
# The strongest cues again, only for a short passage (a sentence or a headline, the way facts
# use the detector): a denial word means more in one sentence than somewhere in a long body.
SHORT_CUES = (
    "refute_near", "hedge_near", "confirm_near", "negation_near", "claim_negated",
    "negation_mismatch", "question_near", "number_conflict",
)  # fmt: skip
STANCE_FEATURES = RELATED_FEATURES + CUE_FEATURES + tuple(f"short_{c}" for c in SHORT_CUES)
_SHORT_INDEX = tuple(CUE_FEATURES.index(c) for c in SHORT_CUES)


@dataclass(frozen=True, slots=True)
class PairFeatures:
    related: list[float]  # RELATED_FEATURES
    stance: list[float]  # STANCE_FEATURES
    words: list[int]  # bag-of-words columns: of the sentences nearest the claim, then (offset
    # by the vocabulary's size) of the whole passage


def pair_features(claim: Text, passage: Text) -> PairFeatures:
    """Everything both models read about one (claim, passage) pair."""
    cover, cosines = _sentence_scores(claim, passage)
    near = _nearest(cover)
    best = cover.index(max(cover)) if cover else None
    related = _related(claim, passage, cover, cosines)
    cues = _cues(claim, passage, near, best) + _cues_in_claim_sentences(passage, cover)
    short = len(passage.cue_counts) <= LEAD_SENTENCES
    cues += [cues[i] if short else 0.0 for i in _SHORT_INDEX]
    words = sorted({c for i in near for c in passage.columns[i]}) + list(passage.all_columns)
    return PairFeatures(related, related + cues, words)


def _sentence_scores(claim: Text, passage: Text) -> tuple[list[float], list[float]]:
    """Per passage sentence: the share of the claim's (idf-weighted) content stems it holds,
    and its TF-IDF cosine with the claim. Walks the claim's stems, not the sentences."""
    count = len(passage.sentence_norms)
    cover, dots = [0.0] * count, [0.0] * count
    for s, idf in claim.idf.items():
        weight = claim.vector.weights[s]
        for index, there in passage.postings.get(s, ()):
            cover[index] += idf
            dots[index] += weight * there
    total = sum(claim.idf.values()) or 1.0
    norms = [claim.vector.norm * n for n in passage.sentence_norms]
    cosines = [d / n if n else 0.0 for d, n in zip(dots, norms, strict=True)]
    return [c / total for c in cover], cosines


def _cover(idf: dict[str, float], stems: frozenset[str]) -> float:
    """The share of the claim's (idf-weighted) content stems that `stems` holds."""
    total = sum(idf.values())
    return sum(w for s, w in idf.items() if s in stems) / total if total else 0.0


def _nearest(cover: list[float]) -> list[int]:
    """Indices of the sentences that hold most of the claim (earlier first on ties)."""
    ranked = sorted(range(len(cover)), key=lambda i: (-cover[i], i))
    return sorted(ranked[:NEAR_SENTENCES])


def _related(claim: Text, passage: Text, cover: list[float], cosines: list[float]) -> list[float]:
    numbers = claim.words.numbers
    return [
        claim.vector.cosine(passage.vector),
        max(cosines, default=0.0),
        _cover(claim.idf, passage.stems),
        _cover(claim.idf, passage.lead),
        max(cover, default=0.0),
        _share(claim.bigrams, passage.bigrams),
        _share(claim.words.names, passage.stems | passage.words.names),
        _share(numbers, passage.words.numbers),
        float(bool(numbers)),
        math.log1p(len(claim.idf)),
        math.log1p(passage.tokens),
    ]


def _share(wanted: frozenset[Any], found: frozenset[Any]) -> float:
    return len(wanted & found) / len(wanted) if wanted else 0.0


def _cues(claim: Text, passage: Text, near: list[int], best: int | None) -> list[float]:
    counts = passage.cue_counts
    near_counts = _sum_counts(counts[i] for i in near)
    per_100 = 100.0 / max(passage.tokens, 1)
    claim_negated = claim.total_counts[3] > 0
    best_negated = best is not None and counts[best][3] > 0
    return [
        *(math.log1p(n) for n in near_counts),
        math.log1p(passage.lead_counts[0]),
        math.log1p(passage.lead_counts[1]),
        *(per_100 * n for n in passage.total_counts),
        math.log1p(claim.total_counts[0]),
        math.log1p(claim.total_counts[1]),
        float(claim_negated),
        float(any(claim.words.questions)),
        float(best_negated),
        float(claim_negated != best_negated),
        float(any(passage.words.questions[i] for i in near)),
        per_100 * passage.words.quote_marks,
        float(len(counts) <= LEAD_SENTENCES),
        _number_conflict(claim.words, passage.words),
    ]


def _cues_in_claim_sentences(passage: Text, cover: list[float]) -> list[float]:
    """For denial, hedging and negation: the largest share of the claim held by a sentence that
    has the cue ("the report that X happened is false" holds X and denies it)."""
    counts = passage.cue_counts
    return [
        max((c for c, n in zip(cover, counts, strict=True) if n[cue]), default=0.0)
        for cue in (0, 1, 3)
    ]


def _sum_counts(rows: Iterable[tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    a = b = c = d = 0
    for w, x, y, z in rows:
        a, b, c, d = a + w, b + x, c + y, d + z
    return a, b, c, d


def _number_conflict(claim: Words, passage: Words) -> float:
    """The claim gives numbers, the passage gives numbers, and they share none ("12 dead" vs
    "14 dead" is a conflict signal; no numbers at all is not)."""
    return float(bool(claim.numbers and passage.numbers and not claim.numbers & passage.numbers))


# --- the model -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stance:
    """The passage's stance toward the claim, the probability of that label, and all four
    (in LABELS order)."""

    label: str
    p: float
    probabilities: tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Linear:
    """Standardise dense features, append binary word columns, one affine map."""

    mean: Vector
    scale: Vector
    weights: Vector  # (dense + words) x outputs
    bias: Vector

    def scores(self, dense: Vector, words: Sequence[Sequence[int]]) -> Vector:
        n_dense = len(self.mean)
        out = ((dense - self.mean) / self.scale) @ self.weights[:n_dense] + self.bias
        for row, columns in enumerate(words):
            if columns:
                out[row] += self.weights[[n_dense + c for c in columns]].sum(axis=0)
        return out


@dataclass(frozen=True, slots=True)
class StanceModel:
    """Both models, their vocabulary and the disagree operating point."""

    vocabulary: Vocabulary
    related: Linear  # one output: the log-odds that the passage is related
    stance: Linear  # three outputs: agree, disagree, discuss given related
    disagree_min_p: float

    def probabilities(self, features: Sequence[PairFeatures]) -> Vector:
        """One row per pair: P(agree), P(disagree), P(discuss), P(unrelated)."""
        if not features:
            return np.zeros((0, 4))
        related_x = np.array([f.related for f in features], dtype=np.float64)
        stance_x = np.array([f.stance for f in features], dtype=np.float64)
        related = _sigmoid(self.related.scores(related_x, [[]] * len(features))[:, 0])
        given = _softmax(self.stance.scores(stance_x, [f.words for f in features]))
        return np.column_stack([given * related[:, None], 1.0 - related])

    def save(self, path: Path) -> None:
        stems = sorted(self.vocabulary.idf)
        words = sorted(self.vocabulary.words, key=self.vocabulary.words.__getitem__)
        arrays = {
            "stems": np.array(stems),
            "idf": np.array([self.vocabulary.idf[s] for s in stems]),
            "words": np.array(words),  # in column order
            "unseen_idf": np.array(self.vocabulary.unseen_idf),
            "disagree_min_p": np.array(self.disagree_min_p),
            "features": np.array(STANCE_FEATURES),
        }
        for name, linear in (("related", self.related), ("stance", self.stance)):
            for part in ("mean", "scale", "weights", "bias"):
                arrays[f"{name}_{part}"] = getattr(linear, part).astype(np.float32)
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: Path) -> StanceModel:
        with np.load(path, allow_pickle=False) as data:
            if tuple(data["features"]) != STANCE_FEATURES:
                raise ValueError(f"{path}: trained on other features; retrain it")
            stems = [str(s) for s in data["stems"]]
            idf = dict(zip(stems, map(float, data["idf"]), strict=True))
            words = {str(s): column for column, s in enumerate(data["words"])}
            vocabulary = Vocabulary(idf, words, float(data["unseen_idf"]))
            related, stance = (_linear(data, name) for name in ("related", "stance"))
            return cls(vocabulary, related, stance, float(data["disagree_min_p"]))


def _linear(data: np.lib.npyio.NpzFile, name: str) -> Linear:
    parts = (data[f"{name}_{p}"].astype(np.float64) for p in ("mean", "scale", "weights", "bias"))
    return Linear(*parts)


def _sigmoid(x: Vector) -> Vector:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40, 40)))


def _softmax(x: Vector) -> Vector:
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def shipped_model() -> StanceModel:
    """The model trained by bench/crosscheck_eval.py, shipped with newsdesk."""
    with resources.as_file(resources.files("newsdesk.fuse").joinpath(MODEL_FILE)) as path:
        return StanceModel.load(path)


# --- the API -------------------------------------------------------------------------------


def stance(
    claim: str,
    passage: str,
    *,
    model: StanceModel | None = None,
    disagree_min_p: float | None = None,
    known_related: bool = False,
) -> Stance:
    """The stance of `passage` (a sentence, a headline or an article body) toward `claim`."""
    (found,) = stances(
        [(claim, passage)], model=model, disagree_min_p=disagree_min_p, known_related=known_related
    )
    return found


def stances(
    pairs: Iterable[tuple[str, str]],
    *,
    model: StanceModel | None = None,
    disagree_min_p: float | None = None,
    known_related: bool = False,
) -> list[Stance]:
    """The stance of each (claim, passage) pair. A text that recurs (one claim against many
    passages, one body against many claims) is read once.

    `disagree_min_p` overrides the model's operating point. `known_related`: the caller has
    already matched the two texts (sentences aligned into one fact), so the label is one of
    agree, disagree, discuss, as on Emergent; `p` stays the joint probability."""
    model = model or shipped_model()
    threshold = model.disagree_min_p if disagree_min_p is None else disagree_min_p
    probabilities = model.probabilities(featurize(pairs, model.vocabulary))
    return [decide(row, threshold, known_related) for row in probabilities]


def featurize(pairs: Iterable[tuple[str, str]], vocabulary: Vocabulary) -> list[PairFeatures]:
    """The features of each pair, each distinct text read once."""
    read: dict[str, Text] = {}

    def text(value: str) -> Text:
        if value not in read:
            read[value] = read_text(value, vocabulary)
        return read[value]

    return [pair_features(text(c), text(p)) for c, p in pairs]


def decide(row: Vector, disagree_min_p: float, known_related: bool = False) -> Stance:
    """Unrelated when that is more likely than not (unless the caller knows the two texts are
    about one thing); else the likeliest stance, where "disagree" needs P(disagree | related)
    >= disagree_min_p."""
    probabilities = (float(row[0]), float(row[1]), float(row[2]), float(row[3]))
    related = max(1.0 - row[3], 1e-12)
    if related < 0.5 and not known_related:
        return Stance("unrelated", float(row[3]), probabilities)
    given = row[:3] / related
    order = [int(i) for i in np.argsort(-given, kind="stable")]
    best = order[1] if order[0] == 1 and given[1] < disagree_min_p else order[0]
    return Stance(LABELS[best], float(row[best]), probabilities)
