"""Realistic article pages, second round (after tests/realistic_articles.py): whole
pages as the templates publish them, each with the publication day a reader (or an
inspector) would give it (`truth`), written independently of the crawler's code.

Clock: NOW is Wednesday 2026-11-25, 09:00 in Beijing. Every page has the furniture
real sites put around an article: the site header (often with a clock), navigation,
breadcrumbs, a side column of latest or related articles with their own (newer)
dates, the metadata line, a share bar, 打印本页 | 关闭窗口, and a footer with
copyright years and an ICP number; inline scripts.

Decisions (the same as round 1's):
- The publication date is wanted. An "updated" date newer than it is not the answer
  when the page also shows the publication date; a page with only an update date
  gives that one.
- 发布日期 (the day the document went up) over 成文日期 (the day it was signed).
- A date in the body (an event, a deadline, an effective date) is not the page's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

NOW = datetime(2026, 11, 25, 1, tzinfo=UTC)  # 09:00 in Beijing, Wednesday
TODAY = NOW.date()

__all__ = ["NOW", "TODAY", "ArticlePage", "all_articles"]


@dataclass(frozen=True)
class ArticlePage:
    name: str
    url: str
    html: str
    truth: date | None
    notes: str = ""


_ZH_FOOTER = """<div class="footer"><div class="w1200">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
<p>主办单位：{site}办公室 承办单位：{site}大数据中心</p>
<p>版权所有：{site} Copyright © 2008-2026 All Rights Reserved</p>
<p><a href="https://beian.miit.gov.cn/">苏ICP备05012345号-1</a>
<img src="/images/ga.png"> 苏公网安备 32010202000123号 网站标识码：3201000012</p>
<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/10/000/0000/60425832/CA100000000604258320001.js' type='text/javascript'%3E%3C/script%3E"));</script></p>
</div></div>"""

_SHARE = """<div class="share bdsharebuttonbox"><span>分享到：</span>
<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a>
<a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a>
<a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdStyle":"0","bdSize":"16"},"share":{}};</script>"""

_PRINT_BAR = """<div class="print-bar"><a href="javascript:window.print()">打印本页</a> |
<a href="javascript:window.opener=null;window.close()">关闭窗口</a></div>"""


