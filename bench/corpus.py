"""A deterministic corpus of realistic scraped pages, with planted duplicates, for the benchmark.

Pages are recombined from real text: body paragraphs from the gold of the seed pages and of
wcxb-dev, noise from the lines the seed pages label as noise (related lists, captions, ads, ...)
and from the non-gold lines of wcxb-dev's scraped text (navigation, footers, widgets, in their
original runs). Each of SITES sites has its own header and footer, as real sites do.

Noise goes where real pages have it, in the page's language: inside the article, a block that
sat between two body lines of a real page (a caption, a related link, an ad, a gallery: from
the seeds for Indonesian stories, from wcxb-dev for English ones); after it, a real run of
end-of-page lines (comments, related lists, footers). A comment form in the middle of a story,
or an Indonesian caption inside an English one, is something no site prints.

A share of the pages are copies of an earlier page on another site: exact copies (the same
story, another site's template) and near copies (a few words changed, sometimes the last
paragraph dropped, other boilerplate). `planted.json` lists every copy with its original, so
duplicate detection can be scored. The same seed and size always give the same bytes.
"""
from __future__ import annotations

import html
from collections import deque
import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "gold" / "seeds"
WCXB = SHARED / "bench" / "wcxb-dev"

SITES = 20
EXACT_SHARE = 0.03  # of all pages: exact copies of an earlier page
NEAR_SHARE = 0.05   # of all pages: near copies of an earlier page
SEED = 20261123
RECENT_ORIGINALS = 5000
MIN_PARAGRAPH = 80  # characters: shorter seed body lines are headings, not paragraphs
INLINE_MAX_LINES = 6  # a block inside an article: a caption, a related link, an ad, a few slides
END_MAX_LINES = 8  # an end-of-page run taken from a seed page
# Prose paragraphs of 25-100 words: a story of 4-8 of them has no paragraph that outweighs the
# rest, so two stories that happen to share one paragraph stay far from looking like copies.
MIN_WORDS, MAX_WORDS = 25, 100
# Indonesian stories, from the seeds' ~75 body lines: 7 of them each, so that two stories
# sharing enough lines to look like copies (6 of 7) is practically impossible.
INDONESIAN_SHARE, INDONESIAN_PARAGRAPHS = 0.02, 7
# Word swaps for near copies: what editors change when they run a wire story.
SWAPS = {"said": "stated", "the": "this", "and": "as well as", "on": "upon", "was": "had been",
         "dan": "serta", "yang": "yg", "di": "pada", "ini": "tersebut", "untuk": "bagi"}


@dataclass(frozen=True)
class Pools:
    paragraphs: list[str]      # real English body paragraphs (wcxb-dev gold)
    paragraphs_id: list[str]   # real Indonesian body paragraphs (the seeds' body lines)
    noise_runs: list[list[str]]  # real runs of consecutive noise lines (navigation, footers, widgets)
    inline_runs: list[list[str]]     # English noise runs that sat between two body lines of a wcxb-dev page
    inline_runs_id: list[list[str]]  # Indonesian noise runs between two body lines of a seed page
    end_runs_id: list[list[str]]     # Indonesian noise runs after a seed page's last body line


