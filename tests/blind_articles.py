"""Blind article pages: 31 article pages written from knowledge of real sites in
2023-2026 (Chinese central, provincial and county government and news sites, Taiwan and
Hong Kong, English news, blogs and public bodies, a journal, German, French, Spanish and
Japanese news), each with its publication date written down before the extractor was
run. Page furniture as the real sites have it: navigation, breadcrumbs, related and
most-read lists with their own dates, JSON-LD, OpenGraph and article meta, <time>,
bylines, updated notes, comments, copyright footers, cookie banners, inline scripts with
timestamps.

``truth``: the page's publication date (ISO day) or None (the page has no date).
``truth_no_url``: what the page alone tells when it differs from ``truth`` (a page
whose only date is in its URL). ``now``: the day the page was saved.
"""

from __future__ import annotations

from dataclasses import dataclass

NOW = "2026-01-20"

# A script real pages carry: the server's clock at render time (a date that is no
# publication date).
CLOCK = """<script>var serverTime = "2026-01-20 09:41:07"; window.__RENDERED__ = 1768902067000;</script>"""


@dataclass(frozen=True)
class ArticlePage:
    name: str
    truth: str | None
    url: str
    html: str
    now: str = NOW
    truth_no_url: str | bool | None = False  # False: same as truth

    @property
    def expected_without_url(self) -> str | None:
        return self.truth if self.truth_no_url is False else self.truth_no_url  # type: ignore[return-value]


PAGES: list[ArticlePage] = []


def _add(name: str, truth: str | None, url: str, html: str, **kw: object) -> None:
    PAGES.append(ArticlePage(name, truth, url, html, **kw))  # type: ignore[arg-type]


# 1. 人民网: date line "2025年06月12日06:21 | 来源：", publishdate meta, 热点排行 sidebar.
_add(
    "people_cn",
    "2025-06-12",
    "http://politics.people.com.cn/n1/2025/0612/c1001-40498765.html",
    """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>国务院常务会议部署推动消费提质升级--时政--人民网</title>
<meta name="keywords" content="消费,国务院常务会议">
<meta name="description" content="国务院总理主持召开国务院常务会议，部署推动消费提质升级工作。">
<meta name="filetype" content="0"><meta name="publishedtype" content="1"><meta name="pagetype" content="1">
<meta name="catalogs" content="1001"><meta name="contentid" content="40498765">
<meta name="publishdate" content="2025-06-12">
<meta name="author" content="人民网">
<meta name="source" content="来源：人民网－人民日报">
<link rel="stylesheet" href="/css/2020/page.css">
</head><body>
<div class="header"><div class="w1000"><a href="http://www.people.com.cn/">人民网首页</a> | <a href="http://politics.people.com.cn/">时政</a> | <a href="http://society.people.com.cn/">社会</a> | <a href="http://finance.people.com.cn/">财经</a>
<span class="fr">人民网 &gt;&gt; <a href="http://politics.people.com.cn/">时政</a></span></div></div>
<div class="layout rm_txt cf">
 <div class="col col-1 fl">
  <div class="rm_txt_con cf">
   <h1>国务院常务会议部署推动消费提质升级</h1>
   <div class="col-1-1 fl">2025年06月12日06:21 | 来源：<a href="http://paper.people.com.cn/" target="_blank">人民网－人民日报</a></div>
   <div class="col-1-1 fr"><a href="#">小字号</a></div>
   <div class="rm_txt_con cf">
   <p>　　新华社北京6月11日电 国务院总理6月11日主持召开国务院常务会议，部署推动消费提质升级工作，审议通过《关于加快发展服务消费的若干措施》。</p>
   <p>　　会议指出，今年以来，各地区各部门认真落实党中央、国务院决策部署，消费市场总体平稳。要在6月18日前后电商促销期间加强价格监管。</p>
   <p>　　会议还研究了其他事项。</p>
   <p>　　《 人民日报 》（ 2025年06月12日 01 版）</p>
   </div>
   <div class="edit cf">(责编：王静、刘洋)</div>
  </div>
 </div>
 <div class="col col-2 fr">
  <div class="headingNews"><h2>热点排行</h2>
  <ul><li><a href="/n1/2025/0611/c1001-40498012.html">全国夏粮收获进度过半</a> <span>2025-06-11</span></li>
  <li><a href="/n1/2025/0610/c1001-40497210.html">一图读懂政府工作报告重点任务进展</a> <span>2025-06-10</span></li>
  <li><a href="/n1/2025/0609/c1001-40496633.html">多地高考顺利结束</a> <span>2025-06-09</span></li></ul></div>
 </div>
</div>
<div class="foot"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务</p>
<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>
<p>Copyright &copy; 1997-2025 by www.people.com.cn. all rights reserved</p></div>
"""
    + CLOCK
    + """
</body></html>""",
)

# 2. 新华网: date split over spans (year / MM/DD / time), 相关新闻 list.
_add(
    "xinhua",
    "2025-03-18",
    "http://www.news.cn/politics/20250318/5d2f4e6a8b9c4d1e9f0a1b2c3d4e5f60/c.html",
    """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="keywords" content="春耕,农业农村部">
<meta name="description" content="春耕备耕进展顺利 全国农资供应总体充足">
<title>春耕备耕进展顺利 全国农资供应总体充足-新华网</title>
<meta name="pagetype" content="1">
<script src="//www.news.cn/global/js/jquery.js"></script>
</head><body>
<div class="topBar"><a href="http://www.news.cn/">新华网</a> &gt; <a href="http://www.news.cn/politics/">时政</a> &gt; 正文</div>
<div class="header domPC">
 <div class="header-top clearfix">
  <div class="header-time left">
   <span class="year"><em> 2025</em></span>
   <span class="day"><em> 03</em>/<em>18</em></span>
   <span class="time"> 09:42:15</span>
  </div>
  <div class="source">来源：新华网</div>
 </div>
 <div class="head-line clearfix"><h1><span class="title">春耕备耕进展顺利 全国农资供应总体充足</span></h1></div>
</div>
<div class="main clearfix"><div class="main-left left">
<div id="detail"><span id="detailContent">
<p>　　新华社北京3月18日电（记者于文静）记者18日从农业农村部了解到，当前春耕备耕进展顺利，全国农资供应总体充足。</p>
<p>　　据介绍，截至3月15日，全国已调运化肥近5000万吨。预计4月上旬将迎来春播高峰。</p>
</span></div>
<div class="editor">【责任编辑:李伟】</div>
<div class="relatedNews"><h3>相关新闻</h3><ul>
<li><a href="http://www.news.cn/politics/20250316/a1/c.html">多地抢抓农时推进春耕</a><span>2025-03-16</span></li>
<li><a href="http://www.news.cn/politics/20250312/b2/c.html">中央财政下达资金支持春耕生产</a><span>2025-03-12</span></li>
</ul></div>
</div></div>
<div class="foot"><p>Copyright &copy; 2000-2025 XINHUANET.com All rights reserved.</p><p>制作单位：新华网股份有限公司 版权所有：新华网股份有限公司</p></div>
"""
    + CLOCK
    + """
</body></html>""",
)

# 3. 央视网: "来源：央视新闻客户端 | 2025年04月22日 21:14:37", publish time in a script.
_add(
    "cctv",
    "2025-04-22",
    "https://news.cctv.com/2025/04/22/ARTIkQ3x9sVbLmNcPq8RtYzW250422.shtml",
    """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>我国成功发射新一代通信卫星_新闻频道_央视网(cctv.com)</title>
<meta name="spm-id" content="C94212.P4YnMod9m2uD.ENPMkWvfnaiV.11">
<meta name="description" content="4月22日20时许，我国在西昌卫星发射中心成功发射新一代通信卫星。">
<script>
var itemid1 = "ARTIkQ3x9sVbLmNcPq8RtYzW250422";
var commentTitle = "我国成功发射新一代通信卫星";
var pubtime = "2025-04-22 21:14:37";
var column_id = "TOPC1451528971114112";
</script>
</head><body>
<div class="nav_wrap"><a href="https://www.cctv.com/">网站首页</a><a href="https://news.cctv.com/">新闻</a><a href="https://tv.cctv.com/">电视</a><a href="https://sports.cctv.com/">体育</a></div>
<div class="nav_daohang"><a href="https://news.cctv.com/">新闻频道</a> &gt; <a href="https://news.cctv.com/china/">国内新闻</a> &gt; 正文</div>
<div class="title_area">
 <h1>我国成功发射新一代通信卫星</h1>
 <div class="info1">来源：央视新闻客户端 | 2025年04月22日 21:14:37</div>
</div>
<div class="content_area" id="content_area">
<p>　　央视网消息：4月22日20时许，我国在西昌卫星发射中心使用长征三号乙运载火箭，成功将新一代通信卫星发射升空，卫星顺利进入预定轨道，发射任务获得圆满成功。</p>
<p>　　此次任务是长征系列运载火箭的第5xx次飞行。</p>
</div>
<div class="zebian"><p>编辑：张明 责任编辑：刘亮</p></div>
<div class="xgtj"><h3>相关推荐</h3><ul>
<li><a href="https://news.cctv.com/2025/04/20/ARTIa.shtml">神舟飞船发射场区合练</a><span class="time">2025-04-20</span></li>
<li><a href="https://news.cctv.com/2025/04/18/ARTIb.shtml">长征八号甲首飞成功</a><span class="time">2025-04-18</span></li></ul></div>
<div class="footer"><p>Copyright &copy; 1996-2025 China Central Television. All Rights Reserved</p><p>京ICP证060535号 京公网安备11040202000001号</p></div>
"""
    + CLOCK
    + """
</body></html>""",
)

