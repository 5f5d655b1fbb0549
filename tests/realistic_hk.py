"""Hong Kong and Macau government pages, first round (tests/test_realistic_hk.py).

Written as these sites render: GovHK's portal (www.gov.hk/tc/residents/), a policy
bureau's homepage (新聞公報, 最新消息, 公告, 公眾諮詢, 招標, 職位空缺, 刊物), the
government press-release index of info.gov.hk/gia (a 2026年11月20日（星期五） heading per
day, the day's releases under it with a time and no date), a district council's
meeting pages (會議文件, 會議紀錄, 議程; 20.11.2026 and 2026年11月20日), a museum of the
LCSD (活動 and 展覽 with future dates), Macau's portal in Chinese and Portuguese
(新聞, 公告, 招聘; Notícias, Avisos, Concursos; 20/11/2026, 2026/11/20, 20 de Novembro
de 2026) and a Big5-HKSCS page in Cantonese. Every page carries the 香港特別行政區政府
banner or its Macau peer, and a footer with "2026 ©" and 修訂日期: a copyright year
and the page's stamp, not updates.

Each page has a written truth (`TRUTH`): per column its type and newest date, and what
a scan must find. Literal pages, clock NOW (Thursday 2026-11-26, noon in Hong Kong).
"""

from __future__ import annotations

from datetime import UTC, datetime

NOW = datetime(2026, 11, 26, 4, tzinfo=UTC)

_FOOTER_HK = """\
<footer id="footer">
<div class="footer-links"><a href="/tc/about/important_notices.htm">重要告示</a> |
<a href="/tc/about/privacy.htm">私隱政策</a> | <a href="/tc/about/copyright.htm">版權告示</a> |
<a href="/tc/about/accessibility.htm">無障礙瀏覽</a></div>
<div class="footer-bottom"><span class="copyright">2026 &copy;</span>
<span class="revision">修訂日期： 2026年11月25日</span></div>
<a href="https://www.brandhk.gov.hk/"><img src="/images/brandhk.png" alt="香港品牌"></a>
</footer>"""

_BANNER_HK = """\
<div id="top-banner"><a href="https://www.gov.hk/tc/residents/"><img src="/images/govhk_logo.png" alt="GovHK 香港政府一站通"></a>
<span class="hksar">香港特別行政區政府</span>
<ul class="lang"><li><a href="/en/" lang="en">English</a></li><li><a href="/sc/" lang="zh-CN">简体版</a></li></ul>
<ul class="tools"><li><a href="/tc/sitemap.htm">網頁指南</a></li><li><a href="/tc/contact.htm">聯絡我們</a></li>
<li class="textsize">文字大小 <a href="#">A</a> <a href="#">A</a> <a href="#">A</a></li></ul>
<form action="https://www.search.gov.hk/result" method="get"><input name="query" title="搜尋"><button>搜尋</button></form>
</div>"""


# ======================================================================================
# GovHK (www.gov.hk/tc/residents/): the portal's homepage. Its 新聞公報 box is the day's
# releases of info.gov.hk/gia (time only; the date in the GIA URL), 最新消息 and 政府公告.

GOVHK_HOME = f"""\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8">
<title>GovHK 香港政府一站通：香港居民</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
{_BANNER_HK}
<nav id="mainnav"><ul>
<li><a href="/tc/residents/">香港居民</a></li><li><a href="/tc/business/">商務及工業</a></li>
<li><a href="/tc/nonresidents/">非本地居民</a></li><li><a href="/tc/theme/">專題網站</a></li>
<li><a href="/tc/about/govdirectory/">政府部門</a></li></ul></nav>
<main id="content">
<div class="blockItem" id="pressRelease"><h2>新聞公報</h2>
<ul class="headlines">
<li><a href="https://www.info.gov.hk/gia/general/202611/26/P2026112600412.htm">行政長官會見澳門特別行政區行政長官</a> <span class="time">11:30</span></li>
<li><a href="https://www.info.gov.hk/gia/general/202611/26/P2026112600389.htm">天文台發出強烈季候風信號</a> <span class="time">10:45</span></li>
<li><a href="https://www.info.gov.hk/gia/general/202611/26/P2026112600201.htm">政府公布十月份綜合消費物價指數</a> <span class="time">08:30</span></li>
</ul>
<a class="more" href="https://www.info.gov.hk/gia/general/ctoday.htm">更多新聞公報</a></div>
<div class="blockItem" id="whatsnew"><h2>最新消息</h2>
<ul>
<li><span class="date">25.11.2026</span> <a href="/tc/residents/housing/public/whatsnew_1125.htm">公共租住房屋申請現已接受網上遞交</a></li>
<li><span class="date">20.11.2026</span> <a href="/tc/residents/transport/whatsnew_1120.htm">港珠澳大橋穿梭巴士新安排</a></li>
<li><span class="date">13.11.2026</span> <a href="/tc/residents/health/whatsnew_1113.htm">季節性流感疫苗接種計劃</a></li>
</ul>
<a class="more" href="/tc/residents/whatsnew.htm">更多</a></div>
<div class="blockItem" id="notice"><h2>政府公告</h2>
<ul>
<li><a href="/tc/about/govdirectory/notice_1124.htm">《2026年稅務(修訂)條例》生效公告</a> <span class="date">(2026年11月24日)</span></li>
<li><a href="/tc/about/govdirectory/notice_1102.htm">選民登記冊正式名冊公布</a> <span class="date">(2026年11月2日)</span></li>
</ul>
<a class="more" href="/tc/about/govdirectory/notices.htm">更多</a></div>
<div class="blockItem" id="spotlight"><h2>焦點</h2>
<a href="https://www.policyaddress.gov.hk/2026/tc/"><img src="/images/pa2026.jpg" alt="2026年施政報告"></a>
<a href="/tc/theme/vaccination/"><img src="/images/flu.jpg" alt="接種流感疫苗"></a></div>
</main>
{_FOOTER_HK}
</body></html>
"""

