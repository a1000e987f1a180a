"""Platform fingerprints: cheap checks that a page comes from a shared publishing platform.

Many sites run on one platform (WordPress, Arc XP) and share its markup. A rule set for
the platform carries a :class:`Fingerprint` instead of (or beside) domains; the registry
tries fingerprints only for pages whose host no rule set claims.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from newsparse._document import Document
from newsparse.rules._css import check_css

__all__ = ["ARC_XP", "WORDPRESS", "Fingerprint"]


class Fingerprint(BaseModel):
    """How to recognise a platform: a ``<meta name="generator">`` prefix and/or an element.

    The page matches when its generator starts with ``generator`` (case-insensitive) or
    when ``selector`` finds an element. The generator check is a dictionary look-up; the
    selector walks the page once, so keep it specific.

    >>> Fingerprint(name="WordPress", generator="WordPress")
    Fingerprint(name='WordPress', generator='WordPress', selector=None)
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    name: str
    generator: str | None = None
    selector: str | None = None

    @field_validator("selector")
    @classmethod
    def _valid_css(cls, value: str | None) -> str | None:
        return check_css(value) if value is not None else None

    @model_validator(mode="after")
    def _has_a_check(self) -> Fingerprint:
        if self.generator is None and self.selector is None:
            raise ValueError(f"fingerprint {self.name!r} needs a generator or a selector")
        return self

    def matches(self, doc: Document) -> bool:
        """Whether ``doc`` carries this fingerprint."""
        if self.generator is not None:
            prefix = self.generator.casefold()
            if any(v.casefold().startswith(prefix) for v in doc.meta.get("generator", ())):
                return True
        return self.selector is not None and doc.tree.css_first(self.selector) is not None


# Each selector is one :is() list, not "a, b": Lexbor walks the page once per
# comma-separated alternative, and these walks run on every page no host claims.
WORDPRESS = Fingerprint(
    name="WordPress",
    generator="WordPress",
    selector='link:is([href*="/wp-content/"], [href*="/wp-includes/"])',
)
"""WordPress: its generator tag, or stylesheets under ``/wp-content/`` or ``/wp-includes/``."""

ARC_XP = Fingerprint(name="Arc XP", selector='script:is(#fusion-metadata, [src*="/pf/dist/"])')
"""Arc XP (Fusion): the ``fusion-metadata`` script or its ``/pf/dist/`` bundles."""
