"""The parsed-article view: tokens, tree, extents, sentences and mentions of one article."""

from __future__ import annotations

from dataclasses import replace

from newsdesk.model import Annotation, Mention, Sentence, Token
from newsdesk.parse import ParsedArticle, first_found, names_as_read

# "Russian Foreign Minister Sergei Lavrov said on Thursday that talks would go on.\nNext."
TEXT = "Russian Foreign Minister Sergei Lavrov said on Thursday that talks would go on.\nNext."
ROWS = [  # word, lemma, pos, dep, head
    ("Russian", "russian", "ADJ", "amod", 4),
    ("Foreign", "Foreign", "PROPN", "compound", 2),
    ("Minister", "Minister", "PROPN", "compound", 4),
    ("Sergei", "Sergei", "PROPN", "compound", 4),
    ("Lavrov", "Lavrov", "PROPN", "nsubj", 5),
    ("said", "say", "VERB", "ROOT", 5),
    ("on", "on", "ADP", "prep", 5),
    ("Thursday", "Thursday", "PROPN", "pobj", 6),
    ("that", "that", "SCONJ", "mark", 11),
    ("talks", "talk", "NOUN", "nsubj", 11),
    ("would", "would", "AUX", "aux", 11),
    ("go", "go", "VERB", "ccomp", 5),
    ("on", "on", "ADP", "prt", 11),
    (".", ".", "PUNCT", "punct", 5),
    ("\n", "\n", "SPACE", "dep", 13),
    ("Next", "next", "ADV", "ROOT", 15),
    (".", ".", "PUNCT", "punct", 15),
]


def article() -> ParsedArticle:
    tokens, at = [], 0
    for word, lemma, pos, dep, head in ROWS:
        start = TEXT.index(word, at)
        at = start + len(word)
        tokens.append(Token(start, at, lemma, pos, dep, head))
    mentions = (
        Mention(0, 7, "Russian", "NORP"),
        Mention(25, 38, "Sergei Lavrov", "PERSON"),
        Mention(47, 55, "Thursday", "DATE"),
    )
    first = TEXT.index("\n")
    sentences = (Sentence(0, first), Sentence(first + 1, len(TEXT)))
    return ParsedArticle(TEXT, Annotation("a", "test", sentences, mentions, tuple(tokens)))


def test_tokens_and_lookups_by_offset() -> None:
    parsed = article()
    assert parsed.word(4) == "Lavrov" and parsed.lemma(5) == "say"
    assert parsed.token_at(TEXT.index("Lavrov") + 2) == 4
    assert parsed.token_at(TEXT.index("\n")) == 14 and parsed.token_at(len(TEXT) + 5) is None
    assert parsed.covering(0, TEXT.index("Sergei")) == [0, 1, 2]
    assert 14 not in parsed.covering(TEXT.index("."), len(TEXT))  # whitespace is never a word


def test_the_tree_heads_children_subtrees_and_clauses() -> None:
    parsed = article()
    assert parsed.head(5) is None and parsed.head(4) == 5
    assert parsed.kids(5, "nsubj") == [4] and parsed.kid(5, "ccomp") == 11
    assert list(parsed.ancestors(9)) == [11, 5]
    assert parsed.subtree(11) == [8, 9, 10, 11, 12]
    assert parsed.subtree(5, frozenset({"ccomp", "punct"})) == [0, 1, 2, 3, 4, 5, 6, 7]
    assert parsed.clause_of(9) == 11 and parsed.root_of([8, 9, 10, 11, 12]) == 11
    assert parsed.root_of_sentence(9) == 5


def test_extents_and_phrases_leave_punctuation_and_times_out() -> None:
    parsed = article()
    assert parsed.extent([11, 12, 13]) == (TEXT.index("go"), TEXT.index("on.") + 2)
    start, end = parsed.phrase(4)
    assert TEXT[start:end] == "Russian Foreign Minister Sergei Lavrov"


def test_sentences_of_tokens_and_offsets() -> None:
    parsed = article()
    second = parsed.sentences[1]
    assert parsed.sentence_of(15) == second and parsed.sentence_at(second.start) == second
    assert parsed.sentence_at(TEXT.index("\n")) is None  # between two sentences
    assert list(parsed.sentence_tokens(second)) == [15, 16]
    assert parsed.sentences_overlapping(0, len(TEXT)) == list(parsed.sentences)
    assert parsed.sentence_around(5, 10) == (0, TEXT.index("\n"))


