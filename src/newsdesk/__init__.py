"""newsdesk: many raw news articles about one story in, a verified and cited picture of it out."""

from newsdesk.model import Article, RawDocument, Rejection, Segment, SegmentLabel, Span

__version__ = "0.1.0"

__all__ = ["Article", "RawDocument", "Rejection", "Segment", "SegmentLabel", "Span", "__version__"]
