"""Pre-pass: drop known noise containers from the parsed page before trafilatura reads it.

What to drop comes from noise_rules.toml (see rules.py); this module only matches and guards.
The tree is changed in place; each dropped block comes back as (text, reason).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml.html import HtmlElement

from .rules import NoiseRules, default_rules

# Never dropped, whatever their class says: they hold the article itself.
PROTECTED_TAGS = frozenset({"html", "body", "main", "article", "head"})
PROTECTED_ROLES = frozenset({"main", "article"})
# A single link is left to trafilatura, whatever its class says ("cta-link", "popup-link"): inside
# a sentence its words belong to the text, and inside a teaser list removing it makes the list
# look like prose to trafilatura's link-density test.
LEFT_TO_TRAFILATURA = frozenset({"a"})
# A container holding more than this share of the page's paragraph text is the content, not a
# widget (e.g. <div class="post has-comments"> around the whole article).
MAX_TEXT_SHARE = 0.5
# "A passage of unlinked prose" for rules with spare_prose: this many characters of <p> text
# outside links. A menu or teaser list has almost none; one article paragraph has more.
SPARE_PROSE_CHARS = 300
# ... with at least this many characters of that prose per link in the block: a list of story
# teasers (headline link, a lead of a sentence or two) has less.
PROSE_PER_LINK = 250
MAX_CACHED_NAMES = 50_000

_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_SPLIT = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class _Matcher:
    by_tag: dict[str, str]
    by_role: dict[str, str]
    by_token: dict[str, str]
    compounds: tuple[tuple[str, str], ...]
    spare_prose: frozenset[str]
    teasers: frozenset[str]  # spare_prose reasons whose prose must also outweigh their links
    # class+id string -> reason: pages repeat the same class names hundreds of times.
    by_names: dict[str, str | None] = field(default_factory=dict, compare=False, hash=False)

    def reason(self, el: HtmlElement) -> str | None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in self.by_tag:
            return self.by_tag[tag]
        role = el.get("role")
        if role:
            for word in role.lower().split():
                if word in self.by_role:
                    return self.by_role[word]
        names = (el.get("class") or "") + " " + (el.get("id") or "")
        if names == " ":
            return None
        if names not in self.by_names:
            if len(self.by_names) >= MAX_CACHED_NAMES:  # a long run sees many sites: stay bounded
                self.by_names.clear()
            self.by_names[names] = self._names_reason(names)
        return self.by_names[names]

    def _names_reason(self, names: str) -> str | None:
        if not names.strip():
            return None
        words = [w for w in _SPLIT.split(_CAMEL.sub(r"\1 \2", names).lower()) if w]
        for word in words:
            if word in self.by_token:
                return self.by_token[word]
        glued = "".join(words)
        for needle, reason in self.compounds:
            if needle in glued:
                return reason
        return None


@lru_cache(maxsize=4)
def _matcher(rules: NoiseRules) -> _Matcher:
    by_tag: dict[str, str] = {}
    by_role: dict[str, str] = {}
    by_token: dict[str, str] = {}
    compounds: list[tuple[str, str]] = []
    for rule in rules.rules:  # first rule in the file wins a shared word
        for tag in rule.tags:
            by_tag.setdefault(tag, rule.reason)
        for role in rule.roles:
            by_role.setdefault(role, rule.reason)
        for token in rule.tokens:
            by_token.setdefault(token, rule.reason)
        compounds.extend((c, rule.reason) for c in rule.compounds)
    spare = frozenset(r.reason for r in rules.rules if r.spare_prose)
    teasers = frozenset(r.reason for r in rules.rules if r.spare_prose and r.teasers)
    return _Matcher(by_tag, by_role, by_token, tuple(compounds), spare, teasers)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _prose_core(body: HtmlElement) -> tuple[HtmlElement | None, int]:
    """The element whose <p> children hold the most text (where the article body most likely
    is), and the page's total <p> text. Class names lie ("layout-with-sidebar", Elementor's
    "widget" around everything); where the paragraphs sit does not."""
    by_parent: dict[HtmlElement, int] = {}
    total = 0
    for p in body.iter("p"):
        n = len(p.text_content())
        total += n
        parent = p.getparent()
        if parent is not None:
            by_parent[parent] = by_parent.get(parent, 0) + n
    if not by_parent:
        return None, 0
    core = max(by_parent, key=by_parent.__getitem__)
    return core, total


def _holds_content(el: HtmlElement, guarded: set[HtmlElement], prose_chars: int) -> bool:
    if el in guarded or el.tag in PROTECTED_TAGS or (el.get("role") or "").lower() in PROTECTED_ROLES:
        return True
    if el.find(".//article") is not None or el.find(".//main") is not None:
        return True
    if prose_chars <= 0:
        return False
    return sum(len(p.text_content()) for p in el.iter("p")) > MAX_TEXT_SHARE * prose_chars


def _holds_prose(el: HtmlElement, per_link: bool) -> bool:
    """A passage of unlinked prose. With per_link, also not a list of teasers: teasers each bring
    a lead of a sentence or two with their links, an article section has few links for its prose."""
    needed = SPARE_PROSE_CHARS
    if per_link:
        needed = max(needed, PROSE_PER_LINK * sum(1 for _ in el.iter("a")))
    total = 0
    for p in el.iter("p"):
        total += len(p.text_content()) - sum(len(a.text_content()) for a in p.iter("a"))
        if total >= needed:
            return True
    return False


def strip_noise(root: HtmlElement, rules: NoiseRules | None = None) -> list[tuple[str, str]]:
    """Drop every noise container under <body>; return (its text, reason) in document order."""
    matcher = _matcher(rules or default_rules())
    body = root.find("body") if root.tag != "body" else root
    if body is None:
        body = root
    core, prose_chars = _prose_core(body)
    guarded = set(core.iterancestors()) | {core} if core is not None else set()
    found: list[tuple[HtmlElement, str]] = []
    for el in body.iter():
        # comments and processing instructions have no tag name; single links stay (see above)
        if not isinstance(el.tag, str) or el.tag in LEFT_TO_TRAFILATURA:
            continue
        reason = matcher.reason(el)
        if reason is not None:
            found.append((el, reason))
    removed: list[tuple[str, str]] = []
    dropped: set[HtmlElement] = set()
    for el, reason in found:
        if any(a in dropped for a in el.iterancestors()):  # already gone with an outer block
            continue
        if _holds_content(el, guarded, prose_chars):
            continue
        if reason in matcher.spare_prose and _holds_prose(el, reason in matcher.teasers):
            continue
        text = _flat(el.text_content())
        el.drop_tree()  # keeps the element's tail text in place
        dropped.add(el)
        if text:
            removed.append((text, reason))
    return removed
