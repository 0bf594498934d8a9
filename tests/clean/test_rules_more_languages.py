"""The German, French, Spanish, Portuguese, Italian, Dutch and Malay lexicons (pipeline/rules/
{de,fr,es,pt,it,nl,ms}.toml): furniture lines of those languages' news sites go with their
reason, ordinary article sentences (even ones opening with a rule's first words) stay, and a
page in each language is cleaned down to its article."""
import pytest

from pipeline.clean import clean_text
from lexicon_checks import assert_matched_with, assert_no_rule_matches

# (1) Furniture lines other than the rules' own examples, with the reason each goes with.
FURNITURE = {
    "de": [
        ("Meistgelesene Artikel", "related"),
        ("Lesen Sie mehr: Wie die Stadt ihre Brücken sanieren will", "related"),
        ("Bezahlte Partnerschaft", "advertisement"),
        ("Artikel teilen", "share_widget"),
        ("Von Lena Hoffmann und Tobias Kranz", "byline"),
        ("Lesezeit: 6 Min.", "byline"),
        ("Jetzt abonnieren", "call_to_action"),
        ("12 Kommentare", "comments"),
        ("Datenschutz-Einstellungen", "footer"),
        ("Bild: imago images / Jan Huebner", "caption"),
        ("Mit Material von Reuters", "credit"),
        ("Donnerstag, 15. Mai 2025", "site_date"),
    ],
    "fr": [
        ("Lire aussi | Réforme des retraites : ce qui change au 1er septembre", "related"),
        ("Les articles les plus partagés", "related"),
        ("Contenu sponsorisé", "advertisement"),
        ("Partager sur Facebook", "share_widget"),
        ("Par Sophie Martin", "byline"),
        ("5 min de lecture", "byline"),
        ("Contenu réservé aux abonnés", "call_to_action"),
        ("Abonnez-vous à notre newsletter", "newsletter"),
        ("© Le Journal du Centre 2025, tous droits réservés", "footer"),
        ("Mardi 13 mai 2025", "site_date"),
        ("Crédit : Ouest Images", "caption"),
        ("Publié le 13 mai 2025 à 07h45", "date"),
    ],
    "es": [
        ("Lee también: Cómo afectará la subida de tipos a tu hipoteca", "related"),
        ("Las más vistas", "related"),
        ("Contenido patrocinado", "advertisement"),
        ("Compartir en Telegram", "share_widget"),
        ("Por Carlos Pérez de la Fuente", "byline"),
        ("¿Ya eres suscriptor? Inicia sesión", "call_to_action"),
        ("Suscríbete ahora", "call_to_action"),
        ("15 comentarios", "comments"),
        ("Defensor del lector", "footer"),
        ("Imagen: Archivo", "caption"),
        ("Jueves, 15 de mayo de 2025", "site_date"),
        ("Con información de Reuters", "credit"),
    ],
    "pt": [
        ("Veja também: Inflação desacelera pelo terceiro mês seguido", "related"),
        ("Mais lidas", "related"),
        ("Conteúdo patrocinado", "advertisement"),
        ("Compartilhar no WhatsApp", "share_widget"),
        ("Por Pedro Alves, g1 RS — Porto Alegre", "byline"),
        ("Já é assinante? Faça seu login", "call_to_action"),
        ("8 comentários", "comments"),
        ("Todos os direitos reservados", "footer"),
        ("Sexta-feira, 16 de maio de 2025", "site_date"),
        ("Fonte: IBGE", "source_link"),
        ("Com informações da Reuters", "credit"),
        ("4.mar.2025 às 14h32", "date"),
    ],
    "it": [
        ("Leggi anche: Caro bollette, cosa cambia da luglio", "related"),
        ("I più letti", "related"),
        ("Contenuto sponsorizzato", "advertisement"),
        ("Condividi su WhatsApp", "share_widget"),
        ("di Francesca Romano", "byline"),
        ("Sei già abbonato? Accedi", "call_to_action"),
        ("Commenti", "comments"),
        ("Riproduzione riservata ©", "footer"),
        ("Giovedì 15 maggio 2025", "site_date"),
        ("Fonte: Ansa", "source_link"),
        ("Aggiornato alle 18:05", "date"),
    ],
    "nl": [
        ("Lees ook: Gemeente Amsterdam wil minder toeristen in de binnenstad", "related"),
        ("Meest bekeken", "related"),
        ("Advertentie", "advertisement"),
        ("Deel via WhatsApp", "share_widget"),
        ("Door Lotte Bakker", "byline"),
        ("Word abonnee", "call_to_action"),
        ("3 reacties", "comments"),
        ("Privacybeleid", "footer"),
        ("Donderdag 15 mei 2025", "site_date"),
        ("Bron: NOS", "source_link"),
        ("vandaag, 09:41", "date"),
    ],
    "ms": [
        ("Bacaan berkaitan", "related"),
        ("Kongsi di WhatsApp", "share_widget"),
        ("Langgan sekarang", "call_to_action"),
        ("12 komen", "comments"),
        ("Hak cipta terpelihara 2025 Harian Selatan", "footer"),
        ("Log keluar", "navigation"),
        ("Isnin, 12 Mei 2025", "site_date"),
        ("Foto fail", "caption"),
        ("Disiarkan pada: Mei 12, 2025 @ 9:15am", "date"),
    ],
}


