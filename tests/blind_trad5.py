"""Blind evaluation, traditional Chinese portals, round 5.

Eleven Taiwan, Hong Kong and Macau government sites written from how their CMSs
really render them in 2026 (the Taiwan government-site template's ``News.aspx?n=``
lists and ROC-dated tables, a Big5 district office with its 里長 roster and a
disaster box, a household-registration office gone quiet in 113, an agency's
政府資訊公開 with yearly budgets and its 人事室 vacancies, a Hong Kong
department's press releases under day headings and a What's New in dd.mm.yyyy, a
Macau bureau in Chinese and Portuguese, a school's 公告系統 with pinned old notices,
a hacked township office, a county whose homepage is an entry page with a
language chooser, a stale Big5 township office carrying the Executive Yuan's news
box, and a Hong Kong committee with blank sections). The truth for each site was
written here before the crawler was run on them.

Pages: ``SITES[i].pages[path_and_query] = (body, content_type)``. Every internal
link, image, script and stylesheet a page names is served (``_complete``), so a
broken link is never an artefact of the fixture. Outside links go to hosts of
``OUTSIDE`` (served by a small page each), except the spam hosts of the hacked
site, which do not resolve.

NOW is 2026-11-26 (a Thursday; ROC year 115).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

NOW = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 26)
D = dt.date
WEEKDAY = "一二三四五六日"


def roc(d: dt.date, sep: str = "-") -> str:
    return f"{d.year - 1911}{sep}{d.month:02d}{sep}{d.day:02d}"


def roc7(d: dt.date) -> str:
    return f"{d.year - 1911}{d.month:02d}{d.day:02d}"


def rocz(d: dt.date) -> str:
    return f"民國{d.year - 1911}年{d.month}月{d.day}日"


def iso(d: dt.date, sep: str = "-") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def dmy(d: dt.date, sep: str = ".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def hk_day(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日（星期{WEEKDAY[d.weekday()]}）"


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@dataclass
class Column:
    name: str
    type: str
    newest: dt.date | None
    empty: bool = False
    # a column that may or may not be reported, but if reported must match
    optional: bool = False


@dataclass
class Truth:
    status: str
    passed: bool
    must: set[str] = field(default_factory=set)
    must_not: set[str] = field(default_factory=set)


@dataclass
class Site:
    key: str
    host: str
    name: str
    pages: dict[str, tuple[bytes, str]]
    full: Truth
    home: Truth
    last_updated: dt.date | None
    columns: list[Column]
    # the page date `inspect` should give each listed page (None: none)
    page_dates: dict[str, dt.date | None] = field(default_factory=dict)
    note: str = ""


OUTSIDE = {
    "www.gov-tw5.test": "我的E政府",
    "www.ey-gov-tw5.test": "行政院全球資訊網",
    "www.info-gov-hk5.test": "香港政府新聞網",
    "www.gov-mo5.test": "澳門特別行政區政府入口網站",
    "www.edu-ntpc5.test": "新北市教育局",
}

STALE_FINDINGS = {"homepage_stale", "column_stale", "column_empty", "abandoned"}
HIJACK = {"hidden_links", "spam_content", "offsite_redirect"}

# --------------------------------------------------------------------------- chrome

_CSS_LINKS = """<link rel="stylesheet" href="{p}/css/bootstrap.min.css">
<link rel="stylesheet" href="{p}/css/style.css?v=20251103">
<link rel="stylesheet" href="{p}/css/rwd.css">
<link rel="shortcut icon" href="{p}/favicon.ico">"""

_JS = """<script src="{p}/js/jquery-3.7.1.min.js"></script>
<script src="{p}/js/slick.min.js"></script>
<script>
  (function(w,d){{ w.dataLayer = w.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date()); gtag('config', 'G-TW5XK2Q9');
    var fontSize = d.cookie.replace(/(?:(?:^|.*;\\s*)fs\\s*\\=\\s*([^;]*).*$)|^.*$/, "$1") || 'M';
    $(function(){{
      $('.font-size a').on('click', function(e){{ e.preventDefault(); var s=$(this).data('size');
        $('body').removeClass('fs-S fs-M fs-L').addClass('fs-'+s); d.cookie='fs='+s+';path=/'; }});
      $('.tabs > li > a').on('click keypress', function(e){{ e.preventDefault(); var t=$(this).attr('href');
        $(this).parent().addClass('active').siblings().removeClass('active');
        $(t).addClass('active').siblings('.tab-pane').removeClass('active'); }});
      $('.banner').slick({{autoplay:true, dots:true, autoplaySpeed:5000, accessibility:true}});
      $('.menu > li').hover(function(){{ $(this).children('.sub').stop().slideDown(150); }},
                            function(){{ $(this).children('.sub').stop().slideUp(150); }});
      // 回到頁首
      $(w).scroll(function(){{ if($(this).scrollTop()>200){{$('#gotop').fadeIn();}}else{{$('#gotop').fadeOut();}} }});
    }});
  }})(window, document);
</script>"""


def mega_menu(p: str, menu: list[tuple[str, list[str]]], *, base: str = "/cp.aspx?n=") -> str:
    out = ['<nav class="main-menu" aria-label="主選單"><ul class="menu">']
    n = 2100
    for top, subs in menu:
        n += 1
        out.append(f'<li><a href="{p}{base}{n}" title="{top}">{top}</a><div class="sub"><ul>')
        for s in subs:
            n += 1
            out.append(f'<li><a href="{p}{base}{n}" title="{s}">{s}</a></li>')
        out.append("</ul></div></li>")
    out.append("</ul></nav>")
    return "\n".join(out)


TW_MENU = [
    ("認識本府", ["首長介紹", "副首長介紹", "組織架構", "歷任首長", "縣府位置圖", "各單位業務職掌", "所屬機關", "府徽介紹", "施政願景"]),
    ("縣政資訊", ["施政計畫", "施政報告", "縣政統計", "縣政公報", "主計資訊", "人事資訊", "政風專區", "性別主流化", "內部控制", "公共工程"]),
    ("便民服務", ["申辦服務", "表單下載", "常見問答", "線上申辦", "為民服務白皮書", "陳情服務", "首長信箱", "停車資訊", "交通資訊", "災害防救"]),
    ("政府資訊公開", ["法規命令", "預算書", "決算書", "施政計畫", "業務統計", "研究報告", "書面公開資訊", "利益衝突迴避", "請願訴願", "國家賠償"]),
    ("觀光旅遊", ["景點介紹", "節慶活動", "美食特產", "住宿資訊", "旅遊路線", "觀光地圖", "遊客中心"]),
    ("產業發展", ["農業資訊", "工商登記", "投資招商", "就業服務", "勞工權益", "青年創業"]),
    ("社會福利", ["長期照顧", "身心障礙", "兒少福利", "婦女福利", "社會救助", "老人福利", "原住民福利"]),
    ("互動專區", ["首長信箱", "意見調查", "民意論壇", "電子報訂閱", "網站導覽", "常見問答"]),
]


def tw_header(p: str, name: str, logo_alt: str, menu: list[tuple[str, list[str]]]) -> str:
    return f"""<a class="skip" href="#C" title="跳到主要內容區塊">跳到主要內容區塊</a>
<header class="header">
 <div class="container">
  <h1 class="logo"><a href="{p}/Default.aspx" title="{name}"><img src="{p}/images/logo.png" alt="{logo_alt}"></a></h1>
  <div class="top-links">
   <a href="{p}/" title="回首頁">回首頁</a> | <a href="{p}/SiteMap.aspx" title="網站導覽">網站導覽</a> |
   <a href="{p}/en/Default.aspx" title="English">English</a> | <a href="{p}/cp.aspx?n=1899" title="常見問答">常見問答</a> |
   <a href="{p}/Rss.aspx" title="RSS">RSS</a>
   <div class="font-size">字級：<a href="#" data-size="S" title="小">小</a><a href="#" data-size="M" title="中">中</a><a href="#" data-size="L" title="大">大</a></div>
  </div>
  <form class="search" action="{p}/Search.aspx" method="get"><label for="q">搜尋</label>
   <input id="q" name="q" type="text" title="請輸入關鍵字" placeholder="請輸入關鍵字"><button type="submit">搜尋</button>
   <div class="hot-keys">熱門關鍵字：<a href="{p}/Search.aspx?q=育兒津貼">育兒津貼</a><a href="{p}/Search.aspx?q=停車">停車</a><a href="{p}/Search.aspx?q=獎學金">獎學金</a></div>
  </form>
  <a class="acc" href="#U" accesskey="U" title="上方功能區塊">:::</a>
 </div>
 {mega_menu(p, menu)}
</header>"""


def tw_footer(p: str, name: str, addr: str, tel: str, *, extra: str = "") -> str:
    return f"""<footer class="footer">
 <a class="acc" href="#Z" accesskey="Z" title="下方功能區塊">:::</a>
 <div class="container">
  <ul class="footer-links">
   <li><a href="{p}/cp.aspx?n=1801">隱私權保護政策</a></li><li><a href="{p}/cp.aspx?n=1802">資訊安全政策</a></li>
   <li><a href="{p}/cp.aspx?n=1803">政府網站資料開放宣告</a></li><li><a href="{p}/cp.aspx?n=1804">著作權聲明</a></li>
   <li><a href="{p}/cp.aspx?n=1805">交通位置</a></li><li><a href="{p}/cp.aspx?n=1806">聯絡我們</a></li>
  </ul>
  <address>{name}　地址：{addr}　總機：{tel}　傳真：{tel[:-2]}99<br>
  服務時間：週一至週五 上午8:00至12:00、下午1:30至5:30（國定假日除外）</address>
  <p class="copyright">Copyright © 2026 {name} All Rights Reserved.　建議使用 Chrome、Edge、Firefox 最新版本瀏覽</p>
  {extra}
  <div class="marks"><a href="https://www.gov-tw5.test/" title="我的E政府(另開新視窗)" target="_blank"><img src="{p}/images/egov.png" alt="我的E政府"></a>
  <a href="{p}/cp.aspx?n=1807" title="無障礙網站"><img src="{p}/images/accessibility_AA.png" alt="通過AA無障礙網頁檢測"></a></div>
 </div>
</footer>
<a id="gotop" href="#top" title="回頁首">TOP</a>"""


def page(title: str, body: str, *, p: str = "", charset: str = "utf-8", lang: str = "zh-Hant-TW", head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="DC.Title" content="{title}">
{head}
{_CSS_LINKS.format(p=p)}
</head>
<body>
{body}
{_JS.format(p=p)}
</body>
</html>"""


def tw_article(p: str, site: str, title: str, d: dt.date | None, unit: str = "秘書室") -> str:
    date_line = f'<li>發布日期：{roc(d)}</li><li>更新日期：{roc(d)}</li>' if d else ""
    body = f"""<div class="container"><div class="path"><a href="{p}/">首頁</a> &gt; <span>內容</span></div>
<main id="C"><h2 class="title">{title}</h2>
<ul class="info">{date_line}<li>發布單位：{unit}</li></ul>
<div class="cp"><p>{title}。相關內容請洽承辦單位，電話：(05)532-2154。</p>
<p>本案依相關法令辦理，詳細資訊請參閱附件。</p></div>
<div class="file">附件：<a href="{p}/Download.ashx?u=LzAwMS9VcGxvYWQvNDA0L3JlbGZpbGUvOTAyNy8x&amp;n=6ZmE5Lu2LnBkZg%3d%3d" title="附件.pdf">附件.pdf</a></div>
</main></div>"""
    return page(f"{title}-{site}", body, p=p)


# --------------------------------------------------------------------------- helpers


def li_items(items: list[tuple[str, str, str]], *, date_class: str = "date", date_first: bool = False) -> str:
    out = []
    for href, title, ds in items:
        if date_first:
            out.append(f'<li><span class="{date_class}">{ds}</span><a href="{href}" title="{title}">{title}</a></li>')
        else:
            out.append(f'<li><a href="{href}" title="{title}">{title}</a><span class="{date_class}">{ds}</span></li>')
    return "\n".join(out)


