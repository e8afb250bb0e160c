"""Small hand-written knowledge every stage may read: states as actors (with the alliances and
armed groups news treats as parties), place exonyms, and the one vocabulary of titles and roles.

Written by the team: the core below (the states, seats and exonyms news about the war in
Ukraine and its diplomacy keeps using, with their variants) and a plain table of the other
states news names, `data/states.toml` (names, adjectives, capitals; its sources named
there). Users extend both with their own TOML file (`load_gazetteer(extra)`): the same tables,
`[states.NAME]` with `aliases`/`adjectives`/`seats`, `[exonyms]` variant = name, `[roles]`
role = [titles] ("leader = ["emir"]": an emir is who "the Qatari leader" means), and
`[given_names]` f = [...], m = [...] (the given names that tell a person's gender, so that
"she" never resolves to a man).

Why a table and not a model: "Washington", "the White House" and "the Kremlin" stand for
governments by convention (metonymy); no small NER model knows that, and a wrong guess
(Washington the state, the Kremlin the building) is worse than none.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsdesk.errors import ConfigError


@dataclass(frozen=True, slots=True)
class State:
    """A state as an actor: its names, the adjectives that mark its officials, its seats."""

    name: str  # canonical ("United States")
    aliases: tuple[str, ...] = ()  # other names of the country ("the U.S.", "America")
    adjectives: tuple[str, ...] = ()  # "American", "U.S.": "U.S. President Donald Trump"
    seats: tuple[str, ...] = ()  # metonyms for its government ("Washington", "the White House")


_STATES: tuple[State, ...] = (
    State(
        "United States",
        (
            "United States",
            "United States of America",
            "U.S.",
            "US",
            "USA",
            "U.S.A.",
            "America",
            "the States",
        ),
        ("American", "U.S.", "US"),
        (
            "Washington",
            "the White House",
            "White House",
            "the Pentagon",
            "State Department",
            "the State Department",
            "Trump administration",
            "the Trump administration",
            "Biden administration",
            "the administration",
        ),
    ),
    State(
        "Russia",
        ("Russia", "Russian Federation", "the Russian Federation"),
        ("Russian",),
        ("Moscow", "the Kremlin", "Kremlin"),
    ),
    State(
        "Ukraine",
        ("Ukraine", "the Ukraine"),
        ("Ukrainian",),
        ("Kyiv", "Kiev", "Kyjev", "Kijów", "Kiew", "Bankova"),
    ),
    State("European Union", ("European Union", "EU", "E.U."), ("European", "EU"), ("Brussels",)),
    State(
        "United Kingdom",
        ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
        ("British", "UK"),
        ("London", "Downing Street"),
    ),
    State("France", ("France",), ("French",), ("Paris", "the Elysee", "Élysée")),
    State("Germany", ("Germany",), ("German",), ("Berlin",)),
    State("China", ("China", "People's Republic of China", "PRC"), ("Chinese",), ("Beijing",)),
    State("Belarus", ("Belarus",), ("Belarusian",), ("Minsk",)),
    State("Turkey", ("Turkey", "Türkiye"), ("Turkish",), ("Ankara",)),
    State("Poland", ("Poland",), ("Polish",), ("Warsaw",)),
    State("Czech Republic", ("Czech Republic", "Czechia"), ("Czech",), ("Prague",)),
    State("Israel", ("Israel",), ("Israeli",), ("Jerusalem",)),
    State("Iran", ("Iran",), ("Iranian",), ("Tehran",)),
    State("Saudi Arabia", ("Saudi Arabia",), ("Saudi",), ("Riyadh",)),
    State("Qatar", ("Qatar",), ("Qatari",), ("Doha",)),
    State("United Arab Emirates", ("United Arab Emirates", "UAE"), ("Emirati",), ("Abu Dhabi",)),
    State("North Korea", ("North Korea", "DPRK"), ("North Korean",), ("Pyongyang",)),
    State("NATO", ("NATO", "North Atlantic Treaty Organization"), ("NATO",), ()),
    # Armed groups that war news treats as parties, under names no spelling rule joins: an
    # acronym of a longer name never written out ("ISIS"), an Arabic name ("Daesh", "Ansar
    # Allah") or a transliteration ("Hizbollah"). Without them one group's claim of an
    # attack counts as two or three independent origins.
    State(
        "Islamic State",
        (
            "Islamic State",
            "ISIS",
            "ISIL",
            "Daesh",
            "Islamic State of Iraq and Syria",
            "Islamic State of Iraq and the Levant",
            "Islamic State group",
        ),
    ),
    State("Hezbollah", ("Hezbollah", "Hizbollah", "Hizballah", "Hizbullah")),
    State("al-Qaeda", ("al-Qaeda", "al Qaeda", "al-Qaida", "al Qaida", "Al-Qa'ida")),
    State("Houthis", ("Houthis", "Ansar Allah", "Ansarallah"), ("Houthi",)),
)

# Transliteration and exonym variants of places -> the name newsdesk uses.
_EXONYMS: dict[str, str] = {
    "Kiev": "Kyiv",
    "Kyjev": "Kyiv",
    "Kijów": "Kyiv",
    "Kiew": "Kyiv",
    "Kijev": "Kyiv",
    "Kharkov": "Kharkiv",
    "Charkov": "Kharkiv",
    "Charkiw": "Kharkiv",
    "Charkiv": "Kharkiv",
    "Dnieper": "Dnipro",
    "Dneper": "Dnipro",
    "Dnepr": "Dnipro",
    "Dnipropetrovsk": "Dnipro",
    "Odessa": "Odesa",
    "Oděsa": "Odesa",
    "Zaporozhye": "Zaporizhzhia",
    "Zaporizhia": "Zaporizhzhia",
    "Zaporizhzhya": "Zaporizhzhia",
    "Zaporožje": "Zaporizhzhia",
    "Zaporiží": "Zaporizhzhia",
    "Zaporizhzhe": "Zaporizhzhia",
    "Cherson": "Kherson",
    "Charson": "Kherson",
    "Chersoň": "Kherson",
    "Lugansk": "Luhansk",
    "Luhanskа": "Luhansk",
    "Donezk": "Donetsk",
    "Doněck": "Donetsk",
    "Nikolaev": "Mykolaiv",
    "Nikolayev": "Mykolaiv",
    "Mykolajiv": "Mykolaiv",
    "Lvov": "Lviv",
    "Lwów": "Lviv",
    "Lemberg": "Lviv",
    "Chernigov": "Chernihiv",
    "Černihiv": "Chernihiv",
    "Sumy": "Sumy",
    "Artemovsk": "Bakhmut",
    "Bachmut": "Bakhmut",
    "Krym": "Crimea",
    "Krim": "Crimea",
    "Krím": "Crimea",
    "Moskva": "Moscow",
    "Moskau": "Moscow",
    "Moscou": "Moscow",
}

# The role word a description uses ("the US leader", "Russia's top diplomat") -> the titles
# written before a name that hold that role ("President Donald Trump"). The one vocabulary
# of titles: quotes, claims, attributions and link all read it through `Gazetteer`.
_ROLES: dict[str, tuple[str, ...]] = {
    "president": ("president",),
    "leader": ("president", "prime minister", "premier", "chancellor", "leader", "king",
               "emir", "supreme leader", "head of state"),
    "head": ("president", "prime minister", "chancellor", "head", "chief", "director",
             "chairman", "chairwoman", "chair"),
    "premier": ("prime minister", "premier"),
    "prime minister": ("prime minister", "premier"),
    "chancellor": ("chancellor",),
    "minister": ("minister", "secretary"),
    "foreign minister": ("foreign minister", "foreign secretary", "secretary of state"),
    "defence minister": ("defence minister", "defense minister", "defence secretary",
                         "defense secretary"),
    "diplomat": ("foreign minister", "foreign secretary", "secretary of state", "ambassador",
                 "envoy", "diplomat"),
    "envoy": ("envoy", "representative", "negotiator", "ambassador"),
    "negotiator": ("negotiator", "envoy"),
    "ambassador": ("ambassador",),
    "secretary": ("secretary",),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman", "press secretary"),
    "spokesman": ("spokesperson", "spokesman", "spokeswoman", "press secretary"),
    "spokeswoman": ("spokesperson", "spokesman", "spokeswoman", "press secretary"),
    "candidate": ("candidate", "nominee"),
    "nominee": ("candidate", "nominee"),
    "mayor": ("mayor",),
    "governor": ("governor",),
    "judge": ("judge",),
    "sheriff": ("sheriff",),
    "pope": ("pope",),
    "commander": ("commander", "general", "chief of staff"),
    "general": ("general", "commander"),
    "senator": ("senator",),
    "speaker": ("speaker",),  # "House Speaker Nancy Pelosi", "the speaker accused ..."
    "adviser": ("adviser", "advisor", "aide"),
    "aide": ("aide", "adviser", "advisor"),
}  # fmt: skip
# Words that qualify a title without being one: "Special American envoy", "Deputy Foreign
# Minister", "former President".
# Given names that say a person's gender in news about politics and diplomacy: a pronoun
# resolves to a person it can stand for ("she" is not "Donald Trump"). Names used for both
# (Kim, Jordan, Taylor, Lindsey, Andrea, Nicola, Jean, ...) are left out on purpose.
_FEMALE_NAMES = """
    hillary melania nancy kamala elizabeth amy kirsten tulsi nikki sarah michelle ivanka
    theresa angela ursula marine jacinda liz maggie susan susannah dianne patty lisa maria
    marie anna anne ann mary jennifer jessica laura karen linda barbara margaret catherine
    katherine kate emily emma olivia sophia julia julie rachel rebecca ruth sandra carly
    condoleezza madeleine samantha nicole christine christina erin heather kellyanne
    stephanie tammy tina valerie victoria wendy yulia olena oksana natalia natalya svetlana
    tatiana irina elena yelena marina kaja annalena giorgia mette sanna ilhan alexandria
    rashida ayanna debbie deborah diane donna dorothy eleanor ellen frances gloria grace
    helen jane janet joan joyce judith judy kathleen kathy kimberly lauren lori lucy marcia
    marilyn martha megan melissa monica nina pamela patricia paula peggy rosa sharon shirley
    sonia sylvia teresa virginia ivana loretta huma jill chelsea cindy claire clara diana eva
    fiona gina hannah isabel jacqueline joanna leah lydia marta meghan michele molly naomi
    nora rita sara tara vanessa zoe betsy elaine kirstjen ketanji ayaan golda indira benazir
    yoshiko kristalina christiane roberta
