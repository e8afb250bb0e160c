"""Attribution cues, per article: where each sentence's information came from.

"Bloomberg reported, citing people familiar", "according to the agency", "as Axios wrote",
"in an interview with CBS News": each cue names (or points back to) an origin. Honest counts
need these: ten articles repeating one Bloomberg report are one origin, not ten. Folding the
origins of a story (aliases, outlet groups, copies) is the corpus step in `group/`.

Cues are found with compiled patterns inside the sentences of the parsed article, so they are
found in any text the parse could split, translated ones included. Who a phrase names is read
with the one title vocabulary of the gazetteer, and, given the article's `Referents`, with the
people the article names.

Decisions, so later stages know what they get:
- Only organisations are origins: media, institutions ("the country's investigative committee")
  and unnamed sources ("anonymous sources"). A person speaking is the speaker of a quote (the
  quotes stage owns that); `find_cues` still reports such cues with kind PERSON, but
  `find_attributions` leaves them out. A person interviewed by an outlet gives the outlet as
  origin ("in an interview with CBS News" -> CBS News), as an unnamed source gives its reporter.
- Anaphors ("the agency", "the server", "It also writes") resolve to the latest earlier origin
  of a fitting kind; when nothing earlier fits they stay unresolved as "unnamed agency",
  "unnamed website" (never resolved forward: a later name is a guess, not a reference).
  A qualified anaphor ("The Ukrainian website") introduces a new unnamed origin.
- `via` is the outlet an origin came through: the intermediate named in the text ("X, citing
  Y" -> Y via X), else the article's own outlet when it differs from the origin.
- Known media come from the caller (`media`: any spelling -> kind, e.g. from the outlet
  registry); an origin keeps the spelling the text uses, and the registry folds it later.

Moved from the former `group/origins.py` (issue 11); `group/sources.py` does the corpus-level
folding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from itertools import pairwise
from typing import Literal

from newsdesk.gazetteer import Gazetteer, load_gazetteer
from newsdesk.model import Attribution, Claim, Quote
from newsdesk.parse import ParsedArticle
from newsdesk.referents import (
    BODY_NOUNS,
    DESCRIPTION_OPENERS,
    LEFT_OFFICE,
    MEDIUM_NOUNS,
    SEEN_BY,
    UPPER_LETTERS,
    WHOSE_BEFORE,
    WRITTEN_SOURCES,
    Referents,
    body_name,
    says_whose_before,
)

ANONYMOUS = "anonymous sources"
OWN_REPORTING = "own reporting"  # the outlet's own information ("our sources")


class OriginKind(StrEnum):
    AGENCY = "agency"  # news agencies and wire services
    WEB = "web"  # web-only outlets ("server", "website", "portal")
    PAPER = "paper"
    BROADCASTER = "broadcaster"
    MAGAZINE = "magazine"
    OUTLET = "outlet"  # media of an unknown kind
    INSTITUTION = "institution"  # governments, ministries, committees, companies
    ANONYMOUS = "anonymous"
    PERSON = "person"

    @property
    def is_media(self) -> bool:
        return self in _MEDIA_KINDS


_MEDIA_KINDS = frozenset(
    {
        OriginKind.AGENCY,
        OriginKind.WEB,
        OriginKind.PAPER,
        OriginKind.BROADCASTER,
        OriginKind.MAGAZINE,
        OriginKind.OUTLET,
    }
)


class _Knowledge:
    """What naming an origin reads: known media by any spelling (case and a leading "the"
    ignored), the gazetteer's title words, and the people the article names."""

    def __init__(
        self, media: Mapping[str, str], gazetteer: Gazetteer, referents: Referents | None
    ) -> None:
        self._kinds = {_media_key(name): _kind(kind) for name, kind in media.items()}
        self.gazetteer = gazetteer
        self.referents = referents

    def is_person(self, name: str) -> bool:
        """A name the article gives a person ("Lavrov" after "Sergei Lavrov")."""
        return self.referents is not None and self.referents.is_person_name(name)

    def lookup(self, name: str) -> tuple[str, OriginKind] | None:
        """The name as written and its kind, when it is a known medium."""
        kind = self._kinds.get(_media_key(name))
        return (name, kind) if kind is not None else None

    def same(self, a: str, b: str) -> bool:
        return _media_key(a) == _media_key(b)


def _media_key(name: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(name.split()).casefold())


def _kind(kind: str) -> OriginKind:
    try:
        found = OriginKind(kind)
    except ValueError:
        return OriginKind.OUTLET
    return found if found.is_media else OriginKind.OUTLET


@dataclass(frozen=True, slots=True)
class AttributionCue:
    """One attribution cue with what `Attribution` has no room for: kind and resolution."""

    start: int  # the sentence
    end: int
    cue_start: int
    cue_end: int
    origin: str
    kind: OriginKind
    via: str | None = None
    anaphor: str | None = None  # the anaphoric phrase, when the origin was pointed back to
    resolved: bool = True  # False for an anaphor nothing earlier fitted ("unnamed agency")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- phrases --------------------------------------------------------------------------

_UP = UPPER_LETTERS
_CAPWORD = rf"(?:(?:[{_UP}]\.){{2,}}|[{_UP}][\w/-]*(?:\.(?:cz|sk|com|ru|ua|org|net|pl|de|uk))?)"
_CONNECT = r"(?:of|for|and|de|del|della|der|du|la|le|the|&)"
_MEDIA_TAIL = (
    r"magazine|newspaper|daily|weekly|news\s+agency|agency|website|portal|server|channel|"
    r"television|TV|radio|broadcaster|news\s+site"
)
_NAME = (
    rf"(?:[Tt]he\s+)?{_CAPWORD}(?:\s+(?:{_CONNECT}\s+){{0,2}}{_CAPWORD}){{0,5}}"
    rf"(?:\s+(?:{_MEDIA_TAIL})\b)?"
)

