"""Full-text search for the PostgreSQL store that finds what the SQLite store's FTS5 index finds.

PostgreSQL's own parser reads `72-hour` as three tokens and `example.com` as one, and removing
diacritics needs an extension; FTS5 (unicode61, diacritics removed) reads runs of letters and
digits. So words are cut here, in Python, one way for the stored documents (`document_vector`,
a tsvector literal), the queries (`ts_query`: the friendly syntax of `query.fts_match` as a
tsquery) and the snippets (`snippet`): the same query finds the same articles on both stores.

Title words carry weight A and body words weight D, so `title:word` is `'word':A` and a title
hit ranks above a body hit (`ts_rank`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

from newsdesk.store.query import _OPERATORS, _PIECE

SNIPPET_WORDS = 16  # as the SQLite store's snippet(..., 16)
MAX_POSITION = 16383  # PostgreSQL keeps no position above this one
MAX_POSITIONS_PER_WORD = 256  # nor more positions than this for one lexeme
MAX_WORD = 255  # characters kept of a word (a lexeme may hold 2,046 bytes)
MAX_VECTOR_BYTES = 1_000_000  # a tsvector holds under 1 MB of lexemes and positions

_WORD = re.compile(r"\w+", re.UNICODE)
_ACCENTS = re.compile("[\u0300-\u036f]")  # the combining diacritics NFKD splits off letters
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")  # letters of the Latin script


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a text: where it is and the lexeme it is indexed and searched as."""

    start: int
    end: int
    lexeme: str


@dataclass(frozen=True, slots=True)
class Term:
    """A lexeme a query looks for (prefix: any word starting with it; title: in titles only)."""

    lexeme: str
    prefix: bool = False
    title: bool = False

    def finds(self, lexeme: str) -> bool:
        return lexeme.startswith(self.lexeme) if self.prefix else lexeme == self.lexeme


@dataclass(frozen=True, slots=True)
class TsQuery:
    """A tsquery literal, and the terms a snippet marks (none from a NOT)."""

    text: str
    marked: tuple[Term, ...]


def words(text: str) -> list[Word]:
    """The words of a text as FTS5's unicode61 tokenizer cuts them, lower case, no diacritics.

    A word runs on through combining marks ("हिन्दी" is one word, where `\\w+` would cut it
    at each vowel sign), so scripts written with marks stay searchable."""
    found: list[Word] = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if end < len(text) and not text[end].isascii():  # no ASCII character is a mark
            end = _after_marks(text, end)
        if found and found[-1].end == start:  # the previous word ended in a mark: one word
            start = found.pop().start
        found.append(Word(start, end, fold(text[start:end])))
    return found


def fold(word: str) -> str:
    """The lexeme of a word: lower case, diacritics removed from Latin letters ("zelensky" for
    "Zélensky"), as FTS5's remove_diacritics does; other scripts keep theirs ("київ")."""
    if not word.isascii():
        word = unicodedata.normalize("NFC", _without_latin_accents(word))
    return word.lower()[:MAX_WORD]


def _without_latin_accents(word: str) -> str:
    kept: list[str] = []
    base = ""
    for char in unicodedata.normalize("NFKD", word):
        if _ACCENTS.match(char) and _LATIN.match(base):
            continue
        kept.append(char)
        if not unicodedata.combining(char):
            base = char
    return "".join(kept)


def _after_marks(text: str, end: int) -> int:
    while end < len(text) and unicodedata.category(text[end]).startswith("M"):
        end += 1
    return end


# --- documents --------------------------------------------------------------------------------


