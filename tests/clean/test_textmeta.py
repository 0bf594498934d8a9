import pytest

from pipeline.clean import clean_text
from pipeline.textmeta import parse_date, parse_dateline, parse_stamp_date, split_title


@pytest.mark.parametrize("text, iso", [
    ("Kamis (12/11/2020)", "2020-11-12"),
    ("Rabu, 20 Nov 2024 14:35 WIB", "2024-11-20"),
    ("12 November 2020", "2020-11-12"),
    ("Senin, 4 Nop 2019 | 10:00 WIB", "2019-11-04"),
    ("Jumat, 16 Agu 2024", "2024-08-16"),
    ("Sabtu, 21 Des 2024", "2024-12-21"),
    ("Published March 3, 2024 at 5:12 pm", "2024-03-03"),
    ("Updated 2023-09-19T10:00:00Z", "2023-09-19"),
    ("Monday 4 September 2023", "2023-09-04"),
    ("09/Mar/2025", "2025-03-09"),
    ("14.ago.2025 às 19h30", "2025-08-14"),
    ("3 janv. 2025", "2025-01-03"),
    ("12 mrt 2025", "2025-03-12"),
    ("7 de Novembro de 2024, 6:45", "2024-11-07"),
    ("they set out 2025 goals", None),
    ("pada Selasa (10/11) malam", None),
    ("31 Oktober", None),
    ("Kamis (31/02/2020)", None),
])
def test_dates(text, iso):
    assert parse_date(text) == iso


def test_title_suffix_and_dateline():
    assert split_title("Harga Minyak Dunia Melonjak : Reuters") == ("Harga Minyak Dunia Melonjak", "Reuters")
    assert split_title("Why the Fed Paused Again | The Economist") == ("Why the Fed Paused Again", "The Economist")
    assert split_title("Ten Ways to Sleep Better | Wellness | City Health News") == ("Ten Ways to Sleep Better", "City Health News")
    # a lower-case second half is the headline's own, not a site's name
    assert split_title("Why heat waves hit the old – and what helps") == ("Why heat waves hit the old – and what helps", None)
    assert split_title("Harga Cabai Naik Lagi • Warta Harian") == ("Harga Cabai Naik Lagi", "Warta Harian")
    assert split_title("Tiny Homes - What You Should Consider Before Moving In - harbourhomes.com") == (
        "Tiny Homes - What You Should Consider Before Moving In", "harbourhomes.com")
    assert parse_dateline("JAKARTA, KOMPAS.com - Presiden meresmikan jalan tol baru.") == ("JAKARTA", "KOMPAS.com")
    assert parse_dateline("SURABAYA (Warta.id) – Harga cabai naik.") == ("SURABAYA", "Warta.id")
    assert parse_dateline("Bandung - Hujan deras mengguyur kota.") == ("Bandung", None)
    # an AP-style state after the city is no publisher
    assert parse_dateline("LARGO, Md. - A teenager was charged on Monday.") == ("LARGO", None)
    assert parse_dateline("Harga cabai naik tajam pekan ini.") == (None, None)
    assert parse_dateline("Warta.com - Hujan deras mengguyur kota sejak pagi.") == (None, "Warta.com")


@pytest.mark.parametrize("lead, place, publisher", [
    ("kabarkita.id - Hujan deras mengguyur kota sejak pagi.", None, "kabarkita.id"),  # a lower-case domain
    ("beritaku.com, MEDAN - Hujan deras mengguyur kota sejak pagi.", "MEDAN", "beritaku.com"),
    ("MEDAN, iWarta.id - Hujan deras mengguyur kota sejak pagi.", "MEDAN", "iWarta.id"),
    ("Bandung, Kabar-Priangan.com - Hujan deras mengguyur kota.", "Bandung", "Kabar-Priangan.com"),
    ("KABARJOGJA.COM, JOGJA—Hujan deras mengguyur kota sejak pagi.", "JOGJA", "KABARJOGJA.COM"),  # no spaces
    ("PORTLAND—The city council voted on Tuesday to close the bridge.", "PORTLAND", None),
    ("The vote—which came late—was close, and the bridge stays shut.", None, None),
    # a dash glued to names in title case joins a compound; glued to capitals or a domain it opens a lead
    ("The Lagos–Calabar Coastal Highway, first planned in 2003, is still unfinished.", None, None),
    ("Kuala Lumpur—Singapore trains resume next year after a decade of talks.", None, None),
    ("TARAKAN–Harga ikan bandeng di pasar tradisional naik sejak pekan lalu.", "TARAKAN", None),
    # a press release dates its lead
    ("Jakarta, 17 Juli 2025 – PT Harbour Energi memperluas program desa mandiri energi.", "Jakarta", None),
    ("WASHINGTON, Jan. 5, 2025 -- Harbour Inc. today announced a new chief executive.", "WASHINGTON", None),
    ("Kabarkita.com—Harga ikan bandeng di pasar tradisional naik sejak pekan lalu.", None, "Kabarkita.com"),
    ("KABARKITA.CO.ID - MEDAN. Hujan deras mengguyur kota sejak pagi.", "MEDAN", "KABARKITA.CO.ID"),
])
def test_dateline_forms(lead, place, publisher):
    assert parse_dateline(lead) == (place, publisher)


def test_a_lead_opening_with_a_lower_case_domain_is_prose_however_many_names_it_packs():
    lead = "warta24.id - Rapat Paripurna DPR RI menyetujui RUU Perampasan Aset menjadi RUU usul inisiatif DPR."
    page = "\n".join(["DPR Setujui RUU Perampasan Aset", lead, P_ID2])
    assert lead in clean_text(page).paragraphs


P = ("Presiden meresmikan jalan tol sepanjang 40 kilometer yang menghubungkan dua kota besar di Jawa Barat "
     "pada Kamis (12/11/2020) dan menyebutnya penting bagi perekonomian.")


def test_metadata_from_a_page():
    page = "\n".join(["Senin, 7 Oktober 2024", "Tol Baru Diresmikan Presiden | Warta Harian",
                      "BANDUNG, Warta Harian - " + P, "Pemerintah juga berencana membangun jalur kereta baru di kawasan itu tahun depan.",
                      "Penulis: Dewi Kartika"])
    m = clean_text(page).metadata
    assert m.title == "Tol Baru Diresmikan Presiden"
    assert m.publisher == "Warta Harian" and m.dateline == "BANDUNG"
    assert m.published == "2020-11-12"  # from the lead, not the site's "today" header
    assert m.author == "Dewi Kartika"


def test_today_header_is_not_published():
    page = "\n".join(["Thursday, 5 December 2024", "Markets Slide as Oil Rises",
                      "Stocks fell sharply on Wednesday as the price of oil rose for a third day, traders said in London."])
    m = clean_text(page).metadata
    assert m.published is None and m.title == "Markets Slide as Oil Rises"


@pytest.mark.parametrize("header, author, published", [
    (["By Maria Gomez, Associated Press", "Published 9:05 AM EDT, Fri June 6, 2025"], "Maria Gomez", "2025-06-06"),
    (["Maria Gomez | Harbour Times", "June 6, 2025 9:05 AM GMT"], "Maria Gomez", "2025-06-06"),
    (["Dewi Kartika - Warta Harian", "Jumat, 6 Jun 2025 09:05 WIB"], "Dewi Kartika", "2025-06-06"),
    (["Oleh Dewi Kartika pada 6 Jun 2025, 09:05 WIB"], "Dewi Kartika", "2025-06-06"),
    (["By Maria Gomez and Tom Reyes"], "Maria Gomez and Tom Reyes", None),
    # a screen reader's article information, in either language
    (["Author, Maria Gomez", "Role, Harbour Times correspondent", "6 June 2025"], "Maria Gomez", "2025-06-06"),
    (["Penulis, Dewi Kartika", "Peran, Wartawan Warta Harian", "6 Juni 2025"], "Dewi Kartika", "2025-06-06"),
    # a role after a slash, or the outlet the writer files for; a date written year first with dots
    (["By Maria Gomez / Staff reporter", "Fri, Jun 6, 2025 page2"], "Maria Gomez", "2025-06-06"),
    (["By Maria Gomez for Harbour Radio", "2025.06.06"], "Maria Gomez", "2025-06-06"),
    # European and Latin American papers: where the writer files from in brackets, an outlet in
    # lower case, the day after a bar, a day-first stamp with the time, the writer over their trade
    (["Par Jeanne Roux (Gap (Hautes-Alpes), envoyée spéciale)", "Publié le 6 juin 2025 à 05h30"],
     "Jeanne Roux", "2025-06-06"),
    (["Por Fernanda Reis, g1 Vale do Sol", "06/06/2025 06h30 · Atualizado há 3 horas"], "Fernanda Reis", "2025-06-06"),
    (["di Giulia Marchetti | 6 Giugno 2025"], "Giulia Marchetti", "2025-06-06"),
    (["Laura Vidal Ortega", "Redactora de Diario Harbour", "06.06.2025 - 12:34h", "Actualizado: 06.06.2025 - 14:05h"],
     "Laura Vidal Ortega", "2025-06-06"),
    (["Sander Kuipers", "6 jun. 2025 in BINNENLAND"], "Sander Kuipers", "2025-06-06"),
    # the update first, then after a comma when it was first published: the day it was published
    (["By Maria Gomez", "Updated June 7 2025 - 9:01am, first published June 6 2025 - 7:30pm"], "Maria Gomez", "2025-06-06"),
    # German, French, Portuguese, Italian and Malay stamps and bylines
    (["Stand: 06.06.2025 | Lesedauer: 5 Minuten", "Von Katrin Albers"], "Katrin Albers", "2025-06-06"),
    (["6. 6. 2025, 17:30 Uhr", "Von Katrin Albers"], "Katrin Albers", "2025-06-06"),
    (["Von Katrin Albers", "06.06.25, 05:00"], "Katrin Albers", "2025-06-06"),
    (["Par Jeanne Roux avec Belga", "Publié le 6 juin 2025 à 11h42"], "Jeanne Roux", "2025-06-06"),
    (["Por Marina Reis e Caio Lopes — Rio de Janeiro", "06/06/2025 04h30 Atualizado há 2 horas"],
     "Marina Reis e Caio Lopes", "2025-06-06"),
    (["di Redazione Web", "Venerdì 6 Giugno 2025, 12:43 - Ultimo aggiornamento: 14:05"], None, "2025-06-06"),
    (["Oleh Ahmad Fadli", "Diterbitkan: 6 Jun 2025, 3:45 petang"], "Ahmad Fadli", "2025-06-06"),
    # writers from two newsrooms, each with their outlet; a stamp with "a.m."; "Issued on:"
    (["By Maria Gomez (Harbour Radio) and Tom Reyes (Lincoln County Leader)", "June 6, 2025 6 a.m."],
     "Maria Gomez and Tom Reyes", "2025-06-06"),
    (["By Maria Gomez", "Issued on: June 6, 2025 - 17:42"], "Maria Gomez", "2025-06-06"),
    # the writer with the agency they worked with; the site's domain before the stamp
    (["By Maria Gomez / Staff reporter, with CNA", "HARBOUR.net / 04:52 PM June 6, 2025"], "Maria Gomez", "2025-06-06"),
    # the writer and their role joined by a middle dot; a reading time run into the stamp
    (["Maria Gomez · Senior Reporter", "4 min read Last Updated : Jun 6 2025 | 11:52 PM IST"], "Maria Gomez", "2025-06-06"),
    # a French newsroom's own byline with its agency: no writer
    (["Par L'Hebdo avec AFP", "Publié le 6 juin 2025 à 10h12"], None, "2025-06-06"),
    # two writers over their paper over the stamp
    (["Maria Gomez and Tom Reyes", "Harbour Courier Journal", "Published 3:17 p.m. ET June 6, 2025"],
     "Maria Gomez and Tom Reyes", "2025-06-06"),
    # the writer's name in capitals over the paper, the e-mail and the stamp
    (["MARIA GOMEZ", "Harbour Post-Gazette", "mgomez@harbourpost.com", "JUN 6, 2025"], "Maria Gomez", "2025-06-06"),
    # one writer over a paper whose name has no other newsroom word than "Register"
    (["Maria Gomez", "Harbour Valley Register", "Published 6:12 p.m. CT June 6, 2025"], "Maria Gomez", "2025-06-06"),
])
def test_bylines_under_the_headline(header, author, published):
    body = [P, "Pemerintah juga berencana membangun jalur kereta baru di kawasan itu tahun depan, kata pejabat dinas.",
            "Warga menyambut baik rencana itu karena perjalanan ke kota akan lebih cepat dan murah bagi pekerja."]
    res = clean_text("\n".join(["Tol Baru Diresmikan Presiden | Warta Harian"] + header + body))
    assert res.metadata.title == "Tol Baru Diresmikan Presiden"
    assert res.metadata.author == author
    assert res.metadata.subtitle is None
    if published:
        assert res.metadata.published == published
    assert all(line not in res.paragraphs for line in header)


def test_site_name_under_the_headline_is_not_a_subtitle_and_editor_credit_is_not_the_author():
    body = ["KABARKOTA.COM, BANDUNG - " + P,
            "Pemerintah juga berencana membangun jalur kereta baru di kawasan itu tahun depan, kata pejabat dinas."]
    page = ["Tol Baru Diresmikan Presiden - Kabar Kota", "Kabar Kota", "Penulis: Dewi Kartika | Editor: Budi Santoso"] + body
    m = clean_text("\n".join(page)).metadata
    assert m.title == "Tol Baru Diresmikan Presiden" and m.subtitle is None
    assert m.author == "Dewi Kartika"
    assert (m.dateline, m.publisher) == ("BANDUNG", "KABARKOTA.COM")
    assert parse_dateline("KABARKOTA.COM, BANDUNG - Hujan deras mengguyur kota.") == ("BANDUNG", "KABARKOTA.COM")


def test_a_long_dek_under_the_headline_is_the_subtitle():
    dek = "Emergency crews worked through the night as the river burst its banks in three places"
    body = ["PORT ELLIS (Reuters) - Storm Dara swept across the southern coast on Thursday night, flooding "
            "low-lying towns and leaving thousands of homes without electricity, officials said.",
            "The river burst its banks shortly after midnight, sending water into the old town and forcing "
            "dozens of families onto their roofs, where boats picked them up at dawn."]
    m = clean_text("\n".join(["Storm Dara floods coastal towns | Harbour Times", "World", "Storm Dara floods coastal towns",
                              dek, "By Maria Gomez"] + body)).metadata
    assert (m.title, m.subtitle, m.author, m.dateline) == ("Storm Dara floods coastal towns", dek, "Maria Gomez", "PORT ELLIS")


