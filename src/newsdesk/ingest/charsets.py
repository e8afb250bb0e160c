"""Which legacy charset reads a text best: a plausibility score for each candidate decoding.

When bytes are neither UTF-8 nor declared, most single-byte charsets decode them without an
error, so the question is which reading looks like writing. A wrong reading leaves traces that
real text does not have:

- control and unassigned characters (ISO-8859-2 reading windows-1250's "š" as U+009A);
- symbols inside words ("¾e" for Czech "že" read as windows-1252);
- letters no single language uses together ("pøímì": Danish ø beside Italian ì), found by
  fitting the text's accented letters to the alphabets of the languages written in its script;
- case flipping inside words ("пРЕЗИДЕНТ": KOI8-R read as windows-1251);
- for CJK charsets, half-width katakana and characters outside the common repertoire.

Only words holding non-ASCII characters are scored: the ASCII rest reads the same in every
candidate. Scores are counts of traces (lower is better), so a margin between the best two
readings says how sure the guess is.
"""

from __future__ import annotations

import math
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# The letters beyond a-z each language writes with (lower case), per script. A reading whose
# accented letters all fit one alphabet is plausible; letters fitting no single one are traces.
LATIN_ALPHABETS = {
    "en": "éèàçñöüäáíóôêï",  # loanwords and names (café, Niño, Touré): any density goes
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "pl": "ąćęłńóśźż",
    "hu": "áéíóöőúüű",
    "sl": "čšžćđ",
    "hr": "čćđšž",
    "ro": "ăâîșțşţ",
    "de": "äöüßé",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúü",
    "it": "àèéìíîòóù",
    "pt": "áâãàçéêíóôõú",
    "ca": "àçèéíïòóúü",
    "nl": "éëïóöüè",
    "da": "æøåé",
    "sv": "äåöé",
    "fi": "äöåšž",
    "is": "áðéíóúýþæö",
    "et": "äöõüšž",
    "lv": "āčēģīķļņšūž",
    "lt": "ąčęėįšųūž",
    "tr": "çğıöşüâîi̇",  # "İ".lower() is "i" + a combining dot
    "sq": "çë",
}
# The share of letters that are accented in running text, roughly: a reading that fits an
# alphabet yet uses far fewer of its letters than the language does (Italian "è" read as
# Czech "č") is less likely than the reading of a language that writes few accents.
ACCENT_DENSITY = {
    "cs": 0.09, "sk": 0.07, "pl": 0.07, "hu": 0.08, "sl": 0.02, "hr": 0.03,
    "ro": 0.05, "de": 0.015, "fr": 0.035, "es": 0.02, "it": 0.01, "pt": 0.03, "ca": 0.025,
    "nl": 0.003,
    "da": 0.02, "sv": 0.03, "fi": 0.04, "is": 0.08, "et": 0.03, "lv": 0.07, "lt": 0.06,
    "tr": 0.06, "sq": 0.05,
}  # fmt: skip
CYRILLIC_ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
}
GREEK_ALPHABETS = {"el": "αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ"}
# One ideograph or kana between Latin letters (a word of them would be a run of several).
_LONE_CJK = re.compile(r"(?<=[A-Za-z])[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af](?=[A-Za-z]|$)")
_ALPHABETS = {"LATIN": LATIN_ALPHABETS, "CYRILLIC": CYRILLIC_ALPHABETS, "GREEK": GREEK_ALPHABETS}

# Symbols that sit beside letters in real text: currency, degrees, marks, typographic signs.
_USUAL_SYMBOLS = frozenset("°%‰€£$¥¢©®™§¶·•+=<>|~^`№")
# Format characters that do occur inside words: soft hyphen, zero-width (non-)joiners.
_USUAL_FORMAT = frozenset("\u00ad\u200c\u200d")
# The ten commonest letters of the main languages of each script that has no case to go by
# (and of Cyrillic and Greek, whose charsets scramble letters rather than cases): a reading
# of the wrong charset spreads its letters evenly, a right one leans on these.
COMMON_LETTERS = {
    "CYRILLIC": "оеаинтсрвл",
    "ARABIC": "اليمونرتبع",
    "GREEK": "αοειτνσρκπ",
    "HEBREW": "יוהלמארתבנ",
    "THAI": "านรอกงเมวย",
}
COMMON_SHARE = 0.45  # right readings: 0.5-0.7 of their letters are common; wrong: ~0.3
COMMON_MIN_LETTERS = 20

