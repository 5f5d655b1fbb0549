"""Column list pages (栏目列表页) as the CMSs behind most government and organisation
sites render them, each with its truth: the newest date a reader sees in the column's
list, how many items its first page lists, and whether the column is empty or its items
are loaded by script.

A scan at depth `full` follows each column's "more" link and reads that page's main
list (`observe(..., columns=False)`). The pages are written as the CMSs write them: TRS
WCM (`createPageHTML` pagers, `t20261120_123456.html` links), Hanweb (大汉) datastore
records and `jpage`, the provincial 集约化 platforms, DedeCMS, PHPCMS, EmpireCMS (帝国),
JEECMS, table and definition lists, a WordPress category archive, a Drupal view, a
SharePoint list, a Taiwanese table with 民國 dates; and the traps: a pinned old item, a
list sorted oldest first (its newest items on its last page), dates only in the URLs,
'共0条记录' in a full template, an ajax list, a 404 page served with 200, a sidebar of
hot items from other columns, and items with both a 成文日期 and a 发布日期.

All dates are fixed, before `NOW` (2026-11-25, as in tests/portals.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.portals import NOW

TODAY = NOW.date()

TITLES = (
    "县政府召开第45次常务会议研究部署近期重点工作",
    "全县冬季安全生产工作推进会召开",
    "关于做好2026年冬季清洁取暖工作的通知",
    "县委理论学习中心组开展专题学习",
    "我县举办2026年秋季人才招聘会",
    "县领导督导检查森林防火工作",
    "全县优化营商环境工作会议召开",
    "县人大常委会开展食品安全执法检查",
    "关于开展2026年度统计执法检查的公告",
    "我县召开农村人居环境整治现场推进会",
    "县政府与省农科院签署战略合作协议",
    "全县教育系统安全工作会议召开",
    "关于公布第二批县级非物质文化遗产名录的通知",
    "县医保局开展打击欺诈骗保专项行动",
    "我县2026年前三季度经济运行情况发布",
    "县应急管理局开展防汛应急演练",
    "县文旅局举办非遗文化进校园活动",
    "关于调整城乡居民基本医疗保险缴费标准的通知",
    "全县秋冬季重大动物疫病防控工作部署会召开",
    "县市场监管局开展电梯安全专项检查",
    "我县荣获省级文明城市提名称号",
    "县自然资源局开展耕地保护宣传活动",
    "县人社局举办返乡创业培训班",
    "县政务服务中心推出周末延时服务",
)

HOT = (
    "县委书记调研重点项目建设情况",
    "我县召开巡察工作动员部署会",
    "全县三级干部大会召开",
    "县长带队赴长三角开展招商引资活动",
    "我县获评全国农产品质量安全县",
    "县政府党组召开专题民主生活会",
    "全县经济工作会议召开",
    "关于2027年元旦放假安排的通知",
)


def day(text: str) -> date:
    return date.fromisoformat(text)


def dates_back(start: str, count: int, step: int = 3) -> list[date]:
    """`count` dates, newest first, `step` days apart from `start`."""
    first = day(start)
    return [first - timedelta(days=step * index) for index in range(count)]


def title(index: int) -> str:
    return TITLES[index % len(TITLES)] + (
        "" if index < len(TITLES) else f"（{index // len(TITLES) + 1}）"
    )


# --- the site around a list page ----------------------------------------------------


SITE = "清河县人民政府"


def gov_page(
    column: str,
    main: str,
    *,
    side: str = "",
    head: str = "",
    body_class: str = "",
    charset: str = "utf-8",
) -> str:
    """A county portal's column page: header, menu, breadcrumb, a side menu of the
    section's columns (`side` below it), the list (`main`), footer and counter."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<meta name="SiteName" content="{SITE}" /><meta name="ColumnName" content="{column}" />
<title>{column}_{SITE}</title>
<link href="/images/common.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
{head}</head>
<body{f' class="{body_class}"' if body_class else ""}>
<div class="topbar w1200"><span class="fl">今天是：<script>document.write(new Date().toLocaleDateString());</script></span>
<span class="fr"><a href="javascript:;" id="jt">简体</a> | <a href="javascript:;" id="ft">繁体</a> | <a href="/wza/">无障碍浏览</a> | <a href="/ydd/">移动版</a></span></div>
<div class="header w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="{SITE}" /></a>
<div class="search"><form action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjqh/">走进清河</a></li><li><a href="/ztzl/">专题专栏</a></li></ul></div>
<div class="position w1200">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <span>{column}</span></div>
<div class="main w1200">
<div class="left">
<div class="lm-title"><h2>政务公开</h2></div>
<ul class="lm-menu">
<li><a href="/zwgk/zwdt/">政务动态</a></li><li><a href="/zwgk/tzgg/">通知公告</a></li>
<li><a href="/zwgk/zcwj/">政策文件</a></li><li><a href="/zwgk/rsxx/">人事信息</a></li>
<li><a href="/zwgk/ghjh/">规划计划</a></li><li><a href="/zwgk/czyjs/">财政预决算</a></li></ul>
{side}
</div>
<div class="right">
<div class="lm-name"><span>{column}</span></div>
{main}
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/gywm/">关于我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
<p>主办单位：{SITE}办公室　承办：清河县数据资源管理局　版权所有 &copy; 2012-2026</p>
<p><a href="https://beian.miit.gov.cn/">皖ICP备05001234号-1</a>　网站标识码：3412250001　皖公网安备 34122502000123号</p>
<p>您是第 <span id="count">1234567</span> 位访客</p>
</div></div>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</body></html>
"""


# --- the cases ----------------------------------------------------------------------


@dataclass(frozen=True)
class ListCase:
    slug: str
    cms: str
    column: str  # the column's heading on the homepage
    body: str  # the list page its "more" link leads to
    newest: date | None  # the newest date the column's list shows a reader
    items: int  # the items of that list page
    empty: bool = False
    elsewhere: bool = False  # its items are loaded by script: not empty, not known
    not_found: bool = False  # the page is the site's "not found" page (served with 200)
    pages: dict[str, str] = field(default_factory=dict)  # the list's other pages
    path: str = "/col/list/"
    url: str = ""  # the address it is read at (default: http://www.<slug>.gov.cn<path>)
    note: str = ""

    @property
    def page_url(self) -> str:
        return self.url or f"http://www.qh-{self.slug}.gov.cn{self.path}"


def trs() -> ListCase:
    days = dates_back("2026-11-20", 20, 2)
    items = "\n".join(
        f'<li><a href="./{d:%Y%m}/t{d:%Y%m%d}_{5012345 + i}.html" target="_blank" title="{escape(title(i))}">'
        f"{escape(title(i))}</a><span>{d.isoformat()}</span></li>"
        for i, d in enumerate(days)
    )
    main = f"""<div class="list-box">
