"""Anachronism flags: an office or title that did not hold at the article's date.

"Prime Minister Theresa May" in an article dated 2020 is a slip a careful reader wants shown
(a recycled paragraph, an old story restated as news, a machine that guessed). This module
finds "TITLE NAME" ("British Prime Minister Theresa May", "Russia's foreign minister Sergei
Lavrov", "the President of Ukraine, Volodymyr Zelensky") and "NAME, the TITLE" ("Sergei
Lavrov, Russia's foreign minister"), resolves the person through a shipped, dated table of
heads of state and government and foreign ministers (data/offices.toml, sources named in its
header) and flags the mention when the article's date lies outside every term that person
held in an office of that title.

What is never flagged, because it is how news speaks of the past: "former", "ex-", "then-",
"the late" (unless the date precedes the person's first term); "outgoing" shortly after the
end, "incoming" and "-elect" shortly before the start; a sentence that names a year inside
the term ("In 2017, Prime Minister Theresa May ..."); "under President X", "during", "X's
administration". Titles of other offices ("Deputy Prime Minister", "Vice President", "Shadow
Foreign Secretary") and titles whose qualifier is not a state ("EPP President Donald Tusk")
are left alone, and so is a title the person never held in the table ("Chancellor Rishi
Sunak" is the Exchequer, not Germany): that is not an anachronism, and a guess would be wrong.

The table is checked up to its `checked_until` date. After it, a term the table shows as
closed may have reopened (people return to office), so only a death makes a flag there.

Users extend the table like the gazetteer: `load_offices(user_file)` reads a TOML file of
the same shape over ours. An office with an id we ship replaces ours; new ids, people and
states are added; a user's person entry wins over ours.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from newsdesk.errors import ConfigError
from newsdesk.gazetteer import Gazetteer, load_gazetteer
from newsdesk.model import Mention

SHIPPED = Path(__file__).with_name("data") / "offices.toml"

ROLES = ("head_of_state", "head_of_government", "foreign_minister")

# --- the table -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Term:
    """One person's time in one office. Dates are ISO days or months ("2011-12")."""

    person: str
    start: str
    end: str | None  # None: still in office when the table was checked
    acting: bool = False
    overlaps: bool = False  # may overlap another term (a suspended holder and the acting one)

    @property
    def earliest_start(self) -> date:
        return _bound(self.start, last=False)

    @property
    def latest_start(self) -> date:
        return _bound(self.start, last=True)

    @property
    def latest_end(self) -> date | None:
        return None if self.end is None else _bound(self.end, last=True)

    @property
    def earliest_end(self) -> date | None:
        return None if self.end is None else _bound(self.end, last=False)

    def shown(self) -> tuple[str, str | None]:
        return self.start, self.end


@dataclass(frozen=True, slots=True)
class Office:
    """An office of one state: its role, the titles English news uses for it, its terms."""

    id: str  # "uk.prime_minister"
    state: str  # "United Kingdom" (the gazetteer's name where it has one)
    role: str  # one of ROLES
    label: str  # "Prime Minister of the United Kingdom"
    titles: tuple[str, ...]
    terms: tuple[Term, ...]
    checked_until: date
    family_first: bool = False  # names written family name first (Xi Jinping, Moon Jae-in)


