"""Hand-built reports for the renderer tests: no database, no scan, just `monitor.model` values.

`sample_report()` covers every status, every kind of change, a closure candidate, Chinese
column names and a hijacked site whose title and finding detail are hostile markup.
`empty_report()` is a scan that checked nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from monitor.model import (
    ACTION_ORDER,
    Availability,
    AvailabilityRow,
    Change,
    FindingCount,
    GroupRow,
    Headline,
    Reason,
    Report,
    ScanRef,
    SiteRow,
    TrendPoint,
)

NOW = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)

# The report's order of statuses for counts (mildest first).
STATUS_ORDER: tuple[str, ...] = ("healthy", "stale", "zombie", "unreachable", "hijacked")

HOSTILE_TITLE = "<script>alert(1)</script>澳门赌场"
HOSTILE_DETAIL = (
    'gambling words 澳门赌场 in the homepage <img src=x onerror=alert(2)> &amp; "quotes"'
)
# A name full of Markdown punctuation and a line break (the recovered site).
MARKDOWN_NAME = "静安区 | 政务*公开* [官网](javascript:alert(3)) `code` _x_\n第二行"


def _counts(statuses: list[str]) -> dict[str, int]:
    tally = Counter(statuses)
    return {status: tally.get(status, 0) for status in STATUS_ORDER}


def _rate(passed: int, checked: int) -> float | None:
    return passed / checked if checked else None


def _site(
    *,
    url: str,
    name: str,
    group: str,
    status: str,
    passed: bool,
    score: int,
    checked_at: datetime,
    title: str = "",
    reasons: tuple[Reason, ...] = (),
    status_since: datetime | None = None,
    dead_since: datetime | None = None,
    previous_status: str | None = None,
    previous_passed: bool | None = None,
    change: Change | None = None,
    closure_candidate: bool = False,
) -> SiteRow:
    days = None if status_since is None else (checked_at - status_since).days
    return SiteRow(
        url=url,
        name=name,
        group=group,
        status=status,
        passed=passed,
        score=score,
        checked_at=checked_at,
        title=title or name,
        final_url=url,
        reasons=reasons,
        status_since=status_since,
        days_in_state=days,
        dead_since=dead_since,
        previous_status=previous_status,
        previous_passed=previous_passed,
        change=change,
        closure_candidate=closure_candidate,
    )


def action_key(site: SiteRow) -> tuple[int, bool, int, str]:
    """Needs-action order: ACTION_ORDER, failing before passing, then score, then url."""
    return (ACTION_ORDER.index(site.status), site.passed, site.score, site.url)


def _sites(started: datetime) -> list[SiteRow]:
    at = started + timedelta(minutes=20)
    return [
        _site(
            url="http://www.bjhd.gov.cn/",
            name="北京市海淀区人民政府",
            group="北京市",
            status="hijacked",
            passed=False,
            score=0,
            checked_at=at,
            title=HOSTILE_TITLE,
            reasons=(
                Reason(
                    "spam_content",
                    HOSTILE_DETAIL,
                    count=3,
                    veto=True,
                    data={"words": ["澳门赌场", "博彩"]},
                ),
                Reason("hidden_links", "12 hidden links to 3 off-site domains", count=12),
            ),
            status_since=started - timedelta(days=2),
            previous_status="stale",
            previous_passed=False,
            change="worsened",
        ),
        _site(
            url="https://www.sh-pudong.gov.cn/",
            name="浦东新区政务网",
            group="上海市",
            status="unreachable",
            passed=False,
            score=0,
            checked_at=at,
            reasons=(
                Reason(
                    "unreachable",
                    "connection refused after 3 attempts",
                    veto=True,
                    data={"error_kind": "connect"},
                ),
            ),
            status_since=started,
            dead_since=started,
            previous_status="healthy",
            previous_passed=True,
            change="failed",
        ),
        _site(
            url="http://www.bjmy-old.gov.cn/",
            name="密云区旧版门户",
            group="北京市",
            status="unreachable",
            passed=False,
            score=0,
            checked_at=at,
            reasons=(
                Reason("unreachable", "DNS name not found", veto=True, data={"error_kind": "dns"}),
            ),
            status_since=started - timedelta(days=120),
            dead_since=started - timedelta(days=120),
            previous_status="unreachable",
            previous_passed=False,
            closure_candidate=True,
        ),
        _site(
            url="http://zfxxgk.example.gov.cn/",
            name="某县信息公开网",
            group="",
            status="zombie",
            passed=False,
            score=10,
            checked_at=at,
            reasons=(
                Reason("placeholder_page", "homepage is a construction placeholder", veto=True),
                Reason("homepage_stale", "homepage last updated 2024-05-10, 929 days ago"),
            ),
            status_since=started - timedelta(days=40),
            dead_since=started - timedelta(days=40),
            previous_status="zombie",
            previous_passed=False,
        ),
        _site(
            url="http://www.bjdch.gov.cn/",
            name="东城区人民政府",
            group="北京市",
            status="stale",
            passed=False,
            score=55,
            checked_at=at,
            reasons=(
                Reason(
                    "column_stale",
                    "news column 政务动态 last updated 2026-09-02, 84 days ago, limit 14",
                    count=1,
                    data={"column": "政务动态", "days": 84},
                ),
                Reason("column_empty", "column 通知公告 has no entries", count=2),
            ),
            status_since=started - timedelta(days=30),
            previous_status="stale",
            previous_passed=False,
        ),
        _site(
            url="https://www.shjd.gov.cn/",
            name="嘉定区人民政府",
            group="上海市",
            status="healthy",
            passed=False,
            score=70,
            checked_at=at,
            reasons=(
                Reason("availability", "9 of 60 visits failed (15.0%) over 7 days", veto=True),
            ),
            status_since=started - timedelta(days=90),
            previous_status="healthy",
            previous_passed=False,
        ),
        _site(
            url="https://www.shxh.gov.cn/",
            name=MARKDOWN_NAME,
            group="上海市",
            status="healthy",
            passed=True,
            score=92,
            checked_at=at,
            reasons=(Reason("cert_expiring", "certificate expires in 12 days"),),
            status_since=started,
            previous_status="stale",
            previous_passed=False,
            change="recovered",
        ),
        _site(
            url="http://www.bjcy.gov.cn/",
            name="朝阳区人民政府",
            group="北京市",
            status="healthy",
            passed=True,
            score=98,
            checked_at=at,
            status_since=started - timedelta(days=200),
            previous_status="healthy",
            previous_passed=True,
        ),
        _site(
            url="http://www.example-county.gov.cn/",
            name="Example County",
            group="",
            status="healthy",
            passed=True,
            score=100,
            checked_at=at,
            status_since=started - timedelta(days=365),
            previous_status="healthy",
            previous_passed=True,
        ),
    ]


def _findings(sites: list[SiteRow]) -> tuple[FindingCount, ...]:
    sites_with: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    vetoes: Counter[str] = Counter()
    for site in sites:
        for code in {r.code for r in site.reasons}:
            sites_with[code] += 1
        for reason in site.reasons:
            totals[reason.code] += reason.count if reason.count is not None else 1
        if not site.passed and site.main_reason is not None and site.main_reason.veto:
            vetoes[site.main_reason.code] += 1
    rows = [FindingCount(c, n, totals[c], vetoes[c]) for c, n in sites_with.items()]
    return tuple(sorted(rows, key=lambda f: (-f.sites, f.code)))


def _groups(
    sites: list[SiteRow], trends: Mapping[str, tuple[float | None, ...]]
) -> tuple[GroupRow, ...]:
    rows: list[GroupRow] = []
    for group in sorted({s.group for s in sites}):
        members = [s for s in sites if s.group == group]
        passed = sum(s.passed for s in members)
        failing = Counter(
            s.main_reason.code for s in members if not s.passed and s.main_reason is not None
        )
        worst = min(failing.items(), key=lambda kv: (-kv[1], kv[0]), default=None)
        rows.append(
            GroupRow(
                group=group,
                sites=len(members),
                passed=passed,
                pass_rate=_rate(passed, len(members)),
                counts=_counts([s.status for s in members]),
                worst_finding=worst[0] if worst else None,
                worst_finding_sites=worst[1] if worst else 0,
                trend=trends[group],
            )
        )
    return tuple(sorted(rows, key=lambda g: (g.pass_rate or 0.0, g.group)))


def sample_report(*, now: datetime | None = None) -> Report:
    """Nine sites in 北京市, 上海市 and no group; five weekly scans, scan 42 the latest."""
    now = now or NOW
    started = now - timedelta(hours=3)
    sites = sorted(_sites(started), key=action_key)
    checked = len(sites)
    passed = sum(s.passed for s in sites)

    # Five weekly full scans, the report's own last; 9 sites each.
    passed_then = (5, 5, 4, 4, passed)
    scan_ids = (38, 39, 40, 41, 42)
    refs = [
        ScanRef(
            id=scan_id,
            started_at=started - timedelta(days=7 * (4 - i)),
            finished_at=started - timedelta(days=7 * (4 - i)) + timedelta(hours=2),
            depth="full",
            sites=checked,
        )
        for i, scan_id in enumerate(scan_ids)
    ]
    history_counts = (
        {"healthy": 6, "stale": 2, "zombie": 1, "unreachable": 0, "hijacked": 0},
        {"healthy": 6, "stale": 1, "zombie": 1, "unreachable": 1, "hijacked": 0},
        {"healthy": 5, "stale": 2, "zombie": 1, "unreachable": 1, "hijacked": 0},
        {"healthy": 5, "stale": 2, "zombie": 1, "unreachable": 1, "hijacked": 0},
        _counts([s.status for s in sites]),
    )
    trends = tuple(
        TrendPoint(
            scan_id=ref.id,
            at=ref.started_at,
            checked=checked,
            passed=n,
            pass_rate=_rate(n, checked),
            counts=counts,
        )
        for ref, n, counts in zip(refs, passed_then, history_counts, strict=True)
    )
    scan, baseline, month_ago = refs[-1], refs[-2], refs[0]
    rate = _rate(passed, checked)
    assert rate is not None
    headline = Headline(
        checked=checked,
        passed=passed,
        pass_rate=rate,
        change_since_previous=rate - passed_then[-2] / checked,
        change_over_30_days=rate - passed_then[0] / checked,
        previous_scan=baseline,
        month_ago_scan=month_ago,
        counts=_counts([s.status for s in sites]),
    )
    group_trends: dict[str, tuple[float | None, ...]] = {
        "北京市": (0.5, 0.5, 0.5, 0.25, 0.25),
        "上海市": (1.0, 1.0, 2 / 3, 1 / 3, 1 / 3),
        "": (0.0, 0.0, None, 0.5, 0.5),
    }
    by_url = {s.url: s for s in sites}

    def row(url: str, visits: int, failures: int) -> AvailabilityRow:
        site = by_url[url]
        ratio = failures / visits
        return AvailabilityRow(
            url=url,
            name=site.name,
            group=site.group,
            visits=visits,
            failures=failures,
            ratio=ratio,
            verdict="fail" if ratio >= 0.05 else "pass",
        )

    availability = Availability(
        source="scans",
        window_start=started - timedelta(days=7),
        window_end=started,
        min_visits=5,
        max_failure_ratio=0.05,
        passing=6,
        failing=3,
        insufficient=0,
        rows=(
            row("http://www.bjmy-old.gov.cn/", 7, 7),
            row("https://www.shjd.gov.cn/", 60, 9),
            row("https://www.sh-pudong.gov.cn/", 7, 1),
        ),
    )
    return Report(
        generated_at=now,
        scan=scan,
        baseline=baseline,
        group_filter=None,
        closure_after_days=90,
        headline=headline,
        sites=tuple(sites),
        groups=_groups(sites, group_trends),
        findings=_findings(sites),
        availability=availability,
        trends=trends,
    )


def empty_report(*, now: datetime | None = None) -> Report:
    """A home scan that checked no site: no baseline, no rates, one trend point."""
    now = now or NOW
    started = now - timedelta(minutes=5)
    scan = ScanRef(id=1, started_at=started, finished_at=started, depth="home", sites=0)
    zero = _counts([])
    return Report(
        generated_at=now,
        scan=scan,
        baseline=None,
        group_filter=None,
        closure_after_days=90,
        headline=Headline(
            checked=0,
            passed=0,
            pass_rate=None,
            change_since_previous=None,
            change_over_30_days=None,
            previous_scan=None,
            month_ago_scan=None,
            counts=zero,
        ),
        sites=(),
        groups=(),
        findings=(),
        availability=Availability(
            source="scans",
            window_start=started - timedelta(days=7),
            window_end=started,
            min_visits=5,
            max_failure_ratio=0.05,
            passing=0,
            failing=0,
            insufficient=0,
            rows=(),
        ),
        trends=(TrendPoint(scan.id, started, 0, 0, None, zero),),
    )
