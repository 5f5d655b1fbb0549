"""Blind evaluation trad3: Taiwan government sites (traditional Chinese), 2024-2026 builds.

Pages and truth written before any scan of them (see the commit "blind: pages and
truth, written before any scan").  The clock is NOW = 2026-11-26 (民國115年11月26日).

Sites: central ministries and agencies on RWD templates (tab boxes of 最新消息 /
新聞稿 / 公告事項, list tables with 發布日期 / 更新日期 columns), a county government,
a city government's 區公所 across New Year, township offices on old Big5 table
layouts (one stale, one abandoned), a senior high school, and an agency whose
資訊公開 columns are all empty (查無資料).  Every page carries real chrome: 無障礙 AA
mark, 雙語 toggle, a 主選單 of ~500 links, a footer with 瀏覽人次, 隱私權政策,
回頁首 and an 更新日期 that the server writes at each request (today).

Dates use several ROC forms: 115-11-26, 115/11/26, 115.11.26, 民國115年11月26日,
115年11月26日 and Gregorian 2026-11-26.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

NOW = dt.date(2026, 11, 26)
TODAY = NOW


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def ago(n: int) -> dt.date:
    return NOW - dt.timedelta(days=n)


def roc(day: dt.date, form: str = "-") -> str:
    y = day.year - 1911
    if form == "-":
        return f"{y:03d}-{day.month:02d}-{day.day:02d}"
    if form == "/":
        return f"{y:03d}/{day.month:02d}/{day.day:02d}"
    if form == ".":
        return f"{y:03d}.{day.month:02d}.{day.day:02d}"
    if form == "民國":
        return f"民國{y}年{day.month}月{day.day}日"
    if form == "年":
        return f"{y}年{day.month:02d}月{day.day:02d}日"
    if form == "iso":
        return day.isoformat()
    if form == "iso/":
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    raise ValueError(form)


# ---------------------------------------------------------------------------
# chrome shared by the RWD templates (central and county)
# ---------------------------------------------------------------------------

MENU_GROUPS = [
    ("關於本部", ["首長介紹", "組織架構", "歷任首長", "業務職掌", "所屬機關", "聯絡我們", "交通資訊", "本部沿革"]),
    ("新聞與公告", ["最新消息", "新聞稿", "即時新聞澄清", "公告事項", "活動訊息", "影音專區", "出版品", "電子報"]),
    ("政策與法規", ["重要政策", "法規命令", "行政規則", "法規草案預告", "訴願決定書", "函釋彙編", "主管法規查詢", "國際公約"]),
    ("政府資訊公開", ["施政計畫", "預算書", "決算書", "會計月報", "統計資訊", "研究報告", "採購資訊", "內部控制聲明書"]),
    ("人事專區", ["人事公告", "徵才資訊", "訓練進修", "退休撫卹", "待遇福利", "考核獎懲", "差勤管理", "人事法規"]),
    ("便民服務", ["線上申辦", "表單下載", "常見問答", "民意信箱", "陳情案件", "檔案應用", "性別平等", "廉政專區"]),
]


def mega_menu(base: str, n_links: int = 500) -> str:
    """A 主選單 with about n_links links: groups, sub groups, third level items."""
    out = ['<nav class="navigation" id="mainmenu" aria-label="主選單">',
           '<a href="#C" id="AC" accesskey="C" title="中央內容區塊" class="acc">:::</a>',
           '<ul class="mainmenu">']
    count = 0
    gi = 0
    while count < n_links:
        g, subs = MENU_GROUPS[gi % len(MENU_GROUPS)]
        gi += 1
        suffix = "" if gi <= len(MENU_GROUPS) else f"（{gi // len(MENU_GROUPS) + 1}）"
        out.append(f'<li class="has-sub"><a href="{base}/cp-{gi}-menu.html" title="{g}{suffix}">{g}{suffix}</a>')
        out.append('<ul class="submenu">')
        for si, s in enumerate(subs):
            out.append(f'<li><a href="{base}/lp-{gi}{si:02d}.html" title="{s}">{s}</a><ul class="third">')
            for k in range(1, 9):
                out.append(f'<li><a href="{base}/cp-{gi}{si:02d}{k}.html" title="{s}第{k}項">{s}第{k}項</a></li>')
                count += 1
            out.append("</ul></li>")
            count += 1
        out.append("</ul></li>")
    out.append("</ul></nav>")
    return "\n".join(out)


def head(title: str, charset: str = "utf-8", extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="{charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="DC.Title" content="{title}">
<meta name="DC.Creator" content="{title}">
<meta name="DC.Publisher" content="{title}">
<meta name="Description" content="{title}全球資訊網">
<title>{title}</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/style.css?v=20251105">
<link rel="icon" href="/favicon.ico">
<script src="/js/jquery-3.7.1.min.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX1234"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-XXXX1234');</script>
{extra}
</head>
"""


def header(org: str, base: str) -> str:
    return f"""<body>
<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>
<a href="#C" class="goCenter" title="跳到主要內容區塊">跳到主要內容區塊</a>
<header class="header">
 <div class="container">
  <h1 class="logo"><a href="{base}/Default.aspx" title="回首頁"><img src="/images/logo.png" alt="{org}Logo"></a></h1>
  <div class="topnav">
   <a href="#U" id="AU" accesskey="U" title="上方功能區塊" class="acc">:::</a>
   <ul>
    <li><a href="{base}/Default.aspx" title="回首頁">回首頁</a></li>
    <li><a href="{base}/sitemap.html" title="網站導覽">網站導覽</a></li>
    <li><a href="{base}/en/index.html" title="English" lang="en">English</a></li>
    <li><a href="{base}/rss.html" title="RSS">RSS</a></li>
    <li><a href="https://www.facebook.com/" target="_blank" rel="noopener noreferrer" title="Facebook(另開新視窗)">Facebook</a></li>
   </ul>
   <div class="fontsize"><span>字級：</span><a href="#" title="小">小</a><a href="#" title="中">中</a><a href="#" title="大">大</a></div>
   <form class="search" action="{base}/search.html" method="get" role="search">
    <label for="q">搜尋</label><input id="q" name="q" type="text" title="請輸入關鍵字" placeholder="請輸入關鍵字">
    <button type="submit">搜尋</button>
    <p class="hotkey">熱門關鍵字：<a href="{base}/search.html?q=補助">補助</a> <a href="{base}/search.html?q=徵才">徵才</a> <a href="{base}/search.html?q=防疫">防疫</a></p>
   </form>
  </div>
 </div>
"""


