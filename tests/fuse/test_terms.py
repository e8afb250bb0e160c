"""Terms of a sentence weighed by their clause, and what else the parse tells fuse, on
hand-built parses."""

from __future__ import annotations

from newsdesk.fuse.terms import Clauses, ClauseWeights, sentence_terms, stem
from newsdesk.model import Token

WEIGHTS = ClauseWeights(background=0.5, frame=0.25)

Spec = tuple[str, str, str, str, int]  # word, lemma, part of speech, dependency, head (word no.)


def parsed(text: str, spec: list[Spec]) -> tuple[Token, ...]:
    """Tokens of `text`, found word by word in order; a head is a word number."""
    tokens, position = [], 0
    for word, lemma, pos, dep, head in spec:
        start = text.index(word, position)
        position = start + len(word)
        tokens.append(Token(start, position, lemma, pos, dep, head))
    return tuple(tokens)


VAREN = "The Varen, which rises in the highlands, supplies water."
VAREN_PARSE: list[Spec] = [
    ("The", "the", "DET", "det", 1), ("Varen", "Varen", "PROPN", "nsubj", 8),
    (",", ",", "PUNCT", "punct", 1), ("which", "which", "PRON", "nsubj", 4),
    ("rises", "rise", "VERB", "relcl", 1), ("in", "in", "ADP", "prep", 4),
    ("the", "the", "DET", "det", 7), ("highlands", "highland", "NOUN", "pobj", 5),
    ("supplies", "supply", "VERB", "ROOT", 8), ("water", "water", "NOUN", "dobj", 8),
    (".", ".", "PUNCT", "punct", 8),
]  # fmt: skip
SAID = "Vasylenko said the ceasefire was holding."
SAID_PARSE: list[Spec] = [
    ("Vasylenko", "Vasylenko", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3), ("ceasefire", "ceasefire", "NOUN", "nsubj", 5),
    ("was", "be", "AUX", "aux", 5), ("holding", "hold", "VERB", "ccomp", 1),
    (".", ".", "PUNCT", "punct", 1),
]  # fmt: skip


def weights_of(
    text: str, spec: list[Spec], entities: tuple[tuple[int, int, str], ...] = ()
) -> dict[str, float]:
    clauses = Clauses.of(parsed(text, spec), 0, len(text))
    terms, weights = sentence_terms(text, clauses, 0, len(text), entities, WEIGHTS)
    return dict(zip(terms, weights, strict=True))


def test_words_of_a_relative_clause_count_less_than_the_main_clause() -> None:
    found = weights_of(VAREN, VAREN_PARSE)
    assert found["supply"] == found["water"] == 1.0
    assert found["rise"] == found["highland"] == WEIGHTS.background


def test_the_frame_of_a_reported_statement_counts_less_than_the_statement() -> None:
    found = weights_of(SAID, SAID_PARSE, entities=((0, 9, "e-vasylenko"),))
    assert found["ceasefire"] == found["hold"] == 1.0
    assert found["@e-vasylenko"] == WEIGHTS.frame


def test_terms_are_lemmas_without_function_words() -> None:
    assert list(weights_of(VAREN, VAREN_PARSE)) == ["varen", "rise", "highland", "supply", "water"]


def test_a_named_span_is_one_term_its_entity() -> None:
    found = weights_of(VAREN, VAREN_PARSE, entities=((4, 9, "e-varen"),))
    assert "@e-varen" in found and "varen" not in found


TITLED = "Ukrainian President Volodymyr Zelenskiy in recent days continued to refuse."
TITLED_PARSE: list[Spec] = [
    ("Ukrainian", "ukrainian", "ADJ", "amod", 1),
    ("President", "President", "PROPN", "compound", 3),
    ("Volodymyr", "Volodymyr", "PROPN", "compound", 3),
    ("Zelenskiy", "Zelenskiy", "PROPN", "nsubj", 7),
    ("in", "in", "ADP", "prep", 7), ("recent", "recent", "ADJ", "amod", 6),
    ("days", "day", "NOUN", "pobj", 4), ("continued", "continue", "VERB", "ROOT", 7),
    ("to", "to", "PART", "aux", 9), ("refuse", "refuse", "VERB", "xcomp", 7),
    (".", ".", "PUNCT", "punct", 7),
]  # fmt: skip


