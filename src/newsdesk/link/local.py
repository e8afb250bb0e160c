"""Within one article: clean the mentions, resolve short forms, roles and role descriptions.

The result is one `LocalEntity` per distinct name in the article ("Putin" and "Vladimir Putin"
are one), carrying the evidence the cross-article step needs: labels, the states the text
says a person acts for, role words, and the sentences it appears in. Titles, the state a
person acts for and role descriptions ("the Russian leader") are read by the article's
`Referents`, the resolver quotes, claims and attributions use too.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from newsdesk.gazetteer import Gazetteer, fold
from newsdesk.link.names import (
    clean_surface,
    exonym_form,
    person_key,
    person_tokens,
    translit_key,
    without_article,
)
from newsdesk.link.types import LinkInput, LinkSettings
from newsdesk.model import PLACE_LABELS, Annotation, EntityMention, Mention
from newsdesk.outlets import OutletRegistry, load_outlets
from newsdesk.parse import ParsedArticle
from newsdesk.referents import Referents, Title, bare_name

_PLACE_CUE = re.compile(
    r"\s+(?:nuclear\s+)?(?:power\s+plant|region|oblast|province|river|city|district|county)\b",
    re.IGNORECASE,
)
# ... or before it: "the river town of Brodnitsa", "the port city of Odesa"
_PLACE_BEFORE = re.compile(
    r"\b(?:town|city|village|port|capital|region|province|district|oblast|county)\s+of\s+$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_POSSESSIVE = re.compile(r"[’']s$")
_WORD_EDGES = '"“”‘’,;:()[]'
_PERSON = "PERSON"


@dataclass(slots=True)
class LocalEntity:
    """One name in one article, with every mention of it and the evidence around it."""

    article_id: str
    key: str  # transliteration key of the resolved name
    name: str  # the resolved name as written ("Vladimir Putin" for a "Putin")
    mentions: list[EntityMention] = field(default_factory=list)
    surfaces: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    states: Counter[str] = field(default_factory=Counter)
    roles: set[str] = field(default_factory=set)
    sentences: set[int] = field(default_factory=set)
    why: list[str] = field(default_factory=list)  # evidence, without the article id
    garbled: bool = False  # joined by the garble rule: never the canonical name
    known_place: bool = False  # named in the gazetteer (a state, seat or listed place)

    @property
    def label(self) -> str:
        return min(self.labels.items(), key=lambda item: (-item[1], item[0]))[0]

    @property
    def is_person(self) -> bool:
        return self.label == _PERSON


class Knowledge:
    """The gazetteer plus the look-ups derived from it once per run."""

    def __init__(self, gazetteer: Gazetteer, outlets: OutletRegistry | None = None) -> None:
        self.gazetteer = gazetteer
        self.outlets = outlets if outlets is not None else load_outlets()
        self.places = {fold(name) for name in (*gazetteer.exonyms, *gazetteer.exonyms.values())}
        # A country's own names (not its seats): "the U.S." and "United States" are one entity.
        self.countries = {
            fold(without_article(alias)): state.name
            for state in reversed(gazetteer.states)
            for alias in (state.name, *state.aliases)
        }
        # Look-ups are memoised per name: a corpus repeats the same names many times.
        self._places: dict[str, bool] = {}
        self._known: dict[str, bool] = {}
        self._states: dict[str, str | None] = {}

    def country(self, name: str) -> str | None:
        return self.countries.get(fold(without_article(name)))

    def is_place(self, name: str) -> bool:
        """A listed place or a country's own name (not a seat such as "the Kremlin")."""
        if name not in self._places:
            self._places[name] = fold(name) in self.places or self.country(name) is not None
        return self._places[name]

    def is_outlet(self, name: str) -> bool:
        """A publication the outlet registry knows ("Bloomberg", "the Associated Press")."""
        return self.outlets.find(name) is not None

    def is_known(self, name: str) -> bool:
        """A listed place, a country, or a seat of government."""
        if name not in self._known:
            seat = self.gazetteer.state_named(name) is not None
            self._known[name] = seat or self.is_place(name)
        return self._known[name]

    def state_of(self, name: str) -> str | None:
        if name not in self._states:
            self._states[name] = self.gazetteer.state_of(name)
        return self._states[name]


