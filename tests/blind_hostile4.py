"""Blind evaluation 4 of hostile and broken HTTP servers (protocol level).

Written before any scan and before reading the crawler's code or the project's
fixtures: the pages (two real-looking homepages and their column lists) and, per
case, the truth of what a scan must report. The server is a raw asyncio socket
server on 127.0.0.1 that reads the Host header and answers each case's host as a
broken or hostile server would; every path but the homepage of a case host is
served normally (column lists, articles, robots.txt 404), so depth ``full`` reads
the columns of the cases whose homepage gets through.

Clock: NOW is 2026-11-25 02:00 UTC (10:00 in Beijing).
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import struct
import time
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 25)
DOMAIN = "hostile4.test"

# The scan's settings the truth is written for (milliseconds, so the module is fast).
SCAN_TIMEOUT = 8.0          # seconds, one whole visit: parses of 34 sites share the loop (no truth is a timeout)
SCAN_RETRIES = 1
SCAN_BACKOFF = 0.05
MAX_RETRY_AFTER = 0.3
MAX_PAGE_BYTES = 400_000

HEALTHY_NOT = (
    "unreachable", "homepage_stale", "column_stale", "column_empty", "undated",
    "abandoned", "spam_content", "hidden_links", "placeholder_page",
    "default_server_page", "parked_domain", "offsite_redirect", "check_error",
    "slow", "http_error",
)


def d(days_ago: int) -> date:
    return TODAY - timedelta(days=days_ago)


# ---------------------------------------------------------------------------
# Template A: a Chinese county portal (TRS-style markup), ~60 KB.
# ---------------------------------------------------------------------------

NEWS_TITLES = [
    "县委常委会召开会议传达学习省委全会精神",
    "县长主持召开县政府第四十二次常务会议",
    "我县举行2026年冬季消防安全集中宣传活动",
    "全县安全生产暨森林防火工作会议召开",
    "县人大常委会开展优化营商环境专题调研",
    "清河县获评省级农产品质量安全县",
    "县领导督导检查重点项目建设推进情况",
    "我县召开秋冬季大气污染防治攻坚动员会",
    "县政协召开十届二十次常委会议",
    "全县根治欠薪冬季专项行动部署会召开",
    "我县开展“宪法宣传周”系列活动",
    "县委理论学习中心组举行集体学习",
    "全县冬春农田水利建设现场推进会召开",
    "清河县2026年第三季度重大项目集中开工",
    "县长带队赴长三角地区开展招商引资活动",
    "我县新增两家国家级高新技术企业",
]
DEPT_TITLES = [
    "县教育局组织开展中小学冬季校园安全大检查",
    "县卫健委开展流感疫苗接种进社区活动",
    "县市场监管局开展冬季食品安全专项检查",
    "县人社局举办2026年冬季就业援助月招聘会",
    "县交通运输局部署冬季道路交通安全工作",
    "县住建局开展城镇燃气安全隐患排查整治",
    "县农业农村局召开冬季动物防疫工作会议",
    "县民政局开展寒冬送温暖走访慰问活动",
    "县自然资源局开展耕地保护宣传月活动",
    "县应急管理局开展危化品企业专项执法检查",
]
TOWN_TITLES = [
    "城关镇召开村级换届工作推进会",
    "柳林镇开展冬季森林防火巡查",
    "马庄乡举办农民丰收节特色农产品展销",
    "河口镇扎实推进人居环境整治提升",
    "白沙乡开展“平安乡村”法治宣传活动",
    "新集镇组织开展冬季征兵体检工作",
    "石桥镇召开产业发展项目推进会",
    "杨店乡开展防范电信网络诈骗宣传",
]
NOTICE_TITLES = [
    "关于2026年度县级机关事业单位公开遴选工作人员拟聘用人员的公示",
    "关于开展2026年度统计执法检查的通知",
    "清河县人民政府关于2027年元旦放假安排的通知",
    "关于征集2027年县政府民生实事项目的公告",
    "关于公布全县第二批农村集体经营性建设用地入市地块的公告",
    "关于做好冬季燃煤取暖安全工作的通知",
    "关于2026年城乡居民基本医疗保险集中缴费的通告",
    "清河县自然资源局关于国有建设用地使用权挂牌出让的公告",
]
POLICY_TITLES = [
    "清河县人民政府办公室关于印发清河县优化营商环境若干措施的通知",
    "清河县人民政府关于印发清河县城镇老旧小区改造实施方案的通知",
    "清河县人民政府办公室关于进一步加强耕地保护的意见",
    "清河县人民政府关于印发清河县农村公路管理养护办法的通知",
    "清河县人民政府办公室关于印发清河县防汛应急预案的通知",
    "清河县人民政府关于调整城乡居民最低生活保障标准的通知",
]
READ_TITLES = [
    "一图读懂《清河县优化营商环境若干措施》",
    "《清河县城镇老旧小区改造实施方案》政策解读",
    "图解：清河县农村公路管理养护办法",
    "《关于进一步加强耕地保护的意见》解读",
    "解读《清河县防汛应急预案》",
]
PERSONNEL_TITLES = [
    "清河县人民政府关于王建国等同志职务任免的通知",
    "2026年清河县事业单位公开招聘工作人员拟聘用人员公示",
    "清河县人民政府关于李明等同志任职的通知",
    "2026年清河县公开招聘社区工作者公告",
]
PLANNING_TITLES = [
    "清河县2026年国民经济和社会发展计划",
    "清河县国土空间总体规划（2021—2035年）",
    "清河县“十四五”综合交通运输发展规划",
    "清河县2026年重点项目建设计划",
]
LETTER_TITLES = [
    "关于幸福小区冬季供暖不热的问题",
    "咨询2026年城乡居民医保缴费时间",
    "建议在城关二小门口增设红绿灯",
    "反映柳林镇某养殖场污染问题",
    "咨询新生儿落户办理流程",
    "关于县城公交线路调整的建议",
]


def _li_list(prefix: str, titles: list[str], start_days_ago: int, step: int,
             count: int, fmt: str = "span") -> tuple[str, date]:
    out = []
    newest = d(start_days_ago)
    for i in range(count):
        day = d(start_days_ago + i * step)
        title = titles[i % len(titles)]
        art = f"/{prefix}/{day:%Y%m}/t{day:%Y%m%d}_{4812001 + i * 37}.html"
        if fmt == "span":
            out.append(
                f'<li><a href="{art}" target="_blank" title="{title}">{title}</a>'
                f'<span class="date">{day:%Y-%m-%d}</span></li>'
            )
        else:
            out.append(
                f'<li><span class="fr">[{day:%Y-%m-%d}]</span>'
                f'<a href="{art}" target="_blank" title="{title}">{title}</a></li>'
            )
    return "\n".join(out), newest


NAV = [
    ("首页", "/"), ("走进清河", "/zjqh/"), ("政务公开", "/zwgk/"), ("政务服务", "/zwfw/"),
    ("互动交流", "/hdjl/"), ("专题专栏", "/ztzl/"), ("数据发布", "/sjfb/"),
]
SUBNAV = {
    "/zjqh/": ["清河概况", "历史沿革", "行政区划", "自然资源", "旅游景点", "清河名人"],
    "/zwgk/": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报",
               "依申请公开", "机构职能", "领导信息", "财政预决算", "重大建设项目", "公共资源配置"],
    "/zwfw/": ["个人办事", "法人办事", "部门服务", "便民服务", "办事指南", "好差评"],
    "/hdjl/": ["县长信箱", "留言选登", "在线访谈", "征集调查", "12345热线"],
    "/ztzl/": ["优化营商环境", "乡村振兴", "安全生产", "扫黑除恶", "创建文明城市"],
    "/sjfb/": ["统计数据", "统计公报", "数据解读"],
}


def _mega_menu() -> str:
    parts = ['<div class="nav"><ul class="nav-ul clearfix">']
    for name, href in NAV:
        parts.append(f'<li class="nav-li"><a href="{href}" class="nav-a">{name}</a>')
        subs = SUBNAV.get(href)
        if subs:
            parts.append('<div class="subnav" style="display:none"><dl>')
            for j, s in enumerate(subs):
                parts.append(f'<dd><a href="{href}{j + 1:02d}/">{s}</a></dd>')
            parts.append("</dl></div>")
        parts.append("</li>")
    parts.append("</ul></div>")
    return "\n".join(parts)


STYLE_A = """
*{margin:0;padding:0}body{font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f4f6f9}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}.clearfix:after{content:"";display:block;clear:both}
.w1200{width:1200px;margin:0 auto}.top{height:36px;background:#eee;border-bottom:1px solid #ddd}.top .fl{float:left}.top .fr{float:right}
.header{height:150px;background:url(/images/head_bg.jpg) no-repeat center top}.logo{float:left;margin-top:35px}
.search{float:right;margin-top:60px}.search input{width:220px;height:30px;border:1px solid #ccc;padding:0 8px}
.nav{height:50px;background:#1a5fb4}.nav-li{float:left;width:171px;text-align:center;position:relative}.nav-a{color:#fff;font-size:18px;line-height:50px}
.subnav{position:absolute;top:50px;left:0;width:171px;background:#fff;z-index:99;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.box{background:#fff;margin-top:15px;padding:15px}.box-hd{height:40px;border-bottom:2px solid #1a5fb4}.box-hd h3{float:left;font-size:18px;color:#1a5fb4}
.box-hd .more{float:right;font-size:13px;color:#999}.list li{height:36px;line-height:36px;border-bottom:1px dashed #e5e5e5;overflow:hidden}
.list li a{float:left;width:80%;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.list li span{float:right;color:#999}
.tab-hd li{float:left;padding:0 20px;cursor:pointer;font-size:18px}.tab-hd li.on{color:#fff;background:#1a5fb4}
.tab-bd .tab-panel{display:none}.tab-bd .tab-panel.on{display:block}
.footer{background:#1a5fb4;color:#fff;margin-top:20px;padding:20px 0;text-align:center;line-height:2}.footer a{color:#fff}
.banner{height:120px;margin-top:15px;background:#c00 url(/images/banner_2026.jpg)}
.slide{float:left;width:560px;height:380px;position:relative}.slide img{width:560px;height:380px}
.quick li{float:left;width:16.6%;text-align:center}.quick img{width:64px;height:64px}
"""


def _box(title: str, more: str, body: str, extra_class: str = "") -> str:
    return (
        f'<div class="box {extra_class}"><div class="box-hd clearfix"><h3>{title}</h3>'
        f'<a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div>'
        f'<div class="box-bd"><ul class="list">\n{body}\n</ul></div></div>'
    )


def county_home(site: str = "清河县人民政府") -> str:
    yw, _ = _li_list("xwzx/ywdt/art", NEWS_TITLES, 1, 1, 9)
    bm, _ = _li_list("xwzx/bmdt/art", DEPT_TITLES, 2, 2, 8)
    xz, _ = _li_list("xwzx/xzdt/art", TOWN_TITLES, 4, 2, 8)
    tz, _ = _li_list("zwgk/tzgg/art", NOTICE_TITLES, 5, 6, 8)
    zc, _ = _li_list("zwgk/zcwj/art", POLICY_TITLES, 26, 20, 6)
    jd, _ = _li_list("zwgk/zcjd/art", READ_TITLES, 13, 21, 5)
    rs, _ = _li_list("zwgk/rsxx/art", PERSONNEL_TITLES, 68, 40, 4)
    gh, _ = _li_list("zwgk/ghjh/art", PLANNING_TITLES, 260, 60, 4)
    letters = []
    for i, t in enumerate(LETTER_TITLES):
        day = d(6 + i * 9)
        letters.append(
            f'<tr><td class="t"><a href="/hdjl/lyxd/{day:%Y%m%d}_{i + 301}.html" target="_blank">{t}</a></td>'
            f'<td>{day:%Y-%m-%d}</td><td class="zt"><span class="yhf">已回复</span></td></tr>'
        )
    slides = "\n".join(
        f'<li><a href="/xwzx/ywdt/art/{d(1 + i):%Y%m}/t{d(1 + i):%Y%m%d}_{4812001 + i * 37}.html">'
        f'<img src="/images/slide/{i + 1}.jpg" alt="{NEWS_TITLES[i]}"></a><p>{NEWS_TITLES[i]}</p></li>'
        for i in range(5)
    )
    quick = "\n".join(
        f'<li><a href="/zwfw/{k}/"><img src="/images/ico/{k}.png" alt="{n}"><p>{n}</p></a></li>'
        for k, n in [("grbs", "个人办事"), ("frbs", "法人办事"), ("bmfw", "部门服务"),
                     ("bmfw2", "便民服务"), ("bszn", "办事指南"), ("hcp", "好差评")]
    )
    friends = "\n".join(
        f'<option value="http://www.{h}.gov.example/">{n}</option>'
        for h, n in [("prov", "省人民政府"), ("city", "市人民政府"), ("gov", "中国政府网"),
                     ("cityfgw", "市发展和改革委员会"), ("cityjyj", "市教育局"), ("citygaj", "市公安局")]
    )
    zt_links = "\n".join(
        f'<li><a href="/ztzl/{k}/"><img src="/images/zt/{k}.jpg" alt="{n}"></a></li>'
        for k, n in [("yshj", "优化营商环境"), ("xczx", "乡村振兴"), ("aqsc", "安全生产"), ("wmcs", "创建文明城市")]
    )
    zwgk_links = "\n".join(
        f'<li><a href="/zwgk/{j + 1:02d}/">{s}</a></li>' for j, s in enumerate(SUBNAV["/zwgk/"])
    )
    filler_script = "\n".join(
        f"  $('#tab{i} li').hover(function(){{ var n=$(this).index(); $(this).addClass('on').siblings().removeClass('on');"
        f" $('#tab{i}bd .tab-panel').eq(n).addClass('on').siblings().removeClass('on'); }});"
        for i in range(1, 5)
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="{site}">
<meta name="SiteDomain" content="www.qinghe.gov.example">
<meta name="SiteIDCode" content="1304260001">
<meta name="ColumnName" content="首页">
<meta name="keywords" content="清河县,人民政府,政务公开,政务服务">
<meta name="description" content="{site}门户网站">
<title>{site}</title>
<link rel="stylesheet" href="/css/common.css">
<style>{STYLE_A * 3}</style>
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/jquery.SuperSlide.2.1.3.js"></script>
</head>
<body>
<div class="top"><div class="w1200 clearfix">
  <div class="fl"><span id="today">今天是：2026年11月25日 星期三</span>
    <span class="weather">清河 晴 -2℃~9℃ 西北风3级</span></div>
  <div class="fr"><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> |
    <a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a> |
    <a href="/wza/" class="wza">无障碍浏览</a> | <a href="/yhzx/">用户中心</a> |
    <a href="http://www.qinghe.gov.example/mobile/">手机版</a></div>
</div></div>
<div class="header"><div class="w1200 clearfix">
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="{site}"></a></div>
  <div class="search"><form action="/search/" method="get" target="_blank">
    <input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>
    <p class="hot">热搜：<a href="/search/?q=医保">医保</a> <a href="/search/?q=社保">社保</a> <a href="/search/?q=招聘">招聘</a></p></div>
</div></div>
{_mega_menu()}
<div class="w1200">
<div class="banner"><a href="/ztzl/yshj/"><img src="/images/banner_2026.jpg" alt="学习贯彻党的二十届四中全会精神"></a></div>
<div class="row clearfix" style="margin-top:15px">
  <div class="slide" id="slideBox"><div class="bd"><ul>
{slides}
  </ul></div><div class="hd"><ul></ul></div></div>
  <div class="box news-tab" style="float:right;width:600px;margin-top:0">
    <div class="tab-hd clearfix" id="tab1"><ul>
      <li class="on"><a href="/xwzx/ywdt/">要闻动态</a></li>
      <li><a href="/xwzx/bmdt/">部门动态</a></li>
      <li><a href="/xwzx/xzdt/">乡镇动态</a></li></ul></div>
    <div class="tab-bd" id="tab1bd">
      <div class="tab-panel on"><ul class="list">
{yw}
      </ul><a class="more" href="/xwzx/ywdt/">更多&gt;&gt;</a></div>
      <div class="tab-panel"><ul class="list">
{bm}
      </ul><a class="more" href="/xwzx/bmdt/">更多&gt;&gt;</a></div>
      <div class="tab-panel"><ul class="list">
{xz}
      </ul><a class="more" href="/xwzx/xzdt/">更多&gt;&gt;</a></div>
    </div>
  </div>
</div>
<div class="row clearfix">
  <div style="float:left;width:590px">{_box("通知公告", "/zwgk/tzgg/", tz)}</div>
  <div style="float:right;width:590px">{_box("政策文件", "/zwgk/zcwj/", zc)}</div>
</div>
<div class="row clearfix">
  <div style="float:left;width:590px">{_box("政策解读", "/zwgk/zcjd/", jd)}</div>
  <div style="float:right;width:590px">{_box("人事信息", "/zwgk/rsxx/", rs)}</div>
</div>
<div class="row clearfix">
  <div style="float:left;width:590px">{_box("规划计划", "/zwgk/ghjh/", gh)}</div>
  <div style="float:right;width:590px" class="box zwgk-links"><div class="box-hd clearfix"><h3>政府信息公开</h3></div>
    <ul class="gk-links clearfix">
{zwgk_links}
    </ul></div>
</div>
<div class="box quick"><div class="box-hd clearfix"><h3>政务服务</h3><a class="more" href="/zwfw/">更多&gt;&gt;</a></div><ul class="clearfix">
{quick}
</ul></div>
<div class="box hdjl"><div class="box-hd clearfix"><h3>留言选登</h3><a class="more" href="/hdjl/lyxd/">更多&gt;&gt;</a></div>
  <table class="letters" width="100%"><tr><th>留言标题</th><th>留言时间</th><th>状态</th></tr>
{chr(10).join(letters)}
  </table>
  <div class="btns"><a href="/hdjl/xzxx/write.html">我要写信</a> <a href="/hdjl/xzxx/query.html">信件查询</a></div>
</div>
<div class="box ztzl"><div class="box-hd clearfix"><h3>专题专栏</h3><a class="more" href="/ztzl/">更多&gt;&gt;</a></div>
<ul class="clearfix">
{zt_links}
</ul></div>
<div class="box links"><span>友情链接：</span><select onchange="if(this.value)window.open(this.value)">
<option value="">--上级政府网站--</option>
{friends}
</select></div>
</div>
<div class="footer"><div class="w1200">
  <p><a href="/about/">关于本站</a> | <a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/hdjl/jc/">我要纠错</a></p>
  <p>主办单位：清河县人民政府办公室　承办单位：清河县大数据中心　联系电话：0319-8123456</p>
  <p>版权所有 © 2012-2026 {site}　<a href="https://beian.miit.gov.cn/" target="_blank">冀ICP备05012345号-1</a>
    <img src="/images/ga.png" alt="">冀公网安备 13052602000123号　网站标识码：1304260001</p>
  <p><a href="https://bszs.conac.cn/sitename?method=show&id=1A2B3C4D"><img src="/images/dzjg.png" alt="党政机关"></a>
     <a href="/jiucuo/"><img src="/images/jiucuo.png" alt="政府网站找错"></a></p>
</div></div>
<script>
$(function(){{
{filler_script}
  jQuery("#slideBox").slide({{mainCell:".bd ul",titCell:".hd ul",autoPage:true,effect:"fold",autoPlay:true,interTime:4000}});
}});
function SetHome(obj,url){{try{{obj.style.behavior='url(#default#homepage)';obj.setHomePage(url);}}catch(e){{alert('您的浏览器不支持，请手动设置');}}}}
function AddFavorite(){{try{{window.external.addFavorite(location.href,document.title);}}catch(e){{alert('请使用Ctrl+D收藏');}}}}
var _hmt = _hmt || [];
</script>
<script src="/js/visit.js?siteid=1304260001"></script>
</body>
</html>
"""
    return page


# Column list pages of template A: (path, heading, titles, newest days ago, step).
COUNTY_COLUMNS = {
    "/xwzx/ywdt/": ("要闻动态", NEWS_TITLES, 1, 1),
    "/xwzx/bmdt/": ("部门动态", DEPT_TITLES, 2, 2),
    "/xwzx/xzdt/": ("乡镇动态", TOWN_TITLES, 4, 2),
    "/zwgk/tzgg/": ("通知公告", NOTICE_TITLES, 5, 6),
    "/zwgk/zcwj/": ("政策文件", POLICY_TITLES, 26, 20),
    "/zwgk/zcjd/": ("政策解读", READ_TITLES, 13, 21),
    "/zwgk/rsxx/": ("人事信息", PERSONNEL_TITLES, 68, 40),
    "/zwgk/ghjh/": ("规划计划", PLANNING_TITLES, 260, 60),
}


def county_list_page(path: str) -> str:
    heading, titles, newest, step = COUNTY_COLUMNS[path]
    items, _ = _li_list(path.strip("/") + "/art", titles, newest, step, 20, fmt="bracket")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{heading}-清河县人民政府</title>
<link rel="stylesheet" href="/css/common.css"></head><body>
<div class="header"><a href="/"><img src="/images/logo.png" alt="清河县人民政府"></a></div>
{_mega_menu()}
<div class="w1200 clearfix"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{path}">{heading}</a></div>
<div class="left-nav"><h2>{heading}</h2></div>
<div class="list-box"><h3 class="lm-title">{heading}</h3><ul class="list">
{items}
</ul>
<div class="page"><script>createPageHTML(6, 0, "index", "html");</script></div></div></div>
<div class="footer">版权所有 © 2012-2026 清河县人民政府 冀ICP备05012345号-1</div></body></html>"""


def article_page(path: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>正文-清河县人民政府</title></head>
<body><div class="article"><h1>正文</h1><div class="info">来源：县政府办 发布时间：{d(3):%Y-%m-%d}</div>
<div class="content"><p>为深入贯彻落实县委、县政府工作部署，现将有关事项通知如下。</p></div></div></body></html>"""


# ---------------------------------------------------------------------------
# Template B: an English borough council homepage (Jadu/GOV.UK-ish markup), ~30 KB.
# ---------------------------------------------------------------------------

EN_NEWS = [
    "Winter gritting routes confirmed for 2026-27",
    "Council approves new play area at Millbrook Park",
    "Christmas bin collection changes announced",
    "Residents invited to help shape the new Local Plan",
    "Free flu vaccinations available at community hubs",
    "High Street regeneration works enter final phase",
    "Millbrook Library extends weekend opening hours",
    "Council tax support scheme: have your say",
]
EN_NOTICES = [
    "Temporary road closure: Station Road (Traffic Regulation Order)",
    "Notice of public rights of way diversion order",
    "Notice of election of parish councillor for Upper Millbrook",
    "Licensing Act 2003: application for premises licence",
    "Notice of conclusion of audit 2025/26",
]


def council_home(site: str = "Millbrook Borough Council") -> str:
    news = "\n".join(
        f'<li class="news-item"><a href="/news/article/{4400 + i}/{t.lower().replace(" ", "-").replace(":", "")}">'
        f'<h3>{t}</h3></a><p class="news-date">{d(1 + i * 2):%-d %B %Y}</p>'
        f'<p class="news-summary">The council has published an update on {t.lower()}.</p></li>'
        for i, t in enumerate(EN_NEWS)
    )
    notices = "\n".join(
        f'<li><a href="/public-notices/{5100 + i}">{t}</a> <span class="date">{d(7 + i * 12):%-d %B %Y}</span></li>'
        for i, t in enumerate(EN_NOTICES)
    )
    services = "\n".join(
        f'<li class="service"><a href="/{k}"><span class="icon icon-{k}"></span>{n}</a></li>'
        for k, n in [("bins-and-recycling", "Bins and recycling"), ("council-tax", "Council tax"),
                     ("planning", "Planning and building control"), ("parking", "Parking"),
                     ("housing", "Housing"), ("benefits", "Benefits"), ("schools", "Schools and education"),
                     ("roads", "Roads and transport"), ("jobs", "Jobs and careers"), ("report-it", "Report it")]
    )
    megamenu = "\n".join(
        f'<li><a href="/{k}">{n}</a><ul class="sub">' +
        "".join(f'<li><a href="/{k}/{j}">{n} topic {j}</a></li>' for j in range(1, 9)) + "</ul></li>"
        for k, n in [("a-z", "A to Z"), ("business", "Business"), ("community", "Community and living"),
                     ("environment", "Environment"), ("leisure", "Leisure and culture"), ("your-council", "Your council")]
    )
    css = ".site-header{background:#00467f;color:#fff}.service{display:inline-block;width:20%}" * 40
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{site}</title>
<meta name="description" content="The official website of {site}">
<link rel="stylesheet" href="/site/styles/main.css?v=20261102">
<style>{css}</style>
<script async src="/site/scripts/cookie-consent.js"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on {site}">
  <p>We use some essential cookies to make this website work. We updated our cookie policy on 12 November 2026.</p>
  <button>Accept additional cookies</button> <button>Reject additional cookies</button> <a href="/cookies">View cookies</a>
</div>
<header class="site-header"><div class="container">
  <a href="/" class="logo"><img src="/site/images/logo.svg" alt="{site} logo"></a>
  <form class="search" action="/search" method="get"><label for="q">Search</label><input id="q" name="q"><button>Search</button></form>
  <nav class="megamenu" aria-label="Main"><ul>
{megamenu}
  </ul></nav>
</div></header>
<main id="main"><div class="container">
<section class="hero"><h1>Welcome to {site}</h1><p>Find information and services for residents, visitors and businesses.</p></section>
<section class="services"><h2>Popular services</h2><ul>
{services}
</ul></section>
<section class="news"><h2>Latest news</h2><ul class="news-list">
{news}
</ul><a class="more" href="/news">More news</a></section>
<section class="notices"><h2>Public notices</h2><ul>
{notices}
</ul><a class="more" href="/public-notices">All public notices</a></section>
<section class="promo"><h2>Have your say</h2><p>Our consultation on the draft budget runs until 6 January 2027.</p>
<a href="/consultations/budget-2027">Respond to the budget consultation</a></section>
</div></main>
<footer class="site-footer"><div class="container">
<ul class="footer-links"><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li>
<li><a href="/cookies">Cookies</a></li><li><a href="/contact-us">Contact us</a></li><li><a href="/foi">Freedom of information</a></li></ul>
<p>Millbrook Borough Council, Civic Centre, Station Road, Millbrook MB1 1AA. Telephone 01234 567890.</p>
<p>&copy; {site} 2026</p>
</div></footer>
<script src="/site/scripts/main.js?v=20261102"></script>
</body>
</html>
"""


def council_list_page(path: str) -> str:
    if path == "/news":
        items = "\n".join(
            f'<li><a href="/news/article/{4400 + i}">{EN_NEWS[i % len(EN_NEWS)]}</a>'
            f'<p class="date">{d(1 + i * 2):%-d %B %Y}</p></li>' for i in range(20)
        )
        heading = "News"
    else:
        items = "\n".join(
            f'<li><a href="/public-notices/{5100 + i}">{EN_NOTICES[i % len(EN_NOTICES)]}</a>'
            f'<span class="date">{d(7 + i * 12):%-d %B %Y}</span></li>' for i in range(15)
        )
        heading = "Public notices"
    return f"""<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{heading} | Millbrook Borough Council</title></head>
<body><header><a href="/">Millbrook Borough Council</a></header><main><h1>{heading}</h1><ul class="list">
{items}
</ul></main><footer>&copy; Millbrook Borough Council 2026</footer></body></html>"""


# ---------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ColumnTruth:
    name: str
    type: str
    newest: date | None
    empty: bool = False


COUNTY_COLUMN_TRUTH = (
    ColumnTruth("要闻动态", "news", d(1)),
    ColumnTruth("部门动态", "news", d(2)),
    ColumnTruth("乡镇动态", "news", d(4)),
    ColumnTruth("通知公告", "notice", d(5)),
    ColumnTruth("政策文件", "policy", d(26)),
    ColumnTruth("政策解读", "policy", d(13)),
    ColumnTruth("人事信息", "personnel", d(68)),
    ColumnTruth("规划计划", "planning", d(260)),
)
COUNCIL_COLUMN_TRUTH = (
    ColumnTruth("Latest news", "news", d(1)),
    ColumnTruth("Public notices", "notice", d(7)),
)


@dataclass(frozen=True)
class Case:
    case: str                       # host label: http://<case>.hostile4.test/
    what: str                       # the server's behaviour
    status: str                     # expected status at both depths
    passed: bool
    error_kind: str | None
    must: tuple[str, ...] = ()      # finding codes that must appear
    must_not: tuple[str, ...] = ()  # finding codes that must not appear
    template: str = "county"        # which page the case serves (county, council, none)
    title: str | None = None        # the title the scan must record (decoded right)
    last_updated: date | None = None  # home depth: the newest date on the homepage
    columns: tuple[ColumnTruth, ...] = ()  # full depth: columns that must be found as typed
    redirects: int | None = None    # length of the redirect chain
    final_host: str | None = None
    encoding_in: tuple[str, ...] = ()  # the record's encoding is one of these
    max_bytes: int | None = None    # the body read is cut at this
    min_attempts: int | None = None
    why: str = ""


COUNTY_TITLE = "清河县人民政府"
COUNCIL_TITLE = "Millbrook Borough Council"


def healthy(case: str, what: str, *, template: str = "county", why: str = "", **kw: object) -> Case:
    base: dict[str, object] = {
        "status": "healthy", "passed": True, "error_kind": None,
        "must_not": HEALTHY_NOT, "template": template,
        "title": COUNTY_TITLE if template == "county" else COUNCIL_TITLE,
        "last_updated": d(1),
        "columns": COUNTY_COLUMN_TRUTH if template == "county" else COUNCIL_COLUMN_TRUTH,
    }
    base.update(kw)
    return Case(case, what, why=why, **base)  # type: ignore[arg-type]


CASES: tuple[Case, ...] = (
    healthy("control-zh", "a plain 200 with Content-Length: the county portal"),
    healthy("control-en", "a plain 200, chunked: the borough council", template="council"),
    healthy(
        "endless-chunk",
        "200, Transfer-Encoding: chunked, the portal's head then an endless stream of fresh news items, "
        "8 KB chunks as fast as the socket takes them, never a last chunk",
        error_kind="too_large", must=("too_large",), max_bytes=MAX_PAGE_BYTES + 65_536,
        columns=(), title="清河县人民政府",
        why="the body is cut at max_page_bytes and its first part analysed (README: too_large); "
            "its items are fresh, so the site is healthy with the too_large deduction",
    ),
    healthy("chunk-ext", "chunked with chunk extensions (`;ieof`, `;name=\"v\"`) and a trailer field",
            why="chunk extensions and trailers are valid HTTP/1.1 (RFC 9112 7.1.1, 7.1.2)"),
    healthy("cl-te-both", "Content-Length: 120 and Transfer-Encoding: chunked together, the chunked body complete",
            why="RFC 9112 6.3: Transfer-Encoding overrides Content-Length; browsers show the page"),
    healthy("gzip-double", "Content-Encoding: gzip, gzip (the page gzipped twice)",
            why="README: stacked codings are undone"),
    healthy("deflate-raw", "Content-Encoding: deflate as raw deflate without the zlib header (old IIS)",
            why="README: deflate, zlib or raw"),
    healthy("gzip-truncated", "Content-Encoding: gzip, the stream cut short (no CRC/size trailer, last part of "
            "the footer missing), Content-Length matches what is sent",
            why="browsers render what inflates (Chromium tolerates a missing gzip footer); the dated lists "
                "are all in the part that arrives"),
    healthy("gzip-padded", "Content-Encoding: gzip, a complete member followed by 600 NUL bytes of padding",
            why="trailing garbage after the gzip member is ignored by browsers"),
    healthy("ce-bogus", "Content-Encoding: UTF-8 on a plain HTML body (a misconfigured PHP header)",
            why="browsers ignore a content coding they do not know and show the body; it is plain HTML"),
    healthy("utf16-bom", "text/html without charset, the body UTF-16LE with a BOM (a page saved as 'Unicode' "
            "in Windows Notepad/FrontPage)", encoding_in=("utf-16", "utf-16le", "utf_16", "utf_16_le"),
            why="the BOM decides the encoding (WHATWG encoding sniffing)"),
    healthy("bom-over-header", "Content-Type: text/html; charset=gbk but the body is UTF-8 with a BOM",
            encoding_in=("utf-8", "utf-8-sig", "utf_8", "utf_8_sig"),
            why="WHATWG: a BOM overrides the HTTP charset"),
    healthy("utf8-lie", "Content-Type: text/html; charset=utf-8 (nginx `charset utf-8;`) but the page is "
            "GB18030 with <meta charset=gb2312>", encoding_in=("gb18030", "gbk", "gb2312"),
            why="the body is not valid UTF-8 in its first bytes of Chinese; a checker that reads it as "
                "UTF-8 cannot type a single heading; the page's own meta names the real charset"),
    Case("png-type", "200 Content-Type: image/png with the portal's HTML as body",
         status="zombie", passed=False, error_kind=None, must=("placeholder_page",),
         must_not=("unreachable", "spam_content", "hidden_links"),
         why="a browser shows a broken image, not the portal: no web page (README placeholder_page: an image)"),
    Case("pdf-as-html", "200 Content-Type: text/html, the body is a PDF document (binary, compressed streams)",
         status="zombie", passed=False, error_kind=None, must=("placeholder_page",),
         must_not=("unreachable", "spam_content", "hidden_links", "check_error"), template="none",
         why="a PDF is no web page (README placeholder_page: a PDF) whatever header it comes with"),
    healthy("no-location", "HTTP/1.1 302 Found without a Location header, the portal's HTML as body",
            why="browsers render the body of a 3xx that names no target; visitors see the portal"),
    Case("status-204", "204 No Content on the homepage",
         status="zombie", passed=False, error_kind=None, must=("placeholder_page",),
         must_not=("unreachable",), template="none", why="README: a 204 with no body is a blank page"),
    healthy("answer-first", "the server (a listener of its own: every path) writes its whole answer the "
            "moment the connection opens, before reading the request, then reads the request and closes",
            columns=(),
            why="a complete, valid answer arrives; the client has nothing to wait for"),
    healthy("hosts9", "a 301 chain through 9 different hosts of the same domain ending in 200",
            redirects=9, final_host=f"www-final.{DOMAIN}",
            why="9 redirects are within max_redirects (10); same registrable domain, so no offsite_redirect"),
    Case("reset-after-headers", "headers with Content-Length: 60000, 2,000 bytes of body, then a TCP reset",
         status="unreachable", passed=False, error_kind="connect", must=("unreachable",),
         must_not=("placeholder_page",), template="none", min_attempts=SCAN_RETRIES + 1,
         why="README connect: reset, or cut off mid-body; retried"),
    healthy("cookie-wall", "without a cookie: 302 to the same URL with Set-Cookie wzws_cid=...; with it: the portal "
            "(a WAF's cookie check without any script)",
            why="a browser stores the cookie and gets the page on the second request"),
    healthy("503-retry-date", "first visit: 503 with Retry-After as an HTTP-date two hours ahead; the next: 200",
            min_attempts=2,
            why="the wait is cut to max_retry_after, the retry gets the page"),
    healthy("slow-within", "the portal sent in 6 parts 60 ms apart (about 0.35 s in all, inside the visit's time limit)",
            why="a visit that completes within its timeout is fine, however it trickles"),
)

CASE_BY_NAME = {c.case: c for c in CASES}


def host(case: str) -> str:
    return f"{case}.{DOMAIN}"


# ---------------------------------------------------------------------------
# The server
# ---------------------------------------------------------------------------

def _fake_pdf() -> bytes:
    stream = zlib.compress(bytes((i * 7919) % 251 for i in range(30_000)))
    parts = [
        b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n",
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n",
        b"4 0 obj\n<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n",
        stream,
        b"\nendstream\nendobj\n",
        b"5 0 obj\n<< /Title (\xfe\xff\x6e\x05\x6c\xb3\x53\xbf) /CreationDate (D:20261120093000+08'00') >>\nendobj\n",
        b"xref\n0 6\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /Info 5 0 R /Size 6 >>\nstartxref\n0\n%%EOF\n",
    ]
    return b"".join(parts)


def _http_date(when: datetime) -> str:
    return format_datetime(when.astimezone(UTC), usegmt=True)


def _head(status: str, headers: list[tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _chunk(data: bytes, ext: str = "") -> bytes:
    return f"{len(data):x}{ext}\r\n".encode() + data + b"\r\n"


@dataclass
class HostileServer:
    """Raw-socket HTTP server on 127.0.0.1 for every case host."""

    port: int = 0
    server: asyncio.base_events.Server | None = None
    hits: dict[str, int] = field(default_factory=dict)
    endless_sent: int = 0

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    async def _read_request(self, reader: asyncio.StreamReader) -> tuple[str, str, dict[str, str]] | None:
        try:
            raw = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ConnectionError):
            return None
        lines = raw.decode("latin-1").split("\r\n")
        method, target = lines[0].split(" ")[:2]
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip()
        return method, target, headers

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            req = await self._read_request(reader)
            if req is None:
                return
            method, target, headers = req
            hostname = headers.get("host", "").split(":")[0].lower()
            case = hostname[: -len(DOMAIN) - 1] if hostname.endswith("." + DOMAIN) else hostname
            path = target.split("?")[0]
            if path == "/News.aspx":
                path = "/News.aspx?" + target.split("?", 1)[-1]
            if target.startswith("http://"):
                path = "/" + target.split("/", 3)[3] if target.count("/") >= 3 else "/"
            key = f"{case}{path}"
            self.hits[key] = self.hits.get(key, 0) + 1
            await self._answer(case, path, method, headers, writer)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _plain(self, writer: asyncio.StreamWriter, body: bytes, ctype: str = "text/html; charset=utf-8",
                     status: str = "200 OK", extra: list[tuple[str, str]] | None = None,
                     method: str = "GET") -> None:
        hdrs = [("Server", "nginx/1.20.1"), ("Content-Type", ctype), ("Content-Length", str(len(body))),
                ("Connection", "close")] + (extra or [])
        writer.write(_head(status, hdrs) + (b"" if method == "HEAD" else body))
        await writer.drain()

    def _page(self, case: str) -> bytes:
        c = CASE_BY_NAME.get(case)
        if c is not None and c.template == "council":
            return council_home().encode("utf-8")
        return county_home().encode("utf-8")

    async def _answer(self, case: str, path: str, method: str, headers: dict[str, str],
                      writer: asyncio.StreamWriter) -> None:
        if path == "/robots.txt":
            await self._plain(writer, b"<html><body>404 Not Found</body></html>", status="404 Not Found")
            return
        if path != "/" or (case not in CASE_BY_NAME and not case.startswith("hop") and case != "www-final"):
            await self._normal(case, path, method, writer)
            return
        if case.startswith("hop") or case == "hosts9":
            n = 0 if case == "hosts9" else int(case[3:])
            nxt = f"hop{n + 1}.{DOMAIN}" if n < 8 else f"www-final.{DOMAIN}"
            await self._plain(writer, b"<html><body>Moved</body></html>", status="301 Moved Permanently",
                              extra=[("Location", f"http://{nxt}/")], method=method)
            return
        if case == "www-final":
            await self._plain(writer, self._page("hosts9"), method=method)
            return
        handler = getattr(self, "_case_" + case.replace("-", "_"), None)
        if handler is None:
            await self._plain(writer, self._page(case), method=method)
        else:
            await handler(writer, method, headers)

    async def _normal(self, case: str, path: str, method: str, writer: asyncio.StreamWriter) -> None:
        c = CASE_BY_NAME.get(case)
        if path in ("/portal/index.html", "/Index.html"):
            await self._plain(writer, self._page(case), method=method)
            return
        if c is not None and c.template == "big5" and path.startswith("/News.aspx"):
            await self._plain(writer, tw_list_page(path).encode("big5"), ctype="text/html", method=method)
            return
        if c is not None and c.template == "council":
            if path in ("/news", "/public-notices"):
                await self._plain(writer, council_list_page(path).encode(), method=method)
                return
        elif path in COUNTY_COLUMNS:
            await self._plain(writer, county_list_page(path).encode(), method=method)
            return
        if path.endswith((".png", ".jpg", ".svg", ".gif")):
            await self._plain(writer, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, ctype="image/png", method=method)
            return
        if path.endswith((".css", ".js")):
            await self._plain(writer, b"/* */", ctype="text/css", method=method)
            return
        await self._plain(writer, article_page(path).encode(), method=method)

    # -- the cases ---------------------------------------------------------

    async def _case_control_en(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        body = self._page("control-en")
        writer.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                      ("Transfer-Encoding", "chunked"), ("Connection", "close")]))
        for i in range(0, len(body), 4096):
            writer.write(_chunk(body[i:i + 4096]))
        writer.write(b"0\r\n\r\n")
        await writer.drain()

    async def _case_endless_chunk(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        page = county_home()
        cut = page.index("{yw}") if "{yw}" in page else page.index('<ul class="list">') + len('<ul class="list">')
        head = page[:cut].encode()
        writer.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                      ("Transfer-Encoding", "chunked"), ("Connection", "close")]))
        writer.write(_chunk(head))
        i = 0
        started = time.monotonic()
        while time.monotonic() - started < 20:
            block = []
            for _ in range(60):
                day = d(1 + (i % 10))
                block.append(f'<li><a href="/xwzx/ywdt/art/{day:%Y%m}/t{day:%Y%m%d}_{i}.html">'
                             f'{NEWS_TITLES[i % len(NEWS_TITLES)]}</a><span class="date">{day:%Y-%m-%d}</span></li>\n')
                i += 1
            data = "".join(block).encode()
            writer.write(_chunk(data))
            self.endless_sent += len(data)
            await writer.drain()
            await asyncio.sleep(0)

    async def _case_chunk_ext(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        body = self._page("chunk-ext")
        writer.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                      ("Transfer-Encoding", "chunked"), ("Trailer", "X-Content-Checksum"),
                                      ("Connection", "close")]))
        for n, i in enumerate(range(0, len(body), 5000)):
            writer.write(_chunk(body[i:i + 5000], ";ieof" if n % 2 else ';name="part"'))
        writer.write(b"0\r\nX-Content-Checksum: 8e1f0a\r\n\r\n")
        await writer.drain()

    async def _case_cl_te_both(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        body = self._page("cl-te-both")
        writer.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "120"),
                                      ("Transfer-Encoding", "chunked"), ("Connection", "close")]))
        for i in range(0, len(body), 8192):
            writer.write(_chunk(body[i:i + 8192]))
        writer.write(b"0\r\n\r\n")
        await writer.drain()

    async def _case_gzip_double(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        body = gzip.compress(gzip.compress(self._page("gzip-double")))
        await self._plain(writer, body, extra=[("Content-Encoding", "gzip, gzip"), ("Vary", "Accept-Encoding")])

    async def _case_deflate_raw(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        body = co.compress(self._page("deflate-raw")) + co.flush()
        await self._plain(writer, body, extra=[("Content-Encoding", "deflate")])

    async def _case_gzip_truncated(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        full = gzip.compress(self._page("gzip-truncated"))
        body = full[: int(len(full) * 0.93)]
        await self._plain(writer, body, extra=[("Content-Encoding", "gzip")])

    async def _case_gzip_padded(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        body = gzip.compress(self._page("gzip-padded")) + b"\0" * 600
        await self._plain(writer, body, extra=[("Content-Encoding", "gzip")])

    async def _case_ce_bogus(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        await self._plain(writer, self._page("ce-bogus"), extra=[("Content-Encoding", "UTF-8")])

    async def _case_utf16_bom(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        text = county_home().replace('content="text/html; charset=utf-8"', 'content="text/html; charset=unicode"')
        body = b"\xff\xfe" + text.encode("utf-16-le")
        await self._plain(writer, body, ctype="text/html")

    async def _case_bom_over_header(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        body = b"\xef\xbb\xbf" + self._page("bom-over-header")
        await self._plain(writer, body, ctype="text/html; charset=gbk")

    async def _case_utf8_lie(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        text = county_home().replace('content="text/html; charset=utf-8"', 'content="text/html; charset=gb2312"')
        body = text.encode("gb18030")
        await self._plain(writer, body, ctype="text/html; charset=utf-8")

    async def _case_png_type(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        await self._plain(writer, self._page("png-type"), ctype="image/png")

    async def _case_pdf_as_html(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        await self._plain(writer, _fake_pdf(), ctype="text/html")

    async def _case_no_location(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        await self._plain(writer, self._page("no-location"), status="302 Found")

    async def _case_status_204(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        writer.write(_head("204 No Content", [("Server", "nginx"), ("Connection", "close")]))
        await writer.drain()

    async def _case_reset_after_headers(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        body = self._page("reset-after-headers")
        writer.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "60000")]))
        writer.write(body[:2000])
        await writer.drain()
        await asyncio.sleep(0.02)
        sock = writer.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()

    async def _case_cookie_wall(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        if "wzws_cid=4f2a9c81d7e3" in h.get("cookie", ""):
            await self._plain(writer, self._page("cookie-wall"), method=method)
            return
        await self._plain(writer, b"", status="302 Found", method=method, extra=[
            ("Set-Cookie", "wzws_cid=4f2a9c81d7e3; path=/; HttpOnly"),
            ("Location", "/"),
        ])

    async def _case_503_retry_date(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        if self.hits.get("503-retry-date/", 0) <= 1:
            when = datetime.now(UTC) + timedelta(hours=2)
            await self._plain(writer, b"<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>",
                              status="503 Service Unavailable", extra=[("Retry-After", _http_date(when))])
            return
        await self._plain(writer, self._page("503-retry-date"), method=method)

    async def _case_slow_within(self, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
        body = self._page("slow-within")
        writer.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                      ("Content-Length", str(len(body))), ("Connection", "close")]))
        step = len(body) // 6 + 1
        for i in range(0, len(body), step):
            writer.write(body[i:i + step])
            await writer.drain()
            await asyncio.sleep(0.06)


class AnswerFirstServer:
    """A second listener for answer-first: it writes the answer before reading anything."""

    def __init__(self) -> None:
        self.port = 0
        self.server: asyncio.base_events.Server | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            body = county_home().encode()
            writer.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                          ("Content-Length", str(len(body))), ("Connection", "close")]) + body)
            await writer.drain()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 1)
        except ConnectionError:
            pass
        finally:
            writer.close()


# ---------------------------------------------------------------------------
# Batch 2 (written after batch 1's scan, before any scan of these cases)
# ---------------------------------------------------------------------------

TW_NEWS = [
    "本所辦理115年度冬令救濟金發放作業", "鄉長主持115年第4季鄉務會議", "本鄉舉辦社區長青食堂成果發表會",
    "秋冬季登革熱防治孳生源清除活動", "本鄉道路養護工程已完成驗收", "115年度全民國防教育宣導活動",
    "鄉立托嬰中心招收新生公告", "本鄉辦理反詐騙宣導講座",
]
TW_NOTICES = [
    "公告本鄉115年度低收入戶及中低收入戶總清查", "本所徵求臨時人員甄選簡章", "公告本鄉第二公墓遷葬作業",
    "公告115年度房屋稅開徵", "本鄉辦理災害防救演練公告",
]


def township_home_big5() -> str:
    def roc(day: date) -> str:
        return f"{day.year - 1911}-{day:%m-%d}"

    news = "\n".join(
        f'<tr><td class="title"><a href="/News_Content.aspx?n=1234&s={88000 + i}">{t}</a></td>'
        f'<td class="date">{roc(d(1 + i * 3))}</td><td>民政課</td></tr>'
        for i, t in enumerate(TW_NEWS * 2)
    )
    notices = "\n".join(
        f'<tr><td class="title"><a href="/News_Content.aspx?n=2345&s={99000 + i}">{t}</a></td>'
        f'<td class="date">{roc(d(6 + i * 9))}</td><td>秘書室</td></tr>'
        for i, t in enumerate(TW_NOTICES * 2)
    )
    menu = "\n".join(
        f'<li><a href="/cp.aspx?n={100 + i}">{n}</a></li>'
        for i, n in enumerate(["本所簡介", "鄉長介紹", "組織架構", "為民服務", "便民專區", "觀光旅遊",
                               "政府資訊公開", "法規查詢", "檔案下載", "意見信箱", "常見問答", "網站導覽"])
    )
    css = ".menu li{float:left;padding:0 12px}.tb td{border-bottom:1px dotted #ccc;padding:4px}" * 60
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<title>大林鄉公所全球資訊網</title>
<style>{css}</style>
<script src="/Scripts/jquery-3.6.0.min.js"></script>
</head>
<body>
<a href="#C" class="acc" title="跳到主要內容區塊">跳到主要內容區塊</a>
<div class="header"><a href="/Default.aspx"><img src="/images/logo.png" alt="大林鄉公所"></a>
<a href="/sitemap.aspx" accesskey="U">:::</a> <a href="/Default.aspx">回首頁</a> | <a href="/en/">English</a></div>
<ul class="menu">
{menu}
</ul>
<div id="C" class="main">
<div class="box"><h2>最新消息</h2><table class="tb"><tr><th>標題</th><th>發布日期</th><th>發布單位</th></tr>
{news}
</table><a class="more" href="/News.aspx?n=1234">更多最新消息</a></div>
<div class="box"><h2>公告事項</h2><table class="tb"><tr><th>標題</th><th>發布日期</th><th>發布單位</th></tr>
{notices}
</table><a class="more" href="/News.aspx?n=2345">更多公告事項</a></div>
</div>
<div class="footer"><p>大林鄉公所 地址：62241嘉義縣大林鄉中山路100號 電話：05-2651111</p>
<p>服務時間：週一至週五 08:00~12:00 13:30~17:30</p><p>Copyright &copy; 2026 大林鄉公所 All Rights Reserved.</p></div>
</body></html>
"""


def late_meta_gbk() -> bytes:
    page = county_home()
    page = page.replace('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n', "")
    comment = "<!-- " + "TRS WCM 7.0 模板 生成时间 2026-11-24 18:30 站点 1304260001 " * 60 + "-->\n"
    page = page.replace("<head>\n", "<head>\n" + comment + '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n', 1)
    return page.replace("©", "&copy;").encode("gbk")


def xhtml_home() -> bytes:
    page = county_home().replace("<!DOCTYPE html>\n<html lang=\"zh-CN\">",
                                 '<?xml version="1.0" encoding="utf-8"?>\n'
                                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                                 '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN">')
    return page.encode("utf-8")


TW_TITLE = "大林鄉公所全球資訊網"


def tw_list_page(path: str) -> str:
    def roc(day: date) -> str:
        return f"{day.year - 1911}-{day:%m-%d}"

    news = "n=1234" in path
    titles, first, step, n = (TW_NEWS, 1, 3, 1234) if news else (TW_NOTICES, 6, 9, 2345)
    heading = "最新消息" if news else "公告事項"
    rows = "\n".join(
        f'<tr><td>{i + 1}</td><td class="title"><a href="/News_Content.aspx?n={n}&s={88000 + i}">'
        f'{titles[i % len(titles)]}</a></td><td>{roc(d(first + i * step))}</td></tr>'
        for i in range(15)
    )
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><title>{heading}-大林鄉公所全球資訊網</title></head>
<body><div class="header"><a href="/Default.aspx">大林鄉公所</a></div><div id="C"><h2>{heading}</h2>
<table class="tb"><tr><th>序號</th><th>標題</th><th>發布日期</th></tr>
{rows}
</table><div class="page">共15筆資料 第1頁/共1頁</div></div>
<div class="footer">Copyright &copy; 2026 大林鄉公所</div></body></html>"""

CASES2: tuple[Case, ...] = (
    healthy("early-hints", "103 Early Hints (two Link preload fields) before the 200",
            why="RFC 8297: an interim answer; browsers wait for the final one"),
    healthy("refresh-header", "200 with an HTTP `Refresh: 0; url=/portal/index.html` header and an empty "
            "<body>; /portal/index.html is the portal",
            final_host=None, columns=(),
            why="browsers follow a Refresh header as they follow a meta refresh; the empty body is only a hop"),
    Case("octet-stream", "200 Content-Type: application/octet-stream with the portal's HTML",
         status="zombie", passed=False, error_kind=None, must=("placeholder_page",),
         must_not=("unreachable", "spam_content", "hidden_links"),
         why="browsers download such a body (it is not sniffed as HTML): visitors get no web page"),
    healthy("no-content-type", "200 without any Content-Type header, the portal's HTML (UTF-8, meta charset)",
            why="browsers sniff it as HTML"),
    healthy("xhtml", "200 application/xhtml+xml; charset=utf-8, the portal as XHTML 1.0 with an XML prolog",
            why="an XHTML document is a web page"),
    Case("big5-nocharset", "a Taiwanese township office's homepage in Big5, no charset in the header nor in the page",
         status="healthy", passed=True, error_kind=None, must_not=HEALTHY_NOT, template="big5",
         title=TW_TITLE, last_updated=d(1), encoding_in=("big5", "big5hkscs", "cp950", "big5-hkscs"),
         columns=(ColumnTruth("最新消息", "news", d(1)), ColumnTruth("公告事項", "notice", d(6))),
         why="README: Big5 pages without an HTTP charset come out right; ROC dates (115-11-24) are read"),
    healthy("late-meta-gbk", "no HTTP charset; GBK body whose <meta charset=gbk> comes after 3 KB of template "
            "comment (past a browser's 1024-byte prescan)", encoding_in=("gbk", "gb18030", "gb2312"),
            why="detection must still read it as GBK"),
    healthy("upper-location", "301 Location: HTTP://UPPER-LOCATION.HOSTILE4.TEST:80/Index.html (IIS style: "
            "upper-case scheme and host, the default port written out)", redirects=1,
            final_host="upper-location.hostile4.test",
            why="scheme and host are case-insensitive and :80 is the default port: the same site, followed"),
    Case("cookie-loop", "302 to the same URL with a new Set-Cookie each time, never a page",
         status="unreachable", passed=False, error_kind="redirect_loop", must=("unreachable",),
         must_not=("placeholder_page",), template="none",
         why="README: a redirect loop; browsers give ERR_TOO_MANY_REDIRECTS"),
    healthy("extra-bytes", "Content-Length: the page's length, then 5 KB more (a PHP warning and a second "
            "response) before the close", why="the message ends at Content-Length; what follows is not the page"),
    healthy("bare-lf", "the status line and the header fields end in a bare LF (an embedded server)",
            why="RFC 9112 2.2: a recipient MAY take a bare LF as a line end; browsers do"),
)


CASE_BY_NAME.update({c.case: c for c in CASES2})
ALL_CASES: tuple[Case, ...] = CASES + CASES2


async def _case_early_hints(self: HostileServer, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
    writer.write(b"HTTP/1.1 103 Early Hints\r\nLink: </css/common.css>; rel=preload; as=style\r\n"
                 b"Link: </js/jquery-1.12.4.min.js>; rel=preload; as=script\r\n\r\n")
    await writer.drain()
    await asyncio.sleep(0.02)
    await self._plain(writer, self._page("early-hints"), method=method)


async def _case_refresh_header(self: HostileServer, writer: asyncio.StreamWriter, method: str,
                               h: dict[str, str]) -> None:
    await self._plain(writer, b"<html><head></head><body></body></html>", method=method,
                      extra=[("Refresh", "0; url=/portal/index.html")])


async def _case_octet_stream(self: HostileServer, writer: asyncio.StreamWriter, method: str,
                             h: dict[str, str]) -> None:
    await self._plain(writer, self._page("octet-stream"), ctype="application/octet-stream", method=method)


async def _case_no_content_type(self: HostileServer, writer: asyncio.StreamWriter, method: str,
                                h: dict[str, str]) -> None:
    body = self._page("no-content-type")
    writer.write(_head("200 OK", [("Server", "Microsoft-IIS/7.5"), ("Content-Length", str(len(body))),
                                  ("Connection", "close")]) + body)
    await writer.drain()


async def _case_xhtml(self: HostileServer, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
    await self._plain(writer, xhtml_home(), ctype="application/xhtml+xml; charset=utf-8", method=method)


async def _case_big5_nocharset(self: HostileServer, writer: asyncio.StreamWriter, method: str,
                               h: dict[str, str]) -> None:
    await self._plain(writer, township_home_big5().encode("big5"), ctype="text/html", method=method)


async def _case_late_meta_gbk(self: HostileServer, writer: asyncio.StreamWriter, method: str,
                              h: dict[str, str]) -> None:
    await self._plain(writer, late_meta_gbk(), ctype="text/html", method=method)


async def _case_upper_location(self: HostileServer, writer: asyncio.StreamWriter, method: str,
                               h: dict[str, str]) -> None:
    await self._plain(writer, b"<html><body>Object moved</body></html>", status="301 Moved Permanently",
                      method=method, extra=[("Location", "HTTP://UPPER-LOCATION.HOSTILE4.TEST:80/Index.html")])


async def _case_cookie_loop(self: HostileServer, writer: asyncio.StreamWriter, method: str,
                            h: dict[str, str]) -> None:
    n = self.hits.get("cookie-loop/", 0)
    await self._plain(writer, b"", status="302 Found", method=method,
                      extra=[("Set-Cookie", f"wzws_cid=c{n:06d}; path=/"), ("Location", "/")])


async def _case_extra_bytes(self: HostileServer, writer: asyncio.StreamWriter, method: str,
                            h: dict[str, str]) -> None:
    body = self._page("extra-bytes")
    junk = (b"<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent in "
            b"<b>/www/web/index.php</b> on line <b>12</b><br />\n" * 40
            + b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>casino</html>" * 20)
    writer.write(_head("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body))),
                                  ("Connection", "close")]) + body + junk)
    await writer.drain()


async def _case_bare_lf(self: HostileServer, writer: asyncio.StreamWriter, method: str, h: dict[str, str]) -> None:
    body = self._page("bare-lf")
    head = (f"HTTP/1.1 200 OK\nServer: GoAhead-Webs\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Length: {len(body)}\nConnection: close\n\n").encode()
    writer.write(head + body)
    await writer.drain()


for _name, _fn in list(globals().items()):
    if _name.startswith("_case_") and callable(_fn):
        setattr(HostileServer, _name, _fn)
