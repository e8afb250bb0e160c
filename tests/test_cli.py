"""The command line, end to end through click's runner (no network).

Most tests read one store built by hand from model objects holding hostile text (console
markup, terminal sequences), so they run without the NLP model and pin the CLI alone; a few
add real articles through `newsdesk add` and run the real analysis (one store per module).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from newsdesk import cli as cli_module
from newsdesk.cli import cli
from newsdesk.desk import Desk
from newsdesk.model import (
    Article,
    Claim,
    DateInference,
    Entity,
    EntityMention,
    Event,
    Extraction,
    InputKind,
    OffsetPiece,
    Problem,
    Quote,
    RawDocument,
    SearchHit,
    Segment,
    SegmentLabel,
    SourceHints,
    Story,
)

# --- output as a pipe and as an 80-column terminal ------------------------------------------

PIPED: dict[str, str | None] = {"COLUMNS": None, "TTY_COMPATIBLE": None, "FORCE_COLOR": None}
TERMINAL_80: dict[str, str | None] = {"COLUMNS": "80", "TTY_COMPATIBLE": "1", "FORCE_COLOR": None}
# The only escape sequences rich itself writes for tables: colours and styles (SGR).
SGR = re.compile(r"\x1b\[[0-9;]*m")


def run(*args: str, env: Mapping[str, str | None] = PIPED) -> tuple[int, str, str]:
    result = CliRunner(env=dict(env)).invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


# --- a store holding hostile text, built from model objects ---------------------------------

TITLE = "Talks resume [/b] after [bold]storm[/bold]\x1b]0;pwned-title\x07 on the Varen"
OUTLET = "The [sic] Gazette"
BODY = (
    "Envoys met in Aldmoor on Tuesday [with Moscow] watching.\x1b[2J\x1b[H "
    "A 72-hour ceasefire was agreed, the [/nope] mediator said.\x9b31m "
    "Read \x1b]8;;http://evil.example\x1b\\the text\x1b]8;;\x1b\\ here.\x07"
)
QUOTE = "We will [/b] not [bold]leave[/bold] \x1b]0;pwned-quote\x07the valley"
LONG_TITLE = "Second article with a long title " + "that goes on " * 8 + "to the end mark"
SECOND_BODY = "Teodor Wasylenko said the ceasefire would hold. Kestria demands a withdrawal."


def _article(data: bytes, *, title: str, outlet: str, text: str, published: str | None) -> Article:
    raw_id = RawDocument("x", data, data.decode(), "utf-8", InputKind.TEXT).id
    return Article(
        id=raw_id,
        source=f"/in/[bold]{raw_id[:4]}[/bold].txt",
        kind=InputKind.TEXT,
        title=title,
        outlet=outlet,
        published=published,
        published_how="metadata" if published else None,
        language="en",
        text=text,
        segments=(
            Segment(0, len(text), text, SegmentLabel.STORY, "main text"),
            Segment(0, 9, "[/b]\x1b[31mAdvert", SegmentLabel.ADVERTISEMENT, "ad [sic] label"),
        ),
        offsets=(OffsetPiece(0, len(text), 0, len(text)),),
    )


def _put(desk: Desk, data: bytes, article: Article) -> None:
    raw = RawDocument(article.source, data, data.decode(), "utf-8", InputKind.TEXT, SourceHints())
    desk.store.put(raw, article)


def _quote(article_id: str, text: str, speaker: str, start: int) -> Quote:
    return Quote(
        article_id, start, start + len(text), text, True, speaker,
        name_start=0, name_end=len(speaker), cue="said [sic]",
    )  # fmt: skip


def _claim(article_id: str) -> Claim:
    return Claim(
        article_id=article_id, start=0, end=40, actor="Kestria [/b]", actor_start=0,
        actor_end=7, action="DEMAND", trigger="demands", trigger_start=8, trigger_end=15,
        issue="a withdrawal [with Moscow]", issue_start=16, issue_end=30, modality="asserted",
        actor_state="Kestria", target="Orvenia\x1b[2J", attribution="according to [sic] Wire",
    )  # fmt: skip


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A store with two articles, quotes, claims, entities, a story and a stored problem."""
    folder = tmp_path_factory.mktemp("hostile")
    db = folder / "h.db"
    first = _article(b"first", title=TITLE, outlet=OUTLET, text=BODY, published="2026-03-11")
    second = _article(
        b"second", title=LONG_TITLE, outlet="Harbourline News", text=SECOND_BODY, published=None
    )
    with Desk(db) as desk:
        _put(desk, b"first", first)
        _put(desk, b"second", second)
        desk.store.put_date_inference(DateInference(second.id, "2026-03-12", "text", 0.8))
        desk.store.put_extraction(
            Extraction(
                first.id,
                quotes=(_quote(first.id, QUOTE, "Ilse [/b] Brandt", 10),),
                claims=(_claim(first.id),),
                problems=("quotes: ValueError: boom [/b] \x1b[2J",),
            ),
            "test",
        )
        wasylenko = _quote(second.id, "the ceasefire would hold", "Wasylenko", 30)
        desk.store.put_extraction(Extraction(second.id, quotes=(wasylenko,)), "test")
        desk.store.replace_entities(
            [
                Entity(
                    "e1", "Teodor Vasylenko", "PERSON", ("Wasylenko", "Vasilenko [/b]"),
                    (EntityMention(second.id, 0, 16, "Teodor Wasylenko"),),
                    state="Kestria", why=("Wasylenko joined [bold]Vasylenko[/bold]: spelling",),
                ),
                Entity("e2", "Kestria", "GPE", (), (EntityMention(second.id, 48, 55, "Kestria"),)),
            ]
        )  # fmt: skip
        event = Event("event-1a2b3c4d5e6f", "story-9f8e7d6c5b4a", TITLE, (first.id, second.id))
        desk.store.replace_stories(
            [Story("story-9f8e7d6c5b4a", TITLE, (first.id, second.id), (event,))], None
        )
    yield {"db": str(db), "first": first.id, "second": second.id, "folder": str(folder)}


