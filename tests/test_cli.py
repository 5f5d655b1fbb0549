"""`python -m crawler` as a user runs it: exit codes, messages, summary and output files.

Scans go to the farm (tests/farm.py) on 127.0.0.1, which runs in the test's event
loop: the CLI is awaited with asyncio.create_subprocess_exec so the farm keeps serving.
Commands that never reach the network run with subprocess.run.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from crawler.clock import utc_now
from crawler.export import CSV_COLUMNS
from crawler.models import STATUSES, FetchRecord, Site, SiteResult, Verdict
from crawler.storage import ResultStore, open_database
from tests.contract import CONTRACT_KEYS
from tests.farm import Farm, closed_port

REPO = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(REPO)}


async def run_cli(*args: str | Path, timeout: float = 30) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "crawler",
        *map(str, args),
        cwd=REPO,
        env=ENV,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(process.communicate(), timeout=timeout)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise
    assert process.returncode is not None
    return process.returncode, out.decode("utf-8"), err.decode("utf-8")


def run_cli_sync(*args: str | Path, timeout: float = 30) -> tuple[int, str, str]:
    """Only for commands that do not need the farm (a blocking call would freeze it)."""
    done = subprocess.run(
        [sys.executable, "-m", "crawler", *map(str, args)],
        cwd=REPO,
        env=ENV,
        capture_output=True,
        timeout=timeout,
    )
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


def write_config(tmp_path: Path, port: int, extra: str = "") -> Path:
    # No site these configs scan hangs (the farm answers at once, a closed port refuses
    # at once): the time limit is only a guard, and a half second failed a GBK page
    # now and then on a loaded 2-core machine (a child process, parsing as it starts).
    config = tmp_path / "scan.toml"
    config.write_text(
        f"""
