"""The blind zh_uni set (tests/blind_zh_uni.py): universities, a college, schools, a
kindergarten, hospitals, a library, a graduate school and an English international
office, as their CMSs render them, scanned on the farm at depths full and home with a
fixed clock; each verdict, column and homepage date against the truth written before
the first scan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import config_from_mapping
from crawler.inspect import inspect_sources, inspection_record
from crawler.models import Site
from tests import blind_zh_uni as bz
from tests.blind_farm import Columns, Records, scan_on_farm
from tests.farm import Farm

CLOCK = datetime(bz.NOW.year, bz.NOW.month, bz.NOW.day, 2, 0, tzinfo=UTC)
SITES = {s.key: s for s in bz.SITES}

# Verdicts still wrong, by (key, depth): the reason (asserted strictly as xfail).
KNOWN_GAPS: dict[tuple[str, str], str] = {}
# Columns still read wrong at depth full, by key: the reason.
COLUMN_GAPS: dict[str, str] = {}
# Homepage dates (inspect's newest_item) still wrong, by key: the reason.
DATE_GAPS: dict[str, str] = {}

_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def handler(site: bz.Site) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        path = request.path_qs if request.path_qs in site.pages else request.path
        if path in site.pages:
            return web.Response(body=site.body(path), headers={"Content-Type": "text/html"})
        if request.path.lower().endswith((".gif", ".jpg", ".png", ".ico", ".swf")):
            return web.Response(body=_GIF, content_type="image/gif")
        if request.path.lower().endswith((".css", ".js")):
            return web.Response(text="/* */", content_type="text/css")
        # an article page of the site: a plain page (the link works)
        return web.Response(
            text="<html><head><meta charset='utf-8'><title>正文</title></head><body><p>正文</p></body></html>",
            content_type="text/html",
        )

    return answer


def register(server: Farm) -> None:
    for site in bz.SITES:
        server.sites[site.host] = handler(site)


_cache: dict[str, tuple[Records, Columns]] = {}


async def scan(depth: str) -> tuple[Records, Columns]:
    if depth not in _cache:
        sites = [Site(s.url, name=s.key, group="blind_zh_uni") for s in bz.SITES]
        _cache[depth] = await scan_on_farm(sites, register, depth, CLOCK)
    return _cache[depth]


def mismatch(key: str, record: dict[str, Any], depth: str) -> list[str]:
    t = SITES[key].truth
    status, passed, must, must_not = (
        (t.status, t.passed, t.must, t.must_not)
        if depth == "full"
        else (t.status_home, t.passed_home, t.must_home, t.must_not_home)
    )
    got = {f["code"] for f in record["findings"]}
    problems = []
    if record["status"] != status:
        problems.append(f"status {record['status']} (want {status})")
    if record["passed"] != passed:
        problems.append(f"passed {record['passed']} (want {passed})")
    if set(must) - got:
        problems.append(f"missing {sorted(set(must) - got)}")
    if set(must_not) & got:
        problems.append(f"false {sorted(set(must_not) & got)}")
    if depth == "full" and record["last_updated"] != t.last_updated:
        problems.append(f"last_updated {record['last_updated']} (want {t.last_updated})")
    return problems


def column_mismatch(key: str, rows: list[dict[str, Any]]) -> tuple[int, list[str]]:
    found = {c["name"]: c for c in rows}
    wrong = []
    right = 0
    for col in SITES[key].truth.columns:
        row = found.get(col.name)
        if row is None:
            if col.optional:
                right += 1
            else:
                wrong.append(f"{col.name}: not found (found {sorted(found)})")
            continue
        got = (row.get("type"), row.get("newest"), bool(row.get("empty")))
        type_ok = col.types is None or got[0] in col.types
        if not type_ok or got[1] != col.newest or got[2] != col.empty:
            wrong.append(f"{col.name}: {got} (want {(col.types, col.newest, col.empty)})")
        else:
            right += 1
    return right, wrong


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_zh_uni_verdicts(depth: str) -> None:
    records, _ = await scan(depth)
    wrong = []
    for key in SITES:
        if (key, depth) in KNOWN_GAPS:
            continue
        problems = mismatch(key, records[key], depth)
        if problems:
            got = sorted(f["code"] for f in records[key]["findings"])
            wrong.append(
                f"{key} [{depth}]: "
                + "; ".join(problems)
                + f" | got {records[key]['status']} {got}"
            )
    assert not wrong, "\n".join(wrong)


async def test_blind_zh_uni_columns() -> None:
    """Each column's type, newest date and emptiness at depth full."""
    _, columns = await scan("full")
    wrong = []
    for key in SITES:
        if key in COLUMN_GAPS:
            continue
        _, problems = column_mismatch(key, columns.get(key, []))
        if problems:
            wrong.append(f"{key}: " + "; ".join(problems))
    assert not wrong, "\n".join(wrong)


async def _inspect(tmp_path: Path, site: bz.Site, path: str) -> dict[str, Any]:
    config = config_from_mapping({}, tmp_path / "test.toml")
    now = datetime(bz.NOW.year, bz.NOW.month, bz.NOW.day, 10, tzinfo=config.rules.zone)
    saved = tmp_path / f"{site.key}.html"
    saved.write_bytes(site.body(path))
    async for item in inspect_sources([str(saved)], config, now, f"http://{site.host}{path}"):
        return inspection_record(item)
    raise AssertionError("inspect gave nothing")