READING = [
    ["articles"],
    ["show", "{first}"],
    ["search", "Moscow"],
    ["quotes"],
    ["claims"],
    ["entities"],
    ["entity", "Vasylenko"],
    ["stories", "--events"],
    ["story", "story-9f8e"],
    ["problems"],
]


def _args(hostile: dict[str, str], command: list[str]) -> list[str]:
    return ["--db", hostile["db"], *(part.format(**hostile) for part in command)]


@pytest.mark.parametrize("command", READING, ids=lambda c: c[0])
def test_article_text_is_data_for_the_console(hostile: dict[str, str], command: list[str]) -> None:
    code, out, err = run(*_args(hostile, command))
    assert code == 0, err
    assert out.strip()
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out + err), "control reached output"
    assert "pwned" not in out + err


def test_markup_in_articles_prints_verbatim(hostile: dict[str, str]) -> None:
    _, out, _ = run("--db", hostile["db"], "show", hostile["first"])
    assert "Talks resume [/b] after [bold]storm[/bold] on the Varen" in out
    assert "[with Moscow]" in out and "[/nope]" in out and "The [sic] Gazette" in out
    assert "[removed: advertisement - ad [sic] label] [/b]Advert" in out
    _, out, _ = run("--db", hostile["db"], "quotes")
    assert "We will [/b] not [bold]leave[/bold] the valley" in out
    assert "Ilse [/b] Brandt" in out and "said [sic]" in out
    _, out, _ = run("--db", hostile["db"], "search", "Moscow")
    assert "[with Moscow]" in out


