"""Database -> `Report`: every number of a report, aggregated in SQL where it can be.

Reads only (WAL: a running scan keeps writing). The scan reported is the newest
finished one unless asked otherwise; "previous" means the previous finished scan of
the same depth (a homepage sweep cannot see columns, so comparing it with a full
scan would report false recoveries). Headline changes and trends come from the
per-scan summaries (crawler.history), so they reach back past pruned rows.
"""

from __future__ import annotations

import contextlib
import difflib
import gc
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any, Literal

from crawler.availability import availability_window, judge_availability
from crawler.config import ReportSettings, RuleSettings
from crawler.errors import ConfigError, StorageError
from crawler.history import SITE_GROUP
from crawler.models import STATUSES
from crawler.probestore import availability_tallies, has_probes
from crawler.storage import parse_utc, utc_text
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
    UnfinishedScan,
)

_RANK = {status: rank for rank, status in enumerate(ACTION_ORDER)}
# Points in each group's sparkline: the newest scans of the trend window.
SPARKLINE_POINTS = 30
_MONTH = timedelta(days=30)


def build_report(
    conn: sqlite3.Connection,
    *,
    settings: ReportSettings,
    rules: RuleSettings,
    now: datetime,
    scan_id: int | None = None,
    since: timedelta | None = None,
    group: str | None = None,
) -> Report:
    """The report of one scan (default: the newest finished), optionally one group's."""
    reader = _Reader(conn, group)
    scan_row = reader.scan_row(scan_id)
    depth = scan_row["depth"]
    started = parse_utc(scan_row["started_at"])
    baseline_row = reader.baseline_row(scan_row["id"], depth, started, since)
    rows, reasons = reader.site_rows(scan_row["id"], baseline_row["id"] if baseline_row else None)
    if group is not None and not rows:
        raise ConfigError(
            f"group {group!r}: no site of scan {scan_row['id']} is in it"
            + reader.group_hint(scan_row["id"], group)
        )
    sites = _with_verdicts(rows, reasons, settings.closure_after_days)

    trend_since = started - max(timedelta(days=settings.trend_days), since or timedelta(0))
    trend_scans = reader.finished_scans(depth, trend_since, scan_row["id"])
    previous_row = reader.previous_row(scan_row["id"], depth)
    month_row = reader.month_ago_row(scan_row["id"], depth, started)
    totals = reader.scan_totals(
        [row["id"] for row in trend_scans]
        + [row["id"] for row in (previous_row, month_row) if row is not None]
    )
    trends = tuple(_trend_point(row, totals.get(row["id"])) for row in trend_scans)
    scan = _scan_ref(scan_row, len(sites))
    headline = _headline(sites, totals, previous_row, month_row)
    sparkline_scans = [row["id"] for row in trend_scans[-SPARKLINE_POINTS:]]
    return Report(
        generated_at=now,
        scan=scan,
        baseline=_scan_ref(baseline_row, reader.sites_in(baseline_row["id"]))
        if baseline_row
        else None,
        group_filter=group,
        closure_after_days=settings.closure_after_days,
        headline=headline,
        sites=tuple(sites),
        groups=_group_rows(
            reader.groups_of(scan.id),
            reader.worst_findings(scan.id),
            reader.group_rates(sparkline_scans),
            sparkline_scans,
        ),
        findings=reader.finding_counts(scan.id),
        availability=reader.availability(scan_row, rules),
        trends=trends,
        unfinished=reader.unfinished_after(scan_row["id"]),
    )


def parse_since(text: str) -> timedelta:
    """`7d`, `36h`, `2w` -> a timedelta; ValueError with the accepted forms otherwise."""
    units = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}
    text = text.strip().lower()
    if len(text) >= 2 and text[-1] in units and text[:-1].isdigit() and int(text[:-1]) > 0:
        return int(text[:-1]) * units[text[-1]]
    raise ValueError(f"--since {text!r}: expected a number of hours, days or weeks (36h, 7d, 2w)")


