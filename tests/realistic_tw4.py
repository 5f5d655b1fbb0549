"""Traditional-Chinese government pages, fourth round (tests/test_realistic_tw4.py):
a county's 政府資訊公開 page that is only a grid of category links (its 施政計畫 and
預算書及決算書 lists, updated yearly, one click down), a 鄉公所 whose newest 最新消息
is from 民國111年, the English sister page of a ministry (Nov 20, 2024 and 2024-11-20)
and Big5 pages whose HTTP header says UTF-8 or nothing. Literal pages, clock 2024-11-25.
"""

from __future__ import annotations

OPEN_DATA = """\
<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>政府資訊公開-彰化縣政府</title></head>
<body><a href="#C" accesskey="C" title="中央內容區塊">:::</a>
<nav><a href="/">首頁</a> <a href="/News.aspx?n=1">最新消息</a> <a href="/cp.aspx?n=9">政府資訊公開</a></nav>
<div id="C"><h2>政府資訊公開</h2>
<ul class="list-grid">
<li><a href="/News.aspx?n=101">法規命令</a></li>
<li><a href="/News.aspx?n=102">組織職掌</a></li>
<li><a href="/News.aspx?n=103">施政計畫</a></li>
<li><a href="/News.aspx?n=104">預算書及決算書</a></li>
<li><a href="/News.aspx?n=105">統計資料</a></li>
<li><a href="/News.aspx?n=106">公共工程及採購契約</a></li>
<li><a href="/News.aspx?n=107">支付或接受之補助</a></li>
<li><a href="/News.aspx?n=108">請願之處理結果及訴願之決定</a></li>
<li><a href="/News.aspx?n=109">書面之公開會議紀錄</a></li>
<li><a href="/News.aspx?n=110">業務統計報表</a></li>
</ul></div>
<footer>彰化縣政府 地址：500彰化市中山路二段416號</footer>
</body></html>
"""

PLANS = """\
<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>施政計畫-彰化縣政府</title></head>
<body><nav><a href="/">首頁</a> <a href="/cp.aspx?n=9">政府資訊公開</a></nav>
<div id="C"><h2>施政計畫</h2>
<table class="table-list"><tr><th>序號</th><th>標題</th><th>發布日期</th></tr>
<tr><td>1</td><td><a href="/News_Content.aspx?n=103&s=3">彰化縣政府113年度施政計畫</a></td><td>112-12-28</td></tr>
<tr><td>2</td><td><a href="/News_Content.aspx?n=103&s=2">彰化縣政府112年度施政計畫</a></td><td>111-12-27</td></tr>
<tr><td>3</td><td><a href="/News_Content.aspx?n=103&s=1">彰化縣政府111年度施政計畫</a></td><td>110-12-30</td></tr>
</table></div></body></html>
"""

BUDGETS = """\
<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>預算書及決算書-彰化縣政府</title></head>
<body><nav><a href="/">首頁</a> <a href="/cp.aspx?n=9">政府資訊公開</a></nav>
<div id="C"><h2>預算書及決算書</h2>
<table class="table-list"><tr><th>序號</th><th>標題</th><th>發布日期</th></tr>
<tr><td>1</td><td><a href="/News_Content.aspx?n=104&s=3">112年度總決算</a></td><td>113-05-30</td></tr>
<tr><td>2</td><td><a href="/News_Content.aspx?n=104&s=2">113年度總預算</a></td><td>112-12-29</td></tr>
<tr><td>3</td><td><a href="/News_Content.aspx?n=104&s=1">111年度總決算</a></td><td>112-05-31</td></tr>
</table></div></body></html>
"""

STALE_OFFICE = """\
<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>屏東縣霧臺鄉公所</title></head>
<body><a href="#C" accesskey="C" title="中央內容區塊">:::</a>
<nav><a href="/cp.aspx?n=1">認識本所</a> <a href="/News.aspx?n=2">最新消息</a> <a href="/Mail.aspx">鄉長信箱</a></nav>
<div class="area-table">
<h2>最新消息</h2>
<table class="table-list"><thead><tr><th>序號</th><th>標題</th><th>單位</th><th>公告日期</th><th>點閱數</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="/News_Content.aspx?n=2&s=501">本鄉111年度冬令救濟申請</a></td><td>民政課</td><td>111-12-05</td><td>88</td></tr>
<tr><td>2</td><td><a href="/News_Content.aspx?n=2&s=500">111年度秋季環境消毒作業</a></td><td>民政課</td><td>111/10/18</td><td>64</td></tr>
<tr><td>3</td><td><a href="/News_Content.aspx?n=2&s=499">鄉立托兒所招生公告</a></td><td>社會課</td><td>111.08.01</td><td>120</td></tr>
</tbody></table>
<a href="/News.aspx?n=2" title="最新消息-更多">更多</a>
</div>
<div class="area-table">
<h2>公告事項</h2>
<table class="table-list"><tr><th>標題</th><th>單位</th><th>發布日期</th><th>點閱數</th></tr>
<tr><td><a href="/News_Content.aspx?n=3&s=1">公告本鄉111年第3季低收入戶審核結果</a></td><td>社會課</td><td>民國111年9月30日</td><td>45</td></tr>
</table><a href="/News.aspx?n=3">更多</a></div>
<footer>霧臺鄉公所 版權所有</footer>
</body></html>
"""

