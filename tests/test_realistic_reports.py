"""Reports as an inspection office reads them: a realistic estate and hostile site text.

The estate: 330 sites, 15 regions and 10 departments (a site has one group: a region's
county portals or a department's own sites), five full scans over four months. Sites
fail, recover, go stale, go zombie, get hijacked; sites join the list and leave it; a
sixth scan is still running when the report is made. Every database here is written
through the crawler's own storage (`ResultStore`), as a scan writes it, and every
expectation is counted again from the estate's plan, not from the report.

Hostile text (script and markup breakers, javascript:/data: URLs, template markers,
bidi overrides, zero-width and control characters, NUL, emoji, 10,000-character titles)
goes into names, groups, titles, finding details and URLs, and each format is read
back with a real parser (and the HTML with headless Chromium when it is installed).
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import lxml.html
import pytest

from crawler.config import Config, config_from_mapping
from crawler.models import (
    FetchRecord,
    Finding,
    PageObservations,
    Site,
    SiteResult,
    Verdict,
)
from crawler.storage import ResultStore, open_database
from monitor.build import build_report
from monitor.cli import render
from monitor.model import ACTION_ORDER, Report
from monitor.render_text import display_width

NOW = datetime(2026, 11, 25, 1, tzinfo=UTC)
# Five finished full scans: four months, two months, two weeks, six days ago, and now.
SCAN_DAYS = (-120, -60, -14, -6, 0)
SCAN_STARTS = tuple(NOW + timedelta(days=d) for d in SCAN_DAYS)

REGIONS = tuple(
    [
        "北京市",
        "天津市",
        "河北省",
        "山西省",
        "辽宁省",
        "上海市",
        "江苏省",
        "浙江省",
        "安徽省",
        "福建省",
        "山东省",
        "河南省",
        "广东省",
        "四川省",
        "云南省",
    ]
)
DEPARTMENTS = tuple(
    [
        "教育部",
        "公安部",
        "民政部",
        "财政部",
        "人力资源和社会保障部",
        "自然资源部",
        "生态环境部",
        "住房和城乡建设部",
        "交通运输部",
        "国家卫生健康委员会",
    ]
)

# What happens to a site, scan by scan: "h" healthy and passing, "f" healthy but
# failing a veto (5 empty columns), "s" stale, "z" zombie, "u" unreachable, "j"
# hijacked, "-" not on the list at that scan.
PLANS: tuple[str, ...] = (
    "hhhhh",  # steady
    "hhhhs",  # newly failed: stale
    "hhhhu",  # newly failed: down
    "hhhhj",  # newly failed: hijacked
    "hhhhf",  # newly failed on a veto while healthy
    "hhhsh",  # recovered
    "hhhuh",  # recovered
    "zzzzz",  # zombie for 120 days: closure candidate
    "uuuuu",  # unreachable for 120 days: closure candidate
    "uzuzu",  # dead the whole time, zombie and unreachable in turn: closure candidate
    "hhzzz",  # zombie for 60 days: not yet a candidate
    "zzhzz",  # came back once: its dead run is 14 days
    "hhhss",  # stale for a week: failing in both scans, no change
    "hhhsj",  # worsened: stale -> hijacked
    "hhhu-",  # removed from the list after it went down
    "uuuu-",  # removed after four months dead (closed, as the report suggested)
    "---hh",  # added two scans ago
    "----h",  # new this scan
    "----u",  # new this scan and down
    *(["hhhhh"] * 22),  # most sites pass, as in a real estate
)
STATUS_OF = {
    "h": "healthy",
    "f": "healthy",
    "s": "stale",
    "z": "zombie",
    "u": "unreachable",
    "j": "hijacked",
}


@dataclass(frozen=True)
class PlannedSite:
    site: Site
    plan: str

    def state(self, scan: int) -> str:
        return self.plan[scan]


def estate() -> list[PlannedSite]:
    """15 regions x 14 sites and 10 departments x 12 sites, plans dealt round-robin."""
    planned: list[PlannedSite] = []
    number = 0
    for groups, per_group, kind in ((REGIONS, 14, "r"), (DEPARTMENTS, 12, "d")):
        for g, group in enumerate(groups):
            for i in range(per_group):
                plan = PLANS[(number * 7 + g) % len(PLANS)]
                url = f"http://www.{kind}{g:02d}-{i:02d}.gov.cn/"
                name = (
                    f"{group}第{i + 1}号网站"
                    if kind == "r"
                    else f"{group}{'政务公开' * (i % 3)}网站{i}"
                )
                planned.append(PlannedSite(Site(url, name, group), plan))
                number += 1
    return planned


def _findings(state: str, at: datetime, title: str = "") -> tuple[Finding, ...]:
    if state == "h":
        return ()
    if state == "f":
        detail = "5 columns have no entries: 通知公告, 政策文件, 人事信息, 规划计划, 政务动态"
        return (Finding("column_empty", detail, count=5, veto=True),)
    if state == "s":
        day = (at - timedelta(days=40)).date()
        return (
            Finding(
                "homepage_stale",
                f"homepage last updated {day.isoformat()}, 40 days ago (limit 14)",
                veto=True,
                data={"newest": day.isoformat(), "age_days": 40, "limit_days": 14},
            ),
        )
    if state == "z":
        return (
            Finding(
                "abandoned",
                "nothing new on the site for 800 days (limit 365)",
                veto=True,
                data={"age_days": 800, "limit_days": 365},
            ),
        )
    if state == "u":
        return (
            Finding(
                "unreachable",
                "homepage unreachable after 3 attempts: connect: connection refused",
                veto=True,
                data={"error_kind": "connect"},
            ),
        )
    if state == "j":
        return (
            Finding(
                "spam_content",
                f"gambling words in the homepage: 澳门赌场 百家乐 ({title})",
                count=12,
                veto=True,
                data={"terms": ["澳门赌场", "百家乐"]},
            ),
        )
    raise AssertionError(state)


def site_result(site: Site, state: str, at: datetime, title: str = "") -> SiteResult:
    status = STATUS_OF[state]
    findings = _findings(state, at, title)
    passed = not any(f.veto for f in findings)
    down = state == "u"
    fetch = FetchRecord(
        url=site.url,
        final_url="" if down else site.url,
        http_status=None if down else 200,
        response_ms=None if down else 180,
        error_kind="connect" if down else None,
        error_detail="connection refused" if down else "",
    )
    page = None if down else PageObservations(title=title or site.name)
    verdict = Verdict(status, findings, 0 if not passed else 100, passed)  # type: ignore[arg-type]
    return SiteResult(site, at, fetch, page, verdict)


def write_scan(
    store: ResultStore,
    started: datetime,
    results: list[SiteResult],
    sites: list[Site],
    *,
    finish: bool = True,
) -> int:
    scan_id = store.start_scan(started, "full", len(sites), "digest", "config.toml")
    store.register_sites(sites, started)
    for chunk in range(0, len(results), 50):
        store.write_batch(scan_id, results[chunk : chunk + 50])
    if finish:
        store.finish_scan(scan_id, started + timedelta(minutes=40))
    return scan_id


def hijack_title(index: int) -> str:
    return f"澳门威尼斯人娱乐城{index}-百家乐官网"


def build_estate(path: Path, *, running: bool = True) -> list[PlannedSite]:
    """The five scans (and a sixth still running) into a new database at `path`."""
    planned = estate()
    db = open_database(path)
    store = ResultStore(db)
    for scan, started in enumerate(SCAN_STARTS):
        listed = [p for p in planned if p.state(scan) != "-"]
        results = [
            site_result(
                p.site,
                p.state(scan),
                started + timedelta(seconds=5 * n),
                hijack_title(n) if p.state(scan) == "j" else "",
            )
            for n, p in enumerate(listed)
        ]
        write_scan(store, started, results, [p.site for p in listed])
    if running:
        # Tonight's scan has checked 40 sites, every one of them down (a network fault).
        started = NOW + timedelta(hours=20)
        listed = [p for p in planned if p.plan[-1] != "-"]
        results = [site_result(p.site, "u", started) for p in listed[:40]]
        write_scan(store, started, results, [p.site for p in listed], finish=False)
    db.conn.close()
    return planned


def config_for(path: Path, **report: object) -> Config:
    return config_from_mapping(
        {"storage": {"path": str(path)}, "report": {"timezone": "Asia/Shanghai", **report}},
        path.with_suffix(".toml"),
    )


def report_of(config: Config, **options: object) -> Report:
    db = open_database(config.database_path, create=False)
    try:
        return build_report(
            db.conn,
            settings=config.report,
            rules=config.rules,
            now=NOW + timedelta(hours=21),
            **options,  # type: ignore[arg-type]
        )
    finally:
        db.conn.close()


@pytest.fixture(scope="module")
def estate_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Config, list[PlannedSite]]:
    path = tmp_path_factory.mktemp("estate") / "health.db"
    planned = build_estate(path)
    return config_for(path), planned


# ---------------------------------------------------------------------------
# The estate, counted again from its plans


LATEST = len(SCAN_STARTS) - 1


def listed_now(planned: list[PlannedSite]) -> list[PlannedSite]:
    return [p for p in planned if p.state(LATEST) != "-"]


def passes(state: str) -> bool:
    return state == "h"


def dead_run_days(p: PlannedSite) -> int | None:
    """Days since the start of the site's unbroken zombie/unreachable run (scan starts)."""
    if p.state(LATEST) not in "zu":
        return None
    first = LATEST
    while first > 0 and p.state(first - 1) in "zu":
        first -= 1
    return (SCAN_STARTS[LATEST] - SCAN_STARTS[first]).days


