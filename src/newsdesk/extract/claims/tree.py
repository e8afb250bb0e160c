"""A navigable view of one article's dependency parse (the `Annotation` tokens).

Extraction works on the model objects, never on spaCy, so every rule can be tested with a
hand-built annotation. Token indices are the article-wide indices `Token.head` uses.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from newsdesk.model import Annotation, Mention, Sentence, Token


@dataclass(frozen=True, slots=True)
class Tree:
    """Tokens, their children and their sentences, with the clean text they index."""

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    children: tuple[tuple[int, ...], ...] = field(default=())
    _sentence_starts: tuple[int, ...] = field(default=())

    @classmethod
    def build(cls, text: str, annotation: Annotation) -> Tree:
        kids: list[list[int]] = [[] for _ in annotation.tokens]
        for index, token in enumerate(annotation.tokens):
            if token.head != index and 0 <= token.head < len(kids):
                kids[token.head].append(index)
        return cls(
            text,
            annotation.tokens,
            annotation.sentences,
            annotation.mentions,
            tuple(tuple(k) for k in kids),
            tuple(s.start for s in annotation.sentences),
        )

    def word(self, index: int) -> str:
        token = self.tokens[index]
        return self.text[token.start : token.end]

    def lower(self, index: int) -> str:
        return self.word(index).lower()

    def kids(self, index: int, *deps: str) -> list[int]:
        """Children of a token, only those with one of `deps` when given."""
        return [k for k in self.children[index] if not deps or self.tokens[k].dep in deps]

    def kid(self, index: int, *deps: str) -> int | None:
        found = self.kids(index, *deps)
        return found[0] if found else None

    def head(self, index: int) -> int | None:
        head = self.tokens[index].head
        return None if head == index else head

    def ancestors(self, index: int) -> Iterator[int]:
        seen = {index}
        head = self.head(index)
        while head is not None and head not in seen:
            yield head
            seen.add(head)
            head = self.head(head)

    def subtree(self, index: int, skip: frozenset[str] = frozenset()) -> list[int]:
        """The token and its descendants in text order, leaving out branches whose dep is
        in `skip` (the root itself is always kept)."""
        out, stack = [], [index]
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(k for k in self.children[current] if self.tokens[k].dep not in skip)
        return sorted(i for i in out if self.tokens[i].pos != "SPACE")

    def sentence_of(self, index: int) -> Sentence:
        position = bisect_right(self._sentence_starts, self.tokens[index].start) - 1
        return self.sentences[max(position, 0)]

    def sentence_tokens(self, sentence: Sentence) -> list[int]:
        return [
            i
            for i, t in enumerate(self.tokens)
            if sentence.start <= t.start < sentence.end and t.pos != "SPACE"
        ]

    def mention_at(self, index: int, labels: frozenset[str]) -> Mention | None:
        """The named-entity mention (of one of `labels`) covering a token."""
        token = self.tokens[index]
        for mention in self.mentions:
            if (
                mention.start <= token.start
                and token.end <= mention.end
                and mention.label in labels
            ):
                return mention
        return None

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]
