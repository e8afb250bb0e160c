from __future__ import annotations

import pytest

from newsdesk.clean.blocks import Block
from newsdesk.clean.segments import is_date_line, label_blocks, shape_verdict
from newsdesk.clean.text import text_blocks
from newsdesk.config import Settings
from newsdesk.model import InputKind, SegmentLabel

L = SegmentLabel

HEADLINE = "Harbour Bridge Closed After Engineers Find Cracks"
LEAD = (
    "The city council of Brookfield voted on Monday to close the old harbour bridge after "
    "engineers found deep cracks in its steel supports."
)
BODY = [
    "Mayor Elena Varga said the bridge would stay closed until the council approves repairs.",
    "Commuters will be sent to the northern ring road, where extra buses are planned.",
    "Engineers said the supports had corroded faster than expected because of salt spray.",
]


def labels_of(lines: list[str], settings: Settings) -> dict[str, SegmentLabel]:
    segments = label_blocks(text_blocks("\n\n".join(lines)), InputKind.TEXT, settings.clean)
    return {segment.text: segment.label for segment in segments}


def test_every_block_gets_one_segment_with_its_text_offsets_and_a_reason(
    settings: Settings,
) -> None:
    text = "\n".join([HEADLINE, LEAD, *BODY, "Advertisement"])
    blocks = text_blocks(text)
    segments = label_blocks(blocks, InputKind.TEXT, settings.clean)
    assert len(segments) == len(blocks)
    for segment, block in zip(segments, blocks, strict=True):
        assert (segment.text, segment.start, segment.end) == (block.text, block.start, block.end)
        assert segment.reason


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Advertisement", L.ADVERTISEMENT),
        ("Sponsored content", L.ADVERTISEMENT),
        ("5 min read", L.READING_TIME),
        ("Reading time: 4 minutes", L.READING_TIME),
        ("BROOKFIELD, March 3 (Reuters) -", L.DATELINE),
        ("Published: Monday, March 3, 2025 10:15", L.DATELINE),
        ("By Jane Doe", L.BYLINE),
        ("By Jane Doe and Omar Haddad", L.BYLINE),
        ("Jane Doe, Staff writer", L.BYLINE),
        ("Reporting by Jane Doe; Editing by Tom Reed", L.BYLINE),
        ("Photo: Harbour Press Agency", L.CAPTION),
        ("The bridge at dawn. John Smith/AFP via Getty Images", L.CAPTION),
        ("Sign up for our free daily newsletter", L.APPEAL),
        ("Subscribe to continue reading", L.APPEAL),
        ("Support the Brookfield Herald!", L.APPEAL),
        ("Read more", L.NAVIGATION),
        ("Share this article", L.NAVIGATION),
        ("Home | World | Business | Sport", L.NAVIGATION),
        ("Brookfield 12°C Cloudy", L.NAVIGATION),
        ("Related stories", L.RELATED),
        ("You may also like", L.RELATED),
        ("Read also: Council approves new budget", L.RELATED),
        ("© 2025 Brookfield Herald. All rights reserved.", L.BOILERPLATE),
        ("WASHINGTON (AP) —", L.DATELINE),
        ("BROOKFIELD, March 3 (Harbour Wire) -", L.DATELINE),
        ("Brookfield, March 3 (Harbour Wire) –", L.DATELINE),  # a national agency's case
        ("Brookfield (dpa) -", L.DATELINE),  # a German wire's: a news agency's credit
        ("3. 4. 2025 10:15", L.DATELINE),
        ("Published 3 March 2025, 10:15 · 4 min read", L.DATELINE),
        ("By Jane Doe in Brookfield", L.BYLINE),
        ("(Reporting by Jane Doe in Brookfield; Editing by Tom Reed)", L.BYLINE),
        ("Brookfield Herald | Editorial office of the city news", L.BYLINE),
        ("Read more: Council approves new budget", L.NAVIGATION),
        ("Source: Brookfield Port Authority press office", L.NAVIGATION),
        ("Email Copy link Print", L.NAVIGATION),
        ("Contenido relacionado", L.RELATED),
        ("Le puede interesar: El consejo aprueba el presupuesto", L.RELATED),
        ("Das könnte Sie auch interessieren", L.RELATED),
        ("Mehr zum Thema", L.RELATED),
        ("Verwandte Artikel", L.RELATED),
        ("Neueste Beiträge", L.RELATED),
        ("Contexto de la Noticia", L.RELATED),
        ("Recent Posts", L.RELATED),
        ("À lire aussi", L.RELATED),
        ("Werbung", L.ADVERTISEMENT),
        ("Publicidad", L.ADVERTISEMENT),
    ],
)
def test_line_shapes_get_their_label(line: str, label: SegmentLabel, settings: Settings) -> None:
    labels = labels_of([HEADLINE, LEAD, BODY[0], line, *BODY[1:]], settings)
    assert labels[line] is label