<ul class="list">
{items}
</ul>
<div class="page"><script type="text/javascript">
var currentPage = 0;//所在页从0开始
var countPage = 8//共多少页
createPageHTML(countPage, currentPage, "index", "html", 158);
</script></div>
</div>"""
    return ListCase(
        "trs",
        "TRS WCM",
        "政务动态",
        gov_page("政务动态", main),
        days[0],
        20,
        path="/zwgk/zwdt/",
        note="TRS: <ul class=list>, ./202611/t20261120_5012345.html, createPageHTML pager",
    )


def hanweb() -> ListCase:
    days = dates_back("2026-11-19", 45, 4)
    records = "\n".join(
        f'<record><![CDATA[\n<li><a href="/art/{d:%Y/%-m/%-d}/art_3412_{890000 + i}.html" '
        f'title="{escape(title(i))}" target="_blank">{escape(title(i))}</a><span class="bt-data-time">'
        f"{d.isoformat()}</span></li>\n]]></record>"
        for i, d in enumerate(days)
    )
    main = f"""<div class="default_pgContainer" id="4389721"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=12&path=http://www.qh-hanweb.gov.cn/&columnid=3412&unitid=4389721&webname=%E6%B8%85%E6%B2%B3%E5%8E%BF&permissiontype=0"></a>]]></nextgroup>
<recordset>
{records}
</recordset>
</datastore></script></div>
<script language="javascript" src="/module/web/jpage/jpage.js"></script>
<script>
$(function(){{
  $('#4389721').jpage({{
    dataStore: dataStore, proxyUrl: '/module/web/jpage/dataproxy.jsp', perPage: 15,
    totalRecord: 45, barPosition: 'bottom', groupSize: 3, showMode: 'full', ajaxParam: {{ col: 1, appid: 1, webid: 12, path: '/', columnid: 3412, sourceContentType: 1, unitid: 4389721, webname: '清河县', permissiontype: 0 }}
  }});
}});
</script>"""
    return ListCase(
        "hanweb",
        "Hanweb (大汉)",
        "通知公告",
        gov_page("通知公告", main),
        days[0],
        45,
        path="/col/col3412/index.html",
        note="Hanweb: the records of a datastore script, paged in by jpage",
    )


def jiyue() -> ListCase:
    """A province's 集约化 platform page (one template for all the province's sites):
    the list in <div class="xxgk-list">, a 'bt' title span and a 'sj' date span."""
    days = dates_back("2026-11-18", 15, 5)
    items = "\n".join(
        f'<li><span class="bt"><a href="/zwgk/public/{6600 + i}/{11500000 + i}.html" target="_blank" '
        f'title="{escape(title(i))}">{escape(title(i))}</a></span><span class="sj">{d:%Y-%m-%d}</span></li>'
        for i, d in enumerate(days)
    )
    main = f"""<div class="xxgk-list zfxxgk-list" id="xxgk_lmcon">
