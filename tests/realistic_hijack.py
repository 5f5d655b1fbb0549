"""Hijacked (hacked) and honest government pages, with the truth, for the hijack audit.

Written from how Chinese county/bureau sites and English councils actually get hacked,
not from tests/hostile_pages.py: 黑链 blocks injected before </body> in every hiding
technique kits use, titles and meta tags rewritten for Baidu while the body still shows
the government site, search-engine-referrer redirects obfuscated the ways kits ship
them (packer, \\x escapes, String.fromCharCode, atob), full-page iframes, an off-site
meta refresh, a 寄生虫 (parasite) page planted in a column directory, a defacement,
English pharmacy/essay/loan spam on a council site; and honest pages that look close:
a 公安局 reporting gambling cases, a 体育局 on lottery funds, a 市场监管局 on 代孕 and
办证 crackdowns, analytics snippets, tabbed panels and mobile menus hidden by CSS,
友情链接 drop-downs, same-site redirects, a 无障碍 toolbar saved after it ran.

Each `Case` holds a site's pages (path -> HTML) and its truth: whether an inspector
would call it hijacked, the hijack findings it should get (`hidden_links`,
`spam_content`, `offsite_redirect`), and a note when the truth is debatable. Dates are
relative to the fixed clock NOW.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

NOW = datetime(2026, 3, 18, 2, 30, tzinfo=UTC)  # 10:30 in Beijing, a Wednesday
TODAY = NOW.date()
CN_DOMAIN = "qingxi.gov.cn"  # each case is a host under it (m.qingxi.gov.cn: its mobile site)
EN_DOMAIN = "millbrook.gov.uk"
HIJACK_CODES = frozenset({"hidden_links", "spam_content", "offsite_redirect", "cloaking"})


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@dataclass(frozen=True)
class Case:
    slug: str
    pages: dict[str, str]
    hijacked: bool
    findings: frozenset[str] = frozenset()  # hijack findings an inspector expects
    note: str = ""  # why the truth is what it is, when it is debatable
    redirects: dict[str, str] = field(default_factory=dict)  # path -> Location (301)
    host: str = ""  # the site's host name; default: <slug>.qingxi.gov.cn
    others: dict[str, dict[str, str]] = field(default_factory=dict)  # host -> pages

    @property
    def url(self) -> str:
        return f"http://{self.host or self.slug + '.' + CN_DOMAIN}/"


# --- a county portal as a TRS/Hanweb template renders it ---------------------------------

NEWS = (
    "县委常委会召开扩大会议传达学习全国两会精神",
    "县政府召开第四十六次常务会议",
    "全县春季农业生产暨高标准农田建设现场会召开",
    "县领导督导检查安全生产和森林防火工作",
    "我县开展“学雷锋志愿服务月”系列活动",
    "县人大常委会调研优化营商环境工作",
    "全县重点项目集中开工仪式举行",
)
NOTICES = (
    "关于2026年春季学期中小学招生入学工作的通告",
    "县人民政府关于调整部分道路交通管理措施的通告",
    "关于开展2025年度企业年报公示工作的通知",
    "关于公开招聘社区工作者的公告",
    "县自然资源局关于国有建设用地使用权挂牌出让的公告",
)
POLICIES = (
    "县人民政府办公室关于印发进一步优化营商环境若干措施的通知",
    "关于印发《县级储备粮管理办法》的通知",
    "县人民政府关于公布行政规范性文件清理结果的决定",
)


def _items(column: str, titles: tuple[str, ...], start: int, step: int) -> str:
    rows = []
    for n, title in enumerate(titles):
        day = ago(start + n * step)
        rows.append(
            f'<li><a href="/{column}/{day:%Y%m}/t{day:%Y%m%d}_{4_560_000 + n * 7}.html" '
            f'target="_blank" title="{title}">{title}</a><span class="date">{day.isoformat()}</span></li>'
        )
    return "".join(rows)


def list_page(column: str, name: str, titles: tuple[str, ...], start: int, step: int) -> str:
    """A column's own list page (what the scan reads behind 更多)."""
    return (
        (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f"<title>{name}_青溪县人民政府</title></head><body>"
            '<div class="nav"><a href="/">首页</a> &gt; <a href="/{column}/">{name}</a></div>'
            f'<div class="list"><ul>{_items(column, titles, start, step)}</ul></div>'
            '<div class="page">共1页 <a href="#">首页</a> <a href="#">尾页</a></div>'
            '<div class="footer">青溪县人民政府办公室 主办</div></body></html>'
        )
        .replace("{column}", column)
        .replace("{name}", name)
    )


GOV_FRIENDS = (
    ("中国政府网", "https://www.gov.cn/"),
    ("浙江省人民政府", "https://www.zj.gov.cn/"),
    ("丽水市人民政府", "http://www.lishui.gov.cn/"),
    ("浙江政务服务网", "https://www.zjzwfw.gov.cn/"),
)