CONTROL_WEIGHT = 10.0  # a control, unassigned or private-use character: nearly proof
SYMBOL_WEIGHT = 3.0  # a symbol inside a word ("¾e")
MIXED_SCRIPT_WEIGHT = 3.0  # letters of two scripts in one word
CASE_WEIGHT = 1.0  # a capital right after a small letter inside a word
ALPHABET_WEIGHT = 1.0  # an accented letter outside the best-fitting alphabet
DENSITY_WEIGHT = 2.0  # per halving of the accent density below half the language's own
RARE_CJK_WEIGHT = 1.0  # half-width katakana, a character outside GB2312's common set
LONE_CJK_WEIGHT = 3.0  # a single ideograph glued to Latin letters: "á n" read as "疣"
LONE_LETTER_WEIGHT = 1.0  # an accented letter standing as a word that no language has
# Accented letters that are words of their own (Italian "è", French "à", Portuguese "é",
# Swedish "å" and "ö"); Italian "è" read as ISO-8859-2 is "č", a word in no language.
LONE_LETTER_WORDS = frozenset("àèéòóåöÀÈÉ")
MARK_WEIGHT = 2.0  # a combining mark opening a word, or following a letter of another script
COMMON_WEIGHT = 0.5  # per letter short of COMMON_SHARE


@dataclass(frozen=True, slots=True)
class Reading:
    """One candidate decoding of the sample and how implausible it looks."""

    encoding: str
    text: str
    traces: float  # weighted count of the traces above (0: looks like writing)


def score(text: str, encoding: str) -> float:
    """Weighted traces of a wrong decoding in `text` (mostly its non-ASCII words)."""
    words = Counter(word for word in text.split() if not word.isascii())
    letters: Counter[str] = Counter()
    traces = 0.0
    for word, count in words.items():
        traces += count * _word_traces(word)
        letters.update({char: count for char in word if ord(char) > 127 and char.isalpha()})
    ascii_letters = _ascii_letters(text)
    traces += _alphabet_traces(letters, ascii_letters)
    traces += RARE_CJK_WEIGHT * _rare_cjk(letters, encoding)
    traces += COMMON_WEIGHT * _uncommon_letters(letters)
    return traces


def best_readings(readings: Iterable[Reading]) -> list[Reading]:
    """Readings from the most plausible; equal scores keep their given (popularity) order."""
    return sorted(readings, key=lambda reading: reading.traces)


def _word_traces(word: str) -> float:
    traces = 0.0
    scripts: set[str] = set()
    previous_lower = previous_ascii = False
    previous_script = ""
    has_letter = any(char.isalpha() for char in word)
    cjk_only = has_letter and all(_script(c) == "CJK" for c in word if c.isalpha())
    for char in word:
        kind = _kind(char)
        if kind == "control":
            traces += CONTROL_WEIGHT
        elif kind == "symbol" and has_letter and not cjk_only:
            traces += SYMBOL_WEIGHT  # "¾e"; but "■タイトル" is a bullet, as CJK text uses them
        elif kind == "mark" and _script(char) not in (previous_script, "COMBINING"):
            traces += MARK_WEIGHT  # "ً" after "ğ"; a Thai vowel sign opening a word
        if char.isalpha():
            previous_script = _script(char)
            scripts.add(previous_script)
            if previous_lower and char.isupper() and not (char.isascii() and previous_ascii):
                traces += CASE_WEIGHT  # "пРЕЗИДЕНТ"; not ASCII camelCase ("inputStr")
            previous_lower, previous_ascii = char.islower(), char.isascii()
        elif kind != "mark":
            previous_lower = False
            previous_script = ""
    if len(scripts - {"CJK"}) > 1:
        traces += MIXED_SCRIPT_WEIGHT
    if "CJK" in scripts and "LATIN" in scripts:
        traces += LONE_CJK_WEIGHT * len(_LONE_CJK.findall(word))
    if _lone_letter(word) not in ("", *LONE_LETTER_WORDS):
        traces += LONE_LETTER_WEIGHT
    return traces


def _lone_letter(word: str) -> str:
    """The word's only letter when it has one and nothing else but punctuation, else ""."""
    letters = [char for char in word if char.isalnum()]
    return letters[0] if len(letters) == 1 and letters[0].isalpha() else ""


