"""Copies: exact copies, near-duplicates and partial reuse between articles.

`CopyIndex.add(article_id, text)` compares a new article with the ones added before it and
returns `CopyLink`s from it to them:

- "duplicate": the same normalised text (share 1.0), or a near-identical article. Candidates
  come from MinHash LSH (datasketch's MinHash and band sizes) over word 3-grams, which
  survives dense small edits; each is confirmed exactly: most of the new article's words must
  lie in word 5-grams of the candidate, and most of the candidate's 5-grams must be in it.
- "reuse": passages of the new article found in an earlier one, as churnalism detectors do.
  Candidates come from postings of hashed word 5-grams; a passage counts only when it is long
  (`min_passage_words`), so a shared quote or stock phrase is not reuse. `share` is the
  fraction of the new article's words inside such passages.

Order rule: insertion order is time. Of matching articles the earliest added is the original,
so add articles earliest published first, then in the order they were first seen
(`in_original_order` sorts a batch so). Same articles in the same order give the same links.

Scale: the work per article is bounded, never a function of the index size: at most
`max_candidates` candidates from each of postings and LSH are checked, and a 5-gram held by
more than `max_postings` articles (boilerplate, a famous quote) stops counting and stops being
posted. Postings and LSH buckets live in `_Postings`: a dict for recent entries and sorted
numpy runs for the rest (12 bytes an entry, not a Python object each). Only one 5-gram in
`anchor_every` (chosen by hash, so the same in every article) is posted. Each article keeps
its 5-gram set as 32-bit hashes. `window` bounds memory: articles more than `window`
insertions old are forgotten (except their exact text hash), at a cost in recall for copies
of old articles.

Persistence: the index keeps no texts. `Fingerprint.to_bytes()` is what a store keeps per
article; `CopyIndex.restore(article_id, fp)` rebuilds the index from fingerprints in the
original order without looking for links again (the links are stored already). Everything
is deterministic: hashes are blake2b, MinHash permutations use a fixed seed.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH

from newsdesk.config import CopySettings
from newsdesk.model import Article, CopyLink

Hashes = npt.NDArray[np.uint64]
Set32 = npt.NDArray[np.uint32]
Positions = npt.NDArray[np.int64]
Mask = npt.NDArray[np.bool_]

_FINGERPRINT_MAGIC = b"NDC2"
_HEADER = struct.Struct("<4sIIHBB")  # magic, words, shingles, num_perm, shingle k, minhash k
_TEXT_HASH_BYTES = 16
_WORD_CACHE_SIZE = 1 << 19  # distinct words kept hashed; news vocabulary is Zipfian


# --- text to fingerprint -----------------------------------------------------------------

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`\u00b4]")
_WORD = re.compile(r"\w+")
# double quotes only: single ones are too often apostrophes; a quote never spans paragraphs
_QUOTED = re.compile(
    r'"[^"\n]{1,800}"|\u201c[^\u201d\n]{1,800}\u201d|\u00ab[^\u00bb\n]{1,800}\u00bb'
)


def _folded(text: str) -> str:
    return _APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).casefold())


def normalised_words(text: str) -> list[str]:
    """Words with case, punctuation, spacing and quote style ironed out ("Don’t" == "dont")."""
    return _WORD.findall(_folded(text))


def words_and_quotes(text: str) -> tuple[list[str], Mask]:
    """Normalised words, and which of them stand inside double quotation marks."""
    folded = _folded(text)
    words: list[str] = []
    runs: list[int] = []  # word counts, alternately outside and inside quotes
    done = 0
    for quote in _QUOTED.finditer(folded):
        # quotation marks are not word characters: no word straddles a boundary
        for start, end in ((done, quote.start()), (quote.start(), quote.end())):
            part = _WORD.findall(folded, start, end)
            words += part
            runs.append(len(part))
        done = quote.end()
    tail = _WORD.findall(folded, done)
    words += tail
    runs.append(len(tail))
    quoted = np.repeat(np.arange(len(runs)) % 2 == 1, runs)
    return words, quoted


_WORD_HASHES: dict[str, int] = {}


def _word_hashes(words: list[str]) -> Hashes:
    missing = set(words).difference(_WORD_HASHES)
    if len(_WORD_HASHES) + len(missing) > _WORD_CACHE_SIZE:
        _WORD_HASHES.clear()  # a pure function's cache: clearing changes no result
        missing = set(words)
    for word in missing:
        digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
        _WORD_HASHES[word] = int.from_bytes(digest, "little")
    return np.fromiter(map(_WORD_HASHES.__getitem__, words), dtype=np.uint64, count=len(words))


def _mix(values: Hashes) -> Hashes:
    """splitmix64 finaliser: every bit of a shingle hash depends on every word in it."""
    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> np.uint64(27))
    values = values * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def shingle_hashes(word_hashes: Hashes, size: int) -> Hashes:
    """Hashes of every run of `size` consecutive words, in text order (wrapping arithmetic)."""
    count = len(word_hashes) - size + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    combined = np.zeros(count, dtype=np.uint64)
    for offset in range(size):
        combined = combined * np.uint64(0x100000001B3) + word_hashes[offset : offset + count]
    return _mix(combined)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the index needs of one text; `to_bytes()` is what a store keeps per article."""

    text_hash: bytes
    word_count: int
    shingles: Hashes  # word 5-gram hashes in text order
    minhash: npt.NDArray[np.uint32]
    quoted: Mask  # per word: inside quotation marks

    def to_bytes(self, settings: CopySettings) -> bytes:
        header = _HEADER.pack(
            _FINGERPRINT_MAGIC, self.word_count, len(self.shingles), len(self.minhash),
            settings.shingle_words, settings.minhash_words,
        )  # fmt: skip
        minhash = self.minhash.astype("<u4").tobytes()
        shingles = self.shingles.astype("<u8").tobytes()
        return header + self.text_hash + minhash + shingles + np.packbits(self.quoted).tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, settings: CopySettings) -> Fingerprint:
        """Raises ValueError for bytes made with other settings: recompute from the text."""
        magic, words, shingles, perms, size, short = _HEADER.unpack_from(data)
        expected = (_FINGERPRINT_MAGIC, settings.num_perm, settings.shingle_words)
        if (magic, perms, size) != expected or short != settings.minhash_words:
            raise ValueError("fingerprint made with other copy settings; recompute it")
        start = _HEADER.size + _TEXT_HASH_BYTES
        minhash = np.frombuffer(data, dtype="<u4", count=perms, offset=start)
        start += 4 * perms
        hashes = np.frombuffer(data, dtype="<u8", count=shingles, offset=start)
        bits = np.frombuffer(data, dtype=np.uint8, offset=start + 8 * shingles)
        return cls(
            text_hash=data[_HEADER.size : _HEADER.size + _TEXT_HASH_BYTES],
            word_count=words,
            shingles=hashes.astype(np.uint64),
            minhash=minhash.astype(np.uint32),
            quoted=np.unpackbits(bits, count=words).astype(bool),
        )