def test_headline_and_groups_match_a_count_of_the_plans(estate_db) -> None:
    config, planned = estate_db
    report = report_of(config)
    now = listed_now(planned)
    assert report.scan.id == 5 and report.baseline is not None and report.baseline.id == 4
    assert report.headline.checked == len(now) == len(report.sites)
    assert report.headline.passed == sum(passes(p.state(LATEST)) for p in now)
    statuses = Counter(STATUS_OF[p.state(LATEST)] for p in now)
    assert dict(report.headline.counts) == {s: statuses.get(s, 0) for s in STATUS_OF.values()}

    groups = {g.group: g for g in report.groups}
    assert set(groups) == set(REGIONS) | set(DEPARTMENTS)  # 15 regions, 10 departments
    for group, row in groups.items():
        mine = [p for p in now if p.site.group == group]
        assert row.sites == len(mine), group
        assert row.passed == sum(passes(p.state(LATEST)) for p in mine), group
        assert row.pass_rate == pytest.approx(row.passed / row.sites)
        assert sum(row.counts.values()) == row.sites
    rates = [g.pass_rate for g in report.groups]
    assert rates == sorted(rates)  # worst first


def test_changes_and_closure_candidates_match_the_plans(estate_db) -> None:
    config, planned = estate_db
    report = report_of(config)
    before, after = LATEST - 1, LATEST
    both = [p for p in planned if "-" not in (p.state(before), p.state(after))]
    failed = {p.site.url for p in both if passes(p.state(before)) and not passes(p.state(after))}
    recovered = {p.site.url for p in both if passes(p.state(after)) and not passes(p.state(before))}
    assert {s.url for s in report.newly_failed} == failed
    assert {s.url for s in report.recovered} == recovered
    rank = {status: i for i, status in enumerate(ACTION_ORDER)}
    worse = {  # failing in both, more severe now: stale -> hijacked, zombie -> unreachable
        p.site.url
        for p in both
        if not passes(p.state(before))
        and not passes(p.state(after))
        and rank[STATUS_OF[p.state(after)]] < rank[STATUS_OF[p.state(before)]]
    }
    assert {s.url for s in report.worsened} == worse
    assert {p.plan for p in planned if p.site.url in worse} == {"hhhsj", "uzuzu"}
    # Sites new to the list are not "newly failed" (nothing to compare), but need action.
    new_and_down = {p.site.url for p in planned if p.plan == "----u"}
    assert new_and_down and not new_and_down & failed
    assert new_and_down <= {s.url for s in report.needs_action}

    closure = {p.site.url for p in planned if (dead_run_days(p) or 0) >= 90}
    assert {s.url for s in report.closure_candidates} == closure
    assert {p.plan for p in planned if p.site.url in closure} == {"zzzzz", "uuuuu", "uzuzu"}
    for site in report.closure_candidates:
        assert site.dead_days is not None and site.dead_days >= 90