GOVHK_WHATSNEW = f"""\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>GovHK 香港政府一站通：最新消息</title></head>
<body>
{_BANNER_HK}
<main id="content"><h1>最新消息</h1>
<table class="whatsnew"><tr><th>日期</th><th>標題</th></tr>
<tr><td>25.11.2026</td><td><a href="/tc/residents/housing/public/whatsnew_1125.htm">公共租住房屋申請現已接受網上遞交</a></td></tr>
<tr><td>20.11.2026</td><td><a href="/tc/residents/transport/whatsnew_1120.htm">港珠澳大橋穿梭巴士新安排</a></td></tr>
<tr><td>13.11.2026</td><td><a href="/tc/residents/health/whatsnew_1113.htm">季節性流感疫苗接種計劃</a></td></tr>
<tr><td>06.11.2026</td><td><a href="/tc/residents/culture/whatsnew_1106.htm">康文署冬季文化節目</a></td></tr>
<tr><td>30.10.2026</td><td><a href="/tc/residents/tax/whatsnew_1030.htm">電子報稅服務更新</a></td></tr>
</table></main>
{_FOOTER_HK}
</body></html>
"""

GOVHK_NOTICES = f"""\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>GovHK 香港政府一站通：政府公告</title></head>
<body>
{_BANNER_HK}
<main id="content"><h1>政府公告</h1>
<ul class="list">
<li><a href="/tc/about/govdirectory/notice_1124.htm">《2026年稅務(修訂)條例》生效公告</a> (2026年11月24日)</li>
<li><a href="/tc/about/govdirectory/notice_1102.htm">選民登記冊正式名冊公布</a> (2026年11月2日)</li>
<li><a href="/tc/about/govdirectory/notice_1015.htm">公共假期安排</a> (2026年10月15日)</li>
</ul></main>
{_FOOTER_HK}
</body></html>
"""


# ======================================================================================
# The government press-release index (www.info.gov.hk/gia/general/ctoday.htm and the
# archive by month): one heading per day, "2026年11月20日（星期五）", the day's releases
# under it with their time only. The GIA addresses carry the day (202611/20/P2026112000321).

GIA_INDEX = """\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>新聞公報</title>
<link rel="stylesheet" href="/gia/css/gia.css"></head>
<body>
<div id="header"><img src="/gia/images/hksar_logo.gif" alt="香港特別行政區政府"><span>香港特別行政區政府 新聞公報</span>
<a href="/gia/general/today.htm" lang="en">English</a> <a href="/gia/general/stoday.htm">简体</a></div>
<div id="menu"><a href="/gia/general/ctoday.htm">今日新聞公報</a> | <a href="/gia/general/cindex.htm">新聞公報檔案</a> |
<a href="/gia/rss/ctoday.htm">RSS</a></div>
<div id="contentBody">
<h1>新聞公報</h1>
<div class="dateBlock">
<h3 class="dateHeading">2026年11月20日（星期五）</h3>
<ul class="pressList">
<li><a href="/gia/general/202611/20/P2026112000654.htm">立法會十七題：公營醫院急症室輪候時間</a> <span class="time">18:45</span></li>
<li><a href="/gia/general/202611/20/P2026112000598.htm">財經事務及庫務局局長出席亞洲金融論壇籌備會議</a> <span class="time">17:30</span></li>
<li><a href="/gia/general/202611/20/P2026112000321.htm">港府歡迎中央公布新一批惠港措施</a> <span class="time">12:10</span></li>
</ul></div>
<div class="dateBlock">
<h3 class="dateHeading">2026年11月19日（星期四）</h3>
<ul class="pressList">
<li><a href="/gia/general/202611/19/P2026111900711.htm">食物安全中心公布食物監測結果</a> <span class="time">19:20</span></li>
<li><a href="/gia/general/202611/19/P2026111900402.htm">勞工處推出新一輪就業展覽</a> <span class="time">15:00</span></li>
</ul></div>
<div class="dateBlock">
<h3 class="dateHeading">2026年11月18日（星期三）</h3>
<ul class="pressList">
<li><a href="/gia/general/202611/18/P2026111800555.htm">運輸署公布聖誕節交通安排</a> <span class="time">16:40</span></li>
</ul></div>
</div>
<div id="footer"><a href="/gia/general/cnotice.htm">重要告示</a> | <a href="/gia/general/cprivacy.htm">私隱政策</a>
<p>2026 &copy; | 修訂日期： 2026年11月20日</p></div>
</body></html>
"""

# A bureau's own press page the same way, its addresses numbered, not dated: only the
# headings say which day a release is of.
BUREAU_PRESS_BY_DAY = f"""\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>發展局 - 新聞公報</title></head>
<body>
{_BANNER_HK}
<main id="content"><h1>新聞公報</h1>
<h2>2026年11月20日（星期五）</h2>
<ul>
<li><a href="/tc/press/press_4812.html">發展局局長視察北部都會區工程進度</a></li>
<li><a href="/tc/press/press_4811.html">土地註冊處公布十月份統計數字</a></li>
</ul>
<h2>2026年11月12日（星期四）</h2>
<ul>
<li><a href="/tc/press/press_4806.html">政府推出兩幅住宅用地招標</a></li>
</ul>
<h2>2026年11月3日（星期二）</h2>
<ul>
<li><a href="/tc/press/press_4799.html">古物古蹟辦事處公布新一批評級建築</a></li>
<li><a href="/tc/press/press_4798.html">發展局就土地供應諮詢公眾</a></li>
</ul>
</main>
{_FOOTER_HK}
</body></html>
"""

# The same page of a bureau that stopped in the summer: the footer's 2026 © and
# 修訂日期 are this week's, the releases are of June.
BUREAU_PRESS_BY_DAY_OLD = (
    BUREAU_PRESS_BY_DAY.replace("2026年11月20日（星期五）", "2026年6月19日（星期五）")
    .replace("2026年11月12日（星期四）", "2026年6月11日（星期四）")
    .replace("2026年11月3日（星期二）", "2026年6月2日（星期二）")
)