def load_pools() -> Pools:
    if not SEEDS.is_dir() or not WCXB.is_dir():
        raise SystemExit(f"the benchmark needs the shared data folder at {SHARED} (gold/seeds and bench/wcxb-dev)")
    paragraphs, paragraphs_id, inline_runs_id, end_runs_id = [], [], [], []
    for path in sorted(SEEDS.glob("*.json")):
        labelled = [(line["label"], line["text"].strip()) for line in json.loads(path.read_text())["lines"]]
        labelled = [(label, text) for label, text in labelled if text]
        paragraphs_id += [text for label, text in labelled if label == "body" and len(text) >= MIN_PARAGRAPH]
        body_at = [i for i, (label, _) in enumerate(labelled) if label == "body"]
        for start, run in _noise_runs([label not in ("body", "title", "subtitle") for label, _ in labelled]):
            lines = [text for _, text in labelled[start:start + len(run)]]
            if body_at and body_at[0] < start < body_at[-1]:
                inline_runs_id.append(lines[:INLINE_MAX_LINES])
            elif body_at and start > body_at[-1]:
                end_runs_id.append(lines[:END_MAX_LINES])
    noise_runs, inline_runs = [], []
    for gold_path in sorted((WCXB / "gold").glob("*.txt")):
        gold = gold_path.read_text()
        paragraphs += [p.strip() for p in gold.split("\n\n") if _is_prose(p.strip())]
        gold_lines = {line.strip() for line in gold.splitlines()}
        lines = [line.strip() for line in (WCXB / "text" / gold_path.name).read_text().splitlines() if line.strip()]
        # A line that is part of a gold line (a paragraph the scrape split at its links) is body.
        flat = " ".join(gold.split())
        noise = [line not in gold_lines and len(line) < 200 and " ".join(line.split()) not in flat for line in lines]
        body_at = [i for i, line in enumerate(lines) if line in gold_lines]
        for start, run in _noise_runs(noise):
            block = lines[start:start + len(run)]
            if body_at and body_at[0] < start and start + len(run) <= body_at[-1] and len(block) <= INLINE_MAX_LINES:
                inline_runs.append(block)
            elif len(block) >= 3:
                noise_runs.append(block[:15])
    return Pools(paragraphs=list(dict.fromkeys(paragraphs)), paragraphs_id=list(dict.fromkeys(paragraphs_id)),
                 noise_runs=noise_runs, inline_runs=inline_runs, inline_runs_id=inline_runs_id,
                 end_runs_id=end_runs_id)