def test_headline_and_story_are_kept_apart(settings: Settings) -> None:
    labels = labels_of([HEADLINE, LEAD, *BODY], settings)
    assert labels[HEADLINE] is L.TITLE
    assert all(labels[line] is L.STORY for line in [LEAD, *BODY])


def test_first_line_that_is_a_sentence_is_not_a_title(settings: Settings) -> None:
    labels = labels_of([LEAD, *BODY], settings)
    assert labels[LEAD] is L.STORY


def test_name_line_under_the_headline_is_a_credit_but_a_mid_story_heading_stays(
    settings: Settings,
) -> None:
    credit = "Ministry of Transport of Brookfield"
    heading = "Who pays for the repairs"
    labels = labels_of([HEADLINE, credit, LEAD, BODY[0], heading, *BODY[1:]], settings)
    assert labels[credit] is L.CAPTION
    assert labels[heading] is L.SUBHEADING


def test_a_newspaper_name_under_the_headline_is_the_outlet_credit(settings: Settings) -> None:
    labels = labels_of([HEADLINE, "Brookfield Evening Post", LEAD, *BODY], settings)
    assert labels["Brookfield Evening Post"] is L.BYLINE


def test_sentence_case_line_under_the_headline_is_not_a_credit(settings: Settings) -> None:
    dek = "Drivers face long detours for months"
    labels = labels_of([HEADLINE, dek, LEAD, *BODY], settings)
    assert labels[dek].kept


def test_short_story_paragraphs_and_quotes_stay(settings: Settings) -> None:
    quote = "“We had no choice,” Varga said."
    short = "He agreed."
    labels = labels_of([HEADLINE, LEAD, quote, short, *BODY], settings)
    assert labels[quote] is L.STORY
    assert labels[short] is L.STORY


def test_a_donation_appeal_claims_its_paragraphs_and_buttons(settings: Settings) -> None:
    appeal = [
        "A Message from the Brookfield Herald:",
        "Dear readers,",
        "Local reporting costs money, and our newsroom depends on people like you.",
        "If you can, please give what you can each month. It takes a minute to set up.",
        "Once",
        "Monthly",
        "Continue",
        "Maybe next time",
    ]
    labels = labels_of([HEADLINE, LEAD, *BODY, *appeal], settings)
    assert all(labels[line] is L.APPEAL for line in appeal), labels
    assert all(labels[line] is L.STORY for line in BODY)


def test_an_appeal_run_ends_where_the_story_resumes(settings: Settings) -> None:
    promo = "Sign up for our morning newsletter"
    labels = labels_of([HEADLINE, LEAD, promo, *BODY], settings)
    assert labels[promo] is L.APPEAL
    assert all(labels[line] is L.STORY for line in BODY)


def test_a_related_heading_claims_the_headlines_under_it(settings: Settings) -> None:
    related = ["More from Brookfield", "Council approves new budget", "Ferry fares to rise"]
    labels = labels_of([HEADLINE, LEAD, *BODY, *related], settings)
    assert all(labels[line] is L.RELATED for line in related)


def test_a_short_non_sentence_after_the_story_is_furniture(settings: Settings) -> None:
    labels = labels_of([HEADLINE, LEAD, *BODY, "Brookfield Herald Media Group"], settings)
    assert labels["Brookfield Herald Media Group"] is L.BOILERPLATE


