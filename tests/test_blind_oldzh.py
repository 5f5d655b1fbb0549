"""The blind oldzh set (tests/blind_oldzh.py): old Chinese government and school sites
(2005-2014 builds: FrontPage/Dreamweaver tables, 动易, 新云, 科讯, DedeCMS; GB2312/GBK
and Big5), scanned on the farm at depths full and home with a fixed clock; each verdict
and column against the truth written before the first scan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import config_from_mapping
from crawler.inspect import inspect_sources, inspection_record
from crawler.models import Site
from tests import blind_oldzh as bo
from tests.blind_farm import Columns, Records, scan_on_farm
from tests.farm import Farm

CLOCK = datetime(bo.NOW.year, bo.NOW.month, bo.NOW.day, 2, 0, tzinfo=UTC)

# Verdicts still wrong, by (host, depth): the reason.
KNOWN_GAPS: dict[tuple[str, str], str] = {}
# Columns still read wrong at depth full, by host: the reason.
COLUMN_GAPS: dict[str, str] = {}

_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def handler(site: dict[str, Any]) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        if request.path.lower().endswith((".gif", ".jpg", ".swf", ".css", ".js", ".cgi")):
            return web.Response(body=_GIF, content_type="image/gif")
        path = request.path_qs if request.path_qs in site["pages"] else request.path
        ctype = "text/html" + (f"; charset={site['header_charset']}" if site["header_charset"] else "")
        return web.Response(body=bo.page_bytes(site, path), headers={"Content-Type": ctype})

    return answer


def register(server: Farm) -> None:
    for site in bo.SITES:
        server.sites[site["host"]] = handler(site)


_cache: dict[str, tuple[Records, Columns]] = {}


def site_url(site: dict[str, Any]) -> str:
    return f"http://{site['host']}{site['homepage']}"


async def scan(depth: str) -> tuple[Records, Columns]:
    if depth not in _cache:
        sites = [Site(site_url(s), name=s["host"], group="blind_oldzh") for s in bo.SITES]
        _cache[depth] = await scan_on_farm(sites, register, depth, CLOCK, every_host=True)
    return _cache[depth]


def mismatch(site: dict[str, Any], record: dict[str, Any], depth: str) -> list[str]:
    truth = site["truth"][depth]
    got = {f["code"] for f in record["findings"]}
    problems = []
    if record["status"] != truth["status"]:
        problems.append(f"status {record['status']} (want {truth['status']})")
    if record["passed"] != truth["passed"]:
        problems.append(f"passed {record['passed']} (want {truth['passed']})")
    if set(truth["must"]) - got:
        problems.append(f"missing {sorted(set(truth['must']) - got)}")
    if set(truth["must_not"]) & got:
        problems.append(f"false {sorted(set(truth['must_not']) & got)}")
    if "last_updated" in truth and record.get("last_updated") != truth["last_updated"]:
        problems.append(f"last_updated {record.get('last_updated')} (want {truth['last_updated']})")
    findings = {f["code"]: f for f in record["findings"]}
    for key, code in (("column_stale_count", "column_stale"), ("column_empty_count", "column_empty"),
                      ("unanswered_count", "unanswered_messages")):
        if key in truth and code in findings and findings[code].get("count") != truth[key]:
            problems.append(f"{code} count {findings[code].get('count')} (want {truth[key]})")
    return problems


def column_mismatch(site: dict[str, Any], rows: list[dict[str, Any]]) -> list[str]:
    found = {c["name"]: c for c in rows}
    wrong = []
    for col in site["truth"]["full"]["columns"]:
        row = found.get(col["name"])
        if row is None:
            wrong.append(f"{col['name']}: not found (found {sorted(found)})")
            continue
        got = (row.get("type"), row.get("newest"), bool(row.get("empty")))
        want = (col["type"], col["newest"], col["empty"])
        if got != want:
            wrong.append(f"{col['name']}: {got} (want {want})")
    return wrong


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_oldzh_verdicts(depth: str) -> None:
    records, _ = await scan(depth)
    wrong = []
    fixed = []
    for site in bo.SITES:
        problems = mismatch(site, records[site["host"]], depth)
        known = KNOWN_GAPS.get((site["host"], depth))
        if problems and not known:
            got = sorted(f["code"] for f in records[site["host"]]["findings"])
            wrong.append(f"{site['host']} [{depth}]: " + "; ".join(problems) + f" | got {got}")
        if known and not problems:
            fixed.append(site["host"])
    assert not wrong, "\n".join(wrong)
    assert not fixed, f"known gaps now right (remove them): {fixed}"


async def test_blind_oldzh_columns() -> None:
    """Each column's type, newest date and emptiness at depth full."""
    _, columns = await scan("full")
    wrong = []
    fixed = []
    for site in bo.SITES:
        problems = column_mismatch(site, columns.get(site["host"], []))
        if problems and site["host"] not in COLUMN_GAPS:
            wrong.append(f"{site['host']}: " + "; ".join(problems))
        if site["host"] in COLUMN_GAPS and not problems:
            fixed.append(site["host"])
    assert not wrong, "\n".join(wrong)
    assert not fixed, f"column gaps now right (remove them): {fixed}"


async def test_blind_oldzh_depths_agree_on_the_homepage() -> None:
    """Homepage-level facts (homepage_stale, abandoned, placeholder_page) are the same
    at both depths."""
    full, _ = await scan("full")
    home, _ = await scan("home")
    level = {"homepage_stale", "abandoned", "placeholder_page", "undated"}
    wrong = []
    for site in bo.SITES:
        a = {f["code"] for f in full[site["host"]]["findings"]} & level
        b = {f["code"] for f in home[site["host"]]["findings"]} & level
        if a != b:
            wrong.append(f"{site['host']}: full {sorted(a)} home {sorted(b)}")
    assert not wrong, "\n".join(wrong)