def portal(
    *,
    title: str = "青溪县人民政府门户网站",
    keywords: str = "青溪县,青溪县人民政府,政务公开,政务服务,青溪新闻",
    description: str = "青溪县人民政府门户网站是县政府发布政务信息、提供在线服务、与公众互动交流的官方网站。",
    before_doctype: str = "",
    head_top: str = "",
    head: str = "",
    body_top: str = "",
    footer_extra: str = "",
    before_body_end: str = "",
    friends: str | None = None,
    columns: str | None = None,
    name: str = "青溪县人民政府",
) -> str:
    """A county portal homepage: header, nav, three dated columns, 友情链接, footer."""
    nav = "".join(
        f'<li><a href="/{path}/">{label}</a></li>'
        for path, label in (
            ("zwdt", "政务动态"),
            ("tzgg", "通知公告"),
            ("zcwj", "政策文件"),
            ("zfxxgk", "信息公开"),
            ("zwfw", "政务服务"),
            ("hdjl", "互动交流"),
        )
    )
    cols = (
        columns
        if columns is not None
        else (
            '<div class="col"><div class="hd"><h3>政务动态</h3><a class="more" href="/zwdt/">更多&gt;&gt;</a></div>'
            f"<ul>{_items('zwdt', NEWS, 1, 2)}</ul></div>"
            '<div class="col"><div class="hd"><h3>通知公告</h3><a class="more" href="/tzgg/">更多&gt;&gt;</a></div>'
            f"<ul>{_items('tzgg', NOTICES, 3, 9)}</ul></div>"
            '<div class="col"><div class="hd"><h3>政策文件</h3><a class="more" href="/zcwj/">更多&gt;&gt;</a></div>'
            f"<ul>{_items('zcwj', POLICIES, 10, 30)}</ul></div>"
        )
    )
    friends_html = (
        friends
        if friends is not None
        else (
            '<div class="yqlj"><span>友情链接：</span>'
            + "".join(f'<a href="{url}" target="_blank">{label}</a>' for label, url in GOV_FRIENDS)
            + "</div>"
        )
    )
    return (
        f'{before_doctype}<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        f'{head_top}<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f"<title>{title}</title>"
        f'<meta name="keywords" content="{keywords}" />'
        f'<meta name="description" content="{description}" />'
        '<link href="/images/style.css" rel="stylesheet" type="text/css" />'
        '<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>'
        f"{head}</head><body>{body_top}"
        '<div class="top"><div class="w"><span id="nowtime"></span>'
        '<a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> '
        '<a href="/wza/">无障碍浏览</a> <a href="http://m.qingxi.gov.cn/">手机版</a></div></div>'
        f'<div class="header"><h1><a href="/">{name}</a></h1>'
        '<form action="/search/search.jsp" method="get"><input name="q" type="text" />'
        '<input type="submit" value="搜索" /></form></div>'
        f'<div class="nav"><ul><li><a href="/">首页</a></li>{nav}</ul></div>'
        f'<div class="main">{cols}</div>'
        f"{friends_html}"
        '<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | '
        '<a href="/contact/">联系我们</a></p>'
        f"<p>主办：{name}办公室 承办：青溪县大数据发展中心 地址：青溪县人民路1号 邮编：323000</p>"
        '<p><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-1</a> '
        '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33112702000123" '
        'target="_blank">浙公网安备 33112702000123号</a> 网站标识码：3311270001</p>'
        '<script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' '
        "%3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/112/0000/40675487/"
        "CA331120000406754870001.js' type='text/javascript'%3E%3C/script%3E\"));</script>"
        f"{footer_extra}</div>{before_body_end}</body></html>"
    )


def site_pages(home: str) -> dict[str, str]:
    return {
        "/": home,
        "/zwdt/": list_page("zwdt", "政务动态", NEWS, 1, 2),
        "/tzgg/": list_page("tzgg", "通知公告", NOTICES, 3, 9),
        "/zcwj/": list_page("zcwj", "政策文件", POLICIES, 10, 30),
    }


# --- what the kits inject ----------------------------------------------------------------

CN_SPAM = (
    ("澳门新葡京", "http://www.xpj6688.com/"),
    ("太阳城", "http://www.tyc2266.com/"),
    ("北京赛车pk10", "https://www.bjpk10kj.net/"),
    ("时时彩", "http://www.ssc8899.cc/"),
    ("六合彩", "http://www.xglhc123.com/"),
    ("开元棋牌", "https://www.ky-qipai.vip/"),
    ("真人百家乐", "http://www.bjl777.com/"),
    ("体育投注", "https://www.tytz365.com/"),
    ("老虎机", "http://www.lhj518.com/"),
)
CN_SPAM_2 = (
    ("北京代孕", "http://www.bjdaiyun.com/"),
    ("办证", "http://www.banzheng88.com/"),
    ("发票", "http://www.fapiao666.com/"),
    ("传奇私服", "http://www.sf999.com/"),
    ("棋牌", "http://www.qp1788.com/"),
)


def links(pairs: tuple[tuple[str, str], ...], sep: str = " ") -> str:
    return sep.join(f'<a href="{url}" target="_blank">{text}</a>' for text, url in pairs)


REFERRER_JS = (
    "var s=document.referrer;"
    'if(s.indexOf("baidu")>0||s.indexOf("sogou")>0||s.indexOf("so.com")>0||s.indexOf("sm.cn")>0)'
    '{window.location.href="https://www.am8899.com/?from=gov";}'
)


