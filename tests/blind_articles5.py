"""Blind evaluation (articles5): 40 single article pages, the truth written before any scan.

Each page is what a column link leads to: one article, with its site's chrome (headers,
mega menus, breadcrumbs, share bars, sidebars of other articles, footers with ICP and
copyright years, scripts). The truth is the article's publication date (or None when the
page does not give one), as an inspector reading the page would settle it.

15 simplified Chinese government pages, 10 traditional Chinese (Taiwan, Hong Kong, Macau)
pages and 15 English pages. NOW is 2026-11-26 (a Thursday).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

NOW = dt.date(2026, 11, 26)


@dataclass(frozen=True)
class Article:
    name: str
    url: str
    html: str
    truth: dt.date | None
    note: str


# ---------------------------------------------------------------- shared text pools

ZH_PARAS = [
    "为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，进一步提升政务服务效能，"
    "市政府办公室近日组织召开专题会议，研究部署下一阶段重点工作。会议强调，各地各部门要"
    "坚持以人民为中心的发展思想，聚焦企业和群众办事的难点堵点，持续推进“一网通办”“一件事一次办”改革。",
    "会议指出，今年以来，全市上下认真落实各项决策部署，统筹推进稳增长、促改革、调结构、惠民生、"
    "防风险各项工作，经济运行总体平稳、稳中有进。全市地区生产总值同比增长5.6%，规模以上工业增加值"
    "增长7.1%，固定资产投资增长4.8%，社会消费品零售总额增长6.3%。",
    "会议要求，要进一步压实工作责任，细化任务分工，建立工作台账，实行清单化管理、项目化推进，确保各项"
    "任务按时保质完成。要加强督促检查，对工作推进不力、进展滞后的，及时通报、督促整改。",
    "下一步，我市将以更大力度推进政务服务标准化、规范化、便利化，不断提升企业和群众的获得感、幸福感、"
    "安全感，为全市经济社会高质量发展提供有力支撑。",
    "活动现场，工作人员通过发放宣传资料、现场讲解、答疑解惑等方式，向过往群众普及相关法律法规和安全知识，"
    "引导群众增强自我防范意识。本次活动共发放宣传资料2000余份，接受群众咨询300余人次。",
    "据悉，该项目总投资约12.6亿元，占地面积约180亩，建成后预计年产值可达20亿元，新增就业岗位800余个，"
    "将有效带动上下游产业链协同发展。",
    "各乡镇（街道）、县直各部门要高度重视，严格按照时间节点要求，认真组织开展自查自纠工作，"
    "对发现的问题建立台账，逐项整改到位，并将整改情况形成书面材料按时报送。",
]

TW_PARAS = [
    "行政院今（20）日召開院會，院長聽取相關部會報告後表示，政府將持續推動各項經濟與民生政策，"
    "穩定物價並照顧弱勢族群，請各部會加強橫向聯繫，確保各項措施及時落實，讓民眾有感。",
    "本府為提升市民生活品質，持續推動公共運輸及人行環境改善計畫，今年度已完成人行道改善約12公里，"
    "並新增無障礙設施120處，未來將持續滾動檢討，打造友善安全的通行環境。",
    "為落實資訊公開，相關資料已置於本部全球資訊網，歡迎各界下載參考。如有任何疑問，"
    "請洽本部服務專線（02）2345-6789，將有專人為您服務。",
    "衞生署提醒市民，應保持良好個人及環境衞生，出現發燒或呼吸道感染徵狀時，應佩戴口罩並及早求醫。"
    "長者及長期病患者應盡早接種季節性流感疫苗。",
    "政府發言人表示，特區政府一直密切留意有關情況，並會繼續與相關機構保持緊密聯繫，"
    "適時採取適當措施，保障市民的健康和安全。",
]

EN_PARAS = [
    "The council voted 7-2 on Tuesday night to approve the revised plan, which sets aside "
    "funding for road resurfacing, a new pedestrian crossing near the primary school and "
    "upgrades to the stormwater network that flooded twice last winter.",
    "\"This is a plan that reflects what residents told us during the consultation,\" the mayor "
    "said after the vote. \"People asked for safer streets and a drainage system that can cope "
    "with the storms we now see every year, and that is what this budget delivers.\"",
    "Opponents argued the increase in property taxes, about 3.4 percent for a typical household, "
    "came at the wrong time for families already dealing with higher energy and food costs. "
    "Two members proposed deferring the crossing to the next financial year.",
    "The department said it would publish a detailed schedule of works in the coming weeks and "
    "would write to every affected household before construction begins. Temporary traffic "
    "management will be in place on the main corridor during the works.",
    "Officials encouraged anyone with questions to contact the customer service centre by phone "
    "or online. Translated versions of the fact sheet are available in 12 languages, and large "
    "print and audio formats can be requested free of charge.",
    "The program, first piloted in three regions, will now be expanded statewide. An independent "
    "evaluation found that participants were 18 percent more likely to be in employment a year "
    "after completing the course than a comparison group.",
    "Researchers cautioned that the findings were preliminary and that further work would be needed "
    "to understand the long-term effects, but said the early results were encouraging.",
]


def _zh_body(k: int, n: int = 5) -> str:
    return "\n".join(
        f'<p style="text-indent:2em;">{ZH_PARAS[(k + i) % len(ZH_PARAS)]}</p>' for i in range(n)
    )


def _tw_body(k: int, n: int = 4) -> str:
    return "\n".join(f"<p>{TW_PARAS[(k + i) % len(TW_PARAS)]}</p>" for i in range(n))


def _en_body(k: int, n: int = 6) -> str:
    return "\n".join(f"<p>{EN_PARAS[(k + i) % len(EN_PARAS)]}</p>" for i in range(n))


ZH_NAV = [
    ("首页", "/"), ("政务公开", "/zwgk/"), ("政务服务", "/zwfw/"), ("互动交流", "/hdjl/"),
    ("走进本市", "/zjbs/"), ("专题专栏", "/ztzl/"), ("数据开放", "/sjkf/"),
]
ZH_SUB = [
    "政府文件", "政策解读", "人事信息", "规划计划", "财政预决算", "统计信息", "应急管理",
    "重大项目", "公共资源交易", "双随机一公开", "建议提案办理", "政府采购", "审计信息",
    "食品药品安全", "环境保护", "安全生产", "价格收费", "就业创业", "社会救助", "教育信息",
]


def _zh_mega_menu() -> str:
    cols = []
    for i, (name, href) in enumerate(ZH_NAV[1:]):
        subs = "".join(
            f'<li><a href="{href}{j:02d}/" target="_blank">{ZH_SUB[(i * 3 + j) % len(ZH_SUB)]}</a></li>'
            for j in range(8)
        )
        cols.append(
            f'<li class="nav-item"><a href="{href}" class="nav-a">{name}</a>'
            f'<div class="sub-nav"><ul class="clearfix">{subs}</ul></div></li>'
        )
    return (
        '<div class="nav"><ul class="nav-list w1200 clearfix"><li class="nav-item on"><a href="/">首页</a></li>'
        + "".join(cols)
        + "</ul></div>"
    )


def _zh_head(title: str, site: str, metas: str = "", today_line: bool = True) -> str:
    today = (
        '<div class="today">今天是：2026年11月26日 星期四</div>' if today_line else
        '<div class="today"><script>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></div>'
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="{site}">
<meta name="SiteDomain" content="www.example.gov.cn">
<meta name="SiteIDCode" content="3301000001">
{metas}
<title>{title}_{site}</title>
<link rel="stylesheet" href="/images/common.css?v=20250318">
<link rel="stylesheet" href="/images/article.css?v=20250318">
<script src="/js/jquery-1.11.3.min.js"></script>
<script src="/js/common.js"></script>
<style>.w1200{{width:1200px;margin:0 auto}} .sub-nav{{display:none}} .nav-item:hover .sub-nav{{display:block}}</style>
</head>
<body>
<div class="top-bar"><div class="w1200 clearfix">
{today}
<div class="top-links"><a href="javascript:void(0)" id="wza">无障碍浏览</a> | <a href="/yhzc/">长者模式</a> |
<a href="http://www.example.gov.cn/english/">English</a> | <a href="/wzdt/">网站地图</a> | <a href="javascript:AddFavorite();">加入收藏</a></div>
</div></div>
<div class="header"><div class="w1200 clearfix">
<a class="logo" href="/"><img src="/images/logo.png" alt="{site}"></a>
<div class="search"><form action="/search/search.jsp" method="get" target="_blank">
<input type="text" name="q" placeholder="请输入关键字" class="s-input"><input type="submit" value="搜索" class="s-btn">
</form><div class="hot-words">热搜词：<a href="/search/?q=社保">社保</a><a href="/search/?q=公积金">公积金</a><a href="/search/?q=落户">落户</a><a href="/search/?q=招聘">招聘</a></div></div>
</div></div>
{_zh_mega_menu()}
"""


