"""The exceptions newsparse raises.

Every exception is a subclass of :class:`NewsparseError`, so one ``except`` clause is enough
to catch anything the library raises on purpose. Input problems are also ``ValueError``\\ s::

    NewsparseError
    ├── InputError (ValueError)          the input cannot be treated as an HTML page
    │   ├── EmptyInputError              nothing but whitespace / NUL bytes
    │   ├── NotHTMLError                 binary data, or text with no markup at all
    │   ├── DecodingError                bytes that no plausible encoding decodes
    │   ├── InputTooLargeError           larger than the configured limit
    │   └── InputTypeError (TypeError)   neither ``str`` nor ``bytes``
    └── RuleError (ValueError)           a malformed publisher rule set

A page that parses but lacks a field is not an error: the field is ``None`` (or empty).
"""

from __future__ import annotations

__all__ = [
    "DecodingError",
    "EmptyInputError",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "NewsparseError",
    "NotHTMLError",
    "RuleError",
]


class NewsparseError(Exception):
    """Base class of every exception newsparse raises on purpose."""


class InputError(NewsparseError, ValueError):
    """The input cannot be treated as an HTML page."""


class EmptyInputError(InputError):
    """The input is empty (or only whitespace and NUL bytes)."""


class NotHTMLError(InputError):
    """The input is binary data or text that carries no HTML markup."""


class DecodingError(InputError):
    """The input bytes cannot be decoded with any plausible encoding."""


class InputTooLargeError(InputError):
    """The input is larger than the ``max_bytes`` limit passed to :func:`newsparse.parse`."""


class InputTypeError(InputError, TypeError):
    """The input is neither ``str`` nor ``bytes`` (e.g. ``None`` or a file object)."""


class RuleError(NewsparseError, ValueError):
    """A publisher rule set is malformed.

    The message names the rule set (or the file it came from), the field and the problem.
    """
