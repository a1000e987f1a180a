"""Vocabulary for images: caption and credit markup, photo-credit wording, non-article regions.

Used by :mod:`newsparse.extract.images`. Every list is lower case. Class vocabularies are
matched as substrings of the lower-cased ``class`` attribute unless said otherwise; word
lists are matched against whole words of a caption's text. The class and URL patterns are
searched in lower-cased values, without ``re.IGNORECASE``: that flag makes them several
times slower, and they run on every candidate element.
"""

from __future__ import annotations

import re

__all__ = [
    "AGENCY_WORDS",
    "CAPTION_CLASS",
    "CAPTION_LABEL",
    "CAPTION_SELECTOR",
    "CAPTION_UI_TEXT",
    "CAPTION_UI_WORDS",
    "CJK_AGENCIES",
    "CJK_CREDIT_SUFFIX",
    "CJK_CREDIT_WORDS",
    "CREDIT_ATTR",
    "CREDIT_CLASS",
    "CREDIT_LABELS",
    "CREDIT_LABEL_HINT",
    "CREDIT_LABEL_PREFIX",
    "CREDIT_LINES",
    "IMAGE_SELECTOR",
    "LABELLED_CREDIT",
    "MORE_LINK_ARROWS",
    "MORE_LINK_WORDS",
    "NOT_ARTICLE_CLASS",
    "NOT_ARTICLE_TAGS",
    "NOT_CAPTION_SELECTOR",
    "PLACEHOLDER_SRC",
    "STANDALONE_CREDITS",
    "STRONG_CAPTION_CLASS",
    "TRAILING_CJK_CREDIT",
    "TRAILING_PAREN",
    "VIA_CREDIT",
    "VIDEO_CLASS",
    "VIDEO_LEVELS",
]

# Elements that hold a caption: ``figcaption``, ``itemprop=caption`` and class names used by
# CMSs (WordPress ``wp-caption-text``, ``image-caption``, ``media-caption``, German
# ``bildunterschrift``/``bu``, French ``legende``, ``infotext``, ``img-info``...). One CSS
# query; the class test below confirms the token for the substring selectors.
CAPTION_SELECTOR = (
    'figcaption, [itemprop="caption"], [class*="caption" i], [class*="legend" i], '
    '[class*="infotext" i], [class*="img-info" i], [class*="mediasubtitle" i], '
    '[class*="description" i], [class*="bildunterschrift" i], [class~="bu"]'
)
# Class substrings that mark a caption element (checked on the elements the selector found,
# so "description"/"subtitle" count only with an image-ish word next to them).
CAPTION_CLASS = re.compile(
    r"caption|legend|infotext|img-info|image-info|bildunterschrift|figcap|"
    r"(?:image|img|media|photo|picture|foto|bild)[-_]?(?:description|subtitle|text)|"
    r"(?:description|subtitle)[-_]?(?:image|img|media|photo|picture)|"
    r"mediasubtitle|(?:^|\s)bu(?:\s|$)"
)
# Class substrings that mark a photo credit inside (or next to) a caption:
# ``<span class="credit">``, ``copyright``, ``photographer``, German ``bildrechte``/``quelle``.
CREDIT_CLASS = re.compile(
    r"credit|copyright|photographer|fotograf|rights|quelle|urheber|courtesy|attribution|"
    r"(?:^|[\s_-])(?:source|src|author|byline|agency)(?:$|[\s_-])"
)
# ``itemprop`` values that mark a credit (schema.org ImageObject).
CREDIT_ATTR = frozenset({"copyrightholder", "author", "creator", "credittext"})

# Elements that carry the picture of an image unit.
IMAGE_SELECTOR = "img, picture, amp-img, video, iframe"
# Image ``src`` values that are placeholders of lazy loading, not the picture (file names
# such as blank.gif, German leer.gif, 1x1.png, spacer.gif; inline data; SVG icons).
PLACEHOLDER_SRC = re.compile(
    r"^data:|(?:^|/)(?:blank|empty|leer|index-transparent|transparent|placeholder|spacer|1x1|"
    r"pixel|lazy[-_]?load|loading)[^/?]*\.(?:gif|png|svg)(?:$|\?)|\.svg(?:$|\?)"
)

# Ancestors that are not the article: teasers of other stories, rails, ads, author boxes.
# Tags always skipped, and class/id substrings (lower case).
NOT_ARTICLE_TAGS = frozenset({"aside", "nav", "footer"})
# ("teaser" as a BEM modifier, "picture--teaser", is the article's own lead picture.)
NOT_ARTICLE_CLASS = re.compile(
    r"related|recommend|promo|sidebar|outbrain|taboola|advert|sponsor|newsletter|"
    r"avatar|author-img|author-image|author-box|authorbox|about-author|author-bio|portlet|comment|trending|popular|most-read|mostread|"
    r"read-more|readmore|more-stories|more-news|(?<!--)teaser|(?:^|[\s_-])(?:rail|nav|footer)(?:$|[\s_-])"
)

