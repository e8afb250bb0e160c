"""The plain data model every stage reads and writes.

Standard library only: frozen, slotted dataclasses with character offsets and
content-derived ids. Stages pass these objects along; the store persists them.

Offsets: a `RawDocument` carries the decoded source text (`raw.text`: the page's
HTML or the plain text as received, decoded). `Segment` offsets point into that
raw text. The clean body (`Article.text`) is built from the kept segments, and
`Article.offsets` maps every clean character range back to its raw range, so a
span of the clean text can always be shown in the page it came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


def content_id(data: bytes, length: int = 16) -> str:
    """A short, stable id derived from content (the same bytes give the same id)."""
    return hashlib.sha256(data).hexdigest()[:length]


class InputKind(StrEnum):
    TEXT = "text"
    HTML = "html"
    MARKDOWN = "markdown"


class SegmentLabel(StrEnum):
    """What a line or block of a page is. Only STORY and SUBHEADING stay in the body."""

    STORY = "story"
    SUBHEADING = "subheading"
    TITLE = "title"
    DATELINE = "dateline"
    BYLINE = "byline"
    CAPTION = "caption"  # photo captions and credits
    ADVERTISEMENT = "advertisement"
    APPEAL = "appeal"  # newsletter, subscription and donation appeals
    NAVIGATION = "navigation"  # menus, widgets (weather, clocks), share/read-more links
    RELATED = "related"  # related / recommended / latest stories lists
    READING_TIME = "reading_time"
    OFFTOPIC = "offtopic"  # an unrelated story appended after the article
    BOILERPLATE = "boilerplate"  # outside the main text of an HTML page, nothing more specific

    @property
    def kept(self) -> bool:
        return self in KEPT_LABELS


KEPT_LABELS = frozenset({SegmentLabel.STORY, SegmentLabel.SUBHEADING})

# The entity labels of mentions that name a place: a state, a region, a town, a building.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class Span:
    """A character range [start, end) of an article's clean text."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SourceHints:
    """Metadata that came with the input (JSON fields, a feed entry, HTTP headers)."""

    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # as given; normalised by the clean stage
    url: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input document exactly as received.

    `data` is the byte string as received (for a JSON record: its text or html
    field, UTF-8 encoded); `text` is `data` decoded with `encoding`, as long as
    `data.decode(encoding, errors="replace")` so offsets line up: NUL bytes read as U+FFFD,
    and stray bytes in otherwise UTF-8 data are read as windows-1252.
    """

    source: str  # the path or URL as given (JSON lines: the record's url, else path#line)
    data: bytes
    text: str
    encoding: str
    kind: InputKind
    hints: SourceHints = field(default_factory=SourceHints)

    @property
    def id(self) -> str:
        return content_id(self.data)


@dataclass(frozen=True, slots=True)
class Segment:
    """A line or block of the raw text with what it is and why."""

    start: int  # offsets into RawDocument.text
    end: int
    text: str  # the block's visible text (for HTML: rendered, entities decoded)
    label: SegmentLabel
    reason: str  # why this label, in words a reader understands

    @property
    def kept(self) -> bool:
        return self.label.kept


@dataclass(frozen=True, slots=True)
class OffsetPiece:
    """Clean text [clean_start, clean_end) came from raw text [raw_start, raw_end)."""

    clean_start: int
    clean_end: int
    raw_start: int
    raw_end: int


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: metadata, the clean body, and every segment of the page."""

    id: str  # the RawDocument id: same input, same article
    source: str
    kind: InputKind
    title: str | None
    outlet: str | None
    published: str | None  # ISO date (YYYY-MM-DD) or None
    published_how: str | None  # "metadata" | "byline" | "dateline" | "text" | "inferred" | None
    language: str | None
    text: str
    segments: tuple[Segment, ...]
    offsets: tuple[OffsetPiece, ...]
    machine_translated: bool = False
    duplicate_of: str | None = None
    translation_evidence: tuple[str, ...] = ()  # why machine_translated, citing the text

    @property
    def removed(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if not s.kept)

    def raw_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Map a clean-text range to the raw range it came from (None if unmapped)."""
        first = next((p for p in self.offsets if p.clean_start <= start < p.clean_end), None)
        last = next((p for p in self.offsets if p.clean_start < end <= p.clean_end), None)
        if first is None or last is None:
            return None
        return _project(first, start), _project(last, end)


def _project(piece: OffsetPiece, clean_pos: int) -> int:
    """Map one clean position through a piece; exact when the piece is a verbatim copy."""
    if piece.clean_end - piece.clean_start == piece.raw_end - piece.raw_start:
        return piece.raw_start + (clean_pos - piece.clean_start)
    return piece.raw_start if clean_pos == piece.clean_start else piece.raw_end


# The reason a folder walk gives for a file it leaves out (a README, a LICENSE): shells count
# such drops apart from repeats.
LEFT_OUT = "left out of the folder: a collection's notes, not an article (name the file to add it)"


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that was not turned into an article, with the reason (data, not an error)."""

    source: str
    reason: str
    failed: bool = True  # False for a normal drop (e.g. already stored)


