"""Evening Standard (standard.co.uk): hashed classes; the text is in class-less wrappers.

Studied on a football analysis from May 2024. Every class is a styled-components hash
(``sc-hpEguC``), so the rule keys on structure: each body paragraph is a ``p`` inside two
class-less ``div``\\ s (``<div class=sc-..><div class=sc-..><div><div><p>``), inline
subheadings are bold ``p``\\ s, and image captions and credits are ``div``\\ s beside the
``picture`` (not ``p``). Inside the same ``article`` are the section label, related-story
cards (links wrapping a ``p`` title), the "MORE ABOUT" tags box (``#article-bottom``) and
the sidebar (``aside``): the generic extractor read the captions and credits ("Getty
Images") as paragraphs; the rule reads only the wrapped ``p`` blocks and drops the cards,
the tags box and asides. The printed ``h1`` is the headline (og:title, which the corpus
truth has, is a shorter variant); standfirst, author and date are read well by the
generic extractor (JSON-LD).
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

_TEXT = "div:not([class]) > div:not([class]) > "

RULES = RuleSet(
    publisher="Evening Standard",
    domains=("standard.co.uk",),
    body=Body(
        container="article",
        paragraphs=f"{_TEXT}p",
        headings=f"{_TEXT}h2, {_TEXT}h3",
        clean=("aside", "#article-bottom", "a:has(p)", *_EMBEDS),
    ),
)
