"""Every rule entry removes its own example with its own reason; bad rules files fail loudly."""
import json
from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.rules import RulesError, default_rules, load_rules

RULES = default_rules().rules
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.mark.parametrize("rule", RULES, ids=[r.source for r in RULES])
def test_rule_example_is_removed_with_its_reason(rule):
    hit = default_rules().match(" ".join(rule.rule.example.split()))
    assert hit is not None
    assert hit.reason == rule.reason, f"{rule.source} example matched by {hit.source}"
    # and inside a page: the example between two article paragraphs goes with that reason
    if rule.rule.strength == "weak":
        return  # weak rules drop a line only when it is not prose; shown in test_detectors
    para1 = ("Pemerintah menyatakan bahwa harga beras di pasar tradisional akan tetap stabil hingga akhir tahun "
             "karena stok di gudang Bulog masih mencukupi untuk kebutuhan masyarakat.")
    para2 = ("Menurut kepala dinas, operasi pasar juga akan digelar di sejumlah kecamatan yang mengalami "
             "kenaikan harga paling tinggi dalam dua pekan terakhir.")
    res = clean_text(f"{para1}\n\n{rule.rule.example}\n\n{para2}")
    removed = dict(res.removed)
    assert removed.get(" ".join(rule.rule.example.split())) == rule.reason


def test_examples_do_not_come_from_the_sample_pages():
    samples = SHARED / "raw-samples"
    if not samples.is_dir():
        pytest.skip("no samples")
    text = "\n".join(p.read_text(encoding="utf-8") for p in samples.glob("*.txt"))
    sample_lines = {" ".join(ln.split()).casefold() for ln in text.splitlines() if ln.strip()}
    for r in RULES:
        assert " ".join(r.rule.example.split()).casefold() not in sample_lines, r.source


def _write(tmp_path, body):
    p = tmp_path / "mine.toml"
    p.write_text(body, encoding="utf-8")
    return p


def test_user_rules_file_adds_a_rule(tmp_path):
    p = _write(tmp_path, 'language = "id"\n[[advertisement]]\npattern = \'^promo spesial toko kami$\'\n'
                         'example = "Promo spesial toko kami"\nwhy = "site promo"\n')
    rs = load_rules(extra_paths=[p])
    assert rs.match("PROMO SPESIAL TOKO KAMI").reason == "advertisement"
    assert len(rs) == len(default_rules()) + 1


@pytest.mark.parametrize("body, needle", [
    ('[[spam]]\npattern = "x"\nexample = "x"\nwhy = "y"\n', "language"),
    ('language = "id"\n[[spam]]\npattern = "(unclosed"\nexample = "x"\nwhy = "y"\n', "does not compile"),
    ('language = "id"\n[[spam]]\npattern = "^judi$"\nexample = "bola"\nwhy = "y"\n', "does not match its own example"),
    ('language = "id"\n[[spam]]\npattern = "^judi$"\nexample = "judi"\n', "why"),
    ('language = "id"\n[[Bad-Reason]]\npattern = "^judi$"\nexample = "judi"\nwhy = "y"\n', "not a reason code"),
    ('language = "id"\n[[spam]]\npattern = "^judi$"\nexample = "judi"\nwhy = "y"\ncolour = 1\n', "colour"),
    ('language = "id"\nspam = 3\n', "array of tables"),
    ('language = \n', "not valid TOML"),
    ("language = \"id\"\n[[spam]]\npattern = '^(a|b)\\1$'\nexample = \"aa\"\nwhy = \"y\"\n", "back-references"),
])
def test_bad_rules_file_fails_loudly_naming_file_and_entry(tmp_path, body, needle):
    p = _write(tmp_path, body)
    with pytest.raises(RulesError) as ei:
        load_rules(extra_paths=[p])
    assert "mine.toml" in str(ei.value) and needle in str(ei.value)


# --- the matcher's shortcuts (groups by length and first char, needles) never change a result ---

import re as _re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.rules import first_chars, needles, prefixes


def _reference_match(rs, line):
    """The plain definition: the first anchored rule that matches, else the first floating one."""
    n = len(line.split())
    if len(line) > 600:
        return None
    ok = [r for r in rs.rules if r.rule.max_words is None or n <= r.rule.max_words]
    for r in ok:
        if r.rule.pattern.startswith("^") and r.regex.match(line):
            return r
    for r in ok:
        if not r.rule.pattern.startswith("^") and r.regex.search(line):
            return r
    return None


def test_needles_and_first_chars_hold_for_every_example():
    for r in RULES:
        ex = " ".join(r.rule.example.split()).lower()
        words = needles(r.rule.pattern)
        if words is not None:
            assert any(w in ex for w in words), r.source
        starts = first_chars(r.rule.pattern)
        if starts is not None and r.rule.pattern.startswith("^"):
            assert ex[0] in starts, r.source


def test_needles_read_from_patterns():
    assert needles(r"(?:sign up for|join) our .{0,60}newsletter") == ("newsletter",)
    assert needles(r"^\d+$") is None
    assert first_chars(r"^(?:privacy policy|terms)$") == frozenset("pt")
    assert first_chars(r"^\S+ avatar$") is None
    assert prefixes(r"^(?:ad|ads|terms)$") == ("ad", "te")
    assert prefixes(r"^\(?(?:foto|photo)\s*:") == ("(f", "(p", "fo", "ph")
    assert prefixes(r"^x{0,3}$") == ("", "x", "xx")  # "" : the empty match, so any line
    assert prefixes(r"^\S+ avatar$") is None
    # of needles equally short, not a space: every line holds one
    assert needles(r"^[A-Z]\w+(?: [A-Z]\w+){1,3}\s*:\s*\w+$", min_len=1) == (":",)


def test_no_rule_waits_behind_a_space():
    # a rule woken by a space is tried on every line, and every line loses the fast path
    rules = default_rules()
    assert not [r.source for r in rules.rules
                if any(w.isspace() for w in (rules._needles.get(id(r)) or rules._gated.get(id(r)) or ()))]


@pytest.mark.parametrize("line, reason", [
    ("\u212aamis, 12 Mei 2022", "site_date"),  # Kelvin sign: 'k' ignoring case, not ASCII
    ("\u0130klan", "advertisement"),  # dotted capital I: lowercases to two characters
    ("\u017fhare", "share_widget"),  # long s: 's' ignoring case
])
def test_lines_opening_with_case_variants_of_ascii_letters_still_match(line, reason):
    # The matcher picks anchored rules by a line's first two characters only when they are
    # ASCII; these lines go through the whole alternation, as the plain definition does.
    hit = default_rules().match(line)
    assert hit is _reference_match(default_rules(), line)
    assert hit.reason == reason


_pieces = sorted({w for r in RULES for w in _re.split(r"(\s+)", r.rule.example)} | {"", " ", "|", "»", "Ab", "12", "©"})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_pieces), max_size=12).map(lambda xs: " ".join("".join(xs).split())))
def test_fast_matcher_agrees_with_the_plain_definition(line):
    rs = default_rules()
    assert rs.match(line) is _reference_match(rs, line)


def test_a_page_matched_at_once_agrees_with_each_line_alone():
    # match_lines finds the needles of all lines in one scan of the page; a needle at a line's
    # edge must not be credited to its neighbour, and text the scan cannot encode (a lone
    # surrogate) or a line too long for the lexicon must not change any line's verdict.
    from types import SimpleNamespace

    rs = default_rules()
    texts = ["Berlangganan newsletter kami", "cookie", "s policy", "Foto: Reuters", "x" * 700 + " cookies",
             "Semua hak cipta dilindungi", "Kamis, 12 Mei 2022", "photo", "via", "Baca juga: Harga beras",
             "The minister said the plan would go ahead next year."]

    def page(lines):
        return [SimpleNamespace(text=t, n_words=len(t.split()), lower=t.lower()) for t in lines]

    for lines in (texts, texts[::-1], [t + " \ud800" for t in texts]):
        got = rs.match_lines(page(lines))
        assert [h and h.source for h in got] == [(h := rs.match(t)) and h.source for t in lines]
        assert [h and h.source for h in got] == [(h := _reference_match(rs, t)) and h.source for t in lines]
    assert rs.match_lines(page(["Foto: Reuters", "lorem"]))[0].reason == "caption"


def test_a_ruleset_sent_to_another_process_still_matches():
    # Dask pickles what a task needs; a RuleSet's tables are keyed by its rules' identities.
    import pickle

    rules = default_rules()
    line = "Read also: City council approves new bus lanes"
    expected = rules.match(line)
    assert expected is not None and expected.reason == "related"
    copy = pickle.loads(pickle.dumps(rules))
    assert copy.match(line).source == expected.source
    assert copy.match("Ein ganz gewöhnlicher Satz über das Wetter am Montag.") is None


