"""The brief of a story, composed from hand-built articles, facts, claims and quotes: every line
cited, the timeline in time order, coverage per outlet, quotes merged, panels and what is new."""

from __future__ import annotations

from dataclasses import replace

import pytest

import newsdesk.compose.brief as brief_module
from brief_builders import article, claim, conflict, evidence, fact, material, quote, span_of
from newsdesk.compose import StoryMaterial, compose_brief
from newsdesk.compose.summary import Candidate, Summary
from newsdesk.config import Settings
from newsdesk.model import Article, BackgroundEvent, Brief, Citation, Evidence, Fact

OPENED = "Talks between Kestria and Orvenia opened in Aldmoor on Wednesday after a deadly strike."
STRIKE = "The strike killed at least 12 people in the river town of Brodnitsa late on Tuesday."
TOLL = "Local officials said the strike on Brodnitsa killed 14 people, most of them at a market."
BAKERY = "A bakery near the venue in Aldmoor sold out of pastries before the delegations arrived."
EXCHANGE = (
    "Kestria accepted an Orvenian offer on Thursday to exchange forty prisoners across the bridge."
)
OBSERVERS = (
    "Lisvania offered to send three hundred unarmed observers to the valley if both sides agree."
)


def ledger() -> Article:
    return article("a1", f"{OPENED} {STRIKE} {BAKERY}", "The Ledger", "2026-03-11", OPENED)


def wire() -> Article:
    return article("a2", f"{TOLL} {OPENED}", "Meridian Wire", "2026-03-11", "Talks open")


def copy_of_ledger() -> Article:
    original = ledger()
    return replace(original, id="a3", outlet="Harbourline News", duplicate_of="a1", source="copy")


def glas() -> Article:
    return article(
        "a4", f"{EXCHANGE} {OBSERVERS}", "Glas Orvena", "2026-03-12", machine_translated=True
    )


def cited_text(articles: dict[str, Article], citation: Citation) -> str:
    return articles[citation.article_id].text[citation.start : citation.end]


def story_facts(a1: Article, a2: Article, a3: Article, a4: Article) -> list[Fact]:
    opened = fact(
        "opened",
        [evidence(a1, OPENED), evidence(a2, OPENED), evidence(a3, OPENED, "The Ledger")],
        date="2026-03-11",
        precision="day",
    )
    strike = fact(
        "strike",
        [evidence(a1, STRIKE)],
        conflicts=[
            conflict(
                "number",
                "killed",
                ("at least 12", [evidence(a1, STRIKE)]),
                ("14", [evidence(a2, TOLL)]),
            )
        ],
        date="2026-03-10",
        precision="day",
    )
    exchange = fact(
        "exchange",
        [evidence(a4, EXCHANGE)],
        flags=["translation only: every report of it is machine-translated"],
        date="2026-03-12",
        precision="day",
    )
    return [opened, strike, exchange]


@pytest.fixture
def full(settings: Settings) -> tuple[Brief, StoryMaterial]:
    a1, a2, a3, a4 = ledger(), wire(), copy_of_ledger(), glas()
    facts = story_facts(a1, a2, a3, a4)
    stuff = material(
        [a1, a2, a3, a4],
        facts,
        claims=[claim(a4, "Kestria", "ACCEPT", "exchange forty prisoners", date="2026-03-12")],
        quotes=[
            (0, quote(a1, "deadly strike", speaker="Teodor Vasylenko")),
            (0, quote(a2, "deadly strike", speaker="Teodor Vasylenko")),
        ],
        origins={"a1": ("The Ledger",), "a2": ("Meridian Wire",), "a3": ("The Ledger",)},
        outlet_types={"Meridian Wire": "wire", "The Ledger": "private"},
        new_articles=frozenset({"a4"}),
        since="2026-03-12",
    )
    return compose_brief(stuff, settings.summary), stuff


# --- every line cited -------------------------------------------------------------------------


def test_every_summary_line_is_the_text_of_each_span_it_cites(
    full: tuple[Brief, StoryMaterial],
) -> None:
    brief, stuff = full
    articles = dict(stuff.articles)
    assert brief.summary
    for line in brief.summary:
        assert line.citations
        for citation in line.citations:
            assert cited_text(articles, citation) == line.text