_ASSET_RE = re.compile(r'(?:href|src)="([^"#]+)"')


def _stub(path: str) -> tuple[bytes, str]:
    low = path.split("?")[0].lower()
    if low.endswith(".css"):
        return b"body{margin:0}\n", "text/css"
    if low.endswith(".js"):
        return b"/* lib */\n", "application/javascript"
    if low.endswith((".png", ".gif", ".ico")):
        return b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;", "image/gif"
    if low.endswith((".jpg", ".jpeg")):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9", "image/jpeg"
    if low.endswith(".pdf") or "download" in low:
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "application/pdf"
    if low.endswith((".odt", ".docx", ".doc", ".xls", ".xlsx", ".ods")):
        return b"PK\x03\x04" + b"\x00" * 60, "application/octet-stream"
    return b"", ""


def _complete(
    host: str,
    pages: dict[str, tuple[str, str]],
    article,  # callable(path) -> str html
    *,
    encoding: str = "utf-8",
    content_type: str = "text/html; charset=utf-8",
) -> dict[str, tuple[bytes, str]]:
    """Encode the pages and serve everything they link to on the site's own host."""
    out: dict[str, tuple[bytes, str]] = {}
    for path, (html, ctype) in pages.items():
        out[path] = (html.encode(encoding, "xmlcharrefreplace"), ctype or content_type)
    for html, _ in list(pages.values()):
        for ref in _ASSET_RE.findall(html):
            ref = ref.replace("&amp;", "&")
            if ref.startswith(("http://", "https://")):
                prefix = f"http://{host}"
                if not ref.startswith(prefix):
                    continue
                ref = ref[len(prefix):] or "/"
            if not ref.startswith("/") or ref in out:
                continue
            body, ctype = _stub(ref)
            if not ctype:
                body, ctype = article(ref).encode(encoding, "xmlcharrefreplace"), content_type
            out[ref] = (body, ctype)
    return out


# --------------------------------------------------------------------------- 1. county (UTF-8)

XINAN = "www.xinan.trad5.test"
_XN_NEWS = [
    (1, "新安縣115年度長者健康促進活動熱烈展開"), (2, "縣長視察溪口大橋改建工程進度"), (5, "新安縣獲頒全國治安績效優等"),
    (6, "本縣推動校園營養午餐在地食材成果豐碩"), (8, "冬季流感疫苗第二階段開打 呼籲長者踴躍接種"), (12, "新安縣青年創業貸款利息補貼受理中"),
    (13, "縣府與國立大學簽署地方創生合作備忘錄"), (15, "本縣115年度村里長聯合座談會圓滿落幕"), (19, "新安縣老人共餐據點擴增至112處"),
    (21, "縣府辦理公務人員廉政宣導講習"), (26, "秋季環境清潔日 全縣動員清溝除草"), (28, "縣長出席新安農特產品展售會"),
]
_XN_PRESS = [
    (1, "縣府宣布明年起國中小學生免費搭乘市區公車"), (3, "新安縣116年度總預算案送議會審議"), (4, "縣府說明溪口大橋封橋改道措施"),
    (7, "本縣登革熱防治 縣府加強孳生源清除"), (9, "新安縣榮獲內政部全國綠色運輸評比特優"), (14, "縣府啟用新安行動支付繳稅服務"),
    (16, "縣府澄清網路流傳停水訊息為不實謠言"), (20, "縣長率團赴日本推廣新安觀光"),
]
_XN_NOTICE = [
    (6, "公告本縣115年度第4期房屋稅開徵"), (9, "公告新安縣都市計畫(溪口地區)第三次通盤檢討公開展覽"), (13, "公告受理116年度身心障礙者輔具費用補助申請"),
    (20, "公告本府115年12月份工程招標案件一覽"), (27, "公告新安縣公有零售市場攤位招租"), (34, "公告本縣地價稅開徵期間延長"),
    (41, "公告新安縣自治條例修正草案預告"), (55, "公告115年度低收入戶及中低收入戶資格複查"),
]
_XN_EVENTS = [
    (8, "115年新安國際鐵馬節", D(2026, 12, 6)), (11, "新安冬季親子音樂會", D(2026, 12, 13)), (18, "老街耶誕點燈活動", D(2026, 12, 20)),
    (24, "新安縣運動會", D(2026, 11, 22)), (31, "社區長青才藝競賽", D(2026, 11, 8)), (45, "秋季客家文化祭", D(2026, 10, 25)),
]


def _xinan() -> Site:
    p = ""
    news = [(f"/News_Content.aspx?n=1001&sms=9001&s={431000 + i}", t, d) for i, (d, t) in enumerate(_XN_NEWS)]
    press = [(f"/News_Content.aspx?n=1002&sms=9002&s={432000 + i}", t, d) for i, (d, t) in enumerate(_XN_PRESS)]
    notice = [(f"/News_Content.aspx?n=1003&sms=9003&s={433000 + i}", t, d) for i, (d, t) in enumerate(_XN_NOTICE)]
    events = [(f"/News_Content.aspx?n=1004&sms=9004&s={434000 + i}", t, d, e) for i, (d, t, e) in enumerate(_XN_EVENTS)]

    def panel(pid: str, rows: list[tuple[str, str, str]], more: str, active: str = "") -> str:
        return (f'<div id="{pid}" class="tab-pane{active}" role="tabpanel"><ul class="list">\n{li_items(rows)}\n</ul>'
                f'<a class="more" href="{more}" title="更多">更多</a></div>')

    tabs = f"""<section class="news-tabs" aria-label="最新資訊">
<ul class="tabs" role="tablist">
 <li class="active"><a href="#tab1" role="tab">最新消息</a></li><li><a href="#tab2" role="tab">新聞稿</a></li>
 <li><a href="#tab3" role="tab">公告訊息</a></li><li><a href="#tab4" role="tab">活動訊息</a></li>
</ul>
<div class="tab-content">
{panel("tab1", [(h, t, roc(ago(d))) for h, t, d in news[:7]], "/News.aspx?n=1001&sms=9001", " active")}
{panel("tab2", [(h, t, roc(ago(d), "/")) for h, t, d in press[:7]], "/News.aspx?n=1002&sms=9002")}
{panel("tab3", [(h, t, roc(ago(d), ".")) for h, t, d in notice[:7]], "/News.aspx?n=1003&sms=9003")}
{panel("tab4", [(h, t, rocz(ago(d))) for h, t, d, _e in events[:5]], "/News.aspx?n=1004&sms=9004")}
</div></section>"""

    banner = "\n".join(
        f'<div class="slide"><a href="/News_Content.aspx?n=1099&s={440000 + i}" title="{t}"><img src="/images/banner/b{i}.jpg" alt="{t}"></a></div>'
        for i, t in enumerate(["115年新安國際鐵馬節 12/6熱血開騎", "育兒津貼加碼 每月最高5000元", "冬令救濟 溫暖送到家", "淨零轉型 綠能新安", "反詐騙 165專線"])
    )
    services = "\n".join(
        f'<li><a href="/cp.aspx?n={3000 + i}" title="{s}"><img src="/images/icon/s{i}.png" alt=""><span>{s}</span></a></li>'
        for i, s in enumerate(["線上申辦", "表單下載", "縣長信箱", "路燈報修", "公車動態", "停車繳費", "獎助學金", "育兒津貼", "長照2.0", "災害應變", "活動報名", "水電瓦斯"])
    )
    bulletin = """<section class="gazette"><h2>縣政公報</h2>
<table class="table"><thead><tr><th>卷期</th><th>發布日期</th></tr></thead><tbody>
""" + "\n".join(
        f'<tr><td><a href="/News_Content.aspx?n=1005&s={435000 + i}">新安縣政府公報 第115卷第{22 - i}期</a></td><td>{roc7(ago(6 + 14 * i))}</td></tr>'
        for i in range(4)
    ) + """</tbody></table><a class="more" href="/News.aspx?n=1005&sms=9005" title="更多縣政公報">更多</a></section>"""
    links = "\n".join(f'<option value="https://www.gov-tw5.test/link{i}">{t}</option>' for i, t in enumerate(
        ["行政院", "內政部", "教育部", "衛生福利部", "交通部", "經濟部", "農業部", "國家發展委員會", "新安縣議會", "新安縣警察局", "新安縣消防局", "新安縣衛生局"]))
    body = f"""{tw_header(p, "新安縣政府", "新安縣政府Logo", TW_MENU)}
<main id="C" class="main"><a class="acc" href="#C" accesskey="C" title="中央內容區塊">:::</a>
<div class="banner">{banner}</div>
{tabs}
<section class="services"><h2>便民服務</h2><ul>{services}</ul></section>
{bulletin}
<section class="video"><h2>影音專區</h2><div class="yt"><iframe title="新安縣政府形象影片" src="https://www.youtube-nocookie.com/embed/Xn5a1sd" width="560" height="315"></iframe></div></section>
<section class="links"><h2>相關連結</h2><form><label for="lk">友善連結</label><select id="lk" onchange="window.open(this.value)">{links}</select></form></section>
</main>
{tw_footer(p, "新安縣政府", "63048新安縣新安市府前路1號", "(05)532-2154", extra='<p class="counter">瀏覽人次：28,413,902　更新日期：115-11-26</p>')}"""
    home = page("新安縣政府全球資訊網", body, p=p)

    def list_page(title: str, heading: str, rows_html: str, pager: str) -> str:
        b = f"""{tw_header(p, "新安縣政府", "新安縣政府Logo", TW_MENU)}
<div class="container"><div class="path"><a href="/">首頁</a> &gt; <a href="/cp.aspx?n=2101">縣政資訊</a> &gt; <span>{title}</span></div>
<aside class="side"><h2>縣政資訊</h2><ul><li><a href="/News.aspx?n=1001&sms=9001">最新消息</a></li><li><a href="/News.aspx?n=1002&sms=9002">新聞稿</a></li>
<li><a href="/News.aspx?n=1003&sms=9003">公告訊息</a></li><li><a href="/News.aspx?n=1004&sms=9004">活動訊息</a></li><li><a href="/News.aspx?n=1005&sms=9005">縣政公報</a></li></ul></aside>
<main id="C"><h2 class="title">{heading}</h2>
<form class="filter" action="/News.aspx" method="get"><label>關鍵字<input name="kw" type="text"></label><label>發布日期<input name="sd" type="text" placeholder="115/01/01"> ~ <input name="ed" type="text"></label><button>查詢</button></form>
{rows_html}
<div class="pager">{pager}</div></main></div>
{tw_footer(p, "新安縣政府", "63048新安縣新安市府前路1號", "(05)532-2154", extra='<p class="counter">更新日期：115-11-26</p>')}"""
        return page(f"{title}-新安縣政府全球資訊網", b, p=p)

    def pager(n: int, total: int) -> str:
        return (f'共 {total} 筆資料，第 1/{(total + 9) // 10} 頁　<a href="/News.aspx?n={n}&page=2">下一頁</a>'
                f' <a href="/News.aspx?n={n}&page={(total + 9) // 10}">最後一頁</a>')

    news_rows = "\n".join(
        f'<tr><td>{i + 1}</td><td><a href="{h}" title="{t}">{t}</a></td><td>{u}</td><td>{roc(ago(d))}</td></tr>'
        for i, ((h, t, d), u) in enumerate(zip(news, ["社會處", "工務處", "警察局", "教育處", "衛生局", "勞動處", "計畫處", "民政處", "社會處", "政風處", "環保局", "農業處"], strict=True))
    )
    news_page = list_page("最新消息", "最新消息", f"""<table class="table table-list" summary="最新消息列表">
<thead><tr><th scope="col">序號</th><th scope="col">標題</th><th scope="col">發布單位</th><th scope="col">發布日期</th></tr></thead>
<tbody>{news_rows}</tbody></table>""", pager(1001, 348))
    press_rows = "\n".join(f'<tr><td><a href="{h}" title="{t}">{t}</a></td><td>新聞處</td><td>{roc(ago(d), "/")}</td></tr>' for h, t, d in press)
    press_page = list_page("新聞稿", "新聞稿", f"""<table class="table table-list"><caption>新聞稿列表</caption>
<thead><tr><th>標題</th><th>發布機關</th><th>更新日期</th></tr></thead><tbody>{press_rows}</tbody></table>""", pager(1002, 1240))
    notice_rows = "\n".join(
        f'<tr><td>{roc7(ago(d))}</td><td><a href="{h}" title="{t}">{t}</a></td><td>財政稅務局</td><td>{roc7(ago(d) + dt.timedelta(days=30))}</td></tr>'
        for h, t, d in notice
    )
    notice_page = list_page("公告訊息", "公告訊息", f"""<table class="table table-list">
<thead><tr><th>公告日期</th><th>主旨</th><th>公告單位</th><th>截止日期</th></tr></thead><tbody>{notice_rows}</tbody></table>""", pager(1003, 512))
    ev_rows = "\n".join(
        f'<li><a href="{h}" title="{t}">{t}</a><p class="ev">活動日期：{roc(e)}　地點：新安縣立體育場</p><p class="pub">發布日期：{roc(ago(d))}</p></li>'
        for h, t, d, e in events
    )
    ev_page = list_page("活動訊息", "活動訊息", f'<ul class="event-list">{ev_rows}</ul>', pager(1004, 96))
    gaz_rows = "\n".join(
        f'<tr><td><a href="/News_Content.aspx?n=1005&s={435000 + i}">新安縣政府公報 第115卷第{22 - i}期</a></td><td>{roc7(ago(6 + 14 * i))}</td></tr>' for i in range(8)
    )
    gaz_page = list_page("縣政公報", "縣政公報", f'<table class="table"><thead><tr><th>卷期</th><th>發布日期</th></tr></thead><tbody>{gaz_rows}</tbody></table>', pager(1005, 400))

    raw = {
        "/": (home, ""),
        "/News.aspx?n=1001&sms=9001": (news_page, ""),
        "/News.aspx?n=1002&sms=9002": (press_page, ""),
        "/News.aspx?n=1003&sms=9003": (notice_page, ""),
        "/News.aspx?n=1004&sms=9004": (ev_page, ""),
        "/News.aspx?n=1005&sms=9005": (gaz_page, ""),
    }
    titles = {h: (t, ago(d)) for h, t, d in news + press + notice} | {h: (t, ago(d)) for h, t, d, _e in events}
    return Site(
        key="xinan", host=XINAN, name="新安縣政府",
        pages=_complete(XINAN, raw, lambda path: tw_article(p, "新安縣政府", *titles.get(path, ("新安縣政府", None)))),
        full=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"future_dated", "undated", "broken_link"}),
        home=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"undated"}),
        last_updated=ago(1),
        columns=[
            Column("最新消息", "news", ago(1)),
            Column("新聞稿", "news", ago(1)),
            Column("公告訊息", "notice", ago(6)),
            Column("活動訊息", "other", ago(8)),
            Column("縣政公報", "policy", ago(6), optional=True),
        ],
        page_dates={news[0][0]: ago(1), notice[0][0]: ago(6)},
        note="ROC dates in four spellings; a table whose 7-digit 公告日期 sits beside a 截止日期 a month ahead; "
        "an events list whose 活動日期 is ahead of its 發布日期; the footer's 更新日期 of today is the page's stamp.",
    )