def fingerprint(text: str, settings: CopySettings) -> Fingerprint:
    words, quoted = words_and_quotes(text)
    hashes = _word_hashes(words)
    text_hash = hashlib.blake2b(" ".join(words).encode(), digest_size=_TEXT_HASH_BYTES).digest()
    short = shingle_hashes(hashes, min(settings.minhash_words, max(len(words), 1)))
    return Fingerprint(
        text_hash=text_hash,
        word_count=len(words),
        shingles=shingle_hashes(hashes, settings.shingle_words),
        minhash=_minhash_values(short, settings),
        quoted=quoted,
    )


_MERSENNE_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)


@cache
def _permutations(num_perm: int, seed: int) -> tuple[Hashes, Hashes]:
    """datasketch's MinHash permutations (drawing them is the slow part of a MinHash)."""
    a, b = MinHash(num_perm, seed).permutations
    return np.asarray(a, dtype=np.uint64), np.asarray(b, dtype=np.uint64)


def _minhash_values(short_shingles: Hashes, settings: CopySettings) -> npt.NDArray[np.uint32]:
    """datasketch's MinHash.update_batch, without building a MinHash per article."""
    if not short_shingles.size:
        return np.full(settings.num_perm, _MAX_HASH, dtype=np.uint32)
    a, b = _permutations(settings.num_perm, settings.seed)
    values = (short_shingles >> np.uint64(32))[:, np.newaxis]  # its permutations want 32 bits
    permuted = (values * a + b) % _MERSENNE_PRIME & _MAX_HASH
    return np.asarray(permuted.min(axis=0), dtype=np.uint32)