def footer(org: str, base: str, visits: int, updated_html: str, copy_year: int = 2026) -> str:
    return f"""
<footer class="footer">
 <a href="#Z" id="AZ" accesskey="Z" title="下方功能區塊" class="acc">:::</a>
 <div class="container">
  <ul class="footer-links">
   <li><a href="{base}/privacy.html" title="隱私權政策">隱私權政策</a></li>
   <li><a href="{base}/security.html" title="資訊安全政策">資訊安全政策</a></li>
   <li><a href="{base}/opendata.html" title="政府網站資料開放宣告">政府網站資料開放宣告</a></li>
   <li><a href="{base}/mail.html" title="首長信箱">首長信箱</a></li>
  </ul>
  <address>
   <p>{org}　地址：10051 臺北市中正區福州街1號　總機：(02)2321-2200（代表號）</p>
   <p>服務時間：週一至週五 08:30~12:30、13:30~17:30</p>
   <p>建議使用 Chrome、Edge、Firefox 最新版本瀏覽器，最佳瀏覽解析度為 1280x768</p>
  </address>
  <div class="counter">
   <span>瀏覽人次：</span><span class="num">{visits:,}</span>
   {updated_html}
  </div>
  <p class="copyright">Copyright &copy; {copy_year} {org} All Rights Reserved.</p>
  <div class="accessibility">
   <a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20251015101010" title="無障礙網站(另開新視窗)" target="_blank">
   <img src="/images/accessibility_AA.jpg" alt="通過AA檢測等級無障礙網頁檢測" width="88" height="31"></a>
  </div>
 </div>
 <a href="#top" class="gotop" title="回頁首">回頁首</a>
</footer>
<script src="/js/bootstrap.bundle.min.js"></script>
<script src="/js/slick.min.js"></script>
<script src="/js/main.js?v=20251105"></script>
</body>
</html>
"""


def banner(base: str, n: int = 5) -> str:
    items = "\n".join(
        f'<div class="slide"><a href="{base}/cp-banner-{i}.html" title="主視覺{i}"><img src="/upload/banner/{i}.jpg" alt="主視覺{i}：推動淨零轉型 共創永續未來"></a></div>'
        for i in range(1, n + 1))
    return f'<div class="banner"><div class="slider">{items}</div></div>'


def quick_links(base: str) -> str:
    names = ["線上申辦", "表單下載", "常見問答", "政府資訊公開", "民意信箱", "檔案應用", "性別平等專區", "廉政專區", "個資保護專區", "開放資料"]
    lis = "\n".join(f'<li><a href="{base}/quick-{i}.html" title="{n}"><img src="/images/icon/q{i}.svg" alt=""><span>{n}</span></a></li>' for i, n in enumerate(names))
    return f'<section class="quick"><h2 class="sr-only">快速連結</h2><ul>{lis}</ul></section>'


def related_sites(base: str) -> str:
    names = ["行政院", "總統府", "國家發展委員會", "政府資料開放平臺", "我的E政府", "政府電子採購網", "全國法規資料庫", "行政院人事行政總處", "事求人機關徵才系統", "1999市民熱線", "國家文官學院", "數位發展部"]
    lis = "\n".join(f'<li><a href="https://link{i}.gov.example/" target="_blank" rel="noopener" title="{n}(另開新視窗)"><img src="/upload/link/{i}.png" alt="{n}"></a></li>' for i, n in enumerate(names))
    return f'<section class="links"><h2>相關連結</h2><ul class="link-slider">{lis}</ul></section>'


def tab_box(base: str, tabs: list[tuple[str, str, list[tuple[str, dt.date]], str]]) -> str:
    """RWD tab box: (tab name, more href, items, date form)."""
    heads = []
    panels = []
    for i, (name, more, items, form) in enumerate(tabs):
        active = ' class="active"' if i == 0 else ""
        heads.append(f'<li{active}><a href="#tab{i}" role="tab" aria-controls="tab{i}" title="{name}">{name}</a></li>')
        lis = "\n".join(
            f'<li><a href="{base}/News_Content.aspx?n={i}{k:03d}&amp;s={sum(map(ord, t)) % 99999}" title="{t}">'
            f'<span class="date">{roc(day, form)}</span><span class="title">{t}</span></a></li>'
            for k, (t, day) in enumerate(items))
        panels.append(
            f'<div class="tab-pane{" active" if i == 0 else ""}" id="tab{i}" role="tabpanel"><h3 class="sr-only">{name}</h3>'
            f'<ul class="news-list">{lis}</ul>'
            f'<div class="more"><a href="{more}" title="更多{name}">更多{name}</a></div></div>')
    return (f'<section class="news-tabs"><a href="#C" id="C" accesskey="C" title="中央內容區塊" class="acc">:::</a>'
            f'<ul class="tabs" role="tablist">{"".join(heads)}</ul>'
            f'<div class="tab-content">{"".join(panels)}</div></section>')


def list_block(title: str, more: str, items: list[tuple[str, dt.date]], form: str, base: str, cls: str = "news") -> str:
    lis = "\n".join(
        f'<li><a href="{base}/cp-{cls}-{k}-{day.toordinal() % 10000}.html" title="{t}">{t}</a><span class="date">{roc(day, form)}</span></li>'
        for k, (t, day) in enumerate(items))
    return (f'<section class="block {cls}"><div class="block-title"><h2>{title}</h2>'
            f'<a class="more" href="{more}" title="更多{title}">more</a></div><ul class="list">{lis}</ul></section>')


def table_list_page(org: str, base: str, title: str, crumbs: str, cols: list[str], rows: list[list[str]],
                    pager: str, updated_html: str, visits: int, side: str = "", charset: str = "utf-8") -> str:
    th = "".join(f'<th scope="col">{c}</th>' for c in cols)
    trs = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    body = f"""
<main class="main"><div class="container">
 <div class="breadcrumb"><a href="#C" id="C" accesskey="C" class="acc">:::</a><span>現在位置：</span><a href="{base}/Default.aspx">首頁</a> &gt; {crumbs} &gt; <span>{title}</span></div>
 <div class="row"><aside class="col-md-3 sidemenu">{side}</aside>
 <div class="col-md-9 content">
  <h2 class="page-title">{title}</h2>
  <div class="share"><a href="#" title="列印">列印</a> <a href="#" title="分享到Facebook">Facebook</a> <a href="#" title="分享到LINE">LINE</a></div>
  <form class="filter" action="" method="get"><label for="kw">關鍵字</label><input id="kw" name="kw" type="text">
  <label for="sd">起始日期</label><input id="sd" name="sd" type="date"><label for="ed">結束日期</label><input id="ed" name="ed" type="date"><button type="submit">查詢</button></form>
  <table class="table table-list" summary="{title}列表">
   <caption class="sr-only">{title}</caption>
   <thead><tr>{th}</tr></thead>
   <tbody>
{trs}
   </tbody>
  </table>
  {pager}
 </div></div>
</div></main>"""
    return head(f"{title}-{org}", charset) + header(org, base) + mega_menu(base) + body + footer(org, base, visits, updated_html)


def side_menu(base: str, names: list[str]) -> str:
    return "<h2>資訊與服務</h2><ul>" + "".join(f'<li><a href="{base}/side-{i}.html" title="{n}">{n}</a></li>' for i, n in enumerate(names)) + "</ul>"


