"""The third hijack audit's pages (tests/realistic_hijack3.py), judged page by page
(`inspect_page`, as `python -m crawler inspect` does) and as whole sites on the farm
at both depths. The clock is fixed (tests/realistic_hijack.NOW)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config, config_from_mapping
from crawler.inspect import inspect_page
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.signals import _hiding, _spam_hits, default_signatures
from tests import realistic_hijack as rh
from tests import realistic_hijack3 as r3
from tests.farm import Farm

CASES = {build().slug: build() for build in r3.CASES}


def _inspect(case: rh.Case, path: str = "/") -> Any:
    url = case.url.rstrip("/") + path
    raw = case.pages[path].encode()
    fetch = FetchRecord(
        url=url, final_url=url, http_status=200, body_bytes=len(raw), content_type="text/html"
    )
    config = config_from_mapping({}, Path("realistic.toml"))
    return inspect_page(url, fetch, raw, config, rh.NOW)


def _judge(case: rh.Case) -> tuple[str, set[str]]:
    found = _inspect(case)
    return found.verdict.status, {f.code for f in found.verdict.findings} & rh.HIJACK_CODES


@pytest.mark.parametrize("slug", list(CASES))
def test_homepage_hijack_verdict(slug: str) -> None:
    case = CASES[slug]
    status, codes = _judge(case)
    assert (status == "hijacked", codes) == (case.hijacked, set(case.findings))


def _hidden_evidence(slug: str) -> list[Any]:
    found = _inspect(CASES[slug])
    return [
        e for f in found.verdict.findings if f.code == "hidden_links" for e in f.data["evidence"]
    ]


def test_kit_scripts_are_named_in_the_evidence() -> None:
    """A miner and a referrer-gated script loader: each is the hidden_links finding on
    its own, and the evidence says what it is. A polyfill.io tag alone is not."""
    details = {
        slug: {e["detail"] for e in _hidden_evidence(slug)}
        for slug in ("h3-polyfill", "h3-miner", "h3-referrer-script")
    }
    assert details == {
        "h3-polyfill": set(),
        "h3-miner": {"script from a compromised or crypto-mining host", "crypto-mining script"},
        "h3-referrer-script": {"script loaded for visitors from search engines only"},
    }


def test_referrer_check_without_a_script_or_redirect_is_nothing() -> None:
    """A statistics snippet that reads document.referrer and names Baidu, loading its
    own counter (a quiet host) or nothing: no hidden link."""
    honest = (
        "<script>var r=document.referrer;if(r.indexOf('baidu.com')>-1){"
        "var s=document.createElement('script');s.src='https://hm.baidu.com/hm.js?abc';"
        "document.body.appendChild(s);}</script>"
    )
    page = rh.portal(head=honest)
    case = rh.Case("c3-ref-counter", rh.site_pages(page), False)
    assert _judge(case) == ("healthy", set())


@pytest.mark.parametrize(
    ("style", "kind"),
    [
        ("line-height:0;overflow:hidden", "size"),
        ("line-height:0px;overflow:hidden;height:0", "size"),
        # a line of text cut to one line, and lines of no height in a box that has one
        ("line-height:1;overflow:hidden", None),
        ("line-height:0;overflow:hidden;height:40px", None),
        ("line-height:0", None),
    ],
)
def test_lines_of_no_height(style: str, kind: str | None) -> None:
    hiding = _hiding(style)
    assert (hiding[1] if hiding else None) == kind


def test_authority_page_still_counts_links_and_stuffing() -> None:
    """On a page whose title names an authority, a stuffed run of spam terms counts in
    full (only passing mentions are discounted)."""
    stuffed = "<p>" + " ".join(["百家乐 时时彩 六合彩 北京赛车"] * 3) + "</p>"
    case = rh.Case(
        "h3-police-stuffed",
        rh.site_pages(rh.portal(title="青溪县公安局", name="青溪县公安局", footer_extra=stuffed)),
        True,
    )
    assert _judge(case) == ("hijacked", {"spam_content"})


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "buy ambien online | valium online | cheap propecia",
            {"buy ambien", "valium online", "propecia"},
        ),
        ("rolex replica, replica handbags", {"rolex replica", "replica handbags"}),
        ("シャネル バッグ コピー 代引き", {"コピー 代引き"}),
        ("高仿手表批发", {"高仿手表"}),
        # the words of honest pages
        ("Ambient noise levels near the airport; prescription charges", set()),
    ],
)
def test_pharma_and_counterfeit_terms(text: str, terms: set[str]) -> None:
    assert {hit.term for hit in _spam_hits(default_signatures(), text)} == terms


def test_japanese_warning_is_context() -> None:
    """A consumer warning about fake goods: the term counts a fifth."""
    hits = _spam_hits(
        default_signatures(), "「スーパーコピー」と称する偽物の通販サイトに注意してください"
    )
    assert [hit.weight for hit in hits] == [0.2]


def _serve(pages: dict[str, str]) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.StreamResponse:
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
async def test_farm_scan_judges_every_site_as_written(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> None:
    server, port = farm
    target = f"127.0.0.1:{port}"
    config = make_config(
        port,
        network={
            "resolve": {
                f"*.{rh.CN_DOMAIN}": target,
                f"*.{rh.EN_DOMAIN}": target,
                r3.REGULATOR_HOST: target,
            }
        },
    )
    sites = []
    for slug, case in CASES.items():
        server.sites[case.url.split("/")[2]] = _serve(case.pages)
        sites.append(Site(case.url, name=slug, group="realistic-hijack3"))
    outcome = await run_scan(config, sites, depth=depth, clock=lambda: rh.NOW)
    wrong = rh.scan_mismatches(config, outcome.scan_id, CASES, set())
    if wrong:
        pytest.fail(json.dumps(wrong, ensure_ascii=False, indent=1))


@pytest.mark.parametrize(
    "title", ["清河县市场监督管理局", "清河县公安局", "清河县人民法院", "Riverside Police Department"]
)
def test_offices_that_fight_spam_are_hacked_like_any_other(title: str) -> None:
    """Only bodies whose business is what spam sells (lottery centres, gaming and drug
    regulators) have their page's own text discounted: an injected paragraph of gambling
    terms on a market-regulation bureau's, a police or a court homepage is a hijack."""
    from datetime import date

    from crawler.extract import observe

    spam = "澳门百家乐 在线赌场 六合彩开奖 时时彩平台 真人娱乐 网上赌博 博彩网站"
    news = "".join(
        f'<li><a href="/news/{i}.html">局领导调研第{i}项工作</a><span>2026-03-{10 + i:02d}</span></li>'
        for i in range(1, 8)
    )
    html = (
        f"<html><head><title>{title}</title></head><body><ul>{news}</ul>"
        f"<div><p>{spam}</p></div></body></html>"
    )
    page = observe(html.encode(), "", "http://a.gov.cn/", "text/html", date(2026, 3, 20))
    assert page.signals.spam_score >= 6.0, page.signals.spam_score


def test_a_config_can_list_polyfill_io_as_a_risky_script_host() -> None:
    """The stricter view is one config line: `[signatures] risky_script_hosts`."""
    from crawler.extract import observe
    from crawler.signals import build_signatures

    case = r3.polyfill()
    raw = case.pages["/"].encode()
    default = observe(raw, "", case.url, "text/html", rh.NOW.date())
    strict = observe(
        raw,
        "",
        case.url,
        "text/html",
        rh.NOW.date(),
        signatures=build_signatures({"risky_script_hosts": ("polyfill.io",)}),
    )
    assert not default.signals.hidden_links
    assert [e.url for e in strict.signals.hidden_links] == [
        "https://polyfill.io/v3/polyfill.min.js?features=default%2CPromise"
    ]
