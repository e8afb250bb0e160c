"""Who is who: names, titles, states, pronouns and descriptions, from hand-built mentions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from builders import mentions_at, tokens_of
from newsdesk.gazetteer import load_gazetteer
from newsdesk.model import Annotation, Mention, Sentence, Token
from newsdesk.parse import ParsedArticle
from newsdesk.referents import (
    ORGANISATION,
    PERSON,
    STATE,
    Referent,
    Referents,
    bare_name,
    body_name,
    mention_kind,
    names_a_written_source,
    persons_side_owner,
)

# Each case: the text, its named mentions (phrase, label, occurrence), the phrase to resolve
# (its last occurrence), and the name it refers to (None: nobody).
Case = tuple[str, list[tuple[str, str, int]], str, str | None]
CASES: dict[str, Case] = {
    "the_next_president_is_not_the_incumbent": (
        "President Ilse Morrow named a judge. The next president should choose one.",
        [("Ilse Morrow", "PERSON", 0)],
        "The next president",
        None,
    ),
    "the_former_president_is_the_one_titled_former": (
        "Former President Aldo Venn attacked an audit that confirmed President Ilse Morrow's "
        "win. The former president called it a fraud.",
        [("Aldo Venn", "PERSON", 0), ("Ilse Morrow", "PERSON", 0)],
        "The former president",
        "Aldo Venn",
    ),
    "the_former_president_may_be_one_the_article_titles_president": (
        "For years, President Aldo Venn was a friend of Ilse Morrow. She welcomed the former "
        "president to her club.",
        [("Aldo Venn", "PERSON", 0), ("Ilse Morrow", "PERSON", 0)],
        "the former president",
        "Aldo Venn",
    ),
    "the_president_is_not_a_vice_president": (
        "President Aldo Venn discussed former Vice President Ilse Morrow in a call. The "
        "president argued that he did nothing wrong.",
        [("Aldo Venn", "PERSON", 0), ("Ilse Morrow", "PERSON", 0)],
        "The president",
        "Aldo Venn",
    ),
    "a leader of a body is not the leader of a state": (
        "Kestrian President Ilse Morrow spoke by phone with Aldo Venn. The call came as the "
        "leader of a key congressional panel said more was needed.",
        [("Kestrian", "NORP", 0), ("Ilse Morrow", "PERSON", 0), ("Aldo Venn", "PERSON", 0)],
        "leader",
        None,
    ),
    "a party's leader is not the president of a state": (
        "Kestrian President Ilse Morrow spoke by phone with Aldo Venn. The call came as the "
        "Democratic leader said more was needed.",
        [("Kestrian", "NORP", 0), ("Ilse Morrow", "PERSON", 0), ("Aldo Venn", "PERSON", 0)],
        "the Democratic leader",
        None,
    ),
    "a party's leader by the title that names the party": (
        "Senate Democratic Leader Aldo Venn met Kestrian President Ilse Morrow. Later the "
        "Democratic leader said more was needed.",
        [("Aldo Venn", "PERSON", 0), ("Kestrian", "NORP", 0), ("Ilse Morrow", "PERSON", 0)],
        "the Democratic leader",
        "Aldo Venn",
    ),
    "a secretary of state is a title of its own": (
        "Secretary of State Ilse Morrow met Aldo Venn. Later the secretary of state said "
        "more was needed.",
        [("Ilse Morrow", "PERSON", 0), ("Aldo Venn", "PERSON", 0)],
        "the secretary",
        "Ilse Morrow",
    ),
    "the president of a state named after the role": (
        "Kestrian President Ilse Morrow met Aldo Venn. Later the president of Kestria said "
        "more was needed.",
        [("Kestrian", "NORP", 0), ("Ilse Morrow", "PERSON", 0), ("Aldo Venn", "PERSON", 0),
         ("Kestria", "GPE", 0)],
        "the president",
        "Ilse Morrow",
    ),
    "us_leader_after_us_president": (
        "U.S. President Donald Trump met Russian President Vladimir Putin in Alaska. "
        "'The talks went very well,' the US leader said.",
        [("U.S.", "GPE", 0), ("Donald Trump", "PERSON", 0), ("Russian", "NORP", 0),
         ("Vladimir Putin", "PERSON", 0), ("Alaska", "GPE", 0), ("US", "GPE", 0)],
        "the US leader",
        "Donald Trump",
    ),
    "us_leader_without_dots": (
        "US President Donald Trump met Russian President Vladimir Putin. The US leader left.",
        [("US", "GPE", 0), ("Donald Trump", "PERSON", 0), ("Russian", "NORP", 0),
         ("Vladimir Putin", "PERSON", 0), ("US", "GPE", 1)],
        "The US leader",
        "Donald Trump",
    ),
    "russian_leader_is_putin": (
        "U.S. President Donald Trump met Russian President Vladimir Putin. The Russian leader "
        "smiled.",
        [("U.S.", "GPE", 0), ("Donald Trump", "PERSON", 0), ("Russian", "NORP", 0),
         ("Vladimir Putin", "PERSON", 0), ("Russian", "NORP", 1)],
        "The Russian leader",
        "Vladimir Putin",
    ),
    "russias_president_by_possessive": (
        "Donald Trump, the US president, spoke to Vladimir Putin, Russia's president, on "
        "Friday. Russia's president said little.",
        [("Donald Trump", "PERSON", 0), ("US", "GPE", 0), ("Vladimir Putin", "PERSON", 0),
         ("Russia", "GPE", 0), ("Russia", "GPE", 1)],
        "Russia's president",
        "Vladimir Putin",
    ),
    "foreign_minister_by_apposition": (
        "Sergei Lavrov, Russia's foreign minister, met Marco Rubio. The foreign minister "
        "left early.",
        [("Sergei Lavrov", "PERSON", 0), ("Russia", "GPE", 0), ("Marco Rubio", "PERSON", 0)],
        "The foreign minister",
        "Sergei Lavrov",
    ),
    "kestrian_minister_from_the_articles_own_places": (
        "Kestrian Foreign Minister Teodor Vasylenko met Lisvania's Marit Ensdal in Kestria. "
        "The Kestrian minister spoke first.",
        [("Kestrian", "NORP", 0), ("Teodor Vasylenko", "PERSON", 0), ("Lisvania", "GPE", 0),
         ("Marit Ensdal", "PERSON", 0), ("Kestria", "GPE", 0), ("Kestrian", "NORP", 1)],
        "The Kestrian minister",
        "Teodor Vasylenko",
    ),
    "the_kremlin_is_russia": (
        "The Kremlin said talks would go on.",
        [("Kremlin", "ORG", 0)],
        "The Kremlin",
        "Russia",
    ),
    "a_surname_is_the_full_name": (
        "Steve Witkoff flew to Moscow. Witkoff met officials.",
        [("Steve Witkoff", "PERSON", 0), ("Moscow", "GPE", 0), ("Witkoff", "PERSON", 1)],
        "Witkoff",
        "Steve Witkoff",
    ),
    "a_spokeswoman_nobody_holds_is_nobody": (
        "Donald Trump spoke. The spokeswoman declined to comment.",
        [("Donald Trump", "PERSON", 0)],
        "The spokeswoman",
        None,
    ),
    "a_description_never_points_forward": (
        "The US leader arrived. U.S. President Donald Trump spoke later.",
        [("US", "GPE", 0), ("U.S.", "GPE", 0), ("Donald Trump", "PERSON", 0)],
        "The US leader",
        None,
    ),
    "he_is_the_latest_person": (
        "Sergei Lavrov arrived. Then Donald Trump spoke. He was brief.",
        [("Sergei Lavrov", "PERSON", 0), ("Donald Trump", "PERSON", 0)],
        "He",
        "Donald Trump",
    ),
    "they_is_the_latest_group": (
        "Sergei Lavrov met NATO officials. They said nothing.",
        [("Sergei Lavrov", "PERSON", 0), ("NATO", "ORG", 0)],
        "They",
        "NATO",
    ),
    "a_role_someone_holds_is_not_the_one_an_indefinite_phrase_names": (
        "White House spokeswoman Ilse Morrow spoke on Monday. A spokeswoman for Kestria Air "
        "said the flights would resume.",
        [("Ilse Morrow", "PERSON", 0)],
        "A spokeswoman",
        None,
    ),
    "a_role_closed_by_said_is_no_apposition_of_the_name_before": (
        "Ilse Morrow, the top aide said, is confident of the contrast.",
        [("Ilse Morrow", "PERSON", 0)],
        "the top aide",
        None,
    ),
    "i_is_the_writer_nobody_else": (
        "Sergei Lavrov arrived. I was there.",
        [("Sergei Lavrov", "PERSON", 0)],
        "I",
        None,
    ),
    "a_capitalised_office_is_nobodys_name": (
        "U.S. Ambassador to the UN Ann Lee spoke.",
        [("U.S.", "GPE", 0), ("UN", "ORG", 0)],
        "U.S. Ambassador",
        None,
    ),
    "a_name_ending_in_an_office_word_is_a_name": (
        "Martin Luther King marched.",
        [],
        "Martin Luther King",
        "Martin Luther King",
    ),
}  # fmt: skip


def article(text: str, mentions: list[tuple[str, str, int]]) -> ParsedArticle:
    annotation = Annotation("a", "test", (Sentence(0, len(text)),), mentions_at(text, mentions))
    return ParsedArticle(text, annotation)


def referents_of(text: str, mentions: list[tuple[str, str, int]]) -> Referents:
    return Referents(article(text, mentions), load_gazetteer())


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_phrase_refers_to_whom_a_reader_would_say(name: str) -> None:
    text, mentions, phrase, expected = CASES[name]
    start = text.rindex(phrase)
    found = referents_of(text, mentions).resolve(start, start + len(phrase))
    assert (found.name if found else None) == expected


def test_titles_give_the_state_a_person_acts_for() -> None:
    text, mentions, _, _ = CASES["us_leader_after_us_president"]
    referents = referents_of(text, mentions)
    assert referents.state_of_person("Donald Trump") == "United States"
    assert referents.state_of_person("Putin") == "Russia"
    trump = next(m for m in referents.people if m.text == "Donald Trump")
    assert referents.title_of(trump).words == {"president"}


def test_an_envoy_of_a_titled_person_acts_for_the_same_state() -> None:
    text = "U.S. President Donald Trump's special envoy Steve Witkoff met Putin."
    referents = referents_of(
        text, [("U.S.", "GPE", 0), ("Donald Trump", "PERSON", 0), ("Steve Witkoff", "PERSON", 0)]
    )
    witkoff = next(m for m in referents.people if m.text == "Steve Witkoff")
    title = referents.title_of(witkoff)
    assert title.state == "United States" and title.words == {"special", "envoy"}


def test_an_envoy_of_the_president_is_not_titled_president() -> None:
    text = "Steve Witkoff, the special envoy of the president of the USA, met Putin."
    referents = referents_of(
        text, [("Steve Witkoff", "PERSON", 0), ("USA", "GPE", 0), ("Putin", "PERSON", 0)]
    )
    witkoff = next(m for m in referents.people if m.text == "Steve Witkoff")
    title = referents.title_of(witkoff)
    assert title.state == "United States" and "president" not in title.words


def test_the_aide_of_a_person_acts_for_that_persons_state() -> None:
    text = (
        "Kestrian President Ilko Brand left Kestria. Brand’s foreign policy aide Mara Lind spoke."
    )
    mentions = [
        ("Kestrian", "NORP", 0), ("Ilko Brand", "PERSON", 0), ("Kestria", "GPE", 1),
        ("Brand", "PERSON", 1), ("Mara Lind", "PERSON", 0),
    ]  # fmt: skip
    referents = referents_of(text, mentions)
    lind = next(m for m in referents.people if m.text == "Mara Lind")
    assert referents.title_of(lind).state == "Kestria"
    assert referents.state_of_person("Mara Lind") == "Kestria"


def test_a_named_mention_resolves_by_kind() -> None:
    text, mentions, _, _ = CASES["us_leader_after_us_president"]
    referents = referents_of(text, mentions)
    trump = referents.resolve(text.index("Donald"), text.index("Donald") + 12)
    russian = referents.resolve(text.index("Russian"), text.index("Russian") + 7)
    assert trump == Referent(
        "Donald Trump", PERSON, 15, 27, "United States", True, referents.parsed.mentions[1]
    )
    assert russian is not None and (russian.name, russian.kind) == ("Russia", STATE)


@pytest.mark.parametrize(
    ("word", "one"),
    [("Republican", True), ("Republicans", False), ("Democrat", True), ("Smbatyan", False)],
)
def test_a_partys_word_in_the_singular_names_one_member(word: str, one: bool) -> None:
    text = f"The {word} spoke."
    referents = referents_of(text, [(word, "NORP", 0)])
    found = referents.resolve(4, 4 + len(word))
    assert found is not None and referents.names_one_member(found.kind, found.name) is one


def test_a_body_speaks_by_the_name_its_description_gives_it() -> None:
    text = "A general was killed near Moscow, the country’s investigative committee said. "
    text += "Ukraine's foreign ministry said little. The army's spokesman said nothing. "
    text += "Later the army said so."
    referents = referents_of(text, [("Moscow", "GPE", 0), ("Ukraine", "GPE", 0)])

    def resolved(phrase: str) -> Referent | None:
        at = text.index(phrase)
        return referents.resolve(at, at + len(phrase))

    committee = resolved("the country’s investigative committee")
    assert committee is not None and (committee.name, committee.kind) == (
        "Investigative Committee",
        ORGANISATION,
    )
    ministry = resolved("Ukraine's foreign ministry")
    assert ministry is not None and (ministry.name, ministry.state) == (
        "Ukraine's Foreign Ministry",
        "Ukraine",
    )
    assert resolved("The army's spokesman") is None  # a person of the body, unnamed
    assert resolved("the army") is None  # which army, the words do not say
    assert resolved("the country’s investigative committee said") is None  # no body heads it


def test_a_modifier_is_not_the_referent() -> None:
    text, mentions, _, _ = CASES["us_leader_after_us_president"]
    referents = referents_of(text, mentions)
    at = text.index("the US leader")
    assert referents.named_in(at, at + len("the US leader")) is None


def test_surnames_mislabelled_by_ner_count_as_people() -> None:
    text = "Donald Trump spoke. Trump left."
    referents = referents_of(text, [("Donald Trump", "PERSON", 0), ("Trump", "ORG", 1)])
    assert [m.text for m in referents.people] == ["Donald Trump", "Trump"]
    found = referents.resolve(text.rindex("Trump"), len(text) - 6)
    assert found is not None and (found.name, found.kind) == ("Donald Trump", PERSON)


def test_a_headline_the_ner_took_for_a_name_is_no_full_name() -> None:
    text = "Gold Star Mom Corners Vrana On Plan. Pavel Vrana spoke. Vrana left."
    mentions = [
        ("Gold Star Mom Corners Vrana", "PERSON", 0), ("Pavel Vrana", "PERSON", 0),
        ("Vrana", "PERSON", 2),
    ]  # fmt: skip
    referents = referents_of(text, mentions)
    assert referents.full_name("Vrana") == "Pavel Vrana"
    bush = referents_of("George H. W. Bush spoke.", [("George H. W. Bush", "PERSON", 0)])
    assert bush.full_name("Bush") == "George H. W. Bush"  # initials are no words


def test_a_court_case_is_no_full_name() -> None:
    text = "Pavel Vrana sued in Vrana v. Vrana in 1992. Vrana lost."
    mentions = [
        ("Pavel Vrana", "PERSON", 0),
        ("Vrana v. Vrana", "PERSON", 0),
        ("Vrana", "PERSON", 3),
    ]
    assert referents_of(text, mentions).full_name("Vrana") == "Pavel Vrana"


def test_a_place_before_a_surname_makes_no_organisation_a_person() -> None:
    text = "Pavel Vrana won in Kestria. A fellow Kestria Vrana veteran cheered. Vrana left."
    mentions = [
        ("Pavel Vrana", "PERSON", 0), ("Kestria", "GPE", 0), ("Kestria Vrana", "ORG", 0),
        ("Vrana", "PERSON", 2),
    ]  # fmt: skip
    referents = referents_of(text, mentions)
    assert [m.text for m in referents.people] == ["Pavel Vrana", "Vrana"]
    assert referents.full_name("Vrana") == "Pavel Vrana"


def test_a_named_first_conjunct_is_one_of_whom_the_phrase_names() -> None:
    text = "Vrana and other Orvenian officials warned."
    mentions = [("Vrana", "PERSON", 0), ("Orvenian", "NORP", 0)]
    referents = referents_of(text, mentions)
    found = referents.resolve(0, text.index(" warned"))
    assert found is not None and (found.name, found.kind) == ("Vrana", PERSON)


def test_the_latest_speaker_in_view_wins_a_pronoun() -> None:
    text = "Sergei Lavrov arrived. Then Donald Trump spoke. He was brief."
    referents = referents_of(text, [("Sergei Lavrov", "PERSON", 0), ("Donald Trump", "PERSON", 0)])
    lavrov = referents.resolve(0, 13)
    assert lavrov is not None
    he = text.index("He")
    found = referents.resolve(he, he + 2, recent=[lavrov])
    assert found is not None and found.name == "Sergei Lavrov" and not found.resolved


def test_it_is_the_organisation_that_spoke_last_never_a_person_or_a_thing() -> None:
    text = "The Kestrian Defence Ministry spoke. Then Pavel Vrana spoke. It was brief."
    referents = referents_of(text, [("Pavel Vrana", "PERSON", 0)])
    ministry = Referent("Kestrian Defence Ministry", ORGANISATION, 0, 29, "Kestria", False)
    vrana = referents.resolve(text.index("Pavel"), text.index(" spoke. It"))
    assert vrana is not None
    it = text.index("It")
    found = referents.resolve(it, it + 2, recent=[ministry])
    assert found is not None and found.name == "Kestrian Defence Ministry"
    assert referents.resolve(it, it + 2, recent=[ministry, vrana]) is None
    assert referents.resolve(it, it + 2) is None


def test_a_pronoun_skips_a_person_a_title_says_is_not_one() -> None:
    text = "Mr. Barack Obama met Mrs. Hillary Clinton. Given Mrs. Clinton's lead, he waited."
    referents = referents_of(
        text,
        [("Barack Obama", "PERSON", 0), ("Hillary Clinton", "PERSON", 0), ("Clinton", "PERSON", 1)],
    )
    he = text.index("he waited")
    found = referents.resolve(he, he + 2)
    assert found is not None and found.name == "Barack Obama"
    clinton = referents.resolve(text.index("Hillary"), text.index("Hillary") + 15)
    assert clinton is not None  # the speaker in view, a woman, is not "he" either
    assert referents.resolve(he, he + 2, recent=[clinton]).name == "Barack Obama"  # type: ignore[union-attr]


def test_a_pronoun_prefers_a_person_the_article_says_agrees_with_it() -> None:
    text = "Spokeswoman Anna Berg met Ivo Brann on Monday. She left early."
    referents = referents_of(text, [("Anna Berg", "PERSON", 0), ("Ivo Brann", "PERSON", 0)])
    she = text.index("She")
    found = referents.resolve(she, she + 3)
    assert found is not None and found.name == "Anna Berg"
    he = referents_of(text.replace("She", "He"), [("Anna Berg", "PERSON", 0),
                                                  ("Ivo Brann", "PERSON", 0)])  # fmt: skip
    assert he.resolve(she, she + 2).name == "Ivo Brann"  # type: ignore[union-attr]


def test_a_given_name_tells_whom_a_pronoun_can_stand_for() -> None:
    text = "Erin Brockovich spoke after Bernie Sanders left. She praised the crowd."
    mentions = [("Erin Brockovich", "PERSON", 0), ("Bernie Sanders", "PERSON", 0)]
    she = text.index("She")
    found = referents_of(text, mentions).resolve(she, she + 3)
    assert found is not None and found.name == "Erin Brockovich"


def test_two_people_of_one_surname_stay_two() -> None:
    text = "Melania Trump spoke after Donald Trump left. Then President Trump waved."
    referents = referents_of(text, [("Melania Trump", "PERSON", 0), ("Donald Trump", "PERSON", 0)])
    donald = text.index("Donald")
    found = referents.resolve(donald, donald + len("Donald Trump"))
    assert found is not None and found.name == "Donald Trump"


def test_a_surname_alone_is_the_person_the_article_names_first() -> None:
    text = (
        "Donald Trump won. Melania Trump spoke. Melania Trump smiled. Trump waved. "
        "Hillary Clinton met Bill Clinton. Bill Clinton spoke. Clinton left."
    )
    mentions = [("Donald Trump", "PERSON", 0), ("Melania Trump", "PERSON", 0),
                ("Melania Trump", "PERSON", 1), ("Trump", "PERSON", 3),
                ("Hillary Clinton", "PERSON", 0), ("Bill Clinton", "PERSON", 0),
                ("Bill Clinton", "PERSON", 1), ("Clinton", "PERSON", 3)]  # fmt: skip
    referents = referents_of(text, mentions)
    trump = text.index("Trump waved")
    found = referents.resolve(trump, trump + len("Trump"))
    assert found is not None and found.name == "Donald Trump"  # not the longer "Melania Trump"
    clinton = text.index("Clinton left")
    found = referents.resolve(clinton, clinton + len("Clinton"))
    assert found is not None and found.name == "Hillary Clinton"
    text = "Joe Biden's son Hunter Biden quit. Joe Biden spoke. Biden left."
    mentions = [("Joe Biden", "PERSON", 0), ("Hunter Biden", "PERSON", 0),
                ("Joe Biden", "PERSON", 1), ("Biden", "PERSON", 3)]  # fmt: skip
    at = text.index("Biden left")
    found = referents_of(text, mentions).resolve(at, at + len("Biden"))
    assert found is not None and found.name == "Hunter Biden"  # a possessor comes last


def test_they_is_no_person_the_ner_took_for_a_body() -> None:
    text = "Bernie Sanders spoke. Insiders back Clinton, few Sanders. Then they voted."
    mentions = [("Bernie Sanders", "PERSON", 0), ("Clinton", "PERSON", 0),
                ("Sanders", "ORG", 1)]  # fmt: skip
    they = text.index("they")
    found = referents_of(text, mentions).resolve(they, they + 4)
    assert found is None or found.name != "Bernie Sanders"


def test_a_headline_verb_the_ner_ran_a_name_into_is_no_part_of_it() -> None:
    text = "Ted Cruz Refuses to Disavow It. Sen. Ted Cruz spoke. Donald Trump Jr. met Donald Trump."
    mentions = [("Ted Cruz Refuses", "PERSON", 0), ("Ted Cruz", "PERSON", 1),
                ("Donald Trump Jr.", "PERSON", 0), ("Donald Trump", "PERSON", 1)]  # fmt: skip
    referents = referents_of(text, mentions)
    found = referents.resolve(0, len("Ted Cruz Refuses"))
    assert found is not None and found.name == "Ted Cruz"
    junior = text.index("Donald Trump Jr.")
    found = referents.resolve(junior, junior + len("Donald Trump Jr."))
    assert found is not None and found.name == "Donald Trump Jr."
    text = "Trump May Not Have Suggested It. Donald Trump spoke. Theresa May spoke."
    mentions = [("Trump May Not Have Suggested", "ORG", 0), ("Donald Trump", "PERSON", 0),
                ("Theresa May", "PERSON", 0)]  # fmt: skip
    referents = referents_of(text, mentions)
    found = referents.resolve(0, len("Trump May Not Have Suggested"))
    assert found is not None and (found.name, found.kind) == ("Donald Trump", PERSON)
    at = text.index("Theresa May")
    found = referents.resolve(at, at + len("Theresa May"))
    assert found is not None and found.name == "Theresa May"
    text = "Aung San spoke. Aung San Suu Kyi met Obama."
    mentions = [("Aung San", "PERSON", 0), ("Aung San Suu Kyi", "PERSON", 0)]
    at = text.index("Aung San Suu Kyi")
    found = referents_of(text, mentions).resolve(at, at + len("Aung San Suu Kyi"))
    assert found is not None and found.name == "Aung San Suu Kyi"


def test_a_question_opened_by_an_auxiliary_names_no_will() -> None:
    text = "Will Sanders come down? Bo Sanders spoke. Sanders left."
    mentions = [("Will Sanders", "PERSON", 0), ("Bo Sanders", "PERSON", 0),
                ("Sanders", "PERSON", 2)]  # fmt: skip
    parsed = article(text, mentions)
    parsed = ParsedArticle(text, replace(parsed.annotation, sentences=(
        Sentence(0, 23), Sentence(24, 41), Sentence(42, len(text)))))  # fmt: skip
    referents = Referents(parsed, load_gazetteer())
    at = text.index("Sanders left")
    found = referents.resolve(at, at + len("Sanders"))
    assert found is not None and found.name == "Bo Sanders"


def test_a_name_cut_short_by_the_ner_is_the_same_person() -> None:
    text = "Lamont Scott was shot. Keith Lamont Scott died. Scott had a gun."
    mentions = [("Lamont Scott", "PERSON", 0), ("Keith Lamont Scott", "PERSON", 0),
                ("Scott", "PERSON", 2)]  # fmt: skip
    at = text.index("Scott had")
    found = referents_of(text, mentions).resolve(at, at + len("Scott"))
    assert found is not None and found.name == "Keith Lamont Scott"


def test_a_state_adjective_the_ner_took_for_a_person_is_the_state() -> None:
    text = "The Azerbaijani authorities declared war. David French wrote. French left."
    mentions = [("Azerbaijani", "PERSON", 0), ("David French", "PERSON", 0),
                ("French", "PERSON", 1)]  # fmt: skip
    referents = referents_of(text, mentions)
    at = text.index("Azerbaijani")
    found = referents.resolve(at, at + len("Azerbaijani"))
    assert found is not None and (found.name, found.kind) == ("Azerbaijan", STATE)
    at = text.index("French left")
    found = referents.resolve(at, at + len("French"))
    assert found is not None and found.name == "David French"  # a surname, not France


def test_a_bare_body_noun_opening_a_sentence_names_no_body() -> None:
    text = "Kestria Power opened a plant. The company said it would hire. The ministry agreed."
    referents = referents_of(text, [])
    for phrase in ("The company", "The ministry"):
        at = text.index(phrase)
        assert referents.resolve(at, at + len(phrase)) is None  # which one, the words do not say


def test_a_state_adjective_the_ner_took_for_a_body_is_the_state() -> None:
    text = "The Ukrajinská side requires a withdrawal. The Azerbaijani side agreed."
    referents = referents_of(text, [("Azerbaijani", "ORG", 0)])
    at = text.index("Azerbaijani")
    found = referents.resolve(at, at + len("Azerbaijani"))
    assert found is not None and (found.name, found.kind) == ("Azerbaijan", STATE)


def test_a_deputy_or_a_former_holder_is_not_the_holder() -> None:
    text = "U.S. President Barack Obama spoke. The deputy president said no. The president left."
    referents = referents_of(text, [("U.S.", "GPE", 0), ("Barack Obama", "PERSON", 0)])
    at = text.index("The deputy president")
    assert referents.resolve(at, at + len("The deputy president")) is None
    at = text.index("The president left")
    found = referents.resolve(at, at + len("The president"))
    assert found is not None and found.name == "Barack Obama"


def test_the_judge_and_the_sheriff_are_the_holders_named_so() -> None:
    for title, name in (("Judge", "Richard Berman"), ("Sheriff", "Joe Arpaio")):
        text = f"{title} {name} spoke on Monday. The {title.lower()} said the case was closed."
        referents = referents_of(text, [(name, "PERSON", 0)])
        at = text.index(f"The {title.lower()}")
        found = referents.resolve(at, at + len(f"The {title.lower()}"))
        assert found is not None and found.name == name


def test_a_title_the_tagger_kept_inside_the_name_is_its_title() -> None:
    text = "Pope Francis spoke in Rome. The pope said the meeting was not political."
    referents = referents_of(text, [("Pope Francis", "PERSON", 0)])
    at = text.index("The pope")
    found = referents.resolve(at, at + len("The pope"))
    assert found is not None and found.name == "Pope Francis"


def test_the_users_gazetteer_adds_roles(tmp_path: Path) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text('[roles]\nleader = ["hetman"]\n', "utf-8")
    text = "Kestrian Hetman Ivo Brann met envoys in Kestria. The Kestrian leader spoke."
    parsed = article(text, [("Kestrian", "NORP", 0), ("Ivo Brann", "PERSON", 0),
                            ("Kestria", "GPE", 0)])  # fmt: skip
    at = text.index("The Kestrian leader")
    found = Referents(parsed, load_gazetteer(str(extra))).resolve(at, at + 19)
    assert found is not None and (found.name, found.state) == ("Ivo Brann", "Kestria")
    assert Referents(parsed, load_gazetteer()).resolve(at, at + 19) is None


def test_mention_kinds() -> None:
    assert mention_kind("he") == "pronoun"
    assert mention_kind("The US leader") == "description"
    assert mention_kind("critics") == "description"
    assert mention_kind("Sergei Lavrov") == "name"
    assert mention_kind("de Blasio") == "name"  # a surname's particle, no description
    assert mention_kind("de facto leaders") == "description"


def test_a_surname_with_its_particle_is_the_full_named_person() -> None:
    text = "Mayor Bill de Blasio spoke on Tuesday. Later de Blasio left."
    referents = referents_of(text, [("Bill de Blasio", "PERSON", 0)])
    assert referents.full_name("de Blasio") == "Bill de Blasio"
    found = referents.resolve(text.rindex("de Blasio"), len(text) - len(" left."))
    assert found is not None and found.name == "Bill de Blasio"


def test_descriptions_of_the_link_stage_resolve_to_people() -> None:
    text, mentions, _, _ = CASES["russian_leader_is_putin"]
    found = list(referents_of(text, mentions).descriptions())
    assert [(text[s:e], r.name) for s, e, r in found] == [("The Russian leader", "Vladimir Putin")]


def test_they_after_people_the_text_leaves_unnamed_is_not_the_last_named_group() -> None:
    text = "The NRA spoke. Voters are scared. They want safe homes."

    def token(word: str, lemma: str, pos: str, dep: str) -> Token:
        start = text.index(word)
        return Token(start, start + len(word), lemma, pos, dep, 0)

    tokens = (
        token("Voters", "voter", "NOUN", "nsubj"),
        token("They", "they", "PRON", "nsubj"),
    )
    nra = Mention(4, 7, "NRA", "ORG")
    parsed = ParsedArticle(text, Annotation("a", "test", (Sentence(0, len(text)),), (nra,), tokens))
    referents = Referents(parsed, load_gazetteer())
    assert referents.pronoun("they", text.index("They")) is None
    earlier = text.index("Voters")  # before the voters, "they" is the NRA
    found = referents.pronoun("they", earlier)
    assert found is not None and found.name == "NRA"


def _with_sentences(
    text: str, mentions: list[tuple[str, str, int]], tokens: tuple[Token, ...]
) -> Referents:
    """An article whose sentences end at each full stop, with the given parse tokens."""
    sentences, start = [], 0
    for end in [i + 1 for i, c in enumerate(text) if c == "."]:
        sentences.append(Sentence(start, end))
        start = end + 1
    found = mentions_at(text, mentions)
    annotation = Annotation("a", "test", tuple(sentences), found, tokens)
    return Referents(ParsedArticle(text, annotation), load_gazetteer())


def test_he_after_a_title_subject_of_its_sentence_is_whom_the_title_names() -> None:
    def he_after(opening: str, people: list[tuple[str, str, int]]) -> Referent | None:
        text = opening + " The president said it was rigged, as he vowed."
        president, said = text.index("president said"), text.index("said")
        he = text.index("he vowed")
        tokens = (
            Token(president, president + 9, "president", "NOUN", "nsubj", 1),
            Token(said, said + 4, "say", "VERB", "ROOT", 1),
            Token(he, he + 2, "he", "PRON", "nsubj", 3),
            Token(he + 3, he + 8, "vow", "VERB", "advcl", 1),
        )
        return _with_sentences(text, people, tokens).pronoun("he", he)

    # not the last of two men named: "the president" names neither here
    two = [("Donald Trump", "PERSON", 0), ("Joe Biden", "PERSON", 0)]
    assert he_after("Donald Trump spoke. President-elect Joe Biden spoke.", two) is None
    # the one person the article names is whom the title takes up
    found = he_after("Donald Trump spoke.", [("Donald Trump", "PERSON", 0)])
    assert found is not None and found.name == "Donald Trump"


def test_he_is_the_subject_of_an_earlier_clause_of_its_sentence() -> None:
    text = (
        "Donald Trump has said there should be a ban. While President Obama has cautioned "
        "against it, he has ordered a review."
    )
    obama = text.index("Obama")
    people = [("Donald Trump", "PERSON", 0), ("Obama", "PERSON", 0)]
    tokens = (
        Token(6, 12, "Trump", "PROPN", "nsubj", 0),
        Token(obama, obama + 5, "Obama", "PROPN", "nsubj", 1),
    )
    he = text.index("he has")
    found = _with_sentences(text, people, tokens).pronoun("he", he)
    assert found is not None and found.name == "Obama"  # not the man named with his first name


def test_him_as_an_object_is_never_the_subject_of_its_own_verb() -> None:
    text = "Volodymyr Zelensky rejected the plan. Donald Trump accused him of prolonging the war."
    people = [("Volodymyr Zelensky", "PERSON", 0), ("Donald Trump", "PERSON", 0)]
    trump, accused, him = text.index("Trump"), text.index("accused"), text.index("him")
    tokens = (
        Token(trump, trump + 5, "Trump", "PROPN", "nsubj", 1),
        Token(accused, accused + 7, "accuse", "VERB", "ROOT", 1),
        Token(him, him + 3, "him", "PRON", "dobj", 1),
    )
    found = _with_sentences(text, people, tokens).pronoun("him", him)
    assert found is not None and found.name == "Volodymyr Zelensky"  # Trump would be "himself"
    # the subject of another verb may be him: "Trump said Zelensky called him"
    text = "Donald Trump spoke. Trump said Zelensky called him a friend."
    people = [("Donald Trump", "PERSON", 0), ("Zelensky", "PERSON", 0)]
    zelensky, called, him = text.index("Zelensky"), text.index("called"), text.index("him")
    tokens = (
        Token(zelensky, zelensky + 8, "Zelensky", "PROPN", "nsubj", 1),
        Token(called, called + 6, "call", "VERB", "ccomp", 1),
        Token(him, him + 3, "him", "PRON", "dobj", 1),
    )
    found = _with_sentences(text, people, tokens).pronoun("him", him)
    assert found is not None and found.name == "Donald Trump"


def test_him_urged_on_someone_to_support_may_be_the_one_who_urges() -> None:
    text = "Ted Cruz spoke. Donald Trump urged Cruz to support him."
    people = [("Ted Cruz", "PERSON", 0), ("Donald Trump", "PERSON", 0), ("Cruz", "PERSON", 0)]
    trump, urged, cruz = text.index("Trump"), text.index("urged"), text.index("Cruz to")
    to, support, him = text.index("to "), text.index("support"), text.index("him")
    tokens = (
        Token(trump, trump + 5, "Trump", "PROPN", "nsubj", 1),
        Token(urged, urged + 5, "urge", "VERB", "ROOT", 1),
        Token(cruz, cruz + 4, "Cruz", "PROPN", "dobj", 1),
        Token(to, to + 2, "to", "PART", "aux", 4),
        Token(support, support + 7, "support", "VERB", "xcomp", 1),
        Token(him, him + 3, "him", "PRON", "dobj", 4),
    )
    found = _with_sentences(text, people, tokens).pronoun("him", him)
    assert found is not None and found.name == "Donald Trump"  # Cruz supports: not Cruz


def test_he_is_the_person_its_sentence_named_last() -> None:
    text = (
        "James Comey spoke. The FBI was warned about Omar Mateen, but he managed to kill 49 people."
    )
    people = [("James Comey", "PERSON", 0), ("Omar Mateen", "PERSON", 0)]
    found = _with_sentences(text, people, ()).pronoun("he", text.index("he managed"))
    assert found is not None and found.name == "Omar Mateen"  # not the man the article says is one


def test_he_is_no_one_word_name_of_its_sentence_the_ner_made_a_person() -> None:
    text = (
        "Vladimir Putin spoke. The US wants Russia to leave the Zaporozka plant, which his "
        "army has held since 2022, and he agreed."
    )
    people = [("Vladimir Putin", "PERSON", 0), ("Zaporozka", "PERSON", 0)]
    found = _with_sentences(text, people, ()).pronoun("he", text.index("he agreed"))
    assert found is not None and found.name == "Vladimir Putin"


def test_common_words_the_ner_took_before_a_name_are_no_part_of_it() -> None:
    text = "Billionaire Donald Trump praised him. Then Trump left."
    tokens = (
        Token(0, 11, "billionaire", "NOUN", "compound", 2),
        Token(12, 18, "Donald", "PROPN", "compound", 2),
        Token(19, 24, "Trump", "PROPN", "nsubj", 3),
    )
    later = text.index("Trump left")
    people = [("Billionaire Donald Trump", "PERSON", 0), ("Trump", "PERSON", 1)]
    found = _with_sentences(text, people, tokens).resolve(later, later + 5)
    assert found is not None and found.name == "Donald Trump"


def test_first_lady_is_a_title_even_when_the_ner_took_lady_into_the_name() -> None:
    text = "First Lady Ilse Morrow spoke. Lady Gaga sang."
    tokens = (
        Token(0, 5, "First", "PROPN", "compound", 3),
        Token(6, 10, "Lady", "PROPN", "compound", 3),
        Token(11, 15, "Ilse", "PROPN", "compound", 3),
        Token(16, 22, "Morrow", "PROPN", "nsubj", 4),
    )
    people = [("Lady Ilse Morrow", "PERSON", 0), ("Lady Gaga", "PERSON", 0)]
    referents = _with_sentences(text, people, tokens)
    morrow = referents.resolve(text.index("Lady Ilse"), text.index(" spoke"))
    gaga = referents.resolve(text.index("Lady Gaga"), text.index(" sang"))
    assert morrow is not None and morrow.name == "Ilse Morrow"
    assert gaga is not None and gaga.name == "Lady Gaga"


def test_a_dateline_glued_to_a_name_is_no_part_of_it() -> None:
    assert bare_name("CLEVELAND - Donald Trump") == "Donald Trump"
    assert bare_name("NEW YORK — Hillary Clinton's") == "Hillary Clinton"
    assert bare_name("CNN)The House of Representatives") == "The House of Representatives"
    assert bare_name("Trump Says He Never") == "Trump"  # a title-case headline's verb
    assert bare_name("Trump May Not Have Suggested") == "Trump"
    assert bare_name("Theresa May") == "Theresa May"
    assert bare_name("US - Russia") == "US - Russia"  # two capitals are no dateline


def test_they_is_no_place_where_something_was_said_nor_an_adjective() -> None:
    text = "Vrana spoke at the Kestrian Institute in Aldmoor about American politics. They agreed."
    institute, aldmoor = text.index("the Kestrian"), text.index("Aldmoor")
    american = text.index("American")
    at, in_ = text.index("at the"), text.index("in Aldmoor")

    def token(start: int, word: str, lemma: str, pos: str, dep: str, head: int) -> Token:
        return Token(start, start + len(word), lemma, pos, dep, head)

    tokens = (
        token(at, "at", "at", "ADP", "prep", 0),
        token(institute + 14, "Institute", "Institute", "PROPN", "pobj", 0),
        token(in_, "in", "in", "ADP", "prep", 0),
        token(aldmoor, "Aldmoor", "Aldmoor", "PROPN", "pobj", 2),
        token(american, "American", "american", "ADJ", "amod", 5),
        token(american + 9, "politics", "politics", "NOUN", "pobj", 0),
    )
    mentions = [
        ("the Kestrian Institute", "ORG", 0),
        ("Aldmoor", "GPE", 0),
        ("American", "NORP", 0),
    ]
    referents = _with_sentences(text, mentions, tokens)
    assert referents.pronoun("they", text.index("They")) is None


def test_a_plural_noun_the_tagger_took_for_a_name_is_who_they_are() -> None:
    text = "The Americans voted. Aides said it was over, and they rejected it."
    aides = text.index("Aides")
    tokens = (Token(aides, aides + 5, "Aides", "PROPN", "nsubj", 0),)
    referents = _with_sentences(text, [("Americans", "NORP", 0)], tokens)
    assert referents.pronoun("they", text.index("they")) is None
    found = referents.pronoun("they", aides)  # before the aides, "they" are the Americans
    assert found is not None


def test_they_is_never_a_single_person_who_spoke() -> None:
    text = "They want a leader like Mr. Trump, Collins wrote."
    collins = Referent("Chris Collins", PERSON, 0, 13, None, True)
    referents = _with_sentences(text, [], ())
    assert referents.pronoun("they", 0, [collins]) is None


def test_a_name_the_tagger_took_for_a_noun_keeps_its_words() -> None:
    text = "Trump’s rally drew a crowd. Then Donald Trump left."
    tokens = (Token(0, 5, "trump", "NOUN", "poss", 2), Token(5, 7, "’s", "PART", "case", 0))
    later = text.index("Donald")
    people = [("Trump’s", "PERSON", 0), ("Donald Trump", "PERSON", 0)]
    found = _with_sentences(text, people, tokens).resolve(later, later + 12)
    assert found is not None and found.name == "Donald Trump"


def test_he_opening_a_sentence_goes_on_from_the_subject_of_the_sentences_before() -> None:
    text = (
        "U.S. President Donald Trump praised Volodymyr Zelenskiy. The US leader said Zelenskiy "
        "understands. He added that Zelenskiy agrees. He said Putin wants a deal."
    )
    people = [
        ("U.S.", "GPE", 0), ("Donald Trump", "PERSON", 0), ("Volodymyr Zelenskiy", "PERSON", 0),
        ("US", "GPE", 0), ("Zelenskiy", "PERSON", 1), ("Zelenskiy", "PERSON", 2),
        ("Putin", "PERSON", 0),
    ]  # fmt: skip

    def at(word: str, occurrence: int = 0) -> int:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(word, start + 1)
        return start

    def token(word: str, occurrence: int, pos: str, dep: str, head: int) -> Token:
        start = at(word, occurrence)
        return Token(start, start + len(word), word.lower(), pos, dep, head)

    tokens = (
        token("Trump", 0, "PROPN", "nsubj", 1),
        token("praised", 0, "VERB", "ROOT", 1),
        token("The", 0, "DET", "det", 4),
        token("US", 0, "PROPN", "compound", 4),
        token("leader", 0, "NOUN", "nsubj", 5),
        token("said", 0, "VERB", "ROOT", 5),
        token("He", 0, "PRON", "nsubj", 7),
        token("added", 0, "VERB", "ROOT", 7),
        token("He", 1, "PRON", "nsubj", 9),
        token("said", 1, "VERB", "ROOT", 9),
    )
    referents = _with_sentences(text, people, tokens)
    for occurrence in (0, 1):  # not Zelenskiy, the person the sentence before named last
        found = referents.pronoun("he", at("He", occurrence))
        assert found is not None and found.name == "Donald Trump"


Parse = list[tuple[str, str, str, str, int]]  # word, lemma, pos, dep, head


def _narrated_after_a_quote(sentence: str, parse: Parse, named: list[str]) -> tuple[Referents, int]:
    """'"We will win," Trump wrote. <sentence> He said it was over.', Trump the last
    speaker; `parse` the narrated sentence's tokens (heads counted from its first)."""
    text = f'"We will win," Trump wrote. {sentence} He said it was over.'
    rows: Parse = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("wrote", "write", "VERB", "ROOT", 1),
        *[(w, lemma, pos, dep, head + 2) for w, lemma, pos, dep, head in parse],
        ("He", "he", "PRON", "nsubj", len(parse) + 3),
        ("said", "say", "VERB", "ROOT", len(parse) + 3),
    ]  # fmt: skip
    tokens, at = [], 0
    for word, lemma, pos, dep, head in rows:
        start = text.index(word, at)
        at = start + len(word)
        tokens.append(Token(start, at, lemma, pos, dep, head))
    people = [("Trump", "PERSON", 0), *[(name, "PERSON", 0) for name in named]]
    return _with_sentences(text, people, tuple(tokens)), text.index("He")


