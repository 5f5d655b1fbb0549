"""Freshness rules, pure: SiteObservations + RuleSettings + now -> Verdict.

The inspectors' profile (shared/domain-rules.md) by default: homepage 14 days;
news columns 14 days, notices and policies 180, personnel and planning 365; 5 stale
key columns or 10 stale columns fail; 5 empty columns fail; a message unanswered for
over 90 days within the past year fails; nothing new for a year: abandoned (zombie).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from crawler.config import RuleSettings
from crawler.models import (
    FINDING_CODES,
    ColumnState,
    ContentHistory,
    FetchRecord,
    Finding,
    Message,
    PageObservations,
    SiteObservations,
    Verdict,
)
from crawler.rules import evaluate
from tests.contract import FRESHNESS_CODES

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
TODAY = NOW.date()
URL = "http://www.qinghe.gov.cn/"
DEFAULTS = RuleSettings()
FETCH = FetchRecord(
    url=URL,
    final_url=URL,
    http_status=200,
    response_ms=120,
    body_bytes=24_000,
    content_type="text/html",
)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def moment(days: int) -> datetime:
    return NOW - timedelta(days=days)


def home(newest_age: int | None = 1, title: str = "县政府召开常务会议") -> PageObservations:
    newest = ago(newest_age) if newest_age is not None else None
    return PageObservations(
        title="清河县人民政府门户网站",
        text_length=6000,
        fingerprint="f" * 24,
        list_items=30,
        dated_items=20 if newest else 0,
        newest_item=newest,
        newest_item_title=title if newest else "",
    )


def column(
    name: str,
    kind: str,
    age: int | None,
    *,
    items: int = 8,
    empty: bool = False,
    source: str = "column_page",
) -> ColumnState:
    return ColumnState(
        name=name,
        type=kind,
        url=f"{URL}col/{name}/",
        items=0 if empty else items,
        newest=ago(age) if age is not None and not empty else None,
        newest_title=f"{name}最新一条" if age is not None and not empty else "",
        empty=empty,
        empty_marker="暂无信息" if empty else None,
        source=source,
    )


def judge(
    page: PageObservations | None = None,
    columns: Sequence[ColumnState] = (),
    messages: Sequence[Message] = (),
    *,
    history: ContentHistory | None = None,
    navigation_only: bool = False,
    lists_elsewhere: bool = False,
    second_level_newest: date | None = None,
    rules: RuleSettings = DEFAULTS,
    fetch: FetchRecord = FETCH,
) -> Verdict:
    observations = SiteObservations(
        fetch=fetch,
        home=page if page is not None else home(),
        columns=tuple(columns),
        messages=tuple(messages),
        navigation_only=navigation_only,
        lists_elsewhere=lists_elsewhere,
        second_level_newest=second_level_newest,
        history=history,
    )
    return evaluate(observations, rules, NOW)


def find(verdict: Verdict, code: str) -> Finding | None:
    return next((f for f in verdict.findings if f.code == code), None)


def codes(verdict: Verdict) -> set[str]:
    return {f.code for f in verdict.findings}


# --- homepage -------------------------------------------------------------------------


def test_fresh_site_is_healthy_with_full_score() -> None:
    verdict = judge(home(1), [column("政务动态", "news", 1), column("通知公告", "notice", 20)])
    assert verdict.findings == ()
    assert (verdict.status, verdict.passed, verdict.score) == ("healthy", True, 100)
    assert verdict.last_updated == ago(1)
    assert verdict.last_updated_source == "content"


@pytest.mark.parametrize(
    ("age", "stale"), [(0, False), (7, False), (13, False), (15, True), (40, True)]
)
def test_homepage_stale_after_14_days(age: int, stale: bool) -> None:
    verdict = judge(home(age))
    finding = find(verdict, "homepage_stale")
    assert (finding is not None) is stale
    if finding is None:
        assert verdict.passed and verdict.status == "healthy"
        return
    assert finding.veto is True
    assert verdict.passed is False and verdict.score == 0
    assert verdict.status == "stale"
    assert finding.data["newest"] == ago(age).isoformat()
    assert finding.data["age_days"] == age
    assert finding.data["limit_days"] == 14
    assert finding.data["url"] == URL
    assert finding.data["basis"] == "dates"
    assert ago(age).isoformat() in finding.detail


def test_homepage_stale_detail_names_the_newest_item() -> None:
    finding = find(judge(home(30, title="全县秋季农业生产现场会召开")), "homepage_stale")
    assert finding is not None
    assert "全县秋季农业生产现场会召开" in finding.detail


def test_homepage_threshold_is_configurable() -> None:
    rules = RuleSettings(homepage_max_age_days=7)
    assert find(judge(home(6), rules=rules), "homepage_stale") is None
    finding = find(judge(home(8), rules=rules), "homepage_stale")
    assert finding is not None and finding.data["limit_days"] == 7
    # And looser than the default.
    assert (
        find(judge(home(20), rules=RuleSettings(homepage_max_age_days=30)), "homepage_stale")
        is None
    )


def test_undated_homepage_first_scan_is_undated_not_stale() -> None:
    first_sight = ContentHistory(first_seen=NOW, last_changed=NOW)
    for history in (None, first_sight):
        verdict = judge(home(None), history=history)
        assert codes(verdict) == {"undated"}
        assert find(verdict, "undated").veto is False  # type: ignore[union-attr]
        assert verdict.status == "healthy" and verdict.passed
        assert verdict.score == 100 - DEFAULTS.deductions["undated"]


@pytest.mark.parametrize(
    ("first_seen", "last_changed", "stale"),
    [
        (20, 20, True),  # seen 20 days ago, never changed since
        (60, 15, True),
        (60, 13, False),  # changed 13 days ago
        (60, 2, False),
        (10, 10, False),  # only watched for 10 days: too soon to say
    ],
)
def test_undated_homepage_judged_by_content_changes(
    first_seen: int, last_changed: int, stale: bool
) -> None:
    history = ContentHistory(first_seen=moment(first_seen), last_changed=moment(last_changed))
    verdict = judge(home(None), history=history)
    assert "undated" in codes(verdict)
    finding = find(verdict, "homepage_stale")
    assert (finding is not None) is stale
    if finding is not None:
        assert finding.veto and not verdict.passed
        assert finding.data["basis"] == "content change"
        assert finding.data["age_days"] == last_changed
        assert finding.data["last_changed"] == ago(last_changed).isoformat()


# --- navigation-only homepages ----------------------------------------------------------


def test_navigation_homepage_judged_by_its_second_level_pages() -> None:
    pages = [column("新闻中心", "news", 3, source="second_level")]
    fresh = judge(home(None), pages, navigation_only=True, second_level_newest=ago(3))
    assert codes(fresh) == set()
    assert fresh.passed and fresh.last_updated == ago(3)

    stale = judge(
        home(None),
        [column("新闻中心", "other", 30, source="second_level")],
        navigation_only=True,
        second_level_newest=ago(30),
    )
    finding = find(stale, "homepage_stale")
    assert finding is not None and finding.veto
    assert "second-level" in finding.detail
    assert finding.data["newest"] == ago(30).isoformat()
    assert "undated" not in codes(stale)


def test_navigation_homepage_without_dated_second_level_pages_is_undated() -> None:
    verdict = judge(home(None), navigation_only=True, second_level_newest=None)
    assert "undated" in codes(verdict)


# --- columns -------------------------------------------------------------------------------

COLUMN_LIMITS = [
    ("news", 14),
    ("notice", 180),
    ("policy", 180),
    ("personnel", 365),
    ("planning", 365),
]


@pytest.mark.parametrize(("kind", "limit"), COLUMN_LIMITS)
def test_column_stale_per_type_limit(kind: str, limit: int) -> None:
    assert find(judge(home(1), [column("栏目", kind, limit - 1)]), "column_stale") is None
    verdict = judge(home(1), [column("栏目", kind, limit + 1)])
    finding = find(verdict, "column_stale")
    assert finding is not None
    assert finding.count == 1
    assert finding.veto is False
    assert verdict.status == "stale" and verdict.passed
    assert verdict.score == 100 - DEFAULTS.deductions["column_stale"]
    (entry,) = finding.data["columns"]
    assert entry["name"] == "栏目"
    assert entry["type"] == kind
    assert entry["newest"] == ago(limit + 1).isoformat()
    assert entry["limit_days"] == limit
    assert entry["age_days"] == limit + 1
    assert entry["url"] == f"{URL}col/栏目/"
    assert "栏目" in finding.detail


def test_columns_without_a_limit_or_a_date_are_never_stale() -> None:
    verdict = judge(
        home(1),
        [
            column("政民互动", "interaction", 900),
            column("专题专栏", "other", 900),
            column("工作动态", "news", None),
        ],
    )
    assert "column_stale" not in codes(verdict)


def test_column_limits_are_configurable() -> None:
    rules = RuleSettings(column_max_age_days={**DEFAULTS.column_max_age_days, "news": 30})
    assert (
        find(judge(home(1), [column("政务动态", "news", 20)], rules=rules), "column_stale") is None
    )
    rules = RuleSettings(column_max_age_days={**DEFAULTS.column_max_age_days, "other": 60})
    finding = find(judge(home(1), [column("专题专栏", "other", 61)], rules=rules), "column_stale")
    assert finding is not None and finding.data["columns"][0]["limit_days"] == 60


def key_columns(n: int) -> list[ColumnState]:
    kinds = [("news", 20), ("notice", 200), ("policy", 200)]
    return [column(f"重点栏目{i}", kinds[i % 3][0], kinds[i % 3][1]) for i in range(n)]


def other_columns(n: int) -> list[ColumnState]:
    kinds = [("personnel", 400), ("planning", 400)]
    return [column(f"其他栏目{i}", kinds[i % 2][0], kinds[i % 2][1]) for i in range(n)]


@pytest.mark.parametrize(
    ("stale_columns", "veto"),
    [
        (key_columns(4), False),
        (key_columns(5), True),
        (other_columns(9), False),
        (other_columns(10), True),
        (key_columns(4) + other_columns(5), False),
        (key_columns(4) + other_columns(6), True),
    ],
    ids=["4-key", "5-key", "9-other", "10-other", "4-key-5-other", "4-key-6-other"],
)
def test_stale_column_veto_lines(stale_columns: list[ColumnState], veto: bool) -> None:
    fresh = [column("政务动态", "news", 1)]
    verdict = judge(home(1), fresh + stale_columns)
    finding = find(verdict, "column_stale")
    assert finding is not None
    assert finding.count == len(stale_columns)
    assert {c["name"] for c in finding.data["columns"]} == {c.name for c in stale_columns}
    assert finding.veto is veto
    # Without a veto, the deductions still fail a site below 60 (9 stale columns: 55).
    assert verdict.passed is (not veto and verdict.score >= 60)
    assert verdict.status == "stale"
    if not veto:
        assert verdict.score == max(0, 100 - 5 * len(stale_columns))
    else:
        assert verdict.score == 0


def test_stale_veto_lines_are_configurable() -> None:
    rules = RuleSettings(stale_key_columns_veto=2)
    assert find(judge(home(1), key_columns(2), rules=rules), "column_stale").veto  # type: ignore[union-attr]
    assert not find(judge(home(1), key_columns(1), rules=rules), "column_stale").veto  # type: ignore[union-attr]


@pytest.mark.parametrize(("count", "veto"), [(1, False), (4, False), (5, True), (7, True)])
def test_empty_columns_veto_at_five(count: int, veto: bool) -> None:
    empties = [column(f"空栏目{i}", "other", None, empty=True) for i in range(count)]
    verdict = judge(home(1), [column("政务动态", "news", 1), *empties])
    finding = find(verdict, "column_empty")
    assert finding is not None
    assert finding.count == count
    assert finding.veto is veto
    assert [c["name"] for c in finding.data["columns"]] == [c.name for c in empties]
    assert all(c["marker"] == "暂无信息" for c in finding.data["columns"])
    assert verdict.status == "stale"
    assert verdict.passed is not veto
    assert verdict.score == (0 if veto else 100 - 5 * count)
    assert "column_stale" not in codes(verdict)  # empty is not also stale


def test_empty_column_veto_is_configurable() -> None:
    empties = [column(f"空栏目{i}", "other", None, empty=True) for i in range(2)]
    assert find(
        judge(home(1), empties, rules=RuleSettings(empty_columns_veto=2)), "column_empty"
    ).veto  # type: ignore[union-attr]


# --- messages ----------------------------------------------------------------------------


def message(age: int, answered: bool | None, title: str = "") -> Message:
    return Message(title or f"{age}天前的咨询", ago(age), answered, f"{URL}hdjl/{age}.html")


def test_unanswered_messages_over_90_days_within_a_year() -> None:
    messages = [
        message(10, False),  # recent: still within the reply time
        message(90, False),  # exactly 3 months: not yet over
        message(100, False, "关于小区停车难问题的咨询"),
        message(200, False, "咨询农村危房改造补助"),
        message(150, True),  # answered
        message(120, None),  # the list does not say
        message(400, False),  # more than a year ago: outside the window
    ]
    verdict = judge(home(1), messages=messages)
    finding = find(verdict, "unanswered_messages")
    assert finding is not None
    assert finding.veto is True
    assert finding.count == 2
    assert finding.data["oldest"] == {
        "title": "咨询农村危房改造补助",
        "date": ago(200).isoformat(),
        "url": f"{URL}hdjl/200.html",
    }
    assert verdict.passed is False and verdict.score == 0
    # A poor response fails the inspection but does not make the site stale or a zombie.
    assert verdict.status == "healthy"


def test_answered_and_recent_messages_are_fine() -> None:
    verdict = judge(home(1), messages=[message(10, False), message(200, True), message(95, None)])
    assert "unanswered_messages" not in codes(verdict)
    assert verdict.passed


def test_unanswered_threshold_is_configurable() -> None:
    rules = RuleSettings(unanswered_after_days=30)
    finding = find(
        judge(home(1), messages=[message(45, False)], rules=rules), "unanswered_messages"
    )
    assert finding is not None and finding.count == 1


# --- abandoned (zombie) ---------------------------------------------------------------------


def test_nothing_new_for_over_a_year_is_abandoned() -> None:
    verdict = judge(home(400), [column("政务动态", "news", 400), column("通知公告", "notice", 500)])
    finding = find(verdict, "abandoned")
    assert finding is not None and finding.veto
    assert finding.data["last_updated"] == ago(400).isoformat()
    assert finding.data["limit_days"] == 365
    assert verdict.status == "zombie"  # zombie outranks stale
    assert {"homepage_stale", "column_stale"} <= codes(verdict)
    assert verdict.passed is False and verdict.score == 0
    assert verdict.last_updated == ago(400)


def test_just_under_a_year_is_stale_not_abandoned() -> None:
    verdict = judge(home(360))
    assert "abandoned" not in codes(verdict)
    assert verdict.status == "stale"


def test_first_sight_of_a_page_is_not_a_content_change() -> None:
    """On the first scan, last_changed is the scan time: it says nothing about the past."""
    verdict = judge(home(400), history=ContentHistory(first_seen=NOW, last_changed=NOW))
    assert "abandoned" in codes(verdict)
    assert verdict.status == "zombie"


def test_old_dates_but_recently_changing_content_is_not_abandoned() -> None:
    history = ContentHistory(first_seen=moment(200), last_changed=moment(30))
    verdict = judge(home(400), history=history)
    assert "abandoned" not in codes(verdict)
    assert "homepage_stale" in codes(verdict)
    assert verdict.status == "stale"


def test_a_fresh_column_page_keeps_an_old_homepage_from_being_abandoned() -> None:
    verdict = judge(home(400), [column("政务动态", "news", 3)])
    assert "abandoned" not in codes(verdict)
    assert verdict.last_updated == ago(3)
    assert "homepage_stale" in codes(verdict)


def test_undated_site_unchanged_for_over_a_year_is_abandoned() -> None:
    history = ContentHistory(first_seen=moment(500), last_changed=moment(400))
    verdict = judge(home(None), history=history)
    finding = find(verdict, "abandoned")
    assert finding is not None and finding.veto
    assert finding.data["basis"] == "last content change"
    assert verdict.last_updated == ago(400)
    assert verdict.last_updated_source == "change"
    assert verdict.status == "zombie"


def test_undated_site_watched_for_over_a_year_without_any_change_is_abandoned() -> None:
    """First seen 400 days ago and never changed since: nothing new for 400 days."""
    history = ContentHistory(first_seen=moment(400), last_changed=moment(400))
    verdict = judge(home(None), history=history)
    assert "homepage_stale" in codes(verdict)
    finding = find(verdict, "abandoned")
    assert finding is not None, codes(verdict)
    assert finding.veto
    assert verdict.status == "zombie"


def test_zombie_threshold_is_configurable() -> None:
    rules = RuleSettings(zombie_after_days=180)
    assert "abandoned" in codes(judge(home(200), rules=rules))
    assert "abandoned" not in codes(judge(home(200)))


# --- last_updated ---------------------------------------------------------------------------


def test_last_updated_is_the_newest_date_on_homepage_or_columns() -> None:
    verdict = judge(home(10), [column("政务动态", "news", 4), column("通知公告", "notice", 50)])
    assert (verdict.last_updated, verdict.last_updated_source) == (ago(4), "content")
    verdict = judge(home(2), [column("政务动态", "news", 4)])
    assert verdict.last_updated == ago(2)


def test_last_updated_of_an_undated_site_is_its_last_content_change() -> None:
    history = ContentHistory(first_seen=moment(60), last_changed=moment(5))
    verdict = judge(home(None), history=history)
    assert (verdict.last_updated, verdict.last_updated_source) == (ago(5), "change")


def test_last_updated_unknown_without_dates_or_seen_changes() -> None:
    for history in (None, ContentHistory(first_seen=NOW, last_changed=NOW)):
        verdict = judge(home(None), history=history)
        assert (verdict.last_updated, verdict.last_updated_source) == (None, None)


# --- scoring and the rest -------------------------------------------------------------------


def test_deductions_add_up_for_non_veto_findings() -> None:
    columns = [
        column("政务动态", "news", 1),
        column("人事信息", "personnel", 400),
        column("规划计划", "planning", 500),
        column("专题专栏", "other", None, empty=True),
    ]
    verdict = judge(home(None), columns, history=ContentHistory(moment(3), moment(1)))
    assert codes(verdict) == {"undated", "column_stale", "column_empty"}
    assert verdict.passed is True
    assert verdict.status == "stale"
    assert verdict.score == 100 - 10 - 2 * 5 - 5


def test_deductions_are_configurable() -> None:
    rules = RuleSettings(deductions={**DEFAULTS.deductions, "column_stale": 12, "undated": 0})
    columns = [column("政务动态", "news", 1), column("人事信息", "personnel", 400)]
    verdict = judge(home(None), columns, rules=rules)
    assert codes(verdict) == {"undated", "column_stale"}
    assert verdict.score == 88


def test_unreachable_homepage_skips_freshness_rules() -> None:
    down = replace(FETCH, http_status=None, error_kind="timeout", error_detail="no answer in 15 s")
    verdict = judge(home(400), [column("政务动态", "news", 400)], fetch=down)
    assert codes(verdict) == {"unreachable"}
    assert verdict.status == "unreachable"
    assert verdict.last_updated is None


def test_every_freshness_code_is_documented() -> None:
    assert FRESHNESS_CODES <= FINDING_CODES
    verdict = judge(
        home(400),
        [column("政务动态", "news", 400), column("空", "other", None, empty=True)],
        [message(200, False)],
    )
    assert codes(verdict) <= FINDING_CODES
    assert {
        "homepage_stale",
        "column_stale",
        "column_empty",
        "unanswered_messages",
        "abandoned",
    } <= codes(verdict)
    for finding in verdict.findings:
        assert finding.to_dict()["code"] == finding.code


def test_a_department_site_in_a_portal_folder_is_judged_on_its_own_pages() -> None:
    from crawler.check import plan_pages
    from crawler.config import Config
    from crawler.models import Link, PageObservations

    menu = (
        ("/", "首页"),
        ("/zwgk/", "政务公开"),
        ("/xwzx/", "新闻中心"),
        ("/bm/jyj/jydt/", "教育动态"),
        ("/bm/jyj/tzgg/", "通知公告"),
        ("/bm/jyj/zcwj/index.html", "政策文件"),
    )
    page = PageObservations(
        links=tuple(Link("http://www.x.gov.cn" + path, text) for path, text in menu)
    )
    lexicon = Config().lexicon
    department = plan_pages(page, "http://www.x.gov.cn/bm/jyj/", 12, lexicon)
    assert [p.url.removeprefix("http://www.x.gov.cn") for p in department] == [
        "/bm/jyj/jydt/",
        "/bm/jyj/tzgg/",
        "/bm/jyj/zcwj/index.html",
    ]
    # The portal itself, at the root, reads its whole menu (less its homepage).
    portal = plan_pages(page, "http://www.x.gov.cn/", 12, lexicon)
    assert len(portal) == 5


@pytest.mark.parametrize(("first_seen", "last_changed"), [(60, 60), (500, 400), (400, 400)])
def test_a_scripted_homepage_is_undated_whatever_its_shell_does(
    first_seen: int, last_changed: int
) -> None:
    """Lists a script fills (or frames show), with no date on their pages either: the
    markup read is a shell that never changes, so neither stale nor abandoned by it."""
    history = ContentHistory(first_seen=moment(first_seen), last_changed=moment(last_changed))
    verdict = judge(home(None), history=history, lists_elsewhere=True)
    assert codes(verdict) == {"undated"}
    assert "script" in find(verdict, "undated").detail  # type: ignore[union-attr]
    assert (verdict.status, verdict.passed) == ("healthy", True)
    # The same shell on a site whose lists are in its markup is judged by its changes.
    assert codes(judge(home(None), history=history)) != {"undated"}


def test_a_scripted_homepage_with_dated_column_pages_is_judged_on_them() -> None:
    verdict = judge(home(None), lists_elsewhere=True, second_level_newest=ago(30))
    finding = find(verdict, "homepage_stale")
    assert finding is not None and "column pages" in finding.detail
    assert codes(judge(home(None), lists_elsewhere=True, second_level_newest=ago(3))) == set()