def pager_html(href: str, page: int, total_pages: int, total: int) -> str:
    parts = [f'<div class="pagination"><span>共 {total} 筆資料，第 {page} / {total_pages} 頁</span>']
    if page > 1:
        parts.append(f'<a href="{href}&amp;page=1" title="第一頁">第一頁</a><a href="{href}&amp;page={page - 1}" title="上一頁">上一頁</a>')
    for p in range(1, total_pages + 1):
        if p == page:
            parts.append(f'<span class="active">{p}</span>')
        else:
            parts.append(f'<a href="{href}&amp;page={p}" title="第{p}頁">{p}</a>')
    if page < total_pages:
        parts.append(f'<a href="{href}&amp;page={page + 1}" title="下一頁">下一頁</a><a href="{href}&amp;page={total_pages}" title="最後一頁">最後一頁</a>')
    parts.append("</div>")
    return "".join(parts)


def upd(day: dt.date, style: int) -> str:
    """The footer's 更新日期, written by the server at each request."""
    if style == 0:
        return f'<span class="update">更新日期：{roc(day, "-")}</span>'
    if style == 1:
        return f'<span class="update">網站更新日期：</span><span class="update-date">{roc(day, "/")}</span>'
    if style == 2:
        return f'<span>最後更新日期：{day.isoformat()}</span>'
    return f'<span>更新日期：{roc(day, "民國")}</span>'


def dated(titles: list[str], days: list[dt.date]) -> list[tuple[str, dt.date]]:
    return list(zip(titles, days, strict=True))


@dataclass
class Site:
    key: str
    host: str
    name: str
    pages: dict[str, tuple[str, str]]  # path -> (html, encoding)
    truth: dict[str, Any] = field(default_factory=dict)
    charset_header: bool = True


SITES: list[Site] = []


# ---------------------------------------------------------------------------
# 1. 經濟資源部 (central ministry): tab box 最新消息/新聞稿/公告事項; 新聞稿 list page
#    sorted ascending with pagination (its newest items on its last page);
#    footer 更新日期 = today.  Healthy.
# ---------------------------------------------------------------------------

def _site_ministry() -> Site:
    host = "www.mer.blind.test"
    base = f"http://{host}"
    org = "經濟資源部"
    news = dated(
        ["經濟資源部攜手地方政府推動中小企業數位轉型補助計畫", "部長出席2026臺灣國際淨零永續展開幕典禮",
         "115年度產業園區招商說明會第二場次即日起受理報名", "經濟資源部公布115年10月外銷訂單統計",
         "「地方產業創生計畫」第三梯次核定名單出爐", "強化供應鏈韌性　本部召開跨部會協調會議"],
        [ago(1), ago(2), ago(4), ago(6), ago(9), ago(13)])
    press = dated(
        ["本部公布115年11月工業生產指數", "經濟資源部與歐洲商會簽署能源合作備忘錄", "115年冬季電力供需穩定　備轉容量率維持10%以上",
         "本部核定中小企業創新研發補助第四梯次", "經濟資源部啟動產業人才培育旗艦計畫"],
        [ago(2), ago(5), ago(8), ago(12), ago(15)])
    notices = dated(
        ["公告修正「產業創新條例施行細則」部分條文", "預告訂定「再生能源設置補助作業要點」草案",
         "公告115年度第2次商品檢驗標準修正事項", "公告廢止「工業區土地租售辦法」", "公告115年度經濟資源部獎補助計畫申請須知"],
        [ago(3), ago(20), ago(41), ago(77), ago(120)])
    home_body = (
        banner(base) + '<main class="main"><div class="container">'
        + tab_box(base, [("最新消息", f"{base}/News.aspx?n=101&sms=1001", news, "-"),
                         ("新聞稿", f"{base}/News.aspx?n=102&sms=1002", press, "/"),
                         ("公告事項", f"{base}/News.aspx?n=103&sms=1003", notices, "-")])
        + quick_links(base) + related_sites(base) + "</div></main>")
    home = head(f"{org}全球資訊網") + header(org, base) + mega_menu(base) + home_body + footer(org, base, 28_731_905, upd(TODAY, 0))
    pages = {"/": (home, "utf-8"), "/Default.aspx": (home, "utf-8")}

    # 新聞稿 list: ascending, 5 pages of 10; page 5 holds the newest.
    all_press: list[tuple[str, dt.date]] = []
    start = ago(200)
    for i in range(45):
        all_press.append((f"經濟資源部新聞稿第{i + 1}號：產業動態與政策說明", start + dt.timedelta(days=i * 4)))
    all_press[-5:] = sorted(press, key=lambda x: x[1])
    side = side_menu(base, ["最新消息", "新聞稿", "即時新聞澄清", "公告事項", "活動訊息"])
    for p in range(1, 6):
        rows = []
        for k, (t, day) in enumerate(all_press[(p - 1) * 10: p * 10]):
            n = (p - 1) * 10 + k + 1
            rows.append([str(n), f'<a href="{base}/News_Content.aspx?n=102&amp;s={n:05d}" title="{t}">{t}</a>', "新聞及國會聯絡室", roc(day, "/")])
        html = table_list_page(org, base, "新聞稿", "新聞與公告", ["序號", "標題", "發布單位", "發布日期"], rows,
                               pager_html(f"{base}/News.aspx?n=102&amp;sms=1002", p, 5, 45), upd(TODAY, 0), 28_731_905, side)
        pages[f"/News.aspx?n=102&sms=1002&page={p}"] = (html, "utf-8")
        if p == 1:
            pages["/News.aspx?n=102&sms=1002"] = (html, "utf-8")
    # 最新消息 list: newest first, 發布日期 and 更新日期 columns (更新日期 of an old item can be recent).
    rows = []
    more_news = news + dated([f"經濟資源部業務訊息第{i}則" for i in range(1, 9)], [ago(14 + 3 * i) for i in range(1, 9)])
    for k, (t, day) in enumerate(more_news):
        rows.append([str(k + 1), f'<a href="{base}/News_Content.aspx?n=101&amp;s={k:05d}" title="{t}">{t}</a>', "綜合規劃司", roc(day, "-"), roc(day + dt.timedelta(days=1) if day < ago(1) else day, "-")])
    pages["/News.aspx?n=101&sms=1001"] = (table_list_page(org, base, "最新消息", "新聞與公告", ["序號", "標題", "發布單位", "發布日期", "更新日期"], rows,
                                                           pager_html(f"{base}/News.aspx?n=101&amp;sms=1001", 1, 12, 234), upd(TODAY, 0), 28_731_905, side), "utf-8")
    rows = []
    for k, (t, day) in enumerate(notices):
        rows.append([str(k + 1), f'<a href="{base}/News_Content.aspx?n=103&amp;s={k:05d}" title="{t}">{t}</a>', "法制處", roc(day, "-")])
    pages["/News.aspx?n=103&sms=1003"] = (table_list_page(org, base, "公告事項", "新聞與公告", ["序號", "標題", "發布單位", "公告日期"], rows,
                                                           pager_html(f"{base}/News.aspx?n=103&amp;sms=1003", 1, 9, 88), upd(TODAY, 0), 28_731_905, side), "utf-8")
    truth = {
        "status": "healthy", "passed": True,
        "must": [], "must_not": ["homepage_stale", "column_stale", "column_empty", "abandoned", "spam_content", "hidden_links"],
        "last_updated": ago(1),
        "home_status": "healthy", "home_last_updated": ago(1),
        "columns": {
            "最新消息": {"type": "news", "newest": ago(1), "empty": False},
            "新聞稿": {"type": "news", "newest": ago(2), "empty": False},
            "公告事項": {"type": "notice", "newest": ago(3), "empty": False},
        },
    }
    return Site("ministry", host, org, pages, truth)


