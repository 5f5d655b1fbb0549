"""Blind evaluation, traditional Chinese sites, round 4.

Ten sites written from how such sites are really built (Taiwan township offices
and county bureaus on the common government template, a hospital with tab boxes,
a county council with its agenda, Hong Kong departments, a Macau bureau with
Portuguese beside Chinese), with the truth for each written down here before the
crawler was run on them.

Pages are bytes, ready to serve: ``SITES[i].pages[path] = (body, content_type)``.
``content_type`` is the HTTP header; Big5 sites sometimes send none (their charset
in a meta tag, or not at all).

NOW is 2026-11-25 (a Wednesday; ROC year 115).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 25)

D = dt.date


def roc(d: dt.date, sep: str = "-") -> str:
    return f"{d.year - 1911}{sep}{d.month:02d}{sep}{d.day:02d}"


def rocz(d: dt.date) -> str:
    return f"民國{d.year - 1911}年{d.month}月{d.day}日"


def iso(d: dt.date, sep: str = "-") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


WEEK = "一二三四五六日"


def hkday(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日（星期{WEEK[d.weekday()]}）"


def cn(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------- truth types


@dataclass
class Col:
    name: str  # the heading as shown (a substring of the crawler's name is enough)
    type: tuple[str, ...]  # acceptable types (contested ones give two)
    newest: dt.date | None  # newest past date; None when empty
    empty: bool = False
    why: str = ""


@dataclass
class Site:
    host: str
    name: str
    pages: dict[str, tuple[bytes, str | None]]
    status: str  # depth full
    passed: bool
    must: tuple[str, ...]
    must_not: tuple[str, ...]
    columns: list[Col]
    home_newest: dt.date | None  # the homepage's newest item date
    home_status: str  # depth home
    home_must: tuple[str, ...] = ()
    home_must_not: tuple[str, ...] = ()
    unanswered: int = 0
    notes: str = ""
    extra: dict[str, object] = field(default_factory=dict)


def enc(html: str, charset: str) -> bytes:
    # a Big5 page writes what Big5 lacks (©) as a character reference, as CMSs do
    return html.encode(charset, errors="xmlcharrefreplace")


CSS_PROPS = ["margin:0 auto", "padding:.5rem 1rem", "font-size:1.0625rem", "line-height:1.75", "color:#333",
             "background:#f7f7f2", "border-bottom:1px solid #ddd", "display:flex", "flex-wrap:wrap", "position:relative",
             "text-decoration:none", "transition:all .3s ease", "border-radius:4px", "box-shadow:0 2px 6px rgba(0,0,0,.08)"]
CSS_SEL = ["header", ".logo", ".menu > li", ".menu .sub", ".banner", ".group-list", ".group-list .head h2", ".table-list th",
           ".table-list td", ".more a", ".footer", ".footer address", ".service li", ".links li img", ".breadcrumb",
           ".page a", ".page .current", ".search input", ".font-size a", ".gotop", ".card", ".card p", ".sr-only", ".accesskey"]


def fatten(html: str) -> str:
    """A homepage's real weight: an inline stylesheet (critical CSS), its menu as a
    script's JSON for the mobile drawer, and a footer sitemap of the site's pages."""
    rules = []
    for bp in ("", "@media (max-width: 991px)", "@media (max-width: 575px)", "@media print"):
        body = "\n".join(f"{sel}{{{';'.join(CSS_PROPS[(i + j) % len(CSS_PROPS)] for j in range(4))}}}"
                         for i, sel in enumerate(CSS_SEL))
        rules.append(f"{bp}{{\n{body}\n}}" if bp else body)
    style = "<style>\n" + "\n".join(rules) + "\n</style>"
    drawer = ",".join(f'{{"t":"{top}","c":[' + ",".join(f'{{"t":"{s}","u":"/cp.aspx?n={3000 + 7 * i + k}"}}' for k, s in enumerate(subs)) + "]}"
                      for i, (top, subs) in enumerate(TW_MENU.items()))
    script = f"<script>window.__DRAWER__ = [{drawer}];</script>"
    smap = "".join(f'<dl><dt>{top}</dt>' + "".join(f'<dd><a href="/cp.aspx?n={6000 + 11 * i + k}">{s}</a></dd>' for k, s in enumerate(subs)) + "</dl>"
                   for i, (top, subs) in enumerate(TW_MENU.items()))
    sitemap = f'<div class="footer-sitemap"><h2 class="sr-only">網站導覽</h2>{smap}</div>'
    return html.replace("</head>", style + "\n" + script + "\n</head>", 1).replace("</body>", sitemap + "\n</body>", 1)


# ------------------------------------------------------- Taiwan gov template

TW_MENU = {
    "認識本所": ["首長介紹", "組織架構", "業務職掌", "歷任首長", "本所位置", "各課室聯絡電話", "鄉(鎮)徽"],
    "訊息公告": ["最新消息", "公告事項", "活動訊息", "人事公告", "採購公告", "新聞稿", "影音專區"],
    "便民服務": ["申辦業務", "表單下載", "常見問答", "防災專區", "清潔隊服務", "公有零售市場", "殯葬設施", "圖書館服務"],
    "政府資訊公開": ["法規資訊", "施政計畫", "預算書", "決算書", "統計資料", "出版品", "內部控制聲明書", "政府採購資訊", "公職人員利益衝突迴避", "性別主流化"],
    "地方特色": ["觀光景點", "在地美食", "節慶活動", "人文歷史", "產業介紹", "社區營造"],
    "民意互動": ["首長信箱", "民意信箱", "意見調查", "陳情案件處理"],
    "村里資訊": ["村長介紹", "村里簡介", "村里辦公處", "社區發展協會"],
}


def tw_menu(prefix: str = "/cp.aspx?n=") -> str:
    out = ['<nav class="navigation" id="nav"><ul class="menu">']
    k = 3000
    for top, subs in TW_MENU.items():
        out.append(f'<li class="dropdown"><a href="{prefix}{k}" title="{top}">{top}</a><ul class="sub">')
        for s in subs:
            k += 7
            out.append(f'<li><a href="{prefix}{k}" title="{s}">{s}</a></li>')
        out.append("</ul></li>")
        k += 100
    out.append("</ul></nav>")
    return "\n".join(out)


TW_HEAD_SCRIPT = """<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script src="/Scripts/bootstrap.bundle.min.js"></script>
<script src="/Scripts/swiper.min.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-8K2M4XQ7PL');
  var _siteSN = 1, _lang = 'zh-tw', _fontSize = localStorage.getItem('fontsize') || 'medium';
  $(function(){ $('.font-size a').on('click', function(){ var s=$(this).data('size');
    localStorage.setItem('fontsize', s); $('body').attr('data-font', s); return false; });
    $('.dropdown > a').on('focus', function(){ $(this).parent().addClass('open'); });
    $('.gotop').on('click', function(){ $('html,body').animate({scrollTop:0}, 300); return false; });
  });
</script>"""


def tw_header(site_name: str, logo: str) -> str:
    return f"""<a href="#C" class="sr-only sr-only-focusable" title="跳到主要內容區塊" tabindex="1">跳到主要內容區塊</a>
<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>
<div class="header">
 <div class="container">
  <a href="#U" accesskey="U" name="U" title="上方功能區塊" class="accesskey">:::</a>
  <h1 class="logo"><a href="/Default.aspx" title="回首頁"><img src="/images/{logo}" alt="{site_name}"></a></h1>
  <ul class="topnav">
   <li><a href="/Default.aspx" title="回首頁">回首頁</a></li>
   <li><a href="/sitemap.aspx" title="網站導覽">網站導覽</a></li>
   <li><a href="/en/Default.aspx" title="English">English</a></li>
   <li><a href="/cp.aspx?n=3811" title="常見問答">常見問答</a></li>
   <li><a href="/rss.aspx" title="RSS訂閱">RSS</a></li>
  </ul>
  <div class="font-size">字級：<a href="#" data-size="small" title="小">小</a><a href="#" data-size="medium" title="中">中</a><a href="#" data-size="large" title="大">大</a></div>
  <form class="search" action="/Search.aspx" method="get" role="search">
   <label for="q" class="sr-only">全站搜尋</label><input type="text" id="q" name="q" placeholder="請輸入關鍵字" title="請輸入關鍵字">
   <button type="submit" title="搜尋">搜尋</button>
   <div class="hotkey">熱門關鍵字：<a href="/Search.aspx?q=育兒津貼">育兒津貼</a><a href="/Search.aspx?q=垃圾車">垃圾車</a><a href="/Search.aspx?q=獎學金">獎學金</a><a href="/Search.aspx?q=敬老">敬老</a></div>
  </form>
 </div>
</div>"""


def tw_footer(name: str, addr: str, tel: str, year_line: str, updated: str, visits: str) -> str:
    return f"""<div class="footer">
 <a href="#Z" accesskey="Z" name="Z" title="下方功能區塊" class="accesskey">:::</a>
 <div class="container">
  <ul class="footer-link">
   <li><a href="/cp.aspx?n=3901" title="隱私權保護政策">隱私權保護政策</a></li>
   <li><a href="/cp.aspx?n=3902" title="資訊安全政策">資訊安全政策</a></li>
   <li><a href="/cp.aspx?n=3903" title="政府網站資料開放宣告">政府網站資料開放宣告</a></li>
   <li><a href="/cp.aspx?n=3904" title="著作權聲明">著作權聲明</a></li>
   <li><a href="/sitemap.aspx" title="網站導覽">網站導覽</a></li>
  </ul>
  <address>
   <p>{name}　地址：{addr}</p>
   <p>總機：{tel}　傳真：{tel[:-2]}99　服務時間：週一至週五 08:00-12:00、13:30-17:30</p>
   <p>{year_line}　建議使用 Chrome、Edge、Firefox 最新版本瀏覽，最佳解析度 1920x1080</p>
  </address>
  <p class="update">更新日期：{updated}　瀏覽人次：{visits}</p>
  <a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20260310100025" title="無障礙網站"><img src="/images/accessibilityAA.png" alt="通過AA等級無障礙網頁檢測" width="88" height="31"></a>
 </div>