# --------------------------------------------------------------------------- 2. district office (Big5, 里長, 防災)

QINGXI = "www.qingxi-dist.trad5.test"
_QX_MENU = [
    ("本所簡介", ["區長介紹", "組織架構", "業務職掌", "區域概況", "交通位置", "歷史沿革"]),
    ("業務資訊", ["民政課", "社會課", "農業及建設課", "人文課", "秘書室", "人事室", "會計室", "政風"]),
    ("便民服務", ["申辦項目", "書表下載", "場地借用", "殯葬服務", "兵役服務", "調解服務", "急難救助"]),
    ("里鄰資訊", ["里長資訊", "里辦公處", "里鄰編組", "社區發展協會"]),
    ("防災專區", ["防災地圖", "避難收容處所", "防災宣導", "災害通報"]),
    ("資訊公開", ["預算", "決算", "施政計畫", "採購資訊", "政風專區"]),
]
_QX_NEWS = [(3, "清溪區115年度冬令慰問活動"), (4, "區長率隊清理溪畔河岸垃圾"), (7, "清溪區長青學苑開課囉"), (10, "清溪區公所辦理防災演練"),
            (14, "社區關懷據點志工表揚"), (17, "清溪里環境美化成果"), (22, "區政說明會照片集錦"), (29, "清溪區中秋聯歡晚會")]
_QX_NOTICE = [(10, "公告本區115年度役男體檢日程"), (16, "公告本區殯葬設施清明期間開放時間調整"), (23, "公告本區第2期低收入戶生活補助發放"),
              (40, "公告本區里鄰長研習報名"), (66, "公告本區公有房地招租"), (80, "公告民眾申請急難救助須知")]
_QX_JOBS = [(55, "清溪區公所誠徵約僱人員1名"), (120, "清溪區公所徵求職務代理人"), (201, "清溪區公所115年度臨時人員甄選")]
_QX_LI = ["清溪", "頂溪", "下溪", "溪南", "溪北", "埔頂", "埔心", "東勢", "西勢", "大湖", "新厝", "舊社", "三塊", "後壁", "竹林", "山腳", "中正", "福興"]
_QX_CHIEFS = ["陳文雄", "林秀英", "黃志明", "張家豪", "李美玲", "王建國", "吳淑芬", "劉俊傑", "蔡明德", "楊雅婷", "許正義", "鄭惠美",
              "謝宗翰", "洪麗華", "郭志成", "邱美惠", "曾國輝", "廖淑貞"]


def _qingxi() -> Site:
    p = ""
    news = [(f"/News_Content.aspx?n=7{i:02d}&s={88100 + i}", t, ago(d)) for i, (d, t) in enumerate(_QX_NEWS)]
    notice = [(f"/News_Content.aspx?n=8{i:02d}&s={88200 + i}", t, ago(d)) for i, (d, t) in enumerate(_QX_NOTICE)]
    jobs = [(f"/News_Content.aspx?n=9{i:02d}&s={88300 + i}", t, ago(d)) for i, (d, t) in enumerate(_QX_JOBS)]

    def box(heading: str, rows: list[tuple[str, str, dt.date]], more: str, cls: str) -> str:
        return (f'<div class="box {cls}"><h2>{heading}</h2><ul>\n'
                + li_items([(h, t, f"[{roc(d, '/')}]") for h, t, d in rows], date_first=True)
                + f'\n</ul><a class="more" href="{more}" title="{heading}更多">more</a></div>')

    roster = "\n".join(
        f'<tr><td>{li}里</td><td>{c}</td><td>(04)2{592 + i:03d}-{3100 + 17 * i}</td><td>清溪區{li}路{10 + i}號</td></tr>'
        for i, (li, c) in enumerate(zip(_QX_LI, _QX_CHIEFS, strict=True))
    )
    disaster = """<div class="box disaster"><h2>防災資訊</h2>
<ul class="alerts"><li><span class="k">颱風警報</span>：目前無警報</li><li><span class="k">豪大雨特報</span>：目前無特報</li>
<li><span class="k">停班停課</span>：目前無停班停課訊息</li></ul>
<p class="upd">資料更新時間：115/11/26 09:00</p>
<ul class="links"><li><a href="/cp.aspx?n=6101">防災地圖</a></li><li><a href="/cp.aspx?n=6102">避難收容處所</a></li>
<li><a href="/cp.aspx?n=6103">緊急聯絡電話</a></li><li><a href="/cp.aspx?n=6104">防災宣導</a></li></ul></div>"""
    body = f"""<div id="top"></div>
<div class="header"><h1><a href="/"><img src="/images/logo.gif" alt="臺中市清溪區公所"></a></h1>
<div class="toplink"><a href="/">回首頁</a>｜<a href="/SiteMap.aspx">網站導覽</a>｜<a href="/cp.aspx?n=1899">常見問答</a>｜<a href="/en/">English</a></div>
<form action="/Search.aspx"><input name="q" title="請輸入關鍵字"><input type="submit" value="搜尋"></form></div>
{mega_menu(p, _QX_MENU)}
<div class="main" id="C">
<div class="banner"><img src="/images/banner1.jpg" alt="清溪好生活"></div>
<div class="row">
{box("最新消息", news[:6], "/News.aspx?n=700&sms=1001", "news")}
{box("公告資訊", notice[:6], "/News.aspx?n=800&sms=1002", "notice")}
</div>
<div class="row">
{box("徵才資訊", jobs, "/News.aspx?n=900&sms=1003", "jobs")}
{disaster}
</div>
<div class="box village"><h2>里長資訊</h2>
<table class="roster"><tr><th>里別</th><th>里長</th><th>聯絡電話</th><th>里辦公處</th></tr>
{roster}
</table><a class="more" href="/cp.aspx?n=5101" title="里長資訊更多">more</a></div>
<div class="box service"><h2>便民服務</h2><ul>
<li><a href="/cp.aspx?n=3101">申辦項目</a></li><li><a href="/cp.aspx?n=3102">書表下載</a></li><li><a href="/cp.aspx?n=3103">場地借用</a></li>
<li><a href="/cp.aspx?n=3104">殯葬服務</a></li><li><a href="/cp.aspx?n=3105">兵役服務</a></li><li><a href="/cp.aspx?n=3106">調解服務</a></li></ul></div>
</div>
<div class="footer"><p>臺中市清溪區公所　地址：42741臺中市清溪區清溪路100號　電話：(04)2592-1001</p>
<p>服務時間：週一至週五 8:00-12:00 13:30-17:30</p><p>Copyright © 2026 臺中市清溪區公所 版權所有</p>
<p>今日瀏覽人數：1,204　總瀏覽人數：3,912,417</p></div>"""
    home = page("臺中市清溪區公所", body, p=p, charset="big5")

    def list_page(title: str, rows: list[tuple[str, str, dt.date]], date_head: str) -> str:
        trs = "\n".join(f'<tr><td>{i + 1}</td><td><a href="{h}">{t}</a></td><td>{roc(d)}</td></tr>' for i, (h, t, d) in enumerate(rows))
        b = f"""<div class="header"><h1><a href="/"><img src="/images/logo.gif" alt="臺中市清溪區公所"></a></h1></div>
{mega_menu(p, _QX_MENU)}
<div class="main" id="C"><div class="path">首頁 &gt; {title}</div><h2>{title}</h2>
<table class="list"><tr><th>序號</th><th>標題</th><th>{date_head}</th></tr>{trs}</table>
<div class="page">第1頁/共5頁 <a href="?page=2">下一頁</a></div></div>
<div class="footer"><p>Copyright © 2026 臺中市清溪區公所 版權所有</p></div>"""
        return page(f"{title}-臺中市清溪區公所", b, p=p, charset="big5")

    roster_page = page("里長資訊-臺中市清溪區公所", f"""<div class="main" id="C"><h2>里長資訊</h2>
<table class="roster"><tr><th>里別</th><th>里長</th><th>聯絡電話</th><th>里辦公處</th></tr>{roster}</table></div>""", p=p, charset="big5")
    raw = {
        "/": (home, ""),
        "/News.aspx?n=700&sms=1001": (list_page("最新消息", news, "發布日期"), ""),
        "/News.aspx?n=800&sms=1002": (list_page("公告資訊", notice, "公告日期"), ""),
        "/News.aspx?n=900&sms=1003": (list_page("徵才資訊", jobs, "發布日期"), ""),
        "/cp.aspx?n=5101": (roster_page, ""),
    }
    titles = {h: (t, d) for h, t, d in news + notice + jobs}

    def art(path: str) -> str:
        t, d = titles.get(path, ("臺中市清溪區公所", None))
        return tw_article(p, "臺中市清溪區公所", t, d, "民政課").replace('charset="utf-8"', 'charset="big5"')

    return Site(
        key="qingxi", host=QINGXI, name="臺中市清溪區公所",
        # Big5 with the charset in the meta tag only, as many of these servers send it
        pages=_complete(QINGXI, raw, art, encoding="cp950", content_type="text/html"),
        full=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"undated"}),
        home=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"undated"}),
        last_updated=ago(3),
        columns=[
            Column("最新消息", "news", ago(3)),
            Column("公告資訊", "notice", ago(10)),
            Column("徵才資訊", "personnel", ago(55)),
            # the roster and the disaster box list nothing dated: never empty, never stale
            Column("里長資訊", "other", None, optional=True),
            Column("防災資訊", "other", None, optional=True),
        ],
        page_dates={news[0][0]: ago(3)},
        note="Big5 (meta only); a 里長 roster table and a 防災 box saying 目前無警報 with today's 資料更新時間.",
    )


