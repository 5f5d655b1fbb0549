"""SQLite storage: schema and migrations as code, batched writes, scan bookkeeping.

The database is in WAL mode so reports can read while a scan writes. Results are
written in batches, each batch one transaction: a scan killed at any moment leaves
a valid database holding every batch committed before it, and `scan --resume`
carries on from there.

Tables: sites (one row per URL ever listed), scans (one per run), checks (one per
site per scan: the fetch record, the verdict, a few page facts and the status
streaks), findings (one per finding of a check), check_columns, broken_links, pages
(each page's change history), and the per-scan summaries scan_groups and
scan_findings (crawler.history).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.errors import StorageError
from crawler.history import SITE_GROUP, summarise_scan
from crawler.models import STATUSES, PageHistory, Site, SiteResult
from crawler.transactions import transaction

# sqlite-utils imports numpy and pandas when they are installed, only to store their
# values, which this project never does. Imported with them hidden, every scan process
# is spared ~9 MB and ~40 ms; both stay importable afterwards.
_HIDDEN = [name for name in ("numpy", "pandas") if name not in sys.modules]
sys.modules.update(dict.fromkeys(_HIDDEN))  # type: ignore[arg-type]  # None: "not installed"
try:
    import sqlite_utils
finally:
    for _name in _HIDDEN:
        if _name in sys.modules and sys.modules[_name] is None:
            del sys.modules[_name]

Database = sqlite_utils.Database


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    # fromisoformat is ~50x faster than strptime: reports parse 100,000s of these.
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _migration_1(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE sites (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            site_group TEXT NOT NULL DEFAULT '',
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE scans (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            depth TEXT NOT NULL,
            site_total INTEGER NOT NULL DEFAULT 0,
            site_done INTEGER NOT NULL DEFAULT 0,
            counts TEXT NOT NULL DEFAULT '{}',
            passed INTEGER NOT NULL DEFAULT 0,
            config_digest TEXT NOT NULL DEFAULT '',
            config_path TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """
        CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            scan_id INTEGER NOT NULL REFERENCES scans(id),
            site_id INTEGER NOT NULL REFERENCES sites(id),
            checked_at TEXT NOT NULL,
            final_url TEXT NOT NULL DEFAULT '',
            http_status INTEGER,
            response_ms INTEGER,
            body_bytes INTEGER NOT NULL DEFAULT 0,
            content_type TEXT NOT NULL DEFAULT '',
            encoding TEXT NOT NULL DEFAULT '',
            last_modified TEXT,
            etag TEXT,
            server TEXT,
            cert_expires TEXT,
            tls_error TEXT,
            redirects TEXT NOT NULL DEFAULT '[]',
            attempts INTEGER NOT NULL DEFAULT 1,
            error_kind TEXT,
            error_detail TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            score INTEGER NOT NULL,
            passed INTEGER NOT NULL,
            last_updated TEXT,
            last_updated_source TEXT,
            title TEXT NOT NULL DEFAULT '',
            text_length INTEGER NOT NULL DEFAULT 0,
            link_count INTEGER NOT NULL DEFAULT 0,
            fingerprint TEXT NOT NULL DEFAULT '',
            UNIQUE (scan_id, site_id)
        )"""
    )
    db.execute("CREATE INDEX checks_site ON checks (site_id, scan_id)")
    db.execute("CREATE INDEX checks_scan_status ON checks (scan_id, status)")
    db.execute(
        """
        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            check_id INTEGER NOT NULL REFERENCES checks(id),
            code TEXT NOT NULL,
            detail TEXT NOT NULL,
            count INTEGER,
            veto INTEGER NOT NULL DEFAULT 0,
            data TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute("CREATE INDEX findings_check ON findings (check_id)")
    db.execute("CREATE INDEX findings_code ON findings (code)")
    db.execute(
        """
        CREATE TABLE check_columns (
            id INTEGER PRIMARY KEY,
            check_id INTEGER NOT NULL REFERENCES checks(id),
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            url TEXT NOT NULL,
            items INTEGER NOT NULL,
            newest TEXT,
            empty INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL,
            error TEXT
        )"""
    )
    db.execute("CREATE INDEX check_columns_check ON check_columns (check_id)")
    db.execute(
        """
        CREATE TABLE broken_links (
            id INTEGER PRIMARY KEY,
            check_id INTEGER NOT NULL REFERENCES checks(id),
            page_url TEXT NOT NULL,
            url TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            resource TEXT NOT NULL,
            status INTEGER,
            detail TEXT NOT NULL,
            suspected INTEGER NOT NULL,
            on_homepage INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX broken_links_check ON broken_links (check_id)")
    # The change history of every page read: what conditional GETs and the
    # "unchanged for N days" rule need.
    db.execute(
        """
        CREATE TABLE pages (
            site_id INTEGER NOT NULL REFERENCES sites(id),
            url TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            first_seen TEXT NOT NULL,
            last_changed TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (site_id, url)
        ) WITHOUT ROWID"""
    )


def _migration_2(db: sqlite_utils.Database) -> None:
    """Status streaks on checks, per-scan summaries, and the retention marker."""
    db.execute("ALTER TABLE checks ADD COLUMN status_since TEXT")
    db.execute("ALTER TABLE checks ADD COLUMN dead_since TEXT")
    db.execute("ALTER TABLE scans ADD COLUMN pruned INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """
        CREATE TABLE scan_groups (
            scan_id INTEGER NOT NULL REFERENCES scans(id),
            site_group TEXT NOT NULL,
            sites INTEGER NOT NULL,
            passed INTEGER NOT NULL,
            healthy INTEGER NOT NULL,
            stale INTEGER NOT NULL,
            zombie INTEGER NOT NULL,
            unreachable INTEGER NOT NULL,
            hijacked INTEGER NOT NULL,
            PRIMARY KEY (scan_id, site_group)
        ) WITHOUT ROWID"""
    )
    db.execute(
        """
        CREATE TABLE scan_findings (
            scan_id INTEGER NOT NULL REFERENCES scans(id),
            site_group TEXT NOT NULL,
            code TEXT NOT NULL,
            sites INTEGER NOT NULL,
            total INTEGER NOT NULL,
            vetoes INTEGER NOT NULL,
            PRIMARY KEY (scan_id, site_group, code)
        ) WITHOUT ROWID"""
    )
    for (scan_id,) in db.execute(
        "SELECT id FROM scans WHERE finished_at IS NOT NULL ORDER BY id"
    ).fetchall():
        summarise_scan(db.conn, scan_id, group="sites.site_group")  # before migration 4


def _migration_3(db: sqlite_utils.Database) -> None:
    """The daemon: availability probes and their roll-ups, up/down states, the alert
    outbox, and the jobs' last runs (for `crawler status`)."""
    # One row per probe while recent; `excluded` marks a probe inside a maintenance
    # window (kept, but not counted by the availability rule).
    db.execute(
        """
        CREATE TABLE probes (
            site_id INTEGER NOT NULL REFERENCES sites(id),
            probed_at TEXT NOT NULL,
            ok INTEGER NOT NULL,
            response_ms INTEGER,
            http_status INTEGER,
            error_kind TEXT,
            excluded INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX probes_time ON probes (probed_at)")
    db.execute("CREATE INDEX probes_site ON probes (site_id, probed_at)")
    for table, period in (("probe_hours", "hour"), ("probe_days", "day")):
        # period: "2026-11-25T13" (UTC hour) or "2026-11-25" (UTC day).
        db.execute(
            f"""
            CREATE TABLE {table} (
                site_id INTEGER NOT NULL REFERENCES sites(id),
                {period} TEXT NOT NULL,
                probes INTEGER NOT NULL,
                failures INTEGER NOT NULL,
                excluded INTEGER NOT NULL,
                ms_total INTEGER NOT NULL,
                PRIMARY KEY ({period}, site_id)
            ) WITHOUT ROWID"""
        )
    db.execute(
        """
        CREATE TABLE probe_states (
            site_id INTEGER PRIMARY KEY REFERENCES sites(id),
            state TEXT NOT NULL,
            failures INTEGER NOT NULL,
            successes INTEGER NOT NULL,
            since TEXT NOT NULL,
            last_probe TEXT NOT NULL,
            last_error TEXT
        )"""
    )
    # `key` makes an alert unique: the same change is never sent twice.
    db.execute(
        """
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            site_id INTEGER REFERENCES sites(id),
            event TEXT NOT NULL,
            raised_at TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            suppressed INTEGER NOT NULL DEFAULT 0,
            sent_at TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt TEXT,
            last_error TEXT,
            gave_up INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX alerts_pending ON alerts (sent_at, gave_up, suppressed)")
    db.execute(
        """
        CREATE TABLE daemon_jobs (
            job TEXT PRIMARY KEY,
            next_run TEXT,
            last_start TEXT,
            last_end TEXT,
            last_outcome TEXT,
            detail TEXT NOT NULL DEFAULT ''
        )"""
    )


def _migration_4(db: sqlite_utils.Database) -> None:
    """A check's group as its scan's list gave it: `sites.site_group` is the newest
    list's (a later scan, even an unfinished one, rewrites it), while a scan's report,
    export and summaries group its sites as that scan saw them. NULL: the site's group
    (crawler.history.SITE_GROUP); set only on the checks of a site whose group a later
    list changed (register_sites), so the index holds moved sites' checks only."""
    db.execute("ALTER TABLE checks ADD COLUMN site_group TEXT")
    db.execute(
        "CREATE INDEX checks_regrouped ON checks (scan_id, site_group) WHERE site_group IS NOT NULL"
    )


# Append-only: migration N takes a database from user_version N-1 to N.
MIGRATIONS: Sequence[Callable[[sqlite_utils.Database], None]] = (
    _migration_1,
    _migration_2,
    _migration_3,
    _migration_4,
)


def open_database(path: Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and create or migrate) the results database."""
    if not create and not path.exists():
        raise StorageError(f"{path}: no results database here (run a scan first)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL survives a killed process; only a power cut may lose the last batch.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = sqlite_utils.Database(conn)
        migrate(db)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise StorageError(f"{path}: cannot use the results database: {exc}") from None
    return db


def migrate(db: sqlite_utils.Database) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise StorageError(
            f"database schema version {version} is newer than this program knows "
            f"({len(MIGRATIONS)}); upgrade the program"
        )
    for number in range(version + 1, len(MIGRATIONS) + 1):
        with transaction(db.conn):
            MIGRATIONS[number - 1](db)
            db.conn.execute(f"PRAGMA user_version = {number}")


_CHECK_COLUMNS = (
    "scan_id",
    "site_id",
    "checked_at",
    "final_url",
    "http_status",
    "response_ms",
    "body_bytes",
    "content_type",
    "encoding",
    "last_modified",
    "etag",
    "server",
    "cert_expires",
    "tls_error",
    "redirects",
    "attempts",
    "error_kind",
    "error_detail",
    "status",
    "score",
    "passed",
    "last_updated",
    "last_updated_source",
    "title",
    "text_length",
    "link_count",
    "fingerprint",
)


class ResultStore:
    """Writes a scan's results. Not thread-safe: use from one thread at a time."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._site_ids = self._load_site_ids()

    def _load_site_ids(self) -> dict[str, int]:
        return {url: site_id for site_id, url in self.db.execute("SELECT id, url FROM sites")}

    def start_scan(
        self, started: datetime, depth: str, total: int, config_digest: str, config_path: str
    ) -> int:
        with self.db.conn:
            cursor = self.db.conn.execute(
                "INSERT INTO scans (started_at, depth, site_total, config_digest, config_path)"
                " VALUES (?, ?, ?, ?, ?)",
                (utc_text(started), depth, total, config_digest, config_path),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def register_sites(self, sites: Iterable[Site], seen: datetime) -> None:
        """Add new sites and refresh names, groups and last_seen of known ones."""
        now = utc_text(seen)
        rows = [(s.url, s.name, s.group, now, now) for s in sites]
        known = {
            url: (site_id, group)
            for site_id, url, group in self.db.execute("SELECT id, url, site_group FROM sites")
        }
        # A site the list puts in another group keeps its old one on its earlier checks.
        moved = [
            (known[s.url][1], known[s.url][0])
            for s in sites
            if s.url in known and known[s.url][1] != s.group
        ]
        with transaction(self.db.conn, immediate=False):
            if moved:
                self.db.conn.executemany(
                    "UPDATE checks SET site_group = ? WHERE site_id = ? AND site_group IS NULL",
                    moved,
                )
            self.db.conn.executemany(
                "INSERT INTO sites (url, name, site_group, first_seen, last_seen)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET"
                " name = excluded.name, site_group = excluded.site_group,"
                " last_seen = excluded.last_seen",
                rows,
            )
        self._site_ids = self._load_site_ids()

    def site_ids(self) -> dict[str, int]:
        """URL -> id of every registered site."""
        return dict(self._site_ids)

    def write_batch(self, scan_id: int, results: Sequence[SiteResult]) -> None:
        """Store results in one transaction."""
        if not results:
            return
        conn = self.db.conn
        with transaction(conn, immediate=False):
            for result in results:
                self._write_one(conn, scan_id, result)
            conn.execute(
                "UPDATE scans SET site_done = (SELECT COUNT(*) FROM checks WHERE scan_id = ?)"
                " WHERE id = ?",
                (scan_id, scan_id),
            )

    def _write_one(self, conn: sqlite3.Connection, scan_id: int, result: SiteResult) -> None:
        fetch, page, verdict = result.fetch, result.page, result.verdict
        site_id = self._site_ids[result.site.url]
        # A site checked again in the same scan replaces its earlier check and findings.
        for table in ("findings", "check_columns", "broken_links"):
            conn.execute(
                f"DELETE FROM {table} WHERE check_id IN"
                " (SELECT id FROM checks WHERE scan_id = ? AND site_id = ?)",
                (scan_id, site_id),
            )
        conn.execute("DELETE FROM checks WHERE scan_id = ? AND site_id = ?", (scan_id, site_id))
        cursor = conn.execute(
            f"INSERT INTO checks ({', '.join(_CHECK_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(_CHECK_COLUMNS))})",
            (
                scan_id,
                site_id,
                utc_text(result.checked_at),
                fetch.final_url,
                fetch.http_status,
                fetch.response_ms,
                fetch.body_bytes,
                fetch.content_type,
                page.encoding if page else "",
                fetch.last_modified,
                fetch.etag,
                fetch.server,
                fetch.cert_expires,
                fetch.tls_error,
                json.dumps([asdict(r) for r in fetch.redirects], ensure_ascii=False),
                fetch.attempts,
                fetch.error_kind,
                fetch.error_detail,
                verdict.status,
                verdict.score,
                int(verdict.passed),
                verdict.last_updated.isoformat() if verdict.last_updated else None,
                verdict.last_updated_source,
                page.title if page else "",
                page.text_length if page else 0,
                page.link_count if page else 0,
                page.fingerprint if page else "",
            ),
        )
        check_id = cursor.lastrowid
        conn.executemany(
            "INSERT INTO check_columns (check_id, name, type, url, items, newest, empty, source,"
            " error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    check_id,
                    c.name,
                    c.type,
                    c.url,
                    c.items,
                    c.newest.isoformat() if c.newest else None,
                    int(c.empty),
                    c.source,
                    c.error,
                )
                for c in result.columns
            ],
        )
        conn.executemany(
            "INSERT INTO broken_links (check_id, page_url, url, text, resource, status, detail,"
            " suspected, on_homepage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    check_id,
                    b.page_url,
                    b.url,
                    b.text,
                    b.resource,
                    b.status,
                    b.detail,
                    int(b.suspected),
                    int(b.on_homepage),
                )
                for b in result.broken_links
            ],
        )
        conn.executemany(
            "INSERT INTO pages (site_id, url, fingerprint, etag, last_modified, first_seen,"
            " last_changed, last_seen, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (site_id, url) DO UPDATE SET fingerprint = excluded.fingerprint,"
            " etag = excluded.etag, last_modified = excluded.last_modified,"
            " first_seen = excluded.first_seen, last_changed = excluded.last_changed,"
            " last_seen = excluded.last_seen, summary = excluded.summary",
            [
                (
                    site_id,
                    p.url,
                    p.fingerprint,
                    p.etag,
                    p.last_modified,
                    utc_text(p.first_seen),
                    utc_text(p.last_changed),
                    utc_text(result.checked_at),
                    p.summary,
                )
                for p in result.pages
            ],
        )
        conn.executemany(
            "INSERT INTO findings (check_id, code, detail, count, veto, data)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    check_id,
                    f.code,
                    f.detail,
                    f.count,
                    int(f.veto),
                    json.dumps(dict(f.data), ensure_ascii=False, default=str),
                )
                for f in verdict.findings
            ],
        )

    def sites_with_history(self) -> frozenset[str]:
        """URLs of the sites whose pages an earlier scan stored."""
        return frozenset(
            url
            for (url,) in self.db.execute(
                "SELECT url FROM sites WHERE id IN (SELECT DISTINCT site_id FROM pages)"
            )
        )

    def page_history(self, site_url: str) -> dict[str, PageHistory]:
        """What earlier scans saw of a site's pages, by URL."""
        site_id = self._site_ids.get(site_url)
        if site_id is None:
            return {}
        return {
            url: PageHistory(
                url, fingerprint, etag, last_modified, parse_utc(first), parse_utc(changed), summary
            )
            for url, fingerprint, etag, last_modified, first, changed, summary in self.db.execute(
                "SELECT url, fingerprint, etag, last_modified, first_seen, last_changed, summary"
                " FROM pages WHERE site_id = ?",
                [site_id],
            )
        }

    def finish_scan(self, scan_id: int, finished: datetime) -> dict[str, int]:
        """Close a scan: record its end and its counts per status."""
        counts = {status: 0 for status in STATUSES}
        for status, number in self.db.execute(
            "SELECT status, COUNT(*) FROM checks WHERE scan_id = ? GROUP BY status", [scan_id]
        ):
            counts[status] = number
        passed = self.db.execute(
            "SELECT COUNT(*) FROM checks WHERE scan_id = ? AND passed", [scan_id]
        ).fetchone()[0]
        conn = self.db.conn
        with transaction(conn):
            summarise_scan(conn, scan_id)
            conn.execute(
                "UPDATE scans SET finished_at = ?, counts = ?, passed = ?,"
                " site_done = (SELECT COUNT(*) FROM checks WHERE scan_id = ?) WHERE id = ?",
                (utc_text(finished), json.dumps(counts), passed, scan_id, scan_id),
            )
        return counts


