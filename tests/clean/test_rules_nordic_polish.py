"""The Norwegian, Danish, Swedish, Finnish and Polish lexicons (pipeline/rules/{no,da,sv,fi,pl}.toml):
furniture lines of those languages' news sites go with their reason, ordinary article sentences
(even ones opening with a rule's first words) stay, and a page is cleaned down to its article with
its writer and date."""
from pipeline.clean import clean_text
from lexicon_checks import lexicon_tests

FURNITURE = [
    ("Flere nyheter fra Vestland", "related"), ("Les mer: Ny ferjerute til øyene fra april", "related"),
    ("Oppdatert 12. feb. 2025 kl. 08.15", "date"), ("Publisert: 11.02.2025 19:42", "date"),
    ("Del saken", "share_widget"), ("Fotograf", "byline"),
    ("Mest læste", "related"), ("Læs mere: Færgen til øerne får ny køreplan", "related"),
    ("12. apr. 2025 kl. 05.00", "date"), ("Af Mette Lund Hansen", "byline"), ("Gem", "share_widget"),
    ("Läs även: Färjan får ny tidtabell", "related"), ("Uppdaterad 2024-11-18 16.05", "date"),
    ("Annons", "advertisement"), ("Dela artikeln", "share_widget"),
    ("Lue lisää: Lautta saa uuden aikataulun", "related"), ("Päivitetty 13.3.2025 klo 9.40", "date"),
    ("Mainos", "advertisement"), ("Av Ole Kristian Strand og Hanne Brekke", "byline"),
    ("Czytaj więcej: Prom na wyspy ma nowy rozkład", "related"), ("Odpowiedz", "comments"),
    ("Zaloguj się, aby dodać komentarz", "comments"), ("Dalsza część artykułu pod materiałem wideo", "advertisement"),
    ("Data aktualizacji: 21 czerwca 2024 08:10", "date"),
    ("Flere saker fra Vestland", "related"), ("Se også: Ny bro over fjorden åpner i mai", "related"),
    ("Nyhetsredaktør: Eva Ottesen", "footer"), ("Używamy cookies, aby ulepszyć serwis.", "cookie_notice"),
]
SENTENCES = [
    "Les også hva kommunen skriver i sitt svar til beboerne, sier hun.",
    "Del av veien er stengt etter skredet natt til torsdag.",
    "Journalisten som skrev saken, har fått pris for den.",
    "Læs også bemærkningerne i høringssvaret, siger borgmesteren.",
    "Annonsen i avisen ble aldri trykket, ifølge forlaget.",
    "Dela upp arbetet i två steg, föreslår utredaren.",
    "Mainos ei koskaan kerro koko totuutta, sanoo tutkija.",
    "Reklama w telewizji kosztuje coraz więcej, mówią nadawcy.",
    "Źródła w ministerstwie twierdzą, że decyzja zapadnie w piątek.",
    "Mer fra kommunen kommer neste uke, sier ordføreren.",
    "Dziękujemy za pomoc, powiedział burmistrz po akcji ratunkowej.",
]


test_furniture_lines_match_with_their_reason, test_article_sentences_match_no_rule = \
    lexicon_tests(FURNITURE, SENTENCES)


SV_ARTICLE = [
    "Kommunen har fått in fler ansökningar om hemtjänst i år än under något tidigare år, visar en ny sammanställning.",
    "Enligt förvaltningen har andelen avslag samtidigt ökat, och många äldre väntar nu längre på ett beslut.",
    "– Vi följer lagen, men vi har fått betydligt fler ansökningar än vi har resurser för, säger socialdirektören.",
    "Pensionärsföreningen vill att kommunen redovisar hur besluten fattas och kräver ett möte före sommaren.",
]


def test_a_swedish_page_cleans_down_to_its_article_with_its_writer_and_date():
    page = "\n".join(["Hoppa till huvudinnehåll", "Nyheter", "Sport", "Fler äldre nekas hemtjänst i kommunen",
                      "Av Anna Berg", "Publicerad 18 nov 2024 14.22", "Dela", SV_ARTICLE[0], SV_ARTICLE[1], "Annons",
                      "Läs mer: Hemtjänsten brister i var tredje kontroll", "Kommunen: Vi följer lagen",
                      SV_ARTICLE[2], SV_ARTICLE[3], "Läs också", "Färjan till öarna får ny tidtabell"])
    res = clean_text(page)
    assert res.paragraphs == [SV_ARTICLE[0], SV_ARTICLE[1], "Kommunen: Vi följer lagen", SV_ARTICLE[2], SV_ARTICLE[3]]
    assert (res.metadata.title, res.metadata.author, res.metadata.published) == (
        "Fler äldre nekas hemtjänst i kommunen", "Anna Berg", "2024-11-18")
