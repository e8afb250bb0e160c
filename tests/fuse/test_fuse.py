"""Facts from hand-built story articles: alignment, origins, conflicts, flags, status."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

import newsdesk.fuse as fuse_module
from newsdesk.config import default_settings
from newsdesk.fuse import SentenceOrigin, StoryArticle, fuse_story
from newsdesk.fuse.units import UNRESOLVED
from newsdesk.gazetteer import load_gazetteer
from newsdesk.model import Article, Claim, Fact, InputKind, Quantity, Quote, Sentence

SETTINGS = replace(default_settings().fuse, denials=False)
ENTITIES = {
    "Brodnitsa": "e-brodnitsa",
    "Kestria": "e-kestria",
    "Orvenia": "e-orvenia",
    "Zaporizhzhia": "e-zpp",
    "Zaporozka": "e-zpp",  # a translation garble link merged
}


def story_article(
    article_id: str,
    text: str,
    *,
    outlet: str | None = None,
    seen: int = 0,
    copy_of: str | None = None,
    translated: bool = False,
    quantities: tuple[Quantity, ...] = (),
    claims: tuple[Claim, ...] = (),
    quotes: tuple[Quote, ...] = (),
    cited: dict[str, tuple[str, str]] | None = None,
) -> StoryArticle:
    """One article: sentences split at full stops; `cited` maps a word of a sentence to the
    (origin, kind) that sentence rests on, otherwise the outlet's own reporting."""
    article = Article(
        article_id, f"{article_id}.txt", InputKind.TEXT, None, outlet, "2026-03-12", "metadata",
        "en", text, (), (), machine_translated=translated,
    )  # fmt: skip
    sentences = tuple(Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    entities = tuple(
        (m.start(), m.end(), entity)
        for name, entity in ENTITIES.items()
        for m in re.finditer(rf"\b{name}\b", text)
    )
    origins = tuple(_origin(text, s, outlet or article_id, cited or {}) for s in sentences)
    return StoryArticle(
        article, sentences, entities, quantities=quantities, claims=claims, quotes=quotes,
        origins=origins, copy_of=copy_of, seen=seen,
    )  # fmt: skip


def _origin(
    text: str, sentence: Sentence, outlet: str, cited: dict[str, tuple[str, str]]
) -> SentenceOrigin:
    for word, (name, kind) in cited.items():
        if word in text[sentence.start : sentence.end]:
            counted = outlet if kind == "unknown" else name
            return SentenceOrigin(sentence.start, sentence.end, name, kind, counted)
    return SentenceOrigin(sentence.start, sentence.end, outlet, "own", outlet)


def quantity(article_id: str, text: str, written: str, value: float, qualifier: str) -> Quantity:
    start = text.index(written)
    return Quantity(
        article_id, start, start + len(written), written.split()[-1], value, qualifier,
        "killed", start, start + len(written),
    )  # fmt: skip


STRIKE_A = "A strike on the river town of Brodnitsa killed at least 12 people late on Tuesday."
STRIKE_B = "Shelling of Brodnitsa late on Tuesday killed at least 12 people in the river town."
OTHER = "The delegations of Kestria and Orvenia agreed to keep talking through Friday in Aldmoor."


def facts_of(*articles: StoryArticle) -> list[Fact]:
    return fuse_story("story-1", articles, SETTINGS)


def fact_with(facts: list[Fact], word: str) -> Fact:
    return next(f for f in facts if word in f.text)


def test_two_outlets_reporting_one_happening_give_one_corroborated_fact() -> None:
    facts = facts_of(
        story_article("a", STRIKE_A + " " + OTHER, outlet="Meridian Wire"),
        story_article("b", STRIKE_B, outlet="Northgate Observer", seen=1),
    )
    strike = fact_with(facts, "Brodnitsa")
    assert set(strike.article_ids) == {"a", "b"}
    assert strike.independent_sources == 2 and strike.status == "corroborated"
    assert {o.name for o in strike.origins} == {"Meridian Wire", "Northgate Observer"}


def test_evidence_is_verbatim_in_its_article() -> None:
    a = story_article("a", STRIKE_A + " " + OTHER, outlet="Meridian Wire")
    b = story_article("b", STRIKE_B, outlet="Northgate Observer", seen=1)
    texts = {"a": a.article.text, "b": b.article.text}
    for fact in facts_of(a, b):
        for evidence in fact.evidence:
            assert texts[evidence.article_id][evidence.start : evidence.end] in evidence.sentence
        assert fact.text == fact.evidence[0].sentence.strip()


def test_a_copy_adds_an_article_but_no_origin() -> None:
    facts = facts_of(
        story_article("wire", STRIKE_A, outlet="Meridian Wire"),
        story_article("paper", STRIKE_A, outlet="The Aldmoor Courier", seen=1, copy_of="wire"),
    )
    (strike,) = facts
    assert set(strike.article_ids) == {"wire", "paper"}
    assert strike.independent_sources == 1 and strike.status == "single_source"


def test_a_sentence_copied_word_for_word_counts_for_its_first_outlet() -> None:
    facts = facts_of(
        story_article("wire", STRIKE_A, outlet="Meridian Wire"),
        story_article("ledger", STRIKE_A + " " + OTHER, outlet="The Ledger", seen=1),
    )
    strike = fact_with(facts, "Brodnitsa")
    assert [o.name for o in strike.origins] == ["Meridian Wire"]


def test_three_outlets_citing_one_agency_are_one_origin() -> None:
    cited = {"Brodnitsa": ("Meridian Wire", "reported_by")}
    facts = facts_of(
        story_article("a", STRIKE_A, outlet="Herald", cited=cited),
        story_article("b", STRIKE_B, outlet="Observer", seen=1, cited=cited),
    )
    (strike,) = facts
    assert strike.independent_sources == 1 and strike.status == "single_source"


def test_garbled_names_meet_through_their_entity() -> None:
    a = "Engineers restored power to the Zaporizhzhia nuclear power plant on Monday."
    b = "Engineers restored the power to the Zaporozka nuclear power plant on Monday."
    facts = facts_of(
        story_article("a", a, outlet="A"),
        story_article("b", b, outlet="B", seen=1, translated=True),
    )
    (plant,) = facts
    assert set(plant.article_ids) == {"a", "b"}
    assert "translation only" not in " ".join(plant.flags)


def test_a_fact_reported_only_in_translation_is_flagged() -> None:
    text = "Engineers restored power to the Zaporozka nuclear power plant on Monday."
    (fact,) = facts_of(story_article("b", text, outlet="B", translated=True))
    assert any(flag.startswith("translation only") for flag in fact.flags)


def test_an_article_gives_a_fact_one_unit_unless_it_repeats_itself() -> None:
    text = (
        STRIKE_A
        + " "
        + "A strike on the town of Brodnitsa killed 12 people and wounded 30 on Tuesday."
    )
    facts = facts_of(
        story_article("a", text, outlet="A"),
        story_article("b", STRIKE_B, outlet="B", seen=1),
    )
    for fact in facts:
        assert len(fact.article_ids) == len(set(fact.article_ids))
        assert len({e.article_id for e in fact.evidence}) == len(fact.evidence)


@pytest.mark.parametrize(
    ("first", "second", "contested"),
    [
        (("at least 12", 12, "at least"), ("14", 14, "exact"), True),
        (("at least 12", 12, "at least"), ("12", 12, "exact"), False),
        (("dozens", 24, "at least"), ("90", 90, "exact"), False),
        (("about 5,000", 5000, "about"), ("some 6,000", 6000, "about"), True),
    ],
    ids=["12_vs_14", "at_least_12_vs_12", "dozens_vs_90", "about_5000_vs_some_6000"],
)
def test_numbers_conflict_only_when_no_reading_reconciles_them(
    first: tuple[str, float, str], second: tuple[str, float, str], contested: bool
) -> None:
    text_a = f"A strike on the river town of Brodnitsa killed {first[0]} people late on Tuesday."
    text_b = f"Shelling of Brodnitsa late on Tuesday killed {second[0]} people in the river town."
    figure_a = quantity("a", text_a, first[0], *first[1:])
    figure_b = quantity("b", text_b, second[0], *second[1:])
    facts = facts_of(
        story_article("a", text_a, outlet="A", quantities=(figure_a,)),
        story_article("b", text_b, outlet="B", seen=1, quantities=(figure_b,)),
    )
    (strike,) = facts
    assert (strike.status == "contested") is contested
    if contested:
        (conflict,) = strike.conflicts
        assert conflict.kind == "number" and len(conflict.sides) == 2
        assert {side.evidence[0].article_id for side in conflict.sides} == {"a", "b"}


def _claim(
    article_id: str, text: str, trigger: str, action: str, modality: str = "asserted"
) -> Claim:
    start = text.index(trigger)
    issue = text.index("prisoner exchange")
    return Claim(
        article_id, 0, len(text), "Kestria", 0, 7, action, trigger, start, start + len(trigger),
        "prisoner exchange", issue, issue + 17, modality, actor_state="Kestria",
    )  # fmt: skip


def test_one_actor_accepting_and_rejecting_one_issue_at_one_time_is_contested() -> None:
    accept = "Kestria accepted the prisoner exchange offered by Orvenia on Thursday."
    reject = "Kestria rejected the prisoner exchange that Orvenia proposed, officials said."
    accepting = _claim("a", accept, "accepted", "ACCEPT")
    rejecting = _claim("b", reject, "rejected", "REJECT")
    facts = facts_of(
        story_article("a", accept, outlet="A", claims=(accepting,)),
        story_article("b", reject, outlet="B", seen=1, claims=(rejecting,)),
    )
    assert all(f.status == "contested" for f in facts)
    conflicts = [c for f in facts for c in f.conflicts]
    assert {c.kind for c in conflicts} == {"stance"}
    sides = {side.value.split()[0] for c in conflicts for side in c.sides}
    assert sides == {"ACCEPT", "REJECT"}


def test_unnamed_sources_alone_are_flagged() -> None:
    text = "Lisvania has offered 300 observers to Kestria and Orvenia, people familiar said."
    cited = {"familiar": ("unnamed sources (A)", "unknown")}
    (fact,) = facts_of(story_article("a", text, outlet="A", cited=cited))
    assert "single anonymous origin" in fact.flags


def test_a_fact_keeps_its_id_when_more_articles_report_it() -> None:
    a = story_article("a", STRIKE_A, outlet="A")
    b = story_article("b", STRIKE_B, outlet="B", seen=1)
    first = facts_of(a)[0].id
    assert fact_with(facts_of(a, b), "Brodnitsa").id == first


def test_a_short_sentence_copied_word_for_word_counts_for_its_first_outlet() -> None:
    said = "Ensdal said both sides had agreed to keep talking through Friday."
    facts = facts_of(
        story_article("wire", said, outlet="Meridian Wire"),
        story_article("ledger", said, outlet="The Ledger", seen=1),
    )
    (fact,) = facts
    assert [o.name for o in fact.origins] == ["Meridian Wire"]
    assert fact.status == "single_source"


def test_one_party_spelled_two_ways_is_one_origin() -> None:
    a = "The CDC said pupils may sit three feet apart in Brodnitsa classrooms from Monday."
    b = "Pupils may sit three feet apart in Brodnitsa classrooms from Monday, the agency said."
    facts = facts_of(
        story_article("a", a, outlet="A", cited={"CDC": ("CDC", "said_by")}),
        story_article(
            "b", b, outlet="B", seen=1,
            cited={"agency": ("Centers for Disease Control and Prevention", "said_by")},
        ),
    )  # fmt: skip
    fact = fact_with(facts, "feet")
    assert set(fact.article_ids) == {"a", "b"}
    assert fact.independent_sources == 1 and fact.status == "single_source"


def test_a_persons_own_staff_and_the_person_are_one_origin() -> None:
    a = "Aldo Venn is well and in quarantine at home in Brodnitsa, his staff said."
    b = "Aldo Venn is well and in quarantine at home in Brodnitsa, Venn said."
    staff = story_article("a", a, outlet="A")
    # the staff's words as the quote path reads them: counted by Venn's entity, shown so
    (sentence,) = staff.sentences
    said = SentenceOrigin(sentence.start, sentence.end, "Aldo Venn's Staff", "said_by", "@venn",
                          "Aldo Venn", "Aldo Venn")  # fmt: skip
    staff = replace(staff, origins=(said,))
    venn = story_article("b", b, outlet="B", seen=1, cited={"Venn said": ("Aldo Venn", "said_by")})
    fact = fact_with(facts_of(staff, venn), "quarantine")
    assert set(fact.article_ids) == {"a", "b"}
    assert fact.independent_sources == 1 and fact.status == "single_source"
    assert [o.name for o in fact.origins] == ["Aldo Venn"]
    # an office the resolver tied to no one keeps its own name
    office = replace(said, name="Tennessee Governor's Office", counted_as="tn", shown=None)
    alone = facts_of(replace(staff, origins=(office,)))
    assert [o.name for o in fact_with(alone, "quarantine").origins] == [
        "Tennessee Governor's Office"
    ]


def test_numbered_outlets_are_never_one_origin() -> None:
    facts = facts_of(
        story_article("a", STRIKE_A, outlet="NeuS outlet 1"),
        story_article("b", STRIKE_B, outlet="NeuS outlet 2", seen=1),
    )
    strike = fact_with(facts, "Brodnitsa")
    assert strike.independent_sources == 2 and strike.status == "corroborated"


def test_officials_left_unnamed_are_the_one_party_another_report_names() -> None:
    a = "Kestria said pupils may sit three feet apart in Brodnitsa classrooms from Monday."
    b = "Pupils may sit three feet apart in Brodnitsa classrooms from Monday, officials said."
    facts = facts_of(
        story_article("a", a, outlet="A", cited={"Kestria said": ("Kestria", "said_by")}),
        story_article(
            "b", b, outlet="B", seen=1, cited={"officials": ("unnamed sources (B)", "unknown")}
        ),
    )
    fact = fact_with(facts, "feet")
    assert set(fact.article_ids) == {"a", "b"}
    assert fact.independent_sources == 1 and fact.status == "single_source"


def test_one_body_of_a_state_named_two_ways_and_its_authorities_are_one_origin() -> None:
    a = "At least 12 people were killed in Brodnitsa, the Ukrainian emergency service said."
    b = "Ukraine's emergency service said at least 12 people were killed in Brodnitsa."
    c = "At least 12 people were killed in Brodnitsa, the Ukrainian authorities said."
    service = "Ukrainian Emergency Service"
    facts = facts_of(
        story_article("a", a, outlet="A", cited={"the Ukrainian": (service, "said_by")}),
        story_article(
            "b", b, outlet="B", seen=1,
            cited={"Ukraine's": ("Ukraine's Emergency Service", "said_by")},
        ),
        story_article(
            "c", c, outlet="C", seen=2, cited={"authorities": ("Ukrainian Authorities", "said_by")}
        ),
    )  # fmt: skip
    fact = fact_with(facts, "Brodnitsa")
    assert set(fact.article_ids) == {"a", "b", "c"}
    assert [o.name for o in fact.origins] == [service] and fact.status == "single_source"
    # another state's authorities are not that state's service
    labels = {
        "ukrainian emergency service": (service, "said_by"),
        "russian authorities": ("Russian Authorities", "said_by"),
    }
    merged = fuse_module._one_name_once(labels, set(), load_gazetteer())
    assert merged == {key: key for key in labels}


def test_a_state_and_a_body_of_its_government_are_one_origin() -> None:
    a = "At least 12 people were killed in Brodnitsa, the Russian defence ministry said."
    b = "Russia said at least 12 people were killed in Brodnitsa."
    facts = facts_of(
        story_article(
            "a", a, outlet="A", cited={"ministry": ("The Russian defence ministry", "said_by")}
        ),
        story_article("b", b, outlet="B", seen=1, cited={"Russia said": ("Russia", "said_by")}),
    )
    fact = fact_with(facts, "Brodnitsa")
    assert set(fact.article_ids) == {"a", "b"}
    assert fact.independent_sources == 1 and fact.status == "single_source"
    # another state's ministry, a state's parliament and a person are parties of their own
    names = load_gazetteer()
    for other in ("Ukraine", "the Russian parliament", "Sergei Lavrov"):
        labels = {"russia": ("Russia", "said_by"), other.casefold(): (other, "said_by")}
        assert fuse_module._one_name_once(labels, set(), names) == {k: k for k in labels}


def test_the_government_unnamed_is_the_one_party_another_report_names() -> None:
    a = "The economy added 136,000 jobs in Brodnitsa in September, the government said."
    b = "The Labor Department said the economy added 136,000 jobs in Brodnitsa in September."
    facts = facts_of(
        story_article("a", a, outlet="A", cited={"government": ("Government", "said_by")}),
        story_article("b", b, outlet="B", seen=1, cited={"Labor": ("Labor Department", "said_by")}),
    )
    fact = fact_with(facts, "136,000")
    assert set(fact.article_ids) == {"a", "b"}
    assert fact.independent_sources == 1 and fact.status == "single_source"


@pytest.mark.parametrize(
    ("speaker", "origins"),
    [("Sergei Lavrov", 1), ("Dmitry Medvedev", 2)],
    ids=["foreign_minister_of_the_day", "out_of_office_that_day"],
)
def test_a_states_leader_of_the_day_and_its_government_are_one_origin(
    speaker: str, origins: int
) -> None:
    # the articles are of 12 March 2026: Lavrov is Russia's foreign minister that day,
    # Medvedev (president 2008-2012, prime minister 2012-2020) holds neither office
    a = f"Russia is ready to sign the Brodnitsa accord next week, {speaker} said."
    b = "The Kremlin said Russia is ready to sign the Brodnitsa accord next week."
    facts = facts_of(
        story_article("a", a, outlet="A", cited={speaker: (speaker, "said_by")}),
        story_article("b", b, outlet="B", seen=1, cited={"Kremlin": ("the Kremlin", "said_by")}),
    )
    fact = fact_with(facts, "accord")
    assert set(fact.article_ids) == {"a", "b"} and fact.independent_sources == origins


def test_two_leaders_are_never_one_party_on_their_offices_alone() -> None:
    labels = {
        "sergei lavrov": ("Sergei Lavrov", "said_by"),
        "vladimir putin": ("Vladimir Putin", "said_by"),
    }
    offices = fuse_module.load_offices()
    served = fuse_module._served_by([], [], offices)  # undated: any term counts
    merged = fuse_module._one_name_once(labels, set(), load_gazetteer(), served)
    assert merged == {key: key for key in labels}


def test_a_sentence_where_the_blamed_party_answers_rests_on_both_parties() -> None:
    text = "Kestria blamed Orvenian artillery; Orvenia said its forces fired only at a mortar."
    at, content = text.index("blamed"), "its forces fired only at a mortar"
    claim = Claim(
        "a", 0, len(text), "Kestria", 0, 7, "DISAPPROVE", "blamed", at, at + 6,
        "Orvenian artillery", at + 7, at + 25, "asserted", target="Orvenia",
    )  # fmt: skip
    said = text.index("Orvenia said")
    quote = Quote(
        "a", text.index(content), text.index(content) + len(content), content, False,
        "Orvenia", said, said + 7, None, None, "said",
    )  # fmt: skip
    cited = {"Orvenia said": ("Orvenia", "said_by")}
    (fact,) = facts_of(
        story_article("a", text, outlet="A", claims=(claim,), quotes=(quote,), cited=cited)
    )
    assert {o.name for o in fact.origins} == {"Kestria", "Orvenia"}
    assert fact.independent_sources == 2


def test_a_body_of_a_state_from_the_users_gazetteer_named_two_ways_is_one_origin(
    tmp_path: Path,
) -> None:
    a = "At least 12 people were killed in Brodnitsa, the Ostlandic rescue service said."
    b = "Valdoria's rescue service said at least 12 people were killed in Brodnitsa."
    articles = (
        story_article(
            "a", a, outlet="A", cited={"the Ostlandic": ("Ostlandic Rescue Service", "said_by")}
        ),
        story_article(
            "b", b, outlet="B", seen=1,
            cited={"Valdoria's": ("Valdoria's Rescue Service", "said_by")},
        ),
    )  # fmt: skip
    counted = fact_with(facts_of(*articles), "Brodnitsa")
    assert counted.independent_sources == 2  # the shipped gazetteer knows no Valdoria
    extra = tmp_path / "mine.toml"
    extra.write_text('[states.Valdoria]\naliases = ["Valdoria"]\nadjectives = ["Ostlandic"]\n')
    gazetteer = load_gazetteer(str(extra))
    facts = fuse_story("story-1", articles, SETTINGS, gazetteer=gazetteer)
    assert fact_with(facts, "Brodnitsa").independent_sources == 1


def test_an_office_of_a_state_from_the_users_gazetteer_is_dated_without_an_office_table(
    tmp_path: Path,
) -> None:
    """Ann Oldham leads Estmark now and led Valdoria before: "Ostlandic Prime Minister Ann
    Oldham" is out of date only if "Ostlandic" is known to name Valdoria."""
    extra = tmp_path / "mine.toml"
    extra.write_text('[states.Valdoria]\naliases = ["Valdoria"]\nadjectives = ["Ostlandic"]\n')
    offices = tmp_path / "offices.toml"
    offices.write_text(
        'checked_until = "2030-12-31"\n\n'
        '[[offices]]\nid = "valdoria.prime_minister"\nstate = "Valdoria"\n'
        'role = "head_of_government"\nterms = [["Ann Oldham", "2010-01-01", "2015-01-01"]]\n\n'
        '[[offices]]\nid = "estmark.prime_minister"\nstate = "Estmark"\n'
        'role = "head_of_government"\nterms = [["Ann Oldham", "2025-01-01", ""]]\n'
    )
    text = "Ostlandic Prime Minister Ann Oldham said at least 12 people died in Brodnitsa."
    settings = replace(SETTINGS, offices_file=str(offices))
    articles = (story_article("a", text, outlet="A"),)
    unknown = fuse_story("story-1", articles, settings)  # the shipped gazetteer: no Ostlandic
    assert not [f for f in fact_with(unknown, "Brodnitsa").flags if "Ann Oldham" in f]
    facts = fuse_story("story-1", articles, settings, gazetteer=load_gazetteer(str(extra)))
    (flag,) = [f for f in fact_with(facts, "Brodnitsa").flags if "Ann Oldham" in f]
    assert "2010" in flag or "2015" in flag


def _said(article_id: str, text: str, content: str, speaker: str) -> Quote:
    start, at = text.index(content), text.index(speaker)
    return Quote(
        article_id, start, start + len(content), content, False, speaker, at, at + len(speaker),
        name_start=at, name_end=at + len(speaker), cue="said",
    )  # fmt: skip


def test_a_speaker_the_tagger_missed_is_the_entity_the_article_names_so() -> None:
    """The resolver names "Morrow" after a quotation "Ilse Zelenka-Morrow", as the article
    did before, but the tagger missed that mention: the speaker is still her entity."""
    a = (
        "Ilse Zelenka-Morrow of Kestria visited Brodnitsa on Monday. "
        "Pupils may return to Brodnitsa schools next week, Morrow said."
    )
    b = "Ilse Zelenka Morrow said pupils may return to Brodnitsa schools next week."
    content_a = a[a.index("Pupils") : a.index(", Morrow")]
    at = a.rindex("Morrow")
    quote_a = replace(
        _said("a", a, content_a, "Morrow"), speaker_name="Ilse Zelenka-Morrow",
        speaker_start=at, speaker_end=at + 6, name_start=at, name_end=at + 6,
    )  # fmt: skip
    person = "e-morrow"
    first = story_article("a", a, outlet="A", quotes=(quote_a,))
    first = replace(
        first, entities=(*first.entities, (0, 19, person)), names={person: "Ilse Zelenka Morrow"}
    )
    second = story_article(
        "b", b, outlet="B", seen=1, quotes=(_said("b", b, b[b.index("pupils") : -1], "Ilse"),)
    )
    second = replace(
        second, entities=(*second.entities, (0, 19, person)), names={person: "Ilse Zelenka Morrow"}
    )
    fact = fact_with(facts_of(first, second), "schools")
    assert set(fact.article_ids) == {"a", "b"}
    assert [o.name for o in fact.origins] == ["Ilse Zelenka Morrow"]  # her canonical name
    assert {e.said_by for e in fact.evidence} == {"Ilse Zelenka Morrow"}
    assert fact.independent_sources == 1


def test_one_partys_word_carried_by_an_interviewer_is_one_origin() -> None:
    a = "Kestria said in an interview with CBS News that pupils may return to Brodnitsa schools."
    b = "Kestria said that pupils may return to Brodnitsa schools from Monday next week."
    content_a, content_b = a[a.index("pupils") : -1], b[b.index("pupils") : -1]
    facts = facts_of(
        story_article(
            "a", a, outlet="A", cited={"CBS": ("CBS News", "reported_by")},
            quotes=(_said("a", a, content_a, "Kestria"),),
        ),
        story_article("b", b, outlet="B", seen=1, quotes=(_said("b", b, content_b, "Kestria"),)),
    )  # fmt: skip
    fact = fact_with(facts, "pupils")
    assert set(fact.article_ids) == {"a", "b"}
    assert [o.name for o in fact.origins] == ["Kestria"] and fact.independent_sources == 1


def test_an_unnamed_speaker_through_the_same_interviewer_is_the_named_one() -> None:
    a = "Kestria said in an interview with CBS News that pupils may return to Brodnitsa schools."
    b = "Kestria said that pupils may return to Brodnitsa schools from Monday next week."
    c = "The head of the school board told CBS News that pupils may return to Brodnitsa schools."
    content_a, content_b = a[a.index("pupils") : -1], b[b.index("pupils") : -1]
    facts = facts_of(
        story_article(
            "a", a, outlet="A", cited={"CBS": ("CBS News", "reported_by")},
            quotes=(_said("a", a, content_a, "Kestria"),),
        ),
        story_article("b", b, outlet="B", seen=1, quotes=(_said("b", b, content_b, "Kestria"),)),
        story_article("c", c, outlet="C", seen=2, cited={"CBS": ("CBS News", "reported_by")}),
    )  # fmt: skip
    fact = fact_with(facts, "pupils")
    assert set(fact.article_ids) == {"a", "b", "c"}
    assert [o.name for o in fact.origins] == ["Kestria"] and fact.independent_sources == 1


def test_a_fact_of_three_reports_cites_the_one_the_others_are_most_alike() -> None:
    detail = "A strike on Brodnitsa late on Tuesday was the fourth on the town since January."
    strike_c = "Late on Tuesday a strike hit the river town of Brodnitsa and killed 12 people."
    facts = facts_of(
        story_article("a", detail, outlet="Meridian Wire"),
        story_article("b", STRIKE_A, outlet="Northgate Observer", seen=1),
        story_article("c", strike_c, outlet="Kestria Today", seen=2),
    )
    strike = fact_with(facts, "Brodnitsa")
    assert set(strike.article_ids) == {"a", "b", "c"}
    assert strike.text != detail  # one outlet's detail is not what three reports carry
    assert strike.evidence[0].article_id in {"b", "c"}


def test_a_fact_cites_a_whole_sentence_before_a_piece_of_a_quote() -> None:
    piece = '"Kestria will never give up the river town of Brodnitsa to anyone.'
    facts = facts_of(
        story_article("a", piece + ' Not ever," Vrana said.', outlet="Meridian Wire"),
        story_article(
            "b", "Vrana said Kestria will never give up the river town of Brodnitsa.",
            outlet="Northgate Observer", seen=1,
        ),
    )  # fmt: skip
    town = fact_with(facts, "Brodnitsa")
    assert set(town.article_ids) == {"a", "b"}
    assert town.text == "Vrana said Kestria will never give up the river town of Brodnitsa."


def test_a_speaker_left_unresolved_is_shown_unnamed_not_as_the_pronoun() -> None:
    text = "Pupils may sit three feet apart in Brodnitsa classrooms from Monday, he said."
    item = story_article("a", text, outlet="A")
    told = SentenceOrigin(0, len(text), "he", "said_by", UNRESOLVED)
    fact = fact_with(facts_of(replace(item, origins=(told,))), "feet")
    assert [o.name for o in fact.origins] == ["unnamed speaker (he)"]


def test_a_speaker_is_shown_by_their_entitys_canonical_name() -> None:
    a = "Wasylenko said that pupils may return to Brodnitsa schools from Monday next week."
    item = story_article("a", a, outlet="A", quotes=(_said("a", a, a[15:-1], "Wasylenko"),))
    at = a.index("Wasylenko")
    item = replace(item, entities=((at, at + 9, "e-vas"),), names={"e-vas": "Mykola Vasylenko"})
    fact = fact_with(facts_of(item), "pupils")
    assert [o.name for o in fact.origins] == ["Mykola Vasylenko"]
    assert fact.evidence[0].said_by == "Mykola Vasylenko"


def test_one_medium_told_and_reporting_is_one_origin_and_people_by_nickname_are_one() -> None:
    names = load_gazetteer()
    labels = {"nbc news": ("NBC News", "said_by"), "nbc news ": ("NBC News", "reported_by")}
    merged = fuse_module._one_name_once(labels, set(), names)
    assert len(set(merged.values())) == 1
    labels = {"the new york times": ("The New York Times", "reported_by"),
              "the times": ("The Times", "reported_by")}  # fmt: skip
    assert len(set(fuse_module._one_name_once(labels, set(), names).values())) == 1
    labels = {"charles e. schumer": ("Charles E. Schumer", "said_by"),
              "chuck schumer": ("Chuck Schumer", "said_by"),
              "hunter biden": ("Hunter Biden", "said_by"),
              "joe biden": ("Joe Biden", "said_by")}  # fmt: skip
    merged = fuse_module._one_name_once(labels, set(), names)
    assert merged["chuck schumer"] == merged["charles e. schumer"]
    assert merged["hunter biden"] != merged["joe biden"]


def test_an_armed_group_under_its_acronym_and_its_name_is_one_origin() -> None:
    a = "The Islamic State said it carried out the attack on the Brodnitsa nightclub."
    b = "ISIS said it carried out the attack on the Brodnitsa nightclub on Monday."
    facts = facts_of(
        story_article("a", a, outlet="A", cited={"Islamic": ("The Islamic State", "said_by")}),
        story_article("b", b, outlet="B", seen=1, cited={"ISIS": ("ISIS", "said_by")}),
    )
    fact = fact_with(facts, "nightclub")
    assert set(fact.article_ids) == {"a", "b"}
    assert fact.independent_sources == 1 and fact.status == "single_source"


def test_a_joint_origin_and_one_of_its_parties_are_one_origin() -> None:
    joint = "the Republican National Committee and the Michigan Republican Party"
    labels = {
        joint: (joint, "said_by"),
        "michigan republican party": ("the Michigan Republican Party", "said_by"),
        "dana nessel": ("Dana Nessel", "said_by"),
    }
    merged = fuse_module._one_name_once(labels, set(), load_gazetteer())
    assert merged["michigan republican party"] == merged[joint]
    assert merged["dana nessel"] == "dana nessel"


def test_a_holders_office_named_short_and_a_name_without_jr_are_one_origin() -> None:
    labels = {
        "secretary of state's office": ("the Secretary of State's Office", "said_by"),
        "secretary's office": ("the Secretary's Office", "said_by"),
        "john g. roberts jr": ("John G. Roberts Jr", "said_by"),
        "john roberts": ("John Roberts", "said_by"),
    }
    merged = fuse_module._one_name_once(labels, set(), load_gazetteer())
    assert merged["secretary's office"] == merged["secretary of state's office"]
    assert merged["john roberts"] == merged["john g. roberts jr"]
    assert merged["john roberts"] != merged["secretary's office"]


def test_an_office_alone_and_the_one_person_another_report_names_are_one_origin() -> None:
    names = load_gazetteer()
    labels = {
        "ebrahim raisi": ("Ebrahim Raisi", "said_by"),
        "president-elect of iran": ("president-elect of Iran", "said_by"),
    }
    merged = fuse_module._one_name_once(labels, set(), names)
    assert merged["president-elect of iran"] == merged["ebrahim raisi"]
    # beside two people named, whose office it is the text does not say
    labels["joe biden"] = ("Joe Biden", "said_by")
    merged = fuse_module._one_name_once(labels, set(), names)
    assert len(set(merged.values())) == 3
    # beside a speaker left unnamed only, one origin, shown by its office
    office = "top u.s. general in the middle east"
    labels = {
        UNRESOLVED: ("unnamed speaker (the top commander)", "said_by"),
        office: ("top U.S. general in the Middle East", "said_by"),
    }
    assert fuse_module._one_name_once(labels, set(), names) == {UNRESOLVED: office, office: office}


def test_a_given_name_alone_and_the_full_name_are_one_origin() -> None:
    labels = {"kanye west": ("Kanye West", "said_by"), "kanye": ("Kanye", "said_by")}
    merged = fuse_module._one_name_once(labels, set(), load_gazetteer())
    assert merged["kanye"] == merged["kanye west"]


def test_a_department_of_a_state_and_its_metonym_are_one_origin() -> None:
    labels = {
        "pentagon": ("Pentagon", "said_by"),
        "the us department of defense": ("The US Department of Defense", "said_by"),
    }
    merged = fuse_module._one_name_once(labels, set(), load_gazetteer())
    assert merged["the us department of defense"] == merged["pentagon"]


def test_a_named_spokesperson_and_the_body_they_speak_for_are_one_origin() -> None:
    a = "Taliban spokesman Zabihullah Mujahid said women would keep the right to work in Kabul."
    b = "Women would keep the right to work in Kabul, the Taliban said on Tuesday."
    spokesman = story_article("a", a, outlet="A")
    (sentence,) = spokesman.sentences
    name = "Zabihullah Mujahid"
    said = SentenceOrigin(
        sentence.start, sentence.end, name, "said_by", "@zm", name, name, speaks_for="Taliban"
    )
    spokesman = replace(spokesman, origins=(said,))
    taliban = story_article("b", b, outlet="B", seen=1, cited={"Taliban": ("Taliban", "said_by")})
    fact = fact_with(facts_of(spokesman, taliban), "Kabul")
    assert set(fact.article_ids) == {"a", "b"}
    assert fact.independent_sources == 1 and fact.status == "single_source"
    # the head folded first, "the agency said" is the one party left
    labels = {
        "epa": ("EPA", "said_by"),
        UNRESOLVED: ("unnamed speaker (The agency)", "said_by"),
        "@aw": ("Andrew Wheeler", "said_by"),
    }
    merged = fuse_module._one_name_once(labels, set(), load_gazetteer(), None, {"@aw": "EPA"})
    assert set(merged.values()) == {"epa"}
    # a body the spokesperson does not speak for stays an origin of its own
    other = replace(said, speaks_for="the Kremlin")
    fact = fact_with(facts_of(replace(spokesman, origins=(other,)), taliban), "Kabul")
    assert fact.independent_sources == 2


def test_a_document_left_unnamed_is_the_word_of_the_owner_it_names() -> None:
    names = load_gazetteer()
    for described, owner in (
        ("a Washington Post- ABC News poll", "Washington Post-ABC News"),
        ("The Times story", "The New York Times"),
    ):
        labels = {
            UNRESOLVED: (f"unnamed speaker ({described})", "said_by"),
            owner.casefold(): (owner, "reported_by"),
        }
        merged = fuse_module._one_name_once(labels, set(), names)
        assert merged[UNRESOLVED] == owner.casefold()
    # an outlet's unnamed sources are no owner a document names ("U.S." is no acronym of them)
    labels = {
        UNRESOLVED: ("unnamed speaker (a U.S. intelligence report)", "said_by"),
        "neus outlet 2": ("unnamed sources (NeuS outlet 2)", "reported_by"),
    }
    merged = fuse_module._one_name_once(labels, {"neus outlet 2"}, names)
    assert merged[UNRESOLVED] != "neus outlet 2"
    # a person is no medium: "the Trump report" is not Donald Trump's word by his surname
    labels = {
        UNRESOLVED: ("unnamed speaker (the Trump report)", "said_by"),
        "donald trump": ("Donald Trump", "said_by"),
        "joe biden": ("Joe Biden", "said_by"),
    }
    merged = fuse_module._one_name_once(labels, set(), names)
    assert merged[UNRESOLVED] == UNRESOLVED


def test_a_piece_of_a_quote_is_cited_without_its_lone_mark() -> None:
    text = (
        '"Not one company goes back over the river without guarantees. This is a bazaar," he said.'
    )
    fact = next(f for f in facts_of(story_article("a", text)) if "company" in f.text)
    assert fact.text == "Not one company goes back over the river without guarantees."
    (evidence,) = fact.evidence
    assert text[evidence.start : evidence.end] == fact.text
    # a whole quotation keeps its marks, and so does a piece with another mark inside
    whole = '"Not one company goes back over the river without guarantees," he said.'
    (kept,) = facts_of(story_article("b", whole))
    assert kept.text == whole
    inside = '"Not one company goes back," he said, "over the river without guarantees.'
    (kept,) = facts_of(story_article("c", inside))
    assert kept.text == inside
