"""Who a speaker phrase refers to: a pronoun or a description resolved to a named mention.

News names a speaker once ("Russian Foreign Minister Sergei Lavrov") and then refers back
with a pronoun ("he added") or a description ("the Russian foreign minister", "the US
leader"). A full coreference model is slow and not available offline, so this resolves
the phrases a quote's speaker is usually read from with three cheap rules:

- a phrase that is (or holds) a named mention is that mention;
- a personal pronoun is the most recent speaker still in view, else the most recent person;
- a description is the person whose title words ("US President", "Foreign Minister")
  share the most words with it, the role word itself required; ties go to the latest.

Functions take the article text and its `model.Annotation` and never modify them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.gazetteer import load_gazetteer
from newsdesk.model import Annotation, Mention

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "we"})
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | {"i", "it", "you"}

# a description's role word and the title words that may stand before a name for it
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "leader": ("president", "prime minister", "premier", "chancellor", "leader"),
    "head": ("president", "prime minister", "chancellor", "head", "chief", "director"),
    "diplomat": ("foreign minister", "secretary of state", "ambassador", "envoy", "diplomat"),
    "premier": ("prime minister", "premier"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "spokesman": ("spokesperson", "spokesman", "spokeswoman"),
    "spokeswoman": ("spokesperson", "spokesman", "spokeswoman"),
    "candidate": ("candidate", "nominee"),
    "nominee": ("candidate", "nominee"),
}
_STOPWORDS = frozenset({"the", "a", "an", "of", "for", "'s", "’s", "former", "then"})
_WORD = re.compile(r"[\w.]+(?:['’]s)?")
_TITLE_WINDOW = 60  # characters around a name where its title or apposition is written
_PRONOUN_REACH = 1200  # how far back a pronoun may point (a few paragraphs)


def mention_kind(phrase: str) -> str:
    """'pronoun', 'description' (starts with a determiner or is lower case) or 'name'."""
    words = phrase.split()
    if not words:
        return "description"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words[0].lower() in {"the", "a", "an", "this", "that", "his", "her", "its", "their"}:
        return "description"
    return "description" if phrase[:1].islower() else "name"


def named_mention_in(annotation: Annotation, start: int, end: int) -> Mention | None:
    """The named mention that holds the head (last word) of the phrase text[start:end].

    A PERSON first, else the longest: in "The US leader" the GPE "US" is a modifier, not
    the speaker, while "Russian Foreign Minister Sergei Lavrov" ends in the name.
    """
    head = [
        m
        for m in annotation.mentions
        if m.label in NAME_LABELS and m.start < end and start < m.end and m.end >= end - 1
    ]
    if not head:
        return None
    return max(head, key=lambda m: (m.label == "PERSON", m.end - m.start))


def resolve_speaker(
    text: str,
    annotation: Annotation,
    start: int,
    end: int,
    *,
    recent: Sequence[Mention] = (),
) -> Mention | None:
    """The named mention the speaker phrase text[start:end] refers to, or None.

    `recent` lists the names earlier quotes were resolved to, oldest first: a pronoun
    prefers the latest of them that is still in view. A proper name the NER model missed
    is returned as a PERSON mention of itself.
    """
    named = named_mention_in(annotation, start, end)
    if named is not None:
        return named
    phrase = text[start:end]
    kind = mention_kind(phrase)
    if kind == "pronoun":
        return resolve_pronoun(annotation, phrase.lower(), start, recent, text=text)
    if kind == "name" and _ends_in_proper_noun(text, annotation, start, end):
        return Mention(start, end, phrase, "PERSON")
    return resolve_description(text, annotation, phrase, start)


def person_mentions(text: str, annotation: Annotation) -> list[Mention]:
    """PERSON mentions, and the named mentions the small NER model mislabels ("Trump" as
    ORG) whose last word is the last word of a PERSON mention in the same article."""
    people = [m for m in annotation.mentions if m.label == "PERSON"]
    surnames = {m.text.split()[-1] for m in people if m.text.split()}
    return [
        m
        for m in annotation.mentions
        if m.label == "PERSON"
        or (m.label in NAME_LABELS and m.text.split() and m.text.split()[-1] in surnames)
    ]


def _ends_in_proper_noun(text: str, annotation: Annotation, start: int, end: int) -> bool:
    last = [t for t in annotation.tokens if start <= t.start < end and t.pos != "SPACE"]
    if not last:
        return phrase_is_capitalised(text[start:end])
    return last[-1].pos == "PROPN"


def phrase_is_capitalised(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and all(w[:1].isupper() for w in words)


def resolve_pronoun(
    annotation: Annotation,
    pronoun: str,
    start: int,
    recent: Sequence[Mention] = (),
    *,
    text: str = "",
) -> Mention | None:
    """A person pronoun: the latest speaker in view, else the latest person named before it.

    "they"/"we" go to the latest organisation, group or state, else the latest speaker.
    """
    if pronoun not in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return None  # "I" and "you" outside a quote are the writer and the reader
    speaker = _latest_speaker(recent, start)
    if speaker is not None and pronoun in PERSON_PRONOUNS:
        return speaker
    if pronoun in PERSON_PRONOUNS:
        return _latest(person_mentions(text, annotation), start)
    groups = [m for m in annotation.mentions if m.label in {"ORG", "NORP", "GPE"}]
    return _latest(groups, start) or speaker


def resolve_description(
    text: str, annotation: Annotation, phrase: str, before: int
) -> Mention | None:
    """The person whose title shares the description's role word and most other words."""
    words = description_words(phrase)
    if not words:
        return None
    role, qualifiers = words[-1], words[:-1]
    best: tuple[int, int, Mention] | None = None
    people = _people_before(text, annotation, before)
    floors = [0] + [m.end for m in people]  # a title never reaches back past another name
    for mention, floor in zip(people, floors, strict=False):
        title = title_context(text, mention, floor)
        if not _role_matches(role, title):
            continue
        score = sum(_qualifier_matches(word, title) for word in qualifiers)
        if best is None or (score, mention.start) >= best[:2]:
            best = (score, mention.start, mention)
    return best[2] if best else None


