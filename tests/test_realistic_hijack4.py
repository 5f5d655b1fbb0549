"""The fourth hijack audit's honest pages (tests/realistic_hijack4.py): sites that
name gambling, drugs and porn for good reasons and hide markup for good reasons,
judged page by page (`inspect_page`) and as whole sites on the farm at both depths.
None may be called hijacked. The clock is fixed (tests/realistic_hijack.NOW)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from selectolax.lexbor import LexborHTMLParser

from crawler.config import Config, config_from_mapping
from crawler.inspect import inspect_page
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.signals import _dropdown, _spam_hits, default_signatures
from tests import realistic_hijack as rh
from tests import realistic_hijack4 as r4
from tests.farm import Farm

CASES = {build().slug: build() for build in r4.BUILDERS}
PAGES = [(slug, path) for slug, case in CASES.items() for path in case.pages]


def _inspect(url: str, html: str) -> Any:
    raw = html.encode()
    fetch = FetchRecord(
        url=url, final_url=url, http_status=200, body_bytes=len(raw), content_type="text/html"
    )
    config = config_from_mapping({}, Path("realistic.toml"))
    return inspect_page(url, fetch, raw, config, rh.NOW)


def _judge(url: str, html: str) -> tuple[str, set[str]]:
    found = _inspect(url, html)
    return found.verdict.status, {f.code for f in found.verdict.findings} & rh.HIJACK_CODES


@pytest.mark.parametrize(("slug", "path"), PAGES)
def test_no_honest_page_is_hijacked(slug: str, path: str) -> None:
    case = CASES[slug]
    status, codes = _judge(case.url.rstrip("/") + path, case.pages[path])
    assert (status == "hijacked", codes) == (False, set())


def _serve(case: rh.Case, pages: dict[str, str]) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.StreamResponse:
        location = case.redirects.get(request.path) if pages is case.pages else None
        if location is not None:
            raise web.HTTPFound(location)
        page = pages.get(request.path)
        if page is None:
            return web.Response(
                status=404, text="<html><body>404</body></html>", content_type="text/html"
            )
        return web.Response(
            body=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"}
        )

    return handler


@pytest.mark.parametrize("depth", ["home", "full"])
async def test_farm_scan_calls_no_honest_site_hijacked(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> None:
    server, port = farm
    target = f"127.0.0.1:{port}"
    hosts = {case.url.split("/")[2] for case in CASES.values()}
    hosts |= {other for case in CASES.values() for other in case.others}
    config = make_config(port, network={"resolve": dict.fromkeys(sorted(hosts), target)})
    sites = []
    for slug, case in CASES.items():
        server.sites[case.url.split("/")[2]] = _serve(case, case.pages)
        for other, pages in case.others.items():
            server.sites[other] = _serve(case, pages)
        sites.append(Site(case.url, name=slug, group="realistic-hijack4"))
    outcome = await run_scan(config, sites, depth=depth, clock=lambda: rh.NOW)
    wrong = rh.scan_mismatches(config, outcome.scan_id, CASES, set())
    if wrong:
        pytest.fail(json.dumps(wrong, ensure_ascii=False, indent=1))


MEDIA = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in r4.CN_MEDIA_FRIENDS)
SPAM_LINKS = "".join(
    f'<li><a href="http://www.{n}.example/">{t}</a></li>'
    for n, t in (("xpj", "澳门新葡京"), ("tyc", "太阳城娱乐"), ("bjl", "百家乐平台"))
)


@pytest.mark.parametrize(
    ("block", "hijacked"),
    [
        # a drop-down under its button: opens on hover
        (
            f'<div class="xl"><span>新闻媒体</span><ul style="display:none">{MEDIA}</ul></div>',
            False,
        ),
        (
            '<div class="box"><a href="javascript:;">媒体链接</a>'
            f'<div style="display:none"><ul>{MEDIA}</ul></div></div>',
            False,
        ),
        # the same block with no button of its own (alone, or in a footer of text and
        # links), or whose links sell spam: dark links
        (f'<div><ul style="display:none">{MEDIA}</ul></div>', True),
        (
            f'<div class="ft"><a href="/about/">关于我们</a> 主办：青溪县人民政府办公室 地址：人民路1号'
            f'<ul style="display:none">{MEDIA}</ul></div>',
            True,
        ),
        (
            f'<div class="xl"><span>友情链接</span><ul style="display:none">{SPAM_LINKS}</ul></div>',
            True,
        ),
    ],
)
def test_a_dropdown_under_its_button_is_no_dark_block(block: str, hijacked: bool) -> None:
    page = rh.portal(footer_extra=block)
    status, _ = _judge(f"http://www.{rh.CN_DOMAIN}/", page)
    assert (status == "hijacked") is hijacked


def test_a_dropdown_of_thousands_of_links_is_judged_in_linear_time() -> None:
    # Each of the parent's links was looked for among the block's own one by one: a
    # hidden block of 6,000 links under a label took over a second (quadratic).
    links = "".join(f'<a href="http://www.site{n}.com/">合作媒体{n}</a>' for n in range(6_000))
    tree = LexborHTMLParser(
        f'<div><span>合作媒体</span><div id="box" style="display:none">{links}</div></div>'
    )
    # CPU time, not wall time: other processes on a loaded machine do not count.
    started = time.process_time()
    assert _dropdown(tree.css_first("#box"))
    assert time.process_time() - started < 0.3


@pytest.mark.parametrize(
    ("text", "weights"),
    [
        ("“六合彩”“时时彩”“北京赛车”都是赌博", [0.2, 0.2, 0.2]),
        ("所谓「澳門百家樂內部漏洞」", [0.2]),
        ("以“注册送彩金”“首存送100%”为饵", [0.2, 0.2]),
        # spam writes its offers bare, or in its own brackets
        ("六合彩开奖直播 时时彩平台 北京赛车pk10", [1.0, 1.0, 1.0, 1.0]),
        ("【澳门百家乐】官方网站", [1.0]),
        ("“欢迎光临” 百家乐官网", [1.0]),
    ],
)
def test_a_quoted_term_is_named_not_offered(text: str, weights: list[float]) -> None:
    assert [hit.weight for hit in _spam_hits(default_signatures(), text)] == weights


def test_a_column_of_crackdown_titles_stays_under_the_limit() -> None:
    """Forty titles, each naming gambling beside a crackdown word: reports, counted at
    the least factor however dense (they were doubled as a page made of spam)."""
    titles = tuple(f"警方破获第{n}起跨境网络赌博案 捣毁赌场窝点{n}处" for n in range(1, 41))
    page = r4.column_page("djdb", "打击跨境赌博", "青溪县公安局", titles, 1, 1)
    found = _inspect(f"http://gaj.{rh.CN_DOMAIN}/djdb/", page)
    assert found.verdict.status != "hijacked"
