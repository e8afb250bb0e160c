"""The one escaping path: text from articles is data in every output, never markup or control.

Article text is whatever the web served, so it may hold console markup (`[/b]`, `[bold]`),
terminal control sequences (a window title, a clear screen, an OSC 8 hyperlink), HTML
(`</script>`) or line separators that end a JavaScript string. Every shell formats through
one of these functions:

    for_console(text)   a string for rich markup: control removed, brackets escaped
    without_control(text)
                        the same text without control characters or sequences, for
                        `rich.text.Text` (which never reads markup) and for plain output
    json_for_console(obj)
                        JSON text with every control character escaped (C1 and DEL too)
    for_html(text)      HTML text or attribute value (quotes escaped too)
    json_for_html(obj)  JSON to embed in an HTML <script> or a single-quoted attribute

Standard library only (rich is imported by `for_console` when it runs), so the web app and
the exporters can use it without loading the console.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

# A whole terminal sequence goes, not just its ESC, so no "]0;title" debris is left behind:
#   OSC (title, OSC 8 hyperlink), DCS, SOS, PM, APC: introducer ... BEL or ST (ESC \ or 0x9C);
#   CSI (colours, cursor, clear screen): ESC [ or 0x9B, parameters, intermediates, a final byte;
#   any other ESC sequence: ESC, intermediates, a final byte.
# A string sequence never terminated loses only its introducer: it must not eat the article
# (and its body stops at the next introducer, so a hostile text costs linear time).
_SEQUENCE = re.compile(
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x90\x98\x9c-\x9f]*(?:\x07|\x1b\\|\x9c)"
    r"|(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]"
)
# Every control character left: C0 but newline and tab, DEL, C1.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# JSON escapes C0 itself; DEL and C1 (0x9B is a CSI to some terminals) it writes raw.
_JSON_CONTROL = re.compile(r"[\x7f-\x9f\u2028\u2029]")
# In HTML, these end a <script>, open a tag or an entity, or close a single-quoted
# attribute; U+2028/2029 end a string in older JavaScript. Inside JSON they only occur in
# strings, where a \\u escape means the same character.
_HTML_UNSAFE_IN_JSON = re.compile("[<>&'\u2028\u2029]")


def without_control(text: str) -> str:
    """`text` without terminal sequences and control characters (newline and tab kept)."""
    return _CONTROL.sub("", _SEQUENCE.sub("", text))


def for_console(text: str) -> str:
    """`text` for a rich markup string: printed verbatim, brackets and all, never styled.

    The console must be made with `emoji=False`, or ":smile:" in an article becomes a glyph.
    """
    from rich.markup import escape  # rich only where a console is used

    return escape(without_control(text))


def json_for_console(obj: Any, *, indent: int | None = 2) -> str:
    """`obj` as JSON whose text holds no control character a terminal would act on."""
    return _JSON_CONTROL.sub(_unicode_escape, json.dumps(obj, ensure_ascii=False, indent=indent))


def escape_json_text(text: str) -> str:
    """JSON text already serialised (an export) made safe for a terminal like `json_for_console`."""
    return _JSON_CONTROL.sub(_unicode_escape, text)


def for_html(text: str) -> str:
    """`text` for HTML content or a quoted attribute value: & < > " ' escaped."""
    return html.escape(text, quote=True)


def json_for_html(obj: Any) -> str:
    """`obj` as JSON safe inside <script> (no `</script>`, no `<!--`) or a single-quoted
    attribute; the JSON means exactly what `json.dumps(obj)` means."""
    text = json.dumps(obj, ensure_ascii=False)
    return _HTML_UNSAFE_IN_JSON.sub(_unicode_escape, escape_json_text(text))


def _unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"