</div>
<a href="#" class="gotop" title="回頁首">TOP</a>"""


def tw_table(rows: list[tuple[str, str, str, str | None]], more: str | None, heading: str,
             with_unit: bool = True) -> str:
    """A 最新消息-style table: rows of (title, href, date text, unit)."""
    head = "<tr><th scope=\"col\">標題</th><th scope=\"col\">發布日期</th>"
    if with_unit:
        head += "<th scope=\"col\">發布單位</th>"
    head += "</tr>"
    body = []
    for t, h, d, u in rows:
        cell = f'<td class="title"><a href="{h}" title="{t}">{t}</a></td><td class="date">{d}</td>'
        if with_unit:
            cell += f"<td>{u or ''}</td>"
        body.append(f"<tr>{cell}</tr>")
    more_html = (f'<p class="more"><a href="{more}" title="更多{heading}">更多</a></p>' if more else "")
    return (f'<div class="group-list"><div class="head"><h2>{heading}</h2></div>'
            f'<table class="table-list" summary="{heading}列表"><thead>{head}</thead><tbody>'
            + "\n".join(body) + f"</tbody></table>{more_html}</div>")


def tw_list_page(site_name: str, logo: str, heading: str, rows: list[tuple[str, str, str, str, int]],
                 total: int, pages: int, footer: str, crumbs: str, empty_text: str | None = None,
                 charset: str = "utf-8", extra_cols: bool = True) -> str:
    """A column's own list page: 序號 | 標題 | 發布日期 | 發布單位 | 點閱數 and a pager."""
    if empty_text:
        table = (f'<table class="table-list"><thead><tr><th>序號</th><th>標題</th><th>發布日期</th>'
                 f'<th>發布單位</th></tr></thead><tbody><tr><td colspan="4" class="nodata">{empty_text}</td></tr></tbody></table>'
                 f'<div class="page"><span>共 0 筆資料</span></div>')
    else:
        trs = []
        for i, (t, h, d, u, hits) in enumerate(rows, 1):
            tail = f"<td>{u}</td><td>{hits}</td>" if extra_cols else ""
            trs.append(f'<tr><td>{i}</td><td class="title"><a href="{h}" title="{t}">{t}</a></td><td>{d}</td>{tail}</tr>')
        heads = "<th>發布單位</th><th>點閱數</th>" if extra_cols else ""
        pager_links = "".join(f'<a href="?page={p}" title="第{p}頁">{p}</a>' for p in range(2, min(pages, 6) + 1))
        table = (f'<table class="table-list"><caption class="sr-only">{heading}</caption><thead><tr><th>序號</th>'
                 f'<th>標題</th><th>發布日期</th>{heads}</tr></thead><tbody>' + "\n".join(trs)
                 + f'</tbody></table><div class="page"><span>共 {total} 筆資料，第 1/{pages} 頁，每頁顯示 10 筆</span>'
                 f'<span class="current">1</span>{pager_links}<a href="?page=2" title="下一頁">下一頁</a>'
                 f'<a href="?page={pages}" title="最後一頁">最後一頁</a></div>')
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="{charset}"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{heading}-{site_name}</title>
<link rel="stylesheet" href="/Content/css/style.css">
{TW_HEAD_SCRIPT}
</head><body>
{tw_header(site_name, logo)}
{tw_menu()}
<div class="main"><div class="container">
<a href="#C" accesskey="C" name="C" title="中央內容區塊" class="accesskey">:::</a>
<div class="breadcrumb">{crumbs}</div>
<h2 class="page-title">{heading}</h2>
<form class="search-list" action="" method="get"><label>關鍵字：<input name="kw" type="text"></label>
<label>起始日期：<input name="sd" type="text" placeholder="115-01-01"></label><label>結束日期：<input name="ed" type="text"></label><button>查詢</button></form>
{table}
</div></div>
{footer}
</body></html>"""


def dated_rows(titles: list[str], dates: list[dt.date], fmt, base: str, start: int,
               units: list[str] | None = None) -> list[tuple[str, str, str, str | None]]:
    out = []
    for i, (t, d) in enumerate(zip(titles, dates, strict=False)):
        u = units[i % len(units)] if units else None
        out.append((t, f"{base}{start + i}", fmt(d), u))
    return out


def days_back(first: dt.date, steps: list[int]) -> list[dt.date]:
    out = [first]
    for s in steps:
        out.append(out[-1] - dt.timedelta(days=s))
    return out


SANYI_UNITS = ["民政課", "社會課", "建設課", "農業觀光課", "行政室", "清潔隊", "主計室", "人事室"]

# ============================================================ 1. 三義鄉公所 (healthy)

SANYI_NEWS = [
    "本鄉115年度敬老重陽禮金發放作業即日起至12月10日止，請鄉親把握時間領取",
    "三義木雕藝術節閉幕，感謝各界參與共襄盛舉",
    "115年冬季流感及新冠疫苗接種服務開始，請長者踴躍施打",
    "本所與苗栗縣警察局合辦反詐騙宣導講座，歡迎村民參加",
    "鄉長率隊視察勝興車站周邊道路改善工程進度",
    "本鄉社區長照關懷據點增設，提供長輩共餐服務",
    "115年度低收入戶及中低收入戶年終慰問金申請公告",
    "本鄉清潔隊資源回收車停靠時間異動說明",
    "三義鄉公所辦理志願服務人員教育訓練",
    "本鄉國中小學生獎助學金核定名單公布",
    "鯉魚潭村老人活動中心修繕完工啟用",
    "本所秋季環境清潔日活動圓滿完成",
]
SANYI_NEWS_D = days_back(D(2026, 11, 24), [1, 3, 2, 4, 3, 5, 2, 6, 4, 3, 7])
SANYI_NOTICE = [
    "公告本鄉115年度第3次臨時人員甄選錄取名單",
    "公告115年度公有零售市場攤位出租招租事宜",
    "公告本鄉廣盛村農路改善工程施工期間交通管制",
    "公告本鄉115年度冬季休耕期間綠肥種子申領",
    "公告本所辦理115年度犬貓絕育補助計畫",
    "公告本鄉墓地使用及殯葬設施收費標準修正",
    "公告115年度公有土地租賃續約作業",
    "公告本鄉水美里排水溝清淤作業時程",
]
SANYI_NOTICE_D = days_back(D(2026, 11, 12), [6, 8, 5, 11, 9, 14, 10])
SANYI_EVENT = [
    "115年三義鄉耶誕點燈晚會 12月5日於木雕博物館廣場舉行",
    "三義鄉親子木工DIY體驗營報名開始",
    "雙潭村客家文化導覽活動",
    "銀髮族健走活動 勝興車站至龍騰斷橋",
    "三義鄉農特產品展售會",
    "社區讀書會：在地木雕故事",
]
# the first event is ahead (an events list is dated by the event)
SANYI_EVENT_D = [D(2026, 12, 5), D(2026, 11, 21), D(2026, 11, 15), D(2026, 11, 8), D(2026, 10, 31), D(2026, 10, 24)]
SANYI_PERS = [
    "三義鄉公所115年度約僱人員(清潔隊隊員)甄選簡章",
    "本所人事室公告：115年度公務人員陞遷序列表",
    "三義鄉立圖書館約用人員徵才公告",
    "本所115年第2次職務代理人員甄選",
    "本所公告商調書記一名",
]
SANYI_PERS_D = [D(2026, 10, 2), D(2026, 9, 10), D(2026, 7, 30), D(2026, 5, 6), D(2026, 3, 18)]


def _sanyi() -> Site:
    name = "苗栗縣三義鄉公所"
    logo = "logo_sanyi.png"
    foot = tw_footer(name, "36741苗栗縣三義鄉廣盛村中正路129號", "037-872001",
                     "Copyright © 2026 苗栗縣三義鄉公所 版權所有", "115-11-24", "3,482,917")
    news_rows = dated_rows(SANYI_NEWS[:8], SANYI_NEWS_D, lambda d: roc(d), "/News_Content.aspx?n=1001&s=", 88412, SANYI_UNITS)
    notice_rows = dated_rows(SANYI_NOTICE[:6], SANYI_NOTICE_D, lambda d: roc(d), "/News_Content.aspx?n=1002&s=", 55120, SANYI_UNITS[1:])
    ev_rows = [(t, f"/News_Content.aspx?n=1003&s={30210 + i}", roc(d), None) for i, (t, d) in enumerate(zip(SANYI_EVENT, SANYI_EVENT_D, strict=True))]
    pers_rows = dated_rows(SANYI_PERS, SANYI_PERS_D, lambda d: roc(d), "/News_Content.aspx?n=1004&s=", 7750, ["人事室"])

    services = "".join(
        f'<li><a href="/cp.aspx?n={4100 + i}" title="{s}"><img src="/images/icon/svc{i:02d}.svg" alt="">{s}</a></li>'
        for i, s in enumerate(["戶政服務", "地政服務", "社會福利", "清潔隊", "圖書館", "殯葬服務", "育兒津貼", "急難救助", "公有市場", "防災資訊", "申辦表單", "聯絡我們"]))
    banners = "".join(
        f'<li class="swiper-slide"><a href="https://{h}" target="_blank" title="{a}(另開新視窗)"><img src="/images/banner/{i}.jpg" alt="{a}"></a></li>'
        for i, (h, a) in enumerate([("www.miaoli.gov.tw", "苗栗縣政府"), ("www.cec.gov.tw", "中央選舉委員會"),
                                    ("165.npa.gov.tw", "165反詐騙"), ("www.1957.nat.gov.tw", "1957福利諮詢專線"),
                                    ("www.cdc.gov.tw", "疾病管制署"), ("www.mohw.gov.tw", "衛生福利部"),
                                    ("www.emic.gov.tw", "災害應變資訊網"), ("www.ey.gov.tw", "行政院")]))
    sights = "".join(f'<div class="card"><a href="/cp.aspx?n={5200 + i}"><img src="/images/sight/{i}.jpg" alt="{s}"><p>{s}</p></a><p class="intro">{t}</p></div>'
                     for i, (s, t) in enumerate([("勝興車站", "舊山線最高點，海拔402.326公尺，日據時期建造的木造車站。"),
                                                  ("龍騰斷橋", "建於1905年，1935年關刀山大地震震毀，遺留的紅磚橋墩。"),
                                                  ("木雕博物館", "全台唯一以木雕為主題的公立博物館，館藏豐富。"),
                                                  ("水美木雕街", "街道兩旁林立木雕藝品店，是選購木雕的好去處。"),
                                                  ("西湖渡假村", "佔地60公頃，四季花卉與遊樂設施兼備。"),
                                                  ("挑炭古道", "昔日挑炭人往返的古道，沿途林木蓊鬱。")]))
    villages = "".join(f'<option value="/cp.aspx?n={5300 + i}">{v}</option>' for i, v in enumerate(["廣盛村", "西湖村", "雙湖村", "雙潭村", "鯉魚潭村", "勝興村", "龍騰村"]))
    home = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="DC.Title" content="{name}">
<meta name="DC.Creator" content="{name}">
<meta name="DC.Subject" content="{name}全球資訊網">
<meta name="DC.Date" content="2019-06-03">
<meta name="Description" content="苗栗縣三義鄉公所全球資訊網，提供鄉政資訊、便民服務與觀光資訊">
<title>{name}</title>
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/Content/css/bootstrap.min.css">
<link rel="stylesheet" href="/Content/css/style.css?v=20260115">
{TW_HEAD_SCRIPT}
</head>
<body>
{tw_header(name, logo)}
{tw_menu()}
<div class="banner swiper-container" id="mainBanner"><ul class="swiper-wrapper">
 <li class="swiper-slide"><a href="/News_Content.aspx?n=1003&s=30210" title="115年三義鄉耶誕點燈晚會"><img src="/images/kv/kv01.jpg" alt="115年三義鄉耶誕點燈晚會"></a></li>
 <li class="swiper-slide"><a href="/cp.aspx?n=5202" title="木雕博物館"><img src="/images/kv/kv02.jpg" alt="三義木雕 百年工藝"></a></li>
 <li class="swiper-slide"><a href="/cp.aspx?n=4106" title="育兒津貼"><img src="/images/kv/kv03.jpg" alt="三義鄉生育補助 每胎2萬元"></a></li>
</ul><div class="swiper-pagination"></div><button class="swiper-button-prev" title="上一張">上一張</button><button class="swiper-button-next" title="下一張">下一張</button><button class="pause" title="暫停輪播">暫停</button></div>
<div class="main">
<div class="container">
<a href="#C" accesskey="C" name="C" title="中央內容區塊" class="accesskey">:::</a>
<div class="row">
<div class="col-md-8">
{tw_table(news_rows, "/News.aspx?n=1001&sms=10001", "最新消息")}
{tw_table(notice_rows, "/News.aspx?n=1002&sms=10002", "公告訊息")}
</div>
<div class="col-md-4">
<div class="group-list side"><div class="head"><h2>活動訊息</h2></div><ul class="list">
{"".join(f'<li><span class="date">{d}</span><a href="{h}" title="{t}">{t}</a></li>' for t, h, d, _ in ev_rows)}
</ul><p class="more"><a href="/News.aspx?n=1003&sms=10003" title="更多活動訊息">更多</a></p></div>
<div class="group-list side"><div class="head"><h2>人事徵才</h2></div><ul class="list">
{"".join(f'<li><a href="{h}" title="{t}">{t}</a><span class="date">{d}</span></li>' for t, h, d, _ in pers_rows)}
</ul><p class="more"><a href="/News.aspx?n=1004&sms=10004" title="更多人事徵才">更多</a></p></div>
<div class="village"><label for="vil">村里資訊</label><select id="vil" onchange="location.href=this.value"><option>請選擇村里</option>{villages}</select></div>
</div>
</div>
<div class="service"><h2>便民服務</h2><ul>{services}</ul></div>
<div class="sights"><h2>觀光旅遊</h2>{sights}<p class="more"><a href="/cp.aspx?n=5200" title="更多觀光旅遊">更多</a></p></div>
<div class="links"><h2>相關連結</h2><ul class="swiper-wrapper">{banners}</ul></div>
</div>
</div>
{foot}
<script src="/Scripts/main.js?v=20260115"></script>
</body>
</html>"""
    pages: dict[str, tuple[bytes, str | None]] = {"/": (enc(fatten(home), "utf-8"), "text/html; charset=utf-8")}
    pages["/Default.aspx"] = pages["/"]
    crumbs = '<a href="/Default.aspx">首頁</a> &gt; <a href="/cp.aspx?n=3107">訊息公告</a> &gt; '

    def lp(n: int, heading: str, titles: list[str], dates: list[dt.date], units: list[str], total: int) -> None:
        rows = [(t, f"/News_Content.aspx?n={n}&s={90000 + n + i}", roc(d), units[i % len(units)], 37 + (i * 53) % 400)
                for i, (t, d) in enumerate(zip(titles, dates, strict=False))]
        html = tw_list_page(name, logo, heading, rows, total, (total + 9) // 10, foot, crumbs + heading)
        pages[f"/News.aspx?n={n}&sms={9000 + n}"] = (enc(html, "utf-8"), "text/html; charset=utf-8")

    lp(1001, "最新消息", SANYI_NEWS[:10], SANYI_NEWS_D, SANYI_UNITS, 1287)
    lp(1002, "公告訊息", SANYI_NOTICE, SANYI_NOTICE_D, SANYI_UNITS[1:], 456)
    lp(1003, "活動訊息", SANYI_EVENT, SANYI_EVENT_D, ["農業觀光課"], 118)
    lp(1004, "人事徵才", SANYI_PERS, SANYI_PERS_D, ["人事室"], 47)
    return Site(
        host="www.sanyi.trad4.test", name=name, pages=pages,
        status="healthy", passed=True,
        must=(), must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "abandoned",
                           "undated", "hidden_links", "spam_content", "unanswered_messages"),
        columns=[
            Col("最新消息", ("news",), D(2026, 11, 24)),
            Col("公告訊息", ("notice",), D(2026, 11, 12)),
            Col("活動訊息", ("other",), D(2026, 11, 21), why="an events list: dated by the event, the 12-05 one ahead"),
            Col("人事徵才", ("personnel",), D(2026, 10, 2)),
        ],
        home_newest=D(2026, 11, 24), home_status="healthy",
        home_must_not=("homepage_stale", "undated", "abandoned"),
        notes="UTF-8, common TW template, ROC 115-11-24 dates in 發布日期 tables",
    )