@dataclass(slots=True)
class _Named:
    mention: Mention
    surface: str
    label: str
    name: str
    how: str | None = None


def local_entities(
    item: LinkInput, settings: LinkSettings, knowledge: Knowledge
) -> list[LocalEntity]:
    """The article's names, short forms resolved, grouped by transliteration key."""
    starts = _sentence_starts(item)
    referents = _referents(item, knowledge)
    named = [_named(m, item.text, knowledge) for m in item.mentions if m.label in settings.labels]
    kept = [n for n in named if n is not None]
    _resolve_short_forms(kept, knowledge, referents)
    groups: dict[str, LocalEntity] = {}
    for entry in kept:
        _add(groups, item, entry, starts, knowledge, referents)
    _add_role_descriptions(groups, item, starts, referents)
    return [groups[key] for key in sorted(groups)]


def _referents(item: LinkInput, knowledge: Knowledge) -> Referents:
    """Who is who in the article, read by the resolver every stage shares."""
    annotation = Annotation(item.article_id, "", item.sentences, item.mentions)
    return Referents(ParsedArticle(item.text, annotation), knowledge.gazetteer)


def _ends_a_title(mention: Mention, text: str, gazetteer: Gazetteer) -> bool:
    before = _OF_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    return before is not None and gazetteer.is_title(f"{before.group(1)} of {mention.text}")


_OF_BEFORE = re.compile(r"\b([A-Za-z]+) of $")
_CLITIC = re.compile(r"n['’]t|['’](?:s|re|ll|ve|d|m)", re.IGNORECASE)


def _sentence_starts(item: LinkInput) -> list[int]:
    if item.sentences:
        return sorted(s.start for s in item.sentences)
    return [0] + [m.end() for m in _SENTENCE_END.finditer(item.text)]


def _named(mention: Mention, text: str, knowledge: Knowledge) -> _Named | None:
    surface = clean_surface(mention.text)
    if not any(c.isalpha() for c in surface) or _CLITIC.fullmatch(surface):
        return None  # "n’t" of "won’t" the tagger took for a place is no name
    if _ends_a_title(mention, text, knowledge.gazetteer):
        return None  # "Secretary of State Mike Pompeo": "State" is a word of his title
    label = _corrected_label(surface, mention, text, knowledge)
    name = " ".join(person_tokens(surface)) if label == _PERSON else surface
    return _Named(mention, surface, label, name)


def _corrected_label(surface: str, mention: Mention, text: str, knowledge: Knowledge) -> str:
    """spaCy's small model calls Kherson and Kyiv persons; the gazetteer and cues know better."""
    if mention.label in ("PERSON", "ORG") and knowledge.is_place(surface):
        return "GPE"
    if mention.label != "ORG" and knowledge.is_outlet(surface) and not knowledge.is_known(surface):
        return "ORG"  # "Bloomberg" reported: the small model often calls it a place or a person
    if mention.label == _PERSON and knowledge.is_known(surface) and " " not in surface:
        return "GPE"
    if mention.label not in PLACE_LABELS and (
        _PLACE_CUE.match(text, mention.end)
        or _PLACE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    ):
        return "LOC"
    return mention.label


