"""Speed of the brief: composing and rendering (Markdown, HTML, JSON) a 200-article story.

Issue 15 asks for the brief of a 200-article story in under 2 s. The story is synthetic and
built directly as the StoryMaterial the pipeline hands to compose (no store, no NLP), at the
sizes a real story of that many articles has:

- 200 articles from 25 outlets over eight days, ~30 sentences each (~6,000 sentences, ~22
  words each, of made-up words so no article text is copied), one in eight a verbatim copy of
  an earlier article under another outlet, one in twenty machine translated;
- 300 facts, each reported by 1 to ~40 articles (a long tail, as wire stories spread), with
  event dates of every precision, number conflicts on one in fifteen and flags on one in
  twenty; their evidence sentences are the articles' own sentences;
- 400 claims by 12 actors on 40 issues (each issue in three wordings), 200 quotes in 80 groups
  of variants;
- "what is new" asked for: the last 40 articles arrived since.

Each step is timed in CPU seconds (the machine is shared: wall time moves with the load),
median of `--runs` runs after one warm-up: compose (`compose_brief`, the summary included),
then rendering the composed brief as Markdown, HTML and JSON (`brief_record` + `json.dumps`).

    .venv/bin/python bench/brief_speed.py              # prints a table, writes results
    .venv/bin/python bench/brief_speed.py --profile    # also the top functions of one compose

Writes bench/results/brief_speed.json.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from newsdesk.compose import StoryMaterial, compose_brief
from newsdesk.config import default_settings
from newsdesk.model import (
    Article,
    Claim,
    Conflict,
    ConflictSide,
    Evidence,
    Fact,
    FactOrigin,
    InputKind,
    Quote,
    Segment,
    SegmentLabel,
    Sentence,
    Story,
)
from newsdesk.render.html import brief_html
from newsdesk.render.markdown import brief_markdown
from newsdesk.render.records import brief_record

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "brief_speed.json"
BUDGET_S = 2.0  # issue 15: the whole brief of a 200-article story
ARTICLES, OUTLETS, SENTENCES, WORDS = 200, 25, 30, 22
FACTS, CLAIMS, QUOTES, QUOTE_GROUPS, ISSUES, ACTORS = 300, 400, 200, 80, 40, 12
NEW_ARTICLES = 40
START = date(2026, 3, 8)
STANCES = ("DEMAND", "PROPOSE", "OFFER", "ACCEPT", "REJECT", "THREATEN", "SUPPORT")


@dataclass(frozen=True, slots=True)
class Built:
    material: StoryMaterial
    facts: list[Fact]


class Words:
    """Made-up words: a content vocabulary with a long tail, and the function words between."""

    FUNCTION = ("the", "of", "and", "to", "in", "a", "on", "for", "that", "with", "by", "at")

    def __init__(self, rng: random.Random, size: int = 4000) -> None:
        self.rng = rng
        letters = "bcdfghklmnprstvz"
        vowels = "aeiou"
        self.vocabulary = [
            "".join(rng.choice(letters) + rng.choice(vowels) for _ in range(rng.randint(2, 4)))
            for _ in range(size)
        ]
        self.weights = [1 / (rank + 1) for rank in range(size)]  # Zipf

    def sentence(self, length: int = WORDS) -> str:
        content = self.rng.choices(self.vocabulary, self.weights, k=length)
        words = [
            w if i % 3 else self.rng.choice(self.FUNCTION) for i, w in enumerate(content, start=1)
        ]
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."

    def variant(self, sentence: str) -> str:
        """The same report in another outlet's words: a few words changed."""
        words = sentence[:-1].split()
        for _ in range(3):
            words[self.rng.randrange(1, len(words))] = self.rng.choice(self.vocabulary)
        return " ".join(words) + "."


def build(seed: int = 15) -> Built:
    rng = random.Random(seed)
    words = Words(rng)
    reports = _fact_reports(rng)
    fact_sentences = [words.sentence() for _ in range(FACTS)]
    bodies, spans = _bodies(rng, words, reports, fact_sentences)
    articles = _articles(rng, bodies)
    facts = _facts(rng, articles, spans, reports)
    by_id = {a.id: a for a in articles}
    ids = [a.id for a in articles]
    return Built(
        StoryMaterial(
            story=Story("story", "A synthetic story", tuple(ids)),
            articles=by_id,
            sentences={a.id: tuple(Sentence(s, e) for s, e in spans[a.id]) for a in articles},
            facts=facts,
            claims=_claims(rng, articles, spans),
            quotes=_quotes(rng, articles, spans),
            entity_names={f"actor {n}": f"Actor {n}" for n in range(ACTORS)},
            origins={a.id: (a.outlet or a.id,) for a in articles},
            outlet_types={f"Outlet {n}": ("wire" if n < 3 else "private") for n in range(OUTLETS)},
            new_articles=frozenset(ids[-NEW_ARTICLES:]),
            since=(START + timedelta(days=6)).isoformat(),
        ),
        facts,
    )


