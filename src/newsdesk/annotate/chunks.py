"""Long texts in pieces: cut at paragraph, line or sentence ends, parsed apart, joined back.

spaCy refuses texts over `nlp.max_length` (1,000,000 characters, error E088), and its parser
and entity recogniser need about 1 GB of temporary memory per 100,000 characters. A text
longer than `CHUNK_CHARS` is therefore parsed in pieces of at most that size, each cut where
a sentence ends anyway: at a paragraph break, else a line break (lines start sentences in
newsdesk), else after a full stop, else at a space. The pieces' annotations are joined into
one whose sentences, mentions and tokens carry article-wide offsets and token heads, as if
the whole text had been parsed at once.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from dataclasses import replace

from newsdesk.model import Annotation, Mention, Sentence, Token

CHUNK_CHARS = 100_000
# Where a piece may end, best first: each pattern's match ends where the next piece begins.
_CUTS = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),  # a paragraph break
    re.compile(r"\n\s*"),  # a line break
    re.compile(r"""[.!?]["'”’)\]]*\s+"""),  # a sentence's end
    re.compile(r"\s+"),  # a space
)


def pieces(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of the pieces `text` is parsed in: one when it is short enough."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _cut(text: str, start: int, stop: int) -> int:
    """The best place to end a piece of text[start:stop]: late in it, where a sentence ends."""
    window = text[start:stop]
    for pattern in _CUTS:
        last = deque(pattern.finditer(window, len(window) // 2), maxlen=1)
        if last:
            return start + last[0].end()
    return stop  # one word of `limit` characters: cut through it


def shifted(annotation: Annotation, chars: int, tokens: int) -> Annotation:
    """A piece's annotation moved to where the piece lies in the article."""
    return replace(
        annotation,
        sentences=tuple(Sentence(s.start + chars, s.end + chars) for s in annotation.sentences),
        mentions=tuple(
            Mention(m.start + chars, m.end + chars, m.text, m.label) for m in annotation.mentions
        ),
        tokens=tuple(
            Token(t.start + chars, t.end + chars, t.lemma, t.pos, t.dep, t.head + tokens)
            for t in annotation.tokens
        ),
    )


def joined(article_id: str, model: str, parts: Iterable[Annotation]) -> Annotation:
    """One annotation of the pieces' (already shifted) annotations, in order."""
    collected = list(parts)
    return Annotation(
        article_id=article_id,
        model=model,
        sentences=tuple(s for part in collected for s in part.sentences),
        mentions=tuple(m for part in collected for m in part.mentions),
        tokens=tuple(t for part in collected for t in part.tokens),
    )