def unfinished_scan(db: sqlite_utils.Database) -> dict[str, Any] | None:
    """The newest scan that never finished, if any."""
    rows = list(db.query("SELECT * FROM scans WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1"))
    return rows[0] if rows else None


def done_urls(db: sqlite_utils.Database, scan_id: int) -> set[str]:
    return {
        url
        for (url,) in db.execute(
            "SELECT sites.url FROM checks JOIN sites ON sites.id = checks.site_id"
            " WHERE checks.scan_id = ?",
            [scan_id],
        )
    }


def resolve_scan_id(db: sqlite_utils.Database, which: str) -> int:
    """`latest` (newest scan with any results), or a numeric id that exists."""
    if which == "latest":
        row = db.execute("SELECT MAX(scan_id) FROM checks").fetchone()
        if row is None or row[0] is None:
            raise StorageError("the database holds no scan results yet")
        return int(row[0])
    if not which.isdigit():
        raise StorageError(f"scan {which!r}: expected 'latest' or a scan number")
    if db.execute("SELECT 1 FROM scans WHERE id = ?", [int(which)]).fetchone() is None:
        raise StorageError(f"scan {which} does not exist")
    return int(which)


def iter_result_records(db: sqlite_utils.Database, scan_id: int) -> Iterator[dict[str, Any]]:
    """The scan's results as output records (the JSON Lines contract), in site order."""
    findings: dict[int, list[dict[str, Any]]] = {}
    for check_id, code, detail, count, data in db.execute(
        "SELECT findings.check_id, code, detail, count, data FROM findings"
        " JOIN checks ON checks.id = findings.check_id WHERE checks.scan_id = ?"
        " ORDER BY findings.id",
        [scan_id],
    ):
        finding = {"code": code, "detail": detail, "count": count}
        finding.update(json.loads(data))
        findings.setdefault(check_id, []).append(finding)
    for row in db.query(
        "SELECT checks.*, sites.url AS site_url, sites.name AS site_name,"
        f" {SITE_GROUP} AS scan_group FROM checks JOIN sites ON sites.id = checks.site_id"
        " WHERE checks.scan_id = ? ORDER BY sites.id",
        [scan_id],
    ):
        yield {
            "url": row["site_url"],
            "name": row["site_name"],
            "group": row["scan_group"],
            "checked_at": row["checked_at"],
            "final_url": row["final_url"] or None,
            "http_status": row["http_status"],
            "response_ms": row["response_ms"],
            "status": row["status"],
            "last_updated": row["last_updated"],
            "last_updated_source": row["last_updated_source"],
            "findings": findings.get(row["id"], []),
            "score": row["score"],
            "passed": bool(row["passed"]),
            "error_kind": row["error_kind"],
            "error_detail": row["error_detail"] or None,
            "title": row["title"],
            "redirects": json.loads(row["redirects"]),
            "bytes": row["body_bytes"],
            "content_type": row["content_type"] or None,
            "encoding": row["encoding"] or None,
            "server": row["server"],
            "last_modified": row["last_modified"],
            "etag": row["etag"],
            "cert_expires": row["cert_expires"],
            "tls_error": row["tls_error"],
            "attempts": row["attempts"],
            "scan_id": row["scan_id"],
        }


