"""Stories and events: a two-level, incremental grouping of articles.

An *event* is one happening (Witkoff meets Putin in Moscow on 25 April 2025); a *story* is the
storyline that holds its events (the talks to end the war in Ukraine). `StoryIndex.add` puts
each new article into the most similar open event, else opens a new event in the most similar
open story, else opens a new story. History is never reclustered, so ids never change: an id is
derived from the article that founded the event or story.

Signals, each a cosine between the article and an event's (or story's) centroid:
- title and body: TF-IDF over hashed word terms (crc32, a fixed-size space: no vocabulary to
  grow or freeze). The IDF is the document frequency seen so far; each article is weighted with
  the IDF of the moment it arrives and that weighting is frozen in the centroids, so the past is
  never recomputed and a rebuild in the same order repeats every number.
- named entities: `model.Mention` texts with their labels when given, else capitalised phrases.
- an optional sentence embedding of title + lead (computed outside, e.g. by `group.embeddings`).
- time: candidates must lie within the event (story) window of the article's published date,
  and the score loses up to `time_weight` as the gap grows.

Per-article cost does not grow with the corpus: candidates come from an inverted index of each
event's strongest terms and entities whose posting lists are capped (`postings_cap`, newest
kept), plus the `recent_events` newest; at most `max_candidates` are scored, centroids keep at
most `centroid_terms` terms, and a story idle longer than `story_window_days` closes with its
events (their state is dropped; their records stay). An event older than `event_window_days`
takes no new articles but still leads a new article to its story.

Two options, off by default because they did not raise the tuning objective (NeuS train
sample + ECB+ odd topics, bench/stories_eval.py `tune_options`):
- member links (`member_weight`): the `rescore_top` best events by centroid are scored again
  against their `members_kept` newest members; the score blends centroid and best member.
- merging (`merge_threshold`): after an article joins an event, that event is merged into the
  closest other top candidate event of the same story when their centroids are that close. The
  older event survives; the younger id is recorded (`merged_into`) and its articles' assignments
  move to the survivor. It runs inside `add`, so a rebuild in the same order repeats it.

`StoryIndex.rebuild(items)` adds items in the canonical order (published date, then id); adding
the same items one by one in that order gives the same ids and assignment.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
import zlib
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from newsdesk.model import Event, Mention, Story

STATE_FORMAT = "newsdesk-stories/2"
_WORD = re.compile(r"[^\W\d_]{2,}")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w'’-]*)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)$")
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"})
_STOPWORDS = frozenset(
    re.split(
        r"\s+",
        """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own said same says she should so some such than that the their theirs them then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours new one two year years told
    according mr mrs ms would could may might must shall its it's""",
    )
)

Vector = dict[int, float]
Embedding = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class StoryInput:
    """What the grouping needs from one article (all of it comes from earlier stages)."""

    id: str
    title: str | None
    text: str  # the clean body
    published: str | None = None  # ISO date YYYY-MM-DD (longer ISO strings are cut to the day)
    mentions: tuple[Mention, ...] = ()  # NER mentions; when empty, capitalised phrases stand in
    embedding: tuple[float, ...] | None = None  # title + lead, any model, L2 norm not required