def test_blog_date_and_author_line_and_comment_dates_below_the_article():
    body = ["If you have a jar of sourdough starter in the fridge, this focaccia is the easiest bread you "
            "will ever make, because the dough does all the work overnight.",
            "Mix the flour, water and starter in a large bowl, rest it for half an hour, then fold it four "
            "times over two hours before it goes into the fridge."]
    page = ["Easy Sourdough Focaccia - The Flour Diaries", "Easy Sourdough Focaccia", "Posted on March 3, 2025 by Dana Wells"]
    page += body + ["Leave a Reply", "Laura says:", "March 5, 2025 at 8:12 am", "Made this twice already, my kids love it!"]
    m = clean_text("\n".join(page)).metadata
    assert (m.author, m.published, m.subtitle) == ("Dana Wells", "2025-03-03", None)


def test_a_comment_timestamp_is_not_the_publication_date():
    body = ["If you have a jar of sourdough starter in the fridge, this focaccia is the easiest bread you "
            "will ever make, because the dough does all the work overnight.",
            "Mix the flour, water and starter in a large bowl, rest it for half an hour, then fold it four "
            "times over two hours before it goes into the fridge."]
    comments = ["14 thoughts on “Easy Sourdough Focaccia for Busy Weeknights, With a Slow Overnight Rise and "
                "Lots of Olive Oil”", "Laura says:", "March 5, 2025 at 8:12 am", "Made this twice already, my kids love it!"]
    undated = clean_text("\n".join(["Easy Sourdough Focaccia", *body, *comments]))
    assert undated.metadata.published is None
    assert "Made this twice already, my kids love it!" not in undated.paragraphs  # the long heading ends the article
    stamped = clean_text("\n".join(["Easy Sourdough Focaccia", ". Last Updated on March 3, 2025", *body, *comments]))
    assert stamped.metadata.published == "2025-03-03"


@pytest.mark.parametrize("line, language, iso", [
    ("Kabarkita.com - 28/02/2025, 19:45 WIB", "id", "2025-02-28"),
    ("03/04/2025 10:00", "id", "2025-04-03"),   # day first on an Indonesian page
    ("Posted 03/04/2025", "en", "2025-03-04"),  # month first on an English one
    ("Updated 04/28/2025", "id", "2025-04-28"),  # 28 cannot be a month
    ("13.05.2024", None, "2024-05-13"),
    ("13th March 2025 15:20", "en", "2025-03-13"),
    ("Kamis, 12 November 2020", "id", "2020-11-12"),
    ("Published14 May 2025, 05:30 AM IST", "en", "2025-05-14"),  # the label glued to the day
])
def test_a_stamp_line_dates_with_bare_numbers(line, language, iso):
    assert parse_stamp_date(line, language) == iso


@pytest.mark.parametrize("line, others, iso", [
    ("Updated on 09/10/2025", ["16/03/2023", "22/06/2021"], "2025-10-09"),  # the page writes the day first
    ("Posted 03/04/2025", ["01/31/2025"], "2025-03-04"),                     # ... or the month first
    ("12:04 GMT+1 10/03/2025", [], "2025-03-10"),                            # a European offset: day first
    ("07.03.2024 | 10:14am", [], "2024-03-07"),                              # dots: day first
    ("Published on 11/5/2024 at 2:47 PM", [], "2024-11-05"),                 # nothing to tell: an English page's month first
])
def test_an_english_pages_numeric_date_reads_in_the_order_its_other_dates_or_its_zone_give(line, others, iso):
    from pipeline.textmeta import numeric_date_order
    assert parse_stamp_date(line, "en", numeric_date_order([line, *others])) == iso


def test_publisher_and_numeric_stamp_under_the_headline():
    page = "\n".join(["Pemerintah Tetapkan Awal Puasa Jatuh pada Sabtu", "Kabarkita.com - 28/02/2025, 19:45 WIB",
                      "JAKARTA, Kabarkita.com - Pemerintah menetapkan awal puasa jatuh pada Sabtu, 1 Maret 2025, "
                      "setelah sidang isbat yang digelar pada Jumat malam di Jakarta.",
                      "Keputusan diambil setelah tim pemantau melaporkan hilal terlihat di sejumlah titik "
                      "pengamatan di seluruh Indonesia pada petang harinya."])
    result = clean_text(page)
    assert dict(result.removed)["Kabarkita.com - 28/02/2025, 19:45 WIB"] == "date"
    assert result.metadata.published == "2025-02-28" and result.metadata.subtitle is None


def test_site_name_repeated_over_the_headline_is_not_the_title_and_a_dateline_on_its_own_line():
    lead = ("Badan Meteorologi memperingatkan potensi cuaca ekstrem di 15 provinsi selama sepekan ke depan, "
            "terutama di wilayah selatan Jawa.")
    page = "\n".join(["Warta Kini", "Nasional", "Ekonomi", "Olahraga",
                      "BMKG Peringatkan Cuaca Ekstrem di 15 Provinsi Sepekan ke Depan", "Warta Kini",
                      "Senin, 02 Des 2024 10:15 WIB", "Jakarta, Warta Kini --", lead,
                      "Deputi Bidang Meteorologi mengatakan peningkatan curah hujan dipicu oleh aktifnya monsun "
                      "dan gelombang atmosfer di sekitar khatulistiwa."])
    meta = clean_text(page).metadata
    assert meta.title == "BMKG Peringatkan Cuaca Ekstrem di 15 Provinsi Sepekan ke Depan"
    assert (meta.dateline, meta.publisher) == ("Jakarta", "Warta Kini")


E_LEAD = ("SYDNEY, March 11 (Wire) - Asian shares slipped on Tuesday as investors braced for inflation data "
          "later in the week that could shape the path of interest rates.")
E_NEXT = ("The broadest index of Asia-Pacific shares outside Japan fell 0.6%, while the Nikkei dropped 1.2% "
          "in early trading on Tuesday morning.")
P_ID = ("WONOGIRI - Presiden meresmikan bendungan baru di Kabupaten Karanganyar pada Kamis, yang diharapkan dapat "
        "mengairi ribuan hektare sawah di sekitarnya.")
P_ID2 = ("Menurut kementerian, bendungan tersebut memiliki kapasitas tampung sebesar 10 juta meter kubik dan "
         "dibangun dengan anggaran sekitar Rp1 triliun.")


def test_headline_is_the_line_over_the_article_header_not_a_tagline_higher_up():
    page = "\n".join(["Skip to main content", "Exclusive news, data and analytics for market professionals",
                      "World", "Business", "Markets", "Asian shares slip as investors await inflation data",
                      "By Stella Moreau", "March 11, 2025 10:42 AM GMT+7", "Updated 2 hours ago", E_LEAD, E_NEXT])
    meta = clean_text(page).metadata
    assert meta.title == "Asian shares slip as investors await inflation data"
    assert (meta.author, meta.published) == ("Stella Moreau", "2025-03-11")


def test_headline_dek_and_a_name_with_its_role():
    page = "\n".join(["Skip to main content", "The Daily Planet - Back to home", "News", "Opinion", "Environment",
                      "Rising sea temperatures push coral reefs to brink, scientists warn",
                      "Global bleaching event affects more than half of the world's reefs, with recovery uncertain",
                      "Bleached coral on the reef. Photograph: Ana Cruz/AFP/Getty Images",
                      "Maya Lindqvist Environment correspondent", "Mon 15 Apr 2024 14.00 BST", "Share", E_LEAD, E_NEXT])
    meta = clean_text(page).metadata
    assert meta.title == "Rising sea temperatures push coral reefs to brink, scientists warn"
    assert meta.subtitle.startswith("Global bleaching event")
    assert meta.author == "Maya Lindqvist"


def test_blog_date_by_author_with_comment_count():
    page = "\n".join(["Home", "Recipes", "Easy Sourdough Focaccia for Beginners",
                      "March 3, 2025 by Hannah Weiss 14 Comments",
                      "If you have a jar of sourdough starter in your fridge, this focaccia is the easiest way to "
                      "put it to work, with no kneading at all.",
                      "The dough is very wet, which is what gives focaccia its open, bubbly crumb, so do not be "
                      "tempted to add more flour.", "14 Comments", "Laura", "March 5, 2025 at 8:12 am",
                      "This came out perfectly, thank you! My family loved it.", "Reply"])
    meta = clean_text(page).metadata
    assert (meta.author, meta.published, meta.subtitle) == ("Hannah Weiss", "2025-03-03", None)


def test_wire_story_furniture_and_an_indonesian_name_role_time_byline():
    lead = ("VENTURA, Calif. (Wire) — A wind-driven wildfire raced through hillside neighborhoods on Wednesday, "
            "destroying dozens of homes and forcing thousands of people to flee.")
    body = [lead, "The fire broke out on Wednesday morning and grew to more than 10,000 acres within hours, fire "
                  "officials said at a news conference."]
    tail = ["Staff writer Lena Ortiz in Sacramento contributed to this report.",
            "Ortiz covers wildfires and water policy in the West for the Pacific Ledger.",
            "The Pacific Ledger is an independent, nonprofit news organization covering the West."]
    page = "\n".join(["Wildfire forces thousands to flee homes", "1 of 4 | Firefighters battle the blaze near "
                      "Ventura on Tuesday. (AP Photo/Lena Ortiz)", "By Sam Carter", "Updated 6:12 PM PST, November 6, 2024"]
                     + body + tail)
    result = clean_text(page)
    assert result.paragraphs == body
    removed = dict(result.removed)
    assert [removed[t] for t in tail] == ["credit", "author_box", "footer"]
    meta = clean_text("\n".join(["Bendungan Baru Diresmikan di Jawa Tengah",
                                 "Rina Marlina, Jurnalis · Kamis 18 Juli 2024 11:05 WIB", P_ID, P_ID2])).metadata
    assert (meta.author, meta.published) == ("Rina Marlina", "2024-07-18")



def test_headline_swept_into_a_menu_teaser_run_is_still_the_title():
    head = "Polri Siagakan 150 Ribu Personel Amankan Malam Tahun Baru"
    page = "\n".join(["Warta", "Beranda", "Terpopuler", head, "WartaNEWS", "31 Desember 2024 8:15 WIB", "·",
                      "waktu baca 2 menit", "comment", "2", "Ilustrasi polisi berjaga. Foto: Rina Marlina/Warta",
                      P_ID, P_ID2])
    result = clean_text(page)
    assert result.metadata.title == head and result.paragraphs == [P_ID, P_ID2]
    assert dict(result.removed)["Ilustrasi polisi berjaga. Foto: Rina Marlina/Warta"] == "caption"


def test_editor_and_reporter_abbreviations_and_an_illustration_caption():
    head = "BI Pertahankan Suku Bunga Acuan di Level 6 Persen"
    page = "\n".join(["Warta Online", "Ekonomi", head, "Red: Lida Puspaningtyas", "Rep: Eva Rianti",
                      "Gubernur bank sentral memberikan keterangan pers. (ilustrasi)", "Foto: Warta/Prayogi",
                      P_ID, P_ID2])
    result = clean_text(page)
    assert (result.metadata.title, result.metadata.author) == (head, "Eva Rianti")
    assert dict(result.removed)["Gubernur bank sentral memberikan keterangan pers. (ilustrasi)"] == "caption"


def test_reporter_label_with_the_name_under_it_and_a_slash_credit_caption():
    head = "KPU Tetapkan Jadwal Pilkada Serentak 27 November 2024"
    cap = "Ketua KPU memberikan keterangan kepada wartawan. WARTA/Subekti"
    page = "\n".join(["Berita Nasional", head, "Reporter", "Hendrik Yaputra", "Editor", "Sunu Dyantoro",
                      "Senin, 29 Januari 2024 14:20 WIB", cap, P_ID, P_ID2])
    result = clean_text(page)
    assert (result.metadata.title, result.metadata.author) == (head, "Hendrik Yaputra")
    assert dict(result.removed)[cap] == "caption"


def test_posted_and_updated_stamps_with_a_slash_before_the_time():
    head = "City council approves new bike lanes on Main Street"
    page = "\n".join(["Weather", "Traffic", head, "by: Karen Lee", "Posted: Mar 12, 2025 / 06:15 PM EDT",
                      "Updated: Mar 12, 2025 / 07:02 PM EDT", "SHARE", E_LEAD, E_NEXT])
    meta = clean_text(page).metadata
    assert (meta.title, meta.author, meta.published) == (head, "Karen Lee", "2025-03-12")


@pytest.mark.parametrize("stamp, iso", [
    # a zone spelt out, under a wire's press release
    ("April 2, 2026 08:00 AM Eastern Daylight Time", "2026-04-02"),
    # the issuer beside the stamp
    ("April 2, 2026 07:00 ET | Source: Harbour Bio, Inc.", "2026-04-02"),
    # Atlantic time, and how long ago it was updated
    ("Posted: Apr 2, 2026 6:00 AM ADT | Last Updated: 3 hours ago", "2026-04-02"),
    # the update first, then the original publication
    ("Updated Apr 03, 2026, 12:52 pm EDT / Original Apr 02, 2026, 6:11 am EDT", "2026-04-02"),
    # the byline and the stamp joined by a double slash
    ("By Dana Reyes // 2 April 2026", "2026-04-02"),
    # the school's account and the view counter beside the stamp
    ("Diposting oleh: Admin Sekolah | 2 April 2026 | Dilihat: 127 kali", "2026-04-02"),
    # the writer, the stamp and the post's categories
    ("Posted by Dana Reyes | April 2, 2026 | Programs, Stories", "2026-04-02"),
    # a press release's label
    ("For Immediate Release: Thursday, April 2, 2026", "2026-04-02"),
    # the site's account, not a writer, beside the stamp
    ("Diposting oleh Admin | Kamis, 2 April 2026 | 09:45 WIB", "2026-04-02"),
    # how long ago, then the date
    ("Published 9 hours ago on April 2, 2026", "2026-04-02"),
    # a Latin American zone, a Danish stamp with its "kl."
    ("2 Abr, 2026 07:42 a.m. AR", "2026-04-02"),
    ("2. marts 2026 kl. 05.00", "2026-03-02"),
])
def test_header_stamps_with_more_beside_the_date(stamp, iso):
    head = "Harbour council approves a new ferry timetable for the summer"
    page = "\n".join(["News", "Local", head, stamp, E_LEAD, E_NEXT, "Kamis (26/3/2026) lalu, rapat digelar."])
    result = clean_text(page)
    assert result.metadata.published == iso and dict(result.removed)[stamp] in ("date", "byline")
    assert result.metadata.title == head


def test_the_writer_and_the_outlet_over_the_stamp():
    head = "Harbour residents asked to cut water use as the dry spell goes on"
    page = "\n".join(["Canada", "Nova Scotia", head, "Demand is up a fifth as lawn watering surges", "Share",
                      "Dana Whitcomb · Harbour News ·", "Posted: Apr 2, 2026 6:00 AM ADT", E_LEAD, E_NEXT])
    result = clean_text(page)
    assert (result.metadata.title, result.metadata.author) == (head, "Dana Whitcomb")
    assert dict(result.removed)["Dana Whitcomb · Harbour News ·"] == "byline"
    # the same shape in a menu, no stamp under it, is no byline
    page = "\n".join(["World News · Middle East", head, E_LEAD, E_NEXT])
    assert dict(clean_text(page).removed).get("World News · Middle East") != "byline"