# Nouns a description can end in, by what they name.
_MEDIA_NOUNS: dict[str, frozenset[OriginKind]] = {
    **{
        noun: _MEDIA_KINDS if kind is None else frozenset({OriginKind(kind)})
        for noun, kind in MEDIUM_NOUNS.items()
    },
    "news agency": frozenset({OriginKind.AGENCY}),
    "it": _MEDIA_KINDS,
}
_ANONYMOUS_NOUNS = ("sources", "source", "officials", "official", "insiders", "insider",
                    "diplomats", "diplomat", "people", "person")  # fmt: skip
_PERSON_NOUNS = ("critics", "critic", "experts", "expert", "analysts", "analyst", "residents",
                 "witnesses", "witness", "president", "minister", "leader", "observers",
                 "lawmakers", "senator", "he", "she", "they", "we", "i")  # fmt: skip
_SPOKES_NOUNS = ("spokesman", "spokeswoman", "spokesperson", "representative",
                 "press secretary", "press service")  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len)[::-1])


_HEADS = _alternation(
    [*_MEDIA_NOUNS, *_ANONYMOUS_NOUNS, *_PERSON_NOUNS, *_SPOKES_NOUNS, *sorted(BODY_NOUNS),
     *sorted(WRITTEN_SOURCES)]
)  # fmt: skip
_DET = (
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|"
    r"[Mm]any|[Ss]ome|[Oo]ther)"
)
_FAMILIAR = (
    r"(?:\s+(?:familiar|close|with\s+knowledge|briefed|aware|involved)"
    r"(?:\s+(?:with|to|of|on|in))?(?:\s+(?:the|those|these)\s+[\w-]+(?:\s+(?!said|says|told)[\w-]+)?)?)?"
)
_DESC = rf"(?:{_DET}|{_CAPWORD}['’]s)\s+(?:[\w'’.-]+\s+){{0,3}}?(?:{_HEADS})\b{_FAMILIAR}"
_BARE_NOUNS = r"(?i:sources|officials|insiders|diplomats|people|experts|analysts|critics)"
_BARE = (
    rf"(?:[\w.-]+\s+){{0,2}}?(?:{_BARE_NOUNS})\b{_FAMILIAR}"
    rf"(?:\s+(?:in|from|at)\s+{_CAPWORD}(?:\s+{_CAPWORD})*)?"  # "officials in Kyiv"
)
# "the Ukrainian emergency service", "the Polish foreign ministry": a capital word that
# only qualifies a body; tried before a name, which would stop at "the Ukrainian"
_DESC_QUALIFIED = (
    rf"[Tt]he\s+{_CAPWORD}\s+(?:[a-z][\w'’.-]*\s+){{0,2}}?(?:{_HEADS})\b{_FAMILIAR}"
    rf"(?!\s+[{_UP}])"  # "the Ukrainian website Jevropejska Pravda" names the website
)
# "the Orvenian daily Glas Orvena", "the agency TASS": a description before the name it
# introduces (the name is the origin; `_tidy` drops the description)
_DESCRIBING_NOUNS = _alternation(MEDIUM_NOUNS)
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DESCRIBED = (
    rf"(?:(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DESCRIBING_NOUNS})\s+"
    rf"(?=[{_UP}])(?!(?:{_DAYS})\b))?"  # "reported by a local station Monday" names none
)
_PHRASE = rf"(?:{_DESC_QUALIFIED}|{_DESCRIBED}{_NAME}|{_DESC}|{_BARE})"
_SUBJECT = rf"(?:{_DESCRIBED}{_NAME}|{_DESC}|{_BARE}|\b[Ii]t)"

_WHEN = rf"(?:\s+(?:on\s+)?(?:{_DAYS}|yesterday|today|earlier|last\s+week|this\s+week|late\s+\w+))?"
_ADVERB = r"(?:(?:also|earlier|previously|further|later|first|then|again)\s+)?"
_VERB = (
    r"reported|reports|said|says|wrote|writes|added|adds|noted|notes|stated|states|"
    r"announced|claimed|claims|confirmed|recalled|recalls|reminded|reminds(?:\s+us)?|"
    r"mentioned|mentions|explained|stressed|warned|quoted|informed|informs|say|claim|"
    r"published"
)
_STATEMENT = r"(?:\s+in\s+an?\s+(?:statement|report|post|briefing|press\s+release|release))?"
_SAY = rf"{_ADVERB}(?P<verb>{_VERB}){_WHEN}{_STATEMENT}"
_CITES = r"cited\s+(?P<obj>{phrase})\s+as\s+(?:saying|reporting)"
_WRITING_VERBS = frozenset(
    {"reported", "reports", "writes", "wrote", "adds", "notes", "mentions", "recalls", "states"}
)
_ANY_ORIGIN = "it (any origin)"
_MEDIA_VERBS = frozenset({"reported", "reports", "writes", "cited", "informs", "informed"})


@dataclass(frozen=True, slots=True)
class _Match:
    """A cue found by one pattern: where, and the phrases it names."""

    cue_start: int
    cue_end: int
    subject: str | None  # the phrase before the verb ("Bloomberg reported")
    obj: str | None  # the phrase after the anchor ("according to X", "citing X")
    verb: str
    shape: str  # which pattern found it; decides who is origin and who is via
    priority: int
    subject_start: int | None = None  # where `subject` starts in the text
    verb_start: int | None = None  # where the verb starts, when the pattern has one


def _pattern(template: str) -> re.Pattern[str]:
    return re.compile(template.replace("{phrase}", _PHRASE).replace("{subject}", _SUBJECT))


