"""Realistic government portal pages for the freshness tests.

Each function returns the HTML of one page as real portals build it: a top bar with a
clock and utility links, a logo and search box, a navigation menu, a banner, several
columns (栏目) with a "more" link, a sidebar, 友情链接, a footer with 版权所有 © years,
an ICP number, 主办单位, a visitor counter and inline <script>/<style>. Pages weigh
5-40 KB, like the real ones.

Every date on a page comes from the ages (in days before `NOW`) the caller gives, so
tests built on these templates judge against a fixed clock and never rot.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from html import escape

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
TODAY = NOW.date()

Age = int | None  # days before NOW; None: the item shows no date


def days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


# --------------------------------------------------------------------------------------
# Date formats as list pages print them


def iso(day: date) -> str:
    return day.isoformat()


def slashed(day: date) -> str:
    return day.strftime("%Y/%m/%d")


def cjk(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def bracketed(day: date) -> str:
    """`[11-20]`: year-less, as old table layouts print it."""
    return f"[{day.month:02d}-{day.day:02d}]"


def roc_dashed(day: date) -> str:
    """`115-11-20`: the ROC (Minguo) calendar, year 1 = 1912."""
    return f"{day.year - 1911}-{day.month:02d}-{day.day:02d}"


def roc_cjk(day: date) -> str:
    return f"民國{day.year - 1911}年{day.month}月{day.day}日"


DateFormat = Callable[[date], str]


# --------------------------------------------------------------------------------------
# Titles

NEWS_TITLES = (
    "县委常委会召开会议传达学习全省经济工作会议精神",
    "县政府召开第四十二次常务会议研究部署冬季重点工作",
    "全县冬季安全生产工作推进会召开",
    "县领导调研重点项目建设进展情况",
    "我县举办农民丰收节系列庆祝活动",
    "全县农村人居环境整治现场观摩会召开",
    "县人大常委会视察民生实事项目办理情况",
    "我县开展森林防火应急疏散演练",
    "县政协召开十届十二次常委会议",
    "全县招商引资工作调度会召开",
    "清河县举办首届返乡创业项目推介会",
    "县委理论学习中心组举行专题学习会",
)
NOTICE_TITLES = (
    "关于做好冬季清洁取暖工作的通知",
    "关于元旦春节期间有关工作安排的通知",
    "清河县公开招聘事业单位工作人员公告",
    "关于开展城乡居民医疗保险集中参保缴费的通告",
    "关于调整部分道路交通管制措施的通告",
    "清河县国有建设用地使用权挂牌出让公告",
    "关于征求《清河县养老服务体系建设实施方案（征求意见稿）》意见的公告",
    "关于公布第二批县级非物质文化遗产代表性项目名录的通知",
)
POLICY_TITLES = (
    "清河县人民政府关于印发《清河县优化营商环境若干措施》的通知",
    "清河县人民政府办公室关于印发重点民生工程实施方案的通知",
    "清河县人民政府关于进一步加强耕地保护的意见",
    "清河县突发事件总体应急预案",
    "《清河县促进就业创业若干政策》政策解读",
    "清河县人民政府办公室关于加强城市精细化管理的实施意见",
)
PERSONNEL_TITLES = (
    "清河县人民政府关于张某某等同志职务任免的通知",
    "清河县第二批拟任职干部任前公示",
    "关于李某某同志任职的通知",
    "清河县公开遴选县直机关公务员拟遴选人员公示",
)
PLANNING_TITLES = (
    "清河县国民经济和社会发展第十五个五年规划纲要",
    "清河县政府工作报告重点工作任务分解方案",
    "清河县国土空间总体规划（2021—2035年）",
    "清河县年度立法工作计划",
)
MESSAGE_TITLES = (
    "关于小区门口道路积水问题的咨询",
    "咨询城乡居民养老保险缴费标准",
    "建议在实验中学门口增设红绿灯",
    "关于农村危房改造补助申请的咨询",
    "反映阳光花园小区物业乱收费问题",
    "咨询新生儿医保办理流程",
    "关于公交线路调整的建议",
    "咨询个体工商户注册登记所需材料",
    "关于老旧小区加装电梯政策的咨询",
    "反映清河大道夜间施工噪音扰民",
)

TITLES = {
    "zwdt": NEWS_TITLES,
    "yw": NEWS_TITLES,
    "tzgg": NOTICE_TITLES,
    "zcwj": POLICY_TITLES,
    "rsxx": PERSONNEL_TITLES,
    "ghjh": PLANNING_TITLES,
    "zmhd": MESSAGE_TITLES,
}


def title_for(slug: str, index: int) -> str:
    pool = TITLES.get(slug, NEWS_TITLES)
    title = pool[index % len(pool)]
    if index >= len(pool):  # list pages run past the pool: keep titles distinct
        title = f"{title}（之{index // len(pool) + 1}）"
    return title


# --------------------------------------------------------------------------------------
# The county portal (简体, 清河县)

SITE_NAME = "清河县人民政府"
HOME_HOST = "www.qinghe.gov.cn"


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    slug: str
    type: str  # what the column is (the test's expectation)


COUNTY_COLUMNS = (
    ColumnSpec("政务动态", "zwdt", "news"),
    ColumnSpec("通知公告", "tzgg", "notice"),
    ColumnSpec("政策文件", "zcwj", "policy"),
    ColumnSpec("人事信息", "rsxx", "personnel"),
    ColumnSpec("规划计划", "ghjh", "planning"),
    ColumnSpec("政民互动", "zmhd", "interaction"),
)

# Ages (days before NOW) of each column's items on a healthy county portal.
FRESH_AGES: Mapping[str, Sequence[Age]] = {
    "zwdt": (1, 2, 4, 6, 8, 11, 13, 16),
    "tzgg": (3, 10, 25, 40, 70, 95),
    "zcwj": (5, 30, 60, 120, 150),
    "rsxx": (12, 60, 200, 300),
    "ghjh": (20, 150, 330),
    "zmhd": (2, 5, 9, 15, 30),
}
# States of the interaction column's messages on the homepage, item by item.
FRESH_STATES = ("已回复", "办理中", "已回复", "已回复", "已回复")

_STYLE = """<style type="text/css">
*{margin:0;padding:0}body{font:14px/1.8 "Microsoft YaHei",SimSun,Arial;color:#333;background:#f4f6f9}
a{color:#333;text-decoration:none}a:hover{color:#c00;text-decoration:underline}
ul,ol{list-style:none}img{border:0}.w1200{width:1200px;margin:0 auto;overflow:hidden}
.topbar{height:36px;line-height:36px;background:#f0f0f0;border-bottom:1px solid #ddd;font-size:12px}
.topbar .fr a{margin-left:12px}.header{height:150px;background:url(/images/head_bg.jpg) no-repeat}
.logo{float:left;padding-top:30px}.search{float:right;padding-top:55px}
.search input{width:240px;height:34px;border:1px solid #1c5fb1;padding:0 8px}
.nav{height:50px;background:#1c5fb1}.nav li{float:left;width:150px;text-align:center}
.nav li a{color:#fff;font-size:17px;line-height:50px;display:block}.nav li.on a{background:#0d4a94}
.banner{height:120px;margin:10px auto}.main{margin-top:12px}.column{float:left;width:590px;
height:300px;background:#fff;margin:0 10px 12px 0;padding:0 12px;box-sizing:border-box}
.column .title{height:44px;line-height:44px;border-bottom:2px solid #1c5fb1}
.column .title h3{float:left;font-size:18px;color:#1c5fb1}.column .title .more{float:right;font-size:12px;color:#999}
.column li{height:34px;line-height:34px;overflow:hidden;background:url(/images/dot.png) no-repeat 0 center;padding-left:12px}
.column li a{float:left;width:440px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.column li .date{float:right;color:#999}.column li .state{float:right;margin-left:10px;color:#1c5fb1}
.side{float:right;width:280px}.side .box{background:#fff;margin-bottom:12px;padding:10px}
.icons li{float:left;width:50%;text-align:center}.icons li img{width:48px;height:48px}
.yqlj{background:#fff;padding:10px 12px;margin-top:12px}.yqlj li{float:left;margin-right:18px}
.yqlj select{width:220px;height:30px;margin-right:10px}
.footer{background:#1c5fb1;color:#fff;padding:20px 0;margin-top:20px;text-align:center;line-height:2}
.footer a{color:#fff}.pagination{text-align:center;padding:20px 0}.pagination a,.pagination span{padding:4px 10px;border:1px solid #ddd;margin:0 3px}
.position{height:40px;line-height:40px;font-size:13px}.list-ul li{border-bottom:1px dashed #ddd}
.lylist{width:100%;border-collapse:collapse}.lylist th,.lylist td{border:1px solid #e5e5e5;padding:6px 8px}
.tab li{float:left;padding:0 20px;cursor:pointer}.tab li.on{background:#1c5fb1;color:#fff}
</style>"""

_HEAD_SCRIPT = """<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3f9a7c1e5b2d4a6e8c0f1b3d5e7a9c2b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
function setTab(name, cursel, n) {
  for (var i = 1; i <= n; i++) {
    var menu = document.getElementById(name + i);
    var con = document.getElementById("con_" + name + "_" + i);
    menu.className = i == cursel ? "on" : "";
    con.style.display = i == cursel ? "block" : "none";
  }
}
function addFavorite(url, title) {
  try { window.external.addFavorite(url, title); }
  catch (e) { alert("抱歉，您所使用的浏览器无法完成此操作。请使用Ctrl+D进行添加"); }
}
</script>"""


def _weekday(day: date) -> str:
    return "星期" + "一二三四五六日"[day.weekday()]


def county_head(title: str, charset_meta: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="{SITE_NAME}">
<meta name="SiteDomain" content="{HOME_HOST}">
<meta name="SiteIDCode" content="3412250001">
<meta name="keywords" content="清河县,清河县人民政府,政务公开,政务服务">
<meta name="description" content="清河县人民政府门户网站是清河县人民政府发布政务信息、提供在线服务的政府网站。">
<title>{escape(title)}</title>
<link rel="stylesheet" type="text/css" href="/css/common.css">
<link rel="stylesheet" type="text/css" href="/css/index.css">
{_STYLE}
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
{_HEAD_SCRIPT}
</head>"""


def county_top(today: date = TODAY) -> str:
    """Top bar, header, navigation menu: the chrome on every page of the site."""
    return f"""<body>
<div class="topbar"><div class="w1200">
<div class="fl">今天是：{today.year}年{today.month}月{today.day}日 {_weekday(today)}</div>
<div class="fr"><a href="javascript:void(0)" onclick="addFavorite(location.href, document.title)">加入收藏</a>
<a href="/wza/">无障碍浏览</a> <a href="javascript:void(0)" id="StranLink">繁體版</a>
<a href="/english/">English</a> <a href="/sitemap/">网站地图</a></div>
</div></div>
<div class="header"><div class="w1200">
<div class="logo"><a href="/"><img src="/images/logo.png" alt="{SITE_NAME}门户网站" width="520" height="80"></a></div>
<div class="search"><form name="searchform" action="/search/index.html" method="get" target="_blank">
<input type="text" name="q" id="q" placeholder="请输入关键字" autocomplete="off">
<input type="hidden" name="siteCode" value="3412250001">
<button type="submit" class="btn">搜索</button></form></div>
</div></div>
<div class="nav"><ul class="w1200">
<li class="on"><a href="/">首页</a></li>
<li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li>
<li><a href="/zjqh/">走进清河</a></li>
<li><a href="/ztzl/">专题专栏</a></li>
<li><a href="/sjfb/">数据发布</a></li>
</ul></div>
"""


def county_footer() -> str:
    return f"""<div class="footer"><div class="w1200">
<p><a href="/about/">关于本站</a> | <a href="/sitemap/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/mzsm/">免责声明</a></p>
<p>主办单位：{SITE_NAME}办公室　承办单位：清河县数据资源管理局　网站标识码：3412250001</p>
<p>版权所有 &copy; 2012-2026 {SITE_NAME}　<a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备05001234号-1</a>
　<img src="/images/ga.png" alt=""> 皖公网安备 34122502000101号</p>
<p>地址：清河县政务新区行政中心1号楼　邮编：236500　联系电话：0558-5678901　传真：0558-5678902</p>
<p>您是本站第 <span id="visits"><script type="text/javascript">document.write(1234567);</script></span> 位访客
　建议使用1366*768分辨率浏览</p>
<p><span id="_ideConac"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=5A8B0C1D2E3F"
 target="_blank"><img src="/images/red.png" alt="党政机关"></a></span>
<script id="_jiucuo_" sitecode="3412250001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>
</div></div>
<script type="text/javascript">
$(function () {{
  $(".column li a").each(function () {{ if ($(this).text().length > 30) $(this).attr("title", $(this).text()); }});
  $("#StranLink").click(function () {{ StranBody(); return false; }});
}});
</script>
</body>
</html>
"""


def _items(slug: str, ages: Sequence[Age], fmt: DateFormat, states: Sequence[str] = ()) -> str:
    rows = []
    for index, age in enumerate(ages):
        title = title_for(slug, index)
        day = days_ago(age) if age is not None else None
        href = (
            f"/col/{slug}/{day:%Y%m}/t{day:%Y%m%d}_{1000 + index}.html"
            if day is not None
            else f"/col/{slug}/art_{1000 + index}.html"
        )
        state = f'<span class="state">{states[index]}</span>' if index < len(states) else ""
        when = f'<span class="date">{fmt(day)}</span>' if day is not None else ""
        rows.append(
            f'<li><a href="{href}" title="{escape(title)}" target="_blank">{escape(title)}</a>'
            f"{state}{when}</li>"
        )
    return "\n".join(rows)


def column_block(
    spec: ColumnSpec,
    ages: Sequence[Age],
    fmt: DateFormat = iso,
    states: Sequence[str] = (),
    empty_style: str = "marker",
) -> str:
    """`<div class="column"><div class="title"><h3>NAME</h3><a class="more">..`"""
    if ages:
        body = f"<ul>\n{_items(spec.slug, ages, fmt, states)}\n</ul>"
    elif empty_style == "marker":
        body = '<ul></ul><div class="nodata">暂无信息</div>'
    else:
        body = "<ul></ul>"
    return f"""<div class="column" id="lm_{spec.slug}">
<div class="title"><h3>{spec.name}</h3><a class="more" href="/col/{spec.slug}/" target="_blank">更多&gt;&gt;</a></div>
{body}
</div>"""


def county_sidebar() -> str:
    return """<div class="side">
<div class="box ldzc"><div class="title"><h3>领导之窗</h3></div>
<ul><li><a href="/ldzc/xwsj/">县委书记 王某某</a></li><li><a href="/ldzc/xz/">县长 李某某</a></li>
<li><a href="/ldzc/fxz1/">副县长 赵某某</a></li><li><a href="/ldzc/fxz2/">副县长 孙某某</a></li></ul></div>
<div class="box bmfw"><div class="title"><h3>便民服务</h3></div>
<ul class="icons">
<li><a href="/bmfw/sbcx/"><img src="/images/ico_sb.png" alt=""><span>社保查询</span></a></li>
<li><a href="/bmfw/gjj/"><img src="/images/ico_gjj.png" alt=""><span>公积金查询</span></a></li>
<li><a href="/bmfw/jyxx/"><img src="/images/ico_jy.png" alt=""><span>就业信息</span></a></li>
<li><a href="/bmfw/jtcx/"><img src="/images/ico_jt.png" alt=""><span>交通出行</span></a></li>
<li><a href="/bmfw/yljg/"><img src="/images/ico_yl.png" alt=""><span>医疗机构</span></a></li>
<li><a href="/bmfw/jyfw/"><img src="/images/ico_jyfw.png" alt=""><span>教育服务</span></a></li>
</ul></div>
<div class="box"><div class="title"><h3>政务新媒体</h3></div>
<p><img src="/images/wx.jpg" alt="清河发布微信公众号"> 清河发布</p></div>
</div>"""


def topic_banners() -> str:
    """专题专栏: a row of image banners (links whose only text is an image's alt)."""
    return """<div class="ztzl w1200"><div class="title"><h3>专题专栏</h3><a class="more" href="/ztzl/">更多&gt;&gt;</a></div>
<ul class="ztpic">
<li><a href="/ztzl/xxgc/" target="_blank"><img src="/images/zt_xxgc.jpg" alt="学习贯彻党的二十届三中全会精神"></a></li>
<li><a href="/ztzl/yshj/" target="_blank"><img src="/images/zt_yshj.jpg" alt="优化营商环境"></a></li>
<li><a href="/ztzl/xczx/" target="_blank"><img src="/images/zt_xczx.jpg" alt="全面推进乡村振兴"></a></li>
</ul></div>"""


def topic_list_page() -> str:
    """The 专题专栏 page: the topics, as text links (undated)."""
    topics = (
        "学习贯彻党的二十届三中全会精神",
        "优化营商环境",
        "全面推进乡村振兴",
        "安全生产月",
        "文明城市创建",
    )
    items = "\n".join(
        f'<li><a href="/ztzl/zt{index}/" target="_blank">{topic}</a></li>'
        for index, topic in enumerate(topics)
    )
    return _list_page("专题专栏", f'<ul class="list-ul">\n{items}\n</ul>')


def friend_links() -> str:
    return """<div class="yqlj w1200"><div class="title"><h3>友情链接</h3></div>
<ul>
<li><a href="http://www.gov.cn/" target="_blank">中国政府网</a></li>
<li><a href="https://www.ah.gov.cn/" target="_blank">安徽省人民政府</a></li>
<li><a href="https://www.fy.gov.cn/" target="_blank">阜阳市人民政府</a></li>
<li><a href="https://www.ahzwfw.gov.cn/" target="_blank">安徽政务服务网</a></li>
<li><a href="http://www.12345.gov.cn/" target="_blank">12345政务服务便民热线</a></li>
</ul>
<select onchange="if(this.value!='')window.open(this.value)">
<option value="">县直部门网站</option><option value="/bm/fgw/">县发展和改革委员会</option>
<option value="/bm/jyj/">县教育局</option><option value="/bm/gaj/">县公安局</option></select>
<select onchange="if(this.value!='')window.open(this.value)">
<option value="">乡镇网站</option><option value="/xz/cgz/">城关镇</option><option value="/xz/dhz/">东湖镇</option></select>
</div>"""


def _banner() -> str:
    return """<div class="banner w1200"><img src="/images/banner2026.jpg" alt="奋力谱写现代化美好清河建设新篇章" width="1200" height="120"></div>
<div class="focus w1200"><ul class="pic">
<li><a href="/col/zwdt/tpxw/p1.html" target="_blank"><img src="/images/focus1.jpg" alt=""></a><p><a href="/col/zwdt/tpxw/p1.html">清河大桥主体工程顺利合龙</a></p></li>
<li><a href="/col/zwdt/tpxw/p2.html" target="_blank"><img src="/images/focus2.jpg" alt=""></a><p><a href="/col/zwdt/tpxw/p2.html">万亩高标准农田喜获丰收</a></p></li>
<li><a href="/col/zwdt/tpxw/p3.html" target="_blank"><img src="/images/focus3.jpg" alt=""></a><p><a href="/col/zwdt/tpxw/p3.html">城东新区夜景亮化工程完工</a></p></li>
</ul></div>"""


def county_portal(
    ages: Mapping[str, Sequence[Age]] | None = None,
    *,
    today: date = TODAY,
    states: Sequence[str] = FRESH_STATES,
    charset_meta: str = '<meta charset="utf-8">',
    empty_style: str = "marker",
    fmt: DateFormat = iso,
) -> str:
    """The county homepage with the six columns; `ages[slug]` gives each one's items."""
    ages = {**FRESH_AGES, **(ages or {})}
    blocks = "\n".join(
        column_block(
            spec,
            ages[spec.slug],
            fmt,
            states if spec.type == "interaction" else (),
            empty_style,
        )
        for spec in COUNTY_COLUMNS
    )
    return (
        county_head(f"{SITE_NAME}门户网站", charset_meta)
        + county_top(today)
        + _banner()
        + f'\n<div class="main w1200"><div class="cols">\n{blocks}\n</div>\n'
        + county_sidebar()
        + "\n</div>\n"
        + topic_banners()
        + friend_links()
        + county_footer()
    )


def gbk_county_portal(ages: Mapping[str, Sequence[Age]] | None = None) -> bytes:
    """The county homepage in GBK, saying so only with `<meta charset=gb2312>`."""
    return county_portal(ages, charset_meta="<meta charset=gb2312>").encode("gbk")


# --------------------------------------------------------------------------------------
# Variants: table layout, tabs


def _table_column(spec: ColumnSpec, ages: Sequence[Age]) -> str:
    rows = []
    for index, age in enumerate(ages):
        title = title_for(spec.slug, index)
        day = days_ago(age) if age is not None else None
        when = bracketed(day) if day is not None else "&nbsp;"
        rows.append(
            f'<tr><td height="26"><img src="/images/dot.gif" width="3" height="3"> '
            f'<a href="/col/{spec.slug}/art_{2000 + index}.html" title="{escape(title)}"'
            f' target="_blank">{escape(title)}</a></td>'
            f'<td width="60" align="right" class="date">{when}</td></tr>'
        )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="lmbox">
<tr><td class="lm" height="32">{spec.name}</td><td align="right"><a href="/col/{spec.slug}/">更多</a></td></tr>
{"".join(rows)}
</table>"""


def table_county_portal(ages: Mapping[str, Sequence[Age]] | None = None) -> str:
    """An old table-layout homepage: heading rows and `[11-20]` year-less dates."""
    ages = {**FRESH_AGES, **(ages or {})}
    cells = []
    for spec in COUNTY_COLUMNS:
        if spec.type == "interaction":
            continue
        cells.append(
            f'<td width="50%" valign="top" style="padding:6px">{_table_column(spec, ages[spec.slug])}</td>'
        )
    rows = "".join(
        f"<tr>{cells[i]}{cells[i + 1] if i + 1 < len(cells) else '<td></td>'}</tr>"
        for i in range(0, len(cells), 2)
    )
    return (
        county_head(
            f"{SITE_NAME}", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        )
        + county_top()
        + _banner()
        + f'\n<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">\n{rows}\n</table>\n'
        + friend_links()
        + county_footer()
    )


def tabbed_county_portal(ages: Mapping[str, Sequence[Age]] | None = None) -> str:
    """A tab bar (要闻 | 通知公告) over two lists, then the other columns as blocks."""
    ages = {"yw": (0, 1, 3, 5, 7), **FRESH_AGES, **(ages or {})}
    tab = f"""<div class="tabbox">
<ul class="tab"><li id="tab1" class="on" onmouseover="setTab('tab',1,2)">要闻</li><li id="tab2" onmouseover="setTab('tab',2,2)">通知公告</li></ul>
<div class="tabcon">
<ul id="con_tab_1">
{_items("yw", ages["yw"], iso)}
</ul>
<ul id="con_tab_2" style="display:none">
{_items("tzgg", ages["tzgg"], iso)}
</ul>
</div>
</div>"""
    others = "\n".join(
        column_block(spec, ages[spec.slug])
        for spec in COUNTY_COLUMNS
        if spec.slug not in ("zwdt", "tzgg", "zmhd")
    )
    return (
        county_head(f"{SITE_NAME}门户网站", '<meta charset="utf-8">')
        + county_top()
        + _banner()
        + f'\n<div class="main w1200">\n{tab}\n{others}\n'
        + county_sidebar()
        + "\n</div>\n"
        + friend_links()
        + county_footer()
    )


# --------------------------------------------------------------------------------------
# Column list pages ("more" pages) and second-level pages


def _position(name: str) -> str:
    return (
        '<div class="position w1200">当前位置：<a href="/">首页</a> &gt; '
        f'<a href="/zwgk/">政务公开</a> &gt; <span>{name}</span></div>'
    )


def _sub_columns() -> str:
    return """<div class="left-nav"><h2>政务公开</h2><ul>
<li><a href="/col/zwdt/">政务动态</a></li><li><a href="/col/tzgg/">通知公告</a></li>
<li><a href="/col/zcwj/">政策文件</a></li><li><a href="/col/rsxx/">人事信息</a></li>
<li><a href="/col/ghjh/">规划计划</a></li><li><a href="/col/zmhd/">政民互动</a></li>
</ul></div>"""


def _pagination(total: int, per_page: int = 20) -> str:
    pages = max(1, -(-total // per_page))
    return f"""<div class="pagination"><a href="index.html">首页</a><a href="index.html">上一页</a>
<span class="current">1</span><a href="index_1.html">2</a><a href="index_2.html">3</a>
<a href="index_1.html">下一页</a><a href="index_{pages - 1}.html">尾页</a>
<span>共{total}条 第1/{pages}页</span> 跳转到<input type="text" size="2" value="1">页
</div>"""


def _list_page(name: str, content: str) -> str:
    return (
        county_head(f"{name}_{SITE_NAME}", '<meta charset="utf-8">')
        + county_top()
        + _position(name)
        + f'\n<div class="main w1200"><div class="left">{_sub_columns()}</div>\n'
        + f'<div class="right"><div class="list"><div class="title"><h3>{name}</h3></div>\n'
        + content
        + "\n</div></div></div>\n"
        + county_footer()
    )


def column_list_page(
    spec: ColumnSpec, ages: Sequence[Age], *, total: int | None = None, fmt: DateFormat = iso
) -> str:
    """A column's own list page: its items, newest first, with pagination."""
    if not ages:
        raise ValueError("use empty_list_page for a column without items")
    body = f'<ul class="list-ul">\n{_items(spec.slug, ages, fmt)}\n</ul>\n'
    return _list_page(spec.name, body + _pagination(total or len(ages) * 3))


def empty_list_page(spec: ColumnSpec, *, marker: str | None = "暂无信息") -> str:
    """A column page with nothing in it: "暂无信息", or just an empty `<ul>`."""
    shown = (
        f'<p class="nodata" style="text-align:center;padding:60px 0">{marker}</p>' if marker else ""
    )
    return _list_page(spec.name, f'<ul class="list-ul"></ul>\n{shown}')


MESSAGE_STATES = ("已回复", "未回复", "办理中")


def interaction_list_page(messages: Sequence[tuple[int, str]]) -> str:
    """The 政民互动 list: (age in days, state) per message, in a table."""
    rows = []
    for index, (age, state) in enumerate(messages):
        day = days_ago(age)
        title = title_for("zmhd", index)
        css = {"已回复": "yhf", "未回复": "whf"}.get(state, "blz")
        rows.append(
            f'<tr><td align="center">{day:%Y%m%d}{index + 1:03d}</td>'
            f'<td><a href="/col/zmhd/detail.html?id={88000 + index}" target="_blank">{escape(title)}</a></td>'
            f'<td align="center">{day.isoformat()}</td>'
            f'<td align="center"><span class="{css}">{state}</span></td></tr>'
        )
    table = (
        '<div class="lybtn"><a href="/col/zmhd/write.html" class="btn">我要写信</a>'
        ' <a href="/col/zmhd/query.html" class="btn">信件查询</a></div>\n'
        '<table class="lylist"><tr><th width="120">信件编号</th><th>信件标题</th>'
        '<th width="110">来信时间</th><th width="80">办理状态</th></tr>\n'
        + "\n".join(rows)
        + "\n</table>\n"
    )
    return _list_page("政民互动", table + _pagination(len(messages)))


def hanweb_list_page(spec: ColumnSpec, ages: Sequence[Age], *, per_page: int = 15) -> str:
    """A Hanweb (大汉) column page: the items are XML records paged in by script."""
    records = []
    for index, age in enumerate(ages):
        title = title_for(spec.slug, index)
        day = days_ago(age) if age is not None else None
        href = (
            f"/art/{day:%Y/%m/%d}/art_{3400 + index}_{98000 + index}.html"
            if day is not None
            else f"/art/art_{3400 + index}.html"
        )
        when = f"<span>{day.isoformat()}</span>" if day is not None else ""
        records.append(
            f'<record><![CDATA[\n<li><a href="{href}" title="{escape(title)}" target="_blank">'
            f"{escape(title)}</a>{when}</li>\n]]></record>"
        )
    datastore = f"""<div id="346761"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=http://{HOME_HOST}/&columnid=3400&unitid=346761&webname=%E6%B8%85%E6%B2%B3%E5%8E%BF&permissiontype=0"></a>]]></nextgroup>
<recordset>
{"".join(records)}
</recordset>
</datastore></script><script language="javascript" src="/module/web/jpage/jpage.js"></script>
<script>var totalRecord = {len(ages)}; var perPage = {per_page};
$(function(){{ new jpage({{ unitid: "346761", total: totalRecord, perpage: perPage }}); }});</script></div>"""
    return (
        county_head(f"{spec.name}_{SITE_NAME}", '<meta charset="utf-8">')
        + county_top()
        + _position(spec.name)
        + f'\n<div class="main w1200"><div class="left">{_sub_columns()}</div>\n'
        + f'<div class="right"><div class="lm-name">{spec.name}</div>\n{datastore}\n</div></div>\n'
        + county_footer()
    )


NAV_SECTIONS = (
    (
        "政务公开",
        (
            ("新闻中心", "/xwzx/"),
            ("通知公告", "/tzgg/"),
            ("政府信息公开", "/zfxxgk/"),
            ("政策文件", "/zcwj/"),
        ),
    ),
    ("政务服务", (("办事指南", "/bszn/"), ("网上办事", "/wsbs/"), ("便民服务", "/bmfw/"))),
    ("互动交流", (("县长信箱", "/xzxx/"), ("在线访谈", "/zxft/"))),
    ("走进清河", (("清河概况", "/qhgk/"), ("历史文化", "/lswh/"))),
)


def navigation_home(*, chrome: bool = False) -> str:
    """A navigation-only homepage: a big menu to second-level pages, no dated items.

    With `chrome`, the site's usual top bar, header (logo, search) and menu sit above
    the big menu, as on portals whose homepage is a 导航页 inside the normal frame."""
    groups = []
    for name, links in NAV_SECTIONS:
        items = "".join(
            f'<li><a href="{href}" target="_blank"><i class="ico"></i><span>{text}</span></a></li>'
            for text, href in links
        )
        groups.append(
            f'<div class="menu-group"><h3>{name}</h3><ul class="entry">{items}</ul></div>'
        )
    if chrome:
        top = county_top().replace("<body>", '<body class="portal-home">', 1)
        logo = ""
    else:
        top = '<body class="portal-home">\n'
        logo = f"""<div class="portal-logo"><a href="/"><img src="/images/portal_logo.png" alt="{SITE_NAME}"></a></div>
<div class="portal-search"><form action="/search/" method="get"><input name="q"><button>搜索</button></form></div>
"""
    return (
        county_head(f"{SITE_NAME}", '<meta charset="utf-8">')
        + top
        + logo
        + f"""<div class="portal-menu">
{"".join(groups)}
</div>
<div class="portal-foot">主办单位：{SITE_NAME}办公室　版权所有 &copy; 2012-2026
<a href="https://beian.miit.gov.cn/">皖ICP备05001234号-1</a></div>
<script>document.oncontextmenu = function () {{ return false; }};</script>
</body></html>
"""
    )


def catalogue_list_page(rows: Sequence[tuple[int, str]]) -> str:
    """政府信息公开目录: a table of 索引号 | 名称 | 发布机构 | 生成日期 | 文号.

    `rows` are (age in days, title); titles may name other days (effective dates)."""
    cells = []
    for index, (age, title) in enumerate(rows):
        day = days_ago(age)
        cells.append(
            f"<tr><td>11341225003290541K/{day.year}-{100 + index:05d}</td>"
            f'<td class="bt"><a href="/zfxxgk/content_{6000 + index}.html" target="_blank">'
            f"{escape(title)}</a></td><td>县人力资源和社会保障局</td>"
            f"<td>{day.isoformat()}</td><td>清人社〔{day.year}〕{20 + index}号</td></tr>"
        )
    table = (
        '<table class="xxgk-list" width="100%"><tr><th>索引号</th><th>名称</th><th>发布机构</th>'
        "<th>生成日期</th><th>文号</th></tr>\n" + "\n".join(cells) + "\n</table>\n"
    )
    return _list_page("政策文件", table + _pagination(len(rows)))


def second_level_page(name: str, slug: str, ages: Sequence[Age]) -> str:
    """A second-level page behind a navigation homepage: a dated list of its own."""
    return column_list_page(ColumnSpec(name, slug, "other"), ages)


# --------------------------------------------------------------------------------------
# A Taiwanese city portal (繁體, Big5, ROC dates)

TW_NEWS = (
    "市府舉辦冬季防災演練 強化社區應變能力",
    "市長出席社會住宅動土典禮",
    "本市公有市場改建工程進度說明",
    "市府推動長照服務據點擴充",
    "臺中市國際花毯節開幕記者會",
    "市府表揚績優志工團隊",
)
TW_NOTICE = (
    "公告本市公有收費停車場收費標準修正草案",
    "公告受理低收入戶年度總清查",
    "公告辦理土地徵收補償費發放",
    "公告本市都市計畫細部計畫書圖",
)
TW_LAW = (
    "修正臺中市公園管理自治條例",
    "訂定臺中市補助社區發展協會作業要點",
    "廢止臺中市政府各機關首長特別費支用要點",
)

TW_COLUMNS = (
    ColumnSpec("最新消息", "news", "news"),
    ColumnSpec("公告事項", "notice", "notice"),
    ColumnSpec("法規資訊", "law", "policy"),
)
TW_FRESH_AGES: Mapping[str, Sequence[int]] = {
    "news": (1, 3, 6, 9, 12),
    "notice": (4, 20, 45, 80),
    "law": (30, 90, 200),
}


def taiwan_portal(ages: Mapping[str, Sequence[int]] | None = None) -> str:
    """臺中市政府全球資訊網: Big5-safe text, ROC dates (`115-11-20`, `民國115年11月20日`)."""
    ages = {**TW_FRESH_AGES, **(ages or {})}
    pools = {"news": TW_NEWS, "notice": TW_NOTICE, "law": TW_LAW}
    formats: dict[str, DateFormat] = {"news": roc_dashed, "notice": roc_cjk, "law": roc_dashed}
    sections = []
    for spec in TW_COLUMNS:
        rows = []
        for index, age in enumerate(ages[spec.slug]):
            day = days_ago(age)
            title = pools[spec.slug][index % len(pools[spec.slug])]
            rows.append(
                f'<li><span class="date">{formats[spec.slug](day)}</span>'
                f'<a href="/{spec.slug}/cp.aspx?n={5000 + index}&amp;s={77000 + index}"'
                f' title="{escape(title)}">{escape(title)}</a></li>'
            )
        sections.append(
            f"""<section class="group list-text" id="{spec.slug}">
<div class="group-title"><h2>{spec.name}</h2></div>
<ul>{"".join(rows)}</ul>
<div class="btn-more"><a href="/{spec.slug}/np.aspx?n=1{len(spec.slug)}00" title="更多{spec.name}">更多</a></div>
</section>"""
        )
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="DC.Title" content="臺中市政府全球資訊網">
<title>臺中市政府全球資訊網-首頁</title>
<style>
body{{font-family:"微軟正黑體",Arial;margin:0}}.header{{background:#005a9c;color:#fff}}
.menu li{{display:inline-block;padding:10px 16px}}.group{{width:32%;float:left;margin:0 .6%}}
.group-title h2{{border-bottom:3px solid #005a9c;font-size:20px}}.date{{color:#666;margin-right:8px}}
.btn-more a{{float:right;border:1px solid #005a9c;padding:2px 12px}}.footer{{clear:both;background:#333;color:#eee;padding:20px}}
</style>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-TC2026ABCD');
</script>
</head>
<body>
<a href="#C" class="acc-skip" title="跳到主要內容區塊">跳到主要內容區塊</a>
<div class="header">
<a href="#U" accesskey="U" title="上方功能區塊">:::</a>
<ul class="top-links"><li><a href="/">回首頁</a></li><li><a href="/sitemap.aspx">網站導覽</a></li>
<li><a href="https://www.taichung.gov.tw/english/">English</a></li><li><a href="/rss.aspx">RSS</a></li></ul>
<h1><a href="/" title="臺中市政府全球資訊網"><img src="/images/logo.png" alt="臺中市政府"></a></h1>
<form action="/search.aspx"><label for="kw">搜尋</label><input id="kw" name="q"><button>搜尋</button></form>
</div>
<ul class="menu">
<li><a href="/about/">認識臺中</a></li><li><a href="/gov/">市府組織</a></li><li><a href="/service/">市民服務</a></li>
<li><a href="/open/">政府資訊公開</a></li><li><a href="/news/">市政新聞</a></li><li><a href="/mayor/">市長信箱</a></li>
</ul>
<div class="banner"><img src="/images/banner_2026.jpg" alt="臺中好生活"></div>
<a href="#C" accesskey="C" title="中央內容區塊">:::</a>
<div class="main">
{"".join(sections)}
</div>
<div class="footer">
<a href="#Z" accesskey="Z" title="下方功能區塊">:::</a>
<ul class="footer-links"><li><a href="/privacy.aspx">隱私權政策</a></li><li><a href="/security.aspx">資訊安全政策</a></li>
<li><a href="/opendata.aspx">政府網站資料開放宣告</a></li></ul>
<p>臺中市政府 版權所有 &copy; 2026 Taichung City Government. All Rights Reserved.</p>
<p>地址：40701臺中市西屯區臺灣大道3段99號 市民專線：1999（外縣市請撥04-22289111）</p>
<p>瀏覽人次：<span id="counter">23456789</span> 最後更新日期：{roc_dashed(TODAY - timedelta(days=1))}</p>
<p><a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20260101" title="無障礙網站">
<img src="/images/aa.png" alt="通過AA無障礙網頁檢測"></a></p>
</div>
</body>
</html>
"""


def big5_taiwan_portal(ages: Mapping[str, Sequence[int]] | None = None) -> bytes:
    return taiwan_portal(ages).encode("big5")


# --------------------------------------------------------------------------------------
# An English council site (GOV.UK-like)

EN_NEWS = (
    "Winter gritting routes confirmed for 2026 to 2027",
    "Council tax support scheme: have your say on changes",
    "New recycling centre opening hours from December",
    "Riverside Park play area reopens after refurbishment",
    "Christmas and New Year bin collection dates",
)
EN_NOTICES = (
    "Temporary road closure: High Street, Riverside",
    "Public Spaces Protection Order: dog control",
    "Notice of election of parish councillors",
    "Premises licence application: The Old Mill",
)


def english_council(
    news_ages: Sequence[int] = (2, 6, 13, 20, 35), notice_ages: Sequence[int] = (5, 30, 60, 90)
) -> str:
    def rows(titles: Sequence[str], ages: Sequence[int], prefix: str) -> str:
        out = []
        for index, age in enumerate(ages):
            day = days_ago(age)
            title = titles[index % len(titles)]
            slug = title.lower().replace(" ", "-").replace(":", "").replace(",", "")
            out.append(
                f'<li class="list-item"><a class="govuk-link" href="/{prefix}/{slug}">{escape(title)}</a>'
                f'<p class="meta">Published <time datetime="{day.isoformat()}T09:30:00Z">'
                f"{day.day} {day:%B %Y}</time></p></li>"
            )
        return "\n".join(out)

    return f"""<!DOCTYPE html>
<html lang="en-GB" class="govuk-template">
<head>
<meta charset="utf-8">
<title>Home - Riverside Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#0b0c0c">
<link rel="stylesheet" href="/assets/application-9f3a2c.css">
<style>.list-item{{border-bottom:1px solid #b1b4b6;padding:10px 0}}.meta{{color:#505a5f;font-size:16px}}
.services li{{display:inline-block;width:30%}}.cookie-banner{{background:#f3f2f1;padding:20px}}</style>
<script>document.documentElement.className += " js-enabled";</script>
</head>
<body class="govuk-template__body">
<div class="cookie-banner" role="region" aria-label="Cookies on Riverside Borough Council">
<p>We use some essential cookies to make this website work.</p>
<button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button>
<a class="govuk-link" href="/cookies">View cookies</a></div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" role="banner"><div class="govuk-header__container">
<a href="/" class="govuk-header__link govuk-header__link--homepage"><img src="/assets/logo.svg" alt="Riverside Borough Council"></a>
<form class="search" action="/search" method="get"><label for="search-main">Search this website</label>
<input id="search-main" name="q" type="search"><button type="submit">Search</button></form>
<nav aria-label="Menu"><ul class="govuk-header__navigation-list">
<li><a href="/bins-and-recycling">Bins and recycling</a></li>
<li><a href="/council-tax">Council tax</a></li>
<li><a href="/housing">Housing</a></li>
<li><a href="/planning-and-building-control">Planning and building control</a></li>
<li><a href="/parking">Parking and travel</a></li>
<li><a href="/jobs">Jobs and careers</a></li>
</ul></nav></div></header>
<div class="govuk-phase-banner"><strong class="govuk-tag">Beta</strong> This is a new service -
<a href="/feedback">your feedback</a> will help us improve it.</div>
<main class="govuk-main-wrapper" id="main-content" role="main">
<h1 class="govuk-heading-xl">Riverside Borough Council</h1>
<section class="services"><h2 class="govuk-heading-m">Popular services</h2>
<ul><li><a href="/bins/collection-day">Find your bin collection day</a></li>
<li><a href="/council-tax/pay">Pay your council tax</a></li>
<li><a href="/planning/search">Search planning applications</a></li>
<li><a href="/report/pothole">Report a pothole</a></li>
<li><a href="/parking/permits">Apply for a parking permit</a></li></ul></section>
<section class="news"><h2 class="govuk-heading-m">News</h2>
<ul class="govuk-list">
{rows(EN_NEWS, news_ages, "news")}
</ul>
<p><a class="govuk-link" href="/news">More news</a></p></section>
<section class="notices"><h2 class="govuk-heading-m">Public notices</h2>
<ul class="govuk-list">
{rows(EN_NOTICES, notice_ages, "public-notices")}
</ul>
<p><a class="govuk-link" href="/public-notices">More public notices</a></p></section>
</main>
<footer class="govuk-footer" role="contentinfo">
<h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">
<li><a href="/accessibility">Accessibility statement</a></li><li><a href="/cookies">Cookies</a></li>
<li><a href="/privacy-notice">Privacy notice</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>Riverside Borough Council, Town Hall, Market Square, Riverside RV1 2AB. Telephone 01632 960 123.</p>
<p>&copy; Riverside Borough Council 2012-2026</p>
</footer>
<script src="/assets/application-4b1e7d.js"></script>
<script>window.GOVUKFrontend.initAll();</script>
</body>
</html>
"""


def encode(html: str, charset: str = "utf-8") -> bytes:
    return html.encode(charset)
