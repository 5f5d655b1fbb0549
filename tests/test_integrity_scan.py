"""Zombie and hijack detection end to end, against the farm."""

from __future__ import annotations

from datetime import UTC, datetime

from aiohttp import web

from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.farm import HEALTHY_PAGE, Farm

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)

CASINO = """<html><head><meta charset="utf-8"><title>澳门威尼斯人娱乐城 - 百家乐官网</title></head>
<body><h1>澳门威尼斯人娱乐城</h1><p>百家乐 时时彩 六合彩 真人视讯 体育投注 棋牌 捕鱼 百家乐在线 娱乐城注册送彩金</p>
<a href="/reg">立即注册</a><a href="/bjl">百家乐</a><a href="/lhc">六合彩</a></body></html>"""


def page(text: str):
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(text=text, content_type="text/html")

    return handler


async def scan_sites(config, sites):
    outcome = await run_scan(config, sites, depth="full", clock=lambda: NOW)
    db = open_database(config.database_path, create=False)
    records = {r["url"]: r for r in iter_result_records(db, outcome.scan_id)}
    db.conn.close()
    return records


def codes(record) -> set[str]:
    return {f["code"] for f in record["findings"]}


async def test_script_redirect_to_a_casino_is_a_hijack_and_the_target_is_read(
    farm: tuple[Farm, int], make_config
) -> None:
    server, port = farm
    hits: list[str] = []

    async def casino(request: web.Request) -> web.StreamResponse:
        hits.append(request.path)
        return web.Response(text=CASINO, content_type="text/html")

    redirecting = HEALTHY_PAGE.replace(
        "</body>", '<script>window.location.href="http://casino.farm2.test/?from=gov";</script></body>'
    )
    server.sites["jsredirect"] = page(redirecting)
    config = make_config(port, network={"resolve": {"*.farm.test": f"127.0.0.1:{port}", "*.farm2.test": f"127.0.0.1:{port}"}})
    # casino.farm2.test: another domain, served by the same farm (the farm routes by the
    # Host header, and a host outside farm.test is looked up by its full name).
    server.sites["casino.farm2.test"] = casino
    records = await scan_sites(config, [Site(server.url("jsredirect"))])
    record = records[server.url("jsredirect")]
    assert record["status"] == "hijacked", record["findings"]
    finding = next(f for f in record["findings"] if f["code"] == "offsite_redirect")
    assert finding["target"] == "http://casino.farm2.test/?from=gov"
    assert "威尼斯人" in finding["detail"] or "威尼斯人" in str(finding.get("shows", ""))
    assert hits, "the redirect target was fetched and read"


async def test_hidden_casino_links_on_a_real_portal(farm: tuple[Farm, int], make_config) -> None:
    server, port = farm
    hacked = HEALTHY_PAGE.replace(
        "</body>",
        '<div style="position:absolute;top:-999px;left:-999px">'
        '<a href="http://www.bet-888.example/">澳门威尼斯人娱乐城</a>'
        '<a href="http://www.bet-888.example/bjl/">百家乐</a></div></body>',
    )
    server.sites["hacked"] = page(hacked)
    server.sites["clean"] = page(HEALTHY_PAGE)
    records = await scan_sites(make_config(port), [Site(server.url("hacked")), Site(server.url("clean"))])
    hacked_record = records[server.url("hacked")]
    assert hacked_record["status"] == "hijacked"
    hidden = next(f for f in hacked_record["findings"] if f["code"] == "hidden_links")
    assert hidden["count"] == 2 and "www.bet-888.example" in hidden["hosts"]
    clean = records[server.url("clean")]
    assert clean["status"] == "healthy"
    assert not codes(clean) & {"hidden_links", "spam_content", "offsite_redirect"}


async def test_cloaking_shows_spam_to_baiduspider_only(farm: tuple[Farm, int], make_config) -> None:
    server, port = farm
    agents: list[str] = []

    async def cloaked(request: web.Request) -> web.StreamResponse:
        agent = request.headers.get("User-Agent", "")
        agents.append(agent)
        text = CASINO if "Baiduspider" in agent else HEALTHY_PAGE
        return web.Response(text=text, content_type="text/html")

    server.sites["cloaked"] = cloaked
    off = await scan_sites(make_config(port), [Site(server.url("cloaked"))])
    assert off[server.url("cloaked")]["status"] == "healthy"
    assert not any("Baiduspider" in a for a in agents)  # off by default: no extra request

    config = make_config(port, crawler={"check_cloaking": True}, storage={"path": str(make_config(port).database_path) + "2"})
    on = await scan_sites(config, [Site(server.url("cloaked"))])
    record = on[server.url("cloaked")]
    assert record["status"] == "hijacked"
    assert "cloaking" in codes(record)