# An inverted cue's speaker ends its clause (", said Lavrov.", ", said the minister on
# Friday"): in "Zelensky, speaking in Kyiv, said Russia had ..." Russia begins what was said
_INVERTED_END = (
    r"(?=\s*(?:[,.;:!?)”\"\n]|$)|\s+(?:on|in|at|during|after|before|when|while|as|to|"
    r"yesterday|today|earlier|later|late|last|this|adding|according)\b)"
)
# Ordered by priority: longer, chained shapes first so their parts are not cues of their own.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "report_citing",
        _pattern(rf"(?P<subj>{{subject}})\s+{_SAY},?\s+citing\s+(?P<obj>{{phrase}})"),
    ),
    ("comma_citing", _pattern(rf"(?P<subj>{{subject}}),\s+citing\s+(?P<obj>{{phrase}}),\s+{_SAY}")),
    (
        "according_citing",
        _pattern(
            r"\b[Aa]ccording\s+to\s+(?P<subj>{phrase}),\s+(?:citing|which\s+cited|quoting)\s+"
            r"(?P<obj>{phrase})"
        ),
    ),
    ("cited_as", _pattern(rf"(?P<subj>{{subject}})\s+{_ADVERB}{_CITES}")),
    (
        "told",
        _pattern(
            r"(?:(?P<subj>{subject})\s+)?(?:also\s+)?(?P<verb>\btold)\s+(?P<obj>" + _NAME + ")"
        ),
    ),
    (
        "interview",
        _pattern(
            r"\b(?:in\s+)?an?\s+(?:exclusive\s+|recent\s+|televised\s+)?interview\s+"
            r"(?:with|for|to|on|given\s+to)\s+(?P<obj>" + _NAME + ")"
        ),
    ),
    ("speaking_to", _pattern(r"\b(?:[Ss]peaking|[Tt]alking)\s+to\s+(?P<obj>" + _NAME + ")")),
    (
        "seen_by",
        _pattern(rf"\b{SEEN_BY.pattern}{_DESCRIBED}(?P<obj>" + _NAME + ")"),
    ),
    (
        "this_was_by",  # "This was stated by the ministry.": the sentence before is its
        _pattern(WHOSE_BEFORE.pattern + rf"{_DESCRIBED}(?P<obj>{{phrase}})"),
    ),
    (
        "report_by",
        _pattern(
            r"\b(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:report|story|article|investigation)\s+"
            r"(?:by|in|from)\s+"
            r"(?P<obj>" + _NAME + ")"
        ),
    ),
    (
        # "according to data compiled by Johns Hopkins University", "a tally by Reuters":
        # whoever gathered the figures is their source
        "figures_by",
        _pattern(
            r"\b(?i:data|figures|statistics|numbers|tally|count|estimates?|poll|survey|study|"
            r"analysis|calculations)\s+"
            r"(?:(?:compiled|released|published|gathered|collected|conducted|kept|issued)\s+)?"
            r"(?:by|from)\s+(?P<obj>" + _NAME + ")"
        ),
    ),
    (
        "possessive_report",
        _pattern(
            r"(?P<obj>" + _NAME + r")['’]s?\s+(?:report|reporting|article|story|investigation)\b"
        ),
    ),
    (
        "as_wrote",
        _pattern(
            r"\b[Aa]s\s+(?P<obj>{phrase})\s+(?:\w+\s+)?(?P<verb>wrote|writes|reported|reports|"
            r"noted|notes|said|says|put\s+it|pointed\s+out)\b"
        ),
    ),
    (
        "according_statement",  # "according to a statement from the foreign ministry"
        _pattern(
            r"\b[Aa]ccording\s+to\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:statement|document|memo|letter|press\s+release|communiqu[eé]|post)\s+"
            r"(?:(?:issued|published|released|posted)\s+)?(?:from|by|of)\s+(?P<obj>{phrase})"
        ),
    ),
    ("according", _pattern(r"\b[Aa]ccording\s+to\s+(?P<obj>{phrase})")),
    ("citing", _pattern(r"\b[Cc]iting\s+(?P<obj>{phrase})")),
    ("says", _pattern(rf"(?P<subj>{{subject}})\s+{_SAY}\b")),
    (
        "credit",  # a dateline "KYIV (Reuters) -" or a headline ending "... – Reuters"
        _pattern(
            r"\((?P<obj>" + _NAME + r")\)\s*[-–—]|(?<=\s)[-–—]\s+(?P<obj2>" + _NAME + r")\s*$"
        ),
    ),
    (
        "said_inverted",
        _pattern(
            r"[,”\"]\s*(?P<verb>said|wrote|reported|added|noted|stated)\s+(?P<obj>{phrase})"
            + _INVERTED_END
        ),
    ),
)


# --- what a phrase names --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Named:
    """What one phrase names: an origin, a person, or an anaphor still to resolve."""

    name: str
    kind: OriginKind
    anaphor: str | None = None  # the media or institution noun pointed back with ("agency")
    resolved: bool = True


