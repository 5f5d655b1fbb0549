"""Hostile and broken HTTP servers, third set: raw asyncio servers that misbehave at
the byte level (where aiohttp's test server cannot), and the truth a scan must reach
on each of them.

One raw server on 127.0.0.1 serves every case; the case is the first label of the
Host header (``drip-body.hostile3.test``). A scan reaches it through the
``[network] resolve`` override ``"*.hostile3.test" = "127.0.0.1:PORT"``.

The truth (``CASES``) was written before any scan was run on these servers: what a
careful inspector would want the scan to say about each site, and that the scan
finishes in bounded time and memory, with no traceback, and goes on to the others.

The well-behaved content is a county government portal (a Hanweb/TRS-like template:
top bar, mega menu, banner, news with a picture box, a tab box of notices and
policies, personnel, service icons, special-topic banners, links, a long footer with
ICP and copyright), dated relative to ``NOW``.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import struct
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import quote, unquote, urlsplit

NOW = date(2026, 3, 18)
DOMAIN = "hostile3.test"

# ---------------------------------------------------------------------------
# The portal's content
# ---------------------------------------------------------------------------

SITE_NAME = "青山县人民政府"

NEWS_TITLES = [
    "县委常委会召开会议 传达学习全国两会精神",
    "县长主持召开县政府第四十二次常务会议",
    "我县召开2026年优化营商环境推进大会",
    "青山县春季植树造林工作全面启动",
    "县领导督导检查安全生产和消防工作",
    "全县乡村振兴重点项目集中开工",
    "我县举办2026年春风行动现场招聘会",
    "县人大常委会视察城区老旧小区改造项目",
    "青山县召开耕地保护和粮食安全工作会议",
    "县政协开展民营企业发展专题调研",
    "我县启动第二轮“清廉机关”创建活动",
    "县委理论学习中心组举行集体学习",
]
NOTICE_TITLES = [
    "关于2026年清明节期间森林防火的通告",
    "青山县2026年第一批城乡公益性岗位招聘公告",
    "关于开展2025年度企业年报公示工作的通知",
    "关于青山大道部分路段临时交通管制的通告",
    "青山县2026年春季义务教育招生入学公告",
    "关于做好2026年城乡居民医保参保缴费工作的通知",
    "关于征集2026年县级民生实事项目的公告",
    "青山县自然资源局国有建设用地使用权挂牌出让公告",
    "关于开展全县燃气安全专项排查整治的通告",
    "关于2026年度耕地地力保护补贴发放的公示",
]
POLICY_TITLES = [
    "青山县人民政府关于印发《青山县促进民营经济高质量发展若干措施》的通知",
    "青山县人民政府办公室关于印发2026年县政府工作要点的通知",
    "青山县人民政府关于调整城乡居民最低生活保障标准的通知",
    "青山县人民政府办公室关于进一步加强城市管理工作的实施意见",
    "青山县人民政府关于公布县级行政许可事项清单的决定",
    "青山县人民政府办公室关于印发青山县突发事件总体应急预案的通知",
    "青山县人民政府关于加快推进县域商业体系建设的实施方案",
    "青山县人民政府办公室关于做好2026年春耕生产工作的通知",
]
PERSONNEL_TITLES = [
    "青山县人民政府关于王建国等同志职务任免的通知",
    "青山县2025年公开招聘事业单位工作人员拟聘用人员公示",
    "青山县人民政府关于李红梅等同志任职的通知",
    "青山县2025年度县管干部任前公示",
    "青山县2025年公开遴选公务员拟遴选人员名单公示",
    "青山县人民政府关于张志强同志免职的通知",
]

# Days before NOW of each column's items, newest first (the truth below reads them).
NEWS_AGES = [1, 2, 2, 3, 5, 6, 8, 9, 12, 15, 19, 22]
NOTICE_AGES = [4, 9, 17, 25, 33, 41, 58, 66, 80, 95]
POLICY_AGES = [12, 30, 47, 71, 99, 130, 160, 210]
PERSONNEL_AGES = [40, 75, 120, 150, 200, 260]

COLUMNS = {
    # key: (heading, type, path, titles, ages, article column id)
    "news": ("政务要闻", "news", "/col/col1421/index.html", NEWS_TITLES, NEWS_AGES, 1421),
    "notice": ("通知公告", "notice", "/col/col1425/index.html", NOTICE_TITLES, NOTICE_AGES, 1425),
    "policy": ("政策文件", "policy", "/col/col1431/index.html", POLICY_TITLES, POLICY_AGES, 1431),
    "personnel": ("人事信息", "personnel", "/col/col1437/index.html", PERSONNEL_TITLES, PERSONNEL_AGES, 1437),
}


def _day(age: int) -> date:
    return NOW - timedelta(days=age)


def _art_url(col: int, i: int, age: int) -> str:
    d = _day(age)
    return f"/art/{d.year}/{d.month}/{d.day}/art_{col}_{58200 + col * 3 + i * 7}.html"


MENU = [
    ("首页", "/index.html", []),
    ("走进青山", "/col/col1401/index.html", ["青山概况", "历史沿革", "行政区划", "自然资源", "人口民族", "青山名人"]),
    ("政务公开", "/col/col1410/index.html", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"]),
    ("政务服务", "/col/col1450/index.html", ["个人办事", "法人办事", "部门服务", "主题服务", "好差评"]),
    ("互动交流", "/col/col1460/index.html", ["县长信箱", "网上调查", "征集调查", "在线访谈", "常见问题"]),
    ("专题专栏", "/col/col1470/index.html", ["优化营商环境", "乡村振兴", "安全生产", "创建文明城市", "扫黑除恶"]),
    ("数据发布", "/col/col1480/index.html", ["统计数据", "统计公报", "统计分析"]),
]

DEPARTMENTS = [
    "县发展和改革局", "县教育局", "县科学技术局", "县工业和信息化局", "县公安局", "县民政局",
    "县司法局", "县财政局", "县人力资源和社会保障局", "县自然资源局", "县生态环境分局",
    "县住房和城乡建设局", "县交通运输局", "县水利局", "县农业农村局", "县商务局",
    "县文化旅游广电局", "县卫生健康委员会", "县退役军人事务局", "县应急管理局",
    "县审计局", "县市场监督管理局", "县统计局", "县医疗保障局",
]
TOWNS = ["城关镇", "青石镇", "白马镇", "黄龙镇", "清河乡", "双溪乡", "松岭乡", "石门乡", "桃源镇", "龙潭镇"]


def _li(col: int, i: int, title: str, age: int, with_year: bool = True) -> str:
    d = _day(age)
    shown = d.isoformat() if with_year else f"{d.month:02d}-{d.day:02d}"
    return (
        f'<li><a href="{_art_url(col, i, age)}" target="_blank" title="{title}">{title}</a>'
        f'<span class="date">{shown}</span></li>\n'
    )


def _menu_html() -> str:
    parts = ['<div class="nav"><ul class="nav-list">']
    for name, href, subs in MENU:
        parts.append(f'<li class="nav-item"><a href="{href}">{name}</a>')
        if subs:
            parts.append('<div class="sub-nav"><dl>')
            for j, sub in enumerate(subs):
                parts.append(f'<dd><a href="{href.rsplit("/", 1)[0]}/sub{j}.html">{sub}</a></dd>')
            parts.append("</dl></div>")
        parts.append("</li>")
    parts.append("</ul></div>")
    return "\n".join(parts)


def _style() -> str:
    rules = []
    for sel in ["body", ".top-bar", ".header", ".nav", ".banner", ".main", ".box", ".tab-hd", ".tab-bd",
                ".list li", ".list .date", ".footer", ".links select", ".service a", ".topic img"]:
        rules.append(f"{sel}{{margin:0;padding:0;font:14px/1.8 'Microsoft YaHei',SimSun,sans-serif;color:#333}}")
    rules.append(".sub-nav{display:none;position:absolute;background:#fff}")
    rules.append(".nav-item:hover .sub-nav{display:block}")
    rules.append(".tab-bd .panel{display:none}.tab-bd .panel.on{display:block}")
    return "<style>\n" + "\n".join(rules) + "\n</style>"


def homepage(title: str = "", extra_body: str = "", extra_head: str = "") -> str:
    """The portal's homepage (~30 KB), every column fresh at NOW."""
    title = title or f"{SITE_NAME}门户网站"
    news_h, _, news_path, news_t, news_a, news_c = COLUMNS["news"]
    notice_h, _, notice_path, notice_t, notice_a, notice_c = COLUMNS["notice"]
    policy_h, _, policy_path, policy_t, policy_a, policy_c = COLUMNS["policy"]
    pers_h, _, pers_path, pers_t, pers_a, pers_c = COLUMNS["personnel"]
    news_items = "".join(_li(news_c, i, t, a) for i, (t, a) in enumerate(zip(news_t[:8], news_a[:8], strict=False)))
    notice_items = "".join(_li(notice_c, i, t, a) for i, (t, a) in enumerate(zip(notice_t[:7], notice_a[:7], strict=False)))
    policy_items = "".join(_li(policy_c, i, t, a) for i, (t, a) in enumerate(zip(policy_t[:7], policy_a[:7], strict=False)))
    pers_items = "".join(_li(pers_c, i, t, a) for i, (t, a) in enumerate(zip(pers_t[:5], pers_a[:5], strict=False)))
    pic = _art_url(news_c, 0, news_a[0])
    depts = "".join(f'<option value="/dept/{i}/">{d}</option>' for i, d in enumerate(DEPARTMENTS))
    towns = "".join(f'<li><a href="/town/{i}/index.html">{t}</a></li>' for i, t in enumerate(TOWNS))
    services = "".join(
        f'<a href="/col/col1450/svc{i}.html"><i class="icon icon-{i}"></i><span>{s}</span></a>'
        for i, s in enumerate(["社保查询", "公积金查询", "不动产登记", "户籍办理", "医保服务", "教育入学",
                               "企业开办", "工程建设", "民政服务", "就业创业", "交通出行", "水电气暖"])
    )
    topics = "".join(
        f'<a href="/col/col147{i}/index.html"><img src="/images/zt{i}.jpg" alt="{t}"></a>'
        for i, t in enumerate(["学习贯彻党的二十届四中全会精神", "优化营商环境", "乡村振兴在行动", "安全生产月",
                               "创建全国文明城市"])
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="{SITE_NAME}">
<meta name="SiteDomain" content="www.qingshan.gov.cn">
<meta name="SiteIDCode" content="3607250001">
<meta name="ColumnName" content="首页">
<title>{title}</title>
{extra_head}
<link rel="stylesheet" href="/css/common.css">
<link rel="stylesheet" href="/css/index.css">
{_style()}
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="wrap">
<span id="today"></span>
<a href="/col/col1490/index.html">无障碍浏览</a> | <a href="javascript:void(0)" id="elder">长者模式</a> |
<a href="/wap/">手机版</a> | <a href="/col/col1495/index.html">政务微博</a> | <a href="/col/col1496/index.html">政务微信</a>
</div></div>
<div class="header"><div class="wrap">
<a class="logo" href="/"><img src="/images/logo.png" alt="{SITE_NAME}"></a>
<form class="search" action="/jrobot/search.do" method="get"><input type="text" name="q" placeholder="请输入关键字">
<input type="hidden" name="webid" value="42"><button type="submit">搜索</button></form>
</div></div>
{_menu_html()}
<div class="banner"><img src="/images/banner2026.jpg" alt="青山县"></div>
<div class="main wrap">
 <div class="row">
  <div class="box pic-news">
   <a href="{pic}"><img src="/picture/0/2603171612345.jpg" alt="{news_t[0]}"></a>
   <p><a href="{pic}">{news_t[0]}</a></p>
  </div>
  <div class="box news">
   <div class="box-hd"><h2>{news_h}</h2><a class="more" href="{news_path}">更多&gt;&gt;</a></div>
   <ul class="list">{news_items}</ul>
  </div>
 </div>
 <div class="row">
  <div class="box tab-box">
   <div class="tab-hd"><ul><li class="on"><a href="{notice_path}">{notice_h}</a></li><li><a href="{policy_path}">{policy_h}</a></li></ul></div>
   <div class="tab-bd">
    <div class="panel on"><ul class="list">{notice_items}</ul><a class="more" href="{notice_path}">更多</a></div>
    <div class="panel"><ul class="list">{policy_items}</ul><a class="more" href="{policy_path}">更多</a></div>
   </div>
  </div>
  <div class="box personnel">
   <div class="box-hd"><h2>{pers_h}</h2><a class="more" href="{pers_path}">更多&gt;&gt;</a></div>
   <ul class="list">{pers_items}</ul>
  </div>
 </div>
 <div class="row service"><div class="box-hd"><h2>政务服务</h2></div>{services}</div>
 <div class="row interact">
  <div class="box"><div class="box-hd"><h2>互动交流</h2></div>
   <a href="/col/col1460/xx.html">县长信箱</a> <a href="/col/col1460/dc.html">网上调查</a>
   <a href="/col/col1460/ft.html">在线访谈</a> <a href="/col/col1460/wt.html">常见问题解答</a>
  </div>
  <div class="box towns"><div class="box-hd"><h2>乡镇之窗</h2></div><ul>{towns}</ul></div>
 </div>
 <div class="row topic">{topics}</div>
 {extra_body}
</div>
<div class="links wrap">
 <select onchange="window.open(this.value)"><option>国务院部门网站</option><option value="http://www.gov.cn/">中国政府网</option></select>
 <select onchange="window.open(this.value)"><option>县直部门网站</option>{depts}</select>
</div>
<div class="footer"><div class="wrap">
<p><a href="/col/col1499/about.html">关于我们</a> | <a href="/col/col1499/map.html">网站地图</a> | <a href="/col/col1499/contact.html">联系我们</a></p>
<p>主办单位：{SITE_NAME}办公室　承办单位：青山县大数据中心　联系电话：0797-6621234</p>
<p>版权所有 © 2016-2026 {SITE_NAME}　<a href="https://beian.miit.gov.cn/">赣ICP备05001234号-1</a>　赣公网安备 36072502000123号　网站标识码：3607250001</p>
<p>建议使用1366×768分辨率 IE9及以上版本浏览器</p>
</div></div>
<script>
var _siteBuild = "2016-05-12";
$(function(){{ $(".tab-hd li").hover(function(){{ var i=$(this).index(); $(this).addClass("on").siblings().removeClass("on");
$(".tab-bd .panel").eq(i).addClass("on").siblings().removeClass("on"); }}); }});
</script>
</body>
</html>
"""


def column_page(key: str) -> str:
    heading, _, path, titles, ages, col = COLUMNS[key]
    items = "".join(_li(col, i, t, a) for i, (t, a) in enumerate(zip(titles, ages, strict=False)))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{heading}_{SITE_NAME}</title>
<meta name="ColumnName" content="{heading}">{_style()}</head>
<body>
<div class="header"><a href="/"><img src="/images/logo.png" alt="{SITE_NAME}"></a></div>
{_menu_html()}
<div class="main wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="{path}">{heading}</a></div>
<div class="box list-box"><h2>{heading}</h2>
<ul class="list">{items}</ul>
<div class="pager">共{len(titles)}条记录 第1页/共1页</div>
</div></div>
<div class="footer"><p>版权所有 © 2016-2026 {SITE_NAME}　赣ICP备05001234号-1</p></div>
</body></html>
"""


def article_page(path: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>信息详情_{SITE_NAME}</title></head>
<body><div class="header"><a href="/">{SITE_NAME}</a></div>
<div class="article"><h1>信息详情</h1><p>来源：{SITE_NAME}办公室</p>
<p>本页为{SITE_NAME}门户网站的信息内容页面。</p></div>
<div class="footer">版权所有 © 2016-2026 {SITE_NAME}</div></body></html>
"""


def site_page(path: str) -> str:
    """The portal's page for a path: homepage, column lists, anything else an article."""
    p = urlsplit(path).path
    if p in ("/", "/index.html"):
        return homepage()
    for key, (_, _, cpath, *_rest) in COLUMNS.items():
        if p == cpath:
            return column_page(key)
    return article_page(p)


ROBOTS_OK = "User-agent: *\nDisallow: /jrobot/\nDisallow: /admin/\n"

# ---------------------------------------------------------------------------
# Encoders written by hand (no brotli or zstandard module on the machine)
# ---------------------------------------------------------------------------


def brotli_stored(data: bytes) -> bytes:
    """A valid brotli stream of uncompressed meta-blocks (RFC 7932 section 9.2)."""
    out = bytearray()
    bits = 0
    nbits = 0

    def put(value: int, n: int) -> None:
        nonlocal bits, nbits
        bits |= value << nbits
        nbits += n
        while nbits >= 8:
            out.append(bits & 0xFF)
            bits >>= 8
            nbits -= 8

    def align() -> None:
        nonlocal bits, nbits
        if nbits:
            out.append(bits & 0xFF)
            bits = 0
            nbits = 0

    put(0, 1)  # WBITS = 16
    for start in range(0, len(data), 65536):
        chunk = data[start:start + 65536]
        put(0, 1)  # ISLAST = 0
        put(0, 2)  # MNIBBLES = 4
        put(len(chunk) - 1, 16)
        put(1, 1)  # ISUNCOMPRESSED
        align()
        out += chunk
    put(1, 1)  # ISLAST
    put(1, 1)  # ISLASTEMPTY
    align()
    return bytes(out)


def zstd_raw(data: bytes) -> bytes:
    """A valid zstd frame of raw blocks (RFC 8878)."""
    out = bytearray(struct.pack("<I", 0xFD2FB528))
    out.append(0x00)  # frame header descriptor: no content size, no checksum
    out.append(0x58)  # window descriptor: 2 MB
    chunks = [data[i:i + 65536] for i in range(0, len(data), 65536)] or [b""]
    for n, chunk in enumerate(chunks):
        last = 1 if n == len(chunks) - 1 else 0
        header = last | (0 << 1) | (len(chunk) << 3)
        out += header.to_bytes(3, "little") + chunk
    return bytes(out)


def brotli_bomb_prefix() -> bytes:
    """Bytes labelled br that would expand without end: a stream that never says
    ISLAST, repeating one compressed meta-block header forever is what real bombs do;
    here a valid header followed by a long run of one byte."""
    return brotli_stored(b"\x00" * 65536)[:-1]


# ---------------------------------------------------------------------------
# The raw server
# ---------------------------------------------------------------------------


@dataclass
class Request:
    method: str
    target: str
    version: str
    headers: dict[str, str]
    host: str
    case: str
    raw: bytes


Handler = Callable[[Request, asyncio.StreamReader, asyncio.StreamWriter, "HostileServer"], Awaitable[None]]


def response(status: str, body: bytes, headers: list[tuple[str, str]] | None = None,
             content_type: str = "text/html; charset=utf-8", version: str = "HTTP/1.1",
             length: bool = True) -> bytes:
    lines = [f"{version} {status}", f"Content-Type: {content_type}", "Server: nginx", "Connection: close"]
    if length:
        lines.append(f"Content-Length: {len(body)}")
    for k, v in headers or []:
        lines.append(f"{k}: {v}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogateescape") + body


def page_bytes(req: Request, text: str | None = None) -> bytes:
    return (text if text is not None else site_page(req.target)).encode("utf-8")


async def _send(writer: asyncio.StreamWriter, data: bytes) -> None:
    writer.write(data)
    await writer.drain()


def _reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


# --- handlers -------------------------------------------------------------


async def h_normal(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    if urlsplit(req.target).path == "/robots.txt":
        await _send(w, response("200 OK", ROBOTS_OK.encode(), content_type="text/plain"))
        return
    await _send(w, response("200 OK", page_bytes(req)))


async def h_drip_body(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    body = page_bytes(req)
    await _send(w, response("200 OK", b"", [("X-Drip", "1")], length=False)[:-2]
                + f"Content-Length: {len(body) * 10}\r\n\r\n".encode())
    i = 0
    while True:  # one byte every 20 ms, for ever
        await _send(w, body[i % len(body):i % len(body) + 1])
        i += 1
        await asyncio.sleep(0.02)


async def h_drip_head(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    await _send(w, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
    n = 0
    while True:  # a header line every 100 ms, never the blank line (under max_headers in any timeout)
        await _send(w, f"X-Slow-{n}: {n}\r\n".encode())
        n += 1
        await asyncio.sleep(0.1)


async def h_header_flood(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    await _send(w, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
    line = b"X-Flood: " + b"a" * 60 + b"\r\n"
    block = line * 1000
    while True:  # header lines as fast as the socket takes them
        await _send(w, block)
        await asyncio.sleep(0)


async def h_short_body(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    body = page_bytes(req)
    head = response("200 OK", b"", length=False)[:-2] + f"Content-Length: {len(body) + 30000}\r\n\r\n".encode()
    await _send(w, head + body)
    w.close()


async def h_bad_chunk(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    body = page_bytes(req)
    head = response("200 OK", b"", [("Transfer-Encoding", "chunked")], length=False)
    first = body[:4000]
    await _send(w, head + f"{len(first):x}\r\n".encode() + first + b"\r\nzz9q\r\n" + body[4000:8000] + b"\r\n0\r\n\r\n")
    w.close()


async def h_gzip_plain(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    await _send(w, response("200 OK", page_bytes(req), [("Content-Encoding", "gzip")]))


async def h_br(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    await _send(w, response("200 OK", brotli_stored(page_bytes(req)), [("Content-Encoding", "br"), ("Vary", "Accept-Encoding")]))


async def h_br_bomb(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    # An endless br stream, close-delimited: 64 KB meta-blocks of zeros until the client hangs up.
    head = response("200 OK", b"", [("Content-Encoding", "br")], length=False)
    block = brotli_stored(b"\x00" * 65536)[1:-1]
    await _send(w, head + b"\x00")
    while True:
        await _send(w, block)
        await asyncio.sleep(0)


async def h_zstd(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    await _send(w, response("200 OK", zstd_raw(page_bytes(req)), [("Content-Encoding", "zstd")]))


async def h_dup_cl_diff(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    body = page_bytes(req)
    head = response("200 OK", body)  # has the right Content-Length
    head = head.replace(b"\r\n\r\n", f"\r\nContent-Length: {len(body) // 2}\r\n\r\n".encode(), 1)
    await _send(w, head)


async def h_dup_cl_same(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    body = page_bytes(req)
    head = response("200 OK", body)
    head = head.replace(b"\r\n\r\n", f"\r\nContent-Length: {len(body)}\r\n\r\n".encode(), 1)
    await _send(w, head)


async def h_continue_nothing(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    await _send(w, b"HTTP/1.1 100 Continue\r\n\r\n")
    await asyncio.sleep(3600)


async def h_continue_ok(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    if urlsplit(req.target).path == "/":
        await _send(w, b"HTTP/1.1 100 Continue\r\n\r\n")
        await asyncio.sleep(0.01)
    await h_normal(req, r, w, srv)


async def h_http10(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    body = page_bytes(req)
    await _send(w, b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nServer: Apache/1.3.41\r\n\r\n")
    for i in range(0, len(body), 3000):
        await _send(w, body[i:i + 3000])
        await asyncio.sleep(0.001)
    w.close()


async def h_many_headers(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    extra = [(f"X-Debug-{i}", f"v{i}") for i in range(10_000)]
    await _send(w, response("200 OK", page_bytes(req), extra))


async def h_huge_header(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    await _send(w, response("200 OK", page_bytes(req), [("Set-Cookie", "sess=" + "A" * 1_048_576 + "; path=/")]))


def _redirect(location: str, status: str = "302 Found") -> bytes:
    return response(status, b"<html><body>Moved</body></html>", [("Location", location)])


async def h_redir11(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    p = urlsplit(req.target).path
    n = 0 if p == "/" else int(p.strip("/").split("/")[-1]) if p.startswith("/hop/") else -1
    if 0 <= n < 11:
        await _send(w, _redirect(f"/hop/{n + 1}"))
    else:
        await h_normal(req, r, w, srv)


async def h_redir10(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    p = urlsplit(req.target).path
    n = 0 if p == "/" else int(p.strip("/").split("/")[-1]) if p.startswith("/hop/") else -1
    if 0 <= n < 10:
        await _send(w, _redirect(f"/hop/{n + 1}"))
    elif n == 10:
        await _send(w, response("200 OK", homepage().encode()))
    else:
        await h_normal(req, r, w, srv)


def _fixed_redirect(location: str) -> Handler:
    async def handler(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
        if urlsplit(req.target).path == "/":
            await _send(w, _redirect(location.replace("{PORT}", str(srv.port))))
        else:
            await h_normal(req, r, w, srv)
    return handler


UNICODE_PATH = "/新闻 中心/首页 index.html"


async def h_loc_unicode(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    p = urlsplit(req.target).path
    if p == "/":
        head = response("301 Moved Permanently", b"", [("Location", "__LOC__")])
        await _send(w, head.replace(b"__LOC__", UNICODE_PATH.encode("utf-8")))
    elif unquote(p) == UNICODE_PATH:
        await _send(w, response("200 OK", homepage().encode()))
    elif " " in p or any(ord(c) > 127 for c in p):
        await _send(w, response("400 Bad Request", b"bad request line"))
    else:
        await h_normal(req, r, w, srv)


async def h_meta_grow(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    q = urlsplit(req.target).query
    cur = q[2:] if q.startswith("r=") else ""
    nxt = (cur * 2) if cur else "ab"
    html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{SITE_NAME}</title>'
            f'<meta http-equiv="refresh" content="0;url=/?r={nxt}"></head>'
            f"<body><p>页面跳转中，请稍候……</p></body></html>")
    await _send(w, response("200 OK", html.encode()))


def _nested_divs() -> str:
    return "<div>" * 200_000 + "深层嵌套的统计代码区块" + "</div>" * 200_000


async def h_nested(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    if urlsplit(req.target).path == "/":
        await _send(w, response("200 OK", homepage(extra_body=_nested_divs()).encode()))
    else:
        await h_normal(req, r, w, srv)


def _link_block() -> str:
    parts = ['<div class="sitemap-all">']
    for i in range(50_000):
        parts.append(f'<a href="/doc/{i}.html">文档{i}</a> ')
    parts.append("</div>")
    return "".join(parts)


async def h_links50k(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    if urlsplit(req.target).path == "/":
        await _send(w, response("200 OK", homepage(extra_body=_link_block()).encode()))
    else:
        await h_normal(req, r, w, srv)


TEXT_WORDS = "县政府 工作 会议 研究 部署 推进 落实 项目 建设 发展 服务 群众 乡村 振兴 "


async def h_text5mb(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    unit = TEXT_WORDS.encode("utf-8")
    body = unit * (5 * 1024 * 1024 // len(unit) + 1)
    await _send(w, response("200 OK", body))


async def h_nul(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    if urlsplit(req.target).path == "/":
        html = homepage(title=f"{SITE_NAME}\x00门户网站").replace("</li>", "\x00</li>").replace("<body>", "<body>\x00\x00")
        await _send(w, response("200 OK", html.encode()))
    else:
        await h_normal(req, r, w, srv)


def _gbk_page() -> bytes:
    return homepage().replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">').encode("gbk", "xmlcharrefreplace")


async def h_charset_xud(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    if urlsplit(req.target).path == "/":
        await _send(w, response("200 OK", _gbk_page(), content_type="text/html; charset=x-user-defined"))
    else:
        await h_normal(req, r, w, srv)


async def h_charset_unknown(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    if urlsplit(req.target).path == "/":
        await _send(w, response("200 OK", _gbk_page(), content_type="text/html; charset=chinese-gb-2312-80x"))
    else:
        await h_normal(req, r, w, srv)


async def h_robots_big(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    if urlsplit(req.target).path == "/robots.txt":
        head = ROBOTS_OK.encode()
        filler = b"# " + b"x" * 97 + b"\n"
        body = head + filler * (10 * 1024 * 1024 // len(filler))
        await _send(w, response("200 OK", body, content_type="text/plain"))
    else:
        await h_normal(req, r, w, srv)


async def h_robots_loop(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    if urlsplit(req.target).path in ("/robots.txt", "/robots2.txt"):
        other = "/robots2.txt" if urlsplit(req.target).path == "/robots.txt" else "/robots.txt"
        await _send(w, _redirect(other, "301 Moved Permanently"))
    else:
        await h_normal(req, r, w, srv)


async def h_reset_alt(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    n = srv.counts.get(req.case, 0)
    srv.counts[req.case] = n + 1
    body = page_bytes(req) if urlsplit(req.target).path != "/robots.txt" else ROBOTS_OK.encode()
    data = response("200 OK", body)
    if n % 2 == 0:  # the 1st, 3rd, 5th... request: headers, a bit of body, then RST
        head, _, rest = data.partition(b"\r\n\r\n")
        await _send(w, head + b"\r\n\r\n" + rest[:200])
        await asyncio.sleep(0.005)
        _reset(w)
        return
    await _send(w, data)


async def h_304(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    if urlsplit(req.target).path == "/":
        await _send(w, b'HTTP/1.1 304 Not Modified\r\nServer: nginx\r\nETag: "5e1f-62a"\r\nConnection: close\r\n\r\n')
    else:
        await h_normal(req, r, w, srv)


async def h_429_forever(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
    body = b"<html><head><title>429 Too Many Requests</title></head><body><h1>429 Too Many Requests</h1></body></html>"
    await _send(w, response("429 Too Many Requests", body, [("Retry-After", "100000")]))


def _429_then_ok(retry_after: str) -> Handler:
    async def handler(req: Request, r: asyncio.StreamReader, w: asyncio.StreamWriter, srv: HostileServer) -> None:
        key = req.case + urlsplit(req.target).path
        n = srv.counts.get(key, 0)
        srv.counts[key] = n + 1
        if urlsplit(req.target).path == "/" and n == 0:
            body = b"<html><head><title>429 Too Many Requests</title></head><body>Too many requests</body></html>"
            await _send(w, response("429 Too Many Requests", body, [("Retry-After", retry_after)]))
        else:
            await h_normal(req, r, w, srv)
    return handler


HANDLERS: dict[str, Handler] = {
    "control": h_normal,
    "drip-body": h_drip_body,
    "drip-head": h_drip_head,
    "header-flood": h_header_flood,
    "short-body": h_short_body,
    "bad-chunk": h_bad_chunk,
    "gzip-plain": h_gzip_plain,
    "br": h_br,
    "br-bomb": h_br_bomb,
    "zstd": h_zstd,
    "dup-cl-diff": h_dup_cl_diff,
    "dup-cl-same": h_dup_cl_same,
    "continue-nothing": h_continue_nothing,
    "continue-ok": h_continue_ok,
    "http10": h_http10,
    "many-headers": h_many_headers,
    "huge-header": h_huge_header,
    "redir11": h_redir11,
    "redir10": h_redir10,
    "redir-js": _fixed_redirect("javascript:alert(document.cookie)"),
    "redir-file": _fixed_redirect("file:///etc/passwd"),
    "redir-local": _fixed_redirect("http://127.0.0.1:1/"),
    "redir-scheme-port": _fixed_redirect("https://redir-scheme-port.hostile3.test:{PORT}/"),
    "loc-unicode": h_loc_unicode,
    "meta-grow": h_meta_grow,
    "nested": h_nested,
    "links50k": h_links50k,
    "text5mb": h_text5mb,
    "nul": h_nul,
    "charset-xud": h_charset_xud,
    "charset-unknown": h_charset_unknown,
    "robots-big": h_robots_big,
    "robots-loop": h_robots_loop,
    "tls-plain": h_normal,
    "reset-alt": h_reset_alt,
    "not-modified": h_304,
    "429-forever": h_429_forever,
    "429-long": _429_then_ok("100000"),
    "429-past": _429_then_ok("Wed, 21 Oct 2015 07:28:00 GMT"),
}


class HostileServer:
    """One raw HTTP/1.x server for every case, dispatched on the Host header."""

    def __init__(self) -> None:
        self.port = 0
        self.counts: dict[str, int] = {}
        self.requests: list[tuple[str, str]] = []
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=1 << 20)
        self.port = self._server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for t in list(self._tasks):
            t.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)  # type: ignore[arg-type]
        try:
            first = await asyncio.wait_for(reader.read(1), 5)
            if first == b"\x16":  # a TLS ClientHello: a plain server answers 400 at once, as nginx does
                await _send(writer, response("400 Bad Request", b"<html><body><h1>400 Bad Request</h1></body></html>"))
                return
            raw = first + await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            head = raw.decode("latin-1")
            first, *lines = head.split("\r\n")
            method, target, version = first.split(" ", 2)
            headers = {}
            for line in lines:
                if ":" in line:
                    k, v = line.split(":", 1)
                    headers[k.strip().lower()] = v.strip()
            host = headers.get("host", "").split(":")[0].lower()
            case = host.split(".")[0]
            req = Request(method, target, version, headers, host, case, raw)
            self.requests.append((case, target))
            handler = HANDLERS.get(case, h_normal)
            await handler(req, reader, writer, self)
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ValueError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()
            self._tasks.discard(task)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# The truth
# ---------------------------------------------------------------------------

FRESH_MUST_NOT = ("homepage_stale", "column_stale", "column_empty", "abandoned", "undated",
                  "placeholder_page", "default_server_page", "hidden_links", "spam_content",
                  "offsite_redirect", "check_error", "unreachable")
DEAD_MUST_NOT = ("check_error", "placeholder_page", "default_server_page", "parked_domain",
                 "abandoned", "spam_content", "hidden_links")


@dataclass(frozen=True)
class ColumnTruth:
    name: str
    type: str
    newest: date


COLUMN_TRUTH = tuple(
    ColumnTruth(heading, ctype, _day(min(ages))) for heading, ctype, _p, _t, ages, _c in COLUMNS.values()
)


@dataclass(frozen=True)
class Case:
    case: str
    what: str
    status: tuple[str, ...]            # acceptable statuses (one, unless the truth is genuinely open)
    error_kind: str | None
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    scheme: str = "http"
    http_status: int | None = None
    title: str | None = None           # the decoded title, when the page is read
    last_updated: date | None = None   # the newest content date (homepage read)
    columns: bool = False              # full depth: the four columns as COLUMN_TRUTH says
    column_errors_ok: bool = False     # a column page may fail (judged on its homepage block)
    attempts: int | None = None
    max_redirects_seen: int | None = None  # len(redirects) exactly
    notes: str = field(default="", compare=False)

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.case}.{DOMAIN}/"


TITLE = f"{SITE_NAME}门户网站"
NEWEST = _day(min(NEWS_AGES))

CASES: tuple[Case, ...] = (
    Case("control", "the portal, served properly", ("healthy",), None, (), (*FRESH_MUST_NOT, "broken_link", "robots_disallowed"),
         http_status=200, title=TITLE, last_updated=NEWEST, columns=True, attempts=1),
    Case("drip-body", "headers, then the body one byte every 20 ms for ever", ("unreachable",), "timeout", ("unreachable",), DEAD_MUST_NOT,
         notes="the visit's total timeout must cut a body that never ends; no verdict on the bytes seen"),
    Case("drip-head", "a status line, then header lines every 100 ms, never the blank line", ("unreachable",), "timeout", ("unreachable",), DEAD_MUST_NOT),
    Case("header-flood", "endless header lines as fast as the socket takes them", ("unreachable",), "connect", ("unreachable",), DEAD_MUST_NOT,
         notes="a malformed answer (headers over any sane limit): connect, and memory stays bounded"),
    Case("short-body", "200 with Content-Length 30 KB more than it sends, then close", ("unreachable",), "connect", ("unreachable",), DEAD_MUST_NOT,
         notes="cut off mid-body is connect (README)"),
    Case("bad-chunk", "chunked, the second chunk size is 'zz9q'", ("unreachable",), "connect", ("unreachable",), DEAD_MUST_NOT),
    Case("gzip-plain", "Content-Encoding: gzip on a plain HTML body", ("unreachable",), "connect", ("unreachable",), DEAD_MUST_NOT,
         notes="browsers fail with ERR_CONTENT_DECODING_FAILED; a body we cannot undo is connect"),
    Case("br", "a valid br body though we never asked for br", ("unreachable",), "connect", ("unreachable",), DEAD_MUST_NOT,
         notes="README: a content coding we cannot undo (br) is connect"),
    Case("br-bomb", "an endless br stream, close-delimited", ("unreachable",), "connect", ("unreachable",), DEAD_MUST_NOT),
    Case("zstd", "a valid zstd body", ("unreachable",), "connect", ("unreachable",), DEAD_MUST_NOT),
    Case("dup-cl-diff", "two Content-Length headers with different values", ("unreachable",), "connect", ("unreachable",), DEAD_MUST_NOT,
         notes="RFC 9112 6.3: differing lengths are an unrecoverable error"),
    Case("dup-cl-same", "Content-Length sent twice with the same value", ("healthy",), None, (), FRESH_MUST_NOT,
         http_status=200, title=TITLE, last_updated=NEWEST,
         notes="RFC 9110 8.6: identical values may be taken as one; browsers show the page"),
    Case("continue-nothing", "100 Continue, then nothing", ("unreachable",), "timeout", ("unreachable",), DEAD_MUST_NOT),
    Case("continue-ok", "100 Continue, then the page", ("healthy",), None, (), FRESH_MUST_NOT,
         http_status=200, title=TITLE, last_updated=NEWEST),
    Case("http10", "HTTP/1.0, no Content-Length, body ends at close", ("healthy",), None, (), FRESH_MUST_NOT,
         http_status=200, title=TITLE, last_updated=NEWEST, columns=True),
    Case("many-headers", "10,000 short headers, then the page", ("healthy",), None, (), FRESH_MUST_NOT,
         http_status=200, title=TITLE, last_updated=NEWEST,
         notes="~150 KB of headers: under browsers' 256 KB limit, the page shows"),
    Case("huge-header", "one 1 MB Set-Cookie header", ("unreachable",), "connect", ("unreachable",), DEAD_MUST_NOT,
         notes="over every browser's header limit (Chrome ERR_RESPONSE_HEADERS_TOO_BIG)"),
    Case("redir11", "11 redirects through distinct URLs", ("unreachable",), "redirect_loop", ("unreachable",), DEAD_MUST_NOT),
    Case("redir10", "10 redirects through distinct URLs, then the page", ("healthy",), None, (), FRESH_MUST_NOT,
         http_status=200, title=TITLE, last_updated=NEWEST, max_redirects_seen=10),
    Case("redir-js", "a redirect to javascript:", ("unreachable",), "invalid_url", ("unreachable",), DEAD_MUST_NOT),
    Case("redir-file", "a redirect to file:///etc/passwd", ("unreachable",), "invalid_url", ("unreachable",), DEAD_MUST_NOT),
    Case("redir-local", "a redirect to http://127.0.0.1:1/", ("unreachable",), "connect", ("unreachable",), DEAD_MUST_NOT,
         notes="followed like any URL (the estate may be an intranet); port 1 refuses"),
    Case("redir-scheme-port", "a redirect to https:// on the same plain-HTTP port", ("unreachable",), "tls", ("unreachable",), DEAD_MUST_NOT),
    Case("loc-unicode", "Location with raw UTF-8 and spaces", ("healthy",), None, (), FRESH_MUST_NOT,
         http_status=200, title=TITLE, last_updated=NEWEST, max_redirects_seen=1,
         notes="browsers percent-encode the bytes and the spaces"),
    Case("meta-grow", "meta refresh 0 to itself with a query that doubles", ("unreachable",), "redirect_loop", ("unreachable",), DEAD_MUST_NOT),
    Case("nested", "the portal with 200,000 nested <div>s", ("healthy",), None, (), FRESH_MUST_NOT,
         http_status=200, title=TITLE, last_updated=NEWEST),
    Case("links50k", "the portal plus a block of 50,000 links", ("healthy",), None, (), (*FRESH_MUST_NOT, "broken_link"),
         http_status=200, title=TITLE, last_updated=NEWEST, columns=True),
    Case("text5mb", "5 MB of text on one line, no tags", ("healthy",), "too_large", ("too_large", "undated"), (*DEAD_MUST_NOT, "unreachable"),
         http_status=200,
         notes="a page over max_page_bytes is too_large, its first part read: no date in it (undated, not a veto on a first scan)"),
    Case("nul", "the portal with NUL bytes in the title and lists", ("healthy",), None, (), FRESH_MUST_NOT,
         http_status=200, title=TITLE.replace(SITE_NAME, SITE_NAME + "\ufffd"), last_updated=NEWEST,
         notes="a NUL in the title becomes U+FFFD, as the WHATWG parser says (RCDATA state) and browsers show"),
    Case("charset-xud", "a GBK page sent as charset=x-user-defined (meta says gbk)", ("healthy",), None, (), FRESH_MUST_NOT,
         http_status=200, title=TITLE, last_updated=NEWEST,
         notes="x-user-defined is a browser-internal encoding nobody serves Chinese in: meta/detection decides"),
    Case("charset-unknown", "a GBK page sent as an unknown charset name (meta says gbk)", ("healthy",), None, (), FRESH_MUST_NOT,
         http_status=200, title=TITLE, last_updated=NEWEST),
    Case("robots-big", "a 10 MB robots.txt (the rules in its first lines)", ("healthy",), None, (), (*FRESH_MUST_NOT, "robots_disallowed"),
         http_status=200, title=TITLE, last_updated=NEWEST, columns=True),
    Case("robots-loop", "robots.txt redirects in a loop", ("healthy",), None, (), (*FRESH_MUST_NOT, "robots_disallowed"),
         http_status=200, title=TITLE, last_updated=NEWEST, columns=True,
         notes="README: more than five redirects mean no robots.txt, all allowed"),
    Case("tls-plain", "https:// to a port answering plain HTTP", ("unreachable",), "tls", ("unreachable",), DEAD_MUST_NOT, scheme="https"),
    Case("reset-alt", "every second connection reset after the headers (the first too)", ("healthy",), None, (), FRESH_MUST_NOT,
         http_status=200, title=TITLE, last_updated=NEWEST, columns=True, attempts=2, column_errors_ok=True,
         notes="a retry gets the page; a link cut off mid-body is broken (the project's contract: a visitor cannot"
               " load it), so some links are; a column page fetched beside others can be"
               " reset on both its tries (the count is shared), and is then judged on its homepage block"),
    Case("not-modified", "304 to an unconditional request", ("unreachable",), "connect", ("unreachable",), DEAD_MUST_NOT,
         notes="README: a 304 to a request without validators is no page (connect)"),
    Case("429-forever", "429 with Retry-After: 100000 every time", ("healthy", "unreachable"), "http_4xx", ("http_error",), (*DEAD_MUST_NOT, "homepage_stale"),
         http_status=429,
         notes="the wait is capped at max_retry_after (never a day); a rate limit's page is not the site's content"),
    Case("429-long", "429 with Retry-After: 100000 once, then the page", ("healthy",), None, (), (*FRESH_MUST_NOT, "http_error"),
         http_status=200, title=TITLE, last_updated=NEWEST, attempts=2),
    Case("429-past", "429 with a Retry-After HTTP-date in the past once, then the page", ("healthy",), None, (), (*FRESH_MUST_NOT, "http_error"),
         http_status=200, title=TITLE, last_updated=NEWEST, attempts=2),
)

# Settings the scan is run with (tests use milliseconds where they can).
SCAN_TIMEOUT = 8.0       # [crawler] timeout: parses in threads (parse_workers 0) share the GIL with the server and 11 redirect hops
SCAN_RETRIES = 1
SCAN_BACKOFF = 0.01
MAX_RETRY_AFTER = 0.3
# The whole scan (both depths each) must end well inside this, however the servers stall.
SCAN_WALL_LIMIT = 60.0
# Peak resident memory the scanning process may reach (MB).
SCAN_RSS_LIMIT_MB = 700

assert set(HANDLERS) == {c.case for c in CASES}, set(HANDLERS) ^ {c.case for c in CASES}
_ = (gzip, zlib, quote)
