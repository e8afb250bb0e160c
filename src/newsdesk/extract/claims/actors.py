"""Who acts and whom an action is aimed at: a subject or object phrase read as an actor.

An actor's span is the whole noun phrase as written ("US Secretary of State Rex Tillerson",
"a Swiss court"); its name is what the phrase refers to: a person's full name, a state, or
the description itself when it names neither ("Abu Sayyaf gunmen" -> "Abu Sayyaf" stays a
name, "the protesters" stays "protesters"). Names, titles, pronouns and descriptions are
resolved by the article's `Referents`, the one resolver quotes and attributions use too;
claims add the syntax it cannot see (a pronoun under a reporting verb is that verb's subject:
"Zelenskiy said he would not cede") and the state a phrase stands for ("Russian airstrikes"
-> Russia). The link stage makes actors canonical across articles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsdesk.extract.claims.lexicon import (
    AGENT_NOUNS,
    ANYBODY,
    DOCUMENT_NOUNS,
    NATURAL_EVENTS,
    NOBODY,
    NOUNS,
    OWN_VOICES,
    REPORTING_VERBS,
    STATE_BODIES,
    THING_NOUNS,
    WEAPONS,
)
from newsdesk.extract.claims.modality import reporter_of, reporting_verb_above
from newsdesk.model import PLACE_LABELS, Mention
from newsdesk.parse import ParsedArticle, first_found
from newsdesk.referents import (
    GROUP,
    ORGANISATION,
    PARTY_WORDS,
    PERSON,
    PERSON_PRONOUNS,
    STATE,
    Referent,
    Referents,
    bare_name,
)

ACTOR_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "FAC", "LOC"})
_HE_OR_SHE = frozenset({"he", "she", "him", "her", "his", "hers"})
_CLOSING_MARK = re.compile("[”\"]|''")
_OPENING_MARKS = ("“", '"')
_CLOSING_MARKS = ("”", '"')
_ATTRIBUTION_REACH = 6  # tokens between a quote's mark and its verb of saying
# Days and months that are never a name (not "May", "April", "June", "August": Theresa May).
_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday", "tomorrow", "tonight", "january", "february", "july", "september",
     "october", "november", "december"}
)  # fmt: skip
GROUP_PRONOUNS = frozenset({"it", "they", "them"})
DESCRIBED = "description"  # the kind of an actor that is its own description ("protesters")
NAMED = "name"  # a proper name the NER model missed, neither a known person nor a state
# Branches of a phrase that never hold its actor: "Trump's envoy" is not Trump.
_NOT_THE_ACTOR = frozenset({"relcl", "acl", "prep", "appos", "poss"})
_DEITIES = frozenset({"god", "the lord", "lord", "allah", "jesus", "the almighty"})
# Participles naming who made, backs or pays for a thing or a group ("Russian-made").
_MAKERS = frozenset(
    {"make", "build", "design", "manufacture", "produce", "supply", "back", "fund", "sponsor",
     "arm", "train", "finance"}
)  # fmt: skip
_GENERIC = frozenset({"no", "any", "every", "each", "all"})
_NEW_ONES = frozenset({"a", "an", "another"})  # an indefinite description names no one known
_SINGULAR = frozenset({"he", "she", "him", "her"})
_DOER_ENDINGS = ("er", "or", "ist", "ian", "ant", "ee", "man")
# Counts of people: "hundreds of employees", "scores of protesters".
_COUNTS = frozenset({"hundred", "thousand", "million", "dozen", "score", "ten", "tens"})
# Shares of a group, which are not the group: "half of", "a majority of", "40 percent of".
_SHARES = frozenset(
    {"half", "majority", "minority", "plurality", "percent", "third", "quarter", "fraction",
     "share", "proportion"}
)  # fmt: skip
# Leading words a description's name leaves out: "the protesters" -> "protesters".
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some"})


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    start: int
    end: int
    state: str | None
    resolved: bool  # False when read from a pronoun or a description
    kind: str = DESCRIBED  # a referent kind (person, organisation, state, ...) or DESCRIBED
    head: int | None = None  # the token the actor was read from


def _is_party(name: str) -> bool:
    return name.casefold() in PARTY_WORDS


def can_act(parsed: ParsedArticle, actor: Actor) -> bool:
    """Someone who can act: a person, an organisation, a state, a group; a description only
    when it names people or a body ("protesters", "the government"), never a thing."""
    if actor.name.casefold() in _DEITIES:
        return False  # "God did not want her to boost rates": a figure of speech
    if actor.head is not None and parsed.lower(actor.head) in DOCUMENT_NOUNS:
        return False  # "The Clean Power Plan could prompt ...": a document does not act
    own_words = actor.name.lower().split(" of ")[0]  # not "director of the Center for Disease ..."
    if any(word in NATURAL_EVENTS for word in re.findall(r"[a-z]+", own_words)):
        return False  # "Hurricanes Harvey and Irma hit Texas", "COVID-19 has killed": nobody
    if actor.kind == NAMED:
        return _last_word(actor.name) not in DOCUMENT_NOUNS
    if actor.kind in (PERSON, ORGANISATION, STATE, GROUP):
        return True
    if actor.kind != DESCRIBED or actor.head is None:
        return False
    return names_people(parsed, actor.head)


def _of_object(parsed: ParsedArticle, head: int) -> int | None:
    """The object of the noun's "of" phrase: "hundreds [of protesters]", "President [of
    Ukraine]"."""
    of = parsed.preposition(head, "of")
    return parsed.kid(of, "pobj") if of is not None else None


def _people_of(parsed: ParsedArticle, head: int) -> int | None:
    """The people a count or a number is of ("dozens of lawmakers"), if it is of people."""
    counted = _of_object(parsed, head)
    return counted if counted is not None and names_people(parsed, counted) else None