_LEAD_WORDS = _word_set(
    "meanwhile however but and on in at also earlier later separately yesterday today now so "
    "still then last this moreover furthermore additionally finally first "
    "monday tuesday wednesday thursday friday saturday sunday"
)
_DETERMINERS = DESCRIPTION_OPENERS
_INDEFINITE = frozenset({"a", "an", "one"})
_NEUTRAL_QUALIFIERS = _word_set("news same state official online private independent")
_ANONYMOUS = re.compile(
    r"\b(?:sources?|insiders?|diplomats?|officials?|"
    r"(?:people|person|persons)\s+(?:familiar|close|with\s+knowledge|briefed|aware|involved))\b"
    # "the people said" takes up "people familiar with ..." named before it
    r"|^(?:the|these|those|both|all)\s+(?:(?:two|three|four|five)\s+)?(?:people|persons)$"
    # "two of the people said", "one of them": some of the unnamed sources named before
    r"|^(?:one|two|three|four|five|some|several|many|most)\s+of\s+(?:the|these|those|them)\b"
)
# "according to the information of our daily": the outlet's own reporting
_OWN_MEDIUM = re.compile(
    r"\bour\s+(?:own\s+)?(?:newspaper|daily|paper|editorial(?:\s+(?:office|team|board))?|"
    r"newsroom|reporters?|correspondents?|website|server|magazine|weekly|channel|station|"
    r"information|findings|sources?)\b"
)
_MEDIA_NAME_WORDS: dict[str, OriginKind] = {
    "times": OriginKind.PAPER, "post": OriginKind.PAPER, "journal": OriginKind.PAPER,
    "herald": OriginKind.PAPER, "tribune": OriginKind.PAPER, "gazette": OriginKind.PAPER,
    "telegraph": OriginKind.PAPER, "guardian": OriginKind.PAPER, "pravda": OriginKind.PAPER,
    "chronicle": OriginKind.PAPER, "observer": OriginKind.PAPER, "zeitung": OriginKind.PAPER,
    "news": OriginKind.OUTLET, "press": OriginKind.OUTLET, "wire": OriginKind.AGENCY,
    "agency": OriginKind.AGENCY, "tv": OriginKind.BROADCASTER, "radio": OriginKind.BROADCASTER,
    "television": OriginKind.BROADCASTER, "broadcasting": OriginKind.BROADCASTER,
    "magazine": OriginKind.MAGAZINE, "website": OriginKind.WEB, "portal": OriginKind.WEB,
    "server": OriginKind.WEB, "newspaper": OriginKind.PAPER, "daily": OriginKind.PAPER,
    "weekly": OriginKind.MAGAZINE, "channel": OriginKind.BROADCASTER,
}  # fmt: skip
_DOMAIN = re.compile(r"\.(?:cz|sk|com|ru|ua|org|net|pl|de|uk)$", re.IGNORECASE)


_DESCRIPTION = re.compile(_DESCRIBED.removesuffix("?"))


def _tidy(phrase: str) -> str:
    """One spacing, no possessive, no sentence-opening words ('Meanwhile Bloomberg'), no
    description before a name ('the agency TASS')."""
    phrase = _DESCRIPTION.sub("", " ".join(phrase.split()), count=1)
    words = re.sub(r"['’]s?$", "", phrase).split(" ")
    while words and words[0].casefold().rstrip("’'s") in _LEAD_WORDS and words[0][:1].isupper():
        words.pop(0)
    return " ".join(words)


def classify(phrase: str, verb: str, media: _Knowledge) -> _Named | None:
    """What a cue's phrase names; None when it names no source (a document, a pronoun).
    A name a description introduces ("the server Fjordposten") is a medium of its kind."""
    named = _classify(phrase, verb, media)
    described = _DESCRIPTION.match(" ".join(phrase.split()))
    if described is None or (named is not None and named.kind is not OriginKind.PERSON):
        return named
    noun = described.group(0).split()[-1].casefold()
    kinds = _MEDIA_NOUNS.get(noun, _MEDIA_KINDS)
    kind = next(iter(kinds)) if len(kinds) == 1 else OriginKind.OUTLET
    name = _tidy(phrase)
    return _Named(name, kind) if name else named


def _classify(phrase: str, verb: str, media: _Knowledge) -> _Named | None:
    phrase = _tidy(phrase)
    if not phrase:
        return None
    if known := _known_medium(phrase, media):
        return known
    low = phrase.casefold()
    if _OWN_MEDIUM.search(low):
        return _Named(OWN_REPORTING, OriginKind.OUTLET)
    if low == "it":
        # "It writes" points back to a medium; "It said" to whatever was named last.
        anaphor = "it" if verb in _WRITING_VERBS else _ANY_ORIGIN
        return _Named("", OriginKind.OUTLET, anaphor=anaphor, resolved=False)
    if low in _DETERMINERS:
        return None  # "The reported demand": a lone article is no name
    if low.split()[-1] in WRITTEN_SOURCES and not _headed_by_body(low):
        return _document_owner(phrase, media)  # not "the Bureau of Economic Analysis"
    rules = (_anonymous, _media_description, _spokesperson, _person)
    for rule in rules:
        named = rule(phrase, low)
        if named is not False:
            return named
    if (person := _person_of(phrase, media)) is not None:
        return person
    if (medium := _medium_by_name(phrase)) is not None:
        return medium  # before the parse's reading: NER often calls "Meridian Wire" a person
    if (state := _state(phrase, media.gazetteer)) is not None:
        return _Named(state, OriginKind.INSTITUTION)  # a state speaks, it publishes nothing
    if _headed_by_body(low) and (body := _institution(phrase, low)):
        return body  # "the Defence Ministry": a title word ("defence") inside a body's name
    if _titled(low, media.gazetteer) or media.is_person(phrase):
        return _Named(phrase, OriginKind.PERSON)  # an official speaking: a quote's speaker
    named = _institution(phrase, low)
    if named is not False:
        return named
    return _capitalised_name(phrase, verb)


def _known_medium(phrase: str, media: _Knowledge) -> _Named | None:
    bare = re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE)
    for candidate in (phrase, bare, re.sub(rf"\s+(?:{_MEDIA_TAIL})$", "", bare)):
        if known := media.lookup(candidate):
            return _Named(*known)
    return None


_Rule = _Named | None | Literal[False]  # False: the rule does not apply


def _anonymous(phrase: str, low: str) -> _Rule:
    return _Named(ANONYMOUS, OriginKind.ANONYMOUS) if _ANONYMOUS.search(low) else False


