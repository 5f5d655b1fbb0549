"""The farm scan the blind evaluations share: their sites served on one farm on a real
socket and scanned once per depth (the scan is the slow part; each test reads it), with
the stored records and column rows read back from the database."""

from __future__ import annotations

import tempfile
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from crawler.config import config_from_mapping
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.conftest import farm_mapping
from tests.farm import Farm

Records = dict[str, dict[str, Any]]  # site name -> its JSON Lines record
Columns = dict[str, list[dict[str, Any]]]  # site name -> its check_columns rows

_COLUMNS = (
    "SELECT sites.name AS site, check_columns.* FROM check_columns"
    " JOIN checks ON checks.id = check_columns.check_id"
    " JOIN sites ON sites.id = checks.site_id WHERE checks.scan_id = ?"
)


async def scan_on_farm(
    sites: Sequence[Site],
    serve: Callable[[Farm], None],
    depth: str,
    clock: datetime,
    *,
    every_host: bool = False,
    crawler: dict[str, Any] | None = None,
) -> tuple[Records, Columns]:
    """Scan `sites` at `depth` on a farm that `serve` fills (farm.sites[host] = handler),
    judged at `clock`. Each site's host, and each host `serve` adds, resolves to the farm
    (`every_host`: any name at all, as a hijacked page's off-site links need); `crawler`:
    more [crawler] settings (link checks: `max_links_per_site`)."""
    farm = Farm()
    runner = web.AppRunner(farm.app(), handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    port = runner.addresses[0][1]
    try:
        serve(farm)
        tmp = Path(tempfile.mkdtemp(prefix="blind_farm_"))
        mapping = farm_mapping(
            port,
            tmp,
            crawler={"max_page_bytes": 2_000_000, "timeout": 5.0, **(crawler or {})},
            rules={"slow_ms": 60_000},
        )
        resolve = mapping["network"]["resolve"]
        hosts = {urlsplit(site.url).hostname or "" for site in sites} | set(farm.sites)
        resolve.update({host: f"127.0.0.1:{port}" for host in hosts if host})
        if every_host:
            resolve["*"] = f"127.0.0.1:{port}"
        config = config_from_mapping(mapping, tmp / "test.toml")
        outcome = await run_scan(config, sites, depth=depth, clock=lambda: clock)
        db = open_database(config.database_path, create=False)
        try:
            records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
            columns: Columns = {}
            for row in db.query(_COLUMNS, [outcome.scan_id]):
                columns.setdefault(row["site"], []).append(dict(row))
        finally:
            db.conn.close()
    finally:
        await runner.cleanup()
    return records, columns


Wrong = Callable[[str, str, dict[str, Any]], list[str]]  # (depth, key, record) -> misses


async def print_scores(
    scan: Callable[[str], Awaitable[tuple[Records, Columns]]],
    keys: Iterable[str],
    verdict_wrong: Wrong,
    last_updated_wrong: Wrong,
    columns_wrong: Callable[[str, list[dict[str, Any]]], tuple[int, list[str]]],
    truth_columns: Callable[[str], int],
    *,
    last_updated_depths: tuple[str, ...] = ("full", "home"),
) -> dict[str, int]:
    """A blind evaluation's score table, printed (its authors' tool, not a test): each
    site's verdict at both depths with what is wrong, its columns at depth full, and the
    totals, which it returns."""
    keys = list(keys)
    totals = {"verdict": 0, "last_updated": 0, "columns": 0, "cols_total": 0}
    for depth in ("full", "home"):
        records, columns = await scan(depth)
        for key in keys:
            rec = records[key]
            wrong = verdict_wrong(depth, key, rec)
            totals["verdict"] += not wrong
            if depth in last_updated_depths:
                lu = last_updated_wrong(depth, key, rec)
                totals["last_updated"] += not lu
                wrong = wrong + lu
            codes = sorted(f["code"] for f in rec["findings"])
            print(
                f"{depth:4} {key:16} {rec['status']:9} {rec['passed']!s:5} {codes}"
                f" lu={rec['last_updated']}"
            )
            for w in wrong:
                print("      !!", w)
            if depth != "full":
                continue
            right, column_misses = columns_wrong(key, columns.get(key, []))
            totals["columns"] += right
            totals["cols_total"] += truth_columns(key)
            for w in column_misses:
                print("      col!!", w)
            for c in columns.get(key, []):
                print(
                    f"        [{c['type']:9}] {c['name'][:50]!r:52} newest={c['newest']}"
                    f" items={c['items']} empty={c['empty']} err={c.get('error')}"
                )
    n = len(keys)
    print(
        f"verdicts {totals['verdict']}/{2 * n}, last_updated {totals['last_updated']}/"
        f"{len(last_updated_depths) * n}, columns {totals['columns']}/{totals['cols_total']}"
    )
    return totals
