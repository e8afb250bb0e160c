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

Persistence is by rows, so an update costs what it changes, not what the store holds:
`take_changes()` hands over what changed since the index was restored (articles placed, groups
opened and merged, and the state rows to write: the open groups that changed, the groups that
closed, the document frequency and posting list of each term touched). `restore(state, lookup)`
takes back only the open groups (what grouping compares with) and asks `lookup` for the rows of
the terms each new article has, when it meets them. Closed groups live on as the stored story
records only. A whole-state snapshot of the old format (`newsdesk-stories/3`) is still read;
its first `take_changes()` then hands over every row, to replace the old snapshot.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import math
import re
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from newsdesk.config import StoriesSettings
from newsdesk.model import Event, Mention, Story

STATE_FORMAT = "newsdesk-stories/4"
SNAPSHOT_FORMAT = "newsdesk-stories/3"  # the whole state in one blob, read to be migrated
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
KeyRow = tuple[int, int, list[str]]  # a hashed term, its document frequency, its posting list
Lookup = Callable[[Sequence[int]], Iterable[KeyRow]]  # the stored rows of the terms asked for
# the stored state rows of the open groups asked for (None: of every open group)
GroupLookup = Callable[[Sequence[str] | None], Iterable[dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class StoryInput:
    """What the grouping needs from one article (all of it comes from earlier stages)."""

    id: str
    title: str | None
    text: str  # the clean body
    published: str | None = None  # ISO date YYYY-MM-DD (longer ISO strings are cut to the day)
    mentions: tuple[Mention, ...] = ()  # NER mentions; when empty, capitalised phrases stand in
    embedding: tuple[float, ...] | None = None  # title + lead, any model, L2 norm not required
    happened: str | None = None  # the day of the happening its lead reports (ISO), if known


@dataclass(slots=True)
class _Profile:
    """One article as vectors, weighted with the IDF of the moment it was added."""

    title: Vector
    body: Vector
    entities: Vector
    embedding: Embedding | None
    day: int | None  # days since 1970-01-01
    happened: int | None = None  # the day its lead's happening took place (days since 1970)


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
    happened: int | None = None  # the day of the event's happening (its first dated member's)


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


@dataclass(frozen=True, slots=True)
class OpenedGroup:
    """A story or event founded since the last `take_changes`, with its founder's title."""

    id: str
    title: str
    story_id: str | None  # an event's story; None for a story


@dataclass(frozen=True, slots=True)
class StoryChanges:
    """What changed since the index was restored (or since the last `take_changes`).

    `state` is JSON-ready rows for the store: "header" (the small scalars), "groups" (the state
    of each open group that changed), "closed" (groups whose state goes: closed or merged away),
    "keys" ([term, document frequency, posting list] per term touched), "merged" ([event, the
    event it lives on in]) and "reset" (true: these rows replace every stored one).
    """

    assigned: dict[str, Assignment]  # articles placed, or moved by a merge
    opened: tuple[OpenedGroup, ...]  # in creation order
    merged: dict[str, str]  # event merged away -> the event it went into
    state: dict[str, Any]


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

    def __init__(self, settings: StoriesSettings) -> None:
        self.settings = settings
        self._docs = 0
        self._df: Counter[int] = Counter()
        self._events: dict[str, _Group] = {}  # read: all of a fresh index, some of a restored one
        self._stories: dict[str, _Group] = {}
        # the open groups a restored index has not read yet: id -> (kind, seq, last day)
        self._unread: dict[str, tuple[str, int, int | None]] = {}
        self._postings: dict[int, deque[str]] = {}
        self._recent: deque[str] = deque(maxlen=self.settings.recent_events)
        self._assigned: dict[str, Assignment] = {}
        self._merged: dict[str, str] = {}  # event id merged away -> the event it went into
        self._merged_from: dict[str, list[str]] = {}  # event -> the events merged into it
        self._seq = 0
        # per kind, min-heaps of (last day, seq, group id); stale entries are skipped on pop
        self._expiry: dict[str, list[tuple[int, int, str]]] = {"event": [], "story": []}
        # a restored index fetches the rows of terms as it meets them; None: all in memory
        self._lookup: Lookup | None = None
        self._loaded: set[int] = set()
        # a restored index reads an open group's state row when it first needs the group
        self._group_lookup: GroupLookup | None = None
        self._changes = _Changes()

    # -- public API --

    @classmethod
    def rebuild(cls, items: Iterable[StoryInput], settings: StoriesSettings) -> StoryIndex:
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
        self._read_groups([assignment.story_id])
        event = self._events[assignment.event_id]
        self._join(event, item.id, profile, closeness, post=True)
        self._join(self._stories[assignment.story_id], item.id, profile, closeness, post=False)
        self._merge_if_close(event, scored)
        final = self._assigned[item.id]
        self._changes.assigned.add(item.id)
        return final.story_id, final.event_id

    def observe(self, items: Iterable[StoryInput]) -> None:
        """Count `items` into the document frequencies without grouping them.

        The controlled way to update the IDF: e.g. seed it from a background corpus so the first
        articles of a new desk are weighted as well as later ones.
        """
        for item in items:
            self._profile(item)

    def prefetch(self, items: Iterable[StoryInput]) -> None:
        """Fetch the stored rows of every term `items` have in one lookup (else one per item)."""
        keys: set[int] = set()
        for item in items:
            keys.update(self._lookup_keys(item))
        self._ensure(keys)

    def assignment(self, article_id: str) -> Assignment | None:
        return self._assigned.get(article_id)

    def stories(self) -> list[Story]:
        """Every story (open or closed) with its events, in creation order.

        A restored index holds the open groups only, and of a story only the articles added
        since: the store holds the records (`take_changes` says what to change in them).
        """
        self._read_groups(list(self._unread))
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
        joinable = [e for e in scored if self._same_happening(profile, e[0])]
        best_event = max(joinable, key=lambda e: (e[1], -e[0].seq), default=None)
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

    def _same_happening(self, profile: _Profile, event: _Group) -> bool:
        """An event is one happening at one time: an article whose lead reports a happening on
        another day opens an event of its own (in the same story, when close enough)."""
        limit = self.settings.happening_days
        happened = event.centroid.happened if event.centroid is not None else None
        if limit < 0 or profile.happened is None or happened is None:
            return True
        return abs(profile.happened - happened) <= limit

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
        self._read_groups(event_ids)
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
        self._read_groups(list(best))
        for story_id in best:
            centroid = story.centroid if (story := self._stories.get(story_id)) else None
            if centroid is not None:
                window = self.settings.story_window_days
                best[story_id] = max(
                    best[story_id], self._score(profile, centroid, window, closeness)
                )
        open_ids = [k for k in best if (s := self._stories.get(k)) and s.centroid is not None]
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
                if event_id in closed or not self._is_open(event_id):
                    closed.add(event_id)
                    dead += 1
                    continue
                overlap[event_id] = overlap.get(event_id, 0.0) + weight
            if dead:
                self._drop_closed(key, closed)
        ranked = heapq.nsmallest(
            self.settings.max_candidates,
            overlap.items(),
            key=lambda kv: (-kv[1], self._seq_of(kv[0])),
        )
        found = [e for e, _ in ranked]
        recent = [e for e in self._recent if e not in overlap and self._is_open(e)]
        return found + recent

    def _is_open(self, event_id: str) -> bool:
        """Closed events of a restored index were never read: unknown means closed."""
        event = self._events.get(event_id)
        return event.centroid is not None if event is not None else event_id in self._unread

    def _seq_of(self, event_id: str) -> int:
        event = self._events.get(event_id)
        return event.seq if event is not None else self._unread[event_id][1]

    def _drop_closed(self, key: int, closed: set[str]) -> None:
        """Closed events leave a posting list once met there: otherwise the capped lists fill
        with them over a long run and every lookup pays for ranking the dead."""
        postings = self._postings[key]
        kept = [p for p in postings if (self.merged_into(p) if self._merged else p) not in closed]
        self._postings[key] = deque(kept, maxlen=postings.maxlen)
        self._changes.keys.add(key)

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
        self._changes.opened.append(OpenedGroup(group.id, title, parent))
        return group

    def _join(
        self, group: _Group, article_id: str, profile: _Profile, closeness: float, *, post: bool
    ) -> None:
        group.article_ids.append(article_id)
        self._changes.groups.add(group.id)
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
            self._changes.keys.add(key)

    def _accumulate(self, centroid: _Centroid, profile: _Profile, closeness: float) -> None:
        _absorb(centroid, profile, self.settings.centroid_terms)
        centroid.density += closeness
        if centroid.happened is None:
            centroid.happened = profile.happened
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
        self._changes.assigned.update(younger.article_ids)
        self._changes.groups.update((older.id, younger.id))
        del self._events[younger.id]
        self._record_merge(younger.id, older.id)
        if younger.id in self._recent:
            self._recent.remove(younger.id)
        # postings naming `younger` stay; candidate lookup resolves them through `_merged`
        if into.last_day is not None:
            heapq.heappush(self._expiry["event"], (into.last_day, older.seq, older.id))

    def _record_merge(self, younger: str, older: str) -> None:
        """Map `younger` and every event merged into it before straight to `older`: a restored
        index loads only the entries naming an open event, so none may name a merged one."""
        moved = [younger, *self._merged_from.pop(younger, ())]
        for event_id in moved:
            self._merged[event_id] = older
        self._merged_from.setdefault(older, []).extend(moved)
        self._changes.merged.update(moved)

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
                if self._unread.pop(group_id, None) is not None:
                    self._changes.groups.add(group_id)  # its one entry: its stored last day
                    continue
                group = groups.get(group_id)  # None: merged into an older event
                if group and group.centroid is not None and group.centroid.last_day == last_day:
                    group.centroid = None  # else a newer entry for it is queued
                    self._changes.groups.add(group_id)

    # -- profiles --

    def _profile(self, item: StoryInput, *, count: bool = True) -> _Profile:
        title_terms, body_terms, entities = self._hashed(item)
        seen = set(title_terms) | set(body_terms) | set(entities)
        self._ensure(_term_keys(title_terms, body_terms, entities))
        if count:
            self._docs += 1
            self._df.update(seen)
            self._changes.keys.update(seen)
        embedding = _unit_array(item.embedding) if item.embedding else None
        return _Profile(
            self._weigh(title_terms),
            self._weigh(body_terms),
            self._weigh(entities),
            embedding,
            day_number(item.published),
            day_number(item.happened),
        )

    def _hashed(self, item: StoryInput) -> tuple[list[int], list[int], list[int]]:
        """The article's title terms, body terms and entities, hashed."""
        bits, body = self.settings.hash_bits, item.text[: self.settings.body_chars]
        title_terms = [_hash(t, bits) for t in terms(item.title or "")]
        body_terms = [_hash(t, bits) for t in terms(body)]
        entities = [_hash("entity:" + k, bits) for k in entity_keys(body, item.mentions)]
        if item.title:
            entities += [_hash("entity:" + k, bits) for k in entity_keys(item.title, ())]
        return title_terms, body_terms, entities

    def _lookup_keys(self, item: StoryInput) -> set[int]:
        return _term_keys(*self._hashed(item))

    def _ensure(self, keys: Iterable[int]) -> None:
        """Fetch the stored document frequency and posting list of the terms not loaded yet."""
        if self._lookup is None:
            return
        missing = sorted(k for k in keys if k not in self._loaded)
        if not missing:
            return
        cap = self.settings.postings_cap
        for key, df, postings in self._lookup(missing):
            if df:
                self._df[key] = df
            if postings:
                self._postings[key] = deque(postings, maxlen=cap)
        self._loaded.update(missing)

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

    def take_changes(self) -> StoryChanges:
        """What changed since the index was restored or last asked, as store rows; then forget
        it (the caller writes it, in one transaction)."""
        changes, self._changes = self._changes, _Changes()
        rows, closed = self._group_rows(changes.groups)
        state = {
            "header": self._header(),
            "groups": rows,
            "closed": closed,
            "keys": [self._key_row(k) for k in sorted(changes.keys)],
            "merged": [[e, self._merged[e]] for e in sorted(changes.merged)],
            "reset": changes.reset,
        }
        return StoryChanges(
            {a: self._assigned[a] for a in changes.assigned},
            tuple(changes.opened),
            {e: self.merged_into(e) for e in changes.merged},
            state,
        )

    def _group_rows(self, group_ids: set[str]) -> tuple[list[dict[str, Any]], list[str]]:
        """The state rows of the groups still open, and the ids of those closed or merged away."""
        rows, closed = [], []
        for group_id in sorted(group_ids):
            group = self._events.get(group_id) or self._stories.get(group_id)
            if group is not None and group.centroid is not None:
                rows.append(_group_row(group, self._assigned))
            else:
                closed.append(group_id)
        return rows, closed

    def state(self) -> dict[str, Any]:
        """The whole state as rows (`restore` takes it back); changes so far are kept."""
        kept, self._changes = self._changes, _Changes.everything(self)
        try:
            return self.take_changes().state
        finally:
            self._changes = kept

    def _header(self) -> dict[str, Any]:
        return {
            "format": STATE_FORMAT,
            "settings": asdict(self.settings),
            "docs": self._docs,
            "seq": self._seq,
            "recent": list(self._recent),
            "open": self._open_rows(),
        }

    def _open_rows(self) -> list[list[Any]]:
        """[id, kind, seq, last day] of every open group, oldest first: what restoring needs
        to know of the groups it does not read."""
        rows = [[i, kind, seq, last] for i, (kind, seq, last) in self._unread.items()]
        for kind, groups in (("event", self._events), ("story", self._stories)):
            rows += [
                [g.id, kind, g.seq, g.centroid.last_day]
                for g in groups.values()
                if g.centroid is not None
            ]
        return sorted(rows, key=lambda row: int(row[2]))

    def _key_row(self, key: int) -> KeyRow:
        return key, self._df.get(key, 0), list(self._postings.get(key, ()))

    @classmethod
    def restore(
        cls,
        state: dict[str, Any],
        lookup: Lookup | None = None,
        groups: GroupLookup | None = None,
    ) -> StoryIndex:
        """The index from stored rows: "header", the "merged" entries naming an open event, the
        open groups either in "groups" or read through `groups` when first needed (the header
        lists them: an update reads the few it compares with, not every open one), and the
        term rows either in "keys" or fetched through `lookup` as the terms come up. A header
        without its list of open groups has them all read at once; a whole-state snapshot of
        the old format is read too (migrated: the first `take_changes` hands over every row)."""
        header = state.get("header", state)
        if header.get("format") == SNAPSHOT_FORMAT:
            return cls._from_snapshot(header)
        if header.get("format") != STATE_FORMAT:
            raise ValueError(f"not a stories state: {header.get('format')!r}")
        index = cls(StoriesSettings(**header["settings"]))
        index._docs, index._seq = header["docs"], header["seq"]
        index._recent = deque(header["recent"], maxlen=index.settings.recent_events)
        index._group_lookup = groups
        if "groups" in state or header.get("open") is None:
            rows = state["groups"] if "groups" in state else groups(None) if groups else ()
            for row in sorted(rows, key=lambda g: int(g["seq"])):
                index._restore_group(row)
        elif groups is None:
            raise ValueError("a stories state whose open groups are stored apart needs `groups`")
        else:
            index._know_open(header["open"])
        for event_id, into in state.get("merged", ()):
            index._merged[event_id] = into
            index._merged_from.setdefault(into, []).append(event_id)
        index._lookup = lookup
        if lookup is None:  # every term row came with the state
            for key, df, postings in state.get("keys", ()):
                index._df[key] = df
                index._postings[key] = deque(postings, maxlen=index.settings.postings_cap)
        return index

    def _restore_group(self, row: dict[str, Any], *, expiry: bool = True) -> None:
        group = _group_from_state(row)
        assert group.centroid is not None  # only open groups are stored as state
        self._unread.pop(group.id, None)
        (self._events if row["kind"] == "event" else self._stories)[group.id] = group
        if row["kind"] == "event":
            for article_id, score in zip(group.article_ids, row["scores"], strict=True):
                self._assigned[article_id] = Assignment(group.parent or "", group.id, score)
        # one entry per open group is all the expiry heap needs (others were stale)
        if expiry and group.centroid.last_day is not None:
            heapq.heappush(
                self._expiry[row["kind"]], (group.centroid.last_day, group.seq, group.id)
            )

    def _know_open(self, rows: Iterable[Sequence[Any]]) -> None:
        """The open groups by id, creation order and last day, to be read when needed."""
        for group_id, kind, seq, last_day in rows:
            self._unread[group_id] = (kind, seq, last_day)
            if last_day is not None:
                self._expiry[kind].append((last_day, seq, group_id))
        for heap in self._expiry.values():
            heapq.heapify(heap)

    def _read_groups(self, group_ids: Iterable[str]) -> None:
        """Read the state rows of the open groups among these not read yet, in one lookup."""
        wanted = sorted({i for i in group_ids if i in self._unread})
        if not wanted:
            return
        if self._group_lookup is None:
            raise ValueError("a restored story index needs its group lookup to read open groups")
        for row in self._group_lookup(wanted):
            if row["id"] in self._unread:
                self._restore_group(row, expiry=False)  # its expiry entry came with the header
        for group_id in wanted:  # a row the store no longer holds: the group is closed
            self._unread.pop(group_id, None)

    @classmethod
    def _from_snapshot(cls, state: dict[str, Any]) -> StoryIndex:
        """An index from a whole-state blob of the old format, every row marked to be written."""
        index = cls(StoriesSettings(**state["settings"]))
        index._docs, index._seq = state["docs"], state["seq"]
        index._df = Counter({int(k): v for k, v in state["df"]})
        index._events = {g["id"]: _group_from_state(g) for g in state["events"]}
        index._stories = {g["id"]: _group_from_state(g) for g in state["stories"]}
        cap = index.settings.postings_cap
        index._postings = {int(k): deque(v, maxlen=cap) for k, v in state["postings"]}
        index._recent = deque(state["recent"], maxlen=index.settings.recent_events)
        index._assigned = {a: Assignment(s, e, x) for a, s, e, x in state["assigned"]}
        index._expiry = {
            k: [(d, q, g) for d, q, g in h] for k, h in state.get("expiry", {}).items()
        }
        for event_id in dict(state.get("merged", ())):
            index._merged[event_id] = into = _resolved(dict(state["merged"]), event_id)
            index._merged_from.setdefault(into, []).append(event_id)
        index._changes = _Changes.everything(index)
        return index


@dataclass(slots=True)
class _Changes:
    """What changed since the last `take_changes` (ids and terms; the values are read then)."""

    assigned: set[str] = field(default_factory=set)
    opened: list[OpenedGroup] = field(default_factory=list)
    groups: set[str] = field(default_factory=set)
    keys: set[int] = field(default_factory=set)
    merged: set[str] = field(default_factory=set)
    reset: bool = False

    @classmethod
    def everything(cls, index: StoryIndex) -> _Changes:
        """Every row of `index`, to replace what is stored (story records are not touched)."""
        index._read_groups(list(index._unread))
        groups = {i for i, g in (*index._events.items(), *index._stories.items()) if g.centroid}
        keys = set(index._df) | set(index._postings)
        return cls(set(), [], groups, keys, set(index._merged), reset=True)


def _term_keys(title_terms: list[int], body_terms: list[int], entities: list[int]) -> set[int]:
    """The rows an article's terms read: their document frequencies, and the posting lists of
    its query keys (body terms as they are, entities ^ 1, title terms ^ 2: `_query_keys`)."""
    keys = set(title_terms) | set(body_terms) | set(entities)
    return keys | {k ^ 1 for k in entities} | {k ^ 2 for k in title_terms}


def _resolved(merged: dict[str, str], event_id: str) -> str:
    seen = {event_id}
    while event_id in merged and merged[event_id] not in seen:
        event_id = merged[event_id]
        seen.add(event_id)
    return event_id


def _group_row(group: _Group, assigned: dict[str, Assignment]) -> dict[str, Any]:
    """An open group's state row. An event keeps its members (with their scores: a merge moves
    them); a story does not (its members are in the store's story records)."""
    row = _group_state(group)
    if group.parent is None:
        row |= {"kind": "story", "articles": []}
    else:
        row |= {"kind": "event", "scores": [assigned[a].score for a in group.article_ids]}
    return row


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


def _vector_state(vector: Vector) -> list[str]:
    """A sparse vector as the base64 of its keys (int64) and of its values (float64), in
    its order: exact, and far faster to read back than a JSON list of pairs."""
    keys = np.fromiter(vector.keys(), dtype="<i8", count=len(vector))
    values = np.fromiter(vector.values(), dtype="<f8", count=len(vector))
    return [_packed(keys), _packed(values)]


def _vector_from_state(raw: list[Any]) -> Vector:
    """A sparse vector as `_vector_state` wrote it (a list of [key, value] pairs before)."""
    if len(raw) == 2 and isinstance(raw[0], str):
        keys = _unpacked(raw[0], "<i8").tolist()
        values = _unpacked(raw[1], "<f8").tolist()
        return dict(zip(keys, values, strict=True))
    return {int(k): v for k, v in raw}


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
            "happened": centroid.happened,
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
        "happened": profile.happened,
    }


def _profile_from_state(state: dict[str, Any]) -> _Profile:
    return _Profile(
        _vector_from_state(state["title"]),
        _vector_from_state(state["body"]),
        _vector_from_state(state["entities"]),
        _array_from_state(state["embedding"]),
        state["day"],
        state.get("happened"),
    )


def _group_from_state(state: dict[str, Any]) -> _Group:
    raw = state["centroid"]
    centroid = None
    if raw is not None:
        centroid = _Centroid(
            _vector_from_state(raw["title"]),
            _vector_from_state(raw["body"]),
            _vector_from_state(raw["entities"]),
            _array_from_state(raw["embedding"]),
            list(raw["norms"]),
            raw["days"][0],
            raw["days"][1],
            raw["size"],
            [_profile_from_state(m) for m in raw.get("members", ())],
            list(raw["counts"]),
            raw["density"],
            raw.get("happened"),
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


def _packed(array: npt.NDArray[Any]) -> str:
    """An array's bytes as base64 text (for a JSON state)."""
    return base64.b64encode(array.tobytes()).decode("ascii")


def _unpacked(text: str, dtype: str) -> npt.NDArray[Any]:
    return np.frombuffer(base64.b64decode(text), dtype=dtype)


def _array_state(vector: Embedding | None) -> str | None:
    """A vector as the base64 of its float64 bytes: exact, and read back ten times faster
    than a JSON list of floats (restoring the open groups reads thousands of them)."""
    if vector is None:
        return None
    return _packed(np.ascontiguousarray(vector, dtype="<f8"))


def _array_from_state(values: str | list[float] | None) -> Embedding | None:
    """A vector as `_array_state` wrote it (a list of floats in states written before)."""
    if values is None:
        return None
    if isinstance(values, str):
        return _unpacked(values, "<f8").astype(np.float64)
    return np.asarray(values, dtype=np.float64)


def central_title(titles: Sequence[str]) -> str | None:
    """The headline closest to all the others (the most words shared with them on average), so
    a group is named for what most of its articles say, not for whichever arrived first."""
    bags = [set(terms(t)) for t in titles]
    best: tuple[float, int] | None = None
    for i, bag in enumerate(bags):
        if not bag:
            continue
        shared = sum(
            len(bag & other) / len(bag | other) for j, other in enumerate(bags) if j != i and other
        )
        if best is None or shared > best[0]:
            best = (shared, i)
    return titles[best[1]] if best is not None else None
