"""Evidence units: one proposition per sentence of an article, with what alignment compares.

A unit is a sentence that reports something: an event ("a strike on Brodnitsa killed at least
12 people"), a claim (an actor demanding, offering, rejecting something) or a statement (a
quote and its speaker). It carries what lets two articles' reports meet whatever their
wording: the canonical entities it names (so "Zaporozka" and "Zaporizhzhia" are one word
here), its numbers, its date, its content words (terms.py), and the origin it rests on.

Sentences that report nothing are no units: questions, very short lines, sub-headings.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from newsdesk.fuse.terms import Clauses, ClauseWeights, sentence_terms
from newsdesk.model import (
    Article,
    BackgroundEvent,
    Claim,
    Quantity,
    Quote,
    Sentence,
    TimeExpression,
    Token,
)
from newsdesk.referents import (
    BODY_NOUNS,
    LEFT_OFFICE,
    RELATIVE_PRONOUNS,
    SEEN_BY,
    document_owners,
    names_a_written_source,
    persons_side_owner,
    says_whose_before,
)

Vector = npt.NDArray[np.float32]
Vectors = npt.NDArray[np.float32]  # one unit-length row per sentence of an article

MIN_WORDS = 6  # a shorter sentence reports nothing worth a fact (a caption, a dateline)
# Actions that make a claim worth its own kind: what someone wants or does about the issue.
POSITION_ACTIONS = frozenset(
    {"DEMAND", "PROPOSE", "OFFER", "ACCEPT", "REJECT", "THREATEN", "CONCEDE", "SUPPORT"}
)
# Reported speech that fills this share of a sentence is what the sentence reports.
SPEECH_SHARE = 0.34
OWN, REPORTED_BY, SAID_BY, UNKNOWN = "own", "reported_by", "said_by", "unknown"
UNRESOLVED = "speaker:unresolved"  # the key of a speaker the text does not name


@dataclass(frozen=True, slots=True)
class SentenceOrigin:
    """The origin a sentence rests on (the pipeline folds it; see group/sources.py)."""

    start: int
    end: int
    name: str
    kind: str  # own | reported_by | said_by | unknown
    counted_as: str  # the key it is counted under (unnamed sources count with their outlet)
    person: str | None = None  # the fullest name the article gives a speaker it names
    shown: str | None = None  # the speaker's entity by its canonical name ("Zełenski" -> ...)
    # a medium's report of a named person's words ("Hochul said in an interview with CBS"):
    # the person's key; the medium stays the origin counted, the words are still hers
    carried: str | None = None
    # the body a named spokesperson or head speaks for ("Taliban spokesman Zabihullah
    # Mujahid", "EPA Administrator Andrew Wheeler")
    speaks_for: str | None = None


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """One article of a story, with everything fuse reads of it."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[tuple[int, int, str], ...]  # mention spans and their entity ids
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    origins: tuple[SentenceOrigin, ...] = ()
    copy_of: str | None = None  # the original, when this article is a duplicate
    seen: int = 0  # the order the store received it in
    event_id: str | None = None
    vectors: Vectors | None = field(default=None, compare=False)  # a unit row per sentence
    tokens: tuple[Token, ...] = ()  # the parse (lemmas, parts of speech, heads), when stored
    names: Mapping[str, str] = field(default_factory=dict, compare=False)  # entity id -> name


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence's report, ready to be compared with the other articles' reports."""

    article_id: str
    index: int  # the sentence's position in its article
    start: int
    end: int
    sentence: str
    kind: str  # event | claim | statement
    actors: frozenset[str]  # entity ids named in it (and its speaker or actor)
    terms: tuple[str, ...]  # content words, entity ids for named spans, numbers
    weights: tuple[float, ...] = ()  # each term's weight by its clause (empty: all 1)
    quantities: tuple[Quantity, ...] = ()  # the figures of its main clause
    dispute: tuple[str, str] | None = None  # (accuser, accused) when both sides speak in it
    date: tuple[str, str] | None = None  # (value, precision)
    date_trusted: bool = False  # written out in full, or read against a stated publication date
    date_in_full: bool = False  # written out in full ("March 10"): no weekday to misread
    background: tuple[BackgroundEvent, ...] = ()  # dated happenings it mentions in passing
    origin: SentenceOrigin | None = None
    speaker: str | None = None  # a statement's speaker (entity id or name)
    claim: Claim | None = None
    claim_target: str | None = None  # the entity its claim is aimed at, when one is named
    machine_translated: bool = False
    copy_of: str | None = None
    seen: int = 0
    published: str | None = None
    event_id: str | None = None
    keys: frozenset[str] = field(default=frozenset())  # what candidate pairs are found by
    vector: Vector | None = field(default=None, compare=False)  # the sentence embedding


def article_units(
    item: StoryArticle, weights: ClauseWeights, media: Mapping[str, str] | None = None
) -> list[Unit]:
    """The units of one article, in reading order. `media` maps the folded names of the
    story's outlets to their names (`media_names`): a speaker that is one of them is a medium
    cited, not a party speaking."""
    text = item.article.text
    units = []
    for index, sentence in enumerate(item.sentences):
        if _reports_something(text, sentence) and not _only_attributes(item, sentence):
            units.append(_unit(item, index, sentence, weights, media or {}))
    return units


def _only_attributes(item: StoryArticle, sentence: Sentence) -> bool:
    """A sentence that only says whose the sentence before it is ("This was reported by the
    agency Bloomberg.", "He stated this on Thursday in Kyiv."): its quote's cue is here, its
    words are before it, and nothing quoted or reported here is its own. Two such sentences
    are no fact two sources share."""
    if says_whose_before(item.article.text, sentence.start, sentence.end):
        return True
    pointing = [
        q for q in item.quotes
        if q.cue_start is not None and sentence.start <= q.cue_start < sentence.end
        and q.end <= sentence.start
    ]  # fmt: skip
    if not pointing:
        return False
    return not any(_overlaps(q.start, q.end, sentence.start, sentence.end) for q in item.quotes)


_WORD = re.compile(r"\w")
_CLOSING = (".", "!", "…", '"', "”", "’", "'", ")", ":")


def _reports_something(text: str, sentence: Sentence) -> bool:
    """Not a short line, a question or a sub-heading: a line of its own that ends without a
    sentence's closing mark ("US wants Russians to leave the power plant")."""
    words = [w for w in text[sentence.start : sentence.end].split() if _WORD.search(w)]
    body = text[sentence.start : sentence.end].rstrip()
    if len(words) < MIN_WORDS or body.endswith("?"):
        return False
    own_line = _starts_line(text, sentence.start) and _ends_line(text, sentence.end)
    return not (own_line and not body.endswith(_CLOSING))


def _starts_line(text: str, start: int) -> bool:
    before = text[max(0, start - 200) : start].rstrip(" \t")
    return start == 0 or before.endswith("\n") or not before


def _ends_line(text: str, end: int) -> bool:
    after = text[end : end + 200].lstrip(" \t")
    return not after or after.startswith(("\n", "\r"))


def _unit(
    item: StoryArticle,
    index: int,
    sentence: Sentence,
    weights: ClauseWeights,
    media: Mapping[str, str],
) -> Unit:
    text, article = item.article.text, item.article
    start, end = sentence.start, sentence.end
    entities = [(s, e, i) for s, e, i in item.entities if start <= s and e <= end]
    claims = [c for c in item.claims if start <= c.trigger_start < end]
    quotes = [  # every piece counts: a quote may go on after "..., Trump wrote."
        q
        for q in item.quotes
        if any(_overlaps(s, e, start, end) for s, e in q.pieces or ((q.start, q.end),))
    ]
    claim = next((c for c in claims if c.action in POSITION_ACTIONS and c.issue.strip()), None)
    speaker = next((_speaker(q, item) for q in quotes if q.speaker_name), None)
    actors = {i for _s, _e, i in entities}
    if claim is not None:
        actors |= set(_entities_in(item, claim.actor_start, claim.actor_end)) or {claim.actor}
    if speaker is not None:
        actors.add(speaker)
    clauses = Clauses.of(item.tokens, start, end) if item.tokens else None
    terms, term_weights = sentence_terms(text, clauses, start, end, entities, weights)
    date, in_full = _date_of(claims, quotes, _main_times(item, start, end, clauses), text, clauses)
    return Unit(
        article_id=article.id,
        index=index,
        start=start,
        end=end,
        sentence=text[start:end],
        kind="claim" if claim else "statement" if quotes else "event",
        actors=frozenset(actors),
        terms=terms,
        weights=term_weights,
        quantities=_main_figures(item, start, end, clauses),
        dispute=_dispute(claims, quotes),
        date=date,
        date_trusted=in_full or article.published_how not in (None, "inferred"),
        date_in_full=in_full,
        background=_background(item, start, end, clauses),
        origin=_origin_of(item, start, end, quotes, media, clauses),
        speaker=speaker,
        claim=claim,
        claim_target=_claim_target(item, claim),
        machine_translated=article.machine_translated,
        copy_of=item.copy_of,
        seen=item.seen,
        published=article.published,
        event_id=item.event_id,
        keys=frozenset(_keys(terms, actors)),
        vector=_vector(item.vectors, index),
    )


def _main_figures(
    item: StoryArticle, start: int, end: int, clauses: Clauses | None
) -> tuple[Quantity, ...]:
    """The figures of the sentence's main clause: the toll in "a strike that killed 12"
    is the strike's, not the proposition of "the talks opened a day after ..."."""
    found = [q for q in item.quantities if start <= q.start < end]
    return tuple(q for q in found if clauses is None or clauses.in_main_clause(q.start))


_ACCUSING = ("blam", "accus")  # "Kestria blamed Orvenian artillery", "accused Orvenia of"


def _dispute(claims: Sequence[Claim], quotes: Sequence[Quote]) -> tuple[str, str] | None:
    """One party blaming another while the other's own account stands beside it ("Kestria
    blamed Orvenian artillery; Orvenia said it fired only at a mortar position")."""
    for claim in claims:
        if claim.action != "DISAPPROVE" or not claim.trigger.casefold().startswith(_ACCUSING):
            continue
        accused = claim.target or ""
        for quote in quotes:
            speaker = quote.speaker_name or ""
            if speaker and (_same_name(speaker, accused) or _same_person(speaker, accused)):
                return claim.actor, speaker
    return None


def _vector(vectors: Vectors | None, index: int) -> Vector | None:
    if vectors is None or index >= len(vectors):
        return None
    row = vectors[index]
    return row if bool(row.any()) else None  # a zero row: the sentence was not embedded


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _speaker(quote: Quote, item: StoryArticle) -> str | None:
    if quote.name_start is not None and quote.name_end is not None:
        found = _entity_named(item, quote.name_start, quote.name_end)
        if found:
            return found
    return quote.speaker_name


def _entity_named(item: StoryArticle, start: int, end: int) -> str | None:
    """The entity a speaker's name is; not one that only qualifies a body's name ("Ukrainian"
    in "the Ukrainian emergency service" is not the speaker, nor is its state)."""
    found = [(s, e, i) for s, e, i in item.entities if _overlaps(s, e, start, end)]
    if not found:
        return None
    whole = [i for s, e, i in found if e >= end]
    if whole:
        return whole[0]
    words = item.article.text[start:end].split()
    return None if words and words[-1].casefold() in BODY_NOUNS else found[0][2]


def _entity_called(item: StoryArticle, name: str) -> str | None:
    """The one entity the article names exactly so elsewhere: the resolver took "Zelenskiy"
    after a quotation to the "Volodymyr Zelenskiy" named before, where the tagger missed
    the surname; the speaker is that entity, and one name shows them across the story."""
    text, folded = item.article.text, fold_name(name)
    found = {entity for s, e, entity in item.entities if fold_name(text[s:e]) == folded}
    return found.pop() if len(found) == 1 else None


def _claim_target(item: StoryArticle, claim: Claim | None) -> str | None:
    if claim is None or claim.target_start is None or claim.target_end is None:
        return None
    found = _entities_in(item, claim.target_start, claim.target_end)
    return found[0] if found else None


def _entities_in(item: StoryArticle, start: int, end: int) -> list[str]:
    return [i for s, e, i in item.entities if _overlaps(s, e, start, end)]


def _keys(terms: Sequence[str], actors: set[str]) -> set[str]:
    """Entity ids and numbers: how candidate pairs are found without comparing everything."""
    return {t for t in terms if t.startswith("@") or t[0].isdigit()} | {f"@{a}" for a in actors}


# --- the origin a sentence rests on ----------------------------------------------------------


def _origin_of(
    item: StoryArticle,
    start: int,
    end: int,
    quotes: Sequence[Quote],
    media: Mapping[str, str],
    clauses: Clauses | None,
) -> SentenceOrigin | None:
    """What the sentence rests on: the pipeline's reading of its cue; when that is the
    outlet's own reporting, the named speaker of reported speech that fills the sentence
    ("Hochul said she aims to ...": Hochul's word, however many outlets carry it)."""
    inside = [o for o in item.origins if _overlaps(o.start, o.end, start, end)]
    given = max(inside, key=lambda o: min(o.end, end) - max(o.start, start), default=None)
    if given is not None and given.kind == REPORTED_BY:
        return _with_interviewee(item, given, _speaker_of(item, start, end, quotes, clauses))
    if given is not None and given.kind != OWN:
        return given
    speaker = _speaker_of(item, start, end, quotes, clauses)
    if speaker is None or _same_name(speaker[1], item.article.outlet):
        return given
    key, name = speaker
    medium = media.get(fold_name(name))
    if medium is not None:
        return SentenceOrigin(start, end, medium, REPORTED_BY, medium)
    named = any(entity == key for *_, entity in item.entities)
    fullest = _fullest_name(item, key) if named else None
    speaks_for = _speaks_for(item, key) if named else None
    return SentenceOrigin(
        start, end, name, SAID_BY, key, fullest, item.names.get(key), speaks_for=speaks_for
    )


def _with_interviewee(
    item: StoryArticle, given: SentenceOrigin, speaker: tuple[str, str] | None
) -> SentenceOrigin:
    """A medium's report that gives a named person's words ("During an interview with CBS's
    Face the Nation, Hochul said ..."): still the medium's report when counting, but the
    person's statement when telling statements apart."""
    if speaker is None or speaker[0] == UNRESOLVED or _same_name(speaker[1], given.name):
        return given  # "according to Bloomberg": the medium's own word
    key = speaker[0]
    if not any(entity == key for *_, entity in item.entities):
        return given  # no one the resolver knows: a medium or a body's phrase
    return replace(given, carried=key, person=_fullest_name(item, key))


def _speaker_of(
    item: StoryArticle, start: int, end: int, quotes: Sequence[Quote], clauses: Clauses | None
) -> tuple[str, str] | None:
    """(key, name) of whom the sentence gives the word of: the speaker of reported speech that
    fills it, else the named subject of its speaking verb ("the Biden administration
    announced"). The key is the entity when one is named, so that spellings meet."""
    quote = _filling_speech(item.article.text, quotes, start, end)
    if quote is not None and (found := _quoted_speaker(item, quote)) is not None:
        return found
    if clauses is None:
        return None
    subject = clauses.speaking_subject()
    if subject is not None:
        return _named_subject(item, *subject)
    described = clauses.described_source()
    if not described:
        return None  # the outlet's own reporting
    head = next(t for t in described if item.tokens[t].head not in described)
    if (owners := _document_owners(item, head, described)) and _entity_at(item, owners):
        return _named_subject(item, head, described)  # the report of a named body
    # "The investigation found", "Local officials put the toll at 14": unnamed, like "the
    # president said" (one party of the fact's others, or one unnamed source)
    tokens = item.tokens
    return UNRESOLVED, item.article.text[tokens[described[0]].start : tokens[described[-1]].end]


def _quoted_speaker(item: StoryArticle, quote: Quote) -> tuple[str, str] | None:
    """The speaker of reported speech; UNRESOLVED when the text does not name them ("the
    president said": one speaker of the fact's others, or one unnamed speaker), never an
    outlet's own reporting ("our daily has learned")."""
    if quote.speaker_name:
        name = quote.speaker_name.strip()
        owner = persons_side_owner(name)
        person = _entity_called(item, owner) if owner is not None else None
        if person is not None:  # "Rand Paul's Staff": one party with Rand Paul, counted by
            return person, name  # his entity as his own words are (not "the Tennessee
            # Governor's Office", whose owner the article names as no one)
        named = quote.name_start is not None and quote.name_end is not None
        found = _entity_named(item, quote.name_start or 0, quote.name_end or 0) if named else None
        return (found or _entity_called(item, name) or name.casefold()), name
    if not quote.cue or quote.speaker_start is None:
        return None
    text, said_end = item.article.text, quote.speaker_end or quote.speaker_start
    said = text[quote.speaker_start : said_end]
    if not said.strip() or said.casefold().startswith(("our ", "we ")):
        return None
    if said.strip().casefold() in RELATIVE_PRONOUNS:
        # "activists, who say it ...": the noun the relative clause describes
        described = _described_by_relative(item, quote.speaker_start)
        if described is None:
            return None
        found = _entity_named(item, *described)
        return (
            (found, _fullest_name(item, found)) if found else (UNRESOLVED, text[slice(*described)])
        )
    if _SEEN_BY_AFTER.match(text, said_end):
        return None  # "a draft seen by Meridian Wire": the cue's medium, not the draft
    return UNRESOLVED, said.strip()


def _described_by_relative(item: StoryArticle, at: int) -> tuple[int, int] | None:
    """The span of the noun phrase a relative pronoun's clause describes (its determiners
    and modifiers up to the noun), or None without a parse that says."""
    tokens = item.tokens
    index = bisect_left(tokens, at, key=lambda t: t.start)
    if index >= len(tokens) or tokens[index].start != at:
        return None
    clause = tokens[index].head
    if tokens[clause].dep != "relcl" or clause == index:
        return None
    noun = tokens[clause].head
    if tokens[noun].pos not in ("NOUN", "PROPN") or noun > index:
        return None
    first = noun
    while first > 0 and tokens[first - 1].head == noun and tokens[first - 1].dep in _BEFORE:
        first -= 1
    return tokens[first].start, tokens[noun].end


_BEFORE = frozenset({"det", "amod", "compound", "nummod", "poss", "case"})
_SEEN_BY_AFTER = re.compile(rf"[\s,]*{SEEN_BY.pattern}")


def _named_subject(item: StoryArticle, head: int, phrase: Sequence[int]) -> tuple[str, str]:
    """The name a speaking subject is: its head's ("President Dmytro Kharlan"), else its
    apposition's ("Its chief negotiator, Pavel Vrana"); not a name that only qualifies it
    ("New York's attorney general" is not New York): then the phrase itself."""
    tokens, text = item.tokens, item.article.text
    naming = [head] + [t for t in phrase if tokens[t].head == head and tokens[t].dep == "appos"]
    for position in naming + _document_owners(item, head, phrase):
        for s, e, entity in item.entities:
            if s <= tokens[position].start < e:
                return entity, _fullest_name(item, entity)
    words = [tokens[t] for t in phrase if tokens[t].pos not in _NO_NAME_POS] or [tokens[head]]
    name = " ".join(text[words[0].start : words[-1].end].split())
    owner = persons_side_owner(name)
    person = _entity_called(item, owner) if owner is not None else None
    if person is not None:  # "The office of Attorney General Letitia James issued": hers
        return person, name
    return name.casefold(), name


def _entity_at(item: StoryArticle, positions: Sequence[int]) -> bool:
    starts = [item.tokens[p].start for p in positions]
    return any(s <= start < e for start in starts for s, e, _ in item.entities)


_NO_NAME_POS = frozenset({"DET", "PUNCT", "SPACE"})  # "A\xa0large faction of ...": no name


def _document_owners(item: StoryArticle, head: int, phrase: Sequence[int]) -> list[int]:
    """Whose a document is ("Warren's report says", "Tuesday's report from the Labor
    Department showed"): the tokens of its owner and of what it is from or by."""
    tokens, text = item.tokens, item.article.text
    if not names_a_written_source(text[tokens[head].start : tokens[head].end], tokens[head].lemma):
        return []
    return document_owners(tokens, head, phrase)


def _fullest_name(item: StoryArticle, entity: str) -> str:
    """The longest name the article gives an entity: "Trump said" is Donald Trump's word, and
    an origin is shown by one name however its sentences shorten it. A description the
    resolver tied to it ("the US leader") is no name: a name ends in a capital word."""
    text = item.article.text
    said = [" ".join(text[s:e].split()) for s, e, i in item.entities if i == entity]
    names = [n for n in said if n.split()[-1][:1].isupper()] or said
    return max(names, key=len)


def _speaks_for(item: StoryArticle, entity: str) -> str | None:
    """The body the article says a person is the spokesperson or the head of, wherever it
    names them ("Taliban spokesman Zabihullah Mujahid", "Jen Psaki, the White House press
    secretary,", "EPA Administrator Andrew Wheeler"): their word is the body's (not a former
    head's)."""
    text = item.article.text
    for start, end, found in item.entities:
        if found != entity:
            continue
        before = _SPOKESPERSON_BEFORE.search(text, max(0, start - 80), start)
        after = _SPOKESPERSON_AFTER.match(text, end)
        found_body = before["body"] if before else after and (after["body"] or after["of"])
        opening = before.start() if before else start
        said = text[max(0, opening - 12) : opening] + (found_body or "")
        if found_body and LEFT_OFFICE.search(said) is None:  # "former EPA Administrator"
            return re.sub(r"['’]s?$", "", found_body.strip())
    return None


_SPOKES = (
    r"(?:(?:chief\s+|top\s+|senior\s+|deputy\s+)?(?:spokes(?:man|woman|person)|press\s+secretary)"
    r"|(?i:administrator|director|chief|chairman|chairwoman|chair|commissioner|ceo|secretary))"
)
_BODY = r"(?:[A-Z][\w.'’-]*\s+){1,4}?"
_SPOKESPERSON_BEFORE = re.compile(rf"(?P<body>{_BODY}){_SPOKES}\s*,?\s*$")
_SPOKESPERSON_AFTER = re.compile(
    rf",\s+(?:an?|the)\s+(?:(?P<body>{_BODY}){_SPOKES}\b|{_SPOKES}\s+for\s+(?:the\s+)?"
    rf"(?P<of>{_BODY.replace('+){', '*){')}))"
)


def _filling_speech(text: str, quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The reported speech that holds most of the sentence (at least SPEECH_SHARE of it); of
    a record of someone's words that holds them ("Comey said ..., according to part of an
    ABC interview", "she testified that ..., according to a transcript"), the words of the
    one who said them, when they hold enough of it too. A report, a book or sources telling
    what someone said or will say stay the source ("Biden will announce ..., according to
    multiple reports")."""
    least = (end - start) * SPEECH_SHARE
    filling = [(q, _covered(q, start, end)) for q in quotes]
    filling = [(q, covered) for q, covered in filling if covered >= least]
    best = max(filling, key=lambda item: item[1], default=None)
    if best is None or not _a_record(text, best[0]):
        return best[0] if best else None
    outer = best[0]
    speaking = [
        q for q, _ in filling if q is not outer and q.speaker_start is not None and _holds(outer, q)
    ]
    return max(speaking, key=lambda q: _covered(q, start, end), default=outer)


def _a_record(text: str, quote: Quote) -> bool:
    """A source that records the words themselves: a transcript, an interview, a video."""
    if quote.speaker_name or quote.speaker_start is None or quote.speaker_end is None:
        return False
    phrase = text[quote.speaker_start : quote.speaker_end]
    owner = _OF_WHAT.match(text, quote.speaker_end)  # "part of an ABC interview"
    words = re.findall(r"[a-z]+", (phrase + (owner[0] if owner else "")).casefold())
    return any(word in _RECORDS or word.rstrip("s") in _RECORDS for word in words)


_OF_WHAT = re.compile(r" of [^,.;:!?]{1,40}")
# what holds someone's own words, not an account of them
_RECORDS = frozenset(
    {"transcript", "interview", "recording", "video", "audio", "footage", "tape", "excerpt",
     "clip", "remark", "testimony", "deposition", "broadcast", "translation", "readout",
     "tweet", "livestream", "speech", "podcast"}
)  # fmt: skip


def _covered(quote: Quote, start: int, end: int) -> int:
    pieces = quote.pieces or ((quote.start, quote.end),)
    return sum(max(0, min(e, end) - max(s, start)) for s, e in pieces)


def _holds(outer: Quote, inner: Quote) -> bool:
    """The inner quote's words and cue lie in the outer one's words."""
    pieces = outer.pieces or ((outer.start, outer.end),)
    first = min(inner.start, inner.cue_start if inner.cue_start is not None else inner.start)
    last = inner.pieces[-1][1] if inner.pieces else inner.end
    return any(s <= first and last <= e for s, e in pieces)


def _same_person(a: str, b: str) -> bool:
    """ "Teodor Vasylenko" and "Vasylenko": one person named fully and by surname."""
    words_a, words_b = a.casefold().split(), b.casefold().split()
    return bool(words_a and words_b) and words_a[-1] == words_b[-1]


_LEADING_THE = re.compile(r"^the\s+")


def fold_name(name: str) -> str:
    """A name as two spellings of it share it: case, spacing and a leading "the" aside."""
    return _LEADING_THE.sub("", " ".join(name.split()).casefold())


def media_names(outlets: Iterable[str | None]) -> dict[str, str]:
    """The folded name of each outlet -> the outlet, for `article_units`."""
    return {fold_name(o): o for o in outlets if o}


def _same_name(a: str, b: str | None) -> bool:
    """One name, whatever its case, spacing or leading "the"."""
    return bool(b and a.strip()) and fold_name(a) == fold_name(b or "")


# --- when it happened ------------------------------------------------------------------------


def _main_times(
    item: StoryArticle, start: int, end: int, clauses: Clauses | None
) -> list[TimeExpression]:
    """The time expressions of the sentence's main clause ("the talks opened on Wednesday, a
    day after a strike on Tuesday": Wednesday)."""
    found = [t for t in item.times if start <= t.start < end and t.value]
    return [t for t in found if clauses is None or clauses.dates_the_sentence(t.start, t.precision)]


_BACKGROUND_PRECISIONS = frozenset({"day", "month", "year"})
# A background date must name its year: a weekday or "yesterday" in a clause the parse may
# have hung on the wrong noun ("the capital, which opened yesterday") misleads more than it
# tells, and a bare weekday there has no tense of its own to read the direction by.
_YEAR = re.compile(r"\b(?:1[5-9]|2[0-9])\d\d\b")


def _background(
    item: StoryArticle, start: int, end: int, clauses: Clauses | None
) -> tuple[BackgroundEvent, ...]:
    """The dated happenings the sentence mentions besides what it reports ("the plant,
    which it seized in 2022"): each time expression outside the main clause, with the phrase
    it dates, when the date names its year."""
    if clauses is None:
        return ()
    found = []
    for time in item.times:
        if not (start <= time.start < end and time.value) or time.precision not in (
            _BACKGROUND_PRECISIONS
        ):
            continue
        if not _YEAR.search(time.text):
            continue
        if clauses.dates_the_sentence(time.start, time.precision):
            continue
        phrase = clauses.background_phrase(time.start, time.end)
        if phrase is None:
            continue
        text = item.article.text[phrase[0] : phrase[1]]
        found.append(BackgroundEvent(time.value, time.precision, item.article.id, *phrase, text))
    return tuple(found)


def _main_claim(claim: Claim, clauses: Clauses | None) -> bool:
    """A claim made in the main clause ("the plant, which it seized in 2022": the seizing is
    background to what the sentence reports)."""
    return clauses is None or clauses.in_main_clause(claim.trigger_start)


def _date_of(
    claims: Sequence[Claim],
    quotes: Sequence[Quote],
    times: Sequence[TimeExpression],
    text: str,
    clauses: Clauses | None = None,
) -> tuple[tuple[str, str] | None, bool]:
    """When what the sentence reports happened (its claim's or quote's event date, else the
    most precise time expression of its main clause), and whether it is written in full.
    A claim of a clause of its own ("the plant, which it seized in 2022") dates that clause,
    not the sentence."""
    # a speaker's own words date what they speak of, not the report ("Wasylenko wrote:
    # “Forty families will have their sons back by Sunday”" was not written on Sunday)
    spoken = [p for q in quotes if q.direct for p in q.pieces or ((q.start, q.end),)]
    claims = [c for c in claims if not _inside(c.trigger_start, spoken)]
    # ... and a possibility reported is no happening ("told the Observer that the swap could
    # take place as early as the weekend" was not told at the weekend)
    possible = [
        (m.start(), q.end)
        for q in quotes
        if not q.direct and (m := _POSSIBLY.search(text, q.start, q.end)) is not None
    ]
    times = [
        t for t in times if not _inside(t.start, spoken + possible) and not _a_bound(text, t.start)
    ]
    items: list[Claim | Quote] = [*claims, *quotes]
    for item in items:
        if item.event_date and item.event_date_start is not None:
            if isinstance(item, Claim) and not _main_claim(item, clauses):
                continue
            if _a_bound(text, item.event_date_start):
                continue
            written = text[item.event_date_start : item.event_date_end or item.event_date_start]
            return (item.event_date, _precision(item.event_date)), _in_full(written)
    ranked = sorted(times, key=lambda t: _PRECISION_RANK.get(t.precision, 9))
    if not ranked:
        return None, False
    return (ranked[0].value or "", ranked[0].precision), _in_full(ranked[0].text)


_POSSIBLY = re.compile(r"\b(?:could|might|may)\b")
# "agreed to keep talking through Friday" was agreed before Friday: a time a state lasts
# until ends what is reported, it is not when the report's happening took place
_UNTIL = re.compile(r"\b(?:until|till|through|thru)\s+(?:the\s+)?$", re.IGNORECASE)
# ... nor is the time a record is counted since: "the meeting was his fourth since
# February", "the deadliest attack since last summer" happened now ("has held the plant
# since 2022" does date the holding: TimeML's BEGINS)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_RECORD = re.compile(
    r"\b(?:most|least|worst|best|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|\d+(?:st|nd|rd|th)|[a-z]{2,}(?:iest|gest|hest|west|rst|llest|rtest|ngest|atest))\b",
    re.IGNORECASE,
)
_RECORD_REACH = 80  # characters before "since" where the superlative or ordinal stands


def _a_bound(text: str, start: int) -> bool:
    if _UNTIL.search(text, max(0, start - 16), start) is not None:
        return True
    since = _SINCE.search(text, max(0, start - 16), start)
    if since is None:
        return False
    before = text[max(0, since.start() - _RECORD_REACH) : since.start()]
    sentence = re.split(r"[.!?]\s", before)[-1]
    return _RECORD.search(sentence) is not None


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|"
    r"apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{4}-\d\d-\d\d\b",
    re.IGNORECASE,
)


def _in_full(written: str) -> bool:
    """ "March 10", "10 March 2026": a day that does not depend on the article's date."""
    return bool(_MONTH.search(written))


_PRECISION_RANK = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4}


def _precision(value: str) -> str:
    if "/" in value:
        return "range"
    if "W" in value:
        return "week"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "unknown")
