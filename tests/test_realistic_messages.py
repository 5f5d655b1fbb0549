"""Citizen-message columns the crawler was not tuned on (tests/realistic_messages.py):
each board's messages and states as `observe()` reads its list page, the message pages
a scan reads when the list does not say, and the finding a farm scan writes (count,
oldest message, a veto that leaves the status as it is)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.check import message_pages
from crawler.config import Config, RuleSettings, config_from_mapping
from crawler.extract import observe
from crawler.inspect import inspect_page
from crawler.models import FetchRecord, Message, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import realistic_messages as rm
from tests.farm import Farm

BOARDS = {build().slug: build for build in rm.BOARDS}


def _url(slug: str, path: str) -> str:
    return f"http://{slug}.farm.test{path}"


@pytest.mark.parametrize("slug", list(BOARDS))
def test_board_states(slug: str) -> None:
    """Each message's date and state as its list shows them (None: only its page says)."""
    board = BOARDS[slug]()
    url = _url(slug, board.path)
    page = observe(board.page.encode(), "utf-8", url, "text/html", rm.TODAY, columns=False)
    found = {m.title: (m.date, m.answered) for m in page.messages}
    want = {m.title: (m.day, m.from_list) for m in board.messages}
    assert found == want


@pytest.mark.parametrize("slug", [s for s, b in BOARDS.items() if not b().details])
def test_board_verdict(slug: str) -> None:
    """`inspect` of the list page (its first page): the unanswered finding with its count
    and oldest."""
    board = BOARDS[slug]()
    raw = board.page.encode()
    url = _url(slug, board.path)
    fetch = FetchRecord(url=url, final_url=url, http_status=200, body_bytes=len(raw))
    config = config_from_mapping({}, Path("messages.toml"))
    verdict = inspect_page(url, fetch, raw, config, rm.NOW).verdict
    found = {f.code: f for f in verdict.findings}
    overdue = [m for m in board.messages if m.counts]
    oldest = max(overdue, key=lambda m: m.age, default=None)
    if oldest is None:
        assert "unanswered_messages" not in found
        return
    finding = found["unanswered_messages"]
    assert (finding.count, finding.veto) == (len(overdue), True)
    assert finding.data["oldest"]["title"] == oldest.title
    assert finding.data["oldest"]["date"] == oldest.day.isoformat()


@pytest.mark.parametrize("slug", [s for s, b in BOARDS.items() if b().details])
def test_message_pages_say_the_state(slug: str) -> None:
    board = BOARDS[slug]()
    for m in board.messages:
        url = _url(slug, m.detail)
        page = observe(board.details[m.detail].encode(), "utf-8", url, "text/html", rm.TODAY,
                       columns=False)  # fmt: skip
        assert page.reply is m.answered, m.title


def test_list_pages_and_homepages_have_no_reply_state() -> None:
    board = rm.detail_only()
    site = rm.board_site(board)
    for path in ("/", board.path):
        page = observe(site.pages[path].encode(), "utf-8", _url("x", path), "text/html", rm.TODAY,
                       columns=path != "/")  # fmt: skip
        assert page.reply is None


def test_message_pages_are_bounded_and_oldest_first() -> None:
    """Of 18 messages of unknown state, those that would count (over 90 days, within the
    year) are read, the oldest first, `budget` at most."""
    ages = [(5 + 21 * i, False) for i in range(18)]  # 5 ... 362 days
    board = rm.detail_only(ages, slug="many")
    from crawler.check import PagePlan

    url = _url("many", board.path)
    listing = observe(board.page.encode(), "utf-8", url, "text/html", rm.TODAY, columns=False)
    plan = PagePlan(url, board.name, "interaction", None)
    wanted = message_pages([(plan, listing, None)], listing.messages, RuleSettings(), rm.TODAY, 4)
    assert [(rm.TODAY - m.date).days for m in wanted if m.date] == [362, 341, 320, 299]
    news = PagePlan(url, "工作动态", "news", None)
    assert (
        message_pages([(news, listing, None)], listing.messages, RuleSettings(), rm.TODAY, 4) == []
    )
    assert all(isinstance(m, Message) for m in wanted)


