"""Traditional-Chinese government homepages, third round (tests/test_realistic_tw3.py):
a 區公所 on the common CMS table (公告日期, 單位, 點閱數, 民國 dates 113-11-20 and
113/11/20), a ministry whose 新聞稿 / 即時新聞 / 公告 sit in tab panels under a Bootstrap
tab bar (<ul class="nav nav-tabs" role="tablist">, or class="tab-nav"), a Hong Kong
department (新聞公報, 2024年11月22日, 20.11.2024) and a Macau bureau in Chinese and
Portuguese (Notícias, Avisos, "Ver mais", 21/11/2024). Literal pages, clock 2024-11-25."""

from __future__ import annotations

TOWN = """\
<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>臺南市新化區公所</title></head>
<body><a href="#C" accesskey="C" title="中央內容區塊">:::</a>
<nav><a href="/cp.aspx?n=1">認識本所</a> <a href="/News.aspx?n=2">最新消息</a> <a href="/cp.aspx?n=3">政府資訊公開</a> <a href="/Mail.aspx">區長信箱</a></nav>
<div class="area-table">
<h2>最新消息</h2>
<table class="table-list"><thead><tr><th>序號</th><th>標題</th><th>單位</th><th>公告日期</th><th>點閱數</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="/News_Content.aspx?n=2&s=901">本區113年度秋季環境消毒作業</a></td><td>民政課</td><td>113-11-20</td><td>125</td></tr>
<tr><td>2</td><td><a href="/News_Content.aspx?n=2&s=902">113年冬令救濟申請</a></td><td>社會課</td><td>113-11-15</td><td>98</td></tr>
<tr><td>3</td><td><a href="/News_Content.aspx?n=2&s=903">區民活動中心整修公告</a></td><td>農建課</td><td>113/11/08</td><td>311</td></tr>
</tbody></table>
<a href="/News.aspx?n=2" title="最新消息-更多">更多</a>
</div>
<div class="area-table">
<h2>公告事項</h2>
<table class="table-list"><tr><th>標題</th><th>單位</th><th>發布日期</th><th>點閱數</th></tr>
<tr><td><a href="/News_Content.aspx?n=3&s=1">公告本區113年第4季低收入戶審核結果</a></td><td>社會課</td><td>113/10/30</td><td>45</td></tr>
<tr><td><a href="/News_Content.aspx?n=3&s=2">公告土地重劃區公共設施移交</a></td><td>農建課</td><td>113/09/12</td><td>20</td></tr>
</table><a href="/News.aspx?n=3">更多</a></div>
<footer>更新日期：113-11-21 瀏覽人次：1234567</footer>
</body></html>
"""

MINISTRY_TABS = """\
<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>經濟部全球資訊網</title></head>
<body><nav><a href="/about">關於本部</a> <a href="/news">新聞與公告</a></nav>
<main>
<section class="tab-news">
<ul class="nav nav-tabs" role="tablist">
<li role="presentation" class="active"><a href="#tab1" role="tab" aria-controls="tab1" aria-selected="true">新聞稿</a></li>
<li role="presentation"><a href="#tab2" role="tab" aria-controls="tab2" aria-selected="false">即時新聞</a></li>
<li role="presentation"><a href="#tab3" role="tab" aria-controls="tab3" aria-selected="false">公告</a></li>
</ul>
<div class="tab-content">
<div id="tab1" role="tabpanel" class="tab-pane active">
<ul><li><a href="/News_Content.aspx?n=1&s=11">經濟部公布10月外銷訂單</a><span class="date">2024-11-20</span></li>
<li><a href="/News_Content.aspx?n=1&s=12">中小企業數位轉型補助</a><span class="date">2024-11-18</span></li></ul>
<a class="more" href="/News.aspx?n=1" title="新聞稿-更多">更多新聞稿</a></div>
<div id="tab2" role="tabpanel" class="tab-pane" hidden>
<ul><li><a href="/News_Content.aspx?n=2&s=21">針對媒體報導電價調整之說明</a><span class="date">2024-11-22</span></li>
<li><a href="/News_Content.aspx?n=2&s=22">有關台電虧損報導澄清</a><span class="date">2024-11-12</span></li></ul>
<a class="more" href="/News.aspx?n=2" title="即時新聞-更多">更多即時新聞</a></div>
<div id="tab3" role="tabpanel" class="tab-pane" style="display:none">
<ul><li><a href="/News_Content.aspx?n=3&s=31">預告修正「商業登記法施行細則」</a><span class="date">2024-11-05</span></li>
<li><a href="/News_Content.aspx?n=3&s=32">公告113年度產業創新補助名單</a><span class="date">2024-10-15</span></li></ul>
<a class="more" href="/News.aspx?n=3" title="公告-更多">更多公告</a></div>
</div></section>
<section><h2>首長信箱</h2>
<table><tr><th>主旨</th><th>來信日期</th><th>處理狀態</th></tr>
<tr><td><a href="/Mail_Content.aspx?s=1">詢問創業貸款</a></td><td>113/11/20</td><td>處理中</td></tr>
<tr><td><a href="/Mail_Content.aspx?s=2">工業區汙染陳情</a></td><td>113/06/03</td><td>處理中</td></tr>
<tr><td><a href="/Mail_Content.aspx?s=3">商標申請問題</a></td><td>113/05/01</td><td>已回覆</td></tr>
</table><a href="/Mail.aspx">更多</a></section>
</main>
<footer>© 經濟部</footer></body></html>
"""

