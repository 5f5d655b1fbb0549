"""Host names and URLs as census lists and real pages write them, end to end: the site
list, `[network] resolve`, fetch, redirects, links, storage, export and the report.

Chinese government sites use IDN names (北京市人民政府.政务, 中国政府网.cn) that lists and
links write in Unicode or in punycode; one host either way. Upper case, a trailing dot,
a default port, a path in Chinese or percent-encoded in either case: one site. A
password in a URL is never stored or shown. People read hosts in Unicode.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from crawler.config import NetworkSettings, RuleSettings, SettingError
from crawler.domains import ascii_host, display_url, redact_url, registrable_domain, same_site
from crawler.integrity import broken_link_findings, classify_target
from crawler.models import BrokenLink
from crawler.resolver import HostMap
from crawler.sites import read_url
from monitor.explain import explain
from monitor.model import Reason
from monitor.render_html import _link
from monitor.render_text import safe_link_target
from tests.test_cli import ENV, REPO, run_cli

BJ = "北京市人民政府.政务"
BJ_ASCII = "xn--1lq2az1zq7nbwai50ag4l.xn--zfr164b"
GOV = "中国政府网.cn"
GOV_ASCII = "xn--fiqs8sirgfmhq98a.cn"
CITY = "www.北京.gov.cn"
CITY_ASCII = "www.xn--1lq90i.gov.cn"


# --- hosts: one host however it is written ---------------------------------------------


def test_idn_and_punycode_are_one_host_and_one_site() -> None:
    assert ascii_host(BJ) == BJ_ASCII
    assert ascii_host("北京市人民政府。政务.") == BJ_ASCII  # ideographic dot, trailing dot
    assert registrable_domain(CITY) == registrable_domain(CITY_ASCII) == "xn--1lq90i.gov.cn"
    assert same_site(f"www.{BJ}", BJ_ASCII)


def test_a_redirect_to_the_sites_own_punycode_twin_is_not_a_move() -> None:
    """www.北京.gov.cn -> http://www.xn--1lq90i.gov.cn/index.html is the same host (the
    old code called it `site_moved` under gov.cn; elsewhere it was `offsite_redirect`)."""
    trusted = ("gov.cn",)
    assert (
        classify_target(f"http://{CITY}/", f"http://{CITY_ASCII}/index.html", (), trusted) == "own"
    )
    assert classify_target(f"http://{BJ_ASCII}/", f"http://{BJ}/", (), ()) == "own"
    assert classify_target(f"http://{BJ}/", f"http://{GOV}/", (), ()) == "offsite"


def test_resolve_patterns_may_be_written_in_unicode() -> None:
    """The request asks for the punycode name; a Unicode pattern (or a Unicode wildcard)
    covers it. The old config refused the pattern."""
    network = NetworkSettings(resolve={BJ: "127.0.0.1:81", "*.政务": "127.0.0.1:82"})
    host_map = HostMap(network.resolve)
    found = host_map.lookup(BJ_ASCII)
    assert found is not None and found.port == 81
    other = host_map.lookup("xn--abc-ed0fz60a.xn--zfr164b")
    assert other is not None and other.port == 82
    assert HostMap({GOV_ASCII: "127.0.0.1:83"}).lookup(GOV_ASCII.upper() + ".") is not None
    with pytest.raises(SettingError):
        NetworkSettings(resolve={"a b.cn": "127.0.0.1"})


# --- the site list: which spellings are one site ----------------------------------------

SAME = {
    "unencoded and encoded path": (
        "http://www.a.gov.cn/新闻/",
        "http://www.a.gov.cn/%E6%96%B0%E9%97%BB/",
    ),
    "hex case": (
        "http://www.a.gov.cn/%e6%96%b0%e9%97%bb/",
        "http://www.a.gov.cn/%E6%96%B0%E9%97%BB/",
    ),
    "query in chinese": (
        "http://www.a.gov.cn/?q=通知",
        "http://www.a.gov.cn/?q=%e9%80%9a%e7%9f%a5",
    ),
    "space": ("http://www.a.gov.cn/a b/", "http://www.a.gov.cn/a%20b/"),
    "trailing dot": ("http://www.gov.cn./", "HTTP://WWW.GOV.CN:80"),
    "idn tld": (f"http://{BJ}/", f"http://{BJ_ASCII.upper()}/"),
    "credentials": ("http://user:pw@www.a.gov.cn/", "http://www.a.gov.cn/"),
}
DIFFERENT = {
    "slash encoded": ("http://www.a.gov.cn/a%2Fb/", "http://www.a.gov.cn/a/b/"),
    "ipv6 port or address": ("http://[::1]:8080/", "http://[::1:8080]/"),
}


@pytest.mark.parametrize("first, second", SAME.values(), ids=SAME.keys())
def test_spellings_of_one_site_are_duplicates(first: str, second: str) -> None:
    one, two = read_url(first)[0], read_url(second)[0]
    assert one is not None and two is not None
    assert one.key == two.key


@pytest.mark.parametrize("first, second", DIFFERENT.values(), ids=DIFFERENT.keys())
def test_different_sites_stay_apart(first: str, second: str) -> None:
    one, two = read_url(first)[0], read_url(second)[0]
    assert one is not None and two is not None
    assert one.key != two.key


def test_a_password_in_a_listed_url_is_dropped_and_never_shown() -> None:
    listed, reason = read_url("http://inspector:s3cret@www.a.gov.cn/")
    assert listed is not None and not reason
    assert listed.url == "http://www.a.gov.cn/"
    assert "s3cret" not in listed.note and "not kept" in listed.note
    bad, reason = read_url("http://inspector:s3cret@bad host/")
    assert bad is None and "s3cret" not in reason


@pytest.mark.parametrize(
    "listed",
    [
        "inspector:s3cret@www.a.gov.cn",  # no scheme
        "inspector:s3cret@www.a.gov.cn/xxgk/",
        "http:/inspector:s3cret@www.a.gov.cn/",  # mangled schemes, and the fix shown
        "http//inspector:s3cret@www.a.gov.cn/",
        "https;//inspector:s3c@ret@www.a.gov.cn/",
    ],
)
@pytest.mark.parametrize("assume_scheme", ["", "http"])
def test_a_password_in_a_url_that_is_refused_is_not_shown(listed: str, assume_scheme: str) -> None:
    _, reason = read_url(listed, assume_scheme)
    assert reason and "s3c" not in reason and "ret@" not in reason, reason
    assert "inspector:***@www.a.gov.cn" in reason, reason


# --- what people read -------------------------------------------------------------------


def test_urls_for_people_show_unicode_hosts_and_no_password() -> None:
    assert display_url(f"http://{BJ_ASCII}/zwdt/") == f"http://{BJ}/zwdt/"
    assert display_url(f"http://u:pw@{GOV_ASCII}:8080/a?b#c") == f"http://u:***@{GOV}:8080/a?b#c"
    assert display_url("http://xn--pple-43d.com/") == "http://xn--pple-43d.com/"  # mixed scripts
    assert display_url("http://[::1]:8080/") == "http://[::1]:8080/"
    assert redact_url(f"http://u:pw@{BJ}/x") == f"http://u:***@{BJ}/x"


def test_broken_link_details_read_in_unicode_without_passwords() -> None:
    link = BrokenLink(
        page_url=f"http://{BJ_ASCII}/",
        url=f"http://u:***@{GOV_ASCII}/missing.html",
        text="缺失",
        resource="a",
        status=404,
        detail="HTTP 404",
        suspected=False,
        on_homepage=True,
    )
    (finding,) = broken_link_findings([link], RuleSettings())
    assert "xn--" not in finding.detail
    assert (
        f"http://u:***@{GOV}/missing.html" in finding.detail
        and f"on http://{BJ}/" in finding.detail
    )


def test_report_words_and_links_show_unicode_hosts() -> None:
    reason = Reason(
        code="offsite_redirect",
        detail=f"the homepage sends visitors to another domain (HTTP 302 to http://{GOV_ASCII}/)",
        data={"target": f"http://{GOV_ASCII}/", "how": "HTTP 302", "shows": ""},
    )
    assert f"http://{GOV}/" in explain(reason, "zh")
    html = _link(f"http://{BJ_ASCII}/a b/", "")
    assert f'href="http://{BJ}/a%20b/"' in html and f">http://{BJ}/a b/<" in html
    assert safe_link_target(f"http://{BJ}/新闻/") == f"http://{BJ_ASCII}/%E6%96%B0%E9%97%BB/"


# --- end to end: a census list scanned on a local farm ----------------------------------


def _page(title: str, links: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><h2>政务动态</h2><ul>{items}</ul><p>{'正文内容 ' * 40}</p></body></html>"
    )


async def _serve(request: web.Request) -> web.StreamResponse:
    host = (request.host or "").lower()
    host = host.partition("]")[0] + "]" if host.startswith("[") else host.rpartition(":")[0] or host
    html = "text/html"
    if host == BJ_ASCII and request.path == "/":
        links = [
            (f"http://{BJ}/zwdt/1.html", "统一"),
            (f"http://{BJ_ASCII}/zwdt/1.html#top", "统一（同一链接）"),
            (f"http://inspector:s3cret@{BJ_ASCII}/private/", "内部"),
            (f"http://{GOV}/missing.html", "缺失"),
        ]
        return web.Response(text=_page("北京市人民政府<门户>", links), content_type=html)
    if host == BJ_ASCII and request.path.startswith("/zwdt/"):
        # An empty column (the report then lists the site, and its escaped title)
        return web.Response(
            text=_page("文章", []).replace("正文内容", "暂无信息"), content_type=html
        )
    if host == CITY_ASCII and request.path == "/":
        raise web.HTTPFound(f"http://{CITY}/index.html")  # to its own Unicode spelling
    if host == CITY_ASCII and request.path == "/index.html":
        return web.Response(text=_page("北京市", []), content_type=html)
    if host in ("[::1]", "127.0.0.1") and request.path == "/":
        return web.Response(text=_page(f"site at {host}", []), content_type=html)
    return web.Response(status=404, text="not found")


def _has_ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.fixture
async def idn_farm() -> AsyncIterator[int]:
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", _serve)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    if _has_ipv6_loopback():
        await web.TCPSite(runner, "::1", port).start()
    try:
        yield port
    finally:
        await runner.cleanup()


async def _monitor(*args: str | Path) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "monitor",
        *map(str, args),
        cwd=REPO,
        env=ENV,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=30)
    return process.returncode or 0, out.decode("utf-8"), err.decode("utf-8")


async def test_a_census_list_of_idn_hosts_end_to_end(idn_farm: int, tmp_path: Path) -> None:
    port = idn_farm
    config = tmp_path / "scan.toml"
    config.write_text(
        f"""