@pytest.mark.parametrize("command", READING, ids=lambda c: c[0])
def test_no_terminal_sequence_from_an_article_reaches_a_terminal(
    hostile: dict[str, str], command: list[str]
) -> None:
    code, out, err = run(*_args(hostile, command), env=TERMINAL_80)
    assert code == 0, err
    left = SGR.sub("", out + err)
    assert "\x1b" not in left and not re.search(r"[\x80-\x9f\x07]", left)
    assert "pwned" not in left


def test_a_bracketed_db_path_is_printed_not_parsed(hostile: dict[str, str]) -> None:
    folder = Path(hostile["folder"]) / "[bold]x[" / "b]"  # the path holds "[/b]"
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "n[sic].db"
    code, _, err = run("--db", str(db), "articles")
    assert code == 2 and "[bold]x[/b]/n[sic].db: no such store" in err
    shutil.copy(hostile["db"], db)
    code, out, err = run("--db", str(db), "articles")
    assert code == 0 and hostile["first"][:12] in out, err


# --- tables: 80 columns, pipes, ids, dates ----------------------------------------------------


@pytest.mark.parametrize(
    "command",
    READING,
    ids=lambda c: c[0],
)
def test_tables_fit_80_columns(hostile: dict[str, str], command: list[str]) -> None:
    _, out, _ = run(*_args(hostile, command), env=TERMINAL_80)
    lines = SGR.sub("", out).splitlines()
    assert lines and max(cell_len(line) for line in lines) <= 80
    assert "…" not in out.replace(" … ", "")  # nothing cut, only the search snippet's gaps


def test_ids_paste_into_show_and_inferred_dates_are_marked(hostile: dict[str, str]) -> None:
    code, out, err = run("--db", hostile["db"], "articles", env=TERMINAL_80)
    plain = SGR.sub("", out)
    assert code == 0
    assert hostile["first"][:12] in plain and hostile["second"][:12] in plain
    assert "2026-03-11 " in plain and "2026-03-12~" in plain
    assert "inferred" in err
    code, out, _ = run("--db", hostile["db"], "show", hostile["second"][:12])
    assert code == 0 and "2026-03-12 (inferred)" in out


def test_piped_tables_are_not_cut_or_coloured(hostile: dict[str, str]) -> None:
    _, out, _ = run("--db", hostile["db"], "articles")
    assert "\x1b" not in out
    row = next(line for line in out.splitlines() if hostile["second"][:12] in line)
    assert LONG_TITLE in row and "2026-03-12~" in row


# --- search -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["ceasefire", "72-hour", '"with Moscow"', "aldmoor tuesday", "cease*"]
)
def test_search_takes_what_people_type(hostile: dict[str, str], query: str) -> None:
    code, out, err = run("--db", hostile["db"], "search", query)
    assert code == 0, err
    assert hostile["first"][:12] in out and "article" in err


def test_search_says_when_nothing_matched(hostile: dict[str, str]) -> None:
    code, out, err = run("--db", hostile["db"], "search", "zeppelin")
    assert code == 0 and out == "" and "no article matches 'zeppelin'" in err
    code, out, _ = run("--db", hostile["db"], "search", "zeppelin", "--json")
    assert code == 0 and json.loads(out) == []


def test_search_highlights_the_matching_words(hostile: dict[str, str]) -> None:
    with Desk(hostile["db"], create=False) as desk:
        article = desk.article(hostile["first"])
    hit = SearchHit(article, "a [b] 72 hour\x1b[2J truce", ((6, 8), (9, 13)))
    text = cli_module._highlighted(hit)
    assert text.plain == "a [b] 72 hour truce"
    assert [text.plain[s.start : s.end] for s in text.spans] == ["72", "hour"]


# --- missing stores, unknown names, exit codes --------------------------------------------------

MISSING_READERS = [
    ["articles"], ["show", "abcd"], ["search", "x"], ["stories"], ["story", "x"],
    ["entities"], ["entity", "x"], ["quotes"], ["claims"], ["export"], ["problems"],
]  # fmt: skip


