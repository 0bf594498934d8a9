"""Each pre-pass rule drops its own example with its own reason code; guards keep the article."""
from __future__ import annotations

import pytest
from lxml.html import fromstring

from pipeline.html.prepass import strip_noise
from pipeline.html.rules import NoiseRules, default_rules, load_rules

ARTICLE = ("<article><h1>Harbour reopens</h1>" + "<p>The harbour reopened on Monday after repairs that took "
           "three years and cost more than anyone expected at the start of the work.</p>" * 4 + "</article>")


def _page(block: str) -> str:
    return f"<html><body><div class='page'>{block}{ARTICLE}</div></body></html>"


@pytest.mark.parametrize("rule", default_rules().rules, ids=lambda r: r.reason)
def test_each_rule_drops_its_example_with_its_reason(rule):
    root = fromstring(_page(rule.example))
    removed = strip_noise(root)
    assert [reason for _, reason in removed] == [rule.reason]
    assert "Harbour reopens" in root.text_content()  # the article stays


def test_camel_case_and_compound_class_names_match():
    root = fromstring(_page('<div class="postShareBar"><a>Tweet</a></div>'
                            '<div id="relatedpostswrap"><a>Other news</a></div>'))
    assert [r for _, r in strip_noise(root)] == ["share_widget", "related"]


def test_a_word_inside_a_longer_word_does_not_match():
    root = fromstring(_page('<div class="shareable headline-ads-free"><p>Kept text here.</p></div>'))
    # "shareable" is not "share"; "ads" as a word does match: the div goes as advertisement
    assert [r for _, r in strip_noise(root)] == ["advertisement"]


def test_container_around_the_article_is_never_dropped():
    html = ("<html><body><div class='layout-with-sidebar comments-open'>"
            + ARTICLE.replace("<article>", "<div>").replace("</article>", "</div>") + "</div></body></html>")
    root = fromstring(html)
    assert strip_noise(root) == []
    assert "harbour reopened" in root.text_content()


def test_article_section_with_a_navigation_word_is_kept():
    section = ("<div class='content-nav-section'><p>" + "Repairs began in spring and ran late into the winter "
               "because the old stones had to be cut by hand. " * 4 + "</p></div>")
    root = fromstring(_page(section))
    assert strip_noise(root) == []


@pytest.mark.parametrize("block, reason", [
    ('<div class="widget recent-posts"><ul><li><a href="/a">Ferry timetable changes</a></li></ul></div>', "related"),
    ('<div class="entry-author-bio"><p>Sam writes about ports and shipping.</p></div>', "author_box"),
    ('<p class="investment-disclaimer">Past performance is no guarantee of future results.</p>', "disclaimer"),
    ('<span class="glossary-tooltip">Tonnage: the carrying capacity of a ship.</span>', "call_to_action"),
    ('<div class="baca-juga"><a href="/b">Harga beras naik di pasar induk</a></div>', "related"),
    ('<section class="berita-terkait"><ul><li><a href="/c">Banjir surut di Jakarta Utara</a></li></ul></section>',
     "related"),
    ('<div class="iklan-tengah"><p>Promo motor listrik, cicilan ringan mulai hari ini.</p></div>', "advertisement"),
    ('<div id="komentar"><p>Mantap, beritanya sangat membantu warga.</p></div>', "comments"),
    ('<div class="bagikan"><a>Facebook</a><a>WhatsApp</a></div>', "share_widget"),
    ('<div role="button">Load more stories</div>', "navigation"),
    ('<div role="dialog"><p>You are leaving Harbour Weekly for another website.</p></div>', "call_to_action"),
    ('<div class="share-this-story-modal"><p>Copy this link to send the story to a friend.</p></div>', "share_widget"),
    ('<div id="colophon"><p>Harbour Weekly, 1 Quay Street.</p></div>', "footer"),
    ('<section class="citations"><ol><li>Port Authority annual report, 2021.</li></ol></section>', "references"),
])
def test_widely_used_class_words_drop_with_their_reason(block, reason):
    root = fromstring(_page(block))
    assert [r for _, r in strip_noise(root)] == [reason]


def test_a_single_link_is_left_to_trafilatura():
    # a link's class may say "popup" (it opens one), but its words are part of the sentence
    root = fromstring(_page('<p>File early with <a class="external-popup" href="/x">Quick Tax</a> or by mail.</p>'))
    assert strip_noise(root) == []
    assert "with Quick Tax or by mail" in root.text_content()


TEASER = ('<div class="teaser"><h3><a href="/s{n}">Ferry fares rise again this winter</a></h3><p>Operators blame '
          'fuel costs and a shortage of crew for the third rise in two years, and passengers are angry.</p></div>')


def test_story_teasers_with_leads_go_even_though_their_leads_are_prose():
    block = '<div class="more-stories-list">' + "".join(TEASER.format(n=n) for n in range(4)) + "</div>"
    root = fromstring(_page(block))
    assert [r for _, r in strip_noise(root)] == ["related"]


def test_prose_under_a_related_class_with_few_links_stays():
    section = ('<div class="related-background"><p>' + "The old harbour wall was built in 1820 by the same "
               "masons who built the church, and its stones came from the quarry above the town. " * 3
               + '<a href="/history">More history</a></p></div>')
    root = fromstring(_page(section))
    assert strip_noise(root) == []


def test_tail_text_after_a_dropped_block_stays():
    root = fromstring("<html><body><div><p>Before</p><nav>Home News</nav>after the menu</div>"
                      + ARTICLE + "</body></html>")
    strip_noise(root)
    assert "after the menu" in root.text_content() and "Home News" not in root.text_content()


def test_rules_are_validated(tmp_path):
    bad = tmp_path / "rules.toml"
    bad.write_text('[[rules]]\nreason = "related"\ntokens = ["Related Posts"]\nwhy = "teaser lists"\n'
                   'example = "<div class=related>x</div>"\n')
    with pytest.raises(ValueError, match="one lowercase word"):
        load_rules(bad)
    empty = tmp_path / "empty.toml"
    empty.write_text('[[rules]]\nreason = "related"\nwhy = "teaser lists"\nexample = "<div>xxxxxxxxxx</div>"\n')
    with pytest.raises(ValueError, match="matches nothing"):
        load_rules(empty)


def test_reasons_are_unique():
    rules = default_rules()
    assert isinstance(rules, NoiseRules) and len({r.reason for r in rules.rules}) == len(rules.rules)