def _media_description(phrase: str, low: str) -> _Rule:
    """'the agency' points back; 'a paper', 'the Ukrainian website' are new, unnamed."""
    words = low.split()
    noun = next((n for n in _MEDIA_NOUNS if low.endswith(" " + n)), None)
    if noun is None or words[0] not in _DETERMINERS:
        return False
    middle = phrase.split()[1 : len(words) - len(noun.split())]
    if middle and phrase.split()[-1][:1].isupper() and middle[0][:1].isupper():
        return False  # "the Catholic News Agency", "the Kyiv Independent": a name
    kinds = _MEDIA_NOUNS[noun]
    kind = next(iter(kinds)) if len(kinds) == 1 else OriginKind.OUTLET
    qualifiers = [w for w in middle if w.casefold() not in _NEUTRAL_QUALIFIERS]
    if words[0] in _INDEFINITE or qualifiers:
        return _Named(_unnamed(kind, qualifiers), kind, resolved=False)
    return _Named("", kind, anaphor=noun, resolved=False)


_KIND_NOUNS = {
    OriginKind.AGENCY: "agency", OriginKind.WEB: "website", OriginKind.PAPER: "newspaper",
    OriginKind.BROADCASTER: "broadcaster", OriginKind.MAGAZINE: "magazine",
}  # fmt: skip


def _unnamed(kind: OriginKind, qualifiers: Iterable[str] = ()) -> str:
    """One label per kind, so 'the server' and 'the website' count as one unnamed origin."""
    return " ".join(["unnamed", *qualifiers, _KIND_NOUNS.get(kind, "outlet")])


def _spokesperson(phrase: str, low: str) -> _Rule:
    """A spokesman speaks for an institution ('a Kremlin spokesman' -> Kremlin)."""
    match = re.search(rf"\b(?:{_alternation(_SPOKES_NOUNS)})\b", low)
    if match is None:
        return False
    before = phrase[: match.start()].split()
    owner = [w for w in before if w[:1].isupper() and w.casefold() not in _DETERMINERS]
    name = _POSSESSIVE_END.sub("", " ".join(owner))  # "Pelosi's spokesman": Pelosi
    return _Named(name, OriginKind.INSTITUTION) if name else None


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _person(phrase: str, low: str) -> _Rule:
    last = low.split()[-1]
    return _Named(phrase, OriginKind.PERSON) if last in _PERSON_NOUNS else False


_HONORIFICS = _word_set("mr mrs ms dr member")
# title words that also name bodies: "the foreign ministry", "the state department"
_NOT_PERSONAL = _word_set("foreign state national security of the first top general")


def _person_of(phrase: str, media: _Knowledge) -> _Named | None:
    """ "(Justice Barry) Ostrager of the New York State Supreme Court", "Sen. Bob Casey of
    Pennsylvania": a person the article names, of a body or a place, is who speaks (the
    quote's speaker), never the body, whose name the phrase ends in; a reporter of a medium
    ("Brooke Singman of Fox News") reports the medium's word."""
    head, of, tail = phrase.partition(" of ")
    if not of or not media.is_person(head):
        return None
    medium = _known_medium(tail, media) or _medium_by_name(tail)
    return medium if medium is not None else _Named(head, OriginKind.PERSON)


def _headed_by_body(low: str) -> bool:
    """'the defence ministry', 'the ministry of defence of kestria': a body's name, by the
    noun it ends in or opens with before "of" (not "head of the presidential office X")."""
    words = [w for w in low.split() if w not in _DETERMINERS]
    if not words:
        return False
    opens_of = len(words) > 1 and words[1] == "of" and words[0] in BODY_NOUNS
    return words[-1] in BODY_NOUNS or opens_of


def _titled(low: str, gazetteer: Gazetteer) -> bool:
    """'Foreign Minister Sergei Lavrov', 'Mr. Peskov': an official speaking, by the
    gazetteer's title words (the one title vocabulary)."""
    words = set(low.replace(".", "").split())
    titles = {w for w in words if gazetteer.is_title_word(w)} - _NOT_PERSONAL
    return bool(titles or words & _HONORIFICS)


def _document_owner(phrase: str, media: _Knowledge) -> _Named | None:
    """'a Reuters tally' -> Reuters; 'a document' names no source."""
    owner = [w for w in phrase.split()[:-1] if w[:1].isupper() and w.casefold() not in _DETERMINERS]
    return classify(" ".join(owner), "reported", media) if owner else None


def _institution(phrase: str, low: str) -> _Rule:
    name = body_name(phrase)  # the one rule, shared with the quotes' and claims' resolver
    return _Named(name, OriginKind.INSTITUTION) if name is not None else False


def _state(phrase: str, gazetteer: Gazetteer) -> str | None:
    """A state by its name, its adjective or its seat ("citing American officials", "U.S.
    officials said", "Moscow said"): the state's word, never a medium's; a seat keeps its
    own name ("the Kremlin")."""
    if gazetteer.is_seat(phrase):
        return re.sub(r"^[Tt]he\s+", "", phrase)
    return gazetteer.state_of(phrase)


def _medium_by_name(phrase: str) -> _Named | None:
    """A capitalised name ending in a medium's word ("Meridian Wire", "The Riverton Herald"),
    or a domain: no person is named so."""
    words = re.sub(r"^[Tt]he\s+", "", phrase).split()
    if not words or not all(w[:1].isupper() or w in _SMALL_WORDS for w in words):
        return None
    if _DOMAIN.search(phrase):
        return _Named(phrase, OriginKind.WEB)
    kind = _MEDIA_NAME_WORDS.get(words[-1].casefold()) if len(words) >= 2 else None
    return _Named(re.sub(r"^the\s+", "The ", phrase), kind) if kind is not None else None


_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "de", "la", "&"})