def _zh_foot(site: str, year: int = 2026, print_js: bool = True) -> str:
    pr = (
        '<div class="print-bar"><a href="javascript:window.print()">【打印本页】</a>'
        '<a href="javascript:window.close()">【关闭窗口】</a>'
        '<span class="print-date"><script>var t=new Date();document.write("打印日期："+t.getFullYear()+"-"+(t.getMonth()+1)+"-"+t.getDate());</script></span></div>'
        if print_js else ""
    )
    links = "".join(
        f'<option value="http://www.{c}.gov.cn/">{n}</option>'
        for c, n in [("gov", "中国政府网"), ("zj", "浙江省人民政府"), ("hz", "杭州市人民政府"), ("nb", "宁波市人民政府"), ("wz", "温州市人民政府")]
    )
    return f"""{pr}
<div class="links w1200"><span>相关网站：</span>
<select onchange="if(this.value)window.open(this.value)"><option value="">国家部委网站</option>{links}</select>
<select onchange="if(this.value)window.open(this.value)"><option value="">省级政府网站</option>{links}</select>
<select onchange="if(this.value)window.open(this.value)"><option value="">市县政府网站</option>{links}</select>
</div>
<div class="footer"><div class="w1200 clearfix">
<div class="f-logo"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60429571/CA330000000604295710001.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
<div class="f-text">
<p><a href="/gywm/">关于我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/yssm/">隐私声明</a></p>
<p>主办单位：{site}办公室　承办单位：市大数据发展管理局　联系电话：0571-87050000</p>
<p>版权所有 © 2008-{year} {site}　网站标识码：3301000001</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05003333号-1</a>　<img src="/images/ga.png"><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010202000001">浙公网安备 33010202000001号</a></p>
<p>建议使用1920*1080分辨率，IE10以上版本浏览器</p>
</div>
<div class="f-jiucuo"><script id="_jiucuo_" sitecode='3301000001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>
</div></div>
<script>
var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?abcdef0123456789";
var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
$(function(){{ $(".nav-item").hover(function(){{$(this).addClass("hover")}},function(){{$(this).removeClass("hover")}}); }});
</script>
</body>
</html>
"""


def _zh_crumb(*parts: str) -> str:
    links = " &gt; ".join(f'<a href="/{i}/">{p}</a>' for i, p in enumerate(parts))
    return f'<div class="crumb w1200">当前位置：<a href="/">首页</a> &gt; {links}</div>'


def _zh_share() -> str:
    return (
        '<div class="share clearfix"><span>分享到：</span><a class="wx" href="javascript:;">微信</a>'
        '<a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>'
    )


def _zh_fontsize() -> str:
    return (
        '<span class="font-size">【字体：<a href="javascript:doZoom(18)">大</a> '
        '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
    )


def _zh_side_list(title: str, items: list[tuple[str, str]], cls: str = "side-box") -> str:
    lis = "".join(
        f'<li><a href="/art/{d.replace("-", "/")}/art_{i}.html" title="{t}">{t}</a><span>{d}</span></li>'
        for i, (t, d) in enumerate(items, 100)
    )
    return f'<div class="{cls}"><div class="side-title">{title}</div><ul>{lis}</ul></div>'


# ---------------------------------------------------------------- simplified Chinese

def zh01() -> Article:
    site = "临江市人民政府"
    metas = (
        '<meta name="ArticleTitle" content="临江市召开优化营商环境工作推进会">\n'
        '<meta name="PubDate" content="2026-11-20 09:31">\n'
        '<meta name="ContentSource" content="市政府办公室">\n'
        '<meta name="ColumnName" content="政务要闻">\n<meta name="ColumnType" content="政务要闻">\n'
        '<meta name="Keywords" content="营商环境,推进会">'
    )
    related = _zh_side_list("相关链接", [
        ("临江市2026年第三季度营商环境评价结果通报", "2026-11-24"),
        ("关于进一步优化政务服务提升行政效能的实施意见", "2026-11-23"),
        ("市政务服务中心“周末不打烊”服务正式启动", "2026-11-25"),
    ], "related")
    html = _zh_head("临江市召开优化营商环境工作推进会", site, metas) + f"""
{_zh_crumb("新闻中心", "政务要闻")}
<div class="main w1200 clearfix"><div class="article">
<h1 class="art-title">临江市召开优化营商环境工作推进会</h1>
<div class="art-info">发布时间：2026-11-20 09:31　　信息来源：市政府办公室　　浏览次数：<span id="hits"><script>getHits('5812345')</script></span>　{_zh_fontsize()}</div>
<div class="art-con" id="zoom">
{_zh_body(0, 6)}
</div>
{_zh_share()}
{related}
</div></div>
""" + _zh_foot(site)
    return Article("zh01", "http://www.linjiang.gov.cn/art/2026/11/20/art_1229_5812345.html", html,
                   dt.date(2026, 11, 20), "PubDate meta + info line; 相关链接 newer")


def zh02() -> Article:
    site = "新华网"
    metas = (
        '<meta name="firstpublishedtime" content="2026-11-18-16:05:32">\n'
        '<meta name="lastmodifiedtime" content="2026-11-25-10:12:07">\n'
        '<meta name="contentid" content="20261118a1b2c3">\n'
        '<meta name="source" content="新华社">\n<meta name="author" content="">\n'
        '<meta name="subjectid" content="1108">'
    )
    html = _zh_head("国务院常务会议部署推动冬季清洁取暖工作", site, metas, today_line=False) + f"""
<div class="header-cont w1200"><div class="head-line clearfix">
<h1><span class="title">国务院常务会议部署推动冬季清洁取暖工作</span></h1>
<div class="header-time left"><span class="day"><span class="year"><em> 2026</em></span>/11/18</span><span class="time"> 16:05:32</span></div>
<div class="source">来源：新华社</div>
<div class="head-tools"><span class="size">【字号 <a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span><a class="print" href="javascript:window.print()">打印</a></div>
</div></div>
<div class="main w1200 clearfix"><div id="detail">
{_zh_body(1, 7)}
<p class="editor">【责任编辑:李明】</p>
</div>
<div class="page-bottom"><div class="bot-title">相关新闻</div>
<ul><li><a href="/politics/2026-11/24/c_1129876543.htm">冬季供暖季首周全国供暖运行平稳</a><span>2026-11-24</span></li>
<li><a href="/politics/2026-11/25/c_1129876601.htm">多地迎来今冬首场降雪 交通部门全力保畅</a><span>2026-11-25</span></li></ul></div>
</div>
""" + _zh_foot(site, print_js=False)
    return Article("zh02", "http://www.news.example.cn/politics/2026-11/18/c_1129871234.htm", html,
                   dt.date(2026, 11, 18), "firstpublishedtime meta (dash-colon format); lastmodified later")


def zh03() -> Article:
    site = "江北区人民政府"
    html = _zh_head("江北区2026年度冬春火灾防控工作方案", site) + f"""
{_zh_crumb("政务公开", "应急管理")}
<div class="main w1200 clearfix"><div class="article">
<!--<publishtime>2026-11-19 10:12:00</publishtime>-->
<!--<title>江北区2026年度冬春火灾防控工作方案</title>-->
<div class="title">江北区2026年度冬春火灾防控工作方案</div>
<div class="property"><span>发布日期：<span class="date">2026-11-19</span></span><span>来源：区应急管理局</span><span>作者：</span>
<span>阅读次数：<script language="javascript" src="/counter.jsp?id=88123"></script></span></div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{_zh_body(2, 5)}
<p style="text-indent:2em;">本方案自印发之日起施行，实施期限至2027年3月31日。</p>
</div></div>
</div></div>
""" + _zh_foot(site)
    return Article("zh03", "http://www.jiangbei.gov.cn/col/col1532/art/2026/art_88123.html", html,
                   dt.date(2026, 11, 19), "TRS publishtime comment + span; 今天是 header; print footer JS")


def zh04() -> Article:
    site = "青山县人民政府"
    html = _zh_head("关于开展2026年度农村集体经济组织财务审计工作的通知", site) + f"""
{_zh_crumb("政务公开", "通知公告")}
<div class="main w1200 clearfix"><div class="article">
<h2 class="art-tit">关于开展2026年度农村集体经济组织财务审计工作的通知</h2>
<div class="art-attr"><span class="fbrq">发布日期：2026-11-20</span><span class="ly">来源：县农业农村局</span><span class="llcs">浏览次数：326</span></div>
<div class="art-content">
<p>各乡镇人民政府、街道办事处，县直有关单位：</p>
{_zh_body(3, 4)}
<p style="text-indent:2em;">请各乡镇（街道）于2026年12月15日前将审计工作报告报送县农业农村局。</p>
<p style="text-indent:2em;">联系人：王某某，电话：0571-82345678。</p>
<p style="text-align:right;">青山县农业农村局</p>
<p style="text-align:right;">2026年11月10日</p>
</div>
</div></div>
""" + _zh_foot(site)
    return Article("zh04", "http://www.qingshan.gov.cn/zwgk/tzgg/202611/t20261120_4567891.html", html,
                   dt.date(2026, 11, 20), "落款 2026-11-10 differs from 发布日期 2026-11-20; deadline in body")