def test_a_title_before_a_name_counts_less_than_what_is_said_of_them() -> None:
    found = weights_of(TITLED, TITLED_PARSE, entities=((20, 39, "e-zelenskiy"), (0, 9, "e-ua")))
    assert found["@e-zelenskiy"] == found["refuse"] == 1.0
    assert found["president"] == found["@e-ua"] == WEIGHTS.background


def test_aspect_verbs_and_units_of_time_are_no_terms() -> None:
    found = weights_of(TITLED, TITLED_PARSE)
    assert "continue" not in found and "day" not in found and "refuse" in found


def test_without_a_parse_words_are_stemmed_and_count_the_same() -> None:
    terms, weights = sentence_terms(SAID, None, 0, len(SAID), (), WEIGHTS)
    assert terms == ("vasylenko", "ceasefire", "hold") and weights == ()
    assert stem("talks") == stem("talked") == stem("talking") == "talk"


def test_a_figure_in_a_relative_clause_is_not_in_the_main_clause() -> None:
    clauses = Clauses.of(parsed(VAREN, VAREN_PARSE), 0, len(VAREN))
    assert clauses is not None
    assert not clauses.in_main_clause(VAREN.index("highlands"))
    assert clauses.in_main_clause(VAREN.index("water"))


OCCUPATION = "The plan recognises the 2014 occupation and was drafted on Thursday."
OCCUPATION_PARSE: list[Spec] = [
    ("The", "the", "DET", "det", 1), ("plan", "plan", "NOUN", "nsubj", 2),
    ("recognises", "recognise", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 5),
    ("2014", "2014", "NUM", "nummod", 5), ("occupation", "occupation", "NOUN", "dobj", 2),
    ("and", "and", "CCONJ", "cc", 2), ("was", "be", "AUX", "auxpass", 8),
    ("drafted", "draft", "VERB", "conj", 2), ("on", "on", "ADP", "prep", 8),
    ("Thursday", "Thursday", "PROPN", "pobj", 9), (".", ".", "PUNCT", "punct", 2),
]  # fmt: skip


def test_a_year_qualifying_a_noun_does_not_date_the_sentence() -> None:
    clauses = Clauses.of(parsed(OCCUPATION, OCCUPATION_PARSE), 0, len(OCCUPATION))
    assert clauses is not None
    assert not clauses.dates_the_sentence(OCCUPATION.index("2014"))
    assert clauses.dates_the_sentence(OCCUPATION.index("Thursday"))
    assert not Clauses.of(parsed(VAREN, VAREN_PARSE), 0, len(VAREN)).dates_the_sentence(  # type: ignore[union-attr]
        VAREN.index("highlands")
    )


DECLARATION = "Kyiv published a declaration from 2018 and kept its borders before 2014 on Friday."
DECLARATION_PARSE: list[Spec] = [
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 1), ("published", "publish", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 3), ("declaration", "declaration", "NOUN", "dobj", 1),
    ("from", "from", "ADP", "prep", 3), ("2018", "2018", "NUM", "pobj", 4),
    ("and", "and", "CCONJ", "cc", 1), ("kept", "keep", "VERB", "conj", 1),
    ("its", "its", "PRON", "poss", 9), ("borders", "border", "NOUN", "dobj", 7),
    ("before", "before", "ADP", "prep", 9), ("2014", "2014", "NUM", "pobj", 10),
    ("on", "on", "ADP", "prep", 9), ("Friday", "Friday", "PROPN", "pobj", 12),
    (".", ".", "PUNCT", "punct", 1),
]  # fmt: skip


