"""Message boards, round 2 (tests/realistic_messages2.py): Hanweb and TRS 互动交流
platforms, a 12345 hotline's work orders, Taiwan's 首長信箱/民意信箱, an English
enquiries page, edge cases of the 3-month rule and pages that only look like message
boards; each read by `observe()` and scanned on the farm at depth full."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config
from crawler.extract import observe
from crawler.lexicon import build_lexicon
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import realistic_messages2 as rm
from tests.farm import Farm

BOARDS = {build().slug: build for build in rm.BOARDS}


def _observe(board: rm.Board, html: str | None = None) -> dict[str, tuple[Any, bool | None]]:
    url = f"http://{board.slug}.farm.test{board.path}"
    page = observe((html or board.page()).encode(), "utf-8", url, "text/html", rm.TODAY,
                   columns=False)  # fmt: skip
    return {m.title: (m.date, m.answered) for m in page.messages}


@pytest.mark.parametrize("slug", [s for s, b in BOARDS.items() if b().messages_board])
def test_board_states(slug: str) -> None:
    """Each letter's own date and state as its list shows them (a state word, an icon's
    alt, a reply-date cell); a board that shows states only as classes says nothing."""
    board = BOARDS[slug]()
    found = _observe(board)
    want = {
        m.title: (m.day, None if m.shown == "流转中" else m.answered)
        for m in board.messages
        if m.answered is not None
    }
    assert {t: found.get(t) for t in want} == want
    assert all(found.get(m.title, (None, None))[1] is None for m in board.messages
               if m.answered is None)  # fmt: skip


@pytest.mark.parametrize("slug", [s for s, b in BOARDS.items() if not b().messages_board])
def test_look_alikes_hold_no_unanswered_message(slug: str) -> None:
    """A draft's 征求意见, a 投诉举报 guide (the stages of a complaint in its prose and
    table) and a FAQ: no item is a letter left unanswered."""
    assert [t for t, (_, state) in _observe(BOARDS[slug]()).items() if state is False] == []


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("待答复", False), ("正在办理", False), ("待办理", False), ("未处理", False),
        ("已签收", False), ("已交办", False), ("分案中", False), ("未回復", False),
        ("Unanswered", False), ("Not answered", False), ("not yet answered", False),
        ("未回复（Unanswered）", False), ("Unresolved", False),
        ("已回应", True), ("已回復", True), ("已答復", True), ("辦理完成", True),
        ("处理完毕", True), ("Responded", True), ("Resolved", True), ("已回复 Replied", True),
        ("已公开", None), ("已回访", None), ("征集中", None),
    ],
)  # fmt: skip
def test_state_words(text: str, state: bool | None) -> None:
    assert build_lexicon().message_state(text) is state


@pytest.mark.parametrize("path", list(rm.news_with_summaries()))
@pytest.mark.parametrize("columns", [True, False])
def test_state_words_in_a_news_summary_are_no_message(path: str, columns: bool) -> None:
    """已受理, 正在办理, 待处理, "in progress", "pending", "unresolved" inside a news
    item's summary sentence say nothing of a letter: neither the homepage reading nor
    a column page's finds a message (it failed the site as unanswered)."""
    html = rm.news_with_summaries()[path]
    page = observe(html.encode(), "utf-8", f"http://news.farm.test{path}", "text/html",
                   rm.TODAY, columns=columns, message_list=False)  # fmt: skip
    assert [(m.title, m.answered) for m in page.messages] == []


def test_hotline_order_date_is_its_acceptance_not_its_closing() -> None:
    """A 12345 work order's own date is its 受理时间, not the 办结时间 beside it."""
    board = rm.board_hotline()
    found = _observe(board)
    assert {m.title: found[m.title][0] for m in board.messages} == {
        m.title: m.day for m in board.messages
    }


def test_a_later_page_link_back_to_page_two_is_not_its_next() -> None:
    """Without a 下页 link (the last page), a link to page 2 as CMSs number it is the
    pager's way back (上页, the page numbers): the list has no further page."""
    board = rm.board_paged()
    pages = rm.site_pages(board)
    later = [key for key in pages if "pageNum=" in key]
    seen = {}
    for key in later:
        url = f"http://paged.farm.test{key}"
        page = observe(pages[key].encode(), "utf-8", url, "text/html", rm.TODAY, columns=False)
        seen[key[-1]] = (page.next_page or "").rsplit("=", 1)[-1] or None
    assert seen == {"1": "2", "2": "3", "3": None}


# --- farm ------------------------------------------------------------------------------


def _serve(pages: dict[str, str]) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.StreamResponse:
        page = pages.get(request.path_qs) or pages.get(request.path)
        if page is None:
            return web.Response(status=404, text="404", content_type="text/html")
        return web.Response(
            body=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"}
        )

    return handler


async def test_farm_scan_round_two(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """Every board scanned at depth full with a fixed clock: the unanswered finding's
    count and oldest letter as the truth says (none for look-alikes, for a board that
    publishes answered letters only, for one whose letters are two years old, and for
    one whose states nobody can read), a veto that leaves the status healthy."""
    server, port = farm
    config = make_config(port)
    boards = {slug: build() for slug, build in BOARDS.items()}
    sites = []
    for slug, board in boards.items():
        server.sites[f"msg2-{slug}"] = _serve(rm.site_pages(board))
        sites.append(Site(server.url(f"msg2-{slug}"), name=slug, group="messages"))
    # A site whose news column's items carry summaries that use state words.
    news = rm.site_pages(rm.board_faq())
    news["/xwzx/"] = rm.news_with_summaries()["/xwzx/"]
    server.sites["msg2-news"] = _serve(news)
    sites.append(Site(server.url("msg2-news"), name="news-summaries", group="messages"))
    outcome = await run_scan(config, sites, depth="full", clock=lambda: rm.NOW)
    db = open_database(config.database_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()
    wrong = {}
    for slug, board in boards.items():
        record = records[slug]
        by_code = {f["code"]: f for f in record["findings"]}
        found = by_code.get("unanswered_messages")
        overdue = board.overdue
        oldest = max(overdue, key=lambda m: m.age, default=None)
        got = (
            record["status"],
            record["passed"],
            found["count"] if found else 0,
            (found["oldest"]["title"], found["oldest"]["date"]) if found else None,
            sorted(set(by_code) & {"column_empty", "column_stale", "homepage_stale"}),
        )
        want = (
            "healthy",
            not overdue,
            len(overdue),
            (oldest.title, oldest.day.isoformat()) if oldest else None,
            [],
        )
        if got != want:
            wrong[slug] = (got, want)
    assert wrong == {}, "\n".join(f"{k}: {v}" for k, v in wrong.items())
    assert "unanswered_messages" not in {f["code"] for f in records["news-summaries"]["findings"]}
    paged = {f["code"]: f for f in records["paged"]["findings"]}["unanswered_messages"]
    assert (paged["list_pages"], paged["minimum"]) == (3, False)
