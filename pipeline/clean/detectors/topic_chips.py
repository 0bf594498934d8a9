"""Topic chips: a topic's name over its own follow button, pair after pair ("Lantern Drift" /
"Follow" / "PS5" / "Follow" / "Jane Doe" / "Follow"). The button alone is a share widget for
the rules; the names over it read as short lines of the article, but a run of them, each with
its button, is the list of topics (and writers) a reader may follow under the article: tags."""
from __future__ import annotations

from ..evidence import Hint

FOLLOW_BUTTONS = frozenset({"follow", "+ follow", "ikuti", "folgen", "suivre", "seguir", "segui", "volgen", "følg", "följ"})
CHIP_MAX_WORDS = 6
MIN_CHIPS = 2  # one name over a "Follow" is the writer's card, not a list


def topic_chips(page):
    lines = page.lines
    if not any(ln.lower in FOLLOW_BUTTONS for ln in lines):
        return  # (most pages have no follow button at all)
    hits = page.rule_hits()
    run: list[int] = []
    i = 0
    while i <= len(lines):  # (one step past the last line, to close a run that ends the page)
        if i + 1 < len(lines) and hits[i] is None and lines[i].n_words <= CHIP_MAX_WORDS \
                and not lines[i].ends_sentence and lines[i + 1].lower in FOLLOW_BUTTONS:
            run.append(i)
            i += 2
            continue
        if len(run) >= MIN_CHIPS:
            for k in run:
                yield k, Hint("tags", "strong", False, "topic_chips")
        run = []
        i += 1
