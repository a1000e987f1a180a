"""Named vocabularies for the generic extractor: class/id tokens, meta keys, selectors.

Every word list the heuristics use lives here, under a name that says what it is for,
so that a reader can review (and a contributor extend) the vocabulary in one place.
Entries are lower case; class/id tokens match whole hyphen/underscore-separated words
or a prefix of a camelCase-free token, as documented with each list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

# --- metadata keys, in order of preference ------------------------------------------------

# <meta> keys for the headline (after JSON-LD); used to confirm or replace the <h1>.
HEADLINE_META = (
    "og:title",
    "twitter:title",
    "dc.title",
    "dcterms.title",
    "parsely-title",
    "sailthru.title",
    "title",
    "headline",
)
# <meta> keys for the summary / description shown as a standfirst.
DESCRIPTION_META = (
    "og:description",
    "description",
    "twitter:description",
    "dc.description",
    "dcterms.description",
    "sailthru.description",
)
# <meta> keys that name the publication time, strongest first (extract/dates.py). Only keys
# that mean "first published": "last-modified", "expiration" or crawl dates never go here.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "http://ogp.me/ns/article#published_time",
    "article:published",
    "article_published_time",
    "parsely-pub-date",
    "sailthru.date",
    "cxenseparse:publishtime",
    "cxenseparse:recs:publishtime",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "datepublished",
    "datecreated",
    "date.created",
    "publisheddate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "published_at",
    "published",
    "publication_date",
    "content:publishdate",
    "created-date",
    "pubdate",
    "pub_date",
    "article.published",
    "originalpublicationdate",
    "article_date_original",
    "og:published_time",
    "date.release",
    "date",
)
# <meta> keys that name the modification time, strongest first (extract/dates.py).
MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "http://ogp.me/ns/article#modified_time",
    "article:modified",
    "article_modified_time",
    "og:updated_time",
    "dcterms.modified",
    "dc.date.modified",
    "datemodified",
    "date.modified",
    "date.updated",
    "modified-date",
    "article.updated",
    "article_date_updated",
    "last_updated_date",
    "lastmod",
    "last-modified",
    "last_modified",
)
# <meta> keys that name authors (values may be names or profile URLs).
AUTHOR_META = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "og:article:author",
    "twitter:creator:name",
)
# <meta> keys for the site / publisher name.
PUBLISHER_META = (
    "og:site_name",
    "application-name",
    "publisher",
    "dc.publisher",
    "dcterms.publisher",
    "twitter:site:name",
    "al:android:app_name",
    "apple-mobile-web-app-title",
)
# <meta> keys for the section the article is filed under (after JSON-LD articleSection).
SECTION_META = (
    "article:section",
    "parsely-section",
    "sailthru.section",
    "section",
    "og:article:section",
    "category",
    "dc.subject",
    "article.section",
)
# <meta> keys for the article's tags / keywords (after JSON-LD keywords); comma-separated.
TAGS_META = (
    "article:tag",
    "news_keywords",
    "keywords",
    "parsely-tags",
    "sailthru.tags",
    "og:article:tag",
)
# <meta> keys naming the page language (after <html lang>, JSON-LD inLanguage; the
# http-equiv content-language header is read by extract_language itself).
LANGUAGE_META = (
    "og:locale",
    "content-language",
    "language",
    "dc.language",
    "dcterms.language",
    "inlanguage",
)

# --- body vocabularies (extract/body.py) ---------------------------------------------------

# Class/id words of containers that are never article text: navigation, share bars, rails,
# newsletter boxes, ads, comments, cookie banners, captions, author boxes. An element
# carrying one is skipped in the body and cannot be the container, unless it holds a large
# share of the page's paragraph text (then it wraps the article: "paywall", "has-sidebar").
# Matched against class_words() (parts split on space/-/_, camelCase words, joined pairs).
BOILERPLATE_TOKENS = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "footer",
        "masthead",
        "sidebar",
        "aside",
        "rail",
        "share",
        "shares",
        "sharing",
        "social",
        "sharebar",
        "newsletter",
        "subscribe",
        "signup",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "adslot",
        "adunit",
        "dfp",
        "sponsor",
        "sponsored",
        "related",
        "recommended",
        "recommendations",
        "recirc",
        "outbrain",
        "taboola",
        "mostread",
        "popular",
        "trending",
        "comments",
        "comment",
        "disqus",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "modal",
        "popup",
        "toolbar",
        "login",
        "embed",
        "caption",
        "figcaption",
        "byline",
        "bylines",
        "author",
        "authors",
        "bio",
        "tags",
        "keywords",
        "pagination",
        "pager",
        "prev",
        "previous",
        "next",
        "cta",
        "tooltip",
        "poll",
        "polls",
        "quiz",
        "survey",
        "webpush",
        "notification",
        "notifications",
        "onesignal",
        "airship",
        "pullquote",
        "factbox",
        "infobox",
        "infokasten",
        "faktenbox",
        "gallery",
        "slideshow",
        "carousel",
        "slider",
        "lightbox",
        "donation",
        "donate",
        "toast",
    }
)
# The part of BOILERPLATE_TOKENS that marks whole regions around an article (comments,
# recirculation rails, site chrome): such an element is dropped even when it holds more
# text than the article, unless it also names the article (ARTICLE_TOKENS) or wraps it.
HARD_BOILERPLATE_TOKENS = frozenset(
    {
        "comment",
        "comments",
        "disqus",
        "related",
        "recommended",
        "recommendations",
        "recirc",
        "outbrain",
        "taboola",
        "sidebar",
        "footer",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "cookie",
        "cookies",
        "consent",
        "newsletter",
        "mostread",
        "popular",
        "trending",
        "factbox",
        "infobox",
        "infokasten",
        "faktenbox",
        "gallery",
        "slideshow",
        "carousel",
        "slider",
        "lightbox",
    }
)
# The specific part of BODY_TOKENS: words that name the article itself, not any post or
# text ("user-post-box" is a comment). They let a hard-boilerplate-named element be judged
# by its text instead ("article has-comments").
ARTICLE_TOKENS = frozenset(
    {"article", "articlebody", "story", "storybody", "artikel", "postbody", "richtext", "prose"}
)
# Prefixes of run-together class words ("relatedArticles" -> "relatedarticles",
# "socialIcons") that mark the same boilerplate as BOILERPLATE_TOKENS.
BOILERPLATE_PREFIXES = (
    "related",
    "newsletter",
    "social",
    "sharing",
    "sidebar",
    "advert",
    "outbrain",
    "taboola",
    "breadcrumb",
    "recommend",
    "mostread",
    "mostpopular",
    "cookie",
    "teaser",
    "calltoaction",
)
# Weaker class/id tokens: page furniture that may wrap text (teasers, meta lines, promos,
# headers, timestamps). Skipped in the body only when the element holds little paragraph text.
WEAK_BOILERPLATE_TOKENS = frozenset(
    {
        "header",
        "promo",
        "promoted",
        "promotion",
        "teaser",
        "teasers",
        "widget",
        "topics",
        "tag",
        "meta",
        "date",
        "time",
        "timestamp",
        "readmore",
        "more",
        "overlay",
        "subscription",
        "paywall",
        "premium",
        "print",
        "skip",
        "jump",
        "credit",
        "credits",
        "copyright",
        "disclaimer",
        "photo",
        "image",
        "img",
        "picture",
        "media",
        "video",
        "player",
        "audio",
        "whatsapp",
        "bookmark",
        "excerpt",
        "interactive",
        "graphic",
        "chart",
        "infographic",
        "datawrapper",
        "flourish",
    }
)
# Class/id words naming the article text itself: they raise a container's score, and a
# sibling block sharing such a class name with the winner is read as more of the article.
BODY_TOKENS = frozenset(
    {
        "article",
        "content",
        "story",
        "body",
        "text",
        "entry",
        "post",
        "main",
        "prose",
        "artikel",
        "richtext",
        "articlebody",
        "storybody",
        "postbody",
        "blogpost",
        "paragraph",
        "paragraphs",
    }
)
# Inline elements: their text continues the paragraph around them (no block break).
INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "acronym",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "label",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "nobr",
        "ruby",
        "rb",
        "rt",
        "rp",
    }
)
# Exact class names (or BEM modifiers ending "--hidden"/"--hide") that hide an element
# (display:none, or text for screen readers only). A responsive variant in the same class
# attribute ("hidden md:block", "d-none d-lg-block") shows it again on a desktop.
HIDDEN_CLASSES = frozenset(
    {
        "hidden",
        "hide",
        "is-hidden",
        "u-hidden",
        "d-none",
        "display-none",
        "invisible",
        "visually-hidden",
        "visuallyhidden",
        "sr-only",
        "sr-text",
        "screen-reader-text",
        "screen-reader-only",
        "screenreader-only",
        "element-invisible",
        "offscreen",
        "a11y-hidden",
    }
)
HIDDEN_SUFFIXES = ("--hidden", "--hide")
# Prefixes of run-together hiding classes ("hideCompletely", "hidden-visually"), unless
# the name has a device/medium word ("hidden-xs", "hide-on-mobile", "hide-for-small-only",
# "hidden-print"): those hide the element somewhere else than on a desktop screen.
HIDDEN_PREFIXES = ("hide", "hidden")
HIDDEN_QUALIFIERS = frozenset(
    {
        "xs",
        "sm",
        "md",
        "lg",
        "xl",
        "xxl",
        "small",
        "medium",
        "large",
        "print",
        "mobile",
        "desktop",
        "tablet",
        "phone",
        "app",
        "amp",
    }
)
# Responsive variants that show an element hidden by default: a breakpoint prefix
# ("md:", "d-lg-") followed by a display value ("md:block", "d-lg-flex").
RESPONSIVE_SHOW_PREFIXES = ("sm:", "md:", "lg:", "xl:", "2xl:", "d-sm-", "d-md-", "d-lg-", "d-xl-")
DISPLAY_VALUES = frozenset(
    {"block", "flex", "grid", "inline", "inline-block", "inline-flex", "table", "contents"}
)
# Elements never part of the body text.
NON_CONTENT_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "nav",
    "footer",
    "aside",
    "header",
    "object",
    "embed",
    "canvas",
    "map",
    "dialog",
    "menu",
)
# Elements whose content is not body text even inside the container: media, captions, the
# page title. (Captions belong to images, never to the body.)
MEDIA_TAGS = frozenset(
    {"figure", "figcaption", "picture", "img", "video", "audio", "source", "h1", "option"}
)
# Whole-line labels that are page furniture, not text (compared lower-cased, trailing
# punctuation removed): ad labels, "read more" teasers, share prompts, in many languages.
FURNITURE_LABELS = frozenset(
    {
        "advertisement",
        "advert",
        "ad",
        "anzeige",
        "werbung",
        "publicité",
        "publicidad",
        "pubblicità",
        "publicidade",
        "reklame",
        "reklama",
        "annons",
        "annonse",
        "mainos",
        "advertentie",
        "sponsored",
        "read more",
        "read next",
        "read also",
        "also read",
        "see also",
        "related",
        "related articles",
        "related stories",
        "more on this story",
        "continue reading",
        "continue reading below",
        "story continues below",
        "story continues below advertisement",
        "article continues below",
        "article continues below advertisement",
        "content continues below",
        "scroll to continue with content",
        "weiterlesen",
        "mehr zum thema",
        "lesen sie auch",
        "auch interessant",
        "lire aussi",
        "à lire aussi",
        "leggi anche",
        "lee también",
        "czytaj więcej",
        "czytaj też",
        "zobacz też",
        "para saber más",
        "leia também",
        "les også",
        "läs också",
        "share",
        "share this article",
        "share this",
        "comments",
        "skip advert",
        "skip ad",
        "pr",
        "広告",
        "スポンサードリンク",
        "スポンサード リンク",
        "関連記事",
        "関連エントリ",
        "おすすめ記事",
    }
)
# Class/id words of subheadings set as <p>/<div> ("mid_title", "crosshead"): such a block is
# read as a HEADING, not a paragraph.
SUBHEADING_TOKENS = frozenset(
    {
        "subtitle",
        "subheading",
        "subhead",
        "subheadline",
        "crosshead",
        "intertitle",
        "midtitle",
        "zwischentitel",
        "zwischenueberschrift",
        "subtitulo",
        "sottotitolo",
    }
)
# Class/id words of a standfirst set inside the article ("intro", "lead", "dek"). A short
# block so named is the standfirst (its own field), not body text.
STANDFIRST_TOKENS = frozenset({"lead", "intro", "standfirst", "summary", "dek"})
# Class names of page layout (grid rows and columns, clearfix wrappers): two siblings
# sharing only these are not parts of one component. ("col-md-8": prefixes below.)
LAYOUT_CLASSES = frozenset(
    {
        "row",
        "col",
        "column",
        "columns",
        "container",
        "container-fluid",
        "clearfix",
        "cf",
        "grid",
        "wrapper",
        "wrap",
        "inner",
        "flex",
        "group",
    }
)
LAYOUT_CLASS_PREFIXES = ("col-", "grid-", "row-", "flex-", "d-", "m-", "mx-", "my-", "p-")
# Class/id words of a quotation box set beside the text ("module-quote", "zitat"). A
# blockquote or such a box whose text is repeated elsewhere in the body is a pull quote.
QUOTE_TOKENS = frozenset({"quote", "blockquote", "zitat", "citation", "cita", "citazione"})
# Characters of ornamental scene breaks ("***", "◇", "* * *"): a line made only of these
# (and spaces) is kept in the body; other lines without a letter or digit are dropped.
SCENE_BREAK_CHARS = frozenset("*◇◆■□●○★☆#~⁂§†")
# Class/id tokens of social-media embeds rendered as <blockquote> (not quotations).
EMBED_TOKENS = frozenset(
    {"twitter", "tweet", "instagram", "tiktok", "facebook", "reddit", "bluesky", "embed"}
)

_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_SEPARATORS = str.maketrans("-_", "  ")
# Words of a class value: lower-case runs, capitalised words, acronyms, digit runs.
_CLASS_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
# What separates the words of an attribute value for CSS ``~=`` (not all of str.split()'s).
_CSS_SPACE = re.compile(r"[ \t\n\r\f]+")
# How many distinct class/id strings keep their tokens cached (pages repeat class names).
_CLASS_CACHE_SIZE = 8192


@lru_cache(maxsize=_CLASS_CACHE_SIZE)
def class_tokens(value: str) -> frozenset[str]:
    """Split a ``class``/``id`` value into lower-case word tokens ("c-Byline__name" -> ...)."""
    return frozenset(t for t in _TOKEN_SPLIT.split(value.lower()) if t)


def has_word(value: str | None, word: str) -> bool:
    """Whether ``word`` is one of the words of an attribute ``value``, as the CSS selector
    ``[attr~="word"]`` reads it (case-sensitive, split on CSS whitespace only)."""
    return value is not None and word in value and word in _CSS_SPACE.split(value)


@lru_cache(maxsize=_CLASS_CACHE_SIZE)
def class_words(value: str) -> frozenset[str]:
    """Like :func:`class_tokens`, but also splits camelCase and CSS-module names.

    ``"Article_elementPoll__0I_DP relatedLinks"`` -> article, element, poll, related,
    links (plus the whole lower-cased tokens, so run-together words still match).
    Split-off words shorter than four letters are dropped: in hashed class names
    ("sc-eAdK2s") they are noise. Two neighbouring parts of one name are also joined
    ("mid_title" -> midtitle, "sub-headline" -> subheadline).
    """
    low = value.lower()
    words = set()
    for name in low.split():
        parts = name.translate(_SEPARATORS).split()
        words.update(parts)
        words.update(a + b for a, b in pairwise(parts))
    if low != value:
        words.update(w.lower() for w in _CLASS_WORD.findall(value) if len(w) >= 4)
    words.discard("")
    return frozenset(words)