<ul class="clearfix">
{items}
</ul>
<div class="pagination" id="page_public_info"><a class="first">首页</a><a class="prev">上一页</a>
<span class="current">1</span><a href="/zwgk/public/column/6600?type=4&action=list&nav=3&sub=&catId=6715131&page=2">2</a>
<a href="/zwgk/public/column/6600?type=4&action=list&nav=3&sub=&catId=6715131&page=2" class="next">下一页</a>
<a href="/zwgk/public/column/6600?type=4&action=list&nav=3&sub=&catId=6715131&page=11" class="last">尾页</a>
<span class="total">共 11 页 158 条</span></div>
</div>"""
    return ListCase(
        "jiyue",
        "政府网站集约化平台",
        "政策文件",
        gov_page("政策文件", main),
        days[0],
        15,
        path="/zwgk/public/column/6600?type=4&action=list&nav=3&catId=6715131",
        note="集约化: <span class=bt> title, <span class=sj> date, numbered pager",
    )


def dedecms() -> ListCase:
    days = dates_back("2026-11-17", 10, 6)
    items = "\n".join(
        f'<li><a href="/a/zwgk/tzgg/{d:%Y/%m%d}/{1200 + i}.html" class="title">{escape(title(i))}</a>'
        f'<span class="info"><small>日期：</small>{d.isoformat()} {8 + i % 9:02d}:3{i % 10}:12'
        f"<small>点击：</small>{120 + 7 * i}<small>好评：</small>0</span>"
        f'<p class="intro">{escape(title(i))}，现将有关事项通知如下……</p></li>'
        for i, d in enumerate(days)
    )
    main = f"""<div class="listbox"><ul class="e2">
{items}
</ul></div>
<div class="dede_pages"><ul class="pagelist">
<li><a>首页</a></li><li class="thisclass"><a>1</a></li>
<li><a href="list_7_2.html">2</a></li><li><a href="list_7_3.html">3</a></li>
<li><a href="list_7_2.html">下一页</a></li><li><a href="list_7_12.html">末页</a></li>
<li><span class="pageinfo">共 <strong>12</strong>页<strong>118</strong>条</span></li>
</ul></div>"""
    return ListCase(
        "dedecms",
        "DedeCMS",
        "工作动态",
        gov_page("工作动态", main, charset="gb2312"),
        days[0],
        10,
        path="/a/zwgk/gzdt/",
        note="DedeCMS {dede:list}: date and time with 点击 counts in span.info, .pagelist",
    )


def phpcms() -> ListCase:
    days = dates_back("2026-11-16", 20, 2)
    items = "\n".join(
        f'<li><span class="rt">{d.isoformat()} 1{i % 10}:2{i % 6}:0{i % 10}</span>·'
        f'<a href="http://www.qh-phpcms.gov.cn/index.php?m=content&c=index&a=show&catid=12&id={3400 - i}" '
        f'target="_blank">{escape(title(i))}</a></li>'
        for i, d in enumerate(days)
    )
    main = f"""<div class="col-left"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&c=index&a=lists&catid=12">部门动态</a></div>
<ul class="list lh24 f14">
{items}
</ul>
<div id="pages" class="text-c"><a class="a1">163条</a> <a href="/index.php?m=content&c=index&a=lists&catid=12&page=0" class="a1">上一页</a> <span>1</span> <a href="/index.php?m=content&c=index&a=lists&catid=12&page=2">2</a> <a href="/index.php?m=content&c=index&a=lists&catid=12&page=3">3</a> .. <a href="/index.php?m=content&c=index&a=lists&catid=12&page=9">9</a> <a href="/index.php?m=content&c=index&a=lists&catid=12&page=2" class="a1">下一页</a></div>
</div>"""
    return ListCase(
        "phpcms",
        "PHPCMS v9",
        "部门动态",
        gov_page("部门动态", main),
        days[0],
        20,
        path="/index.php?m=content&c=index&a=lists&catid=12",
        note="PHPCMS: the date and time first (span.rt floats right), index.php?...&id= links",
    )


def empirecms() -> ListCase:
    days = dates_back("2026-11-15", 25, 3)
    rows = "\n".join(
        f'<tr><td width="85%" height="25" class="list_title"><img src="/skin/default/images/arrow.gif" /> '
        f'<a href="/zwgk/gsgg/{d:%Y-%m-%d}/{5600 - i}.html" target="_blank" title="{escape(title(i))}">'
        f'{escape(title(i))}</a></td><td width="15%" align="center" class="list_date">[{d:%m-%d}]</td></tr>'
        for i, d in enumerate(days)
    )
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
{rows}
</table>
<div class="epages"><a title="Total record">&nbsp;<b>287</b> </a>&nbsp;&nbsp;&nbsp;<b>1</b>&nbsp;<a href="/zwgk/gsgg/index_2.html">2</a>&nbsp;<a href="/zwgk/gsgg/index_3.html">3</a>&nbsp;<a href="/zwgk/gsgg/index_2.html">下一页</a>&nbsp;<a href="/zwgk/gsgg/index_12.html">尾页</a></div>"""
    return ListCase(
        "empirecms",
        "EmpireCMS (帝国)",
        "公示公告",
        gov_page("公示公告", main, charset="gbk"),
        days[0],
        25,
        path="/zwgk/gsgg/",
        note="EmpireCMS: table rows, year-less [11-15] dates, dated URLs, .epages",
    )


def jeecms() -> ListCase:
    days = dates_back("2026-11-14", 15, 5)
    items = "\n".join(
        f'<li><a href="/xxgk/rsxx/{88000 - i}.jhtml" target="_blank" title="{escape(title(i))}">'
        f'{escape(title(i))}</a><span class="date">{d:%Y年%m月%d日}</span></li>'
        for i, d in enumerate(days)
    )
    main = f"""<div class="news-list"><ul>
{items}
</ul>
<div class="pagination">共 203 条&nbsp;每页 15 条&nbsp;当前第 1 / 14 页&nbsp;
<a href="javascript:void(0);">首页</a>&nbsp;<a href="javascript:void(0);">上一页</a>&nbsp;
<a href="index_2.jhtml">下一页</a>&nbsp;<a href="index_14.jhtml">尾页</a>&nbsp;
<input type="text" id="_goPs" size="2"/> <input type="button" value="跳转" onclick="_gotoPage($('#_goPs').val());"/></div>
</div>"""
    return ListCase(
        "jeecms",
        "JEECMS",
        "人事信息",
        gov_page("人事信息", main),
        days[0],
        15,
        path="/xxgk/rsxx/index.jhtml",
        note="JEECMS: .jhtml links, 2026年11月14日 dates, a page-jump form in the pager",
    )


