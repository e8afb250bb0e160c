"""Quotes from hand-built annotations: marks, cues, speakers, reported speech, grouping."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdesk.extract.quotes import (
    Cue,
    _Draft,
    _is_title,
    _one_per_clause,
    find_quotes,
    quoted_spans,
)
from newsdesk.gazetteer import load_gazetteer
from newsdesk.model import Annotation, Mention, Quote, Sentence, Token
from newsdesk.parse import ParsedArticle
from newsdesk.referents import Referents

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
        closing = text[index + 1 :] in {"”", '"', "''"}  # a quote closing the text
        title = text[max(0, index - 2) : index + 1] in {"Mr.", "Ms."}  # no sentence's end
        ends = index + 1 == len(text) or text[index + 1] in " \n" or closing
        if char in ".!?" and ends and not title:
            end = index + 1
            if index + 1 < len(text) and text[index + 1 : index + 2] in '”"':
                end += 1
            end += 2 if text[end : end + 2] == "''" else 0
            sentences.append(Sentence(start, end))
            start = end + 1
    return tuple(s for s in sentences if s.end > s.start)


def quotes_of(text: str, ann: Annotation) -> tuple[Quote, ...]:
    parsed = ParsedArticle(text, ann)
    return find_quotes("a", parsed, Referents(parsed, load_gazetteer()))


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_spans(text)]


# --- quotation marks -------------------------------------------------------------------


def test_every_quote_style_is_found() -> None:
    text = 'He said "straight" and “curly”, «guillemets», „low nine“ and ‘single one’.'
    assert contents(text) == ["straight", "curly", "guillemets", "low nine", "single one"]


def test_apostrophes_are_not_quotes() -> None:
    assert contents("Trump’s envoy and the Clintons’ allies don't 'rock' it.") == ["rock"]


def test_a_line_broken_inside_a_sentence_does_not_end_its_quote() -> None:
    text = "“It has a limited effect on identifying supporters\nin caucuses,” he said.\nNext."
    assert contents(text) == ["It has a limited effect on identifying supporters\nin caucuses"]
    paragraphs = "“It ends here.\nA new paragraph “opens” here."
    assert contents(paragraphs) == ["It ends here.", "opens"]


def test_nested_quote_is_kept_with_its_depth() -> None:
    spans = quoted_spans("“He wrote ‘Vladimir, STOP!’ yesterday,” she said.")
    assert [(s.depth, s.closed) for s in spans] == [(0, True), (1, True)]


def test_newswire_double_apostrophe_marks() -> None:
    assert contents("''It is good,'' he said.") == ["It is good"]


def test_an_opening_mark_typed_for_a_closing_one_closes_the_quote() -> None:
    text = "“Do you want to be associated with a fascist?“ he asked. “No,” Trump said."
    assert contents(text) == ["Do you want to be associated with a fascist?", "No"]


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
    (quote,) = quotes_of(LAVROV, ann)
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
    first, second = quotes_of(REPORTED, ann)
    assert (first.text, first.direct, first.speaker_name) == (
        "there were several signs",
        False,
        "Lavrov",
    )
    assert second.text == "that talks will continue"
    assert REPORTED[second.speaker_start : second.speaker_end] == "He"  # type: ignore[misc]
    assert second.speaker_name == "Lavrov" and second.name_start == 0


def test_a_cueless_quote_right_after_is_the_same_quote_in_two_pieces() -> None:
    text = LAVROV + " “There are still some points to be fine-tuned.”"
    ann = annotation(text, LAVROV_SPEC, [("Sergei Lavrov", "PERSON")])
    (quote,) = quotes_of(text, ann)
    assert quote.speaker_name == "Sergei Lavrov" and quote.direct
    assert [text[s:e] for s, e in quote.pieces] == [
        "We are ready to reach an agreement",
        "There are still some points to be fine-tuned.",
    ]
    assert quote.text == " … ".join(text[s:e] for s, e in quote.pieces)
    assert (quote.start, quote.end) == quote.pieces[0]


def test_a_short_quoted_sentence_after_the_attribution_goes_on_with_the_quote() -> None:
    text = '"They sue," Trump said. "Everybody sues, right?"'
    spec: Spec = [
        ('"', '"', "PUNCT", "punct", 6), ("They", "they", "PRON", "nsubj", 2),
        ("sue", "sue", "VERB", "ccomp", 6), (",", ",", "PUNCT", "punct", 6),
        ('"', '"', "PUNCT", "punct", 6), ("Trump", "Trump", "PROPN", "nsubj", 6),
        ("said", "say", "VERB", "ROOT", 6), (".", ".", "PUNCT", "punct", 6),
        ('"', '"', "PUNCT", "punct", 10), ("Everybody", "everybody", "PRON", "nsubj", 10),
        ("sues", "sue", "VERB", "ROOT", 10), (",", ",", "PUNCT", "punct", 10),
        ("right", "right", "ADV", "advmod", 10), ("?", "?", "PUNCT", "punct", 10),
        ('"', '"', "PUNCT", "punct", 10),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Trump", "PERSON")]))
    assert quote.speaker_name == "Trump"
    assert [text[s:e] for s, e in quote.pieces] == ["They sue", "Everybody sues, right?"]


def test_a_quoted_sentence_without_a_verb_after_the_attribution_goes_on_too() -> None:
    text = '"I like this city," he said. "More friendly people."'
    spec: Spec = [
        ('"', '"', "PUNCT", "punct", 7), ("I", "I", "PRON", "nsubj", 2),
        ("like", "like", "VERB", "ccomp", 7), ("this", "this", "DET", "det", 4),
        ("city", "city", "NOUN", "dobj", 2), (",", ",", "PUNCT", "punct", 7),
        ('"', '"', "PUNCT", "punct", 7), ("he", "he", "PRON", "nsubj", 8),
        ("said", "say", "VERB", "ROOT", 8), (".", ".", "PUNCT", "punct", 8),
        ('"', '"', "PUNCT", "punct", 13), ("More", "more", "ADJ", "amod", 12),
        ("friendly", "friendly", "ADJ", "amod", 13), ("people", "people", "NOUN", "ROOT", 13),
        (".", ".", "PUNCT", "punct", 13), ('"', '"', "PUNCT", "punct", 13),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec))
    assert [text[s:e] for s, e in quote.pieces] == ["I like this city", "More friendly people."]


def test_a_short_quote_inside_the_narration_after_a_quote_is_not_its_sequel() -> None:
    text = '"They sue," Trump said, calling it "unfair".'
    spec: Spec = [
        ('"', '"', "PUNCT", "punct", 6), ("They", "they", "PRON", "nsubj", 2),
        ("sue", "sue", "VERB", "ccomp", 6), (",", ",", "PUNCT", "punct", 6),
        ('"', '"', "PUNCT", "punct", 6), ("Trump", "Trump", "PROPN", "nsubj", 6),
        ("said", "say", "VERB", "ROOT", 6), (",", ",", "PUNCT", "punct", 6),
        ("calling", "call", "VERB", "advcl", 6), ("it", "it", "PRON", "dobj", 8),
        ('"', '"', "PUNCT", "punct", 11), ("unfair", "unfair", "ADJ", "oprd", 8),
        ('"', '"', "PUNCT", "punct", 11), (".", ".", "PUNCT", "punct", 6),
    ]  # fmt: skip
    found = quotes_of(text, annotation(text, spec, [("Trump", "PERSON")]))
    assert [q.text for q in found if q.text.startswith("They")] == ["They sue"]


def _answer(subject: tuple[str, str, str, str, int]) -> tuple[str, Spec]:
    text = f'{subject[0]} shrugged. "I am willing to do that, but I see it all from the left."'
    spec: Spec = [
        subject, ("shrugged", "shrug", "VERB", "ROOT", 1), (".", ".", "PUNCT", "punct", 1),
        ('"', '"', "PUNCT", "punct", 5), ("I", "I", "PRON", "nsubj", 5),
        ("am", "be", "AUX", "ROOT", 5), ("willing", "willing", "ADJ", "acomp", 5),
        ("to", "to", "PART", "aux", 8), ("do", "do", "VERB", "xcomp", 6),
        ("that", "that", "PRON", "dobj", 8), (",", ",", "PUNCT", "punct", 5),
        ("but", "but", "CCONJ", "cc", 5), ("I", "I", "PRON", "nsubj", 13),
        ("see", "see", "VERB", "conj", 5), ("it", "it", "PRON", "dobj", 13),
        ("all", "all", "PRON", "appos", 14), ("from", "from", "ADP", "prep", 13),
        ("the", "the", "DET", "det", 18), ("left", "left", "NOUN", "pobj", 16),
        (".", ".", "PUNCT", "punct", 13), ('"', '"', "PUNCT", "punct", 13),
    ]  # fmt: skip
    return text, spec


def test_a_quote_standing_alone_after_a_persons_narrated_act_is_their_answer() -> None:
    text, spec = _answer(("Trump", "Trump", "PROPN", "nsubj", 1))
    (quote,) = quotes_of(text, annotation(text, spec, [("Trump", "PERSON")]))
    assert quote.speaker_name == "Trump"
    assert quote.text.startswith("I am willing")


def test_a_quote_standing_alone_after_a_thing_or_a_group_has_no_speaker() -> None:
    text, spec = _answer(("Markets", "market", "NOUN", "nsubj", 1))
    assert [q.speaker_name for q in quotes_of(text, annotation(text, spec))] == []


def test_short_scare_quote_without_cue_is_not_a_quote() -> None:
    text = "Putin wants the “demilitarization” of the country."
    assert quotes_of(text, annotation(text, [])) == ()


def test_every_piece_is_an_exact_span_and_the_text_joins_them() -> None:
    text = LAVROV + " “Another sentence that continues the quote here.”"
    for quote in quotes_of(text, annotation(text, LAVROV_SPEC)):
        pieces = quote.pieces or ((quote.start, quote.end),)
        assert quote.text == " … ".join(text[s:e] for s, e in pieces)
        assert quote.cue == text[quote.cue_start : quote.cue_end]  # type: ignore[misc]


# --- reported speech beyond a "that" clause ---------------------------------------------


def reported(text: str, spec: Spec, mentions: list[tuple[str, str]] = ()) -> list[Quote]:
    return [q for q in quotes_of(text, annotation(text, spec, mentions)) if not q.direct]


def test_a_message_object_with_its_finishing_phrase_is_reported() -> None:
    text = "Trump announced his engagement to Jerry Hall."
    spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1),
        ("announced", "announce", "VERB", "ROOT", 1),
        ("his", "his", "PRON", "poss", 3),
        ("engagement", "engagement", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Jerry", "Jerry", "PROPN", "compound", 6),
        ("Hall", "Hall", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    (quote,) = reported(text, spec, [("Trump", "PERSON")])
    assert quote.text == "his engagement to Jerry Hall"
    assert quote.speaker_name == "Trump" and quote.cue == "announced"


def test_an_infinitive_after_a_listener_is_reported_without_the_listener() -> None:
    text = "He told them to stay home."
    spec: Spec = [
        ("He", "he", "PRON", "nsubj", 1),
        ("told", "tell", "VERB", "ROOT", 1),
        ("them", "they", "PRON", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("stay", "stay", "VERB", "xcomp", 1),
        ("home", "home", "ADV", "advmod", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    (quote,) = reported(text, spec)
    assert quote.text == "to stay home"


def test_the_object_of_a_verb_that_reports_no_words_is_not_a_quote() -> None:
    text = "She praised the plan."
    spec: Spec = [
        ("She", "she", "PRON", "nsubj", 1),
        ("praised", "praise", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("plan", "plan", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert reported(text, spec) == []


def test_a_cue_verb_used_as_an_adjective_is_no_cue() -> None:
    text = "The pledged delegates promised nothing new."
    spec: Spec = [
        ("The", "the", "DET", "det", 2),
        ("pledged", "pledge", "VERB", "amod", 2),
        ("delegates", "delegate", "NOUN", "nsubj", 3),
        ("promised", "promise", "VERB", "ROOT", 3),
        ("nothing", "nothing", "PRON", "dobj", 3),
        ("new", "new", "ADJ", "amod", 4),
        (".", ".", "PUNCT", "punct", 3),
    ]
    (quote,) = reported(text, spec)
    assert quote.cue == "promised" and quote.text == "nothing new"


def test_a_closing_relative_clause_is_the_writer_aside() -> None:
    text = "Clinton said she would meet the FBI, which is investigating."
    spec: Spec = [
        ("Clinton", "Clinton", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("she", "she", "PRON", "nsubj", 4),
        ("would", "would", "AUX", "aux", 4),
        ("meet", "meet", "VERB", "ccomp", 1),
        ("the", "the", "DET", "det", 6),
        ("FBI", "FBI", "PROPN", "dobj", 4),
        (",", ",", "PUNCT", "punct", 6),
        ("which", "which", "PRON", "nsubj", 10),
        ("is", "be", "AUX", "aux", 10),
        ("investigating", "investigate", "VERB", "relcl", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    (quote,) = reported(text, spec)
    assert quote.text == "she would meet the FBI"


def test_a_closing_noun_phrase_glossing_the_clause_is_the_writer_aside() -> None:
    text = "Aides said Clinton won by 30 points, a margin over Sanders."
    spec: Spec = [
        ("Aides", "aide", "NOUN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Clinton", "Clinton", "PROPN", "nsubj", 3),
        ("won", "win", "VERB", "ccomp", 1),
        ("by", "by", "ADP", "prep", 3),
        ("30", "30", "NUM", "nummod", 6),
        ("points", "point", "NOUN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 6),
        ("a", "a", "DET", "det", 9),
        ("margin", "margin", "NOUN", "appos", 6),
        ("over", "over", "ADP", "prep", 9),
        ("Sanders", "Sanders", "PROPN", "pobj", 10),
        (".", ".", "PUNCT", "punct", 1),
    ]
    (quote,) = reported(text, spec)
    assert quote.text == "Clinton won by 30 points"


def test_a_second_conjoined_clause_is_part_of_what_was_said() -> None:
    text = "Leon said she wanted change, but found Trump objectionable."
    spec: Spec = [
        ("Leon", "Leon", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("she", "she", "PRON", "nsubj", 3),
        ("wanted", "want", "VERB", "ccomp", 1),
        ("change", "change", "NOUN", "dobj", 3),
        (",", ",", "PUNCT", "punct", 1),
        ("but", "but", "CCONJ", "cc", 1),
        ("found", "find", "VERB", "conj", 1),
        ("Trump", "Trump", "PROPN", "nsubj", 9),
        ("objectionable", "objectionable", "ADJ", "ccomp", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]
    (quote,) = reported(text, spec)
    assert quote.text == "she wanted change, but found Trump objectionable"


def test_a_verb_joined_to_a_that_clause_in_the_cues_tense_is_the_speakers_own_act() -> None:
    text = "Turkey denies that the crime was a genocide and goes to great lengths."
    spec: Spec = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("denies", "deny", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 5),
        ("the", "the", "DET", "det", 4),
        ("crime", "crime", "NOUN", "nsubj", 5),
        ("was", "be", "AUX", "ccomp", 1),
        ("a", "a", "DET", "det", 7),
        ("genocide", "genocide", "NOUN", "attr", 5),
        ("and", "and", "CCONJ", "cc", 5),
        ("goes", "go", "VERB", "conj", 5),
        ("to", "to", "ADP", "prep", 9),
        ("great", "great", "ADJ", "amod", 12),
        ("lengths", "length", "NOUN", "pobj", 10),
        (".", ".", "PUNCT", "punct", 1),
    ]
    (quote,) = reported(text, spec)
    assert quote.text == "that the crime was a genocide"


def test_a_cue_joined_to_a_that_clause_reports_on_its_own() -> None:
    text = "He announced that he was in therapy and vowed to change."
    spec: Spec = [
        ("He", "he", "PRON", "nsubj", 1),
        ("announced", "announce", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("he", "he", "PRON", "nsubj", 4),
        ("was", "be", "AUX", "ccomp", 1),
        ("in", "in", "ADP", "prep", 4),
        ("therapy", "therapy", "NOUN", "pobj", 5),
        ("and", "and", "CCONJ", "cc", 4),
        ("vowed", "vow", "VERB", "conj", 4),
        ("to", "to", "PART", "aux", 10),
        ("change", "change", "VERB", "xcomp", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]
    texts = [quote.text for quote in reported(text, spec)]
    assert texts == ["that he was in therapy", "to change"]


def test_a_second_report_joined_to_a_that_clause_keeps_its_subject() -> None:
    text = "She said that they tried, but a judge refused."
    spec: Spec = [
        ("She", "she", "PRON", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("they", "they", "PRON", "nsubj", 4),
        ("tried", "try", "VERB", "ccomp", 1),
        (",", ",", "PUNCT", "punct", 4),
        ("but", "but", "CCONJ", "cc", 4),
        ("a", "a", "DET", "det", 8),
        ("judge", "judge", "NOUN", "nsubj", 9),
        ("refused", "refuse", "VERB", "conj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    (quote,) = reported(text, spec)
    assert quote.text == "that they tried, but a judge refused"


def _said_and_said(first_verb: tuple[str, str], closing: bool = False) -> tuple[str, Spec]:
    """ "Podesta said Gates was not working there and said Manafort was not involved", the
    second "said" hung on the reported clause as the small parser hangs it."""
    word, lemma = first_verb
    text = f"Podesta said Gates was {word} there and said Manafort was not involved."
    spec: Spec = [
        ("Podesta", "Podesta", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Gates", "Gates", "PROPN", "nsubj", 4),
        ("was", "be", "AUX", "aux", 4),
        (word, lemma, "VERB", "ccomp", 1),
        ("there", "there", "ADV", "advmod", 4),
        ("and", "and", "CCONJ", "cc", 4),
        ("said", "say", "VERB", "conj", 4),
        ("Manafort", "Manafort", "PROPN", "nsubjpass", 11),
        ("was", "be", "AUX", "auxpass", 11),
        ("not", "not", "PART", "neg", 11),
        ("involved", "involve", "VERB", "ccomp", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return text, spec


PEOPLE = [("Podesta", "PERSON"), ("Gates", "PERSON"), ("Manafort", "PERSON")]


def test_a_cue_joined_to_the_clause_another_cue_reports_goes_on_with_its_speaker() -> None:
    text, spec = _said_and_said(("working", "work"))
    speakers = {q.text: q.speaker_name for q in reported(text, spec, PEOPLE)}
    # not "Gates", the subject of the clause the parse hangs the second "said" on
    assert speakers["Manafort was not involved"] == "Podesta"


def test_a_cue_joined_to_a_reported_cue_keeps_that_cues_subject() -> None:
    # "Podesta said Gates was criticizing there and said ...": Gates criticized and said
    text, spec = _said_and_said(("criticizing", "criticize"))
    speakers = {q.text: q.speaker_name for q in reported(text, spec, PEOPLE)}
    assert speakers.get("Manafort was not involved") != "Podesta"


def test_a_closing_attribution_does_not_take_the_acts_of_the_clause_it_reports() -> None:
    text = "Clinton held a meeting and pledged to act, the paper reported."
    spec: Spec = [
        ("Clinton", "Clinton", "PROPN", "nsubj", 1),
        ("held", "hold", "VERB", "ccomp", 11),
        ("a", "a", "DET", "det", 3),
        ("meeting", "meeting", "NOUN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("pledged", "pledge", "VERB", "conj", 1),
        ("to", "to", "PART", "aux", 7),
        ("act", "act", "VERB", "xcomp", 5),
        (",", ",", "PUNCT", "punct", 11),
        ("the", "the", "DET", "det", 10),
        ("paper", "paper", "NOUN", "nsubj", 11),
        ("reported", "report", "VERB", "ROOT", 11),
        (".", ".", "PUNCT", "punct", 11),
    ]
    quotes = reported(text, spec, [("Clinton", "PERSON")])
    pledged = [q for q in quotes if q.text == "to act"]
    assert pledged and pledged[0].speaker_name == "Clinton"


def _told_then_participle(participle: tuple[str, str], words: str) -> tuple[str, Spec]:
    """ "Trump told Newsmax that Romney had a crazy policy, adding, "He lost ..."", the
    participle hung on the reported clause as the small parser hangs it."""
    word, lemma = participle
    text = f'Trump told Newsmax that Romney had a crazy policy, {word}, "{words}"'
    spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("told", "tell", "VERB", "ROOT", 1),
        ("Newsmax", "Newsmax", "PROPN", "dative", 1), ("that", "that", "SCONJ", "mark", 5),
        ("Romney", "Romney", "PROPN", "nsubj", 5), ("had", "have", "VERB", "ccomp", 1),
        ("a", "a", "DET", "det", 8), ("crazy", "crazy", "ADJ", "amod", 8),
        ("policy", "policy", "NOUN", "dobj", 5), (",", ",", "PUNCT", "punct", 5),
        (word, lemma, "VERB", "advcl", 5), (",", ",", "PUNCT", "punct", 10),
        ('"', '"', "PUNCT", "punct", 14), ("He", "he", "PRON", "nsubj", 14),
        ("lost", "lose", "VERB", "ccomp", 10), ("all", "all", "PRON", "dobj", 14),
        ("of", "of", "ADP", "prep", 15), ("the", "the", "DET", "det", 19),
        ("Latino", "Latino", "ADJ", "amod", 19), ("vote", "vote", "NOUN", "pobj", 16),
        (".", ".", "PUNCT", "punct", 14), ('"', '"', "PUNCT", "punct", 14),
    ]  # fmt: skip
    return text, spec


def test_a_participle_reporting_words_after_a_reported_clause_goes_on_with_the_report() -> None:
    text, spec = _told_then_participle(("adding", "add"), "He lost all of the Latino vote.")
    quotes = quotes_of(text, annotation(text, spec, [("Trump", "PERSON"), ("Romney", "PERSON")]))
    (added,) = [q for q in quotes if q.text.startswith("He lost")]
    assert added.speaker_name == "Trump"  # not Romney, the subject of the reported clause


def test_a_participle_goes_on_with_the_report_through_the_clause_it_hangs_on() -> None:
    text = 'Trump told Newsmax that Romney had to go, adding, "He lost all of the vote."'
    spec: Spec = [  # "adding" hung on "go", the infinitive of the reported clause
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("told", "tell", "VERB", "ROOT", 1),
        ("Newsmax", "Newsmax", "PROPN", "dative", 1), ("that", "that", "SCONJ", "mark", 5),
        ("Romney", "Romney", "PROPN", "nsubj", 5), ("had", "have", "VERB", "ccomp", 1),
        ("to", "to", "PART", "aux", 7), ("go", "go", "VERB", "xcomp", 5),
        (",", ",", "PUNCT", "punct", 7), ("adding", "add", "VERB", "advcl", 7),
        (",", ",", "PUNCT", "punct", 9), ('"', '"', "PUNCT", "punct", 13),
        ("He", "he", "PRON", "nsubj", 13), ("lost", "lose", "VERB", "ccomp", 9),
        ("all", "all", "PRON", "dobj", 13), ("of", "of", "ADP", "prep", 14),
        ("the", "the", "DET", "det", 17), ("vote", "vote", "NOUN", "pobj", 15),
        (".", ".", "PUNCT", "punct", 13), ('"', '"', "PUNCT", "punct", 13),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Trump", "PERSON"), ("Romney", "PERSON")]))
    assert [q.speaker_name for q in quotes if q.text.startswith("He lost")] == ["Trump"]


def test_a_participle_of_the_reported_clause_keeps_its_person_subject() -> None:
    # "... that Trump had professed his love for the country, calling it a special place":
    # with no words of its own, a participle after a person's clause may be that person's
    text, spec = _told_then_participle(("calling", "call"), "He lost all of the Latino vote.")
    spec[14] = ("lost", "lose", "VERB", "dobj", 10)  # the quoted words its object, no clause
    quotes = quotes_of(text, annotation(text, spec, [("Trump", "PERSON"), ("Romney", "PERSON")]))
    assert [q.speaker_name for q in quotes if q.text.startswith("He lost")] != ["Trump"]


def _agreed_then_quote(subject: Spec) -> tuple[str, Spec]:
    """A quote of Robinson's, a narrated sentence of another person, then a quote."""
    words = " ".join(word for word, *_ in subject)
    text = (
        f'"We cannot win there," said Robinson. {words} agreed. '
        '"Republicans are running out of time to find a rival."'
    ).replace(" 's", "'s")
    after = 11 + len(subject)  # the index of "agreed"
    shifted = [  # the subject's words after Robinson's sentence, its head word on "agreed"
        (w, lemma, pos, dep, after if dep == "nsubj" else head + 11)
        for w, lemma, pos, dep, head in subject
    ]
    spec: Spec = [
        ('"', '"', "PUNCT", "punct", 8), ("We", "we", "PRON", "nsubj", 4),
        ("can", "can", "AUX", "aux", 4), ("not", "not", "PART", "neg", 4),
        ("win", "win", "VERB", "ccomp", 8), ("there", "there", "ADV", "advmod", 4),
        (",", ",", "PUNCT", "punct", 8), ('"', '"', "PUNCT", "punct", 8),
        ("said", "say", "VERB", "ROOT", 8), ("Robinson", "Robinson", "PROPN", "nsubj", 8),
        (".", ".", "PUNCT", "punct", 8),
        *shifted, ("agreed", "agree", "VERB", "ROOT", after), (".", ".", "PUNCT", "punct", after),
    ]  # fmt: skip
    quote = after + 2
    spec += [
        ('"', '"', "PUNCT", "punct", quote + 3),
        ("Republicans", "Republican", "PROPN", "nsubj", quote + 3),
        ("are", "be", "AUX", "aux", quote + 3), ("running", "run", "VERB", "ROOT", quote + 3),
        ("out", "out", "ADP", "prep", quote + 3), ("of", "of", "ADP", "prep", quote + 4),
        ("time", "time", "NOUN", "pobj", quote + 5), ("to", "to", "PART", "aux", quote + 8),
        ("find", "find", "VERB", "relcl", quote + 6), ("a", "a", "DET", "det", quote + 10),
        ("rival", "rival", "NOUN", "dobj", quote + 8), (".", ".", "PUNCT", "punct", quote + 3),
        ('"', '"', "PUNCT", "punct", quote + 3),
    ]  # fmt: skip
    return text, spec


