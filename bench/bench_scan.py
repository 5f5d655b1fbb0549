"""Benchmark `crawler scan --depth home|full` against a local nginx farm of N virtual sites.

All traffic goes to 127.0.0.1 only: the plain loop uses a static resolver and the
crawler is configured with `[network] resolve` and `system_dns = false`.
Usage: python bench/bench_scan.py --sites 20000 [--concurrency 200] [--port 0] [--keep]
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import os
import platform
import random
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult

REPO = Path(__file__).resolve().parent.parent
VARIANTS = 50  # host sNNNNN is served page variant NNNNN % 50
FULL_COLUMNS = 6  # distinct columns per homepage, each with a list page
COLUMNS = """
    政务动态 通知公告 政策文件 政策解读 部门动态 区县动态 人事信息 财政信息
    统计数据 公示公告 便民服务 新闻发布会 重点工作 营商环境
""".split()  # noqa: SIM905
WORDS = """
    关于印发 市人民政府 办公室 关于做好 工作的通知 实施方案 管理办法
    2026年 专项行动 高质量发展 乡村振兴 安全生产 生态环境保护 公开征求意见
    常务会议 召开 部署 推进 民生实事 重点项目 招聘 公示 结果
""".split()  # noqa: SIM905


def _title(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7)))


def make_page(v: int) -> tuple[bytes, str]:
    """Return (body, encoding) of page variant v, 30-100 KB; every 10th variant is GBK.

    Dated items are relative to today, so the pages never look stale.
    """
    rng = random.Random(v)
    enc = "gbk" if v % 10 == 7 else "utf-8"
    target = 30_000 + (v * 37 % VARIANTS) * 70_000 // (VARIANTS - 1)
    meta = (
        "<meta charset=gbk>"
        if enc == "gbk"
        else '<meta charset="utf-8">'
        if v % 2
        else '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    )
    city = rng.choice(["江北", "临川", "云岭", "海东", "青山", "白河", "南湖"])
    css = "".join(f".c{i}{{margin:{i}px;color:#{rng.randrange(16**6):06x}}}" for i in range(80))
    nav = "".join(
        f'<li><a href="/col/col{i}/index.html">{c}</a></li>' for i, c in enumerate(COLUMNS)
    )
    head = (
        f'<!DOCTYPE html><html lang="zh-CN"><head>{meta}<title>{city}市人民政府门户网站</title>'
        f'<meta name="keywords" content="{city},政府,门户"><style>{css}</style></head>'
        f'<body><div class="top"><h1>{city}市人民政府</h1><ul class="nav">{nav}</ul></div>'
    )
    foot = (
        '<div class="footer"><p>主办：' + city + "市人民政府办公室 版权所有 &copy; 2026</p>"
        f'<p><a href="https://beian.miit.gov.cn/">京ICP备{rng.randint(10**7, 10**8)}号</a> '
        f"公网安备 {rng.randint(10**13, 10**14)}号 网站标识码{rng.randint(10**9, 10**10)}</p></div>"
        "<script>var _hmt=_hmt||[];(function(){var d=document;for(var i=0;i<3;i++){"
        "d.body.setAttribute('data-i',i);}})();function search(q){location.href='/search?q='"
        "+encodeURIComponent(q);}</script></body></html>"
    )
    blocks: list[str] = []
    size = len((head + foot).encode(enc))
    # The first FULL_COLUMNS blocks are distinct columns, each with its own list page
    # (what `--depth full` reads); the rest repeat them to reach the target size.
    order = rng.sample(range(len(COLUMNS)), FULL_COLUMNS)
    while size < target:
        index = order[len(blocks) % FULL_COLUMNS]
        col = COLUMNS[index]
        day = date.today() - timedelta(days=rng.randint(0, 7))  # newest first, always fresh
        items = ""
        for _ in range(rng.randint(10, 30)):
            art = f"/col/art_{rng.randint(100, 99999)}.html"
            items += f'<li><a href="{art}">{_title(rng)}</a><span>{day.isoformat()}</span></li>'
            day -= timedelta(days=rng.randint(0, 6))
        more = f'<a class="more" href="/col/col{index}/index.html">更多</a>'
        block = f'<div class="col"><h2>{col}</h2>{more}<ul>{items}</ul></div>'
        blocks.append(block)
        size += len(block.encode(enc))
    return (head + "".join(blocks) + foot).encode(enc), enc


def make_list_page(index: int) -> bytes:
    """A column's own list page: 40 dated items and pagination, about 15 KB."""
    rng = random.Random(1000 + index)
    day = date.today() - timedelta(days=rng.randint(0, 3))
    items = ""
    for _ in range(40):
        art = f"/col/art_{rng.randint(100, 99999)}.html"
        items += f'<li><a href="{art}">{_title(rng)}</a><span>{day.isoformat()}</span></li>'
        day -= timedelta(days=rng.randint(0, 4))
    nav = "".join(
        f'<li><a href="/col/col{i}/index.html">{c}</a></li>' for i, c in enumerate(COLUMNS)
    )
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f'<title>{COLUMNS[index]}</title></head><body><ul class="nav">{nav}</ul>'
        f'<div class="position">当前位置：<a href="/">首页</a> &gt; {COLUMNS[index]}</div>'
        f'<div class="list"><ul>{items}</ul></div><div class="page">共40条 1/1页</div>'
        '<div class="footer">版权所有 &copy; 2026</div></body></html>'
    ).encode()