def _resolve_short_forms(named: list[_Named], knowledge: Knowledge, referents: Referents) -> None:
    """ "Putin" -> "Vladimir Putin" when exactly one full name in the article contains it,
    unless the resolver says the surname is someone named alone ("President Trump ...
    first lady Melania Trump": "Trump" is not Melania Trump)."""
    full = {n.name for n in named if n.label == _PERSON and len(n.name.split()) >= 2}
    by_word: dict[str, set[str]] = {}
    by_last: dict[str, set[str]] = {}
    for name in full:
        words = name.split()
        for word in words:
            by_word.setdefault(person_key(word), set()).add(name)
        by_last.setdefault(person_key(words[-1]), set()).add(name)
    for entry in named:
        if " " in entry.name or entry.name in full or knowledge.is_known(entry.name):
            continue
        index = by_word if entry.label == _PERSON else by_last
        matches = index.get(person_key(entry.name), set())
        if len(matches) == 1 and not _named_alone(entry, referents):
            entry.name, entry.label = next(iter(matches)), _PERSON
            entry.how = f"short form of {entry.name!r}, the only full name in the article with it"


def _named_alone(entry: _Named, referents: Referents) -> bool:
    """The resolver reads a person's surname as no full name of the article's: the person
    it was first named alone as (the one rule of who is who, shared with every extractor)."""
    if entry.label != _PERSON or len(referents.full_name(entry.name).split()) > 1:
        return False
    # the resolver saw a full name of that surname and read the surname as someone else's
    seen = (bare_name(referents.name_text(m)) for m in referents.mentions_of(entry.name))
    return any(len(name.split()) > 1 for name in seen)


def _add(
    groups: dict[str, LocalEntity],
    item: LinkInput,
    entry: _Named,
    starts: list[int],
    knowledge: Knowledge,
    referents: Referents,
) -> None:
    person = entry.label == _PERSON
    name = entry.name if person else _place_form(entry.name, knowledge)
    key = person_key(name) if person else translit_key(name)
    if not key:
        return
    local = groups.setdefault(key, LocalEntity(item.article_id, key, name))
    m = entry.mention
    local.mentions.append(EntityMention(item.article_id, m.start, m.end, m.text))
    local.surfaces[entry.surface] += 1
    local.labels[entry.label] += 1
    local.sentences.add(bisect.bisect_right(starts, m.start) - 1)
    local.known_place = local.known_place or knowledge.is_known(entry.surface)
    if name != entry.surface and entry.label != _PERSON:
        local.why.append(f"{entry.surface!r} is listed as a spelling of {name!r}")
    if entry.how:
        local.why.append(f"{entry.surface!r}: {entry.how}")
    if entry.label == _PERSON:
        _note_acting_state(local, referents.title_of(m))
    if len(entry.name) > len(local.name):
        local.name = name


def _place_form(name: str, knowledge: Knowledge) -> str:
    return knowledge.country(name) or exonym_form(name, knowledge.gazetteer)


def _note_acting_state(local: LocalEntity, title: Title) -> None:
    """ "Russian Foreign Minister Sergei Lavrov": the state a person acts for, and the role."""
    if title.state is not None:
        local.states[title.state] += 1
        local.roles.update(title.words)


def _add_role_descriptions(
    groups: dict[str, LocalEntity], item: LinkInput, starts: list[int], referents: Referents
) -> None:
    """ "the Russian leader" -> the person the resolver says it is (named before it, holding
    the role, acting for that state)."""
    people = {key: g for key, g in groups.items() if g.is_person}
    for start, end, person in referents.descriptions():
        local = _person_group(people, person.name)
        if local is None:
            continue
        phrase = item.text[start:end]
        local.mentions.append(EntityMention(item.article_id, start, end, phrase))
        local.sentences.add(bisect.bisect_right(starts, start) - 1)
        local.why.append(
            f"{phrase!r}: role description; {local.name} holds that role for "
            f"{person.state or 'the state named'} in the article"
        )


def _person_group(people: dict[str, LocalEntity], name: str) -> LocalEntity | None:
    found = people.get(person_key(name))
    if found is not None:
        return found
    last = person_key(name.split()[-1]) if name.split() else ""
    matches = [g for g in people.values() if g.key.split()[-1:] == [last]]
    return matches[0] if len(matches) == 1 else None