def _date_of(rec: dict[str, Any]) -> str | None:
    item = rec["newest_item"]
    return item.get("date") if isinstance(item, dict) else item


async def test_blind_zh_uni_homepage_dates(tmp_path: Path) -> None:
    """`inspect`'s newest_item of each homepage (the frameset's main frame)."""
    wrong = []
    for site in bz.SITES:
        if site.key in DATE_GAPS:
            continue
        path = "/main.asp" if site.key == "fuzhong" else site.start
        got = _date_of(await _inspect(tmp_path, site, path))
        if got != site.truth.homepage_date:
            wrong.append(f"{site.key} {path}: newest_item {got} (want {site.truth.homepage_date})")
    assert not wrong, "\n".join(wrong)


def _sweep(site: bz.Site, body: str | None = None) -> Any:
    from crawler.extract import observe

    page = (body if body is not None else site.pages[site.start]).encode(
        site.charset, "xmlcharrefreplace"
    )
    return observe(page, site.charset, site.url, "text/html", bz.NOW, lists=False).newest_item


def test_card_dates_split_over_two_nodes() -> None:
    """A news card's date box, the day over its year and month (<h3>24</h3><p>2026.11</p>,
    博达 VSB's cards) or the other way round, dates its item, in a list and in the sweep."""
    from crawler.dates import item_date

    now = bz.NOW
    assert item_date("24 2026.11 学校召开本科教育教学工作推进会", now) == bz.d("2026-11-24")
    assert item_date("23 2026-11 关于校园一卡通系统升级停机的通知", now) == bz.d("2026-11-23")
    assert item_date("2026-11 24 标题", now) == bz.d("2026-11-24")
    assert item_date("阅读 5 2026-11-20 标题", now) == bz.d("2026-11-20")  # a count, then a date
    assert item_date("2026.11 12家企业签约", now) is None  # a count after a month
    # a lecture card's day ahead, tomorrow too: an event's day, no post's
    assert item_date("26 2026.11 【学术讲座】大模型时代的智能制造", now) is None
    assert _sweep(bz.UNI) == bz.d("2026-11-24")


def test_roster_week_across_header_cells_is_no_update() -> None:
    """A 门诊排班 whose header row runs this week's days (周一 11-23 … 周日 11-29) dates
    nothing in the sweep, nor does its title naming that week; the hospital's news does."""
    site = bz.HOSPITAL
    assert _sweep(site) == bz.d("2026-10-29")
    untitled = site.pages["/"].replace(
        '<span class="week">本周（2026-11-23 至 2026-11-29）</span>', ""
    )
    assert untitled != site.pages["/"]
    assert _sweep(site, untitled) == bz.d("2026-10-29")


def test_opening_hours_box_is_not_an_empty_column() -> None:
    """A library's 今日开馆时间 box (a "more" link to all opening hours, its hours in an
    unlinked list: 借阅区：08:00-22:00) shows content: no empty column, and no news."""
    from crawler.extract import observe

    site = bz.LIBRARY
    seen = observe(site.body("/"), "utf-8", site.url, "text/html", bz.NOW)
    box = [c for c in seen.columns if "开馆" in c.name]
    assert box and all(c.items and c.empty_marker is None and c.type == "other" for c in box), box


if __name__ == "__main__":  # the score table: python -m tests.test_blind_zh_uni
    import asyncio
    import tempfile

    async def main() -> None:
        totals = {"verdict": 0, "cols": 0, "cols_total": 0, "dates": 0}
        for depth in ("full", "home"):
            records, columns = await scan(depth)
            for key in SITES:
                rec = records[key]
                wrong = mismatch(key, rec, depth)
                totals["verdict"] += not wrong
                codes = sorted(f["code"] for f in rec["findings"])
                print(
                    f"{depth:4} {key:12} {rec['status']:9} {rec['passed']!s:5} {codes} lu={rec['last_updated']}"
                )
                for w in wrong:
                    print("      !!", w)
                if depth == "full":
                    right, misses = column_mismatch(key, columns.get(key, []))
                    totals["cols"] += right
                    totals["cols_total"] += len(SITES[key].truth.columns)
                    for w in misses:
                        print("      col!!", w)
                    for c in columns.get(key, []):
                        print(
                            f"        [{c['type']:9}] {c['name'][:40]!r:42} newest={c['newest']} items={c['items']}"
                            f" empty={c['empty']} err={c.get('error')}"
                        )
        tmp = Path(tempfile.mkdtemp())
        for site in bz.SITES:
            path = "/main.asp" if site.key == "fuzhong" else site.start
            got = _date_of(await _inspect(tmp, site, path))
            ok = got == site.truth.homepage_date
            totals["dates"] += ok
            print(
                f"date {site.key:12} {got} {'ok' if ok else '!! want ' + str(site.truth.homepage_date)}"
            )
        n = len(SITES)
        print(
            f"verdicts {totals['verdict']}/{2 * n}, columns {totals['cols']}/{totals['cols_total']},"
            f" homepage dates {totals['dates']}/{n}"
        )

    asyncio.run(main())