# (2) Ordinary article sentences, several opening with the same words as a rule.
ARTICLE_SENTENCES = {
    "de": [
        "Von der Leyen sagte am Montag, die EU werde die Sanktionen gegen Russland verlängern.",
        "Von Berlin aus fuhr der Sonderzug am Abend weiter nach Hamburg.",
        "Mit Material von Zulieferern aus Asien hatte das Werk bislang keine Probleme.",
        "Mehr zum Thema Energie will die Regierung im Herbst vorlegen, sagte der Sprecher.",
        "Anzeige gegen den Bürgermeister wurde am Freitag bei der Staatsanwaltschaft erstattet.",
        "Kommentare in sozialen Netzwerken zeigten die Wut vieler Anwohner.",
        "Lesen Sie die Packungsbeilage, bevor Sie das Medikament einnehmen, rät die Apothekerin.",
    ],
    "fr": [
        "Par ailleurs, le maire a annoncé la fermeture de la piscine municipale pour travaux.",
        "Par la suite, les enquêteurs ont retrouvé le véhicule abandonné près de Nantes.",
        "Lire aussi les conclusions du rapport permet de mieux comprendre la crise du logement.",
        "Publicité mensongère : l'enseigne condamnée à une amende de 50 000 euros.",
        "Commentaires et critiques ont afflué après la diffusion du reportage dimanche soir.",
        "Partager les frais de garde reste un casse-tête pour de nombreux parents séparés.",
        "Soutenir la presse locale est une priorité du gouvernement, a déclaré la ministre.",
    ],
    "es": [
        "Por la tarde, los manifestantes se concentraron frente al Congreso de los Diputados.",
        "Por Navidad, las familias gastan de media un 20% más en alimentación.",
        "Publicidad engañosa: multan a una aerolínea con dos millones de euros.",
        "Comentarios racistas en redes sociales llevaron a la suspensión del jugador.",
        "Más información sobre el proceso de matrícula está disponible en la web del ministerio.",
        "Lea también los términos del contrato antes de firmar, aconseja la asociación de consumidores.",
        "Fuentes del Ministerio del Interior confirmaron la detención de tres personas.",
    ],
    "pt": [
        "Por volta das 14h, os bombeiros controlaram o incêndio no galpão da zona norte.",
        "Com informações da polícia, os investigadores chegaram ao suspeito na manhã de sábado.",
        "Publicidade infantil é alvo de nova regra do Conar, que entra em vigor em junho.",
        "Comentários do ministro irritaram os aliados no Congresso nesta terça-feira.",
        "Fonte de renda de milhares de famílias, a pesca artesanal enfrenta uma crise.",
        "Assine o contrato apenas depois de ler todas as cláusulas, orienta o Procon.",
        "Leia mais livros, recomendou a professora aos alunos da escola municipal.",
    ],
    "it": [
        "Di recente il governo ha approvato un nuovo decreto sulle pensioni anticipate.",
        "Di Maio ha incontrato il ministro degli Esteri a Roma per discutere della crisi.",
        "Commenti positivi sono arrivati anche dai partiti dell'opposizione.",
        "Pubblicità ingannevole, multa da un milione all'azienda di telefonia.",
        "Stampa estera e cronisti locali hanno seguito l'udienza fino a tarda sera.",
        "Leggi anche tu il regolamento prima di iscriverti, consiglia il sindacato.",
        "Fonte di preoccupazione resta il debito pubblico, secondo la Banca d'Italia.",
    ],
    "nl": [
        "Door de aanhoudende regen staan veel straten in Limburg onder water.",
        "Reacties van omwonenden waren overwegend positief, zegt de wethouder.",
        "Delen van de snelweg blijven tot maandag afgesloten voor onderhoud.",
        "Advertentie-inkomsten van regionale kranten dalen al jaren.",
        "Lees ook de bijsluiter goed voordat je begint, adviseert de apotheker.",
        "Probeer het eerst gratis uit, adviseert de consumentenbond.",
        "Bron van de besmetting was volgens de GGD een feest in Tilburg.",
    ],
    "ms": [
        "Komen pakar ekonomi itu disiarkan dalam laporan akhbar semalam.",
        "Kongsi gelap itu ditumpaskan polis dalam serbuan di Johor Bahru.",
        "Log masuk ke sistem itu gagal beberapa kali minggu lalu, kata pegawai kementerian.",
        "Berita berkaitan kenaikan harga minyak tersebar luas di media sosial semalam.",
        "Penafian itu dibuat oleh jurucakap syarikat selepas laporan tersebut diterbitkan.",
        "Langgan air bersih menjadi isu utama penduduk kampung itu sejak tahun lalu.",
    ],
}


