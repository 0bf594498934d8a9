"""Rules as data: lexicons of noise lines, one TOML file per language, grouped by reason code.

A rules file looks like::

    language = "id"            # "any" for language-neutral rules

    [[related]]                # the table name is the reason code given to matching lines
    pattern = '^baca (juga|pula)\\b'
    example = "Baca juga: Harga Cabai Naik Jelang Lebaran"
    why = "Indonesian sites insert links to their other stories between paragraphs."

Every entry is validated with pydantic when loaded: the pattern must compile and must match
its own example, so a broken rule fails loudly, naming the file, reason and entry.
Users add their own files with ``load_rules(extra_paths=[...])``; no code changes needed.

A pattern opening with ``\\A`` instead of ``^`` is anchored all the same, but the matcher treats
it as floating: it is tried only on lines holding one of its literal words (see ``RuleSet``).
Rules that may meet long lines and open with common letters use it (see de.toml).
"""
from __future__ import annotations

import os
import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Literal

try:  # the regex parser, used to read required literals out of a pattern
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as _sre, sre_parse as _sre_parse  # type: ignore[no-redef]

from ahocorasick_rs import AhoCorasick, Implementation
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

__all__ = ["Rule", "CompiledRule", "RuleSet", "RulesError", "needles", "first_chars", "prefixes", "load_rules", "default_rules", "RULES_DIR"]

RULES_DIR = Path(__file__).parent
_REASON = re.compile(r"^[a-z][a-z_]{1,40}$")
# Rules are matched against short-to-medium lines only: noise lines are short, and scanning a
# 5 MB line with a hundred alternatives would be the slowest thing in the cleaner.
MAX_LEXICON_CHARS = 1000


class RulesError(ValueError):
    """A rules file is missing, unreadable or has an invalid entry. The message names which."""


class Rule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    pattern: str  # Python regex, matched case-insensitively with re.search on the normalised line
    example: str  # a line this rule must remove (checked at load time)
    why: str  # what this noise is and why it is safe to drop
    max_words: int | None = None  # rule applies only to lines of at most this many words
    strength: Literal["strong", "weak"] = "strong"  # weak: dropped only when the line is not prose
    opens_block: bool = False  # a heading whose following run of teaser lines is the same noise
    wall: bool = False  # marks the end of the article (comment forms, footers): content never crosses it

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            rx = re.compile(v, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"pattern does not compile: {exc}") from None
        if rx.groupindex:
            raise ValueError("named groups are reserved for the loader; use (?:...) instead")
        if _BACKREFERENCE.search(v):
            # (the loader joins a language's rules into one pattern, which renumbers the groups)
            raise ValueError("back-references (\\1) cannot be used; spell the alternatives out instead")
        if rx.search(""):
            raise ValueError("pattern matches the empty line, so it would match everything")
        return v

    @field_validator("example", "why")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be blank")
        return v

    @model_validator(mode="after")
    def _example_matches(self) -> "Rule":
        line = " ".join(self.example.split())
        if not re.search(self.pattern, line, re.IGNORECASE):
            raise ValueError(f"pattern does not match its own example {self.example!r}")
        if self.max_words is not None and len(line.split()) > self.max_words:
            raise ValueError(f"example has more than max_words={self.max_words} words")
        return self


_BACKREFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]")


@dataclass(frozen=True, slots=True)
class CompiledRule:
    reason: str
    language: str
    source: str  # "file.toml:reason[index]" so a user can find the rule that fired
    rule: Rule
    regex: re.Pattern


