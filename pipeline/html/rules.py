"""The pre-pass rules, loaded from noise_rules.toml and validated: rules are data, not code."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

RULES_FILE = Path(__file__).with_name("noise_rules.toml")
_WORD = re.compile(r"^[a-z0-9]+$")


class NoiseRule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    reason: str = Field(pattern=r"^[a-z_]+$", description="Reason code kept with every removed block.")
    tags: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    tokens: tuple[str, ...] = Field(default=(), description="Whole words of class/id, lowercase.")
    compounds: tuple[str, ...] = Field(default=(), description="Substrings of the glued class/id words.")
    spare_prose: bool = Field(default=False, description="Keep a match that holds a passage of "
                              "unlinked prose: menus and teaser lists are links, article sections are not.")
    teasers: bool = Field(default=False, description="With spare_prose: the block may be a list of story "
                          "teasers, each a headline link and a lead; it is kept only when its prose also "
                          "outweighs its links (prepass.PROSE_PER_LINK characters a link).")
    why: str = Field(min_length=10)
    example: str = Field(min_length=10, description="Small HTML the rule must match (checked by tests).")

    @field_validator("tags", "roles", "tokens", "compounds")
    @classmethod
    def _lowercase_words(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            if not _WORD.match(value):
                raise ValueError(f"{value!r} must be one lowercase word (a-z, 0-9): class/id words are "
                                 "compared after splitting on '-', '_' and camelCase")
        return values

    @model_validator(mode="after")
    def _matches_something(self) -> "NoiseRule":
        if not (self.tags or self.roles or self.tokens or self.compounds):
            raise ValueError(f"rule {self.reason!r} matches nothing: give tags, roles, tokens or compounds")
        return self


class NoiseRules(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    rules: tuple[NoiseRule, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_reasons(self) -> "NoiseRules":
        reasons = [r.reason for r in self.rules]
        if len(set(reasons)) != len(reasons):
            raise ValueError("each reason code may have one rule only; merge the duplicates")
        return self


def load_rules(path: Path = RULES_FILE) -> NoiseRules:
    with open(path, "rb") as handle:
        return NoiseRules.model_validate(tomllib.load(handle))


@lru_cache(maxsize=1)
def default_rules() -> NoiseRules:
    return load_rules()
