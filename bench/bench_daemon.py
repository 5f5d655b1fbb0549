"""Soak the daemon: `python -m crawler daemon` over a local nginx farm for M minutes.

The daemon is the process users leave running for months, so what matters is not one
scan's speed (bench_scan.py) but whether the long-lived process keeps its memory, keeps
its schedule and stops cleanly. Probes run every minute (the shortest interval the
config allows: 60x the default's load), the full scan and the report every few minutes,
prune and roll-ups as scheduled. A share of the sites are dead (a black hole that never
accepts), so probes time out, sites go down and alerts are raised.

It prints, every `--sample` seconds, the daemon's own memory (RSS, PSS) and its process
tree's, then what was stored: probes per site against what the schedule asked, scans and
reports finished, each job's last outcome, and how long SIGTERM took to stop it.

All traffic goes to 127.0.0.1 (`[network] resolve`, `system_dns = false`). Run it in a
network namespace with only loopback, as the other benchmarks:

    unshare -n sh -c 'ip link set lo up && python bench/bench_daemon.py --sites 5000 --minutes 20'
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_scan import (
    ensure_nginx,
    free_port,
    machine,
    proc_tree,
    pss_kb,
    start_nginx,
    status_kb,
    stop_nginx,
    tree_cpu,
    write_site_list,
)

REPO = Path(__file__).resolve().parent.parent


def write_config(tmp: Path, args: argparse.Namespace, port: int, dead_port: int) -> Path:
    write_site_list(tmp / "sites.csv", args.sites, args.dead_percent)
    cfg = tmp / "daemon.toml"
    cfg.write_text(
        f'sites_file = "{tmp / "sites.csv"}"\n'
        "[crawler]\n"
        f"concurrency = 200\nper_host = 2\ntimeout = {args.timeout}\nretries = 0\n"
        f"respect_robots = false\nmax_links_per_site = {args.links}\n"
        "[network]\n"
        f'resolve = {{ "*.bench.test" = "127.0.0.1:{port}", '
        f'"*.dead.test" = "127.0.0.1:{dead_port}" }}\n'
        "system_dns = false\n"
        f'[storage]\npath = "{tmp / "daemon.db"}"\n'
        f'[report]\nout_dir = "{tmp / "reports"}"\n'
        "[daemon]\n"
        "probe_interval_minutes = 1\nprobe_jitter_seconds = 0\n"
        f'scan_cron = "*/{args.scan_every} * * * *"\n'
        f'report_cron = "*/{args.scan_every} * * * *"\n'
        'prune_cron = "*/10 * * * *"\n',
        encoding="utf-8",
    )
    return cfg


def tree_memory(root: int) -> tuple[int, int, int]:
    """(RSS of root, PSS summed over root's tree, processes in the tree), in KB."""
    pids = proc_tree(root)
    return status_kb(root, "VmRSS"), sum(pss_kb(p) for p in pids), len(pids)


def stored(db: Path, sites: int, minutes: float) -> list[str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    lines = []
    per_site = [n for (n,) in con.execute("SELECT count(*) FROM probes GROUP BY site_id")]
    hourly = con.execute("SELECT coalesce(sum(probes), 0) FROM probe_hours").fetchone()[0]
    total = sum(per_site) + hourly
    lines.append(
        f"probes stored: {total:,} raw rows for {len(per_site):,} of {sites:,} sites "
        f"(a site: min {min(per_site, default=0)}, median "
        f"{statistics.median(per_site) if per_site else 0}, max {max(per_site, default=0)}); "
        f"the schedule asked about {minutes:.0f} a site"
    )
    states = dict(con.execute("SELECT state, count(*) FROM probe_states GROUP BY state"))
    lines.append(f"probe states: {json.dumps(states)}")
    alerts = con.execute("SELECT count(*), count(DISTINCT event) FROM alerts").fetchone()
    lines.append(f"alerts raised: {alerts[0]:,} ({alerts[1]} kinds)")
    lines.append("scans (started, finished, sites done/total):")
    for started, finished, done, total_sites in con.execute(
        "SELECT started_at, finished_at, site_done, site_total FROM scans ORDER BY id"
    ):
        lines.append(f"  {started}  {finished or 'unfinished':<32} {done:,}/{total_sites:,}")
    lines.append("jobs (last start, last end, outcome):")
    for job, start, end, outcome in con.execute(
        "SELECT job, last_start, last_end, last_outcome FROM daemon_jobs ORDER BY job"
    ):
        lines.append(f"  {job:<8} {start or '-':<32} {end or '-':<32} {outcome or '-'}")
    con.close()
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sites", type=int, default=5000)
    ap.add_argument("--minutes", type=float, default=20.0, help="how long the daemon runs")
    ap.add_argument("--scan-every", type=int, default=5, help="scan and report every K minutes")
    ap.add_argument("--links", type=int, default=0, help="[crawler] max_links_per_site")
    ap.add_argument("--dead-percent", type=float, default=1.0)
    ap.add_argument("--timeout", type=float, default=2.0, help="[crawler] timeout (s)")
    ap.add_argument("--sample", type=float, default=10.0, help="seconds between samples")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir (db, logs, reports)")
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    nginx = ensure_nginx()
    port = free_port()
    tmp = Path(tempfile.mkdtemp(prefix="bench_daemon_"))
    black_hole = socket.socket()
    black_hole.bind(("127.0.0.1", 0))
    black_hole.listen(0)  # never accepted: connections to dead sites hang until the timeout
    cfg = write_config(tmp, args, port, black_hole.getsockname()[1])
    farm = start_nginx(nginx, tmp / "nginx", port, 1)
    log = (tmp / "daemon.log").open("wb")
    daemon = subprocess.Popen(
        [sys.executable, "-m", "crawler", "daemon", "--config", str(cfg), "--log-format", "json"],
        cwd=REPO,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    print(f"{machine()}")
    print(
        f"daemon pid {daemon.pid}: {args.sites:,} sites ({args.dead_percent:g}% dead), probes "
        f"every minute, scan (--links {args.links}) and report every {args.scan_every} min, "
        f"for {args.minutes:g} min; dir {tmp}"
    )
    print("| minute | daemon RSS MB | tree PSS MB | processes | daemon CPU s | tree CPU s |")
    print("|---:|---:|---:|---:|---:|---:|")
    samples: list[tuple[float, int, int]] = []
    start = time.monotonic()
    try:
        while (elapsed := time.monotonic() - start) < args.minutes * 60:
            if daemon.poll() is not None:
                print(f"daemon exited early with {daemon.returncode}; see {tmp / 'daemon.log'}")
                args.keep = True
                return
            rss, pss, count = tree_memory(daemon.pid)
            fields = Path(f"/proc/{daemon.pid}/stat").read_text().rsplit(")", 1)[1].split()
            own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            samples.append((elapsed, rss, count))
            print(
                f"| {elapsed / 60:.1f} | {rss / 1024:.0f} | {pss / 1024:.0f} | {count} "
                f"| {own:.0f} | {tree_cpu(daemon.pid):.0f} |",
                flush=True,
            )
            time.sleep(args.sample)
        t0 = time.monotonic()
        daemon.send_signal(signal.SIGTERM)
        rc = daemon.wait(timeout=60)
        print(f"\nSIGTERM: exited {rc} after {time.monotonic() - t0:.1f} s")
        # Memory growth from the end of the first scan interval (modules loaded, first
        # scan done) to the end, between scans (no shard running): a leak shows as a
        # steady climb.
        fewest = min(count for _, _, count in samples)
        warm = [
            (t, rss) for t, rss, count in samples if t >= args.scan_every * 60 and count == fewest
        ]
        if len(warm) >= 2:
            hours = (warm[-1][0] - warm[0][0]) / 3600
            print(
                f"daemon RSS between scans, after the first {args.scan_every} min: "
                f"{warm[0][1] / 1024:.0f} MB, at the end {warm[-1][1] / 1024:.0f} MB "
                f"({(warm[-1][1] - warm[0][1]) / 1024 / max(hours, 1e-9):+.0f} MB an hour); "
                f"max during scans {max(rss for _, rss, _ in samples) / 1024:.0f} MB"
            )
        for line in stored(tmp / "daemon.db", args.sites, args.minutes):
            print(line)
        reports = sorted(p.name for p in (tmp / "reports").glob("*") if p.is_file())
        print(f"report files: {len(reports)} ({', '.join(reports[:4])}...)")
        errors = [
            line
            for line in (tmp / "daemon.log").read_text(errors="replace").splitlines()
            if '"level": "error"' in line or '"level": "warning"' in line
        ]
        print(f"warning and error lines in the daemon's log: {len(errors)}")
        for line in errors[:5]:
            print("  " + line[:300])
    finally:
        if daemon.poll() is None:
            daemon.kill()
        stop_nginx(farm)
        log.close()
        if args.keep:
            print(f"kept {tmp}")
        else:
            subprocess.run(["rm", "-rf", str(tmp)], check=False)


if __name__ == "__main__":
    main()
