"""The blind hijack set (tests/blind_hijack.py): 12 hacked and 8 honest homepages on the
farm, scanned at depths full and home with a fixed clock, each verdict against the
truth written before the first scan."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config
from crawler.inspect import inspect_page
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import blind_hijack
from tests.farm import Farm

SITES = blind_hijack.sites()
BY_HOST = {s["host"]: s for s in SITES}

# Gaps left, by host and depth ("*" = both): the reason each verdict is still wrong.
KNOWN_GAPS: dict[tuple[str, str], str] = {}

OTHER_SITE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{host}</title></head>
<body><h1>{host}</h1><p>Another site, answering every path.</p></body></html>"""

_HOSTS = re.compile(r"""(?:href|src|value|content|action)=["']?https?://([A-Za-z0-9.-]+)""")


def handler(site: dict[str, Any]) -> Callable[[web.Request], Any]:
    pages: dict[str, str] = site["pages"]

    async def answer(request: web.Request) -> web.StreamResponse:
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        page = pages.get(request.path, site["article"])
        return web.Response(text=page, content_type="text/html", charset="utf-8")

    return answer


def other(host: str, page: str | None = None) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        return web.Response(text=page or OTHER_SITE.format(host=host), content_type="text/html", charset="utf-8")

    return answer


def register(server: Farm) -> None:
    for site in SITES:
        for page in site["pages"].values():
            for host in _HOSTS.findall(page):
                server.sites.setdefault(host.lower(), other(host.lower()))
    for site in SITES:
        for host, page in site["extra_hosts"].items():
            server.sites[host] = other(host, page)
        server.sites[site["host"]] = handler(site)