def signature(text: str, settings: CopySettings) -> bytes:
    """A compact, deterministic byte string a store can keep instead of re-reading the text."""
    return fingerprint(text, settings).to_bytes(settings)


# --- coverage: which words of the new article lie in passages of an earlier one ---------


def _runs(mask: Mask) -> list[tuple[int, int]]:
    """[start, end) of every run of True."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True))


def covered_words(matched: Mask, shingle_words: int, word_count: int) -> Mask:
    """Words inside at least one matched shingle."""
    starts = np.flatnonzero(matched)
    delta = np.zeros(word_count + 1, dtype=np.int32)
    np.add.at(delta, starts, 1)
    np.add.at(delta, starts + shingle_words, -1)
    return np.cumsum(delta[:-1]) > 0


def long_passages(covered: Mask, blocked: Mask, quoted: Mask, min_words: int, max_gap: int) -> Mask:
    """Covered words in passages with `min_words` unquoted words, bridging gaps of a word or two.

    A gap is bridged only if none of its words is blocked (part of a common shingle), so a
    widely shared line never glues two short matches into one long passage. Quoted words
    belong to a passage but do not make it long: outlets share quotes, not prose.
    """
    kept = np.zeros_like(covered)
    merged: list[list[int]] = []
    for start, end in _runs(covered & ~blocked):
        if merged and start - merged[-1][1] <= max_gap and not blocked[merged[-1][1] : start].any():
            merged[-1][1] = end
        else:
            merged.append([start, end])
    for start, end in merged:
        if (covered[start:end] & ~quoted[start:end]).sum() >= min_words:
            kept[start:end] = True
    return kept & covered & ~blocked


@dataclass(frozen=True, slots=True)
class _Match:
    share: float  # of the new article's words inside any shared 5-gram
    back_share: float  # of the earlier article's 5-grams present in the new one
    covered: Mask  # all covered words
    passages: Mask  # covered words in long, uncommon passages


# --- postings: key -> positions of the articles holding it --------------------------------


_FENCE = 64  # a run keeps every 64th key apart: a small array to search, then one block
_LEVEL_RATIO = 8  # a run is merged into the older one until it is 8 times smaller


@dataclass(frozen=True, slots=True)
class _Run:
    """Sorted keys with their positions; positions ascend within a key."""

    keys: Hashes
    positions: npt.NDArray[np.uint32]
    fences: Hashes  # keys[::_FENCE]
    last: int  # the largest position held


@dataclass(frozen=True, slots=True)
class _Found:
    counts: Positions  # per queried key: how many articles hold it
    keys: Positions  # per hit: the index of the queried key
    positions: Positions  # per hit: the article holding it


class _Postings:
    """An append-only multimap, compact and equally fast at a million articles.

    Recent entries sit in dicts; every `flush_at` entries they become a sorted numpy run
    (12 bytes an entry instead of Python objects). A run is merged into the older one before
    it until it is `_LEVEL_RATIO` times smaller, so there are a handful of runs (log base 8)
    and each entry is copied O(log n) times: nothing quadratic. A key is found in a run by
    searching its small fence array, then reading one 64-key block: a few cache misses,
    however large the run. Runs are ordered by age, so the window drops old ones whole and
    merges leave out positions it has forgotten.
    """

    def __init__(self, flush_at: int = 1 << 16) -> None:
        self._recent: dict[int, int] = {}  # key -> its first position since the last flush
        self._recent_more: dict[int, list[int]] = {}  # key -> its later positions
        self._recent_entries = 0
        self._runs: list[_Run] = []  # oldest first
        self._flush_at = flush_at
        self._forgotten = 0  # positions below this are outside the window

    def __len__(self) -> int:
        return self._recent_entries + sum(run.keys.size for run in self._runs)

    def nbytes(self) -> int:
        return sum(run.keys.nbytes + run.positions.nbytes for run in self._runs)

    def add(self, keys: list[int], position: int) -> None:
        """Post `position` under each key (the keys of one call are distinct)."""
        clash = self._recent.keys() & keys
        for key in clash:
            self._recent_more.setdefault(key, []).append(position)
        fresh = [key for key in keys if key not in clash] if clash else keys
        self._recent.update(dict.fromkeys(fresh, position))
        self._recent_entries += len(keys)
        if self._recent_entries >= self._flush_at:
            self._flush()

    def lookup(self, keys: Hashes, limit: int) -> _Found:
        """Counts of every key, and up to `limit` of its oldest positions in each run."""
        counts = np.zeros(len(keys), dtype=np.int64)
        key_parts: list[Positions] = []
        position_parts: list[Positions] = []
        for run in self._runs:
            low, high = _bounds(run, keys)
            counts += high - low
            taken = np.minimum(high - low, limit)
            if taken.any():
                key_parts.append(np.repeat(np.arange(len(keys)), taken))
                position_parts.append(run.positions[_ranges(low, taken)].astype(np.int64))
        self._lookup_recent(keys, limit, counts, key_parts, position_parts)
        return _Found(counts, _joined(key_parts), _joined(position_parts))

    def _lookup_recent(
        self,
        keys: Hashes,
        limit: int,
        counts: Positions,
        key_parts: list[Positions],
        position_parts: list[Positions],
    ) -> None:
        key_list = keys.tolist()
        for number, first in enumerate(map(self._recent.get, key_list)):
            if first is None:
                continue
            held = [first, *self._recent_more.get(key_list[number], ())]
            counts[number] += len(held)
            key_parts.append(np.full(min(len(held), limit), number, dtype=np.int64))
            position_parts.append(np.asarray(held[:limit], dtype=np.int64))

    def drop_before(self, position: int) -> None:
        """Forget positions older than `position` (whole runs now, the rest when merged)."""
        self._forgotten = position
        if self._runs and self._runs[0].last < position:
            self._runs = [run for run in self._runs if run.last >= position]

    def _flush(self) -> None:
        more = self._recent_more.items()
        extra = sum(len(held) for held in self._recent_more.values())
        keys = np.concatenate(
            [
                np.fromiter(self._recent.keys(), np.uint64, len(self._recent)),
                np.fromiter((key for key, held in more for _ in held), np.uint64, extra),
            ]
        )
        positions = np.concatenate(
            [
                np.fromiter(self._recent.values(), np.uint32, len(self._recent)),
                np.fromiter(
                    (p for held in self._recent_more.values() for p in held), np.uint32, extra
                ),
            ]
        )
        self._recent, self._recent_more, self._recent_entries = {}, {}, 0
        order = np.argsort(keys, kind="stable")  # the later positions of a key stay after
        self._runs.append(_run(keys[order], positions[order]))
        while len(self._runs) > 1 and (
            self._runs[-1].keys.size * _LEVEL_RATIO >= self._runs[-2].keys.size
        ):
            newer = self._runs.pop()
            self._runs[-1] = _merged(self._runs[-1], newer, self._forgotten)


def _run(keys: Hashes, positions: npt.NDArray[np.uint32]) -> _Run:
    last = int(positions.max()) if positions.size else -1
    return _Run(keys, positions, keys[::_FENCE].copy(), last)


def _bounds(run: _Run, keys: Hashes) -> tuple[Positions, Positions]:
    """[low, high) of every key in the run, reading the one block where each key would sit."""
    block = np.maximum(np.searchsorted(run.fences, keys, side="left") - 1, 0)
    where = block[:, np.newaxis] * _FENCE + np.arange(_FENCE)
    inside = where < run.keys.size
    values = run.keys[np.minimum(where, run.keys.size - 1)]
    low = block * _FENCE + (inside & (values < keys[:, np.newaxis])).sum(axis=1)
    high = block * _FENCE + (inside & (values <= keys[:, np.newaxis])).sum(axis=1)
    # a key filling its block to the end may go on in the next: search those exactly
    longer = (high - block * _FENCE == _FENCE) & (high < run.keys.size)
    if longer.any():
        high[longer] = np.searchsorted(run.keys, keys[longer], side="right")
    return low, high


def _merged(older: _Run, newer: _Run, forgotten: int) -> _Run:
    """Two sorted runs as one; newer entries go after equal older keys (positions ascend)."""
    total = older.keys.size + newer.keys.size
    slots = np.searchsorted(older.keys, newer.keys, side="right") + np.arange(newer.keys.size)
    from_older = np.ones(total, dtype=bool)
    from_older[slots] = False
    keys = np.empty(total, dtype=np.uint64)
    positions = np.empty(total, dtype=np.uint32)
    keys[slots], positions[slots] = newer.keys, newer.positions
    keys[from_older], positions[from_older] = older.keys, older.positions
    if forgotten and older.positions.size and older.positions.min() < forgotten:
        kept = positions >= forgotten  # outside the window: never asked for again
        keys, positions = keys[kept], positions[kept]
    return _run(keys, positions)


def _ranges(starts: Positions, lengths: Positions) -> Positions:
    """Concatenated ranges [start, start + length) as one index array."""
    ends = np.cumsum(lengths)
    return np.repeat(starts - (ends - lengths), lengths) + np.arange(int(ends[-1]))


def _joined(parts: list[Positions]) -> Positions:
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


# --- the index -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Probe:
    """What the index already holds of a new article's anchors."""

    anchors: Hashes  # its posted 5-grams, unique
    common: Hashes  # those in more than max_postings articles: boilerplate, not evidence
    hits: dict[int, int]  # earlier article position -> uncommon anchors it shares


