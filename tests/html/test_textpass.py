"""Step 3 of the HTML path: the cleaner's trusted removals, within a bound."""
from __future__ import annotations

from pipeline.html.extract import HtmlExtraction
from pipeline.html.textpass import clean_paragraphs

BODY = ("The council voted on Tuesday to rebuild the old bridge over the river, and work will start in "
        "the spring after the floods have gone.")
PITCHES = ["Subscribe to our newsletter to get the latest news in your inbox.",
           "Sign up for our daily newsletter and never miss a story.",
           "Join our mailing list for weekly updates from the newsroom."]
# Four different paragraphs (the same one four times would be a repeated block).
ARTICLE = [BODY.replace("Tuesday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday")]


def test_trusted_removal_is_kept_when_small():
    result = clean_paragraphs(HtmlExtraction(text="\n".join(ARTICLE + PITCHES[:1])), language="en")
    assert [line.reason for line in result.lines if not line.keep] == ["newsletter"]


def test_removals_taking_most_of_the_page_are_not_trusted():
    # trafilatura chose this text as the article: the cleaner dropping most of it has misread it.
    result = clean_paragraphs(HtmlExtraction(text="\n".join([BODY] + PITCHES)), language="en")
    assert all(line.keep for line in result.lines)


def test_phrase_evidence_of_any_reason_is_trusted():
    # A "read also" link and a gambling insert that survive trafilatura go, with their reasons.
    body_id = ("Pemerintah kota membangun kembali jembatan tua di atas sungai, dan pekerjaan akan dimulai "
               "pada musim kemarau setelah banjir surut, kata wali kota.")
    lines = [body_id, "Baca juga: Harga Beras Medium Naik di Pasar Induk", body_id.replace("tua", "lama"),
             "Daftar situs slot gacor maxwin hari ini, RTP live tertinggi", body_id.replace("kota", "kabupaten")]
    result = clean_paragraphs(HtmlExtraction(text="\n".join(lines)), language="id")
    assert [(line.text, line.reason) for line in result.lines if not line.keep] == [
        (lines[1], "related"), (lines[3], "spam")]


def test_a_heading_that_ends_scraped_text_only_removes_itself_here():
    # On scraped text "References" ends the article; trafilatura has already cut the page, and a
    # heading of that name inside its text (a section titled so) must not take the rest with it.
    tail = [BODY.replace("bridge", "library"), BODY.replace("bridge", "station")]
    result = clean_paragraphs(HtmlExtraction(text="\n".join(ARTICLE + ["References"] + tail)), language="en")
    assert [(line.text, line.reason) for line in result.lines if not line.keep] == [("References", "source_link")]


def test_an_article_printed_twice_keeps_its_first_copy():
    # Responsive themes ship a desktop and a mobile copy of the body; trafilatura returns both.
    body = ["Harbour Works Begin", BODY, "The ferry will run from the north pier while the south quay is "
            "closed for repairs, which the council expects to take most of the next two years.",
            "Tickets bought for the south quay stay valid on the north pier, and season tickets will be "
            "extended by the weeks that the ferry could not sail because of the works.",
            "The council will publish the new timetable on its website and at both piers next week."]
    result = clean_paragraphs(HtmlExtraction(text="\n".join(body + body)), language="en")
    assert [line.text for line in result.lines if line.keep] == body
    assert {line.reason for line in result.lines if not line.keep} == {"repeated_block"}


def test_a_single_repeated_line_stays():
    quote = "\u201cWe will not close the harbour again,\u201d the mayor said."
    lines = [BODY, quote, BODY.replace("Tuesday", "Monday"), quote, BODY.replace("spring", "summer")]
    result = clean_paragraphs(HtmlExtraction(text="\n".join(lines)), language="en")
    assert all(line.keep for line in result.lines)


def test_a_repeated_chorus_stays():
    chorus = ["Oh the harbour lights are shining", "calling every sailor home", "oh the harbour lights are shining",
              "and the sea is ours alone"]
    verse = ["We left the quay at morning with the tide", "and the gulls came down to see us on our way"]
    lines = verse + chorus + [v.replace("morning", "evening") for v in verse] + chorus
    result = clean_paragraphs(HtmlExtraction(text="\n".join(lines)), language="en")
    assert all(line.keep for line in result.lines)