# ======================================================================================
# A policy bureau's homepage (www.devb.gov.hk/tc/): its columns in boxes.

BUREAU_HOME = f"""\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>發展局 - 主頁</title></head>
<body>
{_BANNER_HK}
<header><a href="/tc/index.html"><img src="/images/devb_logo.png" alt="發展局"></a></header>
<nav><ul><li><a href="/tc/about_us/">關於我們</a></li><li><a href="/tc/publications_and_press_releases/">刊物及新聞公報</a></li>
<li><a href="/tc/legislation/">法例</a></li><li><a href="/tc/contact_us/">聯絡我們</a></li></ul></nav>
<main id="content">
<section class="box"><h2>新聞公報</h2>
<ul>
<li><a href="/tc/press/press_4812.html">發展局局長視察北部都會區工程進度</a> <span class="date">2026年11月20日</span></li>
<li><a href="/tc/press/press_4806.html">政府推出兩幅住宅用地招標</a> <span class="date">2026年11月12日</span></li>
</ul><a class="more" href="/tc/press/index.html">更多</a></section>
<section class="box"><h2>最新消息</h2>
<ul>
<li><span class="date">24.11.2026</span> <a href="/tc/whatsnew/wn_1124.html">更新《斜坡維修指南》</a></li>
<li><span class="date">16.11.2026</span> <a href="/tc/whatsnew/wn_1116.html">古蹟活化計劃第八期接受申請</a></li>
</ul><a class="more" href="/tc/whatsnew/index.html">更多</a></section>
<section class="box"><h2>公告</h2>
<ul>
<li><a href="/tc/notices/n_1118.html">根據《城市規劃條例》作出的公告</a> <span class="date">18.11.2026</span></li>
<li><a href="/tc/notices/n_1021.html">收回土地公告</a> <span class="date">21.10.2026</span></li>
</ul><a class="more" href="/tc/notices/index.html">更多</a></section>
<section class="box"><h2>公眾諮詢</h2>
<ul>
<li><a href="/tc/consultation/c_2026_3.html">《建築物條例》修訂建議諮詢文件</a> <span class="period">諮詢期：2026年10月8日至2026年12月31日</span></li>
<li><a href="/tc/consultation/c_2026_2.html">優化土地行政程序公眾諮詢</a> <span class="period">諮詢期：2026年6月2日至2026年8月31日</span></li>
</ul><a class="more" href="/tc/consultation/index.html">更多</a></section>
<section class="box"><h2>招標</h2>
<ul>
<li><a href="/tc/tender/t_2026_41.html">合約編號 DEVB/2026/41 斜坡改善工程</a> <span class="date">截標日期：2026年12月18日</span></li>
<li><a href="/tc/tender/t_2026_39.html">合約編號 DEVB/2026/39 資訊科技支援服務</a> <span class="date">截標日期：2026年12月4日</span></li>
</ul><a class="more" href="/tc/tender/index.html">更多</a></section>
<section class="box"><h2>職位空缺</h2>
<ul>
<li><a href="/tc/vacancies/v_2026_12.html">合約工程師（岩土）</a> <span class="date">截止申請日期：2026年12月10日</span></li>
<li><a href="/tc/vacancies/v_2026_11.html">二級行政主任</a> <span class="date">截止申請日期：2026年12月3日</span></li>
</ul><a class="more" href="/tc/vacancies/index.html">更多</a></section>
<section class="box"><h2>刊物</h2>
<ul>
<li><a href="/tc/publications/annual_report_2025.html">發展局2025年年報</a></li>
<li><a href="/tc/publications/heritage_newsletter.html">《活化歷史建築》通訊</a></li>
</ul><a class="more" href="/tc/publications/index.html">更多</a></section>
</main>
{_FOOTER_HK}
</body></html>
"""


def _bureau_list(title: str, table: str) -> str:
    return f"""\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>發展局 - {title}</title></head>
<body>
{_BANNER_HK}
<main id="content"><h1>{title}</h1>
{table}
</main>
{_FOOTER_HK}
</body></html>
"""


BUREAU_WHATSNEW = _bureau_list(
    "最新消息",
    """<table class="list"><tr><th>日期</th><th>內容</th></tr>
<tr><td>24.11.2026</td><td><a href="/tc/whatsnew/wn_1124.html">更新《斜坡維修指南》</a></td></tr>
<tr><td>16.11.2026</td><td><a href="/tc/whatsnew/wn_1116.html">古蹟活化計劃第八期接受申請</a></td></tr>
<tr><td>02.11.2026</td><td><a href="/tc/whatsnew/wn_1102.html">更新土地供應專頁</a></td></tr>
</table>""",
)

BUREAU_NOTICES = _bureau_list(
    "公告",
    """<table class="list"><tr><th>公告</th><th>刊登日期</th></tr>
<tr><td><a href="/tc/notices/n_1118.html">根據《城市規劃條例》作出的公告</a></td><td>18.11.2026</td></tr>
<tr><td><a href="/tc/notices/n_1021.html">收回土地公告</a></td><td>21.10.2026</td></tr>
<tr><td><a href="/tc/notices/n_0907.html">道路工程(工程、使用及補償)條例公告</a></td><td>07.09.2026</td></tr>
</table>""",
)

# Consultations: the period's start is the day it was published; its end is a
# deadline (future for the open one).
BUREAU_CONSULTATIONS = _bureau_list(
    "公眾諮詢",
    """<table class="list"><tr><th>諮詢文件</th><th>諮詢期</th></tr>
<tr><td><a href="/tc/consultation/c_2026_3.html">《建築物條例》修訂建議諮詢文件</a></td><td>2026年10月8日至2026年12月31日</td></tr>
<tr><td><a href="/tc/consultation/c_2026_2.html">優化土地行政程序公眾諮詢</a></td><td>2026年6月2日至2026年8月31日</td></tr>
<tr><td><a href="/tc/consultation/c_2026_1.html">斜坡安全公眾諮詢</a></td><td>2026年1月15日至2026年3月15日</td></tr>
</table>""",
)

