"""Selective parsing: every sentence gets entities, only the sentences extractors read get a parse.

The fast pass (tokenizer, entity recogniser, sentence splitter) runs over the whole article.
Then the sentences a `Selection` picks are parsed (shared tok2vec, tagger, attribute ruler,
lemmatizer, parser), a run of consecutive picked sentences as one piece so each keeps its
neighbours' context. The sentence boundaries of the fast pass are kept as they are: the
parser honours boundaries already set, so every parsed sentence is one tree.

The pieces' tokens are joined into one article-wide list: character offsets into the whole
text, heads as indices into that list. Sentences not parsed carry no tokens, which is what
`parse.ParsedArticle` reads as "not parsed here".

It runs as the last pipeline component, so `nlp.pipe(..., n_process=N)` parses in the
workers too; its result travels in `doc.user_data` (serialised with the Doc between
processes) until `convert.doc_to_annotation` reads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsdesk.annotate.select import Selection, runs, sentences_to_parse

SELECTIVE_PARSE = "newsdesk_selective_parse"
# The components that make the parse (tok2vec is the one they listen to, not the NER's own)
PARSE_STEPS = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser")
PARSED_TOKENS = "newsdesk_parsed_tokens"  # doc.user_data key: rows of the parsed tokens
PARSED_SHARE = "newsdesk_parsed_sentences"  # doc.user_data key: (parsed, all) sentences
TokenRow = tuple[int, int, str, str, str, int]  # start, end, lemma, pos, dep, head


@Language.factory(SELECTIVE_PARSE)
def make_selective_parse(nlp: Language, name: str) -> SelectiveParse:
    return SelectiveParse(nlp)


class SelectiveParse:
    """The pipeline component: parses the chosen sentences of each Doc with `PARSE_STEPS`.

    Without a selection (`selection is None`) it parses nothing; `annotate` sets it for
    the run it makes.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.selection: Selection | None = None
        self.batch_size = 64

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """Docs in order, the pieces of a batch parsed together (the parser is faster so)."""
        stream = iter(docs)
        size = batch_size or self.batch_size
        while batch := list(islice(stream, size)):
            yield from self._parse_batch(batch)

    def _parse_batch(self, docs: list[Doc]) -> list[Doc]:
        pieces: list[list[Span]] = [self._chosen_pieces(doc) for doc in docs]
        flat = [span.as_doc() for spans in pieces for span in spans]
        parsed = iter(self._parse(flat))
        for doc, spans in zip(docs, pieces, strict=True):
            doc.user_data[PARSED_TOKENS] = joined_rows((s, next(parsed)) for s in spans)
        return docs

    def _chosen_pieces(self, doc: Doc) -> list[Span]:
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        if self.selection is None:
            doc.user_data[PARSED_SHARE] = (0, len(sentences))
            return []
        described = [([t.text for t in s if not t.is_space], s.text) for s in sentences]
        chosen = sentences_to_parse(described, self.selection)
        doc.user_data[PARSED_SHARE] = (sum(chosen), len(sentences))
        return [doc[sentences[a].start : sentences[b - 1].end] for a, b in runs(chosen)]

    def _parse(self, docs: list[Doc]) -> Iterable[Doc]:
        stream: Iterable[Doc] = docs
        for name in PARSE_STEPS:
            component: Any = self.nlp.get_pipe(name)
            stream = component.pipe(stream, batch_size=self.batch_size)
        return stream


def joined_rows(pieces: Iterable[tuple[Span, Doc]]) -> list[TokenRow]:
    """The parsed pieces' tokens as one list: article-wide character offsets, and heads as
    indices into this list (a piece's heads stay inside it)."""
    rows: list[TokenRow] = []
    for span, doc in pieces:
        chars, before = span.start_char, len(rows)
        rows.extend(
            (
                t.idx + chars,
                t.idx + chars + len(t.text),
                t.lemma_,
                t.pos_,
                t.dep_,
                t.head.i + before,
            )
            for t in doc
        )
    return rows