@dataclass(frozen=True, slots=True)
class StorySettings:
    """Tuning of the grouping (kept here until config.py grows a [stories] section)."""

    # thresholds tuned by bench/stories_eval.py on NeuS train (500 lines) + ECB+ odd topics
    event_threshold: float = 0.41  # join the best open event at or above this score
    story_threshold: float = 0.30  # else open an event in the best open story at or above this
    # the same two for an article without an embedding (text signals alone score differently)
    event_threshold_text: float = 0.23
    story_threshold_text: float = 0.13
    # weights chosen on the tuning split (NeuS train sample, ECB+ odd topics): the embedding
    # separates same-story pairs best there (nearest-neighbour accuracy 0.84 vs TF-IDF 0.75)
    weight_title: float = 0.15
    weight_body: float = 0.25
    weight_entities: float = 0.10
    weight_embedding: float = 0.50  # used only when both sides have an embedding
    time_weight: float = 0.10  # the most a time gap can take off a score
    event_window_days: int = 7  # an event idle this long closes
    story_window_days: int = 30  # a story idle this long closes (Google News keeps ~30 days)
    hash_bits: int = 20
    body_chars: int = 4000  # the lead carries the event; the tail would only cost time
    query_terms: int = 12  # strongest terms and entities of an article used to find candidates
    postings_cap: int = 200
    max_candidates: int = 40
    recent_events: int = 30  # the newest events are always candidates (paraphrases share no term)
    centroid_terms: int = 150
    # the best few events by centroid are scored again against their newest members: a new
    # article close to one member of an event is close to the event even when its centroid blurs
    member_weight: float = 0.0  # share of the best member link in an event's score
    members_kept: int = 3  # newest member profiles an open event keeps for that link
    rescore_top: int = 5
    # after an article joins an event, the event is merged into an older open event of the same
    # story when their centroids are this close (>1 disables); the older id survives
    merge_threshold: float = 1.1
    # "centroid": a score is the cosine with the sum of the members; "average": the mean
    # similarity to them (average linkage, stricter with large diffuse events)
    linkage: str = "centroid"
    # local scaling (as CSLS does against hubs): a score loses this share of the mean of the
    # article's and the event's closeness to their `density_k` nearest events on arrival, so in
    # a crowded field (many similar stories at once) a match must be closer than in a quiet one.
    # Off by default: on pooled, undated NeuS it gains 0.09 B-cubed F1 (at event threshold
    # 0.30), on ECB+ sub-topics it loses 0.03 (bench/stories_eval.py, docs/benchmarks.md)
    density_weight: float = 0.0
    density_k: int = 5


@dataclass(slots=True)
class _Profile:
    """One article as vectors, weighted with the IDF of the moment it was added."""

    title: Vector
    body: Vector
    entities: Vector
    embedding: Embedding | None
    day: int | None  # days since 1970-01-01


@dataclass(slots=True)
class _Centroid:
    """Running sums of member profiles, pruned to the strongest terms."""

    title: Vector = field(default_factory=dict)
    body: Vector = field(default_factory=dict)
    entities: Vector = field(default_factory=dict)
    embedding: Embedding | None = None
    norms: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0, 0.0])
    first_day: int | None = None
    last_day: int | None = None
    size: int = 0
    members: list[_Profile] = field(default_factory=list)  # newest last, at most members_kept
    counts: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # members with each signal
    density: float = 0.0  # the sum of the members' closeness to their neighbours on arrival


@dataclass(slots=True)
class _Group:
    """An event or a story: its record (kept forever) and its centroid (kept while open)."""

    id: str
    title: str
    article_ids: list[str]
    parent: str | None  # an event's story id
    centroid: _Centroid | None
    seq: int  # creation order, the tie-breaker


@dataclass(frozen=True, slots=True)
class Assignment:
    story_id: str
    event_id: str
    score: float  # the winning similarity (0.0 for a new story)


# --- text to vectors --------------------------------------------------------------------


def terms(text: str) -> list[str]:
    """Lower-cased words without stop words, with a plural 's' stripped."""
    words = (w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS)
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def entity_keys(text: str, mentions: Sequence[Mention]) -> list[str]:
    """Entity names as keys: labelled mentions when given, else capitalised phrases."""
    if mentions:
        return [_entity_key(m.text) for m in mentions if m.label in _ENTITY_LABELS]
    return [_entity_key(match.group()) for match in _CAPITALISED.finditer(text) if _named(match)]


def _named(match: re.Match[str]) -> bool:
    """A capitalised phrase names something unless it is one common word opening a sentence."""
    phrase = match.group()
    if " " in phrase:
        return True
    if phrase.lower() in _STOPWORDS:
        return False
    return not _SENTENCE_START.search(match.string[max(0, match.start() - 3) : match.start()])


def _entity_key(name: str) -> str:
    words = name.strip().lower().split()
    while len(words) > 1 and words[0] in _STOPWORDS:  # "Then Steve Witkoff", "The Kremlin"
        words.pop(0)
    return re.sub(r"['’]s$", "", " ".join(words))


def _hash(key: str, bits: int) -> int:
    return zlib.crc32(key.encode("utf-8")) & ((1 << bits) - 1)


def day_number(published: str | None) -> int | None:
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def cosine(a: Vector, b: Vector, norm_b: float) -> float:
    """Cosine of a unit vector `a` with `b` of norm `norm_b`."""
    if not a or norm_b == 0.0:
        return 0.0
    if len(a) > len(b):
        return sum(v * a.get(k, 0.0) for k, v in b.items()) / norm_b
    return sum(v * b.get(k, 0.0) for k, v in a.items()) / norm_b


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm else {}


