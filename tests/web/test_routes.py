"""Every route through FastAPI's TestClient: status, key content, the security headers, and
hostile article text printed as text, never as markup."""

from __future__ import annotations

import re
import time
from html.parser import HTMLParser
from pathlib import Path

import markupsafe
import pytest
from fastapi.testclient import TestClient
from web_builders import BASE_URL, NoBriefDesk, composed_desk
from web_hostile import HOSTILE_TITLE, INJECTIONS

from newsdesk.desk import Desk
from newsdesk.web.app import create_app
from newsdesk.web.security import CONTENT_SECURITY_POLICY

ROUTES = [
    "/",
    "/stories/{story}",
    "/stories/{story}?since=2026-03-12",
    "/articles",
    "/articles?page=2",
    "/articles/{sample}",
    "/articles/{hostile_text}",
    "/articles/{hostile_html}",
    "/articles/{record}",
    "/entities",
    "/entities?type=person",
    "/entities?name=Kestria",
    "/entities/{entity}",
    "/search?q=ceasefire",
    "/search?q=",
    "/problems",
    "/add",
]
CITATION = re.compile(r'href="/articles/([0-9a-f]+)#(c-\d+-\d+)"')


def shown(text: str) -> str:
    """`text` as autoescaping prints it."""
    return str(markupsafe.escape(text))


def url(route: str, ids: dict[str, str]) -> str:
    return route.format(**ids)


class Parsed(HTMLParser):
    """A page as a browser's parser sees it: its elements with their attributes, and its text."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


def assert_inert(page: str) -> Parsed:
    """No hostile markup reached the page as markup: the only script element is the app's,
    no event handler attribute, no `javascript:` address, no element a text could bring in."""
    parsed = Parsed(page)
    scripts = [attrs for tag, attrs in parsed.elements if tag == "script"]
    assert scripts == [{"src": "/static/newsdesk.js", "defer": None}]
    for tag, attrs in parsed.elements:
        assert tag not in {"img", "iframe", "object", "embed", "math", "style", "base"}, tag
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action", "formaction"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
        if tag == "svg":
            assert (attrs.get("class") or "").startswith("chart "), attrs  # the app's charts
    return parsed


@pytest.mark.parametrize("route", ROUTES)
def test_every_page_answers_with_the_policy(
    client: TestClient, web_ids: dict[str, str], route: str
) -> None:
    response = client.get(url(route, web_ids))
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    assert_inert(response.text)


@pytest.mark.parametrize("asset", ["newsdesk.css", "newsdesk.js", "favicon.svg"])
def test_assets_are_served_from_the_package(client: TestClient, asset: str) -> None:
    response = client.get(f"/static/{asset}")
    assert response.status_code == 200
    text = response.text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "http://" not in text and "https://" not in text


def test_no_page_loads_anything_from_elsewhere(client: TestClient, web_ids: dict[str, str]) -> None:
    for route in ROUTES:
        page = client.get(url(route, web_ids)).text
        assert not re.search(
            r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""",
            page.replace('href="https://harbourline.example', ""),
        ), route


def test_stories_page_lists_each_story_with_figures_and_a_chart(
    client: TestClient, web_store: Path
) -> None:
    page = client.get("/").text
    with Desk(web_store, create=False) as desk:
        stories = desk.stories()
    for story in stories:
        assert shown(story.title) in page
        assert f'href="/stories/{story.id}"' in page
    assert "independent origins" in page
    assert page.count('<svg class="chart spark"') >= 1


def test_story_page_shows_the_brief_or_says_it_is_not_made(
    client: TestClient, web_ids: dict[str, str]
) -> None:
    page = client.get(f"/stories/{web_ids['story']}").text
    assert 'id="brief"' in page
    assert "Brief not yet made" in page or '<ol class="summary">' in page
    for section in ("timeline", "coverage", "positions", "contested", "single", "copies"):
        assert f'<section id="{section}">' in page


def assert_links_land(client: TestClient, page: str) -> int:
    """Every `/articles/{id}#c-...` link of the page has its element on the article page."""
    links = set(CITATION.findall(page))
    for article_id, anchor in links:
        article = client.get(f"/articles/{article_id}").text
        assert article.count(f'id="{anchor}"') == 1, (article_id, anchor)
    return len(links)


def test_every_link_of_the_entity_page_lands_on_its_passage(
    client: TestClient, web_ids: dict[str, str]
) -> None:
    assert assert_links_land(client, client.get(f"/entities/{web_ids['entity']}").text) >= 2