# 4. 南方日报 digital edition: the edition date in the header is the only date of the
# page (plus the 往期 calendar and a 版面 list).
_add(
    "nfrb_epaper",
    "2025-05-09",
    "https://epaper.southcn.com/nfdaily/html/202505/09/content_10123456.html",
    """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>广州南沙新区加快建设国际航运枢纽--南方日报</title>
<meta name="description" content="南方日报数字报">
</head><body>
<div class="top"><div class="logo"><img src="/nfdaily/images/logo.png" alt="南方日报"></div>
<div class="date">2025年05月09日 星期五</div>
<div class="nav"><a href="node_A01.html">上一版</a> <a href="node_A04.html">下一版</a> <a href="../../../../nfdaily/html/index.html">返回主页</a> <a href="#">往期回顾</a></div></div>
<div class="banmian"><p>第A03版：广东新闻</p>
<ul><li><a href="content_10123456.html">广州南沙新区加快建设国际航运枢纽</a></li>
<li><a href="content_10123457.html">深圳前海推出30条跨境金融新措施</a></li></ul></div>
<div class="article">
<h1>广州南沙新区加快建设国际航运枢纽</h1>
<h3>一季度集装箱吞吐量同比增长11.2%</h3>
<div class="author">南方日报记者 陈怡 通讯员 黄敏</div>
<div id="ozoom"><founder-content>
<p>　　5月8日，记者从南沙区获悉，今年一季度南沙港区集装箱吞吐量同比增长11.2%。南沙将于5月下旬举办国际航运论坛。</p>
<p>　　2024年，南沙港区完成集装箱吞吐量1900万标箱。</p>
</founder-content></div></div>
<div class="calendar"><table><caption>2025年5月</caption><tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr><tr><td>8</td><td><b>9</b></td><td>10</td></tr></table></div>
<div class="footer">南方日报社版权所有 Copyright &copy; 2025 粤ICP备09178283号</div>
"""
    + CLOCK
    + """
</body></html>""",
)

# 5. County government 政务动态 on TRS WCM: the URL's t-date is the day the document
# was created (11 July), published 14 July; 浏览次数 by script.
_add(
    "county_trs",
    "2025-07-14",
    "http://www.hxx.gov.cn/xwzx/zwdt/202507/t20250711_4567890.html",
    """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="华县人民政府">
<meta name="SiteDomain" content="www.hxx.gov.cn">
<meta name="SiteIDCode" content="3303270001">
<meta name="ColumnName" content="政务动态">
<meta name="ColumnType" content="政务动态">
<meta name="ArticleTitle" content="县政府召开防汛救灾工作专题会议">
<meta name="PubDate" content="2025-07-14 10:23">
<meta name="ContentSource" content="县政府办公室">
<meta name="Keywords" content="防汛">
<title>县政府召开防汛救灾工作专题会议</title>
</head><body>
<div class="top"><div class="topbar">今天是：<span id="today"></span> <a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div></div>
<div class="position">您当前的位置：<a href="../../../">首页</a> &gt; <a href="../../">新闻中心</a> &gt; <a href="../">政务动态</a></div>
<div class="article">
<h1>县政府召开防汛救灾工作专题会议</h1>
<div class="info">发布时间：2025-07-14 10:23　　来源：县政府办公室　　浏览次数：<span id="hits"><script>document.write(getHits("4567890"));</script></span>　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor"><div class="TRS_Editor">
<p>　　7月10日下午，县长主持召开防汛救灾工作专题会议，分析研判当前汛情形势，部署下阶段防汛救灾工作。</p>
<p>　　会议要求，各乡镇要在7月20日前完成山塘水库隐患排查。</p>
</div></div>
<div class="share"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="xgxw"><h3>相关信息</h3><ul>
<li><a href="./t20250709_4566123.html">县应急管理局开展防汛应急演练</a> 2025-07-09</li>
<li><a href="./t20250702_4561002.html">我县召开安全生产工作会议</a> 2025-07-02</li></ul></div>
</div>
<div class="footer"><p>主办：华县人民政府办公室　承办：华县大数据发展中心</p>
<p>网站标识码：3303270001　<a href="https://beian.miit.gov.cn/">浙ICP备05012345号</a>　浙公网安备 33032702000123号</p>
<p>技术支持：拓尔思信息技术股份有限公司</p></div>
<script>var _date = new Date(); document.getElementById("today").innerHTML = _date.getFullYear()+"年";</script>
"""
    + CLOCK
    + """
</body></html>""",
)

# 6. County government on Hanweb (大汉): /art/2024/11/5/art_..., date line in a table,
# no PubDate meta; 相关信息 and body event dates.
_add(
    "county_hanweb",
    "2024-11-05",
    "https://www.lanxi.gov.cn/art/2024/11/5/art_1229456789_59123456.html",
    """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="SiteName" content="兰溪市人民政府">
<meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="市农业农村局开展秋冬种技术指导服务">
<title>兰溪市人民政府 部门动态 市农业农村局开展秋冬种技术指导服务</title>
<script src="/script/jquery.js"></script>
</head><body>
<div class="head"><a href="/">首页</a><a href="/col/col1229456700/index.html">政务公开</a><a href="/col/col1229456701/index.html">政务服务</a><a href="/col/col1229456702/index.html">互动交流</a></div>
<table width="1000" align="center"><tr><td class="bt_link">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229456789/index.html">部门动态</a></td></tr></table>
<table width="960" align="center" class="main">
<tr><td class="title" align="center">市农业农村局开展秋冬种技术指导服务</td></tr>
<tr><td align="center" class="bt_content">
<table><tr><td>发布日期：2024-11-05 16:30</td><td>信息来源：市农业农村局</td><td>浏览次数：<span id="art_hits"></span></td><td>字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</td></tr></table>
</td></tr>
<tr><td id="zoom">
<p style="text-indent:2em">11月3日至4日，市农业农村局组织技术人员深入各乡镇，开展秋冬种技术指导服务，发放技术资料1200余份。</p>
<p style="text-indent:2em">下一步，该局将于11月15日前完成全市油菜种植面积核查。</p>
</td></tr>
<tr><td><div class="xgxx"><b>相关信息</b><ul>
<li><a href="/art/2024/10/28/art_1229456789_59110000.html">市农业农村局召开秋粮收购工作会</a><span>2024-10-28</span></li>
<li><a href="/art/2024/10/21/art_1229456789_59101234.html">我市启动冬季农田水利建设</a><span>2024-10-21</span></li></ul></div></td></tr>
</table>
<div class="foot">主办单位：兰溪市人民政府办公室　网站标识码：3307810003　浙ICP备12045678号<br>技术支持：南京大汉网络有限公司　建议使用1920*1080分辨率</div>
<script>$(function(){ $.get("/module/visitcount/articlehits.jsp?colid=1229456789&artid=59123456", function(d){ $("#art_hits").text(d); }); });</script>
"""
    + CLOCK
    + """
</body></html>""",
)

