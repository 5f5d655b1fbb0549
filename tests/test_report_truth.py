"""Every number `python -m monitor report` prints, in text, HTML and JSON, against a
count made here from the estate's plans and the daemon's probes, not from the report.

Nine groups (regions and departments) of 24 sites, four full scans over 100 days written
through the crawler's storage, a week of hourly probes stored and rolled up as the
daemon does. Sites fail, recover, flap, join, leave, and stay dead for months.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta

import lxml.html
import pytest

from crawler.models import Site
from crawler.probes import ProbeResult
from crawler.probestore import record_probes, rollup
from crawler.storage import ResultStore, open_database
from monitor.build import build_report
from monitor.cli import render
from tests.test_realistic_reports import STATUS_OF, config_for, site_result, write_scan

NOW = datetime(2026, 11, 25, 17, 0, 2, tzinfo=UTC)  # the nightly scan: 01:00 in Shanghai
SCAN_STARTS = tuple(NOW + timedelta(days=d) for d in (-100, -14, -7, 0))
LATEST = len(SCAN_STARTS) - 1
HOUR = timedelta(hours=1)
# In pinyin order, as a Chinese reader looks for them: 安徽 北京 福建 公安 广东 河南...
GROUPS = ("四川省", "浙江省", "福建省", "河南省", "山西省", "北京市", "教育部", "公安部", "财政部")
PLANS = (
    "hhhh",  # steady
    "hhhs",  # newly failed
    "hhsh",  # recovered
    "hshs",  # flapping: failed again
    "shsh",  # flapping: recovered again
    "zzzz",  # zombie for 100 days: closure candidate
    "uuuu",  # down for 100 days: closure candidate
    "hhzz",  # dead for a week only
    "---h",  # new this scan
    "---u",  # new and down
    "hhh-",  # taken off the list
    "uuu-",  # taken off after months dead
    "hhhj",  # newly hijacked
    "hhhf",  # healthy but failing a veto
    "hhhh",
    "hhhh",
)


def plans() -> list[tuple[Site, str]]:
    """24 sites a group; the five provinces get the same plans (equal pass rates), so
    only their names can order them."""
    out = []
    for g, group in enumerate(GROUPS):
        for i in range(24):
            extra = g if g >= 5 else 0  # departments and 北京市 fail more
            plan = PLANS[(i + extra) % len(PLANS)]
            out.append((Site(f"http://www.g{g}-{i:02d}.gov.cn/", f"{group}网站{i}", group), plan))
    return out


def failures_of(n: int) -> int:
    return n % 12  # 0-11 failed visits a week: 9 or more of 168 fails (5.4%)


def probes_for(n: int, url: str, plan: str) -> list[ProbeResult]:
    """Hourly probes at :37 before NOW's hour; new sites only for the last 3 days; one
    site in 24 missed 7 hours (the daemon restarting), so 8 of 161 (4.97%) passes."""
    hours = 72 if plan.startswith("---") else 9 * 24
    skip = set(range(130, 137)) if n % 24 == 14 else set()
    k = 8 if n % 24 == 14 else failures_of(n)
    failed = {10 + 15 * j for j in range(k)}
    last = NOW.replace(minute=37, second=0) - HOUR
    return [
        ProbeResult(
            url,
            last - h * HOUR,
            h not in failed,
            80,
            200 if h not in failed else None,
            None if h not in failed else "timeout",
            "",
        )
        for h in range(hours)
        if h not in skip
    ]


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("truth") / "health.db"
    planned = plans()
    db = open_database(path)
    store = ResultStore(db)
    for scan, started in enumerate(SCAN_STARTS):
        listed = [(s, p) for s, p in planned if p[scan] != "-"]
        results = [
            site_result(s, p[scan], started + timedelta(seconds=3 * n))
            for n, (s, p) in enumerate(listed)
        ]
        write_scan(store, started, results, [s for s, _ in listed])
    ids = store.site_ids()
    probes: list[ProbeResult] = []
    for n, (site, plan) in enumerate(planned):
        probes += probes_for(n, site.url, plan)
    record_probes(db.conn, probes, ids, excluded=(), fail_threshold=3, success_threshold=2)
    rollup(db.conn, NOW, raw_hours=48, hour_days=8)
    db.conn.close()
    config = config_for(path)
    db = open_database(path, create=False)
    report = build_report(db.conn, settings=config.report, rules=config.rules, now=NOW + 6 * HOUR)
    db.conn.close()
    return config, report, planned, probes


# --- the truth, counted from the plans and probes -----------------------------------


def passes(state: str) -> bool:
    return state == "h"


def truth(planned, probes):
    now = [(s, p) for s, p in planned if p[LATEST] != "-"]
    statuses = Counter(STATUS_OF[p[LATEST]] for _, p in now)
    groups = {}
    for group in GROUPS:
        mine = [p for s, p in now if s.group == group]
        passed = sum(passes(p[LATEST]) for p in mine)
        groups[group] = (len(mine), passed, Counter(STATUS_OF[p[LATEST]] for p in mine))
    both = [(s, p) for s, p in planned if "-" not in p[LATEST - 1 : LATEST + 1]]
    failed = {s.url for s, p in both if passes(p[LATEST - 1]) and not passes(p[LATEST])}
    recovered = {s.url for s, p in both if passes(p[LATEST]) and not passes(p[LATEST - 1])}
    closure = {s.url for s, p in now if set(p) <= set("zu")}  # dead in every scan: 100 days
    start, end = (
        NOW.replace(minute=0, second=0) - timedelta(days=7),
        NOW.replace(minute=0, second=0),
    )
    listed = {s.url for s, _ in now}
    visits: Counter[str] = Counter()
    fails: Counter[str] = Counter()
    for p in probes:
        if p.url in listed and start <= p.probed_at < end:
            visits[p.url] += 1
            fails[p.url] += not p.ok
    verdicts = {
        url: "insufficient"
        if visits[url] < 140
        else ("fail" if fails[url] * 20 >= visits[url] else "pass")  # 5%, in integers
        for url in listed
    }
    return {
        "checked": len(now),
        "passed": sum(passes(p[LATEST]) for _, p in now),
        "statuses": statuses,
        "groups": groups,
        "failed": failed,
        "recovered": recovered,
        "closure": closure,
        "visits": visits,
        "fails": fails,
        "verdicts": verdicts,
    }


def pct(passed: int, total: int) -> str:
    return f"{passed * 100 / total:.1f}%"


def group_order(t) -> list[str]:
    """Worst pass rate first, then the bigger group, then pinyin order."""
    pinyin = [
        "北京市",
        "财政部",
        "福建省",
        "公安部",
        "河南省",
        "教育部",
        "山西省",
        "四川省",
        "浙江省",
    ]
    rows = t["groups"]
    return sorted(rows, key=lambda g: (rows[g][1] / rows[g][0], -rows[g][0], pinyin.index(g)))


def test_the_estate_has_the_cases_it_is_for(estate) -> None:
    _, _, planned, probes = estate
    t = truth(planned, probes)
    verdicts = Counter(t["verdicts"].values())
    assert verdicts["fail"] and verdicts["pass"] and verdicts["insufficient"]
    assert t["failed"] and t["recovered"] and t["closure"]
    rates = {g: v[1] / v[0] for g, v in t["groups"].items()}
    assert len({rates[g] for g in GROUPS[:5]}) == 1  # ties: the names order them
    # A pass with a share that rounds to the limit: 8 of 161 visits.
    assert any(t["visits"][u] == 161 and t["fails"][u] == 8 for u in t["visits"])


def test_json_numbers(estate) -> None:
    config, report, planned, probes = estate
    t = truth(planned, probes)
    data = json.loads(render(report, "json", config, "en"))
    head = data["headline"]
    assert (head["checked"], head["passed"]) == (t["checked"], t["passed"])
    assert head["counts"] == {s: t["statuses"].get(s, 0) for s in head["counts"]}
    assert [g["group"] for g in data["groups"]] == group_order(t)
    for g in data["groups"]:
        sites, passed, counts = t["groups"][g["group"]]
        assert (g["sites"], g["passed"]) == (sites, passed)
        assert g["pass_rate"] == pytest.approx(passed / sites, abs=1e-4)
        assert g["counts"] == {s: counts.get(s, 0) for s in g["counts"]}
    changes = data["changes"]
    assert set(changes["newly_failed"]) == t["failed"]
    assert set(changes["recovered"]) == t["recovered"]
    assert set(data["closure_candidates"]) == t["closure"]
    avail = data["availability"]
    assert Counter(t["verdicts"].values()) == Counter(
        {"pass": avail["passing"], "fail": avail["failing"], "insufficient": avail["insufficient"]}
    )
    rows = {r["url"]: r for r in avail["rows"]}
    assert set(rows) == {u for u in t["verdicts"] if t["fails"][u]}
    for url, row in rows.items():
        assert (row["visits"], row["failures"], row["verdict"]) == (
            t["visits"][url],
            t["fails"][url],
            t["verdicts"][url],
        ), url


def test_text_numbers(estate) -> None:
    config, report, planned, probes = estate
    t = truth(planned, probes)
    text = render(report, "txt", config, "en")
    assert re.search(rf"^Sites checked: +{t['checked']}$", text, re.M)
    assert re.search(rf"^Passed: +{t['passed']}$", text, re.M)
    assert re.search(rf"^Pass rate: +{re.escape(pct(t['passed'], t['checked']))}$", text, re.M)
    for status in ("healthy", "stale", "zombie", "unreachable", "hijacked"):
        assert re.search(rf"^{status}: +{t['statuses'].get(status, 0)}$", text, re.M), status
    assert f"Newly failed ({len(t['failed'])})" in text
    assert f"Recovered ({len(t['recovered'])})" in text
    by_group = text[text.index("\nBy group\n") : text.index("\nFindings overview\n")]
    lines = [
        line.split()
        for line in by_group.splitlines()
        if line.split()[:1] and line.split()[0] in GROUPS
    ]
    assert [cells[0] for cells in lines] == group_order(t)
    for cells in lines:
        sites, passed, counts = t["groups"][cells[0]]
        expected = [str(sites), pct(passed, sites)] + [
            str(counts.get(s, 0)) for s in ("healthy", "stale", "zombie", "unreachable", "hijacked")
        ]
        assert cells[1:8] == expected, cells
    closure = text[text.index("\nClosure candidates\n") : text.index("\nBy group\n")]
    assert set(re.findall(r"http://www\.g[\d-]+\.gov\.cn/", closure)) == t["closure"]
    avail = text[text.index("\nAvailability\n") :]
    verdicts = Counter(t["verdicts"].values())
    assert re.search(rf"^pass: +{verdicts['pass']}$", avail, re.M)
    assert re.search(rf"^fail: +{verdicts['fail']}$", avail, re.M)
    assert re.search(rf"^insufficient data: +{verdicts['insufficient']}$", avail, re.M)
    rows = {
        m.group(1): m.groups()[1:]
        for m in re.finditer(
            r"(http://www\.g[\d-]+\.gov\.cn/) +(\d+) +(\d+) +([\d.]+%) +(pass|fail|insufficient)",
            avail,
        )
    }
    assert set(rows) == {u for u in t["verdicts"] if t["fails"][u]}
    for url, (visits, failures, ratio, verdict) in rows.items():
        assert (int(visits), int(failures)) == (t["visits"][url], t["fails"][url])
        assert verdict == t["verdicts"][url]
        if verdict != "insufficient":
            # The share as shown never crosses the 5% line the other way from its verdict.
            assert (float(ratio[:-1]) >= 5.0) == (verdict == "fail"), (url, ratio, verdict)


def test_html_numbers(estate) -> None:
    config, report, planned, probes = estate
    t = truth(planned, probes)
    root = lxml.html.document_fromstring(render(report, "html", config, "zh"))

    def number(element_id: str) -> str:
        return root.get_element_by_id(element_id).text_content().strip()

    assert number("sites-checked") == str(t["checked"])
    assert number("passed") == str(t["passed"])
    assert number("pass-rate") == pct(t["passed"], t["checked"])
    for status in ("healthy", "stale", "zombie", "unreachable", "hijacked"):
        assert number(f"count-{status}") == str(t["statuses"].get(status, 0)), status
    verdicts = Counter(t["verdicts"].values())
    for key in ("pass", "fail", "insufficient"):
        assert number(f"availability-{key}") == str(verdicts[key])
    newly = root.get_element_by_id("newly-failed")
    assert f"({len(t['failed'])})" in newly.text_content()
    groups = root.xpath("//section[@id='groups']//tbody/tr")
    assert [row.xpath("./td")[0].text_content() for row in groups] == group_order(t)
    for row in groups:
        cells = [td.text_content() for td in row.xpath("./td")]
        sites, passed, counts = t["groups"][cells[0]]
        assert cells[1:8] == [str(sites), pct(passed, sites)] + [
            str(counts.get(s, 0)) for s in ("healthy", "stale", "zombie", "unreachable", "hijacked")
        ]
    closure = {a.get("href") for a in root.xpath("//section[@id='closure']//a")}
    assert closure == t["closure"]
    for row in root.xpath("//section[@id='availability']//tbody/tr"):
        cells = [td.text_content() for td in row.xpath("./td")]
        url = row.xpath(".//a")[0].get("href")
        assert (int(cells[2]), int(cells[3])) == (t["visits"][url], t["fails"][url])
        if t["verdicts"][url] != "insufficient":
            assert (float(cells[4][:-1]) >= 5.0) == (t["verdicts"][url] == "fail"), cells


def test_shares_are_never_rounded_across_a_line() -> None:
    """2,999 of 3,000 sites passing is not "100.0%" (a reader takes it for all of
    them), 1 of 3,000 not "0.0%"; a failed-visit share under the 5% limit is not shown
    at it beside "pass"."""
    from monitor.formatting import failure_ratio, percent

    assert (percent(2999 / 3000), percent(1.0)) == (">99.9%", "100.0%")
    assert (percent(1 / 3000), percent(0.0), percent(None)) == ("<0.1%", "0.0%", "–")
    assert failure_ratio(8, 161, 0.05) == "4.9%"  # 4.97%: passes
    assert failure_ratio(7, 140, 0.05) == "5.0%"  # exactly 5%: fails
    assert failure_ratio(9, 168, 0.05) == "5.4%"
    assert failure_ratio(0, 0, 0.05) == "–"
    # Limits whose percent is no exact float (0.07 * 100 = 7.000000000000001): 3 of 43
    # (6.98%) passes 7% and was shown "7.0%"; 3 of 86 (3.49%) passes 3.5%, shown "3.5%".
    assert failure_ratio(3, 43, 0.07) == "6.9%"
    assert failure_ratio(3, 86, 0.035) == "3.4%"
    assert failure_ratio(7, 100, 0.07) == "7.0%"  # exactly 7%: fails