def zh05() -> Article:
    site = "南湖区人力资源和社会保障局"
    att = "".join(
        f'<li><a href="/module/download/downfile.jsp?classid=0&filename={n}.docx">{i}.{t}（{d}）.docx</a></li>'
        for i, (n, t, d) in enumerate([
            ("f1", "2026年度职业技能提升补贴申报表", "2026-10-08"),
            ("f2", "补贴资金汇总表", "2026-09-30"),
            ("f3", "承诺书模板", "2026-03-15"),
        ], 1)
    )
    html = _zh_head("关于申报2026年度职业技能提升补贴的公告", site) + f"""
{_zh_crumb("通知公告")}
<div class="main w1200 clearfix"><div class="article">
<h1>关于申报2026年度职业技能提升补贴的公告</h1>
<div class="info"><span>日期：2026-11-17</span> <span>来源：就业促进科</span> {_zh_fontsize()}</div>
<div class="content">
{_zh_body(4, 3)}
<p style="text-indent:2em;">一、申报对象：2026年1月1日至2026年9月30日期间取得职业资格证书或职业技能等级证书的参保职工。</p>
<p style="text-indent:2em;">二、申报时间：2026年11月18日至2026年12月31日。</p>
{_zh_body(5, 2)}
</div>
<div class="attach"><p>附件：</p><ul>{att}</ul></div>
</div></div>
""" + _zh_foot(site)
    return Article("zh05", "http://rsj.nanhu.gov.cn/tzgg/20261117/i3456789.html", html,
                   dt.date(2026, 11, 17), "日期： in span; attachments with older dates; body periods")


def zh06() -> Article:
    site = "东阳市财政局"
    table = """<table class="xxgk-table" cellpadding="0" cellspacing="0">
<tr><td class="t1">索 引 号：</td><td>11330783002609543K/2026-128765</td><td class="t1">主题分类：</td><td>财政、金融、审计\\财政</td></tr>
<tr><td class="t1">发布机构：</td><td>东阳市财政局</td><td class="t1">成文日期：</td><td>2026-11-05</td></tr>
<tr><td class="t1">文　　号：</td><td>东财预〔2026〕45号</td><td class="t1">发布日期：</td><td>2026-11-12</td></tr>
<tr><td class="t1">名　　称：</td><td colspan="3">关于下达2026年第二批省级专项转移支付资金的通知</td></tr>
<tr><td class="t1">有 效 性：</td><td colspan="3">有效</td></tr>
</table>"""
    html = _zh_head("关于下达2026年第二批省级专项转移支付资金的通知", site) + f"""
{_zh_crumb("政府信息公开", "财政资金")}
<div class="main w1200 clearfix"><div class="xxgk-article">
{table}
<h1 class="doc-title">关于下达2026年第二批省级专项转移支付资金的通知</h1>
<div class="doc-no">东财预〔2026〕45号</div>
<div class="doc-body">
<p>各镇乡（街道）财政所，市级有关部门：</p>
{_zh_body(6, 4)}
<p style="text-align:right;">东阳市财政局</p>
<p style="text-align:right;">2026年11月5日</p>
</div>
</div></div>
""" + _zh_foot(site)
    return Article("zh06", "http://czj.dongyang.gov.cn/art/2026/11/12/art_1229412345_59012345.html", html,
                   dt.date(2026, 11, 12), "信息公开 table: 成文日期 11-05 vs 发布日期 11-12")


def zh07() -> Article:
    site = "松阳县人民政府"
    related = _zh_side_list("相关链接", [
        ("松阳县召开秋冬季森林防火工作会议", "2026-11-23"),
        ("全县开展森林防火隐患排查整治", "2026-11-25"),
    ], "xglj")
    hot = _zh_side_list("热点排行", [
        ("关于2026年度县级机关公开遴选公务员的公告", "2026-11-24"),
        ("松阳县2026年冬季征兵工作启动", "2026-11-21"),
        ("2026年第四季度城乡低保标准调整", "2026-11-22"),
    ], "hot-rank")
    html = _zh_head("县领导带队检查森林防火工作", site) + f"""
{_zh_crumb("新闻中心", "部门动态")}
<div class="main w1200 clearfix"><div class="left-con">
<h1 class="con-title">县领导带队检查森林防火工作</h1>
<div class="con-info">
<span class="fbrq">发布时间： 2026-11-16 15:20</span>
<span>来源：县林业局</span>
<span>访问量：<script>document.write(visitCount)</script></span>
</div>
<div class="con-text">{_zh_body(0, 5)}</div>
{related}
<div class="prev-next"><p>上一篇：<a href="/art/2026/11/15/art_1229_778.html">全县秋冬季森林防火宣传月活动启动</a></p>
<p>下一篇：<a href="/art/2026/11/17/art_1229_780.html">县林业局开展护林员业务培训</a></p></div>
</div>
<div class="right-con">{hot}</div></div>
""" + _zh_foot(site)
    return Article("zh07", "http://www.songyang.gov.cn/art/2026/11/16/art_1229_779.html", html,
                   dt.date(2026, 11, 16), "Hanweb URL + info line; related and hot-rank newer")


def zh08() -> Article:
    site = "中国政府网"
    html = _zh_head("国务院办公厅关于进一步做好基层减负工作的通知", site, '<meta name="lanmu" content="国务院文件">', today_line=False) + f"""
<div class="main w1200 clearfix"><div class="article oneColumn pub_border">
<h1>国务院办公厅关于进一步做好基层减负工作的通知</h1>
<div class="pages-date">2026-11-13 08:00<span class="font">来源： 中国政府网</span>
<span class="font index_switchsize">【字体：<span onclick="changeSize(18)">大</span><span onclick="changeSize(16)">中</span><span onclick="changeSize(14)">小</span>】</span>
<span class="font"><a href="javascript:void(0)" onclick="window.print()">打印</a></span></div>
<div class="pages_content" id="UCAP-CONTENT">
<p style="text-align:center;">国办发〔2026〕38号</p>
<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
{_zh_body(2, 6)}
<p style="text-align:right;">国务院办公厅</p>
<p style="text-align:right;">2026年11月8日</p>
<p>（此件公开发布）</p>
</div>
<div class="editor">【我要纠错】 责任编辑：王某</div>
</div></div>
""" + _zh_foot(site, print_js=False)
    return Article("zh08", "https://www.gov.example.cn/zhengce/content/202611/content_6912345.htm", html,
                   dt.date(2026, 11, 13), "gov.cn pages-date; 落款 11-08 earlier")


def zh09() -> Article:
    site = "北塘镇人民政府"
    hot = _zh_side_list("热点信息", [
        ("北塘镇召开2026年冬季安全生产工作会议", "2026.11.24"),
        ("北塘镇开展消防安全大检查", "2026.11.23"),
        ("北塘镇组织开展文明城市创建志愿服务", "2026.11.25"),
    ], "rdxx")
    html = _zh_head("北塘镇举办2026年农民丰收节庆祝活动", site) + f"""
{_zh_crumb("乡镇动态")}
<div class="main w1200 clearfix"><div class="lf">
<div class="nr-title">北塘镇举办2026年农民丰收节庆祝活动</div>
<div class="nr-info">发布时间：2026.11.09　　来源：党政办　　点击数：1024</div>
<div class="nr-con">{_zh_body(4, 4)}</div>
</div><div class="rt">{hot}</div></div>
""" + _zh_foot(site)
    return Article("zh09", "http://www.beitang.gov.cn/news/show.asp?id=2345", html,
                   dt.date(2026, 11, 9), "dotted date; 热点信息 sidebar newer")


def zh10() -> Article:
    site = "西城区教育局"
    html = _zh_head("关于举办第十届中小学生科技创新大赛的通知", site) + f"""
{_zh_crumb("通知公告")}
<div class="main w1200 clearfix"><div class="article">
<h1>关于举办第十届中小学生科技创新大赛的通知</h1>
<div class="info">发布时间：2026/11/21 10:30:00　发布者：基教科　阅读：<span id="readcount">87</span></div>
<div class="content">
<p>各中小学：</p>
{_zh_body(5, 3)}
<p style="text-indent:2em;">大赛定于2026年11月28日（星期六）上午9:00在区青少年活动中心举行，请各校于11月25日前完成网上报名。</p>
{_zh_body(6, 2)}
</div></div></div>
""" + _zh_foot(site)
    return Article("zh10", "http://jyj.xicheng.gov.cn/info/1012/34567.htm", html,
                   dt.date(2026, 11, 21), "slashed date+time; future event date in body")