def pack(source: str) -> str:
    """Dean Edwards' p.a.c.k.e.r. (base 62), as hijack kits ship their scripts."""
    words = list(dict.fromkeys(re.findall(r"\b\w+\b", source)))
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def encode(n: int) -> str:
        out = ""
        while True:
            out = alphabet[n % 62] + out
            n //= 62
            if not n:
                return out

    index = {w: encode(i) for i, w in enumerate(words)}
    payload = re.sub(r"\b\w+\b", lambda m: index[m.group(0)], source)
    payload = payload.replace("\\", "\\\\").replace("'", "\\'")
    keys = "|".join(w if index[w] != w else "" for w in words)
    return (
        "eval(function(p,a,c,k,e,d){e=function(c){return(c<a?'':e(parseInt(c/a)))+((c=c%a)>35?"
        "String.fromCharCode(c+29):c.toString(36))};if(!''.replace(/^/,String)){while(c--)"
        "d[e(c)]=k[c]||e(c);k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};"
        "while(c--)if(k[c])p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c]);return p}"
        f"('{payload}',62,{len(words)},'{keys}'.split('|'),0,{{}}))"
    )


def hex_escape(text: str) -> str:
    return "".join(f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}" for c in text)


def entities(text: str) -> str:
    return "".join(f"&#{ord(c)};" for c in text)


# --- hacked ------------------------------------------------------------------------------


def offscreen_footer() -> Case:
    block = f'<div style="position:absolute;top:-999px;left:-999px">{links(CN_SPAM)}</div>'
    return Case(
        "h-offscreen",
        site_pages(portal(footer_extra=block)),
        True,
        frozenset({"hidden_links", "spam_content"}),
    )


def style_class_display_none() -> Case:
    block = f'<style>.qx8f2a{{display:none}}</style><div class="qx8f2a">{links(CN_SPAM[:6])}</div>'
    return Case(
        "h-class-none",
        site_pages(portal(before_body_end=block)),
        True,
        frozenset({"hidden_links", "spam_content"}),
    )


def font_size_zero() -> Case:
    block = f'<p style="font-size:0px;line-height:0;margin:0">{links(CN_SPAM[2:8], "")}</p>'
    return Case(
        "h-font0",
        site_pages(portal(footer_extra=block)),
        True,
        frozenset({"hidden_links", "spam_content"}),
    )


def marquee_one_pixel() -> Case:
    block = (
        "<marquee width=1 height=1 scrollamount=3000 scrolldelay=20000>"
        f"{links(CN_SPAM[:5])}</marquee>"
    )
    return Case(
        "h-marquee",
        site_pages(portal(before_body_end=block)),
        True,
        frozenset({"hidden_links", "spam_content"}),
    )


def text_indent() -> Case:
    block = (
        f'<div style="text-indent:-9999px;overflow:hidden;height:20px">{links(CN_SPAM[3:9])}</div>'
    )
    return Case(
        "h-indent",
        site_pages(portal(footer_extra=block)),
        True,
        frozenset({"hidden_links", "spam_content"}),
    )


def visibility_hidden() -> Case:
    block = f'<span style="visibility:hidden;position:absolute">{links(CN_SPAM[:4])}</span>'
    return Case(
        "h-visibility",
        site_pages(portal(before_body_end=block)),
        True,
        frozenset({"hidden_links", "spam_content"}),
    )


def height_zero() -> Case:
    block = f'<div style="height:0;overflow:hidden">{links(CN_SPAM[4:9])}</div>'
    return Case(
        "h-height0",
        site_pages(portal(footer_extra=block)),
        True,
        frozenset({"hidden_links", "spam_content"}),
    )


def height_zero_no_terms() -> Case:
    """Dark links whose anchors carry no listed spam term (澳门新葡京, 太阳城, 棋牌, 办证,
    发票, 私服): the hiding alone tells."""
    pairs = (CN_SPAM[0], CN_SPAM[1], *CN_SPAM_2)
    block = f'<div style="height:0px;overflow:hidden;">{links(pairs)}</div>'
    return Case(
        "h-height0-plain", site_pages(portal(footer_extra=block)), True, frozenset({"hidden_links"})
    )


def display_none_two_links() -> Case:
    """A small injection: two links, display:none, anchors 代孕 and 私服."""
    block = (
        '<div style="display:none"><a href="http://www.bjdaiyun.com/">北京代孕公司</a>'
        '<a href="http://www.sf999.com/">传奇私服发布网</a></div>'
    )
    return Case(
        "h-two-links", site_pages(portal(before_body_end=block)), True, frozenset({"hidden_links"})
    )


def meta_title_hijack() -> Case:
    """Baidu-targeted: title, keywords and description rewritten (title as entities,
    as kits write them), restored for visitors by a script; the body is untouched."""
    title = entities("澳门新葡京娱乐场-北京赛车pk10-时时彩官网") + "_青溪县人民政府"
    return Case(
        "h-meta-title",
        site_pages(
            portal(
                title=title,
                keywords="澳门新葡京,太阳城集团,北京赛车pk10,时时彩,六合彩开奖结果,真人百家乐",
                description="澳门新葡京娱乐场官网(www.xpj6688.com)提供北京赛车pk10、时时彩、"
                "真人百家乐、体育投注,注册送彩金,首存送100%",
                head='<script>document.title="青溪县人民政府门户网站";</script>',
            )
        ),
        True,
        frozenset({"spam_content"}),
    )


