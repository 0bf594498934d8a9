"""The Hungarian, Czech, Turkish, Romanian, Greek and Vietnamese lexicons (pipeline/rules/
{hu,cs,tr,ro,el,vi}.toml) and what the Norwegian, Finnish, Polish and Swedish ones gained
({no,fi,pl,sv}.toml): furniture lines of those languages' news sites go with their reason, in
capitals too (Turkish 'İ' and Greek capitals without accents), ordinary article sentences (even
ones opening with a rule's first words) stay, and a page is cleaned down to its article."""
from pipeline.clean import clean_text
from lexicon_checks import lexicon_tests

# (line, reason): variants of every new entry, other than its example and the drafted pages' lines.
FURNITURE = [
    # Hungarian
    ("Legolvasottabb hírek", "related"), ("Ezt is ajánljuk a témában", "related"),
    ("Kapcsolódó: Új menetrend szerint járnak a hajók a Dunán", "related"),
    ("A cikk a hirdetés után folytatódik", "advertisement"), ("Támogatott tartalom", "advertisement"),
    ("Reklám", "advertisement"),
    ("Megosztás", "share_widget"), ("Link másolva", "share_widget"),
    ("12 hozzászólás", "comments"), ("Szólj hozzá!", "comments"),
    ("Címkék", "tags"),
    ("Publikálva: 2024.11.05. 07:30", "date"), ("2023. december 2., szombat 11:15", "date"),
    ("Fotó: Szabó Gábor / MTI", "caption"),
    ("Forrás: Népszava, MTI", "source_link"),
    ("Támogass minket!", "call_to_action"),
    ("Ha fontosnak tartja a független sajtót, kérjük, támogassa a munkánkat.", "call_to_action"),
    ("Tovább olvasom", "navigation"),
    ("Ez a weboldal sütiket használ a működéséhez és a látogatottság méréséhez.", "cookie_notice"),
    # Hungarian: what the other sites' furniture added
    ("Kapcsolódó cikk:", "related"), ("A címlapról ajánljuk", "related"), ("A rovat további hírei", "related"),
    ("Még több cikk a témában", "related"), ("Kapcsolódó videó: Így épül az új Duna-híd", "related"),
    ("Kulcsszavak", "tags"),
    ("Ez a riport egy hónapig készült. Ha fontosnak tartod, támogasd a Hírmondót!", "call_to_action"),
    ("Kövess minket a TikTokon is!", "call_to_action"),
    ("Ha nem akarsz lemaradni semmiről, kedveld a Hírmondó Facebook-oldalát!", "call_to_action"),
    ("Ne maradj le semmiről!", "call_to_action"),
    ("Iratkozzon fel heti hírlevelünkre!", "newsletter"), ("Hírlevél-feliratkozás", "newsletter"),
    ("Add meg az e-mail-címed", "newsletter"),
    # Czech
    ("Mohlo by vás také zajímat", "related"), ("Nejčtenější zprávy", "related"),
    ("Přečtěte si také: Praha chystá nové tramvajové tratě", "related"),
    ("Komerční sdělení", "advertisement"), ("Článek pokračuje pod reklamou", "advertisement"),
    ("Sdílet na Facebooku", "share_widget"), ("Kopírovat odkaz", "share_widget"),
    ("Diskuze", "comments"), ("24 komentářů", "comments"),
    ("Klíčová slova", "tags"),
    ("Aktualizováno: 3. 10. 2024 18:05", "date"), ("Včera 21:40", "date"), ("2. února 2025", "date"),
    ("Čtení na 3 minuty", "date"),
    ("Ilustrační foto", "caption"),
    ("Zdroj: ČT24", "source_link"),
    ("Přeskočit na hlavní obsah", "navigation"),
    ("Máte tip na článek? Napište nám.", "call_to_action"),
    ("Používáme soubory cookies, abychom vám mohli nabízet lepší služby.", "cookie_notice"),
    # Czech: what the other sites' furniture added
    ("Další články z rubriky Kultura", "related"), ("Další články autorky", "related"),
    ("Podívejte se na video: Povodeň v Jeseníku z dronu", "embed"), ("Související video: Jak se staví tunel", "embed"),
    ("Fotogalerie (8)", "embedded_gallery"), ("15 fotografií", "embedded_gallery"),
    ("Sdílet článek:", "share_widget"),
    ("Odebírejte náš newsletter", "newsletter"),
    ("To nejdůležitější z Evropy jednou týdně do vaší schránky", "newsletter"),
    ("E-mailová adresa", "newsletter"), ("Přihlásit se k odběru", "newsletter"),
    ("Sledujte nás na Facebooku", "call_to_action"), ("Sledujte Zpravodaj i na Google News", "call_to_action"),
    # Turkish (capitals with 'İ' and 'I' as sites print them)
    ("İlginizi Çekebilir", "related"), ("EDİTÖRÜN SEÇTİKLERİ", "related"),
    ("ÖNE ÇIKANLAR", "related"), ("Gündemdeki Haberler", "related"),
    ("İLGİLİ HABER: Asgari ücrete ara zam gelecek mi?", "related"),
    ("Sponsorlu Haber", "advertisement"), ("HABERİN DEVAMI", "advertisement"),
    ("Paylaş", "share_widget"), ("Link kopyalandı", "share_widget"),
    ("Yorumlar (8)", "comments"), ("YORUM YAZ", "comments"),
    ("Yorum yazabilmek için oturum açmalısınız.", "comments"),
    ("ETİKETLER", "tags"),
    ("HABERLE İLGİLİ DAHA FAZLASI", "tags"),
    ("Yayınlanma: 05.11.2024 07:30", "date"), ("GİRİŞ TARİHİ: 5 Kasım 2024, Salı 07:30", "date"),
    ("GÜNCELLEME: 05.11.2024 09:10", "date"),
    ("Fotoğraf: AA", "caption"),
    ("Kar yağışı nedeniyle kapanan köy yolları iş makineleriyle açıldı. (Görsel: İHA)", "caption"),
    ("HABER MERKEZİ", "byline"),
    ("Bu sitede çerezler kullanılmaktadır. Ayrıntılı bilgi için politikamızı inceleyebilirsiniz.", "cookie_notice"),
    # Turkish: what the other sites' furniture added
    ("İlgili haber", "related"), ("SIRADAKİ HABER", "related"),
    ("GİRİŞ: 14.02.2025 - 09:05", "date"), ("Eklenme Tarihi: 3 Mart 2025 10:20", "date"),
    ("Kaynak: İHA", "source_link"),
    ("Gazetemizi Google Haberler'den takip edin!", "call_to_action"), ("BİZİ INSTAGRAM'DAN TAKİP EDİN", "call_to_action"),
    ("Telegram kanalımıza abone olun", "call_to_action"),
    ("Bültenimize kaydolun", "newsletter"), ("E-posta adresiniz:", "newsletter"),
    # Romanian (with and without diacritics, ş/ţ with a cedilla too)
    ("Articole similare", "related"), ("Ultimele ştiri", "related"),
    ("Vezi și: Prețul benzinei scade de luni", "related"), ("Citeste si: Metroul spre aeroport, amanat din nou", "related"),
    ("Conținut sponsorizat", "advertisement"), ("Articolul continuă după reclamă", "advertisement"),
    ("Distribuie", "share_widget"), ("Link copiat", "share_widget"),
    ("Comentarii (5)", "comments"), ("Răspunde", "comments"),
    ("Tag-uri:", "tags"),
    ("Publicat: 5 noiembrie 2024, 07:30", "date"), ("Marți, 5 noiembrie 2024", "date"),
    ("4 min. de citire", "date"),
    ("Credit foto: Inquam Photos / Octav Ganea", "caption"),
    ("Sursa: Mediafax", "source_link"),
    ("Urmărește știrile Digi24 și pe Google News", "call_to_action"), ("Abonează-te la newsletter", "call_to_action"),
    ("Folosim cookie-uri pentru a personaliza conținutul și reclamele.", "cookie_notice"),
    # Romanian: what the other sites' furniture added
    ("Știri pe aceeași temă", "related"), ("Citeste mai multe", "related"),
    ("Trimite pe e-mail", "share_widget"), ("Subiecte", "tags"),
    ("Publicat: 4 mart. 2025, 14:20", "date"),
    ("Înscrie-te la newsletterul nostru săptămânal", "newsletter"), ("Adresa ta de e-mail", "newsletter"),
    ("Citește articolul complet »", "navigation"),
    # Greek (capitals drop the accents)
    ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "related"), ("Τα πιο διαβασμένα", "related"),
    ("ΔΕΙΤΕ ΕΠΙΣΗΣ: Πώς θα λειτουργήσει το νέο μετρό", "related"),
    ("Διαφήμιση", "advertisement"),
    ("Αντιγραφή link", "share_widget"),
    ("Σχόλια (4)", "comments"),
    ("ΕΤΙΚΕΤΕΣ", "tags"),
    ("Δημοσιεύθηκε: 05.11.2024 07:30", "date"), ("Τρίτη, 5 Νοεμβρίου 2024 07:30", "date"), ("5 ΜΑΪΟΥ 2025", "date"),
    ("Φωτ. Eurokinissi / Γιάννης Παναγόπουλος", "caption"),
    ("ΠΗΓΗ: Reuters", "source_link"),
    ("Κάντε εγγραφή στο newsletter μας", "newsletter"),
    ("Ακολουθήστε το Ertnews.gr στο Google News", "call_to_action"),
    ("ΑΠΟΔΟΧΗ ΟΛΩΝ", "cookie_notice"),
    ("Χρησιμοποιούμε cookies για να σας προσφέρουμε καλύτερη εμπειρία περιήγησης.", "cookie_notice"),
    # Greek: what the other sites' furniture added
    ("Ειδήσεις σήμερα:", "related"), ("ΟΛΕΣ ΟΙ ΕΙΔΗΣΕΙΣ", "related"), ("Ροή ειδήσεων", "related"),
    ("ΦΩΤΟΓΡΑΦΙΑ ΑΡΧΕΙΟΥ: ΑΠΕ-ΜΠΕ / Ορέστης Παναγιώτου", "caption"), ("Φωτογραφία αρχείου", "caption"),
    ("ΔΕΙΤΕ ΤΟ ΒΙΝΤΕΟ", "embed"), ("Δείτε όλες τις φωτογραφίες", "embed"),
    # Vietnamese
    ("BÀI LIÊN QUAN", "related"), ("Có thể bạn quan tâm", "related"),
    ("Đọc thêm: Hà Nội điều chỉnh giờ học để tránh ùn tắc", "related"),
    ("Tài trợ", "advertisement"),
    ("Chia sẻ", "share_widget"), ("Lưu bài viết", "share_widget"),
    ("Trả lời", "comments"), ("Ý kiến bạn đọc", "comments"),
    ("Từ khoá:", "tags"), ("Chủ đề", "tags"),
    ("Chủ nhật, 6/4/2025, 08:00 (GMT+7)", "date"), ("Cập nhật: 06/04/2025 08:15", "date"),
    ("Ảnh minh họa", "caption"), ("Ảnh: Reuters", "caption"),
    ("Lực lượng cứu hộ tiếp cận khu vực sạt lở ở Lào Cai (Ảnh: TTXVN)", "caption"),
    ("Nguồn: Bộ Y tế", "source_link"),
    ("Tổng biên tập: Nguyễn Văn An", "footer"), ("Giấy phép số 123/GP-BTTTT ngày 1/1/2022", "footer"),
    # Vietnamese: what the other sites' furniture added
    ("Tin cùng chủ đề", "related"), ("TIN ĐỌC NHIỀU", "related"),
    ("Xem clip: Xe tải lật trên cao tốc", "embed"),
    ("Theo dõi chúng tôi trên Zalo", "call_to_action"),
    ("Mời quý độc giả theo dõi Báo Sông Hồng trên Google News", "call_to_action"),
    ("Đăng ký nhận bản tin hằng ngày", "newsletter"),
    # Norwegian, Finnish, Polish and Swedish: the entries they gained
    ("SAKEN FORTSETTER ETTER ANNONSEN", "advertisement"), ("Publisert 05.11.24 - 07:30", "date"),
    ("Tips oss", "call_to_action"), ("Har du tips om denne saken? Send oss en melding.", "call_to_action"),
    ("Lytt til artikkelen", "navigation"),
    ("Kuva: Lehtikuva", "caption"), ("Arkistokuva", "caption"), ("Päivitetty 6.4. klo 8.15", "date"),
    ("Kommentit (23)", "comments"), ("Kirjaudu ja kommentoi", "comments"), ("Avainsanat", "tags"),
    ("Vinkkaa uutisesta", "call_to_action"),
    ("Publikacja: 5 listopada 2024, 07:30", "date"), ("Czas czytania: 5 min", "date"),
    ("Udostępnij", "share_widget"), ("Słowa kluczowe", "tags"),
    ("Masz newsa? Prześlij go do redakcji.", "call_to_action"),
    ("Polisen på plats i centrala Malmö under tisdagskvällen. Arkivbild.", "caption"),
    ("Taggar", "tags"), ("Kommentera", "comments"),
    ("Har du ett tips? Hör av dig till redaktionen.", "call_to_action"),
]

