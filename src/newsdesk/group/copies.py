"""Copies: exact copies, near-duplicates and partial reuse between articles.

`CopyIndex.add(article_id, text)` compares a new article with the ones added before it and
returns `CopyLink`s from it to them:

- "duplicate": the same normalised text (share 1.0), or a near-identical article. Candidates
  come from MinHash LSH (datasketch) over word 3-grams, which survives dense small edits; each
  is confirmed exactly: most of the new article's words must lie in word 5-grams of the
  candidate, and most of the candidate's 5-grams must be in the new article.
- "reuse": passages of the new article found in an earlier one, as churnalism detectors do.
  Candidates come from an inverted index of hashed word 5-grams; a passage counts only when it
  is long (`min_passage_words`), so a shared quote or stock phrase is not reuse. `share` is
  the fraction of the new article's words inside such passages.

It is never quadratic: only LSH buckets and postings give candidates, at most
`max_candidates` of each are checked, and a shingle seen in more than `max_postings`
articles (boilerplate, a widely quoted line) stops being indexed and stops counting as reuse.
Only one shingle in `anchor_every` (chosen by hash, so the same in every article) is
indexed, which keeps postings small while a long passage still holds several anchors.

The index keeps no texts: `signature(text)` is a compact byte string (text hash, MinHash,
shingle hashes) that a store can keep, `CopyIndex.add_signature` accepts it, and
`CopyIndex.state()` / `CopyIndex.from_state()` persist the whole index as JSON-ready data.
Everything is deterministic: hashes are blake2b, MinHash permutations use a fixed seed.
"""

from __future__ import annotations

import base64
import hashlib
import re
import struct
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from datasketch import LeanMinHash, MinHash, MinHashLSH

from newsdesk.model import CopyLink

Hashes = npt.NDArray[np.uint64]
Mask = npt.NDArray[np.bool_]

STATE_FORMAT = "newsdesk-copies/1"
_SIGNATURE_MAGIC = b"NDC1"
_HEADER = struct.Struct("<4sIIHBB")  # magic, words, shingles, num_perm, shingle k, minhash k
_TEXT_HASH_BYTES = 16


@dataclass(frozen=True, slots=True)
class CopySettings:
    """Tuning of the copy detector (kept here until config.py grows a [copies] section)."""

    shingle_words: int = 5  # passage shingles: stored, indexed, used to confirm
    minhash_words: int = 3  # LSH shingles: short, so a typo every few words still matches
    num_perm: int = 64
    lsh_threshold: float = 0.5  # estimated 3-gram Jaccard that makes an LSH candidate
    seed: int = 1
    anchor_every: int = 4  # index one 5-gram in this many (a 25-word passage holds ~5)
    max_postings: int = 50  # a 5-gram in more articles than this is common, not evidence
    max_candidates: int = 30  # per source (postings, LSH): bounds the work per article
    min_anchor_hits: int = 2  # one shared 5-gram is chance; a long passage holds several
    # a duplicate: most of the new article's words lie in the source (an excerpt counts:
    # it adds nothing of its own) ...
    duplicate_share: float = 0.75
    duplicate_back_share: float = 0.3  # ... and a fair part of the source is in it
    # or: nearly all of the source is in the new article, which adds a little around it
    contained_share: float = 0.6
    contained_back_share: float = 0.9
    reuse_share: float = 0.2  # share of new words, in long passages, to report reuse
    min_passage_words: int = 25  # unquoted words a passage needs: shared quotes are no reuse
    max_gap_words: int = 2  # a changed word or two does not split a passage


DEFAULT_SETTINGS = CopySettings()


# --- text to signature -----------------------------------------------------------------

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
    matches = list(_WORD.finditer(folded))
    inside = np.zeros(len(folded) + 1, dtype=np.int32)
    for quote in _QUOTED.finditer(folded):
        inside[quote.start()] += 1
        inside[quote.end()] -= 1
    quoted_chars = np.cumsum(inside) > 0
    quoted = np.fromiter((quoted_chars[m.start()] for m in matches), dtype=bool, count=len(matches))
    return [m.group() for m in matches], quoted


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


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
    """What the index needs of one text (the decoded form of a signature)."""

    text_hash: bytes
    word_count: int
    shingles: Hashes  # word 5-gram hashes in text order
    minhash: npt.NDArray[np.uint32]
    quoted: Mask  # per word: inside quotation marks