# Tenders: the day of the invitation (刊登日期) and the closing day (截標日期), later.
BUREAU_TENDERS = _bureau_list(
    "招標",
    """<table class="list"><tr><th>合約編號</th><th>標題</th><th>刊登日期</th><th>截標日期</th></tr>
<tr><td>DEVB/2026/41</td><td><a href="/tc/tender/t_2026_41.html">斜坡改善工程</a></td><td>20.11.2026</td><td>18.12.2026</td></tr>
<tr><td>DEVB/2026/39</td><td><a href="/tc/tender/t_2026_39.html">資訊科技支援服務</a></td><td>06.11.2026</td><td>04.12.2026</td></tr>
<tr><td>DEVB/2026/33</td><td><a href="/tc/tender/t_2026_33.html">辦公室清潔服務</a></td><td>02.10.2026</td><td>30.10.2026</td></tr>
</table>""",
)

BUREAU_VACANCIES = _bureau_list(
    "職位空缺",
    """<table class="list"><tr><th>職位</th><th>公布日期</th><th>截止申請日期</th></tr>
<tr><td><a href="/tc/vacancies/v_2026_12.html">合約工程師（岩土）</a></td><td>2026年11月19日</td><td>2026年12月10日</td></tr>
<tr><td><a href="/tc/vacancies/v_2026_11.html">二級行政主任</a></td><td>2026年11月5日</td><td>2026年12月3日</td></tr>
</table>""",
)

BUREAU_PUBLICATIONS = _bureau_list(
    "刊物",
    """<ul class="pub">
<li><a href="/tc/publications/annual_report_2025.html">發展局2025年年報</a></li>
<li><a href="/tc/publications/heritage_newsletter.html">《活化歷史建築》通訊</a></li>
<li><a href="/tc/publications/slope_guide.html">斜坡維修指南</a></li>
</ul>""",
)


# ======================================================================================
# A district council (www.districtcouncils.gov.hk/wch/tc_chi/): its meetings' pages.

DC_HOME = f"""\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>灣仔區議會</title></head>
<body>
{_BANNER_HK}
<nav><a href="/wch/tc_chi/welcome/welcome.html">主頁</a> <a href="/wch/tc_chi/members/members.php">區議員</a>
<a href="/wch/tc_chi/meetings/dcmeetings/dc_meetings.php">區議會會議</a> <a href="/wch/tc_chi/contact/contact.html">聯絡我們</a></nav>
<main id="content">
<section><h2>最新消息</h2>
<ul>
<li><a href="/wch/tc_chi/news/news_1123.html">灣仔區議會第十四次會議將於2026年12月17日舉行</a> <span>23.11.2026</span></li>
<li><a href="/wch/tc_chi/news/news_1110.html">區議會社區參與計劃接受申請</a> <span>10.11.2026</span></li>
</ul><a href="/wch/tc_chi/news/news.html">更多</a></section>
<section><h2>會議文件</h2>
<table><tr><th>會議日期</th><th>文件</th></tr>
<tr><td>20.11.2026</td><td><a href="/wch/doc/2026/DC_14_2026_paper.pdf">灣仔區議會第十三次會議文件</a></td></tr>
<tr><td>18.09.2026</td><td><a href="/wch/doc/2026/DC_12_2026_paper.pdf">灣仔區議會第十二次會議文件</a></td></tr>
</table><a href="/wch/tc_chi/meetings/dcmeetings/dc_papers.php">更多</a></section>
<section><h2>會議紀錄</h2>
<ul>
<li><a href="/wch/doc/2026/DC_12_2026_minutes.pdf">第十二次會議紀錄</a> 2026年9月18日</li>
<li><a href="/wch/doc/2026/DC_11_2026_minutes.pdf">第十一次會議紀錄</a> 2026年7月17日</li>
</ul><a href="/wch/tc_chi/meetings/dcmeetings/dc_minutes.php">更多</a></section>
<section><h2>議程</h2>
<ul>
<li><a href="/wch/doc/2026/DC_14_2026_agenda.pdf">第十四次會議議程</a>（會議日期：2026年12月17日）</li>
<li><a href="/wch/doc/2026/DC_13_2026_agenda.pdf">第十三次會議議程</a>（會議日期：2026年11月20日）</li>
</ul><a href="/wch/tc_chi/meetings/dcmeetings/dc_agenda.php">更多</a></section>
</main>
{_FOOTER_HK}
</body></html>
"""


# ======================================================================================
# A museum of the LCSD (hk.art.museum/zh_TW/): news, and events and exhibitions whose
# dates are ahead (an event's day is not an update).

MUSEUM_HOME = f"""\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>香港藝術館</title></head>
<body>
{_BANNER_HK}
<header><img src="/images/hkmoa_logo.svg" alt="香港藝術館 康樂及文化事務署"></header>
<main id="content">
<section class="news"><h2>最新消息</h2>
<ul>
<li><a href="/zh_TW/web/ma/news/2026-11-18.html">香港藝術館十二月開放時間安排</a><span class="date">2026年11月18日</span></li>
<li><a href="/zh_TW/web/ma/news/2026-10-30.html">「虛白齋藏中國書畫」新展品上架</a><span class="date">2026年10月30日</span></li>
</ul><a href="/zh_TW/web/ma/news.html">更多</a></section>
<section class="programmes"><h2>活動</h2>
<ul>
<li><a href="/zh_TW/web/ma/programmes/talk-1205.html">藝術講座：明清書畫鑑賞</a> <span class="date">2026年12月5日（星期六）下午2時30分</span></li>
<li><a href="/zh_TW/web/ma/programmes/workshop-1212.html">親子工作坊：水墨遊戲</a> <span class="date">2026年12月12日（星期六）</span></li>
<li><a href="/zh_TW/web/ma/programmes/tour-1219.html">導賞團：館藏精選</a> <span class="date">19.12.2026</span></li>
</ul><a href="/zh_TW/web/ma/programmes.html">更多</a></section>
<section class="exhibitions"><h2>展覽</h2>
<ul>
<li><a href="/zh_TW/web/ma/exhibitions/monet.html">莫奈光影：印象派大師作品展</a> <span class="date">2026年11月28日至2027年3月1日</span></li>
<li><a href="/zh_TW/web/ma/exhibitions/xubaizhai.html">虛白齋藏中國書畫</a> <span class="date">2027年1月8日至2027年6月30日</span></li>
</ul><a href="/zh_TW/web/ma/exhibitions.html">更多</a></section>
</main>
{_FOOTER_HK}
</body></html>
"""

