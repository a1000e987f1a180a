"""Coverage-guided fuzzing of :func:`newsparse.parse` with atheris (libFuzzer).

Run for as long as you like (``pip install -e '.[fuzz]'`` first)::

    python fuzz/make_seed_corpus.py          # fills fuzz/corpus/ from tests/fixtures
    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=3600 -timeout=20 -rss_limit_mb=4096

The first input byte picks how the rest is handed to ``parse``: as bytes (with or without
an ``encoding=`` argument, a URL) or as text. Anything but an :class:`~newsparse.Article`
or a :class:`~newsparse.NewsparseError` is a finding, and so is an Article that breaks an
invariant (non-http(s) URL, untrimmed or empty body block, no JSON round trip). libFuzzer
writes the input of a finding to ``crash-*`` / ``timeout-*``; turn each one into a
regression test in ``tests/test_robustness.py``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["newsparse"]):
    import newsparse
    from newsparse import Article

_ENCODINGS = (None, "utf-8", "windows-1252", "shift_jis", "utf-16", "x-unknown", "gb18030", "")
_URLS = (None, "https://example.com/news/a.html", "javascript:alert(1)", "http://[::1")


def _check(article: Article) -> None:
    urls = [article.url, *(i.url for i in article.images), *(a.url for a in article.authors)]
    for url in urls:
        if url is not None and not url.startswith(("http://", "https://")):
            raise AssertionError(f"non-http(s) URL in the Article: {url!r}")
    for block in article.body:
        if not block.text or block.text != block.text.strip():
            raise AssertionError(f"bad body block: {block.text!r}")
    if Article.model_validate_json(article.model_dump_json()) != article:
        raise AssertionError("the Article does not survive a JSON round trip")


def test_one_input(data: bytes) -> None:
    """libFuzzer entry point: one input, one parse."""
    if not data:
        return
    mode, payload = data[0], data[1:]
    page: str | bytes
    if mode & 1:
        try:  # surrogatepass lets lone surrogates (invalid in UTF-8) reach parse as text
            page = payload.decode("utf-8", errors="surrogatepass" if mode & 2 else "replace")
        except UnicodeDecodeError:
            page = payload.decode("utf-8", errors="replace")
    else:
        page = payload
    encoding = _ENCODINGS[(mode >> 2) % len(_ENCODINGS)]
    url = _URLS[(mode >> 5) % len(_URLS)]
    try:
        article = newsparse.parse(page, url, encoding=encoding)
    except newsparse.NewsparseError:
        return
    _check(article)


def main() -> None:
    """Start libFuzzer with the command-line arguments."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