def zh11() -> Article:
    site = "金华市住房和城乡建设局"
    metas = '<meta name="PubDate" content="2026-11-08 10:00">\n<meta name="ContentSource" content="市住建局">'
    html = _zh_head("市住建局开展建筑施工安全生产专项检查", site, metas) + f"""
{_zh_crumb("工作动态")}
<div class="main w1200 clearfix"><div class="article">
<h1>市住建局开展建筑施工安全生产专项检查</h1>
<div class="info"><script>
var pubdate = "2026-11-08 10:00:00";
document.write("发布时间：" + pubdate.substring(0, 10));
</script>　来源：市住建局</div>
<div class="content">{_zh_body(3, 5)}</div>
</div></div>
""" + _zh_foot(site)
    return Article("zh11", "http://zjj.jinhua.gov.cn/art/2026/11/8/art_1229_3456.html", html,
                   dt.date(2026, 11, 8), "visible date written by script; PubDate meta")


def zh12() -> Article:
    site = "安平县市场监督管理局"
    html = _zh_head("关于2026年第三季度食品安全监督抽检情况的通报", site) + f"""
{_zh_crumb("食品安全")}
<div class="main w1200 clearfix"><div class="article">
<h1>关于2026年第三季度食品安全监督抽检情况的通报</h1>
<div class="info"><span>日期：2026-11-03</span><span>来源：食品安全科</span></div>
<div class="content">
<p style="text-indent:2em;">2026年10月12日至10月20日，我局对全县餐饮单位、食品销售单位开展了食品安全监督抽检。</p>
<p style="text-indent:2em;">截至2026年10月25日，共抽检样品326批次，合格318批次，不合格8批次。</p>
{_zh_body(1, 4)}
</div>
<div class="prev-next"><p>上一篇：<a href="/spaq/2345.html">县市场监管局开展冬季食品安全宣传活动</a></p>
<p>下一篇：<a href="/spaq/2347.html">关于开展校园周边食品安全专项整治的通知</a></p></div>
</div></div>
""" + _zh_foot(site)
    return Article("zh12", "http://scjg.anping.gov.cn/spaq/2346.html", html,
                   dt.date(2026, 11, 3), "body dates of the inspection period")


def zh13() -> Article:
    site = "丽水市人民政府"
    related = _zh_side_list("相关文件", [
        ("丽水市城市生活垃圾分类管理办法", "2026-10-28"),
    ], "xgwj")
    more = _zh_side_list("相关解读", [
        ("图解：丽水市城市生活垃圾分类管理办法", "2026-11-02"),
        ("市城管局负责人就生活垃圾分类答记者问", "2026-11-05"),
    ], "xgjd")
    html = _zh_head("《丽水市城市生活垃圾分类管理办法》政策解读", site) + f"""
{_zh_crumb("政务公开", "政策解读")}
<div class="main w1200 clearfix"><div class="article">
<h1>《丽水市城市生活垃圾分类管理办法》政策解读</h1>
<div class="info"><span>发布时间：2026-10-30</span><span>信息来源：市综合行政执法局</span>{_zh_fontsize()}</div>
<div class="content">
<p style="text-indent:2em;">一、起草背景</p>
{_zh_body(0, 3)}
<p style="text-indent:2em;">二、施行时间：《办法》自2026年12月1日起施行。</p>
{_zh_body(2, 2)}
</div>
{related}{more}
</div></div>
""" + _zh_foot(site)
    return Article("zh13", "http://www.lishui.gov.cn/art/2026/10/30/art_1229_7788.html", html,
                   dt.date(2026, 10, 30), "future 施行 date; related newer")


def zh14() -> Article:
    site = "桐庐县人民政府"
    html = _zh_head("桐庐县人民政府办公室关于公布2026年度县级行政许可事项清单的通知", site) + f"""
{_zh_crumb("政务公开", "政府文件")}
<div class="main w1200 clearfix"><div class="article">
<h1>桐庐县人民政府办公室关于公布2026年度县级行政许可事项清单的通知</h1>
<div class="info"><span>来源：县政府办公室</span> {_zh_fontsize()}</div>
<div class="content">
<p style="text-align:center;">桐政办发〔2026〕61号</p>
<p>各乡镇人民政府、街道办事处，县政府各部门、各直属单位：</p>
{_zh_body(6, 4)}
<p style="text-align:right;">桐庐县人民政府办公室</p>
<p style="text-align:right;">2026年11月6日</p>
</div></div></div>
""" + _zh_foot(site)
    return Article("zh14", "http://www.tonglu.gov.cn/zwgk/zfwj/show-88990.html", html,
                   dt.date(2026, 11, 6), "no publish line; only the 落款 date")


def zh15() -> Article:
    site = "人民网"
    metas = '<meta name="publishdate" content="2026-11-22">\n<meta name="source" content="来源：人民网-人民日报">'
    comments = "".join(
        f'<div class="cmt"><span class="user">网友{n}</span><span class="t">{d}</span><p>{c}</p></div>'
        for n, d, c in [
            ("江南", "2026-11-25 21:10", "点赞！希望早日落地。"),
            ("老张", "2026-11-24 08:32", "政策很好，关键在落实。"),
        ]
    )
    html = _zh_head("多部门联合出台措施促进农村消费", site, metas, today_line=False) + f"""
<div class="main w1200 clearfix"><div class="col-1">
<h1>多部门联合出台措施促进农村消费</h1>
<div class="col-1-1"><div class="box01"><span class="h-time">2026-11-22 07:45:12</span> 来源：<a href="http://paper.people.example.cn/">人民网－人民日报</a></div></div>
<div class="rm_txt_con">{_zh_body(5, 6)}</div>
<div class="edit">(责编：赵某、刘某)</div>
<div class="comment"><h3>网友评论</h3>{comments}</div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="/n1/2026/1124/c1001-40123456.html">县域商业体系建设取得积极进展</a> 2026年11月24日</li>
<li><a href="/n1/2026/1125/c1001-40123999.html">“双十二”促消费活动陆续启动</a> 2026年11月25日</li></ul></div>
</div></div>
""" + _zh_foot(site, print_js=False)
    return Article("zh15", "http://finance.people.example.cn/n1/2026/1122/c1004-40121234.html", html,
                   dt.date(2026, 11, 22), "h-time; comments and related news newer")


# ---------------------------------------------------------------- traditional Chinese

def _tw_head(title: str, site: str, metas: str = "") -> str:
    menu = "".join(
        f'<li><a href="/cp.aspx?n={i}" title="{m}">{m}</a><ul class="sub">'
        + "".join(f'<li><a href="/cp.aspx?n={i}{j}">{m}{s}</a></li>' for j, s in enumerate(["簡介", "公告", "資訊", "下載", "問答"]))
        + "</ul></li>"
        for i, m in enumerate(["關於本府", "最新消息", "便民服務", "政府資訊公開", "施政成果", "雙語專區", "主題網站"])
    )
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="DC.Title" content="{title}"><meta name="DC.Publisher" content="{site}">
{metas}
<title>{title}-{site}</title>
<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script>
</head>
<body>
<a href="#C" class="accesskey" id="gotocenter" title="跳到主要內容">跳到主要內容</a>
<div class="header"><div class="container">
<a href="/" class="logo"><img src="/images/logo.svg" alt="{site}"></a>
<div class="header-links"><a href="#U" accesskey="U" title="上方功能區塊">:::</a> <a href="/sitemap.aspx">網站導覽</a> | <a href="/en/">English</a> | <a href="/rss.aspx">RSS</a></div>
<form class="search" action="/search.aspx"><label for="kw">搜尋</label><input id="kw" type="text" name="kw"><button>搜尋</button></form>
</div>
<nav class="menu"><ul>{menu}</ul></nav></div>
<div class="main container"><a href="#C" accesskey="C" title="中央內容區塊">:::</a>
"""


def _tw_foot(site: str, upd: str = "") -> str:
    u = f'<p class="upd">{upd}</p>' if upd else ""
    return f"""</div>