# The museum's events page alone: every date is ahead.
MUSEUM_PROGRAMMES = f"""\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>香港藝術館 - 活動</title></head>
<body>
{_BANNER_HK}
<main id="content"><h1>活動</h1>
<ul class="programme-list">
<li><a href="/zh_TW/web/ma/programmes/talk-1205.html">藝術講座：明清書畫鑑賞</a> <span class="date">2026年12月5日（星期六）下午2時30分</span></li>
<li><a href="/zh_TW/web/ma/programmes/workshop-1212.html">親子工作坊：水墨遊戲</a> <span class="date">2026年12月12日（星期六）</span></li>
<li><a href="/zh_TW/web/ma/programmes/tour-1219.html">導賞團：館藏精選</a> <span class="date">19.12.2026</span></li>
<li><a href="/zh_TW/web/ma/programmes/concert-0109.html">館內音樂會</a> <span class="date">2027年1月9日（星期六）</span></li>
</ul></main>
{_FOOTER_HK}
</body></html>
"""


# ======================================================================================
# Macau's portal (www.gov.mo/zh-hant/) and its Portuguese side (www.gov.mo/pt/).

_MO_SHELL = """\
<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<header class="site-header"><a href="/{path}/"><img src="/wp-content/themes/govmo/images/logo.png" alt="澳門特別行政區政府入口網站 Portal do Governo da RAEM"></a>
<ul class="langs"><li><a href="/zh-hant/">繁體</a></li><li><a href="/zh-hans/">简体</a></li><li><a href="/pt/">Português</a></li><li><a href="/en/">English</a></li></ul></header>
<main id="main">{main}</main>
<footer><p>{footer}</p><p>© 2026 {org}</p></footer>
</body></html>
"""

MACAU_ZH = _MO_SHELL.format(
    lang="zh-hant",
    title="澳門特別行政區政府入口網站",
    path="zh-hant",
    org="澳門特別行政區政府",
    footer="私隱政策 | 使用條款 | 最後更新日期：2026年11月26日",
    main="""
<section class="news-list"><h2>新聞</h2>
<ul>
<li><a href="/zh-hant/news/1104512/">行政長官出席第二十六屆澳門美食節開幕典禮</a><span class="date">2026年11月20日</span></li>
<li><a href="/zh-hant/news/1104470/">治安警察局公布十月份罪案數字</a><span class="date">2026年11月18日</span></li>
<li><a href="/zh-hant/news/1104391/">衛生局提醒市民接種流感疫苗</a><span class="date">2026年11月12日</span></li>
</ul><a href="/zh-hant/news/">查看更多</a></section>
<section class="notices"><h2>公告</h2>
<ul>
<li><a href="/zh-hant/notice/88321/">第45/2026號行政法規公布</a><span class="date">20/11/2026</span></li>
<li><a href="/zh-hant/notice/88290/">公共工程公開招標公告</a><span class="date">05/11/2026</span></li>
</ul><a href="/zh-hant/notice/">查看更多</a></section>
<section class="recruitment"><h2>招聘</h2>
<ul>
<li><a href="/zh-hant/recruitment/5512/">統一管理制度開考：技術員</a><span class="date">2026/11/19</span></li>
<li><a href="/zh-hant/recruitment/5498/">以行政任用合同招聘翻譯員</a><span class="date">2026/11/06</span></li>
</ul><a href="/zh-hant/recruitment/">查看更多</a></section>
""",
)

MACAU_PT = _MO_SHELL.format(
    lang="pt",
    title="Portal do Governo da RAEM",
    path="pt",
    org="Governo da Região Administrativa Especial de Macau",
    footer="Política de Privacidade | Última actualização: 26 de Novembro de 2026",
    main="""
<section class="news-list"><h2>Notícias</h2>
<ul>
<li><a href="/pt/noticias/1104512/">Chefe do Executivo na abertura do 26.º Festival de Gastronomia de Macau</a><span class="date">20 de Novembro de 2026</span></li>
<li><a href="/pt/noticias/1104470/">PSP divulga dados da criminalidade de Outubro</a><span class="date">18 de Novembro de 2026</span></li>
<li><a href="/pt/noticias/1104391/">Serviços de Saúde apelam à vacinação contra a gripe</a><span class="date">12 de Novembro de 2026</span></li>
</ul><a href="/pt/noticias/">Ver mais</a></section>
<section class="notices"><h2>Avisos</h2>
<ul>
<li><a href="/pt/avisos/88321/">Publicação do Regulamento Administrativo n.º 45/2026</a><span class="date">20/11/2026</span></li>
<li><a href="/pt/avisos/88290/">Anúncio de concurso público de obras públicas</a><span class="date">05/11/2026</span></li>
</ul><a href="/pt/avisos/">Ver mais</a></section>
<section class="recruitment"><h2>Concursos</h2>
<ul>
<li><a href="/pt/concursos/5512/">Concurso de gestão uniformizada: técnico</a><span class="date">19 de Novembro de 2026</span></li>
<li><a href="/pt/concursos/5498/">Recrutamento de intérprete-tradutor por contrato administrativo de provimento</a><span class="date">6 de Novembro de 2026</span></li>
</ul><a href="/pt/concursos/">Ver mais</a></section>
""",
)

