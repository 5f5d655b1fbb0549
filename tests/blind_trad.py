"""Blind evaluation: ten traditional-Chinese public-sector sites (Taiwan, Hong Kong, Macau).

Pages and truth were written from knowledge of how such sites are built, before
any scan and before reading the project's fixtures or crawler code.

Sites (NOW = 2026-11-20, a Friday; ROC year 115):

* ``qingshan``: 青山鄉公所 on the common Taiwan government CMS (News.aspx?n=&sms=):
  最新消息 table with 發布日期, 公告欄 with 公告日期 | 標題 | 截止日期 (deadlines ahead),
  活動花絮 photo gallery, 便民服務 icon block, 下載專區 with file dates. Healthy.
  Traps: ©版權所有 2026, 瀏覽人次, 更新日期 written at each request (today), 115年度 titles.
* ``hemei``: 和美鎮公所, the same CMS family, ROC and 2026/10/16 dates mixed; nothing new
  for 35 days on the homepage, 公告訊息 203 days old. Stale. Same traps (the per-request
  更新日期 stamp would make it look fresh).
* ``daan``: 大安區公所: fresh news, a tab box of seven columns of which six say
  目前無資料 / 查無資料 / 尚無資料 (and so do their own pages). Stale on five-empty-columns.
* ``health``: 嘉南縣衛生局: 新聞稿, 公告事項, 法規資訊 (250 days: one stale policy column,
  no veto), 政府資訊公開 table whose own page answers 500, 徵才公告. Passes (status
  stale: the stale column).
* ``school``: 和平國小: 學校公告 table (單位/標題/日期), 行事曆 with dates ahead, 榮譽榜,
  活動剪影. Healthy; the calendar's future dates are no finding.
* ``blog``: a 里辦公處 on a blog platform, last post 2024-08-15. Zombie.
* ``hkdc``: 海灣區議會 (HK district council): 新聞公報 dated 2026年11月19日（星期四）,
  最新消息, 會議文件, 公告; 修訂日期 at the foot written at each request. Healthy.
* ``hkdept``: 郊野公園管理署 (HK department): newest 新聞公報 2026年10月22日（星期四）,
  29 days; 公告 with 更新日期：2026年11月20日 page stamps. Stale.
* ``macau``: 市政署 style bilingual headings (最新消息 Notícias, 公告 Avisos, 招聘
  Recrutamento, 活動 Actividades), dd/mm/yyyy dates. Healthy.
* ``big5``: 東山鄉民代表會, a 2008 classic-ASP site in Big5 with no HTTP charset,
  <%=date()%> 網頁更新日期 of today, counter, newest news 143 days old. Stale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

NOW = dt.date(2026, 11, 20)
SUFFIX = "trad.test"


def d(days: int) -> dt.date:
    return NOW - dt.timedelta(days=days)


def roc(x: dt.date, sep: str = "-") -> str:
    return f"{x.year - 1911}{sep}{x.month:02d}{sep}{x.day:02d}"


def slash(x: dt.date) -> str:
    return f"{x.year}/{x.month:02d}/{x.day:02d}"


def iso(x: dt.date) -> str:
    return x.isoformat()


def zh(x: dt.date) -> str:
    return f"{x.year}年{x.month}月{x.day}日"


_WEEK = "一二三四五六日"


def hk(x: dt.date) -> str:
    return f"{x.year}年{x.month}月{x.day}日（星期{_WEEK[x.weekday()]}）"


def pt(x: dt.date) -> str:
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


# --------------------------------------------------------------------------- truth


@dataclass(frozen=True)
class Col:
    name: str
    type: str
    newest: dt.date | None
    empty: bool = False
    alt_types: tuple[str, ...] = ()  # contested headings: also acceptable


@dataclass(frozen=True)
class Page:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Site:
    key: str
    name: str
    pages: dict[str, Page]
    status_full: str
    passed_full: bool
    status_home: str
    passed_home: bool
    must_full: tuple[str, ...]
    must_not_full: tuple[str, ...]
    must_home: tuple[str, ...]
    must_not_home: tuple[str, ...]
    columns: tuple[Col, ...]
    last_updated_full: dt.date | None
    last_updated_home: dt.date | None
    # link blocks that must not be judged as (empty) columns
    not_columns: tuple[str, ...] = ()
    timezone: str = "Asia/Taipei"
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return f"www.{self.key}.{SUFFIX}"

    @property
    def url(self) -> str:
        return f"http://{self.host}/"


FRESH_NOT = ("homepage_stale", "abandoned", "undated", "future_dated", "placeholder_page",
             "hidden_links", "spam_content")


# --------------------------------------------------------------------------- chrome (Taiwan CMS)

_TW_MENU = {
    "認識本所": ["首長介紹", "本所沿革", "組織架構", "各課室業務職掌", "聯絡我們", "交通位置", "轄區簡介",
                "歷任首長", "村里長名錄", "志工隊介紹"],
    "最新消息": ["新聞稿", "公告欄", "活動花絮", "人事公告", "徵才資訊", "採購資訊"],
    "便民服務": ["申辦項目", "表單下載", "常見問答", "急難救助", "社會福利", "清潔隊服務", "公有零售市場",
                "殯葬設施", "停車場資訊", "路燈報修", "里民活動中心借用"],
    "政府資訊公開": ["法規命令", "施政計畫", "預算書", "決算書", "會計月報", "公共工程", "補助經費",
                   "性別統計", "內部控制聲明書", "施政報告"],
    "觀光旅遊": ["景點介紹", "在地美食", "農特產品", "交通資訊", "住宿資訊", "旅遊地圖", "節慶活動"],
    "下載專區": ["表單下載", "出版品", "影音專區", "宣導資料", "簡報資料"],
    "主題專區": ["性別平等專區", "廉政專區", "防災專區", "長期照顧專區", "反詐騙專區", "食品安全",
                "登革熱防治", "公職人員利益衝突迴避", "兒少保護", "無障礙環境"],
}


def _menu_html(menu: dict[str, list[str]], base: str = "/cl.aspx") -> str:
    out = ['<nav class="mainmenu" id="mainmenu"><div class="container"><a href="#" id="AC" accesskey="C" '
           'title="中央內容區塊">:::</a><ul class="menu-lv1">']
    n = 100
    for top, subs in menu.items():
        n += 1
        out.append(f'<li class="lv1"><a href="{base}?n={n}" title="{top}">{top}</a>'
                   '<div class="mega"><ul class="menu-lv2">')
        for s in subs:
            n += 1
            out.append(f'<li><a href="{base}?n={n}" title="{s}">{s}</a></li>')
        out.append("</ul></div></li>")
    out.append("</ul></div></nav>")
    return "".join(out)


_RELATED = ["行政院", "內政部", "衛生福利部", "教育部", "農業部", "環境部", "交通部", "經濟部", "勞動部",
            "文化部", "國家發展委員會", "審計部", "中央選舉委員會", "政府電子採購網", "政府資料開放平臺",
            "我的E政府", "國民年金", "全國法規資料庫", "電子公文交換", "戶役政資訊網",
            "地籍圖資服務網", "農業知識入口網", "中央氣象署", "國家災害防救科技中心", "1999 市民熱線"]


def _scripts() -> str:
    js = []
    js.append('<script src="/js/jquery-3.6.0.min.js"></script>')
    js.append('<script src="/js/slick.min.js"></script><script src="/js/lightbox.js"></script>')
    js.append("""<script>
var _CMS_CONFIG = {siteId: 1, lang: 'zh-tw', fontSize: 'M', accessKey: true,
  gaId: 'G-XXXXXXX', searchUrl: '/Search.aspx', cookieName: 'CmsFontSize'};
function setFont(s){ document.body.className = document.body.className.replace(/font-[sml]/g,'') + ' font-' + s;
  try { localStorage.setItem(_CMS_CONFIG.cookieName, s); } catch (e) {} }
$(function(){
  $('.banner-slick').slick({autoplay:true, dots:true, arrows:true, autoplaySpeed: 5000});
  $('.tabs li a').on('click keyup', function(e){ e.preventDefault(); var t=$(this).attr('href');
    $(this).closest('.tabs').find('li').removeClass('active'); $(this).parent().addClass('active');
    $(this).closest('.tab-box').find('.tab-panel').hide(); $(t).show(); });
  $('.menu-lv1 > li').hover(function(){ $(this).addClass('open'); }, function(){ $(this).removeClass('open'); });
  $('#gotop').on('click', function(){ $('html,body').animate({scrollTop:0}, 400); return false; });
});
window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-XXXXXXX');
</script>""")
    return "\n".join(js)


def _tw_head(title: str, extra_css: str = "") -> str:
    css = """
