"""A byline split over two lines: a bare label ("Written by", "Oleh :", "Editor :") and the
name on the next line, "From:" and the bodies issuing a release under it, or the name and the
reporter's role under it ("Lim Wei Ling" / "Transport Correspondent", "Jane Doe" / "News
reporter @janedoe"). The label or the role alone
is easy for the lexicon; the name beside it is a short capitalised line that only its place
gives away."""
from __future__ import annotations

import re

from ..evidence import Hint

# Labels that introduce the author (also read by pipeline.textmeta for the author's name).
AUTHOR_LABEL = re.compile(r"^(?i:by|oleh|penulis|reporter|pewarta|wartawan|authors?|written by|authored by|reported by|posted by|text by|"
                          r"words by|ditulis oleh|por|par|von|door)\s*:?$")
# ... and those that introduce someone else credited with the story.
# (Capitalised: a lower-case "photographer" in a list is a word, not a label.)
_OTHER_CREDIT_LABEL = re.compile(r"^(?:Editor|EDITOR|Redaktur|REDAKTUR|Penyunting|Edited [bB]y|Fotografer|Photographer|"
                                 r"News provided by|Reviewed by|Fact checked by|Fact-checked by|Medically reviewed by)\s*:?$")
# The name: up to five capitalised words, maybe with credentials or the outlet after a comma,
# a bar or a bracket ("Rebecca Lake, CFP", "Sergio Ruiz | The Valley Newsroom").
_NAME_LINE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}\s*(?:[,|(][^.!?]{0,40})?$")
NAME_MAX_WORDS = 8
# A role alone on its line (a reporter's, or an academic author's), maybe with the outlet, the
# university or the reporter's handle, maybe after the outlet's initials ("BBC Sport rugby union reporter")
# (also read by pipeline.textmeta, which takes the name above it).
ROLE_LINE = re.compile(r"^(?i:(?:(?-i:[A-Z]{2,5})\s+(?:(?-i:[A-Z][a-z]+)\s+)?)?(?:[a-z]+\s+){0,2}(?:reporter|correspondent|editor|writer|columnist|translator|jurnalis|wartawan|penerjemah|"
                       r"kontributor|penulis|professor|lecturer|researcher|research fellow|dosen|peneliti|guru besar|"
                       # the same trades in Spanish, Portuguese, French, Italian, German and Dutch
                       r"redactora?|redatora?|periodista|jornalista|corresponsal|rédacteur|rédactrice|journaliste|"
                       r"correspondante?|giornalista|redattrice|redattore|inviata|inviato|redakteurin|redakteur|"
                       r"korrespondentin|korrespondent|redacteur|verslaggever)"
                       # (or the outlet right after the trade, opening on its initials: "Wartawan BBC News Indonesia")
                       r"(?:\s*,\s*.{2,60}|\s+(?:at|for|di|of|in|de|do|da|en|bei|der|van|bij)\s+.{2,60}"
                       r"|\s+(?-i:[A-Z]{2,5})(?: (?-i:[A-Z])[\w.&-]*){0,3})?)(?:\s+@\w{2,30})?$")
# "From:" over the bodies that issued a government or corporate release: "Department for
# Environment, Food & Rural Affairs, Natural England and Jane Doe MP".
_ISSUER_LABEL = re.compile(r"^(?:From|FROM|Published by|Issued by)\s*:$")
_ISSUERS = re.compile(r"^[A-Z][\w.'’&-]*(?:(?:,| and| &| of| for| the| on)? [A-Z&][\w.'’&-]*)*$")
ISSUERS_MAX_WORDS = 20
_PERSON_LINE = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}$")
ROLE_MAX_WORDS = 10


DEK_MIN_WORDS = 8
# Words of the buttons and labels that sit over a share bar too ("Manage Your List", "Save Article").
_UI_WORDS = frozenset("manage your my our save saved list follow view read listen watch share print copy add "
                      "sign log join subscribe download more all article story gift".split())
PARAGRAPH_MIN_WORDS = 40  # (the header comes before the article's paragraphs: none above the dek)


def _name_between_dek_and_share_bar(page, ln, nxt) -> bool:
    """A person's name alone between the dek (a sentence no rule names) and the share bar:
    "... the system fails." / "Marisol Ortega" / "Share": the byline, with no stamp beside it."""
    hits = page.rule_hits()
    k = ln.index
    if k == 0 or not 2 <= ln.n_words <= 3 or hits[k] is not None or not _PERSON_LINE.match(ln.text):
        return False
    dek = page.lines[k - 1]
    return hits[nxt.index] is not None and hits[nxt.index].reason == "share_widget" \
        and hits[k - 1] is None and dek.n_words >= DEK_MIN_WORDS and dek.ends_sentence \
        and not any(w.lower() in page.stopwords or w.lower() in _UI_WORDS for w in ln.text.split()) \
        and not any(above.n_words >= PARAGRAPH_MIN_WORDS and above.ends_sentence for above in page.lines[:k - 1])


def names_under_byline_labels(page):
    lines = page.lines
    for ln, nxt in zip(lines, lines[1:]):
        if ln.n_words <= 3 and nxt.n_words <= 3 and _name_between_dek_and_share_bar(page, ln, nxt):
            yield ln.index, Hint("byline", "strong", False, "name_over_share_bar")
            continue
        if ln.n_words <= 3 and nxt.n_words <= NAME_MAX_WORDS \
                and (AUTHOR_LABEL.match(ln.text) or _OTHER_CREDIT_LABEL.match(ln.text)) and _NAME_LINE.match(nxt.text):
            yield nxt.index, Hint("byline", "strong", False, "name_under_byline_label")
        elif ln.n_words <= 3 and nxt.n_words <= ISSUERS_MAX_WORDS and _ISSUER_LABEL.match(ln.text) \
                and _ISSUERS.match(nxt.text):
            yield ln.index, Hint("byline", "strong", False, "issuers_under_label")
            yield nxt.index, Hint("byline", "strong", False, "issuers_under_label")
        elif ln.n_words <= 4 and nxt.n_words <= ROLE_MAX_WORDS and _PERSON_LINE.match(ln.text) \
                and ROLE_LINE.match(nxt.text):
            yield ln.index, Hint("byline", "strong", False, "name_over_role")
            yield nxt.index, Hint("byline", "strong", False, "name_over_role")