def test_paginated_list_says_its_next_page_and_page_count() -> None:
    """A message list's 下一页 and 共N页 are read (on message lists only: a news list's
    pager costs nothing); without a 下一页 link, a link to page 2 as CMSs number it."""
    board = rm.paginated()
    url = _url("paginated", board.path)
    first = observe(board.page.encode(), "utf-8", url, "text/html", rm.TODAY, columns=False)
    assert (first.next_page, first.page_total) == (url + "index_1.html", 20)
    later = board.later_pages()
    second = observe(later[board.page_path(2)].encode(), "utf-8", url + "index_1.html",
                     "text/html", rm.TODAY, columns=False)  # fmt: skip
    assert second.next_page == url + "index_2.html"
    news = observe(board.page.encode(), "utf-8", url, "text/html", rm.TODAY, columns=False,
                   message_list=False)  # fmt: skip
    assert (news.next_page, news.page_total) == (None, None)
    numbered = board.page.replace(
        f'<a href="{board.path}index_1.html">下一页</a>',
        '<a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a>',
    ).replace("第1页/共20页", "Page 1 of 20")
    plain = observe(numbered.encode(), "utf-8", url, "text/html", rm.TODAY, columns=False)
    assert (plain.next_page, plain.page_total) == (url + "?page=2", 20)


# --- farm ------------------------------------------------------------------------------

SITES: dict[str, Callable[[], rm.Site]] = {
    **{slug: (lambda build=build: rm.board_site(build())) for slug, build in BOARDS.items()},
    "hotline-form": rm.hotline_site,
}


def _serve(site: rm.Site, asked: list[str] | None = None) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.StreamResponse:
        if asked is not None:
            asked.append(request.path_qs)
        page = site.pages.get(request.path)
        if page is None:
            return web.Response(status=404, text="404", content_type="text/html")
        return web.Response(
            body=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"}
        )

    return handler


