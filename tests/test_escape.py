"""The one escaping path: console markup and control, HTML, JSON in HTML."""

from __future__ import annotations

import html
import json
import time

import pytest
from rich.console import Console
from rich.text import Text

from newsdesk.escape import (
    escape_json_text,
    for_console,
    for_html,
    json_for_console,
    json_for_html,
    without_control,
)

MARKUP = ["[/b]", "[/nope]", "[bold]red[/bold]", "[sic]", "[with Moscow]", "[link=x]y[/link]"]


def rendered(markup: str) -> str:
    console = Console(width=200, emoji=False, highlight=False, force_terminal=False)
    with console.capture() as capture:
        console.print(markup, end="")
    return capture.get()


@pytest.mark.parametrize("text", MARKUP)
def test_markup_in_article_text_prints_verbatim(text: str) -> None:
    assert rendered(for_console(text)) == text
    assert rendered("[bold]" + for_console(text) + "[/bold]") == text


def test_a_trailing_backslash_does_not_escape_the_markup_after_it() -> None:
    assert rendered(for_console("C:\\") + "[bold]x[/bold]") == "C:\\x"


@pytest.mark.parametrize(
    ("name", "hostile", "kept"),
    [
        ("window_title_bel", "a\x1b]0;pwned\x07b", "ab"),
        ("window_title_st", "a\x1b]2;pwned\x1b\\b", "ab"),
        ("osc8_hyperlink", "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"),
        ("clear_screen", "a\x1b[2J\x1b[Hb", "ab"),
        ("colour", "\x1b[31;1mred\x1b[0m", "red"),
        ("private_mode", "a\x1b[?1049hb", "ab"),
        ("c1_csi", "a\x9b31mb", "ab"),
        ("c1_osc", "a\x9d0;pwned\x9cb", "ab"),
        ("dcs", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"),
        ("charset_switch", "a\x1b(0b", "ab"),
        ("keypad_mode", "a\x1b=b", "ab"),
        ("bell_backspace_cr", "a\x07\x08\rb", "ab"),
        ("nul_and_del", "a\x00\x7fb", "ab"),
        (
            "unterminated_osc_keeps_the_text",
            "a\x1b]0;rest of the article",
            "a0;rest of the article",
        ),
        ("lone_esc", "a\x1bb", "a"),
    ],
)
def test_control_sequences_are_removed_whole(name: str, hostile: str, kept: str) -> None:
    assert without_control(hostile) == kept, name
    assert "\x1b" not in for_console(hostile)


def test_newline_tab_and_letters_of_every_script_are_kept() -> None:
    text = "Line one\n\tКиїв, 北京, ‘quoted’ — café\u200d"
    assert without_control(text) == text


def test_control_removal_is_linear_on_hostile_input() -> None:
    hostile = ("\x9d" + "a" * 50) * 20_000 + ("\x1b]" + "b" * 50) * 20_000
    started = time.perf_counter()
    cleaned = without_control(hostile)
    assert time.perf_counter() - started < 2.0
    assert "\x1b" not in cleaned and "\x9d" not in cleaned


def test_for_console_in_a_rich_text_is_the_same_text() -> None:
    hostile = "[/b] \x1b[2J[bold]x"
    assert Text.from_markup(for_console(hostile)).plain == "[/b] [bold]x"


def test_for_html_escapes_tags_entities_and_both_quotes() -> None:
    text = "<script>alert('x')</script> & \"q\""
    escaped = for_html(text)
    assert "<" not in escaped and ">" not in escaped and '"' not in escaped and "'" not in escaped
    assert html.unescape(escaped) == text


@pytest.mark.parametrize(
    "value",
    [
        "</script><script>alert(1)</script>",
        "<!-- x --> & &amp; 'single' \"double\"",
        "line\u2028separator\u2029paragraph",
        "C1 \x9b31m and DEL \x7f",
    ],
)
def test_json_for_html_is_inert_in_a_script_and_means_the_same(value: str) -> None:
    document = {"text": value, "nested": [value, {"k": value}]}
    embedded = json_for_html(document)
    for unsafe in ("<", ">", "&", "'", "\u2028", "\u2029", "\x9b", "\x7f"):
        assert unsafe not in embedded
    assert json.loads(embedded) == document


def test_json_for_console_escapes_every_control_character() -> None:
    document = {"esc": "\x1b]0;t\x07", "c1": "\x9b2J", "del": "\x7f", "name": "Київ"}
    text = json_for_console(document)
    assert not any(0x00 <= ord(c) < 0x20 and c not in "\n " for c in text)
    assert not any(0x7F <= ord(c) <= 0x9F for c in text)
    assert "Київ" in text
    assert json.loads(text) == document


def test_escape_json_text_leaves_valid_json_valid() -> None:
    lines = [json.dumps({"t": "\x9b\x85 ok"}, ensure_ascii=False) for _ in range(2)]
    escaped = escape_json_text("\n".join(lines))
    assert [json.loads(line) for line in escaped.splitlines()] == [{"t": "\x9b\x85 ok"}] * 2