# --------------------------------------------------------------------------- 3. household registration office, silent since 113

DONGLIAO = "www.dongliao-hr.trad5.test"
_DL_NEWS = [(D(2024, 8, 15), "本所8月份夜間延長服務時間公告"), (D(2024, 7, 30), "新式數位身分證換發暫緩辦理說明"), (D(2024, 7, 2), "113年7月份戶政業務宣導"),
            (D(2024, 6, 12), "端午節連假期間戶政服務異動"), (D(2024, 5, 20), "本所榮獲113年度戶政業務績效考核優等"), (D(2024, 4, 18), "清明節受理死亡登記說明")]
_DL_NOTICE = [(D(2024, 5, 2), "公告113年度結婚登記吉日加班受理"), (D(2024, 1, 8), "公告本所春節期間服務時間"), (D(2023, 11, 20), "公告本所辦公廳舍整修期間臨時辦公處所")]
_DL_STATS = [(D(2024, 8, 5), "113年7月人口統計"), (D(2024, 7, 5), "113年6月人口統計"), (D(2024, 6, 5), "113年5月人口統計"), (D(2024, 5, 6), "113年4月人口統計")]


def _dongliao() -> Site:
    p = ""
    news = [(f"/News_Content.aspx?n=301&s={5001 + i}", t, d) for i, (d, t) in enumerate(_DL_NEWS)]
    notice = [(f"/News_Content.aspx?n=302&s={5101 + i}", t, d) for i, (d, t) in enumerate(_DL_NOTICE)]
    stats = [(f"/News_Content.aspx?n=303&s={5201 + i}", t, d) for i, (d, t) in enumerate(_DL_STATS)]
    menu = [("本所簡介", ["主任介紹", "組織職掌", "服務據點", "交通位置"]), ("戶政業務", ["出生登記", "結婚登記", "離婚登記", "死亡登記", "遷徙登記", "身分證", "印鑑登記", "門牌整編"]),
            ("便民服務", ["書表下載", "規費標準", "線上預約", "跨機關通報", "常見問答"]), ("統計資料", ["人口統計", "戶數統計"]), ("政府資訊公開", ["預算", "決算", "法規"])]

    def box(h: str, rows: list[tuple[str, str, dt.date]], more: str) -> str:
        trs = "\n".join(f'<tr><td class="t"><a href="{u}">{t}</a></td><td class="d">{roc(d, "/")}</td></tr>' for u, t, d in rows)
        return f'<div class="box"><div class="box-title"><h2>{h}</h2><a href="{more}" class="more">more+</a></div><table>{trs}</table></div>'

    body = f"""<div class="top"><span class="today">今天是：115年11月26日 星期四</span>
<a href="/">回首頁</a> | <a href="/SiteMap.aspx">網站導覽</a> | <a href="/en/">English</a></div>
<div class="header"><h1><img src="/images/title.png" alt="新安縣東寮戶政事務所"></h1></div>
{mega_menu(p, menu)}
<div class="main" id="C">
<div class="marquee"><marquee scrollamount="3">本所服務時間：週一至週五上午8時至下午5時，每週三延長服務至晚上8時。</marquee></div>
{box("最新消息", news, "/News.aspx?n=301&sms=1")}
{box("公告事項", notice, "/News.aspx?n=302&sms=2")}
{box("人口統計", stats, "/News.aspx?n=303&sms=3")}
<div class="box quick"><h2>快速服務</h2><ul><li><a href="/cp.aspx?n=401">線上預約</a></li><li><a href="/cp.aspx?n=402">書表下載</a></li>
<li><a href="/cp.aspx?n=403">規費標準</a></li><li><a href="/cp.aspx?n=404">門牌查詢</a></li></ul></div>
</div>
<div class="footer"><p>新安縣東寮戶政事務所　地址：63245新安縣東寮鄉中山路25號　電話：(05)778-2041</p>
<p>Copyright © 2026 新安縣東寮戶政事務所</p><p>最後更新日期：115-11-26　瀏覽人數：1,028,311</p></div>"""
    home = page("新安縣東寮戶政事務所", body, p=p)

    def list_page(title: str, rows: list[tuple[str, str, dt.date]]) -> str:
        trs = "\n".join(f'<tr><td><a href="{u}">{t}</a></td><td>{roc(d)}</td></tr>' for u, t, d in rows)
        return page(f"{title}-新安縣東寮戶政事務所", f"""{mega_menu(p, menu)}<div class="main" id="C"><h2>{title}</h2>
<table><tr><th>標題</th><th>發布日期</th></tr>{trs}</table></div>
<div class="footer"><p>Copyright © 2026 新安縣東寮戶政事務所</p><p>最後更新日期：115-11-26</p></div>""", p=p)

    raw = {"/": (home, ""), "/News.aspx?n=301&sms=1": (list_page("最新消息", news), ""),
           "/News.aspx?n=302&sms=2": (list_page("公告事項", notice), ""), "/News.aspx?n=303&sms=3": (list_page("人口統計", stats), "")}
    titles = {u: (t, d) for u, t, d in news + notice + stats}
    return Site(
        key="dongliao", host=DONGLIAO, name="新安縣東寮戶政事務所",
        pages=_complete(DONGLIAO, raw, lambda path: tw_article(p, "新安縣東寮戶政事務所", *titles.get(path, ("東寮戶政", None)))),
        full=Truth("zombie", False, must={"abandoned", "homepage_stale", "column_stale"}, must_not=HIJACK | {"undated", "future_dated"}),
        home=Truth("zombie", False, must={"abandoned", "homepage_stale"}, must_not=HIJACK | {"undated"}),
        last_updated=D(2024, 8, 15),
        columns=[Column("最新消息", "news", D(2024, 8, 15)), Column("公告事項", "notice", D(2024, 5, 2)),
                 Column("人口統計", "statistics", D(2024, 8, 5))],
        page_dates={news[0][0]: D(2024, 8, 15)},
        note="news stopped in 113; today's date only in a 今天是 clock and the footer's 最後更新日期 written at each request.",
    )


# --------------------------------------------------------------------------- 4. agency: 政府資訊公開 yearly, 人事室 vacancies

NRMA = "www.nrma.trad5.test"


def _nrma() -> Site:
    p = ""
    menu = [("關於本署", ["署長介紹", "組織職掌", "歷史沿革", "所屬機關", "聯絡資訊"]), ("業務資訊", ["河川治理", "區域排水", "海岸防護", "水資源", "防汛專區", "水情資訊", "河川揚塵"]),
            ("政府資訊公開", ["法規命令", "預算書", "決算書", "施政計畫", "統計資訊", "政府採購", "補助資訊", "國家賠償", "請願訴願"]),
            ("便民服務", ["申辦服務", "表單下載", "常見問答", "河川公地申請", "砂石採取"]), ("新聞專區", ["新聞稿", "即時新聞澄清", "影音專區"])]
    news = [(f"/News_Content.aspx?n=11&s={70001 + i}", t, ago(d)) for i, (d, t) in enumerate(
        [(1, "本署啟動115年度汛期後河道疏濬作業"), (2, "本署辦理全國河川巡守志工表揚大會"), (6, "河川局完成烏溪堤防補強工程"), (9, "本署與地方政府合作推動逕流分擔"),
         (13, "本署參加國際水資源研討會"), (20, "河川揚塵防制宣導")])]
    press = [(f"/News_Content.aspx?n=12&s={71001 + i}", t, ago(d)) for i, (d, t) in enumerate(
        [(2, "署長視察東港溪整治計畫"), (5, "本署說明鳳山溪疏濬砂石去化情形"), (12, "颱風過後河川區域安全檢查完成"), (16, "本署公布114年度河川水質監測成果")])]
    laws = [(f"/News_Content.aspx?n=21&s={72001 + i}", t, d) for i, (d, t) in enumerate(
        [(D(2026, 9, 18), "河川管理辦法第四十條修正條文"), (D(2026, 5, 4), "河川區域種植規定"), (D(2025, 12, 30), "海岸管理法施行細則修正")])]
    budget = [(f"/News_Content.aspx?n=22&s={73001 + i}", t, d) for i, (d, t) in enumerate(
        [(D(2026, 1, 20), "115年度法定預算"), (D(2025, 9, 1), "115年度預算案"), (D(2025, 1, 22), "114年度法定預算")])]
    final = [(f"/News_Content.aspx?n=23&s={74001 + i}", t, d) for i, (d, t) in enumerate(
        [(D(2026, 4, 30), "114年度決算"), (D(2025, 4, 28), "113年度決算"), (D(2024, 4, 30), "112年度決算")])]
    plan = [(f"/News_Content.aspx?n=24&s={75001 + i}", t, d) for i, (d, t) in enumerate(
        [(D(2026, 1, 5), "115年度施政計畫"), (D(2025, 1, 6), "114年度施政計畫")])]
    jobs = [(f"/News_Content.aspx?n=31&s={76001 + i}", t, ago(d)) for i, (d, t) in enumerate(
        [(16, "國家河川管理署第三河川分署徵求約僱工程員1名"), (30, "本署人事室徵求職務代理人（書記）"), (58, "本署徵求土木工程職系科員1名"), (95, "本署115年度聘用人員甄選")])]

    def tab_panel(pid: str, rows: list[tuple[str, str, dt.date]], more: str, fmt=roc, active: str = "") -> str:
        return (f'<div class="tab-pane{active}" id="{pid}"><ul class="list">'
                + li_items([(u, t, fmt(d)) for u, t, d in rows])
                + f'</ul><a class="more" href="{more}">更多</a></div>')

    body = f"""{tw_header(p, "國家河川管理署", "國家河川管理署", [("首頁", []), *menu])}
<main id="C">
<div class="banner"><a href="/cp.aspx?n=801"><img src="/images/banner/flood.jpg" alt="防汛整備 全民動員"></a></div>
<section class="news"><ul class="tabs"><li class="active"><a href="#n1">最新消息</a></li><li><a href="#n2">新聞稿</a></li></ul>
{tab_panel("n1", news, "/News.aspx?n=11&sms=1", roc, " active")}
{tab_panel("n2", press, "/News.aspx?n=12&sms=2", lambda d: roc(d, "/"))}
</section>
<section class="open"><h2>政府資訊公開</h2>
<ul class="tabs"><li class="active"><a href="#o1">法規命令</a></li><li><a href="#o2">預算書</a></li><li><a href="#o3">決算書</a></li><li><a href="#o4">施政計畫</a></li></ul>
{tab_panel("o1", laws, "/News.aspx?n=21&sms=3", roc, " active")}
{tab_panel("o2", budget, "/News.aspx?n=22&sms=4")}
{tab_panel("o3", final, "/News.aspx?n=23&sms=5")}
{tab_panel("o4", plan, "/News.aspx?n=24&sms=6")}
</section>
<section class="jobs"><h2>人事室徵才</h2><ul class="list">{li_items([(u, t, roc(d, ".")) for u, t, d in jobs])}</ul><a class="more" href="/News.aspx?n=31&sms=7">更多</a></section>
<section class="water"><h2>即時水情</h2><p>水庫蓄水率及河川水位資料每10分鐘更新，資料時間：115/11/26 09:50</p>
<a href="/cp.aspx?n=811">河川水位</a> <a href="/cp.aspx?n=812">雨量資訊</a> <a href="/cp.aspx?n=813">淹水感測</a></section>
</main>
{tw_footer(p, "國家河川管理署", "413臺中市霧峰區中正路1340號", "(04)2330-2222")}"""
    home = page("國家河川管理署", body, p=p)

    def list_page(title: str, rows: list[tuple[str, str, dt.date]], head: str = "發布日期") -> str:
        trs = "\n".join(f'<tr><td><a href="{u}">{t}</a></td><td>{roc(d)}</td></tr>' for u, t, d in rows)
        return page(f"{title}-國家河川管理署", f"""{tw_header(p, "國家河川管理署", "國家河川管理署", menu)}
<main id="C"><h2>{title}</h2><table class="table"><thead><tr><th>標題</th><th>{head}</th></tr></thead><tbody>{trs}</tbody></table></main>
{tw_footer(p, "國家河川管理署", "413臺中市霧峰區中正路1340號", "(04)2330-2222")}""", p=p)

    raw = {"/": (home, ""), "/News.aspx?n=11&sms=1": (list_page("最新消息", news), ""), "/News.aspx?n=12&sms=2": (list_page("新聞稿", press), ""),
           "/News.aspx?n=21&sms=3": (list_page("法規命令", laws, "公告日期"), ""), "/News.aspx?n=22&sms=4": (list_page("預算書", budget, "更新日期"), ""),
           "/News.aspx?n=23&sms=5": (list_page("決算書", final, "更新日期"), ""), "/News.aspx?n=24&sms=6": (list_page("施政計畫", plan), ""),
           "/News.aspx?n=31&sms=7": (list_page("人事室徵才", jobs), "")}
    titles = {u: (t, d) for u, t, d in news + press + laws + budget + final + plan + jobs}
    return Site(
        key="nrma", host=NRMA, name="國家河川管理署",
        pages=_complete(NRMA, raw, lambda path: tw_article(p, "國家河川管理署", *titles.get(path, ("國家河川管理署", None)), "人事室")),
        full=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"undated", "future_dated"}),
        home=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"undated"}),
        last_updated=ago(1),
        columns=[Column("最新消息", "news", ago(1)), Column("新聞稿", "news", ago(2)), Column("法規命令", "policy", D(2026, 9, 18)),
                 Column("預算書", "finance", D(2026, 1, 20)), Column("決算書", "finance", D(2026, 4, 30)),
                 Column("施政計畫", "planning", D(2026, 1, 5)), Column("人事室徵才", "personnel", ago(16))],
        page_dates={laws[0][0]: D(2026, 9, 18)},
        note="yearly 預算/決算/施政計畫 (finance and planning, a year's pace) and 人事室徵才 dated 115.11.10.",
    )