# (3) A short page per language: headline, byline, article paragraphs with furniture between
# and after them. Every paragraph is kept; every furniture line goes with its reason.
PAGES = {
    "de": (
        "Stadtrat beschließt neue Radwege für die Innenstadt",
        [
            ("Von Jonas Becker und Miriam Lenz", "byline"),
            ("Lesezeit: 4 Min.", "byline"),
        ],
        [
            "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, in den kommenden zwei Jahren "
            "zwölf Kilometer neue Radwege in der Innenstadt zu bauen.",
            "Die Verwaltung rechnet mit Kosten von rund 18 Millionen Euro, von denen ein Teil aus einem "
            "Förderprogramm des Landes bezahlt werden soll.",
            "Vertreter des Einzelhandels hatten vor dem Wegfall von Parkplätzen gewarnt, doch die Mehrheit im "
            "Rat folgte dem Vorschlag der Verkehrsdezernentin.",
            "Die ersten Bauarbeiten sollen im Herbst an der Bahnhofstraße beginnen, wo bisher täglich mehrere "
            "tausend Radfahrer zwischen den Autos unterwegs sind.",
            "Ob der Zeitplan eingehalten werden kann, hängt nach Angaben der Stadt auch davon ab, wie schnell "
            "die beauftragten Firmen genügend Personal finden.",
        ],
        {1: [("Gesponserter Inhalt", "advertisement")],
         2: [("Lesen Sie auch: Warum die Busse im Sommer seltener fahren", "related")],
         3: [("Weiter nach der Anzeige", "advertisement")]},
        [("Artikel teilen", "share_widget"), ("Leserkommentare", "comments"),
         ("Bitte melden Sie sich an, um zu kommentieren.", "comments"), ("Barrierefreiheitserklärung", "footer"),
         ("Datenschutzerklärung", "footer")],
    ),
    "fr": (
        "Le conseil municipal adopte un plan pour rénover les écoles",
        [("Par Claire Dubois", "byline"), ("Temps de lecture : 3 min", "byline")],
        [
            "Le conseil municipal a adopté lundi soir un plan de rénovation de quatorze écoles primaires, qui "
            "doit s'étaler sur les cinq prochaines années.",
            "La mairie estime le coût des travaux à près de 40 millions d'euros, dont une partie sera financée "
            "par l'État dans le cadre du fonds pour la transition écologique.",
            "Les parents d'élèves réclamaient depuis longtemps une meilleure isolation des bâtiments, où la "
            "température dépasse souvent trente degrés au mois de juin.",
            "L'opposition a voté contre le projet, jugeant que le calendrier des travaux n'était pas assez "
            "précis pour les familles concernées.",
            "Les premiers chantiers commenceront pendant les vacances d'été dans les écoles du quartier nord, "
            "selon l'adjointe chargée de l'éducation.",
        ],
        {1: [("Fermer la publicité", "advertisement")],
         2: [("À lire aussi : Canicule, les écoles pourront fermer plus tôt", "related")],
         4: [("La suite après cette publicité", "advertisement")]},
        [("Partager cet article", "share_widget"), ("Commentaires", "comments"),
         ("Connectez-vous pour réagir.", "comments"), ("Gérer mes cookies", "footer"),
         ("© 2025 La Gazette du Centre – Tous droits réservés", "footer")],
    ),
    "es": (
        "El Ayuntamiento aprueba ampliar el horario de las bibliotecas",
        [("Por Marta Gómez Ruiz", "byline"), ("Tiempo de lectura: 3 min", "byline")],
        [
            "El pleno del Ayuntamiento aprobó este martes ampliar el horario de las bibliotecas municipales, "
            "que abrirán también los domingos durante la época de exámenes.",
            "La medida costará unos 300.000 euros al año y permitirá contratar a doce nuevos auxiliares para "
            "atender las salas de estudio.",
            "Los estudiantes universitarios llevaban meses pidiendo más plazas de estudio, sobre todo en los "
            "barrios más alejados del centro de la ciudad.",
            "La oposición apoyó la propuesta, aunque pidió que se revise el estado de los edificios más "
            "antiguos antes de alargar su uso.",
            "El nuevo horario entrará en vigor el próximo mes de mayo y se evaluará al final del curso, según "
            "explicó la concejala de Cultura.",
        ],
        {1: [("Anuncio", "advertisement")],
         2: [("Lea también: La ciudad tendrá tres nuevos centros de salud en 2026", "related")],
         3: [("Más sobre este tema", "related")]},
        [("Compartir esta noticia", "share_widget"), ("Deja tu comentario", "comments"),
         ("Inicia sesión para comentar", "comments"), ("Mapa del sitio", "footer"),
         ("© 2025 Diario del Sur. Todos los derechos reservados.", "footer")],
    ),
    "pt": (
        "Prefeitura anuncia ampliação do horário dos postos de saúde",
        [("Por Ana Souza, g1 PR — Curitiba", "byline"), ("Tempo de leitura: 3 min", "byline")],
        [
            "A prefeitura anunciou nesta segunda-feira que os postos de saúde da cidade vão funcionar até as "
            "22h a partir do próximo mês, inclusive aos sábados.",
            "Segundo a secretaria municipal de saúde, a medida deve custar cerca de R$ 12 milhões por ano e "
            "exigirá a contratação de novos médicos e enfermeiros.",
            "Moradores dos bairros mais afastados reclamavam havia anos da dificuldade de conseguir atendimento "
            "depois do horário de trabalho.",
            "O sindicato dos servidores afirmou que vai acompanhar a implantação para garantir que não haja "
            "sobrecarga das equipes que já atuam nas unidades.",
            "A primeira fase do novo horário começa em dez unidades da zona sul, e as demais devem aderir até "
            "o fim do ano, de acordo com a prefeitura.",
        ],
        {1: [("Anúncio", "advertisement")],
         2: [("Leia também: Vacinação contra a gripe é ampliada para toda a população", "related")],
         3: [("Continua após a publicidade", "advertisement")]},
        [("Compartilhe esta notícia", "share_widget"), ("Escreva seu comentário", "comments"),
         ("Faça login para comentar", "comments"), ("Termos de uso", "footer"),
         ("Todos os direitos reservados", "footer")],
    ),
    "it": (
        "Il Comune approva il piano per le nuove piste ciclabili",
        [("di Giulia Ferraresi", "byline"), ("Tempo di lettura: 3 minuti", "byline")],
        [
            "Il consiglio comunale ha approvato ieri sera il piano che prevede la costruzione di venti "
            "chilometri di nuove piste ciclabili entro la fine del 2027.",
            "L'investimento complessivo è di circa 25 milioni di euro, in parte coperti dai fondi europei del "
            "Piano nazionale di ripresa e resilienza.",
            "I commercianti del centro storico hanno espresso preoccupazione per la perdita di alcuni "
            "parcheggi lungo le vie principali della città.",
            "L'assessora alla mobilità ha spiegato che i lavori saranno divisi in tre fasi per ridurre al "
            "minimo i disagi per i residenti e per il traffico.",
            "I primi cantieri apriranno a settembre nella zona della stazione, dove ogni giorno passano "
            "migliaia di studenti e pendolari in bicicletta.",
        ],
        {1: [("Informazione pubblicitaria", "advertisement")],
         2: [("Leggi anche: Sciopero dei mezzi pubblici, le fasce garantite", "related")],
         3: [("L'articolo continua sotto la pubblicità", "advertisement")]},
        [("Condividi questo articolo", "share_widget"), ("Commenti", "comments"),
         ("Accedi per commentare", "comments"), ("Note legali", "footer"),
         ("Tutti i diritti riservati", "footer")],
    ),
    "nl": (
        "Gemeenteraad stemt in met extra fietsenstallingen bij het station",
        [("Door Sanne Visser", "byline"), ("Leestijd 3 minuten", "byline")],
        [
            "De gemeenteraad heeft dinsdagavond ingestemd met de bouw van drie nieuwe fietsenstallingen bij "
            "het centraal station, met samen ruimte voor achtduizend fietsen.",
            "De kosten worden geschat op ongeveer 15 miljoen euro, waarvan een deel wordt betaald door het "
            "Rijk en de spoorwegen.",
            "Reizigers klagen al jaren dat ze in de spits geen plek kunnen vinden en hun fiets daarom op de "
            "stoep moeten achterlaten.",
            "Een kleine partij in de raad stemde tegen, omdat zij vindt dat het geld beter kan worden besteed "
            "aan betere busverbindingen naar de wijken.",
            "De eerste stalling moet volgend jaar in gebruik worden genomen, zo heeft de wethouder van "
            "verkeer na afloop van de vergadering laten weten.",
        ],
        {1: [("Advertentie", "advertisement")],
         2: [("Lees ook: Treinen rijden in het weekend minder vaak door werkzaamheden", "related")],
         3: [("Lees verder na de advertentie", "advertisement")]},
        [("Deel dit artikel", "share_widget"), ("12 reacties", "comments"),
         ("Log in om te reageren", "comments"), ("Privacybeleid", "footer"),
         ("Alle rechten voorbehouden", "footer")],
    ),
    "ms": (
        "Majlis bandaraya lulus pelan naik taraf sistem saliran",
        [("Oleh Aisyah Rahman - Mei 12, 2025 @ 9:15am", "byline")],
        [
            "Majlis bandaraya meluluskan pelan menaik taraf sistem saliran di seluruh bandar bagi "
            "mengurangkan risiko banjir kilat yang sering berlaku sejak beberapa tahun lalu.",
            "Datuk Bandar berkata projek itu dijangka menelan belanja kira-kira RM80 juta dan akan "
            "dilaksanakan secara berperingkat dalam tempoh tiga tahun.",
            "Penduduk di kawasan rendah sebelum ini mengadu rumah mereka dinaiki air setiap kali hujan lebat "
            "turun lebih daripada dua jam.",
            "Menurut beliau, kerja pembersihan longkang utama akan dimulakan bulan depan sebelum musim "
            "tengkujuh melanda pantai timur.",
            "Orang ramai juga diminta tidak membuang sampah ke dalam longkang kerana ia menyebabkan saluran "
            "tersumbat dan air melimpah ke jalan raya.",
        ],
        {2: [("Kisah berkaitan", "related")],
         3: [("Kandungan ditaja", "advertisement")]},
        [("Kongsi artikel ini", "share_widget"), ("Tulis komen", "comments"),
         ("Sila log masuk untuk memberi komen", "comments"), ("Terma dan syarat", "footer"),
         ("Hak cipta terpelihara 2025 Harian Selatan", "footer")],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_page_cleans_down_to_its_article(lang):
    headline, header, paragraphs, between, after = PAGES[lang]
    lines = [headline] + [ln for ln, _ in header]
    for k, para in enumerate(paragraphs):
        lines.append(para)
        lines.extend(ln for ln, _ in between.get(k, []))
    lines.extend(ln for ln, _ in after)
    result = clean_text("\n\n".join(lines))

    for para in paragraphs:
        assert para in result.paragraphs, para
    removed = dict(result.removed)
    furniture = header + [item for k in sorted(between) for item in between[k]] + after
    for line, reason in furniture:
        assert removed.get(line) == reason, (line, removed.get(line))


# (4) More furniture families, in each language: the consent box of an embedded post, the
# appeal for readers' money, the newsletter box's blurb and small print, the error-report
# prompt, the subscribers-only comment notice, the print-edition note and the photo credit.
MORE_FURNITURE = {
    "de": [
        ("Externer Inhalt von Instagram", "cookie_notice"),
        ("Alle externen Inhalte anzeigen", "cookie_notice"),
        ("Wir benötigen Ihre Zustimmung, um den von unserer Redaktion eingebundenen Inhalt von Datawrapper anzuzeigen.",
         "cookie_notice"),
        ("Mit Ihrer Registrierung akzeptieren Sie unsere Nutzungsbedingungen und die Datenschutzerklärung.", "newsletter"),
        ("Fehler gefunden? Jetzt melden.", "call_to_action"),
        ("Guter Journalismus kostet Geld. Unterstützen Sie uns mit einem Abo.", "call_to_action"),
        ("Nur Abonnenten können kommentieren.", "comments"),
        ("Dieser Text ist in der Ausgabe 14/2025 des Magazins erschienen.", "source_link"),
    ],
    "fr": [
        ("Ce contenu est bloqué car vous n'avez pas accepté les cookies de réseaux sociaux.", "cookie_notice"),
        ("Gérer mes choix", "cookie_notice"),
        ("Cet article vous a plu ? Abonnez-vous pour soutenir notre rédaction.", "call_to_action"),
        ("Vous pouvez vous désinscrire à tout moment via le lien en bas de chaque newsletter.", "newsletter"),
        ("Chaque matin, l'essentiel de l'info régionale dans votre boîte mail", "newsletter"),
        ("Signaler une erreur", "call_to_action"),
        ("Les commentaires sont réservés aux abonnés du Courrier Picard.", "comments"),
        ("Article paru dans le numéro 2680 de notre magazine", "source_link"),
    ],
    "es": [
        ("Relacionado", "related"),
        ("Este contenido está bloqueado porque no has aceptado las cookies.", "cookie_notice"),
        ("Si has llegado hasta aquí es porque valoras el periodismo de calidad. Hazte socio.", "call_to_action"),
        ("Los comentarios están reservados a suscriptores", "comments"),
        ("¿Encontraste un error? Reportalo", "call_to_action"),
        ("Al registrarte, aceptas los términos y condiciones y la política de privacidad.", "newsletter"),
        ("Publicado en la edición impresa del 12 de marzo de 2025", "source_link"),
    ],
    "pt": [
        ("Apenas assinantes podem comentar. Assine", "comments"),
        ("Subscrever", "call_to_action"),
        ("O jornalismo de qualidade custa caro. Assine e apoie.", "call_to_action"),
        ("Reportar erro", "call_to_action"),
        ("Tudo sobre", "tags"),
        ("Receba as principais notícias da região no seu e-mail", "newsletter"),
        ("Ao subscrever, está a aceitar os Termos e Condições e a Política de Privacidade.", "newsletter"),
        ("Este texto foi publicado originalmente na edição impressa de domingo.", "source_link"),
    ],
    "it": [
        ("Questo contenuto è bloccato perché non hai accettato i cookie.", "cookie_notice"),
        ("Hai apprezzato l'articolo? Abbonati", "call_to_action"),
        ("I commenti sono riservati agli abbonati", "comments"),
        ("C'è un errore? Segnalacelo", "call_to_action"),
        ("Cliccando su «Iscriviti» accetti la privacy policy.", "newsletter"),
        ("Articolo pubblicato sul numero 12 del settimanale", "source_link"),
    ],
    "nl": [
        ("Foto Getty Images", "caption"),
        ("Foto Hollandse Hoogte / Remko de Waal", "caption"),
        ("Deze column verscheen eerder in Trouw.", "source_link"),
        ("Deze inhoud kan niet worden getoond omdat je geen toestemming hebt gegeven voor cookies.", "cookie_notice"),
        ("Goede journalistiek kost geld. Word abonnee voor 1 euro.", "call_to_action"),
        ("Je kunt je altijd weer afmelden voor de nieuwsbrief.", "newsletter"),
        ("Fout gezien? Mail de redactie", "call_to_action"),
        ("Alleen abonnees kunnen reageren", "comments"),
    ],
}


# Article sentences that open like those families or share their words.
MORE_ARTICLE_SENTENCES = {
    "de": [
        "Guter Journalismus kostet Geld, sagt der Verleger, und das müssten die Leser verstehen.",
        "Externe Inhalte auf Webseiten sind ein Problem für den Datenschutz, sagt die Expertin.",
        "Inhalt",
        "Fehler gefunden hat die Prüferin vor allem in der Buchhaltung des Vereins.",
        "Der Artikel erschien zuerst in der New York Times und löste eine Debatte aus.",
        "Dieser Text stammt aus dem Jahr 1848 und gilt als Gründungsdokument der Bewegung.",
        "Die Stadt verschickt die Bescheide – kostenlos per E-Mail.",
        "Der Newsletter der Partei erscheint jeden Freitag und wird von 3000 Menschen gelesen.",
        "Eine Abmeldung ist jederzeit möglich, heißt es bei der Krankenkasse.",
        "Wir benötigen Ihre Zustimmung, um die Gebühren zu erhöhen, schrieb die Bank ihren Kunden.",
    ],
    "fr": [
        "Chaque jour, des dizaines de courriels frauduleux arrivent dans votre boîte mail.",
        "Les commentaires sont réservés aux abonnés depuis mardi.",
        "Ce contenu est bloqué dans plusieurs pays, selon l'ONG, qui dénonce la censure.",
        "Le journalisme de qualité a un coût, a rappelé la ministre de la Culture.",
        "Signaler une erreur médicale reste difficile pour les patients, selon l'association.",
        "J'accepte ma défaite, a déclaré le candidat.",
    ],
    "es": [
        "Relacionada con el caso, la empresa fue investigada por la fiscalía en 2021.",
        "Los comentarios están reservados a socios del club desde que la directiva cambió las normas.",
        "¿Has visto un error en la factura? Reclama a la compañía en un plazo de 30 días.",
        "Al registrarse, el usuario acepta las condiciones del servicio, que permiten vender sus datos.",
        "Este artículo fue publicado en la revista Nature y revisado por otros científicos.",
    ],
    "pt": [
        "Assinar o contrato foi o último ato do ministro antes de deixar o cargo.",
        "Encontrou algum erro na declaração? A Receita permite corrigir até o fim do prazo.",
        "Receba o benefício no seu e-mail? Não, o INSS só envia comunicados pelo aplicativo Meu INSS.",
        "Ao se cadastrar no programa, o consumidor concorda com os termos do banco e autoriza o uso de dados.",
        "Uma newsletter semanal sobre o mercado imobiliário foi lançada pelo ministério nesta terça-feira.",
        "Reportagem publicada na edição de domingo mostrou que o ministro recebeu presentes.",
    ],
    "it": [
        "Il giornalismo di qualità ha un costo, ha detto il direttore durante la presentazione del piano.",
        "I commenti sono riservati agli addetti ai lavori, ha scherzato il ministro.",
        "Questo articolo è stato pubblicato sulla rivista Nature e ha fatto discutere.",
        "Iscrivendoti alla palestra accetti di pagare per un anno intero, avverte il sindacato.",
    ],
    "nl": [
        "Foto van de dader werd verspreid via sociale media.",
        "Dit artikel verscheen in 1952 en veroorzaakte veel ophef in Den Haag.",
        "Goede journalistiek kost geld, zei de hoofdredacteur tijdens het debat.",
        "Fout gezien door de scheidsrechter, zeggen de spelers van Ajax.",
        "Alleen abonnees kunnen de wedstrijd live volgen, klagen de supporters.",
    ],
}


# Furniture of Austrian, German, French, Portuguese, Brazilian and Flemish pages, and sentences
# sharing their words.
NEWS_SITE_FURNITURE = {
    "de": [("Weiterlesen", "related"), ("57 Postings", "comments"), ("Neues Posting", "comments"),
           ("Die Kommentare von Usern und Userinnen geben nicht notwendigerweise die Meinung der Redaktion wieder.",
            "comments"),
           ("Mehr Postings laden", "footer"), ("Kostenlos anmelden", "newsletter"),
           ("Was die Region bewegt – werktags um 6 Uhr in Ihrem Postfach.", "newsletter"),
           ("Zum Hauptinhalt springen", "navigation"), ("Stadtwerke-Newsletter Harburg", "newsletter")],
    "fr": [("Chaque semaine, toute l'actualité du Havre et de ses environs.", "newsletter"),
           ("Passer au contenu principal", "navigation")],
    "pt": [("Leia tudo sobre o tema e siga:", "tags"), ("Sua assinatura vale mais", "call_to_action"),
           ("Você já conhece as vantagens de ser assinante do Jornal da Serra? Tem acesso a reportagens exclusivas.",
            "call_to_action"),
           ("12.set.2025 às 10h05", "date")],
    "nl": [("LEES OOK. Brugge plant 2.000 extra fietsenstallingen tegen 2030", "related"),
           ("Video afspelen", "caption")],
}
# Rules added for later drafted pages, per language.
NEWS_SITE_FURNITURE_2 = {
    "nl": [("LEES OOK.", "related"), ("Gratis onbeperkt toegang tot Havenplus? Dat kan!", "call_to_action"),
           ("Log in of maak een account aan en mis niets van de regio.", "call_to_action")],
    "es": [("Si te ha interesado esta noticia, apúntate a nuestra newsletter de salud.", "newsletter"),
           ("Periodista de Diario Harbour", "byline"), ("Más sobre:", "tags"), ("Comenta", "comments"),
           ("Los comentarios de este artículo son exclusivos para suscriptores.", "comments"),
           ("Recibe en tu correo lo mejor de Diario Harbour. Suscríbete aquí.", "newsletter"),
           ("Únete a nuestro canal de Whatsapp y entérate de las noticias del día", "call_to_action")],
    "pt": [("Participe do canal do Jornal Harbour no WhatsApp", "call_to_action")],
    "it": [("Per approfondire", "related"),
           ("Sostieni ilgiornaledelporto.it: ogni giorno raccontiamo i fatti.", "call_to_action")],
    "id": [("Sobat Warta, yuk gabung ke komunitas Warta dan dapatkan info menarik setiap hari.", "call_to_action"),
           ("Ayo, kunjungi wartabelajar.id dan baca artikel pelajaran lainnya.", "call_to_action"),
           ("Kami butuh dukunganmu", "call_to_action"), ("Terkait", "related"),
           ("Link yang bisa diakses", "navigation"), ("Lewati dan kembali ke konten utama", "navigation")],
    "it2": [("Approfondisci:", "related"), ("Ascolta ora: \"Il porto riapre dopo tre mesi\"", "call_to_action"),
            ("Tabella dei contenuti", "navigation"), ("1.5x", "navigation")],
    "nl2": [("Meer over:", "tags"), ("Bekijk de video: Wethouder opent nieuwe fietsbrug", "caption")],
    "pt2": [("Notícias pelo celular", "newsletter"), ("Assine já e tenha acesso ilimitado.", "call_to_action"),
            ("Dê a sua opinião! Escreva para a redação.", "comments"),
            ("*Estagiário sob a supervisão de Ana Lopes", "credit"), ("Por Ana Beatriz Sales*", "byline")],
    "de": [("Der Newsletter zur Stadtpolitik: Jeden Montag die wichtigsten Entscheidungen des Rates.", "newsletter"),
           ("Aktualisiert: 06.06.2025 - 14:05 Uhr", "date"), ("mit dpa und AFP", "credit"),
           ("Gemeinsam für freie Presse", "call_to_action"),
           ("Mehr zum Thema: Stadt erhöht die Preise für das Jahresticket", "related")],
    "de2": [("Mehr: Hafenwirtschaft in der Krise – warum die Reedereien sparen", "related"),
            ("Mehr zu: Hafen - Reederei streicht jede zehnte Stelle", "related"),
            ("Publiziert: 14.03.2025, 06:30", "date"), ("Erstpublikation: 13.03.2025, 19:45 Uhr.", "date"),
            ("3 Kommentare zu \"Hafen: Reederei streicht jede zehnte Stelle\"", "comments"),
            ("Das Kommentieren dieses Artikels wurde deaktiviert.", "comments"),
            ("Von: Jana Weber und Lukas Brandt", "byline")],
    "nl3": [("Meer over", "tags"), ("Al het nieuws uit de regio in je mailbox?", "newsletter"),
            ("Dinsdag 4 november 2025 om 17.42 uur", "date")],
    "pt3": [("Siga o canal do Jornal do Porto", "call_to_action"), ("Conteúdo editado por: Rui Lopes", "credit"),
            ("Legenda: Barcos no cais do porto ao amanhecer", "caption")],
    "de3": [("Grafik: Hafenzeitung/dpa", "caption"), ("Empfehlungen der Redaktion", "related"), ("Tweeten", "share_widget")],
    "fr3": [("Déjà abonné ?", "call_to_action"),
            ("Abonnez-vous dès aujourd'hui pour lire tous nos articles.", "call_to_action")],
    "it3": [("Sfoglia la fotogallery", "related")],
    "id3": [("Rangkuman berita ini dibuat oleh kecerdasan buatan dan diperiksa redaksi.", "disclaimer"),
            ("Izinkan notifikasi untuk berita terkini", "call_to_action"), ("Surat Kabar Harian Pelabuhan Raya", "navigation")],
    "es3": [("Lo más leído", "related"), ("Comentarios (12)", "comments"), ("Suscríbete a Diario del Puerto", "call_to_action"),
            ("¿Ya conoces las noticias del puerto? Te invitamos a leerlas en Diario del Puerto.", "call_to_action")],
    "pt4": [("Assine Jornal do Porto", "call_to_action"), ("Impresso + Digital", "call_to_action")],
    "de4": [("Erhalten Sie jeden Morgen die wichtigsten Nachrichten aus dem Hafen.", "newsletter"),
            ("Lesen Sie dazu mehr", "related"), ("Audio: Die Bürgermeisterin im Gespräch mit dem Hafenradio", "caption")],
    "fr4": [("Recevez gratuitement notre newsletter.", "newsletter")],
    "pt5": [("Baixe nosso app e receba as notícias do porto", "call_to_action"),
            ("Porto Alegre, quarta-feira, 6 de setembro de 2023", "site_date")],
    "nl4": [("Heb je een tip? Mail de redactie via tips@havenkrant.nl", "call_to_action")],
    "xx": [("06.06.2025 - 12:34h", "date"), ("06/06/2025 06h30 · Atualizado há 3 horas", "date"),
           ("21/03/2024 - 18h32min", "date"), ("Atualizada em 21/03/2024 - 20h01min", "date"),
           ("Actualizada 14/05/2024 13:05", "date"), ("09/09/2024 a las 05:00", "date"),
           ("Actualizada 09/09/2024 a las 13:26", "date"), ("14.03.2025 um 06:30 Uhr", "date"),
           ("2024/03/14", "date"), ("14/04/2025 - 13:20 h | Atualizada em 14/04/2025 - 16:05", "date"),
           ("Thu., Oct. 17, 2024", "site_date"), ("21/03/2024 18h32Atualizada em 21/03/2024 19h05", "date"),
           ("7 ABR 2025 6:00 Actualizada 7 ABR 2025 9:31", "date"), ("Actualizado el 07/04/2025, 08:15 a. m.", "date")],
    "fr5": [("Cet article vous a-t-il plu ?", "rating_widget"), ("La Gazette du Port vous recommande", "related"),
            ("Retrouvez notre dossier sur la rénovation du port", "related")],
    "de5": [("Mehr zum Artikel", "related"), ("Jeden Montag die Termine der Woche in Ihrem Posteingang.", "newsletter"),
            ("Jetzt gratis anmelden", "newsletter"), ("Kommentare anzeigen", "comments"),
            ("Diskutieren Sie mit: Was halten Sie von dem Plan?", "comments"),
            ("Damit unser Angebot frei bleibt, verwenden wir Cookies für Werbung und Analyse.", "cookie_notice")],
    "es5": [("Recibe en tu correo un resumen semanal de las noticias del puerto.", "newsletter"),
            ("Quiero recibirla", "newsletter")],
    "pt6": [("Você tem 10 acessos por mês para presentear amigos.", "call_to_action")],
    "id4": [("Lewati Video pilihan dan terus membaca", "navigation"), ("Koresponden: Made Sudana", "byline")],
    "de6": [("Lesen Sie mehr bei Hafenblatt Plus:", "related"), ("Jetzt unterstützen", "call_to_action"),
            ("Fehler auf hafenblatt.de entdeckt?", "call_to_action"), ("Inhaltliches Feedback?", "call_to_action"),
            ("Unser Newsletter – jeden Morgen die wichtigsten Nachrichten aus dem Hafen.", "newsletter")],
    "de7": [("Korrespondent in Brüssel", "author_box"), ("Redakteurin hafenblatt Nord", "author_box"),
            ("Schreibt seit 2019 über Verkehr und Energie.", "author_box"), ("12. 3. 2025", "date")],
    "nl5": [("Nieuwsbrief Havenkrant", "newsletter"), ("Elke ochtend het nieuws uit de haven in je mailbox.", "newsletter"),
            ("Reageer op dit artikel", "comments"), ("Gratis account aanmaken", "call_to_action"),
            ("Heb je een tip over de haven? App ons!", "call_to_action")],
    "de8": [("Netiquette", "comments"), ("Lesen Sie dazu auch:", "related")],
    "fr6": [("Newsletter Le Port du matin", "newsletter"), ("Dans la rubrique Bretagne", "related")],
    "es7": [("Escuchar esta noticia", "share_widget"), ("Tags relacionados:", "tags"), ("Contenido sugerido", "advertisement"),
            ("¡Oferta especial! Suscríbete al Diario del Puerto por 1 euro al mes.", "call_to_action"),
            ("EUROPA PRESS", "credit")],
    "pt8": [("Ver esta publicação no Instagram", "caption"), ("PUB", "advertisement"),
            ("Quer ficar por dentro de tudo? Siga o perfil do Jornal do Porto no Instagram.", "call_to_action")],
    "it5": [("La stazione centrale di sera (foto d'archivio)", "caption")],
    "ms3": [("Sokong jurnalisme bebas. Langgan Harian Pelabuhan sekarang.", "call_to_action")],
    "es8": [("Un autobús en el centro de Valencia, en una imagen de archivo.", "caption")],
    "pt9": [("Ônibus no centro da cidade, em imagem de arquivo.", "caption"),
            ("Escola do DF: concurso foi feito em 2022 - (crédito: Jane Doe/Jornal do Porto)", "caption")],
    "fr7": [("Si vous avez aimé cet article, vous aimerez aussi :", "related"), ("Installer l’application Harbour", "call_to_action")],
    "pt10": [("Quero receber", "newsletter")],
    "pt11": [("Última atualização em 3 de abril de 2025 às 17h05.", "date"), ("Posts relacionados", "related"),
             ("Mais de Economia", "related"), ("Gostou do vídeo? Inscreva-se no nosso canal no YouTube.", "call_to_action")],
    "ms4": [("Langkau ke kandungan", "navigation"), ("Lihat siaran ini di TikTok", "caption"),
            ("Gambar ihsan Jabatan Pelabuhan", "caption")],
    "id12": [("Jangan lupa follow Instagram @pelabuhanid biar nggak ketinggalan kabar terbaru seputar kuliner, ya!",
              "call_to_action"), ("Akhir dari Twitter pos, 1", "navigation"), ("Akhir dari YouTube pos", "navigation"),
             ("Nikmati kisah pilihan Warta tiap pekan. Langganan Tabloid Warta sekarang juga!", "call_to_action"),
             ("Simak Video Berikut Ini", "related"),
             ("Punya pertanyaan seputar kesehatan? Tim Warta Sehat bisa bantu jawab, kirim lewat tautan ini.",
              "call_to_action"),
             ("Tangkapan layar unggahan yang mengklaim banjir di Pelabuhan Ratu.", "caption"),
             ("(Diperbarui 3 Maret 2025)", "date")],
    "id11": [("Di edisi cetak, artikel ini terbit di bawah judul \"Harga Garam Naik\". Baca selengkapnya di edisi hari ini.",
              "source_link"),
             ("Artikel ini telah dimuat di harian Warta Pelabuhan edisi Senin, 3 Maret 2025.", "source_link"),
             ("Untuk mengetahui informasi kuliner lainnya, kunjungi laman Warta.com.", "call_to_action")],
    "id10": [("Konsultasi Dokter Gigi", "call_to_action"), ("Hitung Sekarang", "call_to_action"),
             ("Lihat Properti", "call_to_action"), ("Harga Rp 465 Jt", "advertisement")],
    "id9": [("Tulisan ini menjadi tanggung jawab blogger, bukan redaksi Harian Pelabuhan.", "disclaimer"),
            ("Situs ini menggunakan cookie agar Anda mendapat pengalaman terbaik.", "cookie_notice"),
            ("Pengaturan Cookie", "cookie_notice"),
            ("Ikuti terus Pelabuhan buat dapetin update terbaru seputar film dan musik!", "call_to_action")],
    "es11": [("En Diario del Puerto | El puerto de Valencia bate su récord de contenedores", "related"),
             ("Destacamos", "related")],
    "es10": [("Publicada 3 abril 2025 17:05h", "date"), ("Valencia | Actualizada: 03/04/2025 18:20h", "date")],
    "es9": [("Imagen | Puerto de Valencia", "caption"), ("Generado con inteligencia artificial", "disclaimer"),
            ("Apoya a Diario del Puerto. Hazte socia hoy.", "call_to_action")],
    "de9": [("Mit Ihrer Zustimmung wird hier eine externe Umfrage (Hafen GmbH) geladen.", "cookie_notice"),
            ("Video immer laden", "cookie_notice")],
    "it6": [("Questo contenuto può essere visualizzato anche sul sito da cui ha origine.", "caption")],
    "fr8": [("Jeu responsable : jouer comporte des risques.", "disclaimer")],
    "it4": [("Sostieni il giornale", "call_to_action"), ("Articolo precedente", "navigation"),
            ("Gentile lettore, la pubblicazione dei commenti è sospesa nel fine settimana.", "comments"),
            ("Gentile lettore, il Porto è libero e indipendente grazie a chi lo legge.", "call_to_action")],
    "es6": [("Todo el puerto, cada mañana en tu bandeja de entrada.", "newsletter"), ("Apúntate", "newsletter"),
            ("Aviso legal", "footer")],
    "pt7": [("Assine o Jornal do Porto e tenha acesso a todas as reportagens.", "call_to_action")],
    "ms2": [("Ikuti akaun rasmi Harian Pelabuhan di TikTok untuk video terkini.", "call_to_action")],
    "en5": [("Invalid email address", "newsletter"), ("You're subscribed!", "newsletter"),
            ("Click here to read our privacy policy.", "newsletter"), ("Article saved", "share_widget")],
}
NEWS_SITE_SENTENCES = {
    "de": ["Weiterlesen wollte er das Buch nach dem ersten Kapitel nicht mehr.",
           "Die Redaktion gibt nicht notwendigerweise jede Meinung wieder, sagte der Chefredakteur.",
           "Der Bescheid kommt per Post in Ihr Postfach, wenn Sie den Antrag online stellen, sagte die Sprecherin."],
    "fr": ["Chaque jour, les habitants du quartier se plaignent du bruit des travaux."],
    "nl": ["De video afspelen lukte niet meer nadat de server was gecrasht, zegt de politie."],
}
NEWS_SITE_SENTENCES_2 = {
    "es": ["El periodista de Diario Harbour que destapó el caso declaró ayer ante el juez.",
           "Comenta el alcalde que la obra terminará en mayo.",
           "Más sobre el caso se sabrá el lunes, cuando declare el juez.",
           "Los vecinos se apuntaron a la protesta convocada por la asociación del barrio."],
    "it": ["Approfondisci la questione con il tuo medico, consiglia il ministero.",
           "Per approfondire la questione, il consiglio comunale ha nominato una commissione.",
           "Sostieni che il porto sia sicuro, ma i dati dicono altro, ha replicato il sindaco."],
    "nl": ["Log in op de website van de gemeente om een afspraak te maken, zegt de woordvoerder."],
    "pt": ["Os moradores participaram do protesto na praça central no domingo.",
           "Assine já o abaixo-assinado, pediu a associação aos moradores.",
           "Receba a visita do prefeito, disse a moradora, e verá o problema.",
           "Legenda de um filme antigo, a frase virou bordão entre os pescadores do porto.",
           "Entrar no canal era proibido aos barcos sem licença, disse o capitão."],
    "id": ["Terkait hal itu, polisi masih menyelidiki penyebab kebakaran.",
           "Kami menggunakan cookie itu sebagai contoh, kata peneliti keamanan siber dalam diskusi, dan hasilnya mengejutkan.",
           "Harian umum itu terbit sejak 1965 dan kini dipimpin oleh generasi ketiga keluarga pendirinya.",
           "Ayo kita jaga kebersihan sungai, kata lurah kepada warga.",
           "Konsultasi dokter kini bisa dilakukan dari puskesmas terdekat tanpa biaya tambahan.",
           "Harga Rp 12.000 per kilogram itu dinilai pedagang terlalu rendah.",
           "Versi cetak majalah itu masih dijual di kios-kios stasiun, kata pedagang.",
           "Untuk membaca peta banjir, warga diminta mengunduh aplikasi BPBD."],
    "de": ["Der Newsletter der Stadt erscheint künftig nur noch einmal im Monat, sagte die Sprecherin.",
           "Mit dpa-Material hat die Redaktion die Chronik ergänzt.",
           "Wir sind auf Unterstützung angewiesen, sagte die Bürgermeisterin über die Landesregierung.",
           "Mehr Geld für die Schulen: Das fordert der Elternverband seit Jahren, sagte die Sprecherin.",
           "Drei Kommentare zu dem Plan gingen bei der Stadt ein, alle ablehnend.",
           "Grafik: Die Zahl der Arbeitslosen ist im Hafen seit 2019 um ein Drittel gestiegen, wie die Tabelle zeigt.",
           "Der Bescheid landet in wenigen Tagen in Ihrem Postfach, sagte die Sprecherin.",
           "Anmelden können sich Vereine noch bis Ende Mai bei der Stadt.",
           "Reporter sagten, die Lage sei ruhig.", "Autorin des Buches ist die Tochter des Bürgermeisters."],
    "nl2": ["Aanmelden kan nog tot vrijdag bij de gemeente, zegt de woordvoerder.",
            "Heb je een tip voor de burgemeester, vroeg de verslaggever, maar hij zweeg."],
    "pt2": ["Você tem uma história longa com o porto, disse o prefeito ao pescador.",
            "Mais de 200 pessoas participaram do protesto no porto."],
    "it2": ["Sostieni che il porto sia sicuro? ha chiesto il giudice al testimone."],
    "es2": ["El alcalde dijo que el aviso llegará en tu correo electrónico la próxima semana, según el ayuntamiento.",
            "En Valencia | el puerto bate su récord de contenedores, según la autoridad portuaria."],
    "fr": ["Notre dossier sur la rénovation du port a été publié en 2021.",
           "Le maire vous recommande de rester chez vous pendant la tempête, a dit la préfecture."],
}

@pytest.mark.parametrize("lang, line, reason",
                         [(lang, line, reason) for table in (FURNITURE, MORE_FURNITURE, NEWS_SITE_FURNITURE, NEWS_SITE_FURNITURE_2)
                          for lang, items in table.items() for line, reason in items],
                         ids=lambda x: x if isinstance(x, str) and len(x) < 3 else None)
def test_furniture_lines_match_with_their_reason(lang, line, reason):
    assert_matched_with(line, reason)


@pytest.mark.parametrize("lang, line",
                         [(lang, line) for table in (ARTICLE_SENTENCES, MORE_ARTICLE_SENTENCES, NEWS_SITE_SENTENCES, NEWS_SITE_SENTENCES_2)
                          for lang, lines in table.items() for line in lines],
                         ids=lambda x: x if isinstance(x, str) and len(x) < 3 else None)
def test_article_sentences_match_no_rule(lang, line):
    assert_no_rule_matches(line)


def test_consent_box_between_paragraphs_goes_and_the_article_goes_on():
    paras = [
        "Der Stadtrat hat am Dienstagabend beschlossen, die Öffnungszeiten der Bibliotheken ab dem Herbst "
        "auf den Sonntag auszuweiten, zunächst für ein Jahr und in drei Stadtteilen.",
        "Die Verwaltung rechnet mit zusätzlichen Kosten von rund 400.000 Euro im Jahr, die vor allem für "
        "neue Stellen im Aufsichtsdienst gebraucht werden.",
        "Die Bibliotheksleiterin erwartet vor allem Studierende und Familien, die unter der Woche keine "
        "Zeit für einen Besuch finden, und will das Angebot nach sechs Monaten prüfen.",
    ]
    box = [("Empfohlener externer Inhalt", "cookie_notice"),
           ("Mit Ihrer Zustimmung wird hier ein externer Inhalt von X geladen.", "cookie_notice"),
           ("Externe Inhalte laden", "cookie_notice")]
    after = [("Haben Sie einen Fehler entdeckt? Schreiben Sie uns.", "call_to_action"),
             ("Kommentieren ist nur mit einem Abo möglich. Jetzt abonnieren", "comments")]
    lines = paras[:2] + [ln for ln, _ in box] + paras[2:] + [ln for ln, _ in after]
    result = clean_text("\n\n".join(lines))
    for para in paras:
        assert para in result.paragraphs, para
    removed = dict(result.removed)
    for line, reason in box + after:
        assert removed.get(line) == reason, (line, removed.get(line))


def test_portuguese_page_end_goes_with_its_reasons():
    paras = [
        "A prefeitura anunciou nesta segunda-feira que vai ampliar o horário das bibliotecas municipais, "
        "que passarão a abrir também aos domingos durante o período de provas.",
        "Segundo a secretaria de cultura, a medida deve custar cerca de R$ 2 milhões por ano e exigirá a "
        "contratação de vinte novos funcionários.",
        "Estudantes universitários pediam havia meses mais espaços de estudo, sobretudo nos bairros mais "
        "distantes do centro da cidade.",
    ]
    after = [("Viu um erro nesta matéria? Avise a redação", "call_to_action"),
             ("Tudo sobre", "tags"),
             ("Receba no seu e-mail as principais notícias da cidade", "newsletter"),
             ("Ao se inscrever, você concorda com os Termos de Uso e a Política de Privacidade.", "newsletter"),
             ("Comentários exclusivos para assinantes", "comments")]
    result = clean_text("\n\n".join(paras + [ln for ln, _ in after]))
    for para in paras:
        assert para in result.paragraphs, para
    removed = dict(result.removed)
    for line, reason in after:
        assert removed.get(line) == reason, (line, removed.get(line))
