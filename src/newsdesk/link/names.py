"""Name forms: the cleaned surface of a mention, its transliteration key, and similarity.

A key is what two spellings of one name have in common once case, diacritics, script and
the usual transliteration choices are folded away: "Zelenskyy", "Zelenskiy" and "Zelenskyj"
share "zelenski"; "Kharkiv" and "Charkiv" share "charkiv"; Polish "Uszakow" and "Ushakov"
share "usakov". Keys decide exact merges, so the folding is deliberately conservative (a
word-initial "j" stays: Jan is not Ian).
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Indel, JaroWinkler

from newsdesk.gazetteer import Gazetteer, fold

# Words a person mention may start with that are not part of the name.
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "prof",
        "gen",
        "rev",
        "sen",
        "rep",
        "gov",
        "president",
        "pres",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "minister",
        "chancellor",
        "premier",
        "envoy",
        "secretary",
    ]
)
_POSSESSIVE = re.compile(r"[’']s?$")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_FINAL_Y = re.compile(r"(?:iy|yy|yj|ij|yi|ii|y)\b")
_VOWEL_J = re.compile(r"(?<=[aeiou])j")
_DOUBLES = re.compile(r"([a-z])\1+")
# Polish "sz" and "cz" first: "Uszakow" is Ushakov, "Czernichow" Chernihiv.
_SOUNDS = (
    ("sz", "sh"), ("cz", "ch"), ("kh", "ch"), ("zh", "z"), ("sh", "s"), ("w", "v"), ("ph", "f")
)  # fmt: skip


def clean_surface(text: str) -> str:
    """The mention as a name: spacing normalised, possessive and edge punctuation dropped."""
    text = _SPACES.sub(" ", text).strip()
    text = _POSSESSIVE.sub("", text)
    return _EDGE_PUNCT.sub("", text)


def without_article(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def person_tokens(name: str) -> list[str]:
    """The words of a person's name without leading honorifics ("President Putin" -> Putin)."""
    words = name.split()
    while len(words) > 1 and fold(words[0]).rstrip(".") in HONORIFICS:
        words = words[1:]
    return words


@lru_cache(maxsize=262_144)  # news repeats names: most calls are repeats
def translit_key(text: str) -> str:
    """Case, diacritics, script and transliteration variants folded: "Zelenskyj" -> "zelenski"."""
    bare = _NON_WORD.sub(
        " ", anyascii(without_article(text)).lower().replace("'", "").replace(".", "")
    )
    bare = _SPACES.sub(" ", bare).strip()
    for sound, folded in _SOUNDS:
        bare = bare.replace(sound, folded)
    bare = _FINAL_Y.sub("i", bare)
    bare = _VOWEL_J.sub("i", bare).replace("y", "i")
    return _DOUBLES.sub(r"\1", bare).replace("ie", "e")


def person_key(name: str) -> str:
    """A person's key: Czech and Slovak give a woman's surname the ending "-ová", and
    machine translation keeps it, so "Marit Ensdalová" is Marit Ensdal and "Kallasová" is
    Kallas (only with its accent: Russian "Ivanova" is not Ivanov)."""
    words = name.split()
    if has_feminine_ending(name):
        words[-1] = words[-1][: -len(_FEMININE)]
    return translit_key(" ".join(words))


def has_feminine_ending(name: str) -> bool:
    """Whether a name's last word is a stem with the Czech and Slovak "-ová"."""
    words = name.split()
    return bool(words) and words[-1].endswith(_FEMININE) and len(words[-1]) > len(_FEMININE) + 2


_FEMININE = "ová"


def exonym_form(name: str, gazetteer: Gazetteer) -> str:
    """The name with a listed place variant replaced ("the Dneper River" -> "Dnipro River")."""
    whole = gazetteer.place_name(without_article(name))
    if whole is not None:
        return whole
    words = without_article(name).split()
    replaced = [gazetteer.place_name(word) or word for word in words]
    return " ".join(replaced) if replaced != words else name


def similarity(a: str, b: str) -> float:
    """Indel similarity of two keys, 0..1 (1 - normalised insert/delete distance)."""
    return Indel.normalized_similarity(a, b)


def prefix_similarity(a: str, b: str) -> float:
    """Jaro-Winkler similarity, which rewards a long shared beginning (garbled endings)."""
    return JaroWinkler.normalized_similarity(a, b)


def common_prefix(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def given_names_compatible(a: list[str], b: list[str]) -> bool:
    """Whether two persons' first names can be one ("J." ~ "John"; "Donald" !~ "Melania")."""
    if len(a) < 2 or len(b) < 2:
        return True
    first_a, first_b = translit_key(a[0]), translit_key(b[0])
    if not first_a or not first_b:
        return True
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return similarity(first_a, first_b) >= 0.75