TRUMP_WROTE = Referent("Trump", PERSON, 16, 21, None, True)


def test_he_after_a_quote_goes_on_with_the_person_narrated_since() -> None:
    # "Zelenskiy" opening its sentence is missed by the NER; the parse still names him
    parse: Parse = [
        ("Zelenskiy", "Zelenskiy", "PROPN", "nsubj", 1),
        ("cut", "cut", "VERB", "ROOT", 1),
    ]
    referents, he = _narrated_after_a_quote("Zelenskiy cut short a visit.", parse, [])
    found = referents.pronoun("he", he, [TRUMP_WROTE])
    assert found is not None and found.name == "Zelenskiy"


def test_a_name_at_the_end_of_the_subjects_phrase_is_not_who_was_narrated() -> None:
    # "Devine, an adviser to Sanders, spoke": the phrase ends in Sanders, who did not speak
    # (the subject token itself must carry the name the rule goes on with)
    parse: Parse = [
        ("Devine", "Devine", "PROPN", "nsubj", 4), ("adviser", "adviser", "NOUN", "appos", 0),
        ("to", "to", "ADP", "prep", 1), ("Sanders", "Sanders", "PROPN", "pobj", 2),
        ("spoke", "speak", "VERB", "ROOT", 4),
    ]  # fmt: skip
    referents, he = _narrated_after_a_quote(
        "Devine, an adviser to Sanders, spoke.", parse, ["Sanders"]
    )
    found = referents.pronoun("he", he, [TRUMP_WROTE])
    assert found is not None and found.name != "Sanders"


