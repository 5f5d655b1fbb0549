"""A third audit's Chinese portals (tests/realistic_zh3.py): list dates at their edges
(year-less dates across the New Year and in dead lists, pinned items, future dates,
dates in title attributes, table columns and URLs only, batch uploads), judged by
`inspect_page` and scanned on the farm at depth full and home with fixed clocks."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from crawler.config import Config, config_from_mapping
from crawler.inspect import inspect_page
from crawler.models import FetchRecord, PageObservations, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import realistic_zh3 as zh3
from tests.contract import FRESHNESS_CODES as FRESHNESS
from tests.farm import Farm
from tests.test_realistic_zh import _serve

TRUTHS = {build().slug: build() for build in zh3.SITES}


def _d(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _inspect(slug: str, path: str = "/") -> PageObservations:
    body = TRUTHS[slug].pages[path]
    raw = body.encode() if isinstance(body, str) else body
    url = f"http://{slug}.farm.test{path}"
    fetch = FetchRecord(
        url=url, final_url=url, http_status=200, body_bytes=len(raw), content_type="text/html"
    )
    found = inspect_page(url, fetch, raw, config_from_mapping({}, Path("x.toml")), zh3.CLOCKS[slug])
    assert found.page is not None
    return found.page


@pytest.mark.parametrize("slug", list(TRUTHS))
def test_homepage_columns(slug: str) -> None:
    """Each column box: found, typed and dated as an inspector reads it (the carousel
    of 图片新闻 without dates is no column)."""
    page = _inspect(slug)
    found = {c.name: (c.type, _d(c.newest)) for c in page.columns}
    want = {c.name: (c.type, _d(c.newest)) for c in TRUTHS[slug].columns}
    assert found == want


@pytest.mark.parametrize(
    ("slug", "path"), [(s, c.path) for s, t in TRUTHS.items() for c in t.columns if c.path]
)
def test_column_page(slug: str, path: str) -> None:
    """A column's own list page (all its items, a pager, the site's chrome)."""
    want = next(c.newest for c in TRUTHS[slug].columns if c.path == path)
    assert _inspect(slug, path).main_list_newest == want


def _judged(record: dict[str, Any], rows: dict[str, Any], slug: str) -> dict[str, Any]:
    truth = TRUTHS[slug]
    stale = next((f for f in record["findings"] if f["code"] == "column_stale"), {})
    got = {
        "status": record["status"],
        "passed": record["passed"],
        "findings": sorted({f["code"] for f in record["findings"]} & FRESHNESS),
        "last_updated": record["last_updated"],
        "columns": rows,
        "stale": sorted(c["name"] for c in stale.get("columns", [])),
    }
    want = {
        "status": truth.status,
        "passed": truth.passed,
        "findings": sorted(truth.findings),
        "last_updated": _d(truth.last_updated),
        "columns": {c.name: (c.type, _d(c.newest)) for c in truth.columns},
        "stale": sorted(truth.stale_columns),
    }
    return {k: (got[k], want[k]) for k in want if got[k] != want[k]}


async def _scan(
    farm: tuple[Farm, int], make_config: Callable[..., Config], slug: str, depth: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    server, port = farm
    config = make_config(port)
    server.sites[slug] = _serve(TRUTHS[slug])
    now: datetime = zh3.CLOCKS[slug]
    outcome = await run_scan(
        config, [Site(server.url(slug), name=slug, group="zh3")], depth=depth, clock=lambda: now
    )
    db = open_database(config.database_path, create=False)
    try:
        record = next(r for r in iter_result_records(db, outcome.scan_id) if r["name"] == slug)
        rows = db.query(
            "SELECT check_columns.* FROM check_columns"
            " JOIN checks ON checks.id = check_columns.check_id"
            " WHERE checks.scan_id = ? ORDER BY check_columns.id",
            [outcome.scan_id],
        )
        columns = {r["name"]: (r["type"], r["newest"]) for r in rows}
    finally:
        db.conn.close()
    return record, columns


@pytest.mark.parametrize("slug", list(TRUTHS))
async def test_farm_scan_full(
    farm: tuple[Farm, int], make_config: Callable[..., Config], slug: str
) -> None:
    record, columns = await _scan(farm, make_config, slug, "full")
    wrong = _judged(record, columns, slug)
    assert not wrong, json.dumps(wrong, ensure_ascii=False, default=str)


# Sites whose homepage the sweep dates otherwise than the full scan (see the README's
# table of the sweep's limits).
SWEEP_GAPS: set[str] = set()


@pytest.mark.parametrize(
    "slug",
    [
        pytest.param(s, marks=pytest.mark.xfail(s in SWEEP_GAPS, reason="known gap", strict=True))
        for s in TRUTHS
    ],
)
async def test_farm_sweep_dates_the_homepage_as_the_full_scan(
    farm: tuple[Farm, int], make_config: Callable[..., Config], slug: str
) -> None:
    """At depth home: the homepage's newest date and whether it is stale, as in full."""
    truth = TRUTHS[slug]
    record, _ = await _scan(farm, make_config, slug, "home")
    codes = {f["code"] for f in record["findings"]}
    assert (record["last_updated"], "homepage_stale" in codes) == (
        _d(truth.last_updated),
        "homepage_stale" in truth.findings,
    )