@pytest.mark.parametrize("line, reason", [
    ("Editor's Picks", "related"),
    ("Paid Partner Content", "advertisement"),
    ("Support independent journalism", "call_to_action"),
    ("Show comments", "comments"),
    ("View all 14 comments", "comments"),
    ("Subscribe to continue reading", "call_to_action"),
    ("Video: The moment the bridge gave way", "related"),
    ("Report an error", "call_to_action"),
    ("Published 3 hours ago", "date"),
    ("Pilihan Untukmu", "related"),
    ("Like Loading...", "navigation"),
    ("Pos Terkait", "related"),
    ("Konflik di perbatasan kedua negara, jelasnya", "related"),
    ("***", "navigation"),
    ("3,400 views", "share_widget"),
    ("Terpopuler Minggu Ini", "related"),
    ("Ikuti juga akun Instagram kami", "call_to_action"),
    ("Selengkapnya di sini", "navigation"),
    ("Story continues", "advertisement"),
    ("Join our commenting forum", "comments"),
    ("Read the full story here", "related"),
    ("Contact the author at jane.doe@example.org", "call_to_action"),
    ("Follow Jane Doe on X @janedoe", "call_to_action"),
    ("Originally published March 3, 2025", "date"),  # the first stamp over an update; "in The Ledger" is where it ran
    ("Originally published in The Morning Ledger", "source_link"),
    ("Rep: Eva Rianti", "byline"),
    ("Red: Lida Puspaningtyas", "byline"),
    ("Keyboard shortcuts for audio player", "navigation"),
    ("Subscribe to our YouTube channel", "newsletter"),
    ("Download the Daily Planet app", "call_to_action"),
    ("Pariwara", "advertisement"),
    ("Laporkan iklan", "advertisement"),
    ("(Istimewa)", "caption"),
    ("Was this article helpful? 👍 👎", "rating_widget"),
    ("Rating: 4.7 out of 5", "rating_widget"),
    ("Halaman:", "navigation"),
    ("Show All", "navigation"),
    ("mailto", "share_widget"),
    ("March 3, 2025 by Dana Reyes 14 Comments", "byline"),
    ("Business reporter, The Daily Planet", "byline"),
    ("Economics editor at the Morning Ledger", "byline"),
    ("Return to the homepage", "navigation"),
    ("Berita Terkait :#Banjir", "related"),
    ("Leave a Reply Cancel reply", "comments"),
    ("Notify of", "comments"),
    ("Posted on March 3, 2025 by Dana Reyes (Field Notes) - 12 Comments on Why the bridge closed", "byline"),
    ("Discussion about this post", "comments"),
    ("Expand full comment", "comments"),
    ("Liked by Sam Whitfield", "comments"),
    ("Lapor", "comments"),
    ("Terima kasih sudah membaca", "call_to_action"),
    ("Request a free consultation for your kitchen remodel", "call_to_action"),
    ("Get started for free", "call_to_action"),
    ("No credit card required.", "call_to_action"),
    ("Apply now", "call_to_action"),
    ("Join our mailing list and stay informed about new releases.", "newsletter"),
    ("Thanks for subscribing!", "newsletter"),
    ("Practical money tips, sent right to your inbox every Friday.", "newsletter"),
    ("Browse Related Guides", "related"),
    ("Read more articles from the Harbour Gazette", "related"),
    ("Read post titled: Why the ferry timetable changed", "related"),
    ("Tried this recipe? Leave a comment and a star rating below!", "rating_widget"),
    ("Remember me", "navigation"),
    ("Don't have an account? Sign up", "navigation"),
    ("Please enable JavaScript to view the comments powered by Disqus.", "navigation"),
    ("This page was fact-checked by the editorial team.", "disclaimer"),
    ("This content is paid for by Northwind Solar", "advertisement"),
    ("Last updated: Sept 2025", "date"),
    ("Simak breaking news dan berita pilihan kami langsung di ponselmu.", "newsletter"),
    ("Buka Galeri", "navigation"),
    ("Browse by Category", "navigation"),
    ("Baca artikel Kabar Kota, “Jalan Tol Baru Dibuka” selengkapnya", "source_link"),
    ("Tekan Enter untuk mencari", "navigation"),
    ("Konten Media Partner", "advertisement"),
    ("Simak artikel terkait lainnya di sini", "related"),
    ("Foto dok. pribadi", "caption"),
    ("Previous Post: Ten ways to keep a sourdough starter alive", "related"),
    ("Unduh aplikasi Kabarkita sekarang", "call_to_action"),
    ("A- A+", "navigation"),
    ("ALSO READ", "related"),
    ("Collapse all", "navigation"),
    ("Δ", "navigation"),
    ("Message (required)", "navigation"),
    ("Thanks! We'll be in touch soon.", "navigation"),
    ("Schedule a free consultation today", "call_to_action"),
    ("Buy it on Amazon »", "call_to_action"),
    ("Leave a ReplyCancel reply", "comments"),
    ("Tap to enlarge", "navigation"),
    ("Increase font size", "navigation"),
    ("Change text size", "navigation"),
    ("Gift this article to a friend", "share_widget"),
    ("Redaktur:", "byline"),
    ("Published: 09:10 BST, 3 June 2025 | Updated: 11:45 BST, 3 June 2025", "date"),
    ("Petugas memeriksa tanggul yang jebol. (File photo: Kabarkita)", "caption"),
    ("(Diperbarui: 3 Jun 2025 11:45)", "date"),
    ("Shutterstock", "caption"),
    ("ByTom Reyes", "byline"),
    ("Staff writer", "byline"),
    ("Bookmark", "navigation"),
    ("Artikel berikut dipersembahkan oleh mitra kami.", "advertisement"),
    ("Dilihat: 2.310 kali", "byline"),
    ("Surabaya, 3 Juni 2025", "date"),
    ("Make Kabarkita your preferred source on Google", "call_to_action"),
    ("Order Now", "call_to_action"),
    ("Skip to search", "navigation"),
    ("Share full story", "share_widget"),
    ("Flood water covers the road.Credits... Kabarkita", "caption"),
    ("Published 9:05 a.m. EDT", "date"),
    ("You can now listen to Harbour Post articles.", "navigation"),
    ("Warga memadati alun-alun. Sumber gambar: Kabarkita", "caption"),
    ("Matikan ad blocker Anda agar kami bisa terus menyajikan berita gratis.", "advertisement"),
    ("See more from Harbour News:", "related"),
    ("Read more from Harbour News", "related"),
    ("Skip to primary navigation", "navigation"),
    ("Read: Council approves the new ferry timetable", "related"),
    ("Go deeper", "related"),
    ("Get more stories like this with the free Harbour Money newsletter.", "newsletter"),
    ("How does this make you feel?", "rating_widget"),
    ("Newsweek AI is in beta. Translations may contain inaccuracies; please refer to the original.", "disclaimer"),
    ("Universitas Harapan menyediakan pendanaan sebagai anggota Warta Akademik.", "disclaimer"),
    ("Free for one month", "call_to_action"),
    ("Subscribe to Harbour Plus", "call_to_action"),
    ("Pexels/Tima Rahman", "caption"),
    ("COMMENT (2)", "comments"),
    ("X (Twitter)", "share_widget"),
    ("Laporan: RINA MARLINA", "byline"),
    ("Jan 22, 2025 4:18 PM PHT", "date"),
    ("Dana Reyes, Harbour Staff", "byline"),
    ("Scroll untuk membaca", "advertisement"),
    ("Your privacy matters", "cookie_notice"),
    ("Invalid email", "newsletter"),
    ("By clicking “Sign up”, you agree to receive emails from Harbour News and accept our Terms of Service.", "newsletter"),
    ("end of list", "related"),
    ("Estimated 4 minutes", "byline"),
    ("Your daily briefing on the markets, delivered before the opening bell.", "newsletter"),
    ("For corrections or inquiries, please contact us.", "footer"),
    ("Pendaftaran dibuka hingga akhir bulan. Selengkapnya, klik link berikut.", "advertisement"),
    ("Print Recipe", "share_widget"),
    ("5 from 1,204 ratings", "rating_widget"),
    ("More to read…", "related"),
    ("Comment on this story", "share_widget"),
    ("X (formerly Twitter)", "share_widget"),
    ("Gift", "share_widget"),
    ("Get the latest news alerts on your phone with our app", "call_to_action"),
    ("Your browser does not support the video tag.", "navigation"),
    ("This summary was generated by AI and checked by our editors.", "disclaimer"),
    ("Subscribe today — Harbour's newsletters, free in your inbox", "newsletter"),
    ("Join more than 250,000 readers who get our morning briefing.", "newsletter"),
    ("By submitting your email, you agree to our Terms of Use and Privacy Notice.", "newsletter"),
    ("A free daily newsletter that tells you what matters before your first coffee.", "newsletter"),
    ("Can't afford to donate? Create a free account and read on.", "call_to_action"),
    ("If you purchase a product through our links, we may earn a commission.", "disclaimer"),
    ("We acknowledge the Traditional Custodians of the lands on which we work and live.", "footer"),
    ("Download the full report: Water security in the Murray basin", "source_link"),
    ("Terima kabar pilihan kami setiap pagi di inbox Anda.", "newsletter"),
    ("Donasi sekarang!", "call_to_action"),
    ("Konten berbayar ini disajikan oleh pengiklan.", "advertisement"),
    ("Siaran pers ini disiarkan oleh Biro Humas Kementerian.", "footer"),
    ("Sign up for The Harbour Weekly!", "newsletter"),
    ("e.g. yourname@email.com", "newsletter"),
    ("Dikutip dari: Warta Kini", "source_link"),
    ("Dilansir dari: Harian Pagi", "source_link"),
    ("Sign up to The Long Read", "newsletter"),
    ("Enter email address", "newsletter"),
    ("Free weekly newsletter", "newsletter"),
    ("Sign up for Harbour’s Money Matters newsletter for tips on saving.", "newsletter"),
    ("Ad Feedback", "advertisement"),
    ("Harbour Post values your feedback", "advertisement"),
    ("1:05:12 - Source: Harbour TV", "caption"),
    ("Enlarge this image", "caption"),
    ("Link copied!", "share_widget"),
    ("Related coverage:", "related"),
    ("Don't miss…", "related"),
    ("… we have a small favour to ask. You've read 12 articles this year.", "call_to_action"),
    ("Join our Harbour Daily WhatsApp channel for breaking news.", "call_to_action"),
    ("Dibaca Cepat 2 menit", "rating_widget"),
    ("Updated 11:02 AM MDT, Tue March 4, 2025", "date"),
    ("Published 7:15 PM AKST, January 9, 2025", "date"),
    ("Updated 6:48 PM MST", "date"),
    ("ePaper | Tuesday, June 3, 2025", "site_date"),
    ("Skip to sections navigation", "navigation"),
    ("Volunteers plant dune grass at the north end of the beach.Photo: Harbour Council", "caption"),
    ("Extra large text size", "share_widget"),
    ("Sign in or subscribe to save this article", "call_to_action"),
    ("Also Read: Harbour ferry fares to rise in June", "related"),
    ("Editor's Choice", "related"),
    ("We have migrated to a new commenting platform. Please log in again.", "comments"),
    ("We'll send you latest news updates through the day.", "call_to_action"),
    ("Get inspired by a weekly roundup. Sign up for Harbour's Living Well newsletter for tips.", "newsletter"),
    ("Commuters wait for the delayed train at Central station (Representational image)", "caption"),
    ("READ MORE:", "related"),
    ("Academic rigor, journalistic flair", "navigation"),
    ("Ingin menulis?", "call_to_action"),
    ("Find out what's happening in Harbourtownwith free, real-time updates from Harbour Local.", "call_to_action"),
    ("Read Dana Reyes’s full author bio here", "author_box"),
    ("Date: 08 Jan 2025 10:24", "date"),
    ("Tanggal: 12 Maret 2025", "date"),
    ("Tags / Keywords:", "tags"),
    ("Was this article helpful?", "rating_widget"),
    ("You've read 3 articles in the last month", "call_to_action"),
    ("Join us at the Harbour Future of Work Summit June 3-4, 2025, in Denver.", "call_to_action"),
    ("Harbourstar.com is now on Telegram, join here", "call_to_action"),
    ("WATCH | Ferry service resumes after the storm", "related"),
    ("Subscribe to The Tide, a weekly newsletter about the coast.", "newsletter"),
    ("Show Comments ()", "comments"),
    ("Photographer: Dana Reyes/Harbour Post", "caption"),
    ("Reported by Kiran Mehta, Edited by Ravi Bose", "byline"),
    ("Hana Whitlow, Bay of Plenty reporter", "byline"),
    ("Maren Vogt and agencies", "byline"),
    ("Jonas Keller with Reuters, dpa", "byline"),
    ("19 February 2025 02/19/2025", "date"),
    ("Related Story", "related"),
    ("ADVERTISING", "advertisement"),
    ("by Leah Holt, Harbour Post, and Tomás Reyes, The County Ledger", "byline"),
    ("Laporan oleh Anindya Putri Maharani", "byline"),
    ("Written by Maren Holt, RD | Fact checked by Dana Reyes", "byline"),
    ("Dana Reyes: 206-464-2210 or dreyes@harbourtimes.com. Dana Reyes covers transportation for The Harbour Times.",
     "author_box"),
    ("Read the full bio", "author_box"),
    ("Harbour Post Editorial Guidelines", "disclaimer"),
    ("Photos by Dana Reyes", "caption"),
    ("Reporting from The Associated Press was used in this story.", "credit"),
    ("Republish the story", "share_widget"),
    ("Got a tip?", "call_to_action"),
    ("Get the latest science news delivered straight to your inbox.", "newsletter"),
    ("Editor: Sarah Hoffmann", "byline"),
    ("Guidelines for commenting", "comments"),
    ("Ukuran Teks", "navigation"),
    ("Jakarta • 18 Juni 2024", "date"),
    ("Rina Marlina (Kompas.id)", "byline"),
    ("Get more local news by signing up for our daily Morning Harbour email newsletter.", "newsletter"),
    ("Advertisement · Scroll to continue", "advertisement"),
    ("Tags", "tags"),
    ("Reprints & Permissions", "footer"),
    ("Support independent journalism. Subscribe for as little as $1 a week.", "call_to_action"),
    ("Maren Holt reported from Nashville.", "credit"),
    ("Siaran Pers", "navigation"),
    ("Konten ini khusus untuk member.", "call_to_action"),
    ("Lihat Selengkapnya di Harbourdata", "navigation"),
    ("John Smith said:", "comments"),
    ("• 4 min read", "byline"),
    ("Introducing: Harbour Pay for teams. See how →", "call_to_action"),
    ("Promosi", "advertisement"),
    ("Rina Marlina, Redaktur: Budi Santoso", "byline"),
    ("You've read 2 of your 3 free articles this month.", "call_to_action"),
    ("Duration: 1:45:02", "navigation"),
    ("Media caption, The storm hits the coast at dawn", "caption"),
    ("Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside "
     "parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the "
     "Google Privacy Policy and Terms of Service apply.", "newsletter"),
    ("5-min read", "byline"),
    ("[2/5] Protesters march through the city centre, March 11, 2024.", "caption"),
    ("Follow Harbour News on Instagram", "call_to_action"),
    ("Sign in to your Harbour Times account", "call_to_action"),
    ("Log in to your Tide-Watch account", "call_to_action"),
    ("Share and save", "navigation"),
    ("+ FOLLOW", "share_widget"),
    ("Read more on Politics", "related"),
    ("We pay for your stories!", "call_to_action"),
    ("Email us at tips@harbour.co.uk", "call_to_action"),
    ("Link resmi, bonus new member 100% di awal, deposit pulsa tanpa potongan, WD berapapun pasti dibayar.", "spam"),
    ("Support for Harbour Radio comes from:", "advertisement"),
    ("(Harbour Central West: Dana Reyes)", "caption"),
    ("Open sharing options", "share_widget"),
    ("Bluesky", "share_widget"),
    ("Support Free & Independent Journalism", "call_to_action"),
    ("Follow Us :", "call_to_action"),
    ("09/Mar/2025", "date"),
    ("– email: dana@harbourpost.co.na", "call_to_action"),
    ("Readers can now earn in US Dollars by investing in premium domains. Click here to find out more.", "call_to_action"),
    ("The Harbour Post uses AI tools to assist with improved quality and efficiency, while maintaining editorial oversight.",
     "disclaimer"),
    ("Farmers collect seed at the depot in Mutoko last year. — Picture: Dana Reyes", "caption"),
    ("A clinic on the edge of the city. — PPI/File", "caption"),
    ("This story is exclusive to subscribers", "call_to_action"),
    ("Take Us With You", "call_to_action"),
    ("Real-time updates and all local stories you want right in the palm of your hand.", "call_to_action"),
    ("Don’t miss the big stories. Like us on Facebook.", "call_to_action"),
    ("Before you go...", "call_to_action"),
    ("Stay up to date with all the latest news", "newsletter"),
    ("I would like to be emailed about offers, events and updates from Harbour Post. Read our privacy notice.", "newsletter"),
    ("Get all the latest Harbour News updates.", "newsletter"),
    ("Get breaking Harbour news", "newsletter"),
    ("For news around the world, sign up for breaking news alerts delivered directly to you when they happen.", "newsletter"),
    ("View Recipe", "navigation"),
    ("Added By", "navigation"),
    ("Access to Harbour Premium articles requires a Premium subscription. Subscribe now to listen.", "call_to_action"),
    ("Listening to articles is free for open-access content—explore other articles or learn more.", "call_to_action"),
    ("Click to play video: 'Harbour adds 300 firefighters as drought persists'", "credit"),
    ("Article footnotes", "source_link"),
    ("Zum Inhalt springen", "navigation"),
    ("Aller au contenu principal", "navigation"),
    ("Ir para o conteúdo", "navigation"),
    ("Salta al contenuto principale", "navigation"),
    ("Naar de hoofdinhoud", "navigation"),
    ("Explore all our newsletters", "newsletter"),
    ("By registering, you agree to our T&C and Privacy Policy", "newsletter"),
    ("ByDana Reyes and Tom Price", "byline"),
    ("STOCK PHOTO: A ferry sign is seen in this undated stock photo.", "caption"),
    ("Sen. Dana Reyes (D-Harbour) speaks to reporters on Tuesday, April 15, 2025. (Tom Price)", "caption"),
    ("A map shows the change in average rents by county. Harbour Post/Datawrapper", "caption"),
    ("The car was destroyed in the blazeCredit: Harbour News", "caption"),
    ("Data: Harbour Ledger; Chart: Harbour Visuals", "caption"),
    ("Impact Link", "navigation"),
    ("Access your favourite topics in a personalised feed while you're on the go.", "call_to_action"),
    ("Start your day informed with the Harbour Post's morning newsletter", "newsletter"),
    ("Share or comment on this article:", "comments"),
    ("Email us at tips@harbourpost.co.uk or call 0207 000 0000. We pay for videos.", "call_to_action"),
    ("More Trending", "related"),
    ("A school street in the old town (file photo).", "caption"),
    ("Check out Harbour Tech on YouTube for more gadget news:", "call_to_action"),
    ("Secure your spot now - space is limited", "call_to_action"),
    ("Posts from this author will be added to your daily email digest and your homepage feed.", "call_to_action"),
    ("Exhibit at Harbour Sessions: AI", "advertisement"),
    ("Daily insights on business use cases with Harbour Daily", "newsletter"),
    ("Dana Reyes, Editor of the Post, selects her favourite stories in this weekly newsletter.", "newsletter"),
    ("Check out: The Money Column: My brother stopped paying his share of the mortgage.", "related"),
    ("Write to Dana Reyes at dana.reyes@harbourpost.com", "credit"),
    ("Recommended Videos", "related"),
    ("Authored by", "byline"),
    ("Cocoa pods drying near the harbour. Photographer: Dana Reyes/Harbour News", "caption"),
    ("Surgeons say a shortage of nurses is limiting operations. Stock image", "caption"),
    ("Advertisement - Story continues below", "advertisement"),
    ("More Features", "related"),
    ("This content is imported from Instagram. You may be able to find the same content in another format.", "navigation"),
    ("Press contacts", "footer"),
    ("2025-07-08T14:22:31Z", "date"),
    ("Picture for illustration purposes only.", "caption"),
    ("Trucks queue at the border crossing between the two towns. PHOTO | FILE | HNG", "caption"),
    ("A farmer inspecting damaged plants at a farm near Harbourton [PHOTO CREDIT: Harbour Times]", "caption"),
    ("TEXT AD: Call Dana - +2348000000000", "advertisement"),
    ("Get breaking news on WhatsApp", "call_to_action"),
    ("Disclaimer: Harbour24 encourages freedom of speech. The views of columnists published here are their own.",
     "disclaimer"),
    ("Bagikan ke:", "share_widget"),
    ("This report by The Harbour Press was first published April 9, 2025.", "credit"),
    ("Tom Price of the Harbour Ledger contributed research.", "credit"),
    ("Have You Lived Near a Landfill Fire? Help Us Report on It.", "call_to_action"),
    ("Harbour Lines is part of States Desk, a nonprofit news network supported by grants.", "footer"),
    ("Our stories may be republished online or in print under a Creative Commons license.", "footer"),
    ("Harbour Weekly is published by The Harbour Group, a Lantern Holdings Company.", "footer"),
    ("Get the best of news and politics", "newsletter"),
    ("Ilustrasi warga membeli perlengkapan sekolah. (Sumber: Dokumentasi pribadi)", "caption"),
    ("Laman web ini menggunakan kuki untuk memastikan anda mendapat pengalaman terbaik.", "disclaimer"),
    ("Officers show the seized phones in the city on Wednesday. (Photo supplied)", "caption"),
    ("Harbour Lab is a Harbour Times project that digs into the region's housing issues. It is funded with the help "
     "of community sponsors; our editors keep editorial control.", "credit"),
    ("By Dana Reyes Harbour Review-Journal", "byline"),
    ("By Dana Reyes and Tom Okafor - 8 April 2025", "byline"),
    ("By Dana Reyes — Apr. 8, 2025 | Updated 6:15 p.m.", "byline"),
    ("Get the latest news delivered daily!", "newsletter"),
    ("We'll send you the latest breaking news, sports, weather and more.", "newsletter"),
    ("Never miss a story.", "newsletter"),
    ("Check out more newsletters", "newsletter"),
    ("Please provide a valid email address.", "newsletter"),
    ("By providing your information, you agree to our Terms of Use and our Privacy Policy.", "newsletter"),
    ("Popular on Harbour Weekly", "related"),
    ("Most read in Local", "related"),
    ("A version of this article appeared in the May 2, 2025 edition of Harbour Weekly.", "credit"),
    ("Contributing: Dana Reyes, Harbour Courier; The Associated Press", "credit"),
    ("Dana Reyes: dreyes@harbourcourier.com; 412-555-0199.", "author_box"),
    ("A post shared by Harbour Weekly (@harbourweekly)", "caption"),
    ("FULL STORY", "navigation"),
    ("For media enquiries and interview requests, contact Dr Dana Reyes: dreyes@harbour.ac.uk", "footer"),
    ("Media inquiries:", "footer"),
    ("Help us save lives", "call_to_action"),
    ("Your donation supports families affected by the floods.", "call_to_action"),
    ("Image caption:", "caption"),
    ("Next slide", "navigation"),
    ("Regions & Countries", "tags"),
    ("More Local Sport", "related"),
    ("Have your say:", "call_to_action"),
    ("Bookmark harbourtimes.com.au", "call_to_action"),
    ("Make sure you're signed up for our breaking news newsletter", "newsletter"),
    ("Research cited:", "source_link"),
    ("Watch more on Harbour 7+", "call_to_action"),
    ("Download the free Harbour 7+ app for Roku, Apple TV and other smart TV platforms to watch our newscasts.",
     "call_to_action"),
    ("Get it on Google Play", "call_to_action"),
    ("Independent journalism costs money. Support Harbour Weekly for the price of a coffee.", "call_to_action"),
    ("(HARBOUR 24 with AFP and AP)", "credit"),
    ("Receive the latest local news every morning", "newsletter"),
    ("Comments not loading? Try turning javascript on.", "comments"),
    ("Note from the editor:", "call_to_action"),
    ("Must Read:", "related"),
    ("By Dana Reyes (Harbour Radio), Sam Lee (KHRB) and Tom Okafor (Lincoln County Leader)", "byline"),
    ("(By Dana Reyes, Sam Lee and Tom Okafor)", "byline"),
    ("In this story:", "tags"),
    ("We want to hear from you! Share your opinions in the thread below.", "comments"),
    ("This thread is waiting for your voice", "comments"),
    ("Get Our Best Stories!", "newsletter"),
    ("The best stories and advice, sent to your inbox. Sign up.", "newsletter"),
    ("Unlock unlimited access to premium features and exclusive interviews.", "call_to_action"),
    ("Subscribe and Save", "call_to_action"),
    ("The views expressed here do not necessarily reflect the views of the league or its clubs.", "disclaimer"),
    ("Harbour Invest's Disclosure: Past performance is no guarantee of future results.", "disclaimer"),
    ("The author or authors do not own shares in any securities mentioned in this article.", "disclaimer"),
    ("This story was compiled by Dana Reyes.", "credit"),
    ("Read the latest from Dana Reyes", "author_box"),
    ("Email the author", "author_box"),
    ("Share Or Save This Article", "share_widget"),
    ("You're reading a free article with opinions that may differ from our premium services. Learn More",
     "disclaimer"),
    ("Accessible links", "navigation"),
    ("Lead Image: Harbour County Search and Rescue", "caption"),
    ("Read more of our coverage of the harbour dredging plan", "related"),
    ("Sign up for breaking news, reviews, opinion, top tech deals, and more.", "newsletter"),
    ("Sign up!", "call_to_action"),
    ("Read More Stories About:", "related"), ("Follow more of our coverage about the harbour", "related"),
    ("Summary was generated using AI and checked by our editors.", "disclaimer"),
    ("Map courtesy of the Harbour Survey", "caption"),
    ("Read more in Harbour Herald: Council approves new budget", "related"),
    ("Support the Ledger’s investigative journalism", "call_to_action"), ("Become a Harbour Insider", "call_to_action"),
    ("Would you consider supporting us with a small gift each month?", "call_to_action"),
    ("Readers fund our newsroom. Will you help us keep our reporting free for everyone?", "call_to_action"),
    ("Give", "call_to_action"), ("The video will start in 5", "navigation"), ("More to Read", "related"),
    ("Subscribers are Reading", "related"), ("Subscribe for unlimited access", "call_to_action"),
    ("Protect local news: keep the Courier free for everyone by supporting us today", "call_to_action"),
    ("Do you have information about the harbour contract? Contact Dana Reyes at dreyes@harbour.org.", "call_to_action"),
    ("Were you affected by the ferry cuts? We want to hear from you.", "call_to_action"),
    ("The Harbour Ledger is now on WhatsApp. Follow our channel for the day's news.", "call_to_action"),
    ("By Dana Reyes, HarbourNews.com", "byline"), ("As told to Dana Reyes", "byline"), ("by Dana Reyes @dreyes", "byline"),
    ("Reading time: 6 minutes", "byline"), ("Navigation menu", "navigation"), ("Read this story w/o Javascript", "navigation"),
    ("Subscribe: Less than $2/month", "navigation"), ("Watch on YouTube", "caption"), ("Post by @harbourpolice", "caption"),
    ("Recommended Video", "navigation"), ("What do you think? Let us know in the comments below.", "comments"), ("© Harbour-Grafik / Quelle: Statistikamt", "caption"),
    ("© Harbour Police/Jane Doe", "caption"), ("© 2025 Harbour Media/Harbour News Group", "footer"),
    ("Learn about the Harbour Ledger's policies, including how we correct mistakes.", "disclaimer"), ("- Dewi Anggraini / Harian Pelabuhan -", "caption"),
    ("— Dana Reyes MSP (@danareyes) 4 March 2025", "caption"), ("— Harbour Police (@harbourpolice)", "caption"),
    ("We are on our way to the harbour now! https://t.co/XyZ12ab3Cd", "caption"),
    ("Edited by Nadia Okafor", "byline"), ("Fact checked by Sasha Lind", "byline"),
    ("Copy a link to the article entered in the search field", "share_widget"),
    ("Topics: ferries, harbour dues, coastal erosion, tourism", "tags"),
    ("Subscribe to Harbour Wire’s daily newsletter", "newsletter"), ("(Compiled by Dana Reyes)", "credit"),
    ("Sustaining this needs support from readers like you.", "call_to_action"),
    ("The Harbour Post is your trusted source for news from the coast.", "footer"),
    ("Don't miss out on the headlines from North Bay.", "newsletter"),
    ("Share this Article : Harbour ferries to run every ten minutes", "share_widget"),
    ("Give directly to the Harbour Ledger's community forum series", "call_to_action"),
    ("More on this story", "related"), ("See the photos: Harbour storm damage in pictures", "related"),
    ("* I understand and agree that registration on or use of this site constitutes agreement to its user agreement "
     "and privacy policy.", "footer"),
    ("Read the rest of our series on the cost of renting in Harbour City.", "related"),
    ("Reviews (118)", "comments"), ("1,204 reviews", "rating_widget"), ("Add your review", "comments"),
    ("Sort by: Newest first", "comments"), ("Highest rated", "comments"),
    ("(Keep screen awake)", "share_widget"), ("Cook Mode Prevent your screen from going dark", "share_widget"),
    ("How would you rate Grandma's Apple Crumble?", "rating_widget"),
    ("[email protected]", "credit"),
    ("Disclaimer: Analisis ini bukan ajakan membeli saham; redaksi tidak bertanggung jawab atas kerugian pembaca.",
     "disclaimer"),
    ("Get Telegram alerts from Harbour Daily", "call_to_action"), ("Subscribe here", "newsletter"),
    ("By clicking subscribe, I agree to receive Harbour Daily's newsletters and offers.", "newsletter"),
    ('By clicking "Accept", you agree to the storing of cookies on your device to analyse site usage.', "cookie_notice"),
    ("Notifications can be managed in browser preferences.", "call_to_action"), ("Not now", "call_to_action"),
    ("Would you like to receive breaking news notifications?", "call_to_action"),
    ("Become an author", "navigation"), ("Register as a contributor", "navigation"), ("(Reuters) —", "credit"),
    ("Remind me in March", "call_to_action"), ("$10/month", "call_to_action"),
    ("Unlike many papers, we have no shareholders and no billionaire owner, so our journalism answers to readers.",
     "call_to_action"),
    ("The Harbour Morning newsletter brings you the day's top stories before breakfast. Sign up here.", "newsletter"),
    ("Moms, simak juga video tentang cara menyiapkan bekal sekolah yang sehat berikut ini:", "related"),
    ("Media caption,", "caption"), ("Dana Reyes/iStock/Getty Images Plus", "caption"),
    ("Share on LinkedIn (Opens in new tab)", "share_widget"), ("/ PTI / Apr 2, 2025, 18:40 IST", "date"),
    ("Stay tuned for the latest updates from Harbour Live!", "call_to_action"), ("@Harbour_FC", "caption"),
    ("Follow Harbour Daily on Facebook and TikTok for the latest news.", "call_to_action"),
    ("Support HarbourPost", "call_to_action"), ("Already a member? Log in to hide this message.", "call_to_action"),
    ("Monday 3 March 2025 · Harbour City 12°C", "site_date"),
    ("The products we review in this article come from our partners, which may affect where they appear.", "disclaimer"),
    ("Get our best deals in your inbox every Friday with the Harbour Deals newsletter", "newsletter"),
    ("Related reading:", "related"), ("Watch this: Five things to know about the ferry strike", "related"),
    ("Arrow MORE: Ferry passengers stuck for three hours after engine failure", "related"),
    ("Start your morning smarter with our free Harbour Briefing newsletter", "newsletter"),
    ("Try The Harbour Post free for one month with unlimited access to our journalism.", "call_to_action"),
    ("Pengunjung memadati pasar malam di Jalan Pelabuhan. Foto RINA MARLINA, 3 MAC 2025.", "caption"),
    ("#SahabatPelabuhan", "tags"), ("Search by Google", "navigation"),
    ("featured image: A ferry at the harbour wall at dawn", "caption"), ("Get stories by @harbourdev", "author_box"),
    ("Subscribe today for just $2 a month.", "call_to_action"), ("Claim offer", "call_to_action"),
    ("Special offer: save 40% on Harbour Digital", "call_to_action"), ("See all newsletters", "newsletter"),
    ("Map: Harbour Survey Office", "caption"),
    ("Creative Commons: Some rights reserved.", "footer"), ("Disclosures", "disclaimer"),
    ("Last update: 3 days 2 hours ago", "date"), ("Publication date: 4 March 2025 09:10 GMT", "date"),
    ("By Mariam Tawfik in Port Said", "byline"), ("Posted by Margit at 16:17", "byline"),
    ("Subscribe to Harbour Breaking News Alerts and keep your inbox happy.", "newsletter"),
    ("Skip next section Why the harbour ferries keep running late", "navigation"),
    ("Harbour Water Board (@HarbourWaterBrd) November 20, 2025", "caption"),
    ("Find us on YouTube", "call_to_action"), ("Launch Gallery", "navigation"),
    ("Instagram/@harbour.foto", "caption"), ("IG: @harbourfoto", "caption"),
    ("*The % Daily Value (DV) tells you how much a nutrient in a food serving contributes to a daily diet. 2,000 "
     "calories a day is used for general nutrition advice.", "disclaimer"), ("Hide Full Nutrition Label", "navigation"),
    ("The content in this guide is for general information purposes only and should not be read as legal advice.",
     "disclaimer"),
    ("Commuters wait for the ferry at dawn. (Image for representational purposes only)", "caption"),
    ("Disclaimer: The views and investment tips expressed by experts on Harbourmoney.com are their own and not "
     "those of the website.", "disclaimer"),
    ("Spoilers ahead!", "disclaimer"), ("This recap contains major spoilers for the finale.", "disclaimer"),
    ("To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video",
     "navigation"),
    ("Learn more: How to price a catering menu", "related"),
    ("Recommended reading: The Beginner's Guide to Payroll", "related"),
    ("Try it", "call_to_action"), ("Browse templates", "call_to_action"),
    ("Ready to get started?", "call_to_action"), ("Download Free", "call_to_action"),
    ("Download Now: Free Invoice Template for Freelancers [Get Yours]", "call_to_action"),
    ("Press play to listen to this article", "navigation"), ("Voiced by artificial intelligence.", "navigation"),
    ("You have 3 free articles left this month.", "call_to_action"), ("You have /5 articles left.", "call_to_action"),
    ("Sign up for a free account or log in.", "call_to_action"),
    ("Copying articles to share with others is a breach of our terms of use.", "disclaimer"),
    ("Comments are subject to our house rules.", "comments"),
    ("Get more Harbour County election coverage here.", "related"),
    ("Leo Marsh: lmarsh@harbourtimes.com; Leo Marsh covers schools for The Harbour Times.", "author_box"),
    ("Dana Roe has positions in Harbour Energy. The Harbour Fool has a disclosure policy.", "disclaimer"),
    ("Third-party ad. Not an offer or recommendation by Harbour Markets.", "advertisement"),
    ("Sponsored Deals", "advertisement"),
    ("Entering text into the input field will update the search results below", "navigation"),
    ("Submit a Press Release", "navigation"),
    ("Add your comment to this article", "comments"),
    ("Join the conversation, you are commenting as Sign out", "comments"),
    ("Support The Harbour Gazette", "call_to_action"),
    ("Dukung jurnalisme independen dengan berlangganan.", "call_to_action"),
    ("Ingin menerbitkan ulang artikel ini?", "call_to_action"), ("Terbitkan ulang artikel ini", "call_to_action"),
    ("Artikel ini boleh diterbitkan ulang secara gratis di bawah lisensi Creative Commons.", "call_to_action"),
    ("Diubah oleh warungkopi88 02-03-2025 19:40", "site_date"),
    ("Quote:", "navigation"), ("Spoiler for Foto warung lama:", "navigation"),
    ("Sumber gambar: Dokumentasi pribadi", "caption"),
    ("Dibaca: 1.287 kali", "byline"),
    ("Resize", "navigation"), ("Listen (6 min)", "navigation"),
    ("Tuesday, 3 March 2026 - 14 Ramadan 1447", "site_date"), ("Selasa, 3 Maret 2026 / 14 Ramadhan 1447 H", "site_date"),
    ("The writer travelled as a guest of Harbour Tourism.", "disclaimer"),
    ("The reporter stayed with the support of the Harbour Valley visitor board.", "disclaimer"),
    ("Author: Dana Reyes (KXTV)", "byline"),
    ("👍 1.2k", "rating_widget"), ("😂 35", "rating_widget"),
    ("Two people were hurt when a crane fell on a harbour road on Tuesday. Harbour 7's Jane Roe has the story.", "embed"),
    ("The council voted to add speed cameras at 40 locations. Harbour 5's Tom Price reports.", "embed"),
    ("FREE DOWNLOAD: Get breaking news alerts in the Harbour 7 app for iOS or Android.", "call_to_action"),
    ("Get the latest Harbour City news and weather alerts sent straight to your phone.", "call_to_action"),
    ("Have a breaking news tip? Send it to Harbour 7 using the form below.", "call_to_action"),
    ("7:05am Thu 5 Mar 26", "comments"),
    ("Note: This article was generated with the help of AI and reviewed by an editor.", "disclaimer"),
    ("This summary was created using generative AI.", "disclaimer"),
    ("Check out more of Harbour's climate coverage here.", "related"),
    ("Don't miss these stories from Harbour PRO", "related"),
    ("Market data provided by Harbour Quotes.", "footer"),
    ("Ikuti tulisan menarik Rina Marlina lainnya di sini.", "call_to_action"),
    ("2x", "navigation"), ("Deselect All", "navigation"), ("Original recipe (1X) yields 6 servings", "navigation"),
    ("Watch how to make this recipe.", "navigation"),
    ("Get Harbour Weekly's best stories delivered straight to your inbox. Sign up today.", "newsletter"),
    ("Sign up for Harbour Money: The week's business news, every Friday.", "newsletter"),
    ("We're looking into how the council spends its parking fines. If you've been fined, we want to hear from you.",
     "call_to_action"),
    ("Wait! Before you go, consider supporting our newsroom.", "call_to_action"),
    ("Yes, I'll give $10/month", "call_to_action"), ("Download our free checklist", "call_to_action"),
    ("Stories like this depend on you. By becoming a Harbour Post member, you help keep our reporting free.",
     "call_to_action"),
    ("byu/harbourwalker from discussion", "caption"),
    ("Have a question about Harbourton? Ask our service journalism team using the form below.", "call_to_action"),
    ("Our journalism is free to read because readers like you support it. Donate today.", "call_to_action"),
    ("Like us on Facebook to get the latest news about the harbour!", "call_to_action"),
    ("FEEDBACK: Use this form to send a message to the author of this post.", "call_to_action"),
    ("Print Subscriptions", "call_to_action"),
    ("To subscribe to the Harbour Times, please call 021 336042.", "call_to_action"),
    ("Weekly ferry crossings, 2020-2024. Chart by Harbour Brief using Datawrapper.", "caption"),
    ("This story is part of our series: The Harbour at 200", "related"),
    ("See related: Harbour seals return to the estuary", "related"),
    ("twitter link opens in a new window", "share_widget"),
    ("It looks like something went wrong.", "newsletter"), ("Popular", "related"),
    ("We're having trouble saving your preferences. Try refreshing this page and updating them one more time. If you "
     "continue to get this message, reach out to us at customer-service@harbourreview.com with a list of newsletters "
     "you'd like to receive.", "newsletter"),
    ("(Updated March 3, 2025)", "date"),
    ("by admin", "byline"), ("Oleh humas_pelabuhan", "byline"),
    ("Mar 11, 2024 | 1:20pm Bali time", "date"), ("March 11, 2024, 1:20 p.m. local time", "date"),
    ("Jun 3, 2025 9:40 am IDT", "date"), ("3 June 2025 17:05 MSK", "date"), ("June 3, 2025 10:15 GST", "date"),
    ("Follow Dana Reyes on X at @DanaReyesNews for more news on bank stocks.", "call_to_action"),
    ("Receive alerts for new stories by Tomas Lindgren", "author_box"),
    ("BY JANE DOE [jane.doe@harbourpost.com]", "byline"), ("By Jane Doe (jdoe@harbour-news.co.uk)", "byline"),
    ("BY PETRA VOSS, STAFF WRITER @PETRAVOSS", "byline"), ("By Petra Voss, senior reporter @pvoss_news", "byline"),
    ("Jump to main content", "navigation"), ("Scroll to see more", "navigation"),
    ("Sign up for our free weekly Harbour Eats email to get the best new restaurants first.", "newsletter"),
    ("This story was featured in Long Reads, the Harbour Times' Sunday newsletter. Sign up here.", "newsletter"),
    ("If you prefer to read in print, this story appears in the June 2, 2025, issue of Harbour Monthly.", "call_to_action"),
    ("Information on Harbour Money is provided for informational purposes only and is not investment advice.",
     "disclaimer"),
    ("Watch the full press conference below:", "embed"), ("Share via Email", "share_widget"),
    ("Kamu bisa cek harga emas setiap hari. Yuk, unduh aplikasi Harbourgold sekarang!", "call_to_action"),
    ("Disclosure & Policies", "disclaimer"), ("Disclosures and Privacy Policy", "disclaimer"),
    ("Our journalists adhere to journalistic standards set out in the Harbour Code of Practice.", "disclaimer"),
    ("Penulis lepas untuk Harbourtekno.id yang senang menguji ponsel murah.", "author_box"),
    ("Your comment has not been saved", "comments"), ("This thread is closed for comments.", "comments"),
    ("Dibaca: 1.204", "byline"), ("Penulis: Dian Pertiwi.", "byline"),
    ("Kirby Lee / USA TODAY Sports", "caption"), ("Getty Image", "caption"),
    ("Custom image by Dana Reyes", "caption"), ("Featured image by Harbour Studio", "caption"),
    ("Sources/Disclosures", "disclaimer"), ("Add topic to email alerts", "newsletter"), ("Primary Source", "source_link"),
    ("Harbour 7 To Go: Download our free app", "call_to_action"), ("Watch more Harbour politics:", "call_to_action"),
    ("Check out the latest news and weather from Harbour 7 below:", "call_to_action"),
    ("Editor's Note: The video above originally aired on March 3, 2025.", "embed"),
    ("If you liked this post, please share it! Your referrals help us reach new readers.", "call_to_action"),
    ("Harbour Blog is reader-supported. Subscribe to get full access to every post.", "call_to_action"),
    ("Information in Harbour Investor is for informational and educational purposes only.", "disclaimer"),
    ("Ikuti Dana Pertiwi di TikTok", "call_to_action"),
    ("Suasana dapur kos di Jalan Pelabuhan, Jakarta. Foto oleh penulis", "caption"),
    ("Today at 06:30", "date"), ("Yesterday, 9:05 pm", "date"), ("Hari ini, 08.30 WIB", "date"),
    ("In Other News", "related"), ("The latest from Harbour Weekly", "related"), ("Read related Harbour coverage", "related"),
    ("By submitting your email, you opt in to the Morning Brief and its partners' offers.", "newsletter"),
    ("Get our Weekend Digest", "newsletter"), ("Listen to the full episode below:", "embed"), ("Download episode", "embed"),
    ("What do you think? Share your thoughts with the newsroom.", "call_to_action"),
    ("Want to contribute an essay? Read our guidelines and pitch us.", "call_to_action"),
    ("We welcome your letters. Write to the editor at letters@harbour.example.", "call_to_action"),
    ("Order reprints of this article", "call_to_action"), ("Show sources", "source_link"),
    ("Advertisement: scroll for more content", "advertisement"),
    ("Stay in the loop by joining our WhatsApp channel, where we share the day's top stories.", "call_to_action"),
    ("Medically Reviewed by Jane Doe, M.D.", "byline"), ("Clinically reviewed by Dr. Ada Quist, PhD, RD", "byline"),
    ("Your support is vital to us and keeps our reporting free for everyone.", "call_to_action"),
    ("Join the community on Discord", "call_to_action"),
    ("Ad Policy", "advertisement"), ("About our ads", "advertisement"), ("Pocket", "share_widget"), ("/ March 3, 2025", "date"),
    ("This audio is AI-generated and may contain errors.", "other_noise"),
    ("Used with permission of Harbour Museum", "caption"),
    ("Have an opinion about this article? Write to the editor.", "call_to_action"),
    ("12K Reposts 3,100 Likes 845 Replies", "share_widget"),
    ("X: @HarbourNews", "call_to_action"), ("TikTok : @wartaharapan", "call_to_action"),
    ("Get Harbour Daily and other free newsletters", "newsletter"),
    ("Got something to say? Write to the editor at letters@harbour.example.", "call_to_action"),
    ("Reach Ada Quist at aquist@harbour.example. Follow her on X @adaquist.", "author_box"),
    ("Subscribe to Harbour Prime and read the Harbour ePaper online.", "call_to_action"),
    ("Slide 4 of 12", "embedded_gallery"), ("Watch on Vimeo", "embed"),
    ("Today's best Harbour X2 headphones deals", "advertisement"), ("at Best Buy", "advertisement"),
    ("Price checked daily", "advertisement"),
    ("Maren Holt, Digital Content Producer", "byline"),
    ("Have you tried the new ferry timetable? Tell us in the comments below!", "comments"),
    ("So sound off in the comments: which harbour walk is your favourite?", "comments"),
    ("Harbour Games is better when you sign in!", "call_to_action"), ("Sign in with Google", "call_to_action"),
    ("Follow topics and we'll email you when we publish something new about them.", "call_to_action"),
    ("Get access to commenting, homepage personalisation, newsletters, and more!", "call_to_action"),
    ("More Costco:", "related"), ("Also Check Out: 10 best harbour walks for the spring", "related"),
    ("Quick poll: Which ferry route should run all winter?", "rating_widget"),
    ("© Harbour Telegraph", "footer"), ("© The Harbour Review", "footer"), ("© Renate Holt", "caption"),
    ("Added 12th March 2025 10:42 AM", "date"),
    ("News by Dana Whitlow", "byline"), ("Review by Maren Holt", "byline"), ("Analysis by Tomas Reyes, Harbour News", "byline"),
    ("by Dana Whitlow Mar 5, 2024, 10:15am CST", "byline"),
    ("By Maren Holt, a TV critic at Harbour Weekly who writes about drama, genre television, and the streaming economy",
     "byline"),
    ("Beli di Shopee", "call_to_action"), ("Bandingkan Harga", "call_to_action"),
    ("Lihat Spesifikasi Lengkap Harbour Note 60x 5G", "related"), ("Lihat Spesifikasi", "related"),
    ("Artikel Harbourdakwah.Com", "source_link"), ("Dukung Dakwah Harbour", "call_to_action"),
    ("Klaim Sekarang", "call_to_action"), ("Cari Asuransi Sekarang", "call_to_action"), ("Pesan Hotel", "call_to_action"),
    ("Compare Quotes", "call_to_action"), ("Apply today »", "call_to_action"),
    ("Let us know what you think about this story. Write to letters@harbourweekly.com.", "call_to_action"),
    ("Featured image courtesy of the Harbour Museum", "caption"), ("Header photo by Jane Doe", "caption"),
    ("Listen to our podcast on Apple Podcasts and Spotify.", "call_to_action"), ("End of YouTube post, 2", "navigation"),
    ("End of Instagram content", "navigation"),
    ("Skip directly to site content", "navigation"), ("Reference", "source_link"), ("Resources We Trust", "source_link"),
    ("Editorial Sources and Fact-Checking", "source_link"), ("###", "footer"), ("-30-", "footer"),
    ("More Great Stories From The Harbour Review", "related"),
    ("Fact-Checked", "byline"), ("Medically reviewed ✓", "byline"), ("Expert Verified", "byline"),
    ("Welcome to the discussion.", "comments"), ("Be Nice. No racism, sexism or any sort of -ism.", "comments"),
    ("PLEASE TURN OFF YOUR CAPS LOCK.", "comments"),
    ("About the Harbour Institute of Health (HIH): The institute, part of the national health service, conducts and "
     "supports research on diabetes and kidney disease.", "footer"),
    ("The 2026 Pricing Benchmark Report [Free Download]", "call_to_action"),
    ("The content in this guide is for general information and education purposes only and should not be "
     "construed as legal or tax advice. Harbour Pay does not warrant or guarantee the accurateness, completeness, "
     "adequacy, or currency of the information in the guide. You should seek the advice of a competent attorney "
     "or accountant licensed to practice in your jurisdiction for advice on your particular situation.",
     "disclaimer"),
])
def test_variants_of_a_rule_match_with_its_reason(line, reason):
    assert default_rules().match(line).reason == reason