# ============================================================ 2. 林邊鄉公所 (stale, Big5 meta only)

LINBIAN_NEWS = [
    "林邊鄉115年度黑珍珠蓮霧產銷輔導說明會",
    "本鄉辦理中秋節低收入戶關懷慰問活動",
    "林邊溪堤防自行車道夜間照明改善完成",
    "本所辦理登革熱防治環境大掃除",
    "本鄉國民運動中心規劃公聽會",
    "林邊鄉光采濕地導覽志工招募",
    "本鄉辦理防汛演練",
    "本所鄉長接見優秀學生表揚",
]
LINBIAN_NEWS_D = days_back(D(2026, 10, 21), [5, 6, 4, 9, 7, 8, 10])
LINBIAN_NOTICE = [
    "公告本鄉115年度第2期稻作災害救助",
    "公告本鄉公有停車場委外經營招商",
    "公告林邊鄉清潔隊廢棄物清運時間調整",
    "公告本鄉身心障礙者參加社會保險保險費補助",
    "公告本鄉115年度老人健康檢查",
]
LINBIAN_NOTICE_D = days_back(D(2026, 9, 30), [12, 15, 20, 18])
LINBIAN_BUY = [
    "林邊鄉崎峰村排水改善工程公開招標",
    "本所公務車輛租賃勞務採購",
    "林邊鄉仁和村道路刨鋪工程決標公告",
    "本鄉垃圾車採購案",
]
LINBIAN_BUY_D = days_back(D(2026, 8, 14), [21, 30, 25])
LINBIAN_PERS = ["本所清潔隊隊員甄選公告", "本所約僱人員甄選簡章", "林邊鄉立托兒所保育員徵才"]
LINBIAN_PERS_D = [D(2026, 3, 2), D(2025, 12, 15), D(2025, 9, 8)]


def _linbian() -> Site:
    name = "屏東縣林邊鄉公所"
    logo = "logo.gif"
    cs = "big5"
    foot = tw_footer(name, "92742屏東縣林邊鄉中山路183號", "08-8752211",
                     "版權所有 © 2012-2026 屏東縣林邊鄉公所", "115.10.21", "1,204,551")

    def rows(titles: list[str], dates: list[dt.date], base: str) -> str:
        return "".join(
            f'<tr><td class="title"><a href="{base}{i}" title="{t}">{t}</a></td><td class="date">{roc(d, ".")}</td><td>{u}</td></tr>'
            for i, (t, d, u) in enumerate(zip(titles, dates, ["民政課", "農業課", "建設課", "社會課", "行政課"] * 3, strict=False)))

    def box(h: str, titles: list[str], dates: list[dt.date], n: int) -> str:
        return (f'<div class="group-list"><div class="head"><h3>{h}</h3></div>'
                f'<table class="table-list"><tr><th>標題</th><th>發布日期</th><th>發布單位</th></tr>'
                f'{rows(titles, dates, f"/News_Content.aspx?n={n}&s=")}</table>'
                f'<p class="more"><a href="/News.aspx?n={n}&sms={9000 + n}" title="更多{h}">更多</a></p></div>')

    home = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<title>{name}-全球資訊網</title>
<meta name="keywords" content="林邊鄉,林邊,蓮霧,黑珍珠,光采濕地,屏東" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/js/menu.js"></script>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-30214477-1']);
_gaq.push(['_trackPageview']);
(function() {{ var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); }})();
</script>
</head>
<body>
{tw_header(name, logo)}
{tw_menu()}
<div id="flash"><img src="/images/index_flash.jpg" alt="黑珍珠的故鄉 林邊" width="1000" height="260" /></div>
<div class="main"><div class="container">
<a href="#C" accesskey="C" name="C" title="中央內容區塊" class="accesskey">:::</a>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="68%" valign="top">
{box("最新消息", LINBIAN_NEWS[:7], LINBIAN_NEWS_D, 2001)}
{box("公告事項", LINBIAN_NOTICE, LINBIAN_NOTICE_D, 2002)}
</td>
<td width="32%" valign="top">
{box("採購公告", LINBIAN_BUY, LINBIAN_BUY_D, 2003)}
{box("人事公告", LINBIAN_PERS, LINBIAN_PERS_D, 2004)}
<div class="weather"><h3>林邊天氣</h3><p>多雲時晴 24~30°C 降雨機率 10%</p></div>
<div class="quick"><h3>快速連結</h3><ul>
<li><a href="/cp.aspx?n=4101">戶政事務所</a></li><li><a href="/cp.aspx?n=4102">地政事務所</a></li>
<li><a href="/cp.aspx?n=4103">鄉立圖書館</a></li><li><a href="/cp.aspx?n=4104">鄉民代表會</a></li>
<li><a href="https://www.pthg.gov.tw/" target="_blank" title="屏東縣政府(另開新視窗)">屏東縣政府</a></li>
<li><a href="https://www.ptfarm.gov.tw/" target="_blank" title="屏東縣農業處(另開新視窗)">屏東縣農業處</a></li></ul></div>
</td></tr></table>
</div></div>
{foot}
</body>
</html>"""
    pages: dict[str, tuple[bytes, str | None]] = {"/": (enc(fatten(home), cs), "text/html")}
    crumbs = '<a href="/Default.aspx">首頁</a> &gt; '
    for n, h, titles, dates in [(2001, "最新消息", LINBIAN_NEWS, LINBIAN_NEWS_D), (2002, "公告事項", LINBIAN_NOTICE, LINBIAN_NOTICE_D),
                                (2003, "採購公告", LINBIAN_BUY, LINBIAN_BUY_D), (2004, "人事公告", LINBIAN_PERS, LINBIAN_PERS_D)]:
        rs = [(t, f"/News_Content.aspx?n={n}&s={i}", roc(d, "."), "民政課", 20 + i * 31) for i, (t, d) in enumerate(zip(titles, dates, strict=False))]
        html = tw_list_page(name, logo, h, rs, 300, 30, foot, crumbs + h, charset="big5")
        pages[f"/News.aspx?n={n}&sms={9000 + n}"] = (enc(html, cs), "text/html")
    return Site(
        host="www.linbian.trad4.test", name=name, pages=pages,
        status="stale", passed=False,
        must=("homepage_stale", "column_stale"),
        must_not=("abandoned", "column_empty", "future_dated", "hidden_links", "spam_content", "undated"),
        columns=[
            Col("最新消息", ("news",), D(2026, 10, 21)),
            Col("公告事項", ("notice",), D(2026, 9, 30)),
            Col("採購公告", ("notice",), D(2026, 8, 14), why="procurement is notice"),
            Col("人事公告", ("personnel",), D(2026, 3, 2)),
        ],
        home_newest=D(2026, 10, 21), home_status="stale",
        home_must=("homepage_stale",), home_must_not=("abandoned", "undated"),
        notes="Big5, charset in a meta tag only (HTTP says text/html); ROC dates 115.10.21; 35 days since news",
    )


# ============================================================ 3. 宜蘭縣政府衛生局 (healthy, unanswered letters)

ILAN_NEWS = [
    "宜蘭縣衛生局提醒：秋冬流感疫苗第二階段開打",
    "縣府衛生局稽查年節食品 抽驗結果全數合格",
    "宜蘭縣長期照顧服務據點評鑑 12據點獲優等",
    "衛生局辦理國際身心障礙者日健康促進活動",
    "預防一氧化碳中毒 衛生局呼籲熱水器裝設戶外",
    "宜蘭縣菸害防制成果發表 青少年吸菸率下降",
    "衛生局推動社區心理健康 設置心理諮商站",
    "宜蘭縣登革熱防治 衛生局加強孳生源清除",
]
ILAN_NEWS_D = days_back(D(2026, 11, 23), [2, 3, 4, 6, 5, 7, 6])
ILAN_NOTICE = [
    "公告修正宜蘭縣醫事機構申請設立審查作業要點",
    "公告115年度宜蘭縣餐飲業衛生管理分級評核結果",
    "公告本局115年度第4季藥物抽驗結果",
    "公告宜蘭縣公共場所AED設置場所名單",
    "公告本局辦理長照特約單位招募",
]
ILAN_NOTICE_D = days_back(D(2026, 11, 16), [13, 20, 18, 25])
ILAN_LAW = [
    "宜蘭縣醫療機構設置標準審查作業要點",
    "宜蘭縣長期照顧服務補助辦法",
    "宜蘭縣營業衛生自治條例",
]
ILAN_LAW_D = [D(2026, 8, 3), D(2026, 4, 20), D(2025, 12, 1)]

# (subject, asked, state)
ILAN_MAIL_P1 = [
    ("詢問長照喘息服務申請流程", D(2026, 11, 21), "處理中"),
    ("反映羅東鎮某餐廳衛生不佳", D(2026, 11, 19), "處理中"),
    ("流感疫苗預約問題", D(2026, 11, 12), "已回覆"),
    ("建議增設宜蘭市夜間藥局", D(2026, 11, 3), "已回覆"),
    ("詢問戒菸門診補助", D(2026, 10, 25), "已回覆"),
    ("反映衛生所候診時間過長", D(2026, 10, 9), "已回覆"),
    ("詢問犬隻狂犬病疫苗注射地點", D(2026, 9, 22), "已回覆"),
    ("檢舉非法醫療廣告", D(2026, 9, 1), "已回覆"),
    ("反映頭城鎮社區蚊蟲孳生", D(2026, 8, 10), "處理中"),
    ("詢問身心障礙鑑定流程", D(2026, 8, 2), "已回覆"),
    ("建議改善衛生局網站預約系統", D(2026, 7, 21), "處理中"),
    ("詢問食品業者登錄問題", D(2026, 7, 6), "已回覆"),
    ("反映冬山鄉診所收費問題", D(2026, 6, 24), "已回覆"),
    ("詢問長照交通接送服務", D(2026, 6, 10), "已回覆"),
    ("建議增加疫苗接種場次", D(2026, 5, 27), "已回覆"),
]
ILAN_MAIL_P2 = [
    ("詢問孕婦產檢補助", D(2026, 5, 12), "已回覆"),
    ("反映診所違規廣告", D(2026, 4, 28), "已回覆"),
    ("詢問健檢預約", D(2026, 4, 2), "已回覆"),
    ("反映市場衛生", D(2026, 3, 11), "已回覆"),
    ("詢問登革熱噴藥時間", D(2025, 10, 2), "處理中"),
    ("反映攤販衛生問題", D(2025, 9, 17), "已回覆"),
]


def _ilan() -> Site:
    name = "宜蘭縣政府衛生局"
    foot = f"""<footer class="footer"><a href="#Z" accesskey="Z" name="Z" title="下方功能區塊" class="accesskey">:::</a>
<div class="container"><p>{name}　26051宜蘭縣宜蘭市聖後街141號　總機：(03)932-2634　傳真：(03)935-1873</p>
<p>上班時間：週一至週五 08:00~12:00、13:30~17:30　<a href="/cp.aspx?n=701">隱私權政策</a>｜<a href="/cp.aspx?n=702">資訊安全政策</a>｜<a href="/cp.aspx?n=703">政府網站資料開放宣告</a></p>
<p>© 宜蘭縣政府衛生局 版權所有　本網站最後更新：{rocz(D(2026, 11, 23))}　今日瀏覽人次：1,287　總瀏覽人次：9,871,220</p>
<a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20250620142011" title="無障礙網站"><img src="/images/aa.png" alt="通過AA等級無障礙網頁檢測"></a></div></footer>"""
    news = "".join(f'<li><a href="/News_Content.aspx?n=601&s={71000 + i}" title="{t}"><span class="date">{rocz(d)}</span><span class="title">{t}</span></a></li>'
                   for i, (t, d) in enumerate(zip(ILAN_NEWS[:6], ILAN_NEWS_D, strict=False)))
    notice = "".join(f'<li><a href="/News_Content.aspx?n=602&s={72000 + i}" title="{t}">{t}</a><span class="date">{roc(d, "/")}</span></li>'
                     for i, (t, d) in enumerate(zip(ILAN_NOTICE, ILAN_NOTICE_D, strict=False)))
    law = "".join(f'<li><a href="/Law_Content.aspx?n=603&s={73000 + i}" title="{t}">{t}</a><span class="date">{roc(d, "/")}</span></li>'
                  for i, (t, d) in enumerate(zip(ILAN_LAW, ILAN_LAW_D, strict=False)))
    mail_home = "".join(
        f'<tr><td><a href="/Mailbox/Detail.aspx?id={20261100 + i}" title="{s}">{s}</a></td><td>{roc(d, "/")}</td><td><span class="state">{st}</span></td></tr>'
        for i, (s, d, st) in enumerate(ILAN_MAIL_P1[:5]))
    menu = "".join(f'<li><a href="/cp.aspx?n={800 + i}">{m}</a></li>' for i, m in enumerate(
        ["關於本局", "局長簡介", "組織職掌", "業務介紹", "疾病管制", "食品藥物管理", "醫政管理", "長期照顧", "心理健康", "健康促進", "衛生所專區",
         "檔案應用", "政府資訊公開", "性別平等專區", "防疫專區", "醫療院所查詢", "藥局查詢", "下載專區", "English"]))
    home = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>宜蘭縣政府衛生局全球資訊網</title>
