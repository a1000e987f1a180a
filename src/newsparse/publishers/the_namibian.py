"""The Namibian (namibian.com.na): WordPress with the tagDiv "Newspaper" theme's blocks.

Studied on a news story from November 2023. The page is built from ``td_block_wrap``
blocks named by type (``tdb_title``, ``tdb_single_subtitle``, ``tdb_single_author``,
``tdb_single_featured_image``, ``tdb_single_content``) and numbered per page
(``tdi_69``: not used). The headline is ``h1.tdb-title-text``; the subtitle block holds
a second ``h1`` (a continuation of the headline, "... environmental groups concerned"),
so the headline has a rule rather than trusting "the ``h1``". The author is the
``a[rel=author]`` of ``div.tdb-author-name-wrap`` ("By Timo Shihepo"). The body
(``p`` paragraphs in ``tdb_single_content``; subheads are capitalised ``p`` lines, and
a ``<br>`` inside a ``p`` separates two paragraphs), the standfirst and the featured
image's caption are read well by the generic extractor, so they have no rules.
"""

from __future__ import annotations

from newsparse.rules import Field, RuleSet, Select

RULES = RuleSet(
    publisher="The Namibian",
    domains=("namibian.com.na",),
    headline=Field(Select(".tdb_title h1.tdb-title-text")),
    authors=Field(Select(".tdb_single_author .tdb-author-name-wrap a[rel='author']", many=True)),
)
