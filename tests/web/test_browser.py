"""A real headless Chromium against the app served by uvicorn on 127.0.0.1: pages render, a
citation link lands on its passage, charts are drawn, hostile articles execute nothing and
break no page, at 1280 px and at a phone's width.

Skipped when /usr/bin/chromium or /usr/bin/chromedriver is absent (CI installs Debian's
chromium and chromium-driver). With NEWSDESK_SCREENSHOTS=DIR the main pages are saved there as
PNG (docs/screenshots/ holds the ones in the docs):

    NEWSDESK_SCREENSHOTS=docs/screenshots .venv/bin/pytest tests/web/test_browser.py
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_browser import (
    chromium,
    console_errors,
    in_viewport,
    missing_browser,
    screenshot,
    served,
)

from newsdesk.web.app import create_app

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(missing_browser() is not None, reason=f"browser: {missing_browser()}"),
]
PHONE_WIDTH = 390
TARGET_BACKGROUND = {"rgb(255, 212, 59)", "rgba(255, 212, 59, 1)"}  # --target in the CSS


@pytest.fixture(scope="module")
def base_url(web_store: Path) -> Iterator[str]:
    with served(create_app(web_store)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium(1280, 900) as driver:
        yield driver


def open_page(driver: Any, url: str) -> list[str]:
    """Load a page and return the console errors it caused (after the alert check)."""
    driver.set_window_size(1280, 900)
    driver.get(url)
    assert_no_alert(driver)
    return console_errors(driver)


def assert_no_alert(driver: Any) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        text = driver.switch_to.alert.text
    except NoAlertPresentException:
        return
    pytest.fail(f"an alert ran: {text!r}")


def overflows(driver: Any) -> bool:
    """Whether the page is wider than the window (a horizontal scroll bar: a broken layout)."""
    return bool(
        driver.execute_script(
            "return document.documentElement.scrollWidth > window.innerWidth + 1;"
        )
    )


def pages(ids: dict[str, str]) -> dict[str, str]:
    return {
        "stories": "/",
        "story": f"/stories/{ids['story']}",
        "article": f"/articles/{ids['sample']}",
        "entity": f"/entities/{ids['entity']}",
        "search": "/search?q=ceasefire",
        "articles": "/articles",
        "entities": "/entities",
        "add": "/add",
    }


def test_every_page_renders_without_errors(
    browser: Any, base_url: str, web_ids: dict[str, str]
) -> None:
    for name, path in pages(web_ids).items():
        errors = open_page(browser, base_url + path)
        assert errors == [], (name, errors)
        assert browser.find_element("css selector", "footer").is_displayed(), name
        assert browser.title.endswith("· newsdesk"), name
        assert not overflows(browser), name


def test_a_citation_link_lands_on_its_highlighted_passage(
    browser: Any, base_url: str, web_ids: dict[str, str]
) -> None:
    open_page(browser, f"{base_url}/stories/{web_ids['story']}")
    links = browser.find_elements("css selector", "a.cite-link")
    assert links, "the story page has citation links"
    href = links[-1].get_attribute("href")  # the last: far down its article, scrolling needed
    anchor = href.rsplit("#", 1)[1]
    browser.execute_script("arguments[0].scrollIntoView(); arguments[0].click();", links[-1])
    deadline = time.monotonic() + 15
    while "#" not in browser.current_url and time.monotonic() < deadline:
        time.sleep(0.1)
    assert browser.current_url.endswith(f"#{anchor}")
    assert in_viewport(browser, anchor), anchor
    target = browser.find_element("id", anchor)
    assert "cite" in (target.get_attribute("class") or "")
    assert target.value_of_css_property("background-color") in TARGET_BACKGROUND
    assert console_errors(browser) == []


def test_charts_are_drawn(browser: Any, base_url: str, web_ids: dict[str, str]) -> None:
    open_page(browser, base_url + "/")
    sparks = browser.find_elements("css selector", "svg.chart.spark rect.bar")
    assert sparks and all(bar.size["height"] > 0 for bar in sparks)
    open_page(browser, f"{base_url}/stories/{web_ids['story']}")
    activity = browser.find_elements("css selector", "svg.chart.wide rect.bar")
    assert activity and activity[0].size["width"] > 0


@pytest.mark.parametrize("which", ["hostile_text", "hostile_html", "record", "long_line"])
def test_a_hostile_article_executes_nothing_and_breaks_nothing(
    browser: Any, base_url: str, web_ids: dict[str, str], which: str
) -> None:
    errors = open_page(browser, f"{base_url}/articles/{web_ids[which]}")
    assert errors == []  # a blocked injected script would be a CSP error here
    assert browser.execute_script("return document.scripts.length") == 1
    handlers = browser.execute_script(
        "return [...document.querySelectorAll('*')].filter("
        "el => [...el.attributes].some(a => a.name.startsWith('on'))).length"
    )
    assert handlers == 0
    assert browser.find_elements("css selector", "img, iframe, object, embed") == []
    assert browser.find_element("css selector", "footer").is_displayed()
    assert not overflows(browser)


def test_hostile_text_in_search_and_lists_executes_nothing(browser: Any, base_url: str) -> None:
    for path in ("/search?q=leaflet", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", "/articles"):
        assert open_page(browser, base_url + path) == [], path
        assert browser.execute_script("return document.scripts.length") == 1


def test_pages_fit_a_phone(browser: Any, base_url: str, web_ids: dict[str, str]) -> None:
    for name, path in pages(web_ids).items():
        browser.get(base_url + path)
        browser.set_window_size(PHONE_WIDTH, 844)
        assert not overflows(browser), name


def test_screenshots_of_the_main_pages(
    browser: Any, base_url: str, web_ids: dict[str, str]
) -> None:
    folder = os.environ.get("NEWSDESK_SCREENSHOTS")
    if not folder:
        pytest.skip("set NEWSDESK_SCREENSHOTS=DIR to save screenshots")
    shots = Path(folder)
    wanted = pages(web_ids)
    for name in ("stories", "story", "article", "entity", "search", "add"):
        open_page(browser, base_url + wanted[name])
        screenshot(browser, shots / f"{name}.png")
    open_page(browser, f"{base_url}/stories/{web_ids['story']}")
    link = browser.find_elements("css selector", "a.cite-link")[0]
    browser.get(link.get_attribute("href"))
    time.sleep(0.3)
    screenshot(browser, shots / "citation.png", full_page=False)
    browser.set_window_size(PHONE_WIDTH, 844)
    for name in ("story", "article"):
        browser.get(base_url + wanted[name])
        screenshot(browser, shots / f"{name}-phone.png", full_page=False)
    assert {"story.png", "article.png", "citation.png"} <= {p.name for p in shots.glob("*.png")}