@dataclass(frozen=True, slots=True)
class Person:
    """Spellings of one person: full names, the names used alone, and a death date."""

    name: str
    names: tuple[str, ...] = ()  # other full spellings ("Volodymyr Zelenskyy")
    short: tuple[str, ...] | None = None  # names used alone; None: the family names
    died: date | None = None


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: cached
class OfficeTable:
    """The offices, people and state names, with look-ups (build with `load_offices`)."""

    offices: tuple[Office, ...]
    people: Mapping[str, Person]
    qualifiers: Mapping[str, str]  # folded state name, adjective or seat -> state
    never_alone: frozenset[str]  # folded names too common to stand for one person alone
    needs_state: frozenset[str]  # folded names that stand for a person only with a state
    checked_until: date
    _full: dict[str, set[str]] = field(default_factory=dict)  # name key -> people
    _short: dict[str, set[str]] = field(default_factory=dict)
    _terms: dict[str, list[tuple[Office, Term]]] = field(default_factory=dict)  # by person
    _title_keys: dict[str, frozenset[str]] = field(default_factory=dict)  # by office id

    def __post_init__(self) -> None:
        for office in self.offices:
            self._title_keys[office.id] = frozenset(fold_name(t) for t in office.titles)
            for term in office.terms:
                self._terms.setdefault(term.person, []).append((office, term))
                self._index(term.person, office.family_first)

    def _index(self, name: str, family_first: bool) -> None:
        person = self.people.get(name, Person(name))
        for full in (person.name, *person.names):
            self._full.setdefault(name_key(full), set()).add(name)
        for alone in _alone_names(person, family_first):
            key = name_key(alone)
            if key not in self.never_alone:
                self._short.setdefault(key, set()).add(name)

    def people_named(self, words: Sequence[str], *, alone_ok: bool = True) -> set[str]:
        """People a run of name words can stand for: full names first, then a name alone."""
        for candidate in _full_name_forms(words):
            found = self._full.get(name_key(candidate))
            if found:
                return set(found)
        if not alone_ok or len(words) > 3:
            return set()
        return set(self._short.get(name_key(" ".join(words)), ()))  # "Lavrov", "von der Leyen"

    def terms_of(self, person: str) -> list[tuple[Office, Term]]:
        return self._terms.get(person, [])

    def state_served(self, name: str, on: str | date | None = None) -> str | None:
        """The state whose head of state or government or foreign minister a name is (on the
        day `on`, an ISO date or day, when known; else at any time): "Lavrov" -> "Russia"."""
        people = self.people_named(name.split())
        if len(people) != 1:
            return None
        (person,) = people
        on = _as_date(on)
        states = {
            office.state for office, term in self.terms_of(person) if on is None or _held(term, on)
        }
        return states.pop() if len(states) == 1 else None

    def titled(self, office: Office, title_key: str) -> bool:
        """Whether a folded title is one the office goes by."""
        return title_key in self._title_keys.get(office.id, frozenset())

    def state_of(self, phrase: str) -> str | None:
        """The state a qualifier names: "Russia's" / "Russian" / "the Kremlin" -> "Russia"."""
        bare = re.sub(r"['’]s?$", "", phrase.strip())
        folded = fold_name(bare)
        folded = folded[4:] if folded.startswith("the ") else folded
        return self.qualifiers.get(folded)

    @property
    def titles(self) -> tuple[str, ...]:
        return tuple(sorted({t for o in self.offices for t in o.titles}, key=len, reverse=True))


def _held(term: Term, on: date) -> bool:
    """Whether the term may have held on the day (its uncertain bounds read generously)."""
    end = term.latest_end
    return term.earliest_start <= on and (end is None or on <= end)


def _alone_names(person: Person, family_first: bool) -> tuple[str, ...]:
    if person.short is not None:
        return person.short
    fulls = (person.name, *person.names)
    words = [full.split() for full in fulls if full.split()]
    return tuple(w[0] if family_first else w[-1] for w in words if len(w) > 1)


def _full_name_forms(words: Sequence[str]) -> Iterable[str]:
    """Forms a written name may match: "Donald J. Trump" also as "Donald Trump", a long one
    ("Vladimir Vladimirovich Putin") also as its first and last word."""
    yield " ".join(words)
    if len(words) > 2 and words[-1] in _GENERATIONS:  # "James A. Baker III"; not "Jr.", a son
        words = words[:-1]
        yield " ".join(words)
    bare = [w for w in words if not _is_initial(w)]
    if len(bare) != len(words) and len(bare) > 1:
        yield " ".join(bare)
    if len(words) >= 3:
        yield f"{words[0]} {words[-1]}"


_GENERATIONS = frozenset({"II", "III", "IV"})


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[0].isupper()


# Letters that NFKD does not decompose but English news writes plainly: "Wałęsa" = "Walesa".
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ı": "i"})
_SPACES = re.compile(r"\s+")


def fold_name(text: str) -> str:
    """Case, diacritics and punctuation of a name folded away: "Erdoğan" -> "erdogan"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_PLAIN))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = re.sub(r"[.'’`ʼ]", "", bare).replace("-", " ")
    return _SPACES.sub(" ", bare).strip()


def name_key(name: str) -> str:
    """The key two spellings of one name share: "Yoon Suk-yeol" = "Yoon Suk Yeol"."""
    return fold_name(name)


def _bound(value: str, *, last: bool) -> date:
    """The first (or last) day an ISO day, month or year can mean."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        year, month = parts
        if not last:
            return date(year, month, 1)
        following = date(year + month // 12, month % 12 + 1, 1)
        return following - timedelta(days=1)
    return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)