def fingerprint(text: str, settings: CopySettings = DEFAULT_SETTINGS) -> Fingerprint:
    words, quoted = words_and_quotes(text)
    by_word = {word: _word_hash(word) for word in set(words)}
    hashes = np.fromiter((by_word[w] for w in words), dtype=np.uint64, count=len(words))
    text_hash = hashlib.blake2b(" ".join(words).encode(), digest_size=_TEXT_HASH_BYTES).digest()
    short = shingle_hashes(hashes, min(settings.minhash_words, max(len(words), 1)))
    return Fingerprint(
        text_hash=text_hash,
        word_count=len(words),
        shingles=shingle_hashes(hashes, settings.shingle_words),
        minhash=_minhash_values(short, settings),
        quoted=quoted,
    )


_PERMUTATIONS: dict[tuple[int, int], Any] = {}


def _new_minhash(settings: CopySettings, values: Iterable[int] | None = None) -> MinHash:
    key = (settings.num_perm, settings.seed)
    if key not in _PERMUTATIONS:  # drawing permutations is the slow part of a MinHash
        _PERMUTATIONS[key] = MinHash(settings.num_perm, settings.seed).permutations
    return MinHash(
        settings.num_perm, settings.seed, hashfunc=int, hashvalues=values,
        permutations=_PERMUTATIONS[key],
    )  # fmt: skip


def _minhash_values(short_shingles: Hashes, settings: CopySettings) -> npt.NDArray[np.uint32]:
    minhash = _new_minhash(settings)
    # datasketch's permutations expect 32-bit input hashes
    minhash.update_batch((short_shingles >> np.uint64(32)).tolist())
    return np.asarray(minhash.hashvalues, dtype=np.uint32)


def pack_fingerprint(fp: Fingerprint, settings: CopySettings = DEFAULT_SETTINGS) -> bytes:
    header = _HEADER.pack(
        _SIGNATURE_MAGIC, fp.word_count, len(fp.shingles), len(fp.minhash),
        settings.shingle_words, settings.minhash_words,
    )  # fmt: skip
    minhash = fp.minhash.astype("<u4").tobytes()
    quoted = np.packbits(fp.quoted).tobytes()
    return header + fp.text_hash + minhash + fp.shingles.astype("<u8").tobytes() + quoted


def unpack_signature(data: bytes, settings: CopySettings = DEFAULT_SETTINGS) -> Fingerprint:
    magic, words, shingles, perms, size, short = _HEADER.unpack_from(data)
    expected = (_SIGNATURE_MAGIC, settings.num_perm, settings.shingle_words)
    if (magic, perms, size) != expected or short != settings.minhash_words:
        raise ValueError("signature made with other copy settings; recompute it from the text")
    start = _HEADER.size
    text_hash = data[start : start + _TEXT_HASH_BYTES]
    start += _TEXT_HASH_BYTES
    minhash = np.frombuffer(data, dtype="<u4", count=perms, offset=start)
    start += 4 * perms
    hashes = np.frombuffer(data, dtype="<u8", count=shingles, offset=start)
    start += 8 * shingles
    quoted = np.unpackbits(np.frombuffer(data, dtype=np.uint8, offset=start), count=words)
    return Fingerprint(
        text_hash, words, hashes.astype(np.uint64), minhash.astype(np.uint32), quoted.astype(bool)
    )


def signature(text: str, settings: CopySettings = DEFAULT_SETTINGS) -> bytes:
    """A compact, deterministic byte string a store can keep instead of re-reading the text."""
    return pack_fingerprint(fingerprint(text, settings), settings)


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


# --- the index -------------------------------------------------------------------------


