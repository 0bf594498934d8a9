"""Line shapes too loose for the lexicon's fast matcher (they may start with any word and
hold no telling literal), checked here behind cheap tests on the line first:

* a caption closed by the site's photo credit in brackets, "(SITE/PHOTOGRAPHER)":
  "... Jumat (28/2/2025).(KABARKITA.com/FIKA NURUL)", "... (detikcom/Andhika Prasetia)",
  "... (JP/Dhoni Setiawan)".
  A paragraph's closing "(ant/har)" is lower-case initials and stays;
* a caption closed by "SITE/Photographer" after its last sentence: "... Asy'ari. WARTA/Subekti",
  or by "Photographer/AGENCY": "... on Monday. Charlie Riedel/AP Photo";
* a caption closed by the site's copyright and the photographer: "... ©2025 Kabarkita.com/Rina";
* a caption closed by its credit in square brackets: "... [File: Reuters]", "... [AP Photo/Name]";
* a caption whose last sentence is followed by a credit: "... di Jakarta. (CNN Indonesia/Adi
  Nugroho)", "... on Thursday. (Ricky Carioti/The Washington Post)", "... in Horsham. (ABC
  Wimmera: Sarah Lowe)", "... (Sumber: Site.com | Foto: Irfan)", "(credit: Site.com/Name)",
  "(Instagram/@account)", "(Freepik)", "... by July. ST PHOTO: GAVIN FOO",
  "... at a boutique store. getty", "... in Kyiv. AFP via Getty Images";
* a caption closed by a labelled credit through agencies, "... a day Image: Name/dpa/picture
  alliance", by a bar and the photographer, "... in January. | Jane Doe", or by a credit between
  dashes, "... Rabu 21 Agustus 2024. -foto: dwi/sumeks-";
* a photo credit on a line of its own: "Warta Kini/Aditya Pratama";
* the site's name and the story's timestamp: "Kabarkita.com - 28/02/2025, 19:45 WIB".
"""
from __future__ import annotations

import re

from ..decide.prose import is_prose
from ..evidence import Hint
from ..language import EN_ONLY, ID_ONLY

# Shared pieces: a sentence's end (maybe after a closing quote or bracket), and a credited
# name of capitalised words ("Rahmat Hadi", "Charlie Riedel").
_AFTER_SENTENCE = r"[.!?][\"”’)]?"
_CAPS_NAME = r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]*){0,3}"
# A name's particle, if any, before its last part: "J. da Silva", "Jane van Dijk".
_PARTICLE = r"(?:(?:de|da|del|dela|dos|das|di|du|van|von|der|den|ter|bin|binti|al|el|la|le) )?"
_BRACKET_CREDIT = re.compile(
    r"\((?:(?:[A-Za-z][\w-]*\.(?i:com|co\.id|id|net|tv|co)|[A-Z]{4,}(?: [A-Z]{2,})*|[A-Za-z][a-z]+com"
    r"|[A-Z]{2,5} [A-Z][a-z]+(?= ?/ ?[A-Z][a-z]+ [A-Z]))"  # "(IDN Times/Muhammad Fikri)": an outlet, a full name
    r"\s*/\s*[A-Z][A-Za-z.'-]{2,}(?: [A-Z][A-Za-z.'-]*){0,4}"
    # a short acronym or a wire agency only before a full name: "(JP/Dhoni Setiawan)", "(Reuters/
    # Willy Kurniawan)"; "(TNI/Polri)" closing a sentence is two institutions, not a credit
    r"|(?:[A-Z]{2,3}|Reuters|Antara|Anadolu|Xinhua|Bernama|Getty Images|Shutterstock|iStock(?:photo)?)"
    r"\s*/\s*[A-Z][a-z]+(?: [A-Z][A-Za-z.'-]*){1,4})\)\s*\.?$")
# (the credit may be glued to the caption's full stop: "... on Feb. 6, 2025.Jane Doe/Staff")
_SLASH_CREDIT = re.compile(rf"{_AFTER_SENTENCE}\s*(?:\|\s*)?(?:[A-Z]{{3,}}[A-Z.]*(?: FOTO)?/(?:{_CAPS_NAME}"
                           r"|[A-Z][a-z'’-]+(?: [A-Z][\w'’-]+){1,3})"  # "... in Tokyo. REUTERS/Kaori Mori"
                           # a paper's two letters before a full name: "... samedi 22 mars. LP/Inès Morvan"
                           r"|[A-Z]{2}/[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}"
                           # "... on Monday. Charlie Riedel/AP Photo", "... Jane Doe/POLITICO"
                           r"|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}\s?/\s?(?:AP(?: Photo)?|AFP|Getty Images|Reuters|EPA"
                           r"|Bloomberg|Shutterstock|[A-Z]{3,}(?: [A-Z]{2,}){0,2}|The [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"  # "/ The National"
                           r"|Staff(?: Photographer)?)"
                           r"(?: via [A-Z][\w ]{2,20})?"
                           # "... Kamis (21/11/2024). - Harian Kita/Rahmat Hadi"
                           rf"|[–—-]\s+[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}}\s?/\s?{_CAPS_NAME})$")