# --------------------------------------------------------------------------- 5. Hong Kong department (bilingual)

FEHD = "www.fehd.hk5.trad5.test"


def hk_page(title: str, body: str, lang: str = "zh-HK") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><meta name="keywords" content="食物環境衞生署, FEHD">
<link rel="stylesheet" href="/tc_chi/css/common.css"><link rel="stylesheet" href="/tc_chi/css/print.css" media="print">
<script src="/js/jquery.min.js"></script><script src="/js/common.js"></script>
<script>var siteLang='tc'; function changeLang(l){{ location.href = location.href.replace('/tc_chi/', '/' + l + '/'); }}</script>
</head><body>
<div id="skip"><a href="#content">跳至主要內容</a></div>
<header><div class="govhk"><a href="https://www.info-gov-hk5.test/">GovHK 香港政府一站通</a></div>
<div class="lang"><a href="/english/index.html" lang="en">English</a> | <a href="/sc_chi/index.html">简体</a></div>
<a href="/tc_chi/index.html"><img src="/tc_chi/images/logo.png" alt="食物環境衞生署"></a>
<form action="/tc_chi/search.html"><input name="q" aria-label="搜尋"><button>搜尋</button></form>
<nav><ul class="nav">
<li><a href="/tc_chi/about_us/index.html">關於我們</a><ul><li><a href="/tc_chi/about_us/vision.html">理想、使命及信念</a></li><li><a href="/tc_chi/about_us/org.html">組織圖</a></li><li><a href="/tc_chi/about_us/pledge.html">服務承諾</a></li></ul></li>
<li><a href="/tc_chi/food_safety/index.html">食物安全</a><ul><li><a href="/tc_chi/food_safety/alerts.html">食物警報</a></li><li><a href="/tc_chi/food_safety/surveillance.html">食物監察計劃</a></li></ul></li>
<li><a href="/tc_chi/licensing/index.html">牌照及許可證</a><ul><li><a href="/tc_chi/licensing/restaurant.html">食物業牌照</a></li><li><a href="/tc_chi/licensing/hawker.html">小販牌照</a></li></ul></li>
<li><a href="/tc_chi/pest_control/index.html">防治蟲鼠</a><ul><li><a href="/tc_chi/pest_control/dengue.html">登革熱</a></li><li><a href="/tc_chi/pest_control/rodent.html">防鼠</a></li></ul></li>
<li><a href="/tc_chi/cleansing/index.html">潔淨服務</a></li><li><a href="/tc_chi/cemeteries/index.html">墳場及火葬場</a></li>
<li><a href="/tc_chi/markets/index.html">街市</a></li><li><a href="/tc_chi/forms/index.html">表格</a></li></ul></nav></header>
<main id="content">{body}</main>
<footer><ul><li><a href="/tc_chi/important_notices.html">重要告示</a></li><li><a href="/tc_chi/privacy.html">私隱政策</a></li>
<li><a href="/tc_chi/accessibility.html">無障礙說明</a></li><li><a href="/tc_chi/sitemap.html">網頁指南</a></li><li><a href="/tc_chi/contact_us.html">聯絡我們</a></li></ul>
<p>2026 <span>©</span> | 修訂日期： 2026年11月26日</p><img src="/tc_chi/images/wcag.png" alt="無障礙網頁嘉許計劃"></footer>
</body></html>"""


def _fehd() -> Site:
    days = [ago(1), ago(2), ago(3), ago(6), ago(7)]
    press_titles = {
        days[0]: ["食環署繼續加強滅蚊工作", "食物安全中心公布食物監察結果", "署方打擊非法擺賣行動"],
        days[1]: ["中心跟進預先包裝雪糕含致病菌個案", "街市冬季清潔運動展開"],
        days[2]: ["食環署公布第三季衞生黑點清潔成果", "墳場冬至掃墓交通安排"],
        days[3]: ["食物安全中心提醒市民小心進食生蠔"],
        days[4]: ["食環署與區議會合辦滅鼠運動"],
    }
    n = 0
    press_blocks = []
    press_urls: dict[str, tuple[str, dt.date]] = {}
    for d in days:
        lis = []
        for t in press_titles[d]:
            n += 1
            u = f"/tc_chi/press/{iso(d, '')}_{n}.html"
            press_urls[u] = (t, d)
            lis.append(f'<li><a href="{u}">{t}</a></li>')
        press_blocks.append(f'<h3 class="pr-date">{hk_day(d)}</h3><ul class="pr">{"".join(lis)}</ul>')
    whats_new = [(f"/tc_chi/whatsnew/wn_{i}.html", t, ago(d)) for i, (d, t) in enumerate(
        [(1, "更新：食物業牌照申請須知"), (4, "新增：2026年第三季食物監察報告"), (8, "更新：公眾街市租務安排"), (15, "新增：防治登革熱宣傳短片"),
         (22, "更新：小販發牌政策")])]
    tenders = [(f"/tc_chi/tender/t{i}.html", t, ago(d)) for i, (d, t) in enumerate(
        [(13, "提供潔淨服務（東區）招標書"), (27, "提供街市管理服務招標書"), (60, "提供防治蟲鼠服務招標書")])]
    jobs = [(f"/tc_chi/job/j{i}.html", t, ago(d)) for i, (d, t) in enumerate(
        [(20, "招聘二級工人（合約）"), (41, "招聘衞生督察"), (90, "招聘助理文書主任")])]
    home_body = f"""<div class="banner"><a href="/tc_chi/pest_control/dengue.html"><img src="/tc_chi/images/banner_dengue.jpg" alt="全城滅蚊 預防登革熱"></a></div>
<section class="press"><h2>新聞公報</h2>{"".join(press_blocks[:3])}<a class="more" href="/tc_chi/press/index.html">更多新聞公報</a></section>
<section class="whatsnew"><h2>最新消息</h2><ul>{"".join(f'<li><span class="date">{dmy(d)}</span> <a href="{u}">{t}</a></li>' for u, t, d in whats_new)}</ul>
<a class="more" href="/tc_chi/whatsnew/index.html">更多</a></section>
<section class="tender"><h2>招標公告</h2><ul>{"".join(f'<li><a href="{u}">{t}</a> <span class="date">({dmy(d)})</span></li>' for u, t, d in tenders)}</ul>
<a class="more" href="/tc_chi/tender/index.html">更多</a></section>
<section class="jobs"><h2>職位空缺</h2><ul>{"".join(f'<li><a href="{u}">{t}</a> <span class="date">{dmy(d)}</span></li>' for u, t, d in jobs)}</ul>
<a class="more" href="/tc_chi/job/index.html">更多</a></section>
<section class="hotline"><h2>熱線</h2><p>1823 政府熱線</p></section>"""
    home = hk_page("食物環境衞生署", home_body)
    press_page = hk_page("新聞公報 - 食物環境衞生署", '<h1>新聞公報</h1>' + "".join(press_blocks) + '<p><a href="/tc_chi/press/archive.html">新聞公報檔案</a></p>')
    wn_page = hk_page("最新消息 - 食物環境衞生署", '<h1>最新消息</h1><table class="wn"><tr><th>日期</th><th>內容</th></tr>'
                      + "".join(f'<tr><td>{dmy(d)}</td><td><a href="{u}">{t}</a></td></tr>' for u, t, d in whats_new) + "</table>")
    tender_page = hk_page("招標公告 - 食物環境衞生署", '<h1>招標公告</h1><table><tr><th>招標編號</th><th>標題</th><th>發出日期</th><th>截標日期</th></tr>'
                          + "".join(f'<tr><td>FEHD/T{i}/2026</td><td><a href="{u}">{t}</a></td><td>{dmy(d)}</td><td>{dmy(d + dt.timedelta(days=35))}</td></tr>'
                                    for i, (u, t, d) in enumerate(tenders)) + "</table>")
    job_page = hk_page("職位空缺 - 食物環境衞生署", '<h1>職位空缺</h1><table><tr><th>職位</th><th>公布日期</th><th>截止申請日期</th></tr>'
                       + "".join(f'<tr><td><a href="{u}">{t}</a></td><td>{dmy(d)}</td><td>{dmy(d + dt.timedelta(days=14))}</td></tr>' for u, t, d in jobs) + "</table>")
    titles = press_urls | {u: (t, d) for u, t, d in whats_new + tenders + jobs}

    def art(path: str) -> str:
        t, d = titles.get(path, ("食物環境衞生署", None))
        tail = f'<p class="date">{hk_day(d)}</p><p>完</p>' if d else ""
        return hk_page(f"{t} - 食物環境衞生署", f"<h1>{t}</h1><p>{t}。詳情請瀏覽本署網頁或致電2868 0000查詢。</p>{tail}")

    raw = {"/": (home, ""), "/tc_chi/index.html": (home, ""), "/tc_chi/press/index.html": (press_page, ""), "/tc_chi/whatsnew/index.html": (wn_page, ""),
           "/tc_chi/tender/index.html": (tender_page, ""), "/tc_chi/job/index.html": (job_page, "")}
    first_press = next(iter(press_urls))
    return Site(
        key="fehd", host=FEHD, name="食物環境衞生署",
        pages=_complete(FEHD, raw, art),
        full=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"undated", "future_dated"}),
        home=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"undated"}),
        last_updated=ago(1),
        columns=[Column("新聞公報", "news", ago(1)), Column("最新消息", "news", ago(1)), Column("招標公告", "notice", ago(13)),
                 Column("職位空缺", "personnel", ago(20))],
        page_dates={first_press: ago(1)},
        note="press releases under day headings with the weekday; What's New in dd.mm.yyyy; tender and job tables with closing dates ahead.",
    )


# --------------------------------------------------------------------------- 6. Macau bureau (Chinese / Portuguese)

IAS = "www.ias.mo5.trad5.test"


def _ias() -> Site:
    news = [(f"/zh-hant/news/{100 + i}", t, ago(d)) for i, (d, t) in enumerate(
        [(2, "社工局舉辦長者關懷探訪活動"), (3, "社工局資助社會服務設施年度評估"), (9, "社工局與社團簽署長者照顧服務協議"), (14, "國際志願人員日表揚活動"), (21, "社工局推出家庭暴力求助熱線宣傳")])]
    noticias = [(f"/pt/noticias/{200 + i}", t, ago(d)) for i, (d, t) in enumerate(
        [(2, "IAS realiza visitas de apoio a idosos"), (3, "Avaliação anual dos equipamentos sociais subsidiados"), (9, "IAS assina protocolos de cuidados a idosos"), (14, "Dia Internacional dos Voluntários")])]
    avisos = [(f"/zh-hant/notice/{300 + i}", t, d) for i, (d, t) in enumerate(
        [(D(2026, 11, 9), "社會工作局公告——資助申請"), (D(2026, 10, 3), "社會工作局公告——長者敬老金發放"), (D(2026, 8, 12), "關於社會服務設施牌照更新之公告")])]
    jobs = [(f"/zh-hant/recruitment/{400 + i}", t, ago(d)) for i, (d, t) in enumerate(
        [(24, "以行政任用合同制度填補高級技術員職位空缺"), (66, "社工局統一管理制度之專業或職務能力評估對外開考")])]
    nav = """<nav class="menu"><ul><li><a href="/zh-hant/about">本局簡介</a></li><li><a href="/zh-hant/services">服務</a></li>