def test_every_citation_of_the_story_page_has_its_target_on_the_article_page(
    client: TestClient, web_store: Path, web_ids: dict[str, str]
) -> None:
    app = create_app(open_desk=lambda: composed_desk(web_store, web_ids["story"]))
    with TestClient(app, base_url=BASE_URL) as composed:
        story = composed.get(f"/stories/{web_ids['story']}").text
        assert assert_links_land(composed, story) >= 4


def test_every_citation_of_the_real_story_page_lands(
    client: TestClient, web_ids: dict[str, str]
) -> None:
    assert assert_links_land(client, client.get(f"/stories/{web_ids['story']}").text) >= 1


def test_a_composed_story_shows_every_panel(web_store: Path, web_ids: dict[str, str]) -> None:
    app = create_app(open_desk=lambda: composed_desk(web_store, web_ids["story"]))
    with TestClient(app, base_url=BASE_URL) as composed:
        page = composed.get(f"/stories/{web_ids['story']}").text
    assert "Brief not yet made" not in page
    assert '<svg class="chart timeline"' in page and "<circle" in page and 'class="range"' in page
    assert 'class="matrix coverage-matrix"' in page
    assert page.count('class="cell has"') >= 4 and 'class="cell missing"' in page
    assert 'class="matrix positions-matrix"' in page and "(was proposes)" in page
    assert "demands</span> of Orvenia" in page
    contested = page.split('<section id="contested">')[1].split("</section>")[0]
    assert "number conflict on <strong>killed</strong>" in contested
    assert "at least 12" in contested and "14" in contested and "Other Wire" in contested
    assert "single anonymous origin" in page
    assert "translation only:" in page
    assert "Teodor Vasylenko" in page
    assert 'href="/stories/' + web_ids["story"] + '/brief.md"' in page


def test_without_the_brief_calls_the_story_page_shows_the_facts_alone(
    web_store: Path, web_ids: dict[str, str]
) -> None:
    app = create_app(open_desk=lambda: NoBriefDesk(web_store, create=False))
    with TestClient(app, base_url=BASE_URL) as plain:
        page = plain.get(f"/stories/{web_ids['story']}")
        download = plain.get(f"/stories/{web_ids['story']}/brief.md")
    assert page.status_code == 200
    assert "Brief not yet made" in page.text
    assert "Positions come with the brief" in page.text
    assert download.status_code == 404 and "not yet made" in download.text