def _unit_array(vector: Sequence[float]) -> Embedding | None:
    array = np.asarray(vector, dtype=np.float64)
    norm = float(np.sqrt(array @ array))
    return array / norm if norm else None


def _dot(a: Embedding, b: Embedding) -> float:
    # numpy, not a Python loop: ~70 events are scored per article and this was most of the time
    return float(a @ b)


# --- the index --------------------------------------------------------------------------


class StoryIndex:
    """Incremental two-level grouping; see the module docstring."""

    def __init__(self, settings: StorySettings | None = None) -> None:
        self.settings = settings or StorySettings()
        self._docs = 0
        self._df: Counter[int] = Counter()
        self._events: dict[str, _Group] = {}
        self._stories: dict[str, _Group] = {}
        self._postings: dict[int, deque[str]] = {}
        self._recent: deque[str] = deque(maxlen=self.settings.recent_events)
        self._assigned: dict[str, Assignment] = {}
        self._merged: dict[str, str] = {}  # event id merged away -> the event it went into
        self._seq = 0
        # per kind, min-heaps of (last day, seq, group id); stale entries are skipped on pop
        self._expiry: dict[str, list[tuple[int, int, str]]] = {"event": [], "story": []}

    # -- public API --

    @classmethod
    def rebuild(
        cls, items: Iterable[StoryInput], settings: StorySettings | None = None
    ) -> StoryIndex:
        """A fresh index holding `items`, added in the canonical order."""
        index = cls(settings)
        for item in sorted(items, key=canonical_key):
            index.add(item)
        return index

    def add(self, item: StoryInput) -> tuple[str, str]:
        """Assign one article; returns (story id, event id). Adding an id twice is a no-op."""
        if item.id in self._assigned:
            known = self._assigned[item.id]
            return known.story_id, known.event_id
        profile = self._profile(item)
        if profile.day is not None:
            self._close_idle(profile.day)
        assignment, scored, closeness = self._assign(item, profile)
        self._assigned[item.id] = assignment
        event = self._events[assignment.event_id]
        self._join(event, item.id, profile, closeness, post=True)
        self._join(self._stories[assignment.story_id], item.id, profile, closeness, post=False)
        self._merge_if_close(event, scored)
        final = self._assigned[item.id]
        return final.story_id, final.event_id

    def observe(self, items: Iterable[StoryInput]) -> None:
        """Count `items` into the document frequencies without grouping them.

        The controlled way to update the IDF: e.g. seed it from a background corpus so the first
        articles of a new desk are weighted as well as later ones.
        """
        for item in items:
            self._profile(item)

    def assignment(self, article_id: str) -> Assignment | None:
        return self._assigned.get(article_id)

    def stories(self) -> list[Story]:
        """Every story (open or closed) with its events, in creation order."""
        events_of: dict[str, list[Event]] = {}
        for event in sorted(self._events.values(), key=lambda g: g.seq):
            record = Event(event.id, event.parent or "", event.title, tuple(event.article_ids))
            events_of.setdefault(record.story_id, []).append(record)
        return [
            Story(s.id, s.title, tuple(s.article_ids), tuple(events_of.get(s.id, ())))
            for s in sorted(self._stories.values(), key=lambda g: g.seq)
        ]

    def similarity(self, a: StoryInput, b: StoryInput) -> float:
        """The score `b` would get against an event holding only `a` (for pair evaluations)."""
        centroid = _Centroid()
        self._accumulate(centroid, self._profile(a, count=False), 0.0)
        return self._score(self._profile(b, count=False), centroid, self.settings.event_window_days)

    # -- assignment --

    def _assign(
        self, item: StoryInput, profile: _Profile
    ) -> tuple[Assignment, list[tuple[_Group, float, float]], float]:
        """The assignment, the scored candidate events (for the merge step) and the article's
        closeness to its nearest events (for local scaling)."""
        event_threshold, story_threshold = self._thresholds(profile)
        scored, closeness = self._score_events(profile, self._candidates(profile))
        best_event = max(scored, key=lambda e: (e[1], -e[0].seq), default=None)
        if best_event is not None and best_event[1] >= event_threshold:
            event = best_event[0]
            return Assignment(event.parent or "", event.id, best_event[1]), scored, closeness
        story, story_score = self._best_story(profile, scored, closeness)
        title = (item.title or item.text[:80]).strip()
        if story is not None and story_score >= story_threshold:
            event = self._open_event(item.id, title, story.id)
            return Assignment(story.id, event.id, story_score), scored, closeness
        new_story = self._open("story", item.id, title, None)
        event = self._open_event(item.id, title, new_story.id)
        return Assignment(new_story.id, event.id, 0.0), scored, closeness

    def _thresholds(self, profile: _Profile) -> tuple[float, float]:
        s = self.settings
        if profile.embedding is not None:
            return s.event_threshold, s.story_threshold
        return s.event_threshold_text, s.story_threshold_text

    def _score_events(
        self, profile: _Profile, event_ids: Sequence[str]
    ) -> tuple[list[tuple[_Group, float, float]], float]:
        """(event, score as an event, score as a member of its story) per open candidate, and
        the article's closeness (the mean of its `density_k` best raw signals)."""
        s = self.settings
        raw: list[tuple[_Group, float, int | None]] = []
        for event_id in event_ids:
            group = self._events[event_id]
            if group.centroid is not None:
                raw.append((group, *self._signals(profile, group.centroid)))
        if s.member_weight > 0.0 and raw:
            raw = self._blend_member_links(profile, raw)
        signals = [signal for _, signal, _ in raw] if s.density_weight else []
        closeness = _top_mean(signals, s.density_k)
        scaled = [(g, self._scaled(signal, closeness, g.centroid), gap) for g, signal, gap in raw]
        windowed = [
            (
                group,
                _in_window(signal, gap, s.event_window_days, s.time_weight),
                _in_window(signal, gap, s.story_window_days, s.time_weight),
            )
            for group, signal, gap in scaled
        ]
        return windowed, closeness

    def _scaled(self, signal: float, closeness: float | None, centroid: _Centroid | None) -> float:
        """The signal less the shared closeness of the article and the group to their neighbours
        (None: unknown, e.g. a pair scored outside the stream)."""
        weight = self.settings.density_weight
        if closeness is None or not weight or centroid is None or not centroid.size:
            return signal
        return signal - weight * (closeness + centroid.density / centroid.size) / 2.0

    def _blend_member_links(
        self, profile: _Profile, raw: list[tuple[_Group, float, int | None]]
    ) -> list[tuple[_Group, float, int | None]]:
        """The best few candidates' scores, part centroid and part their closest member."""
        s = self.settings
        ranked = sorted(range(len(raw)), key=lambda i: (-raw[i][1], raw[i][0].seq))
        for i in ranked[: s.rescore_top]:
            group, signal, gap = raw[i]
            assert group.centroid is not None
            members = group.centroid.members
            if members:
                link = max(self._pair_signal(profile, m) for m in members)
                raw[i] = (group, (1.0 - s.member_weight) * signal + s.member_weight * link, gap)
        return raw

    def _pair_signal(self, a: _Profile, b: _Profile) -> float:
        """The weighted mean of the signals two articles both have (their vectors are unit)."""
        s = self.settings
        parts = [
            (weight, cosine(mine, theirs, 1.0))
            for weight, mine, theirs in (
                (s.weight_title, a.title, b.title),
                (s.weight_body, a.body, b.body),
                (s.weight_entities, a.entities, b.entities),
            )
            if mine and theirs
        ]
        if a.embedding is not None and b.embedding is not None:
            parts.append((s.weight_embedding, _dot(a.embedding, b.embedding)))
        return _weighted_mean(parts)

    def _best_story(
        self, profile: _Profile, scored: list[tuple[_Group, float, float]], closeness: float
    ) -> tuple[_Group | None, float]:
        """The open story of a candidate event scoring best: its own centroid or its best event.

        A story's centroid blurs its events together; its closest event keeps a new angle on
        one of them in the story even when the story as a whole has drifted.
        """
        best: dict[str, float] = {}
        for event, _, as_member in scored:
            story_id = event.parent or ""
            best[story_id] = max(best.get(story_id, -1.0), as_member)
        for story_id in best:
            centroid = self._stories[story_id].centroid
            if centroid is not None:
                window = self.settings.story_window_days
                best[story_id] = max(
                    best[story_id], self._score(profile, centroid, window, closeness)
                )
        open_ids = [k for k in best if self._stories[k].centroid is not None]
        if not open_ids:
            return None, -1.0
        chosen = max(open_ids, key=lambda k: (best[k], -self._stories[k].seq))
        return self._stories[chosen], best[chosen]

    def _score(
        self, profile: _Profile, centroid: _Centroid, window: int, closeness: float | None = None
    ) -> float:
        signal, gap = self._signals(profile, centroid)
        scaled = self._scaled(signal, closeness, centroid)
        return _in_window(scaled, gap, window, self.settings.time_weight)

    def _signals(self, profile: _Profile, centroid: _Centroid) -> tuple[float, int | None]:
        """Weighted mean of the signals both sides have, and the gap in days (None: undated)."""
        s = self.settings
        divisors = centroid.norms if s.linkage == "centroid" else centroid.counts
        # a signal one side lacks (a headline without body, a text without names) is left out
        # rather than counted as a zero
        parts = [
            (weight, cosine(mine, theirs, divisor))
            for weight, mine, theirs, divisor in (
                (s.weight_title, profile.title, centroid.title, divisors[0]),
                (s.weight_body, profile.body, centroid.body, divisors[1]),
                (s.weight_entities, profile.entities, centroid.entities, divisors[2]),
            )
            if mine and divisor
        ]
        if profile.embedding is not None and centroid.embedding is not None and divisors[3]:
            similarity = _dot(profile.embedding, centroid.embedding) / divisors[3]
            parts.append((s.weight_embedding, similarity))
        return _weighted_mean(parts), _gap_days(profile.day, centroid)

    def _candidates(self, profile: _Profile) -> list[str]:
        """Open events sharing the article's strongest keys, best-overlapping first, capped."""
        overlap: dict[str, float] = {}
        closed: set[str] = set()
        for key, weight in self._query_keys(profile):
            dead = 0
            for posted in self._postings.get(key, ()):
                event_id = self.merged_into(posted) if self._merged else posted
                if event_id in closed or self._events[event_id].centroid is None:
                    closed.add(event_id)
                    dead += 1
                    continue
                overlap[event_id] = overlap.get(event_id, 0.0) + weight
            if dead:
                self._drop_closed(key, closed)
        ranked = heapq.nsmallest(
            self.settings.max_candidates,
            overlap.items(),
            key=lambda kv: (-kv[1], self._events[kv[0]].seq),
        )
        found = [e for e, _ in ranked]
        recent = [e for e in self._recent if e not in overlap and self._events[e].centroid]
        return found + recent

    def _drop_closed(self, key: int, closed: set[str]) -> None:
        """Closed events leave a posting list once met there: otherwise the capped lists fill
        with them over a long run and every lookup pays for ranking the dead."""
        postings = self._postings[key]
        kept = [p for p in postings if (self.merged_into(p) if self._merged else p) not in closed]
        self._postings[key] = deque(kept, maxlen=postings.maxlen)

    def _query_keys(self, profile: _Profile) -> list[tuple[int, float]]:
        """The article's strongest body terms and entities (entities hashed apart from words)."""
        keyed = list(profile.body.items()) + [(k ^ 1, v) for k, v in profile.entities.items()]
        keyed += [(k ^ 2, v) for k, v in profile.title.items()]
        return heapq.nlargest(self.settings.query_terms, keyed, key=lambda kv: (kv[1], -kv[0]))

    # -- groups --

    def _open_event(self, article_id: str, title: str, story_id: str) -> _Group:
        return self._open("event", article_id, title, story_id)

    def _open(self, kind: str, article_id: str, title: str, parent: str | None) -> _Group:
        digest = hashlib.blake2b(f"{kind}:{article_id}".encode(), digest_size=6).hexdigest()
        group = _Group(f"{kind}-{digest}", title, [], parent, _Centroid(), self._seq)
        self._seq += 1
        (self._events if kind == "event" else self._stories)[group.id] = group
        return group

    def _join(
        self, group: _Group, article_id: str, profile: _Profile, closeness: float, *, post: bool
    ) -> None:
        group.article_ids.append(article_id)
        assert group.centroid is not None  # a group is only joined while it is open
        self._accumulate(group.centroid, profile, closeness)
        if post:
            if group.id in self._recent:
                self._recent.remove(group.id)
            self._recent.append(group.id)
            for key, _ in self._query_keys(profile):
                self._post(key, group.id)
        if group.centroid.last_day is not None:
            kind = "event" if group.id in self._events else "story"
            heapq.heappush(self._expiry[kind], (group.centroid.last_day, group.seq, group.id))

    def _post(self, key: int, event_id: str) -> None:
        posting = self._postings.get(key)
        if posting is None:
            posting = self._postings[key] = deque(maxlen=self.settings.postings_cap)
        if event_id not in posting:
            posting.append(event_id)

    def _accumulate(self, centroid: _Centroid, profile: _Profile, closeness: float) -> None:
        _absorb(centroid, profile, self.settings.centroid_terms)
        centroid.density += closeness
        if profile.day is not None:
            first, last = centroid.first_day, centroid.last_day
            centroid.first_day = profile.day if first is None else min(first, profile.day)
            centroid.last_day = profile.day if last is None else max(last, profile.day)
        centroid.size += 1
        if self.settings.member_weight > 0.0:
            centroid.members.append(profile)
            del centroid.members[: -self.settings.members_kept]

    def _merge_if_close(self, event: _Group, scored: list[tuple[_Group, float, float]]) -> None:
        """Merge `event` and the closest other top candidate of its story if near enough.

        Bounded: only the `rescore_top` best candidates of this article are looked at, once.
        The older event survives (ids of the past stay valid through `merged_into`).
        """
        s = self.settings
        if s.merge_threshold > 1.0 or event.centroid is None:
            return
        ranked = sorted(scored, key=lambda e: (-e[1], e[0].seq))[: s.rescore_top]
        best: tuple[float, _Group] | None = None
        for other, _, _ in ranked:
            if other.id == event.id or other.parent != event.parent or other.centroid is None:
                continue
            if other.id not in self._events:
                continue  # merged away earlier in this very scoring
            closeness = self._centroid_similarity(event.centroid, other.centroid)
            if closeness >= s.merge_threshold and (best is None or closeness > best[0]):
                best = (closeness, other)
        if best is not None:
            older, younger = sorted((event, best[1]), key=lambda g: g.seq)
            self._merge(older, younger)

    def _centroid_similarity(self, a: _Centroid, b: _Centroid) -> float:
        s = self.settings
        parts = [
            (weight, _sparse_dot(x, y) / (nx * ny))
            for weight, x, y, nx, ny in (
                (s.weight_title, a.title, b.title, a.norms[0], b.norms[0]),
                (s.weight_body, a.body, b.body, a.norms[1], b.norms[1]),
                (s.weight_entities, a.entities, b.entities, a.norms[2], b.norms[2]),
            )
            if nx and ny
        ]
        if a.embedding is not None and b.embedding is not None and a.norms[3] and b.norms[3]:
            parts.append(
                (s.weight_embedding, _dot(a.embedding, b.embedding) / (a.norms[3] * b.norms[3]))
            )
        return _weighted_mean(parts)

    def _merge(self, older: _Group, younger: _Group) -> None:
        """Fold `younger` into `older` (same story): articles, centroid, postings, assignments."""
        assert older.centroid is not None and younger.centroid is not None
        into, part = older.centroid, younger.centroid
        _absorb(into, part, self.settings.centroid_terms)
        days = [
            d
            for d in (into.first_day, into.last_day, part.first_day, part.last_day)
            if d is not None
        ]
        into.first_day, into.last_day = (min(days), max(days)) if days else (None, None)
        into.size += part.size
        into.density += part.density
        into.members = (into.members + part.members)[-self.settings.members_kept :]
        older.article_ids.extend(younger.article_ids)
        for article_id in younger.article_ids:
            known = self._assigned[article_id]
            self._assigned[article_id] = Assignment(known.story_id, older.id, known.score)
        del self._events[younger.id]
        self._merged[younger.id] = older.id
        if younger.id in self._recent:
            self._recent.remove(younger.id)
        # postings naming `younger` stay; candidate lookup resolves them through `_merged`
        if into.last_day is not None:
            heapq.heappush(self._expiry["event"], (into.last_day, older.seq, older.id))

    def merged_into(self, event_id: str) -> str:
        """The id an event is known by now (itself unless it was merged into an older one)."""
        while event_id in self._merged:
            event_id = self._merged[event_id]
        return event_id

    def _close_idle(self, today: int) -> None:
        """Drop the state of events and stories idle longer than their window."""
        # an event keeps its state while its story is open: the story is found through its events
        longest = max(self.settings.event_window_days, self.settings.story_window_days)
        for kind, window in (("event", longest), ("story", self.settings.story_window_days)):
            heap, groups = self._expiry[kind], self._events if kind == "event" else self._stories
            while heap and heap[0][0] < today - window:
                last_day, _, group_id = heapq.heappop(heap)
                group = groups.get(group_id)  # None: merged into an older event
                if group and group.centroid is not None and group.centroid.last_day == last_day:
                    group.centroid = None  # else a newer entry for it is queued

    # -- profiles --

    def _profile(self, item: StoryInput, *, count: bool = True) -> _Profile:
        bits = self.settings.hash_bits
        title_terms = [_hash(t, bits) for t in terms(item.title or "")]
        body_terms = [_hash(t, bits) for t in terms(item.text[: self.settings.body_chars])]
        entities = [
            _hash("entity:" + k, bits)
            for k in entity_keys(item.text[: self.settings.body_chars], item.mentions)
        ]
        if item.title:
            entities += [_hash("entity:" + k, bits) for k in entity_keys(item.title, ())]
        seen = set(title_terms) | set(body_terms) | set(entities)
        if count:
            self._docs += 1
            self._df.update(seen)
        embedding = _unit_array(item.embedding) if item.embedding else None
        return _Profile(
            self._weigh(title_terms),
            self._weigh(body_terms),
            self._weigh(entities),
            embedding,
            day_number(item.published),
        )

    def _weigh(self, keys: list[int]) -> Vector:
        """Sublinear TF times the IDF as of now, unit length."""
        docs = self._docs + 1
        counts = Counter(keys)
        return _unit(
            {
                k: (1.0 + math.log(c)) * (math.log(docs / (self._df[k] + 1)) + 1.0)
                for k, c in counts.items()
            }
        )

    # -- persistence --

    def snapshot(self) -> dict[str, Any]:
        """The whole state as JSON-ready data (`restore` takes it back)."""
        return {
            "format": STATE_FORMAT,
            "settings": asdict(self.settings),
            "docs": self._docs,
            "seq": self._seq,
            "df": sorted(self._df.items()),
            "events": [_group_state(g) for g in self._events.values()],
            "stories": [_group_state(g) for g in self._stories.values()],
            "postings": [[k, list(v)] for k, v in self._postings.items()],
            "recent": list(self._recent),
            "merged": sorted(self._merged.items()),
            "assigned": [[a, x.story_id, x.event_id, x.score] for a, x in self._assigned.items()],
            "expiry": {kind: [list(e) for e in heap] for kind, heap in self._expiry.items()},
        }

    @classmethod
    def restore(cls, state: dict[str, Any]) -> StoryIndex:
        if state.get("format") != STATE_FORMAT:
            raise ValueError(f"not a stories state: {state.get('format')!r}")
        index = cls(StorySettings(**state["settings"]))
        index._docs, index._seq = state["docs"], state["seq"]
        index._df = Counter({int(k): v for k, v in state["df"]})
        index._events = {g["id"]: _group_from_state(g) for g in state["events"]}
        index._stories = {g["id"]: _group_from_state(g) for g in state["stories"]}
        cap = index.settings.postings_cap
        index._postings = {int(k): deque(v, maxlen=cap) for k, v in state["postings"]}
        index._recent = deque(state["recent"], maxlen=index.settings.recent_events)
        index._merged = dict(state.get("merged", ()))
        index._assigned = {a: Assignment(s, e, x) for a, s, e, x in state["assigned"]}
        index._expiry = {k: [(d, q, g) for d, q, g in h] for k, h in state["expiry"].items()}
        return index