def referrer_redirect_plain() -> Case:
    return Case(
        "h-referrer",
        site_pages(portal(head_top=f"<script>{REFERRER_JS}</script>")),
        True,
        frozenset({"offsite_redirect"}),
    )


def referrer_redirect_packed() -> Case:
    return Case(
        "h-packed",
        site_pages(portal(head_top=f"<script>{pack(REFERRER_JS)}</script>")),
        True,
        frozenset({"offsite_redirect"}),
    )


def referrer_redirect_hex() -> Case:
    """The obfuscator's style: the target in \\x escapes, set through brackets."""
    js = (
        'var _0x1a2b=["'
        + hex_escape("referrer")
        + '","'
        + hex_escape("baidu")
        + '","'
        + hex_escape("https://www.am8899.com/")
        + '"];'
        "if(document[_0x1a2b[0]].indexOf(_0x1a2b[1])>-1)"
        '{window["' + hex_escape("location") + '"]["' + hex_escape("href") + '"]=_0x1a2b[2];}'
    )
    return Case(
        "h-hex",
        site_pages(portal(head_top=f"<script>{js}</script>")),
        True,
        frozenset({"offsite_redirect"}),
        note="no eval or write: the escapes are decoded only if the scan reads "
        "escaped strings assigned to window[...] too",
    )


def referrer_redirect_charcode() -> Case:
    codes = ",".join(str(ord(c)) for c in REFERRER_JS)
    js = f"eval(String.fromCharCode({codes}));"
    return Case(
        "h-charcode",
        site_pages(portal(head_top=f"<script>{js}</script>")),
        True,
        frozenset({"offsite_redirect"}),
    )


def referrer_redirect_atob() -> Case:
    encoded = base64.b64encode(REFERRER_JS.encode()).decode()
    js = f'eval(window.atob("{encoded}"));'
    return Case(
        "h-atob",
        site_pages(portal(head_top=f"<script>{js}</script>")),
        True,
        frozenset({"offsite_redirect"}),
    )


def referrer_redirect_variable() -> Case:
    """The target in a variable, the redirect on top.location, after a delay."""
    js = (
        'var jumpUrl="https://www.am8899.com/";var ref=document.referrer.toLowerCase();'
        'var se=["baidu.com","sogou.com","so.com","sm.cn","bing.com"];'
        "for(var i=0;i<se.length;i++){if(ref.indexOf(se[i])!=-1){"
        "setTimeout(function(){top.location.href=jumpUrl;},100);break;}}"
    )
    return Case(
        "h-variable",
        site_pages(portal(head_top=f"<script>{js}</script>")),
        True,
        frozenset({"offsite_redirect"}),
        note="the target is a variable: the scan must read a string assigned to it",
    )


def remote_script_at_top() -> Case:
    """A remote script written before <!DOCTYPE> (the file's first line): its code is on
    the hacker's server. Only its place and host betray it."""
    tag = '<script type="text/javascript" src="http://js.tj-cdn8.com/js/tj.js"></script>\n'
    return Case(
        "h-remote-js",
        site_pages(portal(before_doctype=tag)),
        True,
        frozenset({"hidden_links"}),
        note="debatable: the script's code is not seen; a first-line off-site "
        "script before the doctype is the kit's mark, but no finding names it",
    )


def full_page_iframe() -> Case:
    frame = (
        '<iframe src="https://www.am8899.com/" frameborder="0" scrolling="auto" '
        'style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:2147483647;'
        'background:#fff;border:none"></iframe>'
    )
    return Case(
        "h-iframe",
        site_pages(portal(body_top=frame)),
        True,
        frozenset({"offsite_redirect"}),
        note="the finding code is debatable: the page shows another site over "
        "itself (read as a redirect, not a hidden link); hijacked is not",
    )


def written_iframe() -> Case:
    js = (
        'document.title="澳门新葡京娱乐场";document.writeln("<style>body{overflow:hidden}</style>");'
        "document.writeln(\"<iframe scrolling='no' frameborder='0' marginheight='0' "
        "marginwidth='0' width='100%' height='5000' allowTransparency "
        "src='https://www.xpj6688.com/'></iframe>\");"
    )
    return Case(
        "h-write-iframe",
        site_pages(portal(head_top=f"<script>{js}</script>")),
        True,
        frozenset({"offsite_redirect"}),
        note="finding code debatable (a frame redirect); the title the script sets "
        "is spam too, but only a browser sees it",
    )


def meta_refresh_offsite() -> Case:
    head = '<meta http-equiv="refresh" content="0;url=http://www.am8899.com/">'
    return Case(
        "h-refresh", site_pages(portal(head_top=head)), True, frozenset({"offsite_redirect"})
    )


PARASITE_SPAM = (
    "北京赛车pk10开奖直播 北京赛车pk10计划 幸运飞艇 时时彩 六合彩开奖结果 真人百家乐 开元棋牌 "
    "澳门金沙 太阳城集团 体育投注 老虎机 皇冠体育 注册送彩金"
)


