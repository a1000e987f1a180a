"""Vocabularies for bylines, datelines and credits: words, labels and compiled patterns.

Every list is lower case unless said otherwise; every pattern runs in linear time (no nested
quantifiers). Used by ``newsparse._byline`` (reading a byline string),
``newsparse.extract.authors``, ``newsparse.extract.dateline`` and ``newsparse.extract.credit``.
"""

from __future__ import annotations

import re

__all__ = [
    "AND_SEPARATORS",
    "ARTICLE_TOKENS",
    "BYLINE_CONTAINER_TAGS",
    "BYLINE_FALSE_MARKS",
    "BYLINE_MARKS",
    "BYLINE_PLACE",
    "BYLINE_PREFIX",
    "BYLINE_PREFIX_GLUED",
    "BYLINE_PREFIX_LATER",
    "BYLINE_SEPARATORS",
    "BYLINE_TAIL",
    "BY_AFTER_LABEL",
    "CJK_NOT_NAME",
    "CJK_ROLE_SUFFIX",
    "DATELINE_LABELS",
    "DESK_BYLINE",
    "FOREIGN_TAGS",
    "FOREIGN_TOKENS",
    "FOR_AFFILIATION",
    "GLUED_WORDS",
    "MONTH_WORDS",
    "NAME_PARTICLES",
    "NOT_NAME_WORDS",
    "ORG_WORDS",
    "PHOTO_CREDIT",
    "PLACE_TOKENS",
    "ROLE_MODIFIERS",
    "ROLE_SUFFIXES",
    "ROLE_WORDS",
    "SOURCE_LABEL",
    "TAIL_FIRST_WORDS",
    "WEEKDAY_WORDS",
]

# Upper- and lower-case letters of the Latin scripts we glue-split ("HincksFreelance").
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"

# Words that open a byline and are not part of the name: "By", "Von", "Par", "Por", "Di"
# (Italian), "Door" (Dutch), "Av"/"Af" (Scandinavian), "Od" (Polish/Czech), labels such as
# "Written by", "Text:", "Autor:". Matters in _byline.parse_byline (stripped).
BYLINE_PREFIX = re.compile(
    r"^(?:(?:written|writing|reported|reporting|posted|words|story|text|texto|testo|tekst)\s+)?"
    r"(?:by|von|par|por|di|door|av|af|od|от|przez|autor(?:in)?|author|auteur|"
    r"autore|text|texto|testo|tekst|作者|記者)\s*[:：]?\s+",
    re.IGNORECASE,
)
# The same prefix glued to the name ("bySauli Giliard", "ByNatasha Daly").
BYLINE_PREFIX_GLUED = re.compile(rf"^(?:by|By|BY|von|Von)(?=[{_UPPER}][{_LOWER}])")
# A byline that starts with a date/time before the prefix ("05.06.2025 um 14:46 von X"):
# the prefix word followed by a capitalised word, anywhere (so "von der Leyen" never matches).
BYLINE_PREFIX_LATER = re.compile(
    rf"\b(?:by|By|BY|von|Von|VON|par|Par|PAR|por|Por|POR|door|Door)\s+(?=[{_UPPER}])"
)
# "By" after a section label ("Travel By Sophie Foster"); only the English word, since
# "von"/"de" are also name particles ("Maria von Welser").
BY_AFTER_LABEL = re.compile(rf"\b(?:by|By|BY)\s+(?=[{_UPPER}])")
# A genre label before "von"/"de"/"di" ("Ein Kommentar von X", "Une analyse de X"): the
# label is dropped. Needed because these prefixes are also name particles.
LABEL_BEFORE_PREFIX = re.compile(
    r"^(?:(?:ein|eine|der|die|das|un|une|la|le|l'|un'|una|uno)\s+)?"
    r"(?:kommentar|analyse|gastbeitrag|gastkommentar|interview|reportage|essay|kolumne|glosse|"
    r"rezension|kritik|bericht|leitartikel|meinung|éditorial|editorial|tribune|"
    r"chronique|analisi|commento|intervista|análisis|columna|opinión)\s+"
    r"(?:von|de|d'|di|del|por)\s*(?=[A-ZÀ-Þ])",
    re.IGNORECASE,
)

