"""A donation appeal: its heading ("Support the Harbour Post's journalism"), a few sentences of
pitch ("Independent journalism is an essential part of ..."), then its button ("Donate",
"Become a member"). The pitch reads as prose, so no rule can drop it alone; closed in on both
sides by the appeal's own lines, it is part of the appeal."""
from __future__ import annotations

from ..evidence import Hint

# Lines between the heading and the button: a short pitch, never an article.
PITCH_MAX_LINES = 4
PITCH_MAX_WORDS = 80
HEADING_MAX_WORDS = 12
BUTTON_MAX_WORDS = 4
# What an appeal's heading asks for, in the languages bersih reads: other call-to-action boxes
# (a product's "Start now", a pricing card) frame the page's own content.
APPEAL_CUES = ("support", "donat", "contribut", "journalis", "dukung", "donasi", "jurnalis", "unterstütz",
               "spende", "soutien", "soutenez", "apoy", "apoi", "periodis", "jornalis", "sostien", "giornalis",
               "steun", "sokong")


def _appeal_line(hit, ln, max_words: int) -> bool:
    return hit is not None and hit.reason == "call_to_action" and ln.n_words <= max_words


def appeal_boxes(page):
    hits, lines = page.rule_hits(), page.lines
    for i, hit in enumerate(hits):
        if not _appeal_line(hit, lines[i], HEADING_MAX_WORDS) or hit.rule.strength != "strong" \
                or not any(cue in lines[i].lower for cue in APPEAL_CUES):
            continue
        for k in range(i + 2, min(i + PITCH_MAX_LINES + 2, len(lines))):
            if _appeal_line(hits[k], lines[k], BUTTON_MAX_WORDS):
                for j in range(i + 1, k):
                    if hits[j] is None:
                        yield j, Hint("call_to_action", "strong", False, "appeal_box")
                break
            # the pitch's own sentences may carry the rule ("Will you help us keep ... free?")
            if hits[k] is not None and hits[k].reason != "call_to_action" or lines[k].n_words > PITCH_MAX_WORDS:
                break