body{font-family:"Microsoft JhengHei","微軟正黑體",Arial,sans-serif;margin:0;color:#333}
.header{background:#fff;border-bottom:3px solid #2b7a3d}.container{max-width:1200px;margin:0 auto}
.menu-lv1{display:flex;list-style:none;margin:0;padding:0;background:#2b7a3d}
.menu-lv1>li>a{color:#fff;padding:12px 20px;display:block}.mega{display:none;position:absolute}
.menu-lv1>li.open .mega{display:block}.news-table{width:100%;border-collapse:collapse}
.news-table th{background:#e9f3ea}.news-table td,.news-table th{border-bottom:1px solid #ddd;padding:8px}
.more{float:right;font-size:.9em}.footer{background:#333;color:#eee;padding:20px}
.tab-panel{display:none}.tab-panel.active{display:block}.gallery figure{display:inline-block;width:23%}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
""" + extra_css
    return (f'<!DOCTYPE html>\n<html lang="zh-Hant-TW"><head><meta charset="utf-8">'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{title}</title><meta name="keywords" content="{title},便民服務,最新消息,公告">'
            f'<meta name="description" content="{title}全球資訊網">'
            f'<link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/style.css">'
            f'<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.aspx">'
            f'<style>{css}</style></head>')


def _tw_header(org: str, menu: dict[str, list[str]]) -> str:
    return f"""<body class="font-m">
<a href="#AC" class="sr-only" title="跳到主要內容區塊">跳到主要內容區塊</a>
<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>
<header class="header"><div class="container">
<a href="#" id="AU" accesskey="U" title="上方功能區塊">:::</a>
<h1 class="logo"><a href="/Default.aspx" title="{org}(回首頁)"><img src="/images/logo.png" alt="{org}"></a></h1>
<ul class="top-links"><li><a href="/Default.aspx">回首頁</a></li><li><a href="/sitemap.aspx">網站導覽</a></li>
<li><a href="/en/">English</a></li><li><a href="/rss.aspx">RSS</a></li><li><a href="/FAQ.aspx">常見問答</a></li>
<li><a href="https://www.facebook.com/" target="_blank" title="Facebook(另開新視窗)">Facebook</a></li></ul>
<div class="font-size">字級：<a href="javascript:setFont('s')" title="小">小</a><a href="javascript:setFont('m')" title="中">中</a><a href="javascript:setFont('l')" title="大">大</a></div>
<form class="search" action="/Search.aspx" method="get"><label for="q" class="sr-only">搜尋</label>
<input id="q" name="q" type="text" placeholder="請輸入關鍵字"><button type="submit">搜尋</button>
<div class="hot-key">熱門關鍵字：<a href="/Search.aspx?q=低收入戶">低收入戶</a><a href="/Search.aspx?q=老人津貼">老人津貼</a>
<a href="/Search.aspx?q=垃圾清運">垃圾清運</a><a href="/Search.aspx?q=育兒津貼">育兒津貼</a><a href="/Search.aspx?q=急難救助">急難救助</a></div></form>
</div></header>
{_menu_html(menu)}
"""


def _banner(org: str) -> str:
    items = ["115年度全民國防教育宣導", "長照2.0 一通電話就到 1966", "反詐騙專線165", "防範登革熱 巡倒清刷",
             "節約用水 從你我做起", "廉政檢舉專線0800-286-586", "兒少保護 113專線"]
    out = ['<section class="banner"><div class="banner-slick">']
    for i, t in enumerate(items):
        out.append(f'<div class="slide"><a href="/cp.aspx?n={900 + i}" title="{t}"><img src="/upload/banner/b{i}.jpg" alt="{t}"></a></div>')
    out.append("</div></section>")
    return "".join(out)


def _tw_footer(org: str, addr: str, tel: str, stamp: str, counter: str, year_line: str) -> str:
    rel = "".join(f'<option value="https://www.example.gov.tw/{i}">{r}</option>' for i, r in enumerate(_RELATED))
    sitemap = []
    for top, subs in _TW_MENU.items():
        sitemap.append(f"<dl><dt>{top}</dt>" + "".join(f"<dd>{s}</dd>" for s in subs) + "</dl>")
    return f"""
<section class="related"><label for="rel">相關連結</label><select id="rel" onchange="window.open(this.value)">
<option value="">請選擇</option>{rel}</select></section>
<section class="fatfooter"><h2 class="sr-only">網站導覽</h2>{''.join(sitemap)}</section>
<footer class="footer"><div class="container">
<a href="#" id="AZ" accesskey="Z" title="下方功能區塊">:::</a>
<ul class="foot-links"><li><a href="/cp.aspx?n=801">隱私權政策</a></li><li><a href="/cp.aspx?n=802">網站安全政策</a></li>
<li><a href="/cp.aspx?n=803">政府網站資料開放宣告</a></li><li><a href="/cp.aspx?n=804">著作權聲明</a></li></ul>
<p>{org}　地址：{addr}　電話：{tel}</p>
<p>服務時間：週一至週五 上午8:00～12:00、下午1:30～5:30（中午不打烊服務：戶政、社會課）</p>
<p class="copyright">{year_line}</p>
<p class="counter">{counter}</p>
<p class="update">{stamp}</p>
<a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20231124000000" title="通過AA檢測等級無障礙網頁檢測">
<img src="/images/accessibility_AA.png" alt="通過AA檢測等級無障礙網頁檢測"></a>
</div></footer>
<a href="#" id="gotop" title="回頁首">TOP</a>
{_scripts()}
</body></html>"""


def _side_menu(title: str, items: list[str]) -> str:
    lis = "".join(f'<li><a href="/cl.aspx?n={500 + i}">{t}</a></li>' for i, t in enumerate(items))
    return f'<aside class="side"><h2>{title}</h2><ul>{lis}</ul></aside>'


def _pager(total: int, per: int = 15) -> str:
    pages = max(1, (total + per - 1) // per)
    links = "".join(f'<a href="?page={p}" title="第{p}頁">{p}</a>' for p in range(1, min(pages, 6) + 1))
    return (f'<div class="pager">共 {total} 筆資料，第 1/{pages} 頁，每頁顯示 {per} 筆　'
            f'<a href="?page=1">第一頁</a><a href="?page=1">上一頁</a>{links}'
            f'<a href="?page=2">下一頁</a><a href="?page={pages}">最後一頁</a></div>')


def _tw_page(org: str, title: str, main: str, stamp: str, counter: str, year_line: str,
             addr: str, tel: str, banner: bool = False) -> str:
    return (_tw_head(title) + _tw_header(org, _TW_MENU) + (_banner(org) if banner else "")
            + f'<main id="main" class="container">{main}</main>'
            + _tw_footer(org, addr, tel, stamp, counter, year_line))


def _u8(s: str) -> Page:
    return Page(s.encode("utf-8"))


# --------------------------------------------------------------------------- title pools

NEWS_TW = [
    "本所辦理115年度第4季低收入戶及中低收入戶總清查作業",
    "鄉長出席115年度全鄉敬老重陽聯歡活動",
    "本鄉115年度秋季環境清潔日活動圓滿落幕",
    "公所辦理防災演練 強化鄉民應變能力",
    "鄉長率隊視察颱風過後農損及道路搶修情形",
    "本所與衛生所合辦流感及新冠疫苗聯合接種站",
    "115年度社區發展協會績效評鑑結果出爐",
    "鄉立圖書館冬季閱讀推廣系列講座開跑",
    "本所清潔隊資源回收車收運路線調整說明",
    "農會與公所合辦在地農特產品展售會",
    "鄉長頒發115年度模範父親母親表揚狀",
    "公所推動長照據點 增設三處巷弄長照站",
    "本所辦理身心障礙者生活補助申請說明會",
    "鄉內各村活動中心整修工程陸續完工",
    "公所舉辦志工特殊訓練課程",
    "本所辦理國民年金業務宣導",
    "鄉立托嬰中心115年度招生簡章",
    "本鄉觀光步道整建工程開工",
]

NOTICE_TW = [
    "公告本鄉115年度老人健檢實施計畫",
    "公告115年度第2期育兒津貼撥付日期",
    "公告本所辦理臨時人員甄選簡章",
    "公告本鄉公有零售市場攤（鋪）位招租事宜",
    "公告115年度鄉內道路路燈維護採購案決標",
    "公告本鄉殯葬設施使用規費收費標準修正草案",
    "公告本所辦理災害準備金支用情形",
    "公告本鄉停車場委託經營管理招商",
    "公告本鄉村里長聯繫會報會議紀錄",
    "公告本所受理115年度急難救助申請",
    "公告本鄉垃圾清運時間異動",
    "公告本所辦理土地徵收補償費發放",
]

GALLERY_TW = ["115年度重陽敬老活動", "秋季環境清潔日", "防災演練暨宣導活動", "模範父親母親表揚大會",
              "社區長照據點揭牌", "鄉運會開幕典禮", "志工表揚暨聯誼活動", "農特產品展售會"]

DOWNLOAD_TW = ["低收入戶申請表", "中低收入老人生活津貼申請書", "急難救助申請表", "活動中心借用申請書",
               "路燈報修單", "殯葬設施使用申請書", "育兒津貼申請表", "身心障礙者生活補助申請表",
               "清潔隊大型廢棄物清運申請表", "115年度預算書", "114年度決算書", "公有市場攤位申請書"]


def _news_table(rows: list[tuple[dt.date, str, str, str]], fmt, head: tuple[str, str, str] = ("發布日期", "標題", "發布單位"),
                cls: str = "news-table") -> str:
    """rows: (date, title, unit, href)."""
    out = [f'<table class="{cls}" summary="{head[1]}列表"><thead><tr>'
           f'<th scope="col">{head[0]}</th><th scope="col">{head[1]}</th><th scope="col">{head[2]}</th></tr></thead><tbody>']
    for x, t, u, h in rows:
        out.append(f'<tr><td class="date">{fmt(x)}</td><td><a href="{h}" title="{t}">{t}</a></td><td>{u}</td></tr>')
    out.append("</tbody></table>")
    return "".join(out)


_UNITS = ["民政課", "社會課", "農業課", "建設課", "行政室", "清潔隊", "主計室", "人事室", "財政課"]


# --------------------------------------------------------------------------- site 1: 青山鄉公所 (healthy)

def _qingshan() -> Site:
    org = "青山鄉公所"
    addr = "青山縣青山鄉中正路100號"
    tel = "(049)2761234"
    stamp = f"更新日期：{roc(NOW)}"
    counter = "瀏覽人次：1,234,567"
    year_line = f"©版權所有 {NOW.year} {org} All Rights Reserved."
    news_days = [2, 3, 6, 8, 11, 15, 20, 24, 29, 33, 40, 47, 52, 60, 66]
    news = [(d(k), NEWS_TW[i], _UNITS[i % len(_UNITS)], f"/News_Content.aspx?n=1001&s={88120 - i}")
            for i, k in enumerate(news_days)]
    notice_days = [1, 7, 13, 26, 35, 44, 58, 71, 85, 99, 120, 133]
    deadlines = [NOW + dt.timedelta(days=15), NOW + dt.timedelta(days=10), NOW + dt.timedelta(days=30),
                 d(5), d(15), d(20), d(30), d(40), d(60), d(70), d(90), d(100)]
    notices = [(d(k), NOTICE_TW[i], deadlines[i], f"/News_Content.aspx?n=1002&s={77050 - i}")
               for i, k in enumerate(notice_days)]
    gallery_days = [10, 17, 24, 31, 45, 52, 68, 80]
    gallery = [(d(k), GALLERY_TW[i], f"/Gallery_Content.aspx?n=1003&s={5530 - i}") for i, k in enumerate(gallery_days)]
    dl_days = [46, 46, 80, 95, 120, 160, 200, 230, 260, 300, 330, 400]
    downloads = [(d(k), DOWNLOAD_TW[i], f"/Download.aspx?n=1005&f={3300 - i}") for i, k in enumerate(dl_days)]

    def notice_table(rows, n: int) -> str:
        out = ['<table class="news-table bulletin" summary="公告欄列表"><thead><tr><th scope="col">公告日期</th>'
               '<th scope="col">標題</th><th scope="col">截止日期</th></tr></thead><tbody>']
        for x, t, end, h in rows[:n]:
            out.append(f'<tr><td>{roc(x)}</td><td><a href="{h}">{t}</a></td><td>{roc(end)}</td></tr>')
        out.append("</tbody></table>")
        return "".join(out)

    def gallery_html(rows, n: int) -> str:
        out = ['<div class="gallery">']
        for x, t, h in rows[:n]:
            out.append(f'<figure><a href="{h}" title="{t}"><img src="/upload/gallery/{h[-4:]}.jpg" alt="{t}"></a>'
                       f'<figcaption><a href="{h}">{t}</a><span class="date">{slash(x)}</span></figcaption></figure>')
        out.append("</div>")
        return "".join(out)

    def dl_list(rows, n: int) -> str:
        out = ['<ul class="download-list">']
        for x, t, h in rows[:n]:
            out.append(f'<li><span class="icon">[PDF]</span><a href="{h}" title="{t}(PDF)">{t}</a>'
                       f'<span class="size">235KB</span><span class="date">{roc(x)}</span></li>')
        out.append("</ul>")
        return "".join(out)

    services = ["戶政服務", "地政服務", "社會福利", "清潔隊", "殯葬服務", "路燈報修", "活動中心借用", "表單下載",
                "公有市場", "急難救助", "長照服務", "國民年金"]
    svc = ('<section class="service"><h2>便民服務</h2><ul class="icons">'
           + "".join(f'<li><a href="/cp.aspx?n={700 + i}"><img src="/images/svc{i}.png" alt="">{s}</a></li>'
                     for i, s in enumerate(services)) + "</ul></section>")
    home_main = f"""
<div class="row">
<section class="block news"><h2>最新消息</h2>{_news_table(news[:8], roc)}
<a class="more" href="/News.aspx?n=1001&amp;sms=9001" title="最新消息-更多">更多</a></section>
<section class="block bulletin"><h2>公告欄</h2>{notice_table(notices, 6)}
<a class="more" href="/News.aspx?n=1002&amp;sms=9002" title="公告欄-more">more+</a></section>
</div>
<section class="block photos"><h2>活動花絮</h2>{gallery_html(gallery, 4)}
<a class="more" href="/Gallery.aspx?n=1003&amp;sms=9003" title="活動花絮-more">more+</a></section>
{svc}
<section class="block download"><h2>下載專區</h2>{dl_list(downloads, 5)}
<a class="more" href="/Download.aspx?n=1005&amp;sms=9005" title="下載專區-更多">更多</a></section>
<section class="mayor"><h2>鄉長的話</h2><p>親愛的鄉親大家好，青山鄉擁有豐富的自然資源與人文特色，本所將秉持「傾聽民意、
便民服務」的理念，持續推動地方建設、照顧弱勢、發展觀光，打造宜居樂活的青山鄉。歡迎鄉親隨時提供寶貴意見。</p></section>
"""
    home = _tw_page(org, f"{org}全球資訊網", home_main, stamp, counter, year_line, addr, tel, banner=True)

    def list_page(title: str, body: str) -> str:
        crumb = f'<div class="breadcrumb"><a href="/Default.aspx">首頁</a> &gt; <a href="/cl.aspx?n=102">最新消息</a> &gt; {title}</div>'
        main = (crumb + '<div class="row">' + _side_menu("最新消息", ["新聞稿", "公告欄", "活動花絮", "人事公告", "徵才資訊"])
                + f'<section class="content"><h2>{title}</h2>'
                + '<form class="list-search">關鍵字：<input name="kw"> 日期：<input name="sd"> ~ <input name="ed"> <button>查詢</button></form>'
                + body + "</section></div>")
        return _tw_page(org, f"{title}-{org}", main, stamp, counter, year_line, addr, tel)

    pages = {
        "/": _u8(home),
        "/News.aspx?n=1001&sms=9001": _u8(list_page("最新消息", _news_table(news, roc) + _pager(187))),
        "/News.aspx?n=1002&sms=9002": _u8(list_page("公告欄", notice_table(notices, 12) + _pager(96))),
        "/Gallery.aspx?n=1003&sms=9003": _u8(list_page("活動花絮", gallery_html(gallery, 8) + _pager(64, 8))),
        "/Download.aspx?n=1005&sms=9005": _u8(list_page("下載專區", dl_list(downloads, 12) + _pager(41, 12))),
    }
    return Site(
        key="qingshan", name=org, pages=pages,
        status_full="healthy", passed_full=True, status_home="healthy", passed_home=True,
        must_full=(), must_not_full=(*FRESH_NOT, "column_stale", "column_empty"),
        must_home=(), must_not_home=FRESH_NOT,
        columns=(
            Col("最新消息", "news", d(2)),
            Col("公告欄", "notice", d(1)),
            Col("活動花絮", "news", d(10), alt_types=("other",)),
            Col("下載專區", "other", d(46)),
        ),
        last_updated_full=d(1), last_updated_home=d(1),
        not_columns=("便民服務",),
        notes="公告欄 rows dated by 公告日期 not 截止日期; footer 更新日期 is today's per-request stamp",
    )


# --------------------------------------------------------------------------- site 2: 和美鎮公所 (stale)

def _hemei() -> Site:
    org = "和美鎮公所"
    addr = "和美縣和美鎮和平路1號"
    tel = "(04)7551234"
    stamp = f"更新日期：{roc(NOW)}"
    counter = "瀏覽人次：00876543　今日人次：128"
    year_line = f"©版權所有 {NOW.year} {org}"
    news_titles = ["鎮長主持115年度鎮民代表會定期大會施政報告", "115年度和美鎮秋季健康講座", "鎮公所辦理道路刨鋪工程",
                   "本鎮115年度中秋節聯歡晚會", "鎮長關懷獨居長者送愛心", "本所辦理115年度役男體檢",
                   "鎮立幼兒園親子運動會", "本鎮公園綠地整建完工", "和美鎮農特產品行銷活動",
                   "115年度全民防衛動員演習", "本所推動節能減碳宣導", "本鎮社區營造成果展",
                   "本鎮舉辦反毒宣導活動", "鎮公所辦理公教人員退休歡送"]
    news_days = [35, 42, 49, 55, 61, 70, 77, 85, 96, 104, 117, 130, 141, 150]
    fmt_mixed = [slash, roc]
    news = [(d(k), news_titles[i], _UNITS[i % 9], f"/News_Content.aspx?n=2001&s={4410 - i}", fmt_mixed[i % 2])
            for i, k in enumerate(news_days)]
    notice_titles = ["公告115年度本鎮房屋稅籍清查", "公告本鎮公有零售市場攤位出租", "公告鎮立納骨塔使用規費調整",
                     "公告本鎮115年度兵役抽籤日期", "公告本鎮都市計畫通盤檢討公開展覽", "公告本所約僱人員甄選",
                     "公告本鎮路燈維護案招標", "公告本鎮垃圾車收運路線", "公告115年度本鎮各項補助申請"]
    notice_days = [203, 215, 230, 251, 270, 301, 322, 350, 380]
    notices = [(d(k), notice_titles[i], f"/News_Content.aspx?n=2002&s={3301 - i}") for i, k in enumerate(notice_days)]
    gallery_days = [60, 72, 90, 110, 131, 160]
    gallery = [(d(k), GALLERY_TW[i], f"/Gallery_Content.aspx?n=2003&s={801 - i}") for i, k in enumerate(gallery_days)]
    dl_days = [300, 320, 400, 410, 500, 530, 600]
    dls = [(d(k), DOWNLOAD_TW[i], f"/Download.aspx?n=2005&f={111 - i}") for i, k in enumerate(dl_days)]

    def ul(rows, n, mixed=True) -> str:
        out = ['<ul class="list">']
        for row in rows[:n]:
            x, t, u, h, f = row
            out.append(f'<li><a href="{h}" title="{t}">{t}</a><span class="unit">{u}</span><span class="date">{f(x)}</span></li>')
        out.append("</ul>")
        return "".join(out)

    def ul2(rows, n, fmt) -> str:
        return ('<ul class="list">' + "".join(
            f'<li><span class="date">[{fmt(x)}]</span><a href="{h}" title="{t}">{t}</a></li>' for x, t, h in rows[:n])
            + "</ul>")

    home_main = f"""
<div class="tab-box news-tabs">
<ul class="tabs" role="tablist"><li class="active"><a href="#tab1">最新消息</a></li><li><a href="#tab2">公告訊息</a></li></ul>
<div id="tab1" class="tab-panel active"><h2 class="sr-only">最新消息</h2>{ul(news, 7)}
<a class="more" href="/News.aspx?n=2001&amp;sms=9101" title="最新消息-更多">更多</a></div>
<div id="tab2" class="tab-panel"><h2 class="sr-only">公告訊息</h2>{ul2(notices, 6, roc)}
<a class="more" href="/News.aspx?n=2002&amp;sms=9102" title="公告訊息-更多">更多</a></div>
</div>
<section class="block photos"><h2>活動花絮</h2><ul class="photo-list">{''.join(
        f'<li><a href="{h}"><img src="/upload/p{i}.jpg" alt="{t}"><p>{t}</p></a><span>{slash(x)}</span></li>'
        for i, (x, t, h) in enumerate(gallery[:4]))}</ul>
<a class="more" href="/Gallery.aspx?n=2003&amp;sms=9103">more+</a></section>
<section class="block download"><h2>下載專區</h2>{ul2(dls, 4, roc)}<a class="more" href="/Download.aspx?n=2005&amp;sms=9105">more+</a></section>
<section class="service"><h2>便民服務</h2><ul>{''.join(f'<li><a href="/cp.aspx?n={60 + i}">{s}</a></li>' for i, s in enumerate(
        ["戶籍謄本", "地價查詢", "垃圾清運", "路燈報修", "低收入戶", "老人福利", "身障福利", "兵役服務"]))}</ul></section>
"""
    home = _tw_page(org, f"{org}全球資訊網", home_main, stamp, counter, year_line, addr, tel, banner=True)

    def list_page(title: str, body: str) -> str:
        crumb = f'<div class="breadcrumb"><a href="/Default.aspx">首頁</a> &gt; {title}</div>'
        return _tw_page(org, f"{title}-{org}", crumb + f'<section class="content"><h2>{title}</h2>{body}</section>',
                        stamp, counter, year_line, addr, tel)

    def tbl(rows) -> str:
        out = ['<table class="news-table"><thead><tr><th>項次</th><th>標題</th><th>發布單位</th><th>發布日期</th></tr></thead><tbody>']
        for i, (x, t, u, h, f) in enumerate(rows):
            out.append(f'<tr><td>{i + 1}</td><td><a href="{h}">{t}</a></td><td>{u}</td><td>{f(x)}</td></tr>')
        return "".join(out) + "</tbody></table>"

    pages = {
        "/": _u8(home),
        "/News.aspx?n=2001&sms=9101": _u8(list_page("最新消息", tbl(news) + _pager(320))),
        "/News.aspx?n=2002&sms=9102": _u8(list_page("公告訊息", tbl([(x, t, "行政室", h, roc) for x, t, h in notices]) + _pager(88))),
        "/Gallery.aspx?n=2003&sms=9103": _u8(list_page("活動花絮", ul2(gallery, 6, slash))),
        "/Download.aspx?n=2005&sms=9105": _u8(list_page("下載專區", ul2(dls, 7, roc))),
    }
    return Site(
        key="hemei", name=org, pages=pages,
        status_full="stale", passed_full=False, status_home="stale", passed_home=False,
        must_full=("homepage_stale", "column_stale"), must_not_full=("abandoned", "column_empty", "future_dated"),
        must_home=("homepage_stale",), must_not_home=("abandoned",),
        columns=(
            Col("最新消息", "news", d(35)),
            Col("公告訊息", "notice", d(203)),
            Col("活動花絮", "news", d(60), alt_types=("other",)),
            Col("下載專區", "other", d(300)),
        ),
        last_updated_full=d(35), last_updated_home=d(35),
        not_columns=("便民服務",),
        notes="footer 更新日期 115-11-20 is a per-request stamp, not an update",
    )


# --------------------------------------------------------------------------- site 3: 大安區公所 (empty columns)

def _daan() -> Site:
    org = "大安區公所"
    addr = "臺北市大安區新生南路二段86號"
    tel = "(02)23511711"
    stamp = f"更新日期：{slash(NOW)}"
    counter = "累計瀏覽人次：2,345,678"
    year_line = f"Copyright © {NOW.year} {org} 版權所有"
    news_titles = ["區長出席里鄰長聯誼活動", "大安區115年度敬老重陽活動", "本區辦理防災社區演練", "區公所與轄內學校合辦反詐宣導",
                   "本區辦理115年度里長業務座談", "大安區兒童繪畫比賽頒獎", "區公所辦理身心障礙者就業博覽會",
                   "本區推動長者共餐據點", "區長視察公園整建工程", "本區辦理全民國防教育講座"]
    news_days = [1, 3, 5, 9, 12, 16, 21, 27, 33, 41]
    news = [(d(k), news_titles[i], "行政課", f"/News_Content.aspx?n=3001&s={9901 - i}") for i, k in enumerate(news_days)]
    notice_titles = ["公告本區115年度里鄰長名冊", "公告本區災害潛勢地圖更新", "公告本區公有停車場收費調整",
                     "公告本區區民活動中心暫停借用", "公告本區115年度役男徵兵檢查", "公告本區環境清潔日時程",
                     "公告本區低收入戶年度總清查"]
    notice_days = [4, 11, 19, 30, 44, 60, 80]
    notices = [(d(k), notice_titles[i], "民政課", f"/News_Content.aspx?n=3002&s={5501 - i}") for i, k in enumerate(notice_days)]
    proc_titles = ["115年度大安區公所清潔用品採購案", "區民活動中心冷氣汰換工程", "本區里辦公處影印機租賃案",
                   "115年度公園植栽養護勞務採購"]
    proc_days = [9, 25, 40, 66]
    procs = [(d(k), proc_titles[i], "秘書室", f"/News_Content.aspx?n=3009&s={701 - i}") for i, k in enumerate(proc_days)]
    gallery_days = [5, 14, 26]
    gallery = [(d(k), GALLERY_TW[i], f"/Gallery_Content.aspx?n=3003&s={301 - i}") for i, k in enumerate(gallery_days)]

    # tab box: (id, label, n, rows or empty marker)
    tabs = [
        ("t1", "法令規章", 3101, "目前無資料"),
        ("t2", "人事公告", 3102, "查無資料"),
        ("t3", "施政計畫", 3103, "尚無資料"),
        ("t4", "預算決算", 3104, "目前無資料"),
        ("t5", "性別平等專區", 3105, "查無資料"),
        ("t6", "里鄰公告", 3106, "尚無資料"),
        ("t7", "採購資訊", 3109, None),
    ]
    tab_heads = "".join(('<li class="active">' if i == 0 else "<li>") + f'<a href="#{tid}" role="tab">{lab}</a></li>'
                        for i, (tid, lab, _, _) in enumerate(tabs))
    panels = []
    for i, (tid, lab, n, marker) in enumerate(tabs):
        if marker is None:
            body = _news_table(procs, slash, ("日期", "標題", "單位"))
        else:
            body = f'<table class="news-table"><tbody><tr><td colspan="3" class="nodata">{marker}</td></tr></tbody></table>'
        panels.append(f'<div id="{tid}" class="tab-panel{" active" if i == 0 else ""}" role="tabpanel">'
                      f'<h3 class="sr-only">{lab}</h3>{body}<a class="more" href="/News.aspx?n={n}&amp;sms=9{n}" title="{lab}-更多">更多</a></div>')
    home_main = f"""
<div class="row">
<section class="block news"><h2>最新消息</h2>{_news_table(news[:6], slash)}
<a class="more" href="/News.aspx?n=3001&amp;sms=93001" title="最新消息-更多">更多</a></section>
<section class="block notice"><h2>公告訊息</h2>{_news_table(notices[:6], slash)}
<a class="more" href="/News.aspx?n=3002&amp;sms=93002" title="公告訊息-更多">更多</a></section>
</div>
<div class="tab-box info-tabs"><ul class="tabs" role="tablist">{tab_heads}</ul>{''.join(panels)}</div>
<section class="block photos"><h2>活動花絮</h2><div class="gallery">{''.join(
        f'<figure><a href="{h}"><img src="/upload/g{i}.jpg" alt="{t}"></a><figcaption>{t}<br>{slash(x)}</figcaption></figure>'
        for i, (x, t, h) in enumerate(gallery))}</div>
<a class="more" href="/Gallery.aspx?n=3003&amp;sms=93003">more+</a></section>
<section class="service"><h2>便民服務</h2><ul>{''.join(f'<li><a href="/cp.aspx?n={80 + i}">{s}</a></li>' for i, s in enumerate(
        ["里辦公處查詢", "區民活動中心", "調解業務", "兵役業務", "社會救助", "災害救助", "市民熱線1999", "公務預約"]))}</ul></section>
"""
    home = _tw_page(org, f"臺北市{org}", home_main, stamp, counter, year_line, addr, tel, banner=True)

    def list_page(title: str, body: str) -> str:
        crumb = f'<div class="breadcrumb"><a href="/Default.aspx">首頁</a> &gt; {title}</div>'
        return _tw_page(org, f"{title}-臺北市{org}", crumb + '<div class="row">'
                        + _side_menu("資訊公開", [t[1] for t in tabs]) + f'<section class="content"><h2>{title}</h2>{body}</section></div>',
                        stamp, counter, year_line, addr, tel)

    pages: dict[str, Page] = {
        "/": _u8(home),
        "/News.aspx?n=3001&sms=93001": _u8(list_page("最新消息", _news_table(news, slash) + _pager(244))),
        "/News.aspx?n=3002&sms=93002": _u8(list_page("公告訊息", _news_table(notices, slash) + _pager(70))),
        "/Gallery.aspx?n=3003&sms=93003": _u8(list_page("活動花絮", "".join(
            f'<div class="photo"><a href="{h}"><img src="/upload/g{i}.jpg" alt="{t}"></a><p>{t}</p><p class="date">{slash(x)}</p></div>'
            for i, (x, t, h) in enumerate(gallery)))),
    }
    for _, lab, n, marker in tabs:
        if marker is None:
            body = _news_table(procs, slash, ("日期", "標題", "單位")) + _pager(4)
        else:
            body = (f'<table class="news-table"><thead><tr><th>發布日期</th><th>標題</th><th>發布單位</th></tr></thead>'
                    f'<tbody><tr><td colspan="3" class="nodata">{marker}</td></tr></tbody></table>')
        pages[f"/News.aspx?n={n}&sms=9{n}"] = _u8(list_page(lab, body))
    return Site(
        key="daan", name=org, pages=pages,
        status_full="stale", passed_full=False, status_home="healthy", passed_home=True,
        must_full=("column_empty",), must_not_full=("homepage_stale", "abandoned", "column_stale", "future_dated"),
        must_home=(), must_not_home=(*FRESH_NOT, "column_empty"),
        columns=(
            Col("最新消息", "news", d(1)),
            Col("公告訊息", "notice", d(4)),
            Col("法令規章", "policy", None, empty=True),
            Col("人事公告", "personnel", None, empty=True),
            Col("施政計畫", "planning", None, empty=True),
            Col("預算決算", "finance", None, empty=True),
            Col("性別平等專區", "other", None, empty=True),
            Col("里鄰公告", "notice", None, empty=True),
            Col("採購資訊", "notice", d(9)),
            Col("活動花絮", "news", d(5), alt_types=("other",)),
        ),
        last_updated_full=d(1), last_updated_home=d(1),
        not_columns=("便民服務",),
    )


# --------------------------------------------------------------------------- site 4: 嘉南縣衛生局 (healthy, one stale policy column, a 500)

def _health() -> Site:
    org = "嘉南縣衛生局"
    addr = "嘉南縣嘉南市府前路2號"
    tel = "(05)5373488"
    stamp = f"最後更新日期：{roc(NOW, '/')}"
    counter = "瀏覽人數：3,456,789"
    year_line = f"Copyright © {NOW.year} Chianan County Public Health Bureau. All Rights Reserved. ©版權所有"
    pr_titles = ["嘉南縣衛生局提醒民眾 秋冬流感疫苗開打", "衛生局稽查年節食品 抽驗結果全數合格", "登革熱本土病例 衛生局啟動防治",
                 "衛生局表揚115年度優良醫事人員", "嘉南縣長照2.0服務據點再增五處", "衛生局呼籲注意一氧化碳中毒",
                 "衛生局辦理社區心理健康講座", "衛生局推動無菸校園 成效卓著", "嘉南縣成人預防保健服務再升級",
                 "衛生局啟動腸病毒防治宣導", "衛生局與醫院合辦骨質疏鬆篩檢", "衛生局公布115年度餐飲業衛生評核結果"]
    pr_days = [1, 2, 4, 7, 9, 13, 18, 22, 27, 34, 39, 45]
    prs = [(d(k), pr_titles[i], "企劃科", f"/News_Content.aspx?n=4001&s={61200 - i}") for i, k in enumerate(pr_days)]
    ann_titles = ["公告115年度醫事機構評鑑時程", "公告食品業者登錄期限", "公告本局約用人員甄選結果", "公告115年度藥局普查",
                  "公告嘉南縣護理機構名冊", "公告本局採購案決標", "公告居家護理所設立申請須知修正"]
    ann_days = [3, 10, 17, 29, 45, 62, 90]
    anns = [(d(k), ann_titles[i], "行政科", f"/News_Content.aspx?n=4002&s={33100 - i}") for i, k in enumerate(ann_days)]
    law_titles = ["嘉南縣公共場所母乳哺育條例", "嘉南縣醫療機構收費標準", "嘉南縣食品衛生管理自治條例修正",
                  "嘉南縣衛生局處理違反菸害防制法案件裁罰基準", "嘉南縣醫事人員執業登記作業要點", "嘉南縣長期照顧服務補助辦法"]
    law_days = [250, 300, 340, 410, 500, 620]
    laws = [(d(k), law_titles[i], "法制室", f"/News_Content.aspx?n=4003&s={2201 - i}") for i, k in enumerate(law_days)]
    gov_rows = [("115年度預算書", d(20)), ("115年第3季會計報告", d(35)), ("114年度決算書", d(120)),
                ("施政計畫", d(150)), ("內部控制制度聲明書", d(200))]
    hire_titles = ["嘉南縣衛生局徵求約用護理師", "本局檢驗科徵求化學檢驗人員", "衛生所徵求職務代理人"]
    hire_days = [40, 75, 130]
    hires = [(d(k), hire_titles[i], "人事室", f"/News_Content.aspx?n=4005&s={801 - i}") for i, k in enumerate(hire_days)]

    gov_tbl = ('<table class="news-table gov"><thead><tr><th>項目</th><th>更新日期</th></tr></thead><tbody>'
               + "".join(f'<tr><td><a href="/cp.aspx?n=40{i}">{t}</a></td><td>{roc(x)}</td></tr>' for i, (t, x) in enumerate(gov_rows))
               + "</tbody></table>")
    home_main = f"""
<div class="tab-box"><ul class="tabs"><li class="active"><a href="#p1">新聞稿</a></li><li><a href="#p2">公告事項</a></li>
<li><a href="#p3">法規資訊</a></li></ul>
<div id="p1" class="tab-panel active"><h2 class="sr-only">新聞稿</h2>{_news_table(prs[:7], roc, ("日期", "標題", "單位"))}
<a class="more" href="/News.aspx?n=4001&amp;sms=10001" title="新聞稿-更多">更多</a></div>
<div id="p2" class="tab-panel"><h2 class="sr-only">公告事項</h2>{_news_table(anns[:6], roc, ("日期", "標題", "單位"))}
<a class="more" href="/News.aspx?n=4002&amp;sms=10002" title="公告事項-更多">更多</a></div>
<div id="p3" class="tab-panel"><h2 class="sr-only">法規資訊</h2>{_news_table(laws[:5], roc, ("日期", "標題", "單位"))}
<a class="more" href="/News.aspx?n=4003&amp;sms=10003" title="法規資訊-更多">更多</a></div></div>
<section class="block gov"><h2>政府資訊公開</h2>{gov_tbl}<a class="more" href="/cl.aspx?n=4004" title="政府資訊公開-更多">more+</a></section>
<section class="block hire"><h2>徵才公告</h2>{_news_table(hires, roc, ("日期", "標題", "單位"))}
<a class="more" href="/News.aspx?n=4005&amp;sms=10005">more+</a></section>
<section class="service"><h2>便民服務</h2><ul>{''.join(f'<li><a href="/cp.aspx?n={90 + i}">{s}</a></li>' for i, s in enumerate(
        ["預防接種", "癌症篩檢", "醫療院所查詢", "藥局查詢", "長照服務", "心理諮商", "食品安全", "檢驗服務", "證照申請"]))}</ul></section>
"""
    home = _tw_page(org, f"{org}全球資訊網", home_main, stamp, counter, year_line, addr, tel, banner=True)

    def list_page(title: str, body: str) -> str:
        crumb = f'<div class="breadcrumb"><a href="/Default.aspx">首頁</a> &gt; {title}</div>'
        return _tw_page(org, f"{title}-{org}", crumb + f'<section class="content"><h2>{title}</h2>{body}</section>',
                        stamp, counter, year_line, addr, tel)

    error500 = ("<!DOCTYPE html><html><head><title>Runtime Error</title></head><body><h1>Server Error in '/' Application.</h1>"
                "<h2><i>Runtime Error</i></h2><p>An application error occurred on the server.</p></body></html>")
    pages = {
        "/": _u8(home),
        "/News.aspx?n=4001&sms=10001": _u8(list_page("新聞稿", _news_table(prs, roc) + _pager(512))),
        "/News.aspx?n=4002&sms=10002": _u8(list_page("公告事項", _news_table(anns, roc) + _pager(130))),
        "/News.aspx?n=4003&sms=10003": _u8(list_page("法規資訊", _news_table(laws, roc) + _pager(6))),
        "/cl.aspx?n=4004": Page(error500.encode(), status=500),
        "/News.aspx?n=4005&sms=10005": _u8(list_page("徵才公告", _news_table(hires, roc) + _pager(3))),
    }
    return Site(
        key="health", name=org, pages=pages,
        # The project's status names the worst state a finding shows (a stale column is
        # "stale"); `passed` is the inspectors' verdict, which one stale column keeps.
        status_full="stale", passed_full=True, status_home="healthy", passed_home=True,
        must_full=("column_stale",), must_not_full=(*FRESH_NOT, "column_empty"),
        must_home=(), must_not_home=FRESH_NOT,
        columns=(
            Col("新聞稿", "news", d(1)),
            Col("公告事項", "notice", d(3)),
            Col("法規資訊", "policy", d(250)),
            Col("政府資訊公開", "other", d(20), alt_types=("policy",)),
            Col("徵才公告", "personnel", d(40)),
        ),
        last_updated_full=d(1), last_updated_home=d(1),
        not_columns=("便民服務",),
        notes="one stale policy column is a finding, not a veto; 政府資訊公開's page answers 500: judged on its homepage block",
    )


# --------------------------------------------------------------------------- site 5: 和平國小 (healthy, calendar ahead)

def _school() -> Site:
    org = "嘉南縣和平國民小學"
    stamp = f"更新日期：{iso(NOW)}"
    counter = "瀏覽人次：456789"
    year_line = f"Copyright © {NOW.year} 和平國小 版權所有"
    ann = [("教務處", "115學年度第1學期期末評量範圍公告", 1), ("學務處", "本校115年度校慶運動會交通管制說明", 2),
           ("總務處", "本校活動中心屋頂防水工程招標公告", 4), ("輔導室", "親職教育講座：陪孩子面對網路成癮", 6),
           ("教務處", "115學年度英語歌唱比賽得獎名單", 8), ("學務處", "流感疫苗校園接種通知", 9),
           ("人事室", "本校115學年度代理教師甄選簡章", 12), ("總務處", "學生午餐11月菜單", 15),
           ("幼兒園", "附設幼兒園家長座談會", 19), ("教務處", "課後照顧班第2期報名", 23),
           ("學務處", "交通安全宣導週", 27), ("輔導室", "特殊教育學生鑑定安置說明", 31)]

    def ann_tbl(rows) -> str:
        out = ['<table class="table table-striped ann"><thead><tr><th>單位</th><th>標題</th><th>日期</th></tr></thead><tbody>']
        for i, (u, t, k) in enumerate(rows):
            out.append(f'<tr><td>{u}</td><td><a href="/news/detail.php?id={3020 - i}">{t}</a></td><td>{iso(d(k))}</td></tr>')
        return "".join(out) + "</tbody></table>"

    cal = [(NOW + dt.timedelta(days=30), "115學年度校慶運動會"), (NOW + dt.timedelta(days=15), "期末評量（一）"),
           (NOW + dt.timedelta(days=5), "校外教學（三、四年級）"), (NOW + dt.timedelta(days=2), "教師進修研習"),
           (d(8), "期中評量"), (d(20), "家長日")]
    cal.sort(reverse=False)

    def cal_list(rows) -> str:
        return ('<ul class="calendar-list">' + "".join(
            f'<li><span class="date">{x.month}/{x.day}</span><a href="/calendar/event.php?d={iso(x)}">{t}</a></li>'
            for x, t in rows) + "</ul>")

    def cal_table(rows) -> str:
        return ('<table class="cal"><thead><tr><th>日期</th><th>行事</th><th>承辦單位</th></tr></thead><tbody>'
                + "".join(f'<tr><td>{slash(x)}</td><td>{t}</td><td>教務處</td></tr>' for x, t in rows) + "</tbody></table>")

    honors = [(d(9), "本校榮獲115年度全縣語文競賽國語演說第一名"), (d(30), "本校直笛隊榮獲全國音樂比賽優等"),
              (d(55), "賀！本校學生參加縣長盃田徑賽奪金"), (d(90), "本校榮獲教育部閱讀磐石獎")]
    photos = [(d(8), "期中評量後班級活動"), (d(20), "家長日"), (d(40), "教師節敬師活動"), (d(75), "開學典禮")]
    menu = ("".join(f'<li class="dropdown"><a href="/page.php?m={i}">{t}</a><ul>'
                    + "".join(f'<li><a href="/page.php?m={i}&amp;s={j}">{s}</a></li>' for j, s in enumerate(subs)) + "</ul></li>"
                    for i, (t, subs) in enumerate([
                        ("學校簡介", ["校長的話", "學校沿革", "校園平面圖", "交通位置", "校歌", "學校願景"]),
                        ("行政單位", ["教務處", "學務處", "總務處", "輔導室", "人事室", "會計室", "幼兒園"]),
                        ("教學資源", ["課程計畫", "數位學習", "圖書館", "閱讀推廣", "英語教學", "資訊教育"]),
                        ("學生專區", ["榮譽榜", "作品展", "社團活動", "獎學金", "學習歷程"]),
                        ("家長專區", ["家長會", "志工團", "午餐菜單", "親職教育", "課後照顧"]),
                        ("相關連結", ["教育部", "嘉南縣教育處", "校務行政系統", "親師生平台", "因材網"]),
                    ])))
    head = ('<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>嘉南縣和平國民小學</title>'
            '<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="stylesheet" href="/assets/bootstrap.min.css">'
            '<style>.navbar{background:#f58220}.ann td{padding:6px}.calendar-list .date{color:#c00;margin-right:8px}'
            '.honor li{list-style:square}</style></head>')
    header = (f'<body><header class="site-header"><div class="container"><a class="brand" href="/"><img src="/img/logo.png" alt="和平國小">'
              f'嘉南縣和平國民小學</a><div class="tools"><a href="/sitemap.php">網站導覽</a> | <a href="/en/">English</a> | '
              f'<a href="https://mail.example.edu.tw/">校園信箱</a> | <a href="/login.php">登入</a></div></div>'
              f'<nav class="navbar"><ul class="nav">{menu}</ul></nav></header>')
    slider = ('<div id="carousel" class="carousel slide">' + "".join(
        f'<div class="item"><img src="/upload/slide{i}.jpg" alt="{t}"></div>'
        for i, t in enumerate(["閱讀磐石 書香校園", "品德教育 從心出發", "健康活力 和平好兒童", "雙語教學 接軌國際"])) + "</div>")
    foot = (f'<footer class="site-footer"><div class="container"><p>嘉南縣和平國民小學　地址：嘉南縣和平鄉學府路1號　'
            f'電話：(05)1234567　傳真：(05)1234568</p><p>{year_line}</p><p>{counter}　{stamp}</p>'
            f'<p>建議使用 Chrome、Edge、Firefox 瀏覽，最佳解析度 1280x768</p></div></footer>'
            + _sitemap({"學校簡介": ["校長的話", "學校沿革", "校園平面圖", "交通位置", "校歌", "學校願景", "學區範圍", "校園安全"],
                        "行政單位": ["教務處", "學務處", "總務處", "輔導室", "人事室", "會計室", "幼兒園", "家長會"],
                        "教學資源": ["課程計畫", "數位學習", "圖書館", "閱讀推廣", "英語教學", "資訊教育", "特殊教育", "藝文深耕"],
                        "學生專區": ["榮譽榜", "作品展", "社團活動", "獎學金", "學習歷程", "學生自治", "午餐菜單"],
                        "家長專區": ["家長會", "志工團", "親職教育", "課後照顧", "轉學須知", "新生入學"]}, "/page.php?sm=")
            + _js_blob("schoolMenu", ["校長的話", "學校沿革", "教務處", "學務處", "總務處", "輔導室", "人事室", "會計室",
                                      "課程計畫", "數位學習", "圖書館", "榮譽榜", "作品展", "社團活動", "家長會", "志工團"], 12)
            + '<script src="/assets/jquery.min.js"></script><script src="/assets/bootstrap.min.js"></script>'
            "<script>$('.carousel').carousel({interval:4000});</script></body></html>")
    home_body = f"""<main class="container">{slider}
<div class="row"><div class="col-md-8">
<section class="panel"><div class="panel-heading"><h2>學校公告</h2><a class="more" href="/news/index.php?cat=0">more</a></div>
{ann_tbl(ann[:8])}</section>
<section class="panel"><div class="panel-heading"><h2>活動剪影</h2><a class="more" href="/album/index.php">more</a></div>
<div class="album">{''.join(f'<div class="thumb"><a href="/album/view.php?id={200 - i}"><img src="/album/t{i}.jpg" alt="{t}"><p>{t}</p></a><small>{iso(x)}</small></div>' for i, (x, t) in enumerate(photos))}</div></section>
</div><div class="col-md-4">
<section class="panel"><div class="panel-heading"><h2>行事曆</h2><a class="more" href="/calendar/index.php">more</a></div>{cal_list(cal)}</section>
<section class="panel honor"><div class="panel-heading"><h2>榮譽榜</h2><a class="more" href="/honor/index.php">more</a></div>
<ul>{''.join(f'<li><a href="/honor/detail.php?id={90 - i}">{t}</a> <small>{iso(x)}</small></li>' for i, (x, t) in enumerate(honors))}</ul></section>
<section class="panel links"><h2>常用連結</h2><ul>{''.join(f'<li><a href="https://www.example.edu.tw/{i}">{t}</a></li>' for i, t in enumerate(
        ["校務行政系統", "教育部全球資訊網", "嘉南縣教育處", "親師生平台", "因材網", "學習吧", "均一教育平台", "酷課雲"]))}</ul></section>
</div></div></main>"""
    home = head + header + home_body + foot

    def page(title: str, body: str) -> str:
        return (head.replace("<title>嘉南縣和平國民小學", f"<title>{title}-嘉南縣和平國民小學") + header
                + f'<main class="container"><ol class="breadcrumb"><li><a href="/">首頁</a></li><li>{title}</li></ol>'
                + f"<h2>{title}</h2>{body}</main>" + foot)

    pages = {
        "/": _u8(home),
        "/news/index.php?cat=0": _u8(page("學校公告", ann_tbl(ann) + _pager(1320, 12))),
        "/calendar/index.php": _u8(page("行事曆", "<h3>115學年度第1學期行事曆</h3>" + cal_table(cal))),
        "/honor/index.php": _u8(page("榮譽榜", "<ul class=\"honor\">" + "".join(
            f'<li><a href="/honor/detail.php?id={90 - i}">{t}</a> <small>{iso(x)}</small></li>' for i, (x, t) in enumerate(honors))
            + "</ul>")),
        "/album/index.php": _u8(page("活動剪影", "".join(
            f'<div class="thumb"><a href="/album/view.php?id={200 - i}"><img src="/album/t{i}.jpg" alt="{t}"><p>{t}</p></a><small>{iso(x)}</small></div>'
            for i, (x, t) in enumerate(photos)))),
    }
    return Site(
        key="school", name=org, pages=pages,
        status_full="healthy", passed_full=True, status_home="healthy", passed_home=True,
        must_full=(), must_not_full=(*FRESH_NOT, "column_stale", "column_empty"),
        must_home=(), must_not_home=FRESH_NOT,
        columns=(
            Col("學校公告", "notice", d(1), alt_types=("news",)),
            Col("行事曆", "other", d(8)),
            Col("榮譽榜", "news", d(9), alt_types=("other",)),
            Col("活動剪影", "news", d(8), alt_types=("other",)),
        ),
        last_updated_full=d(1), last_updated_home=d(1),
        not_columns=("常用連結",),
        notes="行事曆 dates ahead (month/day on the homepage) are events, not future_dated",
    )


# --------------------------------------------------------------------------- site 6: 里辦公處 blog (zombie)

def _blog() -> Site:
    posts = [(dt.date(2024, 8, 15), "里政公告", "中元普渡祭祀活動時間公告", "各位里民好，本里中元普渡祭祀活動訂於農曆七月十五日舉行，地點在里活動中心前廣場……"),
             (dt.date(2024, 7, 20), "活動花絮", "113年度里民自強活動圓滿成功", "感謝各位里民熱情參與本年度自強活動，一行共兩車前往……"),
             (dt.date(2024, 7, 2), "里政公告", "颱風來襲 防颱準備注意事項", "中央氣象署已發布海上颱風警報，請里民做好防颱準備……"),
             (dt.date(2024, 6, 12), "里政公告", "端午節社區清潔日", "為維護社區環境整潔，訂於端午節前舉辦社區清潔日……"),
             (dt.date(2024, 5, 8), "活動花絮", "母親節感恩活動", "本里於母親節前夕舉辦感恩活動，邀請里內媽媽們共聚一堂……"),
             (dt.date(2024, 4, 1), "里民服務", "里長服務處服務時間調整", "即日起里長服務處服務時間調整為週一至週六上午九點至下午五點……"),
             (dt.date(2024, 2, 20), "活動花絮", "元宵節提燈籠猜燈謎", "元宵節晚會熱鬧登場，大小朋友齊聚……"),
             (dt.date(2024, 1, 15), "里政公告", "春節期間垃圾清運時間", "春節期間垃圾車停收日期如下……")]

    def wd(x: dt.date) -> str:
        return "一二三四五六日"[x.weekday()]

    def article(x, cat, title, text, i) -> str:
        return (f'<div class="article"><div class="article-head"><ul class="publish"><li class="publish-date">'
                f'{x.year}-{x.month:02d}-{x.day:02d} ({wd(x)}) 18:{10 + i:02d}</li></ul>'
                f'<h2 class="title"><a href="/blog/post/{220001000 - i * 37}">{title}</a></h2>'
                f'<ul class="refer"><li>文章分類：<a href="/blog/category/{cats[cat]}">{cat}</a></li>'
                f'<li>瀏覽：{300 + i * 17}</li><li>留言：{i % 3}</li></ul></div>'
                f'<div class="article-content">{("<p>" + text + "</p>") * 6}<p><a href="/blog/post/{220001000 - i * 37}">(繼續閱讀...)</a></p></div></div>')

    cats = {"里政公告": 4101, "活動花絮": 4102, "里民服務": 4103}
    side_recent = "".join(f'<li><a href="/blog/post/{220001000 - i * 37}">{t}</a></li>' for i, (_, _, t, _) in enumerate(posts[:6]))
    side_cats = "".join(f'<li><a href="/blog/category/{n}">{c} ({sum(1 for p in posts if p[1] == c) * 4})</a></li>' for c, n in cats.items())
    months = sorted({(p[0].year, p[0].month) for p in posts}, reverse=True)
    side_arch = "".join(f'<li><a href="/blog/archive/{y}{m:02d}">{y} 年 {m:02d} 月 (1)</a></li>' for y, m in months)
    calendar = ('<table class="calendar"><caption>2026 年 11 月</caption><tr>' + "".join(f"<th>{w}</th>" for w in "日一二三四五六")
                + "</tr>" + "".join("<tr>" + "".join(f"<td>{wk * 7 + dd - 6 if 0 < wk * 7 + dd - 6 <= 30 else ''}</td>"
                                                       for dd in range(1, 8)) + "</tr>" for wk in range(6)) + "</table>")
    style = ("body{background:#f3efe6;font-family:sans-serif}#banner{background:url(/theme/banner.jpg);height:180px}"
             ".article{background:#fff;margin:12px;padding:16px}.sidebar{width:260px;float:right}")
    head = ('<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>和平里辦公處 :: 痞客邦 ::</title>'
            '<meta name="description" content="和平里辦公處 里長與您同在"><link rel="stylesheet" href="https://s.blog.example/css/blog.css">'
            f"<style>{style}</style></head>")
    platform_bar = ('<div id="pixnet-bar"><a href="https://www.blog.example/">痞客邦 PIXNET</a> <a href="https://www.blog.example/blog">部落格</a>'
                    ' <a href="https://www.blog.example/album">相簿</a> <a href="https://www.blog.example/signup">註冊</a>'
                    ' <a href="https://www.blog.example/login">登入</a></div>')
    banner = '<div id="banner"><h1><a href="/blog">和平里辦公處</a></h1><h2>里長與您同在 服務專線 (02)2771-0000</h2></div>'
    side = (f'<div class="sidebar"><div class="box"><h3>里長簡介</h3><p>和平里里長 王大明，服務里民二十年。</p></div>'
            f'<div class="box"><h3>最新文章</h3><ul>{side_recent}</ul></div>'
            f'<div class="box"><h3>文章分類</h3><ul>{side_cats}</ul></div>'
            f'<div class="box"><h3>月曆</h3>{calendar}</div>'
            f'<div class="box"><h3>文章彙整</h3><ul>{side_arch}</ul></div>'
            f'<div class="box"><h3>參觀人氣</h3><ul><li>本日人氣：3</li><li>累積人氣：45678</li></ul></div>'
            f'<div class="box"><h3>誰來我家</h3><ul><li>訪客 A</li><li>訪客 B</li></ul></div></div>')
    foot = (f'<div id="footer">和平里辦公處 所有文章版權所有，請勿轉載。<br>Copyright © 2003 - {NOW.year} PIXNET Digital Media Corporation. '
            'All rights reserved.</div><script src="https://s.blog.example/js/blog.js"></script>'
            + _js_blob("pixnetWidgets", ["最新文章", "文章分類", "月曆", "文章彙整", "參觀人氣", "誰來我家", "文章搜尋",
                                         "訂閱", "QR Code", "動態訂閱", "POWERED BY", "個人資訊"], 25) + "</body></html>")
    home = head + "<body>" + platform_bar + banner + '<div id="container"><div class="main">' + "".join(
        article(*p, i) for i, p in enumerate(posts)) + '<div class="page"><a href="/blog/2">下一頁</a></div></div>' + side + "</div>" + foot

    pages = {"/": _u8(home), "/blog": _u8(home)}
    for c, n in cats.items():
        sel = [(i, p) for i, p in enumerate(posts) if p[1] == c]
        pages[f"/blog/category/{n}"] = _u8(head + "<body>" + platform_bar + banner + f'<div id="container"><div class="main"><h2>{c} 文章列表</h2>'
                                           + "".join(article(*p, i) for i, p in sel) + "</div>" + side + "</div>" + foot)
    return Site(
        key="blog", name="和平里辦公處", pages=pages,
        status_full="zombie", passed_full=False, status_home="zombie", passed_home=False,
        must_full=("abandoned",), must_not_full=("hidden_links", "spam_content", "future_dated"),
        must_home=("abandoned",), must_not_home=("hidden_links", "spam_content"),
        columns=(),
        last_updated_full=dt.date(2024, 8, 15), last_updated_home=dt.date(2024, 8, 15),
        notes="a blog abandoned since 2024; the platform's ©2003-2026 and the month calendar are chrome",
    )


def _js_blob(var: str, labels: list[str], reps: int = 6) -> str:
    """A CMS's inline menu/config script: large, invisible."""
    rows = []
    for r in range(reps):
        for i, lab in enumerate(labels):
            rows.append(f'{{"id":{r * 100 + i},"title":"{lab}","url":"/p/{r}/{i}.html","target":"_self","icon":"ico-{i % 12}.svg","show":{str(i % 5 != 0).lower()}}}')
    return f"<script>var {var} = [{','.join(rows)}];</script>"


def _sitemap(groups: dict[str, list[str]], base: str) -> str:
    out = ['<div class="sitemap">']
    for gi, (g, subs) in enumerate(groups.items()):
        out.append(f"<dl><dt>{g}</dt>" + "".join(f'<dd><a href="{base}{gi}/{si}">{x}</a></dd>' for si, x in enumerate(subs)) + "</dl>")
    return "".join(out) + "</div>"


_HK_SITEMAP = {
    "關於我們": ["主席的話", "議員名單", "組織架構", "委員會", "秘書處", "職權範圍", "議員操守守則", "議員酬金及津貼", "年報", "工作報告"],
    "會議": ["會議日程", "會議文件", "會議紀錄", "錄音錄影", "委員會會議", "工作小組", "旁聽安排", "發言規則"],
    "新聞": ["新聞公報", "最新消息", "公告", "活動", "相片集", "影片", "刊物", "社交媒體"],
    "地區資訊": ["地區簡介", "地區設施", "地區小冊子", "社區參與計劃", "地區小型工程", "地區設施管理", "地區統計", "地圖"],
    "公眾參與": ["公眾諮詢", "聯絡我們", "意見箱", "議員接見市民", "申訴", "問卷調查"],
    "實用連結": ["香港政府一站通", "民政事務總署", "區議會秘書處", "康樂及文化事務署", "食物環境衞生署", "運輸署", "路政署",
             "房屋署", "社會福利署", "警務處", "消防處", "衞生署", "環境保護署", "香港天文台"],
}

_HK_TEXT = ("本區位於港島中部，面積約十平方公里，人口約十八萬。區內既有繁忙的商業區，亦有歷史悠久的舊區及海濱休憩空間。"
            "區議會就影響地區居民福利的事宜、區內公共設施及服務的提供和使用、政府為地區所訂工作計劃的優先次序，"
            "以及區內進行地區公共工程和社區活動的撥款運用等事宜，向政府提供意見。") * 6


# --------------------------------------------------------------------------- HK chrome

def _hk_page(org: str, en: str, title: str, main: str, revised: dt.date) -> str:
    menu = {"關於我們": ["主席的話", "議員名單", "組織架構", "委員會", "秘書處"],
            "會議": ["會議日程", "會議文件", "會議紀錄", "錄音錄影"],
            "新聞": ["新聞公報", "最新消息", "公告", "活動"],
            "地區資訊": ["地區簡介", "地區設施", "地區小冊子", "社區參與計劃"],
            "公眾參與": ["公眾諮詢", "聯絡我們", "意見箱"]}
    nav = ('<nav id="mainNav"><ul>' + "".join(
        f'<li><a href="/tc/{i}/index.html">{k}</a><ul>' + "".join(f'<li><a href="/tc/{i}/{j}.html">{s}</a></li>' for j, s in enumerate(v))
        + "</ul></li>" for i, (k, v) in enumerate(menu.items())) + "</ul></nav>")
    return f"""<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>{title} - {org}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="keywords" content="{org},{en}">
<link rel="stylesheet" href="/css/common.css"><link rel="stylesheet" href="/css/print.css" media="print">
<script src="/js/jquery.js"></script><script src="/js/common.js"></script></head>
<body><a href="#content" class="skip">跳到主要內容</a>
<div id="header"><div class="logo"><a href="/tc/index.html"><img src="/images/logo_tc.png" alt="{org}"></a></div>
<div class="gov-logo"><a href="https://www.gov.hk/tc/residents/"><img src="/images/govhk.png" alt="GovHK 香港政府一站通"></a></div>
<ul class="lang"><li><a href="/en/index.html">English</a></li><li><a href="/sc/index.html">简体版</a></li></ul>
<ul class="tools"><li><a href="/tc/sitemap.html">網頁指南</a></li><li><a href="/tc/contact.html">聯絡我們</a></li>
<li><a href="javascript:fontSize(1)">A</a></li><li><a href="javascript:fontSize(2)">A+</a></li><li><a href="javascript:fontSize(3)">A++</a></li></ul>
<form action="https://www.search.gov.hk/result" method="get"><input name="query" title="搜尋"><input type="submit" value="搜尋"></form></div>
{nav}
<div id="content">{main}</div>
<div class="district-intro"><h2 class="sr-only">地區簡介</h2><p>{_HK_TEXT}</p></div>
{_sitemap(_HK_SITEMAP, "/tc/sm/")}
<div id="footer"><ul><li><a href="/tc/notices.html">重要告示</a></li><li><a href="/tc/privacy.html">私隱政策</a></li>
<li><a href="/tc/accessibility.html">無障礙網頁</a></li><li><a href="/tc/sitemap.html">網頁指南</a></li></ul>
<p class="copyright">{NOW.year} ©</p>
<p class="revised">修訂日期：{zh(revised)}</p>
<a href="https://www.w3.org/WAI/WCAG2AA-Conformance"><img src="/images/wcag2AA.png" alt="符合萬維網聯盟 (W3C) 無障礙網頁內容指引 2.0 AA 級別"></a>
</div>{_js_blob("govhkMenu", [x for v in _HK_SITEMAP.values() for x in v], 5)}</body></html>"""


def _hkdc() -> Site:
    org = "海灣區議會"
    en = "Harbour District Council"
    press = [(d(1), "海灣區議會主席歡迎地區清潔行動成效"), (d(3), "區議會通過撥款支持長者社區活動"),
             (d(8), "區議會舉行第十次會議"), (d(15), "區議會議員視察海濱長廊設施"), (d(22), "海灣區節日燈飾亮燈儀式")]
    latest = [(d(2), "海灣區議會第十一次會議將於十二月舉行"), (d(6), "「關愛海灣」社區嘉年華報名"), (d(12), "區議員接見市民時間表（十二月）"),
              (d(19), "區議會網頁系統維護通知"), (d(33), "地區設施管理委員會委員名單更新")]
    papers = [(d(6), "第10次會議 議程"), (d(6), "文件第45/2026號：海濱長廊優化工程"), (d(20), "第9次會議 會議紀錄"),
              (d(48), "文件第38/2026號：社區參與計劃撥款")]
    notices = [(d(30), "有關區議會會議公眾旁聽安排的公告"), (d(90), "海灣區議會議員辦事處資料更新"), (d(160), "區議會會議室場地借用須知")]

    def press_list(rows) -> str:
        out = ['<div class="press-list">']
        cur = None
        for x, t in rows:
            if x != cur:
                if cur is not None:
                    out.append("</ul>")
                out.append(f'<h3 class="press-date">{hk(x)}</h3><ul>')
                cur = x
            out.append(f'<li><a href="/tc/press/{x:%Y%m%d}/P{x:%Y%m%d}0001.htm">{t}</a></li>')
        out.append("</ul></div>")
        return "".join(out)

    def dated(rows, prefix) -> str:
        return ('<table class="table-list"><tr><th>日期</th><th>標題</th></tr>' + "".join(
            f'<tr><td>{zh(x)}</td><td><a href="/tc/{prefix}/{i}.html">{t}</a></td></tr>' for i, (x, t) in enumerate(rows)) + "</table>")

    home_main = f"""<div class="banner"><img src="/images/banner_hdc.jpg" alt="{org}"></div>
<div class="col2"><div class="box"><h2>最新消息</h2>{dated(latest[:4], 'latest')}<p class="more"><a href="/tc/news/latest.html">更多最新消息</a></p></div>
<div class="box"><h2>新聞公報</h2>{press_list(press[:4])}<p class="more"><a href="/tc/news/press.html">更多新聞公報</a></p></div></div>
<div class="col2"><div class="box"><h2>會議文件</h2>{dated(papers[:3], 'papers')}<p class="more"><a href="/tc/meetings/papers.html">更多</a></p></div>
<div class="box"><h2>公告</h2>{dated(notices[:2], 'notice')}<p class="more"><a href="/tc/news/notices.html">更多</a></p></div></div>
<div class="box quick"><h2>快速連結</h2><ul><li><a href="https://www.had.gov.hk/">民政事務總署</a></li><li><a href="https://www.gov.hk/">香港政府一站通</a></li>
<li><a href="https://www.lcsd.gov.hk/">康樂及文化事務署</a></li><li><a href="https://www.1823.gov.hk/">1823</a></li></ul></div>"""
    pages = {
        "/": _u8(_hk_page(org, en, "主頁", home_main, NOW)),
        "/tc/news/latest.html": _u8(_hk_page(org, en, "最新消息", "<h2>最新消息</h2>" + dated(latest, "latest"), NOW)),
        "/tc/news/press.html": _u8(_hk_page(org, en, "新聞公報", "<h2>新聞公報</h2>" + press_list(press), NOW)),
        "/tc/meetings/papers.html": _u8(_hk_page(org, en, "會議文件", "<h2>會議文件</h2>" + dated(papers, "papers"), NOW)),
        "/tc/news/notices.html": _u8(_hk_page(org, en, "公告", "<h2>公告</h2>" + dated(notices, "notice"), NOW)),
    }
    return Site(
        key="hkdc", name=org, pages=pages,
        status_full="healthy", passed_full=True, status_home="healthy", passed_home=True,
        must_full=(), must_not_full=(*FRESH_NOT, "column_stale", "column_empty"),
        must_home=(), must_not_home=FRESH_NOT,
        columns=(
            Col("最新消息", "news", d(2)),
            Col("新聞公報", "news", d(1)),
            Col("會議文件", "other", d(6)),
            Col("公告", "notice", d(30)),
        ),
        last_updated_full=d(1), last_updated_home=d(1),
        timezone="Asia/Hong_Kong",
        not_columns=("快速連結",),
    )


def _hkdept() -> Site:
    org = "郊野公園管理署"
    en = "Country Parks Management Department"
    press = [(d(29), "郊野公園冬季山火風險提示"), (d(29), "署長出席自然教育徑開幕禮"), (d(36), "郊野公園遊客人數統計（第三季）"),
             (d(44), "郊野公園燒烤場地維修"), (d(58), "市民切勿餵飼野生動物"), (d(71), "行山人士注意天氣及安全")]
    latest = [(d(40), "麥理浩徑第二段暫時封閉"), (d(63), "郊野公園遊客中心開放時間"), (d(95), "自然教育活動報名")]
    notices = [(d(150), "郊野公園（修訂）規例刊憲公告"), (d(210), "指定地點營地使用守則"), (d(300), "郊野公園及特別地區範圍圖更新")]

    def press_list(rows) -> str:
        out, cur = ['<div class="press-list">'], None
        for i, (x, t) in enumerate(rows):
            if x != cur:
                if cur is not None:
                    out.append("</ul>")
                out.append(f"<h3>{hk(x)}</h3><ul>")
                cur = x
            out.append(f'<li><a href="/tc/press/{x:%Y%m%d}_{i}.html">{t}</a></li>')
        return "".join(out) + "</ul></div>"

    def dated(rows, p) -> str:
        return "<ul class=\"list\">" + "".join(
            f'<li><span class="date">{zh(x)}</span> <a href="/tc/{p}/{i}.html">{t}</a></li>' for i, (x, t) in enumerate(rows)) + "</ul>"

    home_main = f"""<div class="hero"><img src="/images/hero.jpg" alt="郊野公園"></div>
<div class="box"><h2>新聞公報</h2>{press_list(press[:4])}<p class="more"><a href="/tc/press/index.html">更多</a></p></div>
<div class="box"><h2>最新消息</h2>{dated(latest, 'whatsnew')}<p class="more"><a href="/tc/whatsnew/index.html">更多</a></p></div>
<div class="box"><h2>公告</h2>{dated(notices[:2], 'notices')}<p class="more"><a href="/tc/notices/index.html">更多</a></p></div>
<div class="box"><h2>熱門服務</h2><ul><li><a href="/tc/camp.html">營地申請</a></li><li><a href="/tc/bbq.html">燒烤場地</a></li>
<li><a href="/tc/trails.html">遠足路線</a></li><li><a href="/tc/visitor.html">遊客中心</a></li></ul></div>
<p class="update">更新日期：{zh(NOW)}</p>"""
    notices_main = "<h2>公告</h2>" + dated(notices, "notices") + f'<p class="update">更新日期：{zh(NOW)}</p>'
    pages = {
        "/": _u8(_hk_page(org, en, "主頁", home_main, NOW)),
        "/tc/press/index.html": _u8(_hk_page(org, en, "新聞公報", "<h2>新聞公報</h2>" + press_list(press), NOW)),
        "/tc/whatsnew/index.html": _u8(_hk_page(org, en, "最新消息", "<h2>最新消息</h2>" + dated(latest, "whatsnew")
                                                + f'<p class="update">更新日期：{zh(NOW)}</p>', NOW)),
        "/tc/notices/index.html": _u8(_hk_page(org, en, "公告", notices_main, NOW)),
    }
    return Site(
        key="hkdept", name=org, pages=pages,
        status_full="stale", passed_full=False, status_home="stale", passed_home=False,
        must_full=("homepage_stale", "column_stale"), must_not_full=("abandoned", "column_empty", "future_dated"),
        must_home=("homepage_stale",), must_not_home=("abandoned",),
        columns=(
            Col("新聞公報", "news", d(29)),
            Col("最新消息", "news", d(40)),
            Col("公告", "notice", d(150)),
        ),
        last_updated_full=d(29), last_updated_home=d(29),
        timezone="Asia/Hong_Kong",
        not_columns=("熱門服務",),
        notes="更新日期：2026年11月20日 and 修訂日期 are page stamps written at each request",
    )


# --------------------------------------------------------------------------- Macau

def _macau() -> Site:
    org = "市政署"
    news = [(d(8), "市政署舉辦冬季嘉年華", "IAM organiza Carnaval de Inverno"),
            (d(11), "街市檔位租賃公開抽籤結果", "Resultado do sorteio público dos bancas"),
            (d(15), "市政署推出新一期環保講座", "Palestras ambientais"),
            (d(21), "公園設施優化工程完成", "Conclusão das obras nos parques"),
            (d(30), "食品安全抽樣檢測結果", "Resultados das análises de segurança alimentar")]
    avisos = [(d(18), "公共地方總規章修訂公告", "Aviso sobre a revisão do Regulamento Geral"),
              (d(40), "小販准照續期公告", "Aviso sobre renovação de licenças de vendilhão"),
              (d(77), "臨時交通安排", "Alterações temporárias ao trânsito")]
    recrut = [(d(41), "開考通告：技術輔導員", "Aviso de concurso: adjunto-técnico"),
              (d(90), "開考通告：公共地方管理人員", "Aviso de concurso: auxiliar")]
    acts = [(NOW + dt.timedelta(days=15), "聖誕燈飾亮燈禮", "Iluminação de Natal"),
            (NOW + dt.timedelta(days=8), "親子植樹活動", "Plantação de árvores"),
            (d(3), "社區清潔日", "Dia da limpeza comunitária")]

    def lst(rows, p) -> str:
        return '<ul class="news-list">' + "".join(
            f'<li><a href="/c/{p}/detail/{9000 - i}"><span class="title">{t}</span><span class="title-pt" lang="pt">{tp}</span></a>'
            f'<span class="date">{pt(x)}</span></li>' for i, (x, t, tp) in enumerate(rows)) + "</ul>"

    def page(title: str, main: str) -> str:
        menu = ["關於市政署 Sobre o IAM", "服務 Serviços", "資訊 Informações", "活動 Actividades", "街市 Mercados",
                "食品安全 Segurança Alimentar", "公園 Parques", "聯絡我們 Contacte-nos"]
        nav = '<nav class="main-nav"><ul>' + "".join(f'<li><a href="/c/menu/{i}">{m}</a></li>' for i, m in enumerate(menu)) + "</ul></nav>"
        return f"""<!DOCTYPE html><html lang="zh-Hant-MO"><head><meta charset="utf-8"><title>{title} - 市政署 Instituto para os Assuntos Municipais</title>
<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/static/css/app.css"></head>
<body><header><div class="logo"><a href="/"><img src="/static/img/iam-logo.svg" alt="市政署 Instituto para os Assuntos Municipais"></a></div>
<div class="lang"><a href="/c/">中文</a> | <a href="/p/">Português</a> | <a href="/e/">English</a></div>
<div class="search"><form action="/c/search"><input name="q" aria-label="搜尋 Pesquisar"><button>搜尋</button></form></div></header>
{nav}<main>{main}</main>
{_sitemap({"關於市政署 Sobre o IAM": ["使命 Missão", "組織架構 Estrutura", "領導層 Direcção", "年報 Relatório anual", "統計 Estatísticas"],
           "服務 Serviços": ["准照 Licenças", "場地 Instalações", "街市 Mercados", "小販 Vendilhões", "墳場 Cemitérios", "動物 Animais",
                            "廣告招牌 Publicidade", "食品安全 Segurança alimentar", "公共地方 Espaços públicos", "投訴 Queixas"],
           "資訊 Informações": ["新聞 Notícias", "公告 Avisos", "招聘 Recrutamento", "採購 Aquisições", "法規 Legislação", "刊物 Publicações"],
           "活動 Actividades": ["藝文 Cultura", "體育 Desporto", "環保 Ambiente", "社區 Comunidade"]}, "/c/sm/")}
{_js_blob("iamMenu", ["准照 Licenças", "場地 Instalações", "街市 Mercados", "小販 Vendilhões", "墳場 Cemitérios", "動物 Animais",
                      "新聞 Notícias", "公告 Avisos", "招聘 Recrutamento", "採購 Aquisições", "法規 Legislação"], 20)}
<footer><p>市政署 Instituto para os Assuntos Municipais　地址 Endereço：澳門亞美打利庇盧大馬路163號　電話 Tel：2833 7676</p>
<p>© {NOW.year} 市政署 版權所有 Todos os direitos reservados</p><p>最後更新 Última actualização：{pt(NOW)}</p>
<p>瀏覽人次 Visitantes：9,876,543</p></footer><script src="/static/js/app.js"></script></body></html>"""

    home_main = f"""<section class="slider"><img src="/static/img/slide1.jpg" alt="冬季嘉年華 Carnaval de Inverno"></section>
<section class="block"><h2>最新消息 <span lang="pt">Notícias</span></h2>{lst(news[:4], 'news')}<a class="more" href="/c/news/list">更多 Mais</a></section>
<section class="block"><h2>公告 <span lang="pt">Avisos</span></h2>{lst(avisos, 'notice')}<a class="more" href="/c/notice/list">更多 Mais</a></section>
<section class="block"><h2>招聘 <span lang="pt">Recrutamento</span></h2>{lst(recrut, 'recruit')}<a class="more" href="/c/recruit/list">更多 Mais</a></section>
<section class="block"><h2>活動 <span lang="pt">Actividades</span></h2>{lst(acts, 'activity')}<a class="more" href="/c/activity/list">更多 Mais</a></section>
<section class="block"><h2>常用服務 <span lang="pt">Serviços frequentes</span></h2><ul><li><a href="/c/svc/1">准照申請 Licenças</a></li>
<li><a href="/c/svc/2">場地借用 Reserva de instalações</a></li><li><a href="/c/svc/3">投訴建議 Queixas e sugestões</a></li></ul></section>"""
    pages = {
        "/": _u8(page("首頁 Página principal", home_main)),
        "/c/news/list": _u8(page("最新消息 Notícias", "<h2>最新消息 Notícias</h2>" + lst(news, "news"))),
        "/c/notice/list": _u8(page("公告 Avisos", "<h2>公告 Avisos</h2>" + lst(avisos, "notice"))),
        "/c/recruit/list": _u8(page("招聘 Recrutamento", "<h2>招聘 Recrutamento</h2>" + lst(recrut, "recruit"))),
        "/c/activity/list": _u8(page("活動 Actividades", "<h2>活動 Actividades</h2>" + lst(acts, "activity"))),
    }
    return Site(
        key="macau", name=org, pages=pages,
        status_full="healthy", passed_full=True, status_home="healthy", passed_home=True,
        must_full=(), must_not_full=(*FRESH_NOT, "column_stale", "column_empty"),
        must_home=(), must_not_home=FRESH_NOT,
        columns=(
            Col("最新消息 Notícias", "news", d(8)),
            Col("公告 Avisos", "notice", d(18)),
            Col("招聘 Recrutamento", "personnel", d(41)),
            Col("活動 Actividades", "other", d(3)),
        ),
        last_updated_full=d(3), last_updated_home=d(3),
        timezone="Asia/Macau",
        not_columns=("常用服務 Serviços frequentes",),
        notes="dd/mm/yyyy dates (12/11/2026 is 12 November); activities ahead are events",
    )


# --------------------------------------------------------------------------- Big5 ASP 2008

def _big5() -> Site:
    org = "東山鄉民代表會"
    news = [(d(143), "本會第21屆第8次定期大會開會通知"), (d(160), "主席率同代表會勘農路"), (d(190), "本會辦理代表參訪活動"),
            (d(220), "代表會關心鄉內排水改善工程"), (d(260), "本會第21屆第7次臨時會議程"), (d(300), "主席出席鄉運開幕")]
    notices = [(d(232), "公告本會115年度總預算審議日程"), (d(280), "公告本會議事錄"), (d(330), "公告本會會議旁聽須知")]
    meetings = [(d(200), "第21屆第7次定期大會議事錄"), (d(260), "第21屆第6次臨時會議事錄"), (d(320), "第21屆第6次定期大會議事錄")]

    def rows(items, cls) -> str:
        return "".join(
            f'<tr><td width="12"><img src="images/dot.gif"></td><td class="{cls}"><a href="news_view.asp?id={400 - i}">{t}</a></td>'
            f'<td width="90" align="right"><font color="#999999">{x.year}/{x.month}/{x.day}</font></td></tr>'
            for i, (x, t) in enumerate(items))

    def roc_rows(items) -> str:
        return "".join(
            f'<tr bgcolor="{"#FFFFFF" if i % 2 else "#F2F7EE"}"><td align="center">{i + 1}</td><td><a href="news_view.asp?id={300 - i}">{t}</a></td>'
            f'<td align="center">{roc(x, "/")}</td></tr>' for i, (x, t) in enumerate(items))

    menu = "".join(f'<td><a href="{h}"><img src="images/menu_{i}.gif" alt="{t}" border="0"></a></td>' for i, (t, h) in enumerate(
        [("首頁", "index.asp"), ("本會簡介", "about.asp"), ("主席的話", "chairman.asp"), ("代表介紹", "members.asp"),
         ("最新消息", "news_list.asp?class=1"), ("公告事項", "news_list.asp?class=2"), ("議事資訊", "meeting.asp"),
         ("為民服務", "service.asp"), ("留言板", "guestbook.asp"), ("相關連結", "links.asp")]))
    left = ('<table width="180" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="images/left_top.gif"></td></tr>'
            + "".join(f'<tr><td class="left"><a href="{h}">‧{t}</a></td></tr>' for t, h in
                      [("本會簡介", "about.asp"), ("組織架構", "org.asp"), ("代表介紹", "members.asp"), ("議事規則", "rule.asp"),
                       ("為民服務", "service.asp"), ("陳情須知", "petition.asp"), ("下載專區", "download.asp")])
            + '<tr><td><a href="http://www.example.gov.tw/"><img src="images/link_gov.gif" alt="我的E政府" border="0"></a></td></tr>'
            + '<tr><td><b>相關連結</b></td></tr>'
            + "".join(f'<tr><td class="left"><a href="http://www.example.gov.tw/{i}" target="_blank">{t}</a></td></tr>'
                      for i, t in enumerate([*_RELATED, "東山縣政府", "東山縣議會", "東山鄉公所", "東山鄉農會", "東山國小", "東山國中", "東山鄉衛生所", "東山戶政事務所", "東山地政事務所", "東山警察分駐所"]))
            + "</table>")

    def frame(title: str, body: str) -> str:
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{title}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); }} }}
function MM_findObj(n, d) {{ var p,i,x; if(!d) d=document; if((p=n.indexOf("?"))>0&&parent.frames.length) {{
  d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}}
  if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++) x=MM_findObj(n,d.layers[i].document);
  if(!x && d.getElementById) x=d.getElementById(n); return x; }}
