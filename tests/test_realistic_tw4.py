"""Fourth-round traditional-Chinese government pages (tests/realistic_tw4.py), read as
`python -m crawler inspect FILE --now 2024-11-25 --url URL` reads them, and scanned at
depth full on the farm."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from crawler.config import Config, config_from_mapping
from crawler.decode import decode_body
from crawler.inspect import inspect_page
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import realistic_tw4 as pages
from tests.farm import Farm
from tests.test_realistic_intl import Pages

NOW = datetime(2024, 11, 25, 4, tzinfo=UTC)


def inspected(page: str | bytes, url: str, content_type: str = "text/html") -> Any:
    body = page.encode("utf-8") if isinstance(page, str) else page
    record = FetchRecord(
        url=url,
        final_url=url,
        http_status=200,
        body_bytes=len(body),
        content_type=content_type,
        charset=content_type.partition("charset=")[2],  # as fetch.py reads the header
    )
    config = config_from_mapping({}, Path("inspect.toml"))
    return inspect_page("page.html", record, body, config, NOW)


def columns_of(page: str | bytes, url: str, content_type: str = "text/html") -> dict[str, Any]:
    seen = inspected(page, url, content_type).page
    assert seen is not None
    return {
        c.name: (c.type, c.newest.isoformat() if c.newest else None, c.items) for c in seen.columns
    }


async def scan(
    farm: tuple[Farm, int], make_config: Callable[..., Config], sites: dict[str, dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    server, port = farm
    config = make_config(port, rules={"slow_ms": 5000})
    for name, served in sites.items():
        server.sites[name] = Pages(served)
    listed = [Site(server.url(name), name=name, group="tw4") for name in sites]
    outcome = await run_scan(config, listed, depth="full", clock=lambda: NOW)
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


def open_data_site(plans: str) -> dict[str, str | bytes]:
    served: dict[str, str | bytes] = {
        f"/News.aspx?n={n}": pages.CATEGORY_TEXT for n in range(101, 111)
    }
    served.update(
        {
            "/": pages.OPEN_DATA,
            "/cp.aspx?n=9": pages.OPEN_DATA,
            "/News.aspx?n=1": pages.OPEN_DATA_NEWS,
            "/News.aspx?n=103": plans,
            "/News.aspx?n=104": pages.BUDGETS,
        }
    )
    return served


def freshness(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["code"]: f for f in record["findings"]}


def test_navigation_only_open_data_page_is_undated_not_stale() -> None:
    seen = inspected(pages.OPEN_DATA, "https://www.chcg.gov.tw/").page
    assert seen is not None
    assert seen.columns == () and seen.dated_items == 0
    texts = {link.text for link in seen.section_links}
    assert {"施政計畫", "預算書及決算書", "統計資料"} <= texts


@pytest.mark.parametrize(
    ("html", "name", "kind", "newest"),
    [
        (pages.PLANS, "施政計畫", "planning", "2023-12-28"),
        (pages.BUDGETS, "預算書及決算書", "finance", "2024-05-30"),
    ],
)
def test_yearly_open_data_columns_and_their_types(
    html: str, name: str, kind: str, newest: str
) -> None:
    assert columns_of(html, "https://www.chcg.gov.tw/News.aspx?n=103")[name] == (
        kind,
        newest,
        3,
    )


async def test_farm_scan_of_open_data_pages_and_a_stale_town_office(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    assert pages.OLD_PLANS != pages.PLANS
    records, columns = await scan(
        farm,
        make_config,
        {
            "opendata": open_data_site(pages.PLANS),
            "oldplans": open_data_site(pages.OLD_PLANS),
            "office": {
                "/": pages.STALE_OFFICE,
                "/News.aspx?n=2": pages.STALE_OFFICE_NEWS,
                "/News.aspx?n=3": pages.STALE_OFFICE_NEWS.replace("最新消息", "公告事項"),
            },
        },
    )
    # (1) judged on its second-level pages: 最新消息 of 113-11-20 is fresh; the plans
    # (333 days, limit 365) and the budgets (finance: no limit by default) are too.
    assert records["opendata"]["status"] == "healthy", records["opendata"]["findings"]
    opendata = columns["opendata"]
    assert (opendata["施政計畫"]["type"], opendata["施政計畫"]["newest"]) == (
        "planning",
        "2023-12-28",
    )
    assert (opendata["預算書及決算書"]["type"], opendata["預算書及決算書"]["newest"]) == (
        "finance",
        "2024-05-30",
    )
    assert opendata["最新消息"]["newest"] == "2024-11-20"
    # (2) plans last posted 111-12-27: stale at planning's 365 days; finance never is.
    old = freshness(records["oldplans"])
    assert records["oldplans"]["status"] == "stale"
    stale = {c["name"]: c for c in old["column_stale"]["columns"]}
    assert set(stale) == {"施政計畫"}
    assert (stale["施政計畫"]["newest"], stale["施政計畫"]["limit_days"]) == ("2022-12-27", 365)
    # (4) the 公所's newest 最新消息 is of 民國111年12月5日: zombie, and the evidence says so.
    office = freshness(records["office"])
    assert records["office"]["status"] == "zombie"
    assert office["abandoned"]["last_updated"] == "2022-12-05"
    news = {c["name"]: c for c in office["column_stale"]["columns"]}["最新消息"]
    assert (news["newest"], news["limit_days"], news["newest_title"]) == (
        "2022-12-05",
        14,
        "本鄉111年度冬令救濟申請",
    )
    assert columns["office"]["最新消息"]["newest"] == "2022-12-05"
    assert columns["office"]["公告事項"]["newest"] == "2022-12-05"


def test_stale_town_office_reads_each_roc_form() -> None:
    found = columns_of(pages.STALE_OFFICE, "https://www.wutai.gov.tw/")
    assert found["最新消息"] == ("news", "2022-12-05", 3)
    assert found["公告事項"] == ("notice", "2022-09-30", 1)  # 民國111年9月30日


def test_english_sister_page_of_a_ministry() -> None:
    found = columns_of(pages.MINISTRY_EN, "https://www.moea.gov.tw/en/")
    assert found["Press Releases"] == ("news", "2024-11-20", 3)  # Nov 20, 2024
    assert found["Announcements"] == ("notice", "2024-11-18", 2)  # 2024-11-18


@pytest.mark.parametrize(
    "content_type", ["text/html", "text/html; charset=utf-8", "text/html; charset=big5"]
)
def test_big5_english_page_with_a_euro_sign(content_type: str) -> None:
    # cp950's euro (A3E1) is not Big5-HKSCS: the page went to detection, which read it
    # as cp1250, and the link to 中文版 came out as "¤¤¤ĺŞ©".
    text, _ = decode_body(pages.MINISTRY_EN_BIG5, content_type.partition("charset=")[2])
    assert ">中文版</a>" in text and "about €29 million" in text
    found = columns_of(pages.MINISTRY_EN_BIG5, "https://www.moea.gov.tw/en/", content_type)
    assert found["Press Releases"] == ("news", "2024-11-20", 3)


@pytest.mark.parametrize("content_type", ["text/html", "text/html; charset=utf-8"])
def test_short_big5_page_with_a_user_defined_character(content_type: str) -> None:
    # No charset fits every byte and detection finds none on so short a page: the
    # server's "UTF-8" was used, though the Big5 <meta> fits all but one character.
    seen = inspected(pages.SHORT_BIG5, "https://www.taitung.gov.tw/", content_type).page
    assert seen is not None
    assert seen.title == "臺東縣政府"
    found = {c.name: (c.type, c.newest.isoformat() if c.newest else None) for c in seen.columns}
    assert found["縣府新聞"] == ("news", "2024-11-20")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (
            pages.STALE_OFFICE.replace('charset="utf-8"', 'charset="big5"').encode("big5"),
            "text/html; charset=utf-8",
        ),
        (
            pages.STALE_OFFICE.replace('charset="utf-8"', 'charset="big5"').encode("big5"),
            "text/html",
        ),
        (
            pages.STALE_OFFICE.replace('charset="utf-8"', 'charset="big5"').encode("utf-8"),
            "text/html",
        ),
        (
            pages.STALE_OFFICE.replace('charset="utf-8"', 'charset="big5"').encode("utf-8"),
            "text/html; charset=big5",
        ),
    ],
    ids=["big5-header-utf8", "big5-no-header", "utf8-big5-meta", "utf8-header-and-meta-big5"],
)
def test_charset_mismatches_keep_titles_and_column_names(body: bytes, content_type: str) -> None:
    seen = inspected(body, "https://www.wutai.gov.tw/", content_type).page
    assert seen is not None
    assert seen.title == "屏東縣霧臺鄉公所"
    assert {c.name for c in seen.columns} == {"最新消息", "公告事項"}