NGINX_CONF = """daemon off;
master_process on;
worker_processes {workers};
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 8192; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    types {{ text/html html; }}
    default_type text/html;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    map $host $variant {{
        default 00;
        ~^s\\d*[05](\\d)\\.bench\\.test$ 0$1;
        ~^s\\d*[16](\\d)\\.bench\\.test$ 1$1;
        ~^s\\d*[27](\\d)\\.bench\\.test$ 2$1;
        ~^s\\d*[38](\\d)\\.bench\\.test$ 3$1;
        ~^s\\d*[49](\\d)\\.bench\\.test$ 4$1;
    }}
    server {{
        listen 127.0.0.1:{port} default_server backlog=4096;
        server_name _;
        root {prefix}/pages;
        location = / {{ try_files /v$variant.html =404; }}
        location ~ ^/col/col(\\d+)/ {{ try_files /list$1.html =404; }}
        location /col/ {{ try_files /article.html =404; }}
        location / {{ return 404; }}
    }}
}}
"""


def ensure_nginx() -> str:
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if found:
        return found
    if os.geteuid() != 0:
        sys.exit("nginx is not installed and we are not root: apt-get install nginx-light")
    print("nginx not found: running apt-get update && apt-get install -y nginx-light (as root)")
    subprocess.run(["apt-get", "update"], check=True)
    if subprocess.run(["apt-get", "install", "-y", "nginx-light"]).returncode != 0:
        subprocess.run(["apt-get", "install", "-y", "nginx"], check=True)
    return shutil.which("nginx", path="/usr/sbin:/usr/bin:" + os.environ.get("PATH", "")) or "nginx"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_nginx(
    nginx: str, prefix: Path, port: int, workers: int, validators: bool = True
) -> subprocess.Popen[bytes]:
    pages = prefix / "pages"
    pages.mkdir(parents=True)
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (prefix / "tmp" / sub).mkdir(parents=True)
    for v in range(VARIANTS):
        (pages / f"v{v:02d}.html").write_bytes(make_page(v)[0])
    for index in range(len(COLUMNS)):
        (pages / f"list{index}.html").write_bytes(make_list_page(index))
    (pages / "article.html").write_bytes(
        "<html><head><meta charset=utf-8><title>文章</title></head>"
        "<body><p>正文</p></body></html>".encode()
    )
    for d in (prefix.parent, prefix):  # workers run as nobody: mkdtemp makes 0700 dirs
        d.chmod(0o755)
    conf = prefix / "nginx.conf"
    conf_text = NGINX_CONF.format(workers=workers, prefix=prefix, port=port)
    if not validators:
        conf_text = conf_text.replace(
            "    access_log off;\n",
            "    access_log off;\n    etag off;\n    if_modified_since off;\n",
        )
    conf.write_text(conf_text)
    proc = subprocess.Popen(
        [nginx, "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")]
    )
    for _ in range(100):
        if proc.poll() is not None:
            sys.exit(f"nginx exited {proc.returncode}: {(prefix / 'error.log').read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    sys.exit("nginx did not start listening")


def stop_nginx(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGQUIT)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class StaticResolver(AbstractResolver):
    """Resolve every host name to 127.0.0.1:port; never asks the system resolver."""

    def __init__(self, port: int) -> None:
        self.port = port

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        return [
            ResolveResult(
                hostname=host,
                host="127.0.0.1",
                port=self.port,
                family=socket.AF_INET,
                proto=0,
                flags=0,
            )
        ]

    async def close(self) -> None:
        pass


async def plain_loop(urls: list[str], port: int, concurrency: int) -> tuple[float, int, int]:
    """GET every url and read the whole body; return (seconds, ok, bytes)."""
    sem = asyncio.Semaphore(concurrency)
    ok = nbytes = 0

    async def one(session: aiohttp.ClientSession, url: str) -> None:
        nonlocal ok, nbytes
        async with sem:
            try:
                async with session.get(url) as resp:
                    body = await resp.read()
                    ok += resp.status == 200
                    nbytes += len(body)
            except (TimeoutError, aiohttp.ClientError):
                pass

    conn = aiohttp.TCPConnector(limit=concurrency, force_close=True, resolver=StaticResolver(port))
    async with aiohttp.ClientSession(connector=conn, timeout=aiohttp.ClientTimeout(total=15)) as s:
        t0 = time.perf_counter()
        await asyncio.gather(*(one(s, u) for u in urls))
        return time.perf_counter() - t0, ok, nbytes


def proc_tree(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = Path(f"/proc/{d}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(d))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(parents.get(pid, []))
    return tree


def tree_cpu(root: int) -> float:
    """User+system CPU seconds used so far by root and its live descendants (e.g. nginx)."""
    ticks = 0
    for pid in proc_tree(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def busy_cpu() -> tuple[float, float]:
    """Machine-wide (process, interrupt) busy CPU seconds so far, from /proc/stat.

    Interrupt time (mostly loopback networking softirqs) is charged to no process."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(
        int, Path("/proc/stat").read_text().split()[1:9]
    )
    tck = os.sysconf("SC_CLK_TCK")
    return (user + nice + system + steal) / tck, (irq + softirq) / tck


def own_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def status_kb(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def pss_kb(pid: int) -> int:
    """Proportional set size: shared pages (libraries, the forkserver's preloaded
    modules) counted once across the processes that share them."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class ScanResult:
    rc: int
    wall: float
    cpu_wait4: float
    cpu_children: float
    maxrss_main_kb: int
    peak_tree_rss_kb: int = 0
    hwm_kb: dict[int, int] = field(default_factory=dict)
    peak_tree_pss_kb: int = 0


def reap_orphans(pids: set[int], deadline: float) -> None:
    """Wait for descendants reparented to us (we are a subreaper), e.g. a forkserver that
    outlived the scan's main process, so that their CPU lands in RUSAGE_CHILDREN."""
    pending = set(pids)
    while pending and time.monotonic() < deadline:
        for pid in list(pending):
            try:
                if os.waitpid(pid, os.WNOHANG)[0] == 0 and Path(f"/proc/{pid}").exists():
                    continue
            except ChildProcessError:  # not (yet) our child: gone, or still has its parent
                if Path(f"/proc/{pid}").exists():
                    continue
            pending.discard(pid)
        time.sleep(0.05)


def run_scan(cfg: Path, log: Path, timeout: float, depth: str = "home") -> ScanResult:
    # Become a child subreaper (PR_SET_CHILD_SUBREAPER = 36): orphaned grandchildren such as
    # a multiprocessing forkserver and its workers are reparented to us and can be reaped.
    ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    )
    cmd = [sys.executable, "-m", "crawler", "scan", "--config", str(cfg), "--depth", depth]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    peak, peak_pss, reaped = 0, 0, False
    hwm: dict[int, int] = {}
    try:
        while True:
            pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                reaped = True
                break
            tree = proc_tree(proc.pid)
            peak = max(peak, sum(status_kb(p, "VmRSS") for p in tree))
            peak_pss = max(peak_pss, sum(pss_kb(p) for p in tree))
            for p in tree:
                hwm[p] = max(hwm.get(p, 0), status_kb(p, "VmHWM"))
            if time.perf_counter() - t0 > timeout:
                print(f"scan exceeded {timeout:.0f} s: killing its process group")
                os.killpg(proc.pid, signal.SIGKILL)
            time.sleep(0.2)
    except BaseException:
        if not reaped:
            os.killpg(proc.pid, signal.SIGKILL)
            os.wait4(proc.pid, 0)
        raise
    wall = time.perf_counter() - t0
    reap_orphans(set(hwm) - {proc.pid}, time.monotonic() + 10)
    proc.returncode = os.waitstatus_to_exitcode(status)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_children = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return ScanResult(
        proc.returncode,
        wall,
        ru.ru_utime + ru.ru_stime,
        cpu_children,
        ru.ru_maxrss,
        max(peak, ru.ru_maxrss),
        hwm,
        peak_pss,
    )


def count_checks(db: Path) -> tuple[int, int, str]:
    """Return (rows, healthy rows, per-status text) of table checks for the last scan."""
    last = "scan_id=(SELECT MAX(id) FROM scans)"
    try:
        with sqlite3.connect(db) as con:
            total = con.execute(f"SELECT COUNT(*) FROM checks WHERE {last}").fetchone()[0]
            rows = con.execute(
                f"SELECT status, COUNT(*) FROM checks WHERE {last} GROUP BY status"
            ).fetchall()
    except sqlite3.Error as e:
        return 0, 0, f"sqlite error: {e}"
    by_status = {str(st): int(n) for st, n in rows}
    return int(total), by_status.get("healthy", 0), ", ".join(f"{k}: {v}" for k, v in rows)


def machine() -> str:
    model = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        ),
        platform.processor(),
    )
    return (
        f"{os.cpu_count()} × {model}, Linux {platform.release()}, "
        f"Python {platform.python_version()}, aiohttp {aiohttp.__version__}"
    )


def write_site_list(path: Path, sites: int, dead_percent: float) -> list[str]:
    """The farm's site list (url,name,group; 16 groups) and its host names: every k-th
    host is a dead one (`*.dead.test`, mapped to a listener that never accepts)."""
    width = max(5, len(str(sites - 1)))
    every = round(100 / dead_percent) if dead_percent > 0 else 0
    hosts = [
        f"s{i:0{width}d}.{'dead' if every and i % every == every - 1 else 'bench'}.test"
        for i in range(sites)
    ]
    with path.open("w", encoding="utf-8") as f:
        f.write("url,name,group\n")
        f.writelines(f"http://{h}/,站点{i},region-{i % 16:02d}\n" for i, h in enumerate(hosts))
    return hosts


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sites", type=int, default=20000, help="number of virtual sites N")
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument(
        "--depth",
        choices=("home", "full"),
        default="home",
        help=f"scan depth; full reads {FULL_COLUMNS} column list pages per site",
    )
    ap.add_argument(
        "--port", type=int, default=0, help="nginx port on 127.0.0.1 (0 = pick a free one)"
    )
    ap.add_argument("--nginx-workers", type=int, default=1)
    ap.add_argument(
        "--links",
        type=int,
        default=None,
        help="[crawler] max_links_per_site for --depth full (default: the crawler's, 300;"
        " 0 measures issue 3's column-page scan without link checks)",
    )
    ap.add_argument(
        "--scans",
        type=int,
        default=1,
        help="scan K times into the same database: later scans read each site's history"
        " and send conditional GETs, as nightly scans do (figures of the last one last)",
    )
    ap.add_argument(
        "--no-validators",
        action="store_true",
        help="nginx sends no ETag and ignores If-Modified-Since, like most dynamic portals"
        " (rescans then fetch and parse every page again)",
    )
    ap.add_argument(
        "--keep", action="store_true", help="keep the temp dir (pages, csv, config, db, logs)"
    )
    ap.add_argument(
        "--farm-only", action="store_true", help="serve the farm and run the plain loop only"
    )
    ap.add_argument(
        "--scan-timeout", type=float, default=1800.0, help="kill the scan after this many s"
    )
    ap.add_argument(
        "--dead-percent",
        type=float,
        default=0.0,
        help="this share of the sites never answer (a black hole: a socket that listens and"
        " never accepts, so connections hang in the handshake or after it), as dead sites"
        " behind firewalls do in a census",
    )
    ap.add_argument("--timeout", type=float, default=15.0, help="[crawler] timeout (s)")
    ap.add_argument(
        "--retries", type=int, default=0, help="[crawler] retries (the crawler's default is 2)"
    )
    ap.add_argument(
        "--max-stalled",
        type=int,
        default=None,
        help="[crawler] max_stalled (default: the crawler's)",
    )
    ap.add_argument(
        "--stall-after",
        type=float,
        default=None,
        help="[crawler] stall_after (default: the crawler's; 0 turns stalled sites' hand-over off)",
    )
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the finally blocks

    nginx = ensure_nginx()
    port = args.port or free_port()
    tmp = Path(tempfile.mkdtemp(prefix="bench_scan_"))
    proc = None
    try:
        proc = start_nginx(nginx, tmp / "nginx", port, args.nginx_workers, not args.no_validators)
        hosts = write_site_list(tmp / "sites.csv", args.sites, args.dead_percent)
        black_hole = socket.socket()
        black_hole.bind(("127.0.0.1", 0))
        black_hole.listen(0)  # never accepted: the queue fills and later SYNs are dropped
        dead_port = black_hole.getsockname()[1]
        cfg = tmp / "bench.toml"
        cfg.write_text(
            f'sites_file = "{tmp / "sites.csv"}"\n[crawler]\nconcurrency = {args.concurrency}\n'
            f"per_host = 2\ntimeout = {args.timeout}\nretries = {args.retries}\n"
            "respect_robots = false\n"
            + (f"stall_after = {args.stall_after}\n" if args.stall_after is not None else "")
            + (f"max_stalled = {args.max_stalled}\n" if args.max_stalled is not None else "")
            + (f"max_links_per_site = {args.links}\n" if args.links is not None else "")
            + f'[network]\nresolve = {{ "*.bench.test" = "127.0.0.1:{port}", '
            f'"*.dead.test" = "127.0.0.1:{dead_port}" }}\n'
            "system_dns = false\n"
            f'[storage]\npath = "{tmp / "bench.db"}"\n',
            encoding="utf-8",
        )
        print(
            f"farm: nginx {args.nginx_workers} worker(s) on 127.0.0.1:{port}, "
            f"{args.sites} hosts, dir {tmp}"
        )

        farm_cpu = tree_cpu(proc.pid)
        live = [f"http://{h}/" for h in hosts if ".dead." not in h]
        secs, ok, nbytes = asyncio.run(plain_loop(live, port, args.concurrency))
        plain = len(live) / secs
        print(
            f"plain loop: {ok}/{len(live)} ok, {nbytes / 1e6:.0f} MB in {secs:.1f} s "
            f"= {plain:,.0f} pages/s"
        )
        plain_farm = tree_cpu(proc.pid) - farm_cpu
        farm_cpu += plain_farm
        print(f"  nginx used {plain_farm:.1f} CPU s during the plain loop")
        if args.farm_only:
            return

        for scan_number in range(1, args.scans + 1):
            if args.scans > 1:
                print(f"scan {scan_number} of {args.scans} (same database)")
            (busy0, irq0), own0 = busy_cpu(), own_cpu()
            r = run_scan(cfg, tmp / "scan.log", args.scan_timeout, args.depth)
            scan_farm = tree_cpu(proc.pid) - farm_cpu
            farm_cpu += scan_farm
            busy1, irq1 = busy_cpu()
            others = busy1 - busy0 - r.cpu_children - scan_farm - (own_cpu() - own0)
            if r.rc != 0:
                print(f"scan FAILED (exit {r.rc}) after {r.wall:.1f} s; output:")
                print((tmp / "scan.log").read_text(errors="replace")[-6000:])
                args.keep = True
                return
            rate = args.sites / r.wall
            print(
                f"scan: {r.wall:.1f} s wall = {rate:,.0f} sites/s, "
                f"ratio scan/plain {rate / plain:.2f}"
            )
            print(
                f"  CPU: wait4 {r.cpu_wait4:.1f} s, RUSAGE_CHILDREN delta {r.cpu_children:.1f} s "
                f"= {1000 * r.cpu_children / args.sites:.2f} CPU s per 1000 sites "
                f"(meanwhile nginx {scan_farm:.1f} s, kernel irq {irq1 - irq0:.1f} s, "
                f"other processes {max(others, 0):.1f} s)"
            )
            if others > 0.05 * r.cpu_children:
                print("  WARNING: other processes were busy during the scan: figures are perturbed")
            print(
                f"  RSS: peak sum over process tree {r.peak_tree_rss_kb / 1024:.0f} MB "
                f"({len(r.hwm_kb)} processes seen; "
                f"main ru_maxrss {r.maxrss_main_kb / 1024:.0f} MB, "
                f"sum of per-process VmHWM {sum(r.hwm_kb.values()) / 1024:.0f} MB; "
                f"per process {', '.join(f'{v / 1024:.0f}' for v in sorted(r.hwm_kb.values()))} MB)"
            )
            print(f"  PSS: peak sum over process tree {r.peak_tree_pss_kb / 1024:.0f} MB")
            total, healthy, detail = count_checks(tmp / "bench.db")
            print(f"  checks stored for the last scan: {total} of {args.sites} ({detail})")
        print("\nMarkdown for docs/benchmarks.md:\n")
        print(
            f"Machine: {machine()}; nginx {args.nginx_workers} worker(s), "
            f"concurrency {args.concurrency}.\n"
        )
        print(
            "| N sites | concurrency | plain loop pages/s | scan sites/s | scan/plain "
            "| CPU s / 1000 sites | peak RSS MB | checks stored (healthy) |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        print(
            f"| {args.sites:,} | {args.concurrency} | {plain:,.0f} | {rate:,.0f} "
            f"| {rate / plain:.2f} | {1000 * r.cpu_children / args.sites:.2f} "
            f"| {r.peak_tree_rss_kb / 1024:.0f} | {total:,} ({healthy:,}) |"
        )
    finally:
        if proc is not None:
            stop_nginx(proc)
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
