"""Blind Taiwan sites (tests/blind_tw.py) scanned on the farm at depth full and home,
checked against the truths written before any scan."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp import web
from selectolax.lexbor import LexborHTMLParser

from crawler.columns import read_lists
from crawler.config import Config
from crawler.lexicon import build_lexicon
from crawler.models import Site
from tests import blind_tw
from tests.farm import Farm
from tests.portals import NOW
from tests.test_freshness_scan import codes, finding, scan

FRESHNESS = {"homepage_stale", "column_stale", "column_empty", "unanswered_messages", "abandoned"}


def handler(pages: dict[str, str] | dict[str, bytes]) -> Callable[..., Any]:
    async def serve(request: web.Request) -> web.StreamResponse:
        page = pages.get(request.path_qs) or pages.get(request.path)
        if page is None:
            return web.Response(
                status=404, text="<html><body>找不到網頁</body></html>", content_type="text/html"
            )
        if isinstance(page, bytes):  # Big5, declared only in the page's meta
            return web.Response(body=page, headers={"Content-Type": "text/html"})
        return web.Response(text=page, content_type="text/html")

    return serve


async def scan_all(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> dict[str, dict[str, Any]]:
    server, port = farm
    sites = []
    for name, build in blind_tw.SITES.items():
        server.sites[name] = handler(build())
        sites.append(Site(server.url(name), name=name, group="blind-tw"))
    _, records = await scan(make_config(port), sites, depth=depth)
    return records


def fresh(record: dict[str, Any]) -> set[str]:
    return codes(record) & FRESHNESS


async def test_blind_tw_full(farm: tuple[Farm, int], make_config: Callable[..., Config]) -> None:
    records = await scan_all(farm, make_config, "full")
    got = {n: (r["status"], sorted(fresh(r))) for n, r in records.items()}
    assert got["tw-healthy"] == ("healthy", []), got
    assert got["tw-homestale"] == ("stale", ["column_stale", "homepage_stale"]), got
    assert finding(records["tw-homestale"], "column_stale")["count"] == 2
    assert got["tw-colstale"] == ("stale", ["column_stale", "unanswered_messages"]), got
    assert finding(records["tw-colstale"], "column_stale")["count"] == 1
    assert finding(records["tw-colstale"], "unanswered_messages")["count"] == 2
    assert got["tw-empty"][1] == ["column_empty"], got
    assert finding(records["tw-empty"], "column_empty")["count"] == 6
    assert records["tw-empty"]["passed"] is False
    assert got["tw-zombie"][0] == "zombie", got
    assert "abandoned" in got["tw-zombie"][1], got


async def test_blind_tw_home(farm: tuple[Farm, int], make_config: Callable[..., Config]) -> None:
    records = await scan_all(farm, make_config, "home")
    got = {n: (r["status"], sorted(fresh(r))) for n, r in records.items()}
    assert got["tw-healthy"] == ("healthy", []), got
    assert got["tw-homestale"] == ("stale", ["homepage_stale"]), got
    assert got["tw-colstale"] == ("healthy", []), got
    assert got["tw-empty"] == ("healthy", []), got


async def test_blind_tw_home_zombie(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    records = await scan_all(farm, make_config, "home")
    assert records["tw-zombie"]["status"] == "zombie"


def test_footer_badge_beside_update_date_is_not_an_item() -> None:
    """An empty list page (目前尚無資料) whose footer has 更新日期 and the image link of
    the 無障礙 badge: the badge is not an item dated by the footer's stamp."""
    tree = LexborHTMLParser(blind_tw.empty_site()["/News.aspx?n=E1"])
    found = read_lists(
        tree,
        "http://x.test/News.aspx?n=E1",
        NOW.date(),
        build_lexicon(),
        columns=False,
        message_list=False,
    )
    assert found.main is None
    assert found.empty_marker is not None


def test_taiwan_news_headings_are_news() -> None:
    lexicon = build_lexicon()
    for heading in ("最新訊息", "重要訊息"):
        assert lexicon.classify(heading) == "news", heading
