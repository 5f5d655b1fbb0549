"""Command line: a thin adapter over the library.

    python -m crawler scan   --config my.toml [--sites sites.csv] [--json out.jsonl]
    python -m crawler sites check [sites.csv] [--config my.toml]
    python -m crawler export --config my.toml --scan latest --format jsonl|csv
    python -m crawler daemon --config my.toml [--log-format json]
    python -m crawler status --config my.toml
    python -m crawler demo

Library errors become one-line messages and exit codes: 0 the command ran (whatever
the sites' health), 2 a bad config or site list, 3 a database problem, 4 another
daemon runs on the database, 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections import Counter
from collections.abc import Callable, Coroutine, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO, TypeVar
from urllib.parse import urlsplit

from crawler import __version__
from crawler.clock import utc_now
from crawler.commands import (
    EXIT_OK,
    EXIT_USAGE,
    read_config,
    run_command,
)
from crawler.config import Config
from crawler.errors import (
    ConfigError,
    CrawlerError,
    SiteListError,
)
from crawler.export import FORMATTERS, LINK_FORMATTERS
from crawler.history import prune
from crawler.logs import configure_logging
from crawler.models import Site
from crawler.progress import progress_for
from crawler.scan import DEPTHS, ScanOutcome, event_loop_factory, run_scan
from crawler.sites import SCHEMES, SiteList, load_sites
from crawler.storage import (
    iter_broken_links,
    iter_result_records,
    open_database,
    resolve_scan_id,
    worst_checks,
)
from crawler.summary import format_summary

log = logging.getLogger("crawler")
T = TypeVar("T")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m crawler",
        description="Website health crawler: unreachable, hijacked, zombie, stale or healthy.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    commands = parser.add_subparsers(dest="command", required=True)

    scan = commands.add_parser("scan", help="scan every listed site once")
    _config_argument(scan)
    scan.add_argument("--sites", type=Path, help="CSV site list (url,name,group,...)")
    _scheme_argument(scan)
    scan.add_argument("--json", type=Path, metavar="FILE", help="write results as JSON Lines")
    scan.add_argument(
        "--depth",
        choices=DEPTHS,
        help="home: homepages only; default full (with --resume: the interrupted scan's)",
    )
    scan.add_argument("--resume", action="store_true", help="finish an interrupted scan")
    scan.add_argument("--db", type=Path, help="results database (overrides [storage] path)")
    scan.add_argument("--quiet", action="store_true", help="no progress output")

    export = commands.add_parser("export", help="write a stored scan's results")
    _config_argument(export)
    export.add_argument("--scan", default="latest", help="'latest' or a scan number")
    export.add_argument("--format", choices=sorted(FORMATTERS), default="jsonl")
    export.add_argument(
        "--links", action="store_true", help="the scan's broken and suspected links instead"
    )
    export.add_argument("--db", type=Path, help="results database (overrides [storage] path)")

    inspect = commands.add_parser("inspect", help="explain pages: dates, columns, rules")
    inspect.add_argument("sources", nargs="+", metavar="FILE_OR_URL")
    _config_argument(inspect)
    inspect.add_argument("--json", action="store_true", help="one JSON object per line")
    inspect.add_argument("--url", help="the URL saved files were fetched from")
    inspect.add_argument(
        "--now", help="judge as of this date (YYYY-MM-DD, a day in [rules] timezone), not today"
    )

    daemon = commands.add_parser(
        "daemon", help="run probes, scans, reports and alerts on their schedules"
    )
    _config_argument(daemon)
    daemon.add_argument("--sites", type=Path, help="CSV site list (url,name,group,...)")
    _scheme_argument(daemon)
    daemon.add_argument("--db", type=Path, help="results database (overrides [storage] path)")
    daemon.add_argument("--log-format", choices=("text", "json"), default="text")
    daemon.add_argument(
        "--run-now",
        default="",
        metavar="JOBS",
        help="also run these jobs at start-up, e.g. scan,report (probes always start at once)",
    )

    status = commands.add_parser("status", help="the daemon's jobs: next and last runs")
    _config_argument(status)
    status.add_argument("--db", type=Path, help="results database (overrides [storage] path)")
    status.add_argument("--json", action="store_true", help="one JSON object")

    sites = commands.add_parser("sites", help="site lists: check one without scanning")
    sites_commands = sites.add_subparsers(dest="sites_command", required=True)
    check = sites_commands.add_parser(
        "check", help="read a site list as a scan would: its problems and counts, no requests"
    )
    check.add_argument(
        "file", nargs="?", type=Path, help="CSV site list (default: the config's sites_file)"
    )
    _config_argument(check)
    _scheme_argument(check)

    demo = commands.add_parser("demo", help="serve bundled sample sites locally and scan them")
    demo.add_argument("--db", type=Path, help="keep the demo database here")
    demo.add_argument("--json", type=Path, metavar="FILE", help="write results as JSON Lines")
    return parser


def _config_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help="TOML config (defaults when omitted)")


def _scheme_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--assume-scheme",
        choices=SCHEMES,
        default="",
        help="read listed URLs without a scheme (www.x.gov.cn) as http:// or https:// ones",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(logging.DEBUG if args.verbose else logging.WARNING)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "scan": command_scan,
        "export": command_export,
        "demo": command_demo,
        "inspect": command_inspect,
        "daemon": command_daemon,
        "status": command_status,
        "sites": command_sites,
    }
    return run_command(handlers[args.command], args)


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run on uvloop where available: it makes the fetch loop markedly faster."""
    with asyncio.Runner(loop_factory=event_loop_factory()) as runner:
        return runner.run(_stop_on_sigterm(coroutine))