def test_mentions_by_token_and_by_span() -> None:
    parsed = article()
    assert parsed.mention_at(4) == parsed.mentions[1]
    assert parsed.mention_at(4, frozenset({"GPE"})) is None
    assert [m.label for m in parsed.mentions_in(0, 40)] == ["NORP", "PERSON"]


def test_an_article_without_a_parse_still_has_sentences_and_mentions() -> None:
    parsed = ParsedArticle(TEXT, Annotation("a", "ner", (Sentence(0, 5),), ()))
    assert not parsed.has_parse and parsed.token_at(3) is None and parsed.covering(0, 9) == []
    assert parsed.sentence_at(2) == Sentence(0, 5)


def test_first_found_keeps_token_zero() -> None:
    assert first_found(None, 0, 3) == 0 and first_found(None, None) is None


# A selective parse: "Calm day." and "Nothing else." carry no tokens; the middle sentence does.
PARTIAL_TEXT = "Calm day. Rebels attacked Brno, he said. Nothing else."
PARTIAL_ROWS = [  # word, lemma, pos, dep, head (indices into the parsed tokens only)
    ("Rebels", "rebel", "NOUN", "nsubj", 1),
    ("attacked", "attack", "VERB", "ccomp", 5),
    ("Brno", "Brno", "PROPN", "dobj", 1),
    (",", ",", "PUNCT", "punct", 5),
    ("he", "he", "PRON", "nsubj", 5),
    ("said", "say", "VERB", "ROOT", 5),
    (".", ".", "PUNCT", "punct", 5),
]


def partial_article() -> ParsedArticle:
    tokens, at = [], PARTIAL_TEXT.index("Rebels")
    for word, lemma, pos, dep, head in PARTIAL_ROWS:
        start = PARTIAL_TEXT.index(word, at)
        at = start + len(word)
        tokens.append(Token(start, at, lemma, pos, dep, head))
    second, third = PARTIAL_TEXT.index("Rebels"), PARTIAL_TEXT.index("Nothing")
    sentences = (
        Sentence(0, second - 1),
        Sentence(second, third - 1),
        Sentence(third, len(PARTIAL_TEXT)),
    )
    brno = PARTIAL_TEXT.index("Brno")
    mentions = (Mention(brno, brno + 4, "Brno", "GPE"),)
    return ParsedArticle(PARTIAL_TEXT, Annotation("p", "test", sentences, mentions, tuple(tokens)))


def test_partial_parse_tells_parsed_sentences_from_the_others() -> None:
    parsed = partial_article()
    first, second, third = parsed.sentences
    assert parsed.has_parse
    assert [parsed.is_parsed(s) for s in parsed.sentences] == [False, True, False]
    assert list(parsed.sentence_tokens(first)) == [] and list(parsed.sentence_tokens(third)) == []
    assert list(parsed.sentence_tokens(second)) == list(range(7))


def test_partial_parse_offsets_are_article_wide_and_heads_index_the_parsed_tokens() -> None:
    parsed = partial_article()
    said = parsed.token_at(PARTIAL_TEXT.index("said"))
    assert said == 5 and parsed.word(said) == "said" and parsed.head(said) is None
    assert parsed.kids(5, "nsubj") == [4] and parsed.kid(5, "ccomp") == 1
    assert parsed.phrase(1) == (PARTIAL_TEXT.index("Rebels"), PARTIAL_TEXT.index(","))
    assert parsed.sentence_of(2) == parsed.sentences[1]
    assert parsed.mention_at(2) == parsed.mentions[0]


def test_partial_parse_finds_no_tokens_in_unparsed_sentences() -> None:
    parsed = partial_article()
    assert parsed.token_at(PARTIAL_TEXT.index("day")) is None
    assert parsed.token_at(PARTIAL_TEXT.index("else")) is None
    assert parsed.covering(0, PARTIAL_TEXT.index("Rebels")) == []
    assert parsed.covering(PARTIAL_TEXT.index("Nothing"), len(PARTIAL_TEXT)) == []
    # a span reaching into a parsed sentence finds only that sentence's tokens
    assert parsed.covering(0, PARTIAL_TEXT.index("attacked") + 1) == [0, 1]


def test_annotation_without_tokens_has_no_parsed_sentence() -> None:
    bare = Annotation("b", "test", (Sentence(0, 9),), ())
    parsed = ParsedArticle(PARTIAL_TEXT, bare)
    assert not parsed.has_parse and not parsed.is_parsed(parsed.sentences[0])


