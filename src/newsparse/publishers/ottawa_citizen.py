"""Ottawa Citizen (ottawacitizen.com), a Postmedia site on the Postmedia story template.

Studied on a story from May 2026 in the "story-v2" layout: ``article.story-v2-article-
content-story``, each paragraph (``p``) or subheading (``h3``) in its own
``section.article-content__content-group--story`` > ``div.story-v2-content-element-inline``,
ads and "Read More" boxes in sections of their own; the closing house promo is an
italic block linking to the homepage. See :mod:`newsparse.publishers.national_post` for
the template; :func:`~newsparse.publishers.national_post.postmedia` builds the rules.
"""

from __future__ import annotations

from newsparse.publishers.national_post import postmedia

RULES = postmedia("Ottawa Citizen", "ottawacitizen.com")