@lru_cache(maxsize=4096)
def _kind(char: str) -> str:
    """'control' (control, unassigned, private use, surrogate, a stray format character),
    'symbol', 'mark' (combining), or 'other'."""
    category = unicodedata.category(char)
    if category in ("Cc", "Cn", "Co", "Cs") and char not in "\t\n\r\f\v":
        return "control"
    if category == "Cf" and char not in _USUAL_FORMAT:
        return "control"
    if category in ("Mn", "Mc"):
        return "mark"
    if category == "Nd" and not char.isascii():
        return "symbol"  # a Thai or Arabic digit inside a Latin word
    if char in "\u00a4\ufffd":
        return "control"  # the currency sign (ISO-8859-15's euro read as Latin-1); U+FFFD
    if (category[0] == "S" or category == "No") and char not in _USUAL_SYMBOLS:
        return "symbol"
    return "other"


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """LATIN, CYRILLIC, GREEK, CJK (ideographs, kana, hangul) or the name's first word."""
    name = unicodedata.name(char, "UNKNOWN")
    if name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "FULLWIDTH")):
        return "CJK"
    return name.split(" ", 1)[0]


def _ascii_letters(text: str) -> int:
    return sum(map(text.count, string.ascii_letters))


def _alphabet_traces(letters: Counter[str], ascii_letters: int) -> float:
    """Accented letters outside the alphabet that fits best, summed over scripts (for Latin,
    with the fit's accent density weighed against the language's own)."""
    traces = 0.0
    for script, alphabets in _ALPHABETS.items():
        used = {char: n for char, n in letters.items() if _script(char) == script}
        if not used:
            continue
        accented = sum(used.values())
        density = accented / (accented + ascii_letters) if script == "LATIN" else None
        traces += min(
            ALPHABET_WEIGHT * sum(n for char, n in used.items() if char.lower() not in alphabet)
            + _density_traces(density, language)
            for language, alphabet in alphabets.items()
        )
    return traces


def _density_traces(density: float | None, language: str) -> float:
    expected = ACCENT_DENSITY.get(language)
    if density is None or expected is None or density <= 0:
        return 0.0
    return DENSITY_WEIGHT * max(0.0, math.log2(expected / density) - 1.0)


def _uncommon_letters(letters: Counter[str]) -> float:
    """Letters short of the share a script's commonest letters take in real text."""
    shortfall = 0.0
    for script, common in COMMON_LETTERS.items():
        used = sum(n for char, n in letters.items() if _script(char) == script)
        if used < COMMON_MIN_LETTERS:
            continue
        frequent = sum(n for char, n in letters.items() if char.lower() in common)
        shortfall += max(0.0, COMMON_SHARE * used - frequent)
    return shortfall


def _rare_cjk(letters: Counter[str], encoding: str) -> int:
    """Characters a right reading seldom gives (see `_odd_in_any_cjk`); for Chinese charsets
    also kana (Japanese text: EUC-JP shares GB2312's kana rows) and ideographs outside the
    common repertoire (GB2312; Big5's first level)."""
    rare = sum(n for char, n in letters.items() if _odd_in_any_cjk(char))
    if encoding in CHINESE_CHARSETS:
        rare += sum(n for char, n in letters.items() if _uncommon_in_chinese(char, encoding))
    return rare


def _odd_in_any_cjk(char: str) -> bool:
    """Half-width katakana (a Shift_JIS reading of other bytes) and Hangul compatibility jamo
    (an EUC-KR reading of EUC-JP's kana rows): each rare in real text."""
    return 0xFF61 <= ord(char) <= 0xFF9F or 0x3131 <= ord(char) <= 0x318E


CHINESE_CHARSETS = frozenset({"gb18030", "gbk", "gb2312", "big5", "big5hkscs"})
_BIG5_SECOND_LEVEL = 0xC9  # lead bytes from here on: Big5's less frequent characters


@lru_cache(maxsize=8192)
def _uncommon_in_chinese(char: str, encoding: str) -> bool:
    if 0x3040 <= ord(char) <= 0x30FF:
        return True
    if _script(char) != "CJK":
        return False
    try:
        if encoding.startswith("big5"):
            return char.encode("big5")[0] >= _BIG5_SECOND_LEVEL
        char.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False