[crawler]
timeout = 3
retries = 0
parse_workers = 0
[network]
resolve = {{ "*.farm.test" = "127.0.0.1:{port}", "refused.test" = "127.0.0.1:{closed_port()}" }}
system_dns = false
[storage]
path = "results/health.db"
{extra}
""",
        encoding="utf-8",
    )
    return config


def write_sites(tmp_path: Path, text: str, name: str = "sites.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def summary_counts(stdout: str) -> dict[str, int]:
    counts = {}
    for status in STATUSES:
        match = re.search(rf"^\s*{status}\s+([\d,]+)\s", stdout, re.MULTILINE)
        assert match, f"no {status} line in the summary:\n{stdout}"
        counts[status] = int(match.group(1).replace(",", ""))
    return counts


def assert_one_line_error(stderr: str, *words: str) -> None:
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    for word in words:
        assert word in lines[0], (word, stderr)


FARM_SITES = (
    "url,name,group\n"
    "http://ok.farm.test/,正常站点,甲组\n"
    "  http://GBK.farm.test  ,GBK 站,甲组\n"
    "http://notfound.farm.test/,Gone,乙组\n"
    "http://err500.farm.test/,Broken,乙组\n"
    "http://refused.test/,Refused,乙组\n"
)


async def test_scan_writes_summary_and_json_lines(farm: tuple[Farm, int], tmp_path: Path) -> None:
    server, port = farm
    config = write_config(tmp_path, port)
    sites = write_sites(tmp_path, FARM_SITES)
    out = tmp_path / "out.jsonl"

    code, stdout, stderr = await run_cli(
        "scan", "--config", config, "--sites", sites, "--json", out, "--quiet"
    )

    assert code == 0, stderr
    assert "Traceback" not in stderr
    assert (tmp_path / "results" / "health.db").is_file()  # relative to the config's folder
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in records] == [
        "http://ok.farm.test/",
        "http://GBK.farm.test",  # as listed, surrounding whitespace stripped
        "http://notfound.farm.test/",
        "http://err500.farm.test/",
        "http://refused.test/",
    ]
    by_url = {r["url"]: r for r in records}
    for record in records:
        assert set(record) >= CONTRACT_KEYS, CONTRACT_KEYS - set(record)
        assert record["status"] in STATUSES
        assert isinstance(record["passed"], bool)
        assert isinstance(record["score"], int) and 0 <= record["score"] <= 100
        checked = datetime.fromisoformat(record["checked_at"])
        assert checked.tzinfo is not None and checked <= utc_now()
        for finding in record["findings"]:
            assert {"code", "detail", "count"} <= set(finding)
            assert isinstance(finding["code"], str) and finding["detail"]
    assert (by_url["http://ok.farm.test/"]["name"], by_url["http://ok.farm.test/"]["group"]) == (
        "正常站点",
        "甲组",
    )
    expected = {
        "http://ok.farm.test/": ("healthy", 200, None),
        "http://GBK.farm.test": ("healthy", 200, None),
        "http://notfound.farm.test/": ("unreachable", 404, "http_4xx"),
        "http://err500.farm.test/": ("unreachable", 500, "http_5xx"),
        "http://refused.test/": ("unreachable", None, "connect"),
    }
    for url, (status, http_status, kind) in expected.items():
        record = by_url[url]
        assert (record["status"], record["http_status"], record["error_kind"]) == (
            status,
            http_status,
            kind,
        ), url
    assert by_url["http://ok.farm.test/"]["passed"] is True
    assert by_url["http://refused.test/"]["passed"] is False
    assert server.hits["ok.farm.test"] >= 1 and server.hits["gbk.farm.test"] >= 1

    counts = summary_counts(stdout)
    assert counts == {**dict.fromkeys(STATUSES, 0), "healthy": 2, "unreachable": 3}
    assert re.search(r"^\s*total\s+5\s*$", stdout, re.MULTILINE), stdout
    assert "http://refused.test/" in stdout  # among the worst sites

    # export: the same records, from the database.
    (code, exported, stderr), (csv_code, exported_csv, csv_stderr) = await asyncio.gather(
        run_cli("export", "--config", config, "--scan", "latest", "--format", "jsonl"),
        run_cli("export", "--config", config, "--format", "csv"),
    )
    assert code == 0, stderr
    assert exported == out.read_text(encoding="utf-8")

    assert csv_code == 0, csv_stderr
    rows = list(csv.reader(io.StringIO(exported_csv)))
    assert rows[0] == list(CSV_COLUMNS)
    assert [row[0] for row in rows[1:]] == [r["url"] for r in records]
    status_column = CSV_COLUMNS.index("status")
    assert [row[status_column] for row in rows[1:]] == [r["status"] for r in records]
    assert rows[1][CSV_COLUMNS.index("name")] == "正常站点"


async def test_bad_rows_are_warned_and_the_rest_scanned(
    farm: tuple[Farm, int], tmp_path: Path
) -> None:
    _, port = farm
    config = write_config(tmp_path, port)
    sites = write_sites(
        tmp_path,
        "url,name,group\n"  # 1
        "http://ok.farm.test/,OK,g\n"  # 2
        "www.noscheme.gov.cn,No scheme,g\n"  # 3
        "ftp://files.farm.test/,FTP,g\n"  # 4
        "http://gzip.farm.test/,Gzip,g\n"  # 5
        "HTTP://OK.FARM.TEST,Duplicate,g\n",  # 6
    )
    out = tmp_path / "out.jsonl"

    code, stdout, stderr = await run_cli(
        "scan", "--config", config, "--sites", sites, "--json", out, "--quiet"
    )

    assert code == 0, stderr
    warnings = [line for line in stderr.splitlines() if line.startswith("warning")]
    assert len(warnings) == 3, stderr
    for line_number, warning in zip((3, 4, 6), warnings, strict=True):
        assert f"{sites}:{line_number}" in warning
    assert "Traceback" not in stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["url"], r["status"]) for r in records] == [
        ("http://ok.farm.test/", "healthy"),
        ("http://gzip.farm.test/", "healthy"),
    ]
    assert summary_counts(stdout)["healthy"] == 2
    assert "3 site list row(s) skipped" in stdout


def test_unknown_config_key_exits_2_with_one_line(tmp_path: Path) -> None:
    config = tmp_path / "typo.toml"
    config.write_text("[crawler]\nconcurency = 5\n", encoding="utf-8")
    sites = write_sites(tmp_path, "url\nhttp://ok.farm.test/\n")

    code, stdout, stderr = run_cli_sync("scan", "--config", config, "--sites", sites, "--quiet")

    assert code == 2
    assert stdout == ""
    assert_one_line_error(stderr, str(config), "concurency", "concurrency")


def test_missing_config_file_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "missing.toml"
    code, _, stderr = run_cli_sync("scan", "--config", missing, "--quiet")
    assert code == 2
    assert_one_line_error(stderr, str(missing))


def test_site_list_with_only_bad_rows_exits_2(tmp_path: Path) -> None:
    config = write_config(tmp_path, closed_port())
    sites = write_sites(tmp_path, "url,name\n,empty\nwww.a.gov.cn,no scheme\nftp://b.test/,ftp\n")

    code, _, stderr = run_cli_sync("scan", "--config", config, "--sites", sites, "--quiet")

    assert code == 2
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 1 and str(sites) in errors[0]
    for line_number in (2, 3, 4):
        assert f"{sites}:{line_number}" in stderr
    assert not (tmp_path / "results" / "health.db").exists()  # nothing was scanned


def test_unusable_site_list_exits_2(tmp_path: Path) -> None:
    config = write_config(tmp_path, closed_port())
    sites = write_sites(tmp_path, "url,name,max_colum_pages\nhttp://a.test/,A,3\n")
    code, _, stderr = run_cli_sync("scan", "--config", config, "--sites", sites, "--quiet")
    assert code == 2
    assert_one_line_error(stderr, str(sites), "max_colum_pages", "max_column_pages")


def test_export_without_a_database_exits_3(tmp_path: Path) -> None:
    config = write_config(tmp_path, closed_port())
    code, stdout, stderr = run_cli_sync("export", "--config", config, "--format", "jsonl")
    assert code == 3
    assert stdout == ""
    assert_one_line_error(stderr, str(tmp_path / "results" / "health.db"))
    assert not (tmp_path / "results").exists()  # export never creates a database


def test_export_of_a_missing_scan_exits_3(tmp_path: Path) -> None:
    config = write_config(tmp_path, closed_port())
    store = ResultStore(open_database(tmp_path / "results" / "health.db"))
    moment = utc_now()
    scan_id = store.start_scan(moment, "home", 1, "", "")
    site = Site("http://a.test/")
    store.register_sites([site], moment)
    store.write_batch(
        scan_id,
        [
            SiteResult(
                site, moment, FetchRecord(url=site.url), None, Verdict("healthy", (), 100, True)
            )
        ],
    )
    store.db.conn.close()

    code, stdout, stderr = run_cli_sync("export", "--config", config, "--scan", "999")
    assert code == 3 and stdout == ""
    assert_one_line_error(stderr, "999")
    code, stdout, stderr = run_cli_sync("export", "--config", config, "--scan", "newest")
    assert code == 3 and stdout == ""
    assert_one_line_error(stderr, "newest")
    code, stdout, _ = run_cli_sync("export", "--config", config, "--scan", str(scan_id))
    assert code == 0 and json.loads(stdout)["url"] == "http://a.test/"


def test_database_under_a_file_exits_3_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "results").write_text("a file where the database folder should be")
    config = write_config(tmp_path, closed_port())  # storage path results/health.db
    sites = write_sites(tmp_path, "url\nhttp://refused.test/\n")

    code, _, stderr = run_cli_sync("scan", "--config", config, "--sites", sites, "--quiet")

    assert code == 3
    assert_one_line_error(stderr, "results")


def test_demo_runs_offline_and_reports_counts() -> None:
    code, stdout, stderr = run_cli_sync("demo", timeout=20)

    assert code == 0, stderr
    assert "Traceback" not in stderr
    counts = summary_counts(stdout)
    assert counts["healthy"] >= 1
    assert counts["unreachable"] >= 1


def test_export_into_a_pipe_closed_early_stops_quietly(tmp_path: Path) -> None:
    """`export ... | head -1`: once the reader has gone, the command stops without a
    traceback (BrokenPipeError), with the exit code a shell shows for such a tool."""
    config = write_config(tmp_path, closed_port())
    store = ResultStore(open_database(tmp_path / "results" / "health.db"))
    moment = utc_now()
    sites = [Site(f"http://s{number}.test/", f"站点 {number}") for number in range(3000)]
    scan_id = store.start_scan(moment, "home", len(sites), "", "")
    store.register_sites(sites, moment)
    verdict = Verdict("healthy", (), 100, True)
    store.write_batch(
        scan_id,
        [SiteResult(site, moment, FetchRecord(url=site.url), None, verdict) for site in sites],
    )
    store.finish_scan(scan_id, moment)
    store.db.conn.close()

    for extra in ((), ("--links",)):
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "crawler",
                "export",
                "--config",
                str(config),
                "--format",
                "csv",
                *extra,
            ],
            cwd=REPO,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()  # what `head -1` reads
        process.stdout.close()
        stderr = process.stderr.read().decode("utf-8")
        code = process.wait(timeout=30)
        if extra:  # no broken links: the header alone fits in the pipe, nothing breaks
            assert (code, stderr) == (0, "")
        else:
            assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr
            assert stderr == ""
            assert code == 141


async def test_a_second_scan_on_a_database_in_use_exits_4(
    farm: tuple[Farm, int], tmp_path: Path
) -> None:
    """Two scans at once on one database both ran (every site fetched twice, past
    per_host), and `scan --resume` of a scan still running checked its sites again
    beside it. The second now stops at once with one line naming the database."""
    server, port = farm
    config = write_config(tmp_path, port)
    # The hanging site holds the first scan open for the whole test.
    config.write_text(config.read_text("utf-8").replace("timeout = 3", "timeout = 60"), "utf-8")
    sites = write_sites(
        tmp_path, "url,name,group\nhttp://ok.farm.test/,OK,A\nhttp://hang.farm.test/,Hang,A\n"
    )
    first = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "crawler",
        "scan",
        "--config",
        str(config),
        "--sites",
        str(sites),
        "--depth",
        "home",
        "--quiet",
        cwd=REPO,
        env=ENV,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        deadline = asyncio.get_running_loop().time() + 30
        while not server.hits[server.host("hang")]:  # the first scan is under way
            assert asyncio.get_running_loop().time() < deadline
            await asyncio.sleep(0.01)
        database = tmp_path / "results" / "health.db"
        for extra in ((), ("--resume",)):
            code, _, stderr = await run_cli(
                "scan", "--config", config, "--sites", sites, "--depth", "home", "--quiet", *extra
            )
            assert code == 4, stderr
            assert_one_line_error(stderr, "another scan", f"pid {first.pid}", str(database))
        assert server.hits[server.host("ok")] == 1  # the first scan's visit only
        db = open_database(database, create=False)
        assert db.execute("SELECT COUNT(*) FROM scans").fetchone()[0] == 1
        db.conn.close()
        assert first.returncode is None  # still scanning
    finally:
        if first.returncode is None:
            first.terminate()
        await first.wait()


async def test_the_first_pages_parse_does_not_slow_the_sites_in_flight(
    farm: tuple[Farm, int], tmp_path: Path
) -> None:
    """The parser built its patterns (0.4 to 1 s of CPU) on the scan's first page, on
    the event loop, while the other sites' requests were in flight: their response
    times took it in, so the first sites of a scan looked slow (the demo, slow_ms 500,
    called nearly every sample site `slow`). The scan now builds them before fetching."""
    _, port = farm
    measure = subprocess.run(  # what that first parse costs in a fresh process here
        [
            sys.executable,
            "-c",
            "import time; from tests.farm import HEALTHY_PAGE; from crawler.extract import observe;"
            "t = time.perf_counter(); observe(HEALTHY_PAGE.encode(), 'utf-8', 'http://a.test/');"
            "print(time.perf_counter() - t)",
        ],
        cwd=REPO,
        env=ENV,
        capture_output=True,
        check=True,
        timeout=60,
    )
    cold_parse_ms = float(measure.stdout) * 1000
    config = write_config(tmp_path, port)
    sites = write_sites(
        tmp_path,
        "url\nhttp://ok.farm.test/\n"
        + "".join(f"http://slow.farm.test/?n={n}\n" for n in range(2)),
    )
    out = tmp_path / "out.jsonl"
    code, _, stderr = await run_cli(
        "scan", "--config", config, "--sites", sites, "--json", out, "--depth", "home", "--quiet"
    )
    assert code == 0, stderr
    times = {
        record["url"]: record["response_ms"]
        for record in map(json.loads, out.read_text("utf-8").splitlines())
    }
    # The slow site answers in 250 ms; before, ok's parse ran while it was in flight.
    for n in range(2):
        assert times[f"http://slow.farm.test/?n={n}"] < 250 + cold_parse_ms / 2, (
            times,
            cold_parse_ms,
        )


async def test_resume_goes_on_at_the_interrupted_scans_depth(
    farm: tuple[Farm, int], tmp_path: Path
) -> None:
    """`scan --depth home` stopped, then `scan --resume` (as the README writes it, no
    --depth): the rest of the sweep was checked at the default depth, full (column
    pages, links, robots.txt), in a scan recorded as a sweep. It now goes on as it began;
    a --depth that contradicts it is an error naming the right one."""
    server, port = farm
    config = write_config(tmp_path, port)
    sites = write_sites(tmp_path, "url\nhttp://ok.farm.test/\nhttp://gbk.farm.test/\n")
    database = tmp_path / "results" / "health.db"
    store = ResultStore(open_database(database))
    store.start_scan(utc_now(), "home", 2, "", "")  # a sweep stopped at once
    store.db.conn.close()

    code, stdout, stderr = await run_cli(
        "scan", "--config", config, "--sites", sites, "--resume", "--depth", "full", "--quiet"
    )
    assert code == 3
    assert_one_line_error(stderr, str(database), "--depth home")
    assert not server.hits

    code, stdout, stderr = await run_cli("scan", "--config", config, "--sites", sites, "--resume")
    assert code == 0, stderr
    assert "resumed" in stdout
    # A sweep's one request per site: its homepage.
    assert server.hits == {"ok.farm.test": 1, "gbk.farm.test": 1}


def test_export_of_an_unfinished_scan_says_so(tmp_path: Path) -> None:
    """`export --scan latest` takes the newest scan with results, an interrupted (or
    running) one too: it wrote that scan's first sites as if they were the estate, exit
    0 and not a word. The rows are the same; stderr now says how many of how many."""
    config = write_config(tmp_path, closed_port())
    store = ResultStore(open_database(tmp_path / "results" / "health.db"))
    moment = utc_now()
    sites = [Site(f"http://s{number}.test/") for number in range(3)]
    store.register_sites(sites, moment)
    verdict = Verdict("healthy", (), 100, True)

    def results(count: int) -> list[SiteResult]:
        return [SiteResult(s, moment, FetchRecord(url=s.url), None, verdict) for s in sites[:count]]

    finished = store.start_scan(moment, "home", 3, "", "")
    store.write_batch(finished, results(3))
    store.finish_scan(finished, moment)
    code, stdout, stderr = run_cli_sync("export", "--config", config, "--format", "csv")
    assert (code, stderr, len(stdout.splitlines())) == (0, "", 4)

    interrupted = store.start_scan(moment, "home", 3, "", "")
    store.write_batch(interrupted, results(2))
    store.db.conn.close()
    for which in ("latest", str(interrupted)):
        code, stdout, stderr = run_cli_sync(
            "export", "--config", config, "--scan", which, "--format", "csv"
        )
        assert code == 0 and len(stdout.splitlines()) == 3  # the header and two sites
        assert_one_line_error(stderr, f"scan {interrupted}", "2 of 3 sites", "--resume")


def test_json_output_in_a_missing_folder_stops_before_the_scan(tmp_path: Path) -> None:
    """`scan --json out/results.jsonl` with no `out` folder scanned every site and then
    failed with a traceback (exit 1) as it wrote the file: hours of a census' work
    for a typo. The path is checked first: one line naming it, exit 2, nothing scanned."""
    config = write_config(tmp_path, closed_port())
    sites = write_sites(tmp_path, "url\nhttp://refused.test/\n")
    for target in (tmp_path / "out" / "results.jsonl", sites / "results.jsonl"):
        code, _, stderr = run_cli_sync(
            "scan", "--config", config, "--sites", sites, "--json", target, "--quiet"
        )
        assert code == 2
        assert_one_line_error(stderr, str(target), "folder")
    assert not (tmp_path / "results").exists()  # no scan began
