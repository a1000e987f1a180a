"""News agencies and syndication sources: one table of canonical names and their aliases.

``canonical_source("The Associated Press")`` -> ``"Associated Press"``; every credit and
dateline agency goes through this table so values are comparable across sites.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["AGENCIES", "AGENCY_HOSTS", "agency_of_host", "agency_table", "canonical_source"]

# canonical name -> aliases as printed (matched case-insensitively, whole string).
AGENCIES: dict[str, tuple[str, ...]] = {
    "Associated Press": ("AP", "The Associated Press", "Associated Press", "AP News"),
    "Reuters": ("Reuters", "Thomson Reuters", "REUTERS", "ロイター"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "AFP News"),
    "PA Media": ("PA", "PA Media", "Press Association", "PA Wire", "The Press Association"),
    "dpa": ("dpa", "Deutsche Presse-Agentur", "dpa-AFX", "dpa-infocom", "Deutsche Presseagentur"),
    "Bloomberg": ("Bloomberg", "Bloomberg News", "Bloomberg L.P.", "Bloomberg LP"),
    "ANSA": ("ANSA",),
    "EFE": ("EFE", "Agencia EFE"),
    "Kyodo": ("Kyodo", "Kyodo News", "共同", "共同通信"),
    "Jiji Press": ("Jiji", "Jiji Press", "時事", "時事通信"),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "新华社"),
    "China News Service": ("China News Service", "中新社", "中新网"),
    "CP": ("CP", "The Canadian Press", "Canadian Press"),
    "AAP": ("AAP", "Australian Associated Press"),
    "UPI": ("UPI", "United Press International"),
    "APA": ("APA", "Austria Presse Agentur"),
    "SDA": ("SDA", "Keystone-SDA", "sda", "SDA-ATS", "ATS"),
    "Belga": ("Belga", "BELGA", "Agence Belga"),
    "ANP": ("ANP",),
    "Lusa": ("Lusa", "Agência Lusa"),
    "KNA": ("KNA",),
    "epd": ("epd",),
    "SID": ("SID", "sid"),
    "Yonhap": ("Yonhap", "Yonhap News Agency", "연합뉴스"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "TASS": ("TASS", "ТАСС"),
    "RIA Novosti": ("RIA Novosti", "РИА Новости"),
    "Interfax": ("Interfax", "Интерфакс"),
    "Ukrinform": ("Ukrinform",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "Europa Press": ("Europa Press",),
    "NTB": ("NTB",),
    "TT": ("TT",),
    "STT": ("STT",),
    "Ritzau": ("Ritzau",),
    "PAP": ("PAP",),
    "ČTK": ("ČTK", "CTK"),
    "MTI": ("MTI",),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "CNA": ("CNA",),
    "CNN": ("CNN",),
    "Daily Telegraph": ("Daily Telegraph", "The Daily Telegraph", "Telegraph", "The Telegraph"),
    "New York Times": ("New York Times", "The New York Times", "NYT"),
    "Washington Post": ("Washington Post", "The Washington Post"),
    "Los Angeles Times": ("Los Angeles Times", "The Los Angeles Times"),
    "Tribune Content Agency": ("Tribune Content Agency", "Tribune News Service"),
    "Project Syndicate": ("Project Syndicate",),
    "The Conversation": ("The Conversation",),
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
    "latimes.com": "Los Angeles Times",
    "aap.com.au": "AAP",
    "thecanadianpress.com": "CP",
    "pa.media": "PA Media",
    "kyodonews.net": "Kyodo",
    "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "interfax.com": "Interfax",
    "yna.co.kr": "Yonhap",
    "aa.com.tr": "Anadolu",
    "europapress.es": "Europa Press",
    "keystone-sda.ch": "SDA",
    "belga.be": "Belga",
    "project-syndicate.org": "Project Syndicate",
    "theconversation.com": "The Conversation",
}

# (the trailing run is matched from its start only, so a long run costs linear time)
_EDGES = re.compile(r"^[\s(©\-–—.]+|(?<![\s)\-–—.])[\s)\-–—.]++$")
_LOOKUP = {
    _EDGES.sub("", alias).casefold(): name
    for name, aliases in AGENCIES.items()
    for alias in aliases
}


@lru_cache(maxsize=1024)
def agency_of_host(host: str | None) -> str | None:
    """The agency whose own site ``host`` is ("apnews.com" -> "Associated Press")."""
    if not host:
        return None
    for agency_host, agency in AGENCY_HOSTS.items():
        if host == agency_host or host.endswith("." + agency_host):
            return agency
    return None


@lru_cache(maxsize=4096)
def canonical_source(text: str) -> str | None:
    """The canonical name of an agency/source as printed, or ``None`` if it is unknown."""
    return _LOOKUP.get(_EDGES.sub("", text).casefold())


def agency_table() -> str:
    """The agency table as Markdown (canonical name, aliases, own sites).

    ``docs/bylines.md`` includes it; ``tests/test_credit.py`` checks that the page is in
    sync with :data:`AGENCIES` and :data:`AGENCY_HOSTS`.
    """
    hosts: dict[str, list[str]] = {}
    for host, agency in AGENCY_HOSTS.items():
        hosts.setdefault(agency, []).append(host)
    rows = ["| Canonical name | Printed as | Own site |", "|---|---|---|"]
    for name, aliases in AGENCIES.items():
        printed = ", ".join(f"`{alias}`" for alias in aliases)
        own = ", ".join(f"`{host}`" for host in hosts.get(name, ())) or "—"
        rows.append(f"| {name} | {printed} | {own} |")
    return "\n".join(rows)
