"""The one segment cleaner: label every block of a page, plain text or HTML, with a reason.

Labelling runs in passes, each using more context than the last:
1. shape      what a block is on its own ("Advertisement", "Photo: EPA", "By Jane Doe")
2. title      the headline: the first h1 that belongs to the article; in plain text, the
              headline-shaped line above the article's first paragraph that shares its words
              (never a widget, a date, a number, a menu, a breadcrumb or a repeated site name)
3. clock      a bare date line outside the main text and away from the headline is a widget
4. runs       an appeal or a related-stories heading claims the short lines after it, until the
              story resumes ("A Message from ...:" then "Dear readers," ... "Once / Monthly")
5. menus      a row of short link items, mostly outside the main text, is a menu
6. credit     a short name-like line between the headline and the lead is a photo credit, or
              the outlet's credit when it is a newspaper's name
7. outside    blocks outside the main text that nothing claimed: boilerplate (a heading right
              above an appeal is the appeal's title first)
8. headings   short non-sentences between story paragraphs are sub-headings (kept); after the
              story has ended, the items of a list that goes on with the story are kept and the
              rest is page furniture
9. off-topic  unrelated stories appended after the article (`offtopic.find_offtopic`)
Whatever is left is story. A record's own text (`as_given`) skips 8.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from newsdesk.clean.blocks import Block
from newsdesk.clean.offtopic import STOPWORDS, content_terms, find_offtopic
from newsdesk.clean.split import TITLE_CASE_PLACE, WIRE_CREDIT, is_news_agency
from newsdesk.config import CleanSettings
from newsdesk.model import InputKind, Segment, SegmentLabel
from newsdesk.timex import MONTH, WEEKDAY_WRITTEN

Label = SegmentLabel

# A sub-heading, credit or menu item is short; a story paragraph is a sentence or longer than this.
MAX_SHORT_WORDS = 14
MAX_TITLE_WORDS = 30
MAX_CREDIT_WORDS = 10
# Blocks this short inside an appeal run are its buttons and sign-offs ("Remind me later.").
MAX_BUTTON_WORDS = 8
# Lines with shape-only keywords ("newsletter", "subscribe") count only when this short, so a
# story paragraph that mentions subscribers is never an appeal.
MAX_PROMO_WORDS = 30

# Full-width stops end CJK sentences; German quotes close with “ and French with ».
SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’“»«›)\]」』）]*$")
# A quotation, or one opened and left open to the end of the block (a quote that goes on in
# the next paragraph, as news quotes do).
QUOTED = re.compile(r"[\"“”«»„][^\"“”«»„]*(?:[\"“”«»„]|$)")
# "We", "our", "you": a page speaking to its reader. Lowercase "us" only: "US" is a country.
READER_ADDRESS = re.compile(
    r"\b(?:[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our|[Yy]ours)\b|\b(?:[Ww]e|[Yy]ou)['’](?:re|ve|ll|d)\b"
)


@dataclass(frozen=True, slots=True)
class Verdict:
    label: SegmentLabel
    reason: str
    opens_run: bool = False  # claims the fitting blocks after it (appeal or related heading)


def _line(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern that must match the whole block."""
    return re.compile(rf"^(?:{pattern})$", re.IGNORECASE)


DATE = (
    rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:,?\s+\d{{4}})?"
    r"|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{4}-\d{2}-\d{2})"
)
TIME = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:gmt|utc|cet|cest|et|est|edt|bst|msk))?)"
NAME = r"[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|de|da|van|von|der|al|bin|la|le|du|el)){0,4}"
# Any parenthesised name: wires credit themselves this way ("(Reuters)", "(AP)", "(dpa)").
AGENCY = r"\((?:[A-Za-z][\w&.'’\- ]{1,40})\)"
STOCK_AGENCY = (
    r"(?:Getty Images|AFP|Reuters|AP|AAP|EPA(?:-EFE)?|Shutterstock|Alamy|PA|TASS|Sputnik|"
    r"Anadolu|Xinhua|Bloomberg|Wikimedia Commons|Pixabay|Unsplash)"
)

