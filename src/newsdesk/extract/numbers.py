"""Numbers tied to what they count: "killed at least 12 people", "wounded 90",
"5000 soldiers a week", "twelve soldiers", "dozens more" — for conflict checks later.

Reads the parsed article (`parse.ParsedArticle`, components="parse"). A number counts the
noun it modifies; when that noun (or the number itself) is what a casualty verb acts on,
what is counted is the casualty ("killed", "wounded"), since that is what two reports of
one strike disagree on.
Dates, times, ordinals and years are not counts and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.model import Quantity, Token
from newsdesk.parse import ParsedArticle

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague plurals: their smallest plausible value, read as "at least".
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2e6}
# Casualty and count verbs -> what they count.
_CASUALTY = {
    "kill": "killed", "wound": "wounded", "injure": "injured", "die": "dead",
    "arrest": "arrested", "detain": "detained", "displace": "displaced",
    "evacuate": "evacuated", "capture": "captured", "abduct": "abducted",
    "kidnap": "kidnapped", "release": "released", "free": "freed", "missing": "missing",
    "dead": "dead", "hurt": "injured", "execute": "executed", "rescue": "rescued",
}  # fmt: skip
_QUALIFIERS = (
    ("at least", "at least"),
    ("no fewer than", "at least"),
    ("more than", "more than"),
    ("over", "more than"),
    ("upwards of", "more than"),
    ("at most", "at most"),
    ("up to", "up to"),
    ("fewer than", "less than"),
    ("less than", "less than"),
    ("under", "less than"),
    ("nearly", "almost"),
    ("almost", "almost"),
    ("about", "about"),
    ("around", "about"),
    ("approximately", "about"),
    ("roughly", "about"),
    ("some", "about"),
    ("an estimated", "about"),
    ("estimated", "about"),
)
_PLAIN_PEOPLE = frozenset({"people", "person", "persons", "others", "more", "dozen"})
_NOT_COUNTS = frozenset({"DATE", "TIME", "ORDINAL"})
_PERIODS = frozenset({"day", "week", "month", "year", "hour"})
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")


@dataclass(frozen=True, slots=True)
class _Number:
    first: int  # token indices of the number as written
    last: int
    value: float
    vague: bool


def find_quantities(article_id: str, parsed: ParsedArticle) -> tuple[Quantity, ...]:
    """Every number in the article tied to what it counts; offsets into its text."""
    reader = _Reader(parsed)
    found = []
    for number in reader.numbers():
        quantity = reader.quantity(article_id, number)
        if quantity is not None:
            found.append(quantity)
    return tuple(found)


class _Reader:
    """The numbers of one parsed article and what each counts."""

    def __init__(self, parsed: ParsedArticle) -> None:
        self.parsed = parsed
        self.text = parsed.text
        self.tokens = parsed.tokens
        self.children = parsed.children
        self.word = parsed.word
        self.skipped = [(m.start, m.end) for m in parsed.mentions if m.label in _NOT_COUNTS]

    def numbers(self) -> list[_Number]:
        found: list[_Number] = []
        index = 0
        while index < len(self.tokens):
            number = self._number_at(index)
            if number is not None:
                found.append(number)
                index = number.last + 1
            else:
                index += 1
        return found

    def _number_at(self, index: int) -> _Number | None:
        word = self.word(index).lower()
        if word in _VAGUE:
            return _Number(index, index, float(_VAGUE[word]), True)
        value = _value(word)
        if value is None or self._not_a_count(index, word):
            return None
        last = index
        while last + 1 < len(self.tokens) and self.word(last + 1).lower() in _SCALES:
            last += 1
            value *= _SCALES[self.word(last).lower()]
        return _Number(index, last, value, False)

    def _not_a_count(self, index: int, word: str) -> bool:
        token = self.tokens[index]
        if any(s <= token.start and token.end <= e for s, e in self.skipped):
            return True
        return bool(re.fullmatch(r"1[89]\d\d|20\d\d", word))  # a year

    def quantity(self, article_id: str, number: _Number) -> Quantity | None:
        counted = self._counted(number)
        if counted is None:
            return None
        name, c_start, c_end = counted
        first, last = self.tokens[number.first], self.tokens[number.last]
        sentence = self.parsed.sentence_at(first.start)
        return Quantity(
            article_id=article_id,
            start=first.start,
            end=last.end,
            text=self.text[first.start : last.end],
            value=number.value,
            qualifier="at least" if number.vague else self._qualifier(first.start),
            counted=name,
            counted_start=c_start,
            counted_end=c_end,
            sentence_start=sentence.start if sentence else 0,
            sentence_end=sentence.end if sentence else 0,
        )

    def _qualifier(self, start: int) -> str:
        before = self.text[max(0, start - 20) : start].lower().rstrip()
        for phrase, qualifier in _QUALIFIERS:
            if re.search(rf"(?:^|\W){phrase}$", before):
                return qualifier
        return "exact"

    def _counted(self, number: _Number) -> tuple[str, int, int] | None:
        token = self.tokens[number.last]
        thing = token.head if token.dep in ("nummod", "quantmod") else number.last
        if self.tokens[number.last].dep == "compound":
            thing = token.head
        casualty = self._casualty_of(thing)
        if thing == number.last:
            return casualty  # "wounded 90", or a bare number nobody says what of
        noun = self.tokens[thing]
        name, start, end = self._with_period(thing, self.word(thing).lower(), noun)
        if casualty is None:
            return name, start, end
        what, c_start, c_end = casualty
        if noun.lemma.lower() in _PLAIN_PEOPLE:
            return what, c_start, c_end  # "killed at least 12 people": "killed"
        return (
            f"{self.word(thing).lower()} {what}{name[len(self.word(thing)) :]}",
            min(start, c_start),
            max(end, c_end),
        )

    def _casualty_of(self, thing: int) -> tuple[str, int, int] | None:
        """ "killed at least 12 people", "wounded 90", "12 people were killed", "12 dead"."""
        token = self.tokens[thing]
        verb = token.head if token.dep in ("dobj", "nsubjpass", "nsubj", "conj") else None
        for candidate in (verb, thing):
            if candidate is None:
                continue
            lemma = self.tokens[candidate].lemma.lower()
            word = self.word(candidate).lower()
            name = _CASUALTY.get(lemma) or _CASUALTY.get(word)
            if name is not None:
                found = self.tokens[candidate]
                return name, found.start, found.end
        return None

    def _with_period(self, thing: int, name: str, noun: Token) -> tuple[str, int, int]:
        """ "5000 soldiers a week": the rate's period joins what is counted."""
        for sibling in self.children[noun.head] + self.children[thing]:
            word = self.word(sibling).lower()
            if self.tokens[sibling].dep == "npadvmod" and word.rstrip("s") in _PERIODS:
                end = max(noun.end, self.tokens[sibling].end)
                return f"{name} per {word.rstrip('s')}", noun.start, end
        return name, noun.start, noun.end


def _value(word: str) -> float | None:
    if _DIGITS.match(word):
        return float(word.replace(",", ""))
    if word in _WORDS:
        return float(_WORDS[word])
    return None