def canonical_key(item: StoryInput) -> tuple[str, str]:
    """Published date first (undated last), then id: the order `rebuild` adds items in."""
    return (item.published[:10] if item.published else "9999-99-99", item.id)


def _in_window(score: float, gap: int | None, window: int, time_weight: float) -> float:
    """The score less a penalty growing with the gap; -1 beyond the window."""
    if gap is None:
        return score
    if gap > window:
        return -1.0
    return score - time_weight * gap / max(window, 1)


def _top_mean(values: list[float], k: int) -> float:
    """The mean of the `k` largest values (of all when fewer; 0.0 when none)."""
    top = heapq.nlargest(k, values)
    return sum(top) / len(top) if top else 0.0


def _gap_days(day: int | None, centroid: _Centroid) -> int | None:
    if day is None or centroid.first_day is None or centroid.last_day is None:
        return None
    return max(0, centroid.first_day - day, day - centroid.last_day)


def _add_pruned(total: Vector, add: Vector, cap: int) -> Vector:
    merged = dict(total)
    for key, value in add.items():
        merged[key] = merged.get(key, 0.0) + value
    if len(merged) <= cap:
        return merged
    return dict(heapq.nlargest(cap, merged.items(), key=lambda kv: (kv[1], -kv[0])))


def _sparse_dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def _norm(vector: Vector) -> float:
    return math.sqrt(sum(v * v for v in vector.values()))