# --- annotate -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # offsets into Article.text
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention found in an article's clean text."""

    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, DATE, ... (spaCy's OntoNotes labels)


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its syntactic head, for the stages that need a parse."""

    start: int
    end: int
    lemma: str
    pos: str
    dep: str
    head: int  # index of the head token within the article's token list


@dataclass(frozen=True, slots=True)
class Annotation:
    """What the NLP pipeline read in one article's clean text."""

    article_id: str
    model: str  # model name and version, part of the cache key
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True, slots=True)
class LanguageSignals:
    """The language of an article and the evidence that it was machine translated."""

    language: str | None
    confidence: float
    machine_translated: bool
    evidence: tuple[str, ...] = ()  # human-readable reasons, each citing the text


# --- extract --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression in an article, normalised against the article's own date."""

    start: int  # offsets into Article.text
    end: int
    text: str
    value: str | None  # ISO: "2025-04-24", "2025-04", "2025", "2025-W17", or "START/END"
    precision: str  # "day" | "week" | "month" | "year" | "range" | "unknown"
    confidence: float
    how: str  # how it was resolved ("weekday, same week as publication", ...)


@dataclass(frozen=True, slots=True)
class DateInference:
    """A publication date inferred for an article that had none, and the evidence for it."""

    article_id: str
    published: str  # ISO date YYYY-MM-DD
    how: str  # "dateline" | "text" | "corpus" (from other articles of the same event)
    confidence: float
    evidence: tuple[str, ...] = ()  # human-readable reasons, each citing the text