"""
_MALE_NAMES = """
    donald joe joseph barack bernie vladimir volodymyr sergei sergey dmitry dmitri mike
    michael john ted marco jeb ben rand paul mitt george bill william robert rudy steve
    steven stephen james jim jared eric kevin mitch chuck rex antony jake lloyd emmanuel olaf
    boris rishi keir xi recep benjamin yair mahmoud ali hassan abdel mohammed muhammad ahmed
    narendra justin matteo pedro andrzej viktor alexander alexei alexey andrei andriy
    oleksandr oleksiy yuri yuriy kirill dmytro petro mykola ivan igor nikolai pavel peter
    piotr martin mark matthew andrew anthony brian charles daniel david edward frank gary
    gregory henry jack jason jeff jeffrey jerry jonathan joshua kenneth larry patrick richard
    roger ronald ryan scott thomas timothy tim tony walter wayne nick nicholas adam alan
    arthur bob bruce carl dennis doug douglas fred harry howard jon keith lawrence louis
    nathan neil noah oliver phil philip ralph ray raymond roy russell samuel sean simon
    stanley terry todd travis vincent warren hunter beto pete tom newt reince corey rahm
    elijah devin rod merrick brett clarence antonin jay lou wilbur sonny rick dan andy matt
    josh kyle derek greg hakeem sebastian gerhard helmut francois nicolas jacques
    silvio giuseppe mario luiz lula jair javier gustavo andres enrique felipe fernando
    mauricio ehud shimon yitzhak naftali bashar hafez saddam moammar muammar osama
    abdullah salman faisal hamad tayyip ilham nursultan kassym alexandr