[crawler]
timeout = 2
retries = 0
parse_workers = 0
[network]
resolve = {{ "{BJ}" = "127.0.0.1:{port}", "*.政务" = "127.0.0.1:{port}", "{CITY}" = "127.0.0.1:{port}", "{GOV}" = "127.0.0.1:{port}" }}
system_dns = false
[storage]
path = "health.db"
""",
        encoding="utf-8",
    )
    rows = [
        ("url", "name", "group"),
        (f"http://{BJ}/", "北京市人民政府", "北京市"),  # 2
        (f"HTTP://{BJ_ASCII.upper()}.", "北京（punycode）", "北京市"),  # 3: duplicate of 2
        (f"http://{CITY}/", "北京市 city", "北京市"),  # 4
        (f"http://{GOV_ASCII}/", "中国政府网", "国务院"),  # 5: listed in punycode, 404
        (f"http://inspector:s3cret@{GOV}/", "中国政府网（带密码）", "国务院"),  # 6: duplicate of 5
        (f"http://127.0.0.1:{port}/", "IPv4", "地址"),  # 7
    ]
    if _has_ipv6_loopback():
        rows.append((f"http://[::1]:{port}/", "IPv6", "地址"))
    sites = tmp_path / "sites.csv"
    with sites.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)

    code, out, err = await run_cli("sites", "check", sites, "--config", config)
    assert code == 2, err  # two duplicates skipped
    assert f"{sites}:3: duplicate of {sites}:2" in err
    assert f"{sites}:6: duplicate of {sites}:5" in err
    assert "s3cret" not in out + err

    results = tmp_path / "out.jsonl"
    code, out, err = await run_cli(
        "scan", "--config", config, "--sites", sites, "--json", results, "--quiet", timeout=60
    )
    assert code == 0, err
    records = {r["url"]: r for r in map(json.loads, results.read_text("utf-8").splitlines())}
    assert len(records) == len(rows) - 3
    beijing = records[f"http://{BJ}/"]
    assert beijing["error_kind"] is None, beijing  # a Unicode resolve pattern reached it
    city = records[f"http://{CITY}/"]
    assert city["error_kind"] is None
    assert not {"site_moved", "offsite_redirect"} & {f["code"] for f in city["findings"]}
    for address in ("127.0.0.1", "[::1]"):
        record = records.get(f"http://{address}:{port}/")
        assert record is None or record["error_kind"] is None, record
    (links,) = [f for f in beijing["findings"] if f["code"] == "broken_link"]
    assert links["count"] == 2 and "xn--" not in links["detail"]  # /zwdt/1.html is found once

    texts = [out, err, results.read_text("utf-8")]
    for args in (("--format", "jsonl"), ("--format", "csv"), ("--format", "csv", "--links")):
        code, text, err = await run_cli("export", "--config", config, "--scan", "latest", *args)
        assert code == 0, err
        texts.append(text)
    link_rows = list(csv.DictReader(io.StringIO(texts[-1], newline="")))
    assert {r["url"] for r in link_rows if r["site"] == f"http://{BJ}/"} == {
        f"http://inspector:***@{BJ_ASCII}/private/",
        f"http://{GOV}/missing.html",
    }
    for fmt in ("txt", "html"):
        code, text, err = await _monitor(
            "report", "--config", config, "--format", fmt, "--lang", "zh"
        )
        assert code == 0, err
        assert "xn--" not in text, fmt  # the punycode-listed 中国政府网.cn shown in Unicode
        assert GOV in text
        texts.append(text)
        if fmt == "html":
            assert "北京市人民政府&lt;门户&gt;" in text and "<门户>" not in text
    assert not any("s3cret" in text for text in texts)