def test_removed_sites_leave_every_section(estate_db) -> None:
    """A site taken off the list is not reported as failing ever after: not in the
    sites, changes, closure candidates, nor in the availability of the sites on the list
    (its old failed visits are still inside the 7-day window)."""
    config, planned = estate_db
    report = report_of(config)
    removed = {p.site.url for p in planned if p.state(LATEST) == "-" and p.state(LATEST - 1) != "-"}
    assert removed
    shown = {s.url for s in report.sites} | {r.url for r in report.availability.rows}
    assert not removed & shown
    avail = report.availability
    assert avail.passing + avail.failing + avail.insufficient == len(report.sites)
    data = json.loads(render(report, "json", config, "en"))
    assert not removed & set(re.findall(r"http://www\.[a-z0-9-]+\.gov\.cn/", json.dumps(data)))


def test_a_running_scan_is_named_and_the_finished_one_reported(estate_db) -> None:
    config, _ = estate_db
    report = report_of(config)
    assert report.scan.id == 5  # not the running scan 6, whose 40 sites are all "down"
    assert report.unfinished is not None
    assert (report.unfinished.id, report.unfinished.done) == (6, 40)
    assert report.unfinished.total == report.headline.checked
    listed = report.headline.checked
    text = render(report, "txt", config, "en")
    assert f"Scan 6 (started 2026-11-26 05:00) has not finished: 40 of {listed} sites" in text
    assert "This report is of scan 5, the newest finished scan." in text
    html = render(report, "html", config, "zh")
    notice = lxml.html.document_fromstring(html).get_element_by_id("unfinished")
    assert "检查批次 6" in notice.text_content() and f"40 / {listed}" in notice.text_content()
    assert json.loads(render(report, "json", config, "en"))["unfinished_scan"] == {
        "id": 6,
        "started_at": "2026-11-25T21:00:00Z",
        "depth": "full",
        "done": 40,
        "total": listed,
    }
    one = report_of(config, group="北京市")
    assert one.unfinished is not None and one.unfinished.total == one.headline.checked