def _capitalised_name(phrase: str, verb: str) -> _Named | None:
    """An unknown name: a medium by its words or its verb, else a person speaking."""
    phrase = re.sub(r"^the\s+", "The ", phrase)  # one spelling whether it opens a sentence
    if not re.match(rf"[{_UP}]", re.sub(r"^The\s+", "", phrase)):
        return None  # "The company said": which company, the words do not say
    last = phrase.split()[-1].casefold()
    if _DOMAIN.search(phrase):
        return _Named(phrase, OriginKind.WEB)
    if last in _MEDIA_NAME_WORDS:
        return _Named(phrase, _MEDIA_NAME_WORDS[last])
    if phrase.startswith("The ") or re.search(r"\b[A-Z]{2,}\b", phrase):
        # "the Kremlin", "the UN", "NATO": people have neither an article nor an acronym
        return _Named(re.sub(r"^The\s+", "", phrase), OriginKind.INSTITUTION)
    if verb.split()[0] in _MEDIA_VERBS if verb else False:
        return _Named(phrase, OriginKind.OUTLET)
    return _Named(phrase, OriginKind.PERSON)


# --- cues -----------------------------------------------------------------------------


def _find_matches(text: str, start: int, end: int) -> list[_Match]:
    """Every pattern's matches in one sentence, overlaps left to the better pattern."""
    found = [
        _to_match(shape, priority, match)
        for priority, (shape, pattern) in enumerate(_PATTERNS)
        for match in pattern.finditer(text, start, end)
    ]
    kept: list[_Match] = []
    for match in sorted(found, key=lambda m: (m.priority, m.cue_start)):
        if all(match.cue_end <= k.cue_start or match.cue_start >= k.cue_end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m.cue_start)


def _to_match(shape: str, priority: int, match: re.Match[str]) -> _Match:
    groups = match.groupdict()
    # Whoever cites someone else is reporting: an unknown name there is a medium.
    verb = "cited" if shape in _CHAIN_SHAPES else groups.get("verb") or ""
    cue_start = match.start("verb") if shape == "said_inverted" else match.start()
    obj = groups.get("obj") or groups.get("obj2")
    subject_start = match.start("subj") if groups.get("subj") else None
    verb_start = match.start("verb") if groups.get("verb") else None
    return _Match(
        cue_start, match.end(), groups.get("subj"), obj, verb, shape, priority, subject_start,
        verb_start,
    )  # fmt: skip


_CHAIN_SHAPES = frozenset({"report_citing", "comma_citing", "according_citing", "cited_as"})
# Shapes whose phrase appears in a reporting context: an unknown name there is a medium.
_MEDIA_CONTEXT = frozenset({"seen_by", "report_by", "possessive_report", "credit"})


def _named_parts(match: _Match, media: _Knowledge) -> tuple[_Named | None, _Named | None]:
    verb = "reported" if match.shape in _MEDIA_CONTEXT else match.verb
    subject = classify(match.subject, verb, media) if match.subject else None
    obj = classify(match.obj, verb, media) if match.obj else None
    return subject, obj


def _origin_and_via(match: _Match, media: _Knowledge) -> tuple[_Named, _Named | None] | None:
    """Who the information comes from, and the medium it came through (chains)."""
    subject, obj = _named_parts(match, media)
    if match.shape in _CHAIN_SHAPES:
        return _chain(subject, obj)
    if match.shape == "told":
        return _told(subject, obj)
    if match.shape == "credit":  # a bare name after a dash is a credit only if a known medium
        known = media.lookup(_tidy(match.obj or ""))
        return (_Named(*known), None) if known else None
    if match.shape in {"interview", "speaking_to"}:
        return (obj, None) if obj and obj.kind.is_media else None
    named = subject or obj
    return (named, None) if named else None


def _chain(reporter: _Named | None, cited: _Named | None) -> tuple[_Named, _Named | None] | None:
    """'X reported, citing Y': Y via X; unnamed or personal sources stay X's own."""
    reporter = reporter if reporter and reporter.kind is not OriginKind.PERSON else None
    if cited is None or cited.kind in {OriginKind.ANONYMOUS, OriginKind.PERSON}:
        return (reporter, None) if reporter else ((cited, None) if cited else None)
    return cited, reporter


def _told(speaker: _Named | None, listener: _Named | None) -> tuple[_Named, _Named | None] | None:
    """'X told Reuters': an institution via Reuters; a person or unnamed source -> Reuters."""
    if listener is None or not listener.kind.is_media:
        return (speaker, None) if speaker else None
    if speaker and speaker.kind is OriginKind.INSTITUTION:
        return speaker, listener
    return listener, None


def find_cues(
    article_id: str,
    parsed: ParsedArticle,
    outlet: str | None,
    media: Mapping[str, str] | None = None,
    referents: Referents | None = None,
) -> list[AttributionCue]:
    """Every attribution cue of one article, people included, anaphors resolved.

    `media` maps known outlet names (any spelling) to their kind ("agency", "paper", "web",
    "broadcaster", "magazine"); `referents`, when given, tells which names are people.
    """
    gazetteer = referents.gazetteer if referents is not None else load_gazetteer()
    knowledge = _Knowledge(media or {}, gazetteer, referents)
    text = parsed.text
    cues: list[AttributionCue] = []
    sentences = _sentences(parsed)
    for start, end in sentences:
        for found in _find_matches(text, start, end):
            if _verb_is_a_noun(parsed, found):
                continue  # "Previous reports alleged": "reports" names documents here
            if _a_region(parsed, found):
                continue  # "the top U.S. commander in the Middle East said": not the region
            if _a_former_holder(text, start, found):
                continue  # "The former director of the CDC said": a person, not the CDC
            match = _owner_named(_without_opening_words(parsed, found), knowledge)
            parts = _origin_and_via(match, knowledge)
            if parts is not None:
                cues.append(_cue(start, end, match, *parts))
    cues = _pointing_back(text, sentences, _resolve_anaphors(cues))
    return _with_default_via(cues, outlet, knowledge)


def _verb_is_a_noun(parsed: ParsedArticle, match: _Match) -> bool:
    """The pattern's verb is a noun to the parse ("Previous reports alleged ...", "Despite
    reports to the contrary"): no one reports anything there."""
    if match.verb_start is None or not parsed.has_parse:
        return False
    index = parsed.token_at(match.verb_start)
    return index is not None and parsed.tokens[index].pos == "NOUN"


