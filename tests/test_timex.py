"""Time expressions normalised against the article's publication date (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from newsdesk.model import TimeExpression
from newsdesk.timex import find_time_expressions, resolve_expression, tense_hint_for

THURSDAY = date(2025, 4, 24)
FRIDAY = date(2025, 4, 25)
SATURDAY = date(2025, 4, 26)


def only(text: str, published: date | None) -> TimeExpression:
    found = find_time_expressions(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # the same-day weekday rule and the seeds' cases
        ("The agency reported Thursday that talks had stalled.", THURSDAY, "2025-04-24"),
        ("The envoy met the president yesterday in the capital.", SATURDAY, "2025-04-25"),
        ("The leader on Wednesday ramped up pressure on his rival.", SATURDAY, "2025-04-23"),
        ("It fired the biggest barrage earlier this week.", SATURDAY, "2025-04-21/2025-04-25"),
        ("The region was occupied last May by the army.", FRIDAY, "2024-05"),
        ("The plant has been shut in 2017 and never reopened.", FRIDAY, "2017"),
        # weekdays: past looks back, future cues look forward
        ("The ministers met on Monday to discuss the plan.", THURSDAY, "2025-04-21"),
        ("The ministers will meet on Monday to discuss the plan.", THURSDAY, "2025-04-28"),
        ("Officials said Monday's meeting will decide the matter.", THURSDAY, "2025-04-28"),
        ("The vote is expected to take place on Tuesday.", THURSDAY, "2025-04-29"),
        ("Strikes hit the city early Thursday, officials said.", THURSDAY, "2025-04-24"),
        ("Sirens sounded late on Thursday night across the port.", FRIDAY, "2025-04-24"),
        ("The bill passed last Thursday after a long debate.", THURSDAY, "2025-04-17"),
        ("The summit opens next Thursday in the capital.", THURSDAY, "2025-05-01"),
        ("The deadline runs until Tuesday, the agency said.", THURSDAY, "2025-04-29"),
        # deictic days
        ("The minister spoke today in parliament.", THURSDAY, "2025-04-24"),
        ("Fans will gather tonight at the stadium.", THURSDAY, "2025-04-24"),
        ("Two drones were shot down last night over the coast.", THURSDAY, "2025-04-23"),
        ("Talks resume tomorrow morning in the capital.", THURSDAY, "2025-04-25"),
        # weeks, months, years
        ("The envoy visited Paris last week for talks.", THURSDAY, "2025-04-14/2025-04-20"),
        ("Prices rose this week on the exchange.", THURSDAY, "2025-W17"),
        ("Exports fell sharply last month, data showed.", THURSDAY, "2025-03"),
        ("Output grew strongly last year in the sector.", THURSDAY, "2024"),
        ("The company expects to list next year.", THURSDAY, "2026"),
        ("The truce collapsed two weeks ago near the border.", THURSDAY, "2025-W15"),
        ("The law was signed three days ago by the governor.", THURSDAY, "2025-04-21"),
        # calendar dates
        ("The hearing is set for April 25 in the district court.", THURSDAY, "2025-04-25"),
        ("The treaty was signed on 25 April 2025 in the capital.", None, "2025-04-25"),
        ("The treaty was signed on April 25, 2025, in the capital.", None, "2025-04-25"),
        ("Sales in April 2025 beat forecasts.", None, "2025-04"),
        ("The plant has been occupied since 2022 by foreign troops.", FRIDAY, "2022"),
        ("A deal should be reached by the end of April, he said.", FRIDAY, "2025-04"),
        ("The dispute dates back to the 1990s in the valley.", FRIDAY, "1990-01-01/1999-12-31"),
        ("The firm posted a third-quarter loss on Monday.", date(1989, 10, 26), None),
        ("Published on 2025-04-24 by the agency.", None, "2025-04-24"),
    ],
)
def test_resolves_against_publication(text: str, published: date | None, value: str) -> None:
    found = find_time_expressions(text, published)
    assert found, text
    if value is None:  # several expressions: checked in their own tests
        return
    assert len(found) == 1, found
    assert found[0].value == value, (text, found[0])


def test_same_weekday_means_publication_day_only_without_last_or_next() -> None:
    assert only("Officials confirmed Thursday the talks.", THURSDAY).value == "2025-04-24"
    assert only("Officials met last Thursday.", THURSDAY).value == "2025-04-17"


def test_a_weekday_in_the_name_of_a_day_is_no_weekday() -> None:
    for text in (
        "Sanders gained momentum moving into South Carolina and Super Tuesday.",
        "Shoppers lined up outside the stores on Black Friday.",
        "Churches held services on Good Friday.",
    ):
        assert find_time_expressions(text, THURSDAY) == [], text
    crash = find_time_expressions("The market crashed on Black Monday in 1987.", THURSDAY)
    assert [t.value for t in crash] == ["1987"]
    assert only("Results of Super Tuesday came in late on Tuesday.", THURSDAY).value == (
        "2025-04-22"
    )


def test_vague_windows_have_low_confidence() -> None:
    recent = only("Officials have warned in recent days that aid could stop.", THURSDAY)
    assert recent.value == "2025-04-20/2025-04-23"
    assert recent.precision == "range" and recent.confidence < 0.5
    few = only("The mayor criticised the plan a few days ago.", THURSDAY)
    assert few.precision == "range" and few.confidence < 0.5


def test_last_month_name_depends_on_publication_month() -> None:
    assert only("The town fell last May to the rebels.", date(2025, 6, 10)).value == "2025-05"
    assert only("The town fell last May to the rebels.", date(2025, 5, 10)).value == "2024-05"


def test_season_needs_its_article_and_respects_tense() -> None:
    found = only("The offensive stalled in the fall, officials said.", THURSDAY)
    assert found.value == "2024-09-01/2024-11-30"


def test_quarter_resolves_to_the_quarter_just_reported() -> None:
    found = only("The bank reported a third-quarter loss.", date(1989, 10, 26))
    assert found.value == "1989-07-01/1989-09-30"


def test_phrase_text_and_offsets_are_exact() -> None:
    text = "İstanbul: sirens sounded late on Thursday night across the port."
    found = only(text, FRIDAY)
    assert found.text == "late on Thursday night"
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text",
    [
        "He approaches the first 100 days of his presidency.",
        "Officials may meet again, and 5000 soldiers a week are dying.",
        "The fund paid $2017 for the 2000-page report, up 2015%.",
        "Troops march on the capital.",
        "Prices fall and spring back.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_time_expressions(text, THURSDAY) == []


def test_without_publication_date_relative_is_unknown_absolute_resolves() -> None:
    found = find_time_expressions("Yesterday's deal, signed 25 April 2025, held.", None)
    assert [(e.value, e.precision) for e in found] == [(None, "unknown"), ("2025-04-25", "day")]


def test_every_expression_explains_itself() -> None:
    found = find_time_expressions("The agency reported Thursday that strikes hit.", THURSDAY)
    assert "same day" in found[0].how
    assert 0.0 < found[0].confidence <= 1.0


def test_resolve_expression_uses_tense_hint() -> None:
    assert resolve_expression("Monday", THURSDAY) == (
        "2025-04-21",
        "day",
        "weekday, most recent one (no future cue)",
    )
    resolved = resolve_expression("Monday", THURSDAY, "future")
    assert resolved is not None and resolved[0] == "2025-04-28"
    assert resolve_expression("the talks", THURSDAY) is None
    assert resolve_expression("March", date(2025, 5, 2)) == ("2025-03", "month", "month, last one")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks will resume on Friday.", "future"),
        ("The talks resumed on Friday.", "past"),
        ("Talks on Friday.", None),
        ("He said they must finish by Friday.", "future"),
        ("Both sides had agreed to keep talking through Friday.", "future"),  # a bound ahead
    ],
)
def test_tense_hint(text: str, expected: str | None) -> None:
    start = text.index("Friday")
    assert tense_hint_for(text, start, start + len("Friday")) == expected


def test_as_early_as_a_day_looks_ahead() -> None:
    text = "The minister said the swap could take place as early as the weekend."
    (found,) = find_time_expressions(text, date(2026, 3, 12))
    assert (found.text, found.value) == ("the weekend", "2026-03-14/2026-03-15")
