"""`inspect` on saved pages: explained one by one, judged against their own address."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from crawler.inspect import guess_page_url

REPO = Path(__file__).resolve().parents[1]

PORTAL = """<!doctype html><html><head><meta charset="utf-8"><title>清溪县人民政府</title>
<link rel="canonical" href="https://www.qx.gov.cn/index.html"></head><body>
<div class="column"><div class="title"><h3>政务动态</h3><a class="more" href="/zwdt/">更多&gt;&gt;</a></div>
<ul><li><a href="/zwdt/a1.html">县政府召开常务会议研究部署冬季工作</a><span>2026-11-20</span></li>
<li><a href="https://www.qx.gov.cn/zwdt/a2.html">全县安全生产工作会议召开部署检查</a><span>2026-11-18</span></li></ul></div>
<div style="display:none" class="m-menu"><a href="https://www.qx.gov.cn/a">首页</a><a href="https://www.qx.gov.cn/b">政务公开</a><a href="https://www.qx.gov.cn/c">办事服务</a></div>
</body></html>"""


def test_guess_page_url_prefers_canonical_then_the_most_linked_host() -> None:
    assert guess_page_url(PORTAL.encode()) == "https://www.qx.gov.cn/index.html"
    page = b'<a href="https://a.example/1">x</a><a href="https://b.example/">y</a><a href="https://b.example/2">z</a>'
    assert guess_page_url(page) == "https://b.example/"
    assert guess_page_url(b"<p>no links</p>") is None


def test_inspect_json_explains_saved_files_in_one_process(tmp_path: Path) -> None:
    files = []
    for index in range(3):
        path = tmp_path / f"page{index}.html"
        path.write_text(PORTAL, encoding="utf-8")
        files.append(str(path))
    result = subprocess.run(
        [sys.executable, "-m", "crawler", "inspect", *files, "--json", "--now", "2026-11-25"],
        cwd=REPO, capture_output=True, text=True, timeout=60, check=True,
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == files
    first = records[0]
    assert first["columns"][0] | {"more_url": None} == {
        "name": "政务动态", "type": "news", "newest": "2026-11-20", "items": 2, "more_url": None,
        "future": [],
    }
    assert first["columns"][0]["more_url"] == "https://www.qx.gov.cn/zwdt/"
    # The hidden mobile menu links to the site itself (by its canonical address): no hijack.
    assert first["status"] == "healthy", first["findings"]