def table_list() -> ListCase:
    days = dates_back("2026-11-13", 18, 7)
    rows = "\n".join(
        f'<tr class="{"odd" if i % 2 else "even"}"><td>{i + 1}</td>'
        f'<td class="tl"><a href="/xxgk/tzgg/{d:%Y%m}/{7700 + i:08d}.shtml" target="_blank">'
        f"{escape(title(i))}</a></td><td>县政府办公室</td><td>{d:%Y/%m/%d}</td></tr>"
        for i, d in enumerate(days)
    )
    main = f"""<table class="table-list" width="100%" cellspacing="0" cellpadding="0">
<thead><tr><th width="8%">序号</th><th>标题</th><th width="18%">发布机构</th><th width="14%">发布日期</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<div class="page">共18条 1/1页</div>"""
    return ListCase(
        "table",
        "table list",
        "通知公告",
        gov_page("通知公告", main),
        days[0],
        18,
        path="/xxgk/tzgg/",
        note="<table> with a header row (序号 | 标题 | 发布机构 | 发布日期) and a date column",
    )


def dl_list() -> ListCase:
    days = dates_back("2026-11-12", 12, 9)
    pairs = "\n".join(
        f'<dl class="news-dl"><dt>{d:%Y年%m月%d日}</dt><dd><a href="/news/{d:%Y%m%d}{i:02d}.html">'
        f"{escape(title(i))}</a></dd></dl>"
        for i, d in enumerate(days)
    )
    main = f"""<div class="news-dl-list">
{pairs}
</div>
<p class="page-info">第1页/共3页 <a href="/news/index_2.html">下一页</a></p>"""
    return ListCase(
        "dl",
        "definition list",
        "新闻发布",
        gov_page("新闻发布", main),
        days[0],
        12,
        path="/news/",
        note="<dl><dt>date</dt><dd><a>title</a></dd></dl> per item",
    )


def wordpress() -> ListCase:
    days = dates_back("2026-11-11", 10, 6)
    posts = "\n".join(
        f"""<article id="post-{4500 - i}" class="post-{4500 - i} post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h2 class="entry-title"><a href="https://www.riverside-foundation.org/{d:%Y/%m/%d}/story-{i}/" rel="bookmark">{t}</a></h2>
<div class="entry-meta"><span class="posted-on">Posted on <a href="https://www.riverside-foundation.org/{d:%Y/%m/%d}/story-{i}/" rel="bookmark"><time class="entry-date published" datetime="{d.isoformat()}T09:00:00+00:00">{d:%B} {d.day}, {d.year}</time><time class="updated" datetime="2026-11-21T10:00:00+00:00">November 21, 2026</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://www.riverside-foundation.org/author/admin/">admin</a></span></span></div>
</header>
<div class="entry-summary"><p>The foundation's volunteers met this week to plan the season&#8217;s work along the river banks and parks. [&hellip;]</p></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://www.riverside-foundation.org/category/news/" rel="category tag">News</a></span></footer>
</article>"""
        for i, (d, t) in enumerate(
            zip(
                days,
                (
                    "Volunteers plan the winter river clean-up",
                    "New trail signs installed at Mill Park",
                    "Annual report 2025–26 published",
                    "Grants open for community gardens",
                    "Thank you to our autumn fun-run sponsors",
                    "Board meeting summary: October",
                    "School visits to the wetlands resume",
                    "Tree planting day draws 300 people",
                    "Bird survey results are in",
                    "Welcome to our new volunteer coordinator",
                ),
                strict=True,
            )
        )
    )
    body = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>News &#8211; Riverside Foundation</title>
<link rel="canonical" href="https://www.riverside-foundation.org/category/news/">
<link rel='stylesheet' id='twentyseventeen-style-css' href='https://www.riverside-foundation.org/wp-content/themes/twentyseventeen/style.css?ver=20241112' media='all' />
</head>
<body class="archive category category-news category-3 hfeed has-sidebar">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://www.riverside-foundation.org/" rel="home">Riverside Foundation</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu"><li><a href="https://www.riverside-foundation.org/">Home</a></li><li><a href="https://www.riverside-foundation.org/about/">About us</a></li><li><a href="https://www.riverside-foundation.org/category/news/">News</a></li><li><a href="https://www.riverside-foundation.org/events/">Events</a></li><li><a href="https://www.riverside-foundation.org/donate/">Donate</a></li></ul></nav></header>
<div id="content" class="site-content"><div class="wrap">
<header class="page-header"><h1 class="page-title">Category: <span>News</span></h1></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
{posts}
<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="https://www.riverside-foundation.org/category/news/page/2/">2</a>
<a class="page-numbers" href="https://www.riverside-foundation.org/category/news/page/3/">3</a>
<a class="next page-numbers" href="https://www.riverside-foundation.org/category/news/page/2/">Next page</a></div></nav>
</main></div>
<aside id="secondary" class="widget-area" aria-label="Blog Sidebar">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://www.riverside-foundation.org/"><input type="search" class="search-field" name="s" /><button type="submit" class="search-submit">Search</button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
<li><a href="https://www.riverside-foundation.org/2026/11/24/gala-tickets/">Gala dinner tickets on sale now</a></li>
<li><a href="https://www.riverside-foundation.org/2026/11/23/job-ad/">We are hiring: events officer</a></li>
<li><a href="https://www.riverside-foundation.org/2026/11/11/story-0/">Volunteers plan the winter river clean-up</a></li>
</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>
<li><a href="https://www.riverside-foundation.org/2026/11/">November 2026</a></li>
<li><a href="https://www.riverside-foundation.org/2026/10/">October 2026</a></li>
<li><a href="https://www.riverside-foundation.org/2026/09/">September 2026</a></li></ul></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a> &copy; 2026 Riverside Foundation</div></footer>
</div></body></html>
"""
    return ListCase(
        "wordpress",
        "WordPress",
        "News",
        body,
        days[0],
        10,
        url="https://www.riverside-foundation.org/category/news/",
        path="/category/news/",
        note="WordPress category archive: <article> cards with a published and an updated "
        "<time>, a Recent Posts widget with posts of other categories (newer)",
    )


def drupal() -> ListCase:
    days = dates_back("2026-11-10", 10, 4)
    rows = "\n".join(
        f"""<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/news/council-update-{i}" hreflang="en">{t}</a></span></div>