@pytest.mark.parametrize("command", MISSING_READERS, ids=lambda c: c[0])
def test_reading_commands_refuse_a_missing_store(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "typo.db"
    code, out, err = run("--db", str(db), *command)
    assert code == 2 and out == ""
    assert "typo.db: no such store" in err
    assert not db.exists()


@pytest.mark.parametrize(
    ("command", "listed"),
    [
        (["entity", "Vasylenkov"], "Teodor Vasylenko"),
        (["entities", "--type", "FOO"], "GPE, LAW, LOC"),
        (["claims", "--action", "FOO"], "DEMAND"),
        (["story", "story-0000"], "story-9f8e7d6c5b4a"),
        (["quotes", "--article", "ffffffff"], "ffffffff"),
        (["show", "ffffffff"], "ffffffff"),
    ],
    ids=lambda v: v[0] if isinstance(v, list) else "",
)
def test_unknown_names_exit_2_listing_the_valid_ones(
    hostile: dict[str, str], command: list[str], listed: str
) -> None:
    code, out, err = run("--db", hostile["db"], *command)
    assert code == 2 and out == ""
    assert err.startswith("error: no ") and listed in err


def test_plurals(hostile: dict[str, str]) -> None:
    assert run("--db", hostile["db"], "stories")[2].strip() == "1 story"
    assert run("--db", hostile["db"], "entities")[2].strip() == "2 entities"
    assert run("--db", hostile["db"], "entities", "--type", "person")[2].strip() == "1 entity"
    assert (
        run("--db", hostile["db"], "quotes", "--limit", "1")[2]
        .strip()
        .startswith("2 quotes, 1 shown")
    )
    assert cli_module._count(1, "copy", "copies") == "1 copy"
    assert cli_module._count(0, "article") == "0 articles"


def test_speaker_finds_every_spelling_of_the_merged_entity(hostile: dict[str, str]) -> None:
    code, out, err = run("--db", hostile["db"], "quotes", "--speaker", "Vasylenko")
    assert code == 0, err
    assert "the ceasefire would hold" in out and "Wasylenko" in out
    assert "We will" not in out and err.splitlines()[0] == "1 quote"


def test_quotes_name_the_speaker_canonically_and_as_written(hostile: dict[str, str]) -> None:
    code, out, err = run("--db", hostile["db"], "quotes", "--article", hostile["second"])
    assert code == 0, err
    assert "Teodor Vasylenko" in out and "(as Wasylenko)" in out
    quotes = json.loads(run("--db", hostile["db"], "quotes", "--json")[1])
    canonical = {q["speaker_name"]: q["speaker_canonical"] for q in quotes}
    assert canonical == {"Wasylenko": "Teodor Vasylenko", "Ilse [/b] Brandt": None}


def test_a_speaker_the_text_only_describes_is_shown_as_described() -> None:
    text = "Ukrainian officials said the toll had risen to 13."
    article = _article(b"toll", title=TITLE, outlet=OUTLET, text=text, published=None)
    quote = Quote(article.id, 27, 49, "the toll had risen to 13", False, None,
                  speaker_start=0, speaker_end=19, cue="said")  # fmt: skip
    shown = cli_module._speaker_cell(quote, None, article).plain
    assert shown.startswith("(Ukrainian officials)") and "said" in shown
    assert cli_module._speaker_cell(quote, None, None).plain.startswith("?")


def test_claims_show_the_claim_not_the_trigger(hostile: dict[str, str]) -> None:
    code, out, _ = run("--db", hostile["db"], "claims")
    assert code == 0
    header = out.splitlines()[0].split()
    assert header == ["article", "actor", "action", "target", "issue"]
    for shown in [
        hostile["first"][:12],
        OUTLET,
        "2026-03-11",
        "Kestria [/b]",
        "DEMAND",
        "asserted",
        "Orvenia",
        "a withdrawal [with Moscow]",
        "according to [sic] Wire",
    ]:
        assert shown in out, shown  # fmt: skip
    assert "demands" not in out and "said in" not in out


def test_problems_lists_each_stored_problem(hostile: dict[str, str]) -> None:
    code, out, err = run("--db", hostile["db"], "problems")
    assert code == 0
    assert out.strip() == f"article {hostile['first']}: quotes: ValueError: boom [/b]"
    assert err.strip() == "1 problem"
    _, out, _ = run("--db", hostile["db"], "problems", "--json")
    assert json.loads(out) == [
        {
            "subject": hostile["first"],
            "stage": "quotes",
            "message": "ValueError: boom [/b] \x1b[2J",
        }
    ]


# --- --json ------------------------------------------------------------------------------------


def test_every_listing_command_prints_one_json_document(hostile: dict[str, str]) -> None:
    db = hostile["db"]
    articles = json.loads(run("--db", db, "articles", "--json")[1])
    assert {a["id"] for a in articles} == {hostile["first"], hostile["second"]}
    assert next(a for a in articles if a["id"] == hostile["first"])["title"] == TITLE
    hits = json.loads(run("--db", db, "search", "Moscow", "--json")[1])
    assert hits[0]["article"]["id"] == hostile["first"] and hits[0]["marks"]
    stories = json.loads(run("--db", db, "stories", "--json")[1])
    assert stories[0]["coverage"]["articles"] == 2
    assert stories[0]["events"][0]["coverage"]["group_id"] == "event-1a2b3c4d5e6f"
    entities = json.loads(run("--db", db, "entities", "--json")[1])
    assert [e["name"] for e in entities] == ["Kestria", "Teodor Vasylenko"]
    quotes = json.loads(run("--db", db, "quotes", "--json")[1])
    assert {q["speaker_name"] for q in quotes} == {"Ilse [/b] Brandt", "Wasylenko"}
    claims = json.loads(run("--db", db, "claims", "--json")[1])
    assert claims[0]["attribution"] == "according to [sic] Wire"
    assert claims[0]["actor_canonical"] is None  # no linked mention at the actor's phrase
    story = json.loads(run("--db", db, "story", "story-9f8e", "--json")[1])
    assert len(story["articles"]) == 2


def test_json_keeps_the_text_but_escapes_control(hostile: dict[str, str]) -> None:
    _, out, _ = run("--db", hostile["db"], "articles", "--json")
    assert "\x1b" not in out and "\x9b" not in out
    assert "\\u001b]0;pwned-title" in out and "\\u009b31m" in out
    assert json.loads(out)[0]["text"] == BODY or json.loads(out)[1]["text"] == BODY


# --- export --------------------------------------------------------------------------------------


def test_export_writes_stdout_by_default_and_files_atomically(hostile: dict[str, str]) -> None:
    db, folder = hostile["db"], Path(hostile["folder"])
    code, out, err = run("--db", db, "export")
    assert code == 0, err
    document = json.loads(out)
    assert {a["id"] for a in document["articles"]} == {hostile["first"], hostile["second"]}
    assert "\x9b" not in out and "\x1b" not in out
    assert json.loads(run("--db", db, "export", "--output", "-")[1]) == document
    target = folder / "out" / "export.json"
    code, out, err = run("--db", db, "export", "--output", str(target))
    assert code == 0 and out == "" and "wrote" in err
    assert json.loads(target.read_text()) == document
    assert sorted(p.name for p in target.parent.iterdir()) == ["export.json"]
    code, out, _ = run("--db", db, "export", "--format", "jsonl")
    assert code == 0 and json.loads(out.splitlines()[0])["type"] == "header"


# --- add and update report every problem ------------------------------------------------------


def _fake_add(problems: list[Problem], failed: bool = False) -> object:
    from newsdesk.model import Rejection
    from newsdesk.pipeline import AddReport, UpdateReport

    def add(self: Desk, inputs: list[str], **kwargs: object) -> AddReport:
        on_step, on_result = kwargs["on_step"], kwargs["on_result"]
        rejection = Rejection("in/[bold]bad[/b].html", "empty file\x1b[2J")
        if failed:
            on_result(rejection)  # type: ignore[operator]
        on_step("annotating")  # type: ignore[operator]
        return AddReport(
            added=["abc"],
            failed=[rejection] if failed else [],
            update=UpdateReport(problems=problems),
        )

    return add


def test_add_prints_every_problem_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems = [
        Problem("quotes", "abc", "quotes: ValueError: boom [/b]"),
        Problem("annotate", "def", "E088: text of length 1200000 [sic]"),
    ]
    monkeypatch.setattr(Desk, "add", _fake_add(problems))
    code, out, err = run("--db", str(tmp_path / "n.db"), "add", "x.txt")
    assert code == 1 and out == ""
    assert "article abc: quotes: ValueError: boom [/b]\n" in err
    assert "article def: annotate: E088: text of length 1200000 [sic]\n" in err
    assert "annotating ..." in err and "2 problems" in err
    assert cli_module._problem_line("story-5bd8", "fuse", "OSError") == "story-5bd8: fuse: OSError"


def test_add_names_each_failed_input_on_its_own_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Desk, "add", _fake_add([], failed=True))
    code, _, err = run("--db", str(tmp_path / "n.db"), "add", "x.txt")
    assert code == 1
    assert "in/[bold]bad[/b].html: empty file\n" in err and "\x1b" not in err
    assert "added 1 article, skipped 0 already stored, 1 failed" in err