<li><a href="/zh-hant/elderly">長者服務</a></li><li><a href="/zh-hant/family">家庭及社區</a></li><li><a href="/zh-hant/rehab">復康服務</a></li>
<li><a href="/zh-hant/addiction">防治藥物依賴</a></li><li><a href="/zh-hant/gambling">防治問題賭博</a></li><li><a href="/zh-hant/licensing">社會設施牌照</a></li>
<li><a href="/zh-hant/subsidy">資助</a></li><li><a href="/zh-hant/publications">刊物</a></li><li><a href="/zh-hant/contact">聯絡我們</a></li></ul></nav>"""

    def mo_page(title: str, body: str, lang: str = "zh-Hant") -> str:
        return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="UTF-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" href="/themes/ias/css/main.css">
<script src="/themes/ias/js/vendor.js"></script></head><body>
<header class="site-header"><a href="https://www.gov-mo5.test/zh-hant/"><img src="/themes/ias/img/gov-logo.svg" alt="澳門特別行政區政府"></a>
<a href="/zh-hant/"><img src="/themes/ias/img/ias-logo.svg" alt="社會工作局 Instituto de Acção Social"></a>
<div class="lang"><a href="/zh-hant/">繁</a> <a href="/zh-hans/">简</a> <a href="/pt/">PT</a></div></header>
{nav}<main>{body}</main>
<footer><p>澳門特別行政區政府 社會工作局 版權所有 © 2026 Instituto de Acção Social</p>
<p>地址：澳門議事亭前地六號 | Endereço: Largo do Senado, n.º 6 | 電話 Tel: (853) 2836 7878</p>
<a href="/zh-hant/privacy">私隱聲明</a> <a href="/zh-hant/disclaimer">免責聲明</a> <a href="/zh-hant/sitemap">網站地圖</a></footer></body></html>"""

    home = mo_page("社會工作局 Instituto de Acção Social", f"""
<section class="news"><h2>新聞 <span lang="pt">Notícias</span></h2>
<div class="cards">{"".join(f'<article class="card"><a href="{u}"><h3>{t}</h3></a><time>{iso(d)}</time></article>' for u, t, d in news)}</div>
<a class="more" href="/zh-hant/news">更多新聞</a></section>
<section class="noticias" lang="pt"><h2>Notícias em português</h2><ul>{"".join(f'<li><span class="data">{dmy(d, "/")}</span> <a href="{u}">{t}</a></li>' for u, t, d in noticias)}</ul>
<a class="more" href="/pt/noticias">Mais</a></section>
<section class="avisos"><h2>通告 <span lang="pt">Avisos</span></h2><ul>{"".join(f'<li><a href="{u}">{t}</a><span class="data">{dmy(d, "/")}</span></li>' for u, t, d in avisos)}</ul>
<a class="more" href="/zh-hant/notice">更多</a></section>
<section class="jobs"><h2>招聘 <span lang="pt">Recrutamento</span></h2><ul>{"".join(f'<li><a href="{u}">{t}</a><span class="data">{iso(d)}</span></li>' for u, t, d in jobs)}</ul>
<a class="more" href="/zh-hant/recruitment">更多</a></section>
<section class="hotline"><h2>求助熱線</h2><p>家庭暴力求助熱線 2836 7878（24小時）</p></section>""")
    news_page = mo_page("新聞 - 社會工作局", '<h1>新聞</h1><ul class="list">' + "".join(f'<li><a href="{u}">{t}</a><time>{iso(d)}</time></li>' for u, t, d in news) + "</ul>")
    not_page = mo_page("Notícias - IAS", '<h1>Notícias</h1><ul class="list">' + "".join(f'<li><span>{dmy(d, "/")}</span><a href="{u}">{t}</a></li>' for u, t, d in noticias) + "</ul>", "pt")
    av_page = mo_page("通告 - 社會工作局", '<h1>通告 Avisos</h1><table><tr><th>標題</th><th>日期 Data</th></tr>' + "".join(f'<tr><td><a href="{u}">{t}</a></td><td>{dmy(d, "/")}</td></tr>' for u, t, d in avisos) + "</table>")
    job_page = mo_page("招聘 - 社會工作局", '<h1>招聘 Recrutamento</h1><ul>' + "".join(f'<li><a href="{u}">{t}</a><span>{iso(d)}</span></li>' for u, t, d in jobs) + "</ul>")
    titles = {u: (t, d) for u, t, d in news + noticias + avisos + jobs}

    def art(path: str) -> str:
        t, d = titles.get(path, ("社會工作局", None))
        return mo_page(f"{t} - 社會工作局", f'<h1>{t}</h1>' + (f'<p class="date">發佈日期：{iso(d)}</p>' if d else "") + f"<p>{t}。</p>")

    raw = {"/": (home, ""), "/zh-hant/": (home, ""), "/zh-hant/news": (news_page, ""), "/pt/noticias": (not_page, ""), "/zh-hant/notice": (av_page, ""),
           "/zh-hant/recruitment": (job_page, "")}
    return Site(
        key="ias", host=IAS, name="社會工作局",
        pages=_complete(IAS, raw, art),
        full=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"undated", "future_dated"}),
        home=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"undated"}),
        last_updated=ago(2),
        columns=[Column("新聞", "news", ago(2)), Column("Notícias em português", "news", ago(2)), Column("通告", "notice", D(2026, 11, 9)),
                 Column("招聘", "personnel", ago(24))],
        page_dates={news[0][0]: ago(2)},
        note="Portuguese dd/mm/yyyy: the 通告's newest 09/11/2026 is 9 November (read as 11 September it would be older).",
    )


# --------------------------------------------------------------------------- 7. school 公告系統 with pinned old notices

QTPS = "www.qtps.trad5.test"


def _qtps() -> Site:
    pinned = [("/ischool/publish_page/0/?cid=1&id=1201", "本校校園性別事件申訴及處理管道", D(2023, 8, 30), "學務處"),
              ("/ischool/publish_page/0/?cid=1&id=1388", "本校場地租借辦法及收費標準", D(2024, 2, 15), "總務處"),
              ("/ischool/publish_page/0/?cid=1&id=1460", "新北市學生意外傷害保險理賠申請須知", D(2024, 9, 2), "學務處")]
    fresh = [(f"/ischool/publish_page/0/?cid=1&id={3100 - i}", t, ago(d), u) for i, (d, t, u) in enumerate(
        [(1, "115學年度第1學期期末評量日程", "教務處"), (1, "本校冬季運動會交通管制說明", "學務處"), (2, "新北市115年度學生音樂比賽本校成績", "教務處"),
         (5, "12月份營養午餐菜單", "總務處"), (7, "本校辦理校園登革熱防治宣導", "健康中心"), (9, "116學年度新生入學報到事宜", "教務處"),
         (12, "本校教師甄選第二次公告", "人事室"), (16, "親職教育講座報名", "輔導室"), (20, "本校防災演練實施計畫", "學務處"), (23, "圖書館閱讀護照獎勵名單", "教務處")])]

    def rows(limit: int) -> str:
        out = []
        for u, t, d, unit in pinned:
            out.append(f'<tr class="top"><td><img src="/ischool/resources/images/top.gif" alt="置頂"></td><td>{unit}</td>'
                       f'<td><a href="{u}" title="{t}">{t}</a></td><td>{iso(d)}</td><td>2,3{d.day:02d}</td></tr>')
        for u, t, d, unit in fresh[:limit]:
            out.append(f'<tr><td></td><td>{unit}</td><td><a href="{u}" title="{t}">{t}</a></td><td>{iso(d)}</td><td>{40 + d.day}</td></tr>')
        return "\n".join(out)

    honors = [(f"/ischool/publish_page/0/?cid=2&id={500 + i}", t, ago(d)) for i, (d, t) in enumerate(
        [(3, "賀！本校合唱團榮獲新北市音樂比賽特優"), (18, "賀！五年級王同學榮獲全國科展佳作"), (40, "賀！本校榮獲新北市閱讀磐石獎")])]
    table_head = '<tr><th></th><th>單位</th><th>標題</th><th>日期</th><th>點閱</th></tr>'
    body = f"""<div id="header"><a href="/"><img src="/images/school_logo.png" alt="新北市新莊區青田國民小學"></a>
<ul class="toplink"><li><a href="/">首頁</a></li><li><a href="/sitemap.html">網站導覽</a></li><li><a href="https://www.edu-ntpc5.test/">新北市教育局</a></li></ul></div>
<ul id="nav"><li><a href="/about.html">學校簡介</a><ul><li><a href="/about/history.html">學校沿革</a></li><li><a href="/about/map.html">校園平面圖</a></li><li><a href="/about/song.html">校歌</a></li></ul></li>
<li><a href="/office.html">行政單位</a><ul><li><a href="/office/academic.html">教務處</a></li><li><a href="/office/student.html">學務處</a></li><li><a href="/office/general.html">總務處</a></li><li><a href="/office/counsel.html">輔導室</a></li><li><a href="/office/personnel.html">人事室</a></li><li><a href="/office/account.html">會計室</a></li></ul></li>
<li><a href="/class.html">班級網頁</a></li><li><a href="/teacher.html">教師網頁</a></li><li><a href="/parents.html">家長會</a></li><li><a href="/link.html">教學資源</a></li></ul>
<div id="main">
<div class="module news"><h2>最新公告</h2>
<table class="table table-striped">{table_head}
{rows(8)}
</table><a class="more" href="/ischool/publish_page/0/?cid=1">更多公告</a></div>
<div class="module honor"><h2>榮譽榜</h2><ul>{li_items([(u, t, iso(d)) for u, t, d in honors])}</ul><a class="more" href="/ischool/publish_page/0/?cid=2">更多</a></div>
<div class="module calendar"><h2>行事曆</h2><ul><li>12/05 冬季運動會</li><li>12/24 耶誕英語日</li><li>01/16 期末評量</li><li>01/20 休業式</li></ul><a class="more" href="/calendar.html">完整行事曆</a></div>
<div class="module links"><h2>常用連結</h2><ul><li><a href="/link/lunch.html">午餐資訊</a></li><li><a href="/link/library.html">圖書館</a></li><li><a href="/link/email.html">教師信箱</a></li></ul></div>
</div>
<div id="footer"><p>新北市新莊區青田國民小學　地址：242新北市新莊區青田路88號　電話：(02)2991-1234</p><p>Copyright © 2026 All rights reserved.　本站累計參觀人數：2,184,006</p></div>"""
    home = page("新北市新莊區青田國民小學", body)
    list_body = f"""<div id="main"><h2>最新公告</h2><form>搜尋：<input name="k"></form><table class="table">{table_head}
{rows(10)}</table><div class="pagination"><span>1</span> <a href="/ischool/publish_page/0/?cid=1&page=2">2</a> <a href="/ischool/publish_page/0/?cid=1&page=3">3</a> <a href="/ischool/publish_page/0/?cid=1&page=2">下一頁</a></div></div>"""
    honor_body = f'<div id="main"><h2>榮譽榜</h2><table class="table"><tr><th>標題</th><th>日期</th></tr>{"".join(f"<tr><td><a href={chr(34)}{u}{chr(34)}>{t}</a></td><td>{iso(d)}</td></tr>" for u, t, d in honors)}</table></div>'
    titles = {u: (t, d) for u, t, d, _u in pinned + fresh} | {u: (t, d) for u, t, d in honors}

    def art(path: str) -> str:
        t, d = titles.get(path, ("青田國小", None))
        info = f'<p class="info">發佈日期：{iso(d)}　發佈單位：教務處</p>' if d else ""
        return page(f"{t}-新北市新莊區青田國民小學", f'<div id="main"><h2>{t}</h2>{info}<div class="content"><p>{t}，請家長及同學留意。</p></div></div>')

    raw = {"/": (home, ""), "/ischool/publish_page/0/?cid=1": (page("最新公告-青田國小", list_body), ""),
           "/ischool/publish_page/0/?cid=2": (page("榮譽榜-青田國小", honor_body), "")}
    return Site(
        key="qtps", host=QTPS, name="新北市新莊區青田國民小學",
        pages=_complete(QTPS, raw, art),
        full=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"undated", "future_dated"}),
        home=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"undated"}),
        last_updated=ago(1),
        columns=[Column("最新公告", "notice", ago(1)), Column("榮譽榜", "other", ago(3), optional=True),
                 Column("行事曆", "other", None, optional=True)],
        page_dates={fresh[0][0]: ago(1)},
        note="three pinned notices of 112-113 above the fresh rows, marked only by an icon's alt 置頂.",
    )