def _without_opening_words(parsed: ParsedArticle, match: _Match) -> _Match:
    """The subject without the capitalised words that open its sentence and that the parse
    reads as no name ("Newly reported cases rose", "Despite reports to the contrary"): an
    adverb or a preposition reports nothing. Without a parse, the subject as found."""
    if match.subject is None or match.subject_start is None or not parsed.has_parse:
        return match
    kept = match.subject
    for word in re.finditer(r"\S+", match.subject):
        index = parsed.token_at(match.subject_start + word.start())
        if index is None or parsed.tokens[index].pos not in _OPENING_TAGS:
            kept = match.subject[word.start() :]
            break
    else:
        kept = ""
    if kept == match.subject:
        return match
    start = match.subject_start + len(match.subject) - len(kept)
    return replace(match, subject=kept or None, subject_start=start if kept else None)


_OPENING_TAGS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "INTJ"})


def _owner_named(match: _Match, media: _Knowledge) -> _Match:
    """ "His staff says he is asymptomatic", "Paul's staff wrote": a person's own staff,
    office or campaign, named by the person's full name as the resolver reads it."""
    if match.subject is None or match.subject_start is None or media.referents is None:
        return match
    side = media.referents.persons_side(match.subject, match.subject_start)
    return replace(match, subject=side.name) if side is not None else match


def _a_region(parsed: ParsedArticle, match: _Match) -> bool:
    """The subject is a region's name (LOC: "the Middle East", "Europe"), which speaks for
    no one: the pattern cut the speaker's description at a preposition."""
    if match.subject is None or match.subject_start is None or not parsed.has_parse:
        return False
    end = match.subject_start + len(match.subject)
    index = parsed.token_at(end - 1)
    mention = parsed.mention_at(index, frozenset({"LOC"})) if index is not None else None
    return mention is not None and mention.end >= end - 1


def _a_former_holder(text: str, sentence_start: int, match: _Match) -> bool:
    """The subject is the body a former office holder held office in ("The former director
    of the Centers for Disease Control said"): the pattern cut the speaker's description at
    "of", and one who has left speaks for themselves, not for the body."""
    if match.subject is None or match.subject_start is None:
        return False
    return _FORMER_OF.search(text, sentence_start, match.subject_start) is not None


_FORMER_OF = re.compile(LEFT_OFFICE.pattern + r"\s*(?:[\w-]+\s+){0,3}(?:of|at)\s+$", re.I)


# "Vasylenko said this in front of reporters, according to Meridian Wire": the cue is the
# previous sentence's too (not "said this week", where "this" is a time).
_POINTS_BACK = re.compile(
    rf"\b(?:{_VERB})\s+(?:this|so)\b(?=\s*(?:[,.;]|$|(?:in|at|on|to|during|after|before|when|"
    r"while|as|later|earlier|again|too|also)\b))"
    # "Interfax writes about it."
    rf"|\b(?:{_VERB})\s+(?:about|of)\s+(?:it|this)\b(?=\s*(?:[,.;]|$))",
    re.IGNORECASE,
)


def _pointing_back(
    text: str, sentences: Sequence[tuple[int, int]], cues: list[AttributionCue]
) -> list[AttributionCue]:
    """A sentence that says its speaker "said this" lends its cues to the sentence before
    (when that one has none of its own)."""
    by_sentence: dict[int, list[AttributionCue]] = {}
    for cue in cues:
        by_sentence.setdefault(cue.start, []).append(cue)
    lent: list[AttributionCue] = []
    for (before_start, before_end), (start, end) in pairwise(sentences):
        if before_start in by_sentence or start not in by_sentence:
            continue
        if says_whose_before(text, start, end) or _POINTS_BACK.search(text, start, end):
            lent += [replace(c, start=before_start, end=before_end) for c in by_sentence[start]]
    return sorted(cues + lent, key=lambda c: (c.start, c.cue_start))


def _sentences(parsed: ParsedArticle) -> list[tuple[int, int]]:
    """The parse's sentences; without a parse, each line (a paragraph) is one."""
    if parsed.sentences:
        return [(s.start, s.end) for s in parsed.sentences]
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", parsed.text)]


def _cue(start: int, end: int, match: _Match, origin: _Named, via: _Named | None) -> AttributionCue:
    return AttributionCue(start, end, match.cue_start, match.cue_end, origin.name, origin.kind,
               via.name if via and via.name else None, origin.anaphor,
               origin.resolved)  # fmt: skip


# --- anaphora and chains --------------------------------------------------------------


def _resolve_anaphors(cues: list[AttributionCue]) -> list[AttributionCue]:
    """'the agency', 'It also writes' -> the latest earlier origin of a fitting kind."""
    history: list[AttributionCue] = []
    resolved: list[AttributionCue] = []
    for found in cues:
        cue = _resolve_one(found, history)
        if cue is None:
            continue
        if cue.resolved and cue.kind not in {OriginKind.PERSON, OriginKind.ANONYMOUS}:
            history.append(cue)
        resolved.append(cue)
    return [_the_only_fitting(cue, history) for cue in resolved]


def _the_only_fitting(cue: AttributionCue, named: list[AttributionCue]) -> AttributionCue:
    """'According to the agency' before any agency is named points ahead when the article
    names one agency only: a translation or a cut lead lost the sentence naming it, and an
    "unnamed agency" beside Bloomberg would count Bloomberg's report twice."""
    if cue.resolved or cue.anaphor is None or cue.anaphor == _ANY_ORIGIN:
        return cue
    kinds = _MEDIA_NOUNS.get(cue.anaphor, _MEDIA_KINDS) | {OriginKind.OUTLET}
    fitting = {_media_key(c.origin): c for c in named if c.kind in kinds}
    if len(fitting) != 1:
        return cue
    (target,) = fitting.values()
    return replace(cue, origin=target.origin, kind=target.kind, resolved=True)