def parasite_column() -> Case:
    """寄生虫: a directory of planted pages in the site's own template; the homepage's
    政务动态 更多 leads to one (the kit rewrote the column index)."""
    spam_items = "".join(
        f'<li><a href="/zwdt/2024/{n:03x}{n * 7:04x}.html">{word}官网_{word}平台_{word}开奖记录</a>'
        f"<span>{ago(n).isoformat()}</span></li>"
        for n, word in enumerate(
            ("北京赛车pk10", "时时彩", "六合彩", "百家乐", "开元棋牌", "幸运飞艇", "老虎机")
        )
    )
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        "<title>北京赛车pk10开奖直播_北京赛车pk10计划_幸运飞艇_政务动态_青溪县人民政府</title>"
        f'<meta name="keywords" content="{PARASITE_SPAM}">'
        "</head><body>"
        '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a></div>'
        f'<div class="list"><h2>北京赛车pk10开奖直播</h2><p>{PARASITE_SPAM}</p><ul>{spam_items}</ul></div>'
        '<div class="footer">青溪县人民政府办公室 主办</div></body></html>'
    )
    pages = site_pages(portal())
    pages["/zwdt/"] = page
    return Case(
        "h-parasite",
        pages,
        True,
        frozenset({"spam_content"}),
        note="the homepage is clean: only its column page is hacked",
    )


def parasite_article() -> Case:
    """The parasite page itself, inspected as a page (/news/2024/abc.html)."""
    body = "".join(
        f"<p>{word}是一家专业的{word}平台，{word}官网提供{word}开奖直播、{word}计划、{word}走势图。</p>"
        for word in ("北京赛车pk10", "幸运飞艇", "时时彩")
    )
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        "<title>幸运飞艇开奖直播_北京赛车pk10_青溪县人民政府</title></head><body>"
        '<div class="header"><h1>青溪县人民政府</h1></div>'
        '<div class="nav"><a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/tzgg/">通知公告</a></div>'
        f'<div class="article"><h2>幸运飞艇开奖直播</h2><div class="info">发布时间：{TODAY.isoformat()}</div>'
        f"{body}</div>"
        '<div class="footer">主办：青溪县人民政府办公室 浙ICP备05012345号-1</div></body></html>'
    )
    return Case("h-parasite-page", {"/news/2024/abc.html": page}, True, frozenset({"spam_content"}))


def defaced() -> Case:
    page = (
        "<html><head><title>Hacked By Mr.Gh0st</title></head>"
        '<body bgcolor="black" style="color:#0f0;text-align:center;font-family:monospace">'
        '<img src="https://i.imgur.com/skull.gif"><h1>Hacked By Mr.Gh0st</h1>'
        "<h3>Your security is low, patch your system!</h3>"
        "<p>We are Indonesian Cyber Army. Greetz: ./Zer0, An0n_Id, R4ngga</p>"
        '<embed src="https://www.youtube.com/v/abcdefgh?autoplay=1" hidden="true"></body></html>'
    )
    return Case(
        "h-defaced",
        {"/": page},
        True,
        frozenset({"spam_content"}),
        note="finding code: a defacement has no dedicated code; spam_content carries it",
    )


def defaced_chinese() -> Case:
    page = (
        '<html><head><meta charset="utf-8"><title>此网站已被黑</title></head>'
        '<body style="background:#000;color:red"><center><h1>本站已被黑客入侵</h1>'
        "<p>管理员你好，你的网站漏洞太多了，请及时修补！</p><p>by 中国黑客联盟 QQ:123456</p>"
        "</center></body></html>"
    )
    return Case(
        "h-defaced-zh",
        {"/": page},
        True,
        frozenset({"spam_content"}),
        note="被黑 in the title: the kit's own words",
    )


COUNCIL_SPAM = (
    ("buy viagra online", "http://cheap-meds-rx.com/viagra"),
    ("generic cialis", "http://cheap-meds-rx.com/cialis"),
    ("online casino", "https://best-casino-bonus.net/"),
    ("payday loans", "https://fastcash-payday.co/"),
    ("essay writing service", "https://essaypro-writers.com/"),
    ("write my essay", "https://essaypro-writers.com/write"),
)


def council(hidden: str = "", extra_head: str = "", body: str | None = None) -> str:
    news = "".join(
        f'<li><a href="/news/{ago(d):%Y/%m}/item-{d}">{t}</a> <time datetime="{ago(d).isoformat()}">'
        f"{ago(d):%d %B %Y}</time></li>"
        for d, t in (
            (2, "Council tax bills for 2026/27 are on their way"),
            (5, "Bin collections over the Easter bank holiday"),
            (9, "Consultation opens on the draft Local Plan"),
            (16, "New play area opens at Riverside Park"),
        )
    )
    main = (
        body
        if body is not None
        else (
            f'<section class="news"><h2>Latest news</h2><ul>{news}</ul>'
            '<a href="/news">More news</a></section>'
            '<section><h2>Popular services</h2><ul><li><a href="/bins">Bins and recycling</a></li>'
            '<li><a href="/council-tax">Council tax</a></li><li><a href="/planning">Planning</a></li>'
            '<li><a href="/parking">Parking permits</a></li></ul></section>'
        )
    )
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        "<title>Home | Millbrook District Council</title>"
        f'<meta name="description" content="Millbrook District Council services">{extra_head}</head>'
        '<body><a class="skip-link" href="#main">Skip to main content</a>'
        '<header><a href="/">Millbrook District Council</a><nav><a href="/your-council">Your council</a>'
        '<a href="/contact-us">Contact us</a></nav></header>'
        f'<main id="main">{main}</main>'
        "<footer><p>&copy; Millbrook District Council, Town Hall, Millbrook MB1 1AA</p>"
        '<a href="/accessibility">Accessibility statement</a> <a href="/privacy">Privacy</a>'
        f"{hidden}</footer></body></html>"
    )


