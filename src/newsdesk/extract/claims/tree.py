"""A navigable view of one article's dependency parse (the `Annotation` tokens).

Extraction works on the model objects, never on spaCy, so every rule can be tested with a
hand-built annotation. Token indices are the article-wide indices `Token.head` uses.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from newsdesk.model import Annotation, Mention, Sentence, Token


def first_found(*indices: int | None) -> int | None:
    """The first token index that is not None (token 0 is a real token, so never `or`)."""
    return next((i for i in indices if i is not None), None)


# Clauses hanging off a noun are what is said about it, not part of its name.
_NOT_IN_PHRASE = frozenset({"relcl", "acl", "punct", "advcl", "parataxis"})
_WHEN = frozenset({"DATE", "TIME"})


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

    def phrase(self, head: int) -> tuple[int, int]:
        """Character span of the noun phrase a token heads, as news annotators mark actors:
        with its determiner, titles, appositions and prepositions ("the UAE Ambassador to
        Bahrain, Abdulridha ..."), without relative or participle clauses and without
        punctuation at either edge."""
        tokens = self.subtree(head, _NOT_IN_PHRASE)
        dates = {i for k in tokens if k != head and self._is_when(k) for i in self.subtree(k)}
        tokens = [i for i in tokens if i not in dates]
        while len(tokens) > 1 and self.tokens[tokens[-1]].pos == "PUNCT":
            tokens = tokens[:-1]
        while len(tokens) > 1 and self.tokens[tokens[0]].pos == "PUNCT":
            tokens = tokens[1:]
        return self.tokens[tokens[0]].start, self.tokens[tokens[-1]].end

    def _is_when(self, index: int) -> bool:
        """ "in May", "on Thursday", "last week": when, not part of who."""
        token = self.tokens[index]
        if token.dep == "prep":
            obj = self.kid(index, "pobj")
            return obj is not None and self.mention_at(obj, _WHEN) is not None
        return token.dep == "npadvmod" and self.mention_at(index, _WHEN) is not None

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