<footer class="footer"><div class="container"><a href="#Z" accesskey="Z" title="下方功能區塊">:::</a>
<p>{site}　地址：100 臺北市中正區忠孝東路一段1號　總機：(02)2345-6789</p>
<p>服務時間：週一至週五 上午8:30至下午5:30</p>
<p><a href="/privacy.aspx">隱私權政策</a> | <a href="/security.aspx">資訊安全政策</a> | <a href="/open.aspx">政府網站資料開放宣告</a></p>
{u}
<p>Copyright © 2026 {site} All Rights Reserved.</p>
<p>瀏覽人次：<span>12,345,678</span>　<a href="https://accessibility.moda.gov.tw/" title="無障礙網站"><img src="/images/aa.png" alt="通過AA檢測等級無障礙網頁檢測"></a></p>
</div></footer>
<script>$(function(){{ $('.menu > ul > li').hover(function(){{ $(this).find('.sub').stop().slideDown(200); }}); }});</script>
</body></html>
"""


def _hk_head(title: str, site: str, lang: str = "zh-HK") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<link href="/css/press.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/press.js"></script>
</head>
<body>
<div id="header"><a href="https://www.gov.hk/"><img src="/images/govhk.png" alt="GovHK" /></a>
<div id="lang"><a href="/eng/">English</a> | <a href="/gb/">简体版</a></div>
<div id="search"><form action="https://search.gov.hk/result"><input name="query" type="text" /><input type="submit" value="搜尋" /></form></div></div>
<div id="menu"><a href="/">新聞公報</a> | <a href="/archive/">新聞公報檔案</a> | <a href="/rss/">RSS</a> | <a href="/sitemap/">網頁指南</a></div>
<div id="contentBody">
"""


def _hk_foot(lang: str = "zh") -> str:
    if lang == "en":
        return """</div>
<div id="footer"><a href="/eng/notice.htm">Important notices</a> | <a href="/eng/privacy.htm">Privacy Policy</a> |
<a href="/eng/access.htm">Accessibility</a><br/>2026 <img src="/images/brandhk.gif" alt="Brand Hong Kong"/> &copy; | <a href="https://www.gov.hk/">GovHK</a></div>
</body></html>"""
    return """</div>
<div id="footer"><a href="/notice.htm">重要告示</a> | <a href="/privacy.htm">私隱政策</a> | <a href="/access.htm">無障礙瀏覽</a><br/>
2026 <img src="/images/brandhk.gif" alt="香港品牌"/> &copy; | <a href="https://www.gov.hk/tc/">香港政府一站通</a></div>
</body></html>"""


def tw01() -> Article:
    site = "行政院農業部"
    html = _tw_head("農業部公布今年秋冬季蔬菜產銷調節措施", site) + f"""
<div class="path">現在位置：<a href="/">首頁</a> &gt; <a href="/news.aspx">新聞與公告</a> &gt; <a href="/news.aspx?n=1">本部新聞</a></div>
<div class="cp"><h2 class="title">農業部公布今年秋冬季蔬菜產銷調節措施</h2>
<ul class="info"><li>發布日期：115-11-20</li><li>更新日期：115-11-24</li><li>發布單位：農糧署</li></ul>
<div class="essay">{_tw_body(0, 5)}</div>
<div class="news-related"><h3>相關新聞</h3><ul>
<li><a href="/News_Content.aspx?n=1&s=9123">蔬菜價格穩定 農業部持續監測</a><span>115-11-25</span></li>
<li><a href="/News_Content.aspx?n=1&s=9124">秋冬蔬菜保價收購啟動</a><span>115-11-23</span></li></ul></div>
</div>
""" + _tw_foot(site)
    return Article("tw01", "https://www.moa.example.tw/News_Content.aspx?n=1&s=9120", html,
                   dt.date(2026, 11, 20), "ROC 115-11-20 發布日期; 更新日期 later; related newer")


def tw02() -> Article:
    site = "臺南市政府"
    html = _tw_head("臺南市推動老舊公寓增設電梯補助 即日起受理申請", site) + f"""
<div class="path">首頁 &gt; 市政新聞</div>
<div class="cp"><h2>臺南市推動老舊公寓增設電梯補助 即日起受理申請</h2>
<div class="date-info"><span>發布日期：115年11月18日</span><span>點閱數：2,031</span></div>
<div class="essay">{_tw_body(1, 4)}
<p>申請期間自115年11月18日起至116年3月31日止，逾期不予受理。</p></div>
</div>
""" + _tw_foot(site, "資料更新日期：115-11-25")
    return Article("tw02", "https://www.tainan.example.tw/News_Content.aspx?n=13370&s=8765432", html,
                   dt.date(2026, 11, 18), "民國 115年11月18日; footer 資料更新日期 later; future period")


def tw03() -> Article:
    site = "新竹縣政府"
    html = _tw_head("公告本縣115年度第2次公有零售市場攤位招租", site) + f"""
<div class="path">首頁 &gt; 公告訊息 &gt; 府內公告</div>
<div class="cp"><table class="table-info">
<tr><th scope="row">公告日期</th><td>115/11/16</td></tr>
<tr><th scope="row">公告單位</th><td>財政處</td></tr>
<tr><th scope="row">截止日期</th><td>115/12/10</td></tr>
</table>
<h2>公告本縣115年度第2次公有零售市場攤位招租</h2>
<div class="essay">{_tw_body(2, 3)}</div>
<div class="file"><span>附件：</span><a href="/Download.ashx?u=abc">招租須知.pdf</a> (PDF, 345KB, 115-11-10)</div>
</div>
""" + _tw_foot(site)
    return Article("tw03", "https://www.hsinchu.example.tw/News_Content.aspx?n=153&s=245678", html,
                   dt.date(2026, 11, 16), "公告日期 115/11/16 in th/td table; 截止日期 future")


def tw04() -> Article:
    html = _hk_head("政府公布第三季經濟報告", "新聞公報") + f"""
<span id="PRHeadlineSpan">政府公布第三季經濟報告</span>
<p><span id="pressrelease">{_tw_body(3, 2)}
<br/><br/>　　政府經濟顧問表示，本港經濟在第三季按年實質增長2.8%，外部需求保持穩健。<br/>
<br/>　　報告全文可於經濟分析及方便營商處網頁瀏覽。<br/>
<br/>完<br/>
</span></p>
<p>2026年11月20日（星期五）<br/>香港時間16時30分</p>
<div class="nav"><a href="/gia/general/202611/20.htm">今日新聞</a> | <a href="javascript:history.back()">上一頁</a></div>
""" + _hk_foot()
    return Article("tw04", "https://www.info.example.hk/gia/general/202611/20/P2026112000456.htm", html,
                   dt.date(2026, 11, 20), "HK press release, date at the end with 星期五")


def tw05() -> Article:
    html = _hk_head("衞生防護中心調查一宗流感爆發個案", "新聞公報") + f"""
<span id="PRHeadlineSpan">衞生防護中心調查一宗流感爆發個案</span>
<p><span id="pressrelease">　　衞生署衞生防護中心今日（十一月十七日）正調查一宗在安老院舍發生的流感爆發個案，
中心呼籲市民提高警覺。<br/><br/>{_tw_body(4, 2)}<br/><br/>　　該院舍四名院友由十一月十四日起出現發燒及呼吸道感染徵狀。<br/><br/>完<br/></span></p>
<p>2026年11月17日（星期二）<br/>香港時間18時05分</p>
<div class="others"><h3>其他新聞</h3><ul>
<li><a href="/gia/general/202611/24/P2026112400123.htm">衞生防護中心公布最新流感監測數據</a> 2026年11月24日</li>
<li><a href="/gia/general/202611/25/P2026112500088.htm">季節性流感疫苗接種計劃最新進展</a> 2026年11月25日</li></ul></div>
""" + _hk_foot()
    return Article("tw05", "https://www.info.example.hk/gia/general/202611/17/P2026111700789.htm", html,
                   dt.date(2026, 11, 17), "HK release; Chinese-numeral 十一月十七日 in body; other news newer")


def tw06() -> Article:
    site = "桃園市政府"
    html = _tw_head("桃園市115年度長照服務據點擴增 守護長輩在地老化", site) + f"""
<div class="path">首頁 &gt; 新聞稿</div>
<div class="cp"><h2>桃園市115年度長照服務據點擴增 守護長輩在地老化</h2>
<div class="meta"><span class="date"><i class="icon-calendar"></i>2026-11-19</span>
<span class="unit">發布單位：衛生局</span><span class="hits">點閱次數：1234</span></div>
<div class="essay">{_tw_body(1, 5)}</div>
<div class="share"><a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://line.me/R/msg/text/">LINE</a> <a href="javascript:window.print()">列印</a></div>
</div>
""" + _tw_foot(site)
    return Article("tw06", "https://www.tycg.example.tw/News_Content.aspx?n=5&s=1234567", html,
                   dt.date(2026, 11, 19), "western ISO date with icon")