_COPYRIGHT_CREDIT = re.compile(r"(?:©|\([cC]\))\s?(?:\d{4}\s+)?[\w-]+(?:\.[a-z]{2,})+\s?/\s?[\w .,-]{2,40}\)?\s*$")
_SQUARE_BRACKET_CREDIT = re.compile(
    r"\[(?:(?i:file(?: photo)?|photo|foto|image|gambar|ilustrasi|illustration)\s*:\s*[^\[\]]{2,60}"
    # (not the desk's initials closing the article: "... pertengahan tahun ini. [RS/HBS]")
    r"|(?![A-Z]{1,4}/[A-Z]{1,4}\])[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}(?: (?i:photo|foto))?\s*/\s*[A-Z][^\[\]/]{2,50}"
    # "[ JANE DOE | Times ]": the photographer in capitals, a bar, the paper
    r"|\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3}\s*\|\s*[A-Z][\w.&' -]{1,30}?\s*"
    # "... lit up at night. [KOREA HERITAGE SERVICE]": the agency or source in capitals after the full stop
    r"|(?<=[.!?] \[)[A-Z][A-Z0-9.&'’-]{2,}(?: [A-Z][A-Z0-9.&'’-]+){0,3})\]\s*$")
# After a full stop, a bracket of capitalised words around a slash or a colon is a credit, not
# a clause: "(Outlet/Photographer)", "(Photographer/Outlet)", "(Outlet: Photographer)". Two
# capitalised words and no lower-case one rule out a closing "(ANT/HAR)" or "(TNI/Polri).";
# before a colon, an outlet of two words or more: "(Source: World Bank)" cites, it credits no photo.
# (a rank's ordinal counts as one of them: "(Airman 1st Class Jordan Pike/U.S. Air Force)")
_CAP_WORDS = r"(?:The )?[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|\d{1,2}(?:st|nd|rd|th))){0,5}"
# (a chain of agencies, the artist last with their initial: "(NOIRLab/NSF/AURA/J. da Silva)")
_INITIAL_AND_NAME = rf"[A-Z]\. {_PARTICLE}[A-Z][\w'’-]+"
# An outlet whose brand opens in lower case, a capital inside: "detikSport", "kumparanNEWS". (Not a
# site's domain: "(Jane/harbourpost.com)" is how its writer signs a paragraph off.)
_LOWER_BRAND = r"[a-z]{3,}[A-Z][\w]*"
_CREDIT_AFTER_SENTENCE = re.compile(
    # ("(Dod/Red)": the desk's initials closing the article, "(Ant/Har)" in capitals)
    rf"[.!?][\"”’]?\s*\((?=[^()]*[a-z][^()]*\))(?![A-Z][a-z]{{1,3}}\s*/\s*[A-Z][a-z]{{1,3}}\))(?:{_CAP_WORDS}(?:\s*/\s*{_CAP_WORDS}){{0,3}}\s*/\s*(?:{_CAP_WORDS}|{_INITIAL_AND_NAME}|@[\w.]{{2,30}}|{_LOWER_BRAND})(?:/\d{{4}})?"
    rf"|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{1,3}}:\s*{_CAP_WORDS}"
    r"|[^()]{0,40}\b(?i:foto|photo|image|gambar|credit|kredit)\s*:[^()]{2,60}|(?i:sumber)\s*:[^()/]{2,30}/[^()]{2,40}"
    # "(Sumber: Dokumentasi pribadi)", "(Sumber: Dok. Humas Pemkab)": the picture's own documentation
    r"|(?i:sumber)\s*:\s*(?i:dok(?:umentasi|\.)?)\b[^()]{0,40}"
    r"|(?i:freepik|pexels|unsplash|pixabay|shutterstock|istock(?:photo)?|getty images|canva)"
    r"(?:\s*/\s*[\w.@-]{2,40})?"  # "(iStockphoto/fcafotodigital)": the stock agency and its contributor
    # "(Express Photo by Jane Doe)", "(Bernama pic)", "(AP Photo)": an outlet's photo, maybe its photographer
    r"|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2} (?i:photo|pic|pix|picture)s?(?:(?: (?i:by)|\s?/) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})?"
    r"(?:,\s*(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})?"  # "(Staff photo by Jane Doe, The Times-Picayune)"
    # "(Yonhap)", "(Supplied)": a wire agency that sends pictures, or a picture handed out
    r"|Yonhap|Supplied|Handout|(?:File|Stock) (?i:photo|image)"
    # "(Amanda Roe for The Harbour)": the photographer working for the outlet
    r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} for (?:The )?[A-Z0-9][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3}"
    # "(Nikkei montage/Source photos by Reuters and AP)": who made or took the picture
    r"|[^()]{0,40}\b(?i:photos? by|pictures? by|montage|illustration by|courtesy of)\b[^()]{2,60}"
    r")\)\s*\.?$")