def test_first_scan_says_there_is_nothing_to_compare(tmp_path: Path) -> None:
    path = tmp_path / "first.db"
    db = open_database(path)
    planned = [p for p in estate() if p.state(0) != "-"]
    results = [site_result(p.site, p.state(0), SCAN_STARTS[0]) for p in planned]
    write_scan(ResultStore(db), SCAN_STARTS[0], results, [p.site for p in planned])
    db.conn.close()
    config = config_for(path)
    report = report_of(config)
    assert report.baseline is None and report.headline.change_since_previous is None
    assert report.newly_failed == report.recovered == ()
    for lang, words in (
        ("en", "there is no earlier scan to compare with"),
        ("zh", "没有更早的检查"),
    ):
        for fmt in ("txt", "md", "html"):
            out = render(report, fmt, config, lang)
            assert words in out, (lang, fmt)
            assert "No site changed its verdict" not in out


def test_closure_days_are_the_days_that_made_the_candidate(estate_db) -> None:
    """The days shown are the days that made the site a candidate: the run up to its
    check, not up to the scan's start (a site checked 5 s later in the first scan than in
    this one has a run of 119 days 23:59 from this scan's start)."""
    config, _ = estate_db
    strict = replace(config, report=replace(config.report, closure_after_days=120))
    report = report_of(strict)
    assert report.closure_candidates
    for fmt in ("txt", "html"):
        out = render(report, fmt, strict, "en")
        for site in report.closure_candidates:
            assert site.dead_days == (site.checked_at - site.dead_since).days >= 120
            if fmt == "txt":
                line = next(line for line in out.splitlines() if f" {site.url} " in line)
                assert int(line.split()[-1]) >= 120, line
        if fmt == "html":
            section = out[out.index('<section id="closure">') :]
            section = section[: section.index("</section>")]
            days = [int(d) for d in re.findall(r"<td class=n[^>]*>(\d+)</td>", section)]
            assert len(days) == len(report.closure_candidates) and min(days) >= 120


