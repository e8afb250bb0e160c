"""Speaker phrases resolved to named mentions, from hand-built annotations."""

from __future__ import annotations

from newsdesk.extract.speakers import (
    mention_kind,
    named_mention_in,
    person_mentions,
    resolve_description,
    resolve_speaker,
)
from newsdesk.model import Annotation, Mention, Sentence

TEXT = (
    "US President Donald Trump met Russian President Vladimir Putin. "
    "Russian Foreign Minister Sergei Lavrov was there. "
    "The US leader said talks went well. The Russian foreign minister agreed. Trump left."
)


def mention(phrase: str, label: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(phrase, start + 1)
    return Mention(start, start + len(phrase), phrase, label)


ANNOTATION = Annotation(
    "a",
    "test",
    (Sentence(0, len(TEXT)),),
    (
        mention("US", "GPE"),
        mention("Donald Trump", "PERSON"),
        mention("Vladimir Putin", "PERSON"),
        mention("Sergei Lavrov", "PERSON"),
        mention("US", "GPE", 1),
        mention("Trump", "ORG", 1),  # the small model's mistake
    ),
)


def span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def test_mention_kinds() -> None:
    assert mention_kind("he") == "pronoun"
    assert mention_kind("The US leader") == "description"
    assert mention_kind("critics") == "description"
    assert mention_kind("Sergei Lavrov") == "name"


def test_descriptions_resolve_to_the_person_with_that_title() -> None:
    leader = resolve_speaker(TEXT, ANNOTATION, *span("The US leader"))
    minister = resolve_speaker(TEXT, ANNOTATION, *span("The Russian foreign minister"))
    assert leader is not None and leader.text == "Donald Trump"
    assert minister is not None and minister.text == "Sergei Lavrov"


def test_a_description_without_a_matching_title_stays_unresolved() -> None:
    assert resolve_description(TEXT, ANNOTATION, "the spokeswoman", len(TEXT)) is None


def test_a_modifier_is_not_the_speaker() -> None:
    assert named_mention_in(ANNOTATION, *span("The US leader")) is None
    found = named_mention_in(ANNOTATION, *span("Russian Foreign Minister Sergei Lavrov"))
    assert found is not None and found.text == "Sergei Lavrov"


def test_pronoun_prefers_the_latest_speaker_in_view() -> None:
    lavrov = mention("Sergei Lavrov", "PERSON")
    start = TEXT.index("agreed")
    assert resolve_speaker(TEXT, ANNOTATION, start, start + 2) is None  # not a pronoun there
    text = TEXT + " He smiled."
    he = text.index("He smiled")
    found = resolve_speaker(text, ANNOTATION, he, he + 2, recent=[lavrov])
    assert found == lavrov


def test_pronoun_without_speakers_takes_the_latest_person() -> None:
    text = TEXT + " He smiled."
    he = text.index("He smiled")
    found = resolve_speaker(text, ANNOTATION, he, he + 2)
    assert found is not None and found.text == "Trump"  # an ORG whose surname is a person's


def test_surnames_mislabelled_by_ner_count_as_people() -> None:
    people = {m.text for m in person_mentions(TEXT, ANNOTATION)}
    assert people == {"Donald Trump", "Vladimir Putin", "Sergei Lavrov", "Trump"}


def test_i_and_you_are_not_resolved() -> None:
    text = "I said so."
    assert resolve_speaker(text, Annotation("a", "t", (), ()), 0, 1) is None
