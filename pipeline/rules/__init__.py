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
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

__all__ = ["Rule", "CompiledRule", "RuleSet", "RulesError", "load_rules", "default_rules", "RULES_DIR"]

RULES_DIR = Path(__file__).parent
_REASON = re.compile(r"^[a-z][a-z_]{1,40}$")
# Rules are matched against short-to-medium lines only: noise lines are short, and scanning a
# 5 MB line with a hundred alternatives would be the slowest thing in the cleaner.
MAX_LEXICON_CHARS = 600


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


@dataclass(frozen=True, slots=True)
class CompiledRule:
    reason: str
    language: str
    source: str  # "file.toml:reason[index]" so a user can find the rule that fired
    rule: Rule
    regex: re.Pattern


class RuleSet:
    """All rules, compiled once; ``match(line)`` returns the rule that removes it, if any.

    Rules anchored at the line start ('^...') are joined into one alternation tried once at
    position 0 (microseconds per line); the few floating rules are searched one by one, and
    only on lines within their ``max_words``. An anchored hit wins over a floating one;
    otherwise the first rule in file order wins.
    """

    def __init__(self, rules: Iterable[CompiledRule]):
        self.rules: tuple[CompiledRule, ...] = tuple(rules)
        self._anchored = [r for r in self.rules if r.rule.pattern.startswith("^")]
        self._floating = [r for r in self.rules if not r.rule.pattern.startswith("^")]
        alts = "|".join(f"(?P<r{i}>{r.rule.pattern})" for i, r in enumerate(self._anchored))
        self._combined = re.compile(alts, re.IGNORECASE) if alts else None

    def __len__(self) -> int:
        return len(self.rules)

    def match(self, line: str, n_words: int | None = None) -> CompiledRule | None:
        if len(line) > MAX_LEXICON_CHARS:
            return None
        if n_words is None:
            n_words = len(line.split())
        if self._combined is not None:
            m = self._combined.match(line)
            if m is not None:
                hit = self._anchored[int(m.lastgroup[1:])]
                if hit.rule.max_words is None or n_words <= hit.rule.max_words:
                    return hit
                # The first alternative to match was length-limited: try the others (rare).
                for r in self._anchored:
                    if (r.rule.max_words is None or n_words <= r.rule.max_words) and r.regex.match(line):
                        return r
        for r in self._floating:
            if (r.rule.max_words is None or n_words <= r.rule.max_words) and r.regex.search(line):
                return r
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


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    return load_rules()
