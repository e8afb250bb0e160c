"""Which sentences need a dependency parse: those an extractor reads a parse in.

The tagger, lemmatizer and parser cost more than the entity recogniser and the sentence
splitter together, and most sentences of a news article hold nothing the extractors parse:
no verb of saying, no claim trigger, no quotation mark, no number. A `Selection` names what
makes a sentence worth parsing; `sentences_to_parse` picks those sentences from the words
the fast pass (tokenizer, entities, sentences) already found.

The words are base forms ("say", "attack", "talks"); a sentence's words are matched through
every base form they could have ("said" -> "say", "attacked" -> "attack", "planning" -> "plan"),
without a tagger, so a selection may take a sentence the parse then finds nothing in, but
does not miss a form the lexicon names. The vocabulary is the extractors' own: the pipeline,
which may read both stages, builds the `Selection` from their lexicons.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Irregular forms of the verbs news lexicons hold; regular ones are found by their endings.
_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
    "spoke": "speak", "spoken": "speak", "made": "make", "held": "hold", "gave": "give",
    "given": "give", "began": "begin", "begun": "begin", "fought": "fight", "sought": "seek",
    "struck": "strike", "stricken": "strike", "shot": "shoot", "met": "meet", "sent": "send",
    "lent": "lend", "froze": "freeze", "frozen": "freeze", "broke": "break", "broken": "break",
    "withdrew": "withdraw", "withdrawn": "withdraw", "overran": "overrun", "went": "go",
    "gone": "go", "paid": "pay", "burnt": "burn", "drew": "draw", "drawn": "draw",
    "forbade": "forbid", "forbidden": "forbid", "took": "take", "taken": "take",
    "brought": "bring", "thought": "think", "got": "get", "kept": "keep", "left": "leave",
    "led": "lead", "stood": "stand", "won": "win", "lost": "lose", "fled": "flee",
    "hid": "hide", "hidden": "hide", "chose": "choose", "chosen": "choose", "rode": "ride",
    "swore": "swear", "sworn": "swear", "saw": "see", "seen": "see", "knew": "know",
    "known": "know", "bore": "bear", "borne": "bear", "rose": "rise", "risen": "rise",
    "spent": "spend", "ran": "run", "dealt": "deal", "meant": "mean", "heard": "hear",
    "felt": "feel", "put": "put", "cut": "cut", "hit": "hit", "set": "set", "quit": "quit",
    "shut": "shut", "let": "let", "upheld": "uphold", "undertook": "undertake",
}  # fmt: skip
# (ending, what replaces it): "attacks" -> "attack", "denied" -> "deny", "agreed" -> "agree"
_ENDINGS = (
    ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("d", ""),
    ("ing", ""), ("ing", "e"),
)  # fmt: skip
_MIN_STEM = 2
_DOUBLED = re.compile(r"([bdfgklmnprtvz])\1$")  # "stopped" -> "stopp" -> "stop"
_DIGIT = re.compile(r"\d")
# Number words the quantity reader counts with ("dozens of", "hundreds"), beside digits
_NUMBER_WORDS = frozenset(
    re.findall(
        r"\w+",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
        " sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
        " dozen dozens scores hundred hundreds thousand thousands million millions billion"
        " billions",
    )
)
_QUOTE_MARKS = re.compile("[\"“”„«»]|''|(?<![A-Za-z])[‘'](?=[A-Za-z])")


@dataclass(frozen=True, slots=True)
class Selection:
    """What makes a sentence worth a parse; `before` sentences ahead of each are parsed too."""

    words: frozenset[str]  # base forms: a sentence holding any form of one is parsed
    pairs: frozenset[tuple[str, str]] = frozenset()  # a verb with its particle: ("point", "out")
    quotes: bool = True  # a sentence holding a quotation mark
    numbers: bool = True  # a sentence holding a number (digits or a number word)
    before: int = 0  # context: this many sentences before each chosen one are parsed too


def base_forms(word: str) -> set[str]:
    """Every base form `word` could be an inflection of (itself included), lower case."""
    low = word.lower()
    forms = {low}
    irregular = _IRREGULAR.get(low)
    if irregular is not None:
        forms.add(irregular)
    for ending, replacement in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= _MIN_STEM:
            stem = low[: -len(ending)] + replacement
            forms.add(stem)
            if replacement == "" and _DOUBLED.search(stem):
                forms.add(stem[:-1])
    return forms


def wants_parse(words: Sequence[str], sentence_text: str, selection: Selection) -> bool:
    """Whether one sentence (its words, and its text for marks) needs the parse."""
    if selection.quotes and _QUOTE_MARKS.search(sentence_text):
        return True
    if selection.numbers and _has_number(words):
        return True
    forms = set().union(*(base_forms(w) for w in words)) if words else set()
    if forms & selection.words:
        return True
    return any(verb in forms and particle in forms for verb, particle in selection.pairs)


def _has_number(words: Iterable[str]) -> bool:
    return any(_DIGIT.search(w) or w.lower() in _NUMBER_WORDS for w in words)


def sentences_to_parse(
    sentences: Sequence[tuple[Sequence[str], str]], selection: Selection
) -> list[bool]:
    """For each sentence ((its words, its text), in order): whether it is parsed."""
    chosen = [wants_parse(words, text, selection) for words, text in sentences]
    if selection.before <= 0:
        return chosen
    widened = list(chosen)
    for index, picked in enumerate(chosen):
        if picked:
            for earlier in range(max(0, index - selection.before), index):
                widened[earlier] = True
    return widened


def runs(chosen: Sequence[bool]) -> list[tuple[int, int]]:
    """(first, stop) of each run of consecutive chosen sentences: each run is parsed as one
    piece, so a parsed sentence keeps the context of its chosen neighbours."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    for index, picked in enumerate([*chosen, False]):
        if picked and start is None:
            start = index
        elif not picked and start is not None:
            found.append((start, index))
            start = None
    return found
