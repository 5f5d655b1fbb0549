"""The second hijack audit's pages (tests/realistic_hijack2.py), judged page by page
(`inspect_page`, as `python -m crawler inspect` does) and as whole sites on the farm,
with the cloaking check on (how a site answering Baiduspider with a 302 to a casino
is found). The clock is fixed (tests/realistic_hijack.NOW)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config, config_from_mapping
from crawler.inspect import inspect_page
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.signals import default_signatures, unmasked
from tests import realistic_hijack as rh
from tests import realistic_hijack2 as r2
from tests.farm import Farm

CASES = {build().slug: build() for build in r2.CASES}
# Whole-site cases: a page inspected alone cannot tell (the farm scan judges them).
SITE_ONLY = {"h2-nav-parasite", "h2-sitemap", "h2-ua-302"}
# Not caught by a scan, on purpose (see the case's note).
MISSED = {"h2-sitemap"}


def _judge(case: rh.Case, path: str = "/") -> tuple[str, set[str]]:
    url = case.url.rstrip("/") + path
    raw = case.pages[path].encode()
    fetch = FetchRecord(
        url=url, final_url=url, http_status=200, body_bytes=len(raw), content_type="text/html"
    )
    config = config_from_mapping({}, Path("realistic.toml"))
    found = inspect_page(url, fetch, raw, config, rh.NOW)
    codes = {f.code for f in found.verdict.findings} & rh.HIJACK_CODES
    return found.verdict.status, codes


@pytest.mark.parametrize("slug", [s for s in CASES if s not in SITE_ONLY])
def test_homepage_hijack_verdict(slug: str) -> None:
    case = CASES[slug]
    status, codes = _judge(case)
    assert (status == "hijacked", codes) == (case.hijacked, set(case.findings))


def test_second_level_parasite_page_is_hijacked_alone() -> None:
    case = CASES["h2-nav-parasite"]
    assert _judge(case) == ("healthy", set())
    assert _judge(case, "/zwgk/") == ("hijacked", {"spam_content"})


@pytest.mark.parametrize(
    ("masked", "plain"),
    [
        ("澳\u200b门\u200b博\u200b彩", "澳门博彩"),
        ("ｃａｓｉｎｏ ｐｋ１０", "casino pk10"),
        ("c\u0430sino \u043enline", "casino online"),
        # a lone character joins its neighbours (only the spam search reads this text)
        ("友情链接 博 彩 百 家 乐 政务动态 通知公告", "友情链接博彩百家乐政务动态 通知公告"),
        ("首 页 > 政务公开 简 介", "首页 > 政务公开简介"),
    ],
)
def test_masks_on_spam_words_come_off(masked: str, plain: str) -> None:
    assert unmasked(default_signatures(), masked) == plain


def test_words_of_other_scripts_are_left_alone() -> None:
    """Russian words (no Latin letter in them) and Chinese words between spaces keep
    their letters: only a Latin word with look-alikes in it is read as Latin."""
    sig = default_signatures()
    for text in (
        "Сайт администрации города: новости, сервисы, контакты и сообщения граждан",
        "政务动态 通知公告 政策文件 信息公开",
        "Κυβέρνηση ανακοινώσεις",
    ):
        assert unmasked(sig, text) == text


def _serve(case: rh.Case, pages: dict[str, str], hits: Counter[str]) -> Callable[..., Any]:
    async def handler(request: web.Request) -> web.StreamResponse:
        hits[case.slug] += 1
        agent = request.headers.get("User-Agent", "")
        if case.slug == "h2-ua-302" and pages is case.pages and "Baiduspider" in agent:
            raise web.HTTPFound(f"http://{r2.CASINO_HOST}/")
        page = pages.get(request.path)
        if page is None:
            return web.Response(
                status=404, text="<html><body>404</body></html>", content_type="text/html"
            )
        kind = "application/xml" if request.path.endswith(".xml") else "text/html"
        return web.Response(body=page.encode(), headers={"Content-Type": f"{kind}; charset=utf-8"})

    return handler


async def test_farm_scan_judges_every_site_as_written(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    target = f"127.0.0.1:{port}"
    config = make_config(
        port,
        crawler={"check_cloaking": True, "timeout": 5.0},  # no case waits: load must not fail one
        network={
            "resolve": {
                f"*.{rh.CN_DOMAIN}": target,
                f"*.{rh.EN_DOMAIN}": target,
                r2.MO_HOST: target,
                r2.CASINO_HOST: target,
            }
        },
    )
    hits: Counter[str] = Counter()
    sites = []
    for slug, case in CASES.items():
        server.sites[case.url.split("/")[2]] = _serve(case, case.pages, hits)
        for other, pages in case.others.items():
            server.sites[other] = _serve(case, pages, hits)
        sites.append(Site(case.url, name=slug, group="realistic-hijack2"))
    outcome = await run_scan(config, sites, depth="full", clock=lambda: rh.NOW)
    wrong = rh.scan_mismatches(config, outcome.scan_id, CASES, MISSED)
    if wrong:
        pytest.fail(json.dumps(wrong, ensure_ascii=False, indent=1))
