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


def test_a_name_the_article_writes_is_its_entity_where_no_mention_covers_the_span() -> None:
    # "Lavrov said ...": the bare surname is no mention, the resolved full name is
    index = EntityIndex([_entity("lavrov", "Sergei Lavrov")])
    assert index.entity_named("a1", "Sergei Lavrov") == "lavrov"
    assert index.entity_named("a1", "sergei lavrov") == "lavrov"
    assert index.entity_named("a2", "Sergei Lavrov") is None  # not named in that article
    assert index.entity_named("a1", None) is None