# 7. 政策文件 (gov.cn style): 索引号 / 发文字号 / 成文日期 (26 Feb) / 发布日期 (4 Mar);
# the rule takes effect on 1 April.
_add(
    "policy_doc",
    "2025-03-04",
    "https://www.gov.cn/zhengce/content/202503/content_7012345.htm",
    """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>国务院办公厅关于进一步优化营商环境降低制度性交易成本的意见_国务院文件_中国政府网</title>
<meta name="keywords" content="营商环境">
<meta name="firstpublishedtime" content="2025-03-04-17:30:02">
<meta name="lastmodifiedtime" content="2025-03-05-09:12:40">
<meta name="catalog" content="国务院文件">
</head><body>
<div class="header"><a href="/">首页</a> | <a href="/zhengce/">政策</a> | <a href="/hudong/">互动</a> | <a href="/fuwu/">服务</a></div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; <a href="/zhengce/zuixin/">最新</a></div>
<div class="policyLibraryOverview_header">
<table class="bd1" border="0" cellpadding="0" cellspacing="1">
<tr><td class="b12c" width="90">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>000014349/2025-00021</td><td class="b12c">主题分类：</td><td>综合政务\\其他</td></tr>
<tr><td class="b12c">发文机关：</td><td>国务院办公厅</td><td class="b12c">成文日期：</td><td>2025年02月26日</td></tr>
<tr><td class="b12c">标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">国务院办公厅关于进一步优化营商环境降低制度性交易成本的意见</td></tr>
<tr><td class="b12c">发文字号：</td><td>国办发〔2025〕7号</td><td class="b12c">发布日期：</td><td>2025年03月04日</td></tr>
</table></div>
<div class="pages_content" id="UCAP-CONTENT">
<p style="text-align:center">国务院办公厅关于进一步优化营商环境<br>降低制度性交易成本的意见</p>
<p>国办发〔2025〕7号</p>
<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>　　为深入贯彻落实党中央、国务院决策部署，经国务院同意，现提出以下意见。</p>
<p>　　本意见自2025年4月1日起施行。</p>
<p style="text-align:right">国务院办公厅<br>2025年2月26日</p>
<p>　　（此件公开发布）</p>
</div>
<div class="relatedLinks"><h4>相关稿件</h4><ul>
<li><a href="/zhengce/202503/content_7012400.htm">国务院政策例行吹风会：优化营商环境有关情况</a> 2025-03-05</li>
<li><a href="/zhengce/202502/content_7009988.htm">国务院常务会议研究优化营商环境</a> 2025-02-21</li></ul></div>
<div class="footer">主办单位：国务院办公厅 运行维护单位：中国政府网运行中心<br>版权所有：中国政府网 中文域名：中国政府网.政务<br>网站标识码bm01000001 京ICP备05070218号 京公网安备11010202000001号</div>
"""
    + CLOCK
    + """
</body></html>""",
)

# 8. 政策解读: a city's 图解; the document it explains is dated two days earlier.
_add(
    "policy_interp",
    "2025-03-06",
    "http://www.jiaxing.gov.cn/art/2025/3/6/art_1229567890_60012345.html",
    """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="一图读懂《嘉兴市促进民营经济高质量发展若干措施》">
<meta name="PubDate" content="2025-03-06 09:00">
<meta name="ContentSource" content="市发展改革委">
<title>一图读懂《嘉兴市促进民营经济高质量发展若干措施》</title>
</head><body>
<div class="top">嘉兴市人民政府 <a href="/">首页</a> <a href="/col/col1229567800/index.html">政务公开</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策解读 &gt; 图文解读</div>
<div class="article"><h1>一图读懂《嘉兴市促进民营经济高质量发展若干措施》</h1>
<div class="art_info"><span>发布时间：2025-03-06 09:00</span><span>信息来源：市发展改革委</span><span>访问次数：<em id="hits">1234</em></span></div>
<div class="zoom">
<p>　　2025年3月4日，嘉兴市人民政府印发《嘉兴市促进民营经济高质量发展若干措施》（嘉政发〔2025〕3号）。一图读懂如下：</p>
<p><img src="/picture/0/2503061020123.jpg" alt="图解"></p>
<p>　　解读机关：嘉兴市发展和改革委员会　解读人：王强　联系电话：0573-82000000</p>
</div>
<div class="relate"><h4>相关文件</h4><ul><li><a href="/art/2025/3/4/art_1229567801_60011111.html">嘉兴市人民政府关于印发《嘉兴市促进民营经济高质量发展若干措施》的通知</a> <span>2025-03-04</span></li></ul></div>
</div>
<div class="foot">主办：嘉兴市人民政府办公室 网站标识码：3304000001 浙ICP备05000000号 &copy;2025</div>
"""
    + CLOCK
    + """
</body></html>""",
)

