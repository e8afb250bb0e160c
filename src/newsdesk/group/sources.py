"""Independent sources: the origin each passage of an article rests on, folded honestly.

An article count is not a source count. Each passage rests on one origin:

- its outlet's own reporting when no cue names another ("own"): one origin per outlet, never
  one per article, and a copy's own reporting is its original's outlet's;
- a medium it cites ("according to Bloomberg", "The Ledger reported, citing Meridian Wire"):
  the cited one, at the end of the chain ("reported_by");
- a party to the story speaking for itself ("the Kremlin said", a minister's statement): the
  party, kept apart from those who report it ("said_by"): ten outlets relaying the Kremlin are
  one origin, the Kremlin, and that origin is not an independent report of events;
- unnamed sources ("people familiar with the talks", "the agency" when nothing resolves it):
  at most one unknown origin per outlet ("unknown"), shown as unknown.

Names fold through the outlet registry ("AP" is the Associated Press, "BBC News" counts as the
BBC), the article's own outlet ("the Herald" in the Varen Valley Herald is itself) and the
canonical names the caller passes (entities, states: "the Kremlin" is Russia).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from newsdesk.model import Attribution
from newsdesk.outlets import OutletRegistry
from newsdesk.referents import persons_side_owner

OWN, REPORTED_BY, SAID_BY, UNKNOWN = "own", "reported_by", "said_by", "unknown"
ANONYMOUS = "anonymous sources"  # what attribution cues call an unnamed source
_UNNAMED = re.compile(r"^(?:unnamed|anonymous)\b", re.IGNORECASE)
_OWN_PLACEHOLDER = "own reporting"


@dataclass(frozen=True, slots=True)
class Source:
    """The origin a passage rests on."""

    name: str  # what it is counted under
    kind: str  # own | reported_by | said_by | unknown
    via: str | None = None  # the outlet that carries it, when that is not the origin itself

    @property
    def independent(self) -> bool:
        """Whether it is an independent report of events (a party's word is not)."""
        return self.kind != SAID_BY

    @property
    def counted_as(self) -> str:
        """The origin it counts as: an outlet's unnamed sources are that outlet's reporting."""
        return self.via or self.name if self.kind == UNKNOWN else self.name


Namer = Callable[[str], str | None]  # a name -> its canonical form (entities, states), or None


@dataclass(frozen=True, slots=True)
class Folding:
    """What folding names needs: the outlet registry and the canonical names of the story."""

    registry: OutletRegistry
    canonical: Namer = lambda _name: None  # a default that knows no names
    spelled: Mapping[str, str] = field(default_factory=dict)  # origin key -> outlet as stored

    def outlet(self, name: str) -> str:
        """The outlet a name counts as, spelled as the store's articles spell it."""
        counted = self.registry.counted_as(name)
        return self.spelled.get(origin_key(counted), counted)

    def party(self, name: str) -> str:
        """A party's one name: canonical, and a person's own office, staff or campaign
        counted as the person ("Rand Paul's Staff" and Rand Paul are one party) when the
        story knows the owner ("the Tennessee Governor's Office" keeps its name)."""
        owner = persons_side_owner(name)
        person = self.canonical(owner) if owner is not None else None
        return person or self.canonical(name) or name


def own_source(outlet: str | None, article_id: str, folding: Folding) -> Source:
    """An article's own reporting: its outlet's, or this one article's when it has none."""
    if outlet:
        return Source(folding.outlet(outlet), OWN)
    return Source(f"{_OWN_PLACEHOLDER} ({article_id[:12]})", OWN)


def span_source(
    attributions: Sequence[Attribution],
    start: int,
    end: int,
    outlet: str | None,
    article_id: str,
    folding: Folding,
) -> Source:
    """The origin the text at [start, end) rests on: its sentence's cue, else the outlet.

    With several cues, a named medium wins over a party, a party over unnamed sources, then
    the earliest (the main clause's attribution usually comes first).
    """
    own = own_source(outlet, article_id, folding)
    cues = [a for a in attributions if a.start < end and start < a.end]
    sources = [source_of_cue(a, own, folding) for a in cues]
    if not sources:
        return own
    rank = {REPORTED_BY: 0, OWN: 0, SAID_BY: 1, UNKNOWN: 2}
    pairs = sorted(zip(sources, cues, strict=True), key=lambda p: (rank[p[0].kind], p[1].cue_start))
    return pairs[0][0]


def source_of_cue(cue: Attribution, own: Source, folding: Folding) -> Source:
    """What one attribution cue names, folded."""
    origin = cue.origin
    if origin == _OWN_PLACEHOLDER or _is_self(origin, own.name):
        return own
    if origin == ANONYMOUS or _UNNAMED.match(origin):
        carrier = folding.outlet(cue.via) if cue.via else own.name
        return Source(f"unnamed sources ({carrier})", UNKNOWN, carrier)
    medium = folding.registry.find(origin)
    if medium is not None or _looks_like_medium(origin) or origin_key(origin) in folding.spelled:
        name = folding.outlet(origin)
        return Source(name, REPORTED_BY, own.name if own.name != name else None)
    return Source(folding.party(origin), SAID_BY, own.name)


def origin_key(name: str) -> str:
    """What two spellings of one origin share: case and a leading article do not count."""
    return re.sub(r"^the\s+", "", " ".join(name.split()).casefold())


def _is_self(origin: str, outlet: str) -> bool:
    """ "the Herald" in the Varen Valley Herald, "the Courier" in The Aldmoor Courier."""
    cited, own = _words(origin), _words(outlet)
    return bool(cited) and len(cited) <= len(own) and own[-len(cited) :] == cited


def _words(name: str) -> list[str]:
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).casefold().split()


# Names the registry does not know but that read as a publication (a cue naming a medium the
# team never listed still names a medium, not a party).
_MEDIUM_WORDS = re.compile(
    r"\b(?:news|times|post|herald|courier|journal|gazette|tribune|telegraph|observer|"
    r"ledger|review|wire|press|agency|radio|tv|television|daily|weekly|magazine|chronicle|"
    r"mail|express|independent|guardian|standard|monitor|dispatch|bulletin|report|"
    r"broadcast(?:er|ing)?|channel|network|pravda|novosti|zeitung|zprávy|noviny)\b",
    re.IGNORECASE,
)


def _looks_like_medium(name: str) -> bool:
    return bool(_MEDIUM_WORDS.search(name))


def sentence_sources(
    sentences: Sequence[tuple[int, int]],
    attributions: Sequence[Attribution],
    outlet: str | None,
    article_id: str,
    folding: Folding,
) -> list[tuple[int, int, Source]]:
    """Every sentence (start, end) of an article with the origin it rests on."""
    return [
        (start, end, span_source(attributions, start, end, outlet, article_id, folding))
        for start, end in sentences
    ]


def independent_origins(sources: Sequence[Source]) -> list[str]:
    """The distinct independent origins among these, most frequent first: parties speaking
    for themselves are left out, unnamed sources count with their outlet."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for source in sources:
        if source.independent:
            key = origin_key(source.counted_as)
            counts[key] = counts.get(key, 0) + 1
            names.setdefault(key, source.counted_as)
    return [names[k] for k in sorted(counts, key=lambda k: (-counts[k], k))]