async def test_blind_oldzh_list_pages(tmp_path: Path) -> None:
    """Each column's own list page read as a column page (`inspect`'s as_column_page):
    its newest date and emptiness."""
    config = config_from_mapping({}, tmp_path / "test.toml")
    now = datetime(bo.NOW.year, bo.NOW.month, bo.NOW.day, 10, tzinfo=config.rules.zone)
    wrong = []
    for site in bo.SITES:
        for path, want in site["truth"]["list_pages"].items():
            saved = tmp_path / f"{site['host']}_{len(wrong)}_{abs(hash(path))}.html"
            saved.write_bytes(bo.page_bytes(site, path))
            url = f"http://{site['host']}{path}"
            async for item in inspect_sources([str(saved)], config, now, url):
                page = inspection_record(item)["as_column_page"]
                got = {"newest": page["newest"], "empty": page["empty"]}
                if got != want:
                    wrong.append(f"{url}: {got} (want {want})")
    assert not wrong, "\n".join(wrong)


def _observe(body: str) -> Any:
    from crawler.extract import observe
    from crawler.lexicon import build_lexicon

    html = (
        "<html><head><title>城关镇人民政府</title>"
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
        f"<body>{body}</body></html>"
    )
    return observe(html.encode("gbk"), "", "http://www.cgz.oldzh.test/", "text/html", bo.TODAY,
                   build_lexicon())


def _title_table_box(name: str, more: str, body: str) -> str:
    return (
        '<table width="100%" class="border1"><tr><td><table width="100%"><tr>'
        f'<td class="title_bar">{name}</td><td align="right"><a href="{more}">'
        '<img src="/images/more.gif" alt="更多" border="0"></a></td></tr></table></td></tr>'
        f'<tr><td valign="top">{body}</td></tr></table>'
    )


_DOT_LINES = "\n".join(
    f'<img src="/images/dot.gif"> <a href="/Article/ShowArticle.asp?ArticleID={90 - i}">'
    f"城关镇召开第{i + 1}次镇务工作会议</a>&nbsp;({d})<br>"
    for i, d in enumerate(["2026-11-24", "2026-11-19", "2026-11-12", "2026-10-30"])
)


def test_items_on_lines_of_one_cell_are_each_an_item() -> None:
    """动易's and FrontPage's lists: every item in ONE <td>, `<a>..</a>&nbsp;(date)<br>`
    per line. Each line is an item dated by its own date: the cell's newest is the first
    line's (it was one item of all the lines, dated by the last: the homepage stale)."""
    page = _observe(_title_table_box("镇务动态", "/Article/ShowClass.asp?ClassID=3", _DOT_LINES))
    (column,) = [c for c in page.columns if c.name == "镇务动态"]
    assert (column.items, column.dated_items) == (4, 4)
    assert column.newest is not None and column.newest.isoformat() == "2026-11-24"
    assert page.newest_item is not None and page.newest_item.isoformat() == "2026-11-24"
    # <font> dates and a date on the line below its title are each line's too
    fonts = _DOT_LINES.replace("&nbsp;(", "&nbsp;<font color=#999999>[").replace(")<br>", "]</font><br>")
    page = _observe(_title_table_box("镇务动态", "/Article/ShowClass.asp?ClassID=3", fonts))
    (column,) = [c for c in page.columns if c.name == "镇务动态"]
    assert column.newest is not None and column.newest.isoformat() == "2026-11-24"
    assert column.dated_items == 4


def test_a_title_table_box_of_prose_or_short_links_is_no_empty_column() -> None:
    """A box whose title bar is a table of its own in the box's first cell: its body is
    the box's next row. A 镇情简介 of prose and a 村务公开 of village links show
    something; a body saying 暂无内容 is an empty column."""
    intro = "城关镇位于县境中部，是县委、县政府所在地，全镇总面积186平方公里，辖12个行政村、4个社区，总人口6.8万人。" * 2
    villages = "".join(f'<a href="/cwgk/{i}.htm">{v}村</a>&nbsp;' for i, v in enumerate("东西南北柳杨"))
    page = _observe(
        _title_table_box("镇务动态", "/Article/ShowClass.asp?ClassID=3", _DOT_LINES)
        + _title_table_box("镇情简介", "/Article/ShowClass.asp?ClassID=1", intro)
        + _title_table_box("村务公开", "/Article/ShowClass.asp?ClassID=11", villages)
        + _title_table_box("政策解读", "/Article/ShowClass.asp?ClassID=5",
                           '<div align="center">暂无内容</div>')
    )
    empty = {c.name for c in page.columns if c.items == 0 and not c.items_elsewhere}
    assert empty == {"政策解读"}


def test_a_more_link_ahead_of_its_title_is_no_part_of_the_name() -> None:
    """DedeCMS: <div class="tit"><span class="more"><a>更多>></a></span><h3>教育动态</h3>
    </div>: the column is 教育动态, not '更多>> 教育动态'."""
    items = "".join(
        f'<li><span class="date">2019-06-{18 - i:02d}</span><a href="/a/jydt/201906{18 - i:02d}/{i}.html">'
        f"县教育局召开第{i + 1}次工作会议</a></li>"
        for i in range(5)
    )
    page = _observe(
        '<div class="box"><div class="tit"><span class="more"><a href="/a/jydt/">更多&gt;&gt;</a>'
        f'</span><h3>教育动态</h3></div><ul class="d1">{items}</ul></div>'
    )
    assert [c.name for c in page.columns] == ["教育动态"]