# ---------------------------------------------------------------------------
# 2. 嘉南縣政府 (county): 縣府新聞 fresh; 活動訊息 list dated ahead (event days);
#    公告 with 民國 long dates.  Healthy.
# ---------------------------------------------------------------------------

def _site_county() -> Site:
    host = "www.chianan.blind.test"
    base = f"http://{host}"
    org = "嘉南縣政府"
    news = dated(["縣長視察嘉南大圳灌溉設施整修工程進度", "嘉南縣115年度模範父親母親表揚大會圓滿落幕", "嘉南縣長期照顧據點再添三處　守護長輩健康",
                  "縣府推動校園營養午餐在地食材　獲中央評比特優", "嘉南好米節11月30日登場　歡迎全國民眾共襄盛舉"],
                 [ago(0), ago(2), ago(3), ago(7), ago(10)])
    events = dated(["2026嘉南跨年晚會　卡司陣容搶先看", "嘉南好米節　稻田音樂會", "冬至搓湯圓親子活動", "嘉南國際馬拉松賽", "秋季農特產品展售會", "縣立美術館「家鄉風景」特展"],
                   [d("2026-12-31"), d("2026-11-30"), d("2026-12-21"), d("2026-12-13"), ago(5), ago(24)])
    notices = dated(["公告本縣115年度第2期房屋稅開徵", "公告嘉南縣都市計畫（第三次通盤檢討）案公開展覽", "公告115年度低收入戶及中低收入戶年度總清查",
                     "公告本縣公有零售市場攤位招租"],
                    [ago(4), ago(16), ago(33), ago(60)])
    body = (banner(base, 4) + '<main class="main"><div class="container"><div class="row">'
            + '<div class="col-md-8">' + list_block("縣府新聞", f"{base}/News.aspx?n=11&sms=9901", news, "/", base)
            + list_block("公告訊息", f"{base}/News.aspx?n=12&sms=9902", notices, "民國", base, "notice") + "</div>"
            + '<div class="col-md-4">' + list_block("活動訊息", f"{base}/Activity.aspx?n=13", events, ".", base, "event") + "</div>"
            + "</div>" + quick_links(base) + related_sites(base) + "</div></main>")
    home = head(org) + header(org, base) + mega_menu(base) + body + footer(org, base, 9_331_120, upd(TODAY, 1))
    side = side_menu(base, ["縣府新聞", "公告訊息", "活動訊息", "影音新聞"])
    pages = {"/": (home, "utf-8")}
    rows = [[str(k + 1), f'<a href="{base}/News_Content.aspx?n=11&amp;s={k}">{t}</a>', "新聞行銷處", roc(day, "/")]
            for k, (t, day) in enumerate(news + dated([f"縣政新聞第{i}則" for i in range(6)], [ago(12 + 2 * i) for i in range(6)]))]
    pages["/News.aspx?n=11&sms=9901"] = (table_list_page(org, base, "縣府新聞", "新聞與公告", ["項次", "標題", "發布單位", "發布日期"], rows,
                                                          pager_html(f"{base}/News.aspx?n=11&amp;sms=9901", 1, 40, 396), upd(TODAY, 1), 9_331_120, side), "utf-8")
    # event list sorted by event day (ahead first), with a 活動日期 and 刊登日期
    ev_rows = []
    ev_full = [(t, day, min(day - dt.timedelta(days=20), ago(3 + 4 * k)) if day > NOW else day - dt.timedelta(days=10)) for k, (t, day) in enumerate(events)]
    for k, (t, day, posted) in enumerate(ev_full):
        ev_rows.append([str(k + 1), f'<a href="{base}/Activity_Content.aspx?n=13&amp;s={k}">{t}</a>', roc(day, "."), roc(posted, ".")])
    pages["/Activity.aspx?n=13"] = (table_list_page(org, base, "活動訊息", "新聞與公告", ["項次", "活動名稱", "活動日期", "刊登日期"], ev_rows,
                                                     pager_html(f"{base}/Activity.aspx?n=13", 1, 3, 27), upd(TODAY, 1), 9_331_120, side), "utf-8")
    rows = [[str(k + 1), f'<a href="{base}/News_Content.aspx?n=12&amp;s={k}">{t}</a>', "行政處", roc(day, "民國")] for k, (t, day) in enumerate(notices)]
    pages["/News.aspx?n=12&sms=9902"] = (table_list_page(org, base, "公告訊息", "新聞與公告", ["項次", "標題", "發布單位", "公告日期"], rows,
                                                          pager_html(f"{base}/News.aspx?n=12&amp;sms=9902", 1, 8, 71), upd(TODAY, 1), 9_331_120, side), "utf-8")
    newest_event_posted = max(p for _, _, p in ev_full if p <= NOW)
    truth = {
        "status": "healthy", "passed": True,
        "must": [], "must_not": ["homepage_stale", "column_stale", "column_empty", "abandoned"],
        "last_updated": ago(0),
        "home_status": "healthy", "home_last_updated": ago(0),
        "columns": {
            "縣府新聞": {"type": "news", "newest": ago(0), "empty": False},
            "公告訊息": {"type": "notice", "newest": ago(4), "empty": False},
            # the event list: its newest date not ahead is a held event (ago(5)) or a posting day;
            # either is fresh; the event days ahead are no publication dates.
            "活動訊息": {"type": ("news", "other"), "newest": (ago(5), newest_event_posted), "empty": False, "not_after": NOW + dt.timedelta(days=1)},
        },
    }
    return Site("county", host, org, pages, truth)


# ---------------------------------------------------------------------------
# 3. 國家人力發展署 (agency): 徵才資訊 table with 公告日期 and 報名截止 (ahead);
#    人事公告; 最新消息 in 民國115年11月20日 form.  Healthy.
# ---------------------------------------------------------------------------

