"""Realistic traditional-Chinese (Taiwan, Hong Kong) and English-language sites.

Written from how the real templates render (Taiwan's 縣市政府/鄉鎮公所/部會 CMSes,
GovHK departments, GOV.UK-style councils, CivicPlus cities, Australian councils, a
university newsroom, WordPress), independently of tests/portals.py. Dates are literal,
as the pages print them, against the fixed clock NOW (Monday 2024-11-25).

Each `IntlSite` holds its pages (path -> HTML, bytes for a Big5 page) and its truth:
the columns a reader sees (name, type, newest date, empty), the status and the
freshness findings a scan must report. Hosts with a real-looking suffix (`.gov.hk`,
`.gov.uk`, `.gov`) are served by the farm through a `[network] resolve` override.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from html import escape

NOW = datetime(2024, 11, 25, 4, tzinfo=UTC)  # noon in Taipei and Hong Kong
TODAY = NOW.date()


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    newest: date | None  # None: no dated item (or empty)
    empty: bool = False


@dataclass(frozen=True)
class Truth:
    status: str
    findings: frozenset[str]  # freshness finding codes
    columns: tuple[Column, ...]
    home_newest: date | None  # the newest update the homepage shows
    notes: str = ""  # why, when a reader could argue


@dataclass
class IntlSite:
    name: str
    host: str  # "" = <name>.farm.test
    pages: dict[str, str | bytes]
    truth: Truth
    lang: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def d(text: str) -> date:
    return date.fromisoformat(text)


def li_rows(rows: Sequence[tuple[str, str, str]], pattern: str) -> str:
    """rows of (href, title, shown date) through a per-site item pattern."""
    return "\n".join(
        pattern.format(href=escape(h), title=escape(t), date=escape(s)) for h, t, s in rows
    )


# ======================================================================================
# Taiwan: a city government (UTF-8), tabbed news block, ROC dates in three spellings


TW_CITY_TABS = {
    "最新消息": (
        "/News.aspx?n=13370&sms=9748",
        [
            (
                "/News_Content.aspx?n=13370&s=8701234",
                "本市113年度冬令救濟即日起受理申請",
                "113-11-22",
            ),
            (
                "/News_Content.aspx?n=13370&s=8700001",
                "市長出席2024臺南國際馬拉松開跑記者會",
                "113-11-21",
            ),
            (
                "/News_Content.aspx?n=13370&s=8699002",
                "秋冬防疫宣導 請市民踴躍接種流感疫苗",
                "113-11-18",
            ),
            (
                "/News_Content.aspx?n=13370&s=8690003",
                "安平港水域遊憩活動管理自治條例說明會",
                "113-11-12",
            ),
            ("/News_Content.aspx?n=13370&s=8680004", "本市公有零售市場攤位招租公告", "113-11-05"),
        ],
    ),
    "公告訊息": (
        "/News.aspx?n=13371&sms=9749",
        [
            ("/News_Content.aspx?n=13371&s=8701111", "公告本市113年度第4期地價稅開徵", "113/11/21"),
            (
                "/News_Content.aspx?n=13371&s=8700112",
                "預告修正「臺南市道路挖掘管理自治條例」草案",
                "113/11/15",
            ),
            (
                "/News_Content.aspx?n=13371&s=8690113",
                "公告本市都市計畫細部計畫公開展覽",
                "113/10/30",
            ),
        ],
    ),
    "新聞稿": (
        "/News.aspx?n=13372&sms=9750",
        [
            (
                "/News_Content.aspx?n=13372&s=8701221",
                "市府團隊赴中央爭取前瞻建設經費",
                "2024-11-22",
            ),
            ("/News_Content.aspx?n=13372&s=8701222", "臺南400系列活動年度成果發表", "2024-11-20"),
            ("/News_Content.aspx?n=13372&s=8701223", "南科周邊交通改善工程啟動", "2024-11-19"),
        ],
    ),
}

TW_CITY_SECTIONS = {
    "法規資訊": (
        "/Law.aspx?n=13380",
        [
            ("/Law_Content.aspx?n=13380&s=501", "臺南市公園管理自治條例", "113.10.02"),
            ("/Law_Content.aspx?n=13380&s=502", "臺南市建築管理自治條例", "113.08.15"),
            ("/Law_Content.aspx?n=13380&s=503", "臺南市政府組織自治條例", "113.05.06"),
        ],
        "policy",
    ),
    "人事公告": (
        "/News.aspx?n=13390&sms=9760",
        [
            (
                "/News_Content.aspx?n=13390&s=601",
                "本府人事處職務代理人甄選公告",
                "民國113年9月30日",
            ),
            ("/News_Content.aspx?n=13390&s=602", "本府社會局約僱人員甄選簡章", "民國113年8月12日"),
        ],
        "personnel",
    ),
    "施政計畫": (
        "/News.aspx?n=13395&sms=9765",
        [
            (
                "/News_Content.aspx?n=13395&s=701",
                "臺南市政府114年度施政計畫",
                "中華民國113年10月31日",
            ),
            (
                "/News_Content.aspx?n=13395&s=702",
                "臺南市政府113年度施政計畫",
                "中華民國112年10月31日",
            ),
        ],
        "planning",
    ),
}

TW_CITY_MAIL = [
    ("/Mail_Content.aspx?n=1&s=9901", "建議增設永康區公車候車亭", "113-11-20", "處理中"),
    ("/Mail_Content.aspx?n=1&s=9902", "安南區路燈故障請儘速修復", "113-11-14", "已回覆"),
    ("/Mail_Content.aspx?n=1&s=9903", "詢問老人健保補助申請資格", "113-10-28", "已回覆"),
    ("/Mail_Content.aspx?n=1&s=9904", "中西區違規停車檢舉", "113-09-03", "已回覆"),
]


def _tw_city_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="DC.Title" content="{title}"><meta name="DC.Creator" content="臺南市政府">
<meta name="DC.Date" content="2015-06-01">
<title>{title}</title>
<link rel="stylesheet" href="/css/style.css?v=20240315">
<script src="/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>
<a href="#C" class="skip" title="跳到主要內容區塊">跳到主要內容區塊</a>
<header class="header">
<a href="#U" id="U" accesskey="U" title="上方功能區塊">:::</a>
<ul class="toplink"><li><a href="/" title="回首頁">回首頁</a></li><li><a href="/SiteMap.aspx" title="網站導覽">網站導覽</a></li>
<li><a href="/en/" title="English" lang="en">English</a></li><li><a href="/Rss.aspx" title="RSS">RSS</a></li>
<li><a href="https://www.facebook.com/tainanpage" title="Facebook(另開新視窗)" target="_blank">Facebook</a></li></ul>
<h1><a href="/" title="臺南市政府全球資訊網"><img src="/images/logo.png" alt="臺南市政府全球資訊網"></a></h1>
<form action="/Search.aspx" class="search"><label for="q">搜尋</label><input id="q" name="q" title="請輸入關鍵字"><button type="submit">搜尋</button>
<p>熱門關鍵字：<a href="/Search.aspx?q=育兒津貼">育兒津貼</a> <a href="/Search.aspx?q=停車">停車</a></p></form>
<nav class="menu"><ul>
<li><a href="/cp.aspx?n=100" title="認識臺南">認識臺南</a></li><li><a href="/cp.aspx?n=200" title="市府組織">市府組織</a></li>
<li><a href="/cp.aspx?n=300" title="市政資訊">市政資訊</a></li><li><a href="/cp.aspx?n=400" title="便民服務">便民服務</a></li>
<li><a href="/cp.aspx?n=500" title="政府資訊公開">政府資訊公開</a></li><li><a href="/Mail.aspx?n=1" title="市長信箱">市長信箱</a></li>
</ul></nav>
</header>
"""


