"""The two checks every lexicon's tests make: a furniture line is matched with its reason, an
ordinary article sentence by no rule (each message names the rule that did match)."""
from pipeline.rules import default_rules


def assert_matched_with(line: str, reason: str) -> None:
    hit = default_rules().match(line)
    assert hit is not None, line
    assert hit.reason == reason, f"{line!r} matched by {hit.source}"


def assert_no_rule_matches(line: str) -> None:
    hit = default_rules().match(line)
    assert hit is None, f"{line!r} matched by {hit.source}"