def test_update_prints_every_problem_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk.pipeline import UpdateReport

    def update(self: Desk, **kwargs: object) -> UpdateReport:
        return UpdateReport(annotated=1, problems=[Problem("claims", "abc", "KeyError: 'x'")])

    monkeypatch.setattr(Desk, "update", update)
    code, _, err = run("--db", str(tmp_path / "n.db"), "update")
    assert code == 1 and "article abc: claims: KeyError: 'x'" in err
    assert "analysed 1 article;" in err


# --- startup: heavy libraries only where needed --------------------------------------------------

HEAVY = ("spacy", "numpy", "trafilatura", "httpx", "onnxruntime", "lxml", "feedparser")


@pytest.mark.parametrize(
    "args", [["--help"], ["articles"], ["search", "ceasefire"], ["quotes"], ["show", "{first}"]]
)
def test_reading_commands_import_no_heavy_library(hostile: dict[str, str], args: list[str]) -> None:
    argv = [a.format(**hostile) for a in args]
    probe = (
        "import sys\nfrom newsdesk.cli import main\n"
        f"sys.argv = ['newsdesk', '--db', {hostile['db']!r}, *{argv!r}]\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    code = exit.code\n"
        f"sys.stderr.write(repr((code, sorted(m for m in {HEAVY!r} if m in sys.modules))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
        env={**os.environ, "COLUMNS": "100"},
    )  # fmt: skip
    assert done.stderr.strip().endswith(repr((0, []))), done.stderr[-500:]