def document_vector(title: str | None, text: str) -> str:
    """The tsvector literal of an article: title words weighted A, then the body's.

    The body starts two positions after the title's last word, so no phrase spans both. In a
    text too long for one tsvector (a book near the 20 MB ingest cap), the words after it is
    full are not indexed."""
    positions: dict[str, list[str]] = {}
    room = MAX_VECTOR_BYTES
    title_words = words(title or "")
    first = len(title_words) + 2 if title_words else 1
    numbered = [(n, w, "A") for n, w in enumerate(title_words, start=1)]
    numbered += [(n, w, "") for n, w in enumerate(words(text), start=first)]
    for n, word, weight in numbered:
        places = positions.get(word.lexeme)
        # PostgreSQL's count: the lexeme, its alignment and position count, 2 bytes a position
        room -= 2 + (0 if places is not None else len(word.lexeme.encode()) + 4)
        if room < 0:
            break
        if places is None:
            places = positions[word.lexeme] = []
        places.append(f"{min(n, MAX_POSITION)}{weight}")
    return " ".join(
        f"{_quoted(lexeme)}:{','.join(_unique(places)[:MAX_POSITIONS_PER_WORD])}"
        for lexeme, places in positions.items()
    )


def _unique(places: list[str]) -> list[str]:
    """Positions past MAX_POSITION all read as MAX_POSITION: keep each once."""
    return list(dict.fromkeys(places))