<meta name="description" content="宜蘭縣政府衛生局，守護縣民健康">
<link rel="stylesheet" href="/css/main.min.css?v=3.2.1">
{TW_HEAD_SCRIPT}
</head><body class="index">
{tw_header(name, "ilshb_logo.svg")}
<nav class="mainmenu"><ul>{menu}</ul></nav>
<div class="kv"><div class="slick"><div><a href="/News_Content.aspx?n=601&s=71000"><img src="/upload/kv/flu2026.jpg" alt="流感疫苗第二階段開打"></a></div>
<div><a href="/cp.aspx?n=807"><img src="/upload/kv/ltc.jpg" alt="長照2.0 專線1966"></a></div></div></div>
<main class="main"><a href="#C" accesskey="C" name="C" title="中央內容區塊" class="accesskey">:::</a>
<section class="news-box"><h2>新聞稿</h2><ul class="news-list">{news}</ul><a class="btn-more" href="/News.aspx?n=601&sms=9601" title="新聞稿 MORE">MORE</a></section>
<div class="row">
<section class="col-6 notice-box"><h2>衛生公告</h2><ul>{notice}</ul><a class="btn-more" href="/News.aspx?n=602&sms=9602" title="衛生公告 MORE">MORE</a></section>
<section class="col-6 law-box"><h2>衛生法規</h2><ul>{law}</ul><a class="btn-more" href="/Law.aspx?n=603" title="衛生法規 MORE">MORE</a></section>
</div>
<section class="mailbox"><h2>民意信箱</h2>
<div class="actions"><a href="/Mailbox/Write.aspx" class="btn">我要寫信</a><a href="/Mailbox/Query.aspx" class="btn">案件查詢</a></div>
<table class="table"><thead><tr><th>主旨</th><th>來信日期</th><th>處理狀態</th></tr></thead><tbody>{mail_home}</tbody></table>
<a class="btn-more" href="/Mailbox/List.aspx" title="民意信箱 MORE">MORE</a></section>
<section class="epidemic"><h2>傳染病疫情速報</h2><p>資料來源：疾病管制署　統計至 115/11/24</p>
<table class="table"><tr><th>疾病</th><th>本週</th><th>今年累計</th></tr><tr><td>登革熱</td><td>0</td><td>3</td></tr><tr><td>流感併發重症</td><td>2</td><td>41</td></tr><tr><td>恙蟲病</td><td>1</td><td>27</td></tr></table></section>
<section class="links"><h2>相關網站</h2><ul>
<li><a href="https://www.cdc.gov.tw/" title="疾病管制署(另開新視窗)" target="_blank"><img src="/upload/link/cdc.png" alt="疾病管制署"></a></li>
<li><a href="https://www.fda.gov.tw/" title="食品藥物管理署(另開新視窗)" target="_blank"><img src="/upload/link/fda.png" alt="食品藥物管理署"></a></li>
<li><a href="https://www.hpa.gov.tw/" title="國民健康署(另開新視窗)" target="_blank"><img src="/upload/link/hpa.png" alt="國民健康署"></a></li>
<li><a href="https://1966.gov.tw/" title="長照專區(另開新視窗)" target="_blank"><img src="/upload/link/1966.png" alt="長照專線1966"></a></li>
<li><a href="https://www.e-land.gov.tw/" title="宜蘭縣政府(另開新視窗)" target="_blank"><img src="/upload/link/yilan.png" alt="宜蘭縣政府"></a></li></ul></section>
</main>
{foot}
</body></html>"""
    pages: dict[str, tuple[bytes, str | None]] = {"/": (enc(fatten(home), "utf-8"), "text/html; charset=utf-8")}
    crumbs = '<a href="/">首頁</a> &gt; '
    for n, h, titles, dates, path in [(601, "新聞稿", ILAN_NEWS, ILAN_NEWS_D, "/News.aspx?n=601&sms=9601"),
                                      (602, "衛生公告", ILAN_NOTICE, ILAN_NOTICE_D, "/News.aspx?n=602&sms=9602"),
                                      (603, "衛生法規", ILAN_LAW, ILAN_LAW_D, "/Law.aspx?n=603")]:
        rs = [(t, f"/News_Content.aspx?n={n}&s={i}", roc(d, "/"), "企劃科", 100 + i * 77) for i, (t, d) in enumerate(zip(titles, dates, strict=False))]
        pages[path] = (enc(tw_list_page(name, "ilshb_logo.svg", h, rs, 210, 21, foot, crumbs + h), "utf-8"), "text/html; charset=utf-8")

    def mail_page(rows: list[tuple[str, dt.date, str]], page: int, npages: int, start: int) -> str:
        trs = "".join(
            f'<tr><td>{start + i}</td><td><a href="/Mailbox/Detail.aspx?id={20260000 + start + i}" title="{s}">{s}</a></td>'
            f'<td>{roc(d, "/")}</td><td>{st}</td><td>{"" if st == "處理中" else roc(d + dt.timedelta(days=6), "/")}</td></tr>'
            for i, (s, d, st) in enumerate(rows))
        nxt = f'<a href="/Mailbox/List.aspx?page={page + 1}" title="下一頁">下一頁</a>' if page < npages else ""
        return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>民意信箱-{name}</title>
<link rel="stylesheet" href="/css/main.min.css?v=3.2.1"></head><body>
{tw_header(name, "ilshb_logo.svg")}
<nav class="mainmenu"><ul>{menu}</ul></nav>
<main class="main"><a href="#C" accesskey="C" name="C" title="中央內容區塊" class="accesskey">:::</a>
<div class="breadcrumb"><a href="/">首頁</a> &gt; 民意信箱</div>
<h2>民意信箱</h2>
<p>本信箱受理民眾對本局業務之陳情、建議及諮詢，本局將於收件後7個工作天內回覆。</p>
<div class="actions"><a href="/Mailbox/Write.aspx" class="btn">我要寫信</a><a href="/Mailbox/Query.aspx" class="btn">案件查詢</a></div>
<table class="table"><thead><tr><th>編號</th><th>主旨</th><th>來信日期</th><th>處理狀態</th><th>回覆日期</th></tr></thead><tbody>{trs}</tbody></table>
<div class="page">共 86 筆 第 {page}/{npages} 頁 {nxt}</div>
</main>{foot}</body></html>"""

    pages["/Mailbox/List.aspx"] = (enc(mail_page(ILAN_MAIL_P1, 1, 6, 1), "utf-8"), "text/html; charset=utf-8")
    pages["/Mailbox/List.aspx?page=2"] = (enc(mail_page(ILAN_MAIL_P2, 2, 6, 16), "utf-8"), "text/html; charset=utf-8")
    return Site(
        host="www.ilshb.trad4.test", name=name, pages=pages,
        status="healthy", passed=False,
        must=("unanswered_messages",),
        must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "abandoned", "hidden_links", "spam_content"),
        columns=[
            Col("新聞稿", ("news",), D(2026, 11, 23)),
            Col("衛生公告", ("notice",), D(2026, 11, 16)),
            Col("衛生法規", ("policy",), D(2026, 8, 3)),
            Col("民意信箱", ("interaction",), D(2026, 11, 21)),
        ],
        home_newest=D(2026, 11, 23), home_status="healthy",
        home_must_not=("homepage_stale", "undated", "unanswered_messages"),
        unanswered=2,
        notes="處理中 letters of 2026-07-21 (127 days) and 2026-08-10 (107 days) are unanswered; 2025-10-02's is past the year",
    )


# ============================================================ 4. 醫院 (tab boxes; healthy)

HOSP_TABS = {
    "最新公告": ([
        "本院115年12月門診異動公告", "本院停車場12月1日起調整收費", "流感疫苗接種時段公告",
        "本院急診室整修期間動線調整", "本院病歷複製申請流程變更", "本院115年度病人安全週活動"],
        days_back(D(2026, 11, 23), [3, 4, 5, 6, 9]), 11, ("notice",)),
    "活動訊息": ([
        "12月糖尿病衛教講座：冬季飲食控制", "社區健康篩檢活動（里港鄉）", "母乳哺育支持團體聚會",
        "失智症照護者支持團體", "戒菸班開課"],
        [D(2026, 12, 6), D(2026, 11, 22), D(2026, 11, 14), D(2026, 11, 1), D(2026, 10, 18)], 12, ("other",)),
    "採購公告": ([
        "115年度醫療耗材年度契約招標公告", "本院電腦斷層掃描儀維護保養案", "本院病房窗簾汰換採購案決標公告",
        "院區清潔勞務委外案", "醫療廢棄物清運處理案"],
        days_back(D(2026, 11, 18), [7, 12, 9, 15]), 13, ("notice",)),
}
HOSP_NEWS = ["本院獲頒115年度醫院評鑑優等", "本院心臟血管中心啟用記者會", "醫院攜手在地長照機構 推動出院準備",
             "本院醫療團隊赴偏鄉義診", "本院護理部榮獲國家品質標章"]
HOSP_NEWS_D = days_back(D(2026, 11, 19), [6, 8, 10, 7])
HOSP_JOBS = ["徵聘專科護理師2名", "徵聘藥師1名", "徵聘醫事放射師1名", "徵聘行政助理（約用）1名"]
HOSP_JOBS_D = [D(2026, 11, 2), D(2026, 10, 14), D(2026, 9, 3), D(2026, 7, 21)]


ACTIVE = ' class="active"'


