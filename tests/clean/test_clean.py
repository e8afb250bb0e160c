"""The clean stage as a whole: records taken as given, plain-text pages cleaned of furniture."""

from __future__ import annotations

from pathlib import Path

from newsdesk.clean import clean_document, is_record_text
from newsdesk.config import Settings
from newsdesk.model import Article, InputKind, RawDocument, Rejection, SourceHints
from newsdesk.outlets import load_outlets


def document(text: str, kind: InputKind = InputKind.TEXT, **hints: str) -> RawDocument:
    data = text.encode("utf-8")
    return RawDocument("test#1", data, text, "utf-8", kind, SourceHints(**hints))


def test_a_short_record_is_taken_as_given(settings: Settings) -> None:
    raw = document("Delegations meet again on Monday.", title="Talks resume")
    article = clean_document(raw, settings.clean)
    assert isinstance(article, Article)
    assert article.text == "Delegations meet again on Monday."
    assert article.title == "Talks resume"


def test_a_record_loses_only_clear_furniture(settings: Settings) -> None:
    raw = document("Talks resume on Monday\nAdvertisement\nNo date yet", title="Talks resume")
    article = clean_document(raw, settings.clean)
    assert isinstance(article, Article)
    assert article.text == "Talks resume on Monday\n\nNo date yet"


def test_a_short_text_file_is_still_rejected(settings: Settings) -> None:
    assert isinstance(clean_document(document("Talks resume."), settings.clean), Rejection)


def test_what_counts_as_a_record() -> None:
    assert is_record_text(document("x", title="A title"))
    assert is_record_text(document("x", published="2026-03-11"))
    assert not is_record_text(document("x"))
    assert not is_record_text(document("x", url="https://example.org/a"))
    assert not is_record_text(document("<p>x</p>", InputKind.HTML, title="A title"))


def test_a_scraped_text_page_keeps_the_article_and_drops_the_menu(settings: Settings) -> None:
    menu = ["Home", "World", "Politics", "Business", "Sport", "Culture", "12°C Brookfield"]
    story = [
        "Harbour bridge closed after engineers find cracks",
        "The council of Brookfield voted on Monday to close the old harbour bridge after "
        "engineers found deep cracks in the steel supports of its eastern span.",
        "Mayor Elena Varga said the harbour bridge would stay closed until the council approves "
        "repairs, which engineers expect to take at least six months.",
    ]
    footer = ["About us", "Contact", "Privacy", "© 2026 Brookfield Herald"]
    article = clean_document(document("\n".join([*menu, *story, *footer])), settings.clean)
    assert isinstance(article, Article)
    assert article.title == story[0]
    assert article.text == "\n\n".join(story[1:])


def test_a_title_case_dateline_credits_its_agency_as_the_outlet(settings: Settings) -> None:
    # "Kyiv, April 24 (Ukrinform) –", as national agencies write their datelines
    text = (
        "Harbour talks resume in Brookfield\n\n"
        "Brookfield, March 3 (Harbour Wire) – The harbour talks resumed on Monday after a week "
        "of delays, both delegations said.\n\nThe next round is planned for the spring."
    )
    article = clean_document(document(text), settings.clean)
    assert isinstance(article, Article)
    assert article.outlet == "Harbour Wire"
    assert article.text.startswith("The harbour talks resumed")


def test_an_agency_of_the_users_registry_credits_a_dateline_without_a_date(
    settings: Settings, tmp_path: Path
) -> None:
    text = (
        "Harbour talks resume in Brookfield\n\n"
        "Brookfield (Harbour Wire) - The harbour talks resumed on Monday after a week "
        "of delays, both delegations said.\n\nThe next round is planned for the spring."
    )
    shipped = clean_document(document(text), settings.clean)
    assert isinstance(shipped, Article) and shipped.outlet is None  # an unknown credit
    extra = tmp_path / "outlets.toml"
    extra.write_text('[outlets."Harbour Wire"]\nkind = "agency"\ntype = "wire"\n', "utf-8")
    article = clean_document(document(text), settings.clean, load_outlets(str(extra)))
    assert isinstance(article, Article)
    assert article.outlet == "Harbour Wire"
    assert article.text.startswith("The harbour talks resumed")


def test_a_wire_dateline_without_a_date_credits_a_known_news_agency(settings: Settings) -> None:
    # "Moskau (dpa) - ...", as German and French wires write; "Smith (R) -" is no dateline
    text = (
        "Harbour talks resume in Brookfield\n\n"
        "Brookfield (dpa) - The harbour talks resumed on Monday after a week "
        "of delays, both delegations said.\n\nThe next round is planned for the spring."
    )
    article = clean_document(document(text), settings.clean)
    assert isinstance(article, Article)
    assert article.outlet == "dpa"  # the registry names it Deutsche Presse-Agentur
    assert article.text.startswith("The harbour talks resumed")