def test_a_title_picks_whose_name_a_shared_surname_is() -> None:
    text = (
        "Hillary Clinton and Bill Clinton arrived. Mr. Clinton spoke first, Mrs. Clinton after."
        " John Schlafly and Phyllis Schlafly left. Mrs. Schlafly waved."
    )
    mentions = [
        ("Hillary Clinton", "PERSON", 0), ("Bill Clinton", "PERSON", 0), ("Clinton", "PERSON", 2),
        ("Clinton", "PERSON", 3), ("John Schlafly", "PERSON", 0),
        ("Phyllis Schlafly", "PERSON", 0), ("Schlafly", "PERSON", 2),
    ]  # fmt: skip
    referents = referents_of(text, mentions)

    def resolved(titled: str) -> str | None:
        """Whom the name in "Mr. Clinton" (the text's first such phrase) resolves to."""
        start = text.index(titled)
        found = referents.resolve(start + titled.index(" ") + 1, start + len(titled))
        return found.name if found is not None else None

    assert resolved("Mr. Clinton") == "Bill Clinton"
    assert resolved("Mrs. Clinton") == "Hillary Clinton"
    # a given name the table does not know ("Phyllis") is hers when no woman's name is known
    assert resolved("Mrs. Schlafly") == "Phyllis Schlafly"