<div class="views-field views-field-created"><span class="field-content"><time datetime="{d.isoformat()}T15:00:00Z">{d:%a}, {d:%m/%d/%Y} - 10:00</time></span></div></div>"""
        for i, (d, t) in enumerate(
            zip(
                days,
                (
                    "Council approves the 2027 road resurfacing plan",
                    "Leaf collection starts in all wards",
                    "Public hearing on the zoning code update",
                    "Water main replacement on Oak Street",
                    "Library extends weekend hours",
                    "Snow emergency routes announced",
                    "Parks survey: tell us what you think",
                    "Fire department open house recap",
                    "Budget workshop scheduled for residents",
                    "New recycling carts arrive next month",
                ),
                strict=True,
            )
        )
    )
    body = f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<title>News | City of Millbrook</title></head>
<body class="path-news">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner"><div class="region region-header"><a href="/" rel="home">City of Millbrook</a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu"><ul class="menu"><li class="menu-item"><a href="/government">Government</a></li><li class="menu-item"><a href="/residents">Residents</a></li><li class="menu-item"><a href="/business">Business</a></li><li class="menu-item"><a href="/news">News</a></li></ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content"><h1 class="page-title">News</h1>
<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-4f2a">
<div class="view-content">
{rows}
</div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
<ul class="pager__items js-pager__items"><li class="pager__item is-active"><a href="?page=0" title="Current page" aria-current="page">1</a></li>
<li class="pager__item"><a href="?page=1" title="Go to page 2">2</a></li>
<li class="pager__item pager__item--next"><a href="?page=1" title="Go to next page" rel="next"><span aria-hidden="true">Next ›</span></a></li>
<li class="pager__item pager__item--last"><a href="?page=6" title="Go to last page"><span aria-hidden="true">Last »</span></a></li></ul></nav>
</div></div></div></main>
<footer role="contentinfo"><p>&copy; 2026 City of Millbrook, 100 Main Street</p></footer>
</div></body></html>
"""
    return ListCase(
        "drupal",
        "Drupal view",
        "News",
        body,
        days[0],
        10,
        url="https://www.millbrook.gov/news",
        path="/news",
        note="Drupal 10 view: views-row cards, <time datetime> around 'Tue, 11/10/2026 - 10:00'",
    )


def sharepoint() -> ListCase:
    days = dates_back("2026-11-11", 8, 7)
    rows = "\n".join(
        f"""<tr class="{"ms-alternating " if i % 2 else ""}ms-itmHoverEnabled ms-itmhover" iid="1,{60 - i},0">
<td class="ms-cellstyle ms-vb-title"><div class="ms-vb ms-tableCell ms-list-itemLink-td ms-vb-menuPadding"><a onfocus="OnLink(this)" href="/sites/hr/Lists/Announcements/DispForm.aspx?ID={60 - i}" onclick="EditLink2(this,47);return false;" target="_self">{t}</a></div></td>
<td class="ms-cellstyle ms-vb2"><nobr>{d.month}/{d.day}/{d.year} 9:30 AM</nobr></td>
<td class="ms-cellstyle ms-vb-user"><span class="ms-noWrap">Jane Smith</span></td></tr>"""
        for i, (d, t) in enumerate(
            zip(
                days,
                (
                    "Open enrollment reminder",
                    "Office closed for Thanksgiving",
                    "New parking permits available",
                    "Quarterly all-hands meeting",
                    "Updated travel reimbursement policy",
                    "Flu shot clinic next Tuesday",
                    "Welcome our new HR director",
                    "IT maintenance window this weekend",
                ),
                strict=True,
            )
        )
    )
    body = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>Announcements - All Items</title></head>