class CopyIndex:
    """Incremental copy detector; add articles in the order they arrived (see the order rule)."""

    def __init__(self, settings: CopySettings) -> None:
        self.settings = settings
        self._ids: list[str] = []  # indexed articles, by insertion position
        self._shingle_sets: list[Set32] = []  # sorted unique 5-gram hashes, 32 bits
        self._first_with_text: dict[int, int] = {}  # text hash -> position
        self._known: set[str] = set()
        self._anchors = _Postings()
        self._buckets = _Postings()  # LSH band hash -> positions
        self._bands, self._rows = _lsh_shape(settings.lsh_threshold, settings.num_perm)

    def __len__(self) -> int:
        return len(self._known)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._known

    def add(self, article_id: str, text: str) -> list[CopyLink]:
        """Links from this article to earlier ones it copies (an id seen before gives [])."""
        return self.add_fingerprint(article_id, fingerprint(text, self.settings))

    def add_signature(self, article_id: str, data: bytes) -> list[CopyLink]:
        return self.add_fingerprint(article_id, Fingerprint.from_bytes(data, self.settings))

    def add_fingerprint(self, article_id: str, fp: Fingerprint) -> list[CopyLink]:
        if article_id in self._known or not self._admit(article_id, fp):
            return []
        original = self._first_with_text.get(_text_key(fp))
        if original is not None:
            return [CopyLink(article_id, self._ids[original], "duplicate", 1.0)]
        unique = np.unique(fp.shingles)
        probe = self._probe(unique)
        links = self._links(article_id, fp, unique, probe)
        self._index(article_id, fp, unique, probe)
        return links

    def restore(self, article_id: str, fp: Fingerprint) -> None:
        """Index a stored article without looking for its links (they are stored already).

        Restoring every article in the original order gives the same index as adding them.
        """
        if article_id in self._known or not self._admit(article_id, fp):
            return
        if _text_key(fp) not in self._first_with_text:
            unique = np.unique(fp.shingles)
            self._index(article_id, fp, unique, self._probe(unique, with_hits=False))

    def memory_bytes(self) -> int:
        """Bytes held in numpy arrays (runs and 5-gram sets); Python objects come on top."""
        sets = sum(s.nbytes for s in self._shingle_sets)
        return sets + self._anchors.nbytes() + self._buckets.nbytes()

    def _admit(self, article_id: str, fp: Fingerprint) -> bool:
        """Remember the id; False when there is nothing to compare (empty texts copy nothing)."""
        self._known.add(article_id)
        return fp.word_count > 0

    # -- finding links

    def _links(
        self, article_id: str, fp: Fingerprint, unique: Hashes, probe: _Probe
    ) -> list[CopyLink]:
        """Check candidates oldest first, so the earliest article gets credit for a passage."""
        blocked = self._blocked_words(fp, probe.common)
        unique32 = _upper(unique)
        new32 = _upper(fp.shingles)
        explained = np.zeros(fp.word_count, dtype=bool)
        links: list[CopyLink] = []
        for position in self._candidates(fp, probe):
            match = self._match(fp, new32, unique32, position, blocked)
            if match is None:
                continue
            link = self._judge(article_id, position, match, explained, links)
            if link is not None:
                links.append(link)
        return links

    def _judge(
        self,
        article_id: str,
        position: int,
        match: _Match,
        explained: Mask,
        links: Sequence[CopyLink],
    ) -> CopyLink | None:
        """A link to the earlier article, or None; marks the words it explains."""
        source = self._ids[position]
        if self._is_duplicate(match):
            if any(link.kind == "duplicate" for link in links):
                return None  # an earlier article already is the original
            explained |= match.covered
            return CopyLink(article_id, source, "duplicate", round(match.share, 4))
        new_words = int((match.passages & ~explained).sum())
        if new_words < self._least_reused(len(explained)):
            return None  # nothing an earlier source has not explained already
        explained |= match.passages
        share = float(match.passages.mean())
        return CopyLink(article_id, source, "reuse", round(share, 4))

    def _least_reused(self, words: int) -> float:
        """Words a reuse needs: a share of the article, or a few whole paragraphs in a long one."""
        return min(self.settings.reuse_share * words, self.settings.reuse_min_words)

    def _is_duplicate(self, match: _Match) -> bool:
        settings = self.settings
        near = (
            match.share >= settings.duplicate_share
            and match.back_share >= settings.duplicate_back_share
        )
        contained = (
            match.share >= settings.contained_share
            and match.back_share >= settings.contained_back_share
        )
        return near or contained

    def _match(
        self, fp: Fingerprint, new32: Set32, unique32: Set32, position: int, blocked: Mask
    ) -> _Match | None:
        """How the new article overlaps an earlier one (None: too little to be either kind)."""
        earlier = self._shingle_sets[position]
        matched = _contains(earlier, new32)
        if matched.sum() < self._least_reused(len(matched)):
            return None  # cheap exit: neither a duplicate nor reuse above the threshold
        covered = covered_words(matched, self.settings.shingle_words, fp.word_count)
        passages = long_passages(
            covered, blocked, fp.quoted, self.settings.min_passage_words,
            self.settings.max_gap_words,
        )  # fmt: skip
        # boilerplate known to be everywhere neither makes nor breaks a duplicate
        counted = fp.word_count - int((blocked & ~covered).sum())
        share = min(1.0, float(covered.sum()) / max(counted, 1))
        back = int(_contains(earlier, unique32).sum()) / max(earlier.size, 1)
        return _Match(share, back, covered, passages)

    def _blocked_words(self, fp: Fingerprint, common: Hashes) -> Mask:
        if not common.size:
            return np.zeros(fp.word_count, dtype=bool)
        is_common = np.isin(fp.shingles, common)
        return covered_words(is_common, self.settings.shingle_words, fp.word_count)

    def _probe(self, unique: Hashes, with_hits: bool = True) -> _Probe:
        every = np.uint64(self.settings.anchor_every)
        anchors = unique[unique % every == 0]
        cap = self.settings.max_postings
        found = self._anchors.lookup(anchors, cap + 1)
        common = anchors[found.counts > cap]
        hits: dict[int, int] = {}
        if with_hits:
            evidence = found.positions[found.counts[found.keys] <= cap]
            evidence = evidence[evidence >= self._oldest()]
            held, counts = np.unique(evidence, return_counts=True)
            hits = dict(zip(held.tolist(), counts.tolist(), strict=True))
        return _Probe(anchors, common, hits)

    def _candidates(self, fp: Fingerprint, probe: _Probe) -> list[int]:
        limit, least = self.settings.max_candidates, self.settings.min_anchor_hits
        strong = [position for position, count in probe.hits.items() if count >= least]
        by_postings = sorted(strong, key=lambda position: (-probe.hits[position], position))
        return sorted(set(by_postings[:limit]) | set(self._similar(fp)))

    def _similar(self, fp: Fingerprint) -> list[int]:
        """LSH candidates: articles sharing a band of MinHash values, oldest first."""
        if not fp.shingles.size:
            return []
        keys = _band_keys(fp.minhash, self._bands, self._rows)
        limit = self.settings.max_candidates
        found = self._buckets.lookup(keys, limit)
        held = np.unique(found.positions)
        return held[held >= self._oldest()][:limit].tolist()

    def _oldest(self) -> int:
        """The first position still inside the window."""
        window = self.settings.window
        return max(0, len(self._ids) - window) if window else 0

    # -- indexing

    def _index(self, article_id: str, fp: Fingerprint, unique: Hashes, probe: _Probe) -> None:
        position = len(self._ids)
        self._ids.append(article_id)
        self._shingle_sets.append(np.unique(_upper(unique)))
        self._first_with_text[_text_key(fp)] = position
        self._anchors.add(np.setdiff1d(probe.anchors, probe.common).tolist(), position)
        if unique.size:
            self._post_bands(fp, position)
        self._forget_old()

    def _post_bands(self, fp: Fingerprint, position: int) -> None:
        keys = _band_keys(fp.minhash, self._bands, self._rows)
        crowded = self._buckets.lookup(keys, 0).counts > self.settings.max_postings
        self._buckets.add(keys[~crowded].tolist(), position)  # a crowded bucket answers anyway

    def _forget_old(self) -> None:
        oldest = self._oldest()
        if oldest:
            self._shingle_sets[oldest - 1] = _NO_SHINGLES
            self._anchors.drop_before(oldest)
            self._buckets.drop_before(oldest)


