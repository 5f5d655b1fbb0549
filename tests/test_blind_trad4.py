"""The blind traditional-Chinese set, round 4 (tests/blind_trad4.py): Taiwan township
offices and bureaus on the common government template, a hospital's tab boxes, a county
council's agenda listed ahead, Hong Kong's department and district council, a Macau
bureau in Chinese and Portuguese; Big5 with and without a charset. Served on the farm
under their own host names, scanned at depths full and home with a fixed clock, and
held to the truth written before the first scan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web

from crawler.models import Site
from tests import blind_trad4
from tests.blind_farm import Columns, Records, scan_on_farm
from tests.farm import Farm

# 04:00 UTC: 12:00 in Taipei, Hong Kong and Macau on 2026-11-25 (民國115年11月25日)
CLOCK = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)
SITES = {s.host: s for s in blind_trad4.SITES}

# gaps found and not fixed: (depth, host) -> reason
XFAIL: dict[tuple[str, str], str] = {}
XFAIL_COLUMNS: dict[str, str] = {}

_cache: dict[str, tuple[Records, Columns]] = {}


def _handler(pages: dict[str, tuple[bytes, str | None]]) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        page = pages.get(request.path_qs)
        if page is None:
            return web.Response(status=404, text="<html><body><h1>404</h1></body></html>", content_type="text/html")
        body, content_type = page
        headers = {"Content-Type": content_type} if content_type else {}
        return web.Response(body=body, headers=headers)

    return answer


async def scan(depth: str) -> tuple[Records, Columns]:
    if depth not in _cache:
        sites = [
            Site(f"http://{s.host}/", name=s.host, group="blind_trad4", overrides={"timezone": "Asia/Taipei"})
            for s in blind_trad4.SITES
        ]

        def serve(farm: Farm) -> None:
            for s in blind_trad4.SITES:
                farm.sites[s.host] = _handler(s.pages)

        _cache[depth] = await scan_on_farm(sites, serve, depth, CLOCK)
    return _cache[depth]


def _same_day(want: dt.date | None, got: Any) -> bool:
    if want is None:
        return got is None
    return got is not None and str(got)[:10] == want.isoformat()


def verdict_wrong(depth: str, host: str, record: dict[str, Any]) -> list[str]:
    s = SITES[host]
    codes = {f["code"] for f in record["findings"]}
    status = s.status if depth == "full" else s.home_status
    passed = s.passed if depth == "full" else status == "healthy" and not s.home_must
    must = s.must if depth == "full" else s.home_must
    must_not = s.must_not if depth == "full" else s.home_must_not
    wrong = []
    if record["status"] != status:
        wrong.append(f"status {record['status']} != {status}")
    if record["passed"] != passed:
        wrong.append(f"passed {record['passed']} != {passed}")
    wrong += [f"missing {c}" for c in must if c not in codes]
    wrong += [f"unwanted {c}" for c in must_not if c in codes]
    if depth == "full" and s.unanswered:
        found = [f for f in record["findings"] if f["code"] == "unanswered_messages"]
        count = found[0].get("count") if found else None
        if count != s.unanswered:
            wrong.append(f"unanswered count {count} != {s.unanswered}")
    return wrong


def newest_wrong(depth: str, host: str, record: dict[str, Any]) -> list[str]:
    want = SITES[host].home_newest
    return [] if _same_day(want, record["last_updated"]) else [f"last_updated {record['last_updated']} != {want}"]


def _find(rows: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    for row in rows:
        if name in row["name"]:
            return row
    return None


def columns_wrong(host: str, rows: list[dict[str, Any]]) -> tuple[int, list[str]]:
    right, wrong = 0, []
    for col in SITES[host].columns:
        row = _find(rows, col.name)
        if row is None:
            wrong.append(f"{col.name}: not found")
            continue
        miss = []
        if row["type"] not in col.type:
            miss.append(f"type {row['type']} not in {col.type}")
        if not _same_day(col.newest, row["newest"]):
            miss.append(f"newest {row['newest']} != {col.newest}")
        if bool(row["empty"]) != col.empty:
            miss.append(f"empty {row['empty']} != {col.empty}")
        if miss:
            wrong.append(f"{col.name}: " + "; ".join(miss))
        else:
            right += 1
    return right, wrong



def _params() -> list[Any]:
    out = []
    for depth in ("full", "home"):
        for host in SITES:
            marks = []
            if (depth, host) in XFAIL:
                marks.append(pytest.mark.xfail(strict=True, reason=XFAIL[(depth, host)]))
            out.append(pytest.param(depth, host, marks=marks, id=f"{depth}-{host}"))
    return out


def _column_params() -> list[Any]:
    return [
        pytest.param(host, marks=[pytest.mark.xfail(strict=True, reason=XFAIL_COLUMNS[host])] if host in XFAIL_COLUMNS else [],
                     id=host)
        for host in SITES
    ]


@pytest.mark.parametrize(("depth", "host"), _params())
async def test_site_verdict(depth: str, host: str) -> None:
    records, _ = await scan(depth)
    record = records[host]
    assert not verdict_wrong(depth, host, record), (verdict_wrong(depth, host, record), record["findings"])
    assert not newest_wrong(depth, host, record)


@pytest.mark.parametrize("host", _column_params())
async def test_site_columns(host: str) -> None:
    _, columns = await scan("full")
    _right, wrong = columns_wrong(host, columns.get(host, []))
    assert not wrong, (wrong, [(r["name"], r["type"], r["newest"], r["empty"]) for r in columns.get(host, [])])


async def main() -> None:  # pragma: no cover - the evaluators' score table
    from tests.blind_farm import print_scores

    await print_scores(scan, list(SITES), verdict_wrong, newest_wrong, columns_wrong,
                       lambda h: len(SITES[h].columns))


if __name__ == "__main__":  # pragma: no cover
    import asyncio

    asyncio.run(main())