class RuleSet:
    """All rules, compiled once; ``match(line)`` returns the rule that removes it, if any.

    Which rule wins: an anchored rule ('^...') over a floating one, then file order; a rule only
    applies to lines within its ``max_words``. Fast because most lines are ruled out cheaply:

    * rules are grouped by ``max_words``: a 40-word paragraph only meets the few rules allowed
      on lines that long (one group per distinct limit, built on first use);
    * in a group, the anchored rules that can start with the line's first character (read
      from the pattern, see ``first_chars``) are one alternation tried once at position 0;
      when the line opens with two ASCII characters, only the rules that can start with those
      two (see ``prefixes``) are tried, usually none;
    * a floating rule is searched only when the lowercased line contains one of the literal
      words any match of its pattern must contain (read from the pattern at load time, see
      ``needles``): "cookies", "newsletter", ... Most lines contain none. Which needles each
      line contains is found for a whole page at once by one Aho-Corasick automaton
      (``match_lines``), not by a substring search per needle and line.
    """

    def __init__(self, rules: Iterable[CompiledRule]):
        self.rules: tuple[CompiledRule, ...] = tuple(rules)
        # Group boundaries: a line of n words meets the rules whose max_words >= n.
        self._limits = sorted({r.rule.max_words for r in self.rules if r.rule.max_words is not None})
        self._needles = {id(r): needles(r.rule.pattern) for r in self.rules}
        self._prefixes = {id(r): prefixes(r.rule.pattern) for r in self.rules if r.rule.pattern.startswith("^")}
        self._starts = {key: _first_chars_of(starts) for key, starts in self._prefixes.items()}
        self._order = {id(r): i for i, r in enumerate(self.rules)}
        # Anchored rules that may start with any character ('^[^.!?]{1,40}...') are costly to try
        # on every line: they wait behind their needles too (one character is enough here:
        # a '|' or '»' is rare in a line).
        self._gated = {id(r): needles(r.rule.pattern, min_len=1) for r in self.rules
                       if r.rule.pattern.startswith("^") and self._starts[id(r)] is None}
        # Every needle a rule waits behind, found in all lines of a page by one automaton scan
        # (see ``_present``) instead of one substring search per needle and line.
        self._needle_list = tuple(sorted(
            {w for r in self.rules if not r.rule.pattern.startswith("^") for w in self._needles[id(r)] or ()}
            | {w for words in self._gated.values() for w in words or ()}))
        self._finder: AhoCorasick | None = None  # built on first use, and not pickled
        # Lines are scanned joined by newlines: a needle holding one could match across two.
        self._joinable = not any("\n" in w for w in self._needle_list)
        self._groups: dict[tuple, tuple] = {}
        self._bands: dict[int, tuple] = {}
        # (n_words capped, first char) -> group: one dict lookup per line.
        self._cap = (self._limits[-1] + 1) if self._limits else 0
        self._by_key: dict[tuple, tuple] = {}

    def __len__(self) -> int:
        return len(self.rules)

    def __reduce__(self):
        # Rebuilt from its rules on unpickling (a Dask worker receiving user rules): the tables
        # are keyed by the rules' identities, and the automaton cannot be pickled.
        return (RuleSet, (self.rules,))

    def _group(self, n_words: int, first: str) -> tuple:
        # Same key <=> same applicable rules: the max_words band, and the line's (lowercased)
        # first char: anchored rules that cannot start with it are left out. That holds for a
        # non-ASCII char too (``first_chars`` gives up on letters whose case variants leave
        # ASCII), and keeps the alternation compiled for such lines small: one of every
        # anchored rule cost ~20 ms to compile per word band, in every fresh process.
        band = bisect_left(self._limits, n_words)
        key = (band, first)
        g = self._groups.get(key)
        if g is None:
            plain, gated, floating, bare, woken = self._band(band, n_words)
            # A non-ASCII char may match an ASCII one case-insensitively ('ſ' and 's', the
            # Kelvin sign and 'k'): those are its aliases.
            aliases, starts = _aliases(first), self._starts
            anchored = [r for r in plain if not first or starts[id(r)] is None or not aliases.isdisjoint(starts[id(r)])]
            # Slots: whether any anchored rule applies; the anchored rules; the gated, floating
            # and bare ones (shared by the band); the line's first two characters -> the anchored
            # rules that can start with them (see ``prefixes``), filled as lines come; the
            # alternation of all anchored ones, compiled on first use (see ``_anchored``: most
            # groups only ever meet ASCII-led lines, and compiling hundreds of alternations cost
            # a fresh process, each run and each Dask worker, about two seconds); the needles
            # found in a line -> the gated and floating rules they wake (see ``_woken``).
            g = self._groups[key] = (bool(anchored), anchored, gated, floating, bare, {}, [], woken)
        return g

    def _band(self, band: int, n_words: int) -> tuple:
        """The rules of a max_words band that do not depend on a line's first character: the
        anchored ones (to be filtered by it), the gated, the floating and the bare floating ones,
        and the band's memo of the rules each needle set wakes. Built once per band: building it
        for each first character cost a fresh process a second over some thousand groups."""
        got = self._bands.get(band)
        if got is None:
            live = [r for r in self.rules if r.rule.max_words is None or r.rule.max_words >= n_words]
            anchored = [r for r in live if r.rule.pattern.startswith("^")]
            # (gated rules may start with any character: every group of the band has them)
            gated = tuple((r, frozenset(self._gated[id(r)])) for r in anchored if self._gated.get(id(r)))
            plain = [r for r in anchored if not self._gated.get(id(r))]
            floating = tuple((r, None if self._needles[id(r)] is None else frozenset(self._needles[id(r)]))
                             for r in live if not r.rule.pattern.startswith("^"))
            # The floating rules a line containing no needle at all still meets.
            bare = tuple(r for r, words in floating if words is None)
            got = self._bands[band] = (plain, gated, floating, bare, {})
        return got

    # Distinct needle sets remembered per group: plenty for a site's lines, bounded for a corpus.
    _WOKEN_CACHE = 4096

    def _woken(self, g: tuple, present: frozenset[str] | set[str]) -> tuple[tuple, tuple]:
        """The group's gated rules and floating rules (each in file order) that wait behind one
        of the needles in ``present``, or behind none. Common short needles ('ap' of "AP" is in
        "setiap" and "tetapi") are in most Indonesian lines: looking the set up once beats
        testing every rule's needles on every such line."""
        key = present if type(present) is frozenset else frozenset(present)
        cache = g[7]
        got = cache.get(key)
        if got is None:
            if len(cache) >= self._WOKEN_CACHE:
                cache.clear()
            got = cache[key] = (
                tuple((r, words) for r, words in g[2] if not words.isdisjoint(key)),
                tuple(r for r, words in g[3] if words is None or not words.isdisjoint(key)))
        return got

    def _anchored(self, g: tuple, line: str, low: str) -> CompiledRule | None:
        """The first of the group's anchored rules matching ``line``. On a line opening with an
        ASCII character only the few rules that can start with its first two are tried; otherwise
        the group's alternation of all of them (few: a group is keyed by the first character)."""
        if not g[0]:
            return None
        anchored = g[1]
        if line[:1].isascii():
            head = low[:2]
            tried = g[5].get(head)
            if tried is None:
                pre = self._prefixes
                if head.isascii():
                    tried = tuple(r for r in anchored if pre[id(r)] is None or head.startswith(pre[id(r)]))
                else:  # "I’m", "D’Angelo": the second character, or an ASCII one it matches ignoring case
                    aliases = _aliases(head[1])
                    tried = tuple(r for r in anchored if pre[id(r)] is None or any(
                        p[:1] in ("", head[0]) and (len(p) < 2 or p[1] in aliases) for p in pre[id(r)]))
                g[5][head] = tried
            for r in tried:
                if r.regex.match(line):
                    return r
            return None
        compiled = g[6]
        if not compiled:
            combined = "|".join(f"(?P<r{i}>{r.rule.pattern})" for i, r in enumerate(anchored))
            compiled.append(re.compile(combined, re.IGNORECASE))
        m = compiled[0].match(line)
        return None if m is None else anchored[int(m.lastgroup[1:])]

    def _present(self, lows: list[str]) -> list[frozenset[str] | set[str]]:
        """For each lowercased line, the needles (see ``_needle_list``) it contains."""
        out: list[frozenset[str] | set[str]] = [_NONE] * len(lows)
        if not self._needle_list or not lows:
            return out
        if self._finder is None:
            # A DFA: a few hundred needles make a small one, and it scans a page in about half
            # the time of the default automaton.
            self._finder = AhoCorasick(list(self._needle_list), implementation=Implementation.DFA)
        try:
            if not self._joinable:
                raise ValueError
            found = self._finder.find_matches_as_indexes("\n".join(lows), overlapping=True)
        except (UnicodeEncodeError, ValueError):  # lone surrogates: ask each needle
            return [{w for w in self._needle_list if w in low} for low in lows]
        if found:
            ends, pos = [], -1
            for low in lows:
                pos += len(low) + 1
                ends.append(pos)  # the newline after each line
            names = self._needle_list
            for k, start, _ in found:
                i = bisect_left(ends, start)
                if out[i] is _NONE:
                    out[i] = set()
                out[i].add(names[k])
        return out

    def match_lines(self, lines) -> list[CompiledRule | None]:
        """``match`` for each of the cleaner's lines (objects with text, n_words, lower)."""
        match, by_key, cap = self.match, self._by_key, self._cap
        # Lines too long for the lexicon are scanned as empty: they never match.
        present = self._present([ln.lower if len(ln.text) <= MAX_LEXICON_CHARS else "" for ln in lines])
        out: list[CompiledRule | None] = []
        for ln, has in zip(lines, present):
            n = ln.n_words
            g = by_key.get((n if n <= cap else cap, ln.lower[:1]))
            # Most lines hold no needle: then only the anchored alternation can match (``match``
            # would come to the same after its other steps).
            if g is not None and not has and not g[4] and len(ln.text) <= MAX_LEXICON_CHARS:
                out.append(self._anchored(g, ln.text, ln.lower))
            else:
                out.append(match(ln.text, n, ln.lower, has))
        return out

    def match(self, line: str, n_words: int | None = None, lowered: str | None = None,
              present: frozenset[str] | set[str] | None = None) -> CompiledRule | None:
        """The rule removing ``line`` (whitespace-normalised), or None. ``n_words``,
        ``lowered`` (``line.lower()``) and ``present`` (the needles in it, see ``_present``)
        may be passed when the caller has them already."""
        if len(line) > MAX_LEXICON_CHARS:
            return None
        if n_words is None:
            n_words = len(line.split())
        low = line.lower() if lowered is None else lowered
        if present is None:
            present = self._present([low])[0]
        key = (n_words if n_words <= self._cap else self._cap, low[:1])
        g = self._by_key.get(key)
        if g is None:
            g = self._by_key[key] = self._group(n_words, low[:1])
        hit = self._anchored(g, line, low)
        if not present:  # a rule with needles cannot match
            if hit is not None:
                return hit
            for r in g[4]:
                if r.regex.search(line):
                    return r
            return None
        gated, floating = self._woken(g, present)
        for r, _ in gated:  # in file order: one listed before the hit wins over it
            if hit is not None and self._order[id(r)] > self._order[id(hit)]:
                break
            if r.regex.match(line):
                return r
        if hit is not None:
            return hit
        for r in floating:
            if r.regex.search(line):
                return r
        return None