# Ordinary article sentences sharing words with the rules: no rule may match them.
SENTENCES = [
    # Hungarian
    "A hirdetés szerint a lakás már a jövő hónapban beköltözhető.",
    "Kapcsolódó beruházásként a város új parkolóházat is épít a pályaudvar mellett.",
    "Forrás szerint a döntés már a hét elején megszületett.",
    "A hatóság megállapította, hogy a webáruház sütiket használt a vásárlók engedélye nélkül.",
    "Ha szeretné, hogy a város támogassa a fesztivált, írjon a polgármesternek, mondta a szervező.",
    "Megosztás helyett inkább beszéljük meg személyesen, javasolta a miniszter.",
    "Ajánljuk az olvasóknak, hogy a hétvégén kerüljék a belvárost.",
    "Ha fontosnak tartod a családot, támogasd a gyerekeidet, mondta a pszichológus.",
    "Kövesse figyelemmel a fejleményeket, mondta a szóvivő a Facebookon közzétett videóban.",
    "Ha szeretne, kövesse a közvetítést a Facebookon, írta a polgármester.",
    "Iratkozzon fel mindenki a várólistára, kérte a hivatal.",
    "A hírlevél szerint a cég idén száz új munkatársat vesz fel.",
    # Czech
    "Diskuse o rozpočtu pokračovala ve Sněmovně až do půlnoci.",
    "Související náklady podle ministerstva vzrostou o dvě miliardy korun.",
    "Zdroj blízký vyšetřování řekl, že policie zadržela dva muže.",
    "Máte pravdu, odpověděl ministr na dotaz novináře.",
    "Témata jako bydlení a energie budou hlavní náplní kampaně.",
    "Podívejte se, jak to dopadlo, vyzval ministr poslance.",
    "Odebírat elektřinu ze sítě bude od ledna dražší.",
    "Sledujte vývoj na Twitteru, vyzval ministr.",
    "Přehled změn, které přijdou do vaší schránky, rozešle úřad v březnu.",
    "Další články zákona se budou měnit až příští rok.",
    # Turkish
    "Reklam sektörü bu yıl yüzde 40 büyüdü.",
    "Yorumlar sosyal medyada kısa sürede gündem oldu.",
    "İlgili haberlerde yer alan iddiaları bakanlık yalanladı.",
    "Paylaşılan görüntüler kısa sürede milyonlarca kişiye ulaştı.",
    "Haber merkezinden yapılan açıklamada yangının kontrol altına alındığı bildirildi.",
    "Sitemizde yer alan bilgiler yatırım tavsiyesi değildir.",
    "Kaynak sıkıntısı nedeniyle proje ertelendi.",
    "Giriş katındaki dükkanlar su altında kaldı.",
    "Bakanlık, gelişmeleri Twitter'dan takip edin dedi.",
    "Vatandaşlar süreci YouTube üzerinden takip etti.",
    "Sıradaki hedef Avrupa şampiyonası olacak.",
    # Romanian
    "Citește și documentul complet publicat de minister, spune avocatul.",
    "Publicitatea electorală este interzisă cu o zi înainte de vot.",
    "Comentariile ministrului au stârnit reacții în coaliție.",
    "Sursa incendiului nu a fost încă stabilită, potrivit pompierilor.",
    "Distribuitorii de energie vor plăti despăgubiri, a anunțat ANRE.",
    "Subiecte sensibile au fost discutate la întâlnire.",
    "Citește mai mult despre subiect în raportul publicat de minister.",
    "Abonează-te la newsletterul firmei, i-a sfătuit ministrul pe antreprenori.",
    # Greek
    "Σχόλια του υπουργού προκάλεσαν αντιδράσεις στη Βουλή.",
    "Η διαφήμιση του προϊόντος αποσύρθηκε μετά από καταγγελίες.",
    "Πηγή της κυβέρνησης ανέφερε ότι οι διαπραγματεύσεις συνεχίζονται.",
    "Διαβάστε επίσης τις οδηγίες της Πολιτικής Προστασίας πριν ταξιδέψετε.",
    "Ακολουθήστε τις οδηγίες των αρχών, είπε ο δήμαρχος.",
    "Η φωτογραφία αρχείου δείχνει το κτίριο πριν από την κατεδάφιση.",
    "Δείτε τις φωτογραφίες του αρχείου, είπε ο επιμελητής στους επισκέπτες.",
    "Ειδήσεις σήμερα δεν υπάρχουν από το υπουργείο, είπε ο εκπρόσωπος.",
    # Vietnamese
    "Quảng cáo sai sự thật sẽ bị xử phạt đến 100 triệu đồng.",
    "Bình luận về vụ việc, ông Hùng cho biết cơ quan chức năng đang điều tra.",
    "Chia sẻ với phóng viên, bà Lan nói gia đình đã chờ đợi nhiều năm.",
    "Ảnh hưởng của bão khiến nhiều tuyến đường bị ngập sâu.",
    "Nguồn tin từ Bộ Công an cho biết nghi phạm đã bị bắt.",
    "Trả lời báo chí, Bộ trưởng khẳng định sẽ không tăng giá điện.",
    "Theo dõi tình hình bão trên Facebook, nhiều người dân đã chủ động sơ tán.",
    "Cùng chủ đề này, bộ trưởng cho biết sẽ kiểm tra.",
    "Đăng ký nhận bản tin thời tiết của trung tâm khí tượng giúp nông dân chủ động.",
    "Xem video clip ghi lại vụ tai nạn, nhiều người bức xúc.",
    # Norwegian, Finnish, Polish, Swedish
    "Saken fortsetter i lagmannsretten i høst, sier advokaten.",
    "Har du tenkt på hvor mye strøm du bruker om natten?",
    "Kuvaaja kertoo, että kuvat otettiin aamulla satamassa.",
    "Publikacja raportu NIK została przełożona na jesień.",
    "Masz rację, odpowiedział premier dziennikarzom.",
    "Ämnen som skola och vård dominerade debatten.",
    "Arkivbilder från 1970-talet visar hur hamnen såg ut.",
]