# --- loading ---------------------------------------------------------------------------


@lru_cache(maxsize=4)
def load_offices(user_file: str | None = None, gazetteer_file: str | None = None) -> OfficeTable:
    """The shipped table of office holders, extended by a user's TOML file of the same shape;
    the states' names and adjectives from the gazetteer with the user's entries too."""
    return office_table(user_file, load_gazetteer(gazetteer_file))


def office_table(user_file: str | None, gazetteer: Gazetteer) -> OfficeTable:
    """`load_offices` with a gazetteer already loaded (not cached: build it once, pass it on)."""
    data = _read_toml(SHIPPED)
    if user_file:
        data = _merged(data, _read_toml(Path(user_file)))
    return _table(data, str(user_file or SHIPPED), gazetteer)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the table of offices ({exc})") from exc


_TOP_KEYS = {"checked_until", "roles", "never_alone", "needs_state", "states", "offices", "people"}


def _merged(ours: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """A user's file over ours: their offices replace ours by id; people and states merge."""
    unknown = set(theirs) - _TOP_KEYS
    if unknown:
        raise ConfigError(f"unknown table(s) in the user's offices file: {sorted(unknown)}")
    merged = dict(ours)
    user_until = theirs.get("checked_until")
    replaced = {o["id"]: o for o in theirs.get("offices", [])}
    for office in replaced.values():
        office.setdefault("checked_until", user_until or ours["checked_until"])
    kept = [o for o in ours.get("offices", []) if o["id"] not in replaced]
    merged["offices"] = kept + list(replaced.values())
    for table in ("people", "states", "roles"):
        merged[table] = {**ours.get(table, {}), **theirs.get(table, {})}
    for listed in ("never_alone", "needs_state"):
        merged[listed] = [*ours.get(listed, []), *theirs.get(listed, [])]
    return merged


_OFFICE_KEYS = {"id", "state", "role", "label", "titles", "also", "terms", "checked_until"}
_OFFICE_KEYS |= {"family_first"}
_ENTRY_KEYS = {"people": {"names", "short", "died"}, "states": {"names", "adjectives"}}


def _unknown_keys(data: dict[str, Any]) -> list[str]:
    """Keys the table does not know, said as "where: key" (a typo must not pass silently)."""
    unknown = [f"top level: {k}" for k in set(data) - _TOP_KEYS]
    unknown += [f"roles: {k}" for k in set(data.get("roles", {})) - set(ROLES)]
    for office in data.get("offices", []):
        unknown += [f"office {office.get('id')}: {k}" for k in set(office) - _OFFICE_KEYS]
    for table, allowed in _ENTRY_KEYS.items():
        for name, entry in data.get(table, {}).items():
            unknown += [f"{table} {name}: {k}" for k in set(entry) - allowed]
    return sorted(unknown)


def _table(data: dict[str, Any], source: str, gazetteer: Gazetteer) -> OfficeTable:
    if unknown := _unknown_keys(data):
        raise ConfigError(f"{source}: unknown key(s) in the table of offices: {unknown}")
    try:
        until = date.fromisoformat(str(data["checked_until"]))
        roles = {role: tuple(titles) for role, titles in data.get("roles", {}).items()}
        offices = tuple(_office(entry, roles, until) for entry in data.get("offices", []))
        people = {name: _person(name, entry) for name, entry in data.get("people", {}).items()}
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{source}: bad entry in the table of offices ({exc!r})") from exc
    return OfficeTable(
        offices,
        people,
        _qualifiers(data.get("states", {}), gazetteer),
        frozenset(name_key(n) for n in data.get("never_alone", [])),
        frozenset(name_key(n) for n in data.get("needs_state", [])),
        until,
    )


def _office(entry: dict[str, Any], roles: dict[str, tuple[str, ...]], until: date) -> Office:
    role = entry["role"]
    if role not in ROLES:
        raise ValueError(f"office {entry['id']}: unknown role {role!r}")
    titles = tuple(entry.get("titles", roles.get(role, ()))) + tuple(entry.get("also", ()))
    if not titles:
        raise ValueError(f"office {entry['id']}: no titles")
    terms = tuple(_term(row, entry["id"]) for row in entry["terms"])
    checked = entry.get("checked_until")
    return Office(
        entry["id"],
        entry["state"],
        role,
        entry.get("label", f"{titles[0]} of {entry['state']}"),
        titles,
        terms,
        date.fromisoformat(str(checked)) if checked else until,
        bool(entry.get("family_first", False)),
    )


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _term(row: Sequence[str], office: str) -> Term:
    """["Theresa May", "2016-07-13", "2019-07-24"] (end "" while in office; flags after)."""
    if len(row) < 3:
        raise ValueError(f"office {office}: a term needs name, start, end: {row!r}")
    person, start, end, *flags = row
    for value in (start, end):
        if value and not _DATE.match(value):
            raise ValueError(f"office {office}: {person}: bad date {value!r}")
        if value:
            _bound(value, last=False)  # raises on an impossible month or day
    unknown = set(flags) - {"acting", "overlaps"}
    if unknown:
        raise ValueError(f"office {office}: {person}: unknown flag(s) {sorted(unknown)}")
    return Term(person, start, end or None, "acting" in flags, "overlaps" in flags)


def _person(name: str, entry: dict[str, Any]) -> Person:
    died = entry.get("died")
    short = entry.get("short")
    return Person(
        name,
        tuple(entry.get("names", ())),
        None if short is None else tuple(short),
        date.fromisoformat(str(died)) if died else None,
    )


def _qualifiers(states: dict[str, Any], gazetteer: Gazetteer) -> dict[str, str]:
    """Folded names, adjectives and seats of each state; ours first, then the gazetteer's."""
    found: dict[str, str] = {}
    for state, entry in states.items():
        for phrase in (state, *entry.get("names", ()), *entry.get("adjectives", ())):
            found.setdefault(_folded_qualifier(phrase), state)
    for known in gazetteer.states:
        for phrase in (known.name, *known.aliases, *known.adjectives, *known.seats):
            found.setdefault(_folded_qualifier(phrase), known.name)
    return found


def _folded_qualifier(phrase: str) -> str:
    folded = fold_name(phrase)
    return folded[4:] if folded.startswith("the ") else folded


def table_problems(table: OfficeTable) -> list[str]:
    """What is wrong with a table: terms out of order, ending before they start, overlapping."""
    problems: list[str] = []
    for office in table.offices:
        problems.extend(_office_problems(office))
    return problems


def _office_problems(office: Office) -> list[str]:
    problems = []
    for term in office.terms:
        end = term.latest_end
        if end is not None and end < term.earliest_start:
            problems.append(f"{office.id}: {term.person} ends before starting")
    plain = [t for t in office.terms if not t.overlaps]
    for before, after in pairwise(plain):
        if after.earliest_start < before.earliest_start:
            problems.append(f"{office.id}: {after.person} listed after a later term")
        end = before.earliest_end
        if end is None or after.latest_start < end:  # certainly overlapping, at any precision
            problems.append(f"{office.id}: {before.person} overlaps {after.person}")
    return problems


# --- finding titles and names ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Anachronism:
    """A title with a name that did not hold at the article's date, and why."""

    start: int  # the span: qualifier, title and name as written
    end: int
    title: str  # as written ("foreign minister")
    name: str  # as written ("Lavrov")
    person: str  # the table's name ("Sergei Lavrov")
    office: str  # the office id ("ru.foreign_minister")
    office_label: str  # "Foreign Minister of Russia"
    terms: tuple[tuple[str, str | None], ...]  # that person's terms in that office
    reason: str


@dataclass(frozen=True, slots=True)
class _Context:
    """What stands before a title: its modifiers, its state, whether it is another office."""

    start: int
    modifiers: frozenset[str] = frozenset()
    state: str | None = None
    blocked: bool = False  # "Deputy Prime Minister", "EPP President": not our office


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    title: str
    title_key: str
    name_words: tuple[str, ...]
    name: str
    context: _Context
    state: str | None  # from the qualifier or "of STATE"
    modifiers: frozenset[str]


# Words before a title that say the holder is not (or not yet, or no longer) in office. They
# are data for the verdict, not a reason to drop the mention.
_MODIFIER = re.compile(
    r"(?:^|[\s(\"“])(former|ex|then|late|outgoing|incoming|acting|interim|caretaker|future"
    r"|erstwhile|one-time|onetime|previous|past|sitting|current|new|newly[\s-]elected"
    r"|re-elected|longtime|long-time|veteran)[\s-]+$",
    re.IGNORECASE,
)
_HISTORICAL = frozenset(
    {"former", "ex", "then", "late", "erstwhile", "one-time", "onetime", "previous", "past"}
)
_INCOMING = frozenset({"incoming", "future", "elect", "designate"})
# Words that make the title another office's: "Deputy Prime Minister", "Vice-President".
_BLOCKER = re.compile(
    r"(?:^|[\s(\"“])(vice|deputy|assistant|under|junior|shadow|associate|co|lieutenant"
    r"|first|second|sub|acting\s+deputy|opposition|party|senate|club|company|university"
    r"|student|union|parliament|parliamentary|regional|provincial|state)[\s-]*$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"(?:^|\s)(the|a|an|his|her|their|its|our|whose)\s+$", re.IGNORECASE)
_POSSESSIVE_NAME = re.compile(r"([A-Z][\w.’'-]*)['’]s?\s+$")
# Capitalised words that may stand before a title without making it another office's.
_NEUTRAL = frozenset(
    {
        "the", "a", "an", "and", "but", "or", "as", "when", "while", "says", "said", "by",
        "labour", "labor", "conservative", "tory", "republican", "democratic", "democrat",
        "socialist", "liberal", "likud", "communist", "populist", "nationalist", "centrist",
        "conservatives",
        "mr", "mrs", "ms", "dr", "his", "her", "their", "its", "then", "now", "with", "after",
        "before", "meanwhile", "also", "today", "yesterday", "earlier", "later", "on", "in",
        "at", "for", "from", "to", "of", "that", "this", "if", "so", "thus", "however",
    }
)  # fmt: skip
_TIME_WORDS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "today", "tonight", "yesterday",
    }
)  # fmt: skip
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "del", "la", "le", "bin", "ibn", "al",
     "el", "ter", "dos", "das", "y", "vel", "af"}
)  # fmt: skip
_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*")
_SENTENCE_END = re.compile(r"[.!?…]\s+(?=[\"“'‘(]?[A-Z0-9])|\n")


