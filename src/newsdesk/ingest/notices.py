"""What ingest reports about documents it still yields: a guessed encoding, replaced characters.

These are not rejections (the document is read and stored) but the user must hear of them:
each becomes a `model.Problem` of stage "ingest", handed to the caller's callback, or logged
as a warning when the caller gave none.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from newsdesk.model import Problem

ProblemCallback = Callable[[Problem], None]
"""Receives each notice as it is found (the pipeline adds it to its report)."""

LOGGER = logging.getLogger("newsdesk.ingest")


class Notices:
    """Where ingest sends its notices; one per `iter_documents` call."""

    def __init__(self, on_problem: ProblemCallback | None = None) -> None:
        self._on_problem = on_problem

    def add(self, source: str, message: str) -> None:
        problem = Problem("ingest", source, " ".join(message.split()))
        if self._on_problem is None:
            LOGGER.warning("%s: %s", problem.subject, problem.message)
        else:
            self._on_problem(problem)