_NONE: frozenset[str] = frozenset()


def _aliases(char: str) -> set[str]:
    """``char`` and the ASCII letters it matches ignoring case ('ſ' is 's', the Kelvin sign 'k')."""
    return {char} | {v.lower() for v in (char.upper(), char.casefold()) if v.isascii()}


# Needles shorter than this are too common to rule a line out.
_MIN_NEEDLE = 3
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}


def needles(pattern: str, min_len: int = _MIN_NEEDLE) -> tuple[str, ...] | None:
    """Lowercase literal strings one of which every match of ``pattern`` contains, or None
    when the pattern has no such set worth checking (e.g. '^\\d+$').

    Example: '(?:sign up for|join) our .{0,60}newsletter' -> ('newsletter',).
    """
    try:
        parsed = _sre_parse.parse(pattern, re.IGNORECASE)
    except Exception:
        return None
    got = _required(list(parsed))
    if not got or min(map(len, got)) < min_len:
        return None
    return tuple(sorted(got))


def _required(items: list) -> frozenset[str] | None:
    # In a sequence, every run of literals and every required sub-part must appear: take the
    # strongest (longest shortest needle, then fewest needles). Anything unknown is skipped,
    # so the result only ever under-states what a match contains.
    cands: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av).lower())
            continue
        if run:
            cands.append(frozenset(["".join(run)]))
            run = []
        sub = None
        if op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in av):
            sub = frozenset(chr(c).lower() for _, c in av)  # one of a few characters
        elif op is _sre.SUBPATTERN:
            sub = _required(list(av[-1]))
        elif op is _sre.BRANCH:
            parts = [_required(list(b)) for b in av[1]]
            sub = None if any(not p for p in parts) else frozenset().union(*parts)
        elif op in _REPEATS and av[0] >= 1:
            sub = _required(list(av[2]))
        if sub:
            cands.append(sub)
    if run:
        cands.append(frozenset(["".join(run)]))
    if not cands:
        return None
    # (of equal length, not a space: every line holds one, and every line would wake the rule)
    return max(cands, key=lambda s: (min(map(len, s)), not any(w.isspace() for w in s), -len(s)))