def tw07() -> Article:
    site = "苗栗縣政府"
    html = _tw_head("修正「苗栗縣老人福利津貼發給辦法」", site) + f"""
<div class="path">首頁 &gt; 法規公告</div>
<div class="cp"><h2>修正「苗栗縣老人福利津貼發給辦法」</h2>
<ul class="info"><li>發布日期：115-11-13</li><li>發布單位：社會處</li></ul>
<div class="essay">
<p>苗栗縣政府　令</p>
<p>中華民國115年11月12日<br/>府授社字第1150234567號</p>
<p>修正「苗栗縣老人福利津貼發給辦法」第三條、第五條。</p>
<p>附修正「苗栗縣老人福利津貼發給辦法」第三條、第五條</p>
<p>縣長　某某某</p>
{_tw_body(2, 2)}
</div></div>
""" + _tw_foot(site)
    return Article("tw07", "https://www.miaoli.example.tw/News_Content.aspx?n=7&s=334455", html,
                   dt.date(2026, 11, 13), "令 dated 中華民國115年11月12日; 發布日期 115-11-13")


def tw08() -> Article:
    html = f"""<!DOCTYPE html><html lang="zh-Hant-MO"><head><meta charset="utf-8">
<title>特區政府公佈明年財政預算案要點 - 新聞局</title>
<meta property="og:title" content="特區政府公佈明年財政預算案要點">
<link rel="stylesheet" href="/static/css/app.css"></head>
<body><header class="gcs-header"><a href="/" class="logo">澳門特別行政區政府新聞局</a>
<nav><a href="/news/list/zh-hant/news/">新聞</a> <a href="/news/list/zh-hant/photo/">圖片</a> <a href="/news/list/zh-hant/video/">視頻</a>
<a href="/zh-hant/special/">專題</a> <a href="/pt/">Português</a> <a href="/en/">English</a></nav></header>
<main class="container"><article class="news-detail">
<div class="news-header"><div class="source">財政局</div><div class="time">2026-11-21 17:30</div></div>
<h1>特區政府公佈明年財政預算案要點</h1>
<div class="content">{_tw_body(0, 5)}</div>
<div class="tags"><a href="/tag/財政">財政</a></div>
</article>
<aside class="latest"><h3>最新新聞</h3><ul>
<li><a href="/news/detail/zh-hant/N26KXyzA1">立法會通過明年預算案</a><time>2026-11-25 19:02</time></li>
<li><a href="/news/detail/zh-hant/N26KXyzA2">經濟局公佈十月份就業數據</a><time>2026-11-24 16:10</time></li></ul></aside>
</main>
<footer>© 2026 澳門特別行政區政府新聞局 版權所有</footer></body></html>"""
    html = html.replace("</main>", "<div class=\"pad\">" + _tw_body(3, 3) * 2 + "</div></main>")
    return Article("tw08", "https://www.gcs.example.mo/detail/zh-hant/N26KXabcd1", html,
                   dt.date(2026, 11, 21), "Macau: source+time above title; latest news newer")


def tw09() -> Article:
    site = "國立某某大學"
    html = _tw_head("本校榮獲115年度教學實踐研究計畫績優學校", site) + f"""
<div class="path">首頁 &gt; 最新消息 &gt; 榮譽榜</div>
<div class="row"><div class="col-md-9"><div class="mpgtitle"><h3>本校榮獲115年度教學實踐研究計畫績優學校</h3></div>
<div class="mpgdetail"><p class="date">日期：2026/11/10</p><p class="hits">點閱：345</p>
{_tw_body(4, 4)}</div></div>
<div class="col-md-3"><div class="side-news"><h4>最新消息</h4><ul>
<li><a href="/p/406-1000-3001.php">115學年度寒假宿舍申請公告</a> <span>2026/11/25</span></li>
<li><a href="/p/406-1000-3002.php">圖書館寒假開館時間調整</a> <span>2026/11/24</span></li>
<li><a href="/p/406-1000-3003.php">115年度校慶活動花絮</a> <span>2026/11/23</span></li></ul></div></div></div>
""" + _tw_foot(site)
    return Article("tw09", "https://www.nxu.example.edu.tw/p/406-1000-2999,r11.php", html,
                   dt.date(2026, 11, 10), "RPage university: 日期：2026/11/10; side 最新消息 newer")


def tw10() -> Article:
    html = f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8">
<title>社會福利署 - 新聞稿 - 社署推出長者社區照顧服務券計劃第五階段</title>
<meta name="description" content="社署推出長者社區照顧服務券計劃第五階段"></head>
<body><div id="header"><a href="/tc/"><img src="/img/swd_logo.png" alt="社會福利署"></a>
<ul id="topnav"><li><a href="/tc/index/site_aboutus/">關於我們</a></li><li><a href="/tc/index/site_pubsvc/">公共服務</a></li>
<li><a href="/tc/index/site_pressrelease/">新聞稿</a></li><li><a href="/tc/index/site_download/">下載</a></li></ul></div>
<div id="content"><div class="breadcrumb"><a href="/tc/">主頁</a> &gt; 新聞稿</div>
<h1>社署推出長者社區照顧服務券計劃第五階段</h1>
<p class="pubdate">發布日期：2026年11月9日</p>
{_tw_body(4, 5)}
<p>如有查詢，請致電社署熱線2343 2255。</p>
</div>
<div id="footer"><p><a href="/tc/notice/">重要告示</a> | <a href="/tc/privacy/">私隱政策</a></p>
<p>2026 &copy; | 修訂日期：2026年11月24日</p></div></body></html>"""
    return Article("tw10", "https://www.swd.example.hk/tc/index/site_pressrelease/sub_pressreleases/id_2026110901/", html,
                   dt.date(2026, 11, 9), "發布日期：2026年11月9日; footer 修訂日期 later")


# ---------------------------------------------------------------- English

def _en_head(title: str, site: str, metas: str = "", cookie: bool = True) -> str:
    mega = "".join(
        f'<li class="menu-item has-children"><a href="/{s.lower().replace(" ", "-")}/">{s}</a><div class="mega"><ul>'
        + "".join(f'<li><a href="/{s.lower().replace(" ", "-")}/{t.lower().replace(" ", "-")}/">{t}</a></li>' for t in subs)
        + "</ul></div></li>"
        for s, subs in [
            ("News", ["Local", "Politics", "Business", "Health", "Education", "Environment", "Opinion"]),
            ("Services", ["Bins and recycling", "Parking", "Council tax", "Planning", "Housing", "Licences"]),
            ("Your council", ["Councillors", "Meetings", "Budgets", "Jobs", "Contact us"]),
            ("Things to do", ["Events", "Parks", "Libraries", "Sport", "Arts"]),
        ]
    )
    ck = (
        '<div id="cookie-banner" role="dialog"><p>We use cookies to make this site work and to understand how you use it. '
        'We updated our cookie policy on 12 November 2026.</p><button>Accept all</button> <button>Reject</button> '
        '<a href="/cookies/">Cookie settings</a></div>' if cookie else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {site}</title>
<meta name="description" content="{title}">
{metas}
<link rel="stylesheet" href="/assets/css/main.min.css?ver=6.4.2">
<link rel="preconnect" href="https://fonts.gstatic.com">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-ABC123');</script>
</head>
<body class="post-template-default single single-post">
{ck}
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="container">
<a class="brand" href="/"><img src="/assets/img/logo.svg" alt="{site}"></a>
<form role="search" action="/search/"><label class="sr-only" for="s">Search</label><input id="s" name="q" type="search" placeholder="Search"><button>Search</button></form>
<ul class="utility"><li><a href="/subscribe/">Subscribe</a></li><li><a href="/login/">Sign in</a></li><li><a href="/contact/">Contact</a></li></ul>
</div>
<nav class="primary" aria-label="Main"><ul>{mega}</ul></nav>
</header>
<main id="main" class="container">
"""


def _en_foot(site: str, year: int = 2026) -> str:
    return f"""</main>
<footer class="site-footer"><div class="container">
<div class="footer-cols">
<div><h4>About</h4><ul><li><a href="/about/">About us</a></li><li><a href="/careers/">Careers</a></li><li><a href="/accessibility/">Accessibility</a></li></ul></div>
<div><h4>Help</h4><ul><li><a href="/faq/">FAQ</a></li><li><a href="/contact/">Contact us</a></li><li><a href="/feedback/">Feedback</a></li></ul></div>
<div><h4>Follow us</h4><ul><li><a href="https://facebook.com/">Facebook</a></li><li><a href="https://x.com/">X</a></li><li><a href="https://www.youtube.com/">YouTube</a></li></ul></div>
</div>
<p class="legal"><a href="/privacy/">Privacy</a> · <a href="/terms/">Terms of use</a> · <a href="/cookies/">Cookies</a></p>
<p class="copyright">&copy; {year} {site}. All rights reserved.</p>
</div></footer>
<script src="/assets/js/main.min.js?ver=6.4.2"></script>
</body></html>
"""


