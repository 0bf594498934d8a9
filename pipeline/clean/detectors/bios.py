"""The author's bio under an article: "Maya Lindqvist is a freelance writer who covers ...",
"Rina Marlina adalah jurnalis ...", "Hi there! I'm Sam, and I started this blog ...". It reads as prose, so no shape test catches it, and the
sentence alone is not enough (a story may say who a reporter is): it must also come after most
of the page's prose. Then the article is over, and the bio is where the author box starts.
In the article's header, before any prose, a short bio sits under the byline with the name as
a link of its own: "Jane Doe" / "is a reviewer with 15 years of experience ..."."""
from __future__ import annotations

import re

from ..decide.prose import is_prose
from ..decide.region import END_AFTER_PROSE_WORDS
from ..evidence import Hint

# The trades whose holder writes the page: a bio names one within its first words.
_ROLES = {
    "en": r"writer|editor|sub-editor|journalist|reporter|contributor|columnist|correspondent|author|blogger|copywriter"
          r"|freelancer|critic|editors|journalists|reporters|writers|fact[- ]checker",
    "id": r"penulis|wartawan|jurnalis|editor|redaktur|kontributor|kolumnis|blogger|pewarta",
}
# A name (one to four capitalised words, maybe a handle in brackets), a verb of being, then the
# role within a few words: "Eduard Kovacs (@EduardKovacs) is the managing editor at ...".
_NAME = r"(?-i:[A-Z][\w'’.-]*)(?:\s(?-i:[A-Z][\w'’.-]*)){0,3}(?:\s\([^()]{1,40}\))?"
# "Veed is the most fully featured online video editor": software, not a person.
_NOT_A_PERSON = r"(?<!video )(?<!photo )(?<!image )(?<!text )(?<!code )(?<!pdf )(?<!html )(?<!markdown )(?<!ai )(?<!online )(?<!web )"
_BIO = re.compile(
    rf"^(?:the\s)?{_NAME}\s(?:"
    rf"(?:is|was|has been|serves as|works as)\s(?:\S+\s){{0,6}}?{_NOT_A_PERSON}(?:{_ROLES['en']})"
    rf"|(?:adalah|merupakan|ialah)\s(?:\S+\s){{0,4}}?(?:{_ROLES['id']})"
    # "Kelvin Ho joined the Post in 2021 and covers transport ..."
    rf"|joined\s(?:the\s)?(?:\S+\s){{1,4}}?in\s\d{{4}}\sand\s(?:covers|writes|reports)"
    # "Maria Santos covers elections and the courts for Harbour News."
    rf"|(?:covers|writes about|reports on)\s(?:\S+\s){{1,8}}?for\s(?:the\s)?(?-i:[A-Z])\w*"
    r")\b"
    # An opinion piece's note on its writer, named by the role alone: "Penulis adalah dosen ...",
    # "*The writer is a professor of ..."
    r"|^[*(]?\s*(?:penulis|the (?:writer|author))\s(?:adalah|merupakan|ialah|is|was|biasa|aktif|saat ini|kini)\s"
    # A blogger's greeting: "Hi there! I'm Sam, and I started this blog ...", "Halo, saya ..."
    r"|^(?:hi|hello|hey|halo|hai)(?: there| semua)?\s*[!,.]*\s*(?:\S{1,2}\s*)?(?:i(?:'|’)?m|i am|my name is|this is|saya|aku)\s"
    # ... or in the first person: "I cover education in Harbour County, from ..."
    r"|^i (?:cover|write about|report on)\s",
    re.IGNORECASE,
)
# The rest of a bio whose name was a link on its own line: "is a senior reporter covering ...".
_BIO_AFTER_NAME = re.compile(rf"^(?:is|was|has been|adalah|merupakan)\s(?:\S+\s){{0,6}}?"
                             rf"(?:{_ROLES['en']}|{_ROLES['id']}|reviewer)\b")
_BIO_AFTER_NAME_STARTS = "iwahm"  # the first letters of its verbs: a cheap test before the pattern
_NAME_ONLY = re.compile(rf"^{_NAME}$")
# Share of the page's prose words that must come before the bio.
MIN_PROSE_SHARE_BEFORE = 0.5
BIO_MIN_WORDS = 8