class _Reader:
    """The report's queries, each narrowed to one group when asked."""

    def __init__(self, conn: sqlite3.Connection, group: str | None) -> None:
        self.conn = conn
        self.group = group

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, tuple(params))
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def _checks_in_group(self, scan_id: int) -> tuple[str, tuple[Any, ...]]:
        """' AND checks.id IN (...)': the scan's checks in the report's group as that
        scan's list gave it (crawler.history.SITE_GROUP), found by the indexes: the
        group's sites' unmoved checks (CROSS JOIN: SQLite joins in the order written, the
        group's sites first, as the old query on sites.site_group did), and the checks
        regrouped since (few)."""
        if self.group is None:
            return "", ()
        return (
            " AND checks.id IN (SELECT unmoved.id FROM sites AS now"
            " CROSS JOIN checks AS unmoved ON unmoved.site_id = now.id"
            " WHERE now.site_group = ? AND unmoved.scan_id = ? AND unmoved.site_group IS NULL"
            " UNION ALL SELECT moved.id FROM checks AS moved"
            " WHERE moved.scan_id = ? AND moved.site_group = ?)",
            (self.group, scan_id, scan_id, self.group),
        )

    def _group_clause(self, column: str) -> tuple[str, tuple[Any, ...]]:
        return (f" AND {column} = ?", (self.group,)) if self.group is not None else ("", ())

    def scan_row(self, scan_id: int | None) -> dict[str, Any]:
        if scan_id is None:
            rows = self._rows(
                "SELECT * FROM scans WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1"
            )
            if not rows:
                raise StorageError("no finished scan yet: run `python -m crawler scan` first")
            return rows[0]
        rows = self._rows("SELECT * FROM scans WHERE id = ?", (scan_id,))
        if not rows:
            raise StorageError(f"scan {scan_id} does not exist")
        if rows[0]["finished_at"] is None:
            raise StorageError(
                f"scan {scan_id} has not finished (finish it with `crawler scan --resume`)"
            )
        if rows[0]["pruned"]:
            raise StorageError(
                f"scan {scan_id} is older than [storage] keep_days: its per-site rows were"
                " pruned and only its summary remains (see the trends of a newer scan)"
            )
        return rows[0]

    def unfinished_after(self, scan_id: int) -> UnfinishedScan | None:
        """The newest scan after `scan_id` that has not finished, if any."""
        # Only when the report is of the newest finished scan (which its note says): an
        # older one asked for with --scan is not there for want of a finished scan.
        rows = self._rows(
            "SELECT id, started_at, depth, site_done, site_total FROM scans"
            " WHERE finished_at IS NULL AND id > ? AND NOT EXISTS"
            " (SELECT 1 FROM scans AS newer WHERE newer.finished_at IS NOT NULL"
            "  AND newer.id > ?) ORDER BY id DESC LIMIT 1",
            (scan_id, scan_id),
        )
        if not rows:
            return None
        row = rows[0]
        done, total = row["site_done"] or 0, row["site_total"] or 0
        if self.group is not None:  # the group's share: its sites listed for that scan
            clause, params = self._checks_in_group(row["id"])
            done = self.conn.execute(
                f"SELECT COUNT(*) FROM checks WHERE checks.scan_id = ?{clause}",
                (row["id"], *params),
            ).fetchone()[0]
            total = self.conn.execute(
                "SELECT COUNT(*) FROM sites WHERE site_group = ? AND last_seen >= ?",
                (self.group, row["started_at"]),
            ).fetchone()[0]
        return UnfinishedScan(
            id=row["id"],
            started_at=parse_utc(row["started_at"]),
            depth=row["depth"],
            done=int(done),
            total=int(total),
        )

    def baseline_row(
        self, scan_id: int, depth: str, started: datetime, since: timedelta | None
    ) -> dict[str, Any] | None:
        earlier = (
            "SELECT * FROM scans WHERE finished_at IS NOT NULL AND NOT pruned"
            " AND depth = ? AND id < ?"
        )
        if since is None:
            rows = self._rows(earlier + " ORDER BY id DESC LIMIT 1", (depth, scan_id))
            return rows[0] if rows else None
        rows = self._rows(
            earlier + " AND started_at <= ? ORDER BY id DESC LIMIT 1",
            (depth, scan_id, utc_text(started - since)),
        )
        if not rows:  # history shorter than the window: the oldest scan there is
            rows = self._rows(earlier + " ORDER BY id LIMIT 1", (depth, scan_id))
        return rows[0] if rows else None

    def previous_row(self, scan_id: int, depth: str) -> dict[str, Any] | None:
        rows = self._rows(
            "SELECT * FROM scans WHERE finished_at IS NOT NULL AND depth = ? AND id < ?"
            " ORDER BY id DESC LIMIT 1",
            (depth, scan_id),
        )
        return rows[0] if rows else None

    def month_ago_row(self, scan_id: int, depth: str, started: datetime) -> dict[str, Any] | None:
        """The newest scan at least 30 days older, else the oldest within those 30 days."""
        base = "SELECT * FROM scans WHERE finished_at IS NOT NULL AND depth = ? AND id < ?"
        cutoff = utc_text(started - _MONTH + timedelta(hours=12))
        rows = self._rows(
            base + " AND started_at <= ? ORDER BY id DESC LIMIT 1", (depth, scan_id, cutoff)
        )
        if not rows:
            rows = self._rows(base + " ORDER BY id LIMIT 1", (depth, scan_id))
        return rows[0] if rows else None

    def finished_scans(self, depth: str, since: datetime, up_to: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT * FROM scans WHERE finished_at IS NOT NULL AND depth = ?"
            " AND started_at >= ? AND id <= ? ORDER BY id",
            (depth, utc_text(since), up_to),
        )

    def sites_in(self, scan_id: int) -> int:
        clause, params = self._group_clause("site_group")
        row = self.conn.execute(
            f"SELECT COALESCE(SUM(sites), 0) FROM scan_groups WHERE scan_id = ?{clause}",
            (scan_id, *params),
        ).fetchone()
        return int(row[0])

    def site_rows(
        self, scan_id: int, baseline_id: int | None
    ) -> tuple[list[sqlite3.Row], dict[int, tuple[Reason, ...]]]:
        """The scan's checks (sqlite3.Row: built in C, 84,094 of them) and their reasons."""
        clause, params = self._checks_in_group(scan_id)
        cursor = self.conn.cursor()
        cursor.row_factory = sqlite3.Row
        rows = cursor.execute(
            f"SELECT checks.id AS check_id, sites.url, sites.name, {SITE_GROUP} AS site_group,"
            " checks.status, checks.passed, checks.score, checks.checked_at, checks.title,"
            " checks.final_url, checks.status_since, checks.dead_since,"
            " earlier.status AS previous_status, earlier.passed AS previous_passed"
            " FROM checks JOIN sites ON sites.id = checks.site_id"
            " LEFT JOIN checks AS earlier"
            "   ON earlier.site_id = checks.site_id AND earlier.scan_id = ?"
            f" WHERE checks.scan_id = ?{clause}",
            (baseline_id if baseline_id is not None else -1, scan_id, *params),
        ).fetchall()
        reasons: dict[int, list[Reason]] = defaultdict(list)
        for check_id, code, detail, count, veto, data in self.conn.execute(
            "SELECT findings.check_id, findings.code, findings.detail, findings.count,"
            " findings.veto, findings.data FROM findings"
            " JOIN checks ON checks.id = findings.check_id"
            " JOIN sites ON sites.id = checks.site_id"
            f" WHERE checks.scan_id = ?{clause} ORDER BY findings.veto DESC, findings.id",
            (scan_id, *params),
        ):
            evidence = _LazyJson(data) if data != "{}" else _EMPTY
            reasons[check_id].append(Reason(code, detail, count, bool(veto), evidence))
        return rows, {check_id: tuple(found) for check_id, found in reasons.items()}

    def group_hint(self, scan_id: int, group: str) -> str:
        """' (did you mean ...?)' from the scan's groups, or the groups if few."""
        groups = [
            g
            for (g,) in self.conn.execute(
                "SELECT site_group FROM scan_groups WHERE scan_id = ? ORDER BY site_group",
                (scan_id,),
            )
        ]
        close = difflib.get_close_matches(group, groups, n=3)
        if close:
            return f" (did you mean {', '.join(map(repr, close))}?)"
        if len(groups) <= 10:
            return f" (its groups: {', '.join(map(repr, groups))})"
        return ""

    def scan_totals(self, scan_ids: list[int]) -> dict[int, dict[str, int]]:
        """scan id -> {sites, passed, <status>...}, summed over groups in SQL."""
        if not scan_ids:
            return {}
        clause, params = self._group_clause("site_group")
        marks = ",".join("?" * len(scan_ids))
        columns = ("sites", "passed", *STATUSES)
        sums = ", ".join(f"SUM({column})" for column in columns)
        return {
            scan_id: dict(zip(columns, values, strict=True))
            for scan_id, *values in self.conn.execute(
                f"SELECT scan_id, {sums} FROM scan_groups WHERE scan_id IN ({marks}){clause}"
                " GROUP BY scan_id",
                (*scan_ids, *params),
            )
        }

    def groups_of(self, scan_id: int) -> dict[str, dict[str, int]]:
        """group -> {sites, passed, <status>...} of one scan."""
        clause, params = self._group_clause("site_group")
        columns = ("sites", "passed", *STATUSES)
        return {
            group: dict(zip(columns, values, strict=True))
            for group, *values in self.conn.execute(
                f"SELECT site_group, {', '.join(columns)} FROM scan_groups"
                f" WHERE scan_id = ?{clause}",
                (scan_id, *params),
            )
        }

    def group_rates(self, scan_ids: list[int]) -> dict[tuple[int, str], float | None]:
        """(scan id, group) -> pass rate, for the groups' sparklines."""
        if not scan_ids:
            return {}
        clause, params = self._group_clause("site_group")
        marks = ",".join("?" * len(scan_ids))
        return {
            (scan_id, group): _rate(passed, sites)
            for scan_id, group, sites, passed in self.conn.execute(
                f"SELECT scan_id, site_group, sites, passed FROM scan_groups"
                f" WHERE scan_id IN ({marks}){clause}",
                (*scan_ids, *params),
            )
        }

    def worst_findings(self, scan_id: int) -> dict[str, tuple[str, int]]:
        """group -> (the finding code failing most of its sites, how many)."""
        clause, params = self._group_clause("site_group")
        worst: dict[str, tuple[str, int]] = {}
        for group, code, vetoes, sites in self.conn.execute(
            f"SELECT site_group, code, vetoes, sites FROM scan_findings WHERE scan_id = ?{clause}"
            " ORDER BY vetoes DESC, sites DESC, code",
            (scan_id, *params),
        ):
            if group not in worst and (vetoes or sites):
                worst[group] = (code, vetoes or sites)
        return worst

    def finding_counts(self, scan_id: int) -> tuple[FindingCount, ...]:
        clause, params = self._group_clause("site_group")
        return tuple(
            FindingCount(code, sites, total, vetoes)
            for code, sites, total, vetoes in self.conn.execute(
                "SELECT code, SUM(sites), SUM(total), SUM(vetoes) FROM scan_findings"
                f" WHERE scan_id = ?{clause} GROUP BY code ORDER BY SUM(sites) DESC, code",
                (scan_id, *params),
            )
        )

    def availability(self, scan_row: Mapping[str, Any], rules: RuleSettings) -> Availability:
        """Failed visits per site over the week the scan judged (crawler.availability:
        the whole hours before its start): the daemon's probes when there are any, else
        the scans' own homepage visits. A listed site with no visit at all is
        insufficient data, like one with too few."""
        start, end = availability_window(
            parse_utc(scan_row["started_at"]), rules.availability_window_days
        )
        clause, params = self._checks_in_group(scan_row["id"])
        # The sites of the report's scan: a site taken off the list keeps its old visits
        # in the window, but the report is about the sites on the list now (in the
        # groups that scan's list gave them).
        sites = {
            site_id: (url, name, group)
            for site_id, url, name, group in self.conn.execute(
                f"SELECT sites.id, sites.url, sites.name, {SITE_GROUP} FROM checks"
                f" JOIN sites ON sites.id = checks.site_id WHERE checks.scan_id = ?{clause}",
                (scan_row["id"], *params),
            )
        }
        if has_probes(self.conn, start):
            source: Literal["probes", "scans"] = "probes"
            tallies = availability_tallies(self.conn, start, end)
        else:
            source = "scans"
            in_group = (
                " AND site_id IN (SELECT checks.site_id FROM checks"
                f" WHERE checks.scan_id = ?{clause})"
                if self.group is not None
                else ""
            )
            # The nightly scans of the week up to this one: 7, not the one a week before.
            since = utc_text(
                parse_utc(scan_row["started_at"]) - timedelta(days=rules.availability_window_days)
            )
            tallies = {
                site_id: (visits, failures)
                for site_id, visits, failures in self.conn.execute(
                    "SELECT site_id, COUNT(*), SUM(status = 'unreachable') FROM checks"
                    " WHERE scan_id IN (SELECT id FROM scans WHERE finished_at IS NOT NULL"
                    "   AND started_at > ? AND started_at <= ?)"
                    f" AND checked_at > ?{in_group} GROUP BY site_id",
                    (since, scan_row["started_at"], since,
                     *((scan_row["id"], *params) if self.group is not None else ())),
                )
            }
        verdicts = {"pass": 0, "fail": 0, "insufficient": 0}
        rows = []
        for site_id in sites:
            visits, failures = tallies.get(site_id, (0, 0))
            verdict = judge_availability(
                visits,
                failures,
                min_visits=rules.availability_min_visits,
                max_failure_ratio=rules.availability_max_failure_ratio,
            )
            verdicts[verdict] += 1
            if failures:
                url, name, site_group = sites[site_id]
                rows.append(
                    AvailabilityRow(
                        url, name, site_group, visits, failures, failures / visits, verdict
                    )
                )
        rows.sort(key=lambda r: (-r.ratio, -r.failures, r.url))
        return Availability(
            source=source,
            window_start=start,
            window_end=end,
            min_visits=rules.availability_min_visits,
            max_failure_ratio=rules.availability_max_failure_ratio,
            passing=verdicts["pass"],
            failing=verdicts["fail"],
            insufficient=verdicts["insufficient"],
            rows=tuple(rows),
        )