def _zh_page(site: str, title: str, head: str, top: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><title>{title}_{site}</title>
{head}
<link rel="stylesheet" href="/images/css/style.css"><script src="/images/js/jquery.min.js"></script>
</head><body>
{top}
{main}
{_ZH_FOOTER.format(site=site)}
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?abc";document.body.appendChild(hm);}})();</script>
</body></html>
"""


def _zh_articles() -> list[ArticlePage]:
    out = []
    # 1. TRS WCM, a city district: PubDate metas, a script clock in the top bar, the
    # "相关新闻" box to the left of the article (first in the source).
    out.append(
        ArticlePage(
            "zh-trs-wcm-district-news",
            "http://www.qhq.gov.cn/xwzx/qhyw/202611/t20261120_5012345.html",
            _zh_page(
                "某某市青河区人民政府",
                "区领导调研重点民生项目推进情况",
                """<meta name="SiteName" content="某某市青河区人民政府">
<meta name="SiteDomain" content="www.qhq.gov.cn"><meta name="SiteIDCode" content="3201000012">
<meta name="ColumnName" content="青河要闻"><meta name="ColumnType" content="要闻">
<meta name="ArticleTitle" content="区领导调研重点民生项目推进情况">
<meta name="PubDate" content="2026-11-20 09:30"><meta name="ContentSource" content="区政府办">
<meta name="Keywords" content="民生项目"><meta name="Author" content="区政府办">""",
                """<div class="top"><div class="w1200"><span id="nowtime"></span>
<script>var d=new Date();document.getElementById("nowtime").innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";</script>
<a href="/wza/">无障碍</a> <a href="/yd/">移动版</a></div></div>
<div class="head"><img src="/images/logo.png" alt="某某市青河区人民政府"></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>""",
                """<div class="w1200 main">
<div class="position">当前位置：<a href="../../../">首页</a> &gt; <a href="../../">新闻中心</a> &gt; <a href="../">青河要闻</a></div>
<div class="con-left fl"><div class="xgxw"><div class="tit"><span>相关新闻</span></div><ul>
<li><a href="./t20261124_5013001.html">区政府召开第45次常务会议</a><span>2026-11-24</span></li>
<li><a href="./t20261123_5012908.html">我区开展冬季安全生产大检查</a><span>2026-11-23</span></li>
<li><a href="./t20261121_5012777.html">区人大常委会视察民生实事项目</a><span>2026-11-21</span></li></ul></div></div>
<div class="con-right fr"><div class="article">
<h1 class="title">区领导调研重点民生项目推进情况</h1>
<div class="info"><span>发布时间：2026-11-20 09:30</span><span>来源：区政府办</span>
<span>浏览次数：<script language="javascript" src="/count.jsp?id=5012345"></script></span>
<span class="font">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div class="TRS_Editor"><p>11月19日，区领导带队调研重点民生项目推进情况，先后来到青河街道养老服务中心、第二实验小学新校区等地。</p>
<p>调研指出，要倒排工期，确保2026年12月底前全部完工交付使用。</p></div>
"""
                + _SHARE
                + _PRINT_BAR
                + """</div></div></div>""",
            ),
            date(2026, 11, 20),
            "TRS WCM: PubDate meta, 发布时间 byline; newer 相关新闻 before the article",
        )
    )
    # 2. A jpaas-style city site: no date in the address, 发布时间 written by a script
    # (the value is only in the script), a right column of 热点新闻.
    out.append(
        ArticlePage(
            "zh-docwrite-fabu-shijian",
            "http://www.yzs.gov.cn/yzs/bmdt/202611/9f3c2a1b7d8e4c5f.shtml",
            _zh_page(
                "某某市人民政府",
                "市生态环境局开展秋冬季大气污染防治督查",
                '<meta name="SiteName" content="某某市人民政府"><meta name="ColumnName" content="部门动态">',
                """<div class="header"><div class="logo"><img src="/images/logo.png"></div>
<div class="search"><form action="/search"><input name="q"><button>搜索</button></form></div></div>
<div class="menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bmdt/">部门动态</a></div>""",
                """<div class="container">
<div class="crumb">您所在的位置：<a href="/">首页</a> » <a href="/zwgk/">政务公开</a> » <a href="/yzs/bmdt/">部门动态</a></div>
<div class="detail">
<div class="detail-title"><h2>市生态环境局开展秋冬季大气污染防治督查</h2></div>
<div class="detail-info"><span>发布时间：<script>var pubtime="2026-11-20 15:12:08";document.write(pubtime.substring(0,16));</script></span>
<span>来源：市生态环境局</span><span>阅读次数：<span id="readcount"></span></span></div>
<div class="detail-content"><p>为切实做好秋冬季大气污染防治工作，近日，市生态环境局组织开展专项督查。</p>
<p>督查组共检查企业46家，发现问题12个，已于11月18日前全部交办整改。</p></div>
"""
                + _SHARE
                + """</div>
<div class="right-box"><div class="r-title">热点新闻</div><ul>
<li><a href="/yzs/bmdt/202611/a1.shtml">市交通运输局部署冬季道路保畅工作</a><em>2026-11-24</em></li>
<li><a href="/yzs/bmdt/202611/a2.shtml">市民政局开展困难群众走访慰问</a><em>2026-11-22</em></li></ul></div>
</div>""",
            ),
            date(2026, 11, 20),
            "发布时间 written with document.write; the value is only in the script",
        )
    )
    # 3. 信息公开 article: the metadata table (成文日期 before 发布日期), 生效日期 later,
    # the signature date at the foot, an effective date in the body; the TRS address
    # made on the signing day, ten days before it went up.
    table = """<div class="xxgk-info"><table class="table-xxgk">
<tr><td class="t1">索　引　号：</td><td>11320100MB1234567X/2026-04521</td><td class="t1">分　　类：</td><td>城乡建设、环境保护\\通知</td></tr>
<tr><td class="t1">发布机构：</td><td>某某市人民政府办公室</td><td class="t1">成文日期：</td><td>2026-11-10</td></tr>
<tr><td class="t1">文　　号：</td><td>某政办规〔2026〕9号</td><td class="t1">发布日期：</td><td>2026-11-20</td></tr>
<tr><td class="t1">生效日期：</td><td>2026-12-01</td><td class="t1">有　效　性：</td><td>有效</td></tr>
<tr><td class="t1">名　　称：</td><td colspan="3">某某市人民政府办公室关于印发某某市建筑垃圾管理办法的通知</td></tr>
</table></div>"""
    out.append(
        ArticlePage(
            "zh-xxgk-url-signing-day-ten-days-before",
            "http://www.mms.gov.cn/zwgk/zcwj/szfbgtwj/202611/t20261110_4890123.html",
            _zh_page(
                "某某市人民政府",
                "某某市人民政府办公室关于印发某某市建筑垃圾管理办法的通知",
                '<meta name="SiteName" content="某某市人民政府"><meta name="ColumnName" content="市政府办公室文件">',
                """<div class="header"><div class="top-date">2026年11月25日 星期三</div><img src="/images/logo.png"></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政府信息公开</a></div>""",
                """<div class="main"><div class="location">当前位置：首页 &gt; 政府信息公开 &gt; 政策文件 &gt; 市政府办公室文件</div>
"""
                + table
                + """
<div class="article"><h1>某某市人民政府办公室关于印发某某市建筑垃圾管理办法的通知</h1>
<div class="wh">某政办规〔2026〕9号</div>
<div class="TRS_UEDITOR"><p>各区人民政府，市府各委办局，市各直属单位：</p>
<p>《某某市建筑垃圾管理办法》已经市政府第38次常务会议审议通过，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">某某市人民政府办公室</p><p style="text-align:right">2026年11月10日</p>
<p>（此件公开发布）</p><p>本办法自2026年12月1日起施行。</p></div>
"""
                + _PRINT_BAR
                + """</div></div>""",
            ),
            date(2026, 11, 20),
            "成文日期 2026-11-10 = the TRS address's day; 发布日期 2026-11-20",
        )
    )
    # 4. gov.cn policy page: the 信息公开 table first, firstpublishedtime meta.
    out.append(
        ArticlePage(
            "zh-govcn-policy-table",
            "https://www.gov.cn/zhengce/content/202611/content_6990123.htm",
            """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>国务院关于某某工作的通知_国务院文件_中国政府网</title>
<meta name="keywords" content="国务院文件"><meta name="description" content="国务院关于某某工作的通知">
<meta name="firstpublishedtime" content="2026-11-20-09:30:00">
<meta name="lastmodifiedtime" content="2026-11-24-18:02:11">
<meta name="catalog" content="国务院文件"><meta name="contentid" content="6990123"></head><body>
<div class="header"><div class="header_top"><a href="/">首页</a> | <a href="/english/">English</a> | <a href="/">简</a>/<a href="/">繁</a></div>
<div class="logo"><img src="/images/gtrs_logo_lt.png" alt="中国政府网"></div></div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; 国务院文件</div>
<div class="policyLibraryOverview_header"><table><tbody>
<tr><td><b>标　　题：</b></td><td colspan="3">国务院关于某某工作的通知</td></tr>
<tr><td><b>发文机关：</b></td><td>国务院</td><td><b>发文字号：</b></td><td>国发〔2026〕21号</td></tr>
<tr><td><b>来　　源：</b></td><td>国务院公报2026年第33号</td><td><b>主题分类：</b></td><td>国民经济管理、国有资产监管\\其他</td></tr>
<tr><td><b>公文种类：</b></td><td>通知</td><td><b>成文日期：</b></td><td>2026年11月14日</td></tr>
<tr><td><b>发布日期：</b></td><td>2026年11月20日</td><td></td><td></td></tr></tbody></table></div>
<div class="pages_content" id="UCAP-CONTENT"><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>……本通知自印发之日起施行。</p><p style="text-align:right">国务院</p><p style="text-align:right">2026年11月14日</p></div>
<div class="editor">【我要纠错】 责任编辑：王某</div>
<div class="footer"><p>版权所有：中国政府网 | 关于本网 | 网站声明 | 联系我们 | 网站纠错</p>
<p>主办单位：国务院办公厅 运行维护单位：中国政府网运行中心</p><p>京ICP备05070218号 京公网安备11010202000001号</p></div>
</body></html>""",
            date(2026, 11, 20),
            "gov.cn: firstpublishedtime and 发布日期 say the 20th, 成文日期 the 14th",
        )
    )
    # 5. A county site with no label: the date and source line under the title, the
    # site's clock (with its weekday, no 今天是) in the top bar, a latest box first.
    out.append(
        ArticlePage(
            "zh-county-unlabelled-date-line",
            "http://www.lsx.gov.cn/col/col1229/art/2026/art_8f2e1c.html",
            _zh_page(
                "某某县人民政府",
                "我县举办2026年农民丰收节系列活动",
                "",
                """<div class="topbar"><div class="w1200"><span class="fl">2026年11月25日 星期三 农历十月初七</span>
<span class="fr"><a href="/">设为首页</a> | <a href="/">加入收藏</a></span></div></div>
<div class="banner"><img src="/images/banner.jpg" alt="某某县人民政府"></div>
<div class="nav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/zwgk/">信息公开</a></div>""",
                """<div class="w1200">
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 乡镇动态</div>
<div class="zxxx"><h3>最新信息</h3><ul>
<li><a href="/col/col1229/art/2026/art_9a1.html">县委理论学习中心组开展专题学习</a><span>[2026-11-24]</span></li>
<li><a href="/col/col1229/art/2026/art_9a0.html">全县秋冬种工作现场推进会召开</a><span>[2026-11-23]</span></li></ul></div>
<div class="content-box"><h1>我县举办2026年农民丰收节系列活动</h1>
<div class="xx"><span>2026-11-18 16:40</span>&nbsp;&nbsp;<span>来源：县农业农村局</span>&nbsp;&nbsp;<span>【字体：大 中 小】</span></div>
<div class="zw"><p>11月17日，我县2026年农民丰收节系列活动在某某镇开幕。</p><p>活动将持续至11月30日。</p></div>
"""
                + _PRINT_BAR
                + """</div></div>""",
            ),
            date(2026, 11, 18),
            "unlabelled date line; a weekday clock in the top bar; 最新信息 first",
        )
    )
    # 6. Hanweb (大汉): PubDate-less page with 发布日期 in 年月日 and 信息来源, a
    # 浏览次数 counter, the address made the day before publication.
    out.append(
        ArticlePage(
            "zh-hanweb-fabu-riqi-nianyueri",
            "http://www.hzs.gov.cn/art/2026/11/19/art_1229_4567890.html",
            _zh_page(
                "某某市人民政府",
                "市政府召开全市冬春季森林防灭火工作会议",
                '<meta name="ArticleTitle" content="市政府召开全市冬春季森林防灭火工作会议">'
                '<meta name="ColumnName" content="政务动态"><meta name="ContentSource" content="市应急管理局">',
                """<div class="header"><img src="/picture/0/logo.png"></div>
<div class="nav"><a href="/">首页</a><a href="/col/col1229/index.html">政务动态</a></div>""",
                """<div class="main">
<div class="bt-position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229/index.html">政务动态</a></div>
<div class="article">
<div class="title"><h1>市政府召开全市冬春季森林防灭火工作会议</h1></div>
<table class="xxgk-bar"><tr><td>发布日期：2026年11月20日</td><td>信息来源：市应急管理局</td>
<td>浏览次数：<span id="hits">365</span></td><td>字号：[ <a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a> ]</td></tr></table>
<div id="zoom"><p>11月19日下午，市政府召开全市冬春季森林防灭火工作会议。</p>
<p>会议要求，2026年11月1日至2027年4月30日为森林防火期。</p></div>
<div class="print">[ <a href="javascript:window.print()">打印本页</a> ] [ <a href="javascript:window.close()">关闭窗口</a> ]</div>
</div>
<div class="xgxx"><div class="xgxx-title">相关信息</div><ul>
<li><a href="/art/2026/11/24/art_1229_4568001.html">市领导检查冬季安全生产</a> 2026-11-24</li></ul></div>
</div>""",
            ),
            date(2026, 11, 20),
            "Hanweb: 发布日期 in 年月日, the address the day before",
        )
    )
    # 7. A bureau's notice without a byline: the date at its foot; a short sentence of
    # the text names an earlier day; 打印本页 | 关闭窗口.
    out.append(
        ArticlePage(
            "zh-notice-foot-date-short-sentence",
            "http://www.mmx.gov.cn/zwgk/tzgg/content_90112.html",
            _zh_page(
                "某某县人民政府",
                "关于某某路段施工期间交通管制的通告",
                '<meta name="ColumnName" content="通知公告">',
                """<div class="header"><img src="/images/logo.png" alt="某某县人民政府"></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/tzgg/">通知公告</a></div>""",
                """<div class="main"><div class="position">当前位置：首页 &gt; 通知公告</div>
<div class="article"><h2 class="art-title">关于某某路段施工期间交通管制的通告</h2>
<div class="art-body"><p>我局于2026年11月3日收到某某路改造工程交通管制申请。</p>
<p>为保障施工安全，经研究决定，某某路（人民路至解放路段）施工期间实行交通管制，过往车辆请绕行，具体时间以现场公告为准。</p>
<p>特此通告。</p><p style="text-align:right">某某县公安局交通警察大队</p><p style="text-align:right">2026年11月19日</p></div>
"""
                + _PRINT_BAR
                + """</div></div>""",
            ),
            date(2026, 11, 19),
            "the date at the foot; a short sentence of the text names 2026年11月3日",
        )
    )
    return out