MINISTRY_TAB_NAV = """\
<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>經濟部全球資訊網</title></head>
<body><nav><a href="/about">關於本部</a> <a href="/news">新聞與公告</a></nav>
<main>
<section class="tab-news">
<ul class="tab-nav" role="tablist">
<li role="presentation" class="active"><a href="#tab1" role="tab" aria-controls="tab1" aria-selected="true">新聞稿</a></li>
<li role="presentation"><a href="#tab2" role="tab" aria-controls="tab2" aria-selected="false">即時新聞</a></li>
<li role="presentation"><a href="#tab3" role="tab" aria-controls="tab3" aria-selected="false">公告</a></li>
</ul>
<div class="tab-content">
<div id="tab1" role="tabpanel" class="tab-pane active">
<ul><li><a href="/News_Content.aspx?n=1&s=11">經濟部公布10月外銷訂單</a><span class="date">2024-11-20</span></li>
<li><a href="/News_Content.aspx?n=1&s=12">中小企業數位轉型補助</a><span class="date">2024-11-18</span></li></ul>
<a class="more" href="/News.aspx?n=1" title="新聞稿-更多">更多新聞稿</a></div>
<div id="tab2" role="tabpanel" class="tab-pane" hidden>
<ul><li><a href="/News_Content.aspx?n=2&s=21">針對媒體報導電價調整之說明</a><span class="date">2024-11-22</span></li>
<li><a href="/News_Content.aspx?n=2&s=22">有關台電虧損報導澄清</a><span class="date">2024-11-12</span></li></ul>
<a class="more" href="/News.aspx?n=2" title="即時新聞-更多">更多即時新聞</a></div>
<div id="tab3" role="tabpanel" class="tab-pane" style="display:none">
<ul><li><a href="/News_Content.aspx?n=3&s=31">預告修正「商業登記法施行細則」</a><span class="date">2024-11-05</span></li>
<li><a href="/News_Content.aspx?n=3&s=32">公告113年度產業創新補助名單</a><span class="date">2024-10-15</span></li></ul>
<a class="more" href="/News.aspx?n=3" title="公告-更多">更多公告</a></div>
</div></section>
<section><h2>首長信箱</h2>
<table><tr><th>主旨</th><th>來信日期</th><th>處理狀態</th></tr>
<tr><td><a href="/Mail_Content.aspx?s=1">詢問創業貸款</a></td><td>113/11/20</td><td>處理中</td></tr>
<tr><td><a href="/Mail_Content.aspx?s=2">工業區汙染陳情</a></td><td>113/06/03</td><td>處理中</td></tr>
<tr><td><a href="/Mail_Content.aspx?s=3">商標申請問題</a></td><td>113/05/01</td><td>已回覆</td></tr>
</table><a href="/Mail.aspx">更多</a></section>
</main>
<footer>© 經濟部</footer></body></html>
"""