<body>
<form method="post" action="./AllItems.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="s4-titlerow"><div class="ms-breadcrumb-top"><a href="/sites/hr">Human Resources</a></div>
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><a href="/sites/hr/Lists/Announcements">Announcements</a></span></h1></div>
<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div class="ms-core-navigation"><ul class="root ms-core-listMenu-root static">
<li class="static"><a class="static menu-item" href="/sites/hr/SitePages/Home.aspx"><span class="menu-item-text">Home</span></a></li>
<li class="static"><a class="static menu-item" href="/sites/hr/Shared%20Documents"><span class="menu-item-text">Documents</span></a></li>
<li class="static"><a class="static menu-item" href="/sites/hr/Lists/Calendar"><span class="menu-item-text">Calendar</span></a></li></ul></div></div>
<div id="contentBox"><div id="DeltaPlaceHolderMain">
<table class="ms-listviewtable" summary="Announcements" id="onetidDoclibViewTbl0" dir="none" cellpadding="1" cellspacing="0" border="0">
<thead><tr class="ms-viewheadertr ms-vhltr" valign="top">
<th class="ms-vh2"><div class="ms-vh-div" name="LinkTitle" displayname="Title">Title</div></th>
<th class="ms-vh2"><div class="ms-vh-div" name="Modified" displayname="Modified">Modified</div></th>
<th class="ms-vh2"><div class="ms-vh-div" name="Editor" displayname="Modified By">Modified By</div></th></tr></thead>
<tbody>
{rows}
</tbody></table>
</div></div></div></div>
</form></body></html>
"""
    return ListCase(
        "sharepoint",
        "SharePoint",
        "Announcements",
        body,
        days[0],
        8,
        url="https://intranet.millbrook.gov/sites/hr/Lists/Announcements/AllItems.aspx",
        path="/sites/hr/Lists/Announcements/AllItems.aspx",
        note="SharePoint list view: the page in one ASP.NET form, 11/11/2026 9:30 AM cells",
    )


def taiwan() -> ListCase:
    days = dates_back("2026-11-10", 10, 6)
    titles = (
        "本府115年度第4季工程招標公告",
        "修正「臺中市建築管理自治條例」部分條文",
        "115年冬令救濟申請開始受理",
        "本市公有市場攤位招租公告",
        "115年度志願役士兵甄選簡章",
        "預告訂定「臺中市公園管理自治條例」草案",
        "本府115年第2次公務人員陞遷甄審公告",
        "115年度身心障礙者就業促進計畫",
        "本市道路挖掘管理要點修正公告",
        "115年度低收入戶總清查作業",
    )
    rows = "\n".join(
        f'<tr><td data-title="序號">{i + 1}</td><td data-title="標題" class="title">'
        f'<a href="/News_Content.aspx?n=A8C3&s={2210000 + i}" title="{t}">{t}</a></td>'
        f'<td data-title="發布單位">秘書處</td><td data-title="發布日期">{d.year - 1911}-{d:%m-%d}</td></tr>'
        for i, (d, t) in enumerate(zip(days, titles, strict=True))
    )
    main = f"""<div class="list"><table summary="公告事項列表">
<caption>公告事項</caption>
<tr><th scope="col">序號</th><th scope="col">標題</th><th scope="col">發布單位</th><th scope="col">發布日期</th></tr>
{rows}
</table></div>
<div class="page"><span>資料總筆數：96</span>，<span>第 1 / 10 頁</span>，<a href="/News.aspx?n=A8C3&page=2" title="下一頁">下一頁</a></div>"""
    body = (
        gov_page("公告事項", main)
        .replace(SITE, "臺中市政府")
        .replace("政务公开", "市政公告")
        .replace("当前位置", "現在位置")
    )
    return ListCase(
        "taiwan",
        "Taiwan gov",
        "公告事項",
        body,
        days[0],
        10,
        url="https://www.taichung.gov.tw/News.aspx?n=A8C3&sms=9",
        path="/News.aspx",
        note="臺灣: 民國 dates (115-11-10) in a table with a header row",
    )


def pinned() -> ListCase:
    days = dates_back("2026-11-21", 14, 5)
    items = "\n".join(
        f'<li><a href="/zwgk/tzgg/{d:%Y%m}/t{d:%Y%m%d}_{600 + i}.html" target="_blank">{escape(title(i))}</a>'
        f"<span>{d.isoformat()}</span></li>"
        for i, d in enumerate(days)
    )
    top = (
        '<li class="top"><span class="zd">[置顶]</span><a href="/zwgk/tzgg/202305/t20230510_17.html" target="_blank">'
        "清河县政府信息公开申请指南（2023年修订）</a><span>2023-05-10</span></li>\n"
        '<li class="top"><span class="zd">[置顶]</span><a href="/zwgk/tzgg/202201/t20220105_3.html" target="_blank">'
        "清河县人民政府关于公布县级权责清单的通知</a><span>2022-01-05</span></li>"
    )
    main = f'<ul class="list">\n{top}\n{items}\n</ul>\n<div class="page">共 98 条 第1/7页</div>'
    return ListCase(
        "pinned",
        "trap: pinned",
        "通知公告",
        gov_page("通知公告", main),
        days[0],
        16,
        path="/zwgk/tzgg/",
        note="two pinned (置顶) items from 2023 and 2022 above the newer ones",
    )


def ascending() -> ListCase:
    """A list sorted oldest first: its first page holds the oldest items, the newest
    are on its last page (尾页)."""

    def page(days: list[date], number: int, last: int) -> str:
        items = "\n".join(
            f'<li><a href="/col/col5501/art_{d:%Y%m%d}_{i}.html" target="_blank">{escape(title(i + number * 7))}</a>'
            f"<span>{d:%Y-%m-%d}</span></li>"
            for i, d in enumerate(days)
        )
        links = " ".join(
            f'<a href="index_{n}.html">{n}</a>' if n != number else f"<b>{n}</b>"
            for n in range(1, last + 1)
        )
        main = f"""<ul class="list">
{items}
</ul>
<div class="pages">共{last * 10}条 第{number}/{last}页 <a href="index.html">首页</a> {links} <a href="index_{last}.html">尾页</a></div>"""
        return gov_page("规划计划", main)

    first = [day("2019-03-05") + timedelta(days=30 * i) for i in range(10)]
    middle = [day("2021-05-01") + timedelta(days=30 * i) for i in range(10)]
    last = [day("2025-12-20") + timedelta(days=33 * i) for i in range(10)]
    return ListCase(
        "ascending",
        "trap: oldest first",
        "规划计划",
        page(first, 1, 3),
        max(last),
        10,
        pages={
            "/col/col5501/index_2.html": page(middle, 2, 3),
            "/col/col5501/index_3.html": page(last, 3, 3),
        },
        path="/col/col5501/index.html",
        note="dates ascend on page 1 (2019...), the newest (2026-10-xx) are on the last page",
    )


def url_dates() -> ListCase:
    days = dates_back("2026-11-09", 12, 4)
    items = "\n".join(
        f'<li><a href="/xwzx/bmdt/{d:%Y%m}/t{d:%Y%m%d}_{4400 + i}.html" target="_blank">{escape(title(i))}</a></li>'
        for i, d in enumerate(days)
    )
    main = f'<ul class="list-nodate">\n{items}\n</ul>\n<div class="page">共 60 条</div>'
    return ListCase(
        "urldates",
        "trap: dates in URLs",
        "部门动态",
        gov_page("部门动态", main),
        days[0],
        12,
        path="/xwzx/bmdt/",
        note="no visible date: only the article URLs carry them (t20261109_4400.html)",
    )


def zero_records() -> ListCase:
    main = """<div class="list-box"><ul class="list">