# Portuguese list pages as Macau's departments print them: the weekday first.
MACAU_PT_NEWS = _MO_SHELL.format(
    lang="pt",
    title="Notícias - Portal do Governo da RAEM",
    path="pt",
    org="Governo da Região Administrativa Especial de Macau",
    footer="Última actualização: 26 de Novembro de 2026",
    main="""<h1>Notícias</h1>
<ul class="list">
<li><span class="date">Sexta-feira, 20 de Novembro de 2026</span> <a href="/pt/noticias/1104512/">Chefe do Executivo na abertura do 26.º Festival de Gastronomia de Macau</a></li>
<li><span class="date">Quarta-feira, 18 de Novembro de 2026</span> <a href="/pt/noticias/1104470/">PSP divulga dados da criminalidade de Outubro</a></li>
<li><span class="date">Quinta-feira, 12 de Novembro de 2026</span> <a href="/pt/noticias/1104391/">Serviços de Saúde apelam à vacinação contra a gripe</a></li>
<li><span class="date">Sábado, 31 de Outubro de 2026</span> <a href="/pt/noticias/1104200/">Dia da Restauração da Independência: cerimónia</a></li>
</ul>""",
)


# ======================================================================================
# A Big5-HKSCS page in Cantonese (a community hall's notices): 㗎, 嘅, 啲, 喺, 咗, 嚟 are
# HKSCS characters outside cp950; the page says big5 in its <meta> only.

HKSCS_TEXT = """\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="big5"><title>大埔區社區中心 - 通告</title></head>
<body>
<div class="banner">香港特別行政區政府 民政事務總署</div>
<main><h1>通告</h1>
<p>各位街坊：以下係中心最新嘅通告，有啲活動名額有限，想參加嘅請盡快嚟中心報名喇。</p>
<ul>
<li><a href="/notice/n1120.htm">中心冷氣系統維修，禮堂喺呢段時間冇得借用㗎</a> 20.11.2026</li>
<li><a href="/notice/n1113.htm">長者中心搬咗去二樓，啲長者記得留意</a> 13.11.2026</li>
<li><a href="/notice/n1030.htm">社區會堂借用申請表更新咗</a> 30.10.2026</li>
</ul>
<p class="note">如有查詢，請致電中心職員，我哋會盡快回覆你哋。</p>
</main>
<footer>2026 &copy; 民政事務總署 | 重要告示 | 私隱政策</footer>
</body></html>
"""
HKSCS_BYTES = HKSCS_TEXT.encode("big5hkscs")


# ======================================================================================
# The other list pages of these sites, and the stale variants.


def _hk_list(title: str, rows: str) -> str:
    return f"""\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
{_BANNER_HK}
<main id="content"><h1>{title}</h1>
{rows}
</main>
{_FOOTER_HK}
</body></html>
"""


DC_NEWS = _hk_list(
    "最新消息",
    """<ul>
<li><a href="/wch/tc_chi/news/news_1123.html">灣仔區議會第十四次會議將於2026年12月17日舉行</a> <span>23.11.2026</span></li>
<li><a href="/wch/tc_chi/news/news_1110.html">區議會社區參與計劃接受申請</a> <span>10.11.2026</span></li>
<li><a href="/wch/tc_chi/news/news_1021.html">灣仔區議會轄下委員會成員名單更新</a> <span>21.10.2026</span></li>
</ul>""",
)
DC_PAPERS = _hk_list(
    "會議文件",
    """<table><tr><th>會議日期</th><th>文件編號</th><th>文件</th></tr>
<tr><td>20.11.2026</td><td>DC 14/2026</td><td><a href="/wch/doc/2026/DC_14_2026_paper.pdf">灣仔區議會第十三次會議文件</a></td></tr>
<tr><td>18.09.2026</td><td>DC 12/2026</td><td><a href="/wch/doc/2026/DC_12_2026_paper.pdf">灣仔區議會第十二次會議文件</a></td></tr>
<tr><td>17.07.2026</td><td>DC 10/2026</td><td><a href="/wch/doc/2026/DC_10_2026_paper.pdf">灣仔區議會第十一次會議文件</a></td></tr>
</table>""",
)
DC_MINUTES = _hk_list(
    "會議紀錄",
    """<ul>
<li><a href="/wch/doc/2026/DC_12_2026_minutes.pdf">第十二次會議紀錄</a> 2026年9月18日</li>
<li><a href="/wch/doc/2026/DC_11_2026_minutes.pdf">第十一次會議紀錄</a> 2026年7月17日</li>
<li><a href="/wch/doc/2026/DC_10_2026_minutes.pdf">第十次會議紀錄</a> 2026年5月15日</li>
</ul>""",
)
DC_AGENDA = _hk_list(
    "議程",
    """<ul>
<li><a href="/wch/doc/2026/DC_14_2026_agenda.pdf">第十四次會議議程</a>（會議日期：2026年12月17日）</li>
<li><a href="/wch/doc/2026/DC_13_2026_agenda.pdf">第十三次會議議程</a>（會議日期：2026年11月20日）</li>
<li><a href="/wch/doc/2026/DC_12_2026_agenda.pdf">第十二次會議議程</a>（會議日期：2026年9月18日）</li>
</ul>""",
)

MUSEUM_NEWS = _hk_list(
    "香港藝術館 - 最新消息",
    """<ul>
<li><a href="/zh_TW/web/ma/news/2026-11-18.html">香港藝術館十二月開放時間安排</a><span class="date">2026年11月18日</span></li>
<li><a href="/zh_TW/web/ma/news/2026-10-30.html">「虛白齋藏中國書畫」新展品上架</a><span class="date">2026年10月30日</span></li>
<li><a href="/zh_TW/web/ma/news/2026-10-02.html">國慶日免費入場</a><span class="date">2026年10月2日</span></li>
</ul>""",
)
MUSEUM_EXHIBITIONS = _hk_list(
    "香港藝術館 - 展覽",
    """<ul>
<li><a href="/zh_TW/web/ma/exhibitions/monet.html">莫奈光影：印象派大師作品展</a> <span class="date">2026年11月28日至2027年3月1日</span></li>
<li><a href="/zh_TW/web/ma/exhibitions/xubaizhai.html">虛白齋藏中國書畫</a> <span class="date">2027年1月8日至2027年6月30日</span></li>
</ul>""",
)