def _tw_articles() -> list[ArticlePage]:
    out = []
    # 7. A Taiwan city government news page (the 政府網站版型): 上架日期 and
    # 資料更新日期, 點閱次數; 最新消息 side list with newer dates.
    out.append(
        ArticlePage(
            "tw-city-news-shangjia-riqi",
            "https://www.ttc.gov.tw/News_Content.aspx?n=1234&s=567890",
            """<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>市府推動長者健康促進計畫-臺東市公所</title>
<meta name="DC.Title" content="市府推動長者健康促進計畫"><meta name="DC.Creator" content="臺東市公所">
<meta name="DC.Subject" content="最新消息"><meta name="DC.Publisher" content="臺東市公所">
<meta name="Category.Theme" content="340"><meta name="Category.Cake" content="DD0"><meta name="Category.Service" content="I00">
</head><body>
<a href="#C" title="跳到主要內容區塊" class="skip">跳到主要內容區塊</a>
<div class="header"><a href="/">臺東市公所</a><ul class="topnav"><li><a href="/">回首頁</a></li><li><a href="/sitemap">網站導覽</a></li><li><a href="/en">English</a></li></ul></div>
<div class="menu"><ul><li><a href="/News.aspx?n=1234">最新消息</a></li><li><a href="/News.aspx?n=1235">活動訊息</a></li></ul></div>
<div class="group base-wrapper"><div class="in">
<div class="area-essay page-side"><h3>最新消息</h3><ul>
<li><a href="/News_Content.aspx?n=1234&s=567901">公所辦理年終環境大掃除</a><span class="date">115-11-24</span></li>
<li><a href="/News_Content.aspx?n=1234&s=567899">市民活動中心開放借用公告</a><span class="date">115-11-23</span></li></ul></div>
<div class="area-essay page-content"><a name="C" accesskey="C" title="主要內容區">:::</a>
<div class="path">現在位置：<a href="/">首頁</a> &gt; <a href="/News.aspx?n=1234">最新消息</a></div>
<h2 class="h3">市府推動長者健康促進計畫</h2>
<div class="essay"><p>為提升長者健康，本所自即日起推動長者健康促進計畫，歡迎65歲以上市民報名。</p>
<p>報名期間：115年11月20日至115年12月31日。</p></div>
<div class="area-editor user-footer"><ul>
<li><span class="lab">資料更新日期：</span><span>115-11-23</span></li>
<li><span class="lab">上架日期：</span><span>115-11-20</span></li>
<li><span class="lab">發布單位：</span><span>社會課</span></li>
<li><span class="lab">點閱次數：</span><span>218</span></li></ul></div>
</div></div></div>
<div class="footer"><p>臺東市公所 地址：950臺東市某某路1號 電話：089-000000</p>
<p>Copyright © 2026 臺東市公所 All Rights Reserved. 最佳瀏覽解析度 1280x1024</p>
<p>最後更新日期：115-11-24</p></div>
</body></html>""",
            date(2026, 11, 20),
            "上架日期 (posted) 115-11-20, 資料更新日期 115-11-23 listed first",
        )
    )
    # 8. A ministry press release: 中華民國115年11月20日 as the date, 發布日期 in the
    # info list with 更新日期 before it.
    out.append(
        ArticlePage(
            "tw-ministry-press-release-minguo",
            "https://www.moenv.gov.tw/News_Content.aspx?n=9&s=204567",
            """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>環境部新聞稿 - 推動事業廢棄物清理專案稽查</title></head><body>
<header class="header"><div class="logo"><a href="/">環境部</a></div><nav><a href="/">首頁</a><a href="/News.aspx?n=9">新聞專區</a></nav></header>
<main><div class="breadcrumb"><a href="/">首頁</a> / <a href="/News.aspx?n=9">新聞稿</a></div>
<section class="news-detail"><h2>推動事業廢棄物清理專案稽查</h2>
<ul class="info"><li>更新日期：115-11-22</li><li>發布日期：115-11-20</li><li>發布單位：環境管理署</li></ul>
<div class="news-text"><p>中華民國115年11月20日</p><p>環境部今（20）日表示，將自115年12月1日起展開為期3個月的專案稽查。</p>
<p>新聞聯絡人：王科長 電話：02-2311-7722</p></div>
<div class="share"><a href="https://www.facebook.com/sharer.php?u=">Facebook</a> <a href="#">Line</a> <a href="javascript:window.print()">列印</a></div>
</section>
<aside class="related"><h3>相關新聞</h3><ul><li><a href="/News_Content.aspx?n=9&s=204601">空品不良應變</a> 115-11-24</li></ul></aside></main>
<footer><p>Copyright © 2026 環境部 版權所有</p></footer></body></html>""",
            date(2026, 11, 20),
            "中華民國115年11月20日 and 發布日期：115-11-20; 更新日期 115-11-22 listed first",
        )
    )
    # 9. A township office's page whose content box is titled with the column's name
    # (最新消息, also a related-list title) above the article; the side list is titled
    # the same.
    out.append(
        ArticlePage(
            "tw-content-box-titled-column-name",
            "https://www.xxx.gov.tw/cp.aspx?n=3344",
            """<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>最新消息-某某鄉公所</title></head><body>
<div class="header"><a href="/">某某鄉公所</a></div>
<div class="wrap"><div class="left-col"><div class="side-box"><h3>最新消息</h3><ul>
<li><a href="/cp.aspx?n=3350">鄉立圖書館12月休館公告</a> 115-11-24</li>
<li><a href="/cp.aspx?n=3349">冬令救濟物資發放</a> 115-11-23</li></ul></div></div>
<div class="center-col"><h3>最新消息</h3>
<div class="news-detail"><h4>115年度鄉民健康檢查開始報名</h4><p>日期：115-11-16</p>
<p>本所與衛生所合作辦理115年度鄉民健康檢查，凡設籍本鄉年滿40歲之鄉民均可報名，名額有限，額滿為止，請攜帶身分證及健保卡至衛生所辦理。</p>
<p><a href="/files/form.pdf">報名表下載</a> <a href="javascript:history.back()">回上頁</a></p></div></div></div>
<div class="footer">Copyright © 2026 某某鄉公所 最後更新日期：115-11-24</div></body></html>""",
            date(2026, 11, 16),
            "the content box and the side list are both titled 最新消息",
        )
    )
    return out