def _title_pattern(titles: Sequence[str]) -> re.Pattern[str]:
    """One regex of every title, longest first; all-capital titles ("PM") match case-exactly."""
    parts = []
    for title in titles:
        body = r"[\s-]+".join(re.escape(word) for word in re.split(r"[\s-]+", title))
        parts.append(f"(?-i:{body})" if title.isupper() else body)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=8)
def _compiled(table: OfficeTable) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The title regex and the "of STATE" regex of a table (built once per table)."""
    states = sorted({q for q in table.qualifiers if len(q) > 2}, key=len, reverse=True)
    body = "|".join(r"[\s-]+".join(re.escape(w) for w in s.split()) for s in states)
    of_state = re.compile(r"\s+of\s+(?:the\s+)?(" + body + r")(?![\w-])", re.IGNORECASE)
    return _title_pattern(table.titles), of_state


def _context_before(text: str, start: int, table: OfficeTable) -> _Context:
    """Read backwards from a title over modifiers, articles, one state qualifier and "the"."""
    modifiers: set[str] = set()
    state: str | None = None
    position = start
    for _ in range(6):
        window = text[max(0, position - 60) : position]
        step = _step_back(window, table, modifiers)
        if step is None:
            break
        consumed, found_state = step
        if found_state == "":
            return _Context(position, frozenset(modifiers), state, blocked=True)
        if found_state is not None:
            if state is not None:
                break  # a second state ("Russian Ukrainian ...") belongs to something else
            state = found_state
        position -= consumed
    blocked = _unknown_word_before(text[max(0, position - 40) : position])
    return _Context(position, frozenset(modifiers), state, blocked)


def _step_back(
    window: str, table: OfficeTable, modifiers: set[str]
) -> tuple[int, str | None] | None:
    """One word group read backwards: (characters consumed, state; "" means blocked)."""
    if blocker := _BLOCKER.search(window):
        return len(blocker.group(0)), ""
    if modifier := _MODIFIER.search(window):
        modifiers.add(modifier.group(1).casefold().replace(" ", "-"))
        return len(modifier.group(0)) - (1 if modifier.group(0)[0] in ' ("“' else 0), None
    if article := _ARTICLE.search(window):
        return len(article.group(0)) - (1 if article.group(0)[0].isspace() else 0), None
    return _state_back(window, table, modifiers)


def _state_back(
    window: str, table: OfficeTable, modifiers: set[str]
) -> tuple[int, str | None] | None:
    """A state qualifier ending the window ("Russia's ", "U.S. "), or a person's possessive."""
    stripped = window.rstrip(" \t\u00a0")
    trailing = len(window) - len(stripped)
    if not trailing:
        return None
    words = re.split(r"[ \t\u00a0]+", stripped.rsplit("\n", 1)[-1])
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        phrase = " ".join(words[-size:])
        if not phrase[:1].isupper() and not phrase.startswith("the "):
            continue  # "told us" is no "U.S."
        state = table.state_of(phrase)
        if state is not None:
            return len(phrase) + trailing, state
    possessive = _POSSESSIVE_NAME.search(window)
    if possessive and table.people_named([possessive.group(1)]):
        modifiers.add("then")  # "Biden's Secretary of State Antony Blinken": his time, not now
        return len(possessive.group(0)), None
    return None


