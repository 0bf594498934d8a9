"""A byline split over two lines: a bare label ("Written by", "Oleh :", "Editor :") and the
name on the next line. The label alone is easy for the lexicon; the name under it is a short
capitalised line that only its place gives away."""
from __future__ import annotations

import re

from ..evidence import Hint

# Labels that introduce the author (also read by pipeline.textmeta for the author's name).
AUTHOR_LABEL = re.compile(r"^(?i:by|oleh|penulis|reporter|pewarta|wartawan|authors?|written by|posted by|text by|"
                          r"words by|ditulis oleh)\s*:?$")
# ... and those that introduce someone else credited with the story.
# (Capitalised: a lower-case "photographer" in a list is a word, not a label.)
_OTHER_CREDIT_LABEL = re.compile(r"^(?:Editor|EDITOR|Redaktur|REDAKTUR|Penyunting|Edited by|Fotografer|Photographer)\s*:?$")
# The name: up to five capitalised words, maybe with credentials or the outlet after a comma,
# a bar or a bracket ("Rebecca Lake, CFP", "Sergio Ruiz | The Valley Newsroom").
_NAME_LINE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}\s*(?:[,|(][^.!?]{0,40})?$")
NAME_MAX_WORDS = 8


def names_under_byline_labels(page):
    lines = page.lines
    for ln, nxt in zip(lines, lines[1:]):
        if ln.n_words <= 3 and nxt.n_words <= NAME_MAX_WORDS \
                and (AUTHOR_LABEL.match(ln.text) or _OTHER_CREDIT_LABEL.match(ln.text)) and _NAME_LINE.match(nxt.text):
            yield nxt.index, Hint("byline", "strong", False, "name_under_byline_label")