# Units (or their near ancestors) that are video players: a player's caption is not an
# image caption. Class substrings.
VIDEO_CLASS = re.compile(r"video|player|jwplayer|brightcove")
# Levels above a unit checked for a video player class.
VIDEO_LEVELS = 3

# Labels that introduce a photo credit: "Photo: Reuters", "Foto: dpa", "Bild: Hersteller",
# "Credit: X", "Quelle: X", Spanish "Fuente", Vietnamese "Ảnh", Russian "Фото", Zulu
# "Isithombe", Indonesian "Dok." (dokumentasi), Korean "사진 출처".
CREDIT_LABELS = (
    "photo",
    "photos",
    "photograph",
    "picture",
    "pictures",
    "pic",
    "image",
    "images",
    "credit",
    "credits",
    "photo credit",
    "image credit",
    "image source",
    "source",
    "foto",
    "fotos",
    "bild",
    "bilder",
    "bildquelle",
    "bildrechte",
    "symbolfoto",
    "symbolbild",
    "archivfoto",
    "quelle",
    "copyright",
    "fuente",
    "crédit",
    "crédits",
    "crédito",
    "créditos",
    "ảnh",
    "фото",
    "isithombe",
    "dok",
    "사진",
    "사진 출처",
    "写真",
    "kuva",
    "zdjęcie",
)
_LABELS = "|".join(sorted((re.escape(x) for x in CREDIT_LABELS), key=len, reverse=True))
# A labelled credit at the end of a caption ("... Foto: Peter Kneffel/dpa") or forming all of
# it ("Credit: Minky"); also "Photo by X" and NYT-style "Credit X". The label must start
# the caption or follow a sentence end, a bracket or a separator.
LABELLED_CREDIT = re.compile(
    r"(?:^|(?<=[\s.!?;|,\[(（»\"”'’])|(?<=[^\W\d_]\.))\s*+(?:[\[(（]\s*+)?"
    r"(?P<label>(?:" + _LABELS + r")\s*[:：=]|dok\.|(?:photo(?:graph)?|picture|image|foto)s?\s+by\b"
    r"|©|\(c\)|（c）)"
    r"\s*(?P<who>[^:\n]{1,120}?)\s*[\])）]?\s*$",
    re.IGNORECASE,
)
# The label at the start of a credit, dropped from ``Image.credit``: "Foto: ", "Photo by ",
# "© ", "사진 출처 = ". ("AP Photo/X" has no label: it is the credit as printed.)
CREDIT_LABEL_PREFIX = re.compile(
    r"(?:(?:" + _LABELS + r")\s*[:：=]|(?:photo(?:graph)?|picture|image|foto)s?\s+by\b|©|\(c\)|"
    r"（c）)\s*(?:©\s*)?",
    re.IGNORECASE,
)
# Every match of the two label patterns above holds one of these (in the lower-cased text):
# the patterns, slow as case-insensitive ones, are only tried where one occurs.
CREDIT_LABEL_HINT = re.compile(r"[:：=©]|dok\.|\(c\)|（c）|photo|picture|image|foto")
# Agencies and picture libraries: a trailing "Name/AP", "X via Getty Images", "(AP)" is a
# credit when it ends with one of these (lower case, matched as the last words).
AGENCY_WORDS = frozenset(
    {
        "ap",
        "afp",
        "reuters",
        "getty",
        "getty images",
        "dpa",
        "epa",
        "epa-efe",
        "efe",
        "pa",
        "pa wire",
        "pa media",
        "ansa",
        "anp",
        "apa",
        "keystone",
        "imago",
        "picture alliance",
        "picture-alliance",
        "shutterstock",
        "istock",
        "istockphoto",
        "alamy",
        "bloomberg",
        "xinhua",
        "sipa",
        "belga",
        "tass",
        "ria novosti",
        "upi",
        "aap",
        "the new york times",
        "the washington post",
        "the guardian",
        "nurphoto",
        "sopa images",
        "zuma press",
        "newscom",
        "abaca",
        "ntb",
        "tt",
        "ritzau scanpix",
        "scanpix",
        "lehtikuva",
        "ddp",
        "kyodo",
        "yonhap",
        "ap photo",
        "afp photo",
        "reuters photo",
    }
)
# A trailing "Name/Agency", "Name / Agency", "X via Getty Images" (without a label).
VIA_CREDIT = re.compile(r"(?:/|\bvia\b|\bfor\b|\bpara\b)\s*(?P<agency>[^/]{2,40}?)\s*$", re.I)
# "Courtesy (of) X" closing a caption, after the last sentence or in brackets:
# "... near Tamale. (Courtesy of Abena Owusu)", "... in 1962. Courtesy Hartley Archive".
COURTESY_CREDIT = re.compile(
    r"(?:(?<=[.!?])\s+\(?|\s*\()(?P<credit>courtesy(?:\s+of)?\s+[^()\n]{2,80}?)\)?\s*$",
    re.IGNORECASE,
)
# A credit line after the last sentence that ends "via Getty Images" (or another library):
# "... at a checkpoint. AFP via Getty Images".
VIA_LIBRARY_CREDIT = re.compile(
    r"(?<=[.!?])\s+(?P<credit>[A-Z][^.!?()\n]{0,60}?\bvia\s+(?:getty\s+images|reuters|"
    r"shutterstock|alamy|imago|ap|afp|epa))\s*$",
    re.IGNORECASE,
)
# The credit lines above, each with the word every match of it holds (lower case; the
# pattern is only tried where the word occurs).
CREDIT_LINES = ((COURTESY_CREDIT, "courtesy"), (VIA_LIBRARY_CREDIT, "via"))
# A trailing bracketed credit: "(AP Photo/Alex Brandon)", "(Yui Mok/PA)", "(AP)".
TRAILING_PAREN = re.compile(r"[\[(]\s*(?P<who>[^()\[\]]{2,120}?)\s*[\])]\s*$")
# Words that, alone at the end of a caption, are a credit: "... from the ground up. Supplied".
STANDALONE_CREDITS = frozenset(
    {
        "supplied",
        "handout",
        "privat",
        "private",
        "privatfoto",
        "getty images",
        "getty",
        "shutterstock",
        "istock",
        "istockphoto",
        "reuters",
        "ap",
        "afp",
        "dpa",
        "imago",
        "alamy",
        "sithunyelwe",
        "연합뉴스",
        "뉴시스",
        "뉴스1",
    }
)
# Korean/Japanese credit suffixes: "고영권 기자" (reporter), "（潟沼義樹撮影）" (photographed by).
CJK_CREDIT_SUFFIX = re.compile(r"(?:^|\s|[(（])(?P<who>[^\s()（）]{1,12}(?:\s?기자|撮影))[)）]?$")
# The suffixes as words, one of which every match holds (the pattern is tried only then).
CJK_CREDIT_WORDS = ("기자", "撮影")
# Labels a caption may start with, spoken by screen readers or printed: "Legende:", "Caption:".
CAPTION_LABEL = re.compile(
    r"^(?:legende|bildlegende|bildunterschrift|caption|image caption|photo caption|légende|"
    r"leyenda|didascalia)\s*:\s*",
    re.IGNORECASE,
)
# Interface text inside caption elements (toggle buttons rendered as text), removed.
CAPTION_UI_TEXT = re.compile(
    r"bildbeschreibung (?:einblenden|ausblenden)|(?:show|hide|toggle|expand) caption\s*[+–-]?|"
    r"bildunterschrift (?:einblenden|ausblenden)|légende (?:afficher|masquer)",
    re.IGNORECASE,
)
# Words one of which every match of it holds (lower case; the pattern is tried only then).
CAPTION_UI_WORDS = ("einblenden", "ausblenden", "caption", "afficher", "masquer")
# A link in a caption that leads on ("more >", "Mehr »", "Galerie ›"): not caption text.
# Arrows that end such a link, and whole link texts (lower case, arrows trimmed) that are one.
MORE_LINK_ARROWS = ">»›→"
MORE_LINK_WORDS = frozenset(
    {
        "more",
        "read more",
        "see more",
        "view more",
        "mehr",
        "weiterlesen",
        "zur galerie",
        "lire la suite",
        "plus",
        "más",
        "leer más",
        "altro",
        "meer",
        "mer",
        "mere",
    }
)
# Caption classes explicit enough to keep a caption whose image is not next to it.
STRONG_CAPTION_CLASS = re.compile(
    r"(?:image|img|photo|picture|media|foto|bild)[-_]?caption|wp-caption-text"
)
# Inside a caption, these mean it is a byline, a date line or a story teaser, not a caption.
NOT_CAPTION_SELECTOR = (
    "address, time, [rel~=author], blockquote, h1 a, h2 a, h3 a, h4 a, [class*=teaser i], "
    "[class*=overline i]"
)
# Japanese/Chinese captions end with "＝ＡＰ", "＝共同", "（Ｃ）共同通信社" (after NFKC).
TRAILING_CJK_CREDIT = re.compile(r"(?:=|\(c\)|©)\s*(?P<who>[^=()\s]{1,20})\s*$", re.IGNORECASE)
# What may follow "＝" as a credit (NFKC, lower case); anything else (a date, a place) stays.
CJK_AGENCIES = frozenset(
    {
        "ap",
        "afp",
        "epa",
        "ロイター",
        "共同",
        "共同通信",
        "共同通信社",
        "時事",
        "時事通信",
        "新華社",
        "聯合",
        "upi",
        "ゲッティ",
        "getty",
    }
)