def _unknown_word_before(window: str) -> bool:
    """A capitalised word right before the title that is no state: "HMS Queen", "EPP President".

    An acronym ("EPP", "ANC", "HMS") names an organisation wherever it stands; another
    capitalised word does only inside a sentence ("Labour" and "Monday" are known harmless).
    """
    match = re.search(r"([A-Za-z][\w.&-]*)[ \t\u00a0]+$", window)
    if match is None:
        return False
    word = match.group(1)
    bare = word.rstrip(".").casefold()
    if word.endswith(".") and len(bare) > 1 and "." not in bare:
        return False  # "... of Parliament. Former prime minister": the sentence ended there
    if not word[0].isupper() or bare in _NEUTRAL or bare in _TIME_WORDS:
        return False
    if len(word) > 1 and word.replace(".", "").isupper():
        return True
    before = window[: match.start()].rstrip()
    sentence_start = not before or before[-1] in '.!?:;"“‘(\n'
    return not sentence_start


def _name_after(text: str, position: int, persons: Mapping[int, Mention]) -> tuple[int, int] | None:
    """The name right after a title: a PERSON mention there, else a run of capitalised words."""
    match = re.match(r",?[ \t\u00a0]+", text[position : position + 4])
    if match is None:
        return None
    begin = position + match.end()
    mention = persons.get(begin)
    if mention is not None:
        return begin, _without_possessive(text, begin, mention.end)
    return _capitalised_run(text, begin)