def test_both_sides_are_the_two_parties_last_named_together() -> None:
    text = "Kestria and Orvenia opened talks in Aldmoor. Later both sides agreed to talk on."
    referents = referents_of(
        text, [("Kestria", "GPE", 0), ("Orvenia", "GPE", 0), ("Aldmoor", "GPE", 0)]
    )
    sides = referents.two_sides(text.index("both sides"))
    assert sides is not None and [s.name for s in sides] == ["Kestria", "Orvenia"]
    assert referents.two_sides(text.index("and")) is None  # nothing named together before


def test_a_name_the_tagger_took_for_another_word_is_the_one_written_so_before() -> None:
    # "Axios also mentions ...": the tagger read "Axios" as an adverb there
    text = "Axios wrote the plan is vague. Axios also mentions aid."
    second = text.rindex("Axios")
    tokens = (
        Token(0, 5, "Axios", "PROPN", "nsubj", 1),
        Token(second, second + 5, "axios", "ADV", "nsubj", 2),
    )
    referents = _with_sentences(text, [], tokens)
    axios = referents.resolve(0, 5)
    assert axios is not None and axios.name == "Axios"
    assert referents.resolve(second, second + 5) is None  # nothing written so before it
    found = referents.resolve(second, second + 5, recent=[axios])
    assert found is not None and found.name == "Axios"
    named = _with_sentences(text, [("Axios", "ORG", 0)], tokens)
    found = named.resolve(second, second + 5)
    assert found is not None and found.name == "Axios" and found.kind == ORGANISATION


