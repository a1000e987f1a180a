"""Images with captions and photo credits: ``<figure>``/``<figcaption>`` and JSON-LD ``image``."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import clean, node_text
from newsparse.extract.base import Found, found
from newsparse.model import Image, Strategy

__all__ = ["extract_images", "split_photo_credit"]

_CREDIT_CLASS = re.compile(r"credit|copyright|source|byline|photographer|author", re.IGNORECASE)
# "Photo: Reuters", "(AP Photo/Alex Brandon)", "Foto: X", "© X", trailing "/ Getty Images".
_TRAILING_CREDIT = re.compile(
    r"\s*(?:\((?P<paren>(?:[^()]*(?:photo|foto|bild|image|getty|reuters|afp|ap|pa|epa|"
    r"shutterstock|credit|©)[^()]*))\)"
    r"|(?:(?:photo|picture|image|foto|bild|credit|fotos?)\s*:\s*|©\s*)(?P<label>[^.()]{2,80}))\s*$",
    re.IGNORECASE,
)
_IMG_SRC_ATTRS = ("src", "data-src", "data-original", "data-lazy-src", "data-url")


def split_photo_credit(caption: str) -> tuple[str, str | None]:
    """Split a trailing photo credit off a caption: ``(caption, credit)``."""
    match = _TRAILING_CREDIT.search(caption)
    if not match or match.start() == 0:
        return caption, None
    credit = clean(match.group("paren") or match.group("label") or "")
    return caption[: match.start()].rstrip(" -–—|,"), credit or None


def _img_url(doc: Document, img: LexborNode | None) -> str | None:
    if img is None:
        return None
    attrs = img.attributes
    for attr in _IMG_SRC_ATTRS:
        value = attrs.get(attr)
        if value and not value.startswith("data:"):
            return doc.absolute(value)
    srcset = attrs.get("srcset") or attrs.get("data-srcset")
    if srcset:
        return doc.absolute(srcset.split(",")[0].strip().split(" ")[0])
    return None


def _figure_image(doc: Document, figure: LexborNode) -> Image | None:
    img = figure.css_first("img")
    caption_node = figure.css_first("figcaption")
    caption = credit = None
    if caption_node is not None:
        credit_nodes = [
            n
            for n in caption_node.css("*")
            if _CREDIT_CLASS.search(n.attributes.get("class") or "")
        ]
        text = node_text(caption_node)
        for node in credit_nodes:
            credit_text = node_text(node)
            if credit_text and credit_text in text:
                text = clean(text.replace(credit_text, " "))
                credit = credit_text
        caption, split = split_photo_credit(text)
        credit = credit or split
    alt = clean(img.attributes.get("alt") or "") if img is not None else ""
    url = _img_url(doc, img)
    if not (url or caption):
        return None
    return Image(url=url, caption=caption or None, credit=credit, alt=alt or None)


def extract_images(doc: Document, container: LexborNode | None) -> Found[tuple[Image, ...]] | None:
    """Images of the article: figures in (or just before) the body container, lead image."""
    images: list[Image] = []
    seen: set[str] = set()
    scope = container.parent if container is not None and container.parent else doc.tree.body
    for figure in scope.css("figure") if scope is not None else ():
        image = _figure_image(doc, figure)
        if image is not None and (image.url or image.caption or "") not in seen:
            seen.add(image.url or image.caption or "")
            images.append(image)
    if images:
        return found(tuple(images), Strategy.DOM, "figure")
    lead = doc.meta_first("og:image", "twitter:image")
    if lead:
        url = doc.absolute(lead[1])
        if url:
            return found((Image(url=url),), Strategy.META, lead[0])
    return None