def first_chars(pattern: str) -> frozenset[str] | None:
    """The lowercase ASCII characters a match of ``pattern`` can start with, or None when it
    could start with anything (a class like \\S, a non-ASCII letter with case variants, or
    the empty match). Read off ``prefixes``: the first character of each.

    Example: '^(?:privacy policy|terms)$' -> {'p', 't'}.
    """
    return _first_chars_of(prefixes(pattern))


def _first_chars_of(starts: tuple[str, ...] | None) -> frozenset[str] | None:
    return None if starts is None or "" in starts else frozenset(s[0] for s in starts)


def _char(c: str) -> set[str] | None:
    # Only ASCII lines are dispatched on their first char; a literal whose case variants
    # leave ASCII (e.g. 'k' and the Kelvin sign) could be reached otherwise: give up on it.
    variants = {c, c.lower(), c.upper()}
    return {c.lower()} if all(v.isascii() for v in variants) or len(variants) == 1 else None


def _in_chars(av) -> set[str] | None:
    """The lowercase characters a class ([...]) matches, or None for a large or negated one."""
    out: set[str] = set()
    for kind, val in av:
        if kind is _sre.LITERAL:
            got = _char(chr(val))
        elif kind is _sre.RANGE and val[1] - val[0] < 128:
            got = set()
            for code in range(val[0], val[1] + 1):
                one = _char(chr(code))
                if one is None:
                    return None
                got |= one
        elif kind is _sre.CATEGORY and val is _sre.CATEGORY_DIGIT:
            got = set("0123456789")  # other scripts' digits are not ASCII: never dispatched
        elif kind is _sre.CATEGORY and val is _sre.CATEGORY_SPACE:
            got = set(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")  # ASCII whitespace (\s)
        else:  # NEGATE, other classes (\\w, \\s, ...), big ranges
            return None
        if got is None:
            return None
        out |= got
    return out


_MAX_PREFIXES = 4096  # beyond this many, a pattern is treated as starting with anything


def prefixes(pattern: str, k: int = 2) -> tuple[str, ...] | None:
    """Lowercase strings of at most ``k`` characters, one of which every match of ``pattern``
    starts with (as read on a line whose first ``k`` characters are ASCII), or None when they
    cannot be told. A string shorter than ``k`` is a whole match.

    Example: '^(?:ad|ads|terms)$' -> ('ad', 'te').
    """
    try:
        parsed = _sre_parse.parse(pattern, re.IGNORECASE)
    except Exception:
        return None
    got = _seq_prefixes(list(parsed), k)
    return None if got is None else tuple(sorted({s for s, _ in got}))


# A prefix set holds (s, whole) pairs: every match starts with s, and when ``whole`` is true
# (and s is shorter than k) s is the entire match so far, so what follows extends it.
def _concat(left: set, right: set, k: int) -> set | None:
    out = set()
    for s, whole in left:
        if not whole or len(s) >= k:
            out.add((s, False))
            continue
        for t, w in right:
            u = s + t
            out.add((u[:k], False) if len(u) >= k else (u, w))
        if len(out) > _MAX_PREFIXES:
            return None
    return out


def _seq_prefixes(items: list, k: int) -> set | None:
    acc: set | None = {("", True)}
    for item in items:
        if all(not whole or len(s) >= k for s, whole in acc):
            break
        part = _item_prefixes(item, k)
        if part is None:
            return None
        acc = _concat(acc, part, k)
        if acc is None:
            return None
    return acc


def _item_prefixes(item, k: int) -> set | None:
    op, av = item
    if op is _sre.AT or op is _sre.ASSERT or op is _sre.ASSERT_NOT:
        return {("", True)}  # zero-width: ignoring what it asserts only widens the set
    if op is _sre.LITERAL or op is _sre.IN:
        chars = _char(chr(av)) if op is _sre.LITERAL else _in_chars(av)
        return None if chars is None else {(c, True) for c in chars}
    if op is _sre.SUBPATTERN:
        return _seq_prefixes(list(av[-1]), k)
    if op is _sre.BRANCH:
        out = set()
        for branch in av[1]:
            got = _seq_prefixes(list(branch), k)
            if got is None:
                return None
            out |= got
        return out
    if op in _REPEATS:
        low, high, sub = av[0], av[1], _seq_prefixes(list(av[2]), k)
        if sub is None:
            return None
        # Copies past low + k add nothing to the first k characters (see the repeat argument:
        # a longer run is a run of at most low + k non-empty copies, or starts with k of them).
        upper = min(high, low + k)
        out, run = set(), {("", True)}
        for n in range(upper + 1):
            if n >= low:
                out |= run
            if n < upper:
                run = _concat(run, sub, k)
                if run is None:
                    return None
        return out
    return None


def _load_file(path: Path) -> list[CompiledRule]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(f"{path}: rules file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: not valid TOML: {exc}") from None
    language = data.pop("language", None)
    if not isinstance(language, str) or not language:
        raise RulesError(f'{path}: needs a top-level `language = "id"` (or "en", "any", ...)')
    out: list[CompiledRule] = []
    for reason, entries in data.items():
        if not _REASON.match(reason):
            raise RulesError(f"{path}: [{reason}] is not a reason code (lowercase letters and _)")
        if not isinstance(entries, list):
            raise RulesError(f"{path}: [{reason}] must be an array of tables: write [[{reason}]]")
        for i, entry in enumerate(entries):
            where = f"{path.name}:{reason}[{i}]"
            try:
                rule = Rule.model_validate(entry)
            except ValidationError as exc:
                errs = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'entry'}: {e['msg']}" for e in exc.errors())
                raise RulesError(f"{path}: [[{reason}]] entry {i} (pattern {entry.get('pattern')!r}): {errs}") from None
            out.append(CompiledRule(reason, language, where, rule, re.compile(rule.pattern, re.IGNORECASE)))
    return out