def description_words(phrase: str) -> list[str]:
    """Lower-case content words of a description, possessive endings dropped."""
    words = (re.sub(r"['’]s$", "", w.lower()) for w in _WORD.findall(phrase))
    return [w for w in words if w and w not in _STOPWORDS]


def title_context(text: str, mention: Mention, floor: int = 0) -> str:
    """The words written just before a name (not before `floor`) and in an apposition
    after it, lower case."""
    before = text[max(floor, mention.start - _TITLE_WINDOW) : mention.start]
    before = re.split(r"[.;:!?\n]", before)[-1]
    after = text[mention.end : mention.end + _TITLE_WINDOW]
    after = after[2:].split(",")[0] if after.startswith(", ") else ""
    return f" {before.lower()} {after.lower()} "


def _role_matches(role: str, title: str) -> bool:
    titles = ROLE_TITLES.get(role, (role,))
    return any(f" {t}" in title or f"{t} " in title for t in titles) or role in title.split()


def _qualifier_matches(word: str, title: str) -> bool:
    if f" {word}" in title:
        return True
    state = _state_of(word)
    return state is not None and any(_state_of(w) == state for w in _WORD.findall(title))


def _state_of(word: str) -> str | None:
    gazetteer = load_gazetteer()
    bare = re.sub(r"['’]s$", "", word)
    return gazetteer.state_of_adjective(bare) or gazetteer.state_named(bare)


def _people_before(text: str, annotation: Annotation, before: int) -> list[Mention]:
    return sorted(
        (m for m in person_mentions(text, annotation) if m.end <= before), key=lambda m: m.start
    )


def _latest(mentions: Sequence[Mention], before: int) -> Mention | None:
    earlier = [m for m in mentions if m.end <= before and before - m.end <= _PRONOUN_REACH]
    return max(earlier, key=lambda m: m.start, default=None)


def _latest_speaker(recent: Sequence[Mention], before: int) -> Mention | None:
    in_view = [m for m in recent if m.end <= before and before - m.end <= _PRONOUN_REACH]
    return in_view[-1] if in_view else None