@pytest.mark.parametrize("tagged", ["PROPN", "NOUN"])
def test_he_goes_on_with_the_name_heading_a_narrated_subject(tagged: str) -> None:
    # the subject's phrase ends in a description, the sentence quotes a word of its own,
    # and the tagger may take the name for a common noun ("Sanders is burrowing in"):
    # still the writer's sentence about Kasich
    parse: Parse = [
        ("Kasich", "Kasich", tagged, "nsubj", 2), ("rival", "rival", "NOUN", "appos", 0),
        ("predicted", "predict", "VERB", "ROOT", 2), ("landslide", "landslide", "NOUN", "dobj", 2),
    ]  # fmt: skip
    referents, he = _narrated_after_a_quote(
        'Kasich, a rival, predicted a "landslide".', parse, ["Kasich"]
    )
    found = referents.pronoun("he", he, [TRUMP_WROTE])
    assert found is not None and found.name == "Kasich"


def test_he_after_a_clause_of_its_sentence_is_the_person_that_clause_narrates() -> None:
    # Trump spoke last; "Carson criticized the media, though he added ...": Carson adds
    text = '"We will win," Trump wrote. Carson criticized the media, though he added more.'
    rows: Parse = [
        ("Trump", "Trump", "PROPN", "nsubj", 1), ("wrote", "write", "VERB", "ROOT", 1),
        ("Carson", "Carson", "PROPN", "nsubj", 3), ("criticized", "criticize", "VERB", "ROOT", 3),
        ("though", "though", "SCONJ", "mark", 6), ("he", "he", "PRON", "nsubj", 6),
        ("added", "add", "VERB", "advcl", 3),
    ]  # fmt: skip
    tokens, at = [], 0
    for word, lemma, pos, dep, head in rows:
        start = text.index(word, at)
        at = start + len(word)
        tokens.append(Token(start, at, lemma, pos, dep, head))
    people = [("Trump", "PERSON", 0), ("Carson", "PERSON", 0)]
    referents = _with_sentences(text, people, tuple(tokens))
    found = referents.pronoun("he", text.index("he added"), [TRUMP_WROTE])
    assert found is not None and found.name == "Carson"
    # reported words are the speaker's: "Trump said Carson lied, and he added more"
    reported = list(tokens)
    reported[3] = Token(tokens[3].start, tokens[3].end, "criticize", "VERB", "ccomp", 1)
    referents = _with_sentences(text, people, tuple(reported))
    found = referents.pronoun("he", text.index("he added"), [TRUMP_WROTE])
    assert found is not None and found.name == "Trump"