def _fact_reports(rng: random.Random) -> list[list[int]]:
    """For each fact, the articles reporting it: a long tail (most facts in one article)."""
    found = []
    for _ in range(FACTS):
        count = min(ARTICLES, max(1, int(rng.paretovariate(1.1))))
        found.append(sorted(rng.sample(range(ARTICLES), count)))
    return found


def _bodies(
    rng: random.Random, words: Words, reports: list[list[int]], fact_sentences: list[str]
) -> tuple[list[str], dict[str, list[tuple[int, int]]]]:
    """Each article's text and sentence spans; facts' sentences placed among its own."""
    told: dict[int, list[int]] = {}
    for fact, articles in enumerate(reports):
        for index in articles:
            told.setdefault(index, []).append(fact)
    bodies: list[str] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    for index in range(ARTICLES):
        original = _copied_from(index)
        if original is not None:  # a verbatim copy of an earlier article
            bodies.append(bodies[original])
            spans[f"a{index:03d}"] = spans[f"a{original:03d}"]
            continue
        lines = [words.sentence(rng.randint(12, 32)) for _ in range(SENTENCES)]
        for fact in told.get(index, []):
            lines[rng.randrange(SENTENCES)] = words.variant(fact_sentences[fact])
        text, found = _joined(lines)
        bodies.append(text)
        spans[f"a{index:03d}"] = found
    return bodies, spans


def _copied_from(index: int) -> int | None:
    return index - 3 if index % 8 == 7 else None