async def scan(server: Farm, make_config: Callable[..., Config], port: int, depth: str) -> dict[str, dict[str, Any]]:
    register(server)
    config = make_config(port, network={"resolve": {"*": f"127.0.0.1:{port}"}})
    sites = [Site(f"http://{s['host']}/", name=s["host"], group="blind_hijack") for s in SITES]
    outcome = await run_scan(config, sites, depth=depth, clock=lambda: blind_hijack.NOW)
    db = open_database(config.database_path, create=False)
    try:
        return {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()


def mismatch(site: dict[str, Any], record: dict[str, Any]) -> str | None:
    truth = site["truth"]
    got = {f["code"] for f in record["findings"]}
    problems = []
    if record["status"] != truth["status"]:
        problems.append(f"status {record['status']} (want {truth['status']})")
    if record["passed"] != truth["passed"]:
        problems.append(f"passed {record['passed']} (want {truth['passed']})")
    missing = set(truth.get("must", [])) - got
    if missing:
        problems.append(f"missing {sorted(missing)}")
    if truth.get("must_any") and not set(truth["must_any"]) & got:
        problems.append(f"none of {truth['must_any']}")
    wrong = set(truth.get("must_not", [])) & got
    if wrong:
        problems.append(f"false {sorted(wrong)}")
    if not problems:
        return None
    return f"{site['host']}: " + "; ".join(problems) + f" | got {sorted(got)}"


def gap(host: str, depth: str) -> str | None:
    return KNOWN_GAPS.get((host, depth)) or KNOWN_GAPS.get((host, "*"))


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_hijack_verdicts(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> None:
    server, port = farm
    records = await scan(server, make_config, port, depth)
    wrong = []
    fixed_gaps = []
    for site in SITES:
        problem = mismatch(site, records[site["host"]])
        known = gap(site["host"], depth)
        if problem and not known:
            wrong.append(problem)
        if known and not problem:
            fixed_gaps.append(site["host"])
    assert not wrong, "\n".join(wrong)
    assert not fixed_gaps, f"known gaps now right (remove them): {fixed_gaps}"


def inspect_home(site: dict[str, Any], config: Config) -> dict[str, Any]:
    url = f"http://{site['host']}/"
    body = site["pages"]["/"].encode()
    record = FetchRecord(url=url, final_url=url, http_status=200, body_bytes=len(body), content_type="text/html", charset="utf-8")
    item = inspect_page(url, record, body, config, blind_hijack.NOW)
    from crawler.inspect import inspection_record

    return inspection_record(item)


# Columns still read wrong, by host: the reason.
COLUMN_GAPS = {
    "agri.nnru-demo.ac.th": "Thai dates (15 มีนาคม 2569: Thai month names, Buddhist-era years) are not "
    "read, nor the <time datetime> beside each Joomla list item: the news list has no dated item "
    "and is no column, and the homepage is undated",
}


@pytest.mark.parametrize(
    "host",
    [
        pytest.param(s["host"], marks=pytest.mark.xfail(strict=True, reason=COLUMN_GAPS[s["host"]]))
        if s["host"] in COLUMN_GAPS
        else s["host"]
        for s in SITES
        if s["truth"]["columns"]
    ],
)
def test_blind_hijack_columns(host: str, make_config: Callable[..., Config]) -> None:
    """The homepage's columns (name, type, newest) and its newest item, as inspect reads them."""
    site = BY_HOST[host]
    found = inspect_home(site, make_config(1))
    columns = {c["name"]: c for c in found["columns"]}
    wrong = []
    for want in site["truth"]["columns"]:
        col = columns.get(want["name"])
        if col is None:
            wrong.append(f"{want['name']}: not found (found {sorted(columns)})")
        elif (col["type"], col["newest"]) != (want["type"], want["newest"]):
            wrong.append(f"{want['name']}: {col['type']} {col['newest']} (want {want['type']} {want['newest']})")
    if site["truth"]["newest"] and found["newest_item"] != site["truth"]["newest"]:
        wrong.append(f"newest item {found['newest_item']} (want {site['truth']['newest']})")
    assert not wrong, "\n".join(wrong)


def spam_score(title: str, body: str, host: str = "www.example-site.test") -> float:
    from datetime import date

    from crawler.extract import observe
    from crawler.lexicon import build_lexicon
    from crawler.signals import build_signatures

    html = f"<html><head><meta charset=utf-8><title>{title}</title></head><body>{body}</body></html>"
    page = observe(html.encode(), "utf-8", f"http://{host}/", "text/html", date(2026, 3, 16),
                   build_lexicon(), signatures=build_signatures())
    return page.signals.spam_score


FILLER_VN = "<p>" + "Thông tin hoạt động của địa phương trong tuần qua được cập nhật thường xuyên. " * 15 + "</p>"
FILLER_ID = "<p>" + "Kegiatan pelayanan masyarakat berjalan dengan baik dan lancar. " * 20 + "</p>"
FILLER_TH = "<p>" + "การให้บริการประชาชนเป็นไปด้วยความเรียบร้อย " * 20 + "</p>"
FILLER_EN = "<p>" + "We regulate the financial services industry and publish guidance for consumers. " * 15 + "</p>"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a Vietnamese commune's homepage replaced by a bookmaker's landing, no English word
        ("UBND xã An Phú - Nhà cái uy tín",
         "<h1>Nhà cái uy tín số 1</h1><p>Cá cược bóng đá, tài xỉu, nổ hũ, bắn cá đổi thưởng, xóc đĩa "
         "trực tuyến. Đăng ký nhận 100K.</p><p>Nhà cái hoàn trả cao, soi kèo miễn phí mỗi ngày.</p>"),
        # Thai casino links in a faculty's footer (Thai words only)
        ("คณะวิทยาศาสตร์",
         FILLER_TH + '<div><a href="https://a.example/">สล็อตเว็บตรง</a> <a href="https://b.example/">บาคาร่า</a> '
         '<a href="https://c.example/">แทงบอล</a> <a href="https://d.example/">เว็บพนัน</a></div>'),
        # Indonesian togel and slot kit names without "slot gacor"
        ("Dinas Kesehatan",
         FILLER_ID + '<div><a href="https://a.example/">situs toto</a> <a href="https://b.example/">slot88</a> '
         '<a href="https://c.example/">bandar togel</a> <a href="https://d.example/">scatter hitam</a></div>'),
        # a lab's homepage replaced by a wallet drainer
        ("Vision Lab",
         "<h1>Airdrop is live</h1><p>Connect your wallet to claim your airdrop. Unclaimed tokens will be "
         "burned.</p><button>Connect wallet to claim</button>"),
    ],
    ids=["vietnamese-landing", "thai-links", "indonesian-togel", "crypto-airdrop"],
)
def test_spam_in_vietnamese_thai_indonesian_and_crypto(title: str, body: str) -> None:
    assert spam_score(title, body) >= 6


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Cổng thông tin điện tử huyện",
         "<ul><li><a href='/a'>Công an huyện triệt phá đường dây cá độ bóng đá qua mạng</a></li>"
         "<li><a href='/b'>Khởi tố 5 đối tượng tổ chức xóc đĩa</a></li>"
         "<li><a href='/c'>Cảnh báo lừa đảo qua ứng dụng nhà cái trực tuyến</a></li></ul>" + FILLER_VN),
        ("Polres Kotabaru",
         "<ul><li><a href='/a'>Polres Kotabaru Tangkap Pelaku Judi Online Slot Gacor</a></li>"
         "<li><a href='/b'>Satgas Pemberantasan Judi Online Blokir 2.000 Situs Slot</a></li></ul>" + FILLER_ID),
        ("สถานีตำรวจภูธร",
         "<ul><li><a href='/a'>ตำรวจจับกุมผู้ต้องหาเปิดเว็บพนันออนไลน์</a></li>"
         "<li><a href='/b'>ปราบปรามบาคาร่าออนไลน์ผิดกฎหมาย</a></li></ul>" + FILLER_TH),
        ("Financial Conduct Authority",
         "<h2>Crypto scams</h2><p>Warning: fraudsters set up fake crypto airdrop pages that ask you to "
         "connect your wallet. This is a scam.</p>" + FILLER_EN),
        ("Little Haddon Primary School",
         "<p>Claim free school meals online. Share photos with AirDrop from your iPad.</p>" + FILLER_EN),
        ("Dukcapil Kabupaten",
         "<p>Slot antrean KTP-el hari ini: 40 slot. Link slot antrean dibuka pukul 08.00. Slot resmi "
         "tidak dipungut biaya.</p>" + FILLER_ID),
        ("統計暨普查局", "<p>二月份博彩毛收入按年上升。澳門銀河、新濠天地旅客量增加，非博彩收入上升。</p>"),
        ("General Pharmaceutical Council",
         "<p>Recall: falsified Viagra and Cialis tablets sold online. Tramadol reclassified.</p>" + FILLER_EN),
    ],
    ids=["vn-police", "id-police", "th-police", "crypto-warning", "school-airdrop", "id-slots",
         "macau-statistics", "pharmacy-regulator"],
)
def test_reports_about_gambling_drugs_and_crypto_stay_honest(title: str, body: str) -> None:
    assert spam_score(title, body) < 1
