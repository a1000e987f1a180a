"""The Province (theprovince.com), a Postmedia site on the Postmedia story template.

Studied on a lifestyle story from June 2026 (the classic layout, as on nationalpost.com).
Shopping stories open with a hidden affiliate disclaimer
(``div[data-aqa="disclaimer-skimlinks"]``, "We independently select everything...")
inside the first story section: it is no paragraph, so it is dropped. See
:mod:`newsparse.publishers.national_post` for the template;
:func:`~newsparse.publishers.national_post.postmedia` builds the rules.
"""

from __future__ import annotations

from newsparse.publishers.national_post import postmedia

RULES = postmedia("The Province", "theprovince.com")