@pytest.mark.parametrize(
    "subject",
    [
        [("Bystrom", "Bystrom", "PROPN", "nsubj", 0)],
        # the apostrophe of "Iowa's" is no quotation mark in the narrated sentence
        [("Iowa", "Iowa", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
         ("Bystrom", "Bystrom", "PROPN", "nsubj", 0)],
    ],
)  # fmt: skip
def test_a_quote_after_another_persons_narrated_act_is_theirs_not_the_last_speakers(
    subject: Spec,
) -> None:
    text, spec = _agreed_then_quote(subject)
    mentions = [("Robinson", "PERSON"), ("Bystrom", "PERSON")]
    quotes = quotes_of(text, annotation(text, spec, mentions))
    (rival,) = [q for q in quotes if q.text.startswith("Republicans")]
    assert rival.speaker_name == "Bystrom"


def test_a_quote_standing_alone_is_the_answer_of_the_clause_nearest_it() -> None:
    text = (
        "Playbook won't go that far, but Sherman wants a fact check. "
        '"I think we can do it and we will do it every day."'
    )
    spec: Spec = [
        ("Playbook", "Playbook", "PROPN", "nsubj", 3), ("wo", "will", "AUX", "aux", 3),
        ("n't", "not", "PART", "neg", 3), ("go", "go", "VERB", "ROOT", 3),
        ("that", "that", "ADV", "advmod", 5), ("far", "far", "ADV", "advmod", 3),
        (",", ",", "PUNCT", "punct", 3), ("but", "but", "CCONJ", "cc", 3),
        ("Sherman", "Sherman", "PROPN", "nsubj", 9), ("wants", "want", "VERB", "conj", 3),
        ("a", "a", "DET", "det", 12), ("fact", "fact", "NOUN", "compound", 12),
        ("check", "check", "NOUN", "dobj", 9), (".", ".", "PUNCT", "punct", 3),
        ('"', '"', "PUNCT", "punct", 16), ("I", "I", "PRON", "nsubj", 16),
        ("think", "think", "VERB", "ROOT", 16), ("we", "we", "PRON", "nsubj", 19),
        ("can", "can", "AUX", "aux", 19), ("do", "do", "VERB", "ccomp", 16),
        ("it", "it", "PRON", "dobj", 19), ("and", "and", "CCONJ", "cc", 19),
        ("we", "we", "PRON", "nsubj", 24), ("will", "will", "AUX", "aux", 24),
        ("do", "do", "VERB", "conj", 19), ("it", "it", "PRON", "dobj", 24),
        ("every", "every", "DET", "det", 27), ("day", "day", "NOUN", "npadvmod", 24),
        (".", ".", "PUNCT", "punct", 16), ('"', '"', "PUNCT", "punct", 16),
    ]  # fmt: skip
    mentions = [("Playbook", "PERSON"), ("Sherman", "PERSON")]  # the tagger's misreading
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "Sherman"


def test_names_inside_a_relative_clause_before_the_verb_describe_the_speaker() -> None:
    text = "Mr. Slinker, whose start-up, Paradata, uses big data, said the candidate was good."
    spec: Spec = [  # the small parser's reading: "said" without a subject
        ("Mr.", "Mr.", "PROPN", "compound", 1), ("Slinker", "Slinker", "PROPN", "nsubj", 8),
        (",", ",", "PUNCT", "punct", 1), ("whose", "whose", "DET", "poss", 4),
        ("start-up", "start-up", "NOUN", "appos", 1), (",", ",", "PUNCT", "punct", 4),
        ("Paradata", "Paradata", "PROPN", "appos", 4), (",", ",", "PUNCT", "punct", 1),
        ("uses", "use", "VERB", "ccomp", 12), ("big", "big", "ADJ", "amod", 10),
        ("data", "data", "NOUN", "dobj", 8), (",", ",", "PUNCT", "punct", 12),
        ("said", "say", "VERB", "ROOT", 12), ("the", "the", "DET", "det", 14),
        ("candidate", "candidate", "NOUN", "nsubj", 15), ("was", "be", "AUX", "ccomp", 12),
        ("good", "good", "ADJ", "acomp", 15), (".", ".", "PUNCT", "punct", 12),
    ]  # fmt: skip
    mentions = [("Slinker", "PERSON"), ("Paradata", "PERSON")]
    (quote,) = reported(text, spec, mentions)
    assert quote.speaker_name == "Slinker"


def _office_then_name(words: tuple[str, str, str], dep: str) -> tuple[str, Spec]:
    office, link, name = words
    text = f"The {office} {link} {name} called the show “the news show of record.”"
    spec: Spec = [
        ("The", "the", "DET", "det", 1), (office, office.lower(), "PROPN", "nsubj", 5),
        (link, link, "ADP" if dep == "pobj" else "CCONJ", "prep" if dep == "pobj" else "cc", 1),
        ("Dave", "Dave", "PROPN", "compound", 4),
        (name.split()[1], name.split()[1], "PROPN", dep, 2 if dep == "pobj" else 1),
        ("called", "call", "VERB", "ROOT", 5), ("the", "the", "DET", "det", 7),
        ("show", "show", "NOUN", "dobj", 5), ("“", "“", "PUNCT", "punct", 11),
        ("the", "the", "DET", "det", 11), ("news", "news", "NOUN", "compound", 11),
        ("show", "show", "NOUN", "oprd", 5), ("of", "of", "ADP", "prep", 11),
        ("record", "record", "NOUN", "pobj", 12), (".", ".", "PUNCT", "punct", 5),
        ("”", "”", "PUNCT", "punct", 5),
    ]  # fmt: skip
    return text, spec


def test_a_person_named_right_before_the_verb_is_the_office_holder_who_speaks() -> None:
    # "Sirius XM Vice President for news and talk Dave Gorab called ...": the parse makes
    # the office the subject and joins the name to it
    text, spec = _office_then_name(("President", "and", "Dave Gorab"), "conj")
    quotes = quotes_of(text, annotation(text, spec, [("Dave Gorab", "PERSON")]))
    assert [q.speaker_name for q in quotes] == ["Dave Gorab"]


def test_a_person_in_an_object_of_the_office_is_not_who_speaks() -> None:
    text, spec = _office_then_name(("spokesman", "for", "Dave Gorab"), "pobj")
    quotes = quotes_of(text, annotation(text, spec, [("Dave Gorab", "PERSON")]))
    assert "Dave Gorab" not in [q.speaker_name for q in quotes]


def test_the_addressee_of_a_letter_does_not_say_what_the_letter_asks() -> None:
    text = "Trump wrote a letter to Zucker asking that the proceeds go to veterans."
    spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("wrote", "write", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("letter", "letter", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 3), ("Zucker", "Zucker", "PROPN", "pobj", 4),
        ("asking", "ask", "VERB", "advcl", 1), ("that", "that", "SCONJ", "mark", 10),
        ("the", "the", "DET", "det", 9), ("proceeds", "proceeds", "NOUN", "nsubj", 10),
        ("go", "go", "VERB", "ccomp", 6), ("to", "to", "ADP", "prep", 10),
        ("veterans", "veteran", "NOUN", "pobj", 11), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    mentions = [("Trump", "PERSON"), ("Zucker", "PERSON")]
    speakers = [q.speaker_name for q in reported(text, spec, mentions) if "proceeds" in q.text]
    assert speakers == ["Trump"]


@pytest.mark.parametrize(
    ("text", "mentions", "speaker"),
    [
        ('"Boeing and GE pay zero taxes."\n\n- Bernie Sanders.', [("Bernie Sanders", "PERSON")],
         "Bernie Sanders"),
        ('"She never quits, and that is why she should lead."\n-President Obama, tweeting.',
         [("Obama", "PERSON")], "Obama"),
        # a wire's credit line signs no quote
        ('"We will hold the line whatever happens in the coming weeks."\n\n— Reuters',
         [("Reuters", "ORG")], None),
    ],
)  # fmt: skip
def test_a_quote_signed_with_a_dash_and_a_name_is_that_persons(
    text: str, mentions: list[tuple[str, str]], speaker: str | None
) -> None:
    quotes = quotes_of(text, annotation(text, [], mentions))
    assert [q.speaker_name for q in quotes] == ([speaker] if speaker else [])


def test_a_description_a_cue_closes_is_the_subject_not_an_apposition() -> None:
    text = "Clinton, a top aide said, is very confident in the contrast with Trump."
    spec: Spec = [  # the small parser's reading: "a top aide" an apposition of Clinton
        ("Clinton", "Clinton", "PROPN", "nsubj", 5), (",", ",", "PUNCT", "punct", 0),
        ("a", "a", "DET", "det", 4), ("top", "top", "ADJ", "amod", 4),
        ("aide", "aide", "NOUN", "appos", 0), ("said", "say", "VERB", "parataxis", 8),
        (",", ",", "PUNCT", "punct", 5), ("is", "be", "AUX", "aux", 8),
        ("very", "very", "ADV", "advmod", 9), ("confident", "confident", "ADJ", "ROOT", 9),
        ("in", "in", "ADP", "prep", 9), ("the", "the", "DET", "det", 12),
        ("contrast", "contrast", "NOUN", "pobj", 10), ("with", "with", "ADP", "prep", 12),
        ("Trump", "Trump", "PROPN", "pobj", 13), (".", ".", "PUNCT", "punct", 9),
    ]  # fmt: skip
    quotes = reported(text, spec, [("Clinton", "PERSON"), ("Trump", "PERSON")])
    assert [q.speaker_name for q in quotes] == [None]  # an aide the article leaves unnamed


def test_who_is_sent_to_ask_asks_even_with_a_place_between() -> None:
    text = "Fox News sent a host to the streets to ask voters if the race was rigged."
    spec: Spec = [
        ("Fox", "Fox", "PROPN", "compound", 1), ("News", "News", "PROPN", "nsubj", 2),
        ("sent", "send", "VERB", "ROOT", 2), ("a", "a", "DET", "det", 4),
        ("host", "host", "NOUN", "dobj", 2), ("to", "to", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 7), ("streets", "street", "NOUN", "pobj", 5),
        ("to", "to", "PART", "aux", 9), ("ask", "ask", "VERB", "advcl", 2),
        ("voters", "voter", "NOUN", "dobj", 9), ("if", "if", "SCONJ", "mark", 15),
        ("the", "the", "DET", "det", 13), ("race", "race", "NOUN", "nsubjpass", 15),
        ("was", "be", "AUX", "auxpass", 15), ("rigged", "rig", "VERB", "ccomp", 9),
        (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    quotes = reported(text, spec, [("Fox News", "ORG")])
    assert "Fox News" not in [q.speaker_name for q in quotes]


@pytest.mark.parametrize(
    ("group", "speaker"), [("Republican", None), ("Republicans", "Republicans")]
)
def test_one_member_of_a_party_is_nobody_named_the_party_is_a_group(
    group: str, speaker: str | None
) -> None:
    text = f"The {group} said the bill would fail."
    spec: Spec = [
        ("The", "the", "DET", "det", 1), (group, group.lower(), "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
        ("bill", "bill", "NOUN", "nsubj", 6), ("would", "would", "AUX", "aux", 6),
        ("fail", "fail", "VERB", "ccomp", 2), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    quotes = reported(text, spec, [(group, "NORP")])
    assert [q.speaker_name for q in quotes] == [speaker]


def test_a_dash_closing_an_aside_leaves_the_description_after_it_the_subject() -> None:
    text = "In the letter to the attorney, Ann Lee - the Utah lawmaker says that they lied."
    spec: Spec = [  # the small parser's reading: the lawmaker an apposition of Ann Lee
        ("In", "in", "ADP", "prep", 13), ("the", "the", "DET", "det", 2),
        ("letter", "letter", "NOUN", "pobj", 0), ("to", "to", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5), ("attorney", "attorney", "NOUN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 13), ("Ann", "Ann", "PROPN", "compound", 8),
        ("Lee", "Lee", "PROPN", "nsubj", 13), ("-", "-", "PUNCT", "punct", 8),
        ("the", "the", "DET", "det", 12), ("Utah", "Utah", "PROPN", "compound", 12),
        ("lawmaker", "lawmaker", "NOUN", "appos", 8), ("says", "say", "VERB", "ROOT", 13),
        ("that", "that", "SCONJ", "mark", 16), ("they", "they", "PRON", "nsubj", 16),
        ("lied", "lie", "VERB", "ccomp", 13), (".", ".", "PUNCT", "punct", 13),
    ]  # fmt: skip
    quotes = reported(text, spec, [("Ann Lee", "PERSON")])
    assert [q.speaker_name for q in quotes] == [None]  # the lawmaker, unnamed here


PARENTHETICAL = "Many courses, he said, have closed."
PARENTHETICAL_SPEC: Spec = [
    ("Many", "many", "ADJ", "amod", 1),
    ("courses", "course", "NOUN", "nsubj", 7),
    (",", ",", "PUNCT", "punct", 4),
    ("he", "he", "PRON", "nsubj", 4),
    ("said", "say", "VERB", "parataxis", 7),
    (",", ",", "PUNCT", "punct", 4),
    ("have", "have", "AUX", "aux", 7),
    ("closed", "close", "VERB", "ROOT", 7),
    (".", ".", "PUNCT", "punct", 7),
]


def test_a_parenthetical_cue_splits_the_clause_in_two_pieces_without_the_cue() -> None:
    (quote,) = reported(PARENTHETICAL, PARENTHETICAL_SPEC)
    assert [PARENTHETICAL[s:e] for s, e in quote.pieces] == ["Many courses", "have closed"]
    assert quote.text == "Many courses … have closed"
    assert quote.cue_start == PARENTHETICAL.index("said")


def _opened(opening: list[tuple[str, str, str, str, int]]) -> Spec:
    """ "<opening>, the talks in Geneva stalled over the border, Ensdal said." """
    n = len(opening)
    return [
        *[(w, lm, p, d, h if d == "pobj" else n + 5) for w, lm, p, d, h in opening],
        (",", ",", "PUNCT", "punct", n + 5), ("the", "the", "DET", "det", n + 2),
        ("talks", "talk", "NOUN", "nsubj", n + 5), ("in", "in", "ADP", "prep", n + 2),
        ("Geneva", "Geneva", "PROPN", "pobj", n + 3), ("stalled", "stall", "VERB", "ROOT", n + 5),
        ("over", "over", "ADP", "prep", n + 5), ("the", "the", "DET", "det", n + 8),
        ("border", "border", "NOUN", "pobj", n + 6), (",", ",", "PUNCT", "punct", n + 10),
        ("Ensdal", "Ensdal", "PROPN", "nsubj", n + 11), ("said", "say", "VERB", "parataxis", n + 5),
        (".", ".", "PUNCT", "punct", n + 5),
    ]  # fmt: skip


def test_a_connective_opening_the_clause_is_the_writers_a_time_is_reported() -> None:
    still = "Still, the talks in Geneva stalled over the border, Ensdal said."
    (quote,) = reported(still, _opened([("Still", "still", "ADV", "advmod", 0)]))
    assert quote.text == "the talks in Geneva stalled over the border"
    dated = "In 2014, the talks in Geneva stalled over the border, Ensdal said."
    opening = [("In", "in", "ADP", "prep", 0), ("2014", "2014", "NUM", "pobj", 0)]
    (quote,) = reported(dated, _opened(opening))
    assert quote.text == "In 2014, the talks in Geneva stalled over the border"


def test_narration_after_a_quote_and_its_cue_is_not_reported() -> None:
    text = "“Too much hate,” she said, blaming Trump."
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 2),
        ("Too", "too", "ADV", "advmod", 2),
        ("much", "much", "ADJ", "amod", 3),
        ("hate", "hate", "NOUN", "ROOT", 3),
        (",", ",", "PUNCT", "punct", 3),
        ("”", "”", "PUNCT", "punct", 3),
        ("she", "she", "PRON", "nsubj", 7),
        ("said", "say", "VERB", "parataxis", 3),
        (",", ",", "PUNCT", "punct", 3),
        ("blaming", "blame", "VERB", "acl", 3),
        ("Trump", "Trump", "PROPN", "dobj", 9),
        (".", ".", "PUNCT", "punct", 3),
    ]
    quotes = quotes_of(text, annotation(text, spec))
    assert [(q.text, q.direct) for q in quotes] == [("Too much hate", True)]


def test_according_to_at_the_end_reports_the_whole_sentence() -> None:
    text = "Clinton won, while Sanders lost, according to exit polls."
    spec: Spec = [
        ("Clinton", "Clinton", "PROPN", "nsubj", 1),
        ("won", "win", "VERB", "ROOT", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("while", "while", "SCONJ", "mark", 5),
        ("Sanders", "Sanders", "PROPN", "nsubj", 5),
        ("lost", "lose", "VERB", "advcl", 1),
        (",", ",", "PUNCT", "punct", 5),
        ("according", "accord", "VERB", "prep", 5),
        ("to", "to", "ADP", "prep", 7),
        ("exit", "exit", "NOUN", "compound", 10),
        ("polls", "poll", "NOUN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]
    (quote,) = reported(text, spec)
    assert quote.text == "Clinton won, while Sanders lost"
    assert quote.cue == "according to"


def _as_reported_spec(verb: str, lemma: str) -> Spec:
    return [
        ("As", "as", "SCONJ", "mark", 2), ("Reuters", "Reuters", "PROPN", "nsubj", 2),
        (verb, lemma, "VERB", "advcl", 10), ("on", "on", "ADP", "prep", 2),
        ("Monday", "Monday", "PROPN", "pobj", 3), (",", ",", "PUNCT", "punct", 10),
        ("the", "the", "DET", "det", 7), ("talks", "talk", "NOUN", "nsubj", 10),
        ("in", "in", "ADP", "prep", 7), ("Geneva", "Geneva", "PROPN", "pobj", 8),
        ("stalled", "stall", "VERB", "ROOT", 10), (".", ".", "PUNCT", "punct", 10),
    ]  # fmt: skip


NAMES = [("Reuters", "ORG"), ("Monday", "DATE")]


def test_an_as_clause_of_saying_attributes_the_clause_it_hangs_from() -> None:
    text = "As Reuters reported on Monday, the talks in Geneva stalled."
    ann = annotation(text, _as_reported_spec("reported", "report"), NAMES)
    (quote,) = quotes_of(text, ann)
    assert quote.text == "the talks in Geneva stalled"  # "on Monday" is when, not the topic
    assert quote.speaker_name == "Reuters"
    informs = "As Reuters informs on Monday, the talks in Geneva stalled."  # translated news
    ann = annotation(informs, _as_reported_spec("informs", "inform"), NAMES)
    assert [q.speaker_name for q in quotes_of(informs, ann)] == ["Reuters"]
    spoke = "As Reuters spoke on Monday, the talks in Geneva stalled."
    ann = annotation(spoke, _as_reported_spec("spoke", "speak"), NAMES)
    assert quotes_of(spoke, ann) == ()  # "as he spoke" says when


def test_even_as_someone_says_is_a_concession_not_a_source() -> None:
    text = "Even as Reuters reported, the talks in Geneva stalled."
    spec: Spec = [
        ("Even", "even", "ADV", "advmod", 3), ("as", "as", "SCONJ", "mark", 3),
        ("Reuters", "Reuters", "PROPN", "nsubj", 3), ("reported", "report", "VERB", "advcl", 9),
        (",", ",", "PUNCT", "punct", 9), ("the", "the", "DET", "det", 6),
        ("talks", "talk", "NOUN", "nsubj", 9), ("in", "in", "ADP", "prep", 6),
        ("Geneva", "Geneva", "PROPN", "pobj", 7), ("stalled", "stall", "VERB", "ROOT", 9),
        (".", ".", "PUNCT", "punct", 9),
    ]  # fmt: skip
    assert quotes_of(text, annotation(text, spec, [("Reuters", "ORG")])) == ()
    plain = text.replace("Even as", "As")
    spec = [("As", "as", "SCONJ", "mark", 2)] + [
        (w, lm, p, d, h - 1) for w, lm, p, d, h in spec[2:]
    ]
    (quote,) = quotes_of(plain, annotation(plain, spec, [("Reuters", "ORG")]))
    assert quote.text == "the talks in Geneva stalled"


def test_according_to_hung_on_a_noun_reports_the_whole_sentence() -> None:
    text = "The tax, according to the report, rose sharply."
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("tax", "tax", "NOUN", "nsubj", 8),
        (",", ",", "PUNCT", "punct", 1), ("according", "accord", "VERB", "prep", 1),
        ("to", "to", "ADP", "prep", 3), ("the", "the", "DET", "det", 6),
        ("report", "report", "NOUN", "pobj", 4), (",", ",", "PUNCT", "punct", 1),
        ("rose", "rise", "VERB", "ROOT", 8), ("sharply", "sharply", "ADV", "advmod", 8),
        (".", ".", "PUNCT", "punct", 8),
    ]  # fmt: skip
    (quote,) = reported(text, spec)
    assert quote.text == "The tax … rose sharply" and quote.cue == "according to"


def test_a_passive_cue_has_no_speaker_without_an_agent() -> None:
    text = "Clinton was asked to release the transcripts."
    spec: Spec = [
        ("Clinton", "Clinton", "PROPN", "nsubjpass", 2),
        ("was", "be", "AUX", "auxpass", 2),
        ("asked", "ask", "VERB", "ROOT", 2),
        ("to", "to", "PART", "aux", 4),
        ("release", "release", "VERB", "xcomp", 2),
        ("the", "the", "DET", "det", 6),
        ("transcripts", "transcript", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    (quote,) = reported(text, spec, [("Clinton", "PERSON")])
    assert quote.text == "to release the transcripts"
    assert quote.speaker_start is None and quote.speaker_name is None


def test_a_quote_in_the_next_paragraph_after_a_short_cue_is_a_piece_of_it() -> None:
    text = LAVROV + "\n“There are still some points to be fine-tuned.”"
    (quote,) = quotes_of(text, annotation(text, LAVROV_SPEC, [("Sergei Lavrov", "PERSON")]))
    assert quote.cue_start == LAVROV.index("said") and len(quote.pieces) == 2


def test_marks_inside_markup_tags_are_not_quotes() -> None:
    assert contents('<tweet author="x" id="1">Hi there</tweet> and “a real quote”.') == [
        "a real quote"
    ]


# --- precision rules ---------------------------------------------------------------------

NARRATION = "\nThe talks in Geneva went on until late in the evening on Monday.\n"


def test_a_short_quote_alone_in_a_later_paragraph_is_not_a_quote() -> None:
    text = LAVROV + NARRATION + "“Person of the Year” went to Merkel."
    quotes = quotes_of(text, annotation(text, LAVROV_SPEC, [("Sergei Lavrov", "PERSON")]))
    assert [q.text for q in quotes] == ["We are ready to reach an agreement"]


def test_a_long_quote_alone_in_a_later_paragraph_continues_the_speaker() -> None:
    text = LAVROV + NARRATION + "“There are still some points that need to be fine-tuned.”"
    quotes = quotes_of(text, annotation(text, LAVROV_SPEC, [("Sergei Lavrov", "PERSON")]))
    assert [q.speaker_name for q in quotes] == ["Sergei Lavrov"] * 2
    assert quotes[1].cue is None  # its own unit: too far from the cue to share it


def test_a_quote_inside_narration_takes_no_earlier_speaker() -> None:
    text = (
        LAVROV + NARRATION + "The ministry’s plan was “a roadmap that nobody in Geneva had seen.”"
    )
    quotes = quotes_of(text, annotation(text, LAVROV_SPEC, [("Sergei Lavrov", "PERSON")]))
    assert [q.speaker_name for q in quotes] == ["Sergei Lavrov", None]


def test_a_quote_in_a_reported_clause_is_the_reporters() -> None:
    text = "Pavel Vrana feared the truce was becoming “a trap that lets the army regroup soon.”"
    spec: Spec = [
        ("Pavel", "Pavel", "PROPN", "compound", 1),
        ("Vrana", "Vrana", "PROPN", "nsubj", 2),
        ("feared", "fear", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("truce", "truce", "NOUN", "nsubj", 6),
        ("was", "be", "AUX", "aux", 6),
        ("becoming", "become", "VERB", "ccomp", 2),
        ("“", "“", "PUNCT", "punct", 9),
        ("a", "a", "DET", "det", 9),
        ("trap", "trap", "NOUN", "attr", 6),
        ("that", "that", "PRON", "nsubj", 11),
        ("lets", "let", "VERB", "relcl", 9),
        ("the", "the", "DET", "det", 13),
        ("army", "army", "NOUN", "nsubj", 14),
        ("regroup", "regroup", "VERB", "ccomp", 11),
        ("soon", "soon", "ADV", "advmod", 14),
        (".", ".", "PUNCT", "punct", 2),
    ]
    (quote,) = quotes_of(text, annotation(text, spec, [("Pavel Vrana", "PERSON")]))
    assert quote.speaker_name == "Pavel Vrana" and quote.text.startswith("a trap")


def test_one_of_a_group_speaks_with_the_group_named() -> None:
    text = "One of the top advisers said the plan would fail."
    spec: Spec = [
        ("One", "one", "NUM", "nsubj", 5), ("of", "of", "ADP", "prep", 0),
        ("the", "the", "DET", "det", 4), ("top", "top", "ADJ", "amod", 4),
        ("advisers", "adviser", "NOUN", "pobj", 1), ("said", "say", "VERB", "ROOT", 5),
        ("the", "the", "DET", "det", 7), ("plan", "plan", "NOUN", "nsubj", 9),
        ("would", "would", "AUX", "aux", 9), ("fail", "fail", "VERB", "ccomp", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]  # fmt: skip
    (quote,) = reported(text, spec)
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert text[quote.speaker_start : quote.speaker_end] == "One of the top advisers"


def test_whose_report_says_it_speaks_through_it() -> None:
    text = "Ilse Morrow's report says that the tax will not rise."
    spec: Spec = [
        ("Ilse", "Ilse", "PROPN", "compound", 1), ("Morrow", "Morrow", "PROPN", "poss", 3),
        ("'s", "'s", "PART", "case", 1), ("report", "report", "NOUN", "nsubj", 4),
        ("says", "say", "VERB", "ROOT", 4), ("that", "that", "SCONJ", "mark", 10),
        ("the", "the", "DET", "det", 7), ("tax", "tax", "NOUN", "nsubj", 10),
        ("will", "will", "AUX", "aux", 10), ("not", "not", "PART", "neg", 10),
        ("rise", "rise", "VERB", "ccomp", 4), (".", ".", "PUNCT", "punct", 4),
    ]  # fmt: skip
    (quote,) = reported(text, spec, [("Ilse Morrow", "PERSON")])
    assert quote.speaker_name == "Ilse Morrow"


def test_the_one_asked_is_not_who_asks() -> None:
    text = "The host came under fire for asking Sen. Ilse Morrow what she thought of the plan."
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("host", "host", "NOUN", "nsubj", 2),
        ("came", "come", "VERB", "ROOT", 2), ("under", "under", "ADP", "prep", 2),
        ("fire", "fire", "NOUN", "pobj", 3), ("for", "for", "ADP", "prep", 4),
        ("asking", "ask", "VERB", "pcomp", 5), ("Sen.", "Sen.", "PROPN", "compound", 9),
        ("Ilse", "Ilse", "PROPN", "compound", 9), ("Morrow", "Morrow", "PROPN", "dobj", 6),
        ("what", "what", "PRON", "dobj", 12), ("she", "she", "PRON", "nsubj", 12),
        ("thought", "think", "VERB", "ccomp", 6), ("of", "of", "ADP", "prep", 12),
        ("the", "the", "DET", "det", 15), ("plan", "plan", "NOUN", "pobj", 13),
        (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    found = reported(text, spec, [("Ilse Morrow", "PERSON")])
    assert found  # the question asked, reported
    assert all(q.speaker_start is None or q.speaker_start < text.index("Sen.") for q in found)
    assert all(q.speaker_name != "Ilse Morrow" for q in found)


def test_a_day_after_the_verb_is_no_speaker() -> None:
    # the parse hangs "office" on "sides" and leaves "announced" without a subject
    text = "After talks between the sides, Pavel Vrana’s office announced Friday that talks resume."
    spec: Spec = [
        ("After", "after", "ADP", "prep", 9),
        ("talks", "talk", "NOUN", "pobj", 0),
        ("between", "between", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 4),
        ("sides", "side", "NOUN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 4),
        ("Pavel", "Pavel", "PROPN", "compound", 7),
        ("Vrana", "Vrana", "PROPN", "poss", 8),
        ("office", "office", "NOUN", "conj", 4),
        ("announced", "announce", "VERB", "ROOT", 9),
        ("Friday", "Friday", "PROPN", "npadvmod", 9),
        ("that", "that", "SCONJ", "mark", 13),
        ("talks", "talk", "NOUN", "nsubj", 13),
        ("resume", "resume", "VERB", "ccomp", 9),
        (".", ".", "PUNCT", "punct", 9),
    ]
    (quote,) = reported(text, spec, [("Pavel Vrana", "PERSON"), ("Friday", "DATE")])
    assert quote.text == "that talks resume"
    assert quote.speaker_start != text.index("Friday")


def test_the_name_right_before_the_verb_a_cue_hangs_from_speaks() -> None:
    # the parse hangs "Vrana" on the estate and gives neither verb a subject
    text = "In an interview at the Kestria Mar estate - Vrana continued to assert that he left."
    spec: Spec = [
        ("In", "in", "ADP", "prep", 10),
        ("an", "an", "DET", "det", 2),
        ("interview", "interview", "NOUN", "pobj", 0),
        ("at", "at", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 7),
        ("Kestria", "Kestria", "PROPN", "compound", 7),
        ("Mar", "Mar", "PROPN", "nmod", 7),
        ("estate", "estate", "NOUN", "pobj", 3),
        ("-", "-", "PUNCT", "punct", 9),
        ("Vrana", "Vrana", "PROPN", "pobj", 3),
        ("continued", "continue", "VERB", "ROOT", 10),
        ("to", "to", "PART", "aux", 12),
        ("assert", "assert", "VERB", "xcomp", 10),
        ("that", "that", "SCONJ", "mark", 15),
        ("he", "he", "PRON", "nsubj", 15),
        ("left", "leave", "VERB", "ccomp", 12),
        (".", ".", "PUNCT", "punct", 10),
    ]
    (quote,) = reported(text, spec, [("Vrana", "PERSON")])
    assert quote.text == "that he left" and quote.speaker_name == "Vrana"


def test_a_verb_the_tagger_took_for_a_noun_still_reports_its_clause() -> None:
    text = "Vrana predicts that the talks will fail."
    spec: Spec = [
        ("Vrana", "Vrana", "NOUN", "compound", 1),
        ("predicts", "predict", "NOUN", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 6),
        ("the", "the", "DET", "det", 4),
        ("talks", "talk", "NOUN", "nsubj", 6),
        ("will", "will", "AUX", "aux", 6),
        ("fail", "fail", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    (quote,) = reported(text, spec, [("Vrana", "PERSON")])
    assert quote.text == "that the talks will fail" and quote.speaker_name == "Vrana"


def test_a_that_clause_the_parse_hung_on_a_noun_is_what_was_said() -> None:
    text = "Vrana said after a vote in March that he had doubts."
    spec: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("after", "after", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 4),
        ("vote", "vote", "NOUN", "pobj", 2),
        ("in", "in", "ADP", "prep", 4),
        ("March", "March", "PROPN", "pobj", 5),
        ("that", "that", "SCONJ", "mark", 9),
        ("he", "he", "PRON", "nsubj", 9),
        ("had", "have", "VERB", "relcl", 4),
        ("doubts", "doubt", "NOUN", "dobj", 9),
        (".", ".", "PUNCT", "punct", 1),
    ]
    (quote,) = reported(text, spec, [("Vrana", "PERSON"), ("March", "DATE")])
    assert quote.text == "that he had doubts" and quote.speaker_name == "Vrana"


def test_a_verb_in_a_markup_tag_is_no_cue() -> None:
    text = '<tweet author="x">Praying for those impacted by the shooting</tweet>.'
    spec: Spec = [
        ("tweet", "tweet", "VERB", "ROOT", 0),
        ("author", "author", "NOUN", "dobj", 0),
        ("Praying", "pray", "VERB", "conj", 0),
    ]
    assert quotes_of(text, annotation(text, spec)) == ()


def test_a_stance_verb_attaches_no_reported_clause() -> None:
    text = "Cruz questioned whether Trump has the temperament."
    spec: Spec = [
        ("Cruz", "Cruz", "PROPN", "nsubj", 1),
        ("questioned", "question", "VERB", "ROOT", 1),
        ("whether", "whether", "SCONJ", "mark", 4),
        ("Trump", "Trump", "PROPN", "nsubj", 4),
        ("has", "have", "VERB", "ccomp", 1),
        ("the", "the", "DET", "det", 6),
        ("temperament", "temperament", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert reported(text, spec, [("Cruz", "PERSON")]) == []


CALLED = "Rubio called the Trump campaign statement “outlandish”."
CALLED_SPEC: Spec = [
    ("Rubio", "Rubio", "PROPN", "nsubj", 1),
    ("called", "call", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 5),
    ("Trump", "Trump", "PROPN", "compound", 5),
    ("campaign", "campaign", "NOUN", "compound", 5),
    ("statement", "statement", "NOUN", "dobj", 1),
    ("“", "“", "PUNCT", "punct", 7),
    ("outlandish", "outlandish", "ADJ", "oprd", 1),
    ("”", "”", "PUNCT", "punct", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_quoted_name_is_reported_with_what_it_names() -> None:
    (quote,) = reported(CALLED, CALLED_SPEC, [("Rubio", "PERSON")])
    assert quote.text == "the Trump campaign statement “outlandish”"
    assert quote.cue == "called" and quote.speaker_name == "Rubio"


def test_an_unquoted_name_is_not_reported() -> None:
    text = CALLED.replace("“", "").replace("”", "")
    spec = [token for token in CALLED_SPEC if token[0] not in "“”"]
    spec = [(w, lemma, pos, dep, head - (head > 6)) for w, lemma, pos, dep, head in spec]
    assert reported(text, spec, [("Rubio", "PERSON")]) == []


def test_a_topic_is_reported_without_its_preposition() -> None:
    text = "Trump talked about immigration on Fox News."
    spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1),
        ("talked", "talk", "VERB", "ROOT", 1),
        ("about", "about", "ADP", "prep", 1),
        ("immigration", "immigration", "NOUN", "pobj", 2),
        ("on", "on", "ADP", "prep", 1),
        ("Fox", "Fox", "PROPN", "compound", 6),
        ("News", "News", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    (quote,) = reported(text, spec, [("Trump", "PERSON")])
    assert quote.text == "immigration"


def test_a_bare_participle_before_its_noun_is_no_cue() -> None:
    text = "Clinton leads by 271 pledged delegates."
    spec: Spec = [
        ("Clinton", "Clinton", "PROPN", "nsubj", 1),
        ("leads", "lead", "VERB", "ROOT", 1),
        ("by", "by", "ADP", "prep", 1),
        ("271", "271", "NUM", "nummod", 5),
        ("pledged", "pledge", "VERB", "amod", 5),
        ("delegates", "delegate", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    spec[4] = ("pledged", "pledge", "VERB", "acl", 3)
    assert reported(text, spec, [("Clinton", "PERSON")]) == []


# --- issue 12: one attribution per quote, questions, titles, clauses apart ---------------


def test_a_mixed_pair_of_marks_closes_the_quote() -> None:
    text = '“It is so shameful," Smegielski said.'
    assert contents(text) == ["It is so shameful"]


def test_a_quoted_title_is_no_quote() -> None:
    text = "Weiner said so on the podcast “Here’s the Thing.”"
    spec: Spec = [
        ("Weiner", "Weiner", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("so", "so", "ADV", "advmod", 1),
        ("on", "on", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 5),
        ("podcast", "podcast", "NOUN", "pobj", 3),
    ]
    assert [q for q in quotes_of(text, annotation(text, spec)) if q.direct] == []


def test_a_question_put_to_someone_is_not_their_quote() -> None:
    text = "Asked what Russia offered, Trump said nothing."
    spec: Spec = [
        ("Asked", "ask", "VERB", "advcl", 5),
        ("what", "what", "PRON", "dobj", 3),
        ("Russia", "Russia", "PROPN", "nsubj", 3),
        ("offered", "offer", "VERB", "ccomp", 0),
        (",", ",", "PUNCT", "punct", 5),
        ("Trump", "Trump", "PROPN", "nsubj", 5),
        ("said", "say", "VERB", "ROOT", 5),
        ("nothing", "nothing", "PRON", "dobj", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    quotes = quotes_of(text, annotation(text, spec, [("Russia", "GPE"), ("Trump", "PERSON")]))
    assert not [q for q in quotes if q.cue == "Asked"]  # an unnamed reporter's question
    assert all("Russia offered" not in q.text for q in quotes)


def test_a_clause_before_a_semicolon_is_not_what_the_next_subject_said() -> None:
    text = "Kestria blamed Orvenia; Orvenia said its forces fired back."
    spec: Spec = [
        ("Kestria", "Kestria", "PROPN", "nsubj", 1),
        ("blamed", "blame", "VERB", "ccomp", 5),
        ("Orvenia", "Orvenia", "PROPN", "dobj", 1),
        (";", ";", "PUNCT", "punct", 5),
        ("Orvenia", "Orvenia", "PROPN", "nsubj", 5),
        ("said", "say", "VERB", "ROOT", 5),
        ("its", "its", "PRON", "poss", 7),
        ("forces", "force", "NOUN", "nsubj", 8),
        ("fired", "fire", "VERB", "ccomp", 5),
        ("back", "back", "ADV", "advmod", 8),
        (".", ".", "PUNCT", "punct", 5),
    ]
    mentions = [("Kestria", "GPE"), ("Orvenia", "GPE"), ("Orvenia", "GPE")]
    (quote,) = reported(text, spec, mentions)
    assert quote.text == "its forces fired back" and quote.speaker_name == "Orvenia"


def test_citing_a_source_is_no_quote() -> None:
    text = "Reuters reported the deal, citing people familiar with the talks."
    spec: Spec = [
        ("Reuters", "Reuters", "PROPN", "nsubj", 1),
        ("reported", "report", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("deal", "deal", "NOUN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("citing", "cite", "VERB", "advcl", 1),
        ("people", "people", "NOUN", "dobj", 5),
        ("familiar", "familiar", "ADJ", "amod", 6),
        ("with", "with", "ADP", "prep", 7),
        ("the", "the", "DET", "det", 10),
        ("talks", "talk", "NOUN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]
    quotes = reported(text, spec, [("Reuters", "ORG")])
    assert [q.cue for q in quotes] == ["reported"] and quotes[0].text == "the deal"


def test_adding_after_there_were_is_said_by_the_one_who_said() -> None:
    text = "Lavrov said there were “signs of progress”, while adding that Moscow saw issues."
    spec: Spec = [
        ("Lavrov", "Lavrov", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("there", "there", "PRON", "expl", 3),
        ("were", "be", "VERB", "ccomp", 1),
        ("“", "“", "PUNCT", "punct", 3),
        ("signs", "sign", "NOUN", "attr", 3),
        ("of", "of", "ADP", "prep", 5),
        ("progress", "progress", "NOUN", "pobj", 6),
        ("”", "”", "PUNCT", "punct", 5),
        (",", ",", "PUNCT", "punct", 3),
        ("while", "while", "SCONJ", "mark", 11),
        ("adding", "add", "VERB", "advcl", 3),
        ("that", "that", "SCONJ", "mark", 14),
        ("Moscow", "Moscow", "PROPN", "nsubj", 14),
        ("saw", "see", "VERB", "ccomp", 11),
        ("issues", "issue", "NOUN", "dobj", 14),
        (".", ".", "PUNCT", "punct", 1),
    ]
    found = reported(text, spec, [("Lavrov", "PERSON"), ("Moscow", "GPE")])
    added = [q for q in found if q.cue == "adding"]
    assert [q.speaker_name for q in added] == ["Lavrov"]  # who said "there were", adds


def test_a_dateline_or_a_day_the_parse_makes_the_subject_is_not_the_speaker() -> None:
    text = "WASHINGTON (AP) — Kharlan said the talks would go on."
    spec: Spec = [
        ("WASHINGTON", "WASHINGTON", "PROPN", "nsubj", 6), ("(", "(", "PUNCT", "punct", 0),
        ("AP", "AP", "PROPN", "appos", 0), (")", ")", "PUNCT", "punct", 0),
        ("—", "—", "PUNCT", "punct", 6), ("Kharlan", "Kharlan", "PROPN", "npadvmod", 6),
        ("said", "say", "VERB", "ROOT", 6), ("the", "the", "DET", "det", 8),
        ("talks", "talk", "NOUN", "nsubj", 10), ("would", "would", "AUX", "aux", 10),
        ("go", "go", "VERB", "ccomp", 6), ("on", "on", "ADP", "prt", 10),
        (".", ".", "PUNCT", "punct", 6),
    ]  # fmt: skip
    mentions = [("WASHINGTON", "GPE"), ("AP", "ORG"), ("Kharlan", "PERSON")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "Kharlan"
    text = "Saturday at the rally Vrana said the talks would go on."
    spec = [
        ("Saturday", "Saturday", "PROPN", "nsubj", 5), ("at", "at", "ADP", "prep", 0),
        ("the", "the", "DET", "det", 3), ("rally", "rally", "NOUN", "pobj", 1),
        ("Vrana", "Vrana", "PROPN", "npadvmod", 5), ("said", "say", "VERB", "ROOT", 5),
        ("the", "the", "DET", "det", 7), ("talks", "talk", "NOUN", "nsubj", 9),
        ("would", "would", "AUX", "aux", 9), ("go", "go", "VERB", "ccomp", 5),
        ("on", "on", "ADP", "prt", 9), (".", ".", "PUNCT", "punct", 5),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")]))
    assert quote.speaker_name == "Vrana"


def _reported(
    text: str, cue: tuple[int, int], content: tuple[int, int], speaker: tuple[int, int] | None
) -> _Draft:
    found = Cue(*cue, 0, "say", speaker, speaker, (content,), Sentence(0, len(text)))
    return _Draft(*content, False, found, speaker, 0.8 if speaker else 0.4)


def test_two_cues_reporting_one_clause_are_one_quote_without_either_cue() -> None:
    text = "The plant would stay Russian, according to a draft, a website said, and be watched."
    at_draft, at_site = text.index("according to a draft"), text.index("a website said")
    whole = (0, len(text) - 1)
    by_draft = _reported(text, (at_draft, at_draft + 20), whole, None)
    by_site = _reported(text, (at_site + 10, at_site + 14), whole, (at_site, at_site + 9))
    (one,) = _one_per_clause(text, [by_draft, by_site])
    assert one.cue is by_site.cue  # the better-attributed cue's quote
    kept = " ".join(text[s:e] for s, e in one.pieces or ((one.start, one.end),))
    assert "according to a draft" not in kept and kept.startswith("The plant would stay Russian")


def test_a_clause_reported_inside_another_report_stays_a_quote_of_its_own() -> None:
    text = "Aides said that the envoy told them the plant would stay Russian for now."
    outer = _reported(text, (5, 9), (10, len(text) - 1), (0, 4))
    inner = _reported(text, (27, 31), (37, len(text) - 1), (17, 26))
    assert len(_one_per_clause(text, [outer, inner])) == 2


def test_words_not_said_are_nobodys_quote() -> None:
    text = "Ensdal would not say when the bridge reopens."
    spec: Spec = [
        ("Ensdal", "Ensdal", "PROPN", "nsubj", 3),
        ("would", "would", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("say", "say", "VERB", "ROOT", 3),
        ("when", "when", "SCONJ", "advmod", 7),
        ("the", "the", "DET", "det", 6),
        ("bridge", "bridge", "NOUN", "nsubj", 7),
        ("reopens", "reopen", "VERB", "ccomp", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert quotes_of(text, annotation(text, spec, [("Ensdal", "PERSON")])) == ()
    text = "Ensdal declined to confirm the figures."
    spec = [
        ("Ensdal", "Ensdal", "PROPN", "nsubj", 1),
        ("declined", "decline", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("confirm", "confirm", "VERB", "xcomp", 1),
        ("the", "the", "DET", "det", 5),
        ("figures", "figure", "NOUN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert quotes_of(text, annotation(text, spec, [("Ensdal", "PERSON")])) == ()


def test_said_this_according_to_a_wire_holds_no_words_of_its_own() -> None:
    text = "Vasylenko said this to reporters, according to Meridian Wire."
    spec: Spec = [
        ("Vasylenko", "Vasylenko", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("this", "this", "PRON", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("reporters", "reporter", "NOUN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 1),
        ("according", "accord", "VERB", "prep", 1),
        ("to", "to", "ADP", "prep", 6),
        ("Meridian", "Meridian", "PROPN", "compound", 9),
        ("Wire", "Wire", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]
    mentions = [("Vasylenko", "PERSON"), ("Meridian Wire", "ORG")]
    assert quotes_of(text, annotation(text, spec, mentions)) == ()


def test_a_tag_in_brackets_is_not_the_speaker_nor_a_dateline() -> None:
    # no subject in the parse: the nearest name before the verb, outside the brackets
    text = "At the rally Ilka Brenner (D-MA) said the talks would go on."
    spec: Spec = [
        ("At", "at", "ADP", "prep", 10), ("the", "the", "DET", "det", 2),
        ("rally", "rally", "NOUN", "pobj", 0), ("Ilka", "Ilka", "PROPN", "compound", 4),
        ("Brenner", "Brenner", "PROPN", "appos", 2), ("(", "(", "PUNCT", "punct", 4),
        ("D", "D", "PROPN", "compound", 8), ("-", "-", "PUNCT", "punct", 8),
        ("MA", "MA", "PROPN", "appos", 4), (")", ")", "PUNCT", "punct", 4),
        ("said", "say", "VERB", "ROOT", 10), ("the", "the", "DET", "det", 12),
        ("talks", "talk", "NOUN", "nsubj", 14), ("would", "would", "AUX", "aux", 14),
        ("go", "go", "VERB", "ccomp", 10), ("on", "on", "ADP", "prt", 14),
        (".", ".", "PUNCT", "punct", 10),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Ilka Brenner", "PERSON")]))
    assert quote.speaker_name == "Ilka Brenner"
    # the hyphen inside the brackets closes no dateline: the subject stands
    text = "However, Rep. Stefan Lynd (D-Mass.) said the talks would go on."
    spec = [
        ("However", "however", "ADV", "advmod", 10), (",", ",", "PUNCT", "punct", 10),
        ("Rep.", "Rep.", "PROPN", "compound", 4), ("Stefan", "Stefan", "PROPN", "compound", 4),
        ("Lynd", "Lynd", "PROPN", "nsubj", 10), ("(", "(", "PUNCT", "punct", 4),
        ("D", "D", "PROPN", "compound", 8), ("-", "-", "PUNCT", "punct", 8),
        ("Mass.", "Mass.", "PROPN", "appos", 4), (")", ")", "PUNCT", "punct", 4),
        ("said", "say", "VERB", "ROOT", 10), ("the", "the", "DET", "det", 12),
        ("talks", "talk", "NOUN", "nsubj", 14), ("would", "would", "AUX", "aux", 14),
        ("go", "go", "VERB", "ccomp", 10), ("on", "on", "ADP", "prt", 14),
        (".", ".", "PUNCT", "punct", 10),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Stefan Lynd", "PERSON")]))
    assert quote.speaker_name == "Stefan Lynd"


def test_of_two_subjects_the_parse_gives_a_verb_the_nearest_speaks() -> None:
    text = "In Aldmoor, Varen Valley, Vrana said the talks would go on."
    spec: Spec = [
        ("In", "in", "ADP", "prep", 7), ("Aldmoor", "Aldmoor", "PROPN", "pobj", 0),
        (",", ",", "PUNCT", "punct", 7), ("Varen", "Varen", "PROPN", "compound", 4),
        ("Valley", "Valley", "PROPN", "nsubj", 7), (",", ",", "PUNCT", "punct", 7),
        ("Vrana", "Vrana", "PROPN", "nsubj", 7), ("said", "say", "VERB", "ROOT", 7),
        ("the", "the", "DET", "det", 9), ("talks", "talk", "NOUN", "nsubj", 11),
        ("would", "would", "AUX", "aux", 11), ("go", "go", "VERB", "ccomp", 7),
        ("on", "on", "ADP", "prt", 11), (".", ".", "PUNCT", "punct", 7),
    ]  # fmt: skip
    mentions = [("Aldmoor", "GPE"), ("Varen Valley", "GPE"), ("Vrana", "PERSON")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "Vrana"


def test_two_names_side_by_side_before_a_parenthetical_cue_the_one_next_to_it_speaks() -> None:
    text = "To see the real Orsk Harbour, Minister Ensdal said, one should visit."
    spec: Spec = [
        ("To", "to", "PART", "aux", 1), ("see", "see", "VERB", "advcl", 12),
        ("the", "the", "DET", "det", 5), ("real", "real", "ADJ", "amod", 5),
        ("Orsk", "Orsk", "PROPN", "compound", 5), ("Harbour", "Harbour", "PROPN", "nsubj", 8),
        (",", ",", "PUNCT", "punct", 5), ("Minister", "Minister", "PROPN", "compound", 7),
        ("Ensdal", "Ensdal", "PROPN", "appos", 5), ("said", "say", "VERB", "parataxis", 12),
        (",", ",", "PUNCT", "punct", 8), ("one", "one", "PRON", "nsubj", 12),
        ("should", "should", "AUX", "aux", 12), ("visit", "visit", "VERB", "ROOT", 12),
        (".", ".", "PUNCT", "punct", 12),
    ]  # fmt: skip
    mentions = [("Orsk Harbour", "PERSON"), ("Ensdal", "PERSON")]
    quotes = quotes_of(text, annotation(text, spec, mentions))
    assert [q.speaker_name for q in quotes] == ["Ensdal"]


def test_a_show_in_quotation_marks_after_the_cue_is_not_its_subject() -> None:
    text = "“We will stay until the last day of the talks,” Vrana said on Kanal’s “Mornings.”"
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 2), ("We", "we", "PRON", "nsubj", 3),
        ("will", "will", "AUX", "aux", 3), ("stay", "stay", "VERB", "ccomp", 14),
        ("until", "until", "ADP", "prep", 3), ("the", "the", "DET", "det", 7),
        ("last", "last", "ADJ", "amod", 7), ("day", "day", "NOUN", "pobj", 4),
        ("of", "of", "ADP", "prep", 7), ("the", "the", "DET", "det", 10),
        ("talks", "talk", "NOUN", "pobj", 8), (",", ",", "PUNCT", "punct", 14),
        ("”", "”", "PUNCT", "punct", 14), ("Vrana", "Vrana", "PROPN", "appos", 10),
        ("said", "say", "VERB", "ROOT", 14), ("on", "on", "ADP", "prep", 14),
        ("Kanal", "Kanal", "PROPN", "pobj", 15), ("’s", "’s", "PART", "case", 16),
        ("“", "“", "PUNCT", "punct", 14), ("Mornings", "Mornings", "PROPN", "nsubj", 14),
        (".", ".", "PUNCT", "punct", 14), ("”", "”", "PUNCT", "punct", 14),
    ]  # fmt: skip
    mentions = [("Vrana", "PERSON"), ("Kanal", "ORG"), ("Mornings", "ORG")]
    quotes = quotes_of(text, annotation(text, spec, mentions))
    assert [q.speaker_name for q in quotes] == ["Vrana"]


def test_a_quote_inside_a_narrated_clause_is_its_subjects_not_the_last_speakers() -> None:
    text = (
        "“The river stays ours,” Vrana said. "
        "Ensdal thanked him for “staying at the table when the others had left the room.”"
    )
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 4), ("The", "the", "DET", "det", 2),
        ("river", "river", "NOUN", "nsubj", 3), ("stays", "stay", "VERB", "ccomp", 7),
        ("ours", "ours", "PRON", "attr", 3), (",", ",", "PUNCT", "punct", 7),
        ("Vrana", "Vrana", "PROPN", "nsubj", 7), ("said", "say", "VERB", "ROOT", 7),
        (".", ".", "PUNCT", "punct", 7),
        ("Ensdal", "Ensdal", "PROPN", "nsubj", 10), ("thanked", "thank", "VERB", "ROOT", 10),
        ("him", "he", "PRON", "dobj", 10), ("for", "for", "ADP", "prep", 10),
        ("“", "“", "PUNCT", "punct", 14), ("staying", "stay", "VERB", "pcomp", 12),
        ("at", "at", "ADP", "prep", 14), ("the", "the", "DET", "det", 17),
        ("table", "table", "NOUN", "pobj", 15), ("when", "when", "SCONJ", "advmod", 22),
        ("the", "the", "DET", "det", 20), ("others", "other", "NOUN", "nsubj", 22),
        ("had", "have", "AUX", "aux", 22), ("left", "leave", "VERB", "advcl", 14),
        ("the", "the", "DET", "det", 24), ("room", "room", "NOUN", "dobj", 22),
        (".", ".", "PUNCT", "punct", 10), ("”", "”", "PUNCT", "punct", 10),
    ]  # fmt: skip
    mentions = [("Vrana", "PERSON"), ("Ensdal", "PERSON")]
    quotes = quotes_of(text, annotation(text, spec, mentions))
    assert [q.speaker_name for q in quotes] == ["Vrana", "Ensdal"]


def test_a_time_right_after_the_cue_dates_the_saying_not_the_words() -> None:
    text = "Vrana said Tuesday the talks would go on."
    spec: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("Tuesday", "Tuesday", "PROPN", "npadvmod", 5), ("the", "the", "DET", "det", 4),
        ("talks", "talk", "NOUN", "nsubj", 6), ("would", "would", "AUX", "aux", 6),
        ("go", "go", "VERB", "ccomp", 1), ("on", "on", "ADP", "prt", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    mentions = [("Vrana", "PERSON"), ("Tuesday", "DATE")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.text == "the talks would go on"


def test_a_connective_opening_reported_speech_is_the_writers() -> None:
    text = "But the talks, Vrana said, would go on."
    spec: Spec = [
        ("But", "but", "CCONJ", "cc", 8), ("the", "the", "DET", "det", 2),
        ("talks", "talk", "NOUN", "nsubj", 8), (",", ",", "PUNCT", "punct", 5),
        ("Vrana", "Vrana", "PROPN", "nsubj", 5), ("said", "say", "VERB", "parataxis", 8),
        (",", ",", "PUNCT", "punct", 5), ("would", "would", "AUX", "aux", 8),
        ("go", "go", "VERB", "ROOT", 8), ("on", "on", "ADP", "prt", 8),
        (".", ".", "PUNCT", "punct", 8),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")]))
    pieces = [text[s:e] for s, e in quote.pieces] or [quote.text]
    assert pieces == ["the talks", "would go on"]
    quoted = "“But the talks will go on,” Vrana said."  # the speaker's own "But" is kept
    spec = [
        ("“", "“", "PUNCT", "punct", 5), ("But", "but", "CCONJ", "cc", 5),
        ("the", "the", "DET", "det", 3), ("talks", "talk", "NOUN", "nsubj", 5),
        ("will", "will", "AUX", "aux", 5), ("go", "go", "VERB", "ccomp", 10),
        ("on", "on", "ADP", "prt", 5), (",", ",", "PUNCT", "punct", 10),
        ("”", "”", "PUNCT", "punct", 10), ("Vrana", "Vrana", "PROPN", "nsubj", 10),
        ("said", "say", "VERB", "ROOT", 10), (".", ".", "PUNCT", "punct", 10),
    ]  # fmt: skip
    (quote,) = quotes_of(quoted, annotation(quoted, spec, [("Vrana", "PERSON")]))
    assert quote.text == "But the talks will go on"


def test_the_opening_a_cue_interrupts_is_the_start_of_what_is_reported() -> None:
    text = "Many days, Vrana said, the talks would go on past midnight."
    spec: Spec = [
        ("Many", "many", "ADJ", "amod", 1), ("days", "day", "NOUN", "npadvmod", 4),
        (",", ",", "PUNCT", "punct", 4), ("Vrana", "Vrana", "PROPN", "nsubj", 4),
        ("said", "say", "VERB", "ROOT", 4), (",", ",", "PUNCT", "punct", 4),
        ("the", "the", "DET", "det", 7), ("talks", "talk", "NOUN", "nsubj", 9),
        ("would", "would", "AUX", "aux", 9), ("go", "go", "VERB", "ccomp", 4),
        ("on", "on", "ADP", "prt", 9), ("past", "past", "ADP", "prep", 9),
        ("midnight", "midnight", "NOUN", "pobj", 11), (".", ".", "PUNCT", "punct", 4),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")]))
    assert [text[s:e] for s, e in quote.pieces] == [
        "Many days",
        "the talks would go on past midnight",
    ]
    scene = "Reflecting on it, Vrana said, the talks would go on past midnight."
    rest = [(w, lm, p, d, h + 1) for w, lm, p, d, h in spec[2:]]
    spec = [
        ("Reflecting", "reflect", "VERB", "advcl", 5), ("on", "on", "ADP", "prep", 0),
        ("it", "it", "PRON", "pobj", 1), *rest,
    ]  # fmt: skip
    (quote,) = quotes_of(scene, annotation(scene, spec, [("Vrana", "PERSON")]))
    assert quote.text == "the talks would go on past midnight"


def test_a_second_verb_of_saying_with_its_own_clause_is_a_second_quote() -> None:
    text = "Vrana said the talks would go on and said that the river stays ours."
    spec: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("talks", "talk", "NOUN", "nsubj", 5),
        ("would", "would", "AUX", "aux", 5), ("go", "go", "VERB", "ccomp", 1),
        ("on", "on", "ADP", "prt", 5), ("and", "and", "CCONJ", "cc", 5),
        ("said", "say", "VERB", "conj", 5), ("that", "that", "SCONJ", "mark", 12),
        ("the", "the", "DET", "det", 11), ("river", "river", "NOUN", "nsubj", 12),
        ("stays", "stay", "VERB", "ccomp", 8), ("ours", "ours", "PRON", "attr", 12),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")]))
    assert [q.text for q in quotes] == ["the talks would go on", "that the river stays ours"]


def test_the_question_put_before_a_parenthetical_cue_is_no_part_of_the_answer() -> None:
    text = "Asked what he wants, Vrana said, “We will stay to the end.”"
    spec: Spec = [
        ("Asked", "ask", "VERB", "advcl", 11), ("what", "what", "PRON", "dobj", 3),
        ("he", "he", "PRON", "nsubj", 3), ("wants", "want", "VERB", "ccomp", 0),
        (",", ",", "PUNCT", "punct", 6), ("Vrana", "Vrana", "PROPN", "nsubj", 6),
        ("said", "say", "VERB", "parataxis", 11), (",", ",", "PUNCT", "punct", 6),
        ("“", "“", "PUNCT", "punct", 6), ("We", "we", "PRON", "nsubj", 11),
        ("will", "will", "AUX", "aux", 11), ("stay", "stay", "VERB", "ROOT", 11),
        ("to", "to", "ADP", "prep", 11), ("the", "the", "DET", "det", 14),
        ("end", "end", "NOUN", "pobj", 12), (".", ".", "PUNCT", "punct", 11),
        ("”", "”", "PUNCT", "punct", 11),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")]))
    assert [(q.text, q.speaker_name) for q in quotes] == [("We will stay to the end.", "Vrana")]


def test_one_reported_word_that_names_nothing_said_is_no_quote() -> None:
    def reported(text: str, spec: Spec) -> list[str]:
        return [q.text for q in quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")]))]

    tweeted: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("tweeted", "tweet", "VERB", "ROOT", 1),
        ("her", "she", "PRON", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert reported("Vrana tweeted her.", tweeted) == []
    said: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("yes", "yes", "INTJ", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert reported("Vrana said yes.", said) == ["yes"]


def test_a_date_never_speaks_and_a_name_right_before_the_verb_does() -> None:
    text = "In a March meeting with the board of the Herald Vrana said the talks would go on."
    spec: Spec = [
        ("In", "in", "ADP", "prep", 11), ("a", "a", "DET", "det", 3),
        ("March", "March", "PROPN", "compound", 3), ("meeting", "meeting", "NOUN", "pobj", 0),
        ("with", "with", "ADP", "prep", 3), ("the", "the", "DET", "det", 6),
        ("board", "board", "NOUN", "pobj", 4), ("of", "of", "ADP", "prep", 6),
        ("the", "the", "DET", "det", 10), ("Herald", "Herald", "PROPN", "compound", 10),
        ("Vrana", "Vrana", "PROPN", "pobj", 7), ("said", "say", "VERB", "ROOT", 11),
        ("the", "the", "DET", "det", 13), ("talks", "talk", "NOUN", "nsubj", 15),
        ("would", "would", "AUX", "aux", 15), ("go", "go", "VERB", "ccomp", 11),
        ("on", "on", "ADP", "prt", 15), (".", ".", "PUNCT", "punct", 11),
    ]  # fmt: skip
    mentions = [("March", "DATE"), ("Herald", "ORG"), ("Vrana", "PERSON")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "Vrana"


def test_a_word_of_a_quote_is_not_who_speaks_outside_it() -> None:
    text = "Vrana treated it as praise -- “That suits me” -- adding that the talks go on."
    spec: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("treated", "treat", "VERB", "ROOT", 1),
        ("it", "it", "PRON", "dobj", 1), ("as", "as", "ADP", "prep", 1),
        ("praise", "praise", "NOUN", "pobj", 3), ("--", "--", "PUNCT", "punct", 8),
        ("“", "“", "PUNCT", "punct", 8), ("That", "that", "PRON", "nsubj", 8),
        ("suits", "suit", "VERB", "parataxis", 1), ("me", "I", "PRON", "dobj", 8),
        ("”", "”", "PUNCT", "punct", 8), ("--", "--", "PUNCT", "punct", 8),
        ("adding", "add", "VERB", "advcl", 8), ("that", "that", "SCONJ", "mark", 16),
        ("the", "the", "DET", "det", 15), ("talks", "talk", "NOUN", "nsubj", 16),
        ("go", "go", "VERB", "ccomp", 12), ("on", "on", "ADP", "prt", 16),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")]))
    added = [q for q in quotes if q.cue == "adding"]
    assert [q.speaker_name for q in added] == ["Vrana"]


def test_what_a_statement_reads_is_its_quote() -> None:
    text = "“The river stays ours and the talks will go on,” the statement read."
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 15), ("The", "the", "DET", "det", 2),
        ("river", "river", "NOUN", "nsubj", 3), ("stays", "stay", "VERB", "ccomp", 15),
        ("ours", "ours", "PRON", "attr", 3), ("and", "and", "CCONJ", "cc", 3),
        ("the", "the", "DET", "det", 7), ("talks", "talk", "NOUN", "nsubj", 9),
        ("will", "will", "AUX", "aux", 9), ("go", "go", "VERB", "conj", 3),
        ("on", "on", "ADP", "prt", 9), (",", ",", "PUNCT", "punct", 15),
        ("”", "”", "PUNCT", "punct", 15), ("the", "the", "DET", "det", 14),
        ("statement", "statement", "NOUN", "nsubj", 15), ("read", "read", "VERB", "ROOT", 15),
        (".", ".", "PUNCT", "punct", 15),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec))
    assert quote.cue == "read" and quote.direct


def test_the_named_subject_of_a_sentence_ending_in_a_colon_gives_the_quote_after_it() -> None:
    text = "Vrana made this remark:\n\n“We will stay until the last day of the talks.”"
    spec: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("made", "make", "VERB", "ROOT", 1),
        ("this", "this", "DET", "det", 3), ("remark", "remark", "NOUN", "dobj", 1),
        (":", ":", "PUNCT", "punct", 1),
        ("“", "“", "PUNCT", "punct", 8), ("We", "we", "PRON", "nsubj", 8),
        ("will", "will", "AUX", "aux", 8), ("stay", "stay", "VERB", "ROOT", 8),
        ("until", "until", "ADP", "prep", 8), ("the", "the", "DET", "det", 12),
        ("last", "last", "ADJ", "amod", 12), ("day", "day", "NOUN", "pobj", 9),
        ("of", "of", "ADP", "prep", 12), ("the", "the", "DET", "det", 15),
        ("talks", "talk", "NOUN", "pobj", 13), (".", ".", "PUNCT", "punct", 8),
        ("”", "”", "PUNCT", "punct", 8),
    ]  # fmt: skip
    ann = annotation(text, spec, [("Vrana", "PERSON")])
    colon = text.index(":") + 1
    ann = replace(ann, sentences=(Sentence(0, colon), Sentence(colon + 2, len(text))))
    (quote,) = quotes_of(text, ann)
    assert quote.speaker_name == "Vrana"


def test_a_transcripts_speaker_label_gives_the_speaker_and_is_no_part_of_the_words() -> None:
    text = '"VRANA: We will stay until the last day of the talks.'
    spec: Spec = [
        ('"', '"', "PUNCT", "punct", 5), ("VRANA", "VRANA", "PROPN", "npadvmod", 5),
        (":", ":", "PUNCT", "punct", 5), ("We", "we", "PRON", "nsubj", 5),
        ("will", "will", "AUX", "aux", 5), ("stay", "stay", "VERB", "ROOT", 5),
        ("until", "until", "ADP", "prep", 5), ("the", "the", "DET", "det", 9),
        ("last", "last", "ADJ", "amod", 9), ("day", "day", "NOUN", "pobj", 6),
        ("of", "of", "ADP", "prep", 9), ("the", "the", "DET", "det", 12),
        ("talks", "talk", "NOUN", "pobj", 10), (".", ".", "PUNCT", "punct", 5),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("VRANA", "PERSON")]))
    assert quote.text.startswith("We will stay") and quote.speaker_name == "VRANA"


def test_a_quote_in_the_next_paragraph_with_nothing_between_goes_on_with_the_speaker() -> None:
    text = (
        "“We will stay until the end,” Vrana said. “Nobody will move us from the river bank at"
        " all.”\n\n“Not one man will leave the valley before the talks end.”"
    )
    spec: Spec = [
        ("“", '"', "PUNCT", "punct", 10), ("We", "we", "PRON", "nsubj", 3),
        ("will", "will", "AUX", "aux", 3), ("stay", "stay", "VERB", "ccomp", 10),
        ("until", "until", "ADP", "prep", 3), ("the", "the", "DET", "det", 6),
        ("end", "end", "NOUN", "pobj", 4), (",", ",", "PUNCT", "punct", 10),
        ("”", '"', "PUNCT", "punct", 10), ("Vrana", "Vrana", "PROPN", "nsubj", 10),
        ("said", "say", "VERB", "ROOT", 10), (".", ".", "PUNCT", "punct", 10),
        ("“", '"', "PUNCT", "punct", 15), ("Nobody", "nobody", "PRON", "nsubj", 15),
        ("will", "will", "AUX", "aux", 15), ("move", "move", "VERB", "ROOT", 15),
        ("us", "we", "PRON", "dobj", 15), ("from", "from", "ADP", "prep", 15),
        ("the", "the", "DET", "det", 20), ("river", "river", "NOUN", "compound", 20),
        ("bank", "bank", "NOUN", "pobj", 17), ("at", "at", "ADV", "advmod", 22),
        ("all", "all", "ADV", "advmod", 15), (".", ".", "PUNCT", "punct", 15),
        ("”", '"', "PUNCT", "punct", 15), ("“", '"', "PUNCT", "punct", 30),
        ("Not", "not", "PART", "neg", 27), ("one", "one", "NUM", "nummod", 28),
        ("man", "man", "NOUN", "nsubj", 30), ("will", "will", "AUX", "aux", 30),
        ("leave", "leave", "VERB", "ROOT", 30), ("the", "the", "DET", "det", 32),
        ("valley", "valley", "NOUN", "dobj", 30), ("before", "before", "SCONJ", "mark", 36),
        ("the", "the", "DET", "det", 35), ("talks", "talk", "NOUN", "nsubj", 36),
        ("end", "end", "VERB", "advcl", 30), (".", ".", "PUNCT", "punct", 30),
        ("”", '"', "PUNCT", "punct", 30),
    ]  # fmt: skip
    ann = annotation(text, spec, [("Vrana", "PERSON")])
    breaks = (Sentence(0, 41), Sentence(42, 91), Sentence(93, len(text)))
    (quote,) = quotes_of(text, replace(ann, sentences=breaks))
    assert quote.speaker_name == "Vrana" and len(quote.pieces) == 3


LONG_ATTRIBUTION = (
    "“We will stay,” Vrana told the Meridian Wire in a long interview.\n\n{next}“Not one man"
    " will leave.”"
)


def _long_attribution_spec(opening: Spec) -> Spec:
    root = 15 + len(opening)
    return [
        ("“", '"', "PUNCT", "punct", 3), ("We", "we", "PRON", "nsubj", 3),
        ("will", "will", "AUX", "aux", 3), ("stay", "stay", "VERB", "ccomp", 7),
        (",", ",", "PUNCT", "punct", 7), ("”", '"', "PUNCT", "punct", 7),
        ("Vrana", "Vrana", "PROPN", "nsubj", 7), ("told", "tell", "VERB", "ROOT", 7),
        ("the", "the", "DET", "det", 10), ("Meridian", "Meridian", "PROPN", "compound", 10),
        ("Wire", "Wire", "PROPN", "dobj", 7), ("in", "in", "ADP", "prep", 7),
        ("a", "a", "DET", "det", 14), ("long", "long", "ADJ", "amod", 14),
        ("interview", "interview", "NOUN", "pobj", 11), (".", ".", "PUNCT", "punct", 7),
        *opening,
        ("“", '"', "PUNCT", "punct", root + 4), ("Not", "not", "PART", "neg", root + 3),
        ("one", "one", "NUM", "nummod", root + 3), ("man", "man", "NOUN", "nsubj", root + 5),
        ("will", "will", "AUX", "aux", root + 5), ("leave", "leave", "VERB", "ROOT", root + 5),
        (".", ".", "PUNCT", "punct", root + 5), ("”", '"', "PUNCT", "punct", root + 5),
    ]  # fmt: skip


def test_a_quote_opening_the_paragraph_after_a_long_attribution_is_the_same_quote() -> None:
    text = LONG_ATTRIBUTION.format(next="")
    ann = annotation(text, _long_attribution_spec([]), [("Vrana", "PERSON")])
    (quote,) = quotes_of(text, ann)
    assert quote.speaker_name == "Vrana" and quote.text == "We will stay … Not one man will leave."


def test_narration_opening_the_next_paragraph_ends_the_quote() -> None:
    text = LONG_ATTRIBUTION.format(next="Then Vrana left: ")
    opening: Spec = [
        ("Then", "then", "ADV", "advmod", 18), ("Vrana", "Vrana", "PROPN", "nsubj", 18),
        ("left", "leave", "VERB", "ROOT", 18), (":", ":", "PUNCT", "punct", 18),
    ]  # fmt: skip
    ann = annotation(text, _long_attribution_spec(opening), [("Vrana", "PERSON")] * 2)
    first, *_ = quotes_of(text, ann)
    assert first.text == "We will stay"


def test_reported_words_never_show_half_their_quotation_marks() -> None:
    text = "Trump added that Zelenskiy “understands that.”"
    spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("added", "add", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4), ("Zelenskiy", "Zelenskiy", "PROPN", "nsubj", 4),
        ("understands", "understand", "VERB", "ccomp", 1), ("that", "that", "PRON", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Trump", "PERSON")]))
    assert quote.text == "that Zelenskiy “understands that.”"
    assert text[quote.start : quote.end] == quote.text


def test_a_split_quotes_first_piece_is_kept_however_short() -> None:
    text = "“Judge,” Brafman said, “I have seen nothing like it.”"
    spec: Spec = [
        ("Judge", "Judge", "PROPN", "dep", 2), ("Brafman", "Brafman", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2), ("I", "I", "PRON", "nsubj", 5),
        ("have", "have", "AUX", "aux", 5), ("seen", "see", "VERB", "ccomp", 2),
        ("nothing", "nothing", "PRON", "dobj", 5), ("like", "like", "ADP", "prep", 6),
        ("it", "it", "PRON", "pobj", 7), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Brafman", "PERSON")]))
    assert quote.text.startswith("Judge") and quote.text.endswith("like it.")
    assert quote.speaker_name == "Brafman"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"For me," Mr. Bruner concluded, "he was like the big cheese on the court."', "Mr. "),
        ("''For me,'' Bruner concluded, ''he was like the big cheese on the court.''", ""),
    ],
)
def test_a_split_quotes_first_piece_counts_past_a_title_and_two_character_marks(
    text: str, title: str
) -> None:
    spec: Spec = [
        ("For", "for", "ADP", "prep", 4 if title else 3), ("me", "I", "PRON", "pobj", 0),
        *([("Mr.", "Mr.", "PROPN", "compound", 3)] if title else []),
        ("Bruner", "Bruner", "PROPN", "nsubj", 4 if title else 3),
        ("concluded", "conclude", "VERB", "ROOT", 4 if title else 3),
        ("he", "he", "PRON", "nsubj", 6 if title else 5),
        ("was", "be", "AUX", "ccomp", 4 if title else 3),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Bruner", "PERSON")]))
    assert quote.text.startswith("For me") and quote.text.endswith("on the court.")
    assert quote.speaker_name == "Bruner"


def test_quoted_words_ending_a_that_clause_are_reported_from_its_that() -> None:
    # the parse hangs the quoted clause on "debate": the words are still what was argued
    text = (
        "Clinton argued for the second debate that “if everyone had voted as he voted, we "
        "would not have rescued the auto industry.”"
    )
    spec: Spec = [
        ("Clinton", "Clinton", "PROPN", "nsubj", 1), ("argued", "argue", "VERB", "ROOT", 1),
        ("for", "for", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
        ("second", "second", "ADJ", "amod", 5), ("debate", "debate", "NOUN", "pobj", 2),
        ("that", "that", "SCONJ", "mark", 11), ("if", "if", "SCONJ", "mark", 9),
        ("everyone", "everyone", "PRON", "nsubj", 9), ("voted", "vote", "VERB", "advcl", 11),
        ("we", "we", "PRON", "nsubj", 11), ("rescued", "rescue", "VERB", "relcl", 5),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Clinton", "PERSON")]))
    assert quote.text.startswith("that “if everyone") and quote.speaker_name == "Clinton"
    assert not quote.direct  # the narrator's "that" is no word of Clinton's


def test_quoted_words_ending_the_cues_object_are_reported_with_the_object() -> None:
    text = "She calls her “an extremely intelligent woman with a wonderful resume.”"
    spec: Spec = [
        ("She", "she", "PRON", "nsubj", 1), ("calls", "call", "VERB", "ROOT", 1),
        ("her", "she", "PRON", "poss", 6), ("an", "an", "DET", "det", 6),
        ("extremely", "extremely", "ADV", "advmod", 5),
        ("intelligent", "intelligent", "ADJ", "amod", 6), ("woman", "woman", "NOUN", "dobj", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec))
    assert quote.text == "her “an extremely intelligent woman with a wonderful resume.”"
    assert not quote.direct


def test_an_apostrophe_in_the_object_is_no_quotation_mark_before_the_quote() -> None:
    text = "She praised her brother's “deep and genuine faith.”"
    spec: Spec = [
        ("She", "she", "PRON", "nsubj", 1), ("praised", "praise", "VERB", "ROOT", 1),
        ("her", "she", "PRON", "poss", 3), ("brother", "brother", "NOUN", "poss", 8),
        ("'s", "'s", "PART", "case", 3), ("deep", "deep", "ADJ", "amod", 8),
        ("and", "and", "CCONJ", "cc", 5), ("genuine", "genuine", "ADJ", "conj", 5),
        ("faith", "faith", "NOUN", "dobj", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec))
    assert quote.text == "her brother's “deep and genuine faith.”"


def test_a_sentence_ending_in_a_colon_introduces_the_quote_after_it_only() -> None:
    text = (
        "“We will win this race and then we will win it well,” Tenney said. "
        "“Every one of them is against us and we will still win”. She went on to say: "
        "“Nobody backs us now.”"
    )
    spec: Spec = [
        ("We", "we", "PRON", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
        ("win", "win", "VERB", "ccomp", 4), ("Tenney", "Tenney", "PROPN", "nsubj", 4),
        ("said", "say", "VERB", "ROOT", 4),
        ("Every", "every", "DET", "det", 6), ("one", "one", "NUM", "nsubj", 7),
        ("is", "be", "AUX", "ROOT", 7),
        ("She", "she", "PRON", "nsubj", 9), ("went", "go", "VERB", "ROOT", 9),
        ("to", "to", "PART", "aux", 11), ("say", "say", "VERB", "xcomp", 9),
        ("Nobody", "nobody", "PRON", "nsubj", 13), ("backs", "back", "VERB", "ROOT", 13),
    ]  # fmt: skip
    found = quotes_of(text, annotation(text, spec, [("Tenney", "PERSON")]))
    before = [q for q in found if "Every one" in q.text]
    assert len(before) == 1 and before[0].cue == "said"  # goes on from Tenney's, not "went"


def test_a_question_asked_by_the_subject_is_their_quote() -> None:
    text = "Trump spotted a sign and asked it to be fetched."
    spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("spotted", "spot", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("sign", "sign", "NOUN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 1), ("asked", "ask", "VERB", "conj", 1),
        ("it", "it", "PRON", "dobj", 5), ("to", "to", "PART", "aux", 9),
        ("be", "be", "AUX", "auxpass", 9), ("fetched", "fetch", "VERB", "xcomp", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = reported(text, spec, [("Trump", "PERSON")])
    assert (quote.text, quote.speaker_name) == ("to be fetched", "Trump")


def test_an_if_clause_after_a_verb_of_asking_is_the_question() -> None:
    text = "Then Rubin asked the students if they were serious."
    spec: Spec = [
        ("Then", "then", "ADV", "advmod", 2), ("Rubin", "Rubin", "PROPN", "nsubj", 2),
        ("asked", "ask", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
        ("students", "student", "NOUN", "dobj", 2), ("if", "if", "SCONJ", "mark", 7),
        ("they", "they", "PRON", "nsubj", 7), ("were", "be", "AUX", "advcl", 2),
        ("serious", "serious", "ADJ", "acomp", 7), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    (quote,) = reported(text, spec, [("Rubin", "PERSON")])
    assert (quote.text, quote.speaker_name) == ("if they were serious", "Rubin")


def test_an_if_clause_after_asking_someone_to_act_is_a_condition() -> None:
    text = "Rubin asked people to clap if they agreed."
    spec: Spec = [
        ("Rubin", "Rubin", "PROPN", "nsubj", 1), ("asked", "ask", "VERB", "ROOT", 1),
        ("people", "people", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
        ("clap", "clap", "VERB", "xcomp", 1), ("if", "if", "SCONJ", "mark", 7),
        ("they", "they", "PRON", "nsubj", 7), ("agreed", "agree", "VERB", "advcl", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    found = reported(text, spec, [("Rubin", "PERSON")])
    assert all("if they agreed" not in q.text for q in found)


def test_who_is_urged_to_say_something_says_it() -> None:
    text = "Ayotte urged Sessions to tell Trump to drop the attacks."
    spec: Spec = [
        ("Ayotte", "Ayotte", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
        ("Sessions", "Sessions", "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
        ("tell", "tell", "VERB", "xcomp", 1), ("Trump", "Trump", "PROPN", "dobj", 4),
        ("to", "to", "PART", "aux", 7), ("drop", "drop", "VERB", "xcomp", 4),
        ("the", "the", "DET", "det", 9), ("attacks", "attack", "NOUN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    mentions = [("Ayotte", "PERSON"), ("Sessions", "PERSON"), ("Trump", "PERSON")]
    told = [q for q in reported(text, spec, mentions) if q.cue.startswith("tell")]
    assert [q.speaker_name for q in told] == ["Sessions"]


def test_a_name_joined_to_the_subject_by_as_well_as_speaks() -> None:
    text = "Morrow, as well as other officials, suggest that they can back out."
    spec: Spec = [
        ("Morrow", "Morrow", "PROPN", "advmod", 8), (",", ",", "PUNCT", "punct", 0),
        ("as", "as", "ADV", "advmod", 4), ("well", "well", "ADV", "advmod", 4),
        ("as", "as", "ADP", "cc", 0), ("other", "other", "ADJ", "amod", 6),
        ("officials", "official", "NOUN", "nsubj", 8), (",", ",", "PUNCT", "punct", 8),
        ("suggest", "suggest", "VERB", "ROOT", 8), ("that", "that", "SCONJ", "mark", 12),
        ("they", "they", "PRON", "nsubj", 12), ("can", "can", "AUX", "aux", 12),
        ("back", "back", "VERB", "ccomp", 8), ("out", "out", "ADP", "prt", 12),
        (".", ".", "PUNCT", "punct", 8),
    ]  # fmt: skip
    (quote,) = reported(text, spec, [("Morrow", "ORG")])
    assert quote.speaker_name == "Morrow"


def test_a_clause_set_against_the_report_by_while_is_a_second_attribution() -> None:
    text = "Aides said the plan worked, while other voters said they were unsure."
    spec: Spec = [
        ("Aides", "aide", "NOUN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("plan", "plan", "NOUN", "nsubj", 4),
        ("worked", "work", "VERB", "ccomp", 1), (",", ",", "PUNCT", "punct", 4),
        ("while", "while", "SCONJ", "mark", 9), ("other", "other", "ADJ", "amod", 8),
        ("voters", "voter", "NOUN", "nsubj", 9), ("said", "say", "VERB", "advcl", 4),
        ("they", "they", "PRON", "nsubj", 11), ("were", "be", "AUX", "ccomp", 9),
        ("unsure", "unsure", "ADJ", "acomp", 11), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert [q.text for q in reported(text, spec)] == ["the plan worked", "they were unsure"]


def test_a_list_going_on_after_a_comma_is_no_gloss() -> None:
    text = "He said they differ on Israel, the nuclear deal and the court."
    spec: Spec = [
        ("He", "he", "PRON", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("they", "they", "PRON", "nsubj", 3), ("differ", "differ", "VERB", "ccomp", 1),
        ("on", "on", "ADP", "prep", 3), ("Israel", "Israel", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 5), ("the", "the", "DET", "det", 9),
        ("nuclear", "nuclear", "ADJ", "amod", 9), ("deal", "deal", "NOUN", "appos", 5),
        ("and", "and", "CCONJ", "cc", 9), ("the", "the", "DET", "det", 12),
        ("court", "court", "NOUN", "conj", 9), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = reported(text, spec, [("Israel", "GPE")])
    assert quote.text == "they differ on Israel, the nuclear deal and the court"


def test_a_condition_opening_the_sentence_before_a_parenthetical_cue_is_quoted() -> None:
    text = "If prices fall, Vrana said, “the plan will fail.”"
    spec: Spec = [
        ("If", "if", "SCONJ", "mark", 2), ("prices", "price", "NOUN", "nsubj", 2),
        ("fall", "fall", "VERB", "advcl", 5), (",", ",", "PUNCT", "punct", 5),
        ("Vrana", "Vrana", "PROPN", "nsubj", 5), ("said", "say", "VERB", "ROOT", 5),
        (",", ",", "PUNCT", "punct", 5), ("“", "“", "PUNCT", "punct", 5),
        ("the", "the", "DET", "det", 9), ("plan", "plan", "NOUN", "nsubj", 11),
        ("will", "will", "AUX", "aux", 11), ("fail", "fail", "VERB", "ccomp", 5),
        (".", ".", "PUNCT", "punct", 5), ("”", "”", "PUNCT", "punct", 5),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")]))
    assert quote.pieces[0] == (0, text.index(","))  # "If prices fall"
    assert quote.text.endswith("the plan will fail.") and quote.speaker_name == "Vrana"


def test_who_speaks_after_the_closing_mark_is_no_part_of_the_quote() -> None:
    text = "“We will stay,” another friend, Mara Vrana told CNN."
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 3), ("We", "we", "PRON", "nsubj", 3),
        ("will", "will", "AUX", "aux", 3), ("stay", "stay", "VERB", "ccomp", 11),
        (",", ",", "PUNCT", "punct", 3), ("”", "”", "PUNCT", "punct", 3),
        ("another", "another", "DET", "det", 7), ("friend", "friend", "NOUN", "attr", 3),
        (",", ",", "PUNCT", "punct", 11), ("Mara", "Mara", "PROPN", "compound", 10),
        ("Vrana", "Vrana", "PROPN", "nsubj", 11), ("told", "tell", "VERB", "ROOT", 11),
        ("CNN", "CNN", "PROPN", "dobj", 11), (".", ".", "PUNCT", "punct", 11),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Mara Vrana", "PERSON")]))
    assert (quote.text, quote.speaker_name) == ("We will stay", "Mara Vrana")


def test_a_name_before_the_cue_speaks_past_a_quoted_word() -> None:
    text = "“We lost,” Texas delegate Bill Eastland, wearing “Cruz” pins, said."
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 2), ("We", "we", "PRON", "nsubj", 2),
        ("lost", "lose", "VERB", "ccomp", 16), (",", ",", "PUNCT", "punct", 2),
        ("”", "”", "PUNCT", "punct", 2), ("Texas", "Texas", "PROPN", "compound", 6),
        ("delegate", "delegate", "NOUN", "compound", 8), ("Bill", "Bill", "PROPN", "compound", 8),
        ("Eastland", "Eastland", "PROPN", "npadvmod", 2), (",", ",", "PUNCT", "punct", 2),
        ("wearing", "wear", "VERB", "advcl", 2), ("“", "“", "PUNCT", "punct", 12),
        ("Cruz", "Cruz", "PROPN", "compound", 14), ("”", "”", "PUNCT", "punct", 12),
        ("pins", "pin", "NOUN", "dobj", 10), (",", ",", "PUNCT", "punct", 16),
        ("said", "say", "VERB", "ROOT", 16), (".", ".", "PUNCT", "punct", 16),
    ]  # fmt: skip
    mentions = [("Bill Eastland", "PERSON"), ("Cruz", "PERSON")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert (quote.text, quote.speaker_name) == ("We lost", "Bill Eastland")


def test_quoted_words_inside_a_reported_clause_are_what_its_cue_reports() -> None:
    text = "Clinton said that her campaign would continue “to break barriers” across the nation."
    spec: Spec = [
        ("Clinton", "Clinton", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 6), ("her", "her", "PRON", "poss", 4),
        ("campaign", "campaign", "NOUN", "nsubj", 6), ("would", "would", "AUX", "aux", 6),
        ("continue", "continue", "VERB", "ccomp", 1), ("“", "“", "PUNCT", "punct", 9),
        ("to", "to", "PART", "aux", 9), ("break", "break", "VERB", "xcomp", 6),
        ("barriers", "barrier", "NOUN", "dobj", 9), ("”", "”", "PUNCT", "punct", 9),
        ("across", "across", "ADP", "prep", 6), ("the", "the", "DET", "det", 14),
        ("nation", "nation", "NOUN", "pobj", 12), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Clinton", "PERSON")]))
    assert [(q.cue, q.speaker_name) for q in quotes] == [("said", "Clinton")]
    assert (
        quotes[0].text == "that her campaign would continue “to break barriers” across the nation"
    )


def test_a_clause_in_brackets_closing_the_report_is_the_writers_aside() -> None:
    text = "Vrana said the talks will fail (a view his aides do not share)."
    spec: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("talks", "talk", "NOUN", "nsubj", 5),
        ("will", "will", "AUX", "aux", 5), ("fail", "fail", "VERB", "ccomp", 1),
        ("(", "(", "PUNCT", "punct", 8), ("a", "a", "DET", "det", 8),
        ("view", "view", "NOUN", "dep", 5), ("his", "his", "PRON", "poss", 10),
        ("aides", "aide", "NOUN", "nsubj", 13), ("do", "do", "AUX", "aux", 13),
        ("not", "not", "PART", "neg", 13), ("share", "share", "VERB", "relcl", 8),
        (")", ")", "PUNCT", "punct", 8), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = reported(text, spec, [("Vrana", "PERSON")])
    assert quote.text == "the talks will fail"


def test_a_capitalised_title_before_a_named_apposition_is_the_named_person() -> None:
    text = "Foreign Minister Pavel Vrana, who led the team, wrote that talks would go on."
    spec: Spec = [
        ("Foreign", "Foreign", "PROPN", "compound", 1),
        ("Minister", "Minister", "PROPN", "nsubj", 9),
        ("Pavel", "Pavel", "PROPN", "compound", 3), ("Vrana", "Vrana", "PROPN", "appos", 1),
        (",", ",", "PUNCT", "punct", 1), ("who", "who", "PRON", "nsubj", 6),
        ("led", "lead", "VERB", "relcl", 1), ("the", "the", "DET", "det", 8),
        ("team", "team", "NOUN", "dobj", 6), ("wrote", "write", "VERB", "ROOT", 9),
        ("that", "that", "SCONJ", "mark", 13), ("talks", "talk", "NOUN", "nsubj", 13),
        ("would", "would", "AUX", "aux", 13), ("go", "go", "VERB", "ccomp", 9),
        ("on", "on", "ADP", "prt", 13), (".", ".", "PUNCT", "punct", 9),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Pavel Vrana", "PERSON")]))
    assert quote.speaker_name == "Pavel Vrana"


def test_a_reported_clause_opening_straight_quotation_marks_closes_them() -> None:
    text = 'Vrana said that Orvenia "remains committed to peace."'
    spec: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 5), ("Orvenia", "Orvenia", "PROPN", "nsubj", 5),
        ('"', '"', "PUNCT", "punct", 5), ("remains", "remain", "VERB", "ccomp", 1),
        ("committed", "committed", "ADJ", "acomp", 5), ("to", "to", "ADP", "prep", 6),
        ("peace", "peace", "NOUN", "pobj", 7), (".", ".", "PUNCT", "punct", 5),
        ('"', '"', "PUNCT", "punct", 1),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")]))
    assert [q.text for q in quotes if q.speaker_name == "Vrana"] == [
        'that Orvenia "remains committed to peace."'
    ]


def test_a_cue_closing_the_sentence_with_its_subject_after_it_attributes_the_sentence() -> None:
    text = "The plant would then be run by Lisvania, writes Meridian Wire."
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("plant", "plant", "NOUN", "nsubjpass", 5),
        ("would", "would", "AUX", "aux", 5), ("then", "then", "ADV", "advmod", 5),
        ("be", "be", "AUX", "auxpass", 5), ("run", "run", "VERB", "ROOT", 5),
        ("by", "by", "ADP", "agent", 5), ("Lisvania", "Lisvania", "PROPN", "pobj", 6),
        (",", ",", "PUNCT", "punct", 5), ("writes", "write", "VERB", "conj", 5),
        ("Meridian", "Meridian", "PROPN", "compound", 11), ("Wire", "Wire", "PROPN", "nsubj", 9),
        (".", ".", "PUNCT", "punct", 5),
    ]  # fmt: skip
    mentions = [("Lisvania", "GPE"), ("Meridian Wire", "ORG")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert (quote.text, quote.speaker_name) == (
        "The plant would then be run by Lisvania",
        "Meridian Wire",
    )


def test_a_named_subjects_clause_ending_in_a_colon_introduces_a_short_quote() -> None:
    text = 'Vrana criticized the strike on Telegram: "Orvenia, STOP!"'
    spec: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("criticized", "criticize", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("strike", "strike", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 3), ("Telegram", "Telegram", "PROPN", "pobj", 4),
        (":", ":", "PUNCT", "punct", 1), ('"', '"', "PUNCT", "punct", 10),
        ("Orvenia", "Orvenia", "PROPN", "npadvmod", 10), (",", ",", "PUNCT", "punct", 10),
        ("STOP", "stop", "VERB", "dep", 1), ("!", "!", "PUNCT", "punct", 10),
        ('"', '"', "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")]))
    assert (quote.text, quote.speaker_name) == ("Orvenia, STOP!", "Vrana")


def test_a_label_after_a_colon_is_no_quote() -> None:
    text = 'Vrana can add a new title to his resume: "river diplomat."'
    spec: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 2), ("can", "can", "AUX", "aux", 2),
        ("add", "add", "VERB", "ROOT", 2), ("a", "a", "DET", "det", 5),
        ("new", "new", "ADJ", "amod", 5), ("title", "title", "NOUN", "dobj", 2),
        ("to", "to", "ADP", "prep", 2), ("his", "his", "PRON", "poss", 8),
        ("resume", "resume", "NOUN", "pobj", 6), (":", ":", "PUNCT", "punct", 2),
        ('"', '"', "PUNCT", "punct", 12), ("river", "river", "NOUN", "compound", 12),
        ("diplomat", "diplomat", "NOUN", "appos", 8), (".", ".", "PUNCT", "punct", 2),
        ('"', '"', "PUNCT", "punct", 2),
    ]  # fmt: skip
    assert quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")])) == ()


def test_a_name_glued_to_the_state_of_a_titles_of_phrase_holds_the_title() -> None:
    text = "The president of Kestria Pavel Vrana declared that talks would go on."
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("president", "president", "NOUN", "nsubj", 6),
        ("of", "of", "ADP", "prep", 1), ("Kestria", "Kestria", "PROPN", "compound", 5),
        ("Pavel", "Pavel", "PROPN", "compound", 5), ("Vrana", "Vrana", "PROPN", "pobj", 2),
        ("declared", "declare", "VERB", "ROOT", 6), ("that", "that", "SCONJ", "mark", 10),
        ("talks", "talk", "NOUN", "nsubj", 10), ("would", "would", "AUX", "aux", 10),
        ("go", "go", "VERB", "ccomp", 6), ("on", "on", "ADP", "prt", 10),
        (".", ".", "PUNCT", "punct", 6),
    ]  # fmt: skip
    mentions = [("Kestria", "GPE"), ("Pavel Vrana", "PERSON")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "Pavel Vrana"


_GLUED_TO_A_DOMAIN: Spec = [
    ("The", "the", "DET", "det", 1), ("head", "head", "NOUN", "nsubj", 7),
    ("of", "of", "ADP", "prep", 1), ("Kestrian", "kestrian", "ADJ", "amod", 4),
    ("diplomacy", "diplomacy", "NOUN", "compound", 6),
    ("Siergiej", "Siergiej", "PROPN", "compound", 6),
    ("Ławrow", "Ławrow", "PROPN", "pobj", 2), ("said", "say", "VERB", "ROOT", 7),
    ("that", "that", "SCONJ", "mark", 11), ("Kestria", "Kestria", "PROPN", "nsubj", 11),
    ("is", "be", "AUX", "ccomp", 7), ("ready", "ready", "ADJ", "acomp", 10),
    (".", ".", "PUNCT", "punct", 7),
]  # fmt: skip


@pytest.mark.parametrize(("name", "label", "speaker"), [
    ("Siergiej Ławrow", "ORG", "Siergiej Ławrow"),  # a translated spelling the NER missed
    ("Siergiej Ławrow", "PERSON", "Siergiej Ławrow"),
    ("Siergiej NATO", "ORG", None),  # an acronym: no person's name
])  # fmt: skip
def test_a_person_shaped_name_glued_to_a_titles_domain_holds_the_title(
    name: str, label: str, speaker: str | None
) -> None:
    text = f"The head of Kestrian diplomacy {name} said that Kestria is ready."
    spec = [
        (name.split()[1], *row[1:]) if row[0] == "Ławrow" else row for row in _GLUED_TO_A_DOMAIN
    ]
    mentions = [("Kestrian", "NORP"), (name, label), ("Kestria", "GPE")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == speaker


def test_a_verb_of_saying_taken_for_an_adjective_after_a_quote_attributes_it() -> None:
    text = '"The talks will go on" - stated Vrana.'
    spec: Spec = [
        ('"', '"', "PUNCT", "punct", 4), ("The", "the", "DET", "det", 2),
        ("talks", "talk", "NOUN", "nsubj", 4), ("will", "will", "AUX", "aux", 4),
        ("go", "go", "VERB", "ROOT", 4), ("on", "on", "ADP", "prt", 4),
        ('"', '"', "PUNCT", "punct", 4), ("-", "-", "PUNCT", "punct", 4),
        ("stated", "state", "VERB", "amod", 9), ("Vrana", "Vrana", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")]))
    assert (quote.text, quote.speaker_name) == ("The talks will go on", "Vrana")


def test_a_verb_of_saying_that_makes_a_deal_is_no_cue() -> None:
    text = 'Vrana said Orvenia is ready to conclude an agreement, but "details remain open".'
    spec: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("Orvenia", "Orvenia", "PROPN", "nsubj", 3), ("is", "be", "AUX", "ccomp", 1),
        ("ready", "ready", "ADJ", "acomp", 3), ("to", "to", "PART", "aux", 6),
        ("conclude", "conclude", "VERB", "xcomp", 4), ("an", "an", "DET", "det", 8),
        ("agreement", "agreement", "NOUN", "dobj", 6), (",", ",", "PUNCT", "punct", 3),
        ("but", "but", "CCONJ", "cc", 3), ('"', '"', "PUNCT", "punct", 13),
        ("details", "detail", "NOUN", "nsubj", 13), ("remain", "remain", "VERB", "conj", 3),
        ("open", "open", "ADJ", "acomp", 13), ('"', '"', "PUNCT", "punct", 13),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Vrana", "PERSON"), ("Orvenia", "GPE")]))
    assert [(q.cue, q.speaker_name) for q in quotes] == [("said", "Vrana")]


def test_he_after_an_unnamed_persons_words_is_that_person_not_the_last_one_named() -> None:
    text = (
        "Vrana said talks would go on. A senior official told reporters that talks had "
        'stalled. "We learn everything from the news," he said.'
    )
    spec: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("talks", "talk", "NOUN", "nsubj", 4), ("would", "would", "AUX", "aux", 4),
        ("go", "go", "VERB", "ccomp", 1), ("on", "on", "ADP", "prt", 4),
        (".", ".", "PUNCT", "punct", 1),
        ("A", "a", "DET", "det", 9), ("senior", "senior", "ADJ", "amod", 9),
        ("official", "official", "NOUN", "nsubj", 10), ("told", "tell", "VERB", "ROOT", 10),
        ("reporters", "reporter", "NOUN", "dobj", 10), ("that", "that", "SCONJ", "mark", 15),
        ("talks", "talk", "NOUN", "nsubj", 15), ("had", "have", "AUX", "aux", 15),
        ("stalled", "stall", "VERB", "ccomp", 10), (".", ".", "PUNCT", "punct", 10),
        ('"', '"', "PUNCT", "punct", 19), ("We", "we", "PRON", "nsubj", 19),
        ("learn", "learn", "VERB", "ccomp", 27), ("everything", "everything", "PRON", "dobj", 19),
        ("from", "from", "ADP", "prep", 19), ("the", "the", "DET", "det", 23),
        ("news", "news", "NOUN", "pobj", 21), (",", ",", "PUNCT", "punct", 19),
        ('"', '"', "PUNCT", "punct", 27), ("he", "he", "PRON", "nsubj", 27),
        ("said", "say", "VERB", "ROOT", 27), (".", ".", "PUNCT", "punct", 27),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Vrana", "PERSON")]))
    (words,) = [q for q in quotes if q.text == "We learn everything from the news"]
    assert words.speaker_name is None


def test_asking_not_to_be_named_is_no_quote() -> None:
    text = "The official asked not to be named."
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("official", "official", "NOUN", "nsubj", 2),
        ("asked", "ask", "VERB", "ROOT", 2), ("not", "not", "PART", "neg", 6),
        ("to", "to", "PART", "aux", 6), ("be", "be", "AUX", "auxpass", 6),
        ("named", "name", "VERB", "xcomp", 2), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    assert quotes_of(text, annotation(text, spec)) == ()


# "The army will stay in the valley. This was stated by Defence Minister Ivo Brandt on Friday."
STATED_BY: Spec = [
    ("The", "the", "DET", "det", 1), ("army", "army", "NOUN", "nsubj", 3),
    ("will", "will", "AUX", "aux", 3), ("stay", "stay", "VERB", "ROOT", 3),
    ("in", "in", "ADP", "prep", 3), ("the", "the", "DET", "det", 6),
    ("valley", "valley", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 3),
    ("This", "this", "PRON", "nsubjpass", 10), ("was", "be", "AUX", "auxpass", 10),
    ("stated", "state", "VERB", "ROOT", 10), ("by", "by", "ADP", "agent", 10),
    ("Defence", "Defence", "PROPN", "compound", 13),
    ("Minister", "Minister", "PROPN", "compound", 15),
    ("Ivo", "Ivo", "PROPN", "compound", 15), ("Brandt", "Brandt", "PROPN", "pobj", 11),
    ("on", "on", "ADP", "prep", 10), ("Friday", "Friday", "PROPN", "pobj", 16),
    (".", ".", "PUNCT", "punct", 10),
]  # fmt: skip
# "The army will stay in the valley. Ivo Brandt said this in Tarn. The army proposed this too."
SAID_THIS: Spec = [
    *STATED_BY[:8],
    ("Ivo", "Ivo", "PROPN", "compound", 9), ("Brandt", "Brandt", "PROPN", "nsubj", 10),
    ("said", "say", "VERB", "ROOT", 10), ("this", "this", "PRON", "dobj", 10),
    ("in", "in", "ADP", "prep", 10), ("Tarn", "Tarn", "PROPN", "pobj", 12),
    (".", ".", "PUNCT", "punct", 10), ("The", "the", "DET", "det", 16),
    ("army", "army", "NOUN", "nsubj", 17), ("proposed", "propose", "VERB", "ROOT", 17),
    ("this", "this", "PRON", "dobj", 17), ("too", "too", "ADV", "advmod", 17),
    (".", ".", "PUNCT", "punct", 17),
]  # fmt: skip


def test_this_was_stated_by_a_person_gives_them_the_sentence_before() -> None:
    text = (
        "The army will stay in the valley. "
        "This was stated by Defence Minister Ivo Brandt on Friday."
    )
    ann = annotation(text, STATED_BY, [("Ivo Brandt", "PERSON")])
    (quote,) = quotes_of(text, ann)
    assert (quote.text, quote.speaker_name, quote.direct) == (
        "The army will stay in the valley",
        "Ivo Brandt",
        False,
    )


def test_said_this_lends_the_sentence_before_but_proposed_this_does_not() -> None:
    text = (
        "The army will stay in the valley. Ivo Brandt said this in Tarn. "
        "The army proposed this too."
    )
    (quote,) = quotes_of(text, annotation(text, SAID_THIS, [("Ivo Brandt", "PERSON")]))
    assert (quote.text, quote.speaker_name) == ("The army will stay in the valley", "Ivo Brandt")


def test_a_medium_described_before_its_name_is_the_named_medium() -> None:
    text = "According to the server Fjordposten, the ferry will run on Monday."
    spec: Spec = [
        ("According", "accord", "VERB", "prep", 9), ("to", "to", "ADP", "prep", 0),
        ("the", "the", "DET", "det", 3), ("server", "server", "NOUN", "pobj", 1),
        ("Fjordposten", "Fjordposten", "PROPN", "appos", 3), (",", ",", "PUNCT", "punct", 9),
        ("the", "the", "DET", "det", 7), ("ferry", "ferry", "NOUN", "nsubj", 9),
        ("will", "will", "AUX", "aux", 9), ("run", "run", "VERB", "ROOT", 9),
        ("on", "on", "ADP", "prep", 9), ("Monday", "Monday", "PROPN", "pobj", 10),
        (".", ".", "PUNCT", "punct", 9),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Fjordposten", "ORG")]))
    assert quote.speaker_name == "Fjordposten"


def test_a_verb_of_saying_taken_for_a_noun_closing_the_sentence_attributes_it() -> None:
    # the parse of a translated agency report: "reports" a noun hung from the clause it reports
    text = "Orvenia fired 66 missiles at the port, the Kestrian air force reports."
    spec: Spec = [
        ("Orvenia", "Orvenia", "PROPN", "nsubj", 1), ("fired", "fire", "VERB", "ROOT", 1),
        ("66", "66", "NUM", "nummod", 3), ("missiles", "missile", "NOUN", "dobj", 1),
        ("at", "at", "ADP", "prep", 1), ("the", "the", "DET", "det", 6),
        ("port", "port", "NOUN", "pobj", 4), (",", ",", "PUNCT", "punct", 1),
        ("the", "the", "DET", "det", 11), ("Kestrian", "kestrian", "ADJ", "amod", 11),
        ("air", "air", "NOUN", "compound", 11), ("force", "force", "NOUN", "compound", 12),
        ("reports", "report", "NOUN", "ccomp", 1), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Orvenia", "GPE")]))
    assert quote.text == "Orvenia fired 66 missiles at the port"
    assert text[quote.speaker_start : quote.speaker_end] == "the Kestrian air force"


def test_a_verb_of_saying_left_without_a_subject_speaks_through_the_phrase_before_it() -> None:
    # the parse hung "the state board" on "McCready" as an apposition, leaving "said" without
    # a subject; the nearest name before it, "Trump" of a relative clause, is no speaker
    text = "Bishop, whom Trump backed, led McCready, the state board of elections said."
    spec: Spec = [
        ("Bishop", "Bishop", "PROPN", "nsubj", 6), (",", ",", "PUNCT", "punct", 0),
        ("whom", "whom", "PRON", "dobj", 4), ("Trump", "Trump", "PROPN", "nsubj", 4),
        ("backed", "back", "VERB", "relcl", 0), (",", ",", "PUNCT", "punct", 0),
        ("led", "lead", "VERB", "ccomp", 14), ("McCready", "McCready", "PROPN", "dobj", 6),
        (",", ",", "PUNCT", "punct", 7), ("the", "the", "DET", "det", 11),
        ("state", "state", "NOUN", "compound", 11), ("board", "board", "NOUN", "appos", 7),
        ("of", "of", "ADP", "prep", 11), ("elections", "election", "NOUN", "pobj", 12),
        ("said", "say", "VERB", "ROOT", 14), (".", ".", "PUNCT", "punct", 14),
    ]  # fmt: skip
    mentions = [("Bishop", "PERSON"), ("Trump", "PERSON"), ("McCready", "PERSON")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name != "Trump"
    assert text[quote.speaker_start : quote.speaker_end].startswith("the state board")


def test_a_participle_describing_a_noun_speaks_for_the_noun_not_the_sentence_subject() -> None:
    text = "Trump bought the rights to a model's story claiming an affair with Trump."
    spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("bought", "buy", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("rights", "right", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1), ("a", "a", "DET", "det", 6),
        ("model", "model", "NOUN", "poss", 8), ("'s", "'s", "PART", "case", 6),
        ("story", "story", "NOUN", "pobj", 4), ("claiming", "claim", "VERB", "acl", 8),
        ("an", "an", "DET", "det", 11), ("affair", "affair", "NOUN", "dobj", 9),
        ("with", "with", "ADP", "prep", 11), ("Trump", "Trump", "PROPN", "pobj", 12),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Trump", "PERSON")]))
    claimed = [q for q in quotes if q.cue == "claiming"]
    assert claimed and all(q.speaker_name != "Trump" for q in claimed)
    assert text[claimed[0].speaker_start : claimed[0].speaker_end] == "a model"


def test_confirming_a_person_is_no_act_of_saying_inside_what_is_reported() -> None:
    # the parse made "confirming" the head of the reported clause and Barrett the subject of
    # "result": a cue there left "claimed" only the word "that"
    text = "Democrats claimed that confirming Barrett would result in chaos."
    spec: Spec = [
        ("Democrats", "Democrats", "PROPN", "nsubj", 1), ("claimed", "claim", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 3), ("confirming", "confirm", "VERB", "ccomp", 1),
        ("Barrett", "Barrett", "PROPN", "nsubj", 6), ("would", "would", "AUX", "aux", 6),
        ("result", "result", "VERB", "ccomp", 3), ("in", "in", "ADP", "prep", 6),
        ("chaos", "chaos", "NOUN", "pobj", 7), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    mentions = [("Democrats", "NORP"), ("Barrett", "PERSON")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.cue == "claimed"
    assert quote.text.endswith("confirming Barrett would result in chaos")


def test_a_noun_of_saying_ending_a_list_after_a_comma_is_no_cue() -> None:
    text = "Welcome to the season of the big, political personal finance promises."
    spec: Spec = [
        ("Welcome", "welcome", "VERB", "ROOT", 0), ("to", "to", "ADP", "prep", 0),
        ("the", "the", "DET", "det", 3), ("season", "season", "NOUN", "pobj", 1),
        ("of", "of", "ADP", "prep", 3), ("the", "the", "DET", "det", 11),
        ("big", "big", "ADJ", "amod", 11), (",", ",", "PUNCT", "punct", 11),
        ("political", "political", "ADJ", "amod", 10),
        ("personal", "personal", "ADJ", "amod", 10),
        ("finance", "finance", "NOUN", "compound", 11),
        ("promises", "promise", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 0),
    ]  # fmt: skip
    assert quotes_of(text, annotation(text, spec, [])) == ()


def test_said_this_reaches_back_to_a_paragraph_of_one_sentence_only() -> None:
    # translated agency copy sets one sentence per paragraph
    spec = SAID_THIS[:14]
    text = "The army will stay in the valley.\n\nIvo Brandt said this in Tarn."
    (quote,) = quotes_of(text, annotation(text, spec, [("Ivo Brandt", "PERSON")]))
    assert (quote.text, quote.speaker_name) == ("The army will stay in the valley", "Ivo Brandt")
    opening: Spec = [
        ("Troops", "troop", "NOUN", "nsubj", 1), ("moved", "move", "VERB", "ROOT", 1),
        ("north", "north", "ADV", "advmod", 1), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    shifted = [(w, lemma, pos, dep, head + 4) for w, lemma, pos, dep, head in spec]
    text = "Troops moved north. " + text  # the sentence before is not its paragraph's whole
    quotes = quotes_of(text, annotation(text, opening + shifted, [("Ivo Brandt", "PERSON")]))
    assert [q.text for q in quotes if q.speaker_name == "Ivo Brandt"] == []


def test_a_title_going_on_past_of_is_the_whole_speaker_phrase() -> None:
    text = "The head of state said that the talks go on."
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("head", "head", "NOUN", "nsubj", 4),
        ("of", "of", "ADP", "prep", 1), ("state", "state", "NOUN", "pobj", 2),
        ("said", "say", "VERB", "ROOT", 4), ("that", "that", "SCONJ", "mark", 8),
        ("the", "the", "DET", "det", 7), ("talks", "talk", "NOUN", "nsubj", 8),
        ("go", "go", "VERB", "ccomp", 4), ("on", "on", "ADP", "prt", 8),
        (".", ".", "PUNCT", "punct", 4),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec))
    assert text[quote.speaker_start : quote.speaker_end] == "The head of state"


def test_the_owner_of_what_a_verb_declares_is_not_its_speaker() -> None:
    text = "The resolution, declaring Kestria's river towns to be occupied, passed."
    spec: Spec = [
        ("The", "the", "DET", "det", 1),
        ("resolution", "resolution", "NOUN", "nsubj", 11),
        (",", ",", "PUNCT", "punct", 1),
        ("declaring", "declare", "VERB", "acl", 1),
        ("Kestria", "Kestria", "PROPN", "poss", 7),
        ("'s", "'s", "PART", "case", 4),
        ("river", "river", "NOUN", "compound", 7),
        ("towns", "town", "NOUN", "nsubj", 9),
        ("to", "to", "PART", "aux", 9),
        ("be occupied", "occupy", "VERB", "ccomp", 3),
        (",", ",", "PUNCT", "punct", 11),
        ("passed", "pass", "VERB", "ROOT", 11),
        (".", ".", "PUNCT", "punct", 11),
    ]
    found = quotes_of(text, annotation(text, spec, [("Kestria", "GPE")]))
    assert all(q.speaker_name != "Kestria" for q in found)  # whose towns, not who declares
    assert all(not q.text.startswith("'s") for q in found)


def test_a_person_at_a_firm_speaks_not_the_firm_where_the_parse_lost_the_subject() -> None:
    text = "The toll will rise, analyst Ilse Morrow at research firm Varna Data said."
    spec: Spec = [
        ("The", "the", "DET", "det", 1),
        ("toll", "toll", "NOUN", "nsubj", 3),
        ("will", "will", "AUX", "aux", 3),
        ("rise", "rise", "VERB", "ccomp", 13),
        (",", ",", "PUNCT", "punct", 3),
        ("analyst", "analyst", "NOUN", "compound", 7),
        ("Ilse", "Ilse", "PROPN", "compound", 7),
        ("Morrow", "Morrow", "PROPN", "dobj", 3),  # the parse's mistake: the subject is lost
        ("at", "at", "ADP", "prep", 3),
        ("research", "research", "NOUN", "compound", 10),
        ("firm", "firm", "NOUN", "compound", 12),
        ("Varna", "Varna", "PROPN", "compound", 12),
        ("Data", "Data", "PROPN", "pobj", 8),
        ("said", "say", "VERB", "ROOT", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]
    mentions = [("Ilse Morrow", "PERSON"), ("Varna Data", "ORG")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "Ilse Morrow"


def test_the_object_of_another_verb_right_before_the_cue_does_not_speak() -> None:
    text = "One of the officers who shot Morrow described the scene he found."
    spec: Spec = [
        ("One", "one", "NUM", "ROOT", 0),
        ("of", "of", "ADP", "prep", 0),
        ("the", "the", "DET", "det", 3),
        ("officers", "officer", "NOUN", "pobj", 1),
        ("who", "who", "PRON", "nsubj", 5),
        ("shot", "shoot", "VERB", "relcl", 3),
        ("Morrow", "Morrow", "PROPN", "dobj", 5),
        ("described", "describe", "VERB", "acl", 0),  # the parse's mistake
        ("the", "the", "DET", "det", 9),
        ("scene", "scene", "NOUN", "dobj", 7),
        ("he", "he", "PRON", "nsubj", 11),
        ("found", "find", "VERB", "relcl", 9),
        (".", ".", "PUNCT", "punct", 0),
    ]
    found = quotes_of(text, annotation(text, spec, [("Morrow", "PERSON")]))
    assert all(q.speaker_name != "Morrow" for q in found)  # the one shot is not who describes


def test_the_name_right_before_a_gerund_says_it() -> None:
    text = "Hunt teased a segment on the furor over Ilse Morrow saying she would run."
    spec: Spec = [
        ("Hunt", "Hunt", "PROPN", "nsubj", 1),
        ("teased", "tease", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("segment", "segment", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 6),
        ("furor", "furor", "NOUN", "pobj", 4),
        ("over", "over", "ADP", "prep", 6),
        ("Ilse", "Ilse", "PROPN", "compound", 9),
        ("Morrow", "Morrow", "PROPN", "pobj", 7),
        ("saying", "say", "VERB", "advcl", 1),
        ("she", "she", "PRON", "nsubj", 13),
        ("would", "would", "AUX", "aux", 13),
        ("run", "run", "VERB", "ccomp", 10),
        (".", ".", "PUNCT", "punct", 1),
    ]
    mentions = [("Hunt", "PERSON"), ("Ilse Morrow", "PERSON")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "Ilse Morrow"  # not Hunt, who only teased a segment


def test_a_question_pressed_is_the_questioners() -> None:
    text = "“It is negotiable,” Vrana said.\n\n“Would it be negotiable?” Morrow pressed."
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 7),
        ("It", "it", "PRON", "nsubj", 2),
        ("is", "be", "AUX", "ccomp", 7),
        ("negotiable", "negotiable", "ADJ", "acomp", 2),
        (",", ",", "PUNCT", "punct", 7),
        ("”", "”", "PUNCT", "punct", 7),
        ("Vrana", "Vrana", "PROPN", "nsubj", 7),
        ("said", "say", "VERB", "ROOT", 7),
        (".", ".", "PUNCT", "punct", 7),
        ("“", "“", "PUNCT", "punct", 12),
        ("Would", "would", "AUX", "aux", 12),
        ("it", "it", "PRON", "nsubj", 12),
        ("be", "be", "AUX", "ccomp", 17),
        ("negotiable", "negotiable", "ADJ", "acomp", 12),
        ("?", "?", "PUNCT", "punct", 12),
        ("”", "”", "PUNCT", "punct", 17),
        ("Morrow", "Morrow", "NOUN", "nsubj", 17),  # the tagger's slip: no name to it
        ("pressed", "press", "VERB", "ROOT", 17),
        (".", ".", "PUNCT", "punct", 17),
    ]
    mentions = [("Vrana", "PERSON")]
    found = quotes_of(text, annotation(text, spec, mentions))
    asked = [q for q in found if q.text.startswith("Would")]
    (quote,) = asked
    assert quote.speaker_name != "Vrana" and quote.cue == "pressed"  # not the one asked


def test_a_place_beside_the_place_of_a_phrase_does_not_speak() -> None:
    text = "“We waited for years,” Jan Daniloff, now 81 and retired in Aldmoor, Kestria, said."
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 2),
        ("We", "we", "PRON", "nsubj", 2),
        ("waited", "wait", "VERB", "ROOT", 2),
        ("for", "for", "ADP", "prep", 2),
        ("years", "year", "NOUN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 2),
        ("”", "”", "PUNCT", "punct", 2),
        ("Jan", "Jan", "PROPN", "compound", 8),
        ("Daniloff", "Daniloff", "PROPN", "nsubj", 12),
        (",", ",", "PUNCT", "punct", 8),
        ("now", "now", "ADV", "advmod", 11),
        ("81", "81", "NUM", "appos", 8),
        ("and", "and", "CCONJ", "cc", 11),
        ("retired", "retire", "VERB", "conj", 2),  # the parse's reading: no subject
        ("in", "in", "ADP", "prep", 13),
        ("Aldmoor", "Aldmoor", "PROPN", "pobj", 14),
        (",", ",", "PUNCT", "punct", 15),
        ("Kestria", "Kestria", "PROPN", "appos", 15),
        (",", ",", "PUNCT", "punct", 15),
        ("said", "say", "VERB", "conj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    mentions = [("Jan Daniloff", "PERSON"), ("Aldmoor", "GPE"), ("Kestria", "GPE")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "Jan Daniloff"  # not Kestria, where he lives


def test_a_person_the_parse_joins_to_a_place_still_speaks() -> None:
    text = "In Aldmoor, Ilse Morrow told a crowd that the talks would go on."
    spec: Spec = [
        ("In", "in", "ADP", "prep", 5),
        ("Aldmoor", "Aldmoor", "PROPN", "pobj", 0),
        (",", ",", "PUNCT", "punct", 1),
        ("Ilse", "Ilse", "PROPN", "compound", 4),
        ("Morrow", "Morrow", "PROPN", "conj", 1),
        ("told", "tell", "VERB", "ROOT", 5),
        ("a", "a", "DET", "det", 7),
        ("crowd", "crowd", "NOUN", "dobj", 5),
        ("that", "that", "SCONJ", "mark", 12),
        ("the", "the", "DET", "det", 10),
        ("talks", "talk", "NOUN", "nsubj", 12),
        ("would", "would", "AUX", "aux", 12),
        ("go", "go", "VERB", "ccomp", 5),
        ("on", "on", "ADP", "prt", 12),
        (".", ".", "PUNCT", "punct", 5),
    ]
    mentions = [("Aldmoor", "GPE"), ("Ilse Morrow", "PERSON")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "Ilse Morrow"


def test_a_noun_described_by_a_participle_is_the_one_accused() -> None:
    text = "Jan Vos, a contractor accused of spying on the army, was freed."
    spec: Spec = [
        ("Jan", "Jan", "PROPN", "compound", 1),
        ("Vos", "Vos", "PROPN", "nsubjpass", 13),
        (",", ",", "PUNCT", "punct", 1),
        ("a", "a", "DET", "det", 4),
        ("contractor", "contractor", "NOUN", "appos", 1),
        ("accused", "accuse", "VERB", "acl", 4),
        ("of", "of", "ADP", "prep", 5),
        ("spying", "spy", "VERB", "pcomp", 6),
        ("on", "on", "ADP", "prep", 7),
        ("the", "the", "DET", "det", 10),
        ("army", "army", "NOUN", "pobj", 8),
        (",", ",", "PUNCT", "punct", 1),
        ("was", "be", "AUX", "auxpass", 13),
        ("freed", "free", "VERB", "ROOT", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]
    # never Vos's words; and with no accuser named, nobody's: a legal status, no quote
    assert quotes_of(text, annotation(text, spec, [("Jan Vos", "PERSON")])) == ()


def test_a_clause_the_parse_cut_in_two_is_said_whole() -> None:
    text = "Kerry said the men released by Kestria were close to finishing their terms."
    spec: Spec = [
        ("Kerry", "Kerry", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("men", "man", "NOUN", "nsubj", 4),
        ("released", "release", "VERB", "ccomp", 1),
        ("by", "by", "ADP", "agent", 4),
        ("Kestria", "Kestria", "PROPN", "pobj", 5),
        ("were", "be", "AUX", "ccomp", 1),
        ("close", "close", "ADJ", "acomp", 7),
        ("to", "to", "ADP", "prep", 8),
        ("finishing", "finish", "VERB", "pcomp", 9),
        ("their", "their", "PRON", "poss", 12),
        ("terms", "term", "NOUN", "dobj", 10),
        (".", ".", "PUNCT", "punct", 1),
    ]
    mentions = [("Kerry", "PERSON"), ("Kestria", "GPE")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.text == "the men released by Kestria were close to finishing their terms"


def test_a_listener_alone_is_not_what_was_asked() -> None:
    text = "Asked again, Morrow shrugged. Then Vrana asked the ferry captain."
    spec: Spec = [
        ("Asked", "ask", "VERB", "advcl", 3),
        ("again", "again", "ADV", "advmod", 0),
        (",", ",", "PUNCT", "punct", 3),
        ("Morrow", "Morrow", "PROPN", "nsubj", 3),
        ("shrugged", "shrug", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
        ("Then", "then", "ADV", "advmod", 8),
        ("Vrana", "Vrana", "PROPN", "nsubj", 8),
        ("asked", "ask", "VERB", "ROOT", 8),
        ("the", "the", "DET", "det", 11),
        ("ferry", "ferry", "NOUN", "compound", 11),
        ("captain", "captain", "NOUN", "dobj", 8),
        (".", ".", "PUNCT", "punct", 8),
    ]
    mentions = [("Morrow", "PERSON"), ("Vrana", "PERSON")]
    assert reported(text, spec, mentions) == []  # whom he asked, not what


def test_a_cue_closing_the_sentence_after_a_comma_reports_the_clause_before() -> None:
    text = "Observers should bring evidence and not idle words, he told reporters."
    spec: Spec = [
        ("Observers", "observer", "NOUN", "nsubj", 2),
        ("should", "should", "AUX", "aux", 2),
        ("bring", "bring", "VERB", "ROOT", 2),
        ("evidence", "evidence", "NOUN", "dobj", 2),
        ("and", "and", "CCONJ", "cc", 3),
        ("not", "not", "PART", "neg", 7),
        ("idle", "idle", "ADJ", "amod", 7),
        ("words", "word", "NOUN", "conj", 3),
        (",", ",", "PUNCT", "punct", 10),
        ("he", "he", "PRON", "nsubj", 10),
        ("told", "tell", "VERB", "conj", 2),  # the parse's reading: joined to "bring"
        ("reporters", "reporter", "NOUN", "dobj", 10),
        (".", ".", "PUNCT", "punct", 10),
    ]
    (quote,) = reported(text, spec)
    assert quote.text == "Observers should bring evidence and not idle words"


def test_pressing_a_question_says_nothing_quoted() -> None:
    text = "Vrana shrugged. “I want to see peace.” Morrow pressed the question."
    spec: Spec = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1),
        ("shrugged", "shrug", "VERB", "ROOT", 1),
        (".", ".", "PUNCT", "punct", 1),
        ("“", "“", "PUNCT", "punct", 5),
        ("I", "I", "PRON", "nsubj", 5),
        ("want", "want", "VERB", "ROOT", 5),
        ("to", "to", "PART", "aux", 7),
        ("see", "see", "VERB", "xcomp", 5),
        ("peace", "peace", "NOUN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 5),
        ("”", "”", "PUNCT", "punct", 5),
        ("Morrow", "Morrow", "PROPN", "nsubj", 12),
        ("pressed", "press", "VERB", "ROOT", 12),
        ("the", "the", "DET", "det", 14),
        ("question", "question", "NOUN", "dobj", 12),
        (".", ".", "PUNCT", "punct", 12),
    ]
    mentions = [("Vrana", "PERSON"), ("Morrow", "PERSON")]
    found = quotes_of(text, annotation(text, spec, mentions))
    assert all(q.speaker_name != "Morrow" for q in found)  # he pressed; he said none of it


def test_confirming_a_nominee_is_a_vote_not_words() -> None:
    text = "Two senators said they would not vote to confirm him. The chamber confirmed Ilse Vos."
    spec: Spec = [
        ("Two", "two", "NUM", "nummod", 1),
        ("senators", "senator", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("they", "they", "PRON", "nsubj", 6),
        ("would", "would", "AUX", "aux", 6),
        ("not", "not", "PART", "neg", 6),
        ("vote", "vote", "VERB", "ccomp", 2),
        ("to", "to", "PART", "aux", 8),
        ("confirm", "confirm", "VERB", "xcomp", 6),
        ("him", "he", "PRON", "dobj", 8),
        (".", ".", "PUNCT", "punct", 2),
        ("The", "the", "DET", "det", 12),
        ("chamber", "chamber", "NOUN", "nsubj", 13),
        ("confirmed", "confirm", "VERB", "ROOT", 13),
        ("Ilse", "Ilse", "PROPN", "compound", 15),
        ("Vos", "Vos", "PROPN", "dobj", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]
    quotes = quotes_of(text, annotation(text, spec, [("Ilse Vos", "PERSON")]))
    assert [q.cue for q in quotes] == ["said"]


def test_a_body_naming_the_office_of_the_person_beside_it_does_not_speak() -> None:
    text = "Harbour Party (HP) Chairwoman Ilse Vos Tuesday warned that she may quit the race."
    spec: Spec = [
        ("Harbour", "Harbour", "PROPN", "compound", 1),
        ("Party", "Party", "PROPN", "nsubj", 9),
        ("(", "(", "PUNCT", "punct", 1),
        ("HP", "HP", "PROPN", "appos", 1),
        (")", ")", "PUNCT", "punct", 3),
        ("Chairwoman", "Chairwoman", "PROPN", "compound", 7),
        ("Ilse", "Ilse", "PROPN", "compound", 7),
        ("Vos", "Vos", "PROPN", "appos", 1),
        ("Tuesday", "Tuesday", "PROPN", "npadvmod", 9),
        ("warned", "warn", "VERB", "ROOT", 9),
        ("that", "that", "SCONJ", "mark", 13),
        ("she", "she", "PRON", "nsubj", 13),
        ("may", "may", "AUX", "aux", 13),
        ("quit", "quit", "VERB", "ccomp", 9),
        ("the", "the", "DET", "det", 15),
        ("race", "race", "NOUN", "dobj", 13),
        (".", ".", "PUNCT", "punct", 9),
    ]
    mentions = [("Harbour Party", "ORG"), ("Ilse Vos", "PERSON"), ("Tuesday", "DATE")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "Ilse Vos"


def test_an_attribution_after_the_quote_begins_at_its_speaker() -> None:
    # the parse makes "added" the object of "say"; the words are Lewandowski's
    text = "Comey cannot say that “from his perspective,” Lewandowski added."
    spec: Spec = [
        ("Comey", "Comey", "PROPN", "nsubj", 3), ("can", "can", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3), ("say", "say", "VERB", "ROOT", 3),
        ("that", "that", "SCONJ", "mark", 9), ("from", "from", "ADP", "prep", 9),
        ("his", "his", "PRON", "poss", 7), ("perspective", "perspective", "NOUN", "pobj", 5),
        ("Lewandowski", "Lewandowski", "PROPN", "nsubj", 9), ("added", "add", "VERB", "ccomp", 3),
    ]  # fmt: skip
    mentions = [("Comey", "PERSON"), ("Lewandowski", "PERSON")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "Lewandowski" and quote.text == "from his perspective"


def test_a_quote_not_hanging_on_a_nearer_reported_cue_stays_with_the_cue_reporting_it() -> None:
    text = (
        'Rubio said that by refusing to say the words "radical Islam," Democrats are "saying '
        'we were not at war with anyone at all."'
    )
    spec: Spec = [
        ("Rubio", "Rubio", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 13), ("by", "by", "ADP", "prep", 13),
        ("refusing", "refuse", "VERB", "pcomp", 3), ("to", "to", "PART", "aux", 6),
        ("say", "say", "VERB", "xcomp", 4), ("the", "the", "DET", "det", 8),
        ("words", "word", "NOUN", "dobj", 6), ("radical", "radical", "ADJ", "amod", 10),
        ("Islam", "Islam", "PROPN", "appos", 8),
        ("Democrats", "Democrats", "PROPN", "nsubj", 13),
        ("are", "be", "AUX", "aux", 13), ("saying", "say", "VERB", "ccomp", 1),
        ("we", "we", "PRON", "nsubj", 15), ("were", "be", "AUX", "ccomp", 13),
        ("not", "not", "PART", "neg", 15), ("at", "at", "ADP", "prep", 15),
        ("war", "war", "NOUN", "pobj", 17), ("with", "with", "ADP", "prep", 15),
        ("anyone", "anyone", "PRON", "pobj", 19), ("at", "at", "ADV", "advmod", 22),
        ("all", "all", "ADV", "advmod", 20),
    ]  # fmt: skip
    found = quotes_of(text, annotation(text, spec, [("Rubio", "PERSON")]))
    holding = [q for q in found if "at war" in q.text]
    assert [q.speaker_name for q in holding] == ["Rubio"]


def test_a_quote_describing_the_subject_of_its_clause_is_not_theirs() -> None:
    text = 'After surgery, Woods was "awake, responsive, and recovering in his hospital room."'
    spec: Spec = [
        ("After", "after", "ADP", "prep", 3), ("surgery", "surgery", "NOUN", "pobj", 0),
        ("Woods", "Woods", "PROPN", "nsubj", 3), ("was", "be", "AUX", "ROOT", 3),
        ("awake", "awake", "ADJ", "acomp", 3), ("responsive", "responsive", "ADJ", "conj", 4),
        ("and", "and", "CCONJ", "cc", 3), ("recovering", "recover", "VERB", "conj", 3),
        ("in", "in", "ADP", "prep", 7), ("his", "his", "PRON", "poss", 11),
        ("hospital", "hospital", "NOUN", "compound", 11), ("room", "room", "NOUN", "pobj", 8),
    ]  # fmt: skip
    found = quotes_of(text, annotation(text, spec, [("Woods", "PERSON")]))
    assert [q.speaker_name for q in found if q.speaker_name] == []


def test_a_share_of_a_thing_made_the_subject_gives_way_to_the_description_beside_it() -> None:
    # "half" is what the parse made the subject of "said"; the commander says it
    text = "Troops will leave Iraq, roughly half of its presence, the top commander said."
    spec: Spec = [
        ("Troops", "troop", "NOUN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
        ("leave", "leave", "VERB", "ccomp", 12), ("Iraq", "Iraq", "PROPN", "dobj", 2),
        ("roughly", "roughly", "ADV", "advmod", 5), ("half", "half", "NOUN", "nsubj", 12),
        ("of", "of", "ADP", "prep", 5), ("its", "its", "PRON", "poss", 8),
        ("presence", "presence", "NOUN", "pobj", 6), ("the", "the", "DET", "det", 11),
        ("top", "top", "ADJ", "amod", 11), ("commander", "commander", "NOUN", "appos", 5),
        ("said", "say", "VERB", "ROOT", 12),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Iraq", "GPE")]))
    speaker = text[quote.speaker_start or 0 : quote.speaker_end or 0]
    assert speaker == "the top commander"


def test_a_report_from_a_named_body_speaks_for_the_body() -> None:
    text = "A report from the Labor Department says that prices rose sharply in June."
    spec: Spec = [
        ("A", "a", "DET", "det", 1), ("report", "report", "NOUN", "nsubj", 6),
        ("from", "from", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
        ("Labor", "Labor", "PROPN", "compound", 5),
        ("Department", "Department", "PROPN", "pobj", 2),
        ("says", "say", "VERB", "ROOT", 6), ("that", "that", "SCONJ", "mark", 9),
        ("prices", "price", "NOUN", "nsubj", 9), ("rose", "rise", "VERB", "ccomp", 6),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("the Labor Department", "ORG")]))
    assert quote.speaker_name == "the Labor Department"


def test_what_is_touted_or_stressed_is_reported_and_what_is_praised_is_not() -> None:
    text = "Trump touted his victories in various states."
    spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("touted", "tout", "VERB", "ROOT", 1),
        ("his", "his", "PRON", "poss", 3), ("victories", "victory", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3), ("various", "various", "ADJ", "amod", 6),
        ("states", "state", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Trump", "PERSON")]))
    assert quote.text == "his victories in various states" and not quote.direct
    stressed = text.replace("touted", "stressed")
    spec[1] = ("stressed", "stress", "VERB", "ROOT", 1)
    (quote,) = quotes_of(stressed, annotation(stressed, spec, [("Trump", "PERSON")]))
    assert quote.text == "his victories in various states"
    praised = text.replace("touted", "praised")
    spec[1] = ("praised", "praise", "VERB", "ROOT", 1)
    assert quotes_of(praised, annotation(praised, spec, [("Trump", "PERSON")])) == ()


def test_what_is_cited_is_the_point_but_a_source_cited_is_not() -> None:
    text = "McCain said, citing low economic growth."
    spec: Spec = [
        ("McCain", "McCain", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        (",", ",", "PUNCT", "punct", 1), ("citing", "cite", "VERB", "advcl", 1),
        ("low", "low", "ADJ", "amod", 6), ("economic", "economic", "ADJ", "amod", 6),
        ("growth", "growth", "NOUN", "dobj", 3), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("McCain", "PERSON")]))
    assert quote.text == "low economic growth" and quote.speaker_name == "McCain"
    sources = "McCain said, citing unnamed officials."
    spec[4:7] = [
        ("unnamed", "unnamed", "ADJ", "amod", 5), ("officials", "official", "NOUN", "dobj", 3),
    ]  # fmt: skip
    spec[6] = (".", ".", "PUNCT", "punct", 1)
    assert quotes_of(sources, annotation(sources, spec, [("McCain", "PERSON")])) == ()


def test_a_relative_word_that_is_the_subject_of_what_was_said_opens_it() -> None:
    text = "The vote, which Clinton has said was a mistake, hurt her."
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("vote", "vote", "NOUN", "nsubj", 11),
        (",", ",", "PUNCT", "punct", 1), ("which", "which", "PRON", "dobj", 6),
        ("Clinton", "Clinton", "PROPN", "nsubj", 6), ("has", "have", "AUX", "aux", 6),
        ("said", "say", "VERB", "relcl", 1), ("was", "be", "AUX", "ccomp", 6),
        ("a", "a", "DET", "det", 9), ("mistake", "mistake", "NOUN", "attr", 7),
        (",", ",", "PUNCT", "punct", 1), ("hurt", "hurt", "VERB", "ROOT", 11),
        ("her", "she", "PRON", "dobj", 11), (".", ".", "PUNCT", "punct", 11),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Clinton", "PERSON")]))
    assert [text[s:e] for s, e in quote.pieces or [(quote.start, quote.end)]] == [
        "which",
        "was a mistake",
    ]
    assert quote.speaker_name == "Clinton"


def test_a_one_word_answer_followed_by_who_said_it_is_a_quote_not_a_title() -> None:
    text = 'Sanders kept his view. "Absolutely," he said.'
    spec: Spec = [
        ("Sanders", "Sanders", "PROPN", "nsubj", 1), ("kept", "keep", "VERB", "ROOT", 1),
        ("his", "his", "PRON", "poss", 3), ("view", "view", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1), ('"', '"', "PUNCT", "punct", 10),
        ("Absolutely", "absolutely", "ADV", "advmod", 10), (",", ",", "PUNCT", "punct", 10),
        ('"', '"', "PUNCT", "punct", 10), ("he", "he", "PRON", "nsubj", 10),
        ("said", "say", "VERB", "ROOT", 10), (".", ".", "PUNCT", "punct", 10),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Sanders", "PERSON")]))
    assert quote.text == "Absolutely" and quote.direct and quote.speaker_name == "Sanders"
    title = 'Sanders went on "Meet the Press" on Sunday.'
    spec = [
        ("Sanders", "Sanders", "PROPN", "nsubj", 1), ("went", "go", "VERB", "ROOT", 1),
        ("on", "on", "ADP", "prep", 1), ('"', '"', "PUNCT", "punct", 5),
        ("Meet", "meet", "VERB", "pobj", 2), ("the", "the", "DET", "det", 6),
        ("Press", "Press", "PROPN", "dobj", 4), ('"', '"', "PUNCT", "punct", 5),
        ("on", "on", "ADP", "prep", 1), ("Sunday", "Sunday", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert quotes_of(title, annotation(title, spec, [("Sanders", "PERSON")])) == ()


def test_quoted_words_closing_the_sentence_finish_the_reported_words() -> None:
    text = 'Mr. Cruz pledged to oppose legal status "today, tomorrow, forever."'
    spec: Spec = [
        ("Mr.", "Mr.", "PROPN", "compound", 1), ("Cruz", "Cruz", "PROPN", "nsubj", 2),
        ("pledged", "pledge", "VERB", "ROOT", 2), ("to", "to", "PART", "aux", 4),
        ("oppose", "oppose", "VERB", "xcomp", 2), ("legal", "legal", "ADJ", "amod", 6),
        ("status", "status", "NOUN", "dobj", 4), ('"', '"', "PUNCT", "punct", 2),
        ("today", "today", "NOUN", "npadvmod", 2), (",", ",", "PUNCT", "punct", 8),
        ("tomorrow", "tomorrow", "NOUN", "conj", 8), (",", ",", "PUNCT", "punct", 10),
        ("forever", "forever", "ADV", "advmod", 2), (".", ".", "PUNCT", "punct", 2),
        ('"', '"', "PUNCT", "punct", 2),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Cruz", "PERSON")]))
    assert [q.text for q in quotes] == ['to oppose legal status "today, tomorrow, forever."']


def test_the_condition_of_a_pledge_is_part_of_it() -> None:
    text = "Trump pledged to name Icahn if he wins."
    spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("pledged", "pledge", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3), ("name", "name", "VERB", "xcomp", 1),
        ("Icahn", "Icahn", "PROPN", "dobj", 3), ("if", "if", "SCONJ", "mark", 7),
        ("he", "he", "PRON", "nsubj", 7), ("wins", "win", "VERB", "advcl", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Trump", "PERSON")]))
    assert quote.text == "to name Icahn if he wins"


def test_when_or_by_what_channel_something_was_announced_is_not_what() -> None:
    text = "Trump announced his candidacy in June 2015."
    spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("announced", "announce", "VERB", "ROOT", 1),
        ("his", "his", "PRON", "poss", 3), ("candidacy", "candidacy", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1), ("June", "June", "PROPN", "pobj", 4),
        ("2015", "2015", "NUM", "nummod", 5), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    mentions = [("Trump", "PERSON"), ("June 2015", "DATE")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.text == "his candidacy"
    text = "The airline confirmed the news via Facebook."
    spec = [
        ("The", "the", "DET", "det", 1), ("airline", "airline", "NOUN", "nsubj", 2),
        ("confirmed", "confirm", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
        ("news", "news", "NOUN", "dobj", 2), ("via", "via", "ADP", "prep", 2),
        ("Facebook", "Facebook", "PROPN", "pobj", 5), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Facebook", "ORG")]))
    assert quote.text == "the news"


def test_the_one_urged_to_act_is_part_of_what_is_urged() -> None:
    text = "Ryan urged him to resign."
    spec: Spec = [
        ("Ryan", "Ryan", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
        ("him", "he", "PRON", "dobj", 1), ("to", "to", "PART", "aux", 4),
        ("resign", "resign", "VERB", "xcomp", 1), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Ryan", "PERSON")]))
    assert quote.text == "him to resign"
    # asked for something, the one asked is not who acts ("to help" the parse may hang as the
    # verb's complement)
    text = "Ryan asked Congress for a tax cut to help workers."
    asked: Spec = [
        ("Ryan", "Ryan", "PROPN", "nsubj", 1), ("asked", "ask", "VERB", "ROOT", 1),
        ("Congress", "Congress", "PROPN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 6), ("tax", "tax", "NOUN", "compound", 6),
        ("cut", "cut", "NOUN", "pobj", 3), ("to", "to", "PART", "aux", 8),
        ("help", "help", "VERB", "xcomp", 1), ("workers", "worker", "NOUN", "dobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, asked, [("Ryan", "PERSON"), ("Congress", "ORG")]))
    assert quote.text == "to help workers"
    # told, the listener is left out: "told Christie [to go home]"
    text = "Ryan told him to resign."
    spec[1] = ("told", "tell", "VERB", "ROOT", 1)
    (quote,) = quotes_of(text, annotation(text, spec, [("Ryan", "PERSON")]))
    assert quote.text == "to resign"


def test_an_according_to_inside_the_source_of_another_attributes_nothing_of_its_own() -> None:
    text = (
        "The plant will close, according to a document that Kestria presented according to "
        "the site."
    )
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("plant", "plant", "NOUN", "nsubj", 3),
        ("will", "will", "AUX", "aux", 3), ("close", "close", "VERB", "ROOT", 3),
        (",", ",", "PUNCT", "punct", 3), ("according", "accord", "VERB", "prep", 3),
        ("to", "to", "ADP", "prep", 5), ("a", "a", "DET", "det", 8),
        ("document", "document", "NOUN", "pobj", 6), ("that", "that", "PRON", "dobj", 11),
        ("Kestria", "Kestria", "PROPN", "nsubj", 11), ("presented", "present", "VERB", "relcl", 8),
        ("according", "accord", "VERB", "prep", 11), ("to", "to", "ADP", "prep", 12),
        ("the", "the", "DET", "det", 15), ("site", "site", "NOUN", "pobj", 13),
        (".", ".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Kestria", "GPE")]))
    assert [q.text for q in quotes] == ["The plant will close"]
    assert [q.cue for q in quotes] == ["according to"]


def test_a_request_asking_speaks_for_whoever_sent_it_never_its_addressee() -> None:
    text = 'The budget office sent Congress a request asking for "urgent" funds.'
    spec: Spec = [
        ("The", "the", "DET", "det", 2), ("budget", "budget", "NOUN", "compound", 2),
        ("office", "office", "NOUN", "nsubj", 3), ("sent", "send", "VERB", "ROOT", 3),
        ("Congress", "Congress", "PROPN", "dative", 3), ("a", "a", "DET", "det", 6),
        ("request", "request", "NOUN", "dobj", 3), ("asking", "ask", "VERB", "acl", 6),
        ("for", "for", "ADP", "prep", 7), ('"', '"', "PUNCT", "punct", 12),
        ("urgent", "urgent", "ADJ", "amod", 12), ('"', '"', "PUNCT", "punct", 12),
        ("funds", "fund", "NOUN", "pobj", 8), (".", ".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Congress", "ORG")]))
    assert quotes and all(q.speaker_name != "Congress" for q in quotes)
    assert {
        text[q.speaker_start : q.speaker_end] for q in quotes if q.speaker_start is not None
    } == {"The budget office"}


def test_the_one_blamed_or_praised_for_saying_it_said_it() -> None:
    text = "Trump slammed McConnell for complaining that he failed."
    spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("slammed", "slam", "VERB", "ROOT", 1),
        ("McConnell", "McConnell", "PROPN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
        ("complaining", "complain", "VERB", "pcomp", 3), ("that", "that", "SCONJ", "mark", 7),
        ("he", "he", "PRON", "nsubj", 7), ("failed", "fail", "VERB", "ccomp", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    mentions = [("Trump", "PERSON"), ("McConnell", "PERSON")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "McConnell"
    # an unnamed person praised for it: a title says it is someone
    text = "Critics praised the mayor for saying that the city would recover."
    spec = [
        ("Critics", "critic", "NOUN", "nsubj", 1), ("praised", "praise", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("mayor", "mayor", "NOUN", "dobj", 1),
        ("for", "for", "ADP", "prep", 1), ("saying", "say", "VERB", "pcomp", 4),
        ("that", "that", "SCONJ", "mark", 10), ("the", "the", "DET", "det", 8),
        ("city", "city", "NOUN", "nsubj", 10), ("would", "would", "AUX", "aux", 10),
        ("recover", "recover", "VERB", "ccomp", 5), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, []))
    assert text[quote.speaker_start : quote.speaker_end] == "the mayor"


def test_a_thing_won_for_speaking_out_leaves_the_winner_speaking() -> None:
    text = "Stenberg took home the award for speaking out about race."
    spec: Spec = [
        ("Stenberg", "Stenberg", "PROPN", "nsubj", 1), ("took", "take", "VERB", "ROOT", 1),
        ("home", "home", "ADV", "advmod", 1), ("the", "the", "DET", "det", 4),
        ("award", "award", "NOUN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
        ("speaking", "speak", "VERB", "pcomp", 5), ("out", "out", "ADP", "prt", 6),
        ("about", "about", "ADP", "prep", 6), ("race", "race", "NOUN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    quotes = quotes_of(text, annotation(text, spec, [("Stenberg", "PERSON")]))
    assert quotes
    assert all(quote.speaker_name == "Stenberg" for quote in quotes)


def test_the_one_accused_of_something_is_not_who_accuses() -> None:
    text = "The nomination prompted reports accusing Jackson of misconduct."
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("nomination", "nomination", "NOUN", "nsubj", 2),
        ("prompted", "prompt", "VERB", "ROOT", 2), ("reports", "report", "NOUN", "dobj", 2),
        ("accusing", "accuse", "VERB", "acl", 3), ("Jackson", "Jackson", "PROPN", "dobj", 4),
        ("of", "of", "ADP", "prep", 4), ("misconduct", "misconduct", "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Jackson", "PERSON")]))
    assert quote.speaker_name != "Jackson"


def test_a_report_inside_anothers_report_is_a_quote_of_its_own() -> None:
    text = "The FBI says 4.7 million Americans underwent background checks in March, CNN reported."
    spec: Spec = [
        ("The", "the", "DET", "det", 1),
        ("FBI", "FBI", "PROPN", "nsubj", 2),
        ("says", "say", "VERB", "ccomp", 13),
        ("4.7", "4.7", "NUM", "compound", 4),
        ("million", "million", "NUM", "nummod", 5),
        ("Americans", "Americans", "PROPN", "nsubj", 6),
        ("underwent", "undergo", "VERB", "ccomp", 2),
        ("background", "background", "NOUN", "compound", 8),
        ("checks", "check", "NOUN", "dobj", 6),
        ("in", "in", "ADP", "prep", 6),
        ("March", "March", "PROPN", "pobj", 9),
        (",", ",", "PUNCT", "punct", 13),
        ("CNN", "CNN", "PROPN", "nsubj", 13),
        ("reported", "report", "VERB", "ROOT", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]  # fmt: skip
    mentions = [("FBI", "ORG"), ("March", "DATE"), ("CNN", "ORG")]
    quotes = quotes_of(text, annotation(text, spec, mentions))
    inner = "4.7 million Americans underwent background checks in March"
    assert {(q.speaker_name, q.text) for q in quotes} == {
        ("CNN", f"The FBI says {inner}"),
        ("FBI", inner),
    }


def test_a_verb_of_saying_in_a_sense_that_says_nothing_is_no_cue() -> None:
    text = "As Harris contends with scrutiny, her staff is struggling."
    spec: Spec = [
        ("As", "as", "SCONJ", "mark", 2), ("Harris", "Harris", "PROPN", "nsubj", 2),
        ("contends", "contend", "VERB", "advcl", 8), ("with", "with", "ADP", "prep", 2),
        ("scrutiny", "scrutiny", "NOUN", "pobj", 3), (",", ",", "PUNCT", "punct", 8),
        ("her", "her", "PRON", "poss", 7), ("staff", "staff", "NOUN", "nsubj", 8),
        ("is", "be", "AUX", "aux", 9), ("struggling", "struggle", "VERB", "ROOT", 9),
        (".", ".", "PUNCT", "punct", 9),
    ]  # fmt: skip
    assert quotes_of(text, annotation(text, spec, [("Harris", "PERSON")])) == ()
    text = "Senators denied Cain the support."
    spec = [
        ("Senators", "senator", "NOUN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1),
        ("Cain", "Cain", "PROPN", "dative", 1), ("the", "the", "DET", "det", 4),
        ("support", "support", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert quotes_of(text, annotation(text, spec, [("Cain", "PERSON")])) == ()
    text = "Trump denied the report."
    spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("report", "report", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Trump", "PERSON")]))
    assert quote.text == "the report"


def test_one_described_as_charged_by_no_one_reports_no_words() -> None:
    text = "The man accused of buying guns stays in jail."
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("man", "man", "NOUN", "nsubj", 6),
        ("accused", "accuse", "VERB", "acl", 1), ("of", "of", "ADP", "prep", 2),
        ("buying", "buy", "VERB", "pcomp", 3), ("guns", "gun", "NOUN", "dobj", 4),
        ("stays", "stay", "VERB", "ROOT", 6), ("in", "in", "ADP", "prep", 6),
        ("jail", "jail", "NOUN", "pobj", 7), (".", ".", "PUNCT", "punct", 6),
    ]  # fmt: skip
    assert quotes_of(text, annotation(text, spec, [])) == ()
    # a clause reports the charge, its source unnamed: it stays
    text = "Roof is accused of a massacre."
    spec = [
        ("Roof", "Roof", "PROPN", "nsubjpass", 2), ("is", "be", "AUX", "auxpass", 2),
        ("accused", "accuse", "VERB", "ROOT", 2), ("of", "of", "ADP", "prep", 2),
        ("a", "a", "DET", "det", 5), ("massacre", "massacre", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Roof", "PERSON")]))
    assert quote.speaker_name is None
    # a that-clause makes it a verb of saying, whatever noun the parse hung it on
    text = "Trump, addressing followers, charged that media lie."
    spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 2), (",", ",", "PUNCT", "punct", 0),
        ("addressing", "address", "VERB", "ROOT", 2), ("followers", "follower", "NOUN", "dobj", 2),
        (",", ",", "PUNCT", "punct", 3), ("charged", "charge", "VERB", "acl", 3),
        ("that", "that", "SCONJ", "mark", 8), ("media", "media", "NOUN", "nsubj", 8),
        ("lie", "lie", "VERB", "ccomp", 5), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Trump", "PERSON")]))
    assert quote.text == "that media lie"


def test_a_retort_whose_back_the_parse_took_for_an_adverb_is_a_cue() -> None:
    text = "“They are here for free stuff,” Bennett shot back with a laugh."
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 10), ("They", "they", "PRON", "nsubj", 2),
        ("are", "be", "AUX", "ccomp", 10), ("here", "here", "ADV", "advmod", 2),
        ("for", "for", "ADP", "prep", 2), ("free", "free", "ADJ", "amod", 6),
        ("stuff", "stuff", "NOUN", "pobj", 4), (",", ",", "PUNCT", "punct", 10),
        ("”", "”", "PUNCT", "punct", 10), ("Bennett", "Bennett", "PROPN", "nsubj", 10),
        ("shot", "shoot", "VERB", "ROOT", 10), ("back", "back", "ADV", "advmod", 10),
        ("with", "with", "ADP", "prep", 10), ("a", "a", "DET", "det", 14),
        ("laugh", "laugh", "NOUN", "pobj", 12), (".", ".", "PUNCT", "punct", 10),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Bennett", "PERSON")]))
    assert (quote.speaker_name, quote.text) == ("Bennett", "They are here for free stuff")
    text = "“France is France,” Hollande retaliated."
    spec = [
        ("“", "“", "PUNCT", "punct", 8), ("France", "France", "PROPN", "nsubj", 2),
        ("is", "be", "AUX", "ccomp", 8), ("France", "France", "PROPN", "attr", 2),
        (",", ",", "PUNCT", "punct", 8), ("”", "”", "PUNCT", "punct", 8),
        ("Hollande", "Hollande", "PROPN", "nsubj", 8),
        ("retaliated", "retaliate", "VERB", "ROOT", 8), (".", ".", "PUNCT", "punct", 8),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Hollande", "PERSON")]))
    assert (quote.speaker_name, quote.text) == ("Hollande", "France is France")


def test_a_report_the_parse_cut_after_a_possessive_goes_on_past_it() -> None:
    text = "Officials confirmed they would seek the agency’s (FDA) emergency approval."
    spec: Spec = [
        ("Officials", "official", "NOUN", "nsubj", 1),
        ("confirmed", "confirm", "VERB", "ROOT", 1), ("they", "they", "PRON", "nsubj", 4),
        ("would", "would", "AUX", "aux", 4), ("seek", "seek", "VERB", "ccomp", 1),
        ("the", "the", "DET", "det", 6), ("agency", "agency", "NOUN", "dobj", 4),
        ("’s", "’s", "PART", "case", 6), ("(", "(", "PUNCT", "punct", 9),
        ("FDA", "FDA", "PROPN", "nsubj", 12), (")", ")", "PUNCT", "punct", 12),
        ("emergency", "emergency", "NOUN", "compound", 12),
        ("approval", "approval", "NOUN", "ccomp", 1), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("FDA", "ORG")]))
    assert quote.text == "they would seek the agency’s (FDA) emergency approval"


def test_a_participle_inside_a_report_is_not_the_reporters() -> None:
    text = "The plan calls for reform, while pledging to raise pay, Fox News has learned."
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("plan", "plan", "NOUN", "nsubj", 2),
        ("calls", "call", "VERB", "ccomp", 15), ("for", "for", "ADP", "prep", 2),
        ("reform", "reform", "NOUN", "pobj", 3), (",", ",", "PUNCT", "punct", 2),
        ("while", "while", "SCONJ", "mark", 7), ("pledging", "pledge", "VERB", "advcl", 15),
        ("to", "to", "PART", "aux", 9), ("raise", "raise", "VERB", "xcomp", 7),
        ("pay", "pay", "NOUN", "dobj", 9), (",", ",", "PUNCT", "punct", 15),
        ("Fox", "Fox", "PROPN", "compound", 13), ("News", "News", "PROPN", "nsubj", 15),
        ("has", "have", "AUX", "aux", 15), ("learned", "learn", "VERB", "ROOT", 15),
        (".", ".", "PUNCT", "punct", 15),
    ]  # fmt: skip
    found = quotes_of(text, annotation(text, spec, [("Fox News", "ORG")]))
    pledged = [q for q in found if q.cue == "pledging"]
    assert pledged and all(q.speaker_name != "Fox News" for q in pledged)


def test_one_noted_for_something_is_known_for_it_and_says_nothing() -> None:
    # as spaCy parses it: "noted" the root, the report at the end its clause
    text = "Bowers, noted for defending politicians, quit, Fox News reported."
    spec: Spec = [
        ("Bowers", "Bowers", "PROPN", "nsubj", 2), (",", ",", "PUNCT", "punct", 0),
        ("noted", "note", "VERB", "ROOT", 2), ("for", "for", "ADP", "prep", 2),
        ("defending", "defend", "VERB", "pcomp", 3),
        ("politicians", "politician", "NOUN", "dobj", 4), (",", ",", "PUNCT", "punct", 2),
        ("quit", "quit", "VERB", "conj", 2), (",", ",", "PUNCT", "punct", 7),
        ("Fox", "Fox", "PROPN", "compound", 10), ("News", "News", "PROPN", "nsubj", 11),
        ("reported", "report", "VERB", "ccomp", 2), (".", ".", "PUNCT", "punct", 11),
    ]  # fmt: skip
    found = quotes_of(text, annotation(text, spec, [("Bowers", "PERSON")]))
    assert all(q.speaker_name != "Bowers" for q in found)
    # "noted for the record that ...": a that-clause still says something
    text = "Lind noted for the record that talks failed."
    spec = [
        ("Lind", "Lind", "PROPN", "nsubj", 1), ("noted", "note", "VERB", "ROOT", 1),
        ("for", "for", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
        ("record", "record", "NOUN", "pobj", 2), ("that", "that", "SCONJ", "mark", 7),
        ("talks", "talk", "NOUN", "nsubj", 7), ("failed", "fail", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Lind", "PERSON")]))
    assert (quote.speaker_name, quote.text) == ("Lind", "that talks failed")


def test_a_passive_verb_after_a_quote_does_not_close_it() -> None:
    text = "“I will run,” Moore said. “Can I win?” He was accused in his campaign of lying."
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 3), ("I", "I", "PRON", "nsubj", 3),
        ("will", "will", "AUX", "aux", 3), ("run", "run", "VERB", "ccomp", 7),
        (",", ",", "PUNCT", "punct", 7), ("”", "”", "PUNCT", "punct", 7),
        ("Moore", "Moore", "PROPN", "nsubj", 7), ("said", "say", "VERB", "ROOT", 7),
        (".", ".", "PUNCT", "punct", 7), ("“", "“", "PUNCT", "punct", 11),
        ("Can", "can", "AUX", "aux", 12), ("I", "I", "PRON", "nsubj", 12),
        ("win", "win", "VERB", "ROOT", 12), ("?", "?", "PUNCT", "punct", 12),
        ("”", "”", "PUNCT", "punct", 12), ("He", "he", "PRON", "nsubjpass", 17),
        ("was", "be", "AUX", "auxpass", 17), ("accused", "accuse", "VERB", "ROOT", 17),
        ("in", "in", "ADP", "prep", 17), ("his", "his", "PRON", "poss", 20),
        ("campaign", "campaign", "NOUN", "pobj", 18), ("of", "of", "ADP", "prep", 20),
        ("lying", "lie", "VERB", "pcomp", 21), (".", ".", "PUNCT", "punct", 17),
    ]  # fmt: skip
    # (the parse hangs "of lying" on the campaign)
    # the splitter ends a sentence after "?”", as spaCy's does
    ann = replace(
        annotation(text, spec, [("Moore", "PERSON")]),
        sentences=(Sentence(0, 25), Sentence(26, 38), Sentence(39, len(text))),
    )
    quotes = quotes_of(text, ann)
    (asked,) = [q for q in quotes if "win" in q.text]
    assert asked.cue == "said" and asked.speaker_name == "Moore"


def test_an_according_to_closing_the_reported_words_is_not_part_of_them() -> None:
    text = "Khanzadi said Iran can respond, according to Tasnim."
    spec: Spec = [
        ("Khanzadi", "Khanzadi", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("Iran", "Iran", "PROPN", "nsubj", 4), ("can", "can", "AUX", "aux", 4),
        ("respond", "respond", "VERB", "ccomp", 1), (",", ",", "PUNCT", "punct", 4),
        ("according", "accord", "VERB", "prep", 4), ("to", "to", "ADP", "prep", 6),
        ("Tasnim", "Tasnim", "PROPN", "pobj", 7), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    mentions = [("Khanzadi", "PERSON"), ("Iran", "GPE"), ("Tasnim", "ORG")]
    quotes = quotes_of(text, annotation(text, spec, mentions))
    (said,) = [q for q in quotes if q.cue == "said"]
    assert said.text == "Iran can respond"


def test_one_accused_of_saying_something_is_not_made_its_speaker() -> None:
    text = "Democrats accused Trump of claiming that it failed."
    spec: Spec = [
        ("Democrats", "Democrats", "PROPN", "nsubj", 1), ("accused", "accuse", "VERB", "ROOT", 1),
        ("Trump", "Trump", "PROPN", "dobj", 1), ("of", "of", "ADP", "prep", 1),
        ("claiming", "claim", "VERB", "pcomp", 3), ("that", "that", "SCONJ", "mark", 7),
        ("it", "it", "PRON", "nsubj", 7), ("failed", "fail", "VERB", "ccomp", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    mentions = [("Democrats", "NORP"), ("Trump", "PERSON")]
    quotes = quotes_of(text, annotation(text, spec, mentions))
    assert quotes
    assert all(q.speaker_name != "Trump" for q in quotes)  # an allegation, not a fact


def test_a_cue_opening_the_next_sentence_closes_a_quote_cut_off_but_not_a_finished_one() -> None:
    def read(closing: str) -> tuple[Quote, ...]:
        text = f"“We will not debate{closing}” Lind agreed to the format."
        spec: Spec = [
            ("“", "“", "PUNCT", "punct", 4), ("We", "we", "PRON", "nsubj", 4),
            ("will", "will", "AUX", "aux", 4), ("not", "not", "PART", "neg", 4),
            ("debate", "debate", "VERB", "ROOT", 4), (closing, closing, "PUNCT", "punct", 4),
            ("”", "”", "PUNCT", "punct", 4), ("Lind", "Lind", "PROPN", "nsubj", 8),
            ("agreed", "agree", "VERB", "ROOT", 8), ("to", "to", "ADP", "prep", 8),
            ("the", "the", "DET", "det", 11), ("format", "format", "NOUN", "pobj", 9),
            (".", ".", "PUNCT", "punct", 8),
        ]  # fmt: skip
        cut = text.index("Lind")  # the splitter ends the first sentence at the closing mark
        sentences = (Sentence(0, cut - 1), Sentence(cut, len(text)))
        found = replace(annotation(text, spec, [("Lind", "PERSON")]), sentences=sentences)
        return quotes_of(text, found)

    # the splitter cut the attribution off after "!": it closes the quote
    assert [q.speaker_name for q in read("!")] == ["Lind"]
    # a finished sentence: Lind's agreeing is another
    assert all(q.speaker_name != "Lind" for q in read("."))


def test_an_infinitive_on_an_occasion_someone_owns_is_said_by_its_user() -> None:
    text = "Vasylenko made Brenn angry, using his address to say that the talks failed."
    spec: Spec = [
        ("Vasylenko", "Vasylenko", "PROPN", "nsubj", 1), ("made", "make", "VERB", "ROOT", 1),
        ("Brenn", "Brenn", "PROPN", "nsubj", 3), ("angry", "angry", "ADJ", "ccomp", 1),
        (",", ",", "PUNCT", "punct", 1), ("using", "use", "VERB", "advcl", 1),
        ("his", "his", "PRON", "poss", 7), ("address", "address", "NOUN", "dobj", 5),
        ("to", "to", "PART", "aux", 9), ("say", "say", "VERB", "relcl", 7),
        ("that", "that", "SCONJ", "mark", 13), ("the", "the", "DET", "det", 12),
        ("talks", "talk", "NOUN", "nsubj", 13), ("failed", "fail", "VERB", "ccomp", 9),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    mentions = [("Vasylenko", "PERSON"), ("Brenn", "PERSON")]
    (quote,) = quotes_of(text, annotation(text, spec, mentions))
    assert quote.speaker_name == "Vasylenko"


@pytest.mark.parametrize(
    ("verb", "lemma", "speaker"), [("released", "release", "Rand Paul"), ("mocked", "mock", None)]
)
def test_a_statement_says_through_its_relative_clause_what_its_issuer_says(
    verb: str, lemma: str, speaker: str | None
) -> None:
    text = f"Rand Paul {verb} a video that says Cruz lied."
    spec: Spec = [
        ("Rand", "Rand", "PROPN", "compound", 1), ("Paul", "Paul", "PROPN", "nsubj", 2),
        (verb, lemma, "VERB", "ROOT", 2), ("a", "a", "DET", "det", 4),
        ("video", "video", "NOUN", "dobj", 2), ("that", "that", "PRON", "nsubj", 6),
        ("says", "say", "VERB", "relcl", 4), ("Cruz", "Cruz", "PROPN", "nsubj", 8),
        ("lied", "lie", "VERB", "ccomp", 6), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    quotes = reported(text, spec, [("Rand Paul", "PERSON"), ("Cruz", "PERSON")])
    assert [(q.text, q.speaker_name) for q in quotes] == [("Cruz lied", speaker)]


@pytest.mark.parametrize(
    ("verb", "lemma", "phrase"), [("put", "put", "A spokesman"), ("called", "call", None)]
)
def test_a_statement_met_is_not_its_readers_words(
    verb: str, lemma: str, phrase: str | None
) -> None:
    text = f"A spokesman {verb} a report saying donors got access."
    spec: Spec = [
        ("A", "a", "DET", "det", 1), ("spokesman", "spokesman", "NOUN", "nsubj", 2),
        (verb, lemma, "VERB", "ROOT", 2), ("a", "a", "DET", "det", 4),
        ("report", "report", "NOUN", "dobj", 2), ("saying", "say", "VERB", "acl", 4),
        ("donors", "donor", "NOUN", "nsubj", 7), ("got", "get", "VERB", "ccomp", 5),
        ("access", "access", "NOUN", "dobj", 7), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    (quote,) = reported(text, spec)
    said_by = None if quote.speaker_start is None else text[quote.speaker_start : quote.speaker_end]
    assert (quote.text, said_by) == ("donors got access", phrase)


def test_a_statement_issued_by_no_subject_of_its_own_is_not_the_sentences_subjects() -> None:
    text = "The FBI condemned the push to release a memo that alleges abuses occurred."
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("FBI", "FBI", "PROPN", "nsubj", 2),
        ("condemned", "condemn", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
        ("push", "push", "NOUN", "dobj", 2), ("to", "to", "PART", "aux", 6),
        ("release", "release", "VERB", "acl", 4), ("a", "a", "DET", "det", 8),
        ("memo", "memo", "NOUN", "dobj", 6), ("that", "that", "PRON", "nsubj", 10),
        ("alleges", "allege", "VERB", "relcl", 8), ("abuses", "abuse", "NOUN", "nsubj", 12),
        ("occurred", "occur", "VERB", "ccomp", 10), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    quotes = reported(text, spec, [("FBI", "ORG")])
    assert "FBI" not in [q.speaker_name for q in quotes]


def test_pressed_on_reports_is_not_what_the_reports_say() -> None:
    text = "Smith pressed Biden on reports that he is considering Klobuchar."
    spec: Spec = [
        ("Smith", "Smith", "PROPN", "nsubj", 1), ("pressed", "press", "VERB", "ROOT", 1),
        ("Biden", "Biden", "PROPN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
        ("reports", "report", "NOUN", "pobj", 3), ("that", "that", "SCONJ", "mark", 8),
        ("he", "he", "PRON", "nsubj", 8), ("is", "be", "AUX", "aux", 8),
        ("considering", "consider", "VERB", "acl", 4),
        ("Klobuchar", "Klobuchar", "PROPN", "dobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    quotes = reported(
        text, spec, [("Smith", "PERSON"), ("Biden", "PERSON"), ("Klobuchar", "PERSON")]
    )
    assert "Smith" not in [q.speaker_name for q in quotes]


def test_a_role_closing_right_before_a_verb_without_a_subject_is_its_subject() -> None:
    text = (
        "In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic "
        "candidate stated that Trump erred."
    )
    spec: Spec = [  # the small parser's reading: the candidate an apposition of Brzezinski
        ("In", "in", "ADP", "prep", 14), ("an", "an", "DET", "det", 2),
        ("interview", "interview", "NOUN", "pobj", 0), ("with", "with", "ADP", "prep", 2),
        ("hosts", "host", "NOUN", "pobj", 3), ("Joe", "Joe", "PROPN", "compound", 6),
        ("Scarborough", "Scarborough", "PROPN", "appos", 4), ("and", "and", "CCONJ", "cc", 6),
        ("Mika", "Mika", "PROPN", "compound", 9), ("Brzezinski", "Brzezinski", "PROPN", "conj", 6),
        (",", ",", "PUNCT", "punct", 9), ("the", "the", "DET", "det", 13),
        ("Democratic", "democratic", "ADJ", "amod", 13),
        ("candidate", "candidate", "NOUN", "appos", 9), ("stated", "state", "VERB", "ROOT", 14),
        ("that", "that", "SCONJ", "mark", 17), ("Trump", "Trump", "PROPN", "nsubj", 17),
        ("erred", "err", "VERB", "ccomp", 14), (".", ".", "PUNCT", "punct", 14),
    ]  # fmt: skip
    people = [("Joe Scarborough", "PERSON"), ("Mika Brzezinski", "PERSON"), ("Trump", "PERSON")]
    (quote,) = reported(text, spec, people)
    assert quote.speaker_start is not None
    assert text[quote.speaker_start : quote.speaker_end] == "the Democratic candidate"
    assert quote.speaker_name is None  # not Mika Brzezinski: the candidate is not named here


def test_the_holder_named_after_the_body_of_an_office_speaks() -> None:
    text = "U.S. Ambassador to the European Union Gordon Sondland confirmed the deal."
    spec: Spec = [  # the small parser's reading: the holder's name an object of "to"
        ("U.S.", "U.S.", "PROPN", "compound", 1),
        ("Ambassador", "Ambassador", "PROPN", "nsubj", 8),
        ("to", "to", "ADP", "prep", 1), ("the", "the", "DET", "det", 7),
        ("European", "European", "PROPN", "compound", 5),
        ("Union", "Union", "PROPN", "compound", 7),
        ("Gordon", "Gordon", "PROPN", "compound", 7),
        ("Sondland", "Sondland", "PROPN", "pobj", 2),
        ("confirmed", "confirm", "VERB", "ROOT", 8), ("the", "the", "DET", "det", 10),
        ("deal", "deal", "NOUN", "dobj", 8), (".", ".", "PUNCT", "punct", 8),
    ]  # fmt: skip
    mentions = [("U.S.", "GPE"), ("the European Union", "ORG"), ("Gordon Sondland", "PERSON")]
    (quote,) = reported(text, spec, mentions)
    assert quote.speaker_name == "Gordon Sondland"


# --- session 47: senses that say nothing, quoted names, texts that read, name labels -----------


def test_a_cue_verb_used_as_a_noun_after_no_is_the_writers_word() -> None:
    text = "There is no denying he has had quite a run."
    spec: Spec = [
        ("There", "there", "PRON", "expl", 1), ("is", "be", "VERB", "ROOT", 1),
        ("no", "no", "DET", "det", 3), ("denying", "deny", "VERB", "attr", 1),
        ("he", "he", "PRON", "nsubj", 6), ("has", "have", "AUX", "aux", 6),
        ("had", "have", "VERB", "ccomp", 3), ("quite", "quite", "DET", "predet", 9),
        ("a", "a", "DET", "det", 9), ("run", "run", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert reported(text, spec) == []


def test_deny_in_the_passive_with_an_object_withholds_and_says_nothing() -> None:
    text = "Staff have been denied the vaccine."
    spec: Spec = [
        ("Staff", "staff", "NOUN", "nsubjpass", 3), ("have", "have", "AUX", "aux", 3),
        ("been", "be", "AUX", "auxpass", 3), ("denied", "deny", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5), ("vaccine", "vaccine", "NOUN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    assert reported(text, spec) == []
    # the guard: an active "deny" with one object reports a denial
    active = "Trump denied the accusations."
    active_spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("accusations", "accusation", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = reported(active, active_spec, [("Trump", "PERSON")])
    assert quote.text == "the accusations"


def test_a_quoted_name_after_a_second_predicate_the_parse_made_is_reported_whole() -> None:
    # the parse takes "suspension" for the name as well: the quoted one is the last
    text = "Sanders called the DNC’s suspension “arbitrary.”"
    spec: Spec = [
        ("Sanders", "Sanders", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("DNC", "DNC", "PROPN", "dobj", 1),
        ("’s", "’s", "PART", "case", 3), ("suspension", "suspension", "NOUN", "oprd", 1),
        ("“", "“", "PUNCT", "punct", 7), ("arbitrary", "arbitrary", "ADJ", "oprd", 1),
        (".", ".", "PUNCT", "punct", 1), ("”", "”", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = reported(text, spec, [("Sanders", "PERSON")])
    assert quote.text.startswith("the DNC’s suspension “arbitrary")
    assert quote.speaker_name == "Sanders"


CALLED_INSIDE = "He called protestors “illegals” and “thugs” without proof."
CALLED_INSIDE_SPEC: Spec = [
    ("He", "he", "PRON", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
    ("protestors", "protestor", "NOUN", "nmod", 4), ("“", "“", "PUNCT", "punct", 4),
    ("illegals", "illegal", "NOUN", "dobj", 1), ("”", "”", "PUNCT", "punct", 4),
    ("and", "and", "CCONJ", "cc", 4), ("“", "“", "PUNCT", "punct", 8),
    ("thugs", "thug", "NOUN", "conj", 4), ("”", "”", "PUNCT", "punct", 8),
    ("without", "without", "ADP", "prep", 1), ("proof", "proof", "NOUN", "pobj", 10),
    (".", ".", "PUNCT", "punct", 1),
]  # fmt: skip


def test_a_quoted_name_the_parse_hung_inside_the_object_is_reported() -> None:
    (quote,) = reported(CALLED_INSIDE, CALLED_INSIDE_SPEC)
    assert quote.text.startswith("protestors “illegals” and “thugs")
    assert quote.cue == "called"


def test_a_quoted_object_named_by_nothing_before_it_is_no_naming() -> None:
    # "called “Fox & Friends”": a show called on the phone, not a name given to it
    text = "He called “Fox News” without warning."
    spec: Spec = [
        ("He", "he", "PRON", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
        ("“", "“", "PUNCT", "punct", 4), ("Fox", "Fox", "PROPN", "compound", 4),
        ("News", "News", "PROPN", "dobj", 1), ("”", "”", "PUNCT", "punct", 4),
        ("without", "without", "ADP", "prep", 1), ("warning", "warning", "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert reported(text, spec) == []


def test_what_it_reads_right_after_the_quote_is_its_quote() -> None:
    text = "“I am still with Sanders,” it read."
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 9), ("I", "I", "PRON", "nsubj", 2),
        ("am", "be", "AUX", "ccomp", 9), ("still", "still", "ADV", "advmod", 2),
        ("with", "with", "ADP", "prep", 2), ("Sanders", "Sanders", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 9), ("”", "”", "PUNCT", "punct", 9),
        ("it", "it", "PRON", "nsubj", 9), ("read", "read", "VERB", "ROOT", 9),
        (".", ".", "PUNCT", "punct", 9),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec))
    assert quote.cue == "read" and quote.direct


def test_a_person_who_reads_is_no_cue() -> None:
    text = "“I am still with Sanders,” she read."
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 9), ("I", "I", "PRON", "nsubj", 2),
        ("am", "be", "AUX", "ccomp", 9), ("still", "still", "ADV", "advmod", 2),
        ("with", "with", "ADP", "prep", 2), ("Sanders", "Sanders", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 9), ("”", "”", "PUNCT", "punct", 9),
        ("she", "she", "PRON", "nsubj", 9), ("read", "read", "VERB", "ROOT", 9),
        (".", ".", "PUNCT", "punct", 9),
    ]  # fmt: skip
    assert [q.cue for q in quotes_of(text, annotation(text, spec))] == []


def test_what_the_statement_reads_when_the_parse_makes_it_the_object() -> None:
    text = "“The talks will go on,” read the statement."
    spec: Spec = [
        ("“", "“", "PUNCT", "punct", 8), ("The", "the", "DET", "det", 2),
        ("talks", "talk", "NOUN", "nsubj", 4), ("will", "will", "AUX", "aux", 4),
        ("go", "go", "VERB", "ccomp", 8), ("on", "on", "ADP", "prt", 4),
        (",", ",", "PUNCT", "punct", 8), ("”", "”", "PUNCT", "punct", 8),
        ("read", "read", "VERB", "ROOT", 8), ("the", "the", "DET", "det", 10),
        ("statement", "statement", "NOUN", "dobj", 8), (".", ".", "PUNCT", "punct", 8),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec))
    assert quote.cue == "read" and quote.direct
    assert quote.speaker_start is not None
    assert text[quote.speaker_start : quote.speaker_end].endswith("statement")


LABEL = "Polls moved again.\nOne seismic shift - Philip Bump: “Two weeks ago the South was his.”"
LABEL_SPEC: Spec = [
    ("Polls", "poll", "NOUN", "nsubj", 1), ("moved", "move", "VERB", "ROOT", 1),
    ("again", "again", "ADV", "advmod", 1), (".", ".", "PUNCT", "punct", 1),
    ("One", "one", "NUM", "nummod", 6), ("seismic", "seismic", "ADJ", "amod", 6),
    ("shift", "shift", "NOUN", "ROOT", 6), ("-", "-", "PUNCT", "punct", 6),
    ("Philip", "Philip", "PROPN", "compound", 9), ("Bump", "Bump", "PROPN", "appos", 6),
    (":", ":", "PUNCT", "punct", 6), ("“", "“", "PUNCT", "punct", 18),
    ("Two", "two", "NUM", "nummod", 13), ("weeks", "week", "NOUN", "npadvmod", 14),
    ("ago", "ago", "ADV", "advmod", 18), ("the", "the", "DET", "det", 16),
    ("South", "South", "PROPN", "nsubj", 17), ("was", "be", "AUX", "ROOT", 17),
    ("his", "his", "PRON", "attr", 17), (".", ".", "PUNCT", "punct", 17),
    ("”", "”", "PUNCT", "punct", 17),
]  # fmt: skip


def test_a_persons_name_and_a_colon_before_a_quote_label_its_speaker() -> None:
    ann = annotation(LABEL, LABEL_SPEC, [("Philip Bump", "PERSON")])
    (quote,) = quotes_of(LABEL, ann)
    assert quote.speaker_name == "Philip Bump" and quote.direct


def test_a_name_after_a_verb_of_its_sentence_is_no_label() -> None:
    # "The president mocked Philip Bump: “...”": the name is who was mocked, not a label
    text = "The president mocked Philip Bump: “He is a fraud and a phony.”"
    spec: Spec = [
        ("The", "the", "DET", "det", 1), ("president", "president", "NOUN", "nsubj", 2),
        ("mocked", "mock", "VERB", "ROOT", 2), ("Philip", "Philip", "PROPN", "compound", 4),
        ("Bump", "Bump", "PROPN", "dobj", 2), (":", ":", "PUNCT", "punct", 2),
        ("“", "“", "PUNCT", "punct", 8), ("He", "he", "PRON", "nsubj", 8),
        ("is", "be", "AUX", "ROOT", 8), ("a", "a", "DET", "det", 10),
        ("fraud", "fraud", "NOUN", "attr", 8), ("and", "and", "CCONJ", "cc", 10),
        ("a", "a", "DET", "det", 13), ("phony", "phony", "NOUN", "conj", 10),
        (".", ".", "PUNCT", "punct", 8), ("”", "”", "PUNCT", "punct", 8),
    ]  # fmt: skip
    ann = annotation(text, spec, [("Philip Bump", "PERSON")])
    ann = replace(
        ann, sentences=(Sentence(0, text.index(":") + 1), Sentence(text.index("“"), len(text)))
    )
    assert "Philip Bump" not in [q.speaker_name for q in quotes_of(text, ann)]


def test_what_someone_insists_on_is_a_demand_not_words() -> None:
    text = "Trump has insisted on building a wall."
    spec: Spec = [
        ("Trump", "Trump", "PROPN", "nsubj", 2), ("has", "have", "AUX", "aux", 2),
        ("insisted", "insist", "VERB", "ROOT", 2), ("on", "on", "ADP", "prep", 2),
        ("building", "build", "VERB", "pcomp", 3), ("a", "a", "DET", "det", 6),
        ("wall", "wall", "NOUN", "dobj", 4), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    assert reported(text, spec, [("Trump", "PERSON")]) == []


def test_a_quoted_object_is_no_naming_when_the_parse_leaves_its_mark_out() -> None:
    text = "He called “Fox News” without warning."
    spec: Spec = [
        ("He", "he", "PRON", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
        ("“", "“", "PUNCT", "punct", 1), ("Fox", "Fox", "PROPN", "compound", 4),
        ("News", "News", "PROPN", "dobj", 1), ("”", "”", "PUNCT", "punct", 4),
        ("without", "without", "ADP", "prep", 1), ("warning", "warning", "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert reported(text, spec) == []


def test_a_participle_called_before_a_quoted_name_names_a_thing() -> None:
    text = "They held an event called “Salute to America,” with a speech."
    spec: Spec = [
        ("They", "they", "PRON", "nsubj", 1), ("held", "hold", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3), ("event", "event", "NOUN", "dobj", 1),
        ("called", "call", "VERB", "acl", 3), ("“", "“", "PUNCT", "punct", 4),
        ("Salute", "Salute", "PROPN", "oprd", 4), ("to", "to", "ADP", "prep", 6),
        ("America", "America", "PROPN", "pobj", 7), (",", ",", "PUNCT", "punct", 3),
        ("”", "”", "PUNCT", "punct", 3), ("with", "with", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 13), ("speech", "speech", "NOUN", "pobj", 11),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert quotes_of(text, annotation(text, spec)) == ()


def test_a_short_answer_with_a_lower_case_word_is_no_title() -> None:
    text = 'Gale said: "Mathematically, yes."'
    spec: Spec = [
        ("Gale", "Gale", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        (":", ":", "PUNCT", "punct", 1), ('"', '"', "PUNCT", "punct", 1),
        ("Mathematically", "mathematically", "ADV", "advmod", 6), (",", ",", "PUNCT", "punct", 6),
        ("yes", "yes", "INTJ", "intj", 1), (".", ".", "PUNCT", "punct", 1),
        ('"', '"', "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = quotes_of(text, annotation(text, spec, [("Gale", "PERSON")]))
    assert quote.text == "Mathematically, yes." and quote.speaker_name == "Gale"


def test_a_title_keeps_only_its_small_words_in_lower_case() -> None:
    assert _is_title("Midday with Charlie Sykes") and _is_title("Meet the Press")
    assert _is_title("Fox & Friends")
    assert not _is_title("Mathematically, yes.") and not _is_title("Yes, we can")


# --- session 48: what "claim" takes ------------------------------------------------------------


def test_claiming_a_thing_takes_it_and_says_nothing() -> None:
    text = "Both countries claim the valley."
    spec: Spec = [
        ("Both", "both", "DET", "det", 1), ("countries", "country", "NOUN", "nsubj", 2),
        ("claim", "claim", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
        ("valley", "valley", "NOUN", "dobj", 2), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    assert reported(text, spec) == []
    # the guards: an assertion's noun and a clause are words claimed
    victory = "Sanders claimed victory."
    victory_spec: Spec = [
        ("Sanders", "Sanders", "PROPN", "nsubj", 1), ("claimed", "claim", "VERB", "ROOT", 1),
        ("victory", "victory", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = reported(victory, victory_spec, [("Sanders", "PERSON")])
    assert quote.text == "victory"
    clause = "Russia claims the valley to be Russian."
    clause_spec: Spec = [
        ("Russia", "Russia", "PROPN", "nsubj", 1), ("claims", "claim", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("valley", "valley", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 5), ("be", "be", "AUX", "xcomp", 1),
        ("Russian", "russian", "ADJ", "acomp", 5), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    (quote,) = reported(clause, clause_spec, [("Russia", "GPE")])
    assert quote.text == "the valley to be Russian"
