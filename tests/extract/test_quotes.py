"""Quotes from hand-built annotations: marks, cues, speakers, reported speech, grouping."""

from __future__ import annotations

from newsdesk.extract.quotes import find_quotes, group_quotes, quoted_spans
from newsdesk.model import Annotation, Mention, Quote, Sentence, Token

# (word, lemma, pos, dep, head word index); offsets are found in the text left to right
Spec = list[tuple[str, str, str, str, int]]


def annotation(text: str, spec: Spec, mentions: list[tuple[str, str]] = ()) -> Annotation:
    tokens, position = [], 0
    for word, lemma, pos, dep, head in spec:
        start = text.index(word, position)
        position = start + len(word)
        tokens.append(Token(start, position, lemma, pos, dep, head))
    found, at = [], 0
    for phrase, label in mentions:
        start = text.index(phrase, at)
        found.append(Mention(start, start + len(phrase), phrase, label))
    return Annotation("a", "test", _sentences(text), tuple(found), tuple(tokens))


def _sentences(text: str) -> tuple[Sentence, ...]:
    sentences, start = [], 0
    for index, char in enumerate(text):
        if char in ".!?" and (index + 1 == len(text) or text[index + 1] in " \n"):
            end = index + 1
            if index + 1 < len(text) and text[index + 1 : index + 2] in '”"':
                end += 1
            sentences.append(Sentence(start, end))
            start = end + 1
    return tuple(s for s in sentences if s.end > s.start)


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_spans(text)]


# --- quotation marks -------------------------------------------------------------------


def test_every_quote_style_is_found() -> None:
    text = 'He said "straight" and “curly”, «guillemets», „low nine“ and ‘single one’.'
    assert contents(text) == ["straight", "curly", "guillemets", "low nine", "single one"]


def test_apostrophes_are_not_quotes() -> None:
    assert contents("Trump’s envoy and the Clintons’ allies don't 'rock' it.") == ["rock"]


def test_nested_quote_is_kept_with_its_depth() -> None:
    spans = quoted_spans("“He wrote ‘Vladimir, STOP!’ yesterday,” she said.")
    assert [(s.depth, s.closed) for s in spans] == [(0, True), (1, True)]


def test_newswire_double_apostrophe_marks() -> None:
    assert contents("''It is good,'' he said.") == ["It is good"]


def test_quote_left_open_runs_to_the_paragraph_end() -> None:
    text = "“First paragraph of a long quote.\n“Second one,” he said."
    spans = quoted_spans(text)
    assert contents(text) == ["First paragraph of a long quote.", "Second one"]
    assert not spans[0].closed


# --- quotes with cues and speakers -----------------------------------------------------

LAVROV = "“We are ready to reach an agreement,” said Sergei Lavrov."
LAVROV_SPEC: Spec = [
    ("“", "“", "PUNCT", "punct", 4),
    ("We", "we", "PRON", "nsubj", 2),
    ("are", "be", "AUX", "ccomp", 10),
    ("ready", "ready", "ADJ", "acomp", 2),
    ("to", "to", "PART", "aux", 5),
    ("reach", "reach", "VERB", "xcomp", 3),
    ("an", "an", "DET", "det", 7),
    ("agreement", "agreement", "NOUN", "dobj", 5),
    (",", ",", "PUNCT", "punct", 10),
    ("”", "”", "PUNCT", "punct", 10),
    ("said", "say", "VERB", "ROOT", 10),
    ("Sergei", "Sergei", "PROPN", "compound", 12),
    ("Lavrov", "Lavrov", "PROPN", "nsubj", 10),
    (".", ".", "PUNCT", "punct", 10),
]


def test_direct_quote_with_inverted_cue() -> None:
    ann = annotation(LAVROV, LAVROV_SPEC, [("Sergei Lavrov", "PERSON")])
    (quote,) = find_quotes("a", LAVROV, ann)
    assert quote.text == "We are ready to reach an agreement"
    assert quote.direct and quote.cue == "said"
    assert quote.speaker_name == "Sergei Lavrov"
    assert (quote.speaker_start, quote.name_start) == (LAVROV.index("Sergei"),) * 2


REPORTED = "Lavrov said there were several signs. He added that talks will continue."
REPORTED_SPEC: Spec = [
    ("Lavrov", "Lavrov", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("there", "there", "PRON", "expl", 3),
    ("were", "be", "VERB", "ccomp", 1),
    ("several", "several", "ADJ", "amod", 5),
    ("signs", "sign", "NOUN", "attr", 3),
    (".", ".", "PUNCT", "punct", 1),
    ("He", "he", "PRON", "nsubj", 8),
    ("added", "add", "VERB", "ROOT", 8),
    ("that", "that", "SCONJ", "mark", 12),
    ("talks", "talk", "NOUN", "nsubj", 12),
    ("will", "will", "AUX", "aux", 12),
    ("continue", "continue", "VERB", "ccomp", 8),
    (".", ".", "PUNCT", "punct", 8),
]


def test_reported_speech_and_a_pronoun_resolved() -> None:
    ann = annotation(REPORTED, REPORTED_SPEC, [("Lavrov", "PERSON")])
    first, second = find_quotes("a", REPORTED, ann)
    assert (first.text, first.direct, first.speaker_name) == (
        "there were several signs",
        False,
        "Lavrov",
    )
    assert second.text == "that talks will continue"
    assert REPORTED[second.speaker_start : second.speaker_end] == "He"  # type: ignore[misc]
    assert second.speaker_name == "Lavrov" and second.name_start == 0


def test_a_cueless_quote_right_after_continues_the_speaker() -> None:
    text = LAVROV + " “There are still some points to be fine-tuned.”"
    ann = annotation(text, LAVROV_SPEC, [("Sergei Lavrov", "PERSON")])
    quotes = find_quotes("a", text, ann)
    assert [q.speaker_name for q in quotes] == ["Sergei Lavrov", "Sergei Lavrov"]
    assert quotes[1].text == "There are still some points to be fine-tuned."


def test_short_scare_quote_without_cue_is_not_a_quote() -> None:
    text = "Putin wants the “demilitarization” of the country."
    assert find_quotes("a", text, annotation(text, [])) == ()


def test_every_quote_is_an_exact_span() -> None:
    text = LAVROV + " “Another sentence that continues the quote here.”"
    for quote in find_quotes("a", text, annotation(text, LAVROV_SPEC)):
        assert quote.text == text[quote.start : quote.end]
        assert quote.cue == text[quote.cue_start : quote.cue_end]  # type: ignore[misc]


# --- grouping variants ------------------------------------------------------------------


def quote(text: str, speaker: str | None) -> Quote:
    return Quote("a", 0, len(text), text, True, speaker)


def test_variants_of_one_quote_share_a_group() -> None:
    quotes = [
        quote("We are ready to reach an agreement, but some points need fine-tuning", "Lavrov"),
        quote("we are ready to reach an agreement but some points need fine tuning.", "Lavrov"),
        quote("Vladimir, STOP!", "Trump"),
        quote("I am not happy with the Russian strikes on KYIV. Vladimir, STOP!", "Trump"),
        quote("We are ready to reach an agreement, but some points need fine-tuning", "Rubio"),
    ]
    assert group_quotes(quotes) == [0, 0, 1, 1, 2]


def test_grouping_nothing() -> None:
    assert group_quotes([]) == []