# 9. 中央社 (CNA): "2025/9/15 14:32（9/16 09:10 更新）"; URL has a date + sequence.
_add(
    "cna_tw",
    "2025-09-15",
    "https://www.cna.com.tw/news/aipl/202509150123.aspx",
    """<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>立法院三讀通過AI基本法 | 政治 | 中央社 CNA</title>
<meta property="og:title" content="立法院三讀通過AI基本法 | 政治 | 中央社 CNA">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.cna.com.tw/news/aipl/202509150123.aspx">
<meta itemprop="datePublished" content="2025-09-15T14:32:00+08:00">
<meta itemprop="dateModified" content="2025-09-16T09:10:00+08:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"立法院三讀通過AI基本法","datePublished":"2025-09-15T14:32:00+08:00","dateModified":"2025-09-16T09:10:00+08:00","author":{"@type":"Person","name":"溫貴香"},"publisher":{"@type":"Organization","name":"中央通訊社"}}</script>
</head><body>
<div class="cookie-bar">本網站使用Cookie以提供更好的瀏覽體驗，繼續使用即表示同意。<a href="#">我知道了</a></div>
<header><a href="/">中央社 CNA</a><nav><a href="/list/aall.aspx">即時</a><a href="/list/aipl.aspx">政治</a><a href="/list/aopl.aspx">國際</a></nav></header>
<div class="breadcrumb"><a href="/">首頁</a> / <a href="/list/aipl.aspx">政治</a></div>
<article class="article">
<div class="centralContent"><h1><span>立法院三讀通過AI基本法</span></h1>
<div class="updatetime"><span>2025/9/15 14:32</span>（9/16 09:10 更新）</div>
<div class="paragraph">
<p>（中央社記者溫貴香台北15日電）立法院會今天三讀通過人工智慧基本法草案，明定政府應於法律公布後2年內完成相關法規檢討。</p>
<p>行政院於2024年7月提出草案。</p>
<p class="team">（編輯：林克倫）1140915</p>
</div></div></article>
<div class="moreArticle"><h2>延伸閱讀</h2><ul>
<li><a href="/news/aipl/202509140087.aspx">國會延會至年底</a><div class="date">2025/9/14 18:20</div></li>
<li><a href="/news/aipl/202509130052.aspx">總統接見友邦訪團</a><div class="date">2025/9/13 11:05</div></li></ul></div>
<footer>本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。 Copyright &copy; 2025 CNA. All rights reserved.</footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 10. Taiwan ministry press release: ROC dates (發布日期：114-09-18, 更新日期：114-09-19),
# site-wide 網站更新日期 in the footer.
_add(
    "tw_gov_roc",
    "2025-09-18",
    "https://www.mohw.gov.tw/cp-16-82345-1.html",
    """<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8">
<title>衛福部公布113年國人死因統計結果-衛生福利部</title>
<meta name="DC.Title" content="衛福部公布113年國人死因統計結果">
<meta name="DC.Creator" content="衛生福利部">
<meta name="DC.Subject" content="新聞稿">
<meta name="DC.Publisher" content="衛生福利部">
<meta name="DC.Type" content="新聞稿">
<meta name="DC.Language" content="中文">
</head><body>
<a href="#C" class="acc" title="跳到主要內容區塊">跳到主要內容區塊</a>
<div class="header"><a href="/">衛生福利部</a> <a href="/sitemap.html">網站導覽</a> <a href="/mp-2.html">English</a></div>
<div class="path"><a href="/mp-1.html">首頁</a> &gt; <a href="/lp-16-1.html">最新消息</a> &gt; <a href="/lp-17-1.html">新聞稿</a></div>
<div class="cp">
<h2 class="h3">衛福部公布113年國人死因統計結果</h2>
<ul class="info"><li>發布單位：統計處</li><li>發布日期：114-09-18</li><li>更新日期：114-09-19</li></ul>
<div class="p">
<p>衛生福利部今（18）日公布113年國人死因統計結果，113年死亡人數為20萬1,313人。</p>
<p>十大死因依序為癌症、心臟疾病、肺炎……。相關資料將於114年10月1日起於本部網站公開。</p>
</div>
<div class="file"><a href="/dl-99999-1.html">113年死因統計結果分析.pdf</a></div>
</div>
<div class="footer"><p>衛生福利部 版權所有 &copy; 2025 All Rights Reserved.</p><p>地址：115204 臺北市南港區忠孝東路6段488號</p><p>網站更新日期：114-10-02　瀏覽人次：12345678</p></div>
"""
    + CLOCK
    + """
</body></html>""",
)

# 11. RTHK: "2025-01-22 HKT 15:42"; URL ends with the date.
_add(
    "rthk",
    "2025-01-22",
    "https://news.rthk.hk/rthk/ch/component/k2/1789012-20250122.htm",
    """<!DOCTYPE html>
<html lang="zh-hk"><head><meta charset="utf-8">
<title>港府公布新一輪人才入境計劃優化措施 - RTHK</title>
<meta property="og:title" content="港府公布新一輪人才入境計劃優化措施">
<meta property="og:type" content="article">
<meta property="og:site_name" content="RTHK">
</head><body>
<div id="header"><a href="/rthk/ch/">香港電台網站 新聞</a> <a href="/rthk/ch/latest-news.htm">即時新聞</a> <a href="/rthk/ch/local-news.htm">本地</a></div>
<div class="itemFullText">
<h2 class="itemTitle">港府公布新一輪人才入境計劃優化措施</h2>
<div class="itemFullText">
政府今日公布優化「高端人才通行證計劃」，擴大合資格大學名單，新措施將於2月1日起生效。<br><br>
勞工及福利局局長表示，計劃自2022年12月推出以來反應理想。
</div>
<div class="createddate">2025-01-22 HKT 15:42</div>
</div>
<div class="moduletable"><h3>相關新聞</h3><ul>
<li><a href="/rthk/ch/component/k2/1788890-20250121.htm">政府發表人口政策報告</a> <span class="date">2025-01-21 HKT 11:20</span></li>
<li><a href="/rthk/ch/component/k2/1788700-20250120.htm">立法會討論人才政策</a> <span class="date">2025-01-20 HKT 18:02</span></li></ul></div>
<div id="footer">&copy; 2025 香港電台 版權所有。 重要告示 私隱政策</div>
"""
    + CLOCK
    + """
</body></html>""",
)

# 12. Hong Kong government press release (info.gov.hk, Chinese): date only at the end,
# "完\n2025年1月22日（星期三）\n香港時間16時30分".
_add(
    "hk_gov_pr",
    "2025-01-22",
    "https://www.info.gov.hk/gia/general/202501/22/P2025012200345.htm",
    """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>運輸署公布農曆新年特別交通安排</title>
</head><body>
<table width="100%"><tr><td><img src="/gia/images/banner_c.gif" alt="香港特別行政區政府 新聞公報"></td></tr></table>
<div id="PRHeadlineSpan">運輸署公布農曆新年特別交通安排</div>
<div id="pressrelease">
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊<br><br>
　　運輸署今日（一月二十二日）公布，配合一月二十九日（農曆年初一）晚上在維多利亞港舉行的煙花匯演，港島及九龍區將實施特別交通安排。<br><br>
　　一月二十九日下午六時至晚上十一時，部分道路將封閉。<br><br>
完<br>
</div>
<div class="mB15 f13" id="pr_date">2025年1月22日（星期三）<br>香港時間16時30分</div>
<div><a href="/gia/general/today_c.htm">今日新聞公報</a> <a href="/gia/general/202501/22c.htm">返回2025年1月22日新聞公報</a></div>
<div class="footer">2025 | 重要告示 | 私隱政策</div>
"""
    + CLOCK
    + """
</body></html>""",
)

# 13. BBC News: <time> in the byline block, JSON-LD published/modified on different days,
# "More from BBC" with <time> of other articles.
_add(
    "bbc",
    "2025-02-11",
    "https://www.bbc.com/news/articles/c4g9x1y2z3ko",
    """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Storm Eowyn: Thousands still without power a week on - BBC News</title>
<meta name="description" content="Engineers are working to restore supplies to homes in rural areas.">
<meta property="og:type" content="article">
<meta property="og:title" content="Thousands still without power a week on">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","url":"https://www.bbc.com/news/articles/c4g9x1y2z3ko","publisher":{"@type":"NewsMediaOrganization","name":"BBC News"},"datePublished":"2025-02-11T14:03:22.000Z","dateModified":"2025-02-12T08:15:40.000Z","headline":"Thousands still without power a week on","author":[{"@type":"Person","name":"Chris Page"}]}</script>
</head><body>
<div id="cookiePrompt"><p>Let us know you agree to cookies</p><button>Yes, I agree</button><a href="/usingthebbc/cookies/">No, take me to settings</a></div>
<header><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a><a href="/business">Business</a></nav></header>
<main><article>
<div data-component="headline-block"><h1>Thousands still without power a week on</h1></div>
<div data-component="byline-block"><time data-testid="timestamp" datetime="2025-02-11T14:03:22.000Z">11 February 2025</time><div><span data-testid="byline-name">Chris Page</span><span>Ireland correspondent</span></div></div>
<div data-component="text-block"><p>Thousands of homes remain without electricity a week after Storm Eowyn struck on 24 January.</p></div>
<div data-component="text-block"><p>The network operator said it expected all customers to be reconnected by Friday 14 February.</p></div>
</article>
<section data-component="links-block"><h2>More from BBC</h2>
<div data-testid="card"><a href="/news/articles/cx2"><h3>Weather warnings issued for snow and ice</h3></a><time datetime="2025-02-10T19:00:00.000Z">10 February 2025</time></div>
<div data-testid="card"><a href="/news/articles/cx3"><h3>Storm Eowyn: What happened and why</h3></a><time datetime="2025-01-25T09:30:00.000Z">25 January 2025</time></div>
</section></main>
<footer><p>Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites.</p></footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 14. Reuters: URL ends with the date; article:published_time; "Updated" time.
_add(
    "reuters",
    "2025-06-03",
    "https://www.reuters.com/business/energy/oil-rises-opec-output-hike-smaller-than-feared-2025-06-03/",
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Oil rises as OPEC+ output hike smaller than feared | Reuters</title>
<meta name="description" content="Oil prices rose on Tuesday after OPEC+ agreed a smaller than expected output increase for July.">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-06-03T01:12:45Z">
<meta property="article:modified_time" content="2025-06-03T06:48:10Z">
<meta name="article:section" content="Energy">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Oil rises as OPEC+ output hike smaller than feared","datePublished":"2025-06-03T01:12:45Z","dateModified":"2025-06-03T06:48:10Z","isAccessibleForFree":true}</script>
</head><body>
<div id="onetrust-banner-sdk"><p>We use cookies and similar technologies.</p><button>Accept All</button></div>
<header><a href="/">Reuters</a><nav><a href="/world/">World</a><a href="/business/">Business</a><a href="/markets/">Markets</a></nav></header>
<main><article>
<nav aria-label="Tags"><a href="/business/">Business</a> <a href="/business/energy/">Energy</a></nav>
<h1 data-testid="Heading">Oil rises as OPEC+ output hike smaller than feared</h1>
<div class="article-header__author-date"><address>By <a href="/authors/">Anna Hirtenstein</a></address>
<time datetime="2025-06-03T06:48:10Z"><span>June 3, 2025</span><span>6:48 AM UTC</span><span>Updated 3 hours ago</span></time></div>
<p data-testid="paragraph-0">LONDON, June 3 (Reuters) - Oil prices rose on Tuesday after OPEC+ agreed at a meeting on May 31 to raise output in July by 411,000 barrels per day.</p>
<p data-testid="paragraph-1">The group will meet again on July 6.</p>
<p>Reporting by Anna Hirtenstein; Editing by Jan Harvey</p>
</article>
<aside><h2>Read Next</h2><ul><li><a href="/markets/commodities/gold-2025-06-02/">Gold hits four-week high</a><time datetime="2025-06-02T15:01:00Z">June 2, 2025</time></li></ul></aside></main>
<footer>&copy; 2025 Reuters. All rights reserved</footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 15. AP News: the visible line is only "Updated 3:14 PM EDT, October 11, 2024"; the
# first publication is in article:published_time (10 Oct) and a bsp-timestamp.
_add(
    "apnews",
    "2024-10-10",
    "https://apnews.com/article/hurricane-milton-florida-damage-power-outages-8f2a1b3c4d5e6f708192a3b4c5d6e7f8",
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Hurricane Milton leaves millions without power in Florida | AP News</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-10-10T06:05:14">
<meta property="article:modified_time" content="2024-10-11T19:14:02">
<meta property="article:section" content="U.S. News">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Hurricane Milton leaves millions without power in Florida","datePublished":"2024-10-10T06:05:14Z","dateModified":"2024-10-11T19:14:02Z","author":[{"@type":"Person","name":"Kate Payne"}]}</script>
</head><body>
<header class="Page-header"><a href="/">AP</a><nav><a href="/world-news">World</a><a href="/us-news">U.S.</a><a href="/politics">Politics</a></nav></header>
<main><div class="Page-breadcrumbs"><a href="/us-news">U.S. News</a></div>
<h1 class="Page-headline">Hurricane Milton leaves millions without power in Florida</h1>
<div class="Page-byline"><div class="Page-authors">By <a href="#">KATE PAYNE</a> and <a href="#">CURT ANDERSON</a></div>
<div class="Page-dateModified"><span>Updated </span><bsp-timestamp data-timestamp="1728674042000" data-recent="false"><span data-date>3:14 PM EDT, October 11, 2024</span></bsp-timestamp></div></div>
<div class="RichTextStoryBody"><p>TAMPA, Fla. (AP) &mdash; Hurricane Milton made landfall Wednesday night near Siesta Key as a Category 3 storm.</p>
<p>Officials said schools would reopen Monday, Oct. 14.</p></div>
<div class="PageList-items"><h2>Most read</h2>
<div class="PagePromo"><a href="/article/a1">Helene death toll rises</a><bsp-timestamp data-timestamp="1728400000000"><span data-date>October 8, 2024</span></bsp-timestamp></div></div></main>
<footer>Copyright 2026 The Associated Press. All Rights Reserved.</footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 16. The Guardian: URL date; "Fri 14 Mar 2025 07.00 CET" in <details>, "Last modified".
_add(
    "guardian",
    "2025-03-14",
    "https://www.theguardian.com/environment/2025/mar/14/uk-rivers-sewage-spills-record-2024",
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Sewage spills into England's rivers hit record high in 2024 | Water industry | The Guardian</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-14T06:00:11.000Z">
<meta property="article:modified_time" content="2025-03-14T09:12:58.000Z">
<meta property="article:section" content="Environment">
<script type="application/ld+json">[{"@type":"NewsArticle","@context":"https://schema.org","headline":"Sewage spills into England's rivers hit record high in 2024","datePublished":"2025-03-14T06:00:11.000Z","dateModified":"2025-03-14T09:12:58.000Z"}]</script>
</head><body>
<div class="cmp-container"><p>It's your choice. We use cookies...</p><button>Yes, I'm happy</button></div>
<header><nav><a href="/">News</a><a href="/commentisfree">Opinion</a><a href="/sport">Sport</a><a href="/culture">Culture</a></nav></header>
<main><article>
<div data-gu-name="headline"><h1>Sewage spills into England's rivers hit record high in 2024</h1></div>
<div data-gu-name="meta"><a rel="author" href="/profile/sandralaville">Sandra Laville</a> Environment correspondent
<details><summary><span>Fri 14 Mar 2025 07.00 CET</span></summary><span>Last modified on Fri 14 Mar 2025 10.12 CET</span></details></div>
<div id="maincontent"><p>Water companies in England discharged raw sewage into rivers and seas for 3.6m hours in 2024, figures published on Thursday show.</p>
<p>The Environment Agency data, released on 13 March, showed a 2% rise on 2023.</p></div>
</article>
<aside data-component="most-popular"><h2>Most viewed</h2><ol>
<li><a href="/world/2025/mar/13/ukraine-ceasefire-talks">Ukraine ceasefire talks</a></li>
<li><a href="/uk-news/2025/mar/12/weather-warning">Weather warning issued</a></li></ol></aside></main>
<footer>&copy; 2025 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 17. A local US newspaper on TownNews BLOX: published 6:30 pm Central on 7 Jan (00:30
# UTC on 8 Jan); updated on 8 Jan; asset id URL.
_add(
    "blox_local",
    "2025-01-07",
    "https://www.wcfcourier.com/news/local/government-politics/article_3f2a1b2c-cd11-11ef-9a2b-6b7c8d9e0f12.html",
    """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Waterloo council approves budget for new fire station | Local Government | wcfcourier.com</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-01-07T18:30:00-06:00">
<meta property="article:modified_time" content="2025-01-08T10:05:00-06:00">
<meta property="article:section" content="Local Government">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Waterloo council approves budget for new fire station","datePublished":"2025-01-07T18:30:00-06:00","dateModified":"2025-01-08T10:05:00-06:00"}</script>
<script>var __tnt = {"asset": {"id":"3f2a1b2c-cd11-11ef-9a2b-6b7c8d9e0f12","published":"2025-01-08T00:30:00Z"}};</script>
</head><body>
<div id="site-navbar-container"><a href="/">wcfcourier.com</a> <a href="/news/local/">Local</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> <a href="/eedition/">e-Edition</a></div>
<div class="weather">Waterloo, IA (50701) Today: Cloudy. High 28F.</div>
<article>
<header class="asset-header"><h1 class="headline"><span class="asset-headline">Waterloo council approves budget for new fire station</span></h1>
<ul class="list-inline"><li><span class="asset-byline">Amie Rivers</span></li>
<li class="hidden-print"><time datetime="2025-01-07T18:30:00-06:00" class="tnt-date asset-date text-muted">Jan 7, 2025</time></li>
<li><span class="asset-date-updated">Updated Jan 8, 2025</span></li></ul></header>
<div class="asset-content"><p>WATERLOO &mdash; The City Council on Monday approved $4.2 million for a new fire station on the city's east side.</p>
<p>Construction is expected to begin in spring 2026. A public hearing is set for Feb. 3.</p></div>
</article>
<div class="tnt-most-read"><h3>Most Popular</h3><ul><li><a href="/news/local/article_a.html">Snow emergency declared</a> <time datetime="2025-01-06T08:00:00-06:00">Jan 6, 2025</time></li></ul></div>
<footer>&copy; Copyright 2026, The Courier, Waterloo, IA. Powered by BLOX Content Management System from TownNews.com.</footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 18. Medium: "Mar 5, 2024" in storyPublishDate; JSON-LD with published/modified.
_add(
    "medium",
    "2024-03-05",
    "https://medium.com/@jdoe/what-i-learned-migrating-400-services-to-kubernetes-3f2a1b2c4d5e",
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>What I Learned Migrating 400 Services to Kubernetes | by Jane Doe | Medium</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-05T14:22:10.123Z">
<meta property="article:author" content="https://medium.com/@jdoe">
<meta name="twitter:data1" content="12 min read">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","image":["https://miro.medium.com/1*x.png"],"url":"https://medium.com/@jdoe/what-i-learned-3f2a1b2c4d5e","dateCreated":"2024-03-05T14:22:10.123Z","datePublished":"2024-03-05T14:22:10.123Z","dateModified":"2024-03-07T09:00:00.456Z","headline":"What I Learned Migrating 400 Services to Kubernetes","author":{"@type":"Person","name":"Jane Doe"}}</script>
</head><body>
<div id="root"><nav><a href="/">Medium</a><a href="/new-story">Write</a><a href="/m/signin">Sign in</a></nav>
<article><div><h1 data-testid="storyTitle">What I Learned Migrating 400 Services to Kubernetes</h1>
<div><a href="/@jdoe">Jane Doe</a> &middot; <a href="#">Follow</a></div>
<div><span data-testid="storyReadTime">12 min read</span> &middot; <span data-testid="storyPublishDate">Mar 5, 2024</span></div>
<p>In January 2023 our team started moving 400 services off a fleet of VMs.</p>
<p>By December 2023 the last one was gone.</p></div></article>
<div><h2>More from Jane Doe</h2>
<div><a href="/@jdoe/a">Our on-call rotation, one year later</a><span>Jan 12, 2024</span></div>
<div><a href="/@jdoe/b">Terraform at scale</a><span>Nov 30, 2023</span></div></div>
<div><h2>Recommended from Medium</h2><div><a href="/@x/c">The death of microservices</a><span>Feb 28, 2024</span></div></div>
</div>
"""
    + CLOCK
    + """
</body></html>""",
)

# 19. Substack: date in a pencraft div and JSON-LD; comments dated later.
_add(
    "substack",
    "2025-10-02",
    "https://example.substack.com/p/the-quiet-collapse-of-local-news",
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>The quiet collapse of local news - by Sam Lee</title>
<meta property="og:type" content="article">
<meta property="og:title" content="The quiet collapse of local news">
<meta name="author" content="Sam Lee">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://example.substack.com/p/the-quiet-collapse-of-local-news","mainEntityOfPage":"https://example.substack.com/p/the-quiet-collapse-of-local-news","headline":"The quiet collapse of local news","datePublished":"2025-10-02T11:03:44+00:00","dateModified":"2025-10-04T16:20:01+00:00","isAccessibleForFree":true,"author":[{"@type":"Person","name":"Sam Lee"}]}</script>
</head><body>
<div class="topbar"><a href="/">Sam's Newsletter</a> <a href="/subscribe">Subscribe</a> <a href="/sign-in">Sign in</a></div>
<article class="post"><div class="post-header"><h1 class="post-title">The quiet collapse of local news</h1>
<h3 class="subtitle">Three papers, one owner, zero reporters</h3>
<div class="pencraft pc-display-flex"><a href="#">Sam Lee</a><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Oct 02, 2025</div></div></div>
<div class="body markup"><p>When the Ledger closed on August 29, 2025, the town lost its last newsroom.</p></div>
</article>
<div class="comments-section"><h3>12 Comments</h3>
<div class="comment"><a href="#">Pat</a> <a class="date" href="#" title="Oct 3, 2025, 8:12 AM">Oct 3</a><p>Same thing happened here.</p></div>
<div class="comment"><a href="#">Kim</a> <a class="date" href="#" title="Oct 5, 2025, 10:01 PM">Oct 5</a><p>Great piece.</p></div></div>
<div class="footer">&copy; 2026 Sam Lee &middot; Privacy &middot; Terms &middot; Collection notice</div>
<script>window._preloads = JSON.parse("{\\"post\\":{\\"id\\":172345678,\\"post_date\\":\\"2025-10-02T11:03:44.000Z\\",\\"updated_at\\":\\"2025-10-04T16:20:01.000Z\\"}}")</script>
"""
    + CLOCK
    + """
</body></html>""",
)

# 20. WordPress blog with Yoast, updated later, comments dated later; URL has the date.
_add(
    "wordpress",
    "2023-11-28",
    "https://breadandbutterblog.com/2023/11/28/my-sourdough-journey/",
    """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>My Sourdough Journey - Bread and Butter</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-11-28T09:15:00+00:00">
<meta property="article:modified_time" content="2024-02-02T17:40:12+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://breadandbutterblog.com/2023/11/28/my-sourdough-journey/#article","headline":"My Sourdough Journey","datePublished":"2023-11-28T09:15:00+00:00","dateModified":"2024-02-02T17:40:12+00:00"},{"@type":"WebPage","datePublished":"2023-11-28T09:15:00+00:00","dateModified":"2024-02-02T17:40:12+00:00"}]}</script>
</head><body class="post-template-default single single-post">
<header id="masthead"><p class="site-title"><a href="/">Bread and Butter</a></p><nav><a href="/recipes/">Recipes</a><a href="/about/">About</a></nav></header>
<main id="main"><article id="post-412" class="post-412 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">My Sourdough Journey</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/2023/11/28/my-sourdough-journey/" rel="bookmark"><time class="entry-date published" datetime="2023-11-28T09:15:00+00:00">November 28, 2023</time><time class="updated" datetime="2024-02-02T17:40:12+00:00">February 2, 2024</time></a></span> <span class="byline">by <a href="/author/ellen/">Ellen</a></span></div></header>
<div class="entry-content"><p>I started my starter on March 1, 2023. Here is what nine months taught me.</p>
<p><em>Update, February 2, 2024: added a note on rye flour.</em></p></div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;My Sourdough Journey&rdquo;</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><b class="fn">Maria</b> <div class="comment-metadata"><a href="#comment-51"><time datetime="2023-12-03T16:12:00+00:00">December 3, 2023 at 4:12 pm</time></a></div><p>Lovely crumb!</p></article></li>
<li class="comment"><article class="comment-body"><b class="fn">Tom</b> <div class="comment-metadata"><a href="#comment-58"><time datetime="2024-01-15T08:30:00+00:00">January 15, 2024 at 8:30 am</time></a></div><p>Which flour?</p></article></li></ol></div>
<aside id="secondary"><section class="widget widget_recent_entries"><h2>Recent Posts</h2><ul>
<li><a href="/2024/05/10/focaccia/">Focaccia for beginners</a> <span class="post-date">May 10, 2024</span></li>
<li><a href="/2024/03/02/rye/">Rye experiments</a> <span class="post-date">March 2, 2024</span></li></ul></section></aside></main>
<footer id="colophon">&copy; 2026 Bread and Butter &middot; Proudly powered by WordPress</footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 21. GOV.UK news story: Published / Last updated in a metadata list; govuk meta.
_add(
    "govuk",
    "2025-05-14",
    "https://www.gov.uk/government/news/new-funding-to-cut-hospital-waiting-lists",
    """<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8">
<title>New funding to cut hospital waiting lists - GOV.UK</title>
<meta name="govuk:format" content="news_article">
<meta name="govuk:first-published-at" content="2025-05-14T09:30:00+01:00">
<meta name="govuk:updated-at" content="2025-05-16T11:02:33+01:00">
<meta name="govuk:public-updated-at" content="2025-05-16T11:00:00+01:00">
<meta name="govuk:schema-name" content="news_article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.gov.uk/government/news/new-funding-to-cut-hospital-waiting-lists"},"headline":"New funding to cut hospital waiting lists","datePublished":"2025-05-14T09:30:00+01:00","dateModified":"2025-05-16T11:00:00+01:00"}</script>
</head><body class="govuk-template__body">
<div class="gem-c-cookie-banner"><h2>Cookies on GOV.UK</h2><p>We use some essential cookies to make this website work.</p><button>Accept additional cookies</button></div>
<header class="gem-c-layout-super-navigation-header"><a href="/">GOV.UK</a><a href="/browse">Menu</a></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/health-and-social-care">Health and social care</a></li></ol></div>
<main class="govuk-main-wrapper" id="content">
<span class="govuk-caption-xl">Press release</span><h1 class="gem-c-title__text">New funding to cut hospital waiting lists</h1>
<p class="gem-c-lead-paragraph">An extra &pound;1.2 billion will fund 40,000 more operations a week from 1 April 2026.</p>
<div class="gem-c-metadata"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/department-of-health-and-social-care">Department of Health and Social Care</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">14 May 2025</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">16 May 2025 <a href="#full-history">&mdash; See all updates</a></dd></dl></div>
<div class="govspeak"><ul><li>40,000 extra operations a week</li></ul><p>The Health Secretary announced the funding on a visit to a hospital in Leeds on 13 May.</p></div>
<div id="full-history"><h2>Updates to this page</h2><p>Published 14 May 2025</p><p>Last updated 16 May 2025 <span>Corrected a figure in the second paragraph.</span></p></div>
</main></div>
<footer class="govuk-footer"><p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p><a href="#">&copy; Crown copyright</a></footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 22. A US city's CivicPlus News Flash: "Posted on: January 14, 2025"; the sidebar's other
# news each "Posted on:" too; a meeting date in the body.
_add(
    "civicplus_city",
    "2025-01-14",
    "https://www.cityofgreenfield.gov/CivicAlerts.aspx?AID=1234",
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Mayor Announces Winter Road Salt Program | Greenfield, OH - Official Website</title>
<meta name="description" content="News Flash">
</head><body>
<div id="skipToContent"><a href="#cc">Skip to Main Content</a></div>
<div class="siteHeader"><a href="/">City of Greenfield</a><ul class="mainNav"><li><a href="/27/Government">Government</a></li><li><a href="/31/Departments">Departments</a></li><li><a href="/35/Residents">Residents</a></li></ul></div>
<div class="breadCrumbs"><a href="/">Home</a> &rsaquo; <a href="/CivicAlerts.aspx">News Flash</a></div>
<div id="cc"><h2 class="newsFlashTitle">City News</h2>
<div class="single"><h3 class="subhead1">Mayor Announces Winter Road Salt Program</h3>
<div class="date">Posted on: January 14, 2025</div>
<div class="fr-view"><p>Residents may pick up free road salt at the Public Works garage through February 28. A public information session will be held January 28, 2025 at 6 p.m.</p></div>
<a href="/CivicAlerts.aspx">&#8672; Previous</a> <a href="/CivicAlerts.aspx?AID=1235">Next &#8674;</a></div></div>
<div class="sidebar"><h3>Other News in City News</h3><ul>
<li><a href="/CivicAlerts.aspx?AID=1240">Trash Pickup Delayed for MLK Day</a><div class="date">Posted on: January 17, 2025</div></li>
<li><a href="/CivicAlerts.aspx?AID=1229">Holiday Tree Recycling</a><div class="date">Posted on: January 2, 2025</div></li></ul>
<a href="/CivicAlerts.aspx?CID=1">View All</a></div>
<div class="footer"><p>City Hall, 300 S Washington St, Greenfield, OH 45123</p><p>Government Websites by <a href="https://www.civicplus.com/">CivicPlus&reg;</a></p></div>
"""
    + CLOCK
    + """
</body></html>""",
)

# 23. Australian minister's media release (Drupal): the time element's datetime is UTC
# (13:00Z on 3 March = midnight 4 March AEDT); the text says 4 March.
_add(
    "au_media_release",
    "2025-03-04",
    "https://minister.health.gov.au/media-release/record-investment-in-bulk-billing",
    """<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>Record investment in bulk billing | Health Portfolio Ministers</title>
<meta name="dcterms.title" content="Record investment in bulk billing">
<meta name="dcterms.creator" content="Department of Health and Aged Care">
<meta name="dcterms.type" content="Media release">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
</head><body>
<a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<header><div class="au-header"><a href="/">Australian Government - Health Portfolio Ministers</a></div><nav><a href="/ministers">Ministers</a><a href="/media-releases">Media releases</a><a href="/speeches">Speeches</a></nav></header>
<nav class="au-breadcrumbs"><ul><li><a href="/">Home</a></li><li><a href="/media-releases">Media releases</a></li></ul></nav>
<main id="main-content"><article class="node--type-media-release">
<h1 class="page-title">Record investment in bulk billing</h1>
<div class="field--name-field-release-type">Joint media release</div>
<div class="field--name-field-date"><time datetime="2025-03-03T13:00:00Z">Tuesday 4 March 2025</time></div>
<div class="field--name-field-minister">The Hon Mark Butler MP, Minister for Health and Aged Care</div>
<div class="field--name-body"><p>From 1 November 2025, every Australian will be eligible for bulk billed GP visits.</p><p>The measure was announced at Sunday&rsquo;s event in Melbourne on 2 March.</p></div>
</article></main>
<footer><p>We acknowledge the Traditional Owners of Country throughout Australia.</p><p>&copy; Commonwealth of Australia 2025</p><p>Page last updated: 4 March 2025</p></footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 24. University news (MIT News): URL with year and MMDD; "Publication Date" label;
# related stories.
_add(
    "mit_news",
    "2025-06-12",
    "https://news.mit.edu/2025/new-battery-material-could-cut-costs-0612",
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>New battery material could cut costs of grid storage | MIT News | Massachusetts Institute of Technology</title>
<meta property="og:type" content="article">
<meta name="description" content="MIT engineers have developed a cathode material made from abundant elements.">
</head><body>
<header class="site-header"><a href="https://www.mit.edu">MIT</a> <a href="/">MIT News</a><nav><a href="/topic/research">Research</a><a href="/campus">Campus</a><a href="/topic/in-the-media">In the media</a></nav></header>
<main><article class="news-article">
<h1 class="news-article--title">New battery material could cut costs of grid storage</h1>
<p class="news-article--dek">The iron-based cathode could store energy for days.</p>
<div class="news-article--authored-by">David L. Chandler | MIT News</div>
<div class="news-article--publication-date"><span class="news-article--publication-date--label">Publication Date</span>:<time datetime="2025-06-12T04:00:00Z">June 12, 2025</time></div>
<div class="news-article--press-inquiries">Press Inquiries</div>
<div class="news-article--content--body"><p>The findings are reported this week in the journal Nature Energy, in a paper published on June 9.</p>
<p>The team will present the results at a conference in Boston on Sept. 18.</p></div>
<div class="news-article--related-stories"><h3>Related</h3>
<a href="/2025/sodium-battery-0401">Sodium battery breakthrough</a> <time>April 1, 2025</time></div>
</article>
<div class="previous-next"><a href="/2025/robot-hand-0611">Previous item</a> <a href="/2025/ocean-carbon-0613">Next item</a></div></main>
<footer><p>Massachusetts Institute of Technology 77 Massachusetts Avenue, Cambridge, MA, USA</p></footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 25. Nature article: Received / Accepted / Published (online) / Issue Date;
# citation_publication_date is the issue's.
_add(
    "nature",
    "2025-05-21",
    "https://www.nature.com/articles/s41586-025-01234-5",
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>A room-temperature quantum memory in silicon carbide | Nature</title>
<meta name="dc.title" content="A room-temperature quantum memory in silicon carbide">
<meta name="dc.source" content="Nature 2025 641:7862">
<meta name="dc.format" content="text/html">
<meta name="dc.publisher" content="Nature Publishing Group UK">
<meta name="dc.date" content="2025-05-21">
<meta name="dc.type" content="OriginalPaper">
<meta name="prism.publicationDate" content="2025-06-05">
<meta name="prism.volume" content="641">
<meta name="citation_journal_title" content="Nature">
<meta name="citation_publication_date" content="2025/06/05">
<meta name="citation_online_date" content="2025/05/21">
<meta name="citation_doi" content="10.1038/s41586-025-01234-5">
<script type="application/ld+json">{"mainEntity":{"headline":"A room-temperature quantum memory in silicon carbide","datePublished":"2025-05-21T00:00:00Z","dateModified":"2025-05-23T00:00:00Z","isPartOf":{"name":"Nature","issn":["1476-4687","0028-0836"],"volumeNumber":"641","@type":["Periodical","PublicationVolume"]},"@type":"ScholarlyArticle"},"@context":"https://schema.org","@type":"WebPage"}</script>
</head><body>
<div class="cc-banner"><p>Your privacy, your choice</p><button>Accept all cookies</button></div>
<header><a href="/">nature</a><nav><a href="/nature/research-articles">Explore content</a><a href="/nature/journal-information">About the journal</a></nav></header>
<article><div class="c-article-header">
<ul class="c-article-identifiers"><li>Article</li><li><a href="#rightslink">Open access</a></li><li>Published: <time datetime="2025-05-21">21 May 2025</time></li></ul>
<h1 class="c-article-title">A room-temperature quantum memory in silicon carbide</h1>
<p class="c-article-info-details"><i>Nature</i> <b>641</b>, 112&ndash;118 (2025)</p></div>
<div class="c-article-body"><section><h2>Abstract</h2><p>Quantum memories that operate at room temperature...</p></section></div>
<section data-title="Rights and permissions"><h2>About this article</h2>
<ul class="c-bibliographic-information__list">
<li>Received<span><time datetime="2024-08-14">14 August 2024</time></span></li>
<li>Accepted<span><time datetime="2025-04-02">02 April 2025</time></span></li>
<li>Published<span><time datetime="2025-05-21">21 May 2025</time></span></li>
<li>Issue Date<span><time datetime="2025-06-05">05 June 2025</time></span></li></ul></section></article>
<footer><p>&copy; 2026 Springer Nature Limited</p></footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 26. ZEIT ONLINE: German long date, "Aktualisiert am" the next day; URL with year-month.
_add(
    "zeit_de",
    "2025-11-27",
    "https://www.zeit.de/politik/deutschland/2025-11/bundestag-haushalt-2026-abstimmung",
    """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Bundestag: Bundestag beschließt Haushalt für 2026 | ZEIT ONLINE</title>
<meta name="date" content="2025-11-27T18:45:12+01:00">
<meta name="last-modified" content="2025-11-28T07:01:00+01:00">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-11-27T18:45:12+01:00">
<meta property="article:modified_time" content="2025-11-28T07:01:00+01:00">
</head><body>
<div id="sp_message_container"><p>Zeit Online mit Werbung lesen oder Pur-Abo abschließen.</p><button>Einverstanden</button></div>
<header><a href="/">ZEIT ONLINE</a><nav><a href="/politik/">Politik</a><a href="/gesellschaft/">Gesellschaft</a><a href="/wirtschaft/">Wirtschaft</a></nav></header>
<main><article>
<div class="article-heading"><span class="article-heading__kicker">Bundestag</span><h1 class="article-heading__title">Bundestag beschließt Haushalt für 2026</h1></div>
<div class="metadata"><time class="metadata__date" datetime="2025-11-28T07:01:00+01:00">Aktualisiert am 28. November 2025, 7:01 Uhr</time> <span class="metadata__source">Quelle: ZEIT ONLINE, dpa, AFP</span></div>
<div class="article-body"><p>Der Bundestag hat am Donnerstag den Haushalt für das Jahr 2026 beschlossen. Der Bundesrat soll am 19. Dezember abstimmen.</p>
<p>Die Haushaltswoche hatte am 25. November begonnen.</p></div>
<div class="byline">Veröffentlicht am 27. November 2025, 18:45 Uhr</div>
</article>
<aside><h2>Mehr zum Thema</h2><ul><li><a href="/politik/deutschland/2025-11/schuldenbremse">Schuldenbremse: Streit in der Koalition</a> <time datetime="2025-11-24T12:00:00+01:00">24. November 2025</time></li></ul></aside></main>
<footer>&copy; ZEIT ONLINE 2026</footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 27. Le Monde, saved on the day: "Publié aujourd'hui à 10h12, modifié à 11h30"; URL date.
_add(
    "lemonde",
    "2025-10-06",
    "https://www.lemonde.fr/politique/article/2025/10/06/le-gouvernement-lecornu-demissionne_6644210_823448.html",
    """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Le gouvernement Lecornu démissionne quelques heures après sa nomination</title>
<meta property="og:type" content="article">
<meta property="og:article:published_time" content="2025-10-06T08:12:03+00:00">
<meta property="og:article:modified_time" content="2025-10-06T09:30:44+00:00">
<meta property="article:section" content="Politique">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Le gouvernement Lecornu démissionne","datePublished":"2025-10-06T10:12:03+02:00","dateModified":"2025-10-06T11:30:44+02:00"}</script>
</head><body>
<div class="gdpr-lmd-wall"><p>Le Monde et ses partenaires utilisent des cookies.</p><button>Accepter et continuer</button></div>
<header><a href="/">Le Monde</a><nav><a href="/international/">International</a><a href="/politique/">Politique</a><a href="/societe/">Société</a></nav></header>
<main><section class="article__header"><h1 class="article__title">Le gouvernement Lecornu démissionne quelques heures après sa nomination</h1>
<p class="article__desc">Le premier ministre a remis sa démission au président de la République lundi matin.</p></section>
<section class="article__wrapper"><span class="meta__author">Par <a href="#">Ivanne Trippenbach</a></span>
<span class="meta__date meta__date--header">Publié aujourd'hui à 10h12, modifié à 11h30</span>
<article class="article__content"><p class="article__paragraph">Le gouvernement, nommé dimanche 5 octobre au soir, n'aura pas tenu vingt-quatre heures.</p></article></section>
<aside><h3>Lire aussi</h3><p><a href="/politique/article/2025/10/05/composition_6644100_823448.html">La composition du gouvernement</a> <span>Publié le 05 octobre 2025</span></p></aside></main>
<footer>&copy; Le Monde 2025</footer>
"""
    + CLOCK.replace("2026-01-20 09:41:07", "2025-10-06 11:52:00")
    + """
</body></html>""",
    now="2025-10-06",
)

# 28. El País: abbreviated Spanish month "29 abr 2025 - 06:00 CEST", "Actualizado".
_add(
    "elpais",
    "2025-04-29",
    "https://elpais.com/espana/2025-04-29/que-se-sabe-del-apagon.html",
    """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<title>Qué se sabe del apagón: causas y recuperación del suministro | España | EL PAÍS</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-04-29T04:00:00Z">
<meta property="article:modified_time" content="2025-04-29T12:21:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Qué se sabe del apagón","datePublished":"2025-04-29T06:00:00+02:00","dateModified":"2025-04-29T14:21:00+02:00"}</script>
</head><body>
<div id="didomi-notice"><p>Utilizamos cookies propias y de terceros.</p><button>Aceptar y cerrar</button></div>
<header><a href="/">EL PAÍS</a><nav><a href="/internacional/">Internacional</a><a href="/espana/">España</a><a href="/economia/">Economía</a></nav></header>
<main><article><header class="a_e_cnt"><h1 class="a_t">Qué se sabe del apagón: causas y recuperación del suministro</h1>
<h2 class="a_st">La red eléctrica recuperó el 99% de la demanda a primera hora del martes</h2>
<div class="a_md"><div class="a_md_a"><a href="/autor/manuel-planelles/">Manuel Planelles</a></div>
<div class="a_md_f"><span><a title="Ver todas las noticias de esta fecha" href="/hemeroteca/2025-04-29/" data-date="2025-04-29T06:00:00+02:00">29 abr 2025 - 06:00 <abbr title="Central European Summer Time">CEST</abbr></a></span>
<span id="a_md_f_act">Actualizado: <a data-date="2025-04-29T14:21:00+02:00">29 abr 2025 - 14:21 <abbr>CEST</abbr></a></span></div></div></header>
<div class="a_c"><p>El apagón que dejó sin luz a la península ibérica a las 12.33 del lunes 28 de abril fue...</p></div></article>
<aside><h3>Lo más visto</h3><ul><li><a href="/espana/2025-04-28/directo-apagon.html">Apagón en directo</a></li></ul></aside></main>
<footer>&copy; EDICIONES EL PAÍS S.L.</footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 29. NHK: visible date without a year ("2月3日 19時42分"), URL date, JSON-LD.
_add(
    "nhk",
    "2025-02-03",
    "https://www3.nhk.or.jp/news/html/20250203/k10014712345000.html",
    """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>日銀 金融政策決定会合の議事要旨公表 | NHK | 日銀</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"日銀 金融政策決定会合の議事要旨公表","datePublished":"2025-02-03T19:42:00+09:00","dateModified":"2025-02-03T19:42:00+09:00","publisher":{"@type":"Organization","name":"NHK"}}</script>
</head><body>
<header><a href="/news/">NHK NEWS WEB</a><nav><a href="/news/cat01.html">社会</a><a href="/news/cat05.html">経済</a><a href="/news/cat04.html">政治</a></nav></header>
<main><section class="module--detail-content"><h1 class="content--title"><span>日銀 金融政策決定会合の議事要旨公表</span></h1>
<p class="content--date"><time datetime="2025-02-03T19:42">2月3日 19時42分</time></p>
<div class="content--summary">日銀は、1月23日と24日に開いた金融政策決定会合の議事要旨を公表しました。次回の会合は3月18日と19日に開かれます。</div></section>
<section class="content--list"><h2>経済のニュース一覧</h2><ul>
<li><a href="/news/html/20250202/k1.html">円相場 1ドル=155円台</a><time datetime="2025-02-02T17:05">2月2日 17時05分</time></li>
<li><a href="/news/html/20250201/k2.html">トランプ大統領 関税発動へ</a><time datetime="2025-02-01T09:12">2月1日 9時12分</time></li></ul></section></main>
<footer>Copyright NHK (Japan Broadcasting Corporation) All rights reserved. 許可なく転載することを禁じます。</footer>
"""
    + CLOCK
    + """
</body></html>""",
)

# 30. A county TRS page whose date is filled in by AJAX (empty span): its only date is
# in its URL.
_add(
    "url_only_trs",
    "2024-09-17",
    "http://www.qxx.gov.cn/zwgk/gzdt/202409/t20240917_3312456.html",
    """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="青县人民政府">
<meta name="ColumnName" content="工作动态">
<meta name="ArticleTitle" content="县市场监管局开展中秋月饼专项检查">
<title>县市场监管局开展中秋月饼专项检查</title>
</head><body>
<div class="top"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="../../../">首页</a> &gt; <a href="../../">政务公开</a> &gt; <a href="../">工作动态</a></div>
<div class="xl_con"><h1>县市场监管局开展中秋月饼专项检查</h1>
<div class="xl_info">发布时间：<span id="pubtime"></span>　来源：县市场监管局　阅读量：<span id="readcount"></span></div>
<div class="TRS_Editor"><p>　　中秋佳节临近，县市场监管局组织执法人员对辖区商超、糕点店开展月饼专项检查，共检查经营户46家。</p></div></div>
<div class="footer">青县人民政府 主办 网站标识码：1309220001 冀ICP备12345678号 冀公网安备13092202000001号</div>
<script>$.getJSON("/interface/doc.jsp?id=3312456", function(d){ $("#pubtime").text(d.pubdate); $("#readcount").text(d.hits); });</script>
"""
    + CLOCK
    + """
</body></html>""",
    truth_no_url=None,
)

# 31. An evergreen council service page: no date of its own; the "Latest news" sidebar
# and the footer have dates. Truth: none.
_add(
    "undated_service",
    None,
    "https://www.camden.gov.uk/parking-permits",
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Parking permits - Camden Council</title>
<meta name="description" content="Apply for, renew or change a resident, business or visitor parking permit.">
<meta property="og:type" content="website">
</head><body>
<div id="ccc"><p>We use cookies to make our site work.</p><button>Accept recommended settings</button></div>
<header><a href="/">Camden</a><nav><a href="/parking">Parking</a><a href="/council-tax">Council tax</a><a href="/bins-and-recycling">Bins</a></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/parking">Parking</a> &gt; Parking permits</nav>
<main><h1>Parking permits</h1>
<p>You need a permit to park in a controlled parking zone (CPZ) during its hours of control.</p>
<h2>Prices</h2><p>Permit prices from 1 April 2025 are based on your vehicle's emissions.</p>
<h2>Apply</h2><p><a href="/apply-parking-permit">Apply for a permit</a></p></main>
<aside><h2>Latest news</h2><ul>
<li><a href="/news/2026/01/new-ev-charging-points">New EV charging points installed</a><span>16 January 2026</span></li>
<li><a href="/news/2026/01/cpz-consultation">Have your say on CPZ hours</a><span>9 January 2026</span></li></ul></aside>
<footer><p>&copy; Camden Council 2026</p><p>Page last reviewed: &nbsp;</p></footer>
"""
    + CLOCK
    + """
</body></html>""",
)
