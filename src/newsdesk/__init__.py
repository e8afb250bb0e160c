"""newsdesk: many raw news articles about one story in, a verified and cited picture of it out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

__all__ = ["Article", "RawDocument", "Rejection", "Segment", "SegmentLabel", "Span", "__version__"]

if TYPE_CHECKING:
    from newsdesk.model import Article, RawDocument, Rejection, Segment, SegmentLabel, Span


def __getattr__(name: str) -> Any:
    """The model's main classes, imported when first asked for (the CLI starts faster)."""
    if name in __all__:
        from newsdesk import model

        return getattr(model, name)
    raise AttributeError(f"module 'newsdesk' has no attribute {name!r}")
