"""9News (9news.com.au): React article pages with one ``div.block-content`` per block.

Studied on a wire story from January 2024. ``article.article`` holds
``div.article__header`` (headline ``h1.article__headline``; byline
``div.author__profile``, "By Jane Doe" or "By Associated Press", and a ``time`` with the
local time in ``datetime``) and ``div.article__body``. Every block of the body is a
``div.block-content`` wrapping a styled-components ``div`` (a hashed class, so the rule
names it by structure only) with the text in ``span``s and links; subheadings are an
``h3`` in that ``div``. "READ MORE:" teasers are blocks of their own made of a bold
label and a link to another story: dropped. A paragraph that is only a link (plus a
full stop) is text of the story, which the generic extractor dropped as link-heavy; the
rule keeps it. Photos are ``figure.article__image`` with ``figcaption.article__caption``
ending in the credit in parentheses ("(AP)", "(Nine)"); the generic image extractor
finds them all (and splits off the agency credits it knows), so captions have no rule.
An agency printed as the byline ("By Associated Press") gives no author name.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

_BLOCK = "div.article__body div.block-content > div"

RULES = RuleSet(
    publisher="9News",
    domains=("9news.com.au",),
    headline=Field(Select("div.article__header h1.article__headline")),
    authors=Field(Select("div.article__header .author__profile"), then=(split_authors,)),
    body=Body(
        container="div.article__body",
        # Not the subheading blocks: a block both selectors match would be read twice.
        paragraphs=f"{_BLOCK}:not(:has(> h2)):not(:has(> h3))",
        headings=f"{_BLOCK}:has(> h2), {_BLOCK}:has(> h3)",
        clean=(
            # "READ MORE: <link>" teasers: a bold label, then only a link.
            f"{_BLOCK}:has(> strong:first-child + a:last-child)",
            f"{_BLOCK}:has(> strong:first-child + span + a:last-child)",
        ),
    ),
)
