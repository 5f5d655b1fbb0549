"""What a finished scan leaves for the long run: status streaks, per-scan summaries
and retention.

- Streaks: each check carries `status_since` (start of the site's unbroken run of
  this status) and `dead_since` (start of its unbroken zombie/unreachable run),
  copied forward from the site's previous check of the same depth, so they survive
  the pruning of old rows. Reports read "days in this state" and closure candidates
  from them.
- Summaries: `scan_groups` (sites, passes and counts per status, per group) and
  `scan_findings` (sites, totals and vetoes per finding code, per group) are written
  when a scan finishes and never pruned: trends and headline changes read them.
- Retention: `prune` deletes per-site rows of scans older than `keep_days`, but never
  the two newest finished scans of each depth (what "changes since the previous
  scan" compares) nor an unfinished scan (`--resume` needs it).

`summarise_scan` and `entered_status` run inside the caller's transaction; `prune`
commits one scan at a time, so a catch-up over many scans never holds the write lock
(or grows the WAL) for long while a daemon writes probes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from crawler.transactions import transaction

_DEAD = "('zombie', 'unreachable')"

# A check's group: the one its scan's list gave it (checks.site_group; NULL in rows
# stored before it was kept: the site's). For queries joining `checks` to `sites`.
SITE_GROUP = "COALESCE(checks.site_group, sites.site_group)"


def summarise_scan(conn: sqlite3.Connection, scan_id: int, *, group: str = SITE_GROUP) -> None:
    """Fill the scan's streak columns and its summary rows (idempotent). `group`: the
    SQL of a check's group (a migration older than checks.site_group passes the site's)."""
    _update_streaks(conn, scan_id)
    conn.execute("DELETE FROM scan_groups WHERE scan_id = ?", (scan_id,))
    conn.execute(
        "INSERT INTO scan_groups (scan_id, site_group, sites, passed, healthy, stale, zombie,"
        " unreachable, hijacked)"
        f" SELECT checks.scan_id, {group}, COUNT(*), SUM(checks.passed),"
        " SUM(checks.status = 'healthy'), SUM(checks.status = 'stale'),"
        " SUM(checks.status = 'zombie'), SUM(checks.status = 'unreachable'),"
        " SUM(checks.status = 'hijacked')"
        " FROM checks JOIN sites ON sites.id = checks.site_id WHERE checks.scan_id = ?"
        f" GROUP BY {group}",
        (scan_id,),
    )
    conn.execute("DELETE FROM scan_findings WHERE scan_id = ?", (scan_id,))
    conn.execute(
        "INSERT INTO scan_findings (scan_id, site_group, code, sites, total, vetoes)"
        f" SELECT checks.scan_id, {group}, findings.code,"
        " COUNT(DISTINCT findings.check_id), SUM(COALESCE(findings.count, 1)),"
        " COUNT(DISTINCT CASE WHEN findings.veto THEN findings.check_id END)"
        " FROM findings JOIN checks ON checks.id = findings.check_id"
        " JOIN sites ON sites.id = checks.site_id WHERE checks.scan_id = ?"
        f" GROUP BY {group}, findings.code",
        (scan_id,),
    )


def _update_streaks(conn: sqlite3.Connection, scan_id: int) -> None:
    # First as if every site were new, then carry runs over from each site's previous
    # check in a scan of the same depth (a homepage sweep cannot see stale columns, so
    # mixing depths would break every stale run).
    conn.execute(
        "UPDATE checks SET status_since = checked_at,"
        f" dead_since = CASE WHEN status IN {_DEAD} THEN checked_at END WHERE scan_id = ?",
        (scan_id,),
    )
    conn.execute(
        f"""
        WITH previous AS (
            SELECT current.id AS id, earlier.status AS status,
                   COALESCE(earlier.status_since, earlier.checked_at) AS since,
                   COALESCE(earlier.dead_since, earlier.status_since, earlier.checked_at)
                       AS dead_since
            FROM checks AS current
            JOIN checks AS earlier ON earlier.id = (
                SELECT candidate.id FROM checks AS candidate
                JOIN scans ON scans.id = candidate.scan_id
                WHERE candidate.site_id = current.site_id
                  AND candidate.scan_id < current.scan_id
                  AND scans.depth = (SELECT depth FROM scans WHERE id = current.scan_id)
                ORDER BY candidate.scan_id DESC LIMIT 1)
            WHERE current.scan_id = :scan
        )
        UPDATE checks SET
            status_since = CASE WHEN previous.status = checks.status
                                THEN previous.since ELSE checks.checked_at END,
            dead_since = CASE
                WHEN checks.status NOT IN {_DEAD} THEN NULL
                WHEN previous.status IN {_DEAD} THEN previous.dead_since
                ELSE checks.checked_at END
        FROM previous WHERE previous.id = checks.id
        """,
        {"scan": scan_id},
    )


@dataclass(frozen=True)
class PruneResult:
    scans: int  # scans whose per-site rows went
    checks: int
    pages: int  # page histories of sites no longer scanned


def prune(conn: sqlite3.Connection, keep_days: int, now: datetime) -> PruneResult:
    """Delete per-site rows older than `keep_days` (0: keep everything). The connection
    must be in autocommit mode (no transaction open): each scan is its own."""
    if keep_days <= 0:
        return PruneResult(0, 0, 0)
    cutoff = (now - timedelta(days=keep_days)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    scan_ids = [
        scan_id
        for (scan_id,) in conn.execute(
            "SELECT id FROM scans WHERE started_at < ? AND finished_at IS NOT NULL"
            " AND NOT pruned AND id NOT IN (SELECT id FROM ("
            "   SELECT id, ROW_NUMBER() OVER (PARTITION BY depth ORDER BY id DESC) AS age"
            "   FROM scans WHERE finished_at IS NOT NULL) WHERE age <= 2)",
            (cutoff,),
        )
    ]
    checks = 0
    for scan_id in scan_ids:
        with transaction(conn):
            owned = "SELECT id FROM checks WHERE scan_id = ?"
            for table in ("findings", "check_columns", "broken_links"):
                conn.execute(f"DELETE FROM {table} WHERE check_id IN ({owned})", (scan_id,))
            checks += conn.execute("DELETE FROM checks WHERE scan_id = ?", (scan_id,)).rowcount
            conn.execute("UPDATE scans SET pruned = 1 WHERE id = ?", (scan_id,))
    with transaction(conn):
        pages = conn.execute("DELETE FROM pages WHERE last_seen < ?", (cutoff,)).rowcount
    return PruneResult(len(scan_ids), checks, pages)


@dataclass(frozen=True)
class StatusChange:
    url: str
    status: str
    previous: str
    checked_at: str  # UTC text, as stored
    evidence: str  # the site's first findings, in plain words
    # Those findings as stored: (code, detail, count, veto, data as JSON text).
    findings: tuple[tuple[str, str, int | None, bool, str], ...] = ()


def entered_status(
    conn: sqlite3.Connection, scan_id: int, statuses: tuple[str, ...]
) -> list[StatusChange]:
    """Sites that entered one of `statuses` in this scan, from a different status in
    their previous check of the same depth (a site's first check is no change)."""
    marks = ",".join("?" * len(statuses))
    changes = []
    for check_id, url, status, checked_at, previous in conn.execute(
        f"""
        SELECT checks.id, sites.url, checks.status, checks.checked_at,
            (SELECT earlier.status FROM checks AS earlier JOIN scans ON scans.id = earlier.scan_id
             WHERE earlier.site_id = checks.site_id AND earlier.scan_id < checks.scan_id
               AND scans.depth = (SELECT depth FROM scans WHERE id = checks.scan_id)
             ORDER BY earlier.scan_id DESC LIMIT 1)
        FROM checks JOIN sites ON sites.id = checks.site_id
        WHERE checks.scan_id = ? AND checks.status IN ({marks})
          AND checks.status_since = checks.checked_at
        ORDER BY sites.id""",
        (scan_id, *statuses),
    ):
        if previous is None or previous == status:
            continue
        findings = tuple(
            (code, detail, count, bool(veto), data)
            for code, detail, count, veto, data in conn.execute(
                "SELECT code, detail, count, veto, data FROM findings WHERE check_id = ?"
                " ORDER BY veto DESC, id LIMIT 3",
                (check_id,),
            )
        )
        evidence = "; ".join(finding[1] for finding in findings)
        changes.append(StatusChange(url, status, previous, checked_at, evidence, findings))
    return changes