def test_a_subtree_of_a_parse_whose_heads_loop_ends() -> None:
    text = "a b c"
    tokens = (
        Token(0, 1, "a", "X", "dep", 1),
        Token(2, 3, "b", "X", "dep", 2),
        Token(4, 5, "c", "X", "dep", 0),
    )
    view = ParsedArticle(text, Annotation("a", "test", (Sentence(0, 5),), (), tokens))
    assert view.subtree(0) == [0, 1, 2]


def _parsed(
    text: str, rows: list[tuple[str, str, str, str, int]], people: list[str]
) -> ParsedArticle:
    tokens, at = [], 0
    for word, lemma, pos, dep, head in rows:
        start = text.index(word, at)
        at = start + len(word)
        tokens.append(Token(start, at, lemma, pos, dep, head))
    mentions = tuple(
        Mention(text.index(name), text.index(name) + len(name), name, "PERSON") for name in people
    )
    ann = Annotation("a", "test", (Sentence(0, len(text)),), mentions, tuple(tokens))
    return ParsedArticle(text, ann)


def test_a_name_hung_on_the_person_of_an_of_phrase_is_the_nouns_apposition() -> None:
    text = "The envoy of Pavel Vrana, Mara Olen, will demand it."
    rows = [
        ("The", "the", "DET", "det", 1), ("envoy", "envoy", "NOUN", "nsubj", 10),
        ("of", "of", "ADP", "prep", 1), ("Pavel", "Pavel", "PROPN", "compound", 4),
        ("Vrana", "Vrana", "PROPN", "pobj", 2), (",", ",", "PUNCT", "punct", 4),
        ("Mara", "Mara", "PROPN", "compound", 7), ("Olen", "Olen", "PROPN", "appos", 4),
        (",", ",", "PUNCT", "punct", 4), ("will", "will", "AUX", "aux", 10),
        ("demand", "demand", "VERB", "ROOT", 10), ("it", "it", "PRON", "dobj", 10),
        (".", ".", "PUNCT", "punct", 10),
    ]  # fmt: skip
    parsed = _parsed(text, rows, ["Pavel Vrana", "Mara Olen"])
    assert parsed.appositions(1) == [7]
    assert parsed.appositions(4) == [7]  # the parse's own apposition stays