# "... Senin (23/9). (I MADE DWIJA ARTANA/BALI EXPRESS)": the photographer's full name and the
# paper in capitals (two words or more before the slash: a desk's "(ANT/HAR)" has one).
# (or "for" the paper: "(MANGGALA AGNI FOR RIAU POS)")
_CAPITALS_CREDIT_AFTER_SENTENCE = re.compile(r"[.!?][\"”’]?\s*\((?:[A-Z][A-Z.'-]*\s){1,4}[A-Z][A-Z.'-]*(?:\s*/\s*|\sFOR\s)"
                                             r"[A-Z][A-Z.]*(?:\s[A-Z][A-Z.]*){0,3}\)\s*\.?$")
# "... in the mountains of Asir. (SPA)": a wire agency that sends pictures, after the caption's
# sentence (its name in capitals, which the bracket test above leaves to a desk's initials).
_PICTURE_AGENCIES = frozenset("SPA WAM KUNA AFP AP EPA ANI PTI IANS AAP UPI Reuters Xinhua Bernama Anadolu Getty".split())
# Picture agencies whose name, in any case, closes a caption with no full stop: "Turisti in coda
# davanti al Colosseo (Fotogramma)". (Not the wires that also sign off paragraphs: "(AP)", "(ANTARA)".)
# (and the British papers' picture desks: "Asking rents in London have fallen (PA Archive)")
_PHOTO_AGENCIES_FOLDED = frozenset({"fotogramma", "lapresse", "imagoeconomica", "agenzia dire", "getty images", "pa archive",
                                    "pa wire", "pa media", "alamy", "alamy stock photo", "afp via getty images",
                                    "shutterstock", "istock", "getty images/istockphoto"})


CALL_SIGN_CAPTION_MIN_WORDS = 7
# An organisation's name in capitalised words ("Marine Rescue NSW", "9News", "Harbour City Council").
_SUPPLIER = re.compile(r"^[A-Z0-9][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|for|and|&)){0,4}$")
_BRAND = re.compile(r"^(?=[A-Za-z0-9]{4,}$).*(?:[a-z][A-Z]|\d)")  # one word with a digit or a capital inside: "9News", "HubSpot"
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}$")  # an American broadcaster's: "(WDIV)", "(KSAT)"


def _agency_in_brackets(tail: str, text: str) -> bool:
    open_at = tail.rfind("(")
    inner = tail[open_at + 1:tail.rfind(")")]
    before = tail[:open_at].rstrip()
    if inner.casefold() in _PHOTO_AGENCIES_FOLDED and before.count(" ") >= 3:
        return True
    # (after the sentence, or right after the day it says, the caption having no full stop:
    # "... in Cairo on 4 June 2024 (AFP)")
    if len(before) > 2 and before[-4:].isdigit():
        # ("... during a storm in 2023 (KSAT)": a station's or agency's call sign, capitals)
        # (a headline's "(US)" or "(UK)" after the year is no credit: a caption is a sentence)
        return inner in _PICTURE_AGENCIES or 3 <= len(inner) <= 6 and inner.isupper() and inner.isalpha() \
            and before.count(" ") >= CALL_SIGN_CAPTION_MIN_WORDS
    if len(before) < 3 or before[-1] not in ".!?\"”’" or not before[-2].isalnum():
        return False
    # (or the organisation that supplied it, after a caption of one sentence: "... upturned boat.
    # (Marine Rescue NSW)", "... back to Bermagui. (9News)")
    # (not in Indonesian, whose paragraphs close on the reporter's name or the desk's code,
    # "(Hilman Firdaus)", "(Z-9)"; nor a statistic's source, "75% of users ... (Harbour Research)")
    return inner in _PICTURE_AGENCIES or _SUPPLIER.match(inner) is not None and ". " not in before[:-1] \
        and before.count(" ") >= CALL_SIGN_CAPTION_MIN_WORDS and not text[0].isdigit() and "%" not in text \
        and (" " in inner or _BRAND.search(inner) is not None or _CALL_SIGN.match(inner) is not None) \
        and not _in_indonesian(before)


