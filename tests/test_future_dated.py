"""future_dated: listed items whose own date is after tomorrow (a typo, or a date faked
to look fresh). The extractor leaves such a date out of the column's newest (no update)
and keeps the item as evidence; the rule reports publication columns' such items with a
deduction, never a veto, and no change of status.

Pure rule tests on a fixed clock; observe() on realistic county pages (tests/portals.py);
one scan of the farm at depth full, read back as the JSON Lines export writes it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from html import escape

import pytest

from crawler.check import column_states
from crawler.config import Config, RuleSettings, SettingError
from crawler.dates import item_date_signal, item_dates
from crawler.export import format_jsonl
from crawler.extract import observe
from crawler.models import (
    ColumnState,
    FetchRecord,
    FutureItem,
    PageObservations,
    SiteObservations,
    Verdict,
)
from crawler.rules import evaluate, future_findings
from crawler.storage import iter_result_records, open_database
from crawler.summaries import page_from_summary, page_to_summary
from tests import portals
from tests.farm import Farm
from tests.portals import COUNTY_COLUMNS, NOW, TODAY
from tests.test_freshness_scan import add_site, county_site, scan

URL = "http://www.qinghe.gov.cn/"
RULES = RuleSettings()
FETCH = FetchRecord(url=URL, final_url=URL, http_status=200, response_ms=120, body_bytes=24_000)
TYPO = date(2027, 11, 20)  # 2026-11-20 typed as 2027
FAR = date(2099, 1, 1)


def ahead(day: date) -> int:
    """The age (days before NOW) of a day after it: negative."""
    return -(day - TODAY).days


# --- the rule, pure -------------------------------------------------------------------


def state(name: str, kind: str, *future: FutureItem, newest_age: int = 1) -> ColumnState:
    return ColumnState(
        name=name,
        type=kind,
        url=f"{URL}col/{name}/",
        items=10,
        newest=TODAY - timedelta(days=newest_age),
        future=future,
    )


def item(day: date, title: str = "关于做好冬季安全生产工作的通知", n: int = 1) -> FutureItem:
    return FutureItem(title, day, f"{URL}art/{n}.html")


def home() -> PageObservations:
    return PageObservations(
        title="清河县人民政府",
        text_length=6000,
        fingerprint="f" * 24,
        list_items=30,
        dated_items=20,
        newest_item=TODAY - timedelta(days=1),
        newest_item_title="县政府召开常务会议",
    )


def judge(*columns: ColumnState, rules: RuleSettings = RULES) -> Verdict:
    return evaluate(SiteObservations(fetch=FETCH, home=home(), columns=columns), rules, NOW)


def test_a_future_item_is_reported_with_a_deduction_not_a_veto() -> None:
    news = state("政务动态", "news", item(FAR, "我县召开重点项目推进会", 1))
    notice = state("通知公告", "notice", item(TYPO, "关于开展统计执法检查的通知", 2))
    verdict = judge(news, notice)
    (finding,) = [f for f in verdict.findings if f.code == "future_dated"]
    assert finding.count == 2
    assert not finding.veto
    assert (verdict.status, verdict.passed, verdict.score) == ("healthy", True, 95)
    assert finding.data["newest"] == {
        "date": "2099-01-01",
        "title": "我县召开重点项目推进会",
        "url": f"{URL}art/1.html",
    }
    assert (finding.data["column"], finding.data["type"]) == ("政务动态", "news")
    assert finding.data["limit"] == "2026-11-26"
    assert finding.data["columns"] == ["政务动态", "通知公告"]
    for said in ("2099-01-01", "政务动态", "我县召开重点项目推进会", "2026-11-26", "typo"):
        assert said in finding.detail


def test_the_deduction_is_once_whatever_the_count() -> None:
    items = [item(TYPO + timedelta(days=n), n=n) for n in range(12)]
    verdict = judge(state("政务动态", "news", *items))
    (finding,) = verdict.findings
    assert finding.count == 12
    assert (verdict.score, verdict.passed) == (95, True)
    free = replace(RULES, deductions={**RULES.deductions, "future_dated": 0})
    assert judge(state("政务动态", "news", *items), rules=free).score == 100


def test_the_slack_is_a_setting() -> None:
    tomorrow, after = TODAY + timedelta(days=1), TODAY + timedelta(days=2)
    assert future_findings((state("动态", "news", item(tomorrow)),), RULES, TODAY) == []
    (finding,) = future_findings((state("动态", "news", item(after)),), RULES, TODAY)
    assert finding.count == 1
    three = replace(RULES, future_slack_days=3)
    assert future_findings((state("动态", "news", item(after)),), three, TODAY) == []
    assert future_findings((state("动态", "news", item(TYPO)),), three, TODAY)[0].count == 1


def test_events_consultations_and_other_columns_are_dated_ahead() -> None:
    assert judge(
        state("活动预告", "other", item(TYPO)),
        state("征求意见", "interaction", item(FAR)),
    ).findings == ()
    for kind in ("news", "notice", "policy", "personnel", "planning", "finance", "statistics"):
        assert [f.code for f in judge(state("栏目", kind, item(TYPO))).findings] == [
            "future_dated"
        ]


def test_an_item_in_two_columns_counts_once() -> None:
    shown = item(FAR, "我县召开重点项目推进会")
    (finding,) = judge(state("要闻", "news", shown), state("政务动态", "news", shown)).findings
    assert finding.count == 1


def test_the_setting_is_validated() -> None:
    with pytest.raises(SettingError, match="at least 1"):
        RuleSettings(future_slack_days=0)


# --- an item's own date ---------------------------------------------------------------


def test_an_items_own_date_after_tomorrow() -> None:
    assert item_dates("关于开展统计执法检查的通知 2027-11-20", TODAY) == (None, None, TYPO)
    assert item_dates("[2099-01-01] 我县召开重点项目推进会", TODAY) == (None, None, FAR)
    assert item_dates("标题 2026-11-27", TODAY)[2] == date(2026, 11, 27)
    # Tomorrow is a date (a site a time zone ahead), not one ahead.
    assert item_dates("标题 2026-11-26", TODAY) == (date(2026, 11, 26), None, None)
    # item_date_signal is unchanged.
    assert item_date_signal("关于开展统计执法检查的通知 2027-11-20", TODAY) == (None, None)


def test_dates_ahead_that_are_not_the_items_own() -> None:
    for text in (
        "《清河县城市管理条例》自2027年1月1日起施行",  # effective
        "2027年1月1日起施行《清河县城市管理条例》",
        "全县中小学生运动会将于2027年3月5日",  # in the title's sentence
        "2027年3月5日举行清河县迎春长跑比赛",  # an event
        "关于举办2027年3月5日专场招聘会的通知",  # inside the title
        "清河县公开招聘教师公告 报名截止 2026-12-20",  # a deadline
        "Senior Planner Closes 20 December 2026",
        "Photo competition 2026-11-18 to 2026-12-20",
        "标题 05/11/2027",  # may read 5 November or 11 May: not told
        "今天是2027年1月1日",  # a clock
    ):
        assert item_dates(text, TODAY)[2] is None, text
    # An item with a past date of its own is dated by it (a deadline column beside it).
    assert item_dates("采购公告 2026-11-20 2026-12-20", TODAY) == (date(2026, 11, 20), None, None)


# --- observe(): realistic pages -------------------------------------------------------


def block(name: str, slug: str, rows: Sequence[tuple[str, str]]) -> str:
    """A column box as the county portal draws it, with its own titles and dates."""
    items = "\n".join(
        f'<li><a href="/col/{slug}/art_{n}.html" target="_blank">{escape(title)}</a>'
        f'<span class="date">{when}</span></li>'
        for n, (title, when) in enumerate(rows)
    )
    return f"""<div class="column" id="lm_{slug}">