def test_by_followed_by_a_verb_is_a_sentence_not_a_byline(settings: Settings) -> None:
    line = "By refusing to approve the repairs, the council risks a longer closure."
    labels = labels_of([HEADLINE, LEAD, line, *BODY], settings)
    assert labels[line] is L.STORY


def test_appended_teasers_are_offtopic(settings: Settings) -> None:
    teaser = (
        "SPACE RACE: A private company launched its third lunar lander from a desert pad on "
        "Saturday, hoping to become the first to land near the south pole of the moon after two "
        "earlier attempts ended when the landers tipped over on arrival and the"
    )
    labels = labels_of([HEADLINE, LEAD, *BODY, BODY[0] + " Again.", teaser], settings)
    assert labels[teaser] is L.OFFTOPIC
    assert all(labels[line] is L.STORY for line in BODY)


def html_block(text: str, tag: str = "p", in_main: bool = True) -> Block:
    return Block(text, 0, len(text), tag=tag, in_main=in_main)


def test_html_blocks_outside_main_get_the_most_specific_label(settings: Settings) -> None:
    blocks = [
        html_block("Home | World | Business", "li", in_main=False),
        html_block(HEADLINE, "h1"),
        html_block(LEAD),
        html_block("The harbour at dusk", "figcaption"),
        html_block("What happens next", "h2"),
        *(html_block(line) for line in BODY),
        html_block("Recommended", "h3"),
        html_block("Ferry fares to rise", "li"),
        html_block("Council approves new budget", "li", in_main=False),
        html_block("Cookie settings and other things", "div", in_main=False),
    ]
    segments = label_blocks(blocks, InputKind.HTML, settings.clean)
    assert [s.label for s in segments] == [
        L.NAVIGATION, L.TITLE, L.STORY, L.CAPTION, L.SUBHEADING, L.STORY, L.STORY, L.STORY,
        L.RELATED, L.RELATED, L.RELATED, L.BOILERPLATE,
    ]  # fmt: skip


def test_a_bare_date_in_the_page_chrome_is_a_clock_but_by_the_headline_a_dateline(
    settings: Settings,
) -> None:
    blocks = [
        html_block("Monday, 3 March 2025 10:15", "div", in_main=False),
        html_block("Brookfield 12°C Cloudy", "div", in_main=False),
        html_block("Sign in", "div", in_main=False),
        html_block(HEADLINE, "h1"),
        html_block("3 March 2025, 09:40", "div", in_main=False),
        html_block(LEAD),
        html_block("Updated 4 March 2025 18:02", "div", in_main=False),
        *(html_block(line) for line in BODY),
    ]
    labels = [s.label for s in label_blocks(blocks, InputKind.HTML, settings.clean)]
    assert labels[0] is L.NAVIGATION
    assert labels[4] is L.DATELINE
    assert labels[6] is L.DATELINE  # says what it is, wherever it stands


def test_a_row_of_section_links_is_a_menu_even_with_subscribe_in_it(settings: Settings) -> None:
    sections = ["World", "Business", "Long reads", "Newsletters", "Subscribe"]
    blocks = [
        *(html_block(name, "li", in_main=False) for name in sections),
        html_block("World Business Sport Subscribe", "nav", in_main=False),
        html_block(HEADLINE, "h1"),
        html_block(LEAD),
        *(html_block(line) for line in BODY),
    ]
    labels = [s.label for s in label_blocks(blocks, InputKind.HTML, settings.clean)]
    assert labels[: len(sections) + 1] == [L.NAVIGATION] * (len(sections) + 1)


def test_donation_buttons_stay_part_of_their_appeal(settings: Settings) -> None:
    buttons = ["Once", "Monthly", "Annual", "Continue"]
    blocks = [
        html_block(HEADLINE, "h1"),
        html_block(LEAD),
        *(html_block(line) for line in BODY),
        html_block("Support the Brookfield Herald!", "h3", in_main=False),
        *(html_block(name, "li", in_main=False) for name in buttons),
    ]
    labels = [s.label for s in label_blocks(blocks, InputKind.HTML, settings.clean)]
    assert labels[-len(buttons) :] == [L.APPEAL] * len(buttons)