def test_a_year_in_a_nouns_phrase_or_a_bound_does_not_date_the_sentence() -> None:
    clauses = Clauses.of(parsed(DECLARATION, DECLARATION_PARSE), 0, len(DECLARATION))
    assert clauses is not None
    assert not clauses.dates_the_sentence(DECLARATION.index("2018"), "year")  # the document's
    assert not clauses.dates_the_sentence(DECLARATION.index("2014"), "year")  # a bound
    # a day the parse hung on a noun still dates what happened ("borders ... on Friday")
    assert clauses.dates_the_sentence(DECLARATION.index("Friday"), "day")
    on_verb = [(w, lm, p, d, 1 if w == "from" else h) for w, lm, p, d, h in DECLARATION_PARSE]
    misparsed = Clauses.of(parsed(DECLARATION, on_verb), 0, len(DECLARATION))
    assert misparsed is not None  # "from 2018" hung on "published": still the document's
    assert not misparsed.dates_the_sentence(DECLARATION.index("2018"), "year")


def _phrase(clauses: Clauses, text: str, word: str) -> str | None:
    at = text.index(word)
    span = clauses.background_phrase(at, at + len(word))
    return None if span is None else text[span[0] : span[1]]


def test_a_background_date_dates_the_phrase_it_qualifies() -> None:
    occupation = Clauses.of(parsed(OCCUPATION, OCCUPATION_PARSE), 0, len(OCCUPATION))
    assert occupation is not None
    assert _phrase(occupation, OCCUPATION, "2014") == "the 2014 occupation"
    assert _phrase(occupation, OCCUPATION, "Thursday") is None  # the main clause's date
    declaration = Clauses.of(parsed(DECLARATION, DECLARATION_PARSE), 0, len(DECLARATION))
    assert declaration is not None
    assert _phrase(declaration, DECLARATION, "2018") == "a declaration from 2018"
    assert _phrase(declaration, DECLARATION, "2014") is None  # "before 2014": a bound
    on_verb = [(w, lm, p, d, 1 if w == "from" else h) for w, lm, p, d, h in DECLARATION_PARSE]
    misparsed = Clauses.of(parsed(DECLARATION, on_verb), 0, len(DECLARATION))
    assert misparsed is not None  # "from 2018" hung on "published": still the declaration
    assert _phrase(misparsed, DECLARATION, "2018") == "a declaration from 2018"


