"""Attribution cues -> origins, per article, on invented sentences (one per cue shape)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from builders import media, split_sentences
from newsdesk.extract.attributions import (
    ANONYMOUS,
    AttributionCue,
    OriginKind,
    name_quoted_media,
    name_reporting_media,
)
from newsdesk.extract.attributions import find_attributions as extract_attributions
from newsdesk.extract.attributions import find_cues as extract_cues
from newsdesk.gazetteer import load_gazetteer
from newsdesk.model import Annotation, Attribution, Claim, Mention, Quote, Sentence, Token
from newsdesk.parse import ParsedArticle
from newsdesk.referents import Referents


def article(text: str) -> ParsedArticle:
    """The text with its sentences (as the parse would split these plain sentences)."""
    sentences = tuple(Sentence(s, e) for s, e in split_sentences(text))
    return ParsedArticle(text, Annotation("a1", "test", sentences, ()))


def find_attributions(text: str, outlet: str | None = None) -> list[Attribution]:
    return extract_attributions("a1", article(text), outlet, media())


def find_cues(text: str, outlet: str | None = None) -> list[AttributionCue]:
    return extract_cues("a1", article(text), outlet, media())


def origins(text: str, outlet: str | None = None) -> list[tuple[str, str | None]]:
    return [(a.origin, a.via) for a in find_attributions(text, outlet)]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("The bridge will reopen in May, Reuters reported Thursday.", "Reuters"),
        ("The bridge will reopen in May, Reuters reported on Monday.", "Reuters"),
        ("Reuters cited its sources as saying the bridge will reopen.", "Reuters"),
        ("According to Interfax, the bridge will reopen in May.", "Interfax"),
        ("The Riverton Herald said the mayor resigned.", "The Riverton Herald"),
        ("The Riverton Herald writes that the mayor resigned.", "The Riverton Herald"),
        ("Northwind Daily reports the mayor resigned.", "Northwind Daily"),
        ("The Riverton Herald reminds us that the mayor resigned twice.", "The Riverton Herald"),
        ("The Riverton Herald recalls that the mayor resigned twice.", "The Riverton Herald"),
        ("The Riverton Herald states that the mayor resigned.", "The Riverton Herald"),
        ("Politico also mentions a second proposal.", "Politico"),
        ("The mayor resigned, as Politico wrote on Friday.", "Politico"),
        ("The mayor resigned, as the Riverton Herald reported.", "The Riverton Herald"),
        ("The mayor, in an interview with CNN, said he would resign.", "CNN"),
        ("The mayor in an interview with Lakeside magazine said he would go.", "Lakeside magazine"),
        ("The mayor told Reuters he would resign.", "Reuters"),
        ("Output grew 6.5%, the Bureau of Economic Analysis said.", "Bureau of Economic Analysis"),
        ("Politico's report says the mayor will resign.", "Politico"),
        ("A draft seen by Reuters shows the plan.", "Reuters"),
        ("The offer, first reported by the Orvenian daily Glas Orvena, stands.", "Glas Orvena"),
        ("The offer was reported by Interfax on Monday.", "Interfax"),
        ("He quit, according to a long awaited report by Glenford Gazette.", "Glenford Gazette"),
        ("The plan was set out in a document obtained by Glenford Gazette.", "Glenford Gazette"),
        ("The Ministry of Transport said in a statement that the bridge is safe.",
         "Ministry of Transport"),
        ("The bridge is safe, the city's transport committee said.", "Transport Committee"),
        ("A Kremlin spokesman said the talks were useful.", "Kremlin"),
        ("Pelosi’s spokesman said she followed the rules.", "Pelosi"),
        ("Cases rose, according to data compiled by Johns Hopkins University.",
         "Johns Hopkins University"),
        ("The toll rose to 400, according to a tally by Reuters.", "Reuters"),
        ("Data from the CDC show that cases fell.", "CDC"),
        ("The Kremlin's spokesman said the talks were useful.", "Kremlin"),
        ("The bridge will reopen, citing people familiar with the plan.", ANONYMOUS),
        ("Two officials said the bridge will reopen.", ANONYMOUS),
        ("Two of the people said the bridge will reopen.", ANONYMOUS),
        ("One person briefed on the talks said the bridge will reopen.", ANONYMOUS),
    ],
)  # fmt: skip
def test_each_cue_shape_names_its_origin(text: str, origin: str) -> None:
    assert [o for o, _ in origins(text)] == [origin]


def test_cue_text_and_spans_point_into_the_text() -> None:
    text = "First line here. The bridge will reopen, Reuters reported Thursday."
    (attribution,) = find_attributions(text)
    assert text[attribution.start : attribution.end] == text[17:]
    assert attribution.cue == "Reuters reported Thursday"
    assert text[attribution.cue_start : attribution.cue_end] == attribution.cue


def test_unnamed_sources_of_a_named_reporter_are_the_reporters() -> None:
    text = "The bridge will reopen, Reuters reported, citing people familiar with the talks."
    assert origins(text) == [("Reuters", None)]


def test_a_named_source_cited_by_an_outlet_is_a_chain() -> None:
    text = "The bridge will reopen, Politico reported, citing Interfax."
    assert origins(text) == [("Interfax", "Politico")]
    assert origins("Politico, citing Interfax, reported that it reopens.") == [
        ("Interfax", "Politico")
    ]
    assert origins("Politico cited the Transport Ministry as saying it reopens.") == [
        ("Transport Ministry", "Politico")
    ]


def test_a_state_named_by_its_adjective_is_the_state_never_a_medium() -> None:
    text = "Kim had surgery, NBC News reported Tuesday, citing American officials."
    assert origins(text) == [("United States", "NBC News")]
    assert origins("The bridge is closed, Moscow said.") == [("Moscow", None)]


def test_an_institution_telling_an_outlet_comes_through_the_outlet() -> None:
    assert origins("The Transport Ministry told Reuters the bridge is safe.") == [
        ("Transport Ministry", "Reuters")
    ]


def test_the_articles_outlet_is_the_via_of_what_it_cites() -> None:
    text = "The bridge will reopen, Reuters reported. The mayor is pleased, Reuters said."
    assert origins(text, outlet="The Riverton Herald") == [
        ("Reuters", "The Riverton Herald"),
        ("Reuters", "The Riverton Herald"),
    ]
    assert origins("Reuters said so.", outlet="Reuters") == [("Reuters", None)]


def test_people_speaking_are_quote_speakers_not_origins() -> None:
    text = 'Jane Marlow said the bridge is safe. "It is fine," said Transport Minister Ed Vance.'
    assert origins(text) == []
    kinds = {c.origin: c.kind for c in find_cues(text)}
    assert kinds == {
        "Jane Marlow": OriginKind.PERSON,
        "Transport Minister Ed Vance": OriginKind.PERSON,
    }


def test_a_former_holder_of_an_office_in_a_body_speaks_for_no_body() -> None:
    text = "The former head of the Kestrian Health Ministry said the bridge is unsafe."
    assert origins(text) == []
    assert origins(text.replace("former head of the ", "")) != []  # the ministry itself


def test_critics_and_experts_are_not_origins() -> None:
    assert origins("Critics say the bridge is unsafe. An expert said it was fine.") == []


def test_a_body_the_words_do_not_name_is_no_party_but_a_states_authorities_are() -> None:
    assert origins("The company said the bridge is unsafe.") == []
    assert origins("A Kestrian group said the bridge is unsafe.") == []
    assert [o for o, _ in origins("The authorities said the bridge is unsafe.")] == ["Authorities"]


def test_the_agency_resolves_to_the_latest_named_agency() -> None:
    text = (
        "Interfax reported the bridge will reopen. Politico wrote that talks went on. "
        "According to the agency, the mayor agreed."
    )
    assert [o for o, _ in origins(text)] == ["Interfax", "Politico", "Interfax"]


def test_an_agency_named_only_later_is_the_one_the_article_names() -> None:
    # a cut lead: the article names one agency, after pointing at it
    text = "According to the agency, the mayor agreed. Later, Interfax reported the same."
    assert [(c.origin, c.resolved) for c in find_cues(text)] == [
        ("Interfax", True),
        ("Interfax", True),
    ]


def test_an_agency_never_named_before_stays_unnamed_when_two_could_be_meant() -> None:
    text = (
        "According to the agency, the mayor agreed. Later, Interfax reported the same. "
        "TASS said so too."
    )
    assert next((c.origin, c.resolved) for c in find_cues(text)) == ("unnamed agency", False)
    # a medium of another kind is no agency
    text = "According to the agency, the mayor agreed. The Riverton Herald said the same."
    assert next((c.origin, c.resolved) for c in find_cues(text)) == ("unnamed agency", False)


@pytest.mark.parametrize(
    ("anaphor", "expected"),
    [
        ("the server writes", "Politico"),
        ("the website recalls", "Politico"),
        ("the newspaper states", "The Riverton Herald"),
        ("the broadcaster said", "CNN"),
    ],
)
def test_anaphors_resolve_by_kind(anaphor: str, expected: str) -> None:
    text = (
        "Politico wrote that the bridge will reopen. The Riverton Herald reported delays. "
        f"CNN said the mayor agreed. In addition, {anaphor} that tolls will rise."
    )
    assert origins(text)[-1][0] == expected


def test_it_also_writes_points_to_the_previous_outlet() -> None:
    text = "As Politico wrote, the bridge will reopen. It also writes that tolls will rise."
    assert [o for o, _ in origins(text)] == ["Politico", "Politico"]


def test_an_unknown_kind_outlet_takes_an_anaphor_of_any_media_kind() -> None:
    text = "Lakeside News reported the deal. According to the website, tolls will rise."
    assert [o for o, _ in origins(text)][-1] == "Lakeside News"


def test_a_qualified_or_indefinite_description_is_a_new_unnamed_origin() -> None:
    text = "Politico wrote about it. The Norwegian website states that tolls will rise."
    assert [o for o, _ in origins(text)] == ["Politico", "unnamed Norwegian website"]
    assert [o for o, _ in origins("Tolls will rise, a newspaper said.")] == ["unnamed newspaper"]


def test_a_media_noun_capitalised_with_its_qualifier_is_a_name() -> None:
    text = "Tolls will rise, according to the Catholic News Agency."
    assert [o for o, _ in origins(text)] == ["The Catholic News Agency"]


def test_a_lone_article_or_adjective_is_no_origin() -> None:
    assert origins("The reported plan signals a shift.") == []


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Lakeview's transport ministry said in a statement that it agreed.",
         "Lakeview's Transport Ministry"),
        ("Officials in Lakeview said the bridge will reopen.", ANONYMOUS),
        ("According to the UN, the bridge will reopen.", "UN"),
        ("According to a Reuters tally, tolls rose twice.", "Reuters"),
        ("LAKEVIEW (Reuters) - The bridge will reopen.", "Reuters"),
        ("Bridge to Reopen in May – AP", "AP"),  # as written: the registry folds it
        ("According to a statement from the Kestrian foreign ministry, tolls rose.",
         "Kestrian Foreign Ministry"),
        ("According to a statement by the Kremlin, tolls rose.", "Kremlin"),
    ],
)  # fmt: skip
def test_more_shapes(text: str, origin: str) -> None:
    assert [o for o, _ in origins(text)] == [origin]


def test_a_dash_before_an_unknown_name_is_no_credit() -> None:
    assert origins("The bridge of sighs – Lakeview") == []


def test_it_said_needs_something_named_before() -> None:
    assert origins("It said the plan was unacceptable.") == []
    assert [o for o, _ in origins("Reuters reported it. It said tolls rise.")] == ["Reuters"] * 2
    assert [o for o, _ in origins("It writes that tolls rise.")] == ["unnamed outlet"]


def test_known_media_come_from_the_caller_and_people_from_the_referents() -> None:
    text = "Talks resumed, according to Meridian Wire. Vrana said the bridge stays shut."
    mentions = (Mention(text.index("Vrana"), text.index("Vrana") + 5, "Vrana", "PERSON"),)
    sentences = tuple(Sentence(s, e) for s, e in split_sentences(text))
    view = ParsedArticle(text, Annotation("a1", "test", sentences, mentions))
    referents = Referents(view, load_gazetteer())
    found = extract_cues("a1", view, "The Herald", {"Meridian Wire": "agency"}, referents)
    assert [(c.origin, c.kind, c.via) for c in found] == [
        ("Meridian Wire", OriginKind.AGENCY, "The Herald"),
        ("Vrana", OriginKind.PERSON, None),
    ]
    unknown = extract_cues("a1", view, None, {}, referents)
    assert unknown[0].kind is OriginKind.AGENCY  # unknown to the caller, a "Wire" by its name


def test_a_persons_own_staff_is_named_by_the_person_the_resolver_reads() -> None:
    text = "Senator Aldo Venn tested positive. His staff says he is well, Venn's office said."
    people = [(text.index("Aldo Venn"), "Aldo Venn"), (text.index("Venn's"), "Venn")]
    mentions = tuple(Mention(at, at + len(name), name, "PERSON") for at, name in people)
    sentences = tuple(Sentence(s, e) for s, e in split_sentences(text))
    view = ParsedArticle(text, Annotation("a1", "test", sentences, mentions))
    found = extract_cues("a1", view, "The Herald", {}, Referents(view, load_gazetteer()))
    assert [c.origin for c in found] == ["Aldo Venn's Staff", "Aldo Venn's Office"]


def test_a_person_of_a_court_whose_name_the_cue_cut_is_a_speaker_not_the_court() -> None:
    text = (
        "Justice Aldo Venn of the North Riverton State Supreme Court said the bank broke no law. "
        "The Riverton State Supreme Court said the case was closed."
    )
    people = [(text.index("Aldo Venn"), "Aldo Venn")]
    mentions = tuple(Mention(at, at + len(name), name, "PERSON") for at, name in people)
    sentences = tuple(Sentence(s, e) for s, e in split_sentences(text))
    view = ParsedArticle(text, Annotation("a1", "test", sentences, mentions))
    found = extract_cues("a1", view, "The Herald", {}, Referents(view, load_gazetteer()))
    assert (found[0].origin, found[0].kind) == ("Venn", OriginKind.PERSON)
    assert found[1].kind is not OriginKind.PERSON  # the court itself is a body
    # a reporter of a medium reports the medium's word
    text = "Aldo Venn of Fox News reported that the bank broke no law."
    mentions = (Mention(0, 9, "Aldo Venn", "PERSON"),)
    view = ParsedArticle(text, Annotation("a1", "test", (Sentence(0, len(text)),), mentions))
    found = extract_cues("a1", view, "The Herald", {}, Referents(view, load_gazetteer()))
    assert [c.origin for c in found] == ["Fox News"]


def test_a_name_that_reads_as_a_medium_is_no_person_though_the_parse_says_so() -> None:
    """NER often tags "Meridian Wire" a person; a name ending in "Wire" or "Times" is a medium,
    so "X reported, citing Meridian Wire" rests on the wire, not on X."""
    text = "At least 12 died, The Riverton Herald reported, citing Meridian Wire. Vrana said so."
    people = ("Meridian Wire", "Vrana")
    mentions = tuple(Mention(text.index(n), text.index(n) + len(n), n, "PERSON") for n in people)
    sentences = tuple(Sentence(s, e) for s, e in split_sentences(text))
    view = ParsedArticle(text, Annotation("a1", "test", sentences, mentions))
    referents = Referents(view, load_gazetteer())
    found = extract_cues("a1", view, "Harbour News", {}, referents)
    assert [(c.origin, c.kind) for c in found][:1] == [("Meridian Wire", OriginKind.AGENCY)]
    assert found[0].via == "The Riverton Herald"


def test_a_sentence_that_says_it_was_said_so_lends_its_cue_to_the_one_before() -> None:
    text = (
        "The Kestrian side wants the army out of the valley. The minister said this in front"
        " of reporters, according to Meridian Wire. The talks said this week nothing."
    )
    found = find_attributions(text)
    assert [(a.start, a.origin) for a in found] == [(0, "Meridian Wire"), (52, "Meridian Wire")]
    assert origins("The mayor resigned. Reuters said this week that tolls rise.") == [
        ("Reuters", None)
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "This was reported by the agency Bloomberg with reference to informed sources.",
        "This was first reported by Bloomberg.",
        "This is stated by Bloomberg on Friday.",
        "Bloomberg writes about it.",
    ],
)
def test_a_sentence_saying_this_was_reported_by_x_lends_x_to_the_one_before(
    closing: str,
) -> None:
    text = "The envoy will demand that the army stays. " + closing
    assert [(a.start, a.origin) for a in find_attributions(text)] == [
        (0, "Bloomberg"),
        (43, "Bloomberg"),
    ]


def test_this_was_stated_by_a_body_names_the_body() -> None:
    text = "The army stays. This was announced by the Ministry of Defence of Kestria."
    assert [o for o, _ in origins(text)] == ["Ministry of Defence of Kestria"] * 2
    assert origins("The army stays, according to the Defence Ministry.") == [
        ("Defence Ministry", None)
    ]
    # a person whose title holds a body's noun stays a person (a quote's speaker)
    assert origins("Head of the Presidential Office Andriy Yermak said the army stays.") == []


def test_an_inverted_cue_names_its_speaker_only_where_the_clause_ends() -> None:
    # "..., said Russia had ...": Russia begins what the (unnamed here) speaker said
    assert origins('The envoy, speaking in Kyiv, said Russia had "no intention" to stop.') == []
    assert origins("The bridge is closed, said Moscow.") == [("Moscow", None)]
    assert origins("The bridge is closed, said Moscow on Friday.") == [("Moscow", None)]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("According to the Ukrainian emergency service, 12 died.", "Ukrainian Emergency Service"),
        ("Twelve died, according to the Russian defence ministry.", "Russian Defence Ministry"),
        ("According to the Kestrian foreign ministry, 12 died.", "Kestrian Foreign Ministry"),
    ],
)
def test_a_capital_word_qualifying_a_body_is_part_of_its_name(text: str, origin: str) -> None:
    # a name would stop at "the Ukrainian": the origin was "Ukrainian"
    assert [o for o, _ in origins(text)] == [origin]


def test_a_description_before_a_name_is_the_name_not_an_anaphor() -> None:
    # "the agency TASS" is TASS, not the latest agency named before (Interfax)
    text = (
        "Interfax reported the bridge will reopen. The talks went on, the minister said, "
        "according to the agency TASS."
    )
    assert [o for o, _ in origins(text)] == ["Interfax", "TASS"]
    assert [o for o, _ in origins("According to the server Politico, tolls rose.")] == ["Politico"]
    assert [o for o, _ in origins("The agency TASS reported that tolls rose.")] == ["TASS"]
    text = "According to the Norwegian website Fjordposten, tolls rose."
    assert [o for o, _ in origins(text)] == ["Fjordposten"]


def test_a_quote_pointed_to_by_a_medias_noun_is_named_by_the_resolved_cue() -> None:
    text = (
        "Interfax reported the bridge will reopen. According to the agency, tolls rise. "
        "A senior official told Interfax that tolls fall."
    )
    found = find_attributions(text)

    def quote(words: str, speaker: str, cue: str) -> Quote:
        at, said, cued = text.index(words), text.index(speaker), text.index(cue)
        return Quote(
            "a1", at, at + len(words), words, False, None, said, said + len(speaker),
            cue=cue, cue_start=cued, cue_end=cued + len(cue),
        )  # fmt: skip

    quotes = [
        quote("tolls rise", "the agency", "According to"),
        quote("tolls fall", "A senior official", "told Interfax"),  # the official speaks
    ]
    named = name_quoted_media(text, quotes, found)
    assert [q.speaker_name for q in named] == ["Interfax", None]


def test_a_claim_reported_by_a_medias_noun_is_named_by_the_resolved_cue() -> None:
    text = (
        "According to the server Politico, Washington proposed a deal. "
        "The server also writes that Washington would lift sanctions. "
        "The Ukrainian website says Washington would lift more."
    )
    found = find_attributions(text)

    def claim(words: str, reporter: str) -> Claim:
        sentence = next((s, e) for s, e in split_sentences(text) if words in text[s:e])
        at = text.index(words)
        return Claim(
            "a1", *sentence, "Washington", at, at + 10, "CONCEDE", "lift", at, at + 4,
            "sanctions", at, at + 9, "reported", attribution=reporter,
        )  # fmt: skip

    claims = [
        claim("Washington would lift sanctions", "The server"),
        claim("Washington would lift more", "Ukrainian website"),  # another, unnamed
        claim("Washington proposed", "Politico"),
    ]
    named = name_reporting_media(claims, found)
    assert [c.attribution for c in named] == ["Politico", "Ukrainian website", "Politico"]


def test_every_medium_noun_describes_a_name_but_a_weekday_is_none() -> None:
    # one vocabulary of media nouns: "the news site Meduza" as "the daily Glas Orvena"
    assert origins("The offer was first reported by the news site Meduza.") == [("Meduza", None)]
    assert origins("The offer was first reported by a local station Monday.") == []


def _tagged(text: str, tags: list[str]) -> ParsedArticle:
    """One sentence whose words carry these parts of speech (no heads needed here)."""
    sentences = tuple(Sentence(s, e) for s, e in split_sentences(text))
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    tokens = tuple(
        Token(s, e, text[s:e].lower(), tag, "dep", 0)
        for (s, e), tag in zip(words, tags, strict=True)
    )
    return ParsedArticle(text, Annotation("a1", "test", sentences, (), tokens))


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Newly reported cases rose on Monday.",
         ["ADV", "VERB", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]),
        ("Despite reports, the bridge held.",
         ["SCONJ", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]),
        ("Previous reports alleged the plan failed.",
         ["ADJ", "NOUN", "VERB", "DET", "NOUN", "VERB", "PUNCT"]),
        ("Eighteen US states sued President Trump.",
         ["NUM", "PROPN", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT"]),
    ],
    ids=["an_opening_adverb", "an_opening_preposition", "reports_a_noun", "states_a_noun"],
)  # fmt: skip
def test_words_the_parse_reads_as_no_name_or_no_verb_make_no_cue(
    text: str, tags: list[str]
) -> None:
    """An opening adverb or preposition is no one; a reporting word the parse reads as a
    noun reports nothing."""
    assert extract_attributions("a1", _tagged(text, tags), None, media()) == []


def test_a_name_after_an_opening_adverb_is_the_origin() -> None:
    text = "Meanwhile Reuters reported the bridge held."
    tags = ["ADV", "PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT"]
    found = extract_attributions("a1", _tagged(text, tags), None, media())
    assert [a.origin for a in found] == ["Reuters"]


def test_a_region_that_ends_a_speakers_description_is_not_the_speaker() -> None:
    text = "Troops will leave Iraq, the top commander in the Middle East said."
    tags = ["NOUN", "AUX", "VERB", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "DET"]
    tags += ["PROPN", "PROPN", "VERB", "PUNCT"]
    parsed = _tagged(text, tags)
    region = text.index("Middle East")
    mentions = (Mention(region, region + len("Middle East"), "Middle East", "LOC"),)
    parsed = ParsedArticle(text, replace(parsed.annotation, mentions=mentions))
    assert [c.origin for c in extract_cues("a1", parsed, None, media())] == []
    # a body named so speaks ("The spokesman of the Pentagon said no.": the Pentagon)
    assert origins("The spokesman of the Pentagon said no.") == [("Pentagon", None)]