def _hk_articles() -> list[ArticlePage]:
    out = []
    # 9. info.gov.hk English press release: the date and time only at the foot.
    out.append(
        ArticlePage(
            "hk-press-release-en",
            "https://www.info.gov.hk/gia/general/202611/20/P2026112000456.htm",
            """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>LCQ12: Support for elderly persons living alone</title>
<script>var lang="en";</script></head><body>
<div id="header"><a href="/gia/general/today.htm">Today's Press Releases</a> | <a href="/gia/general/ctoday.htm">中文</a></div>
<div id="contentBody"><span id="PRHeadlineSpan">LCQ12: Support for elderly persons living alone</span>
<div id="pressrelease">Following is a question by the Hon Chan Siu-ming and a written reply by the Secretary for Labour and Welfare in the Legislative Council today (November 20):<br><br>
Question:<br><br>It was reported on October 30, 2026 that the number of elderly persons living alone had risen.<br><br>
Reply:<br><br>President,<br><br>The Government will launch a new round of the scheme from January 1, 2027.<br><br>
Ends/Thursday, November 20, 2026<br>Issued at HKT 15:30<br><br>NNNN</div></div>
<div id="footer">2026 | Important notices | Privacy Policy</div></body></html>""",
            date(2026, 11, 20),
            "Ends/Thursday, November 20, 2026 at the foot; a date reported in the body",
        )
    )
    # 10. The same in Chinese.
    out.append(
        ArticlePage(
            "hk-press-release-zh",
            "https://www.info.gov.hk/gia/general/202611/20/P2026112000457.htm",
            """<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8">
<title>立法會十二題：獨居長者支援</title></head><body>
<div id="header"><a href="/gia/general/ctoday.htm">今日新聞公報</a> | <a href="/gia/general/today.htm">English</a></div>
<div id="contentBody"><span id="PRHeadlineSpan">立法會十二題：獨居長者支援</span>
<div id="pressrelease">以下是今日（十一月二十日）在立法會會議上陳小明議員的提問和勞工及福利局局長的書面答覆：<br><br>
問題：<br><br>據報，2026年10月30日獨居長者人數上升。<br><br>答覆：<br><br>主席：<br><br>政府將於2027年1月1日起推出新一輪計劃。<br><br>
完<br><br>2026年11月20日（星期四）<br>香港時間15時30分<br><br>NNNN</div></div>
<div id="footer">2026年 | 重要告示 | 私隱政策</div></body></html>""",
            date(2026, 11, 20),
            "2026年11月20日（星期四） at the foot; a date reported in the body",
        )
    )
    return out


