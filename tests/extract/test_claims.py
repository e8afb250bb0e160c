"""Claims from hand-built parses (no trained model)."""

from __future__ import annotations

from newsdesk.extract.claims import find_claims
from newsdesk.model import Annotation, Mention, Sentence, Token

Row = tuple[str, str, str, str, int]  # word, lemma, pos, dep, head (index in the rows)


def build(rows: list[Row], mentions: list[tuple[str, str]] = ()) -> tuple[str, Annotation]:
    """Words joined by single spaces (no space before punctuation), with their parse."""
    text, tokens = "", []
    for word, lemma, pos, dep, head in rows:
        if text and pos != "PUNCT" and not word.startswith("'"):
            text += " "
        tokens.append(Token(len(text), len(text) + len(word), lemma, pos, dep, head))
        text += word
    found = [Mention(text.index(m), text.index(m) + len(m), m, label) for m, label in mentions]
    return text, Annotation("a", "test", (Sentence(0, len(text)),), tuple(found), tuple(tokens))


DEMAND_ROWS: list[Row] = [
    ("Russian", "russian", "ADJ", "amod", 3),
    ("Foreign", "Foreign", "PROPN", "compound", 2),
    ("Minister", "Minister", "PROPN", "compound", 4),
    ("Sergei", "Sergei", "PROPN", "compound", 4),
    ("Lavrov", "Lavrov", "PROPN", "nsubj", 6),
    ("will", "will", "AUX", "aux", 6),
    ("demand", "demand", "VERB", "ROOT", 6),
    ("that", "that", "SCONJ", "mark", 9),
    ("Ukraine", "Ukraine", "PROPN", "nsubj", 9),
    ("recognize", "recognize", "VERB", "ccomp", 6),
    ("Crimea", "Crimea", "PROPN", "dobj", 9),
    ("as", "as", "ADP", "prep", 9),
    ("Russian", "russian", "ADJ", "pobj", 11),
    (".", ".", "PUNCT", "punct", 6),
]
DEMAND_MENTIONS = [("Russian", "NORP"), ("Sergei Lavrov", "PERSON"), ("Ukraine", "GPE")]


def test_a_person_demands_for_his_state_with_the_issue_as_a_span() -> None:
    text, annotation = build(DEMAND_ROWS, DEMAND_MENTIONS)
    (claim,) = find_claims("a", text, annotation)
    assert (claim.actor, claim.actor_state, claim.action) == ("Sergei Lavrov", "Russia", "DEMAND")
    assert claim.modality == "expected"  # "will demand"
    assert claim.target == "Ukraine"
    assert claim.issue == "recognize Crimea as Russian"
    assert text[claim.issue_start : claim.issue_end] == "recognize Crimea as Russian"
    assert text[claim.actor_start : claim.actor_end] == "Sergei Lavrov"
    assert text[claim.trigger_start : claim.trigger_end] == claim.trigger == "demand"


def test_the_kremlin_acts_for_russia_and_a_negated_concession_is_a_rejection() -> None:
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("Kremlin", "Kremlin", "PROPN", "nsubj", 4),
        ("would", "would", "AUX", "aux", 4),
        ("not", "not", "PART", "neg", 4),
        ("cede", "cede", "VERB", "ROOT", 4),
        ("territory", "territory", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]
    text, annotation = build(rows)
    (claim,) = find_claims("a", text, annotation)
    assert (claim.actor, claim.action, claim.issue) == ("Russia", "REJECT", "territory")
    assert claim.modality != "negated"


def test_a_reporter_other_than_the_actor_makes_the_claim_reported() -> None:
    rows: list[Row] = [
        ("Russia", "Russia", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ccomp", 5),
        ("Kyiv", "Kyiv", "PROPN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 5),
        ("Reuters", "Reuters", "PROPN", "nsubj", 5),
        ("reported", "report", "VERB", "ROOT", 5),
    ]
    text, annotation = build(rows, [("Russia", "GPE"), ("Kyiv", "GPE"), ("Reuters", "ORG")])
    claims = find_claims("a", text, annotation)
    assert [(c.actor, c.action, c.modality, c.attribution) for c in claims] == [
        ("Russia", "ASSAULT", "reported", "Reuters")
    ]
    assert claims[0].target == "Ukraine"


def test_no_actor_no_claim_and_the_demanded_content_is_not_a_claim() -> None:
    text, annotation = build(DEMAND_ROWS, DEMAND_MENTIONS)
    actions = [c.action for c in find_claims("a", text, annotation)]
    assert "ACCEPT" not in actions  # "recognize" is what is demanded, not done
    passive: list[Row] = [
        ("Kyiv", "Kyiv", "PROPN", "nsubjpass", 2),
        ("was", "be", "AUX", "auxpass", 2),
        ("attacked", "attack", "VERB", "ROOT", 2),
    ]
    text, annotation = build(passive, [("Kyiv", "GPE")])
    assert find_claims("a", text, annotation) == ()
