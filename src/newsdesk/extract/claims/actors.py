"""Who acts and whom an action is aimed at: a subject or object phrase read as an actor.

An actor's span is the whole noun phrase as written ("US Secretary of State Rex Tillerson",
"a Swiss court"); its name is what the phrase refers to: a person's full name, a state, or
the description itself when it names neither ("Abu Sayyaf gunmen" -> "Abu Sayyaf" stays a
name, "the protesters" stays "protesters"). Names, pronouns and person descriptions are
resolved by extract/speakers.py, the resolver quotes use; claims add the syntax it cannot
see (a pronoun under a reporting verb is that verb's subject: "Zelenskiy said he would not
cede") and the state a phrase stands for ("Russian airstrikes" -> Russia). The link stage
makes actors canonical across articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.extract.claims.tree import Tree, first_found
from newsdesk.extract.speakers import (
    PERSON_PRONOUNS,
    person_mentions,
    resolve_description,
    resolve_pronoun,
)
from newsdesk.gazetteer import Gazetteer
from newsdesk.model import Annotation, Mention

ACTOR_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "FAC", "LOC"})
GROUP_PRONOUNS = frozenset({"it", "they", "them"})
TITLE_WORDS = frozenset(
    [
        "president", "minister", "envoy", "leader", "chief", "spokesman", "spokeswoman",
        "spokesperson", "secretary", "ambassador", "official", "officials", "aide", "adviser",
        "advisor", "premier", "chancellor", "commander", "general", "prime", "foreign",
        "defence", "defense", "special", "deputy", "head", "king", "army", "forces", "troops",
        "military", "government", "administration",
    ]
)  # fmt: skip
# Branches of a phrase that never hold its actor: "Trump's envoy" is not Trump.
_NOT_THE_ACTOR = frozenset({"relcl", "acl", "prep", "appos", "poss"})
# Leading words a description's name leaves out: "the protesters" -> "protesters".
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some"})
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
    """Resolves the subject and object tokens of one article to actors."""

    def __init__(self, tree: Tree, gazetteer: Gazetteer) -> None:
        self.tree = tree
        self.gazetteer = gazetteer
        self.annotation = Annotation("", "", tree.sentences, tree.mentions, tree.tokens)
        self.people = person_mentions(tree.text, self.annotation)

    def read(self, head: int, describe: bool = True) -> Actor | None:
        """The actor a subject or object token stands for, or None when it names no one;
        with `describe`, a phrase naming no person or state is its own description."""
        word = self.tree.lower(head)
        if word in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self._pronoun(head, word)
        if self.tree.tokens[head].pos in ("PRON", "NUM", "DET"):
            return None  # "we", "I", "this", "two": inside quotes or vague
        start, end = self.tree.phrase(head)
        actor = self._named(head) or self._described_person(head, start)
        if actor is None:
            actor = self._state_of_phrase(head)
        if actor is None and describe:
            actor = self._description(head)
        if actor is None:
            return None
        return Actor(actor.name, start, end, actor.state, actor.resolved)

    # --- names -------------------------------------------------------------------------

    def _named(self, head: int) -> Actor | None:
        mention = self._mention_in(head)
        if mention is not None:
            return self._from_mention(mention)
        if self.tree.tokens[head].pos == "PROPN":
            return self._from_proper_noun(head)
        return None

    def _mention_in(self, head: int) -> Mention | None:
        """The name heading the phrase, else a name inside it (the last person, else the
        first name), never a possessor: "Trump's envoy" is not Trump."""
        own = self.tree.mention_at(head, ACTOR_LABELS)
        if own is not None:
            return own
        phrase = self.tree.subtree(head, _NOT_THE_ACTOR)
        found = [m for m in (self.tree.mention_at(i, ACTOR_LABELS) for i in phrase) if m]
        people = [m for m in found if m.label == "PERSON"]
        if people:
            return people[-1]
        return found[0] if found else None

    def _from_proper_noun(self, head: int) -> Actor:
        """A name the NER missed: "Zelenskiy has repeatedly said ..."."""
        words = [*self.tree.kids(head, "compound"), head]
        start, end = self.tree.tokens[min(words)].start, self.tree.tokens[head].end
        return self._from_mention(Mention(start, end, self.tree.text[start:end], "PROPN"))

    def _from_mention(self, mention: Mention) -> Actor:
        if mention.label == "PERSON" or self._is_known_person(mention.text):
            return self.person(mention)
        text = _bare(mention.text)
        state = self.gazetteer.state_named(text) or self.gazetteer.state_of_adjective(text)
        return Actor(state or text, mention.start, mention.end, state, True)

    def _is_known_person(self, text: str) -> bool:
        """A name the NER tagged otherwise here ("Trump" as ORG) but as a person elsewhere."""
        words = _bare(text).split()
        return bool(words) and any(m.text.split()[-1] == words[-1] for m in self.people)

    def person(self, mention: Mention) -> Actor:
        full = self.full_name(_bare(mention.text))
        return Actor(full, mention.start, mention.end, self.state_of_person(full), True)

    def full_name(self, name: str) -> str:
        """The longest name in the article ending with this one's last word."""
        last = name.split()[-1]
        longer = [_bare(m.text) for m in self.people if m.text.split()[-1] == last]
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
            state = self._state_word(bare)
            if state is not None:
                return state
            titled = titled or bare.lower() in TITLE_WORDS
            if not (bare.lower() in TITLE_WORDS or (titled and bare[:1].isupper())):
                return None
        return None

    def _state_word(self, word: str) -> str | None:
        return self.gazetteer.state_of_adjective(word) or self.gazetteer.state_named(word)

    # --- descriptions ------------------------------------------------------------------

    def _described_person(self, head: int, start: int) -> Actor | None:
        """ "the Russian foreign minister": the person named earlier with that title."""
        if self.tree.tokens[head].pos != "NOUN":
            return None
        phrase = self.tree.text[start : self.tree.tokens[head].end]
        mention = resolve_description(self.tree.text, self.annotation, phrase, start)
        if mention is None:
            return None
        found = self.person(mention)
        return Actor(found.name, start, self.tree.tokens[head].end, found.state, False)

    def _state_of_phrase(self, head: int) -> Actor | None:
        """ "The Kremlin", "the US leader", "Russian airstrikes": the state they stand for."""
        phrase = self.tree.subtree(head, frozenset({"relcl", "acl", "prep", "appos"}))
        start, end = self.tree.tokens[phrase[0]].start, self.tree.tokens[phrase[-1]].end
        state = self.gazetteer.state_named(_bare(self.tree.text[start:end]))
        if state is not None:
            return Actor(state, start, end, state, True)
        for index in phrase:
            state = self._state_word(self.tree.word(index))
            if state is not None:
                return Actor(state, start, end, state, False)
        return None

    def _description(self, head: int) -> Actor | None:
        """ "the protesters", "a Swiss court" without a state: the description is the name."""
        if self.tree.tokens[head].pos not in ("NOUN", "PROPN"):
            return None
        words = [
            i
            for i in self.tree.subtree(head, _NOT_THE_ACTOR | {"det", "punct", "predet"})
            if i <= head
        ]
        while words and self.tree.lower(words[0]) in _DETERMINERS:
            words = words[1:]
        if not words:
            return None
        start, end = self.tree.tokens[words[0]].start, self.tree.tokens[head].end
        return Actor(_bare(self.tree.text[start:end]), start, end, None, False)

    # --- pronouns ----------------------------------------------------------------------

    def _pronoun(self, head: int, word: str) -> Actor | None:
        """The subject of the reporting verb above ("Zelenskiy said he would not cede"), the
        person the sentence goes on to name ("Asked if he would ..., Trump said"), else the
        person or group speakers.py resolves the pronoun to."""
        antecedent = first_found(self._reporting_subject(head), self._main_subject_after(head))
        if antecedent is not None:
            actor = self.read(antecedent)
            if actor is not None:
                return Actor(actor.name, actor.start, actor.end, actor.state, False)
        token = self.tree.tokens[head]
        mention = resolve_pronoun(
            self.annotation, "they" if word == "them" else word, token.start, text=self.tree.text
        )
        if mention is None:
            return None
        actor = self._from_mention(mention)
        return Actor(actor.name, token.start, token.end, actor.state, False)

    def _reporting_subject(self, head: int) -> int | None:
        """ "Zelenskiy said he would not cede": the subject of the verb above the clause."""
        verb = self.tree.head(head)
        if verb is None or self.tree.tokens[verb].dep not in ("ccomp", "xcomp"):
            return None
        above = self.tree.head(verb)
        if above is None:
            return None
        other = self.tree.kid(above, "nsubj")
        if other is None or self.tree.tokens[other].pos == "PRON":
            return None
        return other

    def _main_subject_after(self, head: int) -> int | None:
        """ "Asked if he would accept ..., Trump said": the person the sentence is about."""
        if self.tree.lower(head) not in PERSON_PRONOUNS:
            return None
        root = next((a for a in self.tree.ancestors(head) if self.tree.head(a) is None), None)
        main = self.tree.kid(root, "nsubj") if root is not None else None
        if main is None or main < head or self.tree.tokens[main].pos == "PRON":
            return None
        mention = self.tree.mention_at(main, ACTOR_LABELS)
        return main if mention is not None and self._is_known_person(mention.text) else None


def _bare(text: str) -> str:
    return text.removesuffix("’s").removesuffix("'s").strip()
