"""Off-topic: unrelated stories appended after an article (site teasers, "more news" runs).

News pages often append the openings of other stories after the article. They read like story
paragraphs, so line rules miss them; what gives them away is how they relate to the article:

- overlap: the IDF-weighted share of a block's content words found in the article's core (the
  first half of its paragraphs, menu lines aside), IDF over the page's own blocks, plus the
  capitalised names it shares with the core and with the story above it;
- shape: a teaser's ALL-CAPS lead-in ("TOPIC WORDS: ...") and truncation (a long block that
  stops mid-sentence; a wire credit or trailer after the last sentence is not a cut);
- reference: a paragraph opening with a pronoun, connective or quotation refers back to the
  story, and never opens a run;
- position and contiguity: an appended run opens on strong evidence after the lead and runs to
  the end of the story blocks; every block after the opener must stand apart from the story
  above it (few shared words, no shared names) unless teaser-shaped or cut off, so a
  paragraph in the middle of the story, followed by more story, is never taken.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.gazetteer import load_gazetteer

# A teaser's lead-in: two or more ALL-CAPS words, then a colon ("SECOND SPEECH: ...").
TEASER_LEAD_IN = re.compile(r"^[A-Z][A-Z0-9'’&.\-]+(?:\s+[A-Z0-9][A-Z0-9'’&.\-]*)+\s*:\s")
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# A paragraph opening with a pronoun, a connective or a quotation goes on with the story
# before it ("He was ...", "But ...", "\"We will ...\""): an appended story opens on its own.
CONTINUATION = re.compile(
    r"^(?:[\"“”‘'«„]|(?:He|She|It|They|His|Her|Its|Their|Him|Them|This|These|That|Those|But|And"
    r"|However|Also|Meanwhile|Still|Yet|So|Instead|Besides|Moreover|Earlier|Later)\b)"
)
PRONOUNS = frozenset(["he", "she", "his", "her", "him", "they", "them", "their"])
# A wire credit closes the story: "... (Reporting by Jane Doe; Editing by Tom Reed)".
# So does a short trailer after the last sentence: "... sounded. - Sapa", "... talks. afp/slj".
CLOSED = re.compile(
    r"[.!?…。！？][\"'”’“»«›)\]」』）]*(?:\s+[-–—]?\s*\S{1,40}(?:\s\S{1,20})?)?$|\([^()]{2,200}\)$"
)

# Blocks shorter than this are sub-headings or one-line quotes: never the start of a run.
MIN_RUN_START_WORDS = 25
# The lead paragraphs are always the article: a run never starts among them.
MIN_CORE_BLOCKS = 3
# A paragraph of the core has this many words: menu items and sub-headings kept in the main
# text ("Football", "Cricket") say nothing about what the article is about.
MIN_CORE_WORDS = 12
# Inside a run, a block this dissimilar to the core (a multiple of the setting) stays in the run.
RUN_MEMBER_FACTOR = 2.5

# Function words and news filler ("said", weekdays): shared by any two stories.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "said",
        "says",
        "say",
        "told",
        "according",
        "yesterday",
        "today",
        "thursday",
        "wednesday",
        "tuesday",
        "monday",
        "friday",
        "saturday",
        "sunday",
        "week",
        "weeks",
        "year",
        "years",
        "new",
        "one",
        "two",
        "three",
        "first",
        "last",
        "may",
        "might",
        "must",
        "shall",
    ]
)


@dataclass(frozen=True, slots=True)
class BlockEvidence:
    """What one story block shows about belonging to the article."""

    overlap: float  # IDF-weighted share of its content words found in the article's core
    shared_names: int  # capitalised names it shares with the core
    teaser: bool  # starts with an ALL-CAPS "TOPIC WORDS:" lead-in
    truncated: bool  # long, and stops without sentence-final punctuation
    words: int
    continuation: bool = False  # opens with a pronoun, connective or quotation


def find_offtopic(
    texts: list[str], max_similarity: float, max_run_share: float = math.inf
) -> dict[int, str]:
    """Indices of the trailing blocks that are appended unrelated stories, with reasons.

    `texts` are the page's story blocks in order (sub-headings included, boilerplate not).
    A run longer than `max_run_share` times the story above it is not taken: a page whose
    tail outweighs its head is a page of several posts (a blog's front page), not a story
    with teasers glued on.
    """
    evidence = gather_evidence(texts)
    start = _run_start(texts, evidence, max_similarity)
    if start is None:
        return {}
    above, run = (sum(e.words for e in part) for part in (evidence[:start], evidence[start:]))
    if run > max_run_share * above:
        return {}
    return {i: _reason(evidence[i], i == start) for i in range(start, len(texts))}


def gather_evidence(texts: list[str]) -> list[BlockEvidence]:
    """Overlap and shape evidence for every block, measured against the article's core.

    The core is the first half of the paragraphs (the lead and the body's first part): appended
    stories come at the end, so they rarely pollute it.
    """
    terms = [content_terms(text) for text in texts]
    idf = _inverse_document_frequency(terms)
    names = [_names(text) for text in texts]
    core = set(core_blocks(texts))
    term_counts = Counter(term for j in core for term in terms[j])
    name_counts = Counter(name for j in core for name in names[j])
    evidence = []
    for i, text in enumerate(texts):
        # A block of the core is measured against the rest of the core, never against itself.
        own = 1 if i in core else 0
        core_terms = {t for t in terms[i] if term_counts[t] > own}
        core_names = {
            n for n, count in name_counts.items() if count > (own if n in names[i] else 0)
        }
        evidence.append(
            BlockEvidence(
                overlap=_weighted_containment(terms[i], core_terms, idf),
                shared_names=sum(1 for n in names[i] if _named_in(n, core_names)),
                teaser=bool(TEASER_LEAD_IN.match(text)),
                truncated=_is_truncated(text),
                words=len(text.split()),
                continuation=_continues(text),
            )
        )
    return evidence


def core_blocks(texts: list[str]) -> list[int]:
    """Indices of the article's core: the first half of its paragraphs, at least the first
    MIN_CORE_BLOCKS of them (short lines count only when the page has no paragraphs)."""
    paragraphs = [i for i, text in enumerate(texts) if len(text.split()) >= MIN_CORE_WORDS]
    if len(paragraphs) < MIN_CORE_BLOCKS:
        paragraphs = list(range(len(texts)))
    return paragraphs[: max(MIN_CORE_BLOCKS, math.ceil(len(paragraphs) / 2))]


def _first_possible_start(texts: list[str]) -> int:
    """A run starts after the lead: after the first MIN_CORE_BLOCKS paragraphs."""
    core = core_blocks(texts)
    return core[MIN_CORE_BLOCKS - 1] + 1 if len(core) >= MIN_CORE_BLOCKS else len(texts)


def _run_start(
    texts: list[str], evidence: list[BlockEvidence], max_similarity: float
) -> int | None:
    """The earliest block that opens a run of appended blocks reaching the end, if any.

    Every block of the run must stand apart from the story above the run: a paragraph that
    names its people or shares its words is the story going on, and so is all above it. The
    story above is the core and the blocks tied to it; loose teasers above the start (too
    short to open a run) are not, or the run would be tied to itself.
    """
    core = set(core_blocks(texts))
    first = _first_possible_start(texts)
    terms = [content_terms(text) for text in texts]
    idf = _inverse_document_frequency(terms)
    capitalised = [_capitalised(text) for text in texts]
    above_terms: set[str] = set()
    above_names: set[str] = set()
    for start, text in enumerate(texts):
        named_above = any(_named_in(name, above_names) for name in capitalised[start])
        if start >= first and _opens_run(evidence[start], max_similarity, named_above):
            apart = (
                evidence[m].teaser
                or evidence[m].truncated
                or _stands_apart(
                    terms[m], capitalised[m], above_terms, above_names, idf, max_similarity
                )
                for m in range(start + 1, len(texts))
            )
            if all(apart):
                return start
        if start in core or _tied(evidence[start], max_similarity):
            above_terms |= terms[start]
            above_names |= _names(text)
    return None


def _tied(block: BlockEvidence, max_similarity: float) -> bool:
    """Shares names or a fair share of words with the article's core."""
    return block.shared_names > 0 or block.overlap >= max_similarity


def _stands_apart(
    terms: set[str],
    capitalised: set[str],
    above_terms: set[str],
    above_names: set[str],
    idf: dict[str, float],
    max_similarity: float,
) -> bool:
    """Weak evidence of not belonging: few words and no names shared with the story above."""
    loose = _weighted_containment(terms, above_terms, idf) < max_similarity * RUN_MEMBER_FACTOR
    return loose and not any(_named_in(name, above_names) for name in capitalised)


def _opens_run(block: BlockEvidence, max_similarity: float, named_above: bool) -> bool:
    """Strong evidence: a long block that is teaser-shaped, cut off, or that shares neither
    names with the story above (`named_above`) nor many words with the article's core."""
    if block.words < MIN_RUN_START_WORDS or block.continuation:
        return False
    if block.teaser:
        return True
    if block.overlap >= max_similarity * RUN_MEMBER_FACTOR:
        return False
    # A complete paragraph naming someone named above is the story going on.
    return block.truncated or (block.overlap < max_similarity and not named_above)


def _reason(block: BlockEvidence, opens: bool) -> str:
    signs = [f"overlap with the article {block.overlap:.2f}"]
    signs.append(f"names shared with it: {block.shared_names}")
    if block.teaser:
        signs.append("TOPIC: teaser shape")
    if block.truncated:
        signs.append("cut off mid-sentence")
    where = (
        "starts the unrelated run at the end" if opens else "inside the unrelated run at the end"
    )
    return f"appended unrelated story: {', '.join(signs)}; {where}"


# A place and its people ("Kestria", "Kestrian"; "Ukraine", "Ukrainian"; "China", "Chinese";
# "Israel", "Israeli") are one name: they share a stem this long, one goes on with a place
# name's ending and the other with a demonym's.
MIN_NAME_STEM = 4
PLACE_ENDINGS = frozenset(["", "a", "e", "y"])
DEMONYM_ENDINGS = frozenset(["n", "an", "ian", "ans", "ians", "ese", "ish", "i"])


def same_name(one: str, other: str) -> bool:
    """Whether two folded names name the same place or its people ("kestria", "kestrian")."""
    if one == other:
        return True
    common = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        common += 1
    if common < MIN_NAME_STEM:
        return False
    first, second = one[common:], other[common:]
    return (first in PLACE_ENDINGS and second in DEMONYM_ENDINGS) or (
        second in PLACE_ENDINGS and first in DEMONYM_ENDINGS
    )


def _named_in(name: str, names: set[str]) -> bool:
    return name in names or any(same_name(name, other) for other in names)


def _continues(text: str) -> bool:
    """Opens with a pronoun, connective or quotation, refers to someone by role ("The
    president said", "the Kestrian negotiator"), or speaks of "he"/"she" before naming
    anyone: it refers back to the story above, as an appended story never does."""
    if CONTINUATION.match(text.lstrip()):
        return True
    if _refers_by_role(text):
        return True
    for token in WORD.findall(text)[1:]:
        if token[0].isupper():
            return False
        if token in PRONOUNS:
            return True
    return False


# "the" and a title word within this many words of the paragraph's start: "The president",
# "The country's foreign minister".
ROLE_REACH = 4


def _refers_by_role(text: str) -> bool:
    """Names an actor only by role near its start, as a paragraph going on with the story's
    actors does ("The minister added ...", "The Orvenian negotiator ...")."""
    tokens = [token.lower() for token in WORD.findall(text)[: ROLE_REACH + 2]]
    if not tokens or tokens[0] != "the":
        return False
    return any(token in _role_nouns() for token in tokens[1 : ROLE_REACH + 1])


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """The head nouns of the gazetteer's roles and titles: "minister", "envoy", "chief" (of
    staff); not their modifiers ("the first", "the state" name no one)."""
    roles = load_gazetteer().roles
    titles = (title for role, titles in roles.items() for title in (role, *titles))
    return frozenset(title.split(" of ")[0].split()[-1] for title in titles)


def _is_truncated(text: str) -> bool:
    return len(text.split()) >= MIN_RUN_START_WORDS and not CLOSED.search(text.rstrip())


def content_terms(text: str) -> set[str]:
    words = (w.lower().strip("'’-") for w in WORD.findall(text))
    return {_stem(w) for w in words if len(w) > 2 and w not in STOPWORDS}


def _stem(word: str) -> str:
    """A light plural/possessive fold, enough to match "talks" with "talk"."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _names(text: str) -> set[str]:
    """Capitalised words not at a sentence start: a cheap stand-in for named entities."""
    tokens = WORD.findall(text)
    names = set()
    for previous, token in zip([".", *tokens], tokens, strict=False):
        if token[0].isupper() and token.lower() not in STOPWORDS and not previous.endswith("."):
            names.add(_stem(token.lower()))
    return names


def _capitalised(text: str) -> set[str]:
    """Every capitalised word, sentence starts included: "Reading took the lead" names the
    club met as a name above ("against Reading")."""
    return {
        _stem(token.lower())
        for token in WORD.findall(text)
        if token[0].isupper() and token.lower() not in STOPWORDS
    }


def _inverse_document_frequency(terms: list[set[str]]) -> dict[str, float]:
    frequency: Counter[str] = Counter()
    for block_terms in terms:
        frequency.update(block_terms)
    total = len(terms)
    return {term: math.log((1 + total) / (1 + count)) + 1 for term, count in frequency.items()}


def _weighted_containment(block: set[str], core: set[str], idf: dict[str, float]) -> float:
    """Share of the block's content words (weighted by rarity on the page) found in the core.

    Containment rather than cosine: a short paragraph is judged by whether its words occur in the
    article at all, not by how its term mix compares with a much longer text.
    """
    total = sum(idf[term] for term in block)
    return sum(idf[term] for term in block & core) / total if total else 0.0
