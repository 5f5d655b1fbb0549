"""Benchmark monitor reports (and the end-of-scan summaries) over a census-sized database.

Usage: python bench/bench_report.py [--sites 84094] [--scans 30] [--db /tmp/bench-report.db]
                                    [--reuse] [--repeat 3] [--no-prune] [--no-vacuum]

1. Generates a results database (or reuses one with --reuse): N sites in ~3,000
   province/city/county groups x S nightly scans 24 h apart, with a drifting mix of
   statuses and findings worded like the crawler's. Rows go straight into the real schema
   (crawler.storage.open_database) with executemany, one transaction per scan; then each
   scan is closed the way ResultStore.finish_scan closes it (counts, summarise_scan,
   finished_at), timed per scan.
2. Times build_report, every render format and the whole `python -m monitor report` CLI
   for the newest scan (each in a fresh interpreter, so peak RSS is the step's own), and
   crawler.history.prune(keep_days=7) on a copy of the database.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from crawler.history import prune, summarise_scan  # noqa: E402
from crawler.storage import open_database, utc_text  # noqa: E402

# The newest scan starts here (02:00 in China); the others 24 h apart before it.
LAST_START = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
SCAN_SECONDS = 1200  # a census scan at depth full takes ~20 minutes (docs/benchmarks.md)
FORMATS = ("html", "md", "txt", "json", "csv")
SLOW_STEP = 3.0  # seconds: steps slower than this are profiled

# --- places -------------------------------------------------------------------------

MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")  # districts right under them
PROVINCES = """
    北京市 天津市 河北省 山西省 内蒙古自治区 辽宁省 吉林省 黑龙江省 上海市 江苏省 浙江省
    安徽省 福建省 江西省 山东省 河南省 湖北省 湖南省 广东省 广西壮族自治区 海南省 重庆市
    四川省 贵州省 云南省 西藏自治区 陕西省 甘肃省 青海省 宁夏回族自治区 新疆维吾尔自治区