def _vector_state(vector: Vector) -> list[list[float]]:
    return [[k, v] for k, v in vector.items()]


def _group_state(group: _Group) -> dict[str, Any]:
    centroid = group.centroid
    return {
        "id": group.id,
        "title": group.title,
        "articles": group.article_ids,
        "parent": group.parent,
        "seq": group.seq,
        "centroid": None
        if centroid is None
        else {
            "title": _vector_state(centroid.title),
            "body": _vector_state(centroid.body),
            "entities": _vector_state(centroid.entities),
            "embedding": _array_state(centroid.embedding),
            "norms": centroid.norms,
            "counts": centroid.counts,
            "density": centroid.density,
            "days": [centroid.first_day, centroid.last_day],
            "size": centroid.size,
            "members": [_profile_state(m) for m in centroid.members],
        },
    }


def _profile_state(profile: _Profile) -> dict[str, Any]:
    return {
        "title": _vector_state(profile.title),
        "body": _vector_state(profile.body),
        "entities": _vector_state(profile.entities),
        "embedding": _array_state(profile.embedding),
        "day": profile.day,
    }


def _profile_from_state(state: dict[str, Any]) -> _Profile:
    return _Profile(
        {int(k): v for k, v in state["title"]},
        {int(k): v for k, v in state["body"]},
        {int(k): v for k, v in state["entities"]},
        _array_from_state(state["embedding"]),
        state["day"],
    )