def _en(title: str, body: str, head: str = "", lang: str = "en-US") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>{head}
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</head><body>{body}</body></html>
"""


def _en_articles() -> list[ArticlePage]:
    out = []
    # 11. A news site: JSON-LD and article metas, "Published … Last updated …".
    out.append(
        ArticlePage(
            "en-news-published-last-updated",
            "https://www.northerntimes.example.co.uk/news/local/council-agrees-bus-lane-scheme-4821937",
            _en(
                "Council agrees bus lane scheme | Northern Times",
                """<header class="site-header"><a href="/">Northern Times</a><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
<div class="trending-bar"><span>Trending</span><a href="/news/storm">Storm Bert latest</a></div>
<main><article><h1>Council agrees bus lane scheme</h1>
<div class="article-meta"><span class="author">By Priya Shah</span>
<p class="timestamp">Published 20 November 2026, Last updated 22 November 2026</p></div>
<div class="article-body"><p>The scheme, first proposed on 3 March 2026, will start next spring.</p></div>
<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div></article>
<aside class="more-stories"><h2>More stories</h2><ul><li><a href="/news/x">Road closures this weekend</a> <span>24 November 2026</span></li></ul></aside></main>
<footer class="site-footer">© 2026 Northern Times Ltd. All rights reserved.</footer>""",
                head=(
                    '<meta property="article:published_time" content="2026-11-20T07:00:00+00:00">'
                    '<meta property="article:modified_time" content="2026-11-22T16:45:00+00:00">'
                    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                    '"headline":"Council agrees bus lane scheme","dateModified":"2026-11-22T16:45:00+00:00",'
                    '"datePublished":"2026-11-20T07:00:00+00:00"}</script>'
                ),
                lang="en-GB",
            ),
            date(2026, 11, 20),
            "dateModified listed before datePublished; Published … Last updated …",
        )
    )
    # 12. A local paper without metas: "By X | Nov. 20, 2026" byline, a right rail of
    # latest stories with <time> before the article.
    out.append(
        ArticlePage(
            "en-byline-pipe-right-rail-first",
            "https://www.lakecountyledger.example.com/news/school-board-names-new-superintendent",
            _en(
                "School board names new superintendent - Lake County Ledger",
                """<div class="masthead-wrap"><a href="/"><img src="/logo.png" alt="Lake County Ledger"></a></div>