def test_german_page_byline_and_stamp():
    body = ["Der Bundestag hat am Mittwoch ein neues Klimaschutzgesetz beschlossen, das strengere Ziele für den "
            "Verkehrssektor vorsieht.",
            "Die Regierungsfraktionen stimmten geschlossen für den Entwurf, die Opposition kritisierte die Pläne "
            "als unzureichend und kündigte Widerstand an."]
    page = "\n".join(["Startseite", "Politik", "Bundestag beschließt neues Klimaschutzgesetz",
                      "Stand: 12.03.2025 14:30 Uhr", "Von Anna Schmidt"] + body + ["Impressum", "Datenschutz"])
    result = clean_text(page)
    assert result.paragraphs == body
    meta = result.metadata
    assert (meta.title, meta.author, meta.published, meta.subtitle) == (
        "Bundestag beschließt neues Klimaschutzgesetz", "Anna Schmidt", "2025-03-12", None)


def test_an_author_box_heading_does_not_sweep_the_lead_and_a_section_name_site_byline():
    lead = ("Jakarta, Warta Kini - Kementerian Kesehatan mencatat kasus demam berdarah meningkat sekitar 30 persen "
            "sepanjang tahun ini dibandingkan tahun sebelumnya.")
    page = "\n".join(["Kasus Demam Berdarah Naik 30 Persen Sepanjang Tahun Ini", "Rina Marlina", "Verified Writer",
                      "14 Feb 2024, 10:30 WIB", "Intinya Sih...", "Jawa Barat mencatat kasus terbanyak", lead, P_ID2])
    assert clean_text(page).paragraphs == [lead, P_ID2]
    head = "Indeks Saham Ditutup Menguat 1% ke Level Tertinggi"
    page = "\n".join(["Market", "News", head, "Market - Rina Marlina, Warta Indonesia", "14 February 2024 16:10",
                      P_ID, P_ID2])
    meta = clean_text(page).metadata
    assert (meta.title, meta.author) == (head, "Rina Marlina")


def test_author_and_editor_under_the_headline_are_not_author_and_publisher():
    page = "\n".join(["Jakarta Diguyur Hujan Deras, 15 RT Terendam Banjir", "Rina Marlina | Budi Santoso",
                      "Selasa, 04 Maret 2025 | 08:15 WIB", P_ID, P_ID2])
    meta = clean_text(page).metadata
    assert (meta.author, meta.publisher) == ("Rina Marlina", None)


def test_a_bare_name_under_the_headline_is_the_author_unless_it_is_the_site():
    page = "\n".join(["DPR Setujui RUU Perampasan Aset Jadi Usul Inisiatif", "Rina Marlina", P_ID, P_ID2])
    assert clean_text(page).metadata.author == "Rina Marlina"
    page = "\n".join(["Warta Kini", "Nasional", "DPR Setujui RUU Perampasan Aset Jadi Usul Inisiatif", "Warta Kini",
                      P_ID, P_ID2, "© 2025 Warta Kini"])
    assert clean_text(page).metadata.author is None


COOKIE_STORY = ["Most websites ask before they store cookies, and the law says that consent must be as easy to "
                "refuse as it is to give, which many banners still get wrong.",
                "Regulators fined three retailers this year for pre-ticked boxes, and more cases are expected "
                "before the new rules take effect in the spring."]


def test_a_label_under_the_headline_whose_words_the_page_uses_in_lower_case_is_not_a_name():
    page = "\n".join(["Why Cookie Banners Still Get Consent Wrong", "Cookie Consent", *COOKIE_STORY])
    assert clean_text(page).metadata.author is None
    page = "\n".join(["Why Cookie Banners Still Get Consent Wrong", "Hana Kowalczyk", *COOKIE_STORY])
    assert clean_text(page).metadata.author == "Hana Kowalczyk"


def test_menu_facets_are_not_bylines():
    page = "\n".join(["Solutions", "By Industry", "By Role", "Door Hinges", "Why Cookie Banners Still Get Consent Wrong", *COOKIE_STORY])
    result = clean_text(page)
    assert result.metadata.author is None
    assert ("By Industry", "navigation") in result.removed


@pytest.mark.parametrize("header, author", [
    (["Written by:", "Maren Holt,"], "Maren Holt"),
    (["By", "Dana Okafor, CFP®"], "Dana Okafor"),
    (["By", "Tomás Ibáñez-Ruiz | The Valley Newsroom"], "Tomás Ibáñez-Ruiz"),
    (["Text by", "Ilse Varga"], "Ilse Varga"),
    (["Written by", "Priyanka"], "Priyanka"),  # a first name alone, under a "by" label
    (["Medically reviewed", "by", "Oren Blake, RN", "—", "Written by", "Maren Holt"], "Maren Holt"),
    (["Authors", "Themes", "Issues"], None),  # a menu, not a label
])
def test_an_author_label_with_the_name_on_the_next_line(header, author):
    page = "\n".join(["Why Cookie Banners Still Get Consent Wrong", *header, *COOKIE_STORY])
    assert clean_text(page).metadata.author == author