def _capitalised_run(text: str, begin: int) -> tuple[int, int] | None:
    """Capitalised words (and name particles) from `begin`, stopping at times and punctuation."""
    end, position, words = begin, begin, 0
    while words < 6:
        token = _TOKEN.match(text, position)
        if token is None:
            break
        word = token.group().rstrip(".’'-") if not _is_initial(token.group()) else token.group()
        word = re.sub(r"['’]s?$", "", word)
        if word.casefold() in _TIME_WORDS or not word:
            break
        if not _name_like(word) and not _particle_before_name(text, word, token.end()):
            break
        end, words = token.start() + len(word), words + 1
        position = token.end()
        if text[position : position + 1] != " " or token.group() != word:
            break
        position += 1
    return (begin, end) if end > begin else None


_ARABIC_PREFIX = re.compile(r"(?:al|el|ad|as|ash|ar|at|an|bin|ibn|abu|bou|ben)-\w", re.IGNORECASE)


def _name_like(word: str) -> bool:
    """A word that may be part of a name: capitalised, or "al-Jubeir"."""
    return word[:1].isupper() or bool(_ARABIC_PREFIX.match(word))


def _particle_before_name(text: str, word: str, position: int) -> bool:
    """ "von der Leyen": particles count when a capitalised word follows them."""
    if word.casefold() not in _PARTICLES:
        return False
    following = re.match(r" ((?:[a-z]+ ){0,2})(\S)", text[position : position + 20])
    if following is None or not following.group(2).isupper():
        return False
    return all(w in _PARTICLES for w in following.group(1).split())


def _without_possessive(text: str, start: int, end: int) -> int:
    span = text[start:end]
    trimmed = re.sub(r"['’]s?$", "", span).rstrip()
    return start + len(trimmed)


def _name_before(
    text: str, position: int, persons_end: Mapping[int, Mention]
) -> tuple[int, int] | None:
    """ "Sergei Lavrov, the foreign minister": the words ending at the comma before `position`."""
    comma = re.search(r",[ \t\u00a0]+$", text[max(0, position - 4) : position])
    if comma is None:
        return None
    end = position - len(comma.group(0))
    mention = persons_end.get(end)
    if mention is not None:
        return mention.start, end
    start = end
    for word in reversed(list(re.finditer(r"\S+", text[max(0, end - 80) : end]))):
        absolute = max(0, end - 80) + word.start()
        gap = text[absolute + len(word.group()) : start]
        if (start != end and gap != " ") or not _TOKEN.fullmatch(word.group()):
            break
        if not _name_like(word.group()) and word.group().casefold() not in _PARTICLES:
            break
        start = absolute
    return (start, end) if start < end else None