def _capitalised_name(parsed: ParsedArticle, head: int) -> bool:
    """A capital inside a sentence marks a name ("Trump urges ..."); opening it, any word has
    one, and a plural there is no name ("Markets plunged ...")."""
    opens = parsed.tokens[head].start <= parsed.sentence_of(head).start
    plural = parsed.lower(head) != parsed.lemma(head).lower()
    return parsed.word(head)[:1].isupper() and not (opens and plural)


def _last_word(name: str) -> str:
    words = name.lower().split()
    return words[-1] if words else ""


def names_people(parsed: ParsedArticle, head: int) -> bool:
    """A description of people or a body: a listed agent noun ("officials", "the office"),
    a word for a doer ("a suicide bomber", "negotiators", "terrorists"), or a capitalised
    name the parse took for a common noun ("Trump urges ...")."""
    word, lemma = parsed.lower(head), parsed.lemma(head)
    if word in AGENT_NOUNS or lemma in AGENT_NOUNS or _capitalised_name(parsed, head):
        return True
    if lemma in _COUNTS:  # "Hundreds of employees stopped work": the employees
        return _people_of(parsed, head) is not None
    if lemma in THING_NOUNS:
        return False
    return lemma.endswith(_DOER_ENDINGS)


_PERSON = frozenset({"PERSON"})
_PEOPLE_OR_BODIES = frozenset({"PERSON", "ORG"})
_BODIES_AND_PLACES = frozenset({"ORG", "GPE", "NORP", "FAC"})
# Faiths, ideologies and communities a NORP names: no state acts through them.
_NO_STATES_PEOPLE = frozenset(
    {"islamic", "islamist", "muslim", "muslims", "christian", "christians", "jewish", "jews",
     "catholic", "catholics", "protestant", "evangelical", "evangelicals", "hindu", "buddhist",
     "sikh", "sunni", "shia", "shiite", "mormon", "jihadist", "jihadists", "gay", "lgbt",
     "black", "white", "hispanic", "latino", "latina", "asian", "african-american",
     "african american", "cuban-american",
     "cuban-americans", "socialist", "communist", "marxist", "libertarian", "progressive",
     "conservative", "liberal"}
)  # fmt: skip
# Words that set people apart from their state's government, so that they do not act for
# it: any word of their phrase (_APART), a community of faith or people beside a head that
# holds no office (_COMMUNITIES), or the head itself (_NOT_ITS_GOVERNMENT).
_APART = frozenset(
    {"opposition", "rebel", "dissident", "exiled", "exile", "separatist", "insurgent", "former",
     "ex", "anti-government", "breakaway"}
)  # fmt: skip
_COMMUNITIES = frozenset(
    {"christian", "muslim", "jewish", "catholic", "protestant", "evangelical", "hindu",
     "buddhist", "sikh", "mormon", "sunni", "shia", "shiite", "orthodox", "kurdish", "kurd",
     "turkmen", "druze", "alawite", "yazidi", "uyghur", "uighur", "tamil", "baloch", "pashtun",
     "hazara", "rohingya", "tatar"}
)  # fmt: skip
_NOT_ITS_GOVERNMENT = frozenset(
    {"refugee", "migrant", "immigrant", "hacker",
     "militia", "militiaman", "protester", "protestor", "demonstrator", "activist", "student",
     "worker", "civilian", "citizen", "national", "asylum", "fan", "voter", "businessman",
     "businesswoman", "journalist", "reporter", "resident", "villager", "tourist", "militant",
     "gunman", "prisoner", "detainee", "hostage", "christian", "muslim", "jew", "church",
     "clergy", "bishop", "priest", "imam", "rabbi", "community", "diaspora", "expatriate",
     "company", "firm", "bank", "court", "judge", "jury", "pirate"}
)  # fmt: skip
# People named by whom they back or oppose: the name is not theirs.
_BACKERS = frozenset(
    {"backer", "supporter", "fan", "voter", "donor", "critic", "opponent", "detractor",
     "loyalist", "devotee", "admirer", "follower", "defender", "foe", "rival", "challenger"}
)  # fmt: skip