def test_we_in_the_writers_own_words_is_the_paper_never_a_group_named_before() -> None:
    text = 'The GOP met. Each week, we ask experts. The GOP said: "We will win."'
    tokens = (
        Token(text.index("we"), text.index("we") + 2, "we", "PRON", "nsubj", 1),
        Token(text.index("ask"), text.index("ask") + 3, "ask", "VERB", "ROOT", 1),
        Token(text.index("We"), text.index("We") + 2, "we", "PRON", "nsubj", 2),
    )
    referents = _with_sentences(text, [("GOP", "ORG", 0), ("GOP", "ORG", 1)], tokens)
    assert referents.pronoun("we", text.index("we")) is None
    quoted = referents.pronoun("we", text.index("We"))  # the group's own words: the group
    assert quoted is not None and quoted.name == "GOP"


def test_she_goes_past_an_unnamed_man_to_the_woman_who_spoke_before() -> None:
    text = "Mrs. Olen spoke first. A young man asked a question. Then she said more."
    referents = referents_of(text, [("Olen", "PERSON", 0)])
    olen = referents.resolve(text.index("Olen"), text.index("Olen") + 4)
    assert olen is not None
    start = text.index("A young man")
    man = Referent("A young man", PERSON, start, start + 11, None, False)
    found = referents.pronoun("she", text.index("she"), recent=[olen, man])
    assert found is not None and found.name == olen.name


def test_she_is_a_person_of_no_known_gender_only_until_someone_else_is_named() -> None:
    text = "Sam Rivers toured the plant. Mr. Ward Hale cheered. Her speech was short."
    people = [("Sam Rivers", "PERSON", 0), ("Ward Hale", "PERSON", 0)]
    assert _with_sentences(text, people, ()).pronoun("her", text.index("Her")) is None
    near = "Sam Rivers toured the plant. The workers cheered. The tour ended. Her speech was short."
    found = _with_sentences(near, [("Sam Rivers", "PERSON", 0)], ()).pronoun(
        "her", near.index("Her")
    )
    assert found is not None and found.name == "Sam Rivers"