def _hospital() -> Site:
    name = "衛生福利部旗津醫院"
    tabs_nav = "".join(
        f'<li role="presentation"{ACTIVE if i == 0 else ""}><a href="#tab{i + 1}" role="tab" aria-controls="tab{i + 1}" data-toggle="tab" title="{h}">{h}</a></li>'
        for i, h in enumerate(HOSP_TABS))
    panels = []
    for i, (h, (titles, dates, n, _)) in enumerate(HOSP_TABS.items()):
        lis = "".join(f'<li><span class="date">{iso(d, "/")}</span><a href="/News_Content.aspx?n={n}&s={50000 + n * 10 + j}" title="{t}">{t}</a></li>'
                      for j, (t, d) in enumerate(zip(titles, dates, strict=False)))
        panels.append(f'<div role="tabpanel" class="tab-pane{" active" if i == 0 else ""}" id="tab{i + 1}"><ul class="news">{lis}</ul>'
                      f'<a class="more" href="/News.aspx?n={n}" title="更多{h}">more</a></div>')
    depts = "".join(f'<li><a href="/Dept.aspx?id={i}">{d}</a></li>' for i, d in enumerate(
        ["家庭醫學科", "內科", "心臟內科", "胸腔內科", "腸胃內科", "腎臟內科", "新陳代謝科", "外科", "骨科", "神經外科", "泌尿科",
         "婦產科", "小兒科", "眼科", "耳鼻喉科", "皮膚科", "精神科", "復健科", "牙科", "中醫科", "急診醫學科", "放射科"]))
    news = "".join(f'<div class="card"><a href="/News_Content.aspx?n=14&s={60000 + j}"><img src="/upload/news/{j}.jpg" alt=""><h3>{t}</h3></a><p class="date">{iso(d, "/")}</p></div>'
                   for j, (t, d) in enumerate(zip(HOSP_NEWS, HOSP_NEWS_D, strict=False)))
    jobs = "".join(f'<li><a href="/Job_Content.aspx?id={j}">{t}</a> <span>{iso(d, "-")}</span></li>' for j, (t, d) in enumerate(zip(HOSP_JOBS, HOSP_JOBS_D, strict=False)))
    foot = f"""<footer id="footer"><a href="#Z" accesskey="Z" name="Z" title="下方功能區塊">:::</a>
<p>{name}　80543高雄市旗津區旗港路33號　總機：(07)571-1111　預約掛號：(07)571-2222</p>
<p>門診時間：上午 08:30-12:00　下午 13:30-17:00　夜診 18:00-21:00（週六夜診休診）</p>
<p>Copyright © 2026 Cijin Hospital, Ministry of Health and Welfare. All Rights Reserved.</p>
<a href="https://accessibility.moda.gov.tw/" title="無障礙網站"><img src="/images/aa.png" alt="通過AA等級無障礙網頁檢測"></a></footer>"""
    home = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name}</title><link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/hospital.css">
{TW_HEAD_SCRIPT}
<script>$(function(){{ $('a[data-toggle="tab"]').on('click', function(e){{ e.preventDefault(); $(this).tab('show'); }}); }});</script>
</head><body>
<a href="#C" class="sr-only" title="跳到主要內容區塊">跳到主要內容區塊</a>
<header><a href="#U" accesskey="U" name="U" title="上方功能區塊">:::</a><h1><a href="/"><img src="/images/logo.png" alt="{name}"></a></h1>
<ul class="top"><li><a href="/">首頁</a></li><li><a href="/sitemap.aspx">網站導覽</a></li><li><a href="/en/">English</a></li><li><a href="/Reg/Online.aspx">網路掛號</a></li></ul>
<nav><ul class="nav">
<li><a href="/Reg/Online.aspx">網路掛號</a><ul><li><a href="/Reg/Online.aspx">初診掛號</a></li><li><a href="/Reg/Query.aspx">掛號查詢/取消</a></li><li><a href="/Reg/Progress.aspx">看診進度</a></li><li><a href="/Reg/Schedule.aspx">門診時刻表</a></li></ul></li>
<li><a href="/Dept.aspx">醫療團隊</a><ul>{depts}</ul></li>
<li><a href="/Guide.aspx">就醫指南</a><ul><li><a href="/Guide.aspx?t=1">門診須知</a></li><li><a href="/Guide.aspx?t=2">住院須知</a></li><li><a href="/Guide.aspx?t=3">收費標準</a></li><li><a href="/Guide.aspx?t=4">交通資訊</a></li><li><a href="/Guide.aspx?t=5">病歷申請</a></li></ul></li>
<li><a href="/Health.aspx">衛教園地</a></li><li><a href="/About.aspx">認識本院</a></li><li><a href="/Info.aspx">政府資訊公開</a></li></ul></nav></header>
<div class="kv"><img src="/upload/kv/2026-evaluation.jpg" alt="賀 本院通過醫院評鑑優等"></div>
<main><a href="#C" accesskey="C" name="C" title="中央內容區塊">:::</a>
<section class="quick"><ul><li><a href="/Reg/Online.aspx">網路掛號</a></li><li><a href="/Reg/Progress.aspx">看診進度</a></li><li><a href="/Reg/Schedule.aspx">門診時刻表</a></li><li><a href="/Guide.aspx?t=4">交通資訊</a></li></ul>
<p class="progress">看診進度更新時間：2026/11/25 11:58</p></section>
<section class="tabbox"><ul class="nav nav-tabs" role="tablist">{tabs_nav}</ul><div class="tab-content">{"".join(panels)}</div></section>
<section class="hospital-news"><h2>醫院新聞</h2>{news}<a class="more" href="/News.aspx?n=14" title="更多醫院新聞">more</a></section>
<section class="jobs"><h2>人才招募</h2><ul>{jobs}</ul><a class="more" href="/Job.aspx" title="更多人才招募">more</a></section>
<section class="video"><h2>衛教影音</h2><iframe src="https://www.youtube.com/embed/aB3dE5fG7hI" title="冬季保暖衛教影片"></iframe></section>
</main>
{foot}
</body></html>"""
    pages: dict[str, tuple[bytes, str | None]] = {"/": (enc(fatten(home), "utf-8"), "text/html; charset=utf-8")}
    crumbs = '<a href="/">首頁</a> &gt; '
    for h, (titles, dates, n, _) in HOSP_TABS.items():
        rs = [(t, f"/News_Content.aspx?n={n}&s={50000 + n * 10 + j}", iso(d, "/"), "公共事務室", 200 + j) for j, (t, d) in enumerate(zip(titles, dates, strict=False))]
        pages[f"/News.aspx?n={n}"] = (enc(tw_list_page(name, "logo.png", h, rs, 88, 9, foot, crumbs + h), "utf-8"), "text/html; charset=utf-8")
    rs = [(t, f"/News_Content.aspx?n=14&s={60000 + j}", iso(d, "/"), "公共事務室", 300 + j) for j, (t, d) in enumerate(zip(HOSP_NEWS, HOSP_NEWS_D, strict=False))]
    pages["/News.aspx?n=14"] = (enc(tw_list_page(name, "logo.png", "醫院新聞", rs, 140, 14, foot, crumbs + "醫院新聞"), "utf-8"), "text/html; charset=utf-8")
    rs = [(t, f"/Job_Content.aspx?id={j}", iso(d, "-"), "人事室", 90 + j) for j, (t, d) in enumerate(zip(HOSP_JOBS, HOSP_JOBS_D, strict=False))]
    pages["/Job.aspx"] = (enc(tw_list_page(name, "logo.png", "人才招募", rs, 36, 4, foot, crumbs + "人才招募"), "utf-8"), "text/html; charset=utf-8")
    return Site(
        host="www.cjh.trad4.test", name=name, pages=pages,
        status="healthy", passed=True,
        must=(), must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "abandoned", "undated",
                           "hidden_links", "spam_content"),
        columns=[
            Col("最新公告", ("notice",), D(2026, 11, 23)),
            Col("活動訊息", ("other",), D(2026, 11, 22), why="events; the 12-06 talk is ahead"),
            Col("採購公告", ("notice",), D(2026, 11, 18)),
            Col("醫院新聞", ("news",), D(2026, 11, 19)),
            Col("人才招募", ("personnel",), D(2026, 11, 2)),
        ],
        home_newest=D(2026, 11, 23), home_status="healthy",
        home_must_not=("homepage_stale", "undated"),
        notes="tab box 最新公告/活動訊息/採購公告; a 看診進度 clock of today is not an item",
    )


# ============================================================ 5. 臺東縣議會 (healthy; agenda ahead)

COUNCIL_AGENDA = [  # (date, meeting, place)
    (D(2026, 12, 15), "第20屆第4次定期會 第10次會議（總質詢）", "議事廳"),
    (D(2026, 12, 8), "第20屆第4次定期會 第6次會議（縣政總質詢）", "議事廳"),
    (D(2026, 12, 1), "第20屆第4次定期會 第1次會議（開幕典禮）", "議事廳"),
    (D(2026, 11, 27), "第20屆第4次定期會 預備會議", "第一會議室"),
    (D(2026, 11, 24), "程序委員會第15次會議", "第二會議室"),
    (D(2026, 11, 17), "第20屆第3次臨時會 第3次會議", "議事廳"),
    (D(2026, 11, 10), "第20屆第3次臨時會 第1次會議", "議事廳"),
]
COUNCIL_NEWS = ["議長率團考察花蓮縣社會住宅推動成果", "縣議會舉辦115年度議事研習營", "議會關懷弱勢 捐贈物資予育幼院",
                "臺東縣議會第20屆第3次臨時會圓滿閉幕", "議員偕同縣府會勘太麻里溪堤防", "議會與縣府協調南迴公路改善工程"]
COUNCIL_NEWS_D = days_back(D(2026, 11, 24), [2, 4, 3, 6, 5])
COUNCIL_Q = [  # (date, member, subject)
    (D(2026, 11, 20), "王大明 議員", "臺東市區停車位不足問題"),
    (D(2026, 11, 19), "陳美玲 議員", "長照資源分布城鄉差距"),
    (D(2026, 11, 18), "林志強 議員", "南迴線觀光列車班次"),
    (D(2026, 11, 17), "黃淑芬 議員", "校園營養午餐食材在地化"),
    (D(2026, 11, 13), "高建國 議員", "原住民族部落道路修繕"),
]
COUNCIL_BULLETIN = ["臺東縣議會公報第20屆第2次定期會", "臺東縣議會公報第20屆第2次臨時會", "臺東縣議會公報第20屆第1次定期會"]
COUNCIL_BULLETIN_D = [D(2026, 10, 15), D(2026, 7, 8), D(2026, 4, 2)]


def _council() -> Site:
    name = "臺東縣議會"
    agenda = "".join(f'<tr><td>{roc(d)}</td><td><a href="/Agenda/Detail.aspx?id={900 + i}" title="{m}">{m}</a></td><td>{p}</td></tr>'
                     for i, (d, m, p) in enumerate(COUNCIL_AGENDA))
    news = "".join(f'<li><a href="/News/Detail.aspx?id={3300 + i}" title="{t}">{t}</a><span class="date">{roc(d)}</span></li>'
                   for i, (t, d) in enumerate(zip(COUNCIL_NEWS, COUNCIL_NEWS_D, strict=False)))
    q = "".join(f'<tr><td>{roc(d)}</td><td>{m}</td><td><a href="/Inquiry/Detail.aspx?id={700 + i}" title="{s}">{s}</a></td><td><a href="/Inquiry/Video.aspx?id={700 + i}" title="觀看影音">影音</a></td></tr>'
                for i, (d, m, s) in enumerate(COUNCIL_Q))
    bulletin = "".join(f'<li><a href="/Bulletin/{i}.pdf" title="{t}(PDF)">{t}</a> <span>{roc(d)}</span></li>'
                       for i, (t, d) in enumerate(zip(COUNCIL_BULLETIN, COUNCIL_BULLETIN_D, strict=False)))
    members = "".join(f'<li><a href="/Member/Detail.aspx?id={i}"><img src="/upload/member/{i}.jpg" alt="{m}"><span>{m}</span></a></li>'
                      for i, m in enumerate(["吳秀華 議長", "李正雄 副議長", "王大明 議員", "陳美玲 議員", "林志強 議員", "黃淑芬 議員",
                                             "高建國 議員", "張雅婷 議員", "劉文彬 議員", "蔡宗翰 議員", "鄭惠如 議員", "謝明哲 議員",
                                             "許志明 議員", "楊麗華 議員", "洪家豪 議員", "潘國華 議員", "邱淑惠 議員", "胡正義 議員"]))
    foot = f"""<footer><a href="#Z" accesskey="Z" name="Z" title="下方功能區塊">:::</a>
