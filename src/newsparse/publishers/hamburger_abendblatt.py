"""Hamburger Abendblatt (abendblatt.de), a FUNKE site: a body rule.

Studied on pages from April 2024 and September 2025 (the FUNKE layout shared with WAZ and
the Braunschweiger Zeitung) and one from May 2020 (an older layout with
``h2.article__header__headline`` and no ``div.article-body``). On the 2024 and 2025
pages the story text is the direct ``p`` and ``h3`` children of ``div.article-body``;
the 2024 page opens it with the standfirst (``p.font-medium``, "Hamburg. ..."), which the
generic standfirst takes out of the body again. Inside ``div.article-body`` also sit
figures (``figcaption``), ad slots (``aside``), link lists (``ul``), boxes with ``h4``
headings (``div.not-prose``) and inline teasers, a direct ``p`` of a bold label and a
link ("Lesen Sie auch: ..."). The body rule is the FUNKE body function of
:mod:`newsparse.publishers.bsz`, which reads the direct children and skips such teasers.

Headline (``hgroup h2``), authors (``address``), date (``time``) and captions are read
well by the generic extractor. On the 2020 layout the function finds nothing and the
generic extractor reads the page.
"""

from __future__ import annotations

from newsparse.publishers.bsz import funke_body
from newsparse.rules import RuleSet

RULES = RuleSet(
    publisher="Hamburger Abendblatt",
    domains=("abendblatt.de",),
    body=funke_body,
)
