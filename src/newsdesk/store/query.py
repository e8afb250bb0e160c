"""What people type into a search box, made into an SQLite FTS5 query that cannot fail.

Plain words must all match (`ceasefire river`); a hyphenated word is the phrase of its parts
(`72-hour` -> "72 hour"); text in double quotes is a phrase; `OR`, `AND`, `NOT` and
parentheses keep their FTS5 meaning; a trailing `*` matches a prefix (`negotiat*`);
`title:word` looks in titles only. Anything else (stray quotes, colons, brackets) is read as
words, never as syntax, so no query raises "no such column".
"""

from __future__ import annotations

import re

_OPERATORS = frozenset({"AND", "OR", "NOT"})
_PIECE = re.compile(r'"([^"]*)"?|\(|\)|[^\s"()]+')
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_match(query: str) -> str:
    """The FTS5 MATCH expression for a friendly query ('' when it holds no word)."""
    parts: list[str] = []
    for match in _PIECE.finditer(query):
        piece = match.group(0)
        if match.group(1) is not None:
            parts.append(_phrase(_WORD.findall(match.group(1))))
        elif piece in ("(", ")") or piece in _OPERATORS:
            parts.append(piece)
        else:
            parts.append(_term(piece))
    return _balanced(" ".join(p for p in parts if p))


def _term(piece: str) -> str:
    column = ""
    if piece.lower().startswith("title:") and len(piece) > 6:
        column, piece = "title : ", piece[6:]
    prefix = piece.endswith("*")
    words = _WORD.findall(piece)
    if not words:
        return ""
    if prefix and len(words) == 1:
        return f'{column}"{words[0]}" *'
    return column + _phrase(words)


def _phrase(words: list[str]) -> str:
    return f'"{" ".join(words)}"' if words else ""


def _balanced(expression: str) -> str:
    """Drop operators and parentheses that would leave the expression malformed."""
    tokens = expression.split(" ") if expression else []
    out: list[str] = []
    depth = 0
    for token in tokens:
        if token == "(":
            depth += 1
        elif token == ")":
            if depth == 0 or (out and out[-1] == "("):
                continue
            depth -= 1
        elif token in _OPERATORS and (not out or out[-1] in _OPERATORS or out[-1] == "("):
            continue  # an operator needs a term before it
        out.append(token)
    while out and (out[-1] in _OPERATORS or out[-1] == "("):
        if out.pop() == "(":
            depth -= 1
    out.extend(")" * depth)
    return " ".join(out).replace("( )", "").strip()