SEIZED = "Russia must return the plant, which it seized in 2022."
SEIZED_PARSE: list[Spec] = [
    ("Russia", "Russia", "PROPN", "nsubj", 2), ("must", "must", "AUX", "aux", 2),
    ("return", "return", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
    ("plant", "plant", "NOUN", "dobj", 2), (",", ",", "PUNCT", "punct", 4),
    ("which", "which", "PRON", "dobj", 8), ("it", "it", "PRON", "nsubj", 8),
    ("seized", "seize", "VERB", "relcl", 4), ("in", "in", "ADP", "prep", 8),
    ("2022", "2022", "NUM", "pobj", 9), (".", ".", "PUNCT", "punct", 2),
]  # fmt: skip


def test_a_date_in_a_relative_clause_dates_the_noun_it_describes() -> None:
    clauses = Clauses.of(parsed(SEIZED, SEIZED_PARSE), 0, len(SEIZED))
    assert clauses is not None
    assert _phrase(clauses, SEIZED, "2022") == "the plant, which it seized in 2022"


def test_the_named_subject_of_a_speaking_verb_is_whose_word_it_is() -> None:
    clauses = Clauses.of(parsed(SAID, SAID_PARSE), 0, len(SAID))
    assert clauses is not None
    head, phrase = clauses.speaking_subject() or (None, [])
    assert head == 0 and phrase == [0]
    varen = Clauses.of(parsed(VAREN, VAREN_PARSE), 0, len(VAREN))
    assert varen is not None and varen.speaking_subject() is None  # "supplies" says nothing


def test_officials_said_names_no_one() -> None:
    text = "Officials said the bridge was closed."
    spec: list[Spec] = [
        ("Officials", "official", "NOUN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("bridge", "bridge", "NOUN", "nsubjpass", 5),
        ("was", "be", "AUX", "auxpass", 5), ("closed", "close", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(text, spec), 0, len(text))
    assert clauses is not None and clauses.speaking_subject() is None


def test_a_threat_is_the_word_of_who_threatens() -> None:
    text = "Vrana threatened to leave the talks."
    spec: list[Spec] = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("threatened", "threaten", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3), ("leave", "leave", "VERB", "xcomp", 1),
        ("the", "the", "DET", "det", 5), ("talks", "talk", "NOUN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(text, spec), 0, len(text))
    assert clauses is not None and (clauses.speaking_subject() or (None,))[0] == 0


def test_adding_a_thing_is_no_word_put_on_record() -> None:
    text = "Kestria added 250 jobs in March."
    spec: list[Spec] = [
        ("Kestria", "Kestria", "PROPN", "nsubj", 1), ("added", "add", "VERB", "ROOT", 1),
        ("250", "250", "NUM", "nummod", 3), ("jobs", "job", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1), ("March", "March", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(text, spec), 0, len(text))
    assert clauses is not None and clauses.speaking_subject() is None
    said = "Kestria added that jobs grew."
    said_spec: list[Spec] = [
        ("Kestria", "Kestria", "PROPN", "nsubj", 1), ("added", "add", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4), ("jobs", "job", "NOUN", "nsubj", 4),
        ("grew", "grow", "VERB", "ccomp", 1), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(said, said_spec), 0, len(said))
    assert clauses is not None and (clauses.speaking_subject() or (None,))[0] == 0


def test_an_inquirys_finding_and_a_figure_given_rest_on_their_unnamed_source() -> None:
    found = "The inquiry found the bridge unsafe."
    found_spec: list[Spec] = [
        ("The", "the", "DET", "det", 1), ("inquiry", "inquiry", "NOUN", "nsubj", 2),
        ("found", "find", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
        ("bridge", "bridge", "NOUN", "nsubj", 5), ("unsafe", "unsafe", "ADJ", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(found, found_spec), 0, len(found))
    assert clauses is not None and clauses.described_source() == [0, 1]
    toll = "Local officials put the toll at 14."
    toll_spec: list[Spec] = [
        ("Local", "local", "ADJ", "amod", 1), ("officials", "official", "NOUN", "nsubj", 2),
        ("put", "put", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
        ("toll", "toll", "NOUN", "dobj", 2), ("at", "at", "ADP", "prep", 2),
        ("14", "14", "NUM", "pobj", 5), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(toll, toll_spec), 0, len(toll))
    assert clauses is not None and clauses.described_source() == [0, 1]
    # a sentence that merely holds a figure rests on no one but the outlet
    rose = "The toll rose to 14."
    rose_spec: list[Spec] = [
        ("The", "the", "DET", "det", 1), ("toll", "toll", "NOUN", "nsubj", 2),
        ("rose", "rise", "VERB", "ROOT", 2), ("to", "to", "ADP", "prep", 2),
        ("14", "14", "NUM", "pobj", 3), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(rose, rose_spec), 0, len(rose))
    assert clauses is not None and clauses.described_source() is None


def test_an_unnamed_spokesperson_is_the_source_of_what_they_confirm() -> None:
    text = "A spokesperson for the delegation confirmed the offer."
    spec: list[Spec] = [
        ("A", "a", "DET", "det", 1), ("spokesperson", "spokesperson", "NOUN", "nsubj", 5),
        ("for", "for", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
        ("delegation", "delegation", "NOUN", "pobj", 2),
        ("confirmed", "confirm", "VERB", "ROOT", 5),
        ("the", "the", "DET", "det", 7), ("offer", "offer", "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(text, spec), 0, len(text))
    assert clauses is not None and clauses.described_source() == [0, 1, 2, 3, 4]


def test_a_parse_whose_heads_loop_does_not_hang() -> None:
    text = "Kestria and Orvenia agreed."
    spec: list[Spec] = [
        ("Kestria", "Kestria", "PROPN", "nsubj", 1), ("and", "and", "CCONJ", "cc", 2),
        ("Orvenia", "Orvenia", "PROPN", "conj", 0), ("agreed", "agree", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    assert "agree" in weights_of(text, spec)


def test_denying_questioning_or_a_verb_saying_so_puts_the_subjects_word_on_record() -> None:
    denied = "Orvenia denied the strike."
    denied_spec: list[Spec] = [
        ("Orvenia", "Orvenia", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("strike", "strike", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(denied, denied_spec), 0, len(denied))
    assert clauses is not None and (clauses.speaking_subject() or (None,))[0] == 0
    went = "Vrana left early, saying the talks had failed."
    went_spec: list[Spec] = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("left", "leave", "VERB", "ROOT", 1),
        ("early", "early", "ADV", "advmod", 1), (",", ",", "PUNCT", "punct", 1),
        ("saying", "say", "VERB", "advcl", 1), ("the", "the", "DET", "det", 6),
        ("talks", "talk", "NOUN", "nsubj", 8), ("had", "have", "AUX", "aux", 8),
        ("failed", "fail", "VERB", "ccomp", 4), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(went, went_spec), 0, len(went))
    assert clauses is not None and (clauses.speaking_subject() or (None,))[0] == 0
    left = "Vrana left early, leaving the talks."
    left_spec: list[Spec] = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("left", "leave", "VERB", "ROOT", 1),
        ("early", "early", "ADV", "advmod", 1), (",", ",", "PUNCT", "punct", 1),
        ("leaving", "leave", "VERB", "advcl", 1), ("the", "the", "DET", "det", 6),
        ("talks", "talk", "NOUN", "dobj", 4), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(left, left_spec), 0, len(left))
    assert clauses is not None and clauses.speaking_subject() is None


def test_what_a_named_subject_does_in_a_statement_is_their_word() -> None:
    text = "Vrana attacked the plan in a statement."
    spec: list[Spec] = [
        ("Vrana", "Vrana", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("plan", "plan", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1), ("a", "a", "DET", "det", 6),
        ("statement", "statement", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(text, spec), 0, len(text))
    assert clauses is not None and (clauses.speaking_subject() or (None,))[0] == 0
    text = "Vrana attacked the plan in a village."
    spec[6] = ("village", "village", "NOUN", "pobj", 4)
    clauses = Clauses.of(parsed(text, spec), 0, len(text))
    assert clauses is not None and clauses.speaking_subject() is None


def test_a_day_the_parse_hung_on_a_speaker_is_no_part_of_them() -> None:
    text = "The top general in the Middle East on Wednesday confirmed plans."
    spec: list[Spec] = [
        ("The", "the", "DET", "det", 2), ("top", "top", "ADJ", "amod", 2),
        ("general", "general", "NOUN", "nsubj", 9), ("in", "in", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 6), ("Middle", "Middle", "PROPN", "compound", 6),
        ("East", "East", "PROPN", "pobj", 3), ("on", "on", "ADP", "prep", 2),
        ("Wednesday", "Wednesday", "PROPN", "pobj", 7),
        ("confirmed", "confirm", "VERB", "ROOT", 9),
        ("plans", "plan", "NOUN", "dobj", 9), (".", ".", "PUNCT", "punct", 9),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(text, spec), 0, len(text))
    assert clauses is not None
    head, phrase = clauses.speaking_subject() or (None, [])
    assert head == 2 and phrase == [0, 1, 2, 3, 4, 5, 6]


def test_a_dateline_glued_on_by_a_dash_is_no_speaking_subject() -> None:
    text = "ALDMOOR—Negotiator Pavel Vrana said the talks failed."
    spec: list[Spec] = [
        ("ALDMOOR", "ALDMOOR", "PROPN", "nsubj", 5), ("—", "—", "PUNCT", "punct", 0),
        ("Negotiator", "negotiator", "NOUN", "compound", 4),
        ("Pavel", "Pavel", "PROPN", "compound", 4), ("Vrana", "Vrana", "PROPN", "nsubj", 5),
        ("said", "say", "VERB", "ROOT", 5), ("the", "the", "DET", "det", 7),
        ("talks", "talk", "NOUN", "nsubj", 8), ("failed", "fail", "VERB", "ccomp", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]  # fmt: skip
    clauses = Clauses.of(parsed(text, spec), 0, len(text))
    assert clauses is not None and (clauses.speaking_subject() or (None,))[0] == 4