# Where the name part of a printed byline ends: dates, times, "Updated", reading time, UI
# words. Everything from the first match on is dropped. Matters in _byline.parse_byline.
# Month names and abbreviations (English, German, French, Spanish, Italian) and weekdays
# (English, German), as printed in byline dates.
MONTH_WORDS = (
    "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june",
    "jun", "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct",
    "november", "nov", "december", "dec", "januar", "februar", "märz", "maerz", "mai",
    "juni", "juli", "oktober", "dezember", "janvier", "février", "fevrier", "mars", "avril",
    "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero",
    "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio",
    "settembre", "ottobre", "dicembre",
)  # fmt: skip
WEEKDAY_WORDS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag",
    "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
)  # fmt: skip
# Longest names first so that "march" wins over "mar" in the alternation.
_MONTHS = "(?:" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + ")"
_WEEKDAYS = "(?:" + "|".join(WEEKDAY_WORDS) + ")"
BYLINE_TAIL = re.compile(
    # Matches start at a word boundary or where digits follow letters ("Nolan22 Dec"), which
    # keeps the long alternation off most positions of the text.
    r"(?:\b|(?<=[^\W\d_])(?=\d))(?:"
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"|\d{1,2}:\d{2}"
    # A month with the day after it ("Dec. 5") or before it ("5 Dec"): one alternation of
    # the month names, which are the costly part to compile.
    rf"|(?P<day>\d{{1,2}}\.?\s)?{_MONTHS}(?(day)\b|\.?\s\d{{1,2}}\b)"
    rf"|{_WEEKDAYS}\b"
    r"|(?:updated|published|posted|last\s+updated|veröffentlicht|aktualisiert|erstellt|"
    r"stand|publié|publiée|mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato|"
    r"gepubliceerd|bijgewerkt|publisert|oppdatert|publicerad|uppdaterad)\b"
    r"|\d+\s?(?:min(?:ute)?s?|mins?\.)(?:\s|$)|min(?:ute)?\s+read\b|lesezeit\b"
    r"|(?:share|follow|tips\s+meg|e-?mail|twitter|facebook|whatsapp|linkedin|"
    r"text\s+size|listen|anhören|vorlesen|hören|teilen|folgen|partager|compartir|"
    r"chcete-li)\b"
    r"|(?:edited|editing|additional\s+reporting|with\s+files|illustrations?|graphics)\s+"
    r"(?:by|from)\b"
    r")|[•·]|\s\|\s*$",
    re.IGNORECASE,
)

# First words of the BYLINE_TAIL markers (months, weekdays, "updated", "share"...): the
# tail is only tried where a word from this set, a number or a bullet starts (speed).
TAIL_FIRST_WORDS = frozenset(
    {
        *MONTH_WORDS,
        *WEEKDAY_WORDS,
        "updated",
        "published",
        "posted",
        "last",
        "veröffentlicht",
        "aktualisiert",
        "erstellt",
        "stand",
        "publié",
        "publiée",
        "mis",
        "publicado",
        "actualizado",
        "pubblicato",
        "aggiornato",
        "gepubliceerd",
        "bijgewerkt",
        "publisert",
        "oppdatert",
        "publicerad",
        "uppdaterad",
        "min",
        "minute",
        "lesezeit",
        "share",
        "follow",
        "tips",
        "e",
        "email",
        "twitter",
        "facebook",
        "whatsapp",
        "linkedin",
        "text",
        "listen",
        "anhören",
        "vorlesen",
        "hören",
        "teilen",
        "folgen",
        "partager",
        "compartir",
        "chcete",
        "edited",
        "editing",
        "additional",
        "with",
        "illustration",
        "illustrations",
        "graphics",
    }
)

