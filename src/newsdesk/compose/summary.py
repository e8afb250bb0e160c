"""The brief's summary ("what happened"): a few sentences taken verbatim from the articles.

Extractive by design: every summary sentence is a whole sentence, or a clause of one, copied
from an article, and it carries the spans (article, start, end) that contain it, so nothing in
the summary is unsupported. The caller hands in candidate sentences as plain data (this stage
imports no other stage): offsets into the clean text, the article's date, optionally the number
of independent origins that back the sentence's content (from facts) and a sentence embedding.

How sentences are chosen (every value in `SummarySettings`, documented in defaults.toml):
1. Units: each candidate trimmed at its edges (stray quote marks, and, when asked, a trailing
   ", officials said." attribution).
2. Score: support (how many independent origins carry the content: the caller's count, else the
   sentence's agreement with each other origin's sentences), similarity to the articles'
   headlines, lead position, newness (publication date), minus a penalty for a sentence that
   does not stand alone as a report: first or second person, a question (opinion), or an
   opening word pointing back ("It", "This", "But": it leans on a sentence not shown).
3. Choose greedily by score per word^length_exponent within a word budget (max_words, less for a
   story told in few words), skipping a unit that says what a chosen one says (alike in words,
   or evidence of the same fact).
4. Order by publication date, then position in the article; cite every article that carries
   the chosen text verbatim, and list the other origins' sentences that say it in other words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsdesk.config import SummarySettings
from newsdesk.model import Span
from newsdesk.parse import quotation_unbalanced

FloatMatrix = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One sentence of one article, as the caller found it (text == article_text[start:end])."""

    article_id: str
    start: int
    end: int
    text: str
    published: str | None = None  # the article's date (ISO), for ordering and newness
    support: int | None = None  # independent origins backing the content (None: measure it)
    vector: npt.NDArray[np.float32] | None = field(default=None, compare=False)  # unit length
    origin: str | None = None  # the independent origin the article counts as (None: itself)
    facts: tuple[str, ...] = ()  # ids of the facts the sentence is evidence of


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    citations: tuple[Span, ...]  # every span whose text is exactly `text`, the chosen one first
    corroboration: tuple[Span, ...]  # other origins' sentences saying it in other words
    support: float  # independent origins behind it (given, or measured: fractional)


@dataclass(frozen=True, slots=True)
class Summary:
    sentences: tuple[SummarySentence, ...]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


@dataclass(frozen=True, slots=True)
class _Unit:
    """A candidate trimmed to what would be shown, with where it sits."""

    candidate: Candidate
    begin: int  # the shown text is candidate.text[begin:stop]
    stop: int
    origin: str
    position: int  # rank of the sentence in its article (0: the lead)
    terms: tuple[str, ...]

    @property
    def text(self) -> str:
        return self.candidate.text[self.begin : self.stop]

    @property
    def words(self) -> int:
        return len(self.text.split())


def summarise(
    candidates: Sequence[Candidate],
    settings: SummarySettings,
    headlines: Mapping[str, str] | None = None,
) -> Summary:
    """The summary of one story from its articles' sentences (`headlines`: article id -> title)."""
    return select(measure(candidates, settings, headlines), settings)


@dataclass(frozen=True, slots=True)
class Measures:
    """What summarise() measures of a story before it weighs and chooses. It depends only on
    trim_attribution, min_unit_words, lead_sentences and embedding_mix: `select` can reuse it
    under other weights (the evaluation tunes that way)."""

    units: tuple[_Unit, ...]
    selectable: tuple[int, ...]  # indexes into units
    space: _Space  # how alike two units are
    among: FloatMatrix  # selectable x selectable cosines (redundancy)
    closest: FloatMatrix  # selectable x origins: the closest sentence of each other origin
    features: FloatMatrix  # selectable x (headline, lead, newness, leans on context)
    origins: int


def measure(
    candidates: Sequence[Candidate],
    settings: SummarySettings,
    headlines: Mapping[str, str] | None = None,
) -> Measures:
    units = _units(candidates, settings)
    selectable = _selectable(units, settings)
    space = _space(units, settings)
    if not selectable:
        empty = np.zeros((0, 0))
        return Measures((), (), space, empty, empty, np.zeros((0, 4)), 0)
    among, closest = _agreement(units, selectable, space)
    chosen = [units[i] for i in selectable]
    features = np.column_stack(
        [
            _headline_similarity(chosen, units, headlines or {}),
            [1 / (1 + u.position) for u in chosen],
            _newness(chosen),
            [_leans_on_context(u.text) for u in chosen],
        ]
    )
    return Measures(
        tuple(units), tuple(selectable), space, among, closest, features, closest.shape[1]
    )


