"""The blind traditional-Chinese set, round 5 (tests/blind_trad5.py): a Taiwan county on
the government template with ROC dates in five spellings, a Big5 district office with
its 里長 roster and disaster box, a household-registration office silent since 113, an
agency's yearly 政府資訊公開 and 人事室 vacancies, a Hong Kong department and committee,
a Macau bureau in Chinese and Portuguese, a school's 公告系統 with pinned old notices, a
hacked township office, an entry page with a language chooser, and a stale Big5 township
office carrying the Executive Yuan's news box. Served on the farm under their own host
names, scanned at depths full and home with a fixed clock, and held to the truth written
before the first scan."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.models import Site
from tests import blind_trad5
from tests.blind_farm import Columns, Records, scan_on_farm
from tests.farm import Farm

# 02:00 UTC: 10:00 in Taipei, Hong Kong and Macau on 2026-11-26 (民國115年11月26日)
CLOCK = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
SITES = {s.host: s for s in blind_trad5.SITES}
# hosts the pages link to, served as small pages (the hacked site's spam hosts are not)
OUTSIDE = {**blind_trad5.OUTSIDE, "www.youtube-nocookie.com": "YouTube"}

# gaps found and not fixed: (depth, host) -> reason
XFAIL: dict[tuple[str, str], str] = {}
XFAIL_COLUMNS: dict[str, str] = {}
XFAIL_PAGES: dict[tuple[str, str], str] = {}

_cache: dict[str, tuple[Records, Columns]] = {}


def _handler(pages: dict[str, tuple[bytes, str]]) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        page = pages.get(request.path_qs)
        if page is None:
            return web.Response(
                status=404,
                text="<html><body><h1>404 Not Found</h1></body></html>",
                content_type="text/html",
            )
        body, content_type = page
        return web.Response(
            body=body, headers={"Content-Type": content_type} if content_type else {}
        )

    return answer


def _outside(title: str) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        return web.Response(
            text=f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>",
            content_type="text/html",
        )

    return answer


async def scan(depth: str) -> tuple[Records, Columns]:
    if depth not in _cache:
        sites = [
            Site(
                f"http://{s.host}/",
                name=s.host,
                group="blind_trad5",
                overrides={"timezone": "Asia/Taipei"},
            )
            for s in blind_trad5.SITES
        ]

        def serve(farm: Farm) -> None:
            for s in blind_trad5.SITES:
                farm.sites[s.host] = _handler(s.pages)
            for host, title in OUTSIDE.items():
                farm.sites[host] = _outside(title)

        _cache[depth] = await scan_on_farm(sites, serve, depth, CLOCK)
    return _cache[depth]


def _same_day(want: dt.date | None, got: Any) -> bool:
    if want is None:
        return got is None
    return got is not None and str(got)[:10] == want.isoformat()


def verdict_wrong(depth: str, host: str, record: dict[str, Any]) -> list[str]:
    truth = SITES[host].full if depth == "full" else SITES[host].home
    codes = {f["code"] for f in record["findings"]}
    wrong = []
    if record["status"] != truth.status:
        wrong.append(f"status {record['status']} != {truth.status}")
    if record["passed"] != truth.passed:
        wrong.append(f"passed {record['passed']} != {truth.passed}")
    wrong += [f"missing {c}" for c in sorted(truth.must) if c not in codes]
    wrong += [f"unwanted {c}" for c in sorted(truth.must_not) if c in codes]
    return wrong


def newest_wrong(depth: str, host: str, record: dict[str, Any]) -> list[str]:
    want = SITES[host].last_updated
    if depth == "home" and "undated" in SITES[host].home.must:
        want = None
    return (
        []
        if _same_day(want, record["last_updated"])
        else [f"last_updated {record['last_updated']} != {want}"]
    )


def _find(rows: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    for row in rows:
        if row["name"].strip() == name:
            return row
    for row in rows:
        if name in row["name"]:
            return row
    return None


def columns_wrong(host: str, rows: list[dict[str, Any]]) -> tuple[int, list[str]]:
    right, wrong = 0, []
    for col in SITES[host].columns:
        row = _find(rows, col.name)
        if row is None:
            if col.optional:
                right += 1
            else:
                wrong.append(f"{col.name}: not found")
            continue
        miss = []
        if row["type"] != col.type and not (col.optional and col.newest is None):
            miss.append(f"type {row['type']} != {col.type}")
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
            marks = (
                [pytest.mark.xfail(strict=True, reason=XFAIL[(depth, host)])]
                if (depth, host) in XFAIL
                else []
            )
            out.append(pytest.param(depth, host, marks=marks, id=f"{depth}-{SITES[host].key}"))
    return out


def _column_params() -> list[Any]:
    return [
        pytest.param(
            host,
            marks=[pytest.mark.xfail(strict=True, reason=XFAIL_COLUMNS[host])]
            if host in XFAIL_COLUMNS
            else [],
            id=SITES[host].key,
        )
        for host in SITES
    ]


@pytest.mark.parametrize(("depth", "host"), _params())
async def test_site_verdict(depth: str, host: str) -> None:
    records, _ = await scan(depth)
    record = records[host]
    assert not verdict_wrong(depth, host, record), (
        verdict_wrong(depth, host, record),
        record["findings"],
    )
    assert not newest_wrong(depth, host, record), newest_wrong(depth, host, record)


@pytest.mark.parametrize("host", _column_params())
async def test_site_columns(host: str) -> None:
    _, columns = await scan("full")
    _right, wrong = columns_wrong(host, columns.get(host, []))
    assert not wrong, (
        wrong,
        [(r["name"], r["type"], r["newest"], r["empty"]) for r in columns.get(host, [])],
    )


def _page_params() -> list[Any]:
    out = []
    for s in blind_trad5.SITES:
        for path in s.page_dates:
            marks = (
                [pytest.mark.xfail(strict=True, reason=XFAIL_PAGES[(s.key, path)])]
                if (s.key, path) in XFAIL_PAGES
                else []
            )
            out.append(pytest.param(s.key, path, marks=marks, id=f"{s.key}-{path}"))
    return out


def inspect_pages(tmp: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """`inspect --json` of every page whose date the truth gives, in one call per site."""
    out = {}
    for s in blind_trad5.SITES:
        if not s.page_dates:
            continue
        files = []
        for i, path in enumerate(s.page_dates):
            f = tmp / f"{s.key}_{i}.html"
            f.write_bytes(s.pages[path][0])
            files.append((path, f))
        for path, f in files:
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "crawler",
                    "inspect",
                    str(f),
                    "--json",
                    "--now",
                    "2026-11-26",
                    "--url",
                    f"http://{s.host}{path}",
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            out[(s.key, path)] = json.loads(proc.stdout.splitlines()[0])
    return out


_inspected: dict[tuple[str, str], dict[str, Any]] = {}


@pytest.mark.parametrize(("key", "path"), _page_params())
def test_page_date(key: str, path: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    if not _inspected:
        _inspected.update(inspect_pages(tmp_path_factory.mktemp("trad5_pages")))
    want = blind_trad5.BY_KEY[key].page_dates[path]
    got = _inspected[(key, path)]["page_date"]
    assert _same_day(want, got), (want, got)


def test_truth_is_whole() -> None:
    for s in blind_trad5.SITES:
        assert dataclasses.asdict(s.full)["status"] in {
            "healthy",
            "stale",
            "zombie",
            "hijacked",
            "unreachable",
        }
        assert "/" in s.pages


async def main() -> None:  # pragma: no cover - the evaluators' score table
    from tests.blind_farm import print_scores

    await print_scores(
        scan,
        list(SITES),
        verdict_wrong,
        newest_wrong,
        columns_wrong,
        lambda h: len(SITES[h].columns),
    )
    with __import__("tempfile").TemporaryDirectory() as tmp:
        for (key, path), rec in inspect_pages(Path(tmp)).items():
            want = blind_trad5.BY_KEY[key].page_dates[path]
            print(
                "page",
                key,
                path,
                rec["page_date"],
                "want",
                want,
                "OK" if _same_day(want, rec["page_date"]) else "!!",
            )


if __name__ == "__main__":  # pragma: no cover
    import asyncio

    asyncio.run(main())