def test_a_heading_above_a_newsletter_sign_up_belongs_to_the_appeal(settings: Settings) -> None:
    blocks = [
        html_block(HEADLINE, "h1"),
        html_block(LEAD),
        html_block("The Harbour Morning Brief", "h4", in_main=False),
        html_block("Sign up for our free newsletter to get the news before breakfast.", "p", False),
        *(html_block(line) for line in BODY),
    ]
    labels = [s.label for s in label_blocks(blocks, InputKind.HTML, settings.clean)]
    assert labels[2] is L.APPEAL


def test_footer_links_after_the_copyright_are_navigation_not_related(settings: Settings) -> None:
    footer = ["About us", "Contact", "Privacy policy", "Terms of use"]
    blocks = [
        html_block(HEADLINE, "h1"),
        html_block(LEAD),
        *(html_block(line) for line in BODY),
        html_block("Related stories", "h3", in_main=False),
        html_block("Council approves new budget", "li", in_main=False),
        html_block("© 2025 Brookfield Herald. All rights reserved.", "p", in_main=False),
        *(html_block(name, "li", in_main=False) for name in footer),
    ]
    labels = [s.label for s in label_blocks(blocks, InputKind.HTML, settings.clean)]
    assert labels[-len(footer) :] == [L.NAVIGATION] * len(footer)


@pytest.mark.parametrize(
    "line",
    [
        "Sprint Wireless had a subscriber base of 12.4 million at the end of the year.",
        "Both players work with subscription services and include a built-in radio.",
        "Doctors urged families to donate spare blood to the regional hospital this winter.",
        '"He made a great contribution against Kestrel. He is a valuable player for us.',
    ],
)
def test_a_news_sentence_about_subscriptions_or_donations_is_story(
    line: str, settings: Settings
) -> None:
    labels = labels_of([HEADLINE, LEAD, line, *BODY], settings)
    assert labels[line] is L.STORY


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our morning briefing and get the news in one email.",
        "Subscribe to RSS Feed",
        "You can support independent reporting with a donation.",
        "We have covered the valley since 1990. Help us keep going: become a member today.",
    ],
)
def test_a_line_asking_the_reader_is_an_appeal(line: str, settings: Settings) -> None:
    labels = labels_of([HEADLINE, LEAD, *BODY, line], settings)
    assert labels[line] is L.APPEAL


def test_a_long_story_paragraph_with_a_generic_you_ends_an_appeal_run(settings: Settings) -> None:
    story = (
        "If you want to know when the dock strike will end, the answer is getting simpler: it "
        "will be settled within weeks, or the port stays shut until the shipping lines give in "
        "on pay and on the new rota that the union rejected in March."
    )
    labels = labels_of([HEADLINE, LEAD, "Sign up for our newsletter", story, *BODY], settings)
    assert labels[story] is L.STORY


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("View article on single page", L.NAVIGATION),
        ("Next story", L.NAVIGATION),
        ("Previous story: Brookfield opens a new ferry terminal", L.NAVIGATION),
        ("RSS feeds", L.NAVIGATION),
        ("POSTED: 7:05 AM ET", L.DATELINE),
        ("Posted: 3 hours ago", L.DATELINE),
        ("Written by: Jane Doe", L.BYLINE),
        ("Von Jana Novak / 6. November 2023 / Keine Kommentare", L.BYLINE),
        ("Par Jean Dupont", L.BYLINE),
        ("Posted by Aaron Lewis", L.BYLINE),
        ("Marcos Baghdatis (AAP)", L.CAPTION),
        ("Salman with Katrina (TOI Photo) More pics", L.CAPTION),
        ("Courtesy: San Jose State Athletics", L.CAPTION),
        ("Schreibe einen Kommentar", L.NAVIGATION),
        ("11 responses to “The Loneliest Woman in the World”", L.NAVIGATION),
        ("getaggt mit: Grundeinkommen, Berlin", L.NAVIGATION),
        ("Teilen", L.NAVIGATION),
        ("Home Sport Latest Sport News", L.NAVIGATION),
        ("Pour approfondir", L.RELATED),
        ("Lea también: Brookfield abre una nueva terminal", L.RELATED),
        ("Lesen Sie auch: Brookfield eröffnet ein neues Terminal", L.RELATED),
    ],
)
def test_page_furniture_leaks_are_caught(
    line: str, label: SegmentLabel, settings: Settings
) -> None:
    labels = labels_of([HEADLINE, LEAD, *BODY, line, BODY[0] + " Again."], settings)
    assert labels[line] is label


