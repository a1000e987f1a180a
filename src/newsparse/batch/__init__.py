"""Parse many pages: files, folders, WARC files and standard input, in parallel.

This is what ``newsparse PAGE...`` runs when given several pages, a folder, a WARC file or
an output option (see :doc:`/scale`). In Python::

    from newsparse.batch import Options, expand_inputs, pages_in, parse_pages

    pages = pages_in(expand_inputs(["pages/", "crawl.warc.gz"]))
    for result in parse_pages(pages, Options(rules="generic"), jobs=4):
        if result.ok:
            print(result.url, result.article().headline)
        else:
            print(result.source, result.error_type, result.error_message)

Every result carries its row as a JSON line: ``source``, ``record`` (the WARC record id),
``url``, ``article`` and ``error``; :func:`row_columns` describes it for columnar formats.
"""

from __future__ import annotations

from newsparse.batch._extras import MissingExtraError
from newsparse.batch._output import (
    Format,
    JsonLinesWriter,
    ParquetWriter,
    Writer,
    arrow_schema,
    open_writer,
)
from newsparse.batch._pages import (
    DEFAULT_GLOBS,
    FilePage,
    HtmlPage,
    Page,
    expand_inputs,
    pages_in,
)
from newsparse.batch._rules import DEFAULT, GENERIC, resolve_rules, rules_for
from newsparse.batch._run import (
    Options,
    PageResult,
    Summary,
    default_jobs,
    parse_page,
    parse_pages,
    run_batch,
)
from newsparse.batch._schema import Column, ListOf, Scalar, StructOf, row_columns

__all__ = [
    "DEFAULT",
    "DEFAULT_GLOBS",
    "GENERIC",
    "Column",
    "FilePage",
    "Format",
    "HtmlPage",
    "JsonLinesWriter",
    "ListOf",
    "MissingExtraError",
    "Options",
    "Page",
    "PageResult",
    "ParquetWriter",
    "Scalar",
    "StructOf",
    "Summary",
    "Writer",
    "arrow_schema",
    "default_jobs",
    "expand_inputs",
    "open_writer",
    "pages_in",
    "parse_page",
    "parse_pages",
    "resolve_rules",
    "row_columns",
    "rules_for",
    "run_batch",
]