def test_every_other_line_cites_first_a_span_holding_its_text(
    full: tuple[Brief, StoryMaterial],
) -> None:
    """Timeline, flags and "new" lines are a fact's text (with a label): the first citation
    is the fact's best report, which holds it."""
    brief, stuff = full
    articles = dict(stuff.articles)
    lines = [(e.text, e.citations) for e in brief.timeline]
    lines += [(x.text.split(" — ", 1)[1], x.citations) for x in brief.flags]
    lines += [(x.text.split(": ", 1)[1], x.citations) for x in brief.new]
    assert len(lines) >= 5
    for text, citations in lines:
        assert text in cited_text(articles, citations[0])


def test_a_quote_is_the_text_of_its_cited_pieces(full: tuple[Brief, StoryMaterial]) -> None:
    brief, stuff = full
    articles = dict(stuff.articles)
    (merged,) = brief.quotes
    assert [cited_text(articles, c) for c in merged.citations] == ["deadly strike"] * 2


def test_overview_counts_and_dates(full: tuple[Brief, StoryMaterial]) -> None:
    brief, _ = full
    assert (brief.story_id, brief.articles, brief.first, brief.last) == (
        "story",
        4,
        "2026-03-11",
        "2026-03-12",
    )


# --- 1. summary --------------------------------------------------------------------------------