# Separators between the parts of a byline ("A, B and C", "A | Reuters", "A / TNN",
# "A – Journalist"). The word separators need spaces around them. Matters in parse_byline.
# Separators match from the start of a whitespace run only ((?<!\s) and possessive \s*+),
# which keeps them linear on long runs of spaces.
BYLINE_SEPARATORS = re.compile(r"(?<!\s)\s*+[,;|/•·]\s*+|(?<!\s)\s++[–—-]\s+")
AND_SEPARATORS = re.compile(
    r"(?<!\s)\s++(?:and|und|et|y|e|en|og|och|i|a|és|ja|ve|и|&|\+)\s+|(?<!\s)\s*+&\s*+",
    re.IGNORECASE,
)
# An affiliation printed after the name: "Jane Doe for Daily Mail Australia".
FOR_AFFILIATION = re.compile(
    r"(?<!\s)\s++(?:for|For|FOR|für|pour|para|per|voor)\s+(?=(?:the\s+)?[A-ZÀ-Þ])"
)
# A credit word opening one part of a byline ("...; Writing by Maya Cohen; Editing by ..."):
# the part names a writer (editors are cut off by BYLINE_TAIL).
PART_CREDIT_PREFIX = re.compile(
    r"^(?:(?:reporting|reported|writing|written|words|story)\s+)?by\s+", re.IGNORECASE
)
# A conjunction opening a part after a comma ("A, B, and C"): the Oxford comma.
PART_AND_PREFIX = re.compile(r"^(?:and|und|et|&)\s+", re.IGNORECASE)
# A conjunction left at the end of a part once an agency or a tail is cut off ("Jane Doe
# and [the Associated Press]", "Jane Doe with [additional reporting by ...]", "X on [May 3]").
PART_AND_SUFFIX = re.compile(
    r"(?<!\s)\s++(?:and|und|et|with|mit|avec|con|on|am|le|&)$", re.IGNORECASE
)
# Suffixes and titles whose full stop belongs to the name ("Robert Kline Jr.").
NAME_ABBREVIATIONS = frozenset({"jr", "sr", "snr", "jnr", "dr", "st"})
# A place printed after the name: "Sara Elizabeth Williams in Amman", "X aus Washington".
# Lower-case words inside a place name ("Rio de Janeiro", "Stratford-upon-Avon").
_PLACE_PARTICLES = r"(?:de|do|da|dos|das|del|di|la|el|al|le|sur|am|an|upon|on)"
_PLACE = rf"[{_UPPER}][\w'’.\-]*(?:(?:[ /]|\s{_PLACE_PARTICLES}\s)[{_UPPER}][\w'’.\-]*){{0,3}}"
BYLINE_PLACE = re.compile(rf"\s+(?:in|aus)\s+(?P<place>{_PLACE})\s*$")
# A place printed after one of several names: "A in Jerusalem and B in Gaza".
BYLINE_INNER_PLACE = re.compile(rf"\s+in\s+(?P<place>{_PLACE})(?=\s*[,;]|\s+(?:and|&)\s)")
# Two words glued where the page had a line break: "HincksFreelance", "PostDec".
GLUED_WORDS = re.compile(rf"(?<=[{_LOWER}]{{2}})(?<!Ma[c])(?=[{_UPPER}][{_LOWER}])")

# Lower-case words allowed inside a name: "Ursula von der Leyen", "Jan van Dijk",
# "Abdullah bin Zayed", "Luis de Miranda". Matters in _byline.looks_like_name.
NAME_PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "del",
        "della",
        "dei",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "les",
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
        "zu",
        "y",
        "e",
        "af",
        "av",
        "st.",
        "mc",
        "ben",
    }
)
# Role nouns printed with a name ("Jon King, News Reporter", "X Leitender
# Wirtschaftsredakteur"). A word that is, or (German compounds) ends with, one of these
# starts the role. Matters in _byline.parse_byline.
ROLE_WORDS = frozenset(
    {
        "editor",
        "editors",
        "reporter",
        "reporters",
        "correspondent",
        "writer",
        "columnist",
        "journalist",
        "contributor",
        "producer",
        "analyst",
        "critic",
        "photographer",
        "presenter",
        "anchor",
        "intern",
        "fellow",
        "blogger",
        "commentator",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "autor",
        "autorin",
        "journalistin",
        "reporterin",
        "volontär",
        "volontärin",
        "kolumnist",
        "kolumnistin",
        "rédacteur",
        "rédactrice",
        "journaliste",
        "envoyé",
        "envoyée",
        "correspondant",
        "correspondante",
        "corresponsal",
        "redactor",
        "redactora",
        "periodista",
        "giornalista",
        "inviato",
        "inviata",
        "corrispondente",
        "redaktør",
        "journalisten",
        "jurnalis",
        "wartawan",
        "翻訳者",
        "翻訳",
        "翻译",
        "イラスト",
    }
)
# Suffixes that make a German/Dutch/Scandinavian compound a role ("Wirtschaftsredakteur").
ROLE_SUFFIXES = (
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "reporter",
    "reporterin",
    "editor",
    "journalist",
    "journalistin",
    "redaktør",
)
# Words that qualify a role noun and belong to the role, not the name ("Senior Politics
# Editor", "Freelance sports writer", "Leitender Redakteur"). Matters in parse_byline.
ROLE_MODIFIERS = frozenset(
    {
        "senior",
        "chief",
        "deputy",
        "associate",
        "assistant",
        "executive",
        "managing",
        "contributing",
        "staff",
        "freelance",
        "political",
        "politics",
        "foreign",
        "business",
        "economics",
        "economic",
        "sports",
        "sport",
        "games",
        "gaming",
        "tech",
        "technology",
        "science",
        "health",
        "education",
        "environment",
        "climate",
        "news",
        "digital",
        "special",
        "investigative",
        "national",
        "international",
        "diplomatic",
        "security",
        "defence",
        "defense",
        "home",
        "affairs",
        "culture",
        "arts",
        "entertainment",
        "travel",
        "food",
        "fashion",
        "music",
        "film",
        "legal",
        "royal",
        "social",
        "media",
        "weather",
        "data",
        "global",
        "world",
        "europe",
        "us",
        "uk",
        "leitender",
        "leitende",
        "stellvertretender",
        "stellvertretende",
        "freier",
        "freie",
        "chef",
        "lifestyle",
        "money",
        "property",
        "motoring",
        "showbiz",
        "celebrity",
        "consumer",
        "crime",
        "court",
        "parenting",
        "royals",
        "audience",
        "trends",
        "live",
        "breaking",
        "general",
        "assignment",
        "football",
        "cricket",
        "rugby",
        "tennis",
        "golf",
        "racing",
        "markets",
        "finance",
        "personal",
        "shopping",
        "commerce",
        "wellness",
        "beauty",
        "tv",
        "books",
        "opinion",
        "features",
        "feature",
        "newsletter",
        "social-media",
        "multimedia",
        "video",
        "photo",
        "web",
        "online",
        "regional",
        "local",
        "city",
        "state",
        "county",
        "white",
        "house",
        "washington",
        "london",
        "europe-",
    }
)
# Role words printed after a CJK/Korean name without a space ("신현주 기자", "松岡大地記者").
CJK_ROLE_SUFFIX = re.compile(r"\s?(?:기자|특파원|記者|特派員|特派员|编辑|編集委員|論説委員)$")

