"""Words, tsvectors, tsqueries and snippets of the PostgreSQL store's search (no server needed:
test_store_postgres.py runs the queries on one)."""

import pytest

from newsdesk.store import tsearch
from newsdesk.store.tsearch import (
    ELLIPSIS,
    Term,
    document_vector,
    fold,
    snippet,
    ts_query,
    words,
)


@pytest.mark.parametrize(
    ("text", "lexemes"),
    [
        ("The council voted.", ["the", "council", "voted"]),
        ("a 72-hour truce", ["a", "72", "hour", "truce"]),
        ("see example.com/news", ["see", "example", "com", "news"]),
        ("Zélensky's café", ["zelensky", "s", "cafe"]),
        ("ÉLYSÉE", ["elysee"]),
        ("हिन्दी समाचार", ["हिन्दी", "समाचार"]),  # vowel signs keep a word whole
        ("Москва, Київ", ["москва", "київ"]),
        ("", []),
    ],
)
def test_words_are_cut_as_fts5_cuts_them(text: str, lexemes: list[str]) -> None:
    assert [w.lexeme for w in words(text)] == lexemes


def test_words_keep_their_place_in_the_text() -> None:
    text = "Talks in Zürich"
    assert [text[w.start : w.end] for w in words(text)] == ["Talks", "in", "Zürich"]


def test_fold_removes_diacritics_and_case_only() -> None:
    assert fold("Ångström") == "angstrom"
    assert fold("straße") == "straße"  # lower case, not case folding: as FTS5


def test_document_vector_weighs_titles_and_keeps_title_and_body_apart() -> None:
    vector = document_vector("Bridge reopens", "The bridge")
    assert vector == "'bridge':1A,5 'reopens':2A 'the':4"
    # the body starts at 4, not 3: "reopens the" is no phrase across title and body


def test_document_vector_quotes_what_a_literal_must_quote() -> None:
    assert document_vector(None, "it's") == "'it':1 's':2"
    assert "''" not in document_vector(None, "'quoted'")  # apostrophes are never in a word


def test_document_vector_stops_when_a_tsvector_is_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tsearch, "MAX_VECTOR_BYTES", 21)
    vector = document_vector(None, "alpha beta gamma alpha delta beta")
    assert vector == "'alpha':1 'beta':2"  # 11 + 10 bytes; with gamma 32: full


def test_document_vector_caps_positions_as_postgresql_does() -> None:
    vector = document_vector(None, " ".join(["word"] * 300))
    assert vector.count(",") == 255  # at most 256 positions per lexeme


@pytest.mark.parametrize(
    ("query", "tsquery"),
    [
        ("council bridge", "'council' & 'bridge'"),
        ('"reopen the bridge"', "('reopen' <-> 'the' <-> 'bridge')"),
        ("72-hour", "('72' <-> 'hour')"),
        ("zebra OR bridge", "'zebra' | 'bridge'"),
        ("bridge NOT council", "'bridge' & ! 'council'"),
        ("a AND b", "'a' & 'b'"),
        ("reop*", "'reop':*"),
        ("title:headline", "'headline':A"),
        ("title:head*", "'head':*A"),
        ("title:72-hour", "('72':A <-> 'hour':A)"),
        ("a (b OR c)", "'a' & ( 'b' | 'c' )"),
        ("a NOT (b OR c)", "'a' & ! ( 'b' | 'c' )"),
        ("Zélensky", "'zelensky'"),
    ],
)
def test_friendly_queries_become_tsqueries(query: str, tsquery: str) -> None:
    found = ts_query(query)
    assert found is not None
    assert found.text == tsquery


@pytest.mark.parametrize(
    ("query", "tsquery"),
    [
        ('"unbalanced', "'unbalanced'"),
        ("hour:", "'hour'"),
        ("title:", "'title'"),  # no word after it: the word "title", as on SQLite
        ("NOT bridge", "'bridge'"),
        ("bridge OR", "'bridge'"),
        ("bridge)", "'bridge'"),
        ("(bridge", "( 'bridge' )"),
        ("( a OR ) b", "( 'a' ) & 'b'"),
        ("a OR OR b", "'a' | 'b'"),
        ("a ( ) b", "'a' & ( 'b' )"),
        ("[/b]", "'b'"),
        ("it's", "('it' <-> 's')"),
        ("back\\slash", "('back' <-> 'slash')"),
    ],
)
def test_whatever_is_typed_becomes_a_well_formed_tsquery(query: str, tsquery: str) -> None:
    found = ts_query(query)
    assert found is not None
    assert found.text == tsquery


@pytest.mark.parametrize("query", ["", "   ", "(", "NOT", "AND OR", '""', "*", "()", "-"])
def test_a_query_without_a_word_is_none(query: str) -> None:
    assert ts_query(query) is None


def test_negated_terms_are_not_marked() -> None:
    found = ts_query("bridge NOT (council OR mayor) vote*")
    assert found is not None
    assert found.marked == (Term("bridge"), Term("vote", prefix=True))


def test_snippet_marks_the_matched_words_around_the_best_window() -> None:
    text = " ".join(f"w{n}" for n in range(40)) + " the bridge reopened " + "tail " * 30
    shown, marks = snippet(text, (Term("bridge"), Term("reopen", prefix=True)))
    assert shown.startswith(ELLIPSIS.lstrip()) and shown.endswith(ELLIPSIS.rstrip())
    assert [shown[s:e] for s, e in marks] == ["bridge", "reopened"]
    assert len(words(shown)) <= 16


def test_snippet_of_a_title_only_match_is_the_opening_unmarked() -> None:
    shown, marks = snippet("The council voted.", (Term("bridge", title=True),))
    assert (shown, marks) == ("The council voted.", ())