ADVERTISEMENT = _line(
    r"advert(?:isement|ising)?|ad|ads|sponsored(?:\s+(?:content|post|story|by\s.{1,60}))?"
    r"|paid\s+(?:content|post|partnership)|partner\s+content|promoted(?:\s+content)?"
    r"|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:ad|advertisement))?"
    r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+.{0,30})?|continue\s+reading\s+below"
    r"|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reklama"
)
READING_TIME = _line(
    r"(?:reading\s+time|read\s+time)\s*:?\s*\d+\s*(?:min|mins|minutes?)\.?"
    r"|(?:about\s+)?\d+\s*(?:-\s*)?(?:min|mins|minutes?)\.?(?:\s+(?:read|reading|listen))?"
)
CAPTION = [
    _line(
        r"(?:photo|photos|photograph|image|picture|pic|foto|credit|illustration|video|file\s+photo"
        r"|illustrative\s+(?:photo|image)|cover\s+photo)s?(?:\s*\([^)]*\))?\s*[:|/©]\s*.{1,200}"
    ),
    _line(rf".{{0,160}}(?:/|\||via|by|©)\s*{STOCK_AGENCY}\b.{{0,40}}"),
    _line(r"\(?(?:photo|picture|image)\s+(?:by|courtesy\s+of|credit)\s+.{1,120}"),
    # "Courtesy: San Jose State Athletics", "Courtesy of the family"
    _line(r"courtesy(?:\s*:|\s+of)\s+.{1,80}"),
    # a name or a scene of a few words with the picture's credit after it: "Marcos Baghdatis
    # (AAP)", "Salman with Katrina (TOI Photo) More pics"
    re.compile(
        rf"^(?:\S+\s+){{0,5}}\S+\s*\((?:{STOCK_AGENCY}"
        r"|[\w.'’ -]{0,30}\b(?:[Pp]hoto|[Pp]ic|[Ii]mage)s?)\)"
        r"(?:\s+(?:[Mm]ore\s+)?(?:pics|photos|pictures|images))?\s*$"
    ),
]
COPYRIGHT = _line(r"(?:©|copyright\b|\(c\)).{0,160}|.{0,120}all\s+rights\s+reserved\.?")
APPEAL_OPENER = _line(
    r"a\s+message\s+from\s.{1,60}|dear\s+(?:readers?|friends|subscribers?)\b.{0,40}"
    r"|(?:sign\s+up|subscribe|register)\b.{0,80}"
    r"|(?:get|join)\s+(?:our|the)\s.{0,40}newsletters?.{0,40}|.{0,40}\bnewsletters?\b.{0,40}"
    r"|(?:please\s+)?(?:support|donate\s+to)\s+(?:us|our|independent)\b.{0,80}"
    r"|donate(?:\s+now)?!?|become\s+a\s+(?:member|subscriber|patron|supporter)\b.{0,60}"
)
APPEAL_LINE = _line(
    r"support\s+[^.]{1,60}!|(?:make\s+a\s+)?donat(?:e|ion)\b.{0,80}"
    r"|once|one[-\s]time|monthly|annual(?:ly)?|yearly|continue|remind\s+me\s+later\.?"
    r"|not\s+(?:ready|now).{0,40}|pa[iy]ments?\s+methods?|.{0,80}\bprivacy\s+policy\b.{0,40}"
    r"|.{0,80}\bterms\s+(?:of\s+(?:use|service)|and\s+conditions)\b.{0,40}|unsubscribe.{0,60}"
    r"|already\s+a\s+(?:subscriber|member)\?.{0,40}|log\s+in\s+to\s+(?:continue|read).{0,40}"
    # a paywall's notice: "To read this article in full you must be registered with the site."
    r"|(?:to\s+(?:read|view|access|continue\s+reading)\s+(?:this|the)\s+(?:full\s+)?"
    r"(?:article|story)\b|you\s+must\s+(?:be\s+)?(?:registered|logged\s+in|signed\s+in"
    r"|a\s+(?:subscriber|member)|subscribe|register|log\s+in|sign\s+in)\b).{0,120}"
)
APPEAL_WORDS = re.compile(
    r"\b(?:subscri(?:be|ption|bers?)|newsletters?|donat(?:e|ion|ions)"
    r"|your\s+(?:inbox|mailbox|support)|support\s+(?:us|our)|independent\s+journalism|contribution|paywall"
    r"|become\s+a\s+(?:member|subscriber|patron|supporter))\b",
    re.IGNORECASE,
)
# Words a news sentence rarely uses about the world: the site speaking of its own offers.
SITE_PROMO_WORDS = re.compile(
    r"\b(?:newsletters?|paywall|independent\s+journalism|your\s+(?:inbox|mailbox|support))\b",
    re.IGNORECASE,
)
SITE_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b|\b[Ww]e['’](?:re|ve|ll|d)\b")
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|me)\b|\bI['’](?:m|ve|ll|d)\b")
NARRATOR_WORDS = 3  # this many "I", "my", "me" make a long paragraph someone's own story
# A promotion opens with an imperative to the reader.
PROMO_START = re.compile(
    r"^(?:sign\s+up|subscribe|register|join|get|support|donate|give|become|click|follow"
    r"|download|try|receive|keep\s+up|don['’]t\s+miss|make\s+a)\b",
    re.IGNORECASE,
)
NAVIGATION = _line(
    r"read\s+more|continue\s+reading|show\s+more|load\s+more|view\s+all|see\s+all|more"
    r"|share(?:\s+(?:this|the)\s+(?:article|story|page))?|share\s+(?:on|via)\s+\w+"
    r"|facebook|twitter|x|tweet|e-?mail|print|copy\s+(?:link|url)|whatsapp|telegram|linkedin"
    r"|reddit|flipboard|pinterest|\d*\s*comments?|leave\s+a\s+(?:comment|reply)|home|menu"
    r"|search|log\s?in|sign\s+in|log\s?out|register|skip\s+to\s+(?:main\s+)?content"
    r"|back\s+to\s+top|top|next|previous|next\s+(?:article|story)|previous\s+(?:article|story)"
    r"|close|open|(?:tags?|topics?|filed\s+under|categor(?:y|ies))\s*:.{0,200}"
    r"|listen\s+to\s+(?:this\s+)?article|play|pause|toggle\s+.{1,30}|bookmark|save|gift\s+article"
    r"|view\s+(?:this\s+)?(?:article|story)\s+on\s+(?:a\s+)?single\s+page|single\s+page\s+view"
    r"|(?:next|previous|prev\.?)\s+(?:article|story|post)\s*[:»›>|–-]?\s*.{0,160}"
    r"|(?:rss|atom)(?:\s+feeds?)?|.{0,40}\b(?:rss|atom)\s+feeds?\b.{0,40}|(?:subscribe\s+to\s+)?feeds?"
    r"|(?:teilen|share)\s+(?:mit|with)\s*:?|wird\s+geladen\.*|loading\.*"
    # the same buttons and comment prompts in the other languages of the pages we clean
    r"|teilen|partager|compartir|condividi|partilhar|drucken|imprimer|imprimir|stampa"
    r"|(?:getaggt|tagged)\s+(?:mit|with)\s*:.{0,200}|schlagw[öo]rter\s*:.{0,200}"
    r"|(?:leave|post|write)\s+a\s+(?:comment|reply)|schreibe(?:n\s+sie)?\s+einen\s+kommentar"
    r"|hinterlasse(?:n\s+sie)?\s+(?:einen\s+kommentar|eine\s+antwort)"
    r"|laisser\s+un\s+commentaire|deja\s+(?:un|tu)\s+comentario|lascia\s+un\s+commento"
    # a comment thread's heading: "11 responses to “...”", "142 Antworten zu ..."
    r"|\d+\s+(?:responses?|comments?|replies|antworten|kommentare|commentaires|comentarios"
    r"|risposte|commenti)(?:\s+(?:to|on|zu|sur|a|en|su)\b.{0,200})?"
)
SOCIAL_NETWORK = (
    r"(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|telegram"
    r"|whatsapp|flipboard|pinterest|reddit|snapchat|google\s+news|rss)"
)
# "Follow us on X and Facebook", "Follow @brookfieldherald", "Follow The Herald on Instagram":
# the page pointing to its own accounts (a heading "Follow the money" is none of these).
FOLLOW_LINE = _line(
    rf"follow\s+us\b.{{0,60}}|(?:find|like|join)\s+us\s+on\s+{SOCIAL_NETWORK}\b.{{0,60}}"
    rf"|follow\s+@\S+.{{0,60}}|follow\s+(?:the\s+)?\S+(?:\s+\S+){{0,3}}\s+on\s+{SOCIAL_NETWORK}\b.{{0,60}}"
    r"|follow\s+(?-i:[A-Z]\w*[A-Z][\w.]*)"  # a handle-like brand: "Follow MailOnline"
)
# The model counts read-more links and source links as navigation, not as related stories.
READ_MORE_LINK = _line(r"read\s+more\s*[:»›>|–-]\s*\S.{0,200}")
SOURCE_LINK = _line(r"(?:sources?|via)\s*:\s*[^.!?]{2,120}")
# Share and tool buttons rendered into one row: "Email Copy link Print".
SHARE_ITEM = (
    r"(?:share|e-?mail|print|copy\s+(?:link|url)|facebook|twitter|x|whatsapp|telegram|linkedin"
    r"|reddit|flipboard|pinterest|bluesky|threads|messenger|comments?|save|bookmark)"
)
SHARE_ROW = _line(rf"{SHARE_ITEM}(?:\s*[|·•,]?\s*{SHARE_ITEM})+")
# "X X X" is a separator between sections of a story, not a row of buttons for X.
SEPARATOR_ROW = _line(r"(?:x\s*)+")


def is_share_row(text: str) -> bool:
    return bool(SHARE_ROW.match(text)) and not SEPARATOR_ROW.match(text)


MENU_SEPARATOR = re.compile(r"\s*[|•·»]\s*")
MIN_MENU_ROW_ITEMS = 3
MAX_MENU_ROW_ITEM_CHARS = 30


def is_menu_row(text: str) -> bool:
    """Short items between separators ("Home | World | Sport"): a menu of links.

    Split rather than matched with one pattern: a nested-quantifier pattern backtracks
    catastrophically on long blocks full of separators.
    """
    if "/" in text:  # dates and paths ("12/03", "/news/world") are not menus
        return False
    items = MENU_SEPARATOR.split(text)
    return len(items) >= MIN_MENU_ROW_ITEMS and all(
        0 < len(item) <= MAX_MENU_ROW_ITEM_CHARS for item in items
    )


WEATHER = _line(r"[\w .'’-]{0,30}-?\d{1,3}\s*°\s*[CF]?\b.{0,40}")
CLOCK = _line(rf"[\w .'’-]{{0,30}}\s*{TIME}")
RELATED_HEADING = _line(
    r"(?:related|recommended|suggested)(?:\s+(?:stories|articles|news|coverage|content|reading"
    r"|topics|links|posts|for\s+you))?|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested"
    r"\s+in|have\s+missed)|more\s+(?:from|on|in|about|stories|news|articles)\b.{0,40}"
    r"|(?:latest|top|popular|trending|breaking)(?:\s+(?:news|stories|articles|now|headlines))?"
    r"|most\s+(?:read|popular|viewed|shared|commented)|editor['’]?s\s+picks?|don['’]?t\s+miss"
    r"|(?:also|further)\s+read(?:ing)?|what\s+to\s+read\s+next|in\s+other\s+news|read\s+next"
    r"|see\s+also|read\s+also|more\s+news|other\s+news|news\s+feed|(?:related|more)\s+topics"
    # the same headings in the other languages of the pages we clean (es, de, fr, it, pt)
    r"|(?:contenido|noticias|art[íi]culos|notas)\s+relacionad[oa]s?|(?:le|te)\s+puede\s+interesar"
    r"(?:\s*:.{0,200})?|tambi[ée]n\s+te\s+puede\s+interesar|das\s+k[öo]nnte\s+(?:dich|sie)"
    r"\s+(?:auch\s+)?interessieren|weitere\s+(?:artikel|beitr[äa]ge|nachrichten|themen)"
    r"|auch\s+auf\s+\S{3,40}|[àa]\s+lire\s+aussi|sur\s+le\s+m[êe]me\s+sujet"
    r"|articles\s+similaires|articoli\s+correlati|leggi\s+anche|leia\s+tamb[ée]m"
    r"|mat[ée]rias\s+relacionadas|mehr\s+zum\s+thema|verwandte\s+(?:artikel|beitr[äa]ge|themen)"
    r"|neueste\s+(?:beitr[äa]ge|artikel|nachrichten|kommentare)|letzte\s+(?:kommentare|beitr[äa]ge)"
    r"|newsticker|contexto\s+de\s+la\s+noticia|[úu]ltimas\s+noticias|derni[èe]res\s+actualit[ée]s"
    r"|lesen\s+sie\s+(?:auch|mehr)|pour\s+approfondir|weitere\s+beitr[äa]ge\s+zu\s+(?:diesem|dem)"
    r"\s+(?:artikel|thema)"
    r"|recent\s+(?:posts|comments|articles|stories)|more\s*:"
)
RELATED_LINK = _line(
    r"(?:read\s+(?:also|next)|also\s+read|see\s+also|related|more|watch|listen"
    r"|lea\s+(?:tambi[eé]n|m[aá]s)|lea|mira|lesen\s+sie\s+(?:auch|mehr)|lire\s+aussi|à\s+lire\s+aussi"
    r"|leggi\s+anche)"
    r"\s*[:»›>|–-]\s*\S.{0,200}"
)
BYLINE = [
    # "By Jane Doe", "By Jane Doe and Omar Haddad, Staff", "By Jane Doe in Brookfield",
    # "Written by: Jane Doe", and the same in the other languages of the pages we clean
    # ("Von Jana Novak / 6. November 2023", "Par Jean Dupont", "Por Ana Ruiz", "Door Jan Smit")
    re.compile(
        rf"^(?:[Bb]y|BY|[Pp]osted\s+by|[Ww]ritten\s+by|[Ww]ords\s+by|[Ss]tory\s+by|[Tt]ext\s+by|[Vv]on|VON|[Pp]ar"
        rf"|PAR|[Pp]or|POR|[Dd]oor)\s*:?\s+{NAME}"
        rf"(?:\s*(?:,|and|&|und|et|y|e|en)\s*{NAME})*(?:\s+in\s+{NAME})?"
        rf"(?:\s*[,|/–—-]\s*.{{0,60}})?$"
    ),
    re.compile(
        rf"^{NAME}\s*[,|–—-]\s*(?:(?:senior|chief|staff|special|foreign|political|economics|"
        r"diplomatic|security|defen[cs]e|[A-Z]\w+)\s+)*(?:writer|reporter|correspondent|editor|"
        r"contributor|journalist|columnist|bureau\s+chief|analyst)\b.{0,60}$",
        re.IGNORECASE,
    ),
    # Wire credits, often in brackets: "(Reporting by Jane Doe; Editing by Tom Reed)"
    _line(r"\(?(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\s[^()]{1,200}\)?"),
    # The outlet's desk credited instead of a person: "Brookfield Herald | Foreign desk"
    re.compile(
        rf"^{NAME}\s*[|–—-]\s*(?i:(?:the\s+)?(?:editorial\s+(?:office|desk|team|staff|board)"
        r"|news\s*(?:room|desk)|(?:\w+\s+)?desk|staff|correspondents?|reporters?|wires?))\b.{0,60}$"
    ),
]
DATELINE_LINE = re.compile(
    rf"^(?:[A-Z][A-Z .'’\-]{{1,40}}(?:,\s*[A-Z][A-Za-z.' ]{{1,30}})?(?:,\s*(?i:{DATE}))?"
    rf"|{TITLE_CASE_PLACE},\s*(?i:{DATE}))\s*(?:{AGENCY})?\s*[-–—]+$"
)
# "Moskau (dpa) -": a word in title case is a place only before a news agency's credit.
WIRE_DATELINE_LINE = re.compile(rf"^{TITLE_CASE_PLACE}{WIRE_CREDIT}[-–—]*$")


def is_dateline_line(text: str) -> bool:
    """A dateline on a line of its own: a place, a date or an agency's credit, and a dash."""
    if DATELINE_LINE.match(text):
        return True
    wire = WIRE_DATELINE_LINE.match(text)
    return wire is not None and is_news_agency(wire["wire"])


POSTED_TIME = _line(
    rf"(?:published|updated|posted|last\s+updated|first\s+published|modified)\s*:?\s*"
    rf"(?:(?:on|at)\s+)?(?:{WEEKDAY_WRITTEN},?\s*)?(?:{TIME}|\d+\s+(?:minutes?|hours?|days?)\s+ago)"
    rf"(?:\s*(?:[,|–—-]|on)?\s*(?:{WEEKDAY_WRITTEN},?\s*)?(?:{DATE}|{TIME}))?"
)
DATE_ONLY = _line(
    rf"(?:(?:published|updated|posted|last\s+updated|first\s+published|modified|date)\s*:?\s*)?"
    rf"(?:(?:on|at)\s+)?(?:{WEEKDAY_WRITTEN},?\s*)?{DATE}(?:\s*(?:[,|–—-]|at)?\s*{TIME})?"
    rf"(?:\s*[|,]?\s*(?:updated|last\s+updated)\s*:?\s*.{{0,40}})?"
    r"(?:\s*[|·•,]?\s*\d+\s*(?:min|mins|minutes?)\s+read)?"
)
# Words that make a date line the article's own: a clock widget never says "Published".
PUBLICATION_WORD = re.compile(
    r"^(?:published|updated|posted|last\s+updated|first\s+published|modified|date)\b", re.IGNORECASE
)


def _first(patterns: list[re.Pattern[str]], text: str) -> bool:
    return any(pattern.match(text) for pattern in patterns)


def words(text: str) -> int:
    return len(text.split())


def is_sentence(text: str) -> bool:
    """Ends like a sentence (closing quotes and brackets aside)."""
    return bool(SENTENCE_END.search(text.rstrip()))


def addresses_reader(text: str) -> bool:
    """Speaks to the reader in its own voice ("we need your help"), quotes aside."""
    return bool(READER_ADDRESS.search(QUOTED.sub(" ", text)))


# --- pass 1: shape --------------------------------------------------------------------------


# A paragraph with at least this many words of its own (outside its links) is a paragraph of
# running text, judged an appeal by those words alone: a link reading "subscribe to our
# newsletter" inside a story paragraph does not make the paragraph an appeal. A shorter line
# is a call to action whatever part of it is a link ("Want more? Get our newsletter").
MIN_OWN_WORDS = 20


def shape_verdict(block: Block) -> Verdict | None:
    """What a block is by its own shape, or None if its shape says nothing."""
    text = block.text
    if block.tag == "nav":
        return Verdict(Label.NAVIGATION, "navigation: a menu element")
    own = block.own_text()
    own = own if words(own) >= MIN_OWN_WORDS else text
    for matches, label, reason in SHAPE_RULES:
        if matches(own if matches in PROMOTIONS else text):
            return Verdict(label, reason, opens_run=matches in RUN_OPENERS)
    if block.tag in {"figcaption", "caption"}:
        return Verdict(Label.CAPTION, "figure caption element")
    return None


# A numbered or bulleted line: "1. ", "2) ", "• ".
NUMBERED = re.compile(r"^(?:\d{1,3}[.)]\s|[•·▪◦*–-]\s)")


def _widget(pattern: re.Pattern[str], text: str) -> bool:
    """A place and a time or temperature; a numbered row ("1. Harbour Oars 12:58") is a list's."""
    return bool(pattern.match(text)) and not NUMBERED.match(text)


def _is_promo(text: str) -> bool:
    """A short line with an appeal word that is a button or label, or a sentence that asks the
    reader ("Sign up for ...", "... support us"). A news sentence about subscribers or
    donations ("The service had 5 million subscribers.") is story."""
    if words(text) > MAX_PROMO_WORDS or not APPEAL_WORDS.search(text):
        return False
    if not is_sentence(text) or PROMO_START.match(text) or SITE_PROMO_WORDS.search(text):
        return True
    return addresses_reader(text)


# Month and weekday names of the languages pages come in most (their first five letters,
# folded): a line of a date with a word or two around it is the page's date, not a headline.
_CALENDAR_WORDS = frozenset(
    [
        "janua",
        "janva",
        "enero",
        "genna",
        "janei",
        "janeiro",
        "stycz",
        "febru",
        "févri",
        "fevri",
        "febre",
        "febbr",
        "lutego",
        "march",
        "märz",
        "mars",
        "marzo",
        "março",
        "marca",
        "april",
        "avril",
        "abril",
        "aprile",
        "kwiet",
        "may",
        "mai",
        "mayo",
        "maggio",
        "maio",
        "maja",
        "june",
        "juni",
        "juin",
        "junio",
        "giugn",
        "junho",
        "czerw",
        "july",
        "juli",
        "juill",
        "julio",
        "lugli",
        "julho",
        "lipca",
        "augus",
        "août",
        "agost",
        "agosto",
        "sierp",
        "septe",
        "sette",
        "setem",
        "wrzes",
        "octob",
        "oktob",
        "octub",
        "ottob",
        "outub",
        "pazdz",
        "novem",
        "novie",
        "novem",
        "listo",
        "decem",
        "dezem",
        "dicie",
        "dicem",
        "déce",
        "grudn",
        "monda",
        "tuesd",
        "wedne",
        "thurs",
        "frida",
        "satur",
        "sunda",
        "monta",
        "diens",
        "mittw",
        "donne",
        "freit",
        "samst",
        "sonnt",
        "lundi",
        "mardi",
        "mercr",
        "jeudi",
        "vendr",
        "samed",
        "diman",
        "lunes",
        "marte",
        "miérc",
        "jueve",
        "viern",
        "sábad",
        "domin",
    ]
)
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# Words of a date stamp in those languages: "Veröffentlicht am", "Published", "mis à jour".
_STAMP_WORDS = frozenset(
    [
        "published",
        "posted",
        "updated",
        "modified",
        "veröffentlicht",
        "aktualisiert",
        "erstellt",
        "geändert",
        "stand",
        "datum",
        "date",
        "publié",
        "publication",
        "publicado",
        "actualizado",
        "pubblicato",
        "aggiornato",
        "gepubliceerd",
        "bijgewerkt",
        "opublikowano",
        "zaktualizowano",
    ]
)


def is_date_line(text: str) -> bool:
    """ "Veröffentlicht am 5. April 2017", "Donnerstag, 31. Mai 2012", "March 11, 2026 -
    Updated": a month or weekday name next to a number, with at most two longer words
    besides ("May Day rally draws 10,000" has no number by its month)."""
    tokens = _TOKEN.findall(text.casefold())
    calendar = {i for i, t in enumerate(tokens) if t[:5] in _CALENDAR_WORDS}
    dated = any(
        0 <= j < len(tokens) and tokens[j].isdigit() for i in calendar for j in (i - 1, i + 1)
    )
    others = [
        t
        for i, t in enumerate(tokens)
        if i not in calendar and not t.isdigit() and len(t) > 3 and t not in _STAMP_WORDS
    ]
    # a stamp opens on its date or says it is one ("25. Januar 2022 (DJV) Berlin",
    # "Veröffentlicht am 12. Juni 2017 von gizzmo"); a line opening on other words is a
    # headline with a date in it ("Tag des Zweinutzungshuhns am 22. Januar")
    first = tokens[0] if tokens else ""
    opens_dated = first.isdigit() or 0 in calendar or first in _STAMP_WORDS
    return dated and opens_dated and len(others) <= 2


# A breadcrumb that lost its separators has at most this many words.
MAX_PATH_WORDS = 8


def _is_unseparated_path(text: str) -> bool:
    """A breadcrumb whose separators were lost with the page's markup ("Home RugbyNation Wales
    Rugby", "News World News Middle East News"): names only (capitalised, no function word,
    which a headline in title case has: "Items We Never Knew We Wanted"), opening on "Home"
    or naming a section twice."""
    names = text.split()
    if not 2 <= len(names) <= MAX_PATH_WORDS:
        return False
    if not all(name[:1].isupper() or not name[:1].isalpha() for name in names):
        return False
    folded = [name.casefold() for name in names if name[:1].isalpha()]
    if any(name in STOPWORDS for name in folded):
        return False
    return folded[:1] == ["home"] or len(set(folded)) < len(folded)


SHAPE_RULES: list[tuple[Callable[[str], object], SegmentLabel, str]] = [
    (ADVERTISEMENT.match, Label.ADVERTISEMENT, "advertisement slot label"),
    (READING_TIME.match, Label.READING_TIME, "reading-time note"),
    (is_dateline_line, Label.DATELINE, "dateline: place, date or agency on a line of its own"),
    (DATE_ONLY.match, Label.DATELINE, "date line: a publication date on a line of its own"),
    (POSTED_TIME.match, Label.DATELINE, "date line: a posting time on a line of its own"),
    (is_date_line, Label.DATELINE, "date line: a date stamp on a line of its own"),
    (lambda t: _first(BYLINE, t), Label.BYLINE, "byline: names the author"),
    (lambda t: _first(CAPTION, t), Label.CAPTION, "photo caption or credit"),
    (COPYRIGHT.match, Label.BOILERPLATE, "copyright notice"),
    (READ_MORE_LINK.match, Label.NAVIGATION, "navigation: a read-more link to another story"),
    (SOURCE_LINK.match, Label.NAVIGATION, "navigation: a source link"),
    (is_share_row, Label.NAVIGATION, "navigation: a row of share buttons"),
    (RELATED_HEADING.match, Label.RELATED, "related-stories heading"),
    (RELATED_LINK.match, Label.RELATED, "link to another story"),
    (APPEAL_OPENER.match, Label.APPEAL, "appeal: newsletter, subscription or donation"),
    (APPEAL_LINE.match, Label.APPEAL, "appeal: a support, payment or sign-up line"),
    (_is_promo, Label.APPEAL, "appeal: short promotion of a newsletter or subscription"),
    (NAVIGATION.match, Label.NAVIGATION, "navigation: link, menu item or share button"),
    (FOLLOW_LINE.match, Label.NAVIGATION, "navigation: follow the site on social media"),
    (is_menu_row, Label.NAVIGATION, "navigation: a menu of separated links"),
    (_is_unseparated_path, Label.NAVIGATION, "navigation: a breadcrumb"),
    (lambda t: _widget(WEATHER, t), Label.NAVIGATION, "widget: weather"),
    (lambda t: _widget(CLOCK, t), Label.NAVIGATION, "widget: clock"),
]


RUN_OPENERS = {RELATED_HEADING.match, APPEAL_OPENER.match, _is_promo}
# Rules read on a paragraph's own words, its links left out (see MIN_OWN_WORDS).
PROMOTIONS = {APPEAL_OPENER.match, _is_promo}

# --- the passes -----------------------------------------------------------------------------


def label_blocks(
    blocks: list[Block], kind: InputKind, settings: CleanSettings, as_given: bool = False
) -> list[Segment]:
    """One segment per block, in order, each with a label and the reason for it.

    `as_given`: the text came as a record's own text field (a scraper already extracted it),
    so only clear furniture goes: nothing is judged short, and only stories appended after
    three lead paragraphs are off-topic (scrapers keep a site's teasers in the text field).
    """
    verdicts: list[Verdict | None] = [shape_verdict(block) for block in blocks]
    _mark_title(blocks, verdicts, kind)
    _mark_clock_widgets(blocks, verdicts)
    _mark_runs(blocks, verdicts)
    _mark_menu_runs(blocks, verdicts)
    _mark_appeal_headings(blocks, verdicts)
    _mark_credit_under_title(blocks, verdicts)
    _mark_outside_main(blocks, verdicts)
    if not as_given:
        _mark_short_lines(blocks, verdicts)
    _mark_offtopic(blocks, verdicts, settings)
    story = Verdict(Label.STORY, "story text")
    return [
        Segment(
            block.start, block.end, block.text, (verdict or story).label, (verdict or story).reason
        )
        for block, verdict in zip(blocks, verdicts, strict=True)
    ]


def _mark_title(blocks: list[Block], verdicts: list[Verdict | None], kind: InputKind) -> None:
    """The headline: a top-level heading that belongs to the article (not a site name in an
    h1 outside the main text); in plain text, found by position, shape and agreement."""
    body = _lead_terms(blocks, verdicts)
    for i, block in enumerate(blocks):
        if block.tag != "h1" or verdicts[i] is not None:
            continue
        if block.in_main or _shares_terms(block.text, body):
            verdicts[i] = Verdict(Label.TITLE, "headline: the page's first top-level heading")
            return
    if kind is InputKind.HTML:
        return
    index, reason = _plain_headline(blocks, verdicts, body)
    if index is not None:
        verdicts[index] = Verdict(Label.TITLE, reason)


# Labels of the small print around a headline (date, author, picture credit, reading time).
HEADER_LABELS = frozenset({Label.DATELINE, Label.BYLINE, Label.READING_TIME, Label.CAPTION})
# The article's first paragraphs, whose words a headline shares.
LEAD_PARAGRAPHS = 5
# The headline stands at most this many lines above the article's first paragraph (photo
# captions, share rows and an inline teaser box often stand between) ...
TITLE_LOOKBACK = 30
# ... shares at least this share of its content words with the first paragraphs ...
TITLE_AGREEMENT = 0.2
# ... and has at least this many words (a city or a section name is not a headline).
MIN_TITLE_WORDS = 3
# Without shared words, only the line right above the first paragraph heads it, past at most
# this many lines of small print.
MAX_BARE_TITLE_DISTANCE = 4
# A headline the page repeats at most this often (the headline, a breadcrumb, a share box).
MAX_HEADLINE_REPEATS = 3
# Letters make up at least this share of a headline's characters (not a score, not a date).
MIN_TITLE_LETTERS = 0.5


def _lead_paragraphs(blocks: list[Block], verdicts: list[Verdict | None]) -> list[int]:
    """The article's first paragraphs (a headline asking a question is none of them)."""
    return [
        i
        for i, block in enumerate(blocks)
        if verdicts[i] is None
        and block.in_main
        and _is_story_paragraph(block)
        and not _looks_like_headline(block.text)
    ][:LEAD_PARAGRAPHS]


def _lead_terms(blocks: list[Block], verdicts: list[Verdict | None]) -> set[str]:
    return set().union(*(content_terms(blocks[i].text) for i in _lead_paragraphs(blocks, verdicts)))


def _shares_terms(text: str, body: set[str]) -> bool:
    terms = content_terms(text)
    shared = len(terms & body)
    return shared >= 1 and shared >= TITLE_AGREEMENT * len(terms)


def _plain_headline(
    blocks: list[Block], verdicts: list[Verdict | None], body: set[str]
) -> tuple[int | None, str]:
    """The headline of a plain-text page: the headline-shaped line above the article's first
    paragraph that shares most of its words. Widgets, dates, menus and site names share none,
    or are no headline's shape. A clean text's first line heads it without that evidence
    when only the small print (byline, date) stands between it and the first paragraph."""
    lead = _lead_paragraphs(blocks, verdicts)
    if not lead:
        return None, ""
    counts = Counter(line_key(block.text) for block in blocks)

    def candidate(i: int) -> bool:
        text = blocks[i].text
        if verdicts[i] is not None or not _is_headline_shaped(text):
            return False
        # A line the page repeats more often than a headline is (in a breadcrumb, a share
        # box) is its furniture (a site name, a section).
        return counts[line_key(text)] <= MAX_HEADLINE_REPEATS and _shares_terms(text, body)

    window = range(max(0, lead[0] - TITLE_LOOKBACK), lead[0])
    # The line sharing most of the lead's words; of equals, the nearest to the lead.
    best = max(
        (i for i in window if candidate(i)),
        key=lambda i: (len(content_terms(blocks[i].text) & body), i),
        default=None,
    )
    if best is not None:
        # A headline-shaped line right above the best one is the headline over its standfirst.
        above = _line_above(verdicts, best)
        if above is not None and candidate(above) and _heads(blocks[above].text, blocks[best].text):
            best = above
        return best, "headline: above the article, headline-shaped, sharing the lead's words"
    above = _line_above(verdicts, lead[0], HEADER_LABELS | {Label.NAVIGATION})
    if above is not None and lead[0] - above <= MAX_BARE_TITLE_DISTANCE:
        text = blocks[above].text
        if _is_bare_headline(text) and counts[line_key(text)] == 1:
            return above, "headline: headline-shaped, right above the article's first paragraph"
    return None, ""


def _heads(headline: str, standfirst: str) -> bool:
    """A headline over its standfirst is the shorter of the two and does not call out to
    the reader ("Please support local business!" over "Rice defends US aid to Pakistan" is
    an appeal over the headline)."""
    return words(headline) < words(standfirst) and not headline.rstrip().endswith("!")


def line_key(text: str) -> str:
    """A line's text with case and spacing folded: the same line wherever the page repeats it."""
    return " ".join(text.casefold().split())


def _line_above(
    verdicts: list[Verdict | None], index: int, small_print: frozenset[SegmentLabel] = HEADER_LABELS
) -> int | None:
    """The nearest unlabelled line above, past headline small print (a byline, a date)."""
    for i in range(index - 1, -1, -1):
        verdict = verdicts[i]
        if verdict is None:
            return i
        if verdict.label not in small_print:
            return None
    return None


# A path of links ("Home > News > World", "Sport | Football") is a breadcrumb, not a headline.
PATH_SEPARATOR = re.compile(r"\s(?:[|>»«›‹/]|::?)\s|[|»«]")


def _is_headline_shaped(text: str) -> bool:
    letters = sum(character.isalpha() for character in text)
    if letters < MIN_TITLE_LETTERS * len(text) or "\t" in text or PATH_SEPARATOR.search(text):
        return False
    return _looks_like_headline(text) and words(text) >= MIN_TITLE_WORDS and not is_date_line(text)


def _is_bare_headline(text: str) -> bool:
    """Headline-shaped with no words of the lead to vouch for it: it must not call out to the
    reader as a button or a promotion does ("Save This Page", "Please support us!")."""
    return _is_headline_shaped(text) and words(text) > MIN_TITLE_WORDS and text[-1:] not in "!?"


def _looks_like_headline(text: str) -> bool:
    ends_flat = not is_sentence(text) or text.rstrip("\"'”’").endswith(("?", "!"))
    return 2 <= words(text) <= MAX_TITLE_WORDS and ends_flat


def _mark_runs(blocks: list[Block], verdicts: list[Verdict | None]) -> None:
    """An appeal or related heading claims the unlabelled blocks after it while they fit.

    In plain text, a run opened outside the article (a menu's "Subscribe") ends where the
    article begins: the page's furniture never claims it. (An HTML extractor's main text often
    starts early, in the page's header, so there the run goes on.)
    """
    run: SegmentLabel | None = None
    opened_outside = False
    for i, block in enumerate(blocks):
        verdict = verdicts[i]
        if verdict is not None:
            previous, run = run, _run_after(verdict, run)
            if run is not None and (previous is None or verdict.opens_run):
                opened_outside = not block.in_main
            continue
        if opened_outside and block.in_main and block.tag == "line":
            run = None
        if run is not None and _fits_run(block, run):
            verdicts[i] = Verdict(run, RUN_REASONS[run])
        else:
            run = None


RUN_REASONS = {
    Label.APPEAL: "appeal: part of the newsletter or donation appeal above it",
    Label.RELATED: "related stories: an item of the list under a related-stories heading",
}


def _run_after(verdict: Verdict, run: SegmentLabel | None) -> SegmentLabel | None:
    """Appeal and related blocks open (or continue) a run; the headline ends any run.

    A footer line (copyright) ends a related list: the links under it are the site's, not
    stories. An appeal goes on across it, since sign-up forms carry their own small print.
    """
    if verdict.opens_run:
        return verdict.label
    if verdict.label is Label.TITLE:
        return None
    if verdict.label is Label.BOILERPLATE and run is Label.RELATED:
        return None
    return run


def _fits_run(block: Block, run: SegmentLabel) -> bool:
    if run is Label.APPEAL:
        # A long paragraph with a generic "you" ("If you want to know ...") is the story
        # resuming; a long appeal speaks as the site ("we", "our") or asks for support.
        text = block.text
        if words(text) <= MAX_BUTTON_WORDS:
            return True
        if words(text) <= MAX_PROMO_WORDS or APPEAL_WORDS.search(text):
            return addresses_reader(text)
        plain = QUOTED.sub(" ", text)
        # A site appeals as "we"; a paragraph someone tells as "I" is their story.
        return bool(SITE_VOICE.search(plain)) and len(FIRST_PERSON.findall(plain)) < NARRATOR_WORDS
    # A related list holds headlines and links, not sentences of running text.
    if block.tag in {"li", "a"}:
        return True
    return block.tag in HEADLINE_TAGS and not is_sentence(block.text)


HEADLINE_TAGS = {"line", "p", "h2", "h3", "h4", "h5", "h6"}


def _mark_clock_widgets(blocks: list[Block], verdicts: list[Verdict | None]) -> None:
    """A date-and-time line in the page chrome is a clock widget, not the article's date.

    The article's own date line stands by its headline, inside the main text, or says
    "Published"/"Updated"; a bare date line outside the main text and away from the
    headline (a header bar, a sidebar) is the site's clock ("Wednesday, 11 March 2026 14:32").
    """
    for i, block in enumerate(blocks):
        verdict = verdicts[i]
        if verdict is None or verdict.label is not Label.DATELINE or block.in_main:
            continue
        if is_dateline_line(block.text) or PUBLICATION_WORD.match(block.text):
            continue
        if not _next_to_title(verdicts, i):
            verdicts[i] = Verdict(Label.NAVIGATION, "widget: a date and clock in the page chrome")


def _next_to_title(verdicts: list[Verdict | None], index: int) -> bool:
    """Whether only headline small print (bylines, credits, ...) lies between it and the title."""
    for step in (-1, 1):
        i = index + step
        while (
            0 <= i < len(verdicts) and (v := verdicts[i]) is not None and v.label in HEADER_LABELS
        ):
            i += step
        neighbour = verdicts[i] if 0 <= i < len(verdicts) else None
        if neighbour is not None and neighbour.label is Label.TITLE:
            return True
    return False


# A menu is a run of at least this many short link items.
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 3
LINK_TAGS = frozenset({"li", "a"})


def _mark_menu_runs(blocks: list[Block], verdicts: list[Verdict | None]) -> None:
    """A run of short capitalised link items, mostly outside the main text, is a menu.

    Section names ("Politics", "World", "Long reads") say nothing on their own; in a row they
    are the site's menu, and a "Subscribe" or "Newsletters" item among them is a menu entry,
    not an appeal.
    """
    run: list[int] = []
    for i in range(len(blocks) + 1):
        if i < len(blocks) and _is_menu_item(blocks[i], verdicts[i]):
            run.append(i)
            continue
        if _is_menu(run, blocks, verdicts):
            for j in run:
                verdicts[j] = Verdict(Label.NAVIGATION, "navigation: an item of a menu of links")
        run = []


def _is_menu(run: list[int], blocks: list[Block], verdicts: list[Verdict | None]) -> bool:
    """Enough items, mostly outside the main text, and at most half of them appeal buttons (a
    donation form's "Once / Monthly / Annual" is part of its appeal, not a menu)."""
    outside = sum(not blocks[j].in_main for j in run)
    appeals = sum(1 for j in run if (v := verdicts[j]) is not None and v.label is Label.APPEAL)
    return len(run) >= MIN_MENU_ITEMS and 2 * outside > len(run) and 2 * appeals <= len(run)


def _is_menu_item(block: Block, verdict: Verdict | None) -> bool:
    if block.tag not in LINK_TAGS or words(block.text) > MAX_MENU_ITEM_WORDS:
        return False
    if not block.text[:1].isupper() or is_sentence(block.text):
        return False
    # A short appeal ("Subscribe", "Terms of use") can be a menu entry; the run decides.
    return verdict is None or verdict.label in {Label.NAVIGATION, Label.APPEAL}


def _mark_appeal_headings(blocks: list[Block], verdicts: list[Verdict | None]) -> None:
    """A short heading outside the main text right above an appeal names that appeal (a
    newsletter's title above its sign-up text)."""
    for i, block in enumerate(blocks[:-1]):
        below = verdicts[i + 1]
        if verdicts[i] is not None or block.in_main or below is None:
            continue
        if below.label is Label.APPEAL and below.opens_run and _is_heading_shaped(block):
            verdicts[i] = Verdict(Label.APPEAL, "appeal: the heading of the appeal below it")


def _mark_outside_main(blocks: list[Block], verdicts: list[Verdict | None]) -> None:
    for i, block in enumerate(blocks):
        if not block.in_main and verdicts[i] is None:
            verdicts[i] = Verdict(Label.BOILERPLATE, "outside the page's main text")


def _mark_credit_under_title(blocks: list[Block], verdicts: list[Verdict | None]) -> None:
    """A short, name-like line between the headline and the lead credits the lead photo, or,
    when it is a newspaper's name ("Brookfield Herald"), the outlet that wrote the story.

    A sub-heading sits between story paragraphs; a line right under the headline, before any
    story, naming an institution or agency without a verb ("General Staff of the Armed Forces
    of Ukraine") and followed by the lead paragraph, is the credit of the picture in between.
    """
    title = next((i for i, v in enumerate(verdicts) if v and v.label is Label.TITLE), None)
    if title is None:
        return
    following = _next_unlabelled(verdicts, title + 1)
    if following is None or not _is_credit_shaped(blocks[following].text):
        return
    lead = _next_unlabelled(verdicts, following + 1)
    if lead is None or not _is_story_paragraph(blocks[lead]):
        return
    if MASTHEAD.search(blocks[following].text):
        verdicts[following] = Verdict(
            Label.BYLINE, "outlet credit: the publication's name between the headline and the lead"
        )
    else:
        verdicts[following] = Verdict(
            Label.CAPTION,
            "photo credit: a short name-like line without a verb between the headline and the lead",
        )


def _next_unlabelled(verdicts: list[Verdict | None], start: int) -> int | None:
    """The next block with no verdict, stepping over datelines, bylines and the like."""
    for i in range(start, len(verdicts)):
        verdict = verdicts[i]
        if verdict is None:
            return i
        if verdict.label not in {Label.DATELINE, Label.BYLINE, Label.READING_TIME, Label.CAPTION}:
            return None
    return None


# Newspaper names end in one of these nouns ("Brookfield Herald", "The Daily Planet").
MASTHEAD = re.compile(
    r"\b(?:Herald|Times|Post|News|Observer|Courier|Gazette|Journal|Tribune|Chronicle|Telegraph"
    r"|Guardian|Express|Mirror|Standard|Independent|Press|Review|Ledger|Daily|Weekly|Wire"
    r"|Dispatch|Examiner|Inquirer|Sentinel|Monitor|Bulletin|Record|Register|Star|Globe|Mail"
    r"|Reporter|Magazine)$"
)
LOWERCASE_CONTENT_WORD = re.compile(
    r"\b(?!(?:of|the|and|for|in|on|at|to|de|du|la|von|van|a|an)\b)[a-z]"
)


def _is_credit_shaped(text: str) -> bool:
    """Short, not a sentence, every content word capitalised: a name, not a statement."""
    short = words(text) <= MAX_CREDIT_WORDS and not is_sentence(text)
    return short and not LOWERCASE_CONTENT_WORD.search(text)


def _is_story_paragraph(block: Block) -> bool:
    return is_sentence(block.text) or words(block.text) > MAX_SHORT_WORDS


def _mark_short_lines(blocks: list[Block], verdicts: list[Verdict | None]) -> None:
    """Short non-sentences: sub-headings when story follows; after the end, the items of a
    list that goes on with the story (tour dates, results), else page furniture."""
    last_story = _last_story_paragraph(blocks, verdicts)
    listed = _list_after_story(blocks, verdicts, last_story)
    for i, block in enumerate(blocks):
        if verdicts[i] is not None or not _is_heading_shaped(block):
            continue
        if last_story is not None and i < last_story:
            verdicts[i] = Verdict(
                Label.SUBHEADING, "sub-heading: short line between story paragraphs"
            )
        elif i in listed:
            verdicts[i] = Verdict(
                Label.STORY, "list item: part of a list that goes on with the story"
            )
        else:
            verdicts[i] = Verdict(
                Label.BOILERPLATE, "short line after the story ends, not a sentence"
            )


# A list after the story has this many items, and they are at least this share of its lines.
MIN_LIST_ITEMS = 2
MIN_LIST_SHARE = 0.5
LIST_ITEM_TAGS = frozenset({"li", "dd", "dt", "td", "th"})
# A numbered or bulleted line, a time, or cells with figures: a list's item or a table's row.
LIST_MARK = re.compile(
    r"^(?:\d{1,3}[.)]\s|[•·▪◦*–-]\s|\(?[a-z]\)\s)"
    r"|^\d{1,2}[:.]\d{2}\b|^\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b"
    r"|\t.*\d",
    re.IGNORECASE,
)
HAS_FIGURE = re.compile(r"\d")


def _list_after_story(
    blocks: list[Block], verdicts: list[Verdict | None], last_story: int | None
) -> set[int]:
    """The short main-text lines right after the last story paragraph, when they are a list
    that goes on with the story: enough items (list elements, numbered or bulleted lines,
    lines with figures), nothing labelled as furniture in between, and tied to the story
    (see `_list_goes_on`)."""
    if last_story is None:
        return set()
    run: list[int] = []
    for i in range(last_story + 1, len(blocks)):
        if verdicts[i] is not None or not blocks[i].in_main or not _is_heading_shaped(blocks[i]):
            break
        run.append(i)
    items = sum(1 for i in run if _is_list_item(blocks[i]))
    if items < MIN_LIST_ITEMS or items < MIN_LIST_SHARE * len(run):
        return set()
    return set(run) if _list_goes_on(blocks, verdicts, last_story, run) else set()


def _list_goes_on(
    blocks: list[Block], verdicts: list[Verdict | None], last_story: int, run: list[int]
) -> bool:
    """A list belongs to the story when the story introduces it ("The dates are:"), when its
    items are numbered or bulleted (a listicle's), when most of them share the story's words
    without being links, or in plain text, where the line finder already joined it to the
    article. A list of links after an HTML story (fixtures, other sections) is none of these."""
    if blocks[run[0]].tag == "line" or blocks[last_story].text.rstrip().endswith(":"):
        return True
    if sum(1 for i in run if LIST_MARK.search(blocks[i].text)) >= MIN_LIST_SHARE * len(run):
        return True
    if not _is_list_item(blocks[run[0]]):
        return False  # a heading over links after the story: the site's, not the story's
    story = set().union(
        *(content_terms(blocks[i].text) for i in range(run[0]) if verdicts[i] is None)
    )
    tied = sum(1 for i in run if content_terms(blocks[i].text) & story and not _linked(blocks[i]))
    return tied >= MIN_LIST_SHARE * len(run)


# A block whose text is more than this share anchor text is a link (to another page).
MAX_OWN_LINK_SHARE = 0.5


def _linked(block: Block) -> bool:
    """Mostly anchor text: a list of links (a site's services, more stories), not items of
    the story's own (a tour's dates, a listicle's points)."""
    return sum(end - start for start, end in block.links) > MAX_OWN_LINK_SHARE * len(block.text)


def _is_list_item(block: Block) -> bool:
    """A list element, a numbered or bulleted line, or (in plain text, where the list's markup
    is gone) a line with figures: a date, a time, a score."""
    if block.tag in LIST_ITEM_TAGS or LIST_MARK.search(block.text):
        return True
    return block.tag == "line" and bool(HAS_FIGURE.search(block.text))


def _last_story_paragraph(blocks: list[Block], verdicts: list[Verdict | None]) -> int | None:
    candidates = [
        i
        for i, b in enumerate(blocks)
        if verdicts[i] is None and not _is_heading_shaped(b) and _is_story_paragraph(b)
    ]
    return candidates[-1] if candidates else None


def _is_heading_shaped(block: Block) -> bool:
    if block.tag in {"h2", "h3", "h4", "h5", "h6"}:
        # old pages set whole paragraphs in heading tags: by its length, that is story
        return words(block.text) <= MAX_TITLE_WORDS or not is_sentence(block.text)
    return words(block.text) <= MAX_SHORT_WORDS and not is_sentence(block.text)


def _mark_offtopic(
    blocks: list[Block], verdicts: list[Verdict | None], settings: CleanSettings
) -> None:
    kept = [
        i
        for i, verdict in enumerate(verdicts)
        if verdict is None or verdict.label is Label.SUBHEADING
    ]
    found = find_offtopic(
        [blocks[i].text for i in kept],
        settings.offtopic_max_similarity,
        settings.offtopic_max_run_share,
    )
    for position, reason in found.items():
        verdicts[kept[position]] = Verdict(Label.OFFTOPIC, reason)
