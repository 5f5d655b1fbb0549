"""Blind pages: Hong Kong and Macau government sites (traditional Chinese, with
English and Portuguese twins), as built in 2024-2026.

Written from knowledge of the real sites (GovHK department template, 區議會
sites, LegCo lists, Macau DSAJ / DSEC / portal pages) before any scan, with the
truth for each site as data. The clock is NOW (Thursday 26 November 2026).

Each site: host, name, pages {path: html}, `default` (served for any other path
on the host: an inner content page with no list, so chrome links are not
broken), and `truth`:
    status, passed, must (finding codes that must appear), must_not,
    last_updated (the homepage's newest item date, None when undated),
    columns: [{name, type, newest, empty}] (what a full scan should find),
    pages: {path: newest date of the page's own list (inspect as_column_page)}.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

NOW = dt.date(2026, 11, 26)
NOW_DT = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))

D = dt.date
WEEK_ZH = "一二三四五六日"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
MONTHS_PT = ["Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho",
             "Agosto", "Setembro", "Outubro", "Novembro", "Dezembro"]
ZH_DIGITS = "〇一二三四五六七八九"


def ago(days: int) -> dt.date:
    return NOW - dt.timedelta(days=days)


def zh_full(d: dt.date) -> str:  # 2026年11月20日（星期五）
    return f"{d.year}年{d.month}月{d.day}日（星期{WEEK_ZH[d.weekday()]}）"


def zh(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dots(d: dt.date) -> str:  # 20.11.2026
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def en(d: dt.date) -> str:  # 20 November 2026
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def slash(d: dt.date) -> str:  # 20/11/2026
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def iso(d: dt.date) -> str:
    return d.isoformat()


def pt(d: dt.date, lower: bool = False) -> str:  # 20 de Novembro de 2026
    m = MONTHS_PT[d.month - 1]
    return f"{d.day} de {m.lower() if lower else m} de {d.year}"


def zh_numeral(d: dt.date) -> str:  # 二〇二六年十一月二十日
    def num(n: int) -> str:
        if n < 10:
            return ZH_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else ZH_DIGITS[tens]) + "十" + (ZH_DIGITS[ones] if ones else "")
    year = "".join(ZH_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{num(d.month)}月{num(d.day)}日"


# ---------------------------------------------------------------------------
# GovHK department template chrome
# ---------------------------------------------------------------------------

GOVHK_SCRIPTS = """
<script src="/js/jquery-3.7.1.min.js"></script>
<script src="/js/common.js"></script>
<script>
  var lang = 'tc';
  function setFontSize(s){ document.cookie='fontsize='+s+';path=/'; var b=document.body;
    b.classList.remove('font-s','font-m','font-l'); b.classList.add('font-'+s); }
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-HK00000000');
  $(function(){ $('.megamenu > li').hover(function(){ $(this).addClass('open'); }, function(){ $(this).removeClass('open'); });
    $('#btnMobileMenu').on('click', function(){ $('#mainNav').toggleClass('show'); }); });
