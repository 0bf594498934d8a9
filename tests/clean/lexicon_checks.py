"""The two checks every lexicon's tests make: a furniture line is matched with its reason, an
ordinary article sentence by no rule (each message names the rule that did match)."""
import pytest

from pipeline.rules import default_rules


def assert_matched_with(line: str, reason: str) -> None:
    hit = default_rules().match(line)
    assert hit is not None, line
    assert hit.reason == reason, f"{line!r} matched by {hit.source}"


def assert_no_rule_matches(line: str) -> None:
    hit = default_rules().match(line)
    assert hit is None, f"{line!r} matched by {hit.source}"


def lexicon_tests(furniture: list[tuple[str, str]], sentences: list[str]):
    """A lexicon file's two parametrised tests over its tables: assign them to module names
    starting with ``test_`` so pytest collects them."""
    @pytest.mark.parametrize("line, reason", furniture)
    def furniture_lines_match_with_their_reason(line, reason):
        assert_matched_with(line, reason)

    @pytest.mark.parametrize("line", sentences)
    def article_sentences_match_no_rule(line):
        assert_no_rule_matches(line)

    return furniture_lines_match_with_their_reason, article_sentences_match_no_rule