@pytest.mark.parametrize(
    ("fmt", "media"), [("md", "text/markdown"), ("json", "application/json"), ("html", "text/html")]
)
def test_brief_downloads(web_store: Path, web_ids: dict[str, str], fmt: str, media: str) -> None:
    app = create_app(open_desk=lambda: composed_desk(web_store, web_ids["story"]))
    with TestClient(app, base_url=BASE_URL) as composed:
        response = composed.get(f"/stories/{web_ids['story']}/brief.{fmt}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY


def test_an_unknown_brief_format_is_not_found(client: TestClient, web_ids: dict[str, str]) -> None:
    assert client.get(f"/stories/{web_ids['story']}/brief.pdf").status_code == 404


def test_article_page_shows_removed_segments_in_place(
    client: TestClient, web_store: Path, web_ids: dict[str, str]
) -> None:
    with Desk(web_store, create=False) as desk:
        article = desk.article(web_ids["sample"])
    page = client.get(f"/articles/{article.id}").text
    assert article.removed, "the sample article has noise to show"
    body = page.split('<article class="body">')[1].split("</article>")[0]
    text = Parsed(body).text
    positions = []
    for segment in article.segments:
        assert segment.text[:60] in text, segment.text[:60]
        positions.append(text.index(segment.text[:60]))
        if not segment.kept:
            assert segment.reason in text
    assert positions == sorted(positions), "segments in page order"
    assert body.count('class="seg removed"') == len(article.removed)


def test_article_page_highlights_entities_quotes_and_claims(
    client: TestClient, web_ids: dict[str, str]
) -> None:
    page = client.get(f"/articles/{web_ids['sample']}").text
    assert re.search(r'<a class="m ent" href="/entities/[0-9a-f]+"', page)
    assert 'class="m quote' in page
    assert 'class="m claim' in page


def test_article_page_lists_its_copies_and_translation_evidence(
    client: TestClient, web_store: Path
) -> None:
    with Desk(web_store, create=False) as desk:
        links = desk.copy_links()
        translated = [a for a in desk.articles() if a.machine_translated]
    assert links and translated, "the sample corpus has copies and a machine translation"
    page = client.get(f"/articles/{links[0].article_id}").text
    assert f'href="/articles/{links[0].source_id}"' in page
    page = client.get(f"/articles/{translated[0].id}").text
    assert "Machine translation" in page
    assert shown(translated[0].translation_evidence[0]) in page


def test_raw_source_is_plain_text_that_no_browser_runs(
    client: TestClient, web_ids: dict[str, str]
) -> None:
    response = client.get(f"/articles/{web_ids['hostile_html']}/raw")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>alert('page script')</script>" in response.text  # as received, as text


def test_entity_page_shows_aliases_why_mentions_quotes_and_claims(
    client: TestClient, web_store: Path, web_ids: dict[str, str]
) -> None:
    with Desk(web_store, create=False) as desk:
        entity = next(e for e in desk.entities() if e.id == web_ids["entity"])
    page = client.get(f"/entities/{entity.id}").text
    assert shown(entity.name) in page
    assert "Why these were merged" in page and '<pre class="explain">' in page
    assert page.count('<li class="snippet">') >= 1
    assert '<span class="m hit">' in page
    for heading in ("Quotes by", "Claims by", "Mentions"):
        assert heading in page


def test_entities_filters_name_what_they_did_not_find(client: TestClient) -> None:
    page = client.get("/entities?type=NOTATYPE").text
    assert "entity type" in page and "NOTATYPE" in page
    assert "no entity named" in client.get("/entities?name=Zzyzx").text.lower()


def test_search_marks_matches_and_escapes_snippets(client: TestClient) -> None:
    page = client.get("/search?q=ceasefire").text
    assert '<span class="m hit">' in page
    page = client.get("/search", params={"q": "leaflet"}).text
    assert HOSTILE_TITLE in assert_inert(page).text


@pytest.mark.parametrize(
    "query", ['"unclosed', "AND OR NOT", "<script>alert(1)</script>", "*", ")"]
)
def test_search_survives_any_query(client: TestClient, query: str) -> None:
    response = client.get("/search", params={"q": query})
    assert response.status_code == 200
    assert_inert(response.text)
    assert shown(query) in response.text


def test_a_very_long_query_is_refused_in_words(client: TestClient) -> None:
    page = client.get("/search", params={"q": "word " * 200}).text
    assert "at most 500 characters" in page


@pytest.mark.parametrize(
    "route", ["/stories/story-nope", "/articles/ffffffffffff", "/entities/nope", "/nowhere"]
)
def test_unknown_things_are_not_found(client: TestClient, route: str) -> None:
    response = client.get(route)
    assert response.status_code == 404
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "<h1>" in response.text


def test_hostile_text_article_prints_every_injection_as_text(
    client: TestClient, web_ids: dict[str, str]
) -> None:
    text = assert_inert(client.get(f"/articles/{web_ids['hostile_text']}").text).text
    for injection in INJECTIONS:
        assert injection in text, injection
    assert HOSTILE_TITLE in text  # template syntax in the data is printed, not evaluated


def test_hostile_html_article_shows_decoded_markup_as_text(
    client: TestClient, web_ids: dict[str, str]
) -> None:
    text = assert_inert(client.get(f"/articles/{web_ids['hostile_html']}").text).text
    assert "<img src=x onerror=\"alert('img')\">" in text
    assert "<script>alert('head')</script>" in text


def test_hostile_record_fields_are_text(client: TestClient, web_ids: dict[str, str]) -> None:
    text = assert_inert(client.get(f"/articles/{web_ids['record']}").text).text
    assert "<svg onload=alert('record')>" in text
    assert "<b>Evil Outlet</b> [/b]" in text


def test_hostile_titles_in_lists_are_text(client: TestClient) -> None:
    for route in ("/", "/articles", "/entities", "/problems"):
        assert_inert(client.get(route).text)
    assert HOSTILE_TITLE in Parsed(client.get("/articles").text).text


def test_a_5mb_single_line_article_is_served_whole_and_inert(
    client: TestClient, web_ids: dict[str, str]
) -> None:
    started = time.perf_counter()
    response = client.get(f"/articles/{web_ids['long_line']}")
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    assert len(response.text) > 5_000_000
    assert (
        "Notice 0: <script>alert('script')</script> was posted." in assert_inert(response.text).text
    )
    assert elapsed < 20, f"{elapsed:.1f} s for the 5 MB article"


def test_read_only_hides_and_refuses_the_add_page(web_store: Path) -> None:
    with TestClient(create_app(web_store, read_only=True), base_url=BASE_URL) as reader:
        assert 'href="/add"' not in reader.get("/").text
        assert reader.get("/add").status_code == 403
        refused = reader.post("/add", data={"text": "A story\n\nThe ferry ran again today."})
        assert refused.status_code == 403
        assert "read-only" in refused.text


def test_a_token_guards_every_route_of_the_app(web_store: Path) -> None:
    token = "a-long-enough-secret-token"
    app = create_app(web_store, token=token)
    with TestClient(app, base_url="http://192.0.2.1:8765") as remote:
        assert remote.get("/").status_code == 401
        assert remote.get("/static/newsdesk.css").status_code == 401
        assert remote.get("/", headers={"authorization": f"Bearer {token}"}).status_code == 200
        assert remote.get(f"/?token={token}").status_code == 200  # redirected, cookie set
        assert remote.get("/articles").status_code == 200


def test_without_a_token_only_loopback_hosts_are_answered(web_store: Path) -> None:
    with TestClient(create_app(web_store), base_url="http://rebound.example:8765") as rebound:
        assert rebound.get("/").status_code == 400


def test_add_form_refuses_a_post_without_the_form_token(client: TestClient) -> None:
    response = client.post("/add", data={"text": "A story\n\nThe ferry ran again."})
    assert response.status_code == 403
    assert "Refused" in response.text


def test_add_form_names_bad_addresses_without_adding(client: TestClient) -> None:
    form = client.get("/add").text
    token = re.search(r'name="form_token" value="([^"]+)"', form)
    assert token is not None
    data = {"form_token": token.group(1), "addresses": "/etc/passwd\nfile:///etc/hosts\nftp://x"}
    response = client.post("/add", data=data)
    assert response.status_code == 200
    assert response.text.count("not an http:// or https:// address") == 3
    assert "root:" not in response.text


def test_add_form_with_nothing_says_so(client: TestClient) -> None:
    token = re.search(r'name="form_token" value="([^"]+)"', client.get("/add").text)
    assert token is not None
    response = client.post("/add", data={"form_token": token.group(1)})
    assert response.status_code == 400
    assert "Nothing to add" in response.text


def form_token(client: TestClient) -> str:
    found = re.search(r'name="form_token" value="([^"]+)"', client.get("/add").text)
    assert found is not None
    return found.group(1)


def test_pages_show_what_was_written_since_they_were_read(tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Ferry talks resume\n\nThe ferry between Estel and Norby ran again today.\n")
    second.write_text("Bridge repairs begin\n\nRepairs to the Brodnitsa bridge began on Monday.\n")
    db = tmp_path / "fresh.db"
    with Desk(db) as desk:
        desk.add([str(first)], analyse=False, workers=1)
    with TestClient(create_app(db), base_url=BASE_URL) as fresh:
        assert "1 articles" in fresh.get("/articles").text
        with Desk(db) as desk:  # another process would do the same
            desk.add([str(second)], analyse=False, workers=1)
        page = fresh.get("/articles").text
    assert "2 articles" in page and "Bridge repairs begin" in page


def test_the_add_form_uploads_and_pastes_end_to_end(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    Desk(db).close()
    upload = (
        "Bridge repairs begin\n\nRepairs to the Brodnitsa bridge began on Monday, the mayor "
        "said, and buses will carry passengers across the river until the summer.\n"
    )
    with TestClient(create_app(db), base_url=BASE_URL) as fresh:
        response = fresh.post(
            "/add",
            data={
                "form_token": form_token(fresh),
                "text": "Ferry talks resume\n\nThe ferry between Estel and Norby ran again "
                "today after a week in port, its operator said on Monday.",
                "addresses": "not-a-url",
            },
            files=[("files", ("../../bridge.txt", upload.encode(), "text/plain"))],
        )
        assert response.status_code == 200
        text = Parsed(response.text).text
        assert "Added 2" in text
        assert "Bridge repairs begin" in text and "Ferry talks resume" in text
        assert "not-a-url: not an http:// or https:// address" in text
        assert "2 articles" in fresh.get("/articles").text


def test_no_template_turns_escaping_off() -> None:
    import newsdesk.web

    folder = Path(newsdesk.web.__file__).parent
    for path in [*(folder / "templates").glob("*.html"), *folder.rglob("*.py")]:
        text = path.read_text("utf-8")
        for unsafe in ("|safe", "| safe", "autoescape false", "Markup(", "autoescape=False"):
            assert unsafe not in text, (path.name, unsafe)
    environment = create_app(open_desk=lambda: Desk(":memory:")).state.web.templates.env
    assert environment.autoescape is True
