"""Canada.com (o.canada.com), a Postmedia site on the Postmedia story template.

Studied on a travel story from June 2026 (the classic layout, as on nationalpost.com),
with a hidden affiliate disclaimer (``div[data-aqa="disclaimer-skimlinks"]``) at the top
of the story, dropped, and five photos whose ``span.caption`` ends with the credit
("Supplied"), which the caption reader splits off. See
:mod:`newsparse.publishers.national_post` for the template;
:func:`~newsparse.publishers.national_post.postmedia` builds the rules.
"""

from __future__ import annotations

from newsparse.publishers.national_post import postmedia

RULES = postmedia("Canada.com", "o.canada.com")