test_furniture_lines_match_with_their_reason, test_article_sentences_match_no_rule = \
    lexicon_tests(FURNITURE, SENTENCES)



HU_ARTICLE = [
    "Április elsejétől drágul a havi bérlet a fővárosban és az agglomerációban, jelentette be kedden a közlekedési "
    "társaság, amely szerint a döntést hosszas egyeztetés előzte meg a fővárosi önkormányzattal.",
    "A teljes árú bérlet ára tizenkét százalékkal emelkedik, a diákok és a nyugdíjasok kedvezményes jegyeinek ára "
    "viszont nem változik, és a vonaljegyek ára is marad a tavalyi szinten.",
    "A társaság szerint az áremelésre az energiaárak és a bérek növekedése miatt van szükség, a többletbevételt pedig "
    "teljes egészében a régi villamosok és buszok felújítására fordítják a következő két évben.",
    "Az utasszervezetek szerint az ingázók egy része ezután inkább autóval jár majd, ami tovább növeli a reggeli "
    "dugókat, ezért azt kérik, hogy a város vezessen be kedvezményes éves bérletet.",
]


def test_a_hungarian_page_cleans_down_to_its_article():
    page = "\n".join([
        "Ugrás a fő tartalomra", "Belföld", "Gazdaság", "Sport",
        "Drágul a bérlet: áprilistól többet fizetnek az ingázók", "Kovács Eszter",
        "Publikálva: 2025.03.18. 08:40", "Megosztás", "Link másolása",
        HU_ARTICLE[0], HU_ARTICLE[1], "A cikk a hirdetés után folytatódik",
        "Kapcsolódó cikkek", "Új menetrend szerint járnak a hajók a Dunán",
        HU_ARTICLE[2], "Olvassa el ezt is: Tovább nő az autópályák forgalma", HU_ARTICLE[3],
        "Címkék:", "bérlet", "tömegközlekedés", "áremelés",
        "Ha fontosnak tartod a független újságírást, támogasd a munkánkat!", "Támogatom",
        "Hozzászólások (3)", "Legolvasottabb", "Leállt a metró a belvárosban", "Hőségriasztás lép életbe",
        "Impresszum", "Adatvédelmi tájékoztató",
        "Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében."])
    res = clean_text(page)  # (the page's language is guessed: Hungarian, not English)
    assert res.paragraphs == HU_ARTICLE
    assert res.metadata.title == "Drágul a bérlet: áprilistól többet fizetnek az ingázók"
    removed = dict(res.removed)
    for line, reason in [("Publikálva: 2025.03.18. 08:40", "date"), ("Megosztás", "share_widget"),
                         ("A cikk a hirdetés után folytatódik", "advertisement"), ("Kapcsolódó cikkek", "related"),
                         ("Új menetrend szerint járnak a hajók a Dunán", "related"),
                         ("Olvassa el ezt is: Tovább nő az autópályák forgalma", "related"),
                         ("Címkék:", "tags"), ("bérlet", "tags"), ("Támogatom", "call_to_action"),
                         ("Ha fontosnak tartod a független újságírást, támogasd a munkánkat!", "call_to_action"),
                         ("Hozzászólások (3)", "comments"), ("Legolvasottabb", "related"),
                         ("Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében.", "cookie_notice")]:
        assert removed.get(line) == reason, (line, removed.get(line))