MINISTRY_EN = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ministry of Economic Affairs, R.O.C.</title></head>
<body><a href="#C" accesskey="C" title="Main content">:::</a>
<nav><a href="/en/">Home</a> <a href="/en/News.aspx?n=1">News</a> <a href="https://www.moea.gov.tw/">中文版</a></nav>
<div class="area-list"><h2>Press Releases</h2>
<ul>
<li><a href="/en/News_Content.aspx?n=1&s=301">MOEA Announces 2025 Industrial Innovation Subsidies</a> <span class="date">Nov 20, 2024</span></li>
<li><a href="/en/News_Content.aspx?n=1&s=300">Taiwan-Japan Economic Cooperation Dialogue Held in Taipei</a> <span class="date">Nov 12, 2024</span></li>
<li><a href="/en/News_Content.aspx?n=1&s=299">Export Orders Rise for Seventh Month</a> <span class="date">Oct 21, 2024</span></li>
</ul><a href="/en/News.aspx?n=1">More</a></div>
<div class="area-list"><h2>Announcements</h2>
<ul>
<li><a href="/en/News_Content.aspx?n=2&s=21">Public Notice on Draft Amendments to the Energy Administration Act</a> <span>2024-11-18</span></li>
<li><a href="/en/News_Content.aspx?n=2&s=20">Call for Comments: Industrial Parks Regulations</a> <span>2024-10-02</span></li>
</ul><a href="/en/News.aspx?n=2">More</a></div>
<footer>Last updated: 2024-11-21</footer>
</body></html>
"""

# The English page as a Big5 template serves it: a Big5 <meta>, the link to 中文版 and a
# price in euros (cp950's A3E1, which Big5-HKSCS lacks).
MINISTRY_EN_BIG5 = (
    MINISTRY_EN.replace('charset="utf-8"', 'charset="big5"')
    .replace("Subsidies</a>", "Subsidies (NT$1 billion, about €29 million)</a>")
    .encode("cp950")
)

# A short Big5 page, too short for detection, with a 造字 (a user-defined character in
# the EUDC range 0x8140, in no codec) in a headline.
SHORT_BIG5 = (
    (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">'
        "<title>臺東縣政府</title></head><body><h2>縣府新聞</h2><ul>"
        '<li><a href="/News_Content.aspx?n=2&s=1">縣長林XX視察災後復原</a> 113-11-20</li>'
        '<li><a href="/News_Content.aspx?n=2&s=2">慢食節登場</a> 113-11-18</li>'
        "</ul></body></html>"
    )
    .encode("cp950")
    .replace(b"XX", b"\x81\x40")
)

# The 政府資訊公開 site's other pages: its 最新消息 list, and a category page that is text.
OPEN_DATA_NEWS = """\
<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>最新消息-彰化縣政府</title></head>
<body><nav><a href="/">首頁</a> <a href="/cp.aspx?n=9">政府資訊公開</a></nav>
<div id="C"><h2>最新消息</h2>
<table class="table-list"><tr><th>序號</th><th>標題</th><th>發布日期</th></tr>
<tr><td>1</td><td><a href="/News_Content.aspx?n=1&s=88">114年度預算案送請縣議會審議</a></td><td>113-11-20</td></tr>
<tr><td>2</td><td><a href="/News_Content.aspx?n=1&s=87">113年第3季統計通報</a></td><td>113-10-31</td></tr>
</table></div></body></html>
"""

CATEGORY_TEXT = """\
<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>政府資訊公開-彰化縣政府</title></head>
<body><nav><a href="/">首頁</a> <a href="/cp.aspx?n=9">政府資訊公開</a></nav>
<div id="C"><h2>說明</h2><p>依政府資訊公開法第7條規定主動公開之資訊，請洽各業務單位。</p></div>
</body></html>
"""

# A county that stopped posting plans: its newest 施政計畫 is 112年度's, of 111-12-27.
OLD_PLANS = PLANS.replace(
    '<tr><td>1</td><td><a href="/News_Content.aspx?n=103&s=3">彰化縣政府113年度施政計畫</a></td><td>112-12-28</td></tr>\n',
    "",
)

# The 鄉公所's 最新消息 list page: nothing newer than the homepage shows.
STALE_OFFICE_NEWS = """\
<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>最新消息-屏東縣霧臺鄉公所</title></head>
<body><nav><a href="/">首頁</a></nav>
<div id="C"><h2>最新消息</h2>
<table class="table-list"><tr><th>序號</th><th>標題</th><th>單位</th><th>公告日期</th></tr>
<tr><td>1</td><td><a href="/News_Content.aspx?n=2&s=501">本鄉111年度冬令救濟申請</a></td><td>民政課</td><td>111-12-05</td></tr>
<tr><td>2</td><td><a href="/News_Content.aspx?n=2&s=500">111年度秋季環境消毒作業</a></td><td>民政課</td><td>111/10/18</td></tr>
<tr><td>3</td><td><a href="/News_Content.aspx?n=2&s=499">鄉立托兒所招生公告</a></td><td>社會課</td><td>111.08.01</td></tr>
<tr><td>4</td><td><a href="/News_Content.aspx?n=2&s=498">端午節連假垃圾清運公告</a></td><td>清潔隊</td><td>111-05-30</td></tr>
</table></div></body></html>
"""
