"""Metadata: the article's title, outlet and publication date, and how the date was found.

Each comes from the most trustworthy place that has it: what came with the input (hints), then
what the page says about itself in markup, then what its own text shows. A date is only given
when a full day, month and year are stated: no year is ever guessed from today's date.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

from newsdesk.clean.blocks import Metadata, PageMetadata
from newsdesk.model import Segment, SegmentLabel, SourceHints
from newsdesk.timex import MONTH, WEEKDAY_NAME, month_number

# Only the first story paragraphs may state the article's own date; later dates are events.
TEXT_DATE_WINDOW = 3

YEAR = r"(?:19|20)\d{2}"
# A date with day, month and year, in the forms news pages use.
FULL_DATE = re.compile(
    rf"\b(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+{YEAR}"
    rf"|\d{{1,2}}\.\s?\d{{1,2}}\.\s?{YEAR}|{YEAR}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/{YEAR})\b",
    re.IGNORECASE,
)
ISO_DATE = re.compile(rf"^({YEAR})-(\d{{2}})-(\d{{2}})(?:$|[T\s])")
SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/")
# The common written forms, read here: dateparser is slow to import and to run.
WRITTEN_DATE = re.compile(
    rf"(?:(?P<month1>{MONTH})\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year1>{YEAR})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{MONTH}),?\s+(?P<year2>{YEAR})"
    rf"|(?P<day3>\d{{1,2}})\.\s?(?P<month3>\d{{1,2}})\.\s?(?P<year3>{YEAR}))",
    re.IGNORECASE,
)
# "KYIV, April 24, 2025 (Reuters) -" opening the lead paragraph.
# A full date opening a paragraph, after a weekday at most ("Thursday, 12 March 2026 -").
OPENING_DATE = re.compile(
    rf"^\s*(?:{WEEKDAY_NAME},?\s+)?(?P<date>{FULL_DATE.pattern})", re.IGNORECASE
)
# "By Anna Varga | Published April 25, 2025, 9:14 am": a byline saying when the page came out
# ("Updated" is a later day: not the publication's).
PUBLISHED_IN_BYLINE = re.compile(
    rf"\b(?:first\s+)?(?:published|posted)\s*:?\s*(?:on\s+)?(?:{WEEKDAY_NAME},?\s+)?"
    rf"(?P<date>{FULL_DATE.pattern})",
    re.IGNORECASE,
)
DATELINE_PREFIX = re.compile(r"^[A-Z][A-Z .'’\-]{1,40},\s*(?P<date>[^()–—-]{4,40}?)\s*(?:\(|[-–—])")

# A day and month without a year, as wire datelines write them ("March 11", "11 March").
MONTH_DAY = re.compile(
    rf"\b(?:(?P<month1>{MONTH})\s+(?P<day1>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH}))\b",
    re.IGNORECASE,
)
# A yearless dateline borrows the year of a full date this close to it, or none.
MAX_BORROW_DAYS = 31

# How a page names itself in its own appeals and footers ("A Message from X:", "Support X!").
OUTLET_NAME = r"(?P<name>(?:The\s+)?[A-Z][\w&'’.\-]*(?:\s+(?:of\s+)?[A-Z][\w&'’.\-]*){0,4})"
SELF_REFERENCES = [
    re.compile(rf"\b(?i:message\s+from)\s+{OUTLET_NAME}"),
    re.compile(rf"^(?i:support)\s+{OUTLET_NAME}\s*!"),
    re.compile(rf"\b(?i:by\s+supporting)\s+{OUTLET_NAME}"),
    re.compile(rf"\b(?:journalists|editors|team|staff)\s+(?:of|at)\s+{OUTLET_NAME}"),
    re.compile(rf"\b(?:features|analysis|stories|newsletters?|more)\s+from\s+{OUTLET_NAME}"),
    re.compile(rf"\bsubscribe\s+to\s+{OUTLET_NAME}"),
    re.compile(rf"(?:©|\b(?i:copyright))\s*(?:{YEAR}\s*)?{OUTLET_NAME}"),
    # "Source: Al Jazeera and news agencies": the page compiled from the wires it names so
    re.compile(rf"^(?i:sources?)\s*:\s*{OUTLET_NAME}\s+(?i:and|with)\s+(?i:news\s+)?agencies\b"),
]
NOT_A_NAME = re.compile(rf"^(?:{MONTH}|Privacy|Terms|Our|Your|We|You|Us)\b", re.IGNORECASE)


def decide_metadata(
    segments: list[Segment], page: PageMetadata, hints: SourceHints, source: str
) -> Metadata:
    """Title, outlet and date from hints, then page markup, then the page's own text."""
    published, how = decide_date(segments, page, hints)
    return Metadata(
        title=hints.title or page.title or _title_segment(segments),
        outlet=hints.outlet
        or page.outlet
        or outlet_from_text(segments)
        or outlet_from_url(hints.url or page.url or source),
        published=published,
        published_how=how,
    )