_NO_SHINGLES: Set32 = np.zeros(0, dtype=np.uint32)


def _text_key(fp: Fingerprint) -> int:
    return int.from_bytes(fp.text_hash[:8], "little")


def _upper(hashes: Hashes) -> Set32:
    """The upper 32 bits: enough to compare two articles' 5-grams, at half the memory."""
    return (hashes >> np.uint64(32)).astype(np.uint32)


@cache
def _lsh_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows that datasketch's LSH would choose for this threshold."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def _band_keys(minhash: npt.NDArray[np.uint32], bands: int, rows: int) -> Hashes:
    """One hash per LSH band; the band number is mixed in so bands never share a bucket."""
    values = minhash[: bands * rows].astype(np.uint64).reshape(bands, rows)
    keys = np.arange(bands, dtype=np.uint64)
    for column in range(rows):
        keys = keys * np.uint64(0x100000001B3) + values[:, column]
    return _mix(keys)


def _contains(sorted_unique: Set32, values: Set32) -> Mask:
    """Which values occur in a sorted array (much faster than np.isin for small arrays)."""
    if not sorted_unique.size:
        return np.zeros(len(values), dtype=bool)
    places = np.minimum(np.searchsorted(sorted_unique, values), sorted_unique.size - 1)
    return np.asarray(sorted_unique[places] == values)


def duplicate_of(links: Iterable[CopyLink]) -> str | None:
    """The article a copy should point to: its first (earliest) duplicate link's source."""
    return next((link.source_id for link in links if link.kind == "duplicate"), None)


def in_original_order(articles: Iterable[Article]) -> list[Article]:
    """Articles in the order the index wants them: earliest published first, then as given.

    Undated articles follow the dated ones; the sort is stable, so ties keep arrival order.
    """
    return sorted(
        articles, key=lambda article: (article.published is None, article.published or "")
    )
