"""newsparse: turn the HTML of a news article page into a validated, typed :class:`Article`.

>>> import newsparse
>>> article = newsparse.parse("<html><body><h1>Hello</h1><p>...</p></body></html>")
>>> article.headline
'Hello'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from newsparse._api import parse
from newsparse._limits import Limits
from newsparse.errors import (
    DecodingError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    InputTypeError,
    NewsparseError,
    NotHTMLError,
    RuleError,
)

if TYPE_CHECKING:
    from newsparse.model import (
        Article,
        Author,
        Block,
        BlockKind,
        Byline,
        Credit,
        Dateline,
        Image,
        Provenance,
        Source,
        Strategy,
        article_json_schema,
    )
    from newsparse.rules import Body, Field, Registry, RuleSet, RuleVersions, Select, load_rules

__all__ = [
    "Article",
    "Author",
    "Block",
    "BlockKind",
    "Body",
    "Byline",
    "Credit",
    "Dateline",
    "DecodingError",
    "EmptyInputError",
    "Field",
    "Image",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "Limits",
    "NewsparseError",
    "NotHTMLError",
    "Provenance",
    "Registry",
    "RuleError",
    "RuleSet",
    "RuleVersions",
    "Select",
    "Source",
    "Strategy",
    "article_json_schema",
    "load_rules",
    "parse",
]

__version__ = "0.1.0"

# The modules of the public names not imported above, loaded on first use so that
# ``import newsparse`` stays cheap (the model needs pydantic; the rules, the extractors).
_LAZY_MODULES = ("newsparse.model", "newsparse.rules")


def __dir__() -> list[str]:
    """The module's names, the ones not loaded yet included."""
    return sorted({*globals(), *__all__})


# Hidden from type checkers, which see the names imported above: a module __getattr__
# would make them accept any name at all.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """Load a public name on first access (PEP 562) and keep it in the module."""
        if name in __all__:
            for module_name in _LAZY_MODULES:
                module = import_module(module_name)
                if name in module.__all__:
                    value = getattr(module, name)
                    globals()[name] = value
                    return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
