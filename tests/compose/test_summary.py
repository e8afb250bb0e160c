"""The extractive summary: verbatim, cited, short, not repetitive, led by what most origins say."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest

from newsdesk.compose.summary import (
    Candidate,
    Summary,
    SummarySettings,
    summarise,
    terms,
)

SETTINGS = SummarySettings(
    max_words=100,
    max_sentences=5,
    min_sentences=1,
    source_share=1.0,
    min_unit_words=4,
    lead_sentences=12,
    agreement_floor=0.1,
    embedding_mix=0.0,
    redundancy=0.5,
    corroboration=0.3,
    weight_support=1.0,
    weight_headline=1.0,
    weight_lead=0.3,
    weight_newest=0.0,
    penalty_subjective=0.3,
    length_exponent=0.5,
    trim_attribution=False,
)

TALKS = "Negotiators from both countries met in Geneva on Monday to discuss a ceasefire."
EXCHANGE = "The two sides agreed to exchange two hundred prisoners next week."
SIDELINE = "A local bakery near the venue reported record sales of pastries."
OPINION = "We think the talks are a waste of everyone's time, frankly."


def candidates(
    article_id: str, text: str, published: str | None = None, origin: str | None = None
) -> list[Candidate]:
    """One candidate per sentence (split after . ! ? and a space), offsets into `text`."""
    found = []
    for match in re.finditer(r"\S.*?(?:[.!?][\"”]?(?=\s|$)|$)", text):
        found.append(
            Candidate(
                article_id, match.start(), match.end(), match.group(), published, None, None, origin
            )
        )
    return found


def story(articles: dict[str, str], **extra: str | None) -> list[Candidate]:
    return [
        c for article_id, text in articles.items() for c in candidates(article_id, text, **extra)
    ]


def assert_cited_verbatim(summary: Summary, articles: dict[str, str]) -> None:
    for sentence in summary.sentences:
        assert sentence.citations
        for span in sentence.citations:
            assert articles[span.article_id][span.start : span.end] == sentence.text


def test_every_sentence_is_verbatim_inside_the_spans_it_cites() -> None:
    articles = {
        "a": f"{TALKS} {SIDELINE} {EXCHANGE}",
        "b": f"{EXCHANGE} Officials in both capitals welcomed the progress made so far.",
        "c": f"{TALKS} {OPINION}",
    }
    summary = summarise(story(articles), SETTINGS, {"a": "Ceasefire talks open in Geneva"})
    assert summary.sentences
    assert_cited_verbatim(summary, articles)


def test_the_same_sentence_in_several_articles_is_chosen_once_and_cites_them_all() -> None:
    articles = {"a": f"{TALKS} {SIDELINE}", "b": f"{TALKS} {EXCHANGE}", "c": TALKS}
    summary = summarise(story(articles), SETTINGS)
    talks = [s for s in summary.sentences if s.text == TALKS]
    assert len(talks) == 1
    assert {span.article_id for span in talks[0].citations} == {"a", "b", "c"}
    assert_cited_verbatim(summary, articles)


def test_what_most_origins_report_leads_and_a_one_outlet_aside_does_not_make_it() -> None:
    articles = {
        "a": f"{SIDELINE} {TALKS}",
        "b": f"Negotiators met in Geneva on Monday to discuss a ceasefire, they said. {EXCHANGE}",
        "c": f"Both countries' negotiators met in Geneva to discuss a ceasefire. {EXCHANGE}",
    }
    limited = replace(SETTINGS, max_sentences=2)
    texts = [s.text for s in summarise(story(articles), limited).sentences]
    assert SIDELINE not in texts
    assert EXCHANGE in texts


def test_copies_of_one_origin_are_not_corroboration() -> None:
    """Two wire copies agree with each other; a sentence two origins carry wins over them."""
    wire = "Heavy shelling hit the northern suburbs of the city overnight, residents said."
    articles = {
        "w1": f"{wire} {SIDELINE}",
        "w2": f"{wire} Markets in the capital opened lower on the news this morning.",
        "x": f"{EXCHANGE} Local stores in the capital stayed closed all day.",
        "y": "The two sides agreed to exchange two hundred prisoners soon. Schools reopened today.",
    }
    origins = {"w1": "Wire", "w2": "Wire", "x": "X", "y": "Y"}
    found = [replace(c, origin=origins[c.article_id]) for c in story(articles)]
    one = replace(SETTINGS, max_sentences=1, weight_lead=0.0, weight_headline=0.0)
    assert "exchange two hundred prisoners" in summarise(found, one).sentences[0].text
    # without origins the wire's two copies look like two outlets agreeing
    alone = [replace(c, origin=None) for c in found]
    assert summarise(alone, one).sentences[0].text == wire


def test_support_given_by_the_caller_outweighs_measured_agreement() -> None:
    articles = {"a": f"{TALKS} {EXCHANGE}", "b": f"{TALKS} {SIDELINE}"}
    found = [replace(c, support=5) if c.text == SIDELINE else c for c in story(articles)]
    one = replace(SETTINGS, max_sentences=1, weight_lead=0.0)
    summary = summarise(found, one)
    assert summary.sentences[0].text == SIDELINE
    assert summary.sentences[0].support == 5.0


def test_at_most_max_words_and_max_sentences() -> None:
    sentences = [
        f"Officials in region number {k} reported that the evacuation of villages went on."
        for k in range(12)
    ]
    articles = {f"a{k}": " ".join(sentences[k:] + sentences[:k]) for k in range(4)}
    for limit, most in ((30, 5), (100, 3), (100, 5)):
        settings = replace(SETTINGS, max_words=limit, max_sentences=most, redundancy=1.01)
        summary = summarise(story(articles), settings)
        assert 1 <= len(summary.sentences) <= most
        assert summary.words <= limit


def test_a_short_story_gets_a_shorter_summary_than_its_source() -> None:
    articles = {"a": f"{TALKS} {EXCHANGE}", "b": f"{SIDELINE} {TALKS}"}
    source_words = sum(len(t.split()) for t in articles.values())
    summary = summarise(story(articles), replace(SETTINGS, source_share=0.5))
    assert summary.words <= 0.5 * source_words


def test_min_sentences_tops_up_within_max_words() -> None:
    articles = {"a": f"{TALKS} {EXCHANGE} {SIDELINE}"}
    tight = replace(SETTINGS, source_share=0.3)
    assert len(summarise(story(articles), tight).sentences) == 1
    topped = summarise(story(articles), replace(tight, min_sentences=3))
    assert len(topped.sentences) == 3
    assert topped.words <= SETTINGS.max_words


def test_a_quote_mark_left_by_the_splitter_is_trimmed_and_the_span_follows() -> None:
    text = (
        "The performance sent worried party members into a full panic. “It was a rout,” one said."
    )
    cut = text.index("“") + 1  # where a splitter that missed the quote would cut
    found = [
        Candidate("a", 0, cut, text[:cut]),
        Candidate("a", cut + 1, len(text), text[cut + 1 :]),
    ]
    summary = summarise(found, replace(SETTINGS, max_sentences=1, min_unit_words=6))
    sentence = summary.sentences[0]
    assert sentence.text == "The performance sent worried party members into a full panic."
    span = sentence.citations[0]
    assert text[span.start : span.end] == sentence.text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Japan must brace for a missile launch over its territory, the minister has said.",
            "Japan must brace for a missile launch over its territory",
        ),
        (
            "A third of the senior staff are people of color, the campaign told The Hill.",
            "A third of the senior staff are people of color",
        ),
        (
            "The campaign has more women among its staff, according to data it released on Sunday.",
            "The campaign has more women among its staff",
        ),
        (  # "which said ..." is content, not an attribution
            "A judge in Texas went further in a December ruling, which said the law must fall.",
            "A judge in Texas went further in a December ruling, which said the law must fall.",
        ),
    ],
    ids=["minister_has_said", "told_outlet_day", "according_to", "which_said_is_content"],
)
def test_trailing_attribution_is_trimmed_when_asked(text: str, shown: str) -> None:
    found = candidates("a", text)
    assert summarise(found, SETTINGS).sentences[0].text == text
    trimmed = summarise(found, replace(SETTINGS, trim_attribution=True)).sentences[0]
    assert trimmed.text == shown
    span = trimmed.citations[0]
    assert text[span.start : span.end] == shown


@pytest.mark.parametrize(
    "leaning",
    [OPINION, "It is the same reason the centers exist at all, critics of the law argue.",
     "But the evidence from the polls does not back those doomsday warnings."],
    ids=["first_person", "opens_on_it", "opens_on_but"],
)  # fmt: skip
def test_a_sentence_that_leans_on_context_loses_to_a_report(leaning: str) -> None:
    articles = {"a": f"{leaning} {TALKS}", "b": f"{leaning} {TALKS}"}
    one = replace(SETTINGS, max_sentences=1, weight_lead=0.0, penalty_subjective=1.0)
    assert summarise(story(articles), one).sentences[0].text == TALKS


def test_sentences_read_oldest_report_first_then_leads_before_details() -> None:
    articles = {"old": f"{TALKS} {SIDELINE}", "new": f"{EXCHANGE} {OPINION}"}
    found = [
        replace(c, published="2026-03-12" if c.article_id == "new" else "2026-03-10")
        for c in story(articles)
    ]
    summary = summarise(found, replace(SETTINGS, penalty_subjective=0.0))
    dates = [
        "2026-03-10" if s.citations[0].article_id == "old" else "2026-03-12"
        for s in summary.sentences
    ]
    assert dates == sorted(dates)
    assert summary.sentences[0].text == TALKS


def test_newest_developments_win_when_weighted() -> None:
    articles = {"old": TALKS, "new": EXCHANGE}
    found = [
        replace(c, published="2026-03-12" if c.article_id == "new" else "2026-03-10")
        for c in story(articles)
    ]
    one = replace(SETTINGS, max_sentences=1, weight_headline=0.0, weight_newest=1.0)
    assert summarise(found, one).sentences[0].text == EXCHANGE


def test_evidence_of_one_fact_is_said_once_however_it_is_worded() -> None:
    """A translation reads unlike its original; the facts say they are one."""
    demand = "Kestria demands that all Orvenian troops leave the valley before any truce."
    translated = "The Kestrian side requires that the Orvenian army leaves the whole valley first."
    articles = {"a": f"{demand} {EXCHANGE}", "b": f"{translated} {SIDELINE}"}
    found = [
        replace(c, facts=("f-withdrawal",)) if c.text in (demand, translated) else c
        for c in story(articles)
    ]
    texts = [s.text for s in summarise(found, SETTINGS).sentences]
    assert (demand in texts) + (translated in texts) == 1
    unlinked = [replace(c, facts=()) for c in found]
    texts = [s.text for s in summarise(unlinked, SETTINGS).sentences]
    assert demand in texts and translated in texts  # few shared words: two things to TF-IDF
    chosen = next(s for s in summarise(found, SETTINGS).sentences if s.text in (demand, translated))
    assert len(chosen.corroboration) == 1  # the other wording, cited as corroboration


def test_paraphrases_are_corroboration_not_citations() -> None:
    paraphrase = "In Geneva on Monday, negotiators from both countries met to discuss a ceasefire."
    articles = {"a": TALKS, "b": paraphrase}
    summary = summarise(story(articles), replace(SETTINGS, max_sentences=1))
    sentence = summary.sentences[0]
    assert len(sentence.citations) == 1
    (other,) = sentence.corroboration
    assert other.article_id != sentence.citations[0].article_id
    assert articles[other.article_id][other.start : other.end] in (TALKS, paraphrase)
    assert sentence.support > 1.5


def test_embeddings_make_paraphrases_redundant_when_every_candidate_has_one() -> None:
    first = "The ceasefire took effect at dawn across the whole front line."
    second = "Guns fell silent along the front as the truce began in the morning."
    found = story({"a": first, "b": second})
    same = np.full(4, 0.5, dtype=np.float32)  # one unit vector for both: the same meaning
    lexical = summarise(found, replace(SETTINGS, redundancy=0.5))
    assert len(lexical.sentences) == 2  # few shared words: TF-IDF sees two things
    embedded = [replace(c, vector=same) for c in found]
    mixed = summarise(embedded, replace(SETTINGS, redundancy=0.5, embedding_mix=0.8))
    assert len(mixed.sentences) == 1


def test_only_the_first_lead_sentences_of_an_article_are_used() -> None:
    articles = {"a": f"{SIDELINE} {OPINION} {TALKS}", "b": f"{SIDELINE} {TALKS}"}
    summary = summarise(story(articles), replace(SETTINGS, lead_sentences=1))
    assert [s.text for s in summary.sentences] == [SIDELINE]


@pytest.mark.parametrize("found", [[], [Candidate("a", 0, 3, "   ")]])
def test_nothing_to_say_is_an_empty_summary(found: list[Candidate]) -> None:
    summary = summarise(found, SETTINGS)
    assert summary.sentences == ()
    assert summary.text == ""


def test_a_story_told_in_short_lines_still_gets_a_summary() -> None:
    articles = {"a": "Talks open. Guns fall silent.", "b": "Talks open in Geneva."}
    summary = summarise(story(articles), replace(SETTINGS, min_unit_words=10))
    assert summary.sentences
    assert_cited_verbatim(summary, articles)


def test_sentences_too_short_to_say_much_are_left_out() -> None:
    articles = {"a": f"The talks began under a cloud. {TALKS}", "b": f"{EXCHANGE} {SIDELINE}"}
    summary = summarise(story(articles), replace(SETTINGS, min_unit_words=8))
    assert "The talks began under a cloud." not in [s.text for s in summary.sentences]


def test_terms_fold_case_plurals_and_possessives() -> None:
    assert terms("The Talks and Russia’s talk of the TALK") == ["talk", "russia", "talk", "talk"]


def test_an_opening_phrase_owned_by_someone_not_shown_leans_on_context() -> None:
    # "At its heart is ...": whose heart, the sentence before said
    leaning = "At its heart is a strip of land along both banks, emptied of weapons and patrolled."
    articles = {"a": f"{leaning} {TALKS}", "b": f"{leaning} {TALKS}"}
    one = replace(SETTINGS, max_sentences=1, weight_lead=1.0, length_exponent=1.0)
    assert summarise(story(articles), replace(one, penalty_subjective=0.0)).sentences[0].text == (
        leaning
    )
    assert summarise(story(articles), replace(one, penalty_subjective=5.0)).sentences[0].text == (
        TALKS
    )


def test_a_piece_of_a_quote_cut_by_the_splitter_is_never_a_summary_sentence() -> None:
    cut = "\"The talks are a waste of everyone's time and money, frankly."
    rest = 'Nobody should go," the mayor said.'
    articles = {"a": f"{cut} {rest} {TALKS}", "b": f"{cut} {rest} {EXCHANGE}"}
    summary = summarise(story(articles), SETTINGS)
    assert summary.sentences and cut not in [s.text for s in summary.sentences]