# The museum of a summer without news: its newest 最新消息 is of September, and its
# events, all ahead, are no update.
_MUSEUM_OLD = {
    "2026年11月18日": "2026年9月10日",
    "2026-11-18": "2026-09-10",
    "2026年10月30日": "2026年8月28日",
    "2026-10-30": "2026-08-28",
    "2026年10月2日": "2026年7月2日",
    "2026-10-02": "2026-07-02",
}


def _museum_old(page: str) -> str:
    for new, old in _MUSEUM_OLD.items():
        page = page.replace(new, old)
    return page


# ...and whose one exhibition of the year closed on 22 November: a period's end is no
# update (its start, in June, is the day it opened).
MUSEUM_HOME_OLD = _museum_old(MUSEUM_HOME).replace(
    '<section class="exhibitions"><h2>展覽</h2>\n<ul>\n',
    '<section class="exhibitions"><h2>展覽</h2>\n<ul>\n<li><a href="/zh_TW/web/ma/exhibitions/'
    'silk.html">絲路瑰寶</a> <span class="date">2026年6月6日至2026年11月22日</span></li>\n',
)
MUSEUM_NEWS_OLD = _museum_old(MUSEUM_NEWS)

# A bureau whose homepage lists its press releases' titles only (their days are on the
# press page's headings) and whose news stopped in June; the footer's 2026 © and
# 修訂日期 are this week's.
BUREAU_HOME_OLD = (
    BUREAU_HOME.replace(' <span class="date">2026年11月20日</span>', "")
    .replace(' <span class="date">2026年11月12日</span>', "")
    .replace("24.11.2026", "22.06.2026")
    .replace("16.11.2026", "08.06.2026")
    .replace("18.11.2026", "15.06.2026")
    .replace("21.10.2026", "20.05.2026")
)
BUREAU_WHATSNEW_OLD = (
    BUREAU_WHATSNEW.replace("24.11.2026", "22.06.2026")
    .replace("16.11.2026", "08.06.2026")
    .replace("02.11.2026", "29.05.2026")
)
BUREAU_NOTICES_OLD = (
    BUREAU_NOTICES.replace("18.11.2026", "15.06.2026")
    .replace("21.10.2026", "20.05.2026")
    .replace("07.09.2026", "06.05.2026")
)

MACAU_ZH_NEWS = MACAU_ZH  # the portal's lists are its homepage's, longer
MACAU_PT_NOTICES = MACAU_PT_NEWS.replace("<h1>Notícias</h1>", "<h1>Avisos</h1>")

MACAU_ZH_NOTICES = _MO_SHELL.format(
    lang="zh-hant",
    title="公告 - 澳門特別行政區政府入口網站",
    path="zh-hant",
    org="澳門特別行政區政府",
    footer="最後更新日期：2026年11月26日",
    main="""<h1>公告</h1><ul>
<li><a href="/zh-hant/notice/88321/">第45/2026號行政法規公布</a><span class="date">20/11/2026</span></li>
<li><a href="/zh-hant/notice/88290/">公共工程公開招標公告</a><span class="date">05/11/2026</span></li>
<li><a href="/zh-hant/notice/88201/">公共假期安排</a><span class="date">14/10/2026</span></li>
</ul>""",
)
MACAU_ZH_RECRUITMENT = _MO_SHELL.format(
    lang="zh-hant",
    title="招聘 - 澳門特別行政區政府入口網站",
    path="zh-hant",
    org="澳門特別行政區政府",
    footer="最後更新日期：2026年11月26日",
    main="""<h1>招聘</h1><ul>
<li><a href="/zh-hant/recruitment/5512/">統一管理制度開考：技術員</a><span class="date">2026/11/19</span></li>
<li><a href="/zh-hant/recruitment/5498/">以行政任用合同招聘翻譯員</a><span class="date">2026/11/06</span></li>
<li><a href="/zh-hant/recruitment/5470/">開考公告：高級技術員</a><span class="date">2026/10/21</span></li>
</ul>""",
)
MACAU_PT_CONCURSOS = _MO_SHELL.format(
    lang="pt",
    title="Concursos - Portal do Governo da RAEM",
    path="pt",
    org="Governo da Região Administrativa Especial de Macau",
    footer="Última actualização: 26 de Novembro de 2026",
    main="""<h1>Concursos</h1><ul>
<li><a href="/pt/concursos/5512/">Concurso de gestão uniformizada: técnico</a> <span class="date">19/11/2026</span></li>
<li><a href="/pt/concursos/5498/">Recrutamento de intérprete-tradutor por contrato administrativo de provimento</a> <span class="date">06/11/2026</span></li>
<li><a href="/pt/concursos/5470/">Concurso de ingresso: técnico superior</a> <span class="date">21/10/2026</span></li>
</ul>""",
)


# ======================================================================================
# The truth: per site, its pages (path -> page), and per column (type, newest), the
# homepage's newest update, the status and freshness findings at depth full, and the
# homepage sweep's newest date and status.

Columns = dict[str, tuple[str, str | None]]