def english_council_spam() -> Case:
    block = (
        '<div style="position:absolute;left:-5000px;width:1px;overflow:hidden">'
        + links(COUNCIL_SPAM)
        + "</div>"
    )
    return Case(
        "h-council",
        {"/": council(hidden=block)},
        True,
        frozenset({"hidden_links", "spam_content"}),
        host=f"h-council.{EN_DOMAIN}",
    )


def english_council_spam_weak() -> Case:
    """The same kind of links, fewer, in a display:none div."""
    block = '<div style="display:none">' + links(COUNCIL_SPAM[3:]) + "</div>"
    return Case(
        "h-council-weak",
        {"/": council(hidden=block)},
        True,
        frozenset({"hidden_links"}),
        host=f"h-council-weak.{EN_DOMAIN}",
    )


# --- honest ------------------------------------------------------------------------------


def police_gambling_news() -> Case:
    titles = (
        "市公安局召开打击整治网络赌博违法犯罪专项行动推进会",
        "我市警方破获一起特大跨境网络赌博案 抓获犯罪嫌疑人56名",
        "关于严厉打击“六合彩”“时时彩”等赌博违法犯罪活动的通告",
        "以案说法：沉迷网络“百家乐”，他输光积蓄还背上债务",
        "反诈宣传进社区 守护群众“钱袋子”",
        "“六合彩”开奖号码是骗局！民警教你识破赌博陷阱",
        "春节期间全市社会治安总体平稳",
    )
    cols = (
        '<div class="col"><div class="hd"><h3>警务动态</h3><a class="more" href="/jwdt/">更多</a></div>'
        f"<ul>{_items('jwdt', titles, 1, 3)}</ul></div>"
        '<div class="col"><div class="hd"><h3>通知公告</h3><a class="more" href="/tzgg/">更多</a></div>'
        f"<ul>{_items('tzgg', NOTICES, 3, 9)}</ul></div>"
    )
    home = portal(
        title="青溪县公安局",
        name="青溪县公安局",
        columns=cols,
        keywords="青溪公安,警务动态,打击网络赌博,反诈骗",
    )
    pages = {
        "/": home,
        "/jwdt/": list_page("jwdt", "警务动态", titles, 1, 3),
        "/tzgg/": list_page("tzgg", "通知公告", NOTICES, 3, 9),
    }
    return Case("c-police", pages, False)


def sports_lottery() -> Case:
    titles = (
        "2025年度县本级体育彩票公益金使用情况公告",
        "福利彩票公益金资助项目公示",
        "县体育局开展体彩实体店安全检查",
        "中国体育彩票“超级大乐透”青溪再中二等奖",
        "关于规范体育彩票销售网点管理的通知",
        "竞彩足球游戏规则宣传进体彩实体店",
        "全民健身中心2026年春季开放时间调整",
    )
    cols = (
        '<div class="col"><div class="hd"><h3>工作动态</h3><a class="more" href="/gzdt/">更多</a></div>'
        f"<ul>{_items('gzdt', titles, 1, 4)}</ul></div>"
        '<div class="col"><div class="hd"><h3>彩票管理</h3></div><p>彩票管理：负责本县体育彩票发行销售的'
        "监督管理；彩票投注站设置审核；彩票公益金使用管理。体彩网点咨询电话：0578-1234567</p></div>"
    )
    home = portal(
        title="青溪县文化和广电旅游体育局",
        name="青溪县文化和广电旅游体育局",
        columns=cols,
        keywords="体育彩票,福利彩票,全民健身,体彩公益金",
    )
    return Case(
        "c-lottery", {"/": home, "/gzdt/": list_page("gzdt", "工作动态", titles, 1, 4)}, False
    )


def market_supervision() -> Case:
    titles = (
        "县市场监管局联合卫健部门开展打击代孕违法行为专项行动",
        "警惕街头“办证”小广告 我局清理非法小广告两千余处",
        "关于全面推行电子发票的温馨提示",
        "查处一起违法发布“壮阳药”广告案",
        "青溪县2026年第一季度食品安全抽检信息公告",
        "市场监管局开展春季农资打假专项行动",
        "关于开展个体工商户年报工作的通知",
    )
    cols = (
        '<div class="col"><div class="hd"><h3>监管动态</h3><a class="more" href="/jgdt/">更多</a></div>'
        f"<ul>{_items('jgdt', titles, 1, 2)}</ul></div>"
    )
    home = portal(title="青溪县市场监督管理局", name="青溪县市场监督管理局", columns=cols)
    return Case(
        "c-market", {"/": home, "/jgdt/": list_page("jgdt", "监管动态", titles, 1, 2)}, False
    )