def _group_from_state(state: dict[str, Any]) -> _Group:
    raw = state["centroid"]
    centroid = None
    if raw is not None:
        centroid = _Centroid(
            {int(k): v for k, v in raw["title"]},
            {int(k): v for k, v in raw["body"]},
            {int(k): v for k, v in raw["entities"]},
            _array_from_state(raw["embedding"]),
            list(raw["norms"]),
            raw["days"][0],
            raw["days"][1],
            raw["size"],
            [_profile_from_state(m) for m in raw.get("members", ())],
            list(raw["counts"]),
            raw["density"],
        )
    return _Group(
        state["id"],
        state["title"],
        list(state["articles"]),
        state["parent"],
        centroid,
        state["seq"],
    )


def _embedding_norm(vector: Embedding | None) -> float:
    return math.sqrt(_dot(vector, vector)) if vector is not None else 0.0


def _weighted_mean(parts: list[tuple[float, float]]) -> float:
    """Signals one side lacks are left out of `parts` rather than counted as zeros."""
    return sum(w * v for w, v in parts) / (sum(w for w, _ in parts) or 1.0)


def _absorb(into: _Centroid, part: _Profile | _Centroid, cap: int) -> None:
    """Add an article's (or a merged event's) vectors into a centroid, pruned, norms renewed."""
    into.title = _add_pruned(into.title, part.title, cap)
    into.body = _add_pruned(into.body, part.body, cap)
    into.entities = _add_pruned(into.entities, part.entities, cap)
    if part.embedding is not None:
        into.embedding = _summed(into.embedding, part.embedding)
    into.norms = [_norm(into.title), _norm(into.body), _norm(into.entities)]
    into.norms.append(_embedding_norm(into.embedding))
    if isinstance(part, _Centroid):
        into.counts = [mine + theirs for mine, theirs in zip(into.counts, part.counts, strict=True)]
    else:
        present = (part.title, part.body, part.entities, part.embedding is not None)
        into.counts = [n + bool(p) for n, p in zip(into.counts, present, strict=True)]


def _summed(total: Embedding | None, add: Embedding) -> Embedding:
    return add.copy() if total is None else total + add


def _array_state(vector: Embedding | None) -> list[float] | None:
    return None if vector is None else [float(x) for x in vector]


def _array_from_state(values: list[float] | None) -> Embedding | None:
    return None if values is None else np.asarray(values, dtype=np.float64)