def _site_agency_jobs() -> Site:
    host = "www.nhrd.blind.test"
    base = f"http://{host}"
    org = "國家人力發展署"
    news = dated(["本署辦理115年度青年職涯輔導計畫成果發表", "產業人才投資方案116年度課程即日起開放申請", "本署與縣市政府合作辦理就業博覽會",
                  "中高齡者職場續航補助申請說明", "本署北區分署新建辦公大樓啟用"],
                 [ago(3), ago(6), ago(11), ago(18), ago(25)])
    jobs = [("本署綜合規劃組科員（職系：一般行政）", ago(8), d("2026-12-04")),
            ("本署資訊室約聘資訊管理師", ago(12), d("2026-12-08")),
            ("本署北區分署職業訓練師（約用）", ago(19), d("2026-11-30")),
            ("本署主計室科員（職務代理人）", ago(30), ago(16)),
            ("本署秘書室工友（身心障礙者進用）", ago(45), ago(31))]
    personnel = dated(["本署115年11月份人事異動令", "本署115年10月份人事異動令", "公告本署115年度公務人員考績作業時程", "本署115年9月份人事異動令"],
                      [ago(5), ago(36), ago(50), ago(66)])
    job_lis = "\n".join(
        f'<li><a href="{base}/jobs/{k}.html" title="{t}">{t}</a><span class="date">公告日期：{roc(p, "/")}</span><span class="deadline">報名截止：{roc(e, "/")}</span></li>'
        for k, (t, p, e) in enumerate(jobs[:4]))
    body = (banner(base, 3) + '<main class="main"><div class="container">'
            + '<section class="block news"><div class="block-title"><h2>最新消息</h2><a class="more" href="' + base + '/cl-news.html" title="更多最新消息">更多</a></div><ul class="list">'
            + "\n".join(f'<li><a href="{base}/news/{k}.html" title="{t}">{t}</a><span class="date">{roc(day, "民國")}</span></li>' for k, (t, day) in enumerate(news))
            + "</ul></section>"
            + f'<section class="block jobs"><div class="block-title"><h2>徵才資訊</h2><a class="more" href="{base}/cl-jobs.html" title="更多徵才資訊">更多</a></div><ul class="list">{job_lis}</ul></section>'
            + list_block("人事公告", f"{base}/cl-personnel.html", personnel, "-", base, "personnel")
            + quick_links(base) + related_sites(base) + "</div></main>")
    home = head(org) + header(org, base) + mega_menu(base) + body + footer(org, base, 4_120_008, upd(TODAY, 3))
    side = side_menu(base, ["最新消息", "徵才資訊", "人事公告", "訓練課程"])
    pages = {"/": (home, "utf-8")}
    rows = [[str(k + 1), f'<a href="{base}/jobs/{k}.html">{t}</a>', "人事室", roc(p, "-"), roc(e, "-")] for k, (t, p, e) in enumerate(jobs)]
    pages["/cl-jobs.html"] = (table_list_page(org, base, "徵才資訊", "人事專區", ["編號", "職缺名稱", "徵才單位", "公告日期", "報名截止日期"], rows,
                                               pager_html(f"{base}/cl-jobs.html?x=1", 1, 1, 5), upd(TODAY, 3), 4_120_008, side), "utf-8")
    rows = [[str(k + 1), f'<a href="{base}/news/{k}.html">{t}</a>', roc(day, "民國")] for k, (t, day) in enumerate(news)]
    pages["/cl-news.html"] = (table_list_page(org, base, "最新消息", "新聞與公告", ["編號", "標題", "發布日期"], rows,
                                               pager_html(f"{base}/cl-news.html?x=1", 1, 20, 198), upd(TODAY, 3), 4_120_008, side), "utf-8")
    rows = [[str(k + 1), f'<a href="{base}/personnel/{k}.html">{t}</a>', roc(day, "-")] for k, (t, day) in enumerate(personnel)]
    pages["/cl-personnel.html"] = (table_list_page(org, base, "人事公告", "人事專區", ["編號", "標題", "發布日期"], rows,
                                                    pager_html(f"{base}/cl-personnel.html?x=1", 1, 6, 57), upd(TODAY, 3), 4_120_008, side), "utf-8")
    truth = {
        "status": "healthy", "passed": True,
        "must": [], "must_not": ["homepage_stale", "column_stale", "column_empty"],
        "last_updated": ago(3),
        "home_status": "healthy", "home_last_updated": ago(3),
        "columns": {
            "最新消息": {"type": "news", "newest": ago(3), "empty": False},
            "徵才資訊": {"type": "personnel", "newest": ago(8), "empty": False, "not_after": NOW},
            "人事公告": {"type": "personnel", "newest": ago(5), "empty": False},
        },
    }
    return Site("agency_jobs", host, org, pages, truth)


# ---------------------------------------------------------------------------
# 4. 嘉南縣竹溪鄉公所 (township, Big5, old table layout): news last 37 days ago;
#    the footer's 更新日期 is the server's today.  Stale.
# ---------------------------------------------------------------------------

def _old_table_page(org: str, title: str, inner: str, visits: int, updated: str) -> str:
    nav = "".join(f'<td class="nav"><a href="/menu{i}.asp">{n}</a></td>' for i, n in enumerate(
        ["首頁", "鄉長介紹", "鄉政簡介", "最新消息", "公告事項", "活動花絮", "為民服務", "鄉民信箱", "觀光旅遊", "相關連結"]))
    sub = "".join(f'<a href="/sub{i}.asp">{n}第{i}項</a>｜' for i, n in enumerate(["便民服務", "社會福利", "清潔隊", "民政課", "財政課", "建設課", "農業課"] * 60))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{title}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<a href="#C" accesskey="C" title="中央內容區">:::</a>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/top_banner.jpg" width="980" height="160" alt="{org}"></td></tr>
<tr><td colspan="3" align="right"><a href="/">回首頁</a>｜<a href="/sitemap.asp">網站導覽</a>｜<a href="/eng/">English</a>｜<a href="/mail.asp">鄉長信箱</a></td></tr>
<tr><td colspan="3"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{nav}</tr></table></td></tr>
<tr><td colspan="3" class="submenu"><div id="submenu" style="height:30px;overflow:hidden">{sub}</div></td></tr>
<tr>
<td width="190" valign="top" class="left">
 <table width="100%" border="0" cellspacing="0" cellpadding="3">
 <tr><td class="lefttitle">便民服務</td></tr>
 <tr><td><a href="/form.asp">表單下載</a></td></tr>
 <tr><td><a href="/faq.asp">常見問答</a></td></tr>
 <tr><td><a href="/law.asp">鄉自治法規</a></td></tr>
 <tr><td><a href="/budget.asp">預算書</a></td></tr>
 <tr><td><a href="/cemetery.asp">公墓資訊</a></td></tr>
 </table>
