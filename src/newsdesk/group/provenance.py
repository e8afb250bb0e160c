"""Which of two copies is the original: decided by evidence, not by the order articles arrived.

The copy index finds that two articles share their text; it cannot say who copied whom, and
the order a store receives them in is no evidence (a wire report may arrive after the paper
that republished it). Of two articles that share text, the original is, in this order:

1. the one published earlier (publication dates stated by the page or a dateline, not
   inferred ones);
2. the one published by the wire its text credits ("ALDMOOR, March 11 (Meridian Wire) -",
   "By Lena Hartvig, Meridian Wire"), else the one not published by another outlet, else the
   only one still carrying such a credit (an edited copy drops it);
3. the one the other cites by name ("according to Meridian Wire");
4. the fuller one (a copy trims);
5. the one seen first.

`orient` applies this to every group of articles joined by copy links: near-duplicates all
point to one original (an edited copy links to the original, never to another copy), and a
reuse link points from the reusing article to the reused one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsdesk.model import CopyLink

_CREDIT_REACH = 400  # characters at the start (dateline) and at the end (credits) searched
_DATELINE_CREDIT = re.compile(r"\(([A-Z][\w&.'’ -]{1,40}?)\)\s*[-–—:]")
_BYLINE_CREDIT = re.compile(r"^By [^,\n]{3,80},\s*([A-Z][\w&.'’ -]{1,40})\s*$", re.MULTILINE)
_REPORTING_CREDIT = re.compile(r"\(Reporting by [^)]{3,200}\)")


@dataclass(frozen=True, slots=True)
class Copy:
    """What the evidence needs of one article."""

    article_id: str
    published: str | None  # ISO date as stated (inferred dates are no evidence here)
    outlet: str | None
    text: str
    seen: int  # the order the store received it in
    lines: tuple[str, ...] = ()  # datelines and bylines the cleaning took out of the text

    @property
    def credits(self) -> set[str]:
        return credits_in("\n".join((*self.lines, self.text)))


Namer = Callable[[str], str]  # a name -> the name it is counted under (the outlet registry)


def original_of(first: Copy, second: Copy, name_of: Namer = str) -> tuple[Copy, str]:
    """The original of two articles sharing text, and the evidence that decided it."""
    for rule in (_earlier, _credited, _cited, _fuller):
        decided = rule(first, second, name_of)
        if decided is not None:
            return decided
    earlier = first if first.seen <= second.seen else second
    return earlier, "seen first (no other evidence)"


def _earlier(a: Copy, b: Copy, _name_of: Namer) -> tuple[Copy, str] | None:
    if a.published and b.published and a.published[:10] != b.published[:10]:
        return (a, "published earlier") if a.published < b.published else (b, "published earlier")
    return None


def _credited(a: Copy, b: Copy, name_of: Namer) -> tuple[Copy, str] | None:
    credits = {name_of(c) for c in a.credits | b.credits}
    own = [c for c in (a, b) if c.outlet and name_of(c.outlet) in credits]
    if len(own) == 1:
        return own[0], f"published by the wire its text credits ({own[0].outlet})"
    others = [c for c in (a, b) if credits and c.outlet and name_of(c.outlet) not in credits]
    if len(others) == 1:  # a paper republishing the wire, beside an article that may be the wire's
        return (b if others[0] is a else a), "the other is a republication by another outlet"
    carrying = [c for c in (a, b) if c.credits]
    if len(carrying) == 1:
        return carrying[0], "the only one still carrying the wire's credit"
    return None


def _cited(a: Copy, b: Copy, name_of: Namer) -> tuple[Copy, str] | None:
    a_cites_b = _names(b.outlet, a.text, name_of)
    b_cites_a = _names(a.outlet, b.text, name_of)
    if a_cites_b != b_cites_a:
        return (b, "cited by the other") if a_cites_b else (a, "cited by the other")
    return None


def _fuller(a: Copy, b: Copy, _name_of: Namer) -> tuple[Copy, str] | None:
    words_a, words_b = len(a.text.split()), len(b.text.split())
    if abs(words_a - words_b) > 0.05 * max(words_a, words_b, 1):
        return (a, "the fuller text") if words_a > words_b else (b, "the fuller text")
    return None


def credits_in(text: str) -> set[str]:
    """Outlets a text credits as its source: its dateline's "(Wire)" and its byline's wire."""
    head, tail = text[:_CREDIT_REACH], text[-_CREDIT_REACH:]
    found = {m.group(1).strip() for m in _DATELINE_CREDIT.finditer(head)}
    found |= {m.group(1).strip() for m in _DATELINE_CREDIT.finditer(tail)}
    found |= {m.group(1).strip() for m in _BYLINE_CREDIT.finditer(head)}
    found |= {m.group(1).strip() for m in _BYLINE_CREDIT.finditer(tail)}
    return {name for name in found if not name.lower().startswith("reporting by")}


def _names(outlet: str | None, text: str, name_of: Namer) -> bool:
    """Whether a text names an outlet (not as its own credit) anywhere."""
    if not outlet:
        return False
    plain = _REPORTING_CREDIT.sub("", text)
    pattern = re.compile(rf"\b{re.escape(_without_the(outlet))}\b", re.IGNORECASE)
    return bool(pattern.search(plain))


def _without_the(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


# --- whole groups ------------------------------------------------------------------------------


def orient(
    links: Iterable[CopyLink], copies: Mapping[str, Copy], name_of: Namer = str
) -> list[CopyLink]:
    """The links of articles that share text, each pointing from the copy to its original.

    Near-duplicates form groups with one original each; reuse links keep their pair and get
    the direction the evidence gives. Links to articles not in `copies` are kept as they are.
    """
    links = list(links)
    duplicates = [link for link in links if link.kind == "duplicate"]
    oriented: dict[tuple[str, str], CopyLink] = {}
    for group in _groups(duplicates):
        known = [copies[a] for a in group if a in copies]
        if not known:
            continue
        original = _best(known, name_of).article_id
        # every other member points to the original, also one only ever linked as a source
        # (copies that arrived before their original were linked to each other)
        for member in sorted(group - {original}):
            share = _share(duplicates, member, original)
            oriented[(member, original)] = CopyLink(member, original, "duplicate", share)
    original_of_copy = {k.article_id: k.source_id for k in oriented.values()}
    for link in links:
        if link.kind != "duplicate":
            flipped = _oriented_reuse(link, copies, name_of)
            source = original_of_copy.get(flipped.source_id, flipped.source_id)
            if source != flipped.article_id:  # reuse of a copy is reuse of its original
                reuse = CopyLink(flipped.article_id, source, flipped.kind, flipped.share)
                oriented.setdefault((reuse.article_id, reuse.source_id), reuse)
    return sorted(oriented.values(), key=lambda k: (k.article_id, k.source_id))


def _share(links: Sequence[CopyLink], member: str, original: str) -> float:
    """The share of a member's link to the original, else of its best link in the group."""
    pair = {member, original}
    direct = [k.share for k in links if {k.article_id, k.source_id} == pair]
    return max(direct or [k.share for k in links if member in (k.article_id, k.source_id)])


def _best(members: Sequence[Copy], name_of: Namer) -> Copy:
    best = members[0]
    for other in members[1:]:
        best = original_of(best, other, name_of)[0]
    return best


def _oriented_reuse(link: CopyLink, copies: Mapping[str, Copy], name_of: Namer) -> CopyLink:
    copy, source = copies.get(link.article_id), copies.get(link.source_id)
    if copy is None or source is None:
        return link
    original, _ = original_of(source, copy, name_of)
    if original.article_id == source.article_id:
        return link
    return CopyLink(source.article_id, copy.article_id, link.kind, link.share)


def _groups(links: Iterable[CopyLink]) -> list[set[str]]:
    """Articles joined by duplicate links, as groups."""
    parent: dict[str, str] = {}

    def root(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for link in links:
        parent[root(link.article_id)] = root(link.source_id)
    groups: dict[str, set[str]] = {}
    for item in list(parent):
        groups.setdefault(root(item), set()).add(item)
    return list(groups.values())