""".split()  # noqa: SIM905
# A few real cities and districts first, the rest made of syllables below.
REAL_PLACES: dict[str, list[tuple[str, str, list[tuple[str, str]]]]] = {
    "广东省": [
        ("广州市", "gz", [("天河区", "th"), ("越秀区", "yx"), ("海珠区", "hz"), ("番禺区", "py")]),
        ("深圳市", "sz", [("福田区", "ft"), ("南山区", "ns"), ("罗湖区", "lh")]),
    ],
    "浙江省": [("杭州市", "hz", [("西湖区", "xh"), ("上城区", "sc"), ("余杭区", "yh")])],
    "四川省": [("成都市", "cd", [("武侯区", "wh"), ("锦江区", "jj"), ("青羊区", "qy")])],
}
SYLLABLES = [
    ("安", "an"), ("宝", "bao"), ("北", "bei"), ("昌", "chang"), ("城", "cheng"),
    ("春", "chun"), ("大", "da"), ("德", "de"), ("东", "dong"), ("丰", "feng"),
    ("福", "fu"), ("广", "guang"), ("海", "hai"), ("和", "he"), ("河", "he"),
    ("华", "hua"), ("淮", "huai"), ("黄", "huang"), ("吉", "ji"), ("嘉", "jia"),
    ("建", "jian"), ("江", "jiang"), ("金", "jin"), ("锦", "jin"), ("靖", "jing"),
    ("康", "kang"), ("乐", "le"), ("临", "lin"), ("龙", "long"), ("隆", "long"),
    ("洛", "luo"), ("梅", "mei"), ("南", "nan"), ("宁", "ning"), ("平", "ping"),
    ("浦", "pu"), ("青", "qing"), ("庆", "qing"), ("泉", "quan"), ("瑞", "rui"),
    ("山", "shan"), ("寿", "shou"), ("顺", "shun"), ("松", "song"), ("泰", "tai"),
    ("天", "tian"), ("通", "tong"), ("桐", "tong"), ("万", "wan"), ("文", "wen"),
    ("武", "wu"), ("西", "xi"), ("仙", "xian"), ("新", "xin"), ("兴", "xing"),
    ("阳", "yang"), ("宜", "yi"), ("永", "yong"), ("玉", "yu"), ("源", "yuan"),
    ("云", "yun"), ("长", "chang"), ("镇", "zhen"), ("中", "zhong"), ("州", "zhou"),
]  # fmt: skip
DEPARTMENTS = [
    ("人民政府", "www"), ("发展和改革委员会", "fgw"), ("教育局", "jyj"), ("公安局", "gaj"),
    ("民政局", "mzj"), ("司法局", "sfj"), ("财政局", "czj"), ("人力资源和社会保障局", "rsj"),
    ("自然资源局", "zrzyj"), ("生态环境局", "sthjj"), ("住房和城乡建设局", "zjj"),
    ("交通运输局", "jtj"), ("水利局", "slj"), ("农业农村局", "nyncj"), ("商务局", "swj"),
    ("文化和旅游局", "wlj"), ("卫生健康委员会", "wjw"), ("退役军人事务局", "tyjrj"),
    ("应急管理局", "yjj"), ("审计局", "sjj"), ("市场监督管理局", "scjgj"), ("统计局", "tjj"),
    ("医疗保障局", "ybj"), ("林业局", "lyj"), ("档案馆", "daj"), ("融媒体中心", "rmt"),
]  # fmt: skip
COLUMNS = [
    ("政务动态", "news"), ("部门动态", "news"), ("区县动态", "news"), ("通知公告", "notice"),
    ("公示公告", "notice"), ("政策文件", "policy"), ("政策解读", "policy"),
    ("人事信息", "personnel"), ("规划计划", "planning"), ("财政信息", "other"),
    ("统计数据", "other"), ("重点工作", "other"),
]  # fmt: skip
COLUMN_LIMITS = {"news": 14, "notice": 180, "policy": 180, "personnel": 365, "planning": 365}
ITEM_WORDS = "关于印发 关于做好 工作的通知 实施方案 管理办法 专项行动 召开 常务会议 公示".split()  # noqa: SIM905
HOSTILE_TITLES = [
    "澳门新葡京<script>alert(document.cookie)</script>官方网站",
    '</title><img src=x onerror="alert(1)">皇冠体育',
    '【官方】太阳城 & "在线" 娱乐 | 开户送彩金 <b>最高返水</b>',
    '=HYPERLINK("http://evil.example/","点击")',
    "+cmd|' /C calc'!A0 棋牌游戏",
    "<iframe src=//evil.example></iframe>" + "六合彩" * 60,
    "\u202eplh.xedni\u202c 博彩\t平台\n开户",
]
ODD_TITLES = ["政务&amp;服务 <网上办事大厅>", 'XX县"放管服"改革专栏', "首页 | 门户网站 ' OR 1=1 --"]
SPAM_TERMS = ["澳门新葡京", "太阳城娱乐", "时时彩计划", "百家乐开户", "真人棋牌", "六合彩资料"]
SPAM_HOSTS = ["bet365-vip.com", "xpj888.cc", "ag-casino.net", "ylg99.top", "tyc1788.vip"]
UNREACHABLE_KINDS = [
    # (error_kind, words as crawler.rules says them, error_detail, http_status, weight)
    ("dns", "the host name does not resolve", "[Errno -2] Name or service not known", None, 30),
    ("connect", "no connection", "[Errno 111] Connection refused", None, 25),
    ("timeout", "no answer in time", "no response within 20 s", None, 20),
    ("tls", "TLS/certificate failure", "certificate verify failed: certificate has expired",
     None, 5),
    ("http_5xx", "server error", "HTTP 502 Bad Gateway", 502, 10),
    ("http_4xx", "client error status", "HTTP 404 Not Found", 404, 10),
]  # fmt: skip
SERVERS = ["nginx", "Apache", "Microsoft-IIS/8.5", "TWS", "openresty", "nginx/1.18.0", None]

# Status mix, and the share of all sites that moves between two statuses each night, the
# same number each way so that the mix stays steady: ~2% of the sites change state a
# night, mostly between healthy and stale; dead sites (zombie, unreachable) rarely leave.
SHARE = {"healthy": 0.62, "stale": 0.20, "zombie": 0.10, "unreachable": 0.07, "hijacked": 0.01}
FLOWS = {
    ("healthy", "stale"): 0.0080,
    ("healthy", "unreachable"): 0.0005,  # outages that pass
    ("healthy", "hijacked"): 0.0003,
    ("healthy", "zombie"): 0.0001,
    ("stale", "zombie"): 0.0003,
    ("stale", "unreachable"): 0.0002,
    ("zombie", "unreachable"): 0.0003,
}
# status -> [(next status, probability a night)]
MOVES: dict[str, list[tuple[str, float]]] = {
    status: [(b if a == status else a, flow / SHARE[status])
             for (a, b), flow in FLOWS.items() if status in (a, b)]
    for status in SHARE
}  # fmt: skip


@dataclass
class Place:
    name: str  # "广东省/广州市/天河区"
    short: str  # "天河区"
    slug: str
    weight: float


@dataclass
class SiteState:
    url: str
    https: bool
    server: str | None
    encoding: str
    title: str
    status: str = "healthy"
    newest: date = date(2026, 1, 1)  # newest content date (stale, zombie: frozen)
    kind: str = ""  # which finding defines a dead or hijacked status
    columns: list[tuple[str, str, date]] = field(default_factory=list)
    fails_healthy: bool = False  # healthy but failed by a veto (unanswered messages)
    empty: list[tuple[str, str]] = field(default_factory=list)  # empty columns
    fingerprint: int = 0


def _two(rng: random.Random) -> tuple[str, str]:
    (a, pa), (b, pb) = rng.sample(SYLLABLES, 2)
    return a + b, pa + pb


def make_places(rng: random.Random) -> list[Place]:
    """~3,100 groups: 31 provinces, ~10 cities each, ~9 counties per city."""
    places: list[Place] = []
    for p_index, province in enumerate(PROVINCES):
        places.append(Place(province, province, f"p{p_index:02d}", 5.0))
        cities = list(REAL_PLACES.get(province, []))
        seen = {c[0] for c in cities}
        wanted = rng.randint(6, 14)
        while len(cities) < wanted:
            name, slug = _two(rng)
            if name + "市" not in seen:
                seen.add(name + "市")
                cities.append((name + "市", slug, []))
        if province in MUNICIPALITIES:
            cities = [(n[:-1] + "区", slug, []) for n, slug, _ in cities]
        for city, city_slug, real_counties in cities:
            places.append(Place(f"{province}/{city}", city, city_slug, 2.2))
            if province in MUNICIPALITIES:
                continue
            counties = list(real_counties)
            names = {c[0] for c in counties}
            wanted = rng.randint(6, 14)
            while len(counties) < wanted:
                name, slug = _two(rng)
                name += rng.choice("区县县市")
                if name not in names:
                    names.add(name)
                    counties.append((name, slug))
            for county, county_slug in counties:
                places.append(
                    Place(f"{province}/{city}/{county}", county, county_slug + city_slug, 1.0)
                )
    return places


def make_sites(rng: random.Random, count: int) -> tuple[list[tuple[str, str, str]], int]:
    """(url, name, group) in list order (a group's sites together), and the group count."""
    places = make_places(rng)
    chosen = rng.choices(range(len(places)), [p.weight for p in places], k=count)
    per_place = Counter(chosen)
    sites: list[tuple[str, str, str]] = []
    urls: set[str] = set()
    for index, place in enumerate(places):
        for n in range(per_place.get(index, 0)):
            if n < len(DEPARTMENTS):
                dept, dept_slug = DEPARTMENTS[n]
            else:  # townships
                town, dept_slug = _two(rng)
                dept = town + rng.choice("镇镇乡街道")
                dept = f"{dept}人民政府" if not dept.endswith("街道") else f"{dept}办事处"
            scheme = "https" if rng.random() < 0.35 else "http"
            url = f"{scheme}://{dept_slug}.{place.slug}.gov.cn/"
            suffix = 2
            while url in urls:
                url = f"{scheme}://{dept_slug}{suffix}.{place.slug}.gov.cn/"
                suffix += 1
            urls.add(url)
            sites.append((url, place.short + dept, place.name))
    return sites, len(per_place)


# --- findings, worded like crawler/rules.py and crawler/integrity.py ------------------

Row = tuple[str, str, int | None, int, str]  # code, detail, count, veto, data (JSON)


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _item(rng: random.Random) -> str:
    return "".join(rng.choices(ITEM_WORDS, k=rng.randint(2, 4)))


def homepage_stale(rng: random.Random, site: SiteState, today: date) -> Row:
    age = (today - site.newest).days
    newest = site.newest.isoformat()
    detail = f"nothing new on the homepage since {newest} ({_item(rng)}), {age} days ago (limit 14)"
    data = {"newest": newest, "age_days": age, "limit_days": 14, "url": site.url}
    return ("homepage_stale", detail, None, 1, _json({**data, "basis": "dates"}))


def column_stale(site: SiteState, today: date) -> Row:
    stale = []
    for name, kind, newest in site.columns:
        age = (today - newest).days
        if age > COLUMN_LIMITS.get(kind, 10**6):
            stale.append((name, kind, newest.isoformat(), age, COLUMN_LIMITS[kind]))
    if not stale:  # a column that just went past its limit
        name, kind, newest = site.columns[0]
        stale.append((name, kind, newest.isoformat(), (today - newest).days, 0))
    key = sum(1 for c in stale if c[1] in ("news", "notice", "policy"))
    detail = "; ".join(
        f"{kind} column {name} last updated {newest}, {age} days ago, limit {limit}"
        for name, kind, newest, age, limit in stale
    )
    data = {
        "columns": [
            {"name": n, "type": k, "newest": d, "age_days": a, "limit_days": lim,
             "url": f"{site.url}col/{i}/index.html"}
            for i, (n, k, d, a, lim) in enumerate(stale)
        ],
        "key_columns": key,
    }  # fmt: skip
    veto = int(key >= 5 or len(stale) >= 10)
    return ("column_stale", detail, len(stale), veto, _json(data))


def column_empty(site: SiteState) -> Row:
    empty = site.empty
    names = ", ".join(f"{name} ({kind})" for name, kind in empty)
    data = {"columns": [{"name": n, "type": k, "url": site.url, "marker": "暂无信息"}
                        for n, k in empty]}  # fmt: skip
    veto = int(len(empty) >= 5)
    return ("column_empty", f"{len(empty)} empty column(s): {names}", len(empty), veto, _json(data))


def zombie_finding(rng: random.Random, site: SiteState, today: date) -> Row:
    if site.kind == "abandoned":
        age = (today - site.newest).days
        newest = site.newest.isoformat()
        detail = f"nothing new on the site for {age} days (newest date {newest}, limit 365)"
        data = {"last_updated": newest, "limit_days": 365, "basis": "newest date"}
        return ("abandoned", detail, None, 1, _json(data))
    snippet, words = {
        "placeholder_page": ("网站正在建设中，敬请期待……", "a placeholder: “{}”"),
        "default_server_page": ("Welcome to nginx!", "a web server's default page (nginx welcome)"),
        "parked_domain": (
            "该域名正在出售 This domain is for sale",
            "a parked or for-sale domain page: “{}”",
        ),
    }[site.kind]
    detail = words.format(snippet)
    data = {"evidence": [{"snippet": snippet, "url": site.url, "detail": site.kind}]}
    return (site.kind, f"the homepage is {detail}", None, 1, _json(data))


def hijack_findings(rng: random.Random, site: SiteState) -> list[Row]:
    terms = rng.sample(SPAM_TERMS, 3)
    hosts = sorted(rng.sample(SPAM_HOSTS, rng.randint(1, 4)))
    snippet = f'<a href="https://{hosts[0]}/">{terms[0]}</a>'
    evidence = [{"snippet": t, "url": f"https://{h}/", "detail": "position:absolute;left:-9999px"}
                for t, h in zip(terms, hosts, strict=False)]  # fmt: skip
    spam = "; ".join(f"“{t}”" for t in terms)
    rows: list[Row] = []
    if site.kind in ("hidden_links", "spam_content"):
        n = rng.randint(3, 400)
        more = "…" if len(hosts) > 3 else ""
        rows.append((
            "hidden_links",
            f"{n} hidden link(s) to other sites on the homepage ({', '.join(hosts[:3])}{more}):"
            f" “{_quote(snippet, 80)}”",
            n, 1, _json({"evidence": evidence, "hosts": hosts}),
        ))  # fmt: skip
        if site.kind == "spam_content" or rng.random() < 0.5:
            score = rng.uniform(6.0, 40.0)
            rows.append((
                "spam_content",
                f"spam on the homepage (score {score:.1f}, limit 6): {spam}",
                None, 1, _json({"score": round(score, 1), "limit": 6.0, "evidence": evidence}),
            ))  # fmt: skip
    elif site.kind == "offsite_redirect":
        target = f"https://{hosts[0]}/?from={site.url}"
        how = rng.choice(("HTTP 302", "script", "meta refresh"))
        shows = _quote(f"{terms[0]} | spam: {terms[1]}", 80)
        rows.append((
            "offsite_redirect",
            f"the homepage sends visitors to another domain ({how} to “{target}”): it shows"
            f" “{shows}”",
            None, 1, _json({"target": target, "how": how, "shows": shows}),
        ))  # fmt: skip
    else:
        score = rng.uniform(6.0, 30.0)
        rows.append((
            "cloaking",
            f"spam shown to search engines only (score {score:.1f} for a crawler, 0.0 for a"
            f" browser): {spam}",
            None, 1, _json({"evidence": evidence}),
        ))  # fmt: skip
    return rows


def extra_findings(rng: random.Random, site: SiteState, today: date, ms: int) -> list[Row]:
    """Findings that do not set a status: slow, certificates, broken links, undated..."""
    rows: list[Row] = []
    if ms > 3000:
        rows.append((
            "slow", f"homepage took {ms:,} ms (limit 3,000 ms)", None, 0,
            _json({"response_ms": ms, "limit_ms": 3000}),
        ))  # fmt: skip
    roll = rng.random()
    if roll < 0.20:
        n_home, n_other = rng.randint(0, 3), rng.randint(1, 12)
        links = [
            f"{site.url}art/2026/{rng.randint(1, 12)}/{rng.randint(1000, 99999)}.html"
            f" (HTTP 404, on {site.url})"
            for _ in range(min(3, n_home + n_other))
        ]
        rows.append((
            "broken_link",
            f"{n_home + n_other} broken link(s) ({n_home} on the homepage): "
            + "; ".join(_quote(e, 120) for e in links),
            n_home + n_other, 0,
            _json({"homepage": n_home, "elsewhere": n_other, "suspected": rng.randint(0, 2)}),
        ))  # fmt: skip
    elif roll < 0.30:
        rows.append((
            "undated", "no dated items on the homepage; judged by content changes", None, 0,
            _json({"url": site.url}),
        ))  # fmt: skip
    if site.https and rng.random() < 0.04:
        days = rng.randint(-20, 30)
        expires = (today + timedelta(days=days)).isoformat() + "T00:00:00Z"
        when = f"in {days} days" if days >= 0 else f"{-days} days ago"
        rows.append((
            "cert_expiring",
            f"the homepage's TLS certificate expires {when} ({expires})", None, 0,
            _json({"expires": expires, "days_left": days}),
        ))  # fmt: skip
    if rng.random() < 0.02:
        rows.append(("tls_error", "homepage served with an incomplete certificate chain",
                     None, 0, "{}"))  # fmt: skip
    if rng.random() < 0.005:
        target = site.url.replace("://", "://new.", 1)
        rows.append((
            "site_moved",
            f"the homepage moves visitors to another site under a trusted suffix (HTTP 301 to"
            f" “{target}”): merged or moved, not a hijack",
            None, 0, _json({"target": target, "how": "HTTP 301", "shows": ""}),
        ))  # fmt: skip
    return rows


def unanswered(rng: random.Random, today: date) -> Row:
    n = rng.randint(1, 9)
    oldest = today - timedelta(days=rng.randint(91, 360))
    title = rng.choice(("关于小区噪音扰民的投诉", "咨询社保转移手续", "道路积水问题反映"))
    detail = (
        f"{n} citizen message(s) unanswered for over 90 days; oldest {oldest.isoformat()}: {title}"
    )
    data = {"oldest": {"title": title, "date": oldest.isoformat(), "url": "/hdjl/"}}
    return ("unanswered_messages", detail, n, 1, _json(data))


DEDUCTIONS = {"slow": 5, "tls_error": 10, "undated": 10, "column_stale": 5, "column_empty": 5,
              "cert_expiring": 5}  # fmt: skip


def _score(rows: Sequence[Row]) -> int:
    if any(r[3] for r in rows):
        return 0
    lost = 0
    for code, _, count, _, data in rows:
        if code == "broken_link":
            parts = json.loads(data)
            lost += parts["homepage"] * 2 + parts["elsewhere"]
        else:
            lost += DEDUCTIONS.get(code, 0) * (count or 1)
    return max(0, 100 - lost)


# --- the state of a site, night by night ------------------------------------------------


def enter(rng: random.Random, site: SiteState, status: str, today: date, first: bool) -> None:
    """Give a site a new status, with what defines it."""
    site.status = status
    site.fails_healthy = False
    site.columns = []
    site.empty = []
    if status in ("healthy", "stale") and rng.random() < 0.04:
        site.empty = rng.sample(COLUMNS, rng.choice((1, 1, 1, 2, 3, 5)))
    if status == "healthy":
        site.fails_healthy = rng.random() < 0.04
    elif status == "stale":
        site.newest = today - timedelta(days=rng.randint(15, 300) if first else rng.randint(15, 20))
        site.kind = "homepage_stale" if rng.random() < 0.7 else "column_stale"
        picked = rng.sample(COLUMNS, rng.randint(1, 7))
        site.columns = [
            (name, kind, site.newest - timedelta(days=rng.randint(0, 400)))
            for name, kind in picked
            if kind in COLUMN_LIMITS
        ] or [("政务动态", "news", site.newest)]
    elif status == "zombie":
        site.kind = rng.choices(
            ("abandoned", "placeholder_page", "default_server_page", "parked_domain"),
            (60, 15, 10, 15),
        )[0]
        site.newest = today - timedelta(days=rng.randint(366, 2500) if first else 366)
    elif status == "unreachable":
        which = rng.choices(range(len(UNREACHABLE_KINDS)), [k[4] for k in UNREACHABLE_KINDS])
        site.kind = str(which[0])
    else:  # hijacked
        site.kind = rng.choice(("hidden_links", "hidden_links", "spam_content",
                                "offsite_redirect", "cloaking"))  # fmt: skip
        site.title = rng.choice(HOSTILE_TITLES) if rng.random() < 0.8 else site.title


def _site_states(rng: random.Random, urls: Sequence[str], today: date) -> list[SiteState]:
    states = []
    statuses, weights = list(SHARE), list(SHARE.values())
    for url, status in zip(urls, rng.choices(statuses, weights, k=len(urls)), strict=True):
        roll = rng.random()
        title = "人民政府门户网站" if roll > 0.01 else rng.choice(ODD_TITLES)
        site = SiteState(
            url=url,
            https=url.startswith("https"),
            server=rng.choice(SERVERS),
            encoding="gbk" if roll < 0.1 else "utf-8",
            title=title,
            fingerprint=rng.getrandbits(64),
        )
        enter(rng, site, status, today, first=True)
        states.append(site)
    return states


def _next_status(rng: random.Random, current: str) -> str:
    roll = rng.random()
    for status, probability in MOVES[current]:
        if roll < probability:
            return status
        roll -= probability
    return current


def night(rng: random.Random, site: SiteState, today: date) -> tuple[dict[str, Any], list[Row]]:
    """Advance a site one night; its check's fields and its findings."""
    status = _next_status(rng, site.status)
    if status != site.status:
        enter(rng, site, status, today, first=False)
    status = site.status
    if status == "unreachable":
        kind, words, detail, http, _ = UNREACHABLE_KINDS[int(site.kind)]
        attempts = 3
        row: Row = (
            "unreachable",
            f"homepage unreachable after {attempts} attempts: {words} ({detail})",
            None, 1, _json({"kind": kind}),
        )  # fmt: skip
        return {"http": http, "ms": None, "kind": kind, "error": detail, "page": False}, [row]
    ms = int(rng.lognormvariate(6.3, 0.8))  # median ~550 ms, a tail past 3 s
    rows: list[Row] = []
    if status == "hijacked":
        rows += hijack_findings(rng, site)
    elif status == "zombie":
        rows.append(zombie_finding(rng, site, today))
    elif status == "stale":
        if site.kind == "homepage_stale":
            rows.append(homepage_stale(rng, site, today))
            if rng.random() < 0.5:
                rows.append(column_stale(site, today))
        else:
            rows.append(column_stale(site, today))
    if site.empty:
        rows.append(column_empty(site))
    if site.fails_healthy:
        rows.append(unanswered(rng, today))
    if status in ("healthy", "stale", "hijacked") and rng.random() < 0.3:
        site.fingerprint = rng.getrandbits(64)  # the page changed
    rows += extra_findings(rng, site, today, ms)
    rows = rows[:6]
    if status == "healthy":
        site.newest = today - timedelta(days=rng.randint(0, 10))
    return {"http": 200, "ms": ms, "kind": None, "error": "", "page": True}, rows


# --- generation --------------------------------------------------------------------------


def _clock(start: datetime, seconds: float) -> str:
    return utc_text(start + timedelta(seconds=seconds))


def generate(path: Path, n_sites: int, n_scans: int, seed: int, depth: str) -> dict[str, Any]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = random.Random(seed)
    t0 = time.perf_counter()
    sites, groups = make_sites(rng, n_sites)
    starts = [LAST_START - timedelta(days=n_scans - 1 - k) for k in range(n_scans)]
    first_day = starts[0].date()

    db = open_database(path)  # the real schema and pragmas; finishing scans uses it
    bulk = sqlite3.connect(path, isolation_level=None)  # a plain connection for the inserts
    bulk.execute("PRAGMA cache_size = -1000000")  # 1 GB: index pages stay cached
    bulk.execute("PRAGMA synchronous = NORMAL")
    seen = utc_text(starts[0])
    bulk.execute("BEGIN")
    bulk.executemany(
        "INSERT INTO sites (id, url, name, site_group, first_seen, last_seen)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(i + 1, url, name, group, seen, utc_text(starts[-1])) for i, (url, name, group)
         in enumerate(sites)],
    )  # fmt: skip
    bulk.execute("COMMIT")
    states = _site_states(rng, [s[0] for s in sites], first_day)

    insert_s: list[float] = []
    finish_s: list[float] = []
    summarise_s: list[float] = []
    summarise_cpu_s: list[float] = []
    check_id = 0
    findings_total = 0
    for scan_index, start in enumerate(starts):
        t_scan = time.perf_counter()
        today = start.date()
        stamp = utc_text(start)
        checks: list[tuple[Any, ...]] = []
        findings: list[tuple[Any, ...]] = []
        step = SCAN_SECONDS / n_sites
        scan_id = scan_index + 1
        for index, site in enumerate(states):
            fetch, rows = night(rng, site, today)
            check_id += 1
            score = _score(rows)
            passed = int(not any(r[3] for r in rows))
            checked_at = _clock(start, index * step)
            if fetch["page"]:
                final = site.url
                redirects = "[]"
                if site.status == "hijacked" and site.kind == "offsite_redirect":
                    final = f"https://{SPAM_HOSTS[index % len(SPAM_HOSTS)]}/"
                    redirects = json.dumps([{"url": site.url, "status": 302}])
                expires = utc_text(start + timedelta(days=30 + index % 300)) if site.https else None
                checks.append((
                    check_id, scan_id, index + 1, checked_at, final, 200, fetch["ms"],
                    30_000 + site.fingerprint % 90_000, "text/html", site.encoding,
                    None, None, site.server, expires, None, redirects, 1, None, "",
                    site.status, score, passed, site.newest.isoformat(), "content",
                    site.title, 2_000 + site.fingerprint % 30_000, 100 + site.fingerprint % 600,
                    f"{site.fingerprint:016x}{scan_id:016x}",
                ))  # fmt: skip
            else:
                checks.append((
                    check_id, scan_id, index + 1, checked_at, "", fetch["http"], None, 0, "",
                    "", None, None, None, None, None, "[]", 3, fetch["kind"], fetch["error"],
                    "unreachable", 0, 0, None, None, "", 0, 0, "",
                ))  # fmt: skip
            findings.extend((check_id, *r) for r in rows)
        findings_total += len(findings)
        t_build = time.perf_counter()
        bulk.execute("BEGIN")
        bulk.execute(
            "INSERT INTO scans (id, started_at, depth, site_total, site_done, config_digest,"
            " config_path) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (scan_id, stamp, depth, n_sites, n_sites, "bench", "bench.toml"),
        )
        bulk.executemany(
            "INSERT INTO checks (id, scan_id, site_id, checked_at, final_url, http_status,"
            " response_ms, body_bytes, content_type, encoding, last_modified, etag, server,"
            " cert_expires, tls_error, redirects, attempts, error_kind, error_detail, status,"
            " score, passed, last_updated, last_updated_source, title, text_length, link_count,"
            " fingerprint) VALUES (" + ", ".join("?" * 28) + ")",
            checks,
        )
        bulk.executemany(
            "INSERT INTO findings (check_id, code, detail, count, veto, data)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            findings,
        )
        bulk.execute("COMMIT")
        t_insert = time.perf_counter()
        summarise_took, summarise_cpu = finish_scan(
            db.conn, scan_id, start + timedelta(seconds=SCAN_SECONDS)
        )
        t_done = time.perf_counter()
        insert_s.append(t_insert - t_scan)
        finish_s.append(t_done - t_insert)
        summarise_s.append(summarise_took)
        summarise_cpu_s.append(summarise_cpu)
        print(
            f"scan {scan_id:>3}/{n_scans}: {len(checks):,} checks, {len(findings):,} findings;"
            f" rows {t_build - t_scan:.1f} s, insert {t_insert - t_build:.1f} s,"
            f" finish {t_done - t_insert:.2f} s (summarise_scan {summarise_took:.2f} s,"
            f" CPU {summarise_cpu:.2f} s)",
            flush=True,
        )
    bulk.close()
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return {
        "sites": n_sites,
        "groups": groups,
        "scans": n_scans,
        "findings": findings_total,
        "seconds": time.perf_counter() - t0,
        "generate_insert_s": insert_s,
        "finish_s": finish_s,
        "summarise_s": summarise_s,
        "summarise_cpu_s": summarise_cpu_s,
    }