def author_bios(page):
    lines = page.lines
    prose = [ln.n_words if is_prose(ln) else 0 for ln in lines]
    total = sum(prose)
    if total < END_AFTER_PROSE_WORDS:
        return
    # The bio comes after this many prose words: skip to the first line past that point.
    need = max(END_AFTER_PROSE_WORDS, MIN_PROSE_SHARE_BEFORE * total)
    before = 0
    # Where the "By Name" lines are: a bio in the header names the writer of one of them.
    bylines = [ln.index for ln in lines if ln.lower[:3] == "by "]
    # Names alone on their lines beside a date or a byline over the article (before its first
    # few paragraphs; a dek may come first): the writer's, when a bio under the article opens with one.
    hits = page.rule_hits()
    header_names, words_above = set(), 0
    for ln, words in zip(lines, prose):
        if words_above >= END_AFTER_PROSE_WORDS:
            break
        if _WRITER_LABEL.match(ln.text):
            header_names.update(_names_in_byline(ln.text))
        if 2 <= ln.n_words <= 3 and _NAME_ONLY.match(ln.text) and _beside_a_stamp(hits, lines, ln.index):
            header_names.add(ln.text)
        elif 4 <= ln.n_words <= BYLINE_MAX_WORDS and _NAMES_JOIN.search(ln.text) and _beside_a_stamp(hits, lines, ln.index):
            # "Jana Weber, Lukas Brandt" (or "... and ...") over the date: both writers' names
            names = _NAMES_JOIN.split(ln.text)
            if all(2 <= len(n.split()) <= 3 and _NAME_ONLY.match(n) for n in names):
                header_names.update(names)
        words_above += words
    # A bio may call the writer by the first name alone: "Talia covers phones ..."
    first_names = {name.split(" ", 1)[0] for name in header_names if not _WRITER_LABEL.match(name)}
    for ln, words in zip(lines, prose):
        # (before the article's first paragraphs: a dek may come before it)
        if before < END_AFTER_PROSE_WORDS and ln.text[0] in _BIO_AFTER_NAME_STARTS and ln.index > 0 \
                and _BIO_AFTER_NAME.match(ln.text) and _NAME_ONLY.match(lines[ln.index - 1].text):
            yield ln.index - 1, Hint("author_box", "strong", False, "author_bio_in_header")
            yield ln.index, Hint("author_box", "strong", False, "author_bio_in_header")
        elif before < END_AFTER_PROSE_WORDS and ln.index > 0 and (_bio_under_its_name(lines[ln.index - 1], ln)
                                                                 or _bio_under_its_byline(lines, ln, bylines)
                                                                 or _bio_under_a_header_name(lines, ln, header_names)
                                                                 or _bio_by_first_name(lines, ln, first_names)):
            # "Kelsey Whitman" / "Kelsey Whitman is a music writer at ...": the byline's pop-up bio
            yield ln.index, Hint("author_box", "strong", False, "author_bio_in_header")
        elif before >= need and ln.n_words >= BIO_MIN_WORDS and (_BIO.match(ln.text) or _bio_of_the_writer(ln, header_names)
                                                                 or _opens_with_first_name_and_verb(ln, first_names)):
            yield ln.index, Hint("author_box", "strong", True, "author_bio")
            return
        elif before >= need and ln.text in header_names and ln.index + 1 < len(lines) \
                and _about_the_writer(lines[ln.index + 1], ln.text) and not _printed_again(lines, ln, prose):
            # The writer's name printed again under the article, over a line about them: the box.
            # (A name carried on by the line under it, "Night Nurse" / "’s inclusion in ...", is a
            # link in a sentence; a paragraph of the story under the writer's own photo credit
            # names neither them nor a trade.)
            yield ln.index, Hint("author_box", "strong", True, "author_name_over_bio")
            yield ln.index + 1, Hint("author_box", "strong", False, "author_name_over_bio")
            return
        elif before >= need and ln.text in header_names and _role_then_bio(lines, ln):
            # "Jamal Prentiss" / "Associate News Editor" / "Jamal Prentiss grew up in Detroit ...":
            # the box gives the writer's role between the name and the bio that opens with it.
            for k in range(ln.index, ln.index + 3):
                yield k, Hint("author_box", "strong", k == ln.index + 2, "author_name_over_bio")
            return
        before += words


def _printed_again(lines, name, prose) -> bool:
    """Is the name line printed before, between two paragraphs of the article? Then it credits
    the pictures there ("Spencer Aldrich" under each one): it opens no box."""
    def between_paragraphs(k: int) -> bool:
        return any(prose[max(0, k - 2):k]) and any(prose[k + 1:k + 3])
    return any(lines[k].text == name.text and between_paragraphs(k) for k in range(name.index))


