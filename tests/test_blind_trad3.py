"""The blind Taiwan set, round 3 (tests/blind_trad3.py): nine traditional-Chinese
government sites (ministry, county, agencies, Big5 township offices, a district office
across New Year, a school) served on the farm under their own host names, scanned at
depths full and home with a fixed clock, and held to the truth written before the first
scan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web

from crawler.models import Site
from tests import blind_trad3
from tests.blind_farm import Columns, Records, scan_on_farm
from tests.farm import Farm

# 02:00 UTC: 10:00 in Taipei on 2026-11-26 (民國115年11月26日)
CLOCK = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
SITES = {s.key: s for s in blind_trad3.SITES}

_cache: dict[str, tuple[Records, Columns]] = {}


def _handler(pages: dict[str, tuple[bytes, str]]) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        page = pages.get(request.path_qs)
        if page is None:
            return web.Response(status=404, text="<html><body><h1>404</h1></body></html>", content_type="text/html")
        body, content_type = page
        return web.Response(body=body, headers={"Content-Type": content_type})

    return answer


async def scan(depth: str) -> tuple[Records, Columns]:
    if depth not in _cache:
        sites = [
            Site(f"http://{s.host}/", name=s.key, group="blind_trad3", overrides={"timezone": "Asia/Taipei"})
            for s in blind_trad3.SITES
        ]

        def serve(farm: Farm) -> None:
            for s in blind_trad3.SITES:
                farm.sites[s.host] = _handler(blind_trad3.encoded(s))

        _cache[depth] = await scan_on_farm(sites, serve, depth, CLOCK)
    return _cache[depth]


def _matches(want: Any, got: Any) -> bool:
    if isinstance(want, tuple):
        return any(_matches(w, got) for w in want)
    if isinstance(want, dt.date):
        return got is not None and str(got)[:10] == want.isoformat()
    return bool(want == got)


@pytest.mark.parametrize("depth", ["full", "home"])
@pytest.mark.parametrize("key", list(SITES))
async def test_site_verdict(key: str, depth: str) -> None:
    records, _ = await scan(depth)
    record = records[key]
    truth = SITES[key].truth
    codes = {f["code"] for f in record["findings"]}
    status = truth["status"] if depth == "full" else truth["home_status"]
    assert record["status"] == status, record["findings"]
    assert record["passed"] == (truth["passed"] if depth == "full" else status == "healthy")
    newest = truth["last_updated"] if depth == "full" else truth["home_last_updated"]
    assert _matches(newest, record["last_updated"]), record["last_updated"]
    must = truth["must"] + (truth.get("must_full", []) if depth == "full" else [])
    assert not [c for c in must if c not in codes], codes
    assert not [c for c in truth["must_not"] if c in codes], codes


@pytest.mark.parametrize("key", list(SITES))
async def test_site_columns(key: str) -> None:
    _, columns = await scan("full")
    got = {row["name"]: row for row in columns.get(key, [])}
    for name, want in SITES[key].truth["columns"].items():
        assert name in got, (name, sorted(got))
        row = got[name]
        assert _matches(want["type"], row["type"]), (name, row["type"])
        if want["newest"] is None:
            assert row["newest"] is None, (name, row["newest"])
        else:
            assert _matches(want["newest"], row["newest"]), (name, row["newest"])
        assert bool(row["empty"]) == want["empty"], (name, row["empty"])
    # no column read off the 主選單 (its links are no columns of their own)
    assert not [n for n in got if n not in SITES[key].truth["columns"]], sorted(got)
