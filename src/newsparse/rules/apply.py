"""Applying one rule set to one page, field by field, with provenance.

:class:`PageRules` is what the article assembler asks for each field. It runs the rule
when there is one, and otherwise (no rule set, an omitted field, or a rule that found
nothing) calls the generic extractor it is given, rewriting the provenance so that it
names the rule set and says whether the generic value is a fallback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from newsparse._document import Document
from newsparse.errors import RuleError
from newsparse.extract.base import Found, source
from newsparse.extract.body import BodyResult
from newsparse.model import Block, Image, Source, Strategy
from newsparse.rules._css import node_value
from newsparse.rules.body import read_body
from newsparse.rules.convert import Converter
from newsparse.rules.model import Body, Field, RuleSet, Select

__all__ = ["PageRules"]

T = TypeVar("T")


def _function_name(function: object) -> str:
    return str(getattr(function, "__qualname__", None) or function)


class PageRules:
    """The rule set chosen for one page (or none), applied on demand, one field at a time."""

    def __init__(self, doc: Document, rule_set: RuleSet | None) -> None:
        self.doc = doc
        self.rule_set = rule_set
        self._generic_used: set[str] = set()
        self._caption_images: tuple[Image, ...] | None = None

    # ------------------------------------------------------------------ provenance

    def _source(self, detail: str, strategy: Strategy = Strategy.RULE) -> Source:
        """The provenance of a value found by (or for) the rule set: ``detail`` names how."""
        assert self.rule_set is not None
        return source(strategy, detail, self.rule_set.publisher, self.rule_set.version)

    def _relabel(self, source: Source, tried: str | None) -> Source:
        """The generic extractor's ``source``, naming the rule set (and the rule that missed)."""
        if tried is None:
            detail = f"generic {source.detail} (no rule)"
        else:
            detail = f"fallback: generic {source.detail} (rule found nothing: {tried})"
        return self._source(detail, source.strategy)

    def _generic(
        self, name: str, generic: Callable[[], Found[T] | None], tried: str | None
    ) -> Found[T] | None:
        self._generic_used.add(name)
        hit = generic()
        if hit is None or self.rule_set is None:
            return hit
        return Found(hit.value, self._relabel(hit.source, tried))

    def generic_used(self, name: str) -> bool:
        """Whether the generic extractor gave (or was asked for) the field ``name``."""
        return self.rule_set is None or name in self._generic_used

    # ------------------------------------------------------------------ fields

    def field(
        self, name: str, convert: Converter[T], generic: Callable[[], Found[T] | None]
    ) -> Found[T] | None:
        """The field ``name``: by its rule, else by ``generic()``; ``None`` when declared absent."""
        if self.rule_set is None:
            return generic()
        rule = self.rule_set.rule(name)
        if rule is None:
            return self._generic(name, generic, None)
        if isinstance(rule, Body):  # pragma: no cover - prevented by the model's types
            raise RuleError(f"rule set {self.rule_set.publisher!r}: {name} is not the body")
        if isinstance(rule, Field):
            if rule.declared_absent:
                return None
            for select in rule.select:
                value = self._run_select(rule, select, convert)
                if value is not None:
                    return Found(value, self._source(rule.label_for(select)))
            return self._generic(name, generic, rule.label)
        value = self._call(name, rule, convert)
        if value is not None:
            return Found(value, self._source(f"function {_function_name(rule)}"))
        return self._generic(name, generic, f"function {_function_name(rule)}")

    def _run_select(self, rule: Field, select: Select, convert: Converter[T]) -> T | None:
        tree, css, attr = self.doc.tree, select.css, select.attr
        if select.many:
            texts = tuple(v for v in (node_value(n, attr) for n in tree.css(css)) if v)
        else:
            first = tree.css_first(css)
            if first is None:
                return None
            value = node_value(first, attr)
            if not value:
                value = next((v for v in (node_value(n, attr) for n in tree.css(css)) if v), "")
            texts = (value,) if value else ()
        for transform in rule.then:
            if not texts:
                break
            texts = tuple(t for t in transform.apply(texts) if t)
        if not texts:
            return None
        value_out = convert.from_texts(self.doc, texts)
        return value_out if value_out else None

    def _call(
        self, name: str, function: Callable[[Document], object], convert: Converter[T]
    ) -> T | None:
        result = function(self.doc)
        if result is None:
            return None
        if isinstance(result, str):
            return convert.from_texts(self.doc, (result,)) if result else None
        if isinstance(result, list | tuple) and all(isinstance(v, str) for v in result):
            texts = tuple(v for v in result if v)
            return convert.from_texts(self.doc, texts) if texts else None
        value = convert.check(result)
        if value is None:
            assert self.rule_set is not None
            raise RuleError(
                f"rule set {self.rule_set.publisher!r}, field {name!r}: the function "
                f"{_function_name(function)} returned {type(result).__name__}, "
                f"expected {convert.expects} or None"
            )
        return value

    # ------------------------------------------------------------------ body and images

    def body(self, generic: Callable[[], BodyResult]) -> BodyResult:
        """The body blocks and container: by the body rule, else by ``generic()``."""
        if self.rule_set is None:
            return generic()
        rule = self.rule_set.body
        if rule is None:
            return self._generic_body(generic, None)
        if isinstance(rule, Body):
            read = read_body(self.doc, rule)
            if read is not None:
                if rule.captions is not None:
                    self._caption_images = read.images
                return BodyResult(read.blocks, read.container, self._source(rule.label))
            return self._generic_body(generic, rule.label)
        if isinstance(rule, Field):  # pragma: no cover - prevented by the model's types
            raise RuleError(f"rule set {self.rule_set.publisher!r}: body needs a Body rule")
        result = rule(self.doc)
        blocks = self._blocks(rule, result)
        if blocks:
            detail = f"function {_function_name(rule)}"
            return BodyResult(blocks, None, self._source(detail))
        return self._generic_body(generic, f"function {_function_name(rule)}")

    def _blocks(self, function: object, result: object) -> tuple[Block, ...]:
        if result is None:
            return ()
        if isinstance(result, Sequence) and not isinstance(result, str):
            blocks = []
            for item in result:
                if isinstance(item, Block):
                    blocks.append(item)
                elif isinstance(item, str):
                    if item.strip():
                        blocks.append(Block(text=item.strip()))
                else:
                    break
            else:
                return tuple(blocks)
        assert self.rule_set is not None
        raise RuleError(
            f"rule set {self.rule_set.publisher!r}, field 'body': the function "
            f"{_function_name(function)} returned {type(result).__name__}, "
            "expected a sequence of Block or str, or None"
        )

    def _generic_body(self, generic: Callable[[], BodyResult], tried: str | None) -> BodyResult:
        self._generic_used.add("body")
        result = generic()
        if result.source is None:
            return result
        return BodyResult(result.blocks, result.container, self._relabel(result.source, tried))

    def images(
        self, generic: Callable[[], Found[tuple[Image, ...]] | None]
    ) -> Found[tuple[Image, ...]] | None:
        """The images: from the body rule's captions when it has them, else ``generic()``."""
        if self.rule_set is None:
            return generic()
        body = self.rule_set.body
        if isinstance(body, Body) and body.captions is not None:
            if self._caption_images:
                return Found(self._caption_images, self._source(f"captions {body.captions!r}"))
            return self._generic("images", generic, f"captions {body.captions!r}")
        return self._generic("images", generic, None)