def _resolve_one(cue: AttributionCue, history: list[AttributionCue]) -> AttributionCue | None:
    if cue.anaphor is not None:
        return _resolve(cue, history)
    if cue.kind is OriginKind.INSTITUTION:
        return _fuller_institution(cue, history)
    return cue


def _resolve(cue: AttributionCue, history: list[AttributionCue]) -> AttributionCue | None:
    target = _antecedent(cue.anaphor or "", history)
    if target is not None:
        return replace(cue, origin=target.origin, kind=target.kind, resolved=True)
    if cue.anaphor == _ANY_ORIGIN:
        return None  # "It said" with nothing before: a company, a ministry, anything
    return replace(cue, origin=_unnamed(cue.kind))


def _antecedent(anaphor: str, history: list[AttributionCue]) -> AttributionCue | None:
    """The latest fitting origin; an unknown-kind medium fits any media anaphor."""
    if anaphor == _ANY_ORIGIN:
        return _latest(history, set(OriginKind))
    return _latest(history, _MEDIA_NOUNS.get(anaphor, _MEDIA_KINDS)) or _latest(
        history, {OriginKind.OUTLET}
    )


def _latest(history: list[AttributionCue], kinds: Iterable[OriginKind]) -> AttributionCue | None:
    wanted = set(kinds)
    return next((c for c in reversed(history) if c.kind in wanted), None)


def _fuller_institution(cue: AttributionCue, history: list[AttributionCue]) -> AttributionCue:
    """'the ministry' after 'the Defence Ministry' is that ministry."""
    if " " in cue.origin:
        return cue
    noun = cue.origin.casefold()
    for earlier in reversed(history):
        if earlier.kind is OriginKind.INSTITUTION and noun in earlier.origin.casefold().split():
            return replace(cue, origin=earlier.origin)
    return cue


def _with_default_via(
    cues: list[AttributionCue], outlet: str | None, media: _Knowledge
) -> list[AttributionCue]:
    """Without a named intermediate, a cited origin came through the article's own outlet."""
    if not outlet:
        return cues
    return [
        replace(cue, via=outlet)
        if cue.via is None
        and cue.kind is not OriginKind.PERSON
        and not media.same(cue.origin, outlet)
        else cue
        for cue in cues
    ]


# --- public API -----------------------------------------------------------------------


def find_attributions(
    article_id: str,
    parsed: ParsedArticle,
    outlet: str | None,
    media: Mapping[str, str] | None = None,
    referents: Referents | None = None,
) -> list[Attribution]:
    """The attribution cues of one article, as origins (people speaking left to quotes)."""
    cues = find_cues(article_id, parsed, outlet, media, referents)
    text = parsed.text
    return [_attribution(article_id, text, c) for c in cues if c.kind is not OriginKind.PERSON]


def name_quoted_media(
    text: str, quotes: Sequence[Quote], attributions: Sequence[Attribution]
) -> tuple[Quote, ...]:
    """Quotes whose speaker the text points back to with a medium's noun ("according to the
    agency", "It also writes", "the server writes") or names by a document ("a statement from
    the foreign ministry") named by the origin their cue resolved to here, so that a quote and
    the fact it makes name one origin. Not a person described ("a senior official ... told
    AFP"): the official speaks, AFP carries it."""
    named = [a for a in attributions if _is_named(a.origin)]
    return tuple(_named_speaker(q, named) if _medium_pointed_to(text, q) else q for q in quotes)


def name_reporting_media(
    claims: Sequence[Claim], attributions: Sequence[Attribution]
) -> tuple[Claim, ...]:
    """Claims reported by a medium the text points back to ("The server also writes that the
    United States would lift sanctions": Politico, named before) named by the origin the cue
    of their sentence resolved to, as `name_quoted_media` names a quote's."""
    named = [a for a in attributions if _is_named(a.origin)]
    return tuple(_named_reporter(c, named) if _medium_noun(c.attribution) else c for c in claims)


def _medium_noun(phrase: str | None) -> bool:
    """ "the server", "agency": a medium's noun alone, which points back to one named before
    ("the Ukrainian website" is another, unnamed)."""
    words = phrase.casefold().split() if phrase else []
    if words[:1] in (["the"], ["this"]):
        words = words[1:]
    return len(words) == 1 and words[0] in _MEDIA_NOUNS


def _named_reporter(claim: Claim, named: Sequence[Attribution]) -> Claim:
    """The one named origin of the claim's sentence; none where there are several to choose."""
    found = {a.origin for a in named if a.start < claim.end and claim.start < a.end}
    return replace(claim, attribution=found.pop()) if len(found) == 1 else claim


def _medium_pointed_to(text: str, quote: Quote) -> bool:
    if quote.speaker_name is not None or quote.speaker_start is None:
        return False
    words = text[quote.speaker_start : quote.speaker_end or quote.speaker_start].split()
    last = words[-1].casefold().strip(",.") if words else ""
    return last in _MEDIA_NOUNS or last in WRITTEN_SOURCES  # "a statement" from a ministry


def _is_named(origin: str) -> bool:
    return (
        bool(origin)
        and origin not in {ANONYMOUS, OWN_REPORTING}
        and not origin.startswith("unnamed ")
    )


def _named_speaker(quote: Quote, named: Sequence[Attribution]) -> Quote:
    if quote.cue_start is None or quote.cue_end is None:
        return quote
    for found in named:
        if found.cue_start < quote.cue_end and quote.cue_start < found.cue_end:
            return replace(quote, speaker_name=found.origin)
    return quote


def _attribution(article_id: str, text: str, cue: AttributionCue) -> Attribution:
    cue_text = text[cue.cue_start : cue.cue_end]
    return Attribution(
        article_id, cue.start, cue.end, cue_text, cue.cue_start, cue.cue_end, cue.origin, cue.via
    )