</ul>
<div class="page">共0条记录 当前第1/0页 <a href="javascript:;">首页</a> <a href="javascript:;">上一页</a> <a href="javascript:;">下一页</a> <a href="javascript:;">尾页</a></div>
</div>"""
    side = """<div class="side-box"><div class="side-title"><h3>热点信息</h3></div><ul class="side-list">
<li><a href="/zwgk/zwdt/202611/t20261124_9001.html">县委书记调研重点项目建设情况</a><span>11-24</span></li>
<li><a href="/zwgk/zwdt/202611/t20261123_9000.html">我县召开巡察工作动员部署会</a><span>11-23</span></li>
<li><a href="/zwgk/zwdt/202611/t20261121_8999.html">全县三级干部大会召开</a><span>11-21</span></li>
<li><a href="/zwgk/tzgg/202611/t20261120_8998.html">关于2027年元旦放假安排的通知</a><span>11-20</span></li>
</ul></div>"""
    return ListCase(
        "zero",
        "trap: 共0条记录",
        "财政预决算",
        gov_page("财政预决算", main, side=side),
        None,
        0,
        empty=True,
        path="/zwgk/czyjs/",
        note="the list is empty and its pager says 共0条记录, inside a template with a "
        "side box of hot items from other columns",
    )


def no_info() -> ListCase:
    main = """<div class="list-box"><ul class="list"></ul>
<div class="no-data" style="text-align:center;padding:80px 0;color:#999">暂无信息</div>
</div>"""
    return ListCase(
        "noinfo",
        "trap: 暂无信息",
        "建议提案办理",
        gov_page("建议提案办理", main),
        None,
        0,
        empty=True,
        path="/zwgk/jyta/",
        note="暂无信息 in the list's place, the template's menus around it",
    )


def ajax() -> ListCase:
    main = """<div class="list-box"><ul class="list" id="infoList"></ul><div id="pageBar" class="page"></div></div>
<script type="text/javascript">
$(function () {
  loadList(1);
});
function loadList(page) {
  $.ajax({
    url: '/api/content/list', type: 'GET', dataType: 'json',
    data: { channelId: 1186, pageNo: page, pageSize: 15 },
    success: function (res) {
      var html = '';
      $.each(res.data.list, function (i, o) {
        html += '<li><a href="' + o.url + '" target="_blank">' + o.title + '</a><span>' + o.pubDate + '</span></li>';
      });
      $('#infoList').html(html);
      $('#pageBar').html('共' + res.data.total + '条');
    }
  });
}
</script>"""
    return ListCase(
        "ajax",
        "trap: ajax",
        "政务动态",
        gov_page("政务动态", main),
        None,
        0,
        elsewhere=True,
        path="/zwgk/zwdt/list.html",
        note="an empty <ul id=infoList> that $.ajax fills: not empty, its items unknown",
    )


def soft404() -> ListCase:
    body = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8" /><title>404-对不起！您访问的页面不存在</title>
<link href="/images/404.css" rel="stylesheet" type="text/css" /></head>
<body>
<div class="header w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="{SITE}" /></a></div>
<div class="error-page">
<div class="error-img"><img src="/images/404.png" alt="404" /></div>
<div class="error-text"><h2>对不起！您访问的页面不存在或已被删除</h2>
<p>可能原因：网址有错误，请检查地址是否完整或存在多余字符；网址已失效，可能页面已删除，活动已下线等。</p>
<p><span id="sec">5</span> 秒后自动返回首页</p>
<p><a href="/">返回首页</a> | <a href="javascript:history.go(-1);">返回上一页</a></p></div>
<div class="error-recommend"><h3>您可能感兴趣的内容</h3><ul>
<li><a href="/zwgk/zwdt/202611/t20261124_9001.html">县委书记调研重点项目建设情况</a><span>2026-11-24</span></li>
<li><a href="/zwgk/zwdt/202611/t20261123_9000.html">我县召开巡察工作动员部署会</a><span>2026-11-23</span></li>
<li><a href="/zwgk/zwdt/202611/t20261121_8999.html">全县三级干部大会召开</a><span>2026-11-21</span></li>
</ul></div>
</div>
<div class="footer">版权所有 &copy; 2012-2026 {SITE}　皖ICP备05001234号-1</div>
<script>var t = 5; setInterval(function(){{ if(--t <= 0) location.href = '/'; document.getElementById('sec').innerHTML = t; }}, 1000);</script>
</body></html>
"""
    return ListCase(
        "soft404",
        "trap: 404 served with 200",
        "人事信息",
        body,
        None,
        0,
        not_found=True,
        path="/zwgk/rsxx/",
        note="the column's page is the site's 'not found' page, served with 200 and three "
        "recommended (new) items: no list of the column's",
    )