_TRADE = re.compile(rf"\b(?:{_ROLES['en']}|{_ROLES['id']}|covers|writes|reports)\b", re.IGNORECASE)
# A story's paragraph goes on about someone it has named: "He rode ...", "Ia menjelaskan ...".
_STORY_PRONOUN = frozenset({"He", "She", "They", "It", "His", "Her", "Their", "Ia", "Dia", "Mereka"})


def _about_the_writer(ln, name: str) -> bool:
    """Could ``ln`` be a bio of the writer called ``name``? Bios often drop the subject
    ("Backend developer in Portland ...", "Menulis isu ekonomi ..."), but one that opens on a
    pronoun names the writer or a trade ("She is a freelance writer ..."): a paragraph of the
    story under the writer's own photo credit does neither."""
    if ln.n_words < BIO_MIN_WORDS or not ln.text[0].isupper():
        return False
    if ln.opening(1)[0] not in _STORY_PRONOUN:
        return True
    return any(part in ln.text for part in name.split() if len(part) > 2) or _TRADE.search(ln.text) is not None


BIO_NAME_LINE_MAX_WORDS = 6
ROLE_MAX_WORDS = 4


def _role_then_bio(lines, name) -> bool:
    """Under the writer's name, a short role line, then a line opening with their first name."""
    if name.index + 2 >= len(lines):
        return False
    role, bio = lines[name.index + 1], lines[name.index + 2]
    return (role.n_words <= ROLE_MAX_WORDS and role.text[0].isupper() and role.text[-1] not in ".!?:"
            and bio.n_words >= BIO_MIN_WORDS and bio.text.startswith(name.text.split(" ", 1)[0] + " "))


def _bio_under_its_name(above, ln) -> bool:
    """``ln`` is a bio that opens with the name the line above opens with ("Kelsey Whitman",
    "Priya Raman Senior Editor")."""
    if not (2 <= above.n_words <= BIO_NAME_LINE_MAX_WORDS) or ln.n_words < BIO_MIN_WORDS or ln.text[0] != above.text[0]:
        return False  # (cheap tests first: this runs on every line over the article)
    name = " ".join(above.opening(2))
    return (ln.text.startswith(name + " ") and _NAME_ONLY.match(name) is not None
            and _BIO.match(ln.text) is not None)


BYLINE_ABOVE_LINES = 8


def _bio_under_its_byline(lines, ln, bylines: list[int]) -> bool:
    """``ln`` is a bio of the writer the byline a few lines above names ("by Noor Haddad" / the
    date / the share bar / the photo / "Noor Haddad is a senior reporter covering ..."). The
    "By" lines of the page are at ``bylines``."""
    if not bylines or ln.n_words < BIO_MIN_WORDS or not ln.text[0].isupper():
        return False
    above = [k for k in bylines if ln.index - BYLINE_ABOVE_LINES <= k < ln.index]
    if not above:
        return False
    wanted = "by " + " ".join(ln.opening(2)).lower()
    return any(lines[k].lower.startswith(wanted) for k in above) \
        and _NAME_ONLY.match(" ".join(ln.opening(2))) is not None and _BIO.match(ln.text) is not None


def _bio_under_a_header_name(lines, ln, header_names: set[str]) -> bool:
    """``ln`` is a bio of the writer whose name stands alone by the date a few lines above (the
    byline's label on a line of its own): "By" / "Corwin Ashby" / "Published Mar 9, 2025" / the
    share bar / "Corwin Ashby is a writer at ... who covers ..." (the name's pop-up card)."""
    if ln.n_words < BIO_MIN_WORDS or not ln.text[0].isupper():
        return False
    name = _header_name_opening(ln, header_names)
    return name is not None and _BIO.match(ln.text) is not None \
        and any(lines[j].text == name for j in range(max(0, ln.index - BYLINE_ABOVE_LINES), ln.index))


def _header_name_opening(ln, header_names: set[str]) -> str | None:
    """The writer's name (of two or three words, maybe with a comma after it) that ``ln`` opens with,
    when the header prints it alone."""
    if header_names:
        for k in (2, 3):
            name = " ".join(ln.opening(k)).rstrip(",")
            if name in header_names:
                return name
    return None