@pytest.mark.parametrize("line", [
    "Polisi masih menyelidiki penyebab kebakaran itu, kata Budi, Rabu (20/11/2024). (ant/har)",
    "Pemerintah akan mengumumkan hasilnya pekan depan, kata dia, seperti dikutip dari Antara (ANT/Rina).",
    "The team flew back to the homepage of the club after the final, a stadium in the north.",
    "The editor resigned on Friday after the paper printed the leaked memo in full.",
    "Rina Marlina, wartawan senior yang juga penulis buku, menyampaikan kritiknya dalam diskusi itu.",
    "The report said that the city contributed to the cost of the new bridge.",
    "The Pacific Ledger is a newspaper that has covered the West for more than a century and a half.",
    "How would you rate this year's harvest, the minister was asked; he said it was the best in a decade.",
    "How would you rate the council's handling of the floods?",
    "Hubungi redaksi di [email protected] untuk informasi lebih lanjut.",
    "Not now, the minister said, but perhaps after the election.",
    "We have no shareholders to answer to, the co-op's chair told members at the meeting.",
    "Please support the harbour appeal today, the mayor urged residents.",
    "$180 a year",
    "Temperatures reached 41°C on Tuesday, the hottest day since records began in 1910.",
    "Support Networks",
    "Watch this space, the minister told reporters.",
    "Try the harbour walk free for a month, the council urged residents, before charges start in June.",
    "Dia menunjukkan album lama itu. Foto itu diambil pada 1998, katanya.",
    "#1",
    "Featured image of the week: the harbour at dawn, by reader Dana Reyes.",
    "Figure 1: Ferry passengers by month",
    "This work is licensed to the harbour trust until 2030, the council said.",
    "Stay updated with the latest news on the ferry strike by following the council's notices, officials said.",
    "Bunda, lihat video itu sekali saja sudah membuat anak saya menangis semalaman, kata Rina kepada wartawan di rumahnya.",
    "As we reported in Harbour AM, our morning newsletter, the council will vote on Friday.",
    "Push notifications from the council's app warned residents of the flood.",
    "Reviews of the new ferry timetable have been mixed, the operator admitted.",
    "Most helpful were the volunteers who cooked for the whole street.",
    "Keep screen time to an hour a day, the paediatricians advise.",
    "Play resumed after a two-hour delay, and the home side won by six wickets.",
    "More than 200 people attended the meeting, which ran late into the night.",
    "Supported by donations from residents, the shelter reopened in May.",
    "Tagsmith is the name of the tool the team built for labelling photos.",
    "Topics such as housing and transport dominated the debate on Tuesday night.",
    "Watch what happens when the tide turns: the whole bay empties in an hour.",
    "Terima kasih telah membaca, kata dia, sambil menutup buku catatannya di hadapan wartawan.",
    "If you buy a house now, you could earn more when prices rise again.",
    "If you buy in bulk, we give you a discount and you earn loyalty points.",
    "Satgas Pemberantasan Judi Online memblokir ribuan situs slot dan togel sepanjang bulan ini.",
    "Maskapai mendapat slot penerbangan baru di Bandara Soekarno-Hatta mulai bulan depan.",
    "Visitors must book a two-hour slot online before they can enter the castle gardens in summer.",
    "Donasi di pintu masuk kampung: Rp20.000 per orang.",
    "Catatan redaksi: Artikel ini telah diperbarui untuk memperbaiki nama jabatan narasumber.",
    "A mix of readers and reporters joined the debate on Sunday, which ran into the evening.",
    "While you're here, the guide said, look up at the painted ceiling of the old chapel.",
    "Readers like you wrote to us about the bridge, and the council has now replied.",
    "Jane Doe is a reporter at the Times who first broke the story of the leaked minutes in March.",
    "Listening to the river at night, the villagers knew the water was rising again.",
    "The committee's review process took six months, longer than anyone had expected.",
    "Get a free quote from at least three builders before you decide, the council advises.",
    "Sign up now, the mayor urged residents, before the list closes on Friday.",
    "She forgot her password and was locked out of the council's system for a week.",
    "This article was reviewed by lawyers before publication, the editor said.",
    "Readers who subscribe to the paper's print edition will keep getting it on Sundays.",
    "Simak penjelasan lengkap menteri dalam konferensi pers di Jakarta, Senin (3/3/2025).",
    "Lihat foto-foto banjir yang dikirim warga ke redaksi pada Senin pagi.",
    "Door Check Gas Springs",
    "Reporting from the front line was banned for a week after the attack on the convoy, the ministry said.",
    "The credits roll... and then the lights come up on an empty hall.",
    "Please connect with us on the helpline if the water has not come back by noon.",
    "Also read by millions, the column ran for thirty years before the paper closed.",
    "Submit your claim before the end of March, the agency said.",
    "Jane Doe writes about her years in the camp in a new memoir published this spring by a small press.",
    "Baca artikel ini sampai habis sebelum Anda mengisi formulir pendaftaran di kantor kelurahan.",
    "Konten media sosial itu dihapus setelah ramai diprotes warganet.",
    "Ikuti petunjuk petugas saat memasuki area stadion.",
    "Next, the story turned to the mayor's plan for the harbour.",
    "Comment was sought from the ministry on Friday.",
    "Partners",
    "What the council says",
    "Here's what the minister said",
    "Meals are delivered every day to the shelter by volunteers from the parish.",
    "Klik tombol merah di bagian atas aplikasi untuk memulai pendaftaran.",
    "Ilustrasi yang dibuat seniman muda itu dipamerkan di galeri nasional hingga akhir bulan.",
    "Subscribe to the idea that prices will fall and you may wait a long time.",
    "Create a budget before you sign the lease, the adviser said.",
    "If you buy something online, check the seller's reviews first.",
    "The council acknowledges the traditional owners of the river in its new water plan, the report said.",
    "A weekly newsletter from the school keeps parents informed about the new timetable.",
    "Konten berbayar kini menjadi sumber pendapatan utama media daring di Indonesia.",
    "Read the full study before you decide, the professor told her students.",
    "Download speeds in the valley are still far below the national average.",
    "Sign up for free school meals before the end of March, the council urged parents.",
    "Disadur dari kisah nyata, film itu mengikuti perjalanan seorang guru di pedalaman Papua.",
    "press@harbour.example",
    "Sign up to vote before the deadline, officials urged.",
    "Enter the email address you used to register, the guide says.",
    "The show's daily newsletter has 40,000 readers, its editor said.",
    "He said the company values your feedback and will reply within a week.",
    "Don't miss the deadline, the tax office warned on Monday.",
    "More coverage of the election is planned for the weekend, the broadcaster said.",
    "The grant was approved.Credit unions will share the cost, the council said.",
    "The larger text size on the new signs helps older drivers, the council said.",
    "Also read the fine print before you sign, the adviser said.",
    "Democracy dies in darkness when nobody reads the minutes, the councillor said.",
    "Want to write a will? Start with a list of what you own.",
    "Date of birth: 12 March 1990",
    "keywords",
    "Read more about",
    "You've read the report, now read the rebuttal.",
    "Join us at the town hall on Friday, the mayor told residents.",
    "The station reopened after a year of repairs (illustration by the council's architects shows the new hall).",
    "Prime Minister Carney met with Reuters and AP editors on Friday.",
    "Maren Vogt with her children",
    "Expertise in energy, water and farming is scarce in the region.",
    "Dana Reyes can be reached by the hospital's families only on weekdays, she said.",
    "Republish the report in full, the council told the newspaper on Friday.",
    "Scammers send fake invoices delivered straight to your inbox, police warned.",
    "Mayor Dana Reyes (Democrat)",
    "Pemerintah memblokir situs yang menawarkan bonus new member, kata menteri.",
    "Feedback from residents was mixed.",
    "Start your free trial of the new service and you will be charged after a month, the regulator warned.",
    "Transport Secretary Dana Reyes said:",
    "Follow the money on Facebook's ad platform and you find the same three companies, investigators said.",
    "The council is not responsible for the content of the letters, a spokesperson said.",
    "The findings were published in The Lancet on Tuesday.",
    "Provided by the council, the buses will run every 20 minutes from June.",
    "More information about the scheme will be released next month, officials said.",
    "She said good journalism costs money and that the paper would keep its paywall.",
    "By Friday, the river had risen above the danger mark at three points.",
    "Our journalism is read by millions of people every month, the editor said.",
    "This was published in the council's annual report two years ago, he said.",
    "by Dana Reyes, Customer Success Manager at Harbour Analytics.",
    "The council uses AI tools to help residents find forms, the mayor said.",
    "He said the talks would resume next week. — Reuters",
    "Contact: the council's housing office on the second floor.",
    "Click to play video games, the children said, was their favourite pastime.",
    "The database was accessed on March 27, 2024, by hackers, police said.",
    "Before you go to the polls, check your registration.",
    "before you go.",
    "Loading the trucks took most of the night.",
    "I would like to be emailed the results, she told the clerk.",
    "Harbour Bridge is a Harbour City project that was funded by the state, the mayor said.",
    "Byron Bay is lovely in the spring.",
    "Also: the council will meet again on Friday.",
    "Sports event",
    "AC/DC Live Tour",
    "This is part of a series with the Harbour Earth Project, a nonprofit dedicated to toxic-free gardens.",
    "The mayor’s weekly roundup of council votes was cancelled.",
    "Downtown/Film Row",
    "Journalists: the union said 40 members had been laid off.",
    "Ads Manager Fundamentals via X",
    "The report was written by the council. (Harbour City Council)",
    "Our journalists strive to be accurate, the editor told the inquiry on Monday.",
    "By Friday — March 8, 2025 — the council had not replied.",
    "We'll send you a reminder before the council votes, the clerk told residents.",
    "Never miss a chance to see the harbour at dawn, she said.",
    "Popular in the 1990s, the ferry fell out of use after the bridge opened.",
    "By clicking Accept, you agree to our use of cookies.",
    "A version of the bill passed the state senate last year.",
    "Contributing to the deficit were lower tax receipts, the minister said.",
    "Get the free app and the council will text you about road closures, officials said.",
    "For more information, the council said, residents should contact their ward office.",
    "Your donation of $50 was returned, the charity told him in a letter.",
    "The next slide in the presentation showed the flood map.",
    "Topic A of the agenda was the harbour budget.",
    "More local news is expected after the council meets.",
    "Have your say at the council meeting on Monday, residents were told.",
    "Make sure you are signed up to vote before the deadline, the clerk said.",
    "Watch more closely, the coach told his players, and the goals will come.",
    "Information for this article was hard to find, the researchers admitted.",
    "The charity is a nonprofit and we rely on it every winter, a parent said of the food bank.",
    "Must read the small print, the consumer group warned.",
    "Note from the author: the names of the children have been changed.",
    "In this story: a family, a flood and a house that would not sink.",
    "Be the first to arrive, the organisers told volunteers.",
    "Unlock the gate before the bus arrives, the caretaker was told.",
    "The views of residents were sought in a survey last spring.",
    "This story was reported by Dana Reyes over six months, with help from readers.",
    "Read more of our reporting and you will see the same pattern in every county.",
    "Follow more of our reporting closely and you will see the pattern, the editor said.",
    "The key points were created with care by the committee over six months.",
    "The harbour is your best source for fresh fish, the mayor told visitors, and the cheapest too.",
    "Local journalism is essential to democracy, the senator argued in her speech on Tuesday.",
    "Support for the measure grew among journalism students",
    "Give them time and they will come back, the coach said of his injured players.",
    "The council voted to keep the park free for all residents on Sundays.",
    "by Dana Reyes, Customer Success Manager at Harbour Software.",
    "Do you have information about the crash, police asked, as the search went on.",
    "Dokumen yang Harus Disiapkan",  # a subheading opening with the letters of "Dok."
    "The mayor said on Twitter: we will rebuild the pier before the summer.",
    "Viral on Instagram: a ferry captain's dance on the pier",
    "Join us on Saturday for the harbour parade.",
    "End of an era for the harbour ferry",
    "Akhir dari perang dagang?", "Artikel ini ditulis oleh tim.", "More Than Words:", "Readers told us in the comments that the ferry was late again on Monday.",
    "At Amazon, the union vote failed again in the spring.",
    "Reach the harbour at low tide and you can walk to the island.",
    "Permission granted by the council in 2019 allowed the pier to reopen.",
    "Medically reviewed by three independent panels, the drug was approved in May.",
    "In other news from the meeting, the council approved a new budget for the harbour.",
    "The latest on the strike is that both sides will meet again on Monday.",
    "Listen to the crowd and you hear the same worry again and again.",
    "What do you think the council should do next, residents were asked in the survey.",
    "Today at 10:00 the polls open across the state.",
    "The photographs in the exhibition were all taken by the author during a decade of travel.",
    "Watch more closely and you will see the ferry's hull has been repainted twice this year.",
    "The hospital reports no relevant changes in staffing since the inspection last spring.",
    "Penulis buku itu tinggal di Yogyakarta dan jarang muncul di depan umum sejak pensiun.",
    "The council says its staff adhere to strict safety standards at every pool in the city.",
    "The new owners said the Harbour Mill and its logo are trademarks the town may keep using for free.",
    "Listen to what the residents said about the flooding when we visited last spring.",
    "By the",  # a sentence cut by its link ("By the" / "end of the year" / ...)
    "by clicking",
    "Like us, many residents on the harbour were surprised by the decision.",
    "To subscribe, residents must first register with the council, officials said.",
    "(Updated figures are expected in March, the ministry said.)",
    "Sign up for benefits: the state will open the portal on Monday, officials said.",
    "We're investigating the cause of the fire, the fire chief said on Tuesday.",
    "Download the app, then open the settings to turn on alerts.",
    "Top photographers from across the region will show their work at the gallery.",
    "Download our free",  # the opening words of a sentence its link cut ("... pricing template / to set ...")
    "Leo Marsh: the council will vote on the plan next week, the mayor's office said.",
    "The fund has positions in several banks, its manager said.",
    "Find more ways to save on energy bills here.",
    "Support for the ferry plan has grown since the storm.",
    "Support Groups",
    "Dukung anak belajar membaca sejak dini, kata Rina.",
    "Spoiler: the ending is not what you expect, the director said.",
    "More information: See harbourtrails.org and the visitor centre's page.",
    "The mayor said the city has more work to do. Police chief Jane Roe reports.",
    "She has the story of the harbour's first ferry in her new book.",
    "This article was written by a harbour pilot with 30 years at sea.",
    "4x USB 3.2 ports",
    "Reviewed",
    "Be nice to the volunteers, the organisers asked the crowd.",
    "About the study (HIS): researchers followed 2,000 adults for ten years.",
    "Market data shows the harbour's exports rose by a fifth, the ministry said.",
    "Listen to the full interview in the player above.",
    "The writer, who travelled to Harbour City last spring, said little had changed.",
    "Try it with a pinch of salt and a squeeze of lime.",
    "Learn more about the tides before you sail, the harbourmaster said.",
    "The ferry line is now part of the regional transport network, the council said.",
    "Police said the file photo was taken in 2019, years before the pier closed.",
    "Spoilers for the season finale leaked online a week before it aired, the network said.",
])
def test_ordinary_sentences_sharing_words_with_noise_rules_are_not_matched(line):
    assert default_rules().match(line) is None


