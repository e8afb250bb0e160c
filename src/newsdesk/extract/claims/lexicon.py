"""Which words carry which action: PLOVER-style types for verbs, phrasal verbs and nouns.

Hand-written and short on purpose: the verbs news about diplomacy and war keeps using.
A word missing here is a claim missed, never a wrong claim, so entries are only added
when their usual news sense is unambiguous (or disambiguated by a particle below).
"""

from __future__ import annotations

DEMAND = "DEMAND"
PROPOSE = "PROPOSE"
ACCEPT = "ACCEPT"
REJECT = "REJECT"
CONCEDE = "CONCEDE"
THREATEN = "THREATEN"
ASSAULT = "ASSAULT"
COERCE = "COERCE"
CONSULT = "CONSULT"
SANCTION = "SANCTION"
SUPPORT = "SUPPORT"
DISAPPROVE = "DISAPPROVE"
COOPERATE = "COOPERATE"
AID = "AID"
PROTEST = "PROTEST"
MOBILIZE = "MOBILIZE"
INVESTIGATE = "INVESTIGATE"

ACTION_TYPES = (
    DEMAND,
    PROPOSE,
    ACCEPT,
    REJECT,
    CONCEDE,
    THREATEN,
    ASSAULT,
    COERCE,
    CONSULT,
    SANCTION,
    SUPPORT,
    DISAPPROVE,
    COOPERATE,
    AID,
    PROTEST,
    MOBILIZE,
    INVESTIGATE,
)


def _table(**groups: str) -> dict[str, str]:
    return {word: action for action, words in groups.items() for word in words.split()}


VERBS: dict[str, str] = _table(
    DEMAND="demand insist urge request appeal want seek require press",
    PROPOSE="propose suggest offer pledge promise vow",
    ACCEPT="accept agree approve ratify recognize recognise sign",
    REJECT="reject refuse deny dismiss veto oppose resist decline",
    CONCEDE="concede cede yield surrender withdraw retreat release free lift ease return resign",
    THREATEN="threaten warn",
    ASSAULT=(
        "attack kill bomb shell shoot invade wound injure assassinate massacre strike"
        " hit storm burn ambush abduct kidnap behead fight clash occupy capture torture"
        " destroy pound overrun"
    ),
    COERCE="arrest detain jail imprison expel deport ban raid confiscate seize outlaw",
    CONSULT="meet discuss visit host negotiate consult",
    SANCTION="sanction embargo boycott suspend cancel reduce",
    SUPPORT="support back praise welcome endorse commend hail thank congratulate defend",
    DISAPPROVE="criticize criticise condemn accuse blame denounce slam rebuke summon",
    COOPERATE="cooperate collaborate share extradite",
    AID="provide supply deliver donate fund send",
    PROTEST="protest demonstrate march rally riot",
    MOBILIZE="deploy mobilize mobilise station",
    INVESTIGATE="investigate probe",
)

# (verb lemma, particle or preposition) -> action; checked before VERBS.
PHRASAL: dict[tuple[str, str], str] = {
    ("call", "on"): DEMAND,
    ("call", "for"): DEMAND,
    ("push", "for"): DEMAND,
    ("press", "for"): DEMAND,
    ("ask", "for"): DEMAND,
    ("lash", "out"): DISAPPROVE,
    ("speak", "out"): DISAPPROVE,
    ("rule", "out"): REJECT,
    ("give", "up"): CONCEDE,
    ("pull", "out"): CONCEDE,
    ("back", "down"): CONCEDE,
    ("back", "out"): REJECT,
    ("crack", "down"): COERCE,
    ("open", "fire"): ASSAULT,
    ("talk", "with"): CONSULT,
    ("talk", "to"): CONSULT,
    ("meet", "with"): CONSULT,
}

# Verbs whose meaning is their object's: "carried out an airstrike", "launched an attack".
LIGHT_VERBS = frozenset(
    {"carry", "launch", "stage", "conduct", "mount", "make", "hold", "impose", "issue"}
    | {"declare", "announce", "open"}
)

# Ambiguous verbs that only count with a particle (PHRASAL) or a light-verb object.
NEEDS_PARTICLE = frozenset({"call", "push", "ask", "lash", "rule", "give", "pull", "talk"})

# Verbs that carry their action only with an object: "returned artifacts to Italy" (not
# "returned home"), "sent aid", "shared evidence", "reduced aid".
NEEDS_OBJECT = frozenset({"return", "send", "share", "reduce", "cancel", "defend"})

NOUNS: dict[str, str] = _table(
    DEMAND="demand request call ultimatum requirement",
    PROPOSE="proposal offer plan",
    REJECT="rejection refusal veto",
    THREATEN="threat warning",
    ASSAULT="attack airstrike strike bombing offensive assault invasion raid shelling warfare",
    COERCE="curfew blockade",
    INVESTIGATE="investigation inquiry probe",
    CONSULT="talks talk meeting visit summit",
    SANCTION="sanction sanctions embargo suspension",
    CONCEDE="concession withdrawal ceasefire",
    DISAPPROVE="criticism condemnation",
    SUPPORT="support",
)

# Nouns that make a claim on their own ("a US demand that ..."), not only after a light verb.
CLAIM_NOUNS = frozenset(
    ["demand", "request", "proposal", "offer", "ultimatum", "threat", "concession"]
)

# Actions handing their object over to someone: "sent aid to Gaza", "imposed sanctions on
# Iran", "withdrew troops from the border"; the receiver, not the object, is the target.
TRANSFERS = frozenset({AID, CONCEDE, SANCTION, MOBILIZE, COOPERATE})

# Actions whose object is usually a thing wanted, offered, accepted or refused ("sought
# refuge in Amman", "accepted an invitation to meet Kim"): aimed at whoever is named with it.
WANTS_THINGS = frozenset({DEMAND, PROPOSE, ACCEPT, REJECT})

# What a participle after them says is their author's act: "issued a statement urging X".
STATEMENTS = frozenset(
    {"statement", "letter", "message", "resolution", "report", "communique", "declaration"}
)

# Accepting, agreeing or conceding, negated, is rejecting: "would not cede territory".
NEGATED_BECOMES_REJECT = frozenset({ACCEPT, CONCEDE, SUPPORT})

REPORTING_VERBS = frozenset(
    [
        "say",
        "report",
        "tell",
        "claim",
        "state",
        "announce",
        "add",
        "write",
        "cite",
        "quote",
        "confirm",
        "reveal",
        "note",
    ]
)
EXPECTING_VERBS = frozenset(["expect", "set", "plan", "intend", "prepare", "schedule", "go", "aim"])
PROPOSING = frozenset(["propose", "suggest", "offer", "proposal", "plan", "suggestion"])
