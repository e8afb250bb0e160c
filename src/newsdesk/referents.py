"""Who is who in one article: names, titles, the state a person acts for, pronouns and
descriptions, resolved one way for every stage that asks.

News names a person once with a title ("U.S. President Donald Trump", "Kestrian Foreign
Minister Teodor Vasylenko", "Sergei Lavrov, Russia's foreign minister,") and then refers back
with a surname, a pronoun ("he added"), or a description ("the US leader", "Russia's top
diplomat", "the Kremlin"). Quotes, claims, attributions and the link stage all need those
answers; `Referents` gives them from one parsed article and one gazetteer (the user's
included), so they can never drift apart. A full coreference model is slow and not available
offline; these are the cheap rules that decide most news sentences:

- a phrase that is (or ends in) a named mention is that mention; a surname is the fullest
  name in the article ending with it ("Trump" -> "Donald Trump"), of the person named first
  when two share it (news introduces whom it is about before a namesake or relative);
- a person's title is read from the words right before each of their mentions, walking back
  over title words and state adjectives, and from an apposition after it; an abbreviation's
  dot ("U.S.") never ends it. The state a person acts for is the state named there, from the
  gazetteer, or from the article's own place names ("Kestrian" -> "Kestria");
- a description names a role ("leader", "foreign minister") and maybe a state: it is the
  latest person named before it who holds that role, and acts for that state when it says one
  ("the US leader" after "U.S. President Donald Trump met Russian President Vladimir Putin" is
  Trump). A description that is a state's seat or name ("the Kremlin") is the state;
- a personal pronoun is the most recent speaker still in view, else the latest person; "they"
  the latest organisation, group or state.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from newsdesk.gazetteer import Gazetteer, fold
from newsdesk.model import PLACE_LABELS, Mention, Sentence, Token
from newsdesk.parse import ParsedArticle, without_glued_credit

PERSON = "person"
ORGANISATION = "organisation"
STATE = "state"
GROUP = "group"
PLACE = "place"

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_TITLE_GENDER = {
    "mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f",
    "sir": "m", "lady": "f", "madam": "f", "spokesman": "m", "spokeswoman": "f",
    "chairwoman": "f", "congressman": "m", "congresswoman": "f", "businessman": "m",
    "businesswoman": "f", "councilman": "m", "councilwoman": "f", "king": "m", "queen": "f",
    "prince": "m", "princess": "f", "actor": "m", "actress": "f", "anchorwoman": "f",
    "anchorman": "m", "countess": "f", "duchess": "f", "duke": "m",
}  # fmt: skip
# A person described, not named ("a young man"), by the word the description ends on.
_DESCRIBED_GENDER = {**_TITLE_GENDER, "man": "m", "woman": "f", "boy": "m", "girl": "f"}
GROUP_PRONOUNS = frozenset({"they", "them", "we"})
# A party's member in the singular ("the Georgia Republican" is one person, left unnamed),
# and every word of a party: its members, the party's own name or adjective ("Democratic
# lawmakers" are lawmakers of a party, not the party acting)
PARTY_MEMBERS = frozenset(
    {"republican", "democrat", "conservative", "liberal", "socialist", "communist", "tory",
     "progressive"}
)  # fmt: skip
PARTY_WORDS = (
    PARTY_MEMBERS
    | {word + "s" for word in PARTY_MEMBERS - {"tory"}}
    | {"tories", "democratic", "gop", "labour"}
)
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | {"i", "it", "you", "us", "me"}
# the words that open a relative clause ("activists, who say ..."); "that" opens a complement
# too ("said that ..."), so the checks that cannot tell the two apart read RELATIVE_WORDS
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose", "where"})
RELATIVE_WORDS = RELATIVE_PRONOUNS - {"that"}
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her",
                         "its", "their", "our", "some"})  # fmt: skip

_STOPWORDS = frozenset({"the", "a", "an", "of", "for", "then", "its", "his", "her"})
_WORD = re.compile(r"[\w][\w.’'-]*")
# A phrase ends at sentence punctuation, but not at the dot of an abbreviation ("U.S.").
_PHRASE_BREAK = re.compile(r"(?<![A-Z])\.\s|[,;:!?\"“”()\[\]]\s?|\n|—|–")
_POSSESSIVE = re.compile(r"['’]s?$")
_TITLE_WINDOW = 80  # characters before a name where its title stands
_APPOSITION_WINDOW = 80
_CONJUNCTION = re.compile(r"\s(?:and|&)\s")
_MAX_NAME_WORDS = 4
# Words that open a surname, no given name: "de Blasio" is Bill de Blasio's surname.
SURNAME_PARTICLES = frozenset(
    {"de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "ter",
     "la", "le", "al", "el", "bin", "ibn"}
)  # fmt: skip
_GENERATIONS = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})
QUOTE_MARKS = re.compile("[\"“”„«»]|''")  # double quotation marks of any style
# "This was reported by the agency Bloomberg.", "That was stated by the ministry": a sentence
# that opens by saying whose the sentence before it is (attributions lend that sentence its
# origin; fuse makes no fact of the pointer itself)
WHOSE_BEFORE = re.compile(
    r"\b(?i:(?:this|that|it)\s+(?:was|is|has\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+|first\s+|also\s+)?(?:reported|stated|announced|said|declared|confirmed|"
    r"written|claimed|noted|informed|published|mentioned|recalled)\s+by)\s+"
)


def says_whose_before(text: str, start: int, end: int) -> bool:
    """The sentence at [start, end) opens by saying whose the sentence before it is."""
    found = WHOSE_BEFORE.search(text, start, end)
    return found is not None and not any(c.isalnum() for c in text[start : found.start()])


_PRONOUN_REACH = 1200  # how far back a pronoun may point (a few paragraphs)
_DESCRIPTION_REACH = 4000  # how far back a description may point
_PARTY_KINDS = frozenset({STATE, ORGANISATION, PERSON})
# the clauses of a sentence that are the writer's own: its main clause, a clause of time or
# cause ("when", "though") and one joined by "and"; not a reported clause
_OWN_CLAUSES = frozenset({"ROOT", "advcl", "conj"})
_SUBJECT_CHAIN = 3  # sentences of "He said ..." a subject carries through


@dataclass(frozen=True, slots=True)
class Title:
    """What the words around one mention of a person say about them."""

    state: str | None  # the state the title names ("Russian Foreign Minister" -> Russia)
    words: frozenset[str]  # the title's words, lower case ("foreign", "minister")
    text: str  # the title as written, lower case, spaces normalised


@dataclass(frozen=True, slots=True)
class Referent:
    """What a phrase refers to: a person, an organisation, a state or a group.

    `mention` is the named mention it resolves to (the phrase's own name, or the name a
    pronoun or description points back to); None for a state read from an adjective or a
    seat, or a name the NER model missed (then `start`/`end` are the name's own span).
    """

    name: str  # "Donald Trump", "Russia", "Meridian Wire", "protesters"
    kind: str  # PERSON | ORGANISATION | STATE | GROUP | PLACE
    start: int  # the span of the name it resolves to
    end: int
    state: str | None  # the state it is or acts for
    resolved: bool  # False when read from a pronoun or a description
    mention: Mention | None = None


def mention_kind(phrase: str) -> str:
    """'pronoun', 'description' (starts with a determiner or is lower case) or 'name'."""
    words = phrase.split()
    if not words:
        return "description"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words[0].lower() in DETERMINERS:
        return "description"
    if words[0] in SURNAME_PARTICLES and len(words) > 1 and words[1][:1].isupper():
        return "name"  # "de Blasio said"
    return "description" if phrase[:1].islower() else "name"


# Nouns that name a medium, by the kind of medium they name (None: any kind). They describe
# one before its name ("the agency TASS", "the server Politico") or stand for one already
# named ("the agency said"): the one vocabulary of the origins and of the speakers' phrases.
MEDIUM_NOUNS: dict[str, str | None] = {
    "agency": "agency", "wire": "agency", "server": "web", "website": "web", "site": "web",
    "portal": "web", "newspaper": "paper", "paper": "paper", "daily": "paper",
    "tabloid": "paper", "broadcaster": "broadcaster", "channel": "broadcaster",
    "network": "broadcaster", "station": "broadcaster", "magazine": "magazine",
    "weekly": "magazine", "outlet": None, "publication": None, "media": None,
}  # fmt: skip
# Nouns that make a phrase a body's description ("the country's investigative committee",
# "Ukraine's foreign ministry"): it speaks as an organisation, named by its own words.
BODY_NOUNS = frozenset({
    "committee", "ministry", "office", "service", "department", "government", "kremlin",
    "council", "commission", "authorities", "administration", "embassy", "court", "parliament",
    "police", "army", "military", "staff", "prosecutor", "prosecutors", "company", "firm",
    "group", "institute", "organisation", "organization", "union", "bank", "cabinet",
    "presidency", "directorate", "agency", "forces", "command", "congress", "senate", "house",
    "party", "pentagon", "white house", "foundation", "corporation", "inc", "ltd", "bureau",
    "university",
})  # fmt: skip
# What a report may rest on that is written, not said: its author (an owner named before it,
# "a Reuters tally", "Warren's report") is who speaks through it; without one it names no one.
# (The claims' DOCUMENT_NOUNS is another job: documents acted on, "kill the bill".)
WRITTEN_SOURCES = frozenset({
    "report", "document", "statement", "memo", "draft", "letter", "data", "tally", "count",
    "analysis", "poll", "calculations", "review", "survey", "study", "estimate", "estimates",
    "figures",
})  # fmt: skip
# Who saw a document a report rests on: "according to a draft seen by Meridian Wire" is
# Meridian Wire's report (it saw the draft), whatever outlet carries the sentence; the draft
# itself is no speaker. Read by the attribution cues and by the facts' speakers alike.
# Words that say a holder has left office ("former EPA Administrator", "ex-minister"): who
# speaks then speaks for themselves, not for the body they once led
LEFT_OFFICE = re.compile(r"\b(?:former|ex-)", re.IGNORECASE)
SEEN_BY = re.compile(r"(?:seen|obtained|reviewed|viewed|published|(?:first\s+)?reported)\s+by\s+")
# Words that open a description of a body or a medium ("the agency", "its ministry")
DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "one", "two",
                                 "three", "several", "many", "some", "other"})  # fmt: skip
UPPER_LETTERS = "A-ZÀ-ÖØ-ÞČŠŽŘĎŤŇĚŁŚŹŻĆŃ"  # capitals of the languages the seeds are in
_JOINED_NAME = re.compile(r"\s+(?:and|&)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})\b")
_UPPER = re.compile(f"[{UPPER_LETTERS}]")
_LEADING_THE = re.compile(r"^(?:The|the)\s+")
_GENERIC_OWNERS = re.compile(r"^(?:the|its|their)\s+(?:(?:country|state|nation|city)['’]s\s+)?")
_PERSON_OR_ORG = frozenset({"PERSON", "ORG"})
_PERSON = frozenset({"PERSON"})
_ORG = frozenset({"ORG"})
_BODY = frozenset({"ORG"})
_VERBS = frozenset({"VERB", "AUX"})
_CLAUSE_VERBS = frozenset({"ROOT", "ccomp", "parataxis"})  # a clause of its own
_APPOSITION_END = re.compile(r"[,;:.!?\n]|\s(?:and|who|said|says|told)\b")
_CUE_WORDS = frozenset({"said", "says", "told"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_QUANTITIES = frozenset({"lot", "number", "majority", "handful", "couple", "dozen", "group"})
_SMALL_NAME_WORDS = frozenset({"of", "for", "and", "the", "on", "in"})


def body_name(phrase: str) -> str | None:
    """The name a body's description gives it, one spelling however it is written: "the
    country's investigative committee" -> "Investigative Committee", "Ukraine's foreign
    ministry" -> "Ukraine's Foreign Ministry"; None when no word of the phrase is a body's
    noun, for a bare lower-case noun mid-clause ("party"), or for a body the phrase leaves
    unnamed ("a Russian group", "one agency", "the company")."""
    low = phrase.casefold()
    if not (set(low.split()) & BODY_NOUNS or "white house" in low):
        return None
    if low.split()[0] in _INDEFINITE:
        return None  # "a Russian group that monitors arrests said": which one, unsaid
    bare = _LEADING_THE.sub("", phrase)
    if len(bare.split()) < 2 and not _UPPER.search(bare) and low.split()[-1] not in _A_STATES:
        return None  # "the company said": which one, the words do not say (but "the
        # authorities", "the government": the state's, counted with it by whoever reads)
    if not _UPPER.search(phrase) and low.split()[0] not in DESCRIPTION_OPENERS:
        return None
    if not _UPPER.search(phrase) and low.split()[-1] in _KINDS_OF_FIRM:
        return None  # "the drug company said": which one, the words do not say either
    name = _LEADING_THE.sub("", _GENERIC_OWNERS.sub("", phrase, count=1))
    words = name.split()
    return " ".join(
        w if w in _SMALL_NAME_WORDS and i else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


# A state's bodies named by their kind alone: whose, whoever reads them decides by the story
_A_STATES = frozenset(
    {"authorities", "government", "administration", "officials", "military", "army", "cabinet"}
)
# Kinds of firm a lower-case description names by their trade, never one body by its name
# ("the drug company", "the tech firm"; but "the country's investigative committee" is one)
_KINDS_OF_FIRM = frozenset({"company", "firm", "corporation", "group", "business"})
_INDEFINITE = frozenset(
    {"a", "an", "one", "another", "some", "several", "many", "two", "three", "other"}
)


def bare_name(text: str) -> str:
    """A name without a possessive ending, edge spaces, a dateline the NER glued to it or a
    headline's verbs it ran on into: "Trump's" -> "Trump", "CLEVELAND - Donald Trump" ->
    "Donald Trump", "CNN)The House" -> "The House", "Trump May Not Have Suggested" ->
    "Trump"."""
    name = without_glued_credit(_GLUED_DATELINE.sub("", text.strip()))
    return _before_a_verb(name.removesuffix("’s").removesuffix("'s").strip())


def names_a_written_source(word: str, lemma: str) -> bool:
    """Whether a noun is one of WRITTEN_SOURCES, as written or by its lemma ("data" is
    "datum" to the lemmatiser, "reports" is "report")."""
    return word.casefold() in WRITTEN_SOURCES or lemma.casefold() in WRITTEN_SOURCES


def document_owners(tokens: Sequence[Token], noun: int, members: Iterable[int]) -> list[int]:
    """The tokens among `members` (the noun's phrase) that say whose a written source is:
    its owner ("Warren's report says") and what it is from or by ("Tuesday's report from
    the Labor Department showed"), for every extractor that reads a document's speaker."""
    phrase = list(members)

    def kids(head: int, deps: frozenset[str]) -> list[int]:
        return [t for t in phrase if t != head and tokens[t].head == head and tokens[t].dep in deps]

    preps = [p for p in kids(noun, _PREP) if tokens[p].lemma.lower() in _FROM_OR_BY]
    return kids(noun, _POSS) + [o for p in preps for o in kids(p, _POBJ)]


_PREP, _POSS, _POBJ = frozenset({"prep"}), frozenset({"poss"}), frozenset({"pobj"})
_FROM_OR_BY = frozenset({"from", "by", "of"})


# "CLEVELAND - ", "ROME — ": a dateline's place in capitals and its dash, before a name
# ("CLEVELAND - Donald Trump")
_GLUED_DATELINE = re.compile(r"^[A-Z][A-Z.'’ ]{2,}[A-Z.]\s+[-–—]+\s+(?=[A-Z][a-z])")


class Referents:
    """The people, states and organisations of one article, and what phrases refer to."""

    def __init__(self, parsed: ParsedArticle, gazetteer: Gazetteer) -> None:
        self.parsed = parsed
        self.text = parsed.text
        self.gazetteer = gazetteer
        self._titles: dict[int, Title] = {}
        self._states: dict[str, str | None] = {}
        self._person_states: dict[str, str | None] = {}
        self._state_names: dict[str, bool] = {}
        self._name_texts: dict[Mention, str] = {}
        self._full_names_of: dict[tuple[str, str | None], str] = {}

    # --- who is a person --------------------------------------------------------------

    @cached_property
    def people(self) -> tuple[Mention, ...]:
        """PERSON mentions, and the named mentions the small NER model mislabels ("Trump" as
        ORG) whose last word is the last word of a PERSON mention of the article."""
        mentions = self.parsed.mentions
        surnames = self.parsed.person_last_words
        # "Ravnik" the NER calls a place elsewhere is one; not "Rubio", the surname of a
        # "Marco Rubio" it also tagged (the small model calls a surname a building at times)
        full_surnames = {
            words[-1] for m in mentions if m.label == "PERSON" and len(words := m.text.split()) > 1
        }
        places = {
            m.text for m in mentions if m.label in PLACE_LABELS and m.text not in full_surnames
        }
        return tuple(
            m
            for m in mentions
            if (
                m.label == "PERSON"
                or (
                    m.label in NAME_LABELS
                    and _last_word(m.text) in surnames
                    and not _opens_with_place(m.text, places)
                    and not self._another_names_modifier(m)
                )
            )
            and not self._is_state_name(m.text)
            and m.text not in places
            and m.text not in self._modifiers_only
        )

    @cached_property
    def _person_texts(self) -> frozenset[str]:
        return frozenset(m.text for m in self.parsed.mentions if m.label == "PERSON")

    @cached_property
    def _people_set(self) -> frozenset[Mention]:
        return frozenset(self.people)

    @cached_property
    def _persons_words(self) -> frozenset[str]:
        people = (m.text for m in self.parsed.mentions if m.label == "PERSON")
        return frozenset(word for text in people for word in bare_name(text).split())

    def _another_names_modifier(self, mention: Mention) -> bool:
        """A mislabelled name ending in a person's surname that qualifies a thing ("a
        Capitol Hill aide" beside Katie Hill) with words before the surname that are no
        title, initial or given name of a person of the article: another name, no person."""
        last = self.parsed.token_at(mention.end - 1)
        if last is None or not self._qualifies_a_thing(last):
            return False
        words = bare_name(mention.text).split()[:-1]
        return not all(
            w in self._persons_words
            or self.gazetteer.is_title_word(w.rstrip("."))
            or _is_initial(w)
            or self.gazetteer.gender_of_given_name(w) is not None
            for w in words
        )

    @cached_property
    def _modifiers_only(self) -> frozenset[str]:
        """One-word "names" the article only ever uses to qualify a thing ("passing Twitter
        tantrums"), never as someone, and that end no longer name: a brand, not a person."""
        longer = {_last_word(m.text) for m in self.parsed.mentions if len(m.text.split()) > 1}
        uses: dict[str, list[bool]] = {}
        for mention in self.parsed.mentions:
            if mention.label != "PERSON" or len(mention.text.split()) != 1:
                continue
            index = self.parsed.token_at(mention.start)
            qualifies = index is not None and self._qualifies_a_thing(index)
            uses.setdefault(mention.text, []).append(qualifies)
        return frozenset(t for t, q in uses.items() if all(q) and t not in longer)

    def _qualifies_a_thing(self, index: int) -> bool:
        head = self.parsed.head(index)
        if head is None or self.parsed.tokens[index].dep != "compound":
            return False
        titled = index > 0 and self.gazetteer.is_title_word(self.parsed.lower(index - 1))
        # "President Trump misunderstood the question", with the verb tagged a noun
        verb_like = self.parsed.lower(head).endswith(("ed", "ing"))
        return self.parsed.tokens[head].pos == "NOUN" and not titled and not verb_like

    @cached_property
    def _people_by_last_word(self) -> dict[str, list[Mention]]:
        found: dict[str, list[Mention]] = {}
        for mention in self.people:
            found.setdefault(_last_word(mention.text), []).append(mention)
        return found

    @cached_property
    def _genders(self) -> dict[str, str]:
        """Full name -> "m" or "f" where the article gives a title that says ("Mrs. Clinton",
        "Mr. Netanyahu", "spokeswoman Nicole Navas") or the given name does (the gazetteer's
        table: "Hillary", "Melania"); a name given both (two Clintons resolved to one) is
        left out."""
        found: dict[str, set[str]] = {}
        for mention, full in self._full_names:
            gender = self._title_gender(mention, self.title_of(mention).words)
            given = full.split()[0] if len(full.split()) > 1 else ""
            gender = gender or (self.gazetteer.gender_of_given_name(given) if given else None)
            if gender is not None:
                found.setdefault(full, set()).add(gender)
        return {name: next(iter(g)) for name, g in found.items() if len(g) == 1}

    @cached_property
    def _full_names(self) -> tuple[tuple[Mention, str], ...]:
        """Each person mention with its full name, read once per article."""
        return tuple((m, self._full_name_of(m)) for m in self.people)

    def _agrees(self, pronoun: str, name: str) -> bool:
        """Whether a person pronoun may stand for the person: "he" is no "Mrs. Clinton"."""
        wanted = _PRONOUN_GENDER.get(pronoun)
        known = self._genders.get(name) or _DESCRIBED_GENDER.get(_last_word(name))
        return wanted is None or known is None or known == wanted

    def is_person_name(self, text: str) -> bool:
        """A name whose last word is the last word of a person named in the article."""
        return _last_word(text) in self._people_by_last_word

    def name_text(self, mention: Mention) -> str:
        """A person mention's name without the common words the NER took in front of it
        ("Billionaire Donald Trump" is Donald Trump)."""
        if mention not in self._name_texts:
            self._name_texts[mention] = self._read_name_text(mention)
        return self._name_texts[mention]

    def _read_name_text(self, mention: Mention) -> str:
        if mention.label == "PERSON" and (
            self._opens_a_question(mention) or self._first_ladys(mention)
        ):
            return mention.text.split(maxsplit=1)[1]
        tokens = self.parsed.covering(mention.start, mention.end)
        first = 0
        while first < len(tokens) - 1 and self.parsed.tokens[tokens[first]].pos in _NOT_NAMES:
            first += 1
        if first == 0 or mention.label != "PERSON":
            return self._without_headline_words(mention.text)
        if self.parsed.tokens[tokens[first]].pos != "PROPN":
            return mention.text  # "Trump’s" with "Trump" tagged a noun: nothing to drop
        return self.text[self.parsed.tokens[tokens[first]].start : mention.end]

    def _first_ladys(self, mention: Mention) -> bool:
        """ "First Lady Melania Trump", the NER's "Lady Melania Trump": a title, not a name
        ("Lady Gaga" stays whole)."""
        words = mention.text.split()
        before = self.text[max(0, mention.start - 7) : mention.start].casefold().split()
        return len(words) > 2 and words[0] == "Lady" and before[-1:] == ["first"]

    def _opens_a_question(self, mention: Mention) -> bool:
        """ "Will Sanders come down off the pique?": the auxiliary opening a question the NER
        took for a given name."""
        words = mention.text.split()
        if len(words) < 2 or words[0].casefold() not in _QUESTION_OPENERS:
            return False
        sentence = self.parsed.sentence_at(mention.start)
        if sentence is None or sentence.start != mention.start:
            return False
        return self.text[sentence.start : sentence.end].rstrip().endswith("?")

    def _without_headline_words(self, name: str) -> str:
        """A name the NER ran on into a title-case headline's verb ("Ted Cruz Refuses to
        Disavow ...", "Trump May Not Have Suggested"): the article's own shorter name of the
        person, when it writes one."""
        name = _before_a_verb(name)  # the raw mention text may still hold them
        words = name.split()
        shorter = " ".join(words[:-1])
        # a headline's verb is in the present ("Refuses", "Slams", "Says"): "Aung San Suu
        # Kyi" stays whole beside a mislabelled "Aung San"
        if len(words) > 2 and words[-1].endswith("s") and shorter in self._person_texts:
            return shorter
        return name

    def full_name(self, name: str, gender: str | None = None) -> str:
        """The fullest name in the article ending with this one's last word, of the person
        named first among those it may be (not a headline the NER took whole for a name:
        "Gold Star Mom Corners Obama"), of a man or a woman when `gender` says ("Mr.
        Clinton" is not "Hillary Clinton")."""
        key = (name, gender)
        if key not in self._full_names_of:
            self._full_names_of[key] = self._read_full_name(name, gender)
        return self._full_names_of[key]

    def _read_full_name(self, name: str, gender: str | None) -> str:
        # in the order the article names them, a relative's possessor last ("Joe Biden's son
        # Hunter Biden ... the younger Biden" is about Hunter)
        mentions = sorted(self.mentions_of(name), key=self._names_a_relative)
        longer = [bare_name(self.name_text(m)) for m in mentions]
        first = min(mentions, key=lambda m: m.start, default=None)
        if first is not None and len(bare_name(self.name_text(first)).split()) == 1 + (
            self.gazetteer.is_title_word(self.name_text(first).split()[0].rstrip("."))
        ):
            # "President Trump met the Queen ... Trump and first lady Melania Trump": the
            # surname first named alone is that person; a relative introduced later is not
            relative = {n: self._a_relative(m) for m, n in zip(mentions, longer, strict=True)}
            for m, n in zip(mentions, longer, strict=True):
                relative[n] = relative[n] and self._a_relative(m)  # each mention says so
            longer = [n for n in longer if not relative[n]] or longer
        given = [w for w in bare_name(name).split()[:-1] if w.casefold() not in SURNAME_PARTICLES]
        if given and not self.gazetteer.is_title_word(given[0].casefold().rstrip(".")):
            # "Melania Trump" is not "Donald Trump": a given name keeps its person
            longer = [n for n in longer if n.split()[:1] == given[:1]]
        if gender is not None and any(self._given_gender(n) not in (None, gender) for n in longer):
            # a family ("Hillary Clinton", "Bill Clinton"): the title picks whose name
            agreeing = [n for n in longer if self._given_gender(n) == gender]
            longer = agreeing or [n for n in longer if self._given_gender(n) is None]
        return self._first_named(list(filter(_name_sized, longer))) or bare_name(name)

    def _a_relative(self, mention: Mention) -> bool:
        """ "first lady Melania Trump", "his wife, Melania Trump", "son Donald Trump Jr.": a
        person introduced as someone's relative."""
        before = self.text[max(0, mention.start - 24) : mention.start].casefold()
        words = before.replace(",", " ").split()
        return bool(words) and (words[-1] in _RELATIVES or words[-2:] == ["first", "lady"])

    def _names_a_relative(self, mention: Mention) -> bool:
        """ "Joe Biden's son", "Trump’s wife": the person is named for whose relative follows."""
        after = self.text[mention.end : mention.end + 24]
        if not mention.text.endswith(("'s", "’s")):
            if not after.startswith(("'s", "’s")):
                return False
            after = after[2:]
        words = after.split()
        return bool(words) and words[0].casefold().strip(",") in _RELATIVES

    def _first_named(self, names: Sequence[str]) -> str | None:
        """The fullest name of the person of `names` (in the order of their mentions) the
        article names first: news introduces whom it is about before the family member or
        namesake, so "Trump" after "Donald Trump won ... Melania Trump spoke" is still he."""
        people: dict[tuple[str, ...], list[str]] = {}
        names = list(dict.fromkeys(names))  # each name once, in the order first written
        for name in names:
            # "Lamont Scott" the NER cut from "Keith Lamont Scott" is the same man (when the
            # longer name opens with a given name: "Telling Jeb Bush" is a headline's words)
            fullest = max(
                (n for n in names if _ends_with_words(n, name) and self._given_first(n)),
                key=len,
                default=name,
            )
            people.setdefault(self._whose(fullest), []).append(fullest)
        named = [group for key, group in people.items() if key] or list(people.values())
        return max(named[0], key=len) if named else None

    def _given_first(self, name: str) -> bool:
        """Whether a name opens with a given name or an initial ("Keith Lamont Scott")."""
        first = name.split()[0]
        return _is_initial(first) or self.gazetteer.gender_of_given_name(first) is not None

    def _whose(self, name: str) -> tuple[str, ...]:
        """What tells people of one surname apart: the given name and generation ("Donald",
        "Jr."); empty for a surname alone or after a title ("Mr. Trump")."""
        words = [w for w in name.split() if not self.gazetteer.is_title_word(w.rstrip("."))]
        given = [w.casefold() for w in words[:-1] if not _is_initial(w)][:1]
        return (*given, *(w for w in words if w in _GENERATIONS)) if given else ()

    def _given_gender(self, name: str) -> str | None:
        words = name.split()
        return self.gazetteer.gender_of_given_name(words[0]) if len(words) > 1 else None

    def _full_name_of(self, mention: Mention) -> str:
        """A person mention's full name, a title before it ("Mr.", "Mrs.") saying whose."""
        return self.full_name(self.name_text(mention), self._title_gender(mention))

    def _title_gender(self, mention: Mention, more: Iterable[str] = ()) -> str | None:
        """ "m" or "f" when the word before a person mention, its first word or one of
        `more` (its title's words) is a title that says ("Mrs. Clinton", "Mr. Netanyahu")."""
        before = self.text[max(0, mention.start - 16) : mention.start].split()[-1:]
        words = [*before, *mention.text.split()[:1], *more]
        return next((g for w in words if (g := _TITLE_GENDER.get(w.casefold()))), None)

    def mentions_of(self, name: str) -> list[Mention]:
        """Every mention of the person whose name ends with this one's last word."""
        return self._people_by_last_word.get(_last_word(name), [])

    # --- titles and states --------------------------------------------------------------

    def title_of(self, mention: Mention) -> Title:
        """The title around one mention: the words before it ("U.S. President", "Special
        American envoy") and an apposition after it (", Russia's foreign minister,")."""
        found = self._titles.get(mention.start)
        if found is None:
            found = self._read_title(mention)
            self._titles[mention.start] = found
        return found

    def _read_title(self, mention: Mention) -> Title:
        before_state, before_words = self._title_before(mention.start)
        after_state, after_words = self._apposition_after(mention.end)
        words = before_words + self._title_inside(mention) + after_words
        return Title(before_state or after_state, frozenset(words), " ".join(words))

    def _title_inside(self, mention: Mention) -> list[str]:
        """A title the tagger kept inside the name: "Pope Francis", "King Charles"."""
        words = mention.text.split()
        inside = list(itertools.takewhile(self.gazetteer.is_title_word, words[:-1]))
        return [w.lower() for w in inside]

    def _title_before(self, start: int) -> tuple[str | None, list[str]]:
        state, words = self._title_in(start)
        if state is None and words:
            # "Orvenia's chief negotiator, Deputy Foreign Minister Pavel Vrana": the title
            # before the apposition names the state
            window = self.text[max(0, start - _TITLE_WINDOW) : start]
            before = _PHRASE_BREAK.split(window)
            comma = window.rfind(", ", 0, len(window) - len(before[-1]))
            if len(before) > 1 and comma >= 0 and comma + 2 == len(window) - len(before[-1]):
                earlier_state, earlier = self._title_in(max(0, start - _TITLE_WINDOW) + comma)
                if earlier_state is not None and earlier:
                    return earlier_state, words
        return state, words

    def _title_in(self, start: int) -> tuple[str | None, list[str]]:
        """Walk back from a name over title words and state words: "U.S. President Donald
        Trump's special envoy" gives envoy, special (the title) and the United States; the
        words of another name are crossed only once a title word was seen."""
        window = self.text[max(0, start - _TITLE_WINDOW) : start]
        window = _PHRASE_BREAK.split(window)[-1]
        words: list[str] = []
        titled, crossed, given = False, False, 0
        owner: str | None = None  # "Putin's" in "Putin's foreign policy aide"
        for word in reversed(_WORD.findall(window)):
            bare = _POSSESSIVE.sub("", word) if word[-2:] in ("'s", "’s") else word
            low = bare.lower().rstrip(".") if not _is_abbreviation(bare) else bare.lower()
            found = self.state_of_word(bare)
            if found is not None:
                return found, words[::-1]
            if self.gazetteer.is_title_word(low):
                titled = True
                if not crossed:
                    words.append(low)
                continue
            if titled and low in ("its", "their"):  # "Its chief negotiator": the state before
                return self._latest_state(start), words[::-1]
            if titled and bare[:1].isupper():
                crossed = True  # "Donald Trump's" in "President Donald Trump's envoy"
                if owner is None and bare != word:
                    owner = bare
                continue
            if not titled and not words and given < 2 and bare[:1].isupper():
                given += 1  # "Vladimir" before a mention of "Putin" alone
                continue
            break
        if owner is not None and self.is_person_name(owner):
            # "Putin's foreign policy aide Yuri Ushakov" acts for the state Putin acts for
            return self.state_of_person(owner), words[::-1]
        return None, words[::-1]

    def _latest_state(self, before: int) -> str | None:
        """The state of the latest place or nationality named before `before`."""
        for mention in sorted(self.parsed.mentions, key=lambda m: -m.start):
            if mention.end <= before and mention.label in ("GPE", "NORP"):
                return self.state_of_word(bare_name(mention.text))
        return None

    def _apposition_after(self, end: int) -> tuple[str | None, list[str]]:
        """ "Sergei Lavrov, Russia's foreign minister, said": the title after a comma."""
        after = self.text[end : end + _APPOSITION_WINDOW]
        if not after.startswith(", "):
            return None, []
        end_of_phrase = _APPOSITION_END.search(after, 2)
        phrase = after[2 : end_of_phrase.start() if end_of_phrase else len(after)]
        if end_of_phrase is not None and end_of_phrase.group().strip() in _CUE_WORDS:
            return None, []  # "Clinton, a top aide said, ...": the aide speaks, of Clinton
        if self._runs_into_a_clause(end + 2, end + 2 + len(phrase)):
            return None, []  # "hosts Joe Scarborough and Mika Brzezinski, the Democratic
            # presidential candidate stated that": the candidate is the subject, not Mika
        state: str | None = None
        words: list[str] = []
        owned = False
        for position, word in enumerate(_WORD.findall(phrase)):
            bare = _POSSESSIVE.sub("", word) if word[-2:] in ("'s", "’s") else word
            found = self.state_of_word(bare)
            if found is not None:
                state = state or found
            elif words and bare.lower() in _OWNER_PREPOSITIONS:
                owned = True  # "the special envoy of the president": the president is another
            elif self.gazetteer.is_title_word(bare.lower()):
                if not owned:
                    words.append(bare.lower())
            elif position == 0 and bare.lower() not in DETERMINERS:
                return None, []  # ", Trump said": no apposition
        return (state, words) if words else (None, [])

    def _runs_into_a_clause(self, start: int, end: int) -> bool:
        """The words after a name's comma go on into a clause's own verb (not a participle
        or a relative clause describing the one named): a subject, no apposition."""
        return any(
            self.parsed.tokens[t].pos in _VERBS and self.parsed.tokens[t].dep in _CLAUSE_VERBS
            for t in self.parsed.covering(start, end)
        )

    def state_of_person(self, name: str) -> str | None:
        """The state named in the title of any mention of this person, the first found."""
        last = _last_word(name)
        if last not in self._person_states:
            self._person_states[last] = None  # "A's aide B" and "B's aide A": the chain ends
            states = (self.title_of(m).state for m in self.mentions_of(name))
            self._person_states[last] = next((s for s in states if s is not None), None)
        return self._person_states[last]

    def titles_of_person(self, name: str) -> list[Title]:
        return [self.title_of(m) for m in self.mentions_of(name)]

    def state_of_word(self, word: str) -> str | None:
        """The state a word names or qualifies: "Russian", "U.S.", "Russia's", "the Kremlin";
        else a state of the article's own places ("Kestrian" -> "Kestria", named in it)."""
        key = word.strip()
        if key not in self._states:
            self._states[key] = self._state_of(key)
        return self._states[key]

    def names_one_member(self, kind: str, name: str) -> bool:
        """A group named by a party's or a nation's word in the singular names one of its
        members ("the Utah Republican", "a Democrat", "the Russian"), left unnamed there; its
        plural names the group ("Republicans"). A surname the tagger took for a group
        ("Smbatyan") is no such word. `kind` and `name` are a referent's or an actor's."""
        if kind != GROUP:
            return False
        word = name.strip()
        return word.lower() in PARTY_MEMBERS or (
            " " not in word and word.endswith("an") and self.state_of_word(word) is not None
        )

    def _state_of(self, word: str) -> str | None:
        bare = bare_name(word)
        if not bare or not bare[:1].isupper():
            return None
        known = self.gazetteer.state_of(bare)
        if known is not None:
            return known
        return self._article_state(bare)

    def _state_adjective(self, text: str) -> str | None:
        """The state a one-word state adjective stands for, when no person of the article
        bears it as a surname ("Azerbaijani", not the "French" of David French)."""
        if len(text.split()) != 1 or text in self._surnames_of_full_names:
            return None
        return self.gazetteer.state_of_adjective(text)

    @cached_property
    def _surnames_of_full_names(self) -> frozenset[str]:
        people = (m.text for m in self.parsed.mentions if m.label == "PERSON")
        return frozenset(_last_word(t) for t in people if len(bare_name(t).split()) > 1)

    def _is_state_name(self, text: str) -> bool:
        if text not in self._state_names:
            self._state_names[text] = self.gazetteer.state_named(bare_name(text)) is not None
        return self._state_names[text]

    @cached_property
    def _places(self) -> dict[str, str]:
        """The article's own GPE names (folded) -> as written: states the gazetteer lacks."""
        return {
            fold(bare_name(m.text)): bare_name(m.text)
            for m in self.parsed.mentions
            if m.label == "GPE" and bare_name(m.text)[:1].isupper()
        }

    @cached_property
    def _adjective_bases(self) -> dict[str, str]:
        """Names an adjective may be made from: the places, and one-word names the NER model
        took for an organisation ("Orvenia" as ORG, so "Orvenian" is still Orvenia's)."""
        bases = dict(self._places)
        for mention in self.parsed.mentions:
            name = bare_name(mention.text)
            if mention.label == "ORG" and _one_capitalised_word(name):
                bases.setdefault(fold(name), name)
        return bases

    def _article_state(self, word: str) -> str | None:
        """ "Kestrian" -> "Kestria" when the article names Kestria; "Kestria" itself."""
        folded = fold(word)
        if folded in self._places:
            return self._places[folded]
        for place_key, place in self._adjective_bases.items():
            if _adjective_of(folded, place_key):
                return place
        return None

    # --- what a phrase refers to ------------------------------------------------------

    def named_in(self, start: int, end: int) -> Mention | None:
        """The named mention that holds the head (last word) of the phrase text[start:end].

        A PERSON first, else the longest: in "The US leader" the GPE "US" is a modifier, not
        the referent, while "Russian Foreign Minister Sergei Lavrov" ends in the name.
        """
        head = [
            m
            for m in self.parsed.mentions
            if m.label in NAME_LABELS and m.start < end and start < m.end and m.end >= end - 1
        ]
        if not head:
            return None
        found = max(head, key=lambda m: (m.label == "PERSON", m.end - m.start))
        return self._whole_body_name(self._local_branch(found))

    def _local_branch(self, mention: Mention) -> Mention:
        """A body's name right before a place, in one noun phrase with it, is its branch
        there: "NBC New York reported" is the station, not the city ("Google China"); in
        "told CNN Russia would" the two are apart."""
        last = self.parsed.token_at(mention.start - 2)  # the word before the space
        if mention.label not in PLACE_LABELS or last is None or self.text[mention.start - 1] != " ":
            return mention
        body = self.parsed.mention_at(last, _ORG)
        if body is None or body.end != mention.start - 1:
            return mention
        if self.parsed.tokens[last].dep != "compound":
            return mention
        return Mention(body.start, mention.end, self.text[body.start : mention.end], "ORG")

    def _whole_body_name(self, mention: Mention) -> Mention:
        """A body's name the tagger cut at "and" ("Customs" of "Customs and Border
        Protection said"): the capitalised words joined to it that are no name of their own."""
        if mention.label != "ORG":
            return mention
        joined = _JOINED_NAME.match(self.text, mention.end)
        if joined is None or self.parsed.mentions_in(joined.start(1), joined.end()):
            return mention
        return Mention(mention.start, joined.end(), self.text[mention.start : joined.end()], "ORG")

    def named_apposition(self, head: int) -> Mention | None:
        """ "Orvenia's chief negotiator, Deputy Foreign Minister Pavel Vrana, said": the
        person an apposition names for the description it stands beside."""
        medium = self.parsed.lemma(head) in MEDIUM_NOUNS  # "the agency TASS", "the server X"
        body = self.parsed.mention_at(head, _BODY)
        if not medium and body is not None:
            # "a super PAC supporting ... Scott Walker" misparsed: a body is no one; but its
            # title glued to a name is the person's ("Office of Management and Budget
            # Director Mick Mulvaney", parsed with "Office" as the subject)
            return self._titled_in_a_body(head, body)
        for child in self.parsed.appositions(head):
            token = self.parsed.tokens[child]
            named = self.named_in(token.start, token.end)
            if named is not None and (named.label == "PERSON" or medium):
                return named
        return self._glued_holder(head)

    def _titled_in_a_body(self, head: int, body: Mention) -> Mention | None:
        for child in self.parsed.appositions(head):
            token = self.parsed.tokens[child]
            named = self.named_in(token.start, token.end)
            if named is None or named.label != "PERSON" or named.start < body.end:
                continue
            between = self.text[body.end : named.start]
            words = _WORD.findall(between)
            glued = not any(mark in between for mark in ",;:()")
            if glued and words and all(self.gazetteer.is_title_word(w.lower()) for w in words):
                return named
        return None

    def _glued_holder(self, head: int) -> Mention | None:
        """ "The president of Ukraine Wolodymyr Zelenski declared", "The head of Russian
        diplomacy Siergiej Lawrow said" (word orders translation leaves): a name glued to
        the state or the domain of a title's "of" phrase holds the title. Not when a title
        of its own stands before it ("the envoy of US President Donald Trump") or nothing
        does ("the wife of Donald Trump")."""
        if self.parsed.mention_at(head, _PERSON) is not None:
            return None
        for named, person in self.parsed.of_phrase_people(head, _PERSON_OR_ORG):
            first = self.parsed.subtree(named)[0]
            between = _WORD.findall(self.text[self.parsed.tokens[first].start : person.start])
            words = [w for w in between if w.lower() not in DETERMINERS]
            if not words or any(self.gazetteer.is_title_word(w.lower()) for w in words):
                continue
            if person.label != "PERSON" and not self._shaped_like_person(person, words):
                continue  # "the head of Ukrainian energy company Naftogaz": the company's
            if any(self.state_of_word(w) is not None for w in words):
                return person
        return None

    def _shaped_like_person(self, mention: Mention, before: Sequence[str]) -> bool:
        """ "Siergiej Ławrow" taken by the NER for an organisation (a translated spelling
        it has not seen): two or three capitalised words, none an acronym, a body's or a
        medium's noun or a state's word, after words that name no body or medium."""
        words = bare_name(mention.text).split()
        nouns = BODY_NOUNS | MEDIUM_NOUNS.keys()
        return (
            2 <= len(words) <= 3
            and all(_given_or_family_name(w) for w in words)
            and not any(w.casefold() in nouns for w in [*words, *before])
            and not any(self.state_of_word(w) is not None for w in words)
        )

    def of_mention(self, mention: Mention) -> Referent:
        """A named mention as a referent: a person by full name, a state by its gazetteer
        or place name, a nationality by its state, else an organisation or group."""
        text = bare_name(mention.text)
        adjective = self._state_adjective(text) if mention.label in _PERSON_OR_ORG else None
        if adjective is not None:  # "The Azerbaijani authorities", the NER's PERSON or ORG
            return Referent(adjective, STATE, mention.start, mention.end, adjective, True, mention)
        if mention.label == "PERSON" and not self._is_state_name(text):
            return self._person(mention)
        if self.is_person_name(text) and not self._is_state_name(text):
            return self._person(mention)
        state = self.gazetteer.state_named(text)
        if state is not None:
            return Referent(state, STATE, mention.start, mention.end, state, True, mention)
        if mention.label in ("NORP", "GPE"):
            state = self.state_of_word(text)
            if state is not None:
                return Referent(state, STATE, mention.start, mention.end, state, True, mention)
            kind = GROUP if mention.label == "NORP" else STATE
            return Referent(text, kind, mention.start, mention.end, None, True, mention)
        kind = ORGANISATION if mention.label == "ORG" else PLACE
        owner = self._owning_state(mention) if kind == ORGANISATION else None
        return Referent(text, kind, mention.start, mention.end, owner, True, mention)

    def _owning_state(self, mention: Mention) -> str | None:
        """The state a body is written as belonging to: "Russia's defence ministry"."""
        owner = _OWNER_BEFORE.search(self.text[max(0, mention.start - 40) : mention.start])
        return self.gazetteer.state_named(owner.group(1)) if owner else None

    def _person(self, mention: Mention) -> Referent:
        full = self._full_name_of(mention)
        state = self.state_of_person(full)
        return Referent(full, PERSON, mention.start, mention.end, state, True, mention)

    def resolve(self, start: int, end: int, *, recent: Sequence[Referent] = ()) -> Referent | None:
        """What the phrase text[start:end] refers to, or None.

        `recent` lists what earlier quotes' speakers resolved to, oldest first: a pronoun
        prefers the latest of them still in view. A proper name the NER model missed is a
        person named by itself.
        """
        named = self.named_in(start, end)
        if named is not None:
            return self.of_mention(named)
        phrase = self.text[start:end]
        kind = mention_kind(phrase)
        if kind == "pronoun":
            return self.pronoun(phrase.lower(), start, recent)
        if kind == "name" and self._only_an_office(phrase):
            return self.description(phrase, start)  # "U.S. Ambassador": no one's name
        if kind == "name" and self._ends_in_proper_noun(start, end):
            state = self.gazetteer.state_named(bare_name(phrase))
            if state is not None:
                return Referent(state, STATE, start, end, state, True)
            name = self.full_name(phrase)
            return Referent(name, PERSON, start, end, self.state_of_person(name), True)
        if kind == "name" and (earlier := self._written_before(phrase, start, recent)):
            return earlier
        return self.description(phrase, start) or self._first_named_conjunct(start, end)

    def _only_an_office(self, phrase: str) -> bool:
        """A capitalised office and the state it is of, nobody's name: "U.S. Ambassador",
        "Secretary", "Defense Secretary" ("Martin Luther King" has names before "King")."""
        words = bare_name(phrase).split()
        if not words or not self.gazetteer.is_title_word(words[-1].lower()):
            return False
        return all(
            self.gazetteer.is_title_word(w.lower()) or self.state_of_word(w) is not None
            for w in words
        )

    def _written_before(
        self, phrase: str, start: int, recent: Sequence[Referent]
    ) -> Referent | None:
        """A name the parse took for another word ("Axios also mentions ...", its "Axios" an
        adverb there) written exactly as an earlier speaker or named mention of the article
        ("as Axios wrote"): that one."""
        wanted = fold(phrase)
        for earlier in reversed(recent):
            if fold(self.text[earlier.start : earlier.end]) == wanted:
                return earlier
        for mention in reversed(self.parsed.mentions):
            if (
                mention.end <= start
                and mention.label in NAME_LABELS
                and fold(mention.text) == wanted
            ):
                return self.of_mention(mention)
        return None

    def _first_named_conjunct(self, start: int, end: int) -> Referent | None:
        """ "Trump and other U.S. officials warned": Trump is one who warned (a named
        first conjunct; the others are left unnamed)."""
        conjunction = _CONJUNCTION.search(self.text, start, end)
        if conjunction is None:
            return None
        first = start + len(self.text[start : conjunction.start()].rstrip())
        named = self.named_in(start, first)
        if named is None or named.start > start + 4:  # "Trump", "the US", not "his aide ..."
            return None
        return self.of_mention(named)

    def _ends_in_proper_noun(self, start: int, end: int) -> bool:
        last = self.parsed.covering(start, end)
        if not last:
            words = self.text[start:end].split()
            return bool(words) and all(w[:1].isupper() or w in SURNAME_PARTICLES for w in words)
        return self.parsed.tokens[last[-1]].pos == "PROPN"

    def two_sides(self, at: int) -> tuple[Referent, Referent] | None:
        """ "both sides", "the two sides": the two parties last named together before `at`
        ("Kestria and Orvenia agreed ... Ensdal said both sides had agreed ..."), when both
        are states, organisations or people and not one; None when no pair is in view."""
        mentions = [
            m
            for m in self.parsed.mentions
            if m.label in NAME_LABELS and m.end <= at and at - m.end <= _DESCRIPTION_REACH
        ]  # the parties are most often named together once, in the headline or the lead
        for second_at in range(len(mentions) - 1, 0, -1):
            first, second = mentions[second_at - 1], mentions[second_at]
            if self.text[first.end : second.start] != " and ":
                continue
            pair = (self.of_mention(first), self.of_mention(second))
            if all(r.kind in _PARTY_KINDS for r in pair) and pair[0].name != pair[1].name:
                return _unresolved(pair[0]), _unresolved(pair[1])
        return None

    # --- pronouns -----------------------------------------------------------------------

    def pronoun(
        self, pronoun: str, at: int, recent: Sequence[Referent] = (), besides: str | None = None
    ) -> Referent | None:
        """A person pronoun: the latest speaker in view, else the latest person named before
        it. "they"/"we" go to the latest organisation, group or state, else the speaker.
        "it" goes only to the latest speaker in view that is no person ("The ministry said
        ... It added that ..."): anything else it may stand for is a thing."""
        if pronoun == "it":
            speaker = _latest_in_view(recent, at)
            return _unresolved(speaker) if speaker and speaker.kind != PERSON else None
        if pronoun not in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return None  # "I" and "you" outside a quote are the writer and the reader
        if pronoun in ("he", "she", "his") and self._said_of_someone_unnamed(at):
            return None  # "shot by someone who believed if he killed the President": them
        who = self._named_who(at) if pronoun in ("he", "she") else None
        if who is not None:  # "Erik Prince, who acknowledged that he cooperated": Prince
            return _unresolved(who)
        if pronoun == "we" and self._writers_word(at):
            return None  # "Each week, we ask 30 political experts": the paper, unnamed
        # "Trump accused him of ...": an object is never the subject of its own clause (nor
        # is anyone the caller knows it is not, `besides`: a quote's speaker for its "he")
        not_them = besides or self._subject_of_own_clause(at)
        if not_them is not None:
            recent = [r for r in recent if r.name != not_them]
        speaker = _latest_in_view(recent, at)
        if (
            speaker is not None
            and speaker.mention is None
            and not speaker.resolved
            and pronoun in PERSON_PRONOUNS
            and not self._agrees(pronoun, speaker.name)
        ):
            # someone the article left unnamed ("a young man asked ...") is "he", not "she":
            # "she" goes on with the speaker before them
            speaker = _latest_in_view([r for r in recent if r is not speaker], at)
        newer = self._newer_subject(pronoun, at, speaker) or self._clause_subject_since(
            pronoun, at, speaker
        )
        if newer is not None and newer.name != not_them:
            return _unresolved(newer)
        spoke = speaker is not None and speaker.kind == PERSON and pronoun in PERSON_PRONOUNS
        if spoke and speaker is not None and self._agrees(pronoun, speaker.name):
            return _unresolved(speaker)
        if pronoun in PERSON_PRONOUNS:
            named = [
                (m, full)
                for m, full in self._full_names
                if self._agrees(pronoun, full) and full != not_them
            ]
            # the subject of an earlier clause of the same sentence first ("While President
            # Obama has cautioned ..., he has ordered ..."); then a person the article says
            # is a man or a woman before one it says nothing of: "Congresswoman Tulsi Gabbard
            # met Donald Trump. She demanded ..."
            subjects = [m for m, _ in named if self._subject_before_in_sentence(m, at)]
            # then "he" or "him" is most often the person the same sentence named last ("she
            # called Sanders ... to congratulate him", "the FBI was warned about Omar Mateen,
            # but he managed to kill"), whatever the article says of others
            # (a person named in full: a one-word "name" there is often a place the NER took
            # for a person, "Zaporozka")
            objects = [
                m for m, full in named if len(full.split()) > 1 and self._in_sentence_before(m, at)
            ]
            known = [m for m, full in named if full in self._genders]
            subject = _latest_before(subjects, at)
            described_here = self._titled_subject_before_in_sentence(at) if not subject else None
            if described_here is not None and pronoun in ("he", "she"):
                # "The president said ..., even as he vowed": the president, whom the
                # description names, or the one person the article has named, never the last
                # of several named before it
                start = self.parsed.phrase(described_here)[0]
                end = self.parsed.tokens[described_here].end  # "The head [of the committee]"
                found = self.description(self.text[start:end], start)
                if found is not None and found.kind == PERSON:
                    return found
                before = {full for m, full in named if m.start < start}
                only = _latest_before([m for m, _ in named], start) if len(before) == 1 else None
                return _unresolved(self._person(only)) if only is not None else None
            if subject is None and self._opens_its_sentence(at):
                # "The US leader on Thursday said that ... He said he thought ...": the
                # subject of a sentence most often goes on as the subject of the next
                continued = self._subject_of_sentence_before(pronoun, at)
                if continued is not None and continued.name != not_them:
                    return _unresolved(continued)
                described = self._described_subject_before(at)
                if described is not None:
                    # "Rubio offered ... The Florida senator sought to calm ... at some of
                    # Trump's rallies. He said ...": the description takes up someone named
                    # before it, and "he" goes on with them, not with a name inside it
                    earlier = _latest_before([m for m, _ in named], described.start)
                    return _unresolved(self._person(earlier)) if earlier is not None else None
            person = (
                subject
                or (_latest_before(objects, at) if pronoun in ("he", "him") else None)
                or _latest_before(known, at)
                or self._latest_person_if_agrees(named, at, not_them)
            )
            return _unresolved(self._person(person)) if person is not None else None
        groups = [
            m
            for m in self.parsed.mentions
            if m.label in ("ORG", "NORP", "GPE")
            and not self._only_a_setting(m)
            and m not in self._people_set  # "Sanders" the NER took for a body is a person
        ]
        group = _latest_before(groups, at)
        since = group.end if group is not None else (speaker.end if speaker else at)
        if self._plural_subject_between(since, at):
            return None  # "people are scared. They want safe homes": the people, unnamed
        if group is not None:
            return _unresolved(self.of_mention(group))
        # "They want a leader like Mr. Trump," Collins wrote: a person who spoke is no "they"
        return _unresolved(speaker) if speaker is not None and speaker.kind != PERSON else None

    def _said_of_someone_unnamed(self, at: int) -> bool:
        """A subject pronoun inside a relative clause whose subject is someone unnamed
        ("someone who believed if he killed ...", "a man who said he had waited") is that
        someone (not in "someone Trump said he would fire": there it is Trump)."""
        index = self.parsed.token_at(at)
        described = self._described_above(index, _WHO_OR_THAT) if index is not None else None
        if described is None:
            return False
        if self.parsed.lower(described) in _SOMEONE:
            return True
        articles = self.parsed.kids(described, "det")
        return (
            self.parsed.tokens[described].pos == "NOUN"
            and any(self.parsed.lower(d) in ("a", "an") for d in articles)
            # "Kingson, an academic who ...", "Kingson is an academic who ..."
            and self.parsed.tokens[described].dep not in ("appos", "attr")
            and not self._named_in_phrase(described)  # "an academic named Eric Kingson"
        )

    def _named_who(self, at: int) -> Referent | None:
        """The person a "who" clause describes, for a subject pronoun in what that clause
        says ("Erik Prince, who acknowledged that he cooperated"), when it agrees."""
        index = self.parsed.token_at(at)
        if index is None or self.parsed.tokens[index].dep != "nsubj":
            return None
        described = self._described_above(index, frozenset({"who"}))
        mention = self.parsed.mention_at(described, _PERSON) if described is not None else None
        if mention is None:
            return None
        person = self._person(mention)
        return person if self._agrees(self.parsed.lower(index), person.name) else None

    def _described_above(self, index: int, relatives: frozenset[str]) -> int | None:
        """The noun the nearest relative clause above a token describes, when that clause's
        subject is one of `relatives`."""
        for above in self.parsed.ancestors(index):
            described = self.parsed.described_by(above)
            if self.parsed.tokens[above].dep != "relcl" or described is None:
                continue
            relative = self.parsed.kid(above, "nsubj")
            found = relative is not None and self.parsed.lower(relative) in relatives
            return described if found else None
        return None

    def _named_in_phrase(self, noun: int) -> bool:
        own = self.parsed.subtree(noun, frozenset({"relcl"}))
        return any(self.parsed.mention_at(k, _PERSON) for k in own)

    def _latest_person_if_agrees(
        self, named: Sequence[tuple[Mention, str]], at: int, not_them: str | None
    ) -> Mention | None:
        """The person named last before `at`, when the pronoun may stand for them. A person the
        article gives no gender is "she" only until someone else is named: in "... the combative
        Christie needs to best rivals. ... Ben Carson has seen his standing tumble. ... her
        relentless attacks", "her" is someone the tagger missed, not Christie."""
        latest = _latest_before([m for m, full in self._full_names if full != not_them], at)
        return latest if latest is not None and any(m is latest for m, _ in named) else None

    def _subject_of_own_clause(self, at: int) -> str | None:
        """For an object pronoun ("accused him", "gave her"), the person the subject of its
        own verb names: whoever "him" is, it is not them (they would be "himself")."""
        index = self.parsed.token_at(at)
        if index is None or self.parsed.tokens[index].dep not in ("dobj", "dative"):
            return None  # "took the kids with him": a place's "him" may be the subject
        verb = self.parsed.verb_done_by_subject(index)
        subject = self.parsed.kid(verb, "nsubj") if verb is not None else None
        if subject is None and verb is not None and self.parsed.tokens[verb].dep == "xcomp":
            governing = self.parsed.head(verb)  # "urged Cruz to support him": Cruz does it
            subject = self.parsed.kid(governing, "dobj") if governing is not None else None
        named = self._own_name(subject) if subject is not None else None
        return named.name if named is not None else None

    def _newer_subject(self, pronoun: str, at: int, speaker: Referent | None) -> Referent | None:
        """A "he" or "she" opening its sentence goes on with the person the sentence before
        names as its subject when that person was named after the last speaker: in "'...,'
        Trump wrote. Zelenskiy cut short a visit. He said ..." Zelenskiy says it, not the
        speaker of the quote before."""
        if speaker is None or pronoun not in PERSON_PRONOUNS or not self._opens_its_sentence(at):
            return None
        sentence = self.parsed.sentence_at(at)
        before = self.parsed.sentence_before(sentence) if sentence is not None else None
        subject = self.parsed.main_subject(before) if before is not None else None
        if subject is None or not self._is_a_name(subject):
            return None  # a description or a pronoun: the speaker rule stays
        if not (self._outside_quotes(subject) and self._outside_quotes(self._verb_of(subject))):
            return None  # a quote's own words ('"Zelenskiy cut short a visit," he wrote')
        continued = self._subject_of_sentence_before(pronoun, at)
        token = self.parsed.tokens[subject]
        if continued is None or not continued.start <= token.start < continued.end:
            return None  # "Tad Devine, an adviser to Mr. Sanders": the name is not Sanders
        return continued if continued.start >= speaker.end else None

    def _clause_subject_since(
        self, pronoun: str, at: int, speaker: Referent | None
    ) -> Referent | None:
        """A "he" or "she" after a clause of its own sentence whose subject is a person named
        since the last speaker: in "Col. Lawrence Wilkerson started Maher's rant when he
        brought up the Oklahoma City bombing" (Maher the last to speak) Wilkerson brought it
        up, as Carson adds in "Carson again criticized the news media, though he added ...".
        Not the subject of words reported ("Trump said Cruz lied, and he added ...")."""
        index = self.parsed.token_at(at)
        sentence = self.parsed.sentence_at(at)
        if speaker is None or pronoun not in PERSON_PRONOUNS or index is None or sentence is None:
            return None
        if not self._outside_quotes(index):
            return None
        people = [
            (i, found)
            for i in self.parsed.sentence_tokens(sentence)
            if i < index and self.parsed.tokens[i].dep in ("nsubj", "nsubjpass")
            if (found := self._subject_person(i, pronoun)) is not None
        ]
        if not people:
            return None
        subject, found = people[-1]
        verb = self.parsed.tokens[self._verb_of(subject)]
        if verb.dep not in _OWN_CLAUSES or not self._outside_quotes(subject):
            return None
        if self.named_apposition(subject) is not None:
            return None  # "Mr. Putin, Mr. Trump was pressed": which is the subject is unsure
        return found if found.start >= speaker.end else None

    def _subject_person(self, index: int, pronoun: str) -> Referent | None:
        """The person a subject token names, or the pronoun itself unresolved (a "he" before
        this one goes on as it was read)."""
        if self.parsed.lower(index) == pronoun:
            return Referent(pronoun, PERSON, 0, 0, None, False)
        found = self._own_name(index)
        if found is None or found.kind != PERSON or not self._agrees(pronoun, found.name):
            return None
        return found

    def _writers_word(self, at: int) -> bool:
        """The word at `at` is the writer's own, outside any quotation."""
        index = self.parsed.token_at(at)
        return index is not None and self._outside_quotes(index)

    def _is_a_name(self, index: int) -> bool:
        """A proper noun, or a word of a named mention the tagger took for a common noun
        ("Sanders is burrowing in", its "Sanders" a noun)."""
        token = self.parsed.tokens[index]
        return token.pos == "PROPN" or self.named_in(token.start, token.end) is not None

    def _verb_of(self, index: int) -> int:
        head = self.parsed.head(index)
        return head if head is not None else index

    def _outside_quotes(self, index: int) -> bool:
        """The token is the writer's, not quoted: no quotation left open before it in its
        paragraph. A sentence quoting a few words ('predicted that Republicans will take
        "every state"') is still the writer's about its subject."""
        start = self.parsed.tokens[index].start
        paragraph = self.text.rfind("\n", 0, start) + 1
        return len(QUOTE_MARKS.findall(self.text, paragraph, start)) % 2 == 0

    def _opens_its_sentence(self, at: int) -> bool:
        """The pronoun at `at` is the subject of its sentence's main verb."""
        sentence = self.parsed.sentence_at(at)
        index = self.parsed.token_at(at)
        return (
            sentence is not None
            and index is not None
            and self.parsed.main_subject(sentence) == index
        )

    def _subject_of_sentence_before(
        self, pronoun: str, at: int, depth: int = _SUBJECT_CHAIN
    ) -> Referent | None:
        """The person the sentence before names as its main subject, by name, description
        ("the US leader") or, through a chain of sentences, pronoun; None when it has none."""
        sentence = self.parsed.sentence_at(at)
        before = self.parsed.sentence_before(sentence) if sentence is not None else None
        if before is None or at - before.end > _PRONOUN_REACH:
            return None
        subject = self.parsed.main_subject(before)
        if subject is None:
            return None
        word = self.parsed.lower(subject)
        if word in ("he", "she"):
            if word != pronoun or depth == 0:
                return None
            # "Judge Berman never intended ...; he recognized ... . He did want ...": the
            # person the pronoun's own sentence names as a subject before it, else further back
            at_subject = self.parsed.tokens[subject].start
            found = self._person_subject_before(word, at_subject) or (
                self._subject_of_sentence_before(word, at_subject, depth - 1)
            )
        else:
            own = self._own_name(subject)
            found = (
                own if own and own.kind == PERSON else self.resolve(*self.parsed.phrase(subject))
            )
        if found is None or found.kind != PERSON or not self._agrees(pronoun, found.name):
            return None
        return found

    def _described_subject_before(self, at: int) -> Sentence | None:
        """The sentence before, when its main subject is one person described by a title
        and not named ("The Florida senator ..."), whom a "he" opening the next sentence
        goes on with."""
        sentence = self.parsed.sentence_at(at)
        before = self.parsed.sentence_before(sentence) if sentence is not None else None
        subject = self.parsed.main_subject(before) if before is not None else None
        if subject is None or self.parsed.tokens[subject].pos != "NOUN":
            return None
        title = self.gazetteer.is_title(self.parsed.lemma(subject))
        return before if title and not self.parsed.is_plural(subject) else None

    def _titled_subject_before_in_sentence(self, at: int) -> int | None:
        """The latest subject earlier in the sentence holding `at` that is one person
        described by a title and not named ("The president said ..., even as he"), with no
        person named between it and `at`."""
        sentence = self.parsed.sentence_at(at)
        if sentence is None:
            return None
        found = None
        for index in self.parsed.sentence_tokens(sentence):
            token = self.parsed.tokens[index]
            if token.start >= at:
                break
            if (
                token.dep in ("nsubj", "nsubjpass")
                and token.pos == "NOUN"
                and self.parsed.mention_at(index) is None
                and self.gazetteer.is_title(self.parsed.lemma(index))
                and not self.parsed.is_plural(index)
            ):
                found = index
        if found is None:
            return None
        pronoun = self.parsed.token_at(at)
        if pronoun is not None and pronoun in self.parsed.subtree(found):
            return None  # "the candidate he backed lost": he is not the candidate
        after = self.parsed.tokens[found].end
        named_between = any(after <= m.start < at for m, _ in self._full_names)
        return None if named_between else found

    def _own_name(self, index: int) -> Referent | None:
        """The name the subject token itself is part of: in "Ohio Gov. John Kasich, a
        Republican presidential contender, predicted ..." the phrase ends in a description,
        but its head names Kasich."""
        token = self.parsed.tokens[index]
        named = self.named_in(token.start, token.end)
        return self.of_mention(named) if named is not None else None

    def _in_sentence_before(self, mention: Mention, at: int) -> bool:
        sentence = self.parsed.sentence_at(at)
        return sentence is not None and sentence.start <= mention.start < at

    def _person_subject_before(self, pronoun: str, at: int) -> Referent | None:
        """The latest person named as a subject earlier in the sentence holding `at`."""
        subjects = [
            m
            for m, full in self._full_names
            if self._agrees(pronoun, full) and self._subject_before_in_sentence(m, at)
        ]
        subject = _latest_before(subjects, at)
        return self._person(subject) if subject is not None else None

    def _subject_before_in_sentence(self, mention: Mention, at: int) -> bool:
        """The mention is the subject of a clause of the sentence that holds `at`."""
        if not self._in_sentence_before(mention, at):
            return False
        tokens = self.parsed.covering(mention.start, mention.end)
        return any(
            self.parsed.tokens[i].dep in ("nsubj", "nsubjpass")
            and self.parsed.tokens[i].start >= mention.start
            for i in tokens
        )

    def _plural_subject_between(self, start: int, end: int) -> bool:
        """A plural subject between two offsets: what a later "they" most likely stands for,
        though it names no one group ("people", "the moderates", "Aides" the tagger took for a
        name at a paragraph's start, "Clinton and Sanders": two, not the last group named)."""
        parsed = self.parsed
        return any(
            parsed.tokens[i].start >= start
            and (parsed.tokens[i].dep in ("nsubj", "nsubjpass") or self._there_are(i))
            and (parsed.is_plural(i) or parsed.kid(i, "conj") is not None or self._many_of(i))
            for i in parsed.covering(start, end)
        )

    def _there_are(self, index: int) -> bool:
        """ "There are a lot of undercover Trump voters": what is there is a subject."""
        verb = self.parsed.head(index)
        return (
            self.parsed.tokens[index].dep == "attr"
            and verb is not None
            and self.parsed.kid(verb, "expl") is not None
        )

    def _many_of(self, index: int) -> bool:
        """ "a lot of them", "a number of voters": a quantity of a plural is plural."""
        if self.parsed.lemma(index) not in _QUANTITIES:
            return False
        of = self.parsed.preposition(index, "of")
        counted = self.parsed.kid(of, "pobj") if of is not None else None
        return counted is not None and (
            self.parsed.is_plural(counted) or self.parsed.lower(counted) in ("them", "us")
        )

    def _only_a_setting(self, mention: Mention) -> bool:
        """A name that only says where or of what kind ("at the Brookings Institution in
        Washington", "American politics"): no group a later "they" stands for."""
        if self._names_a_day(mention):
            return True  # "the polls on Super Tuesday" (the NER cut it in two): a time
        last = self.parsed.covering(mention.start, mention.end)
        if not last:
            return False
        token = self.parsed.tokens[last[-1]]
        if token.dep in ("amod", "compound") and self.parsed.tokens[token.head].pos == "NOUN":
            return True  # "American politics", "the Iowa Democratic caucus": of what kind
        if token.dep in ("amod", "compound") and self._titles_a_person(token.head):
            return True  # "Texas Sen. Ted Cruz", "Republican Donald Trump": a title
        head = self.parsed.tokens[token.head] if token.dep == "pobj" else None
        return (
            mention.label != "NORP"
            and head is not None
            and head.start < token.start
            and (self.text[head.start : head.end].lower() in _PLACE_PREPOSITIONS)
        )

    def _names_a_day(self, mention: Mention) -> bool:
        """A name the NER cut off the day it names ("Super" of "Super Tuesday")."""
        following = self.parsed.mentions_in(mention.end + 1, mention.end + 2)
        return any(m.start == mention.end + 1 and m.label in _TIME_LABELS for m in following)

    def _titles_a_person(self, head: int) -> bool:
        """The word a name modifies is part of a person's name and titles ("Sen. Ted Cruz")."""
        while self.parsed.tokens[head].dep == "compound" and self.parsed.head(head) is not None:
            head = self.parsed.tokens[head].head
        return self.parsed.mention_at(head, _PERSON) is not None

    # --- descriptions -------------------------------------------------------------------

    def description(self, phrase: str, at: int) -> Referent | None:
        """ "the US leader", "Russia's president", "the Russian foreign minister": the latest
        person before `at` holding the role, for the state when one is named; "the Kremlin",
        "Washington": the state it stands for."""
        state = self.gazetteer.state_named(bare_name(phrase))
        if state is not None:
            return Referent(state, STATE, at, at + len(phrase), state, True)
        words = _description_words(phrase)
        role = self.gazetteer.role_at_end(words) if words else None
        if role is None:
            return self._body(phrase, at)
        end = at + len(phrase)
        if self._role_of_another(role[0], end) and not self._beside_a_name(end):
            return None
        if phrase.split()[0].lower() in _INDEFINITE and not self._beside_a_name(end):
            return None  # "a top aide said": someone the article does not name
        qualifiers = words[: len(words) - role[1]]
        person = self._holder_of(role[0], qualifiers, at, self._who_words(phrase))
        return _unresolved(self._person(person)) if person is not None else None

    def persons_side(self, phrase: str, at: int) -> Referent | None:
        """ "his office", "Paul's staff": a person's own office, staff or campaign, by the
        person's full name ("Rand Paul's Staff"); "his" is whom the pronoun stands for."""
        found = _PERSONS_SIDE.match(" ".join(phrase.split()))
        if found is None:
            return None
        pronoun, owner, noun = found.group("pronoun", "owner", "noun")
        if pronoun is not None:
            person = self.pronoun(_SUBJECT_FORM[pronoun.casefold()], at)
            if person is None or person.kind != PERSON:
                return None
            name = person.name
        elif self.is_person_name(owner):
            name = self.full_name(owner)
        else:
            return None
        side = f"{name}'s {noun[:1].upper()}{noun[1:]}"
        return Referent(side, ORGANISATION, at, at + len(phrase), self.state_of_person(name), False)

    def _body(self, phrase: str, at: int) -> Referent | None:
        """ "the country's investigative committee said": the body speaks, by the name its
        description gives it, for the state a word of it names ("Ukraine's", "Russian")."""
        side = self.persons_side(phrase, at)
        if side is not None:  # "his office said": the office of the person "his" stands for
            return side
        name = body_name(phrase)
        if name is None or phrase.split()[-1].casefold() not in BODY_NOUNS:
            return None  # the body must head the phrase: "the army's spokesman" is a person
        if len(name.split()) < 2 and not _UPPER.search(_LEADING_THE.sub("", phrase)):
            return None  # "The ministry", "the authorities": which one, the words do not say
        state = next((s for w in phrase.split() if (s := self.state_of_word(w))), None)
        return Referent(name, ORGANISATION, at, at + len(phrase), state, False)

    def _who_words(self, phrase: str) -> list[str]:
        """The capitalised words of a description that neither a state nor a title explains
        say who is meant: "the Democratic leader", "the Taliban leader"."""
        return [
            word
            for word in _capitalised_inside(phrase)
            if self.state_of_word(word) is None and not self.gazetteer.is_title_word(word)
        ]

    def _role_of_another(self, role: str, end: int) -> bool:
        """ "the Democratic leader of a key congressional panel": the role of a body that is
        no state is held by someone the article's titles do not name ("the secretary of
        state" is a title of its own)."""
        owner = _OF_AFTER.match(self.text, end)
        if owner is None or not self._owns(self.text.index("of", end), end):
            return False  # "accused the president of politicizing ...": the verb's "of"
        words = owner.group(1).split()
        prefixes = [" ".join(words[:size]) for size in range(len(words), 0, -1)]
        return not any(
            self.state_of_word(bare_name(p)) or self.gazetteer.is_title(f"{role} of {p}")
            for p in prefixes
        )

    def _beside_a_name(self, end: int) -> bool:
        """The role ending at `end` stands in apposition to a person's name ("Armin
        Laschet, the leader of the opposition in North-Rhine Westphalia, who ...")."""
        noun = self.parsed.token_at(end - 1)
        if noun is None or self.parsed.tokens[noun].dep != "appos":
            return False
        after = self.parsed.subtree(noun)[-1] + 1
        if after < len(self.parsed.tokens) and self.parsed.tokens[after].pos in _VERBS:
            return False  # "Clinton, a top aide said, ...": the aide's own verb, no apposition
        head = self.parsed.head(noun)
        return head is not None and self.parsed.mention_at(head, _PERSON) is not None

    def _owns(self, of_at: int, end: int) -> bool:
        """The "of" at `of_at` names whose the role ending at `end` is, as far as the parse
        says: it hangs on the role and takes a noun, not a gerund ("accused the president
        of politicizing"). An unparsed text says nothing against it."""
        of, noun = self.parsed.token_at(of_at), self.parsed.token_at(end - 1)
        if of is None or noun is None:
            return True
        return self.parsed.head(of) == noun and not self.parsed.kids(of, "pcomp")

    def _holder_of(
        self, role: str, qualifiers: list[str], at: int, proper: Sequence[str] = ()
    ) -> Mention | None:
        wanted = {s for w in qualifiers if (s := self.state_of_word(_capitalised(w)))}
        others = [w for w in qualifiers if not self.state_of_word(_capitalised(w))]
        titles = self.gazetteer.titles_for(role)
        best: tuple[int, int, Mention] | None = None
        for mention in self.people:
            if mention.end > at or at - mention.end > _DESCRIPTION_REACH:
                continue
            title = self.title_of(mention)
            if not _holds(title.text, titles):
                continue
            held = {w.casefold() for w in title.words}
            if not _may_stand_for(held, {w.casefold() for w in others}):
                continue  # "the deputy head" is not the head, nor "the president" former
                # Vice President Biden
            named_so = _holds(title.text, (role,))  # "Taliban leader X": "the Taliban leader"
            if not named_so and not all(self._written_by(mention, w) for w in proper):
                continue  # "the Democratic leader" is not Ukrainian President Zelensky
            state = self.state_of_person(self._full_name_of(mention))
            if wanted and state is not None and state not in wanted:
                continue  # "the US leader" is not the Russian president
            score = 2 * bool(wanted and state in wanted) + sum(o in title.words for o in others)
            score -= len((held & _PAST) - set(others))  # "the president": the sitting one
            if best is None or (score, mention.start) >= best[:2]:
                best = (score, mention.start, mention)
        return best[2] if best else None

    def _written_by(self, mention: Mention, word: str) -> bool:
        """The word stands in the title before the mention or in its apposition."""
        since = max(
            [mention.start - _TITLE_WINDOW, 0]
            + [m.end for m in self.parsed.mentions if m.end <= mention.start]
        )  # "Senate Democratic Leader Aldo Venn met Kestrian President ...": Venn's words
        before = _PHRASE_BREAK.split(self.text[since : mention.start])
        after = self.text[mention.end : mention.end + _APPOSITION_WINDOW]
        apposition = re.split(r"[,;:.!?\n]", after[2:])[0] if after.startswith(", ") else ""
        return re.search(rf"\b{re.escape(word)}\b", f"{before[-1]} {apposition}") is not None

    def descriptions(self) -> Iterator[tuple[int, int, Referent]]:
        """Every "the <state> <role>" description of the text that resolves to a person
        ("the Russian leader"), with its span: for the link stage's mentions."""
        for match in self._description_pattern.finditer(self.text):
            if self.state_of_word(match.group(1)) is None:
                continue
            found = self.description(match.group(0), match.start())
            if found is not None and found.kind == PERSON:
                yield match.start(), match.end(), found

    @cached_property
    def _description_pattern(self) -> re.Pattern[str]:
        roles = sorted(self.gazetteer.roles, key=len, reverse=True)
        alternatives = "|".join(r.replace(" ", r"\s+") for r in roles)
        return re.compile(
            rf"\b[Tt]he\s+([A-Z][\w.]*(?:['’]s)?)\s+(?:top\s+)?({alternatives})\b",
        )


# A name with a possessive right before a phrase: "Russia's " (defence ministry).
_OWNER_BEFORE = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)['’]s\s+$")

# Words that make a role's description someone other than its holder.
_BELOW_OR_PAST = frozenset(
    {"deputy", "vice", "assistant", "former", "ex", "acting", "late", "next", "future", "incoming"}
)
# A person's own side, which speaks for the person: "his office", "Paul's staff".
PERSONS_SIDE_NOUNS = frozenset(
    {"office", "staff", "campaign", "aides", "team", "camp", "lawyers", "attorneys"}
)
_PERSONS_SIDE = re.compile(
    rf"^(?:(?P<pronoun>[Hh]is|[Hh]er)|(?P<owner>[{UPPER_LETTERS}][\w.-]*"
    rf"(?:\s+[{UPPER_LETTERS}][\w.-]*)*?)['’]s?)"
    rf"\s+(?:own\s+)?(?P<noun>{'|'.join(sorted(PERSONS_SIDE_NOUNS))})$"
)
_SIDE_NAMED = re.compile(
    rf"^(.+?)['’]s\s+(?:{'|'.join(sorted(PERSONS_SIDE_NOUNS))})$", re.IGNORECASE
)

_SIDE_OF = re.compile(
    rf"^(?:the\s+)?(?:{'|'.join(sorted(PERSONS_SIDE_NOUNS))})\s+of\s+(.+)$", re.IGNORECASE
)


def persons_side_owner(name: str) -> str | None:
    """Whose own side a name is, as `Referents.persons_side` names it: "Rand Paul's Staff"
    -> "Rand Paul" (one party with the person, whichever of them speaks); and as a report
    may write it, "the office of New York Attorney General Letitia James" -> "Letitia James"
    (the name that ends it, its titles aside: the caller checks the story knows them)."""
    found = _SIDE_NAMED.match(name)
    if found is not None:
        return found.group(1)
    side_of = _SIDE_OF.match(" ".join(name.split()))
    if side_of is None:
        return None
    words = side_of.group(1).split()
    capitalised = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(words)))
    return " ".join(reversed(capitalised[:2])) if capitalised else None


_SUBJECT_FORM = {"his": "he", "her": "she"}
_BELOW = frozenset({"deputy", "vice", "assistant"})
_PAST = frozenset({"former", "ex", "late"})
_WHO_OR_THAT = frozenset({"who", "that"})
# "of" and what follows a role: whose role it is ("the leader of a key congressional panel").
_OF_AFTER = re.compile(r"\s+of\s+((?:the\s+)?[^\W\d][\w.’'-]*(?:\s+[^\W\d][\w.’'-]*){0,3})")
# Who a sentence may speak of without a name: "someone who believed if he ...".
_SOMEONE = frozenset(
    {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "whoever"}
)


def _opens_with_place(text: str, places: set[str]) -> bool:
    """ "a fellow New Hampshire Sanders veteran": a place before a surname makes a modifier
    the NER took for an organisation, not a fuller name of the person."""
    return any(text.startswith(place + " ") for place in places)


def _before_a_verb(name: str) -> str:
    """A name's words before the auxiliary or negation a title-case headline ran it into
    ("Trump May Not Have Suggested" -> "Trump"); the name itself when it has none."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w in _HEADLINE_VERBS), None)
    if cut is None:
        return name
    while cut > 1 and words[cut - 1] in _HEADLINE_MODALS:
        cut -= 1
    return " ".join(words[:cut]) or name


# Title-case words no name holds: a headline's auxiliaries, negation and verbs of saying.
_HEADLINE_VERBS = frozenset(
    {"Not", "Have", "Has", "Had", "Is", "Are", "Was", "Were", "Would", "Could", "Should",
     "Says", "Said", "Does", "Did", "Won't", "Can't", "Doesn't", "Didn't", "Isn't"}
)  # fmt: skip
_HEADLINE_MODALS = frozenset({"May", "Might", "Will", "Can", "Must"})


def _ends_with_words(name: str, end: str) -> bool:
    """Whether `name` ends with the two or more words of `end`."""
    ending = end.split()
    return len(ending) > 1 and name.split()[-len(ending) :] == ending


def _name_sized(name: str) -> bool:
    """At most four words besides initials and generations ("George H. W. Bush Jr."), and
    no dateline glued to it ("CLEVELAND - Donald Trump")."""
    if any(w.casefold() in _CASE_WORDS for w in name.split()):
        return False  # "Trump v. Trump" is a court case, not a fuller name of Trump
    words = [w for w in name.split() if not _is_initial(w) and w not in _GENERATIONS]
    glued = any(w in ("-", "–", "—") or (len(w) > 2 and w.isupper()) for w in words)
    return len(words) <= _MAX_NAME_WORDS and not glued


_CASE_WORDS = frozenset({"v.", "vs.", "v", "vs", "versus"})


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) <= 2 and word.endswith(".")


def _given_or_family_name(word: str) -> bool:
    """ "Ławrow", "Jean-Yves": capitalised letters, not an acronym ("NATO") or a number."""
    parts = word.split("-")
    return all(len(p) > 1 and p.isalpha() and p[0].isupper() and p[1:].islower() for p in parts)


def _one_capitalised_word(text: str) -> bool:
    return " " not in text and text[:1].isupper() and text[1:2].islower()


def _last_word(text: str) -> str:
    words = bare_name(text).split()
    return words[-1] if words else ""


def _is_abbreviation(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,}", word))


def _adjective_of(word: str, place: str) -> bool:
    """ "kestrian" of "kestria", "ukrainian" of "ukraine", "russian" of "russia"."""
    if len(place) < 4 or word == place:
        return False
    stem = place[:-1] if place.endswith(("a", "e")) else place
    return word.startswith(stem) and word[len(stem) :] in _ADJECTIVE_ENDINGS


_ADJECTIVE_ENDINGS = frozenset({"n", "an", "ian", "ean", "ese", "i", "ish", "ic", "ine"})


def _description_words(phrase: str) -> list[str]:
    """Lower-case content words of a description, possessive endings dropped."""
    words = (_POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(phrase))
    return [
        w.rstrip(".") if not _is_abbreviation(w) else w for w in words if w and w not in _STOPWORDS
    ]


def _capitalised_inside(phrase: str) -> list[str]:
    """The capitalised words of a phrase after its first: "Democratic" in "the Democratic
    leader"."""
    words = (_POSSESSIVE.sub("", w) for w in _WORD.findall(phrase)[1:])
    return [w for w in words if w[:1].isupper()]


def _may_stand_for(held: set[str], described: set[str]) -> bool:
    """A description may stand for a title unless one is a deputy's and the other not ("the
    president" is no vice president), or the description names a standing the title lacks
    ("the next president", "the acting head"). Former or not only ranks them: "the former
    president" may be one the article calls "President Bill Clinton"."""
    if (held ^ described) & _BELOW:
        return False
    return not (described - held) & (_BELOW_OR_PAST - _PAST)


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


_OWNER_PREPOSITIONS = frozenset({"of", "to", "for"})  # "envoy of/to/for the president"


def _holds(title: str, titles: Sequence[str]) -> bool:
    padded = f" {title} "
    return any(f" {t} " in padded for t in titles)


_RELATIVES = frozenset(
    {"son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "nephew",
     "niece", "grandson", "granddaughter", "cousin", "widow", "son-in-law",
     "daughter-in-law", "stepson", "stepdaughter", "children", "sons", "daughters"}
)  # fmt: skip
_QUESTION_OPENERS = frozenset(
    {"will", "would", "can", "could", "should", "shall", "does", "did", "is", "was", "has",
     "have", "had", "may", "might", "must"}
)  # fmt: skip
_NOT_NAMES = frozenset({"NOUN", "ADJ", "DET", "NUM"})  # words before a name, never of it
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "across", "to", "into", "around", "near", "outside", "inside",
     "throughout", "through", "within"}
)  # fmt: skip


def _latest_before(mentions: Sequence[Mention], before: int) -> Mention | None:
    earlier = [m for m in mentions if m.end <= before and before - m.end <= _PRONOUN_REACH]
    return max(earlier, key=lambda m: m.start, default=None)


def _latest_in_view(recent: Sequence[Referent], before: int) -> Referent | None:
    in_view = [r for r in recent if r.end <= before and before - r.end <= _PRONOUN_REACH]
    return in_view[-1] if in_view else None


def _unresolved(referent: Referent) -> Referent:
    return Referent(
        referent.name,
        referent.kind,
        referent.start,
        referent.end,
        referent.state,
        False,
        referent.mention,
    )