def _known_suffix(
    text: str, span: tuple[int, int] | None, table: OfficeTable
) -> tuple[int, int] | None:
    """The longest tail of a run of words that names someone ("Meanwhile Sergei Lavrov")."""
    if span is None:
        return None
    words = list(re.finditer(r"\S+", text[span[0] : span[1]]))
    for first in words:
        if table.people_named(_name_words(text[span[0] + first.start() : span[1]])):
            return span[0] + first.start(), span[1]
    return None


def _name_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"\s+", text.strip()) if w)


def _person_spans(
    mentions: Sequence[Mention] | None,
) -> tuple[dict[int, Mention], dict[int, Mention]]:
    people = [m for m in mentions or () if m.label == "PERSON"]
    return {m.start: m for m in people}, {m.end: m for m in people}


def _find_titled_names(
    text: str, table: OfficeTable, mentions: Sequence[Mention] | None = None
) -> list[_Found]:
    """Every "TITLE NAME" and "NAME, the TITLE" of the text whose name is in the table."""
    titles, of_state = _compiled(table)
    by_start, by_end = _person_spans(mentions)
    found: list[_Found] = []
    for match in titles.finditer(text):
        item = _titled_name(text, match, table, of_state, by_start, by_end)
        if item is not None:
            found.append(item)
    return found


def _titled_name(
    text: str,
    match: re.Match[str],
    table: OfficeTable,
    of_state: re.Pattern[str],
    by_start: Mapping[int, Mention],
    by_end: Mapping[int, Mention],
) -> _Found | None:
    """One title match read with its context: "Russia's foreign minister Sergei Lavrov"."""
    context = _context_before(text, match.start(), table)
    if context.blocked:
        return None
    modifiers = set(context.modifiers)
    after = _after_suffix(text, match.end(), modifiers)
    state = context.state
    if of := of_state.match(text, after):  # "the President of Ukraine, Volodymyr Zelensky"
        state = state or table.state_of(of.group(1))
        after = of.end()
    span = _name_after(text, after, by_start)
    if span is not None and table.people_named(_name_words(text[span[0] : span[1]])):
        start, end = context.start, span[1]
    else:  # "Sergei Lavrov, Russia's foreign minister"
        span = _known_suffix(text, _name_before(text, context.start, by_end), table)
        if span is None:
            return None
        start, end = span[0], match.end()
        if re.match(r"\s+(at the time|then|back then)\b", text[end : end + 20], re.IGNORECASE):
            modifiers.add("then")
    title, name = match.group(), text[span[0] : span[1]]
    return _Found(
        start, end, title, fold_name(title), _name_words(name), name, context, state,
        frozenset(modifiers),
    )  # fmt: skip


def _after_suffix(text: str, position: int, modifiers: set[str]) -> int:
    """Past "-elect" / "-designate" after a title, noting it among the modifiers."""
    suffix = re.match(r"[\s-](elect|designate)\b", text[position : position + 12], re.IGNORECASE)
    if suffix is None:
        return position
    modifiers.add(suffix.group(1).casefold())
    return position + suffix.end()


# --- the verdict -----------------------------------------------------------------------

_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)(s?)\b")
_PAST_CUE = re.compile(r"\b(under|during|when|while|since|by then|until)\s+$", re.IGNORECASE)
_PAST_AFTER = re.compile(
    r"^['’]s?\s+(administration|presidency|government|premiership|tenure|term|era|years|"
    r"chancellorship|cabinet|reign|rule|time|days|watch|leadership)\b",
    re.IGNORECASE,
)


def anachronisms(
    text: str,
    published: str | date | None,
    mentions: Sequence[Mention] | None = None,
    *,
    table: OfficeTable | None = None,
    grace_days: int = 7,
    window_days: int = 120,
) -> list[Anachronism]:
    """Titles with names that did not hold at the article's date (`published`, ISO).

    `mentions` (the NER's PERSON spans) fix where names begin and end; without them names are
    runs of capitalised words. `grace_days` forgives term edges (news is written the day of a
    change); `window_days` is how long "outgoing" may follow an end and "incoming"/"-elect"
    precede a start.
    """
    day = _as_date(published)
    if day is None or not text:
        return []
    table = table or load_offices()
    flags = []
    for found in _find_titled_names(text, table, mentions):
        flag = _judge(found, text, day, table, grace_days, window_days)
        if flag is not None:
            flags.append(flag)
    return flags