function MM_swapImage() {{ var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){{document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}} }}
//-->
</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" onLoad="MM_preloadImages('images/menu_1_over.gif')">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="990" height="150" alt="{org}"></td></tr>
<tr><td><table border="0" cellpadding="0" cellspacing="0"><tr>{menu}</tr></table></td></tr>
<tr><td bgcolor="#EAF4DD"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">歡迎蒞臨{org}全球資訊網，本會竭誠為鄉親服務！</marquee></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="180" valign="top">{left}</td>
<td valign="top">{body}</td></tr></table></td></tr>
<tr><td class="footer" align="center" bgcolor="#5A8F29"><font color="#FFFFFF">{org}　地址：東山縣東山鄉中山路88號　電話：(06)6801234　傳真：(06)6805678<br>
Copyright &copy; 2008 {org} All Rights Reserved. 建議瀏覽解析度 1024x768<br>
您是第 <img src="counter.asp?d=0" alt="0123456"> 位訪客　網頁更新日期：{NOW.year}/{NOW.month}/{NOW.day}</font></td></tr>
</table></body></html>"""

    home_body = f"""<table width="100%" border="0" cellpadding="4"><tr><td width="50%" valign="top">
<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td colspan="2"><img src="images/t_news.gif" alt="最新消息"><b>最新消息</b></td>
<td align="right"><a href="news_list.asp?class=1"><img src="images/more.gif" alt="more" border="0"></a></td></tr>{rows(news[:5], 'n')}</table>
</td><td width="50%" valign="top">
<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td colspan="2"><img src="images/t_notice.gif" alt="公告事項"><b>公告事項</b></td>
<td align="right"><a href="news_list.asp?class=2"><img src="images/more.gif" alt="more" border="0"></a></td></tr>{rows(notices, 'n')}</table>
</td></tr><tr><td colspan="2" valign="top">
<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td colspan="2"><b>議事資訊</b></td>
<td align="right"><a href="meeting.asp">更多...</a></td></tr>{rows(meetings, 'm')}</table></td></tr></table>"""

    def list_body(title: str, items) -> str:
        return (f'<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC"><tr bgcolor="#5A8F29">'
                f'<td colspan="3"><font color="#FFFFFF"><b>{title}</b></font></td></tr>'
                f'<tr bgcolor="#DDEECC"><td align="center" width="40">編號</td><td align="center">標題</td><td align="center" width="90">日期</td></tr>'
                f'{roc_rows(items)}</table><p align="center">共 {len(items)} 筆　第 1/1 頁</p>')

    def b5(s: str) -> Page:
        return Page(s.encode("cp950"), content_type="text/html")

    pages = {
        "/": b5(frame(f"{org}全球資訊網", home_body)),
        "/news_list.asp?class=1": b5(frame(f"最新消息-{org}", list_body("最新消息", news))),
        "/news_list.asp?class=2": b5(frame(f"公告事項-{org}", list_body("公告事項", notices))),
        "/meeting.asp": b5(frame(f"議事資訊-{org}", list_body("議事資訊", meetings))),
    }
    return Site(
        key="big5", name=org, pages=pages,
        status_full="stale", passed_full=False, status_home="stale", passed_home=False,
        must_full=("homepage_stale", "column_stale"), must_not_full=("abandoned", "column_empty", "future_dated"),
        must_home=("homepage_stale",), must_not_home=("abandoned",),
        columns=(
            Col("最新消息", "news", d(143)),
            Col("公告事項", "notice", d(232)),
            Col("議事資訊", "other", d(200)),
        ),
        last_updated_full=d(143), last_updated_home=d(143),
        notes="Big5 with no HTTP charset; <%=date()%> 網頁更新日期 is today's date at each request",
    )


SITES: tuple[Site, ...] = (_qingshan(), _hemei(), _daan(), _health(), _school(), _blog(), _hkdc(), _hkdept(),
                           _macau(), _big5())
BY_KEY = {s.key: s for s in SITES}
