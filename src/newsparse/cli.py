"""The ``newsparse`` command (also ``python -m newsparse``).

::

    newsparse PAGE.html [--url URL] [--as-of DATE] [--generic | --rules FILE]
    newsparse rules list
    newsparse rules check PATH_OR_NAME --pages DIR [--as-of DATE]   (exit 1 on a golden diff)
    newsparse rules scaffold PAGE.html --publisher NAME --domain DOMAIN [--out FILE]

``PAGE`` may be ``-`` (standard input) and may be gzipped (``.gz``). Errors are printed
on standard error and exit with status 1.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from newsparse._api import parse
from newsparse._document import Document
from newsparse.errors import NewsparseError, RuleError
from newsparse.model import Article
from newsparse.rules.choose import Rules
from newsparse.rules.files import load_rules
from newsparse.rules.model import FIELD_NAMES, Field, RuleSet
from newsparse.rules.registry import default_registry
from newsparse.rules.scaffold import scaffold
from newsparse.rules.versions import RuleVersions
from newsparse.testing import check_rule_set, golden_pages, read_page

__all__ = ["main"]

_PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


def _read_page(name: str) -> bytes:
    if name != "-":
        path = Path(name)
        try:
            return read_page(path)
        except (EOFError, gzip.BadGzipFile) as exc:
            raise NewsparseError(f"{name}: cannot decompress: {exc}") from None
    data = sys.stdin.buffer.read()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def _as_of(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _load_python_rules(path: Path) -> RuleSet | RuleVersions:
    """Import a rule-set module by path (this runs the module: it is the user's own code)."""
    spec = importlib.util.spec_from_file_location(f"newsparse_rules_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise RuleError(f"{path}: cannot import it as a Python module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rules = getattr(module, "RULES", None)
    if not isinstance(rules, RuleSet | RuleVersions):
        raise RuleError(f"{path}: a rule-set module must define RULES (a RuleSet)")
    return rules


def _resolve_rules(name: str) -> RuleSet | RuleVersions:
    path = Path(name)
    if path.suffix in (".toml", ".json"):
        return load_rules(path)
    if path.suffix == ".py":
        if not path.is_file():
            raise RuleError(f"{path}: no such file")
        return _load_python_rules(path)
    entry = default_registry().named(name)
    if entry is None:
        known = ", ".join(sorted(e.rules.publisher for e in default_registry()))
        raise RuleError(f"no rule set named or serving {name!r} (known: {known or 'none'})")
    return entry.rules


# ---------------------------------------------------------------- commands


def _cmd_page(args: argparse.Namespace, out: TextIO) -> int:
    rules: Rules = "default"
    if args.generic:
        rules = None
    elif args.rules:
        rules = _resolve_rules(args.rules)
    article = parse(_read_page(args.page), args.url, rules=rules, as_of=args.as_of)
    out.write(article.model_dump_json(indent=2) + "\n")
    return 0


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
    parser.add_argument("page", metavar="PAGE", help="the HTML page (.html, .html.gz, or -)")
    parser.add_argument("--url", help="the page's URL (links, and choosing the rule set)")
    parser.add_argument(
        "--as-of", type=_as_of, metavar="DATE", help="fetch date, picks the rule version"
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--generic", action="store_true", help="no publisher rule sets")
    choice.add_argument("--rules", help="use this rule set (file or registered name)")
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
    """Run the command line; return the exit status (0 on success, 1 on an error)."""
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
    return status