# --- group ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CopyLink:
    """`article_id` copies (all or part of) `source_id`."""

    article_id: str
    source_id: str
    kind: str  # "duplicate" (near-identical) | "reuse" (shared passages)
    share: float  # share of article_id's text found in source_id, 0..1


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue in a sentence naming where the information came from."""

    article_id: str
    start: int  # the sentence (offsets into Article.text)
    end: int
    cue: str  # the cue as written ("according to Bloomberg")
    cue_start: int
    cue_end: int
    origin: str  # the named origin, normalised ("Bloomberg"); "anonymous sources" when unnamed
    via: str | None = None  # the outlet it came through, for chains ("The Moscow Times")


# --- extract: quotes, claims, quantities ---------------------------------------------


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what, read from one article. Every offset points into Article.text.

    `start`/`end` is the quoted (or reported) content itself, an exact span of the clean
    text. `speaker_start`/`speaker_end` is the mention the speaker was read from in the
    sentence (a name, a pronoun or a description); `name_start`/`name_end` is the name
    mention that description was resolved to (the same span when the sentence names the
    speaker), which is how the speaker becomes a canonical entity after linking.
    """

    article_id: str
    start: int
    end: int
    text: str
    direct: bool  # in quotation marks (False: reported speech)
    speaker_name: str | None  # the resolved name as written ("Sergei Lavrov")
    speaker_start: int | None = None
    speaker_end: int | None = None
    name_start: int | None = None
    name_end: int | None = None
    cue: str | None = None  # "said", "wrote on Truth Social", "told CBS"
    cue_start: int | None = None
    cue_end: int | None = None
    sentence_start: int = 0  # the sentence(s) holding the quote and its attribution
    sentence_end: int = 0
    confidence: float = 1.0
    # when what is reported happened, from a time expression of its sentence (extract/dating.py)
    event_date: str | None = None  # ISO value as in TimeExpression.value
    event_date_start: int | None = None  # the time expression it was read from
    event_date_end: int | None = None
    event_date_how: str | None = None
    # every content span, in order, when the quote is split by its attribution ("'A,' he
    # said, 'B.'"): one quote, several spans; `start`/`end` is then the first piece
    pieces: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """An actor doing or wanting something: (actor, action, issue, modality) with spans.

    `action` is a PLOVER-style type (DEMAND, REJECT, ACCEPT, PROPOSE, CONCEDE, THREATEN,
    ASSAULT, CONSULT, SANCTION, SUPPORT, ...); `modality` is one of asserted, reported,
    proposed, conditional, negated, expected.
    """

    article_id: str
    start: int  # the sentence
    end: int
    actor: str  # as resolved: a person's name or a state ("Russia")
    actor_start: int
    actor_end: int
    action: str
    trigger: str  # the word(s) that carry the action ("demands", "rejected")
    trigger_start: int
    trigger_end: int
    issue: str  # a short normalised phrase ("recognition of Crimea as Russian")
    issue_start: int
    issue_end: int
    modality: str
    actor_state: str | None = None  # the state a person acts for, when the text says so
    target: str | None = None  # who the action is aimed at, when named
    target_start: int | None = None
    target_end: int | None = None
    attribution: str | None = None  # who reports the claim ("according to Reuters")
    confidence: float = 1.0
    event_date: str | None = None  # when the action happened or is due, as in Quote
    event_date_start: int | None = None
    event_date_end: int | None = None
    event_date_how: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number tied to what it counts ("killed at least 12")."""

    article_id: str
    start: int  # the number as written
    end: int
    text: str
    value: float
    qualifier: str  # "exact" | "at least" | "at most" | "about" | "more than" | "up to" ...
    counted: str  # what is counted, normalised ("killed", "wounded", "soldiers per week")
    counted_start: int
    counted_end: int
    sentence_start: int = 0
    sentence_end: int = 0


# --- link: canonical entities --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EntityMention:
    article_id: str
    start: int  # offsets into Article.text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """One canonical person, place or organisation across articles and spellings."""

    id: str
    name: str  # the best-attested well-formed variant
    type: str  # PERSON | GPE | LOC | ORG | NORP | ...
    aliases: tuple[str, ...]  # every other variant seen
    mentions: tuple[EntityMention, ...]
    state: str | None = None  # the state this entity is or acts for ("Russia")
    why: tuple[str, ...] = ()  # one line per merge: which variants joined and on what evidence


@dataclass(frozen=True, slots=True)
class EntityChanges:
    """What one link update changed, as a store files it: entities written whole but for
    their mentions, ids merged away, every name key each changed entity holds, and the new
    mentions with the key each belongs to (a store moves mentions by key). `reset`: the
    entities linked before are replaced."""

    changed: tuple[Entity, ...]
    removed: tuple[str, ...]
    keys: tuple[tuple[str, tuple[str, ...]], ...]
    mentions: tuple[tuple[str, EntityMention], ...]
    reset: bool = False


# --- group: stories and events -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    story_id: str
    title: str
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    article_ids: tuple[str, ...]
    events: tuple[Event, ...] = ()


@dataclass(frozen=True, slots=True)
class Coverage:
    """Who told a story or an event, and when: what `newsdesk stories` shows.

    Copies (duplicates of another article) are counted apart and never as outlets or origins
    of their own; `origins` are the independent origins behind the other articles (each
    article's own reporting and every outlet it cites, folded by aliases and outlet groups).
    """

    group_id: str  # the story's or the event's id
    articles: int  # every article, copies included
    copies: int
    outlets: tuple[str, ...]
    origins: tuple[str, ...]
    first: str | None  # earliest and latest publication date (ISO)
    last: str | None


# --- fuse: facts across the articles of a story ----------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where one article reports a fact: the cited span and the sentence around it."""

    article_id: str
    start: int  # the cited span (offsets into Article.text)
    end: int
    sentence: str  # the sentence holding it, verbatim
    origin: str  # the independent origin this report counts for (after folding)
    said_by: str | None = None  # the party whose statement it relays, when it relays one
    date: str | None = None  # the date this report gives the fact (ISO, as Fact.event_date)


@dataclass(frozen=True, slots=True)
class FactOrigin:
    """One independent origin behind a fact."""

    name: str  # "Meridian Wire", "The Aldmoor Courier", "unnamed sources (The Aldmoor Courier)"
    kind: str  # "reported_by" (an outlet's own reporting or a cited medium) | "said_by" (a party)
    articles: tuple[str, ...]  # the articles that carry it


@dataclass(frozen=True, slots=True)
class ConflictSide:
    """One side of a disagreement: what it says and who says it."""

    value: str  # "at least 12", "14", "REJECT", "2026-03-10", "denied"
    evidence: tuple[Evidence, ...]
    origins: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    """Reports that cannot all be true: numbers, stances, dates, or a report and its denial."""

    kind: str  # "number" | "stance" | "date" | "denial"
    about: str  # what the sides disagree on ("killed", "Kestria on the prisoner exchange")
    sides: tuple[ConflictSide, ...]
    other_fact: str | None = None  # the fact holding the other side, when it is another fact


@dataclass(frozen=True, slots=True)
class BackgroundEvent:
    """A dated happening a fact's sentence mentions in passing ("the plant, which it seized
    in 2022", "Russia's 2014 occupation of Crimea"): a timeline entry of its own, though not
    what the fact reports."""

    date: str  # ISO value as in TimeExpression.value
    precision: str  # day | month | year
    article_id: str
    start: int  # the phrase the date belongs to
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing reported, once, with every article and independent origin behind it."""

    id: str  # stable: derived from the first report of it the store received
    story_id: str
    event_id: str | None
    kind: str  # "event" | "claim" | "statement"
    text: str  # a verbatim span of its best sentence (`evidence[0]` cites it)
    actors: tuple[str, ...]  # entity ids
    event_date: str | None  # ISO value as in TimeExpression.value
    event_date_precision: str | None
    article_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]  # one per article (the first is the cited best one)
    origins: tuple[FactOrigin, ...]
    independent_sources: int
    status: str  # "corroborated" | "single_source" | "contested"
    conflicts: tuple[Conflict, ...] = ()
    flags: tuple[str, ...] = ()  # "anachronism: ...", "translation only", "single anonymous
    # origin", "restated: an earlier event reported as news"
    first_reported: str | None = None  # earliest publication date among its articles
    background: tuple[BackgroundEvent, ...] = ()  # dated happenings its reports mention


# --- compose: the brief of a story -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Citation:
    """A span of an article that a line of a brief rests on (offsets into Article.text)."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class BriefLine:
    """A verbatim sentence or clause of an article, or a plain statement built from cited
    facts; never anything its citations do not hold."""

    text: str
    citations: tuple[Citation, ...]
    facts: tuple[str, ...] = ()  # the facts it reports (ids)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One happening, once, however many articles report it."""

    date: str  # ISO value as in TimeExpression.value
    precision: str  # day | week | month | year | range
    text: str  # verbatim, from its best report
    citations: tuple[Citation, ...]
    articles: tuple[str, ...]
    fact: str | None = None


@dataclass(frozen=True, slots=True)
class Position:
    """What one actor demands, proposes, offers, accepts, rejects or threatens on one issue."""

    actor: str  # entity id, or the name when it has none
    actor_name: str
    issue: str  # the issue's label (one wording for the several it was reported in)
    stance: str  # demands | proposes | offers | accepts | rejects | threatens | supports
    citations: tuple[Citation, ...]
    articles: tuple[str, ...]
    dates: tuple[str, ...]  # when it was taken (ISO), earliest first
    facts: tuple[str, ...] = ()
    changed_from: str | None = None  # the stance it replaced on the same issue, if any
    # on whose word alone it rests when not the actor's own or the outlets' ("Trump said he
    # thought Putin wants a deal": per Donald Trump; "Bloomberg reported": per Bloomberg)
    according_to: tuple[str, ...] = ()
    # the parties it is aimed at when its claims name one the issue does not ("Trump demands
    # of Vladimir Putin: end his war on Ukraine"; "Trump demands of Zelenskiy: accept a deal")
    aimed_at: tuple[str, ...] = ()

    @property
    def aimed_phrase(self) -> str:
        """ "of Vladimir Putin", "to Russia", "(aimed at Russia)": whom the stance is aimed
        at, in the words its stance takes ("" when it names no one)."""
        if not self.aimed_at:
            return ""
        whom = ", ".join(self.aimed_at)
        word = _AIMED_WORD.get(self.stance)
        return f"{word} {whom}" if word else f"(aimed at {whom})"


_AIMED_WORD = {"demands": "of", "proposes": "to", "offers": "to", "accepts": "from"}


@dataclass(frozen=True, slots=True)
class OutletCoverage:
    """One outlet's share of a story."""

    outlet: str
    type: str | None  # from the outlet registry: wire, public_broadcaster, ...
    articles: tuple[str, ...]
    facts: tuple[str, ...]  # the facts it carries
    missing: tuple[str, ...]  # corroborated facts it leaves out
    copies: int  # its articles that copy another
    origins: tuple[str, ...]  # what its articles rest on
    machine_translated: int  # its machine-translated articles
    removed: int  # noise segments removed from its articles


@dataclass(frozen=True, slots=True)
class BriefQuote:
    """The same words in several articles: one quote, several evidence spans."""

    speaker: str | None
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Brief:
    """What an analyst reads first about a story; every line cited."""

    story_id: str
    title: str
    summary: tuple[BriefLine, ...]
    timeline: tuple[TimelineEntry, ...] = ()
    positions: tuple[Position, ...] = ()
    coverage: tuple[OutletCoverage, ...] = ()
    quotes: tuple[BriefQuote, ...] = ()
    contested: tuple[str, ...] = ()  # fact ids, with their conflicts in the facts
    single_source: tuple[str, ...] = ()  # fact ids
    flags: tuple[BriefLine, ...] = ()  # anachronisms, translation-only evidence, ...
    new: tuple[BriefLine, ...] = ()  # what is new since `since`
    since: str | None = None  # ISO date-time the "new" part counts from
    articles: int = 0
    first: str | None = None  # earliest and latest publication date
    last: str | None = None


# --- the per-article analysis bundle ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractors found in one annotated article."""

    article_id: str
    times: tuple[TimeExpression, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    problems: tuple[str, ...] = ()  # an extractor that failed on this article, and why


@dataclass(frozen=True, slots=True)
class Problem:
    """Something a stage could not do, reported to the user (data, not an exception)."""

    stage: str  # "quotes", "claims", "annotate", "stories", ...
    subject: str  # the article id, input or story it concerns
    message: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    article: Article
    snippet: str  # a passage around the match, as plain text
    marks: tuple[tuple[int, int], ...] = ()  # the matching words, offsets into `snippet`