def test_every_command_has_help() -> None:
    for command in cli_module.cli.commands:
        code, out, _ = run(command, "--help")
        assert code == 0 and "Usage" in out, command


# --- real analysis: one store per module, built with `newsdesk add` -----------------------------

STORY = """Council Reopens the Old Bridge After Repairs

The city council voted on Tuesday to reopen the old bridge over the Varna river after two years
of repairs, ending a long detour for thousands of commuters.

"We kept our promise," the mayor, Ilse Brandt, told reporters after the vote.

Advertisement

Sign up for our newsletter to get the latest local news every morning.
"""

PAGE = """<!doctype html><html lang="en"><head>
<title>Harbour strike ends | The Coast Gazette</title>
<meta property="og:site_name" content="The Coast Gazette">
<meta property="article:published_time" content="2025-03-14T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour strike ends after nine days</h1>
<p>Dock workers at the port of Estel returned to work on Friday after their union accepted a
pay offer that ends a nine-day strike which had left dozens of ships waiting offshore.</p>
<p>The agreement raises wages by six percent over two years, the union said in a statement.</p>
</article><footer>Copyright The Coast Gazette</footer></body></html>
"""


@dataclass(frozen=True)
class Added:
    db: str
    story: Path
    page: Path
    first: tuple[int, str, str]  # exit code, stdout, stderr of the first add
    again: tuple[int, str, str]  # and of adding the story again