<nav class="primary"><a href="/news">News</a><a href="/sports">Sports</a><a href="/obits">Obituaries</a></nav>
<div class="container"><div class="row">
<div class="col-md-4 col-md-push-8 right-rail"><div class="rail-module"><h3>Latest</h3>
<ul><li><a href="/news/holiday-parade">Holiday parade route announced</a> <time datetime="2026-11-24">Nov. 24, 2026</time></li>
<li><a href="/news/bridge">Bridge repairs begin</a> <time datetime="2026-11-23">Nov. 23, 2026</time></li></ul></div></div>
<div class="col-md-8 col-md-pull-4"><div class="story">
<h1>School board names new superintendent</h1>
<p class="story-byline">By Dana Whitfield | Nov. 20, 2026</p>
<p>The board voted 5-2 on Thursday night. She starts Jan. 5, 2027.</p>
<div class="share-tools"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div></div></div>
</div></div>
<footer><p>Copyright © 2026 Lake County Ledger. All rights reserved.</p></footer>""",
            ),
            date(2026, 11, 20),
            "the rail of latest stories (with <time>) comes first in the source",
        )
    )
    # 13. A US state agency press release on a Bootstrap grid: "Recent News" column
    # (no sidebar class) before the release; Release Date label.
    out.append(
        ArticlePage(
            "en-state-press-release-recent-news-column",
            "https://www.dot.example.gov/news/press-releases/winter-operations-plan",
            _en(
                "Department unveils winter operations plan | Department of Transportation",
                """<div class="usa-banner">An official website of the State</div>
