"""Blind evaluation, hostile and broken servers, round 5: pages, servers and truth.

Written before any scan of them (see the commit "blind: pages and truth, written before
any scan"). One raw asyncio listener on 127.0.0.1 answers every case; the case is the
first label of the Host header (`<case>.hostile5.test`), so each case writes exactly the
bytes a broken server or a hostile one would: headers trickled forever, a body that
never ends, 10,000 header fields, a 1 MB header line, redirects to `file:`, `ftp:`,
`javascript:` and `data:` URLs, to a name that resolves to 0.0.0.0, a redirect loop
over 20 hosts, Locations with spaces, raw UTF-8 or no scheme, lying charset labels, a
30 MB page, a 50 MB robots.txt, a robots.txt that hangs or redirects to the homepage.

The truth says, per case, the status, whether it passes, the `error_kind`, the finding
codes that must and must not appear, the title (when the page is read), the columns a
`full` scan must find (name, type, newest date, empty) and how long the site may take.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import gzip
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)   # 10:00 in Beijing
TODAY = date(2026, 11, 25)
DOMAIN = "hostile5.test"

# The scan's settings the truth assumes (one visit's whole time, retries, page cap).
TIMEOUT = 0.8
RETRIES = 1
BACKOFF = 0.02
MAX_PAGE_BYTES = 1_000_000
MAX_REDIRECTS = 10


def d(days_ago: int) -> date:
    return TODAY - timedelta(days=days_ago)


def ds(days_ago: int, fmt: str = "%Y-%m-%d") -> str:
    return d(days_ago).strftime(fmt)


# --------------------------------------------------------------------------- the portal

SITE = "青石县人民政府"

NEWS = [
    "县委常委会传达学习省委全会精神", "我县召开冬季安全生产工作推进会", "县长带队督导重点项目建设进度",
    "青石县2026年秋季招商引资推介会成功举办", "全县森林防火工作会议召开", "县政府与省农科院签订战略合作协议",
    "青石县入选全省乡村振兴示范县名单", "县人大常委会开展食品安全执法检查", "我县举行第十届农民丰收节",
    "县领导走访慰问困难群众和老党员", "全县“双减”工作推进会召开", "县政府常务会议研究部署冬春农田水利建设",
]
NOTICES = [
    "关于2026年度县级预算单位政府采购意向公开的通知", "关于开展冬季城乡环境卫生整治行动的通知",
    "青石县人民政府关于调整部分道路交通管理措施的通告", "关于做好2027年元旦春节期间值班工作的通知",
    "关于公布第二批县级非物质文化遗产代表性项目名录的通知", "关于开展2026年度统计执法检查的公告",
    "青石县2026年公开招聘社区工作者拟聘用人员公示", "关于征集2027年县政府为民办实事项目的公告",
]
POLICIES = [
    "青石县人民政府办公室关于印发《青石县城市生活垃圾分类实施方案》的通知",
    "青石县人民政府关于印发《青石县促进民营经济高质量发展若干措施》的通知",
    "青石县人民政府办公室关于进一步加强农村宅基地管理的意见",
    "青石县人民政府关于印发《青石县突发事件总体应急预案》的通知",
    "青石县人民政府办公室关于印发《青石县耕地保护激励办法》的通知",
    "青石县人民政府关于公布县级行政许可事项清单的决定",
]
PERSONNEL = [
    "青石县人民政府关于王建国等同志职务任免的通知", "青石县2026年事业单位公开招聘工作人员公告",
    "关于李红梅等同志试用期满正式任职的通知", "青石县2026年度公务员考试录用拟录用人员公示",
    "县人力资源和社会保障局关于2026年度专业技术职务任职资格评审结果的公示",
]

COLUMNS: dict[str, tuple[str, str, list[str], int, int]] = {
    # slug: (name, truth type, titles, newest days ago, step in days)
    "zwyw": ("政务要闻", "news", NEWS, 1, 2),
    "tzgg": ("通知公告", "notice", NOTICES, 3, 9),
    "zcwj": ("政策文件", "policy", POLICIES, 20, 30),
    "rsxx": ("人事信息", "personnel", PERSONNEL, 40, 45),
}

MENU = {
    "首页": [],
    "走进青石": ["青石概况", "历史沿革", "自然资源", "行政区划", "人口民族", "青石风光"],
    "政务公开": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报",
             "依申请公开", "财政预决算", "重大建设项目", "公共资源配置", "政府采购"],
    "政务服务": ["个人办事", "法人办事", "部门服务", "乡镇服务", "便民服务", "办件公示"],
    "互动交流": ["县长信箱", "部门信箱", "在线访谈", "征集调查", "网上调查", "咨询投诉"],
    "专题专栏": ["学习贯彻党的二十大精神", "优化营商环境", "乡村振兴", "安全生产月", "扫黑除恶"],
}


def _menu() -> str:
    out = ['<div class="nav"><ul class="nav-list clearfix">']
    for i, (top, subs) in enumerate(MENU.items()):
        href = "/index.html" if i == 0 else f"/{['', 'zjqs', 'zwgk', 'zwfw', 'hdjl', 'ztzl'][i]}/index.html"
        out.append(f'<li class="nav-item{" on" if i == 0 else ""}"><a href="{href}" target="_self">{top}</a>')
        if subs:
            out.append('<div class="sub-nav"><dl>')
            for j, sub in enumerate(subs):
                out.append(f'<dd><a href="{href.rsplit("/", 1)[0]}/s{j:02d}/index.html">{sub}</a></dd>')
            out.append("</dl></div>")
        out.append("</li>")
    out.append("</ul></div>")
    return "\n".join(out)


def _items(slug: str, titles: list[str], newest: int, step: int, *, count: int, year: bool = True) -> str:
    rows = []
    for i in range(count):
        title = titles[i % len(titles)]
        ago = newest + i * step
        day = d(ago)
        url = f"/col/{slug}/{day:%Y%m}/t{day:%Y%m%d}_{4_100_000 + i * 37 + len(slug)}.html"
        shown = ds(ago) if year else ds(ago, "%m-%d")
        rows.append(
            f'<li><span class="date">{shown}</span><a href="{url}" title="{title}" target="_blank">{title}</a></li>'
        )
    return "\n".join(rows)


STYLE = """
body{margin:0;padding:0;font:14px/1.6 "Microsoft YaHei","微软雅黑",SimSun,sans-serif;color:#333;background:#f3f5f8}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none;margin:0;padding:0}
.w1200{width:1200px;margin:0 auto}.clearfix:after{content:"";display:block;clear:both}
.top-bar{height:36px;line-height:36px;background:#f0f0f0;border-bottom:1px solid #ddd;font-size:12px}
.top-bar .fl{float:left}.top-bar .fr{float:right}.top-bar a{margin:0 6px;color:#666}
.header{height:150px;background:url(/images/banner_bg.jpg) no-repeat center top}
.header .logo{padding-top:30px}.header .search{float:right;margin-top:-70px}
.nav{background:#1a56a8;height:52px}.nav-list li{float:left;width:16.66%;position:relative;text-align:center}
.nav-list li>a{color:#fff;font-size:18px;line-height:52px;display:block}
.sub-nav{display:none;position:absolute;top:52px;left:0;width:100%;background:#fff;z-index:99;box-shadow:0 3px 6px rgba(0,0,0,.2)}
.nav-list li:hover .sub-nav{display:block}.sub-nav dd{line-height:34px;border-bottom:1px dashed #eee}
.box{background:#fff;margin-top:15px;padding:10px 15px}.box-hd{border-bottom:2px solid #1a56a8;height:40px}
.box-hd h3{float:left;font-size:18px;color:#1a56a8;line-height:40px;margin:0}.box-hd .more{float:right;line-height:40px;font-size:12px}
.list li{height:36px;line-height:36px;border-bottom:1px dashed #e5e5e5;overflow:hidden}
.list li .date{float:right;color:#999;font-size:13px}.list li a{display:block;white-space:nowrap;text-overflow:ellipsis;overflow:hidden;width:80%}
.footer{margin-top:20px;background:#1a56a8;color:#fff;padding:20px 0;font-size:13px;text-align:center}.footer a{color:#fff}
.slide{float:left;width:560px;height:360px;position:relative;overflow:hidden}.slide img{width:560px;height:360px}
.service li{float:left;width:25%;text-align:center;padding:12px 0}.service li img{width:56px;height:56px}
.links select{width:220px;margin:0 8px}
"""


def _box(slug: str, *, count: int = 8, year: bool = True) -> str:
    name, _kind, titles, newest, step = COLUMNS[slug]
    return (
        f'<div class="box box-{slug}"><div class="box-hd clearfix"><h3><a href="/col/{slug}/index.html">{name}</a></h3>'
        f'<a class="more" href="/col/{slug}/index.html" target="_blank">更多&gt;&gt;</a></div>'
        f'<div class="box-bd"><ul class="list">\n{_items(slug, titles, newest, step, count=count, year=year)}\n</ul></div></div>'
    )


def _slides() -> str:
    out = ['<div class="slide" id="slide"><ul class="slide-list">']
    for i, title in enumerate(NEWS[:5]):
        day = d(1 + 2 * i)
        out.append(
            f'<li><a href="/col/zwyw/{day:%Y%m}/t{day:%Y%m%d}_{4_100_000 + i * 37 + 4}.html" target="_blank">'
            f'<img src="/images/slide/{day:%Y%m%d}_{i}.jpg" alt="{title}"></a><p class="slide-title">{title}</p></li>'
        )
    out.append('</ul><div class="slide-dots"><span class="on"></span><span></span><span></span><span></span><span></span></div></div>')
    return "\n".join(out)


SCRIPTS = """
<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?3f1a9c0e5b7d2a4c6e8f0a1b2c3d4e5f";
  var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
function showTime(){var d=new Date();var w=["日","一","二","三","四","五","六"];
 document.getElementById("today").innerHTML="今天是"+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()];}
$(function(){ showTime(); $(".nav-item").hover(function(){$(this).addClass("hover")},function(){$(this).removeClass("hover")});
  var i=0, n=$("#slide li").length; setInterval(function(){ i=(i+1)%n; $("#slide .slide-list").animate({marginLeft:-560*i}); }, 4000); });
</script>
"""


def portal(title: str = SITE, charset: str = "utf-8", extra_head: str = "") -> str:
    """The county portal: about 40 KB, four dated columns, chrome all round."""
    service = "".join(
        f'<li><a href="/zwfw/{k}/index.html"><img src="/images/ico_{k}.png" alt=""><p>{n}</p></a></li>'
        for k, n in [("grbs", "个人办事"), ("frbs", "法人办事"), ("bmfw", "部门服务"), ("xzfw", "乡镇服务"),
                     ("bmcx", "便民查询"), ("bjgs", "办件公示"), ("zxzx", "在线咨询"), ("tsjb", "投诉举报")]
    )
    links = "".join(
        f'<option value="http://www.{k}.gov.cn/">{n}</option>'
        for k, n in [("gov", "中国政府网"), ("hunan", "湖南省人民政府"), ("changsha", "长沙市人民政府"),
                     ("qsfgw", "县发展和改革局"), ("qsjy", "县教育局"), ("qsws", "县卫生健康局"),
                     ("qsga", "县公安局"), ("qscz", "县财政局"), ("qsrs", "县人社局"), ("qszj", "县住建局")]
    )
    towns = "".join(f'<li><a href="http://{t}.qingshi.gov.cn/">{t.upper()}镇</a></li>' for t in
                    ["shiqiao", "baisha", "longtan", "fengshu", "huangtu", "jinping", "dashi", "liangtian"])
    padding = "\n".join(
        f'<!-- 模板片段 {i}: 站群系统 v5.2 区块 id=block_{i:04d} 请勿删除 -->' for i in range(60)
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="{title}">
<meta name="SiteDomain" content="www.qingshi.gov.cn">
<meta name="SiteIDCode" content="4301240001">
<meta name="keywords" content="青石县,人民政府,政务公开,政务服务">
<meta name="description" content="{title}门户网站">
{extra_head}
<title>{title}</title>
<link rel="stylesheet" href="/css/common.css?v=20230615">
<style>{STYLE}</style>
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
{padding}
<div class="top-bar"><div class="w1200 clearfix"><div class="fl"><span id="today"></span>
<span class="weather">青石：晴 3℃~14℃ 东北风2级</span></div>
<div class="fr"><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a>
<a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a><a href="/wza/index.html">无障碍</a>
<a href="/m/index.html">手机版</a><a href="http://www.qingshi.gov.cn/en/">English</a></div></div></div>
<div class="header"><div class="w1200"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{title}"></a></div>
<div class="search"><form action="/search/index.html" method="get" target="_blank">
<input type="text" name="q" placeholder="请输入关键字"><input type="hidden" name="webid" value="1">
<button type="submit">搜索</button></form></div></div></div>
{_menu()}
<div class="w1200">
<div class="row clearfix">{_slides()}
<div class="tab-box fr" style="width:610px">{_box("zwyw", count=10)}</div></div>
<div class="banner-ad"><a href="/ztzl/s00/index.html"><img src="/images/ad_20da.jpg" alt="学习贯彻党的二十大精神"></a></div>
<div class="row clearfix">
<div class="fl" style="width:590px">{_box("tzgg")}</div>
<div class="fr" style="width:590px">{_box("zcwj")}</div>
</div>
<div class="row clearfix">
<div class="fl" style="width:590px">{_box("rsxx", count=5)}</div>
<div class="fr" style="width:590px"><div class="box service"><div class="box-hd clearfix"><h3>政务服务</h3>
<a class="more" href="/zwfw/index.html">更多&gt;&gt;</a></div><ul class="clearfix">{service}</ul></div></div>
</div>
<div class="box towns"><div class="box-hd clearfix"><h3>乡镇网站</h3></div><ul class="clearfix">{towns}</ul></div>
<div class="box links"><div class="box-hd clearfix"><h3>友情链接</h3></div>
<select onchange="window.open(this.value)"><option>---政府网站---</option>{links}</select>
<select onchange="window.open(this.value)"><option>---县直部门---</option>{links}</select></div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/wzdt/index.html">网站地图</a> | <a href="/lxwm/index.html">联系我们</a> | <a href="/sybz/index.html">使用帮助</a></p>
<p>主办：{title}办公室　承办：青石县政务服务和大数据中心　地址：青石县迎宾大道88号　邮编：410600</p>
<p>Copyright &copy; 2012-2026 www.qingshi.gov.cn All Rights Reserved　网站标识码：4301240001</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05012345号-1</a>\u3000
<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43012402000123">湘公网安备 43012402000123号</a></p>
<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));</script></p>
</div></div>
{SCRIPTS}
</body>
</html>
"""


def column_page(slug: str) -> str:
    """A column's own list page: breadcrumb, side menu, 20 dated items, a pager."""
    name, _kind, titles, newest, step = COLUMNS[slug]
    on = ' class="on"'
    side = "".join(f'<li><a href="/col/{s}/index.html"{on if s == slug else ""}>{c[0]}</a></li>'
                   for s, c in COLUMNS.items())
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{name}-{SITE}</title>
<link rel="stylesheet" href="/css/common.css?v=20230615"><style>{STYLE}</style></head>
<body>
<div class="top-bar"><div class="w1200"><span id="today"></span></div></div>
<div class="header"><div class="w1200"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{SITE}"></a></div></div></div>
{_menu()}
<div class="w1200 clearfix">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/index.html">政务公开</a> &gt; <span>{name}</span></div>
<div class="side fl" style="width:240px"><div class="side-hd"><h2>政务公开</h2></div><ul class="side-menu">{side}</ul></div>
<div class="main fr" style="width:920px"><div class="main-hd"><h2>{name}</h2></div>
<ul class="list list-page">
{_items(slug, titles, newest, step, count=20)}
</ul>
<div class="pager"><script>createPageHTML(6, 0, "index", "html");</script>
<span>共6页</span> <a href="index.html">首页</a> <a href="index_1.html">下一页</a> <a href="index_5.html">尾页</a></div>
</div></div>
<div class="footer"><div class="w1200"><p>Copyright &copy; 2012-2026 {SITE} 湘ICP备05012345号-1</p></div></div>
</body></html>
"""


# --------------------------------------------------------------------------- truth


@dataclass(frozen=True)
class ColumnTruth:
    name: str
    type: str
    newest: date | None
    empty: bool = False


PORTAL_COLUMNS = tuple(
    ColumnTruth(name, kind, d(newest)) for (name, kind, _t, newest, _s) in COLUMNS.values()
)

ANY_FAIL = frozenset({"placeholder_page", "default_server_page", "parked_domain", "hidden_links",
                      "spam_content", "homepage_stale", "abandoned", "column_empty", "column_stale",
                      "check_error"})


@dataclass(frozen=True)
class Case:
    case: str
    what: str
    status: str
    passed: bool
    kind: frozenset[str | None]                  # acceptable error_kind values
    must: frozenset[str] = frozenset()           # finding codes that must appear (full)
    must_not: frozenset[str] = frozenset()       # finding codes that must not appear (full)
    title: str | None = None                     # the homepage's title, read right
    columns: tuple[ColumnTruth, ...] = ()        # columns a full scan finds (empty: not asserted)
    last_updated: date | None = None             # the newest content date (healthy sites)
    max_seconds: float = 3 * TIMEOUT             # the site's own time, whatever the server does
    home_status: str | None = None               # the sweep's status, when it differs from full
    timeout: float | None = None                 # the site's visit time limit (None: SLACK)
    why: str = ""


def healthy(case: str, what: str, *, title: str = SITE, must: frozenset[str] = frozenset(),
            columns: tuple[ColumnTruth, ...] = PORTAL_COLUMNS, why: str = "",
            also_not: frozenset[str] = frozenset(), **kw: object) -> Case:
    kind = kw.pop("kind", frozenset({None}))
    return Case(case, what, "healthy", True, kind, must=must,  # type: ignore[arg-type]
                must_not=(ANY_FAIL | {"unreachable"} | also_not) - must, title=title, columns=columns,
                last_updated=d(1), why=why, **kw)  # type: ignore[arg-type]


def unreachable(case: str, what: str, kinds: set[str], *, why: str = "", **kw: object) -> Case:
    return Case(case, what, "unreachable", False, frozenset(kinds), must=frozenset({"unreachable"}),
                why=why, **kw)  # type: ignore[arg-type]


# The visit time limit of the cases that do not hang: the scan parses about 250 pages on
# its loop (parse_workers = 0), so a visit may wait its turn well beyond TIMEOUT there.
SLACK = 5.0
# The cases that hang on a page the site still needs read (a column page, robots.txt).
PART_HANG = 1.5

# Each run of a hanging case spends at most TIMEOUT per attempt, (1 + RETRIES) attempts
# and the backoff: well under 3 * TIMEOUT. A site that waits out twice that is not bounded.
HANG = 2 * TIMEOUT + BACKOFF * 4 + 0.6

CASES: tuple[Case, ...] = (
    healthy("control", "a plain 200 with Content-Length: the county portal and its column pages"),
    # time: a server that never finishes
    unreachable("slow-headers", "the status line and header fields trickled one byte per 50 ms, forever",
                {"timeout"}, max_seconds=HANG, timeout=TIMEOUT,
                why="no complete answer within the visit's time: the inspectors' failed visit"),
    unreachable("slowloris-body", "headers, Content-Length 200,000, 3 KB of the portal, then one byte per 50 ms forever",
                {"timeout"}, max_seconds=HANG, timeout=TIMEOUT),
    unreachable("endless-chunked", "chunked: the portal, then a 1-byte chunk every 50 ms, never the last chunk",
                {"timeout"}, max_seconds=HANG, timeout=TIMEOUT),
    healthy("column-drip", "the homepage is fine; the 通知公告 column page drips one byte per 50 ms forever",
            why="the column shows its items on the homepage, so it is judged there; the site's time is bounded",
            max_seconds=PART_HANG * 4 + 1.0, timeout=PART_HANG),
    # header floods
    healthy("cookie-storm", "a 200 with 60 Set-Cookie fields (WAF, load balancer, analytics: 70 bytes each)",
            why="browsers keep every cookie of a 4 KB header block; the page is the portal"),
    unreachable("headers-10k", "a 200 with 12,000 header fields (X-Trace-n: ...), 300 KB of header block",
                {"connect"}, why="over Chrome's 256 KB (ERR_RESPONSE_HEADERS_TOO_BIG); no crash, bounded"
                " (10,000 fields, 240 KB, until crawler/lenient.py read heads up to Chrome's limit)"),
    unreachable("header-1mb", "a 200 whose X-Padding header line is 1 MB long",
                {"connect"}, why="Chrome: ERR_RESPONSE_HEADERS_TOO_BIG; bounded memory, no crash"),
    unreachable("dup-cl", "a 200 with two different Content-Length fields (1200 and 40000)",
                {"connect"}, why="RFC 9112 6.3: an unrecoverable framing error; Chrome refuses it"),
    # redirects
    unreachable("loop20", "302 from loop20-1 to loop20-2 ... loop20-20 and back to loop20-1 (20 virtual hosts)",
                {"redirect_loop"}),
    unreachable("to-file", "302 Location: file:///etc/passwd", {"invalid_url"}),
    unreachable("to-javascript", "302 Location: javascript:alert(document.cookie)", {"invalid_url"}),
    unreachable("to-ftp", "301 Location: ftp://to-ftp.hostile5.test/pub/index.html", {"invalid_url"},
                why="no browser fetches ftp: any more, and neither do we"),
    unreachable("to-data", "302 Location: data:text/html;base64,... (a page of its own)", {"invalid_url"},
                why="browsers block a redirect to a data: URL"),
    unreachable("to-zero-host", "302 to http://sinkhole.hostile5.test/, a name that resolves to 0.0.0.0",
                {"dns", "connect", "invalid_url"},
                why="0.0.0.0 is a DNS sinkhole's answer (and blocked by browsers): never fetched, even "
                    "though Linux would connect it to this machine"),
    unreachable("to-zero-literal", "302 to http://0.0.0.0:<the server's port>/ (an IP literal)",
                {"connect", "invalid_url"},
                why="0.0.0.0 is not an address to send a request to; Chrome blocks it"),
    unreachable("to-refused", "302 to http://refused.hostile5.test/, mapped to a closed port", {"connect"}),
    unreachable("bad-port", "302 Location: http://bad-port.hostile5.test:99999/", {"invalid_url"}),
    healthy("loc-space", "302 Location: /new portal/index.html (a raw space)",
            why="browsers percent-encode it: /new%20portal/index.html, where the portal is"),
    healthy("loc-unicode", "302 Location: /新版/index.html as raw UTF-8 bytes",
            why="browsers percent-encode the bytes: /%E6%96%B0%E7%89%88/index.html"),
    healthy("loc-noscheme", "302 Location: www.loc-noscheme.hostile5.test/portal/ (no scheme: a relative path)",
            why="a browser resolves it against the request's URL: /www.loc-noscheme.hostile5.test/portal/, "
                "where this server has the portal; the host www.loc-noscheme... is not it (404)"),
    healthy("loc-schemeless", "301 Location: //loc-schemeless-www.hostile5.test/index.html (scheme-relative)"),
    # status lines
    healthy("info-1xx", "100 Continue and 102 Processing, unasked, then the 200"),
    # encodings and charsets
    healthy("x-gzip", "Content-Encoding: x-gzip (old Apache), a gzip body"),
    healthy("gzip-upper", "Content-Encoding: GZIP, a gzip body"),
    healthy("gbk-lie", "Content-Type: charset=gbk (nginx `charset gbk;`), the body UTF-8 with <meta charset=utf-8>",
            why="the bytes are not valid GBK text and are valid UTF-8: the page is read as its author wrote it"),
    healthy("latin1-lie", "Content-Type: charset=ISO-8859-1 (Apache AddDefaultCharset), the body GBK with "
            "<meta charset=gbk>", why="no Chinese page is Latin-1: its title and columns read right"),
    healthy("gb2312-label", "Content-Type: charset=gb2312, the body GBK with characters outside GB2312 (镕, 喆, 堃)",
            title="青石县人民政府 朱镕喆堃", why="every browser reads gb2312 as GBK"),
    healthy("utf16be-bom", "text/html without charset, the body UTF-16BE with a BOM"),
    healthy("utf16le-label", "Content-Type: charset=utf-16le, no BOM, the body UTF-16LE"),
    # size
    healthy("huge-30mb", "a chunked 200 of 30 MB: the portal, then 30 MB of template comments",
            must=frozenset({"too_large"}), kind=frozenset({"too_large"}),
            why="error_kind too_large is the documented record of a cut body (README, error_kind table); the first part is the whole portal: judged on it; the rest is never read (bounded time/memory)"),
    # robots.txt
    healthy("robots-50mb", "robots.txt of 50 MB (comments, then `Disallow: /` after 40 MB); the site fine",
            also_not=frozenset({"robots_disallowed"}),
            why="read up to 500 KiB: everything before is allowed; the rest never read"),
    healthy("robots-redirect", "robots.txt answers 302 to /index.html, the homepage (HTML: a soft 404)",
            also_not=frozenset({"robots_disallowed"}),
            why="an HTML robots.txt is no robots.txt: all allowed, no robots_disallowed"),
    healthy("robots-hang", "robots.txt accepts the connection and never answers; the homepage is fine",
            must=frozenset({"robots_disallowed"}), max_seconds=PART_HANG * 4 + 1.0, timeout=PART_HANG,
            why="RFC 9309: unreachable robots.txt is complete disallow; the columns are judged by the "
                "homepage's blocks, which are fresh"),
)

CASE_BY_NAME = {c.case: c for c in CASES}
OWN_COLUMN_PAGES: set[str] = set()  # cases whose handler answers their column pages too


def host(case: str) -> str:
    if case == "loop20":
        return f"loop20-1.{DOMAIN}"
    return f"{case}.{DOMAIN}"


# --------------------------------------------------------------------------- the server

Writer = asyncio.StreamWriter
Handler = Callable[[str, str, Writer], Awaitable[None]]


def _head(status: str, fields: list[tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in fields]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _page(body: bytes, ctype: str = "text/html; charset=utf-8", extra: list[tuple[str, str]] | None = None,
          status: str = "200 OK") -> bytes:
    fields = [("Server", "nginx/1.18.0"), ("Date", "Wed, 25 Nov 2026 02:00:00 GMT"), ("Content-Type", ctype),
              ("Content-Length", str(len(body))), ("Connection", "close")] + (extra or [])
    return _head(status, fields) + body


def _redirect(location: bytes | str, status: str = "302 Found") -> bytes:
    loc = location.encode("utf-8") if isinstance(location, str) else location
    return (b"HTTP/1.1 " + status.encode() + b"\r\nServer: nginx\r\nLocation: " + loc
            + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


NOT_FOUND = _page(b"<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1>"
                  b"</center><hr><center>nginx</center></body></html>", status="404 Not Found")


@dataclass
class Server:
    """The raw listener: every case's answers, by the Host header's first label."""

    port: int = 0
    zero_port: int = 0  # the port 0.0.0.0 cases point at (this server's own)
    requests: dict[str, list[str]] = field(default_factory=dict)
    _server: asyncio.AbstractServer | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])
        self.zero_port = self.port

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: Writer) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            lines = head.decode("latin-1").split("\r\n")
            target = lines[0].split(" ")[1]
            hostname = next((ln.split(":", 1)[1].strip() for ln in lines[1:] if ln.lower().startswith("host:")), "")
            hostname = hostname.rsplit(":", 1)[0] if not hostname.startswith("[") else hostname
            label = hostname.split(".")[0].lower()
            self.requests.setdefault(label, []).append(target)
            await self.answer(label, target, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError,
                asyncio.CancelledError, IndexError):
            pass
        finally:
            with contextlib.suppress(Exception):  # the peer may be gone
                writer.close()

    async def answer(self, label: str, target: str, w: Writer) -> None:
        path = target.split("?")[0]
        if label.startswith("loop20-"):
            n = int(label.split("-")[1])
            w.write(_redirect(f"http://loop20-{n % 20 + 1}.{DOMAIN}/"))
            return
        case = label
        # robots.txt of most cases: none (404); the robots cases have their own
        if path == "/robots.txt" and not case.startswith("robots-"):
            w.write(NOT_FOUND)
            return
        if path.startswith("/col/") and case in OWN_COLUMN_PAGES:
            await HANDLERS[case](path, self, w)
            await w.drain()
            return
        if path.startswith("/col/") and path.endswith("/index.html"):
            slug = path.split("/")[2]
            if slug not in COLUMNS:
                w.write(NOT_FOUND)
                return
            if case == "column-drip" and slug == "tzgg":
                await _drip(w, _head("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                ("Content-Length", "90000")]) + column_page(slug).encode()[:1500])
                return
            w.write(_page(column_page(slug).encode()))
            return
        if path.startswith("/col/") or path.startswith("/images/"):
            w.write(NOT_FOUND)
            return
        await HANDLERS.get(case, _not_found)(path, self, w)
        await w.drain()


async def _drip(w: Writer, first: bytes, pause: float = 0.05) -> None:
    w.write(first)
    await w.drain()
    for _ in range(2_000):  # 100 s: far beyond any visit
        await asyncio.sleep(pause)
        w.write(b" ")
        await w.drain()


async def _not_found(path: str, srv: Server, w: Writer) -> None:
    w.write(NOT_FOUND)


PORTAL = portal().encode("utf-8")


def _simple(body: bytes, **kw: object) -> Callable[[str, Server, Writer], Awaitable[None]]:
    async def handler(path: str, srv: Server, w: Writer) -> None:
        if path in ("/", "/index.html"):
            w.write(_page(body, **kw))  # type: ignore[arg-type]
        else:
            w.write(NOT_FOUND)
    return handler


async def _slow_headers(path: str, srv: Server, w: Writer) -> None:
    head = _head("200 OK", [("Server", "Apache"), ("Content-Type", "text/html")] +
                 [(f"X-Slow-{i}", "a" * 30) for i in range(200)])
    for i in range(len(head)):
        w.write(head[i:i + 1])
        await w.drain()
        await asyncio.sleep(0.05)


async def _slowloris_body(path: str, srv: Server, w: Writer) -> None:
    await _drip(w, _head("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "200000")])
                + PORTAL[:3000])


async def _endless_chunked(path: str, srv: Server, w: Writer) -> None:
    w.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Transfer-Encoding", "chunked")]))
    w.write(b"%x\r\n" % len(PORTAL) + PORTAL + b"\r\n")
    await w.drain()
    for _ in range(2_000):
        await asyncio.sleep(0.05)
        w.write(b"1\r\n \r\n")
        await w.drain()


async def _cookie_storm(path: str, srv: Server, w: Writer) -> None:
    if path not in ("/", "/index.html"):
        w.write(NOT_FOUND)
        return
    cookies = [("Set-Cookie", f"c{i:02d}_{'ab' * 8}={'%032x' % (i * 7919)}; Path=/; HttpOnly") for i in range(60)]
    w.write(_page(PORTAL, extra=cookies))


async def _headers_10k(path: str, srv: Server, w: Writer) -> None:
    fields = [("Content-Type", "text/html; charset=utf-8")] + [(f"X-Trace-{i}", "0123456789") for i in range(12_000)]
    w.write(_head("200 OK", [*fields, ("Content-Length", str(len(PORTAL)))]) + PORTAL)


async def _header_1mb(path: str, srv: Server, w: Writer) -> None:
    w.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("X-Padding", "p" * 1_000_000),
                             ("Content-Length", str(len(PORTAL)))]) + PORTAL)


async def _dup_cl(path: str, srv: Server, w: Writer) -> None:
    w.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "1200"),
                             ("Content-Length", "40000")]) + PORTAL[:40000])


def _redirect_handler(location: bytes | str, status: str = "302 Found") -> Handler:
    async def handler(path: str, srv: Server, w: Writer) -> None:
        if path in ("/", "/index.html"):
            w.write(_redirect(location, status))
        else:
            w.write(NOT_FOUND)
    return handler  # type: ignore[return-value]


async def _to_zero_literal(path: str, srv: Server, w: Writer) -> None:
    if path == "/":
        w.write(_redirect(f"http://0.0.0.0:{srv.zero_port}/"))
    else:
        w.write(NOT_FOUND)


def _at(paths: set[str], location: bytes | str) -> Handler:
    async def handler(path: str, srv: Server, w: Writer) -> None:
        if path == "/":
            w.write(_redirect(location))
        elif path in paths:
            w.write(_page(PORTAL))
        else:
            w.write(NOT_FOUND)
    return handler  # type: ignore[return-value]


async def _info_1xx(path: str, srv: Server, w: Writer) -> None:
    if path not in ("/", "/index.html"):
        w.write(NOT_FOUND)
        return
    w.write(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\n")
    await w.drain()
    await asyncio.sleep(0.02)
    w.write(_page(PORTAL))


GZ = gzip.compress(PORTAL)
GBK_PORTAL = portal(charset="gbk").encode("gbk")
GB2312_TITLE = "青石县人民政府 朱镕喆堃"


async def _huge(path: str, srv: Server, w: Writer) -> None:
    if path not in ("/", "/index.html"):
        w.write(NOT_FOUND)
        return
    w.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Transfer-Encoding", "chunked")]))
    w.write(b"%x\r\n" % len(PORTAL) + PORTAL + b"\r\n")
    filler = ("<!-- 站群系统缓存区块 " + "x" * 200 + " -->\n").encode() * 250  # ~60 KB
    sent = len(PORTAL)
    while sent < 30_000_000:
        w.write(b"%x\r\n" % len(filler) + filler + b"\r\n")
        await w.drain()
        sent += len(filler)
    w.write(b"0\r\n\r\n")


async def _robots_50mb(path: str, srv: Server, w: Writer) -> None:
    if path != "/robots.txt":
        await _simple(PORTAL)(path, srv, w)
        return
    line = b"# generated by the site cluster's SEO module; do not edit by hand ........................\n"
    total = 50_000_000
    w.write(_head("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(total))]))
    sent = 0
    block = line * 700
    tail = b"User-agent: *\nDisallow: /\n"
    while sent + len(block) < 40_000_000:
        w.write(block)
        await w.drain()
        sent += len(block)
    w.write(tail)
    sent += len(tail)
    while sent + len(block) < total:
        w.write(block)
        await w.drain()
        sent += len(block)
    w.write(line[: total - sent - 1] + b"\n")


async def _robots_redirect(path: str, srv: Server, w: Writer) -> None:
    if path == "/robots.txt":
        w.write(_redirect("/index.html"))
    else:
        await _simple(PORTAL)(path, srv, w)


async def _robots_hang(path: str, srv: Server, w: Writer) -> None:
    if path == "/robots.txt":
        await asyncio.sleep(100)
    else:
        await _simple(PORTAL)(path, srv, w)


def _loc_noscheme() -> Handler:
    return _at({"/www.loc-noscheme.hostile5.test/portal/"}, "www.loc-noscheme.hostile5.test/portal/")


async def _schemeless(path: str, srv: Server, w: Writer) -> None:
    w.write(_redirect("//loc-schemeless-www.hostile5.test/index.html", "301 Moved Permanently"))


HANDLERS: dict[str, Handler] = {
    "control": _simple(PORTAL),
    "slow-headers": _slow_headers,
    "slowloris-body": _slowloris_body,
    "endless-chunked": _endless_chunked,
    "column-drip": _simple(PORTAL),
    "cookie-storm": _cookie_storm,
    "headers-10k": _headers_10k,
    "header-1mb": _header_1mb,
    "dup-cl": _dup_cl,
    "to-file": _redirect_handler("file:///etc/passwd"),
    "to-javascript": _redirect_handler("javascript:alert(document.cookie)"),
    "to-ftp": _redirect_handler(f"ftp://to-ftp.{DOMAIN}/pub/index.html", "301 Moved Permanently"),
    "to-data": _redirect_handler("data:text/html;base64,PGgxPuaWsOeJiOe9keermTwvaDE+"),
    "to-zero-host": _redirect_handler(f"http://sinkhole.{DOMAIN}/"),
    "sinkhole": _simple(PORTAL),
    "to-zero-literal": _to_zero_literal,
    "to-refused": _redirect_handler(f"http://refused.{DOMAIN}/"),
    "bad-port": _redirect_handler(f"http://bad-port.{DOMAIN}:99999/"),
    "loc-space": _at({"/new%20portal/index.html", "/new portal/index.html"}, b"/new portal/index.html"),
    "loc-unicode": _at({"/%E6%96%B0%E7%89%88/index.html", "/%e6%96%b0%e7%89%88/index.html"},
                       "/新版/index.html".encode()),
    "loc-noscheme": _loc_noscheme(),
    "loc-schemeless": _schemeless,
    "loc-schemeless-www": _simple(PORTAL),
    "info-1xx": _info_1xx,
    "x-gzip": _simple(GZ, extra=[("Content-Encoding", "x-gzip")]),
    "gzip-upper": _simple(GZ, extra=[("Content-Encoding", "GZIP")]),
    "gbk-lie": _simple(PORTAL, ctype="text/html; charset=gbk"),
    "latin1-lie": _simple(GBK_PORTAL, ctype="text/html; charset=ISO-8859-1"),
    "gb2312-label": _simple(portal(title=GB2312_TITLE, charset="gb2312").encode("gbk"),
                            ctype="text/html; charset=gb2312"),
    "utf16be-bom": _simple(codecs.BOM_UTF16_BE + portal(charset="utf-16").encode("utf-16-be"), ctype="text/html"),
    "utf16le-label": _simple(portal(charset="utf-16le").encode("utf-16-le"), ctype="text/html; charset=utf-16le"),
    "huge-30mb": _huge,
    "robots-50mb": _robots_50mb,
    "robots-redirect": _robots_redirect,
    "robots-hang": _robots_hang,
}

_ = zlib  # (deflate cases were covered by earlier rounds)


# --------------------------------------------------------------------------- scanning and scoring


@dataclass
class Outcome:
    records: dict[str, dict[str, object]]
    columns: dict[str, dict[str, dict[str, object]]]
    seconds: float
    requests: dict[str, list[str]]


def config_mapping(port: int, closed: int, db_path: str) -> dict[str, object]:
    return {
        "crawler": {"timeout": TIMEOUT, "retries": RETRIES, "backoff": BACKOFF, "max_retry_after": 0.2,
                    "max_page_bytes": MAX_PAGE_BYTES, "max_redirects": MAX_REDIRECTS,
                    "parse_workers": 0, "max_links_per_site": 0, "respect_robots": True},
        "network": {"resolve": {f"*.{DOMAIN}": f"127.0.0.1:{port}",
                                f"sinkhole.{DOMAIN}": f"0.0.0.0:{port}",
                                f"refused.{DOMAIN}": f"127.0.0.1:{closed}"},
                    "system_dns": False},
        "storage": {"path": db_path},
        "rules": {"slow_ms": 3000, "availability_timeout_seconds": TIMEOUT},
    }


_WARM: list[bool] = []


async def scan(db_path: str, depth: str, cases: tuple[Case, ...] | None = None) -> Outcome:
    import time

    from crawler.config import config_from_mapping
    from crawler.models import Site
    from crawler.scan import run_scan
    from crawler.storage import iter_result_records, open_database
    from tests.farm import closed_port

    _robots_bomb()  # made before the scan: its 0.4 s of compression would stall the loop mid-scan
    if not _WARM and (cases or CASES) != (CASE_BY_NAME["control"],):
        # The first page parsed in a process loads the lexicon and compiles its patterns
        # (up to a second on a loaded machine), on the loop when parse_workers = 0: done
        # before the timed scan, whose visits have a 0.8 s limit.
        await scan(db_path + ".warm", depth, (CASE_BY_NAME["control"],))
        _WARM.append(True)
    srv = Server()
    await srv.start()
    closed = closed_port()  # held bound, never listening: refused for the test's life
    try:
        config = config_from_mapping(config_mapping(srv.port, closed, db_path))
        sites = [Site(f"http://{host(c.case)}/", name=c.case, group="hostile5",
                      overrides={"timeout": c.timeout or SLACK}) for c in cases or CASES]
        started = time.monotonic()
        outcome = await run_scan(config, sites, depth=depth, clock=lambda: NOW)
        seconds = time.monotonic() - started
    finally:
        await srv.close()
    db = open_database(config.database_path, create=False)
    try:
        records = {str(r["name"]): dict(r) for r in iter_result_records(db, outcome.scan_id)}
        columns: dict[str, dict[str, dict[str, object]]] = {}
        for row in db.query(
            "SELECT sites.name AS site, check_columns.* FROM check_columns"
            " JOIN checks ON checks.id = check_columns.check_id JOIN sites ON sites.id = checks.site_id"
            " WHERE checks.scan_id = ? ORDER BY check_columns.id", [outcome.scan_id]):
            columns.setdefault(str(row["site"]), {})[str(row["name"])] = dict(row)
    finally:
        db.conn.close()
    return Outcome(records, columns, seconds, srv.requests)


def mismatches(case: Case, out: Outcome, depth: str) -> list[str]:
    rec = out.records.get(case.case)
    if rec is None:
        return ["no record"]
    bad = []
    codes = {str(f["code"]) for f in rec["findings"]}  # type: ignore[attr-defined]
    status = case.home_status if (depth == "home" and case.home_status) else case.status
    if rec["status"] != status:
        bad.append(f"status {rec['status']} (want {status})")
    if rec["passed"] != case.passed:
        bad.append(f"passed {rec['passed']}")
    if rec["error_kind"] not in case.kind:
        bad.append(f"error_kind {rec['error_kind']} ({rec['error_detail']}) (want {sorted(map(str, case.kind))})")
    must = case.must if depth == "full" else case.must - {"robots_disallowed"}
    if missing := must - codes:
        bad.append(f"missing {sorted(missing)}")
    if extra := case.must_not & codes:
        bad.append(f"unwanted {sorted(extra)}: " + "; ".join(
            str(f["detail"])[:120] for f in rec["findings"] if f["code"] in extra))  # type: ignore[attr-defined]
    if case.title is not None and rec["title"] != case.title:
        bad.append(f"title {rec['title']!r}")
    if case.last_updated is not None and rec["last_updated"] != case.last_updated.isoformat():
        bad.append(f"last_updated {rec['last_updated']}")
    if depth == "full":
        cols = out.columns.get(case.case, {})
        for col in case.columns:
            row = cols.get(col.name)
            if row is None:
                bad.append(f"column {col.name} not found")
                continue
            want_newest = col.newest.isoformat() if col.newest else None
            if row["type"] != col.type or row["newest"] != want_newest or bool(row["empty"]) != col.empty:
                bad.append(f"column {col.name}: {row['type']} {row['newest']} empty={row['empty']}")
    return bad


def score(outcomes: dict[str, Outcome]) -> None:
    for depth, out in outcomes.items():
        print(f"--- depth {depth}: {len(out.records)} sites in {out.seconds:.2f} s")
        ok = 0
        for case in CASES:
            bad = mismatches(case, out, depth)
            ok += not bad
            rec = out.records.get(case.case, {})
            print(f"{'OK ' if not bad else 'BAD'} {case.case:16} {rec.get('status')!s:11} "
                  f"{rec.get('error_kind')!s:13} {'; '.join(bad)[:300]}")
        print(f"score {depth}: {ok}/{len(CASES)}")


# --------------------------------------------------------------------------- batch 2
# Written after batch 1 was scored and before any scan of these: column pages and
# robots.txt that are hostile, and a few more homepage answers.

GBK_NOLABEL = portal(charset="gbk").encode("gbk")

CASES_2: tuple[Case, ...] = (
    unreachable("self-fragment", "302 Location: #top (the same URL again)", {"redirect_loop"},
                why="a redirect to itself, as often as asked: browsers end it as too many redirects"),
    healthy("no-reason", "status line `HTTP/1.1 200` without a reason phrase (an embedded server)"),
    healthy("obs-fold", "a header field folded over two lines (obs-fold: `X-Powered-By: PHP/5.2.17` CRLF SP `ASP.NET`)",
            why="RFC 9112 5.2: a user agent replaces obs-fold with a space; browsers read the page"),
    healthy("empty-charset", "Content-Type: text/html; charset= (empty), a GBK body with <meta charset=gbk>"),
    healthy("column-huge", "the 政务要闻 column page is a chunked 30 MB page: its list first, then template comments",
            why="the column is read from the first part (its list), within the visit's time"),
    healthy("column-headers", "every column page answers with 12,000 header fields (300 KB)",
            why="column pages that cannot be read: the columns are judged on the homepage's blocks"),
    healthy("column-sinkhole", "every column page redirects to http://sinkhole.hostile5.test/... (0.0.0.0)",
            why="never fetched (the test checks no request reached the sinkhole); judged on the homepage"),
    healthy("robots-gzbomb", "robots.txt with Content-Encoding: gzip, 50 MB of comment lines when inflated",
            also_not=frozenset({"robots_disallowed"}),
            why="read up to 500 KiB of the inflated text: all allowed"),
    healthy("robots-loop", "robots.txt redirects to itself with a new query each time, forever",
            also_not=frozenset({"robots_disallowed"}),
            why="README: more than five redirects mean no robots.txt, everything allowed"),
    healthy("robots-bighead", "robots.txt answers with a 1 MB header line (a malformed answer)",
            must=frozenset({"robots_disallowed"}),
            why="an answer that cannot be read is a network error: RFC 9309 complete disallow; "
                "the columns are judged by the homepage's fresh blocks"),
)


async def _self_fragment(path: str, srv: Server, w: Writer) -> None:
    w.write(_redirect("#top"))


async def _no_reason(path: str, srv: Server, w: Writer) -> None:
    if path not in ("/", "/index.html"):
        w.write(NOT_FOUND)
        return
    w.write(b"HTTP/1.1 200\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n"
            b"Connection: close\r\n\r\n" % len(PORTAL) + PORTAL)


async def _obs_fold(path: str, srv: Server, w: Writer) -> None:
    if path not in ("/", "/index.html"):
        w.write(NOT_FOUND)
        return
    w.write(b"HTTP/1.1 200 OK\r\nServer: Microsoft-IIS/6.0\r\nX-Powered-By: PHP/5.2.17\r\n ASP.NET\r\n"
            b"Content-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
            % len(PORTAL) + PORTAL)


async def _column_huge(path: str, srv: Server, w: Writer) -> None:
    if path == "/col/zwyw/index.html":
        page = column_page("zwyw").encode()
        w.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Transfer-Encoding", "chunked")]))
        w.write(b"%x\r\n" % len(page) + page + b"\r\n")
        filler = ("<!-- 栏目缓存 " + "y" * 200 + " -->\n").encode() * 250
        sent = len(page)
        while sent < 30_000_000:
            w.write(b"%x\r\n" % len(filler) + filler + b"\r\n")
            await w.drain()
            sent += len(filler)
        w.write(b"0\r\n\r\n")
    elif path.startswith("/col/"):
        slug = path.split("/")[2]
        w.write(_page(column_page(slug).encode()) if slug in COLUMNS else NOT_FOUND)
    else:
        await _simple(PORTAL)(path, srv, w)


async def _column_headers(path: str, srv: Server, w: Writer) -> None:
    if path.startswith("/col/"):
        # Past Chrome's 256 KB bound on a response head (12,000 fields, ~310 KB), so that
        # the column pages cannot be read, as the case says (10,000 fields, 240 KB, are
        # read since crawler/lenient.py, as browsers read them: review12).
        fields = [("Content-Type", "text/html; charset=utf-8")] + [
            (f"X-Trace-{i}", "0123456789") for i in range(12_000)
        ]
        w.write(_head("200 OK", [*fields, ("Content-Length", str(len(PORTAL)))]) + PORTAL)
    else:
        await _simple(PORTAL)(path, srv, w)


async def _column_sinkhole(path: str, srv: Server, w: Writer) -> None:
    if path.startswith("/col/"):
        w.write(_redirect(f"http://sinkhole.{DOMAIN}{path}"))
    else:
        await _simple(PORTAL)(path, srv, w)


_GZ_BOMB: list[bytes] = []


def _robots_bomb() -> bytes:
    if not _GZ_BOMB:
        comp = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip wrapper
        block = b"# Disallow rules are managed by the site cluster; this line is a comment.\n" * 14_000
        parts = [comp.compress(block) for _ in range(50)]  # ~50 MB inflated
        parts.append(comp.flush())
        _GZ_BOMB.append(b"".join(parts))
    return _GZ_BOMB[0]


async def _robots_gzbomb(path: str, srv: Server, w: Writer) -> None:
    if path == "/robots.txt":
        w.write(_page(_robots_bomb(), ctype="text/plain", extra=[("Content-Encoding", "gzip")]))
    else:
        await _simple(PORTAL)(path, srv, w)


async def _robots_loop(path: str, srv: Server, w: Writer) -> None:
    if path == "/robots.txt":
        n = len(srv.requests.get("robots-loop", []))
        w.write(_redirect(f"/robots.txt?r={n}"))
    else:
        await _simple(PORTAL)(path, srv, w)


async def _robots_bighead(path: str, srv: Server, w: Writer) -> None:
    if path == "/robots.txt":
        await _header_1mb(path, srv, w)
    else:
        await _simple(PORTAL)(path, srv, w)


HANDLERS.update({
    "self-fragment": _self_fragment,
    "no-reason": _no_reason,
    "obs-fold": _obs_fold,
    "empty-charset": _simple(GBK_NOLABEL, ctype="text/html; charset="),
    "column-huge": _column_huge,
    "column-headers": _column_headers,
    "column-sinkhole": _column_sinkhole,
    "robots-gzbomb": _robots_gzbomb,
    "robots-loop": _robots_loop,
    "robots-bighead": _robots_bighead,
})
OWN_COLUMN_PAGES.update({"column-huge", "column-headers", "column-sinkhole"})
CASES = CASES + CASES_2
CASE_BY_NAME = {c.case: c for c in CASES}


if __name__ == "__main__":
    import sys
    import tempfile

    async def main() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            outs = {}
            for depth in sys.argv[1:] or ["full", "home"]:
                outs[depth] = await scan(f"{tmp}/{depth}.db", depth)
            score(outs)

    asyncio.run(main())
