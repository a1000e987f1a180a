"""Write the seed corpus of the fuzzer (``fuzz/corpus/``) from our own fixture pages.

Each fixture page becomes a few seeds (first byte = mode, see ``fuzz_parse.py``): as
UTF-8 bytes, as text, re-encoded in a legacy charset, and cut into head-only and
body-only slices so libFuzzer starts from small inputs. Only ``tests/fixtures`` (pages we
wrote) is used, never the evaluation corpus.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

_EXTRA = (
    b"<html><head><meta charset=shift_jis><title>\x93\x8c\x8b\x9e</title></head>"
    b"<body><h1>\x93\x8c\x8b\x9e</h1><p>text</p></body></html>",
    b'<html><head><script type="application/ld+json">{"@context":"https://schema.org",'
    b'"@type":"NewsArticle","headline":"H","author":{"@id":"#a"},"@graph":[{"@id":"#a",'
    b'"@type":"Person","name":"Jane Doe"}],"datePublished":"2024-03-05T10:00:00Z"}'
    b"</script></head><body><article><p>LONDON (Reuters) - Text.</p></article></body></html>",
    b"<div>" * 200 + b"<p>deep</p>",
    b"\xff\xfe" + "<p>utf-16 \u00e9</p>".encode("utf-16-le"),
)


def seeds() -> list[bytes]:
    """All seed inputs, mode byte included."""
    out: list[bytes] = []
    for path in sorted(FIXTURES.rglob("*.html")):
        page = path.read_bytes()
        text = page.decode("utf-8", errors="replace")
        out.append(b"\x00" + page)
        out.append(b"\x01" + page)
        out.append(b"\x08" + text.encode("cp1252", errors="replace"))
        cut = text.find("<body")
        if cut > 0:
            out.append(b"\x00" + text[:cut].encode())
            out.append(b"\x00" + text[cut : cut + 4096].encode())
    out.extend(b"\x00" + extra for extra in _EXTRA)
    return out


def main() -> None:
    """Write the seeds to the directory given (default ``fuzz/corpus``)."""
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "fuzz" / "corpus"
    target.mkdir(parents=True, exist_ok=True)
    for seed in seeds():
        (target / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
    print(f"{len(seeds())} seeds in {target}")


if __name__ == "__main__":
    main()