def load_rules(extra_paths: Iterable[str | Path] = (), *, include_builtin: bool = True) -> RuleSet:
    """Builtin rules (every *.toml beside this module) plus the user's files, in that order.

    User rules come last, so a builtin rule wins when both match; a user adding a rule for a
    line no builtin knows gets exactly their reason.
    """
    paths: list[Path] = sorted(RULES_DIR.glob("*.toml")) if include_builtin else []
    paths += [Path(p) for p in extra_paths]
    rules: list[CompiledRule] = []
    for p in paths:
        rules.extend(_load_file(p))
    return RuleSet(rules)


USER_RULES_ENV = "BERSIH_RULES"


def user_rule_paths() -> tuple[str, ...]:
    """The user's rules files, from $BERSIH_RULES (paths separated by os.pathsep). An environment
    variable because it reaches every place a flow's tasks run: threads, Dask workers, served runs."""
    return tuple(p for p in os.environ.get(USER_RULES_ENV, "").split(os.pathsep) if p.strip())


def default_rules() -> RuleSet:
    """The builtin rules plus the user's (see `user_rule_paths`), loaded once per set of files."""
    return _rules_for(user_rule_paths())


@lru_cache(maxsize=4)
def _rules_for(paths: tuple[str, ...]) -> RuleSet:
    return load_rules(paths)