"""


def _given_names(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLE_MODIFIERS = (
    "special", "deputy", "vice", "acting", "former", "top", "chief", "senior", "interim",
    "first", "foreign", "defence", "defense", "interior", "finance", "economy", "security",
    "national", "state", "of", "prime", "general", "official", "representative", "then",
    "supreme", "assistant", "lead", "presidential", "policy",
)  # fmt: skip

_SPACES = re.compile(r"\s+")


# Aliases of states that are also common words in lower case.
_WORD_ALIKE = frozenset({"states", "us", "america"})


def _a_common_word(key: str, written: str) -> bool:
    """A folded alias written in lower case that is a common word there ("states", "us")."""
    return key in _WORD_ALIKE and written == written.lower()


def fold(name: str) -> str:
    """Case, diacritics, punctuation and spacing folded away: "the U.S." -> "the us"."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace(".", "").replace("’", "'").casefold()
    return _SPACES.sub(" ", bare).strip()


def _without_article(folded: str) -> str:
    return folded[4:] if folded.startswith("the ") else folded


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Look-ups over the state and exonym tables (build with `load_gazetteer`)."""

    states: tuple[State, ...]
    exonyms: Mapping[str, str]
    roles: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(_ROLES))
    given_names: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: {"f": _given_names(_FEMALE_NAMES), "m": _given_names(_MALE_NAMES)}
    )
    _title_words: frozenset[str] = field(default=frozenset())
    _titles: frozenset[str] = field(default=frozenset())
    _by_name: dict[str, str] = field(default_factory=dict)  # folded alias or seat -> state
    _by_adjective: dict[str, str] = field(default_factory=dict)
    _exonyms: dict[str, str] = field(default_factory=dict)
    _seats: frozenset[str] = field(default=frozenset())  # folded seats of government

    def __post_init__(self) -> None:
        for state in self.states:
            for name in (state.name, *state.aliases, *state.seats):
                self._by_name.setdefault(_without_article(fold(name)), state.name)
            for adjective in state.adjectives:
                self._by_adjective.setdefault(fold(adjective), state.name)
        for variant, name in self.exonyms.items():
            self._exonyms[fold(variant)] = name
        seats = {_without_article(fold(seat)) for state in self.states for seat in state.seats}
        object.__setattr__(self, "_seats", frozenset(seats))
        words = {w for titles in self.roles.values() for t in titles for w in t.split()}
        words |= {w for role in self.roles for w in role.split()}
        object.__setattr__(self, "_title_words", frozenset(words | set(_TITLE_MODIFIERS)))
        titles = {t for held in self.roles.values() for t in held} | set(self.roles)
        object.__setattr__(self, "_titles", frozenset(titles))

    def state_named(self, phrase: str) -> str | None:
        """The state a name, alias or seat stands for: "the Kremlin" -> "Russia"; an alias
        spelled like a common word only when capitalised ("the States", not "help states
        provide treatment"; "US", not "told us")."""
        key = _without_article(fold(phrase))
        return None if _a_common_word(key, phrase) else self._by_name.get(key)

    def is_seat(self, phrase: str) -> bool:
        """A seat of government ("Paris", "the Kremlin"): a place as well as its state."""
        return _without_article(fold(phrase)) in self._seats

    def state_of_adjective(self, word: str) -> str | None:
        """ "Russian" -> "Russia", "U.S." -> "United States" (not "us")."""
        key = fold(word)
        return None if _a_common_word(key, word) else self._by_adjective.get(key)

    def state_of(self, phrase: str) -> str | None:
        """The state a name, an alias, a seat or an adjective stands for ("the Kremlin",
        "Russian" -> "Russia"); a name wins over an adjective spelled alike."""
        return self.state_named(phrase) or self.state_of_adjective(phrase)

    def place_name(self, variant: str) -> str | None:
        """The name newsdesk uses for a place variant ("Kharkov" -> "Kharkiv"), if listed."""
        return self._exonyms.get(fold(variant))

    def state_names(self) -> Iterable[str]:
        return (state.name for state in self.states)

    def gender_of_given_name(self, word: str) -> str | None:
        """ "f" or "m" for a given name that says, else None ("Kim", "Jordan": both)."""
        folded = fold(word)
        if folded in self.given_names.get("f", frozenset()):
            return "f"
        if folded in self.given_names.get("m", frozenset()):
            return "m"
        return None

    def is_title_word(self, word: str) -> bool:
        """A word a title before a name is made of ("Foreign", "Minister", "special")."""
        return word.casefold() in self._title_words

    def is_title(self, phrase: str) -> bool:
        """A whole title or role ("head of state", "foreign minister")."""
        return " ".join(phrase.casefold().split()) in self._titles

    def titles_for(self, role: str) -> tuple[str, ...]:
        """The titles that hold a role a description names ("leader" -> "president", ...)."""
        return self.roles.get(role.casefold(), (role.casefold(),))

    def role_at_end(self, words: list[str]) -> tuple[str, int] | None:
        """The longest role ending a list of lower-case words, and how many words it takes:
        ["us", "foreign", "minister"] -> ("foreign minister", 2)."""
        for size in (3, 2, 1):
            if len(words) >= size and " ".join(words[-size:]) in self.roles:
                return " ".join(words[-size:]), size
        return None


@lru_cache(maxsize=4)
def load_gazetteer(extra: str | None = None) -> Gazetteer:
    """The team's tables, extended (never silently replaced) by a user's TOML file."""
    states, exonyms, roles = [*_STATES, *_shipped_states()], dict(_EXONYMS), dict(_ROLES)
    names = {"f": _given_names(_FEMALE_NAMES), "m": _given_names(_MALE_NAMES)}
    if extra is not None:
        more_states, more_exonyms, more_roles, more_names = _read_extra(Path(extra))
        states = more_states + states  # a user's entry wins over ours
        exonyms.update(more_exonyms)
        for role, titles in more_roles.items():  # a user's titles add to ours
            roles[role] = tuple(dict.fromkeys((*roles.get(role, ()), *titles)))
        for gender, given in more_names.items():  # a user's name moves to their gender
            names = {g: (n | given if g == gender else n - given) for g, n in names.items()}
    return Gazetteer(tuple(states), exonyms, roles, names)


def _shipped_states() -> list[State]:
    """The states beyond the core above, from the team's table `data/states.toml`."""
    shipped = resources.files("newsdesk").joinpath("data", "states.toml")
    return _states_of(tomllib.loads(shipped.read_text("utf-8")))


def _states_of(data: Mapping[str, object], source: str = "data/states.toml") -> list[State]:
    """The `[states.NAME]` tables of a gazetteer file; a malformed one names the file."""
    entries = data.get("states", {})
    if not isinstance(entries, dict) or not all(isinstance(e, dict) for e in entries.values()):
        raise ConfigError(f"{source}: [states] must hold one table per state ([states.NAME])")
    return [
        State(
            name,
            tuple(str(a) for a in entry.get("aliases", ())),
            tuple(str(a) for a in entry.get("adjectives", ())),
            tuple(str(s) for s in entry.get("seats", ())),
        )
        for name, entry in entries.items()
    ]


def _read_extra(
    path: Path,
) -> tuple[list[State], dict[str, str], dict[str, tuple[str, ...]], dict[str, frozenset[str]]]:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read gazetteer file ({exc})") from exc
    unknown = set(data) - {"states", "exonyms", "roles", "given_names"}
    if unknown:
        raise ConfigError(f"{path}: unknown gazetteer table(s) {sorted(unknown)}")
    states = _states_of(data, str(path))
    exonyms = {str(k): str(v) for k, v in data.get("exonyms", {}).items()}
    roles: dict[str, tuple[str, ...]] = {}
    for role, titles in data.get("roles", {}).items():
        if not isinstance(titles, list):
            raise ConfigError(f"{path}: [roles] {role} must be a list of titles")
        roles[" ".join(str(role).casefold().split())] = tuple(
            " ".join(str(title).casefold().split()) for title in titles
        )
    names: dict[str, frozenset[str]] = {}
    for gender, given in data.get("given_names", {}).items():
        if gender not in ("f", "m") or not isinstance(given, list):
            raise ConfigError(f"{path}: [given_names] takes f = [...] and m = [...]")
        names[gender] = frozenset(fold(str(name)) for name in given)
    return states, exonyms, roles, names
