"""Shells whose lists a browser renders from data the page embeds (Vue's
`window.__INITIAL_STATE__`, Nuxt 2's `window.__NUXT__=(function(a,b){...}(...))`,
Next.js's `__NEXT_DATA__`, a CMS's `var newsList = [...]`, `<script type="application/
json">`): the homepage's newest date is that data's newest item, at both depths, marked
as read there; build stamps and a config's dates are no item. Scanned on the farm with a
fixed clock; every path answers the shell (client-side routing)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, time
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.farm import Farm
from tests.portals import NOW, days_ago

HEAD = (
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width,initial-scale=1">'
    "<title>{title}</title>"
    '<link href="/static/css/app.5c9d7e41.css" rel="stylesheet"></head><body>'
    "<noscript><strong>We're sorry but {title} doesn't work properly without JavaScript "
    "enabled. Please enable it to continue.</strong></noscript>"
)
TAIL = (
    '<script src="/static/js/chunk-vendors.7a3c1d05.js"></script>'
    '<script src="/static/js/app.2f8e6b93.js"></script>'
    '<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");'
    'hm.src = "https://hm.baidu.com/hm.js?0123456789abcdef";var s = document.'
    'getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>'
    "</body></html>"
)
NEWS = [
    "县政府召开常务会议研究部署冬季安全生产",
    "全县秋冬季森林防火工作会议召开",
    "我县举办2026年农民丰收节",
]
NOTICES = ["关于2026年度县级部门预算公开的公告", "关于开展冬季燃气安全检查的通知"]


def _items(titles: Sequence[str], ages: Sequence[int], key: str, stamp: str = "iso") -> str:
    def when(age: int) -> Any:
        day = days_ago(age)
        if stamp == "ms":  # epoch milliseconds at 09:30 Beijing time (01:30 UTC)
            return int(datetime.combine(day, time(1, 30), UTC).timestamp() * 1000)
        return f"{day.isoformat()} 09:30:00"

    return json.dumps(
        [
            {"id": 88000 + i, "title": t, key: when(a), "url": f"/detail/{88000 + i}"}
            for i, (t, a) in enumerate(zip(titles, ages, strict=True))
        ],
        ensure_ascii=False,
    )


def vue_shell(news_ages: Sequence[int], notice_ages: Sequence[int]) -> str:
    """Vue 2 with a server-embedded Vuex state (a site config with its build day too)."""
    state = (
        '{"site":{"name":"东溪县人民政府","version":"2026-11-25","theme":"red"},'
        f'"home":{{"news":{_items(NEWS, news_ages, "pubDate")},'
        f'"notices":{_items(NOTICES, notice_ages, "publishTime")}}}}}'
    )
    return (
        HEAD.format(title="东溪县人民政府门户网站")
        + '<div id="app"></div>'
        + f"<script>window.__INITIAL_STATE__={state};</script>"
        + TAIL
    )


def nuxt_shell(ages: Sequence[int]) -> str:
    """Nuxt 2: the state is a function's return, its repeated values its arguments."""
    days = [f'"{days_ago(a).isoformat()} 10:00:00"' for a in ages]
    params = "abcdefgh"[: len(days)]
    items = ",".join(
        f'{{id:{9100 + i},title:"{t}",releaseDate:{p},hot:h}}'
        for i, (t, p) in enumerate(zip(NEWS, params, strict=True))
    )
    return (
        HEAD.format(title="西岭镇人民政府")
        + '<div id="__nuxt"><!----></div>'
        + f'<script>window.__NUXT__=(function({",".join(params)},h){{return {{layout:"default",'
        f"data:[{{list:[{items}],total:{len(days)}}}],fetch:{{}},error:null,"
        f'serverRendered:true,config:{{buildTime:"2026-11-25T01:12:09Z",apiBase:"/api/cms"}}}}}}'
        f"({','.join(days)},false));</script>" + TAIL
    )


def next_shell(ages: Sequence[int]) -> str:
    """Next.js rendering on the client: __NEXT_DATA__ with epoch-millisecond dates."""
    data = {
        "props": {"pageProps": {"list": json.loads(_items(NEWS, ages, "publishTime", "ms"))}},
        "page": "/",
        "query": {},
        "buildId": "kX2b9nqP0vR3",
        "runtimeConfig": {"builtAt": "2026-11-25T00:00:00Z"},
    }
    return (
        HEAD.format(title="South Ridge District Council")
        + '<div id="__next"></div>'
        + '<script id="__NEXT_DATA__" type="application/json">'
        + json.dumps(data, ensure_ascii=False)
        + "</script>"
        + TAIL
    )


def cms_shell(ages: Sequence[int]) -> str:
    """A CMS template that keeps its list in a variable and renders it with a loop."""
    return (
        HEAD.format(title="南湖街道办事处")
        + '<div class="news"><h2>工作动态</h2><ul id="newsList"></ul></div>'
        + f"<script>var newsList = {_items(NEWS, ages, 'pubDate')};"
        "newsList.forEach(function(n){var li=document.createElement('li');"
        "li.innerHTML='<a href=\"'+n.url+'\">'+n.title+'</a><span>'+n.pubDate+'</span>';"
        "document.getElementById('newsList').appendChild(li);});</script>" + TAIL
    )


def json_shell(ages: Sequence[int]) -> str:
    """A page's data in a `<script type="application/json" id="data">`."""
    return (
        HEAD.format(title="北山区人民政府")
        + '<div id="root"></div>'
        + '<script type="application/json" id="data">{"columns":[{"name":"要闻动态","items":'
        + _items(NEWS, ages, "date")
        + "}]}</script>"
        + TAIL
    )