async def _stop_on_sigterm(coroutine: Coroutine[Any, Any, T]) -> T:
    """SIGTERM cancels the command like Ctrl-C does, so a scan stores what it has."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    loop.add_signal_handler(signal.SIGTERM, task.cancel)
    try:
        return await coroutine
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


def report_problems(site_list: SiteList, stream: TextIO = sys.stderr) -> None:
    for problem in site_list.problems:
        what = "warning: skipped" if problem.skipped else "note:"
        print(f"{what} {problem}", file=stream)


def log_problems(site_list: SiteList) -> None:
    """The daemon's report of bad rows: log lines (one JSON object each with
    `--log-format json`), not bare text between them."""
    for problem in site_list.problems:
        if problem.skipped:
            log.warning("site list: skipped %s", problem)
        else:
            log.info("site list: %s", problem)


def usable_sites(
    config: Config,
    sites_file: Path | None,
    purpose: str,
    assume_scheme: str = "",
    report: Callable[[SiteList], None] = report_problems,
) -> SiteList:
    """The config's sites (bad rows reported on stderr); an error if none is usable."""
    site_list = load_sites(config, sites_file, assume_scheme)
    report(site_list)
    if not site_list.sites:
        where = sites_file or config.sites_file or config.describe()
        raise SiteListError(f"{where}: no usable sites to {purpose}")
    return site_list


def command_scan(args: argparse.Namespace) -> int:
    config = read_config(args.config, args.db)
    site_list = usable_sites(config, args.sites, "scan", args.assume_scheme)
    outcome = execute_scan(config, site_list, args.depth, args.resume, args.quiet, args.json)
    del outcome
    return EXIT_OK


def execute_scan(
    config: Config,
    site_list: SiteList,
    depth: str | None,
    resume: bool,
    quiet: bool,
    json_path: Path | None,
) -> ScanOutcome:
    if json_path is not None and not json_path.absolute().parent.is_dir():
        # Found out before the scan, not after its hours of work with a traceback.
        raise ConfigError(
            f"--json {json_path}: {json_path.absolute().parent} is not a folder to write it in"
        )
    progress = None if quiet else progress_for(sys.stderr)
    outcome = run_async(
        run_scan(config, site_list.sites, depth=depth, resume=resume, progress=progress)
    )
    db = open_database(config.database_path, create=False)
    try:
        worst = worst_checks(db, outcome.scan_id)
        sys.stdout.write(format_summary(outcome, worst, [str(p) for p in site_list.skipped]))
        if json_path is not None:
            try:
                write_export(db, outcome.scan_id, "jsonl", json_path)
            except OSError as exc:  # a full disk, a folder removed meanwhile
                raise CrawlerError(
                    f"--json {json_path}: cannot write it ({exc.strerror or exc}); the scan"
                    f" is stored: python -m crawler export --scan {outcome.scan_id}"
                    " --format jsonl"
                ) from None
        apply_retention(db, config.storage.keep_days)
    finally:
        db.conn.close()
    return outcome


def apply_retention(db: Any, keep_days: int) -> None:
    """[storage] keep_days: drop old per-site rows once a scan has finished."""
    if keep_days <= 0:
        return
    result = prune(db.conn, keep_days, datetime.now(UTC))
    if result.scans:
        log.info(
            "pruned %d site rows of %d scans older than %d days",
            result.checks,
            result.scans,
            keep_days,
        )


def write_export(db: Any, scan_id: int, fmt: str, path: Path | None) -> None:
    lines = FORMATTERS[fmt](iter_result_records(db, scan_id))
    if path is None:
        sys.stdout.writelines(lines)
        return
    temporary = path.with_name(path.name + ".part")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(lines)
    temporary.replace(path)


def command_export(args: argparse.Namespace) -> int:
    config = read_config(args.config, args.db)
    db = open_database(config.database_path, create=False)
    try:
        scan_id = resolve_scan_id(db, args.scan)
        unfinished = db.execute(
            "SELECT site_total, (SELECT COUNT(*) FROM checks WHERE scan_id = scans.id)"
            " FROM scans WHERE id = ? AND finished_at IS NULL",
            [scan_id],
        ).fetchone()
        if unfinished is not None:  # `latest` is the newest scan with results, even this
            print(
                f"note: scan {scan_id} has not finished ({unfinished[1]:,} of"
                f" {unfinished[0]:,} sites checked): only those are exported; if it was"
                " interrupted, `scan --resume` finishes it",
                file=sys.stderr,
            )
        if args.links:
            sys.stdout.writelines(LINK_FORMATTERS[args.format](iter_broken_links(db, scan_id)))
        else:
            write_export(db, scan_id, args.format, None)
    finally:
        db.conn.close()
    return EXIT_OK


