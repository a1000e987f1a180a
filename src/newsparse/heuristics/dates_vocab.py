"""Vocabulary for reading dates: month names, time-of-day words, zones and labels.

Used by :mod:`newsparse._dates` (reading a date string) and :mod:`newsparse.extract.dates`
(finding the publication date on the page). Every word is lower-case; matching is
case-insensitive. Meta keys live in :mod:`newsparse.heuristics.vocab`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "AM_WORDS",
    "CONTAINER_TAGS",
    "DATE_CLASS_SELECTOR",
    "DATE_STAMP_SELECTOR",
    "MEDIA_SELECTOR",
    "MEDIA_TOKENS",
    "MONTHS",
    "MONTH_FIRST_LOCALES",
    "NAMED_ZONES",
    "NOT_LINE_TAGS",
    "OWN_TOKENS",
    "PM_WORDS",
    "PUBLISHED_LABELS",
    "RAIL_PREFIXES",
    "RAIL_TAGS",
    "RAIL_TOKENS",
    "STAMP_ATTR_WORDS",
    "UPDATED_CLASS_PREFIXES",
    "UPDATED_LABELS",
    "WEAK_RAIL_TOKENS",
    "WEBPAGE_TYPES",
    "ZONE_OFFSETS",
]


def _months(*groups: tuple[str, ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    for names in groups:
        for number, name in enumerate(names, start=1):
            for variant in name.split("|"):
                out.setdefault(variant, number)
    return out


# Month names, full and abbreviated, in the languages we read; a "|" separates variants of
# one month (declined forms, spellings without accents). Matters for visible dates such as
# "5. März 2024", "5 de marzo de 2024", "5 marca 2024" and for meta values in those languages.
MONTHS: Mapping[str, int] = MappingProxyType(
    _months(
        # en
        (
            "january|jan",
            "february|feb",
            "march|mar",
            "april|apr",
            "may",
            "june|jun",
            "july|jul",
            "august|aug",
            "september|sept|sep",
            "october|oct",
            "november|nov",
            "december|dec",
        ),
        # de (with Austrian "Jänner")
        (
            "januar|jänner|jän",
            "februar|feber",
            "märz|maerz|mär|mrz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober|okt",
            "november",
            "dezember|dez",
        ),
        # fr
        (
            "janvier|janv",
            "février|fevrier|févr|fevr|fév|fev",
            "mars",
            "avril|avr",
            "mai",
            "juin",
            "juillet|juil",
            "août|aout",
            "septembre",
            "octobre",
            "novembre",
            "décembre|decembre|déc",
        ),
        # es
        (
            "enero|ene",
            "febrero",
            "marzo",
            "abril|abr",
            "mayo",
            "junio",
            "julio",
            "agosto|ago",
            "septiembre|setiembre",
            "octubre",
            "noviembre",
            "diciembre|dic",
        ),
        # it
        (
            "gennaio|gen",
            "febbraio",
            "marzo",
            "aprile",
            "maggio|mag",
            "giugno|giu",
            "luglio|lug",
            "agosto",
            "settembre|set",
            "ottobre|ott",
            "novembre",
            "dicembre",
        ),
        # nl
        (
            "januari",
            "februari",
            "maart|mrt",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ),
        # pt
        (
            "janeiro",
            "fevereiro",
            "março|marco",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro|out",
            "novembro",
            "dezembro",
        ),
        # pl (nominative and genitive)
        (
            "styczeń|stycznia|sty",
            "luty|lutego|lut",
            "marzec|marca",
            "kwiecień|kwietnia|kwi",
            "maj|maja",
            "czerwiec|czerwca|cze",
            "lipiec|lipca|lip",
            "sierpień|sierpnia|sie",
            "wrzesień|września|wrz",
            "październik|października|paź",
            "listopad|listopada|lis",
            "grudzień|grudnia|gru",
        ),
        # cs (nominative and genitive)
        (
            "leden|ledna",
            "únor|února",
            "březen|března",
            "duben|dubna",
            "květen|května",
            "červen|června",
            "červenec|července",
            "srpen|srpna",
            "září",
            "říjen|října",
            "listopadu",
            "prosinec|prosince",
        ),
        # sv, no, da
        (
            "januari",
            "februari",
            "mars|marts",
            "april",
            "maj|mai",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december|desember|des",
        ),
        # tr
        (
            "ocak",
            "şubat|subat",
            "mart",
            "nisan",
            "mayıs|mayis",
            "haziran",
            "temmuz",
            "ağustos|agustos",
            "eylül|eylul",
            "ekim",
            "kasım|kasim",
            "aralık|aralik",
        ),
        # ru (genitive, as printed in dates)
        (
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ),
        # ro
        (
            "ianuarie",
            "februarie",
            "martie",
            "aprilie",
            "mai",
            "iunie",
            "iulie",
            "august",
            "septembrie",
            "octombrie",
            "noiembrie",
            "decembrie",
        ),
        # hu ("2024. március 5.")
        (
            "január",
            "február",
            "március",
            "április",
            "május",
            "június",
            "július",
            "augusztus",
            "szeptember",
            "október",
            "november",
            "december",
        ),
        # id / ms
        (
            "januari",
            "februari",
            "maret",
            "april",
            "mei",
            "juni",
            "juli",
            "agustus|agu",
            "september",
            "oktober",
            "november",
            "desember",
        ),
    )
)

# Words that put a printed time in the afternoon / morning ("4:19 PM", "오후 6:40", "下午 3:05").
PM_WORDS = frozenset({"pm", "p.m.", "p.m", "p. m.", "nachm.", "오후", "午後", "下午"})
AM_WORDS = frozenset({"am", "a.m.", "a.m", "a. m.", "vorm.", "오전", "午前", "上午"})

# Zone abbreviations printed after a time whose offset does not depend on the date
# ("11:05 IST", "14:30 MESZ"); value in minutes east of UTC. Matters for visible dates only:
# a page's metadata carries numeric offsets.
ZONE_OFFSETS: Mapping[str, int] = MappingProxyType(
    {
        "utc": 0,
        "gmt": 0,
        "z": 0,
        "wet": 0,
        "west": 60,
        "bst": 60,
        "cet": 60,
        "mez": 60,
        "cest": 120,
        "mesz": 120,
        "eet": 120,
        "eest": 180,
        "msk": 180,
        "ist": 330,
        "pkt": 300,
        "ict": 420,
        "wib": 420,
        "hkt": 480,
        "sgt": 480,
        "awst": 480,
        "jst": 540,
        "kst": 540,
        "aest": 600,
        "aedt": 660,
        "nzst": 720,
        "nzdt": 780,
        "est": -300,
        "edt": -240,
        "cst": -360,
        "cdt": -300,
        "mst": -420,
        "mdt": -360,
        "pst": -480,
        "pdt": -420,
        "akst": -540,
        "akdt": -480,
        "hst": -600,
    }
)
# Zone names whose offset depends on the date (US "ET" is EST in winter, EDT in summer):
# resolved with the IANA database for the printed date.
NAMED_ZONES: Mapping[str, str] = MappingProxyType(
    {
        "et": "America/New_York",
        "eastern": "America/New_York",
        "ct": "America/Chicago",
        "central": "America/Chicago",
        "mt": "America/Denver",
        "pt": "America/Los_Angeles",
        "pacific": "America/Los_Angeles",
        "uk time": "Europe/London",
        "uhr mez": "Europe/Berlin",
        "aet": "Australia/Sydney",
    }
)

# Words printed before a date that say it is the publication time; a date after one of
# these is preferred over other dates in the same line ("Published 5 March, updated ...").
PUBLISHED_LABELS = (
    "published",
    "posted",
    "first published",
    "veröffentlicht",
    "erschienen",
    "publié",
    "publie le",
    "publicado",
    "publicada",
    "pubblicato",
    "gepubliceerd",
    "opublikowano",
    "publikováno",
    "publicerad",
    "publisert",
    "publiceret",
    "yayınlanma",
    "yayımlanma",
    "公開",
    "发布",
    "發布",
    "게재",
    "입력",
    "등록",
)
# Words printed before a date that say it is a later revision: such a date is never the
# publication time ("Updated: Oct 9, 2019, 11:05 IST", "Aktualisiert am ...").
UPDATED_LABELS = (
    "updated",
    "update:",
    "last modified",
    "modified",
    "edited",
    "revised",
    "aktualisiert",
    "geändert",
    "zuletzt",
    "mis à jour",
    "mise à jour",
    "modifié",
    "actualizado",
    "actualizada",
    "actualización",
    "aggiornato",
    "aggiornamento",
    "bijgewerkt",
    "gewijzigd",
    "atualizado",
    "atualização",
    "zaktualizowano",
    "aktualizacja",
    "aktualizováno",
    "uppdaterad",
    "oppdatert",
    "opdateret",
    "güncelleme",
    "güncellendi",
    "更新",
    "수정",
    "업데이트",
)

# Elements whose text may carry the article's date near the headline and byline. Lexbor
# matches attribute substrings case-insensitively with the "i" flag.
DATE_CLASS_SELECTOR = ", ".join(
    (
        "time",
        '[itemprop="datePublished"]',
        '[class*="date" i]',
        '[class*="time" i]',
        '[class*="publish" i]',
        '[class*="publication" i]',
        '[class*="posted" i]',
        '[class*="byline" i]',
        '[class*="datum" i]',
        '[class*="fecha" i]',
        '[id*="date" i]',
        '[id*="publish" i]',
    )
)

# The common date elements, enough to refine a metadata date with the header's own offset
# or time (fewer selectors: each is a pass over the block).
DATE_STAMP_SELECTOR = 'time, [class*="date" i], [class*="time" i]'

# Ancestors that put a date outside the article's own header: rails, related-story lists,
# comments, navigation, the site masthead and footer. (Not <header>: pages put the article's
# byline and date in a <header> beside the headline's. The site header's "today" line is
# kept out by reading only what follows the headline in the wider block.) Whole class/id
# tokens (split on space, "-" and "_", lower-cased) or their run-together prefixes.
RAIL_TAGS = frozenset({"aside", "nav", "footer"})
RAIL_TOKENS = frozenset(
    {
        "teaser",
        "teasers",
        "promo",
        "popular",
        "mostread",
        "trending",
        "comment",
        "comments",
        "footer",
        "nav",
        "navigation",
        "menu",
        "masthead",
        "topbar",
        "more",
        "latest",
        "feed",
        "card",
        "cards",
        "slider",
        "carousel",
        "newsletter",
        "outbrain",
        "taboola",
        "recirc",
    }
)
# Weaker rail tokens (and the <aside> tag) that do not count when the same element says it
# is part of the article itself ("article__aside", "article-header-sidebar" hold its byline
# and date), by one of OWN_TOKENS.
WEAK_RAIL_TOKENS = frozenset({"sidebar", "rail", "aside", "widget"})
OWN_TOKENS = frozenset(
    {"article", "story", "entry", "header", "byline", "dateline", "meta", "author", "info"}
)
# Run-together prefixes of the same ("relatedArticles" -> "relatedarticles").
RAIL_PREFIXES = ("related", "recommend", "sidebar", "teaser", "mostread", "mostpopular")

# JSON-LD types of the page itself (not the article node), whose datePublished counts when
# the article node has none or the page has no article node ("@graph" WebPage, fact checks).
WEBPAGE_TYPES = frozenset({"webpage", "itempage", "claimreview", "medicalwebpage", "qapage"})

# --- the article header (extract/dates.py) ---------------------------------------------

# Elements that hold a whole story or list, never just a date line (WordPress marks every
# <article> "status-publish", which a date selector catches).
CONTAINER_TAGS = frozenset({"article", "section", "main", "body", "ul", "ol", "table", "form"})

# Locales whose numeric dates are month-first ("03/05/2024" = March 5).
MONTH_FIRST_LOCALES = frozenset({"en-us", "en-ph", "en-ca", "es-us"})

# Class/id token prefixes of an element that holds an update time ("date-updated").
UPDATED_CLASS_PREFIXES = ("updated", "modified", "lastmod", "update")

# Words in the name of a data-* attribute that holds a machine-readable date.
STAMP_ATTR_WORDS = ("date", "time", "publish")

# Elements beside the headline that are no date line.
NOT_LINE_TAGS = frozenset({"script", "style", "noscript", "svg", "img", "picture", "figure"})

# Class/id tokens and descendants of a headline sibling that holds a picture or caption.
MEDIA_TOKENS = frozenset({"pic", "picbox", "photo", "image", "img", "media", "caption", "figure"})
MEDIA_SELECTOR = "picture, figure, figcaption, video"