def site_pages() -> dict[str, dict[str, str | bytes]]:
    return {
        "www.gov.hk": {
            "/": GOVHK_HOME,
            "/tc/residents/whatsnew.htm": GOVHK_WHATSNEW,
            "/tc/about/govdirectory/notices.htm": GOVHK_NOTICES,
        },
        "www.info.gov.hk": {"/gia/general/ctoday.htm": GIA_INDEX},
        "www.devb.gov.hk": _bureau(
            BUREAU_HOME, BUREAU_PRESS_BY_DAY, BUREAU_WHATSNEW, BUREAU_NOTICES
        ),
        "www.oldb.gov.hk": _bureau(
            BUREAU_HOME_OLD, BUREAU_PRESS_BY_DAY_OLD, BUREAU_WHATSNEW_OLD, BUREAU_NOTICES_OLD
        ),
        "www.districtcouncils.gov.hk": {
            "/": DC_HOME,
            "/wch/tc_chi/news/news.html": DC_NEWS,
            "/wch/tc_chi/meetings/dcmeetings/dc_papers.php": DC_PAPERS,
            "/wch/tc_chi/meetings/dcmeetings/dc_minutes.php": DC_MINUTES,
            "/wch/tc_chi/meetings/dcmeetings/dc_agenda.php": DC_AGENDA,
        },
        "hk.art.museum": _museum(MUSEUM_HOME, MUSEUM_NEWS),
        "old.art.museum": _museum(MUSEUM_HOME_OLD, MUSEUM_NEWS_OLD),
        "www.gov.mo": {
            "/": MACAU_ZH,
            "/zh-hant/news/": MACAU_ZH_NEWS,
            "/zh-hant/notice/": MACAU_ZH_NOTICES,
            "/zh-hant/recruitment/": MACAU_ZH_RECRUITMENT,
        },
        "pt.gov.mo": {
            "/": MACAU_PT,
            "/pt/noticias/": MACAU_PT_NEWS,
            "/pt/avisos/": MACAU_PT_NOTICES,
            "/pt/concursos/": MACAU_PT_CONCURSOS,
        },
        "www.had.gov.hk": {"/": HKSCS_BYTES},
    }


def _bureau(home: str, press: str, whatsnew: str, notices: str) -> dict[str, str | bytes]:
    return {
        "/": home,
        "/tc/press/index.html": press,
        "/tc/whatsnew/index.html": whatsnew,
        "/tc/notices/index.html": notices,
        "/tc/consultation/index.html": BUREAU_CONSULTATIONS,
        "/tc/tender/index.html": BUREAU_TENDERS,
        "/tc/vacancies/index.html": BUREAU_VACANCIES,
        "/tc/publications/index.html": BUREAU_PUBLICATIONS,
    }


def _museum(home: str, news: str) -> dict[str, str | bytes]:
    return {
        "/": home,
        "/zh_TW/web/ma/news.html": news,
        "/zh_TW/web/ma/programmes.html": MUSEUM_PROGRAMMES,
        "/zh_TW/web/ma/exhibitions.html": MUSEUM_EXHIBITIONS,
    }


# host -> (status, freshness findings, columns, sweep's newest, sweep's status)
TRUTH: dict[str, tuple[str, frozenset[str], Columns, str | None, str]] = {
    # 新聞公報 on the homepage: today's releases (time only, the GIA address dated).
    "www.gov.hk": (
        "healthy",
        frozenset(),
        {
            "新聞公報": ("news", "2026-11-26"),
            "最新消息": ("news", "2026-11-25"),
            "政府公告": ("notice", "2026-11-24"),
        },
        "2026-11-26",
        "healthy",
    ),
    # 公眾諮詢 is the public's say (interaction: no limit), dated by its period's start;
    # 招標 a notice, dated by the invitation (刊登日期), not by its closing day ahead;
    # 職位空缺 personnel, by 公布日期; 刊物 lists no dates (other).
    "www.devb.gov.hk": (
        "healthy",
        frozenset(),
        {
            "新聞公報": ("news", "2026-11-20"),
            "最新消息": ("news", "2026-11-24"),
            "公告": ("notice", "2026-11-18"),
            "公眾諮詢": ("interaction", "2026-10-08"),
            "招標": ("notice", "2026-11-20"),
            "職位空缺": ("personnel", "2026-11-19"),
            "刊物": ("other", None),
        },
        "2026-11-24",
        "healthy",
    ),
    # Press releases of June (their days in the press page's headings), news of June:
    # the footer's 2026 © and 修訂日期 (this week) are no update.
    "www.oldb.gov.hk": (
        "stale",
        frozenset({"homepage_stale", "column_stale"}),
        {
            "新聞公報": ("news", "2026-06-19"),
            "最新消息": ("news", "2026-06-22"),
            "公告": ("notice", "2026-06-15"),
            "公眾諮詢": ("interaction", "2026-10-08"),
            "招標": ("notice", "2026-11-20"),
            "職位空缺": ("personnel", "2026-11-19"),
            "刊物": ("other", None),
        },
        "2026-10-08",
        "stale",
    ),
    # Meeting papers, minutes and agendas are a council's records (other); the next
    # meeting's agenda (2026年12月17日) is ahead.
    "www.districtcouncils.gov.hk": (
        "healthy",
        frozenset(),
        {
            "最新消息": ("news", "2026-11-23"),
            "會議文件": ("other", "2026-11-20"),
            "會議紀錄": ("other", "2026-09-18"),
            "議程": ("other", "2026-11-20"),
        },
        "2026-11-23",
        "healthy",
    ),
    # Events and exhibitions ahead are no update, nor dates of the past.
    "hk.art.museum": (
        "healthy",
        frozenset(),
        {"最新消息": ("news", "2026-11-18"), "活動": ("other", None), "展覽": ("other", None)},
        "2026-11-18",
        "healthy",
    ),
    "old.art.museum": (
        "stale",
        frozenset({"homepage_stale", "column_stale"}),
        {
            "最新消息": ("news", "2026-09-10"),
            "活動": ("other", None),
            "展覽": ("other", "2026-06-06"),
        },
        "2026-09-10",
        "stale",
    ),
    "www.gov.mo": (
        "healthy",
        frozenset(),
        {
            "新聞": ("news", "2026-11-20"),
            "公告": ("notice", "2026-11-20"),
            "招聘": ("personnel", "2026-11-19"),
        },
        "2026-11-20",
        "healthy",
    ),
    # Concursos is 招聘's Portuguese (personnel); "Última actualização" is the stamp.
    "pt.gov.mo": (
        "healthy",
        frozenset(),
        {
            "Notícias": ("news", "2026-11-20"),
            "Avisos": ("notice", "2026-11-20"),
            "Concursos": ("personnel", "2026-11-19"),
        },
        "2026-11-20",
        "healthy",
    ),
    "www.had.gov.hk": (
        "healthy",
        frozenset(),
        {"通告": ("notice", "2026-11-20")},
        "2026-11-20",
        "healthy",
    ),
}