class CopyIndex:
    """Incremental copy detector; add articles in the order they arrived."""

    def __init__(self, settings: CopySettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings
        self._ids: list[str] = []  # indexed articles, by insertion position
        self._shingle_sets: list[Hashes] = []  # sorted unique 5-gram hashes
        self._minhashes: list[npt.NDArray[np.uint32]] = []
        self._text_hashes: list[bytes] = []
        self._first_with_text: dict[bytes, int] = {}
        self._copies: dict[str, bytes] = {}  # exact copies: id -> text hash (not indexed)
        self._known: set[str] = set()
        self._postings: dict[int, list[int]] = {}
        self._common: set[int] = set()
        self._lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.num_perm)

    def __len__(self) -> int:
        return len(self._known)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._known

    def add(self, article_id: str, text: str) -> list[CopyLink]:
        """Links from this article to earlier ones it copies (an id seen before gives [])."""
        return self.add_fingerprint(article_id, fingerprint(text, self.settings))

    def add_signature(self, article_id: str, data: bytes) -> list[CopyLink]:
        return self.add_fingerprint(article_id, unpack_signature(data, self.settings))

    def add_fingerprint(self, article_id: str, fp: Fingerprint) -> list[CopyLink]:
        if article_id in self._known:
            return []
        self._known.add(article_id)
        if fp.word_count == 0:
            return []  # nothing to compare; empty texts are not copies of each other
        original = self._first_with_text.get(fp.text_hash)
        if original is not None:
            self._copies[article_id] = fp.text_hash
            return [CopyLink(article_id, self._ids[original], "duplicate", 1.0)]
        links = self._links(article_id, fp)
        self._index(article_id, fp.text_hash, fp.minhash, np.unique(fp.shingles))
        return links

    # -- finding links

    def _links(self, article_id: str, fp: Fingerprint) -> list[CopyLink]:
        """Check candidates oldest first, so the earliest article gets credit for a passage."""
        blocked = self._common_words(fp)
        unique = np.unique(fp.shingles)
        explained = np.zeros(fp.word_count, dtype=bool)
        links: list[CopyLink] = []
        for position in self._candidates(fp, unique):
            match = self._match(fp, unique, position, blocked)
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
        if new_words < self.settings.reuse_share * len(explained):
            return None  # nothing an earlier source has not explained already
        explained |= match.passages
        share = float(match.passages.mean())
        return CopyLink(article_id, source, "reuse", round(share, 4))

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
        self, fp: Fingerprint, unique: Hashes, position: int, blocked: Mask
    ) -> _Match | None:
        """How the new article overlaps an earlier one (None: too little to be either kind)."""
        earlier = self._shingle_sets[position]
        matched = _contains(earlier, fp.shingles)
        if matched.sum() < self.settings.reuse_share * len(matched):
            return None  # cheap exit: neither a duplicate nor reuse above the threshold
        covered = covered_words(matched, self.settings.shingle_words, fp.word_count)
        passages = long_passages(
            covered, blocked, fp.quoted, self.settings.min_passage_words,
            self.settings.max_gap_words,
        )  # fmt: skip
        # boilerplate known to be everywhere neither makes nor breaks a duplicate
        counted = fp.word_count - int((blocked & ~covered).sum())
        share = min(1.0, float(covered.sum()) / max(counted, 1))
        back = int(_contains(earlier, unique).sum()) / max(earlier.size, 1)
        return _Match(share, back, covered, passages)

    def _common_words(self, fp: Fingerprint) -> Mask:
        common = np.fromiter(
            (h in self._common for h in fp.shingles.tolist()), dtype=bool, count=len(fp.shingles)
        )
        return covered_words(common, self.settings.shingle_words, fp.word_count)

    def _candidates(self, fp: Fingerprint, unique: Hashes) -> list[int]:
        hits: Counter[int] = Counter()
        for anchor in self._anchors(unique):
            hits.update(self._postings.get(anchor, ()))
        limit, least = self.settings.max_candidates, self.settings.min_anchor_hits
        strong = [position for position, count in hits.items() if count >= least]
        by_postings = sorted(strong, key=lambda position: (-hits[position], position))[:limit]
        by_lsh: list[int] = []
        if fp.shingles.size:
            by_lsh = sorted(self._lsh.query(_lean(fp.minhash, self.settings)))[:limit]
        return sorted(set(by_postings) | set(by_lsh))

    def _anchors(self, unique_shingles: Hashes) -> list[int]:
        every = np.uint64(self.settings.anchor_every)
        return unique_shingles[unique_shingles % every == 0].tolist()

    # -- indexing

    def _index(
        self, article_id: str, text_hash: bytes, minhash: npt.NDArray[np.uint32], shingles: Hashes
    ) -> None:
        position = len(self._ids)
        self._ids.append(article_id)
        self._shingle_sets.append(shingles)
        self._minhashes.append(minhash)
        self._text_hashes.append(text_hash)
        self._first_with_text[text_hash] = position
        for anchor in self._anchors(shingles):
            self._post(anchor, position)
        if shingles.size:
            self._lsh.insert(position, _lean(minhash, self.settings))

    def _post(self, anchor: int, position: int) -> None:
        if anchor in self._common:
            return
        posting = self._postings.setdefault(anchor, [])
        posting.append(position)
        if len(posting) > self.settings.max_postings:
            del self._postings[anchor]  # boilerplate or a famous quote: no longer evidence
            self._common.add(anchor)

    # -- persistence

    def state(self) -> dict[str, Any]:
        """Everything needed to rebuild the index, as JSON-ready data (no texts)."""
        indexed = [
            _article_state(*article)
            for article in zip(
                self._ids, self._text_hashes, self._minhashes, self._shingle_sets, strict=True
            )
        ]
        copies = [{"id": i, "hash": h.hex()} for i, h in self._copies.items()]
        empty = sorted(self._known - set(self._ids) - set(self._copies))
        return {
            "format": STATE_FORMAT,
            "settings": asdict(self.settings),
            "articles": indexed,
            "copies": copies,
            "empty": empty,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> CopyIndex:
        if state.get("format") != STATE_FORMAT:
            raise ValueError(f"not a copy index state ({STATE_FORMAT!r} expected)")
        index = cls(CopySettings(**state["settings"]))
        for article in state["articles"]:
            index._known.add(article["id"])
            index._index(article["id"], *_decode_article(article))
        for copy in state["copies"]:
            index._known.add(copy["id"])
            index._copies[copy["id"]] = bytes.fromhex(copy["hash"])
        index._known.update(state["empty"])
        return index


def _article_state(
    article_id: str, text_hash: bytes, minhash: npt.NDArray[np.uint32], shingles: Hashes
) -> dict[str, str]:
    return {
        "id": article_id,
        "hash": text_hash.hex(),
        "minhash": base64.b64encode(minhash.astype("<u4").tobytes()).decode(),
        "shingles": base64.b64encode(shingles.astype("<u8").tobytes()).decode(),
    }


def _decode_article(article: dict[str, Any]) -> tuple[bytes, npt.NDArray[np.uint32], Hashes]:
    text_hash = bytes.fromhex(article["hash"])
    minhash = np.frombuffer(base64.b64decode(article["minhash"]), dtype="<u4").astype(np.uint32)
    shingles = np.frombuffer(base64.b64decode(article["shingles"]), dtype="<u8")
    return text_hash, minhash, shingles.astype(np.uint64)


def _contains(sorted_unique: Hashes, values: Hashes) -> Mask:
    """Which values occur in a sorted array (much faster than np.isin for small arrays)."""
    if not sorted_unique.size:
        return np.zeros(len(values), dtype=bool)
    places = np.minimum(np.searchsorted(sorted_unique, values), sorted_unique.size - 1)
    return np.asarray(sorted_unique[places] == values)


def _lean(values: npt.NDArray[np.uint32], settings: CopySettings) -> LeanMinHash:
    return LeanMinHash(_new_minhash(settings, values.astype(np.uint64)))


def duplicate_of(links: Iterable[CopyLink]) -> str | None:
    """The article a copy should point to: its first (earliest) duplicate link's source."""
    return next((link.source_id for link in links if link.kind == "duplicate"), None)
