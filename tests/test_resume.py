"""A scan killed with SIGKILL keeps what it stored, and --resume finishes it."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import sys
import time
from pathlib import Path

from aiohttp import web

from crawler.storage import iter_result_records, open_database
from tests.farm import Farm

REPO = Path(__file__).resolve().parents[1]
SITES = 240


def write_config(tmp_path: Path, port: int) -> Path:
    sites = tmp_path / "sites.csv"
    sites.write_text(
        "url,name,group\n"
        + "".join(f"http://n{i}.farm.test/,Site {i},g{i % 4}\n" for i in range(SITES)),
        encoding="utf-8",
    )
    config = tmp_path / "scan.toml"
    config.write_text(
        f"""
sites_file = "sites.csv"
[crawler]
concurrency = 8
timeout = 2
retries = 0
parse_workers = 0
[network]
resolve = {{ "*.farm.test" = "127.0.0.1:{port}" }}
system_dns = false
[storage]
path = "health.db"
batch_size = 10
batch_seconds = 0.05
""",
        encoding="utf-8",
    )
    return config


async def run_cli(*args: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "crawler", *args,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def stored_checks(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    with sqlite3.connect(db_path, timeout=5) as conn:
        try:
            return int(conn.execute("SELECT COUNT(*) FROM checks").fetchone()[0])
        except sqlite3.OperationalError:  # schema not created yet
            return 0


async def test_sigkill_mid_scan_then_resume(farm: tuple[Farm, int], tmp_path: Path) -> None:
    server, port = farm

    async def paced(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(0.02)
        return await server.ok(request)

    for i in range(SITES):
        server.sites[f"n{i}"] = paced
    config = write_config(tmp_path, port)
    db_path = tmp_path / "health.db"

    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "crawler", "scan", "--config", str(config), "--quiet",
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while stored_checks(db_path) < 60:
        assert time.monotonic() < deadline, "scan stored nothing in 30 s"
        assert process.returncode is None, "scan finished before it could be killed"
        await asyncio.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    await process.wait()

    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = conn.execute("SELECT COUNT(*) FROM checks").fetchone()[0]
        finished = conn.execute("SELECT finished_at FROM scans").fetchall()
        orphan_findings = conn.execute(
            "SELECT COUNT(*) FROM findings WHERE check_id NOT IN (SELECT id FROM checks)"
        ).fetchone()[0]
    assert 60 <= kept < SITES
    assert finished == [(None,)]
    assert orphan_findings == 0
    db = open_database(db_path, create=False)
    kept_urls = {r["url"] for r in iter_result_records(db, 1)}
    db.conn.close()
    hits_before = dict(server.hits)

    code, out, err = await run_cli("scan", "--config", str(config), "--resume", "--quiet")
    assert code == 0, err
    assert "resumed" in out

    db = open_database(db_path, create=False)
    records = list(iter_result_records(db, 1))
    scans = list(db.query("SELECT id, finished_at, site_done FROM scans"))
    db.conn.close()
    assert len(scans) == 1 and scans[0]["finished_at"] and scans[0]["site_done"] == SITES
    assert sorted(r["url"] for r in records) == sorted(
        f"http://n{i}.farm.test/" for i in range(SITES)
    )
    # Sites stored before the kill were not fetched again.
    for url in kept_urls:
        host = url.split("/")[2]
        assert server.hits[host] == hits_before[host] >= 1, host
    assert all(r["status"] == "healthy" for r in records), json.dumps(records[:2])


async def test_resume_without_interrupted_scan_is_an_error(
    farm: tuple[Farm, int], tmp_path: Path
) -> None:
    _, port = farm
    config = write_config(tmp_path, port)
    (tmp_path / "sites.csv").write_text("url\nhttp://ok.farm.test/\n", encoding="utf-8")
    code, _, err = await run_cli("scan", "--config", str(config), "--quiet")
    assert code == 0, err
    code, _, err = await run_cli("scan", "--config", str(config), "--resume", "--quiet")
    assert code == 3
    assert "no interrupted scan" in err and len(err.strip().splitlines()) == 1


async def test_sigterm_stores_every_checked_site(farm: tuple[Farm, int], tmp_path: Path) -> None:
    server, port = farm

    async def paced(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(0.02)
        return await server.ok(request)

    for i in range(SITES):
        server.sites[f"n{i}"] = paced
    config = write_config(tmp_path, port)
    # Large batches: without a clean stop, nothing would be written yet.
    text = config.read_text().replace("batch_size = 10", "batch_size = 100000")
    config.write_text(text.replace("batch_seconds = 0.05", "batch_seconds = 600"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "crawler", "scan", "--config", str(config), "--quiet", "--depth", "home",
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while sum(server.hits[f"n{i}.farm.test"] for i in range(SITES)) < 40:
        assert time.monotonic() < deadline
        await asyncio.sleep(0.01)
    process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), timeout=10)
    assert process.returncode == 130, err
    assert b"--resume" in err
    stored = stored_checks(tmp_path / "health.db")
    answered = sum(server.hits[f"n{i}.farm.test"] for i in range(SITES))
    # Every site answered before the signal is stored (requests counted on arrival,
    # so up to `concurrency` = 8 of them were still in flight).
    assert 40 - 8 <= stored <= answered
    assert answered - stored <= 8
