"""Selective parsing: only chosen sentences carry tokens, with article-wide offsets and heads."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsdesk.annotate import Selection, annotate, doc_to_annotation
from newsdesk.annotate.selective import PARSED_TOKENS, joined_rows
from newsdesk.model import Annotation

SAYING = Selection(frozenset({"say", "attack"}), numbers=True)
TEXT = (
    "The weather was fine.\nRebels attacked the town on Monday, officials said.\n"
    "Nothing else happened here. He has 12 cats. The end came late."
)


def _piece(words: list[str], heads: list[int]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=["dep"] * len(words))


def test_joined_rows_shift_offsets_and_heads_of_each_piece() -> None:
    article = spacy.blank("en")("Calm . He said no . Quiet . She left .")
    first, second = article[2:6], article[8:11]
    rows = joined_rows(
        [(first, _piece(["He", "said", "no", "."], [1, 1, 1, 1])),
         (second, _piece(["She", "left", "."], [1, 1, 1]))]
    )  # fmt: skip
    assert [article.text[r[0] : r[1]] for r in rows] == [
        "He",
        "said",
        "no",
        ".",
        "She",
        "left",
        ".",
    ]
    assert [r[5] for r in rows] == [1, 1, 1, 1, 5, 5, 5]


def test_rows_in_user_data_become_the_annotation_tokens() -> None:
    doc = spacy.blank("en")("A b. C d.")
    doc.user_data[PARSED_TOKENS] = [[5, 6, "c", "NOUN", "nsubj", 1], [7, 8, "d", "VERB", "ROOT", 1]]
    tokens = doc_to_annotation("a", doc, "m").tokens
    assert [(t.start, t.end, t.dep, t.head) for t in tokens] == [
        (5, 6, "nsubj", 1),
        (7, 8, "ROOT", 1),
    ]


def test_selective_without_a_selection_is_refused() -> None:
    with pytest.raises(ValueError, match="needs a selection"):
        list(annotate([("a", "Text.")], components="selective"))


def _parsed_sentences(annotation: Annotation, text: str) -> list[str]:
    return [
        text[s.start : s.end]
        for s in annotation.sentences
        if any(s.start <= t.start < s.end for t in annotation.tokens)
    ]


def _assert_consistent(annotation: Annotation, text: str) -> None:
    """Offsets exact, every head inside the token list and inside its own sentence."""
    starts = [s.start for s in annotation.sentences]
    for token in annotation.tokens:
        assert text[token.start : token.end].strip() or token.pos == "SPACE"
        head = annotation.tokens[token.head]
        assert sum(1 for s in starts if s <= token.start) == sum(
            1 for s in starts if s <= head.start
        )


@pytest.mark.slow
def test_real_model_parses_only_the_chosen_sentences() -> None:
    selective = next(annotate([("x", TEXT)], components="selective", selection=SAYING))
    full = next(annotate([("x", TEXT)], components="parse"))
    assert _parsed_sentences(selective, TEXT) == [
        "Rebels attacked the town on Monday, officials said.",
        "He has 12 cats.",
    ]
    _assert_consistent(selective, TEXT)
    assert selective.mentions == full.mentions  # every sentence still gets its entities
    said = next(t for t in selective.tokens if TEXT[t.start : t.end] == "said")
    assert said.lemma == "say" and said.dep == "ROOT"
    assert selective.model.endswith("newsdesk_selective_parse")


@pytest.mark.slow
def test_real_model_selective_in_pieces_and_on_two_processes() -> None:
    texts = [("a", TEXT), ("b", TEXT.replace("Monday", "Friday"))]
    one = list(annotate(texts, components="selective", selection=SAYING))
    two = list(annotate(texts, components="selective", selection=SAYING, n_process=2))
    assert one == two  # the parse travels with the Doc between processes
    pieces = next(annotate([("a", TEXT)], components="selective", selection=SAYING, chunk_chars=80))
    _assert_consistent(pieces, TEXT)
    assert _parsed_sentences(pieces, TEXT) == _parsed_sentences(one[0], TEXT)
