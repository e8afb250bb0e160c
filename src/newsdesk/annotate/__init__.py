"""The annotate stage: sentences, entity mentions and (on request) a parse, via spaCy.

This package is the only place in newsdesk (with extract/) that imports spaCy.
"""

from newsdesk.annotate.convert import doc_to_annotation
from newsdesk.annotate.loader import (
    INSTALL_HINT,
    MODEL_PACKAGE,
    PROFILES,
    load_nlp,
    model_key,
)
from newsdesk.annotate.pipeline import annotate, annotation_model_key, too_long
from newsdesk.annotate.select import Selection
from newsdesk.config import AnnotateSettings

__all__ = [
    "INSTALL_HINT",
    "MODEL_PACKAGE",
    "PROFILES",
    "AnnotateSettings",
    "Selection",
    "annotate",
    "annotation_model_key",
    "doc_to_annotation",
    "load_nlp",
    "model_key",
    "too_long",
]