def _title_segment(segments: list[Segment]) -> str | None:
    return next((s.text for s in segments if s.label is SegmentLabel.TITLE), None)


# --- outlet -----------------------------------------------------------------------------------


def outlet_from_text(segments: list[Segment]) -> str | None:
    """The name the page calls itself in its removed parts (appeals, footers), if any.

    Only removed segments count: the story itself cites other outlets ("The Moscow Times
    reminds us"), which say nothing about who published it.
    """
    names: Counter[str] = Counter()
    for segment in segments:
        if not segment.kept:
            names.update(_self_references(segment.text))
        if segment.label is SegmentLabel.BYLINE and (
            outlet := OUTLET_BYLINE.fullmatch(segment.text.strip())
        ):
            names[outlet.group()] += 2  # "Varen Valley Herald" alone under the title
        if segment.label is SegmentLabel.BYLINE and (desk := DESK_BYLINE.match(segment.text)):
            names[desk.group("name")] += 2  # "Glas Orvena | Editorial office"
        credit = DATELINE_CREDIT.search(segment.text)
        if segment.label is SegmentLabel.DATELINE and credit:
            names[credit.group("name")] += 1  # "ALDMOOR, March 11 (Meridian Wire) -"
    return names.most_common(1)[0][0] if names else None


# "Glas Orvena | Editorial office", "Northgate Observer - newsroom": the desk signs as itself.
DESK_BYLINE = re.compile(
    r"^\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s*[|·–—-]\s*"
    r"(?:editorial\s+(?:office|desk|staff|board|team)|news\s*(?:room|desk)|staff|desk)\b",
    re.IGNORECASE,
)
# A wire's own credit in its dateline: "ALDMOOR, March 11 (Meridian Wire) -". A paper
# republishing the wire keeps it too, which is why page metadata is read first.
DATELINE_CREDIT = re.compile(r"\((?P<name>[A-Za-z][\w&'’. -]{1,40}?)\)\s*[-–—:]")


# A byline that is a publication's name, not a person's: capitalised words ending in a word
# newspapers and agencies are named with.
OUTLET_BYLINE = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w'’-]+\s+){0,4}(?:Herald|Times|News|Post|Journal|Gazette|Courier|"
    r"Observer|Tribune|Review|Ledger|Wire|Daily|Chronicle|Telegraph|Guardian|Express|Mirror|"
    r"Standard|Press|Monitor|Record|Mail|Agency|Radio|Television|Network)"
)


def _self_references(text: str) -> list[str]:
    found = []
    for pattern in SELF_REFERENCES:
        for match in pattern.finditer(text):
            name = match.group("name").rstrip(".’'")
            if not NOT_A_NAME.match(name):
                found.append(name)
    return found


def outlet_from_url(source: str | None) -> str | None:
    """The site's domain ("www.example.com" -> "example.com") when the source is a URL."""
    if not source:
        return None
    parsed = urlparse(source)
    if parsed.scheme not in {"http", "https"} or not parsed.hostname:
        return None
    host = parsed.hostname.lower()
    return host.removeprefix("www.")


# --- date -------------------------------------------------------------------------------------


def decide_date(
    segments: list[Segment], page: PageMetadata, hints: SourceHints
) -> tuple[str | None, str | None]:
    """The publication date (ISO) and where it was found: metadata, byline, dateline or text."""
    for given in (hints.published, page.published):
        date = normalise_date(given) if given else None
        if date:
            return date, "metadata"
    date = _date_from_bylines(segments)
    if date:
        return date, "byline"
    date = _date_from_datelines(segments)
    if date:
        return date, "dateline"
    if any(_month_day(text) for text in _dateline_texts(segments)):
        # The dateline names the day; a date in the text far from it is an event, not the
        # article's date (one near it would have lent its year above).
        return None, None
    date = _date_from_text(segments)
    if date:
        return date, "text"
    return None, None


def _date_from_bylines(segments: list[Segment]) -> str | None:
    for segment in segments:
        if segment.label is SegmentLabel.BYLINE:
            stated = PUBLISHED_IN_BYLINE.search(segment.text)
            date = normalise_date(stated.group("date")) if stated else None
            if date:
                return date
    return None


def _date_from_datelines(segments: list[Segment]) -> str | None:
    datelines = _dateline_texts(segments)
    for text in datelines:
        date = find_full_date(text)
        if date:
            return date
    for text in datelines:
        date = _with_borrowed_year(text, segments)
        if date:
            return date
    return None