def finish_scan(conn: sqlite3.Connection, scan_id: int, finished: datetime) -> tuple[float, float]:
    """What ResultStore.finish_scan does; the wall and CPU seconds summarise_scan took."""
    counts = {status: 0 for status in ("unreachable", "hijacked", "zombie", "stale", "healthy")}
    for status, number in conn.execute(
        "SELECT status, COUNT(*) FROM checks WHERE scan_id = ? GROUP BY status", (scan_id,)
    ):
        counts[status] = number
    passed = conn.execute(
        "SELECT COUNT(*) FROM checks WHERE scan_id = ? AND passed", (scan_id,)
    ).fetchone()[0]
    conn.execute("BEGIN IMMEDIATE")
    t0, c0 = time.perf_counter(), time.process_time()
    summarise_scan(conn, scan_id)
    took = (time.perf_counter() - t0, time.process_time() - c0)
    conn.execute(
        "UPDATE scans SET finished_at = ?, counts = ?, passed = ?,"
        " site_done = (SELECT COUNT(*) FROM checks WHERE scan_id = ?) WHERE id = ?",
        (utc_text(finished), json.dumps(counts), passed, scan_id, scan_id),
    )
    conn.execute("COMMIT")
    return took


# --- timed steps (each in a fresh interpreter: --step) ------------------------------------


