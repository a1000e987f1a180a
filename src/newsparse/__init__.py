"""newsparse: turn the HTML of a news article page into a validated, typed :class:`Article`.

>>> import newsparse
>>> article = newsparse.parse("<html><body><h1>Hello</h1><p>...</p></body></html>")
>>> article.headline
'Hello'
"""

from __future__ import annotations

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
