"""SQLite storage: schema and migrations, batched transactional writes, WAL reads, records."""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from crawler.errors import StorageError
from crawler.models import (
    STATUSES,
    FetchRecord,
    Finding,
    Link,
    PageObservations,
    Redirect,
    Site,
    SiteResult,
    Verdict,
)
from crawler.storage import (
    MIGRATIONS,
    ResultStore,
    done_urls,
    iter_result_records,
    open_database,
    resolve_scan_id,
    unfinished_scan,
)
from tests.contract import CONTRACT_KEYS

NOW = datetime(2026, 11, 25, 8, 30, 15, 123456, tzinfo=UTC)


SITE_A = Site("http://a.test/", name="甲站", group="甲省", source="sites.csv:2")
SITE_B = Site("http://b.test/", name="B", group="g", source="sites.csv:3")
SITE_C = Site("http://c.test/", name="C", group="g", source="sites.csv:4")


def healthy_result(site: Site, *, slow: bool = False) -> SiteResult:
    fetch = FetchRecord(
        url=site.url,
        final_url=site.url + "index.html",
        http_status=200,
        response_ms=4200 if slow else 120,
        body_bytes=2048,
        content_type="text/html",
        server="nginx",
        etag='"v1"',
        redirects=(Redirect(site.url + "index.html", 302),),
    )
    page = PageObservations(
        title="示例县人民政府",
        encoding="gb18030",
        text_length=900,
        links=(Link("/a.html", "A"), Link("/b.html", "B")),
        link_count=2,
        fingerprint="abc123",
    )
    findings = (
        (Finding("slow", "homepage took 4,200 ms", data={"response_ms": 4200, "limit_ms": 3000}),)
        if slow
        else ()
    )
    verdict = Verdict(
        "healthy",
        findings,
        95 if slow else 100,
        True,
        last_updated=date(2026, 11, 20),
        last_updated_source="content",
    )
    return SiteResult(site, NOW, fetch, page, verdict)


def unreachable_result(site: Site) -> SiteResult:
    fetch = FetchRecord(url=site.url, error_kind="connect", error_detail="refused", attempts=3)
    finding = Finding("unreachable", "homepage unreachable", veto=True, data={"kind": "connect"})
    return SiteResult(site, NOW, fetch, None, Verdict("unreachable", (finding,), 0, False))


def new_store(path: Path, sites: list[Site]) -> tuple[ResultStore, int]:
    store = ResultStore(open_database(path))
    scan_id = store.start_scan(NOW, "full", len(sites), "digest", "/etc/c.toml")
    store.register_sites(sites, NOW)
    return store, scan_id


