"""The blind hijack5 set (tests/blind_hijack5.py): 12 hacked and 5 suspicious-looking
but clean sites on the farm, scanned at depths full and home with a fixed clock, each
verdict against the truth written before the first scan."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import config_from_mapping
from crawler.models import Site
from tests import blind_hijack5 as bh
from tests.blind_farm import Columns, Records, scan_on_farm
from tests.farm import Farm

# Verdicts still wrong, by site key and depth ("*" = both): the reason.
KNOWN_GAPS: dict[tuple[str, str], str] = {}
# Columns still read wrong at depth full, by site key: the reason.
COLUMN_GAPS: dict[str, str] = {}

OTHER_SITE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{host}</title></head>
<body><h1>{host}</h1><p>Another site, answering every path.</p></body></html>"""

GENERIC_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{name}</title></head>
<body><div class="crumb"><a href="/">首页</a></div><div class="content"><p>{name}</p></div></body></html>"""

_HOSTS = re.compile(r"""(?:href|src|value|content|action)=["']?(?:\d+;\s*url=)?https?://([A-Za-z0-9.-]+)""")


def handler(site: bh.BlindSite) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        page = site.pages.get(request.path_qs) or site.pages.get(request.path) or GENERIC_PAGE.format(name=site.name)
        return web.Response(text=page, content_type="text/html", charset="utf-8")

    return answer


def other(host: str, page: str | None = None) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        return web.Response(text=page or OTHER_SITE.format(host=host), content_type="text/html", charset="utf-8")

    return answer


def register(server: Farm) -> None:
    for site in bh.SITES:
        for page in site.pages.values():
            for host in _HOSTS.findall(page):
                server.sites.setdefault(host.lower(), other(host.lower()))
    for host, pages in bh.EXTRA_HOSTS.items():
        server.sites[host] = other(host, pages["/"])
    for site in bh.SITES:
        server.sites[site.host] = handler(site)


_cache: dict[str, tuple[Records, Columns]] = {}


async def scan(depth: str) -> tuple[Records, Columns]:
    """Every site scanned once per depth (each test reads the same scan)."""
    if depth not in _cache:
        sites = [Site(s.url, name=s.key, group="blind_hijack5") for s in bh.SITES]
        _cache[depth] = await scan_on_farm(sites, register, depth, bh.NOW, every_host=True)
    return _cache[depth]


def mismatch(site: bh.BlindSite, record: dict[str, Any], depth: str) -> str | None:
    truth = site.full if depth == "full" else site.home
    got = {f["code"] for f in record["findings"]}
    problems = []
    if record["status"] != truth.status:
        problems.append(f"status {record['status']} (want {truth.status})")
    if record["passed"] != truth.passed:
        problems.append(f"passed {record['passed']} (want {truth.passed})")
    missing = set(truth.must) - got
    if missing:
        problems.append(f"missing {sorted(missing)}")
    if truth.must_any and not set(truth.must_any) & got:
        problems.append(f"none of {list(truth.must_any)}")
    wrong = set(truth.must_not) & got
    if wrong:
        problems.append(f"false {sorted(wrong)}")
    if not problems:
        return None
    return f"{site.key}: " + "; ".join(problems) + f" | got {sorted(got)}"


def column_mismatch(site: bh.BlindSite, rows: list[dict[str, Any]]) -> list[str]:
    found = {c["name"]: c for c in rows}
    wrong = []
    for name, (ctype, newest, empty) in site.columns.items():
        col = found.get(name)
        if col is None:
            wrong.append(f"{name}: not found (found {sorted(found)})")
            continue
        got = (col.get("type"), col.get("newest"), bool(col.get("empty")))
        want = (ctype, newest.isoformat() if newest else None, empty)
        if got != want:
            wrong.append(f"{name}: {got} (want {want})")
    return wrong


def gap(key: str, depth: str) -> str | None:
    return KNOWN_GAPS.get((key, depth)) or KNOWN_GAPS.get((key, "*"))


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_hijack5_verdicts(depth: str) -> None:
    records, _ = await scan(depth)
    wrong = []
    fixed_gaps = []
    for site in bh.SITES:
        problem = mismatch(site, records[site.key], depth)
        known = gap(site.key, depth)
        if problem and not known:
            wrong.append(problem)
        if known and not problem:
            fixed_gaps.append(site.key)
    assert not wrong, "\n".join(wrong)
    assert not fixed_gaps, f"known gaps now right (remove them): {fixed_gaps}"