ANALYTICS = (
    '<script type="text/javascript">var cnzz_protocol = (("https:" == document.location.protocol) ? '
    '"https://" : "http://");document.write(unescape("%3Cspan id=\'cnzz_stat_icon_1280012345\'%3E%3C/span'
    "%3E%3Cscript src='\" + cnzz_protocol + \"s4.cnzz.com/z_stat.php%3Fid%3D1280012345%26show%3Dpic' "
    "type='text/javascript'%3E%3C/script%3E\"));</script>"
    '<script charset="UTF-8" id="LA_COLLECT" src="//sdk.51.la/js-sdk-pro.min.js"></script>'
    '<script>LA.init({id:"JxYzAbCdEf12",ck:"JxYzAbCdEf12"})</script>'
    '<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");'
    'hm.src = "https://hm.baidu.com/hm.js?0123456789abcdef0123456789abcdef";'
    'var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>'
    '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ"></script>'
    "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}"
    "gtag('js', new Date());gtag('config', 'G-ABC123XYZ');</script>"
    '<div style="display:none"><a href="https://www.cnzz.com/stat/website.php?web_id=1280012345" '
    'target="_blank" title="站长统计">站长统计</a><a href="https://v6.51.la/s/abc">51la统计</a></div>'
    '<script id="_jiucuo_" sitecode="3311270001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>'
)


def analytics() -> Case:
    return Case("c-analytics", site_pages(portal(footer_extra=ANALYTICS)), False)


def tabs_and_mobile_menu() -> Case:
    """setTab panels (the 2008-era script: ids con_one_1, con_one_2...) of own and other
    sites' links, three of them display:none; a mobile menu hidden until tapped."""
    tab = (
        '<div class="tabbox"><ul class="tt">'
        '<li id="one1" onmouseover="setTab(\'one\',1,3)" class="hover">部门网站</li>'
        '<li id="one2" onmouseover="setTab(\'one\',2,3)">便民服务</li>'
        '<li id="one3" onmouseover="setTab(\'one\',3,3)">媒体链接</li></ul>'
        '<div id="con_one_1"><a href="http://fgw.qingxi.gov.cn/">县发改局</a>'
        '<a href="http://jyj.qingxi.gov.cn/">县教育局</a><a href="http://wjw.qingxi.gov.cn/">县卫健局</a></div>'
        '<div id="con_one_2" style="display:none"><a href="https://www.12306.cn/">铁路12306</a>'
        '<a href="http://www.weather.com.cn/">中国天气网</a><a href="https://www.ctrip.com/">携程旅行</a>'
        '<a href="https://www.95598.com.cn/">国家电网95598</a><a href="https://www.10086.cn/">中国移动</a></div>'
        '<div id="con_one_3" style="display:none"><a href="https://www.xuexi.cn/">学习强国</a>'
        '<a href="http://www.wenming.cn/">中国文明网</a><a href="http://www.qstheory.cn/">求是网</a>'
        '<a href="https://www.zjol.com.cn/">浙江在线</a></div></div>'
        "<script>function setTab(name,cursel,n){for(var i=1;i<=n;i++){var menu=document.getElementById"
        "(name+i);var con=document.getElementById('con_'+name+'_'+i);menu.className=i==cursel?'hover':'';"
        "con.style.display=i==cursel?'block':'none';}}</script>"
    )
    mobile = (
        '<div class="m-nav-btn" onclick="$(\'#mnav\').toggle()">菜单</div>'
        '<div id="mnav" style="display:none"><a href="/zwdt/">政务动态</a><a href="/tzgg/">通知公告</a>'
        '<a href="https://www.zjzwfw.gov.cn/">办事服务</a></div>'
    )
    return Case("c-tabs", site_pages(portal(body_top=mobile, footer_extra=tab)), False)


def friends_select() -> Case:
    select = (
        '<div class="yqlj"><select onchange="if(this.value!=\'\')window.open(this.value)">'
        '<option value="">--国家部委网站--</option>'
        '<option value="http://www.ndrc.gov.cn">国家发展改革委</option>'
        '<option value="http://www.moe.gov.cn">教育部</option></select>'
        '<select onchange="if(this.value!=\'\')window.open(this.value)"><option value="">--媒体网站--</option>'
        '<option value="http://www.people.com.cn">人民网</option><option value="http://www.xinhuanet.com">新华网</option>'
        '<option value="https://www.xuexi.cn">学习强国</option></select>'
        '<div class="sel"><span>--市县政府网站--</span><ul class="son_ul" style="display:none">'
        '<li><a href="http://www.lishui.gov.cn/">丽水市</a></li><li><a href="http://www.liandu.gov.cn/">莲都区</a></li>'
        '<li><a href="http://www.wenming.cn/">中国文明网</a></li><li><a href="http://www.qstheory.cn/">求是网</a></li>'
        '<li><a href="https://www.zjol.com.cn/">浙江在线</a></li></ul></div></div>'
    )
    return Case(
        "c-select",
        site_pages(portal(friends=select)),
        False,
        note="a custom drop-down (ul hidden by display:none) of government and national "
        "media sites, some outside gov.cn",
    )


def moved_by_301() -> Case:
    home = portal()
    pages = site_pages(home)
    pages["/web/"] = home
    return Case("c-301", pages, False, redirects={"/": "/web/"})


def moved_to_new_domain() -> Case:
    """The county site moved to a new government domain: the old one answers 301."""
    home = portal()
    return Case(
        "c-new-domain",
        {},
        False,
        redirects={"/": "http://www.qxnew.gov.cn/web/"},
        others={
            "www.qxnew.gov.cn": {
                "/web/": home,
                **{p: v for p, v in site_pages(home).items() if p != "/"},
            }
        },
    )