<div class="agency-header"><a href="/">Department of Transportation</a></div>
<nav class="navbar"><a href="/news">News</a><a href="/projects">Projects</a></nav>
<div class="container"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Press Releases</li></ol>
<div class="row"><div class="col-sm-3"><div class="panel"><h4>Recent News</h4><ul class="list-unstyled">
<li><a href="/news/press-releases/i-90-lane-closures">I-90 lane closures</a><br><small>November 24, 2026</small></li>
<li><a href="/news/press-releases/holiday-travel">Holiday travel advisory</a><br><small>November 23, 2026</small></li></ul></div></div>
<div class="col-sm-9"><h1>Department unveils winter operations plan</h1>
<p><strong>FOR IMMEDIATE RELEASE</strong></p>
<p>Release Date: November 20, 2026</p><p>Contact: Public Information Office, 555-0100</p>
<p>The plan takes effect December 1, 2026 and runs through March 31, 2027.</p></div></div></div>
<footer class="footer">© 2026 State Department of Transportation</footer>""",
            ),
            date(2026, 11, 20),
            "Release Date: label; a Recent News column with newer dates first",
        )
    )
    # 14. WordPress: entry-date published and updated, comments with dates.
    out.append(
        ArticlePage(
            "en-wordpress-entry-date-comments",
            "https://www.millbrookhistory.example.org/the-old-mill-restoration/",
            _en(
                "The old mill restoration &#8211; Millbrook Historical Society",
                """<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/">Millbrook Historical Society</a></p></div>
