"""Every numeric rule at its boundary: just inside, exactly at, just outside.

The rules are pure functions of observations, settings and `now`; `now` here is fixed.
Days are calendar days in `[rules] timezone` (Asia/Shanghai by default); an age is
today minus an item's date, and a limit of N days is broken only past N (an item dated
exactly N days ago is still fresh: the inspectors' "2 weeks before the check" include
that day). Counts that fail a site are "N or more". shared/domain-rules.md is the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from crawler.availability import availability_finding, judge_availability
from crawler.config import Config, CrawlerSettings, RuleSettings, SettingError, apply_overrides
from crawler.inspect import inspect_page
from crawler.integrity import broken_link_findings
from crawler.models import (
    BrokenLink,
    ColumnState,
    ContentHistory,
    FetchRecord,
    Finding,
    Message,
    PageObservations,
    SiteObservations,
    Verdict,
)
from crawler.rules import certificate_findings, evaluate, local_day, verdict_from

# 10:00 in Beijing on Wednesday 2026-11-25.
NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 25)
RULES = RuleSettings()
URL = "http://www.qinghe.gov.cn/"
FETCH = FetchRecord(url=URL, final_url=URL, http_status=200, response_ms=100)


def ago(days: int, today: date = TODAY) -> date:
    return today - timedelta(days=days)


def home(newest: date | None) -> PageObservations:
    return PageObservations(
        title="清河县人民政府",
        text_length=6000,
        fingerprint="f" * 24,
        list_items=30,
        dated_items=20 if newest else 0,
        newest_item=newest,
        newest_item_title="县政府召开常务会议" if newest else "",
    )


def column(kind: str, age: int | None, n: int = 0, *, empty: bool = False) -> ColumnState:
    return ColumnState(
        name=f"{kind}{n}",
        type=kind,
        url=f"{URL}col/{kind}{n}/",
        items=0 if empty else 8,
        newest=None if empty or age is None else ago(age),
        empty=empty,
        empty_marker="暂无信息" if empty else None,
        source="column_page",
    )


def judge(
    newest: date | None = TODAY,
    columns: Sequence[ColumnState] = (),
    messages: Sequence[Message] = (),
    *,
    history: ContentHistory | None = None,
    rules: RuleSettings = RULES,
    now: datetime = NOW,
    fetch: FetchRecord = FETCH,
    broken: Sequence[BrokenLink] = (),
) -> Verdict:
    observations = SiteObservations(
        fetch=fetch,
        home=home(newest),
        columns=tuple(columns),
        messages=tuple(messages),
        history=history,
        broken_links=tuple(broken),
    )
    return evaluate(observations, rules, now)


def find(verdict: Verdict, code: str) -> Finding | None:
    return next((f for f in verdict.findings if f.code == code), None)


# --- homepage: "no new item in the 2 weeks before the check" (veto) ---------------------


@pytest.mark.parametrize(
    ("age", "stale"), [(0, False), (13, False), (14, False), (15, True), (100, True)]
)
def test_homepage_two_weeks(age: int, stale: bool) -> None:
    verdict = judge(ago(age))
    finding = find(verdict, "homepage_stale")
    assert (finding is not None) == stale
    assert verdict.passed == (not stale)
    assert verdict.status == ("stale" if stale else "healthy")
    if finding is not None:
        assert finding.veto and finding.data["age_days"] == age
        assert finding.data["limit_days"] == 14


@pytest.mark.parametrize(("age", "stale"), [(9, False), (10, False), (11, True)])
def test_homepage_limit_is_configurable(age: int, stale: bool) -> None:
    rules = replace(RULES, homepage_max_age_days=10)  # a commercial monitor's early warning
    assert (find(judge(ago(age), rules=rules), "homepage_stale") is not None) == stale


@pytest.mark.parametrize(("days", "stale"), [(14, False), (15, True)])
def test_undated_homepage_unchanged_across_scans(days: int, stale: bool) -> None:
    # Seen long ago; its content last changed at 00:30 in Beijing `days` local days ago,
    # which was 16:30 UTC the day before (by UTC days, one day older).
    changed = datetime(2026, 11, 24, 16, 30, tzinfo=UTC) - timedelta(days=days)
    history = ContentHistory(first_seen=NOW - timedelta(days=60), last_changed=changed)
    finding = find(judge(None, history=history), "homepage_stale")
    assert (finding is not None) == stale
    if finding is not None:
        assert finding.data["last_changed"] == ago(days).isoformat()


# --- columns: news 14 days, notice and policy 180, personnel and planning 365 -----------


@pytest.mark.parametrize(
    ("kind", "limit"),
    [("news", 14), ("notice", 180), ("policy", 180), ("personnel", 365), ("planning", 365)],
)
@pytest.mark.parametrize("offset", [-1, 0, 1])
def test_column_limits(kind: str, limit: int, offset: int) -> None:
    verdict = judge(columns=[column(kind, limit + offset)])
    finding = find(verdict, "column_stale")
    assert (finding is not None) == (offset > 0)
    if finding is not None:
        (evidence,) = finding.data["columns"]
        assert (evidence["age_days"], evidence["limit_days"]) == (limit + 1, limit)
        assert not finding.veto and verdict.passed  # one stale column is a deduction
        assert verdict.score == 100 - RULES.deductions["column_stale"]


@pytest.mark.parametrize("kind", ["other", "interaction"])
def test_columns_without_a_limit_never_go_stale(kind: str) -> None:
    assert find(judge(columns=[column(kind, 5000)]), "column_stale") is None


# --- veto counts: 5+ stale news/notice/policy columns, 10+ stale columns, 5+ empty ------


@pytest.mark.parametrize(
    ("key", "others", "veto"),
    [
        (4, 0, False),  # four stale key columns: a deduction each
        (5, 0, True),  # "5 or more such columns in total"
        (2, 2, False),  # personnel/planning do not count toward the 5
        (0, 9, False),
        (0, 10, True),  # "10 or more" stale columns of any type
        (4, 5, False),
        (4, 6, True),
    ],
)
def test_stale_column_vetoes(key: int, others: int, veto: bool) -> None:
    kinds = ["news", "notice", "policy"]
    columns = [column(kinds[i % 3], 200 if i % 3 else 15, i) for i in range(key)]
    columns += [column("personnel" if i % 2 else "planning", 366, i) for i in range(others)]
    # The vetoes alone (9 stale columns cost 45 points: the score line would fail them).
    verdict = judge(columns=columns, rules=replace(RULES, pass_score=0))
    finding = find(verdict, "column_stale")
    assert finding is not None
    assert finding.count == key + others
    assert finding.data["key_columns"] == key
    assert finding.veto == veto
    assert verdict.passed == (not veto)


@pytest.mark.parametrize(("empty", "veto"), [(1, False), (4, False), (5, True), (6, True)])
def test_empty_column_veto(empty: int, veto: bool) -> None:
    verdict = judge(columns=[column("news", None, i, empty=True) for i in range(empty)])
    finding = find(verdict, "column_empty")
    assert finding is not None and finding.count == empty
    assert finding.veto == veto
    assert verdict.status == "stale"  # an empty column makes a site stale either way
    assert verdict.passed == (not veto)


def test_veto_counts_are_configurable() -> None:
    rules = replace(RULES, empty_columns_veto=2, stale_key_columns_veto=1)
    verdict = judge(
        columns=[column("news", 15), *(column("notice", None, i, empty=True) for i in range(2))],
        rules=rules,
    )
    assert all(f.veto for f in verdict.findings)


# --- citizen messages: unanswered for over 90 days, within the past year (veto) ---------


@pytest.mark.parametrize(
    ("age", "answered", "fires"),
    [
        (89, False, False),
        (90, False, False),  # exactly 90 days: not yet "more than 3 months"
        (91, False, True),
        (365, False, True),  # a year ago today: still within the past year
        (366, False, False),  # before the past year: out of the inspectors' window
        (200, True, False),
        (200, None, False),  # the list does not say: not counted as unanswered
    ],
)
def test_unanswered_messages(age: int, answered: bool | None, fires: bool) -> None:
    message = Message("咨询：低保办理流程", ago(age), answered, f"{URL}hd/1.html")
    verdict = judge(messages=[message])
    finding = find(verdict, "unanswered_messages")
    assert (finding is not None) == fires
    assert verdict.passed == (not fires)
    assert verdict.status == "healthy"  # a veto that leaves the status as it is


# --- zombie: nothing newer than 365 days --------------------------------------------------


@pytest.mark.parametrize(("age", "zombie"), [(364, False), (365, False), (366, True)])
def test_abandoned_after_a_year(age: int, zombie: bool) -> None:
    verdict = judge(ago(age), columns=[column("notice", age)])
    assert (find(verdict, "abandoned") is not None) == zombie
    assert verdict.status == ("zombie" if zombie else "stale")
    assert verdict.last_updated == ago(age)


@pytest.mark.parametrize(("watched", "zombie"), [(365, False), (366, True)])
def test_undated_and_unchanged_since_first_seen(watched: int, zombie: bool) -> None:
    # First seen at 23:30 Beijing time, `watched` local days ago (15:30 UTC that day).
    seen = datetime(2026, 11, 25, 15, 30, tzinfo=UTC) - timedelta(days=watched)
    verdict = judge(None, history=ContentHistory(first_seen=seen, last_changed=seen))
    assert (find(verdict, "abandoned") is not None) == zombie


# --- "today" is the local day: a scan at 00:30 in Beijing is 16:30 UTC the day before --


AFTER_MIDNIGHT = datetime(2026, 11, 24, 16, 30, tzinfo=UTC)  # 2026-11-25 00:30 in Beijing
BEFORE_MIDNIGHT = datetime(2026, 11, 25, 15, 30, tzinfo=UTC)  # 2026-11-25 23:30 in Beijing


@pytest.mark.parametrize(
    ("now", "zone", "today"),
    [
        (AFTER_MIDNIGHT, "Asia/Shanghai", date(2026, 11, 25)),
        (BEFORE_MIDNIGHT, "Asia/Shanghai", date(2026, 11, 25)),
        (datetime(2026, 11, 24, 15, 59, tzinfo=UTC), "Asia/Shanghai", date(2026, 11, 24)),
        (AFTER_MIDNIGHT, "UTC", date(2026, 11, 24)),
        (AFTER_MIDNIGHT, "Asia/Taipei", date(2026, 11, 25)),
        (datetime(2026, 11, 25, 3, 0, tzinfo=UTC), "America/New_York", date(2026, 11, 24)),
        (datetime(2026, 11, 24, 16, 30), "Asia/Shanghai", date(2026, 11, 25)),  # naive: UTC
    ],
)
def test_local_day(now: datetime, zone: str, today: date) -> None:
    assert local_day(now, replace(RULES, timezone=zone)) == today


@pytest.mark.parametrize(
    ("now", "zone", "stale"),
    [
        # An item of 2026-11-10 is 15 Beijing days old at 00:30 on the 25th: stale, as an
        # inspector in Beijing counts it (by UTC it would still be the 24th: 14 days).
        (AFTER_MIDNIGHT, "Asia/Shanghai", True),
        (AFTER_MIDNIGHT, "UTC", False),
        (datetime(2026, 11, 24, 15, 59, tzinfo=UTC), "Asia/Shanghai", False),  # 23:59
        (BEFORE_MIDNIGHT, "Asia/Shanghai", True),
    ],
)
def test_the_rules_count_days_in_their_zone(now: datetime, zone: str, stale: bool) -> None:
    verdict = judge(date(2026, 11, 10), rules=replace(RULES, timezone=zone), now=now)
    assert (find(verdict, "homepage_stale") is not None) == stale


def test_a_site_may_be_judged_in_its_own_zone() -> None:
    _, rules = apply_overrides(CrawlerSettings(), RULES, {"timezone": "America/New_York"})
    assert rules.timezone == "America/New_York"
    # 03:00 UTC on the 25th is still the 24th in New York: 14 days after the 10th.
    now = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
    assert find(judge(date(2026, 11, 10), rules=rules, now=now), "homepage_stale") is None
    assert find(judge(date(2026, 11, 10), now=now), "homepage_stale") is not None


@pytest.mark.parametrize("zone", ["Asia/Beijing", "", "CST+8"])
def test_an_unknown_zone_is_a_setting_error(zone: str) -> None:
    with pytest.raises(SettingError) as error:
        RuleSettings(timezone=zone)
    assert error.value.key == "timezone"


def test_the_extractor_reads_dates_by_the_same_day() -> None:
    """inspect reads the page's dates by the rules' "today" too (a date up to the day
    after today is an item of today's, dated ahead): at 00:30 in Beijing on the 25th,
    an item dated the 26th counts, and the homepage is fresh."""
    body = (
        "<html><head><title>清河县人民政府</title></head><body><h2>工作动态</h2><ul>"
        + "".join(
            f'<li><a href="/xw/{i}.html">县政府召开第{i}次常务会议</a><span>{d}</span></li>'
            for i, d in enumerate(["2026-11-26", "2026-11-02", "2026-10-30"])
        )
        + "</ul></body></html>"
    ).encode()
    fetch = replace(FETCH, content_type="text/html", charset="utf-8", body_bytes=len(body))
    result = inspect_page("page.html", fetch, body, Config(), AFTER_MIDNIGHT)
    assert result.page is not None and result.page.newest_item == date(2026, 11, 26)
    assert find(result.verdict, "homepage_stale") is None


# --- certificate: expires within 30 days ------------------------------------------------


@pytest.mark.parametrize(
    ("expires", "days_left"),
    [
        ("2026-12-25T15:59:00Z", 30),  # 23:59 in Beijing on the 30th day from today
        ("2026-12-25T16:00:00Z", None),  # 00:00 on the 31st day: not yet
        ("2026-11-25T15:00:00Z", 0),  # tonight
        ("2026-11-24T15:59:00Z", -1),  # yesterday (23:59 Beijing): expired
    ],
)
def test_certificate_warning(expires: str, days_left: int | None) -> None:
    findings = certificate_findings(replace(FETCH, cert_expires=expires), RULES, NOW)
    if days_left is None:
        assert findings == []
        return
    (finding,) = findings
    assert finding.data["days_left"] == days_left
    assert not finding.veto


# --- availability: fails at 5% or more of at least 140 visits (20 a day) over 7 days ------


@pytest.mark.parametrize(
    ("visits", "failures", "verdict"),
    [
        (19, 0, "insufficient"),
        (20, 1, "insufficient"),  # a day of visits is not the inspectors' week
        (139, 0, "insufficient"),
        (139, 139, "insufficient"),
        (141, 7, "pass"),  # 4.96%
        (159, 8, "fail"),  # 5.03%
        (160, 8, "fail"),  # 5.0%: "reach 5%" fails
        (161, 8, "pass"),  # 4.97%
        (140, 6, "pass"),  # 20 visits a day for a week, 4.3%
        (140, 7, "fail"),
        (168, 8, "pass"),  # hourly probes: 4.76%
        (168, 9, "fail"),
        (2000, 99, "pass"),
        (2000, 100, "fail"),
    ],
)
def test_availability_five_percent(visits: int, failures: int, verdict: str) -> None:
    assert (
        judge_availability(
            visits,
            failures,
            min_visits=RULES.availability_min_visits,
            max_failure_ratio=RULES.availability_max_failure_ratio,
        )
        == verdict
    )
    finding = availability_finding(visits, failures, RULES)
    assert (finding is not None) == (verdict == "fail")


@pytest.mark.parametrize("ratio", [0.01, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3])
def test_availability_ratio_exactly_at_the_line_fails(ratio: float) -> None:
    for visits in (20, 60, 100, 140, 168, 300, 1000):
        failures = round(ratio * visits)
        if failures * 100 != round(ratio * 100) * visits:
            continue  # not exactly at the line
        assert (
            judge_availability(visits, failures, min_visits=20, max_failure_ratio=ratio) == "fail"
        ), (visits, failures)
        assert (
            judge_availability(visits, failures - 1, min_visits=20, max_failure_ratio=ratio)
            == "pass"
        ), (visits, failures - 1)


# --- score: 100 less deductions; a veto makes it 0; below 60 fails ----------------------


def broken(n: int, *, on_homepage: bool = True, suspected: bool = False) -> list[BrokenLink]:
    return [
        BrokenLink(
            URL, f"{URL}files/{i}.pdf", f"附件{i}", "a", 404, "HTTP 404", suspected, on_homepage
        )
        for i in range(n)
    ]


@pytest.mark.parametrize(
    ("links", "score", "passed"),
    [
        (19, 62, True),
        (20, 60, True),  # exactly 60: "below 60 fails" does not fail it
        (21, 58, False),
        (60, 0, False),
    ],
)
def test_score_below_sixty_fails(links: int, score: int, passed: bool) -> None:
    verdict = judge(broken=broken(links))
    assert (verdict.score, verdict.passed) == (score, passed)
    assert verdict.status == "healthy"  # a score fails the inspection, not the status


def test_broken_link_points() -> None:
    on_home = broken(3)
    # The same URLs also broken on a column page cost only their homepage points.
    (finding,) = broken_link_findings([*on_home, *broken(3, on_homepage=False)], RULES)
    assert (finding.cost, finding.count) == (3 * 2, 3)
    elsewhere = [replace(b, url=f"{b.url}?p=2") for b in broken(5, on_homepage=False)]
    (finding,) = broken_link_findings([*on_home, *elsewhere], RULES)
    assert (finding.cost, finding.count) == (3 * 2 + 5 * 1, 8)
    assert broken_link_findings(broken(4, suspected=True), RULES) == []  # suspected: no cost


def test_pass_score_is_configurable() -> None:
    assert judge(broken=broken(21), rules=replace(RULES, pass_score=0)).passed
    assert not judge(broken=broken(1), rules=replace(RULES, pass_score=99)).passed
    with pytest.raises(SettingError) as error:
        RuleSettings(pass_score=101)
    assert error.value.key == "pass_score"


@pytest.mark.parametrize(("empty", "score", "passed"), [(3, 60, True), (4, 55, False)])
def test_deductions_add_up_by_count(empty: int, score: int, passed: bool) -> None:
    columns = [column("personnel", 366, i) for i in range(4)] + [
        column("news", None, i, empty=True) for i in range(empty)
    ]
    slow = replace(FETCH, response_ms=RULES.slow_ms + 1)
    verdict = judge(columns=columns, fetch=slow)
    assert not any(f.veto for f in verdict.findings)
    assert (verdict.score, verdict.passed) == (score, passed)  # 4 x 5 + empty x 5 + 5


def test_slow_is_over_the_limit() -> None:
    assert judge(fetch=replace(FETCH, response_ms=RULES.slow_ms)).findings == ()
    assert find(judge(fetch=replace(FETCH, response_ms=RULES.slow_ms + 1)), "slow")


def test_a_veto_makes_the_score_zero() -> None:
    verdict = judge(ago(15))
    assert (verdict.score, verdict.passed) == (0, False)


# --- status precedence: unreachable, hijacked, zombie, stale, healthy --------------------


def _f(code: str, veto: bool) -> Finding:
    return Finding(code, code, veto=veto)


@pytest.mark.parametrize(
    ("codes", "status"),
    [
        ((), "healthy"),
        (("slow", "undated", "cert_expiring"), "healthy"),
        (("unanswered_messages",), "healthy"),
        (("column_empty", "homepage_stale"), "stale"),
        (("column_stale", "abandoned"), "zombie"),
        (("homepage_stale", "placeholder_page", "spam_content"), "hijacked"),
        (("abandoned", "hidden_links", "availability"), "unreachable"),
        (("offsite_redirect", "unreachable"), "unreachable"),
        (("parked_domain", "cloaking"), "hijacked"),
        (("default_server_page", "column_empty"), "zombie"),
    ],
)
def test_status_precedence(codes: tuple[str, ...], status: str) -> None:
    verdict = verdict_from([_f(code, veto=False) for code in codes], RULES)
    assert verdict.status == status
