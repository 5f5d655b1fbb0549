"""Command line of the monitor: a thin adapter over `monitor.build` and the renderers.

    python -m monitor report --config my.toml [--scan ID] [--since 7d] [--group G]
                             [--format html|md|txt|json|csv] [--out [DIR]] [--lang zh|en]
    python -m monitor prune  --config my.toml

Exit codes as the crawler's: 0 done, 2 bad config or arguments, 3 a database problem.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crawler.clock import utc_now
from crawler.commands import EXIT_OK, read_config, run_command
from crawler.config import Config
from crawler.errors import ConfigError, StorageError
from crawler.history import prune
from crawler.logs import configure_logging
from crawler.storage import open_database
from monitor.build import build_report, parse_since
from monitor.labels import LANGUAGES, labels_for
from monitor.model import Report

EXTENSIONS = {"html": "html", "md": "md", "txt": "txt", "json": "json", "csv": "csv"}


def render(report: Report, fmt: str, config: Config, lang: str) -> str:
    """The report as text in one format (pure)."""
    from monitor import render_data, render_html, render_text

    labels = labels_for(lang)
    zone = config.report.zone
    rows = config.report.max_rows
    formats: dict[str, Callable[[], str]] = {
        "html": lambda: render_html.format_html(report, labels, max_rows=rows, zone=zone),
        "md": lambda: render_text.format_markdown(report, labels, max_rows=rows, zone=zone),
        "txt": lambda: render_text.format_text(report, labels, max_rows=rows, zone=zone),
        "json": lambda: render_data.format_json(report),
        "csv": lambda: render_data.format_csv(report),
    }
    return formats[fmt]()


def report_file_name(report: Report, fmt: str, config: Config) -> str:
    """report-2026-11-25.html, or report-2026-11-25-<group>.html for one group."""
    day = report.scan.started_at.astimezone(config.report.zone).strftime("%Y-%m-%d")
    suffix = ""
    if report.group_filter is not None:
        suffix = "-" + (re.sub(r"[^\w.-]+", "_", report.group_filter).strip("._") or "group")
    return f"report-{day}{suffix}.{EXTENSIONS[fmt]}"


def write_report(text: str, folder: Path, name: str, fmt: str) -> Path:
    """Write atomically, then refresh latest.<ext> beside it (latest-<group>.<ext> for
    one group's report: a group's report run into the daemon's folder must not take
    the place of the whole estate's)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    latest, dated = re.subn(r"^report-\d{4}-\d{2}-\d{2}(?=[-.])", "latest", name)
    if not dated:
        latest = f"latest.{EXTENSIONS[fmt]}"
    # A BOM lets spreadsheet programs read the Chinese in a CSV file as UTF-8.
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    for path in (target, folder / latest):
        partial = path.with_name(path.name + ".part")
        partial.write_text(text, encoding=encoding, newline="")
        partial.replace(path)
    return target


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m monitor", description="Reports over the crawler's results database."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    commands = parser.add_subparsers(dest="command", required=True)

    report = commands.add_parser("report", help="summary report of a scan")
    report.add_argument("--config", type=Path, help="TOML config (defaults when omitted)")
    report.add_argument("--db", type=Path, help="results database (overrides [storage] path)")
    report.add_argument("--scan", default="latest", help="'latest' finished scan or a number")
    report.add_argument(
        "--since", help="compare with the scan this long ago (36h, 7d, 2w) instead of the previous"
    )
    report.add_argument("--group", help="only this region or department")
    report.add_argument(
        "--format", choices=sorted(EXTENSIONS), help="default: txt, html with --out"
    )
    report.add_argument(
        "--out",
        nargs="?",
        const="",
        type=str,
        metavar="DIR",
        help="write a dated file (and latest.*) into DIR, default [report] out_dir",
    )
    report.add_argument("--lang", choices=LANGUAGES, help="default: [report] lang")
    report.add_argument("--now", help=argparse.SUPPRESS)  # tests: fixed generation time

    prune_command = commands.add_parser("prune", help="apply [storage] keep_days now")
    prune_command.add_argument("--config", type=Path, help="TOML config (defaults when omitted)")
    prune_command.add_argument("--db", type=Path, help="results database")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(logging.DEBUG if args.verbose else logging.WARNING)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "report": command_report,
        "prune": command_prune,
    }
    return run_command(handlers[args.command], args)


def _now(text: str | None) -> datetime:
    if not text:
        return utc_now()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"--now {text!r}: expected an ISO date and time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def command_report(args: argparse.Namespace) -> int:
    config = read_config(args.config, args.db)
    since: timedelta | None = None
    if args.since:
        try:
            since = parse_since(args.since)
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
    scan_id: int | None = None
    if args.scan != "latest":
        if not args.scan.isdigit():
            raise ConfigError(f"--scan {args.scan!r}: expected 'latest' or a scan number")
        scan_id = int(args.scan)
    fmt = args.format or ("html" if args.out is not None else "txt")
    lang = args.lang or config.report.lang

    db = open_database(config.database_path, create=False)
    try:
        report = build_report(
            db.conn,
            settings=config.report,
            rules=config.rules,
            now=_now(args.now),
            scan_id=scan_id,
            since=since,
            group=args.group,
        )
    finally:
        db.conn.close()
    text = render(report, fmt, config, lang)
    if args.out is None:
        sys.stdout.write(text)
        return EXIT_OK
    folder = Path(args.out).expanduser() if args.out else config.report_dir
    try:
        path = write_report(text, folder, report_file_name(report, fmt, config), fmt)
    except OSError as exc:
        raise StorageError(f"{folder}: cannot write the report: {exc}") from None
    print(path, file=sys.stderr)
    return EXIT_OK


def command_prune(args: argparse.Namespace) -> int:
    config = read_config(args.config, args.db)
    db = open_database(config.database_path, create=False)
    try:
        result = prune(db.conn, config.storage.keep_days, datetime.now(UTC))
    finally:
        db.conn.close()
    print(
        f"pruned {result.checks} site rows of {result.scans} scans older than"
        f" {config.storage.keep_days} days, {result.pages} page histories",
        file=sys.stderr,
    )
    return EXIT_OK