TR_ARTICLE = [
    "İstanbul'da toplu taşıma ücretlerine yüzde 30 zam yapıldı. Ulaşım Koordinasyon Merkezi'nin aldığı karara göre "
    "yeni tarife pazartesi sabahından itibaren otobüs, metro ve vapurlarda uygulanacak.",
    "Karara göre tam bilet 27 liraya, öğrenci bileti ise 13 liraya yükseldi. Aylık abonman kartlarının ücretleri de "
    "aynı oranda artırılırken 65 yaş üstü vatandaşlar için ücretsiz seyahat hakkı devam edecek.",
    "Belediye yetkilileri, artan yakıt, personel ve bakım maliyetleri nedeniyle zammın kaçınılmaz olduğunu açıkladı. "
    "Yetkililer, gelirin yeni otobüs alımında kullanılacağını belirtti.",
    "Yolcu dernekleri ise kararın dar gelirli vatandaşları zor durumda bırakacağını belirterek tepki gösterdi ve "
    "zammın geri çekilmesi için belediyeye çağrıda bulundu.",
]


def test_a_turkish_page_in_capitals_cleans_down_to_its_article_with_its_date():
    # (labels in capitals, with the dotted capital İ: 'İLGİLİ HABERLER', 'GİRİŞ TARİHİ')
    page = "\n".join([
        "GÜNDEM", "EKONOMİ", "SPOR", "Toplu taşımaya yüzde 30 zam: Yeni tarife pazartesi başlıyor",
        "HABER MERKEZİ", "GİRİŞ TARİHİ: 21.03.2025 - 09:15", "GÜNCELLEME TARİHİ: 21.03.2025 - 10:40",
        "Paylaş", "LİNKİ KOPYALA", TR_ARTICLE[0], TR_ARTICLE[1], "REKLAM",
        "İLGİLİ HABERLER", "Metrobüs seferleri hafta sonu gece boyunca kesintisiz sürecek",
        "Taksi plakası fiyatları İstanbul'da yeni bir rekor kırdı",
        TR_ARTICLE[2], "HABERİN DEVAMI", TR_ARTICLE[3],
        "ETİKETLER", "ULAŞIM", "ZAM", "İSTANBUL",
        "YORUMLAR", "Yorum yapmak için giriş yapın.", "EN ÇOK OKUNANLAR",
        "Emekli maaşı zammı belli oldu", "Hafta sonu yağış uyarısı",
        "Bu sitede çerezler kullanılmaktadır."])
    res = clean_text(page)
    assert res.paragraphs == TR_ARTICLE
    assert (res.metadata.title, res.metadata.published) == (
        "Toplu taşımaya yüzde 30 zam: Yeni tarife pazartesi başlıyor", "2025-03-21")
    removed = dict(res.removed)
    for line, reason in [("GİRİŞ TARİHİ: 21.03.2025 - 09:15", "date"), ("GÜNCELLEME TARİHİ: 21.03.2025 - 10:40", "date"),
                         ("HABER MERKEZİ", "byline"), ("LİNKİ KOPYALA", "share_widget"), ("REKLAM", "advertisement"),
                         ("İLGİLİ HABERLER", "related"), ("Metrobüs seferleri hafta sonu gece boyunca kesintisiz sürecek", "related"),
                         ("HABERİN DEVAMI", "advertisement"), ("ETİKETLER", "tags"), ("ZAM", "tags"),
                         ("YORUMLAR", "comments"), ("Yorum yapmak için giriş yapın.", "comments"),
                         ("EN ÇOK OKUNANLAR", "related"), ("Bu sitede çerezler kullanılmaktadır.", "cookie_notice")]:
        assert removed.get(line) == reason, (line, removed.get(line))
