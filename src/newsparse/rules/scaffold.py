"""``newsparse rules scaffold``: a first rule-set module guessed from one page.

The generic extractor reads the page; for the headline, the byline and the body
container it found, the shortest selector that finds that same element first is written
down. The result is a starting point to review, not a finished rule set.
"""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import node_text
from newsparse.extract.article import extract_article
from newsparse.extract.body import extract_body

__all__ = ["scaffold", "selector_for"]

_IDENT = re.compile(r"^-?[_a-zA-Z][_a-zA-Z0-9-]*$")
# Classes that change between pages or builds (hashes, utility classes with digits).
_VOLATILE = re.compile(r"\d{3,}|^[a-z]{1,3}-\d|^css-|^sc-|__[a-zA-Z0-9]{5,}$")
_TEXT_TAGS = "h1, h2, h3, p, div, span, a, address, section, header, strong"


def _candidates(node: LexborNode) -> list[str]:
    tag = node.tag or "*"
    attrs = node.attributes
    out = []
    ident = attrs.get("id")
    if ident and _IDENT.match(ident) and not _VOLATILE.search(ident):
        out.append(f"#{ident}")
    classes = [
        c for c in (attrs.get("class") or "").split() if _IDENT.match(c) and not _VOLATILE.search(c)
    ]
    out.extend(f"{tag}.{c}" for c in classes)
    if len(classes) > 1:
        out.append(f"{tag}.{'.'.join(classes[:2])}")
    out.append(tag)
    return out


def selector_for(doc: Document, node: LexborNode) -> str | None:
    """The shortest simple selector whose first match in ``doc`` is ``node``, if any.

    Tries the id, then each class, then (for a parent with a usable selector) ``parent >
    tag``. ``None`` when nothing simple finds it first.
    """
    for candidate in _candidates(node):
        first = doc.tree.css_first(candidate)
        if first is not None and first.mem_id == node.mem_id:
            return candidate
    parent = node.parent
    if parent is not None and parent.tag not in (None, "html", "body"):
        for outer in _candidates(parent)[:-1]:
            for inner in _candidates(node):
                candidate = f"{outer} > {inner}"
                first = doc.tree.css_first(candidate)
                if first is not None and first.mem_id == node.mem_id:
                    return candidate
    return None


def _element_with_text(doc: Document, text: str, selector: str) -> LexborNode | None:
    for node in doc.tree.css(selector):
        if node_text(node) == text:
            return node
    return None


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def scaffold(doc: Document, *, publisher: str, domain: str, page_name: str) -> str:
    """The source of a publisher module for ``doc``'s layout (see the module docstring)."""
    article = extract_article(doc)
    lines = []
    notes = []
    if article.headline:
        node = _element_with_text(doc, article.headline, _TEXT_TAGS)
        css = selector_for(doc, node) if node is not None else None
        if css:
            lines.append(f"    headline=Field(Select({_quote(css)})),")
        else:
            notes.append("headline: no visible element found; the generic extractor reads it")
    if article.byline is not None:
        node = _element_with_text(doc, article.byline.text, _TEXT_TAGS)
        css = selector_for(doc, node) if node is not None else None
        if css:
            lines.append(f"    byline=Field(Select({_quote(css)})),")
            lines.append(f"    authors=Field(Select({_quote(css)}), then=(split_authors,)),")
        else:
            notes.append("byline: no element found; the generic extractor reads it")
    body = extract_body(doc)
    container = selector_for(doc, body.container) if body.container is not None else None
    if container:
        headings = (
            ', headings="h2, h3"'
            if body.container is not None and body.container.css_first("h2, h3")
            else ""
        )
        lines.append(f'    body=Body(container={_quote(container)}, paragraphs="p"{headings}),')
    else:
        notes.append("body: no container selector found; the generic extractor reads it")
    todo = "".join(f"# TODO {note}\n" for note in notes)
    names = ["RuleSet"]
    source = "\n".join(lines)
    names += [
        n
        for n in ("Body", "Field", "Select", "split_authors")
        if f"{n}(" in source or (n == "split_authors" and n in source)
    ]
    return (
        f'"""{publisher} ({domain}): rule set scaffolded from {page_name}.\n\n'
        "Review every selector on several pages (``newsparse rules check THIS_FILE --pages "
        "DIR``),\nremove the rules the generic extractor already gets right, and say in this "
        'docstring\nwhat the pages taught you.\n"""\n\n'
        "from __future__ import annotations\n\n"
        f"from newsparse.rules import {', '.join(sorted(names, key=str.casefold))}\n\n"
        f"{todo}"
        "RULES = RuleSet(\n"
        f"    publisher={_quote(publisher)},\n"
        f"    domains=({_quote(domain)},),\n" + "\n".join(lines) + ("\n" if lines else "") + ")\n"
    )