async def test_blind_hijack5_columns() -> None:
    """Each column's type, newest date and emptiness at depth full."""
    _, columns = await scan("full")
    wrong = []
    fixed = []
    for site in bh.SITES:
        problems = column_mismatch(site, columns.get(site.key, []))
        if problems and site.key not in COLUMN_GAPS:
            wrong.append(f"{site.key}: " + "; ".join(problems))
        if site.key in COLUMN_GAPS and not problems:
            fixed.append(site.key)
    assert not wrong, "\n".join(wrong)
    assert not fixed, f"column gaps now right (remove them): {fixed}"


def _signals(body: str, title: str = "清溪县教育局") -> Any:
    from datetime import date

    from crawler.extract import observe
    from crawler.lexicon import build_lexicon
    from crawler.signals import build_signatures

    filler = "<p>" + "县教育局召开秋季学期教育教学质量分析会，部署下一阶段重点工作。" * 12 + "</p>"
    html = f"<html><head><meta charset=utf-8><title>{title}</title></head><body>{filler}{body}</body></html>"
    page = observe(html.encode(), "utf-8", "http://jyj.example.gov.cn/", "text/html", date(2026, 11, 20),
                   build_lexicon(), signatures=build_signatures())
    return page.signals


def test_brand_names_cut_by_a_middle_dot_are_spam() -> None:
    """开·云体育, 九游·会: the dot a kit puts into a brand name is a mask like a zero-width
    space (qxedu's hidden block scored 5.0 of 6 with its brands unread)."""
    dotted = _signals('<p><a href="https://a.example/">开·云体育官方网站</a> <a href="https://b.example/">九游・会官网</a></p>')
    plain = _signals('<p><a href="https://a.example/">开云体育官方网站</a> <a href="https://b.example/">九游会官网</a></p>')
    assert dotted.spam_score == plain.spam_score > 0
    # a dot between a Chinese and a Latin word (a foreign name, 中国·Qingxi) stays
    assert _signals("<p>约翰·史密斯访问中国·清溪</p>").spam_score == 0


def test_referrer_redirect_to_a_char_code_target() -> None:
    """A redirect for visitors from search engines whose target String.fromCharCode
    builds (qxhealth): the target is read from the decoded string."""
    target = "https://www.amjs-7788.com/"
    codes = ",".join(str(ord(c)) for c in target)
    script = (
        '<script>(function(){var r=document.referrer;if(/baidu|sogou|so\\.com|sm\\.cn/.test(r)){'
        f"window.location.replace(String.fromCharCode({codes}));}}}})();</script>"
    )
    assert _signals(script).script_redirects == (target,)
    # a script that names no search engine is no such redirect
    plain = script.replace("baidu|sogou|so\\.com|sm\\.cn", "example")
    assert _signals(plain).script_redirects == ()


def test_a_marquee_too_fast_to_read_hides_its_links() -> None:
    """<marquee scrollamount=3000 scrolldelay=20000>, no size given: the SEO kits'
    marquee throws its links out of sight; a news ticker's scrollamount=3 does not."""
    links = '<a href="https://www.dfcp-dafa.com/">大发</a><a href="https://www.xyft-cp.com/">飞艇</a>'
    fast = _signals(f'<marquee scrollamount="3000" scrolldelay="20000">{links}</marquee>')
    assert [e.detail for e in fast.hidden_links] == ["marquee with scrollamount over 200"] * 2
    ticker = _signals(f'<marquee scrollamount="3" onmouseover="this.stop()">{links}</marquee>')
    assert ticker.hidden_links == ()


def test_a_lone_invisible_frame_of_a_gambling_host() -> None:
    """One <iframe width=0 height=0> of an unknown off-site host (the classic 挂马 frame)
    is dark links alone (round 7: on the 200 real pages of the date devset, the only 0-1
    pixel frames outside <noscript> were Google Tag Manager's, a quiet domain)."""
    from crawler.integrity import signal_findings

    frame = '<iframe src="https://www.hg8868.vip/index.html?agent=30021" width="0" height="0" frameborder="0"></iframe>'
    rules = config_from_mapping({}, Path("none.toml")).rules
    codes = {f.code for f in signal_findings(_signals(frame), rules, "homepage")}
    assert "hidden_links" in codes