def test_text_tables_align_with_cjk_and_emoji(estate_db) -> None:
    config, _ = estate_db
    text = render(report_of(config), "txt", config, "zh")
    lines = text.splitlines()
    checked = 0
    for i, line in enumerate(lines):
        if re.fullmatch(r"-+( +-+)+", line):  # a table's rule: header above, rows below
            width = display_width(line)
            assert display_width(lines[i - 1]) == width
            for row in lines[i + 1 :]:
                if not row:
                    break
                assert display_width(row) == width, row
                checked += 1
    assert checked > 50


# ---------------------------------------------------------------------------
# Hostile site text

HOSTILE = (
    "</script><script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg onload=alert(1)><foreignObject><body onload=alert(1)>",
    "</style><style>*{display:none}</style>",
    "{{7*7}} ${7*7} {count} {0} %s <%= 7*7 %>",
    "\u202egnp.exe\u202c 政府网站",
    "zero\u200bwidth\ufeff\u200d ctl\x1b[31mred\x07\x08 nul\x00end",
    "🏛️ 👨‍👩‍👧 表情",
    '=HYPERLINK("http://evil.example/","点击")',
    "澳门赌场" + "x" * 10_000,
)
BAD_URLS = (
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    'http://x.gov.cn/"><script>alert(1)</script>',
    "JaVaScRiPt:alert(1)",
)
BIDI_AND_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def hostile_results(at: datetime, hacked: bool) -> tuple[list[Site], list[SiteResult]]:
    sites = [
        Site(f"http://h{i}.gov.cn/", f"站点{i} {text}", f"组{i % 3} {text}")
        for i, text in enumerate(HOSTILE)
    ]
    # Names that open a spreadsheet formula, and a 10,000-character one.
    sites += [
        Site(url, HOSTILE[(i + 8) % len(HOSTILE)], HOSTILE[i]) for i, url in enumerate(BAD_URLS)
    ]
    results = []
    for i, site in enumerate(sites):
        text = HOSTILE[i % len(HOSTILE)]
        findings = (
            Finding(
                "spam_content",
                f"gambling words {text}",
                count=3,
                veto=True,
                data={"terms": [text], "snippet": text, "url": BAD_URLS[i % len(BAD_URLS)]},
            ),
            Finding(
                "column_stale",
                f"news column {text} last updated 2026-01-02",
                count=1,
                data={"column": text, "type": "news", "newest": "2026-01-02", "limit_days": 14},
            ),
        )
        fetch = FetchRecord(url=site.url, final_url=BAD_URLS[i % len(BAD_URLS)], http_status=200)
        verdict = Verdict(
            "hijacked" if hacked else "healthy", findings if hacked else (), 0, not hacked
        )
        results.append(SiteResult(site, at, fetch, PageObservations(title=text), verdict))
    return sites, results


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Config, Report]:
    path = tmp_path_factory.mktemp("hostile") / "health.db"
    db = open_database(path)
    store = ResultStore(db)
    for hacked, started in ((False, NOW - timedelta(days=7)), (True, NOW)):
        sites, results = hostile_results(started + timedelta(minutes=1), hacked)
        write_scan(store, started, results, sites)
    db.conn.close()
    config = config_for(path)
    return config, report_of(config)


