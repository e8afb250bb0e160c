"""Who acts: the subject of a trigger, read as a person's full name or as a state.

Deliberately simple and local (the link stage makes actors canonical across articles):
a pronoun is the subject of the reporting verb above it ("Zelenskiy said he would not
cede") or the person last acting as a subject before it; a surname is the longest name in
the article ending with it; a person acts for the state an adjective or name beside one of
their mentions gives ("Russian Foreign Minister Sergei Lavrov" -> Russia).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.extract.claims.tree import Tree
from newsdesk.gazetteer import Gazetteer
from newsdesk.model import Mention

ACTOR_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "FAC", "LOC"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"it", "they"})
TITLE_WORDS = frozenset(
    [
        "president",
        "minister",
        "envoy",
        "leader",
        "chief",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "secretary",
        "ambassador",
        "official",
        "officials",
        "aide",
        "adviser",
        "advisor",
        "premier",
        "chancellor",
        "commander",
        "general",
        "prime",
        "foreign",
        "defence",
        "defense",
        "special",
        "deputy",
        "head",
        "king",
        "army",
        "forces",
        "troops",
        "military",
        "government",
        "administration",
    ]
)
# Branches of a subject phrase that never hold its actor: "Trump's envoy" is not Trump.
_NOT_THE_ACTOR = frozenset({"relcl", "acl", "prep", "appos", "poss"})
# A period ends a sentence unless it closes an abbreviation ("U.S. President").
_PHRASE_BREAK = re.compile(r"(?<![A-Z])\.\s|[,;:!?\"“”()]\s|\n")
_WORD = re.compile(r"[\w.’'-]+")
_TITLE_WINDOW = 60  # characters before a name where "Russian Foreign Minister" may stand


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    start: int
    end: int
    state: str | None
    resolved: bool  # False when read from a pronoun or a description


class ActorReader:
    """Resolves subject tokens of one article to actors."""

    def __init__(self, tree: Tree, gazetteer: Gazetteer) -> None:
        self.tree = tree
        self.gazetteer = gazetteer
        self.people = [m for m in tree.mentions if m.label == "PERSON"]

    def read(self, subject: int) -> Actor | None:
        """The actor a subject token stands for, or None when it names no one usable."""
        word = self.tree.lower(subject)
        if word in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self._pronoun(subject, word)
        if self.tree.tokens[subject].pos == "PRON":
            return None  # "we", "I", "you", "this": inside quotes or vague
        return self._phrase(subject)

    def _phrase(self, subject: int) -> Actor | None:
        mention = self._mention_in(subject)
        if mention is not None:
            return self._from_mention(mention)
        if self.tree.tokens[subject].pos == "PROPN":
            return self._from_proper_noun(subject)
        return self._from_description(subject)

    def _mention_in(self, subject: int) -> Mention | None:
        """The name heading the subject, else a name inside its noun phrase (the last
        person, else the first name), never a possessor: "Trump's envoy" is not Trump."""
        own = self.tree.mention_at(subject, ACTOR_LABELS)
        if own is not None:
            return own
        phrase = self.tree.subtree(subject, _NOT_THE_ACTOR)
        found = [m for m in (self.tree.mention_at(i, ACTOR_LABELS) for i in phrase) if m]
        people = [m for m in found if m.label == "PERSON"]
        if people:
            return people[-1]
        return found[0] if found else None

    def _from_proper_noun(self, subject: int) -> Actor | None:
        """A name the NER missed: "Zelenskiy has repeatedly said ..."."""
        words = [*self.tree.kids(subject, "compound"), subject]
        start, end = self.tree.tokens[min(words)].start, self.tree.tokens[subject].end
        return self._from_mention(Mention(start, end, self.tree.text[start:end], "PROPN"))

    def _from_mention(self, mention: Mention) -> Actor:
        if mention.label == "PERSON" or self._is_known_person(mention.text):
            return self.person(mention)
        text = _bare(mention.text)
        state = self.gazetteer.state_named(text) or self.gazetteer.state_of_adjective(text)
        return Actor(state or text, mention.start, mention.end, state, True)

    def _is_known_person(self, text: str) -> bool:
        """A name the NER tagged otherwise once ("Trump" as ORG) but as a person elsewhere."""
        last = _bare(text).split()[-1] if text.split() else ""
        return any(m.text.split()[-1] == last for m in self.people)

    def person(self, mention: Mention) -> Actor:
        full = self.full_name(_bare(mention.text))
        return Actor(full, mention.start, mention.end, self.state_of_person(full), True)

    def full_name(self, name: str) -> str:
        """The longest name in the article ending with this one's last word."""
        last = name.split()[-1]
        longer = [m.text for m in self.people if m.text.split()[-1] == last]
        return max(longer, key=len, default=name)

    def state_of_person(self, full_name: str) -> str | None:
        """The state named just before any mention of this person ("Russian President")."""
        last = full_name.split()[-1]
        for mention in self.people:
            if mention.text.split()[-1] == last:
                state = self._state_before(mention.start)
                if state is not None:
                    return state
        return None

    def _state_before(self, start: int) -> str | None:
        """The state in the title words right before a name: "Russian Foreign Minister",
        "U.S. President Donald Trump's special envoy"; stops at any other word ("of")."""
        window = self.tree.text[max(0, start - _TITLE_WINDOW) : start]
        window = _PHRASE_BREAK.split(window)[-1]  # this sentence, this phrase
        titled = False
        for word in reversed(_WORD.findall(window)):
            bare = _bare(word)
            state = self.gazetteer.state_of_adjective(bare) or self.gazetteer.state_named(bare)
            if state is not None:
                return state
            titled = titled or bare.lower() in TITLE_WORDS
            if not (bare.lower() in TITLE_WORDS or (titled and bare[:1].isupper())):
                return None
        return None

    def _from_description(self, subject: int) -> Actor | None:
        """ "The Kremlin", "the US leader", "Russian airstrikes": the state they stand for."""
        phrase = self.tree.subtree(subject, frozenset({"relcl", "acl", "prep", "appos"}))
        start, end = self.tree.tokens[phrase[0]].start, self.tree.tokens[phrase[-1]].end
        state = self.gazetteer.state_named(_bare(self.tree.text[start:end]))
        if state is not None:
            return Actor(state, start, end, state, True)
        for index in phrase:
            word = self.tree.word(index)
            state = self.gazetteer.state_of_adjective(word) or self.gazetteer.state_named(word)
            if state is not None:
                token = self.tree.tokens[index]
                return Actor(state, token.start, token.end, state, False)
        return None

    def _pronoun(self, subject: int, word: str) -> Actor | None:
        token = self.tree.tokens[subject]
        reporter = self._reporting_subject(subject)
        if reporter is not None:
            actor = self._phrase(reporter)
            if actor is not None:
                return Actor(actor.name, token.start, token.end, actor.state, False)
        if word in PERSON_PRONOUNS:
            actor = self._main_subject_after(subject)
            person = self._last_subject_person(token.start) if actor is None else None
            actor = actor or (self.person(person) if person is not None else None)
            if actor is not None:
                return Actor(actor.name, token.start, token.end, actor.state, False)
        return None

    def _reporting_subject(self, subject: int) -> int | None:
        """ "Zelenskiy said he would not cede": the subject of the verb above the clause."""
        verb = self.tree.head(subject)
        if verb is None or self.tree.tokens[verb].dep not in ("ccomp", "xcomp"):
            return None
        above = self.tree.head(verb)
        if above is None:
            return None
        other = self.tree.kid(above, "nsubj")
        if other is None or self.tree.tokens[other].pos == "PRON":
            return None
        return other

    def _main_subject_after(self, subject: int) -> Actor | None:
        """ "Asked if he would accept ..., Trump said": the person the sentence is about."""
        root = next((a for a in self.tree.ancestors(subject) if self.tree.head(a) is None), None)
        main = self.tree.kid(root, "nsubj") if root is not None else None
        if main is None or main < subject or self.tree.tokens[main].pos == "PRON":
            return None
        actor = self._phrase(main)
        return actor if actor is not None and self._is_known_person(actor.name) else None

    def _last_subject_person(self, before: int) -> Mention | None:
        """The last person before `before` who is a clause subject, else the last person."""
        earlier = [m for m in self.people if m.end <= before]
        for mention in reversed(earlier):
            if self._is_subject(mention):
                return mention
        return earlier[-1] if earlier else None

    def _is_subject(self, mention: Mention) -> bool:
        return any(
            mention.start <= t.start < mention.end and t.dep in ("nsubj", "nsubjpass")
            for t in self.tree.tokens[self._first_token_at(mention.start) :][:8]
        )

    def _first_token_at(self, offset: int) -> int:
        return next(
            (i for i, t in enumerate(self.tree.tokens) if t.end > offset), len(self.tree.tokens)
        )


def _bare(text: str) -> str:
    return text.removesuffix("’s").removesuffix("'s").strip()