# --------------------------------------------------------------------------- 8. hacked township office

FULIN = "www.fulin.trad5.test"


def _fulin() -> Site:
    p = ""
    news = [(f"/News_Content.aspx?n=51&s={9100 + i}", t, ago(d)) for i, (d, t) in enumerate(
        [(2, "福林鄉115年度重陽敬老禮金發放"), (4, "鄉長主持福林圖書館啟用典禮"), (8, "福林鄉公所辦理道路路面改善工程"), (11, "福林鄉農特產品行銷活動")])]
    notice = [(f"/News_Content.aspx?n=52&s={9200 + i}", t, ago(d)) for i, (d, t) in enumerate(
        [(5, "公告本鄉第二公墓遷葬作業"), (19, "公告本鄉清潔隊資源回收日調整"), (33, "公告本鄉公有零售市場攤位標租")])]
    spam_links = "".join(
        f'<a href="https://{h}/" title="{t}">{t}</a> ' for h, t in [
            ("www.tt-casino888.example", "娛樂城"), ("www.tt-casino888.example", "線上娛樂城推薦"), ("www.bjl-king.example", "百家樂"),
            ("www.bjl-king.example", "百家樂技巧"), ("www.sport-lottery-tw.example", "運彩分析"), ("www.slot-77.example", "老虎機"),
            ("www.tt-casino888.example", "娛樂城註冊送體驗金"), ("www.bjl-king.example", "真人百家樂"), ("www.sport-lottery-tw.example", "台灣運彩"),
            ("www.slot-77.example", "線上博弈")])
    body = f"""{tw_header(p, "福林鄉公所", "新安縣福林鄉公所", TW_MENU[:6])}
<main id="C">
<div class="box"><h2>最新消息</h2><ul>{li_items([(u, t, roc(d)) for u, t, d in news])}</ul><a class="more" href="/News.aspx?n=51&sms=1">更多</a></div>
<div class="box"><h2>公告事項</h2><ul>{li_items([(u, t, roc(d)) for u, t, d in notice])}</ul><a class="more" href="/News.aspx?n=52&sms=2">更多</a></div>
</main>
<div style="position:absolute;top:-9999px;left:-9999px;width:1px;height:1px;overflow:hidden">
<h2>台灣最佳娛樂城 線上百家樂 運彩 老虎機</h2>{spam_links}
<p>2026最新娛樂城推薦，百家樂、運彩、老虎機一站式體驗，註冊即送體驗金，出金快速安全。娛樂城排名｜百家樂必勝法｜運彩投注</p></div>
{tw_footer(p, "福林鄉公所", "63541新安縣福林鄉中正路8號", "(05)696-2011")}"""
    home = page("福林鄉公所-娛樂城｜百家樂｜台灣運彩推薦", body, p=p,
                head='<meta name="keywords" content="娛樂城,百家樂,運彩,老虎機,線上博弈">\n<meta name="description" content="福林鄉公所 台灣最佳線上娛樂城 百家樂 運彩">')

    def list_page(title: str, rows: list[tuple[str, str, dt.date]]) -> str:
        trs = "".join(f'<tr><td><a href="{u}">{t}</a></td><td>{roc(d)}</td></tr>' for u, t, d in rows)
        return page(f"{title}-福林鄉公所", f'<main id="C"><h2>{title}</h2><table><tr><th>標題</th><th>發布日期</th></tr>{trs}</table></main>', p=p)

    raw = {"/": (home, ""), "/News.aspx?n=51&sms=1": (list_page("最新消息", news), ""), "/News.aspx?n=52&sms=2": (list_page("公告事項", notice), "")}
    titles = {u: (t, d) for u, t, d in news + notice}
    return Site(
        key="fulin", host=FULIN, name="福林鄉公所",
        pages=_complete(FULIN, raw, lambda path: tw_article(p, "福林鄉公所", *titles.get(path, ("福林鄉公所", None)))),
        full=Truth("hijacked", False, must={"hidden_links", "spam_content"}, must_not={"homepage_stale", "abandoned", "column_empty"}),
        home=Truth("hijacked", False, must={"hidden_links", "spam_content"}, must_not={"homepage_stale", "abandoned"}),
        last_updated=ago(2),
        columns=[Column("最新消息", "news", ago(2)), Column("公告事項", "notice", ago(5))],
        note="a fresh township site with an off-screen block of 娛樂城/百家樂 links and a tampered title.",
    )


# --------------------------------------------------------------------------- 9. entry page with a language chooser

YUWAN = "www.yuwan.trad5.test"


def _yuwan() -> Site:
    entry = """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>嶼灣縣政府</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/entry.css">
<style>body{background:#0b4f7c url(/images/entry_bg.jpg) center/cover no-repeat} .enter a{display:inline-block;padding:12px 40px}</style></head>
<body><div class="entry"><h1><img src="/images/entry_logo.png" alt="嶼灣縣政府 Yuwan County Government"></h1>
<p class="slogan">海洋之心・幸福嶼灣</p>
<div class="enter"><a href="/cht/index.php" title="進入網站">進入網站 Enter</a></div>
<ul class="langs"><li><a href="/cht/index.php" lang="zh-Hant">中文版</a></li><li><a href="/eng/index.php" lang="en">English</a></li>
<li><a href="/jpn/index.php" lang="ja">日本語</a></li></ul>
<p class="browser">建議瀏覽器：Chrome、Edge、Firefox、Safari 最新版本</p></div>
<div class="foot">嶼灣縣政府 版權所有 © 2026　地址：88041嶼灣縣馬公市治平路32號　電話：(06)927-4400</div></body></html>"""
    news = [(f"/cht/index.php?code=list&flag=detail&ids=21&article_id={60100 + i}", t, ago(d)) for i, (d, t) in enumerate(
        [(1, "嶼灣縣冬季海洋節活動預告"), (2, "縣長出席離島交通座談會"), (6, "本縣推動海洋廢棄物清除成果"), (8, "縣府辦理離島醫療巡迴服務"), (15, "本縣觀光人數創新高")])]
    notice = [(f"/cht/index.php?code=list&flag=detail&ids=22&article_id={60200 + i}", t, ago(d)) for i, (d, t) in enumerate(
        [(14, "公告本縣116年度漁船筏補助申請"), (29, "公告本縣海域遊憩活動管理規定"), (61, "公告本縣建築管理自治條例修正")])]
    eng = [(f"/eng/index.php?code=list&flag=detail&ids=31&article_id={60300 + i}", t, ago(d)) for i, (d, t) in enumerate(
        [(6, "Yuwan Ocean Festival returns this winter"), (27, "County promotes island medical services")])]

    def cht(body: str, title: str) -> str:
        return page(title, f"""{tw_header("", "嶼灣縣政府", "嶼灣縣政府", TW_MENU).replace('href="/Default.aspx"', 'href="/cht/index.php"')}
<main id="C">{body}</main>{tw_footer("", "嶼灣縣政府", "88041嶼灣縣馬公市治平路32號", "(06)927-4400")}""")

    def block(h: str, rows: list[tuple[str, str, dt.date]], more: str) -> str:
        return f'<section class="box"><h2>{h}</h2><ul>{li_items([(u, t, roc(d, "/")) for u, t, d in rows])}</ul><a class="more" href="{more}">更多</a></section>'

    cht_home = cht(block("縣府新聞", news, "/cht/index.php?code=list&ids=21") + block("公告資訊", notice, "/cht/index.php?code=list&ids=22"), "嶼灣縣政府全球資訊網")
    cht_news = cht(block("縣府新聞", news, "/cht/index.php?code=list&ids=21&page=2"), "縣府新聞-嶼灣縣政府")
    cht_notice = cht(block("公告資訊", notice, "/cht/index.php?code=list&ids=22&page=2"), "公告資訊-嶼灣縣政府")
    eng_home = page("Yuwan County Government", '<header><a href="/eng/index.php"><img src="/images/logo_en.png" alt="Yuwan County Government"></a></header><main><section><h2>News</h2><ul>'
                    + "".join(f'<li><a href="{u}">{t}</a> <span>{d.strftime("%b %d, %Y")}</span></li>' for u, t, d in eng)
                    + '</ul><a href="/eng/index.php?code=list&ids=31">More</a></section></main><footer>Copyright © 2026 Yuwan County Government</footer>', lang="en")
    jpn_home = page("嶼灣県政府", '<main lang="ja"><h1>嶼灣県へようこそ</h1><p>嶼灣県は台湾海峡に浮かぶ美しい島々です。</p><ul><li><a href="/jpn/sightseeing.php">観光案内</a></li><li><a href="/jpn/access.php">アクセス</a></li></ul></main>', lang="ja")
    titles = {u: (t, d) for u, t, d in news + notice + eng}
    raw = {"/": (entry, ""), "/cht/index.php": (cht_home, ""), "/cht/index.php?code=list&ids=21": (cht_news, ""),
           "/cht/index.php?code=list&ids=22": (cht_notice, ""), "/eng/index.php": (eng_home, ""), "/jpn/index.php": (jpn_home, "")}
    return Site(
        key="yuwan", host=YUWAN, name="嶼灣縣政府",
        pages=_complete(YUWAN, raw, lambda path: tw_article("", "嶼灣縣政府", *titles.get(path, ("嶼灣縣政府", None)))),
        full=Truth("healthy", True, must_not=STALE_FINDINGS | HIJACK | {"undated", "placeholder_page"}),
        # one visit to an entry page cannot date the site: undated, judged by change later
        home=Truth("healthy", True, must={"undated"}, must_not=STALE_FINDINGS | HIJACK | {"placeholder_page"}),
        last_updated=ago(1),
        columns=[Column("縣府新聞", "news", ago(1)), Column("公告資訊", "notice", ago(14)), Column("News", "news", ago(6), optional=True)],
        note="the homepage is an entry page (進入網站, 中文版/English/日本語): the site is judged on its second-level pages.",
    )