def moved_by_script() -> Case:
    """An old homepage whose only job is to forward to the site's new address (same
    registrable domain), and a mobile redirect to m.<site>."""
    home = portal(
        head_top=(
            "<script>if(/Android|iPhone|iPod|Windows Phone/i.test(navigator.userAgent))"
            '{window.location.href="http://m.qingxi.gov.cn/";}</script>'
        )
    )
    return Case("c-mobile-js", site_pages(home), False)


def accessibility_toolbar() -> Case:
    """A page saved after the 无障碍 toolbar (cniil / ucap scripts) ran: it inserted its
    hidden panels, an off-screen skip link and a hidden credits line."""
    head = (
        '<script defer async type="text/javascript" src="//api.govwza.cn/cniil/assist.js?sid=41327&pos=left">'
        "</script>"
        '<script src="https://www.ucap.com.cn/wza/aria.js?appid=a1b2c3d4e5" charset="utf-8" id="ariascripts"></script>'
    )
    injected = (
        '<div id="cniil_wza" class="cniil_wza_toolbar" style="display:none;position:fixed;top:0;left:0;'
        'width:100%;z-index:999999"><a href="javascript:void(0)" id="cniil_close">关闭</a>'
        '<a href="https://www.cniil.com/" target="_blank">无障碍服务</a>'
        '<a href="https://www.cniil.com/help.html" target="_blank">使用帮助</a>'
        '<a href="https://www.cniil.com/shortcut.html" target="_blank">快捷键说明</a></div>'
        '<span style="position:absolute;left:-9999px;top:-9999px" id="cniil_tip">'
        '本网站支持无障碍浏览，<a href="https://www.cniil.com/">中国信息无障碍网</a>提供技术支持</span>'
        '<div id="ucap_aria_panel" style="visibility:hidden;height:0;overflow:hidden">'
        '<a href="https://www.ucap.com.cn/">开普云</a><a href="https://www.kaipuyun.cn/">技术支持</a></div>'
    )
    return Case(
        "c-wza",
        site_pages(portal(head=head, body_top=injected)),
        False,
        note="debatable input: a saved-after-scripts page; a live fetch never holds these",
    )


def council_clean() -> Case:
    """An English council page with a hidden cookie banner, a mobile menu and a
    gambling-licensing notice."""
    body = (
        '<section class="news"><h2>Latest news</h2><ul>'
        f'<li><a href="/news/gambling-policy">Consultation on our Statement of Gambling Policy '
        f"(casino and betting shop licensing)</a> <time>{ago(3):%d %B %Y}</time></li>"
        f'<li><a href="/news/loan-sharks">Warning: illegal money lenders and payday loan scams</a> '
        f"<time>{ago(8):%d %B %Y}</time></li></ul></section>"
        '<div id="cookie-banner" style="display:none"><p>We use cookies.</p>'
        '<a href="https://ico.org.uk/for-the-public/online/cookies/">About cookies</a>'
        '<a href="https://www.aboutcookies.org/">Manage cookies</a>'
        '<a href="https://policies.google.com/technologies/cookies">Google cookies</a></div>'
    )
    return Case("c-council", {"/": council(body=body)}, False, host=f"c-council.{EN_DOMAIN}")


HACKED: tuple[Callable[[], Case], ...] = (
    offscreen_footer,
    style_class_display_none,
    font_size_zero,
    marquee_one_pixel,
    text_indent,
    visibility_hidden,
    height_zero,
    height_zero_no_terms,
    display_none_two_links,
    meta_title_hijack,
    referrer_redirect_plain,
    referrer_redirect_packed,
    referrer_redirect_hex,
    referrer_redirect_charcode,
    referrer_redirect_atob,
    referrer_redirect_variable,
    remote_script_at_top,
    full_page_iframe,
    written_iframe,
    meta_refresh_offsite,
    parasite_column,
    parasite_article,
    defaced,
    defaced_chinese,
    english_council_spam,
    english_council_spam_weak,
)
CLEAN: tuple[Callable[[], Case], ...] = (
    police_gambling_news,
    sports_lottery,
    market_supervision,
    analytics,
    tabs_and_mobile_menu,
    friends_select,
    moved_by_301,
    moved_to_new_domain,
    moved_by_script,
    accessibility_toolbar,
    council_clean,
)
CASES = HACKED + CLEAN


def scan_mismatches(
    config: Any, scan_id: int, cases: Mapping[str, Any], missed: Collection[str]
) -> dict[str, Any]:
    """Each scanned site (by name) whose stored verdict is not its case's truth: hijacked
    or not, and the hijack findings (`missed`: known gaps, expected clean)."""
    from crawler.storage import iter_result_records, open_database

    db = open_database(config.database_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, scan_id)}
    finally:
        db.conn.close()
    wrong: dict[str, Any] = {}
    for name, record in records.items():
        case = cases[name]
        codes = sorted({f["code"] for f in record["findings"]} & HIJACK_CODES)
        got = (record["status"] == "hijacked", codes)
        want = (False, []) if name in missed else (case.hijacked, sorted(case.findings))
        if got != want:
            wrong[name] = {"got": got, "want": want, "status": record["status"]}
    return wrong