<p>{name}　95001臺東縣臺東市中山路276號　電話：089-322135　傳真：089-340125</p>
<p>開放時間：週一至週五 08:00-17:30　<a href="/Privacy.aspx">隱私權政策</a>｜<a href="/Security.aspx">資訊安全政策</a></p>
<p>Copyright © 2026 Taitung County Council. All rights reserved.　訪客人數：2,118,405</p></footer>"""
    head = f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title><link rel="stylesheet" href="/css/council.css">
{TW_HEAD_SCRIPT}</head><body>
<a href="#C" class="sr-only" title="跳到主要內容區塊">跳到主要內容區塊</a>
<header><a href="#U" accesskey="U" name="U" title="上方功能區塊">:::</a><h1><a href="/"><img src="/images/logo.png" alt="{name}"></a></h1>
<nav><ul>
<li><a href="/About.aspx">認識議會</a><ul><li><a href="/About.aspx?t=history">議會沿革</a></li><li><a href="/About.aspx?t=org">組織架構</a></li><li><a href="/About.aspx?t=rule">議事規則</a></li></ul></li>
<li><a href="/Member.aspx">議員介紹</a><ul><li><a href="/Member.aspx?area=1">第一選區</a></li><li><a href="/Member.aspx?area=2">第二選區</a></li><li><a href="/Member.aspx?area=3">第三選區</a></li><li><a href="/Member.aspx?area=4">原住民選區</a></li></ul></li>
<li><a href="/Agenda.aspx">議事資訊</a><ul><li><a href="/Agenda.aspx">議事日程</a></li><li><a href="/Inquiry.aspx">議員質詢</a></li><li><a href="/Proposal.aspx">提案查詢</a></li><li><a href="/Bulletin.aspx">議會公報</a></li><li><a href="/Minutes.aspx">議事錄</a></li></ul></li>
<li><a href="/Live.aspx">議事直播</a></li><li><a href="/News.aspx">新聞中心</a></li><li><a href="/Mail.aspx">議長信箱</a></li></ul></nav></header>"""
    home = head.replace("{title}", f"{name}全球資訊網") + f"""
<div class="kv"><img src="/upload/kv/session4.jpg" alt="第20屆第4次定期會 12月1日開議"></div>
<main><a href="#C" accesskey="C" name="C" title="中央內容區塊">:::</a>
<section class="live"><h2>議事直播</h2><p>目前無直播會議，下次會議：115-11-27 預備會議</p><a href="/Live.aspx">直播頁面</a></section>
<section class="agenda"><h2>議事日程</h2><table><thead><tr><th>日期</th><th>會議名稱</th><th>地點</th></tr></thead><tbody>{agenda}</tbody></table>
<a class="more" href="/Agenda.aspx" title="更多議事日程">更多</a></section>
<section class="news"><h2>議會新聞</h2><ul>{news}</ul><a class="more" href="/News.aspx" title="更多議會新聞">更多</a></section>
<section class="inquiry"><h2>議員質詢</h2><table><thead><tr><th>質詢日期</th><th>議員</th><th>質詢主題</th><th>影音</th></tr></thead><tbody>{q}</tbody></table>
<a class="more" href="/Inquiry.aspx" title="更多議員質詢">更多</a></section>
<section class="bulletin"><h2>議會公報</h2><ul>{bulletin}</ul><a class="more" href="/Bulletin.aspx" title="更多議會公報">更多</a></section>
<section class="members"><h2>議員介紹</h2><ul>{members}</ul></section>
</main>{foot}</body></html>"""
    pages: dict[str, tuple[bytes, str | None]] = {"/": (enc(fatten(home), "utf-8"), "text/html; charset=utf-8")}
    agenda_page = head.replace("{title}", f"議事日程-{name}") + f"""<main><a href="#C" accesskey="C" name="C" title="中央內容區塊">:::</a>
<div class="breadcrumb"><a href="/">首頁</a> &gt; 議事資訊 &gt; 議事日程</div><h2>議事日程</h2>
<table><thead><tr><th>日期</th><th>會議名稱</th><th>地點</th></tr></thead><tbody>{agenda}
<tr><td>{roc(D(2026, 11, 3))}</td><td><a href="/Agenda/Detail.aspx?id=880">程序委員會第14次會議</a></td><td>第二會議室</td></tr>
<tr><td>{roc(D(2026, 10, 20))}</td><td><a href="/Agenda/Detail.aspx?id=879">第20屆第2次定期會 閉幕</a></td><td>議事廳</td></tr></tbody></table>
<div class="page">共 312 筆 第 1/32 頁 <a href="/Agenda.aspx?page=2">下一頁</a></div></main>{foot}</body></html>"""
    pages["/Agenda.aspx"] = (enc(agenda_page, "utf-8"), "text/html; charset=utf-8")
    news_page = head.replace("{title}", f"議會新聞-{name}") + f"""<main><a href="#C" accesskey="C" name="C" title="中央內容區塊">:::</a>
<div class="breadcrumb"><a href="/">首頁</a> &gt; 新聞中心</div><h2>議會新聞</h2><ul class="list">{news}</ul>
<div class="page">共 1,024 筆 第 1/103 頁 <a href="/News.aspx?page=2">下一頁</a></div></main>{foot}</body></html>"""
    pages["/News.aspx"] = (enc(news_page, "utf-8"), "text/html; charset=utf-8")
    q_page = head.replace("{title}", f"議員質詢-{name}") + f"""<main><a href="#C" accesskey="C" name="C" title="中央內容區塊">:::</a>
<div class="breadcrumb"><a href="/">首頁</a> &gt; 議事資訊 &gt; 議員質詢</div><h2>議員質詢</h2>
<table><thead><tr><th>質詢日期</th><th>議員</th><th>質詢主題</th><th>影音</th></tr></thead><tbody>{q}</tbody></table>
<div class="page">共 2,031 筆 第 1/204 頁 <a href="/Inquiry.aspx?page=2">下一頁</a></div></main>{foot}</body></html>"""
    pages["/Inquiry.aspx"] = (enc(q_page, "utf-8"), "text/html; charset=utf-8")
    b_page = head.replace("{title}", f"議會公報-{name}") + f"""<main><a href="#C" accesskey="C" name="C" title="中央內容區塊">:::</a>
<div class="breadcrumb"><a href="/">首頁</a> &gt; 議事資訊 &gt; 議會公報</div><h2>議會公報</h2><ul class="list">{bulletin}</ul></main>{foot}</body></html>"""
    pages["/Bulletin.aspx"] = (enc(b_page, "utf-8"), "text/html; charset=utf-8")
    return Site(
        host="www.ttcc.trad4.test", name=name, pages=pages,
        status="healthy", passed=True,
        must=(), must_not=("future_dated", "homepage_stale", "column_stale", "column_empty", "abandoned", "undated"),
        columns=[
            Col("議事日程", ("other",), D(2026, 11, 24), why="a council's agenda: sessions listed ahead (a calendar)"),
            Col("議會新聞", ("news",), D(2026, 11, 24)),
            Col("議員質詢", ("other", "news"), D(2026, 11, 20), why="interpellation records: council work, no inspectors' class"),
            Col("議會公報", ("notice", "policy", "other"), D(2026, 10, 15), why="a gazette"),
        ],
        home_newest=D(2026, 11, 24), home_status="healthy",
        home_must_not=("homepage_stale", "undated"),
        notes="議事日程 lists sessions up to 115-12-15 ahead: must not be future_dated",
    )


# ============================================================ 6. HK department (healthy)

HK_PRESS = [  # (date, [titles])
    (D(2026, 11, 24), ["渠務署公布雨季前防洪工程進度", "屯門河道改善工程下月展開"]),
    (D(2026, 11, 23), ["渠務署舉行公眾諮詢會 介紹藍綠建設計劃"]),
    (D(2026, 11, 20), ["元朗排水繞道隧道進行年度檢查", "臨時交通安排：觀塘道路段渠務工程", "渠務署署長出席亞洲水務論壇"]),
    (D(2026, 11, 18), ["港島西雨水貯存計劃開放日"]),
    (D(2026, 11, 16), ["渠務署推出水浸黑點即時資訊平台"]),
]
HK_WHATSNEW = [
    (D(2026, 11, 23), "《排水工程技術手冊》（2026年版）已上載"),
    (D(2026, 11, 19), "招標公告：大埔污水處理廠擴建工程（合約編號 DC/2026/08）"),
    (D(2026, 11, 12), "更新：污水處理服務收費表"),
    (D(2026, 11, 4), "職位空缺：二級工程師（土木）"),
    (D(2026, 10, 28), "渠務署年報 2025-26 已出版"),
]
HK_TENDER = [(D(2026, 11, 19), "大埔污水處理廠擴建工程（合約編號 DC/2026/08）", D(2026, 12, 18)),
             (D(2026, 11, 5), "新界西北區排水設施維修保養（合約編號 DC/2026/07）", D(2026, 12, 4)),
             (D(2026, 10, 22), "沙田污水處理廠污泥處理設施顧問研究", D(2026, 11, 20))]
HK_JOBS = [(D(2026, 11, 4), "二級工程師（土木）"), (D(2026, 10, 16), "助理文書主任"), (D(2026, 9, 2), "技工")]


def _hkdsd() -> Site:
    name = "渠務署"
    press = []
    for d, ts in HK_PRESS:
        press.append(f'<h3 class="day">{hkday(d)}</h3><ul>')
        press += [f'<li><a href="/tc/press_release/{d:%Y%m}/{d:%Y%m%d}_{i}.html">{t}</a></li>' for i, t in enumerate(ts)]
        press.append("</ul>")
    wn = "".join(f'<tr><td class="date">{cn(d)}</td><td><a href="/tc/whats_new/{i}.html">{t}</a></td></tr>' for i, (d, t) in enumerate(HK_WHATSNEW))
    tender = "".join(f'<tr><td>{cn(d)}</td><td><a href="/tc/tender_notices/{i}.html">{t}</a></td><td>{cn(c)}</td></tr>' for i, (d, t, c) in enumerate(HK_TENDER))
    jobs = "".join(f'<li><span class="date">{cn(d)}</span> <a href="/tc/job_vacancies/{i}.html">{t}</a></li>' for i, (d, t) in enumerate(HK_JOBS))
    menu = "".join(f'<li><a href="/tc/{p}/index.html">{t}</a></li>' for p, t in [
        ("about_us", "關於我們"), ("our_services", "我們的服務"), ("drainage_works", "渠務工程"), ("flood_prevention", "防洪"),
        ("sewage", "污水處理"), ("publications", "刊物"), ("press_releases", "新聞公報"), ("tender_notices", "招標公告"),
        ("job_vacancies", "職位空缺"), ("contact_us", "聯絡我們"), ("blue_green", "藍綠建設"), ("education", "教育資源")])
    chrome_top = f"""<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title><link rel="stylesheet" href="/css/style.css">
<script src="/js/jquery.min.js"></script><script src="/js/common.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HKDSD2026"></script>
</head><body>
<div id="skipToContent"><a href="#content">跳至主要內容</a></div>
<header><div class="gov-logo"><a href="https://www.gov.hk/tc/residents/" title="香港政府一站通"><img src="/img/govhk.png" alt="GovHK 香港政府一站通"></a></div>
<div class="dept-logo"><a href="/tc/home/index.html"><img src="/img/dsd_logo.png" alt="渠務署 Drainage Services Department"></a></div>
<ul class="lang"><li><a href="/en/home/index.html" lang="en">English</a></li><li><a href="/sc/home/index.html" lang="zh-CN">简体</a></li></ul>
<ul class="tools"><li><a href="/tc/sitemap.html">網頁指南</a></li><li><a href="/tc/text_size.html">文字大小</a></li><li><a href="/tc/accessibility.html">無障礙瀏覽</a></li></ul>
<form action="https://www.search.gov.hk/result" method="get"><input type="hidden" name="ui_lang" value="zh-hk"><input name="query" title="搜尋"><button>搜尋</button></form>
<nav id="mainNav"><ul>{menu}</ul></nav></header>"""
    chrome_bottom = """<footer id="footer"><ul><li><a href="/tc/important_notices.html">重要告示</a></li><li><a href="/tc/privacy_policy.html">私隱政策</a></li>
<li><a href="/tc/accessibility.html">無障礙聲明</a></li><li><a href="/tc/contact_us/index.html">聯絡我們</a></li></ul>
<p>2026 ©　|　修訂日期：2026年11月24日</p>
<a href="https://www.brandhk.gov.hk/" title="香港品牌"><img src="/img/brandhk.png" alt="香港品牌"></a></footer></body></html>"""
    home = chrome_top.replace("{title}", "渠務署 - 主頁") + f"""
<div id="heroSlider"><div class="slide"><a href="/tc/blue_green/index.html"><img src="/img/banner/bluegreen.jpg" alt="藍綠建設 共創宜居城市"></a></div>
<div class="slide"><a href="/tc/flood_prevention/rainstorm.html"><img src="/img/banner/rainstorm.jpg" alt="暴雨期間請留意水浸報告"></a></div></div>
<main id="content">
<section id="whatsNew"><h2>最新消息</h2><table class="whatsnew">{wn}</table><a class="more" href="/tc/whats_new/index.html">更多最新消息</a></section>
<section id="pressReleases"><h2>新聞公報</h2>{"".join(press)}<a class="more" href="/tc/press_releases/index.html">更多新聞公報</a></section>
<section id="tender"><h2>招標公告</h2><table><tr><th>發出日期</th><th>標題</th><th>截標日期</th></tr>{tender}</table><a class="more" href="/tc/tender_notices/index.html">更多招標公告</a></section>
<section id="jobs"><h2>職位空缺</h2><ul>{jobs}</ul><a class="more" href="/tc/job_vacancies/index.html">更多職位空缺</a></section>
<section id="rain"><h2>天氣資訊</h2><p>天文台現時錄得：21°C　相對濕度：72%</p><p>暴雨警告：現時沒有生效的暴雨警告</p></section>
<section id="quickLinks"><h2>常用連結</h2><ul><li><a href="/tc/our_services/report_flooding.html">舉報水浸</a></li><li><a href="/tc/our_services/sewage_charges.html">排污費</a></li>
<li><a href="https://www.hko.gov.hk/tc/">香港天文台</a></li><li><a href="https://www.1823.gov.hk/">1823</a></li></ul></section>
</main>""" + chrome_bottom
    pages: dict[str, tuple[bytes, str | None]] = {"/": (enc(fatten(home), "utf-8"), "text/html; charset=UTF-8")}
    pages["/tc/home/index.html"] = pages["/"]
    more_press = "".join(press) + f'<h3 class="day">{hkday(D(2026, 11, 13))}</h3><ul><li><a href="/tc/press_release/202611/20261113_0.html">渠務署與大學合辦排水研討會</a></li></ul>'
    pages["/tc/press_releases/index.html"] = (enc(chrome_top.replace("{title}", "渠務署 - 新聞公報") + f'<main id="content"><h2>新聞公報</h2>{more_press}</main>' + chrome_bottom, "utf-8"), "text/html; charset=UTF-8")
    pages["/tc/whats_new/index.html"] = (enc(chrome_top.replace("{title}", "渠務署 - 最新消息") + f'<main id="content"><h2>最新消息</h2><table class="whatsnew">{wn}</table></main>' + chrome_bottom, "utf-8"), "text/html; charset=UTF-8")
    pages["/tc/tender_notices/index.html"] = (enc(chrome_top.replace("{title}", "渠務署 - 招標公告") + f'<main id="content"><h2>招標公告</h2><table><tr><th>發出日期</th><th>標題</th><th>截標日期</th></tr>{tender}</table></main>' + chrome_bottom, "utf-8"), "text/html; charset=UTF-8")
    pages["/tc/job_vacancies/index.html"] = (enc(chrome_top.replace("{title}", "渠務署 - 職位空缺") + f'<main id="content"><h2>職位空缺</h2><ul>{jobs}</ul></main>' + chrome_bottom, "utf-8"), "text/html; charset=UTF-8")
    return Site(
        host="www.dsd.hk4.trad4.test", name=name, pages=pages,
        status="healthy", passed=True,
        must=(), must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "abandoned", "undated"),
        columns=[
            Col("最新消息", ("news",), D(2026, 11, 23)),
            Col("新聞公報", ("news",), D(2026, 11, 24)),
            Col("招標公告", ("notice",), D(2026, 11, 19), why="tender; the 截標日期 column is a deadline"),
            Col("職位空缺", ("personnel",), D(2026, 11, 4)),
        ],
        home_newest=D(2026, 11, 24), home_status="healthy",
        home_must_not=("homepage_stale", "undated"),
        notes="新聞公報 by day headings 2026年11月24日（星期二）; footer 修訂日期 is the page's stamp",
    )


