"""Alignment: the units of a story's articles that report the same thing, grouped.

1. candidates: pairs of units of different articles that share a canonical entity, a number
   or a rare content word (an inverted index, never all pairs), and each unit's nearest
   neighbours of other articles by sentence embedding, when units carry one;
2. similarity: the mean of the TF-IDF cosine over the units' terms (named spans as their
   entity ids, so a machine-translated "Zaporozka" meets "Zaporizhzhia" once link merged them;
   words of background clauses weigh less) and the embedding cosine (paraphrases share
   meaning, not words); one actor's one action is closer, two different actions or two
   different speakers further apart;
3. grouping: copies of one sentence (and sentences nearly word for word alike) are one group
   at once; then average linkage: the two groups whose members are most similar on average
   join first, while that average reaches `group_threshold`, no article would give the
   group two units (unless it says nearly the same twice) and no actor's offer would join
   its refusal (two facts, in conflict). Averaging over the pairs of members keeps one shared
   word from chaining unrelated reports together.

Cost: the candidates of a unit are bounded (rare keys only, `max_postings`, a few nearest
neighbours), pairs are scored in vectorised chunks, a pair of groups is re-scored only when it
reaches the top of the queue, and a large group is compared through an even sample of its
members: about n log n in the units of a story (bench/fuse_speed.py). The nearest-neighbour
search is the one quadratic step (a matrix product in blocks, small beside the rest up to
a few hundred articles).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from newsdesk.config import FuseSettings as AlignSettings
from newsdesk.fuse.conflicts import opposed, stance_side
from newsdesk.fuse.names import same_origin_name
from newsdesk.fuse.termvectors import TermVectors
from newsdesk.fuse.units import SAID_BY, UNRESOLVED, SentenceOrigin, Unit

FloatMatrix = npt.NDArray[np.float32]
IntVector = npt.NDArray[np.int64]
_NEIGHBOUR_BLOCK = 512  # rows of the embedding product computed at once (memory bound)
_PAIR_CHUNK = 8192  # candidate pairs scored at once (memory bound)


def align(
    units: Sequence[Unit], settings: AlignSettings, similarity: Similarity | None = None
) -> list[list[int]]:
    """Groups of unit indices (each group one fact), in order of their first unit
    (`similarity`: the units' own, when the caller has built it already)."""
    if not units:
        return []
    similarity = similarity or Similarity.of(units, settings)
    pairs = _candidate_pairs(units, settings) | _neighbour_pairs(similarity, settings)
    groups = _average_linkage(units, similarity, _scored(similarity, pairs, settings), settings)
    return sorted(groups, key=min)


def centrality(similarity: Similarity, group: Sequence[int]) -> dict[int, float]:
    """Each member's mean similarity with the other members: the report the rest agree with
    most says what they all carry (in "Witkoff arrives in Moscow", "Witkoff is to raise it at
    his next meeting with Putin" and "the meeting is his fourth", not the fourth)."""
    if len(group) < 2:
        return dict.fromkeys(group, 0.0)
    scores = similarity.block(group, group)
    np.fill_diagonal(scores, 0.0)
    means = scores.sum(axis=1) / (len(group) - 1)
    return {member: float(mean) for member, mean in zip(group, means, strict=True)}


# --- similarity ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Similarity:
    """How close two units are: words and meaning mixed, then what their claims and speakers
    say about them. Scores pairs one by one or groups as blocks."""

    words: TermVectors  # row-normalised TF-IDF, one row per unit
    meaning: FloatMatrix | None  # unit-length embeddings (zero rows: none)
    embedded: npt.NDArray[np.bool_]
    articles: IntVector  # an article number per unit
    actors: IntVector  # a code per claim's actor (-1: no claim worth comparing)
    actions: IntVector  # a code per claim's action and modality
    verbs: IntVector  # a code per claim's action alone
    targets: IntVector  # a code per claim's target entity (-1: none named)
    speakers: IntVector  # a code per person whose statement a unit is (-1: none)
    days: IntVector  # a code per day a unit's happening is dated to, when sure (-1: none)
    strangers: npt.NDArray[np.bool_]  # speaker code x speaker code: names share no word
    settings: AlignSettings

    @classmethod
    def of(cls, units: Sequence[Unit], settings: AlignSettings) -> Similarity:
        meaning = _embeddings(units, settings)
        embedded = (
            np.asarray(meaning.any(axis=1), dtype=bool)
            if meaning is not None
            else np.zeros(len(units), dtype=bool)
        )
        actors, actions, verbs, targets = _claim_codes(units)
        speakers, names = _speaker_codes(units)
        return cls(
            words=TermVectors.of(units),
            meaning=meaning,
            embedded=embedded,
            articles=_codes([u.article_id for u in units]),
            actors=actors,
            actions=actions,
            verbs=verbs,
            targets=targets,
            speakers=speakers,
            days=_day_codes(units),
            strangers=_strangers(names),
            settings=settings,
        )

    def pairs(self, left: IntVector, right: IntVector) -> npt.NDArray[np.float64]:
        """The similarity of each pair (left[k], right[k]), computed a chunk at a time."""
        found = [
            self._pair_chunk(left[k : k + _PAIR_CHUNK], right[k : k + _PAIR_CHUNK])
            for k in range(0, len(left), _PAIR_CHUNK)
        ]
        return np.concatenate(found) if found else np.zeros(0)

    def _pair_chunk(self, left: IntVector, right: IntVector) -> npt.NDArray[np.float64]:
        words = self.words.pair_dots(left, right)
        if self.meaning is not None:
            close = np.einsum("ij,ij->i", self.meaning[left], self.meaning[right])
            both = self.embedded[left] & self.embedded[right]
            words = np.where(both, self._mix(words, close), words)
        return words + self._adjustment(left, right)

    def block(self, left: Sequence[int], right: Sequence[int]) -> npt.NDArray[np.float64]:
        """The similarity of every member of `left` with every member of `right`."""
        a, b = np.asarray(left), np.asarray(right)
        scores = self.words.block(a, b)
        if self.meaning is not None:
            close = self.meaning[a] @ self.meaning[b].T
            both = self.embedded[a][:, None] & self.embedded[b][None, :]
            scores = np.where(both, self._mix(scores, close), scores)
        return scores + self._adjustment(a[:, None], b[None, :])

    def _mix(self, words: npt.NDArray[np.float64], close: FloatMatrix) -> npt.NDArray[np.float64]:
        share = self.settings.embedding_weight
        return (1.0 - share) * words + share * close.astype(np.float64)

    def _adjustment(self, a: IntVector, b: IntVector) -> npt.NDArray[np.float64]:
        """One actor's one action in other words: closer, unless each names another party
        it is aimed at (Trump pressing Zelenskiy to accept a deal and Trump calling on Putin
        to end the war are two demands). Two actions (one proposes, the other accepts):
        further apart. Two people's statements, or one person's statement and anything
        else (the writer's own sentence, a party's or an institution's word): further
        apart. Two happenings surely dated to two days ("agreed on Friday to a ceasefire",
        "the ceasefire held through its first morning on Saturday"): further apart."""
        claims = (self.actors[a] >= 0) & (self.actors[b] >= 0)
        same_position = claims & (self.actors[a] == self.actors[b])
        same_position &= self.actions[a] == self.actions[b]
        targeted = (self.targets[a] >= 0) & (self.targets[b] >= 0)
        same_position &= ~(targeted & (self.targets[a] != self.targets[b]))
        other_action = claims & (self.verbs[a] != self.verbs[b])
        speakers = (self.speakers[a] >= 0) & (self.speakers[b] >= 0)
        other_speaker = speakers & self.strangers[self.speakers[a], self.speakers[b]]
        bonus = self.settings.claim_bonus * (same_position.astype(float) - other_action)
        # what Hochul said is not what the writer or a party says of her ("she will be the
        # first woman to serve as governor"), though both name her and women
        one_said = (self.speakers[a] >= 0) ^ (self.speakers[b] >= 0)
        penalty = self.settings.speaker_penalty * other_speaker
        dated = (self.days[a] >= 0) & (self.days[b] >= 0)
        penalty = penalty + self.settings.day_penalty * (dated & (self.days[a] != self.days[b]))
        return bonus - penalty - self.settings.statement_penalty * one_said


def _codes(values: Sequence[str | None]) -> IntVector:
    """A small integer per distinct value (-1 for None)."""
    number: dict[str, int] = {}
    return np.array(
        [-1 if v is None else number.setdefault(v, len(number)) for v in values], dtype=np.int64
    )


def _claim_codes(units: Sequence[Unit]) -> tuple[IntVector, IntVector, IntVector, IntVector]:
    """Codes of each unit's claim: its actor (a state when the text names one), its action
    with modality, its action alone, the named party it is aimed at (an entity: spellings
    meet)."""
    claims = [u.claim for u in units]
    actors = [(c.actor_state or c.actor).casefold() if c else None for c in claims]
    actions = [f"{c.action}:{c.modality}" if c else None for c in claims]
    verbs = [c.action if c else None for c in claims]
    targets = [u.claim_target for u in units]
    return _codes(actors), _codes(actions), _codes(verbs), _codes(targets)


def _day_codes(units: Sequence[Unit]) -> IntVector:
    """A code per day a unit's happening is sure to be dated to (-1: no sure day): a date
    written out or read against a stated publication date, never a guessed one."""
    return _codes(
        [u.date[0] if u.date and u.date[1] == "day" and u.date_trusted else None for u in units]
    )


def _person_name(origin: SentenceOrigin) -> str | None:
    """The name a speaker's report gives them when it reads as one person's: two to four
    capitalised words ("Kathy Hochul"). A party or an institution may speak through any of
    its people ("Russia"), an unresolved speaker is no one yet: neither has a name here."""
    if _speaking_person(origin) is None:
        return None
    name = origin.person or origin.name
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    return name.casefold()


def _speaker_keys(units: Sequence[Unit]) -> list[str | None]:
    """The person whose word each statement is, when it is one named person's: two people's
    statements are two statements. A speaker is known by the fullest person's name any
    report of the story gives them ("Zelensky said" in one article, "Volodymyr Zelensky"
    in another: one entity, one person, never a state's one-word name)."""
    fullest: dict[str, str] = {}
    for unit in units:
        if unit.origin is not None and (name := _person_name(unit.origin)) is not None:
            key = _speaking_person(unit.origin) or ""
            fullest[key] = max(fullest.get(key, ""), name, key=lambda n: (len(n), n))
    return [fullest.get(_speaking_person(u.origin) or "") if u.origin else None for u in units]


def _speaking_person(origin: SentenceOrigin) -> str | None:
    """The key of the one whose word a report gives: a speaker's own, or the person a medium's
    interview carries; None for the writer's own sentence and an unnamed speaker."""
    if origin.kind == SAID_BY:
        return None if origin.counted_as == UNRESOLVED else origin.counted_as
    return origin.carried


def _speaker_codes(units: Sequence[Unit]) -> tuple[IntVector, list[str]]:
    """A code per statement's person (-1: none) and each person's name."""
    keys = _speaker_keys(units)
    codes = _codes(keys)
    names: dict[int, str] = {}
    for code, key in zip(codes.tolist(), keys, strict=True):
        if key is not None:
            names.setdefault(code, key)
    return codes, [names[c] for c in range(len(names))]


def _strangers(names: Sequence[str]) -> npt.NDArray[np.bool_]:
    """Which two people share no word of their names and are no spelling of one name
    ("Pavel Vrana" and "Pavel Crow", a translated surname, may be one person, as may
    "Zelensky" and "Volodymyr Zelenskiy"; "David Paterson" and "Kathy Hochul" are not).
    One extra row and column, never used, keep the matrix valid when no unit has a person."""
    size = len(names) + 1
    found = np.zeros((size, size), dtype=bool)
    words = [frozenset(name.split()) for name in names]
    for i, first in enumerate(names):
        for j, second in enumerate(names):
            found[i, j] = not (words[i] & words[j]) and not same_origin_name(first, second)
    return found


_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _plain(sentence: str) -> str:
    return _SPACE.sub(" ", sentence.translate(_QUOTES)).strip().casefold()


def _embeddings(units: Sequence[Unit], settings: AlignSettings) -> FloatMatrix | None:
    """The units' sentence embeddings as rows. A copy's sentence has none of its own (copies
    are not embedded): it borrows the row of the same sentence elsewhere in the story."""
    if not settings.embedding or not any(u.vector is not None for u in units):
        return None
    width = next(u.vector for u in units if u.vector is not None).shape[0]
    found = np.zeros((len(units), width), dtype=np.float32)
    known: dict[str, int] = {}
    for row, unit in enumerate(units):
        if unit.vector is not None:
            found[row] = unit.vector
            known.setdefault(_plain(unit.sentence), row)
    for row, unit in enumerate(units):
        if unit.vector is None and (source := known.get(_plain(unit.sentence))) is not None:
            found[row] = found[source]
    return found


# --- candidates -----------------------------------------------------------------------------


def _candidate_pairs(units: Sequence[Unit], settings: AlignSettings) -> set[tuple[int, int]]:
    """Pairs of units of different articles sharing a key or one of their rarest terms."""
    postings: dict[str, list[int]] = defaultdict(list)
    frequency = Counter(t for unit in units for t in set(unit.terms))
    for index, unit in enumerate(units):
        rare = sorted(set(unit.terms) - unit.keys, key=lambda t: (frequency[t], t))[:4]
        for key in unit.keys | set(rare):
            postings[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) > settings.max_postings:
            continue  # a word every report shares says nothing about which ones match
        for position, first in enumerate(members):
            for second in members[position + 1 :]:
                if units[first].article_id != units[second].article_id:
                    pairs.add((first, second))
    return pairs


def _neighbour_pairs(similarity: Similarity, settings: AlignSettings) -> set[tuple[int, int]]:
    """Each embedded unit with its nearest units of other articles by meaning."""
    meaning = similarity.meaning
    if meaning is None:
        return set()
    articles, embedded = similarity.articles, similarity.embedded
    pairs: set[tuple[int, int]] = set()
    k = min(settings.embedding_neighbours, len(articles) - 1)
    if k < 1:
        return pairs
    for start in range(0, len(articles), _NEIGHBOUR_BLOCK):
        stop = start + _NEIGHBOUR_BLOCK
        block = meaning[start:stop] @ meaning.T
        block[articles[start:stop, None] == articles[None, :]] = -1.0
        nearest = np.argpartition(-block, k - 1, axis=1)[:, :k]
        for offset, row in enumerate(nearest):
            first = start + offset
            if not embedded[first]:
                continue
            for second in row.tolist():
                if block[offset, second] > 0:
                    pairs.add((min(first, second), max(first, second)))
    return pairs


def _scored(
    similarity: Similarity, pairs: set[tuple[int, int]], settings: AlignSettings
) -> list[tuple[float, int, int]]:
    """The candidate pairs similar enough to start a group, most similar first."""
    if not pairs:
        return []
    ordered = sorted(pairs)
    left = np.fromiter((a for a, _ in ordered), dtype=np.int64, count=len(ordered))
    right = np.fromiter((b for _, b in ordered), dtype=np.int64, count=len(ordered))
    scores = similarity.pairs(left, right)
    keep = scores >= settings.pair_threshold
    found = zip(scores[keep].tolist(), left[keep].tolist(), right[keep].tolist(), strict=True)
    return sorted(found, key=lambda x: (-x[0], x[1], x[2]))


# --- grouping -------------------------------------------------------------------------------


def _average_linkage(
    units: Sequence[Unit],
    similarity: Similarity,
    scored: Sequence[tuple[float, int, int]],
    settings: AlignSettings,
) -> list[list[int]]:
    """Groups joined most similar first, while the average similarity of their members
    reaches `group_threshold`.

    The same sentence in several articles (a wire copy, a reused paragraph) is one group from
    the start. The queue holds candidate pairs; an entry whose groups have grown since it was
    scored is scored again when it comes up (lazily): the average of a joined group with a
    third lies between the two averages it joined, so an old entry never ranks a pair too
    low, and only the pairs that reach the top are ever re-scored.
    """
    groups = _Groups(units, similarity, settings)
    for score, first, second in scored:  # most similar first
        if score < _SAME_REPORT:
            break
        groups.join_copies(groups.root(first), groups.root(second))
    heap = [(-score, first, second, 1, 1) for score, first, second in scored]
    heapq.heapify(heap)
    scored_at: dict[tuple[int, int], tuple[int, int]] = {}
    while heap:
        negative, a, b, size_a, size_b = heapq.heappop(heap)
        if -negative < settings.group_threshold:
            break
        low, high = sorted((groups.root(a), groups.root(b)))
        if low == high:
            continue
        sizes = (groups.size(low), groups.size(high))
        if (low, high) == (a, b) and sizes == (size_a, size_b):
            groups.join(low, high)  # scored as the two groups are now
        elif scored_at.get((low, high)) != sizes:
            scored_at[(low, high)] = sizes  # one fresh entry per pair of groups as they are
            score = groups.linkage(low, high)
            if score >= settings.group_threshold:
                heapq.heappush(heap, (-score, low, high, *sizes))
    return groups.found()


_LINKAGE_SAMPLE = 16  # members of each group compared, at most (evenly spread over it)
_SAME_REPORT = 0.9  # two sentences this similar are one report (a copy lightly edited)


class _Groups:
    """Union-find over units, with each group's members and the one-unit-per-article rule."""

    def __init__(
        self, units: Sequence[Unit], similarity: Similarity, settings: AlignSettings
    ) -> None:
        self.units, self.similarity, self.settings = units, similarity, settings
        self.parent = list(range(len(units)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(units))}
        self.articles: dict[int, set[str]] = {i: {u.article_id} for i, u in enumerate(units)}
        self.sides = [stance_side(u) for u in units]  # (actor, refusing) of a stance, or None
        first_of: dict[str, int] = {}
        for index, unit in enumerate(units):
            self.join_copies(self.root(first_of.setdefault(_plain(unit.sentence), index)), index)

    def join_copies(self, group: int, other: int) -> None:
        """Join two groups of copies of one report, unless that gives an article two units
        (copies join before anything is compared on average: a wire story in fifty papers
        is one report, found at once)."""
        if group == other:
            return
        if not self.articles[group] & self.articles[other] or self._one_unit_per_article(
            self.members[group], self.members[other]
        ):
            self._merge(*sorted((group, other)))

    def root(self, item: int) -> int:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def size(self, group: int) -> int:
        return len(self.members[group])

    def linkage(self, group: int, other: int) -> float:
        """The average similarity of the two groups' members (pairs of different articles;
        a sample of each group when it is large)."""
        a = _sample(self.members[group])
        b = _sample(self.members[other])
        block = self.similarity.block(a, b)
        articles = self.similarity.articles
        apart = articles[np.asarray(a)][:, None] != articles[np.asarray(b)][None, :]
        return float(block[apart].mean()) if apart.any() else 0.0

    def join(self, group: int, other: int) -> None:
        """Join two groups unless an article would give the group two different units, or
        one group holds an actor's offer and the other its refusal (two facts in conflict,
        however alike their words: "included reopening the bridge", "will not reopen it")."""
        first, second = self.members[group], self.members[other]
        if self._one_unit_per_article(first, second) and not self._opposed(first, second):
            self._merge(group, other)

    def found(self) -> list[list[int]]:
        return list(self.members.values())

    def _merge(self, group: int, other: int) -> None:
        self.parent[other] = group
        self.members[group] += self.members.pop(other)
        self.articles[group] |= self.articles.pop(other)

    def _opposed(self, group: Sequence[int], other: Sequence[int]) -> bool:
        """Whether one group holds an actor's offer and the other its refusal (the actors
        and sides are looked up first: most joins hold no such pair)."""
        sides, units = self.sides, self.units
        mine = {side for i in group if (side := sides[i]) is not None}
        theirs = {side for i in other if (side := sides[i]) is not None}
        if not any((actor, not refusing) in theirs for actor, refusing in mine):
            return False
        return any(
            opposed(units[a], units[b])
            for a in group
            if sides[a] is not None
            for b in other
            if sides[b] is not None
        )

    def _one_unit_per_article(self, group: Sequence[int], other: Sequence[int]) -> bool:
        """No article gives the joined group two units, unless it says nearly the same
        twice (their words this similar: `repeat_threshold`)."""
        units, words = self.units, self.similarity.words
        articles = {units[i].article_id: i for i in group}
        for index in other:
            twin = articles.get(units[index].article_id)
            if twin is not None:
                repeated = words.dot(twin, index)
                if repeated < self.settings.repeat_threshold:
                    return False
        return True


def _sample(group: Sequence[int]) -> Sequence[int]:
    if len(group) <= _LINKAGE_SAMPLE:
        return group
    step = len(group) / _LINKAGE_SAMPLE
    return [group[int(k * step)] for k in range(_LINKAGE_SAMPLE)]