@pytest.fixture(scope="module")
def added(tmp_path_factory: pytest.TempPathFactory) -> Added:
    """STORY and PAGE added (and analysed) once, with an empty and a missing file beside them."""
    folder = tmp_path_factory.mktemp("added")
    story, page, empty = folder / "story.txt", folder / "page.html", folder / "empty.txt"
    story.write_text(STORY, "utf-8")
    page.write_text(PAGE, "utf-8")
    empty.write_bytes(b"")
    db = folder / "n.db"
    first = run("--db", str(db), "add", str(story), str(page), str(empty), str(folder / "no.txt"))
    again = run("--db", str(db), "add", str(story))
    return Added(str(db), story, page, first, again)


def test_add_reports_the_batch_and_analyses(added: Added) -> None:
    code, out, err = added.first
    assert code == 1 and out == ""  # two inputs failed, the two good ones were stored
    assert "empty.txt: " in err and "no.txt: " in err
    assert "added 2 articles, skipped 0 already stored, 2 failed" in err
    assert "annotating ..." in err and "analysed 2 articles;" in err
    assert "problem" not in err, err


def test_adding_twice_stores_once(added: Added) -> None:
    code, _, err = added.again
    assert code == 0, err
    assert "added 0 articles, skipped 1 already stored" in err


def test_real_store_reads_back_in_the_documented_shape(added: Added) -> None:
    db = added.db
    code, out, err = run("--db", db, "export")
    assert code == 0, err
    document = json.loads(out)
    for key in ["articles", "stories", "entities", "quotes", "facts", "positions", "timeline"]:
        assert isinstance(document[key], list)
    by_source = {a["source"]: a for a in document["articles"]}
    story = by_source[str(added.story)]
    assert "reopen the old bridge" in story["text"] and "Advertisement" not in story["text"]
    assert {"advertisement", "appeal"} <= {r["reason"] for r in story["removed"]}
    page = by_source[str(added.page)]
    assert page["published"] == "2025-03-14" and page["published_how"] == "metadata"
    code, out, _ = run("--db", db, "show", story["id"][:6])
    assert code == 0 and "[removed: advertisement" in out and "reopen the old bridge" in out
    code, out, _ = run("--db", db, "search", "bridge")
    assert code == 0 and "Council Reopens" in out
    code, out, _ = run("--db", db, "quotes")
    assert code == 0 and "We kept our promise" in out


def test_a_corrupt_store_is_one_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "broken.db"
    db.write_text("not a database" * 200)
    code, _, err = run("--db", str(db), "articles")
    assert code == 2 and "broken.db" in err and "Traceback" not in err


@pytest.mark.slow
def test_demo_shows_its_progress_and_builds_a_store(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    code, stdout, err = run("demo", "--out", str(out))
    assert code == 0, err
    for step in [
        "reading the sample corpus",
        "annotating ...",
        "grouping stories ...",
        "writing the export",
        "articles, skipped 0 already stored, 0 failed",
    ]:
        assert step in err, step  # fmt: skip
    document = json.loads((out / "export.json").read_text())
    assert len(document["articles"]) >= 10 and len({a["outlet"] for a in document["articles"]}) >= 6
    assert "export.json" in stdout and "story: " in stdout
    code, stdout, err = run("--db", str(out / "newsdesk.db"), "stories", "--events")
    assert code == 0, err
    assert "independent origins" in stdout and "stories" in err