def _maxrss_mb() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: a child started by fork + exec keeps
    the parent's high-water mark in ru_maxrss."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _build(db_path: Path, group: str | None) -> Any:
    from crawler.config import Config
    from monitor.build import build_report

    config = Config()
    conn = sqlite3.connect(db_path)
    try:
        return build_report(
            conn,
            settings=config.report,
            rules=config.rules,
            now=LAST_START + timedelta(hours=1),
            group=group,
        )
    finally:
        conn.close()


def run_step(step: str, db_path: Path, repeat: int, group: str | None, profile: bool) -> None:
    """One step in this (fresh) process; prints one JSON line."""
    from crawler.config import Config

    result: dict[str, Any] = {"step": step}
    seconds: list[float] = []
    cpu: list[float] = []
    if step in ("build", "build-group"):
        report = None
        for _ in range(repeat):
            report = None  # one report alive at a time: the peak RSS of one build
            t0, c0 = time.perf_counter(), time.process_time()
            report = _build(db_path, group if step == "build-group" else None)
            seconds.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        assert report is not None
        result.update(seconds=seconds, cpu=cpu, size=None, sites=len(report.sites))
        if profile:
            result["profile"] = _profile(lambda: _build(db_path, None))
    elif step.startswith("render:"):
        fmt = step.split(":", 1)[1]
        from monitor.cli import render

        config = Config()
        report = _build(db_path, None)
        text = ""
        for _ in range(repeat):
            text = ""
            t0, c0 = time.perf_counter(), time.process_time()
            text = render(report, fmt, config, "en")
            seconds.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        result.update(seconds=seconds, cpu=cpu, size=len(text.encode("utf-8")))
        if profile:
            result["profile"] = _profile(lambda: render(report, fmt, config, "en"))
    else:
        raise SystemExit(f"unknown step {step!r}")
    result["maxrss_mb"] = _maxrss_mb()
    print(json.dumps(result, ensure_ascii=False))