def _quoted(lexeme: str) -> str:
    """A lexeme as a tsvector or tsquery literal quotes it."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


# --- queries ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Operand:
    text: str  # a tsquery fragment: one lexeme or a parenthesised phrase
    terms: tuple[Term, ...]


_Token = _Operand | str  # an operand, an operator (AND, OR, NOT) or a parenthesis


def ts_query(query: str) -> TsQuery | None:
    """The tsquery for a friendly query (see `query.fts_match`); None when it holds no word.

    Words must all match, a hyphenated word or a quoted text is a phrase, OR/AND/NOT and
    parentheses keep their meaning (NOT binds before AND before OR, as in FTS5), a trailing
    `*` matches a prefix, `title:word` looks in titles only. Whatever else is typed is read
    as words, so the result always parses."""
    tokens = _balanced(_tokens(query))
    if not any(isinstance(token, _Operand) for token in tokens):
        return None
    return TsQuery(_rendered(tokens), _marked_terms(tokens))


def _tokens(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _PIECE.finditer(query):
        piece = match.group(0)
        if match.group(1) is not None:
            operand = _phrase([w.lexeme for w in words(match.group(1))], title=False)
        elif piece in ("(", ")") or piece in _OPERATORS:
            tokens.append(piece)
            continue
        else:
            operand = _term(piece)
        if operand is not None:
            tokens.append(operand)
    return tokens


def _term(piece: str) -> _Operand | None:
    title = piece.lower().startswith("title:") and len(piece) > 6
    if title:
        piece = piece[6:]
    lexemes = [w.lexeme for w in words(piece)]
    if piece.endswith("*") and len(lexemes) == 1:
        term = Term(lexemes[0], prefix=True, title=title)
        return _Operand(f"{_quoted(term.lexeme)}:*{'A' if title else ''}", (term,))
    return _phrase(lexemes, title=title)


def _phrase(lexemes: list[str], *, title: bool) -> _Operand | None:
    if not lexemes:
        return None
    weight = ":A" if title else ""
    parts = [f"{_quoted(lexeme)}{weight}" for lexeme in lexemes]
    text = parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"
    return _Operand(text, tuple(Term(lexeme, title=title) for lexeme in lexemes))


def _balanced(tokens: list[_Token]) -> list[_Token]:
    """Drop operators and parentheses that would leave the query malformed (as
    `query._balanced` does for FTS5, and an operator left before a closing one too)."""
    out: list[_Token] = []
    depth = 0
    for token in tokens:
        if token == ")":
            if depth == 0:
                continue
            _drop_trailing_operators(out)
            if out[-1] == "(":
                continue
            depth -= 1
        elif token in _OPERATORS and (not out or out[-1] in _OPERATORS or out[-1] == "("):
            continue  # an operator needs a term before it
        elif token == "(":
            depth += 1
        out.append(token)
    while out and (out[-1] in _OPERATORS or out[-1] == "("):
        if out.pop() == "(":
            depth -= 1
    return _without_empty_groups([*out, *[")"] * depth])


def _drop_trailing_operators(out: list[_Token]) -> None:
    while out and isinstance(out[-1], str) and out[-1] in _OPERATORS:
        out.pop()


def _without_empty_groups(tokens: list[_Token]) -> list[_Token]:
    """'( )' left by dropped operators means nothing; neither does the operator before it."""
    out: list[_Token] = []
    for token in tokens:
        if token == ")" and out and out[-1] == "(":
            out.pop()
            _drop_trailing_operators(out)
            continue
        out.append(token)
    return out


def _rendered(tokens: list[_Token]) -> str:
    """Tokens as tsquery text: AND is &, OR is |, `a NOT b` is `a & !b`, and words side by
    side are joined by & (tsquery's precedence, ! & |, is FTS5's NOT AND OR)."""
    out: list[str] = []
    previous: _Token | None = None
    for token in tokens:
        follows_operand = isinstance(previous, _Operand) or previous == ")"
        if isinstance(token, _Operand) or token == "(":
            if follows_operand:
                out.append("&")
            out.append(token.text if isinstance(token, _Operand) else "(")
        else:
            out.append({"AND": "&", "OR": "|", "NOT": "& !", ")": ")"}[token])
        previous = token
    return " ".join(out)


def _marked_terms(tokens: list[_Token]) -> tuple[Term, ...]:
    """The terms a snippet should mark: every term but those under a NOT."""
    marked: list[Term] = []
    negated_depth: int | None = None  # inside NOT ( ... ): the depth the group opened at
    depth = 0
    after_not = False
    for token in tokens:
        if token == "(":
            depth += 1
            if after_not and negated_depth is None:
                negated_depth = depth
        elif token == ")":
            if negated_depth == depth:
                negated_depth = None
            depth -= 1
        elif isinstance(token, _Operand) and not after_not and negated_depth is None:
            marked.extend(token.terms)
        after_not = token == "NOT"
    return tuple(dict.fromkeys(marked))


# --- snippets ---------------------------------------------------------------------------------

ELLIPSIS = " … "


def snippet(
    text: str, terms: tuple[Term, ...], size: int = SNIPPET_WORDS
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """About `size` words of the text around the most matched terms, and where the matched
    words are in it (FTS5's snippet with the store's markers, as `SearchHit` wants them)."""
    exact = {t.lexeme for t in terms if not t.title and not t.prefix}
    prefixes = tuple(t.lexeme for t in terms if not t.title and t.prefix)
    found = words(text)
    if not found:
        return "", ()
    hits = [n for n, w in enumerate(found) if w.lexeme in exact or w.lexeme.startswith(prefixes)]
    first = _best_window(found, hits, size)
    window = found[first : first + size]
    start = window[0].start if first > 0 else 0  # a text's opening and end shown whole
    end = window[-1].end if first + size < len(found) else len(text.rstrip())
    lead = ELLIPSIS.lstrip() if first > 0 else ""
    tail = ELLIPSIS.rstrip() if first + size < len(found) else ""
    base = start - len(lead)
    marks = tuple(
        (found[n].start - base, found[n].end - base) for n in hits if first <= n < first + size
    )
    return lead + text[start:end] + tail, marks


def _best_window(found: list[Word], hits: list[int], size: int) -> int:
    """The first word of the window holding the most distinct matched words (then the most
    matches), opened a little before its first match so the match reads in context."""
    if not hits:
        return 0
    best, best_score = 0, (-1, -1)
    lo = 0
    for position, hit in enumerate(hits):  # hits are in text order: the window slides on
        first = max(0, min(hit - 2, len(found) - size))
        while hits[lo] < first:
            lo += 1
        inside = hits[lo : bisect_left(hits, first + size, lo=position)]
        score = (len({found[n].lexeme for n in inside}), len(inside))
        if score > best_score:
            best, best_score = first, score
    return best