<div class="title"><h3>{name}</h3><a class="more" href="/col/{slug}/" target="_blank">更多&gt;&gt;</a></div>
<ul>
{items}
</ul>
</div>"""


def with_blocks(page: str, *blocks: str) -> str:
    return page.replace('<div class="cols">\n', '<div class="cols">\n' + "\n".join(blocks), 1)


def read(html: str, *, columns: bool = True) -> PageObservations:
    return observe(html.encode("utf-8"), "utf-8", URL, now=TODAY, columns=columns)


def verdict_of(page: PageObservations) -> Verdict:
    states = column_states(page, URL, [])
    return evaluate(SiteObservations(fetch=FETCH, home=page, columns=tuple(states)), RULES, NOW)


def codes(verdict: Verdict) -> list[str]:
    return [f.code for f in verdict.findings]


def test_a_news_list_with_one_2099_item_over_fresh_ones() -> None:
    ages = (1, ahead(FAR), 2, 4, 6, 8)
    page = read(portals.county_portal({"zwdt": ages}))
    news = next(c for c in page.columns if c.name == "政务动态")
    # The 2099 item is no update: the column's newest is its newest past date.
    assert (news.items, news.dated_items, news.newest) == (6, 5, TODAY - timedelta(days=1))
    (shown,) = news.future
    assert shown.date == FAR
    assert shown.title == portals.title_for("zwdt", 1)
    assert shown.url.startswith(URL + "col/zwdt/")
    verdict = verdict_of(page)
    (finding,) = [f for f in verdict.findings if f.code == "future_dated"]
    assert finding.count == 1 and not finding.veto
    assert "2099-01-01" in finding.detail and "政务动态" in finding.detail
    assert (verdict.status, verdict.passed) == ("healthy", True)
    # A page answering 304 is judged from its summary: the item is kept there too.
    assert page_from_summary(page_to_summary(page)).columns == page.columns


def test_a_notice_list_page_with_a_2027_typo() -> None:
    spec = next(s for s in COUNTY_COLUMNS if s.slug == "tzgg")
    listing = read(
        portals.column_list_page(spec, (3, ahead(TYPO), 10, 25, 40, 70)), columns=False
    )
    assert listing.main_list_items == 6
    assert listing.main_list_newest == TODAY - timedelta(days=3)
    (shown,) = listing.main_list_future
    assert (shown.date, shown.title) == (TYPO, portals.title_for("tzgg", 1))
    assert page_from_summary(page_to_summary(listing)).main_list_future == (shown,)


def test_an_events_column_with_upcoming_dates_is_no_finding() -> None:
    events = block(
        "活动预告",
        "hdyg",
        [
            ("清河县2027年迎新春文艺汇演", "2027-01-20"),
            ("冬季全民健身长跑比赛", "2026-12-28"),
            ("清河县第十届农民丰收节", "2027-09-23"),
        ],
    )
    page = read(with_blocks(portals.county_portal(), events))
    column = next(c for c in page.columns if c.name == "活动预告")
    assert column.type == "other" and len(column.future) == 3
    assert "future_dated" not in codes(verdict_of(page))


def test_an_effective_date_in_a_policy_title_dated_today_is_no_finding() -> None:
    policy = block(
        "政策法规",
        "zcfg",
        [
            ("《清河县城市管理条例》自2027年1月1日起施行", TODAY.isoformat()),
            ("关于印发清河县优化营商环境若干措施的通知", "2026-11-02"),
        ],
    )
    page = read(with_blocks(portals.county_portal(), policy))
    column = next(c for c in page.columns if c.name == "政策法规")
    assert (column.type, column.newest, column.future) == ("policy", TODAY, ())
    assert "future_dated" not in codes(verdict_of(page))


def test_the_sweep_reads_no_future_items() -> None:
    page = observe(
        portals.county_portal({"zwdt": (1, ahead(FAR), 2)}).encode(),
        "utf-8",
        URL,
        now=TODAY,
        lists=False,
    )
    assert page.columns == () and page.main_list_future == ()


# --- a scan of the farm ---------------------------------------------------------------


async def test_a_full_scan_exports_the_finding_with_its_count(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    ages = {
        # Shown on the homepage and again on the column's page: counted once.
        "zwdt": (1, ahead(FAR), 2, 4, 6, 8, 11, 13),
        "tzgg": (3, ahead(TYPO), 10, 25, 40, 70),
    }
    site = add_site(server, "future", county_site(ages))
    fresh = add_site(server, "fresh-only", county_site())
    scan_id, _ = await scan(config, [site, fresh])
    db = open_database(config.database_path, create=False)
    try:
        lines = list(format_jsonl(iter_result_records(db, scan_id)))
    finally:
        db.conn.close()
    records = {r["name"]: r for r in map(json.loads, lines)}
    record = records["future"]
    (finding,) = [f for f in record["findings"] if f["code"] == "future_dated"]
    assert finding["count"] == 2
    assert finding["newest"]["date"] == "2099-01-01"
    assert finding["newest"]["title"] == portals.title_for("zwdt", 1)
    assert finding["column"] == "政务动态" and finding["type"] == "news"
    assert finding["limit"] == "2026-11-26"
    assert sorted(finding["columns"]) == ["政务动态", "通知公告"]
    assert (record["status"], record["passed"], record["score"]) == ("healthy", True, 95)
    # The columns' newest dates are their newest past ones.
    assert record["last_updated"] == (TODAY - timedelta(days=1)).isoformat()
    assert "future_dated" not in {f["code"] for f in records["fresh-only"]["findings"]}