def test_they_after_two_people_as_one_subject_is_not_the_last_group_named() -> None:
    text = "The Navy base in Charleston is a contender. Clinton and Sanders said they would act."

    def token(word: str, lemma: str, pos: str, dep: str, head: int) -> Token:
        start = text.index(word)
        return Token(start, start + len(word), lemma, pos, dep, head)

    tokens = (
        token("Clinton", "Clinton", "PROPN", "nsubj", 2),
        token("Sanders", "Sanders", "PROPN", "conj", 0),
        token("said", "say", "VERB", "ROOT", 2),
        token("they", "they", "PRON", "nsubj", 2),
    )
    mentions = mentions_at(
        text, [("Charleston", "GPE", 0), ("Clinton", "PERSON", 0), ("Sanders", "PERSON", 0)]
    )
    annotation = Annotation("a", "test", (Sentence(0, len(text)),), mentions, tokens)
    referents = Referents(ParsedArticle(text, annotation), load_gazetteer())
    assert referents.pronoun("they", text.index("they")) is None  # the two, not Charleston


def test_he_in_a_clause_about_someone_unnamed_is_that_someone() -> None:
    text = "Ilse Morrow spoke. She was shot by someone who believed he would be famous."
    rows = [
        ("Ilse", "PROPN", "compound", 1),
        ("Morrow", "PROPN", "nsubj", 2),
        ("spoke", "VERB", "ROOT", 2),
        ("She", "PRON", "nsubjpass", 5),
        ("was", "AUX", "auxpass", 5),
        ("shot", "VERB", "ROOT", 5),
        ("by", "ADP", "agent", 5),
        ("someone", "PRON", "pobj", 6),
        ("who", "PRON", "nsubj", 9),
        ("believed", "VERB", "relcl", 7),
        ("he", "PRON", "nsubj", 12),
        ("would", "AUX", "aux", 12),
        ("be", "AUX", "ccomp", 9),
        ("famous", "ADJ", "acomp", 12),
    ]
    people = [("Ilse Morrow", "PERSON", 0)]
    referents = _with_sentences(text, people, tokens_of(text, rows))
    assert referents.pronoun("he", text.index("he would")) is None


def test_he_in_a_clause_about_someone_named_is_the_named_one() -> None:
    for text, rows in (
        (
            "Jan Vos spoke. Eric Kingson is an academic who said he would stay.",
            [
                ("Eric", "PROPN", "compound", 4),
                ("Kingson", "PROPN", "nsubj", 5),
                ("is", "AUX", "ROOT", 5),
                ("an", "DET", "det", 7),
                ("academic", "NOUN", "attr", 5),
                ("who", "PRON", "nsubj", 9),
                ("said", "VERB", "relcl", 7),
                ("he", "PRON", "nsubj", 12),
                ("would", "AUX", "aux", 12),
                ("stay", "VERB", "ccomp", 9),
            ],
        ),
        (
            "Jan Vos spoke. An academic named Eric Kingson, who said he would stay, spoke.",
            [
                ("An", "DET", "det", 4),
                ("academic", "NOUN", "nsubj", 14),
                ("named", "VERB", "acl", 4),
                ("Eric", "PROPN", "compound", 7),
                ("Kingson", "PROPN", "oprd", 5),
                ("who", "PRON", "nsubj", 9),
                ("said", "VERB", "relcl", 4),
                ("he", "PRON", "nsubj", 12),
                ("would", "AUX", "aux", 12),
                ("stay", "VERB", "ccomp", 9),
                ("spoke", "VERB", "ROOT", 14),
            ],
        ),
    ):
        rows = [
            ("Jan", "PROPN", "compound", 1),
            ("Vos", "PROPN", "nsubj", 2),
            ("spoke", "VERB", "ROOT", 2),
            *rows,
        ]
        people = [("Jan Vos", "PERSON", 0), ("Eric Kingson", "PERSON", 0)]
        tokens = tokens_of(text, rows)
        found = _with_sentences(text, people, tokens).pronoun("he", text.index("he would"))
        assert found is not None and found.name == "Eric Kingson", text


def test_a_name_only_ever_qualifying_a_thing_is_no_antecedent() -> None:
    text = "President Ilse Morrow spoke. Critics dismiss Varnet tantrums. Later he said no."
    rows = [
        ("President", "PROPN", "compound", 2),
        ("Ilse", "PROPN", "compound", 2),
        ("Morrow", "PROPN", "nsubj", 3),
        ("spoke", "VERB", "ROOT", 3),
        ("Critics", "NOUN", "nsubj", 5),
        ("dismiss", "VERB", "ROOT", 5),
        ("Varnet", "PROPN", "compound", 7),
        ("tantrums", "NOUN", "dobj", 5),
        ("Later", "ADV", "advmod", 10),
        ("he", "PRON", "nsubj", 10),
        ("said", "VERB", "ROOT", 10),
        ("no", "INTJ", "dobj", 10),
    ]
    people = [("Ilse Morrow", "PERSON", 0), ("Varnet", "PERSON", 0)]
    found = _with_sentences(text, people, tokens_of(text, rows)).pronoun(
        "he", text.index("he said")
    )
    assert found is not None and found.name == "Ilse Morrow"  # "Varnet tantrums": a brand's


def test_he_in_what_a_named_person_who_said_is_that_person() -> None:
    text = "Jan Vos read the emails of Eric Kingson, who said that he cooperated."
    rows = [
        ("Jan", "PROPN", "compound", 1),
        ("Vos", "PROPN", "nsubj", 2),
        ("read", "VERB", "ROOT", 2),
        ("the", "DET", "det", 4),
        ("emails", "NOUN", "dobj", 2),
        ("of", "ADP", "prep", 4),
        ("Eric", "PROPN", "compound", 7),
        ("Kingson", "PROPN", "pobj", 5),
        ("who", "PRON", "nsubj", 9),
        ("said", "VERB", "relcl", 7),
        ("that", "SCONJ", "mark", 12),
        ("he", "PRON", "nsubj", 12),
        ("cooperated", "VERB", "ccomp", 9),
    ]
    people = [("Jan Vos", "PERSON", 0), ("Eric Kingson", "PERSON", 0)]
    found = _with_sentences(text, people, tokens_of(text, rows)).pronoun(
        "he", text.index("he cooperated")
    )
    assert found is not None and found.name == "Eric Kingson"  # not Vos, who read them


def test_another_name_ending_in_a_persons_surname_is_no_person() -> None:
    text = 'Ilse Hill had an affair with a Harbour Hill aide. "I quit," she wrote.'
    rows = [
        ("Ilse", "PROPN", "compound", 1),
        ("Hill", "PROPN", "nsubj", 2),
        ("had", "VERB", "ROOT", 2),
        ("an", "DET", "det", 4),
        ("affair", "NOUN", "dobj", 2),
        ("with", "ADP", "prep", 4),
        ("a", "DET", "det", 9),
        ("Harbour", "PROPN", "compound", 8),
        ("Hill", "PROPN", "compound", 9),
        ("aide", "NOUN", "pobj", 5),
        ("I", "PRON", "nsubj", 11),
        ("quit", "VERB", "ccomp", 13),
        ("she", "PRON", "nsubj", 13),
        ("wrote", "VERB", "ROOT", 13),
    ]
    mentions = [("Ilse Hill", "PERSON", 0), ("Harbour Hill", "ORG", 0)]
    referents = _with_sentences(text, mentions, tokens_of(text, rows))
    # "a Harbour Hill aide": a place's name, no mislabelled mention of Ilse Hill
    assert [m.text for m in referents.people] == ["Ilse Hill"]
    found = referents.pronoun("she", text.index("she wrote"))
    assert found is not None and found.name == "Ilse Hill"


def test_a_place_in_a_persons_title_is_no_group_they_stands_for() -> None:
    text = "Voters backed Aldmoor Governor Ilse Morrow. They agree with her."
    tokens = tokens_of(
        text,
        [("Aldmoor", "PROPN", "compound", 1), ("Governor", "PROPN", "compound", 3),
         ("Ilse", "PROPN", "compound", 3), ("Morrow", "PROPN", "dobj", 3)],
    )  # fmt: skip
    referents = _with_sentences(text, [("Aldmoor", "GPE", 0), ("Ilse Morrow", "PERSON", 0)], tokens)
    assert referents.pronoun("they", text.index("They")) is None


def test_a_lot_of_people_said_to_be_there_is_who_they_are() -> None:
    text = "The Kestrian Party met. There are a lot of voters. They agree."
    tokens = tokens_of(
        text,
        [("There", "PRON", "expl", 1), ("are", "VERB", "ROOT", 1), ("lot", "NOUN", "attr", 1),
         ("of", "ADP", "prep", 2), ("voters", "NOUN", "pobj", 3)],
    )  # fmt: skip
    tokens = (*tokens[:-1], replace(tokens[-1], lemma="voter"))
    referents = _with_sentences(text, [("The Kestrian Party", "ORG", 0)], tokens)
    assert referents.pronoun("they", text.index("They")) is None
    assert referents.pronoun("they", text.index("There")) is not None


def test_a_written_source_is_known_as_written_or_by_its_lemma() -> None:
    assert names_a_written_source("data", "datum")  # the lemmatiser's singular
    assert names_a_written_source("Reports", "report")
    assert not names_a_written_source("plans", "plan")  # a plan is acted on, not cited


