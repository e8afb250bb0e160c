"""From merged nodes to `model.Entity`: canonical name, type, state, ids and explanations."""

from __future__ import annotations

from collections import Counter

from newsdesk.link.corpus import Corpus
from newsdesk.link.local import Knowledge, LocalEntity
from newsdesk.model import Entity, EntityMention, content_id

_MAX_WHY = 40  # an entity seen in thousands of articles keeps its distinct reasons, counted


def build_entities(corpus: Corpus, knowledge: Knowledge) -> list[Entity]:
    entities: list[Entity] = []
    seen: set[str] = set()
    reasons = _merge_reasons(corpus)
    for members in corpus.components():
        locals_ = [local for i in members for local in corpus.nodes[i].locals]
        entity = _entity(locals_, reasons.get(members[0], []), knowledge)
        if entity.id in seen:  # two entities kept apart under one name and type
            first = entity.mentions[0]
            extra = f"{first.article_id}:{first.start}".encode()
            entity = _with_id(entity, content_id(entity.id.encode() + extra))
        seen.add(entity.id)
        entities.append(entity)
    return sorted(entities, key=lambda e: (e.type, e.name, e.id))


def _entity(locals_: list[LocalEntity], merges: list[str], knowledge: Knowledge) -> Entity:
    labels: Counter[str] = Counter()
    for local in locals_:
        labels.update(local.labels)
    kind = min(labels.items(), key=lambda item: (-item[1], item[0]))[0]
    name = canonical_name(locals_, knowledge)
    surfaces = sorted({s for local in locals_ for s in local.surfaces} - {name})
    mentions = sorted({m for local in locals_ for m in local.mentions}, key=_mention_order)
    return Entity(
        id=content_id(f"{kind}\x1f{name}".encode()),
        name=name,
        type=kind,
        aliases=tuple(surfaces),
        mentions=tuple(mentions),
        state=_state(locals_, name, kind, knowledge),
        why=tuple(_reasons(locals_) + merges),
    )


def canonical_name(locals_: list[LocalEntity], knowledge: Knowledge) -> str:
    """The best-attested well-formed variant: listed place names first, then full names,
    then the most articles and mentions; plain ASCII wins a tie (no garble ever wins)."""
    articles: dict[str, set[str]] = {}
    mentions: Counter[str] = Counter()
    for local in locals_:
        if not local.garbled:
            articles.setdefault(local.name, set()).add(local.article_id)
            mentions[local.name] += len(local.mentions)
    person = any(local.is_person for local in locals_)
    if not articles:
        articles = {local.name: {local.article_id} for local in locals_}

    def score(name: str) -> tuple[bool, bool, int, int, bool, bool, str]:
        return (
            knowledge.is_known(name),
            person and " " in name,
            len(articles[name]),
            mentions[name],
            name.isascii(),
            not name.isupper(),
            name,
        )

    best = max(articles, key=score)
    return best


def _state(locals_: list[LocalEntity], name: str, kind: str, knowledge: Knowledge) -> str | None:
    if kind == "PERSON":
        states: Counter[str] = Counter()
        for local in locals_:
            states.update(local.states)
        return min(states.items(), key=lambda i: (-i[1], i[0]))[0] if states else None
    return knowledge.state_of(name)


def _reasons(locals_: list[LocalEntity]) -> list[str]:
    """Each distinct in-article reason once, with the number of articles it came from."""
    counts: Counter[str] = Counter()
    for local in locals_:
        counts.update(set(local.why))
    spellings = {s for local in locals_ for s in local.surfaces}
    keyed = _folded_spellings(locals_) if len(spellings) > 1 else []
    lines = [f"{line} ({n} article{'s' if n > 1 else ''})" for line, n in sorted(counts.items())]
    return (keyed + lines)[:_MAX_WHY]


def _folded_spellings(locals_: list[LocalEntity]) -> list[str]:
    by_key: dict[str, set[str]] = {}
    for local in locals_:
        by_key.setdefault(local.key, set()).add(local.name)
    return [
        f"{', '.join(repr(n) for n in sorted(names))}: one spelling once case, diacritics and "
        f"transliteration are folded (key {key!r})"
        for key, names in sorted(by_key.items())
        if len(names) > 1
    ]


def _merge_reasons(corpus: Corpus) -> dict[int, list[str]]:
    """Each component's merge reasons, keyed by its root (its smallest node index)."""
    by_root: dict[int, set[str]] = {}
    for i, _, why in corpus.merges:
        by_root.setdefault(corpus.find(i), set()).add(why)
    return {root: sorted(lines)[:_MAX_WHY] for root, lines in by_root.items()}


def _mention_order(mention: EntityMention) -> tuple[str, int, int]:
    return (mention.article_id, mention.start, mention.end)


def _with_id(entity: Entity, new_id: str) -> Entity:
    return Entity(
        new_id, entity.name, entity.type, entity.aliases, entity.mentions, entity.state, entity.why
    )


def explain(entity: Entity) -> str:
    """What `newsdesk entity NAME` shows: the variants, their articles, and why they merged."""
    articles: dict[str, set[str]] = {}
    for mention in entity.mentions:
        articles.setdefault(mention.text, set()).add(mention.article_id)
    state = f", acts for {entity.state}" if entity.state else ""
    lines = [f"{entity.name} ({entity.type}{state}) id {entity.id}", "variants:"]
    for text in sorted(articles, key=lambda t: (-len(articles[t]), t)):
        ids = sorted(articles[text])
        shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
        lines.append(f"  {text!r} in {len(ids)} article(s): {shown}")
    lines.append("why:" if entity.why else "why: a single spelling, nothing merged")
    lines += [f"  {line}" for line in entity.why]
    return "\n".join(lines)