def _scan_ref(row: Mapping[str, Any], sites: int) -> ScanRef:
    finished = row["finished_at"]
    return ScanRef(
        id=row["id"],
        started_at=parse_utc(row["started_at"]),
        finished_at=parse_utc(finished) if finished else None,
        depth=row["depth"],
        sites=sites,
    )


def _change(
    status: str, passed: bool, before: str | None, passed_before: bool | None
) -> Change | None:
    if before is None or passed_before is None:
        return None  # new to the list since the baseline
    if passed_before and not passed:
        return "failed"
    if passed and not passed_before:
        return "recovered"
    if not passed and _RANK.get(status, 9) < _RANK.get(before, 9):
        return "worsened"
    return None


def _with_verdicts(
    rows: list[sqlite3.Row], reasons: Mapping[int, tuple[Reason, ...]], closure_after_days: int
) -> list[SiteRow]:
    # 84,094 rows of new objects trip the cyclic collector over and over for nothing
    # (none of them forms a cycle): about 10% of a census report.
    with _collector_paused():
        return _site_rows(rows, reasons, closure_after_days)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _site_rows(
    rows: list[sqlite3.Row], reasons: Mapping[int, tuple[Reason, ...]], closure_after_days: int
) -> list[SiteRow]:
    sites = []
    for row in rows:
        checked = parse_utc(row["checked_at"])
        since = parse_utc(row["status_since"]) if row["status_since"] else None
        dead = parse_utc(row["dead_since"]) if row["dead_since"] else None
        passed = bool(row["passed"])
        before_passed = None if row["previous_passed"] is None else bool(row["previous_passed"])
        sites.append(
            SiteRow(
                url=row["url"],
                name=row["name"],
                group=row["site_group"],
                status=row["status"],
                passed=passed,
                score=row["score"],
                checked_at=checked,
                title=row["title"],
                final_url=row["final_url"] or None,
                reasons=reasons.get(row["check_id"], ()),
                status_since=since,
                days_in_state=(checked - since).days if since else None,
                dead_since=dead,
                previous_status=row["previous_status"],
                previous_passed=before_passed,
                change=_change(row["status"], passed, row["previous_status"], before_passed),
                closure_candidate=dead is not None
                and (checked - dead) >= timedelta(days=closure_after_days),
            )
        )
    # Needs-action order: by status rank, failing before passing, worst score, longest.
    sites.sort(
        key=lambda s: (
            s.passed and s.status == "healthy",
            _RANK.get(s.status, 9),
            s.passed,
            s.score,
            -(s.days_in_state or 0),
            s.url,
        )
    )
    return sites


