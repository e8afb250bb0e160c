"""Whether two names of origins are one name written two ways.

An origin reaches fuse spelled as each article spelled it: "CDC" and "the Centers for Disease
Control and Prevention", "Trump" and "Donald Trump", "Teodor Vasylenko" and a translation's
"Teodor Wasylenko", "Zelenskiy" and a German "Selenskyj" (link merges most spellings into one
entity; what it leaves apart must not be counted twice). Folding only ever merges origins, so
a fact never counts more origins than it has; the cost of a wrong merge is a corroborated
fact shown as single-source.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Protocol

from anyascii import anyascii
from nicknames import NickNamer
from rapidfuzz import fuzz

from newsdesk.referents import SURNAME_PARTICLES

GARBLE_SIMILARITY = 85  # rapidfuzz ratio of two spellings of one name ("Vasylenko", "Wasylenko")
_LEADING_THE = re.compile(r"^the\s+")
_JOINING = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "des", "der", "la"})


def same_origin_name(first: str, second: str, *, person_or_party: bool = True) -> bool:
    """One name: the same words, an acronym of a long name, and for people and parties (not
    media: "NeuS outlet 1" and "NeuS outlet 2" are two) a surname of a full name or a
    spelling close enough to be a transliteration of it."""
    a, b = _fold(first), _fold(second)
    if not a or not b:
        return False
    if a == b or _is_acronym(a, b) or _is_acronym(b, a):
        return True
    if not person_or_party or _digits(a) != _digits(b):
        return False
    a, b = _without_company_form(_without_title(a)), _without_company_form(_without_title(b))
    if a == b:
        return True  # "Merck" and "Merck & Co", "Amazon.com" and "Amazon.com Inc"
    words_a, words_b = [_sounds(w) for w in a.split()], [_sounds(w) for w in b.split()]
    short, long = sorted((words_a, words_b), key=len)
    # "Trump", "Donald Trump"; a surname with its particle, "de Blasio", "Bill de Blasio"
    # (not "Capitol Police" and "U.S. Capitol Police": a body's name may be anyone's)
    surname = len(short) < len(long) <= 4 and (
        len(short) == 1 or (len(short) == 2 and short[0] in SURNAME_PARTICLES)
    )
    if surname and long[-len(short) :] == short and len(short[-1]) >= 4:
        return True
    if len(short) == 1 and len(long) == 2 and long[0] == short[0] and len(short[0]) >= 4:
        return True  # "Kanye" and "Kanye West": a given name alone (or the Trump campaign)
    if surname and len(short) == 1:
        return False
    if words_a == words_b or fuzz.ratio(a, b) >= GARBLE_SIMILARITY:
        return True
    return _one_person(a.split(), b.split())


def same_medium(first: str, second: str) -> bool:
    """One medium named in full and by its masthead's last word: "The New York Times" and
    "The Times", "The Wall Street Journal" and "the Journal" (within the origins of one
    fact, the short name is the long one, as the writer took it to be)."""
    a, b = _fold(first).split(), _fold(second).split()
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) == 1 and len(long) >= 2 and short[0] == long[-1] and len(short[0]) >= 4


def _one_person(words_a: list[str], words_b: list[str]) -> bool:
    """Two full names of one person: the same surname and given names that are one name,
    a middle name or initial aside: "Alex Acosta" and "Alexander Acosta" (the start of it),
    "Chuck Schumer" and "Charles E. Schumer" (a nickname of it), "Ronna McDaniel" and "Ronna
    Romney McDaniel"; never "Hunter Biden" and "Joe Biden". A generational suffix written by
    one report only is left aside ("John G. Roberts Jr" and "John Roberts"): the two may be
    father and son ("Donald Trump Jr."), but folding can only lower a count, never inflate it."""
    a = [w for w in _without_suffix(words_a) if not _INITIAL.fullmatch(w)]
    b = [w for w in _without_suffix(words_b) if not _INITIAL.fullmatch(w)]
    short, long = sorted((a, b), key=len)
    if len(short) != 2 or len(long) not in (2, 3) or short[1] != long[-1] or len(short[1]) < 3:
        return False  # a middle name written out aside: "Ronna Romney McDaniel"
    return _one_given_name(short[0], long[0])


def _without_suffix(words: list[str]) -> list[str]:
    if len(words) > 2 and words[-1].rstrip(".") in _GENERATIONS:
        return words[:-1]
    return words


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _one_given_name(first: str, second: str) -> bool:
    short, long = sorted((first.rstrip("."), second.rstrip(".")), key=len)
    if len(short) >= 3 and long.startswith(short):
        return True
    return short in _NICKNAMES.nicknames_of(long) or long in _NICKNAMES.nicknames_of(short)


_INITIAL = re.compile(r"[a-z]\.?")
_NICKNAMES = NickNamer()
# The form of a company, said or left out: "Merck & Co", "Amazon.com Inc".
_COMPANY_FORM = re.compile(r"(?:,?\s+(?:&\s+co|inc|corp|corporation|co|ltd|llc|plc|ag|sa)\.?)+$")


def _without_title(name: str) -> str:
    """ "Mayor de Blasio" is "de Blasio", "Sen. Warren" "Warren": the person, not the office
    (a bare title, "the President", stays as it is)."""
    words = name.split()
    kept = list(itertools.dropwhile(lambda w: w.rstrip(".") in _TITLES, words))
    return " ".join(kept) if kept else name


_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "mayor", "president", "gov", "governor", "sen", "senator", "rep",
     "representative", "secretary", "minister", "chancellor", "judge", "justice", "gen",
     "general", "prime", "premier", "speaker", "leader", "vice", "former", "prof", "professor"}
)  # fmt: skip


def _without_company_form(name: str) -> str:
    return _COMPANY_FORM.sub("", name)


# Spellings one Cyrillic or Ukrainian letter gets in English, German, Polish and Czech
# transliteration: "Selenskyj" (German) and "Zelenskiy" (English) are one surname, as are
# "Wolodymyr" and "Volodymyr", "Charkiw" and "Kharkiv"; "Johnston" stays apart from "Johnson".
_TRANSLIT_STEPS = (
    ("tsch", "ch"), ("sch", "sh"), ("sz", "sh"), ("cz", "ch"), ("zh", "z"), ("sh", "s"),
    ("kh", "h"), ("ch", "h"),
)  # fmt: skip
_TRANSLIT_LETTERS = str.maketrans({"z": "s", "w": "v", "y": "i", "j": "i"})
_DOUBLED = re.compile(r"(.)\1+")


def _sounds(word: str) -> str:
    folded = anyascii(word).lower()
    for spelling, sound in _TRANSLIT_STEPS:
        folded = folded.replace(spelling, sound)
    return _DOUBLED.sub(r"\1", folded.translate(_TRANSLIT_LETTERS))


def _fold(name: str) -> str:
    plain = " ".join(name.replace("’", "'").split()).casefold()
    plain = re.sub(r"'s$", "", plain)
    return _LEADING_THE.sub("", plain)


# Bodies of a state no report names: "the Ukrainian authorities", "Ukrainian officials".
_COLLECTIVES = frozenset({"authorities", "officials"})
StateOf = Callable[[str], str | None]  # a word -> the state it names or qualifies, or None


def same_body(first: str, second: str, state_of: StateOf) -> bool:
    """One body of one state, the state written two ways: "Ukraine's Emergency Service" and
    "the Ukrainian emergency service"; never two states' bodies, a body without its state
    ("the Security Council" is not Russia's, "the State Emergency Service" may be anyone's),
    nor a one-word body ("Russia's ministry" is any of its ministries)."""
    (owner_a, body_a), (owner_b, body_b) = _owned(first, state_of), _owned(second, state_of)
    if body_a != body_b or len(body_a) < 2 or owner_a is None or owner_b is None:
        return False
    return state_of(owner_a) == state_of(owner_b)


def same_department(first: str, second: str, state_of: StateOf) -> bool:
    """One department of a government and itself or an agency of it, by the domain its
    name gives: "the Labor Department", "the Department of Labor" and "the Bureau of Labor
    Statistics" are one party (its figures are the department's word); never two states'
    bodies, nor a body of another kind that shares a word ("the World Health
    Organization" is not a health ministry's)."""
    for department, other in ((first, second), (second, first)):
        domain = _department_domain(department, state_of)
        if not domain:
            continue
        words = set(_fold(other).split())
        if not domain <= words or not words & (_DEPARTMENTS | _AGENCIES):
            continue
        states = {state_of_body(department, state_of), state_of_body(other, state_of)}
        return len(states - {None}) <= 1
    return False


def _department_domain(name: str, state_of: StateOf) -> frozenset[str]:
    """What a department is of ("labor" of "the U.S. Department of Labor", "defence" of
    "Ukraine's Defence Ministry"), or nothing."""
    words = _fold(name).split()
    if not _DEPARTMENTS.intersection(words):
        return frozenset()
    owners = {w for w in words if state_of(re.sub(r"'s$", "", w)) is not None}
    domain = frozenset(words) - _DEPARTMENTS - _JOINING - _NATIONAL_WORDS - owners
    return frozenset() if not domain or domain <= _GENERIC_DOMAINS else domain


_DEPARTMENTS = frozenset({"department", "ministry"})
_AGENCIES = frozenset({"bureau", "office", "agency", "administration", "service", "directorate"})
_NATIONAL_WORDS = frozenset({"u.s.", "us", "federal", "national", "state's"})
# domains that name no field a department alone holds: "the State Department" and "the
# State Emergency Service", "the Foreign Ministry" and "the Foreign Intelligence Service"
_GENERIC_DOMAINS = frozenset({"state", "foreign", "interior", "home", "internal", "affairs"})


def one_office_shortened(first: str, second: str) -> bool:
    """ "the secretary of state's office" and, later, "the secretary's office": a body named
    again without the "of ..." of its holder's title (a body of two words or more)."""
    a, b = _fold(first).split(), _fold(second).split()
    short, long = sorted((a, b), key=len)
    if len(short) < 2 or len(long) != len(short) + 2:
        return False
    return any(
        long[k] == "of"
        and long[k + 1].endswith("'s")
        and [*long[: k - 1], long[k - 1] + "'s", *long[k + 2 :]] == short
        for k in range(1, len(long) - 1)
    )


def one_of_joined(name: str, other: str) -> bool:
    """ "The RNC and the Michigan Republican Party wrote" and "the Michigan Republican Party
    wrote": one letter, one origin (the count can only fall)."""
    first, second = joined_names(name), joined_names(other)
    if len(first) == len(second) == 1:
        return False
    return any(same_origin_name(a, b) for a in first for b in second)


def proper_names(description: str) -> list[str]:
    """The runs of capitalised words a description holds, a leading article aside: "a
    Washington Post- ABC News poll" -> ["Washington Post-ABC News"], "The Times story" ->
    ["Times"]."""
    joined = re.sub(r"(?<=\w)-\s+(?=[A-Z])", "-", description)
    runs = re.findall(r"[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&'’-]*)*", joined)
    bare = (_LEADING_THE_ANY_CASE.sub("", run) for run in runs)
    return [name for name in bare if name.casefold() not in ("the", "a", "an")]


def joined_names(name: str) -> list[str]:
    """The parties a joint origin names ("the Republican National Committee and the
    Michigan Republican Party"), or the name alone."""
    parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", name)]
    return parts if len(parts) > 1 and all(parts) else [name]


def state_collective(name: str, state_of: StateOf) -> str | None:
    """The state whose unnamed body a name is ("Ukrainian Authorities": Ukraine), or None."""
    owner, body = _owned(name, state_of)
    if owner is None or body not in ([w] for w in _COLLECTIVES):
        return None
    return state_of(owner)


# Words of a body through which a state's government speaks: the state's own word. A
# parliament, a court, a party, the opposition or a city speak for themselves.
_GOVERNMENT_WORDS = frozenset({
    "ministry", "ministries", "department", "departments", "government", "kremlin",
    "authorities", "officials", "cabinet", "administration", "embassy", "army", "military",
    "forces", "presidency", "delegation", "spokesman", "spokeswoman", "spokesperson",
    "negotiators", "pentagon",
})  # fmt: skip


_KINDS_OF_BODY = _GOVERNMENT_WORDS - {"kremlin", "pentagon"}  # those two name whose they are


def unowned_body(name: str) -> bool:
    """A government's body named by its kind alone ("the government", "the authorities",
    "Officials"), or any body by a lower-case noun alone ("a press release from the
    company"): whose, the name does not say."""
    words = _fold(name).split()
    if len(words) != 1:
        return False
    return words[0] in _KINDS_OF_BODY or _LEADING_THE_ANY_CASE.sub("", name.strip())[:1].islower()


def office_alone(name: str, names: Titles) -> bool:
    """A speaker named by an office alone ("the president-elect of Iran", "The 45th
    President", "the former director of the Centers for Disease Control"): before any
    preposition, a role ("president", "director") after title words, ordinals, lower-case
    words and states; never a name ("President Trump", "New York's attorney general") nor a
    document ("a government policy paper")."""
    office = _PREPOSITION.split(_LEADING_THE_ANY_CASE.sub("", name.strip()))[0]
    words = [re.sub(r"['’]s$", "", w.strip(",.")) for w in office.split()]
    if not words or not names.is_title(words[-1].split("-")[0]):
        return False
    return all(
        names.is_title_word(w) or w.islower() or _ORDINAL.fullmatch(w) or names.state_of(w)
        for w in words[:-1]
    )


_PREPOSITION = re.compile(r"\s+(?:of|at|for|on|in|with|from|to)\s+")


class Titles(Protocol):
    """What telling an office from a name reads (the gazetteer)."""

    def is_title_word(self, word: str) -> bool: ...

    def is_title(self, phrase: str) -> bool: ...

    def state_of(self, name: str) -> str | None: ...


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def government_of(name: str, state_of: StateOf) -> str | None:
    """The state whose government a party's name is: the state itself ("Orvenia", "the
    Kremlin") or a body of its government ("the Orvenian ministry of defence", "Ukraine's
    foreign ministry"); None for anyone else (a person, a state's parliament or court, a body
    whose name says nothing of its state)."""
    owner, body = _owned(name, state_of)
    if owner is not None:
        return state_of(owner) if _GOVERNMENT_WORDS.intersection(body) else None
    return state_of(_fold(name))


def state_of_body(name: str, state_of: StateOf) -> str | None:
    """The state a party's name says it belongs to or is ("Ukrainian Emergency Service",
    "the Kremlin"), or None (a person, a body whose name says nothing of it)."""
    owner, _ = _owned(name, state_of)
    return state_of(owner) if owner is not None else state_of(_fold(name))


def _owned(name: str, state_of: StateOf) -> tuple[str | None, list[str]]:
    """(the word saying whose a body is, the body's own words) of a name."""
    words = _fold(name).split()
    if len(words) < 2:
        return None, words
    owner = re.sub(r"'s$", "", words[0])
    if state_of(owner) is None:  # "U.S." is a state as written, "u.s." is not
        written = re.sub(r"['’]s$", "", _LEADING_THE_ANY_CASE.sub("", name.strip()).split()[0])
        owner = written if state_of(written) is not None else ""
    return (owner, words[1:]) if owner else (None, words)


_LEADING_THE_ANY_CASE = re.compile(r"^[Tt]he\s+")


def _is_acronym(short: str, long: str) -> bool:
    """ "cdc" of "centers for disease control and prevention" (the initials of its words,
    joining words left out; the short form may stop early: CDC, not CDCP)."""
    letters = short.replace(".", "")
    if " " in letters or not 2 <= len(letters) <= 6:
        return False
    initials = "".join(w[0] for w in long.split() if w not in _JOINING and w[:1].isalpha())
    return len(initials) >= 2 and initials.startswith(letters)


def _digits(name: str) -> str:
    return "".join(c for c in name if c.isdigit())


def same_body_of_a_state(first: str, second: str, state_of: StateOf) -> bool:
    """One body named with its state and without it: "U.S. Capitol Police" and "the Capitol
    Police", "U.S. Marine Corps" and "Marine Corps": a name of two words or more with a word
    of its own beside the kind of body it is ("the Foreign Ministry", "the Security Council"
    or "the National Police" may be any state's, or the world's)."""
    (owner_a, body_a), (owner_b, body_b) = _owned(first, state_of), _owned(second, state_of)
    if (owner_a is None) == (owner_b is None) or body_a != body_b or len(body_a) < 2:
        return False
    return bool(set(body_a) - _ANY_STATES_BODY - _JOINING)


# Words of bodies many states have (and their departments' domains): alone, they do not say
# whose a body is.
_ANY_STATES_BODY = (
    _GOVERNMENT_WORDS | _DEPARTMENTS | _AGENCIES | _GENERIC_DOMAINS | _COLLECTIVES
    | frozenset(
        {"council", "assembly", "parliament", "court", "supreme", "committee", "commission",
         "senate", "congress", "house", "police", "navy", "air", "force", "guard", "bank",
         "central", "national", "security", "intelligence", "coast", "general", "staff",
         "defence", "defense", "health", "justice", "emergency", "prosecutor", "prosecutor's",
         "office", "party", "federal", "state", "public", "border", "guards", "armed"}
    )
)  # fmt: skip