def _as_date(published: str | date | None) -> date | None:
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def _judge(
    found: _Found, text: str, day: date, table: OfficeTable, grace: int, window: int
) -> Anachronism | None:
    state_needed = len(found.name_words) == 1 and name_key(found.name) in table.needs_state
    if state_needed and found.state is None:
        return None
    persons = table.people_named(found.name_words)
    held = [
        (office, term)
        for person in persons
        for office, term in table.terms_of(person)
        if table.titled(office, found.title_key)
        and (found.state is None or office.state == found.state)
    ]
    if not held or _fits(held, day, found.modifiers, grace, window):
        return None
    if _historical_sentence(found, text, held):
        return None
    if day > min(o.checked_until for o, _ in held) + timedelta(days=grace):
        return _after_death(found, held, day, table, grace)
    return _flag(found, held, day, _reason(found, held, day))


def _fits(
    held: list[tuple[Office, Term]], day: date, modifiers: frozenset[str], grace: int, window: int
) -> bool:
    """Whether the date agrees with some term, as the modifiers before the title read it."""
    slack = timedelta(days=grace)
    first = min(term.earliest_start for _, term in held)
    if modifiers & _HISTORICAL:
        return day >= first - slack  # "former" is wrong only before the first term
    before = timedelta(days=window) if modifiers & _INCOMING else slack
    after = timedelta(days=window) if "outgoing" in modifiers or "caretaker" in modifiers else slack
    for _, term in held:
        end = term.latest_end
        if term.earliest_start - before <= day and (end is None or day <= end + after):
            return True
    return False


def _historical_sentence(found: _Found, text: str, held: list[tuple[Office, Term]]) -> bool:
    """ "In 2017, Prime Minister Theresa May ...", "under President Obama", "Blair's government"."""
    if _PAST_CUE.search(text[max(0, found.start - 12) : found.start]):
        return True
    if _PAST_AFTER.match(text[found.end : found.end + 30]):
        return True
    start, end = _sentence_around(text, found.start, found.end)
    years = [(int(y), bool(s)) for y, s in _YEAR.findall(text[start:end])]
    return any(_year_in_terms(year, decade, held) for year, decade in years)


def _year_in_terms(year: int, decade: bool, held: list[tuple[Office, Term]]) -> bool:
    last = year + 9 if decade else year
    for _, term in held:
        end = term.latest_end
        end_year = end.year if end is not None else 9999
        if year <= end_year and last >= term.earliest_start.year:
            return True
    return False


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else max(0, start - 400)), (after.start() if after else len(text))


def _after_death(
    found: _Found, held: list[tuple[Office, Term]], day: date, table: OfficeTable, grace: int
) -> Anachronism | None:
    """Past the checked date only a death is certain: a dead holder holds no office."""
    deaths = [table.people.get(term.person, Person(term.person)).died for _, term in held]
    if not deaths or any(d is None or day <= d + timedelta(days=grace) for d in deaths):
        return None
    person = held[0][1].person
    reason = f"{person} died on {deaths[0]}; the article is dated {day}."
    return _flag(found, held, day, reason)


def _flag(found: _Found, held: list[tuple[Office, Term]], day: date, reason: str) -> Anachronism:
    office, term = held[0]
    terms = tuple(t.shown() for o, t in held if o.id == office.id and t.person == term.person)
    return Anachronism(
        found.start,
        found.end,
        found.title,
        found.name,
        term.person,
        office.id,
        office.label,
        terms,
        reason,
    )


def _reason(found: _Found, held: list[tuple[Office, Term]], day: date) -> str:
    """ "Theresa May was Prime Minister of the United Kingdom from 2016-07-13 to 2019-07-24"."""
    spans: dict[tuple[str, str], list[str]] = {}
    for office, term in held:
        acting = " (acting)" if term.acting else ""
        until = f"to {term.end}" if term.end else "on"
        spans.setdefault((term.person, office.label), []).append(
            f"from {term.start} {until}{acting}"
        )
    held_text = "; ".join(
        f"{person} was {label} {' and '.join(times)}" for (person, label), times in spans.items()
    )
    if found.modifiers & _HISTORICAL:
        return f"Called {found.title} in the past, but {held_text}; the article is dated {day}."
    return f"{held_text}; the article is dated {day}."