def build_only_shell() -> str:
    """Nothing dated but build and config stamps, a future event, an untitled log."""
    return (
        HEAD.format(title="东山乡人民政府")
        + '<div id="app"></div>'
        + '<script>window.__SITE_CONFIG__={"apiBase":"/api","version":"2026-11-25",'
        '"buildTime":"2026-11-24T08:00:00Z","updateTime":"2026-11-24"};'
        'window.__INITIAL_STATE__={"events":[{"title":"2027年新春游园会","date":"2027-02-10"}],'
        '"visits":[{"id":1,"time":"2026-11-24 08:00:00"}],"ts":1764000000000};</script>' + TAIL
    )


class Shell:
    """Every path answers the shell (client-side routing), as such servers do."""

    def __init__(self, page: str) -> None:
        self.page = page

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        if request.path.endswith((".js", ".css")):
            return web.Response(text="/* bundle */", content_type="application/javascript")
        return web.Response(text=self.page, content_type="text/html", charset="utf-8")


SHELLS: dict[str, Callable[[], str]] = {
    "vue-fresh": lambda: vue_shell([1, 3, 6], [2, 30]),
    "nuxt-old": lambda: nuxt_shell([420, 431, 450]),
    "next-stale": lambda: next_shell([30, 33, 41]),
    "cms-fresh": lambda: cms_shell([0, 4, 9]),
    "json-stale": lambda: json_shell([60, 75, 90]),
    "build-only": build_only_shell,
}


async def _scan(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> dict[str, dict[str, Any]]:
    server, port = farm
    config = make_config(port)
    sites = []
    for name, page in SHELLS.items():
        server.sites[name] = Shell(page())
        sites.append(Site(server.url(name), name=name, group="shells"))
    outcome = await run_scan(config, sites, depth=depth, clock=lambda: NOW)
    db = open_database(config.database_path, create=False)
    try:
        return {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()


def _codes(record: dict[str, Any]) -> set[str]:
    return {f["code"] for f in record["findings"]}


def _detail(record: dict[str, Any], code: str) -> str:
    return next(f["detail"] for f in record["findings"] if f["code"] == code)


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_a_shell_is_dated_by_its_embedded_data(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> None:
    records = await _scan(farm, make_config, depth)

    for name, newest in (("vue-fresh", 1), ("cms-fresh", 0)):
        record = records[name]
        assert (record["status"], record["passed"]) == ("healthy", True), (name, record)
        assert "undated" not in _codes(record), name
        assert record["last_updated"] == days_ago(newest).isoformat(), name
        assert record["last_updated_source"] == "content", name

    for name, newest, status in (
        ("next-stale", 30, "stale"),
        ("json-stale", 60, "stale"),
        ("nuxt-old", 420, "zombie"),
    ):
        record = records[name]
        assert (record["status"], record["passed"]) == (status, False), (name, record)
        assert record["last_updated"] == days_ago(newest).isoformat(), name
        stale = _detail(record, "homepage_stale")
        assert days_ago(newest).isoformat() in stale, name
        assert "from the page's embedded data" in stale, name
        finding = next(f for f in record["findings"] if f["code"] == "homepage_stale")
        assert finding["basis"] == "embedded data"
    assert "from the page's embedded data" in _detail(records["nuxt-old"], "abandoned")

    # Build and config stamps, a future event and an untitled log date nothing.
    record = records["build-only"]
    assert "undated" in _codes(record), record
    assert record["last_updated"] is None
    assert record["status"] == "healthy"


def test_embedded_data_after_an_inline_bundle_is_read_within_the_cap() -> None:
    """A 2 MB bundle inline before the state costs its first `max_chars` only; the
    state after it is still read, and nothing is read on a page that shows dates."""
    from crawler.extract import observe

    bundle = "<script>" + "function(e,t){return e.date=t,{name:e,time:n}};" * 45000 + "</script>"
    page = vue_shell([3, 8, 12], [5, 9]).replace(
        '<div id="app"></div>', '<div id="app"></div>' + bundle
    )
    for lists in (True, False):
        seen = observe(
            page.encode(), "utf-8", "http://x.farm.test/", "text/html", NOW.date(), lists=lists
        )
        assert seen.newest_item == days_ago(3)
        assert seen.newest_item_source == "embedded data"
    shown = page.replace(
        '<div id="app"></div>',
        '<ul><li><a href="/a/1.html">县政府召开常务会议</a><span>2026-10-01</span></li>'
        '<li><a href="/a/2.html">全县森林防火工作会议召开</a><span>2026-09-20</span></li></ul>',
    )
    seen = observe(shown.encode(), "utf-8", "http://x.farm.test/", "text/html", NOW.date())
    assert (seen.newest_item, seen.newest_item_source) == (days_ago(55), "")


def test_a_menu_tree_in_the_state_dates_no_shell() -> None:
    """A shell's state with only its menus ({"name": "首页", "createTime": "2018-03-01",
    "children": [...]}) and its news loaded from an API later: the menus' set-up days are
    no item's (they dated a live shell a zombie), so the shell stays undated."""
    from selectolax.lexbor import LexborHTMLParser

    from crawler.dates import newest_in_embedded_data

    menus = [
        {"name": "首页", "path": "/", "createTime": "2018-03-01 10:00:00", "children": []},
        {
            "name": "政务公开",
            "path": "/zwgk",
            "createTime": "2018-03-01 10:02:11",
            "children": [{"name": "通知公告", "path": "/zwgk/tzgg", "createTime": "2019-05-20"}],
        },
    ]
    page = HEAD.format(title="某县人民政府") + (
        f'<div id="app"></div><script>window.__INITIAL_STATE__={json.dumps(menus, ensure_ascii=False)}'
        "</script>" + TAIL
    )
    tree = LexborHTMLParser(page)
    assert newest_in_embedded_data(tree.css("script"), NOW.date()) is None