HK_DEPT = """\
<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>環境保護署</title></head>
<body><div class="topbar"><a href="/en/">English</a></div>
<main>
<div class="box"><h2>新聞公報</h2>
<ul><li><a href="/tc/press/p241122a.htm">環保署就違例排放污水提出檢控</a> 2024年11月22日</li>
<li><a href="/tc/press/p241119.htm">都市固體廢物收費計劃最新安排</a> 2024年11月19日</li></ul>
<a href="/tc/press/">更多新聞公報</a></div>
<div class="box"><h2>公告</h2>
<ul><li><a href="/tc/notice/n1.htm">環境影響評估條例公告</a> 20.11.2024</li>
<li><a href="/tc/notice/n2.htm">空氣質素指標公眾諮詢</a> 01.11.2024</li></ul>
<a href="/tc/notice/">更多</a></div>
<div class="box"><h2>最新消息</h2>
<ul><li><a href="/tc/whatsnew/w1.htm">更新回收地圖</a> <span>(2024年11月24日)</span></li>
<li><a href="/tc/whatsnew/w2.htm">新一期環保通訊</a> <span>(2024年11月8日)</span></li></ul></div>
</main></body></html>
"""

MACAU_ZH = """\
<!DOCTYPE html>
<html lang="zh-Hant-MO"><head><meta charset="utf-8"><title>澳門特別行政區政府 旅遊局 Direcção dos Serviços de Turismo</title></head>
<body><header><a href="/zh-hant/">中文</a> <a href="/pt/">Português</a></header>
<main>
<section class="news"><h2>新聞 Notícias</h2>
<ul>
<li><a href="/zh-hant/news/2024-11-21-1">第七十一屆澳門格蘭披治大賽車圓滿結束 Grande Prémio concluído</a><span>21/11/2024</span></li>
<li><a href="/zh-hant/news/a1202">旅遊局舉辦美食節推廣活動</a><span>18/11/2024</span></li>
<li><a href="/zh-hant/news/a1199">十月入境旅客數字公佈</a><span>04/11/2024</span></li>
</ul><a href="/zh-hant/news/">查看更多 Ver mais</a></section>
<section class="avisos"><h2>公告 Avisos</h2>
<ul>
<li><a href="/zh-hant/avisos/88">公開招標 – 旅遊宣傳服務 Concurso público</a><span>12/11/2024</span></li>
<li><a href="/zh-hant/avisos/87">招聘公告 Aviso de recrutamento</a><span>30/10/2024</span></li>
</ul><a href="/zh-hant/avisos/">Ver mais</a></section>
</main><footer>© 2024 澳門特別行政區政府</footer></body></html>
"""

MACAU_PT = """\
<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8"><title>澳門特別行政區政府 旅遊局 Direcção dos Serviços de Turismo</title></head>
<body><header><a href="/zh-hant/">中文</a> <a href="/pt/">Português</a></header>
<main>
<section class="news"><h2>Notícias</h2>
<ul>
<li><a href="/zh-hant/news/2024-11-21-1">第七十一屆澳門格蘭披治大賽車圓滿結束 Grande Prémio concluído</a><span>21/11/2024</span></li>
<li><a href="/zh-hant/news/a1202">旅遊局舉辦美食節推廣活動</a><span>18/11/2024</span></li>
<li><a href="/zh-hant/news/a1199">十月入境旅客數字公佈</a><span>04/11/2024</span></li>
</ul><a href="/zh-hant/news/">查看更多 Ver mais</a></section>
<section class="avisos"><h2>Avisos</h2>
<ul>
<li><a href="/zh-hant/avisos/88">公開招標 – 旅遊宣傳服務 Concurso público</a><span>12/11/2024</span></li>
<li><a href="/zh-hant/avisos/87">招聘公告 Aviso de recrutamento</a><span>30/10/2024</span></li>
</ul><a href="/zh-hant/avisos/">Ver mais</a></section>
</main><footer>© 2024 澳門特別行政區政府</footer></body></html>
"""
