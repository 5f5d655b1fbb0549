"""English-language government portals, second round (tests/realistic_english2.py):
judged page by page as `python -m crawler inspect` does, through a farm scan at depth
full against the truth written with each, and at depth home (the sweep) against the full
scan's homepage verdict, on a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crawler.config import Config, config_from_mapping
from crawler.extract import observe
from crawler.inspect import inspect_page
from crawler.lexicon import build_lexicon
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.contract import FRESHNESS_CODES as FRESHNESS
from tests.farm import Farm
from tests.realistic_english2 import NOW, TODAY, all_sites
from tests.test_depth_consistency import contradictions
from tests.test_realistic_intl import Pages

SITES = {site.name: site for site in all_sites()}
# The sweep's newest date where it knowingly differs from the homepage's newest item
# (none left: an S3WaaS table's "End Date" cell of tomorrow, 26/11/2026, read as an item
# once, is left out under its deadline's header as the full scan leaves it out).
SWEEP_NEWEST: dict[str, str] = {}


def inspected(host: str, pages: dict[str, str | bytes], path: str) -> Any:
    page = pages[path]
    body = page.encode("utf-8") if isinstance(page, str) else page
    url = f"http://{host}{path}"
    record = FetchRecord(
        url=url, final_url=url, http_status=200, body_bytes=len(body), content_type="text/html"
    )
    return inspect_page(path, record, body, config_from_mapping({}, Path("inspect.toml")), NOW)


@pytest.mark.parametrize("name", sorted(SITES))
def test_homepage_and_column_pages_as_inspect_reads_them(name: str) -> None:
    site = SITES[name]
    home = inspected(site.host, site.pages, "/")
    assert home.page is not None
    problems = []
    if home.page.newest_item != site.truth.home_newest:
        problems.append(f"homepage newest {home.page.newest_item}, truth {site.truth.home_newest}")
    if home.verdict.status != site.truth.status:
        problems.append(f"status {home.verdict.status}, truth {site.truth.status}")
    codes = {f.code for f in home.verdict.findings}
    if codes & FRESHNESS != set(site.truth.findings):
        problems.append(f"findings {sorted(codes & FRESHNESS)}, truth {sorted(site.truth.findings)}")
    blocks = {block.name: block for block in home.page.columns}
    for column in site.truth.columns:
        if column.name not in blocks:
            problems.append(f"{column.name} not found among {sorted(blocks)}")
            continue
        block = blocks[column.name]
        newest = block.newest
        if block.more_url is not None and f"//{site.host}/" in block.more_url:
            path = block.more_url.split(site.host, 1)[1]
            assert path in site.pages, f"{column.name}: more link {block.more_url}"
            listing = inspected(site.host, site.pages, path).page
            if listing is not None and listing.main_list_newest is not None:
                newest = max(d for d in (newest, listing.main_list_newest) if d is not None)
        seen = (block.type, newest, block.items == 0)
        if seen != (column.type, column.newest, column.empty):
            problems.append(f"{column.name}: {seen}, truth {column}")
    listed = {column.name for column in site.truth.columns}
    extra = {b.name for b in home.page.columns if b.type != "other"} - listed
    if extra:
        problems.append(f"typed columns not in the truth: {sorted(extra)}")
    assert not problems, "\n".join(problems)


async def test_farm_scan_at_both_depths_judges_every_site_as_its_truth_says(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    address = f"127.0.0.1:{port}"
    suffixes = {site.host.rsplit(".", 1)[-1] for site in SITES.values()}
    config = make_config(
        port,
        network={"resolve": {f"*.{suffix}": address for suffix in suffixes}},
        rules={"slow_ms": 5000},
    )
    sites = []
    for site in SITES.values():
        server.sites[site.host] = Pages(site.pages)
        sites.append(Site(f"http://{site.host}:{port}/", name=site.name, group="english2"))
    full = await run_scan(config, sites, depth="full", clock=lambda: NOW)
    sweep_config = replace(
        config, storage=replace(config.storage, path=str(config.database_path) + ".home")
    )
    sweep = await run_scan(sweep_config, sites, depth="home", clock=lambda: NOW)
    db = open_database(config.database_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, full.scan_id)}
        rows = list(
            db.query(
                "SELECT sites.name AS site, check_columns.* FROM check_columns"
                " JOIN checks ON checks.id = check_columns.check_id"
                " JOIN sites ON sites.id = checks.site_id WHERE checks.scan_id = ?",
                [full.scan_id],
            )
        )
    finally:
        db.conn.close()
    sweep_db = open_database(sweep_config.database_path, create=False)
    try:
        swept = {r["name"]: r for r in iter_result_records(sweep_db, sweep.scan_id)}
    finally:
        sweep_db.conn.close()
    problems = []
    for name, site in SITES.items():
        record = records[name]
        codes = {f["code"] for f in record["findings"]}
        if record["status"] != site.truth.status or codes & FRESHNESS != set(site.truth.findings):
            problems.append(
                f"{name}: {record['status']} {sorted(codes)}, truth "
                f"{site.truth.status} {sorted(site.truth.findings)}"
            )
        columns = {row["name"]: row for row in rows if row["site"] == name}
        for column in site.truth.columns:
            row = columns.get(column.name)
            newest = column.newest.isoformat() if column.newest else None
            if row is None or (row["type"], row["newest"], bool(row["empty"])) != (
                column.type,
                newest,
                column.empty,
            ):
                problems.append(f"{name}: column {column.name} = {row and dict(row)}, truth {column}")
        home_truth = site.truth.home_newest.isoformat() if site.truth.home_newest else None
        if name not in SWEEP_NEWEST:
            problems += [f"{name} (home): {c}" for c in contradictions(record, swept[name])]
        home_truth = SWEEP_NEWEST.get(name, home_truth)
        if swept[name]["last_updated"] != home_truth:
            problems.append(f"{name} (home): newest {swept[name]['last_updated']}, truth {home_truth}")
    assert not problems, "\n".join(problems)


# --- the pieces, one by one ---------------------------------------------------------


def _sweep_newest(middle: str, footer: str = "") -> Any:
    body = f"<html><body><main>{middle}</main>{footer}</body></html>"
    page = observe(body.encode(), "utf-8", "http://www.example.gov/", "text/html", TODAY, lists=False)
    return page.newest_item


def test_the_sweep_reads_a_dated_item_with_its_weekday() -> None:
    # US and British lists write the weekday ("Thursday, April 10, 2025", ModernGov's
    # "Thursday, 19th November, 2026 7.00 pm"): a clock shows today, these are items.
    items = (
        '<ul><li><a href="/a">Spring clean-up week</a> <em>Thursday, November 19, 2026</em></li>'
        '<li><a href="/b">Road weight limits</a> <em>Monday, March 3, 2025</em></li></ul>'
    )
    assert _sweep_newest(items) == date(2026, 11, 19)
    # today's date beside a weekday is still a page clock, not an item
    clock = '<div class="today">Wednesday, November 25, 2026</div>'
    assert _sweep_newest(clock + items) == date(2026, 11, 19)


def test_the_sweep_skips_an_update_stamp_split_over_two_elements() -> None:
    items = '<ul><li><a href="/n/1">Leaf collection</a> 2026-11-02</li></ul>'
    canada = (
        '<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">'
        "2026-11-24</time></dd></dl>"
    )
    assert _sweep_newest(items + canada) == date(2026, 11, 2)
    # a label on every item of a list dates the items
    updated = "".join(
        f'<li><a href="/u/{n}">Road works update {n}</a><span>Updated:</span><span>2026-11-{20 + n}</span></li>'
        for n in range(2)
    )
    assert _sweep_newest(f"<ul>{updated}</ul>") == date(2026, 11, 21)


def test_a_long_update_label_on_the_dates_line_is_a_stamp() -> None:
    items = '<ul><li><a href="/p/1">Press release</a> 20.11.2026</li></ul>'
    hk = "<p>Last revision date: 24 November 2026</p>"
    assert _sweep_newest(items + hk) == date(2026, 11, 20)
    french = "<p>Date de modification : 24 novembre 2026</p>"
    assert _sweep_newest(items + french) == date(2026, 11, 20)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Bids & RFPs", "notice"),
        ("Requests for Proposals", "notice"),
        ("Appels d'offres", "notice"),
        ("Marchés publics", "notice"),
        ("Office Orders", "notice"),
        ("Emplois", "personnel"),
        ("Job Postings", "personnel"),
        ("Positions vacant", "personnel"),
        ("Operational Plan and Delivery Program", "planning"),
        ("Long Term Plan 2024-34", "planning"),
        ("Council Plan", "planning"),
        ("Capital Improvement Plan", "planning"),
        ("Plan your visit", "other"),
    ],
)
def test_english_and_french_column_headings_and_their_types(heading: str, kind: str) -> None:
    assert build_lexicon().classify(heading) == kind