# ============================================================ 7. Macau bureau, pt + zh (healthy)

MO_NEWS = [
    (D(2026, 11, 24), "交通事務局推出新一代電子支付巴士卡", "DSAT lança novo cartão de autocarro com pagamento electrónico"),
    (D(2026, 11, 21), "輕軌東線工程進展順利", "Obras da Linha Leste do Metro Ligeiro avançam conforme previsto"),
    (D(2026, 11, 18), "大賽車期間交通安排", "Medidas de trânsito durante o Grande Prémio"),
    (D(2026, 11, 11), "交通事務局舉辦道路安全講座", "DSAT realiza palestra sobre segurança rodoviária"),
    (D(2026, 11, 4), "新馬路行人優化工程完成", "Concluídas obras de optimização pedonal na Avenida de Almeida Ribeiro"),
]
MO_NOTICE = [
    (D(2026, 11, 20), "公告：第 12/DSAT/2026 號公開招標", "Anúncio: Concurso Público n.º 12/DSAT/2026"),
    (D(2026, 11, 13), "關於氹仔北安路段臨時封閉之通告", "Aviso sobre o encerramento temporário da Estrada do Pac On"),
    (D(2026, 10, 30), "重型汽車駕駛執照考試日程", "Calendário dos exames de condução de veículos pesados"),
    (D(2026, 10, 9), "泊車咪錶收費調整公告", "Aviso sobre o ajustamento das tarifas dos parquímetros"),
]
MO_JOBS = [
    (D(2026, 9, 15), "開考公告：技術員（土木工程範疇）", "Aviso de concurso: técnico (área de engenharia civil)"),
    (D(2026, 6, 2), "開考公告：高級技術員（交通規劃）", "Aviso de concurso: técnico superior (planeamento de tráfego)"),
]


def _dsat() -> Site:
    name = "交通事務局 Direcção dos Serviços para os Assuntos de Tráfego"

    def bi(items: list[tuple[dt.date, str, str]], base: str) -> str:
        return "".join(
            f'<li><span class="date">{d:%d/%m/%Y}</span><a href="{base}{d:%Y%m%d}{i}" lang="zh-Hant-MO">{zh}</a>'
            f'<a href="{base.replace("/zh-hant/", "/pt/")}{d:%Y%m%d}{i}" lang="pt" class="pt">{pt}</a></li>'
            for i, (d, zh, pt) in enumerate(items))

    top = """<!DOCTYPE html><html lang="zh-Hant-MO"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="/static/css/app.css">
<script src="/static/js/vendor.js" defer></script><script src="/static/js/app.js" defer></script></head><body>
<header class="site-header"><a class="logo" href="/zh-hant/"><img src="/static/img/dsat-logo.svg" alt="澳門特別行政區政府 交通事務局 Governo da Região Administrativa Especial de Macau Direcção dos Serviços para os Assuntos de Tráfego"></a>
<ul class="lang"><li><a href="/zh-hant/">繁</a></li><li><a href="/zh-hans/">简</a></li><li><a href="/pt/">PT</a></li><li><a href="/en/">EN</a></li></ul>
<nav><ul><li><a href="/zh-hant/about">關於本局 Sobre nós</a></li><li><a href="/zh-hant/services">服務 Serviços</a></li><li><a href="/zh-hant/bus">巴士 Autocarros</a></li>
<li><a href="/zh-hant/parking">泊車 Estacionamento</a></li><li><a href="/zh-hant/licence">駕駛執照 Cartas de condução</a></li><li><a href="/zh-hant/traffic">交通資訊 Informações de trânsito</a></li>
<li><a href="/zh-hant/news">新聞 Notícias</a></li><li><a href="/zh-hant/notices">公告 Avisos</a></li><li><a href="/zh-hant/recruitment">招聘 Recrutamento</a></li></ul></nav></header>"""
    bottom = """<footer><p>澳門馬交石炮台馬路33號 Estrada de D. Maria II, n.º 33, Macau　電話 Tel.: (853) 8866 6363</p>
<p><a href="/zh-hant/privacy">私隱聲明 Declaração de privacidade</a>　<a href="/zh-hant/sitemap">網站地圖 Mapa do sítio</a></p>
<p>© 2026 交通事務局 DSAT 版權所有 Todos os direitos reservados</p><p>最後更新 Última actualização: 24/11/2026</p></footer></body></html>"""
    home = top.replace("{title}", "交通事務局 DSAT") + f"""
<main>
<section class="banner"><a href="/zh-hant/news/20261124"><img src="/media/banner/buscard.jpg" alt="新一代巴士卡 Novo cartão de autocarro"></a></section>
<div class="cols">
<section class="news"><h2>新聞 <span lang="pt">Notícias</span></h2><ul>{bi(MO_NEWS, "/zh-hant/news/")}</ul><a class="more" href="/zh-hant/news">更多 Mais</a></section>
<section class="notices"><h2>公告 <span lang="pt">Avisos</span></h2><ul>{bi(MO_NOTICE, "/zh-hant/notices/")}</ul><a class="more" href="/zh-hant/notices">更多 Mais</a></section>
</div>
<section class="recruit"><h2>招聘 <span lang="pt">Recrutamento</span></h2><ul>{bi(MO_JOBS, "/zh-hant/recruitment/")}</ul><a class="more" href="/zh-hant/recruitment">更多 Mais</a></section>
<section class="traffic"><h2>實時交通 Trânsito em tempo real</h2><p>更新時間 Actualizado: 25/11/2026 11:55</p><ul><li><a href="/zh-hant/traffic/cam">交通攝影機 Câmaras de trânsito</a></li><li><a href="/zh-hant/traffic/parking">停車場車位 Lugares de estacionamento</a></li></ul></section>
</main>""" + bottom
    pages: dict[str, tuple[bytes, str | None]] = {"/": (enc(fatten(home), "utf-8"), "text/html; charset=utf-8")}
    pages["/zh-hant/"] = pages["/"]
    for path, h, items in [("/zh-hant/news", "新聞 Notícias", MO_NEWS), ("/zh-hant/notices", "公告 Avisos", MO_NOTICE),
                           ("/zh-hant/recruitment", "招聘 Recrutamento", MO_JOBS)]:
        body = top.replace("{title}", f"{h} - DSAT") + f'<main><nav class="crumb"><a href="/zh-hant/">主頁 Página inicial</a> / {h}</nav><h1>{h}</h1><ul class="list">{bi(items, path + "/")}</ul>' \
            '<nav class="pagination"><span class="current">1</span><a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=2">下一頁 Seguinte</a></nav></main>' + bottom
        pages[path] = (enc(body, "utf-8"), "text/html; charset=utf-8")
    return Site(
        host="www.dsat.mo4.trad4.test", name=name, pages=pages,
        status="healthy", passed=True,
        must=(), must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "abandoned", "undated"),
        columns=[
            Col("新聞", ("news",), D(2026, 11, 24)),
            Col("公告", ("notice",), D(2026, 11, 20)),
            Col("招聘", ("personnel",), D(2026, 9, 15)),
        ],
        home_newest=D(2026, 11, 24), home_status="healthy",
        home_must_not=("homepage_stale", "undated"),
        notes="dd/mm/yyyy dates; each item in Chinese and Portuguese side by side (one item, two links)",
    )


# ============================================================ 8. HK district council (stale, Big5 with HTTP charset)

ISL_NEWS = [(D(2026, 9, 28), "離島區議會第十次會議議程已上載"), (D(2026, 9, 15), "離島區議會轄下委員會會議時間表（2026年10月至12月）"),
            (D(2026, 9, 3), "區議會議員辦事處地址更新"), (D(2026, 8, 20), "離島區議會2026年度區議會撥款申請結果"),
            (D(2026, 8, 6), "離島區議會第九次會議紀錄")]
ISL_MEET = [(D(2026, 9, 10), "交通及運輸委員會 第八次會議"), (D(2026, 8, 27), "地區設施管理委員會 第七次會議"),
            (D(2026, 8, 13), "社區建設委員會 第八次會議")]
ISL_PRESS = [(D(2026, 9, 16), "離島區議會主席出席大嶼山交通諮詢會"), (D(2026, 8, 30), "離島區議會關注長洲渡輪服務")]


def _islands() -> Site:
    name = "離島區議會"
    news = "".join(f'<tr><td class="date">{cn(d)}</td><td><a href="/tc/islands/news/{i}.htm">{t}</a></td></tr>' for i, (d, t) in enumerate(ISL_NEWS))
    meet = "".join(f'<li><a href="/tc/islands/meetings/{d:%Y%m%d}.htm">{t}</a>（{cn(d)}）</li>' for d, t in ISL_MEET)
    press = "".join(f'<li>{hkday(d)}<br><a href="/tc/islands/press/{d:%Y%m%d}.htm">{t}</a></li>' for d, t in ISL_PRESS)
    members = "".join(f'<li><a href="/tc/islands/members/{i}.htm">{m}</a></li>' for i, m in enumerate(
        ["余漢坤 主席", "周浩鼎 議員", "郭平 議員", "何紹基 議員", "黃文漢 議員", "鄺官穩 議員", "容詠嫦 議員", "王進安 議員", "曾秀好 議員", "藍錦雄 議員"]))
    top = """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="zh-HK"><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{title}</title><link rel="stylesheet" href="/css/dc.css" type="text/css">
<script type="text/javascript" src="/js/menu.js"></script></head>
<body><a href="#content" class="skip">跳至內容</a>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td><a href="/tc/index.html"><img src="/img/dc_logo.gif" alt="區議會 District Councils" border="0"></a></td>
<td align="right"><a href="/en/islands/index.htm">English</a> | <a href="/sc/islands/index.htm">簡體版</a> | <a href="/tc/sitemap.htm">網頁指南</a> | <a href="/tc/contact.htm">聯絡我們</a></td></tr></table>
<table width="100%"><tr><td class="menu"><a href="/tc/islands/intro.htm">簡介</a> | <a href="/tc/islands/members.htm">議員名單</a> | <a href="/tc/islands/meetings.htm">會議資料</a> | <a href="/tc/islands/committees.htm">轄下委員會</a> | <a href="/tc/islands/news.htm">最新消息</a> | <a href="/tc/islands/press.htm">新聞稿</a> | <a href="/tc/islands/funds.htm">撥款資料</a></td></tr></table>"""
    bottom = """<hr><table width="100%"><tr><td class="footer"><a href="/tc/notices.htm">重要告示</a> | <a href="/tc/privacy.htm">私隱政策</a><br>
2026 <img src="/img/copyright.gif" alt="版權">　|　修訂日期：2026年9月28日</td></tr></table></body></html>"""
    home = top.replace("{title}", f"{name} - 首頁") + f"""
<table width="100%" border="0" cellpadding="4"><tr><td width="65%" valign="top"><a name="content"></a>
<h2>最新消息</h2><table class="news" width="100%">{news}</table><p align="right"><a href="/tc/islands/news.htm">更多</a></p>
<h2>會議資料</h2><ul>{meet}</ul><p align="right"><a href="/tc/islands/meetings.htm">更多</a></p>
</td><td width="35%" valign="top">
<h2>新聞稿</h2><ul>{press}</ul><p align="right"><a href="/tc/islands/press.htm">更多</a></p>
<h2>議員名單</h2><ul>{members}</ul>
<h3>相關網站</h3><ul><li><a href="https://www.had.gov.hk/">民政事務總署</a></li><li><a href="https://www.gov.hk/">香港政府一站通</a></li></ul>
</td></tr></table>""" + bottom
    pages: dict[str, tuple[bytes, str | None]] = {"/": (enc(fatten(home), "big5"), "text/html; charset=big5")}
    pages["/tc/islands/news.htm"] = (enc(top.replace("{title}", f"{name} - 最新消息") + f'<a name="content"></a><h2>最新消息</h2><table class="news" width="100%">{news}</table>' + bottom, "big5"), "text/html; charset=big5")
    pages["/tc/islands/meetings.htm"] = (enc(top.replace("{title}", f"{name} - 會議資料") + f'<a name="content"></a><h2>會議資料</h2><ul>{meet}</ul>' + bottom, "big5"), "text/html; charset=big5")
    pages["/tc/islands/press.htm"] = (enc(top.replace("{title}", f"{name} - 新聞稿") + f'<a name="content"></a><h2>新聞稿</h2><ul>{press}</ul>' + bottom, "big5"), "text/html; charset=big5")
    return Site(
        host="www.islands-dc.hk4.trad4.test", name=name, pages=pages,
        status="stale", passed=False,
        must=("homepage_stale", "column_stale"),
        must_not=("abandoned", "column_empty", "future_dated", "undated", "hidden_links", "spam_content"),
        columns=[
            Col("最新消息", ("news",), D(2026, 9, 28)),
            Col("會議資料", ("other", "notice"), D(2026, 9, 10), why="meeting papers"),
            Col("新聞稿", ("news",), D(2026, 9, 16)),
        ],
        home_newest=D(2026, 9, 28), home_status="stale",
        home_must=("homepage_stale",), home_must_not=("abandoned", "undated"),
        notes="Big5 with HTTP charset; nothing since 2026-09-28 (58 days)",
    )


