"""The ``newsparse`` command (also ``python -m newsparse``).

::

    newsparse PAGE.html [--url URL] [--as-of DATE] [--generic | --rules FILE]
    newsparse PAGE_OR_DIR_OR_WARC... [-o OUT.jsonl|OUT.parquet] [--jobs N] [--unordered]
              [--glob PATTERN] [--exclude PATTERN] [--resume | --force] [--no-progress]
    newsparse rules list
    newsparse rules check PATH_OR_NAME --pages DIR [--as-of DATE]   (exit 1 on a golden diff)
    newsparse rules scaffold PAGE.html --publisher NAME --domain DOMAIN [--out FILE]

``PAGE`` may be ``-`` (standard input) and may be gzipped (``.gz``). Errors are printed
on standard error and exit with status 1.

One page prints its Article as pretty JSON. Several inputs, a folder (searched
recursively), a WARC file, or any batch option (``--output``, ``--jobs``, ``--batch``...)
run a batch instead: one JSON line per page (``source``, ``record``, ``url``, ``article``,
``error``), a progress bar on a terminal, a summary on standard error, and exit status 0
when every page parsed, 1 when any failed, 130 when interrupted (``--resume`` continues).
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from newsparse._api import parse
from newsparse._document import Document
from newsparse.batch import (
    DEFAULT,
    DEFAULT_GLOBS,
    GENERIC,
    Format,
    Options,
    default_jobs,
    expand_inputs,
    open_writer,
    pages_in,
    rules_for,
    run_batch,
)
from newsparse.batch import resolve_rules as _resolve_rules
from newsparse.batch._extras import require
from newsparse.errors import NewsparseError
from newsparse.model import Article
from newsparse.rules.choose import Rules
from newsparse.rules.model import FIELD_NAMES, Field, RuleSet
from newsparse.rules.registry import default_registry
from newsparse.rules.scaffold import scaffold
from newsparse.rules.versions import RuleVersions
from newsparse.testing import check_rule_set, golden_pages, read_page
from newsparse.warc import is_warc, looks_like_warc

__all__ = ["main"]

_PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


def _read_page(name: str, stdin: bytes | None = None) -> bytes:
    if name != "-":
        path = Path(name)
        try:
            return read_page(path)
        except (EOFError, gzip.BadGzipFile) as exc:
            raise NewsparseError(f"{name}: cannot decompress: {exc}") from None
    data = sys.stdin.buffer.read() if stdin is None else stdin
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
    return jobs


def _as_of(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


# ---------------------------------------------------------------- commands


def _cmd_page(args: argparse.Namespace, out: TextIO) -> int:
    stdin: bytes | None = None
    if args.inputs == ["-"] and not _batch_requested(args):
        stdin = sys.stdin.buffer.read()
        if looks_like_warc(stdin):
            return _cmd_batch(args, out, stdin)
    elif _is_batch(args):
        return _cmd_batch(args, out, None)
    rules: Rules = "default"
    if args.generic:
        rules = None
    elif args.rules:
        rules = _resolve_rules(args.rules)
    (page,) = args.inputs
    article = parse(_read_page(page, stdin), args.url, rules=rules, as_of=args.as_of)
    out.write(article.model_dump_json(indent=2) + "\n")
    return 0


_BATCH_FLAGS = ("output", "format", "jobs", "unordered", "glob", "exclude", "resume", "batch")


def _batch_requested(args: argparse.Namespace) -> bool:
    return any(getattr(args, flag) not in (None, False, []) for flag in _BATCH_FLAGS)


def _is_batch(args: argparse.Namespace) -> bool:
    if len(args.inputs) > 1 or _batch_requested(args):
        return True
    (name,) = args.inputs
    return name != "-" and (Path(name).is_dir() or is_warc(name))


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _cmd_batch(args: argparse.Namespace, out: TextIO, stdin: bytes | None) -> int:
    output = Path(args.output) if args.output else None
    fmt: Format = "parquet" if output and output.suffix == ".parquet" else "jsonl"
    if args.format:
        fmt = args.format
    files = expand_inputs(args.inputs, include=args.glob or DEFAULT_GLOBS, exclude=args.exclude)
    if args.url and len(files) > 1:
        raise NewsparseError("--url names one page: give one input file with it")
    options = Options(rules=GENERIC if args.generic else args.rules or DEFAULT, as_of=args.as_of)
    rules_for(options.rules)  # a bad rule set fails now, not once per page
    warc = any(name == "-" or is_warc(name) for name in files)
    if any(is_warc(name) for name in files):
        require("fastwarc.warc", "warc", "reading WARC files")  # before, not during, the run
    total = None if warc else len(files)
    pages = pages_in(files, url=args.url, stdin=io.BytesIO(stdin) if stdin is not None else None)
    writer, done = open_writer(output, out, format=fmt, resume=args.resume, force=args.force)
    try:
        try:
            summary = run_batch(
                pages,
                writer.write,
                options,
                jobs=args.jobs or default_jobs(),
                ordered=not args.unordered,
                skip=done,
                progress=args.progress,
                total=total,
            )
        finally:
            writer.close()
    except BrokenPipeError:
        # Whoever read our output stopped (``newsparse DIR | head``): stop quietly.
        _silence_stdout()
        return 1
    if not args.quiet:
        print(f"newsparse: {summary}", file=sys.stderr)
    if summary.interrupted:
        again = f" (newsparse ... -o {output} --resume continues)" if output else ""
        print(f"newsparse: interrupted; the output has every page finished{again}", file=sys.stderr)
        return 130
    return 1 if summary.failed else 0


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    del args
    for entry in sorted(default_registry(), key=lambda e: e.rules.publisher.casefold()):
        rules = entry.rules
        claims = ", ".join(rules.domains)
        if rules.fingerprint is not None:
            claims = ", ".join(filter(None, (claims, f"fingerprint {rules.fingerprint.name}")))
        versions = ", ".join(v.version for v in rules.versions)
        out.write(f"{rules.publisher}\n  serves: {claims}\n  versions: {versions}\n")
        out.write(f"  from: {entry.origin}\n")
    return 0


def _pages(where: Path) -> list[Path]:
    if where.is_file():
        return [where]
    if not where.is_dir():
        raise NewsparseError(f"{where}: no such file or directory")
    return sorted(p for p in where.iterdir() if p.name.lower().endswith(_PAGE_SUFFIXES))


def _show(value: object) -> str:
    text = str(value)
    return text if len(text) <= 70 else text[:67] + "..."


def _field_value(article: Article, name: str) -> object:
    if name == "body":
        return f"{len(article.body)} blocks: {article.body[0].text}" if article.body else None
    if name == "authors":
        return ", ".join(a.name for a in article.authors) or None
    if name == "images":
        return f"{len(article.images)} images" if article.images else None
    value = getattr(article, name)
    if name in ("byline", "dateline", "credit") and value is not None:
        return value.text
    if name == "tags":
        return ", ".join(article.tags) or None
    return value


def _provenance_line(article: Article, name: str, rule_set: RuleSet) -> tuple[str, str]:
    source = getattr(article.provenance, name)
    rule = rule_set.rule(name) if name in FIELD_NAMES else None
    if source is None and isinstance(rule, Field) and rule.declared_absent:
        return "absent", "declared absent by the rule set"
    if source is None:
        return "none", "nothing found"
    if source.strategy.value == "rule":
        return "rule", source.detail
    if source.detail.startswith("fallback"):
        return "fallback", source.detail
    return "generic", source.detail


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    rules = _resolve_rules(args.rule_set)
    pages = _pages(Path(args.pages))
    if not pages:
        raise NewsparseError(f"{args.pages}: no .html or .html.gz pages")
    golden = {g.page: g for g in golden_pages(pages[0].parent)}
    counts = {"rule": 0, "fallback": 0, "generic": 0, "absent": 0, "none": 0}
    differing = 0
    for page in pages:
        spec = golden.get(page)
        as_of = args.as_of or (spec.as_of if spec else None)
        version = RuleVersions.of(rules).pick(as_of)
        html = read_page(page)
        article = parse(html, spec.url if spec else None, rules=version)
        out.write(f"== {page.name} (rule set {version.publisher!r}, version {version.version})\n")
        for name in (*FIELD_NAMES, "images"):
            kind, where = _provenance_line(article, name, version)
            counts[kind] += 1
            out.write(f"  {name:<11} {kind:<8} {_show(_field_value(article, name))}\n")
            out.write(f"  {'':<11} {'':<8} <- {where}\n")
        if spec is not None:
            differences = check_rule_set(
                version, html, spec.expected, url=spec.url, as_of=spec.as_of
            )
            differing += bool(differences)
            for difference in differences:
                out.write(f"  DIFFERS {difference}\n")
            if not differences:
                out.write(f"  matches {page.name.split('.')[0]}.json\n")
    total = ", ".join(f"{n} {k}" for k, n in counts.items())
    out.write(f"{len(pages)} page(s); fields: {total}\n")
    if golden:
        out.write(f"{len(golden)} golden page(s), {differing} with differences\n")
    return 1 if differing else 0


def _cmd_scaffold(args: argparse.Namespace, out: TextIO) -> int:
    doc = Document(_read_page(args.page), args.url)
    source = scaffold(
        doc, publisher=args.publisher, domain=args.domain, page_name=Path(args.page).name
    )
    if args.out is None:
        out.write(source)
        return 0
    target = Path(args.out)
    if target.exists() and not args.force:
        raise NewsparseError(f"{target} exists; use --force to overwrite it")
    target.write_text(source, encoding="utf-8")
    out.write(f"wrote {target}\n")
    return 0


# ---------------------------------------------------------------- parsers


def _page_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Print the Article of a news page as JSON. "
        "See also: newsparse rules {list,check,scaffold} --help.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="PAGE",
        help="a page (.html, .html.gz, or - for stdin), a folder, or a WARC file (.warc[.gz])",
    )
    parser.add_argument("--url", help="the page's URL (links, and choosing the rule set)")
    parser.add_argument(
        "--as-of", type=_as_of, metavar="DATE", help="fetch date, picks the rule version"
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--generic", action="store_true", help="no publisher rule sets")
    choice.add_argument("--rules", help="use this rule set (file or registered name)")
    batch = parser.add_argument_group(
        "batch", "several pages, folders or WARC files: one JSON line per page"
    )
    batch.add_argument("--batch", action="store_true", help="JSON Lines even for one page")
    batch.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    batch.add_argument(
        "--format", choices=("jsonl", "parquet"), help="default: parquet for .parquet files"
    )
    batch.add_argument(
        "-j", "--jobs", type=_jobs, metavar="N", help="worker processes (default: the cores)"
    )
    batch.add_argument(
        "--unordered", action="store_true", help="write pages as they finish, not in order"
    )
    batch.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="in folders, read files matching this (repeatable; default: "
        + " ".join(DEFAULT_GLOBS)
        + ")",
    )
    batch.add_argument(
        "--exclude", action="append", default=[], metavar="PATTERN", help="skip these files"
    )
    again = batch.add_mutually_exclusive_group()
    again.add_argument(
        "--resume", action="store_true", help="keep the output's pages and do the rest"
    )
    again.add_argument("--force", action="store_true", help="overwrite the output file")
    batch.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="a progress bar on stderr (default: on a terminal, not in CI)",
    )
    batch.add_argument("-q", "--quiet", action="store_true", help="no summary at the end")
    parser.set_defaults(run=_cmd_page)
    return parser


def _rules_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsparse rules", description="Publisher rule sets.")
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="list the registered rule sets")
    listing.set_defaults(run=_cmd_list)
    check = commands.add_parser(
        "check", help="run a rule set over pages, showing each field and its provenance"
    )
    check.add_argument("rule_set", metavar="PATH_OR_NAME", help=".toml/.json/.py or a name")
    check.add_argument("--pages", required=True, metavar="DIR", help="a page or a folder of pages")
    check.add_argument(
        "--as-of", type=_as_of, metavar="DATE", help="fetch date, picks the rule version"
    )
    check.set_defaults(run=_cmd_check)
    scaffold_cmd = commands.add_parser("scaffold", help="write a rule-set skeleton from a page")
    scaffold_cmd.add_argument("page", metavar="PAGE", help="the HTML page (.html, .html.gz, or -)")
    scaffold_cmd.add_argument("--publisher", required=True, help="the publisher's name")
    scaffold_cmd.add_argument("--domain", required=True, help="the domain it serves")
    scaffold_cmd.add_argument("--url", help="the page's URL")
    scaffold_cmd.add_argument("--out", help="write the module here (default: stdout)")
    scaffold_cmd.add_argument("--force", action="store_true", help="overwrite --out")
    scaffold_cmd.set_defaults(run=_cmd_scaffold)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    0 on success; 1 on an error, or when a page of a batch failed; 130 when interrupted.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["rules"]:
        parser, rest = _rules_parser(), args_list[1:]
    else:
        parser, rest = _page_parser(), args_list
    args = parser.parse_args(rest)
    try:
        status: int = args.run(args, sys.stdout)
    except (NewsparseError, OSError) as exc:
        if isinstance(exc, NewsparseError) or exc.filename is None:
            message = str(exc)
        else:
            message = f"{exc.filename}: {exc.strerror}"
        print(f"newsparse: error: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # before or after a batch (a batch handles its own Ctrl-C)
        print("newsparse: interrupted", file=sys.stderr)
        return 130
    return status