# --- every hostile page and every trap, served as a real site and scanned ------------

import pytest  # noqa: E402

from tests import hostile_pages  # noqa: E402

HOST = "www.dongshan.gov.cn"  # the domain the hostile pages call their own

CASES = [
    # (page, expected status, finding that must be there or None)
    (hostile_pages.offscreen_casino_portal, "hijacked", "hidden_links"),
    (hostile_pages.display_none_portal, "hijacked", "hidden_links"),
    (hostile_pages.class_hidden_portal, "hijacked", "hidden_links"),
    (hostile_pages.marquee_portal, "hijacked", "hidden_links"),
    (hostile_pages.base64_injection_portal, "hijacked", None),
    (hostile_pages.unescape_injection_portal, "hijacked", None),
    (hostile_pages.escaped_injection_portal, "hijacked", None),
    (hostile_pages.discuz_forum, "hijacked", "spam_content"),
    (lambda: hostile_pages.NGINX, "zombie", "default_server_page"),
    (lambda: hostile_pages.SEDO_PARKED, "zombie", "parked_domain"),
    (lambda: hostile_pages.PLACEHOLDER_SIMPLIFIED, "zombie", "placeholder_page"),
    (lambda: hostile_pages.PLACEHOLDER_TRADITIONAL, "zombie", "placeholder_page"),
    # The traps: honest pages that must not be called hijacked or dead.
    (hostile_pages.crackdown_article_portal, None, None),
    (hostile_pages.mobile_menu_portal, None, None),
    (hostile_pages.image_homepage, None, None),
    (hostile_pages.copyright_only_portal, None, None),
    (hostile_pages.open_gov_links_portal, None, None),
    (hostile_pages.coming_soon_news_portal, None, None),
]


@pytest.mark.parametrize(("make_page", "status", "code"), CASES)
async def test_hostile_and_honest_pages_scanned_as_sites(
    farm: tuple[Farm, int], make_config, make_page, status, code
) -> None:
    server, port = farm
    server.sites[HOST] = page(make_page())
    config = make_config(
        port,
        network={"resolve": {"*.farm.test": f"127.0.0.1:{port}", HOST: f"127.0.0.1:{port}"}},
    )
    records = await scan_sites(config, [Site(f"http://{HOST}/")])
    record = records[f"http://{HOST}/"]
    found = codes(record)
    if status is None:
        assert record["status"] not in ("hijacked", "zombie"), record["findings"]
        assert not found & {"hidden_links", "spam_content", "offsite_redirect", "placeholder_page"}
    else:
        assert record["status"] == status, record["findings"]
        assert record["passed"] is False
        if code is not None:
            assert code in found


async def test_http_redirects_to_an_alias_a_sibling_and_a_stranger(
    farm: tuple[Farm, int], make_config
) -> None:
    server, port = farm

    def redirect(to: str):
        async def handler(request: web.Request) -> web.StreamResponse:
            raise web.HTTPFound(to)

        return handler

    server.sites["www.oldname.gov.cn"] = redirect("http://www.newname.com/")
    server.sites["www.county.gov.cn"] = redirect("http://www.city.gov.cn/county/")
    server.sites["www.hijacked.gov.cn"] = redirect("http://www.newname.com/")
    server.sites["www.newname.com"] = page(HEALTHY_PAGE)
    server.sites["www.city.gov.cn"] = page(HEALTHY_PAGE)
    config = make_config(port, network={"resolve": {"*": f"127.0.0.1:{port}"}})
    sites = [
        Site("http://www.oldname.gov.cn/", aliases=("www.newname.com",)),
        Site("http://www.county.gov.cn/"),
        Site("http://www.hijacked.gov.cn/"),
    ]
    records = await scan_sites(config, sites)
    alias = records["http://www.oldname.gov.cn/"]
    assert alias["status"] == "healthy" and not codes(alias) & {"offsite_redirect", "site_moved"}
    moved = records["http://www.county.gov.cn/"]
    assert "site_moved" in codes(moved) and moved["status"] == "healthy"
    stranger = records["http://www.hijacked.gov.cn/"]
    assert stranger["status"] == "hijacked"
    finding = next(f for f in stranger["findings"] if f["code"] == "offsite_redirect")
    assert finding["target"] == "http://www.newname.com/" and finding["how"] == "HTTP 302"