def test_a_cjk_sentence_is_not_a_heading(settings: Settings) -> None:
    quote = "“我们致力于重新建立乡村的信任关系。”"
    labels = labels_of([HEADLINE, LEAD, *BODY, quote], settings)
    assert labels[quote] is L.STORY


# --- issue 13: titles by position, shape and agreement; lists; follow lines; anchor text ------


@pytest.mark.parametrize(
    "widget",
    ["Brookfield 12°C Cloudy", "Wednesday, 11 March 2026 14:32", "Home | World | Sport", "Prague"],
)
def test_a_widget_above_the_headline_is_never_the_title(widget: str, settings: Settings) -> None:
    labels = labels_of([widget, HEADLINE, "By Jane Doe", LEAD, *BODY], settings)
    assert labels[HEADLINE] is L.TITLE
    assert labels[widget] is not L.TITLE


def test_the_headline_shares_the_leads_words_where_a_site_name_does_not(
    settings: Settings,
) -> None:
    lines = ["Brookfield Herald Online Edition", "Weather Traffic Sport", HEADLINE, LEAD, *BODY]
    labels = labels_of(lines, settings)
    assert labels[HEADLINE] is L.TITLE
    assert labels["Brookfield Herald Online Edition"] is not L.TITLE


def test_a_standfirst_under_the_headline_is_not_the_title(settings: Settings) -> None:
    standfirst = "Engineers found cracks in the steel supports of the harbour bridge"
    labels = labels_of([HEADLINE, standfirst, LEAD, *BODY], settings)
    assert labels[HEADLINE] is L.TITLE
    assert labels[standfirst] is not L.TITLE


def test_a_headline_the_page_repeats_in_a_share_box_is_still_the_title(
    settings: Settings,
) -> None:
    lines = [HEADLINE, "By Jane Doe", LEAD, *BODY, "Share this story", HEADLINE]
    segments = label_blocks(text_blocks("\n\n".join(lines)), InputKind.TEXT, settings.clean)
    assert [s.text for s in segments if s.label is L.TITLE] == [HEADLINE]


def test_a_call_out_above_the_headline_does_not_head_it(settings: Settings) -> None:
    shout = "Brookfield Harbour Festival Returns!"
    labels = labels_of([shout, HEADLINE, LEAD, *BODY], settings)
    assert labels[HEADLINE] is L.TITLE
    assert labels[shout] is not L.TITLE


def test_a_breadcrumb_without_its_separators_is_no_headline(settings: Settings) -> None:
    for crumbs in ("Home Brookfield Harbour Bridge", "News Brookfield News Harbour News"):
        labels = labels_of([crumbs, LEAD, *BODY], settings)
        assert labels[crumbs] is not L.TITLE
    labels = labels_of(["Bridges We Never Knew We Needed In Brookfield", LEAD, *BODY], settings)
    assert labels["Bridges We Never Knew We Needed In Brookfield"] is L.TITLE


def test_the_headline_is_found_past_a_dozen_lines_of_small_print(settings: Settings) -> None:
    between = ["By Jane Doe", "Share", "Tweet", "Email", "Print", "Comments (4)"] * 2
    teaser = "Brookfield ferry fares to rise in spring"
    labels = labels_of([HEADLINE, *between, teaser, LEAD, *BODY], settings)
    assert labels[HEADLINE] is L.TITLE
    assert labels[teaser] is not L.TITLE


