"""Language identification and machine-translation signals on invented sentences."""

from __future__ import annotations

import pytest

from newsdesk.config import LanguageSettings
from newsdesk.language import identify, machine_translation_signals

CLEAN_ENGLISH = (
    "The city council approved the new budget on Tuesday after a long debate. "
    "The mayor said the so-called rainy-day fund would grow by 3.5 percent next year, "
    "and officials expect the first payments in early spring."
)
# Invented, written to carry the clues a Czech-to-English machine translation leaves behind.
TRANSLATED_LOOKING = (
    "The minister, according to the server, visited the Ostravská steel plant on Monday. "
    "One of the demands is the so -called. Reduction of the war -damaged budget by 3,5 percent. "
    "President Oleksandr Kovalenkyj said the state would of iure keep its share – ie in the north."
)
# Native English about Czechia: Czech names and one typo must not be enough to flag it.
NATIVE_ABOUT_CZECHIA = (
    "Voters in Plzeň and České Budějovice went to the polls on Saturday. Turnout in Ústí was "
    "higher than expected, officials said, and the count was finished by midnight. Analysts "
    "called it a well -run election."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (CLEAN_ENGLISH, "en"),
        ("Der Bundestag hat am Donnerstag ein neues Gesetz über die Rente beschlossen.", "de"),
        ("Vláda ve čtvrtek schválila návrh zákona o státním rozpočtu na příští rok.", "cs"),
    ],
)
def test_identify_finds_the_language(text: str, language: str) -> None:
    signals = identify(text)
    assert signals.language == language
    assert 0.5 < signals.confidence <= 1.0


def test_candidates_restrict_the_answer() -> None:
    czech = "Vláda ve čtvrtek schválila návrh zákona o státním rozpočtu na příští rok."
    signals = identify(czech, LanguageSettings(candidates=("en", "de")))
    assert signals.language in {"en", "de"}


def test_empty_text_has_no_language() -> None:
    signals = identify("   ")
    assert signals.language is None
    assert not signals.machine_translated


def test_translated_looking_paragraph_is_flagged_with_evidence() -> None:
    signals = identify(TRANSLATED_LOOKING)
    assert signals.language == "en"
    assert signals.machine_translated
    quoted = " ".join(signals.evidence)
    for clue in ("war -damaged", "of iure", "Kovalenkyj", "according to the server", "3,5 percent"):
        assert f'"{clue}' in quoted


@pytest.mark.parametrize("text", [CLEAN_ENGLISH, NATIVE_ABOUT_CZECHIA])
def test_native_english_is_not_flagged(text: str) -> None:
    flagged, _ = machine_translation_signals(text)
    assert not flagged


def test_one_family_alone_never_flags() -> None:
    many_spaced_hyphens = (
        "a so -called plan, a war -torn city, a well -known man, a long -term aim."
    )
    flagged, evidence = machine_translation_signals(many_spaced_hyphens)
    assert evidence
    assert not flagged


def test_repeated_name_counts_once() -> None:
    _, evidence = machine_translation_signals("Zelenskyj spoke. Zelenskyj left. Zelenskyj won.")
    assert len(evidence) == 1


def test_non_english_text_gets_no_translation_verdict() -> None:
    signals = identify("Der so -genannte Plan wurde von Selenskyj abgelehnt, sagte der Minister.")
    assert signals.language == "de"
    assert not signals.machine_translated
    assert signals.evidence == ()
