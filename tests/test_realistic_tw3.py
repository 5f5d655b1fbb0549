"""Third-round traditional-Chinese government pages (tests/realistic_tw3.py), read as
`python -m crawler inspect FILE --now 2024-11-25 --url URL` reads them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from crawler.config import config_from_mapping
from crawler.inspect import inspect_page
from crawler.models import FetchRecord
from tests import realistic_tw3 as pages

NOW = datetime(2024, 11, 25, 4, tzinfo=UTC)


def columns_of(html: str, url: str) -> dict[str, tuple[str, str | None, int, str | None]]:
    body = html.encode("utf-8")
    record = FetchRecord(
        url=url, final_url=url, http_status=200, body_bytes=len(body), content_type="text/html"
    )
    config = config_from_mapping({}, Path("inspect.toml"))
    page: Any = inspect_page("page.html", record, body, config, NOW).page
    assert page is not None
    return {
        c.name: (c.type, c.newest.isoformat() if c.newest else None, c.items, c.more_url)
        for c in page.columns
    }


def test_town_office_cms_table_with_roc_dates_and_unit_and_hits_columns() -> None:
    found = columns_of(pages.TOWN, "https://www.sinhua.gov.tw/")
    assert found["最新消息"][:3] == ("news", "2024-11-20", 3)
    assert found["公告事項"][:3] == ("notice", "2024-10-30", 2)


@pytest.mark.parametrize(
    "html", [pages.MINISTRY_TABS, pages.MINISTRY_TAB_NAV], ids=["nav-tabs", "tab-nav"]
)
def test_tab_panels_under_a_nav_classed_tab_bar_are_columns(html: str) -> None:
    # <ul class="nav nav-tabs" role="tablist">: "nav" made the tab bar a menu, so the
    # three panels had no heading and the ministry's news columns were not seen.
    found = columns_of(html, "https://www.moea.gov.tw/")
    assert found["新聞稿"] == ("news", "2024-11-20", 2, "https://www.moea.gov.tw/News.aspx?n=1")
    assert found["即時新聞"][:2] == ("news", "2024-11-22")  # a hidden panel: still read
    assert found["公告"][:2] == ("notice", "2024-11-05")
    assert found["首長信箱"][:2] == ("interaction", "2024-11-20")


def test_hong_kong_press_releases_and_day_first_dates() -> None:
    found = columns_of(pages.HK_DEPT, "https://www.epd.gov.hk/tc/")
    assert found["新聞公報"][:2] == ("news", "2024-11-22")
    assert found["公告"][:2] == ("notice", "2024-11-20")
    assert found["最新消息"][:2] == ("news", "2024-11-24")


def test_macau_portuguese_more_links_and_headings() -> None:
    zh = columns_of(pages.MACAU_ZH, "https://www.macaotourism.gov.mo/zh-hant/")
    # "Ver mais" alone is the Avisos block's link to its list page
    assert zh["公告 Avisos"][3] == "https://www.macaotourism.gov.mo/zh-hant/avisos/"
    pt = columns_of(pages.MACAU_PT, "https://www.macaotourism.gov.mo/pt/")
    assert pt["Notícias"][:2] == ("news", "2024-11-21")
    assert pt["Avisos"][:2] == ("notice", "2024-11-12")
    assert pt["Avisos"][3] == "https://www.macaotourism.gov.mo/zh-hant/avisos/"
