"""Which sentences a selective parse parses: base forms, marks, numbers, context, runs."""

from __future__ import annotations

import pytest

from newsdesk.annotate.select import (
    Selection,
    base_forms,
    runs,
    sentences_to_parse,
    wants_parse,
)

SAYING = Selection(frozenset({"say", "attack", "deny", "agree", "stop", "plan", "talks"}))
WORDS_ONLY = Selection(SAYING.words, quotes=False, numbers=False)


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("said", "say"),
        ("Says", "say"),
        ("attacked", "attack"),
        ("attacking", "attack"),
        ("denied", "deny"),
        ("denies", "deny"),
        ("agreed", "agree"),
        ("stopped", "stop"),
        ("planning", "plan"),
        ("talks", "talks"),
        ("wrote", "write"),
        ("told", "tell"),
    ],
)
def test_base_forms_include_the_lemma(word: str, base: str) -> None:
    assert base in base_forms(word)


def test_base_forms_do_not_strip_short_words_to_nothing() -> None:
    assert base_forms("is") == {"is"} and base_forms("as") == {"as"}


@pytest.mark.parametrize(
    ("words", "text", "selection", "wanted"),
    [
        (["Officials", "said", "so"], "Officials said so", WORDS_ONLY, True),
        (["The", "weather", "was", "fine"], "The weather was fine", SAYING, False),
        (["Great", ",", "she", "added"], "“Great,” she added", SAYING, True),
        (["Great", ",", "she", "added"], "“Great,” she added", WORDS_ONLY, False),
        (["He", "has", "12", "cats"], "He has 12 cats", SAYING, True),
        (["Dozens", "gathered"], "Dozens gathered", SAYING, True),
        (["Trump", "’s", "plan"], "Trump’s plan", WORDS_ONLY, True),
        (["Trump", "’s", "dog"], "Trump’s dog", SAYING, False),  # an apostrophe is no quote
    ],
    ids=[
        "verb_of_saying",
        "nothing_to_read",
        "quotation_marks",
        "marks_not_asked_for",
        "digits",
        "number_word",
        "trigger_noun",
        "apostrophe_is_not_a_mark",
    ],
)
def test_wants_parse(words: list[str], text: str, selection: Selection, wanted: bool) -> None:
    assert wants_parse(words, text, selection) is wanted


def test_phrasal_pair_needs_its_particle() -> None:
    pointing = Selection(frozenset(), frozenset({("point", "out")}), quotes=False, numbers=False)
    assert wants_parse(["She", "pointed", "out", "flaws"], "", pointing)
    assert not wants_parse(["She", "pointed", "at", "it"], "", pointing)


def test_sentence_before_each_chosen_one_is_parsed_when_asked() -> None:
    sentences = [(["Calm"], "Calm"), (["Quiet"], "Quiet"), (["He", "said", "no"], "He said no")]
    assert sentences_to_parse(sentences, WORDS_ONLY) == [False, False, True]
    with_context = Selection(WORDS_ONLY.words, quotes=False, numbers=False, before=1)
    assert sentences_to_parse(sentences, with_context) == [False, True, True]


def test_runs_of_consecutive_chosen_sentences() -> None:
    assert runs([True, True, False, True, False, False, True]) == [(0, 2), (3, 4), (6, 7)]
    assert runs([]) == [] and runs([False]) == []