def worst_checks(db: sqlite_utils.Database, scan_id: int, limit: int = 10) -> list[dict[str, Any]]:
    """The scan's failing sites, most severe first, with their finding details."""
    order = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUSES))
    rows = list(
        db.query(
            f"SELECT checks.id, sites.url, sites.name, {SITE_GROUP} AS site_group, checks.status,"
            " checks.score FROM checks JOIN sites ON sites.id = checks.site_id"
            " WHERE checks.scan_id = ?"
            " AND (NOT checks.passed OR checks.status != 'healthy' OR checks.score < 100)"
            f" ORDER BY CASE checks.status {order} END, checks.score, sites.url LIMIT ?",
            [scan_id, limit],
        )
    )
    for row in rows:
        row["reasons"] = [
            detail
            for (detail,) in db.execute(
                "SELECT detail FROM findings WHERE check_id = ? ORDER BY veto DESC, id",
                [row["id"]],
            )
        ]
    return rows


def iter_broken_links(db: sqlite_utils.Database, scan_id: int) -> Iterator[dict[str, Any]]:
    """Every broken or suspected link of a scan, with its site and page."""
    for row in db.query(
        f"SELECT sites.url AS site, sites.name AS name, {SITE_GROUP} AS site_group,"
        " broken_links.page_url, broken_links.url, broken_links.text, broken_links.resource,"
        " broken_links.status, broken_links.detail, broken_links.suspected,"
        " broken_links.on_homepage FROM broken_links"
        " JOIN checks ON checks.id = broken_links.check_id"
        " JOIN sites ON sites.id = checks.site_id WHERE checks.scan_id = ?"
        " ORDER BY sites.id, broken_links.id",
        [scan_id],
    ):
        yield {
            "site": row["site"],
            "name": row["name"],
            "group": row["site_group"],
            "page_url": row["page_url"],
            "url": row["url"],
            "text": row["text"],
            "resource": row["resource"],
            "status": row["status"],
            "detail": row["detail"],
            "suspected": bool(row["suspected"]),
            "on_homepage": bool(row["on_homepage"]),
        }