def _bio_of_the_writer(ln, header_names: set[str]) -> bool:
    """A line under the article opening with a name printed alone over it, then an apposition or
    a verb of being: "Ilse Haugaard, a former deputy governor of ..., is a senior fellow at ..."."""
    name = _header_name_opening(ln, header_names)
    return name is not None and (ln.text[len(name):].startswith((", ",) + _WRITER_BIO_VERBS)
                                 or _PRESENT_TENSE_AFTER_NAME.match(ln.text, len(name)) is not None)


# What the writer does, in the present tense: "Tom Brennecke teaches woodworking ...", "... lives in
# Leeds" (not what someone in the story says).
_PRESENT_TENSE_AFTER_NAME = re.compile(r" (?!says\b|receives\b)[a-z]{3,}s (?:at|in|for|on|about|from|with|and|[a-z]+,?) ")


# "By Eliza Brandvold, Kofi Antwi-Mensah and Ruth Delacroix-Park", "Penulis: Dadan Ramdhani": the
# label of a byline naming the writer, then names joined.
_WRITER_LABEL = re.compile(r"^(?:(?:written\s)?by\s+|oleh\s+|(?:penulis|reporter|wartawan|writer)\s*:\s*)", re.IGNORECASE)
_NAMES_JOIN = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")
BYLINE_MAX_WORDS = 12


def _names_in_byline(text: str) -> list[str]:
    """The writers' full names a "By ..." or "Penulis: ..." line gives (none from a long line: a sentence)."""
    if len(text.split()) > BYLINE_MAX_WORDS:
        return []
    names = _NAMES_JOIN.split(_WRITER_LABEL.sub("", text, count=1))
    names = [n for n in names if 2 <= len(n.split()) <= 3 and _NAME_ONLY.match(n)]
    # A byline set in capitals ("BY THEO MARCHETTI") names the writer a bio spells "Theo Marchetti".
    return names + [n.title() for n in names if n.isupper()]


# What follows the writer's name in a bio of them: "Saskia is a reporter at TNW ...",
# "Talia covers phones, wireless carriers ...", "Ines Carvalho is a marine neurobiologist ...".
# (A newsroom's name in its own byline may open a sentence of the story: "Harbour Now was unable to
# verify ...": in the past tense, only "was a/an/the" is about the writer.)
_WRITER_BIO_VERBS = (" is ", " was a ", " was an ", " was the ", " covers ", " writes ", " reports ", " has been ",
                     " joined ", " has covered ", " has written ", " has reported ",
                     # German, French, Spanish, Portuguese, Italian, Dutch, Indonesian and Malay
                     " ist ", " schreibt ", " est ", " écrit ", " es ", " escribe ", " é ", " escreve ", " è ",
                     " scrive ", " schrijft ", " adalah ", " merupakan ")


def _opens_with_first_name_and_verb(ln, first_names: set[str]) -> bool:
    if not first_names:
        return False
    name = ln.opening(1)[0]
    return name in first_names and ln.text.startswith(_WRITER_BIO_VERBS, len(name))


def _bio_by_first_name(lines, ln, first_names: set[str]) -> bool:
    """A bio in the header under the byline calling the writer by the first name: "Talia Brennecke"
    / "Senior Writer" / "Talia covers phones, wireless carriers and the apps ..."."""
    if ln.n_words < BIO_MIN_WORDS or not _opens_with_first_name_and_verb(ln, first_names):
        return False
    first = ln.opening(1)[0] + " "
    return any(lines[k].text.startswith(first) or _WRITER_LABEL.sub("", lines[k].text, count=1).startswith(first)
               for k in range(max(0, ln.index - BYLINE_ABOVE_LINES), ln.index))


_HEADER_STAMPS = frozenset({"date", "byline", "site_date"})


# Lines between the writer's name and the stamp under it: the outlet and the writer's e-mail
# ("Jane Doe" / "Harbour Enquirer" / "jdoe@harbour.com" / "Published 5:02 a.m. ET ..."), short.
STAMP_BELOW_NAME_LINES = 3
BETWEEN_NAME_AND_STAMP_MAX_WORDS = 4


def _beside_a_stamp(hits, lines, i: int) -> bool:
    def stamp(k: int) -> bool:
        return 0 <= k < len(hits) and hits[k] is not None and hits[k].reason in _HEADER_STAMPS
    if stamp(i - 1):
        return True
    for k in range(i + 1, min(len(lines), i + 1 + STAMP_BELOW_NAME_LINES)):
        if stamp(k):
            return True
        if lines[k].n_words > BETWEEN_NAME_AND_STAMP_MAX_WORDS:
            return False
    return False
