"""Long texts in pieces: where pieces are cut, offsets and heads joined back, refusal."""

from __future__ import annotations

from itertools import pairwise

import pytest

from newsdesk.annotate import annotate, too_long
from newsdesk.annotate.chunks import joined, pieces, shifted
from newsdesk.model import Annotation, Mention, Problem, Sentence, Token

PARAGRAPH = "The delegations met again in Istanbul on Friday. Officials said talks would go on."


def _covers(text: str, spans: list[tuple[int, int]]) -> bool:
    return (
        spans[0][0] == 0
        and spans[-1][1] == len(text)
        and all(a[1] == b[0] for a, b in pairwise(spans))
    )


def test_a_short_text_is_one_piece() -> None:
    assert pieces("Short.", 100) == [(0, 6)]


def test_pieces_end_at_paragraph_breaks_when_there_are_some() -> None:
    text = "\n\n".join([PARAGRAPH] * 40)
    spans = pieces(text, 1_000)
    assert _covers(text, spans)
    assert all(end - start <= 1_000 for start, end in spans)
    assert all(text[end - 2 : end] == "\n\n" for _, end in spans[:-1])


def test_pieces_end_after_a_full_stop_in_one_long_paragraph() -> None:
    text = " ".join([PARAGRAPH] * 40)
    spans = pieces(text, 1_000)
    assert _covers(text, spans)
    assert all(text[end - 2 : end] == ". " for _, end in spans[:-1])


def test_one_endless_word_is_cut_through() -> None:
    text = "x" * 2_500
    assert pieces(text, 1_000) == [(0, 1_000), (1_000, 2_000), (2_000, 2_500)]


def test_shifted_and_joined_read_as_one_parse() -> None:
    first = Annotation(
        "a", "m", (Sentence(0, 5),), (Mention(0, 4, "Anna", "PERSON"),),
        (Token(0, 4, "Anna", "PROPN", "nsubj", 1), Token(4, 5, ".", "PUNCT", "punct", 1)),
    )  # fmt: skip
    second = Annotation(
        "a", "m", (Sentence(0, 4),), (Mention(0, 4, "Brno", "GPE"),),
        (Token(0, 4, "Brno", "PROPN", "ROOT", 0),),
    )  # fmt: skip
    whole = joined("a", "m", [shifted(first, 0, 0), shifted(second, 6, 2)])
    assert whole.sentences == (Sentence(0, 5), Sentence(6, 10))
    assert whole.mentions[1] == Mention(6, 10, "Brno", "GPE")
    assert [t.head for t in whole.tokens] == [1, 1, 2]
    assert whole.tokens[2].start == 6


@pytest.mark.parametrize("chunk_chars", [300, 1_000])
def test_annotation_in_pieces_equals_the_whole(chunk_chars: int) -> None:
    text = "\n\n".join(f"{PARAGRAPH} Paragraph {n}." for n in range(30))
    [whole] = annotate([("a", text)], components="sentences", chunk_chars=100_000)
    [chunked] = annotate([("a", text)], components="sentences", chunk_chars=chunk_chars)
    assert chunked.sentences == whole.sentences
    assert all(0 <= s.start < s.end <= len(text) for s in chunked.sentences)


def test_long_and_short_texts_keep_their_order() -> None:
    long_text = "\n".join([PARAGRAPH] * 20)
    items = [("s1", "One."), ("l", long_text), ("s2", "Two. Three.")]
    annotations = list(annotate(items, components="sentences", chunk_chars=500))
    assert [a.article_id for a in annotations] == ["s1", "l", "s2"]
    assert len(annotations[1].sentences) == 40
    assert len(annotations[2].sentences) == 2


def test_text_over_max_chars_is_refused_with_a_problem() -> None:
    problems: list[Problem] = []
    items = [("big", PARAGRAPH * 50), ("ok", PARAGRAPH)]
    annotations = list(
        annotate(items, components="sentences", chunk_chars=1_000, max_chars=2_000,
                 on_problem=problems.append)
    )  # fmt: skip
    assert [a.article_id for a in annotations] == ["big", "ok"]
    assert annotations[0].sentences == () and annotations[0].tokens == ()
    assert annotations[1].sentences
    [problem] = problems
    assert (problem.stage, problem.subject) == ("annotate", "big")
    assert "stored, but not analysed" in problem.message


def test_too_long_names_the_setting() -> None:
    assert too_long("x" * 10, None) is None
    assert too_long("x" * 10, 10) is None
    assert "annotate.max_chars" in (too_long("x" * 11, 10) or "")


@pytest.mark.quality
def test_a_text_over_spacy_max_length_is_parsed() -> None:
    """The real model on 1.1 M characters: E088 before pieces; offsets and heads in range."""
    text = "\n\n".join([PARAGRAPH] * 13_500)[:1_100_000]
    [annotation] = annotate([("long", text)], components="ner")
    assert annotation.sentences[-1].end <= len(text)
    assert all(text[m.start : m.end] == m.text for m in annotation.mentions)