def _profile(call: Callable[[], object]) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    call()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(15)
    stats.sort_stats("cumulative").print_stats(25)
    return out.getvalue()


def step_in_child(
    step: str, db_path: Path, repeat: int, group: str | None, profile: bool = False
) -> dict[str, Any]:
    command = [sys.executable, __file__, "--db", str(db_path), "--step", step,
               "--repeat", str(repeat)]  # fmt: skip
    if group is not None:
        command += ["--group", group]
    if profile:
        command.append("--profile")
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        return {"step": step, "error": done.stderr.strip().splitlines()[-1:] or ["failed"]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run_cli(db_path: Path, repeat: int, group: str | None) -> dict[str, Any]:
    """`python -m monitor report --format html --out DIR`: wall time, file size, peak RSS."""
    seconds = []
    cpu = []
    rss = 0.0
    size = 0
    error = None
    for _ in range(repeat):
        out = Path(tempfile.mkdtemp(prefix="bench-report-out-"))
        command = [sys.executable, "-m", "monitor", "report", "--db", str(db_path),
                   "--format", "html", "--out", str(out)]  # fmt: skip
        if group is not None:
            command += ["--group", group]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        with open(out / "stderr.txt", "w") as stderr:
            t0 = time.perf_counter()
            proc = subprocess.Popen(
                command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=stderr
            )
            _, status, usage = os.wait4(proc.pid, 0)
            seconds.append(time.perf_counter() - t0)
        cpu.append(usage.ru_utime + usage.ru_stime)
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss = max(rss, usage.ru_maxrss / 1024)
        if proc.returncode != 0:
            error = (out / "stderr.txt").read_text().strip().splitlines()[-1:]
        reports = [p for p in out.glob("report-*.html")]
        size = reports[0].stat().st_size if reports else 0
        shutil.rmtree(out)
    step = "CLI `report --format html --out`" + (" --group" if group else "")
    result: dict[str, Any] = {
        "step": step,
        "seconds": seconds,
        "cpu": cpu,
        "size": size,
        "maxrss_mb": rss,
    }
    if error:
        result["error"] = error
    return result


def _db_sizes(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    conn.close()
    wal = Path(f"{path}-wal")
    return {
        "file": path.stat().st_size,
        "wal": wal.stat().st_size if wal.exists() else 0,
        "live": (pages - free) * page,
    }


def run_prune(db_path: Path, vacuum: bool) -> dict[str, Any]:
    """prune(keep_days=7) on a copy of the database, as `scan` runs it after each scan."""
    copy = db_path.with_name(db_path.stem + "-prune" + db_path.suffix)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(db_path, copy)
    before = _db_sizes(copy)
    db = open_database(copy, create=False)
    now = LAST_START + timedelta(seconds=SCAN_SECONDS)
    t0, c0 = time.perf_counter(), time.process_time()
    result = prune(db.conn, 7, now)  # one transaction per scan
    took = time.perf_counter() - t0
    took_cpu = time.process_time() - c0
    after = _db_sizes(copy)
    t0 = time.perf_counter()
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpoint = time.perf_counter() - t0
    # The steady state: the next night, one more scan falls out of the window.
    t0, c0 = time.perf_counter(), time.process_time()
    nightly = prune(db.conn, 7, now + timedelta(days=1))
    nightly_s, nightly_cpu = time.perf_counter() - t0, time.process_time() - c0
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    out: dict[str, Any] = {
        "seconds": took,
        "cpu": took_cpu,
        "scans": result.scans,
        "checks": result.checks,
        "before": before,
        "after": after,
        "checkpoint_s": checkpoint,
        "nightly": (nightly_s, nightly_cpu, nightly.scans, nightly.checks),
    }
    if vacuum:
        conn = sqlite3.connect(copy, isolation_level=None)
        t0 = time.perf_counter()
        conn.execute("VACUUM")
        out["vacuum_s"] = time.perf_counter() - t0
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        out["vacuumed"] = _db_sizes(copy)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return out


def biggest_group(db_path: Path) -> tuple[str, int]:
    conn = sqlite3.connect(db_path)
    row = conn.execute(
        "SELECT site_group, sites FROM scan_groups WHERE scan_id = (SELECT MAX(id) FROM scans)"
        " ORDER BY sites DESC, site_group LIMIT 1"
    ).fetchone()
    conn.close()
    return str(row[0]), int(row[1])


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _mb(n: int) -> str:
    return f"{n / 1e6:,.0f} MB"


def _row(result: dict[str, Any]) -> str:
    if "error" in result:
        return f"| {result['step']} | failed: {' '.join(result['error'])} | | | |"
    median = statistics.median(result["seconds"])
    spread = f"{min(result['seconds']):.2f}–{max(result['seconds']):.2f}"
    cpu = statistics.median(result["cpu"])
    size = f"{result['size']:,}" if result.get("size") else "–"
    return (
        f"| {result['step']} | {median:.2f} ({spread}) | {cpu:.2f} | {size}"
        f" | {result['maxrss_mb']:.0f} |"
    )


def report_generation(gen: dict[str, Any]) -> None:
    print(
        f"generated {gen['sites']:,} sites in {gen['groups']:,} groups x {gen['scans']}"
        f" scans ({gen['findings']:,} findings) in {gen['seconds']:.0f} s"
    )
    print(
        f"insert per scan (rows + executemany): median"
        f" {statistics.median(gen['generate_insert_s']):.1f} s;"
        f" finish per scan: median {statistics.median(gen['finish_s']):.2f} s"
        f" (max {max(gen['finish_s']):.2f} s), of it summarise_scan median"
        f" {statistics.median(gen['summarise_s']):.2f} s"
        f" (first scan {gen['summarise_s'][0]:.2f} s, max {max(gen['summarise_s']):.2f} s),"
        f" CPU median {statistics.median(gen['summarise_cpu_s']):.2f} s"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench-report.db"))
    parser.add_argument("--sites", type=int, default=84_094)
    parser.add_argument("--scans", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--depth", default="full", choices=("home", "full"))
    parser.add_argument("--reuse", action="store_true", help="reuse the database at --db")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per step (median)")
    parser.add_argument("--no-prune", action="store_true", help="skip the prune timing")
    parser.add_argument("--no-vacuum", action="store_true", help="no VACUUM after prune")
    parser.add_argument("--profile", action="store_true", help="profile every step")
    parser.add_argument("--group", help=argparse.SUPPRESS)
    parser.add_argument("--step", help=argparse.SUPPRESS)  # internal: one step, fresh process
    args = parser.parse_args(argv)
    if args.step == "generate":
        report_generation(generate(args.db, args.sites, args.scans, args.seed, args.depth))
        return 0
    if args.step:
        run_step(args.step, args.db, args.repeat, args.group, args.profile)
        return 0

    print(
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()},"
        f" Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )
    if args.reuse and args.db.exists():
        print(f"reusing {args.db}")
    else:
        # In a child process: this one stays small, so that the peak RSS its children
        # report (ru_maxrss of the CLI runs) is theirs, not an inherited high-water mark.
        command = [sys.executable, __file__, "--step", "generate", "--db", str(args.db),
                   "--sites", str(args.sites), "--scans", str(args.scans),
                   "--seed", str(args.seed), "--depth", args.depth]  # fmt: skip
        sys.stdout.flush()
        subprocess.run(command, check=True, cwd=REPO)
    sizes = _db_sizes(args.db)
    print(f"database: {args.db}, {_mb(sizes['file'])} (+ WAL {_mb(sizes['wal'])})")

    load_before = _load()
    group, group_sites = biggest_group(args.db)
    print(f"--group: {group!r} ({group_sites:,} sites, the biggest group)")
    results = [step_in_child("build", args.db, args.repeat, None, args.profile)]
    results[0]["step"] = "build_report"
    for fmt in FORMATS:
        result = step_in_child(f"render:{fmt}", args.db, args.repeat, None, args.profile)
        result["step"] = f"render {fmt}"
        results.append(result)
    results.append(run_cli(args.db, args.repeat, None))
    result = step_in_child("build-group", args.db, args.repeat, group)
    result["step"] = "build_report --group"
    results.append(result)
    results.append(run_cli(args.db, args.repeat, group))

    print()
    print(f"load average before/after: {load_before} / {_load()}")
    print()
    print("| step | wall s, median (min–max) | CPU s, median | output bytes | peak RSS MB |")
    print("|---|---:|---:|---:|---:|")
    for result in results:
        print(_row(result))
    print()
    for result in results:
        slow = "seconds" in result and statistics.median(result["seconds"]) > SLOW_STEP
        if result.get("profile") or (slow and not result["step"].startswith("CLI")):
            profile = result.get("profile")
            if profile is None:
                step = "build" if result["step"] == "build_report" else (
                    "render:" + result["step"].split()[-1]
                    if result["step"].startswith("render") else "build"
                )  # fmt: skip
                profile = step_in_child(step, args.db, 1, None, profile=True).get("profile")
            print(f"--- profile of {result['step']} (slower than {SLOW_STEP:g} s) ---")
            print(profile)

    if not args.no_prune:
        pruned = run_prune(args.db, vacuum=not args.no_vacuum)
        before, after = pruned["before"], pruned["after"]
        print(
            f"prune(keep_days=7) on a copy: {pruned['seconds']:.1f} s"
            f" (CPU {pruned['cpu']:.1f} s), deleted"
            f" {pruned['checks']:,} checks of {pruned['scans']} scans; database"
            f" {_mb(before['file'])} -> {_mb(after['file'])} file + {_mb(after['wal'])} WAL"
            f" (live pages {_mb(before['live'])} -> {_mb(after['live'])});"
            f" checkpoint {pruned['checkpoint_s']:.1f} s"
        )
        seconds, cpu, scans, checks = pruned["nightly"]
        print(
            f"the next night's prune: {seconds:.2f} s (CPU {cpu:.2f} s), deleted {checks:,}"
            f" checks of {scans} scan(s)"
        )
        if "vacuum_s" in pruned:
            print(
                f"VACUUM after prune: {pruned['vacuum_s']:.1f} s,"
                f" file {_mb(pruned['vacuumed']['file'])}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