def test_rules_woken_by_a_lines_needles_are_remembered_within_a_bound(monkeypatch):
    # The matcher remembers, per set of needles a line holds, which rules those needles wake.
    # A corpus meets endless such sets: the memory stays bounded and the answers stay those of
    # the plain definition.
    from pipeline.rules import RuleSet

    monkeypatch.setattr(RuleSet, "_WOKEN_CACHE", 3)
    rs = RuleSet(RULES)
    lines = ["Setiap warga tetapi tidak semua", "Photo: Reuters", "Baca juga: Harga cabai naik",
             "Berlangganan newsletter kami", "Foto: Antara/Dok", "Semua hak cipta dilindungi",
             "The minister said the plan would go ahead.", "Getty Images via AP"] * 2
    for line in lines:
        assert rs.match(line) is _reference_match(rs, line), line
    assert all(len(g[7]) <= 3 for g in rs._by_key.values())
    assert rs.match("Photo: Reuters").reason == "caption"


@pytest.mark.parametrize("line", ["I’m a subscriber and I love this paper", "D’Angelo said the plan would work",
                                  "Sſhare", "Bé quiet", "Aſ seen on TV", "L’actualité de la ville"])
def test_lines_with_a_non_ascii_second_character_agree_with_the_plain_definition(line):
    # The matcher picks a line's anchored rules by its first two characters; when the second is
    # not ASCII it also tries the rules whose second character it matches ignoring case.
    rs = default_rules()
    assert rs.match(line) is _reference_match(rs, line)