def _in_indonesian(text: str) -> bool:
    words = text.lower().split()
    return sum(w in ID_ONLY for w in words) > sum(w in EN_ONLY for w in words)


# The day the picture was taken, then where it came from: "... Banjarnegara, Selasa (21/1/2025).
# (Sumber: BPBD Banjarnegara)". (A cited source alone, "(Sumber: BPS)", closes many a sentence.)
# Or the photographer's name and the paper's code: "... Rabu (14/5). (GELAR/KP)" (not the desk's
# initials closing the article's last paragraph: "... hingga Senin (17/6). (JW/RZD)").
_SOURCE_AFTER_THE_DAY = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.?\s*\((?:(?i:sumber|dok|dokumentasi)\s*:\s*[^()]{2,40}"
                                   r"|[A-Z]{4,}(?:\s*/\s*[A-Z]{2,})+)\)\s*\.?$")
# A bracket labelled as the photo's credit, after a sentence or not: "... (credit: Site.com/Name)", "(Sumber foto: ...)".
_LABELLED_CREDIT = re.compile(r"\((?:(?i:credit|kredit|foto|photo|image|gambar|picture|sumber (?:foto|gambar)|(?:photo|image) source)"
                              r"\s*[:|]\s*[^()]{2,60}"
                              # or told in words: "(Photograph by Jane Doe)", "(File photograph)"
                              r"|(?i:(?:file |staff |handout )?(?:photo(?:graph)?|picture|image) (?:by|courtesy of)) [A-Z][^()]{1,50}"
                              r"|(?i:file|handout) (?i:photo(?:graph)?|picture|image)"
                              # "(Imagen ilustrativa Infobae)", "(Foto de archivo)": an illustration or archive picture
                              r"|(?i:imagen|imagem|foto|image|photo) (?i:ilustrativa|illustrative|d'illustration|de archivo|de arquivo|d'archives)"
                              r"(?: [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2})?"
                              # or the agency glued to the label: "(FotoSchicchi)", "(Foto Ansa)"
                              r"|(?i:foto|photo) ?[A-Z][\w.&'’-]+(?: [A-Z][\w.&'’-]+){0,2})\)\s*\.?$")
# "... on Thursday. ST PHOTO: GAVIN FOO", "... in Jakarta. Photo: Reuters", "Foto: ANTARA/Budi",
# "... in Wan Chai. File photo: Jane Doe/Site",
# "... in the study area. Credit: Jane Doe".
_PHOTO_CREDIT_AFTER_SENTENCE = re.compile(
    _AFTER_SENTENCE + r"\s+(?:[A-Z]{2,5}\s+|(?i:file|stock|handout)\s+)?(?i:photos?|foto|image|picture|credit)(?:\s+(?i:by))?(?:\s*:\s*|(?<=by)\s+)"
    # (an institution's name may join its words: "NOAA Office of Ocean Exploration")
    # (then the outlet or the supplier after a slash or a bar: "Credit: Jane Doe | Harbour Journal",
    # "Picture: Supplied / Department of Environment, Tourism and Science")
    r"[A-Z][\w.'&’-]*(?: (?:(?:of|and|for|the|de|du|des|van|von) )?[A-Z&][\w.'&’-]*){0,4}(?:\s*[/|]\s*[\w.'’&, -]{2,60})?$")
# "... at a boutique store. getty", "... in Kyiv. AFP via Getty Images", "... experts say. Jane
# Doe/The Harbour Post/Getty Images": photo agencies only (a paragraph may close on a wire
# service's name)
_AGENCY_AFTER_SENTENCE = re.compile(
    _AFTER_SENTENCE + r"\s+(?:[A-Z][\w .'’&-]{1,40}/){0,3}"
    r"(?i:getty(?: images)?|afp|epa|shutterstock|istock(?:photo)?|alamy)(?:\s+(?i:via)\s+[\w .&-]{2,30})?$")
# "... into garbage bags. obtained by NY Post", "... said. Dennis Clarke for NY Post", "... in 1962.
# Courtesy of the Harbour Museum", "... April 20, 2025. — Picture by Hari Anggara", "... on Monday.
# Photo by Jane Doe": who took or
# gave the picture, after its caption (a sentence's end, not a list item's number: "2. Doors for
# Superior Drying").
_GIVEN_BY_AFTER_SENTENCE = re.compile(
    r"(?<=\w\w)" + _AFTER_SENTENCE
    + rf"\s+(?:(?i:obtained by|courtesy(?: of)?|handout(?: from)?)\s+(?i:the )?{_CAP_WORDS}"
    rf"|[—–-]\s*(?i:pictures?|photos?|pic|foto) (?i:by|oleh)\s+{_CAP_WORDS}(?:\s?/\s?{_CAP_WORDS})?"  # "— Photo by Name/White Star"
    # "... after heavy storms. Photo by Jane Doe, jdoe@harbourpost.com"
    rf"|(?-i:Photo|Picture|Photograph) by {_CAP_WORDS}(?:,\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?"
    rf"|(?i:dok\.|dokumentasi)\s+{_CAP_WORDS}"  # "... Minggu, 8 Juni 2025. Dok. PODSI Lampung"
    rf"|[A-Z][\w'.’-]+(?: [A-Z][\w'.’-]+){{1,2}} for {_CAP_WORDS})$")
# "... on October 7, 2024. © Mathieu Delorme, AFP", "... in 2025. © RFI/Jane Doe", "... in 2025.
# © 2025 Private", "... in Brussels - Copyright AP Photo/Name": the photographer's copyright and
# the agency.
# "Morning coffee on the balcony © Unsplash via unsplash.com": a caption closed by its picture's
# copyright holder, maybe with the stock site it came via (a footer's copyright opens on "©" or a year).
_COPYRIGHT_HOLDER_CLOSING = re.compile(r"^[A-Z][^©]{2,150}\s©\s?[A-Z][\w.&'’ -]{1,40}(?:\s+via\s+\S{4,60})?$")
COPYRIGHT_CAPTION_MAX_WORDS = 25
_COPYRIGHT_AFTER_SENTENCE = re.compile(r"(?:" + _AFTER_SENTENCE + r"\s+©\s*(?:\d{4}\s+)?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
                                       r"(?:\s?/\s?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?"
                                       r"(?:,\s*[A-Z][\w.&'’ -]{1,30})?"
                                       r"|\s[-–—]\s*(?i:copyright)\s+[A-Z][\w .'’/&-]{1,60})$")
# "... in Quezon City. —GRIG C. MONTEGRANDE": the photographer in capitals after a dash.
_DASHED_CREDIT = re.compile(_AFTER_SENTENCE + r"\s*—\s?[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){1,3}$")
CAPTION_MAX_WORDS = 60
_SITE_STAMP = re.compile(
    r"^[A-Za-z][\w-]*\.(?:com|co\.id|id|net|tv|co\.uk|org)\s*[-–|,·]\s*"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
    r"(?:\s*[,|·-]?\s*\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|UTC|GMT|am|pm))?)?$", re.IGNORECASE)
STAMP_MAX_WORDS = 8
# A photo credit on a line of its own: "Warta Kini/Aditya Pratama", "AP/Jane Doe".
# The outlet: capitals, two or three words, or a domain ("Training/Support Services" is a heading).
# A surname may open with a lower-case particle: "Miguel de Guzman", "Anne van Dijk". A source may
# be one camel-case word, a handle or a site ("AssembleDebug / Android Authority", "PhoneArena/Jane Doe").
CREDIT_LINE = re.compile(r"^(?:[A-Z][\w&-]*\.(?i:[a-z.]{2,})\s?/\s?[A-Z][\w'.-]+"  # the site and one name: "HARBOUR.CO.ID/FERRYANTO"
                          r"|(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z]\w*|[A-Z][\w.&]*(?: [A-Z][\w.&]*){1,2}|[A-Z][\w&-]*\.(?i:[a-z.]{2,}))"
                          rf"\s?/\s?[A-Z][\w'.-]+(?: {_PARTICLE}[A-Z][\w'.-]+){{1,3}}"
                          # "Maya Lindqvist/NPR", "Jane Doe/MIT Technology Review"
                          r"|[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3}\s?/\s?(?:[A-Z]{2,}[A-Za-z]*(?: [A-Z][\w-]+){0,3}"
                          # or where the picture came from: "Maya Lindqvist/Getty", "Maya Lindqvist/Instagram"
                          # or a paper's name: "Pat Nabong/Sun-Times", "Jane Doe/The Globe and Mail"
                          r"|[A-Z][a-z]+-[A-Z][a-z]+|The [A-Z][\w-]+(?: (?:and )?[A-Z][\w-]+){0,3}"
                          r"|Getty(?: Images)?|Instagram|Facebook|TikTok|YouTube|Twitter|X|Shutterstock|Alamy|Stocksy"
                          r"(?: United)?|iStock|Courtesy"
                          # or the paper's own staff: "Jane Doe/Staff photographer", "Jane Doe/Contributor"
                          r"|(?i:staff(?: file)?(?: photographer| photo)?|contributor|special to the [\w.-]+(?: [\w.-]+){0,2}))"
                          # (and the stock library the picture came through: "... | Getty")
                          r"(?:\s?[|/]\s?(?:Getty(?: Images)?|Shutterstock|Adobe Stock|iStock|Unsplash|Pexels|AP|AFP|Reuters))?)$")
CREDIT_LINE_MAX_WORDS = 7


def photo_credit_alone(ln, hit) -> bool:
    """Is ``ln`` (with its rule ``hit``) a photo credit on a line of its own: one a rule names as a
    caption ("Photo: Reuters", "Getty Images") or one shaped as "Outlet/Name" ("KOMPAS/JANE DOE")?"""
    return hit is not None and hit.reason == "caption" or _credit_line(ln)


def _credit_line(ln) -> bool:
    return ln.n_words <= CREDIT_LINE_MAX_WORDS and "/" in ln.text and CREDIT_LINE.match(ln.text) is not None


# Every credit shape closes its line within this many characters: the patterns are searched in
# the line's tail only (the cleaner runs this on every line).
TAIL_CHARS = 90


# "... a day Image: Jane Doe/dpa/picture alliance": a credit labelled as the picture's, with the
# agencies it passed through, closing a caption that has no full stop of its own.
_LABELLED_AGENCY_CREDIT = re.compile(r"\s(?:Image|Photo|Picture|Foto|Bild)\s*:\s*[A-Z][\w.'’ -]{1,40}(?:\s?/\s?[\w.'’ -]{2,30}){1,3}$")
# "... im eingestürzten Dachstuhl Foto: NWM-TV", "... die Ruine untersuchen Foto: Polizei Cloppenburg":
# the credit's label glued to a caption with no full stop, a name of a few capitalised words after it.
_LABELLED_NAME_CREDIT = re.compile(r"(?<=[a-zäöüß\d])\s(?:Foto|Fotos|Bild|Photo|Image)\s*:\s*[A-Z][\w.&'’-]*(?:[ -][A-Z][\w.&'’-]*){0,3}$")
LABELLED_CAPTION_MIN_WORDS = 6
# "... Rabu 21 Agustus 2024. -foto: dwi/sumeks-": a credit set between dashes after the caption.
_DASHED_LABELLED_CREDIT = re.compile(r"(?<=\w\w)[.!?)]?\s+-\s?(?i:foto|photo|gambar)\s*:\s*[\w .'’]{2,30}(?:/[\w .'’]{2,30})?\s?-$")
# "... harga yang anjlok.-Foto: Jane Doe-harbourpost.disway.id": the labelled credit and the site's
# domain, glued to the caption's full stop by dashes.
_LABELLED_CREDIT_AND_SITE = re.compile(r"[.!?)]\s?-\s?(?i:foto|photo|gambar)\s*:\s*[\w .'’/]{2,40}?\s?-\s?"
                                       r"[a-z][\w-]*(?:\.[a-z][\w-]*)+$")
# "... in January. | Jane Doe", "... on Monday. | Kyodo": the photographer or agency after a bar,
# behind a full stop ("Is it safe? | Harbour Health" is a page title and its site).
# (the agency may follow the name: "... presidency. | Jane Doe/EPA-EFE")
_BAR_CREDIT = re.compile(r"(?<=\w\w)\.\s+\|\s+[A-Z][\w.'’-]+(?: (?:de |van |da |di )?[A-Z][\w.'’-]+){0,3}"
                         r"(?:\s?/\s?[A-Z][\w.'’&-]+(?: [A-Z][\w.'’&-]+)?){0,2}$")
# The photographer after the caption's sentence, with the paper: "... on Monday. Eric Lund, Detroit
# Free Press", "... in 2024. Jane Roe | Harbour Media for Harbour.com", "... Jane Roe / Harbour
# Journal Sentinel", or with their e-mail
# address: "... on Tuesday. Jane Roe jroe@harbourpost.com". (The paper names itself as one.)
_NEWSROOM = (r"(?:[\w.'’&-]+ ){0,4}(?:Press|News|Times|Post|Journal|Herald|Tribune|Gazette|Sentinel|Observer|Chronicle|"
             r"Star|Daily|Media|Bee|Inquirer|Sun|Register|Globe|Record|Courier|Telegraph|Examiner|Dispatch|Beat)"
             r"(?: (?:for|of) [\w.'’&-]+(?: [\w.'’&-]+){0,2})?")
_NAMED_PAPER_CREDIT = re.compile(rf"(?<=\w\w)[.!?][\"”’]?\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{1,2}}"
                                 rf"(?:(?:,|\s\||\s?/)\s+(?:The )?{_NEWSROOM}|\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")


def credits_and_site_stamps(page):
    lines = page.lines
    for ln in lines:
        if ln.n_words > CAPTION_MAX_WORDS:
            continue
        # (most lines are sentences: no credit closes them, and the call is skipped)
        source = None if ln.text[-1] in ".!?\"”’" and ": " not in ln.text \
            and not (" by " in ln.text and "/" in ln.text) and "©" not in ln.text[-TAIL_CHARS:] else caption_credit(ln)
        if source == "caption_bracket_credit" and not _KEYWORD_OPENING.match(ln.text) and (
                ln.n_words >= SIGNED_PARAGRAPH_MIN_WORDS and ". " in ln.text and signed_by_the_writer(ln.text)
                or ln.n_words >= INITIALLED_PARAGRAPH_MIN_WORDS and _signed_with_initials(ln.text)):
            continue  # "... mulai masuk awal Juni. (TribunPadang.com/Rezi Azwar)": the writer signs the article off
        if source == "caption_bracket_credit" and ln.n_words >= CLOSING_SIGNED_MIN_WORDS and _signed_by_the_site(ln.text) \
                and ln.index > 0 and is_prose(lines[ln.index - 1]) \
                and not any(is_prose(nxt) for nxt in lines[ln.index + 1:ln.index + 1 + CLOSING_LOOKAHEAD]):
            continue  # the last paragraph, one sentence, signed "(Tribunkalteng.com/Fathurahman)": no prose follows
        if source is not None:
            yield ln.index, Hint("caption", "strong", False, source)
        elif ln.n_words <= STAMP_MAX_WORDS and 0 < ln.text.find(".") < ln.text.find(" ") and _SITE_STAMP.match(ln.text):
            yield ln.index, Hint("date", "strong", False, "site_stamp")


# A paragraph of two sentences or more, this long, closed by the site's domain and a name is the
# article's end signed off by its writer; a caption of that length is rare (and one that opens
# with a keyword, "SUASANA DUKA - ...", is read as such elsewhere).
SIGNED_PARAGRAPH_MIN_WORDS = 25
_KEYWORD_OPENING = re.compile(r"^[A-Z][A-Z0-9 '’&-]{2,40} [-–—] ")


# A paragraph this long closed by an office's name and the writer's initials, "(HUMAS SETKAB/UN)",
# "(Dw/Kominfo)", is signed off by its writer: a picture's credit names the photographer in full.
INITIALLED_PARAGRAPH_MIN_WORDS = 20
_INITIALS = re.compile(r"^(?!(?:AP|AFP|EPA|PA|ANP|DPA|UPI|ABC|CBC|BBC|NBC|CBS)$)[A-Za-z]{1,3}$")  # (not an agency)
_OFFICE = re.compile(r"^[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}$")


def _signed_with_initials(text: str) -> bool:
    parts = [p.strip() for p in text[text.rfind("(") + 1:].rstrip(".").rstrip(")").split("/")]
    # (the office in capitals or in one word: "Travis Golby/CBC" is a photographer and his outlet)
    return len(parts) == 2 and any(_INITIALS.match(a) and _OFFICE.match(b) and len(b) > 3
                                   and (b.isupper() or " " not in b) for a, b in (parts, parts[::-1]))


# A paragraph closed by the site's domain and a name, under a paragraph and with no prose under it
# for this many lines, ends the article, however short: a picture after the last paragraph is rare.
CLOSING_SIGNED_MIN_WORDS = 12
CLOSING_LOOKAHEAD = 4


def _signature(text: str) -> tuple[str, str]:
    """The site and the name in the brackets closing ``text``: "(Site.com/Name)"."""
    site, _, name = text[text.rfind("(") + 1:-1].rpartition("/")
    return site, name


def _signed_by_the_site(text: str) -> bool:
    """Does the line close on its site's domain and a name, "(Site.com/Name)"?"""
    site, name = _signature(text)
    return "." in site and " " not in site and bool(name) and name[0].isupper()


def signed_by_the_writer(text: str) -> bool:
    """Does the paragraph close on its site's domain and a person's name, "(Site.com/Name Name)"?"""
    site, name = _signature(text)
    return "." in site and len(name.split()) >= 2


# "... on Feb. 13, 2024. (Jane Doe, The Harbour Sun)": the photographer and the paper, in brackets.
# (or its website: "(Tyler Hadfield, KSL.com)")
_NAME_AND_THE_PAPER = re.compile(r"[.!?][\"”’]?\s+\([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}, (?:The [A-Z][\w.&'’-]*"
                                 r"(?: [A-Z][\w.&'’-]*){0,3}|[A-Z][\w&'’-]*\.(?:com|net|org|co|news|tv)(?:\.[a-z]{2})?)\)$")
# "The new map is here (Image via Harbour Studios)": a caption with no full stop, its credit worded
_WORDED_CREDIT_IN_BRACKETS = re.compile(r"\s\((?i:image|photo|picture|pic|foto|gambar)s?\s+(?i:via|courtesy of|from)\s+"
                                        r"[A-Z][^()]{1,60}\)$")
_HANDLE_AFTER_CREDIT = re.compile(r"\)\s*@\w{2,30}$")


def caption_credit(ln) -> str | None:
    """How line ``ln`` reads as a photo's caption closed by its credit, or as a credit line of its
    own (the hint's source), or None."""
    t = ln.text
    if t[0] in "\"“":
        return None  # a quote closing the article with the reporter's credit: '"...," katanya. (Site.com/Name)'
    if t[-1] != ")" and "@" in t[-32:]:
        t = _HANDLE_AFTER_CREDIT.sub(")", t)  # "... (Jane Doe/Harbour Post) @janedoephoto": the photographer's handle
    end = t[-1]
    tail = t[-TAIL_CHARS:]
    if end == ")" or t[-2:] == ").":
        if _BRACKET_CREDIT.search(tail) or _CREDIT_AFTER_SENTENCE.search(tail) or _LABELLED_CREDIT.search(tail) \
                or _SOURCE_AFTER_THE_DAY.search(tail) or _agency_in_brackets(tail, t) or _NAME_AND_THE_PAPER.search(tail) \
                or _CAPITALS_CREDIT_AFTER_SENTENCE.search(tail) or _WORDED_CREDIT_IN_BRACKETS.search(tail):
            return "caption_bracket_credit"
    elif end == "]":
        if _SQUARE_BRACKET_CREDIT.search(tail):
            return "caption_square_bracket_credit"
    elif end in ".!?\"”’":
        # a sentence's end: no credit follows it, unless a labelled one closed by a full stop
        # ("... in Wan Chai. File photo: Peter Lee/HKFP.")
        # ("... Reserve. Image by Jane Doe/Harbour Post.")
        if end == "." and (": " in tail or " by " in tail) and "/" in tail and _PHOTO_CREDIT_AFTER_SENTENCE.search(tail[:-1]):
            return "caption_photo_credit"
        # ("... en février. © Belga.": the agency's copyright, closed by a full stop of its own)
        if end == "." and "©" in tail and _COPYRIGHT_AFTER_SENTENCE.search(tail[:-1]):
            return "caption_photo_credit"
        return None
    elif end == "-" and _DASHED_LABELLED_CREDIT.search(tail):
        return "caption_photo_credit"
    elif "/" in tail and (_SLASH_CREDIT.search(tail) or _copyright_credit(tail)
                          or ": " in tail and _LABELLED_AGENCY_CREDIT.search(tail)):
        return "caption_slash_credit"
    elif (":" in tail and (_PHOTO_CREDIT_AFTER_SENTENCE.search(tail) or _LABELLED_CREDIT_AND_SITE.search(tail)
                           or ln.n_words >= LABELLED_CAPTION_MIN_WORDS and _LABELLED_NAME_CREDIT.search(tail))
          or "—" in tail and _DASHED_CREDIT.search(tail)
          or ". " in tail and (_AGENCY_AFTER_SENTENCE.search(tail) or _GIVEN_BY_AFTER_SENTENCE.search(tail))
          or ("©" in tail or "opyright" in tail) and _COPYRIGHT_AFTER_SENTENCE.search(tail)  # "[Cc]opyright"
          or "©" in tail and ln.n_words <= COPYRIGHT_CAPTION_MAX_WORDS and _COPYRIGHT_HOLDER_CLOSING.match(t)
          or "|" in tail and _BAR_CREDIT.search(tail)
          or (". " in tail or "? " in tail or "! " in tail or "” " in tail or '" ' in tail)
          and (", " in tail or "|" in tail or "@" in tail or "/" in tail) and _NAMED_PAPER_CREDIT.search(tail)):
        return "caption_photo_credit"
    elif _credit_line(ln):
        return "credit_line"
    return None


def _copyright_credit(t: str) -> bool:
    return ("©" in t or "(c)" in t.lower()) and _COPYRIGHT_CREDIT.search(t) is not None