def _tw_city_footer() -> str:
    return """<footer class="footer">
<a href="#Z" id="Z" accesskey="Z" title="下方功能區塊">:::</a>
<ul class="footer-link"><li><a href="/cp.aspx?n=900" title="隱私權政策">隱私權政策</a></li>
<li><a href="/cp.aspx?n=901" title="資訊安全政策">資訊安全政策</a></li>
<li><a href="/cp.aspx?n=902" title="政府網站資料開放宣告">政府網站資料開放宣告</a></li></ul>
<p>臺南市政府 永華市政中心：70801臺南市安平區永華路二段6號 總機：06-2991111<br>
民治市政中心：73001臺南市新營區民治路36號 總機：06-6322231</p>
<p>本網站建議使用Chrome、Edge、Firefox最新版本瀏覽，最佳瀏覽解析度為1280x1024</p>
<p class="update">更新日期：113-11-22 &nbsp; 瀏覽人次：<span>68,123,456</span></p>
<p>Copyright © 2024 Tainan City Government. All Rights Reserved.</p>
<a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20240315102030" title="無障礙網站(另開新視窗)" target="_blank">
<img src="/images/accessibility_AA.png" alt="通過AA檢測等級無障礙網頁檢測"></a>
</footer>
<script>$(function(){ $('.tab a').on('click', function(){ /* tabs */ }); });</script>
</body></html>
"""


def tw_city_home() -> str:
    tabs = []
    panels = []
    for index, (name, (more, rows)) in enumerate(TW_CITY_TABS.items()):
        active = ' class="active"' if index == 0 else ""
        tabs.append(f'<li{active}><a href="javascript:;" title="{name}">{name}</a></li>')
        items = li_rows(
            rows,
            '<li><a href="{href}" title="{title}">{title}</a><span class="date">{date}</span></li>',
        )
        panels.append(
            f"""<div class="tab-panel" id="tab{index}"{"" if index == 0 else ' style="display:none"'}>
<ul class="list">{items}</ul>
<p class="more"><a href="{more}" title="更多{name}">更多</a></p></div>"""
        )
    sections = []
    for name, (more, rows, _) in TW_CITY_SECTIONS.items():
        items = li_rows(
            rows,
            '<li><span class="date">{date}</span><a href="{href}" title="{title}">{title}</a></li>',
        )
        sections.append(
            f"""<section class="group"><h2 class="title">{name}</h2>
<ul class="list">{items}</ul>
<p class="more"><a href="{more}" title="更多{name}">more</a></p></section>"""
        )
    mail = "\n".join(
        f'<tr><td><a href="{h}" title="{t}">{t}</a></td><td>{s}</td><td>{st}</td></tr>'
        for h, t, s, st in TW_CITY_MAIL
    )
    return (
        _tw_city_head("臺南市政府全球資訊網-首頁")
        + f"""<div class="banner"><a href="/News_Content.aspx?n=13370&s=8700001" title="2024臺南國際馬拉松"><img src="/images/banner1.jpg" alt="2024臺南國際馬拉松"></a></div>
<main id="C">
<a href="#C" accesskey="C" title="中央內容區塊">:::</a>
<div class="area-tab"><ul class="tab">{"".join(tabs)}</ul>
{"".join(panels)}
</div>
{"".join(sections)}
<section class="group"><h2 class="title">市長信箱</h2>
<table class="mail"><caption>市長信箱案件處理情形</caption>
<tr><th scope="col">主旨</th><th scope="col">日期</th><th scope="col">處理情形</th></tr>
{mail}
</table>
<p class="more"><a href="/Mail.aspx?n=1" title="更多市長信箱">更多</a></p></section>
<section class="link"><h2>便民服務</h2><ul>
<li><a href="https://www.gov.tw/" title="我的E政府(另開新視窗)" target="_blank">我的E政府</a></li>
<li><a href="/cp.aspx?n=401" title="線上申辦">線上申辦</a></li><li><a href="/cp.aspx?n=402" title="表單下載">表單下載</a></li>
</ul></section>
</main>
"""
        + _tw_city_footer()
    )


def tw_city_list(name: str, rows: Sequence[tuple[str, str, str]]) -> str:
    body = "\n".join(
        f'<tr><td class="CCMS_jGridView_td_Class_0">{i}</td>'
        f'<td class="CCMS_jGridView_td_Class_1"><a href="{escape(h)}" title="{escape(t)}">{escape(t)}</a></td>'
        f'<td class="CCMS_jGridView_td_Class_2">{escape(s)}</td></tr>'
        for i, (h, t, s) in enumerate(rows, 1)
    )
    return (
        _tw_city_head(f"{name}-臺南市政府全球資訊網")
        + f"""<main id="C"><a href="#C" accesskey="C" title="中央內容區塊">:::</a>
<div class="path">現在位置：<a href="/">首頁</a> &gt; <a href="/cp.aspx?n=300">市政資訊</a> &gt; {name}</div>
<h2>{name}</h2>
<form class="filter">發布日期：<input name="sdate" title="起始日期"> 至 <input name="edate" title="結束日期">
<button type="submit">查詢</button></form>
<table class="table-list"><caption>{name}列表</caption>
<thead><tr><th scope="col">序號</th><th scope="col">標題</th><th scope="col">發布日期</th></tr></thead>
<tbody>{body}</tbody></table>
<div class="page">資料總筆數：{len(rows)} 目前在第1/1頁</div>
</main>"""
        + _tw_city_footer()
    )


def _older_roc(start: int, count: int, sep: str = "-") -> list[str]:
    """ROC dates of 113 counting back from month `start`, mid-month."""
    out = []
    month = start
    for _ in range(count):
        out.append(f"113{sep}{month:02d}{sep}1{month % 9}")
        month = month - 1 if month > 1 else 1
    return out


def tw_city() -> IntlSite:
    pages: dict[str, str | bytes] = {"/": tw_city_home()}
    for name, (more, rows) in TW_CITY_TABS.items():
        older = [
            (f"{rows[0][0]}9{i}", f"{name}（舊）第{i}則", s)
            for i, s in enumerate(_older_roc(10, 8))
        ]
        pages[more] = tw_city_list(name, [*rows, *older])
    for name, (more, rows, _) in TW_CITY_SECTIONS.items():
        pages[more] = tw_city_list(name, rows)
    pages["/Mail.aspx?n=1"] = tw_city_list(
        "市長信箱", [(h, f"{t}（{st}）", s) for h, t, s, st in TW_CITY_MAIL]
    )
    columns = (
        Column("最新消息", "news", d("2024-11-22")),
        Column("公告訊息", "notice", d("2024-11-21")),
        Column("新聞稿", "news", d("2024-11-22")),
        Column("法規資訊", "policy", d("2024-10-02")),
        Column("人事公告", "personnel", d("2024-09-30")),
        Column("施政計畫", "planning", d("2024-10-31")),
        Column("市長信箱", "interaction", d("2024-11-20")),
    )
    return IntlSite("tw-city", "", pages, Truth("healthy", frozenset(), columns, d("2024-11-22")))


# ======================================================================================
# Taiwan: a township office (鄉公所), Big5 declared only in <meta>, table layout, stale


TW_TOWN_COLUMNS = {
    "最新消息": (
        "/news/list.php?type=1",
        "news",
        ["113/10/28", "113/10/21", "113/10/07", "113/09/30", "113/09/12"],
    ),
    "公告事項": (
        "/news/list.php?type=2",
        "notice",
        ["113/10/15", "113/09/02", "113/07/18", "113/06/20"],
    ),
    "人事資訊": ("/news/list.php?type=3", "personnel", ["113/06/03", "112/12/20"]),
    "活動花絮": ("/album/list.php", "other", ["113/09/10", "113/08/01"]),
}
TW_TOWN_TITLES = {
    "最新消息": [
        "本鄉113年度敬老重陽禮金發放",
        "鄉長率隊參加全國農業金旺獎頒獎",
        "本鄉第二公墓環境整理工程完工",
        "颱風過後環境清潔消毒作業",
        "本鄉托育中心招收幼兒公告",
    ],
    "公告事項": [
        "公告本鄉113年度低收入戶調查",
        "本鄉公有攤位出租公告",
        "公告本鄉道路養護工程決標結果",
        "本鄉清潔隊臨時人員甄選公告",
    ],
    "人事資訊": ["本所約僱人員甄選簡章", "本所職缺公告（課員）"],
    "活動花絮": ["113年中秋晚會活動花絮", "113年父親節感恩活動"],
}