def command_daemon(args: argparse.Namespace) -> int:
    from crawler.daemon import Daemon

    configure_logging(logging.DEBUG if args.verbose else logging.INFO, args.log_format)
    config = read_config(args.config, args.db)
    site_list = usable_sites(config, args.sites, "watch", args.assume_scheme, log_problems)
    run_now = [job.strip() for job in args.run_now.split(",") if job.strip()]

    def load() -> tuple[Config, Sequence[Site]]:
        new_config = read_config(args.config, args.db)
        return new_config, usable_sites(
            new_config, args.sites, "watch", args.assume_scheme, log_problems
        ).sites

    # SIGHUP reads these again; so does the next probe round or scan once one changed.
    watched = [path for path in (args.config, args.sites or config.sites_file) if path]
    try:
        daemon = Daemon(config, site_list.sites, run_now=run_now, loader=load, watched=watched)
    except ValueError as exc:
        raise ConfigError(f"--run-now: {exc}") from None

    async def reload() -> None:
        await daemon.reread()

    async def serve() -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, daemon.stop)
        reloads: set[asyncio.Task[None]] = set()

        def on_hangup() -> None:
            task = loop.create_task(reload())
            reloads.add(task)
            task.add_done_callback(reloads.discard)

        loop.add_signal_handler(signal.SIGHUP, on_hangup)
        await daemon.run()

    with asyncio.Runner(loop_factory=event_loop_factory()) as runner:
        runner.run(serve())
    return EXIT_OK


def command_status(args: argparse.Namespace) -> int:
    from crawler.daemon import lock_holder
    from crawler.status import format_status, format_status_json, read_status

    config = read_config(args.config, args.db)
    db = open_database(config.database_path, create=False)
    try:
        status = read_status(db.conn, lock_holder(config.database_path))
    finally:
        db.conn.close()
    if args.json:
        sys.stdout.write(format_status_json(status))
    else:
        sys.stdout.write(format_status(status, config.daemon_zone))
    return EXIT_OK


def command_sites(args: argparse.Namespace) -> int:
    """`sites check`: the list's problems on stderr, counts on stdout; exit 2 when a row
    would be skipped (or nothing is usable), so a census list can be checked before a
    long scan."""
    config = read_config(args.config)
    if args.file is None and config.sites_file is None and not config.site_tables:
        raise SiteListError("no site list: give a CSV file, or a --config with sites")
    site_list = load_sites(config, args.file, args.assume_scheme)
    report_problems(site_list)
    sys.stdout.write(format_site_list_check(site_list))
    return EXIT_USAGE if site_list.skipped or not site_list.sites else EXIT_OK


def format_site_list_check(site_list: SiteList) -> str:
    skipped = Counter(p.kind for p in site_list.skipped)
    notes = len(site_list.problems) - len(site_list.skipped)
    hosts = {urlsplit(site.url).hostname for site in site_list.sites}
    groups = {site.group for site in site_list.sites if site.group}
    overridden = sum(1 for site in site_list.sites if site.overrides)
    lines = [
        f"{len(site_list.sites):,} site(s) to scan ({len(hosts):,} host(s), {len(groups):,}"
        f" group(s), {overridden:,} with their own settings)",
        f"{sum(skipped.values()):,} row(s) skipped"
        + (
            " (" + ", ".join(f"{n:,} {kind}" for kind, n in sorted(skipped.items())) + ")"
            if skipped
            else ""
        ),
        f"{notes:,} note(s)",
    ]
    return "\n".join(lines) + "\n"


def command_demo(args: argparse.Namespace) -> int:
    from crawler.demo import run_demo

    return run_demo(args.db, args.json)


def command_inspect(args: argparse.Namespace) -> int:
    from crawler.inspect import format_json, format_text, inspect_sources

    config = read_config(args.config)
    now = utc_now()
    if args.now:
        try:
            now = datetime.fromisoformat(args.now)
            if now.tzinfo is None:  # that day where the rules count days
                now = now.replace(tzinfo=config.rules.zone)
        except ValueError:
            raise ConfigError(f"--now {args.now!r}: expected YYYY-MM-DD") from None
    formatter = format_json if args.json else format_text

    async def run() -> None:
        async for item in inspect_sources(args.sources, config, now, args.url):
            sys.stdout.write(formatter(item))
            sys.stdout.flush()
            if item.unreadable:  # said on stdout too; the others go on
                print(f"inspect: {item.source}: {item.fetch.error_detail}", file=sys.stderr)

    run_async(run())
    return EXIT_OK