def _noise_runs(is_noise: list[bool]):
    """(start, flags) of each run of consecutive noise lines."""
    start = None
    for i, flag in enumerate([*is_noise, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            yield start, is_noise[start:i]
            start = None


def _is_prose(paragraph: str) -> bool:
    """A news paragraph: one line of at least MIN_WORDS words ending a sentence. The gold's lists,
    code and headings are left out: a story is recombined from paragraphs of many pages, and
    those read as noise once out of their page's context."""
    return ("\n" not in paragraph and MIN_WORDS <= len(paragraph.split()) <= MAX_WORDS
            and paragraph[-1] in ".!?\"”)")


@dataclass
class Story:
    title: str
    paragraphs: list[str]
    language: str = "en"


def _story(rng: random.Random, pools: Pools) -> Story:
    """A story in one language: real paragraphs of many pages, so no two stories are alike."""
    language = "id" if rng.random() < INDONESIAN_SHARE else "en"
    if language == "id":
        paragraphs = rng.sample(pools.paragraphs_id, INDONESIAN_PARAGRAPHS)
    else:
        paragraphs = rng.sample(pools.paragraphs, rng.randint(4, 8))
    title = " ".join(paragraphs[0].split()[:rng.randint(6, 10)]).rstrip(",.;:")
    return Story(title, paragraphs, language)


def _near_copy(rng: random.Random, story: Story) -> Story:
    paragraphs = list(story.paragraphs)
    if len(paragraphs) >= 6 and rng.random() < 0.5:
        paragraphs.pop()  # syndicated copies are often cut short
    for index in rng.sample(range(len(paragraphs)), min(2, len(paragraphs))):
        words = paragraphs[index].split()
        swappable = [i for i, w in enumerate(words) if w.lower() in SWAPS]
        if swappable:
            i = rng.choice(swappable)
            words[i] = SWAPS[words[i].lower()]
            paragraphs[index] = " ".join(words)
    return Story("Update: " + story.title, paragraphs, story.language)


def _render_text(rng: random.Random, story: Story, site: dict, pools: Pools) -> str:
    indonesian = story.language == "id"
    lines = site["header"] + ["", story.title, ""]
    for i, paragraph in enumerate(story.paragraphs):
        lines += [paragraph, ""]
        if i == 1 and rng.random() < 0.6:  # a caption, a related link, an ad inside the article
            lines += [*rng.choice(pools.inline_runs_id if indonesian else pools.inline_runs), ""]
    end = rng.choice(pools.end_runs_id) if indonesian else rng.choice(pools.noise_runs)[:6]
    lines += [*end, ""] + site["footer"]
    return "\n".join(lines) + "\n"


def _render_html(rng: random.Random, story: Story, site: dict, pools: Pools) -> str:
    def items(lines):
        return "".join(f"<li><a href='#'>{html.escape(line)}</a></li>" for line in lines)

    body = []
    for i, paragraph in enumerate(story.paragraphs):
        body.append(f"<p>{html.escape(paragraph)}</p>")
        if i == 1 and rng.random() < 0.6:
            body.append(f"<aside class='related'><ul>{items(rng.choice(pools.inline_runs))}</ul></aside>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(story.title)} | {site['name']}"
            f"</title></head><body><header><nav><ul>{items(site['header'])}</ul></nav></header>"
            f"<main><article><h1>{html.escape(story.title)}</h1>{''.join(body)}</article>"
            f"<section class='more'><ul>{items(rng.choice(pools.noise_runs)[:6])}</ul></section></main>"
            f"<footer><ul>{items(site['footer'])}</ul></footer></body></html>\n")


def generate(size: int, root: Path, *, kind: str = "text", seed: int = SEED, pools: Pools | None = None) -> Path:
    """Write `size` pages of `kind` (text: scraped text, html: web pages) under root/raw, and the
    planted copies in root/planted.json. A corpus already complete on disk is reused."""
    raw, manifest = root / "raw", root / "manifest.json"
    identity = {"size": size, "kind": kind, "seed": seed, "version": 4}
    if manifest.exists() and json.loads(manifest.read_text()) == identity:
        return raw
    shutil.rmtree(root, ignore_errors=True)
    pools = pools or load_pools()
    rng = random.Random(f"{seed}-{size}-{kind}")
    sites = [{"name": f"site{s:02d}", "header": rng.choice(pools.noise_runs)[:10],
              "footer": rng.choice(pools.noise_runs)[:10]} for s in range(SITES)]
    # (story, site, source) of recent originals to copy from: syndication happens within days,
    # and a bounded window keeps the generator's memory flat at any size.
    stories: deque[tuple[Story, int, str]] = deque(maxlen=RECENT_ORIGINALS)
    planted = []
    root.mkdir(parents=True)
    bodies = open(root / "bodies.jsonl", "w", encoding="utf-8")
    for i in range(size):
        site_index = rng.randrange(SITES)
        draw = rng.random()
        copy_kind = "original"
        if stories and draw < EXACT_SHARE + NEAR_SHARE:
            original_index = rng.randrange(len(stories))
            story, original_site, original_source = stories[original_index]
            site_index = (original_site + rng.randrange(1, SITES)) % SITES  # another site runs it
            copy_kind = "exact" if draw < EXACT_SHARE else "near"
            if copy_kind == "near":
                story = _near_copy(rng, story)
        else:
            story = _story(rng, pools)
        render = _render_html if kind == "html" else _render_text
        source = f"{sites[site_index]['name']}/{i:07d}.{'html' if kind == 'html' else 'txt'}"
        path = raw / source
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(rng, story, sites[site_index], pools))
        # What a perfect cleaner would keep: scores duplicate detection apart from the cleaner.
        bodies.write(json.dumps({"source": source, "text": "\n\n".join(story.paragraphs)}) + "\n")
        if copy_kind == "original":
            stories.append((story, site_index, source))
        else:
            planted.append({"original": original_source, "copy": source, "kind": copy_kind})
    bodies.close()
    (root / "planted.json").write_text(json.dumps(planted, indent=0))
    manifest.write_text(json.dumps(identity))
    return raw

