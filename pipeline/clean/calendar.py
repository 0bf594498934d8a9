"""Month and weekday names as pages write them (full and abbreviated): Indonesian and English, then
German, French, Spanish, Portuguese, Italian, Dutch, Malay, the Scandinavian languages, Polish,
Czech, Hungarian, Romanian, Turkish, Finnish and Greek.
A name shared by two languages means the same month in both ("juni", "mei", "november"), so one
table serves every page."""
from __future__ import annotations

MONTHS = {
    # Indonesian, full and the abbreviations sites use (Agu/Agt, Sep/Sept, Okt, Nop/Nov, Des)
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8,
    "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11, "desember": 12, "des": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "aug": 8, "october": 10, "oct": 10, "december": 12, "dec": 12,
    # German (and Austrian "Jänner")
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "dezember": 12, "dez": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    # Dutch
    "maart": 3, "augustus": 8,
    # Malay
    "mac": 3, "julai": 7, "ogos": 8, "disember": 12,
    # Swedish, Danish and Norwegian (the rest they share with German or English)
    "maj": 5, "augusti": 8, "marts": 3,
    # Polish, in the genitive that dates use ("5 marca 2025")
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "wrzesnia": 9, "października": 10, "pazdziernika": 10, "listopada": 11,
    "grudnia": 12,
    # Czech, in the genitive ("14. května 2025")
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8,
    "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    # Hungarian ("2025. május 14.")
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7,
    "szeptember": 9, "október": 10,
    # Romanian
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9,
    "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
    "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    "subat": 2, "mayis": 5, "agustos": 8, "eylul": 9, "kasim": 11, "aralik": 12,  # (as "KASIM".lower() gives them)
    # Finnish, in the partitive ("14. toukokuuta 2025")
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5, "kesäkuuta": 6,
    "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12,
    # Greek, in the genitive ("14 Μαΐου 2025"), looked up in lower case
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6, "ιουλίου": 7,
    "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
    # the abbreviations of the other languages ("14.ago.2025", "3 janv. 2025", "12 mrt 2025")
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,  # French
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,  # Spanish (and Portuguese, Italian "ago")
    "fev": 2, "set": 9, "out": 10,  # Portuguese (and Italian "set")
    "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,  # Italian
    "mrt": 3,  # Dutch
}
WEEKDAYS = frozenset("senin selasa rabu kamis jumat jum'at sabtu minggu ahad monday tuesday wednesday thursday "
                     "friday saturday sunday mon tue tues wed thu thur thurs fri sat sun sen sel rab kam jum sab min "
                     # German, French, Spanish, Portuguese, Italian, Dutch, Malay
                     "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
                     "lundi mardi mercredi jeudi vendredi samedi dimanche "
                     "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
                     "segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira segunda terça quarta "
                     "quinta sexta "
                     "lunedì martedì mercoledì giovedì venerdì sabato domenica "
                     "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
                     "isnin khamis jumaat"
                     .split())