async def test_farm_scan_finds_unanswered_messages(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    truths = {slug: build() for slug, build in SITES.items()}
    sites = []
    for slug, truth in truths.items():
        server.sites[f"msg-{slug}"] = _serve(truth)
        sites.append(Site(server.url(f"msg-{slug}"), name=slug, group="messages"))
    outcome = await run_scan(config, sites, depth="full", clock=lambda: rm.NOW)
    db = open_database(config.database_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()
    wrong = {}
    for slug, truth in truths.items():
        record = records[slug]
        by_code = {f["code"]: f for f in record["findings"]}
        found = by_code.get("unanswered_messages")
        got = (
            record["status"],
            record["passed"],
            found["count"] if found else 0,
            (found["oldest"]["title"], found["oldest"]["date"]) if found else None,
            sorted(set(by_code) & {"column_empty", "column_stale", "homepage_stale"}),
        )
        want = (
            "healthy",
            truth.count == 0,
            truth.count,
            (truth.oldest[0], truth.oldest[1].isoformat()) if truth.oldest else None,
            [],
        )
        if got != want:
            wrong[slug] = (got, want)
    assert wrong == {}
    # The finding says how many list pages were read, and when the count is a minimum.
    paginated = next(
        f for f in records["paginated"]["findings"] if f["code"] == "unanswered_messages"
    )
    assert (paginated["list_pages"], paginated["minimum"]) == (3, True)
    assert (
        "3 message list page(s) read; the lists have more pages: a minimum" in paginated["detail"]
    )
    table = next(f for f in records["table-text"]["findings"] if f["code"] == "unanswered_messages")
    assert (table["list_pages"], table["minimum"]) == (1, False)


async def test_farm_scan_reads_later_list_pages_within_bounds(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """`max_message_list_pages` more pages of a message list at most (a site may set its
    own, 0 reads the first only), and none of a news list's pages."""
    server, port = farm
    config = make_config(port)
    board = rm.paginated()
    truth = rm.board_site(board)
    truth.pages["/xwzx/"] = truth.pages["/xwzx/"].replace(
        "</ul>", '</ul><a href="/xwzx/index_1.html">下一页</a>'
    )
    asked: dict[str, list[str]] = {"msg-paged": [], "msg-first": []}
    sites = []
    for name, overrides in (("msg-paged", {}), ("msg-first", {"max_message_list_pages": 0})):
        server.sites[name] = _serve(truth, asked[name])
        sites.append(Site(server.url(name), name=name, group="m", overrides=overrides))
    outcome = await run_scan(config, sites, depth="full", clock=lambda: rm.NOW)
    db = open_database(config.database_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()
    lists = {name: sorted(p for p in paths if "index_" in p) for name, paths in asked.items()}
    assert lists == {
        "msg-paged": ["/hdjl/xzxx/index_1.html", "/hdjl/xzxx/index_2.html"],
        "msg-first": [],
    }
    paged = {f["code"]: f for f in records["msg-paged"]["findings"]}["unanswered_messages"]
    assert (paged["count"], paged["oldest"]["date"]) == (2, rm.ago(200).isoformat())
    first = {f["code"]: f for f in records["msg-first"]["findings"]}
    assert records["msg-first"]["passed"] and "unanswered_messages" not in first


async def test_farm_scan_marks_an_off_site_hotline_not_judged(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """A 12345 hotline column whose list is on the provincial platform (another site) is
    not read nor guessed at: its column row says it was not judged, and the site is
    judged on the rest (neither empty nor stale for it, no finding)."""
    server, port = farm
    config = make_config(port)
    truth = rm.hotline_site()
    asked: list[str] = []
    server.sites["msg-hotline"] = _serve(truth, asked)
    site = Site(server.url("msg-hotline"), name="hotline", group="messages")
    outcome = await run_scan(config, [site], depth="full", clock=lambda: rm.NOW)
    db = open_database(config.database_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
        rows = {
            row["name"]: row
            for row in db.query(
                "SELECT check_columns.* FROM check_columns"
                " JOIN checks ON checks.id = check_columns.check_id"
                " WHERE checks.scan_id = ?",
                [outcome.scan_id],
            )
        }
    finally:
        db.conn.close()
    hotline = rows["12345政务服务便民热线"]
    assert (hotline["type"], hotline["empty"], hotline["items"]) == ("interaction", 0, 0)
    assert hotline["error"] == "not judged: its list is on another site (12345.ah.gov.cn)"
    assert rows["县长信箱"]["error"] is None
    record = records["hotline"]
    assert (record["status"], record["passed"]) == ("healthy", True)
    assert [f["code"] for f in record["findings"]] == []
    assert not any("hotline" in path for path in asked)


@pytest.mark.parametrize(
    ("field", "answered"),
    [
        # An answer that tells its course before it answers (messages4's 县长信箱).
        ("您反映的问题已转办相关单位核实处理，现答复如下：经核实，该路段路灯已于本月修复，"
         "感谢您对我县工作的关心和支持。", True),
        # A note of its course alone is no answer yet, nor one that asks to wait.
        ("已转办", False),
        ("您的诉求已派单至城关街道办事处，请耐心等待", False),
        ("已转办县住建局，请耐心等待", False),
        ("正在办理中", False),
        ("暂无回复", False),
        ("经核实，您反映的路灯已修复。", True),
    ],
)
def test_a_reply_field_says_whether_the_letter_was_answered(field: str, answered: bool) -> None:
    page = (
        "<html><body><h1>来信详情</h1><table><tr><th>来信标题</th><td>路灯不亮</td></tr>"
        f"<tr><th>回复内容</th><td>{field}</td></tr></table></body></html>"
    )
    url = "http://x.farm.test/hdjl/xx/1.html"
    observed = observe(page.encode(), "utf-8", url, "text/html", rm.TODAY, columns=False)
    assert observed.reply is answered