def _no_active_content(root: lxml.html.HtmlElement, own_scripts: int = 0) -> None:
    assert len(root.xpath("//script")) == own_scripts
    assert not root.xpath("//img | //iframe | //object | //embed | //foreignObject | //body//style")
    handlers = [
        a for e in root.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith("on")
    ]
    assert handlers == []
    for href in root.xpath(
        "//@href | //@src | //@xlink:href", namespaces={"xlink": "http://www.w3.org/1999/xlink"}
    ):
        assert re.match(r"https?://", href), href


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_hostile_html_stays_text(hostile, lang: str) -> None:
    config, report = hostile
    page = render(report, "html", config, lang)
    root = lxml.html.document_fromstring(page)
    _no_active_content(root)
    assert len(root.xpath("//head/style")) == 1  # the report's own, unbroken
    assert "alert(1)</script>" not in page and "<img src=x" not in page
    body = root.xpath("//body")[0].text_content()
    assert "</script><script>alert(1)</script>" in body  # shown, as text
    # No bidi override turns a line around, no NUL or escape reaches the page.
    assert not BIDI_AND_CONTROLS.search(page)
    assert "exe.gnp" not in body and "gnp.exe 政府网站" in body
    assert "👨\u200d👩\u200d👧" in body  # an emoji sequence keeps its joiners
    # A 10,000-character title is cut to something a reader can scroll past.
    longest = max(len(t) for t in root.xpath("//body//text()"))
    assert longest < 1_000
    assert "澳门赌场xxx" in body and "…" in body
    # Sparkline labels (SVG <title>) are text too.
    assert root.xpath("//svg//title")


def test_hostile_markdown_and_text(hostile) -> None:
    markdown = pytest.importorskip("markdown")
    config, report = hostile
    for lang in ("en", "zh"):
        md = render(report, "md", config, lang)
        html = markdown.markdown(md, extensions=["tables"])
        root = lxml.html.fromstring(f"<div>{html}</div>")
        _no_active_content(root)
        for table in root.xpath("//table"):  # no site text broke a row into more cells
            width = len(table.xpath("./thead/tr/th"))
            assert {len(row.xpath("./td")) for row in table.xpath("./tbody/tr")} == {width}
        text = render(report, "txt", config, lang)
        assert not BIDI_AND_CONTROLS.search(text) and "\x1b" not in text
        assert max(display_width(line) for line in text.splitlines()) < 2_000


def test_hostile_json_keeps_every_character(hostile) -> None:
    config, report = hostile
    data = json.loads(render(report, "json", config, "en"))
    names = {s["name"] for s in data["sites"]}
    titles = {s["title"] for s in data["sites"]}
    assert {f"站点{i} {text}" for i, text in enumerate(HOSTILE)} <= names
    assert set(HOSTILE) <= titles  # the evidence whole: 10,000 characters, NUL and all
    assert set(BAD_URLS) <= {s["url"] for s in data["sites"]}


def test_hostile_csv_is_inert_in_a_spreadsheet(hostile) -> None:
    config, report = hostile
    out = render(report, "csv", config, "en")
    assert "\x00" not in out and "\x1b" not in out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(report.sites)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
    assert "'" + HOSTILE[8] in {row["name"] for row in rows}  # shown, not run
    assert any(len(r["reasons"]) > 10_000 for r in rows)  # CSV keeps the whole text


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("chromium not installed")
    return found


def test_hostile_html_in_chromium(hostile, tmp_path: Path) -> None:
    config, report = hostile
    path = tmp_path / "report.html"
    path.write_text(render(report, "html", config, "en"), encoding="utf-8")
    command = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=390,2000",
        "--dump-dom",
        path.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    root = lxml.html.document_fromstring(result.stdout)
    _no_active_content(root)  # the DOM the browser built: no script, handler or image
    assert len(root.xpath("//section")) == 8
    assert "</script><script>alert(1)</script>" in root.text_content()
    for table in root.xpath("//table[@class='stack']"):  # phones: rows as labelled blocks
        assert all(td.get("data-label") for td in table.xpath(".//td"))
