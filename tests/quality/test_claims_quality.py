"""Action types on a sample of ConfliBERT's CAMEO sentences (train split; the test split is
reported by bench/claims_eval.py). Classes: 0 statements/appeals, 1 consult/agree, 2 material
cooperation, 3 verbal conflict, 4 material conflict (see bench/claims_eval.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.annotate import annotate
from newsdesk.extract.claims import find_claims

pytestmark = pytest.mark.quality

CLASS_OF = {"CONSULT": 1, "ACCEPT": 1, "SUPPORT": 1, "COOPERATE": 2, "AID": 2, "CONCEDE": 2}
CLASS_OF |= dict.fromkeys(("DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "INVESTIGATE"), 3)
CLASS_OF |= dict.fromkeys(("PROTEST", "ASSAULT", "COERCE", "MOBILIZE"), 4)
SAMPLE = 150


def test_claims_find_the_cameo_class_of_most_sentences(shared: Path) -> None:
    path = shared / "data" / "events" / "conflibert-cameo" / "data" / "cameo_class" / "train.tsv"
    rows = [line.rstrip("\r").rpartition("\t") for line in path.read_text("utf-8").splitlines()]
    rows = [(text.strip('"'), int(label)) for text, _, label in rows if label.isdigit()][:SAMPLE]
    items = [(str(i), text) for i, (text, _) in enumerate(rows)]
    right = 0
    for (text, label), annotation in zip(rows, annotate(items, components="parse"), strict=True):
        claims = find_claims(annotation.article_id, text, annotation)
        actions = {CLASS_OF.get(c.action, 0) for c in claims} or {0}
        right += label in actions
    # Any of the sentence's claims (no claim: class 0): 0.633 on this sample when written.
    assert right / len(rows) >= 0.6
