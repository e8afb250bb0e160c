"""Builders the tests share: hand-made sentence spans, parse tokens and the registry's media
spellings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsdesk.model import Mention, Token
from newsdesk.outlets import load_outlets


def tokens_of(text: str, rows: list[tuple[str, str, str, int]]) -> tuple[Token, ...]:
    """Parse tokens for (word, pos, dep, head index) rows, found in the text left to right
    (the word, lowercased, is its lemma)."""
    tokens, at = [], 0
    for word, pos, dep, head in rows:
        start = text.index(word, at)
        at = start + len(word)
        tokens.append(Token(start, at, word.lower(), pos, dep, head))
    return tuple(tokens)


def mentions_at(text: str, mentions: list[tuple[str, str, int]]) -> tuple[Mention, ...]:
    """(phrase, label, occurrence) -> the mention of that occurrence of the phrase, in text
    order."""
    found = []
    for phrase, label, occurrence in mentions:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(phrase, start + 1)
        found.append(Mention(start, start + len(phrase), phrase, label))
    return tuple(sorted(found, key=lambda m: m.start))


def media() -> dict[str, str]:
    """Every spelling of a known outlet -> its kind, as the pipeline hands to attributions."""
    return load_outlets().spellings()


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ABBREVIATIONS = _word_set(
    "mr mrs ms dr prof gen lt col maj capt sgt sen rep gov st jr sr inc corp ltd co vs "
    "etc jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig al"
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[0-9A-ZÀ-ÞČŠŽŘĎŤŇĚŁŚŹŻĆŃ])")
_LINE = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans [start, end): lines first (paragraphs), then end punctuation."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        spans.extend(_split_line(text, line.start(), line.end()))
    return spans


def _split_line(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for boundary in _BOUNDARY.finditer(text, start, end):
        if _ends_with_abbreviation(text[start : boundary.start() + 1]):
            continue
        yield from _trimmed(text, start, boundary.end())
        start = boundary.end()
    yield from _trimmed(text, start, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    piece = text[start:end]
    if piece.strip():
        left = len(piece) - len(piece.lstrip())
        yield start + left, end - (len(piece) - len(piece.rstrip()))


def _ends_with_abbreviation(chunk: str) -> bool:
    """'U.S.', 'Gen.', 'J.' end a word, not a sentence."""
    last = chunk.rsplit(None, 1)[-1] if chunk.split() else ""
    word = last.rstrip(".").lstrip('"“(')
    if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word):
        return True
    return word.casefold() in _ABBREVIATIONS