def test_a_page_with_no_headline_has_no_title(settings: Settings) -> None:
    labels = labels_of(["12°C", "Sport", LEAD, *BODY], settings)
    assert L.TITLE not in labels.values()


def test_tour_dates_after_the_story_are_kept(settings: Settings) -> None:
    dates = ["March 3 – Brookfield, Harbour Hall", "March 5 – Aldmoor, Riverside Arena"]
    intro = "The band will play the harbour bridge benefit concerts on these dates:"
    labels = labels_of([HEADLINE, LEAD, *BODY, intro, *dates], settings)
    assert all(labels[line] is L.STORY for line in dates)


def test_html_list_items_tied_to_the_story_are_kept_and_other_links_are_not(
    settings: Settings,
) -> None:
    story = [Block(text, 0, len(text), "p") for text in [LEAD, *BODY]]
    tied = [Block(t, 0, len(t), "li") for t in ["Bridge closed to cars", "Buses via ring road"]]
    other = [Block(t, 0, len(t), "li") for t in ["Crewe 0 Leeds 1", "Full fixture list"]]
    for items, kept in ((tied, True), (other, False)):
        segments = label_blocks(story + items, InputKind.HTML, settings.clean)
        assert [s.kept for s in segments[len(story) :]] == [kept, kept]


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on X and Facebook for the latest news",
        "Follow @brookfieldherald",
        "Follow The Herald on Instagram",
        "Like us on Facebook",
    ],
)
def test_follow_us_lines_are_navigation(line: str, settings: Settings) -> None:
    labels = labels_of([HEADLINE, LEAD, *BODY, line], settings)
    assert labels[line] is L.NAVIGATION


def test_a_heading_follow_the_money_is_not_a_follow_line(settings: Settings) -> None:
    labels = labels_of([HEADLINE, LEAD, BODY[0], "Follow the money", *BODY[1:]], settings)
    assert labels["Follow the money"] is L.SUBHEADING


def test_a_more_list_is_related_stories(settings: Settings) -> None:
    labels = labels_of([HEADLINE, LEAD, *BODY, "More:", "Council approves new budget"], settings)
    assert labels["More:"] is L.RELATED
    assert labels["Council approves new budget"] is L.RELATED


def test_a_link_reading_like_a_subscription_does_not_make_a_paragraph_an_appeal(
    settings: Settings,
) -> None:
    link = "sign up for our newsletter"
    text = (
        "The council publishes its repair plans online, with the engineers' reports and the "
        f"costs of each option, and readers can {link} to follow the work on the bridge."
    )
    start = text.index(link)
    paragraph = Block(text, 0, len(text), "p", links=((start, start + len(link)),))
    after = Block(BODY[0], 0, len(BODY[0]), "p")
    blocks = [Block(LEAD, 0, len(LEAD), "p"), paragraph, after]
    segments = label_blocks(blocks, InputKind.HTML, settings.clean)
    assert [s.label for s in segments] == [L.STORY, L.STORY, L.STORY]


def test_a_subscription_link_alone_is_still_an_appeal(settings: Settings) -> None:
    text = "Sign up for our newsletter"
    blocks = [Block(LEAD, 0, len(LEAD), "p"), Block(text, 0, len(text), "p", links=((0, 26),))]
    segments = label_blocks(blocks, InputKind.HTML, settings.clean)
    assert segments[1].label is L.APPEAL


def test_a_numbered_row_with_a_time_is_a_list_item_not_a_clock(settings: Settings) -> None:
    rows = ["1. Harbour Oars 12:58", "2. Varen Valley Eights 13:05"]
    labels = labels_of([HEADLINE, LEAD, *BODY, *rows], settings)
    assert all(labels[row] is L.STORY for row in rows)
    assert labels_of([HEADLINE, LEAD, "London 14:32", *BODY], settings)["London 14:32"] is (
        L.NAVIGATION
    )