# ============================================================ 9. 北埔鄉民代表會 (zombie, Big5 without any charset)

BEIPU_NEWS = [(D(2023, 11, 3), "本會第22屆第6次定期會開會通知"), (D(2023, 10, 12), "本會主席率代表參加北埔膨風茶評鑑頒獎"),
              (D(2023, 8, 25), "本會第22屆第5次臨時會會議紀錄"), (D(2023, 7, 1), "本會代表會勘南埔村道路"),
              (D(2023, 5, 19), "本會第22屆第5次定期會議程")]
BEIPU_NOTICE = [(D(2023, 9, 12), "公告本會第22屆第6次定期會提案截止日"), (D(2023, 3, 6), "公告本會112年度預算書")]
BEIPU_MIN = [(D(2023, 6, 20), "第22屆第5次定期會會議紀錄"), (D(2023, 1, 10), "第22屆第4次定期會會議紀錄")]


def _beipu() -> Site:
    name = "新竹縣北埔鄉民代表會"
    news = "".join(f'<tr><td width="80%"><img src="/images/dot.gif" alt=""> <a href="news_view.php?id={180 - i}">{t}</a></td><td>{rocz(d)}</td></tr>'
                   for i, (d, t) in enumerate(BEIPU_NEWS))
    notice = "".join(f'<tr><td><a href="notice_view.php?id={40 - i}">{t}</a></td><td>{roc(d, "/")}</td></tr>' for i, (d, t) in enumerate(BEIPU_NOTICE))
    minutes = "".join(f'<tr><td><a href="files/minutes_{d:%Y%m}.doc">{t}</a></td><td>{roc(d, "/")}</td></tr>' for d, t in BEIPU_MIN)
    reps = "".join(f'<td align="center"><img src="images/rep{i}.jpg" alt="{r}" width="90"><br>{r}</td>' for i, r in enumerate(
        ["姜主席 文雄", "彭副主席 秀英", "徐代表 阿海", "曾代表 建福", "古代表 美華", "黃代表 金龍", "范代表 春梅"]))
    top = """<html><head><title>{title}</title>
<link href="css.css" rel="stylesheet" type="text/css"><script language="JavaScript" src="js/mm_menu.js"></script></head>
<body leftmargin="0" topmargin="0"><a href="#C" title="跳到主要內容區塊">跳到主要內容區塊</a>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="#U" accesskey="U" title="上方功能區塊">:::</a>
<img src="images/top.jpg" width="990" height="180" alt="新竹縣北埔鄉民代表會"></td></tr>
<tr><td class="menu"><a href="index.php">首頁</a> | <a href="about.php">本會簡介</a> | <a href="reps.php">代表介紹</a> | <a href="news.php">最新消息</a> | <a href="notice.php">公告事項</a> | <a href="minutes.php">會議紀錄</a> | <a href="mailbox.php">主席信箱</a> | <a href="links.php">相關連結</a></td></tr></table>"""
    bottom = """<table width="990" align="center"><tr><td class="footer"><a href="#Z" accesskey="Z" title="下方功能區塊">:::</a>
新竹縣北埔鄉民代表會　地址：31441新竹縣北埔鄉中正路8號　電話：03-5802016<br>版權所有 Copyright 2012-2026 北埔鄉民代表會　本站最佳瀏覽解析度 1024x768</td></tr></table></body></html>"""
    home = top.replace("{title}", "新竹縣北埔鄉民代表會") + f"""
<table width="990" align="center" border="0"><tr><td valign="top" width="660"><a href="#C" accesskey="C" name="C" title="中央內容區塊">:::</a>
<table width="100%" class="box"><tr><td class="boxtitle" colspan="2"><img src="images/t_news.gif" alt="最新消息"> 最新消息</td></tr>{news}
<tr><td colspan="2" align="right"><a href="news.php"><img src="images/more.gif" alt="更多最新消息"></a></td></tr></table>
<table width="100%" class="box"><tr><td class="boxtitle" colspan="2">公告事項</td></tr>{notice}<tr><td colspan="2" align="right"><a href="notice.php">more</a></td></tr></table>
</td><td valign="top" width="330">
<table width="100%" class="box"><tr><td class="boxtitle" colspan="2">會議紀錄</td></tr>{minutes}<tr><td colspan="2" align="right"><a href="minutes.php">more</a></td></tr></table>
<table class="box"><tr><td class="boxtitle">北埔好好玩</td></tr><tr><td><a href="http://www.hsinchu.gov.tw/">新竹縣政府</a><br><a href="http://www.beipu.gov.tw/">北埔鄉公所</a><br>北埔老街、慈天宮、金廣成文化館</td></tr></table>
</td></tr><tr><td colspan="2"><table class="box"><tr><td class="boxtitle" colspan="7">本屆代表</td></tr><tr>{reps}</tr></table></td></tr></table>""" + bottom
    pages: dict[str, tuple[bytes, str | None]] = {"/": (enc(fatten(home), "big5"), "text/html")}
    pages["/index.php"] = pages["/"]
    pages["/news.php"] = (enc(top.replace("{title}", "最新消息") + f'<table width="990" align="center"><tr><td class="boxtitle" colspan="2">最新消息</td></tr>{news}</table><p align="center">共 5 筆 第 1/1 頁</p>' + bottom, "big5"), "text/html")
    pages["/notice.php"] = (enc(top.replace("{title}", "公告事項") + f'<table width="990" align="center"><tr><td class="boxtitle" colspan="2">公告事項</td></tr>{notice}</table>' + bottom, "big5"), "text/html")
    pages["/minutes.php"] = (enc(top.replace("{title}", "會議紀錄") + f'<table width="990" align="center"><tr><td class="boxtitle" colspan="2">會議紀錄</td></tr>{minutes}</table>' + bottom, "big5"), "text/html")
    return Site(
        host="www.beipu-rep.trad4.test", name=name, pages=pages,
        status="zombie", passed=False,
        must=("abandoned", "homepage_stale"),
        must_not=("hidden_links", "spam_content", "undated", "future_dated"),
        columns=[
            Col("最新消息", ("news",), D(2023, 11, 3)),
            Col("公告事項", ("notice",), D(2023, 9, 12)),
            Col("會議紀錄", ("other",), D(2023, 6, 20)),
        ],
        home_newest=D(2023, 11, 3), home_status="zombie",
        home_must=("abandoned", "homepage_stale"), home_must_not=("undated",),
        notes="Big5 with no charset at all (neither HTTP nor meta); 民國112年11月3日 newest; copyright 2012-2026",
    )


# ============================================================ 10. 豐濱鄉公所 (5+ empty columns)

FB_NEWS = [(D(2026, 11, 23), "豐濱鄉阿美族聯合豐年祭成果展"), (D(2026, 11, 20), "本所辦理115年度冬令救濟物資發放"),
           (D(2026, 11, 16), "豐濱鄉石梯坪遊憩區步道整修完成"), (D(2026, 11, 9), "本鄉辦理高齡者健康講座")]
FB_NOTICE = [(D(2026, 11, 10), "公告本鄉115年度第2期農作物天然災害現金救助"), (D(2026, 10, 22), "公告本鄉清潔隊收運時間調整"),
             (D(2026, 9, 18), "公告豐濱鄉公有零售市場攤位招租")]
FB_EMPTY = [  # (heading, n, type, marker on the homepage, marker on its page)
    ("施政計畫", 3101, ("planning",), "目前無資料", "目前無資料"),
    ("預算書", 3102, ("finance",), "查無資料", "查無資料"),
    ("人事公告", 3103, ("personnel",), "尚無資料", "尚無資料"),
    ("法規資訊", 3104, ("policy",), "目前無資料", "查無資料"),
    ("統計資料", 3105, ("statistics",), "尚無資料", "目前無資料"),
    ("出版品", 3106, ("other",), "查無資料", "查無資料"),
]


def _fengbin() -> Site:
    name = "花蓮縣豐濱鄉公所"
    logo = "fb_logo.png"
    foot = tw_footer(name, "97741花蓮縣豐濱鄉豐濱村光豐路51號", "03-8791300",
                     "Copyright © 2026 花蓮縣豐濱鄉公所", "115/11/23", "802,117")
    news = tw_table([(t, f"/News_Content.aspx?n=3001&s={i}", roc(d, "/"), "民政課") for i, (d, t) in enumerate(FB_NEWS)],
                    "/News.aspx?n=3001&sms=12001", "最新消息")
    notice = tw_table([(t, f"/News_Content.aspx?n=3002&s={i}", roc(d, "/"), "農業觀光課") for i, (d, t) in enumerate(FB_NOTICE)],
                      "/News.aspx?n=3002&sms=12002", "公告訊息")
    empties = "".join(
        f'<div class="group-list info"><div class="head"><h2>{h}</h2></div><div class="list"><p class="nodata">{m}</p></div>'
        f'<p class="more"><a href="/News.aspx?n={n}&sms={n + 9000}" title="更多{h}">更多</a></p></div>'
        for h, n, _, m, _ in FB_EMPTY)
    home = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name}</title><link rel="stylesheet" href="/Content/css/style.css">
{TW_HEAD_SCRIPT}
</head><body>
{tw_header(name, logo)}
{tw_menu()}
<div class="banner"><img src="/images/kv/fengbin_sea.jpg" alt="海天一色 豐濱"></div>
<div class="main"><div class="container"><a href="#C" accesskey="C" name="C" title="中央內容區塊" class="accesskey">:::</a>
<div class="row"><div class="col-md-6">{news}</div><div class="col-md-6">{notice}</div></div>
<h2 class="section-title">政府資訊公開</h2>
<div class="row info-grid">{empties}</div>
</div></div>
{foot}
</body></html>"""
    pages: dict[str, tuple[bytes, str | None]] = {"/": (enc(fatten(home), "utf-8"), "text/html; charset=utf-8")}
    crumbs = '<a href="/Default.aspx">首頁</a> &gt; '
    rs = [(t, f"/News_Content.aspx?n=3001&s={i}", roc(d, "/"), "民政課", 50 + i) for i, (d, t) in enumerate(FB_NEWS)]
    pages["/News.aspx?n=3001&sms=12001"] = (enc(tw_list_page(name, logo, "最新消息", rs, 640, 64, foot, crumbs + "最新消息"), "utf-8"), "text/html; charset=utf-8")
    rs = [(t, f"/News_Content.aspx?n=3002&s={i}", roc(d, "/"), "農業觀光課", 30 + i) for i, (d, t) in enumerate(FB_NOTICE)]
    pages["/News.aspx?n=3002&sms=12002"] = (enc(tw_list_page(name, logo, "公告訊息", rs, 220, 22, foot, crumbs + "公告訊息"), "utf-8"), "text/html; charset=utf-8")
    for h, n, _, _, pm in FB_EMPTY:
        pages[f"/News.aspx?n={n}&sms={n + 9000}"] = (enc(tw_list_page(name, logo, h, [], 0, 0, foot, crumbs + h, empty_text=pm), "utf-8"), "text/html; charset=utf-8")
    return Site(
        host="www.fengbin.trad4.test", name=name, pages=pages,
        status="stale", passed=False,
        must=("column_empty",),
        must_not=("homepage_stale", "abandoned", "future_dated", "undated", "hidden_links", "spam_content"),
        columns=[
            Col("最新消息", ("news",), D(2026, 11, 23)),
            Col("公告訊息", ("notice",), D(2026, 11, 10)),
        ] + [Col(h, t, None, empty=True) for h, _, t, _, _ in FB_EMPTY],
        home_newest=D(2026, 11, 23), home_status="healthy",
        home_must_not=("homepage_stale", "undated", "column_empty"),
        extra={"empty_count": 6},
        notes="6 empty columns (目前無資料 / 查無資料 / 尚無資料) on the homepage and on their pages",
    )


SITES: list[Site] = [_sanyi(), _linbian(), _ilan(), _hospital(), _council(), _hkdsd(), _dsat(), _islands(), _beipu(), _fengbin()]
