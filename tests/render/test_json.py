"""The JSON export's helpers: which entity a span of an article stands for."""

from __future__ import annotations

from newsdesk.model import Entity, EntityMention
from newsdesk.render.json import EntityIndex

TEXT = "Russian Foreign Minister Sergei Lavrov said, according to Meridian Wire."


def _entity(entity_id: str, phrase: str) -> Entity:
    start = TEXT.index(phrase)
    mention = EntityMention("a1", start, start + len(phrase), phrase)
    return Entity(entity_id, phrase, "X", (), (mention,))


def test_a_whole_phrase_is_the_entity_it_ends_with() -> None:
    index = EntityIndex([_entity("russia", "Russian"), _entity("lavrov", "Sergei Lavrov")])
    phrase_end = TEXT.index(" said")
    assert index.entity_at("a1", 0, phrase_end) == "lavrov"
    assert index.entity_at("a1", 0, len("Russian")) == "russia"
    assert index.entity_at("a1", None, None) is None


def test_the_entity_named_inside_a_cue() -> None:
    index = EntityIndex([_entity("wire", "Meridian Wire")])
    cue = TEXT.index("according")
    assert index.entity_within("a1", cue, len(TEXT) - 1) == "wire"
    assert index.entity_within("a1", 0, cue) is None