def _joined(lines: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Sentences joined into paragraphs of three, with their spans."""
    parts, found, at = [], [], 0
    for number, line in enumerate(lines):
        gap = "" if number == 0 else ("\n\n" if number % 3 == 0 else " ")
        at += len(gap)
        parts.append(gap + line)
        found.append((at, at + len(line)))
        at += len(line)
    return "".join(parts), found


def _articles(rng: random.Random, bodies: list[str]) -> list[Article]:
    found = []
    for index, text in enumerate(bodies):
        original = _copied_from(index)
        noise = tuple(
            Segment(0, 0, "Subscribe", SegmentLabel.ADVERTISEMENT, "an appeal")
            for _ in range(rng.randint(0, 8))
        )
        found.append(
            Article(
                id=f"a{index:03d}",
                source=f"https://outlet-{index % OUTLETS}.example/{index}",
                kind=InputKind.TEXT,
                title=text[: text.index(".")][:80],
                outlet=f"Outlet {index % OUTLETS}",
                published=(START + timedelta(days=index * 8 // ARTICLES)).isoformat(),
                published_how="metadata",
                language="en",
                text=text,
                segments=(Segment(0, len(text), "", SegmentLabel.STORY, "body"), *noise),
                offsets=(),
                machine_translated=index % 20 == 11,
                duplicate_of=None if original is None else f"a{original:03d}",
            )
        )
    return found


_PRECISIONS = (("day", 6), ("range", 1), ("week", 1), ("month", 1), ("year", 1), (None, 6))


def _facts(
    rng: random.Random,
    articles: list[Article],
    spans: dict[str, list[tuple[int, int]]],
    reports: list[list[int]],
) -> list[Fact]:
    facts = []
    for number, indexes in enumerate(reports):
        evidence = tuple(_evidence(rng, articles[i], spans) for i in indexes)
        origins = tuple(dict.fromkeys(e.origin for e in evidence))
        conflicts = _conflicts(evidence) if number % 15 == 0 and len(evidence) > 1 else ()
        status = (
            "contested" if conflicts else ("corroborated" if len(origins) > 1 else "single_source")
        )
        value, precision = _event_date(rng)
        facts.append(
            Fact(
                id=f"f{number:03d}",
                story_id="story",
                event_id=None,
                kind="event",
                text=evidence[0].sentence,
                actors=(),
                event_date=value,
                event_date_precision=precision,
                article_ids=tuple(dict.fromkeys(e.article_id for e in evidence)),
                evidence=evidence,
                origins=tuple(
                    FactOrigin(
                        o, "reported_by", tuple(e.article_id for e in evidence if e.origin == o)
                    )
                    for o in origins
                ),
                independent_sources=len(origins),
                status=status,
                conflicts=conflicts,
                flags=("translation only",) if number % 20 == 3 else (),
                first_reported=articles[indexes[0]].published,
            )
        )
    return sorted(facts, key=lambda f: (-f.independent_sources, -len(f.article_ids), f.id))


def _evidence(
    rng: random.Random, item: Article, spans: dict[str, list[tuple[int, int]]]
) -> Evidence:
    start, end = rng.choice(spans[item.id])
    return Evidence(item.id, start, end, item.text[start:end], item.outlet or item.id)


def _conflicts(evidence: tuple[Evidence, ...]) -> tuple[Conflict, ...]:
    half = max(1, len(evidence) // 2)
    sides = (
        ConflictSide(
            "12", evidence[:half], tuple(dict.fromkeys(e.origin for e in evidence[:half]))
        ),
        ConflictSide(
            "14", evidence[half:], tuple(dict.fromkeys(e.origin for e in evidence[half:]))
        ),
    )
    return (Conflict("number", "killed", sides),)


def _event_date(rng: random.Random) -> tuple[str | None, str | None]:
    precision = rng.choices([p for p, _ in _PRECISIONS], [w for _, w in _PRECISIONS])[0]
    day = START + timedelta(days=rng.randint(-10, 10))
    value = {
        "day": day.isoformat(),
        "range": f"{day.isoformat()}/{(day + timedelta(days=2)).isoformat()}",
        "week": f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}",
        "month": day.isoformat()[:7],
        "year": day.isoformat()[:4],
        None: None,
    }[precision]
    return value, precision


def _claims(
    rng: random.Random, articles: list[Article], spans: dict[str, list[tuple[int, int]]]
) -> list[Claim]:
    wordings = [
        [f"issue {n} {w}" for w in ("terms", "terms of the deal", "the terms")]
        for n in range(ISSUES)
    ]
    found = []
    for _ in range(CLAIMS):
        item = rng.choice(articles)
        start, end = rng.choice(spans[item.id])
        issue = rng.choice(rng.choice(wordings[: rng.randint(1, ISSUES)]))
        day = START + timedelta(days=rng.randint(0, 7))
        found.append(
            Claim(
                article_id=item.id, start=start, end=end,
                actor=f"actor {rng.randrange(ACTORS)}", actor_start=start, actor_end=start + 5,
                action=rng.choice(STANCES), trigger="said", trigger_start=start,
                trigger_end=start + 4, issue=issue, issue_start=start, issue_end=end,
                modality=rng.choice(("asserted", "asserted", "reported", "negated")),
                event_date=day.isoformat() if rng.random() < 0.6 else None,
            )
        )  # fmt: skip
    return found


def _quotes(
    rng: random.Random, articles: list[Article], spans: dict[str, list[tuple[int, int]]]
) -> list[tuple[int, Quote]]:
    found = []
    for number in range(QUOTES):
        item = rng.choice(articles)
        start, end = rng.choice(spans[item.id])
        end = min(end, start + 90)
        quote = Quote(
            item.id, start, end, item.text[start:end], rng.random() < 0.8,
            f"Speaker {rng.randrange(15)}",
        )  # fmt: skip
        found.append((number % QUOTE_GROUPS, quote))
    return found


# --- timing ------------------------------------------------------------------------------------


def cpu_median(step: Callable[[], object], runs: int) -> float:
    """Median CPU seconds of `runs` calls, after one warm-up."""
    step()
    times = []
    for _ in range(runs):
        started = time.process_time()
        step()
        times.append(time.process_time() - started)
    return statistics.median(times)


def measure(built: Built, runs: int) -> dict[str, float]:
    settings = default_settings().summary
    material, facts = built.material, built.facts
    brief = compose_brief(material, settings)
    articles = material.articles
    found = {
        "compose": cpu_median(lambda: compose_brief(material, settings), runs),
        "render_md": cpu_median(lambda: brief_markdown(brief, facts, articles), runs),
        "render_html": cpu_median(lambda: brief_html(brief, facts, articles), runs),
        "render_json": cpu_median(
            lambda: json.dumps(brief_record(brief), ensure_ascii=False, indent=2), runs
        ),
    }
    found["total"] = sum(found.values())
    return found


def sizes(built: Built) -> dict[str, int]:
    material = built.material
    brief = compose_brief(material, default_settings().summary)
    return {
        "articles": len(material.articles),
        "sentences": sum(len(s) for s in material.sentences.values()),
        "facts": len(material.facts),
        "claims": len(material.claims),
        "quotes": len(material.quotes),
        "brief_lines": len(brief.summary) + len(brief.timeline) + len(brief.new) + len(brief.flags),
        "positions": len(brief.positions),
        "md_kb": len(brief_markdown(brief, built.facts, material.articles).encode()) // 1024,
        "html_kb": len(brief_html(brief, built.facts, material.articles).encode()) // 1024,
    }


def profile(built: Built) -> None:
    settings = default_settings().summary
    profiler = cProfile.Profile()
    profiler.enable()
    compose_brief(built.material, settings)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(18)


def machine() -> str:
    python = platform.python_version()
    return f"{platform.node()} · {platform.machine()} · {os.cpu_count()} cores · Python {python}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    built = build()
    print(f"built the story in {time.perf_counter() - started:.1f} s: {sizes(built)}")
    if args.profile:
        profile(built)
    found = measure(built, args.runs)
    when = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    print(f"\nbrief of a {ARTICLES}-article story — {machine()} — {when}")
    print(f"median CPU seconds of {args.runs} runs\n")
    print(f"{'step':<14}{'CPU s':>8}")
    for step, seconds in found.items():
        print(f"{step:<14}{seconds:>8.3f}")
    verdict = "within" if found["total"] < BUDGET_S else "OVER"
    print(f"\n{verdict} the {BUDGET_S:.0f} s budget of issue 15")
    metrics = {f"brief.{step}_{ARTICLES}_articles_s": round(s, 3) for step, s in found.items()}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"metrics": metrics}, indent=1, sort_keys=True) + "\n")
    print(f"wrote {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