def _dateline_texts(segments: list[Segment]) -> list[str]:
    """Dateline segments, then a dateline still leading the first story paragraph."""
    texts = [s.text for s in segments if s.label is SegmentLabel.DATELINE]
    lead = next((s for s in segments if s.label is SegmentLabel.STORY), None)
    prefix = DATELINE_PREFIX.match(lead.text) if lead else None
    return [*texts, prefix.group("date")] if prefix else texts


def _with_borrowed_year(dateline: str, segments: list[Segment]) -> str | None:
    """A yearless dateline ("ALDMOOR, March 11") dated with the year of a full date elsewhere
    in the article, when that makes the two dates lie within a month of each other.

    A wire dateline leaves the year out because it is obvious on the day; a full date in the
    same page ("Thursday 12 March 2026") states it. A date far from the dateline in every
    year (a treaty of 1921) says nothing about it, so nothing is borrowed from it.
    """
    month_day = _month_day(dateline)
    if month_day is None:
        return None
    for segment in segments:
        for match in FULL_DATE.finditer(segment.text):
            full = normalise_date(match.group(0))
            near = _nearest_in_year(month_day, datetime.date.fromisoformat(full)) if full else None
            if near:
                return near
    return None


def _month_day(text: str) -> tuple[int, int] | None:
    match = MONTH_DAY.search(text)
    if match is None:
        return None
    month = match.group("month1") or match.group("month2")
    return month_number(month), int(match.group("day1") or match.group("day2"))


def _nearest_in_year(month_day: tuple[int, int], anchor: datetime.date) -> str | None:
    """The month and day in the anchor's year (or a neighbouring one) within reach of it."""
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            candidate = datetime.date(year, *month_day)
        except ValueError:  # 29 February in a common year, 31 April
            continue
        if abs((candidate - anchor).days) <= MAX_BORROW_DAYS:
            return candidate.isoformat()
    return None


def _date_from_text(segments: list[Segment]) -> str | None:
    """A full date opening one of the first story paragraphs ("3 March 2025 - The council
    ..."): the day the text is written. A date inside a sentence is what it reports ("the
    September 11, 2001 attackers", "the population on April 1, 2020"), never the article's."""
    story = [s for s in segments if s.label is SegmentLabel.STORY][:TEXT_DATE_WINDOW]
    for segment in story:
        opening = OPENING_DATE.match(segment.text)
        date = normalise_date(opening.group("date")) if opening else None
        if date:
            return date
    return None


def find_full_date(text: str) -> str | None:
    """The first date with day, month and year stated in `text`, as ISO, or None."""
    for match in FULL_DATE.finditer(text):
        date = normalise_date(match.group(0))
        if date:
            return date
    return None


@lru_cache(maxsize=4096)
def normalise_date(value: str) -> str | None:
    """An ISO date (YYYY-MM-DD) for a date string, or None when day, month or year is missing.

    Slash dates whose day and month could be swapped ("05/04/2025") are refused: a wrong date
    is worse than none. Cached: pages repeat their dates, and each is looked at more than once.
    """
    value = value.strip()
    iso = ISO_DATE.match(value)
    if iso:
        return _valid_iso(*(int(part) for part in iso.groups()))
    if not re.search(rf"\b{YEAR}\b", value):
        return None  # no stated year; also spares dateparser's slow search through languages
    written = _written_date(value)
    if written:
        return written
    slash = SLASH_DATE.match(value)
    if slash and max(int(slash.group(1)), int(slash.group(2))) <= 12:
        return None
    parsed = _dateparser().parse(value, settings=_date_settings(value))
    return parsed.date().isoformat() if parsed else None


def _written_date(value: str) -> str | None:
    """The ISO date of "11 March 2026", "March 11, 2026" or "11.3.2026" (day first), if real.

    Anything else, or an impossible day ("February 30"), is left to dateparser as before.
    """
    match = WRITTEN_DATE.fullmatch(value)
    if match is None:
        return None
    parts = {name[:-1]: part for name, part in match.groupdict().items() if part}
    month = parts["month"]
    number = int(month) if month.isdigit() else month_number(month)
    try:
        return datetime.date(int(parts["year"]), number, int(parts["day"])).isoformat()
    except ValueError:
        return None


def _valid_iso(year: int, month: int, day: int) -> str | None:
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _date_settings(value: str) -> dict[str, Any]:
    # Without a stated year dateparser fills in the current one: require every part instead.
    # Relative phrases ("next week") are about events, not a page's date: absolute forms only.
    settings: dict[str, Any] = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    if re.search(r"\d\.\s?\d{1,2}\.", value):
        settings["DATE_ORDER"] = "DMY"  # dotted dates are day first wherever they are written
    return settings


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    """dateparser, imported on first use: its import takes seconds and most inputs never need it."""
    import dateparser

    return dateparser
