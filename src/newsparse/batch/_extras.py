"""Optional dependencies: import them on first use, or say which extra provides them."""

from __future__ import annotations

import importlib
from types import ModuleType

from newsparse.errors import NewsparseError

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(NewsparseError, ImportError):
    """An optional feature was used without the extra that provides it installed.

    The message names the extra, e.g. ``pip install 'newsparse[warc]'``.
    """


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module``, or raise :class:`MissingExtraError` naming ``extra``."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(
            f"{feature} needs the {extra!r} extra: pip install 'newsparse[{extra}]'"
        ) from None