def en01() -> Article:
    site = "The Riverside Courier"
    ld = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Council approves flood defence budget after heated debate",
"datePublished":"2026-11-19T08:00:00Z","dateModified":"2026-11-24T15:42:10Z",
"author":[{"@type":"Person","name":"Jane Smith"}],"publisher":{"@type":"Organization","name":"The Riverside Courier"}}</script>"""
    html = _en_head("Council approves flood defence budget after heated debate", site, ld) + f"""
<article class="story">
<p class="kicker"><a href="/news/local/">Local</a></p>
<h1>Council approves flood defence budget after heated debate</h1>
<div class="byline">By <a href="/authors/jane-smith/">Jane Smith</a> · <time datetime="2026-11-19T08:00:00Z">November 19, 2026</time>
<span class="updated">Updated Nov. 24, 2026, 3:42 p.m.</span></div>
<figure><img src="/img/council.jpg" alt=""><figcaption>Councillors during the vote. (Courier photo)</figcaption></figure>
<div class="story-body">{_en_body(0, 7)}</div>
</article>
<section class="related"><h2>Related stories</h2><ul>
<li><a href="/news/local/2026/11/25/river-levels/">River levels fall after weekend storms</a> <time datetime="2026-11-25">Nov. 25, 2026</time></li>
<li><a href="/news/local/2026/11/23/bridge/">Bridge repairs delayed again</a> <time datetime="2026-11-23">Nov. 23, 2026</time></li></ul></section>
""" + _en_foot(site)
    return Article("en01", "https://www.riversidecourier.example.com/news/local/council-approves-flood-defence-budget/", html,
                   dt.date(2026, 11, 19), "JSON-LD datePublished vs dateModified; updated line; related newer")


def en02() -> Article:
    site = "Metro Daily"
    metas = (
        '<meta property="og:type" content="article">\n'
        '<meta property="article:published_time" content="2026-11-17T14:30:00+00:00">\n'
        '<meta property="article:modified_time" content="2026-11-26T07:10:00+00:00">\n'
        '<meta property="article:section" content="Business">'
    )
    html = _en_head("Regional airline adds winter routes as demand recovers", site, metas) + f"""
<article><h1>Regional airline adds winter routes as demand recovers</h1>
<div class="meta"><span class="author">By Tom Reyes</span> <span class="ago">Updated 3 hours ago</span></div>
<div class="body">{_en_body(3, 6)}</div>
</article>
""" + _en_foot(site)
    return Article("en02", "https://metrodaily.example.com/business/regional-airline-winter-routes-a1b2c3", html,
                   dt.date(2026, 11, 17), "og article:published_time; visible only 'Updated 3 hours ago'")


def en03() -> Article:
    site = "Valley Gazette"
    html = _en_head("New library branch to open in Eastside next spring", site) + f"""
<article><h1>New library branch to open in Eastside next spring</h1>
<p class="byline">By <span class="author">Priya Natarajan</span> | <time class="published" datetime="2026-11-15T10:15:00-05:00">Nov 15, 2026</time></p>
<div class="entry-content">{_en_body(4, 6)}
<p>The branch is scheduled to open on April 6, 2027, pending final inspections.</p></div>
</article>
<aside class="more"><h3>More Local News</h3>
<div class="card"><a href="/2026/11/25/school-board/">School board picks new superintendent</a><span class="date">November 25, 2026</span></div>
<div class="card"><a href="/2026/11/24/park/">Park renovation wins state award</a><span class="date">November 24, 2026</span></div>
<div class="card"><a href="/2026/11/22/traffic/">Traffic lights upgraded on Main Street</a><span class="date">November 22, 2026</span></div></aside>
""" + _en_foot(site)
    return Article("en03", "https://valleygazette.example.com/news/new-library-branch-eastside/", html,
                   dt.date(2026, 11, 15), "<time> in byline only; aside newer; future opening date")


def en04() -> Article:
    site = "Green Fingers Blog"
    comments = "".join(
        f'<li class="comment"><article><footer class="comment-meta"><b class="fn">{n}</b> '
        f'<a href="#comment-{i}"><time datetime="{d}">{t}</time></a></footer><p>{c}</p></article></li>'
        for i, (n, d, t, c) in enumerate([
            ("Mary", "2026-11-20T09:12:00+00:00", "November 20, 2026 at 9:12 am", "Great tips, thank you!"),
            ("Bob", "2026-11-23T18:40:00+00:00", "November 23, 2026 at 6:40 pm", "Tried the mulch trick, works well."),
            ("Anna", "2026-11-25T07:05:00+00:00", "November 25, 2026 at 7:05 am", "What about clay soil?"),
        ], 1)
    )
    html = _en_head("Ten jobs for the winter vegetable garden", site, cookie=False) + f"""
<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">Ten jobs for the winter vegetable garden</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/ten-jobs-winter-garden/" rel="bookmark">November 12, 2026</a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span></div></header>
<div class="entry-content">{_en_body(5, 6)}</div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;Ten jobs for the winter vegetable garden&rdquo;</h2><ol class="comment-list">{comments}</ol></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
<li><a href="/pruning-roses/">Pruning roses in late autumn</a> <span class="post-date">November 24, 2026</span></li>
<li><a href="/garlic/">Planting garlic</a> <span class="post-date">November 18, 2026</span></li></ul></section></aside>
""" + _en_foot(site)
    return Article("en04", "https://greenfingers.example.net/ten-jobs-winter-garden/", html,
                   dt.date(2026, 11, 12), "WordPress 'Posted on'; comments and recent posts newer")


def en05() -> Article:
    site = "U.S. Department of Example Affairs"
    html = _en_head("Department Announces $250 Million for Rural Broadband", site) + f"""
<div class="usa-breadcrumb"><a href="/">Home</a> › <a href="/newsroom/">Newsroom</a> › <a href="/newsroom/press-releases/">Press Releases</a></div>
<article class="press-release"><p class="release-type"><strong>FOR IMMEDIATE RELEASE</strong></p>
<p>Contact: Press Office, press@example.gov, (202) 555-0100</p>
<h1>Department Announces $250 Million for Rural Broadband</h1>
<p><strong>WASHINGTON, Nov. 20, 2026</strong> — The U.S. Department of Example Affairs today announced $250 million in grants to expand high-speed internet access in rural communities across 31 states.</p>
{_en_body(5, 5)}
<p>Applications for the next funding round open January 15, 2027.</p>
<p class="end">###</p></article>
""" + _en_foot(site)
    return Article("en05", "https://www.example.gov/newsroom/press-releases/department-announces-250-million-rural-broadband", html,
                   dt.date(2026, 11, 20), "FOR IMMEDIATE RELEASE + dateline 'WASHINGTON, Nov. 20, 2026 —'")


def en06() -> Article:
    site = "Notes from the Workshop"
    html = _en_head("Restoring a 1950s bench grinder", site, cookie=False) + f"""
<article class="h-entry"><h1 class="p-name">Restoring a 1950s bench grinder</h1>
<div class="e-content">{_en_body(6, 6)}
<p>Next time I will write about the wiring.</p></div>
<p class="tags">Tagged: <a href="/tags/tools/">tools</a>, <a href="/tags/restoration/">restoration</a></p></article>
<nav class="post-nav"><a href="/2026/11/02/sharpening-chisels/">&larr; Sharpening chisels</a> <a href="/2026/11/21/shop-vac/">Shop vac upgrade &rarr;</a></nav>
""" + _en_foot(site)
    return Article("en06", "https://workshop-notes.example.org/2026/11/14/restoring-bench-grinder/", html,
                   dt.date(2026, 11, 14), "date only in the URL; prev/next links with dated URLs")


def en07() -> Article:
    site = "Harbour City Council"
    html = _en_head("About the Harbour City Youth Council", site) + f"""
<div class="breadcrumb"><a href="/">Home</a> › <a href="/your-council/">Your council</a> › Youth Council</div>
<article><h1>About the Harbour City Youth Council</h1>
<p>The Youth Council gives young people aged 12 to 24 a voice in council decisions. Members meet monthly during school term.</p>
{_en_body(4, 5)}
<h2>How to join</h2><p>Applications open each year. Download the application form or contact the youth engagement team.</p>
</article>
""" + _en_foot(site)
    return Article("en07", "https://www.harbourcity.example.gov/your-council/youth-council/", html,
                   None, "no date at all (cookie banner policy date and copyright year only)")


def en08() -> Article:
    html = _hk_head("Third quarter economic report released", "Press Releases", "en") + f"""