def test_a_name_beside_the_date_in_the_article_header_is_the_author():
    page = ["Why Cookie Banners Still Get Consent Wrong", "March 3, 2025", "Maren Holt", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Maren Holt"
    # below the article, a name and a date belong to a comment
    page = ["Why Cookie Banners Still Get Consent Wrong", *COOKIE_STORY, "Leave a Reply", "Oren Blake", "March 5, 2025"]
    assert clean_text("\n".join(page)).metadata.author is None
    # in capitals under the headline, as a wire prints its writer
    page = ["Harbour Wire", "Why Cookie Banners Still Get Consent Wrong", "MAREN HOLT",
            "Updated Wed, April 16, 2025 at 2:41 PM PDT", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Maren Holt"


def test_a_name_with_the_outlet_in_brackets_and_a_weekday_date_in_the_article_header():
    page = ["The Harbour Post", "World", "Why Cookie Banners Still Get Consent Wrong", "Maren Holt (The Harbour Post)",
            "Portsmouth", "Thu, March 20, 2025", "Share this article", *COOKIE_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.author, meta.published) == ("Maren Holt", "2025-03-20")
    # an acronym spelled out is not a byline; a weekday and a date far above the article is
    # the site's "today" header
    page = ["Thu, March 20, 2025", "Home", "News", "Opinion", "Sport", "Culture", "Travel", "Money", "Tech",
            "Why Cookie Banners Still Get Consent Wrong", "Certified Public Accountant (CPA)", *COOKIE_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.author, meta.published) == (None, None)


def test_a_single_capitalised_word_before_the_dash_is_the_site_when_the_page_names_its_domain():
    lead = "KABAR – Timnas menang 1-0 atas Bahrain dalam lanjutan kualifikasi di Stadion Utama, Selasa malam."
    page = "\n".join(["Timnas Menang atas Bahrain", lead, P_ID2, "Copyright © 2025 Kabar.co.id"])
    meta = clean_text(page).metadata
    assert (meta.publisher, meta.dateline) == ("KABAR", None)
    page = "\n".join(["Timnas Menang atas Bahrain", lead, P_ID2])
    assert clean_text(page).metadata.dateline == "KABAR"  # a place, as far as the page says


def test_bylines_glued_or_with_the_outlet_and_a_button_beside_the_date():
    page = ["How Small Banks Are Fighting Back", "ByDana Okafor,", "Contributor.",
            "Dana Okafor covers banking and personal finance.", "Follow Author", "Mar 05, 2025, 09:15am EST", *COOKIE_STORY]
    result = clean_text("\n".join(page))
    assert (result.metadata.author, result.metadata.published) == ("Dana Okafor", "2025-03-05")
    assert ("Dana Okafor covers banking and personal finance.", "author_box") in result.removed
    page = ["How Small Banks Are Fighting Back", "By MAREN HOLT FOR HARBOURONLINE", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Maren Holt"  # set in capitals, named as written
    page = ["How Small Banks Are Fighting Back", "By Maren Holt Harbour News", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Maren Holt"
    page = ["How Small Banks Are Fighting Back", "Follow Author", "Mar 05, 2025, 09:15am EST", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author is None


def test_a_headline_over_its_summary_points():
    page = ["Home", "News", "Council votes to close the seaside pier after storm damage leaves it unsafe",
            "Engineers found cracks in three of the pier's main supports",
            "Repairs would cost an estimated four million pounds, the council says",
            "By MAREN HOLT", "Published: 14:32 GMT, 4 March 2025", *COOKIE_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert meta.title == "Council votes to close the seaside pier after storm damage leaves it unsafe"


def test_the_reporter_named_in_brackets_under_the_article_and_the_site_name_before_the_dash():
    lead = "KABAR PRIANGAN - Pemerintah kota menambah 50 unit bus sekolah gratis mulai Juli untuk siswa di pinggiran."
    page = "\n".join(["Kabar Priangan", "Berita", "Bus Sekolah Gratis Ditambah", lead, P_ID2, "*** (Maren Holt)",
                      "(Universitas Padjadjaran)"])
    meta = clean_text(page).metadata
    assert (meta.author, meta.publisher, meta.dateline) == ("Maren Holt", "KABAR PRIANGAN", None)
    page = "\n".join(["Bus Sekolah Gratis Ditambah", lead, P_ID2, "(Universitas Padjadjaran)"])
    assert clean_text(page).metadata.author is None  # an institution, not a reporter


def test_a_name_one_line_from_the_date_with_a_show_or_a_button_between():
    page = ["Why Cookie Banners Still Get Consent Wrong", "December 4, 2024 · 5:00 AM ET", "Heard on Morning Edition",
            "Maren Holt", "4-Minute Listen", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Maren Holt"
    page = ["Why Cookie Banners Still Get Consent Wrong", "Order Now", "Maren Holt", "September 4, 2025", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Maren Holt"


def test_the_byline_beside_the_date_wins_over_an_appeals_signature_above_it():
    body = ("The number of patients waiting more than four hours fell for the third month in a row, "
            "according to figures published by the health service on Thursday morning.")
    page = "\n".join(["Waiting list falls for third month in a row", "Support independent journalism",
                      "Whether $5 or $50, every contribution counts.", "Louise Marsh", "Editor",
                      "Dana Reyes", "Health Correspondent", "Thursday 13 March 2025 13:47 GMT", body, body + " Again."])
    assert clean_text(page).metadata.author == "Dana Reyes"


def test_the_writer_in_bylines_with_a_role_and_place_or_an_editors_initials():
    from pipeline.textmeta import find_author
    assert find_author("Penulis Kontributor Demak, Ari Widodo", "byline") == "Ari Widodo"
    assert find_author("Rep: Nurul Fadhilah/ Red: Ani Nursalikah", "byline") == "Nurul Fadhilah"


def test_a_bare_name_over_the_date_even_when_it_credits_the_photo_too():
    caption = "Warga mengungsi di posko banjir, Selasa (11/3/2025). (Foto: Warta Kini/Dewi Lestari)"
    page = ["Warta Kini", "Banjir Rendam Tiga Kecamatan, Ribuan Warga Mengungsi", "Dewi Lestari",
            "Selasa, 11 Maret 2025 - 14:35 WIB", caption, *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Dewi Lestari"
    # a three-word name, only right above the date stamp
    page = ["Warta Kini", "Banjir Rendam Tiga Kecamatan, Ribuan Warga Mengungsi", "Dewi Ayu Lestari",
            "Selasa, 11 Maret 2025 | 14:35 WIB", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Dewi Ayu Lestari"


def test_the_author_without_the_by_label_or_the_role_after_the_name():
    page = ["How Small Banks Are Fighting Back", "By Maren Holt", "Staff Writer", "March 4, 2025", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Maren Holt"
    page = ["How Small Banks Are Fighting Back", "By Maren Holt, Business Reporter", "March 4, 2025", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Maren Holt"
    page = ["How Small Banks Are Fighting Back", "By Maren Holt, Tom Price", "March 4, 2025", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Maren Holt, Tom Price"


def test_a_byline_in_capitals_with_a_short_last_name_and_the_role_line_under_a_byline():
    page = ["How Small Banks Are Fighting Back", "BY DANA NIZAM RAHIM", "March 4, 2025", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Dana Nizam Rahim"
    page = ["How Small Banks Are Fighting Back", "By  Mercy Achieng", "Harbour County Reporter", "Harbour Media Group",
            "March 18, 2025", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Mercy Achieng"


def test_a_share_links_label_beside_the_date_is_no_author():
    page = ["Harbour News", "Port authority trains 10,000 local tour guides by 2027", "Short Url",
            "https://harbour.news/4abc", "Updated 18 March 2025", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author is None


def test_hyphenated_and_three_word_bare_names_over_the_date_with_a_bio_after_the_article():
    page = ["Harbour News", "Penguin numbers on the peninsula hit a record low after the heatwave", "Maren Holt-Ridley",
            "14:32, Jan 14 2025", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Maren Holt-Ridley"
    page = ["Harbour News", "Port opens enrolment for online voting ahead of the May polls",
            "Overseas voters in 77 countries will cast their ballots online for the first time",
            "Maria Clara Santos", "Jan 22, 2025 4:18 PM PHT", *COOKIE_STORY,
            "Officials said the portal had been tested in three embassies over the past year, and that voters who "
            "cannot reach it will still be able to post their ballots as before.", "Tags: online voting, overseas voters",
            "Maria Clara Santos",
            "Maria Clara Santos covers elections for Harbour News. She joined the newsroom in 2021.", "Read more"]
    assert clean_text("\n".join(page)).metadata.author == "Maria Clara Santos"
    # "By" is a label, not a first name
    page = ["Harbour News", "Port opens enrolment for online voting ahead of the May polls", "By Maren Holt",
            "Jan 22, 2025 4:18 PM PHT", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Maren Holt"


def test_a_name_recurring_as_the_site_in_the_footer_is_still_not_the_author():
    page = ["Harbour Ledger", "Port opens enrolment for online voting ahead of the May polls", "Harbour Ledger",
            "Jan 22, 2025", *COOKIE_STORY, "Harbour Ledger is an independent newsroom in Port Alder."]
    assert clean_text("\n".join(page)).metadata.author is None


def test_a_dated_byline_beats_a_category_line_read_as_a_byline_and_a_handle_glued_to_the_name():
    page = ["Harbour & Hearth Bakery", "Farmers Market, News",
            "5 Things We Learned From Our First Year Selling Sourdough", "Posted on September 9, 2024 by Maggie Holt",
            "2 Comments", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Maggie Holt"
    page = ["Regional bank stocks slide after lender flags surprise loss", "Updated Tue, Mar 11 2025 12:38 PM EDT",
            "Dana Whitlow@DanaWhitlowTV", "Share", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Dana Whitlow"


def test_bylines_with_name_particles_and_a_trade_before_the_name():
    from pipeline.textmeta import find_author
    assert find_author("Door Marijke van der Berg", "byline") == "Marijke van der Berg"
    assert find_author("Por João da Silva e Maria dos Santos", "byline") == "João da Silva e Maria dos Santos"
    assert find_author("Von HARBOUR-Online-Redakteurin Lea Sommer", "byline") == "Lea Sommer"
    assert find_author("Oleh Rina Marlina di Jakarta", "byline") is None  # where she files from is no part of her name
    headline = "Havenbedrijf brengt nieuwe sleepboten in de vaart met elektrische aandrijving"
    page = ["Nieuws", headline, "Door Marijke van der Berg", "Redacteur", "woensdag 14 mei 2025 09:41", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Marijke van der Berg"


def test_a_byline_naming_an_office_or_the_outlet_in_one_word_names_no_writer():
    from pipeline.textmeta import find_author
    assert find_author("By Harbourdaily", "byline") is None
    assert find_author("By Madonna", "byline") == "Madonna"
    # one word with a capital inside after a few letters is the site's own name, not a surname
    assert find_author("Penulis : WartaBali", "byline") is None
    assert find_author("By McDonald", "byline") == "McDonald"


def test_a_byline_with_the_outlet_after_a_bar_or_the_editor_after_the_writer():
    from pipeline.textmeta import find_author
    assert find_author("By Lauren Okafor | Harbour Advance Media for Harbour.com", "byline") == "Lauren Okafor"
    assert find_author("By Jonah Reyes edited by Andrea Lind", "byline") == "Jonah Reyes"
    assert find_author("By Jonah Reyes, fact-checked by Andrea Lind", "byline") == "Jonah Reyes"
    assert find_author("By Mariam Tawfik in Port Said", "byline") == "Mariam Tawfik"  # where it was filed
    assert find_author("Posted by Jane Doe at 4:17 PM", "byline") == "Jane Doe"  # when it was posted
    assert find_author("Af Mikkel Sørby", "byline") == "Mikkel Sørby"  # Danish, and Swedish or Norwegian "Av"
    assert find_author("Av Anna Berg", "byline") == "Anna Berg"
    headline = "Presiden Minta Penyaluran Bantuan Pangan Tuntas Sebelum Ramadan"
    page = ["Beranda » Berita » Berita Utama", headline, "Oleh Humas", "Diterbitkan pada 13 Februari 2025", "Bagikan",
            *COMMUTER_STORY]
    m = clean_text("\n".join(page)).metadata
    assert (m.title, m.author, m.published) == (headline, None, "2025-02-13")


def test_reported_and_edited_by_a_wire_copy_byline_and_a_role_naming_a_region():
    from pipeline.textmeta import find_author
    assert find_author("Reported by Kiran Mehta, Edited by Ravi Bose", "byline") == "Kiran Mehta"
    assert find_author("Maren Vogt with AFP, Reuters", "byline") == "Maren Vogt"
    assert find_author("Maren Vogt and agencies", "byline") == "Maren Vogt"
    assert find_author("Hana Whitlow, Bay of Plenty reporter", "byline") == "Hana Whitlow"
    headline = "Man arrested for duping 40 people with fake railway job offers"
    page = [headline, "Reported by Kiran Mehta, Edited by Ravi Bose", "India News", "Jan 21, 2025 14:32 pm IST",
            *COOKIE_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.author) == (headline, "Kiran Mehta")


def test_the_headline_over_a_photo_caption_and_its_credit_under_it():
    headline = "Rail strike threat grows as wage talks with the operator collapse"
    page = ["Harbour Wave", "Business", headline,
            "Union negotiators walked out of a fourth round of talks over the operator's offer.",
            "Long-distance services were brought to a near standstill during strikes last year",
            "Image: Sebastian Vogt/dpa/picture alliance", "Maren Vogt with Reuters, dpa",
            "02/19/2025February 19, 2025", *COOKIE_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.author, meta.published) == (headline, "Maren Vogt", "2025-02-19")


def test_bylines_with_the_stamp_glued_on_each_writers_outlet_or_the_reviewer_first():
    from pipeline.textmeta import find_author
    assert find_author("By Dana Whitlow Harbour Staff,Updated October 22, 2024, 6:41 p.m.", "byline") == "Dana Whitlow"
    assert find_author("by Leah Holt, Harbour Post, and Tomás Reyes, The County Ledger", "byline") == \
        "Leah Holt and Tomás Reyes"  # (the byline's own "and", its outlets dropped)
    assert find_author("Medically reviewed by Dana Reyes, MD — Written by Maren Holt, RD — Updated on March 4, 2025",
                       "byline") == "Maren Holt"
    assert find_author("Laporan oleh Anindya Putri Maharani", "byline") == "Anindya Putri Maharani"
    # the outlet in lower case, then the city after a dash
    assert find_author("Por Ana Beatriz Lopes, g1 RJ — Rio de Janeiro", "byline") == "Ana Beatriz Lopes"
    # the writer's label in more languages, and Romanian's lower-case "de"
    assert find_author("Autorka: Jana Nováková", "byline") == "Jana Nováková"
    assert find_author("Yazar: Elif Kaya", "byline") == "Elif Kaya"
    assert find_author("de Mihai Ionescu", "byline") == "Mihai Ionescu"


LONGER_STORY = ["Officials said the portal had been tested in three offices over the past year, and that people who "
                "cannot reach it will still be able to file their forms on paper as before.",
                "The company said it had followed every rule in force at the time, and that it would cooperate "
                "with any review the board decided to open into the way bonds were awarded in the county."]


def test_a_headline_of_two_sentences_in_title_case_over_its_dek_and_byline():
    headline = "In One County, a Single Bail Company Got Most of the Business. Its Owner Helped Write the Rules."
    page = ["Harbour Post", "Investigative Journalism in the Public Interest", "Donate", "Local Reporting Network",
            headline, "Records show a company run by a former county official wrote most of the county's bail bonds.",
            "by Leah Holt, Harbour Post, and Tomás Reyes, The County Ledger", "Nov. 14, 2024, 5 a.m. EST",
            "Republish", *COOKIE_STORY, *LONGER_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.author) == (headline, "Leah Holt and Tomás Reyes")


def test_an_office_a_team_or_an_outlet_in_the_byline_is_no_author():
    from pipeline.textmeta import find_author
    assert find_author("Oleh Suara Harbour", "byline") is None
    assert find_author("Penulis: Humas Jateng", "byline") is None
    assert find_author("By Tim Redaksi", "byline") is None
    assert find_author("By Staff Writer", "byline") is None
    assert find_author("Oleh Timotius Hendra", "byline") == "Timotius Hendra"


def test_two_names_behind_a_bar_over_the_stamp_are_the_byline():
    head = "Ditahan imbang di kandang, pelatih sebut pemainnya kehabisan tenaga"
    dek = "Jadwal padat membuat rotasi pemain tidak berjalan maksimal."
    page = ["Bola", "Liga Indonesia", head, dek, "Rudi Hartono | Sinta Maharani Dewi", "Senin, 15 September 2025 | 14:20 WIB",
            P_ID, P_ID2]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.subtitle, meta.author) == (head, dek, "Rudi Hartono")
    # the contributor under the article names the second of the pair: the second wrote it
    meta = clean_text("\n".join(page + ["Kontributor : Sinta Maharani Dewi", "Berita Terkait"])).metadata
    assert meta.author == "Sinta Maharani Dewi"
    # a headline and its site behind a bar is no pair of names
    page = ["Bola", "Tol Baru Diresmikan Presiden | Warta Harian", "Senin, 15 September 2025 | 14:20 WIB", P_ID, P_ID2]
    assert dict(clean_text("\n".join(page)).removed).get("Tol Baru Diresmikan Presiden | Warta Harian") != "byline"


def test_the_writers_bio_under_their_name_is_no_headline():
    head = "Membaca sastra lama di zaman video pendek"
    for bio, under in (("Alumnus Filsafat UGM. Pegiat klub buku di Malang.", "16 Mei 2024 20:15"),
                       ("Mahasiswa Program Studi Ilmu Komunikasi, Universitas Harapan Bangsa", "Ikuti")):
        page = "\n".join(["Opini", "Sastra", head, "Yoga Prasetyo", bio, under, P_ID, P_ID2])
        assert clean_text(page).metadata.title == head


def test_the_sites_account_over_the_stamp_is_no_author():
    head = "Penyaluran bantuan tunai desa tahap pertama untuk 40 keluarga"
    page = "\n".join(["Beranda / Artikel / Berita Desa", head, "Administrator", "05 Maret 2024 10:21:15 WIB",
                      "Dibaca 112 Kali", P_ID, P_ID2])
    meta = clean_text(page).metadata
    assert (meta.title, meta.author, meta.published) == (head, None, "2024-03-05")


def test_writers_before_their_outlet_after_a_bar_and_a_newsroom_team_is_no_author():
    from pipeline.textmeta import find_author
    assert find_author("By Tessa Holt and Ben Harrow | The Harbour Post", "byline") == "Tessa Holt and Ben Harrow"
    assert find_author("Tim Redaksi, Harbour Indonesia", "byline") is None


COMMUTER_STORY = ["Setiap pagi alarm saya berbunyi pukul 04.45, bukan karena saya rajin, tetapi karena jarak antara "
                  "rumah dan kantor harus ditempuh dengan dua kali naik kereta yang selalu penuh sesak.",
                  "Di dalam gerbong itu saya belajar banyak hal tentang kesabaran, tentang antre, dan tentang "
                  "bagaimana orang-orang asing bisa saling menjaga ketika kereta berhenti terlalu lama.",
                  "Hal-hal seperti itu membuat saya percaya bahwa kota yang keras tidak selalu membuat "
                  "orang-orangnya ikut keras, asalkan kita mau sedikit lebih sabar setiap hari."]


def test_the_headline_over_the_writers_name_and_a_line_about_them():
    headline = "Catatan Seorang Komuter: Dua Jam di Kereta yang Mengajarkan Sabar"
    page = ["Warta Kini", "Konten dari Pengguna", headline, "Rizky Akbar",
            "Mahasiswa Ilmu Komunikasi Universitas Harapan", "18 November 2024 7:21 WIB", *COMMUTER_STORY]
    assert clean_text("\n".join(page)).metadata.title == headline


def test_the_stamp_under_the_headline_beats_the_sites_clock_and_published_beats_updated():
    headline = "Ratusan Guru Honorer di Lebak Belum Terima Insentif Tiga Bulan"
    page = ["Senin, 09 September 2024 – 06:12 WIB", "Warta Kini", "Daerah", headline,
            "Sabtu, 07 September 2024 – 19:45 WIB", *COMMUTER_STORY]
    assert clean_text("\n".join(page)).metadata.published == "2024-09-07"
    page = ["Harbour Times", "Parts of the wetland reserve to close at dawn as the bird season begins",
            "Updated Sep 13, 2024, 05:00 AM", "Published Sep 12, 2024, 08:27 PM", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.published == "2024-09-12"
    page = ["Harbour Wave", "Lisbon–Madrid night train to return next year after a five-year hiatus",
            "Published on 05/06/2025 - 11:42 GMT+2 • Updated 14:05", *COOKIE_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert meta.published == "2025-06-05"


def test_a_blog_posts_date_header_and_its_footer_line_with_labels():
    headline = "Menyusuri Curug Cikondang: Air Terjun Lebar yang Bikin Lupa Capek"
    page = ["Jejak Langkah Ratih", "Cerita perjalanan dan kuliner.", "Beranda", "Tentang Saya",
            "Sabtu, 16 November 2024", headline, *COMMUTER_STORY,
            "Posted by Ratih Kusuma | Label: Jalan-jalan, Jawa Barat | 3 komentar", "3 komentar:"]
    res = clean_text("\n".join(page))
    assert (res.metadata.title, res.metadata.author, res.metadata.published) == \
        (headline, "Ratih Kusuma", "2024-11-16")
    assert dict(res.removed)["Posted by Ratih Kusuma | Label: Jalan-jalan, Jawa Barat | 3 komentar"] == "byline"


def test_one_name_alone_between_the_headline_and_the_date_even_when_the_photo_credit_names_it_too():
    headline = "Jembatan Gantung Putus Diterjang Banjir, Warga Dua Dusun Terisolasi"
    caption = "Jembatan gantung penghubung dua dusun putus diterjang banjir, Jumat (15/11/2024). Foto/Yuswantoro"
    page = ["Warta Kini", "Daerah", headline, "Yuswantoro", "Sabtu, 16 November 2024 - 09:47 WIB", caption,
            *COMMUTER_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Yuswantoro"
    # a section's name there is no one's
    page = ["Warta Kini", "Daerah", headline, "Nasional", "Sabtu, 16 November 2024 - 09:47 WIB", *COMMUTER_STORY,
            "Berita nasional lainnya"]
    assert clean_text("\n".join(page)).metadata.author is None
    page = ["Warta Kini", headline, "Staff", "Sabtu, 16 November 2024 - 09:47 WIB", *COMMUTER_STORY]
    assert clean_text("\n".join(page)).metadata.author is None


def test_a_byline_with_a_space_before_its_comma_or_the_writers_address_and_outlet():
    from pipeline.textmeta import find_author
    assert find_author("Nadia Putri , Jurnalis", "byline") == "Nadia Putri"
    assert find_author("By Mari Holt | mholt@harbourtribune.com | Harbour Tribune", "byline") == "Mari Holt"


def test_the_writer_unlabelled_before_the_editor():
    from pipeline.textmeta import find_author
    assert find_author("Ardi Pramono | Editor: Wahyu Setyaningsih", "byline") == "Ardi Pramono"


def test_the_headline_over_the_date_past_a_long_tool_bar_and_a_dek_over_the_lead():
    headline = "Council launches drive to clear 1,200 illegal hoardings along the ring road"
    page = ["Skip to main content", "The Times of Harbour", "Sign In", "City News", headline,
            "Updated: Jul 9, 2024, 07:41 IST", "Share", "A A A",
            "Text Size", "Print", "Email", "Save", "Share on Facebook", "Follow us",
            "The drive will cover stretches between the airport and the old city in its first phase",
            *COOKIE_STORY, *LONGER_STORY]
    assert clean_text("\n".join(page)).metadata.title == headline


def test_the_headline_over_a_weekday_date_and_the_labelled_byline():
    headline = "Dinas Rampungkan 12 Jembatan Gantung untuk Akses Sekolah di Garut Selatan"
    page = ["Senin, 25 November 2024", "Pemerintah Daerah Provinsi Harapan Jaya", "Beranda", "Berita", "Infrastruktur", headline,
            "Rabu, 20 November 2024", "Oleh: Yudi Permana", "Redaktur: Sinta Dewi", "Kategori: Infrastruktur",
            *COMMUTER_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.author) == (headline, "Yudi Permana")


def test_the_writers_box_over_the_headline_with_a_follow_button():
    headline = "Mengajar di Kelas Rangkap: Catatan dari Sekolah Kecil di Lereng Merapi"
    page = ["Warta Blog", "Beranda", "Tulis", "Masuk", "Rahmat Hidayat", "Guru",
            "Guru SD di lereng gunung yang gemar menulis dan bersepeda.", "Ikuti", "Pendidikan", headline,
            "13 Februari 2025 21:40", *COMMUTER_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Rahmat Hidayat"
    # menu items over the site's follow buttons are no one
    page = ["Harbour Gym", "Join Now", "Shop Apparel", "Member Portal", "Free Day Pass", "Follow", "Follow",
            "The Beginner's Guide to Gym Equipment: Everything You Need to Know", *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author is None


def test_the_publication_stamp_under_the_article_beats_an_update_stamp_over_it():
    page = ["Harbour Hindu", "Metro water board to pilot smart meters in 2,000 homes",
            "Updated - August 22, 2024 10:35 am IST - CHENNAI", *COOKIE_STORY, "Published - August 21, 2024 09:12 pm IST",
            "Related Topics"]
    assert clean_text("\n".join(page)).metadata.published == "2024-08-21"


def test_a_newsletters_name_on_the_first_line_that_its_own_promotion_names_is_no_title():
    headline = "Why your bus schedule is lying to you"
    page = ["The Margins of Harbour", "Subscribe", "Sign in", "Share this post", "The Margins of Harbour", headline,
            "Copy link", "Facebook", "Notes", headline, "And what a spreadsheet of 40,000 departures taught me about reliability", "Priya Holt",
            "Mar 09, 2025", *COOKIE_STORY, *LONGER_STORY,
            "Thanks for reading The Margins of Harbour! Subscribe for free to receive new posts and support my work."]
    assert clean_text("\n".join(page)).metadata.title == headline


def test_the_writer_over_the_labelled_names_of_translator_and_editor():
    headline = "Harbour Regent Named Suspect in Ferry Contract Bribery Case"
    dek = "Investigators say the regent took kickbacks from three shipyards bidding for the new ferries."
    page = ["Home", "Politics & Law", headline, dek, "Hendra Wibowo", "Translator", "Rina Marlina", "Editor",
            "Dewi Lestari", "Monday, 10 March 2025 14:27 WIB", "Share", *COOKIE_STORY]
    m = clean_text("\n".join(page)).metadata
    assert (m.title, m.author) == (headline, "Hendra Wibowo")


def test_a_name_over_the_outlets_initials_and_the_writers_beat_under_a_captioned_top_picture():
    headline = "Harbour City complete cup rout of Northgate to move within a win of the title"
    caption = "Dana Okafor scored two of the six tries in the rain on a cold afternoon"
    page = ["Rugby Union", "Scores & Fixtures", "Tables", headline, "Image source, Getty Images",
            "Image caption,", caption, "Tom Reyes", "HBC Sport rugby union reporter at the Quay Stadium", "Published",
            "15 March 2025", *COOKIE_STORY]
    result = clean_text("\n".join(page))
    assert (result.metadata.title, result.metadata.author) == (headline, "Tom Reyes")
    assert dict(result.removed)[caption] == "caption"


def test_a_name_over_the_wire_and_the_date_under_a_trending_row():
    headline = "Port trust offers 50% penalty waiver to berth fee defaulters till May 31"
    page = ["City", "Trending", "Harbour Traffic", "Harbour Weather", "Harbour Metro Blue Line", headline,
            "Aditi Rao", "/ TNN / Mar 5, 2025, 04:12 IST", "Share", *COOKIE_STORY]
    m = clean_text("\n".join(page)).metadata
    assert (m.title, m.author, m.published) == (headline, "Aditi Rao", "2025-03-05")


def test_two_writers_on_lines_of_their_own_joined_by_a_bare_and_over_the_date():
    headline = "Why older harbour workers who lose their jobs stay unemployed longer"
    page = ["Search Harbour Institute", "Close", "Commentary", headline, "Daniel R. Okafor", "and", "Priya Reyes",
            "March 5, 2025", "Share", *COOKIE_STORY]
    m = clean_text("\n".join(page)).metadata
    assert (m.title, m.subtitle, m.author) == (headline, None, "Daniel R. Okafor and Priya Reyes")


@pytest.mark.parametrize("desk, menu_items", [
    ("Harbour News, Somerset", ["Higher Education", "News & Media"]),  # the outlet and its desk
    ("CBC Manitoba", ["Computer Vision", "AI Solutions"]),  # a broadcaster's initials and its region
])
def test_a_name_over_the_outlet_and_desk_it_writes_for_but_not_a_menu_item_over_another(desk, menu_items):
    page = ["Harbour", "Villagers cut off after landslip closes only road", "14 June 2024", "Share", "Save",
            "Harriet Lowe", desk, *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Harriet Lowe"
    page = ["Harbour", "What is social commerce", "May 6, 2025", "Share", "Save", "Print", *menu_items, *COOKIE_STORY]
    assert clean_text("\n".join(page)).metadata.author is None


def test_a_byline_with_a_line_about_the_writer():
    from pipeline.textmeta import find_author
    assert find_author("By Nadia Holt, a news writer covering games and handhelds.", "byline") == "Nadia Holt"


def test_the_headline_under_its_kicker_in_capitals():
    headline = "Brits urged to check lofts as old trading cards from the 90s sell for up to £5,000 each"
    page = ["The Harbour Sun", "Money", "CASH IN THE ATTIC", headline,
            "Experts say a single rare card in a shoebox could pay for a family holiday", "Ellie Kirk",
            "Published: 16:05, 22 Apr 2024", *COOKIE_STORY, *LONGER_STORY]
    assert clean_text("\n".join(page)).metadata.title == headline


def test_the_headline_under_its_topics_listed_as_a_kicker():
    headline = "Harbour Council Backs Ferry Fare Freeze For A Third Year As Costs Climb"
    page = ["The Harbour Sun", "Newsletters", "Podcast", "Transport, Budget, North Shore", headline,
            "The fare has not changed since 2022. The operator says it can hold it one more year.",
            "A ferry leaves the north pier on Monday.", "Credit: Jo Lin/The Harbour Sun", "By Ellie Kirk",
            "Published: 16:05, 22 Apr 2024", *COOKIE_STORY, *LONGER_STORY]
    assert clean_text("\n".join(page)).metadata.title == headline


def test_a_writer_of_four_names_and_the_outlet_over_the_date():
    page = ["Warta Bali", "Berita", "Truk Terguling di Jalur Denpasar-Gilimanuk, Lalu Lintas Macet 3 Km",
            "Ni Made Ayu Lestari - Warta Bali", "Rabu, 14 Feb 2024 11:42 WITA", *COMMUTER_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.author, meta.subtitle) == ("Ni Made Ayu Lestari", None)


def test_the_sites_domain_and_tagline_on_the_first_line_is_no_headline():
    headline = "A Harbour Town Fined a Man $4,000 for Parking His Own Truck in His Own Driveway"
    page = ["Harbourwatch.com - Free Minds and Open Harbours", "Latest", "Magazine", "Video", "Property Rights",
            headline, "The town says the pickup was a commercial vehicle because of the logo on its door.",
            "Ada Quist | 8.19.2024 3:40 PM", "Share on Facebook", *COOKIE_STORY, *LONGER_STORY]
    assert clean_text("\n".join(page)).metadata.title == headline


def test_the_writers_name_between_the_dek_and_the_share_bar_with_the_date_over_the_headline():
    headline = "The Quiet War on Harbour Defenders"
    dek = "Across the coast, councils are cutting legal aid budgets while prosecutors grow. The result is a right on paper."
    page = ["Harbour Nation", "Politics", "Books & the Arts", "Society", "/ June 5, 2025", headline, dek, "Maya Lindqvist",
            "Share", "Copy Link", "Facebook", "Pocket", "Ad Policy", *COOKIE_STORY, *LONGER_STORY]
    result = clean_text("\n".join(page))
    meta = result.metadata
    assert (meta.title, meta.subtitle, meta.author, meta.published) == (headline, dek, "Maya Lindqvist", "2025-06-05")
    assert result.paragraphs == COOKIE_STORY + LONGER_STORY
    # a button's words over the share bar name no one
    page[7] = "Manage Your List"
    assert clean_text("\n".join(page)).metadata.author is None


def test_the_day_over_the_headline_beats_the_day_of_a_caption_sized_first_line():
    from tests.clean.test_detectors import P1, P2, P3
    page = ["Warta Harapan", "Ekonomi", "Selasa, 11 Maret 2025", "Beban Subsidi Listrik Membengkak Setelah Diskon Tarif",
            "Petugas memeriksa meteran listrik prabayar di Cempaka Putih, Jakarta, 5 Maret 2025.", "Warta/Arif Wahyudi",
            P1, P2, P3]
    assert clean_text("\n".join(page)).metadata.published == "2025-03-11"


def test_a_short_headline_printed_again_over_its_dek_and_three_writers():
    headline = "Why Your Ferry Is Late"
    page = ["Harbour Dispatch", "Join", "The Morning Dispatch", headline,
            "The crew shortage is getting worse, not better. Plus: a strike holds at the north pier and the port's new chief.",
            "Maya Lindqvist, Connor Beale, and Jonah Pike", "Oct 8, 2025", "Share", "128",
            *COOKIE_STORY, headline, *LONGER_STORY]
    assert clean_text("\n".join(page)).metadata.title == headline


@pytest.mark.parametrize("name_line", ["Mikaela Nuñez@MikaelaNunez", "Mikaela Nuñez/"])
def test_the_writers_name_with_a_handle_or_a_slash_glued_on_over_the_date(name_line):
    page = ["Harbour Beat", "AI", "Harbour's new agents let analysts query their data without writing SQL",
            name_line, "March 11, 2025 6:00 AM", "Share on Facebook", *COOKIE_STORY, *LONGER_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Mikaela Nuñez"


def test_a_columnists_name_and_role_under_the_dek_are_no_headline():
    from tests.clean.test_detectors import P1, P2, P3
    headline = "PPN 12 Persen dan Kelas Menengah yang Terjepit"
    page = ["Warta Harapan", "Kolom", headline,
            "Kenaikan PPN menjadi 12 persen dijalankan saat kelas menengah sedang melemah. Pemerintah semestinya menimbang ulang.",
            "Lukas Hendrawan", "Pengajar Ekonomi Publik Universitas Harapan", "Rabu, 13 November 2024 | 07.00 WIB",
            "Bagikan", "Ukuran Font", "Kecil", "Besar", P1, P2, P3]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.author) == (headline, "Lukas Hendrawan")


def test_the_reporter_under_reported_by_is_the_author_not_the_editor():
    page = ["Harbour Today", "News", "Harbour man held for duping 40 job seekers with fake visa offers",
            "The accused ran a recruitment office and advertised jobs abroad through messaging groups. He was arrested on Monday.",
            "Reported By:", "Arjun Nair", "Edited By:", "Priya Kumar", "Published On:", "Mar 12, 2025",
            *COOKIE_STORY, *LONGER_STORY, "Published By:", "Priya Kumar"]
    assert clean_text("\n".join(page)).metadata.author == "Arjun Nair"


def test_the_headline_swept_into_the_tags_over_its_dek_and_a_dated_byline():
    headline = "Harbour Street's Oldest Bakery Will Close After 31 Years on Quay Road"
    dek = "The family behind the weekend bread counter says rising costs made the decision for them"
    page = ["Skip to main content", "Harbour Eats", "Maps", "Newsletters", "Filed under:", "Restaurant Closings",
            "Harbour Street", headline, dek, "by Dana Whitlow Mar 5, 2024, 10:15am CST", "Share this story",
            *COMMUTER_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.author, meta.published) == (headline, "Dana Whitlow", "2024-03-05")


def test_the_headline_over_its_dek_and_a_review_by_the_writer():
    headline = "Lantern Drift's harbour port is in the works, but the console version slips to next year"
    page = ["Skip to main content", "Harbour Games", "News", "Reviews", "Support us", headline,
            "\"We'd rather be late than broken.\"", "Image credit: Harbour Games", "Review by Maren Holt", "Contributor",
            "Published on 5 March 2024", *COMMUTER_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.author) == (headline, "Maren Holt")


def test_the_headline_swept_into_the_trending_teasers_right_over_the_byline():
    headline = "Harbour Energy proposes base rate hike: Here's what it could mean for your monthly bill"
    page = ["Skip to content", "Harbour 7 News", "News", "Weather", "Watch Harbour 7 Live", "Sports", "Trending Now",
            "Ferry timetable: Where to catch the late boats", "Quay school names new principal",
            "Regatta 2024: Road closures downtown", headline, "by: Dana Whitlow", "Posted: Mar 8, 2024 / 04:15 PM CST",
            "SHARE", *COMMUTER_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.author) == (headline, "Dana Whitlow")


def test_the_headline_under_the_opening_picture_and_its_kicker_over_the_date():
    headline = "Care home residents pay more than ever"
    page = ["Skip to content", "harbourschau", "Search", "Open navigation", "Home", "Home news", "World", "Business",
            "Home", "Home news", "Society", "A nurse walks with a resident through a care home in Harbourton.",
            "Photo: Harbour Agency/dpa", "Fees climb again", headline, "Updated: 09.07.2025 14:32", *COMMUTER_STORY]
    assert clean_text("\n".join(page)).metadata.title == headline


def test_a_short_headline_that_ends_the_breadcrumb_trail_over_the_writer_and_the_date():
    headline = "Hak-Hak Tetangga yang Terlupakan"
    page = ["Harbour Dakwah", "Memurnikan Akidah Menebarkan Sunnah", "Akidah", "Fikih", "Hadis", "Akhlak", "Donasi",
            f"Beranda / Akhlak / {headline}", "Akhlak", headline, "Fauzan Hidayat", "2 Agustus 2024", *COMMUTER_STORY]
    assert clean_text("\n".join(page)).metadata.title == headline


def test_the_writers_name_with_a_middle_initial_right_under_the_date():
    headline = "Kisah Khalifah Memadamkan Lampu Negara saat Urusan Keluarga"
    page = ["Harbour Kalam", "Home", "Kalam", "Kisah", headline, "Senin, 22 Juli 2024 - 05:15 WIB", "Miftah H. Yusufpati",
            *COMMUTER_STORY]
    assert clean_text("\n".join(page)).metadata.author == "Miftah H. Yusufpati"


def test_the_writer_and_the_paper_over_the_date_with_the_bar_glued_to_the_name():
    page = ["Harbour Star", "Home", "Harbour News", "Power company warns of a blackout by the end of the month",
            "Nadim Holt| The Harbour Star", "Mar. 12, 2021 | 12:05 AM", "Share", *COMMUTER_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.author, meta.publisher) == ("Nadim Holt", "The Harbour Star")


def test_a_sections_name_before_the_writers_role_is_no_writer():
    from pipeline.textmeta import find_author
    assert find_author("What's On Reporter", "byline") is None


def test_an_added_stamp_dates_the_article():
    page = ["Harbour Vision", "News", "Health workers start mpox vaccinations at the harbour hospital",
            "Journalists @Harbour Vision", "Added 12th March 2025 10:42 AM", *COMMUTER_STORY]
    assert clean_text("\n".join(page)).metadata.published == "2025-03-12"


def test_a_market_ticker_opening_the_page_is_no_headline():
    headline = "Port traffic climbs for a third month as exporters rush orders"
    page = ["NSE 22,147.00 Increased By 151.15 (0.69%)", "Sensex 73,095.22 Decreased By -281.52 (-0.38%)",
            "Harbour Ledger", "Markets", "Economy", "World", headline, "Staff Report", "Published March 4, 2025",
            "Facebook", "Twitter", *E_BODY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.subtitle) == (headline, None)


def test_the_sites_name_at_the_root_of_the_trail_is_no_headline_when_the_lead_opens_with_it():
    headline = "Jembatan Gantung Desa Sungai Ambawang Kembali Dibuka Usai Diperbaiki"
    lead = ("WARTA SELATAN - Jembatan gantung yang menghubungkan dua dusun di Sungai Ambawang kembali dibuka "
            "untuk warga setelah diperbaiki selama tiga bulan.")
    page = ["Warta Selatan Kalbar", "Home", "Pontianak", "Ekonomi", "Warta Selatan Kalbar", "Kubu Raya", headline,
            "Penulis: Rina Marlina", "Kamis, 6 Juni 2024 | 10:20 WIB", lead, *COMMUTER_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert meta.title == headline


def test_an_event_banner_opening_the_page_is_no_headline():
    headline = "Harbour startup raises $38M to put heat batteries inside factories"
    page = ["Harbour Summit 2025 — June 19-20, Lisbon. Get your ticket now!", "Skip to content", "News", "Climate",
            headline, "Story by", "Dana Reyes", "Mar 6, 2025, 10:15 am UTC", *E_BODY]
    assert clean_text("\n".join(page)).metadata.title == headline


def test_a_bare_name_over_its_own_handle_over_the_date_is_the_author():
    headline = "Harbour Lights announce new album Tidewater: hear the first single"
    page = ["Music", "News", headline, "Dana Whitlow", "@danawhitlow", "11:04 AM EDT on April 15, 2025",
            "Credit: Jo Lin", *E_BODY]
    assert clean_text("\n".join(page)).metadata.author == "Dana Whitlow"


def test_a_byline_naming_the_outlet_the_writer_works_of_is_no_headline():
    headline = "County paid its contractors $3.4M for road repairs that were never finished"
    page = ["Home", "Investigations", "Local Government", headline,
            "A Harbour Watch review of invoices found payments for work on roads that inspectors had marked unfinished.",
            "by Ada Quist of Harbour Watch", "March 13, 2025 | 5:00 AM", "Share", *LONGER_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.author) == (headline, "Ada Quist")
    # (a role "of" one word stays the role's: the writer is still named)
    role = clean_text("\n".join(["Home", headline, "By Ada Quist, Curator of Paintings", "March 13, 2025",
                                  *LONGER_STORY])).metadata
    assert role.author == "Ada Quist"


def test_a_headline_long_enough_to_read_as_prose_under_the_date_and_the_date_nearest_over_it():
    # (a Vietnamese headline runs to twenty syllables and more, each a word of its own)
    headline = "Đà Nẵng khánh thành cầu đi bộ qua sông Hàn sau hai năm thi công và nhiều lần điều chỉnh thiết kế"
    story = ["(Harbour) - Sáng 4/11, cây cầu đi bộ bắc qua sông Hàn chính thức được đưa vào sử dụng, giúp người "
             "dân và du khách đi lại thuận tiện hơn giữa hai bờ sông.",
             "Theo ban quản lý dự án, công trình có tổng vốn đầu tư hơn 300 tỷ đồng, dài gần 400 mét và được thiết "
             "kế để phục vụ khoảng 5.000 lượt người mỗi ngày.",
             "Đại diện thành phố cho biết trong thời gian tới sẽ tiếp tục lắp đặt hệ thống chiếu sáng và trồng "
             "thêm cây xanh dọc hai đầu cầu."]
    page = ["Thứ Tư, 06/11/2024", "Thời sự", "Kinh doanh", "Thể thao", "Giải trí", "Sức khỏe", "Du lịch - Ẩm thực",
            "Thứ ba, 05/11/2024 - 10:15", headline, *story]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.published) == (headline, "2024-11-05")
    # (a paragraph cut by a link under the date is no headline: its sentence goes on below)
    cut = "If you are serving food at the reception on the pier this summer, you may want to choose a"
    page = ["Home", "Business", "Property", "Sport", "Work and Jobs", "Health", "Planning a wedding by the harbour"]
    res = clean_text("\n".join(page + ["Tuesday, 5 November 2024 - 10:15",
                                             cut, "caterer who knows the harbour's rules.", *LONGER_STORY]))
    assert res.metadata.title == "Planning a wedding by the harbour" and cut in res.paragraphs


def test_the_headline_over_its_dek_and_the_writers_name_right_over_the_date():
    headline = "Pemkot Gelar Pasar Murah Ramadan di 11 Kecamatan, Catat Jadwal dan Lokasinya"
    page = ["Warta Harapan", "Pikiran Warta Media Network", "Senin, 3 Maret 2025", "Home", "Depok", headline,
            "Warga cukup membawa KTP untuk membeli paket sembako bersubsidi.", "Ahmad Rizki Fauzan",
            "- Senin, 3 Maret 2025 | 10:20 WIB", "Ilustrasi pasar murah Ramadan di kota itu.",
            "/Dok. Diskominfo Kota Harapan", "Editor: Intan Maharani", "Share", "Facebook", *COMMUTER_STORY]
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.author) == (headline, "Ahmad Rizki Fauzan")


@pytest.mark.parametrize("text, iso", [
    ("14. März 2025, 09:10 Uhr", "2025-03-14"),
    ("Stand: 14.03.2025 09:10 Uhr", "2025-03-14"),
    ("1er avril 2025", "2025-04-01"),
    ("18 de febrero de 2025", "2025-02-18"),
    ("18 de fevereiro de 2025", "2025-02-18"),
    ("3 dicembre 2024", "2024-12-03"),
    ("3 januari 2025", "2025-01-03"),
    ("3 Disember 2024", "2024-12-03"),
    ("Jänner 7, 2025", "2025-01-07"),
    ("3. března 2025 8:52, aktualizováno 11:17", "2025-03-03"),
    ("2024. október 3. – 18:05", "2024-10-03"),
    ("12 noiembrie 2024, 08:15", "2024-11-12"),
    ("3 Kasım 2024 10:20", "2024-11-03"), ("3 KASIM 2024", "2024-11-03"),
    ("5. maaliskuuta 2025 klo 9.12", "2025-03-05"),
    ("2 Απριλίου 2025", "2025-04-02"),
    ("Publisert 05.03.25 - 10:45", "2025-03-05"),
    ("2023. 12. 01. 08:05", "2023-12-01"),
])
def test_dates_in_more_languages(text, iso):
    assert parse_stamp_date(text) == iso


@pytest.mark.parametrize("stamp, iso", [
    ("Veröffentlicht am 14. März 2025, 09:10 Uhr", "2025-03-14"),
    ("Publié le 2 avril 2025 à 06h00, modifié le 2 avril 2025 à 10h12", "2025-04-02"),
    ("Publié le 02/04/25 à 18h30 • Mis à jour le 03/04/25 à 09h15", "2025-04-02"),
    ("Actualizado: 18 de febrero de 2025 - 13:27", "2025-02-18"),
    ("Disiarkan pada: Disember 3, 2024 @ 10:21am", "2024-12-03"),
    ("3 dicembre 2024 ( modifica il 3 dicembre 2024 | 12:03)", "2024-12-03"),
])
def test_stamp_lines_in_more_languages_date_the_article(stamp, iso):
    page = ["Kommunen melden Rekorddefizit", stamp, *COOKIE_STORY]
    result = clean_text("\n".join(page))
    assert dict(result.removed)[stamp] in ("date", "byline")
    assert result.metadata.published == iso


def test_the_first_publication_under_the_article_beats_the_update_over_it():
    page = ["Judge tosses confession in warehouse fire case", "By Dana Reyes", "Updated October 02, 2025 9:14 AM",
            *COOKIE_STORY, "This story was originally published October 1, 2025 at 6:31 PM."]
    result = clean_text("\n".join(page))
    assert result.metadata.published == "2025-10-01"
    assert dict(result.removed)["This story was originally published October 1, 2025 at 6:31 PM."] == "date"


def test_a_blog_writer_over_the_posted_on_stamp_above_the_headline():
    body = [P, "Pemerintah juga berencana membangun jalur kereta baru di kawasan itu tahun depan, kata pejabat dinas.",
            "Warga menyambut baik rencana itu karena perjalanan ke kota akan lebih cepat dan murah bagi pekerja."]
    page = ["Log in", "Create account", "Rina Marlina", "Posted on Jan 28, 2025", "Tol Baru Diresmikan Presiden"] + body \
        + ["Top comments (2)", "Rina Marlina", "Terima kasih sudah membaca!", "More from Rina Marlina"]
    res = clean_text("\n".join(page))
    assert res.metadata.title == "Tol Baru Diresmikan Presiden"
    assert res.metadata.author == "Rina Marlina"


def test_a_name_and_role_after_a_dash_is_the_byline():
    body = [P, "Pemerintah juga berencana membangun jalur kereta baru di kawasan itu tahun depan, kata pejabat dinas.",
            "Warga menyambut baik rencana itu karena perjalanan ke kota akan lebih cepat dan murah bagi pekerja."]
    res = clean_text("\n".join(["Tol Baru Diresmikan Presiden", "Elena Kassis - Daily Correspondent", "February 14, 2025"] + body))
    assert res.metadata.author == "Elena Kassis"
    res = clean_text("\n".join(["Tol Baru Diresmikan Presiden", "By Elena Kassis | Staff writer", "February 14, 2025"] + body))
    assert res.metadata.author == "Elena Kassis"


def test_two_writers_and_their_paper_before_a_glued_timestamp():
    line = "By Dana Whitlow and Sam Carter Harbour Staff,Updated October 7, 2025, 5:41 p.m."
    res = clean_text("\n".join(["Somerville will test a four-day trash pickup schedule", line, E_BODY[0], E_BODY[1], E_BODY[2]]))
    assert dict(res.removed)[line] == "byline"
    assert res.metadata.author == "Dana Whitlow and Sam Carter"
    assert res.metadata.title == "Somerville will test a four-day trash pickup schedule"


E_BODY = ["The city will consolidate its curbside pickup into four days a week from January, officials said on Tuesday.",
          "Officials say the change will save about a million dollars a year in overtime and fuel for the crews.",
          "Residents packed a church hall on Monday night to ask how the new schedule would work on their streets."]


def test_the_writer_beside_the_header_stamp_beats_bylines_of_other_posts_under_the_article():
    page = ["Teaching the cache to forget", "2024-08-21", "Priya Raman", "9 min read"] + E_BODY \
        + ["Priya Raman|@priyaraman", "Related posts", "August 08, 2024 1:00 PM", "By", "Tomasz Wieczorek",
           "Faster purges for everyone", "July 24, 2024 2:00 PM", "By", "Ola Berg", "A new edge database"]
    assert clean_text("\n".join(page)).metadata.author == "Priya Raman"


def test_a_writers_university_after_the_name_is_no_part_of_it():
    res = clean_text("\n".join(["Short walks after meals lower glucose", "by Dana Kirsch, Westbrook University",
                                "September 10, 2024"] + E_BODY))
    assert res.metadata.author == "Dana Kirsch"


def test_the_shown_stamp_is_the_publication_date_and_a_contents_label_is_no_author():
    page = ["Ujian Tanpa Listrik di Sekolah Kami", "Diperbarui: 15 Mei 2025 08:10", "Ditayangkan: 14 Mei 2025 19:42",
            "Daftar Isi"] + E_BODY
    res = clean_text("\n".join(page))
    assert res.metadata.published == "2025-05-14"
    assert res.metadata.author is None


def test_a_joint_editor_and_reporter_label_names_the_writer():
    res = clean_text("\n".join(["Tol Baru Diresmikan Presiden"] + [P] + E_BODY + ["Redaktur & Reporter : Bagus Pranaja"]))
    assert res.metadata.author == "Bagus Pranaja"


def test_a_column_writer_over_what_they_are_and_a_dek_signed_by_the_writer():
    page = ["Merawat Sungai, Merawat Kota", "Nurul Aini Fitriyah", "Dosen Teknik Lingkungan Universitas Harapan",
            "11/11/2024 05:00"] + E_BODY
    assert clean_text("\n".join(page)).metadata.author == "Nurul Aini Fitriyah"
    page = ["I taught in a village school for 20 years", "Small schools are being shut. Nobody has costed the loss, "
            "writes Helen Marsh", "Helen Marsh", "Wednesday 15 January 2025 06:00 GMT"] + E_BODY
    assert clean_text("\n".join(page)).metadata.author == "Helen Marsh"


def test_a_desk_named_after_the_paper_is_no_author():
    res = clean_text("\n".join(["Chiang Mai hotels pledge air purifiers", "BY : THE NATION", "Jan 28, 2025"] + E_BODY))
    assert res.metadata.author is None


def test_the_writer_the_section_and_the_date_right_over_the_headline():
    page = ["Podcasts", "Sign In", "Talia Brennan", "Security", "Mar 11, 2025 6:30 AM",
            "A Botched Update Locked Thousands of People Out of Their Smart Locks"] + E_BODY
    res = clean_text("\n".join(page))
    assert res.metadata.title == "A Botched Update Locked Thousands of People Out of Their Smart Locks"
    assert res.metadata.author == "Talia Brennan"


@pytest.mark.parametrize("header, author", [
    # the name over a role naming a place ("Western Cape Correspondent" is no writer)
    (["Lwazi Dube", "Western Cape Correspondent", "13 Mar 2024"], "Lwazi Dube"),
    # two writers in capitals with what they are for the outlet
    (["LENA ORTIZ and SAMUEL PARK, Harbour Daily staff writers", "May 14, 2025 18:02 JST"], "Lena Ortiz and Samuel Park"),
    # the outlet's domain after the byline
    (["By Nur Aina Yusof / harbourpost.com", "03 Jun 2025, 05:42 pm"], "Nur Aina Yusof"),
    # the writer's name again in the button to follow them
    (["Dana Reyes-Okoro", "Aug 21, 2024 3:12 am IST", "Get email notification for articles from Dana Reyes-Okoro Follow"],
     "Dana Reyes-Okoro"),
    # two writers joined over the date
    (["Rahmat Hidayat dan Sri Wulandari", "Kamis, 22 Agustus 2024 15:20"], "Rahmat Hidayat dan Sri Wulandari"),
])
def test_writers_in_more_header_forms(header, author):
    page = ["Ferry fares to rise by a fifth from April"] + header + E_BODY
    assert clean_text("\n".join(page)).metadata.author == author


@pytest.mark.parametrize("header, author", [
    # a German, Spanish, French, Dutch byline label, counted as the label and not a first name
    (["Von Anna Lehmann", "12.09.2024, 17:48 Uhr"], "Anna Lehmann"),
    (["Por Elena Ruiz", "21/05/2024 - 05:00"], "Elena Ruiz"),
    # a Dutch surname with its particles, and two writers joined with 'et'
    (["Pieter van der Berg", "3 juni 2024, 17:02"], "Pieter van der Berg"),
    (["Marie Dubois et Luc Martin", "Publié le 18-10-2023 à 11h42"], "Marie Dubois et Luc Martin"),
    # a follow button in Spanish under the name
    (["Carmen Ortiz", "Seguir autor"], "Carmen Ortiz"),
])
def test_writers_in_other_languages_headers(header, author):
    page = ["Ferry fares to rise by a fifth from April"] + header + E_BODY
    assert clean_text("\n".join(page)).metadata.author == author


def test_a_short_year_with_dashes_and_a_comma_before_the_time():
    assert parse_stamp_date("14-11-23, 08:47") == "2023-11-14"
    # a byline in capitals with a middle initial keeps it
    page = ["Ferry fares to rise by a fifth from April", "By JANE E DOE", "March 3, 2025"] + E_BODY
    assert clean_text("\n".join(page)).metadata.author == "Jane E Doe"


def test_a_headline_closing_on_a_number_after_a_dash_keeps_it_and_a_links_label_is_no_writer():
    assert split_title("Two comets seen over the same town on one night — 40 minutes apart") == (
        "Two comets seen over the same town on one night — 40 minutes apart", None)
    assert split_title("Top 11 Console Makers Ranked | 2025")[1] == "2025"
    page = ["Two comets seen over the same town on one night", "Social Links Navigation", "March 3, 2025"] + E_BODY
    assert clean_text("\n".join(page)).metadata.author is None
    page = ["Two comets seen over the same town on one night", "Dana Reyes", "Social Links Navigation",
            "Contributing Writer", "published 2 June 2025"] + E_BODY
    assert clean_text("\n".join(page)).metadata.author != "Social Links Navigation"
    # the writer's role and the publisher after the name go
    page = ["Why sleep matters more with age", "Maren Holt, Senior Editor, Harbour Health Publishing",
            "March 3, 2025"] + E_BODY
    assert clean_text("\n".join(page)).metadata.author == "Maren Holt"


@pytest.mark.parametrize("byline", ["By Our Correspondent", "By Our Staff Reporter", "By Web Desk",
                                    "WRITER: Online Reporters", "By The Harbour Press"])
def test_a_byline_naming_the_papers_own_staff_names_no_writer(byline):
    headline = "Court seeks reply from the province over closure of 23 rural health centres"
    text = "\n".join([headline, byline, "September 26, 2024", "HARBOUR: The high court on Wednesday sought a reply "
                      "from the provincial government over the closure of 23 rural health centres in three districts."])
    assert clean_text(text).metadata.author is None


ARTICLE = ("Die Gemeinde hat am Dienstag beschlossen, die Kassenstelle mit einer Prämie neu auszuschreiben, "
           "nachdem sie mehr als ein Jahr lang unbesetzt geblieben war und die Patienten weite Wege hatten.")


def test_a_writer_named_over_the_date_and_again_in_the_articles_sign_off():
    headline = "Land lockt Landärzte mit Prämien von bis zu 80.000 Euro"
    text = "\n".join(["Inland", "Gesundheit", headline, "Wer sich für fünf Jahre niederlässt, soll einen Zuschuss erhalten.",
                      "Anna Gruber", "19. Februar 2025, 06:00", ARTICLE,
                      "Bei der Ärztekammer stößt das Modell grundsätzlich auf Zustimmung, auch wenn sie weitere "
                      "Schritte verlangt, um die Arbeit auf dem Land attraktiver zu machen.",
                      "Die Prämien können ab April beantragt werden. (Anna Gruber, 19.2.2025)"])
    assert clean_text(text).metadata.author == "Anna Gruber"


@pytest.mark.parametrize("byline, author", [
    ("Von Lisa Brandt und Moritz Keller, Harburg", "Lisa Brandt und Moritz Keller"),
    ("Par Jeanne Morel et Paul Girard", "Jeanne Morel et Paul Girard"),
    ("Por Ana García y Luis Pérez", "Ana García y Luis Pérez"),
])
def test_two_writers_joined_in_the_bylines_language(byline, author):
    from pipeline.textmeta import find_author
    assert find_author(byline, "byline") == author


PARAGRAPHS_PT = [
    "A prefeitura anunciou nesta quinta-feira que vai criar 60 quilômetros de faixas exclusivas de ônibus na zona "
    "leste até o fim de 2026, com câmeras em todos os novos trechos desde a inauguração.",
    "Segundo a secretaria de mobilidade, os corredores devem reduzir em até um quarto o tempo de viagem dos "
    "passageiros que cruzam a região todos os dias para trabalhar no centro da cidade.",
    "Especialistas ouvidos pela reportagem veem avanço no plano, mas cobram fiscalização das regras de carga e "
    "descarga, que ainda não foram definidas para cada trecho da avenida.",
]


@pytest.mark.parametrize("name_lines, author", [
    (["Carolina Pimentel Azevedo", "São Paulo"], "Carolina Pimentel Azevedo"),  # the city she files from under her name
    (["Harbour Post", "Yann Le Goff."], "Yann Le Goff"),  # a full stop after the name
    (["Written By", "Dana Reyes"], "Dana Reyes"),  # a label over the name is not the writer
])
def test_the_writers_name_over_the_date_past_a_city_or_with_a_full_stop(name_lines, author):
    headline = "Prefeitura vai criar 60 km de faixas exclusivas de ônibus na zona leste até 2026"
    text = "\n".join(["Cotidiano", headline, "Plano inclui corredores na avenida principal; especialistas cobram fiscalização.",
                      *name_lines, "14.ago.2025 às 19h30", "Ouvir o texto", *PARAGRAPHS_PT])
    m = clean_text(text).metadata
    assert (m.author, m.published) == (author, "2025-08-14")


PARAGRAPHS_EN = [
    "The city council voted 6-1 on Thursday to put shade over every one of its 640 bus stops, replacing aging benches "
    "and adding canopies where the sun is harshest in the afternoon.",
    "About 60% of the money will come from the county's transportation tax, and the rest from federal grants the city "
    "has already won for its transit corridors.",
    "Council member Russell Abernathy cast the lone vote against, saying he supported shade in principle but worried "
    "that the cost per stop had doubled since the first estimate.",
]


def test_the_writer_over_the_outlet_stays_the_writer_when_a_reach_line_names_them_again():
    headline = "Harbour approves $48 million plan to shade every bus stop in the city by 2028"
    text = "\n".join(["Local", headline, "Dana Reyes", "Harbour Post", "Published 5:00 a.m. April 16, 2025", *PARAGRAPHS_EN,
                      "Reach reporter Dana Reyes at dana.reyes@harbourpost.com or 602-444-0000."])
    assert clean_text(text).metadata.author == "Dana Reyes"


def test_a_byline_running_into_the_outlets_name():
    from pipeline.textmeta import find_author
    assert find_author("By Dana Reyes Harbour Review-Journal", "byline") == "Dana Reyes"


def test_two_writers_with_their_paper_in_brackets_over_the_cities_and_the_day():
    headline = "Coastal regencies trade rice for plastic in bid to clean rivers"
    text = "\n".join(["Indonesia", "Society", headline,
                      "Residents in five regencies can exchange sorted plastic waste for rice at village waste banks.",
                      "Dana Reyes and Tom Price (The Harbour Post)", "Semarang/Jakarta ● Fri, March 7, 2025",
                      "Share This Article", *PARAGRAPHS_EN])
    m = clean_text(text).metadata
    assert (m.title, m.author, m.published) == (headline, "Dana Reyes and Tom Price", "2025-03-07")


def test_a_writers_name_opening_with_initials_under_the_date():
    headline = "Corporation to desilt 1,200 km of stormwater drains before monsoon peaks"
    text = "\n".join(["Cities", "Chennai", headline, "Residents raise concerns over unfinished work; officials say most is done.",
                      "Updated - October 18, 2024 12:10 am IST - CHENNAI", "S. Vaishnavi Raghunathan", "Copy link",
                      *PARAGRAPHS_EN])
    assert clean_text(text).metadata.author == "S. Vaishnavi Raghunathan"


@pytest.mark.parametrize("line, title", [
    ("Headline of the day about the harbour |", "Headline of the day about the harbour"),
    ("Ferry fares to rise in April –", "Ferry fares to rise in April"),
])
def test_a_page_title_with_a_separator_left_dangling(line, title):
    assert split_title(line)[0] == title


@pytest.mark.parametrize("stamp", ["March 14, 2025 6:00 am(Updated 9:30 am)", "Tuesday March 14 2025, 5.00pm GMT, The Harbour Times"])
def test_header_stamps_with_a_glued_update_or_the_paper_after_a_comma(stamp):
    headline = "Harbour heads warn of an exodus from the profession as the pay offer falls short"
    text = "\n".join(["Education", headline, "Dana Reyes", "Education Correspondent", stamp, *PARAGRAPHS_EN])
    assert clean_text(text).metadata.published == "2025-03-14"


def test_a_stamp_with_the_year_run_into_the_time_after_the_day_and_the_update_glued_to_the_zone():
    headline = "Harbour Chips shares soar 14% as data center demand lifts the chipmaker's outlook"
    text = "\n".join(["TECH", headline, "Published Wed, Oct 8 20254:21 PM EDTUpdated Wed, Oct 8 20256:05 PM EDT",
                      "Dana Reyes@danareyes", "Share", *PARAGRAPHS_EN])
    m = clean_text(text).metadata
    assert (m.title, m.author, m.published) == (headline, "Dana Reyes", "2025-10-08")


@pytest.mark.parametrize("line, author", [
    ("Written by Dana Reyes on February 6, 2025 — Fact checked by Tom Price, MSJ", "Dana Reyes"),
    ("Posted on May 12, 2025 by Sam Carter", "Sam Carter"),
    # the date glued on with no label, a long line about the writer, the stamp after a comma, a role
    ("by Dana Whitlow Mar 5, 2024, 10:15am CST", "Dana Whitlow"),
    ("By Maren Holt, a TV critic at Harbour Weekly who writes about drama, genre television, and the streaming economy",
     "Maren Holt"),
    ("By Catherine Holt Harbour Staff,Updated October 22, 2024, 6:41 p.m.", "Catherine Holt"),
    ("Nicole Holt, Digital Content Producer", "Nicole Holt"),
])
def test_the_writer_in_a_byline_not_the_fact_checker_nor_the_stamp(line, author):
    from pipeline.textmeta import find_author
    assert find_author(line, "byline") == author


def test_a_reviewer_beside_the_stamp_is_not_the_writer_the_author_box_names_them():
    headline = "Why we replay awkward conversations at night"
    text = "\n".join(["Sleep", "The Quiet Hours", headline, "The brain's late-night rehearsal is trying to protect you.",
                      "Posted January 14, 2025 | Reviewed by Tom Price", "Share", *PARAGRAPHS_EN, "References",
                      "Doe, J. (2008). Rethinking rumination. Perspectives, 3, 400-424.", "About the Author",
                      "Dana Reyes Ph.D.", "Dana Reyes, Ph.D., is a clinical psychologist in Harbourton.", "Online:"])
    m = clean_text(text).metadata
    assert (m.author, m.published) == ("Dana Reyes", "2025-01-14")


def test_a_machine_timestamp_dates_the_header_but_yields_to_a_printed_day_under_the_article():
    headline = "Harbour Freight tells warehouse managers to cut overtime by 30% as robots come online"
    header = "\n".join(["Tech", headline, "Dana Reyes", "2025-07-08T14:22:31Z", "Share", *PARAGRAPHS_EN])
    assert clean_text(header).metadata.published == "2025-07-08"
    footer = "\n".join(["Reviews", headline, *PARAGRAPHS_EN, "2024-04-18T13:00:39+00:00", "March 22nd, 2024"])
    assert clean_text(footer).metadata.published == "2024-03-22"


@pytest.mark.parametrize("stamp, iso", [
    ("Dipublikasikan Pada : Kamis, 14 Agustus 2025 16:05:21, Dibaca : 2.318 Kali", "2025-08-14"),
    ("Tanggal Rilis : 5 November 2025", "2025-11-05"),
    ("Filed 6:00 a.m. EDT 10.08.2024", "2024-10-08"),  # (a US zone: the month first)
])
def test_release_stamps_with_a_view_count_or_a_release_or_filing_label(stamp, iso):
    from pipeline.clean.detectors.meta_lines import read_meta_line
    meta = read_meta_line(stamp)
    assert meta is not None and parse_stamp_date(meta.stamp) == iso


def test_writers_each_with_their_outlet_keep_the_bylines_and():
    from pipeline.textmeta import find_author
    line = "by Dana Reyes, The Harbour Ledger, and Tom Price, ProPublica"
    assert find_author(line, "byline") == "Dana Reyes and Tom Price"


def test_a_word_for_the_kind_of_page_beside_the_date_is_no_author():
    head = "Floods threaten harvests across the delta, aid agency warns"
    body = ["The aid agency said on Tuesday that floods had reached farmland in three provinces and that "
            "the rice harvest was at risk unless the water receded within two weeks.",
            "Farmers interviewed by the agency said they had already moved seed stocks to higher ground, but "
            "many had no way to protect the crops standing in their fields this season."]
    for label in ("Article", "News release", "Available In"):
        m = clean_text("\n".join(["Home", "Latest", head, label, "29 April 2025"] + body)).metadata
        assert m.title == head and m.author is None and m.published == "2025-04-29", label


def test_the_sites_clock_under_the_page_title_yields_to_the_stamp_under_the_headline():
    head = "Harbour Village to impose quiet hours and cap new guesthouses"
    body = ["Harbour City will impose quiet hours and freeze permits for new guesthouses in its old village from "
            "next month, officials said on Monday, after years of complaints from residents.",
            "Under the new rules, guesthouses and cafes inside the village will have to keep outdoor noise down "
            "after 10 p.m., and tour groups will be limited to twenty people at a time."]
    # (the page title first, then the site's clock: a weekday over the date)
    page = [head, "Tuesday", "July 23, 2024", "Harbour Daily", "Search", "Log In", "National", "Business",
            "Culture", "Sports", head, "Published: 22 Jul. 2024, 17:45", "Updated: 22 Jul. 2024, 18:30"] + body
    m = clean_text("\n".join(page)).metadata
    assert (m.title, m.published) == (head, "2024-07-22")


def test_a_wire_storys_byline_in_brackets_under_it_names_the_writers():
    body = ["The light rail carried a record 96,000 passengers during the festival weekend, the city's transport "
            "bureau said on Tuesday, beating last year's record by almost a fifth.",
            "The bureau said it had run trains every five minutes until midnight and would do the same for the "
            "harbour fireworks next month, when it expects even larger crowds."]
    page = ["Light rail sets ridership record during festival", "02/18/2025 06:41 PM"] + body + \
        ["(By Dana Reyes and Sam Lee)", "Enditem/AW"]
    assert clean_text("\n".join(page)).metadata.author == "Dana Reyes and Sam Lee"


@pytest.mark.parametrize("header", [
    ["Dana Reyes", "Dana Reyes", "Archive", "May 25, 2025 1:14 AM"],  # the avatar's label over the name
    ["Share", "Email", "Dana Reyes", "More Stories By Dana", "Follow on X"],  # the link to her other stories
])
def test_the_writers_name_by_its_avatar_or_its_more_stories_link(header):
    body = ["The ferry carried a record 9,000 passengers on Sunday, the harbour authority said, as crowds came "
            "for the first warm weekend of the year.",
            "Officials said extra sailings would run every weekend until the end of June, and that the timetable "
            "for the summer would be published next month."]
    page = ["Ferry sets passenger record on first warm weekend", "Harbour"] + header + body
    assert clean_text("\n".join(page)).metadata.author == "Dana Reyes"


def test_a_headlines_last_words_after_a_dash_are_no_site_name():
    from pipeline.textmeta import split_title
    assert split_title("This town built its own internet. Five years later, it's paying off — mostly.") == \
        ("This town built its own internet. Five years later, it's paying off — mostly.", None)
    assert split_title("Ferry fares to rise in April – harbourtimes.com") == ("Ferry fares to rise in April", "harbourtimes.com")


_FERRY_BODY = ["The ferry carried a record 9,000 passengers on Sunday, the harbour authority said, as crowds came "
               "for the first warm weekend of the year.",
               "Officials said extra sailings would run every weekend until the end of June, and that the timetable "
               "for the summer would be published next month."]


@pytest.mark.parametrize("header, footer, author", [
    # a name with accents, alone over the date
    (["Émile Thibault", "Publié le 23/05/25 à 11h42"], [], "Émile Thibault"),
    # the link to her other stories in German under the article
    (["Lena Ostermann", "12.03.2025, 05.30 Uhr"], ["Mehr von Lena Ostermann"], "Lena Ostermann"),
    # the city she files from over her name: the city is no writer
    (["Porto Claro", "Carolina Pimentel Azevedo", "3.fev.2025 às 19h47"], [], "Carolina Pimentel Azevedo"),
])
def test_a_writers_name_alone_over_the_date(header, footer, author):
    page = ["Ferry sets passenger record on first warm weekend", "Harbour"] + header + _FERRY_BODY + footer
    assert clean_text("\n".join(page)).metadata.author == author


def test_the_day_over_the_headline_dates_the_article_before_the_pictures_caption():
    page = ["Harbour Post", "Cronaca", "Politica", "Martedì 15 ottobre 2024",
            "Ferry sets passenger record on first warm weekend",
            "Passengers board a ferry at the north pier on 25 April 2024. (HARBOUR PHOTO/JANE DOE)"] + _FERRY_BODY
    assert clean_text("\n".join(page)).metadata.published == "2024-10-15"


def test_a_byline_with_the_writers_role_after_a_comma_names_the_writer_without_by():
    from pipeline.textmeta import find_author
    assert find_author("By Jane Doe, Staff writer", "byline") == "Jane Doe"
    assert find_author("By Jane Doe and John Roe, staff writers", "byline") == "Jane Doe and John Roe"


def test_a_summary_boxs_heading_under_the_headline_is_no_writer():
    page = ["Ferry sets passenger record on first warm weekend", "Key Points", "AI-assisted summary",
            "The ferry carried 9,000 passengers.", "Extra sailings will run.", "Dana Reyes", "Harbour Post",
            "Published 9:00 a.m. ET March 6, 2025"] + _FERRY_BODY
    assert clean_text("\n".join(page)).metadata.author != "Key Points"


@pytest.mark.parametrize("byline, author", [
    ("par Émilie Roux, correspondante à Marseille", "Émilie Roux"),  # her role and city after a comma
    ("Por Ana Ruiz, corresponsal en Lima", "Ana Ruiz"),
])
def test_a_byline_with_the_writers_role_in_the_pages_language(byline, author):
    from pipeline.textmeta import find_author
    assert find_author(byline, "byline") == author


def test_a_german_byline_with_the_city_the_writer_files_from_under_the_dek():
    page = ["Ferry sets passenger record on first warm weekend",
            "The harbour authority added sailings for the summer after the busiest weekend on record.",
            "Von Lena Ostermann, Hafenstadt", "11.03.2025, 18:24"] + _FERRY_BODY
    assert clean_text("\n".join(page)).metadata.author == "Lena Ostermann"


def test_the_writers_name_over_whom_they_write_for_is_no_subtitle():
    page = ["Ferry sets passenger record on first warm weekend", "Dana Reyes", "Special to the Harbour Post, in Lisbon",
            "14/10/2025 14h32Atualizada em 14/10/2025 15h10"] + _FERRY_BODY
    meta = clean_text("\n".join(page)).metadata
    assert meta.subtitle is None and meta.published == "2025-10-14" and meta.author == "Dana Reyes"


@pytest.mark.parametrize("line, title, site", [
    ("Sanierung wird teurer – Sperrung droht bis 2027", "Sanierung wird teurer – Sperrung droht bis 2027", None),
    ("Mobile design - The Ultimate Guide 2025", "Mobile design - The Ultimate Guide 2025", None),
    ("Un titre du jour - Le Monde", "Un titre du jour", "Le Monde"),
    ("Ferry fares to rise in April – harbourtimes.com", "Ferry fares to rise in April", "harbourtimes.com"),
])
def test_a_headlines_second_half_with_verbs_or_a_year_is_no_site_name(line, title, site):
    assert split_title(line) == (title, site)


@pytest.mark.parametrize("header, author", [
    (["Dana Reyes - The Harbour Star", "May 16, 2024 | 12:00am"], "Dana Reyes"),  # the writer and their paper
    (["Ana Sofia Mendes - HTV", "14 Mar 2025, 10:12"], "Ana Sofia Mendes"),
    (["Por", "Irene Castaño", "14/03/2025 - 05:00"], "Irene Castaño"),  # the label on a line of its own
])
def test_the_writer_beside_their_outlet_or_under_a_bare_label(header, author):
    dek = "The harbour authority added sailings for the summer after the busiest weekend on record."
    page = ["Ferry sets passenger record on first warm weekend", dek] + header + _FERRY_BODY
    assert clean_text("\n".join(page)).metadata.author == author


@pytest.mark.parametrize("byline, author", [
    ("As told to Dana Reyes", "Dana Reyes"),  # an essay told to the writer
    ("by Dana Reyes @dreyes", "Dana Reyes"),  # with the writer's handle
    ("Por Camila Nogueira, editado por Tiago Prado", "Camila Nogueira"),  # and the editor after her
])
def test_a_byline_as_told_to_or_with_the_writers_handle(byline, author):
    from pipeline.textmeta import find_author
    assert find_author(byline, "byline") == author


def test_a_byline_in_capitals_with_the_role_and_the_handle_is_no_headline():
    page = ["GROW", "Ferry sets passenger record on first warm weekend",
            "The harbour authority added sailings for the summer after the busiest weekend on record.",
            "BY PETRA VOSS, STAFF WRITER @PETRAVOSS", "NOV 21, 2024"] + _FERRY_BODY
    res = clean_text("\n".join(page))
    assert (res.metadata.title, res.metadata.author) == ("Ferry sets passenger record on first warm weekend", "Petra Voss")
    assert dict(res.removed)["BY PETRA VOSS, STAFF WRITER @PETRAVOSS"] == "byline"


@pytest.mark.parametrize("closing", [
    ["Originally published: March 2, 2022", "Updated by: Petra Voss", "Share this article"],
    ["Baca juga artikel seputar pelabuhan atau artikel menarik lainnya dari Petra Voss.", "Petra Voss"],
])
def test_a_bare_name_under_the_headline_recurring_where_it_is_named_as_the_writer_is_the_author(closing):
    page = ["Ferry sets passenger record on first warm weekend", "Petra Voss", "Mar 3, 2025"] + _FERRY_BODY + closing
    assert clean_text("\n".join(page)).metadata.author == "Petra Voss"


def test_the_name_under_an_indonesian_about_the_writer_heading_is_the_author():
    page = ["Kapal Feri Catat Rekor Penumpang pada Akhir Pekan Pertama yang Cerah", P, P_ID2,
            "Tentang Penulis", "Petra Voss", "Petra menulis tentang pelabuhan dan orang-orang yang bekerja di sana."]
    assert clean_text("\n".join(page)).metadata.author == "Petra Voss"


def test_the_headline_under_a_section_path_over_a_byline_with_the_writers_address():
    page = ["Home", "News", "Traffic", "Podcasts", "Traffic and Weather on the 8s", "47°",
            "Local News | Harbour County News",
            "Harbour County to add speed cameras along Route 9 after string of pedestrian deaths",
            "Petra Voss | pvoss@harbourradio.com", "November 19, 2024, 5:26 PM", "Share"] + _FERRY_BODY
    res = clean_text("\n".join(page))
    assert (res.metadata.title, res.metadata.author) == (
        "Harbour County to add speed cameras along Route 9 after string of pedestrian deaths", "Petra Voss")
    assert dict(res.removed)["Petra Voss | pvoss@harbourradio.com"] == "byline"


def test_the_writer_signed_off_under_the_article_with_a_full_stop():
    page = ["Kapal Feri Catat Rekor Penumpang pada Akhir Pekan Pertama", P, P_ID2,
            "Penulis: Dian Pertiwi.", "Editor: Rahmat Hidayat."]
    assert clean_text("\n".join(page)).metadata.author == "Dian Pertiwi"


def test_a_headline_opening_on_a_trade_under_a_menu_item_and_the_sections_name_is_no_writers_role():
    headline = "Guru Honorer Persoalkan Syarat Sertifikasi Pendidik dalam Undang-Undang"
    page = ["Beranda", "Publikasi", "Layanan", "Jadwal Sidang Hari Ini", "Berita Persidangan", headline,
            "Senin, 14 Juli 2025 | 15:48 WIB", P, P_ID2]
    assert clean_text("\n".join(page)).metadata.title == headline


@pytest.mark.parametrize("byline", ["Petra Voss, Digital Content Producer",
                                    "by Petra Voss, Senior Staff Writer, Harbour Health Today"])
def test_the_writers_role_and_outlet_after_their_name_are_not_the_author(byline):
    page = ["Ferry sets passenger record on first warm weekend", byline, "Published: August 12, 2025 at 10:14 AM"]
    assert clean_text("\n".join(page + _FERRY_BODY)).metadata.author == "Petra Voss"


def test_the_top_photos_agency_credit_over_the_writers_name_is_no_author():
    page = ["NFL", "Harbour Hawks close to long-term extension with breakout edge rusher",
            "Dana Reyes-Imagn Images", "Petra Voss", "March 4, 2025"] + _FERRY_BODY
    assert clean_text("\n".join(page)).metadata.author == "Petra Voss"


def test_a_magazines_text_credit_names_the_writer():
    page = ["Kapal Feri Catat Rekor Penumpang pada Akhir Pekan Pertama",
            "Penumpang memadati pelabuhan sejak pagi, dan operator menambah jadwal pelayaran hingga malam.",
            "Teks: Petra Wulandari", P, P_ID2]
    res = clean_text("\n".join(page))
    assert res.metadata.author == "Petra Wulandari" and dict(res.removed)["Teks: Petra Wulandari"] == "byline"


def test_the_headline_over_the_header_and_the_top_videos_note():
    headline = "Harbour garbage and compost pickup changes start April 1: Here's what to know"
    page = ["Sponsored By", "Trending Now", "Ferry fares rise again", "Harbour", headline, "by: Petra Voss",
            "Posted: Mar 14, 2025 / 03:08 PM PDT", "SHARE",
            "Video above: The city's curbside compost program explained (Harbour 6)"] + _FERRY_BODY
    res = clean_text("\n".join(page))
    assert res.metadata.title == headline
    assert dict(res.removed)["Video above: The city's curbside compost program explained (Harbour 6)"] == "embed"


def test_the_date_the_time_and_the_writer_after_commas_is_the_headers_stamp():
    page = ["Ferry sets passenger record on first warm weekend", "14. Mai 2025, 10:42 Uhr, Lena Ostermann"] + _FERRY_BODY
    meta = clean_text("\n".join(page)).metadata
    assert (meta.title, meta.author, meta.published) == (
        "Ferry sets passenger record on first warm weekend", "Lena Ostermann", "2025-05-14")


def test_the_writers_trade_in_portuguese_under_her_name_is_no_writer():
    page = ["Ferry sets passenger record on first warm weekend", "Mariana Rezende", "Repórter de Negócios",
            "Publicado em 14 de março de 2024 às 06h00"] + _FERRY_BODY
    assert clean_text("\n".join(page)).metadata.author == "Mariana Rezende"


def test_a_name_over_the_trade_and_the_outlet_it_reports_for():
    page = "\n".join(["Lompat ke konten", "Berita", "Harga beras naik menjelang musim tanam di Pelabuhan Ratu",
                      "Rina Marlina", "Wartawan HPN News Indonesia", "Melaporkan dari Sukabumi", "10 Juni 2025",
                      P_ID, P_ID2])
    res = clean_text(page)
    assert res.metadata.author == "Rina Marlina"
    assert dict(res.removed)["Wartawan HPN News Indonesia"] == "byline"


def test_a_writer_and_an_outlet_of_three_words_beside_the_date():
    page = "\n".join(["News", "Society", "Harbour ferry line runs full-day trial with 17 boats",
                      "Fri, October 4, 2024, 16:05 GMT+7", "Jane Doe - Harbour Daily News", "Share", E_LEAD, E_NEXT])
    assert clean_text(page).metadata.author == "Jane Doe"
    page = page.replace("Jane Doe - Harbour Daily News", "By AFP - Agence France Presse")
    assert clean_text(page).metadata.author != "By AFP"


def test_a_byline_with_its_mail_and_outlet_under_an_author_label():
    page = "\n".join(["News", "Harbour airport to open new rideshare lot as pickup waits stretch past 30 minutes",
                      "Author", "By Jane Doe | jdoe@harbourpost.com | Harbour Post",
                      "PUBLISHED: April 7, 2025 at 4:35 PM EDT | UPDATED: April 8, 2025 at 9:10 AM EDT",
                      E_LEAD, E_NEXT])
    assert clean_text(page).metadata.author == "Jane Doe"

