"""News agencies and syndication sources: one table of canonical names and their aliases.

``canonical_source("The Associated Press")`` -> ``"Associated Press"``; every credit and
dateline agency goes through this table so values are comparable across sites.
"""

from __future__ import annotations

import re

__all__ = ["AGENCIES", "AGENCY_HOSTS", "canonical_source"]

# canonical name -> aliases as printed (matched case-insensitively, whole string).
AGENCIES: dict[str, tuple[str, ...]] = {
    "Associated Press": ("AP", "The Associated Press", "Associated Press", "AP News"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "AFP News"),
    "PA Media": ("PA", "PA Media", "Press Association", "PA Wire", "The Press Association"),
    "dpa": ("dpa", "Deutsche Presse-Agentur", "dpa-AFX"),
    "Bloomberg": ("Bloomberg", "Bloomberg News", "Bloomberg L.P."),
    "ANSA": ("ANSA",),
    "EFE": ("EFE", "Agencia EFE"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "CP": ("CP", "The Canadian Press", "Canadian Press"),
    "AAP": ("AAP", "Australian Associated Press"),
    "UPI": ("UPI", "United Press International"),
    "APA": ("APA", "Austria Presse Agentur"),
    "KNA": ("KNA",),
    "epd": ("epd",),
    "SID": ("SID", "sid"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "TASS": ("TASS",),
    "Interfax": ("Interfax",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "Europa Press": ("Europa Press",),
    "NTB": ("NTB",),
    "TT": ("TT",),
    "Ritzau": ("Ritzau",),
    "CNN": ("CNN",),
    "Daily Telegraph": ("Daily Telegraph", "The Daily Telegraph", "Telegraph", "The Telegraph"),
    "New York Times": ("New York Times", "The New York Times", "NYT"),
    "Washington Post": ("Washington Post", "The Washington Post"),
    "Tribune Content Agency": ("Tribune Content Agency", "Tribune News Service"),
}
# The agencies' own sites: a wire dateline there is not a syndication credit.
AGENCY_HOSTS: dict[str, str] = {
    "apnews.com": "Associated Press",
    "reuters.com": "Reuters",
    "afp.com": "AFP",
    "bloomberg.com": "Bloomberg",
    "dpa.com": "dpa",
    "ansa.it": "ANSA",
    "efe.com": "EFE",
    "cnn.com": "CNN",
    "telegraph.co.uk": "Daily Telegraph",
    "nytimes.com": "New York Times",
    "washingtonpost.com": "Washington Post",
}

_LOOKUP = {alias.casefold(): name for name, aliases in AGENCIES.items() for alias in aliases}
_EDGES = re.compile(r"^[\s(©\-–—.]+|[\s)\-–—.]+$")


def canonical_source(text: str) -> str | None:
    """The canonical name of an agency/source as printed, or ``None`` if it is unknown."""
    return _LOOKUP.get(_EDGES.sub("", text).casefold())