def test_a_body_name_the_tagger_cut_at_and_is_named_whole() -> None:
    text = "Migrant encounters rose in June, Customs and Border Protection said."
    referents = referents_of(text, [("Customs", "ORG", 0)])
    start = text.index("Customs")
    found = referents.named_in(start, start + len("Customs"))
    assert found is not None and found.text == "Customs and Border Protection"
    # two bodies the tagger named each are two: "Google and Apple said"
    text = "Google and Apple said they would fight the order."
    referents = referents_of(text, [("Google", "ORG", 0), ("Apple", "ORG", 0)])
    found = referents.named_in(0, len("Google"))
    assert found is not None and found.text == "Google"


def test_a_body_named_before_a_place_is_its_branch_there() -> None:
    text = "NBC New York reported that the mayor would veto it."
    tokens = tokens_of(
        text,
        [("NBC", "PROPN", "compound", 2), ("New", "PROPN", "compound", 2),
         ("York", "PROPN", "nsubj", 3), ("reported", "VERB", "ROOT", 3)],
    )  # fmt: skip
    mentions = [("NBC", "ORG", 0), ("New York", "GPE", 0)]
    referents = _with_sentences(text, mentions, tokens)
    start = text.index("York")
    found = referents.named_in(start, start + len("York"))
    assert found is not None and (found.text, found.label) == ("NBC New York", "ORG")
    # apart in the parse, the place stays the place: "told CNN Russia would ..."
    text = "Peskov told CNN Russia would veto it."
    tokens = tokens_of(
        text,
        [("Peskov", "PROPN", "nsubj", 1), ("told", "VERB", "ROOT", 1),
         ("CNN", "PROPN", "dative", 1), ("Russia", "PROPN", "nsubj", 5),
         ("would", "AUX", "aux", 5), ("veto", "VERB", "ccomp", 1)],
    )  # fmt: skip
    mentions = [("Peskov", "PERSON", 0), ("CNN", "ORG", 0), ("Russia", "GPE", 0)]
    referents = _with_sentences(text, mentions, tokens)
    start = text.index("Russia")
    found = referents.named_in(start, start + len("Russia"))
    assert found is not None and found.text == "Russia"


def test_a_full_named_persons_surname_the_ner_once_took_for_a_place_is_still_them() -> None:
    text = "Marco Rubio spoke. Crowds cheered at Rubio. Rubio left. Ravnik is quiet."
    mentions = [
        ("Marco Rubio", "PERSON", 0), ("Rubio", "FAC", 1), ("Rubio", "PERSON", 2),
        ("Ravnik", "GPE", 0),
    ]  # fmt: skip
    people = [m.text for m in referents_of(text, mentions).people]
    assert people == ["Marco Rubio", "Rubio"]  # "Ravnik" alone stays a place


def test_a_name_the_ner_cut_off_its_day_is_no_group_they_stand_for() -> None:
    text = "Voters went to the polls on Super Tuesday and they backed the plan."
    found = referents_of(text, [("Super", "GPE", 0), ("Tuesday", "DATE", 0)]).pronoun(
        "they", text.index("they")
    )
    assert found is None


def test_he_after_a_persons_description_goes_on_with_whom_it_took_up() -> None:
    # "he" does not go to the name inside the description's sentence (Trump's rallies)
    text = "Rubio offered thanks. The senator calmed fears at Trump rallies. He said more."
    rows = [
        ("Rubio", "PROPN", "nsubj", 1), ("offered", "VERB", "ROOT", 1),
        ("thanks", "NOUN", "dobj", 1), ("The", "DET", "det", 4),
        ("senator", "NOUN", "nsubj", 5), ("calmed", "VERB", "ROOT", 5),
        ("fears", "NOUN", "dobj", 5), ("at", "ADP", "prep", 5),
        ("Trump", "PROPN", "compound", 9), ("rallies", "NOUN", "pobj", 7),
        ("He", "PRON", "nsubj", 11), ("said", "VERB", "ROOT", 11),
    ]  # fmt: skip
    people = [("Rubio", "PERSON", 0), ("Trump", "PERSON", 0), ("Donald Trump", "PERSON", 0)]
    text += " Donald Trump was away."
    rows.append(("Donald", "PROPN", "compound", 13))
    found = _with_sentences(text, people, tokens_of(text, rows)).pronoun("he", text.index("He"))
    assert found is not None and found.name == "Rubio"


def test_he_goes_on_with_whom_the_he_before_it_stood_for() -> None:
    text = "Ben Brafman argued hard. Judge Berman never meant it; he saw that. He did want more."
    rows = [
        ("Ben", "PROPN", "compound", 1), ("Brafman", "PROPN", "nsubj", 2),
        ("argued", "VERB", "ROOT", 2), ("hard", "ADV", "advmod", 2),
        ("Judge", "PROPN", "compound", 5), ("Berman", "PROPN", "nsubj", 7),
        ("never", "ADV", "neg", 7), ("meant", "VERB", "ccomp", 10), ("it", "PRON", "dobj", 7),
        ("he", "PRON", "nsubj", 10), ("saw", "VERB", "ROOT", 10), ("that", "PRON", "dobj", 10),
        ("He", "PRON", "nsubj", 14), ("did", "AUX", "aux", 14), ("want", "VERB", "ROOT", 14),
    ]  # fmt: skip
    people = [("Ben Brafman", "PERSON", 0), ("Berman", "PERSON", 0)]
    found = _with_sentences(text, people, tokens_of(text, rows)).pronoun("he", text.index("He"))
    assert found is not None and found.name == "Berman"  # not the earlier man of a known name


def test_of_and_a_gerund_after_a_role_says_what_someone_did_not_whose_role_it_is() -> None:
    text = "President Aldo Venn spoke. Critics accused the president of politicizing it."
    rows = [
        ("President", "PROPN", "compound", 2), ("Aldo", "PROPN", "compound", 2),
        ("Venn", "PROPN", "nsubj", 3), ("spoke", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3),
        ("Critics", "NOUN", "nsubj", 6), ("accused", "VERB", "ROOT", 6),
        ("the", "DET", "det", 8), ("president", "NOUN", "dobj", 6), ("of", "ADP", "prep", 8),
        ("politicizing", "VERB", "pcomp", 9), ("it", "PRON", "dobj", 10),
        (".", "PUNCT", "punct", 6),
    ]  # fmt: skip
    referents = _with_sentences(text, [("Aldo Venn", "PERSON", 0)], tokens_of(text, rows))
    at = text.index("the president")
    found = referents.resolve(at, at + len("the president"))
    assert found is not None and found.name == "Aldo Venn"


def test_a_persons_own_staff_is_named_by_the_persons_full_name() -> None:
    text = "Senator Aldo Venn tested positive. His staff said so. Venn's office agreed."
    referents = referents_of(text, [("Aldo Venn", "PERSON", 0), ("Venn", "PERSON", 1)])
    at = text.index("His staff")
    side = referents.resolve(at, at + len("His staff"))
    assert side is not None and (side.name, side.kind) == ("Aldo Venn's Staff", ORGANISATION)
    at = text.index("Venn's office")
    side = referents.resolve(at, at + len("Venn's office"))
    assert side is not None and side.name == "Aldo Venn's Office"
    # no person to be its owner: a body by its own name
    assert referents.persons_side("Kestria's office", 0) is None


def test_a_body_a_phrase_leaves_unnamed_names_no_body() -> None:
    text = "Police held 1,400 people, a Russian monitoring group said. One agency said more."
    referents = referents_of(text, [("Russian", "NORP", 0)])
    for phrase in ("a Russian monitoring group", "One agency"):
        at = text.index(phrase)
        assert referents.resolve(at, at + len(phrase)) is None  # which one, it does not say


def test_the_office_of_a_named_person_is_their_own_side() -> None:
    owner = persons_side_owner("the office of New York Attorney General Letitia James")
    assert owner == "Letitia James"
    assert persons_side_owner("Rand Paul's Staff") == "Rand Paul"
    assert persons_side_owner("the office of the president") is None


def test_a_surname_first_named_alone_is_not_a_relative_named_in_full_later() -> None:
    text = "President Venn met the Queen. Venn and first lady Ilsa Venn flew home. Venn spoke."
    mentions = [("Venn", "PERSON", 0), ("Venn", "PERSON", 1), ("Ilsa Venn", "PERSON", 0)]
    referents = referents_of(text, [*mentions, ("Venn", "PERSON", 3)])
    at = text.rindex("Venn spoke")
    found = referents.resolve(at, at + len("Venn"))
    assert found is not None and found.name == "Venn"  # not Ilsa Venn, his wife
    # the relative named in full is still herself
    at = text.index("Ilsa Venn")
    found = referents.resolve(at, at + len("Ilsa Venn"))
    assert found is not None and found.name == "Ilsa Venn"


def test_a_body_name_needs_words_that_say_which_body() -> None:
    assert body_name("the defense department") == "Defense Department"
    assert body_name("Ukraine's foreign ministry") == "Ukraine's Foreign Ministry"
    unnamed_ones = ("the company", "the department", "a Russian group", "one agency")
    for unnamed in (*unnamed_ones, "the drug company", "the tech firm"):
        assert body_name(unnamed) is None  # which one, the words do not say
    assert body_name("The authorities") == "Authorities"  # the state's: counted with it