<nav id="site-navigation" class="main-navigation"><a href="/events/">Events</a></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1187" class="post-1187 post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h1 class="entry-title">The old mill restoration</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/the-old-mill-restoration/" rel="bookmark"><time class="entry-date published" datetime="2026-11-20T10:15:00-05:00">November 20, 2026</time><time class="updated" datetime="2026-11-23T08:02:44-05:00">November 23, 2026</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/ellen/">Ellen</a></span></span></div></header>
<div class="entry-content"><p>Work began on September 14, 2026.</p></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news/" rel="category tag">News</a></span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;The old mill restoration&rdquo;</h2>
<ol class="comment-list"><li id="comment-51" class="comment even thread-even depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-metadata"><a href="#comment-51"><time datetime="2026-11-21T19:04:12-05:00">November 21, 2026 at 7:04 pm</time></a></div></footer>
<div class="comment-content"><p>Wonderful work!</p></div></article></li></ol></div>
</main></div>
<aside id="secondary" class="widget-area"><section id="calendar-2" class="widget widget_calendar"><div id="calendar_wrap" class="calendar_wrap">
<table id="wp-calendar" class="wp-calendar-table"><caption>November 2026</caption><tbody><tr><td>23</td><td><a href="/2026/11/24/" aria-label="Posts published on November 24, 2026">24</a></td><td id="today">25</td></tr></tbody></table></div></section></aside>
</div><footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress</div></footer></div>""",
            ),
            date(2026, 11, 20),
            "entry-date published and updated; comments and a calendar widget",
        )
    )
    # 15. A UK government news story: "Published 20 November 2026 / Last updated".
    out.append(
        ArticlePage(
            "en-govuk-news-story",
            "https://www.gov.uk/government/news/new-funding-for-rural-bus-services",
            _en(
                "New funding for rural bus services - GOV.UK",
                """<header class="govuk-header" role="banner"><a href="/" class="govuk-header__link">GOV.UK</a></header>
<div class="govuk-width-container"><div class="govuk-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/transport">Transport</a></li></ol></div>
<main class="govuk-main-wrapper" id="content"><div class="gem-c-title"><span class="gem-c-title__context">News story</span>
<h1 class="gem-c-title__text">New funding for rural bus services</h1></div>
<div class="gem-c-metadata"><dl class="gem-c-metadata__list"><dt class="gem-c-metadata__term">From:</dt>
<dd class="gem-c-metadata__definition"><a href="/government/organisations/department-for-transport">Department for Transport</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">20 November 2026</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">22 November 2026 <a href="#full-publication-update-history">— See all updates</a></dd></dl></div>
<div class="govspeak"><p>Councils can bid from 1 December 2026.</p></div>
<div class="app-c-published-dates"><dl><dt>Published 20 November 2026</dt><dt>Last updated 22 November 2026</dt></dl></div></main>
<div class="gem-c-related-navigation"><h2>Related content</h2><ul><li><a href="/x">Bus fares cap extended</a></li></ul></div></div>
<footer class="govuk-footer">© Crown copyright</footer>""",
                head=(
                    '<meta name="govuk:first-published-at" content="2026-11-20T09:30:00.000+00:00">'
                    '<meta name="govuk:updated-at" content="2026-11-22T11:02:00.000+00:00">'
                    '<meta name="govuk:public-updated-at" content="2026-11-22T11:02:00.000+00:00">'
                ),
                lang="en",
            ),
            date(2026, 11, 20),
            "GOV.UK: first-published-at meta, Published / Last updated metadata",
        )
    )
    # 16. A page whose only date is in its address.
    out.append(
        ArticlePage(
            "en-url-date-only",
            "https://www.valleyvoice.example.com/2026/11/20/volunteers-plant-500-trees/",
            _en(
                "Volunteers plant 500 trees | Valley Voice",
                """<header class="site-header"><a href="/">Valley Voice</a></header>
<main><article><h1>Volunteers plant 500 trees</h1><p class="byline">By Staff</p>
<p>More than 60 volunteers turned out on Saturday.</p></article>
<section class="comments"><h3>Comments</h3><div class="comment"><span class="comment-date">November 22, 2026</span><p>Great job!</p></div></section>
<aside class="sidebar"><h3>Popular</h3><ul><li><a href="/2026/11/24/x/">Tree lighting</a> November 24, 2026</li></ul></aside></main>
<footer>© 2026 Valley Voice</footer>""",
            ),
            date(2026, 11, 20),
            "the address's date; comments and a sidebar with later ones",
        )
    )
    return out


def all_articles() -> list[ArticlePage]:
    return _zh_articles() + _tw_articles() + _hk_articles() + _en_articles()