</script>
"""

GOVHK_CSS = """
<style>
body{font-family:"Microsoft JhengHei",PMingLiU,Arial,sans-serif;margin:0;color:#333}
#header{background:#fff;border-bottom:3px solid #b5121b}
.megamenu{list-style:none;margin:0;padding:0;display:flex}
.megamenu>li{position:relative;padding:12px 18px}
.megamenu .sub{display:none;position:absolute;top:44px;left:0;width:720px;background:#f7f7f7}
.megamenu li.open .sub{display:flex}
.sub ul{list-style:none;width:33%;padding:10px}
.newsList li{padding:6px 0;border-bottom:1px dotted #ccc}
.newsList .date{color:#777;margin-right:12px;white-space:nowrap}
#footer{background:#333;color:#ddd;font-size:13px;padding:18px}
#footer a{color:#ddd}
.font-s{font-size:13px}.font-m{font-size:15px}.font-l{font-size:18px}
</style>
"""

# A department's mega menu: many sections, each with many links.
def govhk_megamenu(prefix: str, sections: list[tuple[str, list[str]]]) -> str:
    out = ['<nav id="mainNav" aria-label="主選單"><ul class="megamenu">']
    for i, (head, items) in enumerate(sections):
        out.append(f'<li><a href="/{prefix}/{i}/index.html">{head}</a><div class="sub">')
        chunk = (len(items) + 2) // 3
        for c in range(0, len(items), max(chunk, 1)):
            out.append("<ul>")
            for j, it in enumerate(items[c:c + chunk]):
                out.append(f'<li><a href="/{prefix}/{i}/{c + j}.html">{it}</a></li>')
            out.append("</ul>")
        out.append("</div></li>")
    out.append("</ul></nav>")
    return "\n".join(out)


def govhk_header(dept: str, dept_en: str, lang: str = "tc") -> str:
    if lang == "en":
        return f"""
<div id="skipToContent"><a href="#content">Skip to main content</a></div>
<div id="header">
 <div class="topbar">
  <a href="http://www.govhk.hkgov.test/">GovHK</a> |
  <a href="/tc/index.html" lang="zh-HK">繁體版</a> | <a href="/sc/index.html" lang="zh-CN">简体版</a> |
  <span class="fontsize">Text Size <a href="javascript:setFontSize('s')">A</a>
   <a href="javascript:setFontSize('m')">A</a> <a href="javascript:setFontSize('l')">A</a></span> |
  <a href="/en/sitemap.html">Sitemap</a> | <a href="/en/contact.html">Contact Us</a>
  <form action="/en/search.html" method="get" class="search"><label for="q">Search</label>
   <input id="q" name="query" type="text"><button type="submit">Go</button></form>
 </div>
 <div id="logo"><a href="/en/index.html"><img src="/images/logo_en.png" alt="{dept_en}"></a></div>
</div>"""
    return f"""
<div id="skipToContent"><a href="#content">跳至主要內容</a></div>
<div id="header">
 <div class="topbar">
  <a href="http://www.govhk.hkgov.test/">香港政府一站通</a> |
  <a href="/en/index.html" lang="en">English</a> | <a href="/sc/index.html" lang="zh-CN">简体版</a> |
  <span class="fontsize">文字大小 <a href="javascript:setFontSize('s')" title="小">A</a>
   <a href="javascript:setFontSize('m')" title="中">A</a> <a href="javascript:setFontSize('l')" title="大">A</a></span> |
  <a href="/tc/sitemap.html">網頁指南</a> | <a href="/tc/contact.html">聯絡我們</a>
  <form action="/tc/search.html" method="get" class="search"><label for="q">搜尋</label>
   <input id="q" name="query" type="text" placeholder="搜尋"><button type="submit">搜尋</button></form>
 </div>
 <div id="logo"><a href="/tc/index.html"><img src="/images/logo_tc.png" alt="{dept}"></a>
  <span class="deptname">{dept}<br><small>{dept_en}</small></span></div>
</div>"""


def govhk_footer(updated: dt.date, lang: str = "tc", year: int = 2026) -> str:
    if lang == "en":
        return f"""
<div id="brandhk"><a href="http://www.govhk.hkgov.test/"><img src="/images/brandhk_en.png" alt="Brand Hong Kong - Asia's world city"></a></div>
<div id="footer">
 <ul class="footerLinks">
  <li><a href="/en/notices.html">Important Notices</a></li>
  <li><a href="/en/privacy.html">Privacy Policy</a></li>
  <li><a href="/en/accessibility.html">Accessibility</a></li>
  <li><a href="/en/sitemap.html">Sitemap</a></li>
 </ul>
 <p class="copyright">{year} &copy; | <a href="/en/notices.html">Important notices</a></p>
 <p class="lastRevision">Last revision date: {en(updated)}</p>
 <p><img src="/images/wcag2AA.png" alt="Web Accessibility Recognition Scheme"></p>
</div>"""
    return f"""
<div id="brandhk"><a href="http://www.govhk.hkgov.test/"><img src="/images/brandhk_tc.png" alt="香港品牌 亞洲國際都會"></a></div>
<div id="footer">
 <ul class="footerLinks">
  <li><a href="/tc/notices.html">重要告示</a></li>
  <li><a href="/tc/privacy.html">私隱政策</a></li>
  <li><a href="/tc/accessibility.html">無障礙瀏覽</a></li>
  <li><a href="/tc/sitemap.html">網頁指南</a></li>
 </ul>
 <p class="copyright">{year} &copy; | <a href="/tc/notices.html">重要告示</a></p>
 <p class="lastRevision">更新日期：{zh(updated)}</p>
 <p><img src="/images/wcag2AA.png" alt="無障礙網頁嘉許計劃"></p>
</div>"""


DEPT_SECTIONS = [
    ("關於我們", ["部門簡介", "抱負、使命及價值觀", "組織圖", "首長", "部門架構", "服務承諾",
              "年報", "部門歷史", "環保報告", "可持續發展", "職員培訓", "獎項及嘉許"]),
    ("服務", ["牌照及註冊", "申請表格", "收費表", "網上服務", "電子表格", "查詢熱線",
            "服務表現", "客戶服務中心", "辦公時間", "流動應用程式", "常見問題", "投訴處理"]),
    ("規例及指引", ["法例", "實務守則", "技術指引", "作業備考", "通告", "規例草擬",
               "諮詢文件", "標準", "認可人士", "檢查清單", "安全指引", "表格下載"]),
    ("公眾參與", ["公眾諮詢", "社區活動", "教育資源", "展覽", "講座", "學校外展",
              "義工服務", "比賽", "宣傳短片", "社交媒體", "電子通訊", "意見調查"]),
    ("新聞中心", ["新聞公報", "最新消息", "演辭", "新聞圖片", "影片", "傳媒查詢",
              "專題", "網誌", "常見問題", "資料便覽"]),
    ("資源", ["刊物", "統計數字", "研究報告", "資料庫", "地圖", "開放數據",
            "圖書館", "下載", "相關網站", "採購", "招標", "合約"]),
    ("招聘", ["公務員職位空缺", "非公務員合約職位", "學徒計劃", "實習計劃", "見習工程師",
            "招聘資訊", "面試安排", "招聘結果"]),
]


def hk_list(items: list[tuple[dt.date, str, str]], fmt: Any, cls: str = "newsList") -> str:
    rows = [f'<ul class="{cls}">']
    for d, title, href in items:
        rows.append(f'<li><span class="date">{fmt(d)}</span><a href="{href}">{title}</a></li>')
    rows.append("</ul>")
    return "\n".join(rows)


def filler_zh(topic: str, n: int) -> str:
    """Long prose blocks real homepages carry (an intro, service blurbs)."""
    paras = []
    for i in range(n):
        paras.append(
            f"<p>{topic}致力為市民提供優質、高效及以客為本的公共服務。本署透過不同渠道，"
            f"包括網上服務、客戶服務中心及熱線，回應市民的需要，並定期檢討服務表現，"
            f"以確保各項服務符合服務承諾的標準。第{i + 1}項服務範疇涵蓋牌照、規管、"
            "公眾教育及社區推廣等工作，詳情請瀏覽有關網頁或致電查詢熱線。</p>")
    return "\n".join(paras)


def filler_en(topic: str, n: int) -> str:
    return "\n".join(
        f"<p>{topic} is committed to providing quality, efficient and customer-oriented "
        "public services. We respond to the needs of the public through a range of "
        "channels, including e-services, customer service centres and hotlines, and "
        f"review our performance regularly against our performance pledges (area {i + 1}).</p>"
        for i in range(n))


def sitemap_footer(prefix: str, sections: list[tuple[str, list[str]]]) -> str:
    """The expanded 網頁指南 block many department footers carry."""
    out = ['<div id="footerSitemap">']
    for i, (head, items) in enumerate(sections):
        out.append(f'<dl><dt><a href="/{prefix}/{i}/index.html">{head}</a></dt>')
        out.extend(f'<dd><a href="/{prefix}/{i}/{j}.html">{it}</a></dd>' for j, it in enumerate(items))
        out.append("</dl>")
    out.append("</div>")
    return "\n".join(out)


SEARCH_SUGGEST = "<script>var searchSuggest = [" + ",".join(
    f'{{"k":"{k}{i}","u":"/tc/search.html?query={k}{i}"}}'
    for i in range(60) for k in ("牌照", "表格", "服務", "招聘", "刊物")) + "];</script>"


def govhk_page(title: str, dept: str, dept_en: str, body: str, updated: dt.date,
               lang: str = "tc", menu_prefix: str = "tc/menu") -> str:
    html_lang = "en" if lang == "en" else "zh-HK"
    return f"""<!DOCTYPE html>
<html lang="{html_lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="keywords" content="{dept}, {dept_en}">
<link rel="stylesheet" href="/css/common.css">
<link rel="stylesheet" href="/css/print.css" media="print">
{GOVHK_CSS}
</head>
<body class="font-m">
{govhk_header(dept, dept_en, lang)}
{govhk_megamenu(menu_prefix, DEPT_SECTIONS)}
<div id="content" role="main">
{body}
</div>
{sitemap_footer(menu_prefix, DEPT_SECTIONS)}
{govhk_footer(updated, lang)}
{GOVHK_SCRIPTS}
{SEARCH_SUGGEST}
</body>
</html>
"""


def more(href: str, text: str = "更多") -> str:
    return f'<p class="more"><a href="{href}">{text}</a></p>'


# ---------------------------------------------------------------------------
# Site 1: a healthy HKSAR department (機電工程署-like)
# ---------------------------------------------------------------------------

EMSD = "www.emsd.hkgov.test"
EMSD_DEPT, EMSD_EN = "機電工程署", "Electrical and Mechanical Services Department"

EMSD_PRESS = [
    (ago(1), "機電署提醒市民注意冬季使用電暖爐安全", "/tc/press/20261125a.html"),
    (ago(2), "機電署檢控違規電梯承辦商", "/tc/press/20261124a.html"),
    (ago(6), "機電署推出新一代電力安全宣傳短片", "/tc/press/20261120a.html"),
    (ago(9), "機電署署長出席國際能源效益研討會", "/tc/press/20261117a.html"),
    (ago(13), "機電署公布第三季氣體安全巡查結果", "/tc/press/20261113a.html"),
    (ago(16), "機電署就大埔火警中電力裝置作出調查", "/tc/press/20261110a.html"),
    (ago(22), "機電署呼籲業主為舊樓電力裝置定期檢查", "/tc/press/20261104a.html"),
    (ago(30), "機電署與職業訓練局合辦機電業博覽", "/tc/press/20261027a.html"),
]
EMSD_NEWS = [
    (ago(3), "「智慧機電」創新科技開放日接受報名", "/tc/news/n20261123.html"),
    (ago(8), "新修訂《電梯及自動梯條例》實務守則生效", "/tc/news/n20261118.html"),
    (ago(20), "升降機安全週活動圓滿結束", "/tc/news/n20261106.html"),
    (ago(35), "網上服務系統維護時間表", "/tc/news/n20261022.html"),
    (ago(41), "能源效益標籤計劃第五階段", "/tc/news/n20261016.html"),
]
EMSD_NOTICES = [
    (ago(4), "註冊電業工程人員續期安排", "/tc/notice/a20261122.html"),
    (ago(25), "氣體裝置技工註冊考試日期公布", "/tc/notice/a20261101.html"),
    (ago(60), "電梯工程人員資格認可指引修訂", "/tc/notice/a20260927.html"),
]

def _emsd_home() -> str:
    body = f"""
<div class="banner" id="heroSlider">
 <div class="slide"><a href="/tc/news/n20261123.html"><img src="/images/banner/opendays.jpg" alt="智慧機電開放日"></a></div>
 <div class="slide"><a href="/tc/menu/3/0.html"><img src="/images/banner/safety.jpg" alt="電力安全"></a></div>
 <div class="slide"><a href="/tc/menu/1/3.html"><img src="/images/banner/eservice.jpg" alt="電子服務"></a></div>
</div>
<div class="row">
 <section class="col-md-6" id="pressRelease">
  <h2>新聞公報</h2>
  <ul class="newsList">
  {''.join(f'<li><a href="{h}">{t}</a><span class="date">{zh_full(d)}</span></li>' for d, t, h in EMSD_PRESS[:6])}
  </ul>
  {more('/tc/press/index.html')}
 </section>
 <section class="col-md-6" id="whatsNew">
  <h2>最新消息</h2>
  {hk_list(EMSD_NEWS, dots)}
  {more('/tc/news/index.html')}
 </section>
</div>
<section id="notices">
 <h2>公告</h2>
 {hk_list(EMSD_NOTICES, dots)}
 {more('/tc/notice/index.html')}
</section>
<section id="quickLinks"><h2>常用服務</h2><ul>
 {''.join(f'<li><a href="/tc/menu/1/{i}.html">{n}</a></li>' for i, n in enumerate(DEPT_SECTIONS[1][1]))}
</ul></section>
<section id="about"><h2>部門簡介</h2>{filler_zh(EMSD_DEPT, 14)}</section>
<section id="social"><h2>社交媒體</h2>
 <a href="/tc/menu/3/9.html">Facebook</a> <a href="/tc/menu/3/9.html">YouTube</a> <a href="/tc/menu/3/9.html">Instagram</a>
</section>
"""
    return govhk_page(f"{EMSD_DEPT} - 主頁", EMSD_DEPT, EMSD_EN, body, NOW)


def _emsd_press_page() -> str:
    rows = "\n".join(
        f'<tr><td class="date">{zh_full(d)}</td><td><a href="{h}">{t}</a></td></tr>'
        for d, t, h in EMSD_PRESS)
    body = f"""<div class="breadcrumb"><a href="/tc/index.html">主頁</a> &gt; <a href="/tc/menu/4/index.html">新聞中心</a> &gt; 新聞公報</div>
<h1>新聞公報</h1>
<form class="filter"><label>年份 <select name="year"><option>2026</option><option>2025</option><option>2024</option></select></label>
<label>月份 <select name="month">{''.join(f'<option>{m}</option>' for m in range(1, 13))}</select></label><button>顯示</button></form>
<table class="pressTable"><thead><tr><th>日期</th><th>標題</th></tr></thead><tbody>
{rows}
</tbody></table>
<div class="pager"><span>1</span> <a href="/tc/press/index_2.html">2</a> <a href="/tc/press/index_3.html">3</a> <a href="/tc/press/index_2.html">下一頁</a></div>
"""
    return govhk_page(f"新聞公報 - {EMSD_DEPT}", EMSD_DEPT, EMSD_EN, body, NOW)


def _emsd_news_page() -> str:
    body = f"""<div class="breadcrumb"><a href="/tc/index.html">主頁</a> &gt; 最新消息</div>
<h1>最新消息</h1>
{hk_list(EMSD_NEWS, dots)}
"""
    return govhk_page(f"最新消息 - {EMSD_DEPT}", EMSD_DEPT, EMSD_EN, body, NOW)


def _hk_default(dept: str, dept_en: str, updated: dt.date) -> str:
    body = f"<h1>{dept}</h1>{filler_zh(dept, 4)}"
    return govhk_page(dept, dept, dept_en, body, updated)


# ---------------------------------------------------------------------------
# Site 2: a department whose news stopped 5 months ago; the server writes
# today's date in the footer (更新日期 / Last revision date) and a 今日更新 box
# ---------------------------------------------------------------------------

LANDS = "www.landsd.hkgov.test"
LANDS_DEPT, LANDS_EN = "地政總署測繪處", "Survey and Mapping Office, Lands Department"
LANDS_PRESS = [
    (D(2026, 6, 19), "測繪處推出新版「地理資訊地圖」流動應用程式", "/tc/press/20260619.html"),
    (D(2026, 6, 8), "測繪處參與國際地理信息研討會", "/tc/press/20260608.html"),
    (D(2026, 5, 22), "測繪處公布三維數碼地圖新增覆蓋範圍", "/tc/press/20260522.html"),
    (D(2026, 5, 6), "新界西北航空照片更新", "/tc/press/20260506.html"),
    (D(2026, 4, 17), "測繪處舉辦地圖設計比賽頒獎禮", "/tc/press/20260417.html"),
    (D(2026, 3, 30), "香港大地測量控制網重新測量完成", "/tc/press/20260330.html"),
]
LANDS_NOTICES = [
    (D(2026, 6, 12), "地圖銷售處暫停服務通告", "/tc/notice/20260612.html"),
    (D(2026, 4, 2), "數碼地圖產品價格調整", "/tc/notice/20260402.html"),
    (D(2026, 1, 15), "地圖版權特許使用申請程序更新", "/tc/notice/20260115.html"),
]
LANDS_PRESS_EN = [
    (D(2026, 6, 19), "SMO launches new 'MyMapHK' mobile app", "/en/press/20260619.html"),
    (D(2026, 6, 8), "SMO at the International Geospatial Forum", "/en/press/20260608.html"),
    (D(2026, 5, 22), "3D digital map coverage extended", "/en/press/20260522.html"),
    (D(2026, 5, 6), "Aerial photographs of North West New Territories updated", "/en/press/20260506.html"),
]


def _lands_home() -> str:
    body = f"""
<div class="todayUpdate"><h3>今日更新</h3><p>{zh_full(NOW)}</p></div>
<div class="banner"><a href="/tc/menu/5/4.html"><img src="/images/banner/map.jpg" alt="地圖服務"></a></div>
<section id="press"><h2>新聞公報</h2>
 <ul class="newsList">
 {''.join(f'<li><span class="date">{zh_full(d)}</span><a href="{h}">{t}</a></li>' for d, t, h in LANDS_PRESS[:5])}
 </ul>{more('/tc/press/index.html')}
</section>
<section id="notices"><h2>公告</h2>{hk_list(LANDS_NOTICES, dots)}{more('/tc/notice/index.html')}</section>
<section id="products"><h2>地圖產品</h2><ul>
 {''.join(f'<li><a href="/tc/menu/5/{i}.html">{n}</a></li>' for i, n in enumerate(DEPT_SECTIONS[5][1]))}
</ul></section>
<section id="intro"><h2>關於測繪處</h2>{filler_zh(LANDS_DEPT, 16)}</section>
"""
    return govhk_page(f"{LANDS_DEPT} - 主頁", LANDS_DEPT, LANDS_EN, body, NOW)


def _lands_press_page() -> str:
    body = f"""<div class="breadcrumb"><a href="/tc/index.html">主頁</a> &gt; 新聞公報</div><h1>新聞公報</h1>
<ul class="newsList">
{''.join(f'<li><a href="{h}">{t}</a> <span class="date">({zh_full(d)})</span></li>' for d, t, h in LANDS_PRESS)}
</ul>"""
    return govhk_page(f"新聞公報 - {LANDS_DEPT}", LANDS_DEPT, LANDS_EN, body, NOW)


def _lands_home_en() -> str:
    body = f"""
<section id="press"><h2>Press Releases</h2>{hk_list(LANDS_PRESS_EN, en)}{more('/en/press/index.html', 'More')}</section>
<section id="intro"><h2>About SMO</h2>{filler_en(LANDS_EN, 12)}</section>
"""
    return govhk_page(f"{LANDS_EN} - Home", LANDS_DEPT, LANDS_EN, body, NOW, lang="en",
                      menu_prefix="en/menu")


# ---------------------------------------------------------------------------
# Site 3: 政府新聞網-style press releases, grouped under day headings written
# in Chinese numerals, with only a time per item
# ---------------------------------------------------------------------------

INFO = "www.info.hkgov.test"
INFO_DEPT, INFO_EN = "政府新聞處", "Information Services Department"

INFO_DAYS = [
    (ago(1), [("22:15", "行政長官會見訪港商界代表團"), ("20:30", "財政司司長出席金融論壇致辭"),
              ("18:45", "食物安全中心公布食物監測結果"), ("16:00", "天文台發出寒冷天氣警告")]),
    (ago(2), [("21:10", "政務司司長率團訪問大灣區城市"), ("17:30", "運輸署公布道路工程安排"),
              ("15:20", "衞生署提醒市民接種季節性流感疫苗")]),
    (ago(3), [("19:00", "立法會十題：公共圖書館服務"), ("16:40", "教育局公布學校概覽"),
              ("11:05", "消防處推廣家居防火安全")]),
]


def _info_list_html() -> str:
    out = []
    for d, items in INFO_DAYS:
        out.append(f'<h3 class="dayHead">{zh_numeral(d)}（星期{WEEK_ZH[d.weekday()]}）</h3><ul class="prList">')
        for i, (tm, t) in enumerate(items):
            out.append(f'<li><a href="/gia/general/{d:%Y%m}/{d:%d}/P{d:%Y%m%d}00{i:02d}.htm">{t}</a>'
                       f' <span class="time">{tm}</span></li>')
        out.append("</ul>")
    return "\n".join(out)


def _info_home() -> str:
    body = f"""
<div class="banner"><a href="/tc/menu/3/6.html"><img src="/images/banner/policy.jpg" alt="施政報告"></a></div>
<section id="pressReleases"><h2>新聞公報</h2>
{_info_list_html()}
{more('/gia/general/today.htm', '所有新聞公報')}
</section>
<section id="photos"><h2>新聞圖片</h2><ul class="thumbs">
 {''.join(f'<li><a href="/tc/photo/{i}.html"><img src="/images/photo/{i}.jpg" alt="新聞圖片{i}"></a></li>' for i in range(12))}
</ul></section>
<section id="about"><h2>關於我們</h2>{filler_zh(INFO_DEPT, 14)}</section>
"""
    return govhk_page(f"{INFO_DEPT} - 新聞公報", INFO_DEPT, INFO_EN, body, NOW)


def _info_today_page() -> str:
    body = f"""<h1>新聞公報</h1>
<div class="dateNav"><a href="/gia/general/today.htm">今日</a> | <a href="/gia/general/archive.htm">新聞公報檔案</a></div>
{_info_list_html()}
"""
    return govhk_page(f"新聞公報 - {INFO_DEPT}", INFO_DEPT, INFO_EN, body, NOW)


# ---------------------------------------------------------------------------
# Site 4: a District Council: 會議文件 table with the next 會議日期 ahead,
# and an events list (活動預告) all ahead
# ---------------------------------------------------------------------------

DC = "www.wanchai-dc.hkgov.test"
DC_NAME, DC_EN = "灣仔區議會", "Wan Chai District Council"
DC_MEETINGS = [
    # (meeting date, name, uploaded)
    (D(2026, 12, 10), "灣仔區議會第十二次會議", D(2026, 11, 24)),
    (D(2026, 11, 12), "灣仔區議會第十一次會議", D(2026, 10, 29)),
    (D(2026, 9, 17), "灣仔區議會第十次會議", D(2026, 9, 3)),
    (D(2026, 7, 16), "灣仔區議會第九次會議", D(2026, 7, 2)),
    (D(2026, 5, 14), "灣仔區議會第八次會議", D(2026, 4, 30)),
]
DC_EVENTS = [
    (D(2026, 12, 5), "灣仔區冬日嘉年華", "/tc/events/e1205.html"),
    (D(2026, 12, 19), "聖誕長者探訪活動", "/tc/events/e1219.html"),
    (D(2027, 1, 9), "灣仔區新春揮春派發", "/tc/events/e0109.html"),
    (D(2027, 2, 14), "灣仔區花燈會", "/tc/events/e0214.html"),
]
DC_NEWS = [
    (ago(2), "區議會主席出席社區重點項目簽約儀式", "/tc/news/20261124.html"),
    (ago(7), "區議員巡視修頓球場翻新工程", "/tc/news/20261119.html"),
    (ago(15), "地區設施管理委員會會議摘要", "/tc/news/20261111.html"),
    (ago(28), "灣仔區滅蚊運動第二期", "/tc/news/20261029.html"),
]


def _dc_meeting_table(rows: list[tuple[dt.date, str, dt.date]]) -> str:
    out = ['<table class="meetingTable"><thead><tr><th>會議</th><th>會議日期</th>'
           '<th>議程及文件</th><th>上載日期</th></tr></thead><tbody>']
    for md, name, up in rows:
        out.append(f'<tr><td>{name}</td><td>{zh(md)}</td>'
                   f'<td><a href="/tc/papers/{md:%Y%m%d}/agenda.pdf">議程</a> '
                   f'<a href="/tc/papers/{md:%Y%m%d}/papers.html">文件</a></td>'
                   f'<td>{slash(up)}</td></tr>')
    out.append("</tbody></table>")
    return "\n".join(out)


DC_SECTIONS = [
    ("關於區議會", ["簡介", "主席及副主席", "議員名單", "區議員辦事處", "會議常規", "職權範圍"]),
    ("會議", ["區議會會議", "委員會會議", "工作小組", "會議時間表", "會議紀錄", "錄音"]),
    ("社區", ["地區設施", "地區小型工程", "社區參與計劃", "社區活動", "地區健康", "滅蟲運動"]),
    ("資料", ["地區資料", "人口", "地圖", "刊物", "相關網站", "聯絡我們"]),
]


def _dc_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>{title}</title>
{GOVHK_CSS}</head><body>
{govhk_header(DC_NAME, DC_EN)}
{govhk_megamenu('tc/dc', DC_SECTIONS + DEPT_SECTIONS[3:5])}
<div id="content">{body}</div>
{sitemap_footer('tc/dc', DC_SECTIONS + DEPT_SECTIONS)}
{govhk_footer(NOW)}
{SEARCH_SUGGEST}
{GOVHK_SCRIPTS}
</body></html>"""


def _dc_home() -> str:
    body = f"""
<section id="news"><h2>最新消息</h2>{hk_list(DC_NEWS, zh)}{more('/tc/news/index.html')}</section>
<section id="papers"><h2>會議文件</h2>{_dc_meeting_table(DC_MEETINGS[:3])}{more('/tc/papers/index.html')}</section>
<section id="events"><h2>活動預告</h2>{hk_list(DC_EVENTS[:3], zh)}{more('/tc/events/index.html')}</section>
<section id="members"><h2>區議員</h2><ul>
 {''.join(f'<li><a href="/tc/members/m{i}.html">議員{i}</a></li>' for i in range(1, 21))}
</ul></section>
<section id="intro"><h2>區議會簡介</h2>{filler_zh(DC_NAME, 14)}</section>
"""
    return _dc_page(f"{DC_NAME}", body)


def _dc_papers_page() -> str:
    return _dc_page(f"會議文件 - {DC_NAME}",
                    f"<h1>區議會會議文件</h1>{_dc_meeting_table(DC_MEETINGS)}")


def _dc_events_page() -> str:
    return _dc_page(f"活動預告 - {DC_NAME}", f"<h1>活動預告</h1>{hk_list(DC_EVENTS, zh)}")


# ---------------------------------------------------------------------------
# Site 5: LegCo-style lists (dd.mm.yyyy), with an English twin list
# ---------------------------------------------------------------------------

LEGCO = "www.legco.hkgov.test"
LEGCO_NAME, LEGCO_EN = "立法會", "Legislative Council"
LEGCO_PR = [
    (ago(0), "立法會主席會見外國駐港領事", "/tc/press/2026/p2026112600001.htm"),
    (ago(1), "立法會財務委員會會議", "/tc/press/2026/p2026112500002.htm"),
    (ago(2), "立法會議員視察北部都會區發展", "/tc/press/2026/p2026112400001.htm"),
    (ago(5), "立法會教育事務委員會會議", "/tc/press/2026/p2026112100003.htm"),
    (ago(8), "立法會參觀活動開放報名", "/tc/press/2026/p2026111800001.htm"),
    (ago(12), "立法會秘書處招聘助理法律顧問", "/tc/press/2026/p2026111400002.htm"),
]
LEGCO_PR_EN = [
    (ago(0), "LegCo President meets consuls", "/en/press/2026/p2026112600001.htm"),
    (ago(1), "Finance Committee meeting", "/en/press/2026/p2026112500002.htm"),
    (ago(2), "Members visit Northern Metropolis", "/en/press/2026/p2026112400001.htm"),
    (ago(5), "Panel on Education meeting", "/en/press/2026/p2026112100003.htm"),
]
LEGCO_PAPERS = [
    (ago(2), "CB(1)1234/2026 財務委員會議程", "/tc/papers/cb1-1234-2026.pdf"),
    (ago(6), "CB(2)987/2026 教育事務委員會文件", "/tc/papers/cb2-987-2026.pdf"),
    (ago(9), "CB(4)456/2026 內務委員會報告", "/tc/papers/cb4-456-2026.pdf"),
]


def _legco_table(items: list[tuple[dt.date, str, str]], fmt: Any, head: tuple[str, str]) -> str:
    rows = "".join(f'<tr><td>{fmt(d)}</td><td><a href="{h}">{t}</a></td></tr>' for d, t, h in items)
    return f'<table class="bordered"><tr><th>{head[0]}</th><th>{head[1]}</th></tr>{rows}</table>'


def _legco_page(title: str, body: str, lang: str = "tc") -> str:
    nav = "".join(f'<li><a href="/{lang}/nav/{i}.htm">{n}</a></li>' for i, n in enumerate(
        ["立法會主席", "議員", "立法會會議", "委員會", "議程", "會議過程", "法案", "參觀立法會",
         "出版物", "圖書館", "檔案館", "申訴制度", "秘書處", "招聘", "網上直播"] * 12))
    return f"""<!DOCTYPE html><html lang="{'en' if lang == 'en' else 'zh-HK'}"><head><meta charset="utf-8">
<title>{title}</title><link rel="stylesheet" href="/css/legco.css"></head><body>
<header><a href="/{lang}/index.html"><img src="/images/legco_logo.png" alt="{LEGCO_NAME} {LEGCO_EN}"></a>
<div class="lang"><a href="/en/index.html">English</a> | <a href="/tc/index.html">繁</a> | <a href="/sc/index.html">简</a></div>
<div class="textsize">文字大小 <a href="#" onclick="resize(1)">A+</a> <a href="#" onclick="resize(-1)">A-</a></div></header>
<nav><ul class="mainmenu">{nav}</ul></nav>
<main>{body}</main>
<footer><a href="/{lang}/disclaimer.htm">重要告示</a> | <a href="/{lang}/privacy.htm">私隱政策</a> |
 <a href="/{lang}/access.htm">無障礙瀏覽</a><br>版權所有 &copy; 2026 立法會行政管理委員會<br>
 最後修訂日期：{dots(NOW)}</footer>
<script src="/js/legco.js"></script></body></html>"""


LEGCO_COMMITTEES = "".join(f'<li><a href="/tc/committee/c{i}.htm">事務委員會{i}</a></li>' for i in range(60))


def _legco_home() -> str:
    body = f"""
<section><h2>新聞稿</h2>{_legco_table(LEGCO_PR[:5], dots, ('日期', '標題'))}{more('/tc/press/index.htm')}</section>
<section><h2>最新文件</h2>{_legco_table(LEGCO_PAPERS, dots, ('發出日期', '文件'))}{more('/tc/papers/index.htm')}</section>
<section><h2>立法會簡介</h2>{filler_zh(LEGCO_NAME, 40)}</section>
<section><h2>委員會</h2><ul>{LEGCO_COMMITTEES}</ul></section>
"""
    return _legco_page(LEGCO_NAME, body)


def _legco_press_page() -> str:
    return _legco_page(f"新聞稿 - {LEGCO_NAME}",
                       f"<h1>新聞稿</h1>{_legco_table(LEGCO_PR, dots, ('日期', '標題'))}")


def _legco_press_en() -> str:
    return _legco_page(f"Press Releases - {LEGCO_EN}",
                       f"<h1>Press Releases</h1>{_legco_table(LEGCO_PR_EN, en, ('Date', 'Title'))}",
                       lang="en")


# ---------------------------------------------------------------------------
# Macau chrome
# ---------------------------------------------------------------------------

MO_CSS = """<style>body{font-family:"Microsoft JhengHei",Arial;margin:0}
.header{background:#00594f;color:#fff}.nav li{display:inline-block;padding:8px}
.news-list li{border-bottom:1px solid #eee;padding:6px}.footer{background:#eee;font-size:12px}</style>"""


def mo_page(title: str, org: str, org_pt: str, body: str, lang: str, footer_extra: str = "",
            menu: list[str] | None = None) -> str:
    menu = menu or ["關於我們", "新聞", "公告", "法規", "服務", "表格下載", "統計", "招聘", "聯絡我們"]
    menu_html = "".join(
        f'<li class="dropdown"><a href="/{lang}/menu{i}/">{m}</a><ul class="dropdown-menu">'
        + "".join(f'<li><a href="/{lang}/menu{i}/{j}.html">{m}{j + 1}</a></li>' for j in range(24))
        + "</ul></li>" for i, m in enumerate(menu))
    services = "".join(f'<li><a href="/{lang}/service/{k}/">{"電子服務" if lang != "pt" else "Serviço"} {k}</a></li>'
                       for k in range(120))
    return f"""<!DOCTYPE html>
<html lang="{'pt' if lang == 'pt' else 'zh-MO'}"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>{title}</title>
<link rel="stylesheet" href="/static/css/bootstrap.min.css">{MO_CSS}
</head><body>
<div class="top-bar"><a href="http://www.gov.mo.test/">澳門特別行政區政府入口網站</a>
 <span class="langs"><a href="/zh-hant/">繁體</a> | <a href="/pt/">Português</a> | <a href="/en/">English</a></span>
 <span class="fontsize">字體 <a href="#" data-size="sm">A</a> <a href="#" data-size="md">A</a> <a href="#" data-size="lg">A</a></span>
</div>
<div class="header"><a href="/{lang}/"><img src="/static/img/logo.svg" alt="{org} {org_pt}"></a><h1 class="sr-only">{org}</h1></div>
<nav class="navbar"><ul class="nav">{menu_html}</ul></nav>
<div class="container" id="main">{body}</div>
<div class="service-index"><ul>{services}</ul></div>
<div class="footer"><div class="container">
 <a href="/{lang}/disclaimer/">免責聲明</a> | <a href="/{lang}/privacy/">私隱政策</a> | <a href="/{lang}/sitemap/">網站地圖</a>
 <p>版權所有 &copy; {NOW.year} {org}</p>{footer_extra}
 <p>地址：澳門南灣大馬路 電話：(853) 2800 0000</p></div></div>
<script src="/static/js/jquery.min.js"></script><script src="/static/js/bootstrap.bundle.min.js"></script>
<script>$(function(){{$('[data-size]').click(function(e){{e.preventDefault();$('body').attr('data-fs',$(this).data('size'));}});}});</script>
</body></html>"""


def filler_pt(org: str, n: int) -> str:
    return "\n".join(
        f"<p>A {org} tem como missão prestar serviços públicos de qualidade aos cidadãos, "
        "promovendo a transparência e a eficiência da Administração Pública da Região "
        f"Administrativa Especial de Macau (área {i + 1}).</p>" for i in range(n))


# ---------------------------------------------------------------------------
# Site 6: DSAJ-like (新聞 / 公告 / 法規, 20/11/2026), Portuguese twin
# ---------------------------------------------------------------------------

DSAJ = "www.dsaj.gov.mo.test"
DSAJ_ORG, DSAJ_PT = "法務局", "Direcção dos Serviços de Assuntos de Justiça"
DSAJ_NEWS = [
    (ago(1), "法務局舉辦《民法典》普法講座", "/zh-hant/news/2026/11/25/n1.html"),
    (ago(4), "法務局局長會見內地司法代表團", "/zh-hant/news/2026/11/22/n1.html"),
    (ago(10), "法律推廣活動「法律進社區」圓滿結束", "/zh-hant/news/2026/11/16/n1.html"),
    (ago(19), "法務局與大學簽署法律翻譯合作協議", "/zh-hant/news/2026/11/07/n1.html"),
    (ago(33), "《行政程序法典》修訂諮詢總結", "/zh-hant/news/2026/10/24/n1.html"),
]
DSAJ_NOTICES = [
    (ago(6), "法律翻譯員職程開考公告", "/zh-hant/notice/a20261120.html"),
    (ago(27), "法律及司法培訓中心課程報名", "/zh-hant/notice/a20261030.html"),
    (ago(48), "公證服務收費調整公告", "/zh-hant/notice/a20261009.html"),
]
DSAJ_LAWS = [
    (D(2026, 10, 30), "第15/2026號法律《司法組織綱要法》修改", "/zh-hant/law/l15-2026.html"),
    (D(2026, 9, 18), "第22/2026號行政法規", "/zh-hant/law/r22-2026.html"),
    (D(2026, 8, 3), "第11/2026號法律", "/zh-hant/law/l11-2026.html"),
]
DSAJ_NEWS_PT = [
    (ago(1), "DSAJ organiza palestra sobre o Código Civil", "/pt/noticias/2026/11/25/n1.html"),
    (ago(4), "Director recebe delegação judiciária do Interior da China", "/pt/noticias/2026/11/22/n1.html"),
    (ago(10), "Actividade «Direito na Comunidade» termina com sucesso", "/pt/noticias/2026/11/16/n1.html"),
    (ago(19), "Acordo de cooperação em tradução jurídica", "/pt/noticias/2026/11/07/n1.html"),
]


def _mo_list(items: list[tuple[dt.date, str, str]], fmt: Any) -> str:
    return '<ul class="news-list">' + "".join(
        f'<li><a href="{h}"><span class="title">{t}</span></a><span class="date">{fmt(d)}</span></li>'
        for d, t, h in items) + "</ul>"


def _dsaj_home() -> str:
    body = f"""
<div id="carousel" class="carousel slide">{''.join(f'<div class="item"><img src="/static/img/b{i}.jpg" alt="banner{i}"></div>' for i in range(4))}</div>
<div class="row">
 <div class="col-md-4"><h2>新聞</h2>{_mo_list(DSAJ_NEWS, slash)}<a class="more" href="/zh-hant/news/">更多</a></div>
 <div class="col-md-4"><h2>公告</h2>{_mo_list(DSAJ_NOTICES, slash)}<a class="more" href="/zh-hant/notice/">更多</a></div>
 <div class="col-md-4"><h2>法規</h2>{_mo_list(DSAJ_LAWS, slash)}<a class="more" href="/zh-hant/law/">更多</a></div>
</div>
<section><h2>服務</h2><ul>{''.join(f'<li><a href="/zh-hant/menu4/{i}.html">服務項目{i}</a></li>' for i in range(24))}</ul></section>
<section><h2>簡介</h2>{filler_zh(DSAJ_ORG, 14)}</section>
"""
    return mo_page(DSAJ_ORG, DSAJ_ORG, DSAJ_PT, body, "zh-hant")


def _dsaj_news_page() -> str:
    return mo_page(f"新聞 - {DSAJ_ORG}", DSAJ_ORG, DSAJ_PT,
                   f"<h1>新聞</h1>{_mo_list(DSAJ_NEWS, slash)}"
                   '<ul class="pagination"><li class="active"><a>1</a></li><li><a href="?page=2">2</a></li></ul>',
                   "zh-hant")


def _dsaj_news_pt() -> str:
    return mo_page(f"Notícias - {DSAJ_PT}", DSAJ_ORG, DSAJ_PT,
                   f"<h1>Notícias</h1>{_mo_list(DSAJ_NEWS_PT, pt)}{filler_pt(DSAJ_PT, 3)}", "pt",
                   menu=["Sobre nós", "Notícias", "Avisos", "Legislação", "Serviços", "Impressos"])


# ---------------------------------------------------------------------------
# Site 7: DSEC-like statistics bureau: 最新統計 fresh, an empty 刊物 page
# (暫無資料), a Portuguese news list with month names (lower case)
# ---------------------------------------------------------------------------

DSEC = "www.dsec.gov.mo.test"
DSEC_ORG, DSEC_PT = "統計暨普查局", "Direcção dos Serviços de Estatística e Censos"
DSEC_STATS = [
    (ago(1), "2026年10月份訪澳旅客", "/zh-MO/stats/visitor-202610.html"),
    (ago(3), "2026年8月至10月就業調查", "/zh-MO/stats/emp-202610.html"),
    (ago(5), "2026年10月份消費物價指數", "/zh-MO/stats/cpi-202610.html"),
    (ago(12), "2026年第三季酒店業調查", "/zh-MO/stats/hotel-2026q3.html"),
    (ago(18), "2026年9月份對外商品貿易", "/zh-MO/stats/trade-202609.html"),
]
DSEC_NEWS_PT = [
    (ago(1), "Visitantes em Outubro de 2026", "/pt-PT/noticias/n20261125.html"),
    (ago(5), "Índice de Preços no Consumidor de Outubro de 2026", "/pt-PT/noticias/n20261121.html"),
    (ago(12), "Inquérito à Hotelaria do 3.º Trimestre de 2026", "/pt-PT/noticias/n20261114.html"),
    (ago(40), "Comércio Externo de Setembro de 2026", "/pt-PT/noticias/n20261017.html"),
]


def _dsec_home() -> str:
    body = f"""
<div class="row">
 <div class="col-md-8"><h2>最新統計</h2>{_mo_list(DSEC_STATS, iso)}<a class="more" href="/zh-MO/stats/">更多</a></div>
 <div class="col-md-4"><h2>刊物</h2><ul class="news-list"></ul><p class="nodata">暫無資料</p>
   <a class="more" href="/zh-MO/publications/">更多</a></div>
</div>
<section><h2>主要指標</h2><table class="indicators">
 <tr><th>指標</th><th>數值</th><th>期間</th></tr>
 <tr><td>本地生產總值實質變動率</td><td>8.1%</td><td>2026年第三季</td></tr>
 <tr><td>失業率</td><td>1.8%</td><td>2026年8月至10月</td></tr>
 <tr><td>綜合消費物價指數</td><td>104.2</td><td>2026年10月</td></tr>
 <tr><td>入境旅客</td><td>3,412,000</td><td>2026年10月</td></tr>
</table></section>
<section><h2>統計數據庫</h2><ul>{''.join(f'<li><a href="/zh-MO/db/{i}.html">數據庫主題{i}</a></li>' for i in range(30))}</ul></section>
<section><h2>簡介</h2>{filler_zh(DSEC_ORG, 12)}</section>
"""
    return mo_page(DSEC_ORG, DSEC_ORG, DSEC_PT, body, "zh-MO")


def _dsec_pub_page() -> str:
    return mo_page(f"刊物 - {DSEC_ORG}", DSEC_ORG, DSEC_PT,
                   '<h1>刊物</h1><div class="list-wrap"><ul class="news-list"></ul>'
                   '<div class="empty">暫無資料</div></div>', "zh-MO")


def _dsec_stats_page() -> str:
    return mo_page(f"最新統計 - {DSEC_ORG}", DSEC_ORG, DSEC_PT,
                   f"<h1>最新統計</h1>{_mo_list(DSEC_STATS, iso)}", "zh-MO")


def _dsec_news_pt() -> str:
    return mo_page(f"Notícias - {DSEC_PT}", DSEC_ORG, DSEC_PT,
                   f"<h1>Notícias</h1>{_mo_list(DSEC_NEWS_PT, lambda d: pt(d, lower=True))}", "pt-PT",
                   menu=["Sobre a DSEC", "Notícias", "Estatísticas", "Publicações", "Base de dados"])


# ---------------------------------------------------------------------------
# Site 8: 澳門特區政府 portal: news with 發佈日期, 公務人員招聘 table whose
# 報名截止日期 are ahead (dated by 公告日期)
# ---------------------------------------------------------------------------

GOVMO = "www.gov.mo.test"
GOVMO_ORG, GOVMO_PT = "澳門特別行政區政府入口網站", "Portal do Governo da RAEM"
GOVMO_NEWS = [
    (ago(0), "行政長官出席粵澳合作聯席會議", "/zh-hant/news/1201001/"),
    (ago(1), "特區政府公布明年施政方針", "/zh-hant/news/1200987/"),
    (ago(2), "衛生局提醒市民注意流感高峰期", "/zh-hant/news/1200950/"),
    (ago(4), "交通事務局調整巴士路線", "/zh-hant/news/1200901/"),
    (ago(6), "旅遊局推廣冬季旅遊活動", "/zh-hant/news/1200855/"),
]
GOVMO_JOBS = [
    # (announced, entity, post, deadline)
    (ago(3), "行政公職局", "高級技術員（資訊範疇）", D(2026, 12, 14)),
    (ago(8), "衛生局", "護士", D(2026, 12, 8)),
    (ago(12), "治安警察局", "警員", D(2026, 12, 3)),
    (ago(20), "財政局", "技術員（會計範疇）", D(2026, 11, 30)),
]


def _govmo_news_list(items: list[tuple[dt.date, str, str]]) -> str:
    return '<div class="news-list">' + "".join(
        f'<div class="news-item"><h4><a href="{h}">{t}</a></h4>'
        f'<div class="meta"><span class="label">發佈日期：</span><span>{iso(d)}</span></div></div>'
        for d, t, h in items) + "</div>"


def _govmo_jobs_table() -> str:
    rows = "".join(
        f'<tr><td>{e}</td><td><a href="/zh-hant/recruit/{i}/">{p}</a></td><td>{iso(a)}</td><td>{iso(dl)}</td></tr>'
        for i, (a, e, p, dl) in enumerate(GOVMO_JOBS))
    return ('<table class="table recruit"><thead><tr><th>招聘實體</th><th>職位</th><th>公告日期</th>'
            f'<th>報名截止日期</th></tr></thead><tbody>{rows}</tbody></table>')


def _govmo_home() -> str:
    body = f"""
<div class="row"><div class="col-md-8"><h2>新聞</h2>{_govmo_news_list(GOVMO_NEWS)}<a class="more" href="/zh-hant/news/">更多新聞</a></div>
<div class="col-md-4"><h2>公務人員招聘</h2>{_govmo_jobs_table()}<a class="more" href="/zh-hant/recruit/">更多</a></div></div>
<section><h2>網上服務</h2><ul>{''.join(f'<li><a href="/zh-hant/service/{i}/">服務{i}</a></li>' for i in range(40))}</ul></section>
<section><h2>政府部門</h2><ul>{''.join(f'<li><a href="/zh-hant/dept/{i}/">部門{i}</a></li>' for i in range(30))}</ul></section>
<section><h2>關於澳門</h2>{filler_zh('澳門特別行政區政府', 10)}</section>
"""
    return mo_page(GOVMO_ORG, GOVMO_ORG, GOVMO_PT, body, "zh-hant",
                   menu=["新聞", "政府架構", "服務", "招聘", "法例", "旅遊", "居民", "商務"])


def _govmo_recruit_page() -> str:
    return mo_page(f"公務人員招聘 - {GOVMO_ORG}", GOVMO_ORG, GOVMO_PT,
                   f"<h1>公務人員招聘</h1>{_govmo_jobs_table()}", "zh-hant")


def _govmo_news_page() -> str:
    return mo_page(f"新聞 - {GOVMO_ORG}", GOVMO_ORG, GOVMO_PT,
                   f"<h1>新聞</h1>{_govmo_news_list(GOVMO_NEWS)}", "zh-hant")


# ---------------------------------------------------------------------------
# Site 9: a HK department's 招聘 page: a table dated only by closing dates
# ahead; a fresh 最新消息 list on the homepage
# ---------------------------------------------------------------------------

CSD = "www.csd.hkgov.test"
CSD_DEPT, CSD_EN = "懲教署", "Correctional Services Department"
CSD_NEWS = [
    (ago(1), "懲教署舉行更生先鋒計劃年度典禮", "/tc/news/20261125.html"),
    (ago(5), "懲教署職員獲頒行政長官社區服務獎狀", "/tc/news/20261121.html"),
    (ago(11), "懲教署與非政府機構合辦就業展覽", "/tc/news/20261115.html"),
    (ago(24), "懲教署開放日接受公眾登記", "/tc/news/20261102.html"),
]
CSD_JOBS = [
    ("懲教助理", D(2026, 12, 11)),
    ("二級懲教主任", D(2026, 12, 18)),
    ("教育主任（合約）", D(2027, 1, 6)),
]


def _csd_jobs_table() -> str:
    rows = "".join(f'<tr><td><a href="/tc/recruit/job{i}.html">{p}</a></td><td>{zh(dl)}</td></tr>'
                   for i, (p, dl) in enumerate(CSD_JOBS))
    return f'<table class="jobs"><tr><th>職位</th><th>截止申請日期</th></tr>{rows}</table>'


def _csd_home() -> str:
    body = f"""
<section><h2>最新消息</h2>{hk_list(CSD_NEWS, zh_full)}{more('/tc/news/index.html')}</section>
<section><h2>招聘</h2>{_csd_jobs_table()}{more('/tc/recruit/index.html')}</section>
<section><h2>關於我們</h2>{filler_zh(CSD_DEPT, 16)}</section>
"""
    return govhk_page(f"{CSD_DEPT} - 主頁", CSD_DEPT, CSD_EN, body, NOW)


def _csd_recruit_page() -> str:
    return govhk_page(f"招聘 - {CSD_DEPT}", CSD_DEPT, CSD_EN,
                      f"<h1>招聘</h1><p>現正招聘以下職位：</p>{_csd_jobs_table()}", NOW)


# ---------------------------------------------------------------------------
# Site 10: an abandoned Macau committee site: news stopped in 2025, the
# footer says 最後更新日期 (today) and Última actualização (today)
# ---------------------------------------------------------------------------

CMTE = "www.ccac-youth.gov.mo.test"
CMTE_ORG, CMTE_PT = "青年事務委員會", "Conselho de Juventude"
CMTE_NEWS = [
    (D(2025, 6, 28), "青年事務委員會召開第二次全體會議", "/zh-hant/news/n20250628.html"),
    (D(2025, 4, 12), "青年政策諮詢會", "/zh-hant/news/n20250412.html"),
    (D(2025, 1, 20), "青年義工嘉許禮", "/zh-hant/news/n20250120.html"),
    (D(2024, 11, 5), "青年事務委員會委員名單公布", "/zh-hant/news/n20241105.html"),
]
CMTE_NOTICES = [
    (D(2025, 3, 3), "青年活動資助計劃申請", "/zh-hant/notice/a20250303.html"),
    (D(2024, 12, 1), "委員會會議紀錄公開", "/zh-hant/notice/a20241201.html"),
]


def _cmte_home() -> str:
    footer = (f'<p>最後更新日期：{NOW:%Y/%m/%d}</p>'
              f'<p lang="pt">Última actualização: {slash(NOW)}</p>')
    body = f"""
<div class="row"><div class="col-md-6"><h2>新聞</h2>{_mo_list(CMTE_NEWS, lambda d: d.strftime('%Y/%m/%d'))}<a class="more" href="/zh-hant/news/">更多</a></div>
<div class="col-md-6"><h2>公告</h2>{_mo_list(CMTE_NOTICES, lambda d: d.strftime('%Y/%m/%d'))}<a class="more" href="/zh-hant/notice/">更多</a></div></div>
<section><h2>委員會簡介</h2>{filler_zh(CMTE_ORG, 18)}</section>
<section><h2>相關連結</h2><ul>{''.join(f'<li><a href="/zh-hant/links/{i}.html">相關機構{i}</a></li>' for i in range(20))}</ul></section>
"""
    return mo_page(CMTE_ORG, CMTE_ORG, CMTE_PT, body, "zh-hant", footer_extra=footer)


def _cmte_news_page() -> str:
    return mo_page(f"新聞 - {CMTE_ORG}", CMTE_ORG, CMTE_PT,
                   f"<h1>新聞</h1>{_mo_list(CMTE_NEWS, lambda d: d.strftime('%Y/%m/%d'))}", "zh-hant",
                   footer_extra=f'<p>最後更新日期：{NOW:%Y/%m/%d}</p>')


def _mo_default(org: str, org_pt: str) -> str:
    return mo_page(org, org, org_pt, f"<h1>{org}</h1>{filler_zh(org, 3)}", "zh-hant")


# ---------------------------------------------------------------------------
# The sites and their truth
# ---------------------------------------------------------------------------

def col(name: str, type_: str, newest: dt.date | None, empty: bool = False) -> dict[str, Any]:
    return {"name": name, "type": type_, "newest": newest, "empty": empty}


SITES: list[dict[str, Any]] = [
    {
        "host": EMSD, "name": "機電工程署 (GovHK template, healthy)",
        "pages": {"/": _emsd_home(), "/tc/index.html": _emsd_home(),
                  "/tc/press/index.html": _emsd_press_page(),
                  "/tc/news/index.html": _emsd_news_page()},
        "default": _hk_default(EMSD_DEPT, EMSD_EN, NOW),
        "truth": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "column_stale", "future_dated", "undated", "abandoned"],
            "last_updated": ago(1),
            "columns": [col("新聞公報", "news", ago(1)), col("最新消息", "news", ago(3)),
                        col("公告", "notice", ago(4))],
            "pages": {"/tc/press/index.html": ago(1), "/tc/news/index.html": ago(3)},
        },
    },
    {
        "host": LANDS, "name": "地政總署測繪處 (news stopped June; footer 更新日期 today)",
        "pages": {"/": _lands_home(), "/tc/index.html": _lands_home(),
                  "/tc/press/index.html": _lands_press_page(),
                  "/en/index.html": _lands_home_en()},
        "default": _hk_default(LANDS_DEPT, LANDS_EN, NOW),
        "truth": {
            "status": "stale", "passed": False, "must": ["homepage_stale"],
            "must_not": ["abandoned", "future_dated"],
            "last_updated": D(2026, 6, 19),
            "columns": [col("新聞公報", "news", D(2026, 6, 19)), col("公告", "notice", D(2026, 6, 12))],
            "pages": {"/tc/press/index.html": D(2026, 6, 19), "/en/index.html": D(2026, 6, 19)},
        },
    },
    {
        "host": INFO, "name": "政府新聞處 (day headings in Chinese numerals, times per item)",
        "pages": {"/": _info_home(), "/tc/index.html": _info_home(),
                  "/gia/general/today.htm": _info_today_page()},
        "default": _hk_default(INFO_DEPT, INFO_EN, NOW),
        "truth": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "column_stale", "undated", "future_dated"],
            "last_updated": ago(1),
            "columns": [col("新聞公報", "news", ago(1))],
            "pages": {"/gia/general/today.htm": ago(1)},
        },
    },
    {
        "host": DC, "name": "灣仔區議會 (會議日期 ahead, events ahead)",
        "pages": {"/": _dc_home(), "/tc/index.html": _dc_home(),
                  "/tc/papers/index.html": _dc_papers_page(),
                  "/tc/events/index.html": _dc_events_page(),
                  "/tc/news/index.html": _dc_page(f"最新消息 - {DC_NAME}",
                                                  f"<h1>最新消息</h1>{hk_list(DC_NEWS, zh)}")},
        "default": _dc_page(DC_NAME, f"<h1>{DC_NAME}</h1>{filler_zh(DC_NAME, 3)}"),
        "truth": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "column_stale", "future_dated", "abandoned"],
            "last_updated": ago(2),
            # 會議文件 dated by 上載日期; the events list is all ahead: no
            # publication date, not faked dates.
            "columns": [col("最新消息", "news", ago(2)), col("會議文件", "other", D(2026, 11, 24)),
                        col("活動預告", "other", None)],
            "pages": {"/tc/papers/index.html": D(2026, 11, 24), "/tc/news/index.html": ago(2)},
        },
    },
    {
        "host": LEGCO, "name": "立法會 (dd.mm.yyyy tables, English twin)",
        "pages": {"/": _legco_home(), "/tc/index.html": _legco_home(),
                  "/tc/press/index.htm": _legco_press_page(),
                  "/en/press/index.htm": _legco_press_en()},
        "default": _legco_page(LEGCO_NAME, f"<h1>{LEGCO_NAME}</h1>{filler_zh(LEGCO_NAME, 3)}"),
        "truth": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "column_stale", "future_dated", "undated"],
            "last_updated": ago(0),
            "columns": [col("新聞稿", "news", ago(0)), col("最新文件", "policy", ago(2))],
            "pages": {"/tc/press/index.htm": ago(0), "/en/press/index.htm": ago(0)},
        },
    },
    {
        "host": DSAJ, "name": "法務局 (Macau: 新聞 / 公告 / 法規, dd/mm/yyyy; Portuguese twin)",
        "pages": {"/": _dsaj_home(), "/zh-hant/": _dsaj_home(),
                  "/zh-hant/news/": _dsaj_news_page(), "/pt/noticias/": _dsaj_news_pt()},
        "default": _mo_default(DSAJ_ORG, DSAJ_PT),
        "truth": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "column_stale", "future_dated", "undated"],
            "last_updated": ago(1),
            "columns": [col("新聞", "news", ago(1)), col("公告", "notice", ago(6)),
                        col("法規", "policy", D(2026, 10, 30))],
            "pages": {"/zh-hant/news/": ago(1), "/pt/noticias/": ago(1)},
        },
    },
    {
        "host": DSEC, "name": "統計暨普查局 (empty 刊物 暫無資料; Portuguese month names)",
        "pages": {"/": _dsec_home(), "/zh-MO/": _dsec_home(),
                  "/zh-MO/stats/": _dsec_stats_page(), "/zh-MO/publications/": _dsec_pub_page(),
                  "/pt-PT/noticias/": _dsec_news_pt()},
        "default": _mo_default(DSEC_ORG, DSEC_PT),
        "truth": {
            # one empty column: status stale (a finding short of its veto), passed
            "status": "stale", "passed": True, "must": ["column_empty"],
            "home_status": "healthy",  # the sweep reads no column: column_empty is full's
            "must_not": ["homepage_stale", "column_stale", "future_dated"],
            "last_updated": ago(1),
            "columns": [col("最新統計", "statistics", ago(1)), col("刊物", "other", None, empty=True)],
            "pages": {"/zh-MO/stats/": ago(1), "/zh-MO/publications/": None,
                      "/pt-PT/noticias/": ago(1)},
        },
    },
    {
        "host": GOVMO, "name": "澳門特區政府入口網站 (發佈日期; 招聘 with 報名截止日期 ahead)",
        "pages": {"/": _govmo_home(), "/zh-hant/": _govmo_home(),
                  "/zh-hant/news/": _govmo_news_page(), "/zh-hant/recruit/": _govmo_recruit_page()},
        "default": _mo_default(GOVMO_ORG, GOVMO_PT),
        "truth": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "column_stale", "future_dated", "undated"],
            "last_updated": ago(0),
            "columns": [col("新聞", "news", ago(0)), col("公務人員招聘", "personnel", ago(3))],
            "pages": {"/zh-hant/news/": ago(0), "/zh-hant/recruit/": ago(3)},
        },
    },
    {
        "host": CSD, "name": "懲教署 (招聘 table dated only by closing dates ahead)",
        "pages": {"/": _csd_home(), "/tc/index.html": _csd_home(),
                  "/tc/recruit/index.html": _csd_recruit_page(),
                  "/tc/news/index.html": govhk_page(f"最新消息 - {CSD_DEPT}", CSD_DEPT, CSD_EN,
                                                    f"<h1>最新消息</h1>{hk_list(CSD_NEWS, zh_full)}", NOW)},
        "default": _hk_default(CSD_DEPT, CSD_EN, NOW),
        "truth": {
            "status": "healthy", "passed": True, "must": [],
            "must_not": ["homepage_stale", "column_stale", "future_dated", "abandoned"],
            "last_updated": ago(1),
            # only deadlines ahead: the jobs column has no publication date
            "columns": [col("最新消息", "news", ago(1)), col("招聘", "personnel", None)],
            "pages": {"/tc/news/index.html": ago(1), "/tc/recruit/index.html": None},
        },
    },
    {
        "host": CMTE, "name": "青年事務委員會 (abandoned 2025; footer 最後更新日期 today)",
        "pages": {"/": _cmte_home(), "/zh-hant/": _cmte_home(), "/zh-hant/news/": _cmte_news_page()},
        "default": _mo_default(CMTE_ORG, CMTE_PT),
        "truth": {
            "status": "zombie", "passed": False, "must": ["homepage_stale", "abandoned"],
            "must_not": ["future_dated"],
            "last_updated": D(2025, 6, 28),
            "columns": [col("新聞", "news", D(2025, 6, 28)), col("公告", "notice", D(2025, 3, 3))],
            "pages": {"/zh-hant/news/": D(2025, 6, 28)},
        },
    },
]