def select(measures: Measures, settings: SummarySettings) -> Summary:
    """Weigh, choose, order and cite (steps 2-4 of the module docstring)."""
    if not measures.selectable:
        return Summary(())
    support = _support(measures, settings)
    scores = _scores(measures, support, settings)
    chosen = _choose(measures, scores, settings)
    units, selectable = measures.units, measures.selectable
    ordered = sorted(chosen, key=lambda row: _reading_key(units[selectable[row]]))
    return Summary(tuple(_sentence(measures, row, support, settings) for row in ordered))


# --- 1. units ------------------------------------------------------------------------------

_OPENING_QUOTES = "\"“‘'«"
# ", the defence minister has said." / ", the campaign told The Hill Sunday." / ", according to
# Reuters.": a speaker of a few words (no "which", "who": that is content) and a short tail
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:(?:(?!which\b|who\b|that\b)[^,;:\"“”\s]+\s+){1,6}"
    r"(?:has\s+|have\s+|had\s+)?(?:said|says|told|added|reported|announced)"
    r"(?:\s+[^,;:\"“”\s]+){0,4}|according\s+to(?:\s+[^,;:\"“”\s]+){1,8})[.!]?$"
)


def _units(candidates: Sequence[Candidate], settings: SummarySettings) -> list[_Unit]:
    """Trimmed candidates long enough to say something (when none is, every non-empty one:
    a story told in short lines still gets a summary). The same sentence in two articles stays
    two units: both count as agreement, and the redundancy test keeps one."""
    positions = _positions(candidates)
    trimmed = [_trimmed(c.text, settings.trim_attribution) for c in candidates]
    sizes = [len(c.text[b:e].split()) for c, (b, e) in zip(candidates, trimmed, strict=True)]
    least = settings.min_unit_words if max(sizes, default=0) >= settings.min_unit_words else 1
    units: list[_Unit] = []
    for index, candidate in enumerate(candidates):
        if sizes[index] < least:
            continue
        begin, stop = trimmed[index]
        origin = candidate.origin or candidate.article_id
        words = tuple(terms(candidate.text[begin:stop]))
        units.append(_Unit(candidate, begin, stop, origin, positions[index], words))
    return units


def _positions(candidates: Sequence[Candidate]) -> list[int]:
    """Each candidate's rank among its article's candidates, by offset."""
    by_article: dict[str, list[int]] = {}
    for index, candidate in enumerate(candidates):
        by_article.setdefault(candidate.article_id, []).append(index)
    positions = [0] * len(candidates)
    for indexes in by_article.values():
        for rank, index in enumerate(sorted(indexes, key=lambda i: candidates[i].start)):
            positions[index] = rank
    return positions


def _trimmed(text: str, trim_attribution: bool) -> tuple[int, int]:
    """The span of `text` worth showing: no edge spaces, no quote mark opening nothing.

    A sentence splitter often leaves the opening quote of the next sentence at the end of this
    one ('... into a full-blown panic. “'). With `trim_attribution`, a trailing attribution
    (', the campaign told The Hill Sunday.') goes: the citation keeps the source.
    """
    begin, stop = 0, len(text)
    while True:
        while begin < stop and text[begin].isspace():
            begin += 1
        while stop > begin and text[stop - 1].isspace():
            stop -= 1
        if (
            stop > begin
            and text[stop - 1] in _OPENING_QUOTES
            and quotation_unbalanced(text[begin:stop])
        ):
            stop -= 1
            continue
        break
    if trim_attribution:
        match = _TRAILING_ATTRIBUTION.search(text, begin, stop)
        if match and len(text[begin : match.start()].split()) >= 6:
            stop = match.start()
    return begin, stop


def _selectable(units: Sequence[_Unit], settings: SummarySettings) -> list[int]:
    """The units a summary may use: the first `lead_sentences` of each article (news puts what
    happened first; it also bounds the work on a story of hundreds of articles), but not a
    piece of a quote the sentence splitter cut from the rest ('"I am not happy with the
    Russian strikes on KYIV.'): alone, its open quotation mark says nothing of who speaks."""
    return [
        i
        for i, unit in enumerate(units)
        if unit.position < settings.lead_sentences and not quotation_unbalanced(unit.text)
    ]


# --- 2. similarity and support ------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because been before
    being between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own said same says she should so some such than that the their theirs
    them themselves then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yourself"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def terms(text: str) -> list[str]:
    """Lower-cased content words, possessive and plural endings stripped ("talks" ~ "talk")."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    return [_stem(w) for w in words if w not in _STOPWORDS]


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


def _tfidf(rows: Sequence[Sequence[str]], documents: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """Unit rows of sublinear tf x idf over term lists, idf counted over `documents` (the
    story's text per origin: a term every outlet uses weighs least)."""
    vocabulary: dict[str, int] = {}
    columns = np.array(
        [vocabulary.setdefault(t, len(vocabulary)) for words in rows for t in words], dtype=np.int64
    )
    lengths = np.array([len(words) for words in rows], dtype=np.int64)
    frequency = np.zeros(len(vocabulary) + 1)
    for document in documents:
        seen = {vocabulary[t] for t in document if t in vocabulary}
        frequency[list(seen)] += 1
    idf = np.log((1 + len(documents)) / (1 + frequency)) + 1
    size = max(1, len(vocabulary))
    pairs, counts = np.unique(
        np.repeat(np.arange(len(rows)), lengths) * size + columns, return_counts=True
    )
    values = (1 + np.log(counts)) * idf[pairs % size]
    matrix = sparse.csr_matrix(
        (values, (pairs // size, pairs % size)), shape=(len(rows), size), dtype=np.float64
    )
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    scale: sparse.spmatrix = sparse.diags(1 / np.maximum(norms, 1e-12))
    return sparse.csr_matrix(scale @ matrix)


def _origin_terms(units: Sequence[_Unit]) -> list[list[str]]:
    """The story's terms per independent origin (the documents idf counts over)."""
    joined: dict[str, list[str]] = {}
    for unit in units:
        joined.setdefault(unit.origin, []).extend(unit.terms)
    return list(joined.values())


@dataclass(frozen=True, slots=True)
class _Space:
    """Units as TF-IDF rows, and as embeddings when every candidate has one."""

    lexical: sparse.csr_matrix  # units x terms, unit rows
    vectors: npt.NDArray[np.float32] | None  # units x dimensions, unit rows
    mix: float  # the embeddings' share of the cosine

    def rows(self, indexes: Sequence[int]) -> npt.NDArray[np.float32]:
        """Cosine of the units at `indexes` with every unit."""
        picked = list(indexes)
        lexical = (self.lexical[picked] @ self.lexical.T).toarray()
        if self.vectors is None:
            return np.asarray(lexical, dtype=np.float32)
        semantic = self.vectors[picked] @ self.vectors.T
        return np.asarray((1 - self.mix) * lexical + self.mix * semantic, dtype=np.float32)

    def reordered(self, order: npt.NDArray[np.int64]) -> _Space:
        """The same space with its units in `order`."""
        vectors = None if self.vectors is None else self.vectors[order]
        return _Space(sparse.csr_matrix(self.lexical[order]), vectors, self.mix)


def _space(units: Sequence[_Unit], settings: SummarySettings) -> _Space:
    lexical = _tfidf([u.terms for u in units], _origin_terms(units)).astype(np.float32)
    embedded = [u.candidate.vector for u in units]
    if settings.embedding_mix <= 0 or not units or any(v is None for v in embedded):
        return _Space(lexical, None, 0.0)
    vectors = np.vstack([np.asarray(v, dtype=np.float32) for v in embedded if v is not None])
    return _Space(lexical, vectors, settings.embedding_mix)


_BLOCK = 256  # rows of the similarity matrix held at once: bounded memory on big stories


def _agreement(
    units: Sequence[_Unit], selectable: Sequence[int], space: _Space
) -> tuple[FloatMatrix, FloatMatrix]:
    """Cosines among the selectable units, and each one's closest sentence in every origin
    (0 for its own origin: one's own outlet is no corroboration)."""
    origins = sorted({u.origin for u in units})
    index = {origin: k for k, origin in enumerate(origins)}
    labels = np.array([index[u.origin] for u in units])
    order = np.argsort(labels, kind="stable")  # units grouped by origin, for reduceat
    grouped = space.reordered(order)
    starts = np.searchsorted(labels[order], np.arange(len(origins)))
    where = np.empty(len(units), dtype=np.int64)
    where[order] = np.arange(len(units))
    among = np.zeros((len(selectable), len(selectable)), dtype=np.float32)
    closest = np.zeros((len(selectable), len(origins)), dtype=np.float32)
    for first in range(0, len(selectable), _BLOCK):
        block = [int(where[i]) for i in selectable[first : first + _BLOCK]]
        rows = grouped.rows(block)
        among[first : first + len(rows)] = rows[:, where[list(selectable)]]
        closest[first : first + len(rows)] = np.maximum.reduceat(rows, starts, axis=1)
    closest[np.arange(len(selectable)), labels[list(selectable)]] = 0.0
    return among.astype(np.float64), closest.astype(np.float64)


def _support(measures: Measures, settings: SummarySettings) -> npt.NDArray[np.float64]:
    """Independent origins behind each selectable unit: the caller's count where given, else
    1 + the agreement with every other origin (its closest sentence's cosine, above a floor)."""
    floor = settings.agreement_floor
    credit = np.clip((measures.closest - floor) / max(1e-9, 1 - floor), 0.0, 1.0)
    measured = 1.0 + credit.sum(axis=1)
    given = [measures.units[i].candidate.support for i in measures.selectable]
    counts = [float(g) if g is not None else m for g, m in zip(given, measured, strict=True)]
    return np.array(counts, dtype=np.float64)


# --- 3. scores and choice ----------------------------------------------------------------

# "I" and "us" only as written ("US" is a country); the others in any case ("We", "Our")
_SUBJECTIVE = re.compile(r"\b(?:I|I'm|I've|us|(?i:me|my|we|we're|we've|our|you|your))\b|\?")
# a sentence opening on a word that points back ("It", "This", "But") leans on one not shown
_DANGLING = re.compile(
    r"(?:[\"“‘']?)(?:It|Its|It's|This|That|These|Those|They|Their|He|His|She|Her|But|And|Also|"
    r"However|Still|Yet|So|Meanwhile|Instead|Then|Such)\b"
    # "At its heart is ...", "In their statement, ...": the owner named in a sentence not shown
    r"|(?:At|In|For|On|Under|By|With|From|To)\s+(?:its|their|his|her|this|that|these|those)\b"
)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def _scores(
    measures: Measures, support: npt.NDArray[np.float64], settings: SummarySettings
) -> npt.NDArray[np.float64]:
    weights = np.array(
        [
            settings.weight_headline,
            settings.weight_lead,
            settings.weight_newest,
            -settings.penalty_subjective,
        ]
    )
    share = (support - 1) / max(1, measures.origins - 1)  # 0: one origin, 1: all of them
    return np.asarray(settings.weight_support * share + measures.features @ weights)


def _headline_similarity(
    chosen: Sequence[_Unit], units: Sequence[_Unit], headlines: Mapping[str, str]
) -> FloatMatrix:
    """Mean cosine of each unit with the distinct headlines of the story's articles."""
    present = _article_ids(units)
    titles = sorted({t for a, t in headlines.items() if t and a in present})
    if not titles:
        return np.zeros(len(chosen))
    title_terms = [terms(t) for t in titles]
    rows = [list(u.terms) for u in chosen] + title_terms
    vectors = _tfidf(rows, _origin_terms(units) + title_terms)
    similarity = vectors[: len(chosen)] @ vectors[len(chosen) :].T
    return np.asarray(similarity.mean(axis=1), dtype=np.float64).ravel()


def _article_ids(units: Sequence[_Unit]) -> set[str]:
    return {u.candidate.article_id for u in units}


def _newness(chosen: Sequence[_Unit]) -> list[float]:
    """0 for the story's oldest date, 1 for its newest (0 when undated)."""
    dates = sorted({u.candidate.published[:10] for u in chosen if u.candidate.published})
    if len(dates) < 2:
        return [0.0] * len(chosen)
    rank = {d: k / (len(dates) - 1) for k, d in enumerate(dates)}
    return [rank.get((u.candidate.published or "")[:10], 0.0) for u in chosen]


def _leans_on_context(text: str) -> float:
    """1 when the sentence does not stand alone as a report: it speaks in the first or second
    person or asks (outside quotes), or it opens on a word pointing back ("It", "But")."""
    if _DANGLING.match(text):
        return 1.0
    return 1.0 if _SUBJECTIVE.search(_QUOTED.sub(" ", text)) else 0.0


def _choose(
    measures: Measures, scores: npt.NDArray[np.float64], settings: SummarySettings
) -> list[int]:
    """Rows of `selectable`, best value per word first, within the budget, none redundant."""
    words = np.array([measures.units[i].words for i in measures.selectable], dtype=np.float64)
    value = scores / np.power(words, settings.length_exponent)
    ranking = [int(row) for row in np.argsort(-value, kind="stable")]
    chosen = _greedy(measures, ranking, _budget(measures.units, settings), settings)
    if len(chosen) < settings.min_sentences:  # top up to the minimum within max_words
        chosen = _greedy(measures, ranking, float(settings.max_words), settings, chosen)
    return chosen


def _budget(units: Sequence[_Unit], settings: SummarySettings) -> float:
    """max_words, or less for a story told in few words: a summary is shorter than its source."""
    return min(float(settings.max_words), settings.source_share * sum(u.words for u in units))


def _greedy(
    measures: Measures,
    ranking: Sequence[int],
    budget: float,
    settings: SummarySettings,
    chosen: Sequence[int] = (),
) -> list[int]:
    units, selectable = measures.units, measures.selectable
    picked = list(chosen)
    used = sum(units[selectable[row]].words for row in picked)
    for row in ranking:
        if len(picked) >= settings.max_sentences:
            break
        words = units[selectable[row]].words
        if row in picked or used + words > budget:
            continue
        if any(_says_the_same(measures, row, other, settings) for other in picked):
            continue
        picked.append(row)
        used += words
    if not picked:  # a story of one long sentence still gets it, if it fits max_words
        fits = (r for r in ranking if units[selectable[r]].words <= settings.max_words)
        picked = [first] if (first := next(fits, None)) is not None else []
    return picked


def _says_the_same(measures: Measures, row: int, other: int, settings: SummarySettings) -> bool:
    """Two sentences say the same thing when they are alike in words (or meaning, with
    embeddings) or are evidence of one fact (a translation reads unlike its original)."""
    if measures.among[row, other] >= settings.redundancy:
        return True
    units, selectable = measures.units, measures.selectable
    facts = units[selectable[row]].candidate.facts
    return bool(facts) and not set(facts).isdisjoint(units[selectable[other]].candidate.facts)


# --- 4. order and citations ----------------------------------------------------------------


def _reading_key(unit: _Unit) -> tuple[str, int, str, int]:
    """Older reports first (what happened, then what followed); leads before details."""
    published = (unit.candidate.published or "")[:10] or "9999"
    return (published, unit.position, unit.candidate.article_id, unit.candidate.start)


def _sentence(
    measures: Measures, row: int, support: npt.NDArray[np.float64], settings: SummarySettings
) -> SummarySentence:
    units = measures.units
    unit = units[measures.selectable[row]]
    citations = _verbatim_citations(unit, units)
    cited = {c.article_id for c in citations}
    similarity = measures.space.rows([measures.selectable[row]])[0].astype(np.float64)
    return SummarySentence(
        text=unit.text,
        citations=citations,
        corroboration=_corroboration(unit, units, similarity, cited, settings.corroboration),
        support=float(support[row]),
    )


def _verbatim_citations(unit: _Unit, units: Sequence[_Unit]) -> tuple[Span, ...]:
    """The chosen span first, then every other article whose candidate contains the text."""
    text = unit.text
    spans = [_span(unit.candidate, unit.begin, len(text))]
    seen = {unit.candidate.article_id}
    for other in units:
        article = other.candidate.article_id
        if article in seen:
            continue
        found = other.candidate.text.find(text)
        if found >= 0:
            spans.append(_span(other.candidate, found, len(text)))
            seen.add(article)
    return tuple(spans)


def _span(candidate: Candidate, offset: int, length: int) -> Span:
    start = candidate.start + offset
    return Span(candidate.article_id, start, start + length)


def _corroboration(
    unit: _Unit,
    units: Sequence[_Unit],
    similarity: npt.NDArray[np.float64],
    cited: set[str],
    threshold: float,
) -> tuple[Span, ...]:
    """Per other origin, its sentence closest to the chosen one, when close enough or evidence
    of one of the same facts."""
    facts = set(unit.candidate.facts)
    best: dict[str, int] = {}
    for column, other in enumerate(units):
        if other.origin == unit.origin or other.candidate.article_id in cited:
            continue
        if similarity[column] < threshold and facts.isdisjoint(other.candidate.facts):
            continue
        if other.origin not in best or similarity[column] > similarity[best[other.origin]]:
            best[other.origin] = column
    return tuple(
        _span(units[c].candidate, units[c].begin, units[c].stop - units[c].begin)
        for c in best.values()
    )