def _tw_town_page(title: str, main: str) -> str:
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{title}</title>
<style type="text/css">
body {{ margin:0; background:#eaf4e1; font-size:13px }} .t12 {{ font-size:12px }} a:link {{ color:#0b5e0b }}
</style>
<script language="JavaScript">function MM_swapImage(){{ }}</script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><a href="#" accesskey="U" title="上方導覽">:::</a>
<a href="/index.php"><img src="/images/top.jpg" width="980" height="160" border="0" alt="花蓮縣壽豐鄉公所"></a></td></tr>
<tr><td class="menu">
<a href="/about.php">認識壽豐</a> | <a href="/org.php">機關介紹</a> | <a href="/news/list.php?type=1">最新消息</a> |
<a href="/service.php">便民服務</a> | <a href="/mail.php">鄉長信箱</a> | <a href="/sitemap.php">網站導覽</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top" class="left">
<a href="#" accesskey="L" title="左側選單">:::</a>
<table width="100%"><tr><td><a href="/service.php?id=1">戶政服務</a></td></tr><tr><td><a href="/service.php?id=2">清潔隊</a></td></tr>
<tr><td><a href="/service.php?id=3">社會福利</a></td></tr><tr><td><a href="/service.php?id=4">農業資訊</a></td></tr></table></td>
<td valign="top">
<a href="#" accesskey="C" title="主要內容">:::</a>
{main}
</td></tr></table>
<table width="980" border="0" align="center" class="footer"><tr><td align="center">
<a href="#" accesskey="B" title="下方導覽">:::</a>
花蓮縣壽豐鄉公所 地址：974花蓮縣壽豐鄉壽豐村中山路245號 電話：(03)865-2231 傳真：(03)865-1050<br>
<a href="/privacy.php">隱私權及安全政策</a> | <a href="/open.php">政府網站資料開放宣告</a><br>
更新日期：113/10/28 &nbsp; 瀏覽人次：1234567<br>
<a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20190611" target="_blank" title="無障礙網站">
<img src="/images/A.png" border="0" width="88" height="31" alt="通過A檢測等級無障礙網頁檢測"></a>
</td></tr></table>
</body></html>
"""


def _tw_town_rows(name: str, dates: Sequence[str], path: str) -> str:
    titles = TW_TOWN_TITLES[name]
    return "\n".join(
        f'<tr><td width="12"><img src="/images/dot.gif" width="5" height="5"></td>'
        f'<td><a href="/news/show.php?id={path}{i}" title="{titles[i % len(titles)]}">{titles[i % len(titles)]}</a></td>'
        f'<td width="80" class="t12">{s}</td></tr>'
        for i, s in enumerate(dates)
    )


def tw_town() -> IntlSite:
    blocks = []
    pages: dict[str, str | bytes] = {}
    for index, (name, (path, _, dates)) in enumerate(TW_TOWN_COLUMNS.items()):
        blocks.append(
            f"""<table width="100%" border="0" cellspacing="0" cellpadding="2">
<tr><td class="title" background="/images/title_bg.gif"><img src="/images/icon.gif"> <b>{name}</b></td>
<td align="right"><a href="{path}"><img src="/images/more.gif" border="0" alt="更多{name}"></a></td></tr>
<tr><td colspan="2"><table width="100%">{_tw_town_rows(name, dates[:5], str(index))}</table></td></tr></table><br>"""
        )
        older = [*dates, "113/03/11", "112/12/05", "112/09/14"]
        listing = f"""<table width="100%"><tr><td class="title"><b>{name}</b></td></tr></table>
<table width="100%" border="1" cellspacing="0" bordercolor="#cccccc">
<tr bgcolor="#dcedc8"><td></td><td>標題</td><td>發布日期</td></tr>
{_tw_town_rows(name, older, str(index))}</table>
<p align="center">共 {len(older)} 筆 第 1 頁</p>"""
        pages[path] = _tw_town_page(f"{name}-花蓮縣壽豐鄉公所", listing).encode("big5")
    pages["/"] = _tw_town_page("花蓮縣壽豐鄉公所全球資訊網", "".join(blocks)).encode("big5")
    columns = tuple(
        Column(name, kind, d(f"{int(ds[0][:3]) + 1911}-{ds[0][4:6]}-{ds[0][7:9]}"))
        for name, (_, kind, ds) in TW_TOWN_COLUMNS.items()
    )
    return IntlSite(
        "tw-town",
        "",
        pages,
        Truth(
            "stale",
            frozenset({"homepage_stale", "column_stale"}),
            columns,
            d("2024-10-28"),
            notes="newest 113/10/28: 28 days; the news column is stale (one column: not a veto)",
        ),
    )


# ======================================================================================
# Taiwan: a ministry (部會), Western dates, 發布日期 labels, an old 處理中 message


TW_MIN_NEWS = [
    ("/News_Content.aspx?n=9&s=180001", "勞動部公布113年10月失業率", "2024-11-22"),
    ("/News_Content.aspx?n=9&s=180002", "基本工資審議委員會決議114年調漲", "2024-11-19"),
    ("/News_Content.aspx?n=9&s=180003", "職場霸凌防治修法說明會", "2024-11-13"),
]
TW_MIN_CLAR = [
    ("/News_Content.aspx?n=10&s=190001", "有關媒體報導外籍移工薪資扣款一事說明", "2024-11-20"),
    ("/News_Content.aspx?n=10&s=190002", "針對網路流傳勞保年金破產訊息之澄清", "2024-11-08"),
]
TW_MIN_NOTICE = [
    (
        "/News_Content.aspx?n=11&s=200001",
        "預告訂定「職業安全衛生設施規則」部分條文修正草案",
        "113-11-20",
    ),
    ("/News_Content.aspx?n=11&s=200002", "公告113年度技術士技能檢定第三梯次報檢日程", "113-11-01"),
]
TW_MIN_LAW = [
    ("/Law_Content.aspx?n=12&s=300001", "勞動基準法施行細則", "113-11-01"),
    ("/Law_Content.aspx?n=12&s=300002", "性別平等工作法", "113-07-31"),
]
TW_MIN_MAIL = [
    ("/Mail_Content.aspx?s=401", "詢問育嬰留職停薪津貼", "113-11-21", "處理中"),
    ("/Mail_Content.aspx?s=402", "雇主未依法給付加班費", "113-11-02", "已回覆"),
    ("/Mail_Content.aspx?s=403", "建議延長外籍看護工聘僱年限", "113-06-10", "處理中"),
    ("/Mail_Content.aspx?s=404", "職災補償申請流程", "113-04-22", "已回覆"),
]


def _tw_min_shell(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">
<title>{title}</title>
<link rel="stylesheet" href="/css/main.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"勞動部"}}</script>
</head>
<body>
<a class="accesskey" href="#aU" id="aU" accesskey="U" title="上方區塊">:::</a>
<div class="top"><a href="/">首頁</a> <a href="/cp.aspx?n=1">網站導覽</a> <a href="/en/">English</a>
<a href="/cp.aspx?n=2">常見問答</a> <span class="fontsize">字級：<a href="#">小</a><a href="#">中</a><a href="#">大</a></span></div>
<header><a href="/"><img src="/images/logo.svg" alt="勞動部"></a></header>
<nav><ul><li><a href="/cp.aspx?n=100">關於本部</a></li><li><a href="/News.aspx?n=9">新聞與公告</a></li>
<li><a href="/Law.aspx?n=12">法令規章</a></li><li><a href="/cp.aspx?n=300">業務專區</a></li><li><a href="/Mail.aspx">部長信箱</a></li></ul></nav>
<a class="accesskey" href="#aC" id="aC" accesskey="C" title="中央內容區塊">:::</a>
{main}
<footer><a class="accesskey" href="#aZ" id="aZ" accesskey="Z" title="下方區塊">:::</a>
<p>勞動部 地址：103臺北市大同區延平北路二段83號 總機：(02)8590-2567</p>
<p><a href="/cp.aspx?n=900">隱私權政策</a> | <a href="/cp.aspx?n=901">資訊安全政策</a> | <a href="/cp.aspx?n=902">網站資料開放宣告</a></p>
<p>更新日期：2024-11-24 | 瀏覽人次：9,876,543</p>
<p>© 2024 勞動部 版權所有</p>
<a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20230905140000" title="無障礙網站"><img src="/images/AA.png" alt="通過AA等級無障礙網頁檢測"></a>
</footer></body></html>
"""


def _tw_min_items(rows: Sequence[tuple[str, str, str]]) -> str:
    return li_rows(
        rows,
        '<li><a href="{href}" title="{title}"><span class="title">{title}</span>'
        '<span class="date">發布日期：{date}</span></a></li>',
    )


def tw_ministry() -> IntlSite:
    sections = []
    for name, rows, more in (
        ("新聞稿", TW_MIN_NEWS, "/News.aspx?n=9"),
        ("即時新聞澄清", TW_MIN_CLAR, "/News.aspx?n=10"),
        ("公告訊息", TW_MIN_NOTICE, "/News.aspx?n=11"),
        ("法令規章", TW_MIN_LAW, "/Law.aspx?n=12"),
    ):
        sections.append(
            f'<div class="list-block"><h3>{name}</h3><ul>{_tw_min_items(rows)}</ul>'
            f'<a class="more" href="{more}" title="{name}-更多">更多</a></div>'
        )
    mail = "\n".join(
        f'<li><a href="{h}">{t}</a> <span class="date">{s}</span> <span class="status">{st}</span></li>'
        for h, t, s, st in TW_MIN_MAIL
    )
    home = _tw_min_shell(
        "勞動部全球資訊網",
        f"""<main><div class="slider"><a href="/News_Content.aspx?n=9&s=180002"><img src="/upload/slide1.jpg" alt="114年基本工資調整"></a></div>
{"".join(sections)}
<div class="list-block"><h3>部長信箱</h3><ul>{mail}</ul><a class="more" href="/Mail.aspx" title="部長信箱-更多">更多</a></div>
<div class="service"><h3>便民服務</h3><ul><li><a href="/cp.aspx?n=401">線上申辦</a></li><li><a href="/cp.aspx?n=402">書表下載</a></li></ul></div>
</main>""",
    )
    pages: dict[str, str | bytes] = {"/": home}

    def listing(name: str, rows: Sequence[tuple[str, str, str]]) -> str:
        return _tw_min_shell(
            f"{name}-勞動部全球資訊網",
            f'<main><div class="breadcrumb"><a href="/">首頁</a> / {name}</div><h2>{name}</h2>'
            f'<ul class="news-list">{_tw_min_items(rows)}</ul><div class="pager">第 1 頁，共 5 頁</div></main>',
        )

    pages["/News.aspx?n=9"] = listing(
        "新聞稿",
        [
            *TW_MIN_NEWS,
            ("/News_Content.aspx?n=9&s=170001", "勞動部公布113年9月失業率", "2024-10-22"),
        ],
    )
    pages["/News.aspx?n=10"] = listing("即時新聞澄清", TW_MIN_CLAR)
    pages["/News.aspx?n=11"] = listing("公告訊息", TW_MIN_NOTICE)
    pages["/Law.aspx?n=12"] = listing("法令規章", TW_MIN_LAW)
    pages["/Mail.aspx"] = _tw_min_shell(
        "部長信箱-勞動部全球資訊網",
        f'<main><h2>部長信箱</h2><p>來信案件處理情形</p><ul class="mail-list">{mail}</ul></main>',
    )
    columns = (
        Column("新聞稿", "news", d("2024-11-22")),
        Column("即時新聞澄清", "news", d("2024-11-20")),
        Column("公告訊息", "notice", d("2024-11-20")),
        Column("法令規章", "policy", d("2024-11-01")),
        Column("部長信箱", "interaction", d("2024-11-21")),
    )
    return IntlSite(
        "tw-ministry",
        "",
        pages,
        Truth(
            "healthy",
            frozenset({"unanswered_messages"}),
            columns,
            d("2024-11-22"),
            notes="a 處理中 message of 113-06-10 (168 days): unanswered (a veto, status unchanged)",
        ),
    )


# ======================================================================================
# Taiwan: an agency, Big5, most columns empty (查無資料 / 目前尚無資料)


def tw_agency() -> IntlSite:
    empty_names = ["公告事項", "法規資訊", "人事資訊", "施政計畫", "預算書", "出版品"]
    news = [
        ("/cp.asp?xItem=1201", "本局辦理113年度消防安全宣導活動", "民國113年11月20日"),
        ("/cp.asp?xItem=1202", "本局舉辦防災社區成果觀摩", "民國113年11月15日"),
    ]
    head = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-TW">
<head><meta http-equiv="Content-Type" content="text/html; charset=big5" />
<title>{title}</title></head><body>
<div id="header"><a href="#" accesskey="U" title="上方連結區">:::</a>
<a href="/"><img src="/images/logo.gif" alt="宜蘭縣消防局" /></a>
<div class="nav"><a href="/ct.asp?mp=1">本局簡介</a> <a href="/ct.asp?mp=2">業務資訊</a> <a href="/ct.asp?mp=3">便民服務</a> <a href="/ct.asp?mp=4">局長信箱</a></div></div>
<div id="main"><a href="#" accesskey="C" title="中央內容區">:::</a>
"""
    foot = """</div><div id="footer"><a href="#" accesskey="Z" title="下方連結區">:::</a>
<p>宜蘭縣政府消防局 地址：260宜蘭縣宜蘭市女中路二段339號 報案專線：119</p>
<p><a href="/privacy.asp">隱私權宣告</a> ｜ <a href="/security.asp">資訊安全宣告</a></p>
<p>更新日期：113.11.20　瀏覽人次：345678</p>
<p>Copyright &copy; 2024 宜蘭縣政府消防局 版權所有</p></div></body></html>
"""
    blocks = [
        '<div class="box"><h2>最新消息</h2><ul>'
        + li_rows(news, '<li><a href="{href}">{title}</a>（{date}）</li>')
        + '</ul><div class="more"><a href="/lp.asp?ctNode=1">更多</a></div></div>'
    ]
    pages: dict[str, str | bytes] = {}
    for i, name in enumerate(empty_names, 2):
        blocks.append(
            f'<div class="box"><h2>{name}</h2><ul><li class="nodata">目前尚無資料</li></ul>'
            f'<div class="more"><a href="/lp.asp?ctNode={i}">更多</a></div></div>'
        )
        pages[f"/lp.asp?ctNode={i}"] = (
            head.format(title=f"{name}-宜蘭縣政府消防局")
            + f'<h2>{name}</h2><table class="lp"><tr><th>標題</th><th>日期</th></tr>'
            '<tr><td colspan="2">查無資料</td></tr></table>' + foot
        ).encode("big5")
    pages["/lp.asp?ctNode=1"] = (
        head.format(title="最新消息-宜蘭縣政府消防局")
        + "<h2>最新消息</h2><ul>"
        + li_rows(
            [*news, ("/cp.asp?xItem=1100", "本局113年度義消常年訓練", "民國113年10月5日")],
            '<li><a href="{href}">{title}</a>（{date}）</li>',
        )
        + "</ul>"
        + foot
    ).encode("big5")
    pages["/"] = (head.format(title="宜蘭縣政府消防局全球資訊網") + "".join(blocks) + foot).encode(
        "big5"
    )
    types = {
        "公告事項": "notice",
        "法規資訊": "policy",
        "人事資訊": "personnel",
        "施政計畫": "planning",
        "預算書": "finance",
        "出版品": "other",
    }
    columns = (
        Column("最新消息", "news", d("2024-11-20")),
        *(Column(n, types[n], None, empty=True) for n in empty_names),
    )
    return IntlSite(
        "tw-agency",
        "",
        pages,
        Truth(
            "stale",
            frozenset({"column_empty"}),
            columns,
            d("2024-11-20"),
            notes="6 empty columns (5 or more fail)",
        ),
    )


# ======================================================================================
# Hong Kong: a department in Chinese (zh-Hant, no region), day-first numeric dates


HK_ZH_WHATS_NEW = [
    ("/tc/whatsnew/wn_1112.html", "新一期《樓宇安全通訊》已上載", "12/11/2024"),
    ("/tc/whatsnew/wn_1105.html", "更新「小型工程監管制度」常見問題", "05/11/2024"),
    ("/tc/whatsnew/wn_1030.html", "二零二五年度承建商名冊申請表格", "30/10/2024"),
]
HK_ZH_PRESS = [
    ("/tc/press/2024/p20241122.html", "屋宇署檢控違例建築工程", "2024年11月22日"),
    ("/tc/press/2024/p20241120.html", "署方就僭建物發出清拆令", "2024年11月20日"),
]
HK_ZH_NOTICE = [
    ("/tc/notice/n241120.html", "根據《建築物條例》發出的公告", "20.11.2024"),
    ("/tc/notice/n241101.html", "暫停辦理櫃枱服務安排", "01.11.2024"),
]


def _hk_zh_shell(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/common.css"></head>
<body>
<div class="skip"><a href="#content">跳至主要內容</a></div>
<div class="topbar"><a href="https://www.gov.hk/tc/residents/">GovHK 香港政府一站通</a>
<a href="/en/index.html" lang="en">English</a> <a href="/sc/index.html">简体版</a>
<a href="/tc/sitemap.html">網頁指南</a> <a href="/tc/contact.html">聯絡我們</a>
<span class="textsize">文字大小 <a href="#">A</a><a href="#">A</a><a href="#">A</a></span></div>
<header><a href="/tc/index.html"><img src="/images/bd_logo.png" alt="屋宇署"></a>
<form action="/tc/search.html"><input name="q" title="搜尋"><button>搜尋</button></form></header>
<nav><a href="/tc/about/">關於我們</a> <a href="/tc/services/">服務</a> <a href="/tc/legislation/">法例</a>
<a href="/tc/resources/">資源</a> <a href="/tc/press/">新聞公報</a></nav>
<main id="content">{main}</main>
<footer><a href="/tc/important.html">重要告示</a> | <a href="/tc/privacy.html">私隱政策</a> |
<a href="/tc/accessibility.html">無障礙瀏覽</a>
<p>2024 ©  | 修訂日期: 22/11/2024</p>
<img src="/images/wcag.png" alt="符合無障礙網頁內容指引2.1 AA級"></footer>
</body></html>
"""


def hk_zh() -> IntlSite:
    def block(name: str, rows: Sequence[tuple[str, str, str]], more: str) -> str:
        return (
            f'<section class="box"><h2>{name}</h2><ul class="list">'
            + li_rows(
                rows, '<li><span class="date">{date}</span> <a href="{href}">{title}</a></li>'
            )
            + f'</ul><a class="more" href="{more}">更多</a></section>'
        )

    home = _hk_zh_shell(
        "屋宇署 - 主頁",
        block("最新消息", HK_ZH_WHATS_NEW, "/tc/whatsnew/index.html")
        + block("新聞公報", HK_ZH_PRESS, "/tc/press/index.html")
        + block("公告", HK_ZH_NOTICE, "/tc/notice/index.html")
        + '<section class="promo"><h2>專題</h2><a href="/tc/mbis/">強制驗樓計劃</a> <a href="/tc/mwcs/">小型工程監管制度</a></section>',
    )

    def table(name: str, rows: Sequence[tuple[str, str, str]]) -> str:
        body = li_rows(
            rows, '<tr><td class="date">{date}</td><td><a href="{href}">{title}</a></td></tr>'
        )
        return _hk_zh_shell(
            f"屋宇署 - {name}",
            f'<h1>{name}</h1><table class="news"><tr><th>日期</th><th>標題</th></tr>{body}</table>',
        )

    whatsnew_old = [
        (
            "/tc/whatsnew/wn_1025.html",
            "《認可人士、註冊結構工程師及註冊岩土工程師作業備考》修訂",
            "25/10/2024",
        ),
        ("/tc/whatsnew/wn_1009.html", "更新樓宇資訊中心開放時間", "09/10/2024"),
        ("/tc/whatsnew/wn_0916.html", "颱風季節樓宇安全提示", "16/09/2024"),
    ]
    pages: dict[str, str | bytes] = {
        "/": home,
        "/tc/whatsnew/index.html": table("最新消息", [*HK_ZH_WHATS_NEW, *whatsnew_old]),
        "/tc/press/index.html": table("新聞公報", HK_ZH_PRESS),
        "/tc/notice/index.html": table("公告", HK_ZH_NOTICE),
    }
    columns = (
        Column("最新消息", "news", d("2024-11-12")),
        Column("新聞公報", "news", d("2024-11-22")),
        Column("公告", "notice", d("2024-11-20")),
    )
    return IntlSite(
        "hk-zh",
        "",
        pages,
        Truth(
            "healthy",
            frozenset(),
            columns,
            d("2024-11-22"),
            notes="12/11/2024 is 12 November (30/10/2024 on the same page is day first)",
        ),
    )


# ======================================================================================
# Hong Kong: the English site (lang="en", .gov.hk), only ambiguous numeric dates


HK_EN_WHATS_NEW = [
    (
        "/en/whatsnew/item_1112.html",
        "Consultation on the review of the Noise Control Ordinance",
        "12/11/2024",
    ),
    (
        "/en/whatsnew/item_1108.html",
        "Updated guidance notes for restaurant licensing",
        "08/11/2024",
    ),
    (
        "/en/whatsnew/item_1101.html",
        "New edition of the environmental protection newsletter",
        "01/11/2024",
    ),
]
HK_EN_PRESS = [
    (
        "/en/press/2024/20241122.htm",
        "Convictions for illegal dumping at Tai Po",
        "22 November 2024",
    ),
    ("/en/press/2024/20241118.htm", "Air quality health index update", "18 November 2024"),
]


def hk_en() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{title}</title></head>
<body>
<a class="skip" href="#content">Skip to main content</a>
<div class="topbar"><a href="https://www.gov.hk/en/residents/">GovHK</a> <a href="/tc/index.html" lang="zh-HK">繁體版</a>
<a href="/sc/index.html" lang="zh-CN">简体版</a> <a href="/en/sitemap.html">Sitemap</a> <a href="/en/contact.html">Contact Us</a></div>
<header><a href="/en/index.html"><img src="/images/epd_logo.png" alt="Environmental Protection Department"></a></header>
<nav><a href="/en/about/">About Us</a> <a href="/en/aqi/">Air Quality</a> <a href="/en/waste/">Waste</a>
<a href="/en/legislation/">Legislation</a> <a href="/en/press/">Press Releases</a></nav>
<main id="content">{main}</main>
<footer><a href="/en/notices.html">Important Notices</a> | <a href="/en/privacy.html">Privacy Policy</a>
<p>2024 &copy; | Last revision date: 22 November 2024</p></footer></body></html>
"""
    home = shell.format(
        title="Environmental Protection Department - Home",
        main="<section><h2>What's New</h2><ul>"
        + li_rows(
            HK_EN_WHATS_NEW,
            '<li><a href="{href}">{title}</a> <span class="date">({date})</span></li>',
        )
        + '</ul><a href="/en/whatsnew/index.html">More</a></section>'
        + "<section><h2>Press Releases</h2><ul>"
        + li_rows(
            HK_EN_PRESS, '<li><a href="{href}">{title}</a> <span class="date">{date}</span></li>'
        )
        + '</ul><a href="/en/press/index.html">More</a></section>',
    )
    old = [
        ("/en/whatsnew/item_1011.html", "Quarterly report on waste statistics", "11/10/2024"),
        ("/en/whatsnew/item_1003.html", "Revised code of practice on asbestos", "03/10/2024"),
    ]
    pages: dict[str, str | bytes] = {
        "/": home,
        "/en/whatsnew/index.html": shell.format(
            title="What's New",
            main="<h1>What's New</h1><ul>"
            + li_rows([*HK_EN_WHATS_NEW, *old], '<li>{date} <a href="{href}">{title}</a></li>')
            + "</ul>",
        ),
        "/en/press/index.html": shell.format(
            title="Press Releases",
            main="<h1>Press Releases</h1><ul>"
            + li_rows(HK_EN_PRESS, '<li>{date} <a href="{href}">{title}</a></li>')
            + "</ul>",
        ),
    }
    columns = (
        Column("What's New", "news", d("2024-11-12")),
        Column("Press Releases", "news", d("2024-11-22")),
    )
    return IntlSite(
        "hk-en",
        "www.epd.gov.hk",
        pages,
        Truth(
            "healthy",
            frozenset(),
            columns,
            d("2024-11-22"),
            notes="every numeric date is ambiguous: only the .gov.hk suffix says day first",
        ),
        lang="en",
    )


# ======================================================================================
# UK: a district council (LocalGov Drupal / GOV.UK Frontend), .gov.uk


def uk_council() -> IntlSite:
    news = [
        ("/news/winter-gritting-2024", "Winter gritting routes confirmed", "20 November 2024"),
        (
            "/news/christmas-bin-collections",
            "Christmas and New Year bin collections",
            "18 November 2024",
        ),
        ("/news/remembrance-sunday", "Remembrance Sunday road closures", "8 November 2024"),
    ]
    consultations = [
        (
            "/consultations/local-plan-regulation-18",
            "Local Plan Regulation 18 consultation",
            "Opened: 11 November 2024. Closes: 6 January 2025",
        ),
        (
            "/consultations/budget-2025-26",
            "Budget 2025 to 2026 consultation",
            "Opened: 1 November 2024. Closes: 13 December 2024",
        ),
    ]
    planning = [
        (
            "/planning/applications/24-01234-ful",
            "24/01234/FUL - Single storey rear extension, 14 Mill Lane",
            "Received: 12/11/2024",
        ),
        (
            "/planning/applications/24-01228-hou",
            "24/01228/HOU - Loft conversion with rear dormer, 3 Church Road",
            "Received: 07/11/2024",
        ),
        (
            "/planning/applications/24-01199-ful",
            "24/01199/FUL - Change of use to cafe, 22 High Street",
            "Received: 29/10/2024",
        ),
    ]
    shell = """<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head><meta charset="utf-8"><title>{title} | Eastwick District Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/custom/localgov_theme/css/main.css?s4k2x1"></head>
<body class="govuk-template__body">
<div class="cookie-banner"><p>We'd like to use analytics cookies to understand how you use our website.</p>
<button>Accept additional cookies</button> <button>Reject additional cookies</button> <a href="/cookies">View cookies</a></div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header"><a href="/" class="govuk-header__link"><img src="/logo.svg" alt="Eastwick District Council homepage"></a>
<form action="/search"><label for="s">Search</label><input id="s" name="s"><button>Search</button></form></header>
<main id="main-content" class="govuk-main-wrapper">{main}</main>
<footer class="govuk-footer"><ul><li><a href="/accessibility-statement">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li><li><a href="/contact-us">Contact us</a></li></ul>
<p>Eastwick District Council, Civic Offices, Station Road, Eastwick EW1 1AA</p>
<p>© Eastwick District Council 2024</p></footer></body></html>
"""

    def cards(rows: Sequence[tuple[str, str, str]], cls: str) -> str:
        return li_rows(
            rows,
            f'<li class="{cls}"><h3 class="govuk-heading-s"><a class="govuk-link" href="{{href}}">{{title}}</a></h3>'
            '<p class="govuk-body-s">{date}</p></li>',
        )

    home = shell.format(
        title="Home",
        main=f"""<h1 class="govuk-heading-xl">Eastwick District Council</h1>
<section class="services"><h2>Popular services</h2><ul>
<li><a href="/bins">Check your bin day</a></li><li><a href="/council-tax/pay">Pay council tax</a></li>
<li><a href="/planning/search">Search planning applications</a></li><li><a href="/report-it">Report it</a></li></ul></section>
<section class="news"><h2 class="govuk-heading-l">Latest news</h2><ul class="govuk-list">{cards(news, "news-card")}</ul>
<a class="govuk-link" href="/news">See all news</a></section>
<section><h2 class="govuk-heading-l">Consultations</h2><ul class="govuk-list">{cards(consultations, "consultation")}</ul>
<a class="govuk-link" href="/consultations">View all consultations</a></section>
<section><h2 class="govuk-heading-l">Planning applications</h2><ul class="govuk-list">{cards(planning, "application")}</ul>
<a class="govuk-link" href="/planning/applications">See all planning applications</a></section>""",
    )
    news_all = [
        *news,
        ("/news/bonfire-safety", "Bonfire night safety advice", "31 October 2024"),
        (
            "/news/leisure-centre-reopens",
            "Leisure centre reopens after refurbishment",
            "21 October 2024",
        ),
    ]
    planning_all = [
        *planning,
        (
            "/planning/applications/24-01150-ful",
            "24/01150/FUL - Two storey side extension, 8 Elm Close",
            "Received: 21/10/2024",
        ),
    ]
    pages: dict[str, str | bytes] = {
        "/": home,
        "/news": shell.format(
            title="News",
            main=f'<h1>News</h1><ul class="govuk-list">{cards(news_all, "news-card")}</ul>',
        ),
        "/consultations": shell.format(
            title="Consultations",
            main=f'<h1>Consultations</h1><ul class="govuk-list">{cards(consultations, "consultation")}</ul>',
        ),
        "/planning/applications": shell.format(
            title="Planning applications",
            main=f'<h1>Planning applications</h1><ul class="govuk-list">{cards(planning_all, "application")}</ul>',
        ),
    }
    columns = (
        Column("Latest news", "news", d("2024-11-20")),
        Column("Consultations", "interaction", d("2024-11-11")),
        Column("Planning applications", "planning", d("2024-11-12")),
    )
    return IntlSite(
        "uk-council",
        "www.eastwick.gov.uk",
        pages,
        Truth(
            "healthy",
            frozenset(),
            columns,
            d("2024-11-20"),
            notes="Received: 12/11/2024 is 12 November; closing dates are in the future, not updates",
        ),
        lang="en",
    )


# ======================================================================================
# US: a city site on CivicPlus (News Flash, Agenda Center, Calendar), .gov


def us_city() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/Areas/Layout/Assets/Css/Layout.css"></head>
<body>
<div id="skipToContentLinks"><a href="#cc" class="skipToContentLink">Skip to Main Content</a></div>
<div class="alertBar"><a href="/AlertCenter.aspx">Alert Center</a></div>
<header><a href="/" id="logo"><img src="/ImageRepository/Document?documentID=1" alt="Home page"></a>
<form action="/Search"><input name="searchPhrase" title="Search"><button>Search</button></form>
<nav id="mainNav"><ul><li><a href="/27/Government">Government</a></li><li><a href="/31/Departments">Departments</a></li>
<li><a href="/35/Community">Community</a></li><li><a href="/39/Business">Business</a></li><li><a href="/43/How-Do-I">How Do I...</a></li></ul></nav></header>
<div id="cc">{main}</div>
<footer><div class="contact"><p>City of Maple Falls<br>200 Main Street<br>Maple Falls, OH 44000</p><p>Phone: 555-555-0100</p></div>
<ul><li><a href="/Accessibility">Accessibility</a></li><li><a href="/Copyright">Copyright Notices</a></li><li><a href="/Privacy">Privacy Policy</a></li></ul>
<p>Government Websites by <a href="https://www.civicplus.com/">CivicPlus®</a></p></footer></body></html>
"""
    news = [
        ("/CivicAlerts.aspx?AID=812", "Leaf Collection Begins Monday", "November 20, 2024"),
        ("/CivicAlerts.aspx?AID=809", "Thanksgiving Holiday Trash Schedule", "November 14, 2024"),
        ("/CivicAlerts.aspx?AID=801", "Water Main Replacement on Elm Street", "November 4, 2024"),
    ]
    agendas = [
        (
            "/AgendaCenter/ViewFile/Agenda/_11192024-511",
            "City Council Regular Meeting",
            "11/19/2024",
        ),
        ("/AgendaCenter/ViewFile/Agenda/_11122024-505", "Planning Commission", "11/12/2024"),
        (
            "/AgendaCenter/ViewFile/Minutes/_11052024-498",
            "City Council Regular Meeting Minutes",
            "11/05/2024",
        ),
    ]
    events = [
        ("/Calendar.aspx?EID=1201", "Tree Lighting Ceremony", "December 6, 2024"),
        ("/Calendar.aspx?EID=1202", "City Council Regular Meeting", "12/03/2024"),
        ("/Calendar.aspx?EID=1205", "Winter Farmers Market", "January 11, 2025"),
    ]
    home = shell.format(
        title="Maple Falls, OH - Official Website | Official Website",
        main="""<div class="widget newsFlash"><h2 class="widgetTitle">News Flash</h2><ol>"""
        + li_rows(
            news,
            '<li class="widgetItem"><h3><a href="{href}">{title}</a></h3><span class="date">Posted on: {date}</span>'
            '<p class="widgetBody">Read on...</p></li>',
        )
        + """</ol><a class="viewAll" href="/CivicAlerts.aspx">View All</a></div>
<div class="widget agendaCenter"><h2 class="widgetTitle">Agendas &amp; Minutes</h2><ul>"""
        + li_rows(agendas, '<li><a href="{href}">{title}</a> <span class="date">{date}</span></li>')
        + """</ul><a class="viewAll" href="/AgendaCenter">View All</a></div>
<div class="widget calendar"><h2 class="widgetTitle">Calendar</h2><ol>"""
        + li_rows(
            events, '<li><h3><a href="{href}">{title}</a></h3><span class="date">{date}</span></li>'
        )
        + """</ol><a class="viewAll" href="/Calendar.aspx">View All</a></div>
<div class="widget quickLinks"><h2>Quick Links</h2><ul><li><a href="/1/Pay-Utility-Bill">Pay Utility Bill</a></li>
<li><a href="/2/Report-a-Concern">Report a Concern</a></li><li><a href="/Jobs.aspx">Job Openings</a></li></ul></div>""",
    )
    older_news = [("/CivicAlerts.aspx?AID=790", "Fall Hydrant Flushing", "October 21, 2024")]
    pages: dict[str, str | bytes] = {
        "/": home,
        "/CivicAlerts.aspx": shell.format(
            title="News Flash • Maple Falls, OH",
            main='<h1>News Flash</h1><div class="list">'
            + li_rows(
                [*news, *older_news],
                '<div class="item"><h3><a href="{href}">{title}</a></h3><p class="date">Posted on: {date}</p></div>',
            )
            + "</div>",
        ),
        "/AgendaCenter": shell.format(
            title="Agenda Center • Maple Falls, OH",
            main="<h1>Agenda Center</h1><table>"
            + li_rows(
                agendas,
                '<tr class="catAgendaRow"><td><strong>{date}</strong> <a href="{href}">{title}</a></td>'
                "<td>Posted {date} 4:12 PM</td></tr>",
            )
            + "</table>",
        ),
        "/Calendar.aspx": shell.format(
            title="Calendar • Maple Falls, OH",
            main="<h1>Calendar</h1><ol>"
            + li_rows(
                events, '<li><h3><a href="{href}">{title}</a></h3><p class="date">{date}</p></li>'
            )
            + "</ol>",
        ),
    }
    columns = (
        Column("News Flash", "news", d("2024-11-20")),
        Column("Agendas & Minutes", "other", d("2024-11-19")),
        Column("Calendar", "other", None),
    )
    return IntlSite(
        "us-city",
        "www.maplefallsoh.gov",
        pages,
        Truth(
            "healthy",
            frozenset(),
            columns,
            d("2024-11-20"),
            notes="11/05/2024 is 5 November (month first: 11/19/2024 on the page); Calendar dates are upcoming",
        ),
        lang="en",
    )


# ======================================================================================
# Australia: a NSW council, en-AU, weekday datelines, DA tracker with dd/mm/yyyy


def au_council() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en-AU">
<head><meta charset="utf-8"><title>{title} - Wattle Creek City Council</title></head>
<body>
<a href="#main" class="skip-link">Skip to main content</a>
<p class="ack">Wattle Creek City Council acknowledges the Traditional Custodians of the land.</p>
<header><a href="/"><img src="/logo.png" alt="Wattle Creek City Council"></a>
<nav><a href="/Services">Services</a> <a href="/Development">Development</a> <a href="/Community">Community</a>
<a href="/Council">Council</a> <a href="/Have-your-say">Have your say</a></nav></header>
<main id="main">{main}</main>
<footer><p>Wattle Creek City Council ABN 12 345 678 901</p><p>PO Box 63, Wattle Creek NSW 2999 | 02 5550 1000</p>
<p>© Wattle Creek City Council 2024</p></footer></body></html>
"""
    news = [
        (
            "/News/Wattle-Creek-Christmas-Carols",
            "Christmas Carols in the Park returns",
            "Wednesday 20 November 2024",
        ),
        ("/News/Bushfire-season", "Get ready for bushfire season", "Thursday 14 November 2024"),
        ("/News/Pool-season-opens", "Aquatic centres open for summer", "Friday 1 November 2024"),
    ]
    notices = [
        (
            "/Council/Public-notices/Road-closure-Main-St",
            "Temporary road closure - Main Street",
            "Published 12/11/2024",
        ),
        (
            "/Council/Public-notices/Classification-of-land",
            "Proposed classification of Council land",
            "Published 04/11/2024",
        ),
    ]
    das = [
        (
            "/Development/DA-tracker/DA-2024-0456",
            "DA/2024/0456 - Dual occupancy, 7 Banksia Ave",
            "Lodged 08/11/2024",
        ),
        (
            "/Development/DA-tracker/DA-2024-0449",
            "DA/2024/0449 - Swimming pool, 19 Acacia St",
            "Lodged 06/11/2024",
        ),
        (
            "/Development/DA-tracker/DA-2024-0431",
            "DA/2024/0431 - Childcare centre, 2 Gum Rd",
            "Lodged 25/10/2024",
        ),
    ]
    exhibition = [
        (
            "/Have-your-say/Draft-Open-Space-Strategy",
            "Draft Open Space Strategy",
            "Closes 16/12/2024",
        ),
        (
            "/Have-your-say/Draft-Delivery-Program",
            "Draft Delivery Program amendments",
            "Closes 09/12/2024",
        ),
    ]

    def tiles(rows: Sequence[tuple[str, str, str]]) -> str:
        return li_rows(
            rows,
            '<div class="list-item"><a href="{href}"><h3>{title}</h3></a><p class="date">{date}</p></div>',
        )

    home = shell.format(
        title="Home",
        main=f"""<section class="news"><h2>Latest news</h2>{tiles(news)}<a href="/News">View all news</a></section>
<section><h2>Public notices</h2>{tiles(notices)}<a href="/Council/Public-notices">View all public notices</a></section>
<section><h2>Development applications on exhibition</h2>{tiles(das)}<a href="/Development/DA-tracker">View all</a></section>
<section><h2>Have your say</h2>{tiles(exhibition)}<a href="/Have-your-say">View all</a></section>""",
    )
    pages: dict[str, str | bytes] = {
        "/": home,
        "/News": shell.format(
            title="News",
            main=f"<h1>News</h1>{tiles([*news, ('/News/Spring-fair', 'Spring fair photos', 'Monday 21 October 2024')])}",
        ),
        "/Council/Public-notices": shell.format(
            title="Public notices",
            main=f"<h1>Public notices</h1>{tiles([*notices, ('/Council/Public-notices/Fees', 'Fees and charges', 'Published 28/10/2024')])}",
        ),
        "/Development/DA-tracker": shell.format(
            title="DA tracker", main=f"<h1>Applications on exhibition</h1>{tiles(das)}"
        ),
        "/Have-your-say": shell.format(
            title="Have your say", main=f"<h1>Have your say</h1>{tiles(exhibition)}"
        ),
    }
    columns = (
        Column("Latest news", "news", d("2024-11-20")),
        Column("Public notices", "notice", d("2024-11-12")),
        Column("Development applications on exhibition", "planning", d("2024-11-08")),
        Column("Have your say", "interaction", None),
    )
    return IntlSite(
        "au-council",
        "",
        pages,
        Truth(
            "healthy",
            frozenset(),
            columns,
            d("2024-11-20"),
            notes="dd/mm/yyyy (en-AU); 'Have your say' shows closing dates only (upcoming)",
        ),
        lang="en-AU",
    )


# ======================================================================================
# A university newsroom, <time datetime>, upcoming events


def university() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{title} | Northfield University</title>
<meta property="og:site_name" content="Northfield University"></head>
<body>
<header class="site-header"><a href="/"><img src="/img/nu-logo.svg" alt="Northfield University"></a>
<nav><a href="/about">About</a> <a href="/admissions">Admissions</a> <a href="/research">Research</a> <a href="/news">News</a> <a href="/events">Events</a></nav></header>
<main>{main}</main>
<footer class="site-footer"><p>Northfield University, 1 College Green, Northfield</p>
<p>Copyright © 2024 Northfield University. All rights reserved.</p></footer></body></html>
"""
    stories = [
        (
            "/news/2024/11/physics-prize",
            "Physicist wins national early-career award",
            "2024-11-21",
            "21 Nov 2024",
        ),
        (
            "/news/2024/11/library-hours",
            "Extended library hours for exam season",
            "2024-11-18",
            "18 Nov 2024",
        ),
        (
            "/news/2024/11/alumni-weekend",
            "Record turnout at alumni weekend",
            "2024-11-11",
            "11 Nov 2024",
        ),
    ]
    events = [
        (
            "/events/winter-concert",
            "Winter concert: University Orchestra",
            "2024-12-05",
            "5 Dec 2024",
        ),
        ("/events/graduation", "Winter graduation ceremonies", "2024-12-12", "12 Dec 2024"),
    ]

    def cards(rows: Sequence[tuple[str, str, str, str]]) -> str:
        return "\n".join(
            f'<article class="card"><a href="{h}"><h3>{escape(t)}</h3></a><time datetime="{iso}">{shown}</time></article>'
            for h, t, iso, shown in rows
        )

    home = shell.format(
        title="Home",
        main=f"""<section class="hero"><h1>Discover Northfield</h1><a href="/admissions/apply">Apply now</a></section>
<section class="news"><h2>Latest news</h2>{cards(stories)}<a href="/news">More news</a></section>
<section class="events"><h2>Upcoming events</h2>{cards(events)}<a href="/events">All events</a></section>""",
    )
    pages: dict[str, str | bytes] = {
        "/": home,
        "/news": shell.format(
            title="News",
            main=f"<h1>News</h1>{cards([*stories, ('/news/2024/10/open-day', 'Open day draws thousands', '2024-10-26', '26 Oct 2024')])}",
        ),
        "/events": shell.format(title="Events", main=f"<h1>Events</h1>{cards(events)}"),
    }
    columns = (Column("Latest news", "news", d("2024-11-21")),)
    return IntlSite(
        "university",
        "",
        pages,
        Truth(
            "healthy",
            frozenset(),
            columns,
            d("2024-11-21"),
            notes="'Upcoming events' (no past date, 'All events' is no known more link) is no column",
        ),
        lang="en",
    )


# ======================================================================================
# A WordPress community blog, last post in August: stale


def wordpress_blog() -> IntlSite:
    posts = [
        (
            "https://{host}/2024/08/14/summer-fete-thank-you/",
            "Summer fete: thank you!",
            "2024-08-14T09:12:00+00:00",
            "August 14, 2024",
        ),
        (
            "https://{host}/2024/07/02/agm-minutes/",
            "AGM minutes now available",
            "2024-07-02T18:40:00+00:00",
            "July 2, 2024",
        ),
        (
            "https://{host}/2024/05/20/litter-pick/",
            "Spring litter pick",
            "2024-05-20T10:00:00+00:00",
            "May 20, 2024",
        ),
    ]
    articles = "\n".join(
        f"""<article id="post-{i}" class="post-{i} post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h2 class="entry-title"><a href="{h}" rel="bookmark">{escape(t)}</a></h2>
<div class="entry-meta"><span class="posted-on">Posted on <a href="{h}" rel="bookmark"><time class="entry-date published" datetime="{iso}">{shown}</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span></div></header>
<div class="entry-content"><p>Thank you to everyone who came along and helped make it such a success&hellip;</p>
<p><a href="{h}" class="more-link">Continue reading<span class="screen-reader-text"> "{escape(t)}"</span></a></p></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news/" rel="category tag">News</a></span>
<span class="comments-link"><a href="{h}#respond">Leave a comment</a></span></footer></article>"""
        for i, (h, t, iso, shown) in enumerate(posts, 101)
    )
    host = "riverbend.farm.test"
    articles = articles.replace("https://{host}", f"http://{host}")
    home = f"""<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Riverbend Community Association &#8211; Working together for Riverbend</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="twentysixteen-style-css" href="/wp-content/themes/twentysixteen/style.css?ver=20240716" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="home blog wp-embed-responsive">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Riverbend Community Association</a></p>
<p class="site-description">Working together for Riverbend</p>
<nav id="site-navigation" class="main-navigation"><ul id="menu-main" class="primary-menu"><li><a href="/">Home</a></li>
<li><a href="/about/">About us</a></li><li><a href="/events/">Events</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{articles}
<nav class="navigation pagination"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="/page/2/">2</a><a class="next page-numbers" href="/page/2/">Next page</a></div></nav>
</main></div>
<aside id="secondary" class="sidebar widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" action="/"><input type="search" name="s"><button>Search</button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
<li><a href="/2024/08/14/summer-fete-thank-you/">Summer fete: thank you!</a></li><li><a href="/2024/07/02/agm-minutes/">AGM minutes now available</a></li>
<li><a href="/2024/05/20/litter-pick/">Spring litter pick</a></li></ul></section>
<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul>
<li><span class="comment-author-link">Jane</span> on <a href="/2024/08/14/summer-fete-thank-you/#comment-12">Summer fete: thank you!</a></li></ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>
<li><a href="/2024/08/">August 2024</a></li><li><a href="/2024/07/">July 2024</a></li><li><a href="/2024/05/">May 2024</a></li></ul></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">Copyright © 2024 Riverbend Community Association |
<a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>
<script src="/wp-content/themes/twentysixteen/js/functions.js?ver=20230629"></script>
</body></html>
"""
    return IntlSite(
        "riverbend",
        "",
        {"/": home},
        Truth(
            "stale",
            frozenset({"homepage_stale"}),
            (),
            d("2024-08-14"),
            notes="a blog's front page is its list of posts: the newest, 14 August, is 103 days old",
        ),
        lang="en-US",
    )


# ======================================================================================
# An arts centre whose only dates are upcoming events


def events_only() -> IntlSite:
    rows = [
        (
            "/whats-on/christmas-panto",
            "Jack and the Beanstalk: the Christmas panto",
            "Saturday 7 December 2024",
        ),
        ("/whats-on/carols", "Carols by candlelight", "Sunday 15 December 2024"),
        ("/whats-on/jazz-night", "New Year jazz night", "Tuesday 31 December 2024"),
        ("/whats-on/comedy-club", "Comedy club", "Friday 17 January 2025"),
    ]
    home = (
        """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>The Old Granary Arts Centre</title></head>
<body><header><a href="/"><img src="/logo.png" alt="The Old Granary"></a>
<nav><a href="/whats-on">What's on</a> <a href="/visit">Visit</a> <a href="/hire">Room hire</a> <a href="/support-us">Support us</a></nav></header>
<main><h1>Welcome to the Old Granary</h1><p>Theatre, music, comedy and workshops in the heart of the town.</p>
<section class="whats-on"><h2>What's on</h2><ul>"""
        + li_rows(
            rows,
            '<li class="event"><a href="{href}"><h3>{title}</h3></a><p class="event-date">{date}, 7.30pm</p></li>',
        )
        + """</ul><a href="/whats-on">See all events</a></section>
<section><h2>Plan your visit</h2><p>Box office open Tuesday to Saturday, 10am to 4pm.</p></section></main>
<footer><p>The Old Granary Trust is a registered charity no. 1098765</p><p>© 2024 The Old Granary Trust</p></footer></body></html>
"""
    )
    listing = (
        """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>What's on - The Old Granary</title></head>
<body><main><h1>What's on</h1><ul>"""
        + li_rows(
            rows,
            '<li class="event"><a href="{href}"><h3>{title}</h3></a><p class="event-date">{date}, 7.30pm</p></li>',
        )
        + "</ul></main></body></html>"
    )
    return IntlSite(
        "granary",
        "",
        {"/": home, "/whats-on": listing},
        Truth(
            "healthy",
            frozenset({"undated"}),
            (Column("What's on", "other", None),),
            None,
            notes="every date is upcoming: not an update; judged by content change (first scan: no verdict)",
        ),
        lang="en-GB",
    )


# ======================================================================================
# A small charity: "Copyright © 2024" and "Last updated:" footers only


def footer_dates() -> IntlSite:
    home = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour Heritage Trust</title></head>
<body><div id="header"><h1>Harbour Heritage Trust</h1>
<ul id="nav"><li><a href="index.html">Home</a></li><li><a href="about.html">About us</a></li>
<li><a href="visit.html">Visiting</a></li><li><a href="membership.html">Membership</a></li><li><a href="contact.html">Contact</a></li></ul></div>
<div id="content"><h2>Welcome</h2>
<p>The Harbour Heritage Trust looks after the old lifeboat station and its collection.
The station is open to visitors at weekends from Easter to October.</p>
<p>Volunteers are always welcome: please <a href="contact.html">get in touch</a>.</p></div>
<div id="footer"><p>Copyright © 2024 Harbour Heritage Trust. Registered charity 1012345.</p>
<p>Last updated: 14 March 2022</p></div></body></html>
"""
    return IntlSite(
        "harbour",
        "",
        {"/": home},
        Truth(
            "healthy",
            frozenset({"undated"}),
            (),
            None,
            notes="debatable: 'Last updated: 14 March 2022' in the footer could be read as the site's "
            "age (zombie); footer dates are not read (generated ones would hide zombies)",
        ),
        lang="en",
    )


def all_sites() -> list[IntlSite]:
    return [
        tw_city(),
        tw_town(),
        tw_ministry(),
        tw_agency(),
        hk_zh(),
        hk_en(),
        uk_council(),
        us_city(),
        au_council(),
        university(),
        wordpress_blog(),
        events_only(),
        footer_dates(),
    ]