def test_a_record_taken_as_given_keeps_its_short_lines(settings: Settings) -> None:
    blocks = text_blocks("Talks resume\nDelegations meet again on Monday")
    segments = label_blocks(blocks, InputKind.TEXT, settings.clean, as_given=True)
    assert all(segment.kept for segment in segments)


def test_a_record_loses_stories_appended_after_its_lead(settings: Settings) -> None:
    # a scraper's text field keeps the site's teasers after the story
    teaser = (
        "SPACE RACE: A private company launched its third lunar lander from a desert pad on "
        "Saturday, hoping to become the first to land near the south pole of the moon after two "
        "earlier attempts ended when the landers tipped over on arrival and the"
    )
    lines = [LEAD, *BODY, BODY[0] + " Again.", teaser]
    segments = label_blocks(
        text_blocks("\n\n".join(lines)), InputKind.TEXT, settings.clean, as_given=True
    )
    labels = {segment.text: segment.label for segment in segments}
    assert labels[teaser] is L.OFFTOPIC
    assert all(labels[line] is L.STORY for line in [LEAD, *BODY])
    # three paragraphs or fewer are the story whatever they say
    short = label_blocks(
        text_blocks("\n\n".join([LEAD, BODY[0], teaser])), InputKind.TEXT, settings.clean,
        as_given=True,
    )  # fmt: skip
    assert all(segment.kept for segment in short)


def test_a_long_paragraph_told_as_i_ends_an_appeal_run(settings: Settings) -> None:
    story = (
        "I am often asked why we walk every year. My answer is simple: my father fell ill in "
        "the spring of 1998, and I watched our town raise money for the ward that treated him "
        "until the day he came home."
    )
    appeal = "Send your donations to the Brookfield Relay, PO Box 12"
    labels = labels_of([HEADLINE, LEAD, appeal, story, *BODY], settings)
    assert labels[appeal] is L.APPEAL
    assert labels[story] is L.STORY


def test_a_whole_paragraph_set_in_a_heading_tag_is_story(settings: Settings) -> None:
    paragraph = " ".join([BODY[0], BODY[1], "It was the third closure in a decade."])
    blocks = [
        html_block(HEADLINE, "h1"),
        html_block(LEAD),
        *(html_block(line) for line in BODY),
        html_block("New rules for the harbour", "h4"),
        html_block(paragraph, "h4"),
    ]
    labels = [s.label for s in label_blocks(blocks, InputKind.HTML, settings.clean)]
    assert labels[-1] is L.STORY


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Veröffentlicht am 5. April 2017", True),
        ("Donnerstag, 31. Mai 2012", True),
        ("25. Januar 2022 (DJV/FWR) Berlin/Ratingen", True),
        ("Published March 11, 2026 by Ana Petrova", True),
        ("8:40AM Tuesday January 15, 2008", True),
        ("Tag des Zweinutzungshuhns am 22. Januar", False),
        ("Talks resume on March 12", False),
        ("May Day rally draws 10,000", False),
    ],
)
def test_a_date_line_in_any_of_the_common_languages_is_no_headline(line: str, date: bool) -> None:
    assert is_date_line(line) is date


def test_a_date_stamp_above_the_article_is_never_its_title(settings: Settings) -> None:
    lines = ["Donnerstag, 31. Mai 2012", LEAD, *BODY]
    labels = labels_of(lines, settings)
    assert labels["Donnerstag, 31. Mai 2012"] is not L.TITLE


def test_a_date_stamp_in_another_language_is_removed_as_a_date_line(settings: Settings) -> None:
    labels = labels_of([HEADLINE, "Veröffentlicht am 5. April 2017", LEAD, *BODY], settings)
    assert labels["Veröffentlicht am 5. April 2017"] is L.DATELINE
    assert all(labels[line] is L.STORY for line in [LEAD, *BODY])


@pytest.mark.parametrize(
    "line",
    ["Kings 3 Blackhawks 2 (OT)", "Jacksonville at New England, 8 p.m. (CBS)"],
)
def test_a_score_or_a_listing_with_a_bracketed_code_is_no_caption(line: str) -> None:
    assert shape_verdict(Block(line, 0, len(line), "line")) is None
