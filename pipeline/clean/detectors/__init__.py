"""Detectors: each looks at the page for one kind of evidence and proposes hints per line.

A detector is a function ``(page: Page) -> Iterable[tuple[int, Hint]]``. It may read the lines,
their features, the rules and the site memory, but never another detector's output: adding one
means writing a function and listing it in ``DETECTORS``.
"""
from __future__ import annotations

from .appeal_box import appeal_boxes
from .attributed import attributed_remarks
from .bios import author_bios
from .blocks import headless_tag_runs, neighbour_story_links, teaser_blocks
from .bylines import names_under_byline_labels
from .captions import (captions_over_their_credit, captions_under_a_toggle, credited_captions,
                       dated_captions_under_their_credit, dated_scene_captions, figure_titles_over_their_source,
                       keyword_captions, names_under_the_top_caption, near_duplicate_captions, photographers_credits,
                       prefixed_captions)
from .gallery import embedded_gallery, slide_captions
from .lexicon import lexicon
from .meta_lines import compound_meta_lines
from .press_release import press_release_boilerplate, safe_harbor_notices
from .repeats import repeated_lines
from .shape import headline_like_inserts
from .signup_box import boxes_opening_on_their_name, promotion_boxes, signup_boxes
from .social_posts import embedded_social_posts, facebook_posts
from .site import site_boilerplate
from .stamped_teasers import stamped_teasers
from .stamps import credits_and_site_stamps
from .story_list import story_list
from .topic_chips import topic_chips

# Order matters only for ties: the first hint proposed for a line gives its reason.
DETECTORS = (
    compound_meta_lines,  # before the lexicon: a part of the line may match a rule ("38 Comments")
    lexicon,
    site_boilerplate,
    credits_and_site_stamps,  # before the teaser runs: a credited caption inside one is still a caption
    teaser_blocks,
    headless_tag_runs,
    neighbour_story_links,
    story_list,
    stamped_teasers,
    embedded_gallery,
    slide_captions,
    prefixed_captions,
    credited_captions,
    dated_captions_under_their_credit,
    captions_under_a_toggle,
    captions_over_their_credit,
    photographers_credits,
    names_under_the_top_caption,
    keyword_captions,
    dated_scene_captions,
    figure_titles_over_their_source,
    near_duplicate_captions,
    headline_like_inserts,
    repeated_lines,
    attributed_remarks,
    author_bios,
    names_under_byline_labels,
    press_release_boilerplate,
    safe_harbor_notices,
    signup_boxes,
    boxes_opening_on_their_name,
    promotion_boxes,
    appeal_boxes,
    embedded_social_posts,
    facebook_posts,
    topic_chips,
)
