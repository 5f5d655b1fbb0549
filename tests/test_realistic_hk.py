"""Hong Kong and Macau government pages (tests/realistic_hk.py), read as `python -m
crawler inspect FILE --now 2026-11-26 --url URL` reads them, and scanned on the farm at
depth full and home against their written truth."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crawler.config import Config, config_from_mapping
from crawler.dates import item_date, newest_date_in_page_text
from crawler.decode import decode_body
from crawler.extract import observe
from crawler.inspect import inspect_page
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import realistic_hk as pages
from tests.farm import Farm
from tests.test_realistic_intl import Pages

NOW = pages.NOW


def inspected(page: str | bytes, url: str, content_type: str = "text/html") -> Any:
    body = page.encode("utf-8") if isinstance(page, str) else page
    record = FetchRecord(
        url=url,
        final_url=url,
        http_status=200,
        body_bytes=len(body),
        content_type=content_type,
        charset=content_type.partition("charset=")[2],
    )
    config = config_from_mapping({}, Path("inspect.toml"))
    return inspect_page("page.html", record, body, config, NOW)


def columns_of(page: str | bytes, url: str) -> dict[str, tuple[str, str | None]]:
    seen = inspected(page, url).page
    assert seen is not None
    return {c.name: (c.type, c.newest.isoformat() if c.newest else None) for c in seen.columns}


def list_page_newest(page: str | bytes, url: str) -> str | None:
    body = page.encode("utf-8") if isinstance(page, str) else page
    seen = observe(body, "", url, "text/html", NOW.date(), columns=False)
    return seen.newest_item.isoformat() if seen.newest_item else None


def sweep_newest(page: str | bytes, url: str) -> str | None:
    body = page.encode("utf-8") if isinstance(page, str) else page
    seen = observe(body, "", url, "text/html", NOW.date(), lists=False)
    return seen.newest_item.isoformat() if seen.newest_item else None


@pytest.mark.parametrize("host", sorted(pages.TRUTH))
def test_homepage_columns_as_inspect_reads_them(host: str) -> None:
    """The homepage's columns, types and newest dates as its blocks show them (a
    column whose block shows no date, or only dates ahead, has none yet)."""
    served = pages.site_pages()[host]
    found = columns_of(served["/"], f"https://{host}/")
    truth = pages.TRUTH[host][2]
    assert {name: kind for name, (kind, _) in found.items()} == {
        name: kind for name, (kind, _) in truth.items()
    }


@pytest.mark.parametrize(
    ("page", "newest"),
    [
        (pages.BUREAU_PRESS_BY_DAY, "2026-11-20"),
        (pages.BUREAU_PRESS_BY_DAY_OLD, "2026-06-19"),
        (pages.GIA_INDEX, "2026-11-20"),
    ],
    ids=["bureau", "bureau-june", "gia"],
)
def test_press_releases_under_a_day_heading_take_its_day(page: str, newest: str) -> None:
    # <h2>2026年11月20日（星期五）</h2><ul><li><a>..</a></li>...: the releases are of
    # that day; they were undated, and the press page's column had no newest date.
    assert list_page_newest(page, "https://www.devb.gov.hk/tc/press/index.html") == newest


def test_a_day_heading_dates_only_the_items_without_a_date() -> None:
    # Items that show their own day keep it: the heading's day is for the others.
    page = pages.BUREAU_PRESS_BY_DAY
    for title in ("發展局局長視察北部都會區工程進度</a>", "土地註冊處公布十月份統計數字</a>"):
        page = page.replace(title, f"{title} 19.11.2026")
    assert list_page_newest(page, "https://www.devb.gov.hk/tc/press/") == "2026-11-19"


def test_a_menu_under_a_dated_heading_is_no_list_of_that_day() -> None:
    # A clock in a heading above the site's menu: short link texts are a menu.
    page = pages.BUREAU_PUBLICATIONS.replace(
        '<main id="content">',
        '<h4>2026年11月26日（星期四）</h4><ul><li><a href="/a">主頁</a></li>'
        '<li><a href="/b">關於我們</a></li><li><a href="/c">聯絡我們</a></li></ul>'
        '<main id="content">',
    )
    assert list_page_newest(page, "https://www.devb.gov.hk/tc/publications/") is None


@pytest.mark.parametrize(
    ("page", "newest"),
    [
        (pages.BUREAU_PRESS_BY_DAY_OLD, "2026-06-19"),
        (pages.BUREAU_HOME_OLD, "2026-10-08"),
        (pages.MACAU_PT, "2026-11-20"),
        (pages.MACAU_PT_NEWS, "2026-11-20"),
        (pages.BUREAU_PUBLICATIONS, None),
    ],
    ids=["press-june", "home-june", "macau-pt", "macau-pt-news", "publications"],
)
def test_sweep_leaves_out_the_footers_revision_date(page: str, newest: str | None) -> None:
    # "修訂日期： 2026年11月25日" (every .gov.hk footer) and "Última actualização: 26 de
    # Novembro de 2026" (Macau's) are the page's stamp: they made a June page fresh.
    assert sweep_newest(page, "https://www.devb.gov.hk/tc/") == newest


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("諮詢期：2026年6月2日至2026年8月31日", "2026-06-02"),
        ("絲路瑰寶 2026年6月6日至2026年11月22日", "2026-06-06"),
        ("莫奈光影 2026年10月1日至2027年3月1日", "2026-10-01"),  # its end ahead, as before
        ("Exposição 20.10.2026 - 15.11.2026", "2026-10-20"),
        ("Exhibition November 2, 2026 to November 20, 2026", "2026-11-02"),
        ("招標 2026-11-01～2026-11-20", "2026-11-01"),
        ("公告 2026-11-18", "2026-11-18"),
        ("2026-11-01 修訂公告 2026-11-20", "2026-11-20"),  # two dates, no period
    ],
)
def test_a_period_dates_its_item_by_its_start(text: str, day: str) -> None:
    # An exhibition or a consultation that closed: the day it closed was read as the
    # item's, and a museum with nothing new since June looked fresh.
    assert str(item_date(text, NOW.date(), "dmy")) == day
    assert str(newest_date_in_page_text(f"展覽\n{text}\n", NOW.date(), "dmy")) == day


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Concursos", "personnel"),
        ("Recrutamento", "personnel"),
        ("Concursos públicos", "notice"),
        ("Comunicados de imprensa", "news"),
        ("Consultas públicas", "interaction"),
        ("Legislação", "policy"),
        ("法例", "policy"),
        ("Estatísticas", "statistics"),
        ("會議文件", "other"),
        ("Meeting Papers", "other"),
    ],
)
def test_hong_kong_and_macau_headings(heading: str, kind: str) -> None:
    from crawler.extract import default_lexicon

    assert default_lexicon().classify(heading) == kind


@pytest.mark.parametrize("charset", ["", "utf-8", "big5"])
def test_big5_hkscs_cantonese_page(charset: str) -> None:
    text, _ = decode_body(pages.HKSCS_BYTES, charset)
    assert all(c in text for c in "㗎嘅啲喺冇咗嚟哋") and "\ufffd" not in text
    content_type = f"text/html; charset={charset}" if charset else "text/html"
    seen = inspected(pages.HKSCS_BYTES, "https://www.had.gov.hk/", content_type).page
    assert seen is not None
    assert {c.name: (c.type, str(c.newest)) for c in seen.columns} == {
        "通告": ("notice", "2026-11-20")
    }


async def _scan(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    server, port = farm
    address = f"127.0.0.1:{port}"
    config = make_config(
        port,
        network={"resolve": {"*.gov.hk": address, "*.gov.mo": address, "*.art.museum": address}},
        rules={"slow_ms": 5000},
    )
    for host, served in pages.site_pages().items():
        server.sites[host] = Pages(served)
    listed = [Site(f"http://{host}:{port}/", name=host, group="hk") for host in pages.TRUTH]
    outcome = await run_scan(config, listed, depth=depth, clock=lambda: NOW)
    db = open_database(config.database_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
        rows = list(
            db.query(
                "SELECT sites.name AS site, check_columns.* FROM check_columns"
                " JOIN checks ON checks.id = check_columns.check_id"
                " JOIN sites ON sites.id = checks.site_id WHERE checks.scan_id = ?",
                [outcome.scan_id],
            )
        )
    finally:
        db.conn.close()
    columns: dict[str, dict[str, Any]] = {}
    for row in rows:
        columns.setdefault(row["site"], {})[row["name"]] = dict(row)
    return records, columns


FRESHNESS = {"homepage_stale", "column_stale", "column_empty", "abandoned", "undated"}


async def test_farm_scan_at_depth_full_matches_the_truth(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    records, columns = await _scan(farm, make_config, "full")
    for host, (status, findings, truth, _, _) in pages.TRUTH.items():
        record = records[host]
        codes = {f["code"] for f in record["findings"]} & FRESHNESS
        assert (record["status"], codes) == (status, findings), (host, record["findings"])
        seen = {name: (row["type"], row["newest"]) for name, row in columns[host].items()}
        assert seen == truth, host


async def test_farm_scan_at_depth_home_matches_the_truth(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    records, _ = await _scan(farm, make_config, "home")
    for host, (_, _, _, newest, status) in pages.TRUTH.items():
        record = records[host]
        assert record["status"] == status, (host, record["findings"])
        stale = {f["code"]: f for f in record["findings"]}.get("homepage_stale")
        if status == "stale":
            assert stale is not None and stale.get("newest") == newest, (host, stale)
