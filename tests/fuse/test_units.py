"""Evidence units from hand-built articles: what each sentence rests on, its figures, its
date, and disputes told in one sentence."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from builders import tokens_of
from newsdesk.fuse.terms import ClauseWeights
from newsdesk.fuse.units import (
    OWN,
    REPORTED_BY,
    SAID_BY,
    UNRESOLVED,
    SentenceOrigin,
    StoryArticle,
    Unit,
    _fullest_name,
    _speaks_for,
    article_units,
    media_names,
)
from newsdesk.model import (
    Article,
    Claim,
    InputKind,
    Quantity,
    Quote,
    Sentence,
    TimeExpression,
)

WEIGHTS = ClauseWeights(background=0.5, frame=0.5)
MEDIA = media_names(["The Herald", "Meridian Wire"])


def article(text: str, **fields: Any) -> StoryArticle:
    """One article of The Herald, a sentence per full stop or question mark, its own
    reporting throughout."""
    sentences = tuple(Sentence(m.start(), m.end()) for m in re.finditer(r" ?[^.?!]+[.?!]", text))
    origins = tuple(
        SentenceOrigin(s.start, s.end, "The Herald", OWN, "The Herald") for s in sentences
    )
    item = Article(
        "a", "a.txt", InputKind.TEXT, None, "The Herald", "2026-03-12", "metadata", "en", text,
        (), (),
    )  # fmt: skip
    return StoryArticle(item, sentences, fields.pop("entities", ()), origins=origins, **fields)


def speech(text: str, content: str, speaker: str | None, said: str) -> Quote:
    """Reported speech: its content, and its speaker as the text says it (`said`)."""
    start, at = text.index(content), text.index(said)
    return Quote(
        "a", start, start + len(content), content, False, speaker, at, at + len(said), None,
        None, "said",
    )  # fmt: skip


def only_unit(item: StoryArticle) -> Unit:
    (unit,) = article_units(item, WEIGHTS, MEDIA)
    return unit


def test_a_sentence_filled_by_a_named_speakers_words_rests_on_the_speaker() -> None:
    text = "Kathy Hochul said she aims to create a completely ethical administration."
    quote = speech(
        text,
        "she aims to create a completely ethical administration",
        "Kathy Hochul",
        "Kathy Hochul",
    )
    origin = only_unit(article(text, quotes=(quote,))).origin
    assert origin is not None and (origin.kind, origin.name) == (SAID_BY, "Kathy Hochul")


def test_a_sentence_in_a_later_piece_of_a_quote_rests_on_its_speaker() -> None:
    text = (
        '"The crossing was calm all week," Ilse Morrow said. '
        '"We will keep the ferry running every single day."'
    )
    first, later = (
        "The crossing was calm all week,",
        "We will keep the ferry running every single day.",
    )
    quote = speech(text, first, "Ilse Morrow", "Ilse Morrow")
    pieces = ((text.index(first), text.index(first) + len(first)), _span(text, later))
    quote = replace(quote, pieces=pieces, text=f"{first} {later}")
    units = article_units(article(text, quotes=(quote,)), WEIGHTS, MEDIA)
    last = units[-1]
    assert last.origin is not None and (last.origin.kind, last.origin.name) == (
        SAID_BY,
        "Ilse Morrow",
    )


def test_words_a_record_holds_rest_on_the_one_who_said_them() -> None:
    text = "Lee's great-grandson said the statues may come down in time, according to a transcript."
    said = speech(text, "the statues may come down in time", None, "Lee's great-grandson")
    said = replace(said, cue_start=text.index("said"), cue_end=text.index("said") + 4)
    record = speech(text, text[: text.index(",")], None, "a transcript")
    record = replace(record, cue="according to", cue_start=text.index("according"))
    origin = only_unit(article(text, quotes=(record, said))).origin
    assert origin is not None and origin.name == "Lee's great-grandson"
    # a report telling what someone said stays the source, as does a named one
    report_text = text.replace("a transcript", "a report")
    report = replace(record, speaker_end=record.speaker_start + len("a report"))
    origin = only_unit(article(report_text, quotes=(report, said))).origin
    assert origin is not None and origin.name == "a report"
    named = replace(record, speaker_name="Reuters")
    origin = only_unit(article(text, quotes=(named, said))).origin
    assert origin is not None and origin.name == "Reuters"


def _span(text: str, part: str) -> tuple[int, int]:
    return text.index(part), text.index(part) + len(part)


def test_a_speaker_that_is_an_outlet_of_the_story_is_a_medium_cited() -> None:
    text = "According to Meridian Wire, at least twelve people died in the town."
    quote = speech(
        text, "at least twelve people died in the town", "Meridian Wire", "Meridian Wire"
    )
    origin = only_unit(article(text, quotes=(quote,))).origin
    assert origin is not None and (origin.kind, origin.name) == (REPORTED_BY, "Meridian Wire")


def test_a_speaker_the_text_does_not_name_is_unresolved_not_the_outlet() -> None:
    text = "The law offering citizenship has to end for good, the president said."
    quote = speech(text, "The law offering citizenship has to end for good", None, "the president")
    origin = only_unit(article(text, quotes=(quote,))).origin
    assert origin is not None and (origin.kind, origin.counted_as) == (SAID_BY, UNRESOLVED)


def test_our_daily_is_the_outlets_own_reporting() -> None:
    text = "The delegation offered an exchange of prisoners, our daily has learned."
    quote = speech(text, "The delegation offered an exchange of prisoners", None, "our daily")
    origin = only_unit(article(text, quotes=(quote,))).origin
    assert origin is not None and origin.kind == OWN


def test_a_cue_the_pipeline_read_is_kept() -> None:
    text = "People familiar with the talks said the offer was made late on Wednesday."
    item = article(text)
    sentence = item.sentences[0]
    unnamed = SentenceOrigin(
        sentence.start, sentence.end, "unnamed sources (The Herald)", "unknown", "The Herald"
    )
    origin = only_unit(StoryArticle(item.article, item.sentences, (), origins=(unnamed,))).origin
    assert origin == unnamed


def test_a_date_written_in_full_is_marked_so() -> None:
    text = "Diplomats sat down in Aldmoor on Tuesday, March 10, for the first time."
    at = text.index("Tuesday, March 10")
    time = TimeExpression(at, at + 17, "Tuesday, March 10", "2026-03-10", "day", 0.9, "explicit")
    unit = only_unit(article(text, times=(time,)))
    assert unit.date == ("2026-03-10", "day") and unit.date_in_full and unit.date_trusted


SEIZED = "Russia must return the plant, which it seized in 2022, to Ukraine."
SEIZED_PARSE = [
    ("Russia", "PROPN", "nsubj", 2), ("must", "AUX", "aux", 2), ("return", "VERB", "ROOT", 2),
    ("the", "DET", "det", 4), ("plant", "NOUN", "dobj", 2), (",", "PUNCT", "punct", 4),
    ("which", "PRON", "dobj", 8), ("it", "PRON", "nsubj", 8), ("seized", "VERB", "relcl", 4),
    ("in", "ADP", "prep", 8), ("2022", "NUM", "pobj", 9), (",", "PUNCT", "punct", 4),
    ("to", "ADP", "prep", 2), ("Ukraine", "PROPN", "pobj", 12), (".", "PUNCT", "punct", 2),
]  # fmt: skip


def test_a_year_the_sentence_mentions_in_passing_is_a_background_event() -> None:
    at = SEIZED.index("2022")
    time = TimeExpression(at, at + 4, "2022", "2022", "year", 0.9, "explicit year")
    unit = only_unit(article(SEIZED, times=(time,), tokens=tokens_of(SEIZED, SEIZED_PARSE)))
    assert unit.date is None  # the demand is not dated by the seizure
    (event,) = unit.background
    assert (event.date, event.text) == ("2022", "the plant, which it seized in 2022")
    assert SEIZED[event.start : event.end] == event.text
    tokens = tokens_of(SEIZED, SEIZED_PARSE)
    unresolved = replace(time, value=None)  # an undated article's "last May"
    yearless = replace(time, text="May", value="2026-05", precision="month")  # "in May"
    for other in (unresolved, yearless):
        assert only_unit(article(SEIZED, times=(other,), tokens=tokens)).background == ()


def test_a_time_in_a_speakers_own_words_or_in_a_possibility_does_not_date_the_report() -> None:
    said = (
        "In a post on Pulse, Wasylenko wrote: “Forty families will have their sons back by Sunday.”"
    )
    told = "Wasylenko told the Observer that the swap could take place as early as the weekend."
    done = "Wasylenko told the Observer that the first prisoners crossed the bridge on Sunday."
    words = {said: "Forty families", told: "the swap", done: "the first prisoners"}
    for text, when in ((said, "Sunday"), (told, "the weekend"), (done, "Sunday")):
        at = text.index(when)
        time = TimeExpression(at, at + len(when), when, "2026-03-15", "day", 0.8, "weekday")
        start = text.index(words[text])
        end = len(text) - 2 if text is said else len(text) - 1
        quote = replace(
            speech(text, text[start:end], "Teodor Wasylenko", "Wasylenko"),
            direct=text is said,
        )
        unit = only_unit(article(text, times=(time,), quotes=(quote,)))
        expected = ("2026-03-15", "day") if text is done else None
        assert unit.date == expected, text


def test_the_time_a_state_lasts_until_does_not_date_the_report() -> None:
    through = "Ensdal said both sides had agreed to keep talking through Friday."
    on = "Ensdal said both sides had agreed on Friday to keep talking."
    for text, expected in ((through, None), (on, ("2026-03-13", "day"))):
        at = text.index("Friday")
        time = TimeExpression(at, at + 6, "Friday", "2026-03-13", "day", 0.8, "weekday")
        assert only_unit(article(text, times=(time,))).date == expected, text


def test_the_time_a_state_lasts_since_does_not_date_the_report() -> None:
    text = "The shelling of Aldmoor was the heaviest since February, officials said."
    at = text.index("February")
    time = TimeExpression(at, at + 8, "February", "2026-02", "month", 0.8, "month")
    assert only_unit(article(text, times=(time,))).date is None
    held = "Orvenian troops have held the Varen pumping station since February, officials said."
    at = held.index("February")
    time = TimeExpression(at, at + 8, "February", "2026-02", "month", 0.8, "month")
    assert only_unit(article(held, times=(time,))).date == ("2026-02", "month")


def test_a_weekday_is_no_date_in_full() -> None:
    text = "The delegations sat down in Aldmoor on Wednesday for their talks."
    at = text.index("Wednesday")
    time = TimeExpression(at, at + 9, "Wednesday", "2026-03-11", "day", 0.8, "weekday")
    unit = only_unit(article(text, times=(time,)))
    assert unit.date == ("2026-03-11", "day") and not unit.date_in_full


def test_one_party_blaming_another_beside_the_others_account_is_a_dispute() -> None:
    text = "Kestria blamed Orvenian artillery; Orvenia said its forces fired at a mortar."
    at = text.index("blamed")
    claim = Claim(
        "a", 0, len(text), "Kestria", 0, 7, "DISAPPROVE", "blamed", at, at + 6,
        "Orvenian artillery", at + 7, at + 25, "asserted", target="Orvenia",
    )  # fmt: skip
    quote = speech(text, "its forces fired at a mortar", "Orvenia", "Orvenia said")
    unit = only_unit(article(text, claims=(claim,), quotes=(quote,)))
    assert unit.dispute == ("Kestria", "Orvenia")


def test_short_sentences_and_questions_are_no_units() -> None:
    item = article(
        "He was 68. Will either side sign the plan in the end? The talks opened in Aldmoor today."
    )
    assert [u.sentence.strip() for u in article_units(item, WEIGHTS)] == [
        "The talks opened in Aldmoor today."
    ]


def test_a_sub_heading_is_no_unit() -> None:
    text = (
        "The talks opened in Aldmoor today.\n"
        "Kestria wants Orvenian troops to leave the valley\n"
        "Kestria demanded that all troops leave the valley before any ceasefire."
    )
    sentences = (Sentence(0, 34), Sentence(35, 84), Sentence(85, len(text)))
    item = article(text)
    item = StoryArticle(item.article, sentences, (), origins=item.origins)
    assert [u.sentence for u in article_units(item, WEIGHTS)] == [
        "The talks opened in Aldmoor today.",
        "Kestria demanded that all troops leave the valley before any ceasefire.",
    ]
    # a dash counts as no word: "The apple of weld – Crimea" is five words
    assert article_units(article("The strike hit the ferry landing – all of it."), WEIGHTS)
    assert not article_units(article("Talks in the valley – Aldmoor."), WEIGHTS)


def test_figures_are_kept_without_a_parse() -> None:
    text = "A strike on the town killed at least 12 people late on Tuesday."
    at = text.index("12")
    figure = Quantity("a", at, at + 2, "12", 12.0, "at least", "killed", at, at + 2)
    assert only_unit(article(text, quantities=(figure,))).quantities == (figure,)


SHORTENED = "Donald Trump arrived in Aldmoor for the talks. Trump announced the talks would resume."
SHORTENED_PARSE = [
    ("Donald", "PROPN", "compound", 1), ("Trump", "PROPN", "nsubj", 2),
    ("arrived", "VERB", "ROOT", 2), ("in", "ADP", "prep", 2), ("Aldmoor", "PROPN", "pobj", 3),
    ("for", "ADP", "prep", 2), ("the", "DET", "det", 7), ("talks", "NOUN", "pobj", 5),
    (".", "PUNCT", "punct", 2), ("Trump", "PROPN", "nsubj", 10),
    ("announced", "VERB", "ROOT", 10), ("the", "DET", "det", 12), ("talks", "NOUN", "nsubj", 14),
    ("would", "AUX", "aux", 14), ("resume", "VERB", "ccomp", 10), (".", "PUNCT", "punct", 10),
]  # fmt: skip


def test_a_speaker_named_short_is_shown_by_the_fullest_name_the_article_gives() -> None:
    full, short = SHORTENED.index("Donald Trump"), SHORTENED.index("Trump announced")
    entities = ((full, full + 12, "@trump"), (short, short + 5, "@trump"))
    tokens = list(tokens_of(SHORTENED, SHORTENED_PARSE))
    tokens[10] = replace(tokens[10], lemma="announce")
    units = article_units(
        article(SHORTENED, entities=entities, tokens=tuple(tokens)), WEIGHTS, MEDIA
    )
    origin = units[-1].origin
    assert origin is not None and origin.kind == SAID_BY
    assert (origin.name, origin.counted_as) == ("Donald Trump", "@trump")


def test_a_description_tied_to_a_speaker_is_not_shown_as_their_name() -> None:
    text = "Donald Trump spoke. The visiting US leader said the talks would resume."
    full, described = text.index("Donald Trump"), text.index("The visiting")
    entities = ((full, full + 12, "@trump"), (described, described + 22, "@trump"))
    assert _fullest_name(article(text, entities=entities), "@trump") == "Donald Trump"


def test_a_quoted_speaker_named_short_carries_the_fullest_name_as_the_person() -> None:
    text = "Volodymyr Zelensky spoke. Zelensky said Putin wants to keep fighting this war."
    full, short = text.index("Volodymyr"), text.index("Zelensky said")
    quote = speech(text, "Putin wants to keep fighting this war", "Zelensky", "Zelensky")
    quote = replace(quote, name_start=short, name_end=short + 8)
    entities = ((full, full + 18, "@zelensky"), (short, short + 8, "@zelensky"))
    units = article_units(article(text, entities=entities, quotes=(quote,)), WEIGHTS, MEDIA)
    origin = units[-1].origin
    assert origin is not None and (origin.name, origin.counted_as) == ("Zelensky", "@zelensky")
    assert origin.person == "Volodymyr Zelensky"


def test_a_word_that_only_qualifies_a_bodys_name_is_not_the_speaker() -> None:
    # "Ukrainian" is an entity (Ukraine's people); the speaker is the service, not Ukraine
    text = "According to the Ukrainian emergency service, twelve people died in the town."
    name = "Ukrainian emergency service"
    at, adjective = text.index(name), text.index("Ukrainian")
    quote = speech(text, "twelve people died in the town", name, name)
    quote = replace(quote, name_start=at, name_end=at + len(name))
    entities = ((adjective, adjective + 9, "@ukrainian"),)
    origin = only_unit(article(text, entities=entities, quotes=(quote,))).origin
    assert origin is not None and origin.kind == SAID_BY
    assert (origin.name, origin.counted_as) == (name, name.casefold())
    # a person named with a qualifying title is still the person
    text = "Ukrainian President Volodymyr Zelensky said twelve people died in the town."
    person = text.index("Volodymyr")
    quote = speech(text, "twelve people died in the town", "Volodymyr Zelensky", "Ukrainian")
    quote = replace(quote, name_start=0, name_end=person + 18)
    entities = ((0, 9, "@ukrainian"), (person, person + 18, "@zelensky"))
    origin = only_unit(article(text, entities=entities, quotes=(quote,))).origin
    assert origin is not None and origin.counted_as == "@zelensky"


def test_a_sentence_that_only_says_whose_the_one_before_is_is_no_unit() -> None:
    text = (
        "The ferry across the Varen will run again from Monday next week. "
        "This was reported by the agency Meridian Wire with reference to informed sources."
    )
    assert [u.sentence.strip()[:9] for u in article_units(article(text), WEIGHTS, MEDIA)] == [
        "The ferry"
    ]
    # a quote whose cue is here and whose words are before: "He stated this on Thursday."
    text = (
        "The ferry across the Varen will run again from Monday next week. "
        "Ilse Morrow stated this on Thursday at a press conference in Brodnitsa."
    )
    content = "The ferry across the Varen will run again from Monday next week"
    quote = speech(text, content, "Ilse Morrow", "Ilse Morrow")
    cue = text.index("stated")
    quote = replace(quote, cue="stated", cue_start=cue, cue_end=cue + 6)
    units = article_units(article(text, quotes=(quote,)), WEIGHTS, MEDIA)
    assert [u.sentence.strip()[:9] for u in units] == ["The ferry"]


def _cited_by_cbs(item: StoryArticle) -> StoryArticle:
    """The pipeline read the sentence's cue as CBS News's report ("an interview with CBS")."""
    origins = tuple(
        SentenceOrigin(o.start, o.end, "CBS News", REPORTED_BY, "CBS News") for o in item.origins
    )
    return replace(item, origins=origins)


def test_a_mediums_interview_of_a_named_person_carries_the_persons_words() -> None:
    text = "During an interview with CBS, Kathy Hochul said she aims to end the culture."
    quote = speech(text, "she aims to end the culture", "Kathy Hochul", "Kathy Hochul")
    entities = ((text.index("Kathy"), text.index(" said"), "e-hochul"),)
    origin = only_unit(_cited_by_cbs(article(text, quotes=(quote,), entities=entities))).origin
    assert origin is not None and (origin.kind, origin.name) == (REPORTED_BY, "CBS News")
    assert (origin.carried, origin.person) == ("e-hochul", "Kathy Hochul")


def test_a_medium_giving_its_own_word_carries_no_one() -> None:
    text = "According to CBS News, the governor aims to end the culture of the office."
    quote = speech(text, "the governor aims to end the culture of the office", "CBS News", "CBS")
    entities = ((text.index("CBS"), text.index(","), "e-cbs"),)
    origin = only_unit(_cited_by_cbs(article(text, quotes=(quote,), entities=entities))).origin
    assert origin is not None and origin.carried is None


def test_a_document_seen_by_a_medium_is_no_speaker() -> None:
    text = "Ensdal proposed a ceasefire on the river, according to a draft seen by The Herald."
    quote = speech(text, "Ensdal proposed a ceasefire on the river", None, "a draft")
    origin = only_unit(article(text, quotes=(quote,))).origin
    assert origin is not None and (origin.kind, origin.name) == (OWN, "The Herald")
    unseen = text.replace("seen by The Herald", "of the plan here")
    quote = speech(unseen, "Ensdal proposed a ceasefire on the river", None, "a draft")
    origin = only_unit(article(unseen, quotes=(quote,))).origin
    assert origin is not None and origin.counted_as == UNRESOLVED  # whose draft, unknown


def test_whose_report_says_it_speaks_through_it() -> None:
    text = "Warren's report says the tax will not rise."
    rows = [
        ("Warren", "PROPN", "poss", 2), ("'s", "PART", "case", 0), ("report", "NOUN", "nsubj", 3),
        ("says", "VERB", "ROOT", 3), ("the", "DET", "det", 5), ("tax", "NOUN", "nsubj", 8),
        ("will", "AUX", "aux", 8), ("not", "PART", "neg", 8), ("rise", "VERB", "ccomp", 3),
        (".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    tokens = tuple(
        replace(t, lemma="say") if t.lemma == "says" else t for t in tokens_of(text, rows)
    )
    entities = ((0, len("Warren"), "e-warren"),)
    origin = only_unit(article(text, tokens=tokens, entities=entities)).origin
    assert origin is not None and (origin.kind, origin.counted_as) == (SAID_BY, "e-warren")


def test_a_relative_pronoun_speaks_for_the_noun_its_clause_describes() -> None:
    text = "The delay has frustrated local activists, who say it will cost the valley dearly."
    rows = [
        ("The", "DET", "det", 1), ("delay", "NOUN", "nsubj", 3), ("has", "AUX", "aux", 3),
        ("frustrated", "VERB", "ROOT", 3), ("local", "ADJ", "amod", 5),
        ("activists", "NOUN", "dobj", 3), (",", "PUNCT", "punct", 5), ("who", "PRON", "nsubj", 8),
        ("say", "VERB", "relcl", 5), ("it", "PRON", "nsubj", 11), ("will", "AUX", "aux", 11),
        ("cost", "VERB", "ccomp", 8), ("the", "DET", "det", 13), ("valley", "NOUN", "dobj", 11),
        ("dearly", "ADV", "advmod", 11), (".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    quote = speech(text, "it will cost the valley dearly", None, "who")
    item = article(text, tokens=tokens_of(text, rows), quotes=(quote,))
    origin = only_unit(item).origin
    assert origin is not None and origin.kind == SAID_BY
    assert (origin.counted_as, origin.name) == (UNRESOLVED, "local activists")


def test_a_report_from_a_named_body_rests_on_the_body() -> None:
    text = "Tuesday's report from the Labor Department showed that prices rose 5 percent."
    rows = [
        ("Tuesday", "PROPN", "poss", 2), ("'s", "PART", "case", 0), ("report", "NOUN", "nsubj", 7),
        ("from", "ADP", "prep", 2), ("the", "DET", "det", 6), ("Labor", "PROPN", "compound", 6),
        ("Department", "PROPN", "pobj", 3), ("showed", "VERB", "ROOT", 7),
        ("that", "SCONJ", "mark", 10), ("prices", "NOUN", "nsubj", 10),
        ("rose", "VERB", "ccomp", 7), ("5", "NUM", "nummod", 12), ("percent", "NOUN", "dobj", 10),
        (".", "PUNCT", "punct", 7),
    ]  # fmt: skip
    tokens = tuple(
        replace(t, lemma="show") if t.lemma == "showed" else t for t in tokens_of(text, rows)
    )
    body = text.index("the Labor Department")
    entities = ((body, body + len("the Labor Department"), "e-labor"),)
    origin = only_unit(article(text, tokens=tokens, entities=entities)).origin
    assert origin is not None and (origin.kind, origin.counted_as) == (SAID_BY, "e-labor")


def test_a_speaker_described_after_a_no_break_space_is_named_without_it() -> None:
    text = "A\xa0large faction of House liberals said the bill will fail."
    rows = [
        ("A", "DET", "det", 2), ("\xa0", "SPACE", "dep", 0), ("large", "ADJ", "amod", 3),
        ("faction", "NOUN", "nsubj", 7), ("of", "ADP", "prep", 3),
        ("House", "PROPN", "compound", 6), ("liberals", "NOUN", "pobj", 4),
        ("said", "VERB", "ROOT", 7), ("the", "DET", "det", 9), ("bill", "NOUN", "nsubj", 11),
        ("will", "AUX", "aux", 11), ("fail", "VERB", "ccomp", 7), (".", "PUNCT", "punct", 7),
    ]  # fmt: skip
    tokens = tuple(
        replace(t, lemma="say") if t.lemma == "said" else t for t in tokens_of(text, rows)
    )
    origin = only_unit(article(text, tokens=tokens)).origin
    assert origin is not None and origin.name == "large faction of House liberals"


def test_a_persons_own_staff_is_counted_as_the_person() -> None:
    text = "Aldo Venn tested positive for the virus. Aldo Venn's Staff said he is well at home."
    quote = speech(text, "he is well at home", "Aldo Venn's Staff", "Aldo Venn's Staff")
    full = text.index("Aldo Venn")
    item = article(text, quotes=(quote,), entities=((full, full + 9, "@venn"),))
    (staff,) = [u for u in article_units(item, WEIGHTS, MEDIA) if "Staff" in u.sentence]
    # one party with Venn, counted by his entity as his own quoted words are
    assert staff.origin is not None and staff.origin.counted_as == "@venn"
    # an owner the article names as no one: the office by its own name, as before
    units = article_units(article(text, quotes=(quote,)), WEIGHTS, MEDIA)
    (staff,) = [u for u in units if "Staff" in u.sentence]
    assert staff.origin is not None and staff.origin.counted_as == "aldo venn's staff"


def test_the_office_of_a_named_person_speaks_as_the_person() -> None:
    text = "The office of Attorney General Letitia James said the probe widened."
    rows = [
        ("The", "DET", "det", 1), ("office", "NOUN", "nsubj", 7), ("of", "ADP", "prep", 1),
        ("Attorney", "PROPN", "compound", 6), ("General", "PROPN", "compound", 6),
        ("Letitia", "PROPN", "compound", 6), ("James", "PROPN", "pobj", 2),
        ("said", "VERB", "ROOT", 7), ("the", "DET", "det", 9), ("probe", "NOUN", "nsubj", 10),
        ("widened", "VERB", "ccomp", 7), (".", "PUNCT", "punct", 7),
    ]  # fmt: skip
    tokens = tuple(
        replace(t, lemma="say") if t.lemma == "said" else t for t in tokens_of(text, rows)
    )
    name = text.index("Letitia James")
    entities = ((name, name + len("Letitia James"), "@james"),)
    origin = only_unit(article(text, tokens=tokens, entities=entities)).origin
    assert origin is not None and (origin.kind, origin.counted_as) == (SAID_BY, "@james")
    # no one the article names so: the office by its own words
    origin = only_unit(article(text, tokens=tokens)).origin
    assert origin is not None and origin.counted_as == "office of attorney general letitia james"


def test_the_body_a_named_spokesperson_speaks_for_is_read_before_or_after_the_name() -> None:
    text = (
        "Taliban spokesman Zabihullah Mujahid spoke. Jen Psaki, the White House press "
        "secretary, spoke. John Kirby, a spokesman for the Pentagon, spoke. Ned Price spoke. "
        "EPA Administrator Andrew Wheeler spoke. Former CDC Director Robert Redfield spoke. "
        "The former FDA Commissioner Scott Gottlieb spoke."
    )
    people = {"Zabihullah Mujahid": "@zm", "Jen Psaki": "@jp", "John Kirby": "@jk"}
    people |= {"Ned Price": "@np", "Andrew Wheeler": "@aw", "Robert Redfield": "@rr"}
    people["Scott Gottlieb"] = "@sg"
    entities = tuple((text.index(n), text.index(n) + len(n), e) for n, e in people.items())
    item = article(text, entities=entities)
    found = {e: _speaks_for(item, e) for e in people.values()}
    assert found == {
        "@zm": "Taliban", "@jp": "White House", "@jk": "Pentagon", "@np": None, "@aw": "EPA",
        "@rr": None, "@sg": None,  # one who has left speaks for themselves
    }  # fmt: skip
