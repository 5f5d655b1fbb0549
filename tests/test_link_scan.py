"""Broken links end to end: a full scan checks the homepage's and column pages' links,
stores them, scores them and exports them."""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from aiohttp import web

from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_broken_links, iter_result_records, open_database
from tests.farm import Farm

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[1]

HOME = """<!doctype html><html><head><meta charset="utf-8"><title>链接测试县</title>
<link rel="stylesheet" href="/style.css"></head><body>
<div class="column"><div class="title"><h3>政务动态</h3><a class="more" href="/zwdt/">更多&gt;&gt;</a></div>
<ul><li><a href="/zwdt/a1.html">县政府召开常务会议研究部署工作</a><span>2026-11-24</span></li>
<li><a href="/zwdt/gone.html">全县安全生产大检查工作会议召开</a><span>2026-11-20</span></li></ul></div>
<img src="/logo.png" alt="县徽"><img src="/missing.png" alt="缺失">
<a href="/files/report.pdf">年度报告</a> <a href="http://dead.test/">已停用网站</a>
<a href="/private/">内部</a> <a href="mailto:office@example.gov">来信</a>
</body></html>"""

LIST = """<!doctype html><html><head><meta charset="utf-8"><title>政务动态</title></head><body>
<ul><li><a href="/zwdt/a1.html">县政府召开常务会议研究部署工作</a><span>2026-11-24</span></li>
<li><a href="/zwdt/old.html">栏目页上失效的链接标题文字</a><span>2026-11-10</span></li></ul></body></html>"""


async def test_full_scan_finds_stores_and_exports_broken_links(
    farm: tuple[Farm, int], make_config, tmp_path: Path
) -> None:
    server, port = farm
    requests: list[tuple[str, str]] = []

    async def site(request: web.Request) -> web.StreamResponse:
        requests.append((request.method, request.path))
        pages = {"/": HOME, "/zwdt/": LIST}
        if request.path in pages:
            return web.Response(text=pages[request.path], content_type="text/html")
        if request.path in ("/zwdt/gone.html", "/missing.png", "/zwdt/old.html"):
            return web.Response(status=404)
        if request.path == "/private/":
            return web.Response(status=403)
        return web.Response(body=b"ok", content_type="application/octet-stream")

    server.sites["links"] = site
    config = make_config(port, crawler={"max_links_per_site": 50})
    outcome = await run_scan(
        config, [Site("http://links.farm.test/", "链接测试县", "g")], depth="full", clock=lambda: NOW
    )

    db = open_database(config.database_path, create=False)
    record = next(iter_result_records(db, outcome.scan_id))
    broken = list(iter_broken_links(db, outcome.scan_id))
    db.conn.close()

    finding = next(f for f in record["findings"] if f["code"] == "broken_link")
    # Distinct broken URLs: 2 on the homepage (/zwdt/gone.html, /missing.png) plus the
    # dead external host, and 1 only on the column page.
    assert finding["count"] == 4
    assert finding["homepage"] == 3 and finding["elsewhere"] == 1
    assert finding["suspected"] == 1  # /private/ answers 403
    assert record["score"] == 100 - (3 * 2 + 1 * 1)
    assert record["status"] == "healthy" and record["passed"] is True
    by_url = {b["url"]: b for b in broken}
    assert by_url["http://links.farm.test/missing.png"]["resource"] == "img"
    assert by_url["http://links.farm.test/missing.png"]["text"] == "缺失"
    assert by_url["http://links.farm.test/zwdt/old.html"]["page_url"] == "http://links.farm.test/zwdt/"
    assert by_url["http://links.farm.test/zwdt/old.html"]["on_homepage"] is False
    assert by_url["http://dead.test/"]["status"] is None
    assert by_url["http://links.farm.test/private/"]["suspected"] is True
    assert "mailto:office@example.gov" not in by_url
    # The shared cache: /zwdt/a1.html is on both pages and is checked once.
    assert sum(1 for method, path in requests if path == "/zwdt/a1.html") == 1
    assert ("HEAD", "/files/report.pdf") in requests


async def test_export_links_lists_broken_links(farm: tuple[Farm, int], tmp_path: Path) -> None:
    import asyncio

    server, port = farm

    async def site(request: web.Request) -> web.StreamResponse:
        if request.path == "/":
            return web.Response(text='<a href="/nope.html">不存在的页面</a>', content_type="text/html")
        return web.Response(status=404)

    server.sites["exp"] = site
    config = tmp_path / "c.toml"
    config.write_text(
        f"""
[[sites]]
url = "http://exp.farm.test/"
[crawler]
timeout = 0.5
retries = 0
respect_robots = false
parse_workers = 0
[network]
resolve = {{ "*.farm.test" = "127.0.0.1:{port}" }}
system_dns = false
[storage]
path = "h.db"
""",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    async def cli(*args: str) -> tuple[int, str]:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "crawler", *args, cwd=REPO, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(process.communicate(), 60)
        assert process.returncode == 0, err.decode()
        return process.returncode, out.decode()

    await cli("scan", "--config", str(config), "--quiet")
    _, out = await cli("export", "--config", str(config), "--links")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["url"], r["status"], r["text"]) for r in rows] == [
        ("http://exp.farm.test/nope.html", 404, "不存在的页面")
    ]
    _, csv_out = await cli("export", "--config", str(config), "--links", "--format", "csv")
    assert csv_out.splitlines()[0].startswith("site,name,group,page_url,url")
    assert "nope.html" in csv_out.splitlines()[1]
