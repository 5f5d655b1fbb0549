"""Metamorphic: a chrome element whose closing tag a template lost.

A browser shows such a page as it shows the page whole, but the parser stretches the
unclosed element (a header, a menu, a breadcrumb, a side box) over the rest of its
parent: the page's lists, its <main> and its footer. Each case here takes a realistic
page the other tests hold, removes the closing tag of ONE chrome element, and checks
that `observe()` reads the same columns, newest item and main list as on the page
whole (the old code read every list as chrome: a stale site healthy, a fresh one
empty).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from crawler.extract import observe
from crawler.models import PageObservations
from tests import blind_en4, blind_trad3, blind_zh_county, blind_zh_dept, blind_zombie3

# kind -> (opening tag, tag name); the first such element of the page is left open.
KINDS = {
    "nav": (r"<nav\b[^>]*>", "nav"),
    "div.header": (
        r'<div\b[^>]*(?:class|id)="[^"]*\b(?:header|head|top|topbar)\b[^"]*"[^>]*>', "div"
    ),
    "div.nav": (
        r'<div\b[^>]*(?:class|id)="[^"]*\b(?:nav|navbar|menu|mainmenu)\b[^"]*"[^>]*>', "div"
    ),
    "div.crumb": (
        r'<div\b[^>]*(?:class|id)="[^"]*\b(?:breadcrumb|crumb|position|location)\b[^"]*"[^>]*>',
        "div",
    ),
    "aside": (r"<aside\b[^>]*>", "aside"),
    "div.sidebar": (r'<div\b[^>]*(?:class|id)="[^"]*\b(?:sidebar|side)\b[^"]*"[^>]*>', "div"),
    "div.cookie": (r'<div\b[^>]*(?:class|id)="[^"]*cookie[^"]*"[^>]*>', "div"),
}


def unclose(html: str, kind: str) -> str:
    """`html` with the closing tag of its first `kind` element removed."""
    opening, tag = KINDS[kind]
    found = re.search(opening, html, re.I)
    assert found is not None, kind
    depth = 0
    for match in re.finditer(rf"<(/?){tag}\b[^>]*>", html[found.start() :], re.I):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            end = found.start() + match.start()
            return html[:end] + html[end + len(match.group(0)) :]
    raise AssertionError(f"no closing tag for {kind}")


def _county(host: str, path: str) -> tuple[str, str, date]:
    site = next(s for s in blind_zh_county.all_sites() if s.host == host)
    return site.pages[path][1].decode("utf-8"), "utf-8", blind_zh_county.NOW.date()


def _dept(host: str, path: str) -> tuple[str, str, date]:
    page: Any = blind_zh_dept.SITES[host].pages[path]
    return page, "utf-8", blind_zh_dept.NOW


def _trad3(host: str, path: str) -> tuple[str, str, date]:
    site = next(s for s in blind_trad3.SITES if s.host == host)
    html, encoding = site.pages[path]
    return html, encoding, blind_trad3.NOW


def _zombie3(host: str, path: str) -> tuple[str, str, date]:
    site = next(s for s in blind_zombie3.SITES if s["host"] == host)
    return site["pages"][path], "utf-8", blind_zombie3.NOW


def _en4(host: str, path: str) -> tuple[str, str, date]:
    site = next(s for s in blind_en4.SITES if s.host == host)
    return site.pages[path], "utf-8", blind_en4.NOW


Loader = Callable[[str, str], tuple[str, str, date]]
HOME = {"lists": True}
COLUMN = {"lists": True, "columns": False}
CASES: list[tuple[Loader, str, str, str, dict[str, bool]]] = [
    # a homepage: a top bar left open held its columns
    (_county, "www.qingshui.gov.cn", "/", "div.header", HOME),
    (_county, "www.qingshui.gov.cn", "/", "div.nav", HOME),
    (_county, "www.jinhe.gov.cn", "/", "div.header", HOME),
    # column pages: a top bar, a menu, a breadcrumb left open held the list
    (_county, "www.jinhe.gov.cn", "/xwzx/jhyw/", "div.header", COLUMN),
    (_county, "www.jinhe.gov.cn", "/xwzx/jhyw/", "div.nav", COLUMN),
    (_county, "www.yunxi.gov.cn", "/xwzx/yxyw/", "div.header", COLUMN),  # <div class="yx-foot">
    (_county, "www.baisha.gov.cn", "/bsyw/", "nav", COLUMN),
    (_dept, "jyj.qingshan.test", "/zwgk/tzgg/", "div.crumb", COLUMN),
    (_dept, "wjw.qingshan.test", "/col/col1510/index.html", "div.nav", COLUMN),
    (_trad3, "www.mer.blind.test", "/News.aspx?n=102&sms=1002", "nav", COLUMN),
    # a <nav> left open in its <header>: the header ends with it, holding the page
    (_trad3, "www.narb.blind.test", "/", "nav", HOME),
    (_zombie3, "www.qingxi.gov.cn", "/zwdt/index.html", "div.nav", COLUMN),
    # a breadcrumb left open in the page's wrapper: it held the list and the side box,
    # not the footer
    (_zombie3, "www.shiqiao.gov.cn", "/zwdt/index.html", "div.crumb", COLUMN),
    (_county, "www.lanshan.gov.cn", "/news/qnyw", "div.crumb", COLUMN),
    (_trad3, "www.mer.blind.test", "/News.aspx?n=102&sms=1002", "div.crumb", COLUMN),
    # a cookie banner left open ("sliding-popup-bottom": where it slides in)
    (_en4, "www.eastwold-dc.test", "/", "div.cookie", HOME),
    (_en4, "www.eastwold-dc.test", "/news", "div.cookie", COLUMN),
    # a side menu left open (its heading and list, then the page's box in it)
    (_county, "www.jinhe.gov.cn", "/xwzx/jhyw/", "div.sidebar", COLUMN),
    (_county, "www.heyang.gov.cn", "/index.php?m=content&c=index&a=lists&catid=9", "div.sidebar", COLUMN),
    (_en4, "www.westland-leg.test", "/committees/house/anr/agendas", "div.sidebar", COLUMN),
    (_trad3, "www.mer.blind.test", "/News.aspx?n=102&sms=1002", "aside", COLUMN),
]


def _reading(page: PageObservations) -> tuple[Any, ...]:
    columns = sorted(
        (c.name, c.type, c.newest, c.items, c.empty_marker is not None) for c in page.columns
    )
    return (
        columns,
        page.newest_item,
        page.main_list_newest,
        page.main_list_items,
        page.empty_marker,
    )


@pytest.mark.parametrize(
    ("load", "host", "path", "kind", "depth"),
    CASES,
    ids=[f"{host}{path}-{kind}" for _, host, path, kind, _ in CASES],
)
def test_one_unclosed_chrome_element_reads_the_same(
    load: Loader, host: str, path: str, kind: str, depth: dict[str, bool]
) -> None:
    html, encoding, now = load(host, path)
    url = f"https://{host}{path}"
    whole = observe(html.encode(encoding), encoding, url, "text/html", now=now, **depth)
    left_open = unclose(html, kind).encode(encoding)
    assert left_open != html.encode(encoding)
    unclosed = observe(left_open, encoding, url, "text/html", now=now, **depth)
    assert whole.main_list_items or whole.columns  # the page lists something
    assert _reading(unclosed) == _reading(whole)
