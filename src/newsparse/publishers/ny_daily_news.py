"""New York Daily News (nydailynews.com): the Tribune Publishing Arc XP story template.

Studied on a politics story of December 2016, as served by the Arc XP site: the same
template as the Chicago Tribune (see :mod:`newsparse.publishers.chicago_tribune`):
``h1.headline``, ``div.article_byline`` ("By <span>Meg Wagner</span>", then "NEW YORK
DAILY NEWS", the paper, not an author, and a ``time`` printing New York time, "Dec 16,
2016 at 1:38 pm", with no ``datetime`` or JSON-LD date), and the story
``article.article-body-wrapper-custom`` with ``p.body-paragraph`` paragraphs between ad
wrappers and inline photos (``div.figContainer``, captions read by the generic image
extractor). :func:`~newsparse.publishers.chicago_tribune.tribune_arc` builds the rules.
"""

from __future__ import annotations

from newsparse.publishers.chicago_tribune import tribune_arc

RULES = tribune_arc("New York Daily News", "nydailynews.com", "America/New_York")