def sidebar() -> ListCase:
    days = [day("2026-08-03"), day("2026-05-12"), day("2025-12-30"), day("2025-09-08")]
    items = "\n".join(
        f'<li><a href="/zwgk/rsxx/{d:%Y%m}/t{d:%Y%m%d}_{300 + i}.html" target="_blank">{escape(t)}</a>'
        f"<span>{d.isoformat()}</span></li>"
        for i, (d, t) in enumerate(
            zip(
                days,
                (
                    "清河县2026年公开招聘事业单位工作人员拟聘用人员公示",
                    "县人民政府关于张某某等同志职务任免的通知",
                    "清河县2025年度公务员考试录用拟录用人员公示",
                    "关于李某某同志任职前公示的公告",
                ),
                strict=True,
            )
        )
    )
    hot = "\n".join(
        f'<li><em>{i + 1}</em><a href="/zwgk/zwdt/202611/t202611{24 - i:02d}_{9001 - i}.html" target="_blank">{escape(t)}</a>'
        f"<span>2026-11-{24 - i:02d}</span></li>"
        for i, t in enumerate(HOT)
    )
    side = f"""<div class="side-box hot"><div class="side-title"><h3>热点信息</h3></div>
<ul class="rank-list">
{hot}
</ul></div>"""
    main = f'<ul class="list">\n{items}\n</ul>\n<div class="page">共4条 第1/1页</div>'
    return ListCase(
        "sidebar",
        "trap: hot sidebar",
        "人事信息",
        gov_page("人事信息", main, side=side),
        days[0],
        4,
        path="/zwgk/rsxx/",
        note="4 personnel items (newest 2026-08-03) and a side box of 8 hot items of other "
        "columns, all from this week: the side box is not the column",
    )


def two_dates() -> ListCase:
    """信息公开目录: each document with its 成文日期 (written) and 发布日期 (published);
    the column is updated when a document is published."""
    pairs = [
        ("2026-10-28", "2026-11-06"),
        ("2026-10-15", "2026-10-22"),
        ("2026-09-30", "2026-10-11"),
        ("2026-09-02", "2026-09-16"),
        ("2026-08-20", "2026-08-27"),
        ("2026-07-31", "2026-08-05"),
    ]
    rows = "\n".join(
        f'<tr><td class="xh">{i + 1}</td><td class="syh">11341225MB1234567X/2026-{900 - i:05d}</td>'
        f'<td class="bt"><a href="/public/6600/{12000000 + i}.html" target="_blank" title="{escape(title(i))}">'
        f'{escape(title(i))}</a></td><td class="cwrq">{written}</td><td class="fbrq">{published}</td></tr>'
        for i, (written, published) in enumerate(pairs)
    )
    main = f"""<div class="xxgk-table"><table width="100%" cellspacing="0" cellpadding="0">
<tr class="th"><th width="6%">序号</th><th width="22%">索引号</th><th>标题</th><th width="12%">成文日期</th><th width="12%">发布日期</th></tr>
{rows}
</table></div>"""
    return ListCase(
        "twodates",
        "trap: 成文日期 and 发布日期",
        "政策文件",
        gov_page("政策文件", main),
        day(pairs[0][1]),
        len(pairs),
        path="/public/column/6600/",
        note="a 信息公开 table: 序号 | 索引号 | 标题 | 成文日期 | 发布日期",
    )


def two_dates_inline() -> ListCase:
    """The same as a list: 发布日期 first, 成文日期 after it (a later draft date would be
    wrong; an earlier one is how documents are)."""
    pairs = [
        ("2026-11-07", "2026-10-30"),
        ("2026-10-20", "2026-10-09"),
        ("2026-10-02", "2026-09-25"),
        ("2026-09-12", "2026-09-01"),
        ("2026-08-22", "2026-08-20"),
    ]
    items = "\n".join(
        f'<li><a href="/public/6601/{12200000 + i}.html" target="_blank">{escape(title(i + 3))}</a>'
        f'<div class="info"><span>发布日期：{published}</span><span>成文日期：{written}</span>'
        f"<span>发文字号：清政办〔2026〕{40 - i}号</span></div></li>"
        for i, (published, written) in enumerate(pairs)
    )
    main = f'<ul class="zcwj-list">\n{items}\n</ul>\n<div class="page">共5条</div>'
    return ListCase(
        "twodates-inline",
        "trap: 发布日期 then 成文日期",
        "规范性文件",
        gov_page("规范性文件", main),
        day(pairs[0][0]),
        len(pairs),
        path="/public/column/6601/",
        note="each item: 发布日期 2026-11-07, then 成文日期 and 发文字号",
    )


def cases() -> list[ListCase]:
    return [
        trs(),
        hanweb(),
        jiyue(),
        dedecms(),
        phpcms(),
        empirecms(),
        jeecms(),
        table_list(),
        dl_list(),
        wordpress(),
        drupal(),
        sharepoint(),
        taiwan(),
        pinned(),
        ascending(),
        url_dates(),
        zero_records(),
        no_info(),
        ajax(),
        soft404(),
        sidebar(),
        two_dates(),
        two_dates_inline(),
    ]