# --------------------------------------------------------------------------- 10. stale Big5 township office with the Executive Yuan's box

XIAYUN = "www.xiayun.trad5.test"


def _xiayun() -> Site:
    news = [(f"/chinese/news_detail.asp?id={2400 - i}", t, d) for i, (d, t) in enumerate(
        [(D(2026, 9, 30), "霞雲鄉中秋節敬老活動圓滿成功"), (D(2026, 9, 12), "鄉長視察霞雲村農路改善工程"), (D(2026, 8, 27), "霞雲鄉公所辦理防颱整備會議"),
         (D(2026, 8, 3), "霞雲鄉暑期兒童才藝營開課"), (D(2026, 7, 15), "霞雲鄉茶葉評鑑結果揭曉")])]
    notice = [(f"/chinese/notice_detail.asp?id={800 - i}", t, d) for i, (d, t) in enumerate(
        [(D(2026, 8, 1), "公告本鄉115年度第2期老人年金發放"), (D(2026, 6, 20), "公告本鄉公有零售市場攤位招租"), (D(2026, 4, 2), "公告本鄉清明節公墓交通管制")])]
    jobs = [(f"/chinese/job_detail.asp?id={90 - i}", t, d) for i, (d, t) in enumerate(
        [(D(2025, 12, 1), "霞雲鄉公所徵求清潔隊員"), (D(2025, 7, 18), "霞雲鄉公所約僱人員甄選")])]
    ey = [(f"https://www.ey-gov-tw5.test/Page/9277F759E41CCD91/{i}", t, ago(d)) for i, (d, t) in enumerate(
        [(1, "行政院會通過「國土計畫法」修正草案"), (2, "卓揆：持續推動長照3.0"), (3, "行政院核定115年度偏鄉數位建設計畫"), (6, "政院宣布冬季電價穩定措施")])]

    def table(h: str, rows: list[tuple[str, str, dt.date]], more: str, cls: str) -> str:
        trs = "".join(f'<tr><td width="12"><img src="/images/dot.gif" alt=""></td><td><a href="{u}">{t}</a></td><td align="right">{roc(d, "/")}</td></tr>' for u, t, d in rows)
        return (f'<table class="{cls}" width="100%" border="0" cellpadding="2"><tr><td colspan="2" class="title">{h}</td>'
                f'<td align="right"><a href="{more}"><img src="/images/more.gif" alt="更多{h}"></a></td></tr>{trs}</table>')

    ey_box = ('<table class="ey" width="100%"><tr><td colspan="2" class="title">行政院重要政策</td></tr>'
              + "".join(f'<tr><td><a href="{u}" target="_blank">{t}</a></td><td>{roc(d, "/")}</td></tr>' for u, t, d in ey)
              + "</table>")
    menu = "".join(f'<td><a href="/chinese/{k}.asp"><img src="/images/m_{k}.gif" alt="{t}"></a></td>' for k, t in
                   [("about", "本所簡介"), ("org", "組織職掌"), ("news", "鄉政新聞"), ("notice", "公告事項"), ("service", "便民服務"), ("tour", "觀光旅遊"), ("mail", "鄉長信箱")])
    body = f"""<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td><img src="/images/top_banner.jpg" width="980" height="160" alt="新安縣霞雲鄉公所"></td></tr>
<tr><td><table><tr>{menu}</tr></table></td></tr>
<tr><td><table width="100%"><tr>
<td width="200" valign="top" class="left"><p class="clock">中華民國115年11月26日 星期四</p>
<ul><li><a href="/chinese/service.asp?id=1">戶政服務</a></li><li><a href="/chinese/service.asp?id=2">社會福利</a></li><li><a href="/chinese/service.asp?id=3">兵役</a></li>
<li><a href="/chinese/service.asp?id=4">清潔隊</a></li><li><a href="/chinese/download.asp">表格下載</a></li></ul></td>
<td valign="top">
{table("鄉政新聞", news, "/chinese/news.asp", "news")}
{table("公告事項", notice, "/chinese/notice.asp", "notice")}
{table("徵才資訊", jobs, "/chinese/job.asp", "job")}
</td>
<td width="230" valign="top">{ey_box}
<p><a href="https://www.gov-tw5.test/"><img src="/images/egov.gif" alt="我的E政府"></a></p></td>
</tr></table></td></tr>
<tr><td class="footer">新安縣霞雲鄉公所 地址：63847新安縣霞雲鄉中山路1號 電話：(05)584-2001<br>
版權所有 Copyright 2026 霞雲鄉公所　建議解析度1024x768　您是第 1,384,992 位訪客</td></tr></table>"""
    home = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>新安縣霞雲鄉公所</title>
<link href="/css/style.css" rel="stylesheet" type="text/css"><script src="/js/menu.js"></script></head><body>{body}</body></html>"""

    def list_page(h: str, rows: list[tuple[str, str, dt.date]]) -> str:
        trs = "".join(f'<tr><td><a href="{u}">{t}</a></td><td>{roc(d, "/")}</td></tr>' for u, t, d in rows)
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{h}-霞雲鄉公所</title></head><body>'
                f'<table><tr><td class="title">{h}</td></tr><tr><th>標題</th><th>發布日期</th></tr>{trs}</table>'
                f'<p>共 {len(rows)} 筆 第1頁</p><p>版權所有 Copyright 2026 霞雲鄉公所</p></body></html>')

    titles = {u: (t, d) for u, t, d in news + notice + jobs}

    def art(path: str) -> str:
        t, d = titles.get(path, ("霞雲鄉公所", None))
        dline = f"<p>發布日期：{roc(d, '/')}</p>" if d else ""
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{t}</title></head>'
                f"<body><h3>{t}</h3>{dline}<p>{t}。</p></body></html>")

    raw = {"/": (home, ""), "/chinese/news.asp": (list_page("鄉政新聞", news), ""), "/chinese/notice.asp": (list_page("公告事項", notice), ""),
           "/chinese/job.asp": (list_page("徵才資訊", jobs), "")}
    return Site(
        key="xiayun", host=XIAYUN, name="新安縣霞雲鄉公所",
        pages=_complete(XIAYUN, raw, art, encoding="cp950", content_type="text/html; charset=big5"),
        full=Truth("stale", False, must={"homepage_stale", "column_stale"}, must_not=HIJACK | {"abandoned", "column_empty", "undated"}),
        home=Truth("stale", False, must={"homepage_stale"}, must_not=HIJACK | {"abandoned", "undated"}),
        last_updated=D(2026, 9, 30),
        columns=[Column("鄉政新聞", "news", D(2026, 9, 30)), Column("公告事項", "notice", D(2026, 8, 1)), Column("徵才資訊", "personnel", D(2025, 12, 1)),
                 Column("行政院重要政策", "policy", None, optional=True)],
        page_dates={news[0][0]: D(2026, 9, 30)},
        note="news stopped on 115/09/30; the 行政院重要政策 box of ey.gov.tw items is fresh but is another site's news.",
    )


# --------------------------------------------------------------------------- 11. Hong Kong committee with blank sections

EAC = "www.eac.hk5.trad5.test"


def _eac() -> Site:
    news = [(f"/tc/news/{iso(ago(d), '')}.html", t, ago(d)) for d, t in
            [(7, "委員會舉行第85次會議"), (16, "主席出席長者友善社區嘉許禮"), (30, "委員會探訪長者地區中心"), (52, "新一屆委員名單")]]
    empties = [("會議議程", "/tc/agenda.html", "暫無資料"), ("會議紀錄", "/tc/minutes.html", "現時沒有資料"), ("研究報告", "/tc/research.html", "暫無資料"),
               ("刊物", "/tc/publications.html", "沒有相關資料"), ("諮詢文件", "/tc/consultation.html", "暫無資料")]
    sections = "".join(f'<section class="col"><h2>{h}</h2><p class="nodata">{m}</p><a class="more" href="{u}">更多</a></section>' for h, u, m in empties)

    def eac_page(title: str, body: str) -> str:
        return f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>{title}</title><link rel="stylesheet" href="/css/main.css"></head><body>
<header><a href="/tc/index.html"><img src="/images/eac_logo.png" alt="長者事務諮詢委員會"></a><div class="lang"><a href="/en/index.html">English</a> | <a href="/sc/index.html">简体版</a></div>
<nav><a href="/tc/about.html">關於委員會</a> <a href="/tc/members.html">委員名單</a> <a href="/tc/terms.html">職權範圍</a> <a href="/tc/contact.html">聯絡我們</a></nav></header>
<main>{body}</main><footer><a href="/tc/notices.html">重要告示</a> <a href="/tc/privacy.html">私隱政策</a> <p>2026 © | 修訂日期：2026年11月20日</p></footer></body></html>"""

    home = eac_page("長者事務諮詢委員會", f"""<section class="col"><h2>最新消息</h2><ul>{"".join(f'<li><a href="{u}">{t}</a> <span>{dmy(d)}</span></li>' for u, t, d in news)}</ul>
<a class="more" href="/tc/news.html">更多</a></section>{sections}""")
    raw = {"/": (home, ""), "/tc/index.html": (home, ""),
           "/tc/news.html": (eac_page("最新消息", '<h1>最新消息</h1><table><tr><th>日期</th><th>標題</th></tr>' + "".join(f'<tr><td>{dmy(d)}</td><td><a href="{u}">{t}</a></td></tr>' for u, t, d in news) + "</table>"), "")}
    for h, u, m in empties:
        raw[u] = (eac_page(h, f"<h1>{h}</h1><p>{m}</p>"), "")
    titles = {u: (t, d) for u, t, d in news}

    def art(path: str) -> str:
        t, d = titles.get(path, ("長者事務諮詢委員會", None))
        return eac_page(t, f"<h1>{t}</h1>" + (f"<p>{hk_day(d)}</p>" if d else "") + f"<p>{t}。</p>")

    return Site(
        key="eac", host=EAC, name="長者事務諮詢委員會",
        pages=_complete(EAC, raw, art),
        full=Truth("stale", False, must={"column_empty"}, must_not=HIJACK | {"homepage_stale", "abandoned", "undated"}),
        home=Truth("healthy", True, must_not=HIJACK | {"homepage_stale", "abandoned", "undated"}),
        last_updated=ago(7),
        # 諮詢文件 (consultation papers) is typed policy: drafts of policy put out for
        # comment, as 政策文件 is; "other" was the truth's slip, not the crawler's
        columns=[Column("最新消息", "news", ago(7))]
        + [Column(h, "policy" if h == "諮詢文件" else "other", None, empty=True) for h, _u, _m in empties],
        note="five sections that say 暫無資料 / 現時沒有資料 / 沒有相關資料 on the homepage and on their own pages.",
    )


SITES: list[Site] = [_xinan(), _qingxi(), _dongliao(), _nrma(), _fehd(), _ias(), _qtps(), _fulin(), _yuwan(), _xiayun(), _eac()]
BY_KEY = {s.key: s for s in SITES}