class ActorReader:
    """Resolves the subject and object tokens of one article to actors."""

    def __init__(self, parsed: ParsedArticle, referents: Referents) -> None:
        self.parsed = parsed
        self.referents = referents

    def read(self, head: int, describe: bool = True, acting: bool = True) -> Actor | None:
        """The actor a subject or object token stands for, or None when it names no one;
        with `describe`, a phrase naming no person or state is its own description. Read
        as who is acted on (`acting` False), a state's things stand for it too ("bombed
        Ukrainian cities": Ukraine); as who acts, they do not ("Germany's role requires")."""
        word = self.parsed.lower(head).replace("[", "").replace("]", "")  # '"[W]e ..."': we
        if word in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self._pronoun(head, word)
        if self.parsed.in_dateline(head):
            return None  # "MEXICO CITY (Reuters) - Mexican soldiers detained ...": a dateline
        if self.parsed.lower(head) in _DAYS and self.parsed.names_a_time(head):
            return None  # "found guilty on Tuesday for shooting ...", "October provided": a time
        if word in ("we", "us") and self.quoted(head):
            return self._our_side(head)
        if self.parsed.tokens[head].pos in ("PRON", "NUM", "DET"):
            return None  # "we", "I", "this", "two": inside quotes or vague
        if word in NOBODY:
            return None  # "None of the major candidates is pushing for ...": no one acts
        if word in ANYBODY:
            return None  # "Some Democrats called for unity, while others defended ...": who?
        if self.parsed.lemma(head).lower() in _SHARES:
            return None  # "Half of Vermont Democrats said they want ...": a share, not them
        named = self._named_by_apposition(head)
        if named is not None:  # "Xavier Becerra, a California Democrat supporting Clinton"
            return self.read(named, describe, acting)
        holder = self._named_in_apposition(head)
        if holder is not None:  # "Orvenia's negotiator, Pavel Vranna, had refused"
            found = self._holder_of(head, holder, describe, acting)
            start, end = self.parsed.phrase(head)  # the span names them title and all
            return replace(found, start=start, end=end, head=head) if found else None
        start, end = self.parsed.phrase(head)
        counted = self._counted(head)
        if counted is not None:  # "dozens of GOP lawmakers have vowed": the lawmakers
            found_counted = self.read(counted, describe, acting)
            if found_counted is not None:
                return replace(found_counted, start=start, end=end, head=head)
        if self.parsed.lemma(head) == "number":
            # "the number of people saying they want ...", "Number seeking jobless aid has
            # subsided": a count, nobody acts ("a number of lawmakers" are some lawmakers)
            return self._some_of(head, describe, acting, start, end)
        if self.parsed.tokens[head].pos == "NOUN" and self.parsed.mention_at(head) is None:
            # a description first: "the GOP candidate" is a person, "the Trump
            # administration" a state, before any name inside them
            role = self.referents.gazetteer.is_title_word(self.parsed.lemma(head))
            found = (
                self._described_person(head, start)
                or self._owners_body(head)
                or self._state_of_phrase(head, whole_only=True)
                or (self._office_of_a_named_state(head, acting) if role else None)
                or (self._named_person(head) if role else self._named_in_someone(head, acting))
                or self._state_of_phrase(head, acting=acting)
            )
        else:
            found = (
                self._office_of_a_state(head)
                or self._named(head)
                or self._described_person(head, start)
            )
            found = found or self._owners_body(head) or self._state_of_phrase(head, acting=acting)
        actor = found or (self._description(head) if describe else None)
        if actor is None:
            return None
        return Actor(actor.name, start, end, actor.state, actor.resolved, actor.kind, head)

    def _named_by_apposition(self, head: int) -> int | None:
        """The name a description stands beside as its apposition: what the description does
        ("a California Democrat supporting Clinton"), the named one does."""
        token = self.parsed.tokens[head]
        if token.dep != "appos" or token.pos not in ("NOUN", "PROPN"):
            return None
        if self.parsed.mention_at(head, _PERSON) is not None:
            return None  # "his successor, Donald Trump": a person of its own
        named = self.parsed.head(head)
        if named is None or self.parsed.mention_at(named, _PEOPLE_OR_BODIES) is None:
            return None
        if self._named_in_apposition(named) == head:
            return None  # "the US National Security Agency (NSA)": each names the other
        return named

    def _holder_of(self, title: int, holder: int, describe: bool, acting: bool) -> Actor | None:
        """The person a title names, acting for the state the title is of when the article
        does not say otherwise."""
        person = self.read(holder, describe, acting)
        if person is None or person.state is not None:
            return person
        office = self._state_of_phrase(title, acting=False)
        return replace(person, state=office.state) if office is not None else person

    def _named_in_apposition(self, head: int) -> int | None:
        """A title whose holder's name stands in apposition ("Senate Minority Leader Chuck
        Schumer (D-NY) reiterated", parsed with "Leader" as the subject): the person."""
        if self.parsed.mention_at(head, _PERSON) is not None:
            return None
        named = self.referents.named_apposition(head)
        return self.parsed.token_at(named.end - 1) if named is not None else None

    def _some_of(
        self, head: int, describe: bool, acting: bool, start: int, end: int
    ) -> Actor | None:
        if not any(self.parsed.lower(d) == "a" for d in self.parsed.kids(head, "det")):
            return None
        some = _people_of(self.parsed, head)
        if some is None:
            return None
        found = self.read(some, describe, acting)
        return replace(found, start=start, end=end) if found is not None else None

    def _counted(self, head: int) -> int | None:
        """What a count of people counts: "dozens of lawmakers", "hundreds of protesters"."""
        if self.parsed.lemma(head) not in _COUNTS:
            return None
        return _people_of(self.parsed, head)

    # --- names -------------------------------------------------------------------------

    def _named(self, head: int) -> Actor | None:
        mention = self._mention_in(head)
        if mention is not None and not self._cut_short(head, mention):
            actor = self.from_mention(mention)
            if self.referents.names_one_member(actor.kind, actor.name):
                return None  # "The Georgia Republican declined": one member, not the party
            return actor
        if self.parsed.tokens[head].pos == "PROPN":
            return self._from_proper_noun(head)
        return None

    def _cut_short(self, head: int, mention: Mention) -> bool:
        """A name the NER cut short: "the House Freedom Caucus" with only "House" an
        organisation, "the Clinton Foundation" with only "Clinton" a person. The body is the
        whole proper noun its name leads; a title heads no body ("Trump Press Secretary")."""
        if self.parsed.tokens[head].pos != "PROPN" or self.parsed.mention_at(head) is not None:
            return False
        if mention.label not in _PEOPLE_OR_BODIES:
            return False
        if self.referents.gazetteer.is_title_word(self.parsed.lemma(head).lower()):
            return False
        if self.parsed.in_title_case(head):
            return False  # "Clinton Campaign Wants ...": a headline's capitals name nothing
        leading = self.parsed.kids(head, "compound")
        return any(mention.start <= self.parsed.tokens[k].start < mention.end for k in leading)

    def _named_inside(self, head: int) -> Actor | None:
        """A name inside a description ("officials of the Orvenian Defence Ministry"), never
        its people's party: "Democratic state lawmakers" are lawmakers, not "Democratic"."""
        mention = self._mention_in(head)
        if mention is None or (mention.label == "NORP" and _is_party(mention.text)):
            return None
        if mention.label == "NORP" and bare_name(mention.text).casefold() in _NO_STATES_PEOPLE:
            return None  # "Islamic terrorists", "a Christian speaker": who they are, no one
        if self.parsed.lemma(head) in OWN_VOICES or self.parsed.lower(head) in OWN_VOICES:
            return None  # "a White House reporter", "the Pennsylvania congressman"
        if self.parsed.lemma(head) in _BACKERS:
            return None  # "some Sanders backers urged him": they back Sanders, not he
        if mention.label in PLACE_LABELS and not self.names_a_state(mention.text):
            return None  # "the New York businessman": where he is from, not who acts
        return self.from_mention(mention)

    def _named_in_someone(self, head: int, acting: bool) -> Actor | None:
        """A name inside a phrase for people, an act or a weapon ("Russian officials", "a US
        demand", "Syrian warplanes"), never inside a thing's: "the DNC email leak scandal
        forced" is no DNC."""
        if acting and not self._names_someone_or_an_act(head):
            return None
        found = self._named_inside(head)
        its_people = found is not None and found.kind in (STATE, GROUP)
        if acting and its_people and self._apart_from_its_government(head):
            return None  # "South Sudanese rebels", "Azerbaijani hackers": not the state
        return found

    def _office_of_a_named_state(self, head: int, acting: bool) -> Actor | None:
        """An office or officials of a state its "of" phrase names, unnamed ("the president
        of Ukraine", "officials of the Russian Federation"): the state, as "Ukraine's
        president" is (not its opposition or former officials)."""
        named = self._of_a_body(head)
        if named is None or (acting and self._apart_from_its_government(head)):
            return None
        start, end = self.parsed.phrase(named)
        state = self.referents.gazetteer.state_named(bare_name(self.parsed.text[start:end]))
        if state is None:
            return None
        return Actor(state, self.parsed.phrase(head)[0], end, state, False, STATE, head)

    def _of_a_body(self, head: int) -> int | None:
        """The name of the body, state or place an "of" phrase says a role or a group belongs
        to ("the president of Ukraine", "leaders of the G7", "members of the Senate"); not a
        person's ("supporters of Trump") nor several ("leaders of Britain and France")."""
        for prep in self.parsed.kids(head, "prep"):
            if self.parsed.lower(prep) != "of":
                continue
            if any(self.parsed.mention_at(i, _PERSON) for i in self.parsed.subtree(prep)):
                return None  # "the daughter of US Senator John McCain": a person's
            for named in self.parsed.kids(prep, "pobj"):
                if self.parsed.kids(named, "conj") or self._runs_on(named):
                    return None
                if self.parsed.mention_at(named, _BODIES_AND_PLACES) is not None:
                    return named
        return None

    def _runs_on(self, named: int) -> bool:
        """A name the parse cut from the name after it ("of [US] Senator John McCain")."""
        after = self.parsed.token_at(self.parsed.phrase(named)[1] + 1)
        return after is not None and self.parsed.tokens[after].pos == "PROPN"

    def _apart_from_its_government(self, head: int) -> bool:
        """People a state's name or adjective describes who do not act for its government:
        its rebels, refugees, hackers, protesters ("Syrian refugees sought refuge"), its
        opposition ("Mali's opposition leader") or former officials."""
        if self.parsed.lemma(head).lower() in _NOT_ITS_GOVERNMENT | _APART:
            return True
        phrase = self._own_words(head, frozenset({"relcl", "acl", "prep", "appos"}))
        words = {self.parsed.lemma(i).lower() for i in phrase}
        if words & _APART:
            return True
        # "Palestinian Christian leaders" speak for a faith, "Iraqi Kurdish forces" for a
        # people; "Iraq's Sunni vice-president" holds an office of the state whatever his faith
        base = self.parsed.lemma(head).lower().split("-")[-1]
        office = base != "leader" and self.referents.gazetteer.is_title_word(base)
        return bool(words & _COMMUNITIES) and not office

    def _names_someone_or_an_act(self, head: int) -> bool:
        if self.parsed.tokens[head].pos != "NOUN":
            return True  # a name or a pronoun: read as such elsewhere
        words = {self.parsed.lemma(head), self.parsed.lower(head)}
        if self.referents.gazetteer.is_title_word(self.parsed.lemma(head)):
            return True  # "the Polish head of state"
        return bool(words & (NOUNS.keys() | WEAPONS)) or names_people(self.parsed, head)

    def _office_of_a_state(self, head: int) -> Actor | None:
        """ "President of Ukraine", "Prime Minister of Great Britain" without a name: an
        unnamed office-holder of a state acts for it (guideline: unnamed officials)."""
        word = self.parsed.lemma(head).casefold()
        if self.parsed.mention_at(head) is not None or not self.referents.gazetteer.is_title_word(
            word
        ):
            return None
        place = _of_object(self.parsed, head)
        if place is None:
            return None
        first, last = self.parsed.phrase(place)
        state = self.referents.gazetteer.state_named(bare_name(self.parsed.text[first:last]))
        if state is None:
            return None
        start, end = self.parsed.phrase(head)
        return Actor(state, start, end, state, False, STATE)

    def names_a_state(self, text: str) -> bool:
        """A state's name or its seat ("Ukraine", "Moscow"), not a city or a region."""
        gazetteer = self.referents.gazetteer
        return gazetteer.is_seat(text) or gazetteer.state_named(bare_name(text)) is not None

    def _named_person(self, head: int) -> Actor | None:
        """A role's phrase names its holder, never its party: "the GOP candidate" is no GOP."""
        mention = self._mention_in(head)
        if mention is None or mention.label != "PERSON":
            return None
        return self.from_mention(mention)

    def _an_adjective_named(self, mention: Mention) -> bool:
        """A person or body the NER saw in a lone adjective: "shot a Black man" (ORG)."""
        if mention.label not in _PEOPLE_OR_BODIES:
            return False
        index = self.parsed.token_at(mention.start)
        return (
            index is not None
            and self.parsed.tokens[index].end >= mention.end
            and self.parsed.tokens[index].pos == "ADJ"
            and self.parsed.tokens[index].dep == "amod"
        )

    def _mention_in(self, head: int) -> Mention | None:
        """The name heading the phrase, else a name inside it (the last person, else the
        first name), never a possessor: "Trump's envoy" is not Trump."""
        own = self.parsed.mention_at(head, ACTOR_LABELS)
        if own is not None:
            return own
        phrase = self._own_words(head, _NOT_THE_ACTOR)
        found = [
            m
            for m in (self.parsed.mention_at(i, ACTOR_LABELS) for i in phrase)
            if m and not self._an_adjective_named(m)
        ]
        people = [m for m in found if m.label == "PERSON"]
        if people:
            return people[-1]
        return found[0] if found else None

    def _own_words(self, head: int, skip: frozenset[str]) -> list[int]:
        """A phrase's words but those naming who made or backs it: "a Russian-made missile"
        was fired by someone else, "Russian-backed separatists" are not Russia."""
        makers = [
            k
            for k in self.parsed.kids(head, "amod", "compound")
            if self.parsed.lemma(k) in _MAKERS and self.parsed.tokens[k].pos == "VERB"
        ]
        made_by = {i for k in makers for i in self.parsed.subtree(k)}
        return [i for i in self.parsed.subtree(head, skip) if i not in made_by]

    def _from_proper_noun(self, head: int) -> Actor:
        """A name the NER missed: "Zelenskiy has repeatedly said ..."; the name words right
        before it only ("Supreme Court nominee Brett Kavanaugh" is Brett Kavanaugh)."""
        first = head
        while first > 0 and self._name_word_of(first - 1, first, head):
            first -= 1
        start, end = self.parsed.tokens[first].start, self.parsed.tokens[head].end
        return self.from_mention(Mention(start, end, self.parsed.text[start:end], "PROPN"))

    def _name_word_of(self, index: int, first: int, head: int) -> bool:
        """A proper noun compounded into the name running from `first` to `head`."""
        token, above = self.parsed.tokens[index], self.parsed.head(index)
        inside = above is not None and first <= above <= head
        return token.pos == "PROPN" and token.dep == "compound" and inside

    def from_mention(self, mention: Mention) -> Actor:
        """A named mention as an actor: a person by full name, a state, an organisation."""
        if mention.label == "PROPN" and not self.referents.is_person_name(mention.text):
            text = bare_name(mention.text)
            gazetteer = self.referents.gazetteer
            state = gazetteer.state_of(text)
            kind = STATE if state is not None else NAMED
            return Actor(state or text, mention.start, mention.end, state, True, kind)
        return self._as_actor(self.referents.of_mention(mention), True)

    @staticmethod
    def _as_actor(referent: Referent, resolved: bool) -> Actor:
        return Actor(
            referent.name,
            referent.start,
            referent.end,
            referent.state,
            resolved and referent.resolved,
            referent.kind,
        )

    # --- descriptions ------------------------------------------------------------------

    def _described_person(self, head: int, start: int) -> Actor | None:
        """ "the Russian foreign minister": the person named earlier with that title; never
        a generic one ("no Kestrian leader would sign away the river": Kestria)."""
        if self.parsed.tokens[head].pos != "NOUN":
            return None
        if any(self.parsed.lower(d) in _GENERIC for d in self.parsed.kids(head, "det")):
            return None
        if any(self.parsed.lower(d) in _NEW_ONES for d in self.parsed.kids(head, "det")):
            return None  # "A Republican committee aide blasted ...": someone not named before
        phrase = self.parsed.text[start : self.parsed.tokens[head].end]
        found = self.referents.description(phrase, start)
        if found is None or found.kind != PERSON:
            return None
        end = self.parsed.tokens[head].end
        return Actor(found.name, start, end, found.state, False, PERSON)

    def _owners_body(self, head: int) -> Actor | None:
        """ "his army", "its government", "their forces": the state of whoever owns them
        ("which his army has occupied" after naming Putin: Russia)."""
        if self.parsed.lemma(head) not in STATE_BODIES:
            return None
        owner = self.parsed.kid(head, "poss")
        if owner is None or self.parsed.tokens[owner].pos != "PRON":
            return None
        word = {"his": "he", "her": "she", "its": "they", "their": "they"}.get(
            self.parsed.lower(owner)
        )
        found = self.referents.pronoun(word, self.parsed.tokens[owner].start) if word else None
        if found is None or found.state is None:
            return None
        start, end = self.parsed.phrase(head)
        return Actor(found.state, start, end, found.state, False, STATE, head)

    def _state_of_phrase(
        self, head: int, whole_only: bool = False, acting: bool = True
    ) -> Actor | None:
        """ "The Kremlin", "the US leader", "Russian airstrikes": the state they stand for
        (with `whole_only`, only a phrase that is a state's name or seat as a whole)."""
        whole = self.parsed.subtree(head, frozenset({"relcl", "acl", "prep", "appos"}))
        start, end = self.parsed.tokens[whole[0]].start, self.parsed.tokens[whole[-1]].end
        phrase = self._own_words(head, frozenset({"relcl", "acl", "prep", "appos"}))
        gazetteer = self.referents.gazetteer
        state = gazetteer.state_named(bare_name(self.parsed.text[start:end]))
        if state is not None:
            return Actor(state, start, end, state, True, STATE)
        if whole_only or self.parsed.lemma(head) in OWN_VOICES:
            return None  # "the Florida senator" is a senator, not Florida acting
        if acting and not self._names_someone_or_an_act(head):
            return None  # "Germany's role requires ...": a thing of Germany's does not act
        if acting and self._apart_from_its_government(head):
            return None  # "Mali's opposition leader", "Syrian rebels": against it, not it
        for index in phrase:
            if self._seat_inside_a_name(index):
                continue  # "Canberra Hospital", "Moscow State University": a place in a name
            state = self.referents.state_of_word(self.parsed.word(index))
            if state is not None:
                return Actor(state, start, end, state, False, STATE)
        return None

    def _seat_inside_a_name(self, index: int) -> bool:
        """A capital that is one word of a longer name ("Canberra Hospital"), not the seat
        named alone ("Kremlin officials", "the Kremlin's envoy")."""
        if not self.referents.gazetteer.is_seat(self.parsed.word(index)):
            return False
        mention = self.parsed.mention_at(index)
        if mention is None:
            return False
        words = bare_name(mention.text).split()
        return len(words[1:] if words and words[0].casefold() == "the" else words) > 1

    def _description(self, head: int) -> Actor | None:
        """ "the protesters", "a Swiss court" without a state: the description is the name."""
        if self.parsed.tokens[head].pos not in ("NOUN", "PROPN"):
            return None
        words = [
            i
            for i in self.parsed.subtree(head, _NOT_THE_ACTOR | {"det", "punct", "predet"})
            if i <= head
        ]
        while words and self.parsed.lower(words[0]) in _DETERMINERS:
            words = words[1:]
        if not words:
            return None
        start, end = self.parsed.tokens[words[0]].start, self.parsed.tokens[head].end
        named = self._of_a_body(head)
        if named is not None:  # "leaders of the G7", "members of the Senate": whose, named
            end = self.parsed.phrase(named)[1]
        return Actor(bare_name(self.parsed.text[start:end]), start, end, None, False, DESCRIBED)

    # --- pronouns ----------------------------------------------------------------------

    def _pronoun(self, head: int, word: str) -> Actor | None:
        """The subject of the reporting verb above ("Zelenskiy said he would not cede"), the
        person the sentence goes on to name ("Asked if he would ..., Trump said"), else the
        person or group the referents resolve the pronoun to."""
        # a third person inside quotation marks is never who speaks them: "'She would
        # reject the plan,' says Gutin" (Gutin would say "I")
        quoted = self.quoted(head, doubled=True)
        antecedent = (
            None
            if quoted
            else first_found(
                self._reporting_subject(head),
                self._main_subject_after(head),
                self._coordinated_subject(head),
            )
        )
        if antecedent is not None and word in _SINGULAR and self.parsed.is_plural(antecedent):
            antecedent = None  # "Conservative Christians were upset he ...": not them
        if antecedent is not None and word in ("they", "them") and self._one_person(antecedent):
            return None  # '"They want to create an economy ...," Sanders said': who else?
        if antecedent is not None and word in _HE_OR_SHE and self._named_body(antecedent):
            antecedent = None  # "The Wall Street Journal reported ... after she promised"
        if antecedent is not None:
            actor = self.read(antecedent)
            # the syntax says who the pronoun is; when that is no one who can act ("Forty
            # six percent were certain they would support ..."), a guess elsewhere is wrong
            return replace(actor, resolved=False) if actor is not None else None
        token = self.parsed.tokens[head]
        # "He said that he would offer ...": the "he" is whoever the "He" saying it is
        at = self.parsed.tokens[self._same_pronoun_saying(head) or head].start
        found = self.referents.pronoun("they" if word == "them" else word, at)
        if found is None:
            return None
        if quoted and word in _HE_OR_SHE and self._speaks_the_quote(head, found.name):
            # "'If he went into a synagogue ...,' Mr. Jones said": not Jones, someone else
            found = self.referents.pronoun(word, token.start, besides=found.name)
            if found is None:
                return None
        if self._is_what_its_clause_describes(head, found.name):
            subject = self._subject_above_clause(head)
            actor = self.read(subject) if subject is not None else None
            return replace(actor, resolved=False) if actor is not None else None
        return Actor(found.name, token.start, token.end, found.state, False, found.kind, head)

    def _same_pronoun_saying(self, head: int) -> int | None:
        """The subject of the verb of saying above a pronoun's clause, when it is the same
        pronoun ("He said that he would ..."): one person, resolved once."""
        verb = self.parsed.head(head)
        if verb is None or self.parsed.tokens[verb].dep != "ccomp":
            return None
        above = self.parsed.head(verb)
        if above is None or self.parsed.lemma(above) not in REPORTING_VERBS:
            return None
        subject = self.parsed.kid(above, "nsubj")
        same = subject is not None and self.parsed.lower(subject) == self.parsed.lower(head)
        return subject if same else None

    def _one_person(self, index: int) -> bool:
        """A single person's name, never "they" (a person speaking for a group says "we");
        a surname the NER took for a body is one too ("If they continue to back Clinton,
        Sanders would have to win")."""
        if self.parsed.kid(index, "conj") is not None or self.parsed.kid(index, "det"):
            return False  # "Sanders and Clinton", "the Clintons"
        if self.parsed.mention_at(index, _PERSON) is not None:
            return True
        named = self.parsed.mention_at(index, frozenset({"ORG"}))
        return named is not None and named in self.referents.people

    def _speaks_the_quote(self, pronoun: int, name: str) -> bool:
        sayer = first_found(self._reporting_subject(pronoun), self._sayer_around_quote(pronoun))
        found = self.read(sayer) if sayer is not None else None
        return found is not None and found.name == name

    def quote_sayer(self, index: int) -> int | None:
        """Who says the quotation a token stands in, named by its attribution before or
        after it in the paragraph."""
        return self._sayer_around_quote(index) if self.quoted(index) else None

    def _sayer_around_quote(self, index: int) -> int | None:
        return first_found(self._sayer_after_quote(index), self._sayer_before_quote(index))

    def _sayer_after_quote(self, pronoun: int) -> int | None:
        """Who the attribution after the quote names, when the quote runs on past the
        pronoun's sentence: '"He opposed every one of them. Every amendment," said Cruz'."""
        text, start = self.parsed.text, self.parsed.tokens[pronoun].end
        paragraph_end = text.find("\n", start)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        closing = _CLOSING_MARK.search(text, start, paragraph_end)
        after = self.parsed.covering(closing.end(), paragraph_end) if closing else []
        return self._named_sayer(after[:_ATTRIBUTION_REACH])

    def _sayer_before_quote(self, pronoun: int) -> int | None:
        """Who the attribution before the quote names, from the quote before it in the
        paragraph or the paragraph's start: '"He's dangerous!" said Tom Burke. "... He is
        going to start another war!"', 'Trump wrote: "... he should resign!"'."""
        text, end = self.parsed.text, self.parsed.tokens[pronoun].start
        paragraph = text.rfind("\n", 0, end) + 1
        opening = max(text.rfind(mark, paragraph, end) for mark in _OPENING_MARKS)
        if opening < 0:
            return None
        closing = max(text.rfind(mark, paragraph, opening) for mark in _CLOSING_MARKS)
        between = self.parsed.covering(max(closing + 1, paragraph), opening)
        # right after the quote before ('," said X.'), or right before this one ('X said:')
        reach = _ATTRIBUTION_REACH
        return self._named_sayer([*between[:reach], *reversed(between[-reach:])])

    def _named_sayer(self, tokens: Sequence[int]) -> int | None:
        """Who the first verb of saying among `tokens` names; a pronoun saying it ("..., he
        said") is a guess of its own, so no one."""
        said = next((i for i in tokens if self.parsed.lemma(i) in REPORTING_VERBS), None)
        if said is None:
            return None
        sayer = first_found(self._named_after(said), reporter_of(self.parsed, said))
        return None if sayer is None or self.parsed.tokens[sayer].pos == "PRON" else sayer

    def _named_after(self, said: int) -> int | None:
        """'"..., Every single amendment," said Cruz': after an inverted verb of saying the
        name that follows speaks (the parse may make the quoted words its subject)."""
        following = self.parsed.covering(self.parsed.tokens[said].end, len(self.parsed.text))
        mention = self.parsed.mention_at(following[0], _PEOPLE_OR_BODIES) if following else None
        return self.parsed.token_at(mention.end - 1) if mention is not None else None

    def _named_body(self, index: int) -> bool:
        """A body's name, never "he" or "she": one in several words or an acronym. One
        capitalised word the NER calls a body or a place may be a person ("Trump said he",
        "Bamberg, who is 28, said he"), and "a House Democrat" (NORP) is one."""
        mention = self.parsed.mention_at(index, frozenset({"ORG"}))
        if mention is None or any(p.start == mention.start for p in self.referents.people):
            return False
        text = bare_name(mention.text)
        return len(text.split()) > 1 or text.isupper()

    def _is_what_its_clause_describes(self, pronoun: int, name: str) -> bool:
        """ "Mr. Bush, whom he attacked": a pronoun in a relative clause is never the one
        the clause describes."""
        verb = self.parsed.head(pronoun)
        if verb is None or self.parsed.tokens[verb].dep != "relcl":
            return False
        noun = self.parsed.head(verb)
        described = self.read(noun, describe=False) if noun is not None else None
        return described is not None and described.name == name

    def _subject_above_clause(self, pronoun: int) -> int | None:
        """The subject of the nearest verb above a relative clause ("Mr. Trump offered kind
        words about Mr. Bush, whom he attacked": Trump)."""
        clause = self.parsed.head(pronoun)
        for above in self.parsed.ancestors(clause) if clause is not None else ():
            subject = self.parsed.kid(above, "nsubj")
            if above != clause and subject is not None and subject != pronoun:
                return None if self.parsed.tokens[subject].pos == "PRON" else subject
        return None

    def _reporting_subject(self, head: int) -> int | None:
        """ "Zelenskiy said he would not cede": the subject of the verb above the clause;
        through a clause of the same pronoun's ("veterans said they had no problem, even if
        they did not agree": the veterans), never through another subject ("Trump attacked
        Clinton after she ...": she is not Trump) but a group "they" stands for."""
        verb = self.parsed.head(head)
        while verb is not None and self.parsed.tokens[verb].dep == "advcl":
            above = self.parsed.head(verb)
            subject = self.parsed.kid(above, "nsubj") if above is not None else None
            if subject is not None and self._group_for(head, subject):
                return subject  # "her family asked for privacy as they sought answers"
            if subject is None or self.parsed.lower(subject) != self.parsed.lower(head):
                return None
            verb = above
        if verb is None or self.parsed.tokens[verb].dep not in ("ccomp", "xcomp"):
            return None
        if self.parsed.tokens[verb].dep == "xcomp" and self.parsed.tokens[head].dep not in (
            "nsubj",
            "nsubjpass",
        ):
            return None  # "Trump started attacking him": the one attacking is never "him"
        above = self.parsed.head(verb)
        if above is not None and self.parsed.tokens[above].dep == "acomp":
            above = self.parsed.head(above)  # "they were certain they would ...": the subject
        other = self._doer_of(above) if above is not None else None
        if other is None or self.parsed.tokens[other].pos == "PRON":
            return None
        if self.parsed.lower(head) in PERSON_PRONOUNS and self.parsed.is_plural_noun(other):
            return None  # "aides say he accepts": he is not the aides
        return other

    def _doer_of(self, verb: int) -> int | None:
        """A verb's subject; for a gerund without one ("surprised Trump by declaring he
        ..."), the subject of the verb it hangs on; "who" stands for the noun its clause
        describes ("Paul Ryan, who surprised Trump by declaring he ...": Ryan)."""
        for _ in range(3):
            subject = self.parsed.kid(verb, "nsubj")
            if subject is not None:
                break
            if self.parsed.tokens[verb].dep not in ("pcomp", "advcl"):
                return None
            above = self.parsed.head(verb)
            if above is not None and self.parsed.tokens[above].pos == "ADP":
                above = self.parsed.head(above)  # "by declaring": the verb "by" hangs on
            if above is not None:
                above = self._rejecter_of_report(verb, above) or above
            if above is None:
                return None
            verb = above
        else:
            return None
        relative = self.parsed.lower(subject) in ("who", "which", "that")
        if relative and self.parsed.tokens[verb].dep == "relcl":
            return self.parsed.described_by(verb)
        return subject

    def _rejecter_of_report(self, participle: int, above: int) -> int | None:
        """ "rejected the announcement that Keita was the winner, saying he would ...": the
        parse hangs the saying on the reported clause; the one who says is who rejected it,
        so the verb to climb to is the one that takes the report ("rejected")."""
        if self.parsed.lemma(participle) not in REPORTING_VERBS:
            return None
        noun = self.parsed.head(above)
        if (
            self.parsed.tokens[above].dep not in ("acl", "ccomp")
            or noun is None
            or self.parsed.tokens[noun].pos != "NOUN"
            or not any(self.parsed.lower(m) == "that" for m in self.parsed.kids(above, "mark"))
        ):
            return None
        return self.parsed.head(noun)

    def quoted(self, index: int, *, doubled: bool = False) -> bool:
        """Whether a token stands inside quotation marks opened before it in its paragraph (with
        `doubled`, the Times's ''...'' of two apostrophes too: a nested quote there is often
        someone else's words, so a "we" in it is left unread)."""
        # from the paragraph's start: a quote of several sentences opens in an earlier one
        start = self.parsed.tokens[index].start
        paragraph = self.parsed.text.rfind("\n", 0, start) + 1
        before = self.parsed.text[min(paragraph, self.parsed.sentence_of(index).start) : start]
        straight = before.count('"') % 2 == 1
        twice = doubled and before.count("''") % 2 == 1
        return straight or twice or before.count("“") > before.count("”")

    def _our_side(self, we: int) -> Actor | None:
        """ "'We accept the exchange,' he said": "we" in a quote is the state or the body of
        the one who says it, a person of no known state speaking for their own side (a
        resident's "we" is no one named)."""
        clause = self.parsed.head(we)
        said = reporting_verb_above(self.parsed, clause) if clause is not None else None
        if said is not None and self.quoted(said):
            said = None
        speaker = reporter_of(self.parsed, said) if said is not None else None
        if speaker is None or self.quoted(speaker):
            return None
        actor = self.read(speaker)
        if actor is None or actor.kind not in (PERSON, ORGANISATION, STATE):
            return None
        if actor.kind == PERSON and actor.state is not None and self._a_country(actor.state):
            actor = replace(actor, name=actor.state, kind=STATE)  # a minister's: the state
        # (a "Texas Senator"'s "we" is not Texas: a country speaks as "we", a region's
        # senator for a party or a nation; the speaker's own word then)
        start, end = self.parsed.tokens[we].start, self.parsed.tokens[we].end
        return replace(actor, start=start, end=end, resolved=False, head=we)

    def _a_country(self, state: str) -> bool:
        return self.referents.gazetteer.state_named(state) is not None

    def _group_for(self, pronoun: int, subject: int) -> bool:
        """ "they" standing for a group the clause above names by a common noun: "the
        protesters", "her family" (a person's name is no "they")."""
        if self.parsed.lower(pronoun) not in GROUP_PRONOUNS:
            return False
        if self.parsed.tokens[subject].pos != "NOUN":
            return False
        return self.parsed.is_plural_noun(subject) or names_people(self.parsed, subject)

    def _coordinated_subject(self, head: int) -> int | None:
        """ "Orvenia sees the belt as a base, but it wants observers on both banks": "it"
        opening a clause joined to an earlier one of a state or an organisation is that
        subject (a passive "it was rejected" is a thing, and a person is never "it")."""
        if self.parsed.lower(head) != "it" or self.parsed.tokens[head].dep != "nsubj":
            return None
        verb = self.parsed.head(head)
        if verb is None or self.parsed.tokens[verb].dep != "conj":
            return None
        above = self.parsed.head(verb)
        subject = self.parsed.kid(above, "nsubj") if above is not None else None
        if subject is None or self.parsed.tokens[subject].pos == "PRON":
            return None
        actor = self.read(subject)
        return subject if actor is not None and actor.kind in (ORGANISATION, STATE) else None

    def _main_subject_after(self, head: int) -> int | None:
        """ "Asked if he would accept ..., Trump said": the person the sentence is about."""
        if self.parsed.lower(head) not in PERSON_PRONOUNS:
            return None
        root = next((a for a in self.parsed.ancestors(head) if self.parsed.head(a) is None), None)
        main = self.parsed.kid(root, "nsubj") if root is not None else None
        if main is None or main < head or self.parsed.tokens[main].pos == "PRON":
            return None
        mention = self.parsed.mention_at(main, ACTOR_LABELS)
        return main if mention is not None and self.referents.is_person_name(mention.text) else None
