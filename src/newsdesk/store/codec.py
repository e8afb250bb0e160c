"""Model objects to and from what a store keeps, shared by every backend.

Results kept whole (facts, briefs) go to JSON and back through `dump` and `load`; parses and
per-article items have their compact row forms here too, so the backends store the same.

Frozen dataclasses of the model nest tuples of other dataclasses and plain values; their
type hints say how to rebuild them, so one small codec serves them all.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import cache
from typing import Any, TypeVar

import newsdesk.model as model
from newsdesk.model import (
    Annotation,
    Attribution,
    Claim,
    Extraction,
    Mention,
    OffsetPiece,
    Quantity,
    Quote,
    Sentence,
    TimeExpression,
    Token,
)

T = TypeVar("T")


def dump(value: Any) -> Any:
    """A JSON-ready form of a model object (dataclasses become dicts, tuples lists)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [dump(item) for item in value]
    if isinstance(value, dict):
        return {str(k): dump(v) for k, v in value.items()}
    return value


def load(cls: type[T], data: Any) -> T:
    """The model object `data` (from `dump`) describes."""
    return typing.cast(T, _loader(typing.cast(Any, cls))(data))


Loader = Callable[[Any], Any]


@cache
def _loader(hint: Any) -> Loader:
    """How to rebuild values of one type hint, worked out once per hint: a page of facts
    holds tens of thousands of nested objects, and reading the hints again for each was
    most of the time it took to load them."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _loader(options[0]) if len(options) == 1 else _as_is
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return _tuple_of(_loader(args[0]))
        return _fixed_tuple(tuple(_loader(a) for a in args))
    if origin is dict:
        return _dict_of(_loader(typing.get_args(hint)[1]))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_of(hint)
    return _as_is


def _as_is(data: Any) -> Any:
    return data


def _tuple_of(item: Loader) -> Loader:
    if item is _as_is:
        return lambda data: None if data is None else tuple(data)
    return lambda data: None if data is None else tuple(item(x) for x in data)


def _fixed_tuple(items: tuple[Loader, ...]) -> Loader:
    def load_tuple(data: Any) -> Any:
        if data is None:
            return None
        return tuple(f(x) for f, x in zip(items, data, strict=True))

    return load_tuple


def _dict_of(value: Loader) -> Loader:
    return lambda data: None if data is None else {k: value(v) for k, v in data.items()}


def _dataclass_of(cls: type) -> Loader:
    def load_dataclass(data: Any) -> Any:
        if data is None:
            return None
        fields = _field_loaders(cls)  # looked up at the first call: hints may refer back
        return cls(**{k: fields[k](v) for k, v in data.items() if k in fields})

    return load_dataclass


@cache
def _field_loaders(cls: type) -> dict[str, Loader]:
    hints = _hints(cls)
    return {f.name: _loader(hints[f.name]) for f in dataclasses.fields(cls)}


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


# --- rows shared by the backends ---------------------------------------------------------

# Per-article extracted items: table -> the model class whose fields are its columns.
ITEM_TABLES: dict[str, type] = {
    "time_expressions": TimeExpression,
    "quotes": Quote,
    "claims": Claim,
    "quantities": Quantity,
    "attributions": Attribution,
}


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def column_value(value: Any) -> Any:
    """Tuples (a quote's pieces) are stored as JSON."""
    return json.dumps(value) if isinstance(value, tuple) else value


def piece_tuple(piece: OffsetPiece) -> tuple[int, int, int, int]:
    return piece.clean_start, piece.clean_end, piece.raw_start, piece.raw_end


def item_columns(cls: type) -> list[str]:
    """The item's fields stored as columns (article_id is always a column of its own)."""
    return [f.name for f in dataclasses.fields(cls) if f.name != "article_id"]


def items_by_table(extraction: Extraction) -> dict[str, tuple[Any, ...]]:
    return {
        "time_expressions": extraction.times,
        "quotes": extraction.quotes,
        "claims": extraction.claims,
        "quantities": extraction.quantities,
        "attributions": extraction.attributions,
    }


def annotation_payload(annotation: Annotation) -> dict[str, Any]:
    """Compact JSON: positional lists, not objects (a parse has thousands of tokens)."""
    return {
        "model": annotation.model,
        "sentences": [[s.start, s.end] for s in annotation.sentences],
        "mentions": [[m.start, m.end, m.text, m.label] for m in annotation.mentions],
        "tokens": [[t.start, t.end, t.lemma, t.pos, t.dep, t.head] for t in annotation.tokens],
    }


def annotation_from_payload(article_id: str, payload: dict[str, Any]) -> Annotation:
    return Annotation(
        article_id=article_id,
        model=payload["model"],
        sentences=tuple(Sentence(*s) for s in payload["sentences"]),
        mentions=tuple(Mention(*m) for m in payload["mentions"]),
        tokens=tuple(Token(*t) for t in payload["tokens"]),
    )


# The linker's state: a small header (corpus_state "link_index") and one row per entry of
# these tables (link_rows), so an update writes only the rows it changed.
LINK_TABLES = ("nodes", "links", "articles", "entities")


def link_state_parts(state: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    """The header and the (table, id, JSON payload) rows of a linker's state."""
    header = {k: v for k, v in state.items() if k not in LINK_TABLES}
    rows = [(t, i, json.dumps(row)) for t in LINK_TABLES for i, row in state[t].items()]
    return header, rows


def link_state_from(header: dict[str, Any], rows: Iterable[tuple[str, str, str]]) -> dict[str, Any]:
    """The linker's state again from its header and rows."""
    state: dict[str, Any] = {**header, **{t: {} for t in LINK_TABLES}}
    for table, row_id, payload in rows:
        state[table][row_id] = json.loads(payload)
    return state