</td>
<td width="600" valign="top"><a name="C"></a>
{inner}
</td>
<td width="190" valign="top"><table width="100%"><tr><td><img src="/images/weather.gif" alt="天氣"></td></tr>
<tr><td>今天是{roc(TODAY, "民國")} 星期四</td></tr></table></td>
</tr>
<tr><td colspan="3" class="footer" align="center">
{org}　地址：嘉南縣竹溪鄉中正路100號　電話：(05)234-5678　傳真：(05)234-5679<br>
<a href="/privacy.asp">隱私權政策</a>｜<a href="/security.asp">資訊安全政策</a>｜<a href="/open.asp">政府網站資料開放宣告</a><br>
瀏覽人次：{visits}　{updated}<br>
Copyright &copy; 2026 {org} 版權所有　<a href="#top">回頁首</a><br>
<a href="https://accessibility.moda.gov.tw/" target="_blank"><img src="/images/aa.jpg" alt="通過AA無障礙網頁檢測" border="0"></a>
</td></tr>
</table>
</body>
</html>
"""


def _old_list(title: str, more: str, items: list[tuple[str, dt.date]], form: str, prefix: str) -> str:
    rows = "\n".join(
        f'<tr><td width="12"><img src="/images/dot.gif" alt=""></td><td><a href="/{prefix}_detail.asp?id={1000 + k}">{t}</a></td><td width="90" align="right">{roc(day, form)}</td></tr>'
        for k, (t, day) in enumerate(items))
    return (f'<table width="100%" border="0" cellspacing="0" cellpadding="2" class="box">'
            f'<tr><td colspan="2" class="boxtitle">{title}</td><td align="right"><a href="{more}"><img src="/images/more.gif" alt="更多{title}" border="0"></a></td></tr>'
            f'{rows}</table><br>')


def _old_column_page(org: str, title: str, items: list[tuple[str, dt.date]], form: str, prefix: str, pages: int, total: int) -> str:
    rows = "\n".join(
        f'<tr bgcolor="{"#FFFFFF" if k % 2 else "#F0F5FA"}"><td align="center">{k + 1}</td><td><a href="/{prefix}_detail.asp?id={1000 + k}">{t}</a></td><td align="center">{roc(day, form)}</td></tr>'
        for k, (t, day) in enumerate(items))
    inner = (f'<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC">'
             f'<tr bgcolor="#336699"><td colspan="3"><font color="#FFFFFF"><b>{title}</b></font></td></tr>'
             f'<tr bgcolor="#DDE6EE"><td align="center" width="40">編號</td><td align="center">標題</td><td align="center" width="100">發布日期</td></tr>'
             f'{rows}</table>'
             f'<div align="center">共{total}筆　第1/{pages}頁　<a href="/{prefix}.asp?page=2">下一頁</a>　<a href="/{prefix}.asp?page={pages}">最末頁</a></div>')
    return inner


def _site_township_stale() -> Site:
    host = "www.zhuxi.blind.test"
    org = "嘉南縣竹溪鄉公所"
    news = dated(["竹溪鄉115年度重陽敬老禮金發放公告", "本鄉辦理秋季環境清潔日活動", "竹溪鄉農會稻米產銷班觀摩會", "鄉長率隊參訪友好鄉鎮", "本所辦理防汛演練"],
                 [ago(37), ago(44), ago(58), ago(73), ago(95)])
    notices = dated(["公告本鄉115年度第二次公所預算執行情形", "公告本鄉第二公墓遷葬作業", "公告本鄉老人文康活動中心場地使用規定"],
                    [ago(52), ago(130), ago(210)])
    inner = _old_list("最新消息", "/news.asp", news, "/", "news") + _old_list("公告事項", "/notice.asp", notices, "/", "notice")
    home = _old_table_page(org, org, inner, 358_204, f"更新日期：{roc(TODAY, '/')}")
    news_page = _old_table_page(org, f"最新消息-{org}", _old_column_page(org, "最新消息", news + dated(
        [f"竹溪鄉鄉政消息第{i}則" for i in range(5)], [ago(100 + 15 * i) for i in range(5)]), "/", "news", 9, 85), 358_204, f"更新日期：{roc(TODAY, '/')}")
    notice_page = _old_table_page(org, f"公告事項-{org}", _old_column_page(org, "公告事項", notices, "/", "notice", 3, 23), 358_204, f"更新日期：{roc(TODAY, '/')}")
    pages = {"/": (home, "big5"), "/news.asp": (news_page, "big5"), "/notice.asp": (notice_page, "big5")}
    truth = {
        "status": "stale", "passed": False,
        "must": ["homepage_stale"], "must_not": ["abandoned", "column_empty", "hidden_links", "spam_content"],
        "must_full": ["column_stale"],
        "last_updated": ago(37),
        "home_status": "stale", "home_last_updated": ago(37),
        "columns": {
            "最新消息": {"type": "news", "newest": ago(37), "empty": False},
            "公告事項": {"type": "notice", "newest": ago(52), "empty": False},
        },
    }
    return Site("township_stale", host, org, pages, truth, charset_header=False)


# ---------------------------------------------------------------------------
# 5. 港都市前鎮區公所 (district office of a city): lists across New Year; newest
#    115/01/08, then 114/12/xx.  Not updated for 322 days: stale, not zombie.
# ---------------------------------------------------------------------------

def _site_district_newyear() -> Site:
    host = "qianzhen.blind.test"
    base = f"http://{host}"
    org = "港都市前鎮區公所"
    news = dated(["前鎮區115年度元旦升旗典禮暨健走活動", "前鎮區公所辦理115年春節環境大掃除", "114年度區政業務成果發表會", "前鎮區聖誕點燈活動熱鬧登場", "區長出席里民歲末聯歡晚會"],
                 [d("2026-01-08"), d("2026-01-05"), d("2025-12-30"), d("2025-12-22"), d("2025-12-15")])
    notices = dated(["公告115年度里鄰長聯誼活動補助申請", "公告114年度第4季區公所預算執行報告", "公告114年度冬令救濟物資發放"],
                    [d("2026-01-06"), d("2025-12-29"), d("2025-12-10")])
    body = (banner(base, 3) + '<main class="main"><div class="container">'
            + tab_box(base, [("最新消息", f"{base}/News.aspx?n=501", news, "."), ("公告事項", f"{base}/News.aspx?n=502", notices, ".")])
            + quick_links(base) + related_sites(base) + "</div></main>")
    home = head(org) + header(org, base) + mega_menu(base) + body + footer(org, base, 1_203_556, upd(TODAY, 0), copy_year=2026)
    side = side_menu(base, ["最新消息", "公告事項", "活動花絮", "里長名錄"])
    pages = {"/": (home, "utf-8")}
    rows = [[str(k + 1), f'<a href="{base}/News_Content.aspx?n=501&amp;s={k}">{t}</a>', "民政課", roc(day, ".")]
            for k, (t, day) in enumerate(news + dated([f"前鎮區區政消息第{i}則" for i in range(5)], [d("2025-12-10") - dt.timedelta(days=9 * i) for i in range(5)]))]
    pages["/News.aspx?n=501"] = (table_list_page(org, base, "最新消息", "區政資訊", ["序號", "標題", "發布單位", "發布日期"], rows,
                                                  pager_html(f"{base}/News.aspx?n=501", 1, 15, 142), upd(TODAY, 0), 1_203_556, side), "utf-8")
    rows = [[str(k + 1), f'<a href="{base}/News_Content.aspx?n=502&amp;s={k}">{t}</a>', "秘書室", roc(day, ".")] for k, (t, day) in enumerate(notices)]
    pages["/News.aspx?n=502"] = (table_list_page(org, base, "公告事項", "區政資訊", ["序號", "標題", "發布單位", "公告日期"], rows,
                                                  pager_html(f"{base}/News.aspx?n=502", 1, 4, 33), upd(TODAY, 0), 1_203_556, side), "utf-8")
    truth = {
        "status": "stale", "passed": False,
        "must": ["homepage_stale"], "must_not": ["abandoned", "column_empty"],
        "must_full": ["column_stale"],
        "last_updated": d("2026-01-08"),
        "home_status": "stale", "home_last_updated": d("2026-01-08"),
        "columns": {
            "最新消息": {"type": "news", "newest": d("2026-01-08"), "empty": False},
            "公告事項": {"type": "notice", "newest": d("2026-01-06"), "empty": False},
        },
    }
    return Site("district_newyear", host, org, pages, truth)


# ---------------------------------------------------------------------------
# 6. 嘉南縣石門鄉公所 (township, Big5): nothing since 113/08 (2024).  Zombie.
# ---------------------------------------------------------------------------

def _site_township_zombie() -> Site:
    host = "www.shimen.blind.test"
    org = "嘉南縣石門鄉公所"
    news = dated(["石門鄉113年度中元普渡聯合祭典", "本鄉辦理113年度防颱整備會議", "石門鄉113年度模範農民表揚", "本所辦理登革熱防治宣導"],
                 [d("2024-08-15"), d("2024-07-22"), d("2024-06-30"), d("2024-05-18")])
    notices = dated(["公告本鄉113年度第一次追加預算", "公告本鄉113年度清潔隊臨時人員甄選結果"], [d("2024-07-01"), d("2024-03-12")])
    inner = _old_list("最新消息", "/news.asp", news, "民國", "news") + _old_list("公告事項", "/notice.asp", notices, "-", "notice")
    updated = f"更新日期：{roc(TODAY, '-')}"
    home = _old_table_page(org, org, inner, 88_102, updated)
    pages = {
        "/": (home, "big5"),
        "/news.asp": (_old_table_page(org, f"最新消息-{org}", _old_column_page(org, "最新消息", news, "民國", "news", 4, 37), 88_102, updated), "big5"),
        "/notice.asp": (_old_table_page(org, f"公告事項-{org}", _old_column_page(org, "公告事項", notices, "-", "notice", 2, 12), 88_102, updated), "big5"),
    }
    truth = {
        "status": "zombie", "passed": False,
        "must": ["homepage_stale", "abandoned"], "must_not": ["column_empty", "hidden_links"],
        "must_full": ["column_stale"],
        "last_updated": d("2024-08-15"),
        "home_status": "zombie", "home_last_updated": d("2024-08-15"),
        "columns": {
            "最新消息": {"type": "news", "newest": d("2024-08-15"), "empty": False},
            "公告事項": {"type": "notice", "newest": d("2024-07-01"), "empty": False},
        },
    }
    return Site("township_zombie", host, org, pages, truth, charset_header=True)


# ---------------------------------------------------------------------------
# 7. 國家檔案保存局 (agency): news fresh; its 政府資訊公開 columns (預算書, 決算書,
#    施政計畫, 法規命令, 統計資訊) each on a page saying 查無資料.  5 empty columns: fails.
# ---------------------------------------------------------------------------

def _site_agency_empty() -> Site:
    host = "www.narb.blind.test"
    base = f"http://{host}"
    org = "國家檔案保存局"
    news = dated(["本局「百年檔案珍藏特展」11月起巡迴展出", "本局辦理115年度檔案管理人員專業訓練", "國家檔案開放應用新措施說明", "本局與大學合作推動檔案數位化"],
                 [ago(2), ago(8), ago(15), ago(29)])
    empties = [("預算書", "budget"), ("決算書", "accounts"), ("施政計畫", "plan"), ("法規命令", "law"), ("統計資訊", "stats")]
    info_boxes = "".join(
        f'<div class="col-md-4"><section class="block info"><div class="block-title"><h2>{n}</h2><a class="more" href="{base}/cl-{k}.html" title="更多{n}">更多</a></div>'
        f'<ul class="list"></ul><p class="nodata">目前尚無資料</p></section></div>'
        for n, k in empties)
    body = (banner(base, 3) + '<main class="main"><div class="container">'
            + list_block("最新消息", f"{base}/cl-news.html", news, "iso", base)
            + f'<section class="open-info"><h2>政府資訊公開</h2><div class="row">{info_boxes}</div></section>'
            + quick_links(base) + related_sites(base) + "</div></main>")
    home = head(org) + header(org, base) + mega_menu(base) + body + footer(org, base, 612_330, upd(TODAY, 2))
    side = side_menu(base, [n for n, _ in empties])
    pages = {"/": (home, "utf-8")}
    rows = [[str(k + 1), f'<a href="{base}/news/{k}.html">{t}</a>', day.isoformat()] for k, (t, day) in enumerate(news)]
    pages["/cl-news.html"] = (table_list_page(org, base, "最新消息", "新聞與公告", ["序號", "標題", "發布日期"], rows,
                                               pager_html(f"{base}/cl-news.html?x=1", 1, 8, 76), upd(TODAY, 2), 612_330, side), "utf-8")
    for n, k in empties:
        pager = '<div class="pagination"><span>共 0 筆資料，第 1 / 1 頁</span></div>'
        html = table_list_page(org, base, n, "政府資訊公開", ["序號", "標題", "發布日期"], [["查無資料", "", ""]], pager, upd(TODAY, 2), 612_330, side)
        pages[f"/cl-{k}.html"] = (html, "utf-8")
    cols: dict[str, Any] = {"最新消息": {"type": "news", "newest": ago(2), "empty": False}}
    types = {"預算書": "finance", "決算書": "finance", "施政計畫": "planning", "法規命令": "policy", "統計資訊": ("finance", "other", "statistics")}
    for n, _ in empties:
        cols[n] = {"type": types[n], "newest": None, "empty": True}
    truth = {
        "status": "stale", "passed": False,
        "must": [], "must_full": ["column_empty"], "must_not": ["homepage_stale", "abandoned"],
        "last_updated": ago(2),
        "home_status": "healthy", "home_last_updated": ago(2),
        "columns": cols,
    }
    return Site("agency_empty", host, org, pages, truth)


# ---------------------------------------------------------------------------
# 8. 嘉南縣立竹溪高級中學 (school): 最新消息 in Gregorian 2026/11/20 (school CMS),
#    榮譽榜, 行事曆 ahead (not a column of publications).  Healthy.
# ---------------------------------------------------------------------------

def _site_school() -> Site:
    host = "www.zxhs.blind.test"
    base = f"http://{host}"
    org = "嘉南縣立竹溪高級中學"
    news = dated(["115學年度第1學期第二次段考成績查詢開放", "本校高三學生參加學測模擬考注意事項", "116學年度特色招生考試簡章公告", "校慶運動會交通管制說明", "本校榮獲嘉南縣科展團體組第一名"],
                 [ago(1), ago(4), ago(6), ago(9), ago(14)])
    honors = dated(["賀！本校學生榮獲全國學生美術比賽特優", "賀！本校教師榮獲教育部師鐸獎", "賀！本校合唱團獲全國音樂比賽優等"], [ago(10), ago(40), ago(61)])
    cal = [("第二次段考", d("2026-12-02")), ("學測模擬考", d("2026-12-10")), ("期末考", d("2027-01-15"))]
    cal_html = "".join(f'<tr><td>{day.month}/{day.day}</td><td>{t}</td></tr>' for t, day in cal)
    def slist(items: list[tuple[str, dt.date]], cls: str) -> str:
        return "\n".join(
            f'<div class="row-item"><span class="unit">教務處</span><a href="{base}/nss/p/{cls}{k}" title="{t}">{t}</a><span class="date">{roc(day, "iso/")}</span></div>'
            for k, (t, day) in enumerate(items))
    body = (f'<div class="wrap"><div class="module news"><div class="mhead"><h2>最新消息</h2><a href="{base}/nss/s/news" class="more">更多...</a></div>{slist(news, "n")}</div>'
            f'<div class="module honor"><div class="mhead"><h2>榮譽榜</h2><a href="{base}/nss/s/honor" class="more">更多...</a></div>{slist(honors, "h")}</div>'
            f'<div class="module calendar"><div class="mhead"><h2>行事曆</h2></div><table>{cal_html}</table></div></div>')
    home = head(org) + header(org, base) + mega_menu(base, 300) + banner(base, 4) + body + footer(org, base, 2_003_441, upd(TODAY, 2))
    side = side_menu(base, ["最新消息", "榮譽榜", "行事曆", "招生專區"])
    pages = {"/": (home, "utf-8")}
    rows = [[str(k + 1), "教務處", f'<a href="{base}/nss/p/n{k}">{t}</a>', roc(day, "iso/")] for k, (t, day) in enumerate(news)]
    pages["/nss/s/news"] = (table_list_page(org, base, "最新消息", "學校簡介", ["序號", "單位", "標題", "日期"], rows,
                                             pager_html(f"{base}/nss/s/news?x=1", 1, 30, 296), upd(TODAY, 2), 2_003_441, side), "utf-8")
    rows = [[str(k + 1), "學務處", f'<a href="{base}/nss/p/h{k}">{t}</a>', roc(day, "iso/")] for k, (t, day) in enumerate(honors)]
    pages["/nss/s/honor"] = (table_list_page(org, base, "榮譽榜", "學校簡介", ["序號", "單位", "標題", "日期"], rows,
                                              pager_html(f"{base}/nss/s/honor?x=1", 1, 5, 41), upd(TODAY, 2), 2_003_441, side), "utf-8")
    truth = {
        "status": "healthy", "passed": True,
        "must": [], "must_not": ["homepage_stale", "column_empty", "abandoned"],
        "last_updated": ago(1),
        "home_status": "healthy", "home_last_updated": ago(1),
        "columns": {
            "最新消息": {"type": "news", "newest": ago(1), "empty": False},
            "榮譽榜": {"type": ("news", "other"), "newest": ago(10), "empty": False},
        },
    }
    return Site("school", host, org, pages, truth)


# ---------------------------------------------------------------------------
# 9. 海洋保育委員會 (commission): news in 115年11月20日 form; 法規命令 list dated
#    115-xx; 施政計畫 updated yearly (newest 115/01/15, within 365 days).  Healthy.
# ---------------------------------------------------------------------------

def _site_commission() -> Site:
    host = "www.occ.blind.test"
    base = f"http://{host}"
    org = "海洋保育委員會"
    news = dated(["海保會啟動115年度珊瑚礁體檢　招募民間潛水志工", "本會公布115年海洋廢棄物監測成果", "鯨豚擱淺救援網絡年度研習會", "海洋保育巡查員培訓結業"],
                 [ago(5), ago(7), ago(16), ago(22)])
    laws = dated(["修正「海洋野生動物保育法施行細則」", "訂定「海洋保護區劃設及管理辦法」", "廢止「沿岸垃圾清理補助要點」"],
                 [ago(33), ago(95), ago(170)])
    plans = dated(["海洋保育委員會115年度施政計畫", "海洋保育委員會114年度施政計畫", "海洋保育委員會中程施政計畫（114至117年度）"],
                  [d("2026-01-15"), d("2025-01-17"), d("2024-12-20")])
    body = (banner(base, 3) + '<main class="main"><div class="container"><div class="row">'
            + '<div class="col-md-6">' + list_block("最新消息", f"{base}/News.aspx?n=801", news, "年", base) + "</div>"
            + '<div class="col-md-6">' + list_block("法規命令", f"{base}/Law.aspx?n=802", laws, "-", base, "law") + "</div>"
            + '<div class="col-md-6">' + list_block("施政計畫", f"{base}/Plan.aspx?n=803", plans, "/", base, "plan") + "</div>"
            + "</div>" + quick_links(base) + related_sites(base) + "</div></main>")
    home = head(org) + header(org, base) + mega_menu(base) + body + footer(org, base, 1_771_020, upd(TODAY, 1))
    side = side_menu(base, ["最新消息", "法規命令", "施政計畫", "預算書"])
    pages = {"/": (home, "utf-8")}
    for path, title, items, form, cols in [
        ("/News.aspx?n=801", "最新消息", news, "年", ["項次", "標題", "發布日期"]),
        ("/Law.aspx?n=802", "法規命令", laws, "-", ["項次", "法規名稱", "發布日期"]),
        ("/Plan.aspx?n=803", "施政計畫", plans, "/", ["項次", "標題", "更新日期"]),
    ]:
        rows = [[str(k + 1), f'<a href="{base}{path}&amp;s={k}">{t}</a>', roc(day, form)] for k, (t, day) in enumerate(items)]
        pages[path] = (table_list_page(org, base, title, "資訊公開", cols, rows, pager_html(f"{base}{path}", 1, 3, 25), upd(TODAY, 1), 1_771_020, side), "utf-8")
    truth = {
        "status": "healthy", "passed": True,
        "must": [], "must_not": ["homepage_stale", "column_stale", "column_empty", "abandoned"],
        "last_updated": ago(5),
        "home_status": "healthy", "home_last_updated": ago(5),
        "columns": {
            "最新消息": {"type": "news", "newest": ago(5), "empty": False},
            "法規命令": {"type": "policy", "newest": ago(33), "empty": False},
            "施政計畫": {"type": "planning", "newest": d("2026-01-15"), "empty": False},
        },
    }
    return Site("commission", host, org, pages, truth)


for _f in (_site_ministry, _site_county, _site_agency_jobs, _site_township_stale, _site_district_newyear,
           _site_township_zombie, _site_agency_empty, _site_school, _site_commission):
    SITES.append(_f())


def encoded(site: Site) -> dict[str, tuple[bytes, str]]:
    """path -> (body bytes, content type)."""
    out = {}
    for path, (html, enc) in site.pages.items():
        ctype = f"text/html; charset={enc}" if site.charset_header else "text/html"
        out[path] = (html.encode(enc), ctype)
    return out
