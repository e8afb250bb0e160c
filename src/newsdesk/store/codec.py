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
    return typing.cast(T, _load(cls, data))


def _load(hint: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _load(options[0], data) if len(options) == 1 else data
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_load(args[0], item) for item in data)
        return tuple(_load(a, item) for a, item in zip(args, data, strict=True))
    if origin is dict:
        _, value_hint = typing.get_args(hint)
        return {k: _load(value_hint, v) for k, v in data.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        known = {f.name for f in dataclasses.fields(hint)}
        return hint(**{k: _load(hints[k], v) for k, v in data.items() if k in known})
    return data


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