def count(conn: sqlite3.Connection | ResultStore, table: str) -> int:
    connection = conn.db.conn if isinstance(conn, ResultStore) else conn
    return int(connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_open_creates_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "health.db"  # parents are created

    db = open_database(path)

    assert path.is_file()
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    assert {"sites", "scans", "checks", "findings"} <= set(db.table_names())
    db.conn.close()
    # WAL is a property of the file: a plain connection sees it too.
    with sqlite3.connect(path) as plain:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    plain.close()


def test_reopening_is_idempotent_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "health.db"
    store, scan_id = new_store(path, [SITE_A])
    store.write_batch(scan_id, [healthy_result(SITE_A)])
    schema = store.db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    store.db.conn.close()

    for _ in range(2):
        db = open_database(path)
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
        assert count(db.conn, "checks") == 1
        db.conn.close()


# The schema as migration 1 first shipped it (commit c5e8b1b). Migrations are append-only:
# a database made then must still open, migrate and take new results.
def test_open_without_create_needs_an_existing_database(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    with pytest.raises(StorageError) as caught:
        open_database(path, create=False)
    assert str(path) in str(caught.value)
    assert not path.exists()


def test_newer_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()

    with pytest.raises(StorageError, match="newer"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not SQLite\n" * 100)
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert str(path) in str(caught.value)


def test_a_parent_that_is_a_file_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "results"
    blocker.write_text("a file, not a folder")
    path = blocker / "health.db"
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert str(path) in str(caught.value) or str(blocker) in str(caught.value)


def test_write_batch_stores_checks_and_findings(tmp_path: Path) -> None:
    store, scan_id = new_store(tmp_path / "h.db", [SITE_A, SITE_B])

    store.write_batch(scan_id, [healthy_result(SITE_A, slow=True), unreachable_result(SITE_B)])

    conn = store.db.conn
    rows = conn.execute(
        "SELECT sites.url, checks.status, checks.score, checks.passed, checks.http_status,"
        " checks.response_ms, checks.checked_at, checks.last_updated, checks.title,"
        " checks.link_count, checks.encoding, checks.attempts, checks.error_kind, checks.redirects"
        " FROM checks JOIN sites ON sites.id = checks.site_id WHERE scan_id = ? ORDER BY sites.url",
        (scan_id,),
    ).fetchall()
    assert rows == [
        (
            "http://a.test/", "healthy", 95, 1, 200, 4200, "2026-11-25T08:30:15Z",
            "2026-11-20", "示例县人民政府", 2, "gb18030", 1, None,
            json.dumps([{"url": "http://a.test/index.html", "status": 302}]),
        ),
        (
            "http://b.test/", "unreachable", 0, 0, None, None, "2026-11-25T08:30:15Z",
            None, "", 0, "", 3, "connect", "[]",
        ),
    ]  # fmt: skip
    findings = conn.execute(
        "SELECT sites.url, code, detail, count, veto, data FROM findings"
        " JOIN checks ON checks.id = findings.check_id JOIN sites ON sites.id = checks.site_id"
        " ORDER BY sites.url"
    ).fetchall()
    assert [(url, code, veto, json.loads(data)) for url, code, _, _, veto, data in findings] == [
        ("http://a.test/", "slow", 0, {"response_ms": 4200, "limit_ms": 3000}),
        ("http://b.test/", "unreachable", 1, {"kind": "connect"}),
    ]
    assert conn.execute("SELECT site_done FROM scans WHERE id = ?", (scan_id,)).fetchone() == (2,)
    assert done_urls(store.db, scan_id) == {"http://a.test/", "http://b.test/"}


def test_empty_batch_writes_nothing(tmp_path: Path) -> None:
    store, scan_id = new_store(tmp_path / "h.db", [SITE_A])
    store.write_batch(scan_id, [])
    assert count(store, "checks") == 0
    assert not store.db.conn.in_transaction


def test_failed_batch_leaves_no_partial_rows(tmp_path: Path) -> None:
    store, scan_id = new_store(tmp_path / "h.db", [SITE_A, SITE_B])
    store.write_batch(scan_id, [healthy_result(SITE_A)])
    stranger = Site("http://never-registered.test/")

    with pytest.raises(KeyError):
        store.write_batch(
            scan_id,
            [
                healthy_result(SITE_B, slow=True),
                unreachable_result(SITE_C),
                healthy_result(stranger),
            ],
        )

    conn = store.db.conn
    assert not conn.in_transaction
    assert count(conn, "checks") == 1  # only the earlier, committed batch
    assert count(conn, "findings") == 0
    assert conn.execute("SELECT site_done FROM scans").fetchone() == (1,)
    # A fresh connection sees the same: nothing of the failed batch was committed.
    with sqlite3.connect(tmp_path / "h.db") as other:
        assert count(other, "checks") == 1
    other.close()
    # And the store still works afterwards.
    store.write_batch(scan_id, [healthy_result(SITE_B, slow=True)])
    assert count(conn, "checks") == 2 and count(conn, "findings") == 1


def test_rewriting_a_site_in_the_same_scan_replaces_its_check(tmp_path: Path) -> None:
    # checks has UNIQUE (scan_id, site_id) and the store writes with INSERT OR REPLACE:
    # a second result for a site replaces the first, findings included.
    store, scan_id = new_store(tmp_path / "h.db", [SITE_A])
    store.write_batch(scan_id, [unreachable_result(SITE_A)])

    store.write_batch(scan_id, [healthy_result(SITE_A, slow=True)])

    records = list(iter_result_records(store.db, scan_id))
    assert [(r["status"], [f["code"] for f in r["findings"]]) for r in records] == [
        ("healthy", ["slow"])
    ]
    assert count(store, "checks") == 1 and count(store, "findings") == 1


def test_register_sites_refreshes_names_and_keeps_ids(tmp_path: Path) -> None:
    store, _ = new_store(tmp_path / "h.db", [SITE_A, SITE_B])
    ids = dict(store.db.execute("SELECT url, id FROM sites").fetchall())
    later = NOW + timedelta(days=1)

    store.register_sites([Site(SITE_A.url, name="新名字", group="新组"), SITE_C], later)

    rows = {
        url: (site_id, name, group, first, last)
        for site_id, url, name, group, first, last in store.db.execute(
            "SELECT id, url, name, site_group, first_seen, last_seen FROM sites"
        )
    }
    assert rows[SITE_A.url] == (
        ids[SITE_A.url],
        "新名字",
        "新组",
        "2026-11-25T08:30:15Z",
        "2026-11-26T08:30:15Z",
    )
    assert rows[SITE_B.url][0] == ids[SITE_B.url]
    assert SITE_C.url in rows


def test_reader_reads_while_writer_holds_a_write_transaction(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    store, scan_id = new_store(path, [SITE_A, SITE_B])
    store.write_batch(scan_id, [healthy_result(SITE_A)])
    reader = open_database(path, create=False)
    reader.conn.execute("PRAGMA busy_timeout = 100")  # fail fast instead of waiting 10 s
    writer = store.db.conn

    writer.execute("BEGIN IMMEDIATE")
    try:
        writer.execute(
            "INSERT INTO sites (url, first_seen, last_seen) VALUES ('http://x/', '', '')"
        )
        started = time.monotonic()
        records = list(iter_result_records(reader, scan_id))  # must not block or raise
        assert time.monotonic() - started < 1
        assert [r["url"] for r in records] == [SITE_A.url]
        assert count(reader.conn, "sites") == 2  # the uncommitted row is invisible
    finally:
        writer.execute("COMMIT")
    assert count(reader.conn, "sites") == 3
    reader.conn.close()


def test_resolve_scan_id(tmp_path: Path) -> None:
    store, first = new_store(tmp_path / "h.db", [SITE_A])
    db = store.db
    with pytest.raises(StorageError, match="no scan results"):
        resolve_scan_id(db, "latest")  # a scan exists, but it has no results yet

    store.write_batch(first, [healthy_result(SITE_A)])
    store.finish_scan(first, NOW)
    second = store.start_scan(NOW, "home", 1, "", "")
    store.write_batch(second, [unreachable_result(SITE_A)])
    third = store.start_scan(NOW, "home", 1, "", "")  # started, nothing written yet

    assert resolve_scan_id(db, "latest") == second
    assert resolve_scan_id(db, str(first)) == first
    assert resolve_scan_id(db, str(third)) == third
    with pytest.raises(StorageError, match="7"):
        resolve_scan_id(db, "7")
    for bad in ("x", "-1", "1.0", ""):
        with pytest.raises(StorageError):
            resolve_scan_id(db, bad)
    assert unfinished_scan(db)["id"] == third  # type: ignore[index]


def test_iter_result_records_shape(tmp_path: Path) -> None:
    store, scan_id = new_store(tmp_path / "h.db", [SITE_A, SITE_B, SITE_C])
    store.write_batch(scan_id, [unreachable_result(SITE_B), healthy_result(SITE_A, slow=True)])
    store.write_batch(scan_id, [healthy_result(SITE_C)])
    counts = store.finish_scan(scan_id, NOW)
    assert counts == {**dict.fromkeys(STATUSES, 0), "healthy": 2, "unreachable": 1}

    records = list(iter_result_records(store.db, scan_id))

    assert [r["url"] for r in records] == [SITE_A.url, SITE_B.url, SITE_C.url]  # site order
    for record in records:
        assert set(record) >= CONTRACT_KEYS
        assert record["status"] in STATUSES
        assert isinstance(record["passed"], bool)
        json.dumps(record)  # plain JSON types only
        for finding in record["findings"]:
            assert {"code", "detail", "count"} <= set(finding)
    a, b, c = records
    assert (a["name"], a["group"]) == ("甲站", "甲省")
    assert a["checked_at"] == "2026-11-25T08:30:15Z"
    assert datetime.fromisoformat(a["checked_at"]) == NOW.replace(microsecond=0)
    assert a["last_updated"] == "2026-11-20"
    assert a["last_updated_source"] == "content"
    assert (a["http_status"], a["response_ms"], a["score"], a["passed"]) == (200, 4200, 95, True)
    assert a["final_url"] == "http://a.test/index.html"
    assert a["findings"] == [
        {
            "code": "slow",
            "detail": "homepage took 4,200 ms",
            "count": None,
            "response_ms": 4200,
            "limit_ms": 3000,
        }
    ]
    assert a["redirects"] == [{"url": "http://a.test/index.html", "status": 302}]
    assert a["error_kind"] is None
    assert b["status"] == "unreachable" and b["passed"] is False and b["score"] == 0
    assert b["error_kind"] == "connect"
    assert b["final_url"] is None and b["http_status"] is None
    assert b["findings"] == [
        {"code": "unreachable", "detail": "homepage unreachable", "count": None, "kind": "connect"}
    ]
    assert c["findings"] == []
    # The same finding as a record equals the model's own dict form.
    assert a["findings"][0] == healthy_result(SITE_A, slow=True).verdict.findings[0].to_dict()


def test_a_version_1_database_is_migrated_with_its_history_summarised(tmp_path: Path) -> None:
    import sqlite3

    import sqlite_utils

    from crawler.storage import _migration_1

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    _migration_1(sqlite_utils.Database(conn))
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO sites (id, url, name, site_group, first_seen, last_seen)"
        " VALUES (1, 'http://a.test/', 'A', '北京市', '2026-10-01T00:00:00Z', '2026-10-02T00:00:00Z')"
    )
    for scan_id, day, status, passed in ((1, "01", "unreachable", 0), (2, "02", "unreachable", 0)):
        conn.execute(
            "INSERT INTO scans (id, started_at, finished_at, depth) VALUES (?, ?, ?, 'full')",
            (scan_id, f"2026-10-{day}T01:00:00Z", f"2026-10-{day}T02:00:00Z"),
        )
        conn.execute(
            "INSERT INTO checks (id, scan_id, site_id, checked_at, status, score, passed)"
            " VALUES (?, ?, 1, ?, ?, 0, ?)",
            (scan_id, scan_id, f"2026-10-{day}T01:30:00Z", status, passed),
        )
    conn.close()

    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert list(
        db.execute("SELECT scan_id, sites, unreachable FROM scan_groups ORDER BY scan_id")
    ) == [
        (1, 1, 1),
        (2, 1, 1),
    ]
    # The streak reaches back to the first scan: dead since 2026-10-01.
    assert db.execute("SELECT dead_since FROM checks WHERE scan_id = 2").fetchone()[0] == (
        "2026-10-01T01:30:00Z"
    )