# Words that make a string an organisation, a site or page furniture rather than a person
# ("BBC News", "FOCUS online", "Tech Insider"). Matters in _byline.looks_like_name.
ORG_WORDS = frozenset(
    {
        "news",
        "nachrichten",
        "media",
        "medien",
        "online",
        "press",
        "presse",
        "prensa",
        "stampa",
        "agency",
        "agentur",
        "agence",
        "agencia",
        "agenzia",
        "agencies",
        "agenturen",
        "zeitung",
        "magazine",
        "magazin",
        "group",
        "gruppe",
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "llc",
        "gmbh",
        "corp",
        "corp.",
        "company",
        "tv",
        "radio",
        "network",
        "newsroom",
        "daily",
        "times",
        "tribune",
        "herald",
        "gazette",
        "journal",
        "telegraph",
        "insider",
        "digital",
        "team",
        "desk",
        "service",
        "services",
        "wire",
        "wires",
        "foundation",
        "institute",
        "university",
        "universität",
        "ministry",
        "editorial",
        "publishing",
        "verlag",
        "redaktion",
        "redaction",
        "rédaction",
        "redacción",
        "redazione",
        "redactie",
        "staff",
        # Words of outlet and organisation names that are no surnames ("Washington
        # Examiner", "Yahoo Finance", "Sky Sports", "Live Science", "Mayo Clinic").
        "examiner",
        "chronicle",
        "courier",
        "observer",
        "monitor",
        "mirror",
        "express",
        "independent",
        "guardian",
        "finance",
        "business",
        "sports",
        "science",
        "clinic",
        "hospital",
        "bureau",
        "report",
        "weekly",
        "channel",
        "broadcasting",
        "jazeera",
        "yahoo",
        "msn",
        "morning",
        "evening",
    }
)
# Words that are never part of a person's name in a byline: UI, photo credits, labels.
NOT_NAME_WORDS = frozenset(
    {
        "updated",
        "published",
        "read",
        "ago",
        "share",
        "follow",
        "email",
        "comments",
        "comment",
        "photo",
        "photos",
        "foto",
        "fotos",
        "image",
        "images",
        "bild",
        "bilder",
        "video",
        "copyright",
        "getty",
        "shutterstock",
        "imago",
        "picture",
        "alliance",
        "newsletter",
        "subscribe",
        "abonnieren",
        "advertisement",
        "anzeige",
        "sponsored",
        "login",
        "log",
        "sign",
        "register",
        "account",
        "search",
        "contact",
        "startseite",
        "home",
        "menu",
        "menü",
        "more",
        "mehr",
        "view",
        "all",
        "posts",
        "articles",
        "profile",
        "about",
        "the",
        "der",
        "die",
        "das",
        "und",
        "for",
        "with",
        "mit",
        "on",
        # Furniture and CMS accounts: "Guest Author", "Super User".
        "author",
        "user",
        "guest",
    }
)
# Pieces of CJK/Korean UI labels and outlet names that are never a person's name
# ("著者一覧" = list of authors, "朝日新聞デジタル", "한국일보"). Matched as substrings, since
# these scripts do not separate words. Matters in _byline.looks_like_name.
CJK_NOT_NAME = (
    "一覧",
    "記事",
    "ニュース",
    "新聞",
    "著者",
    "作者",
    "筆者",
    "最新",
    "関連",
    "速報",
    "デジタル",
    "オンライン",
    "編集",
    "编辑",
    "来源",
    "來源",
    "新闻",
    "新聞網",
    "日报",
    "日報",
    "网",
    "網",
    "뉴스",
    "일보",
    "신문",
    "방송",
    "편집",
    "기자단",
    "人氣",
    "人气",
    "留言",
    "發表",
    "发表",
)
# A desk or staff byline that stands for people: "Our Foreign Staff", "Metro Reporters",
# "Staff Writer", "BR24 Redaktion", "MM-Redaktion", "Redaktion hessenschau.de", "News Desk".
# Kept as an author (Author docstring) when it is the whole byline part, unless it is named
# after an agency or the site ("Reuters Staff", "Guardian staff"): that is an organisation.
# A bare "Staff" is no desk.
DESK_BYLINE = re.compile(
    r"^(?:our\s+(?:[\w-]+\s+){0,2}(?:staff|correspondents?|reporters?|team)"
    r"|(?:[\w.-]+\s+){1,2}(?:staff|reporters|desk)"
    r"|staff\s+(?:writer|reporter)s?"
    r"|[\w.]+[-\s]redaktion|redaktion\s+[\w.-]+"
    r"|(?:la\s+)?rédaction(?:\s+[\w.-]+)?|redacción(?:\s+[\w.-]+)?|redazione(?:\s+[\w.-]+)?)$",
    re.IGNORECASE,
)
# A photo credit, never a byline: "Foto: REUTERS/...", "(Image: Getty)", "Photo by X".
PHOTO_CREDIT = re.compile(
    r"^\(?\s*(?:foto|fotos|photo|photos|photograph|photography|image|images|picture|pictures|"
    r"pic|bild|bilder|credit|crédit|quelle|source|©|\(c\)|copyright)\b\s*[:/]?"
    r"|^photo(?:graph)?\s+by\b"
    # "(AP Photo/Alex Brandon)", "Yonhap Photo/...": an agency's photo credit.
    r"|^\(?\s*\w{2,10}\s+photos?\s*/",
    re.IGNORECASE,
)
# Labels that introduce a source/agency ("Bron: BELGA", "Quelle: dpa", "来源：网易科学人").
SOURCE_LABEL = re.compile(
    r"^(?:bron|quelle|source|sources|fuente|fonte|kilde|källa|źródło|zdroj|forrás|kaynak|"
    r"来源|來源|出典|出处|출처)\s*[:：]\s*",
    re.IGNORECASE,
)
# Dateline words that are labels, not places ("EXCLUSIVE —", "UPDATE:", "ANALYSIS -").
DATELINE_LABELS = frozenset(
    {
        "exclusive",
        "breaking",
        "update",
        "updated",
        "analysis",
        "opinion",
        "comment",
        "commentary",
        "editorial",
        "review",
        "watch",
        "live",
        "video",
        "photos",
        "note",
        "editor's note",
        "editors note",
        "correction",
        "clarification",
        "warning",
        "spoiler",
        "spoiler alert",
        "icymi",
        "headline news",
        "live updates",
        "live blog",
        "first on fox",
        "first on cnn",
        "must read",
        "watch live",
        "source",
        "sources",
        "note to editors",
        "click here",
        "trigger warning",
        "content warning",
        "sponsored content",
        "paid content",
        "paid post",
        "spoilers",
        "sponsored",
        "advertisement",
        "anzeige",
        "exklusiv",
        "kommentar",
        "analyse",
        "interview",
        "q",
        "a",
        "faq",
        "tl;dr",
        "tldr",
        "summary",
        "fact check",
        "factcheck",
        "faktencheck",
        "podcast",
        "quiz",
        "recap",
        "preview",
        "breaking news",
        "developing",
        "just in",
        "read more",
        "related",
        "also read",
        "see also",
        "ps",
        "p.s.",
        "plus",
        "dear",
        "hi",
        "hello",
        "yes",
        "no",
        "ok",
        "okay",
        "so",
        "well",
        "why",
        "how",
        "what",
        "who",
        "when",
        "where",
        "today",
        "tonight",
        "yesterday",
        "heute",
        "gestern",
        "morgen",
        "aujourd'hui",
        "hoy",
        "oggi",
        "new",
        "latest",
        "pictured",
        "revealed",
        "explainer",
        "listen",
        "poll",
        "gallery",
        "graphic",
        "map",
        "timeline",
        "report",
        "obituary",
        "sports",
        "sport",
        "money",
        "business",
        "politics",
        "world",
        "tech",
        "health",
        "science",
        "entertainment",
        "lifestyle",
        "travel",
        "weather",
        "traffic",
        "alert",
        "urgent",
        "eilmeldung",
        "aktuell",
        "neu",
        "última hora",
        "urgente",
        "dernière minute",
        "direct",
        "en direct",
        "en vivo",
        "ao vivo",
    }
)
# Organisations written in capitals that open sentences as a dateline would ("NATO — the
# alliance ...", "NASA — The agency ..."): never a dateline place. Matters in
# extract/dateline.py.
NOT_PLACE_ACRONYMS = frozenset(
    {
        "nato",
        "nasa",
        "fifa",
        "uefa",
        "ioc",
        "un",
        "eu",
        "who",
        "imf",
        "opec",
        "fbi",
        "cia",
        "nsa",
        "nhs",
        "gop",
        "nba",
        "nfl",
        "mlb",
        "nhl",
        "ufc",
        "wwe",
        "fda",
        "cdc",
        "doj",
        "dhs",
        "sec",
        "ftc",
        "ecb",
        "opec+",
        "asean",
        "brics",
    }
)