def test_a_persons_name_hung_on_the_body_of_an_of_phrase_is_the_nouns_apposition() -> None:
    text = "The director of the Kestrian Centre, Mara Olen, spoke."
    rows = [
        ("The", "the", "DET", "det", 1), ("director", "director", "NOUN", "nsubj", 10),
        ("of", "of", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
        ("Kestrian", "Kestrian", "PROPN", "compound", 5), ("Centre", "Centre", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 5), ("Mara", "Mara", "PROPN", "compound", 8),
        ("Olen", "Olen", "PROPN", "appos", 5), (",", ",", "PUNCT", "punct", 1),
        ("spoke", "speak", "VERB", "ROOT", 10), (".", ".", "PUNCT", "punct", 10),
    ]  # fmt: skip
    parsed = _parsed(text, rows, ["Mara Olen"])
    centre = text.index("the Kestrian")
    org = Mention(centre, centre + len("the Kestrian Centre"), "the Kestrian Centre", "ORG")
    parsed = ParsedArticle(text, replace(parsed.annotation, mentions=(*parsed.mentions, org)))
    assert parsed.appositions(1) == [8]  # a person's name is no body's


def test_a_title_in_the_of_phrase_keeps_its_apposition() -> None:
    text = "The aide of the President, Pavel Vrana, spoke."
    rows = [
        ("The", "the", "DET", "det", 1), ("aide", "aide", "NOUN", "nsubj", 9),
        ("of", "of", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
        ("President", "President", "PROPN", "pobj", 2), (",", ",", "PUNCT", "punct", 4),
        ("Pavel", "Pavel", "PROPN", "compound", 7), ("Vrana", "Vrana", "PROPN", "appos", 4),
        (",", ",", "PUNCT", "punct", 4), ("spoke", "speak", "VERB", "ROOT", 9),
        (".", ".", "PUNCT", "punct", 9),
    ]  # fmt: skip
    assert _parsed(text, rows, ["Pavel Vrana"]).appositions(1) == []


def test_a_to_infinitive_and_a_preposition_by_its_word() -> None:
    text = "One of the envoys wants to leave."
    rows = [
        ("One", "one", "NUM", "nsubj", 4), ("of", "of", "ADP", "prep", 0),
        ("the", "the", "DET", "det", 3), ("envoys", "envoy", "NOUN", "pobj", 1),
        ("wants", "want", "VERB", "ROOT", 4), ("to", "to", "PART", "aux", 6),
        ("leave", "leave", "VERB", "xcomp", 4), (".", ".", "PUNCT", "punct", 4),
    ]  # fmt: skip
    parsed = _parsed(text, rows, [])
    assert parsed.has_to(6) and not parsed.has_to(4)
    assert parsed.preposition(0, "of") == 1 and parsed.preposition(0, "for") is None


def test_the_verb_whose_subject_does_what_is_done_to_an_object() -> None:
    text = "Trump started attacking him and urged Cruz to support him."
    rows = [
        ("Trump", "trump", "PROPN", "nsubj", 1), ("started", "start", "VERB", "ROOT", 1),
        ("attacking", "attack", "VERB", "xcomp", 1), ("him", "he", "PRON", "dobj", 2),
        ("and", "and", "CCONJ", "cc", 1), ("urged", "urge", "VERB", "conj", 1),
        ("Cruz", "cruz", "PROPN", "dobj", 5), ("to", "to", "PART", "aux", 8),
        ("support", "support", "VERB", "xcomp", 5), ("him", "he", "PRON", "dobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    parsed = _parsed(text, rows, ["Trump", "Cruz"])
    assert parsed.verb_done_by_subject(3) == 1  # Trump started attacking: Trump does it
    assert parsed.verb_done_by_subject(9) == 8  # past "urged Cruz": Cruz supports him
    assert parsed.verb_done_by_subject(0) is None  # a subject is no object


def test_the_clause_a_verb_asks_for_with_for_and_to() -> None:
    text = "They called for Barr to resign and waited for him to leave ."
    rows = [
        ("They", "they", "PRON", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("for", "for", "SCONJ", "mark", 5),
        ("Barr", "Barr", "PROPN", "nsubj", 5),
        ("to", "to", "PART", "aux", 5),
        ("resign", "resign", "VERB", "advcl", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("waited", "wait", "VERB", "conj", 1),
        ("for", "for", "ADP", "prep", 7),
        ("him", "he", "PRON", "pobj", 8),
        ("to", "to", "PART", "aux", 11),
        ("leave", "leave", "VERB", "xcomp", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]
    parsed = _parsed(text, rows, ["Barr"])
    assert parsed.for_to_clause(1) == 5
    assert parsed.for_to_clause(7) is None  # "for him" is a preposition's object, no clause
    assert parsed.for_to_clause(5) is None


def test_a_name_the_tagger_ran_on_into_a_day_is_read_without_it() -> None:
    text = "President Trump Saturday signed the order."
    mentions = (Mention(10, 24, "Trump Saturday", "PERSON"), Mention(15, 24, "Saturday", "DATE"))
    read = names_as_read(mentions)
    assert [(m.text, m.end) for m in read] == [("Trump", 15), ("Saturday", 24)]
    assert text[read[0].start : read[0].end] == "Trump"


def test_a_name_glued_to_an_agency_credit_is_read_without_it() -> None:
    text = "(CNN)MGM Resorts International settled. (CNN)The House voted."
    mentions = (Mention(1, 30, "CNN)MGM Resorts International", "ORG"),
                Mention(41, 54, "CNN)The House", "ORG"))  # fmt: skip
    read = names_as_read(mentions)
    assert [m.text for m in read] == ["MGM Resorts International", "The House"]
    assert [text[m.start : m.end] for m in read] == ["MGM Resorts International", "The House"]


def test_a_name_the_tagger_ran_on_over_a_dash_is_read_without_the_aside() -> None:
    text = "Michael Flynn - a top surrogate - said it. Tom Smith - Jones spoke."
    mentions = (Mention(0, 17, "Michael Flynn - a", "PERSON"),
                Mention(43, 60, "Tom Smith - Jones", "PERSON"))  # fmt: skip
    read = names_as_read(mentions)
    # a double-barrelled name is kept: the word after its dash is capitalised
    assert [text[m.start : m.end] for m in read] == ["Michael Flynn", "Tom Smith - Jones"]


def test_a_name_the_tagger_ran_on_from_its_office_is_the_holder() -> None:
    text = (
        "Secretary of Homeland Security Kirstjen Nielsen spoke. The Homeland Security Act passed."
    )
    office = text.index("Homeland")
    act = text.index("Homeland", office + 1)
    mentions = (Mention(office, office + 34, text[office : office + 34], "ORG"),
                Mention(act - 4, act + 21, text[act - 4 : act + 21], "ORG"))  # fmt: skip
    read = names_as_read(mentions, text)
    assert [(m.text, m.label) for m in read] == [
        ("Kirstjen Nielsen", "PERSON"),
        ("The Homeland Security Act", "ORG"),  # no office before it: a name as tagged
    ]
    assert text[read[0].start : read[0].end] == "Kirstjen Nielsen"
    # the office alone is left as tagged
    alone = "He met the Secretary of Homeland Security."
    at = alone.index("Homeland")
    assert names_as_read((Mention(at, at + 17, "Homeland Security", "ORG"),), alone)[0].text == (
        "Homeland Security"
    )


def test_a_word_an_editor_bracketed_a_letter_of_is_no_name() -> None:
    mentions = (Mention(1, 4, "W]e", "PERSON"), Mention(30, 36, "Trumka", "PERSON"))
    assert [m.text for m in names_as_read(mentions)] == ["Trumka"]


def test_a_word_within_the_source_an_according_to_names() -> None:
    text = "The plant closed, according to a report that Kestria cited, said Ensdal."
    rows = [
        ("The", "the", "DET", "det", 1), ("plant", "plant", "NOUN", "nsubj", 2),
        ("closed", "close", "VERB", "ROOT", 2), (",", ",", "PUNCT", "punct", 2),
        ("according", "accord", "VERB", "prep", 2), ("to", "to", "ADP", "prep", 4),
        ("a", "a", "DET", "det", 7), ("report", "report", "NOUN", "pobj", 5),
        ("that", "that", "PRON", "dobj", 10), ("Kestria", "Kestria", "PROPN", "nsubj", 10),
        ("cited", "cite", "VERB", "relcl", 7), (",", ",", "PUNCT", "punct", 2),
        ("said", "say", "VERB", "parataxis", 2), ("Ensdal", "Ensdal", "PROPN", "nsubj", 12),
        (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    parsed = _parsed(text, rows, ["Ensdal"])
    inside = [i for i in range(len(rows)) if parsed.in_a_source_named_by_according_to(i)]
    assert [parsed.word(i) for i in inside] == ["a", "report", "that", "Kestria", "cited"]


def _words(text: str) -> list[tuple[str, str, str, str, int]]:
    return [(w, w.lower(), "X", "dep", 0) for w in text.rstrip(".").split()]


def test_a_sentence_in_title_case_is_told_from_one_with_names() -> None:
    text = "GOP Candidates Resoundingly Reject The Idea Of A Wage Hike."
    assert _parsed(text, _words(text), []).in_title_case(1)
    text = "The House Freedom Caucus rejected the spending bill on Tuesday."
    assert not _parsed(text, _words(text), []).in_title_case(1)


def _lemma_as_word(
    rows: list[tuple[str, str, str, int]],
) -> list[tuple[str, str, str, str, int]]:
    return [(word, word.lower(), pos, dep, head) for word, pos, dep, head in rows]


def _relative_after_two(helper: str) -> tuple[ParsedArticle, int]:
    """ "a battle between Maxwell and Giuffre, who <helper> accused Epstein", parsed as spaCy
    does: the relative clause hangs on the first conjunct."""
    text = f"a battle between Maxwell and Giuffre, who {helper} accused Epstein."
    rows = [("a", "DET", "det", 1), ("battle", "NOUN", "ROOT", 1), ("between", "ADP", "prep", 1),
            ("Maxwell", "PROPN", "pobj", 2), ("and", "CCONJ", "cc", 3),
            ("Giuffre", "PROPN", "conj", 3), (",", "PUNCT", "punct", 3),
            ("who", "PRON", "nsubj", 9), (helper, "AUX", "aux", 9),
            ("accused", "VERB", "relcl", 3), ("Epstein", "PROPN", "dobj", 9),
            (".", "PUNCT", "punct", 1)]  # fmt: skip
    return _parsed(text, _lemma_as_word(rows), []), 9


def test_a_singular_relative_clause_after_two_names_describes_the_nearer() -> None:
    parsed, clause = _relative_after_two("has")
    assert parsed.word(parsed.described_by(clause) or 0) == "Giuffre"


def test_a_plural_relative_clause_after_two_names_describes_them_by_the_first() -> None:
    parsed, clause = _relative_after_two("have")
    assert parsed.word(parsed.described_by(clause) or 0) == "Maxwell"


def test_a_participle_before_a_closing_attribution_goes_on_from_the_report() -> None:
    text = "The plan calls for reform, while pledging aid, Fox News has learned."
    rows = [("The", "DET", "det", 1), ("plan", "NOUN", "nsubj", 2),
            ("calls", "VERB", "ccomp", 13), ("for", "ADP", "prep", 2),
            ("reform", "NOUN", "pobj", 3), (",", "PUNCT", "punct", 2),
            ("while", "SCONJ", "mark", 7), ("pledging", "VERB", "advcl", 13),
            ("aid", "NOUN", "dobj", 7), (",", "PUNCT", "punct", 13),
            ("Fox", "PROPN", "compound", 11), ("News", "PROPN", "nsubj", 13),
            ("has", "AUX", "aux", 13), ("learned", "VERB", "ROOT", 13),
            (".", "PUNCT", "punct", 13)]  # fmt: skip
    assert _parsed(text, _lemma_as_word(rows), []).report_it_goes_on(7) == 2
    # the reporter named first: "Fox News learned the plan calls for reform, pledging aid"
    text = "Fox News learned the plan calls for reform, pledging aid."
    rows = [("Fox", "PROPN", "compound", 1), ("News", "PROPN", "nsubj", 2),
            ("learned", "VERB", "ROOT", 2), ("the", "DET", "det", 4),
            ("plan", "NOUN", "nsubj", 5), ("calls", "VERB", "ccomp", 2),
            ("for", "ADP", "prep", 5), ("reform", "NOUN", "pobj", 6),
            (",", "PUNCT", "punct", 2), ("pledging", "VERB", "advcl", 2),
            ("aid", "NOUN", "dobj", 9), (".", "PUNCT", "punct", 2)]  # fmt: skip
    assert _parsed(text, _lemma_as_word(rows), []).report_it_goes_on(9) is None


def _surname_article(second: str, rows: list[tuple[str, str, str, int]]) -> ParsedArticle:
    text = f"Sen. Bernie Sanders quit. {second}"
    first = [
        ("Sen.", "Sen.", "PROPN", "compound", 2), ("Bernie", "Bernie", "PROPN", "compound", 2),
        ("Sanders", "Sanders", "PROPN", "nsubj", 3), ("quit", "quit", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    shifted = [(w, w.lower(), pos, dep, head + 5) for w, pos, dep, head in rows]
    return _parsed(text, first + shifted, ["Bernie Sanders"])


def test_a_surname_the_tagger_left_untagged_is_the_person_named_in_full() -> None:
    rows = [
        ("Sanders", "NOUN", "nsubj", 1), ("made", "VERB", "ROOT", 1),
        ("the", "DET", "det", 3), ("call", "NOUN", "dobj", 1), (".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    parsed = _surname_article("Sanders made the call.", rows)
    assert [(m.text, m.start) for m in parsed.mentions] == [
        ("Bernie Sanders", 5),
        ("Sanders", 26),
    ]


def test_a_surname_beside_another_name_word_or_as_a_modifier_is_no_mention() -> None:
    rows = [
        ("Colonel", "PROPN", "compound", 1), ("Sanders", "PROPN", "nsubj", 2),
        ("smiled", "VERB", "ROOT", 2), (".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    assert len(_surname_article("Colonel Sanders smiled.", rows).mentions) == 1
    rows = [
        ("A", "DET", "det", 2), ("Sanders", "NOUN", "compound", 2),
        ("rally", "NOUN", "nsubj", 3), ("began", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    assert len(_surname_article("A Sanders rally began.", rows).mentions) == 1


def test_a_datelines_date_stays_in_the_dateline() -> None:
    text = "WASHINGTON, Aug. 24 (UPI) — A spokesman called it outrageous."
    words = ["WASHINGTON", ",", "Aug.", "24", "(", "UPI", ")", "—", "A", "spokesman", "called"]
    rows = [(w, w.lower(), "PROPN" if w[:1].isupper() else "X", "dep", 10) for w in words]
    parsed = _parsed(text, rows, ["WASHINGTON"])
    assert [parsed.in_dateline(i) for i in (0, 3, 9)] == [True, True, False]
