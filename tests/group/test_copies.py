"""Copy detection on invented texts: exact copies, near-duplicates, reuse, and non-copies."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from newsdesk.config import default_settings
from newsdesk.group.copies import (
    CopyIndex,
    Fingerprint,
    _Postings,
    duplicate_of,
    fingerprint,
    in_original_order,
    normalised_words,
    signature,
)
from newsdesk.model import Article, CopyLink, InputKind

COPIES = default_settings().copies

HARBOUR = (
    "Harbour officials in the small coastal town of Brackwell confirmed on Tuesday that the "
    "old stone pier will close for repairs after storms damaged its foundations last winter. "
    "Engineers found deep cracks beneath the waterline and warned that boats should keep clear "
    "until the work is finished. The town council approved a budget of two million pounds for "
    "the project, which is expected to last eighteen months and employ local builders. "
    "Fishermen who rely on the pier said they would move their boats to a neighbouring village "
    "while the repairs continue through the spring and summer."
)
ORCHARD = (
    "A community orchard planted by volunteers on the edge of Millford produced its first "
    "harvest this autumn, with more than forty varieties of apples and pears picked by local "
    "schoolchildren. The organisers said the fruit would be pressed into juice and sold at the "
    "weekly market to pay for new trees. Several families who joined the planting five years "
    "ago returned to help, and the parish council promised to extend the footpath that leads "
    "to the orchard gate before next year's season begins in earnest."
)
LIBRARY = (
    "The county library service announced that its mobile book van will visit twelve more "
    "villages from next month, after a survey showed that older residents struggle to reach "
    "the main branches. Staff will also offer help with online forms and video calls to "
    "relatives during each stop. Funding comes from a charitable trust that supports rural "
    "services, and the van will run on electricity from a depot charger installed in March."
)


def kinds(links: list[CopyLink]) -> list[tuple[str, str]]:
    return [(link.source_id, link.kind) for link in links]


@pytest.fixture
def index() -> CopyIndex:
    built = CopyIndex(COPIES)
    for article_id, text in (("harbour", HARBOUR), ("orchard", ORCHARD), ("library", LIBRARY)):
        assert built.add(article_id, text) == []
    return built


def test_normalisation_irons_out_case_quotes_punctuation_and_spacing() -> None:
    assert normalised_words("  Don’t  STOP, “now”!") == normalised_words('don\'t stop "now"')


@pytest.mark.parametrize(
    "copy",
    [
        HARBOUR,
        HARBOUR.upper(),
        HARBOUR.replace(" ", "   ").replace(",", " ,"),
    ],
)
def test_exact_copy_is_a_duplicate_with_full_share(index: CopyIndex, copy: str) -> None:
    assert index.add("copy", copy) == [CopyLink("copy", "harbour", "duplicate", 1.0)]


@pytest.mark.parametrize(
    "edited",
    [
        "Pier to close for repairs. " + HARBOUR,  # a title added
        HARBOUR.rsplit(" Fishermen", 1)[0],  # the last sentence dropped
        HARBOUR + " Subscribe to our newsletter for more local news every morning.",
        HARBOUR.replace("Tuesday", "Wednesday").replace("deep", "wide").replace("two", "three"),
        HARBOUR.replace("confirmed", "confrimed").replace("foundations", "foundatoins"),
    ],
)
def test_light_edits_are_duplicates_of_the_original(index: CopyIndex, edited: str) -> None:
    links = index.add("edited", edited)
    assert kinds(links) == [("harbour", "duplicate")]
    assert 0.75 <= links[0].share <= 1.0


def test_pasted_paragraph_is_reuse_with_its_share(index: CopyIndex) -> None:
    pasted = HARBOUR.split(". ")[0] + ". " + HARBOUR.split(". ")[1] + "."
    text = "Other news from the region. " + pasted + " " + ORCHARD.replace("Millford", "Dunmore")
    links = index.add("mixed", text)
    reuse = [link for link in links if link.source_id == "harbour"]
    assert [link.kind for link in reuse] == ["reuse"]
    expected = len(normalised_words(pasted)) / len(normalised_words(text))
    assert reuse[0].share == pytest.approx(expected, abs=0.03)
    assert "library" not in {link.source_id for link in links}


def test_unrelated_and_same_topic_articles_are_not_copies(index: CopyIndex) -> None:
    other_take = (
        "Boats will have to find another mooring: Brackwell's pier shuts for a year and a half "
        "while builders fix storm damage, the council said, at a cost of about two million. "
        "Local fishing crews told reporters they were worried about the longer trip each day."
    )
    assert index.add("other-take", other_take) == []


def test_a_shared_quote_is_not_reuse_but_the_same_words_unquoted_are(index: CopyIndex) -> None:
    quote = (
        '"We cannot let the pier fall into the sea, because this whole town was built around '
        'it and every family here has a story about it," the mayor said.'
    )
    first = "The mayor spoke at a packed meeting in the town hall on Monday night. " + quote
    second = quote + " Residents then asked questions about parking and the new bus timetable."
    assert index.add("first", first) == []
    assert index.add("second", second) == []
    prose = quote.replace('"', "") + " The weather stayed dry for the rest of the week."
    assert kinds(index.add("prose", prose)) == [("first", "reuse")]


def test_the_earliest_article_is_the_source_when_several_match(index: CopyIndex) -> None:
    index.add("copy-1", HARBOUR + " Updated at noon.")
    links = index.add("copy-2", HARBOUR + " Updated in the evening.")
    assert kinds(links) == [("harbour", "duplicate")]
    assert duplicate_of(links) == "harbour"


def test_duplicate_of_ignores_reuse_links() -> None:
    links = [CopyLink("x", "a", "reuse", 0.3), CopyLink("x", "b", "duplicate", 0.9)]
    assert duplicate_of(links) == "b"
    assert duplicate_of([CopyLink("x", "a", "reuse", 0.3)]) is None
    assert duplicate_of([]) is None


def test_an_article_added_twice_gives_no_links(index: CopyIndex) -> None:
    assert index.add("harbour", HARBOUR) == []
    assert len(index) == 3


def test_empty_texts_are_not_copies_of_each_other() -> None:
    index = CopyIndex(COPIES)
    assert index.add("a", "  ...  ") == []
    assert index.add("b", "") == []


def test_fingerprint_bytes_round_trip() -> None:
    fp = fingerprint('He said "stop the pier work" on Monday. ' + HARBOUR, COPIES)
    back = Fingerprint.from_bytes(fp.to_bytes(COPIES), COPIES)
    assert back.text_hash == fp.text_hash and back.word_count == fp.word_count
    assert np.array_equal(back.shingles, fp.shingles)
    assert np.array_equal(back.minhash, fp.minhash)
    assert np.array_equal(back.quoted, fp.quoted)


def test_an_index_restored_from_fingerprints_answers_like_the_original(index: CopyIndex) -> None:
    index.add("copy", HARBOUR.lower())
    rebuilt = CopyIndex(COPIES)
    for article_id, text in (("harbour", HARBOUR), ("orchard", ORCHARD), ("library", LIBRARY)):
        rebuilt.restore(
            article_id, Fingerprint.from_bytes(fingerprint(text, COPIES).to_bytes(COPIES), COPIES)
        )
    rebuilt.restore("copy", fingerprint(HARBOUR.lower(), COPIES))
    assert len(rebuilt) == 4 and "copy" in rebuilt
    probe = "Breaking. " + HARBOUR.split(". ")[1] + ". " + ORCHARD
    assert rebuilt.add("probe", probe) == index.add("probe", probe)
    edited = HARBOUR.replace("Tuesday", "Friday")
    assert kinds(rebuilt.add("edited", edited)) == [("harbour", "duplicate")]


def test_signatures_are_deterministic_and_replace_the_text(index: CopyIndex) -> None:
    assert signature(HARBOUR, COPIES) == signature(HARBOUR, COPIES)
    links = index.add_signature("sig", signature(HARBOUR + " Corrected.", COPIES))
    assert kinds(links) == [("harbour", "duplicate")]


def test_a_signature_from_other_settings_is_refused() -> None:
    other = replace(COPIES, shingle_words=6)
    with pytest.raises(ValueError, match="other copy settings"):
        CopyIndex(COPIES).add_signature("x", signature(HARBOUR, other))


FOOTER = (
    " This story was produced by the regional news desk and may be shared freely by member "
    "papers with credit, under the cooperative licence agreed by all of the members last year."
)
BAKERY = "A new bakery opened on the high street with a queue around the corner."


@pytest.mark.parametrize(("cap", "expected"), [(50, ["reuse"]), (3, [])])
def test_a_footer_in_many_articles_is_capped_and_stops_counting_as_reuse(
    cap: int, expected: list[str]
) -> None:
    index = CopyIndex(replace(COPIES, max_postings=cap))
    for n, body in enumerate((HARBOUR, ORCHARD, LIBRARY, HARBOUR[:300])):
        index.add(f"b{n}", body + FOOTER)
    assert [link.kind for link in index.add("bakery", BAKERY + FOOTER)] == expected


def test_postings_find_every_entry_across_flushes_and_merges() -> None:
    postings = _Postings(flush_at=8)
    for position in range(100):
        postings.add([position % 7, 1000 + position], position)
    found = postings.lookup(np.array([3, 1050, 99999], dtype=np.uint64), limit=1000)
    assert found.counts.tolist() == [len(range(3, 100, 7)), 1, 0]
    assert sorted(found.positions[found.keys == 0].tolist()) == list(range(3, 100, 7))
    assert found.positions[found.keys == 1].tolist() == [50]
    assert len(postings) == 200 and len(postings._runs) < 6  # merged, not one run per flush


def test_postings_lookup_is_capped_per_key() -> None:
    postings = _Postings(flush_at=4)
    for position in range(40):
        postings.add([5], position)
    found = postings.lookup(np.array([5], dtype=np.uint64), limit=3)
    assert found.counts.tolist() == [40]
    assert len(found.positions) <= 3 * (len(postings._runs) + 1)


def test_a_window_forgets_old_articles_but_not_exact_copies() -> None:
    index = CopyIndex(replace(COPIES, window=2))
    for article_id, text in (("harbour", HARBOUR), ("orchard", ORCHARD), ("library", LIBRARY)):
        index.add(article_id, text)
    assert index.add("edited", HARBOUR + " Updated at noon.") == []
    assert kinds(index.add("exact", HARBOUR)) == [("harbour", "duplicate")]
    # the window now holds the two latest indexed articles: "library" and "edited"
    assert kinds(index.add("late", LIBRARY + " Updated.")) == [("library", "duplicate")]


def test_same_articles_in_the_same_order_give_the_same_links() -> None:
    texts = [HARBOUR, ORCHARD + HARBOUR[:400], HARBOUR + " More.", LIBRARY, ORCHARD.upper()]
    runs = []
    for _ in range(2):
        index = CopyIndex(COPIES)
        runs.append([index.add(f"a{n}", text) for n, text in enumerate(texts)])
    assert runs[0] == runs[1]
    assert any(runs[0])


def _article(article_id: str, published: str | None) -> Article:
    return Article(article_id, "s", InputKind.TEXT, None, None, published, None, None, "", (), ())


def test_original_order_is_earliest_published_then_first_seen() -> None:
    batch = [_article("c", None), _article("b", "2025-04-26"), _article("a", "2025-04-25")]
    batch.append(_article("d", "2025-04-25"))
    assert [a.id for a in in_original_order(batch)] == ["a", "d", "b", "c"]


def test_postings_agree_with_a_plain_dict_on_random_keys() -> None:
    rng = np.random.default_rng(5)
    postings, truth = _Postings(flush_at=300), dict[int, list[int]]()
    for position in range(2000):
        # a few keys recur (some past a 64-key block), most are new
        keys = {int(k) for k in rng.integers(0, 2**63, 5)} | {7, int(rng.integers(0, 40))}
        postings.add(sorted(keys), position)
        for key in keys:
            truth.setdefault(key, []).append(position)
    asked = np.array([*sorted(truth)[:500], 7, 8, 2**63 + 1], dtype=np.uint64)
    found = postings.lookup(asked, limit=10**6)
    assert found.counts.tolist() == [len(truth.get(int(key), [])) for key in asked]
    for number, key in enumerate(asked.tolist()):
        held = sorted(found.positions[found.keys == number].tolist())
        assert held == truth.get(key, [])