# --- byline elements (extract/authors.py) ---------------------------------------------

# A label printed before the author's name in a metadata list ("<strong>Autorin/Autor</strong>
# Jane Doe", "<dt>Author</dt><dd>Jane Doe</dd>"): the whole text of the label element.
AUTHOR_LABEL = re.compile(
    r"^(?:autor(?:in)?(?:\s*/\s*autor(?:in)?)?|autor\*in|autoren|author|authors|auteur|"
    r"auteurs|autore|autori|written\s+by|text|texto|testo|tekst|door)\s*[:：]?$",
    re.IGNORECASE,
)
# Elements that print such a label.
AUTHOR_LABEL_TAGS = ("strong", "b", "dt", "th")

# Tags that hold whole pages or articles ("<body class=single-author>"), never a byline.
BYLINE_CONTAINER_TAGS = frozenset(
    {"html", "body", "main", "article", "section", "form", "ul", "ol"}
)
# Substrings of class/id tokens that mark a byline element ("metaInfoAuthorList-item").
BYLINE_MARKS = ("byline", "author", "autor", "auteur", "writer", "firma", "signature")
# Tokens containing a byline mark that are not bylines ("authority", "authorize").
BYLINE_FALSE_MARKS = ("authorit", "authoriz", "autorit", "autoriz")
# Containers whose bylines belong to something else: captions, teasers, comments, rails.
FOREIGN_TAGS = frozenset({"figure", "figcaption", "aside", "footer", "nav", "blockquote"})
FOREIGN_TOKENS = frozenset(
    {
        "related",
        "teaser",
        "teasers",
        "recommended",
        "recommendations",
        "comment",
        "comments",
        "credit",
        "credits",
        "promo",
        "newsletter",
        "sidebar",
        "rail",
        "footer",
        "more",
        "trending",
        "popular",
        "carousel",
        "quote",
    }
)
# Class tokens of an element that prints the dateline place ("post-location"): a place
# token, together with an article token unless the token is "...location". Matters in
# extract/authors.py.
PLACE_TOKENS = frozenset({"location", "place", "ort", "lieu"})
ARTICLE_TOKENS = frozenset(
    {"post", "article", "story", "signature", "byline", "news", "entry", "meta", "cont"}
)