class _LazyJson(Mapping[str, object]):
    """A finding's evidence, decoded on first use: only the JSON report reads it, and
    decoding 70,000 of them costs a census report half a second."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._value: dict[str, object] | None = None

    def _decoded(self) -> dict[str, object]:
        if self._value is None:
            value = json.loads(self._text)
            self._value = value if isinstance(value, dict) else {}
        return self._value

    def __getitem__(self, key: str) -> object:
        return self._decoded()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._decoded())

    def __len__(self) -> int:
        return len(self._decoded())

    def __eq__(self, other: object) -> bool:
        return self._decoded() == other

    __hash__ = None  # type: ignore[assignment]  # mutable mapping semantics, like dict


_EMPTY: Mapping[str, object] = {}


def _rate(passed: int, checked: int) -> float | None:
    return passed / checked if checked else None


def _trend_point(scan_row: Mapping[str, Any], totals: Mapping[str, int] | None) -> TrendPoint:
    totals = totals or {}
    checked, passed = totals.get("sites", 0), totals.get("passed", 0)
    return TrendPoint(
        scan_row["id"],
        parse_utc(scan_row["started_at"]),
        checked,
        passed,
        _rate(passed, checked),
        {status: totals.get(status, 0) for status in STATUSES},
    )


def _headline(
    sites: list[SiteRow],
    totals: Mapping[int, Mapping[str, int]],
    previous_row: Mapping[str, Any] | None,
    month_row: Mapping[str, Any] | None,
) -> Headline:
    checked = len(sites)
    passed = sum(site.passed for site in sites)
    counts = {status: 0 for status in STATUSES}
    for site in sites:
        counts[site.status] = counts.get(site.status, 0) + 1
    rate = _rate(passed, checked)

    def rate_of(row: Mapping[str, Any] | None) -> tuple[float | None, ScanRef | None]:
        if row is None:
            return None, None
        then_totals = totals.get(row["id"], {})
        then_checked = then_totals.get("sites", 0)
        then = _rate(then_totals.get("passed", 0), then_checked)
        change = rate - then if rate is not None and then is not None else None
        return change, _scan_ref(row, then_checked)

    since_previous, previous = rate_of(previous_row)
    over_month, month_ago = rate_of(month_row)
    return Headline(checked, passed, rate, since_previous, over_month, previous, month_ago, counts)


def _group_rows(
    groups: Mapping[str, Mapping[str, int]],
    worst: Mapping[str, tuple[str, int]],
    rates: Mapping[tuple[int, str], float | None],
    sparkline_scans: list[int],
) -> tuple[GroupRow, ...]:
    rows = []
    for group, summary in groups.items():
        code, how_many = worst.get(group, (None, 0))
        rows.append(
            GroupRow(
                group=group,
                sites=summary["sites"],
                passed=summary["passed"],
                pass_rate=_rate(summary["passed"], summary["sites"]),
                counts={status: summary[status] for status in STATUSES},
                worst_finding=code,
                worst_finding_sites=how_many,
                trend=tuple(rates.get((scan_id, group)) for scan_id in sparkline_scans),
            )
        )
    rows.sort(
        key=lambda g: (
            g.pass_rate if g.pass_rate is not None else 2.0,
            -g.sites,
            collation_key(g.group),
        )
    )
    return tuple(rows)


def collation_key(name: str) -> tuple[bytes, str]:
    """Names in the order a Chinese reader expects: GB2312's common characters are laid
    out by pinyin, so their GB18030 bytes sort 福建省 < 河南省 < 山西省 < 四川省 < 浙江省
    (code points give 四 < 山 < 河 < 浙 < 福). Latin letters and digits come first."""
    return name.casefold().encode("gb18030", "replace"), name