def capture_candidates(monkeypatch: pytest.MonkeyPatch) -> list[Candidate]:
    """The candidates compose hands to summarise (which still runs)."""
    seen: list[Candidate] = []
    real = brief_module.summarise

    def spy(candidates: list[Candidate], *args: object, **kwargs: object) -> Summary:
        seen.extend(candidates)
        return real(candidates, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(brief_module, "summarise", spy)
    return seen


@pytest.mark.parametrize(
    ("origins", "expected"),
    [
        pytest.param({"a1": ("Meridian Wire",)}, "Meridian Wire", id="the_original_s_one_origin"),
        pytest.param({}, "The Ledger", id="the_original_s_outlet_when_origins_unknown"),
    ],
)
def test_a_sentence_of_a_copy_counts_as_its_original_s_origin(
    monkeypatch: pytest.MonkeyPatch, settings: Settings, origins: dict, expected: str
) -> None:
    seen = capture_candidates(monkeypatch)
    compose_brief(material([ledger(), copy_of_ledger()], origins=origins), settings.summary)
    from_copy = [c for c in seen if c.article_id == "a3"]
    assert from_copy
    assert {c.origin for c in from_copy} == {expected}
    assert {c.origin for c in seen if c.article_id == "a1"} == {expected}


def test_a_sentence_holding_a_fact_s_clause_carries_the_fact_and_its_support(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    """Evidence that starts inside a sentence still belongs to that sentence."""
    a1, a2 = ledger(), wire()
    clause = fact(
        "toll",
        [evidence(a1, "killed at least 12 people", clause=True), evidence(a2, TOLL)],
        text="killed at least 12 people",
    )
    seen = capture_candidates(monkeypatch)
    brief = compose_brief(material([a1, a2], [clause]), settings.summary)
    (strike,) = [c for c in seen if c.text == STRIKE]
    assert (strike.facts, strike.support) == (("toll",), 2)
    (bakery,) = [c for c in seen if c.text == BAKERY]
    assert (bakery.facts, bakery.support) == ((), None)
    assert all(("toll" in line.facts) == (line.text in (STRIKE, TOLL)) for line in brief.summary)


def test_no_sentences_no_summary(settings: Settings) -> None:
    stuff = replace(material([ledger()]), sentences={})
    assert compose_brief(stuff, settings.summary).summary == ()


# --- 2. timeline -------------------------------------------------------------------------------


def dated(
    fact_id: str, item: Article, sentence: str, value: str | None, precision: str | None
) -> Fact:
    return fact(fact_id, [evidence(item, sentence)], date=value, precision=precision)


def test_timeline_one_entry_per_fact_in_time_order_with_precision_kept() -> None:
    a1, a2 = ledger(), wire()
    facts = [
        dated("day", a1, OPENED, "2026-03-12", "day"),
        dated("week", a1, STRIKE, "2026-W11", "week"),  # from Monday 9 March
        dated("month", a1, BAKERY, "2026-03", "month"),
        dated("range", a2, TOLL, "2026-03-10/2026-03-11", "range"),
        dated("year", a2, OPENED, "1921", "year"),
        dated("undated", a2, OPENED, None, None),
        dated("vague", a2, OPENED, "2026-03-12", "unknown"),
    ]
    timeline = brief_module._timeline(facts)
    assert [(e.fact, e.date, e.precision) for e in timeline] == [
        ("year", "1921", "year"),
        ("month", "2026-03", "month"),
        ("week", "2026-W11", "week"),
        ("range", "2026-03-10/2026-03-11", "range"),
        ("day", "2026-03-12", "day"),
    ]


def test_a_happening_many_articles_report_is_one_entry_citing_them_all(
    full: tuple[Brief, StoryMaterial],
) -> None:
    brief, _ = full
    (opened,) = [e for e in brief.timeline if e.fact == "opened"]
    assert len([e for e in brief.timeline if e.text == OPENED]) == 1
    assert {c.article_id for c in opened.citations} == {"a1", "a2", "a3"}
    assert opened.articles == ("a1", "a2", "a3")


def test_a_crowded_timeline_keeps_the_best_sourced() -> None:
    a1, a2 = ledger(), wire()
    lone = [
        fact(f"lone{n}", [evidence(a1, OPENED)], date=f"2026-03-{n + 1:02d}", precision="day")
        for n in range(brief_module.MAX_TIMELINE)
    ]
    shared = fact(
        "shared", [evidence(a1, OPENED), evidence(a2, OPENED)], date="2026-04-30", precision="day"
    )
    timeline = brief_module._timeline([*lone, shared])
    assert len(timeline) == brief_module.MAX_TIMELINE
    assert timeline[-1].fact == "shared"


MET = "The envoy met the president yesterday in the capital, officials said."
STRUCK = "On Wednesday a missile struck the river port and killed nine people."
FIXED = "The talks began on March 10 in the capital of the mediating state."
PROMISED = 'The minister said: "We will sign tomorrow in the capital of Lisvania."'


def test_what_an_undated_report_dates_by_its_own_day_follows_the_dated_in_its_words() -> None:
    undated = article("u1", f"{MET} {STRUCK} {FIXED} {PROMISED}", published=None)
    a1 = ledger()
    facts = [
        fact("met", [evidence(undated, MET)]),
        fact("struck", [evidence(undated, STRUCK), evidence(a1, STRIKE)]),
        fact("fixed", [evidence(undated, FIXED)]),  # a date of its own: not relative
        fact("promised", [evidence(undated, PROMISED)]),  # the speaker's "tomorrow"
        dated("opened", a1, OPENED, "2026-03-11", "day"),
    ]
    quotes = [(0, quote(undated, "We will sign tomorrow in the capital of Lisvania."))]
    timeline = brief_module._timeline(facts, {a.id: a for a in (undated, a1)}, quotes)
    assert [(e.fact, e.date, e.precision) for e in timeline] == [
        ("opened", "2026-03-11", "day"),
        ("struck", "Wednesday", "relative"),  # a weekday in the past: before yesterday
        ("met", "yesterday", "relative"),
    ]
    struck = timeline[1]
    assert struck.text == STRUCK  # the words of the report whose day dates it
    assert [c.article_id for c in struck.citations] == ["u1", "a1"]


def test_of_several_undated_reports_the_one_naming_the_narrowest_time_dates_the_entry() -> None:
    vague = article(
        "u1", "A missile struck the river port earlier this week, killing nine.", published=None
    )
    exact = article(
        "u2", "A missile struck the river port on Thursday and killed nine.", published=None
    )
    both = fact("struck", [evidence(vague, "earlier this week"), evidence(exact, "on Thursday")])
    (entry,) = brief_module._timeline([both], {a.id: a for a in (vague, exact)})
    assert (entry.date, entry.text) == ("Thursday", exact.text)
    assert [c.article_id for c in entry.citations] == ["u2", "u1"]


def test_a_dated_entry_is_told_in_the_words_of_a_report_that_gives_its_date() -> None:
    habitual = article("a1", "Kestria has repeatedly said it will not give up the valley.")
    dating = article("a2", "Kestria said on Tuesday it will not give up the valley.")
    dated_report = replace(evidence(dating, "on Tuesday"), date="2026-03-10")
    said = fact(
        "said", [evidence(habitual, "repeatedly"), dated_report], date="2026-03-10", precision="day"
    )
    (entry,) = brief_module._timeline([said], {a.id: a for a in (habitual, dating)})
    assert (entry.date, entry.text) == ("2026-03-10", dating.text)
    assert [c.article_id for c in entry.citations] == ["a2", "a1"]
    # the fact's own wording stays when its report gives the date, or when no report does
    first = replace(said, evidence=said.evidence[::-1], text=dating.text)
    (entry,) = brief_module._timeline([first], {a.id: a for a in (habitual, dating)})
    assert (entry.text, entry.citations[0].article_id) == (dating.text, "a2")
    undated = replace(said, event_date="2026-03-09")
    (entry,) = brief_module._timeline([undated], {a.id: a for a in (habitual, dating)})
    assert (entry.text, entry.citations[0].article_id) == (habitual.text, "a1")


def test_a_dated_report_gives_no_relative_entry() -> None:
    a1 = article("a1", f"{MET} {STRUCK}")  # published: its days are dates, or none
    timeline = brief_module._timeline([fact("met", [evidence(a1, MET)])], {"a1": a1})
    assert timeline == ()


SEIZED = "Russia must hand back the plant, which it seized in 2022, a report said."
ANNEXED = "The plan accepts Russia's 2014 annexation of Crimea and freezes the front."
GARBLED = "The plan accepts that the Russians occupied Crimea from 2014 after a referendum."
PLANT = "The plant was seized by Russian troops in 2022, officials recalled."


def mentioned(item: Article, phrase: str, value: str) -> BackgroundEvent:
    start, end = span_of(item, phrase)
    return BackgroundEvent(value, "year", item.id, start, end, phrase)


def test_happenings_facts_mention_in_passing_are_entries_once_each() -> None:
    a1 = article("a1", f"{SEIZED} {ANNEXED}")
    a2 = article("a2", f"{GARBLED} {PLANT}", machine_translated=True)
    seizure = mentioned(a1, "the plant, which it seized in 2022", "2022")
    annexation = mentioned(a1, "Russia's 2014 annexation of Crimea", "2014")
    occupation = mentioned(a2, "the Russians occupied Crimea from 2014", "2014")
    facts = [
        replace(fact("demand", [evidence(a1, SEIZED)]), background=(seizure,)),
        replace(fact("plan", [evidence(a2, GARBLED)]), background=(occupation,)),
        replace(fact("plan2", [evidence(a1, ANNEXED)]), background=(annexation,)),
        dated("seized", a2, PLANT, "2022", "year"),  # the seizure reported as a fact itself
    ]
    timeline = brief_module._timeline(facts, {"a1": a1, "a2": a2})
    assert [(e.date, e.text) for e in timeline] == [
        ("2014", "Russia's 2014 annexation of Crimea"),  # the original's words, not the garble
        ("2022", PLANT),
    ]
    (crimea, _) = timeline
    assert {(c.article_id, c.start) for c in crimea.citations} == {
        ("a1", annexation.start),
        ("a2", occupation.start),
    }
    assert crimea.fact == "plan2" and crimea.articles == ("a1", "a2")


# --- 3. positions ------------------------------------------------------------------------------


def test_positions_come_from_the_claims_under_canonical_names(settings: Settings) -> None:
    a4 = glas()
    stuff = material(
        [a4],
        claims=[
            claim(a4, "Kestria", "ACCEPT", "exchange forty prisoners", date="2026-03-12"),
            claim(a4, "Lisvania", "OFFER", "send three hundred unarmed observers"),
        ],
        entity_names={"kestria": "Kestria (state)"},
    )
    positions = compose_brief(stuff, settings.summary).positions
    assert [(p.actor, p.stance, p.issue) for p in positions] == [
        ("Kestria (state)", "accepts", "exchange forty prisoners"),
        ("Lisvania", "offers", "send three hundred unarmed observers"),
    ]


# --- 4. coverage -------------------------------------------------------------------------------


def test_coverage_per_outlet(full: tuple[Brief, StoryMaterial]) -> None:
    brief, _ = full
    rows = {row.outlet: row for row in brief.coverage}
    assert set(rows) == {"The Ledger", "Meridian Wire", "Harbourline News", "Glas Orvena"}
    ledger_row, wire_row, copy_row, glas_row = (
        rows[o] for o in ("The Ledger", "Meridian Wire", "Harbourline News", "Glas Orvena")
    )
    assert (ledger_row.facts, ledger_row.missing, ledger_row.type) == (
        ("opened", "strike"),
        (),
        "private",
    )
    assert (wire_row.facts, wire_row.type, wire_row.origins) == (
        ("opened",),
        "wire",
        ("Meridian Wire",),
    )
    assert (copy_row.copies, copy_row.origins, copy_row.type) == (1, ("The Ledger",), None)
    assert (glas_row.facts, glas_row.missing, glas_row.machine_translated) == (
        ("exchange",),
        ("opened",),  # the only fact with two independent origins
        1,
    )


def test_coverage_counts_removed_noise_and_orders_by_articles(settings: Settings) -> None:
    busy = [article(f"b{n}", OPENED, "Busy Daily", removed=2) for n in range(2)]
    quiet = article("q1", OPENED, "A Quiet Weekly", removed=1)
    coverage = compose_brief(material([quiet, *busy]), settings.summary).coverage
    assert [(c.outlet, len(c.articles), c.removed) for c in coverage] == [
        ("Busy Daily", 2, 4),
        ("A Quiet Weekly", 1, 1),
    ]


def test_a_contested_fact_with_two_origins_still_counts_as_left_out(settings: Settings) -> None:
    a1, a2, a4 = ledger(), wire(), glas()
    both = fact(
        "toll",
        [evidence(a1, STRIKE), evidence(a2, TOLL)],
        conflicts=[
            conflict(
                "number", "killed", ("12", [evidence(a1, STRIKE)]), ("14", [evidence(a2, TOLL)])
            )
        ],
    )
    coverage = compose_brief(material([a1, a2, a4], [both]), settings.summary).coverage
    assert next(c for c in coverage if c.outlet == "Glas Orvena").missing == ("toll",)


def test_articles_without_an_outlet_are_not_one_outlet(settings: Settings) -> None:
    items = [article("x1", OPENED, None), article("x2", STRIKE, None)]
    coverage = compose_brief(material(items), settings.summary).coverage
    assert len(coverage) == 2


# --- 5. quotes ---------------------------------------------------------------------------------


def test_the_same_words_in_several_outlets_are_one_quote(full: tuple[Brief, StoryMaterial]) -> None:
    brief, _ = full
    (merged,) = brief.quotes
    assert merged.speaker == "Teodor Vasylenko"
    assert merged.text == "deadly strike"
    assert [c.article_id for c in merged.citations] == ["a1", "a2"]


def test_quotes_merge_by_words_across_groups_and_leave_reported_speech_out(
    settings: Settings,
) -> None:
    a1, a4 = ledger(), glas()
    a5 = article("a5", "“Deadly strike!” Vasylenko said of the attack.", "Northgate Observer")
    quotes = [
        (1, quote(a1, "deadly strike", speaker=None)),
        (2, quote(a5, "Deadly strike!", speaker="Teodor Vasylenko")),
        (3, quote(a4, "exchange forty prisoners", direct=False)),
    ]
    merged = compose_brief(material([a1, a4, a5], quotes=quotes), settings.summary).quotes
    assert [(q.speaker, len(q.citations)) for q in merged] == [("Teodor Vasylenko", 2)]


def test_words_reported_speech_puts_in_quotation_marks_are_a_quote_of_its_speaker(
    settings: Settings,
) -> None:
    text = (
        "Lavrov said there were “several signs that we are moving” toward a deal. "
        "Vasylenko said the “demilitarization” was off the table. "
        "Officials said the plan was “dead on arrival” in its current form."
    )
    a1 = article("a1", text)
    quotes = [
        (
            0,
            quote(
                a1,
                "there were “several signs that we are moving” toward a deal",
                direct=False,
                speaker="Sergei Lavrov",
            ),
        ),
        (1, quote(a1, "the “demilitarization” was off the table", direct=False)),  # one word
        (
            2,
            quote(
                a1, "the plan was “dead on arrival” in its current form", direct=False, speaker=None
            ),
        ),  # nobody's words
    ]
    (found,) = compose_brief(material([a1], quotes=quotes), settings.summary).quotes
    assert (found.speaker, found.text) == ("Sergei Lavrov", "several signs that we are moving")
    (cited,) = found.citations
    assert text[cited.start : cited.end] == "several signs that we are moving"


def test_quoted_words_of_a_report_join_their_variants_quoted_in_full_elsewhere(
    settings: Settings,
) -> None:
    reported = "Lavrov said there were “signs that we are moving” toward a deal."
    direct = "“We see signs that we are moving in the right direction,” Lavrov told CBS."
    a1, a2 = article("a1", reported), article("a2", direct, "Meridian Wire")
    full = "We see signs that we are moving in the right direction,"
    quotes = [  # one variant group: the report holds the words of the direct quote
        (
            0,
            quote(
                a1,
                "there were “signs that we are moving” toward a deal",
                direct=False,
                speaker="Sergei Lavrov",
            ),
        ),
        (0, quote(a2, full, speaker="Sergei Lavrov")),
    ]
    (merged,) = compose_brief(material([a1, a2], quotes=quotes), settings.summary).quotes
    assert merged.text == full
    assert [c.article_id for c in merged.citations] == ["a2", "a1"]


def test_a_quote_split_by_its_cue_cites_every_piece_and_the_longest_wording_first(
    settings: Settings,
) -> None:
    a1, a2 = ledger(), wire()
    quotes = [
        (0, quote(a2, "strike on Brodnitsa killed 14 people")),
        (0, quote(a1, "opened in Aldmoor", "killed at least 12 people")),
    ]
    (merged,) = compose_brief(material([a1, a2], quotes=quotes), settings.summary).quotes
    assert merged.text == "opened in Aldmoor … killed at least 12 people"
    texts = {"a1": a1.text, "a2": a2.text}
    assert [texts[c.article_id][c.start : c.end] for c in merged.citations] == [
        "opened in Aldmoor",
        "killed at least 12 people",
        "strike on Brodnitsa killed 14 people",
    ]


def test_a_merged_quote_s_speaker_is_the_canonical_name_most_articles_give(
    settings: Settings,
) -> None:
    a1, a2, a4 = ledger(), wire(), glas()
    quotes = [
        (0, quote(a1, "deadly strike", speaker="Wasylenko")),
        (0, quote(a2, "deadly strike", speaker="Teodor Vasylenko")),
        (0, quote(a4, "Kestria accepted", speaker="Lisvanian officials")),
    ]
    names = {"wasylenko": "Teodor Vasylenko", "teodor vasylenko": "Teodor Vasylenko"}
    stuff = material([a1, a2, a4], quotes=quotes, entity_names=names)
    (merged,) = compose_brief(stuff, settings.summary).quotes
    assert merged.speaker == "Teodor Vasylenko"


def test_quotes_most_outlets_carry_come_first(settings: Settings) -> None:
    a1, a2, a4 = ledger(), wire(), glas()
    quotes = [
        (0, quote(a4, "exchange forty prisoners")),
        (1, quote(a1, "deadly strike")),
        (1, quote(a2, "deadly strike")),
    ]
    merged = compose_brief(material([a1, a2, a4], quotes=quotes), settings.summary).quotes
    assert [q.text for q in merged] == ["deadly strike", "exchange forty prisoners"]


# --- 6. panels ---------------------------------------------------------------------------------


def test_contested_and_single_source_facts_are_listed(full: tuple[Brief, StoryMaterial]) -> None:
    brief, _ = full
    assert brief.contested == ("strike",)
    assert brief.single_source == ("exchange",)


def test_a_conflict_between_two_facts_is_listed_once(settings: Settings) -> None:
    a1, a2 = ledger(), wire()
    sides = (("at least 12", [evidence(a1, STRIKE)]), ("14", [evidence(a2, TOLL)]))
    first = fact(
        "first",
        [evidence(a1, STRIKE)],
        conflicts=[replace(conflict("number", "killed", *sides), other_fact="second")],
    )
    second = fact(
        "second",
        [evidence(a2, TOLL)],
        conflicts=[replace(conflict("number", "killed", *sides), other_fact="first")],
    )
    within = fact("within", [evidence(a2, OPENED)], conflicts=[conflict("date", "opened", *sides)])
    brief = compose_brief(material([a1, a2], [first, second, within]), settings.summary)
    assert brief.contested == ("first", "within")


def test_flags_are_cited_lines(full: tuple[Brief, StoryMaterial]) -> None:
    brief, _ = full
    (flag,) = brief.flags
    assert flag.text == f"translation only: every report of it is machine-translated — {EXCHANGE}"
    assert flag.facts == ("exchange",)
    assert flag.citations[0].article_id == "a4"


def test_a_flag_many_facts_share_is_one_line_citing_each_and_rare_flags_come_first() -> None:
    a1, a4 = ledger(), glas()
    translated = "translation only: every report of it is machine-translated"
    facts = [fact(f"t{i}", [evidence(a4, EXCHANGE)], flags=[translated]) for i in range(3)] + [
        fact("old", [evidence(a1, STRIKE)], flags=["anachronism: no such office then"])
    ]
    lines = brief_module._flags(facts)
    assert [line.text for line in lines] == [
        f"anachronism: no such office then — {STRIKE}",
        f"{translated} (3 facts)",
    ]
    assert lines[1].facts == ("t0", "t1", "t2")
    assert len(lines[1].citations) == 3


# --- 7. what is new ----------------------------------------------------------------------------


def news(
    facts: list[Fact], fresh: set[str], articles: list[Article], settings: Settings
) -> list[tuple[str, str]]:
    stuff = material(articles, facts, new_articles=frozenset(fresh), since="2026-03-12")
    brief = compose_brief(stuff, settings.summary)
    assert brief.since == "2026-03-12"
    return [(line.text.split(":", 1)[0], line.facts[0]) for line in brief.new]


def test_new_newly_corroborated_and_newly_contested(settings: Settings) -> None:
    a1, a2, a4 = ledger(), wire(), glas()  # a4 and a5 arrived since
    a5 = article("a5", f"{TOLL} {OPENED}", "Northgate Observer")
    two_sides = (("12", [evidence(a1, STRIKE)]), ("14", [evidence(a5, TOLL)]))
    old_sides = (
        ("12", [evidence(a1, STRIKE)]),
        ("14", [evidence(a2, TOLL), evidence(a4, EXCHANGE)]),
    )
    facts = [
        fact("fresh", [evidence(a4, EXCHANGE)]),
        fact("now_two", [evidence(a1, OPENED), evidence(a5, OPENED)]),
        fact("already_two", [evidence(a1, OPENED), evidence(a2, OPENED), evidence(a4, EXCHANGE)]),
        # its reports are all old: the new article is on the other side of the dispute
        fact(
            "disputed_now",
            [evidence(a1, STRIKE)],
            conflicts=[conflict("number", "killed", *two_sides)],
        ),
        fact(
            "disputed_before",
            [evidence(a1, STRIKE)],
            conflicts=[conflict("number", "killed", *old_sides)],
        ),
        fact("old", [evidence(a1, BAKERY)]),
    ]
    assert news(facts, {"a4", "a5"}, [a1, a2, a4, a5], settings) == [
        ("New", "fresh"),
        ("Newly corroborated", "now_two"),
        ("Newly contested", "disputed_now"),
    ]


def test_a_new_line_cites_the_fact_s_best_report_then_the_new_ones(settings: Settings) -> None:
    a1, a2 = ledger(), wire()
    now_two = fact("now_two", [evidence(a1, OPENED), evidence(a2, TOLL)])
    stuff = material([a1, a2], [now_two], new_articles=frozenset({"a2"}), since="2026-03-12")
    (line,) = compose_brief(stuff, settings.summary).new
    assert [c.article_id for c in line.citations] == ["a1", "a2"]
    assert line.text == f"Newly corroborated: {OPENED}"


def test_nothing_is_new_when_no_time_is_given(
    full: tuple[Brief, StoryMaterial], settings: Settings
) -> None:
    _, stuff = full
    brief = compose_brief(replace(stuff, since=None), settings.summary)
    assert (brief.new, brief.since) == ((), None)


def test_evidence_builder_cites_whole_sentences() -> None:
    """The builders cite as fuse does (a guard on the tests themselves)."""
    a1 = ledger()
    report: Evidence = evidence(a1, "deadly strike")
    assert a1.text[report.start : report.end] == OPENED == report.sentence