<span id="PRHeadlineSpan">Third quarter economic report released</span>
<p><span id="pressrelease">{_en_body(1, 3)}<br/><br/>     The Government Economist said that the Hong Kong economy grew by 2.8 per cent in real terms in the third quarter.<br/>
<br/>Ends/Friday, November 20, 2026<br/>Issued at HKT 16:30<br/></span></p>
<div class="nav"><a href="/gia/general/202611/20.htm">Today's Press Releases</a></div>
""" + _hk_foot("en")
    return Article("en08", "https://www.info.example.hk/gia/general/202611/20/P2026112000455.htm", html,
                   dt.date(2026, 11, 20), "HK English release: Ends/Friday, November 20, 2026")


def en09() -> Article:
    site = "GOV.UK"
    html = _en_head("Changes to winter fuel support announced", site) + f"""
<div class="govuk-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/benefits">Benefits</a></li></ol></div>
<div class="gem-c-title"><span class="govuk-caption-xl">Press release</span><h1 class="govuk-heading-l">Changes to winter fuel support announced</h1></div>
<p class="gem-c-lead-paragraph">More pensioners will receive help with heating costs this winter.</p>
<div class="gem-c-metadata"><dl>
<dt>From:</dt><dd><a href="/government/organisations/dwp">Department for Work and Pensions</a></dd>
<dt>Published</dt><dd>18 November 2026</dd>
<dt>Last updated</dt><dd>24 November 2026 <a href="#full-history">— See all updates</a></dd></dl></div>
<div class="govspeak">{_en_body(2, 6)}</div>
<div id="full-history"><h2>Updates to this page</h2><ol><li><time datetime="2026-11-18T09:30:00.000+00:00">18 November 2026</time><p>First published.</p></li>
<li><time datetime="2026-11-24T11:00:00.000+00:00">24 November 2026</time><p>Added eligibility table.</p></li></ol></div>
""" + _en_foot("Crown copyright")
    return Article("en09", "https://www.gov.example.uk/government/news/changes-to-winter-fuel-support-announced", html,
                   dt.date(2026, 11, 18), "GOV.UK Published vs Last updated; history list")


def en10() -> Article:
    site = "Government of Canada"
    html = _en_head("Government of Canada invests in clean technology in Atlantic Canada", site,
                    '<meta name="dcterms.issued" title="W3CDTF" content="2026-11-16">\n<meta name="dcterms.modified" title="W3CDTF" content="2026-11-24">') + f"""
<h1 property="name" id="wb-cont">Government of Canada invests in clean technology in Atlantic Canada</h1>
<p class="gc-byline"><strong>From: <a href="/en/atlantic-canada-opportunities.html">Atlantic Canada Opportunities Agency</a></strong></p>
<p class="gc-byline"><strong>News release</strong></p>
<p>November 16, 2026 – Halifax, Nova Scotia – Atlantic Canada Opportunities Agency</p>
{_en_body(0, 6)}
<h2>Quick facts</h2><ul><li>The funding was announced in Budget 2026 on April 21, 2026.</li><li>Projects must be completed by March 31, 2028.</li></ul>
<h2>Contacts</h2><p>Media Relations, Atlantic Canada Opportunities Agency, 506-555-0199</p>
<section class="pagedetails"><dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2026-11-24</time></dd></dl></section>
""" + _en_foot(site)
    return Article("en10", "https://www.canada.example.ca/en/atlantic-canada-opportunities/news/2026/11/clean-technology.html", html,
                   dt.date(2026, 11, 16), "Canada.ca dateline 'November 16, 2026 – Halifax'; Date modified 11-24")


def en11() -> Article:
    site = "State of Example Governor's Office"
    html = _en_head("Governor Signs Executive Order on Wildfire Preparedness", site) + f"""
<div class="row"><div class="col-md-8"><article>
<h1>Governor Signs Executive Order on Wildfire Preparedness</h1>
<p class="posted">Posted: 11/13/2026</p>
{_en_body(1, 6)}
</article></div>
<div class="col-md-4"><div class="recent-news"><h3>Recent News</h3><ul>
<li><a href="/news/2026/11/25/thanksgiving/">Governor's Thanksgiving message</a><br><small>11/25/2026</small></li>
<li><a href="/news/2026/11/24/appointments/">Governor announces appointments</a><br><small>11/24/2026</small></li>
<li><a href="/news/2026/11/20/jobs/">State unemployment falls to 3.9%</a><br><small>11/20/2026</small></li></ul></div></div></div>
""" + _en_foot(site)
    return Article("en11", "https://governor.example.gov/news/governor-signs-executive-order-wildfire-preparedness", html,
                   dt.date(2026, 11, 13), "Posted: 11/13/2026; Recent News sidebar newer")


def en12() -> Article:
    site = "City of Example Springs"
    html = _en_head("Snow removal priorities for the 2026-27 season", site) + f"""
<div id="page-title"><h1 class="title">Snow removal priorities for the 2026-27 season</h1></div>
<div class="node node-news view-mode-full">
<div class="field field-name-field-date"><span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="2026-11-10T00:00:00-05:00">Tuesday, November 10, 2026</span></div>
<div class="field field-name-body">{_en_body(3, 6)}
<p>Residents can track plows in real time on the city's snow map from December 1.</p></div>
</div>
""" + _en_foot(site)
    return Article("en12", "https://www.examplesprings.example.gov/news/snow-removal-priorities-2026-27-season", html,
                   dt.date(2026, 11, 10), "Drupal date-display-single with weekday")


def en13() -> Article:
    site = "Example Health Service"
    html = _en_head("Flu vaccine now available at community pharmacies", site) + f"""
<article itemscope itemtype="https://schema.org/Article">
<meta itemprop="datePublished" content="2026-11-09">
<h1 itemprop="headline">Flu vaccine now available at community pharmacies</h1>
<div itemprop="articleBody">{_en_body(4, 5)}
<p>The free vaccine is available until March 31, 2027. Book by December 15, 2026 to be protected before the holidays.</p></div>
</article>
<p class="review">Page last reviewed: 25/11/2026<br>Next review due: 25/11/2027</p>
""" + _en_foot(site)
    return Article("en13", "https://www.health.example.org/news/flu-vaccine-community-pharmacies/", html,
                   dt.date(2026, 11, 9), "microdata datePublished only; 'last reviewed' visible")


def en14() -> Article:
    site = "Press Information Bureau"
    html = _en_head("Cabinet approves National Mission on Natural Farming extension", site, cookie=False) + f"""
<div class="innner-page-main-about-us-content-right-part">
<div class="ReleaseLang">English Releases</div>
<h2>Cabinet approves National Mission on Natural Farming extension</h2>
<div class="ReleaseDateSubHeaddateTime text-center pt20">Posted On: 21 NOV 2026 5:40PM by PIB Delhi</div>
{_en_body(5, 6)}
<p style="text-align:center">***</p><p>MJPS/BM</p>
<p>(Release ID: 2087654)</p>
<div class="ReleaseVisitor">Visitor Counter : 1543</div>
</div>
""" + _en_foot(site)
    return Article("en14", "https://pib.example.in/PressReleasePage.aspx?PRID=2087654", html,
                   dt.date(2026, 11, 21), "PIB 'Posted On: 21 NOV 2026 5:40PM'")


def en15() -> Article:
    site = "The Long Read"
    html = _en_head("Why small towns are rethinking their main streets", site, cookie=False) + f"""
<article><h1>Why small towns are rethinking their main streets</h1>
<div class="pw-author"><a href="/@lena">Lena Ortiz</a> · <span>Follow</span></div>
<div class="pw-meta"><span data-testid="storyReadTime">7 min read</span> · <span data-testid="storyPublishDate">Nov 8, 2026</span></div>
<section>{_en_body(2, 7)}</section></article>
<section class="more-from"><h2>More from Lena Ortiz</h2>
<div class="card"><a href="/@lena/bus-rapid-transit-3f1">What bus rapid transit gets right</a><span>Nov 22, 2026</span></div>
<div class="card"><a href="/@lena/parking-minimums-9a2">The end of parking minimums</a><span>Nov 25, 2026</span></div></section>
""" + _en_foot(site)
    return Article("en15", "https://longread.example.com/@lena/why-small-towns-rethink-main-streets-7c9d", html,
                   dt.date(2026, 11, 8), "Medium-style 'Nov 8, 2026' with read time; 'More from' newer")


ARTICLES: list[Article] = [
    f() for f in (
        zh01, zh02, zh03, zh04, zh05, zh06, zh07, zh08, zh09, zh10, zh11, zh12, zh13, zh14, zh15,
        tw01, tw02, tw03, tw04, tw05, tw06, tw07, tw08, tw09, tw10,
        en01, en02, en03, en04, en05, en06, en07, en08, en09, en10, en11, en12, en13, en14, en15,
    )
]
